"""content.phone-number's and content.sensitive's gates give what the plain readings, kept here, give:
spelt digits replaced by the run pattern on every text, masked profanity searched in every text."""

from __future__ import annotations

import random
import re

import pytest

from policies import parse_message, phrases
from policies.rules import content
from tests.policies.corpus_sample import corpus_paths

LANGS = ("en", "de", "fr", "es", "it", "ja")


def reference_spelt_digits(text: str) -> str:
    """spelt_digits without its gate: the run patterns on every text."""
    table, latin_run, kanji_run = content._spelt_digits()
    gate = content._FIVE_IN_A_ROW
    try:
        content._FIVE_IN_A_ROW = b""  # `b"" in anything` is True: the gate always passes
        return content.spelt_digits(text)
    finally:
        content._FIVE_IN_A_ROW = gate


def _corpus_texts() -> list[str]:
    paths = corpus_paths()
    if not paths:
        pytest.skip("no corpus")
    texts: list[str] = []
    for path in paths:
        msg = parse_message(path.read_bytes())
        texts += [msg.subject, *(p.text for p in msg.parts)]
    return texts


def _generated(seed: int, count: int) -> list[str]:
    """Digit words of every language in runs of 5 to 9, glued by separators and punctuation, in prose."""
    table, _, _ = content._spelt_digits()
    words = sorted(table)
    joins = [" ", "  ", "-", " - ", "/", ", ", ".", "\t"]  # what a run allows between its words
    breaks = ["!", "?", "'", "…", "\n", "(", ")", ":", "😀", "\u00a0", "x"]
    prose = ["call us", "Ruf uns an", "appelez", "llame", "chiami", "お電話", "order", "ONE", "Zwei"]
    rnd = random.Random(seed)
    out = []
    for _ in range(count):
        parts = [rnd.choice(prose)]
        for _ in range(rnd.randint(6, 10)):
            word = rnd.choice(words)
            parts.append(word.upper() if rnd.random() < 0.1 else word)
            parts.append(rnd.choice(breaks) if rnd.random() < 0.05 else rnd.choice(joins))
        parts.append(rnd.choice(prose))
        out.append(" ".join(parts) if rnd.random() < 0.3 else "".join(parts))
    return out


def test_spelt_digit_gate_reads_as_the_plain_runs() -> None:
    texts = _corpus_texts() + _generated(7, 3000)
    assert sum(reference_spelt_digits(t) != t for t in texts) > 100  # the generated runs do get replaced
    for text in texts:
        assert content.spelt_digits(text) == reference_spelt_digits(text), text


def test_a_french_text_full_of_articles_skips_the_run_pattern() -> None:
    text = "Un colis, deux colis, un carton et un sac : tout part demain. " * 40
    table, _, _ = content._spelt_digits()
    tokens = text.casefold().translate(content._ASCII_NOT_WORD).split()
    assert sum(map(table.__contains__, tokens)) >= 7  # the former count let this text through
    assert content._FIVE_IN_A_ROW not in bytes(map(table.__contains__, tokens))
    assert content.spelt_digits("Rufen Sie null eins fünf zwei drei vier fünf sechs an") != (
        "Rufen Sie null eins fünf zwei drei vier fünf sechs an"
    )


def test_masked_profanity_is_only_where_a_mask_character_touches_a_letter() -> None:
    masks = "*#$@%"
    rnd = random.Random(3)
    samples = ["f***ing", "sh*t", "Sch***e", "m*rde", "c***o", "vaff*****", "a$$hole", "20% off", "#1", "a @ b",
               "m3rde", "c4zzo", "MP3", "A1B"]
    texts = _corpus_texts() + [
        " ".join(rnd.choice(samples + ["word", "*", "**", "%", "@"]) for _ in range(rnd.randint(1, 8)))
        for _ in range(2000)
    ]
    hits = 0
    for text in texts:
        gated = content._masked(text)
        leet = re.search(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f][01345]{1,2}[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]", text)
        assert gated == (re.search(r"[^\W\d_][*#$@%]|[*#$@%][^\W\d_]", text) is not None or leet is not None), text
        for lang in LANGS:
            found = phrases.finditer("content.sensitive_masked", text, lang)
            hits += bool(found)
            assert gated or not found, (lang, text)
            for m in found:  # a mask character, or a digit for a letter ("m3rde", round 19)
                assert any(ch in m.group(0) for ch in masks + "01345")
    assert hits > 100


def test_masked_and_plain_profanity_both_fire() -> None:
    from datetime import UTC, datetime

    from policies import Context, evaluate

    def fired(body: str) -> bool:
        raw = (
            "From: s@shop.example\r\nTo: x@marketplace.amazon.com\r\nSubject: Order 113-4829175-6630214\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body
        ).encode()
        result = evaluate(Context(parse_message(raw), datetime(2026, 6, 15, 12, tzinfo=UTC)))
        return any(f.rule == "content.sensitive" for f in result.findings)

    assert fired("Sorry, the courier lost the f***ing parcel again. We resend it today.")
    assert fired("Sorry, the courier lost the fucking parcel again. We resend it today.")
    assert not fired("Sorry, the courier lost the parcel again (ref #4471, 20% of all parcels). We resend it today.")
