"""The store contract every backend implements."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from policies.context import Order


class StoreError(Exception):
    """The store cannot do what was asked (unreachable, corrupt, bad input); the message names why."""


@dataclass(frozen=True)
class ImportSummary:
    inserted: int = 0
    updated: int = 0
    skipped: int = 0
    errors: tuple[str, ...] = ()  # with --skip-bad: "line N: reason"


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

    @abstractmethod
    async def open(self) -> None:
        """Connect and apply pending schema migrations."""

    @abstractmethod
    async def close(self) -> None: ...

    @abstractmethod
    async def schema_version(self) -> int: ...

    async def __aenter__(self) -> Store:
        await self.open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # Orders
    @abstractmethod
    async def upsert_orders(self, account: str, orders: Iterable[Order]) -> ImportSummary:
        """Insert or update in one transaction: all rows land or none do."""

    @abstractmethod
    async def get_orders(self, account: str, order_ids: Sequence[str]) -> dict[str, Order]:
        """The known orders among `order_ids` (unknown ones are absent)."""

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


def open_store(url: str) -> Store:
    """A store for `sqlite:///path` (or `sqlite:///:memory:`) or `postgresql://…`; not yet opened."""
    if url.startswith("sqlite:"):
        from proxy.store.sqlite import SQLiteStore

        return SQLiteStore(url)
    if url.startswith(("postgresql:", "postgres:")):
        from proxy.store.postgres import PostgresStore

        return PostgresStore(url)
    raise StoreError(f"unknown store URL {url!r}: use sqlite:///path/to/permitted.db or postgresql://user@host/db")
