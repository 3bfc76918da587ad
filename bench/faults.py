"""The fault matrix of issue 7 as a table: one bounded load run per fault through a real
`permitted serve` (upstream refusing, slow, 4xx, 5xx, dropping mid-DATA, dying after accepting;
store unwritable; PostgreSQL connections killed; proxy SIGKILLed), then healed and retried.

    python bench/faults.py [--messages N] [--only NAME ...]      (or PERMITTED_FAULT_MESSAGES=N)
    python bench/faults.py --soak 20000 [--workers 2] [--concurrency 4]

--soak N runs the soak of tests/faults/test_soak.py instead (N mixed messages through one
`permitted serve`; RSS per serving process after each tenth, fds, every message accounted for).

Columns: the first attempt's replies (250, 4xx, 5xx, none = connection died), how many the client
retried after the fault was healed, how many distinct messages the upstream and the quarantine hold,
and the violations: lost (250 but held nowhere), duplicated (held twice, or held while the client was
told to retry), stray (held though refused with 5xx); ambiguous = a copy from an attempt that got no
reply because the proxy was killed (SMTP cannot tell the client, RFC 1047). Exit status 1 on any
violation. The same runs are the tests in tests/faults/test_fault_matrix.py.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "faults"))
from fault_harness import format_table  # noqa: E402
from fault_scenarios import MATRIX, pg_available  # noqa: E402
from test_soak import run_soak  # noqa: E402


def soak(n: int, workers: int, concurrency: int) -> int:
    with tempfile.TemporaryDirectory(prefix="permitted-soak-") as tmp:
        # Bounded in time: a generous 20 ms per message plus start-up, never more than 3 hours.
        result = run_soak(Path(tmp) / "soak", n, workers=workers, concurrency=concurrency,
                          deadline_s=min(10_800.0, 60 + n * 0.2),
                          progress=lambda line: print(line, file=sys.stderr, flush=True))
    print(result.summary())
    for problem in (result.tally.problems + result.wrong_kind)[:20]:
        print("  " + problem)
    t = result.tally
    bad = (t.lost or t.duplicated or t.stray or result.wrong_kind or result.unsent or result.rss_growth > 0.10
           or any(e > w for e, w in zip(result.fds_end, result.fds_warm, strict=True)))
    return 1 if bad else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=int(os.environ.get("PERMITTED_FAULT_MESSAGES", "40")),
                        help="messages per fault (default 40)")
    parser.add_argument("--only", nargs="*", choices=[f.__name__ for f in MATRIX], help="run only these faults")
    parser.add_argument("--soak", type=int, metavar="N", help="run the soak with N messages instead of the matrix")
    parser.add_argument("--workers", type=int, default=2, help="--soak: serving processes (default 2)")
    parser.add_argument("--concurrency", type=int, default=4, help="--soak: concurrent clients (default 4)")
    args = parser.parse_args()
    if args.soak:
        return soak(args.soak, args.workers, args.concurrency)
    tallies = []
    with tempfile.TemporaryDirectory(prefix="permitted-faults-") as tmp:
        for scenario in MATRIX:
            if args.only and scenario.__name__ not in args.only:
                continue
            if scenario.__name__ == "postgres_restarted" and not pg_available():
                print("postgres_restarted: skipped (no PostgreSQL on 127.0.0.1:5432)", file=sys.stderr)
                continue
            t0 = time.monotonic()
            tally = scenario(Path(tmp) / scenario.__name__, args.messages)
            tallies.append(tally)
            print(f"{scenario.__name__}: {time.monotonic() - t0:.1f} s", file=sys.stderr, flush=True)
            for problem in tally.problems:
                print("  " + problem, file=sys.stderr)
    print(format_table(tallies))
    return 1 if any(t.lost or t.duplicated or t.stray or t.problems for t in tallies) else 0


if __name__ == "__main__":
    sys.exit(main())
