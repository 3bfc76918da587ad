"""The fault matrix: one bounded load run per fault through a real `permitted serve`, then the fault
is healed and every message the client still owns (4xx, no reply) is sent again, as a real client
would. Shared by tests/faults/test_fault_matrix.py and bench/faults.py.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import asyncpg
from fault_harness import (
    NO_REPLY,
    Attempt,
    FakeUpstream,
    Mail,
    ProxyProcess,
    Tally,
    mixed_load,
    proxy_config,
    quarantine_rows,
    reconcile,
    seed_store,
    send_all,
)

PG_BASE = "postgresql://postgres@127.0.0.1:5432/test"


@dataclass
class Run:
    workdir: Path
    upstream: FakeUpstream
    proxy: ProxyProcess
    store_url: str
    mails: list[Mail]


Hook = Callable[[Run], None]


def _noop(run: Run) -> None:
    return None


def run_fault(name: str, workdir: Path, n: int, *, before: Hook = _noop, heal: Hook = _noop,
              during: Callable[[Run, int], None] | None = None, store_url: str | None = None,
              concurrency: int = 4, upstream_timeout: float = 2.0) -> Tally:
    """Send `n` mixed messages under a fault set up by `before` (and `during(run, replies_so_far)`),
    heal it, retry what the client still owns, and reconcile."""
    workdir.mkdir(parents=True, exist_ok=True)
    store_url = store_url or f"sqlite:///{workdir / 'permitted.db'}"
    tag = f"{name}-{secrets.token_hex(3)}"
    mails = mixed_load(tag, n)
    seed_store(store_url, n)
    upstream = FakeUpstream().start()
    config = proxy_config(workdir, upstream.url, store_url, upstream={"timeout": upstream_timeout})
    proxy = ProxyProcess(workdir, config, name="proxy").start()
    run = Run(workdir, upstream, proxy, store_url, mails)
    try:
        before(run)
        first = send_all(proxy.port, mails, concurrency,
                         after_each=(lambda k: during(run, k)) if during is not None else None)
        heal(run)
        if proxy.proc is not None and proxy.proc.poll() is not None:
            proxy.start()
        owned = [m for m in mails if first[m.key].code == NO_REPLY or 400 <= first[m.key].code < 500]
        final: dict[str, Attempt] = dict(first)
        final.update(send_all(proxy.port, owned, concurrency))
        code = proxy.stop()
        assert code == 0, f"{name}: permitted serve exited {code}: {proxy.logs()[-3000:]}"
        no_reply = {k for k, a in first.items() if a.code == NO_REPLY}
        tally = reconcile(name, mails, first, final, upstream.messages(), quarantine_rows(store_url),
                          ambiguous_ok=no_reply)
    finally:
        proxy.kill()
        upstream.stop()
    return tally


# The faults ---------------------------------------------------------------------------------------------

def _mode(mode: str) -> tuple[Hook, Hook]:
    def before(run: Run) -> None:
        run.upstream.mode = mode

    def heal(run: Run) -> None:
        run.upstream.mode = "ok"

    return before, heal


def baseline(workdir: Path, n: int) -> Tally:
    return run_fault("none (baseline)", workdir, n)


def upstream_refuses(workdir: Path, n: int) -> Tally:
    def before(run: Run) -> None:
        run.upstream._loop.call_soon_threadsafe(run.upstream._die)

    def heal(run: Run) -> None:
        run.upstream.revive()

    return run_fault("upstream refuses connections", workdir, n, before=before, heal=heal)


def upstream_slow(workdir: Path, n: int) -> Tally:
    def before(run: Run) -> None:
        run.upstream.slow_seconds = 3.0  # past the proxy's 1 s upstream timeout
        run.upstream.mode = "slow"

    return run_fault("upstream slow past the timeout", workdir, n, before=before, heal=_mode("ok")[0],
                     upstream_timeout=1.0, concurrency=6)


def upstream_4xx(workdir: Path, n: int) -> Tally:
    before, heal = _mode("tempfail")
    return run_fault("upstream answers 4xx", workdir, n, before=before, heal=heal)


def upstream_5xx(workdir: Path, n: int) -> Tally:
    before, heal = _mode("permfail")
    return run_fault("upstream answers 5xx", workdir, n, before=before, heal=heal)


def upstream_drops(workdir: Path, n: int) -> Tally:
    before, heal = _mode("drop")
    return run_fault("upstream drops mid-DATA", workdir, n, before=before, heal=heal)


def upstream_dies(workdir: Path, n: int) -> Tally:
    def before(run: Run) -> None:
        run.upstream.accept_limit = max(2, n // 6)
        run.upstream.mode = "die-after"

    def heal(run: Run) -> None:
        run.upstream.revive()

    return run_fault("upstream dies after accepting", workdir, n, before=before, heal=heal)


def store_unwritable(workdir: Path, n: int) -> Tally:
    """The SQLite file cannot grow (RLIMIT_FSIZE on the proxy: EFBIG, as on a full disk) mid-run."""

    def during(run: Run, done: int) -> None:
        if done == max(1, n // 5):
            run.proxy.limit_file_size(1)

    def heal(run: Run) -> None:
        run.proxy.limit_file_size(None)

    return run_fault("store unwritable / disk full", workdir, n, during=during, heal=heal)


def proxy_sigkilled(workdir: Path, n: int) -> Tally:
    def during(run: Run, done: int) -> None:
        if done == n // 2:
            run.proxy.kill()

    return run_fault("proxy SIGKILLed mid-run", workdir, n, during=during, concurrency=6)


def pg_available() -> bool:
    async def probe() -> None:
        conn = await asyncpg.connect(PG_BASE, timeout=5)
        await conn.close()

    try:
        asyncio.run(probe())
    except (OSError, asyncpg.PostgresError, TimeoutError):
        return False
    return True


def _terminate_backends(app: str) -> int:
    async def go() -> int:
        conn = await asyncpg.connect(PG_BASE, timeout=10)
        try:
            rows = await conn.fetch(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1", app
            )
            return len(rows)
        finally:
            await conn.close()

    return asyncio.run(go())


def _drop_schema(schema: str) -> None:
    async def go() -> None:
        conn = await asyncpg.connect(PG_BASE, timeout=10)
        try:
            await conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        finally:
            await conn.close()

    asyncio.run(go())


def postgres_restarted(workdir: Path, n: int) -> Tally:
    """Every connection of the proxy to PostgreSQL is killed (as by a server restart), twice, mid-run."""
    suffix = secrets.token_hex(4)
    schema, app = f"permitted_faults_{suffix}", f"permitted_faults_{suffix}"
    url = f"{PG_BASE}?schema={schema}&application_name={app}"
    killed: list[int] = []

    def during(run: Run, done: int) -> None:
        if done in (n // 4, n // 2):
            killed.append(_terminate_backends(app))

    try:
        tally = run_fault("PostgreSQL connections killed", workdir, n, during=during, store_url=url)
    finally:
        _drop_schema(schema)
    assert sum(killed) > 0, "no PostgreSQL backend of the proxy was found to kill"
    return tally


MATRIX: list[Callable[[Path, int], Tally]] = [
    baseline, upstream_refuses, upstream_slow, upstream_4xx, upstream_5xx, upstream_drops, upstream_dies,
    store_unwritable, proxy_sigkilled, postgres_restarted,
]
