"""Classes of wording an eleventh independent corpus found, in the languages where they apply.

- order-problem.cancellation-request / no-adjustment: a restock the seller cannot date ("we don't know when
  it will be back in stock", "cannot say when new stock arrives", 「再入荷の予定は未定」) is no delay: the
  product is unavailable; a dated restock ("tornerà disponibile il 22 giugno") still is one;
- review.removal-request: German compound star nouns ("Ihre 2-Sterne-Bewertung anpassen"), and "we'd be
  grateful if you could amend your review" (a request, not "you can update it any time");
- content.email-address / content.phone-number: an image's alt or title text, a link's title (tooltip);
- purpose and review rules: a sentence only the HTML leg of a multipart/alternative says (the buyer's mail
  program shows that leg).

Made-up wordings (not the corpus's sentences), with near-miss negatives that must stay clean.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from policies import Context, parse_message
from policies.rules._units import body_units
from tests.policies.test_rules_messagetypes import OID, hits, make_ctx

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)


def _fires(rule_id: str, body: str, subject: str = f"Order {OID}", **kw: bool) -> bool:
    return bool(hits(rule_id, make_ctx(body, subject, **kw)))


def _alternative(text: str, html: str, subject: str = f"Order {OID}") -> Context:
    """A multipart/alternative message with the two legs given (UTF-8, 8bit)."""
    raw = "\r\n".join([
        "From: Shop <shop@example.com>",
        "To: buyer123@marketplace.amazon.com",
        f"Subject: {subject}",
        "Date: Mon, 15 Jun 2026 10:00:00 +0000",
        "Message-ID: <t11@example.com>",
        "MIME-Version: 1.0",
        'Content-Type: multipart/alternative; boundary="b11"',
        "",
        "--b11",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        text,
        "--b11",
        "Content-Type: text/html; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        f"<html><body>{html}</body></html>",
        "--b11--",
        "",
    ])
    return Context(parse_message(raw.encode("utf-8")), NOW)


# --- stock-outs whose restock the seller cannot date ----------------------------------------------

UNDATED: list[tuple[bool, str]] = [
    (True, f"Hello,\n\nThe rug from order {OID} is sold out and we honestly can't tell when it will be back in stock.\n\nRug Loft"),
    (True, f"Hello,\n\nOrder {OID}: the blue size is out of stock, and there is no restock date for new stock yet.\n\nRug Loft"),
    (True, f"Hallo,\n\nder Mixer aus Bestellung {OID} ist ausverkauft. Wann er wieder lieferbar ist, ist derzeit unklar.\n\nShop"),
    (True, f"Hallo,\n\nder Mixer aus Bestellung {OID} ist ausverkauft und wir können leider nicht sagen, ob er wieder verfügbar wird.\n\nShop"),
    (True, f"Bonjour,\n\nle mixeur de la commande {OID} est en rupture de stock ; nous ignorons quand il sera de nouveau disponible.\n\nBoutique"),
    (True, f"Hola:\n\nla batidora del pedido {OID} está agotada y no podemos decir cuándo vuelva a estar disponible.\n\nTienda"),
    (True, f"Buongiorno,\n\nil frullatore dell'ordine {OID} è esaurito e non possiamo dire quando tornerà disponibile.\n\nNegozio"),
    (True, f"お客様\n\nご注文 {OID} のミキサーは在庫切れでございます。再入荷の時期は未定となっております。\n\nショップ"),
    (True, f"Hello,\n\nOrder {OID}: the throw is out of stock and there is no ETA for a restock.\n\nRug Loft"),
    (True, f"Hello,\n\nOrder {OID}: the throw is sold out. It may be restocked later this year, but we can't promise when.\n\nRug Loft"),
    (True, f"Hallo,\n\nBestellung {OID}: die Decke ist ausverkauft. Sie wird wieder lieferbar, aber wann, wissen wir noch nicht.\n\nShop"),
    # near misses: a dated restock, a contrast with a shipment that is expected
    (False, f"Hello,\n\nThe rug from order {OID} is sold out; it will be back in stock on 24 June and we will ship it on 25 June.\n\nRug Loft"),
    (False, f"Hello,\n\nThe rug from order {OID} is out of stock. We can't say the exact day yet, but we expect to ship it next week.\n\nRug Loft"),
    (False, f"Hallo,\n\nder Mixer aus Bestellung {OID} ist ausverkauft, ab 24.06. aber wieder lieferbar; wir versenden ihn am 25.06.\n\nShop"),
    (False, f"Hola:\n\nla batidora del pedido {OID} está agotada; volverá a estar disponible el 24 de junio y se la enviaremos ese día.\n\nTienda"),
    (False, f"Buongiorno,\n\nil frullatore dell'ordine {OID} è esaurito; tornerà disponibile il 24 giugno e glielo spediremo subito.\n\nNegozio"),
    (False, f"お客様\n\nご注文 {OID} のミキサーは在庫切れですが、6月24日に再入荷の予定です。入荷次第発送いたします。\n\nショップ"),
]


@pytest.mark.parametrize(("expected", "body"), UNDATED)
def test_undated_restock_is_no_delay(expected: bool, body: str) -> None:
    assert _fires("order-problem.no-adjustment", body) is expected


CANCEL_UNDATED: list[tuple[bool, str]] = [
    (True, f"Hello,\n\nOrder {OID}: the lamp is out of stock and we do not know when new stock comes in. Could you cancel it on your side?\n\nShop"),
    (True, f"Hallo,\n\nBestellung {OID}: die Lampe ist ausverkauft, wann sie wieder vorrätig ist, ist unbekannt. Bitte stornieren Sie die Bestellung selbst.\n\nShop"),
    (True, f"お客様\n\nご注文 {OID} の商品は在庫切れで、入荷の見込みが立っておりません。お客様の方でキャンセルをお願いいたします。\n\nショップ"),
    # near miss: a dated delay with an offer to cancel that the seller carries out
    (False, f"Hello,\n\nOrder {OID}: the lamp is out of stock until new stock arrives on 24 June. If you would rather not wait, reply and we will cancel and refund it ourselves.\n\nShop"),
]


@pytest.mark.parametrize(("expected", "body"), CANCEL_UNDATED)
def test_undated_restock_cancellation_request(expected: bool, body: str) -> None:
    assert _fires("order-problem.cancellation-request", body) is expected


# --- asking to change an existing review ---------------------------------------------------------

REMOVAL: list[tuple[bool, str]] = [
    (True, f"Hallo,\n\nBestellung {OID}: der Ersatzdeckel ist unterwegs. Würden Sie Ihre Ein-Stern-Rezension dann bitte löschen?\n\nShop"),
    (True, f"Hallo,\n\nBestellung {OID}: Könnten Sie Ihr 3-Sterne-Feedback bei Gelegenheit aktualisieren?\n\nShop"),
    (True, f"Hallo,\n\nBestellung {OID}: Passen Sie Ihre 2-Sterne-Bewertung doch bitte an.\n\nShop"),
    (True, f"Hi,\n\nOrder {OID}: the new lid is on its way. We'd appreciate it if you could edit your review once it arrives.\n\nShop"),
    (True, f"Hi,\n\nOrder {OID}: it would mean a lot if you could remove your 2-star review.\n\nShop"),
    # near misses: information that a review can be changed, thanks for a review, the seller's own change
    (False, f"Hallo,\n\nBestellung {OID}: Sie können Ihre Produkt-Bewertung übrigens jederzeit selbst ändern.\n\nShop"),
    (False, f"Hallo,\n\nBestellung {OID}: Danke für Ihre 4-Sterne-Bewertung, wir haben die Anleitung daraufhin angepasst.\n\nShop"),
    (False, f"Hi,\n\nOrder {OID}: you can edit your review any time from Your Orders if you want to.\n\nShop"),
    (False, f"Hi,\n\nOrder {OID}: if you could send us a photo of the lid, we will replace it.\n\nShop"),
]


@pytest.mark.parametrize(("expected", "body"), REMOVAL)
def test_review_change_request(expected: bool, body: str) -> None:
    assert _fires("review.removal-request", body) is expected


# --- contact details in image alt / title texts and link titles ----------------------------------

ATTRIBUTE_CONTACT: list[tuple[str, bool, str]] = [
    ("content.phone-number", True,
     f'<p>Bestellung {OID}: der Ersatzfilter ist unterwegs.</p><p><img src="cid:l" alt="Filterhaus Hotline 0221 998 4410" width="120"></p>'),
    ("content.phone-number", True,
     f'<p>Commande {OID} : la pièce est partie.</p><p><img src="https://www.example.fr/logo.png" alt="Logo" title="Appelez-nous au 04 91 55 20 10" width="120"></p>'),
    ("content.email-address", True,
     f'<p>Ordine {OID}: il ricambio è partito.</p><p><a href="https://www.amazon.it/dp/B0X" title="Scriveteci a ordini@bottegablu.it">Scheda prodotto su Amazon</a></p>'),
    ("content.email-address", True,
     f'<p>Pedido {OID}: la pieza ya salió.</p><p><img src="cid:l" alt="Dudas: ayuda@tiendasol.es" width="120"></p>'),
    # near misses: sizes, model and register numbers, a carrier's line
    ("content.phone-number", False,
     f'<p>Order {OID}: this is how the corner should look.</p><p><img src="cid:l" alt="Bath mat 60x90 cm, model 2026-0612" width="200"></p>'),
    ("content.phone-number", False,
     f'<p>Order {OID}: your parcel is with the carrier.</p><p><img src="cid:l" alt="UPS customer service 1-800-742-5877" width="120"></p>'),
    ("content.email-address", False,
     f'<p>Order {OID}: the part left today.</p><p><a href="https://www.amazon.com/gp/css/order-history" title="Your Orders on Amazon">Your Orders</a></p>'),
]


@pytest.mark.parametrize(("rule_id", "expected", "html"), ATTRIBUTE_CONTACT)
def test_contact_in_attribute_texts(rule_id: str, expected: bool, html: str) -> None:
    assert _fires(rule_id, html, html=True) is expected


# --- sentences only the HTML leg says ------------------------------------------------------------

HTML_ONLY: list[tuple[str, bool, str, str]] = [
    ("review.conditional", True,
     f"Hola:\n\nSu lámpara (pedido {OID}) ya está en casa. Una opinión en Amazon ayuda a otros clientes.\n\nTienda",
     f"<p>Hola:</p><p>Su lámpara (pedido {OID}) ya está en casa.</p><p>¿Le gusta? Déjenos una opinión en Amazon. "
     "¿Algo falla? Escríbanos primero, antes de opinar.</p><p>Tienda</p>"),
    ("type.marketing", True,
     f"Hallo,\n\nzu Bestellung {OID}: Der Deckel der Dose schließt luftdicht, wenn der Ring trocken ist.\n\nShop",
     f"<p>Hallo,</p><p>zu Bestellung {OID}: Der Deckel der Dose schließt luftdicht, wenn der Ring trocken ist.</p>"
     "<p>Mit dem Gutscheincode DOSE15 sparen Sie 15 % auf Ihren nächsten Einkauf.</p><p>Shop</p>"),
    ("review.incentive", True,
     f"お客様\n\nご注文 {OID} の商品はいかがでしょうか。\n\nショップ",
     f"<p>お客様</p><p>ご注文 {OID} の商品はいかがでしょうか。</p><p>レビューを書いていただいた方全員に、"
     "次回使える300円クーポンをお送りしています。</p><p>ショップ</p>"),
    # near misses: the same words in both legs, the text leg spelling out the link's address
    ("review.conditional", False,
     f"Hello,\n\nYour lamp (order {OID}) arrived last week. If you have a moment, a review on\nAmazon helps other shoppers.\n\nShop",
     f"<p>Hello,</p><p>Your lamp (order {OID}) arrived last week. If you have a moment, a review on Amazon helps "
     "other shoppers.</p><p>Shop</p>"),
    ("type.marketing", False,
     f"Hello,\n\nOrder {OID}: see Your Orders <https://www.amazon.com/gp/css/order-history> for the invoice.\n\nShop",
     f'<p>Hello,</p><p>Order {OID}: see <a href="https://www.amazon.com/gp/css/order-history">Your Orders</a> for '
     "the invoice.</p><p>Shop</p>"),
]


@pytest.mark.parametrize(("rule_id", "expected", "text", "html"), HTML_ONLY)
def test_html_leg_only_sentences(rule_id: str, expected: bool, text: str, html: str) -> None:
    assert bool(hits(rule_id, _alternative(text, html))) is expected


def test_identical_legs_add_no_units() -> None:
    """A rendering of the same words (hard-wrapped text, paragraphs in HTML) adds nothing to the body."""
    text = (f"Hello,\n\nYour desk (order {OID}) needs the longer bolts for the crossbar; they are in\n"
            "the small bag marked B.\n\nBest regards,\nShop")
    html = (f"<p>Hello,</p><p>Your desk (order {OID}) needs the longer bolts for the crossbar; they are in the "
            "small bag marked B.</p><p>Best regards,<br>Shop</p>")
    units = body_units(_alternative(text, html))
    assert units and all(u.location == "text" for u in units)


# --- a banner's alt text, a German singular / compound "new collection" ---------------------------

IMAGE_TEXT: list[tuple[str, bool, str]] = [
    ("review.incentive", True,
     f'<p>Order {OID}: your lamp arrived last week. A review on Amazon helps other shoppers.</p>'
     '<p><img src="cid:b" alt="Review your lamp and get a free bulb" width="300"></p>'),
    ("review.incentive", True,
     f'<p>Commande {OID} : votre lampe est arrivée. Un avis sur Amazon aide les autres clients.</p>'
     '<p><img src="cid:b" alt="Un avis = une ampoule offerte" title="Laissez un avis et recevez une ampoule offerte" width="300"></p>'),
    ("type.marketing", True,
     f'<p>Bestellung {OID}: Die Lampe braucht eine E14-Birne.</p>'
     '<p><img src="cid:b" alt="Entdecken Sie unsere neue Herbstkollektion" width="300"></p>'),
    # near misses: a brand line in the logo's alt, a hidden image
    ("type.marketing", False,
     f'<p>Order {OID}: the lamp takes an E14 bulb.</p><p><img src="cid:l" alt="Lumen and Arc, lamp makers since 1998" width="120"></p>'),
    ("review.incentive", False,
     f'<p>Order {OID}: your lamp arrived last week. A review on Amazon helps other shoppers.</p>'
     '<p><img src="cid:b" alt="Review your lamp and get a free bulb" width="300" style="display:none"></p>'),
]


@pytest.mark.parametrize(("rule_id", "expected", "html"), IMAGE_TEXT)
def test_banner_alt_text(rule_id: str, expected: bool, html: str) -> None:
    assert _fires(rule_id, html, html=True) is expected


def test_thank_you_only_with_a_long_logo_alt() -> None:
    """The logo's alt text comes after the sign-off: it is no content that saves a thank-you-only note."""
    html = (f"<p>Hello,</p><p>Thank you for your order {OID}! We are here if you need anything.</p>"
            '<p>Best wishes,<br>Kerzenwerk</p><p><img src="cid:l" alt="Kerzenwerk, handmade candles since 1998" width="120"></p>')
    assert _fires("type.thank-you-only", html, html=True)


NEW_COLLECTION: list[tuple[bool, str]] = [
    (True, f"Hallo,\n\nBestellung {OID}: Die Dose schließt luftdicht.\n\nPS: Werfen Sie auch einen Blick auf unsere neue Keramik-Serie!\n\nShop"),
    (True, f"Hallo,\n\nBestellung {OID}: Die Dose schließt luftdicht. Unsere neue Frühjahrskollektion ist ab sofort da.\n\nShop"),
    (False, f"Hallo,\n\nBestellung {OID}: Die Dose schließt luftdicht. Unsere neue Verpackung ist plastikfrei.\n\nShop"),
    (False, f"Hallo,\n\nBestellung {OID}: Ihr Deckel stammt aus unserer neuen Produktion und ist jetzt verstärkt.\n\nShop"),
]


@pytest.mark.parametrize(("expected", "body"), NEW_COLLECTION)
def test_german_new_collection(expected: bool, body: str) -> None:
    assert _fires("type.marketing", body) is expected


IMPERATIVE_RATING: list[tuple[bool, str]] = [
    (True, f"Hello,\n\nOrder {OID}: Rate your kettle and we will send you a box of tea for free.\n\nShop"),
    (True, f"Bonjour,\n\nCommande {OID} : Évaluez votre bouilloire, et recevez un coffret de thé offert.\n\nBoutique"),
    (True, f"Hola:\n\nPedido {OID}: Califique su hervidor y le regalamos una caja de té.\n\nTienda"),
    (True, f"Buongiorno,\n\nordine {OID}: Recensisca il bollitore e riceverà una confezione di tè in omaggio.\n\nNegozio"),
    # near misses: checking a proof or a choice, French "notez" (write down), Italian "valuti la possibilità"
    (False, f"Hello,\n\nOrder {OID}: please review your engraving proof; we refund the engraving fee if we got it wrong.\n\nShop"),
    (False, f"Bonjour,\n\nCommande {OID} : notez le numéro du transporteur ; les frais de retour sont offerts.\n\nBoutique"),
    (False, f"Buongiorno,\n\nordine {OID}: valuti la possibilità del ritiro gratuito in un punto BRT.\n\nNegozio"),
]


@pytest.mark.parametrize(("expected", "body"), IMPERATIVE_RATING)
def test_imperative_rating_request_with_a_gift(expected: bool, body: str) -> None:
    assert _fires("review.incentive", body) is expected


REVIEW_MORE: list[tuple[str, bool, str]] = [
    ("review.conditional", True,
     f"Bonjour,\n\nVotre tapis (commande {OID}) est arrivé. Tout vous plaît ? Alors laissez un avis sur Amazon. Sinon, écrivez-nous d'abord.\n\nBoutique"),
    ("review.removal-request", True,
     f"Hola:\n\nPedido {OID}: ya le enviamos el repuesto. ¿Podría cambiar la puntuación que nos puso?\n\nTienda"),
    ("review.removal-request", True,
     f"Buongiorno,\n\nordine {OID}: il ricambio è partito. Potrebbe alzare il voto che ci ha dato?\n\nNegozio"),
    ("review.removal-request", True,
     f"Hallo,\n\nBestellung {OID}: Der Ersatz ist da. Würden Sie die Bewertung, die Sie geschrieben haben, bitte anpassen?\n\nShop"),
    # near misses: the seller's own check, an order note, a relative clause about something else
    ("review.removal-request", False, f"Hola:\n\nPedido {OID}: hemos revisado su puntuación de riesgo de entrega y todo está bien.\n\nTienda"),
    ("review.removal-request", False, f"Hola:\n\nPedido {OID}: cambie la nota del pedido si necesita otra dirección.\n\nTienda"),
    ("review.removal-request", False,
     f"Hallo,\n\nBestellung {OID}: Die Bewertung, die Sie geschrieben haben, hat uns geholfen, die Anleitung zu ändern.\n\nShop"),
    ("review.conditional", False, f"Bonjour,\n\nCommande {OID} : la lampe vous convient ? Dites-nous si la teinte est la bonne.\n\nBoutique"),
]


@pytest.mark.parametrize(("rule_id", "expected", "body"), REVIEW_MORE)
def test_review_wordings(rule_id: str, expected: bool, body: str) -> None:
    assert _fires(rule_id, body) is expected


AFTER_SALES_PHONE: list[tuple[bool, str]] = [
    (True, f"Buongiorno,\n\nordine {OID}: la guida è nella scatola.\n\nCordiali saluti,\nMarta – Assistenza post-vendita\nTel. 06 5544 3322\n\nNegozio"),
    (True, f"Hello,\n\nOrder {OID}: the guide is in the box.\n\nPost-sale support line: 020 7946 0777\n\nShop"),
    (True, f"Hola:\n\nPedido {OID}: la guía está en la caja.\n\nDepartamento post-venta: 934 567 890\n\nTienda"),
    # near miss: the post office (a carrier) in German
    (False, f"Hallo,\n\nBestellung {OID}: Das Paket liegt bei der Post; die Filiale erreichen Sie unter 0228 4333112.\n\nShop"),
]


@pytest.mark.parametrize(("expected", "body"), AFTER_SALES_PHONE)
def test_after_sales_line_is_no_carrier(expected: bool, body: str) -> None:
    assert _fires("content.phone-number", body) is expected
