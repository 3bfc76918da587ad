#!/usr/bin/env python3
"""Build the sixty-seventh labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_sixtyseventh/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. English only (amazon.com, .co.uk, .ca, .com.au, .in, .ae), in
the shape of the shared corpus: compliant near-misses first, then one focused violation per case over sections
B-E, then a few messages that break several rules. Senders: plain mail clients, helpdesks (Zendesk / Freshdesk /
Gorgias-like HTML), review-request tools and shop systems, in several tones (terse, chatty, formal, non-native).
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
    animated_gif,
    banner_png,
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
    text2html,
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(67_2026_1128)
_PREFIX = {"com": "11", "co.uk": "20", "ca": "70", "com.au": "25", "in": "40", "ae": "40"}
_TLD = {"en": "com"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T15:40:00Z", shipped="2026-06-02T10:10:00Z",
                 delivered="2026-06-05T13:25:00Z")
ORDERS = BOOK.rows
order = BOOK.add
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-12T19:05:00Z"}

L1 = {"charset": "windows-1252", "cte": "quoted-printable"}
LAT1 = {"charset": "iso-8859-1", "cte": "quoted-printable"}
B64 = {"cte": "base64"}
ASCII = {"charset": "us-ascii", "cte": "7bit"}

# Every rule of these a case does not name (in rules or tolerated) must stay silent.
CHECKED = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired",
           "language.mismatch", "type.order-confirmation", "type.thank-you-only", "type.marketing",
           "review.incentive", "review.removal-request", "review.conditional", "review.repeat",
           "order-problem.cancellation-request", "order-problem.no-adjustment", "return.unnecessary",
           "link.insecure", "link.external", "link.opt-out", "attachment.not-allowed", "image.logo-link",
           "image.tracking-pixel", "image.product-photo", "content.email-address", "content.phone-number",
           "content.sensitive", "style.link-text", "style.image-alt", "style.emoji", "style.animated-gif",
           "style.margin", "style.image-width", "style.font-override", "style.font-sizes", "style.alignment",
           "style.line-breaks", "image.insecure", "image.not-brand"]


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str,
         text: str | None = None, html: str | None = None, fmt: str = "text", day: int = 12,
         time: str = "09:30:00", tz: str = "+0000", reply: str = "", attribution: str = "",
         tolerated: tuple[str, ...] = (), enc: dict | None = None, related=(), attach=(), after=(),
         crlf: bool = False, headers=()) -> None:
    """fmt: text (plain), html (HTML only; html given or made from text), alt (text + HTML).
    `reply` is the buyer's message quoted under `attribution`; it makes the case a reply."""
    hdrs = list(headers)
    body = (text or "").strip("\n") + "\n"
    if reply:
        hdrs += reply_headers(f"0100019c67.{slug[:26]}")
        body += "\n" + (attribution + "\n" if attribution else "") + quote(reply) + "\n"
    kw = dict(enc or {})
    if fmt in ("text", "alt"):
        kw["text"] = body
    if fmt in ("html", "alt"):
        kw["html"] = html if html is not None else page(text2html(body))
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    msg = mk(frm, to, subject, mail_date(day, time, tz), f"<s67.{slug}@{dom}>", headers=hdrs,
             related=related, attach=attach, **kw)
    tol = (*tolerated, "content.spelling") if "content.spelling" not in rules else tuple(tolerated)
    absent = [r for r in CHECKED if r not in rules and r not in tol]
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, after=after, crlf=crlf, lang="en")


# --------------------------------------------------------------------------------------------
# Compliant near-misses
# --------------------------------------------------------------------------------------------

def compliant() -> None:
    # a FeedbackWhiz-like review request: the first request for the order
    o, b = order("rv1", "en", "Stainless Steel Pour-Over Coffee Kettle, 1.2 L Gooseneck", tld="com")
    case("review-template-neutral", "relay", [],
         "Review-tool HTML template: a brew tip and an unconditional request for an honest review, with a "
         "descriptive https link to Amazon's review page; first request for this order.",
         to=b, frm="Ridgeline Brew Co. <orders@ridgelinebrew.com>", fmt="html", day=10, time="16:02:11",
         subject=f"How is your gooseneck kettle? Order {o}", html=page(f"""<div class="fw-body">
<p>Hello,</p>
<p>Your gooseneck kettle (order {o}) should have arrived a few days ago. A tip from our roaster:
let the water rest about 30 seconds after the boil before you start pouring, it gives a more even
extraction.</p>
<p>When you have brewed with it a few times, would you share your experience with other coffee drinkers?
Whatever you think of it, an honest review helps.</p>
<p><a href="https://www.amazon.com/review/review-your-purchases/?asin=B0D7KX1RQ2">Write a review of the
kettle on Amazon</a></p>
<p>Thanks,<br>The Ridgeline Brew team</p>
</div>"""))

    # second order of the same buyer: a new first request
    o2, _ = order("rv1b", "en", "Paper Coffee Filters, Size 02, 200 Count", tld="com")
    ORDERS["rv1b"]["buyer_email"] = b
    case("review-second-order-same-buyer", "relay", [],
         "Same buyer, a different order: the review request for the filters is the first for that order.",
         to=b, frm="Ridgeline Brew Co. <orders@ridgelinebrew.com>", day=13, time="16:02:40",
         subject=f"Your filters - order {o2}", after=("review-template-neutral",), enc=ASCII, text=f"""Hi there,

Quick note about the size 02 filters from order {o2}: rinse the filter with
hot water before adding coffee, it removes the paper taste.

If you have a minute once you've used a few, we'd be grateful for a review on
Amazon, good or bad.

Ridgeline Brew Co.""")

    o, b = order("oos-ok", "en", "Merino Wool Hiking Socks, 3 Pairs, Size L", tld="co.uk", **OOS)
    case("oos-refunded-full-nocancel", "relay", [],
         "Out of stock: the full amount was refunded with the reason, and the buyer is told there is nothing "
         "to cancel.",
         to=b, frm="Fellside Outfitters <shop@fellside-outfitters.co.uk>", enc=L1, day=13, text=f"""Hello,

I'm sorry to tell you that the merino socks in size L from your order
{o} can't be sent: the last box we had turned out to be mislabelled
size M, and the mill has no more until August.

We have refunded the full £18.50 to your payment method today, with the
reason "no inventory". There is nothing you need to cancel or do; the
refund usually shows within 3-5 working days.

Apologies for the disappointment.

Tom Ashworth
Fellside Outfitters""", subject=f"Order {o} - socks unavailable, refund issued")

    o, b = order("delay", "en", "Solid Oak Bedside Table with Drawer", tld="ca", shipped="", delivered="",
                 purchased="2026-06-08T21:00:00Z")
    case("delay-notice-ca", "relay", [],
         "Dispatch delayed beyond the advertised date: the seller informs the buyer and gives a new date; no "
         "request to cancel, nothing out of stock.",
         to=b, frm="Maple Joinery <studio@maplejoinery.ca>", day=12, fmt="alt", text=f"""Hi,

A quick heads-up on order {o}: the oak top for your bedside table
needs one more day in the finishing room because the oil hasn't cured
evenly. It will ship on June 18 instead of June 15.

Your delivery estimate moves by about three days. Sorry for the wait, we'd
rather send it a little late than with a sticky finish.

Maple Joinery""", subject=f"Small delay on order {o}")

    o, b = order("proof", "en", "Personalised Wooden Chopping Board, Engraved", tld="com.au")
    proof = banner_png("PROOF v2 - 'The Nguyens - est. 2019'", 420, 160, bg=(244, 236, 220), fg=(90, 60, 30))
    case("engraving-proof-png", "relay", [],
         "Custom design verification with the engraving proof attached as a PNG: a file needed to complete the "
         "order.",
         to=b, frm="Gumtree Engraving <proofs@gumtreeengraving.com.au>", day=9, enc=B64,
         attach=((proof, "image", "png", "engraving-proof-v2.png"),),
         subject=f"Please check your engraving proof - {o}", text=f"""G'day,

Attached is the proof for the board on order {o}. Please check the
spelling of the names and the year - we engrave exactly what's on the proof.

Reply "approved" or tell us what to change and we'll start cutting.

Cheers,
Kylie
Gumtree Engraving""")

    o, b = order("invoice", "en", "Ergonomic Mesh Office Chair with Lumbar Support", tld="in")
    pdf = make_pdf("Tax Invoice", ["TAX INVOICE", f"Order {o}", "Ergonomic Mesh Office Chair",
                                   "Taxable value Rs 7,203.39  IGST 18% Rs 1,296.61", "Total Rs 8,500.00"],
                   producer="Tally.ERP 9")
    case("gst-invoice-india", "relay", [],
         "Formal Indian-English invoice message with the GST invoice PDF attached; GSTIN is a register number, "
         "not a phone number.",
         to=b, frm="Sharma Seating Solutions <accounts@sharmaseating.in>", day=8, crlf=True,
         attach=((pdf, "application", "pdf", "Invoice_SSS-2026-0612.pdf"),),
         subject=f"Tax invoice for your order {o}", text=f"""Dear Customer,

Greetings from Sharma Seating Solutions.

As requested for your company reimbursement, kindly find attached the GST tax
invoice for order {o}. Our GSTIN is 27AAPFS4821K1Z5 and the invoice
number is SSS/2026/0612.

Please do revert if the billing name needs any correction.

Thanks and regards,
Accounts Team
Sharma Seating Solutions""")

    o, b = order("bulky", "en", "3-Seater Fabric Sofa, Charcoal Grey", tld="co.uk", delivered="",
                 shipped="2026-06-11T08:00:00Z")
    case("bulky-delivery-carrier-phone", "relay", [],
         "Scheduling a two-man delivery of a sofa, with the carrier's booking line on the line after the line "
         "naming the carrier.",
         to=b, frm="Loft & Lounge <deliveries@loftandlounge.co.uk>", day=12, enc=L1, fmt="alt", text=f"""Hello,

Your sofa from order {o} is now with our two-man delivery partner,
Panther Logistics, who will deliver it to your room of choice.

To book a delivery day, please call the Panther Logistics booking team:
0344 561 9803 (Mon-Sat, 8am-6pm), quoting consignment PNT-7731904.

Please note the sofa is 215 cm long, so check that it will fit through your
front door and hallway.

Kind regards,
Loft & Lounge Deliveries""", subject=f"Booking your sofa delivery (order {o})")

    o, b = order("reply-track", "en", "Kids' Balance Bike, 12 inch, Red", tld="com", delivered="")
    case("reply-where-is-bike-tracking", "relay", [],
         "Freshdesk-like HTML reply to 'where is my order?' with the tracking number and an https link to "
         "Amazon's order page: answering a buyer with tracking is permitted.",
         to=b, frm="Little Wheels Support <support@littlewheels.freshdesk.com>", fmt="html", day=11,
         reply=f"hi my sons birthday is saturday and the bike from order {o} still says shipped, when will "
               "it come", attribution=f"On Wed, Jun 10, 2026 at 9:14 PM, Customer <{b}> wrote:",
         subject=f"Re: Order {o} not here yet", html=page(f"""<div class="freshdesk-reply">
<p>Hi there,</p>
<p>Thanks for reaching out! The balance bike went out with USPS on June 3, tracking number
9405 5036 9930 0418 2256 17. USPS shows it arriving at your local post office this morning, so it should be out
for delivery tomorrow, well before Saturday.</p>
<p>You can follow it any time under <a href="https://www.amazon.com/gp/css/order-history">Your Orders on
Amazon</a>.</p>
<p>Happy birthday to your son!<br>Jenna<br>Little Wheels Support</p>
</div>
<div class="freshdesk_quote">
<p>On Wed, Jun 10, 2026 at 9:14 PM, Customer &lt;{b}&gt; wrote:</p>
<blockquote>hi my sons birthday is saturday and the bike from order {o} still says shipped, when will it
come</blockquote>
</div>"""))

    o, b = order("ret-info", "en", "Cordless Stick Vacuum Cleaner, 250W", tld="co.uk")
    case("return-photo-serial-request", "relay", [],
         "Return follow-up asking for the serial number and a photo of the fault, information needed to complete "
         "the return.",
         to=b, frm="Brightclean Direct <help@brightclean.co.uk>", day=11, fmt="html", enc=B64,
         subject=f"Your return request for order {o}", html=page(f"""<div>
<p>Dear customer,</p>
<p>We have received your return request for the stick vacuum from order {o}. So that our
warehouse can process it, could you please send us via this message thread:</p>
<ul>
<li>the serial number printed under the dust bin (it starts with BC25), and</li>
<li>a photo of the error light when the fault happens.</li>
</ul>
<p>As soon as we have these we will confirm the return.</p>
<p>Kind regards,<br>Priya<br>Brightclean Direct Customer Care</p>
</div>"""))

    o, b = order("partial", "en", "Ceramic Table Lamp with Linen Shade", tld="com")
    case("partial-refund-keep-lamp", "relay", [],
         "Return-related message offering a partial refund for a chipped lamp base if the buyer keeps it.",
         to=b, frm="Hearthlight Home <service@hearthlighthome.com>", day=10, enc=L1, text=f"""Hi Rachel,

Thanks for the photos of the chip on the lamp base (order {o}). I'm
sorry it arrived like that.

You're welcome to return it for a full refund as you requested. If you'd
rather keep it, since the chip is at the back, we can refund $22 (40% of
the price) instead and you keep the lamp. Just tell us which you prefer.

Best,
Owen
Hearthlight Home""", subject=f"About your return - order {o}")

    o, b = order("ae-en", "en", "Insulated Stainless Water Bottle, 1 L", tld="ae")
    case("ae-buyer-prefers-english", "relay", [],
         "amazon.ae order whose buyer language is English: an English message is in the buyer's language "
         "(the marketplace default ar does not apply).",
         to=b, frm="Dune Gear Trading <care@dunegear.ae>", day=12, text=f"""Dear customer,

Regarding order {o}: the 1 L bottle in sand colour is coming from our
Jebel Ali warehouse and will be handed to the courier on Tuesday, one day
later than shown. We apologise for this delay.

Best regards,
Dune Gear Trading LLC""", subject=f"Order {o} - one day delay")

    o, b = order("fb29", "en", "Bamboo Bath Mat, Non-Slip", tld="com", purchased="2026-05-12T10:00:00Z",
                 shipped="2026-05-13T10:00:00Z", delivered="2026-05-17T09:00:00Z")
    case("seller-feedback-day-29", "relay", [],
         "Seller-feedback request 29 days after delivery: inside the 30-day window, no benefit, no condition.",
         to=b, frm="Greenstep Living <team@greensteplive.com>", day=15, time="08:10:00", enc=ASCII, text=f"""Hello,

Thank you for your order {o}. We are a small family business and
every bit of seller feedback helps us improve how we pack and ship.

If you have a moment, you can rate your experience with us under Your
Orders > Leave seller feedback.

Kind regards,
Greenstep Living""", subject=f"Your feedback on order {o}")

    o, b = order("warranty", "en", "Robot Vacuum R7 with Self-Empty Base", tld="com")
    case("reply-manufacturer-warranty-line", "relay", [],
         "Reply pointing to the manufacturer's warranty line; the number stands on the line after the "
         "manufacturer/warranty line.",
         to=b, frm="Tidyhome Electronics <support@tidyhome-electronics.com>", day=11, fmt="alt", enc=B64,
         reply="My robot vacuum won't charge anymore, it's only a few weeks old. What do I do?",
         attribution=f"On Thu, Jun 11, 2026 at 7:48 AM <{b}> wrote:",
         subject=f"Re: R7 not charging ({o})", text="""Hi,

Sorry to hear that. The R7 has a 2-year manufacturer warranty, and the fastest
route for a charging fault is the maker's own service team:
Orbitek Robotics warranty service
+1 888 415 2093 (Mon-Fri 9am-7pm ET)

They usually send a replacement dock within a week. If they can't help,
come back to us here and we'll sort it out.

Tidyhome Electronics""")

    o, b = order("ratios", "en", "Concrete Countertop Mix, 20 kg", tld="com.au")
    case("mix-ratios-times-trademark", "relay", [],
         "Instructions full of near-emoticons: times (8:30), ratios (3:1), list markers 'a)' 'b)', "
         "QuikSet(TM) with the (R)/(TM) signs, a 'C:' label; none is an emoji or emoticon.",
         to=b, frm="Slab & Stone Supplies <orders@slabandstone.com.au>", day=9, enc=B64, text=f"""Hi,

You asked about mixing the countertop mix from order {o}, here's what
our site team uses:

a) Mix 3:1 powder to water by volume, never wetter than 4:1.
b) Pour before 8:30 am in summer, the mix goes off fast above 30 deg C.
c) QuikSet\u00ae additive is optional; Slabcoat\u2122 sealer only after 28 days.

Ratio for the sealer coat (C:W) is 1:2 on the first pass.

Cheers,
Dean""", subject=f"Mixing tips for order {o}")

    o, b = order("discount-fix", "en", "Yoga Mat 6 mm with Carry Strap", tld="com")
    case("promo-not-applied-difference-refunded", "relay", [],
         "Order problem: the listing's promotion didn't apply at checkout, so the seller refunded the "
         "difference; it names a discount but promotes nothing.",
         to=b, frm="Lotus Flow Goods <care@lotusflowgoods.com>", day=10, text=f"""Hi Maya,

You were right: the 10% promotion shown on the yoga mat listing did not
apply when you checked out order {o}, because of an error in how we
had set it up.

We've refunded the $3.40 difference to your card today. Sorry for the
mix-up.

Lotus Flow Goods""", subject=f"Refund of the price difference, order {o}")

    o, b = order("rv-after-rej", "en", "Silicone Baking Mats, Set of 3", tld="co.uk")
    case("review-after-rejected-gift-card", "relay", [],
         "Neutral review request after a gift-card request for the same order was rejected (never relayed), "
         "so this is the first request.",
         to=b, frm="Crumb & Co Bakeware <hello@crumbandco.co.uk>", day=13, after=("review-gift-card",),
         subject=f"Your baking mats - order {o}", enc=L1, text=f"""Hello,

We hope the baking mats from order {o} are getting plenty of use.
They go in the dishwasher, top rack only.

Would you write a short review on Amazon when you've had a chance to use
them? Honest opinions help other bakers decide.

Many thanks,
Crumb & Co""")

    o, b = order("html-ok", "en", "Linen Tablecloth 150 x 250 cm, Natural", tld="co.uk")
    logo = logo_png("WEAVE & CO")
    case("gorgias-html-allowed-styling", "relay", [],
         "Helpdesk HTML within the limits: left alignment set explicitly, two font sizes, a 150 px logo with "
         "alt text not linked, 16px padding, two <br> between blocks, a descriptive Amazon link.",
         to=b, frm="Weave & Co <support@weaveandco.co.uk>", fmt="html", day=11,
         related=((logo, "image", "png", "logo", "weave-logo.png"),),
         subject=f"Washing your tablecloth - {o}", html=page(f"""<div style="text-align:left;padding:16px">
<p><strong>Care note for order {o}</strong></p>
<p>Hello,<br><br>
Thank you for your question about washing. The linen tablecloth can go in the machine at 40&deg;C; please
leave out fabric softener, as it flattens the weave.</p>
<p style="font-size:12px">Tumble dry low, or line dry and iron while still slightly damp.</p>
<p>The full care label is also on the <a href="https://www.amazon.co.uk/dp/B0C9LX4TQW">product page on
Amazon</a>.</p>
<p><img src="cid:logo" alt="Weave &amp; Co" width="150" height="44"></p>
</div>"""))

    o, b = order("vat", "en", "Standing Desk Frame, Dual Motor", tld="co.uk")
    case("numbers-not-phones", "relay", [],
         "Invoice note full of long digit runs (VAT number, company number, tracking number, invoice number, "
         "prices, dates), none of them a telephone number.",
         to=b, frm="Ascend Workspace Ltd <invoices@ascendworkspace.co.uk>", day=8, crlf=True, text=f"""Good afternoon,

Please find the VAT details for order {o} below, as you asked for
your expense claim:

Invoice number: INV-2026-004417 (dated 05/06/2026)
Net GBP 274.99, VAT 20% GBP 55.00, total GBP 329.99
VAT reg. no. GB 287 4419 06
Registered in England and Wales, company no. 11830245
Consignment: DPD 1550 6213 9874 02

A VAT invoice is also available under Your Orders on Amazon.

Kind regards,
Ascend Workspace Ltd""", subject=f"VAT details for order {o}")

    o, b = order("ty-reply", "en", "Stainless Steel Garlic Press", tld="ca")
    case("reply-attribution-alias-only", "relay", [],
         "A reply that only thanks the buyer back; the quoted attribution names the buyer's marketplace alias "
         "(allowed), and the thank-you rule is for proactive messages only.",
         to=b, frm="Chef's Corner Canada <hello@chefscornerca.com>", day=12, enc=B64,
         reply="Got the garlic press today, works great. Thanks for the fast shipping!",
         attribution=f"On Jun 11, 2026, at 18:22, {b} wrote:",
         subject="Re: Garlic press", text="""Hi Sandra,

Thank you, that's lovely to hear! Enjoy it.

Chef's Corner""")


# --------------------------------------------------------------------------------------------
# One violation each
# --------------------------------------------------------------------------------------------

def violations_b() -> None:
    o, b = order("noid", "en", "Custom Pet Portrait Canvas 30x40 cm", tld="com")
    case("order-id-missing-shop-number", "reject", ["order-id.missing"],
         "Shop system message that only names its own order number #WC-58213, never the Amazon order ID.",
         to=b, frm="Pawprint Studio <studio@pawprintstudio.com>", day=9, fmt="html",
         subject="Your pet portrait - photo needed (#WC-58213)", html=page("""<div>
<p>Hi,</p>
<p>Thank you for ordering a custom pet portrait (our ref. #WC-58213). To start painting we need a clear
photo of your pet, ideally taken in daylight at eye level.</p>
<p>Please reply to this message with the photo attached.</p>
<p>Pawprint Studio</p>
</div>"""))

    _, b = order("unknown", "en", "Resistance Bands Set, 5 Levels", tld="com")
    case("order-id-unknown", "reject", ["order-id.unknown"],
         "A well-formed order ID that the seller's store does not know.",
         to=b, frm="Ironpeak Fitness <support@ironpeakfit.com>", day=10, enc=ASCII,
         subject="Resistance bands - order 114-3308126-6650297", text="""Hello,

The door anchor for your resistance bands (order 114-3308126-6650297) was
left out of the box by mistake. We are sending it separately, it should
arrive in 2-3 days.

Ironpeak Fitness""")

    o, _ = order("mismatch", "en", "Cotton Muslin Swaddle Blankets, 4 Pack", tld="co.uk")
    other = "q7v2m9x4k1p8z3w@marketplace.amazon.co.uk"
    case("order-id-buyer-mismatch", "reject", ["order-id.buyer-mismatch"],
         "The order belongs to another buyer address than the recipient.",
         to=other, frm="Little Nest Baby <hello@littlenestbaby.co.uk>", day=10, enc=L1,
         subject=f"Swaddles for order {o}", text=f"""Hi,

Just checking which print you'd like for the swaddles on order {o}:
the listing allowed a free choice between "Woodland" and "Stars".
Reply with your choice and we'll dispatch today.

Little Nest Baby""")

    o, b = order("expired", "en", "Electric Wine Opener Rechargeable", tld="com", purchased="2026-05-02T10:00:00Z",
                 shipped="2026-05-03T10:00:00Z", delivered="2026-05-07T16:00:00Z")
    case("window-expired-delivered-39-days", "reject", ["window.expired"],
         "Proactive review request 39 days after delivery.",
         to=b, frm="Corkwise <hello@corkwise.com>", day=15, time="07:00:00", subject=f"A quick favor? Order {o}",
         text=f"""Hi there,

It's been a little while since your electric wine opener arrived (order
{o}). If you have a moment, we'd appreciate an honest review on
Amazon.

Cheers,
Corkwise""")

    o, b = order("expired-ship", "en", "Hanging Macrame Plant Holder, Set of 2", tld="com.au",
                 purchased="2026-05-08T10:00:00Z", shipped="2026-05-11T02:00:00Z", delivered="")
    case("window-expired-shipped-35-days", "reject", ["window.expired"],
         "Shipped 35 days ago, never marked delivered: completion is the shipping date, so the window is over.",
         to=b, frm="Knot & Leaf <shop@knotandleaf.com.au>", day=15, time="11:00:00", enc=B64,
         subject=f"Did your plant hangers arrive? {o}", text=f"""Hi,

We noticed the plant hangers from order {o} never showed as
delivered. Could you let us know whether they reached you?

Thanks,
Knot & Leaf""")

    o, b = order("ae-ar", "", "Digital Kitchen Scale 10 kg", tld="ae")
    case("language-english-to-ae-default", "quarantine", ["language.mismatch"],
         "English to an amazon.ae buyer with no recorded language: the marketplace default is Arabic.",
         to=b, frm="Gulf Home Essentials <support@gulfhomeessentials.ae>", day=11,
         subject=f"Order {o} - battery information", text=f"""Dear Customer,

For the kitchen scale in order {o}: please remove the small plastic
tab from the battery compartment before first use, otherwise the display
will stay blank.

Regards,
Gulf Home Essentials""")

    o, b = order("ca-fr", "fr", "Heated Car Seat Cushion 12V", tld="ca")
    case("language-english-to-ca-french", "quarantine", ["language.mismatch"],
         "English message to an amazon.ca buyer whose language of preference is French.",
         to=b, frm="Northway Auto <help@northwayauto.ca>", day=10, fmt="alt", subject=f"Your seat cushion ({o})",
         text=f"""Hello,

The 12V seat cushion from order {o} has an automatic shut-off after
45 minutes. If it turns off on a long drive, just press the switch again;
it's a safety feature, not a fault.

Northway Auto""")


def violations_c() -> None:
    o, b = order("ship-conf", "en", "LED Desk Lamp with Wireless Charger", tld="com", delivered="",
                 shipped="2026-06-14T16:00:00Z")
    case("shop-system-shipped-notice", "quarantine", ["type.order-confirmation"],
         "Shop-system 'your order is on its way' notice with carrier and tracking number: a dispatch "
         "confirmation Amazon already sends.",
         to=b, frm="Lumora <no-reply@lumora-shop.com>", fmt="html", day=14, time="16:20:00",
         subject=f"Your Lumora order {o} is on its way", html=page(f"""<table role="presentation" width="100%">
<tr><td>
<h2>Good news - your order has shipped!</h2>
<p>Order {o}<br>
LED Desk Lamp with Wireless Charger x 1</p>
<p>Carrier: FedEx Ground<br>
Tracking number: 7749 2031 6684</p>
<p>Estimated delivery: Wednesday, June 17</p>
<p>Thank you for shopping with Lumora.</p>
</td></tr>
</table>"""))

    o, b = order("order-conf", "en", "Handmade Soy Candle, Fig & Cedar, 300 g", tld="co.uk", shipped="",
                 delivered="", purchased="2026-06-14T20:00:00Z")
    case("order-received-being-packed", "quarantine", ["type.order-confirmation"],
         "'We've got your order and it's being packed' with an expected dispatch date: an order confirmation.",
         to=b, frm="Wick & Willow <orders@wickandwillow.co.uk>", day=15, time="08:05:00", enc=L1, text=f"""Hi there,

Thanks for your order {o}! We've received it and our candle maker is
packing your Fig & Cedar candle this morning. It will leave us with Royal
Mail Tracked 48 tomorrow.

Wick & Willow""", subject=f"We've got your order {o}")

    o, b = order("ty-only", "en", "Magnetic Knife Strip 40 cm, Walnut", tld="com")
    case("thank-you-here-if-needed", "quarantine", ["type.thank-you-only"],
         "Proactive note that only thanks the buyer and says the team is available if anything comes up.",
         to=b, frm="Timberline Kitchen <care@timberlinekitchen.com>", day=9, enc=B64, text=f"""Hi!

Just a short note from all of us at Timberline Kitchen to say thank you
for order {o}. It really means a lot to a small workshop like ours.

Should you ever have a question, we're only a message away.

Warmly,
Timberline Kitchen""", subject=f"Thank you! ({o})")

    o, b = order("mkt-range", "en", "Velvet Cushion Cover 45x45, Emerald", tld="co.uk")
    case("new-collection-storefront", "quarantine", ["type.marketing"],
         "After a care tip, the seller announces its new collection and points to its Amazon storefront: "
         "promotion of other products, even through an Amazon link.",
         to=b, frm="Plume Interiors <hello@plumeinteriors.co.uk>", fmt="html", day=10, enc=L1,
         subject=f"Caring for your velvet cover - order {o}", html=page(f"""<p>Hello,</p>
<p>A tip for the emerald velvet cover from order {o}: steam it from the inside rather than ironing,
which crushes the pile.</p>
<p>And if you love the colour, our new Autumn Jewel collection has just landed - matching throws,
table runners and a sapphire version of your cushion. Take a look at the
<a href="https://www.amazon.co.uk/stores/PlumeInteriors/page/7F2C1D8A">Plume Interiors store on Amazon</a>.</p>
<p>Plume Interiors</p>"""))

    o, b = order("mkt-code", "en", "Kids' Watercolour Paint Set, 36 Colours", tld="com.au")
    case("next-order-code", "quarantine", ["type.marketing"],
         "A paper tip followed by a code for 15% off the next order: a voucher.",
         to=b, frm="Little Brush Art Supplies <hi@littlebrush.com.au>", day=11, enc=B64, text=f"""Hi,

For the paint set in order {o}: thicker paper (300 gsm) stops the
pages from buckling when the kids go heavy on the water.

PS, as a returning customer you get 15% off anything in our range next
time - just enter LITTLEBRUSH15 at checkout on our Amazon shop.

Little Brush Art Supplies""", subject=f"Paper tip for your paint set ({o})")

    o, b = ORDERS["rv-after-rej"]["order_id"], ORDERS["rv-after-rej"]["buyer_email"]
    case("review-gift-card", "reject", ["review.incentive"],
         "Review request promising a £10 Amazon gift card once the review is posted.",
         to=b, frm="Crumb & Co Bakeware <hello@crumbandco.co.uk>", day=11, enc=L1,
         subject=f"A little thank you for your review - order {o}", text=f"""Hello,

Thank you for buying our baking mats (order {o}).

We'd love to hear what you think! Post your review on Amazon, reply here
with a screenshot, and we'll send you a £10 Amazon gift card as a thank you.

Crumb & Co""")

    o, b = order("inc-5star", "en", "Memory Foam Pillow, Contour", tld="com")
    case("review-five-star-persuasion", "reject", ["review.incentive"],
         "Persuades towards a positive rating: 'anything less than 5 stars hurts us', 'please choose 5 stars'.",
         to=b, frm="Dreamcrest Sleep <support@dreamcrestsleep.com>", fmt="alt", day=12,
         tolerated=("review.conditional",), text=f"""Hello,

We hope you're sleeping better on your contour pillow (order {o}).

As a new brand, every rating counts a lot for us: anything below five stars
pushes us down in search. If you're happy with your pillow, please pick the
full 5 stars when you review it on Amazon.

Sweet dreams,
Dreamcrest Sleep""", subject=f"How are you sleeping? ({o})")

    o, b = order("inc-warranty", "en", "Wireless Earbuds with Charging Case", tld="in")
    case("review-extended-warranty-benefit", "reject", ["review.incentive"],
         "Non-native English: a review earns a free 12-month warranty extension, a future benefit.",
         to=b, frm="SoundVeda Audio <care@soundveda.in>", day=10, crlf=True, text=f"""Dear Sir/Madam,

Thank you for purchasing SoundVeda earbuds, order {o}.

Kindly share your valuable review on Amazon. Customers who are sharing
their review will get free extension of warranty by 12 more months, just
send us the review name after posting.

Thanks & Regards,
Team SoundVeda""", subject=f"Your SoundVeda earbuds - order {o}")

    o, b = order("removal", "en", "Glass Meal Prep Containers, 10 Pack", tld="com")
    case("review-revise-after-replacement", "reject", ["review.removal-request"],
         "After sending a replacement, the seller asks the buyer to revisit and update the 2-star review.",
         to=b, frm="Prepwell Kitchen <support@prepwellkitchen.com>", day=12, fmt="html", enc=B64,
         subject=f"Your replacement lids - {o}", html=page(f"""<p>Hi Marcus,</p>
<p>The replacement lids for order {o} were delivered yesterday according to USPS. We hope they
click shut properly now.</p>
<p>Since the cracked lids were the reason for your 2-star review, would you be willing to go back to it and
revise it to reflect how things were resolved? It would really help us.</p>
<p>Thanks,<br>Prepwell Kitchen</p>"""))

    o, b = order("gating", "en", "Bamboo Drawer Organiser, 6 Piece", tld="com.au")
    case("review-gating-happy-or-contact", "reject", ["review.conditional"],
         "Review gating: review only if the buyer is happy; otherwise contact the seller first.",
         to=b, frm="Tidy Nest AU <hello@tidynest.com.au>", day=11, enc=L1, text=f"""Hi,

How are the drawer organisers from order {o} working out?

If they've made your mornings a bit calmer, we'd be thrilled if you told
other shoppers about it in a review. If they didn't quite fit, please don't
review yet: message us first and we'll make it right.

Tidy Nest""", subject=f"Are your organisers a good fit? ({o})")

    o, b = ORDERS["rv1"]["order_id"], ORDERS["rv1"]["buyer_email"]
    case("review-reminder-repeat", "reject", ["review.repeat"],
         "Second review request for the same order after the first one was relayed.",
         to=b, frm="Ridgeline Brew Co. <orders@ridgelinebrew.com>", day=14, time="16:03:00",
         after=("review-template-neutral",), subject=f"Following up on your kettle - {o}", text=f"""Hello again,

A few days ago we asked about your gooseneck kettle (order {o}).
In case our note got buried: your review on Amazon would still mean a lot to
us, it only takes a minute.

The Ridgeline Brew team""")

    o, b = order("cancel", "en", "Rattan Pendant Lamp Shade, 40 cm", tld="co.uk", **OOS)
    case("oos-please-cancel-from-account", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Out of stock: the buyer is asked to request the cancellation from Your Orders; no refund is confirmed.",
         to=b, frm="Casa Rattan <orders@casarattan.co.uk>", day=13, enc=L1, text=f"""Hello,

Unfortunately the 40 cm rattan shade from order {o} has sold out
and our supplier can't say when more will come in.

Could you please go to Your Orders on Amazon and request a cancellation?
This is the quickest way for the order to be closed on your side.

Sorry about this,
Casa Rattan""", subject=f"Order {o} - item sold out")

    o, b = order("noadj", "en", "Mechanical Keyboard, Brown Switches, UK Layout", tld="co.uk", **OOS)
    case("oos-no-refund-confirmed", "quarantine", ["order-problem.no-adjustment"],
         "Cannot ship (stock-out) and only 'we'll keep you posted': no confirmation that the amount was adjusted.",
         to=b, frm="KeyForge UK <support@keyforge.co.uk>", day=13, fmt="alt", text=f"""Hi,

Bad news on order {o}, I'm afraid: the brown-switch keyboard in UK
layout is out of stock. The batch we were expecting failed our quality check
and went back to the factory.

We'll keep you posted as soon as we know more.

Cheers,
Sam @ KeyForge""", subject=f"Problem with your order {o}")

    o, b = order("ret-dissuade", "en", "Weighted Blanket 7 kg, 150x200 cm", tld="com")
    case("return-dissuasion", "quarantine", ["return.unnecessary"],
         "Contact about a return that neither asks for information nor offers a partial refund: it tries to "
         "talk the buyer out of returning.",
         to=b, frm="Calmcloud Home <care@calmcloudhome.com>", day=12, enc=B64, text=f"""Hi Jess,

We saw that you've requested a return for the weighted blanket from order
{o}.

Before you send it back: most people find the first week with a
weighted blanket feels strange, and by the second week they can't sleep
without it. We'd really encourage you to give it a few more nights.

Calmcloud Home""", subject=f"About your return - {o}")


def violations_d() -> None:
    o, b = order("http", "en", "Electric Milk Frother, Handheld", tld="co.uk")
    case("plain-http-amazon-link", "reject", ["link.insecure"],
         "Plain-text review request whose Amazon link is http://.",
         to=b, frm="Froth & Foam <hello@frothandfoam.co.uk>", day=10, enc=LAT1, text=f"""Hi,

Hope the milk frother from order {o} is making good lattes! If you
have a moment, you can review it here:
http://www.amazon.co.uk/review/create-review?asin=B0BX94LM2Q

Thanks,
Froth & Foam""", subject=f"Your milk frother - {o}")

    o, b = order("ext", "en", "Smart WiFi Plug, 4 Pack", tld="com")
    case("setup-guide-own-site", "reject", ["link.external"],
         "Setup help that links to the seller's own https help site, not needed to complete the order.",
         to=b, frm="Voltly Smart Home <support@voltly.io>", day=9, fmt="html",
         subject=f"Setting up your smart plugs - {o}", html=page(f"""<p>Hello,</p>
<p>Thank you for order {o}. If the plugs don't show up in the app, switch your phone to the
2.4 GHz network during pairing.</p>
<p>Our step-by-step pairing guide with screenshots is at
<a href="https://help.voltly.io/articles/pairing-2-4ghz">the Voltly pairing guide</a>.</p>
<p>Voltly Smart Home</p>"""))

    o, b = order("optout", "en", "Reusable Silicone Food Storage Bags, 8 Pack", tld="com")
    case("review-tool-reply-stop-footer", "reject", ["link.opt-out"],
         "Review-tool template with a neutral request and an opt-out footer (reply STOP to stop messages).",
         to=b, frm="Evergreen Pantry <reviews@evergreenpantry.com>", day=11, time="15:00:00",
         subject=f"Quick question about order {o}", text=f"""Hi there,

Thanks for choosing our silicone bags (order {o}). Tip: turn them
inside out to dry them in the dish rack.

Would you consider leaving an honest review? Your thoughts help others.

--
Prefer not to get these emails from us? Reply STOP and we'll take you off
our list.""")

    o, b = order("docx", "en", "Sous Vide Precision Cooker 1000W", tld="ca")
    manual = make_docx(["Sous Vide Precision Cooker - Quick Recipes",
                        "Steak 54C 1-2h; Chicken breast 63C 1.5h; Eggs 63C 45 min."])
    case("recipe-booklet-docx", "reject", ["attachment.not-allowed"],
         "A Word document (recipe booklet) attached: not a type on the allow-list and not needed for the "
         "buyer's issue.",
         to=b, frm="Precise Kitchen Co. <hello@precisekitchen.ca>", day=9, enc=B64,
         attach=((manual, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
                  "SousVide-Recipes.docx"),),
         subject=f"Recipes for your sous vide cooker - {o}", text=f"""Hi,

We've attached our recipe booklet with time and temperature charts for
the cooker in order {o}.

Happy cooking!
Precise Kitchen""")

    o, b = order("logo-link", "en", "Leather Card Holder Wallet, Tan", tld="co.uk")
    logo = logo_jpeg("HARTWELL LEATHER")
    case("invoice-logo-links-shop", "reject", ["image.logo-link", "link.external"],
         "Invoice note whose header logo is wrapped in a link to the seller's website.",
         to=b, frm="Hartwell Leather <accounts@hartwell-leather.co.uk>", day=8, fmt="html", enc=B64,
         related=((logo, "image", "jpeg", "hwlogo", "hartwell.jpg"),),
         subject=f"Your invoice - order {o}", html=page(f"""<p><a href="https://www.hartwell-leather.co.uk/">
<img src="cid:hwlogo" alt="Hartwell Leather" width="180" height="50"></a></p>
<p>Dear customer,</p>
<p>Your VAT invoice for order {o} is now available to download under Your Orders on Amazon.</p>
<p>With kind regards,<br>Hartwell Leather Accounts</p>"""))

    o, b = order("pixel", "en", "Cold Brew Coffee Maker, 1.5 L", tld="com")
    case("review-tool-open-pixel", "reject", ["image.tracking-pixel", "style.image-alt"],
         "Review-tool template with a 1x1 open-tracking image carrying a per-recipient token (and no alt).",
         to=b, frm="Brewhaus Goods <hello@brewhausgoods.com>", fmt="html", day=10, time="14:30:00",
         subject=f"Your cold brew maker - {o}", html=page(f"""<p>Hi,</p>
<p>Your cold brew maker (order {o}) should be with you. For a smooth brew, steep a coarse grind for
14 to 18 hours in the fridge.</p>
<p>If you have a moment later, an honest review on Amazon helps us a lot.</p>
<p>Brewhaus Goods</p>
<img src="https://open.mailtrakr.net/o/eJx9kEEOgjAQRf.b3b7c1e0a9?rcpt=41f7c2" width="1" height="1"
style="border:0">"""))

    o, b = order("prodphoto", "en", "Bamboo Cutting Board Set, 3 Pieces", tld="com")
    photo = serum_jpeg()
    case("care-tip-with-product-photo", "quarantine", ["image.product-photo"],
         "Care tip with an inline photo whose alt text names the ordered product.",
         to=b, frm="Grove Kitchenware <care@grovekitchenware.com>", fmt="html", day=10, enc=B64,
         related=((photo, "image", "jpeg", "board", "board-set.jpg"),),
         subject=f"Oiling your boards - {o}", html=page(f"""<p>Hi,</p>
<p>A quick care tip for order {o}: rub a thin coat of food-safe mineral oil into the boards once a
month, and never leave them soaking in the sink.</p>
<p><img src="cid:board" alt="Bamboo Cutting Board Set, 3 Pieces" width="240" height="300"></p>
<p>Grove Kitchenware</p>"""))

    o, b = order("email", "en", "Children's Rain Boots, Size 10", tld="com")
    case("return-send-photos-to-mailbox", "reject", ["content.email-address"],
         "Return follow-up asking for photos (information needed) but to the seller's own mailbox.",
         to=b, frm="Puddle Jumpers <support@puddlejumpers.com>", day=11, crlf=True,
         subject=f"Return for order {o}", text=f"""Hi,

Sorry the boots from order {o} leaked. To complete the return we
need a photo of the split seam. You can send it to
returns@puddlejumpers.com with your order number in the subject.

Thanks,
Puddle Jumpers""")

    o, b = order("phone", "en", "Air Fryer 5.5 L Digital", tld="co.uk")
    case("own-customer-care-line", "reject", ["content.phone-number"],
         "Gives the shop's own customer care line to ring, not a warranty, carrier or manufacturer number.",
         to=b, frm="Crispair UK <hello@crispair.co.uk>", day=11, fmt="alt", enc=L1, text=f"""Hi,

Thanks for order {o}. A first-use tip: run the air fryer empty at
200°C for 10 minutes to burn off the factory coating smell.

Any questions at all, just ring our friendly team on 0161 496 0732 and
we'll talk you through it.

Crispair UK""", subject=f"First use of your air fryer ({o})")

    o, b = order("sensitive", "en", "Outdoor Solar Fairy Lights, 20 m", tld="com.au")
    case("seller-swears-about-courier", "quarantine", ["content.sensitive"],
         "The seller's own text swears about the courier ('screwed up', 'shit service').",
         to=b, frm="Bright Yard AU <team@brightyard.com.au>", day=12, enc=B64,
         subject=f"Your fairy lights - {o}", text=f"""Hey,

Honestly, the courier has screwed us over again: your fairy lights from
order {o} got sent to the wrong depot. Their service has been shit
all month.

We've sent a new set by express today; it should be with you Wednesday.

Bright Yard""")


def violations_e() -> None:
    o, b = order("clickhere", "en", "Foam Roller for Back Pain, 45 cm", tld="com")
    case("review-link-text-here", "reject", ["style.link-text"],
         "HTML review request whose link text is only 'here'.",
         to=b, frm="Coreline Recovery <support@corelinerecovery.com>", fmt="html", day=11,
         subject=f"Your foam roller - {o}", html=page(f"""<p>Hi,</p>
<p>We hope the foam roller from order {o} is easing those tight spots. Roll slowly, about one
inch per second.</p>
<p>If you'd like to share your thoughts, you can leave a review
<a href="https://www.amazon.com/review/create-review/?asin=B0CF7T2QZM">here</a>.</p>
<p>Coreline Recovery</p>"""))

    o, b = order("noalt", "en", "Enamel Camping Mug Set, 4 Pack", tld="ca")
    case("signature-logo-no-alt", "reject", ["style.image-alt"],
         "Helpdesk signature logo inline with no alt attribute.",
         to=b, frm="Trailhead Supply <support@trailheadsupply.ca>", fmt="html", day=10,
         related=((logo_png("TRAILHEAD", size=(140, 40)), "image", "png", "sig", "trailhead.png"),),
         subject=f"Re-packing your mugs - {o}", html=page(f"""<p>Hi,</p>
<p>We noticed one mug in order {o} left our warehouse without its felt separator. If any of them
arrived chipped, tell us which one and we'll send a replacement.</p>
<p>Best,<br>Trailhead Supply</p>
<p><img src="cid:sig" width="140" height="40"></p>"""))

    o, b = order("emoji", "en", "Kids' Dinosaur Night Light", tld="com")
    case("emoji-in-chatty-note", "reject", ["style.emoji"],
         "Chatty note with a Unicode dinosaur and a sparkle emoji.",
         to=b, frm="Dino Dreams <hello@dinodreams.com>", day=10, enc=B64, subject=f"Roar! About order {o}",
         text=f"""Hi!

The dinosaur night light from order {o} has a hidden timer: hold the
tail button for 3 seconds and it switches off after 30 minutes \U0001F996\u2728

Sleep tight,
Dino Dreams""")

    o, b = order("emoticon", "en", "Reading Glasses +2.0, 3 Pack", tld="co.uk")
    case("ascii-emoticon-reply", "reject", ["style.emoji"],
         "Reply that ends with a plain-text winking emoticon ;-)",
         to=b, frm="Clearview Readers <help@clearviewreaders.co.uk>", day=11, enc=LAT1,
         reply="Are these glasses ok for computer use or just books?",
         attribution="Buyer wrote:", subject="Re: Computer use?", text=f"""Hi Margaret,

Yes, +2.0 works for screens at arm's length for most people; for a desktop
monitor further away, +1.5 is usually more comfortable. Order {o}
can be exchanged if you find them too strong ;-)

Clearview Readers""")

    o, b = order("gif", "en", "Bluetooth Meat Thermometer", tld="com")
    case("animated-gif-banner", "reject", ["style.animated-gif"],
         "Inline animated GIF banner (two frames) with alt text.",
         to=b, frm="Smokestack BBQ Gear <pitcrew@smokestackbbq.com>", fmt="html", day=10, enc=B64,
         related=((animated_gif(("SMOKESTACK", "low & slow")), "image", "gif", "anim", "smokestack.gif"),),
         subject=f"Pairing your thermometer - {o}", html=page(f"""<p><img src="cid:anim" alt="Smokestack BBQ Gear"
width="220" height="56"></p>
<p>Hi,</p>
<p>To pair the thermometer from order {o}, take the probe out of the charger for five seconds
before opening the app.</p>
<p>Smokestack BBQ Gear</p>"""))

    o, b = order("margin", "en", "Linen Apron with Pockets", tld="com.au")
    case("wide-margins-template", "reject", ["style.margin"],
         "Template body with 150px left and right margins (above 20% of 600 px).",
         to=b, frm="Oat & Ochre <studio@oatandochre.com.au>", fmt="html", day=11,
         subject=f"Your apron - {o}", html=page(f"""<div style="margin:0 150px 0 150px">
<p>Hello,</p>
<p>Your linen apron from order {o} will soften after two or three washes; wash it cold and hang it
to dry.</p>
<p>Oat &amp; Ochre</p>
</div>"""))

    o, b = order("width", "en", "Hammock with Stand, Two Person", tld="com")
    case("banner-too-wide", "reject", ["style.image-width"],
         "Header banner 560 px wide (above 80% of 600 px), with alt text.",
         to=b, frm="Lazy Pine Outdoors <hello@lazypine.com>", fmt="html", day=9,
         related=((banner_png("LAZY PINE OUTDOORS - setup notes", 560), "image", "png", "banner", "banner.png"),),
         subject=f"Setting up your hammock stand - {o}", html=page(f"""<p><img src="cid:banner"
alt="Lazy Pine Outdoors"></p>
<p>Hi,</p>
<p>For the stand from order {o}, tighten the centre bolts last, after the hammock hangs level.</p>
<p>Lazy Pine Outdoors</p>"""))

    o, b = order("font", "en", "Waterproof Picnic Blanket 200x200", tld="co.uk")
    case("outlook-calibri-font", "reject", ["style.font-override"],
         "Outlook HTML with font-family Calibri on the body text (a font-family override).",
         to=b, frm="Meadow & Co <info@meadowandco.co.uk>", fmt="html", day=10, enc=L1,
         subject=f"RE: picnic blanket order {o}", html=f"""<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body lang="EN-GB">
<div class="WordSection1">
<p class="MsoNormal"><span style="font-family:&quot;Calibri&quot;,sans-serif">Hello,<o:p></o:p></span></p>
<p class="MsoNormal"><span style="font-family:&quot;Calibri&quot;,sans-serif">Your picnic blanket from order
{o} is machine washable at 30&deg;, but please do not tumble dry the waterproof backing.<o:p></o:p></span></p>
<p class="MsoNormal"><span style="font-family:&quot;Calibri&quot;,sans-serif">Kind regards,<br>Hannah<o:p></o:p>
</span></p>
</div>
</body>
</html>
""")

    o, b = order("sizes", "en", "Stainless Steel Bento Lunch Box", tld="com")
    case("four-font-sizes", "reject", ["style.font-sizes"],
         "Shop template with an h1, an h3, 14px body text and 11px small print: four sizes.",
         to=b, frm="Tiffin Trail <hello@tiffintrail.com>", fmt="html", day=11,
         subject=f"Packing ideas for your bento - {o}", html=page(f"""<h1>Lunch, sorted</h1>
<h3>Your bento from order {o}</h3>
<p style="font-size:14px">The divider lifts out for bigger portions, and the lid seal goes in the dishwasher.</p>
<p style="font-size:11px">Tiffin Trail, Portland OR</p>"""))

    o, b = order("center", "en", "Macrame Wall Hanging, Large", tld="com")
    case("centered-body", "reject", ["style.alignment"],
         "Message body centred with text-align:center.",
         to=b, frm="Boho Loom <hello@boholoom.com>", fmt="html", day=10,
         subject=f"Hanging your macrame - {o}", html=page(f"""<div style="text-align:center">
<p>Hi there,</p>
<p>To help the fringe of your wall hanging (order {o}) fall straight, steam it lightly and let it
hang for a day.</p>
<p>Boho Loom</p>
</div>"""))

    o, b = order("breaks", "en", "Portable Phone Tripod with Remote", tld="in")
    case("plain-triple-blank-lines", "reject", ["style.line-breaks"],
         "Plain text with three empty lines between paragraphs (four newlines in a row).",
         to=b, frm="ClickMate India <support@clickmate.in>", day=10, subject=f"Remote pairing - order {o}",
         text=f"""Dear Customer,

Regarding order {o}, the Bluetooth remote pairs by pressing the
small button on its side for 5 seconds until the blue light blinks.



Regards,
ClickMate India""")

    o, b = order("httpimg", "en", "Aroma Diffuser 500 ml, Wood Grain", tld="com")
    case("signature-image-over-http", "reject", ["image.insecure"],
         "Signature image loaded over http:// (not linked).",
         to=b, frm="Mistwood Aroma <hello@mistwoodaroma.com>", fmt="html", day=11,
         subject=f"Cleaning your diffuser - {o}", html=page(f"""<p>Hi,</p>
<p>Clean the diffuser from order {o} every few days with a cotton bud dipped in white vinegar.</p>
<p>Mistwood Aroma<br>
<img src="http://static.mistwoodaroma.com/mail/signature-leaf.png" alt="Mistwood Aroma" width="120"
height="40"></p>"""))

    o, b = order("spelling", "en", "Car Phone Holder, Magnetic Vent Mount", tld="com")
    case("egregious-spelling", "relay", ["content.spelling"],
         "A message riddled with misspellings: the spelling rule only warns, so the message is relayed.",
         to=b, frm="Drivio Acessories <support@drivio-acc.com>", day=10, subject=f"Your holdr - order {o}",
         text=f"""Helo,

Thankyou for you're oder {o}. The magnatic holdre has to be
atached to the vent verry firmley, othewise the fone will fal of wen
driveing over bumbs. Pleese chek the metel plate is stuk in the midle of
the fone case befor useing.

Bst reguards,
Drivio Acesories""")


def multi() -> None:
    _, b = order("m-news", "en", "Scented Bath Bombs Gift Set, 12 Pack", tld="co.uk")
    case("multi-summer-newsletter", "reject",
         ["order-id.missing", "type.marketing", "link.insecure", "link.external", "link.opt-out",
          "style.alignment", "style.font-override", "style.emoji"],
         "Shop-system newsletter to a buyer: no order ID, summer sale, http shop link, https unsubscribe link "
         "on the shop's mail host, centred, font-family, emoji.",
         to=b, frm="Fizz & Bloom <news@fizzandbloom.co.uk>", fmt="html", day=12, time="18:00:00",
         subject="Summer Sale is ON \u2600\ufe0f 25% off everything",
         html=page("""<div style="text-align:center;font-family:Georgia,serif">
<h2>Summer Sale \u2600\ufe0f</h2>
<p>Treat yourself: 25% off every bath bomb, salt and soak until Sunday.</p>
<p><a href="http://www.fizzandbloom.co.uk/summer-sale">Shop the Summer Sale</a></p>
<p>You're receiving this because you bought from Fizz &amp; Bloom.
<a href="https://mail.fizzandbloom.co.uk/unsubscribe?u=8c41f2">Unsubscribe from these emails</a></p>
</div>"""))

    o, b = order("m-gate", "en", "Collagen Peptides Powder, Unflavoured 500 g", tld="com")
    case("multi-gating-free-sample-emoticon", "reject", ["review.conditional", "review.incentive", "style.emoji"],
         "Review gating (only if you love it, otherwise contact us), a free sample for the review, and :)",
         to=b, frm="Vitalroot Nutrition <hello@vitalrootnutrition.com>", day=12, enc=B64,
         subject=f"Loving your collagen? ({o})", text=f"""Hi,

Thanks for order {o}! If you're loving your collagen, we'd be so
grateful for a 5-star review - and once it's up we'll mail you a free
sample of our new vanilla blend :)

Not loving it? Don't leave a review, just message us and we'll fix it.

Vitalroot""")

    o, b = order("m-ca-fr", "fr", "Insulated Winter Gloves, Touchscreen", tld="ca", **OOS)
    case("multi-oos-english-to-french-cancel-phone", "reject",
         ["language.mismatch", "order-problem.cancellation-request", "order-problem.no-adjustment",
          "content.phone-number"],
         "English to a French-speaking amazon.ca buyer: sold out, 'please cancel', no refund confirmed, and the "
         "shop's own phone number.",
         to=b, frm="Polar Hands <orders@polarhands.ca>", day=13, fmt="alt", text=f"""Hello,

We're sorry, the touchscreen gloves from order {o} are out of stock
in your size. Please cancel the order through your Amazon account.

If you have questions, call our office at 514-555-0187.

Polar Hands""", subject=f"Order {o} - out of stock")

    o, b = order("m-reply", "en", "Leather Dog Collar, Medium, Personalised Tag", tld="com")
    case("multi-reply-mailbox-link-breaks", "reject", ["content.email-address", "link.external", "style.line-breaks"],
         "Reply giving the seller's mailbox and its own https tag-design page, with three blank lines in a row.",
         to=b, frm="Goodboy Leatherworks <tags@goodboyleather.com>", day=11,
         reply="Can I change the name on the tag? I made a typo when I ordered.",
         attribution=f"On Thu, Jun 11, 2026 at 10:02 AM <{b}> wrote:",
         subject=f"Re: Typo on tag ({o})", text="""Hi!

Sure, no problem. Please enter the corrected name at
https://goodboyleather.com/tag-editor or email it to tags@goodboyleather.com.



Goodboy Leatherworks""")


def main() -> None:
    for fn in (compliant, violations_b, violations_c, violations_d, violations_e, multi):
        fn()
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="sixtyseventh"), verify,
                         after_must_precede=False)
    print(f"{len(labels)} cases, {len(ORDERS)} orders")


if __name__ == "__main__":
    main()
