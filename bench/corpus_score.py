"""Score a labelled corpus (FORMAT.md layout) through the policy engine and print every miss.

    python bench/corpus_score.py [CORPUS_DIR] [--rules-only PREFIX,...]

Uses an in-memory order table and ledger built from the corpus's orders.csv, so it needs no store.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from policies import Context, Order, evaluate, parse_message
from policies.message import Envelope

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)


def _ts(value: str) -> datetime | None:
    return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None


def load_orders(path: Path) -> dict[str, Order]:
    out: dict[str, Order] = {}
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            out[row["order_id"]] = Order(
                order_id=row["order_id"],
                buyer_email=row["buyer_email"].strip().lower(),
                marketplace=row["marketplace"].strip().lower(),
                buyer_language=row["buyer_language"].strip().lower(),
                purchased_at=_ts(row["purchased_at"]),
                shipped_at=_ts(row["shipped_at"]),
                delivered_at=_ts(row["delivered_at"]),
                product_titles=(row["product_title"],),
            )
    return out


def judge(raw: bytes, orders: dict[str, Order], ledger: set[str]):
    msg = parse_message(raw)
    msg.envelope = Envelope(msg.from_addr, tuple(msg.to_addrs[:1]))
    known = {i: orders[i] for i in msg.order_ids if i in orders}
    ctx = Context(msg, NOW, orders=known, reviewed_orders=frozenset(ledger & set(msg.order_ids)))
    return evaluate(ctx)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared" / "corpus"))
    args = parser.parse_args()
    root = Path(args.corpus)
    orders = load_orders(root / "orders.csv")
    cases = json.loads((root / "labels.json").read_text())
    ok = 0
    for case in cases:
        ledger: set[str] = set()
        for prior in case.get("after", []):
            res = judge((root / prior).read_bytes(), orders, ledger)
            if res.verdict.relays:
                ledger |= set(res.review_request_orders)
        res = judge((root / case["file"]).read_bytes(), orders, ledger)
        fired = set(res.rules)
        verdict = "relay" if res.verdict.relays else res.verdict.value
        missing = set(case["rules"]) - fired
        extra = fired - set(case["rules"]) - set(case.get("tolerated", []))
        good = verdict == case["verdict"] and not missing and not extra
        ok += good
        if not good:
            print(f"FAIL {case['file']}: verdict {verdict} (want {case['verdict']})"
                  f" missing={sorted(missing)} extra={sorted(extra)}")
            for f in res.findings:
                if f.rule in extra:
                    print(f"     {f.rule}: {f.evidence!r}")
    print(f"{ok}/{len(cases)} cases right")
    return 0 if ok == len(cases) else 1


if __name__ == "__main__":
    sys.exit(main())
