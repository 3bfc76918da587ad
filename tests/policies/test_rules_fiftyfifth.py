"""Fifty-fifth round: the style and image rules on email-builder HTML (tests/corpus_fiftyfifth).

Two classes: a text column centred with `margin: 0 auto` whose width leaves more than 20 % on each side
(style.margin), and `font-size: 0` on a builder's column cell, which hides no image and no text that sets
its own size again (style.font-override, style.image-width, style.alignment judged; image.tracking-pixel
not fooled). Made-up wordings; the near-misses share the markup.
"""

from __future__ import annotations

from policies import Context, parse_message
from policies.rule import registered
from tests.policies.plain_message import NOW, OID

TEXT = (f"Hello, the walnut shelf of order {OID} leaves our workshop on Thursday, two days later than "
        "planned, because the brackets arrive late.")


def html_fires(rule: str, body: str) -> bool:
    """Whether `rule` finds anything in an HTML-only message to an amazon.co.uk buyer with `body`."""
    html = f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>{body}</body></html>"
    raw = "\r\n".join([
        "From: Shop <shop@example.com>", "To: q8w2e4r6t1@marketplace.amazon.co.uk", f"Subject: {OID}",
        "Date: Mon, 15 Jun 2026 10:00:00 +0000", "Message-ID: <html55@example.com>", "MIME-Version: 1.0",
        "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", html,
    ]).encode("utf-8")
    return bool(list(registered()[rule].check(Context(parse_message(raw), NOW))))


# --- style.margin: a narrow centred column -------------------------------------------------------------

def test_half_width_column_centred_with_auto_margins_fires() -> None:
    assert html_fires("style.margin", f'<div style="width:50%; margin:0 auto;"><p>{TEXT}</p></div>')


def test_narrow_max_width_column_fires() -> None:
    # 300 px at the 600 px reference: 150 px on each side
    assert html_fires("style.margin", f'<div style="max-width:300px; margin:0px auto;"><p>{TEXT}</p></div>')


def test_fixed_px_table_centred_with_longhand_auto_fires() -> None:
    assert html_fires(
        "style.margin",
        f'<table width="320" style="margin-left:auto; margin-right:auto;"><tr><td>{TEXT}</td></tr></table>',
    )


def test_full_message_column_centred_stays_clean() -> None:
    assert not html_fires("style.margin", f'<div style="max-width:600px; margin:0 auto;"><p>{TEXT}</p></div>')
    assert not html_fires("style.margin", f'<div style="width:100%; max-width:640px; margin:0 auto;"><p>{TEXT}</p></div>')


def test_column_leaving_exactly_twenty_percent_stays_clean() -> None:
    assert not html_fires("style.margin", f'<div style="width:60%; margin:0 auto;"><p>{TEXT}</p></div>')
    assert not html_fires("style.margin", f'<table style="width:360px; margin:0 auto;"><tr><td>{TEXT}</td></tr></table>')


def test_centred_logo_or_button_is_no_column() -> None:
    assert not html_fires(
        "style.margin",
        '<img src="https://m.media-amazon.com/images/x.png" alt="Walnut &amp; Co" width="160" '
        f'style="display:block; margin:0 auto;"><p>{TEXT}</p>',
    )
    assert not html_fires(
        "style.margin",
        f'<p>{TEXT}</p><div style="width:220px; margin:0 auto;"><a href="https://www.amazon.co.uk/gp/css/'
        'order-history">Your orders on Amazon</a></div>',
    )


def test_one_auto_side_is_no_centred_column() -> None:
    assert not html_fires("style.margin", f'<div style="width:50%; margin:0 auto 0 0;"><p>{TEXT}</p></div>')


def test_narrow_table_centred_with_align_attribute_fires() -> None:
    # the HTML attribute way of writing margin: auto: 150 px on each side of a 300 px table
    assert html_fires("style.margin", f'<table align="center" width="50%"><tr><td>{TEXT}</td></tr></table>')
    assert html_fires("style.margin", f'<table align="center" width="300"><tr><td>{TEXT}</td></tr></table>')


def test_wide_table_centred_with_align_attribute_has_no_margin() -> None:
    assert not html_fires("style.margin", f'<table align="center" width="600"><tr><td>{TEXT}</td></tr></table>')
    assert not html_fires("style.margin", f'<table align="center" width="400"><tr><td>{TEXT}</td></tr></table>')
    # align on a cell or a div centres its content, not a column
    assert not html_fires("style.margin", f'<div align="center" style="width:50%"><p>{TEXT}</p></div>')


# --- font-size: 0 on a builder's column cell ---------------------------------------------------------

CELL = '<table><tr><td style="font-size:0px; padding:10px 20px;">{}</td></tr></table>'


def test_text_resized_inside_a_zero_font_cell_is_judged() -> None:
    body = CELL.format(f'<div style="font-size:15px; font-family:Georgia, serif;">{TEXT}</div>')
    assert html_fires("style.font-override", body)
    centred = CELL.format(f'<div style="font-size:15px; text-align:center;">{TEXT}</div>')
    assert html_fires("style.alignment", centred)


def test_image_inside_a_zero_font_cell_shows() -> None:
    body = (f"<p>{TEXT}</p>" + CELL.format(
        '<img src="https://m.media-amazon.com/images/banner.png" alt="Walnut &amp; Co workshop" width="560">'))
    assert html_fires("style.image-width", body)
    assert not html_fires("image.tracking-pixel", body)


def test_zero_font_cell_with_an_ordinary_sized_image_is_clean() -> None:
    body = (f"<p>{TEXT}</p>" + CELL.format(
        '<img src="https://m.media-amazon.com/images/logo.png" alt="Walnut &amp; Co" width="200">'))
    assert not html_fires("image.tracking-pixel", body)
    assert not html_fires("style.image-width", body)


def test_pixel_in_a_zero_font_wrapper_is_still_a_pixel() -> None:
    body = (f"<p>{TEXT}</p><div style=\"font-size:0; line-height:0;\"><img src=\"https://m.media-amazon.com/"
            'images/o.gif" alt="Walnut &amp; Co" width="1" height="1"></div>')
    assert html_fires("image.tracking-pixel", body)


def test_zero_font_preheader_still_hidden() -> None:
    # the hidden teaser's colour is not shown text: no font override, and its size is not counted
    body = (f'<span style="font-size:0; color:#ffffff;">Preview of the message</span><p>{TEXT}</p>'
            '<h1>A</h1><h2>B</h2>')
    assert not html_fires("style.font-override", body)
    assert not html_fires("style.font-sizes", body)
