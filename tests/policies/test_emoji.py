"""style.emoji's cheap gates: a text they turn away has nothing the patterns would find."""

from __future__ import annotations

import sys

import pytest
import regex

from policies.rules import emoji

_EMOJI_NEEDS = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Presentation}\p{Regional_Indicator}\uFE0F\u20E3]")


def test_every_emoji_character_passes_the_gate() -> None:
    # every _EMOJI match has one of these characters: the gate must let each of them through
    missing = [hex(c) for c in range(sys.maxunicode + 1) if _EMOJI_NEEDS.match(chr(c)) and not emoji._EMOJI_CHAR.match(chr(c))]
    assert missing == []


@pytest.mark.parametrize(
    "text",
    [
        "Great :) see you", "XD ok", "so xD", "<3 thanks", "^^", "^_^", "o_O", "-_-", ">_<", "T_T", ";_;",
        "(^^)", "(^_^)", "(*^^*)", "（＾▽＾）", "m(_ _)m", "(T_T)", "(>_<)", "(´・ω・`)", "('ω')", "（'ω'）",
        "👍", "❤️", "1️⃣", "#⃣", "🇩🇪", "☀", "©️", "™", "👩‍💻", "✨ new", "Thanks 🙂",
        ":3 nice", "sorry orz", ">.<", "¯\\_(ツ)_/¯",
        "Time 10:30, ratio 1:1, Step 1: a) b)", "plain text – with “quotes” and … dashes €",
    ],
)
def test_the_gates_keep_what_the_patterns_find(text: str) -> None:
    for pattern, gate in (
        (emoji._EMOJI, emoji._may_have_emoji),
        (emoji._EMOTICON, emoji._may_have_emoticon),
        (emoji._KAOMOJI, emoji._may_have_kaomoji),
    ):
        if pattern.search(text):
            assert gate(text), (pattern.pattern[:30], text)


def test_plain_text_skips_the_patterns() -> None:
    assert not emoji._may_have_emoji("Thanks – your order “ships” today… 20 €, café")
    assert not emoji._may_have_emoticon("Thanks for your order (the blue one).")
    assert not emoji._may_have_kaomoji("Thanks for your order (the blue one).")
    assert emoji.find_emoji("Thanks (^_^) :) 👍") == ["👍", "^_^", ":)"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Hope the kitten likes the bed :3", [":3"]),
        ("Thanks again (:", ["(:"]),
        ("See you (-; and take care", ["(-;"]),
        # near-misses: a colon or semicolon after an opening bracket in ordinary text
        ("Sizes (:S, :M) are listed", []),
        ("Call the function f(:x) for all", []),
        ("Sorry for the mix-up orz", ["orz"]),
        ("We mixed up the colours >.<", [">.<"]),
        ("Couriers, eh? ¯\\_(ツ)_/¯", ["(ツ)"]),
        # near-misses: ratios, labels, times, words with the same letters
        ("Mix at a ratio of 1:3 with water", []),
        ("Größe:3, Menge: 3 Stück", []),
        ("Pick-up at :30 past the hour", []),
        ("The Porzellan set and the ORZ-12 adapter", []),
        ("ツアー用のケース（ツアーモデル）", []),
    ],
)
def test_more_emoticons(text: str, found: list[str]) -> None:
    assert emoji.find_emoji(text) == found
