"""PostgreSQL backend: several proxy instances share one store through an asyncpg pool.

Atomicity across instances comes from the database: a ledger hold is a row under the primary key
(account, order_id), so of two concurrent `INSERT … ON CONFLICT DO NOTHING` for the same order
exactly one inserts; the quarantine compare-and-set is one conditional UPDATE.

The URL may carry `?schema=NAME` (created if missing) to keep Permitted's tables in their own schema.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import asyncpg

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
from proxy.store.schema import DEFAULT_HOLD_TTL_SECONDS, LATEST_VERSION, POSTGRES_MIGRATIONS

_CHUNK = 5_000
_RETRIES = 5  # bounded retries of a transaction the server aborted as a deadlock / serialization victim
_SCHEMA_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")
_ORDER_COLUMNS = (
    "order_id, buyer_email, marketplace, buyer_language, purchased_at, shipped_at, delivered_at, product_titles"
)
_Q_COLUMNS = "id, account, created_at, mail_from, rcpt_to, subject, message_id, verdict, findings, raw, status"

# Merged in SQL too, not only in Python: if two imports insert the same new order concurrently,
# the second lands on the first's row and still merges instead of overwriting it.
_UPSERT_ORDER = """
INSERT INTO orders (account, order_id, buyer_email, marketplace, buyer_language,
                    purchased_at, shipped_at, delivered_at, product_titles, updated_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())
ON CONFLICT (account, order_id) DO UPDATE SET
    buyer_email = COALESCE(NULLIF(excluded.buyer_email, ''), orders.buyer_email),
    marketplace = COALESCE(NULLIF(excluded.marketplace, ''), orders.marketplace),
    buyer_language = COALESCE(NULLIF(excluded.buyer_language, ''), orders.buyer_language),
    purchased_at = COALESCE(excluded.purchased_at, orders.purchased_at),
    shipped_at = COALESCE(excluded.shipped_at, orders.shipped_at),
    delivered_at = COALESCE(excluded.delivered_at, orders.delivered_at),
    product_titles = orders.product_titles || ARRAY(
        SELECT t FROM unnest(excluded.product_titles) WITH ORDINALITY AS x(t, n)
        WHERE NOT (t = ANY (orders.product_titles)) ORDER BY n),
    updated_at = now()
"""

_RECORD_REVIEWS = """
INSERT INTO review_ledger (account, order_id, state, token, expires_at, requested_at)
SELECT $1, e.order_id, 'recorded', NULL, NULL, e.at
FROM unnest($2::text[], $3::timestamptz[]) AS e(order_id, at)
ON CONFLICT (account, order_id) DO UPDATE SET
    requested_at = CASE WHEN review_ledger.state = 'recorded'
                        THEN LEAST(review_ledger.requested_at, excluded.requested_at)
                        ELSE excluded.requested_at END,
    state = 'recorded', token = NULL, expires_at = NULL
"""


def split_url(url: str) -> tuple[str, str | None]:
    """The DSN for asyncpg and the `schema` query parameter (removed from the DSN)."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    schema = None
    rest = []
    for key, value in query:
        if key == "schema":
            schema = value
        else:
            rest.append((key, value))
    if schema is not None and not _SCHEMA_NAME.match(schema):
        raise StoreError(f"bad schema name {schema!r} in store URL: letters, digits and _ only")
    scheme = "postgresql" if parts.scheme == "postgres" else parts.scheme
    return urlunsplit((scheme, parts.netloc, parts.path, urlencode(rest), parts.fragment)), schema


def _lost_connection(exc: BaseException | None) -> bool:
    """The connection (not the statement) failed: a fresh one may well succeed."""
    return isinstance(
        exc,
        asyncpg.InterfaceError  # includes ConnectionDoesNotExistError
        | asyncpg.InternalClientError
        | asyncpg.PostgresConnectionError  # SQLSTATE class 08
        | asyncpg.AdminShutdownError
        | asyncpg.CannotConnectNowError
        | asyncpg.CrashShutdownError
        | OSError
        | TimeoutError,
    )


def _retryable(exc: BaseException | None) -> bool:
    return isinstance(exc, asyncpg.DeadlockDetectedError | asyncpg.SerializationError) or _lost_connection(exc)


def _redacted(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
    return urlunsplit(parts._replace(netloc=netloc))


class PostgresStore(Store):
    def __init__(
        self,
        url: str,
        *,
        migrate: bool = True,
        hold_ttl: float | None = None,
        min_size: int = 1,
        max_size: int = 10,
    ) -> None:
        self.url = url
        self.dsn, self.schema = split_url(url)
        self.migrate = migrate
        self.hold_ttl = float(DEFAULT_HOLD_TTL_SECONDS if hold_ttl is None else hold_ttl)
        self.min_size, self.max_size = min_size, max_size
        self._pool: asyncpg.Pool | None = None

    # -- plumbing ---------------------------------------------------------------------------------

    @asynccontextmanager
    async def _conn(self) -> AsyncIterator[asyncpg.Connection]:
        if self._pool is None:
            raise StoreError("store is not open")
        try:
            async with self._pool.acquire() as conn:
                yield conn
        except (asyncpg.PostgresError, asyncpg.InterfaceError, asyncpg.InternalClientError, OSError,
                TimeoutError) as exc:
            # InternalClientError: the pool's reset of a connection the server killed mid-operation.
            raise StoreError(f"PostgreSQL {_redacted(self.url)}: {exc or type(exc).__name__}") from exc

    async def _in_transaction(self, fn: Callable[[asyncpg.Connection], Any]) -> Any:
        """Run `fn(conn)` in one transaction, retrying (boundedly) if the server picked it as a deadlock
        victim or the connection was lost (server restarted, backend terminated): the pool then hands
        out a fresh connection. Every `fn` given here is idempotent, so a retry after a commit whose
        acknowledgement was lost does no harm."""
        for attempt in range(_RETRIES):
            try:
                async with self._conn() as conn, conn.transaction():
                    return await fn(conn)
            except StoreError as exc:
                if not _retryable(exc.__cause__) or attempt == _RETRIES - 1:
                    raise
                if _lost_connection(exc.__cause__):
                    await asyncio.sleep(0.05 * 2**attempt)  # a restarting server needs a moment
        raise AssertionError("unreachable")

    async def _version(self, conn: asyncpg.Connection) -> int:
        if await conn.fetchval("SELECT to_regclass('permitted_schema')") is None:
            return 0
        return int(await conn.fetchval("SELECT COALESCE(MAX(version), 0) FROM permitted_schema"))

    async def _migrate(self, conn: asyncpg.Connection) -> int:
        # Instances starting together take turns: the lock lasts until this transaction ends.
        await conn.execute(
            "SELECT pg_advisory_xact_lock(hashtext('permitted_schema:' || COALESCE($1::text, current_schema())))",
            self.schema,
        )
        if self.schema:
            await conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{self.schema}"')
        await conn.execute(
            "CREATE TABLE IF NOT EXISTS permitted_schema"
            " (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
        )
        current = await self._version(conn)
        if current > LATEST_VERSION:
            raise StoreError(
                f"store schema is at version {current}, newer than this program knows ({LATEST_VERSION});"
                " upgrade permitted"
            )
        for migration in POSTGRES_MIGRATIONS:
            if migration.version <= current:
                continue
            for statement in migration.statements:
                await conn.execute(statement)
            await conn.execute("INSERT INTO permitted_schema (version) VALUES ($1)", migration.version)
        return await self._version(conn)

    # -- lifecycle --------------------------------------------------------------------------------

    async def open(self) -> None:
        if self._pool is not None:
            return
        settings = {"search_path": self.schema} if self.schema else {}
        try:
            self._pool = await asyncpg.create_pool(
                self.dsn,
                min_size=self.min_size,
                max_size=self.max_size,
                server_settings=settings,
                timeout=10,
                command_timeout=120,
            )
        except (asyncpg.PostgresError, asyncpg.InterfaceError, OSError, TimeoutError) as exc:
            raise StoreError(f"PostgreSQL {_redacted(self.url)}: cannot connect: {exc}") from exc
        if self.migrate:
            try:
                await self._in_transaction(self._migrate)
            except BaseException:
                await self.close()
                raise

    async def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            await pool.close()

    async def schema_version(self) -> int:
        async with self._conn() as conn:
            return await self._version(conn)

    async def upgrade(self) -> tuple[int, int]:
        """Apply pending migrations; (version before, version after)."""
        before = await self.schema_version()
        return before, await self._in_transaction(self._migrate)

    # -- orders -----------------------------------------------------------------------------------

    @staticmethod
    def _order(account: str, row: asyncpg.Record) -> Order:
        return Order(
            order_id=row["order_id"],
            buyer_email=row["buyer_email"],
            marketplace=row["marketplace"],
            buyer_language=row["buyer_language"],
            purchased_at=as_utc(row["purchased_at"]),
            shipped_at=as_utc(row["shipped_at"]),
            delivered_at=as_utc(row["delivered_at"]),
            product_titles=tuple(row["product_titles"]),
            account=account,
        )

    async def get_orders(self, account: str, order_ids: Sequence[str]) -> dict[str, Order]:
        if not order_ids:
            return {}
        rows = await self._in_transaction(
            lambda conn: conn.fetch(
                f"SELECT {_ORDER_COLUMNS} FROM orders WHERE account = $1 AND order_id = ANY($2::text[])",
                account,
                list(dict.fromkeys(order_ids)),
            )
        )
        return {r["order_id"]: self._order(account, r) for r in rows}

    async def upsert_orders(
        self, account: str, orders: Iterable[Order], progress: Callable[[int], None] | None = None
    ) -> ImportSummary:
        batch = await asyncio.to_thread(merge_batch, account, list(orders))  # CPU work off the event loop
        ids = list(batch)

        async def write(conn: asyncpg.Connection) -> ImportSummary:
            inserted = updated = unchanged = done = 0
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                # FOR UPDATE: nobody changes these rows between our read and our write.
                rows = await conn.fetch(
                    f"SELECT {_ORDER_COLUMNS} FROM orders WHERE account = $1 AND order_id = ANY($2::text[])"
                    " ORDER BY order_id FOR UPDATE",
                    account,
                    chunk,
                )
                existing = {r["order_id"]: self._order(account, r) for r in rows}
                writes, added, changed, same = plan_upserts(existing, batch, chunk)
                inserted, updated, unchanged = inserted + added, updated + changed, unchanged + same
                args = [
                    (account, o.order_id, o.buyer_email, o.marketplace, o.buyer_language, o.purchased_at,
                     o.shipped_at, o.delivered_at, list(o.product_titles))
                    for o in writes
                ]
                if args:
                    await conn.executemany(_UPSERT_ORDER, args)
                done += len(chunk)
                if progress is not None:
                    progress(done)
            return ImportSummary(inserted=inserted, updated=updated, unchanged=unchanged)

        return await self._in_transaction(write)

    # -- review ledger ----------------------------------------------------------------------------

    async def order_facts(
        self, account: str, order_ids: Sequence[str], shared: str | None = None
    ) -> tuple[dict[str, Order], set[str]]:
        if not order_ids:
            return {}, set()
        ids = list(dict.fromkeys(order_ids))
        accounts = [account] if shared is None or shared == account else [account, shared]

        async def read(conn: asyncpg.Connection) -> tuple[list[asyncpg.Record], list[asyncpg.Record]]:
            # One connection and transaction for every message instead of three.
            rows = await conn.fetch(
                f"SELECT account, {_ORDER_COLUMNS} FROM orders WHERE account = ANY($1::text[])"
                " AND order_id = ANY($2::text[])",
                accounts,
                ids,
            )
            reviewed = await conn.fetch(
                "SELECT order_id FROM review_ledger WHERE account = $1 AND state = 'recorded'"
                " AND order_id = ANY($2::text[])",
                account,
                ids,
            )
            return rows, reviewed

        rows, reviewed = await self._in_transaction(read)
        orders: dict[str, Order] = {}
        for r in sorted(rows, key=lambda r: r["account"] != account):  # the account's own row wins
            orders.setdefault(r["order_id"], self._order(r["account"], r))
        return orders, {r["order_id"] for r in reviewed}

    async def auth_failures(self, address: str, since: datetime) -> tuple[int, datetime | None]:
        row = await self._in_transaction(
            lambda conn: conn.fetchrow(
                "SELECT COUNT(*) AS n, MIN(at) AS oldest FROM auth_failures WHERE address = $1 AND at >= $2",
                address, since,
            )
        )
        return int(row["n"]), row["oldest"]

    async def record_auth_failure(self, address: str, at: datetime, since: datetime) -> int:
        async def write(conn: asyncpg.Connection) -> int:
            await conn.execute("DELETE FROM auth_failures WHERE at < $1", since)
            await conn.execute("INSERT INTO auth_failures (address, at) VALUES ($1, $2)", address, at)
            return int(await conn.fetchval(
                "SELECT COUNT(*) FROM auth_failures WHERE address = $1 AND at >= $2", address, since))

        # Not idempotent on a retry after a lost acknowledgement: one failure may then count twice,
        # which errs on the locked side.
        return int(await self._in_transaction(write))

    async def clear_auth_failures(self, address: str) -> None:
        await self._in_transaction(lambda conn: conn.execute("DELETE FROM auth_failures WHERE address = $1", address))

    async def reviewed_orders(self, account: str, order_ids: Sequence[str]) -> set[str]:
        if not order_ids:
            return set()
        rows = await self._in_transaction(
            lambda conn: conn.fetch(
                "SELECT order_id FROM review_ledger WHERE account = $1 AND state = 'recorded'"
                " AND order_id = ANY($2::text[])",
                account,
                list(dict.fromkeys(order_ids)),
            )
        )
        return {r["order_id"] for r in rows}

    async def reserve_reviews(self, account: str, order_ids: Sequence[str]) -> Reservation | None:
        ids = sorted(set(order_ids))  # one lock order for every caller: no deadlock between holds
        if not ids:
            raise StoreError("reserve_reviews needs at least one order ID")
        token = holder_token()

        class _Taken(Exception):
            pass

        async def reserve(conn: asyncpg.Connection) -> None:
            # A hold whose process died is forgotten once it expires (database clock: one for all instances),
            # or at once when that process ran on this machine (proxy/store/holder.py).
            await conn.execute(
                "DELETE FROM review_ledger WHERE account = $1 AND order_id = ANY($2::text[])"
                " AND state = 'held' AND expires_at <= clock_timestamp()",
                account,
                ids,
            )
            held = await conn.fetch(
                "SELECT DISTINCT token FROM review_ledger WHERE account = $1 AND order_id = ANY($2::text[])"
                " AND state = 'held'",
                account,
                ids,
            )
            dead = [r[0] for r in held if r[0] and holder_is_dead(r[0])]
            if dead:
                await conn.execute(
                    "DELETE FROM review_ledger WHERE token = ANY($1::text[]) AND state = 'held'", dead
                )
            # A concurrent insert of the same key waits for the other transaction, then counts as a conflict.
            got = await conn.fetch(
                "INSERT INTO review_ledger (account, order_id, state, token, expires_at)"
                " SELECT $1, o, 'held', $3, clock_timestamp() + $4::float8 * interval '1 second'"
                " FROM unnest($2::text[]) WITH ORDINALITY AS x(o, n) ORDER BY n"
                " ON CONFLICT (account, order_id) DO NOTHING RETURNING order_id",
                account,
                ids,
                token,
                self.hold_ttl,
            )
            if len(got) != len(ids):
                # A retry whose first attempt did commit (its acknowledgement was lost) finds its own holds.
                ours = await conn.fetchval(
                    "SELECT count(*) FROM review_ledger WHERE account = $1 AND order_id = ANY($2::text[])"
                    " AND token = $3 AND state = 'held'",
                    account,
                    ids,
                    token,
                )
                if ours != len(ids):
                    raise _Taken  # roll back the part we did get

        try:
            await self._in_transaction(reserve)
        except _Taken:
            return None
        return Reservation(token=token, account=account, order_ids=tuple(ids))

    async def commit_reviews(self, reservation: Reservation, at: datetime) -> None:
        # Recorded even if the hold expired meanwhile: the message did go out.
        ids = list(reservation.order_ids)
        stamp = as_utc(at)
        await self._in_transaction(
            lambda conn: conn.execute(_RECORD_REVIEWS, reservation.account, ids, [stamp] * len(ids))
        )

    async def release_reviews(self, reservation: Reservation) -> None:
        await self._in_transaction(
            lambda conn: conn.execute(
                "DELETE FROM review_ledger WHERE token = $1 AND account = $2 AND state = 'held'",
                reservation.token,
                reservation.account,
            )
        )

    async def record_reviews(self, account: str, entries: Iterable[tuple[str, datetime]]) -> int:
        earliest: dict[str, datetime] = {}
        for order_id, at in entries:
            at_utc = as_utc(at)
            assert at_utc is not None
            if order_id not in earliest or at_utc < earliest[order_id]:
                earliest[order_id] = at_utc
        if not earliest:
            return 0
        ids = sorted(earliest)

        async def record(conn: asyncpg.Connection) -> int:
            rows = await conn.fetch(
                "SELECT order_id FROM review_ledger WHERE account = $1 AND state = 'recorded'"
                " AND order_id = ANY($2::text[])",
                account,
                ids,
            )
            await conn.execute(_RECORD_REVIEWS, account, ids, [earliest[i] for i in ids])
            return len(ids) - len(rows)

        return int(await self._in_transaction(record))

    # -- quarantine -------------------------------------------------------------------------------

    @staticmethod
    def _item(row: asyncpg.Record) -> QuarantineItem:
        return QuarantineItem(
            id=row["id"],
            account=row["account"],
            created_at=as_utc(row["created_at"]) or datetime.now(UTC),
            mail_from=row["mail_from"],
            rcpt_to=tuple(row["rcpt_to"]),
            subject=row["subject"],
            message_id=row["message_id"],
            verdict=row["verdict"],
            findings=json.loads(row["findings"]),
            raw=bytes(row["raw"]),
            status=row["status"],
        )

    async def quarantine_put(self, item: QuarantineItem) -> str:
        item_id = item.id or new_quarantine_id()
        await self._in_transaction(
            # ON CONFLICT: a retry whose first attempt did commit stores nothing twice (the ID is ours:
            # 80 random bits).
            lambda conn: conn.execute(
                f"INSERT INTO quarantine ({_Q_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11)"
                " ON CONFLICT (id) DO NOTHING",
                item_id,
                item.account,
                as_utc(item.created_at),
                item.mail_from,
                list(item.rcpt_to),
                item.subject,
                item.message_id,
                item.verdict,
                json.dumps(item.findings, ensure_ascii=False),
                item.raw,
                item.status,
            )
        )
        item.id = item_id
        return item_id

    async def quarantine_list(self, account: str | None, status: str | None = "held") -> list[QuarantineItem]:
        rows = await self._in_transaction(
            lambda conn: conn.fetch(
                f"SELECT {_Q_COLUMNS} FROM quarantine"
                " WHERE ($1::text IS NULL OR account = $1) AND ($2::text IS NULL OR status = $2)"
                " ORDER BY created_at, id",
                account,
                status,
            )
        )
        return [self._item(r) for r in rows]

    async def quarantine_get(self, item_id: str, account: str | None) -> QuarantineItem | None:
        row = await self._in_transaction(
            lambda conn: conn.fetchrow(
                f"SELECT {_Q_COLUMNS} FROM quarantine WHERE id = $1 AND ($2::text IS NULL OR account = $2)",
                item_id,
                account,
            )
        )
        return None if row is None else self._item(row)

    async def quarantine_set_status(self, item_id: str, account: str | None, expect: str, status: str) -> bool:
        # Not retried: after a lost acknowledgement a retry could not tell its own change from a rival's.
        async with self._conn() as conn:
            result = await conn.execute(
                "UPDATE quarantine SET status = $1 WHERE id = $2 AND status = $3"
                " AND ($4::text IS NULL OR account = $4)",
                status,
                item_id,
                expect,
                account,
            )
        return result == "UPDATE 1"
