"""SQLite backend: the embedded default.

One connection, used from one dedicated worker thread, so the event loop never blocks on disk and
the connection is never shared between threads. WAL lets readers in other processes go on while one
writes; every write transaction is `BEGIN IMMEDIATE`, which takes the file's write lock up front, so
the read-check-write of a ledger reservation is atomic across every process sharing the file.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from policies.context import Order
from proxy.store.base import (
    ImportSummary,
    QuarantineItem,
    Reservation,
    Store,
    StoreError,
    as_utc,
    merge_batch,
    new_quarantine_id,
    plan_upserts,
)
from proxy.store.holder import holder_is_dead, holder_token
from proxy.store.schema import DEFAULT_HOLD_TTL_SECONDS, LATEST_VERSION, SQLITE_MIGRATIONS

T = TypeVar("T")

BUSY_TIMEOUT_MS = 15_000
_CHUNK = 500  # host parameters per IN (...) list, well under SQLite's limit
_ORDER_COLUMNS = (
    "order_id, buyer_email, marketplace, buyer_language, purchased_at, shipped_at, delivered_at, product_titles"
)


def _ts(value: datetime | None) -> str | None:
    """Fixed-width UTC text: sorts and compares like the instant it names."""
    value = as_utc(value)
    return None if value is None else value.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _dt(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value).astimezone(UTC)


def sqlite_path(url: str) -> str:
    """`sqlite:///relative/path`, `sqlite:////absolute/path` or `sqlite:///:memory:` -> the path."""
    if not url.startswith("sqlite://"):
        raise StoreError(f"bad SQLite URL {url!r}: use sqlite:///relative/path.db, sqlite:////absolute/path.db or sqlite:///:memory:")
    rest = url[len("sqlite://") :].split("?", 1)[0]
    if rest.startswith("/"):
        rest = rest[1:]
    if not rest:
        raise StoreError(f"SQLite URL without a path: {url!r} (use sqlite:///path/to/permitted.db)")
    return rest


def _chunks(items: Sequence[T], size: int = _CHUNK) -> Iterable[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _marks(n: int) -> str:
    return ",".join("?" * n)


def _enable_wal(conn: sqlite3.Connection) -> str:
    """Switch to WAL. SQLite answers "database is locked" at once, without the busy handler, while
    another process (a sibling worker opening the same new file) holds the lock for its own switch:
    retry for a bounded while."""
    for _ in range(100):
        try:
            return str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            time.sleep(0.05)
    return str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])


class SQLiteStore(Store):
    def __init__(self, url: str, *, migrate: bool = True, hold_ttl: float | None = None) -> None:
        self.url = url
        self.path = sqlite_path(url)
        self.migrate = migrate
        self.hold_ttl = timedelta(seconds=DEFAULT_HOLD_TTL_SECONDS if hold_ttl is None else hold_ttl)
        self._conn: sqlite3.Connection | None = None
        self._executor: ThreadPoolExecutor | None = None

    # -- plumbing ---------------------------------------------------------------------------------

    async def _run(self, fn: Callable[..., T], *args: Any) -> T:
        if self._executor is None or self._conn is None:
            raise StoreError("store is not open")
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._executor, fn, *args)
        except sqlite3.Error as exc:
            raise StoreError(f"SQLite {self.path}: {exc}") from exc

    @property
    def conn(self) -> sqlite3.Connection:
        assert self._conn is not None
        return self._conn

    def _write(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run `fn` in one write transaction holding the file's write lock from the start."""
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            result = fn(conn)
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        return result

    def _connect(self) -> None:
        memory = self.path == ":memory:" or self.path.startswith("file::memory:")
        if not memory and not Path(self.path).parent.exists():
            raise StoreError(f"SQLite store {self.path}: directory {Path(self.path).parent} does not exist")
        # isolation_level=None: we issue BEGIN/COMMIT ourselves (sqlite3's implicit BEGIN is deferred).
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if not memory:
                mode = _enable_wal(conn)
                if str(mode).lower() != "wal":
                    raise StoreError(f"SQLite store {self.path}: cannot switch to WAL (journal_mode={mode})")
            # FULL: a quarantined message must survive a power cut once we said 250 for it.
            conn.execute("PRAGMA synchronous = FULL")
        except BaseException:
            conn.close()
            raise
        self._conn = conn

    def _version(self) -> int:
        exists = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'permitted_schema'"
        ).fetchone()
        if not exists:
            return 0
        row = self.conn.execute("SELECT MAX(version) FROM permitted_schema").fetchone()
        return int(row[0] or 0)

    def _migrate(self) -> int:
        def apply(conn: sqlite3.Connection) -> int:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS permitted_schema (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
            )
            current = self._version()
            if current > LATEST_VERSION:
                raise StoreError(
                    f"store schema is at version {current}, newer than this program knows ({LATEST_VERSION});"
                    " upgrade permitted"
                )
            for migration in SQLITE_MIGRATIONS:
                if migration.version <= current:
                    continue
                for statement in migration.statements:
                    conn.execute(statement)
                conn.execute(
                    "INSERT INTO permitted_schema (version, applied_at) VALUES (?, ?)",
                    (migration.version, _ts(datetime.now(UTC))),
                )
            return self._version()

        # One transaction for all pending migrations: concurrent openers serialize on the write lock.
        return self._write(apply)

    # -- lifecycle --------------------------------------------------------------------------------

    async def open(self) -> None:
        if self._conn is not None:
            return
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite-store")
        loop = asyncio.get_running_loop()
        try:
            await loop.run_in_executor(self._executor, self._connect)
            if self.migrate:
                await self._run(self._migrate)
        except sqlite3.Error as exc:
            await self.close()
            raise StoreError(f"SQLite {self.path}: {exc}") from exc
        except BaseException:
            await self.close()
            raise

    async def close(self) -> None:
        executor, conn = self._executor, self._conn
        self._executor = self._conn = None
        if executor is None:
            return
        if conn is not None:
            await asyncio.get_running_loop().run_in_executor(executor, conn.close)
        executor.shutdown(wait=True)

    async def schema_version(self) -> int:
        return await self._run(self._version)

    async def upgrade(self) -> tuple[int, int]:
        """Apply pending migrations; (version before, version after)."""
        before = await self._run(self._version)
        return before, await self._run(self._migrate)

    # -- orders -----------------------------------------------------------------------------------

    @staticmethod
    def _order(account: str, row: sqlite3.Row | tuple[Any, ...]) -> Order:
        return Order(
            order_id=row[0],
            buyer_email=row[1],
            marketplace=row[2],
            buyer_language=row[3],
            purchased_at=_dt(row[4]),
            shipped_at=_dt(row[5]),
            delivered_at=_dt(row[6]),
            product_titles=tuple(json.loads(row[7])),
            account=account,
        )

    def _select_orders(self, account: str, order_ids: Sequence[str]) -> dict[str, Order]:
        out: dict[str, Order] = {}
        for chunk in _chunks(list(dict.fromkeys(order_ids))):
            rows = self.conn.execute(
                f"SELECT {_ORDER_COLUMNS} FROM orders WHERE account = ? AND order_id IN ({_marks(len(chunk))})",
                (account, *chunk),
            ).fetchall()
            for row in rows:
                out[row[0]] = self._order(account, row)
        return out

    async def get_orders(self, account: str, order_ids: Sequence[str]) -> dict[str, Order]:
        if not order_ids:
            return {}
        return await self._run(self._select_orders, account, list(order_ids))

    async def upsert_orders(
        self, account: str, orders: Iterable[Order], progress: Callable[[int], None] | None = None
    ) -> ImportSummary:
        orders = list(orders)

        def write(conn: sqlite3.Connection) -> ImportSummary:
            batch = merge_batch(account, orders)  # here, in the worker thread: CPU work off the event loop
            inserted = updated = unchanged = done = 0
            now = _ts(datetime.now(UTC))
            ids = list(batch)
            for chunk in _chunks(ids):
                existing = self._select_orders(account, chunk)
                writes, added, changed, same = plan_upserts(existing, batch, chunk)
                inserted, updated, unchanged = inserted + added, updated + changed, unchanged + same
                rows = [
                    (account, o.order_id, o.buyer_email, o.marketplace, o.buyer_language, _ts(o.purchased_at),
                     _ts(o.shipped_at), _ts(o.delivered_at), json.dumps(list(o.product_titles), ensure_ascii=False),
                     now)
                    for o in writes
                ]
                # The rows were merged with what the locked transaction read, so a plain overwrite is right.
                conn.executemany(
                    "INSERT INTO orders (account, order_id, buyer_email, marketplace, buyer_language,"
                    " purchased_at, shipped_at, delivered_at, product_titles, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (account, order_id) DO UPDATE SET buyer_email = excluded.buyer_email,"
                    " marketplace = excluded.marketplace, buyer_language = excluded.buyer_language,"
                    " purchased_at = excluded.purchased_at, shipped_at = excluded.shipped_at,"
                    " delivered_at = excluded.delivered_at, product_titles = excluded.product_titles,"
                    " updated_at = excluded.updated_at",
                    rows,
                )
                done += len(chunk)
                if progress is not None:
                    progress(done)
            return ImportSummary(inserted=inserted, updated=updated, unchanged=unchanged)

        return await self._run(self._write, write)

    async def order_facts(
        self, account: str, order_ids: Sequence[str], shared: str | None = None
    ) -> tuple[dict[str, Order], set[str]]:
        if not order_ids:
            return {}, set()

        def read() -> tuple[dict[str, Order], set[str]]:
            # One hop to the store's thread for every message instead of three.
            orders = self._select_orders(account, order_ids)
            missing = [i for i in order_ids if i not in orders]
            if missing and shared is not None and shared != account:
                orders.update(self._select_orders(shared, missing))
            return orders, self._select_reviewed(account, order_ids)

        return await self._run(read)

    # -- failed logins ----------------------------------------------------------------------------

    async def auth_failures(self, address: str, since: datetime) -> tuple[int, datetime | None]:
        def read() -> tuple[int, datetime | None]:
            count, oldest = self.conn.execute(
                "SELECT COUNT(*), MIN(at) FROM auth_failures WHERE address = ? AND at >= ?", (address, _ts(since))
            ).fetchone()
            return int(count), _dt(oldest)

        return await self._run(read)

    async def record_auth_failure(self, address: str, at: datetime, since: datetime) -> int:
        def write(conn: sqlite3.Connection) -> int:
            conn.execute("DELETE FROM auth_failures WHERE at < ?", (_ts(since),))
            conn.execute("INSERT INTO auth_failures (address, at) VALUES (?, ?)", (address, _ts(at)))
            row = conn.execute(
                "SELECT COUNT(*) FROM auth_failures WHERE address = ? AND at >= ?", (address, _ts(since))
            ).fetchone()
            return int(row[0])

        return await self._run(self._write, write)

    async def clear_auth_failures(self, address: str) -> None:
        def write(conn: sqlite3.Connection) -> None:
            conn.execute("DELETE FROM auth_failures WHERE address = ?", (address,))

        await self._run(self._write, write)

    # -- review ledger ----------------------------------------------------------------------------

    def _select_reviewed(self, account: str, order_ids: Sequence[str]) -> set[str]:
        out: set[str] = set()
        for chunk in _chunks(list(dict.fromkeys(order_ids))):
            rows = self.conn.execute(
                "SELECT order_id FROM review_ledger WHERE account = ? AND state = 'recorded'"
                f" AND order_id IN ({_marks(len(chunk))})",
                (account, *chunk),
            ).fetchall()
            out.update(r[0] for r in rows)
        return out

    async def reviewed_orders(self, account: str, order_ids: Sequence[str]) -> set[str]:
        if not order_ids:
            return set()
        return await self._run(self._select_reviewed, account, order_ids)

    async def reserve_reviews(self, account: str, order_ids: Sequence[str]) -> Reservation | None:
        ids = sorted(set(order_ids))
        if not ids:
            raise StoreError("reserve_reviews needs at least one order ID")
        token = holder_token()

        def reserve(conn: sqlite3.Connection) -> bool:
            now = datetime.now(UTC)
            marks = _marks(len(ids))
            # A hold whose process died is forgotten once it expires, or at once when that process
            # ran here (proxy/store/holder.py).
            conn.execute(
                f"DELETE FROM review_ledger WHERE account = ? AND order_id IN ({marks})"
                " AND state = 'held' AND expires_at <= ?",
                (account, *ids, _ts(now)),
            )
            held = conn.execute(
                f"SELECT DISTINCT token FROM review_ledger WHERE account = ? AND order_id IN ({marks})"
                " AND state = 'held'",
                (account, *ids),
            ).fetchall()
            for (dead,) in held:
                if dead and holder_is_dead(dead):
                    conn.execute("DELETE FROM review_ledger WHERE token = ? AND state = 'held'", (dead,))
            taken = conn.execute(
                f"SELECT 1 FROM review_ledger WHERE account = ? AND order_id IN ({marks}) LIMIT 1", (account, *ids)
            ).fetchone()
            if taken:
                return False
            expires = _ts(now + self.hold_ttl)
            conn.executemany(
                "INSERT INTO review_ledger (account, order_id, state, token, expires_at) VALUES (?, ?, 'held', ?, ?)",
                [(account, order_id, token, expires) for order_id in ids],
            )
            return True

        if not await self._run(self._write, reserve):
            return None
        return Reservation(token=token, account=account, order_ids=tuple(ids))

    def _record(self, conn: sqlite3.Connection, account: str, entries: dict[str, datetime]) -> int:
        """Record each order as requested at its time (the earliest wins); how many were not recorded before."""
        ids = list(entries)
        recorded: set[str] = set()
        for chunk in _chunks(ids):
            rows = conn.execute(
                "SELECT order_id FROM review_ledger WHERE account = ? AND state = 'recorded'"
                f" AND order_id IN ({_marks(len(chunk))})",
                (account, *chunk),
            ).fetchall()
            recorded.update(r[0] for r in rows)
        conn.executemany(
            "INSERT INTO review_ledger (account, order_id, state, token, expires_at, requested_at)"
            " VALUES (?, ?, 'recorded', NULL, NULL, ?)"
            " ON CONFLICT (account, order_id) DO UPDATE SET"
            " requested_at = CASE WHEN state = 'recorded' AND requested_at <= excluded.requested_at"
            " THEN requested_at ELSE excluded.requested_at END,"
            " state = 'recorded', token = NULL, expires_at = NULL",
            [(account, order_id, _ts(at)) for order_id, at in entries.items()],
        )
        return len(set(ids) - recorded)

    async def commit_reviews(self, reservation: Reservation, at: datetime) -> None:
        # Recorded even if the hold expired meanwhile: the message did go out.
        entries = dict.fromkeys(reservation.order_ids, at)
        await self._run(self._write, lambda conn: self._record(conn, reservation.account, entries))

    async def release_reviews(self, reservation: Reservation) -> None:
        def release(conn: sqlite3.Connection) -> None:
            conn.execute(
                "DELETE FROM review_ledger WHERE token = ? AND account = ? AND state = 'held'",
                (reservation.token, reservation.account),
            )

        await self._run(self._write, release)

    async def record_reviews(self, account: str, entries: Iterable[tuple[str, datetime]]) -> int:
        earliest: dict[str, datetime] = {}
        for order_id, at in entries:
            at_utc = as_utc(at)
            assert at_utc is not None
            if order_id not in earliest or at_utc < earliest[order_id]:
                earliest[order_id] = at_utc
        if not earliest:
            return 0
        return await self._run(self._write, lambda conn: self._record(conn, account, earliest))

    # -- quarantine -------------------------------------------------------------------------------

    _Q_COLUMNS = "id, account, created_at, mail_from, rcpt_to, subject, message_id, verdict, findings, raw, status"

    @staticmethod
    def _item(row: tuple[Any, ...]) -> QuarantineItem:
        return QuarantineItem(
            id=row[0],
            account=row[1],
            created_at=_dt(row[2]) or datetime.now(UTC),
            mail_from=row[3],
            rcpt_to=tuple(json.loads(row[4])),
            subject=row[5],
            message_id=row[6],
            verdict=row[7],
            findings=json.loads(row[8]),
            raw=bytes(row[9]),
            status=row[10],
        )

    async def quarantine_put(self, item: QuarantineItem) -> str:
        item_id = item.id or new_quarantine_id()

        def put(conn: sqlite3.Connection) -> None:
            conn.execute(
                f"INSERT INTO quarantine ({self._Q_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    item_id,
                    item.account,
                    _ts(item.created_at),
                    item.mail_from,
                    json.dumps(list(item.rcpt_to)),
                    item.subject,
                    item.message_id,
                    item.verdict,
                    json.dumps(item.findings, ensure_ascii=False),
                    sqlite3.Binary(item.raw),
                    item.status,
                ),
            )

        await self._run(self._write, put)
        item.id = item_id
        return item_id

    async def quarantine_list(self, account: str | None, status: str | None = "held") -> list[QuarantineItem]:
        where, params = [], []
        if account is not None:
            where.append("account = ?")
            params.append(account)
        if status is not None:
            where.append("status = ?")
            params.append(status)
        sql = f"SELECT {self._Q_COLUMNS} FROM quarantine"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY created_at, id"
        rows = await self._run(lambda: self.conn.execute(sql, params).fetchall())
        return [self._item(r) for r in rows]

    async def quarantine_get(self, item_id: str, account: str | None) -> QuarantineItem | None:
        sql = f"SELECT {self._Q_COLUMNS} FROM quarantine WHERE id = ?"
        params: list[str] = [item_id]
        if account is not None:
            sql += " AND account = ?"
            params.append(account)
        row = await self._run(lambda: self.conn.execute(sql, params).fetchone())
        return None if row is None else self._item(row)

    async def quarantine_set_status(self, item_id: str, account: str | None, expect: str, status: str) -> bool:
        sql = "UPDATE quarantine SET status = ? WHERE id = ? AND status = ?"
        params: list[str] = [status, item_id, expect]
        if account is not None:
            sql += " AND account = ?"
            params.append(account)
        # One UPDATE under the write lock is the compare-and-set: of two racers, one sees `expect` gone.
        count = await self._run(self._write, lambda conn: conn.execute(sql, params).rowcount)
        return count == 1
