"""Real parts for the fault suite (and bench/faults.py): a misbehaving SMTP upstream in a thread,
`permitted serve` subprocesses, a threaded SMTP client load, and the reconciliation of every
client's last reply against what the upstream and the quarantine hold.

Everything talks over 127.0.0.1; every loop is bounded in count and in time.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import os
import re
import resource
import signal
import smtplib
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from policies import Order
from proxy.auth import hash_password
from proxy.store import open_store

PASSWORD = "correct horse battery"
OTHER_PASSWORD = "other account pass"
SENDER = "support@acme.example"
OTHER_SENDER = "help@other.example"
REPORT_TO = "compliance@acme.example"
BUYER = "hyeljsvybe9wms3@marketplace.amazon.com"
BUYER2 = "zz9other0buyer1@marketplace.amazon.com"
ORDER = "113-4829175-6630214"
OTHER_ORDER = "114-0937261-5148830"
QUARANTINE_ACTIONS = {"link.insecure": "quarantine", "link.external": "quarantine"}
LISTENING = re.compile(r"Permitted listening on 127\.0\.0\.1:(\d+)")
REPO = Path(__file__).resolve().parents[2]

_HASHES: dict[str, str] = {}


def password_hashes() -> dict[str, str]:
    if not _HASHES:
        _HASHES.update(acme=hash_password(PASSWORD), other=hash_password(OTHER_PASSWORD))
    return _HASHES


# Messages -------------------------------------------------------------------------------------------

def order_id(n: int) -> str:
    return f"113-{7000000 + n:07d}-{1000000 + n:07d}"


def _eml(head: str, body: str) -> bytes:
    return (head + body).replace("\n", "\r\n").encode("utf-8")


def _head(subject: str, message_id: str, to: str = BUYER, sender: str = SENDER) -> str:
    return (
        f"From: Acme Engraving <{sender}>\nTo: {to}\nSubject: {subject}\n"
        "Date: Fri, 12 Jun 2026 08:15:00 -0600\n"
        f"Message-ID: <{message_id}>\nMIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="us-ascii"\nContent-Transfer-Encoding: 7bit\n\n'
    )


def compliant(message_id: str, order: str = ORDER, extra: str = "", to: str = BUYER, sender: str = SENDER) -> bytes:
    """A proactive request for information: relays (unless `extra` breaks a rule)."""
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
    return _eml(_head(f"Order {order} - engraving text needed", message_id, to, sender), body)


INSECURE_LINE = "You can see the engraving fonts at http://fonts.acme.example/engraving before you answer.\n\n"
OFF_AMAZON_LINE = "If it is easier, just email me directly at owen.gallagher.acme@gmail.com instead.\n\n"


def insecure(message_id: str, order: str = ORDER) -> bytes:
    """Breaks link.insecure: quarantined with QUARANTINE_ACTIONS."""
    return compliant(message_id, order, INSECURE_LINE)


def review(message_id: str, order: str) -> bytes:
    """A neutral review request: relays once per order, enters the ledger."""
    body = (
        "Hello,\n\n"
        f"Thank you for choosing Acme Engraving for your order {order} (Personalized Bamboo Cutting Board).\n\n"
        "If you have a moment, we would be grateful for a review of the board on Amazon. Honest reviews,\n"
        "whatever your experience was, help other customers decide whether the product is right for them.\n"
        "You can write one from Your Orders by selecting \"Write a product review\".\n\n"
        "Best regards,\nDaniel Reyes\nAcme Engraving\n"
    )
    return _eml(_head(f"Order {order}: would you review your cutting board?", message_id), body)


@dataclass(frozen=True)
class Mail:
    key: str  # the Message-ID (without <>): how a copy is recognised wherever it lands
    kind: str  # relay | quarantine | reject | review
    data: bytes
    sender: str = SENDER
    rcpt: tuple[str, ...] = (BUYER,)


def mixed_load(tag: str, n: int, kinds: tuple[str, ...] = ("relay", "quarantine", "reject", "review")) -> list[Mail]:
    """`n` messages cycling through `kinds`; review requests each name their own order (order_id(i))."""
    out = []
    for i in range(n):
        kind = kinds[i % len(kinds)]
        key = f"{tag}-{i:05d}-{kind}@fault.test"
        if kind == "relay":
            data = compliant(key)
        elif kind == "quarantine":
            data = insecure(key)
        elif kind == "reject":
            data = compliant(key, extra=OFF_AMAZON_LINE)
        else:
            data = review(key, order_id(i))
        out.append(Mail(key, kind, data))
    return out


# The upstream -----------------------------------------------------------------------------------------

@dataclass
class Received:
    mail_from: str
    rcpt_to: list[str]
    data: bytes


class FakeUpstream:
    """A raw SMTP server in its own thread and event loop whose behaviour `mode` sets:

    ok | tempfail (451 at the final dot) | permfail (554) | slow (MAIL answered after `slow_seconds`)
    | drop (closes mid-DATA) | die-after (accepts `accept_limit` messages, then closes every
    connection and its listener) | lose-reply (stores the message, then closes without replying).
    `on_data(received)` runs (in the upstream's thread) after a message is stored and before the reply.
    """

    def __init__(self) -> None:
        self.mode = "ok"
        self.slow_seconds = 5.0
        self.accept_limit = 0
        self.on_data: Callable[[Received], None] | None = None
        self.received: list[Received] = []
        self.lock = threading.Lock()
        self.port = 0
        self.dead = False
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.base_events.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True, name="fake-upstream")

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def start(self) -> FakeUpstream:
        self._thread.start()
        fut = asyncio.run_coroutine_threadsafe(self._start(), self._loop)
        fut.result(timeout=10)
        return self

    async def _start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", self.port or 0)
        self.port = self._server.sockets[0].getsockname()[1]
        self.dead = False

    def revive(self) -> None:
        """Listen again on the same port after `die-after` (mode back to ok)."""
        self.mode = "ok"
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(timeout=10)

    def _die(self) -> None:
        self.dead = True
        if self._server is not None:
            self._server.close()
        for w in list(self._writers):
            w.close()

    def stop(self) -> None:
        async def shutdown() -> None:
            self._die()
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for t in tasks:
                t.cancel()
            await asyncio.wait(tasks, timeout=5) if tasks else None

        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(shutdown(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    def messages(self) -> list[Received]:
        with self.lock:
            return list(self.received)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            await self._dialogue(reader, writer)
        except (ConnectionError, TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError,
                asyncio.CancelledError):
            pass
        finally:
            self._writers.discard(writer)
            with contextlib.suppress(Exception):
                writer.close()

    async def _dialogue(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self.dead:
            return

        async def say(line: str) -> None:
            writer.write(line.encode() + b"\r\n")
            await writer.drain()

        await say("220 upstream.fault.test ESMTP")
        mail_from, rcpts = "", []
        for _ in range(10_000):  # bounded: a pooled connection carries many transactions
            line = await asyncio.wait_for(reader.readline(), 60)
            if not line or self.dead:
                return
            verb = line[:4].upper()
            if verb in (b"EHLO", b"HELO"):
                await say("250-upstream.fault.test\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 PIPELINING")
            elif verb == b"MAIL":
                if self.mode == "slow":
                    await asyncio.sleep(self.slow_seconds)
                mail_from = line.decode("utf-8", "replace").split(":", 1)[1].strip().split()[0].strip("<>")
                rcpts = []
                await say("250 2.1.0 OK")
            elif verb == b"RCPT":
                rcpts.append(line.decode("utf-8", "replace").split(":", 1)[1].strip().split()[0].strip("<>"))
                await say("250 2.1.5 OK")
            elif verb == b"DATA":
                await say("354 go ahead")
                if self.mode == "drop":
                    await reader.read(100)
                    return
                chunks: list[bytes] = []
                for _ in range(2_000_000):  # bounded by line count
                    data_line = await asyncio.wait_for(reader.readline(), 60)
                    if not data_line:
                        return
                    if data_line == b".\r\n":
                        break
                    chunks.append(data_line[1:] if data_line.startswith(b".") else data_line)
                if self.mode == "tempfail":
                    await say("451 4.3.0 upstream is busy")
                    continue
                if self.mode == "permfail":
                    await say("554 5.7.1 upstream policy says no")
                    continue
                if self.mode == "die-after" and len(self.received) >= self.accept_limit:
                    self._die()
                    return
                got = Received(mail_from, rcpts, b"".join(chunks))
                with self.lock:
                    self.received.append(got)
                    count = len(self.received)
                if self.on_data is not None:
                    self.on_data(got)
                if self.mode == "lose-reply":
                    return
                await say(f"250 2.0.0 Ok: queued as UP{count:05d}")
                if self.mode == "die-after" and count >= self.accept_limit:
                    self._die()
                    return
            elif verb == b"QUIT":
                await say("221 bye")
                return
            elif verb in (b"RSET", b"NOOP"):
                await say("250 OK")
            else:
                await say("502 5.5.2 not implemented")


def closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


# The proxy process ---------------------------------------------------------------------------------------

def to_toml(data: dict[str, Any]) -> str:
    """Enough TOML for these configs: tables of scalars/lists, nested tables, arrays of tables."""

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


def proxy_config(workdir: Path, upstream_url: str, store_url: str | None = None, **overrides: Any) -> dict[str, Any]:
    hashes = password_hashes()
    data: dict[str, Any] = {
        # One worker by default: the file-size limit, RSS and fd counts then name the process that serves.
        "server": {"listen": "127.0.0.1:0", "hostname": "permitted.test", "auth_failure_delay": 0,
                   "shutdown_timeout": 5, "session_timeout": 30, "workers": 1,
                   # No warm-up: seconds per start, for each of these servers (test_warm_up.py has it).
                   "warm_up": False},
        "store": {"url": store_url or f"sqlite:///{workdir / 'permitted.db'}"},
        "upstream": {"url": upstream_url, "timeout": 2, "pool_size": 2},
        "policy": {},
        "accounts": [
            {"name": "acme", "username": "acme", "password_hash": hashes["acme"], "senders": [SENDER],
             "report_to": REPORT_TO, "actions": dict(QUARANTINE_ACTIONS)},
            {"name": "other", "username": "other", "password_hash": hashes["other"],
             "senders": ["@other.example"], "actions": dict(QUARANTINE_ACTIONS)},
        ],
    }
    for section, values in overrides.items():
        data.setdefault(section, {}).update(values)
    return data


def seed_store(store_url: str, n_orders: int = 0) -> None:
    """The acme/other orders the test messages name, plus order_id(0..n) for review requests."""

    async def seed() -> None:
        now = dt.datetime.now(dt.UTC)
        ago = dt.timedelta
        store = open_store(store_url)
        await store.open()
        try:
            common = dict(marketplace="amazon.com", buyer_language="en", purchased_at=now - ago(days=6),
                          shipped_at=now - ago(days=5), delivered_at=now - ago(days=2),
                          product_titles=("Personalized Bamboo Cutting Board",))
            orders = [Order(ORDER, buyer_email=BUYER, **common)]  # type: ignore[arg-type]
            orders += [Order(order_id(i), buyer_email=BUYER, **common) for i in range(n_orders)]  # type: ignore[arg-type]
            await store.upsert_orders("acme", orders)
            await store.upsert_orders("other", [Order(OTHER_ORDER, buyer_email=BUYER2, **common)])  # type: ignore[arg-type]
        finally:
            await store.close()

    asyncio.run(seed())


def quarantine_rows(store_url: str) -> list[tuple[str, str, bytes]]:
    """(account, status, raw) of every quarantined item, read through the store."""

    async def read() -> list[tuple[str, str, bytes]]:
        store = open_store(store_url)
        await store.open()
        try:
            return [(i.account, i.status, i.raw) for i in await store.quarantine_list(None, None)]
        finally:
            await store.close()

    return asyncio.run(read())


def _drain(pipe: Any, path: Path) -> None:
    with open(path, "ab") as fh:
        for _ in range(100_000_000):  # bounded; ends at EOF when the process exits
            chunk = pipe.read1(65536)
            if not chunk:
                break
            fh.write(chunk)
            fh.flush()


class ProxyProcess:
    """`permitted serve` as a child process; stdout/stderr go to files (a full pipe must never stall it)."""

    def __init__(self, workdir: Path, config: dict[str, Any], name: str = "proxy") -> None:
        self.workdir = workdir
        self.name = name
        self.config_path = workdir / f"{name}.toml"
        self.config_path.write_text(to_toml(config))
        self.proc: subprocess.Popen[bytes] | None = None
        self.port = 0
        self.starts = 0

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def start(self, timeout: float = 60) -> ProxyProcess:
        self.starts += 1
        out = self.workdir / f"{self.name}.{self.starts}.out"
        err = self.workdir / f"{self.name}.{self.starts}.err"
        # stderr (the log) through a pipe drained here: a file-size limit put on the proxy to fake a
        # full disk must hit its store, not its log.
        with open(out, "wb") as o:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "proxy", "serve", "--config", str(self.config_path), "--log-format", "json"],
                cwd=self.workdir, stdout=o, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
            )
        threading.Thread(target=_drain, args=(self.proc.stderr, err), daemon=True).start()
        deadline = time.monotonic() + timeout
        for _ in range(int(timeout / 0.05) + 1):
            text = out.read_text(errors="replace")
            m = LISTENING.search(text)
            if m and "Log in with" in text:
                self.port = int(m.group(1))
                return self
            if self.proc.poll() is not None or time.monotonic() > deadline:
                break
            time.sleep(0.05)
        self.kill()
        raise AssertionError(f"{self.name}: no banner: {out.read_text()!r} {err.read_text()[-2000:]!r}")

    def logs(self) -> str:
        return "".join(p.read_text(errors="replace") for p in sorted(self.workdir.glob(f"{self.name}.*.err")))

    def pids(self) -> list[int]:
        """The serve process and its worker processes (with `workers` > 1): all started by us."""
        if self.proc is None or self.proc.poll() is not None:
            return []
        out = [self.proc.pid]
        for task in Path(f"/proc/{self.proc.pid}/task").glob("*/children"):
            with contextlib.suppress(OSError):
                out += [int(c) for c in task.read_text().split()]
        return out

    def kill(self) -> None:
        """SIGKILL the serve process and its workers (by PID: only processes this harness started)."""
        if self.proc is not None and self.proc.poll() is None:
            for pid in reversed(self.pids()):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            self.proc.wait(timeout=30)

    def stop(self) -> int:
        if self.proc is None or self.proc.poll() is not None:
            return self.proc.returncode if self.proc else 0
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.kill()
            return -9

    def rss_kb(self) -> int:
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        return 0

    def fd_count(self) -> int:
        return len(os.listdir(f"/proc/{self.pid}/fd"))

    def limit_file_size(self, size: int | None) -> None:
        """RLIMIT_FSIZE on the running proxy: writes at or past `size` fail with EFBIG (a full disk,
        an unwritable store) until lifted with None. Python ignores SIGXFSZ, so the process lives."""
        soft = resource.RLIM_INFINITY if size is None else size
        for pid in self.pids():
            resource.prlimit(pid, resource.RLIMIT_FSIZE, (soft, resource.RLIM_INFINITY))


# The client -------------------------------------------------------------------------------------------------

NO_REPLY = 0  # the connection died before the reply to the final dot


@dataclass
class Attempt:
    code: int
    text: str


def send_one(port: int, mail: Mail, user: str = "acme", password: str = PASSWORD, timeout: float = 60) -> Attempt:
    """One message on its own connection; the reply that decides who owns the message now."""
    try:
        with smtplib.SMTP("127.0.0.1", port, timeout=timeout) as s:
            s.login(user, password)
            code, text = s.mail(mail.sender)
            if code != 250:
                return Attempt(code, text.decode(errors="replace"))
            for r in mail.rcpt:
                code, text = s.rcpt(r)
                if code not in (250, 251):
                    return Attempt(code, text.decode(errors="replace"))
            try:
                code, text = s.data(mail.data)
            except smtplib.SMTPDataError as exc:
                return Attempt(exc.smtp_code, str(exc.smtp_error))
            return Attempt(code, text.decode(errors="replace"))
    except smtplib.SMTPResponseException as exc:
        return Attempt(exc.smtp_code, str(exc.smtp_error))
    except (smtplib.SMTPException, OSError) as exc:
        return Attempt(NO_REPLY, f"{type(exc).__name__}: {exc}")


def send_all(port: int | Callable[[], int], mails: Iterable[Mail], concurrency: int = 4,
             after_each: Callable[[int], None] | None = None) -> dict[str, Attempt]:
    """Send every mail (each on its own connection, `concurrency` at a time); `after_each(done)` runs
    after each reply (e.g. to SIGKILL the proxy part-way)."""
    mails = list(mails)
    done = 0
    lock = threading.Lock()

    def one(mail: Mail) -> tuple[str, Attempt]:
        nonlocal done
        attempt = send_one(port() if callable(port) else port, mail)
        with lock:
            done += 1
            n = done
        if after_each is not None:
            after_each(n)
        return mail.key, attempt

    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        return dict(pool.map(one, mails))


# Reconciliation -----------------------------------------------------------------------------------------

@dataclass
class Tally:
    fault: str
    sent: int = 0
    r250: int = 0
    r4xx: int = 0
    r5xx: int = 0
    rnone: int = 0
    retried: int = 0
    delivered: int = 0
    quarantined: int = 0
    lost: int = 0
    duplicated: int = 0
    stray: int = 0  # held somewhere though the client was told it failed for good (5xx)
    ambiguous: int = 0  # no reply / killed after relaying: SMTP cannot tell the client (RFC 1047)
    problems: list[str] = field(default_factory=list)

    COLUMNS = ("fault", "sent", "250", "4xx", "5xx", "none", "retried", "delivered", "quarantined",
               "lost", "duplicated", "stray", "ambiguous")

    def row(self) -> list[str]:
        return [self.fault, *(str(v) for v in (
            self.sent, self.r250, self.r4xx, self.r5xx, self.rnone, self.retried, self.delivered,
            self.quarantined, self.lost, self.duplicated, self.stray, self.ambiguous))]


def copies(key: str, blobs: Iterable[bytes]) -> int:
    needle = f"Message-ID: <{key}>".encode()
    return sum(1 for b in blobs if needle in b)


def reconcile(fault: str, mails: list[Mail], first: dict[str, Attempt], final: dict[str, Attempt],
              upstream: list[Received], quarantine: list[tuple[str, str, bytes]],
              ambiguous_ok: set[str] | None = None) -> Tally:
    """Count, and check that each message's last reply agrees with where it is held.

    `first` holds the first attempt's replies, `final` each message's last reply (after retries).
    A 250 means held exactly once (upstream or quarantine); a 5xx means held nowhere; a 4xx or no
    reply means the client still owns it (held nowhere). `ambiguous_ok`: keys whose first attempt got
    no reply because the proxy was killed: a copy from that attempt may exist (RFC 1047), counted apart.
    """
    t = Tally(fault, sent=len(mails))
    relayed = [r.data for r in upstream if r.mail_from]  # bounce reports (MAIL FROM:<>) are not copies
    held = [raw for _, _, raw in quarantine]
    for mail in mails:
        a = first[mail.key]
        if a.code == 250:
            t.r250 += 1
        elif 400 <= a.code < 500:
            t.r4xx += 1
        elif a.code >= 500:
            t.r5xx += 1
        else:
            t.rnone += 1
        if mail.key in final and final[mail.key] is not a:
            t.retried += 1
        last = final.get(mail.key, a)
        up, q = copies(mail.key, relayed), copies(mail.key, held)
        t.delivered += min(up, 1)
        t.quarantined += min(q, 1)
        n = up + q
        where = f"{mail.key} ({mail.kind}): last reply {last.code} {last.text[:120]!r}, upstream {up}, quarantine {q}"
        if n > 1 and ambiguous_ok and mail.key in ambiguous_ok and last.code == 250:
            t.ambiguous += 1
        elif last.code == 250:
            if n == 0:
                t.lost += 1
                t.problems.append("lost: " + where)
            elif n > 1:
                t.duplicated += 1
                t.problems.append("duplicated: " + where)
        elif n > 0:
            if ambiguous_ok and mail.key in ambiguous_ok:
                t.ambiguous += 1
            elif last.code >= 500:
                t.stray += 1
                t.problems.append("held though refused: " + where)
            else:
                t.duplicated += 1  # the client still owns it and will send it again
                t.problems.append("held though the client must retry: " + where)
    return t


def format_table(tallies: Iterable[Tally]) -> str:
    rows = [list(Tally.COLUMNS)] + [t.row() for t in tallies]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True)))
             for r in rows]
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines)
