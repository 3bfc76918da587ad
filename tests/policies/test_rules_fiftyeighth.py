"""Round fifty-eight (tests/corpus_fiftyeighth): long, chatty English messages with one buried clause.

Each fix is a wording class, tested with made-up sentences (not the corpus's) and same-vocabulary near-misses.
"""

from __future__ import annotations

import pytest

from tests.policies.plain_message import OID, fires

CARE = ("Rinse the pan in warm water after each use and dry it straight away. Rub a few drops of oil over the "
        "surface before you put it away.")

# --- review.incentive: a plural, title-cased 'Five Stars' that is a product or brand name ---------------------


@pytest.mark.parametrize(
    "body",
    [
        f"Order {OID}: we have posted a new bag of Five Stars Organic Dog Biscuits to you today, at no charge.",
        f"Order {OID}: the Five Stars blend keeps best in an airtight tin, away from the cooker.",
        f"Order {OID}: a spare lid for your FIVE STARS Thermal Flask is on its way with the courier.",
        f"Order {OID}: these Five Star pens dry within a second, so smudging stops after the first page.",
    ],
)
def test_five_stars_as_a_product_name_steers_nothing(body: str) -> None:
    assert not fires("review.incentive", body, "co.uk")


@pytest.mark.parametrize(
    "body",
    [
        f"Order {OID}: if you could leave us Five Stars on Amazon, it would mean the world to us.",
        f"Order {OID}: please leave a review - five stars would really help our little shop.",
        f"Order {OID}: we'd love a review, and the Five Star rating is what keeps us going.",
        f"Order {OID}: a Five Stars review from you would make our week.",
    ],
)
def test_five_stars_asked_of_the_buyer_still_steers(body: str) -> None:
    assert fires("review.incentive", body, "co.uk")


# --- order-problem.no-adjustment: a refund confirmed before an (unwanted) cancellation request ----------------

OOS = "Sadly the walnut stool you ordered is sold out and we cannot ship it."


@pytest.mark.parametrize(
    "body",
    [
        f"Order {OID}. {OOS} We have refunded the full order amount today, reason: no inventory. "
        "Please also request a cancellation from Your Orders so it closes on your side.",
        f"Order {OID}. {OOS} The full payment has been refunded to your card. "
        "Could you also cancel the order in your account?",
    ],
)
def test_refund_confirmed_before_cancel_request_is_an_adjustment(body: str) -> None:
    assert not fires("order-problem.no-adjustment", body, "com")
    assert fires("order-problem.cancellation-request", body, "com")


@pytest.mark.parametrize(
    "body",
    [
        f"Order {OID}. {OOS} Please cancel the order from Your Orders. Once you cancel, we have refunded nothing "
        "yet, so the refund follows then.",
        f"Order {OID}. {OOS} Could you cancel the order in your account? After that the payment will be "
        "refunded by Amazon.",
        f"Order {OID}. {OOS} Please cancel the order on your side; we have refunded orders like this before once "
        "buyers cancel.",
    ],
)
def test_refund_after_or_inside_cancel_request_is_no_adjustment(body: str) -> None:
    assert fires("order-problem.no-adjustment", body, "com")


# --- type.marketing: the matching item 'is also in our Amazon store'; 'complete the table' ---------------------


@pytest.mark.parametrize(
    "body",
    [
        f"Order {OID}. {CARE} The matching lid and trivet are also in our Amazon store.",
        f"Order {OID}. {CARE} Coordinating tea towels are listed in our shop on Amazon as well.",
        f"Order {OID}. {CARE} Our companion saucepans are now on our storefront, if you fancy a set.",
        f"Order {OID}. {CARE} Add the linen runner if you'd like to complete the tablescape.",
    ],
)
def test_matching_item_in_our_store_is_marketing(body: str) -> None:
    assert fires("type.marketing", body, "com.au")


@pytest.mark.parametrize(
    "body",
    [
        f"Order {OID}. {CARE} The matching lid you ordered is in the same parcel, wrapped in brown paper.",
        f"Order {OID}. {CARE} The matching lid is packed separately and arrives on Thursday.",
        f"Order {OID}. {CARE} We'll complete the table of care instructions in the leaflet next week.",
    ],
)
def test_matching_item_of_the_order_is_no_marketing(body: str) -> None:
    assert not fires("type.marketing", body, "com.au")


# --- type.thank-you-only: 'once again, a big thank you', wishes to the family, the ritual over every order -----


@pytest.mark.parametrize(
    "body",
    [
        f"Hello,\n\nThank you for order {OID}.\n\nWe ring a little bell for every new order, and it makes the "
        "whole team smile every time.\n\nOnce again, many thanks!\n\nBest regards,\nPooja",
        f"Hi,\n\nThanks a lot for your order {OID}.\n\nWe still do a little happy dance over each order.\n\n"
        "Again, a huge thank you, and we wish you and your loved ones all the best.\n\nRegards,\nSam",
    ],
)
def test_warm_thanks_with_rituals_and_wishes_is_thank_you_only(body: str) -> None:
    assert fires("type.thank-you-only", body, "in")


@pytest.mark.parametrize(
    "body",
    [
        f"Hello,\n\nThank you for order {OID}.\n\nWe read every order twice before packing, so please check "
        "that the engraving text below is spelled the way you want: 'Meera & Arjun'.\n\nRegards,\nPooja",
        f"Hi,\n\nOnce again, a big thank you for order {OID}. Your rug ships on Friday instead of Tuesday because the dye needs "
        "two more days to set.\n\nRegards,\nSam",
    ],
)
def test_thanks_around_real_information_is_not_thank_you_only(body: str) -> None:
    assert not fires("type.thank-you-only", body, "in")


# --- the same cross-sell in French, Spanish and Italian ('est aussi dans notre boutique') ---------------------


@pytest.mark.parametrize(
    ("tld", "body"),
    [
        ("fr", f"Commande {OID} : le plaid assorti est désormais sur notre boutique Amazon."),
        ("fr", f"Commande {OID} : les sets de table coordonnés sont aussi proposés dans notre boutique."),
        ("es", f"Pedido {OID}: el cojín a juego ya está a la venta en nuestra tienda de Amazon."),
        ("es", f"Pedido {OID}: los manteles coordinados están también en nuestra tienda."),
        ("it", f"Ordine {OID}: il plaid abbinato è pure nel nostro negozio Amazon."),
        ("it", f"Ordine {OID}: le tovagliette in tinta sono ora in vendita sul nostro store."),
    ],
)
def test_matching_item_in_our_store_is_marketing_fr_es_it(tld: str, body: str) -> None:
    assert fires("type.marketing", body, tld)


@pytest.mark.parametrize(
    ("tld", "body"),
    [
        ("fr", f"Commande {OID} : le plaid assorti que vous avez choisi est dans votre colis, sous le papier."),
        ("es", f"Pedido {OID}: el cojín a juego que eligió está en su paquete, debajo del papel."),
        ("it", f"Ordine {OID}: il plaid abbinato che ha scelto è nel suo pacco, sotto la carta."),
        ("it", f"Ordine {OID}: il plaid abbinato è ancora nel nostro laboratorio e parte lunedì."),
    ],
)
def test_matching_item_of_the_order_is_no_marketing_fr_es_it(tld: str, body: str) -> None:
    assert not fires("type.marketing", body, tld)
