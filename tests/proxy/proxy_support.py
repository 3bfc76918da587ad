"""Constants and test messages shared by the proxy tests (fixtures live in conftest.py)."""

from __future__ import annotations

import asyncio
import datetime as dt
import ssl
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiosmtpd.smtp import SMTP as AioSMTP
from aiosmtpd.smtp import Envelope, Session

from policies import Order
from proxy.store import Store

PASSWORD = "correct horse battery"
OTHER_PASSWORD = "other account pass"
SENDER = "support@acme.example"
REPORT_TO = "compliance@acme.example"
BUYER = "hyeljsvybe9wms3@marketplace.amazon.com"
BUYER2 = "zz9other0buyer1@marketplace.amazon.com"
ORDER = "113-4829175-6630214"


# Messages ------------------------------------------------------------------------------------------------

def message(*, to: str = BUYER, sender: str = SENDER, order: str = ORDER, extra: str = "",
            subject: str | None = None, message_id: str = "<t1.engraving@acme.example>") -> bytes:
    """A plain, proactive, compliant request for information (the shape of corpus case 04)."""
    subject = subject or f"Order {order} - engraving text needed"
    body = (
        "Hi,\n\n"
        f"Thanks for ordering the Personalized Bamboo Cutting Board (order {order}).\n"
        "The order came through without any engraving text, so we can't start on your board yet.\n\n"
        "Could you reply to this message with the text you would like engraved (up to 2 lines,\n"
        "24 characters per line) and whether it should go on the front or the back of the board?\n\n"
        f"{extra}"
        "As soon as we have your answer we will engrave the board and ship it within 2 business days.\n\n"
        "Thanks,\nOwen Gallagher\nAcme Engraving\n"
    )
    head = (
        f"From: Acme Engraving <{sender}>\nTo: {to}\nSubject: {subject}\n"
        "Date: Fri, 12 Jun 2026 08:15:00 -0600\n"
        f"Message-ID: {message_id}\nMIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="us-ascii"\nContent-Transfer-Encoding: 7bit\n\n'
    )
    return (head + body).replace("\n", "\r\n").encode("utf-8")


INSECURE_LINE = "You can see the engraving fonts at http://fonts.acme.example/engraving before you answer.\n\n"


def insecure_message(**kw: Any) -> bytes:
    """Breaks link.insecure (reject by default)."""
    return message(extra=INSECURE_LINE, **kw)


def review_message(order: str = ORDER, message_id: str = "<rv.1@acme.example>") -> bytes:
    """A neutral review request (the shape of corpus case 01): relays, and enters the ledger."""
    body = (
        "Hello,\n\n"
        f"Thank you for choosing Acme Engraving for your order {order} (Personalized Bamboo Cutting Board).\n\n"
        "If you have a moment, we would be grateful for a review of the board on Amazon. Honest reviews,\n"
        "whatever your experience was, help other customers decide whether the product is right for them.\n"
        "You can write one from Your Orders by selecting \"Write a product review\".\n\n"
        "Best regards,\nDaniel Reyes\nAcme Engraving\n"
    )
    head = (
        f"From: Acme Engraving <{SENDER}>\nTo: {BUYER}\n"
        f"Subject: Order {order}: would you review your cutting board?\n"
        f"Date: Tue, 09 Jun 2026 10:20:00 -0400\nMessage-ID: {message_id}\nMIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="us-ascii"\nContent-Transfer-Encoding: 7bit\n\n'
    )
    return (head + body).replace("\n", "\r\n").encode("ascii")


def closed_port() -> int:
    """A port on which nothing listens (connection refused)."""
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def to_toml(data: dict[str, Any]) -> str:
    """Enough TOML for test configs: tables of scalars/lists, nested tables, arrays of tables."""
    import json

    def value(v: Any) -> str:
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, int | float):
            return str(v)
        if isinstance(v, list):
            return "[" + ", ".join(value(x) for x in v) + "]"
        return json.dumps(v)

    def table(name: str, body: dict[str, Any], header: str) -> list[str]:
        lines = [header]
        nested = []
        for k, v in body.items():
            if isinstance(v, dict):
                nested.append((k, v))
            else:
                lines.append(f"{json.dumps(k)} = {value(v)}")
        for k, v in nested:
            lines += table(f"{name}.{k}", v, f"[{name}.{json.dumps(k)}]")
        return lines

    out: list[str] = []
    for section, body in data.items():
        if isinstance(body, list):
            for item in body:
                out += table(section, item, f"[[{section}]]")
        else:
            out += table(section, body, f"[{section}]")
    return "\n".join(out) + "\n"


def base_config(tmp_path: Path, upstream_url: str, hashes: dict[str, str], **overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        # One process: these tests read one log and one /metrics; tests/proxy/test_workers.py covers several.
        # No warm-up: ~2 s per start, for every one of these servers (tests/proxy/test_warm_up.py has it).
        "server": {"listen": "127.0.0.1:0", "hostname": "permitted.test", "auth_failure_delay": 0,
                   "shutdown_timeout": 5, "workers": 1, "warm_up": False},
        "store": {"url": f"sqlite:///{tmp_path / 'permitted.db'}"},
        "upstream": {"url": upstream_url, "timeout": 5, "pool_size": 2},
        "policy": {},
        "accounts": [
            {"name": "acme", "username": "acme", "password_hash": hashes["acme"], "senders": [SENDER],
             "report_to": REPORT_TO},
            {"name": "other", "username": "other", "password_hash": hashes["other"],
             "senders": ["@other.example"]},
        ],
    }
    for section, values in overrides.items():
        if section == "accounts":
            data["accounts"] = values
        elif section == "acme":
            data["accounts"][0].update(values)
        else:
            data.setdefault(section, {}).update(values)
    return data


async def add_orders(store: Store) -> None:
    now = dt.datetime.now(dt.UTC)
    await store.upsert_orders("acme", [
        Order(ORDER, buyer_email=BUYER, marketplace="amazon.com", buyer_language="en",
              purchased_at=now - dt.timedelta(days=6), shipped_at=now - dt.timedelta(days=5),
              delivered_at=now - dt.timedelta(days=2), product_titles=("Personalized Bamboo Cutting Board",)),
    ])
    await store.upsert_orders("other", [
        Order("114-0937261-5148830", buyer_email=BUYER2, marketplace="amazon.com", buyer_language="en",
              purchased_at=now - dt.timedelta(days=6), delivered_at=now - dt.timedelta(days=2)),
    ])


@dataclass
class Received:
    mail_from: str
    rcpt_to: list[str]
    data: bytes


@dataclass
class Upstream:
    """A real aiosmtpd server that records what it accepts; `mode` decides its answer to DATA."""

    port: int = 0
    mode: str = "ok"  # ok | tempfail | permfail | hang | hold | rcpt-tempfail
    arrived: int = 0  # messages whose data the upstream has read (before answering)
    received: list[Received] = field(default_factory=list)
    release_hang: asyncio.Event = field(default_factory=asyncio.Event)
    connections: int = 0
    noops: int = 0
    # > 0: after this many messages on one connection, MAIL is answered 421 and the connection closed
    # (as servers with a per-connection message limit do).
    per_connection: int = 0

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    async def handle_NOOP(self, server: Any, session: Session, envelope: Envelope, arg: str) -> str:
        self.noops += 1
        return "250 OK"

    async def handle_MAIL(self, server: Any, session: Session, envelope: Envelope, address: str, options: list[str]) -> str:
        done = getattr(session, "messages", 0)
        if self.per_connection and done >= self.per_connection:
            server.transport.close()  # after the reply below is flushed
            return "421 4.7.0 upstream.test too many messages on this connection, closing"
        session.messages = done + 1  # type: ignore[attr-defined]
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(self, server: Any, session: Session, envelope: Envelope, address: str, options: list[str]) -> str:
        if self.mode == "rcpt-tempfail":
            return "450 4.2.1 Mailbox busy, try later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Session, envelope: Envelope) -> str:
        if self.mode == "tempfail":
            return "451 4.3.0 Upstream is busy"
        if self.mode == "permfail":
            return "554 5.7.1 Upstream policy says no"
        self.arrived += 1
        if self.mode == "hang":
            await self.release_hang.wait()
            return "451 4.3.0 too late"
        if self.mode == "hold":  # accept, but only once released: keeps messages in flight in the proxy
            await self.release_hang.wait()
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.original_content)))
        return f"250 2.0.0 Ok: queued as UP{len(self.received):04d}"


async def start_upstream(upstream: Upstream, tls_context: ssl.SSLContext | None = None) -> asyncio.base_events.Server:
    loop = asyncio.get_running_loop()

    def factory() -> AioSMTP:
        upstream.connections += 1
        return AioSMTP(upstream, hostname="upstream.test", tls_context=tls_context, enable_SMTPUTF8=True,
                       auth_require_tls=False)

    srv = await loop.create_server(factory, "127.0.0.1", 0)
    upstream.port = srv.sockets[0].getsockname()[1]
    return srv
