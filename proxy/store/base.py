"""The store contract every backend implements."""

from __future__ import annotations

import base64
import secrets
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from policies.context import Order


class StoreError(Exception):
    """The store cannot do what was asked (unreachable, corrupt, bad input); the message names why."""


@dataclass(frozen=True)
class ImportSummary:
    inserted: int = 0
    updated: int = 0
    skipped: int = 0
    errors: tuple[str, ...] = ()  # with --skip-bad: "line N: reason"
    unchanged: int = 0  # rows already stored exactly so (a re-import changes nothing)


@dataclass(frozen=True)
class Reservation:
    """A review request held for the ledger while the message is relayed."""

    token: str
    account: str
    order_ids: tuple[str, ...]


@dataclass
class QuarantineItem:
    id: str
    account: str
    created_at: datetime
    mail_from: str
    rcpt_to: tuple[str, ...]
    subject: str
    message_id: str
    verdict: str
    findings: list[dict[str, str]] = field(default_factory=list)
    raw: bytes = b""
    status: str = "held"  # held | released | deleted


class Store(ABC):
    """Async store. Times are aware UTC datetimes. `account` scopes every read and write."""

    url: str = ""

    @abstractmethod
    async def open(self) -> None:
        """Connect and apply pending schema migrations."""

    @abstractmethod
    async def close(self) -> None: ...

    @abstractmethod
    async def schema_version(self) -> int: ...

    async def upgrade(self) -> tuple[int, int]:
        """Apply pending schema migrations (also done by `open()` unless opened with migrate=False);
        returns (version before, version after)."""
        raise NotImplementedError

    async def __aenter__(self) -> Store:
        await self.open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # Orders
    @abstractmethod
    async def upsert_orders(
        self, account: str, orders: Iterable[Order], progress: Callable[[int], None] | None = None
    ) -> ImportSummary:
        """Insert or update in one transaction: all rows land or none do.

        Merging (see `merge_order`): a non-empty field overwrites, an empty one keeps what is stored,
        product titles accumulate. So a re-import changes nothing and a shipments report fills in dates
        and buyer addresses without erasing other fields. `progress(n)` is told how many orders are done.
        """

    @abstractmethod
    async def get_orders(self, account: str, order_ids: Sequence[str]) -> dict[str, Order]:
        """The known orders among `order_ids` (unknown ones are absent)."""

    async def order_facts(
        self, account: str, order_ids: Sequence[str], shared: str | None = None
    ) -> tuple[dict[str, Order], set[str]]:
        """What judging a message needs of the orders it names, in one round trip where the backend
        can: the account's orders (those it lacks from the `shared` account, imported for every
        account) and which of them are recorded in the review ledger."""
        if not order_ids:
            return {}, set()
        orders = await self.get_orders(account, order_ids)
        missing = [i for i in order_ids if i not in orders]
        if missing and shared is not None and shared != account:
            orders.update(await self.get_orders(shared, missing))
        return orders, await self.reviewed_orders(account, order_ids)

    # Failed logins (the AUTH throttle, proxy/auth.py), shared by every worker and instance on this store
    @abstractmethod
    async def auth_failures(self, address: str, since: datetime) -> tuple[int, datetime | None]:
        """How many failed logins from `address` since `since`, and the oldest of them."""

    @abstractmethod
    async def record_auth_failure(self, address: str, at: datetime, since: datetime) -> int:
        """Record a failed login from `address` at `at`; forget every failure (any address) before
        `since`, which keeps the table bounded; return the address's failures since `since`."""

    @abstractmethod
    async def clear_auth_failures(self, address: str) -> None:
        """Forget `address`'s failures (it logged in)."""

    # Review ledger
    @abstractmethod
    async def reviewed_orders(self, account: str, order_ids: Sequence[str]) -> set[str]:
        """The orders among `order_ids` whose review request is recorded (committed)."""

    @abstractmethod
    async def reserve_reviews(self, account: str, order_ids: Sequence[str]) -> Reservation | None:
        """Atomically hold all `order_ids` for a review request; None if any is already recorded or
        held by another live reservation (across every process sharing the store)."""

    @abstractmethod
    async def commit_reviews(self, reservation: Reservation, at: datetime) -> None:
        """The request was relayed: record it for good."""

    @abstractmethod
    async def release_reviews(self, reservation: Reservation) -> None:
        """The request was not relayed: forget the hold."""

    @abstractmethod
    async def record_reviews(self, account: str, entries: Iterable[tuple[str, datetime]]) -> int:
        """Record requests sent another way (Amazon's Request a Review button); returns how many were new."""

    # Quarantine
    @abstractmethod
    async def quarantine_put(self, item: QuarantineItem) -> str:
        """Store durably (committed before returning) and return its ID."""

    @abstractmethod
    async def quarantine_list(self, account: str | None, status: str | None = "held") -> list[QuarantineItem]: ...

    @abstractmethod
    async def quarantine_get(self, item_id: str, account: str | None) -> QuarantineItem | None: ...

    @abstractmethod
    async def quarantine_set_status(self, item_id: str, account: str | None, expect: str, status: str) -> bool:
        """Move an item from `expect` to `status` atomically; False if it was not in `expect` (lost a race)."""


def plan_upserts(
    existing: Mapping[str, Order], batch: Mapping[str, Order], order_ids: Sequence[str]
) -> tuple[list[Order], int, int, int]:
    """What an import must write for `order_ids`: the merged orders that are new or changed, and the
    counts (inserted, updated, unchanged). Both backends call it inside their locked transaction."""
    writes: list[Order] = []
    inserted = updated = unchanged = 0
    for order_id in order_ids:
        old = existing.get(order_id)
        new = merge_order(old, batch[order_id])
        if old is None:
            inserted += 1
        elif new == old:
            unchanged += 1
            continue
        else:
            updated += 1
        writes.append(new)
    return writes, inserted, updated, unchanged


def merge_order(old: Order | None, new: Order) -> Order:
    """`new` laid over `old`: non-empty fields win, empty ones keep the stored value, titles accumulate."""
    if old is None:
        return new
    titles = old.product_titles + tuple(t for t in new.product_titles if t not in old.product_titles)
    return replace(
        old,
        buyer_email=new.buyer_email or old.buyer_email,
        marketplace=new.marketplace or old.marketplace,
        buyer_language=new.buyer_language or old.buyer_language,
        purchased_at=new.purchased_at or old.purchased_at,
        shipped_at=new.shipped_at or old.shipped_at,
        delivered_at=new.delivered_at or old.delivered_at,
        product_titles=titles,
    )


def merge_batch(account: str, orders: Iterable[Order]) -> dict[str, Order]:
    """The batch with repeated order IDs folded together (multi-line reports), account set, times UTC."""
    out: dict[str, Order] = {}
    for order in orders:
        order = replace(
            order,
            account=account,
            purchased_at=as_utc(order.purchased_at),
            shipped_at=as_utc(order.shipped_at),
            delivered_at=as_utc(order.delivered_at),
        )
        out[order.order_id] = merge_order(out.get(order.order_id), order)
    return out


def as_utc(value: datetime | None) -> datetime | None:
    """Aware UTC; a naive time is taken as UTC already."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def new_quarantine_id() -> str:
    """Unguessable and short: 'q_' + base32 of 80 random bits (16 characters)."""
    return "q_" + base64.b32encode(secrets.token_bytes(10)).decode("ascii").lower()


def open_store(url: str, *, migrate: bool = True, hold_ttl: float | None = None) -> Store:
    """A store for `sqlite:///path` (or `sqlite:///:memory:`) or `postgresql://…`; not yet opened.

    `migrate=False` opens without applying migrations (`permitted db version`); `hold_ttl` is how many
    seconds an uncommitted review reservation lives (default 600).
    """
    if url.startswith("sqlite:"):
        from proxy.store.sqlite import SQLiteStore

        return SQLiteStore(url, migrate=migrate, hold_ttl=hold_ttl)
    if url.startswith(("postgresql:", "postgres:")):
        from proxy.store.postgres import PostgresStore

        return PostgresStore(url, migrate=migrate, hold_ttl=hold_ttl)
    raise StoreError(f"unknown store URL {url!r}: use sqlite:///path/to/permitted.db or postgresql://user@host/db")
