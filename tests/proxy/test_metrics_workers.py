"""`permitted serve` with `workers = 2` and [metrics] listen: both workers serve SMTP and HTTP, and
/metrics, whichever worker answers it, counts exactly the traffic sent to both (prometheus_client's
multiprocess mode in a private folder the parent removes on exit).

Which worker accepts a connection is the kernel's choice; to make it ours, the test stops one worker
with SIGSTOP (by the PID of the child the serve process started for this test) so that the other
accepts everything, then swaps. A stopped worker holds nothing: it simply does not call accept().
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import smtplib
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from proxy_support import (
    BUYER,
    BUYER2,
    INSECURE_LINE,
    OTHER_PASSWORD,
    PASSWORD,
    REPORT_TO,
    SENDER,
    Upstream,
    base_config,
    message,
    start_upstream,
    to_toml,
)
from test_metrics_serve import (
    OTHER_ORDER,
    OTHER_SENDER,
    http_get,
    samples,
    seed,
    start_serve,
    stop_serve,
    transaction,
)

from proxy.metrics import MULTIPROC_ENV


def worker_pids(parent: int) -> list[int]:
    out: list[int] = []
    for task in Path(f"/proc/{parent}/task").glob("*/children"):
        with contextlib.suppress(OSError):
            out += [int(c) for c in task.read_text().split()]
    return sorted(out)


def environ_of(pid: int) -> dict[str, str]:
    raw = Path(f"/proc/{pid}/environ").read_bytes()
    return dict(item.split("=", 1) for item in raw.decode(errors="replace").split("\0") if "=" in item)


@contextlib.contextmanager
def only(serving: int, stopped: int) -> Iterator[None]:
    """Only `serving` accepts while inside: `stopped` is SIGSTOPped, and continued on the way out."""
    os.kill(stopped, signal.SIGSTOP)
    try:
        yield
    finally:
        os.kill(stopped, signal.SIGCONT)


def open_session(port: int) -> smtplib.SMTP:
    """A session left open (greeted, EHLO answered): it counts in permitted_smtp_sessions."""
    s = smtplib.SMTP("127.0.0.1", port, timeout=60)
    s.ehlo("idle.test")
    return s


async def test_counters_add_up_across_two_workers(tmp_path: Path, password_hashes, upstream: Upstream,
                                                  procs) -> None:
    data = base_config(tmp_path, upstream.url, password_hashes, metrics={"listen": "127.0.0.1:0"})
    data["server"]["workers"] = 2
    data["accounts"][0]["actions"] = {"link.insecure": "quarantine"}  # acme holds it; other rejects it
    (tmp_path / "permitted.toml").write_text(to_toml(data))
    await seed(tmp_path)
    # The parent's own environment must not leak a metrics folder into the workers.
    os.environ[MULTIPROC_ENV] = str(tmp_path / "not-this-one")
    try:
        served = await asyncio.to_thread(start_serve, tmp_path, tmp_path / "serve.log")
    finally:
        del os.environ[MULTIPROC_ENV]
    procs.append(served.proc)
    assert served.http_port, served.banner
    port, http = served.smtp_port, served.http_port
    pids: list[int] = []
    for _ in range(200):  # bounded: both workers are up once the banner is printed, normally at once
        pids = worker_pids(served.proc.pid)
        if len(pids) == 2:
            break
        await asyncio.sleep(0.05)
    assert len(pids) == 2, pids
    a, b = pids
    folder = Path(environ_of(a)[MULTIPROC_ENV])
    assert folder == Path(environ_of(b)[MULTIPROC_ENV]) and folder.is_dir()
    assert folder != tmp_path / "not-this-one" and oct(folder.stat().st_mode & 0o777) == "0o700"

    def send(user: str, password: str, sender: str, rcpt: str, body: bytes) -> tuple[int, str]:
        return transaction(port, user, password, sender, rcpt, body)

    def traffic_on_a() -> smtplib.SMTP:
        with only(a, stopped=b):
            code, reply = send("acme", PASSWORD, SENDER, BUYER, message())
            assert code == 250 and "Sent" in reply
            code, reply = send("acme", PASSWORD, SENDER, BUYER,
                               message(extra=INSECURE_LINE, message_id="<q@acme.example>"))
            assert code == 250 and "quarantine ID" in reply
            code, reply = send("other", OTHER_PASSWORD, OTHER_SENDER, BUYER2,
                               message(sender=OTHER_SENDER, to=BUYER2, order=OTHER_ORDER, extra=INSECURE_LINE))
            assert code == 550, reply
            return open_session(port)

    def traffic_on_b() -> smtplib.SMTP:
        with only(b, stopped=a):
            code, reply = send("acme", PASSWORD, SENDER, BUYER, message(message_id="<second@acme.example>"))
            assert code == 250 and "Sent" in reply
            code, reply = send("acme", PASSWORD, SENDER, "someone@example.org", message())
            assert code == 550 and "envelope.recipient-not-buyer" in reply
            return open_session(port)

    idle_a = await asyncio.to_thread(traffic_on_a)
    idle_b = await asyncio.to_thread(traffic_on_b)
    try:
        for _ in range(600):  # the quarantine report goes out after the reply: bounded wait for it
            if any(r.rcpt_to == [REPORT_TO] for r in upstream.received):
                break
            await asyncio.sleep(0.05)

        def scrape_from(serving: int, stopped: int) -> str:
            with only(serving, stopped):
                status, ctype, text = http_get(http, "/metrics")
            assert status == 200 and ctype.startswith("text/plain")
            return text

        for serving, stopped in ((a, b), (b, a)):  # the same totals whichever worker answers
            text = await asyncio.to_thread(scrape_from, serving, stopped)
            assert samples(text, "permitted_messages_total") == {
                (("account", "acme"), ("verdict", "relay")): 2.0,
                (("account", "acme"), ("verdict", "quarantine")): 1.0,
                (("account", "other"), ("verdict", "reject")): 1.0,
            }, text
            upstream_counts = samples(text, "permitted_upstream_total")
            assert {k: v for k, v in upstream_counts.items() if v} == {
                (("kind", "message"), ("outcome", "relayed")): 2.0,
                (("kind", "report"), ("outcome", "relayed")): 1.0,
            }
            assert samples(text, "permitted_envelope_refused_total") == {
                (("rule", "envelope.recipient-not-buyer"),): 1.0,
            }
            assert samples(text, "permitted_check_seconds_count") == {(): 4.0}
            assert samples(text, "permitted_transaction_seconds_count") == {(): 4.0}
            assert samples(text, "permitted_relay_seconds_count") == {(): 2.0}
            assert samples(text, "permitted_quarantine_held") == {(("account", "acme"),): 1.0}
            # One idle session open on each worker: the gauge adds the live workers' values.
            assert samples(text, "permitted_smtp_sessions") == {(): 2.0}
            assert samples(text, "permitted_smtp_sessions_refused_total") == {
                (("limit", "client"),): 0.0, (("limit", "total"),): 0.0,
            }
    finally:
        for s in (idle_a, idle_b):
            with contextlib.suppress(smtplib.SMTPException, OSError):
                s.quit()

    # Health from each worker.
    for serving, stopped in ((a, b), (b, a)):
        with only(serving, stopped):
            assert await asyncio.to_thread(http_get, http, "/healthz") == (200, "text/plain; charset=utf-8", "ok\n")
            status, _, body = await asyncio.to_thread(http_get, http, "/readyz")
            assert status == 200 and json.loads(body)["ready"] is True, body

    assert await asyncio.to_thread(stop_serve, served.proc) == 0
    assert not folder.exists()  # the parent removed the metrics folder on its way out


@pytest.fixture
async def upstream() -> AsyncIterator[Upstream]:
    up = Upstream()
    srv = await start_upstream(up)
    yield up
    srv.close()


@pytest.fixture
def procs() -> Iterator[list]:  # type: ignore[type-arg]
    started: list = []  # type: ignore[type-arg]
    yield started
    for p in started:
        if p.poll() is None:
            # Continue any worker this test stopped, then end the serve process (which ends its workers).
            for pid in worker_pids(p.pid):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGCONT)
            p.terminate()
            try:
                p.wait(timeout=30)
            except Exception:
                p.kill()
                p.wait(timeout=30)
