"""Item 1 of issue 7: every fault of the matrix under a bounded load through a real `permitted serve`.

For every message, the client's last reply and what the upstream and the quarantine hold must agree:
a 250 means held exactly once, a 5xx means held nowhere, a 4xx or no reply means the client still
owns it (and its retry, once the fault is healed, lands exactly once). `python bench/faults.py`
prints the same runs as a table.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from fault_harness import Tally, format_table
from fault_scenarios import MATRIX

N = max(4, int(os.environ.get("PERMITTED_FAULT_MESSAGES", "32")) // 4 * 4)  # whole rounds of the 4 kinds


def check(tally: Tally) -> None:
    table = format_table([tally])
    assert tally.lost == 0, f"{table}\n" + "\n".join(tally.problems)
    assert tally.duplicated == 0, f"{table}\n" + "\n".join(tally.problems)
    assert tally.stray == 0, f"{table}\n" + "\n".join(tally.problems)
    assert not tally.problems, "\n".join(tally.problems)


@pytest.mark.parametrize("scenario", MATRIX, ids=[f.__name__ for f in MATRIX])
def test_fault(scenario: Callable[[Path, int], Tally], tmp_path: Path) -> None:
    if scenario.__name__ == "postgres_restarted":
        from fault_scenarios import pg_available

        if not pg_available():
            if os.environ.get("REQUIRE_POSTGRES"):
                pytest.fail("PostgreSQL is not reachable on 127.0.0.1:5432")
            pytest.skip("PostgreSQL is not reachable on 127.0.0.1:5432")
    tally = scenario(tmp_path, N)
    check(tally)
    kinds = N // 4  # relay, quarantine, reject, review in turn
    # The mix really is mixed, and the fault really bit where it should have.
    assert tally.quarantined >= kinds
    name = scenario.__name__
    if name in ("upstream_refuses", "upstream_slow", "upstream_4xx", "upstream_drops"):
        assert tally.r4xx == 2 * kinds and tally.retried == 2 * kinds  # every relay and review request
    if name == "upstream_5xx":
        assert tally.delivered == 0 and tally.r4xx == 0
    if name in ("upstream_dies", "store_unwritable"):
        assert tally.r4xx > 0
    if name == "proxy_sigkilled":
        assert tally.rnone > 0
    # In the end every relayable message was delivered exactly once (5xx rows excepted).
    if name != "upstream_5xx":
        assert tally.delivered == 2 * kinds
