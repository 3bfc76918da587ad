"""The upstream: where compliant mail (and bounce reports) go. `smtp://`, `smtps://` or `maildir:PATH`.

A relay never raises for delivery problems: it returns an Outcome saying whether the upstream took
the message, refused it for good, or could not be reached (try again). The pipeline turns that into
the client's reply.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import socket
import ssl
import time
import uuid
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import aiosmtplib
from aiosmtplib.protocol import LINE_ENDINGS_REGEX, PERIOD_REGEX
from aiosmtplib.response import SMTPResponse
from aiosmtplib.typing import SMTPStatus

from proxy.config import UpstreamConfig, parse_hostport

_QUEUE_ID = re.compile(r"queued as\s+<?([\w.@-]+)>?", re.IGNORECASE)


@dataclass(frozen=True)
class Outcome:
    """`accepted`: the upstream holds it. Otherwise `permanent` says whether retrying can help."""

    accepted: bool
    code: int
    text: str
    permanent: bool = False
    queue_id: str = ""
    stage: str = ""  # connect, mail, rcpt, data, write: where a failure happened

    @property
    def temporary(self) -> bool:
        return not self.accepted and not self.permanent


class Relay(ABC):
    @abstractmethod
    async def send(
        self, mail_from: str, rcpt_to: list[str] | tuple[str, ...], data: bytes, *, head: bytes = b""
    ) -> Outcome:
        """Deliver `head` + `data`. `head` (trace headers, ending in CRLF) is passed apart so that a
        large message is never copied just to put a few header lines in front of it."""

    async def close(self) -> None:
        return None

    @property
    @abstractmethod
    def describe(self) -> str:
        """Where mail goes, for logs and the start-up banner (never credentials)."""


class MaildirRelay(Relay):
    """Delivers into a Maildir folder (`PATH/new/<unique>`), written to tmp/ and renamed: atomic."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)

    @property
    def describe(self) -> str:
        return f"maildir:{self.path}"

    def _write(self, mail_from: str, rcpt_to: tuple[str, ...], head: bytes, data: bytes) -> str:
        for sub in ("tmp", "new", "cur"):
            (self.path / sub).mkdir(parents=True, exist_ok=True)
        name = f"{time.time_ns()}.{uuid.uuid4().hex[:16]}.{socket.gethostname().replace('/', '_')}"
        tmp = self.path / "tmp" / name
        # The envelope is not in the file: Return-Path and Delivered-To record it as local delivery does.
        trace = f"Return-Path: <{mail_from}>\r\n".encode()
        trace += b"".join(f"Delivered-To: {r}\r\n".encode() for r in rcpt_to)
        with open(tmp, "xb") as fh:
            fh.write(trace + head)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.rename(tmp, self.path / "new" / name)
        dir_fd = os.open(self.path / "new", os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
        return name

    async def send(
        self, mail_from: str, rcpt_to: list[str] | tuple[str, ...], data: bytes, *, head: bytes = b""
    ) -> Outcome:
        try:
            name = await asyncio.to_thread(self._write, mail_from, tuple(rcpt_to), head, data)
        except OSError as exc:
            return Outcome(False, 451, f"cannot write to {self.path}: {exc.strerror}", stage="write")
        return Outcome(True, 250, f"delivered to {self.path}/new/{name}", queue_id=name)


# A pooled connection idle for less than this is reused without a NOOP (see SmtpRelay._checkout). RFC 5321
# 4.5.3.2.7 asks servers to wait at least 5 minutes for a command; 2 s is far inside any real timeout.
FRESH = 2.0


class SmtpRelay(Relay):
    """aiosmtplib to the upstream; idle connections are kept and reused (checked with NOOP after FRESH s)."""

    def __init__(self, config: UpstreamConfig, local_hostname: str) -> None:
        self.config = config
        self.implicit_tls = config.url.startswith("smtps://")
        self.host, self.port = parse_hostport(config.url.split("://", 1)[1].rstrip("/"), 465 if self.implicit_tls else 25)
        self.local_hostname = local_hostname
        self._idle: list[tuple[aiosmtplib.SMTP, float]] = []  # with when each was checked in
        self._closed = False
        # Built once: loading the system CA bundle costs ~50 ms of CPU, far more than the message.
        self._tls = self._tls_context()

    @property
    def describe(self) -> str:
        return f"{'smtps' if self.implicit_tls else 'smtp'}://{self.host}:{self.port}"

    def _tls_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(cafile=self.config.ca_file or None)
        if not self.config.tls_verify:
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
        return ctx

    async def _connect(self) -> aiosmtplib.SMTP:
        client = aiosmtplib.SMTP(
            hostname=self.host,
            port=self.port,
            local_hostname=self.local_hostname,
            timeout=self.config.timeout,
            use_tls=self.implicit_tls,
            # None: STARTTLS when the upstream offers it; plain text only if it does not.
            start_tls=False if self.implicit_tls else None,
            tls_context=self._tls,
            validate_certs=self.config.tls_verify,
        )
        await client.connect()
        if self.config.username:
            await client.login(self.config.username, self.config.password)
        return client

    async def _checkout(self, trust_fresh: bool = True) -> tuple[aiosmtplib.SMTP, bool]:
        """A connection to send on, and whether it is a pooled one used without a NOOP first.

        A connection checked in less than FRESH seconds ago just finished a transaction, so it is used
        as it is: a NOOP per message is a round trip to the upstream (the message's latency grows by
        the upstream's RTT) and ~2% of a worker's CPU under load. If such a connection turns out to be
        gone at MAIL, `send` retries once on a checked or new one (nothing of the message was sent).
        """
        while self._idle:
            client, since = self._idle.pop()
            try:
                if client.is_connected:
                    if trust_fresh and time.monotonic() - since < FRESH:
                        return client, True
                    await client.noop()
                    return client, False
            except aiosmtplib.SMTPException:
                pass
            await _quietly_close(client)
        return await self._connect(), False

    async def _checkin(self, client: aiosmtplib.SMTP) -> None:
        if not self._closed and client.is_connected and len(self._idle) < self.config.pool_size:
            self._idle.append((client, time.monotonic()))
        else:
            await _quietly_close(client)

    async def send(
        self, mail_from: str, rcpt_to: list[str] | tuple[str, ...], data: bytes, *, head: bytes = b""
    ) -> Outcome:
        outcome = await self._send_once(mail_from, rcpt_to, data, head, trust_fresh=True)
        if outcome is None:  # a pooled connection used unchecked was gone at MAIL: once more, checked
            outcome = await self._send_once(mail_from, rcpt_to, data, head, trust_fresh=False)
        assert outcome is not None
        return outcome

    async def _send_once(
        self, mail_from: str, rcpt_to: list[str] | tuple[str, ...], data: bytes, head: bytes, *, trust_fresh: bool
    ) -> Outcome | None:
        """One attempt; None when an unchecked pooled connection was found closed at MAIL (retry)."""
        stage = "connect"
        try:
            client, unchecked = await self._checkout(trust_fresh)
        except aiosmtplib.SMTPResponseException as exc:
            return _refused(exc, stage)
        except (aiosmtplib.SMTPException, OSError) as exc:
            return Outcome(False, 451, f"cannot reach the upstream {self.describe}: {_reason(exc)}", stage=stage)
        keep = False
        try:
            options: list[str] = []
            # isascii() is one C pass; a Python loop over the bytes cost ~40 ms per MB.
            if not (head.isascii() and data.isascii()) and client.supports_extension("8BITMIME"):
                options.append("BODY=8BITMIME")
            if not (mail_from + "".join(rcpt_to)).isascii() and client.supports_extension("SMTPUTF8"):
                options.append("SMTPUTF8")
            stage = "mail"
            try:
                await client.mail(mail_from, options=options)
            except (aiosmtplib.SMTPServerDisconnected, aiosmtplib.SMTPResponseException, OSError) as exc:
                # The upstream closed the idle connection (its timeout, a restart, or a 421 it sends as
                # it closes): not an answer about this message.
                gone = not isinstance(exc, aiosmtplib.SMTPResponseException) or exc.code == 421
                if unchecked and gone:
                    return None
                raise
            stage = "rcpt"
            # All or nothing: one refused recipient aborts the transaction, so a partial delivery never
            # leaves the client unsure what to retry.
            for rcpt in rcpt_to:
                await client.rcpt(rcpt)
            stage = "data"
            response = await send_data(client, head, data, self.config.timeout)
            keep = True
            m = _QUEUE_ID.search(response.message)
            return Outcome(True, response.code, response.message, queue_id=m.group(1) if m else "")
        except aiosmtplib.SMTPResponseException as exc:
            if stage in ("mail", "rcpt"):
                try:
                    await client.rset()
                    keep = True
                except (aiosmtplib.SMTPException, OSError):
                    keep = False
            return _refused(exc, stage)
        except (aiosmtplib.SMTPException, OSError) as exc:
            # Timeout or lost connection: we cannot know the upstream's state, only that it did not say yes.
            return Outcome(False, 451, f"upstream {self.describe} failed during {stage.upper()}: {_reason(exc)}", stage=stage)
        finally:
            if keep:
                await self._checkin(client)
            else:
                await _quietly_close(client)

    async def close(self) -> None:
        self._closed = True
        idle, self._idle = self._idle, []
        for client, _ in idle:
            try:
                await asyncio.wait_for(client.quit(), timeout=5)
            except (aiosmtplib.SMTPException, OSError, TimeoutError):
                client.close()


CHUNK = 256 * 1024  # octets handed to the transport at a time (it buffers at most about one)


def dot_stuffed(data: bytes, chunk: int = CHUNK) -> Iterator[bytes | memoryview]:
    """`data` as DATA content, in pieces: lines start at piece starts, CRLF line ends, leading dots doubled.

    The same transformation as aiosmtplib's `data()` (lone CR or LF -> CRLF, RFC 5321 4.5.2
    transparency, a final CRLF), without its three whole-message copies: a piece that needs no change
    (the usual case: CRLF-only, no line starting with a dot) is a view into `data`; one that does is
    rewritten on its own, so at most one piece is copied at a time. `data` must start at a line start.
    """
    n = len(data)
    if n == 0:
        yield b"\r\n"
        return
    view = memoryview(data)
    start = 0
    while start < n:
        end = min(n, start + chunk)
        if end < n:
            # Cut just after a LF: no CRLF straddles two pieces and the next piece starts a line.
            cut = data.rfind(b"\n", start, end)
            if cut < 0:
                cut = data.find(b"\n", end)
            end = n if cut < 0 else cut + 1
        lf = data.count(b"\n", start, end)
        clean = lf == data.count(b"\r", start, end) == data.count(b"\r\n", start, end)
        if clean and data[start] != 0x2E and data.find(b"\n.", start, end) < 0:
            piece: bytes | memoryview = view[start:end]
        else:
            text = data[start:end]
            if not clean:
                text = LINE_ENDINGS_REGEX.sub(b"\r\n", text)
            piece = PERIOD_REGEX.sub(b"..", text)
        yield piece
        last = piece[-2:]
        start = end
    if bytes(last) != b"\r\n":
        yield b"\r\n"


async def send_data(client: aiosmtplib.SMTP, head: bytes, data: bytes, timeout: float) -> SMTPResponse:
    """DATA with `head` + `data` streamed to the upstream piece by piece (see dot_stuffed).

    aiosmtplib's `data()` makes three full copies of the message (line endings, dot-stuffing, the
    final dot) and hands all of it to the transport at once, which copies what the socket cannot take
    yet: ~4x a 25 MB message in memory per relay. Here the pieces are written with flow control, so
    what is buffered stays around one piece. It uses the same protocol calls as aiosmtplib's own
    `execute_data_command` (the command lock, reply matching); without them it falls back to `data()`.
    """
    protocol = client.protocol
    lock = getattr(protocol, "_command_lock", None)
    if protocol is None or lock is None or not hasattr(protocol, "_drain_helper"):
        return await client.data(head + data)
    async with lock:
        protocol._response_pending = True
        protocol.write(b"DATA\r\n")
        start = await protocol.read_response(timeout=timeout)
        if start.code != SMTPStatus.start_input:
            raise aiosmtplib.SMTPDataError(start.code, start.message)
        # Whatever the upstream says from here on answers the data.
        protocol._response_pending = True
        try:
            for part in (head, data):
                if not part:
                    continue
                for piece in dot_stuffed(part):
                    protocol.write(piece)
                    if protocol._paused:
                        await asyncio.wait_for(protocol._drain_helper(), timeout)
            protocol.write(b".\r\n")
        except TimeoutError as exc:
            client.close()
            raise aiosmtplib.SMTPTimeoutError("Timed out sending the message") from exc
        except (aiosmtplib.SMTPServerDisconnected, ConnectionError) as exc:
            client.close()
            raise aiosmtplib.SMTPServerDisconnected("Connection lost during DATA") from exc
        response = await protocol.read_response(timeout=timeout)
    if response.code != SMTPStatus.completed:
        raise aiosmtplib.SMTPDataError(response.code, response.message)
    return response


def _refused(exc: aiosmtplib.SMTPResponseException, stage: str) -> Outcome:
    text = " ".join(str(exc.message).split())
    return Outcome(False, exc.code, text, permanent=500 <= exc.code < 600, stage=stage)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, aiosmtplib.SMTPTimeoutError | TimeoutError):
        return "timed out"
    text = " ".join(str(exc).split())
    return text or type(exc).__name__


async def _quietly_close(client: aiosmtplib.SMTP) -> None:
    # Closing a broken connection must never fail the message.
    with contextlib.suppress(Exception):
        client.close()


def open_relay(config: UpstreamConfig, local_hostname: str) -> Relay:
    if config.url.startswith("maildir:"):
        return MaildirRelay(config.url.removeprefix("maildir:"))
    return SmtpRelay(config, local_hostname)
