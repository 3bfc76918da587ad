"""SIGHUP reloads `permitted serve`'s config without dropping sessions (a real process, real smtplib).

A transaction open across the reload ends under the config it began with; the next ones (same
session or new) use the new config. Restart-only keys are logged as ignored. A broken file (bad TOML,
a validation error) is refused with the reason logged, and the config before it stays in force.
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
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from proxy_support import (
    BUYER,
    INSECURE_LINE,
    ORDER,
    PASSWORD,
    SENDER,
    add_orders,
    base_config,
    message,
    to_toml,
)

from proxy.auth import hash_password
from proxy.store import open_store

LISTENING = re.compile(r"Permitted listening on 127\.0\.0\.1:(\d+)")
RELOAD_EVENTS = ("config_reloaded", "config_reload_refused")
NEW_PASSWORD = "brand new account pass"


def start_serve(cwd: Path, stderr_file: Path) -> tuple[subprocess.Popen[str], int]:
    with open(stderr_file, "w") as err:  # a file, not a pipe: read at leisure, never blocks the process
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
            m = LISTENING.search(seen)
            assert m, seen
            return proc, int(m.group(1))
    proc.kill()
    proc.wait(timeout=30)
    raise AssertionError(f"no banner; stdout={seen!r} stderr={stderr_file.read_text()!r}")


def events(log_file: Path) -> list[dict[str, Any]]:
    out = []
    for line in log_file.read_text().splitlines():
        if line.startswith("{"):
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError:
                continue  # a line still being written
    return out


def reload_and_wait(proc: subprocess.Popen[str], log_file: Path) -> dict[str, Any]:
    """SIGHUP, then the reload's outcome event (applied or refused), polled with a bound."""
    before = sum(e.get("event") in RELOAD_EVENTS for e in events(log_file))
    proc.send_signal(signal.SIGHUP)
    for _ in range(1200):
        outcome = [e for e in events(log_file) if e.get("event") in RELOAD_EVENTS]
        if len(outcome) > before:
            return outcome[-1]
        assert proc.poll() is None, log_file.read_text()
        time.sleep(0.05)
    raise AssertionError(f"no reload event; log: {log_file.read_text()}")


def send(port: int, user: str, password: str, body: bytes) -> tuple[int, str]:
    with smtplib.SMTP("127.0.0.1", port, timeout=60) as s:
        s.login(user, password)
        s.mail(SENDER)
        s.rcpt(BUYER)
        code, text = s.data(body)
        return code, text.decode()


def outbox(tmp_path: Path) -> list[bytes]:
    new = tmp_path / "outbox" / "new"
    return [p.read_bytes() for p in sorted(new.iterdir())] if new.exists() else []


@pytest.fixture
def procs() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for p in started:
        if p.poll() is None:
            p.kill()
            p.wait(timeout=30)


def test_sighup_reload_keeps_sessions_and_refuses_broken_configs(tmp_path: Path, password_hashes, procs) -> None:
    config_file = tmp_path / "permitted.toml"
    log_file = tmp_path / "serve.log"
    old = base_config(tmp_path, "maildir:./outbox", password_hashes)
    config_file.write_text(to_toml(old))

    async def seed() -> None:
        async with open_store(old["store"]["url"]) as store:
            await add_orders(store)
            # Orders belong to an account: the account the reload adds needs the order too.
            known = await store.get_orders("acme", [ORDER])
            await store.upsert_orders("newbie", known.values())

    asyncio.run(seed())
    proc, port = start_serve(tmp_path, log_file)
    procs.append(proc)
    insecure = message(extra=INSECURE_LINE, message_id="<live@acme.example>")

    # A session in the middle of DATA when the reload lands.
    live = smtplib.SMTP("127.0.0.1", port, timeout=60)
    live.login("acme", PASSWORD)
    assert live.mail(SENDER)[0] == 250 and live.rcpt(BUYER)[0] == 250
    assert live.docmd("DATA")[0] == 354
    live.send(insecure[:300])

    # The new config: link.insecure only warns, a new account, and two restart-only changes.
    new = base_config(tmp_path, "maildir:./outbox", password_hashes,
                      policy={"actions": {"link.insecure": "warn"}})
    new["accounts"].append({"name": "newbie", "username": "newbie", "password_hash": hash_password(NEW_PASSWORD),
                            "senders": [SENDER]})
    new["server"]["listen"] = "127.0.0.1:1"
    new["store"]["url"] = f"sqlite:///{tmp_path / 'elsewhere.db'}"
    config_file.write_text(to_toml(new))
    applied = reload_and_wait(proc, log_file)
    assert applied["event"] == "config_reloaded", applied
    assert applied["accounts"] == ["acme", "other", "newbie"]
    [ignored] = [e for e in events(log_file) if e.get("event") == "config_reload_ignored"]
    assert ignored["keys"] == ["server.listen", "store.url"] and "restart" in ignored["reason"]

    # The open transaction ends under the config it began with: rejected for link.insecure.
    live.send(insecure[300:] + b".\r\n")
    code, text = live.getreply()
    assert code == 550 and b"link.insecure" in text, text
    # The same session's next transaction uses the new config: relayed with a warning.
    assert live.mail(SENDER)[0] == 250 and live.rcpt(BUYER)[0] == 250
    code, text = live.data(message(extra=INSECURE_LINE, message_id="<next@acme.example>"))
    assert code == 250, text
    live.quit()
    # A new session too, on the old listen address (listen changes need a restart), and the new account.
    code, text = send(port, "newbie", NEW_PASSWORD, message(extra=INSECURE_LINE, message_id="<n@acme.example>"))
    assert code == 250, text
    relayed = outbox(tmp_path)
    assert len(relayed) == 2 and all(b"X-Permitted-Warning: link.insecure" in m for m in relayed)
    assert not (tmp_path / "elsewhere.db").exists()

    # A session logged in as newbie when a reload removes the account must log in again.
    held = smtplib.SMTP("127.0.0.1", port, timeout=60)
    held.login("newbie", NEW_PASSWORD)
    without_newbie = {**new, "accounts": new["accounts"][:2]}
    config_file.write_text(to_toml(without_newbie))
    assert reload_and_wait(proc, log_file)["event"] == "config_reloaded"
    code, text = held.mail(SENDER)
    assert code == 530, text
    held.quit()

    # Broken files are refused, each with a reason naming the problem; the running config stays.
    config_file.write_text(to_toml(new))  # newbie back: this is the config that must stay in force
    assert reload_and_wait(proc, log_file)["event"] == "config_reloaded"
    config_file.write_text(to_toml(new) + "[policy\n")  # an unclosed table header
    refused = reload_and_wait(proc, log_file)
    assert refused["event"] == "config_reload_refused" and "stays in force" in refused["result"]
    assert refused["reason"].startswith("permitted.toml: not valid TOML") and "line" in refused["reason"]
    broken = base_config(tmp_path, "maildir:./outbox", password_hashes, policy={"mode": "strict"})
    config_file.write_text(to_toml(broken))
    refused = reload_and_wait(proc, log_file)
    assert refused["event"] == "config_reload_refused"
    assert "`policy.mode` = 'strict'" in refused["reason"] and "enforce" in refused["reason"]
    code, text = send(port, "newbie", NEW_PASSWORD, message(extra=INSECURE_LINE, message_id="<s@acme.example>"))
    assert code == 250, text  # still the new config: newbie exists, link.insecure warns
    assert len(outbox(tmp_path)) == 3

    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) == 0
