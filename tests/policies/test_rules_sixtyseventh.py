"""Round sixty-seven (tests/corpus_sixtyseventh): English sellers on amazon.com, .co.uk, .ca, .com.au, .in, .ae.

Each fix is a wording class, tested with made-up sentences (not the corpus's) and same-vocabulary near-misses.
"""

from __future__ import annotations

import pytest

from tests.policies.plain_message import OID, fires

# --- order-problem.cancellation-request: 'nothing you need to cancel' tells the buyer there is nothing to do ------

_OOS = f"Order {OID}: the walnut tray is sold out and the workshop has no more timber. "


@pytest.mark.parametrize(
    "tail",
    [
        "We refunded all of it this morning, reason no inventory. There's nothing you'll have to cancel.",
        "The full amount went back to your card today (no inventory), and there is nothing that you must cancel.",
        "We have refunded the whole order, reason NoInventory; there is nothing you will need to cancel.",
    ],
)
def test_en_nothing_you_need_to_cancel_asks_no_cancellation(tail: str) -> None:
    assert not fires("order-problem.cancellation-request", _OOS + tail, "com")


@pytest.mark.parametrize(
    "tail",
    [
        "There is nothing we can do about it, so you need to cancel it in Your Orders.",
        "Nothing else is in stock. You will have to cancel the order yourself, please.",
    ],
)
def test_en_cancel_request_next_to_nothing_still_fires(tail: str) -> None:
    assert fires("order-problem.cancellation-request", _OOS + tail, "com")


# --- type.marketing: a new line with a capitalised name, a named storefront on Amazon to visit --------------------


@pytest.mark.parametrize(
    "body",
    [
        f"Order {OID}: hope the mugs arrived safely. Our new Coastal Morning range is out this week.",
        f"Order {OID}: wash the throw cold. Our latest Nordic Frost designs have just arrived, too.",
        f"Order {OID}: the lamp takes an E27 bulb. Do check out the Brightwell Home store on Amazon sometime.",
        f"Order {OID}: thanks again. Pop over to our Fernhill Pottery shop on Amazon for the rest of the set.",
    ],
)
def test_named_new_line_or_storefront_is_marketing(body: str) -> None:
    assert fires("type.marketing", body, "com")


@pytest.mark.parametrize(
    "body",
    [
        f"Order {OID}: the Coastal Morning mug you ordered leaves our workshop on Monday.",
        f"Order {OID}: our new Leeds warehouse packs faster, so your parcel left a day early.",
        f"Order {OID}: you can track it on the Your Orders page on Amazon.",
        f"Order {OID}: the invoice is under Your Account on Amazon.",
    ],
)
def test_named_product_or_amazon_page_is_no_marketing(body: str) -> None:
    assert not fires("type.marketing", body, "com")
