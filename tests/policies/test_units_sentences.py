"""`split_units` cuts Latin sentences with str.find instead of `_LATIN_SENTENCE_END.split`: the same
sentences as the regular-expression reading, kept here, on the corpus and on generated texts."""

from __future__ import annotations

import random
import re

import pytest

from policies import parse_message
from policies.rules import _units as U
from tests.policies.corpus_sample import corpus_paths


def reference_split_units(text: str) -> list[str]:
    """split_units as it was: every chunk with a sentence mark split by the pattern."""
    out: list[str] = []
    text = U.normalize(text)
    japanese = not text.isascii() and U._JAPANESE_BREAK.search(text) is not None
    sentence_end = U._SENTENCE_END if japanese else U._LATIN_SENTENCE_END
    for para in U._PARAGRAPH.split(text):
        lines = [ln for raw in para.split("\n") if (ln := raw.strip())]
        buf = ""
        cjk_join = False
        last = len(lines) - 1
        for i, line in enumerate(lines):
            buf = (f"{buf}{line}" if cjk_join else f"{buf} {line}") if buf else line
            nxt = lines[i + 1] if i < last else ""
            tail = line[-1]
            ends = tail in U._LINE_END_MARKS and not (tail == ")" and U._CONTINUES.match(nxt))
            cjk_join = (
                japanese
                and len(line) >= U._CJK_WRAP_MIN
                and (U._is_cjk(tail) or tail == "、")
                and nxt != ""
                and (U._is_cjk(nxt[0]) or U._wrapped_latin_start(nxt))
            )
            wrapped = cjk_join or (
                len(line) >= U._WRAP_MIN
                and not ends
                and not U._LIST_ITEM.match(nxt)
                and (len(line) >= U._WRAP_LONG or U._CONTINUES.match(nxt) is not None
                     or len(line) + 1 + len(nxt.split(" ", 1)[0]) > U._WRAP_WIDTH)
            )
            if wrapped and nxt:
                continue
            out.extend([sentence for part in sentence_end.split(buf) if (sentence := part.strip())])
            buf = ""
    return out


def reference_latin(buf: str) -> list[str]:
    return [s for part in U._LATIN_SENTENCE_END.split(buf) if (s := part.strip())]


def test_sentence_start_is_the_patterns_class() -> None:
    cls = re.compile(r"[A-ZÀ-ÖØ-Þ0-9\"'¿¡(\[\u0621-\u064a]")  # Arabic letters too (no capitals)
    assert {c for c in map(chr, range(0x10000)) if cls.fullmatch(c)} == U._SENTENCE_START


def test_isspace_is_the_stdlib_patterns_s() -> None:
    space = re.compile(r"\s")
    assert all(chr(c).isspace() == (space.fullmatch(chr(c)) is not None) for c in range(0x110000))


def _corpus_texts() -> list[str]:
    paths = corpus_paths()
    if not paths:
        pytest.skip("no corpus")
    return [parse_message(p.read_bytes()).own_text for p in paths]


def test_corpus_units_are_the_patterns() -> None:
    for text in _corpus_texts():
        assert U.split_units(text) == reference_split_units(text)


PIECES = [
    "word", "Word", "e.g.", "Mr.", "U.S.A.", "3.5", "end.", "Wow!", "Why?", "?!", "...", " ", "  ", "\t", "\u2003",
    "\x1c", "\u3000", "\n", "\n\n", "(order 113-4829175-6630214)", "Été", "Øre", "ß", "\"Quote\"", "'q'", "¿Qué",
    "¡Hola", "[note]", "9", "×", "÷", "é", "。", "ご注文", "、", "- item", "1) first", "a) b", "Thanks,",
]


@pytest.mark.parametrize("seed", range(10))
def test_generated_units_and_chunks_are_the_patterns(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(1500):
        text = "".join(rng.choice(PIECES) + rng.choice(["", " ", "", "\n"]) for _ in range(rng.randint(0, 40)))
        assert U.split_units(text) == reference_split_units(text), repr(text)
        chunk = " ".join(text.split("\n")).strip()
        assert U._latin_sentences(chunk) == reference_latin(chunk), repr(chunk)


def test_cut_and_uncut_marks() -> None:
    text = "Ship it. Then wait!  OK? yes. e.g. Mr. Smith.\tNext (x). [a] 2 days. 'Quote' ends.\u2003Été"
    assert U._latin_sentences(text) == reference_latin(text)
    assert len(U._latin_sentences(text)) > 4
