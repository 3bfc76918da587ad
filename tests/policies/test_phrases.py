"""The phrase prefilter's finer requirements (character classes, case-sensitive groups) leave out
only alternatives that cannot match: every topic finds what its full alternation finds."""

from __future__ import annotations

import pytest

from policies import phrases

TEXTS = [
    "Reply STOP to opt out of these messages.", "reply stop to opt out", "Just answer QUIT and we'll stop.",
    "Antworten Sie mit STOPP, um sich abzumelden.", "Répondez STOP pour vous désinscrire.",
    "Responda BAJA para darse de baja.", "Rispondi CANCELLAMI per non ricevere più messaggi.",
    "Please leave a review ★5", "星5のレビューをお願いします", "星５つの評価", "Get a $10 gift card for your review",
    "Use code SAVE20 for 20% off", "use the code save20", "Enter code ABCD now",
    "We do not offer discounts, gifts or refunds for reviews.", "Thank you; no need to cancel — it ships today.",
    "Please reply with your engraving text (up to 2 lines).", "",
]
TOPICS = sorted({t for node in phrases._data().values() for t in phrases._topics(node)})


@pytest.mark.parametrize("topic", TOPICS)
def test_every_topic_matches_like_its_full_alternation(topic: str) -> None:
    full = phrases.pattern(topic)
    if full is None:
        return
    for text in TEXTS + [t.upper() for t in TEXTS] + [t.lower() for t in TEXTS]:
        reduced = phrases.for_text(topic, text)
        got = [m.span() for m in reduced.finditer(text)] if reduced is not None else []
        assert got == [m.span() for m in full.finditer(text)], (topic, text)


def test_class_and_case_sensitive_requirements_are_read() -> None:
    assert phrases._literals(r"(?:星|★)\s*(?:5|五)") == frozenset({"星", "★"})
    assert phrases._literals(r"[$€£¥]\s?\d+") == frozenset({"$", "€", "£", "¥"})
    assert phrases._literals(r"[a-z]+") is None  # too wide a class to be worth looking for
    assert phrases._exact_literals(r"\breply\b.{0,9}(?-i:STOP|QUIT)\b") == frozenset({"STOP", "QUIT"})
    assert phrases._exact_literals(r"\breply\b.{0,9}(?:STOP|QUIT)\b") is None
    assert phrases._exact_literals(r"(?-i:(?i:stop))") is None


def test_a_lower_case_stop_leaves_out_the_upper_case_alternative() -> None:
    pre = phrases._prefiltered("links.opt_out", "en")
    assert pre is not None and pre.exact
    loud = phrases.for_text("links.opt_out", "Please reply STOP here", "en")
    quiet = phrases.for_text("links.opt_out", "Please reply, stop here", "en")
    assert loud is not None and loud.search("Please reply STOP here")
    assert quiet is None or quiet.pattern.count("(?:") < loud.pattern.count("(?:")


LONG_TOPICS = ["links.opt_out", "content.sensitive", "types.marketing", "review.noun", "review.benefit", "negation.before"]
FILLER = "Thanks for your order of the blue lamp, it ships today by parcel with tracking. " * 14


@pytest.mark.parametrize("topic", LONG_TOPICS)
def test_a_long_text_matches_like_the_full_alternation(topic: str) -> None:
    # a text of 1000 characters or more also needs an alternative's other literals
    full = phrases.pattern(topic)
    assert full is not None
    for text in TEXTS:
        for long_text in (FILLER + text, text + " " + FILLER, FILLER + text.upper() + " opt out of e-mails"):
            assert len(long_text) >= phrases._LONG
            reduced = phrases.for_text(topic, long_text)
            got = [m.span() for m in reduced.finditer(long_text)] if reduced is not None else []
            assert got == [m.span() for m in full.finditer(long_text)], (topic, text)


def test_other_required_literals_are_read() -> None:
    alt = r"\bopt(?:ing)?[- ]?out\b(?:\W+\w+){0,8}?\W+(?:messages?|e-?mails?|mails?|list)\b"
    assert phrases._literals(alt) == frozenset({"list", "mail", "message"})
    assert phrases._also_required(alt) == [frozenset({"opt"}), frozenset({"out"})]


def test_a_small_class_inside_a_literal_run_is_spelled_out() -> None:
    assert phrases._literals(r"\bsh[i1]t(?:s|ty)?\b") == frozenset({"shit", "sh1t"})
    assert phrases._literals(r"[Cc]ode\s") == frozenset({"code"})
    assert phrases._literals(r"[a-z]x") == frozenset({"x"})  # too wide a class: the run starts after it
