"""[server] in_flight_limit: the message bytes a process holds at once are bounded; the excess is told
452 4.3.1 (try again later) at DATA when MAIL FROM declared SIZE=, else after the final dot; nothing
accepted is lost, and once the burst has passed the same messages are accepted.

Real parts: the proxy on an ephemeral port, a recording aiosmtpd upstream, raw SMTP clients. The
messages go to a non-buyer address with passthrough_non_buyer, so they relay unchecked: the limit is
about bytes in flight, whatever the rules say.
"""

from __future__ import annotations

import asyncio

from proxy_support import SENDER, Upstream
from smtp_client import RawClient

from proxy.data_reader import Budget, DataReader, DataState

TO = "orders@partner.example"
LIMITS = {"server": {"max_message_size": "512KB", "in_flight_limit": "1MB"},
          "policy": {"passthrough_non_buyer": True}}


def big_message(tag: str, size: int = 400 * 1024) -> bytes:
    head = (f"From: <{SENDER}>\r\nTo: <{TO}>\r\nSubject: batch {tag}\r\nMessage-ID: <{tag}@acme.example>\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n")
    line = f"line of message {tag} ".ljust(76, "x") + "\r\n"
    return (head + line * (size // len(line))).encode()


async def wait_until(condition: object, what: str) -> None:
    for _ in range(1200):  # bounded: at most about a minute
        if condition():  # type: ignore[operator]
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"never happened: {what}")


async def send_one(port: int, data: bytes, declare: bool = False) -> tuple[int, str]:
    """One session; the reply to DATA if it was refused there, else the reply to the final dot."""
    client = await RawClient.open(port)
    try:
        await client.login()
        size = f" SIZE={len(data)}" if declare else ""
        assert (await client.cmd(f"MAIL FROM:<{SENDER}>{size}")).code == 250
        assert (await client.cmd(f"RCPT TO:<{TO}>")).code == 250
        r = await client.cmd("DATA")
        if r.code != 354:
            return r.code, r.lines[-1]
        client.writer.write(data + b".\r\n")  # the test messages have no line starting with a dot
        await client.writer.drain()
        r = await client.reply()
        return r.code, r.lines[-1]
    finally:
        await client.close()


async def test_excess_is_told_to_retry_then_accepted_and_nothing_is_lost(make_proxy, upstream: Upstream) -> None:
    proxy = await make_proxy(upstream.url, **LIMITS)
    assert proxy.server.budget.limit == 1024 * 1024
    upstream.mode = "hold"
    first, second = big_message("m1"), big_message("m2")
    held = [asyncio.create_task(send_one(proxy.port, m)) for m in (first, second)]
    await wait_until(lambda: upstream.arrived == 2, "both messages reached the upstream")
    # 800 KB are in flight (the upstream has not answered yet): 400 KB more do not fit in 1 MB.
    declared = big_message("m3")
    code, line = await send_one(proxy.port, declared, declare=True)
    assert code == 452 and line.startswith("452 4.3.1 ") and "in_flight_limit" in line, line
    undeclared = big_message("m4")
    code, line = await send_one(proxy.port, undeclared)
    assert code == 452 and line.startswith("452 4.3.1 ") and "try again" in line, line
    assert upstream.arrived == 2  # neither refused message was relayed
    refused = proxy.pipeline.metrics.in_flight_refused
    assert refused.labels("data")._value.get() == 1 and refused.labels("end")._value.get() == 1

    upstream.release_hang.set()
    results = await asyncio.gather(*held)
    assert [c for c, _ in results] == [250, 250], results
    # After the burst: the client's retries go through.
    assert (await send_one(proxy.port, declared, declare=True))[0] == 250
    assert (await send_one(proxy.port, undeclared))[0] == 250
    got = sorted(r.data.split(b"Message-ID: <", 1)[1][:2] for r in upstream.received)
    assert got == [b"m1", b"m2", b"m3", b"m4"]
    for r in upstream.received:  # byte for byte after the proxy's Received: header
        tag = r.data.split(b"Message-ID: <", 1)[1][:2].decode()
        assert r.data.endswith(big_message(tag))
    assert proxy.server.budget.used == 0


async def test_burst_stays_within_the_limit_and_retries_deliver_everything(make_proxy, upstream: Upstream) -> None:
    proxy = await make_proxy(upstream.url, **LIMITS)
    budget = proxy.server.budget
    messages = {f"b{i:02d}": big_message(f"b{i:02d}", 300 * 1024) for i in range(12)}
    pending = dict(messages)
    for _ in range(20):  # rounds of retries, bounded
        if not pending:
            break
        tags = list(pending)
        replies = await asyncio.gather(*(send_one(proxy.port, pending[t]) for t in tags))
        for tag, (code, line) in zip(tags, replies, strict=True):
            assert code in (250, 452), line
            if code == 250:
                del pending[tag]
            else:
                assert line.startswith("452 4.3.1 "), line
    assert not pending, f"never accepted: {sorted(pending)}"
    assert budget.peak <= budget.limit and budget.used == 0
    tags = sorted(r.data.split(b"Message-ID: <", 1)[1][:3].decode() for r in upstream.received)
    assert tags == sorted(messages)  # each once: none lost, none twice


def test_reader_over_budget_keeps_nothing_and_gives_its_share_back() -> None:
    budget = Budget(100)
    other = budget.hold()
    assert other.ensure(60)
    hold = budget.hold()
    reader = DataReader(None, hold)
    reader.feed(b"a" * 30 + b"\r\n")
    assert reader.state is DataState.NOMINAL and hold.held >= 32
    rest = reader.feed(b"b" * 30 + b"\r\n.\r\nQUIT\r\n")  # 64 octets would go past 100
    assert reader.done and reader.state is DataState.OVER_BUDGET and rest == b"QUIT\r\n"
    assert hold.held == 0 and budget.used == 60
    other.release()
    assert budget.used == 0 and budget.peak <= budget.limit
