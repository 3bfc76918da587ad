"""The parsed-once message model and the HTML facts the section D/E rules read."""

from __future__ import annotations

from policies.html import css_length_px, font_size_px, parse_html
from policies.message import parse_message

RAW = (
    b"From: Shop <s@shop.example>\r\nTo: b@marketplace.amazon.de\r\nSubject: Order 113-4829175-6630214\r\n"
    b"Received: a\r\nReceived: b\r\nIn-Reply-To: <x@y>\r\nMIME-Version: 1.0\r\n"
    b'Content-Type: multipart/related; boundary="R"\r\n\r\n--R\r\n'
    b"Content-Type: text/html; charset=utf-8\r\n\r\n"
    b'<html><body style="font-size:14px; color:#333"><p>Hello, see www.example.org/info '
    b'and <a href="https://www.amazon.de/x">your order</a>.</p>'
    b'<a href="https://shop.example/"><img src="cid:logo" alt="Shop"></a></body></html>\r\n'
    b"--R\r\nContent-Type: image/gif\r\nContent-ID: <logo>\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    b"R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7\r\n--R--\r\n"
)


def test_headers_are_not_duplicated() -> None:
    msg = parse_message(RAW)
    assert [v for k, v in msg.headers if k == "Received"] == ["a", "b"]
    assert msg.is_reply and msg.order_ids == ["113-4829175-6630214"]


def test_links_images_and_cid_parts() -> None:
    msg = parse_message(RAW)
    hrefs = {(link.href, link.location, link.is_anchor) for link in msg.links}
    assert ("https://www.amazon.de/x", "html", True) in hrefs
    assert ("www.example.org/info", "html", False) in hrefs  # a URL written in the HTML's text
    assert msg.attachments == []  # the cid part is an image, not an attachment
    (img,) = msg.images
    assert img.link_href == "https://shop.example/" and img.alt == "Shop"
    assert img.pixels is not None and (img.pixels.width, img.pixels.height, img.pixels.frames) == (1, 1, 1)
    link = next(link for link in msg.links if link.has_image)
    assert link.text == "Shop"  # an image-only link's text is its alt


def test_body_element_and_computed_font_sizes() -> None:
    doc = parse_html(
        '<html><body style="font-size:12pt; color:red"><h1>T</h1><p style="font-size:1.5em">x<small>y</small></p>'
        '<font size="2">z</font></body></html>'
    )
    assert doc.body is not None and doc.body.style("color") is not None
    sizes = {run.text: (run.heading, run.size_px) for run in doc.runs}
    assert sizes["T"] == (1, None)  # a heading without its own size counts by its level
    assert sizes["x"] == (None, 24.0)  # 1.5em of 12pt (16px)
    assert sizes["z"] == (None, 13.0)


def test_css_lengths() -> None:
    assert css_length_px("25%", 600) == 150
    assert css_length_px("90pt", 600) == 120
    assert css_length_px("8em", 600) == 128
    assert css_length_px("auto", 600) is None
    assert font_size_px("smaller", 12) == 10


def test_line_break_runs() -> None:
    assert parse_html("<p>a<br><br><br>b</p>").max_break_run == 3
    assert parse_html("<div>a<br></div><div><br></div><div>b</div>").max_break_run == 1
    assert parse_html("<p>a</p><o:p>&nbsp;</o:p><p>&nbsp;</p><div><br></div><p>b</p>").max_break_run == 3
    assert parse_html("<table><tr><td></td><td></td><td></td><td>x</td></tr></table>").max_break_run == 0


def test_empty_link_is_kept() -> None:
    doc = parse_html('<p><a href="https://www.amazon.com/r"></a></p>')
    assert [(link.href, link.text) for link in doc.links] == [("https://www.amazon.com/r", "")]
