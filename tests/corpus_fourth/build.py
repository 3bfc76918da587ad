#!/usr/bin/env python3
"""Build the fourth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_fourth/build.py

Deterministic: buyer addresses come from a seeded generator, MIME boundaries are derived from the case
slug, and every image, PDF and office file is drawn here (Pillow / by hand). Each message is read back
after writing (see verify()). The helpers are copied from tests/corpus_third/build.py; the messages,
sellers, products, platform templates and orders are new.
"""

from __future__ import annotations

import html as htmlmod
import random
import sys
from functools import partial
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent
CASES = ROOT / "cases"

sys.path.insert(0, str(ROOT.parent))  # tests/: the shared helpers live in tests/corpus_build.py
import corpus_build as cb  # noqa: E402
from corpus_build import (  # noqa: E402
    add_case,
    animated_gif,
    banner_png,
    buyer,
    collect_by_language,
    img_bytes,
    lang_counts,
    logo_jpeg,
    logo_png,
    mk,
    page,
    reply_headers,
    set_boundaries,
    verify,
    write_cases,
    write_orders,
)

# --------------------------------------------------------------------------------------------
# Orders
# --------------------------------------------------------------------------------------------

_rnd = random.Random(4_2026_0615)
_buyer = partial(buyer, _rnd)


# key, order_id, marketplace tld, language, purchased, shipped, delivered, title, buyer address known
_ORDER_ROWS = [
    ("kettle", "113-8204416-3390721", "com", "en", "2026-06-01T15:20:00Z", "2026-06-02T10:00:00Z", "2026-06-05T17:45:00Z", "Gooseneck Pour-Over Kettle 1 L, Matte Black", True),
    ("yoga", "204-3317250-6682094", "co.uk", "en", "2026-06-05T08:10:00Z", "2026-06-06T09:00:00Z", "2026-06-09T12:30:00Z", "Cork Yoga Block, Set of 2", True),
    ("drone", "111-6620934-2287105", "com", "en", "2026-06-12T22:40:00Z", "2026-06-14T16:00:00Z", "", "Mini Camera Drone 4K, Foldable, 2 Batteries", True),
    ("collar", "112-9047718-5523360", "com", "en", "2026-06-11T13:05:00Z", "", "", "Personalised Leather Dog Collar, Tan, Size M", True),
    ("bikelight", "702-5513380-1146729", "ca", "en", "2026-05-27T19:00:00Z", "2026-05-28T14:00:00Z", "2026-06-01T20:10:00Z", "Rechargeable Bike Light Set, 800 lm Front + Rear", True),
    ("sofa", "171-2258093-7740316", "com.au", "en", "2026-06-07T03:30:00Z", "2026-06-12T01:00:00Z", "", "3-Seater Fabric Sofa, Sage Green", True),
    ("ink", "203-7716402-9935518", "co.uk", "en", "2026-04-28T11:00:00Z", "2026-04-29T09:00:00Z", "2026-05-05T13:20:00Z", "Printer Ink Cartridges 302XL Multipack", True),
    ("akku", "302-6618274-1190533", "de", "de", "2026-06-03T07:45:00Z", "2026-06-04T10:00:00Z", "2026-06-08T11:15:00Z", "Akku-Bohrschrauber 18 V mit 2 Akkus und Koffer", True),
    ("kinderwagen", "303-4480192-7726615", "de", "de", "2026-06-11T18:20:00Z", "", "", "Kinderwagen 3in1 Kombi, Anthrazit", True),
    ("teppich", "305-9921437-3308846", "at", "de", "2026-05-29T09:00:00Z", "2026-05-31T07:00:00Z", "2026-06-04T14:00:00Z", "Teppich Schurwolle handgeknüpft 200 x 300 cm", True),
    ("kaffee", "306-2274451-6619083", "de", "", "2026-06-06T06:30:00Z", "2026-06-07T09:00:00Z", "2026-06-10T10:40:00Z", "Espresso-Kaffeebohnen Dunkle Röstung, 1 kg", True),
    ("lampe", "304-8812063-4457201", "de", "de", "2026-04-22T12:00:00Z", "2026-04-24T08:00:00Z", "2026-05-01T16:00:00Z", "Stehlampe Messing mit Leinenschirm", True),
    ("theiere", "402-3306617-5582940", "fr", "fr", "2026-05-30T10:00:00Z", "2026-06-01T08:00:00Z", "2026-06-06T11:30:00Z", "Théière en fonte 1,2 L avec filtre inox", True),
    ("velo", "403-7751284-0093362", "fr", "fr", "2026-06-08T16:00:00Z", "2026-06-10T09:00:00Z", "", "Vélo enfant 16 pouces avec stabilisateurs, bleu", True),
    ("bougie", "406-5529310-8847102", "com.be", "fr", "2026-05-28T14:00:00Z", "2026-05-29T09:00:00Z", "2026-06-03T10:20:00Z", "Bougie parfumée figue et cèdre 220 g", True),
    ("matelas", "405-1198830-2264457", "fr", "fr", "2026-06-13T20:15:00Z", "", "", "Matelas mousse à mémoire de forme 140 x 190 cm", True),
    ("montre", "171-6604482-3315790", "fr", "fr", "2026-06-04T09:30:00Z", "2026-06-05T08:00:00Z", "2026-06-11T12:00:00Z", "Montre connectée sport GPS, bracelet silicone", False),
    ("cafetera", "404-7730165-2218849", "es", "es", "2026-06-02T11:00:00Z", "2026-06-03T08:30:00Z", "2026-06-07T13:00:00Z", "Cafetera italiana de inducción, 6 tazas", True),
    ("mochila", "170-3349027-6651184", "com.mx", "es", "2026-05-26T23:00:00Z", "2026-05-28T15:00:00Z", "2026-06-02T19:30:00Z", "Mochila de senderismo 40 L impermeable", True),
    ("sarten", "407-2281946-5507731", "es", "es", "2026-06-10T17:40:00Z", "", "", "Juego de sartenes antiadherentes, 3 piezas", True),
    ("aceite", "408-9940213-3376620", "es", "es", "2026-05-18T10:30:00Z", "2026-05-19T08:00:00Z", "2026-05-21T12:00:00Z", "Aceite de oliva virgen extra, garrafa 5 L", True),
    ("guitarra", "403-5527718-8812046", "es", "es", "2026-04-25T18:00:00Z", "2026-04-27T09:00:00Z", "2026-04-30T15:30:00Z", "Guitarra clásica 4/4 con funda acolchada", True),
    ("pasta", "402-8817736-4420958", "it", "it", "2026-06-04T08:00:00Z", "2026-06-05T09:00:00Z", "2026-06-08T15:30:00Z", "Macchina per la pasta manuale in acciaio, 9 spessori", True),
    ("borsa", "404-1125590-7738214", "it", "it", "2026-05-30T17:00:00Z", "2026-06-01T09:00:00Z", "2026-06-04T12:00:00Z", "Borsa a tracolla in pelle da donna, cuoio", True),
    ("tenda", "406-3390478-1185562", "it", "it", "2026-06-10T10:20:00Z", "", "", "Tenda da sole a bracci estensibili 300 x 250 cm", True),
    ("seggiolino", "171-7706253-9924418", "it", "it", "2026-05-24T09:00:00Z", "2026-05-25T10:00:00Z", "2026-05-27T16:00:00Z", "Seggiolino auto Isofix gruppo 1/2/3", True),
    ("tostapane", "405-4418827-6609371", "it", "it", "2026-06-09T12:00:00Z", "2026-06-10T08:00:00Z", "2026-06-12T14:20:00Z", "Tostapane 2 fette in acciaio inox", True),
    ("suihanki", "250-3318840-7702269", "co.jp", "ja", "2026-06-02T02:00:00Z", "2026-06-03T01:00:00Z", "2026-06-06T05:00:00Z", "圧力IH炊飯器 5.5合 ブラック", True),
    ("kutsu", "249-6627104-3381590", "co.jp", "ja", "2026-06-05T11:00:00Z", "2026-06-06T02:00:00Z", "2026-06-08T08:30:00Z", "ランニングシューズ メンズ 27.0cm", True),
    ("futon", "503-1184426-9953017", "co.jp", "ja", "2026-06-12T04:00:00Z", "", "", "羽毛掛け布団 シングル ホワイトダックダウン", True),
    ("tokei", "250-7795531-2206648", "co.jp", "ja", "2026-05-27T03:00:00Z", "2026-05-28T01:00:00Z", "2026-06-01T06:00:00Z", "ソーラー電波腕時計 チタン メンズ", True),
    ("keyboard", "503-4406619-8827730", "co.jp", "ja", "2026-06-07T13:00:00Z", "2026-06-08T02:00:00Z", "2026-06-09T07:30:00Z", "メカニカルキーボード 日本語配列 テンキーレス", True),
]

ORDERS: dict[str, dict] = {}
BUYER: dict[str, str] = {}
for key, oid, tld, lang, pur, shp, dlv, title, known in _ORDER_ROWS:
    addr = _buyer(tld)
    BUYER[key] = addr
    ORDERS[key] = {
        "order_id": oid, "buyer_email": addr if known else "", "marketplace": "amazon." + tld,
        "buyer_language": lang, "purchased_at": pur, "shipped_at": shp, "delivered_at": dlv,
        "product_title": title,
    }
OID = {k: v["order_id"] for k, v in ORDERS.items()}
assert len(set(OID.values())) == len(OID)


# Binary assets (real files)
# --------------------------------------------------------------------------------------------

make_pdf = partial(cb.make_pdf, producer="corpus_fourth build.py")


# --------------------------------------------------------------------------------------------
# Message helpers
# --------------------------------------------------------------------------------------------

CASE_LIST: list[dict] = []
case = partial(add_case, CASE_LIST)


# --------------------------------------------------------------------------------------------
# Compliant cases (verdict relay, rules [])

# --------------------------------------------------------------------------------------------
# Extra assets and platform templates
# --------------------------------------------------------------------------------------------

def moka_jpeg() -> bytes:
    img = Image.new("RGB", (240, 300), (240, 236, 228))
    d = ImageDraw.Draw(img)
    d.polygon([(80, 280), (160, 280), (150, 180), (90, 180)], fill=(150, 150, 155))
    d.polygon([(90, 170), (150, 170), (160, 80), (80, 80)], fill=(170, 170, 175))
    d.rectangle([160, 100, 200, 115], fill=(30, 30, 30))
    d.ellipse([95, 172, 145, 182], outline=(20, 20, 20), width=3)
    return img_bytes(img, "JPEG", quality=87)


zip_bytes = partial(cb.zip_bytes, date_time=(2026, 6, 12, 9, 0, 0))


def shopify(shop: str, rows: str, *, pad: str = "0 24px", lang: str = "en", logo_cid: str = "logo") -> str:
    """A Shopify-notification-like layout: outer table, header cell with logo, content rows, footer."""
    return page(f"""<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;max-width:600px">
<tr><td style="padding:{pad}">
<table role="presentation" width="100%" style="border-collapse:collapse">
<tr><td style="padding:20px 0;border-bottom:1px solid #e5e5e5"><img src="cid:{logo_cid}" alt="{htmlmod.escape(shop)}" width="150" height="44"></td></tr>
{rows}
<tr><td style="padding:16px 0;border-top:1px solid #e5e5e5"><small>{htmlmod.escape(shop)}</small></td></tr>
</table>
</td></tr>
</table>""", lang=lang)


# --------------------------------------------------------------------------------------------
# English
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    o, b = OID, BUYER

    rows = f"""<tr><td style="padding:18px 0 6px"><h2 style="margin:0">Your collar needs two more days</h2></td></tr>
<tr><td style="padding:6px 0"><p>Hi there,</p>
<p>Thanks for ordering the Personalised Leather Dog Collar (order {o['collar']}). Our stamping press broke down on
Thursday and the replacement part only arrives on Tuesday, so your collar with the name &quot;BISCUIT&quot; will be
stamped and posted on <b>Wednesday 17 June</b> instead of today.</p>
<table role="presentation" style="border-collapse:collapse;margin:8px 0">
<tr><td style="padding:4px 12px 4px 0;border-bottom:1px solid #eeeeee">Original ship date</td><td style="padding:4px 0;border-bottom:1px solid #eeeeee">15 June 2026</td></tr>
<tr><td style="padding:4px 12px 4px 0;border-bottom:1px solid #eeeeee">New ship date</td><td style="padding:4px 0;border-bottom:1px solid #eeeeee">17 June 2026</td></tr>
<tr><td style="padding:4px 12px 4px 0">Expected delivery</td><td style="padding:4px 0">22-24 June 2026</td></tr>
</table>
<p>We are sorry for the wait. Nothing is needed from you.</p>
<p>Dana at Barkcraft Leather</p></td></tr>"""
    case("collar-delay-shopify-table", "relay", [],
         ["type.order-confirmation", "style.margin", "style.font-sizes", "style.alignment", "style.image-width",
          "style.font-override"],
         "Shopify-style delay notice with a date table, a 24 px side padding, a 150 px logo with alt and h2 + default + <small> (three sizes).",
         mk("Barkcraft Leather <shop@barkcraftleather.com>", b["collar"],
            f"Order {o['collar']}: new ship date 17 June", "Mon, 15 Jun 2026 07:30:00 -0400",
            "<shopify-notify-88217.barkcraft@barkcraftleather.com>",
            headers=[("X-Mailer", "Shopify Email")],
            text=f"Hi there,\n\nYour Personalised Leather Dog Collar (order {o['collar']}) will ship on Wednesday 17 June instead of today: our stamping press broke down. Expected delivery 22-24 June 2026. Nothing is needed from you.\n\nDana at Barkcraft Leather\n",
            html=shopify("Barkcraft Leather", rows),
            related=[(logo_png("BARKCRAFT"), "image", "png", "logo", "barkcraft.png")]))

    buyer_q = f"""On Sat, 13 Jun 2026 at 21:02, {b['yoga']} wrote:
> These blocks stink like a damn tyre factory. Crap. I want a refund or
> I'm cancelling and leaving 1 star. Fix it."""
    case("yoga-reply-buyer-fumes", "relay", [],
         ["content.sensitive", "review.removal-request", "review.incentive", "return.unnecessary",
          "order-problem.cancellation-request", "content.email-address"],
         "Helpdesk reply: 'damn', 'crap', refund, cancelling and 1 star are the buyer's quoted words; the seller explains airing out the cork and offers a return.",
         mk("Corkline Support <support@corkline.co.uk>", b["yoga"],
            f"Re: Smell from cork blocks - order {o['yoga']}", "Sun, 14 Jun 2026 10:12:00 +0100",
            "<zd-4471920.corkline@zendesk.com>", headers=reply_headers("0102019a7b.buyer.yoga") + [("X-Mailer", "Zendesk")],
            text=f"""Hello,

Sorry about the smell. Natural cork is sealed with a food-safe binder that
can smell strongly for the first week, especially if the parcel was warm in
transit. Leave both blocks out of the bag by an open window for two or three
days and the smell fades completely.

If it hasn't gone by the weekend, you can return them through Your Orders on
Amazon and we will refund you in full once they are back.

Kind regards,
Rafe
Corkline Support

{buyer_q}
"""))

    case("bikelight-missing-shim-question", "relay", [],
         ["type.thank-you-only", "type.order-confirmation", "return.unnecessary"],
         "Starts like a check-in but asks a concrete question: whether the 31.8 mm shim was in the box, because a batch shipped without it.",
         mk("Lumenrail <care@lumenrail.ca>", b["bikelight"],
            f"Quick question about your bike lights - order {o['bikelight']}", "Fri, 12 Jun 2026 11:00:00 -0400",
            "<lr-shim-5513380@lumenrail.ca>", text=f"""Hi,

Hope the Rechargeable Bike Light Set (order {o['bikelight']}) arrived safely.

We have found that part of one batch left our warehouse without the rubber
shim for 31.8 mm handlebars. Could you look in the small accessory bag and
tell us whether it holds two rubber rings or only one? If one is missing,
reply with your handlebar diameter and we'll post the right shim.

Thanks,
Jonah - Lumenrail
"""))

    case("kettle-review-plain-request", "relay", [],
         ["review.incentive", "review.conditional", "review.repeat", "type.thank-you-only", "link.external",
          "style.link-text"],
         "First review request for the kettle, neutral ('good or bad'), with a descriptive amazon.com link.",
         mk("Ridge & Pour <hello@ridgeandpour.com>", b["kettle"],
            f"How is the kettle working for you? Order {o['kettle']}", "Wed, 10 Jun 2026 09:00:00 -0500",
            "<rp-rv1-8204416@ridgeandpour.com>",
            text=f"""Hello,

It's been a few days since your Gooseneck Pour-Over Kettle arrived (order {o['kettle']}).
Whether your experience was good or bad, a review on Amazon helps other coffee people decide:
https://www.amazon.com/review/create-review?asin=B0CRPK1L01

Thanks for your time,
Ridge & Pour
""",
            html=page(f"""<p>Hello,</p>
<p>It's been a few days since your Gooseneck Pour-Over Kettle arrived (order {o['kettle']}).
Whether your experience was good or bad, a review on Amazon helps other coffee people decide:
<a href="https://www.amazon.com/review/create-review?asin=B0CRPK1L01">write a review of the kettle on Amazon</a>.</p>
<p>Thanks for your time,<br>Ridge &amp; Pour</p>""")))

    case("sofa-carrier-booking-phone", "relay", [],
         ["content.phone-number", "type.order-confirmation", "type.thank-you-only"],
         "Bulky-item notice asking the buyer to book a delivery slot; the only phone number is the carrier's booking line, named in the same sentence.",
         mk("Hearth & Loom Furniture <orders@hearthandloom.com.au>", b["sofa"],
            f"Book your sofa delivery - order {o['sofa']}", "Sat, 13 Jun 2026 10:00:00 +1000",
            "<hl-book-2258093@hearthandloom.com.au>", charset="us-ascii", cte="7bit", text=f"""Good morning,

Your 3-Seater Fabric Sofa (order {o['sofa']}) has reached the Bulky Freight
depot in Sydney. Bulky Freight does not leave large items without a booked
time, so please book a two-hour window with the carrier, Bulky Freight, on
1300 552 017 (Mon-Fri 8:00-18:00), quoting consignment BF-4420918.

If nobody can be home in the next 10 days, please tell us and we will ask
the depot to hold it.

Regards,
Hearth & Loom Furniture
"""))

    # --- violations
    case("sofa-feet-egregious-spelling", "relay", ["content.spelling"],
         ["content.sensitive", "type.thank-you-only", "language.mismatch"],
         "Assembly tip for the sofa feet written with egregious misspellings; spelling only warns, so it is relayed.",
         mk("Hearth & Loom Furniture <orders@hearthandloom.com.au>", b["sofa"],
            f"Atachin the sofa feat - order {o['sofa']}", "Fri, 12 Jun 2026 10:00:00 +1000",
            "<hl-feet-2258093@hearthandloom.com.au>", text=f"""Helo,

Wen your sofa from order {o['sofa']} arives, the fore wooden feat are in the
smal bag taped undaneath. Scru them in by hand ontil tite, dont use a dril
becuase it can strip the thred.

Regrads,
Hearth & Loom
"""))

    case("kettle-review-second-nudge", "reject", ["review.repeat"],
         ["review.incentive", "review.conditional", "window.expired"],
         "A second review request for the kettle order after the first one was relayed.",
         mk("Ridge & Pour <hello@ridgeandpour.com>", b["kettle"],
            f"Still time to share your thoughts? Order {o['kettle']}", "Sun, 14 Jun 2026 09:00:00 -0500",
            "<rp-rv2-8204416@ridgeandpour.com>", text=f"""Hello again,

We wrote a few days ago about your Gooseneck Pour-Over Kettle (order {o['kettle']}).
If you have a minute, your review on Amazon would still be very welcome, whatever you think of it.

Ridge & Pour
"""), after=["kettle-review-plain-request"])

    case("bikelight-just-checking-in", "quarantine", ["type.thank-you-only"],
         ["type.order-confirmation", "type.marketing", "style.emoji"],
         "'Just checking everything arrived OK, let us know if there is any problem': a here-to-help message with nothing else in it.",
         mk("Lumenrail <care@lumenrail.ca>", b["bikelight"],
            f"Everything OK with order {o['bikelight']}?", "Sat, 06 Jun 2026 10:00:00 -0400",
            "<lr-checkin-5513380@lumenrail.ca>", text=f"""Hi,

Just checking in to make sure your Rechargeable Bike Light Set (order {o['bikelight']})
arrived OK and everything is in order.

If there's any problem at all, let us know and we'll be happy to help.

Ride safe,
Jonah - Lumenrail
"""))

    case("drone-has-shipped-tracking", "quarantine", ["type.order-confirmation"],
         ["type.thank-you-only", "content.phone-number", "link.external"],
         "'Your order has shipped, here is the tracking number': a dispatch confirmation that duplicates Amazon's.",
         mk("SkyPocket <no-reply@skypocket-drones.com>", b["drone"],
            f"Your order {o['drone']} is on its way", "Sun, 14 Jun 2026 13:00:00 -0400",
            "<sp-ship-6620934@skypocket-drones.com>", text=f"""Hello,

Good news: your order {o['drone']} (Mini Camera Drone 4K, Foldable) has shipped.

Carrier: UPS Ground
Tracking number: 1Z 8V4 A72 03 5518 2207
Estimated delivery: Thursday, June 18

Thank you for shopping with SkyPocket.
"""))

    case("ink-review-after-six-weeks", "reject", ["window.expired"],
         ["review.incentive", "review.conditional", "order-id.unknown"],
         "Neutral review request for ink delivered on 5 May, 41 days before now: outside the 30-day window.",
         mk("InkWell Direct <service@inkwelldirect.co.uk>", b["ink"],
            f"Your opinion on order {o['ink']}", "Mon, 15 Jun 2026 08:00:00 +0100",
            "<iwd-rv-7716402@inkwelldirect.co.uk>", text=f"""Dear customer,

We hope the Printer Ink Cartridges 302XL Multipack from order {o['ink']} are printing well.
If you have a moment, we would appreciate an honest review on Amazon.

Kind regards,
InkWell Direct
"""))

    case("yoga-five-stars-mean-the-world", "reject", ["review.incentive", "style.emoji"],
         ["review.conditional", "type.marketing", "review.repeat"],
         "Multi-rule: 'if you'd give us five stars it would mean the world' steers the review towards positive, and the ':)' is an emoticon.",
         mk("Corkline <hello@corkline.co.uk>", b["yoga"],
            f"A small favour? Order {o['yoga']}", "Fri, 12 Jun 2026 17:00:00 +0100",
            "<cl-rv-3317250@corkline.co.uk>", text=f"""Hi,

We're a two-person business and every review counts. Now that your Cork Yoga Block set
(order {o['yoga']}) has had a few sessions, would you leave a review on Amazon?
If you'd give us five stars it would honestly mean the world to us :)

Namaste,
Ella & Rafe, Corkline
"""))

    case("kettle-descaling-click-here", "reject", ["style.link-text"],
         ["link.external", "link.insecure", "type.thank-you-only"],
         "Useful descaling advice, but the Amazon link's text is only 'click here'.",
         mk("Ridge & Pour <hello@ridgeandpour.com>", b["kettle"],
            f"Descaling your kettle - order {o['kettle']}", "Thu, 11 Jun 2026 12:00:00 -0500",
            "<rp-care-8204416@ridgeandpour.com>", html=page(f"""<p>Hello,</p>
<p>A few buyers of the Gooseneck Pour-Over Kettle (order {o['kettle']}) in hard-water areas have seen white
flakes after the first week. That is limescale, not a defect: boil 500 ml of water with two tablespoons of
citric acid, leave it for 20 minutes, then rinse twice.</p>
<p>The descaling steps with photos are on the product page, <a href="https://www.amazon.com/dp/B0CRPK1L01#manuals">click here</a>.</p>
<p>Ridge &amp; Pour</p>""")))

    rows = f"""<tr><td style="padding:18px 0 6px"><h2 style="margin:0">Shipping update</h2></td></tr>
<tr><td style="padding:6px 0"><p>Hi there,</p>
<p>Your Personalised Leather Dog Collar (order {o['collar']}) is being stamped today. Could you confirm the
spelling of the name? Your order note says &quot;BISKIT&quot; but the personalisation field says &quot;BISCUIT&quot;.
Just reply with the one you want and we ship the same day.</p>
<p>Dana at Barkcraft Leather</p></td></tr>"""
    case("collar-name-check-wide-padding", "reject", ["style.margin"],
         ["style.image-width", "style.alignment", "style.font-sizes", "type.thank-you-only"],
         "Shopify template whose outer cell has padding:0 130px: 130 px a side is above 20 % of 600 px; the question itself is fine.",
         mk("Barkcraft Leather <shop@barkcraftleather.com>", b["collar"],
            f"Order {o['collar']}: BISKIT or BISCUIT?", "Sun, 14 Jun 2026 09:00:00 -0400",
            "<shopify-notify-88190.barkcraft@barkcraftleather.com>", headers=[("X-Mailer", "Shopify Email")],
            html=shopify("Barkcraft Leather", rows, pad="0 130px"),
            related=[(logo_png("BARKCRAFT"), "image", "png", "logo", "barkcraft.png")]))

# --------------------------------------------------------------------------------------------
# German
# --------------------------------------------------------------------------------------------

def jtl(shop: str, inner: str, *, td_attr: str = "") -> str:
    """A JTL-Wawi-like mail template: header table, content cell, Impressum footer."""
    return page(f"""<table width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;max-width:600px">
<tr><td style="padding:12px 16px;border-bottom:2px solid #2b5c8a"><b>{htmlmod.escape(shop)}</b></td></tr>
<tr><td{td_attr} style="padding:16px">
{inner}
</td></tr>
<tr><td style="padding:12px 16px;border-top:1px solid #cccccc"><small>{htmlmod.escape(shop)} GmbH &middot; Gewerbestraße 14 &middot; 49074 Osnabrück &middot; HRB 21877 Amtsgericht Osnabrück &middot; USt-IdNr. DE318840527</small></td></tr>
</table>""", lang="de")


def cases_de() -> None:
    o, b = OID, BUYER

    rech = make_pdf("Rechnung RE-2026-40518", ["Rechnung RE-2026-40518", "Werkzeugkontor Emsland GmbH",
                    f"Bestellung {o['akku']}", "1 x Akku-Bohrschrauber 18 V mit 2 Akkus und Koffer   129,90 EUR",
                    "enthaltene USt. 19 %   20,74 EUR", "USt-IdNr. DE318840527, HRB 21877"])
    inner = f"""<p>Guten Tag,</p>
<p>anbei erhalten Sie die Rechnung zu Ihrer Amazon-Bestellung {o['akku']}, die Sie für Ihre Firma angefragt hatten.</p>
<table cellpadding="4" style="border-collapse:collapse;border:1px solid #cccccc">
<tr><th style="text-align:left;border:1px solid #cccccc">Pos.</th><th style="text-align:left;border:1px solid #cccccc">Artikel</th><th style="text-align:left;border:1px solid #cccccc">Betrag</th></tr>
<tr><td style="border:1px solid #cccccc">1</td><td style="border:1px solid #cccccc">Akku-Bohrschrauber 18 V mit 2 Akkus und Koffer (Art.-Nr. WK-18-2A)</td><td style="border:1px solid #cccccc">129,90 EUR</td></tr>
</table>
<p>Die Rechnung RE-2026-40518 weist die Umsatzsteuer getrennt aus.</p>
<p>Mit freundlichen Grüßen<br>Ihr Team vom Werkzeugkontor Emsland</p>"""
    case("akku-jtl-rechnung-tabelle", "relay", [],
         ["attachment.not-allowed", "content.phone-number", "style.alignment", "style.font-override",
          "style.font-sizes", "type.order-confirmation"],
         "JTL-Wawi-style invoice the buyer asked for: bordered table with text-align:left headers, a real PDF, HRB and USt-IdNr. in the footer.",
         mk("Werkzeugkontor Emsland <rechnung@werkzeugkontor-emsland.de>", b["akku"],
            f"Ihre Rechnung RE-2026-40518 zur Bestellung {o['akku']}", "Tue, 09 Jun 2026 08:15:00 +0200",
            "<jtl.20260609081500.40518@werkzeugkontor-emsland.de>", headers=[("X-Mailer", "JTL-Wawi 1.9")],
            html=jtl("Werkzeugkontor Emsland", inner),
            attach=[(rech, "application", "pdf", "RE-2026-40518.pdf")]), crlf=True)

    case("kinderwagen-farbe-erstattet", "relay", [],
         ["order-problem.no-adjustment", "order-problem.cancellation-request", "type.order-confirmation"],
         "Out-of-stock colour: the full amount was refunded through Amazon with the reason given; the buyer has nothing to cancel.",
         mk("Kleine Wege Babyausstattung <service@kleinewege.de>", b["kinderwagen"],
            f"Ihre Bestellung {o['kinderwagen']}: Anthrazit nicht mehr lieferbar", "Sat, 13 Jun 2026 10:30:00 +0200",
            "<kw-oos-4480192@kleinewege.de>", charset="iso-8859-1", text=f"""Sehr geehrte Kundin, sehr geehrter Kunde,

leider hat uns der Hersteller gestern mitgeteilt, dass der Kinderwagen 3in1
Kombi in Anthrazit nicht mehr produziert wird; unser letzter Bestand war
bereits verkauft. Wir können Ihre Bestellung {o['kinderwagen']} daher nicht
ausliefern.

Den vollen Betrag von 489,00 EUR haben wir Ihnen heute über Amazon erstattet
(Grund: Artikel nicht vorrätig). Sie müssen nichts weiter tun; die Gutschrift
erscheint je nach Zahlungsart in 3 bis 5 Werktagen.

Wir bitten um Entschuldigung.

Mit freundlichen Grüßen
Kleine Wege Babyausstattung
"""))

    case("teppich-antwort-kunde-flucht", "relay", [],
         ["content.sensitive", "review.removal-request", "order-problem.cancellation-request",
          "return.unnecessary", "content.email-address"],
         "Reply in which 'Scheiße', 'stornieren' and '1 Stern' are the buyer's quoted words; the seller offers a partial refund or a pickup.",
         mk("Wollwerk Teppiche <kundendienst@wollwerk-teppiche.at>", b["teppich"],
            f"AW: Geruch Teppich Bestellung {o['teppich']}", "Fri, 12 Jun 2026 14:20:00 +0200",
            "<ww-aw-9921437@wollwerk-teppiche.at>", headers=reply_headers("0107019b.buyer.teppich"), text=f"""Grüß Gott,

danke für Ihre Nachricht. Handgeknüpfte Schurwolle riecht in den ersten
Tagen nach Lanolin; das verfliegt, wenn der Teppich ein paar Stunden bei
offenem Fenster liegt. Sollte der Geruch nach einer Woche noch da sein,
bieten wir Ihnen entweder eine Teilerstattung von 60 EUR an oder holen den
Teppich kostenlos ab.

Mit freundlichen Grüßen
Theresa Gruber, Wollwerk Teppiche

Am 11.06.2026 um 19:44 schrieb {b['teppich']}:
> Der Teppich stinkt wie ein nasser Hund, so eine Scheiße. Ich will
> stornieren, sonst gibt es 1 Stern!
"""))

    case("kaffee-bewertung-ohne-sprache", "relay", [],
         ["language.mismatch", "review.conditional", "review.incentive", "review.repeat"],
         "Neutral German review request to an order whose buyer_language is empty: the .de default (German) applies.",
         mk("Röstkontor Hansen <post@roestkontor-hansen.de>", b["kaffee"],
            f"Wie schmeckt Ihr Espresso? Bestellung {o['kaffee']}", "Sun, 14 Jun 2026 09:30:00 +0200",
            "<rkh-bw-2274451@roestkontor-hansen.de>", text=f"""Guten Tag,

Ihre Espresso-Kaffeebohnen (Bestellung {o['kaffee']}) sind jetzt ein paar Tage bei
Ihnen. Wenn Sie mögen, schreiben Sie eine Rezension auf Amazon, ob Sie den
Kaffee mögen oder nicht. Ehrliche Meinungen helfen anderen Kaffeetrinkern.

Herzliche Grüße aus Flensburg
Jens Hansen, Röstkontor Hansen
"""))

    case("teppich-ruecksendung-abholtermin", "relay", [],
         ["return.unnecessary", "type.thank-you-only", "content.phone-number"],
         "Return follow-up that asks for information needed for the freight pickup (floor, lift, two possible dates).",
         mk("Wollwerk Teppiche <kundendienst@wollwerk-teppiche.at>", b["teppich"],
            f"Rücksendung Bestellung {o['teppich']}: Abholung", "Sat, 13 Jun 2026 09:00:00 +0200",
            "<ww-rt-9921437@wollwerk-teppiche.at>", text=f"""Grüß Gott,

Sie haben die Rücksendung des Teppichs aus Bestellung {o['teppich']} angemeldet.
Ein Teppich mit 200 x 300 cm geht nicht als Paket; die Spedition holt ihn ab.
Damit wir die Abholung buchen können, teilen Sie uns bitte mit:

1. in welchem Stockwerk der Teppich liegt und ob es einen Lift gibt,
2. ob Ihnen Donnerstag, 18.06., oder Freitag, 19.06., jeweils 8-12 Uhr, passt.

Mit freundlichen Grüßen
Theresa Gruber, Wollwerk Teppiche
"""))

    # --- violations
    case("akku-ruecksendung-erstattet", "quarantine", ["return.unnecessary"],
         ["order-problem.no-adjustment", "review.incentive", "type.thank-you-only"],
         "'Your return arrived and we refunded you' as a proactive return follow-up: it neither asks for anything nor offers a partial refund (and duplicates Amazon's refund notice).",
         mk("Werkzeugkontor Emsland <service@werkzeugkontor-emsland.de>", b["akku"],
            f"Rücksendung zu Bestellung {o['akku']} eingegangen", "Mon, 15 Jun 2026 08:00:00 +0200",
            "<wk-rt-6618274@werkzeugkontor-emsland.de>", text=f"""Guten Tag,

Ihre Rücksendung zur Bestellung {o['akku']} (Akku-Bohrschrauber 18 V) ist bei
uns eingegangen und wurde geprüft. Wir haben Ihnen den Kaufpreis von
129,90 EUR heute über Amazon erstattet.

Mit freundlichen Grüßen
Werkzeugkontor Emsland
"""), tolerated=["type.order-confirmation"])

    case("kinderwagen-bitte-stornieren", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         ["type.order-confirmation", "content.phone-number"],
         "Out-of-stock pram: asks the buyer to cancel the order themselves and confirms no refund.",
         mk("Kleine Wege Babyausstattung <service@kleinewege.de>", b["kinderwagen"],
            f"Bestellung {o['kinderwagen']} - Lieferproblem", "Fri, 12 Jun 2026 16:00:00 +0200",
            "<kw-storno-4480192@kleinewege.de>", text=f"""Hallo,

der Kinderwagen 3in1 Kombi in Anthrazit ist bei uns leider ausverkauft und
kommt auch nicht mehr rein. Wären Sie so nett, die Bestellung {o['kinderwagen']}
über Ihr Amazon-Konto zu stornieren? Dann ist die Sache für beide Seiten am
einfachsten.

Danke und viele Grüße
Kleine Wege Babyausstattung
"""))

    case("teppich-hotline-im-text", "reject", ["content.phone-number"],
         ["return.unnecessary", "type.thank-you-only", "content.email-address"],
         "Care advice for the rug that gives the seller's own customer-service line, not a carrier, warranty or manufacturer number.",
         mk("Wollwerk Teppiche <kundendienst@wollwerk-teppiche.at>", b["teppich"],
            f"Pflegehinweise zu Ihrem Teppich, Bestellung {o['teppich']}", "Sun, 07 Jun 2026 10:00:00 +0200",
            "<ww-pflege-9921437@wollwerk-teppiche.at>", text=f"""Grüß Gott,

zu Ihrem handgeknüpften Schurwollteppich (Bestellung {o['teppich']}) noch drei
Hinweise: in den ersten Wochen flust Wolle, bitte nur ohne Bürste saugen;
Flecken mit kaltem Wasser tupfen, nie reiben; einmal im Jahr drehen.

Fragen beantwortet unser Kundendienst gern unter +43 1 890 44 27.

Mit freundlichen Grüßen
Wollwerk Teppiche
"""))

    inner = f"""<p>Guten Tag,</p>
<p>zu Ihrer Bestellung {o['akku']}: Der Akku-Bohrschrauber wird mit zwei Akkus geliefert, die bei Auslieferung nur
etwa 30 % geladen sind. Bitte laden Sie beide vor dem ersten Einsatz vollständig (ca. 60 Minuten), das verlängert
die Lebensdauer deutlich.</p>
<p>Mit freundlichen Grüßen<br>Ihr Team vom Werkzeugkontor Emsland</p>"""
    case("akku-jtl-zelle-zentriert", "reject", ["style.alignment"],
         ["style.font-override", "style.margin", "content.phone-number", "type.thank-you-only"],
         "Charging advice in a JTL-style template whose content cell carries align=\"center\".",
         mk("Werkzeugkontor Emsland <service@werkzeugkontor-emsland.de>", b["akku"],
            f"Wichtiger Hinweis zu den Akkus, Bestellung {o['akku']}", "Wed, 10 Jun 2026 08:00:00 +0200",
            "<jtl.20260610080000.akku@werkzeugkontor-emsland.de>", headers=[("X-Mailer", "JTL-Wawi 1.9")],
            html=jtl("Werkzeugkontor Emsland", inner, td_attr=' align="center"')), crlf=True)

    case("kaffee-englisch-an-de-kunden", "quarantine", ["language.mismatch"],
         ["type.thank-you-only", "review.incentive", "content.spelling"],
         "English-only question about a best-before label to a .de buyer with no stored language: the marketplace default is German.",
         mk("Roestkontor Hansen <post@roestkontor-hansen.de>", b["kaffee"],
            f"Best-before date on your bag - order {o['kaffee']}", "Sat, 13 Jun 2026 09:30:00 +0200",
            "<rkh-en-2274451@roestkontor-hansen.de>", text=f"""Hello,

One roasting batch of our Espresso beans, including the bag in your order {o['kaffee']},
may carry a wrong best-before date (2026-05 instead of 2027-05). Could you check the date
printed on the back of your bag and tell us which one it shows? We will send a corrected label.

Best regards from Flensburg
Jens Hansen
"""))

    case("lampe-ohne-bestellnummer", "reject", ["order-id.missing"],
         ["window.expired", "order-id.unknown", "type.thank-you-only"],
         "Question about a lamp-shade colour choice that never names the order ID (only the product).",
         mk("Lichtmanufaktur Süd <info@lichtmanufaktur-sued.de>", b["lampe"],
            "Ihre Stehlampe: welcher Schirm?", "Thu, 11 Jun 2026 11:00:00 +0200",
            "<lms-frage-20260611@lichtmanufaktur-sued.de>", text="""Guten Tag,

zu Ihrer Bestellung der Stehlampe Messing mit Leinenschirm: Wir haben den
Leinenschirm in Naturweiß und in Sand auf Lager. Welche Farbe dürfen wir
Ihnen schicken? Eine kurze Antwort genügt.

Mit freundlichen Grüßen
Lichtmanufaktur Süd
"""))

    case("kaffee-lieferung-mistding", "quarantine", ["content.sensitive"],
         ["content.phone-number", "type.thank-you-only"],
         "Delay notice in which the seller himself swears about the roaster ('Scheißding', 'verdammte') in a message to the buyer.",
         mk("Röstkontor Hansen <post@roestkontor-hansen.de>", b["kaffee"],
            f"Nachlieferung zu Bestellung {o['kaffee']}", "Sat, 06 Jun 2026 09:00:00 +0200",
            "<rkh-nach-2274451@roestkontor-hansen.de>", text=f"""Moin,

zu Ihrer Bestellung {o['kaffee']}: Ihre Bohnen gehen einen Tag später raus,
weil unser Scheißding von Röster gestern wieder den Geist aufgegeben hat.
Die verdammte Trommel ist jetzt repariert, und wir rösten Ihre Bohnen heute
Abend frisch. Versand morgen früh.

Gruß
Jens Hansen
"""))

# --------------------------------------------------------------------------------------------
# French
# --------------------------------------------------------------------------------------------

def woo(shop: str, title: str, inner: str, *, lang: str, h_tag: str = "h1", extra_head: str = "") -> str:
    """A WooCommerce-like mail: wrapper div, template container table, header h1, body cell, footer."""
    return page(f"""<div id="wrapper" style="background-color:#f7f7f7;padding:24px 20px">
<table id="template_container" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background-color:#ffffff;border:1px solid #dedede;border-radius:3px">
<tr><td id="header_wrapper" style="padding:24px 36px;background-color:#7f54b3"><{h_tag} style="margin:0">{title}</{h_tag}></td></tr>
<tr><td id="body_content_inner" style="padding:36px 36px 12px">
{inner}
</td></tr>
<tr><td id="template_footer" style="padding:12px 36px 24px;border-top:1px solid #eeeeee"><p>{htmlmod.escape(shop)}</p></td></tr>
</table>
</div>""", lang=lang, head=extra_head)


def cases_fr() -> None:
    o, b = OID, BUYER

    inner = f"""<p>Bonjour,</p>
<p>Votre théière en fonte (commande {o['theiere']}) est chez vous depuis une semaine. Qu'elle vous plaise ou non,
votre avis aide d'autres amateurs de thé à choisir. Si vous avez un moment, vous pouvez le laisser ici :
<a href="https://www.amazon.fr/review/review-your-purchases/?asins=B0DTHF12L9">donner votre avis sur la théière sur Amazon</a>.</p>
<p>Merci et bonne dégustation,</p>"""
    case("theiere-woo-avis-neutre", "relay", [],
         ["review.conditional", "review.incentive", "link.external", "style.link-text", "style.font-sizes",
          "style.margin", "style.font-override"],
         "WooCommerce-style review request: h1 header, 36 px paddings (below 120 px), a background colour only, a descriptive amazon.fr link, 'qu'elle vous plaise ou non'.",
         mk("Maison Tetsubin <boutique@maison-tetsubin.fr>", b["theiere"],
            f"Votre avis sur votre théière – commande {o['theiere']}", "Sat, 13 Jun 2026 10:00:00 +0200",
            "<woo-18842-theiere@maison-tetsubin.fr>", headers=[("X-Mailer", "WooCommerce 9.1")],
            html=woo("Maison Tetsubin – Thés et fontes", "Votre avis compte", inner, lang="fr")))

    case("velo-retard-colissimo", "relay", [],
         ["type.order-confirmation", "content.phone-number", "order-problem.cancellation-request"],
         "Delay notice: the parcel is held at a Colissimo hub after a strike; the only phone number is the carrier's line in the same sentence.",
         mk("Petit Pédalier <contact@petit-pedalier.fr>", b["velo"],
            f"Commande {o['velo']} : retard de livraison", "Sun, 14 Jun 2026 11:00:00 +0200",
            "<pp-retard-7751284@petit-pedalier.fr>", charset="iso-8859-1", text=f"""Bonjour,

Le vélo enfant de votre commande {o['velo']} est bloqué depuis vendredi à la
plateforme Colissimo de Bonneuil, à la suite d'un mouvement social. Colissimo
annonce une reprise mardi ; la livraison est donc attendue jeudi 18 ou
vendredi 19 juin au lieu de lundi.

Pour toute question sur l'acheminement, le service client Colissimo répond
au 36 31 avec le numéro de colis 6A24418872031.

Toutes nos excuses pour ce contretemps.
L'équipe Petit Pédalier
"""))

    case("bougie-reponse-client-merde", "relay", [],
         ["content.sensitive", "return.unnecessary", "review.removal-request", "content.email-address"],
         "Reply to a buyer who wrote 'c'est de la merde' and 'je veux être remboursé': the seller explains the first burn and how to return.",
         mk("Atelier Cirelle <bonjour@atelier-cirelle.be>", b["bougie"],
            f"RE: Bougie qui coule - commande {o['bougie']}", "Mon, 08 Jun 2026 15:00:00 +0200",
            "<ac-re-5529310@atelier-cirelle.be>", headers=reply_headers("0109019c.buyer.bougie"), text=f"""Bonjour,

Je suis désolée que la bougie ait creusé un puits au centre. Cela arrive quand
la première combustion dure moins de deux heures : la cire ne fond pas jusqu'au
bord et garde ensuite cette « mémoire ». Vous pouvez la rattraper en entourant
le bord d'une feuille d'aluminium pendant une heure de combustion.

Si cela ne va toujours pas, vous pouvez la retourner depuis Vos commandes sur
Amazon et vous serez remboursé(e) intégralement.

Bien à vous,
Camille – Atelier Cirelle

Le 7 juin 2026 à 21:10, {b['bougie']} a écrit :
> Votre bougie c'est de la merde, elle a fait un trou au milieu après
> une soirée. Je veux être remboursé.
"""))

    case("matelas-etage-ascenseur", "relay", [],
         ["type.thank-you-only", "type.order-confirmation", "content.phone-number"],
         "Asks the floor, lift and access details the freight carrier needs before delivering a mattress: information needed for the order.",
         mk("Nuit Claire Literie <commandes@nuitclaire-literie.fr>", b["matelas"],
            f"Commande {o['matelas']} : informations pour la livraison", "Sun, 14 Jun 2026 09:00:00 +0200",
            "<ncl-liv-1198830@nuitclaire-literie.fr>", text=f"""Bonjour,

Votre matelas 140 x 190 cm (commande {o['matelas']}) sera livré par transporteur
avec prise de rendez-vous. Pour organiser la livraison, pourriez-vous nous
indiquer :

- l'étage et la présence ou non d'un ascenseur ;
- un code d'accès ou un interphone éventuel ;
- vos préférences : matin ou après-midi.

Merci d'avance,
Nuit Claire Literie
"""))

    notice = make_pdf("Mise a jour montre", ["Mise a jour du logiciel - Montre connectee sport GPS",
                      "1. Ouvrir l'application et appairer la montre.", "2. Reglages > Systeme > Mise a jour.",
                      "3. Laisser la montre sur son chargeur pendant 10 minutes.", "Version corrigee : 2.4.1"])
    case("montre-maj-gps-notice-pdf", "relay", [],
         ["order-id.buyer-mismatch", "attachment.not-allowed", "type.thank-you-only", "style.emoji"],
         "Firmware fix for a GPS drift bug with a one-page PDF guide; the order has no stored buyer address, so there is no mismatch.",
         mk("Kairos Sport <support@kairos-sport.fr>", b["montre"],
            f"Commande {o['montre']} : correctif GPS pour votre montre", "Fri, 12 Jun 2026 17:00:00 +0200",
            "<ks-maj-6604482@kairos-sport.fr>", text=f"""Bonjour,

Certaines montres connectées livrées cette semaine, dont celle de votre
commande {o['montre']}, ont un logiciel 2.4.0 qui décale la trace GPS de
quelques dizaines de mètres. La version 2.4.1 corrige ce défaut. La marche à
suivre tient en trois étapes ; vous la trouverez dans le PDF joint.

Cordialement,
Le support Kairos Sport
""", attach=[(notice, "application", "pdf", "mise-a-jour-2.4.1.pdf")]))

    # --- violations
    case("theiere-avis-si-satisfait", "reject", ["review.conditional"],
         ["review.incentive", "review.repeat", "content.email-address"],
         "Review gating: a review if satisfied, otherwise 'contact us first rather than leaving a review'.",
         mk("Maison Tetsubin <boutique@maison-tetsubin.fr>", b["theiere"],
            f"Êtes-vous satisfait(e) de votre théière ? Commande {o['theiere']}", "Thu, 11 Jun 2026 10:00:00 +0200",
            "<mt-cond-3306617@maison-tetsubin.fr>", text=f"""Bonjour,

Si vous êtes satisfait(e) de votre théière en fonte (commande {o['theiere']}),
nous serions ravis que vous laissiez un commentaire sur Amazon.

En revanche, si quelque chose ne vous convient pas, merci de nous écrire ici
avant de publier un avis : nous trouverons une solution ensemble.

Bien cordialement,
Maison Tetsubin
"""))

    case("bougie-code-promo-collection", "quarantine", ["type.marketing"],
         ["review.incentive", "link.external", "type.thank-you-only"],
         "After a care tip, the message advertises the new autumn collection with a -15 % code: promotional content.",
         mk("Atelier Cirelle <bonjour@atelier-cirelle.be>", b["bougie"],
            f"Votre bougie figue et cèdre – commande {o['bougie']}", "Wed, 10 Jun 2026 12:00:00 +0200",
            "<ac-promo-5529310@atelier-cirelle.be>", text=f"""Bonjour,

Un petit conseil pour votre bougie (commande {o['bougie']}) : coupez la mèche à
5 mm avant chaque allumage, elle fumera moins.

Et bonne nouvelle : notre collection d'automne (châtaigne, tabac blond, pomme
cuite) arrive sur Amazon la semaine prochaine. Avec le code CIRELLE15, vous
profitez de -15 % sur toute la collection jusqu'au 30 juin.

À bientôt,
Camille – Atelier Cirelle
"""))

    case("velo-notice-lien-http", "reject", ["link.insecure"],
         ["link.external", "type.order-confirmation", "style.link-text"],
         "Assembly instructions linked over plain http:// in a plain-text message.",
         mk("Petit Pédalier <contact@petit-pedalier.fr>", b["velo"],
            f"Montage du vélo – commande {o['velo']}", "Sat, 13 Jun 2026 09:00:00 +0200",
            "<pp-notice-7751284@petit-pedalier.fr>", text=f"""Bonjour,

Votre vélo enfant (commande {o['velo']}) arrive bientôt, pré-monté à 90 %. Il
reste à fixer le guidon et les stabilisateurs ; la notice illustrée est ici :
http://www.petit-pedalier.fr/notices/velo-16-montage.pdf

Clé de 15 et clé Allen de 5 mm fournies dans le carton.

L'équipe Petit Pédalier
"""))

    case("matelas-ecrivez-nous-sav", "reject", ["content.email-address"],
         ["content.phone-number", "type.thank-you-only"],
         "Unpacking instructions for the mattress that tell the buyer to write to the seller's after-sales e-mail address.",
         mk("Nuit Claire Literie <commandes@nuitclaire-literie.fr>", b["matelas"],
            f"Déballer votre matelas – commande {o['matelas']}", "Mon, 15 Jun 2026 08:00:00 +0200",
            "<ncl-deb-1198830@nuitclaire-literie.fr>", text=f"""Bonjour,

Votre matelas (commande {o['matelas']}) arrive roulé sous vide. Coupez le film
sans cutter, laissez-le reprendre sa forme 48 h avant de dormir dessus et
aérez la pièce : l'odeur de mousse disparaît en deux jours.

Pour toute question, écrivez directement à sav.literie@nuitclaire-literie.fr.

Nuit Claire Literie
"""))

    inner = f"""<h2>Votre montre connectée</h2>
<h3>Correctif GPS 2.4.1</h3>
<p>Bonjour, la montre de votre commande {o['montre']} peut décaler la trace GPS. Installez la version 2.4.1
depuis l'application : Réglages &gt; Système &gt; Mise à jour.</p>
<p><small>Kairos Sport SAS – RCS Lyon 902 118 447</small></p>"""
    case("montre-quatre-tailles-titres", "reject", ["style.font-sizes"],
         ["style.font-override", "style.margin", "content.phone-number", "order-id.buyer-mismatch"],
         "Firmware notice shown in h1 + h2 + h3 + default + <small>: five sizes, more than three.",
         mk("Kairos Sport <support@kairos-sport.fr>", b["montre"],
            f"Commande {o['montre']} : mise à jour 2.4.1", "Sat, 13 Jun 2026 17:00:00 +0200",
            "<woo-18851-montre@kairos-sport.fr>", headers=[("X-Mailer", "WooCommerce 9.1")],
            html=woo("Kairos Sport", "Kairos Sport", inner, lang="fr")))

    case("velo-casque-commande-inconnue", "reject", ["order-id.unknown"],
         ["order-id.missing", "window.expired", "order-id.buyer-mismatch"],
         "Delivery question citing an order ID this seller has no record of (two digits swapped).",
         mk("Petit Pédalier <contact@petit-pedalier.fr>", b["velo"],
            f"Commande {o['velo'][:4]}1757284{o['velo'][11:]} : casque assorti ?", "Fri, 12 Jun 2026 10:00:00 +0200",
            "<pp-casque-20260612@petit-pedalier.fr>", text=f"""Bonjour,

Pour votre commande {o['velo'][:4]}1757284{o['velo'][11:]}, vous aviez indiqué en commentaire
souhaiter un casque de la même couleur que le vélo. Confirmez-vous la taille
S (48-52 cm) ?

L'équipe Petit Pédalier
"""))

    case("bougie-fautes-grossieres", "relay", ["content.spelling"],
         ["content.sensitive", "type.thank-you-only", "language.mismatch"],
         "Burn-time advice riddled with egregious spelling errors; spelling only warns, so the message is relayed.",
         mk("Atelier Cirelle <bonjour@atelier-cirelle.be>", b["bougie"],
            f"Conseil pour vottre bougi – commande {o['bougie']}", "Thu, 04 Jun 2026 12:00:00 +0200",
            "<ac-fautes-5529310@atelier-cirelle.be>", text=f"""Bonjour,

Pour vottre bougi de la comande {o['bougie']}, il fo la laissé brulé au moin
deu heur la premiere foi, sinon la sire fé un trou o millieu. Pensé a
coupé la mêche a sinq milimètre avan chaque alumage.

Cordialmant,
Camil
"""))

# --------------------------------------------------------------------------------------------
# Spanish
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = OID, BUYER

    case("cafetera-respuesta-mierda-fabricante", "relay", [],
         ["content.sensitive", "content.phone-number", "review.removal-request", "content.email-address"],
         "Reply (usted) to a buyer who called the pot 'una mierda'; the seller explains the gasket and gives the manufacturer's service line.",
         mk("Cafés y Menaje Olmedo <atencion@menajeolmedo.es>", b["cafetera"],
            f"RE: La cafetera gotea - pedido {o['cafetera']}", "Thu, 11 Jun 2026 12:30:00 +0200",
            "<cmo-re-7730165@menajeolmedo.es>", headers=reply_headers("0110019d.buyer.cafetera"),
            charset="iso-8859-1", text=f"""Estimado cliente:

Lamentamos las molestias. Cuando una cafetera italiana nueva gotea por la
rosca, casi siempre es porque la junta de goma no está bien asentada:
desenrosque el depósito, saque el filtro, presione la junta con el dedo
alrededor de todo el borde y vuelva a enroscar con firmeza.

Si sigue goteando, la cafetera tiene dos años de garantía del fabricante;
el servicio técnico del fabricante, Industrias Moka Ibérica, atiende en el
900 831 442 y le envía una junta nueva sin coste.

Atentamente,
Lucía Olmedo

El 10 jun 2026, a las 20:15, {b['cafetera']} escribió:
> Vaya mierda de cafetera, gotea por todos lados y me he quemado la mano.
"""))

    case("mochila-talla-etiqueta-pregunta", "relay", [],
         ["type.thank-you-only", "return.unnecessary", "order-problem.no-adjustment"],
         "Informal (tú) question needed for the order: which back-length label the buyer's pack carries, because two sizes were mixed up.",
         mk("Cumbre Norte Outdoor <hola@cumbrenorte.mx>", b["mochila"],
            f"¿Nos ayudas con un dato? Pedido {o['mochila']}", "Tue, 09 Jun 2026 10:00:00 -0600",
            "<cno-talla-3349027@cumbrenorte.mx>", text=f"""¡Hola!

Te escribimos por tu mochila de senderismo de 40 L (pedido {o['mochila']}).
En nuestro almacén se mezclaron las tallas de espalda S/M y M/L de un lote.
¿Puedes mirar la etiqueta blanca del bolsillo interior y decirnos qué talla
pone? Si no es la que pediste, te mandamos la correcta sin que tengas que
devolver nada antes.

Gracias,
Andrés, Cumbre Norte Outdoor
"""))

    case("sarten-sin-stock-reembolsado", "relay", [],
         ["order-problem.no-adjustment", "order-problem.cancellation-request", "type.order-confirmation"],
         "Out-of-stock pan set in quoted-printable Latin-1: the full refund was issued through Amazon with the reason; nothing for the buyer to do.",
         mk("Cocina Brava <pedidos@cocinabrava.es>", b["sarten"],
            f"Su pedido {o['sarten']}: artículo agotado", "Sat, 13 Jun 2026 09:40:00 +0200",
            "<cb-agot-2281946@cocinabrava.es>", charset="iso-8859-1", text=f"""Estimado/a cliente:

Sentimos comunicarle que el juego de sartenes antiadherentes de 3 piezas de
su pedido {o['sarten']} se ha agotado y el fabricante no lo repondrá hasta
septiembre. No podemos enviarlo.

Ya le hemos reembolsado el importe completo (42,95 EUR) a través de Amazon, con
el motivo «artículo sin existencias». No tiene que hacer nada más; el abono
aparecerá en su medio de pago en unos días.

Disculpe las molestias.
Cocina Brava
"""))

    case("aceite-opinion-neutral", "relay", [],
         ["review.incentive", "review.conditional", "window.expired", "type.thank-you-only"],
         "Neutral review request (usted) in quoted-printable Latin-1, 25 days after delivery, 'tanto si le ha gustado como si no'.",
         mk("Almazara Los Olivares <tienda@almazaralosolivares.es>", b["aceite"],
            f"Su opinión sobre el aceite - pedido {o['aceite']}", "Mon, 15 Jun 2026 09:00:00 +0200",
            "<alo-op-9940213@almazaralosolivares.es>", charset="iso-8859-1", text=f"""Buenos días:

Hace unas semanas recibió la garrafa de aceite de oliva virgen extra de su
pedido {o['aceite']}. Tanto si le ha gustado como si no, le agradeceríamos
que dejara su opinión en Amazon; ayuda a otros clientes a decidir.

Un saludo desde Jaén,
Almazara Los Olivares
"""))

    inner = f"""<p>Buenos días:</p>
<p>Nos ha indicado que la garrafa de 5 L de su pedido {o['aceite']} llegó con un golpe en la base y que piensa
devolverla. El aceite no se ha visto afectado (el envase no pierde). Si prefiere quedársela, le ofrecemos un
reembolso parcial de 9,00 € por el golpe; si no, puede seguir con la devolución como ya tenía previsto.</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #dddddd">
<tr><td style="border:1px solid #dddddd">Opción A</td><td style="border:1px solid #dddddd">Se queda la garrafa + reembolso parcial de 9,00 €</td></tr>
<tr><td style="border:1px solid #dddddd">Opción B</td><td style="border:1px solid #dddddd">Devolución y reembolso completo</td></tr>
</table>
<p>Responda simplemente con A o B.</p>"""
    case("aceite-woo-reembolso-parcial", "relay", [],
         ["return.unnecessary", "review.incentive", "style.margin", "style.font-sizes", "type.marketing"],
         "WooCommerce-style return follow-up offering a partial refund instead of returning a dented can: one of the two permitted reasons.",
         mk("Almazara Los Olivares <tienda@almazaralosolivares.es>", b["aceite"],
            f"Su devolución del pedido {o['aceite']}", "Mon, 25 May 2026 10:00:00 +0200",
            "<woo-7731-aceite@almazaralosolivares.es>", headers=[("X-Mailer", "WooCommerce 9.0")],
            html=woo("Almazara Los Olivares · Jaén", "Sobre su devolución", inner, lang="es")))

    # --- violations
    case("mochila-cambia-tu-resena", "reject", ["review.removal-request"],
         ["review.incentive", "review.conditional", "type.thank-you-only"],
         "Informal (tú) request to change a two-star review now that the missing straps were sent.",
         mk("Cumbre Norte Outdoor <hola@cumbrenorte.mx>", b["mochila"],
            f"Sobre tu reseña - pedido {o['mochila']}", "Sat, 13 Jun 2026 11:00:00 -0600",
            "<cno-resena-3349027@cumbrenorte.mx>", text=f"""¡Hola!

Vimos tu reseña de 2 estrellas de la mochila (pedido {o['mochila']}) donde
comentabas que faltaban las correas del cinturón. Ya te llegaron, ¿verdad?
¿Podrías editar la reseña para que refleje que se resolvió? Nos ayudaría
mucho.

Un abrazo,
Andrés, Cumbre Norte Outdoor
"""))

    inner = f"""<p>Buenos días:</p>
<p>Para que su cafetera de inducción (pedido {o['cafetera']}) dure años, le recomendamos:</p>
<p>1. No lavarla en el lavavajillas.</p>
<p>&nbsp;</p>
<p>&nbsp;</p>
<p>&nbsp;</p>
<p>2. Secar bien la junta después de cada uso.</p>"""
    case("cafetera-woo-tres-parrafos-vacios", "reject", ["style.line-breaks"],
         ["style.margin", "style.font-sizes", "type.thank-you-only", "style.font-override"],
         "WooCommerce care note with three consecutive <p>&nbsp;</p> between the list items: three empty blocks in a row.",
         mk("Cafés y Menaje Olmedo <atencion@menajeolmedo.es>", b["cafetera"],
            f"Cuidados de su cafetera - pedido {o['cafetera']}", "Tue, 09 Jun 2026 09:00:00 +0200",
            "<woo-5520-cafetera@menajeolmedo.es>", headers=[("X-Mailer", "WooCommerce 9.0")],
            html=woo("Cafés y Menaje Olmedo", "Cuidados de su cafetera", inner, lang="es")))

    fact = make_pdf("Factura F-2026-2219", ["Factura F-2026-2219", "Cocina Brava S.L. - CIF B41882376",
                    f"Pedido {o['sarten']}", "Juego de sartenes antiadherentes, 3 piezas   42,95 EUR"])
    case("sarten-factura-en-zip", "reject", ["attachment.not-allowed"],
         ["type.order-confirmation", "content.phone-number"],
         "The invoice the buyer asked for, but sent inside a .zip archive: archives are always refused.",
         mk("Cocina Brava <pedidos@cocinabrava.es>", b["sarten"],
            f"RE: Factura del pedido {o['sarten']}", "Fri, 12 Jun 2026 12:00:00 +0200",
            "<cb-fact-2281946@cocinabrava.es>", headers=reply_headers("0111019e.buyer.sarten"), text=f"""Estimado/a cliente:

Adjuntamos la factura F-2026-2219 de su pedido {o['sarten']}, tal como nos
pidió, en un archivo comprimido.

Atentamente,
Cocina Brava
""", attach=[(zip_bytes({"Factura-F-2026-2219.pdf": fact}), "application", "zip", "Factura-F-2026-2219.zip")]))

    photo = moka_jpeg()
    case("cafetera-foto-producto-junta", "quarantine", ["image.product-photo"],
         ["style.image-alt", "style.image-width", "attachment.not-allowed"],
         "Gasket instructions with an inline photo whose alt text names the ordered product ('Cafetera italiana de inducción, 6 tazas').",
         mk("Cafés y Menaje Olmedo <atencion@menajeolmedo.es>", b["cafetera"],
            f"Cómo colocar la junta - pedido {o['cafetera']}", "Wed, 10 Jun 2026 09:00:00 +0200",
            "<cmo-foto-7730165@menajeolmedo.es>", html=page(f"""<p>Buenos días:</p>
<p>Varios clientes nos han preguntado cómo asentar la junta de la cafetera de su pedido {o['cafetera']}.
Presiónela con el dedo por todo el borde antes de enroscar, como en la foto:</p>
<p><img src="cid:foto" alt="Cafetera italiana de inducción, 6 tazas" width="240" height="300"></p>
<p>Atentamente,<br>Lucía Olmedo</p>""", lang="es"),
            related=[(photo, "image", "jpeg", "foto", "cafetera-induccion-6-tazas.jpg")]))

    case("sarten-que-putada-retraso", "quarantine", ["content.sensitive"],
         ["type.order-confirmation", "order-problem.no-adjustment", "style.emoji"],
         "Delay notice (tú) in which the seller writes 'qué putada' and 'el cabrón del proveedor'.",
         mk("Cocina Brava <pedidos@cocinabrava.es>", b["sarten"],
            f"Tu pedido {o['sarten']} sale el jueves", "Thu, 11 Jun 2026 18:00:00 +0200",
            "<cb-retraso-2281946@cocinabrava.es>", text=f"""¡Hola!

Qué putada: el cabrón del proveedor nos ha vuelto a fallar con las tapas de
las sartenes, así que tu pedido {o['sarten']} sale el jueves 18 en vez de
mañana. Te llegará el viernes 19 o el lunes 22.

Perdona el retraso,
Cocina Brava
"""))

    case("mochila-whatsapp-tienda", "reject", ["content.phone-number"],
         ["content.email-address", "type.thank-you-only", "return.unnecessary"],
         "Fitting advice (tú) that invites the buyer to the shop's own WhatsApp number: not a carrier, warranty or manufacturer line.",
         mk("Cumbre Norte Outdoor <hola@cumbrenorte.mx>", b["mochila"],
            f"Ajusta tu mochila - pedido {o['mochila']}", "Fri, 05 Jun 2026 10:00:00 -0600",
            "<cno-wa-3349027@cumbrenorte.mx>", text=f"""¡Hola!

Para que tu mochila de 40 L (pedido {o['mochila']}) no cargue los hombros:
aprieta primero el cinturón sobre la cadera, luego las hombreras y al final
los tensores de carga, sin pasarte.

Si tienes dudas, mándanos un WhatsApp a la tienda al +52 55 4187 2290.

Andrés, Cumbre Norte Outdoor
"""))

    case("aceite-boletin-y-baja", "reject", ["type.marketing", "link.opt-out"],
         ["review.incentive", "link.external", "type.thank-you-only"],
         "Multi-rule: newsletter-style message with the new harvest and a discount, ending with 'reply BAJA to unsubscribe' (opt-out text); reject wins.",
         mk("Almazara Los Olivares <tienda@almazaralosolivares.es>", b["aceite"],
            f"Novedades de la almazara - pedido {o['aceite']}", "Fri, 05 Jun 2026 10:00:00 +0200",
            "<alo-news-9940213@almazaralosolivares.es>", text=f"""Buenos días:

Gracias por su pedido {o['aceite']}. Le contamos nuestras novedades de junio:
ya está disponible en Amazon el aceite de primera cosecha temprana en
botella de 500 ml, y este mes tiene un 20 % de descuento con el código
OLIVA20.

Si no desea recibir más comunicaciones nuestras, responda con la palabra BAJA
y le daremos de baja de la lista.

Almazara Los Olivares
"""))

# --------------------------------------------------------------------------------------------
# Italian
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = OID, BUYER

    case("pasta-quale-rullo-domanda", "relay", [],
         ["type.thank-you-only", "type.order-confirmation", "return.unnecessary"],
         "Formal (Lei) question needed to fulfil a free accessory the order included: which cutter the buyer prefers.",
         mk("Sfoglia d'Oro Casalinghi <ordini@sfogliadoro.it>", b["pasta"],
            f"Ordine {o['pasta']}: quale accessorio preferisce?", "Thu, 04 Jun 2026 18:00:00 +0200",
            "<sdo-acc-8817736@sfogliadoro.it>", charset="iso-8859-1", text=f"""Gentile cliente,

la macchina per la pasta del Suo ordine {o['pasta']} comprende, come indicato
nella scheda, un rullo taglia-pasta a scelta. Nel modulo d'ordine la scelta
non risulta: preferisce il rullo per tagliatelle (6,5 mm) o quello per
pappardelle (12 mm)? Spediamo domani mattina insieme alla macchina.

Cordiali saluti,
Sfoglia d'Oro Casalinghi
"""))

    case("borsa-risposta-cliente-arrabbiata", "relay", [],
         ["content.sensitive", "review.removal-request", "order-problem.cancellation-request",
          "return.unnecessary", "content.email-address"],
         "Reply (Lei) to a buyer who wrote 'borsa di merda', 'annullo' and '1 stella': the seller offers a replacement strap.",
         mk("Pelletteria Ghiberti <assistenza@pelletteriaghiberti.it>", b["borsa"],
            f"R: Tracolla rotta - ordine {o['borsa']}", "Sun, 07 Jun 2026 11:00:00 +0200",
            "<pg-re-1125590@pelletteriaghiberti.it>", headers=reply_headers("0112019f.buyer.borsa"), text=f"""Gentile cliente,

ci dispiace molto che il moschettone della tracolla si sia aperto. Le
spediamo oggi stesso una tracolla nuova con moschettone rinforzato, senza
alcun costo e senza bisogno di restituire la borsa. Se preferisce invece il
reso, può avviarlo da I miei ordini su Amazon.

Cordiali saluti,
Marta Ghiberti

Il giorno 06/06/2026 alle 22:31 {b['borsa']} ha scritto:
> Borsa di merda, la tracolla si è staccata il secondo giorno. Annullo
> tutto e vi lascio 1 stella.
"""))

    rows = f"""<table cellpadding="6" style="border-collapse:collapse;border:1px solid #cccccc">
<tr><td style="border:1px solid #cccccc">Ordine</td><td style="border:1px solid #cccccc">{o['tenda']}</td></tr>
<tr><td style="border:1px solid #cccccc">Articolo</td><td style="border:1px solid #cccccc">Tenda da sole a bracci 300 x 250 cm, telo ecrù</td></tr>
<tr><td style="border:1px solid #cccccc">Spedizione prevista</td><td style="border:1px solid #cccccc">26 giugno 2026 (prima: 16 giugno)</td></tr>
</table>"""
    case("tenda-ritardo-tessuto-tabella", "relay", [],
         ["type.order-confirmation", "order-problem.cancellation-request", "order-problem.no-adjustment",
          "style.alignment", "style.font-override"],
         "Delay notice for a made-to-measure awning (fabric supplier late) with a bordered table of the new ship date; it can still be fulfilled.",
         mk("Ombra Viva Tende <ordini@ombraviva.it>", b["tenda"],
            f"Ordine {o['tenda']}: nuova data di spedizione", "Fri, 12 Jun 2026 09:00:00 +0200",
            "<ov-rit-3390478@ombraviva.it>", html=page(f"""<p>Gentile cliente,</p>
<p>il telo ecrù della Sua tenda da sole arriva dal tessitore con dieci giorni di ritardo. La tenda viene confezionata
su misura appena il telo è in laboratorio, quindi la spedizione slitta come segue:</p>
{rows}
<p>Ci scusiamo per l'attesa.</p>
<p>Ombra Viva Tende</p>""", lang="it")))

    case("seggiolino-recensione-neutra-lei", "relay", [],
         ["review.incentive", "review.conditional", "type.thank-you-only", "window.expired"],
         "Neutral review request (Lei, quoted-printable Latin-1) 19 days after delivery, asking for an honest opinion whatever it is.",
         mk("BimboSicuro <servizio@bimbosicuro.it>", b["seggiolino"],
            f"La Sua opinione sul seggiolino - ordine {o['seggiolino']}", "Mon, 15 Jun 2026 10:00:00 +0200",
            "<bs-rec-7706253@bimbosicuro.it>", charset="iso-8859-1", text=f"""Gentile cliente,

il seggiolino auto del Suo ordine {o['seggiolino']} è in uso da qualche
settimana. Qualunque sia la Sua esperienza, positiva o negativa, una
recensione onesta su Amazon aiuta altri genitori nella scelta.

Cordiali saluti,
BimboSicuro
"""))

    case("tostapane-limiti-esatti", "relay", [],
         ["style.margin", "style.image-width", "style.alignment", "style.image-alt", "image.product-photo"],
         "Boundary values: padding exactly 120 px a side (20 %) and a real 480 px wide crumb-tray diagram (80 %), both allowed.",
         mk("Casa Inox Mantovani <clienti@casainoxmantovani.it>", b["tostapane"],
            f"Vassoio raccogli-briciole - ordine {o['tostapane']}", "Sat, 13 Jun 2026 10:00:00 +0200",
            "<cim-vass-4418827@casainoxmantovani.it>", html=page(f"""<div style="padding:0 120px">
<p>Gentile cliente,</p>
<p>alcuni tostapane spediti questa settimana, tra cui quello del Suo ordine {o['tostapane']}, hanno il vassoio
raccogli-briciole montato al contrario: se non scorre, lo sfili e lo reinserisca con la maniglia verso l'esterno,
come nello schema.</p>
<p><img src="cid:schema" alt="Schema: verso corretto del vassoio raccogli-briciole" width="480" height="150"></p>
<p>Casa Inox Mantovani</p>
</div>""", lang="it"),
            related=[(banner_png("1 sfilare  ->  2 girare  ->  3 reinserire", 480, 150), "image", "png", "schema", "schema-vassoio.png")]))

    # --- violations
    case("borsa-buono-per-recensione", "reject", ["review.incentive"],
         ["review.conditional", "review.removal-request"],
         "Offers a 10 % voucher on the next purchase to buyers who leave a review.",
         mk("Pelletteria Ghiberti <assistenza@pelletteriaghiberti.it>", b["borsa"],
            f"Un pensiero per Lei - ordine {o['borsa']}", "Thu, 11 Jun 2026 10:00:00 +0200",
            "<pg-buono-1125590@pelletteriaghiberti.it>", text=f"""Gentile cliente,

speriamo che la borsa a tracolla del Suo ordine {o['borsa']} Le piaccia.
Chi lascia una recensione su Amazon riceve da noi un buono del 10 % sul
prossimo acquisto: basta risponderci con il nome con cui ha pubblicato.

Cordiali saluti,
Pelletteria Ghiberti
"""), tolerated=["type.marketing"])

    case("tostapane-spedito-brt", "quarantine", ["type.order-confirmation"],
         ["type.thank-you-only", "content.phone-number"],
         "'Il Suo ordine è stato spedito' with the BRT tracking number and nothing else: a shipment confirmation.",
         mk("Casa Inox Mantovani <clienti@casainoxmantovani.it>", b["tostapane"],
            f"Ordine {o['tostapane']} spedito", "Wed, 10 Jun 2026 17:00:00 +0200",
            "<cim-sped-4418827@casainoxmantovani.it>", text=f"""Gentile cliente,

il Suo ordine {o['tostapane']} (Tostapane 2 fette in acciaio inox) è stato
affidato oggi al corriere BRT.

Numero di spedizione: 05812204418827
Consegna prevista: venerdì 12 giugno

Grazie per aver acquistato da Casa Inox Mantovani.
"""))

    case("pasta-video-ricette-youtube", "reject", ["link.external"],
         ["link.insecure", "type.marketing", "style.link-text"],
         "Usage tips that send the buyer to a YouTube video over https: an external link not needed to complete the order.",
         mk("Sfoglia d'Oro Casalinghi <ordini@sfogliadoro.it>", b["pasta"],
            f"Prima sfoglia: qualche consiglio - ordine {o['pasta']}", "Wed, 10 Jun 2026 18:00:00 +0200",
            "<sdo-video-8817736@sfogliadoro.it>", text=f"""Gentile cliente,

per la prima sfoglia con la macchina del Suo ordine {o['pasta']}: impasto
ben riposato, farina sui rulli e sempre dallo spessore 1 al 9, mai saltando.
Il procedimento passo passo è nel nostro video:
https://www.youtube.com/watch?v=Sf0gl1aD0r0

Cordiali saluti,
Sfoglia d'Oro Casalinghi
"""))

    case("seggiolino-pixel-senza-alt", "reject", ["image.tracking-pixel", "style.image-alt"],
         ["image.insecure", "link.external", "review.incentive"],
         "Multi-rule: Isofix fitting reminder carrying a hidden 1x1 remote image with a per-recipient token and an empty alt.",
         mk("BimboSicuro <servizio@bimbosicuro.it>", b["seggiolino"],
            f"Controllo Isofix - ordine {o['seggiolino']}", "Sat, 06 Jun 2026 10:00:00 +0200",
            "<bs-isofix-7706253@bimbosicuro.it>", html=page(f"""<p>Gentile cliente,</p>
<p>dopo le prime settimane d'uso Le consigliamo di controllare il seggiolino del Suo ordine {o['seggiolino']}:
entrambi gli indicatori Isofix devono essere verdi e il piede di supporto deve toccare il pavimento.</p>
<p>Cordiali saluti,<br>BimboSicuro</p>
<img src="https://open.mlsend-track.com/o/7706253/b1f0c93ae2.gif?rcpt=9f8e7d6c5b" width="1" height="1" alt="" style="display:none">""", lang="it")))

    case("tenda-telo-esaurito-nessun-rimborso", "quarantine", ["order-problem.no-adjustment"],
         ["order-problem.cancellation-request", "type.order-confirmation"],
         "The awning fabric is sold out for good and the order cannot ship, but the message neither confirms a refund nor an adjustment.",
         mk("Ombra Viva Tende <ordini@ombraviva.it>", b["tenda"],
            f"Ordine {o['tenda']}: telo non più disponibile", "Mon, 15 Jun 2026 09:00:00 +0200",
            "<ov-esaur-3390478@ombraviva.it>", text=f"""Gentile cliente,

il tessitore ci ha comunicato che il telo ecrù per la tenda da sole del
Suo ordine {o['tenda']} è fuori produzione e non sarà più disponibile.
Purtroppo non siamo quindi in grado di spedire la tenda.

Ci scusiamo sinceramente per l'inconveniente.
Ombra Viva Tende
"""))

    case("pasta-grazie-e-basta", "quarantine", ["type.thank-you-only"],
         ["type.marketing", "review.incentive", "type.order-confirmation"],
         "Warm note (Lei) that thanks the buyer, wishes good cooking and offers help: nothing else remains.",
         mk("Sfoglia d'Oro Casalinghi <ordini@sfogliadoro.it>", b["pasta"],
            f"Grazie! Ordine {o['pasta']}", "Tue, 09 Jun 2026 18:00:00 +0200",
            "<sdo-grazie-8817736@sfogliadoro.it>", text=f"""Gentile cliente,

grazie di cuore per aver scelto Sfoglia d'Oro per il Suo ordine {o['pasta']}.
Siamo una piccola bottega di Bologna e ogni ordine per noi è una festa.
Le auguriamo tante domeniche di tagliatelle fatte in casa!

Per qualsiasi necessità, siamo sempre a Sua disposizione.

Un caro saluto,
Sfoglia d'Oro Casalinghi
"""))

    case("borsa-logo-col-link-al-sito", "reject", ["image.logo-link", "link.external"],
         ["style.image-alt", "style.link-text", "image.product-photo"],
         "Leather-care advice whose header logo is wrapped in a link to the seller's own website (also an external link by nature).",
         mk("Pelletteria Ghiberti <assistenza@pelletteriaghiberti.it>", b["borsa"],
            f"Come curare la Sua borsa - ordine {o['borsa']}", "Mon, 08 Jun 2026 10:00:00 +0200",
            "<pg-cura-1125590@pelletteriaghiberti.it>", html=page(f"""<p><a href="https://www.pelletteriaghiberti.it/"><img src="cid:logo" alt="Pelletteria Ghiberti Firenze" width="180" height="50"></a></p>
<p>Gentile cliente,</p>
<p>il cuoio della Sua borsa (ordine {o['borsa']}) è conciato al vegetale: nelle prime settimane eviti la pioggia
e, una volta al mese, passi un velo di crema neutra con un panno morbido.</p>
<p>Cordiali saluti,<br>Marta Ghiberti</p>""", lang="it"),
            related=[(logo_jpeg("GHIBERTI"), "image", "jpeg", "logo", "ghiberti.jpg")]))

    case("tenda-font-abbreviato", "reject", ["style.font-override"],
         ["style.font-sizes", "style.alignment", "type.order-confirmation"],
         "Installation reminder whose wrapper sets 'font: 14px Arial, sans-serif': the font shorthand overrides the font family.",
         mk("Ombra Viva Tende <ordini@ombraviva.it>", b["tenda"],
            f"Ordine {o['tenda']}: misure per il montaggio", "Thu, 11 Jun 2026 09:00:00 +0200",
            "<ov-font-3390478@ombraviva.it>", html=page(f"""<div style="font: 14px Arial, sans-serif; max-width:600px">
<p>Gentile cliente,</p>
<p>per la tenda del Suo ordine {o['tenda']} ci serve ancora un dato: la distanza in centimetri tra il bordo
superiore della finestra e il soffitto o il balcone superiore. Ci risponda con la misura e confezioniamo le staffe
adatte.</p>
<p>Ombra Viva Tende</p>
</div>""", lang="it")))

# --------------------------------------------------------------------------------------------
# Japanese
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = OID, BUYER

    case("suihanki-henshin-kujou-inyou", "relay", [],
         ["content.sensitive", "order-problem.cancellation-request", "review.removal-request",
          "review.incentive", "content.email-address"],
         "ISO-2022-JP keigo reply: 'ふざけるな', 'キャンセル' and '星1' are the buyer's quoted words; the seller explains error H-02.",
         mk("家電のミナト屋 <support@minatoya-kaden.jp>", b["suihanki"],
            f"Re: 炊飯器のエラーについて（注文番号 {o['suihanki']}）", "Tue, 09 Jun 2026 10:30:00 +0900",
            "<minatoya.re.3318840@minatoya-kaden.jp>", headers=reply_headers("0113019g.buyer.suihanki"),
            charset="iso-2022-jp", cte="7bit", text=f"""お客様

このたびはご不便をおかけし、誠に申し訳ございません。
表示されている「H-02」は、内ぶたのパッキンが正しく装着されていない場合に出るエラーでございます。
内ぶたを一度外し、パッキンの凸部を溝に合わせて押し込んでから、再度お試しくださいませ。

それでも解消しない場合は、このメッセージにご返信ください。交換品を手配いたします。

家電のミナト屋　カスタマーサポート　佐藤

2026年6月8日 21:04 {b['suihanki']}:
> 買ったばかりなのにエラーで炊けない。ふざけるな。
> 直らないならキャンセルして星1をつけます。
"""))

    case("kutsu-review-sjis-neutral", "relay", [],
         ["review.incentive", "review.conditional", "type.thank-you-only", "style.emoji"],
         "Shift_JIS review request in keigo asking for an honest review whatever the impression (base64).",
         mk("ランナーズギア北斗 <info@hokuto-runners.jp>", b["kutsu"],
            f"レビューのお願い（ご注文番号 {o['kutsu']}）", "Sat, 13 Jun 2026 09:00:00 +0900",
            "<hokuto.rv.6627104@hokuto-runners.jp>", charset="shift_jis", cte="base64", text=f"""お客様

先日はランニングシューズ（ご注文番号 {o['kutsu']}）をお買い上げいただき、誠にありがとうございました。
数日お使いいただいたころかと存じます。

良かった点も気になった点も、率直なご感想をAmazonのレビューにお寄せいただけましたら幸いです。
ほかのランナーの方の参考になります。

ランナーズギア北斗
"""))

    rows = f"""<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th style="text-align:left">ご注文番号</th><td>{o['futon']}</td></tr>
<tr><th style="text-align:left">商品名</th><td>羽毛掛け布団 シングル ホワイトダックダウン</td></tr>
<tr><th style="text-align:left">当初の発送予定</th><td>2026年6月15日</td></tr>
<tr><th style="text-align:left">新しい発送予定</th><td>2026年6月22日</td></tr>
</table>"""
    case("futon-nyuka-chien-table", "relay", [],
         ["type.order-confirmation", "order-problem.cancellation-request", "order-problem.no-adjustment",
          "style.alignment", "style.font-sizes"],
         "Rakuten-style delay notice with a bordered table (th with text-align:left): the down supplier is late by a week; the order will ship.",
         mk("寝具の眠り工房 <shop@nemuri-koubou.jp>", b["futon"],
            f"【発送遅延のお詫び】ご注文番号 {o['futon']}", "Sun, 14 Jun 2026 11:00:00 +0900",
            "<nemuri.delay.1184426@nemuri-koubou.jp>", html=page(f"""<p>お客様</p>
<p>このたびは眠り工房をご利用いただき、誠にありがとうございます。羽毛の仕入れ先からの入荷が一週間遅れており、
ご注文の商品の発送が下記のとおり遅れる見込みでございます。大変申し訳ございません。</p>
{rows}
<p>入荷次第、速やかに発送いたします。</p>
<p>寝具の眠り工房</p>""", lang="ja")))

    case("tokei-maker-hoshou-denwa", "relay", [],
         ["content.phone-number", "type.thank-you-only", "return.unnecessary"],
         "Explains how to reset the radio-controlled time reception; the phone number is the manufacturer's warranty desk, on the line after 'メーカー保証'.",
         mk("時計専門店クロノ堂 <support@chronodo.jp>", b["tokei"],
            f"電波受信の設定について（注文番号 {o['tokei']}）", "Thu, 04 Jun 2026 15:00:00 +0900",
            "<chronodo.set.7795531@chronodo.jp>", charset="iso-2022-jp", cte="7bit", text=f"""お客様

ご注文番号 {o['tokei']} のソーラー電波腕時計について、ご案内申し上げます。
一部の時計で、出荷時に電波受信がオフになっていることが判明いたしました。
リューズを2段引いた状態で右下ボタンを3秒押すと、受信がオンになります。

それでも受信しない場合は、本製品のメーカー保証（1年間）の窓口である
光星時計お客様相談室 0120-448-107（平日 9:00〜17:00）へご相談くださいませ。

時計専門店クロノ堂
"""))

    case("keyboard-keycap-iro-shitsumon", "relay", [],
         ["type.thank-you-only", "type.marketing", "type.order-confirmation"],
         "Asks which colour of the bundled spare keycaps the buyer wants, because the set was left out of the box: a question needed to complete the order.",
         mk("キーボード工房ヤマネ <order@yamane-kb.jp>", b["keyboard"],
            f"替えキーキャップの色のご確認（ご注文番号 {o['keyboard']}）", "Wed, 10 Jun 2026 14:00:00 +0900",
            "<yamane.q.4406619@yamane-kb.jp>", text=f"""お客様

ご注文番号 {o['keyboard']} のメカニカルキーボードに同梱すべき替えキーキャップ（Esc・Enter の2個）が、
梱包漏れとなっておりました。大変失礼いたしました。

追ってお送りいたしますので、お色を「レッド」「グレー」のどちらになさるか、ご返信いただけますでしょうか。

キーボード工房ヤマネ
"""))

    # --- violations
    case("kutsu-manzoku-nara-review", "reject", ["review.conditional"],
         ["review.incentive", "review.repeat", "content.email-address"],
         "Review gating in keigo: review if satisfied, and if not, contact the shop before writing a review.",
         mk("ランナーズギア北斗 <info@hokuto-runners.jp>", b["kutsu"],
            f"ご感想のお願い（ご注文番号 {o['kutsu']}）", "Fri, 12 Jun 2026 09:00:00 +0900",
            "<hokuto.cond.6627104@hokuto-runners.jp>", charset="shift_jis", cte="base64", text=f"""お客様

ランニングシューズ（ご注文番号 {o['kutsu']}）はいかがでしょうか。
ご満足いただけましたら、ぜひAmazonにレビューをお寄せくださいませ。
万一ご不満な点がございましたら、レビューをご投稿になる前に、まずは当店までご連絡いただけますと幸いです。

ランナーズギア北斗
"""))

    case("tokei-review-sakujo-onegai", "reject", ["review.removal-request"],
         ["review.incentive", "review.conditional", "content.phone-number"],
         "Politely asks the buyer to delete the low review they posted, now that the reception setting was explained.",
         mk("時計専門店クロノ堂 <support@chronodo.jp>", b["tokei"],
            f"レビューについてのお願い（注文番号 {o['tokei']}）", "Sat, 13 Jun 2026 15:00:00 +0900",
            "<chronodo.del.7795531@chronodo.jp>", charset="iso-2022-jp", cte="7bit", text=f"""お客様

先日は電波受信の件でご迷惑をおかけいたしました（注文番号 {o['tokei']}）。
設定により正常に受信できるようになったとのこと、安心いたしました。

つきましては、誠に恐縮ではございますが、先日ご投稿いただいた星2つのレビューを
削除していただくことは可能でしょうか。ご検討いただけますと幸いです。

時計専門店クロノ堂
"""))

    case("futon-zaiko-gire-cancel-irai", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         ["type.order-confirmation", "content.phone-number"],
         "Out-of-stock quilt: asks the buyer to cancel from their Amazon account and confirms no refund.",
         mk("寝具の眠り工房 <shop@nemuri-koubou.jp>", b["futon"],
            f"在庫切れのお知らせ（ご注文番号 {o['futon']}）", "Mon, 15 Jun 2026 10:00:00 +0900",
            "<nemuri.oos.1184426@nemuri-koubou.jp>", text=f"""お客様

誠に申し訳ございません。ご注文番号 {o['futon']} の羽毛掛け布団は、
仕入れ先の生産終了により在庫切れとなり、お届けできなくなりました。

お手数ではございますが、Amazonの「注文履歴」からご注文のキャンセル手続きをお願いいたします。

寝具の眠り工房
"""))

    case("keyboard-gif-animation", "reject", ["style.animated-gif"],
         ["attachment.not-allowed", "style.image-alt", "style.image-width"],
         "Keycap-swap instructions illustrated with an inline two-frame animated GIF (with alt text).",
         mk("キーボード工房ヤマネ <order@yamane-kb.jp>", b["keyboard"],
            f"キーキャップの交換方法（ご注文番号 {o['keyboard']}）", "Thu, 11 Jun 2026 14:00:00 +0900",
            "<yamane.gif.4406619@yamane-kb.jp>", html=page(f"""<p>お客様</p>
<p>ご注文番号 {o['keyboard']} のキーボードについて、同梱のキープラーでのキーキャップ交換方法をご案内いたします。</p>
<p><img src="cid:howto" alt="キープラーでキーキャップを真上に引き抜く手順" width="220" height="56"></p>
<p>キーボード工房ヤマネ</p>""", lang="ja"),
            related=[(animated_gif(("1: PULL UP", "2: PUSH DOWN")), "image", "gif", "howto", "keycap-howto.gif")]))

    case("suihanki-henpin-hikitome", "quarantine", ["return.unnecessary"],
         ["review.incentive", "order-problem.no-adjustment", "type.thank-you-only"],
         "Return follow-up that only tries to talk the buyer out of returning (the product 'is high quality'): it neither asks for information nor offers a partial refund.",
         mk("家電のミナト屋 <support@minatoya-kaden.jp>", b["suihanki"],
            f"返品のお申し込みについて（注文番号 {o['suihanki']}）", "Fri, 12 Jun 2026 10:00:00 +0900",
            "<minatoya.ret.3318840@minatoya-kaden.jp>", charset="iso-2022-jp", cte="7bit", text=f"""お客様

注文番号 {o['suihanki']} の炊飯器について、返品のお申し込みを拝見いたしました。
本製品は多くのお客様から高い評価をいただいている当店の人気商品でございます。
返品される前に、いま一度お考え直しいただけますと幸いです。

家電のミナト屋
"""))

    case("tokei-betsu-no-kounyusha", "reject", ["order-id.buyer-mismatch"],
         ["order-id.unknown", "window.expired", "language.mismatch"],
         "The watch-order notice is addressed to the buyer of the running shoes, not the watch order's buyer.",
         mk("時計専門店クロノ堂 <support@chronodo.jp>", b["kutsu"],
            f"ベルト調整について（注文番号 {o['tokei']}）", "Wed, 03 Jun 2026 15:00:00 +0900",
            "<chronodo.belt.7795531@chronodo.jp>", text=f"""お客様

注文番号 {o['tokei']} の腕時計のチタンベルトは、2コマ外した状態で出荷しております。
外したコマは箱の底の小袋に入っておりますので、調整の際にお使いくださいませ。

時計専門店クロノ堂
"""))

    case("keyboard-http-gazou", "reject", ["image.insecure"],
         ["image.tracking-pixel", "link.insecure", "style.image-alt"],
         "Notice whose shop logo is loaded over plain http:// (with alt text).",
         mk("キーボード工房ヤマネ <order@yamane-kb.jp>", b["keyboard"],
            f"ファームウェア更新のお知らせ（ご注文番号 {o['keyboard']}）", "Fri, 12 Jun 2026 14:00:00 +0900",
            "<yamane.http.4406619@yamane-kb.jp>", html=page(f"""<p><img src="http://img.yamane-kb.jp/mail/logo-yamane.png" alt="キーボード工房ヤマネ" width="160" height="40"></p>
<p>お客様</p>
<p>ご注文番号 {o['keyboard']} のキーボードで、Fnキーを押しながら F12 を押すとかな入力が切り替わらない不具合がございます。
付属の USB ケーブルで接続し、Fn + Esc を5秒押していただくと、修正済みの設定に切り替わります。</p>
<p>キーボード工房ヤマネ</p>""", lang="ja")))

    case("suihanki-banner-600px", "reject", ["style.image-width"],
         ["style.margin", "image.product-photo", "style.image-alt"],
         "Cleaning instructions headed by a 600 px wide banner image (100 % of the reference width, above 80 %).",
         mk("家電のミナト屋 <support@minatoya-kaden.jp>", b["suihanki"],
            f"内ぶたのお手入れ方法（注文番号 {o['suihanki']}）", "Sun, 07 Jun 2026 10:00:00 +0900",
            "<minatoya.care.3318840@minatoya-kaden.jp>", html=page(f"""<p><img src="cid:banner" alt="家電のミナト屋 お手入れガイド" width="600" height="90"></p>
<p>お客様</p>
<p>注文番号 {o['suihanki']} の炊飯器は、内ぶたとパッキンを毎回外して洗っていただくと、においやエラーを防げます。
パッキンは凸部を溝に合わせて押し込んでくださいませ。</p>
<p>家電のミナト屋</p>""", lang="ja"),
            related=[(banner_png("MINATOYA care guide", 600), "image", "png", "banner", "care-banner.png")]))

    case("kutsu-english-to-jp-buyer", "quarantine", ["language.mismatch"],
         ["type.thank-you-only", "content.spelling"],
         "English-only message about an insole recall sent to a co.jp buyer whose language is Japanese.",
         mk("Hokuto Runners Gear <info@hokuto-runners.jp>", b["kutsu"],
            f"About the insoles in order {o['kutsu']}", "Wed, 10 Jun 2026 09:00:00 +0900",
            "<hokuto.en.6627104@hokuto-runners.jp>", text=f"""Dear customer,

The running shoes in your order {o['kutsu']} may have been packed with the 26.5 cm insoles
instead of 27.0 cm. Could you check the size printed under the heel of the insole and let us
know? If it says 26.5, we will send the correct pair right away.

Hokuto Runners Gear
"""))


# --------------------------------------------------------------------------------------------
# Write and verify
# --------------------------------------------------------------------------------------------

_set_boundaries = partial(set_boundaries, prefix="fourth")


def main() -> None:
    write_orders(ROOT, ORDERS)
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja))
    labels = write_cases(ROOT, CASE_LIST, _set_boundaries, verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders written to {ROOT}; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
