"""Hostile MIME seed corpus through the whole engine (parse, store look-ups, every rule) and the
bounce report: never an escaped exception, bounded memory (tracemalloc peak), always a verdict or
message.malformed; a report built from the input never carries an injected header line."""

from __future__ import annotations

import base64
import io
import tracemalloc
from collections.abc import Callable
from datetime import UTC, datetime
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest
from fault_harness import BUYER, SENDER

from policies import AccountPolicy, Envelope, Verdict
from proxy.bounce import Report, build_report
from proxy.judge import judge
from proxy.store import open_store

HEAD = (f"From: Acme <{SENDER}>\r\nTo: {BUYER}\r\nSubject: Order 113-4829175-6630214 question\r\n"
        "Date: Fri, 12 Jun 2026 08:15:00 -0600\r\nMessage-ID: <seed@acme.example>\r\nMIME-Version: 1.0\r\n")
TEXT = "Content-Type: text/plain; charset=us-ascii\r\n\r\nCould you tell us the engraving text?\r\n"


def many_parts(n: int = 10_000) -> bytes:
    part = b"--b\r\n" + TEXT.encode()
    return (HEAD + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n').encode() + part * n + b"--b--\r\n"


def deep(n: int = 100) -> bytes:
    out = TEXT.encode()
    for i in range(n):
        out = (f'Content-Type: multipart/mixed; boundary="d{i}"\r\n\r\n--d{i}\r\n').encode() + out + f"\r\n--d{i}--\r\n".encode()
    return HEAD.encode() + out


def huge_base64_claim() -> bytes:
    # Claims a 1 GB attachment; carries 3 MB of base64 (the size limit is the SMTP layer's job).
    body = base64.encodebytes(b"\0" * (2 * 1024 * 1024))
    return (HEAD + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n' + TEXT
            + '--b\r\nContent-Type: application/octet-stream; name="big.bin"\r\n'
            'Content-Disposition: attachment; filename="big.bin"; size=1073741824\r\n'
            "Content-Transfer-Encoding: base64\r\n\r\n").encode() + body.replace(b"\n", b"\r\n") + b"--b--\r\n"


def png_bomb() -> bytes:
    """A PNG whose header claims 60000 x 60000 pixels (a decompression bomb) on a tiny file."""
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (1, 1)).save(buf, "PNG")
    raw = bytearray(buf.getvalue())
    import struct
    import zlib

    ihdr = struct.pack(">IIBBBBB", 60000, 60000, 8, 2, 0, 0, 0)
    raw[16:29] = ihdr
    raw[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    b64 = base64.encodebytes(bytes(raw)).replace(b"\n", b"\r\n")
    return (HEAD + 'Content-Type: multipart/related; boundary="b"\r\n\r\n--b\r\n'
            'Content-Type: text/html; charset=utf-8\r\n\r\n<p>Proof:</p><img src="cid:p1">\r\n'
            '--b\r\nContent-Type: image/png\r\nContent-ID: <p1>\r\nContent-Transfer-Encoding: base64\r\n\r\n'
            ).encode() + b64 + b"--b--\r\n"


def lying_charset() -> bytes:
    return (HEAD + "Content-Type: text/plain; charset=utf-16\r\nContent-Transfer-Encoding: 8bit\r\n\r\n").encode() \
        + "Größe: passt nicht \xff\xfe".encode("latin-1") + b"\r\n"


def unknown_charset() -> bytes:
    return (HEAD + "Content-Type: text/plain; charset=x-no-such-charset-\x01\r\n\r\nhello\r\n").encode("latin-1")


def nul_bytes() -> bytes:
    return HEAD.encode() + b"Content-Type: text/plain\r\n\r\nhello\x00world\x00\r\n" + b"\x00" * 1000 + b"\r\n"


def long_lines() -> bytes:
    # 998+ octets, kept to a few thousand: a single 20 000-character word costs content.spelling
    # seconds (see test_spelling_is_linear_in_a_long_word below).
    return HEAD.encode() + b"X-Long: " + b"a" * 5000 + b"\r\n" + TEXT.encode() + b"b" * 3000 + b"\r\n"


def rfc2047_garbage() -> bytes:
    subj = "=?utf-8?B?////?= =?x-bogus?Q?=FF=FE?= =?utf-8?Q?=0D=0ABcc:_evil@x.example?= =?" + "=" * 500
    return HEAD.replace("Subject: Order 113-4829175-6630214 question", f"Subject: {subj}").encode() + TEXT.encode()


def utf8_headers() -> bytes:
    return HEAD.replace("Subject: Order 113-4829175-6630214 question",
                        "Subject: Bestellung 113-4829175-6630214 – Größe? 注文\r\n\tX-Injected: yes").encode() \
        + TEXT.encode()


def header_injection() -> bytes:
    return HEAD.replace("Message-ID: <seed@acme.example>",
                        "Message-ID: <a@b>\rBcc: evil@x.example").encode() + TEXT.encode()


def no_headers() -> bytes:
    return b"\r\n\r\n\r\n--\r\n"


def broken_boundaries() -> bytes:
    return (HEAD + 'Content-Type: multipart/mixed; boundary=""\r\n\r\n--\r\n--\r\n' + TEXT).encode()


SEEDS: list[Callable[[], bytes] | Any] = [
    # 10 000 parts: ~5 s of stdlib header parsing before the 500-part limit is even checked (15+ s
    # under tracemalloc), hence slow.
    pytest.param(many_parts, marks=pytest.mark.slow, id="many_parts"), deep, huge_base64_claim, png_bomb, lying_charset, unknown_charset, nul_bytes, long_lines,
    rfc2047_garbage, utf8_headers, header_injection, no_headers, broken_boundaries,
]
PEAK_BOUND = 200 * 1024 * 1024  # bytes: generous, but far below what expanding any of these would take


@pytest.fixture
async def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    s = open_store(f"sqlite:///{tmp_path / 'p.db'}")
    await s.open()
    yield s
    await s.close()


@pytest.mark.parametrize("seed", SEEDS, ids=[getattr(s, "__name__", None) for s in SEEDS])
async def test_hostile_mime_seed(seed: Callable[[], bytes], store) -> None:  # type: ignore[no-untyped-def]
    raw = seed()
    tracemalloc.start()
    try:
        judgement = await judge(store, raw, Envelope(SENDER, (BUYER,)), datetime.now(UTC),
                                account=AccountPolicy(name="acme"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    result = judgement.result
    assert isinstance(result.verdict, Verdict)
    assert peak < PEAK_BOUND + 4 * len(raw), f"peak {peak / 1e6:.0f} MB"
    # The bounce report built from it: one header per line, none injected.
    report = build_report(Report(
        kind="quarantine", reporting_mta="permitted.test", mail_from=SENDER, rcpt_to=(BUYER,),
        report_to="compliance@acme.example", subject=judgement.message.subject,
        message_id=judgement.message.message_id, findings=list(result.findings), original=raw, queue_id="Q1",
        quarantine_id="q_x",
    ))
    head = report.split(b"\r\n\r\n", 1)[0]
    names = [line.split(b":", 1)[0].lower() for line in head.split(b"\r\n") if line[:1] not in (b" ", b"\t")]
    assert b"bcc" not in names and b"x-injected" not in names, head
    assert b"\r" not in head.replace(b"\r\n", b"") and b"\n" not in head.replace(b"\r\n", b"")
    parsed = message_from_bytes(report, policy=policy.SMTP)
    assert parsed.get_content_type() == "multipart/report"
    assert parsed["Bcc"] is None


SPELLING_PROBE = """
import sys
from datetime import UTC, datetime
from policies import AccountPolicy, Context, evaluate, parse_message
raw = (b"From: a@acme.example\\r\\nTo: x@marketplace.amazon.com\\r\\nSubject: hi\\r\\n"
       b"Content-Type: text/plain\\r\\n\\r\\nCould you tell us the engraving text? " + b"b" * 60000 + b"\\r\\n")
m = parse_message(raw)
evaluate(Context(message=m, now=datetime.now(UTC), orders={}, reviewed_orders=frozenset(),
                 account=AccountPolicy(name="acme")))
print("done")
"""


@pytest.mark.slow
def test_spelling_is_linear_in_a_long_word() -> None:
    import subprocess
    import sys

    # Not a timing assertion in spirit: linear work takes well under a second; quadratic, minutes.
    try:
        done = subprocess.run([sys.executable, "-c", SPELLING_PROBE], capture_output=True, text=True, timeout=20)
    except subprocess.TimeoutExpired:
        raise AssertionError("a 60 000-character word kept the engine busy past 20 s") from None
    assert done.stdout.strip() == "done", done.stderr[-2000:]
