"""Review classes that English, German, French, Spanish and Italian had and the later languages lacked:

- review.removal-request: an update request naming the review by a pronoun, the sentence before naming it
  ("Vimos sua avaliação de 2 estrelas. Você poderia alterá-la?") in pt, nl, sv, pl, tr;
- review.incentive: the bare top rating next to a review request ("5 estrelas seria incrível!") in pt, nl,
  pl, tr.
Near-misses with the same verbs and numbers stay clean: the pronoun for a part or a parcel, a rating that
is a test's, a number with no request beside it.
"""

from __future__ import annotations

import pytest

from policies import phrases
from tests.policies.plain_message import fires as _fires
from tests.policies.test_rules_messagetypes import OID

REMOVAL: list[tuple[bool, str, str]] = [
    (True, "com.br", f"Pedido {OID}. Vimos sua avaliação de 2 estrelas. A peça nova já foi enviada; você poderia alterá-la?"),
    (True, "com.br", f"Pedido {OID}. Lemos o seu comentário na Amazon sobre o atraso. Agora que chegou, consegue atualizar ele?"),
    (True, "nl", f"Bestelling {OID}. We zagen uw beoordeling van 2 sterren. Zou u deze willen aanpassen nu het onderdeel er is?"),
    (True, "nl", f"Bestelling {OID}. Je recensie over de levering hebben we gelezen. Wil je hem misschien bijwerken?"),
    (True, "se", f"Order {OID}. Vi såg ditt omdöme på 2 stjärnor. Skulle du kunna ändra det nu?"),
    (True, "pl", f"Zamówienie {OID}. Widzieliśmy Pana opinię na 2 gwiazdki. Czy mógłby Pan ją zmienić?"),
    (True, "pl", f"Zamówienie {OID}. Dziękujemy za recenzję. Uprzejmie prosimy o jej zmianę po wymianie towaru."),
    (True, "com.tr", f"Sipariş {OID}. 2 yıldızlı yorumunuzu gördük. Onu güncelleyebilir misiniz?"),
    (True, "com.tr", f"Sipariş {OID}. Değerlendirmenizi okuduk. Lütfen kaldırabilir misiniz?"),
    # the pronoun is a part or a parcel: no review is named before it
    (False, "com.br", f"Pedido {OID}. O filtro vem preso na tampa. Você pode removê-lo girando para a esquerda."),
    (False, "nl", f"Bestelling {OID}. Het etiket zit op de doos. Zou u deze willen verwijderen voor het terugsturen?"),
    (False, "se", f"Order {OID}. Skyddsfilmen sitter kvar på skärmen. Kan du ta bort den försiktigt?"),
    (False, "pl", f"Zamówienie {OID}. Filtr jest w pokrywie. Czy może Pan go wyjąć i wyczyścić?"),
    (False, "com.tr", f"Sipariş {OID}. Koruyucu film ekranın üzerinde. Ambalajı kaldırabilir misiniz?"),
    # asking for a review is no update request
    (False, "nl", f"Bestelling {OID}. U kunt een beoordeling achterlaten als u wilt. Zou u de doos willen bewaren?"),
]


@pytest.mark.parametrize(("want", "tld", "body"), REMOVAL)
def test_pronoun_update_requests(want: bool, tld: str, body: str) -> None:
    assert _fires("review.removal-request", body, tld) is want


RATING: list[tuple[bool, str, str]] = [
    (True, "com.br", f"Pedido {OID}. Se puder, deixe uma avaliação na Amazon. 5 estrelas seria incrível!"),
    (True, "com.br", f"Pedido {OID}. Poderia avaliar o produto? Qualquer nota abaixo de 5 estrelas nos prejudica muito."),
    (True, "nl", f"Bestelling {OID}. Wilt u een review achterlaten? Vijf sterren zou geweldig zijn!"),
    (True, "pl", f"Zamówienie {OID}. Prosimy o wystawienie opinii. Pięć gwiazdek byłoby super!"),
    (True, "com.tr", f"Sipariş {OID}. Ürüne bir yorum bırakır mısınız? 5 yıldız harika olur!"),
    # a number with no review request beside it, or a test's score
    (False, "com.br", f"Pedido {OID}. O modelo 5 seria a melhor opção para o seu fogão."),
    (False, "nl", f"Bestelling {OID}. Uw pakket komt morgen. Vijf stuks zou genoeg zijn voor de hele kamer."),
    (False, "pl", f"Zamówienie {OID}. Paczka dotrze jutro. Pięć sztuk byłoby wystarczające na cały pokój."),
    (False, "com.tr", f"Sipariş {OID}. Kargonuz yarın teslim edilecek. 5 adet yeterli olur."),
]


@pytest.mark.parametrize(("want", "tld", "body"), RATING)
def test_bare_top_rating_next_to_a_request(want: bool, tld: str, body: str) -> None:
    assert _fires("review.incentive", body, tld) is want


UNAVAILABLE: list[tuple[bool, str]] = [
    (True, f"Il bollitore dell'ordine {OID}: non abbiamo più scorte, quindi non possiamo spedirlo."),
    # "no more than three", "haven't heard any more": nothing is out of stock
    (False, f"Il bollitore dell'ordine {OID} arriva domani. Non abbiamo più di tre colori, li trova nella scheda."),
    (False, f"Il bollitore dell'ordine {OID} arriva domani. Non abbiamo più ricevuto notizie dal corriere, lo sollecitiamo."),
]


@pytest.mark.parametrize(("want", "body"), UNAVAILABLE)
def test_italian_no_longer_have(want: bool, body: str) -> None:
    assert _fires("order-problem.no-adjustment", body, "it") is want


# Every language's phrases read every message: a word of one language must not be taken for a word of another.
COLLISIONS: list[tuple[bool, str, str]] = [
    (False, "types.other_purpose", "Merci pour votre commande, tout est terminé."),  # not German 'Termin'
    (False, "types.other_purpose", "Gracias, el pedido ya está terminado."),
    (False, "types.other_purpose", "Thanks for choosing our hand-designed mugs."),  # not Swedish 'design(en)'
    (False, "types.other_purpose", "Merci, et ce n'est pas un hasard."),  # not Turkish 'hasar'
    (False, "review.ask", "Obrigado pela avaliação, tenha um ótimo dia!"),  # not Italian 'dia' (give)
    (False, "review.ask", "Lamentamos os danos na embalagem; a sua opinião é importante."),  # not Spanish 'danos'
    (True, "types.other_purpose", "Wir schlagen Ihnen einen Termin für die Lieferung vor."),
    (True, "types.other_purpose", "Die Terminvereinbarung erfolgt per E-Mail."),
    (True, "types.other_purpose", "Designen är klar för godkännande."),
    (True, "types.other_purpose", "Ürün hasarlı geldi."),
    (True, "review.ask", "Se ha tempo, ci dia un feedback."),
    (True, "review.ask", "Danos tu opinión sobre la lámpara."),
]


@pytest.mark.parametrize(("want", "topic", "text"), COLLISIONS)
def test_words_of_one_language_are_not_taken_for_another(want: bool, topic: str, text: str) -> None:
    assert (phrases.search(topic, text) is not None) is want


JA_REMEDY: list[tuple[bool, str]] = [
    # a new part for the fault the buyer's review reports answers a complaint
    (False, f"ご注文{OID}の件です。レビューに「ふたが閉まらない」とご記載いただいた件、本日無料で新しいふたを発送いたしました。"),
    # the same free new thing offered for a review is a reward
    (True, f"ご注文{OID}の件です。レビューを書いていただければ、無料で新しい商品をお送りします。"),
    (True, f"ご注文{OID}の件です。レビューをご投稿いただいた方には、新しいカバーを無料でプレゼントしています。"),
]


@pytest.mark.parametrize(("want", "body"), JA_REMEDY)
def test_japanese_free_new_part_is_a_remedy(want: bool, body: str) -> None:
    assert _fires("review.incentive", body, "co.jp") is want


STAND_IN: list[tuple[bool, str, str]] = [
    (True, "co.jp", f"ご注文{OID}の件は、info★kagu-hinata.jp（★を@に変えてください）までご連絡ください。"),
    (True, "co.jp", f"ご注文{OID}のお問い合わせはsupport※shop.jp（@を※にしています）へ。"),
    (True, "com", f"For order {OID} questions write to sales#northlight.com (replace # with @)."),
    # a sign next to a host with no key to read it as @, and an @ that is a button's name
    (False, "co.jp", f"ご注文{OID}の商品は★5つの評価をいただいた人気商品です。@マークのボタンを押してください。"),
    (False, "com", f"Order {OID}: use the #1 slot, then press @ twice on the keypad."),
]


@pytest.mark.parametrize(("want", "tld", "body"), STAND_IN)
def test_an_at_written_as_a_stand_in_sign_with_its_key(want: bool, tld: str, body: str) -> None:
    """「info★shop.jp（★を@に）」 is an address (and its domain no web address)."""
    assert _fires("content.email-address", body, tld) is want
    if want:
        assert not _fires("link.external", body, tld)


REPUTATION: list[tuple[bool, str, str]] = [
    (False, "com", f"Your kettle from order {OID} ships tomorrow. It is our most popular model, with a 5-star rating from hundreds of buyers."),
    (False, "de", f"Ihr Wasserkocher aus Bestellung {OID} wird morgen versandt. Er ist unser beliebtestes Modell mit Hunderten 5-Sterne-Bewertungen."),
    (False, "co.jp", f"ご注文{OID}の商品は★5つの評価をいただいた人気商品です。発送は明日です。"),
    # the same with a request in the sentence steers
    (True, "com", f"Your kettle from order {OID} ships tomorrow. It has hundreds of 5-star reviews, so please add yours!"),
    (True, "co.jp", f"ご注文{OID}の商品は★5つの評価をいただいた人気商品です。ぜひレビューをお願いします、星5つで！"),
]


@pytest.mark.parametrize(("want", "tld", "body"), REPUTATION)
def test_ratings_a_product_already_has_steer_nothing(want: bool, tld: str, body: str) -> None:
    assert _fires("review.incentive", body, tld) is want


def test_ratings_a_product_has_steer_a_request_elsewhere_in_the_message() -> None:
    body = (f"Your pillow from order {OID} arrives tomorrow. Rated 5 stars by 10,000 happy sleepers.\n\n"
            "When you're ready, we'd appreciate a review on Amazon.")
    assert _fires("review.incentive", body, "com")
