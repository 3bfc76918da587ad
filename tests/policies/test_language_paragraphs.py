"""`_paragraphs` slices a long paragraph's line groups out of it: the groups of the line-by-line
reading kept here (lines added until a group holds _LINE_GROUP characters, a newline each)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from policies import language as lg
from policies import parse_message

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "cases"


def reference(body: str) -> list[str]:
    out: list[str] = []
    for chunk in lg._PARAGRAPH.split(body):
        if not chunk.strip():
            continue
        if len(chunk) <= lg._SAMPLE or "\n" not in chunk.strip():
            out.append(chunk)
            continue
        group: list[str] = []
        size = 0
        for line in chunk.split("\n"):
            group.append(line)
            size += len(line) + 1
            if size >= lg._LINE_GROUP:
                out.append("\n".join(group))
                group, size = [], 0
        if "".join(group).strip():
            out.append("\n".join(group))
    return out


def test_corpus_bodies() -> None:
    paths = sorted(CORPUS.glob("*.eml"))
    if not paths:
        pytest.skip("no corpus")
    bodies = [parse_message(p.read_bytes()).own_text for p in paths]
    for body in bodies:
        assert lg._paragraphs(body) == reference(body)


@pytest.mark.parametrize("seed", range(8))
def test_generated_bodies(seed: int) -> None:
    """Lines of every length around the group size, blank and space-only lines, a trailing newline."""
    rng = random.Random(seed)
    pieces = ["\n", "\n\n", " ", "\t", "\n \n", "word ", "。", *("a" * k for k in (1, 48, 98, 99, 100, 101, 250))]
    grouped = 0
    for _ in range(2500):
        body = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 90)))
        expected = reference(body)
        assert lg._paragraphs(body) == expected, repr(body)
        grouped += len(expected) > len([c for c in lg._PARAGRAPH.split(body) if c.strip()])
    assert grouped  # long paragraphs were cut into groups


def test_html_lines_grouped() -> None:
    body = "\n".join(f"Row {i}: bamboo board, engraving option {i}" for i in range(200)) + "\n"
    assert lg._paragraphs(body) == reference(body)
    assert len(lg._paragraphs(body)) > 50
