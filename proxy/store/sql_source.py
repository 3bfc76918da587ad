"""`[orders.sql]`: read orders live from the seller's own database, read-only.

    [orders.sql]
    dsn = "postgresql://reader@shop-db/shop"          # or sqlite:///path/to/shop.db
    query = "SELECT order_id, buyer_email, marketplace, purchased_at, shipped_at, product_title FROM shop_orders WHERE amazon_order_id = $1"

The query takes one parameter, the order ID (`$1` for PostgreSQL, `?` for SQLite), and returns
columns named like the orders CSV (order_id, buyer_email, marketplace, buyer_language, purchased_at,
shipped_at, delivered_at, product_title; any may be missing). Several rows for one order add product
titles. `with_order_source(store, source)` wraps a store: lookups merge the source's answer over what
was imported (the source's non-empty fields win); everything else goes to the store unchanged.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from policies.context import Order
from proxy.store.base import (
    ImportSummary,
    QuarantineItem,
    Reservation,
    Store,
    StoreError,
    as_utc,
    merge_order,
)

COLUMNS = ("order_id", "buyer_email", "marketplace", "buyer_language", "purchased_at", "shipped_at",
           "delivered_at", "product_title")  # fmt: skip


def _time(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return as_utc(value)
    try:
        return as_utc(datetime.fromisoformat(str(value).strip()))
    except ValueError:
        raise StoreError(f"order source: {value!r} is not a date") from None


def _order(order_id: str, rows: Sequence[Mapping[str, Any]]) -> Order | None:
    found: Order | None = None
    for row in rows:
        def text(name: str, row: Mapping[str, Any] = row) -> str:
            value = row.get(name)
            return "" if value is None else str(value).strip()

        title = text("product_title")
        found = merge_order(found, Order(
            order_id=order_id,
            buyer_email=text("buyer_email").lower(),
            marketplace=text("marketplace").lower(),
            buyer_language=text("buyer_language").lower(),
            purchased_at=_time(row.get("purchased_at")),
            shipped_at=_time(row.get("shipped_at")),
            delivered_at=_time(row.get("delivered_at")),
            product_titles=(title,) if title else (),
        ))  # fmt: skip
    return found


class SqlOrderSource:
    """One parameterised query against a read-only connection (asyncpg pool, or SQLite opened mode=ro)."""

    def __init__(self, dsn: str, query: str, *, max_size: int = 5) -> None:
        if not query.strip():
            raise StoreError("order source: the query is empty")
        self.dsn, self.query, self.max_size = dsn, query, max_size
        self._pool: Any = None
        self._sqlite: sqlite3.Connection | None = None
        self._lock = asyncio.Lock()  # the SQLite connection serves one query at a time

    async def open(self) -> None:
        try:
            if self.dsn.startswith("sqlite:"):
                from proxy.store.sqlite import sqlite_path

                path = sqlite_path(self.dsn)
                # mode=ro: the seller's database is only ever read.
                self._sqlite = await asyncio.to_thread(
                    sqlite3.connect, f"file:{path}?mode=ro", uri=True, check_same_thread=False, timeout=10
                )
                self._sqlite.row_factory = sqlite3.Row
            elif self.dsn.startswith(("postgresql:", "postgres:")):
                import asyncpg

                self._pool = await asyncpg.create_pool(
                    self.dsn, min_size=1, max_size=self.max_size, timeout=10, command_timeout=30,
                    server_settings={"default_transaction_read_only": "on"},
                )
            else:
                raise StoreError(f"order source: unknown DSN {self.dsn!r} (postgresql://… or sqlite:///…)")
        except StoreError:
            raise
        except Exception as exc:  # driver errors of either kind: say which source failed
            raise StoreError(f"order source {self.dsn.split('@')[-1]}: {exc}") from exc

    async def close(self) -> None:
        pool, conn = self._pool, self._sqlite
        self._pool = self._sqlite = None
        if pool is not None:
            await pool.close()
        if conn is not None:
            await asyncio.to_thread(conn.close)

    async def _rows(self, order_id: str) -> list[Mapping[str, Any]]:
        if self._pool is not None:
            async with self._pool.acquire() as conn:
                return [dict(r) for r in await conn.fetch(self.query, order_id)]
        if self._sqlite is not None:
            conn = self._sqlite
            async with self._lock:
                rows = await asyncio.to_thread(lambda: conn.execute(self.query, (order_id,)).fetchall())
            return [dict(r) for r in rows]
        raise StoreError("order source is not open")

    async def get_orders(self, order_ids: Sequence[str]) -> dict[str, Order]:
        ids = list(dict.fromkeys(order_ids))
        try:
            results = await asyncio.gather(*(self._rows(i) for i in ids))
        except StoreError:
            raise
        except Exception as exc:
            raise StoreError(f"order source query failed: {exc}") from exc
        out: dict[str, Order] = {}
        for order_id, rows in zip(ids, results, strict=True):
            found = _order(order_id, rows)
            if found is not None:
                out[order_id] = found
        return out


class _WithOrderSource(Store):
    def __init__(self, inner: Store, source: SqlOrderSource) -> None:
        self.inner, self.source = inner, source
        self.url = inner.url

    async def open(self) -> None:
        await self.inner.open()
        try:
            await self.source.open()
        except BaseException:
            await self.inner.close()
            raise

    async def close(self) -> None:
        try:
            await self.source.close()
        finally:
            await self.inner.close()

    async def schema_version(self) -> int:
        return await self.inner.schema_version()

    async def upgrade(self) -> tuple[int, int]:
        return await self.inner.upgrade()

    async def upsert_orders(
        self, account: str, orders: Iterable[Order], progress: Callable[[int], None] | None = None
    ) -> ImportSummary:
        return await self.inner.upsert_orders(account, orders, progress)

    async def get_orders(self, account: str, order_ids: Sequence[str]) -> dict[str, Order]:
        stored, live = await asyncio.gather(self.inner.get_orders(account, order_ids), self.source.get_orders(order_ids))
        out = dict(stored)
        for order_id, order in live.items():
            out[order_id] = merge_order(stored.get(order_id), order)
        for order_id, order in out.items():
            if order.account != account:
                out[order_id] = replace(order, account=account)
        return out

    async def auth_failures(self, address: str, since: datetime) -> tuple[int, datetime | None]:
        return await self.inner.auth_failures(address, since)

    async def record_auth_failure(self, address: str, at: datetime, since: datetime) -> int:
        return await self.inner.record_auth_failure(address, at, since)

    async def clear_auth_failures(self, address: str) -> None:
        await self.inner.clear_auth_failures(address)

    async def reviewed_orders(self, account: str, order_ids: Sequence[str]) -> set[str]:
        return await self.inner.reviewed_orders(account, order_ids)

    async def reserve_reviews(self, account: str, order_ids: Sequence[str]) -> Reservation | None:
        return await self.inner.reserve_reviews(account, order_ids)

    async def commit_reviews(self, reservation: Reservation, at: datetime) -> None:
        await self.inner.commit_reviews(reservation, at)

    async def release_reviews(self, reservation: Reservation) -> None:
        await self.inner.release_reviews(reservation)

    async def record_reviews(self, account: str, entries: Iterable[tuple[str, datetime]]) -> int:
        return await self.inner.record_reviews(account, entries)

    async def quarantine_put(self, item: QuarantineItem) -> str:
        return await self.inner.quarantine_put(item)

    async def quarantine_list(self, account: str | None, status: str | None = "held") -> list[QuarantineItem]:
        return await self.inner.quarantine_list(account, status)

    async def quarantine_get(self, item_id: str, account: str | None) -> QuarantineItem | None:
        return await self.inner.quarantine_get(item_id, account)

    async def quarantine_set_status(self, item_id: str, account: str | None, expect: str, status: str) -> bool:
        return await self.inner.quarantine_set_status(item_id, account, expect, status)


def with_order_source(store: Store, dsn: str, query: str) -> Store:
    """`store` whose order lookups also ask the seller's database (`[orders.sql]`); not yet opened."""
    return _WithOrderSource(store, SqlOrderSource(dsn, query))
