"""Upstream trouble: the client hears 451 (retry) or 554 (refused), never a false 250; the message is
neither lost (the client still has it) nor delivered twice (a retry delivers it exactly once)."""

from __future__ import annotations

import asyncio
import ssl

import aiosmtplib
import pytest
from aiosmtpd.smtp import SMTP as AioSMTP
from proxy_support import BUYER, ORDER, SENDER, Upstream, closed_port, message, review_message
from smtp_client import connect

from proxy.config import build_config
from proxy.relay import SmtpRelay


async def send_expecting(port: int, raw: bytes, code: int) -> str:
    client = await connect(port)
    with pytest.raises(aiosmtplib.SMTPDataError) as failed:
        await client.sendmail(SENDER, [BUYER], raw)
    await client.quit()
    assert failed.value.code == code, failed.value.message
    return failed.value.message


async def test_refused_connection_is_451(make_proxy) -> None:
    proxy = await make_proxy(f"smtp://127.0.0.1:{closed_port()}")
    text = await send_expecting(proxy.port, message(), 451)
    assert text.startswith("4.4.1") and "cannot reach the upstream" in text


@pytest.mark.parametrize(("mode", "code", "needle"), [
    ("tempfail", 451, "Upstream is busy"),
    ("rcpt-tempfail", 451, "Mailbox busy"),
    ("permfail", 554, "Upstream policy says no"),
])
async def test_upstream_refusals_are_mirrored(make_proxy, upstream, mode, code, needle) -> None:
    proxy = await make_proxy(upstream.url)
    upstream.mode = mode
    text = await send_expecting(proxy.port, message(), code)
    assert needle in text
    assert upstream.received == []
    # The client retries once the upstream is well again: delivered exactly once.
    upstream.mode = "ok"
    client = await connect(proxy.port)
    await client.sendmail(SENDER, [BUYER], message())
    await client.quit()
    assert len(upstream.received) == 1


async def test_upstream_timeout_is_451(make_proxy, upstream) -> None:
    proxy = await make_proxy(upstream.url, upstream={"timeout": 0.5})
    upstream.mode = "hang"
    text = await send_expecting(proxy.port, message(), 451)
    assert text.startswith("4.4.2") and "timed out" in text
    upstream.release_hang.set()
    assert upstream.received == []


async def test_upstream_drop_mid_data_is_451(make_proxy, dropping_upstream) -> None:
    proxy = await make_proxy(f"smtp://127.0.0.1:{dropping_upstream}")
    text = await send_expecting(proxy.port, message(), 451)
    assert "DATA" in text


async def test_failed_relay_releases_the_review_ledger_hold(make_proxy, upstream) -> None:
    proxy = await make_proxy(upstream.url)
    upstream.mode = "tempfail"
    await send_expecting(proxy.port, review_message(), 451)
    assert await proxy.store.reviewed_orders("acme", [ORDER]) == set()
    # The retry is not a "repeat request": the failed attempt left no trace in the ledger.
    upstream.mode = "ok"
    client = await connect(proxy.port)
    await client.sendmail(SENDER, [BUYER], review_message())
    await client.quit()
    assert await proxy.store.reviewed_orders("acme", [ORDER]) == {ORDER}
    assert len(upstream.received) == 1


async def test_upstream_starttls_is_verified(upstream_tls, tls_files) -> None:
    up, port = upstream_tls
    base = {"upstream": {"url": f"smtp://localhost:{port}", "timeout": 5}}
    trusting = build_config({"upstream": base["upstream"] | {"ca_file": str(tls_files.cert)}}, environ={})
    relay = SmtpRelay(trusting.upstream, "permitted.test")
    ok = await relay.send(SENDER, [BUYER], message())
    await relay.close()
    assert ok.accepted, ok
    # Verification is on by default: an unknown certificate is a (temporary) failure, not plain text.
    strict = SmtpRelay(build_config(base, environ={}).upstream, "permitted.test")
    failed = await strict.send(SENDER, [BUYER], message())
    await strict.close()
    assert not failed.accepted and failed.temporary
    assert len(up.received) == 1



async def test_smtps_upstream_with_implicit_tls(tls_files) -> None:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(tls_files.cert, tls_files.key)
    up = Upstream()
    loop = asyncio.get_running_loop()
    srv = await loop.create_server(lambda: AioSMTP(up, hostname="upstream.test"), "127.0.0.1", 0, ssl=ctx)
    port = srv.sockets[0].getsockname()[1]
    try:
        config = build_config({"upstream": {"url": f"smtps://localhost:{port}", "ca_file": str(tls_files.cert)}},
                              environ={})
        relay = SmtpRelay(config.upstream, "permitted.test")
        outcome = await relay.send(SENDER, [BUYER], message())
        await relay.close()
    finally:
        srv.close()
    assert outcome.accepted and outcome.queue_id == "UP0001"
    assert up.received[0].data == message()


async def test_pooled_connection_reused_without_noop_and_retried_when_upstream_closed_it(make_proxy, upstream) -> None:
    """Back-to-back messages reuse the pooled upstream connection without a NOOP round trip each; when
    the upstream has closed it meanwhile (here: 421 at MAIL after one message per connection), the
    message goes out on a fresh connection instead of the client hearing 4xx."""
    proxy = await make_proxy(upstream.url)
    for n in range(3):
        client = await connect(proxy.port)
        await client.sendmail(SENDER, [BUYER], message(extra=f"Note {n}."))
        await client.quit()
    assert len(upstream.received) == 3 and upstream.connections == 1
    assert upstream.noops == 0
    upstream.per_connection = 1
    for n in range(3):
        client = await connect(proxy.port)
        await client.sendmail(SENDER, [BUYER], message(extra=f"Again {n}."))
        await client.quit()
    assert len(upstream.received) == 6
    assert upstream.connections == 4  # each of the last three on a new connection, none refused


async def test_pooled_connection_idle_past_fresh_is_checked_with_noop(make_proxy, upstream, monkeypatch) -> None:
    import proxy.relay

    monkeypatch.setattr(proxy.relay, "FRESH", 0.0)  # every pooled connection counts as long idle
    app = await make_proxy(upstream.url)
    for n in range(2):
        client = await connect(app.port)
        await client.sendmail(SENDER, [BUYER], message(extra=f"Note {n}."))
        await client.quit()
    assert len(upstream.received) == 2 and upstream.connections == 1 and upstream.noops == 1
