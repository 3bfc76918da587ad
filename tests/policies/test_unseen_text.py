"""HTML text a buyer may read outside the body's visible text (image alt and title texts, link titles, a
hidden preheader or mobile variant) is judged by the sentence rules; ordinary alt texts and a preheader
that repeats the body stay clean."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from policies import Context, evaluate, parse_message

OID = "113-4829175-6630214"
NOW = datetime(2026, 6, 15, 12, tzinfo=UTC)
BODY = "<p>Hello,</p><p>which engraving text would you like on the board?</p><p>Best regards,<br>Owen</p>"


def judged(html: str) -> dict[str, str]:
    raw = (
        "From: Shop <shop@example.com>\r\nTo: b1@marketplace.amazon.com\r\n"
        f"Subject: Order {OID}\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}"
    ).encode()
    return {f.rule: f.evidence for f in evaluate(Context(parse_message(raw), NOW)).findings
            if not f.rule.startswith("order-id.")}


@pytest.mark.parametrize(
    ("rule", "html"),
    [
        ("type.marketing", BODY + '<p><img src="https://www.amazon.com/b.png" alt="Spring sale: 25 % off everything in our shop"></p>'),
        ("type.marketing", '<div style="display:none;max-height:0;overflow:hidden">Nur heute: 20 % Rabatt mit dem Code SOMMER20</div>' + BODY),
        ("type.marketing", BODY + '<div class="x" hidden>Abonnez-vous à notre newsletter pour nos nouveautés</div>'),
        ("review.incentive", BODY.replace("board?", 'board? <a href="https://www.amazon.com/review" '
                                          'title="Review us with 5 stars and get a free gift card">Write a review</a>')),
        ("review.incentive", BODY + '<p><img src="https://www.amazon.com/s.png" alt="Recensione a 5 stelle = buono regalo di 10 euro" title=""></p>'),
    ],
)
def test_what_only_alt_titles_or_hidden_text_say_is_judged(rule: str, html: str) -> None:
    assert rule in judged(html)


@pytest.mark.parametrize(
    "html",
    [
        BODY + '<p><img src="https://www.amazon.com/logo.png" alt="Acme Engraving logo"></p>',
        BODY + '<p><img src="https://www.amazon.com/p.png" alt="Diagram: where the engraving goes on the board" title="Engraving area"></p>',
        '<div style="display:none">Which engraving text would you like on the board?</div>' + BODY,
        '<div style="display:none">Order ' + OID + ' - a question about your engraving</div>' + BODY,
    ],
)
def test_ordinary_alt_texts_and_a_repeating_preheader_stay_clean(html: str) -> None:
    assert judged(html) == {}


def test_unseen_texts_leave_out_what_the_body_already_says() -> None:
    raw = (
        "From: s@example.com\r\nTo: b1@marketplace.amazon.com\r\nSubject: Order " + OID + "\r\n"
        "Content-Type: text/html; charset=utf-8\r\n\r\n"
        '<div style="display:none">Which engraving text would you like?</div>' + BODY
        + '<img src="https://www.amazon.com/a.png" alt="Owen"><img src="https://www.amazon.com/b.png" alt="Our workshop">'
    ).encode()
    assert parse_message(raw).unseen_texts == ["Our workshop"]
