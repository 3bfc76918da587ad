#!/usr/bin/env python3
"""Build the tenth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_tenth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written from the
guidelines, not from the rule data, aimed at the rule areas the ninth corpus did not focus on: order
context (order ID missing / unknown / foreign / subject only, 30-day window edges), buyer language,
phone numbers against numbers that only look like them, emoji and styling, attachments and images,
links (Amazon, http, shorteners, signatures, spaced dots), allowed vs disallowed message types,
review.repeat and replies. About a third are compliant near-misses.
"""

from __future__ import annotations

import random
import sys
from functools import partial
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))
from corpus_build import (  # noqa: E402
    add_case,
    animated_gif,
    buyer,
    collect_by_language,
    img_bytes,
    lang_counts,
    logo_png,
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

_rnd = random.Random(10_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "de": "30", "fr": "40", "es": "40", "it": "40", "co.jp": "25"}
_TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp"}
CASE_LIST: list[dict] = []
ORDERS: dict[str, dict] = {}
B64 = {"cte": "base64"}
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
PRODUCER = "tenth-corpus 1.0"


def _oid(tld: str) -> str:
    p = _PREFIX[tld] + str(_rnd.randint(1, 6))
    return f"{p}-{_rnd.randint(1000000, 9999999)}-{_rnd.randint(1000000, 9999999)}"


def order(key: str, lang: str, title: str, *, tld: str = "", purchased: str = "2026-06-02T10:00:00Z",
          shipped: str = "2026-06-03T08:00:00Z", delivered: str = "2026-06-06T12:00:00Z",
          addr: str = "") -> tuple[str, str]:
    """One order row per case: (order ID, buyer address); `addr` gives a second order to the same buyer."""
    tld = tld or _TLD[lang]
    addr = addr or buyer(_rnd, tld)
    oid = _oid(tld)
    ORDERS[key] = {"order_id": oid, "buyer_email": addr, "marketplace": "amazon." + tld, "buyer_language": lang,
                   "purchased_at": purchased, "shipped_at": shipped, "delivered_at": delivered,
                   "product_title": title}
    return oid, addr


def _d(day: int, hm: str = "10:00:00", tz: str = "+0000") -> str:
    import datetime as _dt
    wd = _dt.date(2026, 6, day).strftime("%a")
    return f"{wd}, {day:02d} Jun 2026 {hm} {tz}"


def case(slug: str, verdict: str, rules: list[str], absent: list[str], note: str, *, to: str, frm: str,
         subject: str, text: str | None = None, html: str | None = None, lang: str = "en", day: int = 12,
         reply: bool = False, tolerated: tuple[str, ...] = (), enc: dict | None = None, attach=(), related=(),
         after: tuple[str, ...] = ()) -> None:
    headers = reply_headers(f"0100018f.tenth.{slug}") if reply else []
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    msg = mk(frm, to, subject, _d(day), f"<n10.{slug}@{dom}>", headers=headers,
             text=None if text is None else text.strip("\n") + "\n",
             html=None if html is None else page(html, lang), attach=attach, related=related, **(enc or {}))
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tolerated, after=after)


def webp_photo() -> bytes:
    img = Image.new("RGB", (320, 240), (200, 190, 170))
    return img_bytes(img, "WEBP", quality=80)


REVIEW = ["review.incentive", "review.conditional", "review.removal-request"]
ORDER = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired"]


# --------------------------------------------------------------------------------------------
# English
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    o, b = order("sofa", "en", "3-Seater Sofa, Velvet, Forest Green", purchased="2026-06-08T10:00:00Z",
                 shipped="2026-06-11T08:00:00Z", delivered="")
    t = f"""Hello,

Your sofa (order {o}) left our warehouse yesterday and is now with our
two-person delivery partner, Harbor Freight Lines. Because it needs two people
and a booked slot, the driver cannot simply leave it at the door.

Please reply with a weekday that suits you next week (morning or afternoon).
If you would rather book directly, Harbor Freight Lines' delivery desk is on
(555) 201-3344, Monday to Friday.

Kind regards,
Greenway Living"""
    case("sofa-delivery-slot-carrier-phone", "relay", [], ["content.phone-number", "type.order-confirmation", *ORDER],
         "Scheduling a bulky delivery is a permitted proactive reason; the phone number is the carrier's.",
         to=b, frm="Greenway Living <care@greenwayliving.com>", subject=f"Booking your sofa delivery - order {o}", text=t)

    o, b = order("bike", "en", "Kids' Balance Bike 12 inch", purchased="2026-05-01T10:00:00Z",
                 shipped="2026-05-18T08:00:00Z", delivered="2026-05-20T12:00:00Z")
    t = f"""Hi,

We are checking in on order {o}: the balance bike was delivered on 20 May.
The saddle clamp we fitted at the factory is the older type; if the saddle
slips below its lowest mark, let us know the inside seat-tube diameter printed
on the frame (28.6 or 31.8) and we will send the right clamp.

Thanks,
Pedalkin Support"""
    case("bike-purchased-45d-delivered-26d", "relay", [], ORDER,
         "Bought 45 days ago but delivered 26 days ago: the 30 days run from completion (delivery).",
         to=b, frm="Pedalkin Support <help@pedalkin.com>", subject=f"Saddle clamp for order {o}", text=t)

    o, b = order("lamp", "en", "Arc Floor Lamp, Brushed Brass", purchased="2026-05-10T10:00:00Z",
                 shipped="2026-05-12T08:00:00Z", delivered="2026-05-16T12:00:00Z")
    t = f"""Hello,

It has been a few weeks since your arc floor lamp (order {o}) arrived.
If you have a moment, would you share your experience in a review on Amazon?
Every honest review helps other shoppers.

Lumen & Arc"""
    case("lamp-review-exactly-30-days", "relay", [], [*ORDER, *REVIEW, "type.thank-you-only"],
         "Delivered exactly 30 days (30 x 24 h) before now: still inside the window.",
         to=b, frm="Lumen & Arc <hello@lumenandarc.com>", subject=f"Your lamp, order {o}", text=t)

    o, b = order("drill", "en", "Cordless Hammer Drill 18V Kit")
    t = f"""Hello,

The replacement chuck for your drill (order {o}) went out today.
Tracking: 1Z 999 AA1 01 2345 6784 (UPS). Part number 4410-2231-07.
Your warranty registration is 2026 0612 0045 and the drill's serial is
DX18-300-551-204. Please keep these with the receipt dated 2026-06-02.

Torqwell Tools"""
    case("drill-numbers-not-phones", "relay", [], ["content.phone-number", "type.order-confirmation"],
         "Tracking number, part number, registration and serial numbers and a date: none is a phone number; sending a replacement is resolving a fulfilment issue.",
         to=b, frm="Torqwell Tools <service@torqwell.com>", subject=f"Replacement chuck for order {o}", text=t)

    o, b = order("tent", "en", "Backpacking Tent 2-Person, Ultralight")
    q = "Hi, where is my tent? It said it would arrive yesterday."
    t = f"""Hi Sam,

Sorry for the wait. The parcel is with USPS, tracking number
9400 1118 9922 3344 5566 77; their site shows it at your local post office
for delivery tomorrow morning.

Best,
Ridgeback Outdoor

{quote(q)}"""
    case("tent-reply-tracking-no-order-id", "relay", [], [*ORDER, "type.order-confirmation", "content.phone-number"],
         "A reply to 'where is my parcel?': the tracking number answers the buyer; order-context rules do not apply to replies.",
         to=b, frm="Ridgeback Outdoor <support@ridgebackoutdoor.com>", subject="Re: Where is my tent?", text=t, reply=True)

    o, b = order("desk", "en", "Standing Desk Frame, Dual Motor")
    pdf = make_pdf("Invoice INV-2026-0612", ["Invoice INV-2026-0612", f"Order {o}", "Standing Desk Frame, Dual Motor",
                                             "Net 289.00 USD", "Sales tax 23.84 USD", "Total 312.84 USD"], producer=PRODUCER)
    h = f"""<p>Hello,</p>
<p>Please find attached the invoice for your order {o}, with your company name as requested at checkout.</p>
<p>You can also see the order in <a href="https://www.amazon.com/gp/css/order-history">Your Orders on Amazon</a>.</p>
<p>Best regards,<br>Liftwork Office</p>"""
    case("desk-invoice-pdf", "relay", [], ["attachment.not-allowed", "type.order-confirmation", "link.external", "style.link-text"],
         "Sending an invoice is a permitted reason; PDF attachment; Amazon https link with descriptive text.",
         to=b, frm="Liftwork Office <billing@liftworkoffice.com>", subject=f"Invoice for order {o}", html=h,
         attach=[(pdf, "application", "pdf", "INV-2026-0612.pdf")])

    o, b = order("paint", "en", "Acrylic Paint Set, 24 Colours")
    t = f"""Hello,

About your paint set (order {o}): mix the gesso 1:3 with water for the first
coat, and let it dry for 2:30 hours at room temperature (about 20 C). Brush
sizes 2/4/6 work best. The P:N code on the tube cap is the pigment batch.

Easel & Co"""
    case("paint-ratios-not-emoticons", "relay", [], ["style.emoji", "type.thank-you-only"],
         "Ratios, times and a cap code with colons: no emoticon.",
         to=b, frm="Easel & Co <studio@easelandco.com>", subject=f"Priming tips, order {o}", text=t)

    o, b = order("mat", "en", "Yoga Mat 6mm, Non-Slip")
    t = """Hello,

Your order number is in the subject line. The mat can smell of rubber for a
few days: unroll it in a ventilated room, and wipe it with mild soapy water
rather than alcohol, which dries the surface.

Asana Supply"""
    case("mat-order-id-subject-only", "relay", [], ORDER,
         "The order ID appears in the subject only: RULES.md accepts it in subject or body.",
         to=b, frm="Asana Supply <hello@asanasupply.com>", subject=f"Care for your yoga mat ({o})", text=t)

    o, b = order("grill", "en", "Gas Grill 3-Burner, Stainless")
    q = "Thanks! The grill is great. Could you remind me which cover fits it?"
    t = f"""Hi Jo,

Glad it's working well! The 58-inch cover fits this model.

Best,
Emberline Grills

{quote(q)}"""
    case("grill-reply-short-no-order", "relay", [], [*ORDER, "type.thank-you-only", "type.marketing"],
         "A short reply answering a question: no order ID needed, not thank-you-only.",
         to=b, frm="Emberline Grills <help@emberlinegrills.com>", subject="Re: which cover?", text=t, reply=True)

    # -- violations ----------------------------------------------------------------------
    o, b = order("blender", "en", "High-Speed Blender 1500W")
    t = """Hello,

We noticed that your blender arrived last week. If the lid seal feels tight,
run it under warm water for a minute before pressing it on.

Vortex Kitchen"""
    case("blender-no-order-id", "reject", ["order-id.missing"], ["order-id.unknown"],
         "Proactive message with no order ID anywhere.",
         to=b, frm="Vortex Kitchen <care@vortexkitchen.com>", subject="About your blender", text=t)

    o, b = order("pan", "en", "Cast Iron Skillet 12 inch")
    t = """Hello,

About your order 112-4021733-9981450: the skillet is pre-seasoned, but a thin
coat of oil after each wash keeps the surface non-stick.

Ironhearth"""
    case("pan-order-id-unknown", "reject", ["order-id.unknown"], ["order-id.missing"],
         "The order ID named is not one of this seller's orders.",
         to=b, frm="Ironhearth <care@ironhearth.com>", subject="Skillet care", text=t)

    o, b = order("router", "en", "Wi-Fi 6 Mesh Router, 3-Pack")
    o2, _ = order("router2", "en", "Ethernet Cable Cat6, 5 m")
    t = f"""Hello,

Your mesh router (order {o}) and the cable from order {o2} are compatible:
plug the cable into the WAN port of the main unit.

Netwave"""
    case("router-two-orders-other-buyer", "reject", ["order-id.buyer-mismatch"], ["order-id.unknown", "order-id.missing"],
         "Two orders named; the second belongs to another buyer.",
         to=b, frm="Netwave <support@netwave-devices.com>", subject=f"Setting up order {o}", text=t)

    o, b = order("chair", "en", "Office Chair, Ergonomic Mesh", purchased="2026-05-01T10:00:00Z",
                 shipped="2026-05-03T08:00:00Z", delivered="2026-05-08T12:00:00Z")
    t = f"""Hello,

Your office chair (order {o}) has been with you for a while now. If the
armrests creak, a drop of silicone spray on the pivot fixes it.

Sitwell"""
    case("chair-window-expired", "reject", ["window.expired"], ["order-id.missing", "order-id.unknown"],
         "Proactive message 38 days after delivery.",
         to=b, frm="Sitwell <care@sitwell-chairs.com>", subject=f"Armrest tip, order {o}", text=t)

    o, b = order("vacuum", "es", "Robot Vacuum with Mop", tld="com")
    t = f"""Hello,

Your robot vacuum (order {o}) works best if you run the mapping cycle once with
all interior doors open. After that you can set no-go zones in the app.

CleanBot Support"""
    case("vacuum-english-to-spanish-buyer", "quarantine", ["language.mismatch"], ORDER,
         "amazon.com order whose buyer language is Spanish; the message is English only.",
         to=b, frm="CleanBot Support <support@cleanbot-home.com>", subject=f"Mapping tip for order {o}", text=t)

    o, b = order("kettle", "en", "Electric Kettle 1.7 L", tld="co.uk")
    t = f"""Hello,

Thank you for your order {o}. If the kettle's limescale filter rattles, push it
down until it clicks. For anything else, ring our customer care team on
020 7946 0321 (weekdays 9-5).

Brewhaus UK"""
    case("kettle-uk-support-phone", "reject", ["content.phone-number"], ["order-id.missing"],
         "The seller's own customer care line in UK format.",
         to=b, frm="Brewhaus UK <care@brewhaus.co.uk>", subject=f"Your kettle, order {o}", text=t)

    o, b = order("speaker", "en", "Bluetooth Speaker, Waterproof")
    t = f"""Hi,

If the speaker from order {o} will not pair, hold + and - together for five
seconds to reset it. Still stuck? Text or WhatsApp us at +1 415.555.0132.

SoundCove"""
    case("speaker-whatsapp-dots", "reject", ["content.phone-number"], [],
         "A phone number written with dots, for text messages.",
         to=b, frm="SoundCove <hi@soundcove.com>", subject=f"Pairing help, order {o}", text=t)

    o, b = order("bulb", "en", "Smart Bulb E26, 4-Pack")
    t = f"""Hello,

Your smart bulbs (order {o}) pair fastest when the phone is within 3 feet.
Switch the bulb off and on three times to enter pairing mode.

Glowhome"""
    case("bulb-emoji-subject", "reject", ["style.emoji"], ["order-id.missing"],
         "An emoji in the subject line only.",
         to=b, frm="Glowhome <hi@glowhome.com>", subject=f"💡 Pairing your bulbs, order {o}", text=t)

    o, b = order("mug", "en", "Travel Mug 16 oz")
    t = f"""Hi,

Quick note on your travel mug (order {o}): the lid gasket pops out for
cleaning, just pull the tab. We hope it keeps your coffee hot <3

Steamline"""
    case("mug-heart-emoticon", "reject", ["style.emoji"], [],
         "ASCII heart emoticon <3.",
         to=b, frm="Steamline <hello@steamline.com>", subject=f"Cleaning the lid, order {o}", text=t)

    o, b = order("shelf", "en", "Floating Shelves, Set of 3")
    t = f"""Hello,

The wall template for your floating shelves (order {o}) is here:
bit.ly/3xShelfTpl

Hang & Co"""
    case("shelf-url-shortener", "reject", ["link.external"], ["link.insecure"],
         "A URL shortener without a scheme hides a non-Amazon destination.",
         to=b, frm="Hang & Co <hello@hangandco.com>", subject=f"Mounting template, order {o}", text=t)

    o, b = order("jacket", "en", "Rain Jacket, Packable")
    t = f"""Hello,

If you need to return the jacket from order {o}, start here:
http://www.amazon.com/gp/orc/returns/homepage.html

Drizzle Outfitters"""
    case("jacket-amazon-http", "reject", ["link.insecure"], ["link.external"],
         "An Amazon link over http: insecure even though the host is allowed.",
         to=b, frm="Drizzle Outfitters <care@drizzle-outfitters.com>", subject=f"Your jacket, order {o}", text=t,
         tolerated=("return.unnecessary",))

    o, b = order("knife", "en", "Chef's Knife 8 inch, Damascus")
    t = f"""Hello,

Your chef's knife (order {o}) should be hand-washed and dried straight away.
Hone it every few uses and it will stay sharp for months.

All the best,
Kai Forge
kaiforge . com / sharpening"""
    case("knife-spaced-dot-signature", "reject", ["link.external"], ["content.email-address"],
         "A web address in the signature written with spaces around the dot and slash.",
         to=b, frm="Kai Forge <care@kaiforge.com>", subject=f"Knife care, order {o}", text=t)

    o, b = order("stroller", "en", "Jogging Stroller, All-Terrain")
    h = f"""<p>Hello,</p>
<p>The rear brake on your stroller (order {o}) engages with a firm press of the red pedal; it releases with the green one.</p>
<p>Trailblaze Baby</p>
<img src="https://t.mailtrack-pixel.io/open/u/8f3a91c2e7" width="1" height="1" alt="" style="display:none">"""
    case("stroller-tracking-pixel", "reject", ["image.tracking-pixel"], ["order-id.missing"],
         "A hidden 1 px remote image with a per-recipient token.",
         to=b, frm="Trailblaze Baby <care@trailblazebaby.com>", subject=f"Brake tip, order {o}", html=h,
         tolerated=("style.image-alt",))

    o, b = order("pillow", "en", "Memory Foam Pillow, Cooling")
    logo = logo_png("Dreamloft")
    h = f"""<p>Hello,</p>
<p>Your pillow (order {o}) may need 24 hours out of the packaging to reach full height.</p>
<p><a href="https://www.dreamloft-sleep.com"><img src="cid:dl-logo" alt="Dreamloft" width="150" height="44"></a></p>"""
    case("pillow-logo-link", "reject", ["image.logo-link"], ["style.image-alt"],
         "The logo is wrapped in a link to the seller's site.",
         to=b, frm="Dreamloft <hello@dreamloft-sleep.com>", subject=f"Your pillow, order {o}", html=h,
         related=[(logo, "image", "png", "<dl-logo>", "logo.png")], tolerated=("link.external",))

    o, b = order("scale", "en", "Digital Kitchen Scale")
    h = f"""<h1>Your kitchen scale</h1>
<p style="font-size:18px">Order {o}</p>
<p style="font-size:14px">Press TARE to zero the bowl before weighing.</p>
<p style="font-size:11px">Use AAA batteries only.</p>
<p style="font-size:9px">Scalewise Kitchen</p>"""
    case("scale-five-font-sizes", "reject", ["style.font-sizes"], ["order-id.missing"],
         "Five distinct sizes (h1, 18, 14, 11, 9 px).",
         to=b, frm="Scalewise Kitchen <hi@scalewise.com>", subject=f"Using your scale, order {o}", html=h)

    o, b = order("glove", "en", "Leather Work Gloves, Large")
    h = f"""<p>Hello,</p>
<p>For your gloves (order {o}): <b><span style="color:#c00000">DO NOT</span></b> <b>put them in the dryer</b>; let them air-dry.</p>
<p>Hideworks</p>"""
    case("glove-red-bold", "reject", ["style.font-override"], [],
         "Red text colour for emphasis overrides the default font colour.",
         to=b, frm="Hideworks <care@hideworks.com>", subject=f"Glove care, order {o}", html=h)

    o, b = order("rug", "en", "Washable Area Rug 5x7")
    t = f"""Hello,

Here is a photo of how the rug (order {o}) should lie on the non-slip pad.

Loomhaus"""
    case("rug-webp-attachment", "reject", ["attachment.not-allowed"], ["order-id.missing"],
         "A WEBP image attachment: outside the PDF/JPEG/PNG/text allow-list.",
         to=b, frm="Loomhaus <care@loomhaus.com>", subject=f"Rug placement, order {o}", text=t,
         attach=[(webp_photo(), "image", "webp", "rug-pad.webp")])

    o, b = order("watch", "en", "Fitness Watch, GPS")
    t = f"""Hello,

Good news: your fitness watch (order {o}) has been packed and handed to the
carrier today. It should arrive within three business days.

Pulsefit"""
    case("watch-dispatch-confirmation", "quarantine", ["type.order-confirmation"], ["order-id.missing"],
         "A dispatch confirmation that only repeats what Amazon already sends.",
         to=b, frm="Pulsefit <orders@pulsefit.com>", subject=f"Your order {o} is on its way", text=t)

    o, b = order("headset", "en", "Gaming Headset, Wireless")
    h1 = f"""<p>Hello,</p>
<p>Your headset (order {o}) has been with you for about a week. If you have a minute, we would value an honest review on Amazon.</p>
<p><a href="https://www.amazon.com/review/create-review?asin=B0HEADSET7">Review the headset on Amazon</a></p>
<p>Audiomax</p>"""
    case("headset-review-first", "relay", [], [*REVIEW, "review.repeat", "style.link-text"],
         "The first neutral review request for the order.",
         to=b, frm="Audiomax <hello@audiomax-gear.com>", subject=f"How is your headset? ({o})", html=h1, day=13)
    t = f"""Hello,

Just a gentle reminder about order {o}: if you have not yet had the chance,
we would be grateful for your feedback on Amazon.

Audiomax"""
    case("headset-feedback-reminder", "reject", ["review.repeat"], ["review.incentive", "review.conditional"],
         "A second request (seller feedback) for the same order after a review request was relayed.",
         to=b, frm="Audiomax <hello@audiomax-gear.com>", subject=f"Reminder: order {o}", text=t, day=14,
         after=("headset-review-first",))

    o, b = order("toaster", "en", "2-Slice Toaster, Wide Slots")
    q = """The toaster burnt the first slice, so I gave it one star. Sorry!"""
    t = f"""Hi Alex,

Sorry about that! The first cycle burns off the factory coating; from the
second use on, setting 3 gives golden toast. Now that you know, maybe your
1-star could become a 5-star?

Crumbly Appliances

{quote(q)}"""
    case("toaster-reply-one-star-to-five", "reject", ["review.removal-request", "review.incentive"], [],
         "A reply asking the buyer to turn a 1-star review into a 5-star one: an update of an existing review, and "
         "persuasion towards five stars (RULES.md's review.incentive names '5 stars'); replies are not exempt.",
         to=b, frm="Crumbly Appliances <care@crumbly.com>", subject="Re: toaster", text=t, reply=True)

    o, b = order("tripod", "en", "Camera Tripod, Carbon Fibre")
    t = f"""Hello,

The leg locks on your tripod (order {o}) can be tightened with the included
hex key. Honestly, only an idiot would overtighten them with pliers.

Summit Optics"""
    case("tripod-idiot", "quarantine", ["content.sensitive"], [],
         "An insult in an otherwise technical message.",
         to=b, frm="Summit Optics <care@summitoptics.com>", subject=f"Leg locks, order {o}", text=t)

    # -- more (appended so the earlier order IDs stay put) ----------------------------------------
    o, b = order("duvet", "en", "Duvet Cover, King, Linen")
    o2, _ = order("duvet2", "en", "Pillowcases, Linen, Pair", addr=b)
    t = f"""Hello,

Your duvet cover (order {o}) and the pillowcases (order {o2}) come from two
different dye lots, so the shades may differ very slightly. Would you like us
to send pillowcases from the duvet's lot instead? Just reply yes or no.

Flaxhouse"""
    case("duvet-two-orders-same-buyer", "relay", [], ORDER,
         "Two orders named, both this buyer's: no mismatch; the question is needed to complete the order.",
         to=b, frm="Flaxhouse <care@flaxhouse.com>", subject=f"Dye lots for orders {o} and {o2}", text=t)

    o, b = order("hoodie", "en", "Zip Hoodie, Organic Cotton")
    q = "Can you send me a return label? The hoodie is too small."
    label = make_pdf("Return label RL-88213", ["Return label RL-88213", "From: buyer", "To: Knitwell Returns, 14 Mill Rd",
                                               "USPS Ground Advantage"], producer=PRODUCER)
    t = f"""Hi Morgan,

Of course: the prepaid USPS return label is attached. Drop the parcel at any
post office; the refund follows once it reaches us.

Knitwell

{quote(q)}"""
    case("hoodie-reply-return-label", "relay", [], ["attachment.not-allowed", "return.unnecessary", *ORDER],
         "A reply sending the return label the buyer asked for (a shipping label is a needed attachment).",
         to=b, frm="Knitwell <help@knitwell.com>", subject="Re: return label", text=t, reply=True,
         attach=[(label, "application", "pdf", "return-label-RL-88213.pdf")])

    o, b = order("clock", "en", "Wall Clock, Silent Sweep")
    h = f"""<p>Hello,</p>
<p>Your wall clock (order {o}) runs on one AA battery. <strong>Important:</strong> remove the clear film from the glass <strong>before</strong> hanging it, or it leaves marks.</p>
<h3>Hanging height</h3>
<p style="font-size:13px">About 1.8 m from the floor reads best from a sofa.</p>
<p><img src="https://cdn.tickwell-clocks.com/brand/tickwell-logo.png" alt="Tickwell Clocks" width="140" height="40"></p>"""
    case("clock-bold-three-sizes-remote-logo", "relay", [],
         ["style.font-sizes", "style.font-override", "image.tracking-pixel", "image.logo-link", "image.insecure", "link.external"],
         "Bold used twice, three sizes (default, h3, 13 px) and a remote https brand logo without a link: all allowed.",
         to=b, frm="Tickwell Clocks <hello@tickwell-clocks.com>", subject=f"Before you hang your clock ({o})", html=h)

    o, b = order("ereader", "en", "E-Reader Case, Magnetic")
    notes = f"Order {o}\nMagnet strength: N35\nFits models 2024 and later\n".encode()
    t = f"""Hello,

As requested during checkout, the compatibility note for your case (order
{o}) is attached as a plain text file.

Foliant Cases"""
    case("ereader-txt-attachment", "relay", [], ["attachment.not-allowed"],
         "A plain-text attachment is on the allow-list.",
         to=b, frm="Foliant Cases <help@foliantcases.com>", subject=f"Compatibility note, order {o}", text=t,
         attach=[(notes, "text", "plain", "compatibility.txt")])

    o, b = order("printer", "en", "Label Printer, Thermal", purchased="2026-05-05T10:00:00Z",
                 shipped="2026-05-10T08:00:00Z", delivered="")
    t = f"""Hello,

Has your label printer (order {o}) arrived yet? The tracking stopped updating,
so please let us know whether it reached you.

Printwise"""
    case("printer-shipped-36d-no-delivery", "reject", ["window.expired"], ["order-id.missing", "order-id.unknown"],
         "Never delivered, shipped 36 days ago: completion falls back to shipment, and the window is over.",
         to=b, frm="Printwise <help@printwise.com>", subject=f"Did order {o} arrive?", text=t)

    o, b = order("sandal", "en", "Leather Sandals, Women's 8")
    h = f"""<p>Hello,</p>
<p>Leather sandals like yours (order {o}) soften after a few wears; a little leather conditioner keeps the straps supple.</p>
<p><img src="http://img.sunstep-shoes.com/care/conditioner.jpg" alt="Applying leather conditioner to a strap" width="300" height="200"></p>
<p>Sunstep</p>"""
    case("sandal-http-image", "reject", ["image.insecure"], ["link.insecure"],
         "An image loaded over http.",
         to=b, frm="Sunstep <care@sunstep-shoes.com>", subject=f"Sandal care, order {o}", html=h,
         tolerated=("image.product-photo",))

    o, b = order("bottle", "en", "Insulated Water Bottle 32 oz")
    t = f"""Hi,

The straw lid for your bottle (order {o}) comes apart in three pieces for
cleaning; the silicone valve pops out with a fingernail.

Stay hydrated!
Hydroloop | Follow us on Instagram @hydroloop for more tips"""
    case("bottle-signature-instagram", "quarantine", ["type.marketing"], ["link.external", "content.email-address"],
         "A social-media follow request in the signature is promotion.",
         to=b, frm="Hydroloop <hi@hydroloop.com>", subject=f"Cleaning the lid, order {o}", text=t)


# --------------------------------------------------------------------------------------------
# German
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = order("schrank", "de", "Kleiderschrank 3-türig, Eiche")
    t = f"""Guten Tag,

Ihr Kleiderschrank (Bestellung {o}) wird von der Spedition Nordfracht
geliefert. Die Spedition erreichen Sie für einen Liefertermin unter
0421 123 45 67 (Mo-Fr 8-18 Uhr). Bitte teilen Sie uns außerdem mit, in
welchem Stockwerk Sie wohnen.

Freundliche Grüße
Möbelhaus Lindner

Best regards / Customer Service Team"""
    case("schrank-spedition-englische-signatur", "relay", [], ["content.phone-number", "language.mismatch", *ORDER],
         "Liefertermin für sperrige Ware mit der Nummer der Spedition; englische Signaturzeile ändert die Sprache nicht.",
         to=b, frm="Möbelhaus Lindner <service@moebel-lindner.de>", subject=f"Liefertermin für Bestellung {o}", text=t, lang="de")

    o, b = order("drucker", "de", "Laserdrucker A4, WLAN")
    t = f"""Guten Tag,

zu Ihrer Bestellung {o}: Die Sendungsnummer 00340434161234567890 wurde am
12.06.2026 von DHL erfasst. Unsere USt-IdNr. lautet DE 123 456 789, die
Handelsregisternummer HRB 123456. Die Rechnung Nr. 2026-0612-0045 liegt bei.

Druckwerk GmbH"""
    pdf = make_pdf("Rechnung 2026-0612-0045", ["Rechnung 2026-0612-0045", f"Bestellung {o}", "Laserdrucker A4",
                                               "Gesamt 189,00 EUR"], producer=PRODUCER)
    case("drucker-rechnung-nummern", "relay", [], ["content.phone-number", "attachment.not-allowed", "type.order-confirmation"],
         "Rechnung als PDF (erlaubter Anlass); Sendungs-, USt- und Rechnungsnummern sind keine Telefonnummern.",
         to=b, frm="Druckwerk GmbH <rechnung@druckwerk.de>", subject=f"Rechnung zu Bestellung {o}", text=t, lang="de",
         attach=[(pdf, "application", "pdf", "Rechnung_2026-0612-0045.pdf")])

    o, b = order("lampe", "de", "LED Deckenleuchte 40 W, dimmbar")
    t = f"""Hallo,

zur Deckenleuchte aus Bestellung {o}: Die Fernbedienung heißt "Smart Remote
RC-2" und ist im Lieferumfang. Drücken Sie "Pair" fünf Sekunden lang, bis
die Leuchte zweimal blinkt.

Viele Grüße
Lichtblick Leuchten"""
    case("lampe-englische-produktnamen", "relay", [], ["language.mismatch", "type.thank-you-only"],
         "Deutscher Text mit englischen Produkt- und Tastennamen.",
         to=b, frm="Lichtblick Leuchten <hallo@lichtblick-leuchten.de>", subject=f"Ihre Deckenleuchte ({o})", text=t, lang="de")

    # violations
    o, b = order("hotline", "de", "Akku-Staubsauger 25,2 V")
    t = f"""Guten Tag,

zu Ihrer Bestellung {o}: Falls der Akku nicht lädt, rufen Sie gern unsere
Service-Hotline an: +49 (0)30 12345678.

Ihr Saugstark-Team"""
    case("sauger-hotline", "reject", ["content.phone-number"], [],
         "Eigene Service-Hotline des Verkäufers im internationalen Format.",
         to=b, frm="Saugstark <service@saugstark.de>", subject=f"Ihr Akku-Staubsauger ({o})", text=t, lang="de")

    o, b = order("jacke", "en", "Softshelljacke Herren", tld="de")
    t = f"""Guten Tag,

zu Ihrer Bestellung {o}: Die Jacke bitte bei 30 Grad im Schonwaschgang
waschen und nicht in den Trockner geben.

Nordwind Outdoor"""
    case("jacke-deutsch-an-englisch", "quarantine", ["language.mismatch"], ORDER,
         "amazon.de-Bestellung mit Käufersprache Englisch; die Nachricht ist nur deutsch.",
         to=b, frm="Nordwind Outdoor <service@nordwind-outdoor.de>", subject=f"Pflegehinweis ({o})", text=t, lang="de")

    o, b = order("mixer", "de", "Standmixer 1200 W")
    t = """Guten Tag,

Ihre Bestellung vom 2. Juni ist bei Ihnen angekommen. Bitte den Deckel vor
dem Start fest andrücken, sonst läuft der Motor nicht an.

KüchenProfi"""
    case("mixer-ohne-bestellnummer", "reject", ["order-id.missing"], [],
         "Proaktive Nachricht ohne 17-stellige Bestellnummer (nur ein Datum).",
         to=b, frm="KüchenProfi <service@kuechenprofi.de>", subject="Ihr Standmixer", text=t, lang="de")

    o, b = order("tasse", "de", "Kaffeetassen 4er-Set")
    t = f"""Hallo,

vielen Dank für Ihre Bestellung {o}! Wir wünschen viel Freude damit.

Ihr Team von Porzellanwerk"""
    case("tasse-nur-danke", "quarantine", ["type.thank-you-only"], [],
         "Kurze Nachricht, die nur dankt.",
         to=b, frm="Porzellanwerk <info@porzellanwerk.de>", subject=f"Danke! ({o})", text=t, lang="de")

    o, b = order("zelt", "de", "Campingzelt 4 Personen")
    t = f"""Hallo,

die Aufbauanleitung für Ihr Zelt (Bestellung {o}) finden Sie unter
https://tinyurl.com/zelt-aufbau-4p

Campingwelt"""
    case("zelt-tinyurl", "reject", ["link.external"], ["link.insecure"],
         "Kurz-URL auf eine Nicht-Amazon-Seite.",
         to=b, frm="Campingwelt <info@campingwelt.de>", subject=f"Aufbauanleitung ({o})", text=t, lang="de")

    o, b = order("topf", "de", "Schnellkochtopf 6 l")
    t = f"""Guten Tag,

zu Ihrem Schnellkochtopf (Bestellung {o}): Das Ventil muss vor jedem Kochen
frei sein. Das steht übrigens auch in der Anleitung, die offenbar niemand
liest, Sie Vollidiot.

Kochgut"""
    case("topf-vollidiot", "quarantine", ["content.sensitive"], [],
         "Beleidigung des Käufers.",
         to=b, frm="Kochgut <service@kochgut.de>", subject=f"Ventil ({o})", text=t, lang="de")

    o, b = order("regal", "de", "Bücherregal Eiche, 5 Böden")
    q = "Passt das Regal auch in eine Nische von 80 cm Breite?"
    h = f"""<p>Hallo Frau Berger,</p>
<p>das Regal ist 78 cm breit und passt damit in Ihre Nische. Die passenden Zusatzböden finden Sie hier: <a href="https://www.amazon.de/dp/B0REGALBOD">Zusatzböden für das Bücherregal auf Amazon.de</a>.</p>
<p>Viele Grüße<br>Holzwerk Nord</p>
<blockquote>{q}</blockquote>"""
    case("regal-antwort-amazon-link", "relay", [], [*ORDER, "link.external", "style.link-text", "type.marketing", "language.mismatch"],
         "Antwort auf eine Käuferfrage ohne Bestellnummer, mit beschreibendem https-Link zu Amazon.",
         to=b, frm="Holzwerk Nord <service@holzwerk-nord.de>", subject="Re: Frage zur Breite", html=h, lang="de", reply=True)

    o, b = order("kissen", "de", "Sofakissen 2er-Set, Samt")
    t = f"""Hallo,

zu Ihrer Bestellung {o}: Die Bezüge sind bei 30 Grad waschbar.

Viele Grüße
Wohnzauber"""
    case("kissen-emoji-betreff", "reject", ["style.emoji"], [],
         "Emoji (✅) nur im Betreff.",
         to=b, frm="Wohnzauber <hallo@wohnzauber.de>", subject=f"✅ Pflegehinweis zu Bestellung {o}", text=t, lang="de")


# --------------------------------------------------------------------------------------------
# French
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("canape", "fr", "Canapé d'angle convertible")
    t = f"""Bonjour,

Votre canapé (commande {o}) sera livré par un transporteur spécialisé.
Pourriez-vous nous indiquer le code d'accès de votre immeuble (digicode) et
l'étage ? Sans ces informations, le livreur ne pourra pas monter le colis.

Le transporteur Géodis vous appellera la veille ; vous pouvez aussi le joindre
au 09 69 39 13 91.

Cordialement,
Maison Confort"""
    case("canape-digicode-transporteur", "relay", [], ["content.phone-number", "type.order-confirmation", *ORDER],
         "Information nécessaire à la livraison ; numéro du transporteur.",
         to=b, frm="Maison Confort <service@maisonconfort.fr>", subject=f"Livraison de votre canapé ({o})", text=t, lang="fr")

    o, b = order("bougie", "fr", "Bougies parfumées, coffret de 3")
    h = f"""<p>Bonjour,</p>
<p>Concernant votre commande {o} : laissez brûler la bougie au moins deux heures la première fois, pour que la cire fonde jusqu'au bord.</p>
<p>Vous retrouvez le détail de votre commande dans <a href="https://www.amazon.fr/gp/your-account/order-history">vos commandes sur Amazon.fr</a>.</p>
<p>Bien à vous,<br>Atelier Cire &amp; Mèche</p>"""
    case("bougie-lien-amazon-fr", "relay", [], ["link.external", "style.link-text", "link.insecure"],
         "Lien https vers Amazon avec texte descriptif.",
         to=b, frm="Atelier Cire & Mèche <contact@cire-et-meche.fr>", subject=f"Votre commande {o}", html=h, lang="fr")

    o, b = order("velo", "fr", "Vélo électrique pliant")
    t = f"""Bonjour,

Nous avons bien reçu votre demande de retour pour le vélo (commande {o}).
Pour préparer l'étiquette de retour adaptée, pourriez-vous nous indiquer si le
carton d'origine est encore disponible ? Le vélo pèse 21 kg.

Cordialement,
Roule Électrique"""
    case("velo-retour-carton", "relay", [], ["return.unnecessary", *ORDER],
         "Message de retour qui demande une information nécessaire (l'emballage).",
         to=b, frm="Roule Électrique <sav@roule-electrique.fr>", subject=f"Votre retour ({o})", text=t, lang="fr")

    # violations
    o, b = order("cafetiere", "fr", "Cafetière à piston 1 l")
    t = f"""Bonjour,

Concernant votre commande {o} : si le filtre se bloque, contactez notre
service client au 01 42 68 53 00, du lundi au vendredi.

Café Piston"""
    case("cafetiere-service-client", "reject", ["content.phone-number"], [],
         "Numéro du service client du vendeur.",
         to=b, frm="Café Piston <contact@cafepiston.fr>", subject=f"Votre cafetière ({o})", text=t, lang="fr")

    o, b = order("chevet", "fr", "Lampe de chevet tactile")
    t = f"""Bonjour,

La notice de votre lampe (commande {o}) est disponible sur
boutique-lumiere . fr / notice-tactile

Boutique Lumière"""
    case("lampe-point-espace", "reject", ["link.external"], [],
         "Adresse web écrite avec des espaces autour du point.",
         to=b, frm="Boutique Lumière <contact@boutique-lumiere.fr>", subject=f"Notice ({o})", text=t, lang="fr")

    o, b = order("sac", "fr", "Sac à dos de randonnée 30 l")
    t = """Bonjour,

Concernant votre commande 405-1177321-6612093 : les bretelles se règlent en
tirant vers le bas les sangles latérales.

Montagne Sac"""
    case("sac-commande-inconnue", "reject", ["order-id.unknown"], ["order-id.missing"],
         "Numéro de commande inconnu pour ce vendeur.",
         to=b, frm="Montagne Sac <contact@montagnesac.fr>", subject="Réglage du sac", text=t, lang="fr")

    o, b = order("poele", "fr", "Poêle inox 28 cm", purchased="2026-05-01T10:00:00Z",
                 shipped="2026-05-04T08:00:00Z", delivered="2026-05-07T12:00:00Z")
    t = f"""Bonjour,

Votre poêle (commande {o}) est maintenant bien culottée, nous l'espérons !
Pourriez-vous laisser un avis sur Amazon ?

Inox & Co"""
    case("poele-fenetre-expiree", "reject", ["window.expired"], [],
         "Demande d'avis 39 jours après la livraison.",
         to=b, frm="Inox & Co <contact@inoxetco.fr>", subject=f"Votre poêle ({o})", text=t, lang="fr")

    o, b = order("montre", "fr", "Montre connectée sport")
    h = f"""<p><font face="Comic Sans MS">Bonjour,</font></p>
<p><font face="Comic Sans MS">Pour votre montre (commande {o}), chargez-la complètement avant la première utilisation.</font></p>
<p>Tempo Sport</p>"""
    case("montre-font-face", "reject", ["style.font-override"], [],
         "Police imposée par <font face>.",
         to=b, frm="Tempo Sport <contact@temposport.fr>", subject=f"Votre montre ({o})", html=h, lang="fr")

    o, b = order("piece", "fr", "Robot pâtissier 1000 W")
    t = f"""Bonjour,

Suite à votre message sur le bol fissuré de votre robot (commande {o}), nous
vous envoyons un bol de remplacement. Il est parti aujourd'hui ; vous n'avez
rien à nous renvoyer.

Cordialement,
Pâtisserie Pro"""
    case("piece-remplacement-bol", "relay", [], ["type.order-confirmation", "return.unnecessary", *ORDER],
         "Envoi d'une pièce de remplacement pour un bol fissuré : résolution d'un problème, pas une confirmation d'expédition.",
         to=b, frm="Pâtisserie Pro <sav@patisserie-pro.fr>", subject=f"Bol de remplacement ({o})", text=t, lang="fr")

    o, b = order("plaid", "fr", "Plaid en laine 130x170")
    t = f"""Bonjour,

Votre plaid (commande {o}) se lave à froid, en cycle laine.

Retrouvez toutes nos nouveautés sur Instagram : @laine.et.lin

Laine & Lin"""
    case("plaid-instagram", "quarantine", ["type.marketing"], ["content.email-address"],
         "Invitation à suivre la boutique sur un réseau social.",
         to=b, frm="Laine & Lin <contact@laineetlin.fr>", subject=f"Entretien du plaid ({o})", text=t, lang="fr",
         tolerated=("link.external",))


# --------------------------------------------------------------------------------------------
# Spanish
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("tele", "es", "Televisor 55 pulgadas 4K")
    t = f"""Hola:

Hemos recibido su solicitud de devolución del televisor (pedido {o}). Para
preparar la recogida, ¿podría indicarnos el número de serie que aparece en la
parte trasera y si conserva la caja original?

Un saludo,
ElectroHogar"""
    case("tele-devolucion-numero-serie", "relay", [], ["return.unnecessary", *ORDER],
         "Mensaje de devolución que pide información necesaria.",
         to=b, frm="ElectroHogar <atencion@electrohogar.es>", subject=f"Su devolución ({o})", text=t, lang="es")

    o, b = order("silla", "es", "Silla de escritorio ergonómica")
    q = "¿Dónde está mi pedido? Debía llegar ayer."
    t = f"""Hola, Lucía:

Disculpe el retraso. Su paquete está con SEUR, número de seguimiento
ES2026061200451; llegará mañana por la mañana.

Un saludo,
OficinaPlus

{quote(q)}"""
    case("silla-respuesta-seguimiento", "relay", [], [*ORDER, "type.order-confirmation", "content.phone-number"],
         "Respuesta a «¿dónde está mi pedido?» con el número de seguimiento; sin número de pedido.",
         to=b, frm="OficinaPlus <ayuda@oficinaplus.es>", subject="Re: ¿Dónde está mi pedido?", text=t, lang="es", reply=True)

    # violations
    o, b = order("batidora", "es", "Batidora de vaso 1000 W")
    t = f"""Hola:

Hemos visto que ha solicitado la devolución de la batidora (pedido {o}).
¿Seguro que quieres devolverla? Es una de las mejores de su categoría y quizá
solo necesita acostumbrarse a ella.

Cocina Viva"""
    case("batidora-seguro-devolver", "quarantine", ["return.unnecessary"], [],
         "Mensaje de devolución que sólo intenta disuadir, en forma de pregunta.",
         to=b, frm="Cocina Viva <hola@cocinaviva.es>", subject=f"Su devolución ({o})", text=t, lang="es")

    o, b = order("secador", "es", "Secador de pelo iónico")
    t = f"""Hola:

Sobre su pedido {o}: si el secador se apaga, límpie el filtro trasero. Para
cualquier duda, llame a nuestro servicio de atención al cliente: +34 912 345 678.

BellezaPro"""
    case("secador-atencion-cliente", "reject", ["content.phone-number"], [],
         "Teléfono de atención al cliente del vendedor.",
         to=b, frm="BellezaPro <hola@bellezapro.es>", subject=f"Su secador ({o})", text=t, lang="es")

    o, b = order("mochila", "en", "Mochila escolar", tld="es")
    t = f"""Hola:

Sobre su pedido {o}: la mochila se puede lavar a mano con agua fría.

MochilaMundo"""
    case("mochila-espanol-a-ingles", "quarantine", ["language.mismatch"], ORDER,
         "Pedido de amazon.es con idioma del comprador inglés; mensaje sólo en español.",
         to=b, frm="MochilaMundo <hola@mochilamundo.es>", subject=f"Su mochila ({o})", text=t, lang="es")

    o, b = order("olla", "es", "Olla exprés 6 l")
    t = f"""Hola:

Gracias por su pedido {o}. Recuerde revisar la válvula antes de cada uso :)

Ollas Rápidas"""
    case("olla-emoticono", "reject", ["style.emoji"], [],
         "Emoticono :) en el cuerpo.",
         to=b, frm="Ollas Rápidas <hola@ollasrapidas.es>", subject=f"Su olla ({o})", text=t, lang="es")

    o, b = order("cortina", "es", "Cortinas opacas 2 paneles")
    t = f"""Hola:

Las instrucciones de montaje de sus cortinas (pedido {o}) están en
http://cortinasluz.es/montaje

Cortinas Luz"""
    case("cortina-http", "reject", ["link.insecure"], [],
         "Enlace http sin cifrar.",
         to=b, frm="Cortinas Luz <hola@cortinasluz.es>", subject=f"Montaje ({o})", text=t, lang="es",
         tolerated=("link.external",))

    o, b = order("reloj", "es", "Reloj de pared 40 cm")
    t = f"""Hola:

Sobre su pedido {o}: el reloj usa una pila AA. Si atrasa, cambie la pila.
Y si no sabe hacerlo, es usted un inútil.

Relojes Tic"""
    case("reloj-insulto", "quarantine", ["content.sensitive"], [],
         "Insulto al comprador.",
         to=b, frm="Relojes Tic <hola@relojestic.es>", subject=f"Su reloj ({o})", text=t, lang="es")

    o, b = order("freidora", "es", "Freidora de aire 5,5 L", tld="com")
    t = f"""Hola:

Sobre su pedido {o}: antes del primer uso, deje la freidora funcionando
vacía diez minutos a 200 grados para eliminar el olor de fábrica.

Un saludo,
CocinaFácil USA"""
    case("freidora-espanol-en-amazon-com", "relay", [], ["language.mismatch", *ORDER],
         "Pedido de amazon.com con idioma del comprador español: el mensaje en español es el correcto.",
         to=b, frm="CocinaFácil USA <ayuda@cocinafacil-usa.com>", subject=f"Primer uso ({o})", text=t, lang="es")

    o, b = order("lampara", "es", "Lámpara de pie LED")
    t = f"""Hola:

Si la lámpara de su pedido {o} parpadea, llámenos al 600 123 456 y lo
resolvemos por teléfono.

Luz y Diseño"""
    case("lampara-movil-vendedor", "reject", ["content.phone-number"], [],
         "Móvil del vendedor.",
         to=b, frm="Luz y Diseño <hola@luzydiseno.es>", subject=f"Su lámpara ({o})", text=t, lang="es")


# --------------------------------------------------------------------------------------------
# Italian
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("divano", "it", "Divano letto 3 posti")
    t = f"""Buongiorno,

il suo divano letto (ordine {o}) verrà consegnato dal corriere BRT con
appuntamento. Per fissare la data può chiamare il corriere al numero
011 397 7111 oppure rispondere a questo messaggio indicandoci due giorni.

Cordiali saluti,
Arredo Casa"""
    case("divano-appuntamento-corriere", "relay", [], ["content.phone-number", "type.order-confirmation", *ORDER],
         "Appuntamento di consegna per un articolo ingombrante; numero del corriere.",
         to=b, frm="Arredo Casa <assistenza@arredocasa.it>", subject=f"Consegna del divano ({o})", text=t, lang="it")

    o, b = order("stampante", "it", "Stampante multifunzione")
    pdf = make_pdf("Fattura 2026/0612", ["Fattura 2026/0612", f"Ordine {o}", "Stampante multifunzione",
                                          "Totale 149,00 EUR"], producer=PRODUCER)
    t = f"""Buongiorno,

in allegato trova la fattura per il suo ordine {o}, intestata alla partita
IVA IT 01234567890 come richiesto.

Cordiali saluti,
Ufficio Stampa Srl"""
    case("stampante-fattura-pdf", "relay", [], ["attachment.not-allowed", "content.phone-number", "type.order-confirmation"],
         "Invio della fattura (motivo consentito); la partita IVA non è un telefono.",
         to=b, frm="Ufficio Stampa Srl <fatture@ufficiostampa.it>", subject=f"Fattura ordine {o}", text=t, lang="it",
         attach=[(pdf, "application", "pdf", "Fattura_2026-0612.pdf")])

    # violations
    o, b = order("borsa", "it", "Borsa a tracolla in pelle")
    t = f"""Buongiorno,

per la cura della sua borsa (ordine {o}) trova la guida completa su
pellebella . it / cura

Pelle Bella"""
    case("borsa-punto-spazi", "reject", ["link.external"], [],
         "Indirizzo web scritto con spazi intorno al punto.",
         to=b, frm="Pelle Bella <info@pellebella.it>", subject=f"Cura della borsa ({o})", text=t, lang="it")

    o, b = order("frigo", "it", "Frigorifero combinato 300 l")
    t = f"""Buongiorno,

per il suo ordine {o}: se il frigorifero fa rumore nei primi giorni è normale.
Per assistenza chiami il nostro servizio clienti allo 02 1234 5678.

FreddoCasa"""
    case("frigo-servizio-clienti", "reject", ["content.phone-number"], [],
         "Numero del servizio clienti del venditore.",
         to=b, frm="FreddoCasa <info@freddocasa.it>", subject=f"Il suo frigorifero ({o})", text=t, lang="it")

    o, b = order("scarpe", "it", "Scarpe da corsa uomo")
    t = f"""Buongiorno,

il suo ordine {o} è stato affidato oggi al corriere GLS e arriverà entro
due giorni lavorativi.

Corri Veloce"""
    case("scarpe-affidato-gls", "quarantine", ["type.order-confirmation"], [],
         "Conferma di spedizione.",
         to=b, frm="Corri Veloce <info@corriveloce.it>", subject=f"Ordine {o} spedito", text=t, lang="it")

    o, b = order("pasta", "it", "Macchina per pasta manuale")
    gif = animated_gif(("PASTA", "FRESCA"))
    h = f"""<p>Buongiorno,</p>
<p>per la sua macchina per pasta (ordine {o}): non lavarla in acqua, basta un pennello asciutto.</p>
<p><img src="cid:pasta-gif" alt="Pasta fresca" width="220" height="56"></p>
<p>Pasta Mia</p>"""
    case("pasta-gif-animata", "reject", ["style.animated-gif"], [],
         "GIF animata inline.",
         to=b, frm="Pasta Mia <info@pastamia.it>", subject=f"La sua macchina per pasta ({o})", html=h, lang="it",
         related=[(gif, "image", "gif", "<pasta-gif>", "pasta.gif")])

    o, b = order("tostapane", "it", "Tostapane 2 fette")
    t = f"""Buongiorno,

abbiamo visto che ha chiesto il reso del tostapane (ordine {o}). È proprio
sicuro di volerlo restituire? Molti clienti all'inizio hanno gli stessi dubbi
e poi se ne innamorano.

Casa Tost"""
    case("tostapane-sicuro-reso", "quarantine", ["return.unnecessary"], [],
         "Messaggio di reso che cerca solo di dissuadere, con una domanda.",
         to=b, frm="Casa Tost <info@casatost.it>", subject=f"Il suo reso ({o})", text=t, lang="it")

    o, b = order("ombrello", "it", "Ombrello antivento")
    t = f"""Buongiorno,

il suo ombrello (ordine {o}) si chiude premendo il pulsante due volte.
Se non ci riesce, be', non è colpa dell'ombrello, cretino.

Ombrelli Sereni"""
    case("ombrello-cretino", "quarantine", ["content.sensitive"], [],
         "Insulto al compratore.",
         to=b, frm="Ombrelli Sereni <info@ombrellisereni.it>", subject=f"Il suo ombrello ({o})", text=t, lang="it")

    o, b = order("zaino", "en", "Zaino da trekking 40 L", tld="it")
    t = f"""Hello,

About your order {o}: the rain cover is in the bottom zip pocket of the
backpack, in case you missed it.

Best regards,
Montagna Viva"""
    case("zaino-inglese-acquirente-inglese", "relay", [], ["language.mismatch", *ORDER],
         "Ordine amazon.it con lingua dell'acquirente inglese: il messaggio in inglese è corretto.",
         to=b, frm="Montagna Viva <info@montagnaviva.it>", subject=f"Your backpack ({o})", text=t)

    o, b = order("tazza", "it", "Tazze da cappuccino, set da 4")
    t = f"""Buongiorno,

le tazze del suo ordine {o} vanno in lavastoviglie solo nel cestello alto.

Ci segua su Facebook per ricette e novità!

Caffè & Co"""
    case("tazza-facebook", "quarantine", ["type.marketing"], [],
         "Invito a seguire il negozio sui social.",
         to=b, frm="Caffè & Co <info@caffeeco.it>", subject=f"Le sue tazze ({o})", text=t, lang="it")


# --------------------------------------------------------------------------------------------
# Japanese
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("batteri", "ja", "Anker PowerCore 10000 モバイルバッテリー")
    t = f"""お客様

ご注文番号 {o} の Anker PowerCore 10000 は、付属の USB-C ケーブルで
充電してください。PowerIQ 対応の充電器を使うと、約3時間で満充電になります。

モバイル堂"""
    case("batteri-eigo-seihinmei", "relay", [], ["language.mismatch", "type.thank-you-only"],
         "英語の製品名を含む日本語のメッセージ。",
         to=b, frm="モバイル堂 <info@mobile-do.jp>", subject=f"充電方法について（{o}）", text=t, lang="ja", enc=B64)

    o, b = order("reizouko", "ja", "冷蔵庫 400L", purchased="2026-06-09T10:00:00Z", shipped="", delivered="")
    t = f"""お客様

ご注文番号 {o} の冷蔵庫は大型商品のため、配送日時の調整が必要です。
ご希望の日時をこのメッセージにご返信ください。ヤマト運輸の配送センター
（0120-01-9625）に直接ご連絡いただくことも可能です。

家電のひかり"""
    case("reizouko-haisou-chousei", "relay", [], ["content.phone-number", "type.order-confirmation", *ORDER],
         "大型商品の配送日時の調整。電話番号は配送業者のもの。",
         to=b, frm="家電のひかり <info@kaden-hikari.jp>", subject=f"配送日時のご相談（{o}）", text=t, lang="ja", enc=JIS)

    o, b = order("hon", "ja", "本棚 5段")
    t = f"""お客様

ご注文番号 {o} の本棚の交換部品を2026年6月12日に発送いたしました。
追跡番号は 4470-1234-5678 （佐川急便）です。

家具のもり"""
    case("hon-kokan-buhin-tsuiseki", "relay", [], ["content.phone-number"],
         "交換部品の発送（注文の問題の解決）。追跡番号と日付は電話番号ではない。",
         to=b, frm="家具のもり <info@kagu-mori.jp>", subject=f"交換部品の発送（{o}）", text=t, lang="ja", enc=B64,
         tolerated=("type.order-confirmation",))

    # violations
    o, b = order("suitou", "ja", "電気ケトル 1.0L")
    t = f"""お客様

ご注文番号 {o} の電気ケトルについて、ご不明な点がございましたら
当店サポートセンター 03-1234-5678 までお電話ください。

ケトル屋"""
    case("ketoru-tenpo-denwa", "reject", ["content.phone-number"], [],
         "店舗自身のサポート電話番号。",
         to=b, frm="ケトル屋 <info@kettle-ya.jp>", subject=f"電気ケトルについて（{o}）", text=t, lang="ja", enc=B64)

    o, b = order("kasa2", "ja", "Umbrella, Automatic", tld="co.jp")
    t = f"""Hello,

Regarding order {o}: press the button twice to close the umbrella.

Rainy Day Shop"""
    case("kasa-eigo-nomi", "quarantine", ["language.mismatch"], ORDER,
         "amazon.co.jp の日本語のお客様に英語だけのメッセージ。",
         to=b, frm="Rainy Day Shop <info@rainyday-shop.jp>", subject=f"Your umbrella ({o})", text=t, lang="ja")

    o, b = order("makura", "ja", "低反発まくら")
    t = f"""お客様

ご注文番号 {o} のまくらは、開封後24時間ほどで元の形に戻ります😊

ねむり工房"""
    case("makura-emoji", "reject", ["style.emoji"], [],
         "本文の絵文字。",
         to=b, frm="ねむり工房 <info@nemuri-koubou.jp>", subject=f"まくらについて（{o}）", text=t, lang="ja", enc=B64)

    o, b = order("kutsu", "ja", "ランニングシューズ")
    t = f"""お客様

ご注文番号 {o} のシューズの返品リクエストを拝見しました。
本当に返品されますか？サイズは履いているうちになじむことが多いです。

シューズの森"""
    case("kutsu-hontou-henpin", "quarantine", ["return.unnecessary"], [],
         "返品を思いとどまらせようとするだけのメッセージ。",
         to=b, frm="シューズの森 <info@shoes-mori.jp>", subject=f"返品について（{o}）", text=t, lang="ja", enc=B64)

    o, b = order("ryokou", "ja", "スーツケース Mサイズ")
    t = f"""お客様

ご注文番号 {o} のスーツケースのTSAロックの設定方法は
bit.ly/tsa-lock-jp をご覧ください。

トラベル館"""
    case("suitsu-tanshuku-url", "reject", ["link.external"], [],
         "短縮URL（Amazon以外の行き先）。",
         to=b, frm="トラベル館 <info@travel-kan.jp>", subject=f"TSAロックの設定（{o}）", text=t, lang="ja", enc=B64)

    o, b = order("denki", "ja", "LEDデスクライト")
    t = f"""お客様

ご注文番号 {o} のデスクライトについてご不明な点は、当店お客様窓口
（０３－５５５５－１２３４、平日10時〜17時）までお電話ください。

あかり堂"""
    case("denki-zenkaku-denwa", "reject", ["content.phone-number"], [],
         "全角数字で書かれた店舗の電話番号。",
         to=b, frm="あかり堂 <info@akari-do.jp>", subject=f"デスクライトについて（{o}）", text=t, lang="ja", enc=B64)

    o, b = order("fukuro", "ja", "エコバッグ 折りたたみ")
    q = "注文した商品はいつ届きますか？"
    t = f"""お客様

お問い合わせありがとうございます。日本郵便の追跡番号 1234-5678-9012 で
配送状況をご確認いただけます。明日の午前中にお届けの予定です。

バッグの森

{quote(q)}"""
    case("fukuro-henshin-tsuiseki", "relay", [], [*ORDER, "type.order-confirmation", "content.phone-number"],
         "「いつ届きますか」への返信で追跡番号を伝える。注文番号は不要。",
         to=b, frm="バッグの森 <info@bag-mori.jp>", subject="Re: お届け日について", text=t, lang="ja", reply=True, enc=B64)


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="tenth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
