#!/usr/bin/env python3
"""Build the eighty-fourth labelled corpus: orders.csv, cases/*.eml and labels.json.

    .venv/bin/python tests/corpus_eightyfourth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, before reading policies/. The shape and mix of /work/shared/corpus (every rule
family, ~35% compliant near-misses, plain/HTML/alternative, replies, attachments, inline images), in English
(six marketplaces) and ten other languages, as 2026 sellers and their helpdesk tools write.
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
    collect_by_language,
    diagram_png,
    lang_counts,
    logo_png,
    mail_date,
    make_pdf,
    mk,
    page,
    reply_headers,
    serum_jpeg,
    set_boundaries,
    shaped_case,
    verify,
    write_cases,
    write_orders,
    zip_bytes,
)

_rnd = random.Random(84_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "ca": "70", "com.au": "25", "in": "40", "ie": "20", "de": "30",
           "fr": "40", "es": "40", "it": "40", "co.jp": "25", "nl": "40", "se": "20", "pl": "40",
           "com.br": "70", "com.tr": "40"}
_TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp", "nl": "nl", "sv": "se",
        "pl": "pl", "pt": "com.br", "tr": "com.tr"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T09:00:00Z", shipped="2026-06-02T15:00:00Z",
                 delivered="2026-06-05T11:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-12T08:30:00Z"}
SHIPPED = {"shipped": "2026-06-14T07:00:00Z", "delivered": "", "purchased": "2026-06-13T19:00:00Z"}
OLD = {"purchased": "2026-04-20T10:00:00Z", "shipped": "2026-04-21T10:00:00Z", "delivered": "2026-05-08T16:00:00Z"}
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
B64 = {"cte": "base64"}
L1 = {"charset": "windows-1252", "cte": "quoted-printable"}

TARGET = ["language.mismatch", "type.order-confirmation", "type.thank-you-only", "type.marketing",
          "review.incentive", "review.removal-request", "review.conditional", "review.repeat",
          "order-problem.cancellation-request", "order-problem.no-adjustment", "return.unnecessary",
          "content.sensitive", "content.phone-number", "content.email-address", "link.opt-out", "link.external"]
OTHER = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "style.emoji",
         "style.line-breaks", "link.insecure", "attachment.not-allowed", "image.logo-link",
         "image.tracking-pixel", "image.product-photo", "image.insecure", "style.link-text", "style.image-alt",
         "style.animated-gif", "style.margin", "style.image-width", "style.font-override", "style.font-sizes",
         "style.alignment"]

case = partial(shaped_case, CASE_LIST, TARGET, OTHER, thread="0100019c.e84", tag="t84", time="10:12:44")


def hcase(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str, html: str,
          text: str | None = None, related: tuple = (), attach: tuple = (), day: int = 13, reply: bool = False,
          tolerated: tuple[str, ...] = (), mailer: str = "", after: tuple[str, ...] = (), lang: str = "",
          crlf: bool = False) -> None:
    """A case with hand-written HTML (helpdesk / mail-client markup), inline images and attachments."""
    hdrs = reply_headers(f"0100019c.e84.{slug[:24]}") if reply else []
    if mailer:
        hdrs.append(("X-Mailer", mailer))
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*TARGET, *OTHER) if r not in rules and r not in tol]
    msg = mk(frm, to, subject, mail_date(day, "14:03:19", "+0100"), f"<t84h.{slug}@{dom}>", text=text,
             html=html, headers=hdrs, related=related, attach=attach)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, after=after, crlf=crlf,
             lang=lang)


# --------------------------------------------------------------------------------------------
# English (amazon.com, .co.uk, .ca, .com.au, .in, .ie)
# --------------------------------------------------------------------------------------------

def cases_en() -> None:  # noqa: PLR0915
    frm = "Harbor & Pine Home <care@harborandpine.com>"
    o, b = order("en-review", "en", "Ceramic Pour-Over Coffee Dripper, Matte Sage")
    case("en-review-neutral-care", "relay", [],
         "Care tips then a plain request for an honest review, good or bad: no benefit, no condition; first "
         "request for this order.",
         to=b, frm=frm, day=9, subject=f"Getting the most from your dripper - order {o}", text=f"""Hi there,

Your pour-over dripper from order {o} arrived last week, so here are two
quick tips that make a real difference:

1. Rinse the paper filter with hot water before adding coffee - it takes the
   papery taste away and warms the ceramic.
2. Aim for a medium-fine grind, about like table salt.

Once you've brewed with it a few times, we'd be grateful if you shared your
honest experience in a review on Amazon. Whatever you think of it, it helps
other coffee drinkers decide.

Best,
Nora at Harbor & Pine""")
    case("en-review-nudge-again", "reject", ["review.repeat"],
         "A reminder asking again for a review on the same order after the first request was relayed.",
         to=b, frm=frm, day=14, after=("en-review-neutral-care",),
         subject=f"Quick reminder about order {o}", text=f"""Hi again,

Just circling back on your dripper (order {o}). If you have a
spare minute, a short review on Amazon would still mean a lot to our small
team. No pressure at all.

Thanks,
Nora""")

    o, b = order("en-incentive", "en", "Bamboo Bath Mat, Non-Slip, 24 x 16 in")
    case("en-review-refund-shipping", "reject", ["review.incentive"],
         "Offers to refund the shipping cost once the buyer posts a review: a review tied to a refund.",
         to=b, frm="Tidewell Goods <hello@tidewellgoods.com>", fmt="alt",
         subject=f"Your bath mat (order {o})", text=f"""Hello,

Thanks for picking our bamboo bath mat, order {o}. We hope it's keeping your
floors dry.

Here's a little thank-you from us: post your review on Amazon, reply with a
screenshot, and we'll refund the $6.99 you paid for shipping.

Warm regards,
The Tidewell team""")

    o, b = order("en-gating", "en", "Stainless Steel Garlic Press", tld="ca")
    case("en-review-only-if-happy", "reject", ["review.conditional"],
         "Review gating: a review only if satisfied, otherwise contact the seller first.",
         to=b, frm="Maple Kitchen Co. <support@maplekitchen.ca>",
         subject=f"How is your garlic press? Order {o}", text=f"""Hi,

Your garlic press (order {o}) should be in your drawer by now.

If it's been working well for you, we'd really appreciate a review on
Amazon. And if anything isn't quite right, please message us before posting
so we can make it right first.

Cheers,
Liam | Maple Kitchen Co.""")

    o, b = order("en-removal", "en", "Kids' Insulated Lunch Box, Dinosaur Print", tld="co.uk")
    case("en-reply-change-review", "reject", ["review.removal-request"],
         "Reply after resolving a complaint that asks the buyer to revise their one-star review.",
         to=b, frm="Lunchly UK <team@lunchly.co.uk>", reply="The zip broke on day two. Left a review about it.",
         subject=f"Re: Broken zip - order {o}", text=f"""Hi,

So sorry about the zip. A replacement lunch box for order {o} went out
this morning with Royal Mail Tracked 48.

Once it arrives and you're happy with it, would you mind going back and
amending your one-star review to reflect how we sorted it?

Kind regards,
Priya""")

    o, b = order("en-review-nomoney", "en", "Cast Iron Skillet 10 inch, Pre-Seasoned", tld="com.au")
    case("en-review-says-no-gift", "relay", [],
         "A neutral request that mentions gift cards and refunds only to say none are offered: no incentive.",
         to=b, frm="Outback Iron <hello@outbackiron.com.au>", fmt="alt",
         subject=f"Your skillet, order {o}", text=f"""G'day,

Hope the skillet from order {o} is already turning out great steaks.
A quick tip: after washing, dry it on the stove and wipe on a thin film of
oil.

If you feel like it, you're welcome to leave a review on Amazon. We don't
offer gift cards, refunds or freebies for reviews - we just like to hear
how customers get on, good or bad.

Cheers,
Jack""")

    o, b = order("en-oos-cancel", "en", "Linen Throw Pillow Cover 18x18, Rust", **OOS)
    case("en-oos-please-cancel", "reject", ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Out of stock and the buyer is asked to cancel from their account; no refund or adjustment confirmed.",
         to=b, frm="Loomhouse <orders@loomhouse.com>",
         subject=f"About your order {o}", text=f"""Hello,

We're sorry, but the rust pillow cover in order {o} has sold out
faster than we expected and our next batch is weeks away.

Could you please cancel the order through Your Orders on Amazon? That's the
quickest way to close it out.

Apologies again,
Loomhouse Customer Care""")

    o, b = order("en-oos-refunded-cancel", "en", "Wool Dryer Balls, Set of 6", tld="in", **OOS)
    case("en-oos-refunded-but-cancel", "reject", ["order-problem.cancellation-request"],
         "Refund confirmed with the reason, yet the buyer is still asked to request the cancellation.",
         to=b, frm="GreenLoop India <care@greenloop.in>",
         subject=f"Order {o} - item unavailable", text=f"""Dear Customer,

The wool dryer balls in your order {o} are out of stock because our
supplier's shipment was held at customs. We have refunded the full amount of
Rs. 899 to your original payment method.

To complete the process, please also submit a cancellation request for this
order from your Amazon account.

Regards,
GreenLoop Support""")

    o, b = order("en-oos-wait", "en", "Handmade Soy Candle, Sea Salt & Sage", tld="ie", **OOS)
    case("en-oos-no-adjustment", "quarantine", ["order-problem.no-adjustment"],
         "Cannot ship for now, promises to update: no confirmation that the order amount was adjusted.",
         to=b, frm="Wick & Wild <hello@wickandwild.ie>",
         subject=f"Delay on your candle - order {o}", text=f"""Hi,

Bad news on order {o}, I'm afraid: our Sea Salt & Sage candle is out of
stock after a wax shortage, and we can't send it this week.

We'll be in touch as soon as the next pour is ready.

Sorry for the wait,
Aoife""")

    o, b = order("en-oos-ok", "en", "Leather Watch Strap 20mm, Tan", **OOS)
    case("en-oos-refunded-no-cancel-needed", "relay", [],
         "Out of stock, refunded in full with the reason, and 'you don't need to cancel anything': compliant.",
         to=b, frm="Strapworks <service@strapworks.com>", fmt="alt",
         subject=f"Order {o}: refunded - strap out of stock", text=f"""Hi,

Unfortunately the tan 20mm strap from order {o} is out of stock: the last
batch failed our stitching check. We've issued a full refund of $34.00,
which should show up within 3-5 business days.

You don't need to cancel anything on your side. Sorry for the letdown.

Best,
Marco at Strapworks""")

    o, b = order("en-return-dissuade", "en", "Electric Milk Frother, Handheld", tld="co.uk")
    case("en-return-talk-out", "quarantine", ["return.unnecessary"],
         "Contacts the buyer about a return only to talk them out of it; asks for nothing and offers no partial "
         "refund.",
         to=b, frm="Froth & Co <support@frothandco.co.uk>",
         subject=f"Your return request - order {o}", text=f"""Hello,

We've seen your return request for the milk frother on order {o}.

Before you send it back, we'd just like to say that most customers find it
takes a couple of tries to get the perfect foam. Maybe give it another
week? We're sure you'll grow to love it.

All the best,
Froth & Co""")

    o, b = order("en-return-info", "en", "Noise-Cancelling Sleep Earbuds", tld="com.au")
    case("en-return-ask-info", "relay", [],
         "Return message asking for the information needed to process it (which earbud, serial): allowed.",
         to=b, frm="QuietNight <help@quietnight.com.au>",
         subject=f"Your return for order {o}", text=f"""Hi,

Thanks for logging a return for the sleep earbuds on order {o}. So we can
route it to the right team, could you tell us:

- which earbud is faulty (left, right or both), and
- the serial number printed inside the charging case lid?

Just reply to this message and we'll take it from there.

Thanks,
QuietNight Support""")

    o, b = order("en-partial", "en", "Glass Meal Prep Containers, 10 Pack", tld="ca")
    case("en-return-partial-refund", "relay", [],
         "Offers a partial refund instead of a return for a chipped lid: allowed purpose.",
         to=b, frm="Prepwise <care@prepwise.ca>", fmt="alt",
         subject=f"Chipped lid on order {o}", text=f"""Hi,

We're sorry one of the lids in your order {o} arrived chipped.

Rather than sending the whole set back, we can offer a partial refund of
CA$8 to cover the damaged lid, and you keep the rest. If you'd still prefer
the full return, that's completely fine too; just let us know.

Regards,
Dana, Prepwise""")

    o, b = order("en-ship", "en", "Yoga Mat 6mm, Dusty Rose", **SHIPPED)
    case("en-dispatch-notice", "quarantine", ["type.order-confirmation"],
         "Proactive 'your order has shipped' with carrier and tracking number: duplicates Amazon's notice.",
         to=b, frm="Flowform <orders@flowform.com>",
         subject=f"Good news - order {o} is on its way", text=f"""Hi,

Great news! Your Dusty Rose yoga mat (order {o}) has been packed and
handed to UPS.

Tracking number: 1Z 84F 2W0 03 1937 5526
Estimated delivery: Wednesday, June 17

Thanks for shopping with Flowform!""")

    o, b = order("en-track-reply", "en", "Ergonomic Seat Cushion, Memory Foam")
    case("en-reply-where-parcel", "relay", [],
         "Reply to the buyer's 'where is my parcel?' with the tracking number and the carrier's phone line.",
         to=b, frm="Posture Lab <support@posturelab.com>",
         reply="Hi, tracking hasn't updated in 3 days. Where is my cushion?",
         subject=f"Re: Where is my order {o}?", text=f"""Hi,

Sorry for the worry. Your cushion (order {o}) is with USPS under tracking
9400 1118 9922 3847 6501 12. It was scanned at the regional hub yesterday.

If it still hasn't moved by Tuesday, USPS customer service can open a trace:
call them on 1-800-275-8777 with that tracking number.

Best,
Sam""")

    o, b = order("en-ty", "en", "Microfiber Cleaning Cloths, 24 Pack", tld="co.uk")
    case("en-thanks-only", "quarantine", ["type.thank-you-only"],
         "Says only thank you and 'here to help': nothing else remains.",
         to=b, frm="ShineRight <hello@shineright.co.uk>",
         subject=f"Thank you for your order {o}", text=f"""Hello,

Thank you so much for choosing ShineRight - order {o} means a lot to
our family business.

If there's ever anything we can help with, we're only a message away.

Warm wishes,
The ShineRight team""")

    o, b = order("en-mkt", "en", "Beeswax Food Wraps, Assorted 3 Pack", tld="com.au")
    case("en-next-order-code", "quarantine", ["type.marketing"],
         "A delivery check that ends with a discount code for the next order and a new range: promotion.",
         to=b, frm="Hive Kitchen <hi@hivekitchen.com.au>", fmt="alt",
         subject=f"Your wraps + something for next time (order {o})", text=f"""Hi!

Your beeswax wraps from order {o} should have landed. To keep them tacky,
wash in cool water only.

P.S. Our new silicone lid range just launched. Use code HIVE15 for 15% off
your next order from our storefront.

Buzz soon,
Hive Kitchen""")

    o, b = order("en-promo-reply", "en", "Stainless Water Bottle 32oz, Matte Black")
    case("en-reply-coupon-question", "relay", [],
         "Answers the buyer's question about why a coupon did not apply; discount words in an allowed answer.",
         to=b, frm="Summit Hydro <support@summithydro.com>",
         reply="There was a 20% coupon on the page but I was charged full price?",
         subject=f"Re: Coupon on order {o}", text=f"""Hi,

Good question. The 20% coupon on the listing has to be clipped before
checkout; it isn't applied automatically, which is why order {o} was
charged the regular price.

Since it was clearly showing when you ordered, we've refunded the
difference of $5.80 to you today.

Cheers,
Summit Hydro""")

    o, b = order("en-phone", "en", "Cordless Handheld Vacuum, 12V", tld="ca")
    case("en-own-support-line", "reject", ["content.phone-number"],
         "The seller's own support line: not a warranty, carrier or manufacturer number.",
         to=b, frm="Brightnest <service@brightnest.ca>",
         subject=f"Setting up your vacuum - order {o}", text=f"""Hi,

Thanks for order {o}. Please charge the vacuum fully (about 4 hours)
before first use so the battery calibrates.

Questions? Call our team any weekday on (416) 555-0193 and we'll walk you
through it.

Brightnest Customer Care""")

    o, b = order("en-warranty-phone", "en", "Espresso Machine 15 Bar, Stainless", tld="co.uk")
    case("en-manufacturer-warranty-line", "relay", [],
         "Manufacturer's warranty helpline next to the word 'warranty': an allowed phone number.",
         to=b, frm="Crema Direct <help@cremadirect.co.uk>",
         reply="The pump is making a loud buzzing noise, what should I do?",
         subject=f"Re: Espresso machine noise - order {o}", text=f"""Hello,

I'm sorry to hear that. A buzzing pump on this model is covered by the
manufacturer's 2-year warranty, and they repair it free of charge.

For warranty repairs, the manufacturer's UK helpline is 0330 123 4567
(Mon-Fri, 9am-5pm). Please have order {o} and the serial number
from the base of the machine ready.

Best regards,
Tom""")

    o, b = order("en-email", "en", "Custom Engraved Cutting Board, Walnut")
    case("en-send-photos-to-inbox", "reject", ["content.email-address"],
         "Asks the buyer to email the engraving text to a personal address written in the body.",
         to=b, frm="Grain & Name <orders@grainandname.com>",
         subject=f"Engraving details needed - order {o}", text=f"""Hi,

Thanks for ordering the engraved walnut board (order {o}). We need the
exact text you'd like engraved, up to 30 characters.

Easiest is to email it straight to our workshop at
workshop.grainandname@gmail.com so it lands with the engraver.

Thanks!
Grain & Name""")

    o, b = order("en-engrave-ok", "en", "Personalised Leather Keyring", tld="ie")
    case("en-engraving-reply-here", "relay", [],
         "Asks for the personalisation text via a reply to this message: information needed for the order.",
         to=b, frm="Tannery Lane <hello@tannerylane.ie>",
         subject=f"Your keyring initials - order {o}", text=f"""Hi,

To start on your personalised keyring (order {o}), we just need the
initials you'd like stamped - up to three letters.

Simply reply to this message with them. If we don't hear back by Thursday
we'll get in touch again before anything is made.

Thanks,
Ciara""")

    o, b = order("en-http", "en", "LED Desk Lamp with USB Port")
    case("en-http-manual-link", "reject", ["link.insecure"],
         "Plain-text link to the seller's manual page over http: link.insecure; link.external judges https links "
         "only (RULES.md), so it stays silent (label corrected after the blind score).",
         to=b, frm="Lumio <support@lumio-lights.com>",
         subject=f"Your desk lamp manual - order {o}", text=f"""Hi,

A few customers have asked how to set the lamp's colour temperature memory,
so here is the full manual for your lamp from order {o}:

http://lumio-lights.com/manuals/dl-204.pdf

Hold the mode button for three seconds to save your favourite setting.

Lumio Support""")

    o, b = order("en-ext", "en", "Wall-Mounted Bike Rack, Steel", tld="co.uk")
    case("en-install-video-own-site", "reject", ["link.external"],
         "An https link to the seller's own site for an installation video: external, not an Amazon link.",
         to=b, frm="Hangtight <care@hangtight.co.uk>", fmt="alt",
         subject=f"Fitting your bike rack (order {o})", text=f"""Hello,

Before you drill, have a look at our two-minute fitting video for the rack in
order {o}:
https://www.hangtight.co.uk/fitting/br-100

Use the wall plugs for brick, not plasterboard.

Cheers,
Hangtight""")

    o, b = order("en-amazon-link", "en", "Replacement Filter Cartridges, 3 Pack", tld="ca")
    case("en-amazon-returns-link", "relay", [],
         "Reply pointing to Amazon's own return centre over https: Amazon links are allowed.",
         to=b, frm="ClearFlow <support@clearflow.ca>",
         reply="These filters don't fit my pitcher. How do I return them?",
         subject=f"Re: Return filters order {o}", text=f"""Hi,

Sorry they don't fit - the cartridges in order {o} are for the 10-cup model.
You can start the return from Amazon's Returns Centre:
https://www.amazon.ca/gp/css/returns/homepage.html

Once it's scanned we'll refund you straight away.

ClearFlow Support""")

    o, b = order("en-optout", "en", "Organic Cotton Baby Swaddle, 2 Pack")
    case("en-reply-stop-footer", "reject", ["link.opt-out"],
         "A delivery-check message whose footer tells the buyer how to stop receiving the seller's emails.",
         to=b, frm="Little Sprout <hello@littlesprout.com>",
         subject=f"How are the swaddles? Order {o}", text=f"""Hi,

Just checking that the swaddles from order {o} arrived safely and in good
condition. Wash them before first use; they'll get softer with each wash.

--
Little Sprout
Don't want these emails? Reply STOP and we'll unsubscribe you.""")

    o, b = order("en-opt-word", "en", "Dual Tea Kettle, Gooseneck 1L", tld="in")
    case("en-opt-for-replacement", "relay", [],
         "'You can opt for a replacement or a refund': opt as a verb, no opt-out.",
         to=b, frm="Brewhaus India <care@brewhaus.in>", reply="The lid hinge is loose on my kettle.",
         subject=f"Re: Loose lid - order {o}", text=f"""Hello,

Thank you for letting us know about the lid on order {o}.

You can opt for a free replacement kettle or a full refund, whichever
suits you better. Just tell us which one, and whether the lid still closes
at all.

Regards,
Brewhaus Care""")

    o, b = order("en-rude", "en", "Heavy-Duty Tarp 10x12 ft", tld="com.au")
    case("en-reply-swearing", "quarantine", ["content.sensitive"],
         "A seller losing their temper with profanity in the reply: offensive language.",
         to=b, frm="TradeTuff <sales@tradetuff.com.au>",
         reply="Your tarp is garbage and so is your service.",
         subject=f"Re: Tarp order {o}", text=f"""Mate,

We've sent you three replies about order {o} already. The tarp is rated for
rain, not for your bloody cyclone. Stop sending us this crap and read the
label.

TradeTuff""")

    o, b = order("en-emoji", "en", "Ceramic Plant Pots, Set of 3")
    case("en-emoji-signoff", "reject", ["style.emoji"],
         "A friendly delivery check with a plant emoji and a smiley in the sign-off.",
         to=b, frm="Potting Bench <hi@pottingbench.com>",
         subject=f"Your pots have landed {o}", text=f"""Hi!

Your pots from order {o} were delivered on Friday. One tip: put a piece of
mesh over the drainage hole so soil doesn't wash out.

Happy planting 🌱 :)
The Potting Bench crew""")

    o, b = order("en-times", "en", "Adjustable Dumbbells 2x24kg", tld="co.uk")
    case("en-delivery-slot-times", "relay", [],
         "Times (10:30-13:00), a 1:1 ratio, (c) sign and numbered list markers: none are emoji or emoticons.",
         to=b, frm="IronHouse UK <delivery@ironhouse.co.uk>",
         reply="Can you tell me when the dumbbells will come? They need a signature.",
         subject=f"Re: Delivery slot order {o}", text=f"""Hi,

Your dumbbells (order {o}) are booked with the courier for Tuesday between
10:30 and 13:00. Two things to know:

1) Someone needs to sign, as they weigh 48kg together.
2) The weight plates are mixed 1:1 iron and steel, so a faint oil smell is normal.

IronHouse (c) 2026""")

    case("en-no-order-id", "reject", ["order-id.missing"],
         "A proactive shipping-delay note with no order ID anywhere.",
         to=order("en-missing", "en", "Rattan Laundry Basket with Lid")[1], frm="Weave & Co <help@weaveco.com>",
         subject="A short delay on your laundry basket", text="""Hi,

Your rattan laundry basket is taking a little longer than planned: our
courier collection was moved to Thursday, so it will reach you around
two days later than shown.

Sorry for the wait,
Weave & Co""")

    o, b = order("en-unknown-src", "en", "Silk Pillowcase, Queen, Champagne")
    case("en-unknown-order", "reject", ["order-id.unknown"],
         "Names an order ID that is not in the order store for this seller.",
         to=b, frm="Satin Rest <care@satinrest.com>",
         subject="Your pillowcase order 113-5550123-9876543", text="""Hello,

We've received your question about the washing temperature for order
113-5550123-9876543: wash at 30 degrees in a mesh bag and air dry.

Kind regards,
Satin Rest""")

    o1, _ = order("en-mismatch-a", "en", "Trail Running Socks, 3 Pairs")
    _, b2 = order("en-mismatch-b", "en", "Trail Running Gaiters")
    case("en-wrong-buyer", "reject", ["order-id.buyer-mismatch"],
         "Names an order that belongs to another buyer than the recipient.",
         to=b2, frm="Ridgeline Gear <support@ridgelinegear.com>",
         subject=f"Sizing check for order {o1}", text=f"""Hi,

Just confirming the sock size on order {o1}: we have you down for
size L (US 9-12). If that's wrong, reply today and we'll swap it before
it leaves.

Ridgeline Gear""")

    o, b = order("en-old", "en", "Cotton Waffle Bathrobe, Grey", tld="co.uk", **OLD)
    case("en-expired-check-in", "reject", ["window.expired"],
         "A proactive check-in 38 days after delivery: past the 30-day window.",
         to=b, frm="Softloom <hello@softloom.co.uk>",
         subject=f"How's your robe? Order {o}", text=f"""Hi,

It's been a few weeks since your waffle robe (order {o}) arrived. If the
hem has come loose anywhere, let us know and we'll send a fix-it kit.

Softloom""")

    o, b = order("en-old-reply", "en", "Camping Hammock with Straps", tld="ca", **OLD)
    case("en-old-order-reply", "relay", [],
         "Reply to the buyer about an order delivered 38 days ago: the window applies to proactive messages.",
         to=b, frm="Northwoods Outfitters <care@northwoods.ca>",
         reply="One of the carabiners cracked. Can I get a new one?",
         subject=f"Re: Hammock carabiner - order {o}", text=f"""Hi,

Absolutely. A replacement carabiner for order {o} goes out tomorrow; no
need to return the cracked one, just don't use it.

Happy camping,
Northwoods Outfitters""")

    o, b = order("en-late-ship", "en", "Oak Floating Shelves, Set of 2", purchased="2026-05-08T10:00:00Z",
                 shipped="2026-05-20T12:00:00Z", delivered="")
    case("en-shipped-26-days-lost", "relay", [],
         "Bought 38 days ago, shipped 26 days ago, never delivered: completion is the ship date, inside the window.",
         to=b, frm="Timberline Shelves <support@timberlineshelves.com>",
         subject=f"Checking on order {o}", text=f"""Hi,

Our carrier shows order {o} as still in transit, which is far too long.
We've opened a trace with them. Could you confirm your delivery address
includes the apartment number, so we can tell them?

Timberline Shelves""")

    o, b = order("en-lang", "es", "Portable Blender 380ml, Coral")
    case("en-to-spanish-buyer", "quarantine", ["language.mismatch"],
         "English message to an amazon.com buyer whose stored language is Spanish.",
         to=b, frm="BlendGo <help@blendgo.com>",
         subject=f"Charging your blender - order {o}", text=f"""Hi,

Before first use, charge your portable blender from order {o} for about
three hours with the USB-C cable in the box. The light turns green when it's
full.

BlendGo""")

    o, b = order("en-fr-ca", "fr", "Tuque en laine mérinos, charbon", tld="ca")
    case("en-ca-french-buyer-in-french", "relay", [],
         "amazon.ca buyer whose preferred language is French, written to in French: the buyer's language wins.",
         to=b, frm="Laine du Nord <service@lainedunord.ca>", lang="fr",
         subject=f"Entretien de votre tuque - commande {o}", text=f"""Bonjour,

Merci pour votre commande {o}. Pour garder votre tuque en mérinos bien
douce, lavez-la à la main à l'eau froide et faites-la sécher à plat.

Bonne journée,
Laine du Nord""")

    o, b = order("en-spell", "en", "Cat Scratching Post, 32 inch", tld="in")
    case("en-spelling-mess", "relay", ["content.spelling"],
         "A delay notice full of egregious misspellings: warned, still relayed.",
         to=b, frm="Purrfect Pets <care@purrfectpets.in>",
         subject=f"Delay in your order {o}", text=f"""Dear custmer,

We are verry sory to infrom you that your scrathing post for order {o}
will be delaied by too days becuase the curier did not colect the parsel
yesterdy. We will definatly send it tommorow.

Thankyou for you're patiance,
Purrfect Pets""")
    CASE_LIST[-1]["tolerated"] = []  # content.spelling is the finding here, not a tolerated one

    # ---------- HTML and attachments (helpdesk tools, Outlook, Shopify-ish templates) ----------
    o, b = order("en-outlook", "en", "Blackout Curtains 52x84, Navy", tld="co.uk")
    hcase("en-outlook-calibri", "reject", ["style.font-override"],
          "Outlook HTML that sets Calibri and a text colour on the body: a font family and colour override.",
          to=b, frm="Drape Room <sales@draperoom.co.uk>", mailer="Microsoft Outlook 16.0",
          subject=f"Curtain hooks for order {o}",
          text=f"Hello,\n\nThe hooks for order {o} were missing from the box; a pack is in the post today.\n\nDrape Room\n",
          html=page(f"""<div class="WordSection1">
<p class="MsoNormal"><span style="font-family:Calibri,sans-serif;color:#1F3864">Hello,</span></p>
<p class="MsoNormal"><span style="font-family:Calibri,sans-serif;color:#1F3864">The hooks for order {o} were missing
from the box; a pack is in the post today.</span></p>
<p class="MsoNormal"><span style="font-family:Calibri,sans-serif;color:#1F3864">Drape Room</span></p>
</div>"""))

    o, b = order("en-gmail", "en", "Memory Foam Bath Pillow")
    hcase("en-gmail-plain-html", "relay", [],
          "Gmail-style HTML (div dir=ltr, one <br> between paragraphs, an explicit left alignment): no style "
          "override.",
          to=b, frm="Soakwell <hello@soakwell.com>",
          subject=f"Suction cups for order {o}",
          html=page(f"""<div dir="ltr"><div>Hi,</div><div><br></div>
<div style="text-align:left">The suction cups on the bath pillow (order {o}) grip best on a dry,
clean tub. Press them firmly for ten seconds after placing.</div><div><br></div>
<div>Best,<br>Soakwell</div></div>"""))

    o, b = order("en-center", "en", "Silicone Baking Mat, Half Sheet", tld="ca")
    hcase("en-shopify-centered", "reject", ["style.alignment"],
          "A template whose body table is centred (align=center and text-align:center).",
          to=b, frm="Bakehaus <orders@bakehaus.ca>",
          subject=f"Using your baking mat - order {o}",
          html=page(f"""<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td align="center" style="text-align:center;padding:16px">
<p>Hi there,</p>
<p>Your baking mats from order {o} are oven-safe to 250&nbsp;&deg;C. Never cut on them with a knife.</p>
<p>Bakehaus</p>
</td></tr></table>"""))

    o, b = order("en-breaks", "en", "Wooden Toy Train Set, 52 Pieces", tld="com.au")
    hcase("en-html-triple-br", "reject", ["style.line-breaks"],
          "Three <br> in a row between the body and the signature.",
          to=b, frm="Little Loco <hello@littleloco.com.au>",
          subject=f"Missing track piece - order {o}",
          html=page(f"""<p>Hi,</p>
<p>We've posted the missing curved track piece for order {o} in a padded envelope today.<br><br><br>
Little Loco</p>"""))

    o, b = order("en-breaks-txt", "en", "Acacia Serving Board", tld="ie")
    case("en-plain-triple-newline", "reject", ["style.line-breaks"],
         "Plain text with three line breaks in a row (two blank lines) before the signature.",
         to=b, frm="Oak & Acacia <hi@oakandacacia.ie>",
         subject=f"Oiling your board - order {o}", text=f"""Hi,

Oil the serving board from order {o} once a month with food-safe mineral
oil and let it soak overnight.



Oak & Acacia""")

    o, b = order("en-sizes", "en", "Kids' Art Easel, Double-Sided")
    hcase("en-four-font-sizes", "reject", ["style.font-sizes"],
          "An h1, an h3, 13px body text and 10px small print: four distinct sizes.",
          to=b, frm="Easel Kids <hello@easelkids.com>",
          subject=f"Assembling your easel - order {o}",
          html=page(f"""<h1>Assembly help</h1>
<h3>Order {o}</h3>
<p style="font-size:13px">Attach the paper roll holder last, after both boards are locked in place.</p>
<p style="font-size:10px">Easel Kids</p>"""))

    o, b = order("en-margin", "en", "Bamboo Drawer Dividers, 4 Pack", tld="co.uk")
    hcase("en-wide-margins", "reject", ["style.margin"],
          "A content block with 25% side padding: over the 20% margin limit.",
          to=b, frm="Tidy Drawer <care@tidydrawer.co.uk>",
          subject=f"Drawer dividers - order {o}",
          html=page(f"""<div style="padding:0 25%">
<p>Hello,</p>
<p>The dividers from order {o} expand from 43 to 56 cm; twist the end caps to lock them.</p>
<p>Tidy Drawer</p>
</div>"""))

    o, b = order("en-margin-ok", "en", "Bamboo Toothbrushes, 8 Pack", tld="com.au")
    hcase("en-small-padding-ok", "relay", [],
          "24px padding and a 300px-wide inline diagram with alt text: inside the margin and width limits.",
          to=b, frm="Bristle Co <help@bristleco.com.au>",
          subject=f"Storing your toothbrushes - order {o}",
          related=((diagram_png(), "image", "png", "steps", "storage-steps.png"),),
          html=page(f"""<div style="padding:24px">
<p>Hi,</p>
<p>To keep the bamboo handles from your order {o} dry, store them upright as shown:</p>
<p><img src="cid:steps" width="300" alt="Three steps: rinse, shake dry, store upright"></p>
<p>Bristle Co</p>
</div>"""))

    o, b = order("en-wide", "en", "Standing Desk Frame, Dual Motor", tld="ca")
    hcase("en-banner-too-wide", "reject", ["style.image-width"],
          "An inline header image 560 px wide: over 80% of the 600 px reference.",
          to=b, frm="Riser Desks <support@riserdesks.ca>",
          subject=f"Desk frame calibration - order {o}",
          related=((banner_png("RISER DESKS - calibration", 560), "image", "png", "hdr", "header.png"),),
          html=page(f"""<p><img src="cid:hdr" alt="Riser Desks calibration guide"></p>
<p>Hi,</p>
<p>If your frame from order {o} stops at different heights, hold the down button for 10 seconds to reset it.</p>
<p>Riser Desks</p>"""))

    o, b = order("en-noalt", "en", "Hand-Thrown Stoneware Mug", tld="ie")
    hcase("en-logo-no-alt", "reject", ["style.image-alt"],
          "An inline logo with no alt attribute.",
          to=b, frm="Kiln Lane <studio@kilnlane.ie>",
          subject=f"About your mug - order {o}",
          related=((logo_png("Kiln Lane"), "image", "png", "logo", "kilnlane.png"),),
          html=page(f"""<p><img src="cid:logo" width="150" height="44"></p>
<p>Hi,</p>
<p>Each mug is glazed by hand, so small speckles on your mug from order {o} are part of the glaze, not
damage. It is dishwasher safe.</p>
<p>Kiln Lane</p>"""))

    o, b = order("en-linktext", "en", "Smart Plug, 4 Pack", tld="in")
    hcase("en-click-here-link", "reject", ["style.link-text"],
          "An Amazon https link whose only text is 'click here'.",
          to=b, frm="Homewise <support@homewise.in>",
          subject=f"Setting up your smart plugs - order {o}",
          html=page(f"""<p>Hello,</p>
<p>To pair the smart plugs from order {o} with Alexa, <a href="https://www.amazon.in/alexa-skills">click here</a>
and enable our skill.</p>
<p>Homewise</p>"""))

    o, b = order("en-linktext-ok", "en", "Electric Toothbrush Heads, 6 Pack", tld="co.uk")
    hcase("en-descriptive-amazon-link", "relay", [],
          "An Amazon link with explanatory text ('Start your return in Amazon's Returns Centre').",
          to=b, frm="Brightsmile <care@brightsmile.co.uk>", reply=True,
          subject=f"Re: Wrong brush heads - order {o}",
          html=page(f"""<p>Hi,</p>
<p>Apologies, the heads in order {o} are the compact size. Please
<a href="https://www.amazon.co.uk/gp/css/returns/homepage.html">start your return in Amazon's Returns Centre</a>
and we'll send the standard size straight away.</p>
<p>Brightsmile</p>"""))

    o, b = order("en-pixel", "en", "Resistance Bands Set, 5 Levels")
    hcase("en-tracking-pixel", "reject", ["image.tracking-pixel", "style.image-alt"],
          "A 1x1 remote image on a mail-tracking host with a per-recipient token and empty alt.",
          to=b, frm="FlexFit <coach@flexfit.com>", mailer="Gorgias",
          subject=f"Your resistance bands - order {o}",
          html=page(f"""<p>Hi,</p>
<p>The bands in order {o} are colour-coded from yellow (lightest) to black (heaviest). Start with yellow
for the first week.</p>
<p>FlexFit</p>
<img src="https://open.mailtrack-pixel.io/o/8f3a91c2e7b4?r=b84x1" width="1" height="1" alt="">"""))

    o, b = order("en-insecure-img", "en", "Copper Moscow Mule Mugs, Set of 4", tld="com.au")
    hcase("en-http-logo-image", "reject", ["image.insecure"],
          "The signature logo is loaded over http (not linked).",
          to=b, frm="Copperline <hello@copperline.com.au>",
          subject=f"Caring for copper - order {o}",
          html=page(f"""<p>G'day,</p>
<p>To keep the mugs from order {o} shiny, hand wash and dry straight away; lemon and salt remove tarnish.</p>
<p><img src="http://cdn.copperline.com.au/mail/logo.png" width="140" height="40" alt="Copperline"></p>"""))

    o, b = order("en-logolink", "en", "Linen Napkins, Set of 8", tld="ca")
    hcase("en-logo-links-to-shop", "reject", ["image.logo-link", "link.external"],
          "The brand logo is wrapped in a link to the seller's own website.",
          to=b, frm="Table & Thread <hello@tableandthread.ca>",
          subject=f"Washing your napkins - order {o}",
          related=((logo_png("Table & Thread"), "image", "png", "brand", "logo.png"),),
          html=page(f"""<p>Hi,</p>
<p>Linen softens with every wash: wash the napkins from order {o} at 40 degrees and skip the fabric softener.</p>
<p><a href="https://tableandthread.ca"><img src="cid:brand" width="150" height="44" alt="Table &amp; Thread"></a></p>"""))

    o, b = order("en-photo", "en", "Vitamin C Face Serum 30ml")
    hcase("en-product-photo", "quarantine", ["image.product-photo"],
          "An inline photo whose alt text and file name name the purchased serum.",
          to=b, frm="Glow Theory <care@glowtheory.com>",
          subject=f"Using your serum - order {o}",
          related=((serum_jpeg(), "image", "jpeg", "serum", "vitamin-c-face-serum-30ml.jpg"),),
          html=page(f"""<p>Hi,</p>
<p>Apply 3-4 drops of your serum from order {o} in the morning, before sunscreen.</p>
<p><img src="cid:serum" width="240" alt="Vitamin C Face Serum 30ml"></p>
<p>Glow Theory</p>"""))

    o, b = order("en-gif", "en", "Kids' Rain Boots, Yellow", tld="co.uk")
    hcase("en-animated-banner", "reject", ["style.animated-gif"],
          "An animated GIF banner inline in the message.",
          to=b, frm="Puddle Jumpers <hi@puddlejumpers.co.uk>",
          subject=f"Rain boots sizing - order {o}",
          related=((animated_gif(("PUDDLE", "JUMPERS")), "image", "gif", "anim", "banner.gif"),),
          html=page(f"""<p><img src="cid:anim" alt="Puddle Jumpers"></p>
<p>Hi,</p>
<p>If the boots from order {o} feel roomy, the insole comes out - kids usually grow into them in a season.</p>"""))

    o, b = order("en-invoice", "en", "Office Chair Mesh Back, Black", tld="co.uk")
    hcase("en-vat-invoice-pdf", "relay", [],
          "Reply sending the VAT invoice the buyer asked for, as a PDF attachment.",
          to=b, frm="SitRight UK <accounts@sitright.co.uk>", reply=True,
          subject=f"Re: VAT invoice for order {o}",
          text=f"Hello,\n\nPlease find attached the VAT invoice for order {o}.\n\nKind regards,\nSitRight Accounts\n",
          html=page(f"<p>Hello,</p><p>Please find attached the VAT invoice for order {o}.</p>"
                    "<p>Kind regards,<br>SitRight Accounts</p>"),
          attach=((make_pdf("VAT invoice", ["VAT INVOICE", f"Order {o}", "Office Chair Mesh Back, Black",
                                            "Total GBP 129.00 incl. VAT 21.50"], producer="SitRight Books"),
                   "application", "pdf", "invoice.pdf"),))

    o, b = order("en-zip", "en", "Wireless Doorbell Kit", tld="com.au")
    hcase("en-manual-zip", "reject", ["attachment.not-allowed"],
          "The manual sent as a zip archive: archives are always refused.",
          to=b, frm="Chime Co <help@chimeco.com.au>", reply=True,
          subject=f"Re: Doorbell pairing - order {o}",
          text=f"Hi,\n\nThe full pairing guide for order {o} is in the attached file.\n\nChime Co\n",
          html=page(f"<p>Hi,</p><p>The full pairing guide for order {o} is in the attached file.</p><p>Chime Co</p>"),
          attach=((zip_bytes({"pairing-guide.txt": b"Hold the button on the chime for 5 seconds.\n"},
                             date_time=(2026, 6, 12, 9, 0, 0)), "application", "zip", "guide.zip"),))


# --------------------------------------------------------------------------------------------
# German, French, Spanish, Italian
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = order("de-rev", "de", "Gusseisen-Pfanne 28 cm")
    case("de-bewertung-neutral", "relay", [],
         "Neutrale Bitte um eine ehrliche Bewertung nach einem Pflegetipp.",
         to=b, frm="Eisenwerk Küche <service@eisenwerk-kueche.de>", enc=L1,
         subject=f"Ihre Pfanne – ein Tipp (Bestellung {o})", text=f"""Hallo,

damit Ihre Gusseisen-Pfanne aus Bestellung {o} lange hält: nach dem Spülen
kurz auf dem Herd trocknen und hauchdünn einölen.

Wenn Sie mögen, teilen Sie Ihre Erfahrung gern in einer Bewertung auf
Amazon – ganz gleich, wie sie ausfällt.

Viele Grüße
Jonas Weber""")

    o, b = order("de-gutschein", "de", "Duschvorhang Textil 180x200")
    case("de-gutschein-fuer-bewertung", "reject", ["review.incentive"],
         "Gutschein für die nächste Bestellung als Dank für eine Bewertung: Anreiz.",
         to=b, frm="Badzauber <info@badzauber.de>", fmt="alt",
         subject=f"Kleines Dankeschön – Bestellung {o}", text=f"""Hallo,

wir hoffen, der Duschvorhang aus Bestellung {o} gefällt Ihnen.

Sobald Sie eine Rezension auf Amazon hinterlassen haben, schicken wir Ihnen
als Dankeschön einen 10-Euro-Gutschein.

Ihr Badzauber-Team""")

    o, b = order("de-dhl", "de", "Kletterturm für Katzen, 150 cm", **SHIPPED)
    case("de-speditionstermin-dhl", "relay", [],
         "Antwort zur Zustellung mit der DHL-Hotline in derselben Zeile wie DHL: erlaubte Nummer.",
         to=b, frm="Katzenreich <service@katzenreich.de>", reply="Wann kommt der Kratzbaum? Ich bin nur vormittags da.",
         subject=f"AW: Lieferung Bestellung {o}", text=f"""Hallo,

Ihr Kratzbaum (Bestellung {o}) ist gestern an DHL übergeben worden.
Einen Wunschtag oder eine Ablage können Sie direkt bei der DHL-Hotline unter
0228 4333112 vereinbaren.

Viele Grüße
Katzenreich""")

    case("de-ohne-bestellnummer", "reject", ["order-id.missing"],
         "Proaktive Nachricht ohne Bestellnummer.",
         to=order("de-missing", "de", "Tischläufer Leinen, natur")[1], frm="Leinenhaus <hallo@leinenhaus.de>",
         subject="Ihr Tischläufer", text="""Guten Tag,

Ihr Tischläufer wird wegen eines Engpasses bei der Näherei zwei Tage später
versendet als angekündigt. Wir bitten um Verständnis.

Freundliche Grüße
Leinenhaus""")

    o, b = order("de-retoure", "de", "Bluetooth-Lautsprecher wasserdicht")
    case("de-retoure-umstimmen", "quarantine", ["return.unnecessary"],
         "Kontakt zur Rücksendung nur, um den Käufer umzustimmen: weder Informationsfrage noch Teilerstattung.",
         to=b, frm="Klangbox <kundenservice@klangbox.de>", enc=L1,
         subject=f"Ihre Rücksendung zu Bestellung {o}", text=f"""Hallo,

wir haben gesehen, dass Sie den Lautsprecher aus Bestellung {o}
zurückschicken möchten. Schade! Geben Sie ihm doch noch eine Chance – die
meisten Kunden sind nach ein paar Tagen begeistert vom Klang.

Ihr Klangbox-Team""")


def cases_fr() -> None:
    o, b = order("fr-partiel", "fr", "Théière en fonte 1,2 L")
    case("fr-remboursement-partiel", "relay", [],
         "Offre de remboursement partiel pour un défaut d'émail au lieu d'un retour : autorisé.",
         to=b, frm="Maison du Thé Léger <contact@maisondutheleger.fr>", fmt="alt", lang="fr",
         reply="L'émail intérieur de la théière est écaillé à un endroit.",
         subject=f"RE: Théière commande {o}", text=f"""Bonjour,

Désolés pour ce défaut sur la théière de la commande {o}. Si elle reste
utilisable pour vous, nous vous proposons un remboursement partiel de
15 EUR et vous la gardez. Sinon, le retour reste bien sûr possible.

Bien cordialement,
Claire""")

    o, b = order("fr-cond", "fr", "Lampe de chevet en lin")
    case("fr-avis-si-satisfait", "reject", ["review.conditional"],
         "« Si vous êtes satisfait, laissez un avis ; sinon, écrivez-nous d'abord » : avis conditionnel.",
         to=b, frm="Lumière Douce <bonjour@lumieredouce.fr>",
         subject=f"Votre lampe - commande {o}", text=f"""Bonjour,

Votre lampe de chevet (commande {o}) est arrivée il y a quelques jours.
Si vous en êtes satisfait, un petit avis sur Amazon nous ferait très plaisir.
Dans le cas contraire, contactez-nous avant de publier quoi que ce soit,
nous trouverons une solution.

L'équipe Lumière Douce""")

    o, b = order("fr-old", "fr", "Coussin de sol en velours", **OLD)
    case("fr-hors-delai", "reject", ["window.expired"],
         "Message proactif 38 jours après la livraison.",
         to=b, frm="Velours & Co <service@velours-co.fr>",
         subject=f"Votre coussin - commande {o}", text=f"""Bonjour,

Un petit conseil pour votre coussin (commande {o}) : aspirez-le avec
l'embout brosse pour garder le velours bien lisse.

Velours & Co""")

    o, b = order("fr-phone", "fr", "Aspirateur balai sans fil")
    case("fr-numero-boutique", "reject", ["content.phone-number"],
         "Le numéro du service client du vendeur lui-même : ni garantie, ni transporteur, ni fabricant.",
         to=b, frm="Maison Propre <sav@maisonpropre.fr>",
         subject=f"Votre aspirateur - commande {o}", text=f"""Bonjour,

Merci pour votre commande {o}. Avant la première utilisation, chargez
l'aspirateur pendant cinq heures.

Pour toute question, appelez-nous au 01 84 60 22 17, du lundi au vendredi.

Maison Propre""")


def cases_es() -> None:
    o, b = order("es-ok", "es", "Cafetera italiana 6 tazas")
    case("es-retraso-aduanas", "relay", [],
         "Aviso proactivo de retraso con el motivo: información sobre el pedido, no una confirmación de envío.",
         to=b, frm="Cafés del Sur <hola@cafesdelsur.es>",
         subject=f"Retraso en su pedido {o}", text=f"""Hola,

Le escribimos porque su cafetera (pedido {o}) saldrá con dos días de
retraso: el lote nuevo llegó con las juntas equivocadas y lo estamos
revisando pieza por pieza.

Disculpe las molestias.
Cafés del Sur""")

    o, b = order("es-mkt", "es", "Set de cuchillos de cocina, 5 piezas")
    case("es-siguenos-instagram", "quarantine", ["type.marketing"],
         "Consejo de uso que termina pidiendo seguir la cuenta de Instagram y anunciando novedades: marketing.",
         to=b, frm="Filo Cocina <info@filococina.es>",
         subject=f"Sus cuchillos - pedido {o}", text=f"""Hola,

Para que los cuchillos del pedido {o} mantengan el filo, lávelos a mano
y séquelos enseguida.

¡Síganos en Instagram @filococina para ver recetas y ser el primero en
conocer nuestras ofertas!

Filo Cocina""")

    o, b = order("es-removal", "es", "Funda nórdica de algodón 150")
    case("es-cambiar-resena", "reject", ["review.removal-request"],
         "Tras reenviar el artículo, pide al comprador que elimine su reseña negativa.",
         to=b, frm="Casa Nube <atencion@casanube.es>", reply="La funda llegó con una mancha. Ya dejé una reseña.",
         subject=f"RE: Funda con mancha - pedido {o}", text=f"""Hola,

Lo sentimos mucho. Hoy le hemos enviado una funda nueva para el pedido
{o}, sin coste.

¿Sería tan amable de eliminar la reseña que publicó, ahora que el problema
está resuelto?

Casa Nube""")

    o, b = order("es-email", "es", "Mochila de senderismo 30 L")
    case("es-correo-fotos", "reject", ["content.email-address"],
         "Pide enviar fotos a una dirección de correo escrita en el cuerpo.",
         to=b, frm="Ruta Alta <soporte@rutaalta.es>",
         reply="La costura del tirante se ha abierto.",
         subject=f"RE: Mochila pedido {o}", text=f"""Hola,

Sentimos lo del tirante de la mochila del pedido {o}. ¿Nos podría
mandar dos fotos de la costura a garantias@rutaalta.es? Con eso lo
tramitamos hoy mismo.

Ruta Alta""")


def cases_it() -> None:
    o, b = order("it-rev", "it", "Moka in acciaio 4 tazze")
    case("it-recensione-onesta", "relay", [],
         "Richiesta neutrale di una recensione sincera, senza condizioni né vantaggi.",
         to=b, frm="Casa del Caffè <info@casadelcaffe.it>",
         subject=f"La sua moka - ordine {o}", text=f"""Buongiorno,

speriamo che la moka dell'ordine {o} le stia dando soddisfazione. Al
primo utilizzo, faccia tre caffè da buttare per eliminare il sapore di
metallo.

Se le va, ci lasci una recensione sincera su Amazon: ogni opinione, anche
critica, ci aiuta a migliorare.

Cordiali saluti,
Casa del Caffè""")

    o, b = order("it-5stelle", "it", "Tappetino yoga antiscivolo")
    case("it-cinque-stelle-buono", "reject", ["review.incentive"],
         "Chiede 5 stelle e promette un buono sconto: recensione legata a un vantaggio e orientata.",
         to=b, frm="Yoga Italia <ciao@yogaitalia.it>",
         subject=f"Il suo tappetino - ordine {o}", text=f"""Ciao,

grazie per l'ordine {o}! Se ci lasci una recensione a 5 stelle su Amazon,
ti mandiamo un buono di 5 euro per il prossimo acquisto.

Namasté,
Yoga Italia""")

    o, b = order("it-conf", "it", "Set di bicchieri da vino, 6 pezzi", **SHIPPED)
    case("it-spedizione-confermata", "quarantine", ["type.order-confirmation"],
         "Conferma proattiva di spedizione con il numero di tracciamento.",
         to=b, frm="Calice <ordini@calice.it>",
         subject=f"Ordine {o} spedito", text=f"""Gentile cliente,

le confermiamo che il suo ordine {o} è stato spedito oggi con BRT.
Numero di tracciamento: 06821943550127.

Grazie per aver acquistato da Calice.""")

    o, b = order("it-http", "it", "Lampada da terra in ottone")
    case("it-link-http-istruzioni", "reject", ["link.insecure"],
         "Link http a una pagina Amazon: non sicuro (l'host Amazon non lo rende accettabile).",
         to=b, frm="Luce Antica <info@luceantica.it>",
         reply="Non trovo le istruzioni di montaggio.",
         subject=f"R: Istruzioni ordine {o}", text=f"""Buongiorno,

le istruzioni per la lampada dell'ordine {o} sono nella scheda del
prodotto su Amazon, sezione "Documenti":
http://www.amazon.it/dp/B0CX7L2Q9M

Cordiali saluti,
Luce Antica""")


# --------------------------------------------------------------------------------------------
# Japanese, Dutch, Swedish, Polish, Portuguese (Brazil), Turkish
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("ja-yamato", "ja", "無垢材ダイニングテーブル 140cm", **SHIPPED)
    case("ja-haitatsu-yamato", "relay", [],
         "配達日時の問い合わせへの返信で、ヤマト運輸の電話番号を案内：配送業者の番号なので許可。",
         to=b, frm="木の家具工房 <info@kinokagu.jp>", enc=JIS,
         reply="配達日を指定したいのですが、どうすればいいですか？",
         subject=f"Re: 配達日について（注文番号 {o}）", text=f"""お客様

お問い合わせありがとうございます。ご注文番号 {o} のテーブルは
ヤマト運輸でお届けいたします。配達日時のご指定は、ヤマト運輸の
お客様センター（0120-01-9625）にて承っております。

木の家具工房""")

    o, b = order("ja-thanks", "ja", "今治タオル フェイスタオル 3枚組")
    case("ja-orei-nomi", "quarantine", ["type.thank-you-only"],
         "ご購入のお礼と「何かあればご連絡ください」だけのメッセージ。",
         to=b, frm="タオル工房 <shop@towel-koubou.jp>",
         subject=f"ご購入ありがとうございます（注文番号 {o}）", text=f"""お客様

このたびはご注文（注文番号 {o}）いただき、誠にありがとうございます。
何かございましたら、いつでもお気軽にご連絡ください。

タオル工房""")

    o, b = order("ja-emoji", "ja", "ガラス製ティーポット 600ml")
    case("ja-emoji-ashirai", "reject", ["style.emoji"],
         "使い方の案内に絵文字（☕✨）が入っている。",
         to=b, frm="茶器のお店 <info@chaki-shop.jp>",
         subject=f"ティーポットのお手入れ（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のティーポットは、茶渋が気になったら重曹で
やさしく洗ってください☕✨

茶器のお店""")

    o, b = order("ja-center", "ja", "陶器の茶碗 2客セット")
    hcase("ja-chuuou-yose", "reject", ["style.alignment"],
          "HTMLの本文が<center>で中央寄せ。",
          to=b, frm="器の店 <info@utsuwa-mise.jp>", lang="ja",
          subject=f"茶碗の取り扱いについて（注文番号 {o}）",
          html=page(f"""<center>
<p>お客様</p>
<p>ご注文番号 {o} の茶碗は電子レンジに対応しておりません。ご注意ください。</p>
<p>器の店</p>
</center>""", "ja"))


def cases_nl() -> None:
    o, b = order("nl-ok", "nl", "Houten speelgoedkeuken")
    case("nl-adres-aanvullen", "relay", [],
         "Vraagt het ontbrekende huisnummer om te kunnen leveren: informatie nodig voor de bestelling.",
         to=b, frm="Speelhout <klantenservice@speelhout.nl>",
         subject=f"Huisnummer ontbreekt - bestelling {o}", text=f"""Hallo,

Bij uw bestelling {o} mist het huisnummer in het afleveradres, waardoor
PostNL het pakket niet kan bezorgen. Wilt u het huisnummer even via een
antwoord op dit bericht doorgeven?

Met vriendelijke groet,
Speelhout""")

    o, b = order("nl-korting", "nl", "Fietstas waterdicht 20 L")
    case("nl-kortingscode", "quarantine", ["type.marketing"],
         "Kortingscode voor een volgende bestelling in de webshop: promotie.",
         to=b, frm="Trapwerk <info@trapwerk.nl>",
         subject=f"Uw fietstas - bestelling {o}", text=f"""Hoi,

Fijn dat uw fietstas (bestelling {o}) goed is aangekomen. Tip: spray de
ritsen af en toe in met siliconenspray.

Als bedankje: met de code TRAP10 krijgt u 10% korting op uw volgende
aankoop in onze webshop!

Groeten,
Trapwerk""")

    o, b = order("nl-oos", "nl", "Linnen dekbedovertrek 240x220", **OOS)
    case("nl-uitverkocht-annuleren", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Uitverkocht en de koper wordt gevraagd zelf te annuleren; geen terugbetaling bevestigd.",
         to=b, frm="Linnenkast <service@linnenkast.nl>",
         subject=f"Bestelling {o} niet leverbaar", text=f"""Beste klant,

Helaas is het dekbedovertrek uit bestelling {o} uitverkocht. Wilt u de
bestelling zelf annuleren via uw Amazon-account?

Excuses voor het ongemak,
Linnenkast""")


def cases_sv() -> None:
    o, b = order("sv-ok", "sv", "Ullfilt 130x170, grå")
    case("sv-forsening", "relay", [],
         "Proaktivt besked om försening med orsak och beräknat datum.",
         to=b, frm="Nordull <kundtjanst@nordull.se>",
         subject=f"Försenad leverans - order {o}", text=f"""Hej,

Din ullfilt (order {o}) blir tyvärr försenad med ungefär tre dagar
eftersom vävningen av den grå färgen tog längre tid än planerat. Vi
skickar den så snart den är klar.

Vänliga hälsningar,
Nordull""")

    o, b = order("sv-optout", "sv", "Kaffekvarn manuell")
    case("sv-avregistrera", "reject", ["link.opt-out"],
         "Sidfot med en uppmaning att avregistrera sig från säljarens utskick.",
         to=b, frm="Bryggeriet <hej@bryggeriet.se>",
         subject=f"Din kaffekvarn - order {o}", text=f"""Hej,

Justera malningsgraden på kvarnen från order {o} genom att vrida ratten
under veven: medsols för finare malning.

Vill du inte längre få mejl från oss? Svara AVREGISTRERA så tar vi bort dig.""")

    o, b = order("sv-lang", "sv", "Sänglampa i mässing")
    case("sv-engelska-till-svensk", "quarantine", ["language.mismatch"],
         "Engelskt meddelande till en köpare på amazon.se med svenska som språk.",
         to=b, frm="Lampverket <support@lampverket.se>", lang="en",
         subject=f"Your bedside lamp - order {o}", text=f"""Hi,

The bedside lamp from order {o} takes an E14 bulb, maximum 25 W. The
switch on the cord has three brightness levels.

Kind regards,
Lampverket""")


def cases_pl() -> None:
    o, b = order("pl-ok", "pl", "Patelnia granitowa 28 cm")
    case("pl-zwrot-pytanie", "relay", [],
         "Pytanie o informacje potrzebne do zwrotu (czy opakowanie otwarte, numer partii).",
         to=b, frm="Kuchnia Plus <sklep@kuchniaplus.pl>",
         subject=f"Zwrot patelni - zamówienie {o}", text=f"""Dzień dobry,

otrzymaliśmy zgłoszenie zwrotu patelni z zamówienia {o}. Aby je
rozpatrzyć, prosimy o informację, czy patelnia była używana, oraz o numer
partii z naklejki na spodzie.

Pozdrawiamy,
Kuchnia Plus""")

    o, b = order("pl-email", "pl", "Plecak szkolny, granatowy")
    case("pl-adres-email", "reject", ["content.email-address"],
         "Adres e-mail sklepu w treści wiadomości.",
         to=b, frm="Tornister <biuro@tornister.pl>",
         subject=f"Plecak - zamówienie {o}", text=f"""Dzień dobry,

dziękujemy za zamówienie {o}. W razie pytań o plecak prosimy pisać na
adres kontakt@tornister.pl.

Pozdrawiamy,
Tornister""")

    o, b = order("pl-unknown", "pl", "Lampka nocna LED")
    case("pl-nieznane-zamowienie", "reject", ["order-id.unknown"],
         "Numer zamówienia, którego nie ma w bazie sprzedawcy.",
         to=b, frm="Świetlik <sklep@swietlik.pl>",
         subject="Zamówienie 404-1234567-7654321", text="""Dzień dobry,

informujemy, że lampka nocna z zamówienia 404-1234567-7654321 ma
wymienny akumulator; zapasowy można kupić w każdym sklepie RTV.

Pozdrawiamy,
Świetlik""")


def cases_pt() -> None:
    o, b = order("pt-ok", "pt", "Panela de pressão 6 L")
    case("pt-garantia-fabricante", "relay", [],
         "Resposta com o SAC do fabricante para a garantia: número permitido.",
         to=b, frm="Cozinha Forte <atendimento@cozinhaforte.com.br>",
         reply="A válvula da panela está vazando vapor.",
         subject=f"Re: Válvula - pedido {o}", text=f"""Olá,

Sentimos muito. A válvula da panela do pedido {o} é coberta pela
garantia do fabricante; o SAC do fabricante atende pelo 0800 727 4050 e
troca a peça sem custo.

Atenciosamente,
Cozinha Forte""")

    o, b = order("pt-incent", "pt", "Fone de ouvido Bluetooth")
    case("pt-avaliacao-reembolso", "reject", ["review.incentive"],
         "Reembolso parcial em troca de uma avaliação: incentivo.",
         to=b, frm="SomMax <contato@sommax.com.br>",
         subject=f"Seu fone - pedido {o}", text=f"""Olá!

Esperamos que esteja curtindo o fone do pedido {o}. Deixe sua avaliação
na Amazon e nos envie o print: devolvemos R$ 20 na hora!

Equipe SomMax""")

    o, b = order("pt-sens", "pt", "Capa para celular")
    case("pt-resposta-ofensiva", "quarantine", ["content.sensitive"],
         "Resposta com palavrões ao comprador.",
         to=b, frm="CapaShop <loja@capashop.com.br>", reply="Vocês mandaram a capa errada de novo!",
         subject=f"Re: Capa errada - pedido {o}", text=f"""Olha,

A capa do pedido {o} é exatamente a do anúncio. Para de encher o saco,
porra, e confere o modelo do seu celular.

CapaShop""")


def cases_tr() -> None:
    o, b = order("tr-ok", "tr", "Bakır cezve, 4 fincanlık")
    case("tr-kargo-gecikme", "relay", [],
         "Gecikme bildirimi ve sebebi; kargo firmasının hattı kargo kelimesiyle aynı satırda.",
         to=b, frm="Bakırcı Usta <destek@bakirciusta.com.tr>",
         subject=f"Siparişiniz {o} hakkında", text=f"""Merhaba,

{o} numaralı siparişinizdeki cezve, kalaylama işlemi nedeniyle iki
gün geç kargoya verilecek. Kargo firmamız Yurtiçi Kargo'nun müşteri
hizmetleri hattı: 444 99 99.

Anlayışınız için teşekkür ederiz.
Bakırcı Usta""")

    o, b = order("tr-emoji", "tr", "Pamuklu nevresim takımı")
    case("tr-emoji-tesekkur", "reject", ["style.emoji"],
         "Bakım bilgisi ve kalp emojisi.",
         to=b, frm="Evim Tekstil <info@evimtekstil.com.tr>",
         subject=f"Nevresim takımınız - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişinizdeki nevresim takımını ilk yıkamada 30 derecede
ters çevirerek yıkayın. İyi uykular ❤️

Evim Tekstil""")

    o, b = order("tr-link", "tr", "Çay bardağı seti, 12 parça")
    case("tr-harici-link", "reject", ["link.external"],
         "Satıcının kendi sitesine https bağlantısı.",
         to=b, frm="Çaycı <destek@cayci.com.tr>",
         subject=f"Çay bardaklarınız - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişinizdeki bardakların bakım rehberi web sitemizde:
https://www.cayci.com.tr/bakim-rehberi

İyi günler,
Çaycı""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja, cases_nl,
                                    cases_sv, cases_pl, cases_pt, cases_tr))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="eightyfourth"), verify,
                         after_must_precede=False)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
