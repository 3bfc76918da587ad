"""Per-message CPU of the whole policy engine on a corpus, next to the stdlib parse+walk baseline.

    python bench/check_speed.py [CORPUS_DIR] [--rounds N]

Prints median and p95 CPU time per message for: the stdlib `email` parse + walk of every part
(the baseline), parse_message (our model), and parse + every rule; their ratios; and the start-up
time of `permitted check --help` and of a first check. Figures only: nothing is asserted.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_score import load_orders  # noqa: E402

from policies import Context, evaluate, parse_message  # noqa: E402

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)


def stdlib_walk(raw: bytes) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        if not part.is_multipart():
            try:
                part.get_content()
            except Exception:
                part.get_payload(decode=True)


def cpu(fn, raw: bytes) -> float:
    start = time.process_time_ns()
    fn(raw)
    return (time.process_time_ns() - start) / 1e6


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared" / "corpus"))
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    root = Path(args.corpus)
    orders = load_orders(root / "orders.csv")
    raws = [p.read_bytes() for p in sorted((root / "cases").glob("*.eml"))]

    def whole(raw: bytes) -> None:
        msg = parse_message(raw)
        known = {i: orders[i] for i in msg.order_ids if i in orders}
        evaluate(Context(msg, NOW, orders=known))

    for raw in raws:  # warm up: lazy data files, the language model, dictionaries
        whole(raw)
    series: dict[str, list[float]] = {"stdlib parse+walk": [], "parse_message": [], "parse + all rules": []}
    for _ in range(args.rounds):
        for raw in raws:
            series["stdlib parse+walk"].append(cpu(stdlib_walk, raw))
            series["parse_message"].append(cpu(parse_message, raw))
            series["parse + all rules"].append(cpu(whole, raw))
    base_med = statistics.median(series["stdlib parse+walk"])
    base_p95 = pct(series["stdlib parse+walk"], 0.95)
    print(f"{len(raws)} messages x {args.rounds} rounds, CPU ms per message")
    print(f"{'':22} {'median':>8} {'p95':>8} {'x baseline (median)':>20}")
    for name, values in series.items():
        med, p95 = statistics.median(values), pct(values, 0.95)
        print(f"{name:22} {med:8.2f} {p95:8.2f} {med / base_med:20.2f}")
    print(f"baseline p95 {base_p95:.2f} ms")

    for label, cmd in [
        ("permitted check --help", [sys.executable, "-m", "proxy", "check", "--help"]),
        ("permitted check one file", [sys.executable, "-m", "proxy", "check", "--orders", str(root / "orders.csv"),
                                      "--now", "2026-06-15T12:00:00Z", str(sorted((root / "cases").glob("*.eml"))[0])]),
    ]:
        times = []
        for _ in range(3):
            start = time.perf_counter()
            subprocess.run(cmd, capture_output=True, check=False)
            times.append(time.perf_counter() - start)
        print(f"start-up, {label}: median {statistics.median(times):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
