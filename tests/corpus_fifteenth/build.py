#!/usr/bin/env python3
"""Build the fifteenth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_fifteenth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md (with its Clarifications), not from the rule data. Its angle is mail as it leaves real
helpdesk and e-commerce tools (Zendesk, Freshdesk, Gorgias, eDesk, Help Scout, Linnworks / ChannelAdvisor
templates) and mail clients (Outlook, Gmail, Apple Mail, Thunderbird): their harmless artefacts (reply-above
markers, ticket numbers, legal and register lines, "Sent from my iPhone", quoted blocks and attributions,
format=flowed, quoted-printable soft breaks, small unlinked logos, filled macros, holiday auto-replies) must
pass; the artefacts that break a rule (satisfaction-survey links, website / social / mailto / phone lines in
signatures, unsubscribe footers, open-tracking pixels, http logos, newsletter banners, unfilled order-ID
placeholders, centred signatures, stationery fonts, right-aligned price columns) must be caught.
About half English, the rest German, French, Spanish, Italian and Japanese.
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

_rnd = random.Random(15_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "ca": "70", "com.au": "25", "de": "30", "at": "30", "fr": "40", "es": "40",
           "it": "40", "co.jp": "25"}
_TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-02T10:00:00Z", shipped="2026-06-03T08:00:00Z", delivered="2026-06-06T12:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
PRODUCER = "fifteenth-corpus 1.0"

# every rule a message body can trip; a case's `absent` is this list minus its rules and tolerated rules
ALL = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "language.mismatch",
       "type.order-confirmation", "type.thank-you-only", "type.marketing", "review.incentive",
       "review.removal-request", "review.conditional", "order-problem.cancellation-request",
       "order-problem.no-adjustment", "return.unnecessary", "link.insecure", "link.external", "link.opt-out",
       "attachment.not-allowed", "image.logo-link", "image.tracking-pixel", "image.product-photo",
       "content.email-address", "content.phone-number", "content.sensitive", "style.link-text", "style.image-alt",
       "style.emoji", "style.animated-gif", "style.margin", "style.image-width", "style.font-override",
       "style.font-sizes", "style.alignment", "style.line-breaks", "image.insecure"]


def _d(day: int) -> str:
    return mail_date(day, "10:15:00", "+0100")


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str,
         text: str | None = None, html: str | None = None, lang: str = "en", day: int = 12, reply: bool = False,
         tolerated: tuple[str, ...] = (), enc: dict | None = None, related=(), attach=(),
         headers: tuple[tuple[str, str], ...] = (), flowed: bool = False, qp_width: int = 0) -> None:
    hdrs = [*(reply_headers(f"0100018f.e15.{slug[:24]}") if reply else []), *headers]
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    if html is not None and not html.lstrip().lower().startswith(("<!doctype", "<html")):
        html = page(html, lang)
    tol = (*tolerated, "content.spelling")
    absent = [r for r in ALL if r not in rules and r not in tol]
    body = None if text is None else text.strip("\n") + "\n"
    if flowed and body is not None:
        # format=flowed: a soft line end is a trailing space, written "~" here; "--" is the signature delimiter
        body = body.replace("~\n", " \n").replace("\n--\n", "\n-- \n")
    msg = mk(frm, to, subject, _d(day), f"<n15.{slug}@{dom}>", headers=hdrs, text=body, html=html,
             related=related, attach=attach, **(enc or {}))
    if flowed:
        msg.set_param("format", "flowed")
    if qp_width:
        # a tool that breaks quoted-printable lines at a fixed column, in the middle of words and numbers
        msg.set_payload(qp_fixed(body or "", qp_width))
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol)


def qp_fixed(text: str, width: int) -> str:
    out: list[str] = []
    for line in text.split("\n"):
        toks = []
        for i, ch in enumerate(line):
            if ch == "=" or ord(ch) > 126 or (ch == " " and i == len(line) - 1):
                toks.append("".join(f"={b:02X}" for b in ch.encode("utf-8")))  # an escape is never split
            else:
                toks.append(ch)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > width - 1:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return "\n".join(out)


def pdf(title: str, lines: list[str]) -> bytes:
    return make_pdf(title, lines, producer=PRODUCER)


def icon(letter: str) -> bytes:
    return banner_png(letter, 24, 24, bg=(40, 60, 120), fg=(255, 255, 255))


DISCLAIMER = """This e-mail and any files transmitted with it are confidential and intended solely for the
use of the individual to whom they are addressed. If you have received this e-mail in error, please
notify the sender by reply and delete it. Any views expressed are those of the author and do not
necessarily represent those of the company. We process personal data in line with the UK GDPR and
only for the purpose of handling your order."""

GMAIL_Q = 'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"'


# --------------------------------------------------------------------------------------------
# English
# --------------------------------------------------------------------------------------------

def cases_en() -> None:  # noqa: PLR0915 - one long list of cases
    o, b = order("zd-marker", "en", "Linen Duvet Cover, King, Sage", tld="co.uk")
    case("zendesk-reply-marker-request-id", "relay", [],
         "Zendesk reply with the 'type your reply above this line' marker and a request ID next to the order ID: "
         "tool artefacts, nothing forbidden.",
         to=b, frm="Loom & Lavender Support <support@loomandlavender.co.uk>", reply=True,
         subject=f"[Request ID: 98123] Re: Duvet cover size - order {o}",
         headers=(("X-Mailer", "Zendesk Mailer"),), text=f"""##- Please type your reply above this line -##

Your request (98123) has been updated. To add additional comments, reply to this email.

Hi,

Thanks for checking before washing. The King duvet cover from order {o}
measures 225 x 220 cm and fits a 10.5 tog king duvet. The linen shrinks by
about 2% on the first wash at 40 degrees, which is already allowed for in
the size, so it will still fit.

Dry it flat or on a low tumble setting and it will soften with every wash.

Best wishes,
Priya
Loom & Lavender Customer Care

[Request ID: 98123]""")

    o, b = order("fd-ticket", "en", "Oak Bookshelf 5-Tier", shipped="", delivered="")
    case("freshdesk-ticket-number-address", "relay", [],
         "Freshdesk proactive message: the ticket number sits beside the order ID; the seller asks for the "
         "missing house number, needed to deliver.",
         to=b, frm="Oakden Furniture <help@oakden-furniture.com>",
         subject=f"[#48213] Missing house number for order {o}",
         headers=(("X-Mailer", "Freshdesk"),), text=f"""Hello,

We are getting your oak bookshelf (order {o}) ready for the courier,
but the delivery address has no house number or name, only the street:
"Willow Crescent, Dayton, OH 45402".

Could you reply with the house number? The courier cannot deliver a
freight item without it, and we would rather hold the parcel for a day
than have it returned.

Kind regards,
Marcus
Oakden Furniture

Ticket #48213""")

    o, b = order("engrave", "en", "Personalised Slate Cheese Board", tld="co.uk", shipped="", delivered="")
    case("custom-proof-legal-footer", "relay", [],
         "Verifying a custom design, with a long confidentiality / GDPR disclaimer and company and VAT "
         "registration lines in the signature: register numbers are not phone numbers.",
         to=b, frm="Slate & Stone Gifts <orders@slateandstone.co.uk>",
         subject=f"Please check your engraving text - order {o}", text=f"""Dear customer,

Before we engrave your slate cheese board (order {o}) we would like you
to confirm the text exactly as it will appear:

    Line 1: For Nan & Grandad
    Line 2: 60 years - 14.06.1966

Please reply "confirmed" or send us the corrected wording. We engrave
only after your confirmation, so nothing is cut yet.

Kind regards,
Ellie Turner
Slate & Stone Gifts Ltd

Registered in England and Wales, company no. 08123456.
Registered office: 4 Mill Lane, Leeds LS1 4AP. VAT reg. no. GB 294 7716 52.

{DISCLAIMER}""")

    o, b = order("iphone", "en", "Bamboo Bath Mat")
    q = quote("Hi, does the bath mat need oiling before first use? Thanks")
    case("sent-from-my-iphone-reply", "relay", [],
         "A short but real answer typed on a phone, with 'Sent from my iPhone' and the buyer's question quoted.",
         to=b, frm="Greenstep Home <hello@greenstep-home.com>", reply=True,
         subject=f"Re: Question about order {o}", text=f"""Hi there,

No oiling needed before first use. The mat from order {o} is already
sealed; just let it dry standing up after each shower. If it ever looks
pale after some months, a thin coat of mineral oil brings it back.

Dan

Sent from my iPhone

On 10 Jun 2026, at 19:04, {b} wrote:

{q}""")

    o, b = order("outlook-q", "en", "Cast Iron Casserole 24 cm", tld="co.uk")
    case("outlook-quoted-header-names-only", "relay", [],
         "Outlook plain-text reply: the quoted From/Sent/To/Subject block shows the buyer's own relay address "
         "(the recipient) and the shop's display name only.",
         to=b, frm="Hartley Kitchen <service@hartleykitchen.co.uk>", reply=True,
         subject=f"RE: Lid knob - order {o}", text=f"""Hello,

The lid knob on the casserole from order {o} is rated to 190 degrees C,
so it is fine in the oven at the temperature in your recipe. Above that,
simply unscrew it and bake with the lid on; the thread will not damage.

Kind regards,
Sophie
Hartley Kitchen

-----Original Message-----
From: Amazon Marketplace buyer <{b}>
Sent: 11 June 2026 18:42
To: Hartley Kitchen
Subject: Lid knob - order {o}

Hello, can the lid go in the oven at 220 degrees? The knob looks like
plastic. Regards, Tom""")

    o, b = order("gmail", "en", "Wool Throw Blanket, Charcoal")
    h = (f'<div dir="ltr"><div>Hi Karen,</div><div><br></div><div>The throw from order {o} is pure lambswool, so '
         "please hand wash it cold with a wool detergent and dry it flat. It can also go in the wool cycle of "
         "most machines at 30 degrees.</div><div><br></div><div>Best,</div><div>Nina</div>"
         '<div dir="ltr" class="gmail_signature">Nina Patel<br>Highland Weave</div></div><br>'
         '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Wed, 10 Jun 2026 at 09:12, &lt;'
         f'<a href="mailto:{b}">{b}</a>&gt; wrote:<br></div><blockquote class="gmail_quote" {GMAIL_Q}>'
         '<div dir="ltr">Can I put the blanket in the washing machine?</div></blockquote></div>')
    case("gmail-html-quote-attribution", "relay", [],
         "Gmail HTML reply: the attribution links the buyer's own relay address (ignored), the blockquote has "
         "an ex margin and a grey border colour (not a text colour).",
         to=b, frm="Highland Weave <nina@highlandweave.com>", reply=True,
         subject=f"Re: Washing the throw (order {o})", html=h, tolerated=("style.link-text",),
         text=f"Hi Karen,\n\nThe throw from order {o} is pure lambswool, so please hand wash it cold with a wool "
              "detergent and dry it flat.\n\nBest,\nNina")

    o, b = order("sofa", "en", "3-Seater Sofa, Velvet Navy", shipped="", delivered="")
    case("thunderbird-flowed-bulky-delivery", "relay", [],
         "Thunderbird format=flowed plain text (soft line ends) scheduling the delivery of a bulky item.",
         to=b, frm="Northway Sofas <deliveries@northwaysofas.com>", flowed=True, enc={"cte": "7bit"},
         subject=f"Delivery day for your sofa - order {o}", text=f"""Hello,

Your sofa (order {o}) is ready to leave our warehouse. It travels with~
a two-person crew, who carry it to the room of your choice, so we need~
to book a day with you.

The crew is in your area on Thursday 18 June or Monday 22 June, between~
8 am and 1 pm. Which day suits you? If neither works, tell us a day in~
the following week and we will check the route.

Thank you,
Lena

--
Northway Sofas - Deliveries""")

    o, b = order("qp", "en", "Ceramic Planter Set of 3", tld="ca")
    case("qp-soft-breaks-inside-words", "relay", [],
         "A tool that breaks quoted-printable lines at a fixed column, inside words and inside the order ID; "
         "the message asks the information needed for a return.",
         to=b, frm="Terrace Pots <returns@terracepots.ca>",
         subject=f"Your return request for order {o}", qp_width=75, text=f"""Hello,

We received your return request for the ceramic planters from order {o} and we want to make it quick for you.

Could you tell us which of the three planters arrived cracked (small, medium or large), and whether the crack goes all the way through or is only in the glaze? That decides whether we send a return label or a replacement.

Many thanks,
Terrace Pots returns team""")

    o, b = order("invoice", "en", "Soy Candle Trio, Fig & Cedar")
    logo = logo_png("BRIGHTWICK")
    h = (f"<p>Hello,</p><p>As requested, the VAT invoice for order {o} is attached as a PDF. It shows the "
         "candles at the net price, the VAT and the shipping line separately.</p><p>Kind regards,<br>"
         'Olivia<br>Brightwick Candles</p><p><img src="cid:logo" alt="Brightwick Candles" width="150" '
         'height="44"></p>')
    case("html-signature-small-logo-invoice", "relay", [],
         "Invoice sent on request, HTML signature with a small unlinked logo that has alt text.",
         to=b, frm="Brightwick Candles <accounts@brightwick.com>", subject=f"Your invoice for order {o}",
         html=h, related=[(logo, "image", "png", "<logo>", "brightwick.png")],
         attach=[(pdf("Invoice BW-20417", ["Invoice BW-20417", f"Order {o}", "Soy Candle Trio  29.00",
                                           "VAT  5.80", "Total  34.80"]), "application", "pdf",
                  "Invoice-BW-20417.pdf")])

    o, b = order("review", "en", "Stainless Steel Water Bottle 750 ml")
    h = (f"<p>Hi Margaret,</p><p>Your water bottle from order {o} arrived last week. If you have a moment, "
         "we would value an honest review on Amazon, whatever your experience has been so far. It helps other "
         "buyers choose.</p><p><a href=\"https://www.amazon.com/review/create-review?asin=B0D5WTRB75\">Write "
         "a review of the water bottle on Amazon</a></p><p>Thanks,<br>Sam at Trailflask</p>")
    case("helpscout-macro-filled-review", "relay", [],
         "Help Scout saved reply with its placeholders filled: a neutral review request with an Amazon link.",
         to=b, frm="Trailflask <sam@trailflask.com>", subject=f"How is your bottle? (order {o})", html=h,
         headers=(("X-Mailer", "Help Scout"),))

    o, b = order("holiday", "en", "Hand-thrown Serving Bowl", tld="co.uk")
    case("holiday-autoreply-return-date", "relay", [],
         "Auto-reply to a buyer's message: the team is away and answers on a given date; a reply, so the "
         "thank-you-only rule does not apply, and there is no phone or address.",
         to=b, frm="Millbrook Pottery <studio@millbrookpottery.co.uk>", reply=True,
         headers=(("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")),
         subject=f"Automatic reply: Re: Order {o}", text=f"""Hello,

Thank you for your message about order {o}. Our studio is closed for the
summer kiln firing from 13 June until 21 June. We will read your message
and reply on Monday 22 June.

If your question is about a breakage in transit, please keep the box and
the packaging until then; we will sort out a replacement as soon as we
are back.

Millbrook Pottery""")

    o, b = order("edesk", "en", "Cordless Hand Blender 600W")
    case("edesk-troubleshooting-warranty-line", "relay", [],
         "Several paragraphs of real troubleshooting from an eDesk template; the only phone number is the "
         "manufacturer's warranty line.",
         to=b, frm="Kitchenry Direct <care@kitchenry-direct.com>", reply=True,
         subject=f"Re: Blender stops after a few seconds [{o}]", text=f"""Hello Mr Byrne,

Sorry to hear the hand blender from order {o} cuts out. In most cases
this is the overheating guard, which trips when the blade is used for more
than 60 seconds at a time in thick mixtures.

Please try this: let the motor cool for 15 minutes, then blend in bursts of
20 seconds with a short pause in between. Also check that the blade shaft
is clicked fully into the motor unit; a half-seated shaft makes the safety
switch cut the power.

If it still stops, the unit is covered by the manufacturer's two-year
warranty. The manufacturer's warranty line is 0800 917 3344 (Mon-Fri);
they will arrange a collection. Of course you can also return it to us
within the Amazon return window instead.

Best regards,
Aoife
Kitchenry Direct""")

    o, b = order("placeholder-name", "en", "Kids' Rain Jacket, 6-7 years")
    case("unfilled-name-placeholder-reply", "relay", [],
         "A macro whose first-name placeholder stayed unfilled: awkward, but no guideline forbids it (at most "
         "a spelling warning); the rest is a real answer.",
         to=b, frm="Puddlejump Kids <team@puddlejump.com>", reply=True,
         subject=f"Re: Jacket sizing for order {o}", text=f"""Hi {{{{ticket.requester.first_name}}}},

The rain jacket in order {o} is cut generously: the 6-7 size has a chest of
76 cm and a back length of 52 cm, so there is room for a fleece underneath.
If your son is tall for his age, the 8-9 size will still fit at the shoulders.

Cheers,
Puddlejump Kids support""")

    o, b = order("apple", "en", "Leather Watch Strap 20 mm")
    h = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
         '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
         f"<div>Hi,</div><div><br></div><div>The strap from order {o} has quick-release pins: push the small "
         "lever on the back of each pin and the strap lifts out, no tools needed.</div><div><br></div>"
         '<div>Jonas</div><div><br><div dir="ltr">Sent from my iPad</div></div></body></html>')
    case("apple-mail-body-style", "relay", [],
         "Apple Mail HTML: the body's style sets word wrapping and line-break (not line-height), and the "
         "'Sent from my iPad' line.",
         to=b, frm="Strapcraft <jonas@strapcraft.com>", reply=True, subject=f"Re: Changing the strap ({o})",
         html=h)

    o, b = order("tb-html", "en", "Linen Apron, Rust")
    h = (f"<p>Hello,</p><p>Yes, the apron from order {o} has a cross-back design without ties at the neck, so "
         "it goes over the head and adjusts by the waist loops.</p><p>Regards,<br>Agnes</p>"
         '<div class="moz-cite-prefix">On 11/06/2026 08:40, Amazon buyer wrote:<br></div>'
         f'<blockquote type="cite" cite="mid:0100018f.e15.tb@amazonses.com">Does the apron tie at the neck?'
         '</blockquote><pre class="moz-signature" cols="72">-- \nAgnes Wilde\nRust &amp; Thread</pre>')
    case("thunderbird-html-cite", "relay", [],
         "Thunderbird HTML reply: a cite prefix, a blockquote whose cite attribute holds a mid: reference (not a "
         "link), and a preformatted signature.",
         to=b, frm="Rust & Thread <agnes@rustandthread.com>", reply=True, subject=f"Re: Apron ({o})", html=h)

    o, b = order("linnworks-delay", "en", "Garden Storage Bench 120 cm", shipped="", delivered="")
    case("linnworks-plain-delay-table", "relay", [],
         "Linnworks plain-text template announcing a dispatch delay, with an order line table (SKU, quantity, "
         "price): the guidelines require this notice.",
         to=b, frm="Yardline Outdoor <orders@yardline-outdoor.com>", subject=f"Dispatch update for order {o}",
         text=f"""Hello,

The storage bench in your order is taking longer than planned: our
supplier's delivery reached us damaged and the replacement arrives on
19 June. We will dispatch your bench on 20 June, three days later than
the date shown at checkout.

Order:    {o}
SKU:      YL-BEN-120-GRY
Item:     Garden Storage Bench 120 cm
Qty:      1
Price:    $189.00

We are sorry for the wait.

Yardline Outdoor""")

    o, b = order("gorgias-ticket", "en", "Merino Running Socks, 3 pairs", tld="com.au")
    case("gorgias-ticket-number-sizes", "relay", [],
         "A reply with a seven-digit helpdesk ticket number and a request number near the order ID: neither is "
         "a phone number.",
         to=b, frm="Fleetfoot <crew@fleetfoot.com.au>", reply=True,
         subject=f"Re: Swap sizes - order {o} (Ticket 4821397)", text=f"""Hi Chris,

Happy to help with the swap. For order {o} please send the medium pairs
back unworn; once they arrive we send the large ones the same day.

Your ticket number is 4821397 and the swap request is RMA 20931, in case
you write to us again.

Cheers,
Ben
Fleetfoot""")

    # -- violations --
    o, b = order("csat", "en", "Silk Pillowcase, Champagne")
    h = (f"<p>Hi Laura,</p><p>The pillowcase from order {o} can be washed at 30 degrees in a laundry bag on the "
         "delicate cycle.</p><p>Best,<br>Mia, Silkwell</p><hr><p>How would you rate the support you "
         "received?</p><p><a href=\"https://silkwell.zendesk.com/requests/48213/satisfaction/new/good?"
         "token=Xk29sPq7\">Great</a> &nbsp; <a href=\"https://silkwell.zendesk.com/requests/48213/satisfaction/"
         "new/okay?token=Xk29sPq7\">Okay</a> &nbsp; <a href=\"https://silkwell.zendesk.com/requests/48213/"
         "satisfaction/new/bad?token=Xk29sPq7\">Bad</a></p>")
    case("zendesk-csat-rating-links", "reject", ["link.external"],
         "A support-rating survey appended by the helpdesk links to the helpdesk host: an external link not "
         "needed to complete the order.",
         to=b, frm="Silkwell <support@silkwell.com>", reply=True, subject=f"Re: Washing (order {o})", html=h,
         tolerated=("style.link-text",))

    o, b = order("website-sig", "en", "Copper Watering Can 1.5 L", tld="co.uk")
    case("signature-shop-website", "reject", ["link.external"],
         "Plain-text signature carries the shop's own website.",
         to=b, frm="Potting Shed Co <hello@pottingshed.co.uk>", reply=True,
         subject=f"Re: Spout came loose - order {o}", text=f"""Hello,

The spout on the watering can from order {o} is a push fit with a rubber
seal. Twist it gently while pushing and it will seat again; if the seal has
slipped out, we will post you a new one free of charge.

Warm regards,
Jack
The Potting Shed Co
https://www.pottingshed.co.uk""")

    o, b = order("social", "en", "Organic Cotton Tote Bag")
    h = (f"<p>Hello,</p><p>The tote bag in order {o} is machine washable at 30 degrees; wash it inside out to "
         "protect the print.</p><p>Kind regards,<br>Ruth at Fernleaf</p><p>Follow us for new designs:<br>"
         '<a href="https://www.facebook.com/fernleafbags"><img src="cid:fb" alt="Facebook" width="24" '
         'height="24"></a> <a href="https://www.instagram.com/fernleafbags"><img src="cid:ig" alt="Instagram" '
         'width="24" height="24"></a></p>')
    case("signature-social-icons", "reject", ["link.external", "image.logo-link", "type.marketing"],
         "Signature with 'follow us' social icons linking to Facebook and Instagram: external links, images "
         "inside links to non-Amazon sites, and a social-media follow request.",
         to=b, frm="Fernleaf Bags <ruth@fernleafbags.com>", reply=True, subject=f"Re: Washing the tote ({o})",
         html=h, related=[(icon("f"), "image", "png", "<fb>", "facebook.png"),
                          (icon("ig"), "image", "png", "<ig>", "instagram.png")])

    o, b = order("mailto", "en", "Bamboo Cutlery Organiser")
    h = (f"<p>Hello,</p><p>The organiser from order {o} expands from 33 to 53 cm; pull the side tray out until "
         "it touches the drawer wall.</p><p>Best regards,<br>Theo<br>Tidyhome Supplies<br>"
         '<a href="mailto:support@tidyhome-supplies.com">Email our support team</a></p>')
    case("signature-mailto", "reject", ["content.email-address"],
         "The HTML signature links a mailto: address.",
         to=b, frm="Tidyhome Supplies <theo@tidyhome-supplies.com>", reply=True, subject=f"Re: Drawer size ({o})",
         html=h)

    o, b = order("phone-sig", "en", "Memory Foam Pillow", tld="co.uk")
    case("signature-support-phone", "reject", ["content.phone-number"],
         "The signature gives the shop's own customer-service line, not a warranty, carrier or manufacturer "
         "number.",
         to=b, frm="Dreamdeep Bedding <care@dreamdeep.co.uk>", reply=True,
         subject=f"Re: Pillow smell - order {o}", text=f"""Hello,

A light smell from a new memory foam pillow is normal and fades within
two or three days. Take the pillow out of its cover and let it air in a
ventilated room; do not put the foam in the washing machine.

The pillow is from order {o}, so you can still return it if the smell
stays after a week.

Best wishes,
Hannah
Dreamdeep Bedding
Customer service: +44 (0)161 496 0734 (Mon-Fri 9am-5pm)""")

    o, b = order("unsub", "en", "Yoga Block Set, Cork")
    h = (f"<p>Hi,</p><p>The cork blocks from order {o} may smell of cork for the first days; that is the natural "
         "material and it fades. Wipe them with a damp cloth only.</p><p>Namaste,<br>Corkflow</p>"
         '<p style="font-size:11px">You are receiving this email because you purchased from Corkflow. '
         '<a href="https://corkflow.freshdesk.com/unsubscribe?u=8f2k1">Unsubscribe</a> | '
         '<a href="https://corkflow.freshdesk.com/preferences?u=8f2k1">Manage email preferences</a></p>')
    case("helpdesk-unsubscribe-footer", "reject", ["link.opt-out", "link.external"],
         "The helpdesk added an unsubscribe / manage-preferences footer: an opt-out link to an external host.",
         to=b, frm="Corkflow <hello@corkflow.com>", subject=f"Caring for your cork blocks (order {o})", html=h)

    o, b = order("pixel", "en", "Enamel Camping Mug 350 ml")
    h = (f"<p>Hello,</p><p>The enamel mug from order {o} is safe on a camping stove and over embers; only avoid "
         "heating it empty.</p><p>Regards,<br>Owen, Ridgeline Camp</p>"
         '<img src="https://ridgeline.helpscoutapp.net/o/open/9c1e2b4d7f3a?c=u83kd02&amp;m=55419" width="1" '
         'height="1" alt="" style="display:block">')
    case("helpdesk-open-pixel", "reject", ["image.tracking-pixel", "style.image-alt"],
         "The helpdesk adds a 1x1 remote image with a per-recipient token (open tracking), without alt text.",
         to=b, frm="Ridgeline Camp <owen@ridgelinecamp.com>", reply=True, subject=f"Re: Mug on the stove ({o})",
         html=h)

    o, b = order("http-logo", "en", "Beeswax Food Wraps, 6 pack")
    h = (f"<p>Hello,</p><p>The wraps from order {o} last about a year. Wash them in cool water with a little "
         "soap and keep them away from the oven and microwave.</p><p>Kind regards,<br>Bee Kind Wraps</p>"
         '<p><img src="http://cdn.beekindwraps.com/mail/logo-small.png" alt="Bee Kind Wraps" width="140" '
         'height="40"></p>')
    case("signature-http-logo", "reject", ["image.insecure"],
         "The signature logo loads over http (not linked, with alt text).",
         to=b, frm="Bee Kind Wraps <hello@beekindwraps.com>", reply=True, subject=f"Re: How long do they last? ({o})",
         html=h)

    o, b = order("newsletter", "en", "Whole Bean Coffee, Ethiopia 1 kg", tld="co.uk")
    case("footer-newsletter-signup", "quarantine", ["type.marketing"],
         "A real grind answer, but the template footer promotes a newsletter with a discount on the next order.",
         to=b, frm="Roastery Nine <beans@roasterynine.co.uk>", reply=True,
         subject=f"Re: Grind for a moka pot - order {o}", text=f"""Hello,

For a moka pot, grind the beans from order {o} a little finer than for
filter but coarser than espresso, like table salt. Fill the basket level
without pressing.

Happy brewing,
Roastery Nine

---
Join the Roastery Nine newsletter and get 10% off your next order, plus
early access to our seasonal roasts.""")

    o, b = order("placeholder-oid", "en", "Ergonomic Office Chair", shipped="", delivered="")
    case("unfilled-order-id-placeholder", "reject", ["order-id.missing"],
         "A proactive macro whose order-ID placeholder stayed unfilled: the message names no order ID.",
         to=b, frm="Sitwell Office <orders@sitwelloffice.com>",
         subject="Delivery question for order {{order.amazon_order_id}}", text="""Hello,

We are about to book the courier for your office chair (order
{{order.amazon_order_id}}). The box weighs 24 kg; is there a lift at the
delivery address, or should the courier plan a two-person delivery to
your floor?

Thank you,
Sitwell Office""")

    o, b = order("centered", "en", "Glass Teapot 1 L with Infuser")
    h = (f"<p>Hello,</p><p>The glass teapot from order {o} can go on a gas hob at a low flame with a heat "
         "diffuser; do not use it on an electric or induction plate.</p><p>Kind regards,</p>"
         '<div style="text-align:center">Leafhouse Teas<br>Tea for every day</div>')
    case("centred-signature-block", "reject", ["style.alignment"],
         "The signature block is centred (text-align:center).",
         to=b, frm="Leafhouse Teas <hello@leafhouseteas.com>", reply=True, subject=f"Re: Teapot on the hob ({o})",
         html=h)

    o, b = order("outlook-font", "en", "Electric Kettle, Matte Black", tld="co.uk")
    h = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8"><style>'
         'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",'
         "sans-serif;}</style></head><body lang=\"EN-GB\"><div class=\"WordSection1\">"
         '<p class="MsoNormal">Hello,</p><p class="MsoNormal">The limescale filter in the kettle from order '
         f'{o} lifts out from the spout side; rinse it under the tap once a week.</p>'
         '<p class="MsoNormal"><span style="font-family:&quot;Segoe UI&quot;,sans-serif">Kind regards,<br>'
         "Graham<br>Brewline Appliances</span></p></div></body></html>")
    case("outlook-stationery-font", "reject", ["style.font-override"],
         "Outlook HTML carries the client's default stationery fonts (Calibri in the style sheet, Segoe UI on "
         "the signature).",
         to=b, frm="Brewline Appliances <graham@brewline.co.uk>", reply=True,
         subject=f"RE: Kettle filter - order {o}", html=h)

    o, b = order("zd-grey", "en", "Silicone Baking Mats, 2 pack")
    h = ('<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>'
         f"<p>Hello,</p><p>Yes, the baking mats from order {o} are oven safe up to 250 degrees C and can go in "
         "the dishwasher (top rack).</p><p>Regards,<br>Ivy, Bakeright</p>")
    case("zendesk-grey-reply-marker", "reject", ["style.font-override"],
         "The helpdesk's reply-above marker is set in a grey text colour: a font colour override.",
         to=b, frm="Bakeright <support@bakeright.com>", reply=True, subject=f"Re: Oven temperature ({o})", html=h)

    o, b = order("outlook-to", "en", "Walnut Chopping Board", tld="co.uk")
    case("outlook-quoted-shop-address", "reject", ["content.email-address"],
         "Outlook's quoted header block shows the shop's own mailbox address in the To: line: an email address "
         "in the body, quoted or not.",
         to=b, frm="Grain & Co <orders@grainandco.co.uk>", reply=True, subject=f"RE: Oiling the board - order {o}",
         text=f"""Hello,

Use food-safe mineral oil or board butter on the walnut board from order
{o}, once a month at first. Never use olive or vegetable oil, which go
rancid in the wood.

Best regards,
Will
Grain & Co

________________________________
From: Amazon buyer <{b}>
Sent: Thursday, June 11, 2026 7:20 PM
To: Grain & Co <orders@grainandco.co.uk>
Subject: Oiling the board - order {o}

Which oil should I use on the board?""")

    o, b = order("buyer-email", "en", "Travel Adapter, Universal")
    q = quote("Hi, the adapter does not fit the sockets in Brazil. Can you send the\n"
              "manual to my work address dana.whitlock@lumenbridge-consulting.com? Thanks, Dana")
    case("quoted-buyer-private-address", "reject", ["content.email-address"],
         "The seller's reply quotes the buyer's message, which contains a private email address: the guidelines "
         "forbid email addresses, quoted or not (RULES.md Clarifications).",
         to=b, frm="Voyagegear <help@voyagegear.com>", reply=True, subject=f"Re: Brazil sockets ({o})",
         text=f"""Hello Dana,

Brazil uses type N sockets; the adapter from order {o} covers them with the
slider set to position 4 (the three round pins). The manual is also on the
product page on Amazon under "Product guides and documents".

Kind regards,
Voyagegear

On Thu, 11 Jun 2026 at 21:03, {b} wrote:
{q}""")

    o, b = order("poweredby", "en", "Adjustable Dumbbells 2 x 10 kg")
    h = (f"<p>Hi,</p><p>The dumbbell plates for order {o} lock with the dial; turn it until it clicks at the "
         "weight you want and lift straight up out of the tray.</p><p>Regards,<br>Irongrip Fitness</p>"
         '<p style="font-size:11px"><a href="https://www.edesk.com/?utm_source=mail_footer">Powered by '
         "eDesk</a></p>")
    case("powered-by-helpdesk-link", "reject", ["link.external"],
         "The helpdesk's 'Powered by' footer links to the vendor's website.",
         to=b, frm="Irongrip Fitness <support@irongripfitness.com>", reply=True,
         subject=f"Re: Changing the weight ({o})", html=h)

    o, b = order("align-price", "en", "Bird Feeder Station")
    h = (f"<p>Hello,</p><p>As requested, here is the breakdown of order {o} for your records:</p>"
         '<table cellpadding="4"><tr><th>Item</th><th align="right">Price</th></tr><tr><td>Bird Feeder Station'
         '</td><td align="right">$54.99</td></tr><tr><td>Shipping</td><td align="right">$6.50</td></tr><tr><td>'
         'Total</td><td align="right">$61.49</td></tr></table><p>Regards,<br>Wingspan Garden</p>')
    case("template-right-aligned-prices", "reject", ["style.alignment"],
         "A ChannelAdvisor-style order table with right-aligned price cells (align=right).",
         to=b, frm="Wingspan Garden <orders@wingspangarden.com>", reply=True,
         subject=f"Re: Price breakdown for order {o}", html=h)

    o, b = order("outlook-empty", "en", "Cotton Bath Towels, 4 pack", tld="co.uk")
    h = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8"><style>'
         'p.MsoNormal {margin:0cm; font-family:"Aptos",sans-serif;}</style></head><body>'
         f'<p class="MsoNormal">Hello,</p><p class="MsoNormal">The towels from order {o} are 600 gsm; wash them '
         "at 40 degrees without fabric softener so they stay absorbent.</p>"
         '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
         '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Kind regards,<br>Fiona<br>'
         "Softloop Home</p></body></html>")
    case("outlook-empty-paragraphs", "reject", ["style.line-breaks", "style.font-override"],
         "Outlook HTML with three empty <o:p>&nbsp;</o:p> paragraphs in a row and its stationery font family.",
         to=b, frm="Softloop Home <fiona@softloophome.co.uk>", reply=True, subject=f"RE: Towels ({o})", html=h)


# --------------------------------------------------------------------------------------------
# Deutsch
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = order("ipad", "de", "Teekanne Gusseisen 0,8 l")
    case("von-meinem-ipad-impressum", "relay", [],
         "Antwort vom iPad mit Impressum (Amtsgericht, HRB, USt-IdNr.): Registernummern sind keine "
         "Telefonnummern.",
         to=b, frm="Teehaus Lindner <service@teehaus-lindner.de>", reply=True,
         subject=f"AW: Rost an der Teekanne – Bestellung {o}", text=f"""Guten Tag Frau Berger,

die Teekanne aus Ihrer Bestellung {o} ist innen emailliert; die dunklen
Stellen am Rand sind kein Rost, sondern Teesatz. Bitte nur mit warmem
Wasser ausspülen und offen trocknen lassen, kein Spülmittel verwenden.

Mit freundlichen Grüßen
Anna Lindner

Von meinem iPad gesendet

Teehaus Lindner GmbH · Geschäftsführerin: Anna Lindner
Amtsgericht München HRB 212345 · USt-IdNr.: DE 298765432""")

    o, b = order("outlook-de", "de", "Fahrradkorb Weide, vorne")
    case("outlook-zitat-von-gesendet", "relay", [],
         "Outlook-Antwort mit zitiertem Block (Von/Gesendet/An/Betreff): nur die Relay-Adresse des Käufers und der "
         "Anzeigename des Shops.",
         to=b, frm="Radkorb Manufaktur <kontakt@radkorb-manufaktur.de>", reply=True,
         subject=f"AW: Befestigung – Bestellung {o}", text=f"""Hallo Herr Wendt,

der Weidenkorb aus Bestellung {o} passt an Lenker von 22 bis 25,4 mm
Durchmesser. Die Halterung wird mit den zwei beiliegenden Schellen
festgezogen; ein Werkzeug ist nicht nötig.

Viele Grüße
Karin Hoss
Radkorb Manufaktur

-----Ursprüngliche Nachricht-----
Von: Amazon-Käufer <{b}>
Gesendet: Donnerstag, 11. Juni 2026 17:55
An: Radkorb Manufaktur
Betreff: Befestigung – Bestellung {o}

Passt der Korb an einen Lenker mit 25 mm?""")

    o, b = order("tel-de", "de", "Rasenkantenschere Akku")
    case("signatur-telefon-fax", "reject", ["content.phone-number"],
         "Signatur mit der eigenen Telefon- und Faxnummer des Shops (keine Garantie-, Versand- oder "
         "Herstellernummer).",
         to=b, frm="Gartengerät Pohl <service@gartengeraet-pohl.de>", reply=True,
         subject=f"AW: Akku lädt nicht – Bestellung {o}", text=f"""Guten Tag,

bitte laden Sie den Akku der Schere aus Bestellung {o} vor dem ersten
Gebrauch fünf Stunden lang; die Ladeleuchte geht erst nach dem
vollständigen Laden aus.

Mit freundlichen Grüßen
Ihr Team von Gartengerät Pohl
Tel.: 0821 4567 890 · Fax: 0821 4567 891""")

    o, b = order("csat-de", "de", "Thermoskanne Edelstahl 1 l")
    h = (f"<p>Guten Tag,</p><p>der Deckel der Thermoskanne aus Bestellung {o} lässt sich zum Reinigen "
         "vollständig zerlegen: den Drehknopf gegen den Uhrzeigersinn abschrauben.</p><p>Viele Grüße<br>"
         "Ihr Kannenwerk-Team</p><p>Wie zufrieden waren Sie mit unserer Antwort?<br>"
         '<a href="https://kannenwerk.freshdesk.com/support/surveys/7731/4?ticket=48213">Sehr zufrieden</a> · '
         '<a href="https://kannenwerk.freshdesk.com/support/surveys/7731/2?ticket=48213">Neutral</a> · '
         '<a href="https://kannenwerk.freshdesk.com/support/surveys/7731/0?ticket=48213">Unzufrieden</a></p>')
    case("zufriedenheitsumfrage-links", "reject", ["link.external"],
         "Zufriedenheitsumfrage des Helpdesks mit Links auf dessen Host: externer Link, für die Bestellung nicht "
         "nötig.",
         to=b, frm="Kannenwerk <hilfe@kannenwerk.de>", reply=True, subject=f"AW: Deckel reinigen ({o})", html=h,
         lang="de", tolerated=("style.link-text",))

    o, b = order("font-de", "de", "Kinderschreibtisch höhenverstellbar")
    h = (f'<p style="font-family:Arial,Helvetica,sans-serif">Guten Tag,</p><p style="font-family:Arial,'
         f'Helvetica,sans-serif">die Höhe des Schreibtischs aus Bestellung {o} verstellen Sie mit der Kurbel '
         'unter der Tischplatte, von 54 bis 76 cm.</p><p style="font-family:Arial,Helvetica,sans-serif">'
         "Freundliche Grüße<br>Lernmöbel Weber</p>")
    case("briefpapier-schriftart", "reject", ["style.font-override"],
         "Das Briefpapier des Mailprogramms setzt auf jedem Absatz eine Schriftfamilie.",
         to=b, frm="Lernmöbel Weber <info@lernmoebel-weber.de>", reply=True,
         subject=f"AW: Höhe einstellen ({o})", html=h, lang="de")

    o, b = order("abmelden", "de", "Duftkerze Lavendel 3er-Set")
    h = (f"<p>Hallo,</p><p>die Kerzen aus Bestellung {o} brennen am gleichmäßigsten, wenn Sie sie beim ersten "
         "Mal zwei Stunden brennen lassen, bis die Oberfläche ganz flüssig ist.</p><p>Viele Grüße<br>"
         "Lichtzauber</p><p>Sie möchten keine E-Mails mehr von uns erhalten? "
         '<a href="https://lichtzauber.gorgias.help/abmelden?c=z81k">Hier abmelden</a></p>')
    case("fusszeile-abmelden", "reject", ["link.opt-out", "link.external"],
         "Fußzeile des Tools mit Abmeldelink auf einen fremden Host.",
         to=b, frm="Lichtzauber <service@lichtzauber.de>", subject=f"Tipp für Ihre Kerzen ({o})", html=h,
         lang="de", tolerated=("style.link-text",))


# --------------------------------------------------------------------------------------------
# Français
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("gmail-fr", "fr", "Moulin à poivre en olivier")
    case("gmail-a-ecrit-citation", "relay", [],
         "Réponse Gmail avec l'attribution « Le … a écrit : » (adresse relais de l'acheteur) et sa question "
         "citée.",
         to=b, frm="Atelier Olivier <contact@atelier-olivier.fr>", reply=True,
         subject=f"Re: Réglage de la mouture – commande {o}", text=f"""Bonjour Madame Roux,

Le moulin de votre commande {o} se règle par la molette sous le moulin :
vers la droite pour une mouture fine, vers la gauche pour une mouture
grossière. Il n'y a pas de pièce à démonter.

Bien cordialement,
Hélène
Atelier Olivier

Le mer. 10 juin 2026 à 14:02, <{b}> a écrit :
{quote("Bonjour, comment régler la finesse du poivre ? Merci")}""")

    o, b = order("mentions", "fr", "Plaque de cuisson personnalisée en ardoise", shipped="", delivered="")
    case("mentions-legales-iphone", "relay", [],
         "Validation d'une personnalisation, avec mentions légales (SAS, RCS, TVA) et « Envoyé de mon iPhone ».",
         to=b, frm="Ardoise & Co <commandes@ardoise-co.fr>",
         subject=f"Validation de votre gravure – commande {o}", text=f"""Bonjour,

Avant de graver votre plaque (commande {o}), merci de vérifier le texte
exactement tel qu'il sera gravé :

    « La table de Mamie Jo – depuis 1971 »

Répondez simplement « validé » ou envoyez-nous la correction. Nous ne
gravons qu'après votre accord.

Cordialement,
Julien

Envoyé de mon iPhone

Ardoise & Co SAS au capital de 10 000 € – RCS Angers 812 345 678
TVA intracommunautaire FR 32 812345678""")

    o, b = order("pixel-fr", "fr", "Tablier en lin lavé")
    h = (f"<p>Bonjour,</p><p>Le tablier de votre commande {o} se lave à 40 °C ; il s'assouplit à chaque "
         "lavage.</p><p>Belle journée,<br>Lin &amp; Fil</p>"
         '<img src="https://linetfil.gorgias-mail.com/t/open.gif?r=4kd82m1z&amp;t=55419" width="1" '
         'height="1" border="0" alt="">')
    case("pixel-ouverture-helpdesk", "reject", ["image.tracking-pixel", "style.image-alt"],
         "Pixel de suivi d'ouverture 1x1 avec jeton par destinataire, sans texte alternatif.",
         to=b, frm="Lin & Fil <bonjour@linetfil.fr>", reply=True, subject=f"Re: Lavage ({o})", html=h, lang="fr")

    o, b = order("centre-fr", "fr", "Coussin de méditation sarrasin")
    h = (f"<p>Bonjour,</p><p>La housse du coussin de votre commande {o} est amovible et lavable à 30 °C ; "
         "l'enveloppe de sarrasin ne se lave pas.</p>"
         '<p align="center">Zen Atelier<br>Coussins fabriqués à Nantes</p>')
    case("signature-centree", "reject", ["style.alignment"],
         "Bloc de signature centré (align=center).",
         to=b, frm="Zen Atelier <contact@zen-atelier.fr>", reply=True, subject=f"Re: Lavage de la housse ({o})",
         html=h, lang="fr")

    o, b = order("site-fr", "fr", "Bougie parfumée figue")
    case("signature-site-instagram", "reject", ["link.external", "type.marketing"],
         "Signature avec le site de la boutique et une invitation à la suivre sur Instagram.",
         to=b, frm="Maison Figue <contact@maisonfigue.fr>", reply=True, subject=f"Re: Mèche ({o})",
         text=f"""Bonjour,

Pour la bougie de votre commande {o}, coupez la mèche à 5 mm avant chaque
allumage : la flamme reste calme et le verre ne noircit pas.

Bien à vous,
Maison Figue
https://www.maisonfigue.fr
Suivez-nous sur Instagram : https://www.instagram.com/maisonfigue""")


# --------------------------------------------------------------------------------------------
# Español
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("zd-es", "es", "Sartén de hierro fundido 26 cm")
    case("zendesk-marca-respuesta-ticket", "relay", [],
         "Respuesta de Zendesk con la marca «escriba su respuesta encima de esta línea» y el n.º de ticket junto "
         "al pedido.",
         to=b, frm="Fundición Ribera <soporte@fundicionribera.es>", reply=True,
         subject=f"[Ticket n.º 48213] Re: Curado de la sartén – pedido {o}",
         text=f"""##- Por favor, escriba su respuesta encima de esta línea -##

Hola, Carmen:

La sartén de su pedido {o} viene curada de fábrica. Antes del primer uso
basta con lavarla con agua caliente, secarla al fuego y untarla con una
capa fina de aceite.

Un saludo,
Lucía
Fundición Ribera

Ticket n.º 48213""")

    o, b = order("vacaciones", "es", "Juego de tazas de cerámica")
    case("respuesta-automatica-vacaciones", "relay", [],
         "Respuesta automática a un mensaje del comprador: el equipo vuelve el 22 de junio; es una respuesta, sin "
         "teléfono ni dirección.",
         to=b, frm="Cerámica Albar <tienda@ceramica-albar.es>", reply=True,
         headers=(("Auto-Submitted", "auto-replied"),),
         subject=f"Respuesta automática: Re: Pedido {o}", text=f"""Hola:

Hemos recibido su mensaje sobre el pedido {o}. Nuestro taller está cerrado
por vacaciones del 13 al 21 de junio; responderemos a su consulta el lunes
22 de junio.

Si alguna taza ha llegado rota, guarde por favor la caja y el embalaje
hasta entonces.

Cerámica Albar""")

    o, b = order("mailto-es", "es", "Lámpara de mesa de ratán")
    h = (f"<p>Hola:</p><p>La lámpara de su pedido {o} usa una bombilla E27 de hasta 40 W; recomendamos una LED "
         "de luz cálida.</p><p>Saludos,<br>Rattan Sur<br>"
         '<a href="mailto:atencion@rattansur.es">Escríbanos a atención al cliente</a></p>')
    case("firma-mailto", "reject", ["content.email-address"],
         "La firma HTML enlaza una dirección mailto:.",
         to=b, frm="Rattan Sur <pedidos@rattansur.es>", reply=True, subject=f"Re: Bombilla ({o})", html=h,
         lang="es")

    o, b = order("banner-es", "es", "Mochila de senderismo 30 l")
    banner = banner_png("Suscribete al boletin", 460, 70)
    h = (f"<p>Hola:</p><p>La mochila de su pedido {o} tiene una funda de lluvia en el bolsillo inferior, "
         "sujeta con un velcro.</p><p>Saludos,<br>Cumbre Outdoor</p>"
         '<p><a href="https://www.cumbre-outdoor.es/boletin"><img src="cid:boletin" '
         'alt="Suscríbase a nuestro boletín y reciba un 10 % de descuento" width="460"></a></p>')
    case("pie-banner-boletin", "reject", ["link.external", "image.logo-link", "type.marketing"],
         "Banner en el pie que invita a suscribirse al boletín con un descuento, enlazado a la web de la tienda.",
         to=b, frm="Cumbre Outdoor <hola@cumbre-outdoor.es>", reply=True, subject=f"Re: Funda de lluvia ({o})",
         html=h, lang="es", related=[(banner, "image", "png", "<boletin>", "boletin.png")])

    o, b = order("tel-es", "es", "Cafetera italiana 6 tazas")
    case("firma-telefono-atencion", "reject", ["content.phone-number"],
         "La firma da el teléfono de atención al cliente de la tienda (no de garantía, transportista ni "
         "fabricante).",
         to=b, frm="Café Moka <pedidos@cafemoka.es>", reply=True, subject=f"Re: Junta de la cafetera ({o})",
         text=f"""Hola:

La junta de la cafetera de su pedido {o} se cambia tirando de ella con
los dedos; la nueva entra con la parte plana hacia el filtro.

Un saludo,
Café Moka
Atención al cliente: 912 345 678 (de lunes a viernes)""")


# --------------------------------------------------------------------------------------------
# Italiano
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("piva", "it", "Tagliere in legno d'ulivo")
    case("firma-piva-privacy", "relay", [],
         "Domanda necessaria per un reso, con P.IVA, REA e informativa privacy (GDPR) nella firma.",
         to=b, frm="Ulivo Artigiano <ordini@ulivoartigiano.it>",
         subject=f"Il suo reso – ordine {o}", text=f"""Gentile cliente,

abbiamo ricevuto la sua richiesta di reso per il tagliere dell'ordine {o}.
Per prepararla ci serve un'informazione: il tagliere presenta una crepa
o si è deformato? Nel primo caso le inviamo un'etichetta di reso, nel
secondo possiamo proporle una sostituzione.

Cordiali saluti,
Ulivo Artigiano

Ulivo Artigiano S.r.l. – P.IVA 01234567890 – REA FI-612345
Informativa privacy: i suoi dati sono trattati ai sensi del Regolamento
UE 2016/679 esclusivamente per la gestione dell'ordine.""")

    o, b = order("outlook-it", "it", "Caffettiera in acciaio 4 tazze")
    case("outlook-da-inviato-citazione", "relay", [],
         "Risposta Outlook con il blocco citato (Da/Inviato/A/Oggetto): solo l'indirizzo relay del cliente e il "
         "nome del negozio.",
         to=b, frm="Moka Bottega <assistenza@mokabottega.it>", reply=True,
         subject=f"R: Piano a induzione – ordine {o}", text=f"""Buongiorno,

sì, la caffettiera dell'ordine {o} ha il fondo in acciaio magnetico e
funziona anche sui piani a induzione; usi una zona di diametro simile
alla base.

Cordiali saluti,
Moka Bottega

Da: Cliente Amazon <{b}>
Inviato: giovedì 11 giugno 2026 16:20
A: Moka Bottega
Oggetto: Piano a induzione – ordine {o}

Funziona sull'induzione?""")

    o, b = order("http-it", "it", "Set di ciotole in ceramica")
    h = (f"<p>Buongiorno,</p><p>Le ciotole dell'ordine {o} possono andare in lavastoviglie e nel microonde, "
         "non in forno.</p><p>Cordiali saluti<br>Ceramiche Lario</p>"
         '<p><img src="http://static.ceramichelario.it/firma/logo.png" alt="Ceramiche Lario" width="130"></p>')
    case("firma-logo-http", "reject", ["image.insecure"],
         "Il logo della firma è caricato via http.",
         to=b, frm="Ceramiche Lario <info@ceramichelario.it>", reply=True, subject=f"R: Lavastoviglie ({o})",
         html=h, lang="it")

    o, b = order("segnaposto-it", "it", "Sedia da giardino pieghevole", shipped="", delivered="")
    case("segnaposto-ordine-vuoto", "reject", ["order-id.missing"],
         "Messaggio proattivo da modello con il segnaposto del numero d'ordine non compilato.",
         to=b, frm="Giardino Bello <ordini@giardinobello.it>", subject="Consegna del suo ordine [numero_ordine]",
         text="""Gentile cliente,

per la consegna del suo ordine [numero_ordine] ci manca il numero civico
nell'indirizzo. Può indicarcelo rispondendo a questo messaggio? Senza
il civico il corriere non può consegnare.

Cordiali saluti,
Giardino Bello""")

    o, b = order("nps-it", "it", "Borraccia termica 500 ml")
    nps = " ".join(f'<a href="https://borracciaviva.typeform.com/to/nps?score={i}&amp;t=48213">{i}</a>'
                   for i in range(11))
    h = (f"<p>Buongiorno,</p><p>La borraccia dell'ordine {o} mantiene le bevande fredde per 24 ore; il tappo "
         "si lava a mano.</p><p>Cordiali saluti<br>Borraccia Viva</p>"
         f"<p>Da 0 a 10, quanto consiglierebbe il nostro servizio a un amico?</p><p>{nps}</p>")
    case("sondaggio-nps-link", "reject", ["link.external"],
         "Sondaggio NPS con link da 0 a 10 verso un servizio esterno: link esterni non necessari all'ordine.",
         to=b, frm="Borraccia Viva <ciao@borracciaviva.it>", reply=True, subject=f"R: Tappo ({o})", html=h,
         lang="it", tolerated=("style.link-text",))


# --------------------------------------------------------------------------------------------
# 日本語
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("haisou-ja", "ja", "三人掛けソファ ファブリック", shipped="", delivered="")
    case("ogata-haisou-houjin-bangou", "relay", [],
         "大型商品の配送日時の調整。署名に法人番号と適格請求書発行事業者登録番号（電話番号ではない）。",
         to=b, frm="家具のもりた <order@kagu-morita.jp>",
         subject=f"配送日時のご相談（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のソファは、二名体制でのお届けとなるため、
配送日時のご相談をさせていただいております。

6月18日（木）または6月20日（土）の午前中のいずれかで、
ご都合のよい日をご返信いただけますでしょうか。

何卒よろしくお願いいたします。

株式会社もりた家具
法人番号 1234567890123
適格請求書発行事業者登録番号 T1234567890123""")

    o, b = order("iphone-ja", "ja", "南部鉄器 急須 0.5L")
    case("iphone-kara-soushin", "relay", [],
         "お問い合わせへの回答（iPhoneから送信）。",
         to=b, frm="鉄器工房 やまぐち <info@tekki-yamaguchi.jp>", reply=True, enc=JIS,
         subject=f"Re: 急須のお手入れ（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の急須は、使用後にお湯ですすぎ、
ふたを開けたまま余熱で乾かしてください。洗剤は使わないでください。

鉄器工房 やまぐち

iPhoneから送信""")

    o, b = order("tel-ja", "ja", "ステンレス製 水筒 500ml")
    case("shomei-denwa-bangou", "reject", ["content.phone-number"],
         "署名に店舗の問い合わせ電話番号（保証・配送業者・メーカーの番号ではない）。",
         to=b, frm="アウトドアショップ そら <shop@outdoor-sora.jp>", reply=True,
         subject=f"Re: パッキンについて（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の水筒のパッキンは、ふたの内側から指で外して
洗うことができます。

アウトドアショップ そら
TEL：03-1234-5678（平日10時～17時）""")

    o, b = order("teishi-ja", "ja", "竹製 まな板")
    h = (f"<p>お客様</p><p>ご注文番号 {o} のまな板は、ご使用後に水洗いし、立てかけて乾かしてください。</p>"
         "<p>竹工房 みどり</p>"
         '<p>今後メールの配信をご希望でない場合は、<a href="https://take-midori.zendesk.com/optout?u=k2j8">'
         "メール配信停止のお手続き</a>をお願いいたします。</p>")
    case("haishin-teishi-footer", "reject", ["link.opt-out", "link.external"],
         "ツールが付けたメール配信停止のリンク（外部ホスト）。",
         to=b, frm="竹工房 みどり <info@take-midori.jp>", subject=f"まな板のお手入れ（注文番号 {o}）", html=h,
         lang="ja", tolerated=("style.link-text",))

    o, b = order("font-ja", "ja", "ガラス製 ティーポット")
    h = ('<div style="font-family:&quot;游ゴシック&quot;,&quot;Meiryo UI&quot;,sans-serif">'
         f"<p>お客様</p><p>ご注文番号 {o} のティーポットは直火にかけないでください。茶こしは取り外して洗えます。</p>"
         "<p>茶器の店 しずく</p></div>")
    case("outlook-font-meiryo", "reject", ["style.font-override"],
         "Outlookの既定フォント（游ゴシック／Meiryo UI）が本文全体に指定されている。",
         to=b, frm="茶器の店 しずく <info@chaki-shizuku.jp>", reply=True,
         subject=f"RE: 直火について（注文番号 {o}）", html=h, lang="ja")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="fifteenth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
