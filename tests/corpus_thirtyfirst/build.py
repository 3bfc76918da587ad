#!/usr/bin/env python3
"""Build the thirty-first labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_thirtyfirst/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. English only (amazon.com and amazon.co.uk), in the SHAPE of
shared/corpus: compliant near-misses first, then one focused violation per rule of RULES.md sections B-E, then a
few messages breaking several rules. Each violation is phrased the way a seller would write it.
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
    set_boundaries,
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(31_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20"}
_TLD = {"en": "com", "uk": "co.uk"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(
    _rnd,
    _PREFIX,
    _TLD,
    purchased="2026-06-01T09:00:00Z",
    shipped="2026-06-02T15:00:00Z",
    delivered="2026-06-05T11:00:00Z",
)
ORDERS = BOOK.rows
PENDING = {"shipped": "", "delivered": ""}

HEURISTIC = [
    "type.order-confirmation",
    "type.thank-you-only",
    "type.marketing",
    "review.incentive",
    "review.removal-request",
    "review.conditional",
    "order-problem.cancellation-request",
    "order-problem.no-adjustment",
    "return.unnecessary",
    "content.sensitive",
    "language.mismatch",
    "content.phone-number",
    "image.product-photo",
]


def order(key: str, title: str, *, uk: bool = False, lang: str = "en", **kw) -> tuple[str, str]:
    oid, addr = BOOK.add(key, "uk" if uk else "en", title, **kw)
    ORDERS[key]["buyer_language"] = lang
    return oid, addr


def case(
    slug: str,
    verdict: str,
    rules: list[str],
    note: str,
    *,
    to: str,
    frm: str,
    subject: str,
    text: str | None = None,
    html: str | None = None,
    day: int = 12,
    hm: str = "10:00:00",
    tz: str = "+0000",
    reply: str = "",
    absent: tuple[str, ...] = (),
    tolerated: tuple[str, ...] = (),
    attach=(),
    related=(),
    after: tuple[str, ...] = (),
    crlf: bool = False,
    cte: str = "quoted-printable",
    charset: str = "utf-8",
    headers=(),
) -> None:
    """`reply`: the buyer's question, quoted below the text; the message then answers a buyer. Every heuristic
    rule not in `rules` or `tolerated` must stay silent, plus the extra `absent` ones."""
    hdrs = list(headers) + (reply_headers(f"0100019b.t31.{slug[:24]}") if reply else [])
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = None
    if text is not None:
        body = text.strip("\n") + "\n"
        if reply:
            body += "\nOn 11 Jun 2026, at 18:02, Amazon buyer <" + to + "> wrote:\n" + quote(reply) + "\n"
    tol = (*tolerated, "content.spelling") if "content.spelling" not in rules else tuple(tolerated)
    ab = [r for r in (*HEURISTIC, *absent) if r not in rules and r not in tol]
    ab = list(dict.fromkeys(ab))
    msg = mk(
        frm,
        to,
        subject,
        mail_date(day, hm, tz),
        f"<t31.{slug}@{dom}>",
        headers=hdrs,
        text=body,
        html=None if html is None else page(html),
        attach=attach,
        related=related,
        cte=cte,
        charset=charset,
    )
    add_case(CASE_LIST, slug, verdict, rules, ab, note, msg, tolerated=tol, after=after, crlf=crlf, lang="en")


# ============================================================================================
# Compliant near-misses
# ============================================================================================


def compliant() -> None:
    o, b = order("first-review", "Trailhead Carbon Trekking Poles, pair")
    case(
        "review-request-plain",
        "relay",
        [],
        "A neutral request for a review, no benefit, no condition, no steering towards a rating.",
        to=b,
        frm="Cairn Outdoor <orders@cairnoutdoor.com>",
        day=11,
        hm="08:12:44",
        tz="-0600",
        cte="7bit",
        absent=("review.repeat", "link.external"),
        subject=f"How are the trekking poles working out? ({o})",
        text=f"""Hi,

Your Trailhead trekking poles (order {o}) should have been with you
for about a week now, so hopefully you've had a chance to take them out.

A quick tip in case the flick-locks feel loose: turn the small knurled screw
on the side of each lock a quarter turn clockwise and they'll grip firmly
again. It's normal for them to bed in over the first few walks.

If you have a minute, we'd appreciate a review on Amazon, whatever your
experience has been. Honest reviews help other walkers choose the right
length and grip.

Thanks,
Owen
Cairn Outdoor""",
    )

    o, b = order("oos-refund", "Ridgeline Packable Rain Jacket, Men's L, Slate", uk=True, **PENDING)
    case(
        "out-of-stock-refunded-html",
        "relay",
        [],
        "Out of stock, and the full refund through Amazon is confirmed with its reason; no request to cancel.",
        to=b,
        frm="Ridgeline Apparel <service@ridgeline-apparel.co.uk>",
        day=13,
        hm="14:31:05",
        tz="+0100",
        subject=f"Your Ridgeline jacket order {o} - refund issued",
        text=f"""Dear customer,

We're very sorry: the slate rain jacket in size L from order {o}
sold out shortly before your order came in, because a stock count was wrong.

We have cancelled the order on our side and refunded the full £64.00 through
Amazon, reason "item out of stock". The refund should show on your statement
within 3-5 working days.

Apologies again,
Hannah Price
Ridgeline Apparel""",
        html=f"""<p>Dear customer,</p>
<p>We're very sorry: the slate rain jacket in size L from order {o} sold out shortly before
your order came in, because a stock count was wrong.</p>
<p>We have cancelled the order on our side and refunded the full &pound;64.00 through Amazon, reason
&quot;item out of stock&quot;. The refund should show on your statement within 3-5 working days.</p>
<p>Apologies again,<br>Hannah Price<br>Ridgeline Apparel</p>""",
    )

    o, b = order("return-serial", "Skyline Mini Drone 4K with 2 batteries")
    case(
        "return-asks-serial-and-fault",
        "relay",
        [],
        "A return message asking for the serial number and the fault seen, information needed to process it.",
        to=b,
        frm="Skyline RC <returns@skylinerc.com>",
        day=10,
        cte="7bit",
        absent=("content.email-address",),
        subject=f"Return request for order {o} - two quick questions",
        text=f"""Hello,

We've received your return request for the Skyline Mini Drone (order
{o}). To get the right replacement parts ready, could you tell us:

- the serial number printed under the battery bay (starts with SKM-), and
- whether the drone fails to power on, or powers on but won't take off?

Once we have these we'll approve the return straight away.

Regards,
Priya - Skyline RC returns desk""",
    )

    o, b = order("partial-refund", "Walnut Chess Set with Weighted Pieces", uk=True)
    case(
        "return-partial-refund-offer",
        "relay",
        [],
        "A return message offering a partial refund for a chipped piece as an alternative to sending it back.",
        to=b,
        frm="Kingside Games <hello@kingsidegames.co.uk>",
        day=9,
        hm="16:40:00",
        tz="+0100",
        subject=f"Re: chipped bishop - order {o}",
        reply="One of the bishops has a chip on its base. I'd like to return the set.",
        text=f"""Hi,

Thanks for the photo of the bishop from order {o}, and sorry it arrived
with a chip.

You're welcome to return the whole set for a full refund. Alternatively, if
you'd rather keep it, we can refund £12 of the £58 you paid and post you a
replacement bishop at no cost. Just let us know which you prefer.

Best,
Tom
Kingside Games""",
    )

    o, b = order("tracking-reply", "Aquarium Heater 150W with Thermostat")
    case(
        "reply-with-tracking",
        "relay",
        [],
        "Answers a buyer's 'where is my parcel?' with the tracking number: a reply, so type.order-confirmation "
        "does not apply.",
        to=b,
        frm="Tidepool Aquatics <care@tidepool-aquatics.com>",
        day=12,
        hm="09:05:31",
        tz="-0400",
        reply="Hi, my heater hasn't arrived yet, has it been sent?",
        absent=("order-id.missing",),
        subject="Re: Where is my heater?",
        text=f"""Hi there,

Yes, it went out on 2 June. The USPS tracking number is
9400 1118 9922 3047 5512 88 and it's showing as out for delivery today, so
it should be with you this evening.

Order reference: {o}

Sam, Tidepool Aquatics""",
    )

    o, b = order("warranty-phone", "Lullaby Video Baby Monitor 5in")
    case(
        "manufacturer-warranty-line",
        "relay",
        [],
        "A phone number given as the manufacturer's warranty line, on the same line as the warranty word.",
        to=b,
        frm="Nestwise Baby <help@nestwise-baby.com>",
        day=11,
        reply="The screen keeps going black after a few minutes.",
        absent=("content.email-address",),
        subject=f"Re: monitor screen going black (order {o})",
        text=f"""Hello,

Sorry to hear the screen keeps going dark. Please first check that
"Eco mode" is off (Menu > Display > Eco), as it turns the screen off after
three minutes of quiet.

If that isn't it, the monitor is covered by the manufacturer's 2-year
warranty. Lullaby's warranty service can be reached on 1-800-555-0143
(Mon-Fri, 9am-6pm ET); they'll ask for the order number {o}.

Kind regards,
Nestwise Baby""",
    )

    o, b = order("invoice", "Thermal Label Printer 4x6, USB", uk=True)
    pdf = make_pdf(
        "VAT invoice INV-31-0612",
        [
            "VAT invoice INV-31-0612",
            f"Order {o}",
            "Thermal Label Printer 4x6, USB    1 x GBP 119.00",
            "VAT 20%: GBP 19.83",
            "Labelwise Ltd, Company No. 11873402, VAT GB 318 4471 26",
        ],
        producer="Labelwise Billing 2.3",
    )
    case(
        "vat-invoice-pdf-on-request",
        "relay",
        [],
        "The buyer asked for a VAT invoice; a PDF with company and VAT numbers is needed for the buyer's issue.",
        to=b,
        frm="Labelwise <accounts@labelwise.co.uk>",
        day=12,
        reply="Could you send me a VAT invoice for my company?",
        absent=("attachment.not-allowed", "content.email-address"),
        subject=f"Re: VAT invoice for order {o}",
        text=f"""Good afternoon,

Please find attached the VAT invoice for order {o}. It shows our
VAT number and your company name as entered at checkout; if you need a
different billing address on it, reply with the details and we'll reissue it.

Regards,
Accounts team, Labelwise Ltd""",
        attach=[(pdf, "application", "pdf", "INV-31-0612.pdf")],
    )

    o, b = order(
        "day30",
        "Felted Wool Hiking Socks, 3 pairs",
        delivered="2026-05-16T12:00:00Z",
        shipped="2026-05-13T12:00:00Z",
        purchased="2026-05-12T12:00:00Z",
    )
    case(
        "feedback-request-exactly-30-days",
        "relay",
        [],
        "Delivered exactly 30 days before now: the window still passes; neutral seller-feedback request.",
        to=b,
        frm="Woolpath <team@woolpath.com>",
        day=15,
        hm="12:00:00",
        absent=("window.expired", "review.repeat"),
        subject=f"Feedback on order {o}",
        text=f"""Hello,

It has been a month since your hiking socks (order {o}) arrived.
Washing tip: 30 degrees, inside out, and lay flat to dry so the cuffs keep
their shape.

If you have a moment, you can rate us as a seller in Your Orders on Amazon.
Any feedback, good or bad, helps us improve.

Regards,
Lena, Woolpath""",
    )

    o, b = order("clean-html", "Beginner Acrylic Paint Set, 24 colours", uk=True)
    logo = logo_png("Brushwick", size=(140, 40))
    case(
        "html-logo-amazon-link",
        "relay",
        [],
        "HTML with a small brand logo (alt text, not linked), left aligned, an https Amazon link with "
        "descriptive text: nothing for the style rules.",
        to=b,
        frm="Brushwick Art Supplies <studio@brushwick.co.uk>",
        day=10,
        absent=(
            "style.image-alt",
            "style.image-width",
            "style.link-text",
            "link.external",
            "image.logo-link",
            "style.font-override",
            "style.alignment",
            "image.tracking-pixel",
        ),
        subject=f"Colour mixing chart for your paint set (order {o})",
        text=f"""Hello,

Thank you for your order {o}. Several buyers asked how to mix skin tones from
the 24 colours, so the mixing chart is now on the product page:
https://www.amazon.co.uk/dp/B0C7K2M4QX

Happy painting,
Brushwick Art Supplies""",
        html=f"""<p><img src="cid:bw-logo" alt="Brushwick Art Supplies" width="140" height="40"></p>
<p>Hello,</p>
<p>Thank you for your order {o}. Several buyers asked how to mix skin tones from the 24 colours, so the
mixing chart is now on the product page:
<a href="https://www.amazon.co.uk/dp/B0C7K2M4QX">colour mixing chart on the Amazon product page</a>.</p>
<p>Happy painting,<br>Brushwick Art Supplies</p>""",
        related=[(logo, "image", "png", "<bw-logo>", "brushwick.png")],
    )

    o, b = order("default-lang", "Cast Aluminium Bird Feeder Pole", uk=True, lang="", **PENDING)
    case(
        "dispatch-delay-default-language",
        "relay",
        [],
        "amazon.co.uk order with no stored language: English is the default; a dispatch delay is not a "
        "confirmation.",
        to=b,
        frm="Garden Perch <orders@gardenperch.co.uk>",
        day=13,
        crlf=True,
        subject=f"Short delay on order {o}",
        text=f"""Hi,

Just to let you know, the bird feeder pole from order {o} will leave
us on Thursday 18 June rather than today. The courier damaged our last
delivery of poles and the replacements arrive Wednesday.

Nothing is needed from you; your delivery estimate on Amazon will update
once it's on its way. Sorry for the wait.

Garden Perch""",
    )

    o, b = order("times-ratios", "Sourdough Starter Kit with Banneton")
    case(
        "times-ratios-list-markers",
        "relay",
        [],
        "Times (8:30), ratios (1:1:1), a '1)' list and '(c)' in plain text are not emoticons; two blank lines "
        "at most.",
        to=b,
        frm="Crumb & Crust <bake@crumbandcrust.com>",
        day=9,
        cte="7bit",
        absent=("style.emoji", "style.line-breaks", "content.phone-number"),
        subject=f"Feeding schedule for your starter (order {o})",
        text=f"""Hi,

A few people with the starter kit from order {o} asked about timing, so
here's what we do:

1) Feed at 8:30 and 20:30, ratio 1:1:1 (starter : flour : water).
2) Keep it at 24-26 C; at 20 C allow about 2 extra hours.
3) It's ready when it has doubled, usually 4-6 hours after feeding.

Recipe card (c) Crumb & Crust 2026.

Crumb & Crust""",
    )

    o, b = order("engraving", "Engraved Leather Watch Strap 20mm", **PENDING)
    case(
        "engraving-free-of-charge-question",
        "relay",
        [],
        "'Free' and 'gift' refer to the engraving the buyer ordered; the seller needs the text to complete the "
        "order. Not marketing.",
        to=b,
        frm="Strapcraft <workshop@strapcraft.com>",
        day=8,
        absent=("type.marketing",),
        subject=f"Engraving text for order {o}",
        text=f"""Hello,

Thanks for ordering the leather watch strap with free engraving
(order {o}). The engraving note on the order was left blank.

What would you like engraved? Up to 12 characters fit on a 20mm strap. If it
is a gift, we can also leave the price slip out of the parcel.

We'll hold the strap until we hear back.

Mark, Strapcraft""",
    )

    o, b = order("helpdesk-quote", "Pet GPS Collar Tracker, Medium")
    case(
        "helpdesk-reply-quoted-alias",
        "relay",
        [],
        "A helpdesk reply in HTML and text quoting the buyer with the marketplace alias in the attribution line.",
        to=b,
        frm="PawTrail Support <support@pawtrail.com>",
        day=12,
        hm="11:20:00",
        tz="-0700",
        headers=[("X-Mailer", "Zendesk")],
        absent=("content.email-address", "style.font-override", "style.line-breaks"),
        subject=f"Re: collar won't charge [order {o}]",
        reply="The collar won't charge, the light doesn't come on at all.",
        text=f"""Hi,

Thanks for getting in touch about order {o}. The charging clip only
makes contact when the two gold pins line up with the pads on the collar;
it clicks when seated. The light can take up to a minute to come on if the
battery was fully drained.

If it still won't charge after 30 minutes on the clip, let us know and we'll
send a new clip.

Jess
PawTrail Support""",
        html=f"""<div>Hi,</div>
<div>Thanks for getting in touch about order {o}. The charging clip only makes contact when the two gold
pins line up with the pads on the collar; it clicks when seated. The light can take up to a minute to come
on if the battery was fully drained.</div>
<div>If it still won't charge after 30 minutes on the clip, let us know and we'll send a new clip.</div>
<div>Jess<br>PawTrail Support</div>
<div>On 11 Jun 2026, at 18:02, Amazon buyer &lt;{b}&gt; wrote:</div>
<blockquote>The collar won't charge, the light doesn't come on at all.</blockquote>""",
    )

    o2, _ = order("second-order", "Trailhead Trekking Pole Tips, 4 pack", delivered="2026-06-08T10:00:00Z")
    ORDERS["second-order"]["buyer_email"] = ORDERS["first-review"]["buyer_email"]
    b = ORDERS["first-review"]["buyer_email"]
    case(
        "review-request-other-order-same-buyer",
        "relay",
        [],
        "A review request for a different order of the same buyer, after case 'review-request-plain': not a "
        "repeat for this order.",
        to=b,
        frm="Cairn Outdoor <orders@cairnoutdoor.com>",
        day=14,
        cte="7bit",
        after=("review-request-plain",),
        absent=("review.repeat",),
        subject=f"Your pole tips ({o2})",
        text=f"""Hi again,

The replacement rubber tips (order {o2}) push on firmly; if one
squeaks on pavement, a drop of water inside helps it seat.

When you've used them a few times, a review on Amazon would help us
a lot.

Owen
Cairn Outdoor""",
    )


# ============================================================================================
# One focused violation each
# ============================================================================================


def single() -> None:
    # ---- B. order context ----
    order("no-id", "Ergonomic Split Keyboard, Brown Switches")
    b = ORDERS["no-id"]["buyer_email"]
    case(
        "order-id-missing",
        "reject",
        ["order-id.missing"],
        "A proactive firmware note naming the product but no order ID.",
        to=b,
        frm="Splitkey <hello@splitkey.com>",
        day=11,
        absent=("order-id.unknown",),
        subject="A firmware tip for your new split keyboard",
        text="""Hi,

Thanks for picking up one of our split keyboards last week. A few buyers
noticed the right half occasionally drops its connection; the 1.4 firmware
fixes this. Hold Fn + Esc for five seconds while plugged in and the update
installs itself.

Cheers,
The Splitkey team""",
    )

    b = ORDERS["no-id"]["buyer_email"]
    case(
        "order-id-unknown",
        "reject",
        ["order-id.unknown"],
        "The order ID quoted (a typo) is not in the store for this seller.",
        to=b,
        frm="Splitkey <hello@splitkey.com>",
        day=12,
        absent=("order-id.missing", "order-id.buyer-mismatch"),
        subject="Keycap set for order 113-4409183-0027719",
        text="""Hi,

The spare keycap set for order 113-4409183-0027719 is ready; do you want
the blank or the legend version? Both fit the brown switches.

Cheers,
The Splitkey team""",
    )

    o, _ = order("mismatch", "Folding Camping Stove with Piezo Ignition", uk=True)
    other = ORDERS["oos-refund"]["buyer_email"]
    case(
        "order-id-buyer-mismatch",
        "reject",
        ["order-id.buyer-mismatch"],
        "The order belongs to another buyer: the helpdesk pasted the wrong order into the message.",
        to=other,
        frm="Emberline Camping <support@emberline.co.uk>",
        day=12,
        absent=("order-id.unknown",),
        subject=f"Gas canister adaptor - order {o}",
        text=f"""Hello,

The gas canister adaptor for your camping stove (order {o})
was missing from the box. It's in the post today by Royal Mail 2nd class.

Emberline Camping""",
    )

    o, b = order(
        "expired",
        "Vinyl Record Cleaning Kit",
        purchased="2026-05-01T10:00:00Z",
        shipped="2026-05-02T10:00:00Z",
        delivered="2026-05-05T10:00:00Z",
    )
    case(
        "window-expired",
        "reject",
        ["window.expired"],
        "Delivered 41 days before now: a proactive care tip is outside the 30-day window.",
        to=b,
        frm="Groove Care <hi@groovecare.com>",
        day=15,
        absent=("review.repeat",),
        subject=f"Getting the most from your cleaning kit (order {o})",
        text=f"""Hello,

Now that you've had the record cleaning kit (order {o}) for a while,
a reminder: replace the brush pad after about 200 records, and always let
the fluid dry for a minute before playing.

Groove Care""",
    )

    o, b = order("lang", "Ukulele Soprano Starter Pack", lang="es")
    case(
        "language-english-to-spanish-buyer",
        "quarantine",
        ["language.mismatch"],
        "The amazon.com order stores Spanish as the buyer's language; the message is English only.",
        to=b,
        frm="Islandstrum <aloha@islandstrum.com>",
        day=10,
        subject=f"Tuning your new ukulele (order {o})",
        text=f"""Hi there,

New nylon strings stretch a lot during the first week, so your ukulele
(order {o}) will go out of tune often. That's normal. Tune it up,
play for ten minutes, and tune again; after a few days it settles.

Islandstrum""",
    )

    # ---- C. message types ----
    o, b = order("shipconf", "Memory Foam Travel Pillow, Navy")
    case(
        "shipped-tracking-notice",
        "quarantine",
        ["type.order-confirmation"],
        "A proactive 'it's on the way' notice with tracking and carrier: duplicates Amazon's dispatch "
        "confirmation.",
        to=b,
        frm="Driftnap <orders@driftnap.com>",
        day=3,
        absent=("content.phone-number",),
        subject=f"Good news - your pillow is on its way! {o}",
        text=f"""Hi,

Good news: your travel pillow left our warehouse this morning and is
now with UPS. You can follow it with tracking number 1Z 8V4 W71 03 4412 9807.

Order: {o}
Estimated delivery: Friday

Driftnap""",
    )

    o, b = order("thanks-only", "Stoneware Plant Pots, set of 3, Sage", uk=True)
    case(
        "thanks-and-here-if-needed",
        "quarantine",
        ["type.thank-you-only"],
        "Only thanks and an offer of help: nothing needed for the order.",
        to=b,
        frm="Potting Shed Co <hello@pottingshedco.co.uk>",
        day=9,
        subject=f"Thank you! (order {o})",
        text=f"""Hi,

Just a quick note from all of us at Potting Shed Co to say thanks for
choosing our sage pots (order {o}). It really means a lot to a small
team like ours.

If there's ever anything we can do, just drop us a message.

Warmly,
Ruth & Alfie""",
    )

    o, b = order("marketing", "Merino Base Layer Top, Women's M")
    case(
        "new-range-storefront",
        "quarantine",
        ["type.marketing"],
        "Announces other products (a new range) and points to the storefront: promotional.",
        to=b,
        frm="Highfell Merino <team@highfell.com>",
        day=11,
        absent=("link.external",),
        subject=f"About your base layer, order {o}",
        text=f"""Hello,

We hope your merino top (order {o}) is keeping you warm on the hills.

We've just launched our autumn collection: merino leggings, a mid-weight
zip neck and new neck gaiters in four colours. They're live in our Amazon
storefront now and going fast, so take a look before your sizes go:
https://www.amazon.com/stores/Highfell/page/5E2A1C

Highfell Merino""",
    )

    o, b = order("incentive", "Phosphor Bronze Acoustic Guitar Strings 12-53, 3 sets")
    case(
        "review-bonus-strings",
        "reject",
        ["review.incentive"],
        "A review request tied to a future free set of strings.",
        to=b,
        frm="Fretworks <shop@fretworks.com>",
        day=12,
        tolerated=("type.marketing",),
        subject=f"Strings settling in? ({o})",
        text=f"""Hey,

Hope the new strings from order {o} are sounding bright. Give them a
day or two to stretch in and they'll hold tune much better.

We'd love a review on Amazon when you get a chance. Once it's up, reply to
this message and we'll slip a free set of our coated strings into your next
order as a thank-you.

Rock on,
Dave @ Fretworks""",
    )

    o, b = order("removal", "HEPA Replacement Filters for AirPure 300, 2 pack", uk=True)
    case(
        "amend-two-star-after-fix",
        "reject",
        ["review.removal-request"],
        "Asks the buyer to amend a 2-star review now that the problem was solved.",
        to=b,
        frm="AirPure UK <care@airpure.co.uk>",
        day=13,
        subject=f"Your filters - order {o}",
        text=f"""Hello,

Glad to hear the replacement filters from order {o} fit now; the first
batch really did have the wrong seal, and we've fixed that with the supplier.

We noticed the 2-star review you posted while waiting for them. Since it's
all sorted, would you mind going back and amending it to reflect how it
turned out?

Thanks,
Gareth, AirPure UK""",
    )

    o, b = order("gating", "Refractor Telescope 70mm with Tripod")
    case(
        "review-only-if-enjoying",
        "reject",
        ["review.conditional"],
        "Review gating: a review if the buyer enjoys it, otherwise message the seller before posting.",
        to=b,
        frm="Northstar Optics <clearskies@northstaroptics.com>",
        day=11,
        tolerated=("review.incentive",),
        subject=f"First light with your telescope ({o})",
        text=f"""Hi,

For your first night with the telescope (order {o}) start with the
25mm eyepiece and the Moon; it's the easiest target to focus on.

If you're enjoying it, a review on Amazon would mean the world to us. If
something isn't right, please message us before posting anything so we
can fix it first.

Clear skies,
Northstar Optics""",
    )

    o, b = order("repeat-base", "Cold Brew Coffee Maker 1.5L")
    case(
        "cold-brew-review-first",
        "relay",
        [],
        "The first review request for this order: neutral, relayed.",
        to=b,
        frm="Steepwell <hello@steepwell.com>",
        day=8,
        cte="7bit",
        absent=("review.repeat",),
        subject=f"Your cold brew maker ({o})",
        text=f"""Hi,

For smoother cold brew with the maker from order {o}, use a coarse
grind and steep 16 hours in the fridge.

If you have a moment, a review on Amazon would help us.

Steepwell""",
    )
    case(
        "cold-brew-review-reminder",
        "reject",
        ["review.repeat"],
        "A second review request for the same order, after the first one was relayed.",
        to=b,
        frm="Steepwell <hello@steepwell.com>",
        day=14,
        cte="7bit",
        after=("cold-brew-review-first",),
        subject=f"Quick reminder ({o})",
        text=f"""Hi,

Just bumping our earlier note in case it got buried: if you've had a
chance to try the cold brew maker from order {o}, we'd be grateful for
a review on Amazon.

Steepwell""",
    )

    o, b = order("cancel", "Portable Sewing Machine, Mint", uk=True, **PENDING)
    case(
        "sold-out-please-cancel",
        "reject",
        ["order-problem.cancellation-request", "order-problem.no-adjustment"],
        "Out of stock and the buyer is asked to cancel the order themselves; no refund is confirmed.",
        to=b,
        frm="Stitch & Spool <orders@stitchandspool.co.uk>",
        day=12,
        subject=f"Problem with your order {o}",
        text=f"""Hi,

I'm afraid the mint sewing machine from order {o} has sold out and
our next delivery isn't due until late August.

The quickest way to sort it would be if you could cancel the order from
Your Orders on Amazon (Cancel items). Sorry for the hassle.

Bev, Stitch & Spool""",
    )

    o, b = order("noadj", "Insulated Dog Harness, Size M, Orange", **PENDING)
    case(
        "backorder-no-refund-mention",
        "quarantine",
        ["order-problem.no-adjustment"],
        "Cannot ship (out of stock) with no confirmation of an adjustment or refund.",
        to=b,
        frm="Waggle Gear <help@wagglegear.com>",
        day=13,
        absent=("order-problem.cancellation-request",),
        subject=f"Update on your harness, order {o}",
        text=f"""Hello,

We're sorry, but the orange harness in size M from order {o} is out of
stock. Our factory shipment has been delayed and we can't send it this month.

We're really sorry about this.

Waggle Gear""",
    )

    o, b = order("return-dissuade", "Skyline Racing Drone Propellers, 16 pack")
    case(
        "return-please-keep-it",
        "quarantine",
        ["return.unnecessary"],
        "About a return, but neither asks for information nor offers a partial refund: it tries to talk the "
        "buyer out of returning.",
        to=b,
        frm="Skyline RC <returns@skylinerc.com>",
        day=12,
        subject=f"Your return request - order {o}",
        text=f"""Hi,

We saw you opened a return for the propellers from order {o}.

As a small shop, every return hits us hard, and these props are among our
best-rated items. We'd really encourage you to hang on to them and give
them another go; most pilots find they grow on them after a few flights.

Thanks for understanding,
Skyline RC""",
    )

    # ---- D. content ----
    o, b = order("http", "Silicone Baking Mats, 2 pack", uk=True)
    case(
        "old-http-link",
        "reject",
        ["link.insecure"],
        "A plain-text http:// link (to Amazon, so not external).",
        to=b,
        frm="Bakehouse Basics <hello@bakehousebasics.co.uk>",
        day=11,
        absent=("link.external", "style.link-text"),
        subject=f"Care guide for order {o}",
        text=f"""Hello,

The care guide for your baking mats (order {o}) is on the listing:
http://www.amazon.co.uk/dp/B09XK3ZQ2L

In short: no knives, no sharp utensils, and wash in warm soapy water.

Bakehouse Basics""",
    )

    o, b = order("external", "Aquarium Heater 300W with Thermostat")
    case(
        "setup-video-own-site",
        "reject",
        ["link.external"],
        "An https link to the seller's own support site, not needed for order completion.",
        to=b,
        frm="Tidepool Aquatics <care@tidepool-aquatics.com>",
        day=10,
        absent=("link.insecure", "style.link-text"),
        subject=f"Setting up your 300W heater ({o})",
        text=f"""Hi,

Before you plug in the heater from order {o}, let it sit in the tank
water for 30 minutes so the glass adjusts to the temperature.

There's a two-minute setup video here:
https://support.tidepool-aquatics.com/videos/heater-300

Sam, Tidepool Aquatics""",
    )

    o, b = order("optout", "Bamboo Toothbrushes, family pack of 8", uk=True)
    case(
        "reply-no-more-emails",
        "reject",
        ["link.opt-out"],
        "A footer telling the buyer how to stop receiving the seller's emails (opt-out text).",
        to=b,
        frm="Greenbristle <hello@greenbristle.co.uk>",
        day=10,
        subject=f"Your toothbrushes (order {o})",
        text=f"""Hi,

The bamboo handles of your toothbrushes (order {o}) last longest if
they dry upright between uses.

--
Greenbristle Ltd
Rather not hear from us about your orders? Reply "no more emails" and we'll
take you off our mailing list.""",
    )

    o, b = order("docx", "Smart Wi-Fi Plug, 4 pack")
    docx = make_docx(["Warranty registration form", f"Order: {o}", "Name:", "Serial numbers:"])
    case(
        "warranty-form-docx",
        "reject",
        ["attachment.not-allowed"],
        "A Word document attached (office format outside the allow-list).",
        to=b,
        frm="Plugsmart <support@plugsmart.com>",
        day=11,
        subject=f"Warranty registration for order {o}",
        text=f"""Hello,

To register the 2-year warranty on your smart plugs (order {o}),
fill in the attached form and reply with it.

Plugsmart Support""",
        attach=[
            (
                docx,
                "application",
                "vnd.openxmlformats-officedocument.wordprocessingml.document",
                "Warranty_Registration.docx",
            )
        ],
    )

    o, b = order("logolink", "Cast Iron Pizza Stone 14in", uk=True)
    logo = logo_jpeg("OAK & EMBER")
    case(
        "linked-logo-to-shop",
        "reject",
        ["image.logo-link", "link.external"],
        "The brand logo is wrapped in a link to the seller's website.",
        to=b,
        frm="Oak & Ember <kitchen@oakandember.co.uk>",
        day=12,
        absent=("style.image-alt", "style.link-text", "attachment.not-allowed"),
        subject=f"Seasoning your pizza stone ({o})",
        html=f"""<p><a href="https://www.oakandember.co.uk/"><img src="cid:oe-logo" alt="Oak &amp; Ember" width="180" height="50"></a></p>
<p>Hello,</p>
<p>Before the first bake with the pizza stone from order {o}, rub a thin layer of oil over it and
heat it for an hour at 200&deg;C. It will darken with use; that's the seasoning building up.</p>
<p>Oak &amp; Ember</p>""",
        related=[(logo, "image", "jpeg", "<oe-logo>", "oakember.jpg")],
    )

    o, b = order("pixel", "Reusable Silicone Food Bags, 6 pack")
    case(
        "remote-open-pixel",
        "reject",
        ["image.tracking-pixel", "style.image-alt"],
        "A 1x1 remote image with a per-recipient token on a mail tracking host; its alt is empty.",
        to=b,
        frm="Keepfresh <hi@keepfresh.com>",
        day=11,
        absent=("image.insecure", "link.external", "style.image-width"),
        subject=f"Freezer tips for order {o}",
        text=f"""Hi,

The silicone bags from order {o} are freezer safe down to -40 C.
Leave an inch at the top for liquids to expand.

Keepfresh""",
        html=f"""<p>Hi,</p>
<p>The silicone bags from order {o} are freezer safe down to -40 C. Leave an inch at the top for
liquids to expand.</p>
<p>Keepfresh</p>
<img src="https://open.mailtrack-pro.com/o/7f3a9c21e0b84d/{b.split("@")[0]}.gif" width="1" height="1" alt="" style="display:block;border:0">""",
    )

    o, b = order("productphoto", "Trailblazer Waterproof Pannier Bag 25L, Black")
    photo = banner_png("pannier 25L", 300, 220, bg=(30, 30, 30), fg=(230, 230, 230))
    case(
        "inline-photo-of-purchase",
        "quarantine",
        ["image.product-photo"],
        "An inline image whose alt text names the ordered product.",
        to=b,
        frm="Trailblazer Bags <ride@trailblazerbags.com>",
        day=10,
        absent=("style.image-alt", "style.image-width", "attachment.not-allowed"),
        subject=f"Fitting your pannier (order {o})",
        html=f"""<p>Hi,</p>
<p>To fit the pannier from order {o}, slide the top hooks onto the rack rail and turn the lower
clip so it sits behind the rack strut.</p>
<p><img src="cid:pannier" alt="Trailblazer Waterproof Pannier Bag 25L, Black" width="300" height="220"></p>
<p>Trailblazer Bags</p>""",
        related=[(photo, "image", "png", "<pannier>", "trailblazer-pannier-25l.png")],
    )

    o, b = order("email", "Handheld Milk Frother, Stainless", uk=True)
    case(
        "send-photos-to-our-inbox",
        "reject",
        ["content.email-address"],
        "Asks the buyer to email photos to the seller's own address, written in the body.",
        to=b,
        frm="Frothwell <info@frothwell.co.uk>",
        day=12,
        reply="The frother whisk stopped spinning after a week.",
        subject=f"Re: whisk stopped (order {o})",
        text=f"""Hi,

Sorry about that. Could you send a short video of the frother running to
warranty@frothwell.co.uk? It tells us straight away whether it's the motor
or the whisk coupling, and we'll send the right replacement for order
{o}.

Frothwell""",
    )

    o, b = order("phone", "Electric Soldering Iron Kit 60W")
    case(
        "call-our-support-line",
        "reject",
        ["content.phone-number"],
        "The seller's own support line, with no warranty, carrier or manufacturer word nearby.",
        to=b,
        frm="Voltcraft Tools <help@voltcrafttools.com>",
        day=11,
        subject=f"Soldering iron tip question - order {o}",
        text=f"""Hello,

Thanks for your order {o}. The tip should be tinned before first use:
heat it up and melt a little solder onto it straight away.

Any questions at all, give us a ring on (646) 555-0187, we're in the
office most weekdays.

Voltcraft Tools""",
    )

    o, b = order("sensitive", "Outdoor Waterproof Doormat, 90x60", uk=True)
    case(
        "venting-about-courier",
        "quarantine",
        ["content.sensitive"],
        "Offensive language about the courier in a replacement notice.",
        to=b,
        frm="Matworks <orders@matworks.co.uk>",
        day=12,
        reply="My doormat was left in the rain and the box is ruined.",
        subject=f"Re: soggy parcel, order {o}",
        text=f"""Hi,

Honestly, the driver who dumped your parcel in the rain is a useless
piece of shit and we've complained. A new doormat for order {o} goes
out today at our cost.

Matworks""",
    )

    # ---- E. styling ----
    o, b = order("clickhere", "Digital Kitchen Scale 5kg")
    case(
        "manual-link-here",
        "reject",
        ["style.link-text"],
        "An HTML link to the Amazon listing whose text is just 'here'.",
        to=b,
        frm="Measura <hello@measura.com>",
        day=10,
        absent=("link.external", "link.insecure"),
        subject=f"Calibrating your scale ({o})",
        html=f"""<p>Hi,</p>
<p>If the scale from order {o} reads a few grams off, it can be recalibrated with a 1 kg weight.
The steps are on the listing, you'll find them <a href="https://www.amazon.com/dp/B0BQ5ZL9M1">here</a>.</p>
<p>Measura</p>""",
    )

    o, b = order("noalt", "Magnetic Knife Strip 40cm", uk=True)
    sig = logo_png("Blade&Co", size=(120, 36))
    case(
        "signature-logo-no-alt",
        "reject",
        ["style.image-alt"],
        "An email-signature logo without an alt attribute.",
        to=b,
        frm="Blade & Co <support@bladeandco.co.uk>",
        day=12,
        absent=("image.logo-link", "image.tracking-pixel", "style.image-width"),
        subject=f"Wall plugs for your knife strip ({o})",
        html=f"""<p>Hello,</p>
<p>For a plasterboard wall, please use the spring toggles in the small bag rather than the plastic
plugs for the knife strip from order {o}. It holds up to 6 kg that way.</p>
<p>Best regards,<br>Leo<br><img src="cid:sig-logo" width="120" height="36"></p>""",
        related=[(sig, "image", "png", "<sig-logo>", "signature.png")],
    )

    o, b = order("emoji", "Kids' Ski Goggles, Blue")
    case(
        "emoji-sign-off",
        "reject",
        ["style.emoji"],
        "An emoji in the sign-off of an otherwise useful message.",
        to=b,
        frm="Snowline Kids <hello@snowlinekids.com>",
        day=9,
        subject=f"Anti-fog care for the goggles (order {o})",
        text=f"""Hi!

Quick tip for the goggles from order {o}: never wipe the inside of
the lens, just let it air dry. Wiping removes the anti-fog coating.

Have a great season \u26f7\ufe0f
Snowline Kids""",
    )

    o, b = order("gif", "Glow-in-the-Dark Jigsaw Puzzle 1000 pieces", uk=True)
    gif = animated_gif(("GLOW PUZZLES", "lights off!"))
    case(
        "animated-glow-banner",
        "reject",
        ["style.animated-gif"],
        "A two-frame animated GIF banner inline.",
        to=b,
        frm="Glowbox Puzzles <hello@glowboxpuzzles.co.uk>",
        day=11,
        absent=("style.image-alt", "style.image-width", "attachment.not-allowed"),
        subject=f"Charging the glow on your puzzle ({o})",
        html=f"""<p><img src="cid:glow" alt="Glowbox Puzzles" width="220" height="56"></p>
<p>Hi,</p>
<p>The pieces of your puzzle from order {o} glow brightest after 10 minutes under a daylight lamp.</p>
<p>Glowbox Puzzles</p>""",
        related=[(gif, "image", "gif", "<glow>", "glow.gif")],
    )

    o, b = order("margin", "Wetsuit 3/2mm Men's MT")
    case(
        "wide-side-padding",
        "reject",
        ["style.margin"],
        "A shop template with 160 px padding on each side (over 20 % of 600 px).",
        to=b,
        frm="Swellhouse Surf <crew@swellhouse.com>",
        day=10,
        subject=f"Wetsuit care ({o})",
        html=f"""<div style="padding: 12px 160px">
<p>Hi,</p>
<p>Rinse the wetsuit from order {o} in fresh water after every surf and dry it inside out, out of the sun.</p>
<p>Swellhouse Surf</p>
</div>""",
    )

    o, b = order("wide", "Adjustable Dumbbell Set 24kg", uk=True)
    chart = banner_png("weight plate order: 2 / 4 / 6 kg", 560, 120)
    case(
        "wide-plate-diagram",
        "reject",
        ["style.image-width"],
        "An inline diagram 560 px wide (above 480 px).",
        to=b,
        frm="Ironrack Fitness <coach@ironrack.co.uk>",
        day=11,
        absent=("style.image-alt", "image.product-photo"),
        subject=f"Plate order for your dumbbells ({o})",
        html=f"""<p>Hello,</p>
<p>If the dial on your dumbbells from order {o} sticks, the plates are probably in the wrong cradle
slots. This is the order they go in:</p>
<p><img src="cid:plates" alt="Weight plate slot order diagram" width="560" height="120"></p>
<p>Ironrack Fitness</p>""",
        related=[(chart, "image", "png", "<plates>", "plate-order.png")],
    )

    o, b = order("font", "Tent Footprint Groundsheet 2-person")
    case(
        "helpdesk-brand-font",
        "reject",
        ["style.font-override"],
        "A helpdesk template forcing a font family and a text colour.",
        to=b,
        frm="Basecamp Gear <help@basecampgear.com>",
        day=12,
        absent=("style.font-sizes", "style.alignment"),
        subject=f"Footprint orientation ({o})",
        html=f"""<div style="font-family: 'Trebuchet MS', Arial, sans-serif; color: #2f4f2f">
<p>Hi,</p>
<p>The footprint from order {o} goes shiny side down, and the webbing loops line up with the tent's corner poles.</p>
<p>Basecamp Gear</p>
</div>""",
    )

    o, b = order("sizes", "Drawing Tablet 10x6in with Pen", uk=True)
    case(
        "five-font-sizes",
        "reject",
        ["style.font-sizes"],
        "Text in five sizes: h1, h2, default, 13px and 11px.",
        to=b,
        frm="Inkpad Digital <support@inkpaddigital.co.uk>",
        day=11,
        absent=("style.font-override",),
        subject=f"Driver setup for your tablet ({o})",
        html=f"""<h1>Getting started</h1>
<h2>Order {o}</h2>
<p>Install the 6.2 driver before plugging the tablet in, then restart.</p>
<p style="font-size:13px">Pen not responding? Hold the lower button for 3 seconds to pair it again.</p>
<p style="font-size:11px">Inkpad Digital Ltd</p>""",
    )

    o, b = order("center", "Insulated Lunch Bag, Teal")
    case(
        "centered-body",
        "reject",
        ["style.alignment"],
        "The whole body is centred.",
        to=b,
        frm="Lunchly <hello@lunchly.com>",
        day=10,
        subject=f"Keeping lunch cold ({o})",
        html=f"""<div style="text-align:center">
<p>Hi!</p>
<p>For the lunch bag from order {o}, freeze the ice pack flat overnight and put it on top of the food, not underneath.</p>
<p>Lunchly</p>
</div>""",
    )

    o, b = order("breaks", "Replacement Espresso Tamper 58mm", uk=True)
    case(
        "html-triple-br",
        "reject",
        ["style.line-breaks"],
        "Three <br> in a row before the signature.",
        to=b,
        frm="Portafilter Co <barista@portafilter.co.uk>",
        day=12,
        absent=("style.emoji",),
        subject=f"Tamper fit ({o})",
        html=f"""<p>Hello,</p>
<p>The 58mm tamper from order {o} fits most commercial baskets; if it catches, check your basket's inner
diameter is 58.5mm.<br><br><br>Thanks,<br>Portafilter Co</p>""",
    )

    o, b = order("insecure-img", "Wooden Bird House Kit")
    case(
        "http-signature-image",
        "reject",
        ["image.insecure"],
        "A signature image loaded over http.",
        to=b,
        frm="Nestbox Crafts <hello@nestboxcrafts.com>",
        day=11,
        absent=("link.insecure", "link.external", "style.image-alt"),
        subject=f"Hanging the bird house ({o})",
        html=f"""<p>Hi,</p>
<p>Hang the bird house from order {o} 2-3 m up, facing away from the afternoon sun.</p>
<p>Nestbox Crafts<br><img src="http://cdn.nestboxcrafts.com/mail/sig.png" alt="Nestbox Crafts" width="120" height="36"></p>""",
    )

    o, b = order("spelling", "Rechargeable Bike Lights Set")
    case(
        "spelling-errors",
        "relay",
        ["content.spelling"],
        "Egregious spelling errors: a warning only, relayed.",
        to=b,
        frm="Spokelight <sales@spokelight.com>",
        day=10,
        subject=f"Bike lights order {o}",
        text=f"""Hi,

Thankyou for you're order {o}. We have recieved you're mesage
about the bike lites, they shud be charjed fully befor first use, apox
fore ours, untill the red led goes of.

Definately let us no if there is any furthur problim.

Spokelight""",
    )


# ============================================================================================
# Several rules at once
# ============================================================================================


def multi() -> None:
    o, b = order("m-newsletter", "Stainless Steel Bento Box, 3 tier", uk=True)
    case(
        "multi-newsletter-html",
        "reject",
        ["type.marketing", "link.external", "link.opt-out", "style.alignment", "style.emoji"],
        "A newsletter-style message: other products with a discount code, a shop link, centred, an emoji and "
        "an unsubscribe footer link.",
        to=b,
        frm="Tiffinly <news@tiffinly.co.uk>",
        day=13,
        absent=("style.link-text",),
        subject=f"Your bento box + something new \U0001f371 ({o})",
        html=f"""<div style="text-align:center">
<p>Thanks for your bento box order {o}!</p>
<p>Meet our new leak-proof snack pots: 15% off with code BENTO15 this week only.</p>
<p><a href="https://www.tiffinly.co.uk/snack-pots">Shop the snack pots</a></p>
<p>Unsubscribe from Tiffinly emails: <a href="https://www.tiffinly.co.uk/unsubscribe?u=88213">unsubscribe</a></p>
</div>""",
    )

    o, b = order("m-gating", "Yoga Block Cork, 2 pack")
    case(
        "multi-gating-gift-card-email",
        "reject",
        ["review.incentive", "review.conditional", "content.email-address"],
        "A $10 gift card for a 5-star review, gating ('not happy? email us first') and an email address.",
        to=b,
        frm="Corkwell <namaste@corkwell.com>",
        day=12,
        tolerated=("type.marketing",),
        subject=f"Loving your cork blocks? ({o})",
        text=f"""Hi,

We hope the cork blocks from order {o} are helping your practice.

If they are, we'd be thrilled with a 5-star review on Amazon, and we'll
send a $10 Amazon gift card to say thanks. If anything's not perfect,
please email hello@corkwell.com first instead of leaving a review.

Namaste,
Corkwell""",
    )

    o, b = order("m-oos", "Noise Cancelling Earbuds, White", **PENDING)
    case(
        "multi-oos-cancel-phone",
        "reject",
        ["order-problem.cancellation-request", "order-problem.no-adjustment", "content.phone-number"],
        "Out of stock: asks the buyer to cancel, no refund confirmed, and gives the seller's own phone line.",
        to=b,
        frm="Hushbud Audio <orders@hushbud.com>",
        day=13,
        subject=f"Your earbuds order {o}",
        text=f"""Hello,

Unfortunately the white earbuds from order {o} are out of stock.
Please go to Your Orders and request a cancellation, as we are unable to
cancel it from our end.

Questions? Call us on 415-555-0199.

Hushbud Audio""",
    )

    o, b = order(
        "m-old",
        "Leather Dog Lead 1.5m",
        uk=True,
        purchased="2026-04-20T10:00:00Z",
        shipped="2026-04-21T10:00:00Z",
        delivered="2026-04-24T10:00:00Z",
    )
    case(
        "multi-expired-http-breaks",
        "reject",
        ["window.expired", "link.insecure", "style.line-breaks"],
        "52 days after delivery, an http link to the seller's site and several blank lines in a row in plain text.",
        to=b,
        frm="Hound & Hide <shop@houndandhide.co.uk>",
        day=15,
        crlf=True,
        cte="7bit",
        tolerated=("link.external",),
        subject=f"Leather care for your lead ({o})",
        text=f"""Hello,

To keep the lead from order {o} supple, use a little leather balm
every couple of months. Our care guide: http://www.houndandhide.co.uk/care



Hound & Hide""",
    )

    order("m-html", "Ceramic Plant Mister, Cream")
    b = ORDERS["m-html"]["buyer_email"]
    case(
        "multi-noid-pixel-font-noalt",
        "reject",
        ["order-id.missing", "image.tracking-pixel", "style.font-override", "style.image-alt"],
        "No order ID, a hidden tracking image, a forced font family and an image without alt text.",
        to=b,
        frm="Mistwell <hello@mistwell.com>",
        day=11,
        absent=("image.insecure",),
        subject="Misting tips for your plants",
        html="""<div style="font-family: Georgia, serif">
<p>Hi,</p>
<p>Mist tropical plants in the morning so the leaves dry by evening. Ferns like it twice a day.</p>
<p>Mistwell</p>
<img src="https://px.mistwell.com/open?rcpt=5c1e9a77b2" width="1" height="1" style="display:none">
</div>""",
    )


def main() -> None:
    compliant()
    single()
    multi()
    CASE_LIST.sort(key=lambda c: c["verdict"] != "relay" or bool(c["rules"]))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="thirtyfirst"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders")


if __name__ == "__main__":
    main()
