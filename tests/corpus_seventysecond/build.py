#!/usr/bin/env python3
"""Build the seventy-second labelled corpus: orders.csv, cases/*.eml and labels.json.

    .venv/bin/python tests/corpus_seventysecond/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md (with its Clarifications), not from the rule code or data. The angle: the style.* and
image.* rules (and link-text / logo links / attachments where the HTML invites them) on HTML as real tools emit
it: shop-system notification templates, helpdesks with signatures and quoted history, review-request tools,
Outlook desktop (mso comments, <o:p>), Gmail web, Apple Mail, Thunderbird and MJML / Mailchimp-style table
layouts with inline CSS and <style> blocks. Each violation breaks one focused style/image rule; the compliant
cases carry a lot of HTML that stays inside the limits, with boundary values just under the thresholds
(three font sizes, 480 px images, 120 px / 90pt padding, two line breaks in a row).
"""

from __future__ import annotations

import io
import random
import sys
from functools import partial
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))
from corpus_build import (  # noqa: E402
    OrderBook,
    add_case,
    animated_gif,
    banner_png,
    diagram_png,
    img_bytes,
    logo_jpeg,
    logo_png,
    mail_date,
    make_docx,
    make_pdf,
    mk,
    reply_headers,
    serum_jpeg,
    set_boundaries,
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(72_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "de": "30", "fr": "40", "es": "40", "it": "40", "co.jp": "25"}
_TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T09:30:00Z", shipped="2026-06-02T14:00:00Z",
                 delivered="2026-06-05T16:20:00Z")
ORDERS = BOOK.rows

# Every rule that a case of this corpus could plausibly trip; whatever a case does not name must stay silent.
CHECKED = [
    "style.link-text", "style.image-alt", "style.emoji", "style.animated-gif", "style.margin", "style.image-width",
    "style.font-override", "style.font-sizes", "style.alignment", "style.line-breaks",
    "image.insecure", "image.logo-link", "image.tracking-pixel", "image.product-photo",
    "link.insecure", "link.external", "link.opt-out", "attachment.not-allowed",
    "content.email-address", "content.phone-number", "order-id.missing", "order-id.unknown", "window.expired",
    "language.mismatch", "type.marketing", "type.order-confirmation", "type.thank-you-only", "review.incentive",
    "review.conditional", "return.unnecessary",
]
QP = {"cte": "quoted-printable"}
B64 = {"cte": "base64"}
L1 = {"charset": "windows-1252", "cte": "quoted-printable"}
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}


def gif_1x1() -> bytes:
    return img_bytes(Image.new("P", (1, 1), 0), "GIF")


def static_gif(text: str) -> bytes:
    img = logo_png(text, size=(140, 40))
    return img_bytes(Image.open(io.BytesIO(img)).convert("P", palette=Image.ADAPTIVE, colors=16), "GIF")


def spacer_png(w: int, h: int) -> bytes:
    return img_bytes(Image.new("RGB", (w, h), (230, 230, 230)), "PNG")


def H(slug: str, verdict: str, rules: list[str], note: str, *, lang: str, title: str, frm: str, subject: str,
      html: str, text: str | None = None, reply: bool = False, related=(), attach=(), tolerated=(),
      enc: dict | None = None, crlf: bool = False, day: int = 12, time: str = "10:14:03", tz: str = "+0000",
      tld: str = "") -> None:
    """One HTML case: a fresh order; '§O' in subject/html/text is its order ID, '§B' the buyer address."""
    oid, addr = BOOK.add(slug, lang, title, tld=tld)

    def fill(s: str) -> str:
        return s.replace("§O", oid).replace("§B", addr)
    tol = (*tolerated, "content.spelling")
    absent = [r for r in CHECKED if r not in rules and r not in tol]
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    hdrs = reply_headers(f"0100019c.72.{slug[:20]}") if reply else []
    kw = dict(enc or QP)
    msg = mk(frm, addr, fill(subject), mail_date(day, time, tz), f"<s72.{slug}@{dom}>", headers=hdrs,
             html=fill(html), text=fill(text) if text is not None else None, related=related, attach=attach, **kw)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, crlf=crlf, lang=lang)


def doc(body: str, *, head: str = "", lang: str = "en", body_attr: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" '
            f'content="text/html; charset=utf-8">\n<meta name="viewport" content="width=device-width, '
            f'initial-scale=1">\n{head}</head>\n<body{body_attr}>\n{body}\n</body>\n</html>\n')


OUTLOOK_HEAD = """<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
"""


def outlook(paras: list[str], lang: str = "EN-US") -> str:
    body = "\n".join(paras)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n' + OUTLOOK_HEAD +
            f'</head>\n<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n')


def mso(text: str) -> str:
    return f'<p class="MsoNormal">{text}<o:p></o:p></p>'


MSO_EMPTY = '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'


# --------------------------------------------------------------------------------------------
# English (amazon.com / amazon.co.uk)
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    # ---- shop-system templates -------------------------------------------------------------
    shop_head = """<style type="text/css">
body { margin: 0; padding: 0; }
.container { width: 100%; max-width: 560px; }
.section { padding: 16px 20px; }
.button { display: inline-block; padding: 12px 22px; background-color: #1f3b57; border-radius: 4px;
  text-decoration: none; }
.divider { border-top: 1px solid #e5e5e5; }
@media (max-width: 600px) {
  .container { width: 100% !important; }
  .section { padding: 12px !important; }
}
</style>
"""
    body = """<table class="container" role="presentation" cellpadding="0" cellspacing="0" border="0">
<tr><td class="section"><img src="cid:fernhollow-logo" alt="Fernhollow Engraving" width="150" height="44"></td></tr>
<tr><td class="section">
<h2>Please check your engraving text</h2>
<p>Hello,</p>
<p>Thank you for your order §O (Personalised Oak Chopping Board, Large). Before we cut the board, please confirm
the wording you entered at checkout:</p>
<p><strong>&quot;The Hendersons &middot; Est. 2019&quot;</strong></p>
<p>If it is correct, simply reply &quot;OK&quot; to this message. If you would like a change, reply with the
new wording and we will engrave that instead. We hold the board until we hear from you.</p>
<p><a class="button" href="https://www.amazon.com/gp/css/order-history">View the order in your Amazon account</a></p>
</td></tr>
<tr><td class="section divider">
<p>Fernhollow Engraving<br>Unit 4, Mill Lane Workshops, Asheville NC</p>
</td></tr>
</table>"""
    logo = (logo_png("Fernhollow"), "image", "png", "<fernhollow-logo>", "fernhollow-logo.png")
    H("shopify-engraving-proof", "relay", [],
      "Shop-system notification layout (<style> with background-color, border-radius, an @media query, a 560 px "
      "container) that sets no font family, colour or line height; an unlinked logo with alt; one h2 plus body "
      "text is two sizes; a custom-design verification.",
      lang="en", title="Personalised Oak Chopping Board, Large", frm="Fernhollow Engraving <orders@fernhollow.shop>",
      subject="Action needed: confirm your engraving text (order §O)", html=doc(body, head=shop_head),
      related=[logo])

    shop_head_colour = shop_head.replace("text-decoration: none; }",
                                         "text-decoration: none; }\n.button-text { color: #ffffff; }")
    body2 = """<table class="container" role="presentation" cellpadding="0" cellspacing="0" border="0">
<tr><td class="section"><img src="cid:larkspur-logo" alt="Larkspur Candles" width="140" height="44"></td></tr>
<tr><td class="section">
<h2>One question about your gift message</h2>
<p>Hi there,</p>
<p>Your order §O includes a gift note, but the text was cut off after 120 characters by the checkout form.
It currently reads: &quot;Happy birthday Nana, we hope this makes the living room smell like the garden in
June, all our love, Priya, Sam and&quot;.</p>
<p>Could you reply with the rest of the names? We will print the card as soon as we have them and dispatch the
candle set the same day.</p>
<p><a class="button" href="https://www.amazon.com/gp/css/order-history"><span class="button-text">See your order on Amazon</span></a></p>
</td></tr>
</table>"""
    H("shopify-button-white-text", "reject", ["style.font-override"],
      "Same kind of shop-system template, but a <style> rule gives the button text color:#ffffff: a font colour "
      "override in a <style> block.",
      lang="en", title="Soy Candle Gift Set, 3 x 200 g", frm="Larkspur Candles <hello@larkspurcandles.com>",
      subject="Your gift note for order §O", html=doc(body2, head=shop_head_colour),
      related=[(logo_png("Larkspur"), "image", "png", "<larkspur-logo>", "larkspur.png")])

    # ---- WooCommerce invoice (reply) with a left-aligned table -------------------------------
    woo = """<div id="wrapper" dir="ltr">
<table id="template_container" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td valign="top" style="padding: 24px 28px;">
<p>Hi Morgan,</p>
<p>As requested, the VAT invoice for order §O is attached to this message as a PDF. The business name and
address you gave us are on it.</p>
<table class="td" cellspacing="0" cellpadding="6" border="1" style="border-collapse: collapse; border: 1px solid #e4e4e4; width: 100%;">
<thead><tr>
<th scope="col" style="text-align: left; vertical-align: middle;">Product</th>
<th scope="col" style="text-align: left; vertical-align: middle;">Quantity</th>
<th scope="col" style="text-align: left; vertical-align: middle;">Price</th>
</tr></thead>
<tbody><tr>
<td valign="top" style="text-align: left; vertical-align: middle;">Cast Iron Skillet 26 cm</td>
<td valign="top" style="text-align: left; vertical-align: middle;">1</td>
<td valign="top" style="text-align: left; vertical-align: middle;">$42.00</td>
</tr></tbody>
</table>
<p>Let us know if the company registration number needs adding.</p>
<p>Kind regards,<br>Ironbark Kitchen</p>
</td></tr>
</table>
</div>"""
    H("woo-invoice-left-aligned", "relay", [],
      "Reply to a buyer who asked for a VAT invoice: WooCommerce-style table whose header and cells say "
      "text-align:left and valign/vertical-align (not alignment overrides), border colours only, the PDF "
      "invoice attached.",
      lang="en", title="Cast Iron Skillet 26 cm", frm="Ironbark Kitchen <shop@ironbarkkitchen.com>", reply=True,
      subject="Re: Invoice for order §O", html=doc(woo),
      attach=[(make_pdf("Invoice INV-20417", ["Invoice INV-20417", "Ironbark Kitchen", "Order §O",
                                               "Cast Iron Skillet 26 cm  1 x 42.00 USD", "Total 42.00 USD"],
                        producer="WooCommerce PDF Invoices"), "application", "pdf", "invoice-INV-20417.pdf")])

    woo_right = woo.replace(
        '<th scope="col" style="text-align: left; vertical-align: middle;">Price</th>',
        '<th scope="col" style="text-align: right; vertical-align: middle;">Price</th>').replace(
        '<td valign="top" style="text-align: left; vertical-align: middle;">$42.00</td>',
        '<td valign="top" style="text-align: right; vertical-align: middle;">$42.00</td>').replace(
        "Hi Morgan", "Hello Dana").replace("Cast Iron Skillet 26 cm", "Enamelled Dutch Oven 4.5 qt").replace(
        "$42.00", "$89.00")
    H("woo-invoice-price-right", "reject", ["style.alignment"],
      "The same WooCommerce invoice reply, but the price column is text-align:right: an override of the default "
      "alignment.",
      lang="en", title="Enamelled Dutch Oven 4.5 qt", frm="Ironbark Kitchen <shop@ironbarkkitchen.com>",
      reply=True, subject="Re: VAT invoice please - order §O", html=doc(woo_right), day=13,
      attach=[(make_pdf("Invoice INV-20433", ["Invoice INV-20433", "Ironbark Kitchen", "Order §O",
                                               "Enamelled Dutch Oven 4.5 qt  1 x 89.00 USD"],
                        producer="WooCommerce PDF Invoices"), "application", "pdf", "invoice-INV-20433.pdf")])

    # ---- Zendesk ------------------------------------------------------------------------------
    zd_ok = """<div class="zd-comment" dir="auto">
<p style="font-size: 12px;">##- Please type your reply above this line -##</p>
<p>Hi Chris,</p>
<p>Thanks for the photo. The crack runs along the glue seam of the drawer front, so this is a production fault
and not something you caused. A new drawer front for order §O goes out to you tomorrow; it fits the same
screws, so you can keep the rest of the unit assembled.</p>
<p>You don't need to send the damaged part back.</p>
<p>Best,<br>Noor<br>Timberline Home Support</p>
<p><img src="cid:timberline-sig" alt="Timberline Home" width="120" height="36"></p>
<div class="zd-quoted">
<p>Chris, Jun 11, 13:02</p>
<blockquote style="margin: 0 0 0 8px; border-left: 2px solid #dddddd; padding: 0 0 0 10px;">
<p>One of the drawers arrived with a split front panel, photo attached.</p>
</blockquote>
</div>
</div>"""
    H("zendesk-reply-quoted", "relay", [],
      "Zendesk-style reply: the 'reply above this line' marker at 12px plus default body text (two sizes), an "
      "unlinked 120 px signature logo with alt, quoted history in a blockquote with 8-10px margins and a grey "
      "border colour (not a font colour).",
      lang="en", title="Walnut Chest of Drawers, 4 Drawers", frm="Timberline Home <support@timberlinehome.zendesk.com>",
      reply=True, subject="[Timberline Home] Re: Split drawer front - order §O", html=doc(zd_ok),
      related=[(logo_png("Timberline", size=(120, 36)), "image", "png", "<timberline-sig>", "timberline.png")])

    zd_bad = """<div style="color: #2b2e2f; font-family: 'Lucida Sans Unicode', 'Lucida Grande', 'Tahoma', Verdana, sans-serif; font-size: 14px; line-height: 22px; margin: 15px 0">
<p>Hello Jamie,</p>
<p>Before we send the replacement filter cartridge for order §O, could you tell us which of the two
housing versions you have? The model plate under the tank says either &quot;rev. A&quot; or &quot;rev. B&quot;;
the cartridges are not interchangeable.</p>
<p>As soon as you reply, the right one goes out with the next collection.</p>
<p>Kind regards,<br>Owen<br>Clearbrook Water Support</p>
</div>"""
    H("zendesk-native-wrapper", "reject", ["style.font-override"],
      "Zendesk's native comment wrapper sets color, font-family and line-height on the message body: font "
      "override (the information request itself is permitted).",
      lang="en", title="Countertop Water Filter System", frm="Clearbrook Water <help@clearbrookwater.zendesk.com>",
      subject="Which housing version do you have? (order §O)", html=doc(zd_bad))

    # ---- Freshdesk ----------------------------------------------------------------------------
    fd_ok = """<div dir="ltr">
<div>Hi Sam,<br><br>Yes, the cover of order §O can go in the washing machine: zip it closed, turn it inside
out and wash at 30 degrees on a gentle cycle. Please don't tumble dry it; it may shrink by a few
centimetres.<br><br>The foam insert itself should only be spot-cleaned with a damp cloth.<br><br>Regards,<br>Ella<br>Cloudnest Support</div>
<br>
<div class="freshdesk_quote">
<blockquote class="freshdesk_quote">On Sat, 13 Jun 2026 at 8:41 PM, &lt;§B&gt; wrote:<br>
<div>Can I wash the cover of the floor cushion or is it dry clean only?</div>
</blockquote>
</div>
</div>"""
    fd_text = """Hi Sam,

Yes, the cover of order §O can go in the washing machine: zip it closed, turn it inside
out and wash at 30 degrees on a gentle cycle. Please don't tumble dry it; it may shrink by a few
centimetres.

The foam insert itself should only be spot-cleaned with a damp cloth.

Regards,
Ella
Cloudnest Support

On Sat, 13 Jun 2026 at 8:41 PM, <§B> wrote:
> Can I wash the cover of the floor cushion or is it dry clean only?
"""
    H("freshdesk-br-pairs-attribution", "relay", [],
      "Freshdesk reply: paragraphs separated by <br><br> (two in a row, not more), and the quoted attribution "
      "names the buyer's own marketplace alias, which content.email-address ignores.",
      lang="en", title="Floor Cushion 60 cm, Linen Look", frm="Cloudnest <care@cloudnest.freshdesk.com>",
      reply=True, subject="Re: Washing the cushion cover [#48213]", html=doc(fd_ok), text=fd_text)

    fd_bad = """<div dir="ltr">
<div>Hello Alex,<br><br>We've checked with the warehouse: the second box of order §O (the
shelf brackets) was left behind when the pallet was split. It was collected today and should reach you
on Wednesday.<br><br>The first box can be assembled already; the brackets are only needed for the last
step.<br><br><br>Best regards,<br>Ravi<br>Ledgewood Furniture</div>
</div>"""
    H("freshdesk-three-br", "reject", ["style.line-breaks"],
      "Freshdesk-style reply with three <br> in a row before the sign-off: more than two line breaks in a row.",
      lang="en", title="Wall Shelf Set, Oak, 3 Pieces", frm="Ledgewood Furniture <support@ledgewood.freshdesk.com>",
      reply=True, subject="Re: Only one box arrived [#50977]", html=doc(fd_bad))

    # ---- Gorgias ------------------------------------------------------------------------------
    gorgias_sig = """<div class="gorgias-signature">
<p>Maya Lindqvist<br>Customer Experience, Northpeak Outdoor</p>
<p>{logo}</p>
</div>"""
    g_ok = f"""<div>
<p>Hello,</p>
<p>Your tent for order §O is ready at our freight partner's depot. Because the package weighs 31 kg it comes on
a two-person delivery, so we need to book a time slot with you.</p>
<p>Which of these suits you: Thursday 18 June, 8:00-12:00, or Friday 19 June, 12:00-16:00? Just reply with
the day you prefer.</p>
{gorgias_sig.format(logo='<img src="cid:northpeak-sig" alt="Northpeak Outdoor" width="110" height="32">')}
</div>"""
    H("gorgias-signature-small-logo", "relay", [],
      "Gorgias-style delivery scheduling for a heavy item; the signature holds a 110 px logo with alt and no link. "
      "Times like 8:00-12:00 are not emoticons.",
      lang="en", title="Tunnel Tent 6-Person", frm="Northpeak Outdoor <support@northpeak-outdoor.com>",
      subject="Delivery slot for your tent (order §O)", html=doc(g_ok),
      related=[(logo_png("Northpeak", size=(110, 32)), "image", "png", "<northpeak-sig>", "northpeak.png")])

    g_bad = f"""<div>
<p>Hello,</p>
<p>The sleeping bag from order §O left our warehouse late because of the stock count on Monday; it
should now arrive on Wednesday rather than Tuesday. We're sorry for the extra day.</p>
{gorgias_sig.format(logo='<a href="https://www.northpeak-outdoor.com/"><img src="cid:northpeak-sig2" alt="Northpeak Outdoor" width="110" height="32"></a>')}
</div>"""
    H("gorgias-logo-links-home", "reject", ["image.logo-link", "link.external"],
      "Same Gorgias signature, but the logo is wrapped in a link to the seller's own website: a logo that links "
      "to the website (and therefore an external link).",
      lang="en", title="Mummy Sleeping Bag -10 C", frm="Northpeak Outdoor <support@northpeak-outdoor.com>",
      subject="Small delay on order §O", html=doc(g_bad),
      related=[(logo_png("Northpeak", size=(110, 32)), "image", "png", "<northpeak-sig2>", "northpeak.png")])

    # ---- eDesk / review-request tools ----------------------------------------------------------
    ed = """<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td style="padding: 20px;">
<p>Hello,</p>
<p>Your garden kneeler from order §O should have arrived last week. When you have had a chance to use it,
would you share your experience in a review on Amazon? We read every review, good or bad.</p>
<p><a href="https://www.amazon.co.uk/review/review-your-purchases/">Write a review on Amazon</a></p>
<p>Thank you,<br>Greenacre Garden Tools</p>
<img src="https://o.edesk-mail.net/open/3f9a21c7e0b44d17a6c2/px.gif?mid=8842117&amp;r=c71e0a" width="1" height="1" alt="" style="display:block;border:0">
</td></tr></table>"""
    H("edesk-open-pixel", "reject", ["image.tracking-pixel", "style.image-alt"],
      "Neutral review request from a helpdesk tool that appends a 1x1 remote open-tracking image with a "
      "per-message token and empty alt: a tracking pixel (and an image without alt text).",
      lang="en", tld="co.uk", title="Garden Kneeler and Seat, Foldable",
      frm="Greenacre Garden Tools <service@greenacre-tools.co.uk>", subject="How is your kneeler? (order §O)",
      html=doc(ed))

    fw_head = """<style type="text/css">
.fw-wrap { max-width: 560px; }
.fw-footer { font-size: 12px; }
.fw-btn { display: inline-block; padding: 10px 18px; border: 1px solid #c9c9c9; border-radius: 3px; }
</style>
"""
    fw_ok = """<div class="fw-wrap">
<p><img src="cid:brightleaf" alt="Brightleaf Tea Co." width="160" height="44"></p>
<h2>How is your tea?</h2>
<p>Hello,</p>
<p>Your loose-leaf sampler from order §O arrived a few days ago. If you have brewed a pot or two, we would be
grateful for a product review on Amazon. It takes a minute and helps other tea drinkers choose.</p>
<p><a class="fw-btn" href="https://www.amazon.com/review/review-your-purchases/?_encoding=UTF8&amp;asin=B0D7QW3K2M">Click here to review the tea sampler on Amazon</a></p>
<p>Warm regards,<br>The Brightleaf team</p>
<p class="fw-footer">You are receiving this message because of your Amazon order §O.</p>
</div>"""
    H("reviewtool-three-sizes", "relay", [],
      "Review-request tool layout: an h2, default body text and a 12px footer are exactly three sizes (not more "
      "than three); the link text 'Click here to review the tea sampler on Amazon' explains where it goes.",
      lang="en", title="Loose Leaf Tea Sampler, 8 Varieties", frm="Brightleaf Tea Co. <team@brightleaftea.com>",
      subject="Your tea sampler - order §O", html=doc(fw_ok, head=fw_head),
      related=[(logo_png("Brightleaf", size=(160, 44)), "image", "png", "<brightleaf>", "brightleaf.png")])

    fw_bad = fw_ok.replace("<p>Hello,</p>", '<p style="font-size: 18px;">Hello,</p>').replace(
        "Brightleaf Tea Co.", "Copperkettle Roasters").replace("brightleaf", "copperkettle").replace(
        "loose-leaf sampler", "espresso beans").replace("tea drinkers", "coffee drinkers").replace(
        "brewed a pot or two", "pulled a few shots").replace("Brightleaf team", "Copperkettle team").replace(
        "tea sampler", "espresso beans").replace("How is your tea?", "How are the beans?").replace(
        "B0D7QW3K2M", "B0CX81LMQA")
    H("reviewtool-four-sizes", "reject", ["style.font-sizes"],
      "The same review-request layout with an 18px greeting added: h2, 18px, default and 12px are four sizes.",
      lang="en", title="Espresso Beans, Dark Roast, 1 kg", frm="Copperkettle Roasters <team@copperkettle.coffee>",
      subject="Your espresso beans - order §O", html=doc(fw_bad, head=fw_head),
      related=[(logo_png("Copperkettle", size=(160, 44)), "image", "png", "<copperkettle>", "copperkettle.png")])

    bare = """<div>
<p>Hello,</p>
<p>We hope the bike light from order §O is doing its job on the dark evenings. If you have a moment, a
review on Amazon would help us a lot:</p>
<p><a href="https://www.amazon.com/review/create-review/?asin=B0C5TRV9HX">https://www.amazon.com/review/create-review/?asin=B0C5TRV9HX</a></p>
<p>Thanks,<br>Spokewise</p>
</div>"""
    H("review-link-bare-url", "reject", ["style.link-text"],
      "Neutral review request whose only link shows the bare URL as its text: a link without explanatory text.",
      lang="en", title="USB Rechargeable Bike Light Set", frm="Spokewise <hi@spokewise.com>",
      subject="Quick favour about order §O", html=doc(bare))

    # ---- Help Scout -----------------------------------------------------------------------------
    hs_ok = """<div class="hs-message">
<p>Hi Taylor,</p>
<p>Sorry the lamp from order §O arrived with a dented shade. To complete the return we only need to know one
thing: is the bulb socket damaged as well, or only the shade? If only the shade is affected, we can offer a
partial refund of $15 and you keep the lamp.</p>
<p>If you prefer to return it, the prepaid label is in your Amazon account:
<a href="https://www.amazon.com/spr/returns/cart">Click here for the prepaid return label on Amazon</a>.</p>
<div class="hs-signature"><p>Jordan<br>Lumen &amp; Fold</p></div>
<div class="hs_reply_quote">
<p>On Jun 12, Taylor wrote:</p>
<blockquote style="margin: 0 0 0 10px; padding-left: 10px; border-left: 1px solid #cccccc;">The shade is dented on one side.</blockquote>
</div>
</div>"""
    H("helpscout-explained-click-here", "relay", [],
      "Help Scout reply about a return (asks for needed information and offers a partial refund); the link text "
      "starts with 'Click here' but explains the target, the guideline's own example of an acceptable link.",
      lang="en", title="Arc Floor Lamp, Brass", frm="Lumen & Fold <help@lumenandfold.com>", reply=True,
      subject="Re: Dented lamp shade (order §O)", html=doc(hs_ok))

    hs_bad = """<div class="hs-message">
<p>Hi Robin,</p>
<p>Thanks for letting us know the kettle from order §O stops heating after a minute. So that we can sort this
out, could you tell us whether the blue light on the base stays on when it stops?</p>
<p>The manufacturer's troubleshooting guide is <a href="https://www.amazon.com/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7">here</a>.</p>
<div class="hs-signature"><p>Jordan<br>Hearthstone Appliances</p></div>
</div>"""
    H("helpscout-here-link", "reject", ["style.link-text"],
      "Help Scout reply whose link text is only 'here': a generic link text.",
      lang="en", title="Electric Kettle 1.7 L, Stainless", frm="Hearthstone Appliances <help@hearthstone-appliances.com>",
      reply=True, subject="Re: Kettle switches off (order §O)", html=doc(hs_bad))

    # ---- Outlook desktop -----------------------------------------------------------------------
    ol = outlook([
        mso("Hello,"), MSO_EMPTY,
        mso("The curtain rail you ordered (order §O) is made to measure. Your order gives a length of 3,40 m, "
            "but the note field says &#8220;for a 3 m bay window&#8221;. Could you confirm which length we should "
            "cut before it goes to the workshop?"), MSO_EMPTY,
        mso("Many thanks,"), mso("Heather Quinn"), mso("Railcraft Interiors"),
    ])
    H("outlook-msonormal-calibri", "reject", ["style.font-override"],
      "Outlook desktop HTML: the MsoNormal style sets font-family Calibri (and link colours); mail-client HTML "
      "that sets a font family breaks the rule. The information request and single <o:p>&nbsp;</o:p> spacers are "
      "fine.",
      lang="en", tld="co.uk", title="Made-to-Measure Curtain Rail, Bay Window",
      frm="Heather Quinn <heather@railcraft-interiors.co.uk>", subject="Length of your curtain rail - order §O",
      html=ol, text="""Hello,

The curtain rail you ordered (order §O) is made to measure. Your order gives a length of 3,40 m, but the note field says "for a 3 m bay window". Could you confirm which length we should cut before it goes to the workshop?

Many thanks,
Heather Quinn
Railcraft Interiors
""", crlf=True)

    # ---- Gmail web ------------------------------------------------------------------------------
    gm_ok = """<div dir="ltr">Hi,<div><br></div><div>Thanks for asking. The strap of the bag in order §O is
adjustable from 95 to 130 cm; the buckle is on the underside near the left ring. If it still feels too long at
the shortest setting, we can punch an extra hole for you free of charge before you use it.</div><div><br></div><div>Best,</div><div>Tom</div><div><br></div><div><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">Tom Reyes<div>Reyes Leather Goods</div></div></div></div></div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On Sat, Jun 13, 2026 at 4:02 PM &lt;<a href="mailto:§B">§B</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">How long is the strap? It looks long in the photos.</div>
</blockquote></div>"""
    gm_text = """Hi,

Thanks for asking. The strap of the bag in order §O is adjustable from 95 to 130 cm; the buckle is on the underside near the left ring. If it still feels too long at the shortest setting, we can punch an extra hole for you free of charge before you use it.

Best,
Tom

Tom Reyes
Reyes Leather Goods

On Sat, Jun 13, 2026 at 4:02 PM <§B> wrote:

> How long is the strap? It looks long in the photos.
>
"""
    H("gmail-web-reply", "relay", [],
      "Gmail web reply as Gmail writes it: div dir=ltr, <div><br></div> paragraph spacing, gmail_signature, and "
      "the gmail_quote blockquote with 0.8ex margin and a grey border colour; the attribution's mailto is the "
      "buyer's own alias.",
      lang="en", title="Leather Crossbody Bag, Tan", frm="Tom Reyes <tom@reyesleather.com>", reply=True,
      subject="Re: Strap length", html=gm_ok, text=gm_text)

    gm_bad = """<div dir="ltr">Hi,<div><br></div><div>Quick question about order §O before we pack it: the
notebook comes with either dotted or ruled pages, and the order form didn't record your choice. Which would you
like?</div><div><br></div><div>Thanks,</div><div><br></div><div><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr"><font color="#888888">Lena Brooks<br>Inkwell Stationery Co.</font></div></div></div></div>"""
    H("gmail-signature-grey-font", "reject", ["style.font-override"],
      "Gmail message whose signature is wrapped in <font color=\"#888888\">: a font colour override.",
      lang="en", title="A5 Hardcover Notebook, 192 Pages", frm="Lena Brooks <lena@inkwellstationery.com>",
      subject="Dotted or ruled? Order §O", html=gm_bad,
      text="Hi,\n\nQuick question about order §O before we pack it: the notebook comes with either dotted or "
           "ruled pages, and the order form didn't record your choice. Which would you like?\n\nThanks,\n\n"
           "Lena Brooks\nInkwell Stationery Co.\n")

    gm_two = """<div dir="ltr">Hello,<div><br></div><div>The wall clock from order §O runs on one AA battery,
which is not included for shipping reasons. The battery compartment is behind the small cover at the top of the
back panel.</div><div><br></div><div><br></div><div>To set the time, turn the small wheel next to the
compartment clockwise only.</div><div><br></div><div>Kind regards,<br>Marta<br>Tickwood Clocks</div></div>"""
    H("gmail-two-empty-divs", "relay", [],
      "Gmail web message with two <div><br></div> in a row between paragraphs: two line breaks, not more than "
      "two. Answers a buyer's question about the battery.",
      lang="en", title="Silent Wall Clock 30 cm, Walnut", frm="Marta Kowal <marta@tickwoodclocks.com>",
      reply=True, subject="Re: Battery for the clock (order §O)", html=gm_two)

    # ---- Apple Mail -----------------------------------------------------------------------------
    am = """<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"><div>Hello,</div><div><br></div><div>The replacement lid for order §O went out this morning with Royal Mail Tracked 48. The old lid can go in your recycling; there is no need to send it back.</div><div><br></div><div>Best wishes,</div><div>Imogen</div><div>Pebble &amp; Pot Ceramics</div><div><br><blockquote type="cite"><div>On 12 Jun 2026, at 19:05, Amazon buyer wrote:</div><br><div><div>The lid of my teapot arrived chipped.</div></div></blockquote></div><br></body></html>"""
    H("apple-mail-line-break-css", "relay", [],
      "Apple Mail HTML: body style overflow-wrap, -webkit-nbsp-mode and line-break (a wrapping property, not "
      "line-height); quoted history in blockquote type=cite.",
      lang="en", tld="co.uk", title="Stoneware Teapot 1 L, Speckled", frm="Imogen Hart <imogen@pebbleandpot.co.uk>",
      reply=True, subject="Re: Chipped teapot lid - order §O", html=am,
      text="Hello,\n\nThe replacement lid for order §O went out this morning with Royal Mail Tracked 48. The old "
           "lid can go in your recycling; there is no need to send it back.\n\nBest wishes,\nImogen\n"
           "Pebble & Pot Ceramics\n\n> On 12 Jun 2026, at 19:05, Amazon buyer wrote:\n>\n> The lid of my teapot "
           "arrived chipped.\n")

    # ---- MJML / Mailchimp-style layouts --------------------------------------------------------
    mj_head = """<!--[if !mso]><!-->
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<!--<![endif]-->
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->
<style type="text/css">
#outlook a { padding: 0; }
body { margin: 0; padding: 0; -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%; }
table, td { border-collapse: collapse; mso-table-lspace: 0pt; mso-table-rspace: 0pt; }
img { border: 0; height: auto; outline: none; text-decoration: none; -ms-interpolation-mode: bicubic; }
@media only screen and (min-width: 480px) { .mj-column-per-100 { width: 100% !important; max-width: 100%; } }
</style>
"""
    mj_ok = """<div style="margin:0px auto;max-width:600px;">
<!--[if mso | IE]><table role="presentation" border="0" cellpadding="0" cellspacing="0" width="600"><tr><td><![endif]-->
<table role="presentation" border="0" cellpadding="0" cellspacing="0" style="width:100%;">
<tbody><tr><td style="direction:ltr;padding:20px 0;">
<div class="mj-column-per-100" style="display:inline-block;vertical-align:top;width:100%;">
<table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%">
<tr><td style="padding:10px 25px;word-break:break-word;">
<img src="cid:saltmarsh" alt="Saltmarsh Soapworks" width="140" height="40" style="display:block;">
</td></tr>
<tr><td style="padding:10px 25px;word-break:break-word;">
<div>Hello,</div>
<div><br></div>
<div>You chose the &quot;unscented&quot; option for the soap bars in order §O, but the gift box you picked is
only made in the lavender version. Shall we send the unscented bars in a plain kraft box instead, or the
lavender set in the gift box? Reply with &quot;kraft&quot; or &quot;lavender&quot; and we will dispatch the
same day.</div>
<div><br></div>
<div>Saltmarsh Soapworks</div>
</td></tr>
</table>
</div>
</td></tr></tbody>
</table>
<!--[if mso | IE]></td></tr></table><![endif]-->
</div>"""
    H("mjml-max-width-container", "relay", [],
      "MJML output with mso conditional ghost tables, -webkit-text-size-adjust and mso-table spacing, a "
      "margin:0 auto 600 px container and 25px cell padding: no font, colour or alignment override, no margin "
      "over 20%.",
      lang="en", title="Cold Process Soap Bars, 6 Pack", frm="Saltmarsh Soapworks <hello@saltmarshsoap.com>",
      subject="Scent or box? A quick choice for order §O", html=doc(mj_ok, head=mj_head),
      related=[(logo_png("Saltmarsh", size=(140, 40)), "image", "png", "<saltmarsh>", "saltmarsh.png")])

    mj_bad = mj_ok.replace('<td style="padding:10px 25px;word-break:break-word;">\n<div>Hello,</div>',
                           '<td align="center" style="padding:10px 25px;word-break:break-word;">\n'
                           '<div style="text-align:center;">Hello,</div>').replace(
        "<div>You chose", '<div style="text-align:center;">You chose').replace("saltmarsh", "tidepool").replace("Saltmarsh Soapworks",
                                                                               "Tidepool Bath Co.")
    H("mjml-centred-text", "reject", ["style.alignment"],
      "The same MJML layout with the text column align=center and text-align:center (mj-text align='center'): "
      "a centred message body.",
      lang="en", title="Cold Process Soap Bars, 12 Pack", frm="Tidepool Bath Co. <hello@tidepoolbath.com>",
      subject="Scent or box for order §O?", html=doc(mj_bad, head=mj_head),
      related=[(logo_png("Tidepool", size=(140, 40)), "image", "png", "<tidepool>", "tidepool.png")])

    dm_head = """<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<style type="text/css">
:root { color-scheme: light dark; supported-color-schemes: light dark; }
.card { border: 1px solid #e2e2e2; background-color: #ffffff; padding: 18px 22px; }
@media (prefers-color-scheme: dark) {
  .card { background-color: #1c1c1e !important; border-color: #3a3a3c !important; }
}
@media only screen and (max-width: 480px) {
  .card { padding: 12px !important; }
  img.fluid { max-width: 100% !important; height: auto !important; }
}
</style>
"""
    dm_ok = """<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">Your name-plate proof is ready to check</div>
<div class="card">
<p><img class="fluid" src="cid:brassline-proof" alt="Proof of your name plate: 'Flat 3 - A. &amp; J. Okafor'" width="300" height="100"></p>
<p>Hello,</p>
<p>Above is the proof for the door name plate in order §O. Please check the spelling and the line break. If
everything is right, reply &quot;approved&quot;; otherwise tell us what to change and we will send a new proof
within a day.</p>
<p>Brassline Signs</p>
</div>"""
    proof = banner_png("Flat 3 - A. & J. Okafor", 300, 100, bg=(196, 160, 90), fg=(40, 30, 10))
    H("dark-mode-background-only", "relay", [],
      "Custom-design proof in a Mailchimp-style card: color-scheme meta/CSS, a prefers-color-scheme block that "
      "changes only background and border colours, an @media query with max-width:100% on images, and a "
      "hidden preheader without font styling.",
      lang="en", title="Engraved Brass Door Name Plate", frm="Brassline Signs <studio@brasslinesigns.com>",
      subject="Your name-plate proof for order §O", html=doc(dm_ok, head=dm_head),
      related=[(proof, "image", "png", "<brassline-proof>", "proof-nameplate.png")])

    dm_head_bad = dm_head.replace("border-color: #3a3a3c !important; }",
                                  "border-color: #3a3a3c !important; }\n  .card p { color: #f2f2f7 !important; }")
    dm_bad = dm_ok.replace("Brassline Signs", "Copperleaf Signs").replace("brassline", "copperleaf").replace(
        "door name plate", "house number sign").replace("Flat 3 - A. &amp; J. Okafor", "No. 27 Willow Cottage")
    H("dark-mode-text-colour", "reject", ["style.font-override"],
      "The same dark-mode template, but the prefers-color-scheme block also sets the paragraph text color: a font "
      "colour override inside <style>.",
      lang="en", title="Slate House Number Sign", frm="Copperleaf Signs <studio@copperleafsigns.com>",
      subject="Proof of your house sign - order §O", html=doc(dm_bad, head=dm_head_bad),
      related=[(banner_png("No. 27 Willow Cottage", 300, 100), "image", "png", "<copperleaf-proof>", "proof.png")])

    ph_ok = """<div style="display:none;font-size:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;mso-hide:all;">We need one detail to finish your order</div>
<h1>One detail missing</h1>
<p>Hello,</p>
<p>The monogram towels in order §O can be embroidered with up to three letters. Your order shows four
(&quot;ELMR&quot;). Which three should we use?</p>
<p style="font-size: 13px;">Embroidery starts as soon as we have your answer; the towels ship two working days later.</p>
<p>Threadhouse Linens</p>"""
    H("hidden-preheader-1px", "relay", [],
      "Three visible sizes (h1, default and 13px); the only other size is the 1px of a display:none preheader, "
      "which is no visible text, so not a fourth size; the preheader sets no colour or line height.",
      lang="en", title="Monogram Bath Towel Set, White", frm="Threadhouse Linens <orders@threadhouselinens.com>",
      subject="Your monogram letters - order §O", html=doc(ph_ok))

    ph_bad = """<div style="display:none;font-size:1px;color:#ffffff;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;">Please confirm the colour for your rug</div>
<p>Hello,</p>
<p>The runner rug in order §O is woven to order. The colour name on the order is &quot;Sage&quot;, but the
size you chose (80 x 300 cm) is only woven in &quot;Sage Light&quot; or &quot;Moss&quot;. Which of the two
would you like?</p>
<p>Loomstead Rugs</p>"""
    # Labelled reject/style.font-override when written blind (RULES.md's check names style attributes);
    # relabelled after scoring: see README.md, "Fixes" (the colour of text nobody is shown overrides nothing).
    H("preheader-white-text", "relay", [],
      "A display:none preheader with color:#ffffff and line-height:1px: the colour and line height of text that "
      "is never shown override nothing the buyer sees (as font-sizes counts visible text only); the visible "
      "body sets none.",
      lang="en", title="Hand-Woven Runner Rug 80 x 300 cm", frm="Loomstead Rugs <hello@loomsteadrugs.com>",
      subject="Colour for your runner (order §O)", html=doc(ph_bad))

    # ---- images ---------------------------------------------------------------------------------
    an = """<p><img src="cid:thanks-banner" alt="Maplecraft Toys" width="220" height="56"></p>
<p>Hello,</p>
<p>We hope the wooden train set from order §O has been rolling around the living room. If you have a
minute, would you write a product review on Amazon about how it holds up? Honest reviews help other parents.</p>
<p><a href="https://www.amazon.com/review/review-your-purchases/">Review the train set on Amazon</a></p>
<p>Maplecraft Toys</p>"""
    H("animated-gif-banner", "reject", ["style.animated-gif"],
      "Neutral review request whose inline header banner is a real two-frame animated GIF (with alt and a small "
      "width).",
      lang="en", title="Wooden Train Set, 42 Pieces", frm="Maplecraft Toys <hello@maplecrafttoys.com>",
      subject="How is the train set? (order §O)", html=doc(an),
      related=[(animated_gif(("MAPLECRAFT", "TOYS")), "image", "gif", "<thanks-banner>", "banner.gif")])

    em = """<h2>Your parcel &#x1F4E6; needs a safe place</h2>
<p>Hello,</p>
<p>The courier could not deliver order §O today and will try again tomorrow. If nobody is home, where may the
driver leave it? Reply with a safe place (porch, garage, neighbour's house number) and we will pass it on.</p>
<p>Thanks,<br>Willowby Home</p>"""
    H("emoji-html-entity", "reject", ["style.emoji"],
      "A parcel emoji written as the HTML entity &#x1F4E6; in the heading: still an emoji once rendered.",
      lang="en", title="Bamboo Bath Mat, Large", frm="Willowby Home <care@willowbyhome.com>",
      subject="Where can the courier leave order §O?", html=doc(em))

    ent = """<p>Hello,</p>
<p>A quick note on fitting the shower head from order §O:</p>
<ul>
<li>Hand-tighten first, then &frac14; turn with a wrench &ndash; no more.</li>
<li>Use the grey washer &rarr; not the black one (that is for the hose).</li>
<li>Flow is set to 9 L/min at 3 bar; the ratio 1:3 on the label is the air mix.</li>
</ul>
<p>If it still drips when you check it tomorrow at 10:30, please reply and tell us where the drip comes from.</p>
<p>Aquavale&trade; Bathrooms &middot; &copy; 2026 Aquavale Ltd &reg;</p>"""
    H("entities-no-emoji", "relay", [],
      "Entity near-misses: &frac14; &ndash; &rarr; &middot; &trade; &copy; &reg;, a ratio 1:3 and a time 10:30: "
      "none is an emoji or emoticon.",
      lang="en", tld="co.uk", title="Rainfall Shower Head 25 cm, Chrome",
      frm="Aquavale Bathrooms <support@aquavale.co.uk>", reply=True,
      subject="Re: Fitting the shower head (order §O)", html=doc(ent))

    w600 = """<p><img src="cid:harbor-banner" alt="Harbor &amp; Pine Candle Co." width="600" height="90"></p>
<p>Hello,</p>
<p>The candle from order §O was packed without the metal lid because of a packing-line mistake. We are
posting the lid separately today; it will arrive in a small padded envelope.</p>
<p>Harbor &amp; Pine</p>"""
    H("banner-600px", "reject", ["style.image-width"],
      "Brand banner with width=600: 100% of the 600 px reference width, above 80%.",
      lang="en", title="Scented Candle in Tin, Sea Salt", frm="Harbor & Pine <hello@harborandpine.com>",
      subject="A missing lid for order §O", html=doc(w600),
      related=[(banner_png("HARBOR & PINE", 600), "image", "png", "<harbor-banner>", "banner.png")])

    w480 = """<p><img src="cid:oakridge-banner" alt="Oakridge Woodworks" width="480" height="72"></p>
<p>Hello,</p>
<p>Your bookshelf from order §O needs a wall anchor. The kit has plugs for brick walls; if your wall is
plasterboard, reply and tell us, and we will post the right fixings free of charge.</p>
<p>Oakridge Woodworks</p>"""
    H("banner-480px-exact", "relay", [],
      "Brand banner exactly 480 px wide (80% of 600, not above it) with alt text and no link.",
      lang="en", title="Ladder Bookshelf, 5 Tier, Oak", frm="Oakridge Woodworks <workshop@oakridgewoodworks.com>",
      subject="Wall fixings for your bookshelf (order §O)", html=doc(w480),
      related=[(banner_png("OAKRIDGE WOODWORKS", 480, 72), "image", "png", "<oakridge-banner>", "banner.png")])

    wi = """<p>Hello,</p>
<p>The valve on the espresso machine from order §O is fitted the wrong way round on some units from this batch.
The drawing below shows how to check yours: the notch must point towards the water tank.</p>
<p><img src="cid:valve-diagram" alt="Drawing: the valve notch points towards the water tank"></p>
<p>If yours points the other way, reply and we will send a pre-assembled valve.</p>
<p>Crema Lab</p>"""
    H("diagram-intrinsic-520px", "reject", ["style.image-width"],
      "An inline diagram with no width attribute whose intrinsic width is 520 px: above 480 px (80% of 600).",
      lang="en", title="Espresso Machine 15 bar, Steel", frm="Crema Lab <service@cremalab.coffee>",
      subject="Please check one part of order §O", html=doc(wi),
      related=[(diagram_png(), "image", "png", "<valve-diagram>", "valve-diagram.png")])

    pad_bad = """<div style="padding: 0 22%;">
<p>Hello,</p>
<p>A quick question about the bedding set in order §O: the pillowcases come in either envelope closure or
zip closure, and your order doesn't say which. Which would you prefer?</p>
<p>Thank you,<br>Dovefield Bedding</p>
</div>"""
    H("padding-22-percent", "reject", ["style.margin"],
      "Body wrapped in a div with left and right padding of 22%: above the 20% maximum.",
      lang="en", title="Percale Duvet Cover Set, King", frm="Dovefield Bedding <hello@dovefieldbedding.com>",
      subject="Pillowcase closure for order §O", html=doc(pad_bad))

    pad_ok = """<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr>
<td style="padding: 24px 120px;">
<p>Hello,</p>
<p>The bedside lamp in order §O comes with either a UK or an EU plug. Our system didn't record a choice for
your order. Which do you need?</p>
<p>Thank you,<br>Glowmere Lighting</p>
</td></tr></table>"""
    H("padding-120px-exact", "relay", [],
      "Cell padding of exactly 120 px left and right: 20% of the 600 px reference, not above it.",
      lang="en", tld="co.uk", title="Bedside Table Lamp, Linen Shade", frm="Glowmere Lighting <hello@glowmere.co.uk>",
      subject="UK or EU plug? Order §O", html=doc(pad_ok))

    lc = """<p>Hello,</p>
<p>The replacement spout for the watering can in order §O is ready to post. Please check whether the
delivery address on your Amazon order is still right; you can see it on
<a href="https://www.amazon.com/gp/css/order-history">your Amazon order page</a>.</p>
<p>Fernbrook Garden</p>"""
    H("style-block-link-colour", "reject", ["style.font-override"],
      "A <style> block that gives links color:#0a7c4a: a text colour override (link colour).",
      lang="en", title="Galvanised Watering Can 9 L", frm="Fernbrook Garden <orders@fernbrookgarden.com>",
      subject="Your replacement spout - order §O",
      html=doc(lc, head="<style>\na { color: #0a7c4a; text-decoration: underline; }\n</style>\n"))

    sp_bad = """<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr><td><img src="cid:spacer-top" width="24" height="16" alt="" style="display:block"></td></tr>
<tr><td>
<p>Hello,</p>
<p>Your rug pad from order §O is cut from a roll. Should we cut it to 150 x 230 cm (the rug size you ordered)
or 2 cm smaller on each side, as most people prefer?</p>
<p>Underfoot Rugs</p>
</td></tr></table>"""
    H("spacer-empty-alt", "reject", ["style.image-alt"],
      "A 24 x 16 layout spacer image with alt=\"\": an image without non-empty alt text (too large for a "
      "tracking pixel, not hidden).",
      lang="en", title="Non-Slip Rug Pad 150 x 230 cm", frm="Underfoot Rugs <help@underfootrugs.com>",
      subject="Rug pad size for order §O", html=doc(sp_bad),
      related=[(spacer_png(24, 16), "image", "png", "<spacer-top>", "spacer.png")])

    sp_ok = """<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr><td><img src="cid:divider-rule" width="470" height="6" alt="Divider line" style="display:block"></td></tr>
<tr><td>
<p>Hello,</p>
<p>The stair runner for order §O is cut to length in our workshop. Could you confirm the number of steps
(your order note says 13, the length ordered fits 14)?</p>
<p>Underfoot Rugs</p>
</td></tr>
<tr><td><img src="cid:divider-rule" width="470" height="6" alt="Divider line" style="display:block"></td></tr>
</table>"""
    H("divider-image-with-alt", "relay", [],
      "A 470 x 6 divider image with explicit width and alt text, used twice: under 80% wide, not a pixel.",
      lang="en", title="Stair Runner, Cut to Length", frm="Underfoot Rugs <help@underfootrugs.com>",
      subject="Number of steps for order §O", html=doc(sp_ok),
      related=[(spacer_png(470, 6), "image", "png", "<divider-rule>", "divider.png")])

    pp = """<p>Hello,</p>
<p>Your vitamin C serum from order §O should have arrived last week. When you have used it for a while, we
would appreciate an honest product review on Amazon.</p>
<p><img src="cid:serum-photo" alt="Radiance Vitamin C Serum 30 ml" width="240" height="300"></p>
<p><a href="https://www.amazon.com/review/review-your-purchases/">Review the serum on Amazon</a></p>
<p>Glowfield Skincare</p>"""
    H("product-photo-review", "quarantine", ["image.product-photo"],
      "Review request with an inline photo of the bottle whose alt text names the ordered product: an image of "
      "the purchased product.",
      lang="en", title="Radiance Vitamin C Serum 30 ml", frm="Glowfield Skincare <hello@glowfieldskin.com>",
      subject="Your serum - order §O", html=doc(pp),
      related=[(serum_jpeg(), "image", "jpeg", "<serum-photo>", "radiance-vitamin-c-serum.jpg")])

    dg = """<p>Hello,</p>
<p>Several buyers of the hose reel in order §O found the wall bracket hard to fit. The drawing shows the three
steps: hook the top lip, swing the bracket down, then tighten the two lower screws.</p>
<p><img src="cid:bracket-steps" alt="Three steps: hook, swing down, tighten" width="440" height="152"></p>
<p>If the bracket still wobbles, reply and we will send a spacer plate.</p>
<p>Rivergate Garden</p>"""
    H("fitting-diagram-scaled", "relay", [],
      "An instruction drawing (intrinsic 520 px, shown at width=440) whose alt describes steps, not the product: "
      "not a product photo and not wider than 80%.",
      lang="en", title="Wall-Mounted Garden Hose Reel 30 m", frm="Rivergate Garden <care@rivergategarden.com>",
      subject="Fitting the bracket of your hose reel (order §O)", html=doc(dg),
      related=[(diagram_png(), "image", "png", "<bracket-steps>", "bracket-steps.png")])

    dx = """<p>Hello,</p>
<p>Thank you for ordering the personalised family tree print (order §O). To design it we need the names and
years for each branch. Please fill in the attached form and send it back as a reply to this message.</p>
<p>Kindred Prints</p>"""
    H("docx-form-attachment", "reject", ["attachment.not-allowed"],
      "Design-detail request with a Word (.docx) form attached: an office file outside the allowed attachment "
      "types (PDF, JPEG, PNG, plain text).",
      lang="en", title="Personalised Family Tree Print A3", frm="Kindred Prints <studio@kindredprints.com>",
      subject="Names for your family tree print - order §O", html=doc(dx),
      attach=[(make_docx(["Family tree form", "Order §O", "Grandparents:", "Parents:", "Children:"]),
               "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", "family-tree-form.docx")])

    mso_ok = """<!--[if mso]><table role="presentation" width="560" cellpadding="0" cellspacing="0"><tr><td><![endif]-->
<div style="max-width:560px;">
<p>Hello,</p>
<p>The sofa from order §O will be delivered by our two-person crew. Because of its size we need to know
whether there is a lift, or how many floors up the flat is.</p>
<p>Please reply with that and any parking restrictions outside your building.</p>
<p>Hollis &amp; Brandt Furniture</p>
</div>
<!--[if mso]></td></tr></table><![endif]-->"""
    H("mso-ghost-table", "relay", [],
      "ESP template with <!--[if mso]> ghost-table comments and an OfficeDocumentSettings block in the head; "
      "nothing visible overrides fonts, alignment or widths.",
      lang="en", title="Three-Seater Sofa, Velvet, Forest Green", frm="Hollis & Brandt <delivery@hollisbrandt.com>",
      subject="Delivery details for your sofa (order §O)",
      html=doc(mso_ok, head='<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/>'
                            '<o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->\n'))


# --------------------------------------------------------------------------------------------
# German (amazon.de)
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    tb = """<!DOCTYPE html>
<html>
  <head>
    <meta http-equiv="content-type" content="text/html; charset=UTF-8">
  </head>
  <body>
    <p>Guten Tag,</p>
    <p>danke für Ihre Rückfrage. Der Ersatzdeckel für Ihre Bestellung §O ist heute mit DHL an Sie
      rausgegangen. Den alten Deckel müssen Sie nicht zurückschicken.</p>
    <p>Viele Grüße<br>
      Jonas Weber</p>
    <div class="moz-signature">-- <br>
      Weber Glaswaren<br>
      Lindenstraße 12, 35037 Marburg</div>
    <div class="moz-cite-prefix">Am 12.06.26 um 18:22 schrieb Amazon-Kunde:<br>
    </div>
    <blockquote type="cite" cite="mid:CAFq3x9k2@mail.gmail.com">
      <pre class="moz-quote-pre" wrap="">Der Deckel der Glaskanne hat einen Sprung.</pre>
    </blockquote>
  </body>
</html>
"""
    H("thunderbird-antwort", "relay", [],
      "Thunderbird-Antwort: moz-signature, moz-cite-prefix, blockquote cite=\"mid:...\" (kein Link) und ein "
      "<pre> im Zitat (Standarddarstellung, kein Schrift-Override).",
      lang="de", title="Glaskanne 1,5 l mit Deckel", frm="Jonas Weber <jonas@weber-glaswaren.de>", reply=True,
      subject="Re: Deckel gesprungen (Bestellung §O)", html=tb, enc=L1)

    ol = outlook([
        mso("Guten Tag,"), MSO_EMPTY,
        mso("für die Gravur Ihres Schneidebretts (Bestellung §O) benötigen wir noch die gewünschte "
            "Schreibweise: Sie haben &#8222;Familie Müller&#8220; angegeben, im Bestellkommentar steht aber "
            "&#8222;Fam. Mueller&#8220;. Welche Variante sollen wir gravieren?"),
        MSO_EMPTY, MSO_EMPTY, MSO_EMPTY,
        mso("Mit freundlichen Grüßen"), mso("Katrin Lehmann"), mso("Holzwerk Lehmann"),
    ], lang="DE")
    H("outlook-leere-absaetze", "reject", ["style.font-override", "style.line-breaks"],
      "Outlook-HTML (MsoNormal mit font-family Calibri) und drei leere <o:p>&nbsp;</o:p>-Absätze hintereinander "
      "vor dem Gruß: Schrift-Override und mehr als zwei Zeilenumbrüche.",
      lang="de", title="Schneidebrett Eiche mit Gravur", frm="Katrin Lehmann <k.lehmann@holzwerk-lehmann.de>",
      subject="Schreibweise der Gravur – Bestellung §O", html=ol, crlf=True)

    gd = """<div dir="ltr"><div class="gmail_default" style="font-family:tahoma,sans-serif">Hallo,</div><div class="gmail_default" style="font-family:tahoma,sans-serif"><br></div><div class="gmail_default" style="font-family:tahoma,sans-serif">Ihre Bestellung §O enthält einen Bilderrahmen in 30 x 40 cm. Ihr hochgeladenes Foto hat aber ein quadratisches Format. Sollen wir es mittig zuschneiden oder mit weißem Rand einpassen?</div><div class="gmail_default" style="font-family:tahoma,sans-serif"><br></div><div class="gmail_default" style="font-family:tahoma,sans-serif">Viele Grüße<br>Rahmenwerk Fuchs</div></div>"""
    H("gmail-standardschrift", "reject", ["style.font-override"],
      "Gmail mit eingestellter Standardschrift: jedes gmail_default-div setzt font-family:tahoma.",
      lang="de", title="Fotorahmen mit Druck 30 x 40 cm", frm="Rahmenwerk Fuchs <info@rahmenwerk-fuchs.de>",
      subject="Ihr Foto für Bestellung §O", html=gd,
      text="Hallo,\n\nIhre Bestellung §O enthält einen Bilderrahmen in 30 x 40 cm. Ihr hochgeladenes Foto hat "
           "aber ein quadratisches Format. Sollen wir es mittig zuschneiden oder mit weißem Rand einpassen?\n\n"
           "Viele Grüße\nRahmenwerk Fuchs\n")

    bt = """<html><head><meta charset="utf-8"></head>
<body text="#222222" link="#0b5394" vlink="#0b5394">
<p>Guten Tag,</p>
<p>die Matratze aus Ihrer Bestellung §O wird per Spedition geliefert. Die Spedition meldet sich einen Tag
vorher telefonisch für ein Zeitfenster. Bitte prüfen Sie, ob Ihre Telefonnummer in Ihrem Amazon-Konto
hinterlegt ist.</p>
<p>Freundliche Grüße<br>Schlafgut Berger</p>
</body></html>
"""
    H("body-text-attribut", "reject", ["style.font-override"],
      "<body text=\"#222222\" link=... vlink=...>: Textfarbe über Body-Attribute.",
      lang="de", title="Kaltschaummatratze 140 x 200 cm", frm="Schlafgut Berger <service@schlafgut-berger.de>",
      subject="Lieferung Ihrer Matratze (Bestellung §O)", html=bt, enc=L1)

    m90 = """<div style="margin: 0 90pt;">
<p>Guten Tag,</p>
<p>für die Stickerei auf Ihren Handtüchern (Bestellung §O) fehlt uns noch die Garnfarbe. Zur Auswahl stehen
Silbergrau, Marine und Bordeaux. Welche Farbe dürfen wir verwenden?</p>
<p>Viele Grüße<br>Frottee Manufaktur Krause</p>
</div>"""
    H("rand-90pt", "relay", [],
      "Seitenränder von 90pt: umgerechnet genau 120 px, also 20 %, nicht darüber.",
      lang="de", title="Handtuch-Set bestickt, 4-teilig", frm="Frottee Manufaktur Krause <info@frottee-krause.de>",
      subject="Garnfarbe für Ihre Stickerei – Bestellung §O", html=doc(m90, lang="de"))

    lg = """<p><a href="https://www.amazon.de/gp/your-account/order-details?orderID=§O"><img src="cid:kerbholz-logo" alt="Ihre Bestellung bei Kerbholz auf Amazon ansehen" width="150" height="44"></a></p>
<p>Guten Tag,</p>
<p>Ihr Messerblock aus der Bestellung §O verzögert sich um zwei Tage, weil die Magnetleisten noch beim
Lackierer sind. Voraussichtlicher Versand ist Mittwoch.</p>
<p>Viele Grüße<br>Kerbholz Küchenhandwerk</p>"""
    H("logo-link-amazon", "relay", [],
      "Das Logo ist mit der Bestelldetailseite auf amazon.de verlinkt: kein Link auf die eigene Website; der "
      "Linktext ist das aussagekräftige alt des Bildes.",
      lang="de", title="Magnetischer Messerblock Eiche", frm="Kerbholz <service@kerbholz-kueche.de>",
      subject="Kurze Verzögerung bei Bestellung §O", html=doc(lg, lang="de"),
      related=[(logo_png("Kerbholz"), "image", "png", "<kerbholz-logo>", "kerbholz.png")])

    na = """<p><img src="cid:alpenfell-logo" width="150" height="44"></p>
<p>Guten Tag,</p>
<p>zu Ihrer Rücksendung aus der Bestellung §O: Damit wir die Erstattung anstoßen können, teilen Sie uns bitte
mit, ob das Lammfell ungewaschen ist und das Etikett noch anhängt.</p>
<p>Viele Grüße<br>Alpenfell</p>"""
    H("logo-ohne-alt", "reject", ["style.image-alt"],
      "Rückfrage zur Rücksendung (benötigte Information) mit einem Logo ohne alt-Attribut.",
      lang="de", title="Lammfell Naturweiß 100 cm", frm="Alpenfell <service@alpenfell.de>",
      subject="Ihre Rücksendung – Bestellung §O", html=doc(na, lang="de"), reply=True,
      related=[(logo_png("Alpenfell"), "image", "png", "<alpenfell-logo>", "alpenfell.png")])

    hr = """<p>Guten Tag,</p>
<p>für Ihre Bestellung §O (Fensterfolie nach Maß) brauchen wir noch die genaue Breite des Fensterflügels.
Wie Sie richtig messen, zeigen wir Ihnen in der Hilfe auf Amazon, siehe
<a href="https://www.amazon.de/gp/help/customer/display.html?nodeId=201910070">hier</a>.</p>
<p>Viele Grüße<br>Folienwerk Sauer</p>"""
    H("link-text-hier", "reject", ["style.link-text"],
      "Informationsanfrage, deren einziger Link den Text 'hier' trägt: kein erklärender Linktext.",
      lang="de", title="Sichtschutzfolie nach Maß", frm="Folienwerk Sauer <auftrag@folienwerk-sauer.de>",
      subject="Maße für Ihre Folie – Bestellung §O", html=doc(hr, lang="de"))

    sc = """<p>Guten Tag,</p>
<p>Ihr Wandregal aus der Bestellung §O kommt in zwei Paketen. Die Montage ist auf der Zeichnung unten
erklärt:</p>
<p><img src="cid:montage" alt="Montageschritte 1 bis 3" width="460" height="159"></p>
<p>Viele Grüße<br>Brettwerk Ahrens</p>"""
    H("zeichnung-460", "relay", [],
      "Eine 520 px breite Zeichnung, mit width=460 eingebunden (unter 480 px), mit alt-Text.",
      lang="de", title="Wandregal Kiefer 80 cm", frm="Brettwerk Ahrens <info@brettwerk-ahrens.de>", reply=True,
      subject="Re: Montage Wandregal (Bestellung §O)", html=doc(sc, lang="de"),
      related=[(diagram_png(), "image", "png", "<montage>", "montage.png")])


# --------------------------------------------------------------------------------------------
# French (amazon.fr)
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    gif = """<p><img src="cid:atelier-gif" alt="Atelier Bruneau" width="140" height="40"></p>
<p>Bonjour,</p>
<p>Pour la housse de coussin personnalisée de votre commande §O, pourriez-vous nous confirmer les initiales à
broder ? Le formulaire indique « A.B. » mais la note de commande mentionne « A.M.B. ».</p>
<p>Bien cordialement,<br>Atelier Bruneau</p>"""
    H("logo-gif-fixe", "relay", [],
      "Logo au format GIF à une seule image (non animé), avec alt et une petite largeur.",
      lang="fr", title="Housse de coussin brodée 45 x 45", frm="Atelier Bruneau <contact@atelier-bruneau.fr>",
      subject="Vos initiales pour la commande §O", html=doc(gif, lang="fr"),
      related=[(static_gif("Bruneau"), "image", "gif", "<atelier-gif>", "logo.gif")])

    pct = """<p><img src="cid:bandeau" alt="Maison Carrel" style="width: 82%; height: auto;"></p>
<p>Bonjour,</p>
<p>Le plaid de votre commande §O sera expédié avec un jour de retard : le transporteur n'a pas pu passer
vendredi. Il partira lundi matin.</p>
<p>Cordialement,<br>Maison Carrel</p>"""
    H("bandeau-82-pourcent", "reject", ["style.image-width"],
      "Bandeau de marque en style width:82% : au-dessus de 80 % de la largeur.",
      lang="fr", title="Plaid en laine 130 x 170", frm="Maison Carrel <service@maisoncarrel.fr>",
      subject="Petit retard pour votre commande §O", html=doc(pct, lang="fr"),
      related=[(banner_png("MAISON CARREL", 400, 60), "image", "png", "<bandeau>", "bandeau.png")])

    lh = """<div>
<p style="line-height: 1.6;">Bonjour,</p>
<p style="line-height: 1.6;">Pour finaliser le retour de la lampe de votre commande §O, pouvez-vous nous
indiquer si l'ampoule fournie est encore dans le carton ? Sans elle, nous devrons déduire 4 € du
remboursement.</p>
<p style="line-height: 1.6;">Merci d'avance,<br>Lumières Dufresne</p>
</div>"""
    H("interligne-seul", "reject", ["style.font-override"],
      "Seul line-height:1.6 est défini sur les paragraphes : modification de l'interligne par défaut.",
      lang="fr", title="Lampe de chevet en laiton", frm="Lumières Dufresne <sav@lumieres-dufresne.fr>", reply=True,
      subject="Re: Retour de la lampe (commande §O)", html=doc(lh, lang="fr"), enc=L1)

    js = """<p style="text-align: justify;">Bonjour,</p>
<p style="text-align: justify;">Nous préparons le tapis sur mesure de votre commande §O. Les dimensions saisies
(160 x 23 cm) semblent inversées ou incomplètes : pourriez-vous nous confirmer la largeur et la longueur
souhaitées ?</p>
<p style="text-align: justify;">Bien à vous,<br>Tissages Morel</p>"""
    H("texte-justifie", "reject", ["style.alignment"],
      "Paragraphes en text-align:justify : alignement par défaut modifié.",
      lang="fr", title="Tapis sur mesure en jute", frm="Tissages Morel <atelier@tissages-morel.fr>",
      subject="Dimensions de votre tapis (commande §O)", html=doc(js, lang="fr"))

    ci = """<p>Bonjour,</p>
<p>Merci pour votre commande §O. Quand vous aurez essayé le moulin à poivre, un avis sur Amazon nous aiderait
beaucoup. Pour laisser votre avis, <a href="https://www.amazon.fr/review/review-your-purchases/">cliquez ici</a>.</p>
<p>Cordialement,<br>Moulins Garnier</p>"""
    H("lien-cliquez-ici", "reject", ["style.link-text"],
      "Demande d'avis neutre dont le lien a pour seul texte « cliquez ici ».",
      lang="fr", title="Moulin à poivre en hêtre 22 cm", frm="Moulins Garnier <contact@moulins-garnier.fr>",
      subject="Votre moulin à poivre – commande §O", html=doc(ci, lang="fr"))


# --------------------------------------------------------------------------------------------
# Spanish (amazon.es)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    al = """<table role="presentation" width="100%" cellpadding="8" cellspacing="0">
<tr><td align="left" valign="top" style="text-align: left;">
<p>Hola,</p>
<p>Para grabar la placa de su pedido §O necesitamos saber qué tipografía prefiere: clásica (con serifa) o
moderna (sin serifa). Responda a este mensaje con su elección.</p>
</td></tr>
<tr><td align="left" valign="top" style="text-align: start;">
<p>Un saludo,<br>Grabados Ortega</p>
</td></tr>
</table>"""
    H("alineacion-izquierda-explicita", "relay", [],
      "Celdas con align=\"left\", valign=\"top\", text-align:left y text-align:start: son el alineamiento por "
      "defecto, no lo modifican.",
      lang="es", title="Placa grabada para buzón", frm="Grabados Ortega <taller@grabadosortega.es>",
      subject="Tipografía para su placa (pedido §O)", html=doc(al, lang="es"))

    ct = """<p>Hola,</p>
<p>Le escribimos por su pedido §O: el juego de sábanas que eligió viene en dos versiones de bajera, para
colchones de hasta 25 cm o de hasta 35 cm. ¿Qué altura tiene su colchón?</p>
<p>Un saludo,<br>Textil Navarro</p>
<center><p>Textil Navarro · Calle Mayor 8, Valencia</p></center>"""
    H("pie-center", "reject", ["style.alignment"],
      "Pie de firma dentro de <center>: texto centrado.",
      lang="es", title="Juego de sábanas algodón 150", frm="Textil Navarro <pedidos@textilnavarro.es>",
      subject="Altura de su colchón (pedido §O)", html=doc(ct, lang="es"))

    ins = """<p>Hola,</p>
<p>Su cafetera del pedido §O saldrá con un día de retraso porque esperamos la junta de repuesto del
proveedor. Saldrá el jueves.</p>
<p>Un saludo,<br>Cafés Robles</p>
<p><img src="http://img.cafesrobles.es/firma/logo-robles.png" alt="Cafés Robles" width="120" height="40"></p>"""
    H("logo-http", "reject", ["image.insecure"],
      "Logo de la firma cargado por http: imagen no segura (un src no es un enlace).",
      lang="es", title="Cafetera italiana 6 tazas", frm="Cafés Robles <tienda@cafesrobles.es>",
      subject="Retraso de un día en su pedido §O", html=doc(ins, lang="es"))

    nb = """<p>Hola,</p>
<p>Para el cuadro personalizado de su pedido §O, ¿podría confirmarnos si prefiere marco negro o natural?</p>
<p>&nbsp;</p>
<p>&nbsp;</p>
<p>&nbsp;</p>
<p>Gracias,<br>Lienzos Vidal</p>"""
    H("parrafos-vacios", "reject", ["style.line-breaks"],
      "Tres <p>&nbsp;</p> vacíos seguidos antes de la despedida: más de dos saltos de línea.",
      lang="es", title="Cuadro personalizado en lienzo 50 x 70", frm="Lienzos Vidal <hola@lienzosvidal.es>",
      subject="Color del marco (pedido §O)", html=doc(nb, lang="es"), enc=L1)


# --------------------------------------------------------------------------------------------
# Italian (amazon.it)
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    fw = """<p>Buongiorno,</p>
<p>per la borsa personalizzata del suo ordine §O ci serve ancora un'informazione: <b>le iniziali</b> vanno
stampate in <i>oro</i> o in <i>argento</i>?</p>
<p style="background-color: #f4f1ea; border: 1px solid #d8d2c4; padding: 10px; font-weight: bold;">Risponda
semplicemente a questo messaggio con la sua scelta.</p>
<p><font size="2">Pelletteria Conti, Firenze</font></p>"""
    H("grassetto-sfondo", "relay", [],
      "Grassetto, corsivo, font-weight, background-color e colore del bordo (non del testo) e un <font size=2>: "
      "due dimensioni in tutto, nessuna modifica di famiglia, colore del testo o interlinea.",
      lang="it", title="Borsa in pelle con iniziali", frm="Pelletteria Conti <ordini@pelletteriaconti.it>",
      subject="Iniziali per il suo ordine §O", html=doc(fw, lang="it"))

    bq = """<p>Buongiorno,</p>
<p>abbiamo ricevuto la sua domanda sul set di pentole dell'ordine §O:</p>
<blockquote style="margin: 0 0 0 8em;">«Si possono usare sul piano a induzione?»</blockquote>
<p>Sì: tutte le pentole del set hanno il fondo magnetico e funzionano su induzione, gas ed elettrico.</p>
<p>Cordiali saluti,<br>Casalinghi Ferri</p>"""
    H("citazione-8em", "reject", ["style.margin"],
      "Citazione con margine sinistro di 8em (128 px): oltre il 20 % (120 px).",
      lang="it", title="Set di pentole 5 pezzi, acciaio", frm="Casalinghi Ferri <assistenza@casalinghiferri.it>",
      reply=True, subject="Re: Induzione (ordine §O)", html=doc(bq, lang="it"))

    qui = """<p>Buongiorno,</p>
<p>per completare il reso del tostapane dell'ordine §O ci serve sapere se l'imballo originale è ancora
integro. Le istruzioni per il reso le trova <a href="https://www.amazon.it/gp/css/returns/homepage.html">qui</a>.</p>
<p>Grazie,<br>Elettro Bianchi</p>"""
    H("link-qui", "reject", ["style.link-text"],
      "Domanda necessaria sul reso, ma l'unico link ha come testo 'qui'.",
      lang="it", title="Tostapane 2 fette, acciaio", frm="Elettro Bianchi <resi@elettrobianchi.it>", reply=True,
      subject="Re: Reso tostapane – ordine §O", html=doc(qui, lang="it"))


# --------------------------------------------------------------------------------------------
# Japanese (amazon.co.jp)
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    ok = """<p><img src="cid:kobo-logo" alt="木工房ひのき" width="150" height="44"></p>
<h3>名入れ内容のご確認</h3>
<p>お客様</p>
<p>ご注文番号 §O のまな板の名入れについて、ご入力いただいた文字「山田家」で彫刻してよろしいでしょうか。
変更がある場合は、このメッセージにご返信ください。</p>
<p>木工房ひのき</p>"""
    H("nairekakunin-html", "relay", [],
      "ISO-2022-JP の HTML：リンクのない小さなロゴ（alt あり）、h3 と本文の 2 サイズ、名入れ内容の確認。",
      lang="ja", title="ひのきまな板 名入れ", frm="木工房ひのき <info@kobo-hinoki.jp>",
      subject="名入れ内容のご確認（注文番号 §O）", html=doc(ok, lang="ja"), enc=JIS,
      related=[(logo_jpeg("HINOKI"), "image", "jpeg", "<kobo-logo>", "logo.jpg")])

    fs = """<p><font size="5">発送日のお知らせ変更</font></p>
<p>お客様</p>
<p>ご注文番号 §O の座椅子は、部品の入荷遅れにより発送が2日ほど遅れる見込みです。</p>
<p><font size="4">6月18日（木）発送予定</font></p>
<p><font size="2">ご迷惑をおかけし申し訳ございません。家具のいろは</font></p>"""
    H("font-size-yottsu", "reject", ["style.font-sizes"],
      "<font size=5>、size=4、size=2 と既定サイズの本文：4 種類のフォントサイズ。",
      lang="ja", title="リクライニング座椅子", frm="家具のいろは <shop@kagu-iroha.jp>",
      subject="発送遅延のお知らせ（注文番号 §O）", html=doc(fs, lang="ja"), enc=B64)

    ko = """<p>お客様</p>
<p>ご注文番号 §O の印鑑について、書体のご指定がまだございません。書体の見本は
<a href="https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=201889620">こちら</a>
をご覧のうえ、ご希望の書体名をご返信ください。</p>
<p>はんこ工房 松</p>"""
    H("link-kochira", "reject", ["style.link-text"],
      "リンクの文字が「こちら」だけ：説明のないリンク文字。",
      lang="ja", title="印鑑 黒水牛 15mm", frm="はんこ工房 松 <info@hanko-matsu.jp>",
      subject="書体のご指定のお願い（注文番号 §O）", html=doc(ko, lang="ja"), enc=B64)


def main() -> None:
    for fn in (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja):
        fn()
    CASE_LIST.sort(key=lambda c: c["verdict"] != "relay" or bool(c["rules"]))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="seventysecond"), verify)
    by_lang: dict[str, int] = {}
    for c in CASE_LIST:
        by_lang[c["lang"]] = by_lang.get(c["lang"], 0) + 1
    relay = sum(1 for c in CASE_LIST if not c["rules"])
    print(f"{len(labels)} cases ({relay} compliant), {len(ORDERS)} orders; by language {by_lang}")


if __name__ == "__main__":
    main()
