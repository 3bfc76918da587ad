"""Classes of wording a twenty-third independent corpus (English varieties: US, UK, Canada, Australia, India,
Singapore) found, in the languages where they apply.

- type.thank-you-only: Australian and British openers and thanks ("G'day", "cheers for your order, mate"),
  idiomatic offers of help ("flick us a message", "do shout", "give us a bell"), Indian English ("for any
  queries kindly revert back", "we value your trust"), thanks "on behalf of" the team, the team's size, and
  the "<name> at <shop>" line under a message;
- type.order-confirmation: "we've received order ...", "getting it ready to ship", "shipped today with
  <carrier>" (Canadian, Australian, Indian and Singaporean carriers too), "tracking 7023 ...";
- type.marketing: a sister brand recommended, a cross-sell question ("Looking for matching cushions?");
- review.conditional: gating with "should you be ...", "everything's tip-top", "stoked", a bullet before the
  satisfied question, "drop us a line first";
- review.removal-request: "anything we can do about your review?", "turn your rating around", "bump up
  those stars";
- review.incentive: the benefit goes to "everyone who reviews" (the verb, not the noun);
- order-problem.cancellation-request: the British spelling "cancellation" after a request frame, "raise a
  cancellation request";
- order-problem.no-adjustment: a restock with no date, the missing date said in the sentence before;
- content.sensitive: "damn" / "verdammt" as an intensifier of praise ("a damn fine grind") is not offensive.

Made-up wordings (not the corpus's sentences), with near-miss negatives that must stay clean.
"""

from __future__ import annotations

import pytest

from policies import phrases
from tests.policies.test_rules_messagetypes import OID, hits, make_ctx

S = f"Order {OID}"


def _fires(rule_id: str, body: str, subject: str = S) -> bool:
    return bool(hits(rule_id, make_ctx(body, subject)))


THANKS_ONLY: list[tuple[bool, str]] = [
    (
        True,
        f"G'day,\n\nCheers for grabbing the esky (order {OID}), legend - we appreciate it heaps.\n\n"
        "If you run into any trouble, shoot us a message and we'll sort it out.\n\nBec at Coastal Camping Co",
    ),
    (
        True,
        f"Dear Customer,\n\nThank you for your purchase (order {OID}). We sincerely value your patronage.\n\n"
        "In case of any clarifications, please revert to this mail.\n\nRegards,\nTeam Kalpana Crafts",
    ),
    (
        True,
        f"Hello,\n\nOn behalf of the whole workshop, thank you for order {OID}.\n\n"
        "There are just two of us, and every parcel is wrapped by one of us personally.\n\n"
        "Should you ever need anything, give us a bell.\n\nWarmly,\nJo",
    ),
    (
        True,
        f"Howdy,\n\nTa for your order {OID}!\n\nKindly revert back for any queries.\n\nMilo from Prairie Goods",
    ),
    # near misses: the same openers and offers of help around one real piece of information
    (
        False,
        f"G'day,\n\nCheers for your order {OID}. Heads up: the gas canister isn't included, you'll need a "
        "220 g butane can.\n\nCheers,\nBec at Coastal Camping Co",
    ),
    (
        False,
        f"Dear Customer,\n\nThank you for your purchase (order {OID}). Kindly note the warranty card must be "
        "stamped by the dealer.\n\nFor any queries, kindly revert back.\n\nRegards",
    ),
    (
        False,
        f"Hello,\n\nThere are only two of us here, so your order {OID} will ship on Monday rather than "
        "Friday.\n\nThanks,\nJo",
    ),
]


@pytest.mark.parametrize(("expected", "body"), THANKS_ONLY)
def test_thank_you_only_in_english_varieties(expected: bool, body: str) -> None:
    assert _fires("type.thank-you-only", body) is expected


CONFIRMATION: list[tuple[bool, str]] = [
    (True, f"Hi,\n\nWe've received order {OID} and are getting it ready for dispatch.\n\nShop"),
    (True, f"Hi,\n\nYour parcel for order {OID} was posted this morning via Australia Post.\n\nShop"),
    (
        True,
        f"Dear Customer,\n\nYour order {OID} is dispatched via Delhivery, tracking 4812 7730 0021.\n\nRegards",
    ),
    (True, f"Hi,\n\nOrder {OID}: tracking: 1Z999AA10123456784, expected Thursday.\n\nShop"),
    # near misses: the order back from the courier, a tracking number that shows a problem, a replacement
    (
        False,
        f"Hi,\n\nWe've received the order {OID} back from the courier, and the box was crushed. "
        "Could you confirm your flat number?\n\nShop",
    ),
    (
        False,
        f"Hi,\n\nTracking 4812 7730 0021 for order {OID} shows the parcel stuck in Perth since Monday; "
        "we have opened an investigation.\n\nShop",
    ),
    (False, f"Hi,\n\nThe replacement for order {OID} shipped today with Canada Post.\n\nShop"),
]


@pytest.mark.parametrize(("expected", "body"), CONFIRMATION)
def test_order_confirmation_received_and_carriers(expected: bool, body: str) -> None:
    assert _fires("type.order-confirmation", body) is expected


MARKETING: list[tuple[bool, str, str]] = [
    (
        True,
        S,
        f"Hi,\n\nThe lamp from order {OID} takes an E27 bulb. Do visit our sister label, Fern & Co, "
        "for the napkins.\n\nShop",
    ),
    (
        True,
        S,
        f"Hi,\n\nThe lamp from order {OID} takes an E27 bulb. Looking for a matching lampshade?\n\nShop",
    ),
    (
        True,
        f"Bestellung {OID}",
        f"Hallo,\n\nzu Bestellung {OID}: Entdecken Sie auch unsere Schwestermarke Nordholz.\n\nGrüße",
    ),
    (True, f"Bestellung {OID}", f"Hallo,\n\nzu Bestellung {OID}: Suchen Sie noch passende Kissen?\n\nGrüße"),
    (
        True,
        f"Commande {OID}",
        f"Bonjour,\n\nCommande {OID} : découvrez aussi notre marque sœur Atelier Lune.\n\nCordialement",
    ),
    (
        True,
        f"Commande {OID}",
        f"Bonjour,\n\nCommande {OID} : vous cherchez des serviettes assorties ?\n\nCordialement",
    ),
    (
        True,
        f"Pedido {OID}",
        f"Hola:\n\nPedido {OID}: descubra también nuestra marca hermana Sol y Sal.\n\nSaludos",
    ),
    (True, f"Pedido {OID}", f"Hola:\n\nPedido {OID}: ¿busca unas servilletas a juego?\n\nSaludos"),
    (
        True,
        f"Ordine {OID}",
        f"Buongiorno,\n\nordine {OID}: scopra anche il nostro marchio gemello Casa Viva.\n\nSaluti",
    ),
    (True, f"Ordine {OID}", f"Buongiorno,\n\nordine {OID}: cerca dei tovaglioli abbinati?\n\nSaluti"),
    # near misses: the sister company that repairs, the matching screws of the kit, the serial number to look for
    (
        False,
        S,
        f"Hi,\n\nRepairs for order {OID} are handled by our sister company in Leeds; please send the "
        "serial number.\n\nShop",
    ),
    (False, S, f"Hi,\n\nFor order {OID}: looking for the matching screws? They are in bag B.\n\nShop"),
    (
        False,
        f"Bestellung {OID}",
        f"Hallo,\n\nzu Bestellung {OID}: Reparaturen übernimmt unsere Schwesterfirma in Köln.\n\nGrüße",
    ),
    (False, f"Pedido {OID}", f"Hola:\n\nPedido {OID}: busque el número de serie en la etiqueta.\n\nSaludos"),
    (
        False,
        f"Ordine {OID}",
        f"Buongiorno,\n\nordine {OID}: cerchi il numero di serie sotto la base.\n\nSaluti",
    ),
]


@pytest.mark.parametrize(("expected", "subject", "body"), MARKETING)
def test_sister_brand_and_cross_sell_question(expected: bool, subject: str, body: str) -> None:
    assert _fires("type.marketing", body, subject) is expected


CONDITIONAL: list[tuple[bool, str, str]] = [
    (
        True,
        S,
        f"Hi,\n\nOrder {OID}: should you be over the moon with it, a review on Amazon would be ace.\n\nShop",
    ),
    (True, S, f"Hi,\n\nOrder {OID}: if everything's hunky-dory, please leave a review.\n\nShop"),
    (True, S, f"Hi,\n\nOrder {OID}: if you're rapt with the result, leave us a review.\n\nShop"),
    (True, S, f"Hi,\n\nOrder {OID}.\n\n• Enjoying your kettle?\nLeave a review on Amazon.\n\nShop"),
    (
        True,
        S,
        f"Hi,\n\nOrder {OID}: we'd love a review on Amazon. Any problems? Give us a shout first.\n\nShop",
    ),
    (
        True,
        f"Bestellung {OID}",
        f"Hallo,\n\nBestellung {OID}: Sollten Sie zufrieden sein, freuen wir uns über "
        "eine Bewertung.\n\nGrüße",
    ),
    (
        True,
        f"Commande {OID}",
        f"Bonjour,\n\nCommande {OID} : au cas où vous seriez satisfait, laissez-nous un "
        "avis.\n\nCordialement",
    ),
    (
        True,
        f"Pedido {OID}",
        f"Hola:\n\nPedido {OID}: en caso de estar satisfecho, déjenos una reseña.\n\nSaludos",
    ),
    (
        True,
        f"Ordine {OID}",
        f"Buongiorno,\n\nordine {OID}: qualora fosse soddisfatto, ci lasci una recensione.\n\nSaluti",
    ),
    # near misses: unhappy buyers helped with no review tied to it, a satisfied wish with no review at all
    (
        False,
        S,
        f"Hi,\n\nOrder {OID}: should you be unhappy with anything, reply and we'll fix it. Separately, "
        "we'd welcome an honest review, good or bad.\n\nShop",
    ),
    (
        False,
        S,
        f"Hi,\n\nOrder {OID}: if everything's sorted with the delivery, the courier will text you a "
        "photo.\n\nShop",
    ),
    (
        False,
        f"Bestellung {OID}",
        f"Hallo,\n\nBestellung {OID}: Sollten Sie Fragen zur Montage haben, helfen wir gern.\n\nGrüße",
    ),
]


@pytest.mark.parametrize(("expected", "subject", "body"), CONDITIONAL)
def test_gating_in_other_conditionals(expected: bool, subject: str, body: str) -> None:
    assert _fires("review.conditional", body, subject) is expected


REMOVAL: list[tuple[bool, str]] = [
    (True, f"Hi,\n\nOrder {OID}: is there anything we could do about your 1-star rating?\n\nShop"),
    (
        True,
        f"Hi,\n\nOrder {OID}: now that it's fixed, we'd love to help you turn your rating around.\n\nShop",
    ),
    (True, f"Hi,\n\nOrder {OID}: could you bump up those two stars now?\n\nShop"),
    (True, f"Hi,\n\nOrder {OID}: let's turn that frown upside down on your feedback!\n\nShop"),
    # near misses: the same frames about the order or the experience, the seller's own turnaround
    (False, f"Hi,\n\nOrder {OID}: is there anything we can do about your order before it ships?\n\nShop"),
    (False, f"Hi,\n\nOrder {OID}: is there anything else we can do to improve your experience?\n\nShop"),
    (
        False,
        f"Hi,\n\nOrder {OID}: we turned your order around in a day, and the stars dial turns round freely."
        "\n\nShop",
    ),
]


@pytest.mark.parametrize(("expected", "body"), REMOVAL)
def test_removal_requests_in_idioms(expected: bool, body: str) -> None:
    assert _fires("review.removal-request", body) is expected


INCENTIVE: list[tuple[bool, str, str]] = [
    (True, S, f"Hi,\n\nOrder {OID}: everyone who reviews the kettle gets a free descaler.\n\nShop"),
    (
        True,
        f"Bestellung {OID}",
        f"Hallo,\n\nBestellung {OID}: Jeder, der den Artikel bewertet, erhält einen Gutschein.\n\nGrüße",
    ),
    (
        True,
        f"Commande {OID}",
        f"Bonjour,\n\nCommande {OID} : tous ceux qui évaluent le produit reçoivent un bon "
        "d'achat.\n\nCordialement",
    ),
    (
        True,
        f"Pedido {OID}",
        f"Hola:\n\nPedido {OID}: todos los que valoren el producto reciben un cupón.\n\nSaludos",
    ),
    (
        True,
        f"Ordine {OID}",
        f"Buongiorno,\n\nordine {OID}: chiunque recensisca il prodotto riceve un buono sconto.\n\nSaluti",
    ),
    # near misses: whoever reviews the proof, a free replacement with no review in sight
    (
        False,
        S,
        f"Hi,\n\nOrder {OID}: everyone who reviews the proof gets a free revision before printing.\n\nShop",
    ),
    (
        False,
        f"Bestellung {OID}",
        f"Hallo,\n\nBestellung {OID}: Wer Fragen hat, bekommt kostenlos Hilfe.\n\nGrüße",
    ),
]


@pytest.mark.parametrize(("expected", "subject", "body"), INCENTIVE)
def test_benefit_for_whoever_reviews(expected: bool, subject: str, body: str) -> None:
    assert _fires("review.incentive", body, subject) is expected


CANCEL: list[tuple[bool, str]] = [
    (
        True,
        f"Hi,\n\nSorry, the blue mug from order {OID} is out of stock. Kindly raise a cancellation request so "
        "the refund can go through.\n\nShop",
    ),
    (
        True,
        f"Hi,\n\nThe lamp from order {OID} is sold out. Could you please lodge a cancellation in your "
        "account?\n\nShop",
    ),
    # near misses: the seller cancelled and says no request is needed; a buyer who changed their mind
    (
        False,
        f"Hi,\n\nThe blue mug from order {OID} is out of stock, so we have cancelled the order and refunded you "
        "in full; there is no need to request a cancellation.\n\nShop",
    ),
    (
        False,
        f"Hi,\n\nOrder {OID} hasn't shipped yet, so you can raise a cancellation in Your Orders if you "
        "changed your mind.\n\nShop",
    ),
]


@pytest.mark.parametrize(("expected", "body"), CANCEL)
def test_cancellation_spelt_with_two_ls(expected: bool, body: str) -> None:
    assert _fires("order-problem.cancellation-request", body) is expected


NO_ADJUSTMENT: list[tuple[bool, str]] = [
    (
        True,
        f"Hi,\n\nThe teal kettle from order {OID} is out of stock and the supplier can't give us a date. "
        "Would you prefer to wait for the restock?\n\nShop",
    ),
    # near misses: a dated restock in the next sentence, a contrast before the restock
    (
        False,
        f"Hi,\n\nThe teal kettle from order {OID} is out of stock and the supplier can't give us a date. "
        "We now expect it back in stock on 3 July and will ship it then.\n\nShop",
    ),
    (
        False,
        f"Hi,\n\nThe teal kettle from order {OID} is out of stock and the supplier can't give us a firm date. "
        "Still, we expect the restock next week and will ship it straight away.\n\nShop",
    ),
]


@pytest.mark.parametrize(("expected", "body"), NO_ADJUSTMENT)
def test_undated_restock_said_in_the_sentence_before(expected: bool, body: str) -> None:
    assert _fires("order-problem.no-adjustment", body) is expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "the supplier cannot give us a firm date"),
        ("de", "die Weberei kann uns leider keinen genauen Termin nennen"),
        ("fr", "le fabricant ne peut pas nous donner de date"),
        ("es", "el fabricante no nos puede dar una fecha"),
        ("it", "il produttore non ci sa dare una data"),
    ],
)
def test_restock_without_a_date_in_every_language(lang: str, text: str) -> None:
    assert phrases.search("oproblem.restock_unknown", text, lang) is not None


SENSITIVE: list[tuple[bool, str, str]] = [
    (True, S, f"Hi,\n\nThe damn courier left order {OID} in the rain.\n\nShop"),
    (
        True,
        f"Bestellung {OID}",
        f"Hallo,\n\nder verdammte Kurier hat Bestellung {OID} fallen lassen.\n\nGrüße",
    ),
    # near misses: an intensifier of praise
    (False, S, f"Hi,\n\nSet the grinder from order {OID} to 4: it makes a damn good cup.\n\nShop"),
    (
        False,
        f"Bestellung {OID}",
        f"Hallo,\n\nmit der Mühle aus Bestellung {OID} wird der Kaffee verdammt gut.\n\nGrüße",
    ),
]


@pytest.mark.parametrize(("expected", "subject", "body"), SENSITIVE)
def test_intensifier_of_praise_is_not_offensive(expected: bool, subject: str, body: str) -> None:
    assert _fires("content.sensitive", body, subject) is expected
