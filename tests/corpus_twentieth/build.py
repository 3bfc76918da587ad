#!/usr/bin/env python3
"""Build the twentieth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_twentieth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. About 45 % English, the rest German, French, Spanish, Italian
and Japanese. Angle: HTML as real tools generate it (Outlook/Word MsoNormal, Gmail, Apple Mail, Thunderbird,
shop and review-app templates, helpdesk editors) and the style.*, image.*, attachment.* and message.malformed
rules on it; real images (PIL), PDFs, Office files and executables; charsets and transfer encodings.
"""

from __future__ import annotations

import hashlib
import random
import sys
from email import policy
from email.parser import BytesParser
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

_rnd = random.Random(20_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "ca": "70", "de": "30", "fr": "40", "es": "40", "it": "40", "co.jp": "25"}
_TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T09:00:00Z", shipped="2026-06-02T08:00:00Z",
                 delivered="2026-06-05T13:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
PENDING = {"shipped": "", "delivered": ""}
SP = " "  # the space of the "-- " signature separator
PRODUCER = "corpus_twentieth invoice writer 1.0"

STYLE = ["style.link-text", "style.image-alt", "style.emoji", "style.animated-gif", "style.margin",
         "style.image-width", "style.font-override", "style.font-sizes", "style.alignment", "style.line-breaks"]
IMAGE = ["image.insecure", "image.logo-link", "image.tracking-pixel", "image.product-photo", "image.not-brand"]
OTHER = ["attachment.not-allowed", "message.malformed", "link.insecure", "link.external", "link.opt-out",
         "content.email-address", "content.phone-number", "order-id.missing", "order-id.unknown",
         "order-id.buyer-mismatch", "window.expired", "language.mismatch"]
HEURISTIC = ["type.order-confirmation", "type.thank-you-only", "type.marketing", "review.incentive",
             "review.removal-request", "review.conditional", "order-problem.cancellation-request",
             "order-problem.no-adjustment", "return.unnecessary", "content.sensitive"]
EVERY = STYLE + IMAGE + OTHER + HEURISTIC


class RawMsg:
    """A message kept byte for byte (for structures the email generator would repair)."""

    policy = policy.default

    def __init__(self, raw: bytes) -> None:
        self.raw = raw.replace(b"\r\n", b"\n")

    def as_bytes(self, policy=None) -> bytes:  # noqa: A002
        if policy is not None and policy.linesep == "\r\n":
            return self.raw.replace(b"\n", b"\r\n")
        return self.raw


def _boundaries(m, slug: str) -> None:
    if not isinstance(m, RawMsg):
        set_boundaries(m, slug, prefix="twentieth")


def _verify(path: Path, entry: dict) -> None:
    """corpus_build.verify, except for the executable that is declared as a PDF (on purpose)."""
    if entry["slug"] != "exe-renombrado-como-pdf":
        verify(path, entry)
        return
    raw = path.read_bytes()
    raw.decode("ascii")
    m = BytesParser(policy=policy.default).parsebytes(raw)
    att = [p for p in m.walk() if p.get_content_disposition() == "attachment"]
    assert att and att[0].get_content().startswith(b"MZ"), path


def _d(day: int) -> str:
    return mail_date(day, "09:40:00", "+0000")


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str,
         html: str | None = None, text: str | None = None, day: int = 12, reply: bool = False,
         tolerated: tuple[str, ...] = (), charset: str = "utf-8", cte: str = "quoted-printable",
         html_cte: str | None = None, related=(), attach=(), headers=(), raw_edit=None, crlf: bool = False,
         lang: str = "") -> None:
    """One case. Every rule of EVERY not named in `rules` (or tolerated) must stay silent."""
    hdrs = list(headers) + (reply_headers(f"0100019b.e20.{slug[:24]}") if reply else [])
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    tol = (*tolerated, "content.spelling")
    absent = [r for r in EVERY if r not in rules and r not in tol]
    msg = mk(frm, to, subject, _d(day), f"<c20.{slug}@{dom}>", headers=hdrs, text=text, html=html,
             charset=charset, cte=cte, html_cte=html_cte, related=related, attach=attach)
    if raw_edit is not None:
        set_boundaries(msg, slug, prefix="twentieth")
        msg = RawMsg(raw_edit(msg.as_bytes(policy=msg.policy.clone(linesep="\n"))))
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, crlf=crlf, lang=lang)


# --------------------------------------------------------------------------------------------
# Files
# --------------------------------------------------------------------------------------------

def gif_logo(text: str) -> bytes:
    img = Image.new("RGB", (150, 44), (18, 70, 110))
    d = ImageDraw.Draw(img)
    d.rectangle([3, 3, 146, 40], outline=(240, 240, 240), width=2)
    d.text((14, 16), text, fill=(240, 240, 240))
    return img_bytes(img.convert("P", palette=Image.ADAPTIVE, colors=8), "GIF")


def pixel_gif() -> bytes:
    img = Image.new("P", (1, 1), 0)
    img.putpalette([255, 255, 255] + [0, 0, 0] * 255)
    return img_bytes(img, "GIF", transparency=0)


def diagram(width: int, label: str) -> bytes:
    img = Image.new("RGB", (width, 200), (250, 250, 248))
    d = ImageDraw.Draw(img)
    d.rectangle([20, 30, width // 2 - 20, 170], outline=(50, 50, 50), width=3)
    d.ellipse([width // 2 + 20, 40, width // 2 + 140, 160], outline=(50, 50, 50), width=3)
    d.line([(width // 2 - 20, 100), (width // 2 + 20, 100)], fill=(200, 30, 30), width=4)
    d.text((30, 180), label, fill=(20, 20, 20))
    return img_bytes(img, "PNG", optimize=True)


def receipt_jpeg(label: str) -> bytes:
    img = Image.new("RGB", (420, 560), (246, 244, 238))
    d = ImageDraw.Draw(img)
    d.rectangle([20, 20, 400, 90], outline=(30, 30, 30), width=2)
    d.text((34, 48), label, fill=(30, 30, 30))
    for y in range(120, 460, 28):
        d.line([(34, y), (386, y)], fill=(160, 160, 160), width=1)
    d.line([(60, 500), (200, 470), (260, 505), (360, 480)], fill=(20, 40, 140), width=3)
    return img_bytes(img, "JPEG", quality=84)


def board_jpeg() -> bytes:
    img = Image.new("RGB", (360, 240), (236, 228, 214))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([30, 30, 330, 210], radius=18, fill=(196, 160, 110), outline=(120, 90, 50), width=3)
    d.rounded_rectangle([50, 50, 310, 190], radius=12, outline=(140, 105, 60), width=2)
    return img_bytes(img, "JPEG", quality=85)


def label_png(text: str) -> bytes:
    img = Image.new("L", (400, 600), 255)
    d = ImageDraw.Draw(img)
    d.rectangle([10, 10, 390, 590], outline=0, width=3)
    d.text((30, 40), text, fill=0)
    for i, x in enumerate(range(40, 360, 6)):
        d.rectangle([x, 420, x + (2 if i % 3 else 4), 540], fill=0)
    return img_bytes(img, "PNG", optimize=True)


def docm_bytes() -> bytes:
    vba = b"\xcc\x61\xff\xff" + b"Attribute VB_Name = \"ThisDocument\"\r\nSub AutoOpen()\r\n" + bytes(range(256)) * 4
    files = {
        "[Content_Types].xml": (
            b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            b'<Default Extension="xml" ContentType="application/xml"/>'
            b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
            b'<Override PartName="/word/document.xml" '
            b'ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>'),
        "_rels/.rels": (
            b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" '
            b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            b'Target="word/document.xml"/></Relationships>'),
        "word/_rels/document.xml.rels": (
            b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
            b'Target="vbaProject.bin"/></Relationships>'),
        "word/document.xml": (
            b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            b'<w:p><w:r><w:t>Warranty registration form</w:t></w:r></w:p></w:body></w:document>'),
        "word/vbaProject.bin": vba,
    }
    return zip_bytes(files, date_time=(2026, 6, 10, 9, 0, 0))


def exe_bytes() -> bytes:
    dos = bytearray(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8" + b"\x00" * 43)
    dos += (128).to_bytes(4, "little")
    dos += b"\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21This program cannot be run in DOS mode.\r\r\n$"
    dos += b"\x00" * (128 - len(dos))
    pe = b"PE\x00\x00\x4c\x01\x03\x00" + b"\x00" * 12 + b"\xe0\x00\x02\x01" + bytes(range(200))
    return bytes(dos + pe)


def ics_bytes(uid: str, start: str, end: str, summary: str, location: str) -> bytes:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Montaggi Rapidi//Agenda 3.2//IT\r\nMETHOD:REQUEST\r\n"
            f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20260611T090000Z\r\nDTSTART:{start}\r\nDTEND:{end}\r\n"
            f"SUMMARY:{summary}\r\nLOCATION:{location}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()


def pdf(title: str, lines: list[str]) -> bytes:
    return make_pdf(title, lines, producer=PRODUCER)


# --------------------------------------------------------------------------------------------
# HTML as tools write it
# --------------------------------------------------------------------------------------------

def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def gmail(paras: list[str], *, quote_html: str = "", sig: str = "") -> str:
    """Gmail's composer: one <div> per line, <div><br></div> between paragraphs."""
    out = ['<div dir="ltr">']
    for i, p in enumerate(paras):
        if i:
            out.append("<div><br></div>")
        out.append("".join(f"<div>{ln}</div>" for ln in p.split("\n")))
    if sig:
        out.append(f'<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" '
                   f'class="gmail_signature" data-smartmail="gmail_signature">{sig}</div>')
    out.append("</div>")
    if quote_html:
        out.append(quote_html)
    return "\n".join(out) + "\n"


def gmail_quote(attr: str, quoted: str) -> str:
    return (f'<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{attr}<br>'
            f'</div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            f'rgb(204,204,204);padding-left:1ex">{quoted}</blockquote></div>\n')


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" \
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" \
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
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
\t{{font-family:Calibri;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}}
@font-face
\t{{font-family:"Calibri Light";
\tpanose-1:2 15 3 2 2 2 4 3 2 4;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{{margin:0cm;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;
\tmso-fareast-language:EN-US;}}
h1
\t{{mso-style-priority:9;
\tmso-style-link:"Heading 1 Char";
\tmargin-top:12.0pt;
\tmargin-right:0cm;
\tmargin-bottom:0cm;
\tmargin-left:0cm;
\tpage-break-after:avoid;
\tfont-size:16.0pt;
\tfont-family:"Calibri Light",sans-serif;
\tcolor:#2F5496;
\tfont-weight:normal;}}
h2
\t{{mso-style-priority:9;
\tmargin-top:2.0pt;
\tfont-size:13.0pt;
\tfont-family:"Calibri Light",sans-serif;
\tcolor:#2F5496;
\tfont-weight:normal;}}
a:link, span.MsoHyperlink
\t{{mso-style-priority:99;
\tcolor:#0563C1;
\ttext-decoration:underline;}}
span.EmailStyle19
\t{{mso-style-type:personal-reply;
\tfont-family:"Calibri",sans-serif;
\tcolor:windowtext;}}
.MsoChpDefault
\t{{mso-style-type:export-only;
\tfont-size:10.0pt;
\tmso-fareast-language:EN-US;}}
@page WordSection1
\t{{size:{page_size};
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
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def outlook(paras: list[str], *, lang: str = "EN-GB", charset: str = "utf-8", empty_before_sig: int = 1,
            sig: str = "", reply_block: str = "", a4: bool = True) -> str:
    """Outlook/Word HTML: MsoNormal paragraphs, <o:p>&nbsp;</o:p> empty paragraphs between them."""
    empty = '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    head = OUTLOOK_HEAD.format(charset=charset, lang=lang,
                               page_size="595.3pt 841.9pt" if a4 else "612.0pt 792.0pt",
                               page_margin="70.85pt 70.85pt 2.0cm 70.85pt" if a4 else "72.0pt 72.0pt 72.0pt 72.0pt")
    body = []
    for i, p in enumerate(paras):
        if i:
            body.append(empty)
        lines = p.split("\n")
        body.append('<p class="MsoNormal">' + "<br>\n".join(lines) + "<o:p></o:p></p>\n")
    body.append(empty * empty_before_sig)
    body.append(sig)
    if reply_block:
        body.append(empty)
        body.append(reply_block)
    return head + "".join(body) + "</div>\n</body>\n</html>\n"


def outlook_reply(frm: str, sent: str, to: str, subject: str, quoted: list[str], *, words=("From", "Sent", "To",
                  "Subject")) -> str:
    w = words
    out = ['<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
           f'<p class="MsoNormal"><b><span lang="EN-US">{w[0]}:</span></b><span lang="EN-US"> {esc(frm)}<br>\n'
           f"<b>{w[1]}:</b> {sent}<br>\n<b>{w[2]}:</b> {esc(to)}<br>\n<b>{w[3]}:</b> {esc(subject)}<o:p></o:p>"
           "</span></p>\n</div>\n"]
    for i, p in enumerate(quoted):
        if i:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        out.append(f'<p class="MsoNormal">{esc(p)}<o:p></o:p></p>\n')
    return "".join(out)


def simple(body: str, lang: str, head: str = "", charset: str = "utf-8") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" '
            f'content="text/html; charset={charset}">\n{head}</head>\n<body>\n{body}\n</body>\n</html>\n')


def paras_html(paras: list[str]) -> str:
    return "\n".join("<p>" + "<br>\n".join(p.split("\n")) + "</p>" for p in paras)


def plain(paras: list[str]) -> str:
    return "\n\n".join(paras) + "\n"


# --------------------------------------------------------------------------------------------
# English
# --------------------------------------------------------------------------------------------

def cases_en() -> None:  # noqa: PLR0915
    # ---------------- compliant near-misses ----------------
    o, b = order("gmail", "en", "Cast Iron Skillet 26 cm, Pre-Seasoned")
    paras = ["Hi,",
             f"Thanks for the photo of your skillet (order {o}). The brown patches are not rust: they are "
             "spots where the factory seasoning is still thin, and they darken with use.",
             "Cook something with plenty of oil for the first few uses (fried potatoes or onions are ideal), "
             "then wipe the pan with a thin layer of oil while it is still warm. After three or four meals the "
             "surface will be an even black.",
             "Please do not put the skillet in the dishwasher; hot water and a brush are all it needs.",
             "Best wishes,\nRuth"]
    quoted = "<div dir=\"ltr\">Hello, my new skillet has brown patches on the bottom. Is it rusty already?</div>"
    case("gmail-reply-quote-border-colour", "relay", [],
         "Gmail HTML: one <div><br></div> between paragraphs, a quote blockquote with a border colour and a 1ex "
         "padding, the buyer's alias in the quote attribution: no styling override, no address to remove.",
         to=b, frm="Ruth at Emberline Cookware <ruth@emberline-cookware.com>", reply=True,
         subject=f"Re: Brown patches on skillet - order {o}",
         text=plain(paras) + f"\nOn Thu, 11 Jun 2026 at 08:41, <{b}> wrote:\n> Hello, my new skillet has brown "
         "patches on the bottom. Is it rusty already?\n",
         html=gmail(paras, quote_html=gmail_quote(
             f'On Thu, 11 Jun 2026 at 08:41, &lt;<a href="mailto:{b}">{b}</a>&gt; wrote:', quoted)))

    o, b = order("apple", "en", "Linen Duvet Cover, Double, Sage")
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            '<div class="">Hello,</div><div class=""><br class=""></div>'
            f'<div class="">The sage duvet cover from order {o} is pre-washed, so it will not shrink noticeably '
            'at 40 degrees. The slight creasing you noticed is normal for stone-washed linen and softens after '
            'a few washes.</div><div class=""><br class=""></div>'
            '<div class="">If you prefer a smoother look, iron it while still damp on the linen setting, inside '
            'out. Please avoid fabric softener, as it coats the fibres and makes the linen less breathable.</div>'
            '<div class=""><br class=""></div><div class="">Kind regards,</div><div class="">Hannah</div>'
            '<div class="">Fernhill Linen</div><div><br class=""><blockquote type="cite" class="">'
            f'<div class="">On 11 Jun 2026, at 19:02, {b} wrote:</div><br class="Apple-interchange-newline">'
            '<div class=""><div class="">Will the duvet cover shrink in the wash? It also looks very '
            'creased.</div></div></blockquote></div><br class=""></body></html>\n')
    case("apple-mail-line-break-css", "relay", [],
         "Apple Mail HTML: the body's 'line-break: after-white-space' is a word-wrapping property, not "
         "line-height; single <div><br></div> separators; a blockquote type=cite.",
         to=b, frm="Hannah Price <hannah@fernhill-linen.co.uk>", reply=True,
         subject=f"Re: Washing the duvet cover (order {o})", html=html)

    o, b = order("tbird", "en", "Personalised Oak Chopping Board, Engraved", **PENDING)
    html = f"""<!DOCTYPE html>
<html>
  <head>
    <meta http-equiv="content-type" content="text/html; charset=UTF-8">
  </head>
  <body>
    <p>Hello,</p>
    <p>Before we engrave your chopping board (order {o}), please check the
      proof of the text below. Engraving cannot be undone, so we wait for
      your confirmation before we start.</p>
    <blockquote>
      <p>The Millers &middot; Est. 2019</p>
    </blockquote>
    <p>The text will be centred in the lower third of the board in our
      serif typeface, about 2 cm high. If anything should be changed
      (spelling, the dot, the year), just reply with the corrected text.</p>
    <p>Kind regards,</p>
    <pre class="moz-signature" cols="72">--{SP}
Owen Davies
Timbercraft Engraving Workshop</pre>
  </body>
</html>
"""
    case("thunderbird-proof-moz-signature", "relay", [],
         "Thunderbird HTML verifying a custom design: <p> paragraphs, a default blockquote indent, a "
         "moz-signature <pre>; 'centred' describes the engraving, not the message alignment.",
         to=b, frm="Owen Davies <owen@timbercraft-engraving.co.uk>",
         subject=f"Engraving proof for your chopping board - order {o}", html=html)

    o, b = order("invoice-style", "en", "Ergonomic Office Chair, Mesh Back")
    head = """<style>
  body { margin: 0; padding: 16px; }
  p { margin: 0 0 12px 0; }
  table.items { width: 100%; border-collapse: collapse; }
  table.items th { text-align: left; font-weight: bold; border-bottom: 2px solid #444444; padding: 6px 12px; }
  table.items td { padding: 6px 12px; border-bottom: 1px solid #dddddd; }
  tr.total td { background-color: #f4f4f4; font-weight: bold; }
</style>
"""
    body = f"""<p>Hello,</p>
<p>As requested, please find attached the VAT invoice for order {o}. A summary:</p>
<table class="items">
<tr><th align="left">Item</th><th align="left">Qty</th><th align="left">Amount</th></tr>
<tr><td>Ergonomic Office Chair, Mesh Back</td><td>1</td><td>$249.00</td></tr>
<tr><td>Sales tax</td><td></td><td>$19.92</td></tr>
<tr class="total"><td>Total</td><td></td><td>$268.92</td></tr>
</table>
<p>The invoice is addressed to the company name you gave us. If your accounts department needs a purchase
order number on it, reply with the number and we will reissue the PDF.</p>
<p>Regards,<br>
Accounts team, Seatwell Office</p>"""
    case("style-block-left-bold-background-invoice", "relay", [],
         "An invoice sent on request with a <style> block of defaults: text-align:left, align=left, bold, a "
         "background colour, 12px paddings, a 100% wide table; PDF invoice attached.",
         to=b, frm="Seatwell Office Accounts <accounts@seatwell-office.com>", reply=True,
         subject=f"Re: VAT invoice for order {o}", html=simple(body, "en", head),
         attach=[(pdf(f"Invoice SW-2026-1184 - order {o}",
                      ["Seatwell Office - Invoice SW-2026-1184", f"Order: {o}", "Ergonomic Office Chair, Mesh "
                       "Back x1   249.00 USD", "Sales tax 19.92 USD", "Total 268.92 USD"]),
                  "application", "pdf", "Invoice-SW-2026-1184.pdf")])

    o, b = order("xhtml", "en", "3-Seater Sofa, Velvet, Bottle Green", **PENDING)
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" \
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>Delivery booking</title>
<!-- template: delivery-booking v4.2 | http://templates.freightdesk.example/ -->
</head>
<body>
<table width="100%" cellpadding="0" cellspacing="0" border="0" role="presentation">
<tr><td style="padding: 20px 24px;">
<p>Hello,</p>
<p>Your sofa from order {o} is ready at our two-person delivery depot. Because it is delivered to the room of
your choice, we need to book a time slot with you.</p>
<p>Please reply with the slot that suits you best:</p>
<ul>
<li>Tuesday 16 June, 8:00 to 12:00</li>
<li>Wednesday 17 June, 12:00 to 16:00</li>
<li>Friday 19 June, 8:00 to 12:00</li>
</ul>
<p>Please also tell us if there is a lift, or on which floor the sofa goes, so we can send the right crew.</p>
<p>Thank you,<br />Delivery planning, Velour and Vine</p>
</td></tr>
</table>
</body>
</html>
"""
    case("xhtml-doctype-namespace-comment", "relay", [],
         "Scheduling a bulky delivery in an XHTML template: the http:// DTD, the xmlns namespace and an HTML "
         "comment naming a template URL are not links; width=100% is a table, not an image.",
         to=b, frm="Velour and Vine Delivery <delivery@velourandvine.com>",
         subject=f"Booking your sofa delivery - order {o}", html=html)

    o, b = order("sizes", "en", "Sourdough Starter Kit with Proofing Basket")
    head = """<style>
p, li { font-size: 12pt; }
.tip { font-size: 16px; background-color: #fff8e6; padding: 8px 12px; }
.foot { font-size: 11px; }
</style>
"""
    body = f"""<p>Hello,</p>
<p>Sorry to hear your starter from order {o} has not risen yet. In a cool kitchen it can take up to a week
before it doubles reliably.</p>
<h2>Feeding schedule</h2>
<ul>
<li>Keep the jar somewhere around 24 degrees, for example on top of the fridge.</li>
<li>Feed once a day: discard half, then add 50 g flour and 50 g lukewarm water.</li>
<li>Use wholemeal rye for the first three feeds; it wakes the culture up faster.</li>
</ul>
<p class="tip">Tip: put a rubber band round the jar after feeding, so you can see how far it rises.</p>
<p>Once it doubles within six hours of a feed, it is ready for your first loaf.</p>
<p>Kind regards,<br>Ines, Crumb and Crust Kits</p>
<p class="foot">Crumb and Crust Kits Ltd, registered in England and Wales, company no. 11829304</p>"""
    case("font-sizes-12pt-equals-16px", "relay", [],
         "Three distinct sizes only: 12pt paragraphs and a 16px tip are one size (1pt = 4/3 px), plus the h2 "
         "level and an 11px footer; every text has an explicit size.",
         to=b, frm="Crumb and Crust Kits <hello@crumbandcrust.co.uk>", reply=True,
         subject=f"Re: Starter not rising - order {o}", html=simple(body, "en", head))

    o, b = order("tinymce-ok", "en", "Smart Thermostat Starter Kit")
    body = f"""<div>Hello,</div>
<div>&nbsp;</div>
<div>To pair the thermostat from order {o} with the hub again, follow these steps:</div>
<ol>
<li>Hold the dial down for ten seconds until the display shows RESET.</li>
<li>In the app, open Devices, then Add device, then Thermostat.
<p style="padding-left: 40px;">If the app asks for the code, use the 8 characters printed on the back plate.</p>
<p style="padding-left: 80px;">The code is case sensitive: O and 0 look alike, the code only uses 0.</p>
<p style="padding-left: 120px;">Older back plates print the code twice; either one works.</p>
</li>
<li>Wait for the display to show the room temperature.</li>
</ol>
<div>Best regards,</div>
<div>Nadia, Thermica Support</div>"""
    case("tinymce-indent-three-steps-120px", "relay", [],
         "A helpdesk editor's indent button adds 40px per level; three levels are 120px, exactly 20 % of the "
         "600px reference, which does not exceed it.",
         to=b, frm="Thermica Support <support@thermica-home.com>", reply=True,
         subject=f"Re: Thermostat lost connection [#58213] - order {o}", html=simple(body, "en"))

    o, b = order("diagram-ok", "en", "Countertop Water Filter, 3-Stage")
    body = f"""<p>Hello,</p>
<p>The gurgling you hear from the filter (order {o}) means air is trapped in the second cartridge. The
diagram shows where the small bleed screw sits:</p>
<p><img src="cid:bleed-diagram" width="440" alt="Diagram: the bleed screw on top of the middle cartridge housing"></p>
<p>Open the screw half a turn with the tap running until only water comes out, then close it again.</p>
<p>Kind regards,<br>Marcus, ClearFlow Filters</p>"""
    case("intrinsic-560-shown-at-440", "relay", [],
         "An inline diagram 560px wide in pixels is shown with width=440 (73 %): the explicit width counts, "
         "not the intrinsic one; it has alt text.",
         to=b, frm="ClearFlow Filters <care@clearflow-filters.com>", reply=True,
         subject=f"Re: Gurgling noise from filter - order {o}", html=simple(body, "en"),
         related=[(diagram(560, "bleed screw"), "image", "png", "bleed-diagram", "bleed-screw.png")])

    o, b = order("gif-logo", "en", "Children's Name Puzzle, Wooden", **PENDING)
    body = f"""<p><img src="cid:logo-gif" alt="Little Maple Toys"></p>
<p>Hello,</p>
<p>Thank you for ordering a name puzzle (order {o}). The personalisation field of the order came through
empty, so we do not yet know which name to cut.</p>
<p>Could you reply with the name (up to 9 letters) and tell us whether you would like the letters in rainbow
colours or natural wood? We cut the puzzle as soon as we hear from you.</p>
<p>Best wishes,<br>Little Maple Toys</p>"""
    case("static-gif-logo-inline", "relay", [],
         "Asking for the personalisation needed to complete the order; the inline logo is a single-frame GIF "
         "(not animated), not linked, with alt text; an inline image is no attachment.",
         to=b, frm="Little Maple Toys <workshop@littlemapletoys.co.uk>",
         subject=f"Which name should we cut? Order {o}", html=simple(body, "en"),
         related=[(gif_logo("Little Maple"), "image", "gif", "logo-gif", "logo.gif")])

    o, b = order("amz-logo", "en", "Hand-Thrown Ceramic Planter, 20 cm")
    store = "https://www.amazon.com/stores/ClayandFern/page/6A1F2C3D-8E4B-4C7A-9F1D-2B3C4D5E6F70"
    review = "https://www.amazon.com/review/create-review?asin=B0CLAYF3RN&channel=email"
    body = f"""<p><a href="{store}"><img src="cid:cf-logo" alt="Clay and Fern on Amazon"></a></p>
<p>Hello,</p>
<p>Your planter from order {o} was delivered a few days ago. We hope it has found a good spot.</p>
<p>If you have a moment, we would appreciate an honest review of the planter on Amazon, whatever your
experience was. It helps other buyers and tells us what to improve.</p>
<p><a href="{review}">Write a review of your planter on Amazon</a></p>
<p>Kind regards,<br>Clay and Fern</p>"""
    case("logo-linked-to-amazon-store", "relay", [],
         "A neutral review request whose logo links to the seller's Amazon storefront (an Amazon domain) and "
         "whose text link names its target.",
         to=b, frm="Clay and Fern <studio@clayandfern.com>",
         subject=f"How is your planter? Order {o}", html=simple(body, "en"),
         related=[(logo_png("Clay and Fern"), "image", "png", "cf-logo", "clay-and-fern.png")])

    o, b = order("cdn-v", "en", "Bamboo Bath Mat, Foldable")
    html = (f'<div style="padding: 12px 0;"><img src="https://cdn.shopify.com/s/files/1/0612/4471/2345/files/'
            f'harbor-lane-logo.png?v=1716212345" width="140" height="40" alt="Harbor Lane Home"></div>'
            f"<div>Hi there,<br><br>The bath mat from order {o} is treated with a food-safe oil, so the faint "
            "smell when you unpack it is normal and fades within two or three days if you leave the mat "
            "unrolled near an open window.<br><br>After showers, stand it on its side so the slats dry from "
            "both sides; that keeps it from darkening.<br><br>Kind regards,<br>Sam<br>Harbor Lane Home "
            "support</div>\n")
    case("cdn-logo-version-query-brbr", "relay", [],
         "A helpdesk reply: paragraphs separated by two <br>; a remote https logo whose ?v= query is the shop "
         "CDN's cache version, not a per-recipient token; it is not linked and has alt text.",
         to=b, frm="Harbor Lane Home <support@harborlanehome.com>", reply=True,
         subject=f"Re: Smell from bath mat - order {o}", html=html)

    o, b = order("qp-amz", "en", "Stand Mixer 5.5 L, Cream")
    ret = (f"https://www.amazon.com/spr/returns/cart?orderId={o}&itemId=qpkxqlntmprs&ref_=ya_d_l_return_items"
           "&returnReason=DEFECTIVE_DOES_NOT_WORK")
    text = (f"Hello,\n\nSorry the mixer from order {o} stops after a few seconds. As it is still within the "
            "return window, the quickest way is a free return through Amazon, which also issues the refund "
            f"or replacement. The return page for your order is:\n{ret}\n\nChoose \"Defective\" as the reason "
            "and Amazon will show you the drop-off options.\n\nKind regards,\nLucy, Creamline Kitchen\n")
    html = simple(f"<p>Hello,</p><p>Sorry the mixer from order {o} stops after a few seconds. As it is still "
                  "within the return window, the quickest way is a free return through Amazon, which also issues"
                  f' the refund or replacement.</p><p><a href="{esc(ret)}">Start the return for order {o} on '
                  'Amazon</a></p><p>Choose "Defective" as the reason and Amazon will show you the drop-off '
                  "options.</p><p>Kind regards,<br>Lucy, Creamline Kitchen</p>", "en")
    case("qp-soft-break-inside-amazon-url", "relay", [],
         "Answering a buyer with a long Amazon return URL that quoted-printable splits with soft line breaks; "
         "decoded, it is one https amazon.com link with descriptive HTML text.",
         to=b, frm="Creamline Kitchen <help@creamline-kitchen.com>", reply=True,
         subject=f"Re: Mixer stops - order {o}", text=text, html=html)

    o, b = order("serials", "en", "LED Panel Light 60x60, 10-Pack")
    serials = "".join(f"PNL-2606-{40710 + i:05d}\r\n" for i in range(10)).encode()
    case("txt-attachment-serial-numbers", "relay", [],
         "The buyer's facilities team asked for the serial numbers for their asset register: a plain-text "
         "attachment, in the allow-list.",
         to=b, frm="Brightgrid Lighting <orders@brightgrid-lighting.com>", reply=True,
         subject=f"Re: Serial numbers for order {o}",
         text=f"Hello,\n\nAs requested, the serial numbers of the ten panels from order {o} are in the attached "
              "text file, one per line, in the order they were packed.\n\nThe same numbers are printed on the "
              "label on the back of each panel.\n\nRegards,\nGeorge, Brightgrid Lighting\n",
         attach=[(serials, "text", "plain", "serial-numbers.txt")])

    o, b = order("noclose", "en", "Wall Clock, Silent Sweep, 30 cm")

    def drop_close(raw: bytes) -> bytes:
        lines = raw.split(b"\n")
        last = max(i for i, ln in enumerate(lines) if ln.startswith(b"--") and ln.rstrip().endswith(b"--"))
        return b"\n".join(lines[:last] + lines[last + 1:])

    ptext = (f"Hello,\n\nThe clock from order {o} takes one AA battery. If the hands do not move, check that "
             "the small plastic tab under the battery cover has been pulled out; it keeps the battery from "
             "draining in transit.\n\nKind regards,\nPaul, Quiet Hours\n")
    case("alternative-without-closing-boundary", "relay", [],
         "A multipart/alternative whose final closing boundary is missing (a common sender bug): every mail "
         "client still shows both parts, so the message is readable, not malformed.",
         to=b, frm="Quiet Hours <hello@quiethours-clocks.com>", reply=True,
         subject=f"Re: Clock not ticking - order {o}", text=ptext,
         html=simple(paras_html(ptext.strip().split("\n\n")), "en"), raw_edit=drop_close)

    # ---------------- violations ----------------
    o, b = order("outlook", "en", "Garden Hose Reel, Wall Mounted, 30 m")
    paras = ["Dear Customer,",
             f"Thank you for your message about the hose reel from order {o}. The reel locks every metre by "
             "design, so the hose stays where you leave it. To rewind, pull the hose about 20 cm towards you "
             "until you hear a click, then let it go slowly.",
             "If the reel does not rewind at all, the spring may have been unhooked in transit. In that case "
             "please send us a short video and we will arrange a replacement under warranty.",
             "Kind regards,\nEmma Hart\nGreenreach Garden Supplies"]
    case("outlook-msonormal-calibri", "reject", ["style.font-override"],
         "Outlook/Word HTML sets font-family Calibri, colours in its <style> block and <body link/vlink>: a font "
         "override. The http:// namespaces are no links, the A4 @page margin is print-only and 94px, the "
         "unused h1/h2 declarations show no text, and the buyer's alias in the reply header is theirs.",
         to=b, frm="Greenreach Garden Supplies <support@greenreach-garden.co.uk>", reply=True,
         subject=f"RE: Hose reel won't rewind - order {o}", text=plain(paras),
         html=outlook(paras, reply_block=outlook_reply(f"Amazon Customer <{b}>", "11 June 2026 17:22",
                                                       "Greenreach Garden Supplies", "Hose reel won't rewind",
                                                       ["Hello, the reel stops every metre and will not rewind. "
                                                        "Is it broken?"])))

    o, b = order("outlook-img", "en", "Leather Dog Collar, Engraved Name Tag", **PENDING)
    paras = ["Hello,",
             f"We are about to engrave the name tag for your dog collar (order {o}). The order note says "
             "\"Bramble\" but also mentions a phone number for the back of the tag, which the listing does not "
             "include.",
             "Could you confirm whether you want only the name on the front, or tell us the exact text for the "
             "back? We can fit up to 16 characters on each side.",
             "Many thanks,\nJoe, Hound and Harness"]
    sig = ('<p class="MsoNormal"><img width="150" height="44" style="width:1.5625in;height:.4583in" '
           'id="Picture_x0020_1" src="cid:image001.png@01DCF8A2.5B7E3C10" alt="image001.png"><o:p></o:p></p>\n')
    case("outlook-three-empty-paragraphs-image001", "reject", ["style.font-override", "style.line-breaks"],
         "Outlook HTML with three <o:p>&nbsp;</o:p> empty paragraphs before the signature logo (three line breaks "
         "in a row) and Calibri/colour styles; the logo's alt is Outlook's file name, which a careful reader may "
         "or may not accept as alt text.",
         to=b, frm="Hound and Harness <joe@houndandharness.co.uk>", tolerated=("style.image-alt",),
         subject=f"Engraving text for your dog collar - order {o}", text=plain(paras),
         html=outlook(paras, empty_before_sig=3, sig=sig),
         related=[(logo_png("Hound+Harness"), "image", "png", "image001.png@01DCF8A2.5B7E3C10", "image001.png")])

    o, b = order("gsig", "en", "Cotton Hammock with Stand")
    paras = ["Hi,",
             f"The hammock from order {o} should hang with about 30 cm between the lowest point and the "
             "ground once you sit in it. If it touches the ground, move the chains one link higher on both "
             "hooks of the stand.",
             "Cheers,"]
    sig = ('<div dir="ltr"><div>Jake Morrison</div><div>Oak and Hearth Outdoor</div><div>'
           '<a href="https://www.oakandhearth-outdoor.com" target="_blank"><img width="120" height="40" '
           'src="https://ci3.googleusercontent.com/mail-sig/AIorK4wq8n3mZpX0vT7bR2cL5yF9hD1sK6eJ4uA"></a>'
           "</div></div>")
    case("gmail-signature-logo-linked-no-alt", "reject",
         ["image.logo-link", "link.external", "style.image-alt", "style.link-text"],
         "A Gmail signature logo inside a link to the seller's website: logo link and external link; the "
         "image has no alt, so the link has no text either.",
         to=b, frm="Jake Morrison <jake@oakandhearth-outdoor.com>", reply=True,
         subject=f"Re: Hammock touches the ground - order {o}", html=gmail(paras, sig=sig))

    o, b = order("tinymce-bad", "en", "Robot Vacuum with Mop, 2700 Pa")
    body = f"""<div>Hello,</div>
<div>&nbsp;</div>
<div>If the robot from order {o} keeps circling in one place, the front wheel is usually blocked:</div>
<p style="padding-left: 40px;">1. Turn the robot over and pull the front caster wheel straight out.</p>
<p style="padding-left: 80px;">2. Remove any hair wound round the axle.</p>
<p style="padding-left: 120px;">3. Push the wheel back in until it clicks.</p>
<p style="padding-left: 160px;">Note: a hair tie on the axle is the most common cause.</p>
<div>&nbsp;</div>
<div>Best regards,</div>
<div>Priya, Sweepwise Support</div>"""
    case("tinymce-indent-four-steps-160px", "reject", ["style.margin"],
         "The fourth indent level of a helpdesk editor is padding-left:160px, above 20 % of the 600px "
         "reference (120px).",
         to=b, frm="Sweepwise Support <support@sweepwise-robotics.com>", reply=True,
         subject=f"Re: Robot goes in circles [#77104] - order {o}", html=simple(body, "en"))

    o, b = order("selector", "en", "Stainless Steel Lunch Box, 3 Compartments")
    head = """<style>
#main { width: 100%; }
#main .body p { padding-left: 9em; }
#main .body h3 { margin: 0 0 8px 0; }
@media only screen and (max-width: 480px) { #main .body p { padding-left: 0 !important; } }
</style>
"""
    body = f"""<div id="main"><div class="body">
<p>Hello,</p>
<p>The silicone seal of the lunch box from order {o} sits in a groove inside the lid. If the box leaks, pull
the seal out, wash it separately and press it back in, starting at one corner.</p>
<p>Make sure the small tab of the seal points outwards; fitted upside down it will not seal.</p>
<p>Kind regards,<br>Tilly, Tiffin and Co.</p>
</div></div>"""
    case("descendant-selector-padding-9em", "reject", ["style.margin"],
         "A <style> rule '#main .body p {padding-left: 9em}' applies to every paragraph: 9em = 144px, above "
         "120px; only a small-screen media query removes it.",
         to=b, frm="Tiffin and Co. <hello@tiffinandco.com>", reply=True,
         subject=f"Re: Lunch box leaking - order {o}", html=simple(body, "en", head))

    o, b = order("headings", "en", "Espresso Machine with Milk Frother")
    body = f"""<h1>Getting started with your espresso machine</h1>
<p>Hello, here is the set-up guide you asked for (order {o}).</p>
<h2>Before the first coffee</h2>
<p>Fill the tank, switch on and run two full tanks of water through the group head and the steam wand.</p>
<h3>Grind size</h3>
<p>Start with a fine setting; a double shot should take 25 to 30 seconds.</p>
<h3>Frothing milk</h3>
<p>Purge the wand, keep the tip just below the surface, then lower the jug as the milk expands.</p>
<p>Kind regards,<br>Marco, Crema Corner</p>"""
    case("headings-three-levels-plus-body", "reject", ["style.font-sizes"],
         "h1, h2 and h3 are three sizes (headings counted by level) and the unsized paragraphs a fourth: more "
         "than three font sizes.",
         to=b, frm="Crema Corner <help@cremacorner.co.uk>", reply=True,
         subject=f"Re: Set-up guide - order {o}", html=simple(body, "en"))

    o, b = order("gfont", "en", "Kids' Bike Helmet, Size S")
    html = (f'<div dir="ltr"><div><font size="6">Helmet fitting</font></div><div><br></div>'
            f"<div>Hi, thanks for asking how the helmet from order {o} should fit.</div><div><br></div>"
            '<div><font size="4">The two-finger rule</font></div><div>The helmet should sit two fingers above '
            "the eyebrows, the straps should form a V under each ear, and only one finger should fit between "
            "the chin strap and the chin.</div><div><br></div><div>Turn the dial at the back until the helmet "
            "does not move when your child shakes their head.</div><div><br></div>"
            '<div><font size="1">Replace the helmet after any crash, even if no damage is visible.</font></div>'
            "<div><br></div><div>Best,</div><div>Ollie, Pedal Pals</div></div>\n")
    case("gmail-font-size-menu-four-sizes", "reject", ["style.font-sizes"],
         "Gmail's size menu: <font size=6>, <font size=4>, <font size=1> and the default text are four sizes.",
         to=b, frm="Ollie at Pedal Pals <ollie@pedalpals.co.uk>", reply=True,
         subject=f"Re: How should the helmet fit? Order {o}", html=html)

    o, b = order("right", "en", "Standing Desk Frame, Dual Motor")
    body = f"""<p>Hello,</p>
<p>Please find attached the invoice for order {o}, which our records show was not included in the parcel.</p>
<table width="100%" cellpadding="6" cellspacing="0" border="0">
<tr><th align="left">Description</th><th align="right">Amount</th></tr>
<tr><td>Standing Desk Frame, Dual Motor</td><td align="right">$389.00</td></tr>
<tr><td>Sales tax</td><td align="right">$31.12</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>$420.12</b></td></tr>
</table>
<p>Regards,<br>Liftline Desks</p>"""
    case("invoice-amounts-align-right", "reject", ["style.alignment"],
         "Sending a missing invoice is permitted, but the amounts column uses align=right, an override of the "
         "default alignment.",
         to=b, frm="Liftline Desks <billing@liftline-desks.com>",
         subject=f"Invoice for your order {o}", html=simple(body, "en"),
         attach=[(pdf(f"Invoice LL-8841 - order {o}", ["Liftline Desks - Invoice LL-8841", f"Order: {o}",
                                                       "Standing Desk Frame 389.00 USD", "Total 420.12 USD"]),
                  "application", "pdf", "Invoice-LL-8841.pdf")])

    o, b = order("plain3", "en", "Electric Kettle 1.7 L, Glass")
    case("plain-two-blank-lines-before-signature", "reject", ["style.line-breaks"],
         "A plain-text reply with two blank lines (three newlines) before the signature.",
         to=b, frm="Glassware Direct <service@glassware-direct.com>", reply=True,
         subject=f"Re: Kettle limescale - order {o}",
         text=f"Hello,\n\nThe white film inside the kettle from order {o} is limescale from hard water, not a "
              "defect. Boil half a litre of water with two tablespoons of citric acid, leave it for 20 minutes "
              "and rinse twice.\n\nDoing this once a month keeps the glass clear.\n\n\nRegards,\nNick\n"
              "Glassware Direct\n", cte="7bit")

    o, b = order("wide", "en", "Ceiling Fan with Light, 132 cm")
    body = f"""<p>Hello,</p>
<p>The wiring diagram for the fan from order {o} is below. The blue wire of the fan goes to neutral, the brown
wire to the switched live and the black wire (light) to the second switch.</p>
<p><img src="cid:wiring" style="max-width: 100%; height: auto;" alt="Wiring diagram for the fan and light"></p>
<p>Please have the fan installed by a qualified electrician.</p>
<p>Kind regards,<br>Aria, Breezeway Fans</p>"""
    case("inline-diagram-560-no-width", "reject", ["style.image-width"],
         "An inline diagram 560px wide with no width attribute (max-width is a cap, not a width): its intrinsic "
         "width, 93 % of 600px, is above 80 %.",
         to=b, frm="Breezeway Fans <support@breezeway-fans.com>", reply=True,
         subject=f"Re: Wiring diagram - order {o}", html=simple(body, "en"),
         related=[(diagram(560, "wiring"), "image", "png", "wiring", "wiring-diagram.png")])

    o, b = order("token", "en", "Outdoor Storage Box 420 L", **PENDING)
    tok = hashlib.sha1(b.encode()).hexdigest()
    body = f"""<p><img src="https://assets.parcelpilot-mail.com/brand/logo.png?rcpt={tok}&amp;mid=c20-0611-884" \
width="140" height="40" alt="Boxwell Outdoor"></p>
<p>Hello,</p>
<p>The storage box from order {o} ships by pallet freight. The haulier needs to know whether a vehicle of
7.5 tonnes can reach your door, or whether the box should be left at the kerb.</p>
<p>Please reply with the access details, and we will pass them on with the booking.</p>
<p>Kind regards,<br>Boxwell Outdoor</p>"""
    case("remote-logo-per-recipient-token", "reject", ["image.tracking-pixel"],
         "A remote logo whose URL carries a per-recipient token (rcpt=<hash of the buyer>) and a message id: an "
         "open tracker, although the image is full size with alt text.",
         to=b, frm="Boxwell Outdoor <dispatch@boxwell-outdoor.com>",
         subject=f"Delivery access for your storage box - order {o}", html=simple(body, "en"))

    o, b = order("imglink", "en", "Air Fryer 5.5 L, Digital")
    url = "https://www.amazon.com/gp/your-account/order-details?orderID=" + o
    body = f"""<p>Hello,</p>
<p>The replacement basket for the air fryer from order {o} was sent through Amazon as a free replacement
order, so it appears in your order history with its own delivery date.</p>
<p><a href="{url}"><img src="cid:btn" width="200" height="44" alt=""></a></p>
<p>Kind regards,<br>Crispin Kitchenware</p>"""
    case("amazon-button-image-empty-alt", "reject", ["style.image-alt", "style.link-text"],
         "A button image linked to the Amazon order page with alt=\"\": an image without alt text, and a link "
         "whose only content is that image has no text.",
         to=b, frm="Crispin Kitchenware <support@crispin-kitchen.com>", reply=True,
         subject=f"Re: Replacement basket - order {o}", html=simple(body, "en"),
         related=[(banner_png("View order", 200, 44), "image", "png", "btn", "button.png")])

    o, b = order("docm", "en", "Petrol Lawn Mower, Self-Propelled")
    case("warranty-form-docm-macro", "reject", ["attachment.not-allowed"],
         "A warranty registration form as a macro-enabled Word file (.docm): office macros are always refused.",
         to=b, frm="Greenstripe Mowers <warranty@greenstripe-mowers.com>", reply=True,
         subject=f"Re: Extended warranty - order {o}",
         text=f"Hello,\n\nTo register the extended warranty for the mower from order {o}, please fill in the "
              "attached form and send it back to us by reply; the fields for the serial number and the date of "
              "purchase fill in automatically when you open it.\n\nRegards,\nGreenstripe Mowers\n",
         attach=[(docm_bytes(), "application", "vnd.ms-word.document.macroEnabled.12",
                  "Warranty-Registration.docm")])

    o, b = order("bomb", "en", "Telescope 70 mm Refractor")

    def nest(raw: bytes) -> bytes:
        head, _, body = raw.partition(b"\n\n")
        head = b"\n".join(ln for ln in head.split(b"\n") if not ln.lower().startswith((b"content-type",
                                                                                      b"content-transfer")))
        depth = 120
        out = [head + b"\nContent-Type: multipart/mixed; boundary=\"fwd-0\"\n\nThis is a multi-part message in "
               b"MIME format.\n"]
        for i in range(depth):
            out.append(f"--fwd-{i}\nContent-Type: multipart/mixed; boundary=\"fwd-{i + 1}\"\n\n".encode())
        out.append(f"--fwd-{depth}\nContent-Type: text/plain; charset=utf-8\n\n".encode() + body.rstrip(b"\n")
                   + b"\n")
        for i in range(depth, -1, -1):
            out.append(f"--fwd-{i}--\n".encode())
        return b"".join(out)

    case("mime-nesting-120-levels", "reject", ["message.malformed"],
         "A forwarding loop in the seller's tool wrapped the text in 120 nested multiparts: past any MIME "
         "nesting limit, refused as malformed rather than expanded.",
         to=b, frm="Starfield Optics <support@starfield-optics.com>",
         subject=f"Your telescope eyepiece question - order {o}",
         text=f"Hello,\n\nThe 25 mm eyepiece gives the widest view; start with it and the finder scope to "
              f"locate objects (order {o}).\n\nRegards,\nStarfield Optics\n", cte="7bit", raw_edit=nest)

    o, b = order("woo", "en", "Bamboo Cutlery Set, 24 Pieces")
    head = """<style type="text/css">
#wrapper { background-color: #f7f7f7; margin: 0; padding: 70px 0; width: 100%; }
#template_container { background-color: #ffffff; border: 1px solid #dedede; border-radius: 3px; }
#header_wrapper { padding: 36px 48px; display: block; }
h1 { color: #ffffff; font-family: "Helvetica Neue", Helvetica, Roboto, Arial, sans-serif; font-size: 30px;
     font-weight: 300; line-height: 150%; margin: 0; text-align: left; }
h2 { color: #7f54b3; display: block; font-size: 18px; font-weight: bold; line-height: 130%; margin: 0 0 18px; }
#body_content_inner { color: #636363; font-size: 14px; line-height: 150%; text-align: left; }
#credit { font-size: 12px; line-height: 150%; text-align: center; padding: 0 48px 48px 48px; }
</style>
"""
    body = f"""<div id="wrapper" dir="ltr">
<table border="0" cellpadding="0" cellspacing="0" height="100%" width="100%"><tr><td align="center" valign="top">
<table border="0" cellpadding="0" cellspacing="0" width="600" id="template_container">
<tr><td id="header_wrapper" style="background-color: #7f54b3;"><h1>Invoice for order {o}</h1></td></tr>
<tr><td id="body_content_inner" valign="top" style="padding: 48px;">
<p>Hi there,</p>
<p>As requested, here is the invoice for your Amazon order {o}. The PDF copy is attached.</p>
<h2>[Invoice INV-20417] (1 June 2026)</h2>
<table cellspacing="0" cellpadding="6" border="1" style="width: 100%; border-color: #e5e5e5;">
<tr><th style="text-align:left">Product</th><th style="text-align:left">Quantity</th><th style="text-align:left">Price</th></tr>
<tr><td>Bamboo Cutlery Set, 24 Pieces</td><td>1</td><td>&pound;34.99</td></tr>
<tr><td colspan="2">Total (incl. VAT &pound;5.83)</td><td>&pound;34.99</td></tr>
</table>
</td></tr>
</table>
<table border="0" cellpadding="10" cellspacing="0" width="600"><tr><td id="credit">Greenfork Living</td></tr></table>
</td></tr></table>
</div>"""
    case("woocommerce-invoice-template", "reject", ["style.font-override", "style.alignment", "style.font-sizes"],
         "A WooCommerce email template sending an invoice: font-family, colours and line-height (override), "
         "td align=center and the centred credit line (alignment), 30px h1, 18px h2, 14px body and 12px "
         "credit (four sizes).",
         to=b, frm="Greenfork Living <shop@greenfork-living.co.uk>", reply=True,
         tolerated=("type.order-confirmation",),
         subject=f"Re: Invoice please - order {o}", html=simple(body, "en", head),
         attach=[(pdf(f"Invoice INV-20417 - order {o}", ["Greenfork Living - Invoice INV-20417", f"Order: {o}",
                                                         "Bamboo Cutlery Set x1  34.99 GBP"]),
                  "application", "pdf", "INV-20417.pdf")])

    o, b = order("social", "en", "Yoga Block Set, Cork, 2 Pieces", purchased="2026-05-24T10:00:00Z",
                 shipped="2026-05-25T10:00:00Z", delivered="2026-05-28T10:00:00Z")
    body = f"""<p>Hello,</p>
<p>Your cork yoga blocks from order {o} arrived a couple of weeks ago. Would you share your honest opinion
in a review on Amazon? Good or bad, it helps other customers choose.</p>
<p><a href="https://www.amazon.com/review/review-your-purchases/?asin=B0CORKY0GA">Review your yoga blocks on
Amazon</a></p>
<p>Thank you,<br>Corkflow</p>
<p><a href="https://www.instagram.com/corkflow.yoga"><img src="cid:ig" width="24" height="24" alt="Instagram"></a>
<a href="https://www.facebook.com/corkflowyoga"><img src="cid:fb" width="24" height="24" alt="Facebook"></a></p>"""
    icon = logo_png("IG", size=(24, 24))
    case("review-app-social-icons-footer", "reject", ["image.logo-link", "link.external"],
         "A neutral review request from a review app whose footer has Instagram and Facebook icons linking to "
         "the seller's profiles: images inside non-Amazon links and external links; the footer icons read as a "
         "follow request.",
         to=b, frm="Corkflow <reviews@corkflow.com>", tolerated=("type.marketing",),
         subject=f"How are your yoga blocks? Order {o}", html=simple(body, "en"),
         related=[(icon, "image", "png", "ig", "instagram.png"),
                  (logo_png("FB", size=(24, 24)), "image", "png", "fb", "facebook.png")])

    o, b = order("mc", "en", "Solid Pine Wardrobe, 3 Doors", **PENDING)
    head = """<style type="text/css">
.mcnTextContent { color: #202020; font-family: Helvetica; font-size: 16px; line-height: 150%; text-align: left; }
.mcnTextContent h2 { font-size: 22px; }
</style>
"""
    body = f"""<span class="mcnPreviewText" style="display:none; font-size:0px; line-height:0px; max-height:0px; \
max-width:0px; opacity:0; overflow:hidden; visibility:hidden; mso-hide:all;">We need a delivery date for \
order {o}</span>
<table border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td class="mcnTextContent" \
style="padding: 9px 18px;">
<h2>Choose your delivery date</h2>
<p>Hello,</p>
<p>Your pine wardrobe from order {o} is ready to leave our workshop. As it weighs 96 kg and comes in three
boxes, the carrier needs a date when someone is at home to receive it.</p>
<p>Please reply with two or three weekdays between 17 and 26 June that suit you.</p>
<p>Kind regards,<br>Pinewood Joinery</p>
</td></tr></table>"""
    case("mailchimp-preheader-line-height", "reject", ["style.font-override"],
         "A Mailchimp-style template scheduling a bulky delivery: the text block sets colour, font-family and "
         "line-height. The hidden preheader (display:none, font-size 0) shows no text, so only 16px and the "
         "22px h2 are visible sizes; text-align:left is the default.",
         to=b, frm="Pinewood Joinery <orders@pinewood-joinery.co.uk>",
         subject=f"Delivery date for your wardrobe - order {o}", html=simple(body, "en", head))

    o, b = order("photo", "en", "Bamboo Cutting Board Set, 3 Pieces")
    body = f"""<p>Hello,</p>
<p>The groove you mention runs round the edge of the largest board from order {o}: it is the juice groove,
and that side is meant for carving meat. The smooth side is for bread and vegetables.</p>
<p><img src="cid:board" width="360" alt="Bamboo Cutting Board Set, large board with the juice groove side up"></p>
<p>Oil the boards once a month with food-safe mineral oil to keep them from drying out.</p>
<p>Kind regards,<br>Grainhouse Kitchen</p>"""
    case("inline-photo-of-ordered-boards", "quarantine", ["image.product-photo"],
         "An inline photo whose alt text names the ordered product (Bamboo Cutting Board Set): an image of the "
         "purchased product, which Amazon shows itself.",
         to=b, frm="Grainhouse Kitchen <care@grainhouse-kitchen.com>", reply=True,
         subject=f"Re: Which side is up? Order {o}", html=simple(body, "en"),
         related=[(board_jpeg(), "image", "jpeg", "board", "bamboo-cutting-board-set.jpg")])


# --------------------------------------------------------------------------------------------
# German
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = order("de-spedition", "de", "Kühl-Gefrierkombination 201 cm, Edelstahl", **PENDING)
    case("cp1252-speditionstermin", "relay", [],
         "Terminabsprache für die Lieferung eines Großgeräts (windows-1252, „…“ und €): ein erlaubter Grund.",
         to=b, frm="Elektro Brandl <versand@elektro-brandl.de>", charset="windows-1252",
         subject=f"Liefertermin für Ihre Kühl-Gefrierkombination – Bestellung {o}",
         text=f"""Guten Tag,

Ihre Kühl-Gefrierkombination aus der Bestellung {o} wird von unserer Spedition
„Schwerlast Süd“ bis in die Wohnung geliefert. Dafür brauchen wir einen Termin.

Möglich sind Donnerstag, 18. Juni, oder Montag, 22. Juni, jeweils zwischen 8 und
13 Uhr. Bitte antworten Sie uns mit dem passenden Tag und teilen Sie uns mit, in
welchem Stockwerk das Gerät aufgestellt wird.

Die Lieferung ins Stockwerk ist im Kaufpreis enthalten; die Mitnahme des Altgeräts
kostet 35 € und wird nur auf Ihren Wunsch gebucht.

Mit freundlichen Grüßen
Sabine Brandl
Elektro Brandl GmbH
""")

    o, b = order("de-left", "de", "Akku-Bohrschrauber 18 V, 2 Akkus")
    body = f"""<div dir="ltr">
<p style="text-align: left;">Guten Tag,</p>
<p style="text-align: left;">danke für Ihre Nachricht zur Bestellung {o}. Der Bohrschrauber hat zwei
Gänge; der Schalter oben am Gehäuse lässt sich nur bei stehendem Motor umschalten.</p>
<table style="border-collapse: collapse; width: 100%;">
<tr><th align="left" style="font-weight: bold; background-color: #f5f5f5; padding: 4px 8px;">Gang</th>
<th align="left" style="font-weight: bold; background-color: #f5f5f5; padding: 4px 8px;">Einsatz</th></tr>
<tr><td align="left" style="padding: 4px 8px;">1 (langsam)</td><td style="padding: 4px 8px;">Schrauben eindrehen</td></tr>
<tr><td align="left" style="padding: 4px 8px;">2 (schnell)</td><td style="padding: 4px 8px;">Bohren in Holz und Metall</td></tr>
</table>
<p style="text-align: left;">Wenn der Schalter klemmt, lassen Sie den Motor ganz auslaufen und schieben Sie
ihn dann mit etwas Druck in die andere Stellung.</p>
<p style="text-align: left;">Viele Grüße<br>Jonas Keller<br>Werkzeughandel Keller</p>
</div>"""
    case("ticket-editor-text-align-left", "relay", [],
         "Ticket-Editor-HTML mit text-align:left, align=left, fett gesetzten Kopfzellen und Hintergrundfarbe: "
         "alles Standard, keine Überschreibung.",
         to=b, frm="Werkzeughandel Keller <service@werkzeug-keller.de>", reply=True,
         subject=f"AW: Gangschalter klemmt – Bestellung {o}", html=simple(body, "de"))

    o, b = order("de-mixed", "de", "Gusseisen-Bräter oval, 6,2 L")
    text = (f"Guten Tag,\n\nanbei erhalten Sie wie gewünscht die Rechnung zu Ihrer Bestellung {o} als PDF.\n\n"
            "Die Rechnung ist auf die von Ihnen angegebene Firmenanschrift ausgestellt und weist die "
            "Mehrwertsteuer getrennt aus.\n\nMit freundlichen Grüßen\nIhr Team von Topfglück\n")
    body = (f'<p><img src="cid:tg-logo" alt="Topfglück"></p>\n<p>Guten Tag,</p>\n<p>anbei erhalten Sie wie '
            f"gewünscht die Rechnung zu Ihrer Bestellung {o} als PDF.</p>\n<p>Die Rechnung ist auf die von Ihnen "
            "angegebene Firmenanschrift ausgestellt und weist die Mehrwertsteuer getrennt aus.</p>\n"
            "<p>Mit freundlichen Grüßen<br>Ihr Team von Topfglück</p>")
    case("rechnung-pdf-related-in-alternative", "relay", [],
         "Rechnung auf Anfrage: multipart/mixed mit alternative (text + related(html, Inline-Logo)) und PDF; "
         "das Inline-Logo ist kein Anhang, das PDF ist erlaubt.",
         to=b, frm="Topfglück <rechnung@topfglueck.de>", reply=True,
         subject=f"AW: Rechnung für Bestellung {o}", text=text, html=simple(body, "de"),
         related=[(logo_png("Topfglueck"), "image", "png", "tg-logo", "topfglueck-logo.png")],
         attach=[(pdf(f"Rechnung RE-2026-3318 - Bestellung {o}",
                      ["Topfglueck - Rechnung RE-2026-3318", f"Bestellung: {o}", "Gusseisen-Braeter oval 6,2 L",
                       "Summe 89,90 EUR inkl. 19% MwSt."]), "application", "pdf", "Rechnung-RE-2026-3318.pdf")])

    o, b = order("de-outlook", "de", "Teleskop-Leiter 3,8 m, Aluminium")
    paras = ["Sehr geehrte Kundin, sehr geehrter Kunde,",
             f"vielen Dank für Ihre Nachricht zur Bestellung {o}. Die Teleskop-Leiter rastet nur ein, wenn jede "
             "Sprosse einzeln ganz ausgezogen wird, bis die beiden Anzeigen an den Holmen grün sind.",
             "Zum Einfahren drücken Sie die beiden Entriegelungsknöpfe der untersten ausgezogenen Sprosse "
             "gleichzeitig. Halten Sie dabei die Finger bitte von den Holmen fern.",
             "Mit freundlichen Grüßen\nMarkus Vogt\nLeitern-Vogt"]
    case("outlook-windows-1252-calibri", "reject", ["style.font-override"],
         "Outlook-HTML in windows-1252: Calibri und Linkfarben im <style>-Block; eine einzelne <o:p>&nbsp;</o:p>"
         "-Leerzeile trennt die Absätze; die Kundenadresse im Antwortkopf ist die des Empfängers.",
         to=b, frm="Leitern-Vogt <service@leitern-vogt.de>", reply=True, charset="windows-1252",
         subject=f"AW: Leiter rastet nicht ein – Bestellung {o}", text=plain(paras),
         html=outlook(paras, lang="DE", charset="windows-1252",
                      reply_block=outlook_reply(f"Amazon-Kunde <{b}>", "Donnerstag, 11. Juni 2026 09:14",
                                                "Leitern-Vogt", "Leiter rastet nicht ein",
                                                ["Guten Tag, die Leiter rastet bei der dritten Sprosse nicht "
                                                 "ein. Was mache ich falsch?"],
                                                words=("Von", "Gesendet", "An", "Betreff"))))

    o, b = order("de-font", "de", "Bettwäsche-Set Satin 155x220, Anthrazit")
    head = """<style>
body, td, p { font: 14px/1.5 Arial, Helvetica, sans-serif; }
</style>
"""
    body = f"""<p>Hallo,</p>
<p>zu Ihrer Frage zur Bestellung {o}: Die Satin-Bettwäsche darf bei 60 Grad gewaschen werden. Drehen Sie sie
vorher auf links und schließen Sie die Reißverschlüsse, dann bleibt der Glanz erhalten.</p>
<p>Bitte keinen Weichspüler verwenden und nur bei niedriger Temperatur trocknen.</p>
<p>Viele Grüße<br>Lena von Schlafgut</p>"""
    case("font-shorthand-in-style-block", "reject", ["style.font-override"],
         "Das CSS-Kürzel 'font: 14px/1.5 Arial' setzt Schriftart und Zeilenhöhe: eine Überschreibung.",
         to=b, frm="Schlafgut <service@schlafgut-textil.de>", reply=True,
         subject=f"AW: Waschtemperatur – Bestellung {o}", html=simple(body, "de", head))

    o, b = order("de-zip", "de", "Kleiderschrank Schwebetüren 200 cm")
    files = {"Montageanleitung.pdf": pdf("Montageanleitung", ["Montageanleitung Schwebetuerenschrank",
                                                              "Schritt 1: Korpus", "Schritt 2: Laufschienen"]),
             "Bohrschablone.pdf": pdf("Bohrschablone", ["Bohrschablone 1:1", "Griffbohrung 128 mm"])}
    case("montageanleitung-als-zip", "reject", ["attachment.not-allowed"],
         "Montageanleitung und Bohrschablone als ZIP-Archiv: Archive werden immer abgelehnt, auch wenn PDFs "
         "darin stecken.",
         to=b, frm="Möbelwerk Sauer <kundendienst@moebelwerk-sauer.de>", reply=True,
         subject=f"AW: Anleitung fehlt – Bestellung {o}",
         text=f"Guten Tag,\n\nim Anhang finden Sie die Montageanleitung und die Bohrschablone für den "
              f"Kleiderschrank aus Ihrer Bestellung {o}.\n\nMit freundlichen Grüßen\nMöbelwerk Sauer\n",
         attach=[(zip_bytes(files, date_time=(2026, 6, 10, 8, 0, 0)), "application", "zip",
                  "Montageanleitung_Schwebetuerenschrank.zip")])

    o, b = order("de-logo", "de", "Hochbeet aus Lärchenholz, 120x60 cm")
    body = f"""<p><a href="https://www.gartenwerk-shop.de/"><img src="cid:gw-logo" alt="Gartenwerk"></a></p>
<p>Guten Tag,</p>
<p>zu Ihrer Frage zur Bestellung {o}: Das Hochbeet wird innen mit der beiliegenden Noppenfolie ausgekleidet,
damit das Holz nicht dauerhaft feucht wird. Die Folie wird mit den Tackernadeln aus dem Beutel C befestigt.</p>
<p>Mit freundlichen Grüßen<br>Ihr Gartenwerk-Team</p>"""
    case("shop-logo-links-to-website", "reject", ["image.logo-link", "link.external"],
         "Das Shop-Logo im Kopf verlinkt auf die eigene Website: ein Logo mit Link zur Website und ein externer "
         "Link.",
         to=b, frm="Gartenwerk <service@gartenwerk-shop.de>", reply=True,
         subject=f"AW: Folie für das Hochbeet – Bestellung {o}", html=simple(body, "de"),
         related=[(logo_png("Gartenwerk"), "image", "png", "gw-logo", "gartenwerk.png")])

    o, b = order("de-qp", "de", "Schwingschleifer 300 W mit Absaugung")
    case("qp-soft-break-in-http-link", "reject", ["link.insecure"],
         "Reiner Text in quoted-printable: der lange http://-Link zum Handbuch wird durch weiche Zeilenumbrüche "
         "zerteilt, bleibt aber ein unsicherer Link.",
         to=b, frm="Schleiftechnik Wendt <info@schleiftechnik-wendt.de>", reply=True,
         subject=f"AW: Schleifpapier hält nicht – Bestellung {o}",
         text=f"Guten Tag,\n\ndas Schleifpapier Ihres Schwingschleifers aus der Bestellung {o} wird mit den beiden "
              "Klemmbügeln vorne und hinten gespannt; die Anleitung dazu finden Sie hier: "
              "http://www.schleiftechnik-wendt.de/service/handbuecher/schwingschleifer-300w-absaugung/"
              "kapitel-4-schleifpapier-wechseln.pdf\n\nWichtig ist, das Papier vor dem Schließen des zweiten "
              "Bügels straff zu ziehen.\n\nMit freundlichen Grüßen\nSchleiftechnik Wendt\n")


# --------------------------------------------------------------------------------------------
# French
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("fr-latin1", "fr", "Théière en fonte 1,2 L, motif bambou")
    body = f"""<p>Bonjour,</p>
<p>Merci pour votre message concernant la théière de la commande {o}. Les traces rougeâtres à
l'intérieur ne sont pas de la rouille de fabrication : l'intérieur est émaillé, seul le bec est en fonte
brute.</p>
<p>Après chaque utilisation, videz la théière, rincez-la à l'eau chaude sans produit vaisselle et laissez-la
sécher couvercle ouvert. Les traces du bec partent avec une brosse douce.</p>
<p>Bien cordialement,<br>Élodie, Maison du Thé Noir</p>"""
    case("html-iso-8859-1-reponse", "relay", [],
         "Réponse HTML en ISO-8859-1 (accents, apostrophes) sur l'entretien du produit : rien à signaler.",
         to=b, frm="Maison du Thé Noir <contact@maisonduthenoir.fr>", reply=True, charset="iso-8859-1",
         subject=f"RE: Traces dans la théière - commande {o}",
         html=simple(body, "fr", charset="iso-8859-1"))

    o, b = order("fr-jpeg", "fr", "Aspirateur balai sans fil 25,2 V")
    body = f"""<p>Bonjour,</p>
<p>Suite à votre message indiquant que le colis de la commande {o} ne vous est pas parvenu, nous avons
obtenu du transporteur le bon de livraison signé. Vous le trouverez en pièce jointe.</p>
<p>Pourriez-vous vérifier si la signature correspond à un voisin ou au gardien de votre immeuble ? Si ce
n'est pas le cas, répondez-nous et nous ouvrirons une enquête auprès du transporteur.</p>
<p>Bien cordialement,<br>Service client Ménagéo</p>"""
    case("bon-de-livraison-jpeg", "relay", [],
         "Le bon de livraison signé, en JPEG, est nécessaire pour résoudre le problème de l'acheteur : pièce "
         "jointe autorisée ; ce n'est pas une photo du produit.",
         to=b, frm="Ménagéo <service@menageo.fr>", reply=True,
         subject=f"RE: Colis non reçu - commande {o}", html=simple(body, "fr"),
         attach=[(receipt_jpeg("BON DE LIVRAISON 88120437"), "image", "jpeg", "bon-de-livraison-signe.jpg")])

    o, b = order("fr-margin", "fr", "Coussin de méditation en sarrasin")
    body = f"""<div style="margin: 0 25%;">
<p>Bonjour,</p>
<p>Le coussin de la commande {o} est rempli de balles de sarrasin. Pour ajuster sa hauteur, ouvrez la
fermeture éclair de la housse intérieure et retirez une ou deux poignées de balles.</p>
<p>Gardez les balles retirées dans un sac en tissu : vous pourrez les remettre plus tard.</p>
<p>Belle journée,<br>Claire, Atelier Zafu</p>
</div>"""
    case("marge-raccourci-0-25-pourcent", "reject", ["style.margin"],
         "Le raccourci 'margin: 0 25%' donne 25 % à gauche et à droite : au-delà de 20 %.",
         to=b, frm="Atelier Zafu <bonjour@atelier-zafu.fr>", reply=True,
         subject=f"RE: Hauteur du coussin - commande {o}", html=simple(body, "fr"))

    o, b = order("fr-br", "fr", "Store enrouleur occultant 90x190 cm", **PENDING)
    html = (f"<div>Bonjour,<br><br>Pour découper votre store enrouleur (commande {o}) à la bonne largeur, il "
            "nous manque une information : la mesure doit-elle être prise à l'intérieur de l'encadrement de la "
            "fenêtre ou sur le mur, au-dessus de l'encadrement ?<br><br>Merci de nous indiquer la largeur "
            "exacte en centimètres ; nous lançons la découpe dès réception.<br><br><br>Cordialement,<br>"
            "L'équipe Stores Lumière</div>\n")
    case("trois-br-avant-signature", "reject", ["style.line-breaks"],
         "Demande d'information nécessaire à la commande, mais trois <br> d'affilée avant la signature.",
         to=b, frm="Stores Lumière <atelier@stores-lumiere.fr>",
         subject=f"Mesure de votre store - commande {o}", html=html)

    o, b = order("fr-pixel", "fr", "Lampe de bureau LED, bras articulé")
    body = f"""<p>Bonjour,</p>
<p>Votre lampe de bureau (commande {o}) vous a été livrée la semaine dernière. Si vous avez un moment,
votre avis sur Amazon, qu'il soit positif ou négatif, aidera les autres clients.</p>
<p><a href="https://www.amazon.fr/review/create-review?asin=B0LAMPE7XQ">Donner votre avis sur la lampe sur
Amazon</a></p>
<p>Cordialement,<br>Luminaires Arcade</p>
<img src="cid:ouv-7f3a">"""
    case("pixel-1x1-cid-sans-dimensions", "reject", ["image.tracking-pixel", "style.image-alt"],
         "Une demande d'avis neutre suivie d'une image GIF 1x1 inline sans attributs width/height ni alt : "
         "pixel de suivi (1 px intrinsèque) et image sans texte alternatif.",
         to=b, frm="Luminaires Arcade <avis@luminaires-arcade.fr>",
         subject=f"Votre avis sur votre lampe - commande {o}", html=simple(body, "fr"),
         related=[(pixel_gif(), "image", "gif", "ouv-7f3a", "o.gif")])

    o, b = order("fr-docx", "fr", "Robot pâtissier 1200 W, 5 L")
    case("formulaire-retour-docx", "reject", ["attachment.not-allowed"],
         "Un formulaire de retour en .docx : type hors de la liste autorisée (PDF, JPEG, PNG, texte).",
         to=b, frm="Cuisine Pro Direct <sav@cuisinepro-direct.fr>", reply=True,
         subject=f"RE: Retour du robot - commande {o}",
         text=f"Bonjour,\n\nPour le retour du robot de la commande {o}, merci de remplir le formulaire ci-joint "
              "(numéro de série, description du défaut) et de nous le renvoyer en réponse à ce message.\n\n"
              "Cordialement,\nCuisine Pro Direct\n",
         attach=[(make_docx(["Formulaire de retour", f"Commande : {o}", "Numéro de série :",
                             "Description du défaut :"]), "application",
                  "vnd.openxmlformats-officedocument.wordprocessingml.document", "formulaire-retour.docx")])

    o, b = order("fr-center", "fr", "Plaid en laine mérinos 130x170")
    body = f"""<table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td style="text-align: center; padding: 24px;">
<p>Bonjour,</p>
<p>Le plaid de la commande {o} se lave à la main à 30 degrés maximum, avec une lessive pour laine.
Ne le tordez pas : pressez-le dans une serviette, puis séchez-le à plat.</p>
<p>À bientôt,<br>Laines du Vercors</p>
</td></tr>
</table>"""
    case("cellule-text-align-center", "reject", ["style.alignment"],
         "Tout le corps du message est dans une cellule en text-align:center : message centré.",
         to=b, frm="Laines du Vercors <contact@laines-vercors.fr>", reply=True,
         subject=f"RE: Lavage du plaid - commande {o}", html=simple(body, "fr"))


# --------------------------------------------------------------------------------------------
# Spanish
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("es-b64", "es", "Cafetera italiana de acero inoxidable, 6 tazas")
    body = f"""<p>Hola:</p>
<p>Gracias por escribirnos sobre la cafetera del pedido {o}. Si el café sale por los lados en lugar de
subir, la junta de goma aún no se ha asentado o el filtro no está bien enroscado.</p>
<p>Enrosque las dos partes con firmeza, sin apretar el café molido en el filtro, y use agua por debajo de la
válvula de seguridad. Tras tres o cuatro usos la junta se adapta.</p>
<p>Un saludo,<br>Marta, Cafeteras del Sur</p>"""
    case("html-base64-respuesta", "relay", [],
         "Respuesta HTML codificada en base64 con instrucciones de uso: nada que señalar.",
         to=b, frm="Cafeteras del Sur <atencion@cafeterasdelsur.es>", reply=True, html_cte="base64",
         subject=f"RE: La cafetera pierde café - pedido {o}", html=simple(body, "es"))

    o, b = order("es-pad", "es", "Frigorífico combi 186 cm, No Frost", **PENDING)
    body = f"""<table width="100%" cellpadding="0" cellspacing="0" border="0" role="presentation">
<tr><td style="padding: 24px 32px; border-top: 4px solid #2a6f97;">
<p>Hola:</p>
<p>Su frigorífico del pedido {o} mide 186 cm de alto y 60 cm de ancho con el embalaje. Antes de programar la
entrega necesitamos saber si cabe por la puerta de su cocina y si el edificio tiene ascensor.</p>
<p>Por favor, responda con el ancho de la puerta más estrecha del recorrido y el piso de entrega.</p>
<p>Un saludo,<br>Logística Electrohogar</p>
</td></tr>
</table>"""
    case("tabla-100-padding-32px", "relay", [],
         "Programar la entrega de un aparato voluminoso en una tabla de ancho 100 % con padding de 24/32px y "
         "un borde de color: ni margen excesivo ni cambio de color de letra.",
         to=b, frm="Electrohogar <logistica@electrohogar.es>",
         subject=f"Entrega de su frigorífico - pedido {o}", html=simple(body, "es"))

    o, b = order("es-textpart", "es", "Set de 3 sartenes antiadherentes")
    text = (f"Hola:\n\nLas sartenes del pedido {o} son aptas para inducción. Si la placa no las detecta, "
            "colóquelas en el centro de la zona de cocción; el diámetro de la base de la sartén pequeña es de "
            "14 cm.\n\nUn saludo,\nCocina Viva\n\n--\nCocina Viva - https://www.cocinaviva-tienda.es\n")
    body = (f"<p>Hola:</p><p>Las sartenes del pedido {o} son aptas para inducción. Si la placa no las detecta, "
            "colóquelas en el centro de la zona de cocción; el diámetro de la base de la sartén pequeña es de "
            "14 cm.</p><p>Un saludo,<br>Cocina Viva</p>")
    case("parte-texto-con-url-tienda", "reject", ["link.external"],
         "La parte HTML está limpia, pero la parte de texto que genera la herramienta lleva en el pie la URL "
         "https de la tienda: un enlace externo que el comprador puede leer.",
         to=b, frm="Cocina Viva <hola@cocinaviva-tienda.es>", reply=True,
         subject=f"RE: Sartenes e inducción - pedido {o}", text=text, html=simple(body, "es"))

    o, b = order("es-face", "es", "Mochila de senderismo 40 L")
    paras = ["Hola,", f"La mochila del pedido {o} lleva el protector de lluvia en el bolsillo de la base, bajo "
             "una cremallera pequeña. Se despliega tirando de la cinta naranja.", "Saludos,\nPablo\nMontaña Norte"]
    html = ('<div dir="ltr"><font face="verdana, sans-serif">' + "<div><br></div>".join(
        "".join(f"<div>{ln}</div>" for ln in p.split("\n")) for p in paras) + "</font></div>\n")
    case("gmail-font-face-verdana", "reject", ["style.font-override"],
         "Gmail con la fuente Verdana elegida en el menú: <font face> cambia la familia tipográfica.",
         to=b, frm="Pablo <pablo@montananorte.es>", reply=True,
         subject=f"Re: ¿Dónde está el protector de lluvia? Pedido {o}", text=plain(paras), html=html)

    o, b = order("es-exe", "es", "Báscula de baño inteligente")
    case("exe-renombrado-como-pdf", "reject", ["attachment.not-allowed"],
         "Un ejecutable (cabecera MZ) enviado como factura.pdf con tipo application/pdf: se juzga por los "
         "bytes, no por el nombre.",
         to=b, frm="Salud Digital <facturas@saluddigital-tienda.es>", reply=True,
         subject=f"RE: Factura del pedido {o}",
         text=f"Hola:\n\nAdjuntamos la factura del pedido {o}, tal como nos pidió.\n\nUn saludo,\nSalud Digital\n",
         attach=[(exe_bytes(), "application", "pdf", "factura.pdf")])

    o, b = order("es-aqui", "es", "Purificador de aire HEPA H13")
    body = f"""<p>Hola:</p>
<p>El filtro de recambio para el purificador del pedido {o} está disponible en Amazon. Puede encontrarlo
<a href="https://www.amazon.es/dp/B0FILTRH13">aquí</a>.</p>
<p>Recomendamos cambiarlo cada seis meses; el indicador rojo del panel le avisa.</p>
<p>Un saludo,<br>AireLimpio</p>"""
    case("enlace-con-texto-aqui", "reject", ["style.link-text"],
         "El enlace a Amazon tiene como texto solo 'aquí': texto genérico sin explicación.",
         to=b, frm="AireLimpio <soporte@airelimpio.es>", reply=True,
         subject=f"RE: Filtro de recambio - pedido {o}", html=simple(body, "es"))

    o, b = order("es-gif", "es", "Lámpara de sal del Himalaya 3 kg", **PENDING)
    body = f"""<p><img src="cid:anim" alt="Lámparas Sal Rosa"></p>
<p>Hola:</p>
<p>La lámpara de su pedido {o} es una pieza tallada a mano y la que teníamos reservada se ha agrietado en
el taller. Tenemos otras dos de 3 kg con formas algo distintas: ¿prefiere la más alta y estrecha o la más
redondeada? Enviamos la que elija el mismo día.</p>
<p>Un saludo,<br>Lámparas Sal Rosa</p>"""
    case("gif-animado-cabecera", "reject", ["style.animated-gif"],
         "Pregunta necesaria para completar el pedido, pero con un GIF animado de dos fotogramas en la "
         "cabecera.",
         to=b, frm="Lámparas Sal Rosa <pedidos@lamparassalrosa.es>",
         subject=f"Su lámpara de sal - pedido {o}", html=simple(body, "es"),
         related=[(animated_gif(("SAL ROSA", "hecho a mano")), "image", "gif", "anim", "cabecera.gif")])

    o, b = order("es-600", "es", "Toldo retráctil 3x2 m")
    body = f"""<p><img src="cid:esquema" width="600" alt="Esquema de montaje de los soportes del toldo"></p>
<p>Hola:</p>
<p>En el esquema tiene la posición de los soportes del toldo del pedido {o}: deben quedar a 10 cm por encima
del marco de la puerta y como máximo a 40 cm de cada extremo.</p>
<p>Un saludo,<br>Toldos Levante</p>"""
    case("imagen-width-600", "reject", ["style.image-width"],
         "Un esquema con width=600: el 100 % del ancho de referencia, por encima del 80 %.",
         to=b, frm="Toldos Levante <montaje@toldoslevante.es>", reply=True,
         subject=f"RE: Montaje del toldo - pedido {o}", html=simple(body, "es"),
         related=[(diagram(600, "soportes"), "image", "png", "esquema", "esquema-soportes.png")])


# --------------------------------------------------------------------------------------------
# Italian
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("it-tb", "it", "Macchina per pasta manuale, acciaio")
    html = f"""<!DOCTYPE html>
<html>
  <head>
    <meta http-equiv="content-type" content="text/html; charset=UTF-8">
  </head>
  <body>
    <p>Buongiorno,</p>
    <p>la macchina per la pasta dell'ordine {o} non va mai lavata in acqua:
      i rulli si ossidano. Dopo l'uso lasci asciugare i residui di impasto
      per un'ora e li tolga con il pennello incluso.</p>
    <div class="moz-cite-prefix">Il 11/06/2026 20:15, Acquirente ha scritto:<br>
    </div>
    <blockquote type="cite">
      <p>Posso lavare i rulli sotto l'acqua?</p>
    </blockquote>
    <p>Cordiali saluti,</p>
    <pre class="moz-signature" cols="72">--{SP}
Giulia Ferri
Pasta Fresca Attrezzi</pre>
  </body>
</html>
"""
    case("thunderbird-citazione-firma", "relay", [],
         "HTML di Thunderbird con citazione (blockquote type=cite) e firma moz-signature: nessuno stile "
         "sovrascritto.",
         to=b, frm="Giulia Ferri <giulia@pastafresca-attrezzi.it>", reply=True,
         subject=f"Re: Pulizia dei rulli - ordine {o}", html=html)

    o, b = order("it-color", "it", "Set coltelli da cucina 6 pezzi con ceppo")
    head = """<style>
p, li { color: #222222 !important; }
</style>
"""
    body = f"""<p>Buongiorno,</p>
<p>i coltelli dell'ordine {o} vanno lavati a mano e asciugati subito. Per mantenere il filo:</p>
<ul>
<li>usi un tagliere di legno o di plastica, mai di vetro;</li>
<li>passi l'acciaino ogni due o tre utilizzi.</li>
</ul>
<p>Cordiali saluti,<br>Lame di Maniago</p>"""
    case("colore-testo-important", "reject", ["style.font-override"],
         "Il blocco <style> impone 'color: #222222 !important' al testo: cambia il colore del carattere.",
         to=b, frm="Lame di Maniago <assistenza@lamedimaniago.it>", reply=True,
         subject=f"R: Manutenzione coltelli - ordine {o}", html=simple(body, "it", head))

    o, b = order("it-ics", "it", "Climatizzatore dual split 9000+12000 BTU, installazione inclusa", **PENDING)
    case("appuntamento-ics-allegato", "reject", ["attachment.not-allowed"],
         "Fissare l'appuntamento di installazione è permesso, ma l'invito .ics (text/calendar) non è tra i "
         "tipi ammessi (PDF, JPEG, PNG, testo semplice): la data basta nel testo.",
         to=b, frm="Montaggi Rapidi <agenda@montaggirapidi.it>",
         subject=f"Appuntamento per l'installazione - ordine {o}",
         text=f"Buongiorno,\n\nper l'installazione del climatizzatore dell'ordine {o} le proponiamo martedì 23 "
              "giugno dalle 9 alle 13. Alleghiamo l'invito per il calendario; se la data non va bene, ci "
              "risponda con due alternative.\n\nCordiali saluti,\nMontaggi Rapidi\n",
         attach=[(ics_bytes("inst-0623@montaggirapidi.it", "20260623T070000Z", "20260623T110000Z",
                            "Installazione climatizzatore", "Domicilio del cliente"),
                  "text", "calendar", "installazione.ics")])

    o, b = order("it-hidden", "it", "Zaino porta PC 15,6 pollici")
    body = f"""<p>Buongiorno,</p>
<p>la tasca imbottita dello zaino dell'ordine {o} accoglie portatili fino a 15,6 pollici; il divisorio in
velcro si sposta per i modelli più sottili.</p>
<p>Cordiali saluti,<br>Zaini Urbani</p>
<img src="https://mail.zainiurbani-crm.it/r/open.png?t=a71c" width="120" height="30" alt="Zaini Urbani" \
style="display:none">"""
    case("immagine-nascosta-display-none", "reject", ["image.tracking-pixel"],
         "Un'immagine remota nascosta con display:none in fondo al messaggio: immagine nascosta di "
         "tracciamento.",
         to=b, frm="Zaini Urbani <assistenza@zainiurbani.it>", reply=True,
         subject=f"R: Misura del portatile - ordine {o}", html=simple(body, "it"))

    o, b = order("it-nbsp", "it", "Lampada da terra ad arco, marmo")
    body = f"""<p>Buongiorno,</p>
<p>la base in marmo della lampada dell'ordine {o} arriva in una scatola separata. Il braccio si avvita nella
base prima di inserire il paralume.</p>
<p>&nbsp;</p>
<p>&nbsp;</p>
<p>&nbsp;</p>
<p>Cordiali saluti,<br>Luce e Forma</p>"""
    case("tre-paragrafi-vuoti", "reject", ["style.line-breaks"],
         "Tre <p>&nbsp;</p> di fila prima della firma: più di due interruzioni di riga consecutive.",
         to=b, frm="Luce e Forma <info@luceeforma.it>", reply=True,
         subject=f"R: Base della lampada - ordine {o}", html=simple(body, "it"))

    o, b = order("it-http", "it", "Stendibiancheria da balcone, alluminio")
    body = f"""<p><img src="http://www.casaordinata.it/img/logo-email.png" width="140" alt="Casa Ordinata"></p>
<p>Buongiorno,</p>
<p>per chiudere lo stendibiancheria dell'ordine {o} sollevi leggermente le ali prima di premere i due
pulsanti laterali.</p>
<p>Cordiali saluti,<br>Casa Ordinata</p>"""
    case("logo-in-http", "reject", ["image.insecure"],
         "Il logo è caricato da un indirizzo http://: immagine non sicura (non è un link).",
         to=b, frm="Casa Ordinata <servizio@casaordinata.it>", reply=True,
         subject=f"R: Chiusura dello stendibiancheria - ordine {o}", html=simple(body, "it"))


# --------------------------------------------------------------------------------------------
# Japanese
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("ja-sjis", "ja", "電気圧力鍋 3.0L")
    body = f"""<p>お客様</p>
<p>ご注文番号 {o} の電気圧力鍋についてお問い合わせいただき、ありがとうございます。</p>
<p>蒸気が漏れる場合は、ふた内側のパッキンが溝にきちんとはまっているかご確認ください。
パッキンは取り外して洗えますが、裏表があります。文字が刻印されている面を上にして取り付けてください。</p>
<p>今後ともよろしくお願いいたします。<br>キッチン家電の森田</p>"""
    case("shift-jis-html-henshin", "relay", [],
         "Shift_JIS・base64 の HTML 返信：使い方の説明のみで、スタイルの上書きはない。",
         to=b, frm="キッチン家電の森田 <support@morita-kaden.jp>", reply=True, charset="shift_jis",
         cte="base64", subject=f"Re: 蒸気漏れについて（注文番号 {o}）",
         html=simple(body, "ja", charset="Shift_JIS"))

    o, b = order("ja-jis", "ja", "ダイニングテーブル 幅150cm 無垢材", **PENDING)
    case("iso-2022-jp-haitatsu-nittei", "relay", [],
         "ISO-2022-JP のテキスト：大型家具の配達日時の調整（許可される理由）。",
         to=b, frm="家具工房 木の香 <order@kinoka-kagu.jp>", charset="iso-2022-jp", cte="7bit",
         subject=f"配達日時のご相談（注文番号 {o}）",
         text=f"""お客様

このたびはご注文（注文番号 {o}）いただき、ありがとうございます。

ダイニングテーブルは大型商品のため、配送業者が二名でお届けし、組み立てまで行います。
つきましては、以下の候補からご都合のよい日時をお知らせください。

・6月18日（木）午前
・6月20日（土）午後
・6月23日（火）午前

搬入経路に階段がある場合は、あわせてお知らせください。

家具工房 木の香
""")

    o, b = order("ja-meiryo", "ja", "ワイヤレスイヤホン ノイズキャンセリング")
    body = f"""<div style="font-family: 'メイリオ', Meiryo, 'ヒラギノ角ゴ ProN', sans-serif;">
<p>お客様</p>
<p>ご注文番号 {o} のイヤホンが片方だけ接続できない件につきまして、ご案内いたします。</p>
<p>両方のイヤホンをケースに戻し、ケースのボタンを十秒間長押ししてください。ランプが赤く三回点滅すればリセット完了です。</p>
<p>オーディオショップ響</p>
</div>"""
    case("meiryo-font-family", "reject", ["style.font-override"],
         "本文全体に font-family（メイリオ）を指定：既定のフォントの上書き。",
         to=b, frm="オーディオショップ響 <support@hibiki-audio.jp>", reply=True,
         subject=f"Re: 片耳が接続できません（注文番号 {o}）", html=simple(body, "ja"))

    o, b = order("ja-center", "ja", "土鍋 9号 萬古焼")
    body = f"""<div align="center">
<p>お客様</p>
<p>ご注文番号 {o} の土鍋は、初めてお使いになる前に「目止め」をお願いいたします。</p>
<p>八分目まで水を入れ、ご飯茶碗一杯分のご飯を加えて弱火で一時間ほど煮てから、そのまま冷ましてください。</p>
<p>陶器の店 萬古</p>
</div>"""
    case("div-align-center-honbun", "reject", ["style.alignment"],
         "本文全体を <div align=\"center\"> で中央揃え：既定の配置の上書き。",
         to=b, frm="陶器の店 萬古 <info@banko-touki.jp>", reply=True,
         subject=f"Re: 土鍋の使い始め（注文番号 {o}）", html=simple(body, "ja"))

    o, b = order("ja-alt", "ja", "ステンレス水筒 500ml")
    body = f"""<p><img src="cid:logo-ja" alt="　"></p>
<p>お客様</p>
<p>ご注文番号 {o} の水筒のパッキンは、ふたの内側から引き抜いて外せます。洗浄後は、溝に沿って奥までしっかり押し込んでください。</p>
<p>水筒専門店 しずく</p>"""
    case("alt-zenkaku-space", "reject", ["style.image-alt"],
         "ロゴ画像の alt が全角スペースのみ：実質的に代替テキストがない。",
         to=b, frm="水筒専門店 しずく <support@shizuku-bottle.jp>", reply=True,
         subject=f"Re: パッキンの外し方（注文番号 {o}）", html=simple(body, "ja"),
         related=[(logo_png("SHIZUKU"), "image", "png", "logo-ja", "logo.png")])

    o, b = order("ja-label", "ja", "ロードバイク用ヘルメット Mサイズ")
    case("henpin-label-png", "relay", [],
         "返品に必要な返送用ラベルを PNG で添付：配送ラベルは許可された添付ファイル。",
         to=b, frm="サイクルショップ風 <support@cycle-kaze.jp>", reply=True, charset="iso-2022-jp",
         cte="7bit", subject=f"Re: サイズ交換について（注文番号 {o}）",
         text=f"""お客様

ご注文番号 {o} のヘルメットのサイズ交換につきまして、返送用のラベルを添付いたします。

ラベルを印刷して箱に貼り、最寄りの営業所へお持ち込みください。送料は当店が負担いたします。
Lサイズは、返送品の到着を確認した当日に発送いたします。

サイクルショップ風
""",
         attach=[(label_png("RETURN LABEL 4471-0926"), "image", "png", "henpin-label.png")])


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, _boundaries, _verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
