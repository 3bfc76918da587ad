"""`[server] workers = 2`: a parent binds, two `permitted serve` workers accept on the shared socket."""

from __future__ import annotations

import os
import signal
import smtplib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from proxy_support import BUYER, PASSWORD, SENDER, base_config, message, to_toml
from test_proxy_serve_process import maildir_files, seed_orders, start


def children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    if int(fh.read().rsplit(")", 1)[1].split()[1]) == pid:
                        found.append(int(entry))
            except (OSError, ValueError, IndexError):
                continue
    return found


def send(port: int, n: int) -> dict[str, tuple[int, bytes]]:
    with smtplib.SMTP("127.0.0.1", port, timeout=60) as s:
        s.login("acme", PASSWORD)
        return s.sendmail(SENDER, [BUYER], message(message_id=f"<w{n}@acme.example>"))


def test_two_workers_serve_and_sigterm_exits_cleanly(tmp_path: Path, password_hashes) -> None:
    data = base_config(tmp_path, "maildir:./outbox", password_hashes, server={"workers": 2})
    data["store"]["url"] = "sqlite:///./permitted.db"
    (tmp_path / "permitted.toml").write_text(to_toml(data))
    seed_orders(tmp_path)
    proc, port, _ = start(["serve", "--config", "permitted.toml"], tmp_path)
    try:
        workers = children(proc.pid)
        assert len(workers) == 2
        with ThreadPoolExecutor(8) as pool:
            results = list(pool.map(lambda n: send(port, n), range(12)))
        assert results == [{}] * 12
        proc.send_signal(signal.SIGHUP)  # forwarded: the workers reload and keep serving
        assert send(port, 99) == {}
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=60)
    assert code == 0
    assert len(maildir_files(tmp_path / "outbox")) == 13
    assert all(not os.path.exists(f"/proc/{pid}") or children(proc.pid) == [] for pid in workers)
