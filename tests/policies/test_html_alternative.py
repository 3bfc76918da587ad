"""A multipart/alternative message is read as the buyer may see it: mail programs show the HTML
alternative, so what only the HTML holds is judged as well, placed where it stands, and said to be in the
HTML part; what both alternatives hold is read once."""

from __future__ import annotations

from datetime import UTC, datetime

from policies import Context, evaluate, parse_message

OID = "113-4829175-6630214"
NOW = datetime(2026, 6, 15, 12, tzinfo=UTC)


def alternative(plain: str, html: str, *, reply: bool = False) -> bytes:
    head = (
        "From: Shop <shop@example.com>\r\nTo: b1@marketplace.amazon.com\r\n"
        f"Subject: Order {OID}\r\nDate: Mon, 15 Jun 2026 10:00:00 +0000\r\nMessage-ID: <alt@example.com>\r\n"
        + ("In-Reply-To: <q@marketplace.amazon.com>\r\n" if reply else "")
        + 'MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="b"\r\n\r\n'
    )
    return (
        head + "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + plain.replace("\n", "\r\n")
        + "\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html + "\r\n--b--\r\n"
    ).encode()


def findings(raw: bytes) -> dict[str, str]:
    return {f.rule: f.location for f in evaluate(Context(parse_message(raw), NOW)).findings
            if not f.rule.startswith("order-id.")}


PLAIN = "Hello,\n\nwhich engraving text would you like on the board?\n\nBest regards,\nOwen"


def test_a_voucher_only_in_the_html_alternative_is_marketing_in_the_html_part() -> None:
    raw = alternative(PLAIN, "<p>Hello,</p><p>which engraving text would you like on the board?</p>"
                             "<p>Enter SOMMER15 at checkout for 15 % off your next order.</p><p>Best regards,<br>Owen</p>")
    assert findings(raw) == {"type.marketing": "html"}


def test_a_review_incentive_only_in_the_html_alternative_fires() -> None:
    raw = alternative(PLAIN, "<p>Hello,</p><p>which engraving text would you like on the board?</p>"
                             "<p>Une fois votre avis 5 étoiles publié, nous vous remboursons les frais de port.</p>"
                             "<p>Best regards,<br>Owen</p>")
    assert findings(raw).get("review.incentive") == "html"


def test_the_same_text_in_both_alternatives_is_read_once() -> None:
    """Wrapped lines, '*bold*', a link's URL in brackets and a '>' quote in the plain text are the same
    words as the HTML's."""
    plain = ("Hello,\n\nwhich *engraving text* would you like on the board? Our font samples\n"
             "<https://www.amazon.com/dp/B0TEST> may help.\n\nOn Mon, Buyer wrote:\n> Can I choose the font?\n\nOwen")
    html = ("<p>Hello,</p><p>which <b>engraving text</b> would you like on the board? Our "
            '<a href="https://www.amazon.com/dp/B0TEST">font samples</a> may help.</p>'
            "<blockquote>Can I choose the font?</blockquote><p>Owen</p>")
    msg = parse_message(alternative(plain, html, reply=True))
    assert [kind for kind, _ in msg.own_segments] == ["text"]
    assert msg.own_text.count("engraving text") == 1


def test_html_only_lines_stand_before_the_sign_off_so_the_message_has_a_purpose() -> None:
    """The plain alternative only thanks the buyer; the HTML one the buyer sees asks a question: no
    thank-you-only message. The HTML line is placed after the line it follows there."""
    plain = "Hello,\n\nthank you for your order!\n\nBest regards,\nOwen"
    html = ("<p>Hello,</p><p>thank you for your order!</p><p>Could you tell us which name to engrave on the board?</p>"
            "<p>Best regards,<br>Owen</p>")
    msg = parse_message(alternative(plain, html))
    kinds = [kind for kind, _ in msg.own_segments]
    assert kinds == ["text", "html", "text"]
    assert msg.own_text.index("which name") < msg.own_text.index("Best regards")
    assert "type.thank-you-only" not in findings(alternative(plain, html))
    assert "type.thank-you-only" in findings(alternative(plain, html.replace(
        "<p>Could you tell us which name to engrave on the board?</p>", "")))
