"""`permitted serve` with [metrics] listen: real traffic through a real process, then /metrics scraped
over HTTP must count exactly what was sent; /healthz and /readyz, and /readyz going 503 when the
upstream stops listening.

The upstream (aiosmtpd) runs on this test's event loop, so every blocking call (the process's banner,
smtplib, urllib) runs in a thread.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import smtplib
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families
from proxy_support import (
    BUYER,
    BUYER2,
    INSECURE_LINE,
    OTHER_PASSWORD,
    PASSWORD,
    REPORT_TO,
    SENDER,
    Upstream,
    add_orders,
    base_config,
    message,
    start_upstream,
    to_toml,
)

from proxy.store import open_store

LISTENING = re.compile(r"Permitted listening on 127\.0\.0\.1:(\d+)")
METRICS_AT = re.compile(r"Metrics on http://127\.0\.0\.1:(\d+)/metrics")
OTHER_SENDER = "sales@other.example"
OTHER_ORDER = "114-0937261-5148830"


@dataclass
class Served:
    proc: subprocess.Popen[str]
    smtp_port: int
    http_port: int | None
    banner: str


def start_serve(cwd: Path, stderr_file: Path) -> Served:
    """`permitted serve --config permitted.toml` in `cwd`, after its banner (bounded read)."""
    # stderr to a file, not a pipe: a chatty process never blocks on a full pipe
    with open(stderr_file, "w") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "proxy", "serve", "--config", "permitted.toml", "--log-format", "json"],
            cwd=cwd, text=True, stdout=subprocess.PIPE, stderr=err, env=dict(os.environ),
        )
    assert proc.stdout is not None
    seen = ""
    for _ in range(50):  # bounded: the banner is a few lines
        line = proc.stdout.readline()
        if not line:
            break
        seen += line
        if "Log in with" in line:
            smtp = LISTENING.search(seen)
            http = METRICS_AT.search(seen)
            assert smtp, seen
            return Served(proc, int(smtp.group(1)), int(http.group(1)) if http else None, seen)
    proc.kill()
    proc.wait(timeout=30)
    raise AssertionError(f"no banner; stdout={seen!r} stderr={stderr_file.read_text()!r}")


def stop_serve(proc: subprocess.Popen[str]) -> int:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    try:
        return proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=30)
        raise


def transaction(port: int, user: str, password: str, sender: str, rcpt: str, data: bytes) -> tuple[int, str]:
    """One whole session with smtplib; the reply that ended it (refused RCPT, or the reply to DATA)."""
    with smtplib.SMTP("127.0.0.1", port, timeout=60) as s:
        s.login(user, password)
        code, text = s.mail(sender)
        assert code == 250, text
        code, text = s.rcpt(rcpt)
        if code != 250:
            return code, text.decode()
        code, text = s.data(data)
        return code, text.decode()


def http_get(port: int, path: str) -> tuple[int, str, str]:
    """(status, content type, body); a 503 is an answer here, not an error."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read().decode()


def samples(text: str, family: str) -> dict[tuple[tuple[str, str], ...], float]:
    """Every sample of one metric family, keyed by its sorted labels."""
    out: dict[tuple[tuple[str, str], ...], float] = {}
    for fam in text_string_to_metric_families(text):
        for s in fam.samples:
            if s.name == family:
                out[tuple(sorted(s.labels.items()))] = s.value
    return out


def rules_in_reply(text: str) -> list[str]:
    """The rule IDs a 550 lists, one finding a line ('5.7.1 rule.id: "excerpt" - message' once smtplib
    has cut the reply codes)."""
    return re.findall(r"^(?:\d\.\d{1,3}\.\d{1,3} )?([a-z][a-z0-9-]*\.[a-z0-9.-]+):", text, flags=re.MULTILINE)


@pytest.fixture
async def live_upstream() -> AsyncIterator[tuple[Upstream, asyncio.base_events.Server]]:
    up = Upstream()
    srv = await start_upstream(up)
    yield up, srv
    up.release_hang.set()
    srv.close()


@pytest.fixture
def procs() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for p in started:
        if p.poll() is None:
            p.kill()
            p.wait(timeout=30)


async def seed(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'permitted.db'}")
    await store.open()
    await add_orders(store)
    await store.close()


async def test_metrics_count_exactly_the_traffic_sent(tmp_path: Path, password_hashes, live_upstream, procs) -> None:
    upstream, upstream_server = live_upstream
    data = base_config(tmp_path, upstream.url, password_hashes, metrics={"listen": "127.0.0.1:0"})
    data["accounts"][0]["actions"] = {"link.insecure": "quarantine"}  # acme holds it; other rejects it
    (tmp_path / "permitted.toml").write_text(to_toml(data))
    await seed(tmp_path)
    served = await asyncio.to_thread(start_serve, tmp_path, tmp_path / "serve.log")
    procs.append(served.proc)
    assert served.http_port, served.banner
    port, http = served.smtp_port, served.http_port

    async def send(user: str, password: str, sender: str, rcpt: str, body: bytes) -> tuple[int, str]:
        return await asyncio.to_thread(transaction, port, user, password, sender, rcpt, body)

    # Before any traffic: the upstream series exist at zero, nothing else is counted yet.
    status, ctype, text = await asyncio.to_thread(http_get, http, "/metrics")
    assert status == 200 and ctype.startswith("text/plain")
    assert set(samples(text, "permitted_upstream_total").values()) == {0.0}
    assert samples(text, "permitted_messages_total") == {}

    # 1. relayed (acme)
    code, reply = await send("acme", PASSWORD, SENDER, BUYER, message())
    assert code == 250 and "Sent" in reply
    # 2. quarantined (acme: link.insecure = quarantine), with its bounce report through the upstream
    code, reply = await send("acme", PASSWORD, SENDER, BUYER, message(extra=INSECURE_LINE,
                                                                      message_id="<q@acme.example>"))
    assert code == 250 and "quarantine ID" in reply
    for _ in range(600):  # the report goes out after the reply: wait for it (bounded) before changing mode
        if any(r.rcpt_to == [REPORT_TO] for r in upstream.received):
            break
        await asyncio.sleep(0.05)
    assert [r.rcpt_to for r in upstream.received] == [[BUYER], [REPORT_TO]]
    # 3. rejected (other: link.insecure keeps its default, reject)
    code, reply = await send("other", OTHER_PASSWORD, OTHER_SENDER, BUYER2,
                             message(sender=OTHER_SENDER, to=BUYER2, order=OTHER_ORDER, extra=INSECURE_LINE))
    assert code == 550, reply
    rejected_rules = rules_in_reply(reply)
    assert "link.insecure" in rejected_rules
    # 4. refused at RCPT: not a buyer address
    code, reply = await send("acme", PASSWORD, SENDER, "someone@example.org", message())
    assert code == 550 and "envelope.recipient-not-buyer" in reply
    # 5, 6. compliant, but the upstream answers 451, then 554
    upstream.mode = "tempfail"
    code, reply = await send("acme", PASSWORD, SENDER, BUYER, message(message_id="<t@acme.example>"))
    assert code == 451, reply
    upstream.mode = "permfail"
    code, reply = await send("acme", PASSWORD, SENDER, BUYER, message(message_id="<p@acme.example>"))
    assert code == 554, reply
    upstream.mode = "ok"

    status, _, text = await asyncio.to_thread(http_get, http, "/metrics")
    assert status == 200
    assert samples(text, "permitted_messages_total") == {
        (("account", "acme"), ("verdict", "relay")): 3.0,
        (("account", "acme"), ("verdict", "quarantine")): 1.0,
        (("account", "other"), ("verdict", "reject")): 1.0,
    }
    upstream_counts = samples(text, "permitted_upstream_total")
    assert {k: v for k, v in upstream_counts.items() if v} == {
        (("kind", "message"), ("outcome", "relayed")): 1.0,
        (("kind", "report"), ("outcome", "relayed")): 1.0,
        (("kind", "message"), ("outcome", "temp-fail")): 1.0,
        (("kind", "message"), ("outcome", "perm-fail")): 1.0,
    }
    # Findings: the quarantined message's link.insecure (as quarantine) and whatever the 550 listed
    # (as reject); the compliant messages had none.
    expected: dict[tuple[tuple[str, str], ...], float] = {(("action", "quarantine"), ("rule", "link.insecure")): 1.0}
    for rule in rejected_rules:
        key = (("action", "reject"), ("rule", rule))
        expected[key] = expected.get(key, 0.0) + 1.0
    assert samples(text, "permitted_findings_total") == expected
    assert samples(text, "permitted_envelope_refused_total") == {
        (("rule", "envelope.recipient-not-buyer"),): 1.0,
    }
    assert samples(text, "permitted_quarantine_held") == {(("account", "acme"),): 1.0}
    # Latency histograms: one observation per judged message / upstream attempt / transaction.
    assert samples(text, "permitted_check_seconds_count") == {(): 5.0}
    assert samples(text, "permitted_relay_seconds_count") == {(): 3.0}
    assert samples(text, "permitted_transaction_seconds_count") == {(): 5.0}
    assert samples(text, "permitted_transaction_seconds_bucket")[(("le", "+Inf"),)] == 5.0

    # Health: alive, ready; then the upstream stops listening and /readyz says so (503, JSON reason).
    assert await asyncio.to_thread(http_get, http, "/healthz") == (200, "text/plain; charset=utf-8", "ok\n")
    status, ctype, body = await asyncio.to_thread(http_get, http, "/readyz")
    assert status == 200 and ctype == "application/json", body
    assert json.loads(body) == {"ready": True, "store": "ok", "upstream": "ok"}
    upstream_server.close()
    await upstream_server.wait_closed()
    status, ctype, body = await asyncio.to_thread(http_get, http, "/readyz")
    assert status == 503 and ctype == "application/json", body
    report = json.loads(body)
    assert report["ready"] is False and report["store"] == "ok"
    assert f"upstream smtp://127.0.0.1:{upstream.port} unreachable" in report["reason"]
    assert (await asyncio.to_thread(http_get, http, "/nope"))[0] == 404

    assert await asyncio.to_thread(stop_serve, served.proc) == 0


async def test_readyz_for_a_maildir_upstream_and_metrics_off_by_default(tmp_path: Path, password_hashes,
                                                                        procs) -> None:
    outbox = tmp_path / "outbox"
    data = base_config(tmp_path, f"maildir:{outbox}", password_hashes, metrics={"listen": "127.0.0.1:0"})
    (tmp_path / "permitted.toml").write_text(to_toml(data))
    served = await asyncio.to_thread(start_serve, tmp_path, tmp_path / "serve.log")
    procs.append(served.proc)
    assert served.http_port
    status, _, body = await asyncio.to_thread(http_get, served.http_port, "/readyz")
    assert status == 200, body
    assert not list((outbox / "tmp").iterdir())  # the probe file was removed
    # The maildir folder becomes a file: nothing can be delivered there, and /readyz says so.
    for sub in ("tmp", "new", "cur"):
        if (outbox / sub).exists():
            (outbox / sub).rmdir()
    outbox.rmdir()
    outbox.write_text("not a folder")
    status, _, body = await asyncio.to_thread(http_get, served.http_port, "/readyz")
    assert status == 503, body
    assert f"maildir {outbox} not writable" in json.loads(body)["reason"]
    assert await asyncio.to_thread(stop_serve, served.proc) == 0

    # Without [metrics] listen no HTTP port is opened and the banner does not mention one.
    data.pop("metrics")
    (tmp_path / "permitted.toml").write_text(to_toml(data))
    served = await asyncio.to_thread(start_serve, tmp_path, tmp_path / "serve2.log")
    procs.append(served.proc)
    assert served.http_port is None and "Metrics" not in served.banner
    assert await asyncio.to_thread(stop_serve, served.proc) == 0
