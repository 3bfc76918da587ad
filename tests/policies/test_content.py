"""content.phone-number looks for candidates only in runs of digits: the same matches as everywhere."""

from __future__ import annotations

import random

import pytest

from policies.rules import content


@pytest.mark.parametrize("alphabet", ["0123456789 +-.()/#ax:,\t\nds", "0123456789  +()-", "01 +(-.a", "9+( )-/.,0x"])
def test_candidates_are_the_pattern_matches(alphabet: str) -> None:
    rnd = random.Random(alphabet)
    for _ in range(5000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 60)))
        assert [m.span() for m in content._candidates(text)] == [m.span() for m in content._CANDIDATE.finditer(text)], text


@pytest.mark.parametrize(
    "text",
    [
        "Call +44 161 496 0752 or (0161) 496-0752.", "Order 113-4829175-6630214 ships 12.06.2026.",
        "Tel: 030 1234567, fax +(49) 30 7654321", "Ring 0800 123 4567 — ab 9 Uhr", "x+1 (555) 123-4567y",
    ],
)
def test_candidates_on_sentences(text: str) -> None:
    assert [m.span() for m in content._candidates(text)] == [m.span() for m in content._CANDIDATE.finditer(text)]
