"""Hostile SMTP clients against a real `permitted serve`: smuggling, STARTTLS injection, over-long
lines, slow-loris, open-relay probes, AUTH brute force. Raw sockets, every read bounded."""

from __future__ import annotations

import base64
import datetime as dt
import ipaddress
import socket
import ssl
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fault_harness import (
    BUYER,
    OTHER_SENDER,
    PASSWORD,
    SENDER,
    FakeUpstream,
    ProxyProcess,
    compliant,
    proxy_config,
    seed_store,
)


def make_cert(folder: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                    x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                       critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


class Raw:
    """A line-level SMTP client on a plain socket (optionally upgraded to TLS)."""

    def __init__(self, port: int) -> None:
        self.sock: socket.socket | ssl.SSLSocket = socket.create_connection(("127.0.0.1", port), timeout=30)
        self.buf = b""
        self.greeting = self.reply()

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def line(self) -> bytes:
        for _ in range(10_000):  # bounded
            if b"\r\n" in self.buf:
                line, self.buf = self.buf.split(b"\r\n", 1)
                return line
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError(f"closed; pending {self.buf!r}")
            self.buf += chunk
        raise AssertionError("no line")

    def reply(self) -> tuple[int, str]:
        lines = []
        for _ in range(100):
            line = self.line().decode("ascii")
            lines.append(line)
            if len(line) < 4 or line[3] == " ":
                break
        return int(lines[0][:3]), "\n".join(lines)

    def cmd(self, text: str | bytes) -> tuple[int, str]:
        self.send((text.encode() if isinstance(text, str) else text) + b"\r\n")
        return self.reply()

    def login(self, user: str = "acme", password: str = PASSWORD) -> tuple[int, str]:
        self.cmd("EHLO client.test")
        return self.cmd("AUTH PLAIN " + base64.b64encode(f"\0{user}\0{password}".encode()).decode())

    def pending(self, wait: float = 0.5) -> bytes:
        """Whatever the server sent unasked (waits `wait` s for it)."""
        self.sock.settimeout(wait)
        try:
            chunk = self.sock.recv(65536)
        except (TimeoutError, ssl.SSLWantReadError):
            chunk = b""
        finally:
            self.sock.settimeout(30)
        return self.buf + chunk

    def close(self) -> None:
        self.sock.close()


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ProxyProcess, FakeUpstream]]:
    tmp = tmp_path_factory.mktemp("hostile")
    cert, key = make_cert(tmp)
    store_url = f"sqlite:///{tmp / 'permitted.db'}"
    seed_store(store_url)
    upstream = FakeUpstream().start()
    config = proxy_config(tmp, upstream.url, store_url,
                          server={"session_timeout": 3, "tls_cert": str(cert), "tls_key": str(key),
                                  "auth_max_failures": 1000})
    proxy = ProxyProcess(tmp, config).start()
    yield proxy, upstream
    assert proxy.stop() == 0
    upstream.stop()


def relayed_to(upstream: FakeUpstream, needle: bytes) -> list[bytes]:
    return [r.data for r in upstream.messages() if needle in r.data]


# Smuggling ------------------------------------------------------------------------------------------------

SMUGGLE_ENDINGS = [b"\n.\n", b"\r.\r", b"\n.\r\n", b"\r\n.\n", b"\r.\r\n", b"\r\n.\r", b"\n.\r", b"\r\n\x00.\r\n"]


@pytest.mark.parametrize("ending", SMUGGLE_ENDINGS, ids=[repr(e) for e in SMUGGLE_ENDINGS])
def test_smuggled_end_of_data_is_one_message(env: tuple[ProxyProcess, FakeUpstream], ending: bytes) -> None:
    proxy, upstream = env
    key = f"smuggle-{SMUGGLE_ENDINGS.index(ending)}@fault.test"
    smuggled = (b"MAIL FROM:<" + SENDER.encode() + b">\r\nRCPT TO:<victim@gmail.example>\r\nDATA\r\n"
                b"Subject: smuggled " + key.encode() + b"\r\n\r\nspam\r\n")
    body = compliant(key)
    head, _, tail = body.partition(b"\r\n\r\n")
    data = head + b"\r\n\r\n" + tail + ending + smuggled + b"\r\n.\r\n"
    c = Raw(proxy.port)
    try:
        assert c.login()[0] == 235
        assert c.cmd(f"MAIL FROM:<{SENDER}>")[0] == 250
        assert c.cmd(f"RCPT TO:<{BUYER}>")[0] == 250
        assert c.cmd("DATA")[0] == 354
        c.send(data)
        code, text = c.reply()
        # One reply for one message; nothing else is queued behind it.
        assert c.cmd("NOOP")[0] == 250
        assert c.pending() == b""
    finally:
        c.close()
    everything = [r for r in upstream.messages() if r.mail_from]
    assert not [r for r in everything if any("victim" in t for t in r.rcpt_to)]
    copies = relayed_to(upstream, f"Message-ID: <{key}>".encode())
    assert len(copies) == (1 if code == 250 else 0), (code, text)
    # Whatever went out carries no bare CR or LF that a lenient upstream could read as end-of-data.
    for copy in copies:
        assert b"\r.\r" not in copy and b"\n.\n" not in copy and copy.count(b"\n") == copy.count(b"\r\n")


def test_commands_pipelined_before_starttls_are_discarded(env: tuple[ProxyProcess, FakeUpstream]) -> None:
    proxy, _ = env
    c = Raw(proxy.port)
    try:
        assert "STARTTLS" in c.cmd("EHLO client.test")[1]
        # The injected commands ride in the same packet as STARTTLS, in plain text.
        c.send(b"STARTTLS\r\nAUTH PLAIN " + base64.b64encode(f"\0acme\0{PASSWORD}".encode())
               + b"\r\nMAIL FROM:<" + SENDER.encode() + b">\r\n")
        assert c.reply()[0] == 220
        assert c.buf == b""
        ctx = ssl.create_default_context()
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
        c.sock = ctx.wrap_socket(c.sock, server_hostname="localhost")
        # The first reply after the handshake answers our EHLO: the injected AUTH/MAIL were never run.
        code, text = c.cmd("EHLO client.test")
        assert code == 250 and "permitted.test" in text.splitlines()[0]
        code, text = c.cmd(f"MAIL FROM:<{SENDER}>")
        assert code == 530, text  # not logged in: the plain-text AUTH was dropped
    finally:
        c.close()


# Over-long input -----------------------------------------------------------------------------------------

def test_overlong_command_is_refused(env: tuple[ProxyProcess, FakeUpstream]) -> None:
    proxy, _ = env
    c = Raw(proxy.port)
    try:
        c.login()
        code, _ = c.cmd("MAIL FROM:<" + "a" * 5000 + "@acme.example>")
        assert code == 500
        assert c.cmd("NOOP")[0] == 250  # the session goes on
    finally:
        c.close()


def test_overlong_data_line_is_refused_and_not_relayed(env: tuple[ProxyProcess, FakeUpstream]) -> None:
    proxy, upstream = env
    key = "overlong-line@fault.test"
    data = compliant(key, extra="x" * 5000 + "\n\n")
    c = Raw(proxy.port)
    try:
        c.login()
        assert c.cmd(f"MAIL FROM:<{SENDER}>")[0] == 250
        assert c.cmd(f"RCPT TO:<{BUYER}>")[0] == 250
        assert c.cmd("DATA")[0] == 354
        c.send(data + b".\r\n")
        code, text = c.reply()
        assert code == 500 and "998" in text
    finally:
        c.close()
    assert relayed_to(upstream, key.encode()) == []


# Slow-loris -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("stage", ["greeting", "command", "data"])
def test_slow_loris_is_timed_out_and_its_slot_freed(env: tuple[ProxyProcess, FakeUpstream], stage: str) -> None:
    proxy, _ = env
    before = proxy.fd_count()
    c = Raw(proxy.port)
    try:
        if stage in ("command", "data"):
            c.login()
        if stage == "data":
            assert c.cmd(f"MAIL FROM:<{SENDER}>")[0] == 250
            assert c.cmd(f"RCPT TO:<{BUYER}>")[0] == 250
            assert c.cmd("DATA")[0] == 354
            c.send(b"Subject: trickle\r\n")
        else:
            c.send(b"NO")  # half a command, then silence
        # The server (session_timeout 3 s) hangs up; bounded wait for it.
        c.sock.settimeout(60)
        got = b""
        for _ in range(100):
            chunk = c.sock.recv(4096)
            if not chunk:
                break
            got += chunk
        else:
            raise AssertionError("the server never closed the idle session")
    finally:
        c.close()
    # The session's socket is gone from the proxy (bounded poll: the close is asynchronous).
    for _ in range(200):
        if proxy.fd_count() <= before:
            break
        time.sleep(0.05)
    assert proxy.fd_count() <= before


def test_a_client_waiting_for_its_reply_is_not_idle(tmp_path: Path) -> None:
    """session_timeout counts the client's silence, not ours: an upstream slower than the timeout to
    answer the relayed message still gets the client its 250, and the session goes on."""
    store_url = f"sqlite:///{tmp_path / 'permitted.db'}"
    seed_store(store_url)
    upstream = FakeUpstream().start()
    upstream.on_data = lambda _received: time.sleep(3.0)  # the upstream thinks for 2x the session timeout
    config = proxy_config(tmp_path, upstream.url, store_url, server={"session_timeout": 1.5},
                          upstream={"timeout": 20})
    proxy = ProxyProcess(tmp_path, config).start()
    key = "patient@fault.test"
    try:
        c = Raw(proxy.port)
        try:
            assert c.login()[0] == 235
            assert c.cmd(f"MAIL FROM:<{SENDER}>")[0] == 250
            assert c.cmd(f"RCPT TO:<{BUYER}>")[0] == 250
            assert c.cmd("DATA")[0] == 354
            code, text = c.cmd(compliant(key) + b"\r\n.")
            assert code == 250, (code, text)
            assert c.cmd("NOOP")[0] == 250  # the idle timer starts again only after the reply
        finally:
            c.close()
        assert len(relayed_to(upstream, f"Message-ID: <{key}>".encode())) == 1
    finally:
        assert proxy.stop() == 0
        upstream.stop()


# Open-relay probes ---------------------------------------------------------------------------------------

def test_no_auth_is_refused(env: tuple[ProxyProcess, FakeUpstream]) -> None:
    proxy, _ = env
    c = Raw(proxy.port)
    try:
        c.cmd("EHLO client.test")
        assert c.cmd(f"MAIL FROM:<{SENDER}>")[0] == 530
        assert c.cmd(f"RCPT TO:<{BUYER}>")[0] == 503
    finally:
        c.close()


@pytest.mark.parametrize("sender", [OTHER_SENDER, "support@acme.example.evil.test", "support@evil.test",
                                    "<>", "@acme.example:support@evil.test", "\"support@acme.example\"@evil.test",
                                    "support%acme.example@evil.test"])
def test_wrong_sender_is_refused(env: tuple[ProxyProcess, FakeUpstream], sender: str) -> None:
    proxy, _ = env
    c = Raw(proxy.port)
    try:
        c.login()
        shown = sender if sender == "<>" else f"<{sender}>"
        code, text = c.cmd(f"MAIL FROM:{shown}")
        assert 500 <= code < 600, text
    finally:
        c.close()


RELAY_PROBES = [
    "victim@gmail.example",
    "@marketplace.amazon.com:victim@gmail.example",  # source route
    "@gmail.example:victim@gmail.example",
    "\"victim@gmail.example\"@marketplace.amazon.com",  # quoted local part hiding an address
    "victim@gmail.example@marketplace.amazon.com",
    "victim@[127.0.0.1]",
    "victim@marketplace.amazon.com@gmail.example",
]


@pytest.mark.parametrize("rcpt", RELAY_PROBES)
def test_relay_probe_recipient_is_refused(env: tuple[ProxyProcess, FakeUpstream], rcpt: str) -> None:
    proxy, _ = env
    c = Raw(proxy.port)
    try:
        c.login()
        assert c.cmd(f"MAIL FROM:<{SENDER}>")[0] == 250
        code, text = c.cmd(f"RCPT TO:<{rcpt}>")
        assert 500 <= code < 600, text
    finally:
        c.close()


@pytest.mark.parametrize("rcpt", [
    pytest.param("victim%gmail.example@marketplace.amazon.com", id="percent-hack"),
    pytest.param("\"victim%gmail.example\"@marketplace.amazon.com", id="quoted-local-part"),
    pytest.param("victim!gmail.example@marketplace.amazon.com", id="bang-path"),
    pytest.param("hyeljsvybe9wms3@marketplace.amazon.evil.example", id="fake-amazon-tld"),
    pytest.param("hyeljsvybe9wms3@marketplace.amazon.com.evil.example", id="amazon-prefix-domain"),
])
def test_disguised_relay_recipient_is_refused(env: tuple[ProxyProcess, FakeUpstream], rcpt: str) -> None:
    proxy, _ = env
    c = Raw(proxy.port)
    try:
        c.login()
        assert c.cmd(f"MAIL FROM:<{SENDER}>")[0] == 250
        code, text = c.cmd(f"RCPT TO:<{rcpt}>")
        assert 500 <= code < 600, text
    finally:
        c.close()


# AUTH brute force ------------------------------------------------------------------------------------------

def test_auth_brute_force_is_locked_out(tmp_path: Path) -> None:
    store_url = f"sqlite:///{tmp_path / 'permitted.db'}"
    seed_store(store_url)
    upstream = FakeUpstream().start()
    config = proxy_config(tmp_path, upstream.url, store_url,
                          server={"auth_max_failures": 3, "auth_failure_delay": 0.05, "auth_max_delay": 0.2,
                                  "auth_failure_window": 600})
    proxy = ProxyProcess(tmp_path, config).start()
    try:
        codes = []
        for attempt in range(6):  # bounded: a brute force, cut short
            c = Raw(proxy.port)
            try:
                codes.append(c.login("acme", f"guess-{attempt}")[0])
            finally:
                c.close()
        assert codes[:3] == [535, 535, 535]
        assert set(codes[3:]) == {454}, codes
        # Locked means locked: the right password from that address is refused too, on a new connection.
        c = Raw(proxy.port)
        try:
            code, text = c.login("acme", PASSWORD)
            assert code == 454 and "try again in" in text
            assert c.cmd(f"MAIL FROM:<{SENDER}>")[0] == 530
        finally:
            c.close()
    finally:
        assert proxy.stop() == 0
        upstream.stop()
