"""Round 48 (corpus_fortyeighth): English on .com, .co.uk, .ca, .com.au, .in, .ie and .sg.

The wordings the rules missed, by class:
- the carriers of the other English marketplaces (Blue Dart, Delhivery, SingPost, An Post, StarTrack, Canpar ...)
  are carrier words: their phone line is an allowed number;
- a stock-out said as "we won't be able to get your order out to you" or "is all gone";
- a second look asked at the buyer's existing review: "have another look at the two-star rating you left";
- text-speak benefits: "a lil something", "as a thank u";
- a bare opener ("Just shooting you a quick note from the team at ...") before thanks is no statement.
Each wording here is made up; the near-misses share its words and must stay clean.
"""

from __future__ import annotations

from tests.policies.plain_message import OID, fires


# content.phone-number: carriers of the .in/.sg/.ie/.com.au/.ca marketplaces
def test_phone_regional_carrier_allowed() -> None:
    assert not fires(
        "content.phone-number",
        f"Your parcel for order {OID} is with Delhivery; their helpline is 1800 208 6969.",
        "in",
    )
    assert not fires(
        "content.phone-number",
        f"Order {OID} travels with SingPost, who you can reach on 6841 2000 to rebook.",
        "sg",
    )
    assert not fires(
        "content.phone-number",
        f"The parcel for {OID} is with StarTrack; ring them on 13 23 45 to pick a day.",
        "com.au",
    )


def test_phone_seller_line_still_fires() -> None:
    assert fires(
        "content.phone-number",
        f"For order {OID}, ring our own shop desk on 0161 496 0711 with any question.",
        "co.uk",
    )
    # 'toll-free' is no carrier (only 'Toll Priority' / 'Toll IPEC' are)
    assert fires(
        "content.phone-number",
        f"About order {OID}: call our toll-free shop line 1800 555 0199 any time.",
        "com.au",
    )


# order-problem.no-adjustment / cancellation-request: stock-out idioms
def test_cannot_get_order_out_to_you_is_stock_out() -> None:
    body = (
        f"Hello, we're sorry but we can't get the walnut lamp out to you after all, as our joiner has "
        f"retired (order {OID}). Apologies."
    )
    assert fires("order-problem.no-adjustment", body, "com")


def test_all_gone_is_stock_out_and_cancel_ask() -> None:
    body = (
        f"Hi, the last of the copper kettles in order {OID} are all gone now. Could you kindly request a "
        "cancellation from your account?"
    )
    assert fires("order-problem.cancellation-request", body, "ca")
    assert fires("order-problem.no-adjustment", body, "ca")


def test_stock_out_idioms_refunded_stay_clean() -> None:
    body = (
        f"Hi, the last of the copper kettles in order {OID} are all gone, so we have refunded the full amount "
        "of $54.00 because it is out of stock. You don't need to do anything."
    )
    assert not fires("order-problem.no-adjustment", body, "ca")
    assert not fires("order-problem.cancellation-request", body, "ca")


def test_get_it_out_to_you_as_delay_stays_clean() -> None:
    body = f"Hi, we'll get order {OID} out to you on Thursday; the glaze needs one more day to cure."
    assert not fires("order-problem.no-adjustment", body, "ie")


# review.removal-request: a second look at the buyer's review
def test_another_look_at_existing_review_fires() -> None:
    assert fires(
        "review.removal-request",
        f"Now that the new hinge for order {OID} has arrived, could you take a fresh look at the "
        "one-star review you wrote?",
        "com.au",
    )
    assert fires(
        "review.removal-request",
        f"Order {OID}: the refund is through, so would you mind casting another glance at your seller "
        "feedback?",
        "sg",
    )


def test_seller_own_look_stays_clean() -> None:
    assert not fires(
        "review.removal-request",
        f"Order {OID}: we'll have another look at the review you left and the photos, then send a "
        "replacement.",
        "co.uk",
    )
    assert not fires(
        "review.removal-request",
        f"Order {OID}: please have another look at the review guidelines before you write one.",
        "com",
    )


# review.incentive: text-speak benefits
def test_text_speak_benefit_fires() -> None:
    assert fires(
        "review.incentive",
        f"hey, order {OID} - if u post a review on amazon we'll pop a lil treat in ur next box.",
        "com",
    )
    assert fires(
        "review.incentive",
        f"order {OID}: drop us a review pls, there's a gift code waiting as a thank u.",
        "in",
    )


def test_text_speak_without_benefit_stays_clean() -> None:
    assert not fires(
        "review.incentive",
        f"hey, order {OID} - a lil reminder that the lid clicks shut. a review on amazon is always "
        "welcome, thank u!",
        "com",
    )


# type.thank-you-only: a bare opener before the thanks
def test_bare_opener_then_thanks_only_fires() -> None:
    body = (
        f"Hi,\n\nJust sending you a short note from all the makers at the forge: we're so grateful you picked "
        f"our poker set (order {OID}).\n\nThe Forge"
    )
    assert fires("type.thank-you-only", body, "ie")


def test_bare_opener_then_news_stays_clean() -> None:
    body = (
        f"Hi,\n\nJust sending you a short note from all the makers at the forge: the poker set in order {OID} "
        "needs a longer handle, so it ships on Tuesday.\n\nThe Forge"
    )
    assert not fires("type.thank-you-only", body, "ie")
