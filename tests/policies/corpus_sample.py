"""The labelled messages the speed-path equivalence tests read (not a test module).

The shortcuts they check must give the plain reading on every text; the shared corpus is read whole and each
project corpus (tests/corpus_*/) in every third message, in a fixed order. The corpora grow by some 500
messages a stop, and reading all of them in these tests alone came to over two minutes of CI.
"""

from __future__ import annotations

from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "cases"
OWN = sorted(Path(__file__).resolve().parents[1].glob("corpus_*"))
EVERY = 3


def corpus_paths() -> list[Path]:
    """The shared corpus's messages, then every third message of each project corpus."""
    return sorted(SHARED.glob("*.eml")) + [p for d in OWN for p in sorted(d.rglob("*.eml"))[::EVERY]]
