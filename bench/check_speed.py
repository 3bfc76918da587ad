"""Per-message CPU of the whole policy engine on a corpus, next to the stdlib parse+walk baseline.

    python bench/check_speed.py [CORPUS_DIR] [--rounds N]

Prints median and p95 CPU time per message for: the stdlib `email` parse + walk of every part
(the baseline), parse_message (our model), and parse + every rule; their ratios; the same for the
realistic 5 KB text, 30 KB HTML and 1 MB attachment messages bench/throughput.py sends (with their
order known, so every rule runs); the CPU of each rule (top ones, per message); and the start-up
time of `permitted check --help` and of a first check. Figures only: nothing is asserted.

Each message is judged as if never seen before: the per-text phrase caches are emptied first, so a
repeated message does not look cheaper than a new one.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import gc
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import throughput  # noqa: E402
from corpus_score import load_orders  # noqa: E402

from policies import Context, Order, evaluate, language, parse_message, phrases  # noqa: E402
from policies.rule import Rule, registered  # noqa: E402
from policies.rules import spelling  # noqa: E402

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


def cold() -> None:
    """Forget every per-text memo, as for a message never seen before."""
    phrases.forget_texts()
    for memo in (language._top, spelling._known_compound, spelling._nearest):
        memo.cache_clear()


def bench_orders() -> dict[str, Order]:
    order = Order(
        throughput.ORDER, buyer_email=throughput.BUYER, marketplace="amazon.com", buyer_language="en",
        purchased_at=NOW - timedelta(days=6), shipped_at=NOW - timedelta(days=5),
        delivered_at=NOW - timedelta(days=2), product_titles=("Personalized Bamboo Cutting Board",),
    )
    return {order.order_id: order}


def report(title: str, series: dict[str, list[float]], rounds: int, count: int) -> None:
    base = series["stdlib parse+walk"]
    base_med = statistics.median(base)
    print(f"{title}: {count} message(s) x {rounds} rounds, CPU ms per message")
    print(f"{'':22} {'median':>8} {'p95':>8} {'x baseline (median)':>20}")
    for name, values in series.items():
        med, p95 = statistics.median(values), pct(values, 0.95)
        print(f"{name:22} {med:8.2f} {p95:8.2f} {med / base_med:20.2f}")
    print(f"baseline p95 {pct(base, 0.95):.2f} ms\n")


def measure(raws: list[bytes], orders: dict[str, Order], rounds: int) -> dict[str, list[float]]:
    def whole(raw: bytes) -> None:
        cold()
        msg = parse_message(raw)
        known = {i: orders[i] for i in msg.order_ids if i in orders}
        evaluate(Context(msg, NOW, orders=known))

    for raw in raws:  # warm up: lazy data files, the language model, dictionaries
        whole(raw)
    # As `permitted serve` does after its warm-up: what start-up loaded is out of the collector's sight,
    # so a full collection does not walk twelve languages' patterns in the middle of a message.
    gc.freeze()
    series: dict[str, list[float]] = {"stdlib parse+walk": [], "parse_message": [], "parse + all rules": []}
    for _ in range(rounds):
        for raw in raws:
            series["stdlib parse+walk"].append(cpu(stdlib_walk, raw))
            series["parse_message"].append(cpu(parse_message, raw))
            series["parse + all rules"].append(cpu(whole, raw))
    return series


def per_rule(named: dict[str, list[bytes]], orders: dict[str, Order], rounds: int, top: int = 8) -> None:
    """Mean CPU of each rule's check per message of each group (shared per-message work is charged to
    the first rule that asks for it: units, languages, review requests)."""
    rules = registered()
    spent: dict[str, dict[str, float]] = {name: {} for name in named}
    originals = dict(rules)
    current = {"name": ""}

    def timed(rule: Rule) -> Rule:
        def check(ctx: Context) -> list[object]:
            start = time.process_time_ns()
            hits = list(rule.check(ctx))
            bucket = spent[current["name"]]
            bucket[rule.id] = bucket.get(rule.id, 0.0) + (time.process_time_ns() - start) / 1e6
            return hits

        return Rule(rule.id, rule.guideline, rule.default_action, rule.summary, check, rule.section,
                    rule.heuristic, rule.proactive_only)

    rules.update({rid: timed(r) for rid, r in originals.items()})
    try:
        for _ in range(rounds):
            for name, group in named.items():
                current["name"] = name
                for raw in group:
                    cold()
                    msg = parse_message(raw)
                    known = {i: orders[i] for i in msg.order_ids if i in orders}
                    evaluate(Context(msg, NOW, orders=known))
    finally:
        rules.update(originals)
    for name, bucket in spent.items():
        worst = sorted(bucket.items(), key=lambda kv: -kv[1])[:top]
        per = rounds * len(named[name])
        print(f"rules, {name}: " + ", ".join(f"{rid} {ms / per:.2f}" for rid, ms in worst) + " (ms)")
    print()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared" / "corpus"))
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    root = Path(args.corpus)
    orders = load_orders(root / "orders.csv")
    paths = sorted((root / "cases").glob("*.eml"))
    raws = [p.read_bytes() for p in paths]
    report(f"corpus {root}", measure(raws, orders, args.rounds), args.rounds, len(raws))
    realistic = {name: build() for name, build in throughput.MESSAGES.items()}
    for name, raw in realistic.items():
        report(name, measure([raw], bench_orders(), args.rounds * 4), args.rounds * 4, 1)
    per_rule({name: [raw] for name, raw in realistic.items()}, bench_orders(), args.rounds)
    per_rule({"corpus (mean)": raws}, orders, 1)

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
