"""Quarantine review through the real CLI: list/show/release/delete, scoped per account."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

import pytest
from proxy_support import BUYER, SENDER, base_config, insecure_message, to_toml
from smtp_client import connect

from proxy.quarantine import QuarantineError, delete, release
from proxy.relay import open_relay

ACTIONS = {"link.insecure": "quarantine", "link.external": "quarantine"}


async def cli(*args: str, cwd: Path) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "proxy", *args, cwd=cwd,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), 120)
    return proc.returncode or 0, out.decode(), err.decode()


async def quarantined(proxy, raw: bytes) -> str:  # type: ignore[no-untyped-def]
    client = await connect(proxy.port)
    _, reply = await client.sendmail(SENDER, [BUYER], raw)
    await client.quit()
    assert reply.startswith("2.6.0")
    [item] = await proxy.store.quarantine_list("acme")
    return item.id


@pytest.fixture
def config_file(tmp_path: Path, upstream, password_hashes) -> Path:  # type: ignore[no-untyped-def]
    data = base_config(tmp_path, upstream.url, password_hashes, acme={"actions": ACTIONS})
    path = tmp_path / "permitted.toml"
    path.write_text(to_toml(data), encoding="utf-8")
    return path


async def test_release_delivers_the_original_byte_for_byte(make_proxy, upstream, config_file, tmp_path) -> None:
    proxy = await make_proxy(upstream.url, acme={"actions": ACTIONS})
    raw = insecure_message()
    item_id = await quarantined(proxy, raw)
    await proxy.pipeline.drain(30)
    assert len(upstream.received) == 1  # the bounce report only
    cfg = str(config_file)

    code, out, _ = await cli("quarantine", "list", "--config", cfg, "--account", "acme", "--format", "json", cwd=tmp_path)
    assert code == 0 and [i["id"] for i in json.loads(out)] == [item_id]
    assert json.loads(out)[0]["rules"][0].startswith("link.")

    code, out, _ = await cli("quarantine", "show", item_id, "--config", cfg, "--account", "acme", cwd=tmp_path)
    assert code == 0 and "link.insecure" in out and f"permitted quarantine release {item_id}" in out

    code, out, err = await cli("quarantine", "release", item_id, "--config", cfg, "--account", "acme", cwd=tmp_path)
    assert code == 0, err
    assert len(upstream.received) == 2
    released = upstream.received[1]
    assert released.data == raw and released.mail_from == SENDER and released.rcpt_to == [BUYER]

    code, _, err = await cli("quarantine", "release", item_id, "--config", cfg, cwd=tmp_path)
    assert code == 1 and "not held" in err
    assert len(upstream.received) == 2


async def test_an_account_sees_and_touches_only_its_own(make_proxy, upstream, config_file, tmp_path) -> None:
    proxy = await make_proxy(upstream.url, acme={"actions": ACTIONS})
    item_id = await quarantined(proxy, insecure_message())
    cfg = str(config_file)
    code, out, _ = await cli("quarantine", "list", "--config", cfg, "--account", "other", "--format", "json", cwd=tmp_path)
    assert code == 0 and json.loads(out) == []
    for action in ("show", "release", "delete"):
        code, _, err = await cli("quarantine", action, item_id, "--config", cfg, "--account", "other", cwd=tmp_path)
        assert code == 1 and "no quarantined message" in err, (action, err)
    [item] = await proxy.store.quarantine_list("acme")
    assert item.status == "held"
    code, out, _ = await cli("quarantine", "delete", item_id, "--config", cfg, "--account", "acme", cwd=tmp_path)
    assert code == 0 and await proxy.store.quarantine_list("acme") == []


async def test_release_racing_delete_has_one_winner(make_proxy, upstream) -> None:
    proxy = await make_proxy(upstream.url, acme={"actions": ACTIONS})
    item_id = await quarantined(proxy, insecure_message())
    await proxy.pipeline.drain(30)
    relay = open_relay(proxy.config.upstream, "permitted.test")
    outcomes = await asyncio.gather(
        release(proxy.config, proxy.store, relay, item_id, "acme"),
        delete(proxy.store, item_id, "acme"),
        return_exceptions=True,
    )
    await relay.close()
    errors = [o for o in outcomes if isinstance(o, QuarantineError)]
    assert len(errors) == 1, outcomes
    item = await proxy.store.quarantine_get(item_id, "acme")
    assert item is not None
    delivered = len(upstream.received) - 1  # minus the bounce
    assert (item.status, delivered) in (("released", 1), ("deleted", 0))
