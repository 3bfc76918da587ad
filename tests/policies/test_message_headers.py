"""parse_message reads a message whose MIME headers are plain with the compat32 policy and any other
with the default policy: both readings give the same facts (here compared on header edge cases)."""

from __future__ import annotations

import dataclasses
import email
import email.policy

import pytest

from policies import message as message_module
from policies.html import Element
from policies.message import _plain_mime_headers, parse_message

HEAD = b"From: Shop <s@shop.example>\r\nTo: b@marketplace.amazon.com\r\nSubject: Order 113-4829175-6630214\r\n"


def _two_parts(first: bytes, second: bytes = b"Content-Type: image/gif\r\nContent-ID: <a>\r\n") -> bytes:
    return (HEAD + b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="XX"\r\n\r\n--XX\r\n' + first
            + b"\r\nhello <b>x</b> caf\xc3\xa9\r\n--XX\r\n" + second
            + b"Content-Transfer-Encoding: base64\r\n\r\nR0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7\r\n--XX--\r\n")


CASES = {
    "plain": _two_parts(b"Content-Type: text/plain; charset=utf-8\r\n"),
    "rfc2047 subject and from": (b"From: =?utf-8?q?M=C3=BCller?= <m@shop.example>\r\nTo: b@x.example\r\n"
                                 b"Subject: =?UTF-8?B?QmVzdGVsbHVuZyDDvGJlcg==?= =?iso-8859-1?q?_f=FCr?= Sie\r\n\r\nhi\r\n"),
    "iso-2022-jp subject and body": (b"From: s@shop.example\r\nTo: b@x.example\r\n"
                                     b"Subject: =?ISO-2022-JP?B?GyRCJDMkcyRLJEEkTxsoQg==?=\r\n"
                                     b"Content-Type: text/plain; charset=ISO-2022-JP\r\nContent-Transfer-Encoding: 7bit\r\n\r\n"
                                     b"\x1b$B$3$s$K$A$O\x1b(B\r\n"),
    "unknown charset in an encoded word": HEAD.replace(b"Subject: Order", b"Subject: =?x-bogus?q?caf=E9?= Order") + b"\r\nhi\r\n",
    "raw 8-bit subject": HEAD.replace(b"Subject: Order", b"Subject: Gr\xc3\xb6\xc3\x9fe Order") + b"\r\nhi\r\n",
    "lying charset": HEAD + b"Content-Type: text/plain; charset=utf-16\r\n\r\nGr\xf6\xdfe \xff\xfe\r\n",
    "encoded-word file name": _two_parts(
        b'Content-Type: application/pdf; name="=?iso-8859-1?q?caf=E9.pdf?="\r\n'
        b'Content-Disposition: attachment; filename="=?utf-8?q?r=C3=A9sum=C3=A9.pdf?="\r\n'),
    "rfc2231 file name": _two_parts(b"Content-Disposition: attachment; filename*=utf-8''%E2%82%AC.zip\r\n"),
    "single-quoted charset": _two_parts(b"Content-Type: text/plain; charset='utf-8'\r\n"),
    "folded content type": _two_parts(b"Content-Type: text/html;\r\n charset=utf-8\r\n"),
    "comment in content type": _two_parts(b"Content-Type: text/html (c); charset=utf-8 (x)\r\n"),
    "comment in encoding": _two_parts(b"Content-Type: text/plain\r\n", b"Content-Type: image/gif\r\n"
                                      b"Content-Transfer-Encoding: base64 (c)\r\n"),
    "content id with spaces": _two_parts(b"Content-Type: text/html\r\n",
                                         b"Content-Type: image/gif\r\nContent-ID:   <a b>  \r\n"),
    "malformed headers": _two_parts(b"Content-Type: /\r\nContent-Disposition: \r\nContent-ID:\r\n"),
    "quoted pair": _two_parts(b'Content-Type: text/plain; charset="utf\\-8"\r\n'),
    "no header separator": b"From: s@shop.example\r\nTo: b@x.example\r\nnot a header\r\nSubject: x\r\n\r\nhi\r\n",
}


def facts(value: object) -> object:
    if isinstance(value, bytes):
        return value
    if isinstance(value, Element):
        return (value.tag, value.attrs, value.declarations, value.hidden, value.text)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: facts(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [facts(v) for v in value]
    return value


@pytest.mark.parametrize("name", sorted(CASES))
def test_compat32_and_default_policy_read_the_same(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = CASES[name]
    chosen = facts(parse_message(raw))
    monkeypatch.setattr(message_module, "_plain_mime_headers", lambda msg: False)  # always the default policy
    assert chosen == facts(parse_message(raw))


def test_only_plain_mime_headers_are_read_with_compat32() -> None:
    def plain(raw: bytes) -> bool:
        return _plain_mime_headers(email.message_from_bytes(raw, policy=email.policy.compat32))

    assert plain(CASES["plain"])
    assert plain(CASES["rfc2047 subject and from"])  # subject and from are decoded by parse_message itself
    for name in ("encoded-word file name", "rfc2231 file name", "single-quoted charset", "folded content type",
                 "comment in content type", "comment in encoding", "content id with spaces", "quoted pair"):
        assert not plain(CASES[name]), name


def test_header_decoding_edges() -> None:
    msg = parse_message(CASES["rfc2047 subject and from"])
    assert msg.subject == "Bestellung über für Sie"
    assert msg.header("From") == "Müller <m@shop.example>"
    assert parse_message(CASES["iso-2022-jp subject and body"]).subject == "こんにちは"
    assert parse_message(CASES["iso-2022-jp subject and body"]).body == "こんにちは"
    assert parse_message(CASES["raw 8-bit subject"]).subject == "Größe Order 113-4829175-6630214"
    files = [a.filename for a in parse_message(CASES["encoded-word file name"]).attachments]
    assert "résumé.pdf" in files
    assert [a.filename for a in parse_message(CASES["rfc2231 file name"]).attachments][0] == "€.zip"
    assert parse_message(CASES["single-quoted charset"]).parts[0].charset == "utf-8"
