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
from dataclasses import dataclass
from pathlib import Path

import aiosmtplib

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
    async def send(self, mail_from: str, rcpt_to: list[str] | tuple[str, ...], data: bytes) -> Outcome: ...

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

    def _write(self, mail_from: str, rcpt_to: tuple[str, ...], data: bytes) -> str:
        for sub in ("tmp", "new", "cur"):
            (self.path / sub).mkdir(parents=True, exist_ok=True)
        name = f"{time.time_ns()}.{uuid.uuid4().hex[:16]}.{socket.gethostname().replace('/', '_')}"
        tmp = self.path / "tmp" / name
        # The envelope is not in the file: Return-Path and Delivered-To record it as local delivery does.
        trace = f"Return-Path: <{mail_from}>\r\n".encode()
        trace += b"".join(f"Delivered-To: {r}\r\n".encode() for r in rcpt_to)
        with open(tmp, "xb") as fh:
            fh.write(trace + data)
            fh.flush()
            os.fsync(fh.fileno())
        os.rename(tmp, self.path / "new" / name)
        dir_fd = os.open(self.path / "new", os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
        return name

    async def send(self, mail_from: str, rcpt_to: list[str] | tuple[str, ...], data: bytes) -> Outcome:
        try:
            name = await asyncio.to_thread(self._write, mail_from, tuple(rcpt_to), data)
        except OSError as exc:
            return Outcome(False, 451, f"cannot write to {self.path}: {exc.strerror}", stage="write")
        return Outcome(True, 250, f"delivered to {self.path}/new/{name}", queue_id=name)


class SmtpRelay(Relay):
    """aiosmtplib to the upstream; idle connections are kept and reused (checked with NOOP first)."""

    def __init__(self, config: UpstreamConfig, local_hostname: str) -> None:
        self.config = config
        self.implicit_tls = config.url.startswith("smtps://")
        self.host, self.port = parse_hostport(config.url.split("://", 1)[1].rstrip("/"), 465 if self.implicit_tls else 25)
        self.local_hostname = local_hostname
        self._idle: list[aiosmtplib.SMTP] = []
        self._closed = False

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
            tls_context=self._tls_context(),
            validate_certs=self.config.tls_verify,
        )
        await client.connect()
        if self.config.username:
            await client.login(self.config.username, self.config.password)
        return client

    async def _checkout(self) -> aiosmtplib.SMTP:
        while self._idle:
            client = self._idle.pop()
            try:
                if client.is_connected:
                    await client.noop()
                    return client
            except aiosmtplib.SMTPException:
                pass
            await _quietly_close(client)
        return await self._connect()

    async def _checkin(self, client: aiosmtplib.SMTP) -> None:
        if not self._closed and client.is_connected and len(self._idle) < self.config.pool_size:
            self._idle.append(client)
        else:
            await _quietly_close(client)

    async def send(self, mail_from: str, rcpt_to: list[str] | tuple[str, ...], data: bytes) -> Outcome:
        stage = "connect"
        try:
            client = await self._checkout()
        except aiosmtplib.SMTPResponseException as exc:
            return _refused(exc, stage)
        except (aiosmtplib.SMTPException, OSError) as exc:
            return Outcome(False, 451, f"cannot reach the upstream {self.describe}: {_reason(exc)}", stage=stage)
        keep = False
        try:
            options: list[str] = []
            if any(b > 0x7F for b in data) and client.supports_extension("8BITMIME"):
                options.append("BODY=8BITMIME")
            if not (mail_from + "".join(rcpt_to)).isascii() and client.supports_extension("SMTPUTF8"):
                options.append("SMTPUTF8")
            stage = "mail"
            await client.mail(mail_from, options=options)
            stage = "rcpt"
            # All or nothing: one refused recipient aborts the transaction, so a partial delivery never
            # leaves the client unsure what to retry.
            for rcpt in rcpt_to:
                await client.rcpt(rcpt)
            stage = "data"
            response = await client.data(data)
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
        for client in idle:
            try:
                await asyncio.wait_for(client.quit(), timeout=5)
            except (aiosmtplib.SMTPException, OSError, TimeoutError):
                client.close()


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
