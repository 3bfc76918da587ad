"""The SMTP dialogue: EHLO, AUTH (and its throttle), STARTTLS, section A refusals, the size limit."""

from __future__ import annotations

import asyncio
import base64
import smtplib
import ssl

import aiosmtplib
import pytest
from proxy_support import BUYER, BUYER2, PASSWORD, SENDER, message
from smtp_client import RawClient, connect


async def test_ehlo_advertises_extensions(make_proxy, upstream, tls_files) -> None:
    proxy = await make_proxy(upstream.url, server={"tls_cert": str(tls_files.cert), "tls_key": str(tls_files.key)})
    client = await RawClient.open(proxy.port)
    reply = await client.cmd("EHLO client.test")
    await client.close()
    text = reply.text
    for ext in ("SIZE 26214400", "STARTTLS", "AUTH LOGIN PLAIN", "8BITMIME", "ENHANCEDSTATUSCODES", "SMTPUTF8"):
        assert ext in text, ext


async def test_mail_without_auth_is_refused_530(make_proxy, upstream) -> None:
    proxy = await make_proxy(upstream.url)
    client = await RawClient.open(proxy.port)
    await client.cmd("EHLO client.test")
    reply = await client.cmd(f"MAIL FROM:<{SENDER}>")
    await client.close()
    assert reply.lines[0].startswith("530 5.7.0 Authentication required")


async def test_account_network_needs_no_auth(make_proxy, upstream) -> None:
    proxy = await make_proxy(upstream.url, acme={"networks": ["127.0.0.0/8"]})
    client = await connect(proxy.port, user=None)
    errors, _ = await client.sendmail(SENDER, [BUYER], message())
    await client.quit()
    assert errors == {}
    assert b" with ESMTP id " in upstream.received[0].data  # not ESMTPA: no AUTH happened


async def test_auth_plain_and_login_succeed_and_bad_password_fails(make_proxy, upstream) -> None:
    proxy = await make_proxy(upstream.url)
    client = await RawClient.open(proxy.port)
    await client.cmd("EHLO client.test")
    bad = base64.b64encode(b"\0acme\0wrong").decode()
    reply = await client.cmd(f"AUTH PLAIN {bad}")
    assert reply.lines == ["535 5.7.8 Authentication credentials invalid: check the username and password"]
    assert (await client.cmd("AUTH LOGIN")).code == 334
    assert (await client.cmd(base64.b64encode(b"acme").decode())).code == 334
    assert (await client.cmd(base64.b64encode(PASSWORD.encode()).decode())).code == 235
    await client.close()
    # Unknown user: the same answer as a wrong password.
    client = await RawClient.open(proxy.port)
    await client.cmd("EHLO client.test")
    reply = await client.cmd("AUTH PLAIN " + base64.b64encode(b"\0nobody\0x").decode())
    assert reply.code == 535
    await client.close()


async def test_failed_auth_is_limited_per_client_address(make_proxy, upstream) -> None:
    proxy = await make_proxy(upstream.url, server={"auth_max_failures": 3})
    client = await RawClient.open(proxy.port)
    await client.cmd("EHLO client.test")
    bad = "AUTH PLAIN " + base64.b64encode(b"\0acme\0wrong").decode()
    codes = [(await client.cmd(bad)).code for _ in range(3)]
    assert codes == [535, 535, 535]
    locked = await client.cmd(bad)
    assert locked.code == 454 and "Too many failed logins" in locked.text
    await client.close()
    # Even the right password is refused from this address now, on a new connection too.
    client = await RawClient.open(proxy.port)
    reply = await client.login()
    assert reply.code == 454
    await client.close()


async def test_auth_requires_tls_off_loopback_exception(make_proxy, upstream, tls_files) -> None:
    proxy = await make_proxy(
        upstream.url,
        server={"tls_cert": str(tls_files.cert), "tls_key": str(tls_files.key),
                "allow_plaintext_auth_on_loopback": False},
    )
    client = await RawClient.open(proxy.port)
    ehlo = await client.cmd("EHLO client.test")
    assert "AUTH" not in ehlo.text and "STARTTLS" in ehlo.text
    reply = await client.cmd("AUTH PLAIN " + base64.b64encode(f"\0acme\0{PASSWORD}".encode()).decode())
    assert reply.lines[0].startswith("538 5.7.11")
    mail = await client.cmd(f"MAIL FROM:<{SENDER}>")
    assert mail.code == 530 and "STARTTLS" in mail.text
    await client.close()


async def test_starttls_then_auth_then_relay(make_proxy, upstream, tls_files) -> None:
    proxy = await make_proxy(
        upstream.url,
        server={"tls_cert": str(tls_files.cert), "tls_key": str(tls_files.key),
                "allow_plaintext_auth_on_loopback": False},
    )
    client = aiosmtplib.SMTP(hostname="localhost", port=proxy.port, start_tls=True,
                             tls_context=tls_files.client_context(), timeout=30)
    await client.connect()
    await client.login("acme", PASSWORD)
    errors, _ = await client.sendmail(SENDER, [BUYER], message())
    await client.quit()
    assert errors == {}
    assert b" with ESMTPSA id " in upstream.received[0].data


async def test_implicit_tls_listener_with_smtplib(make_proxy, upstream, tls_files) -> None:
    proxy = await make_proxy(
        upstream.url,
        server={"tls_cert": str(tls_files.cert), "tls_key": str(tls_files.key), "tls_listen": "127.0.0.1:0",
                "allow_plaintext_auth_on_loopback": False},
    )
    port = proxy.server.tls_port
    assert port

    def send() -> None:
        ctx = ssl.create_default_context(cafile=str(tls_files.cert))
        with smtplib.SMTP_SSL("localhost", port, context=ctx, timeout=30) as s:
            s.login("acme", PASSWORD)
            s.sendmail(SENDER, [BUYER], message())

    await asyncio.to_thread(send)
    assert len(upstream.received) == 1


@pytest.mark.parametrize(
    ("sender", "rcpts", "refused_at", "needle"),
    [
        ("someone@else.example", [BUYER], "MAIL", "support@acme.example"),
        (SENDER, ["friend@gmail.example"], "RCPT", "envelope.recipient-not-buyer"),
        (SENDER, [BUYER, BUYER2], "RCPT", "envelope.multiple-buyers"),
    ],
)
async def test_open_relay_attempts_are_refused(make_proxy, upstream, sender, rcpts, refused_at, needle) -> None:
    proxy = await make_proxy(upstream.url)
    client = await RawClient.open(proxy.port)
    await client.login()
    reply = await client.cmd(f"MAIL FROM:<{sender}>")
    if refused_at == "MAIL":
        assert reply.lines[0].startswith("550 5.7.1") and needle in reply.text
    else:
        assert reply.code == 250
        replies = [await client.cmd(f"RCPT TO:<{r}>") for r in rcpts]
        assert replies[-1].lines[0].startswith("550 5.7.1") and needle in replies[-1].text
    await client.close()
    assert upstream.received == []


async def test_passthrough_non_buyer_relays_unchecked(make_proxy, upstream) -> None:
    proxy = await make_proxy(upstream.url, policy={"passthrough_non_buyer": True})
    client = await connect(proxy.port)
    raw = message(to="accountant@acme-books.example", extra="Ledger: http://books.acme.example/x\n\n")
    errors, _ = await client.sendmail(SENDER, ["accountant@acme-books.example"], raw)
    await client.quit()
    assert errors == {} and upstream.received[0].data.endswith(raw)


async def test_other_account_cannot_send_as_acme(make_proxy, upstream) -> None:
    proxy = await make_proxy(upstream.url)
    client = await connect(proxy.port, user="other", password="other account pass")
    with pytest.raises(aiosmtplib.SMTPSenderRefused) as refused:
        await client.sendmail(SENDER, [BUYER], message())
    await client.quit()
    assert refused.value.code == 550 and "@other.example" in refused.value.message


async def test_size_limit_stops_while_receiving(make_proxy, upstream) -> None:
    proxy = await make_proxy(upstream.url, server={"max_message_size": "64KB"})
    client = await RawClient.open(proxy.port)
    await client.login()
    # Declared too big: refused at MAIL.
    reply = await client.cmd(f"MAIL FROM:<{SENDER}> SIZE=999999")
    assert reply.lines[0].startswith("552 5.3.4") and "64 KB" in reply.text
    # Undeclared: the proxy reads on (discarding) and refuses after the final dot.
    big = message(extra=("x" * 70 + "\n") * 2000)
    reply = await client.send(big, [BUYER])
    assert reply.lines[0].startswith("552 5.3.4")
    # The session goes on: the next, small message is relayed.
    reply = await client.send(message(), [BUYER])
    assert reply.code == 250
    await client.close()
    assert len(upstream.received) == 1


async def test_internal_error_is_451_without_internals(make_proxy, upstream) -> None:
    proxy = await make_proxy(upstream.url)
    await proxy.store.close()  # the store goes away under the proxy: our problem, not the client's
    client = await RawClient.open(proxy.port)
    await client.login()
    reply = await client.send(message(), [BUYER])
    await client.close()
    assert reply.lines[0].startswith("451 4.3.0 Temporary problem on our side")
    assert "Error" not in reply.text and "Traceback" not in reply.text
    await proxy.store.open()


async def test_failed_auth_limit_is_shared_by_instances_on_one_store(make_proxy, upstream) -> None:
    """Two proxies (or two workers of one) on the same store: failures on one count on the other, so a
    client spreading its guesses gets auth_max_failures in all; a login clears the count everywhere."""
    first = await make_proxy(upstream.url, server={"auth_max_failures": 3})
    second = await make_proxy(upstream.url, server={"auth_max_failures": 3})
    assert first.config.store.url == second.config.store.url
    bad = "AUTH PLAIN " + base64.b64encode(b"\0acme\0wrong").decode()

    async def attempt(port: int, command: str = bad) -> int:
        client = await RawClient.open(port)
        await client.cmd("EHLO client.test")
        code = (await client.cmd(command)).code
        await client.close()
        return code

    assert [await attempt(first.port), await attempt(second.port)] == [535, 535]
    client = await RawClient.open(first.port)
    assert (await client.login()).code == 235  # the right password clears the address's failures
    await client.close()
    codes = [await attempt(p) for p in (second.port, first.port, second.port, first.port)]
    assert codes == [535, 535, 535, 454]
    client = await RawClient.open(second.port)
    reply = await client.login()
    assert reply.code == 454 and "Too many failed logins" in reply.text
    await client.close()


async def test_failed_auth_limit_holds_when_the_store_is_down(make_proxy, upstream) -> None:
    proxy = await make_proxy(upstream.url, server={"auth_max_failures": 2})
    await proxy.store.close()  # every store call now fails: the process's own count must still apply
    bad = "AUTH PLAIN " + base64.b64encode(b"\0acme\0wrong").decode()
    client = await RawClient.open(proxy.port)
    await client.cmd("EHLO client.test")
    codes = [(await client.cmd(bad)).code for _ in range(3)]
    await client.close()
    assert codes == [535, 535, 454]
