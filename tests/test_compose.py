"""docker-compose.yml, tested without a Docker engine.

1. The compose file parses and wires PostgreSQL, Mailpit and two Permitted instances that mount
   deploy/compose.toml where the image's entrypoint reads its config.
2. The very same deploy/compose.toml runs as two `permitted serve` processes here. The file is used
   unchanged; only what differs between the compose network and this machine is overridden with the
   documented environment variables: the `postgres` host becomes the local PostgreSQL (a fresh schema),
   `mailpit` becomes a recording aiosmtpd upstream in this test, and the listen ports are ephemeral.
   Orders are imported with `permitted orders import`, then one review request for the same order is
   raced through both instances at once: exactly one is relayed, the other refused with review.repeat.

Without PostgreSQL the second part skips, unless REQUIRE_POSTGRES is set: then it fails.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import os
import re
import secrets
import signal
import smtplib
import subprocess
import sys
import threading
import tomllib
import urllib.error
import urllib.request
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import asyncpg
import pytest
import yaml
from aiosmtpd.smtp import SMTP as AioSMTP
from aiosmtpd.smtp import Envelope, Session

ROOT = Path(__file__).resolve().parents[1]
COMPOSE_FILE = ROOT / "docker-compose.yml"
COMPOSE_CONFIG = ROOT / "deploy" / "compose.toml"
PG_URL = os.environ.get("PERMITTED_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
DEMO_PASSWORD = "demo-password-change-me"  # documented in deploy/compose.toml
SENDER = "support@seller.example"
BUYER = "q7rk2m9vx4c1nzp@marketplace.amazon.com"
ORDER = "112-5550198-3047261"
LISTENING = re.compile(r"Permitted listening on 127\.0\.0\.1:(\d+)")
METRICS_AT = re.compile(r"Metrics on http://127\.0\.0\.1:(\d+)/metrics")


# 1. The compose file ----------------------------------------------------------------------------------

def test_compose_file_wires_postgres_mailpit_and_two_instances_on_the_tested_config() -> None:
    compose = yaml.safe_load(COMPOSE_FILE.read_text())
    services = compose["services"]
    assert {"postgres", "mailpit", "permitted-1", "permitted-2"} <= set(services)
    assert services["postgres"]["image"].startswith("postgres:")
    assert services["mailpit"]["image"].startswith("axllent/mailpit")
    dockerfile = (ROOT / "Dockerfile").read_text()
    entry_config = re.search(r'CMD \["serve", "--config", "([^"]+)"\]', dockerfile)
    assert entry_config, "the Dockerfile's CMD must name the config file it serves"
    published = []
    for name in ("permitted-1", "permitted-2"):
        svc = services[name]
        assert "build" in svc
        mounts = [str(v) for v in svc["volumes"]]
        assert any(m.split(":")[0] == "./deploy/compose.toml" and m.split(":")[1] == entry_config.group(1)
                   for m in mounts), mounts
        assert {"postgres", "mailpit"} <= set(svc["depends_on"])
        published += [str(p).split("#")[0].strip().split(":")[-2] for p in svc.get("ports", [])
                      if str(p).split(":")[-1].split()[0] == "2525"]
    assert len(published) == len(set(published)) == 2, "each instance needs its own host SMTP port"

    config = tomllib.loads(COMPOSE_CONFIG.read_text())
    store, upstream = urlsplit(config["store"]["url"]), urlsplit(config["upstream"]["url"])
    # The hostnames are the compose services: what the process test below rewrites.
    assert store.scheme == "postgresql" and store.hostname == "postgres"
    assert upstream.scheme == "smtp" and upstream.hostname == "mailpit"
    assert config["server"]["listen"].endswith(":2525")


# 2. The same configuration, two processes, one shared PostgreSQL ---------------------------------------

def _probe(url: str) -> str | None:
    async def connect() -> None:
        conn = await asyncpg.connect(url, timeout=5)
        await conn.close()

    try:
        asyncio.run(connect())
    except Exception as exc:  # any failure to connect means "unreachable" here
        return f"{type(exc).__name__}: {exc}"
    return None


@pytest.fixture
def local_store_url() -> Iterator[str]:
    """The compose `postgres` database, here: a fresh schema on the local server (dropped afterwards)."""
    problem = _probe(PG_URL)
    if problem is not None:
        if os.environ.get("REQUIRE_POSTGRES"):
            pytest.fail(f"PostgreSQL at {PG_URL} unreachable and REQUIRE_POSTGRES is set: {problem}")
        pytest.skip(f"PostgreSQL at {PG_URL} unreachable: {problem}")
    schema = f"permitted_compose_{secrets.token_hex(5)}"
    yield f"{PG_URL}{'&' if '?' in PG_URL else '?'}schema={schema}"

    async def drop() -> None:
        conn = await asyncpg.connect(PG_URL, timeout=10)
        try:
            await conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        finally:
            await conn.close()

    asyncio.run(drop())


class Mailpit:
    """Stands in for the compose `mailpit` service: a real SMTP server recording what it accepts."""

    def __init__(self) -> None:
        self.received: list[tuple[str, list[str], bytes]] = []
        self.port = 0

    async def handle_DATA(self, server: Any, session: Session, envelope: Envelope) -> str:
        self.received.append((envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.original_content)))
        return f"250 2.0.0 Ok: queued as MP{len(self.received):04d}"


@pytest.fixture
async def mailpit() -> AsyncIterator[Mailpit]:
    box = Mailpit()
    loop = asyncio.get_running_loop()
    srv = await loop.create_server(lambda: AioSMTP(box, hostname="mailpit.test"), "127.0.0.1", 0)
    box.port = srv.sockets[0].getsockname()[1]
    yield box
    srv.close()


@pytest.fixture
def procs() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for p in started:
        if p.poll() is None:
            p.kill()
            p.wait(timeout=30)


def review_request() -> bytes:
    head = (
        f"From: Seller Example <{SENDER}>\nTo: {BUYER}\n"
        f"Subject: Order {ORDER}: would you review your cutting board?\n"
        f"Date: Tue, 09 Jun 2026 10:20:00 -0400\nMessage-ID: <race.{secrets.token_hex(4)}@seller.example>\n"
        'MIME-Version: 1.0\nContent-Type: text/plain; charset="us-ascii"\nContent-Transfer-Encoding: 7bit\n\n'
    )
    body = (
        "Hello,\n\n"
        f"Thank you for choosing Seller Example for your order {ORDER} (Personalized Bamboo Cutting Board).\n\n"
        "If you have a moment, we would be grateful for a review of the board on Amazon. Honest reviews,\n"
        "whatever your experience was, help other customers decide whether the product is right for them.\n"
        "You can write one from Your Orders by selecting \"Write a product review\".\n\n"
        "Best regards,\nDana Example\nSeller Example\n"
    )
    return (head + body).replace("\n", "\r\n").encode("ascii")


def start_instance(env: dict[str, str], cwd: Path, name: str) -> tuple[subprocess.Popen[str], int, int]:
    with open(cwd / f"{name}.log", "w") as err:  # a file: a chatty process never blocks on a pipe
        proc = subprocess.Popen(
            [sys.executable, "-m", "proxy", "serve", "--config", str(COMPOSE_CONFIG), "--log-format", "json"],
            cwd=cwd, env=env, text=True, stdout=subprocess.PIPE, stderr=err,
        )
    assert proc.stdout is not None
    seen = ""
    for _ in range(50):  # bounded: the banner is a few lines
        line = proc.stdout.readline()
        if not line:
            break
        seen += line
        if "Log in with" in line:
            smtp, http = LISTENING.search(seen), METRICS_AT.search(seen)
            assert smtp and http, seen
            return proc, int(smtp.group(1)), int(http.group(1))
    proc.kill()
    proc.wait(timeout=30)
    raise AssertionError(f"{name}: no banner; stdout={seen!r} stderr={(cwd / f'{name}.log').read_text()!r}")


def http_get(port: int, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def race(ports: list[int], data: bytes) -> list[tuple[int, str]]:
    """One session per port, each brought to the last line of DATA; then both final dots at once."""
    sessions = []
    for port in ports:
        s = smtplib.SMTP("127.0.0.1", port, timeout=60)
        s.login("demo", DEMO_PASSWORD)
        assert s.mail(SENDER)[0] == 250 and s.rcpt(BUYER)[0] == 250
        assert s.docmd("DATA")[0] == 354
        s.send(data if data.endswith(b"\r\n") else data + b"\r\n")
        sessions.append(s)
    go = threading.Barrier(len(sessions), timeout=30)

    def finish(s: smtplib.SMTP) -> tuple[int, str]:
        go.wait()
        s.send(b".\r\n")
        code, text = s.getreply()
        s.quit()
        return code, text.decode()

    with concurrent.futures.ThreadPoolExecutor(len(sessions)) as pool:
        return list(pool.map(finish, sessions))


def samples(text: str, name: str) -> dict[tuple[tuple[str, str], ...], float]:
    from prometheus_client.parser import text_string_to_metric_families

    return {tuple(sorted(s.labels.items())): s.value
            for fam in text_string_to_metric_families(text) for s in fam.samples if s.name == name}


async def test_compose_config_as_two_processes_relays_a_raced_review_request_once(
    tmp_path: Path, local_store_url: str, mailpit: Mailpit, procs: list[subprocess.Popen[str]]
) -> None:
    # The compose hosts, rewritten for this machine through the documented environment overrides.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PERMITTED_")}
    env.update({
        "PERMITTED_STORE__URL": local_store_url,                       # postgres -> local PostgreSQL
        "PERMITTED_UPSTREAM__URL": f"smtp://127.0.0.1:{mailpit.port}",  # mailpit -> this test's upstream
        "PERMITTED_SERVER__LISTEN": "127.0.0.1:0",                      # 0.0.0.0:2525 -> ephemeral
        "PERMITTED_METRICS__LISTEN": "127.0.0.1:0",                     # 0.0.0.0:9325 -> ephemeral
    })
    now = datetime.now(UTC)
    stamp = "%Y-%m-%dT%H:%M:%SZ"
    (tmp_path / "orders.csv").write_text(
        "order_id,buyer_email,marketplace,buyer_language,purchased_at,shipped_at,delivered_at,product_title\n"
        f"{ORDER},{BUYER},amazon.com,en,{(now - timedelta(days=6)).strftime(stamp)},"
        f"{(now - timedelta(days=5)).strftime(stamp)},{(now - timedelta(days=2)).strftime(stamp)},"
        "Personalized Bamboo Cutting Board\n"
    )
    imported = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "proxy", "orders", "import", "orders.csv", "--config", str(COMPOSE_CONFIG),
         "--account", "demo"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )
    assert imported.returncode == 0, imported.stderr

    first = await asyncio.to_thread(start_instance, env, tmp_path, "permitted-1")
    procs.append(first[0])
    second = await asyncio.to_thread(start_instance, env, tmp_path, "permitted-2")
    procs.append(second[0])
    for _, _, http in (first, second):
        status, body = await asyncio.to_thread(http_get, http, "/readyz")
        assert status == 200, body
        assert json.loads(body)["ready"] is True

    replies = await asyncio.to_thread(race, [first[1], second[1]], review_request())

    codes = sorted(code for code, _ in replies)
    assert codes == [250, 550], replies
    refused = next(text for code, text in replies if code == 550)
    assert "review.repeat" in refused, refused
    assert [(frm, to) for frm, to, _ in mailpit.received] == [(SENDER, [BUYER])]
    # Each instance counted its own side of the race.
    verdicts = []
    for _, _, http in (first, second):
        _, text = await asyncio.to_thread(http_get, http, "/metrics")
        verdicts += [labels for labels, v in samples(text, "permitted_messages_total").items() if v == 1.0]
    assert sorted(verdicts) == [(("account", "demo"), ("verdict", "reject")),
                                (("account", "demo"), ("verdict", "relay"))]

    for proc, _, _ in (first, second):
        proc.send_signal(signal.SIGTERM)
    for proc, _, _ in (first, second):
        assert await asyncio.to_thread(proc.wait, 60) == 0
