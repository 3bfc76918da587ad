"""A bilingual HTML message (one line per block, no empty lines) passes for a buyer of either language."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from policies import Context, Order, evaluate, parse_message

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
ORDER_ID = "113-4829175-6630214"
EN = [
    "Thank you for your order of the bamboo cutting board. We hope it arrived safely and that you enjoy using it "
    "in your kitchen every day.",
    "If anything is wrong with the board, please reply to this message and we will help you straight away. We are "
    "happy to answer any question about care and oiling.",
    "The engraving is burned about one millimetre deep, so it stays readable after years of washing. Oil the board "
    "once a month with food-safe mineral oil.",
]
FR = [
    "Merci pour votre commande de la planche à découper en bambou. Nous espérons qu'elle est bien arrivée et que "
    "vous l'utiliserez tous les jours dans votre cuisine.",
    "Si quelque chose ne va pas avec la planche, répondez simplement à ce message et nous vous aiderons tout de "
    "suite. Nous répondons volontiers à vos questions sur l'entretien.",
    "La gravure est brûlée à environ un millimètre de profondeur, elle reste donc lisible après des années de "
    "lavage. Huilez la planche une fois par mois avec une huile minérale alimentaire.",
]


def judge(paragraphs: list[str], marketplace: str, language: str) -> set[str]:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    raw = (f"From: shop@seller.example\r\nTo: buyer@marketplace.{marketplace}\r\nSubject: Order {ORDER_ID}\r\n"
           "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
           f"<html><body>{body}</body></html>\r\n").encode()
    order = Order(ORDER_ID, buyer_email=f"buyer@marketplace.{marketplace}", marketplace=marketplace,
                  buyer_language=language, purchased_at=NOW - timedelta(days=6), shipped_at=NOW - timedelta(days=5),
                  delivered_at=NOW - timedelta(days=2))
    result = evaluate(Context(parse_message(raw), NOW, orders={ORDER_ID: order}))
    return {f.rule for f in result.findings}


@pytest.mark.parametrize(("paragraphs", "marketplace", "language"), [
    (EN * 2 + FR, "amazon.fr", "fr"),  # the buyer's language second, past the first paragraph's sample
    (FR * 2 + EN, "amazon.com", "en"),
])
def test_bilingual_html_passes(paragraphs: list[str], marketplace: str, language: str) -> None:
    fired = judge(paragraphs, marketplace, language)
    assert "language.mismatch" not in fired
    assert "content.spelling" not in fired  # the other language's words are not misspellings


def test_html_in_one_other_language_still_mismatches() -> None:
    assert "language.mismatch" in judge(EN * 3, "amazon.fr", "fr")
