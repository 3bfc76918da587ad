"""Seventy-second round: style and image rules on HTML as mail tools write it (tests/corpus_seventysecond).

Two classes: a text colour set in a colour-scheme block (`@media (prefers-color-scheme: dark)`) is a font
colour override for the buyer whose client is in that mode (style.font-override), while the block's
backgrounds, borders and other @media blocks stay out; and an image that its alt / file name calls a proof or
preview of a custom design is what the buyer is asked to verify, not a photo of the purchased product
(image.product-photo). Made-up wordings; the near-misses share the vocabulary.
"""

from __future__ import annotations

from policies import Context, Order, parse_message
from policies.rule import registered
from tests.policies.plain_message import NOW, OID

TEXT = (f"Hello, the stool of order {OID} is upholstered to order; please reply with the fabric you chose, "
        "as the order form left the field empty.")
BUYER = "q8w2e4r6t1@marketplace.amazon.co.uk"


def html_fires(rule: str, body: str, *, head: str = "", title: str = "") -> bool:
    """Whether `rule` finds anything in an HTML-only message to an amazon.co.uk buyer with `body`; with
    `title`, the order store knows the order with that product title."""
    html = f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"
    raw = "\r\n".join([
        "From: Stoolworks <shop@stoolworks.example>", f"To: {BUYER}", f"Subject: Order {OID}",
        "Date: Mon, 15 Jun 2026 10:00:00 +0000", "Message-ID: <html72@stoolworks.example>", "MIME-Version: 1.0",
        "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", html,
    ]).encode("utf-8")
    orders = {OID: Order(OID, buyer_email=BUYER, product_titles=(title,))} if title else {}
    ctx = Context(parse_message(raw), NOW, orders=orders)  # type: ignore[arg-type]
    return bool(list(registered()[rule].check(ctx)))


def sheet(css: str) -> str:
    return f"<style type='text/css'>{css}</style>"


# --- style.font-override: colour-scheme blocks ---------------------------------------------------------

def test_dark_mode_text_colour_fires() -> None:
    css = "@media (prefers-color-scheme: dark) { .note { color: #e8e8e8 !important; } }"
    assert html_fires("style.font-override", f'<div class="note"><p>{TEXT}</p></div>', head=sheet(css))


def test_dark_mode_text_colour_on_a_tag_selector_fires() -> None:
    css = ("body { margin: 0; }\n@media screen and (prefers-color-scheme: dark) {\n"
           "  p, td { -webkit-text-fill-color: #fafafa; }\n}")
    assert html_fires("style.font-override", f"<table><tr><td><p>{TEXT}</p></td></tr></table>", head=sheet(css))


def test_light_scheme_block_with_a_colour_fires() -> None:
    css = "@media (prefers-color-scheme: light) { .txt { color: #202020; } }"
    assert html_fires("style.font-override", f'<p class="txt">{TEXT}</p>', head=sheet(css))


def test_dark_mode_backgrounds_and_borders_only_pass() -> None:
    css = (":root { color-scheme: light dark; supported-color-schemes: light dark; }\n"
           "@media (prefers-color-scheme: dark) { .box { background-color: #111111 !important; "
           "border-color: #333333 !important; } }")
    assert not html_fires("style.font-override", f'<div class="box"><p>{TEXT}</p></div>', head=sheet(css))


def test_dark_mode_colour_for_an_element_not_in_the_message_passes() -> None:
    css = "@media (prefers-color-scheme: dark) { .promo-strip { color: #ffffff !important; } }"
    assert not html_fires("style.font-override", f"<p>{TEXT}</p>", head=sheet(css))


def test_dark_mode_colour_of_a_hidden_element_passes() -> None:
    css = "@media (prefers-color-scheme: dark) { .teaser { color: #ffffff; } }"
    body = f'<div class="teaser" style="display:none">Fabric choice needed</div><p>{TEXT}</p>'
    assert not html_fires("style.font-override", body, head=sheet(css))


def test_width_media_query_colour_is_still_left_out() -> None:
    # only colour-scheme blocks join; a small-screen block applies at another width
    css = "@media only screen and (max-width: 480px) { .note { color: #333333 !important; } }"
    assert not html_fires("style.font-override", f'<div class="note"><p>{TEXT}</p></div>', head=sheet(css))


def test_dark_mode_block_does_not_change_visibility_or_widths() -> None:
    css = ("@media (prefers-color-scheme: dark) { .light-logo { display: none !important; } "
           ".wide { width: 600px !important; } }")
    body = (f'<p><img class="light-logo wide" src="https://m.media-amazon.com/images/s.png" alt="Stoolworks" '
            f'width="140"></p><p>{TEXT}</p>')
    assert not html_fires("style.image-width", body, head=sheet(css))
    assert not html_fires("style.font-override", body, head=sheet(css))


# --- image.product-photo: design proofs ----------------------------------------------------------------

PROOF_TITLE = "Engraved Slate Garden Sign, Personalised"


def img(alt: str, name: str = "img.png") -> str:
    return f'<p>{TEXT}</p><p><img src="https://m.media-amazon.com/images/{name}" alt="{alt}" width="300"></p>'


def test_proof_of_the_personalised_sign_passes() -> None:
    assert not html_fires("image.product-photo", img("Proof: your engraved slate garden sign"), title=PROOF_TITLE)


def test_preview_in_file_name_passes() -> None:
    body = img("Engraved slate garden sign", "garden-sign_preview.png")
    assert not html_fires("image.product-photo", body, title=PROOF_TITLE)


def test_german_gravurvorschau_passes() -> None:
    title = "Schiefertafel Gartenschild mit Gravur"
    assert not html_fires("image.product-photo", img("Gravurvorschau: Schiefertafel Gartenschild"), title=title)


def test_french_apercu_passes() -> None:
    title = "Panneau de jardin en ardoise gravé"
    assert not html_fires("image.product-photo", img("Aperçu du panneau de jardin en ardoise gravé"), title=title)


def test_japanese_kousei_passes() -> None:
    title = "天然石 表札 名入れ"
    assert not html_fires("image.product-photo", img("天然石表札 名入れ 校正画像"), title=title)


def test_photo_of_the_sign_still_fires() -> None:
    assert html_fires("image.product-photo", img("Engraved slate garden sign"), title=PROOF_TITLE)


def test_waterproof_product_is_no_proof() -> None:
    title = "Waterproof Hiking Jacket, Navy"
    assert html_fires("image.product-photo", img("Waterproof hiking jacket in navy"), title=title)


def test_spanish_product_photo_still_fires() -> None:
    title = "Cartel de pizarra grabado para jardín"
    assert html_fires("image.product-photo", img("Cartel de pizarra grabado para jardín"), title=title)
