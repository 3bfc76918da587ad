#!/usr/bin/env python3
"""Build the thirteenth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_thirteenth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from
the guidelines and RULES.md (with its Clarifications), not from the rule data. Its angle is the mechanical
rules of sections B, D and E in tricky real forms: order IDs (subject only, inside a URL, two orders, a typo,
spaced or full-width digits, another buyer's order), the 30-day window at its edges (delivered / shipped /
only purchased; 29, 30 and 31 days), the buyer's language (unknown -> marketplace default, bilingual,
English product names in German, very short text, katakana brand names), links (Amazon country domains and
short links, http Amazon links, carrier tracking links, bare domains, lookalike hosts, link text that
differs from the href), attachments (requested invoices, .docx, zip, an executable named .pdf, images),
images (tracking pixels in several forms, linked logos, alt text, widths), phone numbers (warranty,
manufacturer and carrier lines vs the seller's own, international formats, register numbers), email
addresses (spelt out, mailto, quoted attributions), emoji and emoticons (text-presentation symbols, hearts,
kaomoji, winks vs code) and styling (font sizes, headings, margins in %, px and em, alignment, line breaks,
font overrides in <style> vs inline).
"""

from __future__ import annotations

import random
import sys
from email import policy
from email.parser import BytesParser
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))
from corpus_build import (  # noqa: E402
    OrderBook,
    add_case,
    banner_png,
    buyer,
    collect_by_language,
    diagram_png,
    lang_counts,
    logo_jpeg,
    logo_png,
    mail_date,
    make_docx,
    make_pdf,
    mk,
    page,
    quote,
    reply_headers,
    serum_jpeg,
    set_boundaries,
    verify,
    write_cases,
    write_orders,
    zip_bytes,
)

_rnd = random.Random(13_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "ca": "70", "de": "30", "at": "30", "fr": "40", "com.be": "40", "es": "40",
           "com.mx": "70", "it": "40", "co.jp": "25"}
_TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD)
ORDERS = BOOK.rows
_d = partial(mail_date, hm="10:00:00", tz="+0000")
B64 = {"cte": "base64"}
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
PRODUCER = "thirteenth-corpus 1.0"
NOW_MINUS_30D = "2026-05-16T12:00:00Z"  # now (2026-06-15T12:00:00Z) minus exactly 30 x 24 h

# an executable (a DOS/PE stub) that a seller renamed to .pdf: the bytes say what it is
EXE = (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8" + b"\x00" * 7 + b"\x40" + b"\x00" * 35
       + b"\x80\x00\x00\x00" + b"\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21"
       + b"This program cannot be run in DOS mode.\r\r\n$" + b"\x00" * 7 + b"PE\x00\x00\x4c\x01\x03\x00"
       + b"\x00" * 200)
SNIFF_ONLY = {"exe-renamed-pdf"}  # cases whose declared type lies on purpose


def order(key: str, lang: str, title: str, *, tld: str = "", blang: str | None = None, email: bool = True,
          addr: str = "", purchased: str = "2026-06-02T10:00:00Z", shipped: str = "2026-06-03T08:00:00Z",
          delivered: str = "2026-06-06T12:00:00Z") -> tuple[str, str]:
    """One order row: (order ID, buyer address). blang "" = unknown (marketplace default); email=False leaves
    the stored buyer address empty; addr reuses a buyer of another order."""
    tld = tld or _TLD[lang]
    b = addr or buyer(_rnd, tld)
    oid = BOOK.order_id(tld)
    ORDERS[key] = {"order_id": oid, "buyer_email": b if email else "", "marketplace": "amazon." + tld,
                   "buyer_language": lang if blang is None else blang, "purchased_at": purchased,
                   "shipped_at": shipped, "delivered_at": delivered, "product_title": title}
    return oid, b


def typo(oid: str) -> str:
    """The same ID with its last two digits swapped (a typist's slip), guaranteed different."""
    a, b = oid[-2], oid[-1]
    if a == b:
        return oid[:-1] + str((int(b) + 1) % 10)
    return oid[:-2] + b + a


def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else ("\uff0d" if c == "-" else c) for c in s)


def case(slug: str, verdict: str, rules: list[str], absent: list[str], note: str, *, to: str, frm: str,
         subject: str, text: str | None = None, html: str | None = None, lang: str = "en", day: int = 12,
         reply: bool = False, tolerated: tuple[str, ...] = (), enc: dict | None = None, attach=(), related=(),
         headers: tuple[tuple[str, str], ...] = (), crlf: bool = False) -> None:
    hdrs = [*(reply_headers(f"0100018f.e13.{slug[:24]}") if reply else []), *headers]
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    if html is not None and not html.lstrip().lower().startswith(("<!doctype", "<html")):
        html = page(html, lang)
    msg = mk(frm, to, subject, _d(day), f"<n13.{slug}@{dom}>", headers=hdrs,
             text=None if text is None else text.strip("\n") + "\n",
             html=html, attach=attach, related=related, **(enc or {}))
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tolerated, crlf=crlf)
    CASE_LIST[-1]["sniff_only"] = slug in SNIFF_ONLY


def pdf(title: str, lines: list[str]) -> bytes:
    return make_pdf(title, lines, producer=PRODUCER)


REVIEW = ["review.incentive", "review.conditional", "review.removal-request"]
ORDER = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired"]
ORDER_LANG = [*ORDER, "language.mismatch"]
CONTACT = ["content.email-address", "content.phone-number"]
LINKS = ["link.external", "link.insecure", "link.opt-out", "style.link-text"]
TYPES = ["type.order-confirmation", "type.thank-you-only", "type.marketing"]
OOS = ["order-problem.cancellation-request", "order-problem.no-adjustment"]
IMAGES = ["image.logo-link", "image.tracking-pixel", "image.insecure", "image.product-photo", "style.image-alt",
          "style.image-width"]
STYLE = ["style.font-sizes", "style.margin", "style.alignment", "style.line-breaks", "style.font-override",
         "style.emoji", "style.image-width", "style.image-alt"]


# --------------------------------------------------------------------------------------------
# English
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    # -- compliant -----------------------------------------------------------------------
    o, b = order("harp", "en", "Linen Drum Lamp Shade 40 cm")
    t = """Hello,

When we packed your lamp shade we noticed that the harp in that batch is 2 cm
shorter than it should be, so the shade may sit too low on your lamp base. We
are posting a 9-inch harp to you free of charge; it fits under the shade in a
minute and needs no tools.

You do not need to send anything back. If the shade already sits at the height
you like, simply keep the new harp as a spare.

Best regards,
Linen & Light"""
    case("id-in-subject-only", "relay", [], [*ORDER_LANG, *TYPES],
         "The order ID stands in the subject only; RULES.md accepts it in the subject or the body.",
         to=b, frm="Linen & Light <care@linenandlight.com>", subject=f"Replacement harp for order {o}", text=t)

    o, b = order("doormat", "en", "Custom Coir Doormat, Personalised Text")
    t = f"""Hello,

We need one detail to make your custom doormat. Your order page

https://www.amazon.com/gp/your-account/order-details?orderID={o}

shows the text "THE HARRISONS" but no lettering style. Would you like the
classic serif letters or the modern block letters? Just reply "serif" or
"block" and the mat goes to our workshop the same day.

Thank you,
Bristle & Co."""
    case("id-inside-amazon-order-url", "relay", [], [*ORDER_LANG, *LINKS, *TYPES],
         "Custom-design question whose only order ID is visible inside a written https Amazon order-page URL: "
         "the 3-7-7 ID is in the body, and the link goes to Amazon.",
         to=b, frm="Bristle & Co. <orders@bristleandco.com>", subject="Lettering style for your custom doormat", text=t)

    o1, b = order("covers-old", "en", "Velvet Cushion Covers 45x45, Set of 2", purchased="2026-04-20T10:00:00Z",
                  shipped="2026-04-21T08:00:00Z", delivered="2026-04-24T12:00:00Z")
    o2, _ = order("covers-new", "en", "Velvet Cushion Covers 45x45, Set of 2", addr=b)
    t = f"""Hello,

You ordered our velvet cushion covers twice, in April (order {o1}) and last
week (order {o2}). The covers from the second order come from a new dye lot,
and the green is a shade lighter than the April ones.

Would the difference bother you if the four covers are on the same sofa? If
so, reply and we will send two covers from the April dye lot in exchange,
free of charge; if you are happy with them as they are, there is nothing to do.

Kind regards,
Velvetry Home"""
    case("two-orders-latest-completion-counts", "relay", [], [*ORDER_LANG, *TYPES],
         "Two orders of the same buyer, one delivered 52 days ago and one last week: the window runs from the "
         "latest completion among them.",
         to=b, frm="Velvetry Home <service@velvetryhome.com>", subject=f"Dye lot of your cushion covers ({o2})", text=t)

    o, b = order("poles", "en", "Carbon Trekking Poles, Pair", purchased="2026-05-10T10:00:00Z",
                 shipped="2026-05-12T08:00:00Z", delivered=NOW_MINUS_30D)
    h = (f"<p>Hello,</p><p>Your trekking poles (order {o}) reached you a month ago, so they have probably seen a "
         "few trails by now.</p><p>If you have a moment, a review on Amazon helps other hikers choose the right "
         "poles, whatever your experience was.</p><p><a href=\"https://www.amazon.com/review/create-review?"
         "asin=B0D4TRK9PL\">Write a review of the trekking poles on Amazon</a></p><p>Happy hiking,<br>"
         "Ridgeline Gear</p>")
    case("delivered-exactly-30-days-ago", "relay", [], [*ORDER_LANG, *REVIEW, *LINKS, *TYPES],
         "Neutral review request sent exactly 30 x 24 h after delivery: exactly 30 days still passes.",
         to=b, frm="Ridgeline Gear <hello@ridgelinegear.com>", subject=f"How are your trekking poles? Order {o}",
         html=h)

    o, b = order("inv-ca", "en", "Cast Iron Dutch Oven 5.5 qt", tld="ca", blang="", email=False)
    inv = pdf("Invoice CA-20931", ["Invoice CA-20931", f"Amazon order {o}", "Cast Iron Dutch Oven 5.5 qt",
                                  "Subtotal 119.00 CAD", "GST/HST 15.47 CAD", "Total 134.47 CAD"])
    t = f"""Hello,

Please find attached invoice CA-20931 for your Amazon order {o}.

Invoice date: 2026-06-11
Total: 134.47 CAD (paid through Amazon)

Maple Hearth Cookware Ltd., 220 King Street West, Toronto ON M5H 1K4
GST/HST No. 84392 0117 RT0001"""
    case("ca-invoice-unknown-language-no-buyer-address", "relay", [], [*ORDER_LANG, *CONTACT, *TYPES,
                                                                        "attachment.not-allowed"],
         "An invoice (a permitted reason) to an amazon.ca order with no stored buyer language (English by default) "
         "and no stored buyer address (no mismatch); the GST/HST registration number is not a phone number.",
         to=b, frm="Maple Hearth Cookware <invoices@maplehearth.ca>", subject=f"Invoice CA-20931 - order {o}", text=t,
         attach=[(inv, "application", "pdf", "Invoice-CA-20931.pdf")], crlf=True)

    o, b = order("grinder", "en", "Burr Coffee Grinder, 40 Settings", purchased="2026-03-02T10:00:00Z",
                 shipped="2026-03-03T08:00:00Z", delivered="2026-03-06T12:00:00Z")
    q = "My grinder has started to squeak and the fine settings no longer work. Is it still under warranty?"
    t = f"""Hello,

Yes, the grinder carries the manufacturer's two-year warranty, so the repair
costs you nothing. Warranty repairs are handled by the manufacturer Kornwerk
directly; their warranty service line is +1 888 555 0142 (Monday to Friday,
8 am to 6 pm Eastern). Have your Amazon order number ready when you call.

Best regards,
Daniel, Brewpoint Supply

On 12 Jun 2026, at 08:14, {b} wrote:
{quote(q)}"""
    case("reply-old-order-manufacturer-warranty-line", "relay", [], [*ORDER_LANG, *CONTACT],
         "A reply about an order delivered in March: no window rule for answers; the phone number is the "
         "manufacturer's warranty line and the buyer's alias in the quoted attribution is ignored.",
         to=b, frm="Brewpoint Supply <support@brewpointsupply.com>", subject="Re: Grinder squeaks", text=t,
         reply=True)

    o, b = order("roofbars", "en", "Aluminium Roof Bars 120 cm, Lockable", tld="co.uk")
    t = f"""Hello,

Before you fit the roof bars from order {o}: the fitting kit letter printed on
the box (K2) is wrong for some estate models. The correct kit for your car is
listed in the fitting guide on the product page:

https://amzn.eu/d/4kQx7Zp

If the guide lists kit K5 for your car, reply with your car's model year and
we will post the K5 feet to you before the weekend.

Kind regards,
Roofrack Direct"""
    h = (f"<p>Hello,</p><p>Before you fit the roof bars from order {o}: the fitting kit letter printed on the box "
         "(K2) is wrong for some estate models. The correct kit for your car is listed in the "
         "<a href=\"https://www.amazon.co.uk/dp/B0C7KX2M4P#productDocuments\">fitting guide on the Amazon product "
         "page</a>.</p><p>If the guide lists kit K5 for your car, reply with your car's model year and we will "
         "post the K5 feet to you before the weekend.</p><p>Kind regards,<br>Roofrack Direct</p>")
    case("amazon-country-domain-and-short-link", "relay", [], [*ORDER_LANG, *LINKS, *TYPES],
         "Links to amazon.co.uk (HTML) and Amazon's own amzn.eu short link (text): both are links to Amazon "
         "(reading: Amazon's own short-link domains count as Amazon).",
         to=b, frm="Roofrack Direct <fitting@roofrackdirect.co.uk>", subject=f"Fitting kit for your roof bars ({o})",
         text=t, html=h)

    o, b = order("devboard", "en", "Microcontroller Dev Board, 3-Pack")
    t = f"""Hello,

The three boards in your order {o} were flashed with firmware 1.2, which has a
known fault: the LED on pin 13 stops blinking after 10:30 minutes of runtime.
Until firmware 1.3 is released, replace the main loop of the example sketch
with this one:

    void loop() {{
      for (;;) {{
        toggle(13);
        delay(500);
      }}
    }}

How to apply it:
1) open the Blink example,
2) replace the loop() function with the code above,
3) upload it with the board set to "Dev Board 3".

The duty cycle stays at the usual 1:1 ratio.

Best regards,
Pinforge Electronics"""
    case("code-for-loop-is-no-wink", "relay", [], [*ORDER_LANG, "style.emoji", *CONTACT, *TYPES],
         "A fix for a firmware fault with a code snippet: ';)' inside 'for (;;)', list markers '1)', a time "
         "10:30 and a ratio 1:1 are no emoticons.",
         to=b, frm="Pinforge Electronics <support@pinforge.com>", subject=f"Firmware fix for your boards ({o})",
         text=t, tolerated=("content.spelling",))

    o, b = order("desk", "en", "Standing Desk Frame, Dual Motor")
    h = f"""<h2>Assembly note for your desk frame</h2>

<p>Hello,</p>

<p>In the batch of your desk frame (order {o}) the two cross-beams were labelled the wrong way round: the beam marked <strong>B</strong> belongs at the front, the one marked <strong>A</strong> at the back.<br><br>Nothing else changes: the screws and the steps in the manual stay the same.</p>



<div style="margin:0 10%; padding:8px 12px; background-color:#f3f3f1; border:1px solid #cccccc; text-align:left">
<p>Quick check: the cable tray clips onto the beam at the back. If the clips do not fit, the beams are swapped.</p>
</div>

<div style="padding-left:7em">
<p>Steps 4 and 5 of the manual are the only ones affected.</p>
</div>

<p>Kind regards,<br>Liftwell Office</p>
<p style="font-size:12px">Liftwell Office GmbH, Industriestrasse 4, 6300 Zug, Switzerland</p>"""
    case("html-three-sizes-margins-within-limits", "relay", [], [*ORDER_LANG, *STYLE, *TYPES],
         "Three sizes (h2, default, 12 px), a 10 % side margin, a 7em (112 px) padding, left alignment, two <br> "
         "in a row, background and border colours, blank lines in the HTML source only: nothing over a limit.",
         to=b, frm="Liftwell Office <support@liftwelloffice.com>", subject=f"Assembly note for order {o}", html=h)

    o, b = order("dryer", "en", "Voltara AirPro Hair Dryer 2200W", tld="co.uk")
    t = f"""Hello,

We are writing about the Voltara(R) AirPro(TM) hair dryer from your order {o}.
The manufacturer has found that on some dryers from this batch the rear filter
cap can come loose. The dryer is safe to use, but the manufacturer replaces the
cap free of charge under its warranty.

Voltara warranty service: +44 20 7946 0958 (Monday to Friday, 9:00-17:00)

Quote the batch number VA-2604 printed under the cap.

Kind regards,
Salon Supply UK"""
    t = t.replace("(R)", "\u00ae").replace("(TM)", "\u2122")
    case("manufacturer-warranty-intl-number-and-trademarks", "relay", [], [*ORDER_LANG, *CONTACT, "style.emoji",
                                                                           *TYPES],
         "A manufacturer's warranty notice with an international warranty number on the warranty line; the "
         "registered and trademark signs are not emoji.",
         to=b, frm="Salon Supply UK <care@salonsupply.co.uk>", subject=f"Filter cap of your hair dryer ({o})", text=t)

    o, b = order("shelf-ret", "en", "Oak Bookshelf, 5 Tiers", tld="co.uk")
    img = banner_png("touch-up pen, shade 04", 320, 120)
    t = f"""Hello,

We have received your return request for order {o} because of a scratch on
the side panel.

If you would rather keep the bookshelf, we can offer you a partial refund of
25.00 GBP instead, and send you a free touch-up pen in the matching shade. The
attached picture shows the pen shade we would send.

If you prefer the return, do nothing: the return goes ahead as requested and
we refund you in full when the shelf arrives back with us.

Kind regards,
Oakmere Furniture"""
    case("return-partial-refund-offer-png", "relay", [], [*ORDER_LANG, "return.unnecessary",
                                                         "attachment.not-allowed", *IMAGES],
         "A return message offering a partial refund (a permitted reason), with a small PNG attached.",
         to=b, frm="Oakmere Furniture <returns@oakmerefurniture.co.uk>", subject=f"Your return request - order {o}",
         text=t, attach=[(img, "image", "png", "touch-up-pen-shade.png")])

    # -- violations ----------------------------------------------------------------------
    o, b = order("sofa", "en", "3-Seater Sofa, Grey Fabric", purchased="2026-06-10T10:00:00Z", shipped="",
                 delivered="")
    spaced = o.replace("-", " ")
    t = f"""Hello,

Your sofa (order {spaced}) travels with our two-person delivery crew. To
plan the delivery, please tell us which floor you live on and whether there is
a lift. The sofa box is 2.1 m long, so we also need to know if the stairwell
has a tight turn.

Many thanks,
Lounge Living"""
    case("order-id-with-spaces-instead-of-dashes", "reject", ["order-id.missing"],
         ["order-id.unknown", "window.expired", "language.mismatch", *CONTACT],
         "The order number is written with spaces, not in the dashed 3-7-7 form, so the message has no order ID.",
         to=b, frm="Lounge Living <delivery@loungeliving.com>", subject="Delivery planning for your sofa", text=t)

    o, b = order("mixer", "en", "Stand Mixer 5.5 L, Silver")
    t = f"""Hello,

The splash guard of your stand mixer (order {typo(o)}) was missing from some
boxes in this batch. Could you check whether yours has the clear plastic
guard in the bowl? If it is missing, reply and we post one to you.

Best regards,
Bakewise Appliances"""
    case("order-id-typo-unknown", "reject", ["order-id.unknown"], ["order-id.missing", "order-id.buyer-mismatch",
                                                                   "language.mismatch"],
         "The seller mistyped the order ID (two digits swapped): an ID in the right form that the store does not know.",
         to=b, frm="Bakewise Appliances <service@bakewise.com>", subject="Splash guard check", text=t)

    o, _b = order("blender", "en", "Personal Blender 600W")
    other = buyer(_rnd, "com")
    t = f"""Hello,

We noticed that the blade assembly of your personal blender (order {o}) may
have been packed without its rubber seal. Please check the underside of the
blade: if the black ring is missing, reply and we will send one.

Best regards,
Blendhaus"""
    case("order-id-of-another-buyer", "reject", ["order-id.buyer-mismatch"], ["order-id.missing", "order-id.unknown"],
         "The order ID is known, but the store's buyer address for it is not the recipient.",
         to=other, frm="Blendhaus <service@blendhaus.com>", subject=f"Seal check for order {o}", text=t)

    o, b = order("oos-old", "en", "Espresso Machine, Dual Boiler", purchased="2026-05-10T10:00:00Z", shipped="",
                 delivered="")
    t = f"""Hello,

We are sorry: the espresso machine you ordered (order {o}) will not come back
into stock. We have refunded the full amount of 1,249.00 USD through Amazon
with the reason "no inventory"; the refund shows in your account within 3 to 5
business days.

Our apologies,
Crema Works"""
    case("never-shipped-purchased-36-days-ago", "reject", ["window.expired"], [*OOS, "order-id.missing",
                                                                              "order-id.unknown"],
         "Never shipped nor delivered: completion falls back to the purchase date, 36 days ago.",
         to=b, frm="Crema Works <orders@cremaworks.com>", subject=f"Problem with your order {o}", text=t)

    o, b = order("plant", "en", "Self-Watering Planter, 30 cm")
    h = (f"<p>Hi,</p><p>Your self-watering planter (order {o}) should be settled in by now. If you have a minute, "
         "we would appreciate a review on Amazon, whatever your experience.</p><p><a href=\"https://www.amazon.com/"
         "review/create-review?asin=B0C1PLNT30\">Review the planter on Amazon</a></p><p>Greenhaven</p>"
         "<img src=\"https://open.mailpulse-track.com/o/7f3a9c1e2b4d?r=u83kd02\" width=\"1\" height=\"1\" alt=\"\">")
    case("tracking-pixel-1x1-attributes", "reject", ["image.tracking-pixel", "style.image-alt"], [*REVIEW, *ORDER_LANG],
         "A neutral review request with a 1x1 remote open-tracking image (empty alt).",
         to=b, frm="Greenhaven <greenhaven@mailpulse-track.com>", subject=f"Your planter, order {o}", html=h)

    o, b = order("mugs", "en", "Stoneware Mug Set of 4")
    logo = logo_png("BRIGHTNEST")
    h = (f"<p>Hello,</p><p>The mugs from your order {o} are dishwasher safe, but the glaze keeps its shine longer "
         "if you skip the intensive programme. They are not suitable for the oven.</p><p>Warm regards,<br>"
         "BrightNest Home</p><p><a href=\"https://www.brightnest-home.com/\"><img src=\"cid:logo\" "
         "alt=\"BrightNest Home\" width=\"150\"></a></p>")
    case("logo-linked-to-seller-site", "reject", ["image.logo-link", "link.external"], [*ORDER_LANG, "style.link-text",
                                                                                       "style.image-alt"],
         "Care notice whose logo links to the seller's own website.",
         to=b, frm="BrightNest Home <care@brightnest-home.com>", subject=f"Caring for your mugs ({o})", html=h,
         related=[(logo, "image", "png", "<logo>", "brightnest-logo.png")])

    o, b = order("rail", "en", "Extendable Curtain Rail 160-300 cm")
    t = f"""Hello,

For the rail in your order {o} we need to know one thing before we ship the
brackets: is your wall plasterboard or masonry? The plugs differ.

If you prefer to send a photo of the wall, write to fitting at railcraft dot com
and we will pick the right plugs.

Thanks,
Railcraft"""
    case("email-address-spelt-out-at-dot", "reject", ["content.email-address"], [*ORDER_LANG, "content.phone-number"],
         "An email address spelt out as 'fitting at railcraft dot com' is still an email address for the buyer.",
         to=b, frm="Railcraft <orders@railcraft.com>", subject=f"Wall type for your curtain rail ({o})", text=t)

    o, b = order("saw", "en", "Cordless Jigsaw 18V")
    h = (f"<p>Hello,</p><p>The jigsaw in your order {o} ships with a wood blade. The metal blades are described on "
         "the product page:</p><p><a href=\"https://bit.ly/3kXr9Qa\">https://www.amazon.com/dp/B0CJSAW18V</a></p>"
         "<p>Best regards,<br>Toolbarn</p>")
    case("link-text-amazon-url-href-shortener", "reject", ["link.external", "style.link-text"],
         [*ORDER_LANG, "link.insecure"],
         "The link shows an Amazon URL as its text but points to a third-party short link: external, and a bare "
         "URL is no explanatory link text.",
         to=b, frm="Toolbarn <service@toolbarn.com>", subject=f"Blades for your jigsaw ({o})", html=h)

    o, b = order("wardrobe-docx", "en", "Fabric Wardrobe 150 cm")
    doc = make_docx(["Fabric Wardrobe 150 cm - assembly", "1. Connect the upper frame tubes.",
                     "2. Slide the cover over the frame.", "3. Close the zip at the back."])
    t = f"""Hello,

The printed assembly sheet in your wardrobe box (order {o}) skips the step with
the middle tube. The corrected instructions are attached.

Kind regards,
Roomwise Storage"""
    case("docx-instructions-attachment", "reject", ["attachment.not-allowed"], [*ORDER_LANG, *TYPES],
         "Corrected instructions as a Word .docx: outside the attachment allow-list (PDF, JPEG, PNG, text).",
         to=b, frm="Roomwise Storage <help@roomwise.com>", subject=f"Corrected instructions, order {o}", text=t,
         attach=[(doc, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
                  "assembly-instructions.docx")])

    o, b = order("router", "en", "Mesh Wi-Fi Router, 3 Units")
    t = f"""Hello,

Your mesh router set (order {o}) needs the new setup manual: the one in the
box describes the old app. The new manual is attached.

Best regards,
Netweave"""
    case("exe-renamed-pdf", "reject", ["attachment.not-allowed"], [*ORDER_LANG, *TYPES],
         "The 'manual' is declared as application/pdf and named .pdf, but its bytes are a Windows executable.",
         to=b, frm="Netweave <support@netweave.com>", subject=f"New setup manual for order {o}", text=t,
         attach=[(EXE, "application", "pdf", "Setup-Manual.pdf")])

    o, b = order("candle", "en", "Soy Candle Trio, Lavender")
    t = f"""Hello,

A short note about your candles (order {o}): for the first burn, let the wax
melt all the way to the edge (about two hours), otherwise the candle tunnels.
Trim the wick to 5 mm before each burn.

With love \u2665
Wickwood Candles"""
    case("text-heart-symbol", "reject", ["style.emoji"], [*ORDER_LANG, *TYPES],
         "A heart suit symbol (text presentation, no emoji selector) used as a heart in the sign-off is an emoji.",
         to=b, frm="Wickwood Candles <hello@wickwood.com>", subject=f"First burn of your candles ({o})", text=t)

    o, b = order("bottle", "en", "Insulated Water Bottle 750 ml")
    h = (f"<p>Hello,</p><p>The lid seal of your bottle (order {o}) can be removed for cleaning: pull the tab on "
         "the inside and push it back until it clicks.</p><p>Cheers,<br>Hydroloop</p>"
         "<p><a href=\"http://www.hydroloop-bottles.com/\"><img src=\"http://www.hydroloop-bottles.com/img/logo.png\">"
         "</a></p>")
    case("http-logo-link-without-alt", "reject", ["link.insecure", "image.logo-link", "image.insecure",
                                                   "style.image-alt", "style.link-text"],
         [*ORDER_LANG, "link.external"],
         "Logo over http, linked over http to the seller's site, without alt text (so the link has no text).",
         to=b, frm="Hydroloop <hello@hydroloop-bottles.com>", subject=f"Cleaning the lid seal ({o})", html=h)


# --------------------------------------------------------------------------------------------
# German
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = order("waschm", "de", "Waschmaschine 8 kg, A-Klasse", purchased="2026-06-11T10:00:00Z", shipped="",
                 delivered="")
    t = f"""Guten Tag,

vielen Dank für Ihre Bestellung {o}. Die Waschmaschine wird von unserer
Spedition bis in die Wohnung getragen. Damit wir den Termin planen können:
In welchem Stockwerk wohnen Sie, und gibt es einen Aufzug?

Viele Grüße
Ihr Team von Haushalt Schröder

---

Hello, thank you for your order {o}. Our carrier brings the washing machine
into your flat. To plan the date: which floor do you live on, and is there a
lift?

Kind regards,
the Haushalt Schröder team"""
    case("zweisprachig-deutsch-zuerst", "relay", [], [*ORDER_LANG, *CONTACT, *TYPES],
         "Terminplanung für ein sperriges Gerät, erst Deutsch, dann Englisch: eine zweisprachige Nachricht, die die "
         "Sprache des Käufers enthält.",
         to=b, frm="Haushalt Schröder <service@haushalt-schroeder.de>", subject=f"Liefertermin Ihrer Waschmaschine ({o})",
         text=t, lang="de")

    o, b = order("hub", "de", "Smart Home Hub Pro mit Zigbee Bridge")
    t = f"""Hallo,

für Ihren Smart Home Hub Pro (Bestellung {o}) gibt es ein Firmware Update,
das die Verbindung zur Zigbee Bridge verbessert. So installieren Sie es:

Öffnen Sie in der App "Home Control" den Punkt "Settings" und dann
"Firmware Update". Halten Sie währenddessen den Pairing Button am Hub
gedrückt, bis die Status LED blau blinkt. Der Quick Start Guide im Karton
beschreibt noch die alte Version.

Viele Grüße
Ihr Support-Team von Lumio Smart Living"""
    case("englische-produktnamen-im-deutschen-text", "relay", [], [*ORDER_LANG, *TYPES],
         "Deutscher Text mit vielen englischen Produkt- und Menünamen (Firmware Update, Pairing Button, Quick Start "
         "Guide): die Sprache bleibt Deutsch.",
         to=b, frm="Lumio Smart Living <support@lumio-smart.de>", subject=f"Firmware Update für Bestellung {o}",
         text=t, lang="de", tolerated=("content.spelling",))

    o, b = order("at-topf", "de", "Gusseisen-Bräter 28 cm, rot", tld="at", blang="")
    t = f"""Grüß Gott,

der Deckel Ihres Bräters (Bestellung {o}) ist beim Versand leider
beschädigt worden, wie uns der Paketdienst gemeldet hat. Wir haben zwei
Ersatzdeckel auf Lager: in Rot wie der Topf oder in Schwarz.

Welche Farbe dürfen wir Ihnen kostenlos schicken?

Freundliche Grüße
Alpenguss Küchenwaren"""
    case("at-sprache-unbekannt-deutsch", "relay", [], [*ORDER_LANG, *TYPES],
         "Bestellung auf amazon.at ohne gespeicherte Käufersprache: Deutsch ist die Standardsprache des Marktplatzes.",
         to=b, frm="Alpenguss <service@alpenguss.at>", subject=f"Ersatzdeckel für Ihren Bräter ({o})", text=t,
         lang="de")

    o, b = order("schrank", "de", "Kleiderschrank 3-türig, Eiche", purchased="2026-06-10T10:00:00Z", shipped="",
                 delivered="")
    t = f"""Guten Tag,

Ihr Kleiderschrank (Bestellung {o}) wird mit DHL 2-Mann-Handling
geliefert. DHL ruft Sie zwei Tage vorher an, um ein Zeitfenster zu
vereinbaren.

Für Terminänderungen erreichen Sie den DHL-Kundenservice unter:
0228 4333 112

Bitte teilen Sie uns noch mit, ob der Schrank in den Keller, ins
Erdgeschoss oder in ein Obergeschoss getragen werden soll.

Mit freundlichen Grüßen
Möbelhaus Lindner"""
    case("dhl-nummer-in-der-zeile-danach", "relay", [], [*ORDER_LANG, *CONTACT, *TYPES],
         "Lieferplanung; die Telefonnummer steht eine Zeile unter 'DHL-Kundenservice' (Zeile davor zählt).",
         to=b, frm="Möbelhaus Lindner <lieferung@moebel-lindner.de>", subject=f"Lieferung Ihres Kleiderschranks ({o})",
         text=t, lang="de")

    o, b = order("rechnung", "de", "Akku-Bohrschrauber 18V Set")
    q = "Können Sie mir bitte eine Rechnung mit ausgewiesener Mehrwertsteuer schicken? Ich brauche sie für die Firma."
    inv = pdf("Rechnung RE-2026-4471", ["Rechnung RE-2026-4471", f"Amazon-Bestellung {o}",
                                       "Akku-Bohrschrauber 18V Set", "Netto 126,05 EUR", "USt. 19 % 23,95 EUR",
                                       "Gesamt 150,00 EUR"])
    t = f"""Guten Tag,

anbei erhalten Sie die gewünschte Rechnung RE-2026-4471 mit ausgewiesener
Mehrwertsteuer.

Mit freundlichen Grüßen
Werkzeughandel Brandt GmbH
Amtsgericht Charlottenburg HRB 123456 B
USt-IdNr. DE 312 456 789

Am 11.06.2026 um 18:22 schrieb {b}:
{quote(q)}"""
    case("rechnung-auf-wunsch-pdf", "relay", [], [*ORDER_LANG, *CONTACT, "attachment.not-allowed"],
         "Antwort mit der erbetenen Rechnung als PDF; HRB- und USt-IdNr. sind keine Telefonnummern, die "
         "Marketplace-Adresse in der Zitatzeile zählt nicht.",
         to=b, frm="Werkzeughandel Brandt <rechnung@werkzeug-brandt.de>", subject="Re: Rechnung", text=t, lang="de",
         reply=True, attach=[(inv, "application", "pdf", "Rechnung-RE-2026-4471.pdf")])

    # -- violations ----------------------------------------------------------------------
    o, b = order("kissen", "de", "Nackenstützkissen Memory Foam", purchased="2026-05-08T10:00:00Z",
                 shipped="2026-05-09T08:00:00Z", delivered="2026-05-16T11:00:00Z")
    t = f"""Guten Tag,

Sie haben Ihr Nackenstützkissen (Bestellung {o}) nun seit einigen Wochen.
Wenn Sie einen Moment Zeit haben, freuen wir uns über eine Bewertung auf
Amazon – ganz gleich, wie Ihre Erfahrung ausgefallen ist.

Viele Grüße
Schlafgut"""
    case("zugestellt-vor-30-tagen-und-1-stunde", "reject", ["window.expired"], [*REVIEW, "order-id.missing",
                                                                                "language.mismatch"],
         "Neutrale Bewertungsbitte, aber die Zustellung liegt 30 Tage und 1 Stunde zurück.",
         to=b, frm="Schlafgut <service@schlafgut-kissen.de>", subject=f"Ihre Meinung zu Bestellung {o}", text=t,
         lang="de")

    o, b = order("reibe", "de", "Edelstahl-Küchenreibe, 4 Seiten")
    t = f"""Guten Tag,

zu Ihrer Küchenreibe (Bestellung {o}): Die Schutzkappe der feinen Seite
sollte nach dem Spülen ganz trocknen, sonst bilden sich Wasserflecken.

Eine bebilderte Pflegeanleitung, z.B. zum Entkalken, finden Sie unter
kuechenprofi-shop.de/pflege

Viele Grüße
Küchenprofi Shop (Art.-Nr. KP.2040)"""
    case("domain-ohne-schema-im-text", "reject", ["link.external"], [*ORDER_LANG, *CONTACT, "link.insecure"],
         "Eine Webadresse ohne https:// und ohne www ist trotzdem ein Link auf die eigene Seite; 'z.B.' und "
         "'KP.2040' sind keine.",
         to=b, frm="Küchenprofi Shop <service@kuechenprofi-shop.de>", subject=f"Pflege Ihrer Reibe ({o})", text=t,
         lang="de")

    o, b = order("paket", "de", "Gartenschlauch 30 m mit Brause")
    q = "Wo bleibt mein Paket? Laut Amazon hätte es gestern kommen sollen."
    h = (f"<p>Guten Tag,</p><p>Ihr Paket ist unterwegs und liegt derzeit im DHL-Paketzentrum Hamm. Den aktuellen "
         "Stand sehen Sie in der <a href=\"https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?"
         "piececode=00340434161094027318\">Sendungsverfolgung von DHL</a>.</p><p>Viele Grüße<br>Gartenwelt Huber</p>"
         f"<blockquote>{q}</blockquote>")
    case("dhl-sendungsverfolgung-als-link", "reject", ["link.external"], [*ORDER_LANG, *TYPES, "style.link-text"],
         "Antwort auf 'Wo bleibt mein Paket?' mit einem https-Link zur DHL-Sendungsverfolgung: kein Amazon-Link und "
         "nicht auf der Allow-Liste (nur Amazon).",
         to=b, frm="Gartenwelt Huber <service@gartenwelt-huber.de>", subject="Re: Wo bleibt mein Paket?", html=h,
         lang="de", reply=True)

    o, b = order("mailto", "de", "Brotbackautomat 1000 g")
    h = (f"<p>Guten Tag,</p><p>für Ihren Brotbackautomaten (Bestellung {o}) liegt dem Paket ein Rezeptheft bei. "
         "Fehlt es bei Ihnen? Dann <a href=\"mailto:rezepte@backfreude-shop.de\">schreiben Sie unserem "
         "Kundenservice</a>, und wir senden es Ihnen zu.</p><p>Viele Grüße<br>Backfreude</p>")
    case("mailto-hinter-linktext", "reject", ["content.email-address"], [*ORDER_LANG, "link.external",
                                                                        "link.insecure", "style.link-text"],
         "Ein mailto-Link hinter einem beschreibenden Linktext gibt dem Käufer eine E-Mail-Adresse.",
         to=b, frm="Backfreude <service@backfreude-shop.de>", subject=f"Rezeptheft zu Bestellung {o}", html=h,
         lang="de")

    o, b = order("lampe", "de", "Stehlampe Bogen, Messing")
    h = (f"<div style=\"margin-left:25%\"><p>Guten Tag,</p><p>für Ihre Bogenlampe (Bestellung {o}) empfehlen wir "
         "Leuchtmittel mit höchstens 40 Watt, da der Schirm sonst zu warm wird.</p>"
         "<p style=\"text-align:center\">Viele Grüße<br>Lichtwerk Berlin</p></div>")
    case("rand-25-prozent-und-zentriert", "reject", ["style.margin", "style.alignment"], [*ORDER_LANG, *TYPES],
         "Linker Rand von 25 % (über 20 %) und ein zentrierter Gruß.",
         to=b, frm="Lichtwerk Berlin <info@lichtwerk-berlin.de>", subject=f"Leuchtmittel für Ihre Lampe ({o})", html=h,
         lang="de")

    o, b = order("topf-en", "de", "Edelstahl-Topfset 5-teilig", blang="", purchased="2026-04-28T10:00:00Z",
                 shipped="2026-04-29T08:00:00Z", delivered="2026-05-02T12:00:00Z")
    t = f"""Hello,

We would like to know how you are getting on with the cookware set from your
order {o}. If you have a moment, please share your experience in a review on
Amazon; every honest opinion helps other customers.

Kind regards,
Kochstudio Weber"""
    case("englisch-an-amazon-de-und-abgelaufen", "reject", ["window.expired", "language.mismatch"],
         [*REVIEW, "order-id.missing", "order-id.unknown"],
         "Englische Bewertungsbitte an eine amazon.de-Bestellung ohne gespeicherte Sprache (also Deutsch), "
         "44 Tage nach der Zustellung.",
         to=b, frm="Kochstudio Weber <info@kochstudio-weber.de>", subject=f"Your cookware set - order {o}", text=t,
         lang="de")


# --------------------------------------------------------------------------------------------
# French
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("be-tasse", "fr", "Tasse personnalisée avec prénom", tld="com.be", blang="")
    t = f"""Bonjour,

Merci pour votre commande {o}. Avant d'imprimer votre tasse, nous avons
besoin d'une précision : le prénom « Maëlle » doit-il être écrit avec le
tréma, comme dans votre commande, ou sans ?

Dès votre réponse, la tasse part à l'impression.

Bien cordialement,
L'atelier Tasse & Nom"""
    case("be-langue-inconnue-francais", "relay", [], [*ORDER_LANG, *TYPES],
         "Commande amazon.com.be sans langue enregistrée : le français est la langue par défaut de ce marché.",
         to=b, frm="Tasse & Nom <atelier@tasse-et-nom.be>", subject=f"Votre tasse personnalisée ({o})", text=t,
         lang="fr")

    o, b = order("radiateur", "fr", "Radiateur électrique à inertie 1500 W")
    t = f"""Bonjour,

Nous vous écrivons au sujet du radiateur de votre commande {o}. Sur une partie
des appareils de ce lot, le thermostat peut afficher 2 degrés de trop. Le
fabricant Thermalys corrige ce défaut gratuitement, dans le cadre de la garantie.

Service garantie du fabricant Thermalys : +33 1 70 36 42 18
(du lundi au vendredi, de 9 h à 18 h)

Munissez-vous du numéro de série inscrit sous l'appareil.

Cordialement,
Chauffage Direct"""
    case("garantie-fabricant-numero-international", "relay", [], [*ORDER_LANG, *CONTACT, *TYPES],
         "Numéro international du service garantie du fabricant, sur la ligne même du mot garantie.",
         to=b, frm="Chauffage Direct <service@chauffage-direct.fr>", subject=f"Thermostat de votre radiateur ({o})",
         text=t, lang="fr")

    o, b = order("lampe-fr", "fr", "Lampe de bureau LED orientable")
    h = f"""<h2 style="font-weight:normal">Réglage de votre lampe</h2>
<p style="font-size:16px">Bonjour,</p>
<p style="font-size:16px">La lampe de votre commande {o} possède trois températures de couleur. Pour passer de l'une à l'autre, maintenez la touche tactile appuyée pendant deux secondes.</p>
<div style="margin:0 7em; padding:12px">
<p><span style="font-size:12pt">Astuce : un appui court règle l'intensité, un appui long la couleur.</span></p>
</div>
<p style="font-size:16px">Cordialement,<br>Lumière &amp; Bureau</p>
<p style="font-size:11px">Lumière &amp; Bureau SAS, 12 rue des Lilas, 69003 Lyon</p>"""
    case("tailles-12pt-egal-16px-marges-em", "relay", [], [*ORDER_LANG, *STYLE, *TYPES],
         "Tailles h2, 16 px (= 12 pt) et 11 px : trois tailles seulement ; marges latérales de 7em (112 px), "
         "sous les 20 %.",
         to=b, frm="Lumière & Bureau <contact@lumiere-bureau.fr>", subject=f"Réglage de votre lampe ({o})", html=h,
         lang="fr")

    o, b = order("logo-amz", "fr", "Théière en fonte 1,2 L")
    logo = logo_jpeg("MAISON DU THE")
    h = (f"<p>Bonjour,</p><p>Votre théière en fonte (commande {o}) doit être rincée à l'eau chaude avant la première "
         "utilisation, sans produit vaisselle, puis séchée sur le feu doux.</p><p>Bien à vous,<br>La Maison du "
         "Thé</p><p><a href=\"https://www.amazon.fr/stores/MaisonduThe/page/4F2C8A1E\"><img src=\"cid:logo\" "
         "alt=\"Boutique La Maison du Thé sur Amazon\" width=\"180\"></a></p>")
    case("logo-lien-vers-boutique-amazon", "relay", [], [*ORDER_LANG, *IMAGES, *LINKS, *TYPES],
         "Le logo renvoie vers la boutique du vendeur sur amazon.fr, pas vers son site : permis.",
         to=b, frm="La Maison du Thé <contact@maisondurthe.fr>", subject=f"Première utilisation de votre théière ({o})",
         html=h, lang="fr", related=[(logo, "image", "jpeg", "<logo>", "maison-du-the.jpg")])

    o, b = order("livree-tard", "fr", "Canapé d'angle convertible", purchased="2026-04-01T10:00:00Z",
                 shipped="2026-04-03T08:00:00Z", delivered="2026-05-20T12:00:00Z")
    t = f"""Bonjour,

Votre canapé (commande {o}) vous a été livré le 20 mai. Le transporteur nous
signale que le carton du coussin de dossier était abîmé à la livraison.
Pouvez-vous vérifier que la housse du coussin n'est pas déchirée ? Si elle
l'est, répondez-nous et nous vous envoyons une housse neuve.

Cordialement,
Salon & Confort"""
    case("livre-il-y-a-26-jours-expedie-avant", "relay", [], [*ORDER_LANG, *TYPES],
         "Expédié il y a 73 jours mais livré il y a 26 jours : la livraison fait foi, la fenêtre est ouverte.",
         to=b, frm="Salon & Confort <service@salon-confort.fr>", subject=f"Votre canapé - commande {o}", text=t,
         lang="fr")

    # -- violations ----------------------------------------------------------------------
    o, b = order("en-fr", "fr", "Cafetière à piston 1 L")
    t = f"""Hello,

The glass jug of your French press (order {o}) is heat resistant, but please
do not put it on a stove. If the filter feels loose, turn the mesh clockwise
until it stops.

Best regards,
Café Mécanique"""
    case("anglais-a-un-acheteur-francophone", "quarantine", ["language.mismatch"], [*ORDER, *TYPES],
         "Message en anglais à un acheteur amazon.fr dont la langue enregistrée est le français.",
         to=b, frm="Café Mécanique <contact@cafe-mecanique.fr>", subject=f"Your French press ({o})", text=t, lang="fr")

    o, b = order("zip", "fr", "Étagère murale en chêne")
    photos = zip_bytes({"fixation-1.jpg": serum_jpeg(), "fixation-2.jpg": serum_jpeg()},
                       date_time=(2026, 6, 11, 9, 0, 0))
    t = f"""Bonjour,

Pour fixer l'étagère de votre commande {o} sur une cloison en plaque de plâtre,
utilisez les chevilles métalliques fournies. Vous trouverez en pièce jointe
deux photos du montage.

Cordialement,
Bois & Mur"""
    case("photos-dans-un-zip", "reject", ["attachment.not-allowed"], [*ORDER_LANG, *TYPES],
         "Des photos envoyées dans une archive .zip : les archives sont toujours refusées.",
         to=b, frm="Bois & Mur <contact@bois-et-mur.fr>", subject=f"Montage de votre étagère ({o})", text=t, lang="fr",
         attach=[(photos, "application", "zip", "photos-montage.zip")])

    o, b = order("pixel-fr", "fr", "Plaid en laine mérinos")
    h = (f"<p>Bonjour,</p><p>Votre plaid (commande {o}) est arrivé il y a quelques jours. Si vous avez un moment, "
         "un avis sur Amazon aide les autres clients à choisir, que votre expérience soit bonne ou moins bonne.</p>"
         "<p>Bien à vous,<br>Laines du Jura</p>"
         "<img src=\"https://www.laines-du-jura.fr/m/open.png?uid=a8f3c29d71\" alt=\"\" style=\"display:none\">")
    case("pixel-cache-avec-jeton", "reject", ["image.tracking-pixel", "style.image-alt"], [*REVIEW, *ORDER_LANG],
         "Image distante cachée (display:none) avec un jeton par destinataire : un pixel de suivi.",
         to=b, frm="Laines du Jura <contact@laines-du-jura.fr>", subject=f"Votre avis sur votre plaid ({o})", html=h,
         lang="fr")

    o, b = order("clin", "fr", "Mixeur plongeant 800 W")
    t = f"""Bonjour,

Le pied de votre mixeur (commande {o}) se démonte d'un quart de tour et passe
au lave-vaisselle ;-)

Une question ? Appelez notre boutique au 04 78 62 19 35.

Cordialement,
Cuisine Pratique"""
    case("clin-doeil-et-telephone-boutique", "reject", ["style.emoji", "content.phone-number"], [*ORDER_LANG, *TYPES],
         "Un émoticône ;-) et le numéro de téléphone de la boutique elle-même.",
         to=b, frm="Cuisine Pratique <contact@cuisine-pratique.fr>", subject=f"Nettoyage de votre mixeur ({o})",
         text=t, lang="fr")

    o, b = order("style-fr", "fr", "Coussin chauffant électrique")
    h = page(f"<p>Bonjour,</p><p>Votre coussin chauffant (commande {o}) dispose d'un arrêt automatique au bout de "
             "90 minutes. Pour le relancer, appuyez une fois sur le bouton de la télécommande.</p><p>Cordialement,"
             "<br>Douce Chaleur</p><p><img src=\"http://www.douce-chaleur.fr/img/signature.png\" "
             "alt=\"Douce Chaleur\" width=\"160\"></p>", "fr",
             head="<style>\nbody { font-family: Georgia, serif; }\np { margin: 0 0 12px 0; }\n</style>\n")
    case("police-dans-style-et-image-http", "reject", ["style.font-override", "image.insecure"],
         [*ORDER_LANG, "link.insecure", "image.logo-link"],
         "Une police imposée dans <style> et une image de signature chargée en http (une image n'est pas un lien).",
         to=b, frm="Douce Chaleur <contact@douce-chaleur.fr>", subject=f"Arrêt automatique de votre coussin ({o})",
         html=h, lang="fr")

    o, b = order("expedie-vieux", "fr", "Aspirateur balai sans fil", purchased="2026-05-12T10:00:00Z",
                 shipped="2026-05-14T10:00:00Z", delivered="")
    t = f"""Bonjour,

Votre aspirateur balai (commande {o}) a été remis au transporteur il y a
plusieurs semaines, mais aucune livraison n'a été enregistrée. L'avez-vous
bien reçu ? Sinon, répondez-nous et nous vous en envoyons un autre.

Cordialement,
Maison Propre"""
    case("expedie-il-y-a-32-jours-sans-livraison", "reject", ["window.expired"], ["order-id.missing",
                                                                                  "order-id.unknown",
                                                                                  "language.mismatch"],
         "Pas de date de livraison : la fenêtre court depuis l'expédition, il y a 32 jours.",
         to=b, frm="Maison Propre <service@maison-propre.fr>", subject=f"Avez-vous reçu votre colis ? ({o})", text=t,
         lang="fr")


# --------------------------------------------------------------------------------------------
# Spanish
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("mx", "es", "Molcajete de piedra volcánica", tld="com.mx", blang="")
    t = f"""Hola:

Gracias por su pedido {o}. Antes del primer uso, el molcajete necesita
curarse: muela un puñado de arroz crudo con un poco de sal hasta que salga
blanco. Así no quedan restos de piedra en la comida.

Si el arroz sigue saliendo gris después de tres veces, escríbanos por este
mismo canal y le enviamos uno nuevo.

Saludos cordiales,
Artesanías del Valle"""
    case("mx-idioma-desconocido-espanol", "relay", [], [*ORDER_LANG, *TYPES],
         "Pedido de amazon.com.mx sin idioma guardado: el español es el idioma por defecto del mercado.",
         to=b, frm="Artesanías del Valle <ventas@artesanias-valle.mx>", subject=f"Antes del primer uso ({o})", text=t,
         lang="es")

    o, b = order("armario", "es", "Armario ropero 2 puertas, blanco", purchased="2026-06-10T10:00:00Z", shipped="",
                 delivered="")
    t = f"""Hola:

Su armario (pedido {o}) viaja con la agencia de transporte SEUR, que le
llamará para acordar el día de entrega. Si necesita cambiar la cita, el
teléfono de atención al cliente de SEUR es el 963 11 85 44.

¿Nos confirma si la entrega es en una planta baja o en un piso con ascensor?

Un saludo,
Muebles Serrano"""
    case("seur-telefono-transportista", "relay", [], [*ORDER_LANG, *CONTACT, *TYPES],
         "Planificación de una entrega voluminosa; el teléfono es el de la agencia de transporte.",
         to=b, frm="Muebles Serrano <pedidos@muebles-serrano.es>", subject=f"Entrega de su armario ({o})", text=t,
         lang="es")

    o, b = order("etiqueta", "es", "Cafetera superautomática")
    q = "¿Me pueden enviar la etiqueta de devolución? No sé dónde pegarla en la caja."
    label = pdf("Etiqueta de devolución", ["Etiqueta de devolución", f"Pedido {o}", "Correos Express",
                                          "Destino: Cafeteras Norte, Bilbao"])
    place = banner_png("etiqueta arriba, lado largo", 300, 140)
    t = f"""Hola:

Le adjuntamos la etiqueta de devolución en PDF y una imagen que muestra dónde
pegarla: en la parte de arriba de la caja, en el lado largo.

Un saludo,
Cafeteras Norte

{quote(q)}"""
    case("etiqueta-devolucion-pdf-y-png-respuesta", "relay", [], [*ORDER_LANG, "attachment.not-allowed",
                                                                   "return.unnecessary", *IMAGES],
         "Respuesta con la etiqueta de devolución (PDF) y una imagen PNG que el comprador pidió.",
         to=b, frm="Cafeteras Norte <atencion@cafeteras-norte.es>", subject="Re: Etiqueta de devolución", text=t,
         lang="es", reply=True,
         attach=[(label, "application", "pdf", "etiqueta-devolucion.pdf"),
                 (place, "image", "png", "donde-pegar.png")])

    o, b = order("junta", "es", "Grifo de cocina extraíble")
    t = f"""Hola, sobre su pedido {o}: ¿qué junta necesita, la de 28 o la de 32 mm?
Se la enviamos hoy mismo.
Fontanería Ríos"""
    case("mensaje-muy-corto", "relay", [], [*ORDER_LANG, *TYPES],
         "Mensaje muy corto pero en español, con una pregunta necesaria para completar el pedido.",
         to=b, frm="Fontanería Ríos <pedidos@fontaneria-rios.es>", subject=f"Junta para su grifo ({o})", text=t,
         lang="es")

    o, b = order("29dias", "es", "Báscula de baño digital", purchased="2026-05-10T10:00:00Z",
                 shipped="2026-05-12T08:00:00Z", delivered="2026-05-17T08:00:00Z")
    t = f"""Hola:

Ya hace unas semanas que recibió su báscula (pedido {o}). Si tiene un momento,
una reseña en Amazon ayuda a otros clientes a decidir, sea cual sea su
experiencia.

Gracias y un saludo,
Salud en Casa"""
    case("entregado-hace-29-dias", "relay", [], [*ORDER_LANG, *REVIEW, *TYPES],
         "Solicitud de reseña neutral 29 días después de la entrega: dentro del plazo.",
         to=b, frm="Salud en Casa <hola@saludencasa.es>", subject=f"Su opinión sobre la báscula ({o})", text=t,
         lang="es")

    # -- violations ----------------------------------------------------------------------
    o1, b = order("sarten-1", "es", "Sartén antiadherente 28 cm")
    o2, _x = order("sarten-2", "es", "Tapa de cristal 28 cm")
    t = f"""Hola:

Sus pedidos {o1} y {o2} se enviarán juntos en un solo paquete, porque la tapa
llega a nuestro almacén el jueves. ¿Le parece bien, o prefiere que le enviemos
la sartén ya y la tapa por separado?

Un saludo,
Cocina Mediterránea"""
    case("dos-pedidos-uno-de-otro-comprador", "reject", ["order-id.buyer-mismatch"],
         ["order-id.missing", "order-id.unknown", "window.expired", "language.mismatch"],
         "Dos números de pedido; el segundo pertenece a otro comprador según el registro de pedidos.",
         to=b, frm="Cocina Mediterránea <pedidos@cocina-med.es>", subject="Envío de sus pedidos", text=t, lang="es")

    o, b = order("enlace", "es", "Lámpara de pie de arco")
    h = (f"<p>Hola:</p><p>La garantía de su lámpara (pedido {o}) cubre el regulador durante tres años. Las "
         "condiciones están aquí:</p><p><a href=\"https://www.lumenhogar.es/garantia\">www.amazon.es/garantia</a></p>"
         "<p>Un saludo,<br>Lumen Hogar</p>")
    case("texto-de-enlace-distinto-del-destino", "reject", ["link.external", "style.link-text"],
         [*ORDER_LANG, "link.insecure"],
         "El texto del enlace muestra una dirección de Amazon, pero el enlace lleva a la web del vendedor.",
         to=b, frm="Lumen Hogar <garantia@lumenhogar.es>", subject=f"Garantía de su lámpara ({o})", html=h, lang="es")

    o, b = order("tamanos", "es", "Olla a presión 6 L")
    h = (f"<h1>Su olla a presión</h1><h2>Primer uso</h2><h3>Pedido {o}</h3>"
         "<p>Hola: antes del primer uso, hierva agua con un chorro de vinagre durante diez minutos con la tapa "
         "puesta. Así la válvula se asienta.</p><p>Un saludo,<br>Cocina Rápida</p>")
    case("cuatro-tamanos-por-encabezados", "reject", ["style.font-sizes"], [*ORDER_LANG, *TYPES],
         "Tres niveles de encabezado (h1, h2, h3) más el texto normal: cuatro tamaños.",
         to=b, frm="Cocina Rápida <hola@cocina-rapida.es>", subject=f"Primer uso de su olla ({o})", html=h, lang="es")

    o, b = order("arroba", "es", "Silla de oficina ergonómica")
    t = f"""Hola:

Para su silla (pedido {o}) podemos enviarle un cilindro de gas más corto si
la altura mínima le resulta alta. Mándenos la altura de su mesa a
atencion arroba sillasplus punto es y le enviamos la pieza adecuada.

Un saludo,
Sillas Plus"""
    case("correo-escrito-con-arroba-y-punto", "reject", ["content.email-address"], [*ORDER_LANG, "content.phone-number"],
         "Una dirección de correo escrita con 'arroba' y 'punto' sigue siendo una dirección de correo.",
         to=b, frm="Sillas Plus <pedidos@sillasplus.es>", subject=f"Altura de su silla ({o})", text=t, lang="es")

    o, b = order("docx-es", "es", "Estantería metálica 5 baldas")
    doc = make_docx(["Montaje de la estantería", "Paso 1: coloque los cuatro montantes.",
                     "Paso 2: encaje las baldas de abajo arriba."])
    t = f"""Hola:

Las instrucciones impresas de su estantería (pedido {o.replace("-", " ")}) tienen un error en el
paso 2. Le adjuntamos las instrucciones corregidas.

Un saludo,
Almacenaje Total"""
    case("numero-con-espacios-y-docx", "reject", ["order-id.missing", "attachment.not-allowed"],
         ["order-id.unknown", "language.mismatch"],
         "El número de pedido con espacios no es un ID de pedido, y un .docx no está permitido como adjunto.",
         to=b, frm="Almacenaje Total <hola@almacenaje-total.es>", subject="Instrucciones corregidas", text=t, lang="es",
         attach=[(doc, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
                  "instrucciones.docx")])

    o, b = order("alt-espacio", "es", "Set de cuchillos de cocina 6 piezas")
    logo = logo_png("FILO")
    h = (f"<p>Hola:</p><p>Los cuchillos de su pedido {o} no deben ir al lavavajillas: lávelos a mano y séquelos "
         "enseguida para que el filo dure.</p><p>Un saludo,<br>Filo Cuchillería</p>"
         "<p><img src=\"cid:logo\" alt=\" \" width=\"150\"></p>")
    case("alt-solo-espacio", "reject", ["style.image-alt"], [*ORDER_LANG, "image.logo-link", "image.tracking-pixel"],
         "El logotipo tiene un alt que solo contiene un espacio: no es un texto alternativo.",
         to=b, frm="Filo Cuchillería <hola@filo-cuchilleria.es>", subject=f"Cuidado de sus cuchillos ({o})", html=h,
         lang="es", related=[(logo, "image", "png", "<logo>", "filo.png")])


# --------------------------------------------------------------------------------------------
# Italian
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("bilingue", "it", "Macchina per pasta manuale")
    t = f"""Buongiorno,

per la macchina per pasta del suo ordine {o} le consigliamo di non lavare i
rulli con acqua: basta una spazzola asciutta dopo l'uso. Se i rulli fanno
fatica a girare, ci scriva e le mandiamo una manovella nuova.

Cordiali saluti,
Pasta Fresca Store

---

Hello, please do not wash the rollers of your pasta machine (order {o}) with
water; a dry brush after use is enough. If the rollers are stiff, write to us
and we will send you a new crank.

Kind regards,
Pasta Fresca Store"""
    case("bilingue-italiano-inglese", "relay", [], [*ORDER_LANG, *TYPES],
         "Messaggio bilingue (prima italiano, poi inglese): contiene la lingua dell'acquirente.",
         to=b, frm="Pasta Fresca Store <info@pastafresca-store.it>", subject=f"Cura dei rulli ({o})", text=t,
         lang="it")

    o, b = order("spedito30", "it", "Tenda da sole a bracci 3 m", purchased="2026-05-14T10:00:00Z",
                 shipped=NOW_MINUS_30D, delivered="")
    t = f"""Buongiorno,

la sua tenda da sole (ordine {o}) è partita dal nostro magazzino, ma il
corriere non ha ancora registrato la consegna. L'ha ricevuta? In caso
contrario ci risponda e apriamo subito una pratica con il corriere.

Cordiali saluti,
Ombra e Sole"""
    case("spedito-esattamente-30-giorni-fa", "relay", [], [*ORDER_LANG, *TYPES],
         "Nessuna data di consegna: la finestra parte dalla spedizione, esattamente 30 giorni fa (ancora valida).",
         to=b, frm="Ombra e Sole <ordini@ombraesole.it>", subject=f"Ha ricevuto la sua tenda? ({o})", text=t,
         lang="it")

    o, b = order("caldaia", "it", "Scaldabagno elettrico 50 L")
    t = f"""Buongiorno,

per lo scaldabagno del suo ordine {o} la garanzia del produttore dura due
anni. Per un intervento in garanzia contatti direttamente il produttore
Termoveneta al numero verde 800 912 345, indicando il numero di serie.

Cordiali saluti,
Idrotermica Shop"""
    case("numero-verde-garanzia-produttore", "relay", [], [*ORDER_LANG, *CONTACT, *TYPES],
         "Numero verde del produttore per la garanzia, nella stessa frase della parola garanzia.",
         to=b, frm="Idrotermica Shop <info@idrotermica-shop.it>", subject=f"Garanzia del suo scaldabagno ({o})",
         text=t, lang="it")

    o, b = order("larghezza", "it", "Tappeto da bagno antiscivolo")
    logo = logo_png("BAGNO CHIC")
    diag = diagram_png()
    h = (f"<p>Buongiorno,</p><p>il tappeto del suo ordine {o} va lavato a 30 gradi, senza ammorbidente, seguendo "
         "i tre passaggi dello schema:</p><p><img src=\"cid:schema\" alt=\"Schema di lavaggio in tre passaggi\" "
         "width=\"460\"></p><p>Cordiali saluti,<br>Bagno Chic</p><p><img src=\"cid:logo\" alt=\"Bagno Chic\"></p>")
    case("schema-largo-460-e-logo-non-collegato", "relay", [], [*ORDER_LANG, *IMAGES, *TYPES],
         "Uno schema di 520 px mostrato a 460 px (sotto 480) e un logo non collegato con alt: nessuna regola violata.",
         to=b, frm="Bagno Chic <info@bagnochic.it>", subject=f"Lavaggio del suo tappeto ({o})", html=h, lang="it",
         related=[(diag, "image", "png", "<schema>", "schema-lavaggio.png"), (logo, "image", "png", "<logo>",
                                                                            "logo.png")])

    # -- violations ----------------------------------------------------------------------
    o, b = order("lingua-en", "it", "Borraccia termica 500 ml", tld="it", blang="en")
    t = f"""Buongiorno,

la borraccia del suo ordine {o} mantiene le bevande calde per 12 ore. Il tappo
si smonta per la pulizia: svitare la parte superiore in senso antiorario.

Cordiali saluti,
Acqua Viva"""
    case("italiano-a-acquirente-di-lingua-inglese", "quarantine", ["language.mismatch"], [*ORDER, *TYPES],
         "Ordine amazon.it con lingua dell'acquirente 'en': la lingua salvata prevale su quella del mercato, e il "
         "messaggio è solo in italiano.",
         to=b, frm="Acqua Viva <info@acquaviva-shop.it>", subject=f"La sua borraccia ({o})", text=t, lang="it")

    o, b = order("larga", "it", "Set di pentole antiaderenti")
    diag = diagram_png()
    h = (f"<p>Buongiorno,</p><p>le pentole del suo ordine {o} si puliscono meglio seguendo questo schema:</p>"
         "<p><img src=\"cid:schema\" alt=\"Schema di pulizia in tre passaggi\"></p><p>Cordiali saluti,<br>"
         "Cucina Facile</p>")
    case("immagine-520px-senza-larghezza", "reject", ["style.image-width"], [*ORDER_LANG, "style.image-alt"],
         "Immagine inline larga 520 px senza larghezza esplicita: oltre l'80 % (480 px).",
         to=b, frm="Cucina Facile <info@cucinafacile.it>", subject=f"Pulizia delle sue pentole ({o})", html=h,
         lang="it", related=[(diag, "image", "png", "<schema>", "schema-pulizia.png")])

    o, b = order("acapo", "it", "Bollitore elettrico in vetro")
    t = f"""Buongiorno,

il bollitore del suo ordine {o} va decalcificato una volta al mese con acqua e
aceto in parti uguali.



Dopo la decalcificazione, faccia bollire due volte acqua pulita.

Cordiali saluti,
Casa Brillante"""
    case("tre-righe-vuote-nel-testo", "reject", ["style.line-breaks"], [*ORDER_LANG, *TYPES],
         "Nel testo semplice ci sono tre righe vuote di fila (quattro a capo).",
         to=b, frm="Casa Brillante <info@casabrillante.it>", subject=f"Decalcificazione ({o})", text=t, lang="it")

    o, b = order("paragrafi", "it", "Tostapane 2 fette")
    h = (f"<p>Buongiorno,</p><p>il tostapane del suo ordine {o} ha un cassetto raccogli-briciole estraibile: lo "
         "svuoti una volta alla settimana.</p><p>&nbsp;</p><p>&nbsp;</p><div><br></div>"
         "<p>Cordiali saluti,<br>Colazione Italiana</p>")
    case("paragrafi-vuoti-in-html", "reject", ["style.line-breaks"], [*ORDER_LANG, *TYPES],
         "Due paragrafi vuoti e un <div><br></div> di fila: tre interruzioni di riga.",
         to=b, frm="Colazione Italiana <info@colazione-italiana.it>", subject=f"Il suo tostapane ({o})", html=h,
         lang="it")

    o, b = order("tel39", "it", "Friggitrice ad aria 5 L")
    t = f"""Buongiorno,

per la friggitrice del suo ordine {o}: il cestello va inserito fino allo scatto,
altrimenti l'apparecchio non si accende.

Per qualsiasi dubbio ci chiami: +39 02 8736 4410.

Cordiali saluti,
Cucina Smart"""
    case("telefono-del-venditore-internazionale", "reject", ["content.phone-number"], [*ORDER_LANG, *TYPES],
         "Il numero di telefono del venditore stesso, in formato internazionale.",
         to=b, frm="Cucina Smart <info@cucinasmart.it>", subject=f"La sua friggitrice ({o})", text=t, lang="it")

    o, b = order("multi-it", "it", "Set di bicchieri da vino 6 pezzi")
    h = page(f"<center><h1>Calici Toscani</h1></center><h2>Il suo ordine {o}</h2>"
             "<p>Buongiorno, i calici vanno lavati a mano con acqua tiepida, senza detersivi aggressivi.</p>"
             "<p style=\"font-size:11px\">Calici Toscani srl, Via Roma 12, 50123 Firenze</p>", "it",
             head="<style>\nh1, h2, p { font-family: 'Times New Roman', serif; }\n</style>\n")
    case("centrato-font-e-quattro-dimensioni", "reject", ["style.alignment", "style.font-override", "style.font-sizes"],
         [*ORDER_LANG, *TYPES],
         "Intestazione con <center>, font imposto in <style>, quattro dimensioni (h1, h2, testo, 11 px).",
         to=b, frm="Calici Toscani <info@calicitoscani.it>", subject=f"Lavaggio dei suoi calici ({o})", html=h,
         lang="it")

    o, b = order("colore", "it", "Lampada da comodino touch")
    h = (f"<p>Buongiorno,</p><p>la lampada del suo ordine {o} ha tre livelli di luce: tocchi la base una, due o tre "
         "volte. <span style=\"color:#c0392b\">Non usi lampadine oltre i 25 W.</span></p><p>Cordiali saluti,<br>"
         "Luce Notte</p>")
    case("colore-inline", "reject", ["style.font-override"], [*ORDER_LANG, *TYPES],
         "Un colore del testo impostato in linea (style=\"color:...\").",
         to=b, frm="Luce Notte <info@lucenotte.it>", subject=f"La sua lampada ({o})", html=h, lang="it")


# --------------------------------------------------------------------------------------------
# Japanese
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("katakana", "ja", "デロンギ マグニフィカS 全自動コーヒーマシン")
    t = f"""お客様

ご注文番号 {o} のデロンギ マグニフィカS について、ご案内いたします。
カプチーノを作る際は、付属のミルクフロッサーをスチームノズルに
しっかりと差し込んでください。ブリタのフィルターカートリッジを
ウォータータンクにセットすると、デスケーリングの回数を減らせます。
コーヒー豆はアラビカ100%のミディアムローストがおすすめです。

コーヒー機器専門店 カフェライン"""
    case("katakana-brand-names", "relay", [], [*ORDER_LANG, *TYPES],
         "カタカナのブランド名・部品名が多い日本語のメッセージ。言語は日本語のまま。",
         to=b, frm="カフェライン <info@cafeline.jp>", subject=f"ご使用方法のご案内（{o}）", text=t, lang="ja",
         enc=JIS, tolerated=("content.spelling",))

    o, b = order("zenkaku", "ja", "木製名入れ 印鑑ケース")
    t = f"""お客様

ご注文番号 {fullwidth(o)} の印鑑ケースについて、名入れの書体をお選びください。

１．楷書体
２．行書体

ご返信をいただき次第、制作に入ります。

はんこ工房 まるや"""
    case("zenkaku-chuumon-bangou", "relay", [], [*ORDER_LANG, *TYPES, *CONTACT],
         "全角数字と全角ハイフンで書かれた注文番号も 3-7-7 の注文番号（読み：全角は半角と同じに扱う）。",
         to=b, frm="はんこ工房 まるや <info@hanko-maruya.jp>", subject="名入れ書体のご確認", text=t, lang="ja", enc=B64)

    o, b = order("hoshou", "ja", "ロボット掃除機")
    t = f"""お客様

ご注文番号 {o} のロボット掃除機につきまして、一部製品でブラシの回転が
止まる不具合があると、メーカーより連絡がございました。
メーカー保証の対象となりますので、下記のメーカー保証修理窓口へご連絡ください。

メーカー保証修理窓口：0120-987-654（平日9時〜17時）

家電ショップ ひまわり"""
    case("meekaa-hoshou-denwa", "relay", [], [*ORDER_LANG, *CONTACT, *TYPES],
         "メーカー保証修理窓口の電話番号（保証の語と同じ行）。",
         to=b, frm="家電ショップ ひまわり <info@kaden-himawari.jp>", subject=f"ブラシ不具合のご案内（{o}）", text=t,
         lang="ja", enc=JIS)

    o, b = order("kigou", "ja", "ステンレス 保温弁当箱")
    t = f"""お客様

ご注文番号 {o} の保温弁当箱について、お手入れのご案内です。

★ パッキンは月に一度外して洗ってください。
※ 食洗機には対応しておりません。
○ 保温効果：6時間（60℃以上）
◎ 電子レンジ：内容器のみ使用可

キッチン雑貨 ひより™
〒530-0001 大阪市北区梅田1-1-1"""
    case("kigou-wa-emoji-dewa-nai", "relay", [], [*ORDER_LANG, "style.emoji", *CONTACT, *TYPES],
         "★ ※ ○ ◎ ℃ 〒 ™ は絵文字ではない。郵便番号は電話番号ではない。",
         to=b, frm="キッチン雑貨 ひより <info@kitchen-hiyori.jp>", subject=f"お手入れ方法（{o}）", text=t, lang="ja",
         enc=B64)

    # -- violations ----------------------------------------------------------------------
    o, b = order("kaomoji", "ja", "ジグソーパズル 1000ピース")
    t = f"""お客様

ご注文番号 {o} のジグソーパズルは、ピースが1つ不足しているとのご連絡を
いただいた場合、無料でお送りしております(*^▽^*)
不足がございましたら、ピースの裏の番号をお知らせください m(_ _)m

パズル専門店 ピースワン"""
    case("kaomoji", "reject", ["style.emoji"], [*ORDER_LANG, *TYPES],
         "顔文字 (*^▽^*) と m(_ _)m は顔文字（エモティコン）。",
         to=b, frm="ピースワン <info@piece-one.jp>", subject=f"不足ピースについて（{o}）", text=t, lang="ja", enc=B64)

    o, b = order("eigo", "ja", "電動歯ブラシ")
    t = f"""Hello,

Thank you for your order {o}. The brush heads of your electric toothbrush
should be replaced every three months. The charging stand works with 100 V
only, so please do not use a travel adapter.

Best regards,
Smile Dental Store"""
    case("eigo-nomi-nihongo-kounyuusha", "quarantine", ["language.mismatch"], [*ORDER, *TYPES],
         "日本語の購入者（amazon.co.jp、言語 ja）への英語のみのメッセージ。",
         to=b, frm="Smile Dental Store <info@smile-dental.jp>", subject=f"Your toothbrush ({o})", text=t, lang="ja")

    o, b = order("zenkaku-tel", "ja", "ヨガマット 10mm")
    t = f"""お客様

ご注文番号 {o} のヨガマットは、初めてお使いになる前に一度広げて
半日ほど置いていただくと、巻き癖が取れます。

ヨガ用品店 しなやか
ＴＥＬ：０３－５４１２－７７８０"""
    case("zenkaku-tel-shop", "reject", ["content.phone-number"], [*ORDER_LANG, "content.email-address"],
         "署名に全角数字で書かれた店舗自身の電話番号。",
         to=b, frm="ヨガ用品店 しなやか <info@yoga-shinayaka.jp>", subject=f"ご使用前のご案内（{o}）", text=t, lang="ja",
         enc=B64)

    o, b = order("http-amz", "ja", "ハンドミキサー")
    t = f"""お客様

ご注文番号 {o} のハンドミキサーの取扱説明書（PDF）は、Amazonの商品ページから
ダウンロードいただけます。
http://www.amazon.co.jp/dp/B0CHMX2255

生活家電 あおば"""
    case("http-amazon-link", "reject", ["link.insecure"], [*ORDER_LANG, "link.external"],
         "AmazonへのリンクでもhttpならNG（link.insecure のみ、外部リンクではない）。",
         to=b, frm="生活家電 あおば <info@aoba-kaden.jp>", subject=f"取扱説明書のご案内（{o}）", text=t, lang="ja",
         enc=B64)

    o, b = order("smiley", "ja", "ランチバッグ 保冷")
    t = f"""お客様

ご注文番号 {o} の保冷ランチバッグは、保冷剤と一緒にお使いいただくと
より長く冷たさを保てます\u263a

バッグ工房 こはる"""
    case("text-smiley-263a", "reject", ["style.emoji"], [*ORDER_LANG, *TYPES],
         "テキスト表示の ☺（U+263A、異体字セレクタなし）も絵文字。",
         to=b, frm="バッグ工房 こはる <info@bag-koharu.jp>", subject=f"ご使用方法（{o}）", text=t, lang="ja", enc=B64)

    o, b = order("31nichi", "ja", "加湿器 超音波式", purchased="2026-05-10T10:00:00Z",
                 shipped="2026-05-11T08:00:00Z", delivered="2026-05-15T09:00:00Z")
    t = f"""お客様

ご注文番号 {o} の加湿器をお使いいただき、ありがとうございます。
お時間がございましたら、Amazonで商品レビューをお寄せいただけますと幸いです。

加湿器専門店 うるおい"""
    case("haitatsu-31-nichi-mae", "reject", ["window.expired"], [*REVIEW, "order-id.missing", "language.mismatch"],
         "配達から31日経過後の中立的なレビュー依頼。",
         to=b, frm="加湿器専門店 うるおい <info@uruoi.jp>", subject=f"レビューのお願い（{o}）", text=t, lang="ja",
         enc=JIS)

    o, b = order("lookalike", "ja", "電気毛布 ダブル")
    h = (f"<p>お客様</p><p>ご注文番号 {o} の電気毛布の保証登録は、以下のページから行えます。</p>"
         "<p><a href=\"https://www.amazon.co.jp.warranty-register.jp/form?o=2\">電気毛布の保証登録ページ</a></p>"
         "<p>寝具の店 ぬくもり</p>")
    case("amazon-ni-niseta-domain", "reject", ["link.external"], [*ORDER_LANG, "link.insecure", "style.link-text"],
         "ホスト名が www.amazon.co.jp. で始まるが、実際のドメインは warranty-register.jp（Amazonではない）。",
         to=b, frm="寝具の店 ぬくもり <info@nukumori.jp>", subject=f"保証登録のご案内（{o}）", html=h, lang="ja")


def _verify(path: Path, entry: dict) -> None:
    if not entry.get("sniff_only"):
        verify(path, entry)
        return
    # the declared PDF is an executable on purpose: check only the envelope of the message
    m = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        assert m[h], f"{path}: missing {h}"


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="thirteenth"), _verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
