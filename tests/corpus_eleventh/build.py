#!/usr/bin/env python3
"""Build the eleventh labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_eleventh/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written from the
guidelines and RULES.md, not from the rule data. Its angle is mail as real tools produce it (helpdesk
replies with ticket footers, review-request tools, shop systems and ERPs, Outlook / Gmail / Apple Mail
HTML, multipart/alternative whose parts differ, RFC 2047 subjects, quoted-printable soft breaks inside
words and URLs), violations buried in a P.S., a footer, a signature, a table cell, the HTML part only or
an image alt / link title, messages breaking several rules at once, and long compliant messages of the
permitted types whose boilerplate must stay quiet.
"""

from __future__ import annotations

import random
import sys
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))
from corpus_build import (  # noqa: E402
    OrderBook,
    add_case,
    banner_png,
    collect_by_language,
    lang_counts,
    logo_png,
    mail_date,
    make_pdf,
    mk,
    page,
    quote,
    reply_headers,
    set_boundaries,
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(11_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "de": "30", "fr": "40", "es": "40", "it": "40", "co.jp": "25"}
_TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-02T10:00:00Z", shipped="2026-06-03T08:00:00Z", delivered="2026-06-06T12:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
_d = partial(mail_date, hm="10:00:00", tz="+0000")
B64 = {"cte": "base64"}
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
PRODUCER = "eleventh-corpus 1.0"


def case(slug: str, verdict: str, rules: list[str], absent: list[str], note: str, *, to: str, frm: str,
         subject: str, text: str | None = None, html: str | None = None, lang: str = "en", day: int = 12,
         reply: bool = False, tolerated: tuple[str, ...] = (), enc: dict | None = None, attach=(), related=(),
         after: tuple[str, ...] = (), headers: tuple[tuple[str, str], ...] = (), crlf: bool = False) -> None:
    hdrs = [*(reply_headers(f"0100018f.e11.{slug[:24]}") if reply else []), *headers]
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    if html is not None and not html.lstrip().lower().startswith(("<!doctype", "<html")):
        html = page(html, lang)
    msg = mk(frm, to, subject, _d(day), f"<n11.{slug}@{dom}>", headers=hdrs,
             text=None if text is None else text.strip("\n") + "\n",
             html=html, attach=attach, related=related, **(enc or {}))
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tolerated, after=after, crlf=crlf)


REVIEW = ["review.incentive", "review.conditional", "review.removal-request"]
ORDER = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired"]
CONTACT = ["content.email-address", "content.phone-number"]
LINKS = ["link.external", "link.insecure", "link.opt-out", "style.link-text"]
TYPES = ["type.order-confirmation", "type.thank-you-only", "type.marketing"]
OOS = ["order-problem.cancellation-request", "order-problem.no-adjustment"]
ZENDESK = (("X-Mailer", "Zendesk Mailer"),)
FRESHDESK = (("X-Mailer", "Freshdesk"),)
OUTLOOK = (("X-Mailer", "Microsoft Outlook 16.0"),)
APPLE = (("X-Mailer", "Apple Mail (2.3774.600.62)"),)


def zendesk(body: str, agent: str, team: str, ticket: str, quoted: str = "", footer: str = "") -> str:
    """A Zendesk-like reply: reply marker, agent block in a table, ticket reference footer."""
    q = ""
    if quoted:
        q = (f'<div class="zd-comment"><p><strong>Customer</strong></p>'
             f'<blockquote>{quoted}</blockquote></div>')
    return f"""<div class="zd-reply-marker">##- Please type your reply above this line -##</div>
<table role="presentation"><tr><td>
<p><strong>{agent}</strong> ({team})</p>
{body}
</td></tr></table>
{q}
<hr>
<p>{footer or f"This email is a service from {team}."} [{ticket}]</p>"""


def outlook(body: str, lang: str = "en", font: str = "") -> str:
    """Outlook-like HTML: Word namespaces and MsoNormal paragraphs; `font` adds Outlook's usual CSS."""
    style = ""
    if font:
        style = ("<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\t"
                 f"font-family:\"{font}\",sans-serif;}}\n--></style>\n")
    return (f'<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" lang="{lang}">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            f'<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n{style}</head>\n'
            f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n')


def mso(*paras: str) -> str:
    return "\n".join(f'<p class="MsoNormal">{p}<o:p></o:p></p>' for p in paras)


def gmail(body: str, sig: str, lang: str = "en") -> str:
    return (f'<div dir="ltr">{body}<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span>'
            f'<br><div dir="ltr" class="gmail_signature">{sig}</div></div>\n')


def apple(body: str) -> str:
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            f'{body}</body></html>\n')


def pdf(title: str, lines: list[str]) -> bytes:
    return make_pdf(title, lines, producer=PRODUCER)


# --------------------------------------------------------------------------------------------
# English
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    # -- compliant -----------------------------------------------------------------------
    o, b = order("shelf", "en", "Floating Wall Shelf Set of 3, Oak")
    q = ("Hi, the brackets for the middle shelf are missing from the box. "
         "I'm really disappointed, I was going to give this 1 star. Can you help?")
    body = """<p>Hi Dana,</p>
<p>I'm sorry the brackets for the middle shelf were missing. We have posted a new bracket pack (two brackets, four screws and four wall plugs) by Royal Mail Tracked 48 this morning, so it should reach you on Tuesday or Wednesday.</p>
<p>You do not need to send anything back. The remaining two shelves can be hung already: the brackets are the same for all three.</p>
<p>If you would like to reply, simply answer this message through Amazon.</p>
<p>Kind regards,<br>Priya<br>Customer Care, Oakline Interiors</p>"""
    h = zendesk(body, "Priya", "Oakline Interiors Support", "#48213", quoted=q)
    t = f"""##- Please type your reply above this line -##

Priya (Oakline Interiors Support)

Hi Dana,

I'm sorry the brackets for the middle shelf were missing. We have posted a new
bracket pack (two brackets, four screws and four wall plugs) by Royal Mail
Tracked 48 this morning, so it should reach you on Tuesday or Wednesday.

You do not need to send anything back. The remaining two shelves can be hung
already: the brackets are the same for all three.

If you would like to reply, simply answer this message through Amazon.

Kind regards,
Priya
Customer Care, Oakline Interiors

Customer:
{quote(q)}

This email is a service from Oakline Interiors Support. [#48213]"""
    case("zendesk-reply-missing-brackets", "relay", [], [*REVIEW, *CONTACT, *LINKS, "type.thank-you-only"],
         "Helpdesk reply sending a missing part; the quoted buyer text mentions a 1-star review but the seller asks nothing about reviews.",
         to=b, frm="Oakline Interiors Support <support@oakline-interiors.zendesk.com>",
         subject="[Oakline Interiors] Re: Missing brackets", text=t, html=h, reply=True, headers=ZENDESK)

    o, b = order("wardrobe", "en", "Double Wardrobe with Mirror, White", tld="co.uk",
                 purchased="2026-06-09T10:00:00Z", shipped="", delivered="")
    h = f"""<p>Hello,</p>
<p>Thank you for ordering the double wardrobe (order {o}). Because the parcel weighs 86 kg and comes in three boxes, it travels with our two-person crew and needs a booked delivery slot.</p>
<p>These are the slots we can offer for your postcode:</p>
<table>
<tr><th>Day</th><th>Window</th></tr>
<tr><td>Thursday 18 June</td><td>08:00 - 12:00</td></tr>
<tr><td>Friday 19 June</td><td>12:00 - 16:00</td></tr>
<tr><td>Monday 22 June</td><td>08:00 - 12:00</td></tr>
</table>
<p>Please reply with the slot that suits you, and tell us whether there are stairs or a lift at the delivery address. Our crew carries the boxes to the room of your choice.</p>
<p>Best wishes,<br>The Oakridge Home team</p>
<p>Oakridge Home Ltd, 14 Mill Lane, Leeds LS1 4AB. Registered in England and Wales No. 09876543. VAT GB 123 4567 89.<br>
Please reply to this message through Amazon Buyer-Seller Messaging.</p>"""
    case("shopify-wardrobe-slot-table", "relay", [], [*CONTACT, *LINKS, *ORDER, "type.order-confirmation", "style.line-breaks"],
         "Scheduling a bulky delivery with a slot table; the company and VAT numbers in the legal footer are not phone numbers.",
         to=b, frm="Oakridge Home <orders@oakridgehome.co.uk>", subject=f"Delivery slot for your wardrobe - order {o}",
         html=h, headers=(("X-Mailer", "Shopify"),))

    o, b = order("printer", "en", "Label Printer, Thermal, 4x6")
    inv = pdf("Invoice 2026-10488", ["Invoice 2026-10488", f"Amazon order {o}", "Label Printer, Thermal, 4x6",
                                    "Net 149.00 USD", "Tax 12.29 USD", "Total 161.29 USD"])
    t = f"""Dear customer,

Please find attached invoice 2026-10488 for your Amazon order {o}.

Invoice date: 12.06.2026
Amount: 161.29 USD (paid via Amazon)

This message was generated automatically by our invoicing system. Please
reply through Amazon Buyer-Seller Messaging if any company details on the
invoice need to be corrected.

Shipmark Supplies Inc., 400 Harbor Blvd, Suite 12, Oakland, CA 94607
EIN 84-3920117"""
    h = f"""<p>Dear customer,</p>
<p>Please find attached invoice 2026-10488 for your Amazon order {o}.</p>
<table><tr><td>Invoice date</td><td>12.06.2026</td></tr><tr><td>Amount</td><td>161.29 USD (paid via Amazon)</td></tr></table>
<p>This message was generated automatically by our invoicing system. Please reply through Amazon Buyer-Seller Messaging if any company details on the invoice need to be corrected.</p>
<p>Shipmark Supplies Inc., 400 Harbor Blvd, Suite 12, Oakland, CA 94607<br>EIN 84-3920117</p>"""
    case("billbee-invoice-alternative", "relay", [], [*CONTACT, "attachment.not-allowed", "type.order-confirmation", *ORDER],
         "ERP invoice mail, text and HTML legs, a real PDF; the EIN and the invoice date are not phone numbers.",
         to=b, frm="Shipmark Supplies <invoices@shipmark-supplies.com>", subject=f"Invoice 2026-10488 for order {o}",
         text=t, html=h, attach=[(inv, "application", "pdf", "Invoice-2026-10488.pdf")],
         headers=(("X-Mailer", "Billbee"),), crlf=True)

    o, b = order("lantern", "en", "Solar Garden Lanterns, 4-Pack")
    h = (f'<table role="presentation" width="100%"><tr><td><p>Hi there,</p><p>Your solar lanterns from order {o} '
         'should have had a few sunny days by now to charge fully.</p><p>Would you take a moment to share your '
         'experience with other shoppers? Whether the lanterns delighted you or fell short, an honest review '
         'helps other customers decide and helps us improve.</p><p><a href="https://www.amazon.com/review/review-'
         f'your-purchases/?asin=B0CX4LNT7Q&amp;channel=email">Write a review of your lanterns on Amazon</a></p><p>Thanks, '
         'Glowfield Garden</p><p>Sent on behalf of Glowfield Garden via Amazon Buyer-Seller Messaging. You are '
         'receiving this message because you purchased from Glowfield Garden on Amazon.</p></td></tr></table>')
    case("reviewtool-neutral-long-url", "relay", [], [*REVIEW, *LINKS, "type.thank-you-only", "type.marketing"],
         "Review-request tool: one neutral request, an https Amazon link split by quoted-printable soft breaks, a tool footer.",
         to=b, frm="Glowfield Garden <glowfield@reviews.feedbackwhiz-mail.com>",
         subject=f"How are the lanterns? (Order {o})", html=h)

    o, b = order("board", "en", "Personalised Walnut Cutting Board")
    proof = pdf("Engraving proof", ["Engraving proof", f"Order {o}", "Line 1: The Millers",
                                   "Line 2: est. 2019", "Font: Garamond italic, 8 mm"])
    t = f"""Hello,

Thank you for your personalised board order {o}. Before we engrave, please
check the attached proof:

  Line 1: The Millers
  Line 2: est. 2019
  Font: Garamond italic, 8 mm

If everything is right, just reply "approved". If you would like a change
(spelling, line order, the font), tell us and we will send a new proof within
one working day. Engraving is permanent, so we always wait for your approval
before we start.

Best regards,
Grain & Letter Workshop"""
    case("custom-engraving-proof-pdf", "relay", [], [*TYPES, *ORDER, "attachment.not-allowed"],
         "Verifying a custom design with a PDF proof is a permitted proactive reason.",
         to=b, frm="Grain & Letter Workshop <studio@grainandletter.com>",
         subject=f"Please approve your engraving proof - order {o}", text=t,
         attach=[(proof, "application", "pdf", "engraving-proof.pdf")])

    o, b = order("tools", "en", "Socket Set 94-Piece, Metric/SAE")
    q = "I opened a return for the socket set. Some sockets are the wrong size."
    body = f"""<p>Hello,</p>
<p>We have seen your return request for order {o} and we will of course take the set back.</p>
<p>To finish the return we need one detail from you: which sockets were the wrong size? The set comes in a metric and an SAE version, and a mix-up at packing would affect other customers too. The size is stamped on the side of each socket.</p>
<p>Once you reply we will send the prepaid return label through Amazon.</p>
<p>Thank you,<br>Marcus<br>Ironclad Tools Customer Care</p>"""
    h = body + f"<blockquote>{q}</blockquote><hr><p>Ticket 2291047 - Ironclad Tools Customer Care</p>"
    case("freshdesk-return-info-needed", "relay", [], ["return.unnecessary", *CONTACT, *LINKS, "type.thank-you-only"],
         "Return message that asks for information needed to complete the return; helpdesk ticket number is no phone number.",
         to=b, frm="Ironclad Tools Customer Care <support@ironcladtools.freshdesk.com>",
         subject=f"Your return for order {o} [#2291047]", html=h, headers=FRESHDESK)

    o, b = order("heater", "en", "Oil-Filled Radiator 2000W", purchased="2026-06-10T10:00:00Z", shipped="",
                 delivered="")
    t = f"""Hello,

Thank you for ordering the oil-filled radiator (order {o}).

Unfortunately this item is out of stock: the supplier's delivery did not
arrive as planned. We have cancelled the order and refunded the full amount
of $89.99 through Amazon with the reason "no inventory". The refund appears
in your account within 3 to 5 business days.

We apologise for the inconvenience.

Warmhaus Appliances"""
    case("oos-refunded-no-inventory", "relay", [], [*OOS, "type.order-confirmation", "type.thank-you-only"],
         "Out of stock: the full adjustment with its reason is confirmed; no cancellation request.",
         to=b, frm="Warmhaus Appliances <service@warmhaus.com>", subject=f"Problem with your order {o}", text=t)

    o, b = order("rug", "en", "Hand-Woven Wool Rug 160x230", purchased="2026-06-08T10:00:00Z", shipped="",
                 delivered="")
    h = outlook(mso(
        "Hello,", "&nbsp;",
        f"Your hand-woven rug (order {o}) is taking longer than we expected: the weaver finished it this week, but "
        "it still needs washing and drying, so it will leave our workshop on 24 June instead of 17 June.",
        "&nbsp;",
        "We are sorry for the wait. If you would prefer not to wait, just reply and we will cancel the order "
        "ourselves and refund you in full.", "&nbsp;",
        "Best regards,", "Leyla Aydin", "Anatolia Looms"))
    case("outlook-delay-notice-link-colours", "reject", ["style.font-override"], [*OOS, "style.line-breaks", "type.order-confirmation"],
         "Delay notice (permitted; the seller offers to cancel itself, no cancellation request) in Outlook HTML whose <body link/vlink> colours override the default link colour (RULES.md).",
         to=b, frm="Anatolia Looms <leyla@anatolialooms.com>", subject=f"Delay: order {o}", html=h, headers=OUTLOOK)

    o, b = order("monitor", "en", "27-inch 4K Monitor, USB-C", tld="co.uk")
    q = "The monitor flickers when I use the USB-C cable. If this isn't sorted I'm leaving a review."
    h = apple(f"""<div>Hi Tom,</div><div><br></div><div>Thanks for the details. The flicker comes from the cable: USB-C cables that carry only USB 2.0 data cannot drive a 4K picture. We have posted the certified cable that should have been in the box; it is the black one with the DP Alt Mode mark.</div><div><br></div><div>Until it arrives, the HDMI cable in the box gives a stable picture at 60 Hz.</div><div><br></div><div>Best,</div><div>Hannah, Clearview Displays</div><div><br><blockquote type="cite"><div>On 11 Jun 2026, at 19:02, Amazon Customer wrote:</div><div>{q}</div></blockquote></div>""")
    case("applemail-reply-cable", "relay", [], [*REVIEW, *CONTACT, "style.line-breaks", "type.order-confirmation"],
         "Apple Mail reply solving a fault; the buyer's quoted review threat is not a review request by the seller.",
         to=b, frm="Hannah Clarke <hannah@clearviewdisplays.co.uk>", subject="Re: Monitor flickers", html=h,
         reply=True, headers=APPLE)

    # -- violations ----------------------------------------------------------------------
    o, b = order("kettle", "en", "Gooseneck Kettle 1 L", tld="co.uk")
    q = "The temperature display shows Fahrenheit, how do I switch?"
    body = """<p>Hi Sam,</p>
<p>Hold the power button and the minus button together for three seconds and the display switches to Celsius. It remembers the setting after unplugging.</p>
<p>Kind regards,<br>Oliver<br>Brewcraft Support<br>Direct line: 0161 496 0734 (Mon-Fri 9-5)</p>"""
    h = zendesk(body, "Oliver", "Brewcraft Support", "#77310", quoted=q)
    t = f"""Hi Sam,

Hold the power button and the minus button together for three seconds and the
display switches to Celsius. It remembers the setting after unplugging.

Kind regards,
Oliver
Brewcraft Support

{quote(q)}"""
    case("zendesk-signature-direct-line-html-only", "reject", ["content.phone-number"], [*ORDER, "content.email-address"],
         "Helpdesk reply whose HTML signature (not the text part) gives the agent's own direct line.",
         to=b, frm="Brewcraft Support <support@brewcraft.zendesk.com>", subject="Re: Fahrenheit display",
         text=t, html=h, reply=True, headers=ZENDESK)

    o, b = order("yoga", "en", "Cork Yoga Block, Set of 2")
    h = (f'<p>Hi,</p><p>Your cork yoga blocks (order {o}) were delivered last week. If you have a minute, we would '
         'be grateful for a review on Amazon: it helps other shoppers choose.</p>'
         f'<p><a href="https://www.amazon.com/review/create-review?asin=B0DYB2KQ11">Review your yoga blocks on Amazon</a></p>'
         '<p>Namaste,<br>Corkwell Studio</p>'
         '<p>P.S. Reply with a screenshot of your review and we will send you a free yoga strap as a thank-you.</p>')
    case("reviewtool-ps-free-strap", "reject", ["review.incentive"], ["review.conditional", "review.removal-request"],
         "A neutral-looking review request whose P.S. pays for the review with a free product.",
         to=b, frm="Corkwell Studio <corkwell@mail.reviewboost.io>", subject=f"Your yoga blocks, order {o}",
         html=h, tolerated=("type.marketing",))

    o, b = order("pillow", "en", "Memory Foam Pillow, Contour")
    t = f"""Hello,

Your contour pillow (order {o}) arrived a few days ago. We would love to hear
what you think: a short review on Amazon helps other sleepers choose.

Sweet regards,
Dreamloft"""
    h = (f"<p>Hello,</p><p>Your contour pillow (order {o}) arrived a few days ago. We would love to hear what you "
         "think.</p><p>Loving it? Please leave us a review on Amazon. Not quite right? Please message us first "
         "so we can make it right before you write a review.</p><p>Sweet regards,<br>Dreamloft</p>")
    case("review-gating-html-part-only", "reject", ["review.conditional"], ["review.removal-request"],
         "Text and HTML legs differ: the HTML leg gates the review on being happy, the text leg is neutral.",
         to=b, frm="Dreamloft <hello@dreamloft.com>", subject=f"How is your new pillow? Order {o}", text=t, html=h,
         tolerated=("review.incentive",))

    o, b = order("sneakers", "en", "Trail Running Shoes, Men's 10")
    h = (f'<table width="100%"><tr><td><h2>Good news: your order is on its way!</h2>'
         f'<p>Order {o} has been shipped.</p><table><tr><td>Carrier</td><td>UPS</td></tr><tr><td>Tracking number</td>'
         '<td>1Z 4A7 9E2 03 1184 2261</td></tr><tr><td>Estimated delivery</td><td>Tuesday, 16 June</td></tr>'
         '</table><p>Thank you for shopping with Stridepeak.</p></td></tr></table>')
    case("shopify-shipping-confirmation-table", "quarantine", ["type.order-confirmation"], [*CONTACT, "type.marketing"],
         "Shop-system dispatch confirmation with carrier and tracking number in a table: Amazon sends this itself.",
         to=b, frm="Stridepeak <orders@stridepeak.com>", subject=f"Your order {o} has shipped",
         html=h, headers=(("X-Mailer", "Shopify"),))

    o, b = order("tent", "en", "Family Tent 6-Person, Tunnel")
    t = f"""Hello,

A quick note about your tunnel tent (order {o}) before your first trip.

Pitching: lay the inner tent out with the doors facing away from the wind,
push the three colour-coded poles through the matching sleeves (red, blue,
red), then peg the corners before you tension the guy lines. The tent stands
best when the guy lines run in line with the seams.

Seam sealing: the seams are taped at the factory, so no sealing is needed.
If you camp in heavy rain, pitch on slightly raised ground and keep the inner
tent from touching the flysheet.

Packing: always dry the tent completely before storing it; even one night
packed wet can cause mildew spots.

Happy camping,
Northtrail Outfitters
northtrail-outfitters.com/pitching-guide"""
    case("long-body-signature-bare-url", "reject", ["link.external"], [*CONTACT, "link.insecure"],
         "A long legitimate pitching guide whose signature names the seller's own site (a URL written in text).",
         to=b, frm="Northtrail Outfitters <care@northtrail-outfitters.com>", subject=f"Before your first trip: order {o}",
         text=t)

    o, b = order("blinds", "en", "Blackout Roller Blind 90 cm")
    t = f"""Hello,

We need one detail to cut your roller blind (order {o}) to size: the exact
width of the window recess in millimetres, measured at the top, middle and
bottom (we use the smallest of the three).

As soon as we have the width, the blind goes to our cutting table and leaves
the next working day.

Many thanks,
Shadeworks

--
Shadeworks Ltd | Unit 4, Brook Park | Swindon SN2 8AJ
Measuring questions: measure@shadeworks.co.uk"""
    case("signature-email-after-info-request", "reject", ["content.email-address"], [*ORDER, "content.phone-number"],
         "A permitted request for the measurements, with the seller's own email address in the signature block.",
         to=b, frm="Shadeworks <orders@shadeworks.co.uk>", subject=f"Measurement needed for order {o}", text=t)

    o, b = order("bathmat", "en", "Bamboo Bath Mat, 60x90 cm")
    img = banner_png("bamboo bath mat", 300, 160)
    h = (f'<p>Hello,</p><p>Thank you for your order {o}. We noticed the courier marked one parcel as damaged in '
         'transit. Could you check the corners of your bath mat and reply to tell us whether any slat is cracked?</p>'
         '<p>This is how an undamaged corner looks:</p>'
         '<p><img src="cid:mat" alt="Bamboo Bath Mat 60x90 cm, corner detail" width="300"></p>'
         '<p>Thank you,<br>Bathwood Home</p>')
    case("erp-image-alt-names-product", "quarantine", ["image.product-photo"], [*ORDER, "style.image-alt"],
         "Asking for information about transport damage is permitted, but the inline image's alt text names the ordered product.",
         to=b, frm="Bathwood Home <service@bathwoodhome.com>", subject=f"Transport check for order {o}", html=h,
         related=[(img, "image", "png", "<mat>", "mat-corner.png")], headers=(("X-Mailer", "Plentymarkets"),))

    o, b = order("frame", "en", "Picture Frame Set, 10 Pieces")
    logo = logo_png("FRAMEHAUS")
    h = (f'<p>Hello,</p><p>One of the ten frames in your set (order {o}) was packed without its glass pane. We have '
         'sent the missing pane separately, in a padded box.</p><p>With apologies,<br>Framehaus</p>'
         '<p><img src="cid:logo" alt="Framehaus - questions? Call 0113 496 0750" width="150"></p>')
    case("logo-alt-text-phone", "reject", ["content.phone-number"], ["image.logo-link", "style.image-alt"],
         "The brand logo's alt text (shown when images are blocked) carries the seller's phone number.",
         to=b, frm="Framehaus <hello@framehaus.co.uk>", subject=f"Missing glass pane, order {o}", html=h,
         related=[(logo, "image", "png", "<logo>", "logo.png")])

    o, b = order("headset", "en", "Wireless Headset with Mic")
    h = outlook(mso(
        "Hi,",
        f"Regarding order {o}: the latest firmware fixes the microphone echo. 😊",
        'You can download it from <a href="http://downloads.soundforge-audio.com/firmware/headset-h7/latest">'
        "the H7 firmware page</a>.",
        "Best regards,", "SoundForge Audio"), font="Calibri")
    case("outlook-multi-font-emoji-http", "reject",
         ["style.font-override", "style.emoji", "link.insecure"], [*CONTACT, "style.link-text"],
         "Outlook HTML with its default Calibri font CSS and link colours, an emoji and an http link to the seller's download site (RULES.md judges http links by link.insecure, https ones by link.external).",
         to=b, frm="SoundForge Audio <support@soundforge-audio.com>", subject=f"Firmware for order {o}", html=h,
         headers=OUTLOOK)

    o, b = order("candle", "en", "Soy Candle Gift Set")
    h = (f'<p>Hi,</p><p>Thanks for your order {o}! Our summer collection is here: use code SUMMER20 for 20% off '
         'your next order at our shop.</p><p><a href="https://www.waxandwick.com/summer">See the summer '
         'collection</a></p><p>Follow us on Instagram for new scents every week.</p><hr><p>You are receiving this '
         'email because you bought from Wax &amp; Wick. <a href="https://www.waxandwick.com/unsubscribe?u=8812">'
         'Unsubscribe from these emails</a></p>')
    case("multi-newsletter-coupon-unsubscribe", "reject", ["type.marketing", "link.external", "link.opt-out"],
         [*CONTACT, "style.link-text"],
         "Promotional mail: coupon, other products, a social follow request, an external shop link and an unsubscribe link.",
         to=b, frm="Wax & Wick <news@waxandwick.com>", subject=f"Summer scents are here - order {o}", html=h,
         headers=(("List-Unsubscribe", "<https://www.waxandwick.com/unsubscribe?u=8812>"),))

    o, b = order("vacuum", "en", "Cordless Stick Vacuum")
    q = "The vacuum stopped working after a week, I left a 1-star review."
    t = f"""Hi,

We are very sorry about your vacuum. We have refunded the full price of order
{o} and you can keep the unit.

Since the problem is now solved, would you mind updating your 1-star review?

Best regards,
Cleanstream

{quote(q)}"""
    case("refund-then-update-review", "reject", ["review.removal-request"], ["review.conditional"],
         "Reply that refunds the buyer, then asks to update the existing 1-star review; the refund already given could be read as an incentive (tolerated).",
         to=b, frm="Cleanstream <care@cleanstream.com>", subject="Re: Vacuum stopped working", text=t, reply=True,
         tolerated=("review.incentive",))

    o, b = order("watch", "en", "Smartwatch, 44 mm, Black", purchased="2026-06-11T10:00:00Z", shipped="",
                 delivered="")
    t = f"""Hello,

We are sorry, but the smartwatch you ordered (order {o}) is currently out of
stock and we cannot say when new stock will arrive.

Please cancel the order from Your Orders on Amazon so that you are not
charged.

Apologies,
Pulsetech Gadgets"""
    case("multi-oos-please-cancel", "reject", OOS, [],
         "Out of stock: asks the buyer to cancel and never confirms an adjustment.",
         to=b, frm="Pulsetech Gadgets <orders@pulsetech-gadgets.com>", subject=f"Your order {o}", text=t)

    o, b = order("kettle2", "en", "Stovetop Kettle, Whistling")
    t = f"""Hi,

We saw that you want to return the whistling kettle from order {o}.

Most customers who find the whistle too quiet love it once they fill the
kettle above the minimum mark. We really think you will be happy with it if
you give it another try, so we hope you will keep it.

Best,
Hearth & Home"""
    case("return-talk-out-of-it", "quarantine", ["return.unnecessary"], ["order-problem.no-adjustment"],
         "A return-related message that neither asks for information nor offers a partial refund: it tries to talk the buyer out of it.",
         to=b, frm="Hearth & Home <help@hearthandhome.com>", subject=f"About your return, order {o}", text=t)

    o, b = order("speaker", "en", "Bookshelf Speakers, Pair")
    h = gmail(f'<div>Hi,</div><div><br></div><div>About order {o}: the speaker wire goes red to red and black to black; '
              'if only one speaker plays, swap the two cables at the amplifier to find the faulty side.</div>'
              '<div><br></div><div><br></div><div><br></div><div>Thanks,</div>',
              "<div>Ravi</div><div>Fidelity Lane Audio</div>")
    case("gmail-empty-divs-line-breaks", "reject", ["style.line-breaks"], [*CONTACT, "style.font-override"],
         "Gmail HTML with three empty div lines in a row before the sign-off.",
         to=b, frm="Ravi Menon <ravi@fidelitylane.com>", subject=f"Speaker wiring, order {o}", html=h)

    o, b = order("bottle", "en", "Insulated Water Bottle 750 ml")
    h = (f'<p>Hi,</p><p>Your water bottle (order {o}) was delivered on Saturday. If you have a moment, a review on '
         'Amazon helps other customers.</p><p><a href="https://www.amazon.com/review/create-review?asin=B0BTL7W55Q">'
         'Review your bottle on Amazon</a></p><p>Thanks,<br>Hydroloop</p>'
         '<img src="https://t.reviewboost.io/o/8f2a91c4e7/b.gif" width="1" height="1" alt="" style="display:block">')
    case("reviewtool-open-pixel", "reject", ["image.tracking-pixel", "style.image-alt"], [*REVIEW, "style.link-text"],
         "Review-request tool mail with a 1x1 open-tracking pixel (empty alt) at the end.",
         to=b, frm="Hydroloop <hydroloop@mail.reviewboost.io>", subject=f"Your bottle, order {o}", html=h)

    o, b = order("sofa", "en", "Corner Sofa, Grey Fabric", purchased="2026-06-01T10:00:00Z",
                 shipped="2026-06-04T08:00:00Z", delivered="")
    t = f"""Hello,

Thanks for your patience with your corner sofa (order {o}). The delivery
company has now confirmed your slot: Thursday 18 June between 10:00 and 14:00.
The two-person crew will call you 30 minutes before they arrive.

Sorry again that the first attempt failed - the driver who claimed nobody was
home is a lying idiot and we have complained to his boss.

Best regards,
Loungeworks"""
    case("ps-insult-after-scheduling", "quarantine", ["content.sensitive"], [*CONTACT, "type.order-confirmation"],
         "Delivery scheduling, then an insult about the driver.",
         to=b, frm="Loungeworks <care@loungeworks.com>", subject=f"Your delivery slot for order {o}", text=t)

    o, b = order("socks", "en", "Merino Hiking Socks, 3 Pairs")
    h = (f'<table role="presentation"><tr><td><p>Hi there,</p><p>Thank you so much for your order {o}! We truly '
         'appreciate your business and hope you enjoy your new socks.</p><p>If you have any questions at all, we are '
         'always here to help - just reply to this message.</p><p>Warm wishes,<br>The Woolpath team</p></td></tr>'
         '</table><hr><p>Woolpath Ltd, 8 Fell Road, Kendal LA9 4QT. Registered in England and Wales No. 11223344.</p>')
    case("gorgias-thank-you-only", "quarantine", ["type.thank-you-only"], [*CONTACT, "type.marketing"],
         "Helpdesk-styled note that only thanks the buyer and offers help; the legal footer adds nothing.",
         to=b, frm="Woolpath <hello@woolpath.co.uk>", subject=f"Thank you for your order {o}", html=h,
         headers=(("X-Mailer", "Gorgias"),), tolerated=("type.order-confirmation",))

    o, b = order("desk", "en", "Bamboo Desk Organiser")
    h = (f'<p>Hello,</p><p>Your desk organiser (order {o}) has two removable dividers; they slide into the grooves '
         'on either side.</p><p><a href="https://www.amazon.com/dp/B0C9DSK001" title="Questions? Write to '
         'help@bambooline.com">Product details on Amazon</a></p><p>Best,<br>Bambooline</p>')
    case("link-title-email-address", "reject", ["content.email-address"], ["style.link-text", "link.external"],
         "The seller's email address hides in an Amazon link's title attribute (a tooltip the buyer sees).",
         to=b, frm="Bambooline <care@bambooline.com>", subject=f"Dividers for order {o}", html=h)


# --------------------------------------------------------------------------------------------
# German
# --------------------------------------------------------------------------------------------

IMPRESSUM = ("Kuechenwerk GmbH, Hafenstrasse 12, 20457 Hamburg. Geschäftsführer: Jan Petersen. "
             "Amtsgericht Hamburg HRB 178234, USt-IdNr. DE318274605.")


def cases_de() -> None:
    o, b = order("messer", "de", "Kochmesser 20 cm, Damaststahl")
    inv = pdf("Rechnung RE-2026-3381", ["Rechnung RE-2026-3381", f"Amazon-Bestellung {o}",
                                        "Kochmesser 20 cm, Damaststahl", "Netto 75,55 EUR", "USt 19 % 14,35 EUR",
                                        "Gesamt 89,90 EUR"])
    t = f"""Sehr geehrte Kundin, sehr geehrter Kunde,

anbei erhalten Sie die Rechnung RE-2026-3381 zu Ihrer Amazon-Bestellung
{o}.

Rechnungsdatum: 12.06.2026
Rechnungsbetrag: 89,90 EUR (bezahlt über Amazon)

Diese Nachricht wurde automatisch aus unserer Warenwirtschaft erstellt. Bei
Fragen zur Rechnung antworten Sie bitte direkt über die Amazon-Nachrichtenfunktion.

Mit freundlichen Grüßen
Ihr Kuechenwerk-Team

{IMPRESSUM}"""
    case("jtl-rechnung-impressum", "relay", [], [*CONTACT, "attachment.not-allowed", "type.order-confirmation", *ORDER],
         "Rechnung aus der Warenwirtschaft mit PDF; Handelsregister- und USt-IdNr. im Impressum sind keine Telefonnummern.",
         to=b, frm="Kuechenwerk <rechnung@kuechenwerk.de>", subject=f"Ihre Rechnung zur Bestellung {o}", text=t,
         lang="de", attach=[(inv, "application", "pdf", "Rechnung_RE-2026-3381.pdf")],
         headers=(("X-Mailer", "JTL-Wawi"),), crlf=True)

    o, b = order("schrank", "de", "Kleiderschrank 3-türig, Eiche", purchased="2026-06-09T10:00:00Z", shipped="",
                 delivered="")
    h = (f"<p>Guten Tag,</p><p>Ihr Kleiderschrank (Bestellung {o}) wird als Sperrgut von der Spedition Nordfracht "
         "geliefert. Damit die Lieferung klappt, brauchen wir einen Liefertermin von Ihnen:</p><table><tr><th>Tag"
         "</th><th>Zeitfenster</th></tr><tr><td>Mittwoch, 17.06.</td><td>8-12 Uhr</td></tr><tr><td>Freitag, 19.06."
         "</td><td>12-17 Uhr</td></tr></table><p>Bitte antworten Sie uns mit Ihrem Wunschtermin. Die Spedition "
         "Nordfracht erreichen Sie für Rückfragen zur Anlieferung auch direkt unter 040 3344 5120.</p>"
         "<p>Viele Grüße<br>Möbelmanufaktur Lenz</p>")
    case("speditionstermin-tabelle", "relay", [], [*CONTACT, *ORDER, "type.order-confirmation"],
         "Terminabsprache für Sperrgut; die Telefonnummer gehört der Spedition.",
         to=b, frm="Möbelmanufaktur Lenz <service@moebel-lenz.de>", subject=f"Liefertermin für Ihre Bestellung {o}",
         html=h, lang="de", headers=(("X-Mailer", "Plentymarkets"),))

    o, b = order("tasse", "de", "Fototasse mit Wunschtext")
    t = f"""Hallo,

vielen Dank für Ihre Bestellung {o}. Bevor wir Ihre Tasse bedrucken, bitten
wir Sie, den Wunschtext zu prüfen:

  "Für die beste Oma der Welt - Weihnachten 2026"

In Ihrer Bestellung steht "Weihnachten 2026", obwohl der Liefertermin im Juni
liegt. Ist das so gewollt? Bitte bestätigen Sie den Text oder schicken Sie
uns die Korrektur; erst danach geht die Tasse in den Druck.

Freundliche Grüße
Druckstube Meier"""
    case("wunschtext-bestaetigen", "relay", [], [*TYPES, *ORDER],
         "Rückfrage zu einem personalisierten Artikel (Design-Freigabe).",
         to=b, frm="Druckstube Meier <info@druckstube-meier.de>", subject=f"Bitte Wunschtext bestätigen - {o}",
         text=t, lang="de")

    o, b = order("luefter", "de", "Standventilator, leise, 40 cm")
    h = (f"<p>Hallo,</p><p>Ihr Standventilator (Bestellung {o}) ist vor einigen Tagen angekommen. Wie zufrieden "
         "sind Sie? Wir würden uns über Ihre ehrliche Bewertung auf Amazon freuen, egal ob positiv oder kritisch.</p>"
         '<p><a href="https://www.amazon.de/review/create-review?asin=B0DV3NT40X">Ventilator auf Amazon bewerten</a></p>'
         "<p>Viele Grüße<br>Kühlwerk</p><p>Diese Nachricht wurde über den Amazon-Nachrichtenservice versendet.</p>")
    case("bewertung-neutral-tool", "relay", [], [*REVIEW, *LINKS],
         "Einmalige, neutrale Bewertungsanfrage mit Amazon-Link.",
         to=b, frm="Kühlwerk <kuehlwerk@mail.feedbackwhiz.com>", subject=f"Ihre Meinung zu Bestellung {o}",
         html=h, lang="de")

    o, b = order("pfanne", "de", "Gusseisenpfanne 28 cm")
    t = f"""Hallo,

zu Ihrer Bestellung {o}: Bitte brennen Sie die Gusseisenpfanne vor dem ersten
Gebrauch einmal mit etwas Öl bei mittlerer Hitze ein, dann bleibt nichts
kleben. Nicht in die Spülmaschine geben.

Mit freundlichen Grüßen
Ihr Kuechenwerk-Team

--
Kuechenwerk GmbH · Hafenstrasse 12 · 20457 Hamburg
Tel.: 040 5512 3380 · E-Mail: service@kuechenwerk.de
Amtsgericht Hamburg HRB 178234"""
    case("signatur-tel-und-mail", "reject", ["content.phone-number", "content.email-address"], [*ORDER],
         "Pflegehinweis mit einer typischen Signatur: Telefonnummer und E-Mail-Adresse des Händlers.",
         to=b, frm="Kuechenwerk <service@kuechenwerk.de>", subject=f"Einbrennen Ihrer Pfanne - {o}", text=t,
         lang="de")

    o, b = order("kissen", "de", "Nackenstützkissen, Memory Foam")
    t = f"""Hallo,

Ihr Nackenstützkissen (Bestellung {o}) ist angekommen. Wenn Sie zufrieden
sind, freuen wir uns über eine 5-Sterne-Bewertung auf Amazon. Falls etwas
nicht passt, schreiben Sie uns bitte zuerst, bevor Sie bewerten.

Erholsame Nächte wünscht
Schlafgut"""
    case("bewertung-nur-wenn-zufrieden", "reject", ["review.conditional", "review.incentive"], ["review.removal-request"],
         "Review-Gating (nur wenn zufrieden, sonst zuerst melden) und Lenkung auf fünf Sterne.",
         to=b, frm="Schlafgut <info@schlafgut-kissen.de>", subject=f"Ihr Kissen - Bestellung {o}", text=t, lang="de")

    o, b = order("laufband", "de", "Laufband, klappbar")
    h = (f'<table width="100%"><tr><td><h2>Ihre Bestellung ist unterwegs</h2><p>Ihre Bestellung {o} wurde heute '
         'an DHL übergeben.</p><table><tr><td>Sendungsnummer</td><td>00340434161094015322</td></tr><tr><td>'
         'Voraussichtliche Zustellung</td><td>Dienstag, 16.06.2026</td></tr></table><p>Vielen Dank für Ihren '
         'Einkauf!</p></td></tr></table>')
    case("versandbestaetigung-shopsystem", "quarantine", ["type.order-confirmation"], [*CONTACT, "type.marketing"],
         "Versandbestätigung aus dem Shopsystem mit Sendungsnummer.",
         to=b, frm="Fitgerät24 <versand@fitgeraet24.de>", subject=f"Versandbestätigung zu Ihrer Bestellung {o}",
         html=h, lang="de", headers=(("X-Mailer", "Billbee"),))

    o, b = order("teekanne", "de", "Teekanne Glas 1,2 l mit Sieb")
    t = f"""Hallo,

zu Ihrer Bestellung {o}: Das Sieb Ihrer Teekanne lässt sich zum Reinigen
nach oben herausziehen. Kalkflecken entfernen Sie mit etwas Zitronensäure.

Viele Grüße
Teehaus Nordlicht

PS: Mit dem Gutscheincode NORDLICHT10 sparen Sie 10 % auf Ihren nächsten
Einkauf in unserem Onlineshop."""
    case("ps-gutscheincode", "quarantine", ["type.marketing"], [*CONTACT, *REVIEW, "link.external"],
         "Sachlicher Hinweis, dann im PS ein Gutscheincode für den eigenen Shop.",
         to=b, frm="Teehaus Nordlicht <info@teehaus-nordlicht.de>", subject=f"Ihre Teekanne - {o}", text=t, lang="de")

    o, b = order("rucksack", "de", "Wanderrucksack 30 l")
    h = (f"<p>Hallo,</p><p>kurz zu Ihrer Bestellung {o}: Der Hüftgurt Ihres Rucksacks lässt sich in drei Stufen in "
         "der Höhe verstellen; die Klettleiste sitzt hinter dem Rückenpolster.</p><p>Viele Grüße<br>Bergpfad "
         "Ausrüstung</p><hr><p>Sie möchten keine weiteren Nachrichten von uns erhalten? "
         '<a href="https://www.bergpfad-ausruestung.de/abmelden?id=55120">Vom Newsletter abmelden</a></p>')
    case("footer-abmeldelink", "reject", ["link.opt-out", "link.external"], [*CONTACT, "style.link-text"],
         "Im Footer ein Abmeldelink zur eigenen Website; dass ein Newsletter genannt wird, lässt sich als Werbung lesen (toleriert).",
         to=b, frm="Bergpfad Ausrüstung <service@bergpfad-ausruestung.de>", subject=f"Hüftgurt einstellen - {o}",
         html=h, lang="de", tolerated=("type.marketing",))

    o, b = order("lampe", "de", "Schreibtischlampe LED, dimmbar")
    q = "Die Lampe flackert. Ich habe 2 Sterne gegeben."
    t = f"""Hallo,

das Flackern lag an einem fehlerhaften Netzteil. Wir haben Ihnen heute ein neues
Netzteil geschickt.

Wenn jetzt alles funktioniert, wären wir Ihnen sehr dankbar, wenn Sie Ihre
2-Sterne-Bewertung noch einmal anpassen könnten.

Viele Grüße
Lichtblick

{quote(q)}"""
    case("bewertung-anpassen-antwort", "reject", ["review.removal-request"], ["review.conditional"],
         "Antwort, die um Änderung einer bestehenden Bewertung bittet.",
         to=b, frm="Lichtblick <service@lichtblick-leuchten.de>", subject="Re: Lampe flackert", text=t, lang="de",
         reply=True, tolerated=("review.incentive",))

    o, b = order("zelt", "de", "Kuppelzelt 3 Personen")
    h = outlook(mso(
        "Hallo,",
        f"zu Ihrer Bestellung {o}: Die Heringe für weichen Boden liegen in der kleinen Seitentasche des Packsacks.",
        "Viele Grüße", "Sabine Krüger", "Outdoorhaus Krüger"), lang="de", font="Aptos")
    case("outlook-schriftart", "reject", ["style.font-override"], [*CONTACT, *LINKS],
         "Outlook-HTML mit der Standard-Schriftart als CSS: überschreibt die Schriftfamilie.",
         to=b, frm="Sabine Krüger <sabine@outdoorhaus-krueger.de>", subject=f"Heringe - Bestellung {o}", html=h,
         lang="de", headers=OUTLOOK)


# --------------------------------------------------------------------------------------------
# French
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("aspirateur", "fr", "Aspirateur balai sans fil")
    t = f"""Bonjour,

Nous avons bien reçu votre demande de retour pour la commande {o}.

Pour traiter le retour, nous avons besoin d'une information : pourriez-vous
nous indiquer le numéro de série inscrit sous la batterie (il commence par
BT) ? Il nous permet de savoir si la batterie fait partie du lot que notre
fabricant a rappelé.

Dès réception, nous vous enverrons l'étiquette de retour via Amazon.

Cordialement,
Le service client Maison Volta

Maison Volta SAS au capital de 10 000 euros - RCS Lyon 812 345 678 - TVA FR12812345678"""
    case("retour-numero-serie-mentions", "relay", [], ["return.unnecessary", *CONTACT, *ORDER],
         "Message de retour qui demande une information nécessaire ; RCS et TVA ne sont pas des numéros de téléphone.",
         to=b, frm="Maison Volta <sav@maisonvolta.fr>", subject=f"Votre retour - commande {o}", text=t, lang="fr")

    o, b = order("canape", "fr", "Canapé d'angle convertible", purchased="2026-06-08T10:00:00Z", shipped="",
                 delivered="")
    h = (f"<p>Bonjour,</p><p>Votre canapé d'angle (commande {o}) sera livré par notre transporteur Geodis, qui "
         "doit convenir d'un rendez-vous avec vous car la livraison se fait à deux personnes.</p><p>Merci de nous "
         "indiquer vos disponibilités pour la semaine du 22 juin (matin ou après-midi), ainsi que l'étage et la "
         "présence d'un ascenseur.</p><p>Pour toute question sur le créneau, le transporteur Geodis est joignable "
         "au 01 48 63 20 00.</p><p>Bien cordialement,<br>Salon &amp; Sofa</p>")
    case("rdv-livraison-transporteur", "relay", [], [*CONTACT, *ORDER, "type.order-confirmation"],
         "Prise de rendez-vous pour un article encombrant ; le numéro est celui du transporteur.",
         to=b, frm="Salon & Sofa <service@salonetsofa.fr>", subject=f"Rendez-vous de livraison - commande {o}",
         html=h, lang="fr")

    o, b = order("bougie", "fr", "Coffret bougies parfumées")
    inv = pdf("Facture FA-2026-0712", ["Facture FA-2026-0712", f"Commande Amazon {o}", "Coffret bougies parfumees",
                                      "HT 29,08 EUR", "TVA 20 % 5,82 EUR", "TTC 34,90 EUR"])
    t = f"""Bonjour,

Veuillez trouver ci-joint la facture FA-2026-0712 de votre commande Amazon
{o}, comme demandé.

Montant : 34,90 euros TTC, réglé via Amazon.

Bonne journée,
Atelier Lueur"""
    h = (f"<p>Bonjour,</p><p>Veuillez trouver ci-joint la facture FA-2026-0712 de votre commande Amazon {o}, comme "
         "demandé.</p><p>Montant&nbsp;: 34,90&nbsp;euros TTC, réglé via Amazon.</p><p>Bonne journée,<br>Atelier "
         "Lueur</p>")
    case("facture-pdf-alternative", "relay", [], [*CONTACT, "attachment.not-allowed", "type.order-confirmation"],
         "Envoi de facture, parties texte et HTML, PDF réel.",
         to=b, frm="Atelier Lueur <contact@atelierlueur.fr>", subject=f"Votre facture - commande {o}", text=t,
         html=h, lang="fr", attach=[(inv, "application", "pdf", "Facture_FA-2026-0712.pdf")])

    o, b = order("theiere", "fr", "Théière en fonte 0,8 l")
    t = f"""Bonjour,

Votre théière en fonte (commande {o}) est arrivée il y a quelques jours.
Si vous avez un moment, votre avis sur Amazon, qu'il soit positif ou
négatif, aiderait les autres clients à choisir.

Merci et bonne dégustation,
Maison du Thé Kyo"""
    case("avis-neutre-simple", "relay", [], [*REVIEW, *TYPES],
         "Demande d'avis unique et neutre.",
         to=b, frm="Maison du Thé Kyo <bonjour@maisonthekyo.fr>", subject=f"Votre avis sur votre théière ({o})",
         text=t, lang="fr")

    o, b = order("velo", "fr", "Vélo pliant 20 pouces")
    t = f"""Bonjour,

Concernant votre commande {o} : pour régler la hauteur de la selle, desserrez
le levier rapide, ajustez puis refermez fermement le levier.

Cordialement,
L'équipe Pliavélo

--
Pliavélo - 18 rue des Ateliers, 69007 Lyon
Service client : 04 72 61 18 40 (du lundi au vendredi)"""
    case("signature-service-client", "reject", ["content.phone-number"], [*ORDER, "content.email-address"],
         "Signature avec le numéro du service client du vendeur.",
         to=b, frm="Pliavélo <contact@pliavelo.fr>", subject=f"Réglage de la selle - {o}", text=t, lang="fr")

    o, b = order("robot", "fr", "Robot pâtissier 1200 W")
    h = (f"<p>Bonjour,</p><p>Votre robot pâtissier (commande {o}) vous a été livré la semaine dernière. Nous "
         "serions ravis de lire votre avis sur Amazon.</p><p>Pour vous remercier, nous vous rembourserons 10 euros "
         "dès que votre avis sera publié : il suffit de nous envoyer une capture d'écran.</p><p>Gourmandises "
         "Martin</p>")
    case("avis-contre-remboursement", "reject", ["review.incentive"], ["review.conditional", "review.removal-request"],
         "Demande d'avis liée à un remboursement partiel.",
         to=b, frm="Gourmandises Martin <contact@gourmandises-martin.fr>", subject=f"Votre avis - commande {o}",
         html=h, lang="fr", tolerated=("type.marketing",))

    o, b = order("chaise", "fr", "Chaise de bureau ergonomique", purchased="2026-06-11T10:00:00Z", shipped="",
                 delivered="")
    t = f"""Bonjour,

Nous sommes désolés : la chaise de bureau de votre commande {o} est en
rupture de stock chez notre fournisseur.

Pourriez-vous annuler la commande depuis votre compte Amazon ? Ce sera plus
simple pour tout le monde.

Cordialement,
Bureau Confort"""
    case("rupture-annulez-svp", "reject", OOS, [],
         "Rupture de stock : demande à l'acheteur d'annuler, sans confirmer de remboursement.",
         to=b, frm="Bureau Confort <service@bureauconfort.fr>", subject=f"Votre commande {o}", text=t, lang="fr")

    o, b = order("jouet", "fr", "Circuit de billes en bois")
    t = f"""Bonjour,

Petite précision sur votre commande {o} : les rails courbes se clipsent par
le dessous, pas par le dessus.

Bonne construction,
Les Jouets d'Antan"""
    case("emoji-objet-seulement", "reject", ["style.emoji"], [*ORDER],
         "Un emoji dans l'objet (encodé RFC 2047) seulement.",
         to=b, frm="Les Jouets d'Antan <bonjour@jouetsdantan.fr>", subject=f"🎲 Montage du circuit - {o}", text=t,
         lang="fr")

    o, b = order("lampe", "fr", "Lampe de chevet tactile")
    t = f"""Bonjour,

Votre lampe de chevet (commande {o}) a trois niveaux de luminosité : touchez le
pied une, deux ou trois fois.

Cordialement,
Boutique Lumière"""
    h = (f'<div style="text-align:center"><p>Bonjour,</p><p>Votre lampe de chevet (commande {o}) a trois niveaux de '
         'luminosité : touchez le pied une, deux ou trois fois.</p><p>Cordialement,<br>Boutique Lumière</p></div>')
    case("centrage-html-seulement", "reject", ["style.alignment"], [*ORDER, *LINKS],
         "Partie HTML centrée ; la partie texte ne l'est pas (une seule partie suffit).",
         to=b, frm="Boutique Lumière <contact@boutique-lumiere.fr>", subject=f"Votre lampe - {o}", text=t, html=h,
         lang="fr")

    o, b = order("sac", "fr", "Sac à dos en toile cirée")
    h = (f"<p>Bonjour,</p><p>Merci pour votre commande {o} ! Profitez de 15 % de réduction sur notre nouvelle "
         "collection avec le code ETE15.</p><p>Suivez-nous sur Instagram pour découvrir nos nouveautés : "
         '<a href="https://www.instagram.com/toileetcuir">notre compte Instagram</a></p><p>Toile &amp; Cuir</p>')
    case("multi-promo-instagram", "reject", ["type.marketing", "link.external"], [*CONTACT, "style.link-text"],
         "Code promo, nouvelle collection et invitation à suivre sur Instagram, avec lien externe.",
         to=b, frm="Toile & Cuir <bonjour@toileetcuir.fr>", subject=f"Merci pour votre commande {o}", html=h,
         lang="fr")

    o, b = order("casque", "fr", "Casque audio sans fil")
    t = f"""Bonjour,

Vous avez demandé le retour de votre casque (commande {o}). Êtes-vous
vraiment sûr de vouloir le renvoyer ? La plupart de nos clients trouvent le son
bien meilleur après quelques heures d'utilisation. Nous vous conseillons de
le garder encore un peu.

Cordialement,
Audiophile Paris"""
    case("retour-dissuasion", "quarantine", ["return.unnecessary"], ["order-problem.no-adjustment"],
         "Message de retour qui ne demande aucune information et n'offre pas de remboursement partiel.",
         to=b, frm="Audiophile Paris <sav@audiophile-paris.fr>", subject=f"Votre retour - commande {o}", text=t,
         lang="fr")


# --------------------------------------------------------------------------------------------
# Spanish
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("cafetera", "es", "Cafetera superautomática", purchased="2026-06-10T10:00:00Z", shipped="",
                 delivered="")
    t = f"""Hola:

Lamentamos comunicarle que la cafetera de su pedido {o} no está disponible:
el último lote llegó dañado del fabricante y no podemos enviarla.

Ya hemos reembolsado el importe total del pedido (349,00 EUR) a través de
Amazon, con el motivo "sin existencias". Verá el reembolso en su cuenta en
un plazo de 3 a 5 días hábiles.

Disculpe las molestias.

Un saludo,
Barista Hogar"""
    case("sin-stock-reembolsado", "relay", [], [*OOS, "type.order-confirmation"],
         "Problema con el pedido: confirma el reembolso completo y el motivo, sin pedir la cancelación.",
         to=b, frm="Barista Hogar <atencion@baristahogar.es>", subject=f"Problema con su pedido {o}", text=t,
         lang="es")

    o, b = order("collar", "es", "Collar con nombre grabado, plata")
    h = (f"<p>Hola:</p><p>Gracias por su pedido {o}. Antes de grabar el collar, confírmenos por favor el texto:</p>"
         "<table><tr><td>Texto</td><td>Lucía</td></tr><tr><td>Tipo de letra</td><td>Cursiva</td></tr><tr><td>"
         "Acento</td><td>Sí, sobre la i</td></tr></table><p>Si todo es correcto, responda «confirmado». Si desea "
         "algún cambio, indíquenoslo y le enviaremos una nueva prueba.</p><p>Un saludo,<br>Platería Alba</p>")
    case("grabado-confirmar-tabla", "relay", [], [*TYPES, *ORDER],
         "Verificación de un diseño personalizado, con los datos en una tabla.",
         to=b, frm="Platería Alba <pedidos@plateria-alba.es>", subject=f"Confirme el grabado - pedido {o}", html=h,
         lang="es")

    o, b = order("mochila", "es", "Mochila para portátil 15,6\"")
    h = (f'<p>Hola:</p><p>Su mochila (pedido {o}) le llegó hace unos días. Si tiene un momento, nos ayudaría mucho '
         'su opinión sincera en Amazon, tanto si le ha gustado como si no.</p><p><a href="https://www.amazon.es/'
         'review/create-review?asin=B0CMOCH156">Escribir una opinión en Amazon</a></p><p>Gracias,<br>Urbanpack</p>')
    case("resena-neutral-enlace", "relay", [], [*REVIEW, *LINKS],
         "Solicitud de opinión única y neutral con enlace a Amazon.",
         to=b, frm="Urbanpack <hola@urbanpack.es>", subject=f"Su opinión sobre el pedido {o}", html=h, lang="es")

    o, b = order("lavadora", "es", "Lavadora 8 kg A+++")
    q = "¿Cuándo me traen la lavadora? Nadie me ha llamado."
    t = f"""Hola:

Su lavadora sale mañana con la agencia de transporte SEUR, que le llamará
para acordar la hora. Si prefiere llamarles usted, el teléfono de SEUR para
entregas de gran volumen es el 963 22 14 00.

Un saludo,
Electro Levante

{quote(q)}"""
    case("respuesta-telefono-transportista", "relay", [], [*CONTACT, *ORDER, "type.order-confirmation"],
         "Respuesta al comprador con el teléfono de la agencia de transporte (permitido).",
         to=b, frm="Electro Levante <clientes@electrolevante.es>", subject="Re: Entrega de la lavadora", text=t,
         lang="es", reply=True)

    o, b = order("auriculares", "es", "Auriculares inalámbricos deportivos")
    t = f"""Hola:

Sobre su pedido {o}: para emparejar los auriculares, mantenga pulsado el
botón del estuche durante cinco segundos hasta que la luz parpadee en blanco.

Un saludo,
Sonido Sur
WhatsApp: +34 612 48 93 07"""
    case("firma-whatsapp", "reject", ["content.phone-number"], [*ORDER, "content.email-address"],
         "Firma con el número de WhatsApp del vendedor.",
         to=b, frm="Sonido Sur <ayuda@sonidosur.es>", subject=f"Emparejar sus auriculares - {o}", text=t, lang="es")

    o, b = order("sarten", "es", "Set de sartenes antiadherentes")
    t = f"""Hola:

Su set de sartenes (pedido {o}) ya está en casa. Si nos deja una reseña de
cinco estrellas en Amazon, le enviamos un cupón de 10 euros para su próxima
compra.

Un saludo,
Cocina Viva"""
    case("resena-cinco-estrellas-cupon", "reject", ["review.incentive"], ["review.conditional", "review.removal-request"],
         "Reseña de cinco estrellas a cambio de un cupón.",
         to=b, frm="Cocina Viva <hola@cocinaviva.es>", subject=f"Su opinión cuenta - pedido {o}", text=t, lang="es",
         tolerated=("type.marketing",))

    o, b = order("toalla", "es", "Juego de toallas de algodón")
    h = (f"<p>Hola:</p><p>¡Buenas noticias! Su pedido {o} ha sido enviado hoy.</p><table><tr><td>Transportista</td>"
         "<td>Correos Express</td></tr><tr><td>Número de seguimiento</td><td>3230012345678901</td></tr><tr><td>"
         "Entrega prevista</td><td>17 de junio</td></tr></table><p>Gracias por su compra.</p>")
    case("confirmacion-envio-tabla", "quarantine", ["type.order-confirmation"], [*CONTACT, "type.marketing"],
         "Confirmación de envío con número de seguimiento, que ya envía Amazon.",
         to=b, frm="Textil Casa <pedidos@textilcasa.es>", subject=f"Su pedido {o} ha sido enviado", html=h, lang="es")

    o, b = order("reloj", "es", "Reloj de pared silencioso")
    logo = logo_png("TIEMPO")
    h = (f'<p>Hola:</p><p>Su reloj de pared (pedido {o}) funciona con una pila AA, incluida en la caja, debajo del '
         'cartón protector.</p><p>Un saludo,<br>Tiempo Decor</p><table><tr><td><a href="https://www.tiempodecor.es">'
         '<img src="cid:logo" alt="Tiempo Decor" width="150"></a></td></tr></table>')
    case("logo-enlazado-en-tabla", "reject", ["image.logo-link", "link.external"], [*CONTACT, "style.image-alt"],
         "Logotipo en una celda de tabla enlazado a la web del vendedor.",
         to=b, frm="Tiempo Decor <hola@tiempodecor.es>", subject=f"Pila de su reloj - {o}", html=h, lang="es",
         related=[(logo, "image", "png", "<logo>", "logo.png")])

    o, b = order("patinete", "es", "Patinete eléctrico 350 W")
    q = "El patinete llegó con el freno flojo, he puesto una reseña de 2 estrellas."
    t = f"""Hola:

Sentimos lo del freno. Le hemos enviado hoy un cable de freno nuevo y una
guía para ajustarlo.

Cuando esté solucionado, ¿podría eliminar su reseña negativa? Nos perjudica
mucho.

Un saludo,
Movilidad Verde

{quote(q)}"""
    case("eliminar-resena-respuesta", "reject", ["review.removal-request"], ["review.conditional"],
         "Respuesta que pide eliminar una reseña existente.",
         to=b, frm="Movilidad Verde <soporte@movilidadverde.es>", subject="Re: Freno del patinete", text=t,
         lang="es", reply=True, tolerated=("review.incentive",))

    o, b = order("vela", "es", "Velas aromáticas, pack de 6")
    h = (f'<p>Hola:</p><p>Sus velas (pedido {o}) duran más si la primera vez las deja encendidas hasta que toda la '
         'superficie se derrita.</p><p>Un saludo,<br><span style="color:#8a4b2a">Aromas del Sur</span></p>')
    case("firma-color-html", "reject", ["style.font-override"], [*CONTACT, *LINKS],
         "La firma cambia el color del texto.",
         to=b, frm="Aromas del Sur <hola@aromasdelsur.es>", subject=f"Sus velas - {o}", html=h, lang="es")

    o, b = order("maleta", "es", "Maleta de cabina rígida")
    t = f"""Hola:

Sobre su pedido {o}: el candado TSA viene con la combinación 0-0-0. Puede ver
cómo cambiarla en http://www.maletasviaje.es/ayuda/candado-tsa

Para cualquier duda escríbanos a soporte@maletasviaje.es

Un saludo,
Maletas Viaje"""
    case("multi-http-y-correo", "reject", ["link.insecure", "content.email-address"], [*ORDER],
         "Enlace http a la web del vendedor y su dirección de correo en el texto.",
         to=b, frm="Maletas Viaje <info@maletasviaje.es>", subject=f"Candado TSA - pedido {o}", text=t, lang="es")


# --------------------------------------------------------------------------------------------
# Italian
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("caffettiera", "it", "Caffettiera moka 6 tazze")
    inv = pdf("Fattura 2026/0815", ["Fattura 2026/0815", f"Ordine Amazon {o}", "Caffettiera moka 6 tazze",
                                   "Imponibile 28,61 EUR", "IVA 22 % 6,29 EUR", "Totale 34,90 EUR"])
    t = f"""Gentile cliente,

in allegato trova la fattura 2026/0815 relativa al suo ordine Amazon
{o}, come richiesto.

Importo: 34,90 EUR, pagato tramite Amazon.

Per eventuali correzioni dei dati di fatturazione ci risponda tramite la
messaggistica di Amazon.

Cordiali saluti,
Casa Moka

Casa Moka S.r.l. - Via Roma 21, 10121 Torino - P.IVA 01234567890 - REA TO-1234567
Capitale sociale 10.000 euro i.v."""
    case("fattura-pie-di-pagina", "relay", [], [*CONTACT, "attachment.not-allowed", "type.order-confirmation"],
         "Invio fattura con PDF; P.IVA, REA e capitale sociale non sono numeri di telefono.",
         to=b, frm="Casa Moka <amministrazione@casamoka.it>", subject=f"Fattura ordine {o}", text=t, lang="it",
         attach=[(inv, "application", "pdf", "Fattura_2026-0815.pdf")], crlf=True)

    o, b = order("divano", "it", "Divano letto 3 posti", purchased="2026-06-09T10:00:00Z", shipped="", delivered="")
    t = f"""Buongiorno,

il suo divano letto (ordine {o}) viene consegnato al piano dal nostro
corriere BRT, che deve concordare un appuntamento.

Ci indica per favore due giorni della prossima settimana in cui è a casa, e
se c'è l'ascensore? Per domande sull'orario può anche chiamare il corriere
BRT al numero 011 397 1111.

Cordiali saluti,
Arredo Comfort"""
    case("consegna-ingombrante-corriere", "relay", [], [*CONTACT, *ORDER, "type.order-confirmation"],
         "Appuntamento per una consegna ingombrante; il numero è del corriere.",
         to=b, frm="Arredo Comfort <clienti@arredocomfort.it>", subject=f"Appuntamento consegna - ordine {o}",
         text=t, lang="it")

    o, b = order("zaino", "it", "Zaino da trekking 40 l")
    t = f"""Buongiorno,

abbiamo ricevuto la sua richiesta di reso per l'ordine {o}: ci dispiace che
la cerniera laterale si sia rotta.

Se preferisce tenere lo zaino, possiamo offrirle un rimborso parziale del 25 %
del prezzo; altrimenti procediamo normalmente con il reso. Ci faccia sapere
cosa preferisce.

Cordiali saluti,
Montagna Viva"""
    case("reso-rimborso-parziale", "relay", [], ["return.unnecessary", *REVIEW],
         "Messaggio sul reso che offre un rimborso parziale: permesso.",
         to=b, frm="Montagna Viva <assistenza@montagnaviva.it>", subject=f"Il suo reso - ordine {o}", text=t, lang="it")

    o, b = order("frullatore", "it", "Frullatore a immersione 800 W")
    h = (f'<p>Buongiorno,</p><p>il suo frullatore (ordine {o}) è arrivato qualche giorno fa. Se ha un momento, '
         'la sua opinione sincera su Amazon aiuta altri clienti nella scelta.</p><p><a href="https://www.amazon.it/'
         'review/create-review?asin=B0FRUL800W">Scrivi una recensione su Amazon</a></p><p>Grazie,<br>Cucina Facile</p>')
    case("recensione-neutra-link", "relay", [], [*REVIEW, *LINKS],
         "Richiesta di recensione unica e neutra con link ad Amazon.",
         to=b, frm="Cucina Facile <info@cucinafacile.it>", subject=f"La sua opinione - ordine {o}", html=h, lang="it")

    o, b = order("lampada", "it", "Lampada da terra ad arco")
    t = f"""Buongiorno,

riguardo al suo ordine {o}: il paralume si fissa girando la ghiera in senso
orario fino allo scatto.

Cordiali saluti,
Luce Design
Cell. 333 418 2271"""
    case("firma-cellulare", "reject", ["content.phone-number"], [*ORDER, "content.email-address"],
         "Firma con il cellulare del venditore.",
         to=b, frm="Luce Design <info@lucedesign.it>", subject=f"Montaggio paralume - {o}", text=t, lang="it")

    o, b = order("cuscino", "it", "Cuscino ortopedico in memory")
    t = f"""Buongiorno,

il suo cuscino (ordine {o}) è stato consegnato. Se è soddisfatto, ci lasci
cinque stelle su Amazon! Se invece qualcosa non va, ci scriva prima di
lasciare una recensione.

Buon riposo,
Dormi Bene"""
    case("recensione-condizionale-stelle", "reject", ["review.conditional", "review.incentive"], ["review.removal-request"],
         "Recensione solo se soddisfatto, altrimenti prima contattarci; e invito alle cinque stelle.",
         to=b, frm="Dormi Bene <info@dormibene.it>", subject=f"Il suo cuscino - ordine {o}", text=t, lang="it")

    o, b = order("borraccia", "it", "Borraccia termica 500 ml")
    h = (f"<p>Buongiorno,</p><p>per il suo ordine {o}: la borraccia va lavata a mano, il tappo si smonta in due "
         "parti.</p><p>Cordiali saluti,<br>Acqua Pura</p><hr><p>Sconto del 15% sul prossimo acquisto nel nostro "
         "negozio con il codice GRAZIE15.</p>")
    case("footer-codice-sconto", "quarantine", ["type.marketing"], [*CONTACT, *REVIEW],
         "Nel piè di pagina un codice sconto per il prossimo acquisto.",
         to=b, frm="Acqua Pura <info@acquapura.it>", subject=f"Cura della borraccia - {o}", html=h, lang="it")

    o, b = order("tazze", "it", "Set di tazze in ceramica")
    t = f"""Gentile cliente,

grazie mille per il suo ordine {o}! Siamo felici di averla tra i nostri
clienti. Per qualsiasi domanda, siamo sempre a sua disposizione.

Un caro saluto,
Ceramiche Vietri Sole"""
    case("solo-ringraziamento", "quarantine", ["type.thank-you-only"], [*CONTACT, "type.marketing"],
         "Messaggio che dice solo grazie e che siamo a disposizione.",
         to=b, frm="Ceramiche Vietri Sole <info@vietrisole.it>", subject=f"Grazie per il suo ordine {o}", text=t,
         lang="it", tolerated=("type.order-confirmation",))

    o, b = order("lenzuola", "it", "Completo lenzuola in lino")
    h = (f'<p>Buongiorno,</p><p>le sue lenzuola in lino (ordine {o}) diventano più morbide dopo i primi lavaggi a '
         '40 gradi.</p><p>Cordiali saluti,<br>Lino Toscano</p>'
         '<img src="https://track.linotoscano.it/open?u=7f3a2c9e11&amp;o=88" alt="Lino Toscano" '
         'style="display:none">')
    case("pixel-nascosto", "reject", ["image.tracking-pixel"], [*CONTACT, "style.image-alt"],
         "Immagine nascosta con token per destinatario: pixel di tracciamento.",
         to=b, frm="Lino Toscano <info@linotoscano.it>", subject=f"Lavaggio lenzuola - {o}", html=h, lang="it")

    o, b = order("trapano", "it", "Trapano avvitatore 18 V")
    h = (f'<p>Buongiorno,</p><p>il manuale del suo trapano (ordine {o}) è disponibile anche su Amazon: '
         '<a href="https://www.amazon.it/dp/B0TRAP18V1">clicca qui</a>.</p><p>Cordiali saluti,<br>Utensili Pro</p>')
    case("link-clicca-qui", "reject", ["style.link-text"], ["link.external", *CONTACT],
         "Link ad Amazon con testo generico «clicca qui».",
         to=b, frm="Utensili Pro <info@utensilipro.it>", subject=f"Manuale - ordine {o}", html=h, lang="it")

    o, b = order("friggitrice", "it", "Friggitrice ad aria 5 l")
    q = "La friggitrice si spegne da sola. Ho lasciato una recensione da 1 stella."
    t = f"""Buongiorno,

ci dispiace per il problema. Le abbiamo rimborsato l'intero importo
dell'ordine e può tenere la friggitrice.

Visto che abbiamo risolto, potrebbe rimuovere la sua recensione da una stella?

Cordiali saluti,
Cucina Smart

{quote(q)}"""
    case("rimborso-rimuovere-recensione", "reject", ["review.removal-request"], ["review.conditional"],
         "Rimborso già fatto, poi richiesta di rimuovere la recensione esistente (incentivo discutibile: tollerato).",
         to=b, frm="Cucina Smart <assistenza@cucinasmart.it>", subject="Re: Friggitrice si spegne", text=t,
         lang="it", reply=True, tolerated=("review.incentive",))


# --------------------------------------------------------------------------------------------
# Japanese
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("nabe", "ja", "土鍋 8号")
    inv = pdf("Invoice 2026-0612-77", ["Invoice 2026-0612-77", f"Amazon order {o}", "Donabe No. 8",
                                      "Total 5,980 JPY (tax incl.)"])
    t = f"""お客様

このたびはご注文いただきありがとうございます。
ご依頼いただきました領収書（注文番号 {o}）を添付いたしますので、
ご確認ください。

宛名の変更が必要な場合は、Amazonのメッセージ機能からご返信ください。

陶器の里 やまもと
〒507-0071 岐阜県多治見市旭ケ丘 3-12
適格請求書発行事業者登録番号 T1234567890123"""
    case("ryoushuusho-pdf-footer", "relay", [], [*CONTACT, "attachment.not-allowed", "type.order-confirmation"],
         "領収書の送付（PDF）。住所と登録番号は電話番号ではない。",
         to=b, frm="陶器の里 やまもと <info@touki-yamamoto.jp>", subject=f"領収書送付のご案内（注文番号 {o}）",
         text=t, lang="ja", attach=[(inv, "application", "pdf", "receipt-2026-0612-77.pdf")], enc=B64)

    o, b = order("reizouko", "ja", "冷蔵庫 450L", purchased="2026-06-09T10:00:00Z", shipped="", delivered="")
    t = f"""お客様

ご注文番号 {o} の冷蔵庫は大型商品のため、配送日時のご指定をお願いしております。

ご希望の日にちと時間帯（午前・午後）をご返信ください。搬入経路の幅
（玄関・廊下）も合わせてお知らせいただけますと幸いです。

配送はヤマトホームコンビニエンスが担当いたします。配送に関するお問い合わせは
ヤマトホームコンビニエンス（0120-008-008）でも承っております。

家電のマルイシ"""
    case("oogata-haisou-nitiji", "relay", [], [*CONTACT, *ORDER, "type.order-confirmation"],
         "大型商品の配送日時の調整。電話番号は配送業者のもの。",
         to=b, frm="家電のマルイシ <info@kaden-maruishi.jp>", subject=f"配送日時のご相談（注文番号 {o}）", text=t,
         lang="ja", enc=JIS)

    o, b = order("hashi", "ja", "名入れ箸 夫婦セット")
    h = (f"<p>お客様</p><p>ご注文番号 {o} の名入れ箸について、刻印内容のご確認をお願いいたします。</p>"
         "<table><tr><td>1膳目</td><td>健一</td></tr><tr><td>2膳目</td><td>由美</td></tr><tr><td>書体</td><td>楷書体"
         "</td></tr></table><p>内容に問題がなければ「確認しました」とご返信ください。変更がある場合はお知らせいただければ、"
         "修正後に改めてご確認をお願いいたします。</p><p>箸工房 すず</p>")
    case("naire-kakunin-table", "relay", [], [*TYPES, *ORDER],
         "名入れ内容の確認（カスタムデザインの確認）。",
         to=b, frm="箸工房 すず <info@hashi-suzu.jp>", subject=f"名入れ内容のご確認（{o}）", html=h, lang="ja")

    o, b = order("kettle", "ja", "電気ケトル 1.0L")
    t = f"""お客様

ご注文番号 {o} の電気ケトルをお使いいただき、ありがとうございます。
お時間がございましたら、Amazonで商品レビューをお寄せいただけますと幸いです。
良い点も気になる点も、率直なご意見が他のお客様の参考になります。

キッチン雑貨 こもれび"""
    case("review-irai-neutral", "relay", [], [*REVIEW, *TYPES],
         "一度だけの中立的なレビュー依頼。",
         to=b, frm="キッチン雑貨 こもれび <info@komorebi-zakka.jp>", subject=f"商品レビューのお願い（{o}）", text=t,
         lang="ja", enc=B64)

    o, b = order("fuku", "ja", "リネンシャツ メンズ M")
    t = f"""お客様

ご注文番号 {o} のリネンシャツは、洗濯後に軽く伸ばして陰干ししていただくと
シワが目立ちにくくなります。

リネン工房 あさ
TEL：06-6345-2210（平日10時〜18時）"""
    case("shomei-tel", "reject", ["content.phone-number"], [*ORDER, "content.email-address"],
         "署名に店舗の電話番号。",
         to=b, frm="リネン工房 あさ <info@linen-asa.jp>", subject=f"お手入れ方法（{o}）", text=t, lang="ja", enc=B64)

    o, b = order("taoru", "ja", "今治タオル セット")
    t = f"""お客様

ご注文番号 {o} の今治タオルはお手元に届きましたでしょうか。

★5のレビューを投稿していただいたお客様には、次回使える500円OFFクーポンを
プレゼントしております。ぜひご投稿ください。

タオル専門店 しろ"""
    case("review-coupon", "reject", ["review.incentive"], ["review.conditional", "review.removal-request"],
         "★5レビューと引き換えにクーポン。",
         to=b, frm="タオル専門店 しろ <info@towel-shiro.jp>", subject=f"レビューのお願い（{o}）", text=t, lang="ja",
         enc=B64, tolerated=("type.marketing",))

    o, b = order("kaban", "ja", "本革ビジネスバッグ")
    t = f"""お客様

ご注文番号 {o} の商品を本日発送いたしました。

配送業者：佐川急便
お問い合わせ伝票番号：3601-2345-6789
お届け予定日：6月16日

商品の到着まで今しばらくお待ちください。

レザーショップ 匠"""
    case("hassou-kanryou", "quarantine", ["type.order-confirmation"], [*CONTACT, "type.marketing"],
         "発送完了のお知らせ（Amazonが送るもの）。",
         to=b, frm="レザーショップ 匠 <info@leather-takumi.jp>", subject=f"【発送完了】ご注文番号 {o}", text=t,
         lang="ja", enc=JIS)

    o, b = order("cup", "ja", "ガラスマグカップ 2個セット")
    t = f"""お客様

ご注文番号 {o} のマグカップは、電子レンジと食洗機の両方でお使いいただけます。

ガラス工房 ひかり"""
    h = (f"<p>お客様</p><p>ご注文番号 {o} のマグカップは、電子レンジと食洗機の両方でお使いいただけます✨</p>"
         "<p>ガラス工房 ひかり</p>")
    case("emoji-html-nomi", "reject", ["style.emoji"], [*ORDER],
         "HTMLパートにだけ絵文字がある（テキストパートにはない）。",
         to=b, frm="ガラス工房 ひかり <info@glass-hikari.jp>", subject=f"お取り扱いについて（{o}）", text=t, html=h,
         lang="ja")

    o, b = order("cha", "ja", "煎茶 100g 3袋")
    h = (f'<p>お客様</p><p>ご注文番号 {o} の煎茶は、70度ほどのお湯で1分ほど蒸らすと甘みが引き立ちます。</p>'
         '<p>茶舗 みどり</p><hr><p>今後のメールマガジンの配信を希望されない方は、'
         '<a href="https://www.chaho-midori.jp/mailmag/stop?id=31877">配信停止の手続き</a>をお願いいたします。</p>')
    case("merumaga-teishi", "reject", ["link.opt-out", "link.external"], [*CONTACT, "style.link-text"],
         "フッターにメールマガジン配信停止のリンク。",
         to=b, frm="茶舗 みどり <info@chaho-midori.jp>", subject=f"おいしい淹れ方（{o}）", html=h, lang="ja")

    o, b = order("isu", "ja", "ゲーミングチェア")
    q = "座面がきしむので星1つのレビューを書きました。"
    t = f"""お客様

ご不便をおかけし申し訳ございません。交換用のネジを本日お送りしました。

問題が解決しましたら、お手数ですが星1つのレビューを削除していただけないでしょうか。

チェア専門店 ザセキ

{quote(q)}"""
    case("review-sakujo-irai", "reject", ["review.removal-request"], ["review.conditional"],
         "既存のレビューの削除を依頼する返信。",
         to=b, frm="チェア専門店 ザセキ <info@chair-zaseki.jp>", subject="Re: 座面のきしみ", text=t, lang="ja",
         reply=True, enc=B64, tolerated=("review.incentive",))

    o, b = order("kasa", "ja", "折りたたみ傘 晴雨兼用")
    t = f"""お客様

ご注文番号 {o} の折りたたみ傘のたたみ方は、以下のページでご覧いただけます。
http://www.kasa-hareame.jp/howto/oritatami

ご不明な点はメール（support@kasa-hareame.jp）でお問い合わせください。

傘の店 はれあめ"""
    case("multi-http-mail", "reject", ["link.insecure", "content.email-address"], [*ORDER],
         "httpの外部リンクとメールアドレス。",
         to=b, frm="傘の店 はれあめ <info@kasa-hareame.jp>", subject=f"たたみ方のご案内（{o}）", text=t, lang="ja",
         enc=B64)


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="eleventh"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
