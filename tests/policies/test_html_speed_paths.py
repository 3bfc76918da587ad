"""The shortcuts of policies/html.py give what the general code gives: attributes kept as lexbor
reads them, texts already squashed, the evidence text cut on first read, CSS shared by elements with
the same rules and style, blocks that show text, and the tree's text events of the same-reading check."""

from __future__ import annotations

import random
import re

from policies import html
from policies.html import parse_html


def test_attributes_lexbor_gives_as_they_are_and_those_it_does_not() -> None:
    source = ('<p CLASS=" a  b " Style="color: red" id=" x ">t</p><img alt src="x.png">'
              '<a rel=" nofollow  noopener " href="h">l</a><table><tr><td headers=" h1  h2 ">c</td></tr></table>'
              '<svg viewBox="0 0 1 1"><rect WIDTH="1"></rect></svg><p data-x=1 title="">u</p>')
    assert html._same_reading(source, html._build(source, source.lower()))  # read by lexbor
    p, img, a, _, _, td, svg, rect, p2 = parse_html(source).elements
    assert p.attrs == {"class": "a b", "style": "color: red", "id": " x "}
    assert img.attrs == {"alt": "", "src": "x.png"}
    assert a.attrs == {"rel": "nofollow noopener", "href": "h"}
    assert td.attrs == {"headers": "h1 h2"}
    assert (svg.tag, svg.attrs, rect.attrs) == ("svg", {"viewbox": "0 0 1 1"}, {"width": "1"})
    assert p2.attrs == {"data-x": "1", "title": ""}


def test_squashed_texts_are_returned_as_they_are() -> None:
    rng = random.Random(3)
    alphabet = [" ", "  ", "\t", "\n", "\u00a0", "\u200b", "\u3000", "\x1c", "a", "é", "語", ".", "\x00"]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        if html._is_squashed(text):  # enough, not needed: other texts go the general way
            assert html._WS.sub(" ", text).strip() == text, repr(text)
        assert html._squash(text) == html._WS.sub(" ", text).strip(), repr(text)


def test_evidence_text_is_cut_when_read_and_compares_equal() -> None:
    source = "<div><p>  one <b>two</b> </p>" + "<span>w</span> " * 40 + "</div><p>\u200b</p>"
    first, second = parse_html(source), parse_html(source)
    div, p, b = first.elements[:3]
    assert (div.text, p.text, b.text) == (("one two " + "w " * 40).strip()[:80], "one two", "two")
    assert first.elements == second.elements  # equal by value, text included, read or not
    assert first.elements[0] != first.elements[1]
    assert "text='one two'" in repr(p)


def test_elements_with_the_same_rules_and_style_share_their_css() -> None:
    doc = parse_html('<html><head><style>p { margin: 0 } .h { display: none }</style></head><body>'
                     '<p style="color: red">a</p><p style="color: red">b</p><p>c</p><p class="h">d</p>'
                     '<div style="color: red">e</div></body></html>')
    p1, p2, p3, p4, div = doc.elements
    assert p1.declarations is p2.declarations
    assert [(d.prop, d.source) for d in p1.declarations] == [("margin", "p"), ("color", 'style="color: red"')]
    assert [(d.prop, d.source) for d in p3.declarations] == [("margin", "p")]
    assert p4.hidden and not p3.hidden and [d.prop for d in p4.declarations] == ["margin", "display"]
    assert [(d.prop, d.source) for d in div.declarations] == [("color", 'style="color: red"')]


def test_blocks_of_zero_width_or_white_space_text_are_empty_lines() -> None:
    for source in ("<p>a</p><p>\u200b</p><p>&nbsp;</p><p>\ufeff \u200c</p><p>b</p>",
                   "<p>a</p><p>&#8203;</p><p> </p><p>b</p>"):
        doc = parse_html(source)
        assert doc.max_break_run == 3 - source.count("&#8203;"), source
        assert doc.text == "a\nb"


def test_texts_split_by_comments_or_white_space_are_still_the_same_reading() -> None:
    for source in ("<p>a<!-- c -->b</p>", "<p>a <!-- c --> b</p>", "<p> <!-- c -->a</p>",
                   "<div>x\r\n<b>y</b>\r\n</div>", "<p>a\u200b<!---->\u200bb</p>"):
        assert html._same_reading(source, html._build(source, source.lower())), source
    source = "<table>stray<tr><td>x</td></tr></table>"  # foster parenting moves the text: lxml reads it
    assert not html._same_reading(source, html._build(source, source.lower()))


def test_elements_and_runs_made_without_their_init_are_the_constructed_ones() -> None:
    doc = parse_html('<div style="color: red"><p class=" a  b ">one <b>two</b></p><br><img src="x.png"></div>')
    for el in doc.elements:
        made = html.Element(el.tag, el.attrs, el.declarations, el.hidden)
        assert (made.tag, made.attrs, made.declarations, made.hidden) == (el.tag, el.attrs, el.declarations, el.hidden)
        assert el.text_span() is None or el.text == html._squash(" ".join(
            el.text_span()[0][el.text_span()[1]:el.text_span()[2]]))[:80]  # type: ignore[index]
    assert doc.runs == [html.TextRun(r.text, r.font_size, r.heading, r.size_px) for r in doc.runs]
    assert [r.text for r in doc.runs] == ["one", "two"]


def test_plain_space_documents_read_as_when_every_text_is_asked_if_printable(monkeypatch) -> None:
    # Texts with and without every kind of ASCII white space (written, or as a character reference).
    rng = random.Random(5)
    pieces = ["a", "b c", " ", "  ", "\n", "\t", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x01", "&#9;", "&#x0D;",
              "&Tab;", "&NewLine;", "&nbsp;", "\u00a0", "\u200b", "é", "<b>", "</b>", "<br>", "<p>", "</p>"]
    sources = ["<div>" + "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) + "</div>"
               for _ in range(400)]
    plain = {s for s in sources if html._plain_space(s, s.lower())}
    assert 20 < len(plain) < 380  # both kinds are tried
    fast = [parse_html(s) for s in sources]
    monkeypatch.setattr(html, "_plain_space", lambda *_: False)  # the general reading of every text
    for source, doc in zip(sources, fast, strict=True):
        slow = parse_html(source)
        assert (doc.text, doc.runs, doc.max_break_run, doc.break_evidence) == (
            slow.text, slow.runs, slow.max_break_run, slow.break_evidence), repr(source)
    for source in ("<p>a\tb</p>", "<p>a&#9;b</p>", "<p>a&Tab;b</p>", "<p>a&TAB;b</p>", "<p>a\rb</p>"):
        assert not html._plain_space(source, source.lower()), source


def test_possessive_tag_pattern_splits_as_the_backtracking_one() -> None:
    backtracking = re.compile(r"<(/?[a-zA-Z][^\s/>]*)[^>]*>")
    rng = random.Random(4)
    alphabet = ["<", ">", "/", "</", "a", "B", " ", "\n", "\u00a0", "\u3000", "=", '"', "<p>", "x", "é", "1"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert html._TAG.split(text) == backtracking.split(text), repr(text)


def test_kept_strings_show_as_shows_says() -> None:
    rng = random.Random(6)
    alphabet = ["a", " ", "\n", "\u00a0", "\u200b", "\ufeff", "é", ".", "\x01"]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6)))
        if not text.isspace():  # what the walk keeps
            assert html._shows_kept(text) == html._shows(text), repr(text)
