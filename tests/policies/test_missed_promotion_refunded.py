"""type.marketing: the listing's promotion that failed to apply at checkout, explained where the difference is
refunded, adjusts this order and promotes nothing; unasked and without a refund it is still judged
(tests/policies/test_rules_round38.py). order-problem.no-adjustment reads "we've refunded" as "we have refunded"."""

from __future__ import annotations

import pytest

from tests.policies.plain_message import OID, fires

REFUNDED = [
    ("com", f"Order {OID}: the 15% promotion on our listing did not apply when you paid, because of a setting on "
            "our side. We've refunded the $2.25 difference to your card."),
    ("co.uk", f"Order {OID}: the voucher shown on the product page wasn't deducted at checkout. We have refunded "
              "the £1.80 you overpaid."),
    ("fr", f"Commande {OID} : la remise de 10 % affichée sur la fiche n'a pas été appliquée lors du paiement. "
           "Nous vous avons remboursé la différence de 2,10 €."),
]

STILL_MARKETING = [
    ("com", f"Order {OID}: the 15% promotion on our listing did not apply to your order. Our new range is 20% off "
            "this week."),
    ("com", f"Order {OID}: the 15% promotion on our listing did not apply to your order. Use code SAVE15 next time."),
]


@pytest.mark.parametrize(("tld", "body"), REFUNDED)
def test_missed_promotion_with_the_difference_refunded_is_no_marketing(tld: str, body: str) -> None:
    assert not fires("type.marketing", body, tld)


@pytest.mark.parametrize(("tld", "body"), STILL_MARKETING)
def test_a_new_promotion_beside_it_is_still_marketing(tld: str, body: str) -> None:
    assert fires("type.marketing", body, tld)


def test_weve_refunded_confirms_the_adjustment() -> None:
    body = (f"Sorry: the blue mug of order {OID} is out of stock and cannot be sent. "
            "We've already refunded the $12.99 to your card.")
    assert not fires("order-problem.no-adjustment", body, "com")
