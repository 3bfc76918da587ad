"""`permitted serve` as a real process: start, banner, a message via smtplib into the maildir, SIGTERM."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import smtplib
import socket
import subprocess
import sys
import time
from pathlib import Path

from proxy_support import BUYER, PASSWORD, SENDER, add_orders, base_config, message, to_toml

from proxy.auth import verify_password
from proxy.store import open_store

LISTENING = re.compile(r"Permitted listening on 127\.0\.0\.1:(\d+)")


def start(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[subprocess.Popen[str], int, str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "proxy", *args], cwd=cwd, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, **(env or {})},
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
            return proc, int(m.group(1)), seen
    proc.kill()
    raise AssertionError(f"no banner; stdout={seen!r} stderr={proc.stderr.read() if proc.stderr else ''}")


def stop(proc: subprocess.Popen[str]) -> int:
    proc.send_signal(signal.SIGTERM)
    return proc.wait(timeout=60)


def maildir_files(outbox: Path) -> list[Path]:
    return sorted((outbox / "new").glob("*")) if (outbox / "new").exists() else []


def seed_orders(tmp_path: Path) -> None:
    async def seed() -> None:
        store = open_store(f"sqlite:///{tmp_path / 'permitted.db'}")
        await store.open()
        await add_orders(store)
        await store.close()

    asyncio.run(seed())


def test_serve_relays_into_maildir_and_exits_0_on_sigterm(tmp_path: Path, password_hashes) -> None:
    data = base_config(tmp_path, "maildir:./outbox", password_hashes)
    data["store"]["url"] = "sqlite:///./permitted.db"
    (tmp_path / "permitted.toml").write_text(to_toml(data))
    seed_orders(tmp_path)
    proc, port, banner = start(["serve", "--config", "permitted.toml"], tmp_path)
    try:
        assert "Log in with SMTP AUTH as: acme, other" in banner
        with smtplib.SMTP("127.0.0.1", port, timeout=30) as s:
            s.login("acme", PASSWORD)
            assert s.sendmail(SENDER, [BUYER], message()) == {}
    finally:
        code = stop(proc)
    assert code == 0
    [file] = maildir_files(tmp_path / "outbox")
    content = file.read_bytes()
    assert content.startswith(f"Return-Path: <{SENDER}>\r\n".encode())
    assert content.endswith(message())
    assert b"\r\nReceived: from " in content
    logs = proc.stderr.read() if proc.stderr else ""
    event = next(line for line in logs.splitlines() if '"event": "message"' in line)
    assert '"verdict": "relay"' in event and BUYER in event
    assert "Engraving" not in logs and PASSWORD not in logs  # no bodies, no secrets


def test_first_start_writes_a_config_and_says_how_to_log_in(tmp_path: Path) -> None:
    proc, port, banner = start(["serve"], tmp_path, env={"PERMITTED_SERVER__LISTEN": "127.0.0.1:0"})
    try:
        assert "created one for you" in banner
        password = re.search(r"SMTP password: (\S+)", banner)
        assert password and (tmp_path / "permitted.toml").exists()
        config = (tmp_path / "permitted.toml").read_text()
        assert password.group(1) not in config
        stored = re.search(r'password_hash = "([^"]+)"', config)
        assert stored and verify_password(password.group(1), stored.group(1))
        with smtplib.SMTP("127.0.0.1", port, timeout=30) as s:
            s.login("seller", password.group(1))
    finally:
        assert stop(proc) == 0


def test_sigterm_lets_a_transaction_in_flight_finish(tmp_path: Path, password_hashes) -> None:
    data = base_config(tmp_path, "maildir:./outbox", password_hashes)
    (tmp_path / "permitted.toml").write_text(to_toml(data))
    seed_orders(tmp_path)
    proc, port, _ = start(["serve", "--config", "permitted.toml"], tmp_path)
    try:
        s = smtplib.SMTP("127.0.0.1", port, timeout=30)
        s.login("acme", PASSWORD)
        s.mail(SENDER)
        s.rcpt(BUYER)
        code, _ = s.docmd("DATA")
        assert code == 354
        s.send(message()[:200])
        proc.send_signal(signal.SIGTERM)
        # The listener closes first: new connections are refused (bounded wait for the signal to land).
        for _ in range(600):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=5).close()
            except OSError:
                break
            proc.poll()
            assert proc.returncode is None
            time.sleep(0.05)
        else:
            raise AssertionError("listener never closed")
        s.send(message()[200:] + b".\r\n")
        code, text = s.getreply()
        assert code == 250, text
        s.close()
        assert proc.wait(timeout=60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    assert len(maildir_files(tmp_path / "outbox")) == 1


def test_init_and_hash_password(tmp_path: Path) -> None:
    run = [sys.executable, "-m", "proxy"]
    done = subprocess.run([*run, "init", "--config", "mine.toml"], cwd=tmp_path, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0 and "SMTP password:" in done.stdout
    again = subprocess.run([*run, "init", "--config", "mine.toml"], cwd=tmp_path, capture_output=True, text=True,
                           timeout=120)
    assert again.returncode == 2 and "already exists" in again.stderr
    hashed = subprocess.run([*run, "hash-password"], input="s3cret\n", capture_output=True, text=True, timeout=120)
    assert hashed.returncode == 0 and verify_password("s3cret", hashed.stdout.strip())


def test_serve_warms_up_before_accepting_mail(tmp_path: Path, password_hashes) -> None:
    """With warm_up on (the default), each process judges the typical messages before the banner: the
    log says how long it took, and the first message is then judged like any other."""
    data = base_config(tmp_path, "maildir:./outbox", password_hashes)
    data["server"]["warm_up"] = True
    data["store"]["url"] = "sqlite:///./permitted.db"
    (tmp_path / "permitted.toml").write_text(to_toml(data))
    seed_orders(tmp_path)
    proc, port, _banner = start(["serve", "--config", "permitted.toml"], tmp_path)
    try:
        with smtplib.SMTP("127.0.0.1", port, timeout=30) as s:
            s.login("acme", PASSWORD)
            assert s.sendmail(SENDER, [BUYER], message()) == {}
    finally:
        code = stop(proc)
    assert code == 0
    assert proc.stderr is not None
    log = proc.stderr.read()
    warmed = [line for line in log.splitlines() if "warmed_up" in line]
    assert len(warmed) == 1, log
    assert len(maildir_files(tmp_path / "outbox")) == 1
