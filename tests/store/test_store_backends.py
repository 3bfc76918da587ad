"""The Store contract, run against every backend: orders, review ledger, quarantine, races."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap
import threading
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from policies.context import Order
from proxy.store import QuarantineItem, Store, StoreError, open_store
from proxy.store.schema import LATEST_VERSION

T0 = datetime(2026, 5, 27, 15, 42, 10, tzinfo=UTC)
OID = "113-4829175-6630214"
OID2 = "114-0937261-5148830"


def order(order_id: str = OID, **fields: object) -> Order:
    base: dict[str, object] = {
        "buyer_email": "hyeljsvybe9wms3@marketplace.amazon.com",
        "marketplace": "amazon.com",
        "buyer_language": "en",
        "purchased_at": T0,
        "product_titles": ("Walnut Desk Organizer with 5 Compartments",),
    }
    base.update(fields)
    return Order(order_id=order_id, **base)  # type: ignore[arg-type]


def item(account: str = "default", raw: bytes = b"From: a\r\n\r\nbody\r\n") -> QuarantineItem:
    return QuarantineItem(
        id="",
        account=account,
        created_at=T0,
        mail_from="seller@example.com",
        rcpt_to=("k3x9m2p7q1w8z5v@marketplace.amazon.de",),
        subject="Ihre Bestellung 113-4829175-6630214",
        message_id="<abc@example.com>",
        verdict="quarantine",
        findings=[{"rule": "type.marketing", "message": "Rabatt – 10 %"}],
        raw=raw,
    )


# -- schema ---------------------------------------------------------------------------------------


async def test_open_applies_migrations(store: Store, store_url: str) -> None:
    assert await store.schema_version() == LATEST_VERSION
    again = open_store(store_url)
    async with again:  # opening an up-to-date store is a no-op
        assert await again.upgrade() == (LATEST_VERSION, LATEST_VERSION)


async def test_memory_sqlite_works() -> None:
    async with open_store("sqlite:///:memory:") as mem:
        await mem.upsert_orders("default", [order()])
        assert OID in await mem.get_orders("default", [OID])


async def test_sqlite_file_is_wal(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    async with open_store(f"sqlite:///{path}"):
        pass
    assert path.exists()
    import sqlite3

    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


async def test_unknown_url() -> None:
    with pytest.raises(StoreError):
        open_store("mysql://x")


# -- orders ---------------------------------------------------------------------------------------


async def test_upsert_and_get(store: Store) -> None:
    summary = await store.upsert_orders("default", [order(), order(OID2, buyer_email="")])
    assert (summary.inserted, summary.updated, summary.unchanged) == (2, 0, 0)
    got = await store.get_orders("default", [OID, OID2, "999-0000000-0000000"])
    assert set(got) == {OID, OID2}
    o = got[OID]
    assert o.buyer_email == "hyeljsvybe9wms3@marketplace.amazon.com"
    assert o.marketplace == "amazon.com" and o.buyer_language == "en"
    assert o.purchased_at == T0 and o.purchased_at.utcoffset() == timedelta(0)
    assert o.shipped_at is None and o.delivered_at is None
    assert o.product_titles == ("Walnut Desk Organizer with 5 Compartments",)
    assert o.account == "default"
    assert got[OID2].buyer_email == ""


async def test_accounts_are_separate(store: Store) -> None:
    await store.upsert_orders("seller-a", [order()])
    assert await store.get_orders("seller-b", [OID]) == {}
    assert OID in await store.get_orders("seller-a", [OID])


async def test_times_stored_as_utc(store: Store) -> None:
    berlin = timezone(timedelta(hours=2))
    await store.upsert_orders("default", [order(purchased_at=datetime(2026, 5, 1, 12, 0, tzinfo=berlin))])
    got = (await store.get_orders("default", [OID]))[OID]
    assert got.purchased_at == datetime(2026, 5, 1, 10, 0, tzinfo=UTC)
    assert got.purchased_at.tzinfo is not None and got.purchased_at.utcoffset() == timedelta(0)


async def test_reupsert_changes_nothing_and_merge_keeps_fields(store: Store) -> None:
    await store.upsert_orders("default", [order()])
    again = await store.upsert_orders("default", [order()])
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 1)
    # A shipments-like update: new date and a second title, empty fields must not erase stored ones.
    shipped = T0 + timedelta(days=1)
    summary = await store.upsert_orders(
        "default",
        [Order(OID, buyer_email="", marketplace="", shipped_at=shipped, product_titles=("Walnut Monitor Stand",))],
    )
    assert (summary.inserted, summary.updated) == (0, 1)
    o = (await store.get_orders("default", [OID]))[OID]
    assert o.shipped_at == shipped
    assert o.buyer_email == "hyeljsvybe9wms3@marketplace.amazon.com" and o.buyer_language == "en"
    assert o.product_titles == ("Walnut Desk Organizer with 5 Compartments", "Walnut Monitor Stand")


async def test_upsert_many(store: Store) -> None:
    orders = [order(f"{i % 1000:03d}-{i:07d}-0000000") for i in range(2_345)]
    seen: list[int] = []
    summary = await store.upsert_orders("default", orders, progress=seen.append)
    assert summary.inserted == 2_345 and seen[-1] == 2_345
    got = await store.get_orders("default", [o.order_id for o in orders[:1_200]])
    assert len(got) == 1_200


async def test_order_facts_in_one_call(store: Store) -> None:
    """What judging needs: the account's orders, the shared account's for the rest, the account's ledger."""
    await store.upsert_orders("default", [order(OID, marketplace="amazon.de"), order(OID2)])
    await store.upsert_orders("acme", [order(OID, marketplace="amazon.fr")])
    await store.record_reviews("acme", [(OID2, T0)])
    await store.record_reviews("default", [(OID, T0)])
    orders, reviewed = await store.order_facts("acme", [OID, OID2, "999-0000000-0000000"], "default")
    assert {i: (o.marketplace, o.account) for i, o in orders.items()} == {
        OID: ("amazon.fr", "acme"), OID2: ("amazon.com", "default")}
    assert reviewed == {OID2}
    orders, reviewed = await store.order_facts("acme", [OID, OID2])  # no shared account
    assert set(orders) == {OID} and reviewed == {OID2}
    orders, reviewed = await store.order_facts("default", [OID, OID2], "default")
    assert orders[OID].marketplace == "amazon.de" and reviewed == {OID}
    assert await store.order_facts("acme", [], "default") == ({}, set())


# -- review ledger --------------------------------------------------------------------------------


async def test_reserve_commit(store: Store) -> None:
    held = await store.reserve_reviews("default", [OID])
    assert held is not None and held.order_ids == (OID,)
    assert await store.reserve_reviews("default", [OID]) is None  # held by a live reservation
    assert await store.reviewed_orders("default", [OID]) == set()  # held is not recorded
    await store.commit_reviews(held, T0)
    assert await store.reviewed_orders("default", [OID, OID2]) == {OID}
    assert await store.reserve_reviews("default", [OID]) is None  # recorded for good
    assert await store.reserve_reviews("other-account", [OID]) is not None


async def test_reserve_release(store: Store) -> None:
    held = await store.reserve_reviews("default", [OID, OID2])
    assert held is not None
    assert await store.reserve_reviews("default", [OID2]) is None
    await store.release_reviews(held)
    assert await store.reviewed_orders("default", [OID, OID2]) == set()
    again = await store.reserve_reviews("default", [OID2])
    assert again is not None


async def test_reserve_is_all_or_nothing(store: Store) -> None:
    await store.record_reviews("default", [(OID2, T0)])
    assert await store.reserve_reviews("default", [OID, OID2]) is None
    # OID must not be left held by the failed attempt
    assert await store.reserve_reviews("default", [OID]) is not None


async def test_expired_hold_is_forgotten(store: Store, store_url: str) -> None:
    # A store whose holds live 0 s stands for a process that crashed long ago.
    crashed = open_store(store_url, hold_ttl=0)
    async with crashed:
        stale = await crashed.reserve_reviews("default", [OID])
    assert stale is not None
    fresh = await store.reserve_reviews("default", [OID])
    assert fresh is not None, "an expired hold must not block the order"
    # The late release of the stale hold must not drop the new holder's hold.
    await store.release_reviews(stale)
    assert await store.reserve_reviews("default", [OID]) is None
    await store.commit_reviews(fresh, T0)
    assert await store.reviewed_orders("default", [OID]) == {OID}


async def test_live_hold_is_not_expired(store: Store, store_url: str) -> None:
    other = open_store(store_url)  # default TTL (10 minutes)
    async with other:
        assert await other.reserve_reviews("default", [OID]) is not None
    assert await store.reserve_reviews("default", [OID]) is None


# A process that reserves OID (10-minute holds), says so, then waits to be killed.
_HOLDER = textwrap.dedent("""
    import asyncio, sys
    from proxy.store import open_store

    async def main() -> None:
        store = open_store(sys.argv[1])
        await store.open()
        assert await store.reserve_reviews("default", [sys.argv[2]]) is not None
        print("held", flush=True)
        await asyncio.sleep(120)

    asyncio.run(main())
""")


async def test_a_killed_holders_hold_is_dropped_at_once(store: Store, store_url: str) -> None:
    """A proxy killed between reserving and committing: the client's retry must not wait out hold_ttl
    (it would be refused as review.repeat, a compliant message bounced)."""
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, store_url, OID], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert await store.reserve_reviews("default", [OID]) is None  # alive: its hold stands
    finally:
        holder.kill()
        holder.wait(timeout=30)
    again = await store.reserve_reviews("default", [OID])
    assert again is not None, "the dead process's hold must not block the order"
    assert await store.reserve_reviews("default", [OID]) is None  # the new hold stands


async def test_record_reviews(store: Store) -> None:
    assert await store.record_reviews("default", [(OID, T0), (OID, T0 - timedelta(days=1)), (OID2, T0)]) == 2
    assert await store.record_reviews("default", [(OID, T0)]) == 0
    assert await store.reviewed_orders("default", [OID, OID2]) == {OID, OID2}
    assert await store.record_reviews("default", []) == 0


async def test_record_turns_a_hold_into_a_record(store: Store) -> None:
    held = await store.reserve_reviews("default", [OID])
    assert held is not None
    assert await store.record_reviews("default", [(OID, T0)]) == 1
    await store.release_reviews(held)  # the hold is gone; the record stays
    assert await store.reviewed_orders("default", [OID]) == {OID}


async def test_reserve_race_two_instances(store_url: str) -> None:
    """50 concurrent reservations of one order through two store instances: exactly one wins."""
    first, second = open_store(store_url), open_store(store_url)
    async with first, second:
        results = await asyncio.gather(
            *(
                (first if i % 2 else second).reserve_reviews("default", ["171-0000001-0000001"])
                for i in range(50)
            )
        )
        assert sum(r is not None for r in results) == 1


@pytest.mark.postgres
async def test_reserve_race_two_postgres_pools(pg_url: str) -> None:
    """The required race: two separate PostgreSQL pools, 50 concurrent reserve_reviews, one winner."""
    from proxy.store.postgres import PostgresStore

    order_id = "172-0000002-0000002"
    first = PostgresStore(pg_url, max_size=10)
    second = PostgresStore(pg_url, max_size=10)
    async with first, second:
        assert first._pool is not second._pool
        results = await asyncio.gather(
            *((first if i % 2 else second).reserve_reviews("race", [order_id]) for i in range(50))
        )
        winners = [r for r in results if r is not None]
        assert len(winners) == 1
        # and the multi-order variant, overlapping in one order: still one winner
        overlap = await asyncio.gather(
            *(
                (first if i % 2 else second).reserve_reviews("race2", [f"173-0000000-{i:07d}", "173-9999999-9999999"])
                for i in range(50)
            )
        )
        assert sum(r is not None for r in overlap) == 1
        await first.commit_reviews(winners[0], T0)
        assert await second.reviewed_orders("race", [order_id]) == {order_id}


def test_sqlite_reserve_race_across_processes(tmp_path: Path) -> None:
    """Separate OS processes sharing one SQLite file: exactly one reservation among them.

    Each process stays alive until every one has tried: a hold whose process has died is dropped at
    once (proxy/store/holder.py), so a process that exited early would rightly let a later one win."""
    url = f"sqlite:///{tmp_path}/shared.db"  # not created yet: the processes also race to create it
    script = textwrap.dedent(
        f"""
        import asyncio, sys
        from proxy.store import open_store
        async def main():
            async with open_store({url!r}) as s:
                rs = await asyncio.gather(*(s.reserve_reviews("default", ["174-0000004-0000004"]) for _ in range(5)))
                print(sum(r is not None for r in rs), flush=True)
                sys.stdin.read()  # hold on until the parent says every process has tried
        asyncio.run(main())
        """
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    wins = 0
    watchdogs = [threading.Timer(120, proc.kill) for proc in procs]  # bounded: a stuck process is killed (EOF)
    for dog in watchdogs:
        dog.start()
    try:
        for proc in procs:
            assert proc.stdout is not None
            line = proc.stdout.readline()
            assert line.strip(), proc.stderr.read() if proc.stderr else ""
            wins += int(line)
    finally:
        for dog in watchdogs:
            dog.cancel()
        for proc in procs:
            _, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err
    assert wins == 1


# -- quarantine -----------------------------------------------------------------------------------


async def test_quarantine_roundtrip(store: Store) -> None:
    raw = b"Subject: =?utf-8?q?x?=\r\n\r\n\x00\xff\xfe binary \r\n.\r\n"
    qid = await store.quarantine_put(item(raw=raw))
    assert qid.startswith("q_") and len(qid) == 18
    got = await store.quarantine_get(qid, "default")
    assert got is not None
    assert got.raw == raw
    assert got.rcpt_to == ("k3x9m2p7q1w8z5v@marketplace.amazon.de",)
    assert got.findings == [{"rule": "type.marketing", "message": "Rabatt – 10 %"}]
    assert got.created_at == T0 and got.status == "held"
    assert got.subject == "Ihre Bestellung 113-4829175-6630214" and got.message_id == "<abc@example.com>"
    assert await store.quarantine_get(qid, "someone-else") is None
    assert (await store.quarantine_get(qid, None)) is not None


async def test_quarantine_ids_unique(store: Store) -> None:
    ids = {await store.quarantine_put(item()) for _ in range(20)}
    assert len(ids) == 20


async def test_quarantine_list_and_status(store: Store) -> None:
    a = await store.quarantine_put(item("a"))
    b = await store.quarantine_put(item("b"))
    assert [i.id for i in await store.quarantine_list("a")] == [a]
    assert {i.id for i in await store.quarantine_list(None)} == {a, b}
    assert await store.quarantine_set_status(a, "b", "held", "released") is False  # wrong account
    assert await store.quarantine_set_status(a, "a", "held", "released") is True
    assert await store.quarantine_set_status(a, "a", "held", "deleted") is False  # no longer held
    assert await store.quarantine_list("a") == []
    assert [i.id for i in await store.quarantine_list("a", status="released")] == [a]
    assert len(await store.quarantine_list(None, status=None)) == 2


async def test_quarantine_cas_race(store_url: str) -> None:
    """Release racing delete, through two instances: exactly one wins."""
    first, second = open_store(store_url), open_store(store_url)
    async with first, second:
        qid = await first.quarantine_put(item())
        results = await asyncio.gather(
            *(
                (first if i % 2 else second).quarantine_set_status(
                    qid, "default", "held", "released" if i % 2 else "deleted"
                )
                for i in range(20)
            )
        )
        assert results.count(True) == 1
        final = await first.quarantine_get(qid, None)
        assert final is not None and final.status in {"released", "deleted"}


# -- failed logins (the AUTH throttle shared by workers and instances) -------------------------------


async def test_auth_failures_are_counted_per_address_within_the_window(store: Store, store_url: str) -> None:
    window = timedelta(minutes=15)
    assert await store.auth_failures("192.0.2.7", T0 - window) == (0, None)
    counts = [await store.record_auth_failure("192.0.2.7", T0 + timedelta(seconds=i), T0 - window) for i in range(3)]
    assert counts == [1, 2, 3]
    await store.record_auth_failure("198.51.100.9", T0, T0 - window)
    count, oldest = await store.auth_failures("192.0.2.7", T0 - window)
    assert count == 3 and oldest == T0
    # Another instance on the same store sees the same count.
    async with open_store(store_url) as other:
        assert (await other.auth_failures("192.0.2.7", T0 - window))[0] == 3
        # Failures older than the window neither count nor stay: recording prunes them, any address.
        later = T0 + window + timedelta(seconds=1)
        assert await other.record_auth_failure("192.0.2.7", later + timedelta(seconds=1), later - window) == 3
        assert await other.auth_failures("198.51.100.9", T0 - window) == (0, None)
    await store.clear_auth_failures("192.0.2.7")
    assert await store.auth_failures("192.0.2.7", T0 - window) == (0, None)


async def test_a_version_1_sqlite_store_is_upgraded_on_open(tmp_path: Path) -> None:
    """A store made by the previous release (schema 1) gains the failed-logins table when opened."""
    import sqlite3

    from proxy.store.schema import SQLITE_MIGRATIONS

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for statement in SQLITE_MIGRATIONS[0].statements:
        conn.execute(statement)
    conn.execute("CREATE TABLE permitted_schema (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
    conn.execute("INSERT INTO permitted_schema VALUES (1, '2026-01-01T00:00:00.000000Z')")
    conn.commit()
    conn.close()
    async with open_store(f"sqlite:///{path}") as store:
        assert await store.schema_version() == LATEST_VERSION == 2
        assert await store.record_auth_failure("192.0.2.7", T0, T0 - timedelta(minutes=15)) == 1
