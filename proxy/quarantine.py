"""Quarantine review: list, show, release (relay the original unchanged), delete.

`account` scopes every operation: a seller's reviewer sees and acts on that account's messages only
(None is the operator's view of all). Status changes are compare-and-set in the store, so a release
racing a delete (or a second release, maybe on another instance) has exactly one winner.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from policies import Envelope
from proxy.config import Config
from proxy.judge import judge
from proxy.relay import Relay
from proxy.store import QuarantineItem, Store

HELD, RELEASED, DELETED = "held", "released", "deleted"


class QuarantineError(Exception):
    """The operation did not happen; the message says why and what to do."""


@dataclass(frozen=True)
class Released:
    item_id: str
    upstream: str  # the upstream's reply text


async def list_items(store: Store, account: str | None, status: str | None = HELD) -> list[QuarantineItem]:
    return await store.quarantine_list(account, status)


async def get_item(store: Store, item_id: str, account: str | None) -> QuarantineItem:
    item = await store.quarantine_get(item_id, account)
    if item is None:
        scope = f" for account {account}" if account else ""
        raise QuarantineError(f"no quarantined message {item_id!r}{scope}; `permitted quarantine list` shows them")
    return item


async def delete(store: Store, item_id: str, account: str | None) -> None:
    item = await get_item(store, item_id, account)
    if not await store.quarantine_set_status(item.id, account, HELD, DELETED):
        raise QuarantineError(f"{item_id} is no longer held (someone released or deleted it first)")


async def release(config: Config, store: Store, relay: Relay, item_id: str, account: str | None) -> Released:
    """Relay the original bytes unchanged; record review requests in the ledger once relayed."""
    item = await get_item(store, item_id, account)
    if item.status != HELD:
        raise QuarantineError(f"{item_id} is {item.status}, not held: nothing to release")
    # Claim it first: whoever flips held -> released is the one that sends it.
    if not await store.quarantine_set_status(item.id, account, HELD, RELEASED):
        raise QuarantineError(f"{item_id} is no longer held (someone released or deleted it first)")
    reservation = None
    try:
        acc = config.account(item.account)
        if acc is not None:
            judgement = await judge(
                store, item.raw, Envelope(item.mail_from, item.rcpt_to), datetime.now(UTC),
                account=acc.policy(), actions=config.actions_for(acc), settings=config.settings(),
            )
            orders = sorted(judgement.result.review_request_orders)
            if orders:
                reservation = await store.reserve_reviews(item.account, orders)
                if reservation is None:
                    raise QuarantineError(
                        f"{item_id} asks for a review of order {', '.join(orders)}, which already had a review "
                        "request: sending it would be a repeat request (review.repeat). Delete it instead."
                    )
        outcome = await relay.send(item.mail_from, list(item.rcpt_to), item.raw)
    except BaseException:
        if reservation is not None:
            await store.release_reviews(reservation)
        await store.quarantine_set_status(item.id, account, RELEASED, HELD)
        raise
    if not outcome.accepted:
        if reservation is not None:
            await store.release_reviews(reservation)
        await store.quarantine_set_status(item.id, account, RELEASED, HELD)
        kind = "refused it" if outcome.permanent else "could not take it now (try again later)"
        raise QuarantineError(f"not released: the upstream {kind}: {outcome.code} {outcome.text}")
    if reservation is not None:
        await store.commit_reviews(reservation, datetime.now(UTC))
    return Released(item.id, f"{outcome.code} {outcome.text}")
