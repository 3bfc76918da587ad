"""`unknown_words` reads a long text's beginning first and stops there when it holds `limit` checked
words: the result is the whole reading's (the per-token reference of test_spelling_speed_paths), for
texts that stop in the beginning, that need the rest, and whose beginning has no whitespace to cut at."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from policies import parse_message
from policies.rules import spelling as sp

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_spelling_speed_paths import TEXTS, reference  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "cases"


def _long_texts() -> list[str]:
    sys.path.insert(0, str(ROOT / "bench"))
    import throughput

    texts = [parse_message(build()).own_text for name, build in throughput.MESSAGES.items() if "attach" not in name]
    own = [parse_message(p.read_bytes()).own_text for p in sorted(CORPUS.glob("*.eml"))]
    texts.append("\n\n".join(own))  # every language in turn
    texts.append("\n".join(TEXTS) * 8)
    texts.append("Abc" * 1200 + " then some words that are checked here")  # no whitespace in the beginning
    texts.append("SKU-1 ACME 42 " * 300 + "then plain words " * 40)  # few checkable words up front
    return texts


@pytest.mark.parametrize("limit", [250, 60, 5])
@pytest.mark.parametrize("lang", ["en", "de", "fr"])
def test_long_texts_same_as_reference(limit: int, lang: str) -> None:
    for text in _long_texts():
        for start in (0, 1, 17):
            sample = text[start:]
            assert sp.unknown_words(sample, lang, [], {"acme"}, limit) == reference(sample, lang, [], {"acme"}, limit)


def test_both_ways_are_taken() -> None:
    """The benchmark's English text stops in its beginning; a text of numbers up front reads on."""
    stopped = 0
    read_on = 0
    for text in _long_texts():
        cut = text[: 250 * 12].rsplit(None, 1)[0] if len(text) > 250 * 12 else text
        if len(cut) <= 250 * sp._FIRST_READ:
            continue
        head = cut[: 250 * sp._FIRST_READ].rsplit(None, 1)[0]
        if sp.unknown_words(head, "en", [], set())[1] >= 250:
            stopped += 1
        else:
            read_on += 1
    assert stopped and read_on


def test_random_long_texts_same_as_reference() -> None:
    rnd = random.Random(11)
    words = " ".join(TEXTS).split() + ["the", "board", "sory", "infrom", "12345", "x@y.z", ".", "Hello."]
    for _ in range(60):
        density = rnd.random()
        pieces = [rnd.choice(words) if rnd.random() < density else str(rnd.randint(0, 10**6)) for _ in range(rnd.randint(200, 900))]
        text = "".join(p + rnd.choice([" ", "  ", "\n", ". ", "\t"]) for p in pieces)
        limit = rnd.choice([250, 100, 30])
        lang = rnd.choice(["en", "de", "fr", "es", "it"])
        assert sp.unknown_words(text, lang, [], set(), limit) == reference(text, lang, [], set(), limit), (lang, limit)
