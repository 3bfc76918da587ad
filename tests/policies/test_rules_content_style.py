"""Sections D and E: links, attachments, images, content and style rules, with RULES.md's near-misses."""

from __future__ import annotations

import base64
import io
from datetime import UTC, datetime
from email.message import EmailMessage

import pytest
from PIL import Image as PILImage

from policies import AccountPolicy, Context, Order, evaluate, parse_message
from policies.rules.emoji import find_emoji

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
BUYER = "k3x9m2p7q1w8z5v@marketplace.amazon.com"
ORDER = "113-4829175-6630214"


def build(
    text: str | None = None,
    html: str | None = None,
    subject: str = f"Order {ORDER}",
    headers: dict[str, str] | None = None,
    attachments: list[tuple[str, str, bytes]] | None = None,
    inline: list[tuple[str, str, bytes]] | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Shop <seller@shop.example>"
    msg["To"] = BUYER
    msg["Subject"] = subject
    for k, v in (headers or {}).items():
        msg[k] = v
    if text is not None:
        msg.set_content(text)
    if html is not None:
        if text is None:
            msg.set_content(html, subtype="html")
        else:
            msg.add_alternative(html, subtype="html")
    if inline:
        html_part = msg.get_body(("html",))
        assert html_part is not None
        for cid, ctype, data in inline:
            maintype, subtype = ctype.split("/")
            html_part.add_related(data, maintype=maintype, subtype=subtype, cid=f"<{cid}>")
    for name, ctype, data in attachments or []:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes()


def fired(
    raw: bytes, title: str = "Walnut Desk Organizer with 5 Compartments", **account: object
) -> set[str]:
    msg = parse_message(raw)
    orders = {ORDER: Order(ORDER, buyer_email=BUYER, product_titles=(title,))}
    ctx = Context(msg, NOW, orders=orders, account=AccountPolicy(**account))  # type: ignore[arg-type]
    return set(evaluate(ctx).rules)


def png(width: int, height: int) -> bytes:
    buf = io.BytesIO()
    PILImage.new("RGB", (width, height), (200, 100, 50)).save(buf, "PNG")
    return buf.getvalue()


def gif(frames: int, size: int = 10) -> bytes:
    buf = io.BytesIO()
    imgs = [PILImage.new("RGB", (size, size), (i * 80, 0, 255 - i * 80)) for i in range(frames)]
    imgs[0].save(buf, "GIF", save_all=frames > 1, append_images=imgs[1:], duration=100, loop=0)
    return buf.getvalue()


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
BODY = f"Hello,\n\nYour order {ORDER} ships on Friday.\n\nKind regards,\nShop"


def html_doc(inner: str, body_attrs: str = "") -> str:
    return f"<html><body{body_attrs}><p>Hello, your order {ORDER} ships on Friday.</p>{inner}</body></html>"


# --- links --------------------------------------------------------------------------------------


def test_http_link_is_insecure_not_external_for_amazon() -> None:
    rules = fired(
        build(html=html_doc('<p><a href="http://www.amazon.it/review">Write a review on Amazon</a></p>'))
    )
    assert "link.insecure" in rules
    assert "link.external" not in rules and "style.link-text" not in rules


def test_https_amazon_links_pass_including_multipart_tlds() -> None:
    for host in ("www.amazon.com", "sellercentral.amazon.co.uk", "www.amazon.com.mx", "www.amazon.co.jp"):
        rules = fired(
            build(html=html_doc(f'<p><a href="https://{host}/x">Open your order on Amazon</a></p>'))
        )
        assert not rules & {"link.external", "link.insecure"}, host


@pytest.mark.parametrize(
    "url",
    [
        "https://amazon.evil.com/x",
        "https://evil-amazon.com/",
        "https://amazon.com@evil.com/",
        "https://proofs.shop.example/p",
    ],
)
def test_non_amazon_https_links_are_external(url: str) -> None:
    assert "link.external" in fired(build(text=f"{BODY}\n\nSee {url}"))


def test_allow_listed_host_passes() -> None:
    raw = build(text=f"{BODY}\n\nBook your slot: https://booking.freight.example/slot")
    assert "link.external" not in fired(raw, link_allowlist=("freight.example",))
    assert "link.external" in fired(raw)


def test_plain_text_url_is_judged_by_link_rules_only() -> None:
    rules = fired(build(text=f"{BODY}\n\nhttp://www.amazon.com/dp/B0C9TQ4M2L"))
    assert "link.insecure" in rules and "style.link-text" not in rules


def test_opt_out_text_header_and_link() -> None:
    text = f"{BODY}\n\nTo opt out of further messages from this seller, reply with UNSUBSCRIBE."
    assert "link.opt-out" in fired(build(text=text))
    header = build(text=BODY, headers={"List-Unsubscribe": "<mailto:unsub@list.example>"})
    rules = fired(header)
    assert "link.opt-out" in rules and "content.email-address" not in rules
    assert "link.opt-out" in fired(
        build(text=f"{BODY}\n\nSie können sich jederzeit vom Newsletter abmelden.")
    )
    assert "link.opt-out" in fired(
        build(text=f"{BODY}\n\nPour ne plus recevoir nos messages, cliquez sur se désabonner.")
    )
    assert "link.opt-out" not in fired(build(text=BODY))


@pytest.mark.parametrize(
    "text",
    ["Click here", "here", "link", "more", "Hier klicken", "cliquez ici", "https://www.amazon.com/x", ""],
)
def test_generic_link_text_fires(text: str) -> None:
    raw = build(html=html_doc(f'<p><a href="https://www.amazon.com/review">{text}</a></p>'))
    assert "style.link-text" in fired(raw)


def test_descriptive_link_text_and_image_alt_pass() -> None:
    ok = build(
        html=html_doc('<p><a href="https://www.amazon.com/r">Click here for warranty information</a></p>')
    )
    assert "style.link-text" not in fired(ok)
    logo = build(
        html=html_doc(
            '<a href="https://www.amazon.com/shop"><img src="https://m.media-amazon.com/l.png" alt="Kerzenwerk"></a>'
        )
    )
    assert "style.link-text" not in fired(logo)
    empty_alt = build(
        html=html_doc(
            '<a href="https://www.amazon.com/shop"><img src="https://m.media-amazon.com/l.png" alt=""></a>'
        )
    )
    assert "style.link-text" in fired(empty_alt)


# --- attachments ---------------------------------------------------------------------------------


def test_pdf_png_text_attachments_pass() -> None:
    raw = build(
        text=BODY,
        attachments=[
            ("invoice.pdf", "application/pdf", PDF),
            ("proof.png", "image/png", png(20, 20)),
            ("notes.txt", "text/plain", b"Engraving: Anna\n"),
        ],
    )
    assert "attachment.not-allowed" not in fired(raw)


def test_zip_exe_and_disguised_files_are_refused() -> None:
    buf = io.BytesIO()
    import zipfile

    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("manual.pdf", PDF)
    for name, ctype, data in [
        ("manual.zip", "application/zip", buf.getvalue()),
        ("invoice.pdf", "application/pdf", buf.getvalue()),  # an archive declared as PDF
        ("setup.exe", "application/octet-stream", b"MZ\x90\x00" + b"\x00" * 100),
        ("run.bat", "text/plain", b"@echo off\r\ndel *.*\r\n"),
        ("page.html", "text/html", b"<html><a href='https://x.example'>x</a></html>"),
    ]:
        assert "attachment.not-allowed" in fired(build(text=BODY, attachments=[(name, ctype, data)])), name


def test_attachments_over_ten_megabytes_in_total() -> None:
    big = PDF + b"0" * (6 * 1024 * 1024)
    raw = build(text=BODY, attachments=[("a.pdf", "application/pdf", big), ("b.pdf", "application/pdf", big)])
    assert "attachment.not-allowed" in fired(raw)


def test_inline_cid_gif_is_an_image_not_an_attachment() -> None:
    raw = build(
        text=BODY,
        html=html_doc('<img src="cid:banner@x" alt="Shop banner" width="240">'),
        inline=[("banner@x", "image/gif", gif(2))],
    )
    rules = fired(raw)
    assert "style.animated-gif" in rules and "attachment.not-allowed" not in rules
    still = build(
        text=BODY,
        html=html_doc('<img src="cid:banner@x" alt="Shop banner" width="240">'),
        inline=[("banner@x", "image/gif", gif(1))],
    )
    assert "style.animated-gif" not in fired(still)


# --- images --------------------------------------------------------------------------------------


def test_logo_link_to_own_site_fires_amazon_link_does_not() -> None:
    raw = build(
        html=html_doc(
            '<a href="https://www.kerzenwerk.de/"><img src="https://www.kerzenwerk.de/l.png" alt="Kerzenwerk"></a>'
        )
    )
    rules = fired(raw)
    assert {"image.logo-link", "link.external"} <= rules
    ok = build(
        html=html_doc(
            '<a href="https://www.amazon.de/s?me=X"><img src="https://www.kerzenwerk.de/l.png" alt="Kerzenwerk"></a>'
        )
    )
    assert "image.logo-link" not in fired(ok)


def test_img_src_is_not_a_link_and_http_src_is_insecure_image() -> None:
    rules = fired(
        build(html=html_doc('<img src="http://www.cocinaviva.es/firma.png" alt="Cocina Viva" width="180">'))
    )
    assert "image.insecure" in rules
    assert not rules & {"link.insecure", "link.external"}


@pytest.mark.parametrize(
    "img",
    [
        '<img src="https://cdn.shop.example/p.gif" width="1" height="1" alt="x">',
        '<img src="https://cdn.shop.example/logo.png" alt="x" style="display:none">',
        '<img src="https://open.mailbeacon-track.net/o/7f3c/abc.gif" alt="x" width="40" height="40">',
        '<img src="https://cdn.shop.example/img.gif?u=k3x9m2p7q1w8z5v" alt="x" width="40" height="40">',
    ],
)
def test_tracking_pixels(img: str) -> None:
    assert "image.tracking-pixel" in fired(build(html=html_doc(img)))


def test_inline_one_pixel_gif_without_dimensions_is_a_pixel() -> None:
    raw = build(
        text=BODY, html=html_doc('<img src="cid:t@x" alt="">'), inline=[("t@x", "image/gif", gif(1, size=1))]
    )
    rules = fired(raw)
    assert {"image.tracking-pixel", "style.image-alt"} <= rules
    assert not rules & {"style.image-width", "attachment.not-allowed"}


def test_ordinary_logo_is_not_a_pixel() -> None:
    raw = build(
        html=html_doc(
            '<img src="https://cdn.shop.example/brand/logo-2x.png" alt="Shop" width="160" height="40">'
        )
    )
    assert "image.tracking-pixel" not in fired(raw)


def test_product_photo_by_alt_or_filename_but_not_brand_logo() -> None:
    photo = build(
        html=html_doc(
            '<img src="https://cdn.shop.example/walnut-desk-organizer.jpg" alt="Our organizer" width="300">'
        )
    )
    assert "image.product-photo" in fired(photo)
    by_alt = build(
        html=html_doc('<img src="https://cdn.shop.example/p1.jpg" alt="Walnut Desk Organizer" width="300">')
    )
    assert "image.product-photo" in fired(by_alt)
    brand = build(
        html=html_doc(
            '<img src="https://cdn.shop.example/banner.png" alt="Fig &amp; Cedar Candle Co." width="240"><p>Fig &amp; Cedar Candle Co.</p>'
        )
    )
    assert "image.product-photo" not in fired(brand, title="Hand-Poured Soy Candle Set of 3 (Fig & Cedar)")


def test_not_brand_only_when_configured() -> None:
    raw = build(html=html_doc('<img src="https://stock.example/beach.jpg" alt="Beach" width="300">'))
    assert "image.not-brand" not in fired(raw)  # off by default


def test_image_alt_missing_or_empty() -> None:
    assert "style.image-alt" in fired(
        build(html=html_doc('<img src="https://cdn.shop.example/l.png" width="150">'))
    )
    assert "style.image-alt" in fired(
        build(html=html_doc('<img src="https://cdn.shop.example/l.png" alt=" " width="150">'))
    )
    assert "style.image-alt" not in fired(
        build(html=html_doc('<img src="https://cdn.shop.example/l.png" alt="Shop" width="150">'))
    )


@pytest.mark.parametrize(
    ("attrs", "wide"),
    [
        ('width="600"', True),
        ('width="480"', False),
        ('style="width: 90%"', True),
        ('style="width: 80%"', False),
        ('width="100%" style="max-width: 300px"', False),
    ],
)
def test_image_width_explicit(attrs: str, wide: bool) -> None:
    raw = build(html=html_doc(f'<img src="https://cdn.shop.example/b.png" alt="Shop" {attrs}>'))
    assert ("style.image-width" in fired(raw)) is wide


def test_image_width_intrinsic_for_inline_images() -> None:
    wide = build(
        text=BODY,
        html=html_doc('<img src="cid:b@x" alt="Shop banner">'),
        inline=[("b@x", "image/png", png(600, 60))],
    )
    assert "style.image-width" in fired(wide)
    narrow = build(
        text=BODY,
        html=html_doc('<img src="cid:b@x" alt="Shop banner" width="300">'),
        inline=[("b@x", "image/png", png(600, 60))],
    )
    assert "style.image-width" not in fired(narrow)


# --- content -------------------------------------------------------------------------------------


def test_email_address_in_body_fires_handle_and_header_do_not() -> None:
    assert "content.email-address" in fired(
        build(text=f"{BODY}\n\nWrite to claims@shop.example with a photo.")
    )
    assert "content.email-address" in fired(build(text=f"{BODY}\n\nWrite to claims [at] shop [dot] example."))
    assert "content.email-address" in fired(
        build(html=html_doc('<p><a href="mailto:help@shop.example">Write to us</a></p>'))
    )
    assert "content.email-address" not in fired(build(text=f"{BODY}\n\nFollow us on Instagram @kerzenwerk."))


def test_recipient_and_marketplace_alias_in_attribution_are_ignored() -> None:
    text = f"{BODY}\n\nOn Sun, Jun 14, 2026 at 4:05 PM, Amazon customer <{BUYER}> wrote:\n> Where is it?"
    assert "content.email-address" not in fired(build(text=text, headers={"In-Reply-To": "<a@b>"}))
    other = f"{BODY}\n\nOn Sun, Jun 14, 2026, seller@othershop.example wrote:\n> Where is it?"
    assert "content.email-address" in fired(build(text=other, headers={"In-Reply-To": "<a@b>"}))


@pytest.mark.parametrize(
    "line",
    [
        "If you have any questions, please call our customer service on +44 161 496 0752.",
        "Per qualsiasi domanda può chiamare il nostro ufficio amministrativo al numero 02 8734 1190.",
        "Rufen Sie uns gern an: 030 1234 5678.",
        "Call us at (555) 123-4567 any time.",
        "お問い合わせは当店（03-1234-5678）までお電話ください。",
    ],
)
def test_phone_numbers_fire(line: str) -> None:
    assert "content.phone-number" in fired(build(text=f"{BODY}\n\n{line}"))


@pytest.mark.parametrize(
    "line",
    [
        "Call the BrightNest warranty hotline at 1-800-555-0175 (8:00 to 18:00).",
        "Falls Sie den Termin verschieben müssen, erreichen Sie die Spedition direkt unter 0201 8459 3170.",
        "The courier, DPD:\nphone 0161 496 0000 between 9 and 5.",
        "Amtsgericht Kiel HRB 24871 · USt-IdNr. DE318224905",
        "Registered in England and Wales, company no. 09417285.",
        f"Your order {ORDER}, tracking number 1Z999AA10123456784, invoice 2026/0318.",
        "Delivery between 16.06.2026 and 18.06.2026, price 1.234,56 EUR, size 135 x 200 cm.",
        "Il totale è di 1 234 567 €.",
    ],
)
def test_not_phone_numbers_or_allowed_ones(line: str) -> None:
    assert "content.phone-number" not in fired(build(text=f"{BODY}\n\n{line}"))


def test_sensitive_words_whole_words_in_the_message_language() -> None:
    rude = "Their drivers are useless idiots and I am sick of taking the blame for this crap. " * 2
    assert "content.sensitive" in fired(build(text=f"{BODY}\n\n{rude}"))
    scunthorpe = (
        "A pallet of jars was held up on its way to our warehouse in Scunthorpe, so your order leaves later."
    )
    assert "content.sensitive" not in fired(build(text=f"{BODY}\n\n{scunthorpe}"))
    knife = "The Damascus chef knife has a razor-sharp blade that will cut and slice anything; kill the heat before cleaning."
    assert "content.sensitive" not in fired(build(text=f"{BODY}\n\n{knife}"))
    retard = (
        "Bonjour,\n\nNous vous informons d'un retard de livraison pour votre commande. Le transporteur "
        "nous a prévenus que le colis arrivera avec deux jours de retard. Merci de votre patience."
    )
    assert "content.sensitive" not in fired(build(text=retard))


SPELLING_BAD = (
    f"Dear costumer,\n\nWe are very sory to infrom you that you're oder {ORDER} for the Kids Wooden Train Set "
    "will be dispached later then expected becuase our suplier have not deliverd the wagons on time. We expct to "
    "ship it on thursday and it shoud arive with you by monday.\n\nIf you not want to wait, plese reply to this "
    "mesage and we will cancel the oder and refund you compleetly.\n\nSory for the inconvienence,\nLittle Pedal Toys"
)
SPELLING_GOOD = {
    "en": BODY.replace("ships on Friday.", "ships on Friday. ")
    + " We are sorry that your parcel is late; the carrier "
    "told us that the van broke down on the motorway, and the parcel will be delivered tomorrow morning instead. If you "
    "would rather cancel, reply to this message and we will refund you in full.",
    "de": "Guten Tag,\n\nIhr Massivholz-Esstisch Wildeiche (Bestellung 302-5518290-7734105) ist fertig und wird von "
    "einer Spedition geliefert. Da der Tisch rund 65 kg wiegt, liefert die Spedition nur nach vorheriger "
    "Terminabsprache bis in Ihre Wohnung. Bitte teilen Sie uns bis Mittwoch mit, welcher Liefertermin Ihnen passt. "
    "Antworten Sie dazu einfach auf diese Nachricht.\n\nMit freundlichen Grüßen\nKatrin Brenner",
    "es": "Hola:\n\nLe escribimos en relación con su pedido 403-8841726-1159032. Nuestro almacén permanece cerrado por "
    "vacaciones del 15 al 21 de junio, por lo que su pedido saldrá el lunes 22 de junio en lugar de la fecha "
    "indicada. Calculamos que lo recibirá el 24 o el 25 de junio. Si la nueva fecha no le conviene, responda a "
    "este mensaje y cancelaremos el pedido.\n\nUn saludo,\nLucía Romero",
}


def test_spelling_warns_on_egregious_errors_only() -> None:
    assert "content.spelling" in fired(build(text=SPELLING_BAD))
    for lang, text in SPELLING_GOOD.items():
        assert "content.spelling" not in fired(build(text=text)), lang


@pytest.mark.parametrize(
    "text", [":)", ";-)", ":D", "<3", "I <3 it", "Thanks 😊", "✨", "🙇‍♀️", "#️⃣", "☀️", "🇩🇪", "(^_^)", "XD"]
)
def test_emoji_found(text: str) -> None:
    assert find_emoji(f"Hello {text} there"), text


@pytest.mark.parametrize(
    "text",
    [
        "10:30",
        "Step 1: lay out the panels",
        "Note: D-45",
        "a 1:1 mix",
        "(a)",
        "a) Sage b) Blue c) Cream",
        "<3 kg",
        "model XD-200",
        "© 2026 Shop Ltd.",
        "Brand® Name™",
        "Call #5 or *7",
        "https://www.amazon.com/x",
        "8) eight",
    ],
)
def test_emoji_near_misses(text: str) -> None:
    assert find_emoji(text) == [], text


def test_emoji_rule_in_subject_and_body() -> None:
    assert "style.emoji" in fired(build(text=BODY, subject=f"Order {ORDER} ✨"))
    assert "style.emoji" in fired(build(text=f"{BODY}\n\nHope you enjoy it :)"))
    assert "style.emoji" not in fired(
        build(text=f"{BODY}\n\nWe pack between 10:30 and 14:00. Step 1: open the box.")
    )


# --- style ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("style", "fires"),
    [
        ("margin: 0 25%", True),
        ("margin-left: 130px", True),
        ("padding: 0 0 0 100pt", True),
        ("margin: 12px", False),
        ("padding: 0 20%", False),
        ("margin: 0 auto", False),
        ("margin-right: 8em", True),
    ],
)
def test_margin(style: str, fires: bool) -> None:
    raw = build(html=html_doc(f'<div style="{style}"><p>Text</p></div>'))
    assert ("style.margin" in fired(raw)) is fires


@pytest.mark.parametrize(
    ("markup", "fires"),
    [
        ('<p style="font-family: Arial">x</p>', True),
        ('<p style="color: #333">x</p>', True),
        ('<p style="line-height: 1.6">x</p>', True),
        ('<p style="font: 14px Georgia">x</p>', True),
        ('<font face="Arial">x</font>', True),
        ("<style>p { color: red; }</style><p>x</p>", True),
        ('<p style="background-color: #eee; border: 1px solid #ccc">x</p>', False),
        ('<p style="font-weight: bold">x</p>', False),
    ],
)
def test_font_override(markup: str, fires: bool) -> None:
    assert ("style.font-override" in fired(build(html=html_doc(markup)))) is fires


def test_font_override_on_body_and_body_text_attribute() -> None:
    assert "style.font-override" in fired(build(html=html_doc("", ' style="font-family: Arial"')))
    assert "style.font-override" in fired(build(html=html_doc("", ' text="#333333"')))


def test_font_sizes_counted_with_headings_and_default() -> None:
    five = "".join(f'<p style="font-size: {s}px">t{s}</p>' for s in (26, 20, 18, 15, 11))
    assert "style.font-sizes" in fired(build(html=html_doc(five)))
    same = '<p style="font-size: 12pt">a</p><p style="font-size: 16px">b</p><h1>c</h1>'
    assert "style.font-sizes" not in fired(build(html=html_doc(same)))  # 16px (=12pt, default) and h1
    four = '<h1>a</h1><h2>b</h2><p style="font-size: 11px">c</p>'
    assert "style.font-sizes" in fired(build(html=html_doc(four)))  # h1, h2, 11px and the default


@pytest.mark.parametrize(
    ("markup", "fires"),
    [
        ('<div style="text-align: center">x</div>', True),
        ('<p style="text-align: justify">x</p>', True),
        ('<p style="text-align: end">x</p>', True),
        ('<p align="right">x</p>', True),
        ("<center>x</center>", True),
        ('<p style="text-align: left">x</p>', False),
        ('<p style="text-align: start">x</p>', False),
        ('<img src="https://cdn.shop.example/l.png" alt="Shop" align="middle" width="10">', False),
    ],
)
def test_alignment(markup: str, fires: bool) -> None:
    assert ("style.alignment" in fired(build(html=html_doc(markup)))) is fires


@pytest.mark.parametrize(
    ("markup", "fires"),
    [
        ("<p>a<br><br><br>b</p>", True),
        ("<p>a</p><p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p><p>b</p>", True),
        ("<div>a</div><div><br></div><div><br></div><div><br></div><div>b</div>", True),
        ("<p>a<br><br>b</p>", False),
        ("<div>a</div><div><br></div><div>b</div>", False),
        ("<p>a<br></p><p>&nbsp;</p><p>b</p>", False),
    ],
)
def test_line_breaks_html(markup: str, fires: bool) -> None:
    assert ("style.line-breaks" in fired(build(html=html_doc(markup)))) is fires


def test_line_breaks_plain_text() -> None:
    assert "style.line-breaks" in fired(build(text=f"Hello,\n\nOrder {ORDER} ships Friday.\n\n\n\nRegards"))
    assert "style.line-breaks" not in fired(build(text=f"Hello,\n\nOrder {ORDER} ships Friday.\n\nRegards"))


def test_line_breaks_judge_the_html_leg_of_an_alternative() -> None:
    # Outlook's text leg of two empty paragraphs (which pass in the HTML) has two blank lines of no-break
    # spaces: the buyer reads the HTML leg, so the client-made text leg is not judged
    text = f"Hello,\n\nOrder {ORDER} ships Friday.\n\u00a0\n\u00a0\nRegards"
    ok_html = html_doc(f"<p>Hello,</p><p>Order {ORDER} ships Friday.</p><p>&nbsp;</p><p>&nbsp;</p><p>Regards</p>")
    assert "style.line-breaks" in fired(build(text=text))
    assert "style.line-breaks" not in fired(build(text=text, html=ok_html))
    bad_html = html_doc(f"<p>Hello,</p><p>Order {ORDER} ships Friday.<br><br><br><br>Regards</p>")
    assert "style.line-breaks" in fired(build(text=f"Hello,\n\nOrder {ORDER} ships Friday.\n\nRegards", html=bad_html))


def test_rule_documentation_shape() -> None:
    from policies.rule import registered

    ids = [
        "link.insecure",
        "link.external",
        "link.opt-out",
        "style.link-text",
        "attachment.not-allowed",
        "image.logo-link",
        "image.tracking-pixel",
        "image.product-photo",
        "image.not-brand",
        "image.insecure",
        "style.animated-gif",
        "style.image-alt",
        "style.image-width",
        "content.email-address",
        "content.phone-number",
        "content.sensitive",
        "content.spelling",
        "style.emoji",
        "style.margin",
        "style.font-override",
        "style.font-sizes",
        "style.alignment",
        "style.line-breaks",
    ]
    rules = registered()
    for rule_id in ids:
        doc = rules[rule_id].explanation
        for heading in ("## What it does", "## Why is this bad?", "## Example", "## Fix"):
            assert heading in doc, (rule_id, heading)


def test_inline_image_bytes_roundtrip_base64() -> None:
    # Sanity check of the builder: inline parts arrive base64-encoded and are decoded by the model.
    raw = build(
        text=BODY, html=html_doc('<img src="cid:b@x" alt="Shop">'), inline=[("b@x", "image/png", png(5, 5))]
    )
    assert base64.b64encode(png(5, 5))[:10] in raw
    msg = parse_message(raw)
    assert msg.images[0].pixels is not None and msg.images[0].pixels.width == 5
    assert msg.attachments == []


def test_an_image_claiming_billions_of_pixels_is_judged_by_its_width() -> None:
    """PIL's decompression-bomb guard refuses to open such an image; only its header is read, so its
    claimed width still reaches style.image-width (it used to be unjudged: no size at all)."""
    import struct
    import zlib

    raw = bytearray(png(1, 1))
    ihdr = struct.pack(">IIBBBBB", 60000, 60000, 8, 2, 0, 0, 0)
    raw[16:29] = ihdr
    raw[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    wide = build(text=BODY, html=html_doc('<img src="cid:b@x" alt="Shop banner">'),
                 inline=[("b@x", "image/png", bytes(raw))])
    assert "style.image-width" in fired(wide)
