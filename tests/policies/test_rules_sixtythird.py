"""Round sixty-three: an order ID with invisible format characters inside is still the order ID.

Mail tools put soft hyphens, zero-width spaces / (non-)joiners and word joiners into long numbers (to allow a
line break, or to keep mail apps from turning the number into a link). The buyer reads one order ID, so
`order-id.missing` must not fire and the order must be looked up; a visible character in the same place
still breaks the ID.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from policies import Context, Order, evaluate, parse_message

OID = "406-5182736-9034417"
NOW = datetime(2026, 6, 15, 12, tzinfo=UTC)
BUYER = "k2j8f6d4s1a9p3o@marketplace.amazon.it"


def _raw(subject: str, body: str, subtype: str = "plain") -> bytes:
    return "\r\n".join([
        "From: Bottega <info@bottega.example>", f"To: {BUYER}", f"Subject: {subject}",
        "Date: Fri, 12 Jun 2026 10:00:00 +0000", "Message-ID: <s63-unit@bottega.example>", "MIME-Version: 1.0",
        f"Content-Type: text/{subtype}; charset=utf-8", "Content-Transfer-Encoding: 8bit", "",
        body.replace("\n", "\r\n"),
    ]).encode("utf-8")


def _fired(raw: bytes) -> set[str]:
    order = Order(OID, buyer_email=BUYER, marketplace="amazon.it", buyer_language="it",
                  purchased_at=NOW - timedelta(days=6), delivered_at=NOW - timedelta(days=2))
    msg = parse_message(raw)
    ctx = Context(msg, NOW, orders={OID: order} if OID in msg.order_ids else {})
    return {f.rule for f in evaluate(ctx).findings}


IT_BODY = ("Buongiorno,\n\nper l'ordine {oid} ci serve sapere il colore del cordino: naturale o blu?\n"
           "Spediamo appena riceviamo la risposta.\n\nCordiali saluti\nBottega")


@pytest.mark.parametrize("invisible", ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
@pytest.mark.parametrize("where", ["before-dash", "after-dash", "inside-digits"])
def test_plain_text_order_id_with_an_invisible_character_is_the_order(invisible: str, where: str) -> None:
    a, b, c = OID.split("-")
    written = {"before-dash": f"{a}{invisible}-{b}{invisible}-{c}", "after-dash": f"{a}-{invisible}{b}-{c}",
               "inside-digits": f"{a}-{b[:3]}{invisible}{b[3:]}-{c}"}[where]
    raw = _raw("Colore del cordino", IT_BODY.format(oid=written))
    assert parse_message(raw).order_ids == [OID]
    assert not _fired(raw) & {"order-id.missing", "order-id.unknown"}


@pytest.mark.parametrize("invisible", ["\u00ad", "\u200b", "\u2060"])
def test_subject_order_id_with_an_invisible_character_is_the_order(invisible: str) -> None:
    raw = _raw(f"Ordine {OID.replace('-', invisible + '-')}", IT_BODY.format(oid="indicato nell'oggetto"))
    assert parse_message(raw).order_ids == [OID]
    assert "order-id.missing" not in _fired(raw)


@pytest.mark.parametrize("entity", ["&shy;", "&#173;", "&#8288;"])
def test_html_order_id_with_a_soft_hyphen_or_word_joiner_is_the_order(entity: str) -> None:
    written = OID.replace("-", entity + "-")
    html = (f"<html><body><p>Buongiorno,</p><p>per l'ordine <b>{written}</b> ci serve sapere il colore del "
            "cordino: naturale o blu?</p><p>Cordiali saluti<br>Bottega</p></body></html>")
    raw = _raw("Colore del cordino", html, "html")
    assert parse_message(raw).order_ids == [OID]
    assert "order-id.missing" not in _fired(raw)


@pytest.mark.parametrize("visible", [" ", "\u00a0", "/", "\u00b7", "\u2009"])
def test_a_visible_character_inside_the_id_still_breaks_it(visible: str) -> None:
    """Near-misses: a space, no-break space, slash, middle dot or thin space is seen by the buyer."""
    a, b, c = OID.split("-")
    raw = _raw("Colore del cordino", IT_BODY.format(oid=f"{a}-{b[:3]}{visible}{b[3:]}-{c}"))
    assert parse_message(raw).order_ids == []
    assert "order-id.missing" in _fired(raw)


def test_an_invisible_character_does_not_join_a_longer_number_into_an_id() -> None:
    """Near-miss: with the invisible character gone the number has four leading digits, no 3-7-7 ID."""
    raw = _raw("Colore del cordino", IT_BODY.format(oid=f"9\u200b{OID}"))
    assert parse_message(raw).order_ids == []
    assert "order-id.missing" in _fired(raw)


def _html(inner: str) -> bytes:
    return _raw("Colore del cordino", f"<html><body><p>Buongiorno,</p>{inner}<p>Cordiali saluti<br>Bottega</p>"
                "</body></html>", "html")


@pytest.mark.parametrize("entity", ["&zwnj;", "&#8203;", "&#x200B;", "&zwj;", "&#xFEFF;"])
def test_html_order_id_with_zero_width_entities_is_the_order(entity: str) -> None:
    """The HTML reader turns zero-width characters into spaces; the buyer still reads one order ID."""
    written = OID.replace("-", entity + "-")
    raw = _html(f"<p>Ordine n. <b>{written}</b>: ci serve sapere il colore del cordino, naturale o blu?</p>")
    assert parse_message(raw).order_ids == [OID]
    assert not _fired(raw) & {"order-id.missing", "order-id.unknown"}


@pytest.mark.parametrize("hidden", ['<span style="display:none">{}</span>', "<!-- {} -->"])
def test_html_zero_width_order_id_the_buyer_cannot_see_is_no_order_id(hidden: str) -> None:
    """Near-miss: the same ID with &zwnj; in a hidden element or a comment is not read."""
    written = OID.replace("-", "&zwnj;-")
    raw = _html(hidden.format(written) + "<p>Ci serve sapere il colore del cordino, naturale o blu?</p>")
    assert parse_message(raw).order_ids == []
    assert "order-id.missing" in _fired(raw)


def test_html_zero_width_next_to_a_visible_space_still_breaks_the_id() -> None:
    """Near-miss: a real space stays a space when the zero-width character is gone."""
    a, b, c = OID.split("-")
    raw = _html(f"<p>Ordine n. {a}&zwnj; -{b}-{c}: ci serve il colore del cordino.</p>")
    assert parse_message(raw).order_ids == []
    assert "order-id.missing" in _fired(raw)
