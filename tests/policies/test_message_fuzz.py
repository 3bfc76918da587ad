"""Hostile input: parse_message and the engine never raise, whatever the bytes, and always give a verdict."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policies import Context, Verdict, evaluate, parse_message

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)

SEED = (
    b"From: Shop <s@shop.example>\r\nTo: b@marketplace.amazon.de\r\nSubject: Order 113-4829175-6630214\r\n"
    b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="XX"\r\n\r\n--XX\r\n'
    b"Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
    b'<p style=3D"margin:0 25%">Hi <a href=3D"http://x.example">here</a> <img src=3D"cid:a"></p>\r\n'
    b"--XX\r\nContent-Type: image/gif\r\nContent-ID: <a>\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    b"R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7\r\n"
    b'--XX\r\nContent-Type: application/pdf; name="a.pdf"\r\nContent-Disposition: attachment; filename="a.pdf"\r\n'
    b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--XX--\r\n"
)

MIME_TOKENS = st.sampled_from(
    [
        b"\r\n",
        b"\n",
        b"--XX\r\n",
        b"--XX--",
        b"Content-Type: multipart/mixed; boundary=XX\r\n",
        b"Content-Type: text/html; charset=x-unknown\r\n",
        b"Content-Transfer-Encoding: base64\r\n",
        b"Content-Transfer-Encoding: quoted-printable\r\n",
        b"=?utf-8?b?w6k=?=",
        b"=?bogus?q?x?=",
        b"<img src=cid:a>",
        b"<a href='http://",
        b"<style>p{color:red",
        b"\xff\xfe\x00",
        b"=\r\n",
        b"====",
        b"Content-Disposition: attachment; filename*=utf-8''%E2%82%AC.zip\r\n",
        b"<br><br><br>",
        b"\x00",
        b"Subject: \xe9\xe8\r\n",
        b"<p>\xf0\x9f\x98\x8a :) 10:30</p>",
        b"R0lGODlhAQAB",
        b"PK\x03\x04",
    ]
)


def judge(raw: bytes) -> Verdict:
    msg = parse_message(raw)
    return evaluate(Context(msg, NOW)).verdict


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_random_bytes(raw: bytes) -> None:
    assert isinstance(judge(raw), Verdict)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=len(SEED)))
def test_truncated_message(cut: int) -> None:
    assert isinstance(judge(SEED[:cut]), Verdict)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(MIME_TOKENS, max_size=40), st.integers(min_value=0, max_value=len(SEED)))
def test_spliced_mime_fragments(tokens: list[bytes], at: int) -> None:
    raw = SEED[:at] + b"".join(tokens) + SEED[at:]
    assert isinstance(judge(raw), Verdict)


def test_deep_nesting_is_refused_not_expanded() -> None:
    depth = 60
    head = b"".join(
        f"Content-Type: multipart/mixed; boundary=b{i}\r\n\r\n--b{i}\r\n".encode() for i in range(depth)
    )
    raw = (
        b"From: s@shop.example\r\nTo: b@marketplace.amazon.de\r\nMIME-Version: 1.0\r\n"
        + head
        + b"Content-Type: text/plain\r\n\r\nhi\r\n"
    )
    msg = parse_message(raw)
    assert msg.limit_exceeded
    result = evaluate(Context(msg, NOW))
    assert result.verdict is Verdict.REJECT and result.rules == ["message.malformed"]


def _multipart(content_type: bytes, body: bytes) -> bytes:
    return (
        b"From: s@shop.example\r\nTo: b@marketplace.amazon.de\r\nSubject: Ihre Bestellung\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: " + content_type + b"\r\n\r\n" + body
    )


def test_multipart_without_a_boundary_is_unreadable_not_an_attachment() -> None:
    """No mail program can split such a message into its parts: the seller is told it is broken, not that it
    carries a forbidden unnamed file."""
    body = b"--xyz\r\nContent-Type: text/plain\r\n\r\nIhre Bestellung ist unterwegs.\r\n--xyz--\r\n"
    for ctype in (b"multipart/mixed", b'multipart/alternative; boundary="other"'):
        result = evaluate(Context(parse_message(_multipart(ctype, body)), NOW))
        assert result.verdict is Verdict.REJECT
        assert "message.malformed" in result.rules and "attachment.not-allowed" not in result.rules
        malformed = next(f for f in result.findings if f.rule == "message.malformed")
        assert "boundary" in malformed.message


def test_multipart_with_its_boundary_reads_normally() -> None:
    body = b"--xyz\r\nContent-Type: text/plain\r\n\r\nIhre Bestellung ist unterwegs.\r\n--xyz--\r\n"
    result = evaluate(Context(parse_message(_multipart(b'multipart/mixed; boundary="xyz"', body)), NOW))
    assert "message.malformed" not in result.rules and "attachment.not-allowed" not in result.rules
