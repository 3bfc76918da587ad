"""Round sixty-six (tests/corpus_sixtysixth): precision on compliant messages full of neighbouring vocabulary.

Each fix is a wording class, tested with made-up sentences (not the corpus's) and same-vocabulary near-misses.
"""

from __future__ import annotations

import pytest

from tests.policies.plain_message import OID, fires

# --- content.phone-number: the crew or named pallet carrier that brings a bulky item is a shipping provider -----


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Order {OID}: the wardrobe comes on a two-person van.\nNorthway delivery desk: 0161 555 0192", "co.uk"),
        (f"Order {OID}: the delivery crew rings an hour ahead; if you miss them, they are on 0113 496 0875.",
         "co.uk"),
        (f"Order {OID}: your dresser travels with Palletways. To move the slot, phone 01543 412 000.", "co.uk"),
        (f"Order {OID}: Arrow XL brings the bed frame; to change the day ring 0344 800 3030.", "co.uk"),
        (f"Bestellung {OID}: Das Auslieferungsteam meldet sich am Vortag, erreichbar unter 0711 2589 4410.", "de"),
        (f"Commande {OID} : l'équipe de livraison vous appellera la veille, joignable au 04 72 91 38 60.", "fr"),
        (f"Pedido {OID}: el equipo de reparto le llamará antes de ir; su teléfono es 961 234 578.", "es"),
        (f"Ordine {OID}: la squadra di consegna la chiamerà il giorno prima al numero 045 820 1934.", "it"),
        (f"Bestelling {OID}: de bezorgploeg belt u de dag ervoor, bereikbaar op 030 245 9910.", "nl"),
        (f"Pedido {OID}: a equipe de entrega liga um dia antes, no número (11) 3456-7890.", "com.br"),
    ],
)
def test_delivery_crew_or_pallet_carrier_number_is_allowed(body: str, tld: str) -> None:
    assert not fires("content.phone-number", body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Order {OID}: for anything at all, ring our delivery desk on 0161 555 0192.", "co.uk"),
        (f"Order {OID}: questions about delivery or anything else? Call us on 0113 496 0875.", "co.uk"),
        (f"Bestellung {OID}: Bei Fragen erreichen Sie unser Lieferteam unter 0711 2589 4410.", "de"),
        (f"Commande {OID} : pour toute question, notre équipe de livraison est au 04 72 91 38 60.", "fr"),
        (f"Pedido {OID}: para cualquier duda, llame a nuestro equipo de reparto al 961 234 578.", "es"),
        (f"Ordine {OID}: per qualsiasi domanda chiami la nostra squadra di consegna al 045 820 1934.", "it"),
        (f"Bestelling {OID}: met vragen kunt u ons bezorgteam bellen op 030 245 9910.", "nl"),
        (f"Pedido {OID}: qualquer dúvida, fale com a nossa equipe de entrega no (11) 3456-7890.", "com.br"),
    ],
)
def test_own_delivery_line_still_fires(body: str, tld: str) -> None:
    assert fires("content.phone-number", body, tld)


# --- type.marketing: the cue put first and denied by the verb at the clause end ('Einen Newsletter haben wir nicht')


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Bestellung {OID}: Einen Kundenclub haben wir nicht. Zur Frage: Der Deckel ist spülmaschinenfest.", "de"),
        (f"Bestellung {OID}: Einen Newsletter betreiben wir nicht, Sie verpassen also nichts.", "de"),
        (f"Pedido {OID}: boletín informativo no tenemos, pero la página del producto en Amazon muestra los colores.", "es"),
        (f"Pedido {OID}: Cupones de descuento no damos. Sobre la talla: la 38 es normal.", "es"),
        (f"Ordine {OID}: una newsletter purtroppo non ce l'abbiamo. Il filtro si lava in acqua fredda.", "it"),
        (f"Bestelling {OID}: Een nieuwsbrief sturen we niet. Het filter kan in de vaatwasser.", "nl"),
        (f"Pedido {OID}: cupom de desconto a gente não tem. A tampa pode ir na lava-louças.", "com.br"),
        (f"Order {OID}: a newsletter we don't have, I'm afraid. The lid is dishwasher safe.", "com"),
    ],
)
def test_fronted_cue_denied_at_clause_end_is_no_promotion(body: str, tld: str) -> None:
    assert not fires("type.marketing", body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Bestellung {OID}: Einen Newsletter haben wir auch: Melden Sie sich an und sparen Sie 10 %.", "de"),
        (f"Bestellung {OID}: Einen Newsletter haben wir natürlich auch. Melden Sie sich an und erhalten Sie 10 % Rabatt "
         "auf die nächste Bestellung.", "de"),
        (f"Pedido {OID}: boletín tenemos, y los suscriptores reciben un 10 % de descuento.", "es"),
        (f"Ordine {OID}: la newsletter ce l'abbiamo: iscriviti e ricevi subito un codice sconto.", "it"),
        (f"Bestelling {OID}: een nieuwsbrief hebben we wel, schrijf je in voor 10% korting.", "nl"),
        (f"Pedido {OID}: cupom de desconto a gente tem sim: use VOLTE10 na próxima compra.", "com.br"),
        (f"Order {OID}: a newsletter we do have: sign up and get 10% off your next order.", "com"),
    ],
)
def test_fronted_cue_affirmed_still_fires(body: str, tld: str) -> None:
    assert fires("type.marketing", body, tld)


# --- order-problem.cancellation-request: Italian 'né annullare' carries the negation on --------------------


@pytest.mark.parametrize(
    "body",
    [
        f"Ordine {OID}: l'articolo è esaurito e le abbiamo rimborsato l'intero importo. Non deve scriverci né "
        "annullare nulla.",
        f"Ordine {OID}: il tappeto è esaurito; rimborso completo già fatto. Lei non deve fare niente, né contattarci "
        "né annullare l'ordine.",
    ],
)
def test_it_ne_annullare_after_a_negation_asks_nothing(body: str) -> None:
    assert not fires("order-problem.cancellation-request", body, "it")


def test_it_cancel_request_after_a_negated_clause_still_fires() -> None:
    body = (f"Ordine {OID}: l'articolo è esaurito e non possiamo spedirlo. La preghiamo di annullare l'ordine dal "
            "suo account.")
    assert fires("order-problem.cancellation-request", body, "it")
