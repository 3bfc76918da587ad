"""Round fifty-three (tests/corpus_fiftythird): the shared corpus's shape in Spanish (Spain, Mexico), Italian and
Brazilian Portuguese, as small sellers write it (colloquial, regional, accents dropped).

Each fix is a wording class, tested with made-up sentences (not the corpus's) and same-vocabulary near-misses.
"""

from __future__ import annotations

import pytest

from policies.rules.review import request_units
from tests.policies.plain_message import OID, fires, plain_ctx

# --- review.*: Spanish 'reseña' typed without the tilde ('resena') is still a review --------------------------


@pytest.mark.parametrize(
    "body",
    [
        f"Pedido {OID}: quien nos deje su resena este mes se lleva un cupon de 5 euros.",
        f"Pedido {OID}: por cada resena en Amazon le regalamos una funda extra.",
    ],
)
def test_es_resena_without_tilde_tied_to_a_benefit_fires(body: str) -> None:
    assert fires("review.incentive", body, "es")


@pytest.mark.parametrize(
    "body",
    [
        f"Pedido {OID}: si le apetece, deje su resena en Amazon, buena o mala.",
        f"Pedido {OID}: su resena nos sirve para mejorar. El cupon de envio no aplica a este pedido.",
    ],
)
def test_es_resena_without_tilde_and_no_benefit_stays_clean(body: str) -> None:
    assert not fires("review.incentive", body, "es")


# --- review request: the seller looking forward to reading it ('seguimos encantados de leer su opinión') ---------


@pytest.mark.parametrize(
    "body",
    [
        f"Pedido {OID}. Estamos encantadas de leer su opinión en Amazon cuando tenga un rato.",
        f"Pedido {OID}. Su valoración en Amazon, nos encantará leerla.",
        f"Pedido {OID}. Una reseña en Amazon es solo un minutito.",
    ],
)
def test_es_eager_to_read_is_a_review_request(body: str) -> None:
    assert request_units(plain_ctx(body, "es"))


@pytest.mark.parametrize(
    "body",
    [
        f"Pedido {OID}. Estamos encantados de leer que la lámpara llegó bien.",
        f"Pedido {OID}. El montaje es solo un minutito con la llave incluida.",
    ],
)
def test_es_eager_to_read_without_a_review_asks_nothing(body: str) -> None:
    assert not request_units(plain_ctx(body, "es"))


# --- review.removal-request: the seller saying it will NOT ask for a change ------------------------------------


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Pedido {OID}: ya le mandamos la pieza nueva. Leímos su reseña y no te vamos a pedir que la cambies.", "es"),
        (f"Pedido {OID}: su opinión es suya; nunca le pediríamos que la modificara.", "es"),
        (f"Ordine {OID}: abbiamo letto la recensione e non le chiederemo di modificarla, ci aiuta a migliorare.", "it"),
        (f"Pedido {OID}: vimos sua avaliação e não vamos pedir pra você alterar nada, ela ajuda a gente a melhorar.", "com.br"),
        (f"Order {OID}: the new part is on its way. We read your review and we won't ask you to change it.", "co.uk"),
    ],
)
def test_saying_no_change_is_asked_stays_clean(body: str, tld: str) -> None:
    assert not fires("review.removal-request", body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Pedido {OID}: ya le mandamos la pieza nueva. ¿Podría cambiar su reseña ahora que funciona?", "es"),
        (f"Pedido {OID}: no le molestamos más, pero nos encantaría que modificara su opinión.", "es"),
        (f"Ordine {OID}: ora che funziona, le chiediamo di modificare la recensione.", "it"),
        (f"Pedido {OID}: agora que resolvemos, você poderia alterar sua avaliação?", "com.br"),
        (f"Order {OID}: now that it works, we'd ask you to change your review.", "co.uk"),
    ],
)
def test_change_requests_next_to_the_same_words_still_fire(body: str, tld: str) -> None:
    assert fires("review.removal-request", body, tld)


# --- return.unnecessary: asking the buyer to think the return over is no information request --------------------


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Pedido {OID}: hemos visto su devolución del cojín. ¿Se lo piensa antes de enviarlo? Con el uso se ablanda.", "es"),
        (f"Pedido {OID}: vimos la devolución. ¿Te lo piensas un poco? A todos les pasa al principio.", "com.mx"),
        (f"Ordine {OID}: abbiamo visto la richiesta di reso. Ci ripensa? Dopo una settimana è perfetto.", "it"),
        (f"Pedido {OID}: vimos sua devolução. Pensa com carinho antes de mandar? Depois de uns dias fica ótimo.", "com.br"),
    ],
)
def test_think_it_over_on_a_return_fires(body: str, tld: str) -> None:
    assert fires("return.unnecessary", body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Pedido {OID}: hemos visto su devolución del cojín. ¿Nos puede indicar si la funda llegó rota?", "es"),
        (f"Ordine {OID}: abbiamo visto la richiesta di reso. Ci può indicare il numero di serie?", "it"),
        (f"Pedido {OID}: vimos sua devolução. Pode mandar uma foto da etiqueta da caixa?", "com.br"),
    ],
)
def test_real_questions_on_a_return_stay_clean(body: str, tld: str) -> None:
    assert not fires("return.unnecessary", body, tld)


# --- order-problem: an item the seller can no longer source is unavailable ------------------------------------


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Ordine {OID}: purtroppo non riusciamo piu a reperirlo, il produttore ha chiuso.", "it"),
        (f"Ordine {OID}: il laboratorio ha smesso e non ne arriveranno altri. Ci scusi.", "it"),
        (f"Pedido {OID}: ya no podemos conseguirlo, el taller cerró. Disculpe.", "es"),
        (f"Pedido {OID}: não conseguimos mais repor essa cor, o fornecedor parou.", "com.br"),
    ],
)
def test_cannot_source_the_item_without_refund_fires(body: str, tld: str) -> None:
    assert fires("order-problem.no-adjustment", body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Ordine {OID}: non riusciamo piu a reperirlo, quindi abbiamo rimborsato l'intero importo.", "it"),
        (f"Ordine {OID}: non riusciamo a ricevere le sue foto, può rimandarle?", "it"),
        (f"Pedido {OID}: não conseguimos encontrar o número da sua casa, pode confirmar?", "com.br"),
    ],
)
def test_sourcing_words_with_refund_or_about_something_else_stay_clean(body: str, tld: str) -> None:
    assert not fires("order-problem.no-adjustment", body, tld)


# --- order-problem.cancellation-request: the request asked as a casual question -------------------------------


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Pedido {OID}: o produto esgotou. Tem como você cancelar o pedido pelo app?", "com.br"),
        (f"Pedido {OID}: acabou o estoque. Dá pra cancelar aí na sua conta?", "com.br"),
        (f"Pedido {OID}: se nos agotó. ¿Lo puedes cancelar tú desde tu cuenta?", "com.mx"),
        (f"Pedido {OID}: se nos acabó el stock, ¿nos haces el paro de cancelarlo?", "com.mx"),
        (f"Ordine {OID}: il prodotto è esaurito. Riesce ad annullare lei l'ordine?", "it"),
    ],
)
def test_casual_cancel_question_on_a_stock_out_fires(body: str, tld: str) -> None:
    assert fires("order-problem.cancellation-request", body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Pedido {OID}: o produto esgotou; já cancelamos e estornamos o valor total. Não precisa cancelar nada.", "com.br"),
        (f"Pedido {OID}: se nos agotó; ya lo hemos cancelado y reembolsado el importe total. No tiene que cancelar nada.", "com.mx"),
        (f"Pedido {OID}: ¿puedes confirmar el número interior? El paquete sale mañana.", "com.mx"),
    ],
)
def test_cancel_words_without_a_request_stay_clean(body: str, tld: str) -> None:
    assert not fires("order-problem.cancellation-request", body, tld)


# --- type.thank-you-only: intensified thanks, accent-less help offers, a bare good wish --------------------------


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"¡Muchísimas gracias por su pedido {OID}!\n\nCualquier cosa, aqui andamos.\n\n¡Lindo fin de semana!", "com.mx"),
        (f"Infinitas gracias por tu compra {OID}.\n\nAca estamos para lo que necesites.\n\nBuen dia!", "com.mx"),
        (f"Obrigada pela compra {OID}!\n\nÉ um prazer ter você como cliente.\n\nQualquer dúvida, é só chamar.", "com.br"),
    ],
)
def test_thanks_and_warmth_only_fires(body: str, tld: str) -> None:
    assert fires("type.thank-you-only", body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Muchísimas gracias por su pedido {OID}.\n\nEl cargador va en el doble fondo de la caja.\n\nBuen dia!", "com.mx"),
        (f"Obrigada pela compra {OID}!\n\nA tampa do liquidificador trava girando para a direita.\n\nQualquer coisinha, é só chamar.", "com.br"),
    ],
)
def test_thanks_with_information_stays_clean(body: str, tld: str) -> None:
    assert not fires("type.thank-you-only", body, tld)


# --- content.email-address: a social-media handle with a dotted name is no address ---------------------------


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Pedido {OID}: o manual em vídeo está no nosso perfil no Insta @casa.bela.br.", "com.br"),
        (f"Pedido {OID}: el tutorial de montaje está en TikTok @mueblesnorte.mx.", "com.mx"),
        (f"Ordine {OID}: trova il video anche su @bottega.it.", "it"),
    ],
)
def test_handle_with_a_domain_like_name_is_no_email(body: str, tld: str) -> None:
    assert not fires("content.email-address", body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Pedido {OID}: mande as fotos para vendas @casabela.com.br.", "com.br"),
        (f"Pedido {OID}: escríbanos a soporte @mueblesnorte.mx con las fotos.", "com.mx"),
        (f"Ordine {OID}: scriva a ordini@bottega.it con le foto.", "it"),
    ],
)
def test_spaced_address_with_a_mailbox_name_still_fires(body: str, tld: str) -> None:
    assert fires("content.email-address", body, tld)
