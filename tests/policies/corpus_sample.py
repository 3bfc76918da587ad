"""The labelled messages the speed-path equivalence tests read (not a test module).

The shortcuts they check must give the plain reading on every text; the shared corpus is read whole and the
project corpora (tests/corpus_*/) through a fixed-size sample spread evenly over all of them, so every corpus
(and with them every language) is in it. The corpora grow by some 500 messages a stop: reading every third
message came to over six minutes of CI in these tests alone, and a sample that grew with the corpora would
keep growing.
"""

from __future__ import annotations

from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "cases"
OWN = sorted(Path(__file__).resolve().parents[1].glob("corpus_*"))
OWN_SAMPLE = 500


def corpus_paths() -> list[Path]:
    """The shared corpus's messages, then OWN_SAMPLE messages spread evenly over the project corpora."""
    own = [p for d in OWN for p in sorted(d.rglob("*.eml"))]
    step = max(1, len(own) / OWN_SAMPLE)
    picked = sorted({int(i * step) for i in range(OWN_SAMPLE) if int(i * step) < len(own)})
    return sorted(SHARED.glob("*.eml")) + [own[i] for i in picked]


def spread(paths: list[Path], count: int) -> list[Path]:
    """`count` of `paths` spread evenly over them (a small sample that still reaches every corpus)."""
    step = max(1, len(paths) / count)
    return [paths[int(i * step)] for i in range(count) if int(i * step) < len(paths)]
