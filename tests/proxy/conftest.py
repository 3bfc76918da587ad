"""Real parts for the proxy tests: a recording aiosmtpd upstream, the proxy on an ephemeral port,
SQLite in a temp folder, a TLS certificate generated here, and test messages."""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from proxy_support import OTHER_PASSWORD, PASSWORD, Upstream, add_orders, base_config, start_upstream

from proxy.auth import hash_password
from proxy.config import Config, build_config
from proxy.pipeline import Pipeline
from proxy.relay import open_relay
from proxy.server import Server
from proxy.store import Store, open_store


@pytest.fixture(scope="session")
def password_hashes() -> dict[str, str]:
    return {"acme": hash_password(PASSWORD), "other": hash_password(OTHER_PASSWORD)}


# TLS -----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TlsFiles:
    cert: Path
    key: Path

    def client_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(cafile=str(self.cert))
        return ctx


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> TlsFiles:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    folder = tmp_path_factory.mktemp("tls")
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return TlsFiles(cert_path, key_path)


# Upstream --------------------------------------------------------------------------------------------

@pytest.fixture
async def upstream() -> AsyncIterator[Upstream]:
    up = Upstream()
    srv = await start_upstream(up)
    yield up
    up.release_hang.set()
    srv.close()


@pytest.fixture
async def upstream_tls(tls_files: TlsFiles) -> AsyncIterator[tuple[Upstream, int]]:
    """An upstream that offers STARTTLS with the test certificate."""
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(tls_files.cert, tls_files.key)
    up = Upstream()
    srv = await start_upstream(up, ctx)
    yield up, up.port
    srv.close()


@pytest.fixture
async def dropping_upstream() -> AsyncIterator[int]:
    """A raw SMTP server that closes the connection in the middle of DATA."""
    seen: list[bytes] = []

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"220 drop.test ESMTP\r\n")
        for _ in range(20):  # bounded: a dialogue has only a few commands
            line = await reader.readline()
            if not line:
                break
            cmd = line[:4].upper()
            if cmd in (b"EHLO", b"HELO"):
                writer.write(b"250-drop.test\r\n250 8BITMIME\r\n")
            elif cmd == b"DATA":
                writer.write(b"354 go ahead\r\n")
                await writer.drain()
                seen.append(await reader.read(10))
                writer.close()
                return
            elif cmd == b"QUIT":
                writer.write(b"221 bye\r\n")
                break
            else:
                writer.write(b"250 OK\r\n")
            await writer.drain()
        writer.close()

    srv = await asyncio.start_server(serve, "127.0.0.1", 0)
    yield srv.sockets[0].getsockname()[1]
    srv.close()


# The proxy ----------------------------------------------------------------------------------------------

@dataclass
class Proxy:
    config: Config
    store: Store
    server: Server
    pipeline: Pipeline

    @property
    def port(self) -> int:
        return self.server.port


ProxyFactory = Callable[..., Awaitable[Proxy]]


@pytest.fixture
async def make_proxy(tmp_path: Path, password_hashes: dict[str, str]) -> AsyncIterator[ProxyFactory]:
    started: list[Proxy] = []

    async def factory(upstream_url: str, **overrides: Any) -> Proxy:
        config = build_config(base_config(tmp_path, upstream_url, password_hashes, **overrides), "test", environ={})
        store = open_store(config.store.url)
        await store.open()
        await add_orders(store)
        relay = open_relay(config.upstream, config.server.hostname)
        pipeline = Pipeline(config, store, relay)
        server = Server(config, pipeline)
        await server.start()
        proxy = Proxy(config, store, server, pipeline)
        started.append(proxy)
        return proxy

    yield factory
    for p in started:
        await p.server.stop(timeout=5)
        await p.pipeline.relay.close()
        await p.store.close()


