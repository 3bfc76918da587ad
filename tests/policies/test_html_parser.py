"""The facts parse_html reads from HTML, whichever parser reads it (lexbor, or lxml where HTML5 tree
building would read the document differently)."""

from __future__ import annotations

from policies.html import parse_html


def test_entities_are_decoded_in_text_and_attributes() -> None:
    doc = parse_html('<p>AT&amp;T &eacute;t&eacute; &#169; &#x2014; &notin; &bogus;</p>'
                     '<a href="https://x.example/?a=1&amp;b=2&copy=3">go</a>')
    assert doc.text.splitlines()[0] == "AT&T été © — ∉ &bogus;"
    assert doc.links[0].href == "https://x.example/?a=1&b=2&copy=3"


def test_office_empty_paragraph_is_one_empty_line() -> None:
    doc = parse_html("<p>a</p><o:p>&nbsp;</o:p><p>b</p>")
    assert [e.tag for e in doc.elements] == ["p", "o:p", "p"]
    assert doc.max_break_run == 1
    assert doc.break_evidence == "a <o:p> (empty)"
    assert doc.text == "a\nb"


def test_nested_hidden_elements_stay_hidden() -> None:
    doc = parse_html("<div style='display:none'><p><b style='display:block'>secret</b></p></div><p>shown</p>")
    assert [(e.tag, e.hidden) for e in doc.elements] == [("div", True), ("p", True), ("b", True), ("p", False)]
    assert [r.text for r in doc.runs] == ["shown"]
    assert doc.text == "shown"


def test_stylesheet_selectors_apply_before_inline_style() -> None:
    doc = parse_html("<html><head><style>p { font-size: 10px } td.cell { padding: 4px } .Hid { display: none }"
                     "a:hover { color: red } p::before { content: 'x' }</style></head><body>"
                     "<p style='font-size: 12px'>x</p><table><tr><td class='cell'>c</td></tr></table>"
                     "<span class='hid'>case differs</span></body></html>")
    p, table, tr, td, span = doc.elements
    assert [(d.prop, d.value, d.source) for d in p.declarations] == [
        ("font-size", "10px", "p"), ("font-size", "12px", "style=\"font-size: 12px\"")]
    assert p.style("font-size").value == "12px"
    assert [(d.prop, d.source) for d in td.declarations] == [("padding", "td.cell")]
    assert span.declarations == () and not span.hidden  # class selectors match case-sensitively
    assert [e.tag for e in (table, tr)] == ["table", "tr"]  # no <tbody> made up


def test_comments_and_conditional_comments_are_dropped() -> None:
    doc = parse_html("<p>a<!-- note -->b<!--[if mso]><p>mso only</p><![endif]--></p>")
    assert doc.text == "ab"
    assert [r.text for r in doc.runs] == ["a", "b"]


def test_text_sizes_and_headings() -> None:
    doc = parse_html("<body style='font-size: 20px'><h2>t<span style='font-size:50%'>s</span></h2>"
                     "<font size=1>tiny</font></body>")
    assert [(r.text, r.font_size, r.heading, r.size_px) for r in doc.runs] == [
        ("t", None, 2, None), ("s", "50%", 2, 12.0), ("tiny", "font-size-1", None, 10.0)]
    assert doc.body is not None and doc.body.style("font-size").value == "20px"


def test_links_and_images() -> None:
    doc = parse_html('<html lang="de"><body><a href=" https://a.example/ "><img src="x.png" alt="Logo"></a>'
                     '<p><a href="https://b.example/"></a></p><img src=t.gif width=1 height=1></body></html>')
    assert doc.lang == "de"
    assert [(lk.href, lk.text, lk.has_image) for lk in doc.links] == [
        ("https://a.example/", "Logo", True), ("https://b.example/", "", False)]
    assert [(i.src, i.alt, i.width, i.link_href) for i in doc.images] == [
        ("x.png", "Logo", None, "https://a.example/"), ("t.gif", None, "1", None)]


def test_breaks() -> None:
    assert parse_html("<p>a<br><br><br>b</p>").max_break_run == 3
    assert parse_html("<div>a<br></div><div><br></div><div>b</div>").max_break_run == 1


def test_documents_html5_would_rebuild_read_as_before() -> None:
    # Stray text and elements in a table stay where they are written (no foster parenting), an
    # unclosed table takes what follows, <b> closes before a <p>, and a <wbr> holds what follows.
    doc = parse_html("<table><tr><td>x</td></tr>stray</table>")
    assert doc.elements[0].text == "x stray"
    doc = parse_html("<b><p>para</p></b>")
    assert [(e.tag, e.text) for e in doc.elements] == [("b", ""), ("p", "para")]
    doc = parse_html("<p>a<wbr>b</p>")
    assert [(e.tag, e.text) for e in doc.elements] == [("p", "a b"), ("wbr", "b")]
    doc = parse_html("<p><div>block</div></p>")
    assert [e.tag for e in doc.elements] == ["p", "div"]


def test_multi_valued_attributes_are_normalised() -> None:
    doc = parse_html('<p class="  a   b " id=" x ">t</p><img alt>')
    assert doc.elements[0].attrs == {"class": "a b", "id": " x "}
    assert doc.images[0].alt == ""
