"""MAIL/RCPT addresses read as aiosmtpd reads them (SmtpSession overrides its _getaddr for speed)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from aiosmtpd.smtp import SMTP

from proxy.server import SmtpSession

ADDRESSES = [
    "", "<>", "<seller@example.com>", "seller@example.com", "<seller@example.com> SIZE=1000",
    " <seller@example.com>", "<@relay.example:seller@example.com>", '<"odd local"@example.com>',
    "<seller@[127.0.0.1]>", "<seller>", "<seller@example.com", "seller@", "@example.com", "<a@b@c>",
    "<" + "x" * 80 + "@example.com>", "<ünïcode@exämple.com>", "<seller@example.com> BODY=8BITMIME SMTPUTF8",
]


@pytest.mark.parametrize("limit", [0, 64])
@pytest.mark.parametrize("arg", ADDRESSES)
def test_address_reading_is_aiosmtpds(arg: str, limit: int) -> None:
    session = SimpleNamespace(local_part_limit=limit)
    assert outcome(SmtpSession._getaddr, session, arg) == outcome(SMTP._getaddr, session, arg)


def outcome(getaddr: object, session: object, arg: str) -> object:
    """The reading, or the exception the stdlib parser raises (it does for "seller@")."""
    try:
        return getaddr(session, arg)  # type: ignore[operator]
    except Exception as exc:  # noqa: BLE001
        return type(exc)
