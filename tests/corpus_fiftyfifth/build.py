#!/usr/bin/env python3
"""Build the fifty-fifth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_fiftyfifth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. The style.* and image.* rules on HTML the way shop systems,
email builders, mail clients and helpdesks generate it (Shopify / WooCommerce style notification tables,
MJML / newsletter-builder table layouts, Outlook Word HTML, Gmail and Apple Mail replies, helpdesk
signatures), in English, German, French, Spanish and Italian. The bodies are otherwise compliant (order ID,
a permitted purpose, Amazon links only), so the exact rule set is the styling one; about 40 % are compliant
near-misses that share the vocabulary of a violation.
"""

from __future__ import annotations

import random
import sys
from functools import partial
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))
from corpus_build import (  # noqa: E402
    OrderBook,
    add_case,
    banner_png,
    collect_by_language,
    img_bytes,
    lang_counts,
    logo_png,
    mail_date,
    make_pdf,
    mk,
    reply_headers,
    set_boundaries,
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(55_2026_0615)
_PREFIX = {"co.uk": "20", "de": "30", "fr": "40", "es": "40", "it": "40"}
_TLD = {"en": "co.uk", "de": "de", "fr": "fr", "es": "es", "it": "it"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T08:15:00Z", shipped="2026-06-02T16:40:00Z",
                 delivered="2026-06-05T10:20:00Z")
ORDERS = BOOK.rows
order = BOOK.add
PENDING = {"shipped": "", "delivered": "", "purchased": "2026-06-12T09:05:00Z"}

# Every rule of RULES.md sections B-E: whatever a case does not list must stay silent (content.spelling is
# tolerated everywhere).
ALL_RULES = [
    "order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "language.mismatch",
    "type.order-confirmation", "type.thank-you-only", "type.marketing", "review.incentive",
    "review.removal-request", "review.conditional", "review.repeat", "order-problem.cancellation-request",
    "order-problem.no-adjustment", "return.unnecessary", "link.insecure", "link.external", "link.opt-out",
    "attachment.not-allowed", "image.logo-link", "image.tracking-pixel", "image.product-photo",
    "image.not-brand", "content.email-address", "content.phone-number", "content.sensitive",
    "style.link-text", "style.image-alt", "style.emoji", "style.animated-gif", "style.margin",
    "style.image-width", "style.font-override", "style.font-sizes", "style.alignment", "style.line-breaks",
    "image.insecure",
]


def photo_png(width: int, height: int, label: str) -> bytes:
    """A plain assembly sketch / label photo of the given pixel size (real PNG bytes)."""
    img = Image.new("RGB", (width, height), (244, 242, 236))
    d = ImageDraw.Draw(img)
    d.rectangle([6, 6, width - 7, height - 7], outline=(70, 70, 70), width=3)
    for x in range(40, width - 40, max(60, width // 6)):
        d.line([(x, 30), (x + 30, height - 30)], fill=(150, 40, 40), width=3)
    d.text((16, 12), label, fill=(20, 20, 20))
    return img_bytes(img, "PNG", optimize=True)


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str,
         html: str | None = None, text: str | None = None, day: int = 12, time: str = "10:12:31",
         tz: str = "+0200", reply: bool = False, related=(), attach=(), tolerated: tuple[str, ...] = (),
         crlf: bool = False, charset: str = "utf-8", cte: str = "quoted-printable", mailer: str = "") -> None:
    """One case: HTML only, plain text only, or both (alternative). `reply` makes it answer the buyer."""
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    hdrs = reply_headers(f"0100019c.f55.{slug[:24]}") if reply else []
    if mailer:
        hdrs = [*hdrs, ("X-Mailer", mailer)]
    tol = (*tolerated, "content.spelling")
    absent = [r for r in ALL_RULES if r not in rules and r not in tol]
    msg = mk(frm, to, subject, mail_date(day, time, tz), f"<f55.{slug}@{dom}>", text=text, html=html,
             charset=charset, cte=cte, headers=hdrs, related=related, attach=attach)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, crlf=crlf)


def doc(body: str, *, lang: str, head: str = "", body_attr: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" '
            f'content="text/html; charset=utf-8">\n<meta name="viewport" content="width=device-width">\n'
            f"{head}</head>\n<body{body_attr}>\n{body}\n</body>\n</html>\n")


REJ = "reject"
OK = "relay"


# --------------------------------------------------------------------------------------------
# English (amazon.co.uk)
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    shop = "Fenwick & Hale <care@fenwickhale.co.uk>"
    o, b = order("en-mjml", "en", "Oak Bedside Table with Drawer, Natural")
    case("en-builder-column-cachebuster", OK, [],
         "Email-builder layout: a 600 px max-width column centred with margin:0 auto, 24 px cell padding, a "
         "https logo 180 px wide with alt text whose URL carries a Shopify ?v= cache-buster (not a per-recipient "
         "token), img{max-width:100%} in the head and a link-colour-free body: nothing to fire.",
         to=b, frm=shop, day=10, mailer="Shopify Email",
         subject=f"A short delay on your bedside table (order {o})",
         html=doc(f"""<div style="margin:0 auto; max-width:600px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td style="padding:24px 24px 8px 24px;">
<img src="https://cdn.shopify.com/s/files/1/0613/8842/7731/files/fenwick-hale-mark.png?v=1686731520" width="180" height="48" alt="Fenwick &amp; Hale" style="display:block; border:0;">
</td></tr>
<tr><td style="padding:8px 24px 24px 24px;">
<p>Hello,</p>
<p>Your Oak Bedside Table (order {o}) was due to leave our workshop on Friday. The drawer runners
we fit are arriving from our supplier two days late, so the table will now be dispatched on Wednesday
17 June instead. We are sorry for the wait.</p>
<p>You don't need to do anything. If you would prefer not to wait, you can cancel the order from
<a href="https://www.amazon.co.uk/gp/your-account/order-details?orderID={o}">your order details on Amazon</a>
and the full amount will be refunded.</p>
<p>Best wishes,<br>
Tom Hale<br>
Fenwick &amp; Hale</p>
</td></tr>
</table>
</div>""", lang="en", head="<style>\nimg { max-width:100%; height:auto; }\ntable { border-collapse:collapse; }\n</style>\n"))

    o, b = order("en-center", "en", "Linen Apron, Charcoal, Adjustable Neck Strap")
    case("en-builder-align-center-tables", REJ, ["style.alignment"],
         "Newsletter-builder skeleton: the 600 px wrapper table and the text cell carry align=\"center\", so the "
         "body is centred; the rest (no fonts, no colours, https logo with alt, Amazon link) is compliant.",
         to=b, frm="Loomhouse Aprons <hello@loomhouse-aprons.co.uk>", day=11,
         subject=f"Embroidery initials for order {o}",
         html=doc(f"""<table role="presentation" width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td align="center">
<table role="presentation" width="600" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td align="center" style="padding:20px;">
<p>Hello,</p>
<p>Thank you for choosing embroidered initials for your linen apron (order {o}).
The personalisation box on the order page came through empty, so we cannot start the stitching yet.</p>
<p>Could you reply with the two or three letters you would like, and whether you prefer the thread in
cream or in black? We will embroider the apron as soon as we hear from you.</p>
<p>Warm regards,<br>Megan<br>Loomhouse Aprons</p>
</td></tr>
</table>
</td></tr>
</table>""", lang="en"))

    o, b = order("en-pixel", "en", "Ceramic Pour-Over Coffee Dripper, White")
    case("en-helpdesk-sendgrid-open-pixel", REJ, ["image.tracking-pixel", "style.image-alt"],
         "Helpdesk reply with a 1x1 SendGrid open-tracking image at the end (alt=\"\", so it also lacks alt "
         "text); the text itself is a compliant answer.",
         to=b, frm="Kettle & Cone <support@kettleandcone.co.uk>", day=9, reply=True,
         subject=f"Re: Dripper has a chip on the rim - order {o}",
         html=doc(f"""<div>
<p>Hi there,</p>
<p>Sorry to hear the dripper from order {o} arrived with a chip on the rim. We have asked
Amazon to send you a replacement at no cost; you can keep the chipped one, there is nothing to send back.</p>
<p>Kind regards,<br>Priya<br>Kettle &amp; Cone Support</p>
</div>
<img src="https://u3318406.ct.sendgrid.net/wf/open?upn=Zb7xK2c0aQmW9dLr4TgE1uYh8fPq3sNv6JkXo5iC" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;border-width:0 !important;margin:0 !important;padding:0 !important;">""",
                  lang="en"))

    o, b = order("en-emoticon", "en", "Kids' Waterproof Rain Jacket, Age 6-7, Yellow")
    case("en-plain-emoticons", REJ, ["style.emoji"],
         "Plain-text reply with the ASCII emoticons ':-)' and ';)'.",
         to=b, frm="Puddle Club <team@puddleclub.co.uk>", day=13, reply=True,
         subject=f"Re: Size question, order {o}",
         text=f"""Hi,

Good question :-) The 6-7 jacket in order {o} is cut generously, with room for a
fleece underneath, so most parents keep the size they ordered.

If it turns out too big after all, the Amazon returns page lets you swap it for
the 5-6 free of charge ;)

Cheers,
Ellie
Puddle Club""")

    o, b = order("en-kaomoji", "en", "USB Label Printer, 4x6 Thermal")
    case("en-plain-times-paths-ratios", OK, [],
         "Plain-text driver help with times (09:30, 17:00), a Windows path C:\\Program Files\\..., a ratio 1:1, "
         "list markers 1) 2) 3) and an https Amazon URL (\":/\"): none of them is an emoticon.",
         to=b, frm="Labelwise UK <help@labelwise.co.uk>", day=12, reply=True,
         subject=f"Re: Printer not found on Windows 11 - order {o}",
         text=f"""Hello,

Thanks for the details on order {o}. Windows sometimes keeps the old generic
driver. Please try this:

1) Unplug the printer and open C:\\Program Files\\Labelwise\\Driver\\setup.exe
2) Choose "Repair", then restart the computer.
3) Plug the printer back in and print a test label at 1:1 scale (not "fit to page").

The driver guide is also linked from the product page on Amazon:
https://www.amazon.co.uk/gp/help/customer/display.html?nodeId=GJ5TQ8X8BRZRXV3Z

Our workshop answers messages between 09:30 and 17:00 on weekdays.

Best regards,
Daniel
Labelwise UK""")

    o, b = order("en-outlook", "en", "Cast Iron Door Stop, Hare Design")
    case("en-outlook-word-reply", REJ, ["style.font-override"],
         "Outlook Word HTML reply: MsoNormal sets font-family Calibri and EmailStyle colours; the @page margins "
         "(72pt = 96 px) and the single <o:p>&nbsp;</o:p> spacers are within the limits.",
         to=b, frm="Ironbark Home <orders@ironbark-home.co.uk>", day=11, reply=True,
         mailer="Microsoft Outlook 16.0",
         subject=f"RE: Door stop colour - order {o}",
         html=f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}}
span.EmailStyle17
	{{mso-style-type:personal-reply;
	font-family:"Calibri",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Hello,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">The hare door stop in order {o} is cast in one colour only, a matt graphite. The photo on the listing was taken in warm light, which is why it looks brown. If you would rather return it, the return through Amazon is free for this reason.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Regards,<o:p></o:p></p>
<p class="MsoNormal">Gareth Lewis<o:p></o:p></p>
<p class="MsoNormal">Ironbark Home<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>From:</b> Amazon customer<br>
<b>Sent:</b> 10 June 2026 19:02<br>
<b>To:</b> Ironbark Home<br>
<b>Subject:</b> Door stop colour<o:p></o:p></p>
</div>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Is the hare door stop brown or grey? Mine looks grey.<o:p></o:p></p>
</div>
</body>
</html>
""")

    o, b = order("en-here", "en", "Bamboo Bath Mat, 50 x 80 cm")
    case("en-helpdesk-link-here", REJ, ["style.link-text"],
         "The return-label link's text is only 'here'.",
         to=b, frm="Greenstep Bath <service@greenstep-bath.co.uk>", day=12, reply=True,
         subject=f"Re: Bath mat is warped (order {o})",
         html=doc(f"""<p>Hello,</p>
<p>We're sorry the bath mat from order {o} arrived warped. Bamboo can bend when it is
stored in a damp warehouse, and it does not always flatten again.</p>
<p>Please start a free return <a href="https://www.amazon.co.uk/gp/orc/returns/homepage.html">here</a> and
choose "damaged on arrival"; the refund follows as soon as the courier scans the parcel.</p>
<p>Kind regards,<br>Aaron<br>Greenstep Bath</p>""", lang="en"))

    o, b = order("en-banner", "en", "Enamel Camping Mug Set of 4, Speckled Blue")
    case("en-notification-banner-600", REJ, ["style.image-width"],
         "Shop-notification header banner declared width=\"600\" (100 % of the reference width, above 80 %); "
         "https, with alt text, not linked.",
         to=b, frm="Campfire Goods <orders@campfiregoods.co.uk>", day=11,
         subject=f"Your mugs: one colour is delayed (order {o})",
         html=doc(f"""<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0">
<tr><td><img src="https://cdn.campfiregoods.co.uk/mail/header-campfire-goods.png" width="600" height="120" alt="Campfire Goods" style="display:block;border:0;"></td></tr>
<tr><td style="padding:20px 24px;">
<p>Hello,</p>
<p>The speckled blue mugs in your order {o} are being re-glazed because the first batch
failed our chip test. They will be dispatched on 18 June, about four days later than shown.</p>
<p>If you would rather not wait, please let us know by replying here and we will cancel the
order and refund you in full.</p>
<p>Best,<br>Sam at Campfire Goods</p>
</td></tr>
</table>""", lang="en"))

    o, b = order("en-gmail", "en", "Wool Throw Blanket, 130 x 170 cm, Mustard")
    case("en-gmail-reply-descriptive-link", OK, [],
         "Gmail reply: the link text says what it opens, 'here' stays outside the link, the gmail_quote "
         "blockquote has a grey border colour and a 0.8ex margin (neither a text colour nor a wide margin), one "
         "<div><br></div> between paragraphs; the attribution shows the buyer's own relay address.",
         to=b, frm="Hebden Weavers <shop@hebdenweavers.co.uk>", day=13, reply=True, mailer="",
         subject=f"Re: Washing the throw - order {o}",
         html=f"""<div dir="ltr">Hello,<div><br></div><div>Yes, the mustard throw from order {o} can go in the machine on a cold wool cycle, but please lay it flat to dry; tumble drying will felt it.</div><div><br></div><div>The full care label is printed in the listing, which you can open here: <a href="https://www.amazon.co.uk/gp/your-account/order-details?orderID={o}">order {o} on Amazon</a>.</div><div><br></div><div>Best wishes,</div><div>Ruth</div><div>Hebden Weavers</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Fri, 12 Jun 2026 at 20:14, &lt;{b}&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Can I machine wash the throw?</blockquote></div>
""")

    o, b = order("en-star", "en", "Hand-thrown Stoneware Bowl, Ash Glaze")
    case("en-signature-star-check", REJ, ["style.emoji"],
         "Helpdesk signature decorated with '★' and a '✔' (without U+FE0F) in the body: pictographs.",
         to=b, frm="Marlow Pottery <studio@marlowpottery.co.uk>", day=10, reply=True,
         subject=f"Re: Is the bowl food safe? (order {o})",
         html=doc(f"""<p>Hello,</p>
<p>✔ Yes, the ash glaze on the bowl in order {o} is lead free and food safe, and the bowl can go
in the dishwasher. Please avoid the microwave, as the rim has a thin iron wash.</p>
<p>With best wishes,<br>Clara<br>★ Marlow Pottery ★</p>""", lang="en"))

    o, b = order("en-erp", "en", "Galvanised Garden Incinerator, 90 L")
    case("en-erp-body-text-link-colours", REJ, ["style.font-override"],
         "Old ERP mailer whose <body text=\"#333333\" link=\"#1a5276\"> sets the text and link colours; "
         "nothing else fires.",
         to=b, frm="Thornbury Garden Supply <despatch@thornbury-garden.co.uk>", day=12,
         subject=f"Order {o}: delivery slot for your incinerator",
         html=doc(f"""<p>Dear customer,</p>
<p>Your garden incinerator (order {o}) travels on a pallet with our two-person crew, who need
someone at home to sign for it. Could you reply with a weekday between 16 and 24 June that suits you?
We deliver between 08:00 and 13:00.</p>
<p>Thank you,<br>Thornbury Garden Supply</p>""", lang="en", body_attr=' text="#333333" link="#1a5276" vlink="#1a5276"'))

    o, b = order("en-tm", "en", "Copper Jam Pan, 9 L")
    case("en-signature-trademark-signs", OK, [],
         "Signature with ©, ® and ™ and a '#2' batch mark: not emoji without U+FE0F (RULES clarification).",
         to=b, frm="Preserve Co. <kitchen@preserveco.co.uk>", day=12, reply=True,
         subject=f"Re: Can the jam pan go on induction? (order {o})",
         html=doc(f"""<p>Hello,</p>
<p>The copper jam pan in order {o} has no steel base, so it will not work on induction. On gas or
an electric ring it is fine; keep the flame below the rim. Pans from batch #2 onwards have a riveted
handle, yours included.</p>
<p>Kind regards,<br>Lucy<br>Preserve Co.® – SureSet™ pans</p>
<p>© 2026 Preserve Co. Ltd</p>""", lang="en"))


# --------------------------------------------------------------------------------------------
# German (amazon.de)
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = order("de-apple", "de", "Leinen-Tischdecke 140 x 240 cm, natur")
    case("de-apple-mail-antwort", OK, [],
         "Apple-Mail-Antwort: body style mit 'line-break: after-white-space' (keine Zeilenhöhe), höchstens "
         "zwei <div><br></div> hintereinander, Zitat mit der Relay-Adresse des Käufers und der Uhrzeit 08:47.",
         to=b, frm="Leinenhof Bremen <service@leinenhof-bremen.de>", day=13, reply=True, mailer="Apple Mail (2.3774)",
         subject=f"Re: Flecken auf der Tischdecke (Bestellung {o})",
         html=f"""<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">Guten Tag,<div><br></div><div>die hellen Flecken auf der Tischdecke aus Ihrer Bestellung {o} sind Rückstände der Appretur, die beim ersten Waschen verschwinden. Bitte waschen Sie die Decke einmal bei 40 Grad ohne Weichspüler.</div><div><br></div><div><br></div><div>Sollten die Flecken danach noch sichtbar sein, schicken Sie uns bitte ein Foto als Antwort auf diese Nachricht; dann schicken wir Ihnen eine neue Decke.</div><div><br></div><div>Viele Grüße</div><div>Hanna Lüders</div><div>Leinenhof Bremen</div><div><br><blockquote type="cite"><div>Am 12.06.2026 um 08:47 schrieb {b}:</div><br><div><div>Auf der neuen Decke sind helle Flecken. Gehen die raus?</div></div></blockquote></div></body></html>
""")

    o, b = order("de-outlook", "de", "Kupfer-Gießkanne 1,5 l")
    case("de-outlook-vier-schriftgroessen", REJ, ["style.font-override", "style.font-sizes"],
         "Outlook-Word-HTML: Calibri-Schrift (font-family) und vier Größen (14 pt Überschrift, 11 pt Text, "
         "9 pt Signatur, 7 pt Fußzeile); die @page-Ränder 70,85 pt/2 cm (94/76 px) sind unter 20 %.",
         to=b, frm="Grünzeug Manufaktur <kontakt@gruenzeug-manufaktur.de>", day=11, mailer="Microsoft Outlook 16.0",
         subject=f"Ihre Gießkanne – Gravur (Bestellung {o})",
         html=f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}}
@page WordSection1
	{{size:595.3pt 841.9pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang="DE">
<div class="WordSection1">
<p class="MsoNormal"><b><span style="font-size:14.0pt">Ihre Gravur<o:p></o:p></span></b></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Guten Tag,<o:p></o:p></p>
<p class="MsoNormal">für die Gießkanne aus Ihrer Bestellung {o} haben Sie eine Gravur gewählt, aber im Textfeld stand nur „Name“. Welchen Namen sollen wir eingravieren? Es passen bis zu zwölf Buchstaben.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Mit freundlichen Grüßen<o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt">Jonas Reiter | Grünzeug Manufaktur<o:p></o:p></span></p>
<p class="MsoNormal"><span style="font-size:7.0pt">Grünzeug Manufaktur GmbH, Amtsgericht Kassel HRB 18842<o:p></o:p></span></p>
</div>
</body>
</html>
""")

    o, b = order("de-wide", "de", "Wandregal Eiche massiv, 100 cm")
    sketch = photo_png(560, 220, "Schritt 2: Halterung")
    case("de-skizze-ohne-breitenangabe", REJ, ["style.image-width"],
         "Eingebettete Montageskizze (cid) ohne width-Angabe; ihre Pixelbreite ist 560 px, über 480 px (80 %).",
         to=b, frm="Holzwerk Albrecht <montage@holzwerk-albrecht.de>", day=10, reply=True,
         subject=f"AW: Montage Wandregal (Bestellung {o})",
         html=doc(f"""<p>Hallo,</p>
<p>zu Ihrer Frage zur Bestellung {o}: Die Halterungen werden mit der langen Seite nach oben
eingehängt, dann rastet das Brett hörbar ein. Die Skizze zeigt den zweiten Schritt:</p>
<p><img src="cid:skizze-schritt2@holzwerk-albrecht.de" alt="Skizze: Halterung einhängen"></p>
<p>Viele Grüße<br>Ben Albrecht<br>Holzwerk Albrecht</p>""", lang="de"),
         related=[(sketch, "image", "png", "<skizze-schritt2@holzwerk-albrecht.de>", "skizze-schritt2.png")])

    o, b = order("de-retina", "de", "Sitzkissen Filz 40 cm, 2er-Set")
    retina = photo_png(960, 300, "Pflege: Fusselrolle")
    case("de-retina-bild-480", OK, [],
         "Ein 960 px breites Bild, aber mit width=\"480\" (genau 80 %, nicht darüber) und max-width:100% "
         "eingebunden: die ausdrückliche Breite zählt.",
         to=b, frm="Filzwerk Sommer <post@filzwerk-sommer.de>", day=12, reply=True,
         subject=f"AW: Fusseln am Sitzkissen (Bestellung {o})",
         html=doc(f"""<p>Guten Tag,</p>
<p>die Fusseln an den Sitzkissen aus Ihrer Bestellung {o} sind lose Fasern aus der Herstellung.
Mit einer Fusselrolle lassen sie sich entfernen, danach fusselt der Filz nicht mehr nach:</p>
<p><img src="cid:pflege-filz@filzwerk-sommer.de" width="480" style="max-width:100%; height:auto;" alt="Pflegehinweis: Fusselrolle in Faserrichtung"></p>
<p>Viele Grüße<br>Lena Sommer</p>""", lang="de"),
         related=[(retina, "image", "png", "<pflege-filz@filzwerk-sommer.de>", "pflege-filz.png")])

    o, b = order("de-center", "de", "Bienenwachskerzen, 6 Stück, Honig")
    case("de-signatur-center-tag", REJ, ["style.alignment"],
         "Helpdesk-Signatur in <center>: der Signaturblock wird zentriert.",
         to=b, frm="Wabenlicht <hallo@wabenlicht.de>", day=11, reply=True,
         subject=f"AW: Kerzen rußen (Bestellung {o})",
         html=doc(f"""<p>Hallo,</p>
<p>danke für Ihre Nachricht zur Bestellung {o}. Bienenwachskerzen rußen, wenn der Docht zu lang
ist. Kürzen Sie ihn bitte vor jedem Anzünden auf etwa einen halben Zentimeter; dann brennen sie ruhig.</p>
<center>
<p>Herzliche Grüße<br>Ihr Team von Wabenlicht<br>Imkerei &amp; Kerzenzieherei seit 1961</p>
</center>""", lang="de"))

    o, b = order("de-justify", "de", "Daunenkissen 80 x 80 cm, mittelfest")
    case("de-blocksatz", REJ, ["style.alignment"],
         "Absätze im Blocksatz (text-align: justify in einem <style>-Block).",
         to=b, frm="Federleicht Betten <service@federleicht-betten.de>", day=12,
         subject=f"Lieferverzögerung Ihres Kissens – Bestellung {o}",
         html=doc(f"""<p>Guten Tag,</p>
<p>das Daunenkissen aus Ihrer Bestellung {o} wird in unserer Näherei nach Eingang gefüllt. Wegen einer
verspäteten Daunenlieferung verschickt es sich erst am 19. Juni, drei Tage später als angegeben.</p>
<p>Wenn Sie nicht warten möchten, antworten Sie bitte kurz auf diese Nachricht; wir stornieren dann und
erstatten den vollen Betrag.</p>
<p>Freundliche Grüße<br>Federleicht Betten</p>""", lang="de", head="<style>\np { text-align: justify; }\n</style>\n"))

    o, b = order("de-plain3", "de", "Akku-Staubsauger Ersatzfilter, 2 Stück")
    case("de-text-drei-zeilenumbrueche", REJ, ["style.line-breaks"],
         "Reiner Text mit drei Zeilenumbrüchen hintereinander (zwei Leerzeilen) vor dem Gruß.",
         to=b, frm="Saugfix Ersatzteile <info@saugfix-ersatzteile.de>", day=13, reply=True,
         subject=f"AW: Passt der Filter? Bestellung {o}",
         text=f"""Hallo,

ja, die Filter aus Ihrer Bestellung {o} passen in alle Geräte der Serie 300,
auch in das ältere Modell mit grauem Griff. Den Filter bitte alle vier Wochen
ausklopfen und höchstens kalt ausspülen.


Viele Grüße
Saugfix Ersatzteile""")

    o, b = order("de-half", "de", "Emaille-Topf 4 l, schwarz")
    case("de-halbe-spalte-zentriert", REJ, ["style.margin"],
         "Eine 50 % breite Spalte mit margin: 0 auto zentriert: links und rechts bleiben je 25 % Rand, mehr als "
         "20 %.",
         to=b, frm="Topfkultur <kontakt@topfkultur.de>", day=10,
         subject=f"Ihr Emaille-Topf: neuer Versandtermin (Bestellung {o})",
         html=doc(f"""<div style="width:50%; margin:0 auto;">
<p>Guten Tag,</p>
<p>Ihr Emaille-Topf aus der Bestellung {o} hat bei der Endkontrolle eine Macke am Rand gezeigt.
Wir schicken Ihnen deshalb einen Topf aus der nächsten Lieferung, die am Mittwoch eintrifft; er geht am
selben Tag an Sie raus.</p>
<p>Viele Grüße<br>Topfkultur</p>
</div>""", lang="de"))

    o, b = order("de-sixty", "de", "Schneidebrett Walnuss, 45 x 30 cm")
    case("de-spalte-60-prozent", OK, [],
         "Eine 60 % breite, mit margin: 0 auto zentrierte Spalte: je 20 % Rand, nicht darüber; dazu "
         "background-color und ein farbiger Rahmen (keine Schriftfarbe).",
         to=b, frm="Brettwerk Fischer <info@brettwerk-fischer.de>", day=11, reply=True,
         subject=f"AW: Öl für das Brett (Bestellung {o})",
         html=doc(f"""<div style="width:60%; margin:0 auto; background-color:#faf7f0; border:1px solid #d8cbb3; padding:16px;">
<p>Hallo,</p>
<p>für das Walnussbrett aus Ihrer Bestellung {o} eignet sich jedes lebensmittelechte Leinöl oder
Schneidebrettöl. Einmal im Monat dünn auftragen, über Nacht einziehen lassen und morgens abreiben.</p>
<p>Viele Grüße<br>Paul Fischer</p>
</div>""", lang="de"))

    o, b = order("de-check", "de", "Gravierter Flaschenöffner, Edelstahl")
    case("de-haken-ohne-fe0f", REJ, ["style.emoji"],
         "Checkliste mit '✔' (U+2714 ohne U+FE0F) und einem '☎️' mit Variationszeichen in der Signatur: Emoji.",
         to=b, frm="Gravurstübchen <auftrag@gravurstuebchen.de>", day=12,
         subject=f"Gravurvorschau zu Bestellung {o}",
         text=f"""Guten Tag,

bevor wir Ihren Flaschenöffner aus der Bestellung {o} gravieren, bitten wir Sie,
den Text noch einmal zu prüfen:

✔ Vorderseite: "Für Papa"
✔ Rückseite: "Juni 2026"

Stimmt alles so? Eine kurze Antwort auf diese Nachricht genügt.

Viele Grüße
Gravurstübchen
☎️ Rückfragen gern über das Amazon-Postfach""")

    o, b = order("de-less", "de", "Merino-Strickjacke Damen, Gr. M, anthrazit")
    case("de-kleiner-als-30-grad", OK, [],
         "Pflegehinweis mit '<30 °C' (kein Herz-Emoticon '<3'), '1:10' verdünnen, 'um 10:30 Uhr' und den "
         "Aufzählungen a) b) c).",
         to=b, frm="Wollstube Kiel <service@wollstube-kiel.de>", day=13, reply=True,
         subject=f"AW: Waschen der Strickjacke (Bestellung {o})",
         text=f"""Hallo,

die Merino-Strickjacke aus Ihrer Bestellung {o} können Sie so pflegen:

a) Handwäsche oder Wollprogramm bei <30 °C
b) Wollwaschmittel 1:10 mit Wasser verdünnen, nicht direkt auf die Jacke geben
c) liegend trocknen, nicht aufhängen

Unsere Kollegin aus der Strickerei ist morgen ab 10:30 Uhr wieder da; falls
noch etwas offen ist, antworten Sie einfach auf diese Nachricht.

Viele Grüße
Wollstube Kiel""")

    o, b = order("de-twoempty", "de", "Glaskaraffe mit Korken, 1 l")
    case("de-zwei-leere-absaetze", OK, [],
         "Helpdesk-Editor mit zwei <p>&nbsp;</p> hintereinander und einem <br><br>: höchstens zwei "
         "Zeilenumbrüche in Folge.",
         to=b, frm="Glasklar Manufaktur <service@glasklar-manufaktur.de>", day=11, reply=True,
         subject=f"AW: Korken undicht? (Bestellung {o})",
         html=doc(f"""<p>Guten Tag,</p>
<p>der Naturkorken der Karaffe aus Ihrer Bestellung {o} dichtet erst, wenn er einmal feucht war.
Legen Sie ihn bitte zehn Minuten in lauwarmes Wasser.<br><br>Danach schließt er dicht.</p>
<p>&nbsp;</p>
<p>&nbsp;</p>
<p>Freundliche Grüße<br>Glasklar Manufaktur</p>""", lang="de"))


# --------------------------------------------------------------------------------------------
# French (amazon.fr)
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("fr-invoice", "fr", "Théière en fonte 0,8 l, vert sauge")
    invoice = make_pdf("Facture F-2026-0611", ["Facture F-2026-0611", f"Commande Amazon {o}",
                                               "Theiere en fonte 0,8 l : 49,90 EUR TTC"], producer="Facturo 3.2")
    case("fr-facture-gabarit-sobre", OK, [],
         "Gabarit de facture type boutique en ligne, épuré : fond coloré, bordures grises, font-weight, un h2, le "
         "texte par défaut et une mention à 12px (trois tailles), pas de police ni de couleur de texte.",
         to=b, frm="Maison Sencha <boutique@maison-sencha.fr>", day=11, reply=True,
         subject=f"RE: Facture pour la commande {o}",
         html=doc(f"""<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px; border:1px solid #e4e0d8;">
<tr><td style="background-color:#f4f1ea; padding:18px 24px;"><h2>Votre facture</h2></td></tr>
<tr><td style="padding:18px 24px;">
<p>Bonjour,</p>
<p>Comme demandé, vous trouverez ci-joint la facture de votre commande {o}
(théière en fonte, 49,90 EUR TTC).</p>
<p style="font-weight:600;">Facture n° F-2026-0611</p>
<p>Bien cordialement,<br>Maison Sencha</p>
</td></tr>
<tr><td style="border-top:1px solid #e4e0d8; padding:12px 24px;"><p style="font-size:12px;">Maison Sencha SARL, RCS Lyon 842 117 305</p></td></tr>
</table>""", lang="fr"),
         attach=[(invoice, "application", "pdf", "facture-F-2026-0611.pdf")])

    o, b = order("fr-mjml", "fr", "Plaid en laine mérinos, 130 x 180 cm, bleu nuit")
    banner = banner_png("Atelier Berthe", 1100, 200)
    case("fr-gabarit-mjml-brut", REJ, ["style.font-override", "style.alignment", "style.image-width"],
         "Sortie brute d'un éditeur d'e-mails type MJML : font-family/color/line-height dans chaque cellule, "
         "align=\"center\" et une bannière en width=\"550\" (plus de 480 px).",
         to=b, frm="Atelier Berthe <contact@atelier-berthe.fr>", day=10,
         subject=f"Votre plaid : une question sur la broderie (commande {o})",
         html=doc(f"""<div style="margin:0px auto;max-width:600px;">
<table align="center" border="0" cellpadding="0" cellspacing="0" role="presentation" style="width:100%;">
<tbody><tr><td style="direction:ltr;font-size:0px;padding:20px 0;text-align:center;">
<table border="0" cellpadding="0" cellspacing="0" role="presentation" style="border-collapse:collapse;border-spacing:0px;">
<tbody><tr><td style="width:550px;">
<img alt="Atelier Berthe" height="auto" src="cid:bandeau@atelier-berthe.fr" style="border:0;display:block;outline:none;text-decoration:none;height:auto;width:100%;font-size:13px;" width="550">
</td></tr></tbody></table>
</td></tr>
<tr><td align="center" style="font-size:0px;padding:10px 25px;word-break:break-word;">
<div style="font-family:Helvetica, Arial, sans-serif;font-size:15px;line-height:1.6;text-align:center;color:#3d3d3d;">
Bonjour,<br>Vous avez demandé une broderie sur le plaid de la commande {o}, mais le champ
des initiales est resté vide. Quelles lettres souhaitez-vous (trois au maximum) ? Il suffit de répondre
à ce message.<br>Merci et à bientôt,<br>Atelier Berthe</div>
</td></tr>
</tbody></table>
</div>""", lang="fr"),
         related=[(banner, "image", "png", "<bandeau@atelier-berthe.fr>", "bandeau.png")])

    o, b = order("fr-heart", "fr", "Savon à froid lavande, lot de 3")
    case("fr-coeur-signature", REJ, ["style.emoji"],
         "Signature « Fait main avec ♥ à Grasse » : le cœur U+2665 sans sélecteur est un emoji.",
         to=b, frm="Savonnerie des Aires <bonjour@savonnerie-des-aires.fr>", day=12, reply=True,
         subject=f"RE: Savon qui colle (commande {o})",
         text=f"""Bonjour,

Un savon à froid « transpire » parfois en été : ce sont quelques gouttes de
glycérine, sans aucun risque. Pour les savons de votre commande {o}, il suffit
de les garder au sec, hors de la salle de bain, jusqu'à leur utilisation.

Bien à vous,
Camille
Savonnerie des Aires – Fait main avec ♥ à Grasse""")

    o, b = order("fr-times", "fr", "Robot pâtissier 1000 W, bol inox 5 l")
    case("fr-heures-et-rapports", OK, [],
         "Texte brut : « entre 8:00 et 12:30 », « rapport 2:1 », les étapes 1) 2) 3) et l'URL Amazon en https "
         "(\":/\") : rien n'est un émoticône.",
         to=b, frm="Cuisine Dorée <sav@cuisine-doree.fr>", day=13, reply=True,
         subject=f"RE: Pétrin qui claque (commande {o})",
         text=f"""Bonjour,

Le claquement du crochet pétrisseur de votre robot (commande {o}) vient
souvent du réglage de hauteur. Voici comment le corriger :

1) débrancher le robot ;
2) desserrer la vis sous la tête, tête relevée ;
3) ajuster jusqu'à ce que le crochet frôle le fond du bol, puis revisser.

Pour une pâte brisée, gardez un rapport farine/beurre de 2:1 et la vitesse 2.
La notice complète est sur la page du produit :
https://www.amazon.fr/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7

Notre atelier répond entre 8:00 et 12:30 du lundi au vendredi.

Cordialement,
Léa
Cuisine Dorée""")

    o, b = order("fr-gmailfont", "fr", "Lampe de chevet en laiton, abat-jour lin")
    case("fr-gmail-police-verdana", REJ, ["style.font-override"],
         "Réponse Gmail avec la police choisie par l'expéditeur : <font face=\"verdana, sans-serif\"> autour "
         "du texte.",
         to=b, frm="Lumière & Laiton <atelier@lumiere-laiton.fr>", day=11, reply=True,
         subject=f"Re: Ampoule pour la lampe (commande {o})",
         html=f"""<div dir="ltr"><font face="verdana, sans-serif">Bonjour,</font><div><font face="verdana, sans-serif"><br></font></div><div><font face="verdana, sans-serif">La lampe de votre commande {o} accepte une ampoule E14 de 40 W au maximum, ou l'équivalent en LED. Nous conseillons un blanc chaud (2700 K) qui rend bien avec l'abat-jour en lin.</font></div><div><font face="verdana, sans-serif"><br></font></div><div><font face="verdana, sans-serif">Bonne soirée,</font></div><div><font face="verdana, sans-serif">Julien</font></div></div>
""")

    o, b = order("fr-noalt", "fr", "Tablier de jardinier en toile cirée")
    case("fr-logo-sans-alt", REJ, ["style.image-alt"],
         "Logo en ligne (cid) dans la signature du service client, sans attribut alt.",
         to=b, frm="Les Jardins d'Anselme <service@jardins-anselme.fr>", day=10, reply=True,
         subject=f"RE: Taille du tablier (commande {o})",
         html=doc(f"""<p>Bonjour,</p>
<p>Le tablier de votre commande {o} est taille unique ; la sangle du cou se règle de 55 à 75 cm
et celle de la taille se noue devant ou derrière.</p>
<p>Cordialement,<br>Anselme</p>
<p><img src="cid:logo-anselme@jardins-anselme.fr" width="140" height="42"></p>""", lang="fr"),
         related=[(logo_png("Anselme", (140, 42)), "image", "png", "<logo-anselme@jardins-anselme.fr>", "logo.png")])

    o, b = order("fr-logolink", "fr", "Carafe filtrante en verre 1,2 l")
    case("fr-logo-lien-site", REJ, ["image.logo-link", "link.external"],
         "Logo de signature cliquable vers le site de la boutique (https, non Amazon) : logo avec lien et lien "
         "externe.",
         to=b, frm="Claire Fontaine Filtres <sav@clairefontaine-filtres.fr>", day=12, reply=True,
         subject=f"RE: Changer la cartouche (commande {o})",
         html=doc(f"""<p>Bonjour,</p>
<p>La cartouche de la carafe de votre commande {o} se change toutes les quatre semaines. Faites
couler deux remplissages avant de boire l'eau d'une cartouche neuve.</p>
<p>Cordialement,<br>Service client</p>
<p><a href="https://www.clairefontaine-filtres.fr/"><img src="https://www.clairefontaine-filtres.fr/img/logo-mail.png" width="150" height="40" alt="Claire Fontaine Filtres"></a></p>""",
                  lang="fr"))

    o, b = order("fr-storefront", "fr", "Coussin de sol en lin lavé, 60 cm")
    case("fr-logo-lien-boutique-amazon", OK, [],
         "Le même logo cliquable, mais le lien mène à la vitrine de la marque sur amazon.fr : ni logo lié au "
         "site, ni lien externe, et le texte du lien est l'alt du logo.",
         to=b, frm="Lin & Sel <bonjour@lin-et-sel.fr>", day=11, reply=True,
         subject=f"RE: Déhoussable ? (commande {o})",
         html=doc(f"""<p>Bonjour,</p>
<p>Oui, la housse du coussin de votre commande {o} s'enlève grâce à une fermeture cachée ; elle
se lave à 30 degrés, sans sèche-linge.</p>
<p>Bonne journée,<br>Lin &amp; Sel</p>
<p><a href="https://www.amazon.fr/stores/LinEtSel/page/6B1E1F0A-3C2D-4E8F-9A17-2B5C8D0E4F11"><img src="https://m.media-amazon.com/images/S/stores-image-uploads-eu-prod/lin-et-sel-logo.png" width="140" height="40" alt="Lin &amp; Sel sur Amazon"></a></p>""",
                  lang="fr"))

    o, b = order("fr-pt", "fr", "Nichoir en bois de cèdre")
    case("fr-marges-en-points", REJ, ["style.margin"],
         "Cellule d'habillage avec padding: 0 100pt : 100 pt valent 133 px, au-delà de 120 px (20 % de 600 px).",
         to=b, frm="Nids & Mangeoires <contact@nids-mangeoires.fr>", day=12,
         subject=f"Commande {o} : date d'expédition de votre nichoir",
         html=doc(f"""<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr><td style="padding:0 100pt;">
<p>Bonjour,</p>
<p>Le nichoir de votre commande {o} est fabriqué à la main et le cèdre de notre dernière
livraison séchait encore. Il partira le 17 juin, avec deux jours de retard sur la date indiquée.</p>
<p>Si vous préférez ne pas attendre, répondez simplement à ce message et nous annulerons la commande
avec un remboursement intégral.</p>
<p>Cordialement,<br>Nids &amp; Mangeoires</p>
</td></tr>
</table>""", lang="fr"))

    o, b = order("fr-empty", "fr", "Bocaux en verre à fermeture mécanique, lot de 6")
    case("fr-paragraphes-vides-editeur", REJ, ["style.line-breaks"],
         "Éditeur de helpdesk : trois <p>&nbsp;</p> d'affilée avant la signature.",
         to=b, frm="Conserverie Moderne <sav@conserverie-moderne.fr>", day=13, reply=True,
         subject=f"RE: Joint des bocaux (commande {o})",
         html=doc(f"""<p>Bonjour,</p>
<p>Les joints orange des bocaux de votre commande {o} se remplacent après chaque stérilisation
longue ; ils sont vendus en sachets de dix sur la même page produit.</p>
<p>&nbsp;</p>
<p>&nbsp;</p>
<p>&nbsp;</p>
<p>Bien cordialement,<br>Conserverie Moderne</p>""", lang="fr"))

    o, b = order("fr-gmailsize", "fr", "Moule à cannelés en cuivre, lot de 4")
    case("fr-gmail-tailles-sans-police", OK, [],
         "Réponse Gmail avec les tailles « Énorme » (<font size=\"6\">) et « Petite » (<font size=\"1\">) "
         "plus le texte normal : trois tailles, et <font size> ne change ni police ni couleur.",
         to=b, frm="Cuivres de Bordeaux <contact@cuivres-bordeaux.fr>", day=12, reply=True,
         subject=f"Re: Culottage des moules (commande {o})",
         html=f"""<div dir="ltr"><div><font size="6">Culottage</font></div><div><br></div><div>Bonjour,</div><div><br></div><div>Avant la première cuisson, les moules de votre commande {o} se culottent : un passage au four à 150 degrés avec un mélange de cire d'abeille et de beurre, puis on les essuie sans les laver.</div><div><br></div><div>Bonne cuisson,</div><div>Étienne</div><div><font size="1">Cuivres de Bordeaux, SIRET 893 204 117 00018</font></div></div>
""")


# --------------------------------------------------------------------------------------------
# Spanish (amazon.es)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("es-keywords", "es", "Juego de sábanas de percal 150 x 190, blanco")
    case("es-cuatro-tamanos-palabras-clave", REJ, ["style.font-sizes"],
         "Tamaños con palabras clave: large para el título, small para la nota, x-small para el pie y el texto "
         "sin tamaño (medium): cuatro tamaños distintos.",
         to=b, frm="Percales del Sur <atencion@percalesdelsur.es>", day=11,
         subject=f"Retraso en su juego de sábanas (pedido {o})",
         html=doc(f"""<p style="font-size:large;"><b>Aviso de retraso</b></p>
<p>Hola:</p>
<p>El juego de sábanas de su pedido {o} sale del taller de confección dos días más tarde de lo
previsto, el 17 de junio. Sentimos la espera.</p>
<p style="font-size:small;">Si prefiere no esperar, responda a este mensaje y cancelamos el pedido con el reembolso completo.</p>
<p>Un saludo,<br>Percales del Sur</p>
<p style="font-size:x-small;">Percales del Sur S.L., CIF B41887302</p>""", lang="es"))

    o, b = order("es-units", "es", "Cafetera italiana de acero, 6 tazas")
    case("es-tres-tamanos-unidades-mixtas", OK, [],
         "12pt, 16px, 1rem y 1em son el mismo tamaño; con un h3 y un pie de 12px hay tres tamaños, no más.",
         to=b, frm="Café y Moka <hola@cafeymoka.es>", day=12, reply=True,
         subject=f"RE: Junta de la cafetera (pedido {o})",
         html=doc(f"""<h3>Cambio de la junta</h3>
<p style="font-size:12pt;">Hola:</p>
<p style="font-size:16px;">La junta de la cafetera de su pedido {o} se cambia desenroscando el depósito y
sacando el filtro; la junta nueva entra con la cara lisa hacia abajo.</p>
<p style="font-size:1rem;">Le enviamos una junta de repuesto sin coste esta semana.</p>
<p><span style="font-size:1em;">Un saludo,<br>Café y Moka</span></p>
<p style="font-size:12px;">Café y Moka, CIF B93348105</p>""", lang="es"))

    o, b = order("es-hidden", "es", "Funda nórdica de algodón, 240 x 220, gris")
    case("es-imagen-oculta-seguimiento", REJ, ["image.tracking-pixel", "style.image-alt"],
         "Imagen remota oculta (display:none) con un token por destinatario en la URL, alt vacío: píxel de "
         "seguimiento sin texto alternativo.",
         to=b, frm="Casa Nube <pedidos@casanube.es>", day=10,
         subject=f"Su funda nórdica: falta confirmar la medida (pedido {o})",
         html=doc(f"""<p>Hola:</p>
<p>En su pedido {o} eligió la funda de 240 x 220, pero en la nota escribió «para cama de 135».
Para una cama de 135 lo habitual es la de 220 x 220. ¿Podría confirmarnos cuál prefiere antes del envío?</p>
<p>Un saludo,<br>Casa Nube</p>
<img src="https://mail.casanube.es/o/eJwNyrEKgCAUQNFf8Q7a0T8b3Hg6Q5hL8Q9Yx" alt="" style="display:none;width:0;height:0;">""", lang="es"))

    o, b = order("es-http", "es", "Maceta autorriego 30 cm, terracota")
    case("es-logo-por-http", REJ, ["image.insecure"],
         "El logo de la firma se carga por http:// (con alt, sin enlace).",
         to=b, frm="Verde Casa <ayuda@verdecasa.es>", day=12, reply=True,
         subject=f"RE: Cómo llenar el depósito (pedido {o})",
         html=doc(f"""<p>Hola:</p>
<p>La maceta de su pedido {o} se llena por el tubo lateral hasta que el indicador flote arriba;
después basta con revisar el nivel cada diez días.</p>
<p>Un saludo,<br>Verde Casa</p>
<p><img src="http://static.verdecasa.es/firma/logo-verdecasa.png" width="130" height="38" alt="Verde Casa"></p>""",
                  lang="es"))

    o, b = order("es-sig", "es", "Báscula de cocina digital, 10 kg")
    case("es-firma-helpdesk-icono", OK, [],
         "Firma de helpdesk en tabla: valign=\"top\", vertical-align:middle, una línea separadora con color de "
         "borde y un icono https de 24 px con alt (no es un píxel).",
         to=b, frm="Pesa Bien <soporte@pesabien.es>", day=13, reply=True,
         subject=f"RE: La báscula marca 0,2 kg sin nada (pedido {o})",
         html=doc(f"""<p>Hola:</p>
<p>Si la báscula de su pedido {o} marca 0,2 kg en vacío, pulse la tecla TARA dos segundos con la
superficie libre. Si el valor no vuelve a cero, cambie las pilas: por debajo de 2,5 V la báscula se
descalibra.</p>
<hr style="border:0; border-top:1px solid #cccccc;">
<table role="presentation" cellpadding="0" cellspacing="0">
<tr><td valign="top" style="padding-right:10px; vertical-align:middle;"><img src="https://static.pesabien.es/firma/icono-balanza.png" width="24" height="24" alt="Pesa Bien"></td>
<td valign="top">Marta Gil<br>Soporte de Pesa Bien</td></tr>
</table>""", lang="es"))

    o, b = order("es-tongue", "es", "Mochila escolar infantil, dinosaurios")
    case("es-emoticonos-lengua-corazon", REJ, ["style.emoji"],
         "Texto plano con los emoticonos ':P' y '<3'.",
         to=b, frm="Mochilandia <hola@mochilandia.es>", day=11, reply=True,
         subject=f"RE: ¿Cabe un A4? (pedido {o})",
         text=f"""¡Hola!

Sí, en la mochila del pedido {o} cabe una carpeta A4 con holgura, y el
bolsillo delantero lleva el estuche :P

Los dinosaurios están bordados, así que aguantan la lavadora a 30 grados <3

Un saludo,
Nuria
Mochilandia""")

    o, b = order("es-brbr", "es", "Tostadora de 2 ranuras, crema")
    case("es-helpdesk-br-triple", REJ, ["style.line-breaks"],
         "Respuesta de helpdesk con <br><br><br> seguidos entre el texto y la despedida.",
         to=b, frm="Desayunos Lumen <soporte@desayunoslumen.es>", day=12, reply=True,
         subject=f"RE: Olor a quemado (pedido {o})",
         html=doc(f"""<div>Hola:<br><br>El olor de las primeras veces en la tostadora de su pedido {o} es la
capa protectora de las resistencias, que se quema en los primeros usos. Déjela funcionar tres veces
vacía en la posición 5 junto a una ventana abierta.<br><br><br>Un saludo,<br>Iván<br>Desayunos Lumen</div>""",
                  lang="es"))

    o, b = order("es-bareurl", "es", "Lámpara de pie de ratán, 150 cm")
    case("es-enlace-url-desnuda", REJ, ["style.link-text"],
         "El texto del enlace es la propia URL de Amazon, sin explicación.",
         to=b, frm="Ratán y Luz <info@rataniluz.es>", day=10, reply=True,
         subject=f"RE: Pantalla rota (pedido {o})",
         html=doc(f"""<p>Hola:</p>
<p>Sentimos que la pantalla de la lámpara del pedido {o} llegara aplastada. Puede devolverla gratis
desde <a href="https://www.amazon.es/gp/orc/returns/homepage.html">https://www.amazon.es/gp/orc/returns/homepage.html</a>
indicando «llegó dañado»; le reembolsamos en cuanto el transportista la recoja.</p>
<p>Un saludo,<br>Ratán y Luz</p>""", lang="es"))

    o, b = order("es-right", "es", "Juego de cuchillos de cocina, 5 piezas")
    case("es-firma-alineada-derecha", REJ, ["style.alignment"],
         "Despedida y firma con text-align:right.",
         to=b, frm="Filo Toledano <taller@filotoledano.es>", day=12, reply=True,
         subject=f"RE: Afilado (pedido {o})",
         html=doc(f"""<p>Hola:</p>
<p>Los cuchillos de su pedido {o} llevan un filo a 15 grados. Para mantenerlo, pase la chaira
cinco veces por cada lado antes de usarlos y evite el lavavajillas.</p>
<p style="text-align:right;">Un saludo,<br>Rodrigo<br>Filo Toledano</p>""", lang="es"))

    o, b = order("es-bold", "es", "Colcha de piqué, 250 x 270, arena")
    case("es-solo-negrita-y-fondo", OK, [],
         "CSS que solo pone negrita (font-weight), cursiva (font-style), fondo de resaltado (background-color) "
         "y subrayado: ni familia, ni color de texto, ni interlineado.",
         to=b, frm="Piqué Hogar <clientes@piquehogar.es>", day=11, reply=True,
         subject=f"RE: Medida de la colcha (pedido {o})",
         html=doc(f"""<p>Hola:</p>
<p>La colcha de su pedido {o} mide <span class="destacado">250 x 270 cm</span>, pensada para camas de
135 y 150 con caída lateral de unos 50 cm.</p>
<p><em>Consejo:</em> lávela a <span style="background-color:#fff3b0;">40 grados</span> y tiéndala a la sombra para
que no amarillee.</p>
<p>Un saludo,<br><span style="text-decoration:underline;">Piqué Hogar</span></p>""", lang="es",
                  head="<style>\n.destacado { font-weight:700; }\nem { font-style:italic; }\n</style>\n"))

    o, b = order("es-zendesk", "es", "Plancha de vapor vertical, 1600 W")
    case("es-firma-helpdesk-fuente-color", REJ, ["style.font-override"],
         "Plantilla de helpdesk que envuelve la respuesta en font-family, color de texto y line-height.",
         to=b, frm="Vapor Casa <soporte@vaporcasa.es>", day=13, reply=True, mailer="Zendesk Mailer",
         subject=f"RE: La plancha gotea (pedido {o})",
         html=doc(f"""<div style="font-family:'Lucida Grande','Lucida Sans Unicode','Lucida Sans',Verdana,Tahoma,sans-serif; font-size:14px; color:#2b2e2f; line-height:22px;">
<p>Hola:</p>
<p>Que la plancha de su pedido {o} gotee los primeros segundos es normal: el vapor se condensa
en la manguera fría. Espere a que la luz verde quede fija antes de usarla y sujete la manguera en vertical.</p>
<p>Un saludo,<br>Álvaro<br>Soporte de Vapor Casa</p>
</div>""", lang="es"))


# --------------------------------------------------------------------------------------------
# Italian (amazon.it)
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("it-kaomoji", "it", "Tazza in ceramica dipinta a mano, limoni")
    case("it-kaomoji", REJ, ["style.emoji"],
         "Kaomoji '(^_^)' e '(^o^)/' nel testo semplice.",
         to=b, frm="Ceramiche Solari <bottega@ceramichesolari.it>", day=12, reply=True,
         subject=f"R: Lavastoviglie? (ordine {o})",
         text=f"""Buongiorno,

sì, la tazza del suo ordine {o} va in lavastoviglie: lo smalto è cotto a
1000 gradi e non si rovina (^_^)

Le consigliamo solo di non metterla nel microonde, perché il bordo è decorato
a mano con un filo d'oro. Buona colazione! (^o^)/

Cordiali saluti,
Giulia
Ceramiche Solari""")

    o, b = order("it-times", "it", "Smerigliatrice angolare 125 mm, 900 W")
    case("it-orari-percorsi-rapporti", OK, [],
         "Orari 9:00 e 13:00, percorso 'C:\\Utenti\\...', rapporto 1:10 e un URL Amazon: nessuna emoticon.",
         to=b, frm="Ferramenta Bassi <assistenza@ferramentabassi.it>", day=13, reply=True,
         subject=f"R: Manuale in PDF (ordine {o})",
         text=f"""Buongiorno,

il manuale della smerigliatrice del suo ordine {o} si apre anche senza
programmi particolari: dopo lo scaricamento lo trova di solito in
C:\\Utenti\\NomeUtente\\Download\\manuale-smerigliatrice.pdf

Per la pasta abrasiva usi un rapporto 1:10 con l'acqua. Il manuale è anche
nella pagina del prodotto:
https://www.amazon.it/gp/help/customer/display.html?nodeId=GDTAMV7FBYHFJZ9F

Il nostro reparto tecnico risponde dalle 9:00 alle 13:00.

Cordiali saluti,
Marco
Ferramenta Bassi""")

    o, b = order("it-pad", "it", "Set di pentole in rame, 5 pezzi")
    case("it-padding-tabella-140px", REJ, ["style.margin"],
         "Cella contenitore con padding: 30px 140px: 140 px per lato superano i 120 px (20 % di 600).",
         to=b, frm="Rame Antico <ordini@rameantico.it>", day=11,
         subject=f"Ordine {o}: serve il numero del citofono",
         html=doc(f"""<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr><td style="padding:30px 140px;">
<p>Buongiorno,</p>
<p>il corriere ha provato a consegnare il set di pentole del suo ordine {o}, ma sul citofono non
ha trovato il nome. Ci può indicare con una risposta il nome scritto sul citofono o la scala?</p>
<p>Cordiali saluti,<br>Rame Antico</p>
</td></tr>
</table>""", lang="it"))

    o, b = order("it-padok", "it", "Tagliere in legno d'ulivo, 40 cm")
    case("it-padding-15-percento", OK, [],
         "Padding 24px 15% e body con margin:0 e padding:0: entro il 20 %.",
         to=b, frm="Ulivo Vivo <info@ulivovivo.it>", day=12, reply=True,
         subject=f"R: Macchie sul tagliere (ordine {o})",
         html=doc(f"""<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px 15%;">
<p>Buongiorno,</p>
<p>le macchie chiare sul tagliere del suo ordine {o} sono zone dove l'olio si è già assorbito. Una
passata di olio di vaselina e una notte di riposo le fanno sparire.</p>
<p>Cordiali saluti,<br>Ulivo Vivo</p>
</td></tr>
</table>""", lang="it", body_attr=' style="margin:0; padding:0;"'))

    o, b = order("it-font", "it", "Lampada da tavolo in vetro di Murano, ambra")
    case("it-font-abbreviato", REJ, ["style.font-override"],
         "Regola CSS con la scorciatoia font: 15px/1.5 Georgia, serif (famiglia e interlinea).",
         to=b, frm="Vetri di Laguna <servizio@vetridilaguna.it>", day=10, reply=True,
         subject=f"R: Lampadina (ordine {o})",
         html=doc(f"""<div class="msg">
<p>Buongiorno,</p>
<p>la lampada del suo ordine {o} usa una lampadina G9 da massimo 25 W. Il vetro di Murano scalda
poco, ma le lampadine LED danno una luce più calda e durano di più.</p>
<p>Cordiali saluti,<br>Vetri di Laguna</p>
</div>""", lang="it", head="<style>\n.msg p { font: 15px/1.5 Georgia, serif; }\n</style>\n"))

    o, b = order("it-border", "it", "Valigia trolley rigida 55 cm, verde salvia")
    case("it-colore-bordo-e-sfondo", OK, [],
         "Colori solo su bordi (border-color, border-left) e sfondo, più font-weight e font-style: nessun "
         "colore del testo, famiglia o interlinea.",
         to=b, frm="Viaggi Leggeri <clienti@viaggileggeri.it>", day=11, reply=True,
         subject=f"R: Lucchetto TSA (ordine {o})",
         html=doc(f"""<p>Buongiorno,</p>
<p>il lucchetto del trolley del suo ordine {o} esce di fabbrica con la combinazione 0-0-0. Per
cambiarla:</p>
<div style="border:1px solid; border-color:#c9d3c0; border-left:4px solid #7d9470; background-color:#f3f6f0; padding:10px 14px;">
<p><span style="font-weight:bold;">1.</span> aprire con 0-0-0 e premere il pulsante laterale;</p>
<p><span style="font-weight:bold;">2.</span> impostare la nuova combinazione e rilasciare il pulsante.</p>
</div>
<p><span style="font-style:italic;">Se la dimentica, il lucchetto si apre solo con la chiave del personale aeroportuale.</span></p>
<p>Cordiali saluti,<br>Viaggi Leggeri</p>""", lang="it"))

    o, b = order("it-left", "it", "Portaspezie girevole, 16 vasetti")
    case("it-allineamento-sinistra", OK, [],
         "Tabella del gestionale con align=\"left\", text-align:left e start, valign=\"top\" e "
         "vertical-align:middle: allineamenti di default.",
         to=b, frm="Cucina Ordinata <servizio@cucinaordinata.it>", day=12, reply=True,
         subject=f"R: Etichette dei vasetti (ordine {o})",
         html=doc(f"""<table role="presentation" width="100%" cellpadding="0" cellspacing="0" align="left">
<tr><td align="left" valign="top" style="text-align:left; vertical-align:middle; padding:16px;">
<p>Buongiorno,</p>
<p style="text-align:start;">le etichette dei vasetti del suo ordine {o} sono nella busta sotto la
base girevole. Sono in vinile e si staccano senza lasciare colla, se vuole cambiarle.</p>
<p>Cordiali saluti,<br>Cucina Ordinata</p>
</td></tr>
</table>""", lang="it"))

    o, b = order("it-85", "it", "Mensola galleggiante in noce, 60 cm")
    guide = photo_png(700, 240, "Tasselli 8 mm")
    case("it-immagine-85-percento", REJ, ["style.image-width"],
         "Schema di montaggio inserito con width=\"85%\": oltre l'80 %.",
         to=b, frm="Legno e Muro <montaggi@legnoemuro.it>", day=13, reply=True,
         subject=f"R: Tasselli per cartongesso (ordine {o})",
         html=doc(f"""<p>Buongiorno,</p>
<p>per il cartongesso i tasselli in dotazione con la mensola del suo ordine {o} non bastano:
servono tasselli a espansione da 8 mm, come nello schema.</p>
<p><img src="cid:schema-tasselli@legnoemuro.it" width="85%" alt="Schema: tassello a espansione da 8 mm"></p>
<p>Cordiali saluti,<br>Legno e Muro</p>""", lang="it"),
         related=[(guide, "image", "png", "<schema-tasselli@legnoemuro.it>", "schema-tasselli.png")])

    o, b = order("it-here", "it", "Macchina per la pasta manuale, 9 spessori")
    case("it-link-clicca-qui", REJ, ["style.link-text"],
         "Il testo del link alla pagina dei resi di Amazon è 'clicca qui'.",
         to=b, frm="Sfoglia d'Oro <assistenza@sfogliadoro.it>", day=12, reply=True,
         subject=f"R: Rullo bloccato (ordine {o})",
         html=doc(f"""<p>Buongiorno,</p>
<p>ci dispiace che il rullo della macchina del suo ordine {o} sia bloccato: è un difetto di
montaggio. Può restituirla gratuitamente, per il reso <a href="https://www.amazon.it/gp/orc/returns/homepage.html">clicca qui</a>,
e le rimborsiamo subito l'intero importo.</p>
<p>Cordiali saluti,<br>Sfoglia d'Oro</p>""", lang="it"))

    o, b = order("it-inherit", "it", "Federe in raso di seta, 2 pezzi, cipria")
    case("it-boilerplate-inherit", OK, [],
         "Intestazione standard dei modelli e-mail: a[x-apple-data-detectors] con color/font-family/line-height "
         "'inherit' (eredita, non sovrascrive), #outlook a {padding:0}, img {max-width:100%}.",
         to=b, frm="Seta Notte <ciao@setanotte.it>", day=11, reply=True,
         subject=f"R: Lavaggio delle federe (ordine {o})",
         html=doc(f"""<div style="margin:0 auto; max-width:600px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px 24px;">
<p>Buongiorno,</p>
<p>le federe del suo ordine {o} si lavano in lavatrice a 30 gradi, in un sacchetto per la
biancheria, con un detersivo per capi delicati. Niente ammorbidente: opacizza il raso.</p>
<p>Cordiali saluti,<br>Seta Notte</p>
</td></tr>
</table>
</div>""", lang="it", head="""<style type="text/css">
#outlook a { padding:0; }
body { margin:0; padding:0; -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }
img { border:0; height:auto; max-width:100%; outline:none; text-decoration:none; }
a[x-apple-data-detectors] { color:inherit !important; text-decoration:none !important; font-size:inherit !important; font-family:inherit !important; font-weight:inherit !important; line-height:inherit !important; }
</style>
"""))


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="fiftyfifth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
