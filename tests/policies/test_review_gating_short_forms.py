"""review.conditional in its short English forms: a question after the order reference ('…{OID}: loving
it?'), a request addressed to the happy buyers only, and the unhappy buyer sent to the seller in place
of a review. Asking every buyer, or offering help on its own, stays clean."""

from __future__ import annotations

import pytest

from tests.policies.plain_message import OID, fires

GATING = [
    f"Re order {OID}: enjoying it? Then a review on Amazon would make our day!",
    f"Order {OID}: liking the new mug? Please share a quick review.",
    f"Order {OID}: all good with the blender? Leave us a rating!",
    f"Order {OID}. Satisfied customers, please consider writing a review on Amazon.",
    f"Order {OID}. To all delighted buyers: a review helps a lot.",
    f"Order {OID}. We'd love a review! Not enjoying them, then please reach out to us directly.",
    f"Order {OID}. A review would help us. If you're not happy, please tell us first.",
]

CLEAN = [
    f"Order {OID}: enjoying it or not, we'd value your honest review.",
    f"Order {OID}: our satisfied customers often reorder the refills, which are sold separately.",
    f"Order {OID}: disappointed with the delay? So are we, so we've refunded your shipping. A review is always welcome.",
    f"Order {OID}: a review is welcome. Not happy with the colour? Contact us and we'll swap it.",
    f"Order {OID}: note: like the first batch, these candles are unscented.",
]


@pytest.mark.parametrize("body", GATING)
def test_short_gating_forms(body: str) -> None:
    assert fires("review.conditional", body, "com")


@pytest.mark.parametrize("body", CLEAN)
def test_every_buyer_asked_is_no_gating(body: str) -> None:
    assert not fires("review.conditional", body, "com")
