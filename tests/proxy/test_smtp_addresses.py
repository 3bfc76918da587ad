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


async def test_session_command_tables_are_aiosmtpds() -> None:
    """SmtpSession and Handler list only their hook methods to dir() (aiosmtpd scans both on every
    connection); the AUTH mechanisms, commands and hooks aiosmtpd finds must be those a full scan finds."""
    import asyncio
    import inspect

    from proxy.server import Handler

    handler = Handler.__new__(Handler)
    session = SmtpSession.__new__(SmtpSession)
    SMTP.__init__(session, handler, hostname="permitted.test", loop=asyncio.get_running_loop())
    full = object.__dir__(session)  # what dir() lists without the override
    assert set(session._smtp_methods) == {n[5:] for n in full if n.startswith("smtp_")}
    assert {"AUTH", "DATA", "EHLO", "MAIL", "RCPT", "STARTTLS", "QUIT"} <= set(session._smtp_methods)
    assert set(session._auth_methods) == {"LOGIN", "PLAIN"}
    assert all(m.is_builtin for m in session._auth_methods.values())
    assert session._auth_methods["PLAIN"].method == SmtpSession.auth_PLAIN.__get__(session)
    hooks = {n[7:] for n in object.__dir__(handler) if n.startswith("handle_")}
    assert set(session._handle_hooks) == hooks and {"DATA", "MAIL", "RCPT", "EHLO"} <= hooks
    assert [n for n, _ in inspect.getmembers(session) if n.startswith("auth_")] == ["auth_LOGIN", "auth_PLAIN"]
