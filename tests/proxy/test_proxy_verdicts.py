"""Every verdict path end to end: a real client, the real proxy, a real recording upstream."""

from __future__ import annotations

import asyncio
import email
import email.policy
import smtplib

import aiosmtplib
import pytest
from proxy_support import (
    BUYER,
    ORDER,
    REPORT_TO,
    SENDER,
    insecure_message,
    message,
    review_message,
)
from smtp_client import RawClient, connect

from proxy.pipeline import REJECT_FIRST_LINE


async def wait_for(predicate, what: str) -> None:  # type: ignore[no-untyped-def]
    """Background work (a quarantine bounce) finishes soon after the reply; poll, bounded."""
    for _ in range(400):
        if predicate():
            return
        await asyncio.sleep(0.025)
    raise AssertionError(f"never happened: {what}")


async def test_compliant_message_is_relayed_unchanged_but_for_received(make_proxy, upstream) -> None:
    proxy = await make_proxy(upstream.url)
    raw = message()
    client = await connect(proxy.port)
    errors, reply = await client.sendmail(SENDER, [BUYER], raw)
    await client.quit()
    assert errors == {}
    assert "UP0001" in reply  # the upstream's queue ID, mirrored
    [got] = upstream.received
    assert got.mail_from == SENDER and got.rcpt_to == [BUYER]
    assert got.data.startswith(b"Received: from ")
    assert b"by permitted.test (Permitted) with ESMTPA id " in got.data
    assert got.data.endswith(raw)
    head = got.data[: len(got.data) - len(raw)]
    assert head.count(b"\r\n") == 4 and b"X-Permitted" not in head


async def test_relay_with_stdlib_smtplib(make_proxy, upstream) -> None:
    proxy = await make_proxy(upstream.url, policy={"add_headers": True})

    def send() -> dict[str, tuple[int, bytes]]:
        with smtplib.SMTP("127.0.0.1", proxy.port, timeout=30) as s:
            s.ehlo("client.test")
            s.login("acme", "correct horse battery")
            return s.sendmail(SENDER, [BUYER], message())

    assert await asyncio.to_thread(send) == {}
    [got] = upstream.received
    assert b"X-Permitted-Verdict: relay\r\n" in got.data
    assert b"X-Permitted-Id: " in got.data


async def test_upstream_connection_is_reused(make_proxy, upstream) -> None:
    proxy = await make_proxy(upstream.url)
    client = await connect(proxy.port)
    for i in range(3):
        await client.sendmail(SENDER, [BUYER], message(message_id=f"<reuse{i}@acme.example>"))
    await client.quit()
    assert len(upstream.received) == 3
    assert upstream.connections == 1


async def test_reject_is_a_multiline_550_naming_rule_excerpt_and_fix(make_proxy, upstream) -> None:
    proxy = await make_proxy(upstream.url)
    raw_client = await RawClient.open(proxy.port)
    assert (await raw_client.login()).code == 235
    reply = await raw_client.send(insecure_message(), [BUYER])
    await raw_client.close()
    assert reply.code == 550
    assert len(reply.lines) >= 3
    for i, line in enumerate(reply.lines):
        last = i == len(reply.lines) - 1
        assert line.startswith("550 5.7.1 " if last else "550-5.7.1 "), line
        assert line.isascii() and len(line) + 2 <= 512
    assert reply.lines[0][10:] == REJECT_FIRST_LINE
    finding = next(line for line in reply.lines if "link.insecure" in line)
    assert "http://fonts.acme.example/engraving" in finding
    assert upstream.received == []


async def test_reject_reply_is_ascii_even_for_non_ascii_excerpts(make_proxy, upstream) -> None:
    proxy = await make_proxy(upstream.url)
    raw = message(extra="Voir les polices: http://polices.acme.example/gravure-\u00e9t\u00e9-\u65e5\u672c\n\n")
    raw = raw.replace(b"us-ascii", b"utf-8").replace(b"7bit", b"8bit")
    raw_client = await RawClient.open(proxy.port)
    await raw_client.login()
    reply = await raw_client.send(raw, [BUYER])
    await raw_client.close()
    assert reply.code == 550
    assert all(line.isascii() for line in reply.lines)  # RawClient decodes as ASCII: it would fail otherwise
    assert any("gravure-ete-" in line for line in reply.lines)


async def test_quarantine_stores_answers_250_and_bounces(make_proxy, upstream) -> None:
    actions = {"link.insecure": "quarantine", "link.external": "quarantine"}
    proxy = await make_proxy(upstream.url, acme={"actions": actions})
    raw = insecure_message(subject=f"Order {ORDER} engraving\n Bcc: victim@evil.example")
    client = await connect(proxy.port)
    errors, reply = await client.sendmail(SENDER, [BUYER], raw)
    await client.quit()
    assert errors == {}
    assert reply.startswith("2.6.0 Held for review")
    [item] = await proxy.store.quarantine_list("acme")
    assert item.id in reply
    assert item.raw == raw and item.rcpt_to == (BUYER,) and item.mail_from == SENDER
    assert "link.insecure" in [f["rule"] for f in item.findings]

    await wait_for(lambda: len(upstream.received) == 1, "bounce relayed")
    [bounce] = upstream.received
    assert bounce.mail_from in ("", "<>") and bounce.rcpt_to == [REPORT_TO]
    report = email.message_from_bytes(bounce.data, policy=email.policy.default)
    assert report.get_content_type() == "multipart/report"
    assert report.get_param("report-type") == "delivery-status"
    assert "\n" not in str(report["Subject"]) and report["Bcc"] is None
    assert item.id in str(report["Subject"])
    readable, status, original = report.get_payload()
    assert readable.get_content_type() == "multipart/alternative"
    text, html = readable.get_payload()
    body = text.get_content()
    assert f"permitted quarantine release {item.id}" in body
    assert f"permitted quarantine delete {item.id}" in body
    assert "link.insecure" in body and "http://fonts.acme.example/engraving" in body
    assert "Guideline:" in body
    assert f"permitted quarantine release {item.id}" in html.get_content()
    assert status.get_content_type() == "message/delivery-status"
    per_message, per_recipient = status.get_payload()
    assert per_message["Reporting-MTA"] == "dns; permitted.test"
    assert per_recipient["Final-Recipient"] == f"rfc822; {BUYER}"
    assert per_recipient["Action"] == "delayed"
    assert per_recipient["Status"].startswith("4.")
    assert "link.insecure" in per_recipient["Diagnostic-Code"]
    assert original.get_content_type() == "message/rfc822"
    inner = original.get_payload()[0]
    assert inner["Message-ID"] == "<t1.engraving@acme.example>"


async def test_warn_relays_with_warning_header(make_proxy, upstream) -> None:
    actions = {"link.insecure": "warn", "link.external": "warn"}
    proxy = await make_proxy(upstream.url, policy={"actions": actions})
    client = await connect(proxy.port)
    errors, reply = await client.sendmail(SENDER, [BUYER], insecure_message())
    await client.quit()
    assert "warning" in reply
    [got] = upstream.received
    parsed = email.message_from_bytes(got.data, policy=email.policy.default)
    warnings = parsed.get_all("X-Permitted-Warning")
    assert warnings and any(w.startswith("link.insecure;") for w in warnings)


async def test_bounce_mode_accepts_and_reports_instead_of_550(make_proxy, upstream) -> None:
    proxy = await make_proxy(upstream.url, policy={"reject_mode": "bounce"}, acme={"report_to": ""})
    client = await connect(proxy.port)
    errors, reply = await client.sendmail(SENDER, [BUYER], insecure_message())
    await client.quit()
    assert errors == {} and "NOT sent to the buyer" in reply and "link.insecure" in reply
    # The report went out before the 250, to the envelope sender (no report_to configured).
    [bounce] = upstream.received
    assert bounce.mail_from in ("", "<>") and bounce.rcpt_to == [SENDER]
    report = email.message_from_bytes(bounce.data, policy=email.policy.default)
    per_recipient = report.get_payload()[1].get_payload()[1]
    assert per_recipient["Action"] == "failed" and per_recipient["Status"] == "5.7.1"
    assert "Not sent" in str(report["Subject"])


async def test_shadow_mode_relays_what_would_be_rejected(make_proxy, upstream) -> None:
    proxy = await make_proxy(upstream.url, policy={"mode": "shadow", "add_headers": True})
    raw = insecure_message()
    client = await connect(proxy.port)
    errors, reply = await client.sendmail(SENDER, [BUYER], raw)
    await client.quit()
    assert errors == {}
    [got] = upstream.received
    assert got.data.endswith(raw)
    assert b"X-Permitted-Verdict: reject (shadow)" in got.data
    assert await proxy.store.quarantine_list("acme") == []


async def test_review_request_enters_the_ledger_once_relayed(make_proxy, upstream) -> None:
    proxy = await make_proxy(upstream.url)
    client = await connect(proxy.port)
    await client.sendmail(SENDER, [BUYER], review_message())
    assert await proxy.store.reviewed_orders("acme", [ORDER]) == {ORDER}
    with pytest.raises(aiosmtplib.SMTPDataError) as second:
        await client.sendmail(SENDER, [BUYER], review_message(message_id="<rv.2@acme.example>"))
    await client.quit()
    assert second.value.code == 550 and "review.repeat" in second.value.message
    assert len(upstream.received) == 1
