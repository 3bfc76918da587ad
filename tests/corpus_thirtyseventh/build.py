#!/usr/bin/env python3
"""Build the thirty-seventh labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_thirtyseventh/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. ENGLISH only, across amazon.com, .co.uk, .ca, .com.au, .in and
.sg, in the SHAPE of shared/corpus: compliant near-misses first, then focused single-rule violations, then messages
that break several rules at once (as real shop templates do), so that every rule of RULES.md sections B-E that
can fire under the default actions is hit at least twice. Many different seller voices: terse one-liners,
rambling small-business owners, helpdesk macros (Zendesk, Freshdesk, Gorgias markup), non-native English, and
sellers who try to slip past a filter (a hinted gift, softened review steering, a bare domain in a signature, an
e-mail address written with [at] and [dot], a phone number spelt out in words).
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
    animated_gif,
    banner_png,
    buyer,
    img_bytes,
    logo_jpeg,
    logo_png,
    mail_date,
    make_docx,
    make_pdf,
    mk,
    page,
    quote,
    reply_headers,
    set_boundaries,
    verify,
    write_cases,
    write_orders,
    zip_bytes,
)

_rnd = random.Random(37_2026_1127)
_PREFIX = {"com": "11", "co.uk": "20", "ca": "70", "com.au": "25", "in": "40", "sg": "50"}
_TLD = {"com": "com", "uk": "co.uk", "ca": "ca", "au": "com.au", "in": "in", "sg": "sg"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-02T07:30:00Z", shipped="2026-06-03T16:10:00Z",
                 delivered="2026-06-07T13:45:00Z")
ORDERS = BOOK.rows
PENDING = {"purchased": "2026-06-12T09:15:00Z", "shipped": "", "delivered": ""}

# Every rule of sections B-E; a case's absent list is all of them minus its rules and tolerated ones.
ALL_RULES = [
    "order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "language.mismatch",
    "type.order-confirmation", "type.thank-you-only", "type.marketing", "review.incentive",
    "review.removal-request", "review.conditional", "review.repeat", "order-problem.cancellation-request",
    "order-problem.no-adjustment", "return.unnecessary",
    "link.insecure", "link.external", "link.opt-out", "attachment.not-allowed", "image.logo-link",
    "image.tracking-pixel", "image.product-photo", "image.not-brand", "content.email-address",
    "content.phone-number", "content.sensitive",
    "style.link-text", "style.image-alt", "style.emoji", "style.animated-gif", "style.margin",
    "style.image-width", "style.font-override", "style.font-sizes", "style.alignment", "style.line-breaks",
    "image.insecure", "content.spelling",
]


def order(key: str, title: str, mkt: str, *, lang: str = "en", **kw) -> tuple[str, str]:
    """One order row on marketplace `mkt` (a key of _TLD); `lang` is the stored buyer language."""
    oid, addr = BOOK.add(key, mkt, title, **kw)
    ORDERS[key]["buyer_language"] = lang
    return oid, addr


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str,
         text: str | None = None, html: str | None = None, day: int = 12, hm: str = "10:00:00",
         tz: str = "+0000", reply: str = "", attribution: str = "", tolerated: tuple[str, ...] = (),
         attach=(), related=(), after: tuple[str, ...] = (), crlf: bool = False, cte: str = "quoted-printable",
         html_cte: str | None = None, charset: str = "utf-8", headers=(), mid: str = "") -> None:
    """`reply`: the buyer's words, quoted below the text (the message answers a buyer: In-Reply-To and
    References). `html` that is not a whole document is wrapped in a plain page. Every rule of B-E not in
    `rules` or `tolerated` is listed as absent; content.spelling is tolerated unless it is a target."""
    hdrs = list(headers) + (reply_headers(f"0100019c.t37.{slug[:24]}") if reply else [])
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = None
    if text is not None:
        body = text.strip("\n") + "\n"
        if reply:
            att = attribution or f"On Thu, 11 Jun 2026 at 19:14, {to} wrote:"
            body += "\n" + att + "\n" + quote(reply) + "\n"
    tol = tuple(tolerated)
    if "content.spelling" not in rules and "content.spelling" not in tol:
        tol = (*tol, "content.spelling")
    absent = [r for r in ALL_RULES if r not in rules and r not in tol]
    if html is not None and not html.lstrip().lower().startswith(("<!doctype", "<html")):
        html = page(html)
    msg = mk(frm, to, subject, mail_date(day, hm, tz), mid or f"<t37.{slug}@{dom}>", headers=hdrs, text=body,
             html=html, attach=attach, related=related, cte=cte, html_cte=html_cte, charset=charset)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, after=after, crlf=crlf, lang="en")


# --------------------------------------------------------------------------------------------
# Images drawn for this corpus
# --------------------------------------------------------------------------------------------

def dutch_oven_jpeg() -> bytes:
    """A product shot: a sage casserole pot with a lid on a pale background."""
    img = Image.new("RGB", (420, 300), (244, 241, 234))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([90, 120, 330, 250], radius=30, fill=(138, 160, 128))
    d.ellipse([80, 95, 340, 145], fill=(124, 146, 114))
    d.ellipse([190, 78, 230, 102], fill=(60, 60, 60))
    d.rectangle([60, 150, 92, 170], fill=(124, 146, 114))
    d.rectangle([328, 150, 360, 170], fill=(124, 146, 114))
    return img_bytes(img, "JPEG", quality=84)


def lamp_png() -> bytes:
    """A product shot of a rattan pendant shade, 620 px wide (wider than 80 % of 600 px)."""
    img = Image.new("RGB", (620, 340), (250, 248, 243))
    d = ImageDraw.Draw(img)
    d.line([(310, 0), (310, 90)], fill=(40, 40, 40), width=3)
    d.pieslice([170, 80, 450, 360], 180, 360, fill=(196, 160, 104), outline=(120, 90, 50), width=3)
    for x in range(190, 440, 24):
        d.line([(x, 220), (310, 96)], fill=(150, 115, 70), width=1)
    return img_bytes(img, "PNG", optimize=True)


def proof_png() -> bytes:
    """A design proof: a framed name plate with placeholder lettering."""
    img = Image.new("RGB", (360, 240), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.rectangle([20, 20, 340, 220], outline=(30, 30, 30), width=3)
    d.rectangle([40, 60, 320, 180], outline=(160, 120, 60), width=2)
    d.text((120, 110), "MILO  2019", fill=(30, 30, 30))
    d.text((140, 196), "proof v2", fill=(120, 120, 120))
    return img_bytes(img, "PNG", optimize=True)


# ============================================================================================
# Compliant near-misses
# ============================================================================================

def compliant() -> None:
    # C1: the first review request for its order (S14 and M14 follow it).
    o, b = order("rv-first", "Ashwell Bamboo Bath Caddy Tray, Extendable", "com")
    case(
        "review-ask-gorgias-signature", "relay", [],
        "A neutral review request from a helpdesk (Gorgias markup), with an https Amazon link whose text says "
        "where it goes; no benefit, no condition, no rating named.",
        to=b, frm="Ashwell Home <care@ashwellhome.com>", day=9, hm="15:02:37", tz="-0400",
        headers=[("X-Mailer", "Gorgias")],
        subject=f"A quick question about your bath caddy ({o})",
        text=f"""Hi there,

Your bamboo bath caddy from order {o} should have arrived a few days
ago. The side arms slide out to 38 inches, so it fits most freestanding tubs;
if it wobbles, turn the rubber feet a quarter turn until they sit flat.

When you've had a soak or two, would you tell other shoppers what you think
on Amazon? Good or bad, a few words of your own help them decide.

Review the bath caddy on Amazon:
https://www.amazon.com/review/create-review?asin=B0DK4M7Q2W

Take care,
Priya at Ashwell Home""",
        html=f"""<div class="gorgias-message">
<p>Hi there,</p>
<p>Your bamboo bath caddy from order {o} should have arrived a few days ago. The side arms slide out to
38 inches, so it fits most freestanding tubs; if it wobbles, turn the rubber feet a quarter turn until they
sit flat.</p>
<p>When you've had a soak or two, would you tell other shoppers what you think on Amazon? Good or bad, a
few words of your own help them decide.</p>
<p><a href="https://www.amazon.com/review/create-review?asin=B0DK4M7Q2W">Review the bath caddy on Amazon</a></p>
</div>
<div class="gorgias_signature"><p>Take care,<br>Priya at Ashwell Home</p></div>""",
    )

    # C12: the same buyer, another order: not a repeat.
    o2, _ = order("rv-second", "Ashwell Teak Shower Bench, 24 in", "com")
    ORDERS["rv-second"]["buyer_email"] = b
    case(
        "review-ask-other-order-same-buyer", "relay", [],
        "The buyer of the bath caddy also bought a shower bench (another order): a first review request for that "
        "order is not a repeat, even though the same buyer was asked about the caddy.",
        to=b, frm="Ashwell Home <care@ashwellhome.com>", day=11, hm="15:40:00", tz="-0400",
        after=("review-ask-gorgias-signature",), cte="7bit",
        subject=f"Your teak shower bench - order {o2}",
        text=f"""Hi again,

This one is about the teak shower bench (order {o2}), which went out
separately from the caddy. Teak greys naturally; a wipe with teak oil twice a
year keeps the honey colour if you prefer it.

If you'd like to share your view of the bench on Amazon, you can do so from
Your Orders. Whatever you think of it is useful to the next buyer.

Take care,
Priya at Ashwell Home""",
    )

    o, b = order("oos-in", "Kalpa Copper Water Bottle 950 ml, Hammered", "in", **PENDING)
    case(
        "sold-out-refunded-rupees", "relay", [],
        "Out of stock: the full amount is refunded through Amazon with the no-inventory reason and the buyer "
        "is told explicitly that cancelling is not needed.",
        to=b, frm="Kalpa Living <orders@kalpaliving.in>", day=13, hm="11:20:00", tz="+0530",
        subject=f"Order {o} - copper bottle unavailable, refund done",
        text=f"""Namaste,

We regret that the hammered copper bottle of order
{o} could not be packed: the last batch from our artisans in
Moradabad failed our lining check and we have no other pieces.

In Seller Central we have made a full adjustment of \u20b91,249 on the order,
reason "No Inventory", so the refund is already on its way to your original
payment method. There is no cancellation for you to make, and no need
to write to Amazon.

Our apologies for the disappointment.

Regards,
Meera Joshi
Kalpa Living""",
    )

    o, b = order("warranty-ca", "Norrland 12-Cup Programmable Coffee Maker, Black", "ca")
    case(
        "reply-manufacturer-warranty-line", "relay", [],
        "Reply about a faulty carafe heater: the phone number is the manufacturer's warranty line, named on the "
        "same line.",
        to=b, frm="Maple Counter Appliances <help@maplecounter.ca>", day=10, hm="09:05:12", tz="-0500",
        crlf=True, cte="7bit", charset="us-ascii",
        reply="The hot plate on my coffee maker quit heating on day six. Can you help?",
        subject=f"RE: Hot plate not heating - order {o}",
        text="""Hello,

Sorry to hear the warming plate has stopped. That part is covered by the
Norrland two-year manufacturer warranty, and they swap the base unit directly.

Norrland warranty service (Canada): 1-888-555-0142, weekdays 8 to 6 Eastern.

Keep your Amazon order page handy, they will ask for the purchase date. If
they cannot help within a week, write back here and we will take it from there.

Best,
Luc
Maple Counter Appliances""",
    )

    o, b = order("bulky-au", "Coastline 3-Seater Fabric Sofa, Sand", "au", delivered="")
    case(
        "bulky-sofa-freight-booking", "relay", [],
        "Scheduling delivery of a heavy item: the freight carrier's phone number is named with the carrier; "
        "clock times, a 2:1 ratio and numbered steps are not emoticons.",
        to=b, frm="Coastline Furniture <dispatch@coastlinefurniture.com.au>", day=8, hm="08:31:00", tz="+1000",
        subject=f"Booking a delivery day for your sofa - order {o}",
        text=f"""G'day,

Your sofa (order {o}) is at our Brisbane depot and ready to book in.
At 68 kg it needs two people to carry in, so the freight crew books a day
with you before it leaves the depot.

1) Send us two weekdays that work for you.
2) Choose a window: 7:00-12:00 or 12:00-17:30.
3) Mention any stairs; the crew plans a 2:1 time for stair carries.

If you'd rather book straight with the driver, our carrier Hunter Freight
takes bookings on (07) 3555 0198, quoting the order number.

Cheers,
Dale
Coastline Furniture""",
    )

    o, b = order("ret-sg", "Mizu Ceramic Rice Cooker Inner Pot 1.8 L", "sg")
    case(
        "return-needs-batch-photo-freshdesk", "relay", [],
        "Return follow-up that asks for what the seller needs to complete the return (a photo of the crack and "
        "the batch code); Freshdesk markup with dir attributes, no alignment override.",
        to=b, frm="Mizu Kitchen SG <support@mizukitchen.sg>", day=12, hm="13:12:40", tz="+0800",
        headers=[("X-Mailer", "Freshdesk")],
        subject=f"[#48213] Your return - order {o}",
        text=f"""Hi,

Your return request for the ceramic inner pot (order
{o}) has reached us, reason "arrived cracked".

Before we can complete the return, two things please:
- a photo of the crack, with the pot on a flat surface;
- the batch code stamped on the base (it starts with MZ-).

Just reply to this message with them attached.

Regards,
Wei Ling
Mizu Kitchen SG""",
        html=f"""<div dir="ltr">
<div>Hi,</div>
<div><br></div>
<div>Your return request for the ceramic inner pot (order {o}) has reached us, reason
"arrived cracked".</div>
<div><br></div>
<div>Before we can complete the return, two things please:</div>
<ul><li>a photo of the crack, with the pot on a flat surface;</li>
<li>the batch code stamped on the base (it starts with MZ-).</li></ul>
<div>Just reply to this message with them attached.</div>
<div><br></div>
<div>Regards,<br>Wei Ling<br>Mizu Kitchen SG</div>
</div>""",
    )

    o, b = order("partial-uk", "Hollins Stoneware Mug Set of 6, Speckled Oat", "uk")
    case(
        "partial-refund-chipped-mug", "relay", [],
        "A return is pending for one chipped mug of six: the seller offers a partial refund so the buyer can "
        "keep the set, which the guidelines allow.",
        to=b, frm="Hollins Pottery <shop@hollinspottery.co.uk>", day=11, hm="17:48:03", tz="+0100",
        charset="windows-1252",
        subject=f"Your mug set \u2013 order {o}",
        text=f"""Hello,

Thank you for the photo of the chipped rim. I\u2019m so sorry one of the six mugs
from order {o} reached you like that.

You\u2019ve opened a return for the whole set. If keeping the other five suits
you better, we can refund \u00a38.50, the price of one mug, instead of you posting the
box back. If you\u2019d still like to return everything, that\u2019s absolutely fine
too; just let me know which you prefer.

Best wishes,
Ruth Hollins""",
    )

    o, b = order("reply-track", "Peakform Adjustable Dumbbells, 2 x 24 kg", "com")
    case(
        "reply-where-is-parcel-ups", "relay", [],
        "An answer to the buyer's 'where is my order?': giving the UPS tracking number is the reply to a question, "
        "not a proactive dispatch confirmation.",
        to=b, frm="Peakform Fitness <support@peakformfit.com>", day=10, hm="12:01:55", tz="-0700",
        reply="It's been 5 days and the dumbbells haven't shown up. Where are they??",
        subject=f"Re: Where is order {o}?",
        text="""Hi Marcus,

They're on the way. The pair weighs over 100 lb, so they ship in two boxes
with UPS Ground: 1Z84F2930395514823 and 1Z84F2930395514832. UPS shows both
scanned in Salt Lake City this morning with delivery due Friday.

If only one box arrives, tell us and we'll chase the other one.

Jordan
Peakform Fitness""",
    )

    o, b = order("reply-size", "Tundra Trail Kids' Snow Boots, Size 2, Navy", "ca")
    case(
        "reply-sizing-quoted-alias", "relay", [],
        "A reply with thanks and an offer of further help, but it answers a sizing question; the quoted "
        "attribution carries the buyer's marketplace alias, which is not an e-mail address to flag.",
        to=b, frm="Tundra Trail Outfitters <hello@tundratrail.ca>", day=9, hm="20:17:00", tz="-0600",
        attribution=f"On Mon, Jun 8, 2026 at 6:44 PM <{b}> wrote:",
        reply="My son is between a 1 and a 2. Will the 2 be too big with thick socks?",
        subject=f"Re: Boot sizing question (order {o})",
        text="""Thanks for checking before the snow comes!

The size 2 runs about half a size small, so with thick wool socks it should
fit with a thumb's width at the toe, which is what you want for growing feet.
The removable felt liner also gives you a little extra room if you take it out
later in the season.

Happy to help with anything else.
Noor, Tundra Trail""",
    )

    o, b = order("invoice-in", "Saanjh Handloom Cotton Bedsheet, King, Indigo", "in")
    pdf = make_pdf("Tax Invoice SH/26-27/0412", [
        "Saanjh Handlooms Pvt Ltd - TAX INVOICE",
        "Invoice No: SH/26-27/0412      Date: 11-06-2026",
        f"Amazon order: {o}",
        "GSTIN: 08AAKCS4417M1Z3    CIN: U17299RJ2019PTC065218",
        "Handloom cotton bedsheet, King, Indigo   HSN 6302   1 x Rs 2,150.00",
        "IGST 5%: Rs 107.50       Total: Rs 2,257.50",
    ], producer="Tally.ERP 9")
    case(
        "invoice-pdf-gstin", "relay", [],
        "Sending a tax invoice is permitted: a real PDF attachment; the GSTIN, CIN and invoice numbers are not "
        "phone numbers.",
        to=b, frm="Saanjh Handlooms <accounts@saanjhhandlooms.in>", day=11, hm="16:05:00", tz="+0530",
        attach=[(pdf, "application", "pdf", "Invoice_SH-26-27-0412.pdf")],
        subject=f"GST invoice SH/26-27/0412 - Amazon order {o}",
        text=f"""Dear Customer,

Attached is the GST tax invoice (no. SH/26-27/0412) for your order
{o}. Our GSTIN is 08AAKCS4417M1Z3, in case you wish to
claim input tax credit; if your business GSTIN should appear on the invoice,
reply with it and we will issue a revised copy.

Warm regards,
Accounts Department
Saanjh Handlooms Pvt Ltd""",
    )

    o, b = order("proof-uk", "Personalised Oak Pet Memorial Plaque", "uk")
    proof = proof_png()
    logo = logo_png("Emberleaf", size=(140, 40), bg=(40, 62, 48))
    case(
        "custom-plaque-proof-png", "relay", [],
        "Verifying a custom design: the proof is attached as a PNG and the small brand logo is inline with alt "
        "text and no link; nothing for the image or attachment rules.",
        to=b, frm="Emberleaf Engraving <studio@emberleaf.co.uk>", day=10, hm="10:22:10", tz="+0100",
        subject=f"Please check your plaque proof - order {o}",
        text=f"""Hello,

Attached is the proof for the oak plaque on order {o}. Please check
the spelling of the name and the year carefully, because engraving can't be
undone.

If it's right, reply "approved" and it goes to the laser on Monday. Any
corrections? Write them in your reply and a second proof follows.

Kind regards,
Tom
Emberleaf Engraving""",
        html=f"""<p><img src="cid:el-logo" alt="Emberleaf Engraving" width="140" height="40"></p>
<p>Hello,</p>
<p>Attached is the proof for the oak plaque on order {o}. Please check the spelling of the name and the year
carefully, because engraving can't be undone.</p>
<p>If it's right, reply "approved" and it goes to the laser on Monday. Any corrections? Write them in your reply and a second
proof follows.</p>
<p>Kind regards,<br>Tom<br>Emberleaf Engraving</p>""",
        related=[(logo, "image", "png", "<el-logo>", "emberleaf-logo.png")],
        attach=[(proof, "image", "png", "design-proof-v2.png")],
    )

    o, b = order("biling-ca", "Laurentide Merino Crew Top, Women's M", "ca", lang="fr", **PENDING)
    case(
        "delay-bilingual-en-fr", "relay", [],
        "A Quebec buyer whose stored language is French gets the dispatch delay in English and French: a "
        "bilingual message that includes the buyer's language passes.",
        to=b, frm="Laurentide Apparel <service@laurentide-apparel.ca>", day=13, hm="09:40:00", tz="-0400",
        subject=f"Order {o}: short delay / court retard",
        text=f"""Hello,

Your merino top (order {o}) ships on June 18
rather than June 15: the size M restock is arriving two days late. Nothing is
needed from you.

Laurentide Apparel

---

Bonjour,

Votre haut en m\u00e9rinos (commande {o}) quittera notre entrep\u00f4t le
18 juin plut\u00f4t que le 15 juin : le r\u00e9approvisionnement en taille M arrive
avec deux jours de retard. Vous n'avez rien \u00e0 faire.

Laurentide Apparel""",
    )

    o, b = order("delay-sg", "Orchid Lane Silk Pillowcase, Queen, Champagne", "sg", **PENDING)
    case(
        "delay-not-shipped-yet", "relay", [],
        "A dispatch delay the seller must announce: not a confirmation (nothing has shipped), not an "
        "out-of-stock notice, and offering to cancel on the seller's side is not asking the buyer to cancel.",
        to=b, frm="Orchid Lane <hello@orchidlane.sg>", day=13, hm="18:25:00", tz="+0800", cte="base64",
        subject=f"Your pillowcase will be a few days late ({o})",
        text=f"""Hi,

A quick note on order {o}: the champagne silk pillowcase has not
left us yet. Our dyeing house in Suzhou delayed the batch, and the new
dispatch date is 20 June instead of 14 June.

If waiting doesn't suit you, simply reply and we will cancel it on our side
and return every dollar. Otherwise it will go out the moment the batch lands.

Sorry for the wait,
Jasmine
Orchid Lane""",
    )

    o, b = order("free-part-au", "Wattle Wall-Mounted Drying Rack, 8 Rails", "au")
    case(
        "free-replacement-bracket", "relay", [],
        "Free replacement part for a defect, nothing to return: the words 'free', 'bonus' and 'code' are about "
        "the fix, not a promotion or a benefit for a review.",
        to=b, frm="Wattle Home Co <team@wattlehome.com.au>", day=11, hm="14:14:14", tz="+1000",
        subject=f"Replacement bracket for your drying rack - order {o}",
        text=f"""Hi Sam,

Thanks for the photo. The top bracket on your rack (order {o}) is
from a batch with a short hinge pin; the batch code on yours, WH-0426, is one
of them.

We've posted a free replacement bracket by Australia Post this morning, the
old one can go in your recycling. As a small bonus the pack also has two spare
wall plugs, since the originals don't suit every wall.

Fitting takes about five minutes with a Phillips screwdriver.

Cheers,
Bec
Wattle Home Co""",
    )

    o, b = order("kitchen-words", "Sear & Smoke Instant-Read Meat Thermometer", "com")
    case(
        "thermometer-cooking-vocabulary", "relay", [],
        "Cooking instructions with 'chicken breast', 'pork butt', 'thighs', 'shoot' and 'blast': kitchen words, "
        "not adult or violent content.",
        to=b, frm="Sear & Smoke <pitmaster@searandsmoke.com>", day=10, hm="07:55:00", tz="-0500",
        cte="7bit", charset="us-ascii",
        subject=f"Getting accurate readings - order {o}",
        text=f"""Hey,

A few tips so the thermometer from order {o} reads true:

- Chicken breast: probe the thickest part from the side; pull at 160F and
  let carryover take it to 165F.
- Thighs can go higher, 175-180F, they stay juicy.
- Pork butt for pulling: aim for 203F and probe in two or three spots,
  because one spot can hit a pocket of fat.
- After a blast of high heat, wait ten seconds before reading.

If the reading jumps around, the calibration notch under the cap resets it to
32F in ice water. Shoot a reply here if it still drifts and we'll sort it.

Wade
Sear & Smoke""",
    )

    o, b = order("clean-html", "Brackenbury Linen Apron, Cross-Back, Rust", "uk")
    logo = logo_jpeg("BRACKENBURY", size=(200, 48))
    case(
        "html-permitted-styling", "relay", [],
        "Helpdesk HTML that keeps within the styling rules: two font sizes, a small padding, a background "
        "colour and a border (not text colour), a 200 px brand logo with alt text and no link, an Amazon link "
        "with descriptive text, and (c) and (TM) signs that are not emoji.",
        to=b, frm="Brackenbury Workwear <help@brackenbury.co.uk>", day=12, hm="11:11:00", tz="+0100",
        html_cte="base64",
        subject=f"Washing your linen apron - order {o}",
        text=f"""Hello,

A short washing note for the linen apron on order {o}: the first wash
softens it a lot, so use 40 degrees and no fabric softener, which coats the
fibres. Iron it while still slightly damp.

The full care card is on the product page on Amazon:
https://www.amazon.co.uk/dp/B0CR7W2KQ9

Brackenbury Workwear
Brackenbury(TM) is a trade mark of Brackenbury Ltd. (c) 2026""",
        html=f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Washing your apron</title></head>
<body>
<div style="padding: 16px; background-color: #f7f4ef; border: 1px solid #e0d8cc;">
<p><img src="cid:bb-logo" alt="Brackenbury Workwear" width="200" height="48"></p>
<p>Hello,</p>
<p>A short washing note for the linen apron on order {o}: the first wash softens it a lot, so use
<strong>40 degrees and no fabric softener</strong>, which coats the fibres. Iron it while still slightly damp.</p>
<p>The full care card is on the product page:
<a href="https://www.amazon.co.uk/dp/B0CR7W2KQ9">care card for the linen apron on Amazon</a>.</p>
<p>Brackenbury Workwear</p>
<p style="font-size: 11px;">Brackenbury&trade; is a trade mark of Brackenbury Ltd. &copy; 2026</p>
</div>
</body>
</html>
""",
        related=[(logo, "image", "jpeg", "<bb-logo>", "brackenbury.jpg")],
    )

    o, b = order("day30-au", "Gumleaf Weighted Blanket 7 kg, Grey", "au",
                 purchased="2026-05-11T02:00:00Z", shipped="2026-05-12T06:00:00Z",
                 delivered="2026-05-16T12:00:00Z")
    case(
        "review-and-feedback-day-30", "relay", [],
        "Delivered exactly 30 days before now, so still inside the window; one message asking for a product "
        "review and seller feedback is one neutral request.",
        to=b, frm="Gumleaf Sleep <sleep@gumleaf.com.au>", day=15, hm="22:00:00", tz="+1000",
        subject=f"One month with your weighted blanket ({o})",
        text=f"""Hello,

It's a month since the weighted blanket from order {o} arrived. By now
most people have settled into it; if the glass beads bunch at the foot end,
give it a good shake from the top corners.

Two small favours, only if you have the time: a product review on Amazon,
and a seller rating for us under Your Orders. Share whatever you honestly
think.

Sleep well,
Gumleaf Sleep""",
    )


# ============================================================================================
# One focused violation each
# ============================================================================================

def single() -> None:
    o, b = order("noid", "Hartwood Walnut Serving Board, Large", "com")
    spaced = o.replace("-", " ")
    case(
        "order-number-with-spaces", "reject", ["order-id.missing"],
        "The order number is written with spaces instead of dashes, so the message carries no order ID in the "
        "required 3-7-7 form.",
        to=b, frm="Hartwood Kitchen <orders@hartwoodkitchen.com>", day=10, hm="16:30:00", tz="-0500",
        cte="7bit", charset="us-ascii",
        subject="Oiling your new walnut board",
        text=f"""Hi,

About your recent order (no. {spaced}): the walnut board ships with a
light coat of oil only. Before first use give it a generous coat of food-safe
mineral oil, leave it overnight and wipe off the excess.

After that, once a month is plenty.

Hartwood Kitchen""",
    )

    o_unknown = "204-6638104-2297513"
    b = buyer(_rnd, "co.uk")
    case(
        "order-id-not-in-store", "reject", ["order-id.unknown"],
        "A dispatch delay for an order ID that is not in this seller's order store.",
        to=b, frm="Fenwick Rugs <orders@fenwickrugs.co.uk>", day=12, hm="09:12:00", tz="+0100",
        subject=f"Order {o_unknown} - new dispatch date",
        text=f"""Hello,

Your wool runner from order {o_unknown} will be dispatched on Thursday,
not Tuesday as shown: the binding machine was out of action for two days.

No action is needed on your part.

Fenwick Rugs""",
    )

    o, _ = order("mismatch-ca", "Boreal Cast Iron Skillet 12 in", "ca")
    b = buyer(_rnd, "ca")
    case(
        "order-of-another-buyer", "reject", ["order-id.buyer-mismatch"],
        "The store knows the skillet order's buyer, and this message goes to someone else.",
        to=b, frm="Boreal Cookware <care@borealcookware.ca>", day=11, hm="10:45:00", tz="-0500",
        subject=f"Before you cook in the skillet - order {o}",
        text=f"""Hi,

Give the skillet from order {o} one rinse in warm water before it
sees food, then heat it dry over a medium burner and wipe a few drops of
canola oil over the inside. The seasoning darkens after a few cooks.

Boreal Cookware""",
    )

    o1, b = order("two-own", "Kookaburra Kids' Bike Helmet, Small, Teal", "au")
    o2, _ = order("two-other", "Kookaburra Kids' Bike Helmet, Medium, Red", "au")
    case(
        "two-orders-one-not-theirs", "reject", ["order-id.buyer-mismatch"],
        "Names two orders: the first is the recipient's, the second belongs to another buyer in the store; every "
        "order ID named must belong to the recipient.",
        to=b, frm="Kookaburra Cycles <service@kookaburracycles.com.au>", day=12, hm="08:05:00", tz="+1000",
        subject=f"Helmet strap recall check - orders {o1} and {o2}",
        text=f"""Hello,

We're checking the chin-strap buckles on helmets from orders {o1}
and {o2}. Could you look at the buckle: if the inside is stamped
"B-11", please reply with a photo and we'll send a new strap; any other
stamp is fine.

Thanks,
Kookaburra Cycles""",
    )

    o, b = order("expired-au", "Tallowwood Memory Foam Mattress Topper, Queen", "au",
                 purchased="2026-04-24T01:00:00Z", shipped="2026-04-27T01:00:00Z", delivered="2026-05-02T04:00:00Z")
    case(
        "care-tips-six-weeks-late", "reject", ["window.expired"],
        "Proactive care tips sent 44 days after delivery: outside the 30-day window.",
        to=b, frm="Tallowwood Sleep <hello@tallowwoodsleep.com.au>", day=15, hm="09:00:00", tz="+1000",
        subject=f"Looking after your topper ({o})",
        text=f"""Hi,

A note about the topper from order {o}: rotate it head to foot every
month or so, and air it on a dry day if it gets warm at night. The cover
comes off and washes at 30 degrees.

Tallowwood Sleep""",
    )

    o, b = order("fr-ca", "Bouleau Maple Wood Cutting Board Set", "ca", lang="fr", **PENDING)
    case(
        "english-to-french-canadian", "quarantine", ["language.mismatch"],
        "A dispatch delay written only in English to an amazon.ca buyer whose stored language is French.",
        to=b, frm="Bouleau Woodworks <orders@bouleauwoodworks.ca>", day=13, hm="14:00:00", tz="-0400",
        subject=f"Order {o} - shipping next week",
        text=f"""Hello,

The cutting board set from order {o} needs one more coat of finish
before it can be packed; it will ship on June 19. Sorry for the short wait.

Bouleau Woodworks""",
    )

    o, b = order("conf-in", "Trayam Stainless Steel Tiffin Box, 3 Tier", "in")
    case(
        "packed-and-handed-to-courier", "quarantine", ["type.order-confirmation"],
        "Proactive 'your order has been packed and handed over to the courier' with the AWB number and an "
        "expected date, and nothing else: a dispatch confirmation, which Amazon already sends.",
        to=b, frm="Trayam Kitchenware <dispatch@trayam.in>", day=5, hm="17:40:00", tz="+0530",
        subject=f"Dispatch update: order {o}",
        text=f"""Hello,

Your order {o} is packed and with Blue Dart now.

AWB number: 77319846021
Expected delivery: 8 June 2026

Team Trayam""",
        html=f"""<p>Hello,</p>
<p>Your order {o} is packed and with Blue Dart now.</p>
<table><tr><td>AWB number</td><td>77319846021</td></tr>
<tr><td>Expected delivery</td><td>8 June 2026</td></tr></table>
<p>Team Trayam</p>""",
    )

    o, b = order("thanks-zd", "Brightwick Soy Candle Trio, Cedar and Fig", "com")
    case(
        "zendesk-thanks-macro", "quarantine", ["type.thank-you-only"],
        "A Zendesk macro that thanks the buyer and says the team is a reply away; once the greeting, thanks, "
        "offer of help, order reference and helpdesk footer are set aside nothing remains.",
        to=b, frm="Brightwick Candles <support@brightwick.zendesk.com>", day=9, hm="13:30:00", tz="-0400",
        headers=[("X-Mailer", "Zendesk Mailer")],
        mid="<ZD8QX4R1_6684a1c2e9b3f_4b2d1a@zendesk.com>",
        subject=f"[Brightwick Candles] Order {o}",
        text=f"""##- Please type your reply above this line -##

Hi there,

A big thank-you for shopping with Brightwick! Your order {o}
means a lot to our little team.

Whenever you need us, we're just a reply away.

Warmly,
Claire | Brightwick Candles

Brightwick Candles Support - sent via Zendesk""",
        html=f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body>
<div class="zd-email">
<p dir="ltr">##- Please type your reply above this line -##</p>
<div class="zd-comment" dir="auto">
<p dir="auto">Hi there,</p>
<p dir="auto">A big thank-you for shopping with Brightwick! Your order {o} means a lot to our little
team.</p>
<p dir="auto">Whenever you need us, we're just a reply away.</p>
<p dir="auto">Warmly,<br>Claire | Brightwick Candles</p>
</div>
<p dir="ltr">Brightwick Candles Support - sent via Zendesk</p>
</div>
</body></html>
""",
    )

    o, b = order("mkt-uk", "Bramblecote Merino Walking Socks, 3 Pack", "uk")
    case(
        "ps-new-beanies-storefront", "quarantine", ["type.marketing"],
        "A sock-care note with a P.S. pointing to the seller's new beanies in its Amazon storefront: promoting "
        "other products, even without a link or a code.",
        to=b, frm="Bramblecote <hello@bramblecote.co.uk>", day=11, hm="19:02:00", tz="+0100", cte="7bit",
        charset="us-ascii",
        subject=f"Your walking socks - order {o}",
        text=f"""Hello,

For springy socks (order {o}), wash them inside out on a
wool cycle and skip the tumble dryer.

P.S. Our new merino beanies have just come in, in six heathers. Search
"Bramblecote" on Amazon to see the whole range before winter.

Bramblecote""",
    )

    o, b = order("hint-au", "Saltbush Terracotta Self-Watering Planter, 30 cm", "au")
    case(
        "hinted-surprise-for-reviewers", "reject", ["review.incentive"],
        "Hints that buyers who write a review get 'a little surprise' in their next parcel: a future benefit for a "
        "review, though the word gift is never used.",
        to=b, frm="Saltbush Garden <grow@saltbushgarden.com.au>", day=12, hm="10:10:00", tz="+1000",
        subject=f"How's your planter going? ({o})",
        text=f"""Hi there,

Fill the reservoir of the planter from order {o} through the side
spout until the float reaches the top, then leave it; herbs usually go ten
days between top-ups.

Between you and me, the folks who pop a few words about their planter on
Amazon tend to find a little surprise tucked into their next Saltbush parcel.

Happy growing,
Nat @ Saltbush""",
    )

    o, b = order("stars-in", "Gulmohar Block Print Cotton Kurta, Women's L", "in")
    case(
        "five-stars-keep-family-business", "reject", ["review.incentive"],
        "Persuades towards a positive rating ('kindly rate us 5 stars, even 4 stars pulls our ranking down'): "
        "steering the review, without any condition or benefit.",
        to=b, frm="Gulmohar Prints <care@gulmoharprints.in>", day=12, hm="12:30:00", tz="+0530",
        subject=f"Your kurta from Gulmohar - order {o}",
        text=f"""Dear Madam,

We hope the block print kurta of order {o} has reached you in good
condition. Please wash it separately in cold water for the first two washes,
as natural indigo may bleed a little.

We are a small family workshop in Jaipur and every rating decides whether
Amazon shows our products. Kindly rate us 5 stars on Amazon; even a 4 star
pulls our ranking down a lot.

With regards,
Ritu and family
Gulmohar Prints""",
    )

    o, b = order("revisit-com", "Crestline Stainless Steel French Press, 34 oz", "com")
    case(
        "revisit-review-after-replacement", "reject", ["review.removal-request"],
        "After sending a replacement, asks the buyer to 'revisit' the review they posted so it reflects the "
        "outcome: a request to update an existing review, softly worded.",
        to=b, frm="Crestline Coffee Gear <team@crestlinecoffee.com>", day=13, hm="11:45:00", tz="-0600",
        subject=f"Your replacement French press - order {o}",
        text=f"""Hi Dana,

Good to hear the replacement French press from order {o} arrived
and the mesh filter seats properly this time.

Whenever it suits you, would you be open to revisiting the review you
posted last week, so it shows how the story ended rather than how it
started? No pressure at all.

Thanks,
Eli
Crestline Coffee Gear""",
    )

    o, b = order("cond-ca", "Aurora Sunrise Alarm Clock with Reading Lamp", "ca")
    case(
        "glowing-review-or-talk-to-us", "reject", ["review.conditional"],
        "Review gating: a review if the lamp 'brightened your mornings', but if not, 'give us the chance to make it "
        "right first, before anything goes up on Amazon'.",
        to=b, frm="Aurora Light Co. <support@auroralightco.ca>", day=11, hm="07:20:00", tz="-0500",
        cte="base64",
        subject=f"Your sunrise clock - order {o}",
        text=f"""Hi,

A tip for the sunrise clock from order {o}: set the light to start
30 minutes before the alarm, it feels far gentler than 15.

If the clock has brightened up your mornings, a review on Amazon would make
our week. If it hasn't, give us the chance to make it right first, before
anything goes up on Amazon.

Aurora Light Co.""",
    )

    o_rv = ORDERS["rv-first"]["order_id"]
    b = ORDERS["rv-first"]["buyer_email"]
    case(
        "feedback-ask-after-review-ask", "reject", ["review.repeat"],
        "The caddy's buyer was already asked for a product review (relayed); asking for seller feedback on the "
        "same order is a second review request.",
        to=b, frm="Ashwell Home <care@ashwellhome.com>", day=14, hm="15:05:00", tz="-0400",
        after=("review-ask-gorgias-signature",), cte="7bit", charset="us-ascii",
        subject=f"Seller rating for order {o_rv}?",
        text=f"""Hi there,

Circling back on order {o_rv}: besides the product review, Amazon also
lets you rate us as a seller from Your Orders > Leave seller feedback. It
takes about a minute and it matters a great deal to a shop our size.

Take care,
Priya at Ashwell Home""",
    )

    o, b = order("cancel-uk", "Thornbury Enamel Bread Bin, Sage Green", "uk", **PENDING)
    case(
        "discontinued-cancel-from-your-end", "reject", ["order-problem.cancellation-request"],
        "Cannot ship (colour discontinued) and asks the buyer to cancel from Your Orders, even suggesting the "
        "reason to pick.",
        to=b, frm="Thornbury Kitchen <orders@thornburykitchen.co.uk>", day=13, hm="15:55:00", tz="+0100",
        tolerated=("order-problem.no-adjustment",),
        subject=f"Order {o} - bread bin colour",
        text=f"""Hello,

Bad news, I'm sorry to say: the sage green bread bin on order {o} has been
discontinued by the maker and our last one went out on Friday.

Could you press "Cancel items" under Your Orders on Amazon for us?
Picking "no longer needed" as the reason is fine.

Sorry about this,
Gill
Thornbury Kitchen""",
    )

    o, b = order("noadj-au", "Banksia Bamboo Sheet Set, King, White", "au", **PENDING)
    case(
        "cannot-send-sheets-no-refund-word", "quarantine", ["order-problem.no-adjustment"],
        "Tells the buyer the sheets cannot be sent (last set failed inspection) without confirming that the order "
        "amount was adjusted or refunded.",
        to=b, frm="Banksia Bedding <hello@banksiabedding.com.au>", day=14, hm="16:40:00", tz="+1000",
        subject=f"About your sheet set - order {o}",
        text=f"""Hi,

Really sorry, but we won't be able to send the king bamboo sheet set from
order {o}. Our last set failed inspection (a pulled thread along
the hem) and the next container isn't due for weeks.

Apologies for letting you down.

Banksia Bedding""",
    )

    o, b = order("ret-ack", "Vireo Personal Blender with 2 Travel Cups", "com")
    case(
        "return-received-no-question", "quarantine", ["return.unnecessary"],
        "A proactive message about a return that only acknowledges it and explains the refund timing: it neither "
        "asks for information needed for the return nor offers a partial refund.",
        to=b, frm="Vireo Kitchen <returns@vireokitchen.com>", day=13, hm="10:00:00", tz="-0400",
        subject=f"Blender return - order {o}",
        text=f"""Hello,

Your return request for the personal blender on order {o}
has come through and we'll watch for the parcel. Once it is back at our
warehouse, Amazon will issue your refund, usually within 3-5 business days.

Vireo Kitchen Returns Team""",
    )

    o, b = order("bare-domain", "Pinecrest Wood-Wick Candle, Campfire, 10 oz", "com")
    case(
        "bare-domain-in-signature", "reject", ["link.external"],
        "Wick-trimming tips signed with the shop's web address written without a scheme (www.): a link to the "
        "seller's own site, neither Amazon nor needed for the order.",
        to=b, frm="Pinecrest Candle Co. <hello@pinecrestcandle.com>", day=11, hm="20:45:00", tz="-0700",
        cte="7bit", charset="us-ascii",
        subject=f"Wood wicks crackle - tips for order {o}",
        text=f"""Hi!

Wood wicks behave differently from cotton: trim the wick on your candle
(order {o}) to about 1/8 inch before each burn and let the first burn
go until the wax pool reaches the edge, about two hours.

Pinecrest Candle Co. | Hand-poured in Bend, Oregon
www.pinecrestcandle.com""",
    )

    o, b = order("optout-ca", "Tamarack Insulated Lunch Bag, Charcoal", "ca")
    case(
        "reply-stop-to-be-left-alone", "reject", ["link.opt-out"],
        "Footer tells the buyer to reply STOP to get no more e-mails from the shop: an opt-out in text, no link.",
        to=b, frm="Tamarack Goods <team@tamarackgoods.ca>", day=10, hm="12:12:00", tz="-0700",
        subject=f"Keeping your lunch cold - order {o}",
        text=f"""Hey,

Your lunch bag (order {o}) keeps things coldest with a frozen ice
pack on top rather than underneath, since cold air sinks.

Tamarack Goods

Rather not hear from us again? Answer this e-mail with STOP and you won't.""",
    )

    o, b = order("email-at-dot", "Glenmorrow Waxed Canvas Rucksack, 24 L, Olive", "uk")
    case(
        "email-written-with-at-and-dot", "reject", ["content.email-address"],
        "Asks for photos to be sent to an address written as 'returns (at) ... (dot) co (dot) uk' to get past a "
        "filter: still an e-mail address.",
        to=b, frm="Glenmorrow Outdoor <info@glenmorrow-outdoor.co.uk>", day=12, hm="09:33:00", tz="+0100",
        subject=f"The strap on your rucksack - order {o}",
        text=f"""Morning,

Sorry the shoulder strap stitching on your rucksack (order {o}) has
come loose. So our workshop can see what happened, could you send a couple
of photos of it to returns (at) glenmorrow-outdoor (dot) co (dot) uk?

Thanks,
Iain
Glenmorrow Outdoor""",
    )

    o, b = order("phone-words", "Ironbark Flat-Pack Bookcase, 5 Shelves, Oak", "au")
    case(
        "phone-number-in-words", "reject", ["content.phone-number"],
        "The seller's own mobile number spelt out in words ('oh four one seven ...') so that a filter misses it; "
        "no warranty, carrier or manufacturer context.",
        to=b, frm="Ironbark Furniture <sales@ironbarkfurniture.com.au>", day=11, hm="18:18:00", tz="+1000",
        subject=f"Bookcase assembly - order {o}",
        text=f"""Hi mate,

If the back panel on the bookcase from order {o} won't sit in the
groove, loosen the four cam locks on the top shelf half a turn, slide the
panel in, then tighten them again.

Still stuck? Ring me direct on oh four one seven, two two six, nine eight
three and I'll talk you through it.

Cheers,
Brett
Ironbark Furniture""",
    )

    o, b = order("swear", "Kestrel Waterproof Hiking Boots, Men's 10", "com")
    case(
        "reply-courier-did-not-give-a-shit", "quarantine", ["content.sensitive"],
        "A reply to a buyer about a soaked parcel that swears about the courier: offensive language to a buyer.",
        to=b, frm="Kestrel Outdoor <support@kestreloutdoor.com>", day=10, hm="21:03:00", tz="-0500",
        reply="The box was soaked through and the boots were wet inside. Not happy.",
        subject=f"Re: Wet box - order {o}",
        text="""Hey,

Yeah, looking at your photo the courier clearly didn't give a shit and left
it out in the rain. The boots themselves are waterproof, so stuff them with
newspaper and let them dry at room temperature, not by a heater.

If the leather stays marked once they're dry, send another photo and we'll
swap them.

Kestrel Outdoor""",
    )

    o, b = order("spell-in", "Meenakari Personalised Silver Bracelet", "in")
    case(
        "engraving-request-badly-spelt", "relay", ["content.spelling"],
        "A permitted request for the engraving text, written with egregious spelling errors throughout: only "
        "content.spelling, which warns, so the message is relayed.",
        to=b, frm="Meenakari Silver <orders@meenakarisilver.in>", day=4, hm="11:11:11", tz="+0530",
        subject=f"Engraving detials for order {o}",
        text=f"""Dear coustomer,

Thankyou for you're order {o}. For engarving the braclet we are
needing the name wich you want, maximun twelve leters. Plese also tell
weather you want it in capitel leters or smal leters, and wich font, stright
or curvy.

We will not start the engarving untill we recieve you're replay.

Thanking you,
Meenakari Silver""",
    )


# ============================================================================================
# Several rules at once
# ============================================================================================

def multi() -> None:
    # M1: a newsletter blast from a shop tool.
    order("news-uk", "Harbourline Breton Striped Top, Women's 12", "uk")
    b = ORDERS["news-uk"]["buyer_email"]
    logo = logo_png("HARBOURLINE", size=(170, 44), bg=(20, 40, 80))
    case(
        "newsletter-summer-edit", "reject",
        ["order-id.missing", "type.marketing", "link.opt-out", "link.external", "image.logo-link",
         "style.alignment", "style.font-override", "style.font-sizes"],
        "A shop newsletter to a buyer: no order ID, new-collection promotion with a code, a logo linked to the "
        "shop site, unsubscribe footer and header, centred body, forced font and colour, four font sizes.",
        to=b, frm="Harbourline <news@harbourline.co.uk>", day=12, hm="06:00:00", tz="+0100",
        headers=[("List-Unsubscribe", "<https://harbourline.co.uk/u/7f2c9a01>"),
                 ("X-Mailer", "Sendloop 4.2")],
        subject="The Summer Edit has landed",
        html="""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<style>body { font-family: 'Playfair Display', Georgia, serif; color: #14284b; }</style>
</head>
<body>
<div style="text-align: center;">
<p><a href="https://www.harbourline.co.uk/"><img src="cid:hl-logo" alt="Harbourline" width="170" height="44"></a></p>
<h1>The Summer Edit</h1>
<p><span style="font-size: 20px;">Linen shirts, sailcloth shorts and our first swimwear.</span></p>
<p>As one of our customers you get 15% off everything new this week with code HARBOUR15.</p>
<p><a href="https://www.harbourline.co.uk/summer-edit">Browse the Summer Edit</a></p>
<p style="font-size: 10px;">Sent to Harbourline customers.
<a href="https://www.harbourline.co.uk/unsubscribe?u=7f2c9a01">Unsubscribe from these e-mails</a></p>
</div>
</body></html>
""",
        related=[(logo, "image", "png", "<hl-logo>", "harbourline.png")],
    )

    o, b = order("gate-gift", "Coral Reef Kids' Rash Vest, Age 8, Turquoise", "au")
    case(
        "happy-review-unhappy-tell-us-gift", "reject", ["review.conditional", "review.incentive", "style.emoji"],
        "'If the kids love it, a review ... if not, message us first', with a free swim cap promised for the "
        "review and a smiley face.",
        to=b, frm="Coral Reef Swim <hello@coralreefswim.com.au>", day=12, hm="16:16:00", tz="+1000",
        subject=f"How did the rash vest go? ({o})",
        text=f"""Hi!

Hope the rash vest from order {o} has had plenty of beach time.
Rinse it in fresh water after each swim and dry it in the shade.

If the kids love it, we'd be stoked to see a review from you on Amazon,
and we'll post you a free matching swim cap as a thank you :-)
If something's not right, message us first and we'll fix it, no review needed.

Cheers,
Kylie @ Coral Reef Swim""",
    )

    o, b = order("es-us", "Sierra Cast Iron Tortilla Press, 8 in", "com", lang="es", **PENDING)
    case(
        "english-oos-to-spanish-buyer-cancel", "reject",
        ["language.mismatch", "order-problem.cancellation-request", "order-problem.no-adjustment"],
        "English only to an amazon.com buyer whose stored language is Spanish; out of stock, asks the buyer to "
        "cancel and says nothing about a refund or adjustment.",
        to=b, frm="Sierra Kitchen Supply <orders@sierrakitchensupply.com>", day=13, hm="13:13:00", tz="-0600",
        cte="base64",
        subject=f"Order {o} - out of stock",
        text=f"""Hello,

We've run out of the tortilla press on order {o}, and the foundry
can't say when the next batch will be poured.

Please go into your Amazon account and cancel the order so it doesn't stay
open.

Sierra Kitchen Supply""",
    )

    o, b = order("old-html", "Old Mill Goat Milk Soap Bars, 6 Pack", "com",
                 purchased="2026-04-10T15:00:00Z", shipped="2026-04-13T15:00:00Z", delivered="")
    case(
        "old-template-http-banner-centred", "reject",
        ["window.expired", "image.insecure", "style.image-alt", "style.alignment"],
        "Soap-care note 63 days after shipping (never delivered, so shipping is the completion), from an old "
        "template: a header image over http without alt text and a centred body.",
        to=b, frm="Old Mill Soap Co. <hello@oldmillsoap.com>", day=15, hm="08:00:00", tz="-0500",
        subject=f"Making your soap last longer - order {o}",
        html=f"""<html><head><meta charset="utf-8"></head>
<body>
<center>
<img src="http://images.oldmillsoap.com/mail/header-meadow.jpg" width="400" height="120">
<p>Hello,</p>
<p>Goat milk soap is soft, so keep the bars from order {o} on a draining dish and out of the shower
spray between uses; a bar then lasts about five weeks.</p>
<p>Old Mill Soap Co.</p>
</center>
</body></html>
""",
    )

    o, b = order("fd-reply", "Kettle & Crumb Cast Iron Bread Pan", "uk")
    banner = banner_png("Kettle & Crumb - Support", 560, 80)
    case(
        "freshdesk-reply-heavy-styling", "reject",
        ["style.font-override", "style.font-sizes", "style.image-width", "style.image-alt"],
        "A helpdesk reply with a forced font family and text colour, four font sizes and a 560 px signature "
        "banner (wider than 480 px) without alt text.",
        to=b, frm="Kettle & Crumb <support@kettleandcrumb.co.uk>", day=10, hm="14:50:00", tz="+0100",
        headers=[("X-Mailer", "Freshdesk")],
        reply="Bread sticks to the pan every time. Is it faulty?",
        subject=f"Re: [#10472] Bread sticking - order {o}",
        text="""Hello,

It isn't faulty: new cast iron needs a few bakes to build its seasoning.
Grease the pan with lard or shortening (not butter, which burns), and let the
loaf rest in the pan for ten minutes before turning it out.

Kind regards,
Anya
Kettle & Crumb Support""",
        html="""<div style="font-family: Verdana, sans-serif; color: #3a3a3a;">
<p style="font-size: 18px;">Hello,</p>
<p style="font-size: 14px;">It isn't faulty: new cast iron needs a few bakes to build its seasoning. Grease
the pan with lard or shortening (not butter, which burns), and let the loaf rest in the pan for ten minutes
before turning it out.</p>
<p style="font-size: 12px;">Kind regards,<br>Anya<br>Kettle &amp; Crumb Support</p>
<p><img src="cid:kc-banner"></p>
<p style="font-size: 9px;">Ticket #10472</p>
</div>""",
        related=[(banner, "image", "png", "<kc-banner>", "signature-banner.png")],
    )

    o, b = order("rv-tool", "Ashgrove Enamelled Cast Iron Dutch Oven, 5.5 Qt, Sage", "com")
    pot = dutch_oven_jpeg()
    case(
        "review-tool-pixel-photo-wide-margin", "reject",
        ["image.product-photo", "image.tracking-pixel", "image.insecure", "style.margin", "style.image-alt"],
        "A review-request tool template: the purchased pot pictured with its name as alt text, a 1x1 open-"
        "tracking image (no alt) with a per-recipient token, an http logo and 25 % side margins. The request "
        "itself is neutral.",
        to=b, frm="Ashgrove Cookware <reviews@ashgrovecookware.com>", day=13, hm="10:30:00", tz="-0400",
        headers=[("X-Mailer", "ReviewRelay 3.1")],
        subject=f"How is your Dutch oven? Order {o}",
        html=f"""<html><head><meta charset="utf-8"></head>
<body>
<div style="margin: 0 25%;">
<p><img src="http://cdn.ashgrovecookware.com/brand/ashgrove-wordmark.png" alt="Ashgrove Cookware" width="150"
height="36"></p>
<p>Hello,</p>
<p>It's been a week since order {o} brought you the Dutch oven. We'd welcome your review of it on Amazon, whatever
you make of it.</p>
<p><img src="cid:pot" alt="Ashgrove Enamelled Cast Iron Dutch Oven, Sage" width="300" height="214"></p>
<p><a href="https://www.amazon.com/review/create-review?asin=B0D9XH5T1M">Write your review of the Dutch oven
on Amazon</a></p>
<p>Ashgrove Cookware</p>
<img src="https://open.reviewrelay.io/o/9c1e77a4f02b.gif?rcpt=b5f3e18d2a" width="1" height="1">
</div>
</body></html>
""",
        related=[(pot, "image", "jpeg", "<pot>", "dutch-oven-sage.jpg")],
    )

    o, b = order("nonnative-sg", "Lumos Smart LED Strip Light 5 m, RGB", "sg")
    manual = make_docx(["Lumos LED strip - setup", "1. Connect the controler to the strip.",
                        "2. Download the app and pair by bluetooth.", "3. Chose the colour."])
    case(
        "broken-english-whatsapp-email-docx", "reject",
        ["content.spelling", "content.email-address", "content.phone-number", "attachment.not-allowed"],
        "Badly spelt setup help that gives the seller's WhatsApp number and Gmail address and attaches a Word "
        "document (not an allowed attachment type).",
        to=b, frm="Lumos Lighting SG <lumoslightingsg@gmail.com>", day=9, hm="22:22:00", tz="+0800",
        subject=f"Lumos led strip instalation order {o}",
        text=f"""Hi dear,

Thank for buy our led strip order {o}. We attatch the manuel in Word
file becouse many costumer having problam to conect the controler. Pls
folow the step carefuly, the strip is very sensitiv to the direction of
arow.

If any problam pls whatsapp +65 9123 4876 or email lumoslightingsg@gmail.com
we will reply fastly.

Best regard
Lumos team""",
        attach=[(manual, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "Lumos_Setup_Manual.docx")],
    )

    o, b = order("aftership", "Velo Commuter Bike Lights Set, USB-C", "uk")
    van = animated_gif(("On its way", "Velo Lights"))
    case(
        "shipped-email-emoji-gif-pixel", "reject",
        ["type.order-confirmation", "style.emoji", "style.animated-gif", "image.tracking-pixel",
         "style.image-alt"],
        "A shipping-notification tool: 'your order has shipped' with the tracking number and nothing else, a "
        "truck emoji in the subject, an animated GIF and a 1x1 open pixel with empty alt text.",
        to=b, frm="Velo Lights <orders@velolights.co.uk>", day=4, hm="18:00:00", tz="+0100",
        headers=[("X-Mailer", "ShipNotify")],
        subject=f"\U0001F69A Your order {o} has shipped!",
        html=f"""<html><head><meta charset="utf-8"></head>
<body>
<p><img src="cid:van" alt="Parcel on its way" width="220" height="56"></p>
<p>Hi,</p>
<p>Your order {o} has shipped with Royal Mail Tracked 48.</p>
<p>Tracking number: WX 4417 2290 3GB</p>
<p>Velo Lights</p>
<img src="https://px.shipnotify.app/open/3d8e0c51b7?m=velo-2291" width="1" height="1" alt="">
</body></html>
""",
        related=[(van, "image", "gif", "<van>", "on-its-way.gif")],
    )

    o, b = order("angry-sg", "Rattan Peacock Chair, Natural", "sg")
    case(
        "remove-that-feedback-idiot", "reject", ["review.removal-request", "content.sensitive"],
        "A reply to a buyer who left negative seller feedback: the seller insults the buyer and demands the "
        "feedback be taken down.",
        to=b, frm="Rattan House SG <sales@rattanhouse.sg>", day=11, hm="23:40:00", tz="+0800",
        reply="I left feedback because the chair arrived 9 days late. That's just the truth.",
        subject=f"Re: Feedback on order {o}",
        text="""Only an idiot blames the seller for a shipping backlog that was announced
on the listing. The chair arrived in perfect condition.

Take that crap feedback down today, you have no reason to keep it up.

Rattan House""",
    )

    o, b = order("ret-http", "Nimbus Cordless Hair Dryer, Rose Gold", "com")
    case(
        "return-policy-click-here-http", "reject",
        ["return.unnecessary", "style.link-text", "link.insecure"],
        "A return message that only points to the shop's returns policy: 'Click here' as link text, an http "
        "link, and no information request or partial refund offer.",
        to=b, frm="Nimbus Beauty <care@nimbusbeauty.com>", day=12, hm="09:09:00", tz="-0500",
        tolerated=("link.external",),
        subject=f"Returning your hair dryer - order {o}",
        html=f"""<p>Hello,</p>
<p>You've asked to send back the cordless dryer on order {o}. Please pack it with all attachments.
Our full returns policy: <a href="http://www.nimbusbeauty.com/returns">Click here</a></p>
<p>Nimbus Beauty</p>""",
    )

    o, b = order("thanks-gif", "Willow & Wren Botanical Notebook Set", "uk")
    sparkle = animated_gif(("THANK YOU", "Willow & Wren"))
    case(
        "thank-you-card-gif-heart", "reject", ["type.thank-you-only", "style.emoji", "style.animated-gif"],
        "An e-mail 'card' that only thanks the buyer and offers help, with an animated sparkle GIF and ASCII "
        "smileys (':)' and '<3').",
        to=b, frm="Willow & Wren Stationery <hello@willowandwren.co.uk>", day=9, hm="12:00:00", tz="+0100",
        subject=f"A little note from the studio (order {o})",
        text=f"""Hello lovely,

Thank you for choosing our notebooks (order {o}) :)
It truly makes our day every time a parcel leaves the studio <3

Anything at all you need, we're around.

Love,
Hattie at Willow & Wren""",
        html=f"""<p><img src="cid:sparkle" alt="Thank you card" width="220" height="56"></p>
<p>Hello lovely,</p>
<p>Thank you for choosing our notebooks (order {o}) :)<br>
It truly makes our day every time a parcel leaves the studio &lt;3</p>
<p>Anything at all you need, we're around.</p>
<p>Love,<br>Hattie at Willow &amp; Wren</p>""",
        related=[(sparkle, "image", "gif", "<sparkle>", "thank-you.gif")],
    )

    order("noid-plain", "Tidewell Portable Power Station 300W", "au")
    b = ORDERS["noid-plain"]["buyer_email"]
    case(
        "no-order-id-http-gaps", "reject", ["order-id.missing", "link.insecure", "style.line-breaks"],
        "A charging safety note with no order ID, an http link (to Amazon, but not secure) and three empty lines "
        "in a row.",
        to=b, frm="Tidewell Power <support@tidewellpower.com.au>", day=10, hm="15:30:00", tz="+1000",
        cte="7bit", charset="us-ascii", crlf=True,
        subject="Before you first charge your power station",
        text="""Hi,

Please charge your new power station to 100% before the first trip, and keep
it out of a closed car in summer: above 45 C the battery protection cuts out.




The charging guide is under Product guides on the listing:
http://www.amazon.com.au/dp/B0CT2H7W9K

Tidewell Power""",
    )

    o_typo = "206-3381047-5590214"
    b = buyer(_rnd, "co.uk")
    photos = zip_bytes({"step-1.jpg": logo_jpeg("STEP 1", (120, 80)), "step-2.jpg": logo_jpeg("STEP 2", (120, 80))},
                       date_time=(2026, 6, 10, 9, 0, 0))
    case(
        "unknown-order-zip-of-photos", "reject", ["order-id.unknown", "attachment.not-allowed", "style.line-breaks"],
        "Assembly photos sent as a zip archive for an order ID the store does not know, with a run of blank lines "
        "before the signature.",
        to=b, frm="Oakhaven Garden Furniture <help@oakhavengarden.co.uk>", day=10, hm="10:40:00", tz="+0100",
        attach=[(photos, "application", "zip", "assembly-photos.zip")],
        subject=f"Bench assembly photos - order {o_typo}",
        text=f"""Hello,

As promised, the photos of each assembly step for the garden bench on order
{o_typo} are in the attached folder. Do the arm rests last.



Oakhaven Garden Furniture""",
    )

    o_b = ORDERS["rv-second"]["order_id"]
    b = ORDERS["rv-second"]["buyer_email"]
    case(
        "bench-review-reminder-click-here-padded", "reject", ["review.repeat", "style.link-text", "style.margin"],
        "A second review request for the shower bench order (the first was relayed), with 'click here' as the "
        "link text and 140 px side padding.",
        to=b, frm="Ashwell Home <care@ashwellhome.com>", day=15, hm="09:00:00", tz="-0400",
        after=("review-ask-gorgias-signature", "review-ask-other-order-same-buyer"),
        subject=f"Still thinking about the shower bench? ({o_b})",
        html=f"""<div style="padding: 0 140px;">
<p>Hi again,</p>
<p>A second knock on the door about order {o_b}: if the bench review slipped your mind, your
thoughts on the teak shower bench would still be welcome. <a href="https://www.amazon.com/review/create-review?asin=B0DK9T3S6B">click here</a></p>
<p>Priya at Ashwell Home</p>
</div>""",
    )

    o, b = order("pendant", "Cove Rattan Pendant Lamp Shade, 45 cm", "in")
    lamp = lamp_png()
    logo = logo_png("COVE", size=(120, 40), bg=(90, 60, 30))
    case(
        "pendant-photo-full-width-logo-link", "reject",
        ["image.product-photo", "style.image-width", "image.logo-link", "link.external"],
        "Fitting advice with a full-width photo of the purchased pendant shade (alt names it) and the shop logo "
        "linked to the shop's website.",
        to=b, frm="Cove Living <hello@coveliving.in>", day=11, hm="13:20:00", tz="+0530",
        subject=f"Hanging your pendant shade - order {o}",
        text=f"""Hello,

Before hanging the shade from order {o}, switch off the circuit at the
board. The shade takes bulbs up to 40 W; an LED bulb keeps the rattan cool.

Cove Living""",
        html=f"""<p><a href="https://www.coveliving.in"><img src="cid:cove-logo" alt="Cove Living" width="120" height="40"></a></p>
<p>Hello,</p>
<p>Before hanging the shade from order {o}, switch off the circuit at the board. The shade takes bulbs up
to 40 W; an LED bulb keeps the rattan cool.</p>
<p><img src="cid:pendant" alt="Cove Rattan Pendant Lamp Shade" width="100%"></p>
<p>Cove Living</p>""",
        related=[(logo, "image", "png", "<cove-logo>", "cove-logo.png"),
                 (lamp, "image", "png", "<pendant>", "rattan-pendant.png")],
    )


def main() -> None:
    compliant()
    single()
    multi()
    CASE_LIST.sort(key=lambda c: c["verdict"] != "relay" or bool(c["rules"]))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="thirtyseventh"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders")


if __name__ == "__main__":
    main()
