"""find_order_ids gives exactly ORDER_ID.finditer's matches; may_quote turns away no attribution line."""

from __future__ import annotations

import random

import pytest

from policies.message import _ATTRIBUTION, ORDER_ID, find_order_ids, may_quote, strip_quoted


@pytest.mark.parametrize(
    "text",
    [
        "", "113-4829175-6630214", "order 113-4829175-6630214.", "1113-4829175-6630214", "113-4829175-66302145",
        "-113-4829175-6630214", "113-4829175-6630214-", "113-4829175-6630214 and 702-5513380-1146729",
        "111-2222222-3333333-4444444", "12-1234567-1234567-1234567", "113-4829175-6630214113-4829175-6630214",
        "x113-４８２９１７５-6630214", "١١٣-4829175-6630214", "ab-1234567-1234567", "1-1234567-", "--1234567-1234567",
    ],
)
def test_find_order_ids_is_order_id_finditer(text: str) -> None:
    assert [m.span() for m in find_order_ids(text)] == [m.span() for m in ORDER_ID.finditer(text)]


def test_find_order_ids_on_random_digit_soup() -> None:
    rnd = random.Random(3)
    for _ in range(3000):
        text = "".join(rnd.choice("0123456789--- x") for _ in range(rnd.randint(0, 60)))
        assert [m.span() for m in find_order_ids(text)] == [m.span() for m in ORDER_ID.finditer(text)], text


@pytest.mark.parametrize(
    "line",
    [
        "On Mon, 3 Jun 2026 at 10:00, Buyer <b@example.com> wrote:", "ON MON, 3 JUN 2026, BUYER WROTE:",
        "Am 3. Juni 2026 schrieb Käufer:", "Le 3 juin 2026, l'acheteur a ÉCRIT :", "El 3 de junio, el comprador ESCRIBIÓ:",
        "Il giorno 3 giugno 2026 ha ſcritto:", "-----Original Message-----", "2026/06/03 のメッセージ:",
        "2026年6月3日 田中様は書きました:", "On Monday the buyer WROTE:", "Il giorno 3 giugno ha SCRİTTO:",
    ],
)
def test_may_quote_lets_every_attribution_line_through(line: str) -> None:
    assert _ATTRIBUTION.match(line), line
    assert may_quote(f"Thanks!\n\n{line}\n> old text")


def test_strip_quoted_without_hint_keeps_the_text() -> None:
    assert not may_quote("Hello,\nyour parcel left today.\nBest regards")
    assert strip_quoted("Hello,\r\nyour parcel left today.") == "Hello,\nyour parcel left today."
    assert strip_quoted("Hi\nOn Mon, Buyer wrote:\n> old") == "Hi"


def test_sub_order_ids_is_order_id_sub() -> None:
    from policies.message import sub_order_ids

    rnd = random.Random(4)
    for _ in range(3000):
        text = "".join(rnd.choice("0123456789--- xy") for _ in range(rnd.randint(0, 60)))
        assert sub_order_ids(lambda m: "x" * len(m.group(0)), text) == ORDER_ID.sub(lambda m: "x" * len(m.group(0)), text)
        assert sub_order_ids(lambda _m: " ", text) == ORDER_ID.sub(" ", text)


def test_find_order_ids_on_soup_with_every_dash_and_full_width_digits() -> None:
    rnd = random.Random(5)
    alphabet = "0123456789０１２３４５６７８９--－–‑ー x"
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 60)))
        assert [m.span() for m in find_order_ids(text)] == [m.span() for m in ORDER_ID.finditer(text)], text


WRITTEN_IDS = [
    "１１３－４８２９１７５－６６３０２１４",  # full-width, as Japanese input types it
    "１１３ー４８２９１７５ー６６３０２１４",  # the long vowel mark typed for the dash
    "113–4829175–6630214",  # en dash, a word processor's autocorrect
    "113‑4829175‑6630214",  # non-breaking hyphen, from a helpdesk template
    "113−4829175−6630214",  # minus sign
]


@pytest.mark.parametrize("written", WRITTEN_IDS)
def test_an_order_id_written_with_other_dashes_or_digits_is_the_order(written: str) -> None:
    """The buyer reads the same order ID: it is found, in Amazon's form, so the order is looked up."""
    from datetime import UTC, datetime, timedelta

    from policies import Context, Order, evaluate
    from tests.policies.test_rules_messagetypes import OID, make_ctx

    now = datetime(2026, 6, 15, 12, tzinfo=UTC)
    order = Order(OID, buyer_email="buyer123@marketplace.amazon.com", marketplace="amazon.com", buyer_language="en",
                  purchased_at=now - timedelta(days=5), delivered_at=now - timedelta(days=2))
    body = f"Hello,\n\nAbout order {written}: which engraving text would you like on the board?\n\nOwen"
    ctx = make_ctx(body, "Engraving text")
    assert ctx.message.order_ids == [OID]
    ctx = Context(ctx.message, now, orders={OID: order})
    fired = {f.rule for f in evaluate(ctx).findings}
    assert not fired & {"order-id.missing", "order-id.unknown"}, fired


@pytest.mark.parametrize("text", ["113-4829175–6630214", "113 4829175 6630214", "１１３－４８２９１７５－６６３０２１４５"])
def test_mixed_dashes_or_too_many_digits_are_no_order_id(text: str) -> None:
    assert find_order_ids(text) == []
