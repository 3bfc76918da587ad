"""Round 29 (corpus_twentyninth): the buyer's language only in the greeting AND the sign-off.

language.mismatch set aside the sign-off before asking whether the body holds the buyer's language, but
not the opening salutation: a Japanese business greeting ("お世話になっております。") weighs three letters a
character and alone kept an English body "bilingual". The opening salutations are now set aside too, and
the salutations a seller opens with are greetings for the purpose rules in every language where they were
missing: the Japanese business greeting, and the forms for both genders ("Sehr geehrte Kundin, sehr
geehrter Kunde", "Estimado/a cliente", "Caro/a cliente", "Prezado/a cliente", "Cher·e client·e",
"Dear Sir/Madam"). Real bilingual messages and messages in the buyer's language stay clean.
"""

from __future__ import annotations

import pytest

from policies import Context, parse_message
from policies.rule import registered
from policies.rules._units import Unit
from policies.rules.types import is_filler
from tests.policies.test_rules_messagetypes import NOW, OID


def _findings(rule: str, body: str, tld: str) -> list:
    raw = "\r\n".join([
        "From: Shop <shop@example.com>", f"To: q8w2e4r6t1@marketplace.amazon.{tld}", f"Subject: {OID}",
        "Date: Mon, 15 Jun 2026 10:00:00 +0000", "Message-ID: <r29@example.com>", "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", body.replace("\n", "\r\n"),
    ]).encode("utf-8")
    return list(registered()[rule].check(Context(parse_message(raw), NOW)))


EN = (f"The charging dock for order {OID} needs the thinner of the two USB-C cables in the box; the thicker "
      "one is for the wall adapter only and will not click into place.")
JA = f"ご注文{OID}の充電スタンドには、同梱の細いほうのUSB-Cケーブルをお使いください。太いケーブルは壁用アダプター専用です。"
DE = f"Für die Ladestation aus Bestellung {OID} verwenden Sie bitte das dünnere der beiden USB-C-Kabel im Karton."

LANGUAGE: list[tuple[bool, str, str]] = [
    # the buyer's language only as the opening greeting and the closing formula: not written for the buyer
    (True, "co.jp", f"お世話になっております。\n\n{EN}\n\nよろしくお願いいたします。\nみどり電機"),
    (True, "co.jp", f"いつも大変お世話になっております。\n\n{EN}\n\n今後ともよろしくお願い申し上げます。"),
    (True, "co.jp", f"平素よりお世話になっております。\n\n{EN}\n\nGreen Electric"),
    (True, "co.jp", f"お世話になっております。\nみどり電機カスタマーサポートでございます。\n\n{EN}\n\nよろしくお願いいたします。"),
    (True, "de", f"Sehr geehrte Kundin, sehr geehrter Kunde,\n\n{EN}\n\nMit freundlichen Grüßen\nGrünstrom"),
    (True, "fr", f"Bonjour Madame, Monsieur,\n\n{EN}\n\nBien cordialement,\nL'équipe Vert Courant"),
    (True, "es", f"Estimado/a cliente,\n\n{EN}\n\nAtentamente,\nEl equipo de Verde Energía"),
    # near misses: the same greeting above a body in the buyer's language, or a real translation
    (False, "co.jp", f"お世話になっております。\n\n{JA}\n\nBest regards,\nGreen Electric"),
    (False, "co.jp", f"お世話になっております。\n\n{EN}\n\n{JA}\n\nよろしくお願いいたします。"),
    (False, "co.jp", f"Hello,\n\n{JA}\n\nよろしくお願いいたします。"),
    (False, "de", f"Sehr geehrte Kundin, sehr geehrter Kunde,\n\n{EN}\n\n{DE}\n\nMit freundlichen Grüßen"),
    (False, "de", f"Dear Sir/Madam,\n\n{DE}\n\nKind regards,\nGreen Power"),
    (False, "co.jp", f"お世話になっております。\n\n{JA}\n\nBest regards,\nGreen Electric Customer Support Team, Osaka"),
]


@pytest.mark.parametrize(("expected", "tld", "body"), LANGUAGE)
def test_buyer_language_only_in_greeting_and_sign_off(expected: bool, tld: str, body: str) -> None:
    assert bool(_findings("language.mismatch", body, tld)) is expected


GREETINGS = [
    "お世話になっております。", "いつもお世話になっております。", "平素より大変お世話になっております。", "お世話になります。",
    "Sehr geehrte Kundin, sehr geehrter Kunde,", "Sehr geehrte/r Kund/in,", "Liebe*r Käufer*in,",
    "Estimado/a cliente,", "Querida clienta, querido cliente:", "Caro/a cliente,", "Prezado(a) cliente,",
    "Prezado/a cliente,", "Cher·e client·e,", "Dear Sir/Madam,", "Dear Madam or Sir,",
    "みどり電機カスタマーサポートでございます。", "ABCサポートセンターの佐藤です。",
]
NOT_GREETINGS = [
    "お世話になっております。ご注文の充電器は明日の便で届きます。",
    "お世話になっております。替えのケーブルが必要かお知らせください。",
    "返品の送り先はカスタマーセンターです。",
    "修理の受付はサポートセンターです。",
    "Sehr geehrte Kundin, sehr geehrter Kunde, das Netzteil fehlt im Paket.",
    "Estimado/a cliente, le falta el cable de carga.",
    "Caro/a cliente, il cavo corretto è quello sottile.",
    "Cher·e client·e, le câble fin est le bon.",
    "Dear Sir/Madam, the thin cable is the right one.",
]


@pytest.mark.parametrize("text", GREETINGS)
def test_salutations_are_greetings(text: str) -> None:
    assert is_filler(Unit(text, "text", 0))


@pytest.mark.parametrize("text", NOT_GREETINGS)
def test_salutation_with_content_is_not_a_greeting(text: str) -> None:
    assert not is_filler(Unit(text, "text", 0))


def test_greeting_and_closing_only_is_thank_you_only() -> None:
    body = "お世話になっております。\n\nご注文いただき誠にありがとうございます。\n\nよろしくお願いいたします。\nみどり電機"
    assert _findings("type.thank-you-only", body, "co.jp")


def test_greeting_above_a_question_is_not_thank_you_only() -> None:
    body = "お世話になっております。\n\n充電スタンドの色は白と黒のどちらをご希望でしょうか。\n\nよろしくお願いいたします。"
    assert not _findings("type.thank-you-only", body, "co.jp")
