"""structlog setup: JSON lines by default (for log shippers), readable columns on a terminal.

Events carry envelopes, verdicts, rule IDs and timings; never message bodies or secrets.
"""

from __future__ import annotations

import logging
import sys
from typing import Literal, TextIO

import structlog

_SECRET_KEYS = frozenset({"password", "password_hash", "secret", "token", "raw", "body"})


def _drop_secrets(_: object, __: str, event: dict[str, object]) -> dict[str, object]:
    # A last line of defence: a key that names a secret or a body never reaches the output.
    for key in _SECRET_KEYS.intersection(event):
        event[key] = "[redacted]"
    return event


def configure_logging(
    fmt: Literal["auto", "json", "console"] = "auto", level: str = "info", stream: TextIO | None = None
) -> None:
    stream = stream or sys.stderr
    if fmt == "auto":
        fmt = "console" if stream.isatty() else "json"
    renderer: structlog.typing.Processor = (
        structlog.dev.ConsoleRenderer(colors=stream.isatty())
        if fmt == "console"
        else structlog.processors.JSONRenderer()
    )
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            _drop_secrets,
            structlog.processors.format_exc_info,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level.upper())),
        logger_factory=structlog.PrintLoggerFactory(stream),
        cache_logger_on_first_use=False,
    )
    # aiosmtpd and asyncio log through the stdlib: keep their warnings, quiet their chatter.
    logging.basicConfig(level=logging.WARNING, stream=stream, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("mail.log").setLevel(logging.ERROR)  # aiosmtpd warns on its own deprecations
