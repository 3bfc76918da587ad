"""Prometheus metrics: what the proxy decided, what the upstream said, how long it took.

Each `Metrics` has its own registry (not prometheus_client's global one), so several proxies in one
test process never share counters, and `/metrics` shows only Permitted's series. Counting is always on
(a few microseconds a message); serving them over HTTP is `[metrics] listen` (proxy/health.py).

Several workers (proxy/workers.py): the parent gives them a fresh private PROMETHEUS_MULTIPROC_DIR
before they start (prometheus_client picks its value class when it is imported), so every counter,
histogram and gauge is kept in a memory-mapped file per process, and `/metrics`, whichever worker
answers it, sums every process's files with MultiProcessCollector: the same totals from any worker.
Gauges say how to combine: open sessions add up over the live workers (livesum). The quarantine
size is not a per-process value at all but a reading of the shared store, so it is a collector read
at scrape time (QuarantineHeld) rather than a gauge in the files.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.multiprocess import MultiProcessCollector, mark_process_dead
from prometheus_client.registry import Collector

if TYPE_CHECKING:
    from policies import Finding
    from proxy.relay import Outcome
    from proxy.store import Store

# Seconds. Checks are milliseconds to a second (spelling, large HTML); the upstream may take up to its
# timeout (60 s by default), so the relay and transaction buckets reach that far.
CHECK_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
RELAY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
UPSTREAM_OUTCOMES = ("relayed", "temp-fail", "perm-fail")
UPSTREAM_KINDS = ("message", "report")
_RULE_IN_REPLY = re.compile(r"\(([a-z][a-z0-9-]*\.[a-z0-9.-]+)\)\s*$")
MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
OWNED_ENV = "PERMITTED_METRICS_DIR_OWNED"  # set with MULTIPROC_ENV by proxy/workers: the folder is ours
__all__ = ["MULTIPROC_ENV", "OWNED_ENV", "Metrics", "held_by_account", "mark_process_dead", "multiprocess_dir"]


def multiprocess_dir() -> str | None:
    """The folder shared by the workers' metric files, when this process is one of several.

    Only the folder proxy/workers made: a PROMETHEUS_MULTIPROC_DIR merely inherited by a single process
    may hold anyone's files, and that process's own registry already has all its values.
    """
    path = os.environ.get(MULTIPROC_ENV)
    return path if path and os.environ.get(OWNED_ENV) == path else None


class QuarantineHeld(Collector):
    """`permitted_quarantine_held{account}`: the last reading of the store, refreshed on each scrape."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def set(self, counts: dict[str, int]) -> None:
        # An account seen before whose quarantine emptied shows 0 rather than vanishing.
        self.counts = {**dict.fromkeys(self.counts, 0), **counts}

    def collect(self) -> Iterator[GaugeMetricFamily]:
        family = GaugeMetricFamily(
            "permitted_quarantine_held", "Messages held in the quarantine (the shared store, every instance), "
            "by account; read from the store on each scrape", labels=["account"],
        )
        for account, n in sorted(self.counts.items()):
            family.add_metric([account], n)
        yield family


def upstream_outcome(outcome: Outcome) -> str:
    if outcome.accepted:
        return "relayed"
    return "perm-fail" if outcome.permanent else "temp-fail"


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.messages = Counter(
            "permitted_messages", "Messages at the end of DATA, by what was done with them "
            "(relay, warn, reject, quarantine, passthrough; error = internal failure) and account",
            ["verdict", "account"], registry=r,
        )
        self.findings = Counter(
            "permitted_findings", "Findings in judged messages, by rule ID and the action it carried",
            ["rule", "action"], registry=r,
        )
        self.envelope_refused = Counter(
            "permitted_envelope_refused", "MAIL, RCPT or size refusals before the message was judged, by rule ID",
            ["rule"], registry=r,
        )
        self.upstream = Counter(
            "permitted_upstream", "Deliveries handed to the upstream, by outcome "
            "(relayed, temp-fail, perm-fail) and kind (message, or a bounce report)",
            ["outcome", "kind"], registry=r,
        )
        self.check_seconds = Histogram(
            "permitted_check_seconds", "Time to judge a message (parse, order lookups, rules)",
            buckets=CHECK_BUCKETS, registry=r,
        )
        self.relay_seconds = Histogram(
            "permitted_relay_seconds", "Time the upstream took to take (or refuse) a message",
            buckets=RELAY_BUCKETS, registry=r,
        )
        self.transaction_seconds = Histogram(
            "permitted_transaction_seconds", "MAIL FROM to the reply to the final dot",
            buckets=RELAY_BUCKETS, registry=r,
        )
        self.quarantine_held = QuarantineHeld()
        r.register(self.quarantine_held)
        self.sessions = Gauge("permitted_smtp_sessions", "Open SMTP sessions (all workers)", registry=r,
                              multiprocess_mode="livesum")
        self.sessions_refused = Counter(
            "permitted_smtp_sessions_refused", "Connections turned away with 421 by a session limit "
            "(client = max_sessions_per_client, total = max_sessions)", ["limit"], registry=r,
        )
        self.in_flight_refused = Counter(
            "permitted_in_flight_refused", "Messages answered 452 4.3.1 because [server] in_flight_limit was "
            "reached, by when (data: at DATA, from the SIZE declared at MAIL; end: after the final dot)",
            ["at"], registry=r,
        )
        self.reloads = Counter(
            "permitted_config_reloads", "SIGHUP reloads, by result (applied, refused); with several workers "
            "each one reloads, so one SIGHUP counts once per worker", ["result"], registry=r,
        )
        # Known label values start at zero, so rate() and alerts see the series before the first event.
        for outcome in UPSTREAM_OUTCOMES:
            for kind in UPSTREAM_KINDS:
                self.upstream.labels(outcome, kind)
        for result in ("applied", "refused"):
            self.reloads.labels(result)
        for limit in ("client", "total"):
            self.sessions_refused.labels(limit)
        for at in ("data", "end"):
            self.in_flight_refused.labels(at)

    # Recording (called by the pipeline and the server) ------------------------------------------------

    def message(self, verdict: str, account: str, seconds: float) -> None:
        self.messages.labels(verdict, account).inc()
        self.transaction_seconds.observe(seconds)

    def judged(self, findings: Iterable[Finding], seconds: float) -> None:
        self.check_seconds.observe(seconds)
        for f in findings:
            self.findings.labels(f.rule, f.action.value).inc()

    def relayed(self, outcome: Outcome, kind: str, seconds: float | None = None) -> None:
        self.upstream.labels(upstream_outcome(outcome), kind).inc()
        if seconds is not None:
            self.relay_seconds.observe(seconds)

    def refused(self, reply: str) -> str:
        """Count an envelope refusal by the rule ID its reply ends with; returns the reply unchanged."""
        m = _RULE_IN_REPLY.search(reply)
        self.envelope_refused.labels(m.group(1) if m else "other").inc()
        return reply

    # Exposition ----------------------------------------------------------------------------------------

    async def refresh(self, store: Store) -> None:
        """Read the quarantine size from the store (one grouped COUNT) into the gauge."""
        self.quarantine_held.set(await held_by_account(store))

    def exposition(self) -> bytes:
        """The text format: this process's registry, or with several workers every worker's files summed."""
        path = multiprocess_dir()
        if path is None:
            return generate_latest(self.registry)
        registry = CollectorRegistry(auto_describe=True)
        MultiProcessCollector(registry, path)
        registry.register(self.quarantine_held)
        return generate_latest(registry)


_HELD_SQL = "SELECT account, COUNT(*) FROM quarantine WHERE status = 'held' GROUP BY account"


async def held_by_account(store: Store) -> dict[str, int]:
    """Held quarantine items per account: a COUNT on the (account, status) index, not the messages.

    The store contract has no count yet, so the two backends are asked directly; any other store falls
    back to listing (correct, only slower).
    """
    from proxy.store.postgres import PostgresStore
    from proxy.store.sqlite import SQLiteStore

    if isinstance(store, SQLiteStore):
        rows = await store._run(lambda: store.conn.execute(_HELD_SQL).fetchall())
        return {str(a): int(n) for a, n in rows}
    if isinstance(store, PostgresStore):
        async with store._conn() as conn:
            records = await conn.fetch(_HELD_SQL)
        return {str(r[0]): int(r[1]) for r in records}
    counts: dict[str, int] = {}
    for item in await store.quarantine_list(None, "held"):
        counts[item.account] = counts.get(item.account, 0) + 1
    return counts
