"""`[orders.sql]`: order lookups that also read the seller's own database, read-only."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
import pytest

from policies.context import Order
from proxy.store import StoreError, open_store
from proxy.store.sql_source import with_order_source

T0 = datetime(2026, 6, 1, 10, 0, tzinfo=UTC)


def shop_db(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE shop_orders (amazon_id TEXT, mail TEXT, site TEXT, bought TEXT, sent TEXT, title TEXT)")
        conn.executemany(
            "INSERT INTO shop_orders VALUES (?, ?, ?, ?, ?, ?)",
            [
                ("113-4829175-6630214", "A@marketplace.amazon.com", "amazon.com", "2026-06-01T10:00:00Z", None, "Lamp"),
                ("113-4829175-6630214", "A@marketplace.amazon.com", "amazon.com", "2026-06-01T10:00:00Z", None, "Bulb"),
                ("114-0937261-5148830", "", "Amazon.de", "2026-06-02T10:00:00+02:00", "2026-06-03T09:00:00Z", "Kanne"),
            ],
        )
    return f"sqlite:///{path}"


QUERY = (
    "SELECT amazon_id AS order_id, mail AS buyer_email, site AS marketplace, bought AS purchased_at,"
    " sent AS shipped_at, title AS product_title FROM shop_orders WHERE amazon_id = {p}"
)


async def test_sqlite_source_over_each_backend(store_url: str, tmp_path: Path) -> None:
    dsn = shop_db(tmp_path / "shop.db")
    store = with_order_source(open_store(store_url), dsn, QUERY.format(p="?"))
    async with store:
        # imported facts and live facts merge: the live non-empty fields win, titles accumulate
        await store.upsert_orders("default", [Order("114-0937261-5148830", buyer_language="de", purchased_at=T0,
                                                    product_titles=("Teekanne",))])
        got = await store.get_orders("default", ["113-4829175-6630214", "114-0937261-5148830", "999-0000000-0000000"])
        assert set(got) == {"113-4829175-6630214", "114-0937261-5148830"}
        lamp = got["113-4829175-6630214"]
        assert lamp.product_titles == ("Lamp", "Bulb") and lamp.buyer_email == "a@marketplace.amazon.com"
        assert lamp.purchased_at == T0 and lamp.shipped_at is None and lamp.account == "default"
        kanne = got["114-0937261-5148830"]
        assert kanne.buyer_language == "de" and kanne.marketplace == "amazon.de"
        assert kanne.purchased_at == datetime(2026, 6, 2, 8, 0, tzinfo=UTC)
        assert kanne.shipped_at == datetime(2026, 6, 3, 9, 0, tzinfo=UTC)
        assert kanne.product_titles == ("Teekanne", "Kanne")
        # everything else goes to the store
        held = await store.reserve_reviews("default", ["113-4829175-6630214"])
        assert held is not None and await store.reserve_reviews("default", ["113-4829175-6630214"]) is None


async def test_sqlite_source_is_read_only(tmp_path: Path) -> None:
    dsn = shop_db(tmp_path / "shop.db")
    store = with_order_source(open_store("sqlite:///:memory:"), dsn, "DELETE FROM shop_orders WHERE amazon_id = ?")
    async with store:
        with pytest.raises(StoreError):
            await store.get_orders("default", ["113-4829175-6630214"])
    with sqlite3.connect(tmp_path / "shop.db") as conn:
        assert conn.execute("SELECT COUNT(*) FROM shop_orders").fetchone()[0] == 3


async def test_missing_source_fails_on_open(tmp_path: Path) -> None:
    store = with_order_source(open_store("sqlite:///:memory:"), f"sqlite:///{tmp_path}/none.db", "SELECT 1")
    with pytest.raises(StoreError):
        await store.open()


@pytest.mark.postgres
async def test_postgres_source(pg_url: str) -> None:
    base, schema = pg_url.split("?schema=")
    conn = await asyncpg.connect(base)
    try:
        await conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
        await conn.execute(f'CREATE TABLE "{schema}".shop (oid TEXT, title TEXT, bought TIMESTAMPTZ)')
        await conn.execute(f"INSERT INTO \"{schema}\".shop VALUES ('113-4829175-6630214', 'Lamp', $1)", T0)
    finally:
        await conn.close()
    query = f'SELECT oid AS order_id, title AS product_title, bought AS purchased_at FROM "{schema}".shop WHERE oid = $1'
    store = with_order_source(open_store("sqlite:///:memory:"), base, query)
    async with store:
        got = await store.get_orders("default", ["113-4829175-6630214"])
        assert got["113-4829175-6630214"].product_titles == ("Lamp",)
        assert got["113-4829175-6630214"].purchased_at == T0
    writer = with_order_source(open_store("sqlite:///:memory:"), base, f'DELETE FROM "{schema}".shop WHERE oid = $1')
    async with writer:
        with pytest.raises(StoreError, match="read-only"):
            await writer.get_orders("default", ["113-4829175-6630214"])
