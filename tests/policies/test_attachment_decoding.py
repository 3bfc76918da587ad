"""Attachment bodies decode to exactly the stdlib's bytes, on the fast base64 path and off it."""

from __future__ import annotations

import base64
import os
from email.message import Message

import pytest

from policies.message import _decoded_body

DATA = os.urandom(30_001)
CLEAN = base64.encodebytes(DATA).decode("ascii")  # LF lines, "=" padding


def part(body: str, cte: str = "base64") -> Message:
    msg = Message()
    msg["Content-Type"] = "application/pdf"
    msg["Content-Transfer-Encoding"] = cte
    msg.set_payload(body)
    return msg


@pytest.mark.parametrize("body", [
    CLEAN, CLEAN.replace("\n", "\r\n"), CLEAN.rstrip("\n"), CLEAN + "\n\n\n",
    base64.encodebytes(DATA[:-1]).decode(), base64.encodebytes(DATA[:-2]).decode(),  # other paddings
    CLEAN.rstrip("=\n") + "\n",  # padding missing
    CLEAN[:5000] + "*" + CLEAN[5000:],  # a bad character
    CLEAN[:5000] + "=" + CLEAN[5000:],  # padding in the middle
    CLEAN[:-3] + "\n=\n",  # padding split by a line break
    CLEAN[:5000] + " " + CLEAN[5000:],  # a space
    CLEAN[:5000] + "é" + CLEAN[5000:],  # not ASCII
    CLEAN[:4000] + "\r" + CLEAN[4000:],  # a lone CR
], ids=["lf", "crlf", "no-final-newline", "trailing-lines", "pad1", "pad0", "missing-padding", "bad-char",
        "mid-padding", "split-padding", "space", "non-ascii", "lone-cr"])
def test_decoded_body_is_the_stdlibs(body: str) -> None:
    assert _decoded_body(part(body)) == part(body).get_payload(decode=True)


@pytest.mark.parametrize("cte", ["BASE64", "base64 ", "quoted-printable", "7bit"])
def test_other_transfer_encodings_are_the_stdlibs(cte: str) -> None:
    assert _decoded_body(part(CLEAN, cte)) == part(CLEAN, cte).get_payload(decode=True)


def test_a_clean_body_really_takes_the_fast_path() -> None:
    assert _decoded_body(part(CLEAN)) == DATA
