#!/usr/bin/env python3
"""Build the forty-seventh labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_fortyseventh/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug, images drawn with
Pillow). Written blind from the guidelines and RULES.md (sections D and E with the Clarifications), not from
the rule data. The HTML is written the way mail clients and helpdesks produce it: Outlook's Word HTML
(MsoNormal, o:p, conditional comments, mso- styles, @page margins), Gmail (div dir=ltr, gmail_quote,
gmail_signature), Apple Mail, Thunderbird (moz-cite-prefix, moz-signature), Zendesk / Freshdesk / Gorgias /
Help Scout templates and Shopify-style notification tables, with quoted reply history, signature logos,
social icons, tracking pixels and attachments.
"""

from __future__ import annotations

import html as htmlmod
import random
import re
import sys
from email import policy
from email.parser import BytesParser
from functools import partial
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))
from corpus_build import (  # noqa: E402
    OrderBook,
    add_case,
    animated_gif,
    banner_png,
    collect_by_language,
    img_bytes,
    lang_counts,
    logo_jpeg,
    logo_png,
    mail_date,
    make_docx,
    make_pdf,
    mk,
    reply_headers,
    set_boundaries,
    verify,
    write_cases,
    write_orders,
    zip_bytes,
)

_rnd = random.Random(47_2026_0615)
_PREFIX = {"co.uk": "20", "de": "30", "fr": "40", "es": "40", "it": "40", "co.jp": "25"}
_TLD = {"en": "co.uk", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T09:00:00Z", shipped="2026-06-02T15:00:00Z",
                 delivered="2026-06-05T11:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
PRODUCER = "Forty-seventh corpus PDF writer 1.0"

# Every rule of sections D and E (the angle of this corpus) plus the order-context rules; each must stay
# silent unless named in a case's rules or tolerated.
TARGET = ["link.insecure", "link.external", "link.opt-out", "attachment.not-allowed", "image.logo-link",
          "image.tracking-pixel", "image.product-photo", "content.email-address", "content.phone-number",
          "style.link-text", "style.image-alt", "style.emoji", "style.animated-gif", "style.margin",
          "style.image-width", "style.font-override", "style.font-sizes", "style.alignment", "style.line-breaks",
          "image.insecure"]
OTHER = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "language.mismatch",
         "type.order-confirmation", "type.thank-you-only", "type.marketing", "review.incentive", "content.sensitive"]

B64 = {"cte": "base64"}
QP = {"cte": "quoted-printable"}
L1 = {"charset": "windows-1252", "cte": "quoted-printable"}
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
SJIS = {"charset": "shift_jis", "cte": "base64"}

# --------------------------------------------------------------------------------------------
# Images (real bytes)
# --------------------------------------------------------------------------------------------


def pixel_gif() -> bytes:
    """A 1x1 transparent GIF (the classic spacer / open-tracking image)."""
    img = Image.new("P", (1, 1), 0)
    img.putpalette([255, 255, 255] + [0, 0, 0] * 255)
    return img_bytes(img, "GIF", transparency=0)


def static_gif_logo(text: str) -> bytes:
    img = Image.new("RGB", (160, 48), (24, 70, 110))
    d = ImageDraw.Draw(img)
    d.rectangle([3, 3, 156, 44], outline=(230, 200, 120), width=2)
    d.text((14, 18), text, fill=(250, 250, 250))
    return img_bytes(img.convert("P", palette=Image.ADAPTIVE, colors=16), "GIF")


def wide_photo(width: int, height: int, text: str, bg=(214, 220, 226)) -> bytes:
    img = Image.new("RGB", (width, height), bg)
    d = ImageDraw.Draw(img)
    for x in range(0, width, max(width // 8, 1)):
        d.line([(x, 0), (x + height // 2, height)], fill=(190, 196, 204), width=3)
    d.rectangle([10, 10, width - 11, height - 11], outline=(70, 70, 70), width=2)
    d.text((24, height // 2 - 6), text, fill=(30, 30, 30))
    return img_bytes(img, "PNG", optimize=True)


def receipt_jpeg(text: str) -> bytes:
    img = Image.new("RGB", (360, 520), (250, 250, 244))
    d = ImageDraw.Draw(img)
    for i, y in enumerate(range(40, 480, 28)):
        d.line([(30, y), (330 - (i % 3) * 40, y)], fill=(90, 90, 90), width=2)
    d.text((30, 14), text, fill=(20, 20, 20))
    return img_bytes(img, "JPEG", quality=84)


def product_jpeg() -> bytes:
    img = Image.new("RGB", (320, 320), (238, 232, 222))
    d = ImageDraw.Draw(img)
    d.ellipse([70, 110, 250, 270], fill=(30, 30, 34))
    d.rectangle([230, 140, 290, 160], fill=(30, 30, 34))
    d.arc([110, 60, 210, 150], 180, 360, fill=(30, 30, 34), width=8)
    return img_bytes(img, "JPEG", quality=85)


def social_png(letter: str, bg: tuple[int, int, int]) -> bytes:
    img = Image.new("RGB", (24, 24), bg)
    ImageDraw.Draw(img).text((8, 6), letter, fill=(255, 255, 255))
    return img_bytes(img, "PNG", optimize=True)


def xlsx_bytes() -> bytes:
    """A minimal SpreadsheetML workbook container (a zip), enough to be sniffed as an office file."""
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxml'
                               'formats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" '
                               'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.'
                               'main+xml"/></Types>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats'
                           '.org/spreadsheetml/2006/main"><sheets><sheet name="見積" sheetId="1"/></sheets>'
                           '</workbook>',
    }
    return zip_bytes({k: v.encode("utf-8") for k, v in files.items()}, date_time=(2026, 6, 10, 9, 0, 0))


# --------------------------------------------------------------------------------------------
# Paragraph mini-markup: [[text|url]] is a link (HTML <a>, text part "text <url>")
# --------------------------------------------------------------------------------------------

_LINK = re.compile(r"\[\[(.+?)\|(.+?)\]\]")


def h(s: str) -> str:
    """Escape a line and turn [[text|url]] into an anchor."""
    out, pos = [], 0
    for m in _LINK.finditer(s):
        out.append(htmlmod.escape(s[pos:m.start()], quote=False))
        out.append(f'<a href="{htmlmod.escape(m.group(2))}">{htmlmod.escape(m.group(1), quote=False)}</a>')
        pos = m.end()
    out.append(htmlmod.escape(s[pos:], quote=False))
    return "".join(out)


def t(s: str) -> str:
    return _LINK.sub(lambda m: f"{m.group(1)} <{m.group(2)}>", s)


def plain(paras: list[str], sig: list[str] = (), quoted: tuple[str, list[str]] | None = None,
          sep: str = "") -> str:
    out = "\n\n".join("\n".join(t(ln) for ln in p.split("\n")) for p in paras)
    if sig:
        out += "\n\n" + (sep + "\n" if sep else "") + "\n".join(sig)
    if quoted:
        attr, lines = quoted
        out += "\n\n" + attr + "\n" + "\n".join(("> " + t(ln)) if ln else ">" for ln in lines)
    return out + "\n"


# --------------------------------------------------------------------------------------------
# Mail-client HTML flavours
# --------------------------------------------------------------------------------------------

OUTLOOK_FONTS = """p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;
\tmso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:#0563C1;
\ttext-decoration:underline;}
span.E-MailFormatvorlage17
\t{mso-style-type:personal-compose;
\tfont-family:"Calibri",sans-serif;
\tcolor:windowtext;}
.MsoChpDefault
\t{mso-style-type:export-only;
\tfont-family:"Calibri",sans-serif;
\tmso-fareast-language:EN-US;}"""

OUTLOOK_PLAIN = """p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tfont-size:11.0pt;
\tmso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\ttext-decoration:underline;}
.MsoChpDefault
\t{mso-style-type:export-only;
\tmso-fareast-language:EN-US;}"""


def outlook(paras: list[str], sig_html: str, *, lang: str = "EN-GB", styles: str = OUTLOOK_FONTS,
            body_attrs: str = ' link="#0563C1" vlink="#954F72"', pstyle: str = "",
            page_margin: str = "72.0pt 72.0pt 72.0pt 72.0pt", empties_before_sig: int = 1,
            quoted: str = "", fonts_decl: str = "Calibri") -> str:
    """Word-generated HTML as Outlook for Windows sends it: one MsoNormal paragraph per line, an empty
    <o:p>&nbsp;</o:p> paragraph per blank line, WordSection1 with @page margins."""
    empty = "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
    body = []
    for i, p in enumerate(paras):
        if i:
            body.append(empty)
        for ln in p.split("\n"):
            body.append(f"<p class=MsoNormal{pstyle}>{h(ln)}<o:p></o:p></p>\n")
    body.append(empty * empties_before_sig)
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" \
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" \
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=Generator content="Microsoft Word 15 (filtered medium)">
<!--[if !mso]><style>v\\:* {{behavior:url(#default#VML);}}
o\\:* {{behavior:url(#default#VML);}}
w\\:* {{behavior:url(#default#VML);}}
.shape {{behavior:url(#default#VML);}}
</style><![endif]--><style><!--
/* Font Definitions */
@font-face
\t{{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
\t{{font-family:{fonts_decl};
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}}
/* Style Definitions */
{styles}
@page WordSection1
\t{{size:612.0pt 792.0pt;
\tmargin:{page_margin};}}
div.WordSection1
\t{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang={lang}{body_attrs} style='word-wrap:break-word'>
<div class=WordSection1>
{"".join(body)}{sig_html}
{quoted}</div>
</body>
</html>
"""


def outlook_quote(header: list[tuple[str, str]], lines: list[str]) -> str:
    """Outlook's quoted history: a top border rule, the From/Sent/To/Subject block, the buyer's text."""
    hdr = "<br>\n".join(f"<b>{htmlmod.escape(k)}</b> {htmlmod.escape(v)}" for k, v in header)
    body = "\n".join(f"<p class=MsoNormal>{h(ln) if ln else '&nbsp;'}<o:p></o:p></p>" for ln in lines)
    return f"""<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>
<p class=MsoNormal>{hdr}<o:p></o:p></p>
</div>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
{body}
"""


def gmail(paras: list[str], sig_html: str, quoted: tuple[str, list[str]] | None = None) -> str:
    """Gmail's compose HTML: a dir=ltr div, one div per line, <div><br></div> for blank lines, the
    signature after '-- ', the quote in gmail_quote / blockquote."""
    parts = []
    for i, p in enumerate(paras):
        if i:
            parts.append("<div><br></div>")
        for ln in p.split("\n"):
            parts.append(f"<div>{h(ln)}</div>")
    out = '<div dir="ltr">' + "".join(parts)
    out += ('<div><br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
            f'<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">{sig_html}</div></div></div>')
    if quoted:
        attr, lines = quoted
        q = "<br>".join(h(ln) for ln in lines)
        out += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                f"{htmlmod.escape(attr, quote=False)}<br></div>"
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                f'rgb(204,204,204);padding-left:1ex"><div dir="ltr">{q}</div></blockquote></div>')
    return out + "\n"


def apple(paras: list[str], sig_html: str, quoted: tuple[str, list[str]] | None = None) -> str:
    parts = []
    for i, p in enumerate(paras):
        if i:
            parts.append("<div><br></div>")
        for ln in p.split("\n"):
            parts.append(f"<div>{h(ln)}</div>")
    out = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
           + "".join(parts) + "<div><br></div>" + sig_html)
    if quoted:
        attr, lines = quoted
        q = "".join(f"<div>{h(ln) if ln else '<br>'}</div>" for ln in lines)
        out += (f'<div><br><blockquote type="cite"><div>{htmlmod.escape(attr, quote=False)}</div>'
                f'<br class="Apple-interchange-newline"><div><div>{q}</div></div></blockquote></div>')
    return out + "</body></html>\n"


def thunderbird(paras: list[str], sig_html: str, quoted: tuple[str, list[str]] | None = None,
                mid: str = "") -> str:
    body = "".join("<p>" + "<br>\n".join(h(ln) for ln in p.split("\n")) + "</p>\n" for p in paras)
    out = ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; '
           'charset=UTF-8">\n  </head>\n  <body>\n' + body
           + f'    <div class="moz-signature">-- <br>\n{sig_html}</div>\n')
    if quoted:
        attr, lines = quoted
        q = "<br>\n".join(h(ln) for ln in lines)
        out += (f'    <div class="moz-cite-prefix">{htmlmod.escape(attr, quote=False)}<br>\n    </div>\n'
                f'    <blockquote type="cite" cite="mid:{mid}">{q}</blockquote>\n')
    return out + "  </body>\n</html>\n"


# --------------------------------------------------------------------------------------------
# Case assembly
# --------------------------------------------------------------------------------------------

def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str,
         text: str | None, html: str | None, day: int = 12, reply: bool = False,
         tolerated: tuple[str, ...] = (), enc: dict | None = None, related=(), attach=(), headers=(),
         crlf: bool = False, tz: str = "+0100") -> None:
    hdrs = list(reply_headers(f"0102019c.47.{slug[:22]}")) if reply else []
    hdrs += list(headers)
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*TARGET, *OTHER) if r not in rules and r not in tol]
    kw = dict(enc or QP)
    msg = mk(frm, to, subject, mail_date(day, "11:24:51", tz), f"<f47.{slug}@{dom}>", text=text, html=html,
             related=related, attach=attach, headers=hdrs, **kw)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, crlf=crlf)


def png_rel(data: bytes, cid: str, name: str) -> tuple:
    return (data, "image", "png", cid, name)


def sig_lines(*lines: str) -> str:
    return "<br>".join(htmlmod.escape(x, quote=False) for x in lines)


# --------------------------------------------------------------------------------------------
# English (amazon.co.uk)
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    # 1. Outlook Word HTML without font or colour declarations, @page margins of 72pt (96 px), two empty
    #    o:p paragraphs before the signature, an inline logo whose alt is the brand only, a PDF invoice.
    o, b = order("en-invoice", "en", "Penrose Stonewashed Linen Duvet Cover, King, Sage")
    frm = "Penrose Linen Co. <accounts@penroselinen.co.uk>"
    paras = ["Dear customer,",
             f"Your order {o} was placed from a business account, so we are sending the VAT invoice for it. "
             "It is attached to this message as a PDF and shows our VAT number, the net amount and the 20% VAT "
             "separately, ready for your bookkeeping.",
             "The invoice covers the duvet cover only; the delivery was free of charge and does not appear on "
             "it."]
    sig = ("<p class=MsoNormal>Kind regards,<o:p></o:p></p>\n<p class=MsoNormal>Imogen Tate<o:p></o:p></p>\n"
           "<p class=MsoNormal>Penrose Linen Co.<o:p></o:p></p>\n<p class=MsoNormal><img width=150 height=44 "
           "style='width:1.5625in;height:.4583in' id=\"Picture_x0020_1\" src=\"cid:image001.png@01DCF6B2.3A7C5E10\" "
           "alt=\"Penrose Linen Co.\"><o:p></o:p></p>")
    html = outlook(paras, sig, styles=OUTLOOK_PLAIN, body_attrs="", empties_before_sig=2)
    case("en-outlook-invoice-no-fonts", "relay", [],
         "Outlook Word HTML whose style block only declares @font-face faces, margins and mso- properties (no "
         "font-family, colour or line-height applied to text), page margins of 72pt = 96 px (16 %), two empty "
         "o:p paragraphs in a row (not more than two), xmlns http:// namespaces (not links), a 150 px logo "
         "whose alt is the brand, and the PDF invoice: nothing to object to.",
         to=b, frm=frm, subject=f"VAT invoice for your order {o}", day=9, tz="+0100",
         text=plain(paras, ["Kind regards,", "Imogen Tate", "Penrose Linen Co."]), html=html,
         related=[(logo_png("PENROSE LINEN"), "image", "png", "<image001.png@01DCF6B2.3A7C5E10>", "image001.png")],
         attach=[(make_pdf("Invoice PL-26-04417", ["VAT invoice PL-26-04417", f"Amazon order {o}",
                                                   "Stonewashed Linen Duvet Cover, King, Sage  1 x 74.17 GBP",
                                                   "VAT 20%  14.83 GBP", "Total  89.00 GBP",
                                                   "Penrose Linen Co. Ltd, VAT GB 318 4417 62"],
                           producer=PRODUCER), "application", "pdf", f"Invoice_PL-26-04417_{o}.pdf")])

    # 2. Outlook reply with the usual Calibri style block, a coloured signature with the studio's own phone
    #    line and the Outlook From/Sent/To header of the quoted history naming the seller's own address.
    o, b = order("en-outlook-reply", "en", "Wrenfield Speckled Stoneware Mug Set of 4")
    paras = ["Hello,",
             f"Thank you for the photo of the mug from order {o}. The small dark spots in the glaze are iron "
             "flecks from the clay and are part of the speckled finish; they are sealed under the glaze and are "
             "perfectly safe in the dishwasher and microwave.",
             "If one of the four has an actual chip or crack, send us a picture of it and we will replace that "
             "mug."]
    sig = ("<p class=MsoNormal><span style='color:#1F3864'>Best wishes,<o:p></o:p></span></p>\n"
           "<p class=MsoNormal><b><span style='color:#1F3864'>Tom Ashby</span></b><span style='color:#1F3864'> | "
           "Customer Care<o:p></o:p></span></p>\n<p class=MsoNormal><span style='font-size:9.0pt;color:#7F7F7F'>"
           "Wrenfield Ceramics Ltd &middot; T: 01632 960418 &middot; Studio open Mon&#8211;Fri 9&#8211;5"
           "<o:p></o:p></span></p>")
    q_hdr = [("From:", f"{b} <{b}>"), ("Sent:", "Monday, 8 June 2026 14:02"),
             ("To:", "Wrenfield Ceramics <hello@wrenfieldceramics.co.uk>"),
             ("Subject:", f"Question about order {o}")]
    q_lines = ["Hi, two of the mugs have little black dots on them. Is that normal? Are they still ok to go in "
               "the dishwasher?"]
    html = outlook(paras, sig, quoted=outlook_quote(q_hdr, q_lines))
    text = plain(paras, ["Best wishes,", "Tom Ashby | Customer Care",
                         "Wrenfield Ceramics Ltd - T: 01632 960418 - Studio open Mon-Fri 9-5"])
    text += "\nFrom: " + q_hdr[0][1] + "\nSent: " + q_hdr[1][1] + "\nTo: " + q_hdr[2][1] + "\nSubject: " + \
        q_hdr[3][1] + "\n\n" + q_lines[0] + "\n"
    case("en-outlook-reply-studio-phone-quoted-to", "reject",
         ["style.font-override", "content.phone-number", "content.email-address"],
         "Outlook reply: the Calibri/colour style block and coloured signature override font family and colour; "
         "the studio's own phone line is not a warranty, carrier or manufacturer number; the quoted Outlook "
         "header 'To: Wrenfield Ceramics <hello@...>' is an email address in the body (only the buyer's alias "
         "is ignored).",
         to=b, frm="Wrenfield Ceramics <hello@wrenfieldceramics.co.uk>", subject=f"RE: Question about order {o}",
         reply=True, day=8, text=text, html=html)

    # 3. Gmail reply with the carrier's number on the same line as the carrier.
    o, b = order("en-gmail", "en", "Kestrel Assam Breakfast Loose Leaf Tea 500 g")
    paras = ["Hi there,",
             f"I'm sorry the tea from order {o} hasn't turned up. Royal Mail's tracking shows it as delivered to "
             "a safe place on Saturday morning, so it may be worth checking the porch, the bins or with a "
             "neighbour first.",
             "If it isn't there, the Royal Mail customer service line is 03457 740 740 and they can ask the "
             "delivery office which safe place the postman used.",
             "If it still hasn't appeared by Thursday, just reply here and we'll post a replacement caddy."]
    q = (f"On Mon, 8 Jun 2026 at 14:02, <{b}> wrote:",
         ["Hello, my order says delivered but there's nothing here. Can you help?"])
    case("en-gmail-royal-mail-line", "relay", [],
         "Gmail reply: dir=ltr divs, '-- ' signature, a gmail_quote blockquote with a grey border colour and "
         "1ex padding; the Royal Mail number stands in the sentence naming Royal Mail (a carrier), and the "
         "attribution names only the buyer's own alias.",
         to=b, frm="Kestrel Tea Company <ruth@kestreltea.co.uk>", subject=f"Re: Order {o} not arrived",
         reply=True, day=9, text=plain(paras, ["Ruth Okafor", "Kestrel Tea Company"], q, sep="-- "),
         html=gmail(paras, '<div dir="ltr">Ruth Okafor<div>Kestrel Tea Company</div></div>', q))

    # 4. Help Scout reply with the open-tracking beacon.
    o, b = order("en-helpscout", "en", "Fernleaf Stainless Steel Border Spade")
    paras = ["Hi,",
             f"The spade from order {o} has a lifetime guarantee on the blade and the socket, so a bent blade is "
             "covered. Could you tell us roughly how deep the spade was in the ground when it bent, and whether "
             "it was in clay or stony soil? We only need that for the guarantee record.",
             "Once we have it, we'll send a new spade straight away."]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
            '<div id="hs-reply">\n' + "".join(f"<p>{h(p)}</p>\n" for p in paras)
            + "<p>Mara<br>Fernleaf Garden Tools</p>\n</div>\n"
            '<div class="hs-original"><blockquote>The blade of my new spade bent the second time I used it.'
            "</blockquote></div>\n"
            '<img src="https://secure.helpscout.net/mail/open/6f2a9c1e7b/4417206589/a9f3d7c2e1b84e0f.gif" '
            'width="1" height="1" alt="" style="display:block;border:0">\n</body></html>\n')
    case("en-helpscout-open-beacon", "reject", ["image.tracking-pixel", "style.image-alt"],
         "Help Scout reply asking for needed guarantee details, but the helpdesk appends a remote 1x1 open-"
         "tracking image with a per-message token, and its alt is empty.",
         to=b, frm="Fernleaf Garden Tools <help@fernleaf-tools.co.uk>", subject=f"Re: Bent spade (order {o})",
         reply=True, day=10, text=plain(paras, ["Mara", "Fernleaf Garden Tools"]), html=html)

    # 5. Shopify-style notification table used for a proactive engraving question.
    o, b = order("en-shopify", "en", "Thistle & Anvil Engraved Pewter Hip Flask 6 oz")
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<title>We need your engraving text</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width">
<style>
.button__cell {{ background: #1a1a1a; }}
body {{ margin: 0; }}
h1 a {{ text-decoration: none; }}
body, table, td, p, span {{ font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, \
sans-serif; }}
.shop-name__text {{ font-size: 28px; font-weight: 600; }}
h2 {{ font-size: 24px; font-weight: normal; margin: 0 0 10px; }}
p {{ font-size: 16px; color: #777; line-height: 150%; margin: 0; }}
.disclaimer__subtext {{ color: #999; line-height: 150%; font-size: 14px; }}
.container {{ width: 560px; text-align: left; margin: 0 auto; }}
</style>
</head>
<body>
<table class="body"><tr><td>
<table class="header row"><tr><td class="header__cell">
<center>
<table class="container"><tr><td>
<table class="row"><tr><td class="shop-name__cell">
<a href="https://thistleandanvil.co.uk"><img src="https://cdn.shopify.com/s/files/1/0733/4412/files/\
thistle-anvil-logo.png?v=1712" alt="Thistle &amp; Anvil" width="180"></a>
</td><td class="order-number__cell"><span class="order-number__text">Order {o}</span></td></tr></table>
</td></tr></table>
</center>
</td></tr></table>
<table class="row content"><tr><td class="content__cell">
<center>
<table class="container"><tr><td>
<h2>We need your engraving text</h2>
<p>Your pewter hip flask is ready for engraving, but the personalisation box on your order {o} was left empty.
Please reply to this message with the initials or short text you would like (up to 20 characters) and whether
you prefer script or block letters.</p>
<p>We will engrave and dispatch it within one working day of your reply.</p>
</td></tr></table>
</center>
</td></tr></table>
<table class="row footer"><tr><td class="footer__cell">
<center>
<table class="container"><tr><td>
<p class="disclaimer__subtext">Questions? Just reply to this message.</p>
</td></tr></table>
</center>
</td></tr></table>
</td></tr></table>
</body>
</html>
"""
    text = (f"We need your engraving text\n\nYour pewter hip flask is ready for engraving, but the personalisation "
            f"box on your order {o} was left empty.\nPlease reply to this message with the initials or short text "
            "you would like (up to 20 characters) and whether\nyou prefer script or block letters.\n\nWe will "
            "engrave and dispatch it within one working day of your reply.\n\nQuestions? Just reply to this "
            "message.\n")
    case("en-shopify-engraving-template", "reject",
         ["style.alignment", "style.font-override", "image.logo-link", "link.external"],
         "A permitted question (the missing engraving text) in a Shopify-style notification: <center> wrappers, a "
         "font stack, grey text colour and line-height, and the shop logo linked to the shop's own website. "
         "Sizes: the default (the order number), 24, 16 and 14 px: whether an explicit 16px and the default "
         "size are one size is open, so style.font-sizes is tolerated.",
         to=b, frm="Thistle & Anvil <orders@thistleandanvil.co.uk>", subject=f"Order {o}: engraving text needed",
         day=8, text=text, html=html, tolerated=("style.font-sizes",))

    # 6. Apple Mail reply with an https Amazon link with explanatory text and a brand logo.
    o, b = order("en-apple", "en", "Marlow Lambswool Crew Neck Jumper, Navy, M")
    paras = ["Hello,",
             f"The jumper in order {o} is a size M, which measures 104 cm around the chest and 66 cm from "
             "shoulder to hem. The full size table is on the product page, under 'Product information'.",
             "If you would rather have the L, you can request an exchange from "
             f"[[your order details on Amazon|https://www.amazon.co.uk/gp/your-account/order-details?"
             f"ie=UTF8&orderID={o}]] and we will send the larger size as soon as it is requested."]
    sig = ('<div>Hannah Price</div><div>Marlow Knitwear</div><div><img src="cid:mk-logo@apple" '
           'alt="Marlow Knitwear" width="120" height="35"></div>')
    q = (f"On 8 Jun 2026, at 14:02, {b} wrote:", ["Is this a true M? It looks small on me."])
    case("en-apple-mail-amazon-order-link", "relay", [],
         "Apple Mail reply: the body style sets word wrapping and 'line-break: after-white-space' (not line-"
         "height); the https amazon.co.uk link has explanatory text; the logo's alt is the brand and it links "
         "nowhere.",
         to=b, frm="Marlow Knitwear <hannah@marlowknitwear.co.uk>", subject=f"Re: Sizing of order {o}",
         reply=True, day=9, text=plain(paras, ["Hannah Price", "Marlow Knitwear"], q), html=apple(paras, sig, q),
         related=[(logo_jpeg("MARLOW", (120, 35)), "image", "jpeg", "<mk-logo@apple>", "marlow.jpg")])

    # 7. Thunderbird reply whose signature logo is loaded over http.
    o, b = order("en-tb", "en", "Oak Hollow Solid Oak Double Wardrobe")
    paras = ["Good afternoon,",
             f"Thank you for choosing a slot for order {o}. Our two-man crew will deliver the wardrobe on "
             "Wednesday 17 June between 8am and 12pm and carry it to the room of your choice.",
             "As the wardrobe comes in two pieces of about 60 kg each, could you confirm that the stairs are at "
             "least 80 cm wide at the turn?"]
    sig = ('<img src="http://www.oakhollowfurniture.co.uk/email/sig-logo.png" alt="Oak Hollow Furniture" '
           'width="140" height="40"><br>\nDeliveries team')
    q = (f"On 08/06/2026 14:02, {b} wrote:", ["Wednesday morning works best for us."])
    case("en-thunderbird-http-signature-logo", "reject", ["image.insecure"],
         "Thunderbird reply scheduling a heavy delivery (permitted); the moz-signature logo is loaded over "
         "http://, an unsecure image (an img src is not a link, so link.insecure stays quiet).",
         to=b, frm="Oak Hollow Furniture <deliveries@oakhollowfurniture.co.uk>",
         subject=f"Re: Delivery slot for order {o}", reply=True, day=9,
         text=plain(paras, ["Oak Hollow Furniture", "Deliveries team"], q, sep="-- "),
         html=thunderbird(paras, sig, q, mid="0102019c8f2e.47@email.amazonses.com"), crlf=True)

    # 8. Zendesk notification template.
    o, b = order("en-zendesk", "en", "Grainger Hydraulic Disc Brake Set, Front and Rear")
    body = ("Hi,<br><br>To bed in the new pads from order " + o + ", ride at about 20 km/h and brake firmly "
            "to walking pace ten times, without locking the wheel. The squeal you hear should then stop.<br><br>"
            "If it does not, please tell us whether the rotors are 160 or 180 mm, so we can check the pads "
            "match.")
    html = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div style="color: #b5b5b5;">##- Please type your reply above this line -##</div>
<p dir="ltr" style="color: #2b2e2f; font-family: 'Lucida Sans Unicode', 'Lucida Grande', 'Tahoma', Verdana, sans-serif; \
font-size: 14px; line-height: 22px; margin: 15px 0">Your request (48213) has been updated. To add additional comments, \
reply to this email.</p>
<div style="margin-top: 25px">
<table width="100%" cellpadding="0" cellspacing="0" border="0" role="presentation">
<tr><td width="100%" style="padding: 15px 0; border-top: 1px dotted #c5c5c5;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="table-layout:fixed;" role="presentation">
<tr><td width="100%" style="padding: 0; margin: 0;" valign="top">
<p style="font-family: 'Lucida Grande','Lucida Sans Unicode','Lucida Sans',Verdana,Tahoma,sans-serif; font-size: 15px; \
line-height: 18px; margin-bottom: 0; margin-top: 0; padding: 0; color:#1b1d1e;"><strong>Liam (Grainger Bikes)</strong></p>
<p style="font-family: 'Lucida Grande','Lucida Sans Unicode','Lucida Sans',Verdana,Tahoma,sans-serif; font-size: 13px; \
line-height: 25px; margin-bottom: 15px; margin-top: 0; padding: 0; color:#bbbbbb;">8 Jun 2026, 15:10 BST</p>
<div class="zd-comment" dir="auto" style="color: #2b2e2f; font-family: 'Lucida Sans Unicode', 'Lucida Grande', 'Tahoma', \
Verdana, sans-serif; font-size: 14px; line-height: 22px; margin: 15px 0">{body}</div>
</td></tr></table>
</td></tr></table>
</div>
<div style="color: #aaaaaa; margin: 10px 0 14px 0; padding-top: 10px; border-top: 1px solid #eeeeee; font-size: 12px;">
This email is a service from Grainger Bikes. Delivered by <a href="https://www.zendesk.com/support/?utm_campaign=text\
&amp;utm_content=Grainger+Bikes&amp;utm_medium=poweredbyzendesk&amp;utm_source=email-notification" \
style="color:black" target="_blank">Zendesk</a></div>
<span style="color:#FFFFFF" aria-hidden="false">[4ZQ8MX-R2V5P]</span>
</body></html>
"""
    text = ("##- Please type your reply above this line -##\n\nYour request (48213) has been updated.\n\n"
            "Liam (Grainger Bikes)\n8 Jun 2026, 15:10 BST\n\n" + body.replace("<br><br>", "\n\n") + "\n\n"
            "--------------------------------\nThis email is a service from Grainger Bikes.\n")
    case("en-zendesk-classic-template", "reject", ["style.font-override", "style.font-sizes", "link.external"],
         "Zendesk's classic notification: Lucida font stacks, grey/black text colours and line heights, four "
         "sizes (14, 15, 13, 12 px), and the 'Delivered by Zendesk' link to zendesk.com.",
         to=b, frm="Grainger Bikes <support@graingerbikes.zendesk.com>",
         subject=f"[Grainger Bikes] Re: Squealing brakes (order {o})", reply=True, day=8, text=text, html=html)

    # 9. A real PDF declared as application/octet-stream (sniffed: PDF, allowed).
    o, b = order("en-octet", "en", "Bramwell 2100 PSI Electric Pressure Washer")
    text = f"""Hello Mr Doyle,

As requested, here is the guarantee certificate for the pressure washer in
order {o}. Please keep it with your receipt: the manufacturer asks for both
if the pump ever needs a repair under the three-year guarantee.

Best regards,
Callum Reid
Bramwell Outdoor Power
"""
    msg_attach = [(make_pdf("Guarantee certificate", ["Guarantee certificate", "Bramwell 2100 PSI",
                                                       f"Amazon order {o}", "Guarantee: 3 years from delivery"],
                            producer=PRODUCER), "application", "octet-stream", "Guarantee-certificate.pdf")]
    case("en-pdf-declared-octet-stream", "relay", [],
         "A real PDF sent as application/octet-stream: sniffed from its bytes it is a PDF, an allowed type, and "
         "the guarantee certificate is what the buyer asked for.",
         to=b, frm="Bramwell Outdoor Power <support@bramwell-outdoor.co.uk>",
         subject=f"Re: Guarantee certificate for order {o}", reply=True, day=11, text=text, html=None,
         attach=msg_attach, enc={"charset": "us-ascii", "cte": "7bit"})

    # 10. A carrier tracking link (not Amazon, not on the allow-list).
    o, b = order("en-tracklink", "en", "Fenwick Cast Iron Radiator Brush Set")
    paras = ["Hello,",
             f"Your replacement brush set for order {o} went out this morning with Royal Mail Tracked 48, "
             "reference FQ 2184 6635 9GB.",
             "You can follow it on [[Royal Mail's tracking page|https://www.royalmail.com/track-your-item#/"
             "tracking-results/FQ218466359GB]]."]
    q = (f"On Tue, 9 Jun 2026 at 10:15, <{b}> wrote:", ["Has the replacement been sent yet?"])
    case("en-royal-mail-tracking-link", "reject", ["link.external"],
         "A reply with a https link to the carrier's tracking page: not an Amazon link and not on the account's "
         "allow-list (Amazon only, as FORMAT.md says); the tracking reference in text would have been enough.",
         to=b, frm="Fenwick Home <care@fenwickhome.co.uk>", subject=f"Re: Replacement for order {o}", reply=True,
         day=10, text=plain(paras, ["Priya", "Fenwick Home"], q, sep="-- "),
         html=gmail(paras, '<div dir="ltr">Priya<br>Fenwick Home</div>', q))


# --------------------------------------------------------------------------------------------
# German (amazon.de)
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    # 1. Thunderbird reply with a 480 px sketch (exactly 80 %) and a table signature (valign/align=left).
    o, b = order("de-tb", "de", "Schwebendes Wandregal Eiche massiv, 80 cm")
    paras = ["Hallo Frau Brandl,",
             f"zur Montage des Regals aus Ihrer Bestellung {o}: Die beiden Bohrlöcher liegen 64 cm "
             "auseinander, jeweils 8 cm von den Enden der Schiene entfernt. Ich habe Ihnen die Maße unten in "
             "einer kleinen Skizze eingezeichnet.",
             "Bei Gipskarton nehmen Sie bitte Hohlraumdübel statt der beigelegten Spreizdübel."]
    sig = ('<table cellpadding="0" cellspacing="0" border="0"><tr><td valign="top" align="left">'
           "Jonas Weber<br>Holzwerkstatt Alder</td></tr></table>\n")
    html = thunderbird(paras + [], sig, (f"Am 08.06.26 um 14:02 schrieb {b}:",
                                         ["Wie weit müssen die Löcher auseinander sein?"]),
                       mid="0102019c8a11.47@email.amazonses.com")
    html = html.replace("</p>\n    <div class=\"moz-signature\">",
                        '</p>\n<p><img src="cid:part1.skizze@alder" alt="Skizze mit den Bohrlochabständen" '
                        'width="480" height="190"></p>\n    <div class="moz-signature">', 1)
    sketch = Image.new("RGB", (480, 190), (250, 250, 248))
    dr = ImageDraw.Draw(sketch)
    dr.rectangle([40, 80, 440, 110], outline=(40, 40, 40), width=3)
    for x in (80, 400):
        dr.ellipse([x - 6, 89, x + 6, 101], outline=(200, 30, 30), width=3)
    dr.line([(80, 140), (400, 140)], fill=(30, 30, 30), width=2)
    dr.text((220, 150), "64 cm", fill=(30, 30, 30))
    case("de-thunderbird-skizze-480px", "relay", [],
         "Thunderbird-Antwort: eine Skizze mit width=480 (genau 80 % von 600 px, nicht darüber), Alt-Text "
         "vorhanden; die Signaturtabelle mit valign=top und align=left (links ist die Vorgabe); die Zitatzeile "
         "nennt nur die Adresse der Käuferin.",
         to=b, frm="Holzwerkstatt Alder <jonas@holzwerkstatt-alder.de>", subject=f"Re: Montage Wandregal {o}",
         reply=True, day=9, tz="+0200",
         text=plain(paras, ["Jonas Weber", "Holzwerkstatt Alder"],
                    (f"Am 08.06.26 um 14:02 schrieb {b}:", ["Wie weit müssen die Löcher auseinander sein?"]),
                    sep="-- "),
         html=html, related=[(img_bytes(sketch, "PNG", optimize=True), "image", "png", "<part1.skizze@alder>",
                              "skizze.png")])

    # 2. Outlook with justified paragraphs and three empty o:p paragraphs before the signature.
    o, b = order("de-outlook", "de", "Kleiderschrank Drehtüren 3-türig, Weiß Hochglanz, 150 cm")
    paras = ["Sehr geehrter Herr Yilmaz,",
             f"Ihr Kleiderschrank aus der Bestellung {o} wird von unserer Spedition Kraus Logistik "
             "angeliefert. Da die Lieferung bis in die Wohnung erfolgt, benötigen wir einen Termin.",
             "Bitte teilen Sie uns mit, ob Ihnen Dienstag, der 16. Juni, oder Donnerstag, der 18. Juni, "
             "jeweils zwischen 7 und 13 Uhr, besser passt, und in welchem Stockwerk Sie wohnen."]
    sig = ("<p class=MsoNormal>Mit freundlichen Grüßen<o:p></o:p></p>\n"
           "<p class=MsoNormal>Sandra Kowalczyk<o:p></o:p></p>\n<p class=MsoNormal>Möbelhaus Nordstern – "
           "Versandabteilung<o:p></o:p></p>")
    html = outlook(paras, sig, lang="DE", pstyle=" style='text-align:justify'", empties_before_sig=3,
                   page_margin="70.85pt 70.85pt 2.0cm 70.85pt")
    case("de-outlook-blocksatz-leerzeilen", "reject",
         ["style.alignment", "style.line-breaks", "style.font-override"],
         "Terminabsprache für eine Speditionslieferung (erlaubt), aber Outlook-HTML im Blocksatz "
         "(text-align:justify), mit drei leeren <o:p>&nbsp;</o:p>-Absätzen hintereinander vor der Signatur "
         "und Calibri/Linkfarben aus dem Outlook-Stilblock.",
         to=b, frm="Möbelhaus Nordstern <versand@moebelhaus-nordstern.de>",
         subject=f"Liefertermin für Ihre Bestellung {o}", day=10, tz="+0200",
         text=plain(paras, ["Mit freundlichen Grüßen", "Sandra Kowalczyk", "Möbelhaus Nordstern – Versandabteilung"]),
         html=html)

    # 3. Gmail reply with the DHL hotline next to 'DHL'.
    o, b = order("de-gmail", "de", "Espressomühle Kegelmahlwerk, Edelstahl")
    paras = ["Hallo Herr Hartmann,",
             f"laut Sendungsverfolgung liegt das Paket mit Ihrer Mühle (Bestellung {o}) seit gestern in der "
             "Postfiliale Kaiserstraße 12 zur Abholung bereit, weil niemand angetroffen wurde.",
             "Die Benachrichtigungskarte ist offenbar nicht bei Ihnen angekommen. Sie können das Paket mit "
             "Ihrem Ausweis und der Sendungsnummer 00340434188273645102 abholen. Bei Rückfragen zur Filiale "
             "hilft Ihnen auch die DHL-Hotline unter 0228 4333112 weiter.",
             "Das Paket wird dort sieben Werktage aufbewahrt."]
    q = (f"Am Mo., 8. Juni 2026 um 14:02 Uhr schrieb <{b}>:", ["Wo ist mein Paket? Laut DHL zugestellt?"])
    case("de-gmail-dhl-hotline", "relay", [],
         "Gmail-Antwort: die DHL-Nummer steht im selben Satz wie 'DHL-Hotline' (Versanddienstleister), die "
         "Sendungsnummer ist keine Telefonnummer; Zitat mit grauer Randfarbe, nur die Käuferadresse in der "
         "Zitatzeile.",
         to=b, frm="Kaffeegut Hartmann <service@kaffeegut-shop.de>", subject=f"Re: Paket {o}", reply=True,
         day=9, tz="+0200", text=plain(paras, ["Viele Grüße", "Nina Roth, Kaffeegut"], q, sep="-- "),
         html=gmail(paras, '<div dir="ltr">Viele Grüße<br>Nina Roth, Kaffeegut</div>', q), enc=B64)

    # 4. Gmail signature in grey Arial via <font>, with a remote signature image without alt.
    o, b = order("de-gmail-sig", "de", "Ledergürtel Vollrindleder 4 cm, Cognac")
    paras = ["Guten Tag,",
             f"das Leder Ihres Gürtels aus der Bestellung {o} ist pflanzlich gegerbt und dunkelt in den ersten "
             "Wochen nach. Die hellen Kratzer an der Schnalle lassen sich mit etwas farblosem Lederbalsam und "
             "einem weichen Tuch auspolieren.",
             "Wasser sollten Sie vermeiden, bis der Balsam eingezogen ist."]
    sig = ('<div dir="ltr"><font color="#888888" face="arial, sans-serif">Katrin Lenz<br>Lenz Lederwaren</font>'
           '<div><img src="https://ci3.googleusercontent.com/meips/ADKq_NbX7s2kPq0v9LzWmT4=s0-d-e1-ft#https://'
           'www.lenz-lederwaren.de/mail/logo.png" width="120" height="36"></div></div>')
    q = (f"Am Di., 9. Juni 2026 um 09:40 Uhr schrieb <{b}>:", ["Der Gürtel hat schon Kratzer, was tun?"])
    case("de-gmail-signatur-grau-ohne-alt", "reject", ["style.font-override", "style.image-alt"],
         "Gmail-Signatur mit <font color=#888888 face=arial>: Schriftfarbe und Schriftart überschrieben; das "
         "Signaturbild (über den Google-Proxy eingebunden) hat kein alt.",
         to=b, frm="Lenz Lederwaren <katrin@lenz-lederwaren.de>", subject=f"Re: Kratzer am Gürtel ({o})",
         reply=True, day=10, tz="+0200", text=plain(paras, ["Katrin Lenz", "Lenz Lederwaren"], q, sep="-- "),
         html=gmail(paras, sig, q), enc=L1)

    # 5. Invoice template: table layout with bgcolor / border colours, logo linked to the Amazon store.
    o, b = order("de-invoice", "de", "Lindholm Bienenwachs-Stumpenkerzen, 6er-Set")
    html = f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Rechnung</title></head>
<body>
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f4f4f2"><tr><td style="padding:24px 16px">
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;border:1px solid #e2e0da;\
max-width:600px"><tr><td style="padding:20px 24px">
<p><a href="https://www.amazon.de/stores/Lindholm/page/6A1F2C4E-9B0D-4E55-A3C1-77D0F1B2E813"><img src="cid:lindholm-logo"\
 alt="Lindholm" width="160" height="48" style="border:0;display:block"></a></p>
<p>Guten Tag,</p>
<p>anbei erhalten Sie die Rechnung RE-2026-3318 zu Ihrer Bestellung {o} als PDF. Die Mehrwertsteuer ist darin
gesondert ausgewiesen.</p>
<p>Viele Grüße<br>Ihre Wachsmanufaktur Lindholm</p>
<p style="border-top:1px solid #e2e0da;padding-top:8px">Wachsmanufaktur Lindholm GmbH · Amtsgericht Lüneburg HRB 20417 ·
USt-IdNr. DE314552908</p>
</td></tr></table>
</td></tr></table>
</body></html>
"""
    text = (f"Guten Tag,\n\nanbei erhalten Sie die Rechnung RE-2026-3318 zu Ihrer Bestellung {o} als PDF. Die "
            "Mehrwertsteuer ist darin\ngesondert ausgewiesen.\n\nViele Grüße\nIhre Wachsmanufaktur Lindholm\n\n"
            "Wachsmanufaktur Lindholm GmbH · Amtsgericht Lüneburg HRB 20417 · USt-IdNr. DE314552908\n")
    case("de-rechnung-logo-amazon-store", "relay", [],
         "Rechnung als PDF in einer Tabellenvorlage: Hintergrund- und Rahmenfarben sind keine Schriftfarben; "
         "das Logo verlinkt auf den Amazon-Markenshop (ein Amazon-Link), sein alt 'Lindholm' nennt nur die "
         "Marke, nicht das Produkt; HRB- und USt-IdNr. sind keine Telefonnummern.",
         to=b, frm="Wachsmanufaktur Lindholm <rechnung@wachs-lindholm.de>",
         subject=f"Ihre Rechnung zur Bestellung {o}", day=8, tz="+0200", text=text, html=html,
         related=[(logo_png("LINDHOLM", (160, 48)), "image", "png", "<lindholm-logo>", "lindholm.png")],
         attach=[(make_pdf("Rechnung RE-2026-3318", ["Rechnung RE-2026-3318", f"Amazon-Bestellung {o}",
                                                      "Bienenwachs-Stumpenkerzen 6er-Set  1 x 29,33 EUR",
                                                      "MwSt. 19 %  5,57 EUR", "Summe  34,90 EUR"],
                           producer=PRODUCER), "application", "pdf", "Rechnung_RE-2026-3318.pdf")], crlf=True)

    # 6. A Word document as attachment.
    o, b = order("de-docx", "de", "Hochbeet Lärche 120 x 80 cm mit Schneckenkante")
    text = f"""Hallo Frau Seidel,

die gedruckte Aufbauanleitung für Ihr Hochbeet (Bestellung {o}) fehlte
offenbar im Karton, das tut uns leid. Ich habe Ihnen die Anleitung als
Word-Datei angehängt; die Schrauben in Beutel B gehören an die Eckpfosten.

Viele Grüße
Markus Feld
Gartenholz Feld
"""
    case("de-anleitung-als-docx", "reject", ["attachment.not-allowed"],
         "Antwort mit einer .docx-Datei: Office-Dokumente stehen nicht auf der Liste erlaubter Anhänge "
         "(PDF, JPEG, PNG, Text).",
         to=b, frm="Gartenholz Feld <info@gartenholz-feld.de>", subject=f"Re: Anleitung fehlt – {o}",
         reply=True, day=11, tz="+0200", text=text, html=None, enc=L1,
         attach=[(make_docx(["Aufbauanleitung Hochbeet 120 x 80", "1. Eckpfosten aufstellen",
                             "2. Bretter von unten nach oben einschieben"]),
                  "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
                  "Aufbauanleitung_Hochbeet.docx")])

    # 7. Freshdesk reply: 'hier' link to the helpdesk portal, quoted in freshdesk_quote.
    o, b = order("de-freshdesk", "de", "Bewässerungscomputer mit Bodenfeuchtesensor")
    html = f"""<div dir="ltr">
<div>Hallo Herr Krüger,</div><div><br></div>
<div>der Bewässerungscomputer aus Ihrer Bestellung {o} startet nach einem Batteriewechsel im Werksmodus. Halten Sie
bitte die Taste PROG fünf Sekunden gedrückt, bis die Anzeige blinkt, und stellen Sie dann die Uhrzeit neu ein.</div>
<div><br></div>
<div>Den Verlauf Ihrer Anfrage finden Sie jederzeit <a href="https://gartentechnik-krause.freshdesk.com/support/tickets/20931"
>hier</a>.</div><div><br></div>
<div>Beste Grüße<br>Ihr Team von Gartentechnik Krause</div>
</div>
<div class="freshdesk_quote"><blockquote class="freshdesk_quote">Am Mo, 8 Jun um 14:02 , {b} schrieb:<br>
Nach dem Batteriewechsel bewässert er nicht mehr.</blockquote></div>
"""
    text = (f"Hallo Herr Krüger,\n\nder Bewässerungscomputer aus Ihrer Bestellung {o} startet nach einem "
            "Batteriewechsel im Werksmodus. Halten Sie\nbitte die Taste PROG fünf Sekunden gedrückt, bis die "
            "Anzeige blinkt, und stellen Sie dann die Uhrzeit neu ein.\n\nDen Verlauf Ihrer Anfrage finden Sie "
            "jederzeit hier:\nhttps://gartentechnik-krause.freshdesk.com/support/tickets/20931\n\nBeste Grüße\n"
            "Ihr Team von Gartentechnik Krause\n")
    case("de-freshdesk-ticket-hier", "reject", ["style.link-text", "link.external"],
         "Freshdesk-Antwort mit dem Link 'hier' (ohne erklärenden Text) auf das Ticketportal des Händlers, "
         "eine externe Seite, die für die Bestellung nicht nötig ist.",
         to=b, frm="Gartentechnik Krause <support@gartentechnik-krause.de>",
         subject="Re: Bewässerung startet nicht [#20931]", reply=True, day=9, tz="+0200", text=text, html=html)

    # 8. Apple Mail signature with a mailto link.
    o, b = order("de-apple", "de", "Kettenschloss 110 cm, Sicherheitsstufe 12")
    paras = ["Hallo,",
             f"zu Ihrem Kettenschloss aus der Bestellung {o}: Die beiden Ersatzschlüssel haben dieselbe "
             "Schlüsselnummer wie der Hauptschlüssel; sie steht auf der kleinen Codekarte im Karton.",
             "Falls die Karte fehlt, schicken Sie uns bitte ein Foto des Schlosszylinders, dann lassen wir die "
             "Nummer beim Hersteller nachschlagen."]
    sig = ('<div>Mit freundlichen Grüßen<br>Tobias Reiter<br>Reiter Fahrradteile<br>'
           '<a href="mailto:werkstatt@reiter-fahrradteile.de">werkstatt@reiter-fahrradteile.de</a></div>')
    q = (f"Am 09.06.2026 um 18:21 schrieb {b}:", ["Sind die Ersatzschlüssel gleich?"])
    case("de-apple-mailto-signatur", "reject", ["content.email-address"],
         "Apple-Mail-Antwort, deren Signatur die eigene Werkstatt-Adresse als mailto-Link enthält: eine "
         "E-Mail-Adresse im Text. Ob der Linktext (die Adresse selbst) als nackte URL gilt, ist offen.",
         to=b, frm="Reiter Fahrradteile <werkstatt@reiter-fahrradteile.de>",
         subject=f"Re: Schlüssel Kettenschloss {o}", reply=True, day=10, tz="+0200",
         text=plain(paras, ["Mit freundlichen Grüßen", "Tobias Reiter", "Reiter Fahrradteile",
                            "werkstatt@reiter-fahrradteile.de"], q),
         html=apple(paras, sig, q), tolerated=("style.link-text",))

    # 9. Helpdesk template: 16px body, 12pt signature (one size), 11px footer; background and border colours;
    #    side margins of exactly 20 %.
    o, b = order("de-gorgias", "de", "Leinenstoff vorgewaschen, Meterware, Salbei")
    html = f"""<div style="margin:0 20%;background-color:#fbfaf7;border-left:3px solid #c9b8a0;padding:12px 16px">
<div style="font-size:16px">
<p>Hallo Frau Engel,</p>
<p>der Leinenstoff aus Ihrer Bestellung {o} ist bereits vorgewaschen, läuft aber bei 60 Grad noch um etwa zwei
Prozent ein. Wenn Sie Vorhänge nähen, geben Sie bitte bei der Länge 4 bis 5 cm zu oder waschen Sie den Stoff vor dem
Zuschnitt noch einmal bei 40 Grad.</p>
<p>Bügeln lässt er sich am besten leicht feucht auf höchster Stufe.</p>
</div>
<div style="font-size:12pt">Herzliche Grüße<br>Lea Berger, Stoffkontor Berger</div>
<div style="font-size:11px;border-top:1px solid #e5e5e5;margin-top:12px;padding-top:8px">Stoffkontor Berger GmbH ·
Registergericht Hamburg HRB 88123 · Geschäftsführerin: Lea Berger</div>
</div>
"""
    text = (f"Hallo Frau Engel,\n\nder Leinenstoff aus Ihrer Bestellung {o} ist bereits vorgewaschen, läuft aber "
            "bei 60 Grad noch um etwa zwei\nProzent ein. Wenn Sie Vorhänge nähen, geben Sie bitte bei der Länge "
            "4 bis 5 cm zu oder waschen Sie den Stoff vor dem\nZuschnitt noch einmal bei 40 Grad.\n\nBügeln lässt "
            "er sich am besten leicht feucht auf höchster Stufe.\n\nHerzliche Grüße\nLea Berger, Stoffkontor "
            "Berger\n\nStoffkontor Berger GmbH · Registergericht Hamburg HRB 88123 · Geschäftsführerin: Lea "
            "Berger\n")
    case("de-helpdesk-16px-12pt-rand-20", "relay", [],
         "Helpdesk-Vorlage: 16px und 12pt sind eine Größe, dazu 11px im Impressum (zwei Größen); Ränder von "
         "genau 20 % (nicht darüber); Hintergrund- und Rahmenfarben überschreiben keine Schriftfarbe.",
         to=b, frm="Stoffkontor Berger <hallo@stoffkontor-berger.de>", subject=f"Re: Einlaufen Leinen ({o})",
         reply=True, day=11, tz="+0200", text=text, html=html, enc=B64)


# --------------------------------------------------------------------------------------------
# French (amazon.fr)
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    # 1. Thunderbird reply with the manufacturer's after-sales number.
    o, b = order("fr-tb", "fr", "Robot pâtissier 1000 W, bol inox 5 L")
    paras = ["Bonjour Madame Perrin,",
             f"Le bruit de claquement que vous décrivez sur le robot de votre commande {o} vient "
             "généralement de la tête basculante mal verrouillée. Vérifiez que le levier est bien poussé "
             "jusqu'au déclic avant de lancer le pétrin.",
             "Si le bruit persiste, l'appareil est couvert par la garantie de deux ans : le service "
             "après-vente du fabricant est joignable au 09 70 82 13 56, du lundi au vendredi."]
    q = (f"Le 08/06/2026 à 14:02, {b} a écrit :", ["Mon robot fait un bruit de claquement en marche."])
    case("fr-thunderbird-sav-fabricant", "relay", [],
         "Réponse Thunderbird : le numéro est celui du service après-vente du fabricant, dans la même phrase "
         "que « fabricant » et « garantie » ; l'attribution de la citation ne contient que l'alias de "
         "l'acheteuse.",
         to=b, frm="Cuisine & Co Lyon <contact@cuisineco-lyon.fr>", subject=f"Re: Bruit robot commande {o}",
         reply=True, day=9, tz="+0200",
         text=plain(paras, ["Bien cordialement,", "Élodie Masson – Cuisine & Co"], q, sep="-- "),
         html=thunderbird(paras, "Bien cordialement,<br>\nÉlodie Masson – Cuisine &amp; Co<br>\n", q,
                          mid="0102019c8b77.47@email.amazonses.com"))

    # 2. Outlook with a phone number in the signature and a logo without alt.
    o, b = order("fr-outlook", "fr", "Planche à découper en noyer personnalisable, 40 x 25 cm")
    paras = ["Bonjour,",
             f"Merci pour votre commande {o}. La planche en noyer est personnalisable par gravure laser, "
             "mais le champ du texte à graver est resté vide lors de votre achat.",
             "Pourriez-vous nous indiquer le prénom ou la courte phrase à graver (25 caractères maximum) ? "
             "Sans réponse d'ici jeudi, nous expédierons la planche sans gravure."]
    sig = ("<p class=MsoNormal>Cordialement,<o:p></o:p></p>\n<p class=MsoNormal>Antoine Leclerc<o:p></o:p></p>\n"
           "<p class=MsoNormal>L'Atelier du Noyer<o:p></o:p></p>\n<p class=MsoNormal>Tél. : 01 84 60 27 13"
           "<o:p></o:p></p>\n<p class=MsoNormal><img width=140 height=40 style='width:1.4583in;height:.4166in' "
           "id=\"Image_x0020_1\" src=\"cid:image001.jpg@01DCF7A0.51C2B3E0\"><o:p></o:p></p>")
    case("fr-outlook-tel-logo-sans-alt", "reject",
         ["style.font-override", "content.phone-number", "style.image-alt"],
         "Demande du texte à graver (permise), mais HTML Outlook avec police Calibri et couleurs de lien, "
         "le téléphone propre de l'atelier dans la signature et un logo image001.jpg sans attribut alt.",
         to=b, frm="L'Atelier du Noyer <atelier@atelier-du-noyer.fr>", subject=f"Gravure de votre planche – {o}",
         day=8, tz="+0200",
         text=plain(paras, ["Cordialement,", "Antoine Leclerc", "L'Atelier du Noyer", "Tél. : 01 84 60 27 13"]),
         html=outlook(paras, sig, lang="FR"),
         related=[(logo_jpeg("ATELIER DU NOYER", (140, 40)), "image", "jpeg", "<image001.jpg@01DCF7A0.51C2B3E0>",
                   "image001.jpg")])

    # 3. Gmail reply with a JPEG photo of the deposit receipt attached.
    o, b = order("fr-gmail", "fr", "Lampe de chevet en lin et chêne")
    paras = ["Bonjour Monsieur Garnier,",
             f"Je suis désolée que votre lampe (commande {o}) ne vous soit pas parvenue. Je vous joins la "
             "photo du bordereau de dépôt Colissimo, qui montre que le colis a été remis au bureau de poste le "
             "3 juin.",
             "J'ai ouvert une réclamation auprès de Colissimo ce matin. Si elle n'aboutit pas d'ici lundi, nous "
             "vous renverrons une lampe sans frais."]
    q = (f"Le lun. 8 juin 2026 à 14:02, <{b}> a écrit :", ["Je n'ai toujours rien reçu, que se passe-t-il ?"])
    case("fr-gmail-bordereau-jpeg", "relay", [],
         "Réponse Gmail avec une photo JPEG du bordereau de dépôt en pièce jointe : un type autorisé, utile "
         "pour résoudre le problème de l'acheteur (ce n'est pas une photo du produit).",
         to=b, frm="Maison Garance <bonjour@maison-garance.fr>", subject=f"Re: Colis non reçu {o}", reply=True,
         day=9, tz="+0200", text=plain(paras, ["Camille", "Maison Garance"], q, sep="-- "),
         html=gmail(paras, '<div dir="ltr">Camille<br>Maison Garance</div>', q),
         attach=[(receipt_jpeg("COLISSIMO - PREUVE DE DEPOT"), "image", "jpeg", "bordereau-depot.jpg")])

    # 4. A zip of swatch photos.
    o, b = order("fr-zip", "fr", "Housse de canapé 3 places extensible")
    text = f"""Bonjour,

Comme vous hésitez entre deux teintes pour l'échange de la housse de votre
commande {o}, je vous envoie les photos des nuancier « grège » et « lin
naturel » prises à la lumière du jour, réunies dans le fichier joint.

Dites-nous simplement laquelle vous préférez.

Bien à vous,
Sophie – Housses & Cie
"""
    case("fr-photos-en-zip", "reject", ["attachment.not-allowed"],
         "Les photos sont envoyées dans une archive .zip : les archives sont toujours refusées, même si leur "
         "contenu serait autorisé.",
         to=b, frm="Housses & Cie <service@housses-cie.fr>", subject=f"Re: Échange housse {o}", reply=True,
         day=10, tz="+0200", text=text, html=None, enc=L1,
         attach=[(zip_bytes({"greige.jpg": receipt_jpeg("GREGE"), "lin-naturel.jpg": receipt_jpeg("LIN")},
                            date_time=(2026, 6, 10, 9, 30, 0)), "application", "zip", "teintes.zip")])

    # 5. Helpdesk template with 25 % side padding.
    o, b = order("fr-padding", "fr", "Service à thé en fonte 0,8 L avec 2 tasses")
    html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head><body>
<div class="gorgias-message" style="padding:16px 25%;background-color:#f7f7f9">
<p>Bonjour,</p>
<p>La théière de votre commande {o} est émaillée à l'intérieur : elle ne rouille pas et n'a pas besoin d'être
culottée. Rincez-la simplement à l'eau chaude, sans produit vaisselle, et séchez-la aussitôt.</p>
<p>Les tasses, elles, ne doivent pas aller au micro-ondes.</p>
<p>Bonne journée,<br>Hugo, Comptoir de la Fonte</p>
</div>
</body></html>
"""
    text = (f"Bonjour,\n\nLa théière de votre commande {o} est émaillée à l'intérieur : elle ne rouille pas et n'a "
            "pas besoin d'être\nculottée. Rincez-la simplement à l'eau chaude, sans produit vaisselle, et "
            "séchez-la aussitôt.\n\nLes tasses, elles, ne doivent pas aller au micro-ondes.\n\nBonne journée,\n"
            "Hugo, Comptoir de la Fonte\n")
    case("fr-gorgias-padding-25", "reject", ["style.margin"],
         "Modèle de helpdesk dont le bloc du message a un padding latéral de 25 % : au-delà des 20 % permis.",
         to=b, frm="Comptoir de la Fonte <aide@comptoir-fonte.fr>", subject=f"Re: Entretien théière {o}",
         reply=True, day=11, tz="+0200", text=text, html=html)

    # 6. Padding of exactly 120 px and a 600 px banner shown at 80 %.
    o, b = order("fr-120px", "fr", "Abat-jour tambour en lin, diamètre 40 cm")
    html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head><body>
<div style="padding:0 120px">
<p><img src="cid:verdier-bandeau" alt="Atelier Verdier" style="width:80%;height:auto"></p>
<p>Bonjour Madame Roux,</p>
<p>L'abat-jour de votre commande {o} a un diamètre de 40 cm et une hauteur de 25 cm ; il se fixe sur une douille
E27 grâce à la bague fournie. Pour un pied de moins de 35 cm, un diamètre de 30 cm serait plus harmonieux, mais
celui-ci conviendra très bien à votre lampadaire.</p>
<p>Bien cordialement,<br>Claire Verdier</p>
</div>
</body></html>
"""
    text = (f"Bonjour Madame Roux,\n\nL'abat-jour de votre commande {o} a un diamètre de 40 cm et une hauteur de "
            "25 cm ; il se fixe sur une douille\nE27 grâce à la bague fournie. Pour un pied de moins de 35 cm, un "
            "diamètre de 30 cm serait plus harmonieux, mais\ncelui-ci conviendra très bien à votre lampadaire.\n\n"
            "Bien cordialement,\nClaire Verdier\n")
    case("fr-padding-120px-bandeau-80", "relay", [],
         "Marges latérales de 120 px (exactement 20 % de 600 px) et bandeau de 600 px affiché à width:80 % "
         "(exactement la limite) : rien au-delà des maxima ; l'alt nomme l'atelier, pas le produit.",
         to=b, frm="Atelier Verdier <atelier@atelier-verdier.fr>", subject=f"Re: Dimensions abat-jour {o}",
         reply=True, day=10, tz="+0200", text=text, html=html, enc=B64,
         related=[(banner_png("ATELIER VERDIER - LUMINAIRES", 600), "image", "png", "<verdier-bandeau>",
                   "bandeau.png")])

    # 7. Apple Mail with an animated GIF signature logo.
    o, b = order("fr-gif", "fr", "Coffret de sablés bretons pur beurre, 24 pièces")
    paras = ["Bonjour,",
             f"Les sablés de votre commande {o} se conservent six semaines dans leur boîte métallique "
             "fermée, à l'abri de la chaleur. La date limite est imprimée sous la boîte.",
             "Ils ne contiennent ni fruits à coque ni arachide, mais sont fabriqués dans un atelier qui en "
             "utilise."]
    sig = ('<div>Biscuiterie Lamarque</div><div><img src="cid:lamarque-anim@apple" alt="Biscuiterie Lamarque" '
           'width="220" height="56"></div>')
    q = (f"Le 9 juin 2026 à 10:12, {b} a écrit :", ["Combien de temps se conservent-ils ?"])
    case("fr-gif-anime-signature", "reject", ["style.animated-gif"],
         "Réponse Apple Mail dont le logo de signature est un GIF animé à deux images.",
         to=b, frm="Biscuiterie Lamarque <boutique@biscuiterie-lamarque.fr>",
         subject=f"Re: Conservation sablés {o}", reply=True, day=10, tz="+0200",
         text=plain(paras, ["Biscuiterie Lamarque"], q), html=apple(paras, sig, q),
         related=[(animated_gif(("LAMARQUE", "depuis 1952")), "image", "gif", "<lamarque-anim@apple>",
                   "lamarque.gif")])

    # 8. 'cliquez ici' link text.
    o, b = order("fr-ici", "fr", "Aspirateur balai sans fil 25,2 V")
    paras = ["Bonjour,",
             f"Nous avons bien reçu l'aspirateur que vous nous avez retourné (commande {o}) et le "
             "remboursement intégral a été lancé aujourd'hui.",
             "Pour suivre son avancement, [[cliquez ici|https://www.amazon.fr/gp/css/order-history]]."]
    q = (f"Le mer. 10 juin 2026 à 08:55, <{b}> a écrit :", ["Avez-vous reçu mon retour ?"])
    case("fr-lien-cliquez-ici", "reject", ["style.link-text"],
         "Réponse dont le lien Amazon (https, permis) a pour texte « cliquez ici » : pas de texte explicatif.",
         to=b, frm="ÉlectroMénager Dupuis <sav@electro-dupuis.fr>", subject=f"Re: Retour aspirateur {o}",
         reply=True, day=11, tz="+0200", text=plain(paras, ["Service client Dupuis"], q, sep="-- "),
         html=gmail(paras, '<div dir="ltr">Service client Dupuis</div>', q))

    # 9. Help Scout reply (no beacon) with a PNG return label and an explained Amazon link.
    o, b = order("fr-label", "fr", "Chaussures de randonnée imperméables, pointure 42")
    paras = ["Bonjour Monsieur Faure,",
             f"Vous trouverez en pièce jointe l'étiquette de retour prépayée pour les chaussures de votre "
             f"commande {o}, à imprimer et à coller sur le carton.",
             "Le remboursement apparaîtra sur "
             f"[[la page de votre commande sur Amazon|https://www.amazon.fr/gp/your-account/order-details?"
             f"orderID={o}]] dès que le colis aura été scanné par le transporteur."]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
            '<div id="hs-reply" style="text-align:left">\n' + "".join(f"<p>{h(p)}</p>\n" for p in paras)
            + "<p>Lucie<br>Sentiers Outdoor</p>\n</div>\n</body></html>\n")
    case("fr-helpscout-etiquette-png", "relay", [],
         "Réponse Help Scout sans pixel de suivi : étiquette de retour en PNG (type autorisé, nécessaire au "
         "retour), lien Amazon en https avec texte explicatif, text-align:left (alignement par défaut).",
         to=b, frm="Sentiers Outdoor <aide@sentiers-outdoor.fr>", subject=f"Re: Retour chaussures {o}",
         reply=True, day=12, tz="+0200", text=plain(paras, ["Lucie", "Sentiers Outdoor"]), html=html,
         attach=[(banner_png("COLISSIMO RETOUR - 6A 184 227 0915", 400, 260, bg=(255, 255, 255),
                             fg=(0, 0, 0)), "image", "png", "etiquette-retour.png")])


# --------------------------------------------------------------------------------------------
# Spanish (amazon.es)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    # 1. Gmail reply with the carrier's number next to the carrier.
    o, b = order("es-gmail", "es", "Olla exprés 6 litros acero inoxidable")
    paras = ["Hola, Marta:",
             f"El paquete de su pedido {o} figura como «ausente» porque el repartidor no pudo entregarlo "
             "el martes. Lo tiene en la tienda SEUR Pickup de la calle Colón, 14, durante siete días.",
             "Si prefiere una nueva entrega a domicilio, puede pedirla llamando a SEUR al 963 51 55 55 con el "
             "número de envío 2741 9930 5521."]
    q = (f"El lun, 8 jun 2026 a las 14:02, <{b}> escribió:", ["Pone que no estaba en casa pero sí estaba."])
    case("es-gmail-seur-telefono", "relay", [],
         "Respuesta de Gmail: el teléfono es el de SEUR, en la misma frase que el transportista; el número de "
         "envío no es un teléfono; la atribución solo lleva el alias de la compradora.",
         to=b, frm="Menaje Soler <atencion@menajesoler.es>", subject=f"Re: Entrega pedido {o}", reply=True,
         day=10, tz="+0200", text=plain(paras, ["Un saludo,", "Jordi – Menaje Soler"], q, sep="-- "),
         html=gmail(paras, '<div dir="ltr">Un saludo,<br>Jordi – Menaje Soler</div>', q), enc=B64)

    # 2. Outlook with a pasted screenshot 6.5in (624 px) wide.
    o, b = order("es-outlook", "es", "Termostato WiFi programable para caldera")
    paras = ["Buenos días, Sr. Navarro:",
             f"Para que el termostato de su pedido {o} deje de encender la caldera por la noche, entre en "
             "Ajustes > Programación y desactive la opción «Confort nocturno», como en la captura de abajo.",
             "Los cambios se guardan solos en unos segundos."]
    sig = ("<p class=MsoNormal><img width=624 height=192 style='width:6.5in;height:2.0in' id=\"Imagen_x0020_2\" "
           "src=\"cid:image002.png@01DCF8C1.7E20A440\" alt=\"Captura del menú Programación del termostato\">"
           "<o:p></o:p></p>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<p class=MsoNormal>Saludos cordiales,"
           "<o:p></o:p></p>\n<p class=MsoNormal>Raquel Ibáñez – Climatiza Hogar<o:p></o:p></p>")
    case("es-outlook-captura-624px", "reject", ["style.image-width", "style.font-override"],
         "Respuesta de Outlook con una captura pegada de width=624 (6,5 in): más del 80 % de 600 px; además "
         "la hoja de estilos de Outlook fija Calibri y colores de enlace.",
         to=b, frm="Climatiza Hogar <soporte@climatizahogar.es>", subject=f"RE: Termostato pedido {o}",
         reply=True, day=9, tz="+0200",
         text=plain(paras, ["Saludos cordiales,", "Raquel Ibáñez – Climatiza Hogar"]),
         html=outlook(paras, sig, lang="ES"),
         related=[(wide_photo(624, 192, "Ajustes > Programacion > Confort nocturno  [OFF]"), "image", "png",
                   "<image002.png@01DCF8C1.7E20A440>", "image002.png")])

    # 3. Apple Mail with a retina image: 960 px intrinsic, width=480 attribute.
    o, b = order("es-retina", "es", "Termostato WiFi programable para caldera")
    paras = ["Hola, Pilar:",
             f"Los dos cables de la caldera de su pedido {o} van a los bornes COM y NO del termostato; el "
             "orden da igual. El esquema de abajo lo muestra con los colores habituales.",
             "No hace falta conectar el cable azul: el termostato funciona con las pilas."]
    sig = ('<div>Un saludo,</div><div>Raquel – Climatiza Hogar</div>'
           '<div><br></div><div><img src="cid:esquema@apple" alt="Esquema de conexión de los cables" '
           'width="480" height="180"></div>')
    q = (f"El 10 jun 2026, a las 19:44, {b} escribió:", ["¿Dónde van los cables?"])
    case("es-apple-imagen-retina-480", "relay", [],
         "Imagen de 960 px reales mostrada con width=480: cuenta el ancho explícito, exactamente el 80 %; "
         "el alt describe el esquema.",
         to=b, frm="Climatiza Hogar <soporte@climatizahogar.es>", subject=f"Re: Cables termostato {o}",
         reply=True, day=11, tz="+0200", text=plain(paras, ["Un saludo,", "Raquel – Climatiza Hogar"], q),
         html=apple(paras, sig, q),
         related=[(wide_photo(960, 360, "COM  NO  (24V)"), "image", "png", "<esquema@apple>", "esquema.png")])

    # 4. An invoice named .pdf and declared application/pdf that is really a Word document.
    o, b = order("es-fake", "es", "Silla de oficina ergonómica con reposacabezas")
    text = f"""Estimado cliente:

Le enviamos adjunta la factura de su pedido {o}, con el IVA desglosado,
tal como nos solicitó para su empresa.

Atentamente,
Administración – Sillería Duran
"""
    case("es-factura-tipo-falso", "reject", ["attachment.not-allowed"],
         "La «factura.pdf» declarada como application/pdf es en realidad un documento de Word (un zip): el "
         "tipo se juzga por los bytes, y los documentos de Office no están permitidos.",
         to=b, frm="Sillería Duran <admin@silleria-duran.es>", subject=f"Factura pedido {o}", day=9, tz="+0200",
         text=text, html=None, enc=L1,
         attach=[(make_docx(["FACTURA F-2026-0712", f"Pedido Amazon {o}", "Total 189,00 EUR IVA incluido"]),
                  "application", "pdf", f"factura-{o}.pdf")])

    # 5. Table layout with a 1x1 spacer GIF.
    o, b = order("es-spacer", "es", "Set de 3 sartenes antiadherentes 20/24/28 cm")
    html = f"""<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"></head><body>
<table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td><img src="cid:spacer.gif@cocina" width="1" height="1" alt="" style="display:block"></td></tr>
<tr><td>
<p>Hola, Andrés:</p>
<p>Las sartenes de su pedido {o} sirven para inducción: la base lleva un disco de acero ferromagnético. Si su
placa no las detecta, compruebe que está usando una zona del tamaño adecuado; la de 20 cm no la reconocen las zonas
grandes de algunas placas.</p>
<p>Un saludo,<br>Cocina Práctica</p>
</td></tr>
</table>
</body></html>
"""
    text = (f"Hola, Andrés:\n\nLas sartenes de su pedido {o} sirven para inducción: la base lleva un disco de acero "
            "ferromagnético. Si su\nplaca no las detecta, compruebe que está usando una zona del tamaño adecuado; "
            "la de 20 cm no la reconocen las zonas\ngrandes de algunas placas.\n\nUn saludo,\nCocina Práctica\n")
    case("es-gif-espaciador-1x1", "reject", ["image.tracking-pixel", "style.image-alt"],
         "Plantilla de tablas con un GIF espaciador de 1x1 px incrustado y alt vacío: una imagen de 0–2 px "
         "cuenta como píxel de seguimiento, y le falta el texto alternativo.",
         to=b, frm="Cocina Práctica <clientes@cocinapractica.es>", subject=f"Re: Sartenes inducción {o}",
         reply=True, day=10, tz="+0200", text=text, html=html,
         related=[(pixel_gif(), "image", "gif", "<spacer.gif@cocina>", "spacer.gif")])

    # 6. Thunderbird signature: logo linked to the website, social icons linked to Instagram and Facebook.
    o, b = order("es-social", "es", "Jarrón de cerámica esmaltada 30 cm, azul cobalto")
    paras = ["Hola, Lucía:",
             f"Sentimos que el jarrón de su pedido {o} llegara con el borde desportillado. Le enviamos otro "
             "hoy mismo y no hace falta que nos devuelva el dañado.",
             "¿Podría confirmarnos si la caja exterior también estaba golpeada? Lo necesitamos para la "
             "reclamación al transportista."]
    sig = ('<a href="https://www.ceramicaalba.es"><img src="cid:alba-logo@tb" alt="Cerámica Alba" width="150" '
           'height="44" border="0"></a><br>\n'
           '<a href="https://www.instagram.com/ceramicaalba"><img src="cid:ig@tb" alt="Instagram" width="24" '
           'height="24"></a> <a href="https://www.facebook.com/ceramicaalba"><img src="cid:fb@tb" alt="Facebook" '
           'width="24" height="24"></a>\n')
    q = (f"El 09/06/2026 a las 12:30, {b} escribió:", ["El jarrón ha llegado roto en el borde."])
    case("es-logo-y-redes-enlazados", "reject", ["image.logo-link", "link.external"],
         "La firma enlaza el logo a la web de la tienda y los iconos a Instagram y Facebook: imágenes dentro "
         "de enlaces a sitios no Amazon, que además son enlaces externos.",
         to=b, frm="Cerámica Alba <tienda@ceramicaalba.es>", subject=f"Re: Jarrón roto {o}", reply=True, day=10,
         tz="+0200", text=plain(paras, ["Cerámica Alba"], q, sep="-- "),
         html=thunderbird(paras, sig, q, mid="0102019c8c90.47@email.amazonses.com"),
         tolerated=("type.marketing",),
         related=[(logo_png("CERAMICA ALBA", (150, 44)), "image", "png", "<alba-logo@tb>", "alba.png"),
                  (social_png("I", (193, 53, 132)), "image", "png", "<ig@tb>", "instagram.png"),
                  (social_png("f", (59, 89, 152)), "image", "png", "<fb@tb>", "facebook.png")])

    # 7. Gmail signature with an inline static (one-frame) GIF logo.
    o, b = order("es-gif", "es", "Aceite de oliva virgen extra 5 l, cosecha temprana")
    paras = ["Buenas tardes, José Luis:",
             f"El aceite de su pedido {o} es de cosecha temprana de este año y no está filtrado, por eso "
             "tiene ese poso en el fondo de la garrafa. No es un defecto: son restos de pulpa de aceituna.",
             "Si le molesta, déjelo reposar una semana y trasvase el aceite con cuidado."]
    sig = ('<div dir="ltr"><div>Olivar de Segura</div><div><img src="cid:ii_olivar_gif" alt="Olivar de Segura" '
           'width="160" height="48"></div></div>')
    q = (f"El mar, 9 jun 2026 a las 17:20, <{b}> escribió:", ["¿Por qué tiene poso el aceite?"])
    case("es-gif-estatico-firma", "relay", [],
         "Logo de firma en GIF de un solo fotograma (no animado), incrustado con cid: no es un adjunto; alt con "
         "la marca, 160 px.",
         to=b, frm="Olivar de Segura <pedidos@olivardesegura.es>", subject=f"Re: Poso en el aceite {o}",
         reply=True, day=10, tz="+0200", text=plain(paras, ["Olivar de Segura"], q, sep="-- "),
         html=gmail(paras, sig, q),
         related=[(static_gif_logo("OLIVAR DE SEGURA"), "image", "gif", "<ii_olivar_gif>", "olivar.gif")])

    # 8. Emoji in a Gmail reply.
    o, b = order("es-emoji", "es", "Mochila infantil con nombre bordado")
    paras = ["¡Hola, Irene!",
             f"Ya hemos corregido el nombre bordado de la mochila de su pedido {o}: ahora pone «Martina», sin "
             "tilde, tal como lo escribió. Sale mañana por la mañana.",
             "¡Seguro que le encanta! 😊"]
    q = (f"El jue, 11 jun 2026 a las 09:05, <{b}> escribió:", ["El nombre es Martina, sin tilde."])
    case("es-emoji-respuesta", "reject", ["style.emoji"],
         "Respuesta correcta en lo demás, pero con un emoji 😊 al final.",
         to=b, frm="Bordados Menta <hola@bordadosmenta.es>", subject=f"Re: Nombre bordado {o}", reply=True, day=11,
         tz="+0200", text=plain(paras, ["Bordados Menta"], q, sep="-- "),
         html=gmail(paras, '<div dir="ltr">Bordados Menta</div>', q), enc=B64)

    # 9. Thunderbird with exactly two empty paragraphs.
    o, b = order("es-tb", "es", "Bicicleta estática plegable con respaldo")
    paras = ["Hola, Fernando:",
             f"El ruido del pedal de la bicicleta de su pedido {o} se debe casi siempre a la rosca del pedal "
             "izquierdo, que se aprieta al revés (en sentido contrario a las agujas del reloj).",
             "Apriételo con una llave de 15 mm y nos cuenta si el ruido desaparece."]
    html = thunderbird(paras, "Gimnasio en Casa<br>\n", (f"El 10/06/2026 a las 21:10, {b} escribió:",
                                                         ["El pedal izquierdo cruje."]),
                       mid="0102019c8d02.47@email.amazonses.com")
    html = html.replace('    <div class="moz-signature">', "    <p><br>\n    </p>\n    <p><br>\n    </p>\n"
                        '    <div class="moz-signature">', 1)
    case("es-thunderbird-dos-parrafos-vacios", "relay", [],
         "Dos párrafos vacíos seguidos (<p><br></p>) antes de la firma: dos saltos, no más de dos.",
         to=b, frm="Gimnasio en Casa <ayuda@gimnasioencasa.es>", subject=f"Re: Ruido pedal {o}", reply=True,
         day=11, tz="+0200",
         text=plain(paras, ["Gimnasio en Casa"], (f"El 10/06/2026 a las 21:10, {b} escribió:",
                                                  ["El pedal izquierdo cruje."]), sep="-- "),
         html=html, crlf=True)


# --------------------------------------------------------------------------------------------
# Italian (amazon.it)
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    # 1. Helpdesk reply with a notice box: background and border colours only.
    o, b = order("it-box", "it", "Materasso memory foam 160 x 190, altezza 22 cm")
    html = f"""<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"></head><body>
<div class="gorgias-reply">
<p>Buongiorno signora Conti,</p>
<p>per la sostituzione del materasso del suo ordine {o} il corriere passerà a ritirare quello vecchio
nello stesso momento in cui consegna il nuovo. Le chiediamo solo di lasciarlo arrotolato o nella sua custodia.</p>
<div style="background-color:#fff8e1;border:1px solid #f0c36d;padding:8px 12px">
<p><b>Da preparare:</b> il materasso nella custodia con la cerniera chiusa, e l'etichetta con il numero di lotto
ancora attaccata.</p>
</div>
<p>Cordiali saluti,<br>Riposo Sano – Assistenza clienti</p>
</div>
</body></html>
"""
    text = (f"Buongiorno signora Conti,\n\nper la sostituzione del materasso del suo ordine {o} il corriere passerà "
            "a ritirare quello vecchio\nnello stesso momento in cui consegna il nuovo. Le chiediamo solo di "
            "lasciarlo arrotolato o nella sua custodia.\n\nDa preparare: il materasso nella custodia con la "
            "cerniera chiusa, e l'etichetta con il numero di lotto\nancora attaccata.\n\nCordiali saluti,\n"
            "Riposo Sano – Assistenza clienti\n")
    case("it-riquadro-sfondo-bordo", "relay", [],
         "Risposta con un riquadro colorato: background-color e colore del bordo non sono colori del testo, "
         "padding di 8–12 px.",
         to=b, frm="Riposo Sano <assistenza@riposo-sano.it>", subject=f"Re: Sostituzione materasso {o}",
         reply=True, day=10, tz="+0200", text=text, html=html, enc=L1)

    # 2. Outlook with four font sizes.
    o, b = order("it-outlook", "it", "Tenda a rullo su misura, oscurante, tortora")
    paras = ["Gentile cliente,",
             f"prima di tagliare la tenda a rullo del suo ordine {o} le chiediamo di confermare le misure "
             "indicate: larghezza 94,5 cm e altezza 160 cm, con comando a catenella a destra.",
             "Se sono corrette le basta rispondere «confermo»; la tenda sarà prodotta entro tre giorni."]
    sig = ("<p class=MsoNormal><b><span style='font-size:14.0pt'>Tende Bellini<o:p></o:p></span></b></p>\n"
           "<p class=MsoNormal>Ufficio ordini su misura<o:p></o:p></p>\n"
           "<p class=MsoNormal><span style='font-size:9.0pt'>Misure in centimetri, tolleranza di taglio ± 2 mm"
           "<o:p></o:p></span></p>\n<p class=MsoNormal><span style='font-size:7.5pt'>Tende Bellini S.r.l. – "
           "P.IVA 04418270961<o:p></o:p></span></p>")
    case("it-outlook-quattro-dimensioni", "reject", ["style.font-sizes", "style.font-override"],
         "Verifica delle misure di un prodotto su misura (permessa), ma la firma di Outlook usa 14 pt, 9 pt e "
         "7,5 pt oltre agli 11 pt del testo: quattro dimensioni; e Calibri dal foglio di stile di Outlook.",
         to=b, frm="Tende Bellini <ordini@tendebellini.it>", subject=f"Conferma misure – ordine {o}", day=9,
         tz="+0200",
         text=plain(paras, ["Tende Bellini", "Ufficio ordini su misura", "Misure in centimetri, tolleranza di "
                            "taglio ± 2 mm", "Tende Bellini S.r.l. – P.IVA 04418270961"]),
         html=outlook(paras, sig, lang="IT"))

    # 3. Proactive invoice with an explained Amazon link (Thunderbird).
    o, b = order("it-invoice", "it", "Macchina per pasta fresca elettrica")
    paras = ["Buongiorno,",
             f"in allegato trova la fattura elettronica di cortesia relativa al suo ordine {o}, come "
             "richiesto per l'acquisto con partita IVA.",
             "Può ritrovare il riepilogo del pagamento anche tra "
             f"[[i dettagli dell'ordine su Amazon|https://www.amazon.it/gp/your-account/order-details?orderID={o}]]."]
    case("it-fattura-pdf-link-amazon", "relay", [],
         "Invio di fattura (proattivo e permesso) in PDF; il link è ad Amazon, in https, con testo esplicativo.",
         to=b, frm="Pasta Viva Casa <amministrazione@pastavivacasa.it>", subject=f"Fattura ordine {o}", day=8,
         tz="+0200", text=plain(paras, ["Amministrazione – Pasta Viva Casa"], sep="-- "),
         html=thunderbird(paras, "Amministrazione – Pasta Viva Casa<br>\n"),
         attach=[(make_pdf("Fattura 2026/0881", ["Fattura di cortesia 2026/0881", f"Ordine Amazon {o}",
                                                  "Macchina per pasta fresca  1 x 122,13 EUR", "IVA 22%  26,87 EUR",
                                                  "Totale  149,00 EUR"], producer=PRODUCER),
                  "application", "pdf", "Fattura_2026-0881.pdf")])

    # 4. http Amazon link.
    o, b = order("it-http", "it", "Zaino da trekking 40 l con coprizaino")
    paras = ["Ciao Davide,",
             f"per il cambio di taglia dello zaino del tuo ordine {o} apri la "
             "[[pagina dei resi del tuo account Amazon|http://www.amazon.it/gp/orc/returns/homepage.html]] e "
             "scegli «Sostituzione»: lo zaino da 50 l ti arriverà appena ritirato il primo.",
             "Lo schienale regolabile è identico sui due modelli."]
    q = (f"Il giorno mar 9 giu 2026 alle ore 16:40 <{b}> ha scritto:", ["Posso cambiarlo con quello da 50?"])
    case("it-link-amazon-http", "reject", ["link.insecure"],
         "Link ad Amazon con testo esplicativo, ma in http:// invece di https.",
         to=b, frm="Vetta Outdoor <info@vetta-outdoor.it>", subject=f"Re: Cambio zaino {o}", reply=True, day=10,
         tz="+0200", text=plain(paras, ["Vetta Outdoor"], q, sep="-- "),
         html=gmail(paras, '<div dir="ltr">Vetta Outdoor</div>', q))

    # 5. Look-alike domain.
    o, b = order("it-fake", "it", "Friggitrice ad aria 5,5 l con finestra")
    paras = ["Buongiorno,",
             f"per restituire la friggitrice del suo ordine {o} compili il "
             f"[[modulo di reso Amazon|https://amazon.it.resi-rapidi.com/modulo?ord={o}]] e stampi "
             "l'etichetta che riceverà.",
             "Il ritiro a domicilio è gratuito."]
    q = (f"Il giorno mer 10 giu 2026 alle ore 11:03 <{b}> ha scritto:", ["Vorrei restituirla, come faccio?"])
    case("it-link-dominio-sosia", "reject", ["link.external"],
         "Il testo dice «Amazon», ma l'host è amazon.it.resi-rapidi.com, un dominio estraneo: link esterno.",
         to=b, frm="CasaChef Italia <ordini@casachef.it>", subject=f"Re: Reso friggitrice {o}", reply=True, day=11,
         tz="+0200", text=plain(paras, ["CasaChef Italia"], q, sep="-- "),
         html=gmail(paras, '<div dir="ltr">CasaChef Italia</div>', q))

    # 6. Left alignment written out: align=left, text-align:left / start, dir=ltr, valign.
    o, b = order("it-left", "it", "Set valigie rigide 3 pezzi, blu notte")
    html = f"""<!DOCTYPE html><html lang="it" dir="ltr"><head><meta charset="utf-8"></head><body>
<table width="100%" cellpadding="0" cellspacing="0" border="0" role="presentation">
<tr><td align="left" valign="top" style="text-align:left;padding:12px 0">
<p style="text-align:start">Buonasera signor Marino,</p>
<p style="text-align:start">il lucchetto TSA delle valigie del suo ordine {o} esce dalla fabbrica con la
combinazione 0-0-0. Per impostarne una nuova, prema il pulsante di reset sul lato con la punta di una penna, giri
le rotelle sul numero scelto e rilasci il pulsante.</p>
<p style="text-align:left">Cordiali saluti,<br>Viaggi Leggeri</p>
</td></tr>
</table>
</body></html>
"""
    text = (f"Buonasera signor Marino,\n\nil lucchetto TSA delle valigie del suo ordine {o} esce dalla fabbrica con "
            "la\ncombinazione 0-0-0. Per impostarne una nuova, prema il pulsante di reset sul lato con la punta di "
            "una penna, giri\nle rotelle sul numero scelto e rilasci il pulsante.\n\nCordiali saluti,\nViaggi "
            "Leggeri\n")
    case("it-allineamento-sinistra-esplicito", "relay", [],
         "Allineamento scritto esplicitamente ma a sinistra: align=left, text-align:left e start, valign=top; "
         "left/start sono il valore predefinito e non cambiano nulla.",
         to=b, frm="Viaggi Leggeri <servizio@viaggileggeri.it>", subject=f"Re: Combinazione lucchetto {o}",
         reply=True, day=11, tz="+0200", text=text, html=html, crlf=True)

    # 7. Outlook with a centred body.
    o, b = order("it-center", "it", "Orologio da parete in legno 50 cm, silenzioso")
    paras = ["Gentile signora Greco,",
             f"il meccanismo dell'orologio del suo ordine {o} è al quarzo silenzioso e funziona con una pila "
             "stilo AA, che non è inclusa per motivi di spedizione.",
             "Le lancette si regolano ruotando la rotella dietro al meccanismo, mai spingendo le lancette."]
    case("it-outlook-corpo-centrato", "reject", ["style.alignment", "style.font-override"],
         "Il testo di Outlook è centrato (align=center e text-align:center su ogni paragrafo), e il foglio di "
         "stile di Outlook imposta Calibri.",
         to=b, frm="Legno & Tempo <info@legnoetempo.it>", subject=f"RE: Pila orologio {o}", reply=True, day=10,
         tz="+0200", text=plain(paras, ["Legno & Tempo"]),
         html=outlook(paras, "<p class=MsoNormal align=center style='text-align:center'>Legno &amp; Tempo"
                      "<o:p></o:p></p>", lang="IT", pstyle=" align=center style='text-align:center'"))

    # 8. Unsubscribe footer and List-Unsubscribe header.
    o, b = order("it-unsub", "it", "Caffettiera moka 6 tazze, alluminio")
    html = f"""<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"></head><body>
<p>Buongiorno,</p>
<p>la guarnizione di ricambio per la moka del suo ordine {o} è partita oggi in busta: la inserisca con il lato
liscio verso il filtro e la prima caffettiera la butti via, serve ad assestarla.</p>
<p>Bottega Ferri</p>
<p style="border-top:1px solid #dddddd;padding-top:6px">Non desidera più ricevere le nostre comunicazioni?
<a href="https://mail.bottega-ferri.it/unsubscribe?u=8f21c0d4a7&amp;l=it">Annulli l'iscrizione</a>.</p>
</body></html>
"""
    text = (f"Buongiorno,\n\nla guarnizione di ricambio per la moka del suo ordine {o} è partita oggi in busta: la "
            "inserisca con il lato\nliscio verso il filtro e la prima caffettiera la butti via, serve ad "
            "assestarla.\n\nBottega Ferri\n\nNon desidera più ricevere le nostre comunicazioni? Annulli "
            "l'iscrizione:\nhttps://mail.bottega-ferri.it/unsubscribe?u=8f21c0d4a7&l=it\n")
    case("it-annulla-iscrizione", "reject", ["link.opt-out", "link.external"],
         "Risposta utile, ma con il piè di pagina di disiscrizione (link su un host esterno) e l'intestazione "
         "List-Unsubscribe.",
         to=b, frm="Bottega Ferri <ordini@bottega-ferri.it>", subject=f"Re: Guarnizione moka {o}", reply=True,
         day=10, tz="+0200", text=text, html=html,
         headers=[("List-Unsubscribe", "<https://mail.bottega-ferri.it/unsubscribe?u=8f21c0d4a7&l=it>")])

    # 9. Thunderbird reply with a plain-text attachment.
    o, b = order("it-txt", "it", "Videocamera di sicurezza WiFi da esterno, 2 pezzi")
    paras = ["Buongiorno,",
             f"come richiesto le allego un file di testo con i numeri di serie e i codici di attivazione delle "
             f"due videocamere del suo ordine {o}, da inserire nell'app al primo avvio.",
             "I codici valgono solo per queste due unità."]
    q = (f"Il 09/06/2026 18:05, {b} ha scritto:", ["Ho perso il foglietto con i codici."])
    case("it-thunderbird-allegato-txt", "relay", [],
         "Risposta Thunderbird con un allegato di testo semplice (tipo permesso) che serve al cliente.",
         to=b, frm="SicuraCasa <supporto@sicuracasa.it>", subject=f"Re: Codici videocamere {o}", reply=True,
         day=10, tz="+0200", text=plain(paras, ["SicuraCasa – Supporto"], q, sep="-- "),
         html=thunderbird(paras, "SicuraCasa – Supporto<br>\n", q, mid="0102019c8e41.47@email.amazonses.com"),
         attach=[(b"Videocamera 1  S/N SC4K-2291-0457  codice 7Q2M-KX84\r\n"
                  b"Videocamera 2  S/N SC4K-2291-0458  codice 3HV9-PL26\r\n", "text", "plain", "codici.txt")])


# --------------------------------------------------------------------------------------------
# Japanese (amazon.co.jp)
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    # 1. Gmail reply with Yamato's number in the same sentence as the carrier.
    o, b = order("ja-gmail", "ja", "ステンレス製 電気ケトル 1.0L マットブラック")
    paras = ["お客様",
             f"ご注文番号 {o} のお荷物は、ヤマト運輸の配達員がお伺いした際にご不在だったため、現在は"
             "最寄りの営業所で保管されております。",
             "再配達のご依頼は、ヤマト運輸のサービスセンター（0120-01-9625）に伝票番号 4417-2290-8813 を"
             "お伝えいただくとスムーズです。",
             "ご不便をおかけいたしますが、よろしくお願いいたします。"]
    q = (f"2026年6月8日(月) 14:02 <{b}>:", ["まだ届いていません。どうなっていますか。"])
    case("ja-gmail-yamato", "relay", [],
         "Gmail の返信。電話番号はヤマト運輸（配送業者）のもので同じ文中にあり、伝票番号は電話番号ではない。"
         "引用の帰属行には購入者のエイリアスのみ。",
         to=b, frm="キッチン雑貨 こもれび <shop@komorebi-zakka.jp>", subject=f"Re: 未着について（{o}）",
         reply=True, day=9, tz="+0900", text=plain(paras, ["キッチン雑貨 こもれび", "担当：小林"], q, sep="-- "),
         html=gmail(paras, '<div dir="ltr">キッチン雑貨 こもれび<br>担当：小林</div>', q), enc=B64)

    # 2. Outlook (Japanese) with Yu Gothic, the shop's TEL and MAIL in the signature.
    o, b = order("ja-outlook", "ja", "名入れ 木製 ペンケース ウォールナット")
    paras = ["お客様",
             f"ご注文番号 {o} の名入れペンケースにつきまして、刻印するお名前をお知らせください。"
             "ご注文時の備考欄が空欄となっておりました。",
             "ローマ字で12文字以内、書体はブロック体または筆記体からお選びいただけます。"]
    yu = """p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0mm;
\tfont-size:10.5pt;
\tfont-family:"游ゴシック",sans-serif;
\tmso-fareast-language:JA;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:#0563C1;
\ttext-decoration:underline;}"""
    sig = ("<p class=MsoNormal>―――――――――――――――<o:p></o:p></p>\n<p class=MsoNormal>木工房きなり　"
           "佐藤 健<o:p></o:p></p>\n<p class=MsoNormal>TEL：03-5817-4420（平日10時～17時）<o:p></o:p></p>\n"
           "<p class=MsoNormal>MAIL：support@kinari-kobo.jp<o:p></o:p></p>\n"
           "<p class=MsoNormal>―――――――――――――――<o:p></o:p></p>")
    case("ja-outlook-yugothic-tel-mail", "reject",
         ["style.font-override", "content.phone-number", "content.email-address"],
         "名入れ内容の確認（許可される用件）だが、Outlook のスタイルで游ゴシックとリンク色を指定し、署名に"
         "店舗の電話番号とメールアドレスを記載している。",
         to=b, frm="木工房きなり <support@kinari-kobo.jp>", subject=f"刻印内容のご確認（注文番号 {o}）", day=8,
         tz="+0900",
         text=plain(paras, ["―――――――――――――――", "木工房きなり　佐藤 健", "TEL：03-5817-4420（平日10時～17時）",
                            "MAIL：support@kinari-kobo.jp", "―――――――――――――――"]),
         html=outlook(paras, sig, lang="JA", styles=yu, fonts_decl='"游ゴシック"'), enc=B64)

    # 3. Receipt PDF with a brand logo.
    o, b = order("ja-receipt", "ja", "有田焼 マグカップ ペアセット")
    html = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"></head><body>
<p><img src="cid:arita-logo" alt="有田 窯元ふじ" width="160" height="48"></p>
<p>お客様</p>
<p>ご注文番号 {o} の領収書をPDFにてお送りいたします。宛名はご依頼のとおり「株式会社ミナト設計」で
発行しております。</p>
<div style="background-color:#f5f2ec;border:1px solid #d8cfc0;padding:8px 12px">
<p>但し書き：マグカップ代として</p>
</div>
<p>窯元ふじ</p>
</body></html>
"""
    text = (f"お客様\n\nご注文番号 {o} の領収書をPDFにてお送りいたします。宛名はご依頼のとおり「株式会社ミナト設計」で\n"
            "発行しております。\n\n但し書き：マグカップ代として\n\n窯元ふじ\n")
    case("ja-ryoushuusho-pdf-logo", "relay", [],
         "領収書（請求書類）のPDF送付。ロゴの alt はブランド名のみでリンクなし、背景色と枠線色は文字色ではない。",
         to=b, frm="窯元ふじ <order@kamamoto-fuji.jp>", subject=f"領収書送付のご案内（注文番号 {o}）", day=9,
         tz="+0900", text=text, html=html, enc=B64,
         related=[(logo_png("KAMAMOTO FUJI", (160, 48)), "image", "png", "<arita-logo>", "logo.png")],
         attach=[(make_pdf("Ryoshusho", ["Ryoshusho / Receipt", f"Amazon order {o}", "Minato Sekkei K.K.",
                                         "Total 6,600 JPY (tax incl.)"], producer=PRODUCER),
                  "application", "pdf", "ryoshusho.pdf")])

    # 4. 「こちら」 as link text.
    o, b = order("ja-kochira", "ja", "LEDデスクライト 調光調色 USB給電")
    paras = ["お客様",
             f"ご注文番号 {o} のデスクライトの交換品は、本日お届け先へ向けて出荷いたしました。"
             "不具合品はお手数ですが、交換品の箱に入れてご返送ください。",
             "交換品の配送状況は[[こちら|https://www.amazon.co.jp/gp/css/order-history]]からご確認いただけます。"]
    q = (f"2026年6月9日(火) 20:15 <{b}>:", ["ライトが点滅します。交換できますか。"])
    case("ja-link-kochira", "reject", ["style.link-text"],
         "Amazon への https リンクだが、リンク文字列が「こちら」だけで説明になっていない。",
         to=b, frm="ライティング工房 <cs@lighting-kobo.jp>", subject=f"Re: デスクライトの交換（{o}）",
         reply=True, day=10, tz="+0900", text=plain(paras, ["ライティング工房"], q, sep="-- "),
         html=gmail(paras, '<div dir="ltr">ライティング工房</div>', q), enc=B64)

    # 5. A kaomoji.
    o, b = order("ja-kaomoji", "ja", "ベビー用 オーガニックコットン スタイ 5枚組")
    text = f"""お客様

ご注文番号 {o} のスタイは、すべて綿100％で蛍光増白剤は使用しておりません。
初めてのお洗濯は、ぬるま湯で軽く押し洗いしていただくと縮みにくいです。

赤ちゃんのお肌に合いますように(^_^)

ベビー雑貨 ひだまり
"""
    case("ja-kaomoji", "reject", ["style.emoji"],
         "質問への回答はよいが、「(^_^)」の顔文字（エモーティコン）が入っている。",
         to=b, frm="ベビー雑貨 ひだまり <info@hidamari-baby.jp>", subject=f"Re: スタイの素材について（{o}）",
         reply=True, day=11, tz="+0900", text=text, html=None, enc=JIS)

    # 6. 16px and 12pt (one size) plus a 13px footer; background and border colours.
    o, b = order("ja-sizes", "ja", "ハンドドリップ コーヒーケトル 0.9L")
    html = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"></head><body>
<div style="font-size:16px;background-color:#fcfbf8;border-top:2px solid #6b4f3a;padding:12px 16px">
<p>お客様</p>
<p>ご注文番号 {o} のケトルは、IHを含むすべての熱源でお使いいただけます。ただし、IHの「揚げ物モード」
では底が変色することがございますので、通常の加熱モードをご利用ください。</p>
<p>注ぎ口の先に水滴が残る場合は、注ぎ終わりに手首を少し返していただくと垂れにくくなります。</p>
</div>
<div style="font-size:12pt;padding:0 16px">珈琲道具 たまき　カスタマーサポート</div>
<div style="font-size:13px;border-top:1px solid #e0dcd4;margin-top:10px;padding:6px 16px">本メールは
お問い合わせへの回答としてお送りしています。</div>
</body></html>
"""
    text = (f"お客様\n\nご注文番号 {o} のケトルは、IHを含むすべての熱源でお使いいただけます。ただし、IHの「揚げ物モード」\n"
            "では底が変色することがございますので、通常の加熱モードをご利用ください。\n\n注ぎ口の先に水滴が残る場合"
            "は、注ぎ終わりに手首を少し返していただくと垂れにくくなります。\n\n珈琲道具 たまき　カスタマーサポート\n\n"
            "本メールはお問い合わせへの回答としてお送りしています。\n")
    case("ja-16px-12pt-13px", "relay", [],
         "16px と 12pt は同じ大きさで、フッターの 13px と合わせて二種類。背景色と枠線色は文字色ではない。",
         to=b, frm="珈琲道具 たまき <support@coffee-tamaki.jp>", subject=f"Re: IHでの使用について（{o}）",
         reply=True, day=10, tz="+0900", text=text, html=html, enc=B64)

    # 7. An image of the purchased product (alt and file name name it).
    o, b = order("ja-photo", "ja", "信楽焼 土鍋 8号 飴釉")
    html = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"></head><body>
<p>お客様</p>
<p>ご注文番号 {o} の土鍋の目止めは、お粥を炊いて行います。鍋の七分目まで水を入れ、ご飯をお茶碗一杯分
加えて弱火で一時間ほど煮てから、そのまま冷ましてください。</p>
<p><img src="cid:donabe-photo" alt="信楽焼 土鍋 8号 飴釉" width="300" height="300"></p>
<p>上の写真の内側の白い部分まで、お粥が行き渡るようにしてください。</p>
<p>陶器の店 しがらき野</p>
</body></html>
"""
    text = (f"お客様\n\nご注文番号 {o} の土鍋の目止めは、お粥を炊いて行います。鍋の七分目まで水を入れ、ご飯をお茶碗一杯分\n"
            "加えて弱火で一時間ほど煮てから、そのまま冷ましてください。\n\n上の写真の内側の白い部分まで、お粥が"
            "行き渡るようにしてください。\n\n陶器の店 しがらき野\n")
    case("ja-shouhin-shashin", "quarantine", ["image.product-photo"],
         "目止めの説明に、購入された土鍋そのものの写真（alt とファイル名が商品名）を載せている。",
         to=b, frm="陶器の店 しがらき野 <info@shigarakino.jp>", subject=f"Re: 土鍋の目止め（{o}）", reply=True,
         day=10, tz="+0900", text=text, html=html, enc=B64,
         related=[(product_jpeg(), "image", "jpeg", "<donabe-photo>", "shigaraki-donabe-8go-ameyu.jpg")])

    # 8. An Excel workbook attached.
    o, b = order("ja-xlsx", "ja", "業務用 ステンレス作業台 120×60cm")
    text = f"""お客様

ご注文番号 {o} の作業台につきまして、追加の棚板2枚のお見積りを
ご依頼いただきありがとうございます。お見積書を添付いたしましたので
ご確認ください。

厨房機器 ながせ
"""
    case("ja-mitsumori-xlsx", "reject", ["attachment.not-allowed"],
         "Excel（.xlsx）の見積書を添付：Office 文書は許可された添付の種類（PDF、JPEG、PNG、テキスト）ではない。",
         to=b, frm="厨房機器 ながせ <eigyo@chubo-nagase.jp>", subject=f"Re: 棚板の見積り（{o}）", reply=True, day=11,
         tz="+0900", text=text, html=None, enc=SJIS,
         attach=[(xlsx_bytes(), "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  "mitsumori.xlsx")])

    # 9. Apple Mail reply with the carrier's number.
    o, b = order("ja-apple", "ja", "羽毛布団 シングル ダウン90%")
    paras = ["お客様",
             f"ご注文番号 {o} の羽毛布団は、佐川急便にてお届け予定です。大型のため宅配ボックスには入らず、"
             "対面でのお受け取りとなります。",
             "配達日時の変更は、佐川急便のお問い合わせ窓口（0570-01-0396）で承っております。"]
    q = (f"2026/06/10 13:31、{b}のメール:", ["日曜日しか家にいないのですが、受け取れますか。"])
    case("ja-apple-sagawa", "relay", [],
         "Apple Mail の返信。電話番号は佐川急便（配送業者）の窓口で同じ文中にある。本文スタイルの line-break は"
         "行の高さではない。",
         to=b, frm="寝具の店 ふわり <info@fuwari-shingu.jp>", subject=f"Re: 受け取りについて（{o}）", reply=True,
         day=11, tz="+0900", text=plain(paras, ["寝具の店 ふわり"], q), html=apple(paras, "<div>寝具の店 ふわり</div>", q),
         enc=B64)


def verify47(path: Path, entry: dict) -> None:
    """The shared checks; the case whose declared type lies about its bytes gets the structural ones only
    (the shared verify asserts that an application/pdf part is a PDF)."""
    if entry["slug"] != "es-factura-tipo-falso":
        verify(path, entry)
        return
    raw = path.read_bytes()
    for ln in raw.splitlines():
        assert len(ln) <= 998 and ln.decode("ascii") is not None, path
    data = [p for p in BytesParser(policy=policy.default).parsebytes(raw).walk() if p.get_filename()]
    assert len(data) == 1 and data[0].get_content().startswith(b"PK"), path


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="fortyseventh"), verify47)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
