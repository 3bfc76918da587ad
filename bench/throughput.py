"""Throughput of `permitted serve` (all checks on) next to a bare passthrough relay, in one run.

    python bench/throughput.py [--quick] [--workers N] [--seconds S] [--count N] [--big [--declare-size]]

Starts an upstream sink (Postfix's `smtp-sink` when installed, else a small asyncio sink), a bare
passthrough relay (aiosmtpd -> pooled aiosmtplib, no checks) and Permitted (a `networks` account, so the
load client needs no AUTH; a valid order in the store, so every message RELAYS through the whole
pipeline). Each server gets the same load: 5 KB text, 30 KB HTML and 1 MB with a PDF attachment, at 1,
10 and 50 concurrent sessions, one message per session, bounded by a message count and a time limit.
Prints messages/s, p50/p99 latency (connect to the reply to the final dot), server CPU per message,
peak RSS of the server's processes, and the ratio Permitted / passthrough from the same run.

--big adds the memory cell: 50 sessions each sending a 25 MB message at once to a fresh Permitted
(the passthrough has no bound and is not run): sent / deferred (452) counts and peak RSS.

Figures only: nothing is asserted. The machine is shared, so compare ratios, not absolute numbers.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import datetime as dt
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SENDER = "support@acme.example"
BUYER = "hyeljsvybe9wms3@marketplace.amazon.com"
ORDER = "113-4829175-6630214"
CLK_TCK = os.sysconf("SC_CLK_TCK")


# Messages: realistic seller messages that relay ------------------------------------------------------

def _head(subject: str, ctype: str, message_id: str) -> str:
    return (
        f"From: Acme Engraving <{SENDER}>\nTo: {BUYER}\nSubject: {subject}\n"
        "Date: Fri, 12 Jun 2026 08:15:00 -0600\n"
        f"Message-ID: <{message_id}@acme.example>\nMIME-Version: 1.0\n{ctype}"
    )


_PARAGRAPHS = [
    "Thanks for ordering the Personalized Bamboo Cutting Board (order {order}). The order came through "
    "without any engraving text, so we cannot start on your board yet.",
    "Could you reply to this message with the text you would like engraved (up to 2 lines, 24 characters "
    "per line) and whether it should go on the front or the back of the board?",
    "We engrave every board by hand in our workshop. The engraving is burned about one millimetre deep, "
    "so it stays readable after years of washing. Oil the board once a month with food-safe mineral oil.",
    "As soon as we have your answer we will engrave the board and ship it within 2 business days. The "
    "parcel is tracked, and Amazon will show you the tracking number as soon as it leaves our workshop.",
]


def text_message(size: int = 5 * 1024) -> bytes:
    body = "Hi,\n\n"
    i = 0
    while len(body) < size - 200:
        body += _PARAGRAPHS[i % len(_PARAGRAPHS)].format(order=ORDER) + "\n\n"
        i += 1
    body += "Thanks,\nOwen Gallagher\nAcme Engraving\n"
    head = _head(f"Order {ORDER} - engraving text needed",
                 'Content-Type: text/plain; charset="us-ascii"\nContent-Transfer-Encoding: 7bit\n', "text5k")
    return (head + "\n" + body).replace("\n", "\r\n").encode()


def html_message(size: int = 30 * 1024) -> bytes:
    style = ("<style>p { margin: 0 0 12px 0; } td.cell { padding: 4px 8px; border-bottom: 1px solid #ddd; }"
             "</style>")
    rows = []
    i = 0
    html = ""
    while True:
        para = _PARAGRAPHS[i % len(_PARAGRAPHS)].format(order=ORDER)
        rows.append(f'<p style="margin: 0 0 12px 0;">{para}</p>')
        rows.append(f'<table role="presentation" style="border-collapse: collapse;"><tr><td class="cell">'
                    f'Line {i + 1}</td><td class="cell" style="padding: 4px 8px;">Bamboo board, '
                    f'engraving option {i % 3 + 1}</td></tr></table>')
        i += 1
        html = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">" + style + "</head>"
                '<body style="margin: 0;"><p>Hi,</p>'
                + "".join(rows)
                + '<p>You can see your order in <a href="https://www.amazon.com/gp/your-account/order-history">'
                "Your Orders on Amazon</a>.</p><p>Thanks,<br>Owen Gallagher<br>Acme Engraving</p></body></html>")
        if len(html) >= size - 600:
            break
    # One element per line, as mail programs write HTML (and below the 998-octet line limit); cutting
    # every 900 characters split tags, which no real sender does and which moves text out of tables.
    lines = html.replace("><", ">\n<").split("\n")
    head = _head(f"Order {ORDER} - engraving text needed",
                 'Content-Type: text/html; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n', "html30k")
    return (head + "\n" + "\n".join(lines) + "\n").replace("\n", "\r\n").encode()


def attachment_message(size: int = 1024 * 1024) -> bytes:
    rnd = random.Random(6)
    raw_len = int(size * 0.74)
    pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\nstream\n"
    pdf += bytes(rnd.getrandbits(8) for _ in range(raw_len - len(pdf) - 30)) + b"\nendstream\n%%EOF\n"
    b64 = base64.encodebytes(pdf).decode().replace("\n", "\r\n")
    text = ("Hi,\n\nPlease find attached the invoice for your order " + ORDER + " (Personalized Bamboo Cutting "
            "Board). It lists the engraving as a separate line.\n\nThanks,\nOwen Gallagher\nAcme Engraving\n")
    head = _head(f"Invoice for order {ORDER}", 'Content-Type: multipart/mixed; boundary="b1"\n', "pdf1m")
    out = (head + "\n--b1\nContent-Type: text/plain; charset=\"us-ascii\"\n\n" + text
           + "\n--b1\nContent-Type: application/pdf; name=\"invoice-" + ORDER + ".pdf\"\n"
           "Content-Disposition: attachment; filename=\"invoice-" + ORDER + ".pdf\"\n"
           "Content-Transfer-Encoding: base64\n\n").replace("\n", "\r\n")
    return (out + b64 + "\r\n--b1--\r\n").encode()


MESSAGES = {"5KB text": text_message, "30KB HTML": html_message, "1MB attach": attachment_message}
BIG = "25MB attach"  # --big: the in-flight memory cell (Permitted only)


def stuffed(raw: bytes) -> bytes:
    """The DATA payload as sent on the wire: dot-stuffed, ending in CRLF.CRLF."""
    data = raw.replace(b"\r\n.", b"\r\n..")
    if data.startswith(b"."):
        data = b"." + data
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return data + b".\r\n"


# Processes ----------------------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_port(port: int, proc: subprocess.Popen[bytes], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"process {proc.args} exited with {proc.returncode}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1) as s:
            s.recv(512)  # the greeting: the server is really serving
            return
        time.sleep(0.1)
    raise RuntimeError(f"nothing answered on port {port}")


def tree(pid: int) -> list[int]:
    """`pid` and its descendants (workers), from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def cpu_seconds(pids: list[int]) -> float:
    total = 0
    for p in pids:
        with contextlib.suppress(OSError, IndexError, ValueError), open(f"/proc/{p}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime + stime
    return total / CLK_TCK


def peak_rss_mb(pids: list[int], field_name: str = "VmHWM:") -> float:
    """Peak resident memory of `pids` (VmHWM), summed; field_name="VmRSS:" for the current value."""
    total = 0
    for p in pids:
        with contextlib.suppress(OSError), open(f"/proc/{p}/status") as fh:
            for line in fh:
                if line.startswith(field_name):
                    total += int(line.split()[1])
    return total / 1024


@dataclass
class Service:
    name: str
    proc: subprocess.Popen[bytes]
    port: int

    def pids(self) -> list[int]:
        return tree(self.proc.pid)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)


def start_sink(workdir: Path) -> Service:
    port = free_port()
    sink = shutil.which("smtp-sink") or ("/usr/sbin/smtp-sink" if Path("/usr/sbin/smtp-sink").exists() else None)
    if sink:
        cmd = [sink, *(["-u", "nobody"] if os.geteuid() == 0 else []), "-c", f"127.0.0.1:{port}", "1024"]
        name = "smtp-sink"
    else:
        cmd = [sys.executable, __file__, "--role", "sink", str(port)]
        name = "asyncio sink"
    proc = subprocess.Popen(cmd, cwd=workdir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_port(port, proc)
    return Service(name, proc, port)


def start_passthrough(upstream: int, pool: int) -> Service:
    port = free_port()
    proc = subprocess.Popen([sys.executable, __file__, "--role", "passthrough", str(port), str(upstream), str(pool)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_port(port, proc)
    return Service("passthrough", proc, port)


def start_permitted(workdir: Path, upstream: int, pool: int, workers: int | None,
                    in_flight_limit: str | None = None) -> Service:
    port = free_port()
    server: dict[str, object] = {"listen": f"127.0.0.1:{port}", "hostname": "permitted.bench", "shutdown_timeout": 5}
    if workers is not None:
        server["workers"] = workers
    if in_flight_limit is not None:
        server["in_flight_limit"] = in_flight_limit
    lines = ["[server]", *(f"{k} = {v!r}".replace("'", '"') for k, v in server.items()),
             "[store]", f'url = "sqlite:///{workdir / "permitted.db"}"',
             "[upstream]", f'url = "smtp://127.0.0.1:{upstream}"', f"pool_size = {pool}", "timeout = 60",
             "[[accounts]]", 'name = "acme"', 'username = "acme"', f'senders = ["{SENDER}"]',
             'networks = ["127.0.0.1/32"]']
    (workdir / "permitted.toml").write_text("\n".join(lines) + "\n")
    seed_orders(f"sqlite:///{workdir / 'permitted.db'}")
    proc = subprocess.Popen([sys.executable, "-m", "proxy", "serve", "--config", "permitted.toml",
                             "--log-format", "json"], cwd=workdir, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(ROOT)})
    wait_port(port, proc, timeout=60)
    return Service("permitted", proc, port)


def seed_orders(url: str) -> None:
    from policies import Order
    from proxy.store import open_store

    async def seed() -> None:
        store = open_store(url)
        await store.open()
        now = dt.datetime.now(dt.UTC)
        await store.upsert_orders("acme", [Order(
            ORDER, buyer_email=BUYER, marketplace="amazon.com", buyer_language="en",
            purchased_at=now - dt.timedelta(days=6), shipped_at=now - dt.timedelta(days=5),
            delivered_at=now - dt.timedelta(days=2), product_titles=("Personalized Bamboo Cutting Board",))])
        await store.close()

    asyncio.run(seed())


# Load client --------------------------------------------------------------------------------------------

@dataclass
class Run:
    sent: int = 0
    failed: int = 0
    latencies: list[float] = field(default_factory=list)
    replies: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    cpu: float = 0.0
    rss_mb: float = 0.0


async def _reply(reader: asyncio.StreamReader) -> bytes:
    while True:
        line = await reader.readline()
        if not line:
            raise ConnectionError("closed")
        if line[3:4] != b"-":
            return line


async def one_session(port: int, payload: bytes, declare_size: bool = False) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=1 << 20)
    size = f" SIZE={len(payload)}" if declare_size else ""
    try:
        await _reply(reader)
        for cmd in (b"EHLO bench.client\r\n", f"MAIL FROM:<{SENDER}>{size}\r\n".encode(),
                    f"RCPT TO:<{BUYER}>\r\n".encode(), b"DATA\r\n"):
            writer.write(cmd)
            line = await _reply(reader)
            if line[:1] not in (b"2", b"3"):
                return line
        writer.write(payload)
        final = await _reply(reader)
        writer.write(b"QUIT\r\n")
        return final
    finally:
        writer.close()
        with contextlib.suppress(Exception):
            await writer.wait_closed()


async def drive(port: int, payload: bytes, sessions: int, count: int, seconds: float,
                declare_size: bool = False) -> Run:
    run = Run()
    issued = 0
    deadline = time.monotonic() + seconds

    async def worker() -> None:
        nonlocal issued
        while issued < count and time.monotonic() < deadline:
            issued += 1
            t0 = time.perf_counter()
            try:
                reply = await asyncio.wait_for(one_session(port, payload, declare_size), timeout=300)
            except (OSError, ConnectionError, TimeoutError) as exc:
                run.failed += 1
                key = type(exc).__name__
            else:
                ok = reply.startswith(b"250")
                run.sent += ok
                run.failed += not ok
                key = reply[:40].decode("ascii", "replace").strip()
                if ok:
                    run.latencies.append(time.perf_counter() - t0)
            if not key.startswith("250"):
                run.replies[key] = run.replies.get(key, 0) + 1

    t0 = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(sessions)))
    run.seconds = time.perf_counter() - t0
    return run


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def measure(service: Service, payload: bytes, sessions: int, count: int, seconds: float,
            declare_size: bool = False) -> Run:
    pids = service.pids()
    cpu0 = cpu_seconds(pids)
    run = asyncio.run(drive(service.port, payload, sessions, count, seconds, declare_size))
    pids = service.pids()
    run.cpu = cpu_seconds(pids) - cpu0
    run.rss_mb = peak_rss_mb(pids)
    return run


def smtp_source_rate(port: int, raw: bytes, sessions: int, count: int, workdir: Path) -> float | None:
    """Postfix's `smtp-source` (C client, one message per session) against `port`, messages/s."""
    source = shutil.which("smtp-source") or ("/usr/sbin/smtp-source" if Path("/usr/sbin/smtp-source").exists() else None)
    if not source:
        return None
    msg = workdir / "smtp-source.eml"
    msg.write_bytes(raw.replace(b"\r\n", b"\n"))  # smtp-source appends CRLF to every line it reads
    t0 = time.perf_counter()
    done = subprocess.run([source, "-s", str(sessions), "-m", str(count), "-F", str(msg), "-f", SENDER,
                           "-t", BUYER, f"127.0.0.1:{port}"], capture_output=True, timeout=300, check=False)
    if done.returncode != 0:
        return None
    return count / (time.perf_counter() - t0)


def memory_cell(workdir: Path, sink: Service, pool: int, workers: int | None, in_flight_limit: str | None,
                sessions: int, seconds: float, declare_size: bool) -> None:
    """--big: `sessions` sessions each sending one 25 MB message at once to a fresh Permitted.

    Peak RSS must stay bounded whatever the number of sessions: past [server] in_flight_limit the
    excess is answered 452 4.3.1 (a client retries it later). Printed: how many went through, how many
    were deferred, idle and peak RSS, and the peak over idle per message the limit lets in at once.
    """
    raw = attachment_message(24 * 1024 * 1024)  # ~24.3 MB: just under the default max_message_size (25 MB)
    payload = stuffed(raw)
    permitted = start_permitted(workdir, sink.port, pool, workers, in_flight_limit)
    try:
        asyncio.run(one_session(permitted.port, stuffed(text_message())))  # warm: imports, pools
        pids = permitted.pids()
        idle = peak_rss_mb(pids, "VmRSS:")
        run = measure(permitted, payload, sessions, sessions, seconds, declare_size)
        deferred = sum(n for k, n in run.replies.items() if k.startswith("452"))
        # Over 10 MB of attachments breaks attachment.not-allowed: judged and refused (550) is the
        # whole pipeline but the relay, so it counts as processed here.
        judged = run.sent + sum(n for k, n in run.replies.items() if k.startswith("550 5.7.1"))
        from proxy.config import load_config
        config = load_config(workdir / "permitted.toml", environ={})
        workers_n = config.server.worker_count
        in_flight = min(sessions, workers_n * max(1, config.server.in_flight_share // len(raw)))
        per_message = (run.rss_mb - idle) / in_flight
        print(f"\n{BIG}: {sessions} sessions at once, SIZE {'declared' if declare_size else 'not declared'}, "
              f"in_flight_limit {config.server.in_flight_limit // 2**20} MB over {workers_n} worker(s)")
        print(f"  judged {judged} (relayed {run.sent}), deferred 452 {deferred}, "
              f"other {run.failed - deferred - (judged - run.sent)}, "
              f"{run.seconds:.1f} s, CPU {run.cpu:.2f} s in all (every session's 25 MB is read, deferred or not)")
        print(f"  RSS idle {idle:.0f} MB, peak {run.rss_mb:.0f} MB: {per_message:.0f} MB over idle per in-flight "
              f"message (x{per_message * 2**20 / len(raw):.1f} its size, {in_flight} at most in flight)", flush=True)
    finally:
        permitted.stop()


# Roles run in their own process -------------------------------------------------------------------------

def role_sink(port: int) -> None:
    """A discarding SMTP server: enough of ESMTP for aiosmtplib, DATA read in bulk."""

    async def session(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"220 sink ESMTP\r\n")
        n = 0
        with contextlib.suppress(ConnectionError, asyncio.IncompleteReadError):
            while True:
                line = await reader.readline()
                if not line:
                    break
                verb = line[:4].upper()
                if verb == b"EHLO":
                    writer.write(b"250-sink\r\n250-PIPELINING\r\n250-8BITMIME\r\n250 SIZE 104857600\r\n")
                elif verb == b"DATA":
                    writer.write(b"354 go\r\n")
                    await reader.readuntil(b"\r\n.\r\n")
                    n += 1
                    writer.write(f"250 2.0.0 Ok: queued as S{n}\r\n".encode())
                elif verb == b"QUIT":
                    writer.write(b"221 bye\r\n")
                    break
                else:
                    writer.write(b"250 OK\r\n")
        writer.close()

    async def main() -> None:
        server = await asyncio.start_server(session, "127.0.0.1", port, limit=64 << 20, backlog=1024)
        await server.serve_forever()

    asyncio.run(main())


def role_passthrough(port: int, upstream: int, pool: int) -> None:
    """aiosmtpd -> aiosmtplib with a pool of upstream connections, no checks: the baseline."""
    from aiosmtpd.smtp import SMTP

    from proxy.config import UpstreamConfig
    from proxy.relay import SmtpRelay

    relay = SmtpRelay(UpstreamConfig(url=f"smtp://127.0.0.1:{upstream}", pool_size=pool, timeout=60), "pass.bench")

    class Handler:
        async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
            env = envelope  # aiosmtpd's Envelope
            outcome = await relay.send(env.mail_from, env.rcpt_tos, env.original_content)  # type: ignore[attr-defined]
            return f"250 2.0.0 Sent ({outcome.code})" if outcome.accepted else f"451 4.4.1 {outcome.text[:80]}"

    async def main() -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(
            lambda: SMTP(Handler(), data_size_limit=25 << 20, hostname="pass.bench", loop=loop),
            "127.0.0.1", port, backlog=1024)
        stop = asyncio.Event()
        loop.add_signal_handler(signal.SIGTERM, stop.set)
        await stop.wait()
        server.close()
        await relay.close()

    asyncio.run(main())


# Main ---------------------------------------------------------------------------------------------------

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="fewer messages and seconds per cell (~1 minute)")
    ap.add_argument("--workers", type=int, default=None, help="[server] workers for Permitted (default: its own)")
    ap.add_argument("--seconds", type=float, default=None, help="time limit per cell")
    ap.add_argument("--count", type=int, default=None, help="message limit per cell (1 MB: a tenth)")
    ap.add_argument("--sizes", default=",".join(MESSAGES), help="comma-separated subset of " + ", ".join(MESSAGES))
    ap.add_argument("--sessions", default="1,10,50")
    ap.add_argument("--smtp-source", action="store_true", help="also drive each server with Postfix's smtp-source")
    ap.add_argument("--big", action="store_true",
                    help=f"also the in-flight memory cell: {BIG} from --big-sessions sessions at once (Permitted only)")
    ap.add_argument("--big-sessions", type=int, default=50)
    ap.add_argument("--big-seconds", type=float, default=240.0, help="time limit of the --big cell")
    ap.add_argument("--declare-size", action="store_true", help="send SIZE= at MAIL FROM in the --big cell")
    ap.add_argument("--in-flight-limit", default=None, help="[server] in_flight_limit for Permitted, e.g. 256MB")
    ap.add_argument("--only-big", action="store_true", help="run only the --big cell")
    ap.add_argument("--role", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.role:
        role, *rest = args.role
        if role == "sink":
            role_sink(int(rest[0]))
        else:
            role_passthrough(int(rest[0]), int(rest[1]), int(rest[2]))
        return 0

    seconds = args.seconds or (4.0 if args.quick else 10.0)
    count = args.count or (400 if args.quick else 3000)
    sizes = [s.strip() for s in args.sizes.split(",")]
    levels = [int(x) for x in args.sessions.split(",")]
    pool = 50
    workdir = Path(tempfile.mkdtemp(prefix="permitted-bench-"))
    services: list[Service] = []
    try:
        sink = start_sink(workdir)
        services.append(sink)
        passthrough = start_passthrough(sink.port, pool)
        services.append(passthrough)
        if args.only_big:
            memory_cell(workdir, sink, pool, args.workers, args.in_flight_limit, args.big_sessions,
                        args.big_seconds, args.declare_size)
            return 0
        permitted = start_permitted(workdir, sink.port, pool, args.workers, args.in_flight_limit)
        services.append(permitted)
        print(f"sink: {sink.name}; passthrough: aiosmtpd -> aiosmtplib (pool {pool}), 1 process; "
              f"permitted: workers={args.workers if args.workers is not None else 'default'}; "
              f"{os.cpu_count()} cores; per cell at most {count} messages (1 MB: {max(20, count // 10)}) "
              f"or {seconds:.0f} s")
        # Every message must relay (250 "Sent"), or the benchmark measures refusals, not the pipeline.
        for size in sizes:
            raw = MESSAGES[size]()
            reply = asyncio.run(one_session(permitted.port, stuffed(raw)))
            if not reply.startswith(b"250 2.0.0 Sent"):
                print(f"{size}: Permitted did not relay the benchmark message: {reply!r}", file=sys.stderr)
                return 1
        header = (f"{'message':11} {'sess':>4} {'server':12} {'msgs':>5} {'msg/s':>8} {'p50 ms':>8} {'p99 ms':>8} "
                  f"{'CPU ms/msg':>10} {'peak RSS MB':>11} {'fail':>4}")
        print(header)
        print("-" * len(header))
        ratios: list[str] = []
        for size in sizes:
            raw = MESSAGES[size]()
            payload = stuffed(raw)
            n = count if len(raw) < 100_000 else max(20, count // 10)
            for sessions in levels:
                results: dict[str, Run] = {}
                for service in (passthrough, permitted):
                    measure(service, payload, sessions, min(n, sessions * 2), seconds)  # warm-up: pools, caches
                    run = measure(service, payload, sessions, n, seconds)
                    results[service.name] = run
                    rate = run.sent / run.seconds if run.seconds else 0.0
                    print(f"{size:11} {sessions:4} {service.name:12} {run.sent:5} {rate:8.1f} "
                          f"{pct(run.latencies, 0.5) * 1000:8.1f} {pct(run.latencies, 0.99) * 1000:8.1f} "
                          f"{run.cpu / max(1, run.sent) * 1000:10.2f} {run.rss_mb:11.1f} {run.failed:4}"
                          + (f"  {run.replies}" if run.replies else ""), flush=True)
                base, ours = results["passthrough"], results["permitted"]
                base_rate = base.sent / base.seconds if base.seconds else 0.0
                our_rate = ours.sent / ours.seconds if ours.seconds else 0.0
                ratios.append(
                    f"{size:11} {sessions:4}  rate x{our_rate / base_rate if base_rate else float('nan'):5.2f}   "
                    f"p99 {(pct(ours.latencies, 0.99) - pct(base.latencies, 0.99)) * 1000:+8.1f} ms   "
                    f"CPU/msg x{(ours.cpu / max(1, ours.sent)) / max(1e-9, base.cpu / max(1, base.sent)):5.2f}")
                if args.smtp_source:
                    for service in (passthrough, permitted):
                        rate = smtp_source_rate(service.port, raw, sessions, min(n, 500), workdir)
                        print(f"{'':11} {sessions:4} {service.name:12} smtp-source: "
                              + (f"{rate:.1f} msg/s" if rate is not None else "unavailable"), flush=True)
        print("\nPermitted / passthrough (same run):")
        print("\n".join(ratios))
        if args.big:
            permitted.stop()  # the memory cell starts its own, so its peak RSS is its own
            memory_cell(workdir, sink, pool, args.workers, args.in_flight_limit, args.big_sessions,
                        args.big_seconds, args.declare_size)
    finally:
        for service in reversed(services):
            service.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
