"""Connection floods against a real `permitted serve`: `[server] max_sessions_per_client` and
`max_sessions` turn the connection past the limit away with 421 before any other work, and closing a
session frees its slot. Raw sockets; other client addresses come from 127.0.0.0/8 (all loopback)."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import pytest
from fault_harness import FakeUpstream, ProxyProcess, proxy_config, seed_store

PER_CLIENT = 3
TOTAL = 5


class Conn:
    def __init__(self, port: int, source: str = "127.0.0.1") -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=30, source_address=(source, 0))

    def first_reply(self) -> bytes:
        """The greeting (220) or the refusal (421): one line, bounded read."""
        buf = b""
        for _ in range(100):
            if b"\r\n" in buf:
                break
            chunk = self.sock.recv(4096)
            if not chunk:
                break
            buf += chunk
        return buf

    def closed_by_server(self) -> bool:
        """True when the server has closed the connection (EOF after whatever it sent)."""
        for _ in range(100):
            try:
                chunk = self.sock.recv(4096)
            except ConnectionResetError:
                return True
            if not chunk:
                return True
        return False

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def proxy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ProxyProcess]:
    tmp = tmp_path_factory.mktemp("limits")
    store_url = f"sqlite:///{tmp / 'permitted.db'}"
    seed_store(store_url)
    upstream = FakeUpstream().start()
    config = proxy_config(tmp, upstream.url, store_url,
                          server={"max_sessions": TOTAL, "max_sessions_per_client": PER_CLIENT})
    p = ProxyProcess(tmp, config).start()
    yield p
    assert p.stop() == 0
    upstream.stop()


def greeted_after_retries(port: int, source: str = "127.0.0.1") -> Conn:
    """A connection that got the greeting: the proxy learns of a closed session asynchronously, so a
    freed slot may take a moment to show (bounded retries; each refused attempt is closed)."""
    for _ in range(200):
        c = Conn(port, source)
        if c.first_reply().startswith(b"220 "):
            return c
        c.close()
        time.sleep(0.05)
    raise AssertionError("the freed slot never became available")


def test_per_client_limit_refuses_one_more_and_a_close_frees_a_slot(proxy: ProxyProcess) -> None:
    baseline = proxy.fd_count()
    conns = [Conn(proxy.port) for _ in range(PER_CLIENT)]
    try:
        for c in conns:
            assert c.first_reply().startswith(b"220 ")
        extra = Conn(proxy.port)
        reply = extra.first_reply()
        assert reply == b"421 4.7.0 Too many connections from your address, try again later\r\n"
        assert extra.closed_by_server()
        extra.close()
        # Another address is not affected by this one's limit.
        other = Conn(proxy.port, "127.0.0.2")
        assert other.first_reply().startswith(b"220 ")
        other.close()
        # Closing one session frees its slot for the same address.
        conns.pop().close()
        conns.append(greeted_after_retries(proxy.port))
        # ... and only one: the limit still holds.
        again = Conn(proxy.port)
        assert again.first_reply().startswith(b"421 ")
        again.close()
    finally:
        for c in conns:
            c.close()
    # Every session's and every refused connection's socket is released (bounded poll: closes are async).
    for _ in range(200):
        if proxy.fd_count() <= baseline:
            break
        time.sleep(0.05)
    assert proxy.fd_count() <= baseline
    assert "session_refused" in proxy.logs()


def test_total_limit_refuses_past_max_sessions(proxy: ProxyProcess) -> None:
    # PER_CLIENT from 127.0.0.1, the rest from 127.0.0.2: TOTAL sessions, none over its per-client limit.
    sources = ["127.0.0.1"] * PER_CLIENT + ["127.0.0.2"] * (TOTAL - PER_CLIENT)
    conns = [Conn(proxy.port, s) for s in sources]
    try:
        for c in conns:
            assert c.first_reply().startswith(b"220 ")
        extra = Conn(proxy.port, "127.0.0.3")
        assert extra.first_reply() == b"421 4.7.0 Too many connections, try again later\r\n"
        assert extra.closed_by_server()
        extra.close()
        conns.pop(0).close()
        conns.append(greeted_after_retries(proxy.port, "127.0.0.3"))
    finally:
        for c in conns:
            c.close()
