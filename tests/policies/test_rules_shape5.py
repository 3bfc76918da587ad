"""Round shape5 (tests/corpus_eightyfourth): three English classes the blind corpus missed.

- order-problem.no-adjustment: a refund confirmed with a contraction ("We've issued a full refund", "I've sent you
  a refund") was not read as a confirmation, so a compliant stock-out notice was quarantined.
- return.unnecessary: a softened suggestion to keep trying the item, written as a question ("Maybe give it
  another week?") was read as a question asking for information.
- type.marketing: a reply explaining how the listing's coupon works ("the coupon has to be clipped before
  checkout", "it isn't applied automatically") was read as a coupon promotion.

Made-up wordings (not the corpus's), with near-misses that must keep firing or stay silent.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from policies import Context, parse_message
from policies.rule import registered
from tests.policies.plain_message import OID, fires

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)


def reply_fires(rule: str, body: str, tld: str = "com") -> bool:
    """Whether `rule` finds anything in `body` sent as a reply (In-Reply-To) to a buyer of amazon.<tld>."""
    raw = "\r\n".join([
        "From: Shop <shop@example.com>", f"To: q8w2e4r6t1@marketplace.amazon.{tld}", f"Subject: Re: {OID}",
        "Date: Mon, 15 Jun 2026 10:00:00 +0000", "Message-ID: <reply@example.com>",
        "In-Reply-To: <buyer.q1@marketplace.amazon.com>", "References: <buyer.q1@marketplace.amazon.com>",
        "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "",
        body.replace("\n", "\r\n"),
    ]).encode("utf-8")
    return bool(list(registered()[rule].check(Context(parse_message(raw), NOW))))


# --------------------------------------------------------------------------------------------
# order-problem.no-adjustment: "we've" / "I've" confirmations
# --------------------------------------------------------------------------------------------

ADJUSTED = [
    f"Hello,\n\nThe brass hooks in order {OID} are out of stock because the foundry lost a batch. We've issued a "
    f"full refund of $22.50 to your card.\n\nSorry,\nHookhouse",
    f"Hi,\n\nI'm afraid the teal scarf from order {OID} is sold out: the dye lot failed our check. I've sent you a "
    f"refund for the whole amount today.\n\nBest,\nMira",
    f"Dear customer,\n\nWe can no longer ship the walnut tray in order {OID}, as it is discontinued. We've "
    f"processed a refund in full, and it should reach you within a week.\n\nTrayworks",
    f"Hi,\n\nUnfortunately the 2 m cable in order {OID} is out of stock after a supplier recall. We've already "
    f"initiated the refund for the full order.\n\nCablecraft",
]

NOT_ADJUSTED = [
    # a refund promised once the buyer cancels: nothing confirmed
    f"Hello,\n\nThe brass hooks in order {OID} are out of stock. Once you cancel, we'll issue a refund.\n\nHookhouse",
    # out of stock and only an apology
    f"Hi,\n\nI'm afraid the teal scarf from order {OID} is sold out and we can't send it. I've passed your note "
    f"to the workshop.\n\nMira",
]


@pytest.mark.parametrize("body", ADJUSTED)
def test_contracted_refund_confirms_adjustment(body: str) -> None:
    assert not fires("order-problem.no-adjustment", body, "com")


@pytest.mark.parametrize("body", NOT_ADJUSTED)
def test_no_confirmation_still_fires(body: str) -> None:
    assert fires("order-problem.no-adjustment", body, "com")


# --------------------------------------------------------------------------------------------
# return.unnecessary: "maybe give it another week?"
# --------------------------------------------------------------------------------------------

DISSUADE = [
    f"Hi,\n\nWe saw your return request for the kettle in order {OID}. Perhaps give it a few more days? Most "
    f"people get used to the whistle quickly.\n\nBoilwell",
    f"Hello,\n\nAbout your return for order {OID}: how about trying the pillow for another fortnight? It takes "
    f"time to soften.\n\nDreamcloud",
    f"Hi,\n\nThanks for starting a return on order {OID}. Maybe keep using the insoles a bit longer?\n\nStepright",
]

ASKS = [
    # a real question the return needs
    f"Hi,\n\nWe saw your return request for the kettle in order {OID}. Could you tell us whether the base or the "
    f"jug is faulty?\n\nBoilwell",
    # 'maybe' in a real information request, with nothing about keeping the item
    f"Hello,\n\nAbout your return for order {OID}: maybe you could send us the batch number from the label?\n\n"
    f"Dreamcloud",
]


@pytest.mark.parametrize("body", DISSUADE)
def test_softened_keep_trying_is_rhetorical(body: str) -> None:
    assert fires("return.unnecessary", body, "com")


@pytest.mark.parametrize("body", ASKS)
def test_information_question_passes(body: str) -> None:
    assert not fires("return.unnecessary", body, "com")


# --------------------------------------------------------------------------------------------
# type.marketing: the listing's coupon explained in a reply
# --------------------------------------------------------------------------------------------

EXPLAINED = [
    f"Hi,\n\nThe 15% coupon on our listing needs to be ticked on the product page before you check out, so "
    f"order {OID} went through at the full price. We've refunded the difference.\n\nBest,\nLoftware",
    f"Hello,\n\nGood question! The voucher isn't applied automatically; that is why order {OID} shows the "
    f"regular price.\n\nKind regards,\nPetal Post",
    f"Hi,\n\nThe $5 coupon must be clipped at checkout, which didn't happen on order {OID}. I've refunded "
    f"the $5 to you.\n\nTom",
]

PROMOTION = [
    # a coupon offered for the future, in a reply too
    f"Hi,\n\nThanks for order {OID}. Use code SPRING20 for 20% off your next order with us!\n\nLoftware",
    # a new coupon announced, with how to use it
    f"Hello,\n\nWe've just launched a 10% coupon on our whole range: it has to be clipped before checkout. "
    f"Order {OID} is on its way.\n\nPetal Post",
]


@pytest.mark.parametrize("body", EXPLAINED)
def test_coupon_explained_in_reply_is_no_promotion(body: str) -> None:
    assert not reply_fires("type.marketing", body)


@pytest.mark.parametrize("body", PROMOTION)
def test_coupon_promotion_in_reply_still_fires(body: str) -> None:
    assert reply_fires("type.marketing", body)


def test_coupon_explanation_unasked_is_still_judged() -> None:
    """The same explanation sent proactively (not answering the buyer) promotes the coupon."""
    body = (f"Hi,\n\nThe 15% coupon on our listing needs to be ticked on the product page before you check out. "
            f"Order {OID} ships tomorrow.\n\nLoftware")
    assert fires("type.marketing", body, "com")


# --------------------------------------------------------------------------------------------
# return.unnecessary: the buyer's return named with other verbs ("thanks for starting a return")
# --------------------------------------------------------------------------------------------

RETURN_NAMED = [
    f"Hi,\n\nThanks for starting a return on order {OID}. The blender just needs a few uses to run in, so we're "
    f"sure you'll love it.\n\nWhirlco",
    f"Hello,\n\nWe noticed you requesting a return for order {OID}. Our rugs always look better after a week on "
    f"the floor.\n\nRugnest",
    f"Hi,\n\nI see you've logged a return for order {OID}. Lots of customers change their minds after a few "
    f"days.\n\nPenny",
    f"Hi,\n\nSorry to hear you're sending the lamp back (order {OID}). It really shines with a warm bulb.\n\nLumo",
]

RETURN_NOT_NAMED = [
    # a generic offer of help after delivery names no return of the buyer's
    f"Hi,\n\nYour rug from order {OID} was delivered yesterday. Vacuum it without the beater bar for the first "
    f"month.\n\nRugnest",
    # the buyer's return named, with a real information request
    f"Hi,\n\nThanks for starting a return on order {OID}. Which of the two cushions has the torn seam?\n\nPenny",
]


@pytest.mark.parametrize("body", RETURN_NAMED)
def test_return_named_with_other_verbs(body: str) -> None:
    assert fires("return.unnecessary", body, "com")


@pytest.mark.parametrize("body", RETURN_NOT_NAMED)
def test_return_not_named_or_info_asked(body: str) -> None:
    assert not fires("return.unnecessary", body, "com")
