"""Everything a rule may read besides the message: the order facts, the ledger, the account, the clock."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from policies.message import Message

COMPLETION_ORDER = ("delivered", "shipped", "purchased")


@dataclass(frozen=True)
class Order:
    """An order as the store knows it. Times are aware UTC datetimes."""

    order_id: str
    buyer_email: str = ""
    marketplace: str = ""
    buyer_language: str = ""
    purchased_at: datetime | None = None
    shipped_at: datetime | None = None
    delivered_at: datetime | None = None
    product_titles: tuple[str, ...] = ()
    account: str = ""

    def completed_at(self, order: tuple[str, ...] = COMPLETION_ORDER) -> datetime | None:
        """Order completion: the first known of delivered, shipped, purchased (configurable)."""
        for name in order:
            value = getattr(self, f"{name}_at", None)
            if value is not None:
                return value
        return None


@dataclass(frozen=True)
class AccountPolicy:
    """Per-seller settings the rules read."""

    name: str = "default"
    link_allowlist: tuple[str, ...] = ()
    brand_image_hosts: tuple[str, ...] = ()
    brand_image_hashes: tuple[str, ...] = ()  # sha256 hex of the brand's image files


@dataclass(frozen=True)
class PolicySettings:
    """Tunables of the rules; defaults follow RULES.md."""

    window_days: int = 30
    completion_order: tuple[str, ...] = COMPLETION_ORDER
    attachment_types: tuple[str, ...] = ("application/pdf", "image/jpeg", "image/png", "text/plain")
    attachment_max_total: int = 10 * 1024 * 1024
    reference_width_px: int = 600
    max_margin_share: float = 0.20
    max_image_width_share: float = 0.80
    spelling_min_words: int = 30
    spelling_max_unknown_share: float = 0.15

    @property
    def window(self) -> timedelta:
        return timedelta(days=self.window_days)


@dataclass
class Context:
    """One evaluation: the message plus what the rules need to know around it.

    The order facts and the ledger are looked up before the engine runs (the store is async and
    shared); rules read them here synchronously.
    """

    message: Message
    now: datetime
    orders: Mapping[str, Order] = field(default_factory=dict)  # the known orders among message.order_ids
    reviewed_orders: frozenset[str] = frozenset()  # orders whose review request was already relayed
    account: AccountPolicy = field(default_factory=AccountPolicy)
    settings: PolicySettings = field(default_factory=PolicySettings)
    cache: dict[str, object] = field(default_factory=dict)  # per-message memo shared by rules
