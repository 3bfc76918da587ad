"""order-problem: the stock gone in other words ('we've run out.', "we're all out of these", 'we sold the
last one', 'the last unit got damaged') is an order that cannot ship; the seller out of the office or out
of ideas, and the buyer who got the last one, are not."""

from __future__ import annotations

import pytest

from tests.policies.plain_message import OID, fires

CANNOT_SHIP = [
    f"Order {OID}: so sorry, we have completely run out. Could you cancel it from your account?",
    f"Order {OID}: we're all out of the walnut boards. Please request a cancellation.",
    f"Order {OID}: a shop customer bought our very last pair this morning. Please cancel the order yourself.",
    f"Order {OID}: the only piece in stock turned out to be cracked. Please cancel via Your Orders.",
]

SHIPS = [
    f"Order {OID}: we are out of the office until Monday; your parcel left on Friday as planned.",
    f"Order {OID}: we've run out of ideas why the app won't pair, so a new remote goes out today.",
    f"Order {OID}: we sold the last one to you, lucky you! It ships today.",
]


@pytest.mark.parametrize("body", CANNOT_SHIP)
def test_stock_gone_and_cancel_asked(body: str) -> None:
    assert fires("order-problem.cancellation-request", body, "com")


@pytest.mark.parametrize("body", SHIPS)
def test_office_ideas_and_the_last_one_sold_to_the_buyer(body: str) -> None:
    assert not fires("order-problem.no-adjustment", body, "com")
    assert not fires("order-problem.cancellation-request", body, "com")
