"""language.mismatch: the buyer's language only in the sign-off does not make the message theirs.

Kana and kanji weigh three letters each in the language shares, so a Japanese closing and shop name
under a short English message reached the 20% that counts as bilingual. The body without its sign-off
is what must hold the buyer's language. Real bilingual messages, and messages in the buyer's language
with a sign-off in another, stay clean.
"""

from __future__ import annotations

import pytest

from policies import Context, parse_message
from policies.rule import registered
from tests.policies.test_rules_messagetypes import NOW, OID


def _fires(body: str, tld: str) -> bool:
    raw = "\r\n".join([
        "From: Shop <shop@example.com>", f"To: k3x9m2p7q1@marketplace.amazon.{tld}", f"Subject: {OID}",
        "Date: Mon, 15 Jun 2026 10:00:00 +0000", "Message-ID: <lang@example.com>", "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", body.replace("\n", "\r\n"),
    ]).encode("utf-8")
    return bool(list(registered()["language.mismatch"].check(Context(parse_message(raw), NOW))))


EN = f"Hello,\n\nYour order {OID} will arrive a day late because the carrier had a delay at the depot."

CASES: list[tuple[bool, str, str]] = [
    # the buyer's language only in the closing (and shop name): still not written for the buyer
    (True, "co.jp", f"{EN}\n\nよろしくお願いいたします。\n山田雑貨店"),
    (True, "co.jp", f"{EN}\n\n今後ともよろしくお願い申し上げます。"),
    (True, "de", f"{EN}\n\nMit freundlichen Grüßen\nIhr Holzwerk-Team"),
    # near misses: a real translation of the body, or the buyer's language with a foreign sign-off
    (False, "co.jp", f"{EN}\n\nご注文{OID}は、配送業者の遅延により到着が一日遅れます。\n\nよろしくお願いいたします。\n山田雑貨店"),
    (False, "co.jp", f"ご注文{OID}は、配送業者の遅延により到着が一日遅れます。ご迷惑をおかけして申し訳ございません。\n\nBest regards,\nYamada Store"),
    (False, "de", f"Hallo,\n\nIhre Bestellung {OID} kommt wegen einer Verzögerung beim Paketdienst einen Tag später.\n\nBest regards,\nWoodworks"),
    (False, "de", f"{EN}\n\nIhre Bestellung {OID} kommt wegen einer Verzögerung beim Paketdienst einen Tag später.\n\nMit freundlichen Grüßen"),
]


@pytest.mark.parametrize(("expected", "tld", "body"), CASES)
def test_buyer_language_only_in_the_sign_off(expected: bool, tld: str, body: str) -> None:
    assert _fires(body, tld) is expected
