"""split_units' fast paths cut a text exactly where the general patterns do."""

from __future__ import annotations

import unicodedata

import pytest

from policies.rules import _units as U

TEXTS = [
    "Hello.  World! Is it? Yes. (Really.) \"Quoted.\" 'Single.' ¿Qué? ¡Sí! [Note] 3 items. Ça va. Über. Øre.",
    "No end mark here", "Ends with a mark.", "Mark then lower. continues", "Tab\tafter.\tNext one.",
    "Dots... Then more. And e.g. this. Version 2.0. 10. Item", "a.\u2003B c.\x0bD e.\x1cF",
    "It costs $5.99. Thanks!", "Wait.\u00a0Next", "Quote `this`.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_latin_sentence_end_splits_like_the_general_pattern(text: str) -> None:
    assert U._LATIN_SENTENCE_END.split(text) == U._SENTENCE_END.split(text)


@pytest.mark.parametrize("text", [*TEXTS, "plain ascii `x`", ""])
def test_normalize_fast_path_is_the_general_one(text: str) -> None:
    general = unicodedata.normalize("NFKC", text).translate(U._QUOTES).replace("\u200b", "").replace("\u00a0", " ")
    assert U.normalize(text) == general


def test_split_units_joins_and_cuts() -> None:
    text = (
        "Hi,\n\nThanks for your order. We ship it today! Any question?\n"
        "This line is long enough to have been wrapped by the mail program and\n"
        "goes on here.\n\nご注文ありがとうございます。発送しました。\nBest regards"
    )
    assert U.split_units(text) == [
        "Hi,", "Thanks for your order.", "We ship it today!", "Any question?",
        "This line is long enough to have been wrapped by the mail program and goes on here.",
        "ご注文ありがとうございます。", "発送しました。", "Best regards",
    ]
