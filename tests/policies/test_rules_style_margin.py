"""style.margin reads each element's declarations through a per-declaration cache: every element with
a wide margin still gets its own finding, in document order, and long values are judged too."""

from __future__ import annotations

from datetime import UTC, datetime

from policies import Context, parse_message
from policies.rule import registered

HEAD = (b"From: Shop <s@shop.example>\r\nTo: b@marketplace.amazon.com\r\nSubject: Order 113-4829175-6630214\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n")


def margin_hits(html: str) -> list[tuple[str, str]]:
    ctx = Context(parse_message(HEAD + html.encode()), datetime(2026, 6, 15, tzinfo=UTC))
    return [(h.message, h.evidence) for h in registered()["style.margin"].check(ctx)]


def test_every_element_with_a_wide_margin_is_reported_in_order() -> None:
    html = ('<style>td.c { padding: 4px 200px }</style><p style="margin: 0 25%">a</p><p style="margin: 0 25%">b</p>'
            '<table><tr><td class="c">x</td><td class="c" style="padding:1px">y</td></tr></table>'
            '<p style="margin:0 10%">ok</p><table cellpadding="150"><tr><td>z</td></tr></table>')
    hits = margin_hits(html)
    assert [e for _, e in hits] == [
        "<p> margin: 0 25%", "<p> margin: 0 25%", "<td> padding: 4px 200px", "<td> padding: 4px 200px",
        '<table> cellpadding="150"',
    ]
    assert hits[0][0].endswith("on the right to at most 20% of the message width (120 px); it is 25%.")
    assert hits[2][0].endswith("it is 200px.")
    assert margin_hits(html) == hits  # the second reading (from the cache) says the same


def test_long_and_hidden_values() -> None:
    long_value = "0 " + "0 " * 300 + "30%"  # more than four values: not a margin shorthand CSS applies
    assert margin_hits(f'<p style="margin: {long_value}">a</p>') == []
    assert margin_hits(f'<p style="margin-left: {" " * 300}130px">a</p>') != []
    assert margin_hits('<p style="display:none; margin: 0 25%">hidden</p>') == []
    assert margin_hits('<body leftmargin="200"><p>a</p></body>') == [
        ("Reduce leftmargin to at most 120 px; it is 200.", '<body> leftmargin="200"')]
