"""The bulk DATA reader: end only at CRLF.CRLF, dot-unstuffing, line and size limits, any chunking."""

from __future__ import annotations

import asyncio
import random

import pytest

from proxy.data_reader import MAX_LINE, DataReader, DataState, read_data


def feed_all(wire: bytes, sizes: list[int] | None = None, limit: int | None = None) -> tuple[DataReader, bytes]:
    reader = DataReader(limit)
    rest = b""
    pos = 0
    sizes = sizes or [len(wire)]
    i = 0
    while pos < len(wire) and not reader.done:
        n = sizes[i % len(sizes)]
        i += 1
        rest = reader.feed(wire[pos:pos + n])
        pos += n
    return reader, rest + wire[pos:]


def stuff(message: bytes) -> bytes:
    out = message.replace(b"\r\n.", b"\r\n..")
    return (b"." + out if out.startswith(b".") else out) + b".\r\n"


def line_by_line(content: bytes) -> bytes:
    """The reference: aiosmtpd's unstuffing, one CRLF-terminated line at a time."""
    lines = content.split(b"\r\n")
    return b"\r\n".join(line[1:] if line.startswith(b".") else line for line in lines)


MESSAGES = [
    b"Subject: hi\r\n\r\nbody\r\n",
    b"",
    b".starts with a dot\r\n",
    b"Subject: dots\r\n\r\n.\r\n..\r\n...\r\n.x\r\nend\r\n",
    b"a\r\n" * 1000,
    b"x" * 999 + b"\r\n",  # the longest line allowed
]


@pytest.mark.parametrize("message", MESSAGES, ids=range(len(MESSAGES)))
def test_unstuffed_message_is_what_was_sent(message: bytes) -> None:
    reader, rest = feed_all(stuff(message) + b"QUIT\r\n")
    assert reader.done and reader.state is DataState.NOMINAL
    assert reader.message() == message
    assert rest == b"QUIT\r\n"
    assert reader.size == len(stuff(message)) - 3  # as sent, without the final ".\r\n"


@pytest.mark.parametrize("message", MESSAGES[:5], ids=range(5))
def test_any_split_gives_the_same_message(message: bytes) -> None:
    wire = stuff(message) + b"NOOP\r\n"
    for sizes in ([1], [2], [3], [4], [5], [7, 1, 3]):
        reader, rest = feed_all(wire, sizes)
        assert reader.done and reader.message() == message, sizes
        assert rest == b"NOOP\r\n", sizes
    for cut in range(len(wire)):  # every two-chunk split
        reader, rest = feed_all(wire, [cut or 1, len(wire)])
        assert reader.message() == message and rest == b"NOOP\r\n", cut


SMUGGLE_ENDINGS = [b"\n.\n", b"\r.\r", b"\n.\r\n", b"\r\n.\n", b"\r.\r\n", b"\r\n.\r", b"\n.\r", b"\r\n\x00.\r\n"]


@pytest.mark.parametrize("ending", SMUGGLE_ENDINGS, ids=[repr(e) for e in SMUGGLE_ENDINGS])
def test_only_crlf_dot_crlf_ends_the_data(ending: bytes) -> None:
    smuggled = b"MAIL FROM:<a@b.example>\r\nRCPT TO:<victim@c.example>\r\nDATA\r\nspam\r\n"
    wire = b"Subject: x\r\n\r\nhello" + ending + smuggled + b".\r\n"
    for sizes in ([len(wire)], [1], [3]):
        reader, rest = feed_all(wire, sizes)
        assert reader.done and rest == b""
        # Everything up to the real end is one message: the smuggled commands are content.
        assert reader.message() == line_by_line(b"Subject: x\r\n\r\nhello" + ending + smuggled)
        assert b"victim" in reader.message()


def test_not_done_without_the_end() -> None:
    reader, _ = feed_all(b"Subject: x\r\n\r\nno end\r\n.\n")
    assert not reader.done


def test_size_limit_refuses_and_keeps_nothing_past_it() -> None:
    limit = 10_000
    body = b"y" * 70 + b"\r\n"
    wire = stuff(body * 1000)  # 72 KB
    reader = DataReader(limit)
    pos = 0
    while not reader.done:
        reader.feed(wire[pos:pos + 1000])
        pos += 1000
        assert reader._kept <= limit  # never buffers beyond the limit
    assert reader.state is DataState.TOO_MUCH
    assert reader._kept == 0
    exact, _ = feed_all(stuff(b"z" * 98 + b"\r\n"), limit=100)
    assert exact.state is DataState.NOMINAL  # exactly the limit is allowed
    over, _ = feed_all(stuff(b"z" * 99 + b"\r\n"), limit=100)
    assert over.state is DataState.TOO_MUCH


def test_overlong_line_is_refused_after_the_end() -> None:
    ok, _ = feed_all(stuff(b"x" * (MAX_LINE - 2) + b"\r\n"), [7])
    assert ok.state is DataState.NOMINAL
    long, rest = feed_all(stuff(b"head\r\n" + b"x" * MAX_LINE + b"\r\nmore\r\n") + b"QUIT\r\n", [100])
    assert long.done and long.state is DataState.TOO_LONG and rest == b"QUIT\r\n"
    # A dot-stuffed line may be one octet longer on the wire (the transparency dot).
    dotted, _ = feed_all(stuff(b"." + b"x" * (MAX_LINE - 4) + b"\r\n"))  # 998 octets
    assert dotted.state is DataState.NOMINAL


def test_read_data_over_a_socket_in_many_writes() -> None:
    """A real 127.0.0.1 connection: the client writes the message in many small pieces."""
    rnd = random.Random(5)
    message = b"".join(b"." * rnd.randint(0, 2) + bytes(rnd.choices(b"abc\r\n", k=rnd.randint(0, 80))).replace(
        b"\r", b"") .replace(b"\n", b"") + b"\r\n" for _ in range(3000))
    wire = stuff(message) + b"QUIT\r\n"

    async def main() -> tuple[bytes, bytes]:
        got: asyncio.Future[tuple[bytes, bytes]] = asyncio.get_running_loop().create_future()

        async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            data = await read_data(reader, 10 * 1024 * 1024)
            assert data is not None and data.state is DataState.NOMINAL
            after = await reader.readline()
            got.set_result((data.message(), after))
            writer.close()

        server = await asyncio.start_server(serve, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        _, writer = await asyncio.open_connection("127.0.0.1", port)
        pos = 0
        for _ in range(100_000):  # bounded
            if pos >= len(wire):
                break
            n = rnd.randint(1, 700)
            writer.write(wire[pos:pos + n])
            await writer.drain()
            pos += n
        result = await asyncio.wait_for(got, 30)
        writer.close()
        server.close()
        await server.wait_closed()
        return result

    content, after = asyncio.run(main())
    assert content == message
    assert after == b"QUIT\r\n"
