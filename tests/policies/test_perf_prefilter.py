"""The speed-ups change no behaviour: the phrase prefilter finds exactly what the full alternation
finds, HTML element text read in part equals the whole text cut, and nothing cached for one message
changes the verdict on another."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import regex
from bs4 import BeautifulSoup

from policies import Context, evaluate, parse_message, phrases
from policies.html import _visible_prefix, _visible_text

TOPICS = [
    "review.noun", "review.direct", "review.benefit", "review.acknowledge", "review.existing", "types.marketing",
    "types.closing", "types.filler", "types.confirm", "links.opt_out", "links.generic_text", "negation.before",
    "negation.after", "oproblem.unavailable", "oproblem.cancel_ask", "content.sensitive", "content.phone_word",
]
TEXTS = [
    "Please leave us a review if you enjoyed your order!",
    "PLEASE LEAVE US A REVİEW İF YOU ENJOYED İT",  # Turkish dotted capital I
    "please leave a reſview, we'd love five ſtars",  # long s
    "Wir würden uns über eine Bewertung freuen. Vielen Dank und viele Grüße",
    "Nous serions ravis de recevoir votre avis. Cordialement",
    "Ci farebbe piacere una recensione: grazie!",
    "¿Podría dejarnos una reseña? Saludos cordiales",
    "レビューをお願いいたします。よろしくお願いいたします。",
    "ＲＥＶＩＥＷ ＵＳ ｎｏｗ ａｎｄ ｇｅｔ １０％ ｏｆｆ",
    "To unsubscribe from these emails, click here. Manage your email preferences.",
    "We do not offer discounts for reviews.",
    "Thank you for your review!",
    "Best regards",
    "click here",
    "ΚΡΙΤΙΚΉ ΣΑΣ ς σ",
    "",
]


@pytest.mark.parametrize("topic", TOPICS)
def test_prefiltered_alternation_matches_like_the_full_one(topic: str) -> None:
    full = phrases.pattern(topic)
    assert full is not None
    for text in TEXTS + [t.upper() for t in TEXTS] + [t.title() for t in TEXTS]:
        reduced = phrases.for_text(topic, text)
        want = [m.span() for m in full.finditer(text)]
        got = [m.span() for m in reduced.finditer(text)] if reduced is not None else []
        assert got == want, (topic, text)
        fm = full.fullmatch(text)
        assert (phrases.fullmatch(topic, text) is None) == (fm is None), (topic, text)
        assert phrases.sub(topic, " ", text) == full.sub(" ", text), (topic, text)


def test_fold_equates_every_case_variant_the_regex_engine_does() -> None:
    """A literal of a pattern must be found in the folded text wherever the regex engine matches it."""
    chars: set[str] = set()
    for topic in TOPICS:
        pre = phrases._prefiltered(topic, None)
        assert pre is not None
        for lit in pre.literals:
            chars.update(lit)
    letters = [c for c in chars if c.isalpha()]
    # Every character some letter's case variant could be (those whose casefold or upper/lower differs).
    variants = "".join(
        chr(c) for c in range(0x110000)
        if not 0xD800 <= c <= 0xDFFF and (chr(c).casefold() != chr(c) or chr(c).upper() != chr(c) or chr(c).lower() != chr(c))
    )
    for ch in letters:
        for m in regex.finditer(regex.escape(ch), variants, phrases.FLAGS):
            assert phrases.fold(m.group()) == phrases.fold(ch), (ch, m.group())


def test_visible_prefix_is_the_visible_text_cut() -> None:
    html = ("<div><p>  Hello <b>dear</b>\n\n customer, </p><table><tr><td>" + "word " * 60 + "</td></tr></table>"
            "<p>&nbsp;</p><span> </span><div><i>x</i></div></div>")
    soup = BeautifulSoup(html, "lxml")
    for tag in soup.find_all(True):
        for n in (1, 5, 80):
            assert _visible_prefix(tag, n) == _visible_text(tag)[:n]


RAW_A = (b"From: shop@example.com\r\nTo: b@marketplace.amazon.com\r\nSubject: Your order\r\n\r\n"
         b"Hi, please leave us a 5-star review and we will send you a free gift!\r\n")
RAW_B = (b"From: shop@example.com\r\nTo: b@marketplace.amazon.com\r\nSubject: Your order\r\n\r\n"
         b"Hi, your parcel left our workshop today and should arrive on Friday.\r\n")


def _findings(raw: bytes) -> list[tuple[str, str]]:
    ctx = Context(parse_message(raw), datetime(2026, 6, 15, tzinfo=UTC))
    return [(f.rule, f.evidence) for f in evaluate(ctx).findings]


def test_nothing_cached_for_one_message_leaks_into_the_next() -> None:
    a, b = _findings(RAW_A), _findings(RAW_B)
    assert a != b
    assert _findings(RAW_B) == b and _findings(RAW_A) == a and _findings(RAW_B) == b
