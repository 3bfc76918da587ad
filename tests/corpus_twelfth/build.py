#!/usr/bin/env python3
"""Build the twelfth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_twelfth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from
the guidelines and RULES.md, not from the rule data. Its angle: casual and informal registers, short
messages and non-native sellers' English that is still compliant; replies inside ongoing buyer
conversations that quote the buyer (whose words are not the seller's); the rarer permitted situations
(recalls and safety notices, warranty, B2B VAT invoices, customs fees, address problems, personalisation
proofs, partial shipments, backorders, transit damage, cancellation and refund confirmations); and
violations in unusual wording (indirect review requests, oblique incentives, marketing dressed as service,
opt-out lines without the usual words, masked profanity, social-media handles, contact details spelt out).
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
    collect_by_language,
    lang_counts,
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

_rnd = random.Random(12_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "de": "30", "fr": "40", "es": "40", "it": "40", "co.jp": "25"}
_TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-02T10:00:00Z", shipped="2026-06-03T08:00:00Z", delivered="2026-06-06T12:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
_d = partial(mail_date, hm="10:00:00", tz="+0000")
B64 = {"cte": "base64"}
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
PRODUCER = "twelfth-corpus 1.0"
NOT_SHIPPED = {"shipped": "", "delivered": ""}


def case(slug: str, verdict: str, rules: list[str], absent: list[str], note: str, *, to: str, frm: str,
         subject: str, text: str | None = None, html: str | None = None, lang: str = "en", day: int = 12,
         reply: bool = False, tolerated: tuple[str, ...] = (), enc: dict | None = None, attach=(), related=(),
         after: tuple[str, ...] = (), headers: tuple[tuple[str, str], ...] = (), crlf: bool = False) -> None:
    hdrs = [*(reply_headers(f"0100018f.e12.{slug[:24]}") if reply else []), *headers]
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    if html is not None and not html.lstrip().lower().startswith(("<!doctype", "<html")):
        html = page(html, lang)
    msg = mk(frm, to, subject, _d(day), f"<n12.{slug}@{dom}>", headers=hdrs,
             text=None if text is None else text.strip("\n") + "\n",
             html=html, attach=attach, related=related, **(enc or {}))
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tolerated, after=after, crlf=crlf)


def wrote(addr: str, text: str, attr: str = "") -> str:
    """A quoted buyer message under an attribution line (by default naming the buyer's own relay alias)."""
    return f"{attr or f'On Thu, 11 Jun 2026 at 18:40, {addr} wrote:'}\n{quote(text)}"


def pdf(title: str, lines: list[str]) -> bytes:
    return make_pdf(title, lines, producer=PRODUCER)


REVIEW = ["review.incentive", "review.conditional", "review.removal-request"]
ORDER = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired"]
CONTACT = ["content.email-address", "content.phone-number"]
LINKS = ["link.external", "link.insecure", "link.opt-out", "style.link-text"]
TYPES = ["type.order-confirmation", "type.thank-you-only", "type.marketing"]
OOS = ["order-problem.cancellation-request", "order-problem.no-adjustment"]
SENS = ["content.sensitive"]
SPELL = ("content.spelling",)


# --------------------------------------------------------------------------------------------
# English
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    # -- compliant -----------------------------------------------------------------------
    o, b = order("charger", "en", "Cordless Drill 18V with 2 Batteries")
    t = f"""hey Chris,

yep it's in there - the charger sits under the foam tray on the left side of
the box, a lot of people miss it. lift the tray and you'll see it.

cheers,
Tom @ Boltline Tools

{wrote(b, "hi where's the charger?? box only has the drill and batteries")}"""
    case("casual-short-reply-charger", "relay", [], [*REVIEW, *CONTACT, *LINKS, "type.thank-you-only"],
         "Short casual reply answering the buyer's question; the buyer's relay alias in the attribution is no email address.",
         to=b, frm="Boltline Tools <tom@boltlinetools.com>", subject="Re: charger missing?", text=t, reply=True)

    o, b = order("lid", "en", "Stainless Steel Pressure Cooker 6L")
    t = f"""Dear costumer,

We are very sory for the inconvenince with the lid of your pressure cooker.
The replacment lid was send today with DHL, it will arive in 3-4 working
days. You dont need to return the old lid, please just not use it.

Again our apologise.

Best regard
Wei Zhang
Homewise Kitchen Store

{wrote(b, "The lid of my pressure cooker does not seal, steam comes out all round. Order " + o)}"""
    case("nonnative-replacement-lid", "relay", [], [*REVIEW, *CONTACT, *TYPES],
         "Non-native English with spelling mistakes (a warning at most), but a compliant reply sending a replacement part.",
         to=b, frm="Homewise Kitchen Store <service@homewise-kitchen.com>", subject="Re: lid not sealing", text=t,
         reply=True, tolerated=SPELL)

    o, b = order("blender", "en", "High-Speed Blender 1500W")
    q = ("this is total sh*t, the jug cracked on the first use. I'm going to leave 1 star and tell everyone "
         "on facebook unless you sort it out")
    t = f"""Hi Jordan,

I'm really sorry the jug cracked. That should not happen, and we want to put
it right.

A new jug is on its way to you today with UPS. When it arrives, please pop the
cracked one in the same box and use the return label inside; the pickup is
free.

Best wishes,
Alisha
Vortex Kitchen

{wrote(b, q)}"""
    case("reply-quoted-buyer-swearing", "relay", [], [*REVIEW, *SENS, *TYPES, *CONTACT],
         "The buyer's quoted text swears, threatens 1 star and names Facebook; the seller's own words are a polite fix.",
         to=b, frm="Vortex Kitchen <care@vortexkitchen.com>", subject="Re: Jug cracked!!", text=t, reply=True)

    o, b = order("kettle", "en", "Electric Kettle 1.7L, Glass", tld="co.uk")
    t = f"""Hello,

Important safety notice about your order {o}.

We have found that some kettle power bases from batch K17-0526 can overheat
at the connector. Please stop using the power base until you have checked the
batch code printed on its underside.

If your base shows batch K17-0526, reply to this message with a photo of the
label and we will send you a new base at no cost, together with a prepaid bag
to return the old one. Bases with any other batch code are not affected.

We are sorry for the trouble and thank you for checking.

Safety team, Brewline Appliances Ltd"""
    case("safety-recall-kettle-base", "relay", [], [*REVIEW, *TYPES, *ORDER, *CONTACT],
         "Proactive safety/recall notice asking for the batch code: contact required for the buyer's safe use of the purchase.",
         to=b, frm="Brewline Appliances <safety@brewline.co.uk>", subject=f"Safety notice: your kettle (order {o})",
         text=t)

    o, b = order("radiator", "en", "Smart Oil Radiator 2500W")
    t = f"""Hi Mrs Patel,

Sorry the display on your radiator stopped working. It is covered by the
manufacturer's 3-year warranty. Warranty claims are handled by the maker,
Thermex, directly: Thermex warranty line 1-800-555-0142 (Mon-Fri 8am-6pm ET).
Have your order number {o} and the serial number from the rating plate ready.

Kind regards,
Sam
Heatwell Direct

{wrote(b, "Display went blank after a week. What do I do?")}"""
    case("warranty-manufacturer-line", "relay", [], [*CONTACT, *REVIEW, *TYPES],
         "A manufacturer warranty phone number in the same sentence as 'warranty' is allowed.",
         to=b, frm="Heatwell Direct <support@heatwelldirect.com>", subject="Re: display blank", text=t, reply=True)

    o, b = order("vatinv", "en", "Ergonomic Office Chair, Mesh", tld="co.uk")
    inv = pdf("VAT invoice INV-UK-20931", ["VAT invoice INV-UK-20931", f"Amazon order {o}",
                                          "Bill to: Brightlane Studio Ltd, 4 Canal Street, Manchester M1 3HE",
                                          "Customer VAT GB 318 4410 27", "Net 199.99 GBP  VAT 20% 40.00 GBP",
                                          "Total 239.99 GBP"])
    t = f"""Hi Lena,

Of course - attached is the VAT invoice for order {o}, made out to
Brightlane Studio Ltd with your company VAT number GB 318 4410 27 shown.
The VAT (GBP 40.00) is itemised so you can reclaim it.

If your accounts team needs a different address on it, just tell us.

Regards,
Deskwise UK (Company No. 11223344, VAT GB 987 6543 21)

{wrote(b, "Hi, we bought this for the office. Can we get a proper VAT invoice for our company Brightlane Studio Ltd, VAT GB318441027?")}"""
    case("b2b-vat-invoice-reply", "relay", [], [*CONTACT, "attachment.not-allowed", *TYPES],
         "A B2B VAT invoice sent on request; VAT and company numbers are not phone numbers.",
         to=b, frm="Deskwise UK <accounts@deskwise.co.uk>", subject="Re: VAT invoice please", text=t, reply=True,
         attach=[(inv, "application", "pdf", "VAT-invoice-INV-UK-20931.pdf")], crlf=True)

    o, b = order("customs", "en", "Cast Iron Dutch Oven 5.5 qt", tld="co.uk", delivered="")
    t = f"""Hello,

Your Dutch oven from order {o} ships from our US warehouse and has reached UK
customs. Import VAT and a handling charge may be requested before delivery.

Please do not worry about this cost: we will reimburse any import VAT and
customs charge in full. If the carrier asks you to pay, keep the receipt and
reply here with a photo of it; we refund it the same day.

The carrier, DHL Express, may also contact you about the customs payment; their
UK customs desk is on 0344 248 0844.

Best regards,
Ironpot Cookware"""
    case("customs-import-vat-reimbursed", "relay", [], [*REVIEW, *CONTACT, *TYPES, "return.unnecessary"],
         "Proactive customs notice: the reimbursement is for import charges, not for a review; the carrier's number is allowed.",
         to=b, frm="Ironpot Cookware <orders@ironpotcookware.com>", subject=f"Customs charges for order {o}", text=t)


    o, b = order("glass", "en", "Engraved Whisky Glass, Set of 2", delivered="", shipped="")
    proof = pdf("Engraving proof", ["Engraving proof", f"Order {o}", "Glass 1: Happy 40th Sam",
                                   "Glass 2: 12.06.1986", "Font: Copperplate, 6 mm"])
    h = f"""<p>Hi Megan,</p>
<p>Here's the proof for your engraving (order {o}). Glass 1 reads <b>Happy 40th Sam</b> and glass 2 reads <b>12.06.1986</b>, both in Copperplate.</p>
<p>Can you check the spelling and the date and just reply "OK" if it's all good? If anything needs changing, tell us and we'll redo the proof. We only start engraving once you've said yes.</p>
<p>Thanks!<br>Etchwell Studio</p>"""
    case("personalisation-proof-html-pdf", "relay", [], [*TYPES, "attachment.not-allowed", "image.product-photo", *ORDER],
         "Personalisation proof for approval, a PDF attached: verifying a custom design.",
         to=b, frm="Etchwell Studio <studio@etchwell.com>", subject=f"Your engraving proof - order {o}", html=h,
         attach=[(proof, "application", "pdf", "proof.pdf")])

    o, b = order("lamp", "en", "Floor Lamp with Linen Shade", shipped="2026-06-10T08:00:00Z", delivered="")
    t = f"""Hello,

A heads-up about order {o}: your floor lamp and its linen shade are coming in
two separate parcels. The lamp base left our warehouse this week; the shade
is stocked in a different warehouse and is running late, so it will follow
around 19 June.

You don't need to do anything. If you'd rather not wait for the shade, reply
and we'll cancel that part ourselves and refund it straight away.

Best,
Lumen & Co"""
    case("partial-shipment-shade-follows", "relay", [], [*OOS, "type.thank-you-only", "type.marketing", *REVIEW],
         "Split shipment with a late part: a fulfilment issue notice; the seller offers to cancel itself.",
         to=b, frm="Lumen & Co <orders@lumenandco.com>", subject=f"Your order {o} comes in two parcels", text=t,
         tolerated=("type.order-confirmation",))

    o, b = order("desk", "en", "Standing Desk Frame, Dual Motor", purchased="2026-06-08T10:00:00Z", **NOT_SHIPPED)
    t = f"""Hi Daniel,

Sorry, bad news on timing: the standing desk frame from order {o} is on
backorder. The next container arrives on 22 June, so it will ship on 24 June
instead of 12 June as shown on the listing.

If that's fine, there's nothing to do - it ships automatically. If you'd
rather not wait, just reply and we'll cancel the order for you and refund
everything.

Apologies again,
Kai, Liftdesk"""
    case("backorder-new-date-seller-cancels", "relay", [], [*OOS, *TYPES, *REVIEW],
         "Backorder delay notice with a new date; the seller itself offers to cancel (no cancellation request).",
         to=b, frm="Liftdesk <kai@liftdesk.com>", subject=f"Backorder: order {o}", text=t)

    o, b = order("vase", "en", "Hand-Blown Glass Vase, Amber")
    t = f"""Hi Ruth,

Oh no, so sorry it arrived in pieces. Could you send us two photos through
this chat: one of the outer box and one of the broken vase? We need them for
the carrier's damage claim. You'll get a new vase either way - we'll send it
as soon as the photos are in.

Please don't cut yourself on the glass; no need to keep the pieces once
you've taken the photos.

Maya @ Amberglass

{wrote(b, "The vase arrived smashed. Box was crushed on one corner.")}"""
    case("transit-damage-photos", "relay", [], [*TYPES, *REVIEW, *CONTACT, *SENS],
         "Damaged in transit: asks for photos for the carrier claim; 'smashed' and 'broken' are no violence.",
         to=b, frm="Amberglass <maya@amberglass.com>", subject="Re: vase broken", text=t, reply=True)


    o, b = order("refund", "en", "Yoga Mat 6mm, Non-Slip")
    t = f"""Hey Sophie,

the refund's gone through today: $34.99 back on the card you paid with. Banks
usually take 3-5 business days to show it. Sorry again the mat smelled so
strongly.

Leo from Mattura

{wrote(b, "Did you get the mat back? Still no refund showing.")}"""
    case("refund-gone-through-reply", "relay", [], [*TYPES, *REVIEW, "return.unnecessary"],
         "Refund confirmation as an answer to the buyer's question (replies are exempt from the purpose rules).",
         to=b, frm="Mattura <leo@mattura.com>", subject="Re: refund?", text=t, reply=True)

    o, b = order("socks", "en", "Merino Hiking Socks, 3 Pairs")
    t = f"""hi there,

hope the socks fits good and keep your feet warm on the trails! if you have a
minute, a review on amazon would help a small shop like ours alot - whatever
you think of them.

order {o}

thank you, Ana
Trailknit"""
    case("review-request-casual-nonnative", "relay", [], [*REVIEW, "type.thank-you-only", "type.marketing"],
         "One neutral review request, casual and with non-native grammar; asks for any opinion.",
         to=b, frm="Trailknit <ana@trailknit.com>", subject=f"how are the socks? ({o})", text=t, tolerated=SPELL)

    t2 = f"""hi again,

just a gentle nudge in case our last msg got lost - if you get a sec, we'd
still love a review of your socks on amazon.

order {o}

Ana, Trailknit"""
    case("review-nudge-repeat", "reject", ["review.repeat"], ["review.incentive", "review.conditional"],
         "A second review request for the same order after the first was relayed.",
         to=b, frm="Trailknit <ana@trailknit.com>", subject=f"quick reminder ({o})", text=t2, day=14,
         after=("review-request-casual-nonnative",), tolerated=SPELL)

    o, b = order("thanks", "en", "Phone Stand, Aluminium")
    t = f"""Thanks a lot, glad it arrived ok and works with the case! Shout if
anything comes up.

Jess, Standly

{wrote(b, "Got the stand today, fits my phone even with the case. Thanks!")}"""
    case("short-thanks-reply", "relay", [], [*TYPES, *REVIEW],
         "A reply that only thanks: the thank-you-only rule is for proactive messages.",
         to=b, frm="Standly <jess@standly.com>", subject="Re: stand arrived", text=t, reply=True)

    # -- violations ----------------------------------------------------------------------
    o, b = order("beans", "en", "Single-Origin Coffee Beans 1kg")
    t = f"""Hi Alex,

Hope the beans from order {o} are brewing up nicely!

Fun fact: folks who share their thoughts on Amazon tend to get first dibs on
our next micro-lot before it goes public - just saying ;)

Roastery Nine"""
    case("first-dibs-for-reviewers", "reject", ["review.incentive", "style.emoji"], ["review.conditional", *CONTACT],
         "A future benefit hinted at for reviewers, and a winking emoticon.",
         to=b, frm="Roastery Nine <hello@roasterynine.com>", subject=f"How's the coffee? ({o})", text=t,
         tolerated=("type.marketing",))

    o, b = order("pillow", "en", "Memory Foam Pillow, Cooling")
    t = f"""Hello,

Thanks for choosing our pillow (order {o}).

Once your review is up on Amazon, drop us a line here with your order number
and a little something might just land in your mailbox.

Sleep well,
Cloudrest"""
    case("something-in-your-mailbox", "reject", ["review.incentive"], ["review.conditional", *CONTACT],
         "An unnamed gift promised once the review is posted.",
         to=b, frm="Cloudrest <team@cloudrest.com>", subject=f"Sleeping better? ({o})", text=t,
         tolerated=("type.marketing",))

    o, b = order("coffee", "en", "Bean-to-Cup Coffee Machine")
    t = f"""Service update for your order {o}

To keep your coffee machine running smoothly, descale it every 2 months.

Good news: our own descaler tablets and the new milk frother are 30% off in
our store this week with code CLEAN30 - stock up before the offer ends!

Your Brewmaster service team
Reply UNSUB to stop these service updates."""
    case("service-update-with-discount-code", "reject", ["type.marketing", "link.opt-out"], [*REVIEW, *CONTACT],
         "Headed 'service update', but it sells other products with a discount code, and ends with an opt-out keyword.",
         to=b, frm="Brewmaster <service@brewmaster-shop.com>", subject=f"Service update: order {o}", text=t)

    o, b = order("proof2", "en", "Custom Pet Portrait Canvas", **NOT_SHIPPED)
    t = f"""Hi Olivia,

The sketch for your pet portrait (order {o}) is ready: we've attached it.
Please reply "approve" or tell us what to change (ear shape, colours,
background).

Not keen on hearing from us again after this? Just reply "no more" and we'll
leave you be.

Petbrush Studio"""
    sketch = pdf("Portrait sketch", ["Portrait sketch", f"Order {o}", "Subject: Biscuit (beagle)",
                                     "Background: sage green"])
    case("no-more-reply-optout", "reject", ["link.opt-out"], [*CONTACT, "attachment.not-allowed", *TYPES],
         "A permitted custom-design proof, but it tells the buyer how to opt out of messages (without the word 'unsubscribe').",
         to=b, frm="Petbrush Studio <studio@petbrush.com>", subject=f"Portrait sketch to approve - {o}", text=t,
         attach=[(sketch, "application", "pdf", "sketch.pdf")])

    o, b = order("courier", "en", "Bathroom Mirror Cabinet")
    t = f"""Hi Mark,

Honestly, the courier made a f***ing mess of this one - total bulls**t that it
arrived with the door hanging off. A new cabinet goes out to you on Monday
with a different carrier.

Sorry,
Dean, Bathbox

{wrote(b, "Cabinet arrived with the door ripped off the hinge.")}"""
    case("masked-swearing-reply", "quarantine", ["content.sensitive"], [*REVIEW, *CONTACT],
         "The seller's own words are masked profanity; offensive language is not permitted even in a reply.",
         to=b, frm="Bathbox <dean@bathbox.com>", subject="Re: door ripped off", text=t, reply=True)

    o, b = order("yarn", "en", "Chunky Merino Yarn, 5 Skeins")
    t = f"""Hi Grace,

Your yarn from order {o} should be with you now. The skeins are wound loosely
so the wool can breathe; wind them into balls before knitting.

We'd love to see what you make - tag us @woolnest_studio on Instagram and
follow along for weekly patterns!

Woolnest"""
    case("instagram-tag-follow", "quarantine", ["type.marketing"], [*CONTACT, *REVIEW],
         "A care tip with an Instagram handle and a follow request (social-media promotion).",
         to=b, frm="Woolnest <hello@woolnest.com>", subject=f"Your yarn (order {o})", text=t)

    o, b = order("bulb", "en", "Smart LED Bulbs E27, 4-Pack")
    t = f"""Hi,

If the bulbs from order {o} don't show up in the app, reset them by switching
the light on and off five times.

Still stuck? Write to us at help (at) lumacraft (dot) com and we'll walk you
through it.

Lumacraft"""
    case("email-at-dot-words", "reject", ["content.email-address"], [*REVIEW, "type.marketing"],
         "An email address with (at) and (dot) spelt out is still an email address.",
         to=b, frm="Lumacraft <noreply@lumacraft.com>", subject=f"Bulbs not pairing? ({o})", text=t)

    o, b = order("sofa", "en", "Corner Sofa, Grey Fabric", tld="co.uk")
    t = f"""Hi Paul,

Your corner sofa (order {o}) is ready to leave our workshop. To book a
delivery day, give our team a ring on 0 2 0 - 7 9 4 6 - 1 2 3 4 or reply here
with two dates that suit you.

Thanks,
Loungecraft"""
    case("spaced-digits-own-line", "reject", ["content.phone-number"], [*TYPES, "content.email-address"],
         "Scheduling a bulky delivery is permitted, but the seller's own line is written with spaced digits.",
         to=b, frm="Loungecraft <bookings@loungecraft.co.uk>", subject=f"Delivery booking - order {o}", text=t)

    o, b = order("toaster", "en", "4-Slice Toaster, Matte Black")
    t = f"""Hi Karen,

Glad the new toaster works and you're happy with how we handled it. Now that
it's all sorted, would you mind giving your review another look? A lot has
changed since you wrote it.

Thanks,
Crumb & Co

{wrote(b, "The replacement works. I did leave 2 stars for the first one though.")}"""
    case("review-another-look", "reject", ["review.removal-request"], ["review.conditional", *CONTACT],
         "Asks the buyer to revisit an existing review (an update request) without saying 'change' or 'remove'.",
         to=b, frm="Crumb & Co <karen.help@crumbandco.com>", subject="Re: new toaster", text=t, reply=True,
         tolerated=("review.incentive",))

    o, b = order("earbuds", "en", "Wireless Earbuds, Noise Cancelling")
    t = f"""hey!! hope ur enjoying the earbuds (order {o})

if ur happy with them pls leave us a review on amazon, if not just msg us
first so we can fix it!!

thx, Budsy team"""
    case("gating-text-speak", "reject", ["review.conditional"], [*CONTACT, "review.removal-request"],
         "Review gating in text-speak: review if happy, message first if not.",
         to=b, frm="Budsy <team@budsy.com>", subject=f"ur earbuds ({o})", text=t, tolerated=SPELL)

    o, b = order("refund2", "en", "Silicone Baking Mats, 2-Pack")
    t = f"""Hello,

We're writing to confirm that your refund for order {o} has been processed:
$18.49 has been credited to your original payment method.

Kind regards,
Bakewell Supplies"""
    case("refund-processed-proactive", "quarantine", ["type.order-confirmation"], [*REVIEW, *CONTACT, "type.marketing"],
         "A proactive refund notice duplicates Amazon's own refund update (RULES.md F).",
         to=b, frm="Bakewell Supplies <orders@bakewellsupplies.com>", subject=f"Refund processed - order {o}",
         text=t, tolerated=("return.unnecessary", "type.thank-you-only"))

    o, b = order("thx", "en", "Wooden Puzzle Box")
    t = f"""Thx so much for ur order {o}!! We're always here if u need anything at all.

Cheers,
Bob @ Puzzlewood"""
    case("thanks-only-casual", "quarantine", ["type.thank-you-only"], [*REVIEW, *CONTACT, "type.marketing"],
         "A proactive message that only thanks and offers help, in casual text-speak.",
         to=b, frm="Puzzlewood <bob@puzzlewood.com>", subject=f"thx! ({o})", text=t, tolerated=SPELL)

    o, b = order("candle", "en", "Soy Candle Gift Set")
    t = f"""Hi Emma,

Thanks for picking our candles (order {o})! Trim the wick to 5 mm before
every burn for a clean flame.

P.S. use THANKS10 for 10% off your next order, and ping us on WhatsApp
+44 7700 900461 any time. Full scent guide: http://www.wickandwax.co.uk/guide

Wick & Wax"""
    case("ps-code-whatsapp-http", "reject", ["type.marketing", "content.phone-number", "link.insecure"],
         [*REVIEW, "content.email-address"],
         "A P.S. with a voucher code, a WhatsApp number and an http link.",
         to=b, frm="Wick & Wax <emma.help@wickandwax.co.uk>", subject=f"Candle care ({o})", text=t,
         tolerated=("link.external",))

    o, b = order("tent", "en", "2-Person Backpacking Tent")
    t = f"""Hi Sam,

Hope the tent from order {o} kept you dry!

If everything's perfect, a 5-star review would make our day. If not, email
us at sam.orchard.outdoors@gmail.com before you review so we can fix it.

Orchard Outdoors"""
    case("five-stars-gating-gmail", "reject", ["review.conditional", "review.incentive", "content.email-address"],
         ["review.removal-request"],
         "Review gating, persuading to 5 stars, and a seller email address.",
         to=b, frm="Orchard Outdoors <sam@orchardoutdoors.com>", subject=f"Dry nights? ({o})", text=t)




# --------------------------------------------------------------------------------------------
# German
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = order("ladegeraet", "de", "Akku-Rasenmäher 36V mit Ladegerät")
    t = f"""Guten Tag,

wichtiger Sicherheitshinweis zu Ihrer Bestellung {o}:

Bei einigen Ladegeräten aus der Charge LG-2605 kann sich der Netzstecker
lockern. Bitte verwenden Sie das Ladegerät vorerst nicht und prüfen Sie die
Chargennummer auf der Rückseite.

Steht dort LG-2605, antworten Sie bitte kurz mit einem Foto des Typenschilds.
Wir schicken Ihnen dann kostenlos ein neues Ladegerät und einen frankierten
Umschlag für das alte. Alle anderen Chargen sind nicht betroffen.

Mit freundlichen Grüßen
Ihr Grünwerk-Team"""
    case("sicherheitshinweis-charge", "relay", [], [*REVIEW, *TYPES, *ORDER, *CONTACT],
         "Proaktiver Sicherheits-/Rückrufhinweis mit Bitte um die Chargennummer: für die sichere Nutzung nötig.",
         to=b, frm="Grünwerk <sicherheit@gruenwerk-garten.de>", subject=f"Sicherheitshinweis zu Ihrer Bestellung {o}",
         text=t, lang="de", enc=B64)

    o, b = order("firma", "de", "Laserdrucker A4, Duplex")
    inv = pdf("Rechnung RE-26-4471", ["Rechnung RE-26-4471", f"Amazon-Bestellung {o}",
                                      "Rechnungsempfaenger: Kessler Steuerberatung GmbH, Hauptstr. 12, 70173 Stuttgart",
                                      "USt-IdNr. Kunde: DE287654321", "Netto 249,00 EUR  USt 19% 47,31 EUR",
                                      "Gesamt 296,31 EUR"])
    t = f"""Hallo Frau Kessler,

gerne! Anbei die Rechnung RE-26-4471 zu Bestellung {o}, ausgestellt auf die
Kessler Steuerberatung GmbH mit Ihrer USt-IdNr. DE287654321 und
ausgewiesener Mehrwertsteuer.

Viele Grüße
Druckhaus Direkt
Amtsgericht Köln HRB 98765, USt-IdNr. DE312345678

{wrote(b, "Können Sie uns bitte eine Rechnung auf die Firma ausstellen? Kessler Steuerberatung GmbH, USt-IdNr. DE287654321.", "Am 11.06.2026 um 09:12 schrieb " + b + ":")}"""
    case("firmenrechnung-ust-antwort", "relay", [], [*CONTACT, "attachment.not-allowed", *TYPES],
         "Firmenrechnung mit USt-IdNr. auf Wunsch: Register- und Steuernummern sind keine Telefonnummern.",
         to=b, frm="Druckhaus Direkt <buchhaltung@druckhaus-direkt.de>", subject="Re: Rechnung auf Firma", text=t,
         lang="de", reply=True, attach=[(inv, "application", "pdf", "Rechnung_RE-26-4471.pdf")], crlf=True)

    o, b = order("regal", "de", "Schwerlastregal 180x90x40")
    t = f"""Hi,

klar, die fehlen nicht: die Schrauben sind im kleinen Beutel, der mit
Klebeband unter der obersten Platte klebt. Passiert vielen :)

LG Jana von Regalwerk

{wrote(b, "Wo sind die verdammten Schrauben?? Im Karton ist nix!", "Am 12.06.2026 um 08:03 schrieb Käufer:")}"""
    case("locker-antwort-zitat-flucht", "reject", ["style.emoji"], [*SENS, *REVIEW, *CONTACT],
         "Lockere Antwort; das Fluchen steht nur im Zitat der Käuferin, aber der Smiley des Verkäufers ist ein Emoticon.",
         to=b, frm="Regalwerk <jana@regalwerk.de>", subject="Re: Schrauben fehlen", text=t, lang="de", reply=True)

    o, b = order("paket", "de", "Porzellan-Tafelservice 18-teilig")
    t = f"""Hallo Herr Brandt,

das tut uns sehr leid, dass das Paket beschädigt bei Ihnen ankam. Schicken
Sie uns bitte über diesen Chat ein Foto vom Karton und eines von den
zerbrochenen Tellern. Damit melden wir den Transportschaden bei DHL und
schicken Ihnen die Teile sofort neu.

Die Scherben müssen Sie nicht aufheben.

Freundliche Grüße
Porzellanhaus Weiß

{wrote(b, "Paket kam zerdrückt an, zwei Teller sind kaputt.", "Am 11.06.2026 um 17:20 schrieb Käufer:")}"""
    case("transportschaden-fotos", "relay", [], [*TYPES, *REVIEW, *CONTACT, *SENS],
         "Transportschaden: Bitte um Fotos für die Meldung beim Paketdienst.",
         to=b, frm="Porzellanhaus Weiß <service@porzellanhaus-weiss.de>", subject="Re: Paket beschädigt", text=t,
         lang="de", reply=True)

    o, b = order("zoll", "de", "Handgefertigte Lederstiefel", delivered="")
    t = f"""Guten Tag,

Ihre Stiefel aus Bestellung {o} werden aus unserer Werkstatt in
Großbritannien versendet. Bei der Einfuhr können Einfuhrumsatzsteuer und Zoll
anfallen, die der Zusteller (UPS) bei der Lieferung einzieht.

Diese Kosten übernehmen wir vollständig: Bewahren Sie bitte den Beleg auf und
schicken Sie uns hier ein Foto davon, dann erstatten wir Ihnen den Betrag
noch am selben Tag.

Mit freundlichen Grüßen
Harrow Bootmakers"""
    case("zollgebuehren-erstattet", "relay", [], [*REVIEW, *TYPES, *CONTACT, "return.unnecessary"],
         "Zollhinweis: die Erstattung gilt den Einfuhrabgaben, nicht einer Bewertung.",
         to=b, frm="Harrow Bootmakers <orders@harrowboots.co.uk>", subject=f"Zoll und Einfuhrumsatzsteuer - Bestellung {o}",
         text=t, lang="de")

    o, b = order("erstattung", "de", "Kaffeemühle elektrisch")
    t = f"""Hallo Herr Yilmaz,

die Erstattung über 29,90 € ist heute veranlasst worden und sollte in
wenigen Tagen auf Ihrem Konto sein. Danke, dass Sie die Mühle so schnell
zurückgeschickt haben.

Viele Grüße
Mahlwerk Shop

{wrote(b, "Habe die Mühle am Montag zurückgeschickt. Wann kommt das Geld?", "Am 12.06.2026 um 10:41 schrieb Käufer:")}"""
    case("erstattung-veranlasst-antwort", "relay", [], [*TYPES, *REVIEW, "return.unnecessary"],
         "Erstattungsbestätigung als Antwort auf die Frage der Käuferin.",
         to=b, frm="Mahlwerk Shop <info@mahlwerk-shop.de>", subject="Re: Rücksendung Kaffeemühle", text=t,
         lang="de", reply=True)

    # -- violations ----------------------------------------------------------------------
    o, b = order("dankeschoen", "de", "Bambus-Schneidebrett 3er-Set")
    t = f"""Hallo,

wir hoffen, die Schneidebretter aus Bestellung {o} gefallen Ihnen!

Übrigens: Wer uns eine Bewertung auf Amazon dalässt, bekommt bei der nächsten
Bestellung ein kleines Dankeschön von uns mit ins Paket.

Herzliche Grüße
Holzliebe"""
    case("dankeschoen-naechste-bestellung", "reject", ["review.incentive"], ["review.conditional", *CONTACT],
         "Ein Geschenk bei der nächsten Bestellung für eine Bewertung (Zukunftsvorteil).",
         to=b, frm="Holzliebe <hallo@holzliebe.de>", subject=f"Ihre Schneidebretter ({o})", text=t, lang="de",
         tolerated=("type.marketing",))

    o, b = order("post", "de", "Wanduhr Eiche, lautlos", **NOT_SHIPPED)
    t = f"""Guten Tag,

Ihre Wanduhr aus Bestellung {o} verzögert sich leider um drei Tage, da das
Uhrwerk erst am Mittwoch geliefert wird. Sie wird am 19. Juni versendet.

Keine Lust mehr auf Post von uns? Eine kurze Antwort mit "Stopp" genügt,
dann schreiben wir Ihnen nicht mehr.

Freundliche Grüße
Zeitwerk Manufaktur"""
    case("keine-lust-mehr-auf-post", "reject", ["link.opt-out"], [*OOS, *CONTACT, "type.marketing"],
         "Eine Verzögerungsmeldung mit einer Abmeldezeile in ungewohnter Wortwahl.",
         to=b, frm="Zeitwerk Manufaktur <info@zeitwerk-manufaktur.de>", subject=f"Lieferverzögerung {o}", text=t,
         lang="de")

    o, b = order("hotline", "de", "Saugroboter mit Wischfunktion")
    t = f"""Hallo,

falls Ihr Saugroboter aus Bestellung {o} die Ladestation nicht findet,
stellen Sie die Station bitte mit 50 cm Abstand zu Möbeln auf.

Bei Fragen erreichen Sie unser Serviceteam direkt unter
null eins fünf zwei - drei drei vier vier fünf fünf sechs, auch per WhatsApp.

Viele Grüße
Putzblitz Robotics"""
    case("telefon-in-worten", "reject", ["content.phone-number"], ["content.email-address", *REVIEW],
         "Die eigene Service-Nummer, in Worten ausgeschrieben, ist trotzdem eine Telefonnummer.",
         to=b, frm="Putzblitz Robotics <service@putzblitz.de>", subject=f"Tipp zur Ladestation ({o})", text=t,
         lang="de")

    o, b = order("kurier", "de", "Glas-Couchtisch 110 cm")
    t = f"""Hallo Frau Schulz,

sorry, der Kurier hat da echt Sch***e gebaut - dass der Tisch so verkratzt
ankam, ist eine verd***te Frechheit. Wir schicken Ihnen am Montag eine neue
Glasplatte.

Gruß
Glasform

{wrote(b, "Die Glasplatte ist völlig verkratzt.", "Am 11.06.2026 um 21:05 schrieb Käufer:")}"""
    case("maskierte-kraftausdruecke", "quarantine", ["content.sensitive"], [*REVIEW, *CONTACT],
         "Maskierte Kraftausdrücke des Verkäufers selbst in einer Antwort.",
         to=b, frm="Glasform <service@glasform.de>", subject="Re: Glasplatte verkratzt", text=t, lang="de", reply=True)

    o, b = order("leder", "de", "Lederpflege-Set für Sofas")
    h = f"""<p>Hallo,</p>
<p>Pflegetipp zu Ihrer Bestellung {o}: Tragen Sie den Balsam dünn auf und polieren Sie nach 20 Minuten nach.</p>
<p>Neu bei uns: das Pflegeset für Autositze, jetzt mit 20 % Einführungsrabatt im <a href="https://www.lederpflege-atelier.de/autoset">Lederpflege-Atelier-Shop</a>. Folgt uns auf Instagram @lederpflege.atelier für mehr Tipps!</p>
<p>Ihr Lederpflege Atelier</p>"""
    case("pflegetipp-rabatt-instagram-link", "reject", ["type.marketing", "link.external"], [*REVIEW, *CONTACT],
         "Ein Pflegetipp als Aufhänger für ein neues Produkt mit Rabatt, einen Shop-Link und Instagram.",
         to=b, frm="Lederpflege Atelier <info@lederpflege-atelier.de>", subject=f"Pflegetipp ({o})", html=h, lang="de")

    o, b = order("sprache", "de", "Fahrradhelm mit LED-Rücklicht")
    t = f"""Hi there,

quick note on your order {o}: the rear light on the helmet comes with a
protective film over the lens - peel it off before first use or the light
will look dim. The USB-C cable is in the small side pocket of the box.

Cheers,
Velobright"""
    case("englisch-an-deutsche-kaeuferin", "quarantine", ["language.mismatch"], [*REVIEW, *TYPES, *CONTACT],
         "Proaktive Nachricht auf Englisch an eine Käuferin mit Sprache Deutsch.",
         to=b, frm="Velobright <service@velobright.de>", subject=f"Your helmet ({o})", text=t, lang="de")


# --------------------------------------------------------------------------------------------
# French
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("annul", "fr", "Robot pâtissier 1200 W", purchased="2026-06-14T08:00:00Z", **NOT_SHIPPED)
    t = f"""Bonjour,

c'est fait : votre commande {o} est annulée. Elle n'était pas encore partie,
vous ne serez donc pas débité.

Bonne journée,
Camille - Pâtisserie Pro

{wrote(b, "Bonjour, je voudrais annuler ma commande, je me suis trompé de modèle.", "Le 14/06/2026 à 09:30, Acheteur a écrit :")}"""
    case("annulation-confirmee", "relay", [], [*TYPES, *OOS, *REVIEW],
         "Confirmation de l'annulation demandée par l'acheteur, en réponse.",
         to=b, frm="Pâtisserie Pro <camille@patisserie-pro.fr>", subject="Re: annulation", text=t, lang="fr",
         reply=True)

    o, b = order("adresse", "fr", "Parasol déporté 3 m", delivered="")
    t = f"""Bonjour,

le transporteur nous signale que le colis de votre commande {o} ne peut pas
être livré : le numéro de rue manque dans l'adresse (« rue des Lilas, 69003
Lyon »). Pourriez-vous nous indiquer le numéro en réponse à ce message ? Nous
le transmettrons aussitôt pour une nouvelle présentation.

Merci d'avance,
L'équipe Jardin Soleil"""
    case("adresse-numero-manquant", "relay", [], [*TYPES, *REVIEW, *ORDER],
         "Demande d'information nécessaire à la livraison (adresse incomplète).",
         to=b, frm="Jardin Soleil <commandes@jardin-soleil.fr>", subject=f"Adresse incomplète - commande {o}",
         text=t, lang="fr")

    o, b = order("bat", "fr", "Plaque de porte gravée en ardoise", **NOT_SHIPPED)
    proof = pdf("BAT gravure", ["Bon a tirer - gravure", f"Commande {o}", "Texte : Famille Moreau",
                                "Numero : 12", "Police : Didot, 30 mm"])
    t = f"""Bonjour Madame Moreau,

voici le BAT (bon à tirer) de votre plaque, commande {o} : « Famille
Moreau » et le numéro 12, en police Didot.

Merci de vérifier l'orthographe et de nous répondre « bon pour gravure » si
tout est correct. Si vous souhaitez une modification, dites-le-nous, nous
vous enverrons un nouveau BAT. Nous ne gravons qu'après votre accord.

Bien cordialement,
Atelier Ardoise"""
    case("bat-gravure-pdf", "relay", [], [*TYPES, "attachment.not-allowed", *ORDER],
         "Vérification d'une personnalisation (BAT en PDF) avant fabrication.",
         to=b, frm="Atelier Ardoise <atelier@atelier-ardoise.fr>", subject=f"Votre BAT - commande {o}", text=t,
         lang="fr", attach=[(proof, "application", "pdf", "BAT-gravure.pdf")])

    o, b = order("garantie", "fr", "Machine à expresso avec broyeur")
    t = f"""Bonjour Monsieur Lefèvre,

désolés pour la panne de la pompe. Votre machine est couverte par la
garantie constructeur de 2 ans : le service garantie du fabricant Caffeo se
joint au 01 84 88 12 34 (du lundi au vendredi). Munissez-vous du numéro de
série inscrit sous le réservoir.

Cordialement,
Espresso Maison

{wrote(b, "La pompe ne fait plus rien depuis hier.", "Le 11/06/2026 à 20:15, Acheteur a écrit :")}"""
    case("garantie-fabricant-telephone", "relay", [], [*CONTACT, *REVIEW, *TYPES],
         "Numéro du service garantie du fabricant : autorisé (garantie, fabricant dans la même phrase).",
         to=b, frm="Espresso Maison <sav@espresso-maison.fr>", subject="Re: pompe en panne", text=t, lang="fr",
         reply=True)

    o, b = order("rupture", "fr", "Fauteuil en rotin naturel", purchased="2026-06-09T10:00:00Z", **NOT_SHIPPED)
    t = f"""Bonjour,

votre fauteuil en rotin (commande {o}) est en réapprovisionnement : notre
artisan nous livre le 23 juin, l'expédition se fera donc le 25 juin au lieu
du 15 juin.

Nous sommes désolés de ce retard. Si vous préférez ne pas attendre,
répondez-nous simplement et nous annulerons nous-mêmes la commande avec un
remboursement intégral.

Cordialement,
Rotin & Co"""
    case("reappro-retard-vendeur-annule", "relay", [], [*OOS, *TYPES, *REVIEW],
         "Retard (commande en réapprovisionnement) ; le vendeur propose d'annuler lui-même.",
         to=b, frm="Rotin & Co <contact@rotin-co.fr>", subject=f"Retard d'expédition - commande {o}", text=t,
         lang="fr")

    o, b = order("rembours", "fr", "Lampe de chevet tactile")
    t = f"""Bonjour Julie,

c'est bon, le remboursement partiel de 15 € pour la rayure sur le pied a bien
été effectué aujourd'hui. Vous le verrez sur votre compte d'ici quelques
jours.

Belle soirée,
Lumi Déco

{wrote(b, "D'accord pour le remboursement partiel de 15 €, je garde la lampe.", "Le 12/06/2026 à 11:02, Acheteur a écrit :")}"""
    case("remboursement-partiel-effectue", "relay", [], [*TYPES, *REVIEW, "return.unnecessary"],
         "Confirmation d'un remboursement partiel convenu, en réponse.",
         to=b, frm="Lumi Déco <bonjour@lumi-deco.fr>", subject="Re: rayure sur le pied", text=t, lang="fr",
         reply=True)

    # -- violations ----------------------------------------------------------------------
    o, b = order("moitie", "fr", "Théière en fonte 1,2 L")
    t = f"""Bonjour,

votre théière (commande {o}) est-elle à la hauteur ?

Un petit avis sur Amazon ? En remerciement, votre prochaine commande chez nous
sera à moitié prix :-)

Thés du Monde"""
    case("avis-prochaine-commande-moitie-prix", "reject", ["review.incentive", "style.emoji"], ["review.conditional", *CONTACT],
         "Un avis contre une prochaine commande à moitié prix, et un émoticône.",
         to=b, frm="Thés du Monde <contact@thes-du-monde.fr>", subject=f"Votre théière ({o})", text=t, lang="fr",
         tolerated=("type.marketing",))

    o, b = order("note", "fr", "Aspirateur balai sans fil")
    t = f"""Bonjour,

ravis que l'aspirateur de remplacement fonctionne bien ! Maintenant que tout
est réglé, pourriez-vous revoir la note que vous nous avez laissée ?

Merci,
Ménage Malin

{wrote(b, "Le nouvel aspirateur marche. J'avais mis 1 étoile au premier.", "Le 12/06/2026 à 14:44, Acheteur a écrit :")}"""
    case("revoir-la-note", "reject", ["review.removal-request"], ["review.conditional", *CONTACT],
         "Demande de revoir une évaluation existante.",
         to=b, frm="Ménage Malin <sav@menage-malin.fr>", subject="Re: aspirateur remplacé", text=t, lang="fr",
         reply=True, tolerated=("review.incentive",))

    o, b = order("arobase", "fr", "Coussin de méditation en sarrasin")
    t = f"""Bonjour,

pour regonfler le coussin de votre commande {o}, secouez-le vigoureusement
puis laissez-le à l'air libre une heure.

Une question ? Écrivez-nous à contact arobase maison-lune point fr.

Maison Lune"""
    case("email-arobase-point", "reject", ["content.email-address"], [*REVIEW, "type.marketing"],
         "Adresse e-mail écrite en toutes lettres (arobase, point).",
         to=b, frm="Maison Lune <noreply@maison-lune.fr>", subject=f"Entretien du coussin ({o})", text=t, lang="fr")

    o, b = order("stop", "fr", "Bougie parfumée figue", **NOT_SHIPPED)
    t = f"""Bonjour,

votre bougie (commande {o}) part demain : la cire devait encore reposer 48 h
avant l'emballage.

Vous préférez ne plus recevoir de messages de notre part ? Répondez
simplement STOP.

Atelier Cire"""
    case("repondez-stop", "reject", ["link.opt-out"], [*CONTACT, "type.marketing"],
         "Une ligne de désinscription (répondez STOP) dans un message de retard.",
         to=b, frm="Atelier Cire <bonjour@atelier-cire.fr>", subject=f"Votre bougie ({o})", text=t, lang="fr",
         tolerated=("type.order-confirmation",))

    o, b = order("annulez", "fr", "Bureau d'angle en chêne", purchased="2026-06-10T10:00:00Z", **NOT_SHIPPED)
    t = f"""Bonjour,

nous sommes désolés, le bureau de votre commande {o} n'est plus en stock et
notre fournisseur ne sait pas quand il sera réapprovisionné.

Merci d'annuler la commande de votre côté dans votre compte Amazon (« Annuler
des articles »).

Cordialement,
Bureau Nature"""
    case("rupture-annulez-vous-meme", "reject", ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         [*REVIEW, *CONTACT],
         "Rupture de stock : demande à l'acheteur d'annuler, sans confirmer l'ajustement du montant.",
         to=b, frm="Bureau Nature <service@bureau-nature.fr>", subject=f"Commande {o}", text=t, lang="fr")


# --------------------------------------------------------------------------------------------
# Spanish
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("retirada", "es", "Silla de paseo ligera plegable")
    t = f"""Hola:

Le escribimos por un aviso de seguridad sobre su pedido {o}.

En algunas sillas del lote SP-0426 el cierre del arnés puede soltarse. Por
favor, revise el número de lote en la etiqueta bajo el asiento. Si es SP-0426,
deje de usar el arnés y respóndanos con una foto de la etiqueta: le
enviaremos un cierre nuevo sin coste, con instrucciones para cambiarlo en dos
minutos.

Los demás lotes no están afectados.

Atentamente,
Paseo Feliz"""
    case("aviso-seguridad-lote", "relay", [], [*REVIEW, *TYPES, *ORDER, *CONTACT],
         "Aviso de seguridad / retirada de un lote, pide el número de lote: necesario para el uso seguro.",
         to=b, frm="Paseo Feliz <seguridad@paseofeliz.es>", subject=f"Aviso de seguridad - pedido {o}", text=t,
         lang="es", enc=B64)

    o, b = order("factura", "es", "Monitor 24 pulgadas IPS")
    inv = pdf("Factura F-2026-0388", ["Factura F-2026-0388", f"Pedido Amazon {o}",
                                      "Cliente: Reformas Ortega S.L., CIF B12345678",
                                      "Base 129,00 EUR  IVA 21% 27,09 EUR", "Total 156,09 EUR"])
    t = f"""Hola, Sr. Ortega:

Le adjuntamos la factura F-2026-0388 del pedido {o} a nombre de Reformas
Ortega S.L., CIF B12345678, con el IVA desglosado.

Un saludo,
Pantallas Ibéricas S.L. - CIF B87654321

{wrote(b, "Necesito factura con IVA a nombre de mi empresa Reformas Ortega S.L., CIF B12345678.", "El 11 jun 2026, a las 12:30, Comprador escribió:")}"""
    case("factura-iva-empresa", "relay", [], [*CONTACT, "attachment.not-allowed", *TYPES],
         "Factura con IVA para una empresa, en respuesta; el CIF no es un teléfono.",
         to=b, frm="Pantallas Ibéricas <facturas@pantallas-ibericas.es>", subject="Re: factura con IVA", text=t,
         lang="es", reply=True, attach=[(inv, "application", "pdf", "Factura-F-2026-0388.pdf")])

    o, b = order("parcial", "es", "Juego de sartenes 3 piezas + tapas", shipped="2026-06-10T08:00:00Z", delivered="")
    t = f"""Hola:

Su pedido {o} le llegará en dos paquetes: las sartenes ya han salido de
nuestro almacén, pero las tapas vienen de otro almacén y se retrasan hasta el
19 de junio aproximadamente.

No tiene que hacer nada. Si prefiere no esperar las tapas, díganoslo y las
cancelamos nosotros con el reembolso correspondiente.

Saludos,
Cocina Viva"""
    case("envio-parcial-tapas", "relay", [], [*OOS, "type.thank-you-only", "type.marketing", *REVIEW],
         "Envío parcial con una parte retrasada; el vendedor ofrece cancelar él mismo.",
         to=b, frm="Cocina Viva <pedidos@cocinaviva.es>", subject=f"Su pedido {o} llega en dos paquetes", text=t,
         lang="es", tolerated=("type.order-confirmation",))

    o, b = order("aduana", "es", "Botas de montaña de cuero", delivered="")
    t = f"""Hola, Lucía:

Sí, puede que el transportista le cobre aranceles de aduana, porque el envío
sale de nuestro taller en Reino Unido. No se preocupe: nosotros le
reembolsamos esos gastos de importación. Guarde el justificante y mándenos
una foto por aquí.

Un saludo,
Highland Boots

{wrote(b, "¿Voy a tener que pagar aduana? Nadie me avisó.", "El 12 jun 2026, a las 9:05, Comprador escribió:")}"""
    case("aduana-reembolsamos", "relay", [], [*REVIEW, *TYPES, *CONTACT],
         "Respuesta sobre aranceles de aduana: el reembolso es de los gastos de importación, no de una reseña.",
         to=b, frm="Highland Boots <orders@highlandboots.co.uk>", subject="Re: aduana", text=t, lang="es", reply=True)

    o, b = order("funda", "es", "Funda para tablet 11 pulgadas")
    t = f"""¡Hola!

Sí, es compatible con el modelo de 2024, la cámara queda bien centrada.

Saludos,
Fundas Ya

{wrote(b, "hola, sirve para el modelo 2024?? gracias", "El 12 jun 2026, a las 22:10, Comprador escribió:")}"""
    case("respuesta-corta-informal", "relay", [], [*TYPES, *REVIEW, *CONTACT],
         "Respuesta breve e informal a una pregunta del comprador.",
         to=b, frm="Fundas Ya <hola@fundasya.es>", subject="Re: compatibilidad", text=t, lang="es", reply=True)

    o, b = order("roto", "es", "Jarrón de cerámica artesanal")
    t = f"""Hola, Marta:

Lamentamos muchísimo que el jarrón llegara roto. ¿Nos puede mandar una foto
del embalaje y otra del jarrón? Con ellas hacemos la reclamación a la agencia
de transporte y le enviamos uno nuevo enseguida.

Un abrazo,
Cerámica Alba

{wrote(b, "El jarrón ha llegado hecho pedazos.", "El 11 jun 2026, a las 18:47, Comprador escribió:")}"""
    case("danos-transporte-fotos", "relay", [], [*TYPES, *REVIEW, *SENS],
         "Daños en el transporte: pide fotos para la reclamación.",
         to=b, frm="Cerámica Alba <tienda@ceramica-alba.es>", subject="Re: jarrón roto", text=t, lang="es",
         reply=True)

    # -- violations ----------------------------------------------------------------------
    o, b = order("resena", "es", "Auriculares de diadema plegables")
    t = f"""Hola:

¿Qué tal los auriculares de su pedido {o}?

Si está contento con ellos, déjenos una reseña en Amazon; si algo no va bien,
escríbanos antes para que podamos solucionarlo.

Saludos,
Sonido Claro"""
    case("resena-si-contento", "reject", ["review.conditional"], ["review.removal-request", *CONTACT],
         "Reseña solo si está contento; si no, primero contactar (filtrado).",
         to=b, frm="Sonido Claro <info@sonidoclaro.es>", subject=f"Sus auriculares ({o})", text=t, lang="es")

    o, b = order("novedad", "es", "Difusor de aromas ultrasónico")
    t = f"""Hola:

Información útil sobre su pedido {o}: cambie el agua del difusor cada día.

Y una novedad para usted: como cliente tiene un 15 % de descuento en nuestra
nueva colección de aceites esenciales con el código VERANO15.

Aromas del Sur"""
    case("novedad-codigo-descuento", "quarantine", ["type.marketing"], [*REVIEW, *CONTACT],
         "Un consejo de uso como pretexto para un código de descuento en otros productos.",
         to=b, frm="Aromas del Sur <hola@aromasdelsur.es>", subject=f"Información sobre su pedido {o}", text=t,
         lang="es")

    o, b = order("tiktok", "es", "Lámpara de sal del Himalaya")
    t = f"""Hola:

Gracias por su pedido {o}. Para que la lámpara dure, no la deje en el baño:
la humedad disuelve la sal.

¡Síguenos en TikTok @casaluz.deco para más ideas de decoración! ✨

Casa Luz"""
    case("siguenos-tiktok", "reject", ["type.marketing", "style.emoji"], [*CONTACT, *REVIEW],
         "Petición de seguir en redes sociales (TikTok) con un emoji.",
         to=b, frm="Casa Luz <hola@casaluz.es>", subject=f"Su lámpara ({o})", text=t, lang="es")

    o, b = order("envio", "es", "Cafetera italiana 6 tazas")
    t = f"""Hola:

Le confirmamos que su pedido {o} ha sido enviado hoy con Correos Express.
Número de seguimiento: 3230001845762910.

Gracias por su compra.

Cafés Moka"""
    case("confirmacion-envio", "quarantine", ["type.order-confirmation"], [*CONTACT, *REVIEW, "type.marketing"],
         "Confirmación de envío con número de seguimiento (la envía Amazon).",
         to=b, frm="Cafés Moka <pedidos@cafesmoka.es>", subject=f"Pedido {o} enviado", text=t, lang="es",
         tolerated=("type.thank-you-only",))

    o, b = order("contacto", "es", "Reloj despertador de madera")
    t = f"""Hola:

Su despertador (pedido {o}) se pone en hora manteniendo pulsado el botón SET
tres segundos.

Para cualquier cosa, llámenos al 612 345 678 o escriba a
tienda.madera.sol@gmail.com.

Madera Sol"""
    case("telefono-y-correo", "reject", ["content.phone-number", "content.email-address"], [*REVIEW, "type.marketing"],
         "Teléfono propio y correo electrónico en el mismo mensaje.",
         to=b, frm="Madera Sol <tienda@maderasol.es>", subject=f"Su despertador ({o})", text=t, lang="es")


# --------------------------------------------------------------------------------------------
# Italian
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("ritardo", "it", "Libreria a giorno in noce", purchased="2026-06-09T10:00:00Z", **NOT_SHIPPED)
    t = f"""Buongiorno,

la libreria del suo ordine {o} è in arrivo dal nostro fornitore e partirà il
24 giugno invece del 16 giugno. Ci scusiamo per l'attesa.

Se preferisce non aspettare, ci risponda pure: annulliamo noi l'ordine e le
rimborsiamo l'intero importo.

Cordiali saluti,
Arredo Noce"""
    case("ritardo-riordino", "relay", [], [*OOS, *TYPES, *REVIEW],
         "Ritardo per riassortimento; il venditore propone di annullare lui stesso.",
         to=b, frm="Arredo Noce <ordini@arredonoce.it>", subject=f"Ritardo spedizione ordine {o}", text=t, lang="it", crlf=True)

    o, b = order("rimborso", "it", "Zaino da trekking 40 L")
    t = f"""Ciao Luca,

il rimborso di 59,90 € è stato emesso oggi: lo vedrai sulla carta entro
qualche giorno lavorativo.

Un saluto,
Vetta Outdoor

{wrote(b, "Ho rispedito lo zaino lunedì, quando arriva il rimborso?", "Il giorno 12 giu 2026 alle 10:18 Acquirente ha scritto:")}"""
    case("rimborso-emesso-risposta", "relay", [], [*TYPES, *REVIEW, "return.unnecessary"],
         "Conferma del rimborso in risposta alla domanda dell'acquirente.",
         to=b, frm="Vetta Outdoor <assistenza@vettaoutdoor.it>", subject="Re: rimborso zaino", text=t, lang="it",
         reply=True)

    o, b = order("incisione", "it", "Portachiavi in pelle personalizzato", **NOT_SHIPPED)
    t = f"""Buongiorno,

prima di procedere con l'incisione del suo ordine {o}, ci conferma il testo?

  Riga 1: Marco & Giulia
  Riga 2: 14.06.2026

Se è tutto giusto ci risponda "ok"; se vuole cambiare qualcosa, ce lo scriva e
le mandiamo una nuova bozza.

Grazie,
Pelletteria Bruni"""
    case("conferma-testo-incisione", "relay", [], [*TYPES, *ORDER, *CONTACT],
         "Verifica del testo di una personalizzazione prima della lavorazione; la data non è un telefono.",
         to=b, frm="Pelletteria Bruni <laboratorio@pelletteriabruni.it>", subject=f"Testo incisione ordine {o}",
         text=t, lang="it")

    o, b = order("produttore", "it", "Macchina per pasta elettrica")
    t = f"""Gentile cliente,

ci dispiace per il problema all'estrusore. Il prodotto è in garanzia: per la
garanzia risponde direttamente il produttore, Pastalux, al numero verde
800 123 456 (lun-ven 9-18).

Cordiali saluti,
Casa della Pasta

{wrote(b, "L'estrusore si blocca dopo due minuti.", "Il giorno 11 giu 2026 alle 19:30 Acquirente ha scritto:")}"""
    case("garanzia-numero-produttore", "relay", [], [*CONTACT, *REVIEW, *TYPES],
         "Numero del produttore per la garanzia: ammesso.",
         to=b, frm="Casa della Pasta <assistenza@casadellapasta.it>", subject="Re: estrusore bloccato", text=t,
         lang="it", reply=True)

    o, b = order("civico", "it", "Set valigie rigide 3 pezzi", delivered="")
    t = f"""Buongiorno,

il corriere non riesce a consegnare il suo ordine {o}: nell'indirizzo manca il
numero civico (risulta solo "via Garibaldi, 20121 Milano"). Può rispondere a
questo messaggio con il civico corretto? Lo passiamo subito al corriere.

Grazie,
Valigeria Italia"""
    case("indirizzo-civico-mancante", "relay", [], [*TYPES, *REVIEW, *ORDER],
         "Richiesta di un'informazione necessaria alla consegna.",
         to=b, frm="Valigeria Italia <ordini@valigeriaitalia.it>", subject=f"Indirizzo incompleto ordine {o}",
         text=t, lang="it")

    o, b = order("annullato", "it", "Friggitrice ad aria 4 L", purchased="2026-06-14T09:00:00Z", **NOT_SHIPPED)
    t = f"""Ciao,

fatto! Abbiamo annullato l'ordine {o} come ci hai chiesto: non era ancora
partito, quindi non ti verrà addebitato nulla.

A presto,
Cucina Smart

{wrote(b, "Vorrei annullare l'ordine, l'ho preso doppio per sbaglio.", "Il giorno 14 giu 2026 alle 11:05 Acquirente ha scritto:")}"""
    case("annullamento-confermato", "relay", [], [*TYPES, *OOS, *REVIEW],
         "Conferma dell'annullamento chiesto dall'acquirente, in risposta.",
         to=b, frm="Cucina Smart <ciao@cucinasmart.it>", subject="Re: annullare ordine", text=t, lang="it",
         reply=True)

    # -- violations ----------------------------------------------------------------------
    o, b = order("spedizione", "it", "Tappetino da yoga in sughero")
    t = f"""Buongiorno,

le piace il tappetino del suo ordine {o}?

Se ci lascia una recensione su Amazon, le rimborsiamo volentieri le spese di
spedizione.

Yoga Natura"""
    case("recensione-rimborso-spedizione", "reject", ["review.incentive"], ["review.conditional", *CONTACT],
         "Rimborso delle spese di spedizione in cambio di una recensione.",
         to=b, frm="Yoga Natura <info@yoganatura.it>", subject=f"Il suo tappetino ({o})", text=t, lang="it")

    o, b = order("togliere", "it", "Bollitore elettrico in vetro")
    t = f"""Buongiorno,

siamo contenti che il nuovo bollitore funzioni. Visto che ora è tutto a posto,
potrebbe togliere la recensione negativa che ci ha lasciato?

Grazie mille,
Casa Vetro

{wrote(b, "Il secondo bollitore funziona. Avevo scritto una recensione negativa per il primo.", "Il giorno 12 giu 2026 alle 16:40 Acquirente ha scritto:")}"""
    case("togliere-recensione-negativa", "reject", ["review.removal-request"], ["review.conditional", *CONTACT],
         "Richiesta di rimuovere una recensione esistente.",
         to=b, frm="Casa Vetro <servizio@casavetro.it>", subject="Re: bollitore sostituito", text=t, lang="it",
         reply=True, tolerated=("review.incentive",))

    o, b = order("lista", "it", "Cuscino cervicale in memory", **NOT_SHIPPED)
    t = f"""Buongiorno,

il cuscino del suo ordine {o} parte con due giorni di ritardo, il 17 giugno,
perché la fodera è ancora in lavaggio.

Se preferisce non ricevere più nostre comunicazioni, ce lo dica e la
togliamo dalla lista.

Cordiali saluti,
Dormi Bene"""
    case("togliamo-dalla-lista", "reject", ["link.opt-out"], [*OOS, *CONTACT, "type.marketing"],
         "Ritardo comunicato, ma con una riga per non ricevere più messaggi.",
         to=b, frm="Dormi Bene <info@dormibene.it>", subject=f"Ritardo ordine {o}", text=t, lang="it")

    o, b = order("corriere", "it", "Specchio da parete ovale")
    t = f"""Ciao Sara,

scusa davvero: quel corriere di m***a ha distrutto lo specchio, è una
vergogna. Te ne spediamo uno nuovo lunedì con un altro corriere.

Specchi & Co

{wrote(b, "Lo specchio è arrivato in frantumi.", "Il giorno 11 giu 2026 alle 20:20 Acquirente ha scritto:")}"""
    case("parolaccia-mascherata", "quarantine", ["content.sensitive"], [*REVIEW, *CONTACT],
         "Parolaccia mascherata scritta dal venditore stesso.",
         to=b, frm="Specchi & Co <ciao@specchieco.it>", subject="Re: specchio rotto", text=t, lang="it", reply=True)

    o, b = order("video", "it", "Armadio a due ante bianco")
    h = f"""<p>Buongiorno,</p>
<p>per montare l'armadio del suo ordine {o} trova il video passo passo qui 👉 <a href="http://www.mobili-rossi.it/video/armadio-2-ante">video di montaggio dell'armadio</a></p>
<p>Mobili Rossi</p>"""
    case("emoji-link-http", "reject", ["style.emoji", "link.insecure"], [*REVIEW, *CONTACT, "style.link-text"],
         "Un'emoji e un link http verso il sito del venditore.",
         to=b, frm="Mobili Rossi <info@mobili-rossi.it>", subject=f"Montaggio armadio ({o})", html=h, lang="it",
         tolerated=("link.external",))


# --------------------------------------------------------------------------------------------
# Japanese
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("anzen", "ja", "電気ケトル 1.0L")
    t = f"""お客様

ご注文番号 {o} の商品について、安全に関する重要なお知らせです。

製造ロット「EK-2604」の一部の電源プレートで、接続部が過熱するおそれがある
ことが分かりました。電源プレート裏面のロット番号をご確認ください。

該当する場合は、ご使用を中止のうえ、ラベルの写真を添えてこのメッセージに
ご返信ください。新しい電源プレートを無償でお送りいたします。

ご迷惑をおかけし、誠に申し訳ございません。

キッチン雑貨 ゆげ"""
    case("anzen-oshirase-lot", "relay", [], [*REVIEW, *TYPES, *ORDER, *CONTACT],
         "安全に関するお知らせ（ロット番号の確認依頼）：購入品を安全に使うために必要な連絡。",
         to=b, frm="キッチン雑貨 ゆげ <info@kitchen-yuge.jp>", subject=f"【重要】安全に関するお知らせ（{o}）",
         text=t, lang="ja", enc=JIS)

    o, b = order("seikyu", "ja", "オフィスチェア メッシュ")
    inv = pdf("Invoice", ["Tekikaku Seikyusho", f"Amazon order {o}", "Kabushiki Kaisha Sakura Design",
                          "Registration T1234567890123", "Total 32,800 JPY (tax 10% 2,982 JPY)"])
    t = f"""株式会社さくらデザイン
ご担当者様

お問い合わせいただいた適格請求書を添付いたします（ご注文番号 {o}）。
登録番号：T1234567890123
宛名は「株式会社さくらデザイン」としております。

オフィス家具 ツクエヤ

{wrote(b, "会社名宛ての適格請求書を発行していただけますか。株式会社さくらデザインです。", "2026年6月11日 14:02 購入者:")}"""
    case("tekikaku-seikyusho-reply", "relay", [], [*CONTACT, "attachment.not-allowed", *TYPES],
         "適格請求書（インボイス）の送付：登録番号は電話番号ではない。",
         to=b, frm="オフィス家具 ツクエヤ <info@tsukueya.jp>", subject="Re: 請求書の発行について", text=t, lang="ja",
         reply=True, enc=B64, attach=[(inv, "application", "pdf", "invoice.pdf")])

    o, b = order("naire", "ja", "名入れ 木製ボールペン", **NOT_SHIPPED)
    t = f"""お客様

ご注文番号 {o} の名入れ内容の確認をお願いいたします。

  名入れ文字：Haruka. S
  書体：筆記体

内容に間違いがなければ「OK」とご返信ください。修正がある場合はお知らせ
いただければ、修正後の内容を改めてお送りいたします。ご返信をいただいてから
加工を始めます。

木工房 こもれび"""
    case("naire-kakunin", "relay", [], [*TYPES, *ORDER, *REVIEW],
         "名入れ内容の確認（カスタムデザインの確認）。",
         to=b, frm="木工房 こもれび <info@komorebi-wood.jp>", subject=f"名入れ内容のご確認（{o}）", text=t, lang="ja",
         enc=JIS)

    o, b = order("jusho", "ja", "加湿器 スチーム式", delivered="")
    t = f"""お客様

ご注文番号 {o} の商品につきまして、配送業者より「お届け先住所に部屋番号
がない」との連絡がありました。

お手数ですが、部屋番号をこのメッセージにご返信ください。配送業者に伝え、
再配達を手配いたします。

家電のミナト"""
    case("jusho-fubi", "relay", [], [*TYPES, *ORDER, *REVIEW],
         "住所不備：配達に必要な情報の確認。",
         to=b, frm="家電のミナト <shop@kaden-minato.jp>", subject=f"お届け先住所のご確認（{o}）", text=t, lang="ja",
         enc=B64)

    o, b = order("kanzei", "ja", "ウールのブランケット（英国製）", delivered="")
    t = f"""お客様

お問い合わせありがとうございます。本商品は英国から発送されるため、受け取り
の際に輸入消費税・関税を配送業者から請求される場合がございます。

その場合は当店が全額負担いたしますので、領収書の写真をこちらのメッセージ
でお送りください。確認後すぐに返金いたします。

ブリティッシュ・ウール

{wrote(b, "関税はかかりますか？", "2026年6月12日 9:40 購入者:")}"""
    case("kanzei-futan", "relay", [], [*REVIEW, *TYPES, *CONTACT],
         "関税についての返信：返金は輸入費用の負担であり、レビューとは無関係。",
         to=b, frm="ブリティッシュ・ウール <orders@britishwool.co.uk>", subject="Re: 関税について", text=t, lang="ja",
         reply=True, enc=B64)

    o, b = order("hason", "ja", "有田焼 マグカップ ペア")
    t = f"""お客様

配送中にマグカップが割れてしまったとのこと、大変申し訳ございません。
お手数ですが、外箱と割れた商品の写真をこちらにお送りいただけますか。
配送業者への申請に使用し、すぐに新しい商品をお送りいたします。

有田焼の店 あいいろ

{wrote(b, "届いたらマグカップが一つ割れていました。", "2026年6月11日 19:12 購入者:")}"""
    case("haiso-hason", "relay", [], [*TYPES, *REVIEW, *SENS],
         "配送中の破損：申請用の写真をお願いする返信。",
         to=b, frm="有田焼の店 あいいろ <shop@aiiro-arita.jp>", subject="Re: 商品が割れていました", text=t, lang="ja",
         reply=True, enc=JIS)

    # -- violations ----------------------------------------------------------------------
    o, b = order("soryo", "ja", "天然木 まな板")
    t = f"""お客様

ご注文番号 {o} のまな板はいかがでしょうか。

Amazonにレビューを書いてくださった方には、次回のご注文の送料を無料に
させていただいております。

木の道具 やまぶき"""
    case("review-jikai-soryo-muryo", "reject", ["review.incentive"], ["review.conditional", *CONTACT],
         "レビューを書いた人に次回送料無料（将来の特典）。",
         to=b, frm="木の道具 やまぶき <info@yamabuki-wood.jp>", subject=f"まな板の使い心地（{o}）", text=t, lang="ja",
         enc=B64, tolerated=("type.marketing",))

    o, b = order("manzoku", "ja", "ステンレス水筒 500ml")
    t = f"""お客様

ご注文番号 {o} の水筒はお役に立っていますでしょうか。

ご満足いただけましたら、ぜひレビューをお願いいたします。ご不満な点が
ございましたら、レビューの前にまずこちらへご連絡ください。

ボトル専門店 みずいろ"""
    case("manzoku-nara-review", "reject", ["review.conditional"], ["review.removal-request", *CONTACT],
         "満足ならレビュー、不満なら先に連絡（レビューの選別）。",
         to=b, frm="ボトル専門店 みずいろ <info@mizuiro-bottle.jp>", subject=f"水筒のご感想（{o}）", text=t, lang="ja",
         enc=JIS)

    o, b = order("fuyou", "ja", "ガーデンチェア 2脚セット", **NOT_SHIPPED)
    t = f"""お客様

ご注文番号 {o} のガーデンチェアは、入荷の遅れにより6月19日の発送となります。
お待たせして申し訳ございません。

今後このようなご案内が不要な場合は、「不要」とだけご返信ください。

ガーデン家具 そよかぜ"""
    case("annai-fuyou-henshin", "reject", ["link.opt-out"], [*OOS, *CONTACT],
         "遅延の連絡に、今後の案内を止める方法（配信停止）を添えている。",
         to=b, frm="ガーデン家具 そよかぜ <info@soyokaze-garden.jp>", subject=f"発送日のご案内（{o}）", text=t,
         lang="ja", enc=B64, tolerated=("type.marketing",))

    o, b = order("line", "ja", "アロマキャンドル 3個セット")
    t = f"""お客様

ご注文番号 {o} のキャンドルは、最初に1時間ほど燃焼させると、次回から
きれいに溶けます。

LINE公式アカウント（@aroma-hikari）を友だち追加していただくと、新作の
お知らせや限定クーポンをお届けします。
https://lin.ee/aroma-hikari

アロマの店 ひかり"""
    case("line-tomodachi-tsuika", "reject", ["type.marketing", "link.external"], [*CONTACT, *REVIEW],
         "LINE公式アカウントの友だち追加と限定クーポンの案内（販促）、外部リンク付き。",
         to=b, frm="アロマの店 ひかり <info@aroma-hikari.jp>", subject=f"キャンドルの使い方（{o}）", text=t, lang="ja",
         enc=B64)

    o, b = order("denwa", "ja", "炊飯器 5.5合")
    t = f"""お客様

ご注文番号 {o} の炊飯器の内釜は、食洗機には対応しておりません。

ご不明な点は、お電話（０３－１２３４－５６７８）またはメール
（ｓｕｐｐｏｒｔ＠ｋａｄｅｎ－ｈｉｎａｔａ．ｊｐ）までお気軽にどうぞ。

家電のひなた"""
    case("zenkaku-denwa-mail", "reject", ["content.phone-number", "content.email-address"], [*REVIEW, "type.marketing"],
         "全角数字の電話番号と全角のメールアドレス。",
         to=b, frm="家電のひなた <info@kaden-hinata.jp>", subject=f"内釜のお手入れ（{o}）", text=t, lang="ja",
         enc=B64)


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="twelfth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
