"""Client helpers for the proxy tests: aiosmtplib sessions and a raw line-level client."""

from __future__ import annotations

import asyncio
import base64
from dataclasses import dataclass

import aiosmtplib
from proxy_support import PASSWORD, SENDER


async def connect(port: int, user: str | None = "acme", password: str = PASSWORD) -> aiosmtplib.SMTP:
    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, start_tls=False, timeout=30)
    await client.connect()
    if user:
        await client.login(user, password)
    return client


@dataclass
class Reply:
    code: int
    lines: list[str]  # raw lines, code and separator included

    @property
    def text(self) -> str:
        return "\n".join(line[4:] for line in self.lines)


class RawClient:
    """Speaks SMTP line by line, so a test can see every reply line exactly as sent."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer

    @classmethod
    async def open(cls, port: int) -> RawClient:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        client = cls(reader, writer)
        await client.reply()
        return client

    async def reply(self) -> Reply:
        lines: list[str] = []
        for _ in range(200):  # bounded
            raw = await asyncio.wait_for(self.reader.readline(), 30)
            assert raw.endswith(b"\r\n"), raw
            assert len(raw) <= 512
            line = raw[:-2].decode("ascii")
            lines.append(line)
            if len(line) < 4 or line[3] == " ":
                break
        return Reply(int(lines[0][:3]), lines)

    async def cmd(self, line: str) -> Reply:
        self.writer.write(line.encode() + b"\r\n")
        await self.writer.drain()
        return await self.reply()

    async def login(self, user: str = "acme", password: str = PASSWORD) -> Reply:
        await self.cmd("EHLO client.test")
        token = base64.b64encode(f"\0{user}\0{password}".encode()).decode()
        return await self.cmd(f"AUTH PLAIN {token}")

    async def send(self, data: bytes, rcpt: list[str], sender: str = SENDER) -> Reply:
        r = await self.cmd(f"MAIL FROM:<{sender}>")
        assert r.code == 250, r.lines
        for to in rcpt:
            r = await self.cmd(f"RCPT TO:<{to}>")
            assert r.code == 250, r.lines
        r = await self.cmd("DATA")
        assert r.code == 354, r.lines
        stuffed = b"\r\n".join(b"." + line if line.startswith(b".") else line for line in data.split(b"\r\n"))
        if not stuffed.endswith(b"\r\n"):
            stuffed += b"\r\n"
        self.writer.write(stuffed + b".\r\n")
        await self.writer.drain()
        return await self.reply()

    async def close(self) -> None:
        self.writer.close()
