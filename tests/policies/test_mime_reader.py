"""policies.mime_reader gives the stdlib's reading of a message, large bodies set aside or not."""

from __future__ import annotations

import base64
import email.parser
import email.policy
import os
from email.message import Message
from pathlib import Path

import pytest

from policies import mime_reader

ROOTS = [Path(__file__).resolve().parents[3] / "shared" / "corpus" / "cases",
         *sorted(Path(__file__).resolve().parents[1].glob("corpus_*/cases"))]
POLICIES = [email.policy.compat32, email.policy.default]


def shape(msg: Message) -> list[object]:
    """Everything the parse decided: per part, headers, payload as stored, preamble, epilogue, defects."""
    out: list[object] = []
    for part in msg.walk():
        payload = part._payload
        out.append((
            list(part.raw_items()), payload if isinstance(payload, str) else len(payload),
            part.preamble, part.epilogue, [d.__class__.__name__ for d in part.defects],
        ))
    return out


def same_as_stdlib(raw: bytes) -> bool:
    for policy in POLICIES:
        ours = mime_reader.parse_bytes(raw, policy)
        theirs = email.parser.BytesParser(policy=policy).parsebytes(raw)
        assert shape(ours) == shape(theirs)
    return True


def multipart(body: bytes, *, crlf: bool = True, close: bool = True, extra: bytes = b"") -> bytes:
    nl = b"\r\n" if crlf else b"\n"
    lines = [
        b"From: s@example.com", b"To: b@example.com", b"Subject: invoice", b"MIME-Version: 1.0",
        b'Content-Type: multipart/mixed; boundary="XYZ"', b"", b"preamble", b"--XYZ",
        b"Content-Type: text/plain; charset=utf-8", b"", b"Hello, the invoice is attached.", b"--XYZ",
        b'Content-Type: application/pdf; name="invoice.pdf"', b"Content-Transfer-Encoding: base64", b"",
        body,
    ]
    if extra:
        lines.append(extra)
    if close:
        lines += [b"--XYZ--", b"epilogue"]
    return nl.join(lines) + nl


def big_base64(size: int = 200_000) -> bytes:
    data = base64.encodebytes(os.urandom(size))
    return data.replace(b"\n", b"\r\n").rstrip(b"\r\n")


def test_every_corpus_message_reads_the_same_with_small_bodies_set_aside(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mime_reader, "MIN_SET_ASIDE", 64)
    paths = [p for root in ROOTS for p in sorted(root.glob("*.eml"))]
    assert len(paths) > 100
    set_aside = 0
    for path in paths:
        raw = path.read_bytes()
        assert same_as_stdlib(raw), path
        set_aside += bool(mime_reader._set_aside(raw)[1])
    assert set_aside > 50  # the fast path really ran


@pytest.mark.parametrize("crlf", [True, False])
def test_a_large_attachment_is_set_aside_and_put_back(crlf: bool) -> None:
    body = big_base64()
    if not crlf:
        body = body.replace(b"\r\n", b"\n")
    raw = multipart(body, crlf=crlf)
    reduced, aside = mime_reader._set_aside(raw)
    assert len(aside) == 1 and len(reduced) < 2000
    assert same_as_stdlib(raw)
    msg = mime_reader.parse_bytes(raw, email.policy.default)
    pdf = list(msg.walk())[-1]
    assert pdf.get_payload(decode=True) == base64.b64decode(body)


@pytest.mark.parametrize("raw", [
    multipart(big_base64(), close=False),  # no closing boundary: the last part runs to the end
    multipart(big_base64() + b"\r\n-- \r\nnot a boundary"),  # a "--" line inside the body
    multipart(big_base64() + b"\r--XYZ\r\nContent-Type: text/plain\r\n\r\nlone CR"),  # a boundary after a lone CR
    multipart(big_base64(), extra=b"--XYZ--\r\n--XYZ"),  # closing and opening again
    multipart(big_base64()).replace(b"application/pdf", b"message/rfc822"),  # a message read inside
    multipart(big_base64()).replace(b"multipart/mixed", b"multipart/digest").replace(
        b'Content-Type: application/pdf; name="invoice.pdf"\r\n', b""),  # digest: parts default to messages
    b"Subject: one big part\r\nContent-Type: text/plain\r\n\r\n" + b"x" * 70_000 + b"\r\n-- \r\nsig\r\n",
    b"Subject: one big part\n\n" + b"y" * 70_000,
    b"\r\n" + b"z" * 70_000,  # no headers at all
    b"Subject: x\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\n" + b"q" * 70_000 + b"\r\n--b--\r\n",
], ids=["unclosed", "dash-line", "lone-cr", "reopened", "rfc822", "digest", "single-with-signature",
        "single-lf", "headerless", "part-without-headers"])
def test_malformed_and_unusual_mime_reads_as_the_stdlib_reads_it(raw: bytes) -> None:
    assert same_as_stdlib(raw)


def test_a_forged_token_in_the_message_cannot_swap_a_body() -> None:
    body = big_base64()
    raw = multipart(body, extra=b"PERMITTED-SET-ASIDE-0000000000000000-0")
    assert same_as_stdlib(raw)


def test_a_message_of_many_dash_lines_is_left_to_the_parser() -> None:
    body = big_base64() + b"\r" + b"\r--x" * (mime_reader._MAX_DELIMITER_LINES + 1)
    raw = multipart(body)
    assert mime_reader._set_aside(raw) == (raw, {})
    assert same_as_stdlib(raw)
