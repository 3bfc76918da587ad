"""Import speed and lookup latency of both store backends.

    python bench/import_speed.py [--lines 100000] [--pg-url postgresql://postgres@127.0.0.1/test] [--no-postgres]

Generates an Amazon All Orders report (tab-separated, one line per item, about 1.25 items per order),
imports it into a fresh SQLite file and a fresh PostgreSQL schema (dropped afterwards), prints
lines/second, then p50/p99 of `get_orders` with 50 concurrent lookups. Prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import secrets
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from proxy.orders_import import import_report
from proxy.store import Store, StoreError, open_store

COLUMNS = [
    "amazon-order-id", "merchant-order-id", "purchase-date", "last-updated-date", "order-status",
    "fulfillment-channel", "sales-channel", "order-channel", "ship-service-level", "product-name", "sku", "asin",
    "item-status", "quantity", "currency", "item-price", "item-tax", "shipping-price", "shipping-tax",
    "gift-wrap-price", "gift-wrap-tax", "item-promotion-discount", "ship-promotion-discount", "ship-city",
    "ship-state", "ship-postal-code", "ship-country", "promotion-ids", "is-business-order",
    "purchase-order-number", "price-designation",
]  # fmt: skip
CHANNELS = [("Amazon.de", "EUR", "DE"), ("Amazon.com", "USD", "US"), ("Amazon.co.uk", "GBP", "GB"),
            ("Amazon.fr", "EUR", "FR"), ("Amazon.it", "EUR", "IT"), ("Amazon.es", "EUR", "ES")]  # fmt: skip
PRODUCTS = ["Walnut Desk Organizer with 5 Compartments", "Enameled Cast Iron Dutch Oven 5.5 Qt, Cherry Red",
            "Küchenwaage Edelstahl 5 kg", "Hand-Poured Soy Candle Set of 3, Fig & Cedar",
            "Théière en fonte émaillée 1,2 l", "Tagliere in legno di faggio"]  # fmt: skip
CONCURRENCY = 50
LOOKUPS_PER_WORKER = 40


def generate(lines: int, seed: int = 7) -> tuple[bytes, list[str]]:
    """The report's bytes (UTF-8) and its distinct order IDs."""
    rng = random.Random(seed)
    start = datetime(2026, 4, 1, tzinfo=UTC)
    out = ["\t".join(COLUMNS)]
    ids: list[str] = []
    while len(out) - 1 < lines:
        order_id = f"{rng.randint(100, 999)}-{rng.randint(0, 9_999_999):07d}-{rng.randint(0, 9_999_999):07d}"
        ids.append(order_id)
        channel, currency, country = rng.choice(CHANNELS)
        bought = start + timedelta(seconds=rng.randint(0, 75 * 86_400))
        items = 1 if rng.random() < 0.8 else rng.randint(2, 3)
        for item in range(items):
            if len(out) - 1 >= lines:
                break
            row = {
                "amazon-order-id": order_id, "purchase-date": bought.isoformat(),
                "last-updated-date": (bought + timedelta(days=2)).isoformat(), "order-status": "Shipped",
                "fulfillment-channel": "Amazon", "sales-channel": channel, "ship-service-level": "Standard",
                "product-name": PRODUCTS[(hash(order_id) + item) % len(PRODUCTS)], "sku": f"SKU-{item}",
                "asin": f"B0{rng.randint(0, 99_999_999):08d}", "item-status": "Shipped", "quantity": "1",
                "currency": currency, "item-price": f"{rng.uniform(5, 200):.2f}", "ship-country": country,
                "is-business-order": "false",
            }  # fmt: skip
            out.append("\t".join(row.get(c, "") for c in COLUMNS))
    return ("\r\n".join(out) + "\r\n").encode("utf-8"), list(dict.fromkeys(ids))


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def bench(name: str, url: str, data: bytes, lines: int, ids: list[str]) -> None:
    store: Store = open_store(url)
    async with store:
        t0 = time.perf_counter()
        result = await import_report(store, data)
        elapsed = time.perf_counter() - t0
        s = result.summary
        print(f"{name:<10} import  {lines} lines -> {s.inserted} orders in {elapsed:.2f} s: "
              f"{lines / elapsed:,.0f} lines/s ({s.inserted / elapsed:,.0f} orders/s)")
        t0 = time.perf_counter()
        again = await import_report(store, data)
        elapsed = time.perf_counter() - t0
        print(f"{name:<10} re-import (unchanged {again.summary.unchanged}) in {elapsed:.2f} s: "
              f"{lines / elapsed:,.0f} lines/s")

        rng = random.Random(11)
        latencies: list[float] = []

        async def worker() -> None:
            for _ in range(LOOKUPS_PER_WORKER):
                wanted = rng.sample(ids, rng.randint(1, 3)) + ["999-0000000-0000000"]  # one unknown, as in mail
                t = time.perf_counter()
                await store.get_orders("default", wanted)
                latencies.append(time.perf_counter() - t)

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
        wall = time.perf_counter() - t0
        print(f"{name:<10} get_orders x{len(latencies)} ({CONCURRENCY} concurrent): "
              f"p50 {pct(latencies, 0.50) * 1000:.2f} ms, p99 {pct(latencies, 0.99) * 1000:.2f} ms, "
              f"mean {statistics.fmean(latencies) * 1000:.2f} ms, {len(latencies) / wall:,.0f} lookups/s")


async def drop_schema(base: str, schema: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(base, timeout=10)
    try:
        await conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    finally:
        await conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--pg-url", default="postgresql://postgres@127.0.0.1:5432/test")
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()

    t0 = time.perf_counter()
    data, ids = generate(args.lines)
    print(f"generated {args.lines} lines, {len(ids)} orders, {len(data) / 1e6:.1f} MB in {time.perf_counter() - t0:.2f} s")

    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(bench("sqlite", f"sqlite:///{Path(tmp) / 'bench.db'}", data, args.lines, ids))
    if not args.no_postgres:
        schema = f"permitted_bench_{secrets.token_hex(4)}"
        sep = "&" if "?" in args.pg_url else "?"
        try:
            asyncio.run(bench("postgresql", f"{args.pg_url}{sep}schema={schema}", data, args.lines, ids))
        except StoreError as exc:
            print(f"postgresql skipped: {exc}", file=sys.stderr)
        finally:
            try:
                asyncio.run(drop_schema(args.pg_url, schema))
            except Exception as exc:  # the server may be the thing that is down
                print(f"could not drop schema {schema}: {exc}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
