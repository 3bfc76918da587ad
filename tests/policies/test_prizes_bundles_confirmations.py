"""Wordings found by probing after round 51: a prize to be won for a review (review.incentive); a treat,
a bundle and new gift sets (type.marketing); a German order confirmed with the object after the verb
(type.order-confirmation). Each with same-vocabulary near-misses."""

from __future__ import annotations

import pytest

from tests.policies.plain_message import OID, fires

CASES = [
    ("review.incentive", "com", f"Order {OID}: post a review and you could win one of five picnic hampers!"),
    ("review.incentive", "com", f"Order {OID}: leave a review this month for a shot at winning a $50 gift card."),
    ("type.marketing", "com", f"Order {OID}: treat someone special to our lavender bath set."),
    ("type.marketing", "com", f"Order {OID}: our new colourways just arrived, from sage to rust."),
    ("type.marketing", "com", f"Order {OID}: bundle & save on refills this month."),
    ("type.marketing", "com", f"Order {OID}: add a second bottle for only $9."),
    ("type.order-confirmation", "de", f"Guten Tag, hiermit bestätigen wir gerne Ihre Bestellung {OID}."),
]

NEAR = [
    ("review.incentive", "com", f"Order {OID}: we hope the new blades win you over. An honest review helps other buyers."),
    ("type.marketing", "com", f"Order {OID}: treat yourself to a rest while the glue dries for 24 hours."),
    ("type.marketing", "com", f"Order {OID}: your replacement comes in our new packaging, so it may look different."),
    ("type.marketing", "com", f"Order {OID}: we'll add a second pair of hinges for free, since one was bent."),
    ("type.order-confirmation", "de", f"Guten Tag, zu Bestellung {OID}: bitte bestätigen Sie uns die Lieferadresse, die Hausnummer fehlt."),
]


@pytest.mark.parametrize(("rule", "tld", "body"), CASES)
def test_fires(rule: str, tld: str, body: str) -> None:
    assert fires(rule, body, tld)


@pytest.mark.parametrize(("rule", "tld", "body"), NEAR)
def test_near_misses_stay_clean(rule: str, tld: str, body: str) -> None:
    assert not fires(rule, body, tld)
