"""A plain-text seller message to a marketplace buyer, judged rule by rule (not a test module).

The rule tests of the blind rounds write one sentence or two per case; this is the message around them.
"""

from __future__ import annotations

from datetime import UTC, datetime

from policies import Context, parse_message
from policies.rule import registered

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
OID = "113-4829175-6630214"


def plain_ctx(body: str, tld: str) -> Context:
    """`body` as a plain-text message to a buyer of amazon.<tld>, its subject the order ID."""
    raw = "\r\n".join([
        "From: Shop <shop@example.com>", f"To: q8w2e4r6t1@marketplace.amazon.{tld}", f"Subject: {OID}",
        "Date: Mon, 15 Jun 2026 10:00:00 +0000", "Message-ID: <plain@example.com>", "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", body.replace("\n", "\r\n"),
    ]).encode("utf-8")
    return Context(parse_message(raw), NOW)


def fires(rule: str, body: str, tld: str) -> bool:
    """Whether `rule` finds anything in `body` sent to a buyer of amazon.<tld>."""
    return bool(list(registered()[rule].check(plain_ctx(body, tld))))
