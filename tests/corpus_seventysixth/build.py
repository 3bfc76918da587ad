#!/usr/bin/env python3
"""Build the seventy-sixth labelled corpus: orders.csv, cases/*.eml and labels.json.

    .venv/bin/python tests/corpus_seventysixth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. Fourth round on the review rules (review.incentive,
review.conditional, review.removal-request, review.repeat) and type.marketing, in the wordings review-request
tools and sellers use in 2026: soft incentives (a care guide, a prize draw, a VIP club, early access, "lower
prices"), two-button "Love it / Not quite" gating blocks, "we'd love your feedback to reflect the fix",
feedback removal after a refund, repeat requests in a different wording, and cross-selling; against the
compliant boundary of neutral requests, one per order, answers to "how do I leave a review?", warranty help
and care or how-to messages naming the product line.
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
    mk,
    page,
    set_boundaries,
    shaped_case,
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(76_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "com.au": "25", "ca": "70", "de": "30", "fr": "40", "es": "40",
           "it": "40", "co.jp": "50", "com.br": "70", "nl": "40"}
_TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp", "pt": "com.br", "nl": "nl"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-05-28T09:00:00Z", shipped="2026-05-29T14:00:00Z",
                 delivered="2026-06-02T11:30:00Z")
ORDERS = BOOK.rows
order = BOOK.add
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
SJIS = {"charset": "shift_jis", "cte": "base64"}
B64 = {"cte": "base64"}
L1 = {"charset": "windows-1252", "cte": "quoted-printable"}
L15 = {"charset": "iso-8859-15", "cte": "quoted-printable"}

TARGET = ["language.mismatch", "type.order-confirmation", "type.thank-you-only", "type.marketing",
          "review.incentive", "review.removal-request", "review.conditional", "review.repeat",
          "order-problem.cancellation-request", "order-problem.no-adjustment", "return.unnecessary",
          "content.sensitive", "content.phone-number", "content.email-address", "link.opt-out", "link.external"]
OTHER = ["order-id.missing", "order-id.unknown", "window.expired", "style.emoji", "style.line-breaks",
         "link.insecure", "style.link-text", "style.font-override", "style.alignment", "image.tracking-pixel"]

case = partial(shaped_case, CASE_LIST, TARGET, OTHER, thread="0100019c.a76", tag="s76", time="14:22:51")


def same_buyer(key: str, lang: str, title: str, addr: str, *, tld: str = "") -> str:
    """A second order of an existing buyer (same relay address)."""
    oid, _ = order(key, lang, title, tld=tld)
    ORDERS[key]["buyer_email"] = addr
    return oid


def button_case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str,
                html: str, text: str | None = None, lang: str = "en", day: int = 11, enc: dict | None = None,
                tolerated: tuple[str, ...] = (), crlf: bool = False) -> None:
    """An HTML (or text + HTML) case with a hand-written body (review-tool button blocks)."""
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*TARGET, *OTHER) if r not in rules and r not in tol]
    kw = dict(enc or {})
    msg = mk(frm, to, subject, mail_date(day, "08:05:13", "+0000"), f"<b76.{slug}@{dom}>",
             text=text, html=page(html, lang), **kw)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, crlf=crlf)


BTN = ('<a href="{href}" style="display:inline-block;padding:10px 18px;background:#f3ede2;'
       'border:1px solid #c9b99a;border-radius:4px;text-decoration:none">{label}</a>')


# --------------------------------------------------------------------------------------------
# English (amazon.com, .co.uk, .com.au, .ca)
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    # ---- compliant ----
    frm = "Copperline Kitchen <orders@copperlinekitchen.com>"
    o_blender, b_blender = order("en-com-req", "en", "Copperline 1200W Countertop Blender, 64 oz", tld="com")
    case("en-com-share-your-experience", "relay", [],
         "A neutral review request in the style of Amazon's Request a Review template, asking for an honest "
         "opinion without benefit or condition: the first request for this order.",
         to=b_blender, frm=frm, day=9, crlf=True,
         subject=f"Share your experience with your recent order {o_blender}", text=f"""Hello,

Thanks for choosing Copperline Kitchen. We hope your new blender from order
{o_blender} is settling in nicely.

Would you take a moment to share your experience? Other Amazon shoppers rely
on reviews written by customers who have actually used the product, so your
honest opinion about the blender would be genuinely useful to them.

You can write your review from Your Orders on Amazon, next to this order.

Kind regards,
The Copperline Kitchen team""")

    o, b = order("en-com-care", "en", "Pre-Seasoned Cast Iron Skillet 12 inch", tld="com")
    case("en-com-thanks-with-skillet-care", "relay", [],
         "Thanks for the order plus concrete care instructions for a cast iron skillet: content beyond the "
         "thank-you, no review request, no promotion.",
         to=b, frm="Ironwood Forge <help@ironwoodforge.com>", fmt="alt", day=6,
         subject=f"Caring for your skillet - order {o}", text=f"""Hi there,

Thank you for your order {o}. A few care notes so the skillet lasts for
decades:

- Before the first use, rinse it with hot water and dry it on the stove for
  a minute or two.
- After cooking, wash with hot water and a brush; a drop of mild soap is fine.
- Always dry it completely and wipe a thin film of cooking oil over the
  surface while it is still warm.
- If you see a little rust, scrub it off with steel wool and re-oil.

Enjoy the cooking,
Ironwood Forge""")

    o, b = order("en-uk-how", "en", "Bamboo Bath Caddy, Extendable", tld="co.uk")
    case("en-uk-reply-how-to-leave-review", "relay", [],
         "Answer to a buyer who asked where to leave a review: explains the steps with an Amazon link, no "
         "incentive, no condition.",
         to=b, frm="Greenhaven Home <care@greenhavenhome.co.uk>", day=12,
         reply="Hi, I'd like to leave a review for the bath caddy but I can't find where to do it. Can you help?",
         subject=f"Re: Bath caddy - order {o}", text=f"""Hi,

Thanks for getting in touch, that's kind of you. The quickest way is:

1. Go to Your Orders on amazon.co.uk and find order {o}.
2. Click "Write a product review" next to the bath caddy.

You can also go straight to the review page here:
https://www.amazon.co.uk/review/review-your-purchases

Best wishes,
Helen at Greenhaven Home""")

    o, b = order("en-au-warranty", "en", "Glass Blender Jug Replacement Set", tld="com.au")
    case("en-au-replacement-jug-no-review", "relay", [],
         "Reply to a buyer with a cracked jug: a free replacement under warranty, with no mention of reviews "
         "or feedback.",
         to=b, frm="Outback Appliances <service@outbackappliances.com.au>", enc=B64, day=10,
         reply="The glass jug arrived with a crack along the base. What can I do?",
         subject=f"Re: Cracked jug - order {o}", text=f"""G'day,

Sorry to hear the jug arrived cracked. That is covered by our 12-month
warranty, so we have sent a replacement jug for order {o} today, at no cost
to you. It
should arrive within three to five business days.

There's no need to send the damaged one back; please dispose of it safely,
wrapped in newspaper.

Cheers,
Liam, Outback Appliances""")

    o, b = order("en-ca-line", "en", "Northwind Trail Pro Trekking Poles (pair)", tld="ca")
    case("en-ca-trail-pro-how-to-use", "relay", [],
         "How-to message that names the product line ('Trail Pro') the buyer bought from: instructions for "
         "the purchased item, not a promotion of other products.",
         to=b, frm="Northwind Outfitters <support@northwindoutfitters.ca>", day=8, crlf=True,
         subject=f"Setting up your Trail Pro poles (order {o})", text=f"""Hello,

A quick setup guide for the trekking poles from order {o}.

Like every pole in the Trail Pro line, yours use a flip lock rather than a
twist lock:

1. Open the lock lever, slide the lower section to the height marked on the
   shaft (your elbow should be at about 90 degrees), and close the lever.
2. If the lever feels loose, turn the small screw on the lock a quarter turn
   clockwise.
3. The rubber tips are for pavement; pull them off for trails and snow.

Happy hiking,
Northwind Outfitters""")

    o, b = order("en-com-posneg", "en", "Linen Duvet Cover, Queen, Oat", tld="com")
    case("en-com-positive-or-negative", "relay", [],
         "Review request that asks for any opinion 'whether positive or negative': neutral, one request.",
         to=b, frm="Harbour & Loom <hello@harbourandloom.com>", fmt="html", day=7,
         subject=f"How is your duvet cover? (Order {o})", text=f"""Hello,

Your linen duvet cover from order {o} should have had a wash or two by now;
linen softens a little more each time.

We'd appreciate it if you would write a review on Amazon, whether your
experience was positive or negative. Every honest review helps the next
customer choose the right bedding.

Warm regards,
Harbour & Loom""")

    frm_uk = "Kettle & Co <team@kettleandco.co.uk>"
    o1, b_uk = order("en-uk-first", "en", "Stovetop Whistling Kettle 2.5L, Sage", tld="co.uk")
    case("en-uk-review-first-order", "relay", [],
         "Short neutral review request for the kettle order; the first request for that order.",
         to=b_uk, frm=frm_uk, day=6,
         subject=f"Your kettle - order {o1}", text=f"""Hi,

Hope the kettle is whistling away nicely. If you have a minute, a review on
Amazon would help other buyers decide whether it suits their hob.

Order: {o1}

Thanks,
Kettle & Co""")

    o2 = same_buyer("en-uk-second", "en", "Enamel Tea Canister Set of 3", b_uk, tld="co.uk")
    case("en-uk-review-second-order", "relay", [],
         "The same buyer's other order: one neutral review request per order, so this is not a repeat even "
         "though the buyer had a request for the kettle order.",
         to=b_uk, frm=frm_uk, day=13, after=("en-uk-review-first-order",),
         subject=f"Your tea canisters - order {o2}", text=f"""Hi,

Your tea canisters (order {o2}) arrived last week. When you've had a chance
to use them, we'd be grateful for a review on Amazon; it helps other tea
drinkers see what they're getting.

Thanks,
Kettle & Co""")

    frm_au = "Saltbush Candles <hello@saltbushcandles.com.au>"
    o, b_au = order("en-au-tip", "en", "Soy Candle Trio, Eucalyptus & Mint", tld="com.au")
    case("en-au-review-request-candles", "relay", [],
         "Neutral request for a product review and seller feedback in one message: one request.",
         to=b_au, frm=frm_au, day=5, enc=L1,
         subject=f"Your candles - order {o}", text=f"""Hi,

Your candle trio from order {o} was delivered a few days ago. We'd value
your thoughts: you can review the candles and rate us as a seller from
Your Orders on Amazon. Good or bad, it helps us and other customers.

Saltbush Candles""")

    case("en-au-wick-tip-after-request", "relay", [],
         "A second message on the same order that only gives a burning tip (first burn, wick trimming) and "
         "asks for nothing: no second review request.",
         to=b_au, frm=frm_au, day=12, enc=L1, after=("en-au-review-request-candles",),
         subject=f"A burning tip for your candles - order {o}", text=f"""Hi,

One tip we forgot to include with order {o}: let each candle burn for about
two hours the first time, until the wax has melted right to the edge. That
stops the candle tunnelling down the middle.

Trim the wick to about 5 mm before every later burn.

Saltbush Candles""")

    o, b = order("en-com-badreview", "en", "Cordless Stick Vacuum V8, Grey", tld="com")
    case("en-com-reply-warranty-not-tied", "relay", [],
         "Reply to a buyer asking whether a bad review affects the warranty: says the warranty does not depend "
         "on any review; no request, no condition.",
         to=b, frm="Brightsweep Appliances <support@brightsweep.com>", day=13,
         reply="If I leave an honest review about the battery, will that affect my warranty claim?",
         subject=f"Re: Battery question - order {o}", text=f"""Hello,

Not at all. Your warranty on order {o} covers the battery for two years,
and it does not depend on whether or what you write in a review. What you
post on Amazon is entirely up to you.

For the battery itself: please charge it fully, run the vacuum until it
stops, and tell us how many minutes it lasted. If it is under 20 minutes on
the low setting, we will send a replacement battery.

Regards,
Brightsweep Support""")

    # ---- violations ----
    o, b = order("en-com-guide", "en", "Leather Messenger Bag, Tan", tld="com")
    case("en-com-care-guide-once-review-up", "reject", ["review.incentive"],
         "'As a small thank-you, we'll send you our care guide once your review is up': a free item in "
         "exchange for posting a review.",
         to=b, frm="Saddlery Lane <studio@saddlerylane.com>", day=10,
         subject=f"Your messenger bag - order {o}", text=f"""Hi,

We hope the messenger bag from order {o} is already going everywhere with
you.

If you have a moment to review it on Amazon, as a small thank-you we'll send
you our illustrated leather care guide once your review is up. Just reply to
this message when it's posted.

Best,
Saddlery Lane""")

    o, b = order("en-uk-draw", "en", "Wool Picnic Blanket, Waterproof Backing", tld="co.uk")
    case("en-uk-review-prize-draw", "reject", ["review.incentive"],
         "Every review posted this month is entered into a draw for a gift card: a chance of a prize in "
         "exchange for a review.",
         to=b, frm="Fellside Woollens <info@fellsidewoollens.co.uk>", day=9, enc=L15,
         subject=f"Your picnic blanket - order {o}", text=f"""Hello,

Thank you for order {o}. We hope the picnic blanket gets plenty of use this
summer.

If you leave a review on Amazon before 30 June, you'll automatically be
entered into our monthly draw for a GBP 100 Amazon gift card. Five names are
drawn on 1 July.

All the best,
Fellside Woollens""")

    o, b = order("en-au-vip", "en", "Stainless Steel Drink Bottle 1L", tld="com.au")
    case("en-au-review-vip-circle", "reject", ["review.incentive"],
         "Posting a review gets the buyer into the seller's VIP club with members-only perks: a future "
         "benefit for a review.",
         to=b, frm="Tidewater Bottles <crew@tidewaterbottles.com.au>", day=11, tolerated=("type.marketing",),
         subject=f"Your drink bottle - order {o}", text=f"""Hi,

Thanks for order {o}. Your bottle should keep drinks cold for a full day.

Once you've shared a review of it on Amazon, you'll be welcomed into the
Tidewater VIP Circle: priority support and members-only perks all year.
Just reply with your reviewer name so we can add you.

Cheers,
Tidewater Bottles""")

    o, b = order("en-ca-early", "en", "Merino Wool Beanie, Charcoal", tld="ca")
    case("en-ca-reviewers-early-access", "reject", ["review.incentive"],
         "Reviewers get early access to the new colours before launch: a future benefit tied to reviewing.",
         to=b, frm="Maple Knit Co. <studio@mapleknit.ca>", day=10, fmt="alt", tolerated=("type.marketing",),
         subject=f"Your beanie - order {o}", text=f"""Hello,

Thank you for order {o}. Merino is naturally odour resistant, so the beanie
only needs a cool hand wash now and then.

Customers who review their beanie on Amazon get early access to our autumn
colours a week before anyone else. Leave yours and we'll put you on the
early list.

Maple Knit Co.""")

    o, b = order("en-com-prices", "en", "Ergonomic Office Chair, Mesh Back", tld="com")
    case("en-com-reviews-keep-prices-low", "reject", ["review.incentive"],
         "'Reviews like yours help us offer lower prices ... savings we pass on to you': a promised future "
         "benefit (cheaper products) used to persuade the buyer to review.",
         to=b, frm="Summit Seating <care@summitseating.com>", day=12, enc=B64,
         subject=f"Your office chair - order {o}", text=f"""Hi,

We hope the chair from order {o} is making the workday easier on your back.

Could you leave a review on Amazon? Reviews like yours help us offer lower
prices: the more reviews a chair gets, the more we sell, and the savings go
straight back to you on your next chair or accessory.

Thank you,
Summit Seating""")

    o, b = order("en-com-gate", "en", "Ceramic Pour-Over Coffee Dripper", tld="com")
    rv = "https://www.amazon.com/review/create-review?asin=B0CQ7XK2PM"
    ct = f"https://www.amazon.com/gp/help/contact/contact.html?orderID={o}"
    button_case("en-com-love-it-not-quite-buttons", "reject", ["review.conditional"],
                "Two-button review-tool block: 'Love it?' leads to the Amazon review form, 'Not quite?' to the "
                "seller contact form instead: only happy buyers are sent to review.",
                to=b, frm="Slow Brew Supply <hello@slowbrewsupply.com>", day=9, enc=B64,
                subject=f"How's your dripper? Order {o}",
                html=f"""<p>Hi there,</p>
<p>Your pour-over dripper from order {o} arrived last week. How is it working for you?</p>
<table role="presentation" cellpadding="0" cellspacing="8"><tr>
<td>{BTN.format(href=rv, label="Love it! Write a review on Amazon")}</td>
<td>{BTN.format(href=ct, label="Not quite? Tell us what went wrong")}</td>
</tr></table>
<p>Thanks for brewing with us,<br>Slow Brew Supply</p>""")

    o, b = order("en-uk-fix", "en", "Smart Plug 4-Pack, UK", tld="co.uk")
    case("en-uk-feedback-reflect-the-fix", "reject", ["review.removal-request"],
         "After a firmware fix the seller says 'we'd love for your feedback to reflect the fix': a request "
         "to update an existing review.",
         to=b, frm="Brightnest Tech <support@brightnest-tech.co.uk>", day=13,
         reply="None of the plugs stay connected to the Wi-Fi. I've left a review saying so.",
         subject=f"Re: Smart plugs dropping Wi-Fi - order {o}", text=f"""Hi,

Thanks for bearing with us. The update we pushed last night (version 2.4.1)
fixes the Wi-Fi dropouts on order {o}: unplug each plug for ten seconds and
it will install itself.

Now that it's sorted, we'd love for your feedback to reflect the fix when
you have a moment.

Kind regards,
Brightnest Tech""")

    o, b = order("en-au-remove", "en", "Bamboo Cutting Board Set", tld="com.au")
    case("en-au-refund-then-remove-feedback", "reject", ["review.removal-request"],
         "Confirms a refund, then asks the buyer to take down the seller feedback they left: a removal "
         "request.",
         to=b, frm="Coastal Timber Kitchen <orders@coastaltimber.com.au>", day=12, crlf=True,
         tolerated=("review.incentive",),
         reply="The boards arrived split down the middle. Not happy.",
         subject=f"Re: Split boards - order {o}", text=f"""Hi,

We're sorry the boards arrived split. We've refunded order {o} in full
today; you'll see it in three to five business days, and you don't need to
return anything.

As the issue is now resolved, would you mind removing the seller feedback
you left for us? You can do it from Your Orders in a couple of clicks.

Regards,
Coastal Timber Kitchen""")

    frm_ca = "Hearthstone Textiles <hello@hearthstonetextiles.ca>"
    o, b_ca = order("en-ca-rep", "en", "Heated Throw Blanket, Sherpa", tld="ca")
    case("en-ca-first-request", "relay", [],
         "Neutral review request for the heated throw: the first request for this order.",
         to=b_ca, frm=frm_ca, day=7, fmt="html",
         subject=f"Your heated throw - order {o}", text=f"""Hello,

Thank you for order {o}. We'd be grateful if you would review your heated
throw on Amazon once you've used it a few evenings. Your honest opinion
helps other shoppers.

Hearthstone Textiles""")

    case("en-ca-second-ask-other-wording", "reject", ["review.repeat"],
         "Second request for the same order in different words ('a few lines on the product page'), after "
         "the first request was relayed.",
         to=b_ca, frm=frm_ca, day=14, after=("en-ca-first-request",),
         subject=f"Quick question about order {o}", text=f"""Hello,

How are you finding the heated throw from order {o}? If you have a spare
minute, a few lines about it on the Amazon product page would be a real help
to other shoppers deciding on one.

Hearthstone Textiles""")

    case("en-com-rate-it-after-request", "reject", ["review.repeat"],
         "A later 'could you rate it on Amazon' for the blender order after the first relayed request: "
         "repeat.",
         to=b_blender, frm=frm, day=14, after=("en-com-share-your-experience",), crlf=True,
         subject=f"Is your blender living up to expectations? (order {o_blender})",
         text=f"""Hello,

Has the blender from order {o_blender} lived up to your expectations?
We'd be grateful if you could rate it on Amazon with a couple of words.

The Copperline Kitchen team""")

    o, b = order("en-com-also", "en", "Glass Meal Prep Containers, 10 Pack", tld="com")
    case("en-com-you-might-also-like", "quarantine", ["type.marketing"],
         "Usage note followed by 'You might also like' and two other products of the shop: promotion.",
         to=b, frm="Prepwise <team@prepwise.com>", day=8,
         subject=f"Using your containers - order {o}", text=f"""Hi,

A tip for order {o}: the glass containers go in the oven up to 450 F, but
the lids should stay out of the oven and off the stovetop.

You might also like:
- Prepwise silicone lid replacements (set of 10)
- Prepwise insulated lunch bag, fits two containers

Both are in our Amazon store.

Prepwise""")

    o, b = order("en-uk-cross", "en", "Oak Chopping Board, Large", tld="co.uk")
    button_case("en-uk-complete-the-set-links", "quarantine", ["type.marketing"],
                "Care tip followed by 'Complete the set' with Amazon links to two other products: cross-selling "
                "(Amazon links are allowed, the promotion is not).",
                to=b, frm="Ashgrove Woodcraft <shop@ashgrovewoodcraft.co.uk>", day=10,
                subject=f"Oiling your board - order {o}",
                text=f"""Hello,

Oil your oak board from order {o} once a month with food-safe mineral oil
and let it soak in overnight.

Complete the set:
Ashgrove oak serving paddle: https://www.amazon.co.uk/dp/B0D4RT6Q2M
Ashgrove board oil and wax duo: https://www.amazon.co.uk/dp/B0D4RW1K8Z

Ashgrove Woodcraft
""",
                html=f"""<p>Hello,</p>
<p>Oil your oak board from order {o} once a month with food-safe mineral oil and let it soak in
overnight.</p>
<p><strong>Complete the set:</strong></p>
<ul>
<li><a href="https://www.amazon.co.uk/dp/B0D4RT6Q2M">Ashgrove oak serving paddle</a></li>
<li><a href="https://www.amazon.co.uk/dp/B0D4RW1K8Z">Ashgrove board oil and wax duo</a></li>
</ul>
<p>Ashgrove Woodcraft</p>""")

    o, b = order("en-au-code", "en", "Beach Towel Oversized, Sand-Free", tld="com.au")
    case("en-au-code-next-order", "quarantine", ["type.marketing"],
         "Drying tip plus a discount code for the next order from the shop: a voucher.",
         to=b, frm="Bondi Threads <hi@bonditreads.com.au>", day=9, enc=B64,
         subject=f"Your beach towel - order {o}", text=f"""Hi,

Your beach towel from order {o}: wash it before the first swim, without
fabric softener, so it stays absorbent.

As a welcome, here's 15% off your next order from our Amazon store: use
code SANDFREE15 at checkout before 31 July.

Bondi Threads""")

    o, b = order("en-ca-news", "en", "Sourdough Starter Kit", tld="ca")
    case("en-ca-newsletter-invite", "quarantine", ["type.marketing"],
         "Feeding instructions followed by an invitation to join the shop's monthly newsletter: marketing.",
         to=b, frm="Rise & Crumb <bake@riseandcrumb.ca>", day=8,
         subject=f"Getting your starter going - order {o}", text=f"""Hello,

For the starter kit in order {o}: feed the starter once a day with equal
weights of flour and water, and keep it at room temperature for the first
week.

We also send a monthly newsletter with new recipes and baking tips. Reply
"JOIN" and we'll add you to the list.

Rise & Crumb""")

    o, b = order("en-com-web", "en", "Hand-Thrown Stoneware Mugs, Set of 4", tld="com")
    case("en-com-own-website-and-instagram", "reject", ["type.marketing", "link.external"],
         "Points the buyer to the brand's own web shop (https, not Amazon) and its Instagram handle: "
         "marketing and an external link.",
         to=b, frm="Kiln & Clay <studio@kilnandclay.com>", day=11, fmt="alt",
         subject=f"Your mugs - order {o}", text=f"""Hi,

Thank you for order {o}. The mugs are dishwasher safe, but a hand wash
keeps the glaze glossy for longer.

Our full collection, including glazes we don't list on Amazon, is at
https://www.kilnandclay.com, and you can follow the studio on Instagram at
@kilnandclaystudio.

Kiln & Clay""")

    o, b = order("en-uk-social", "en", "Velvet Cushion Covers, Set of 2", tld="co.uk")
    case("en-uk-social-handles", "quarantine", ["type.marketing"],
         "Washing instructions plus 'come and say hello' with the brand's Instagram and TikTok handles: "
         "social-media promotion.",
         to=b, frm="Fern & Fox Home <studio@fernandfoxhome.co.uk>", day=9, enc=L1,
         subject=f"Your cushion covers - order {o}", text=f"""Hello,

For the covers in order {o}: wash inside out at 30 degrees and reshape the
pile with a soft brush while damp.

Come and say hello on Instagram and TikTok, @fernandfoxhome, for styling
ideas and first looks at new colours.

Fern & Fox Home""")


# --------------------------------------------------------------------------------------------
# German (amazon.de)
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    frm = "Gartenglück Manufaktur <service@gartenglueck-manufaktur.de>"
    o, b = order("de-req", "de", "Hochbeet aus Lärchenholz 120 x 60 cm")
    case("de-bewertung-ob-positiv-oder-negativ", "relay", [],
         "Neutrale Bitte um eine Bewertung, 'ob positiv oder negativ', ohne Gegenleistung: erste Anfrage.",
         to=b, frm=frm, enc=L1, day=7, lang="de",
         subject=f"Ihr Hochbeet – Bestellung {o}", text=f"""Guten Tag,

Ihr Hochbeet aus der Bestellung {o} steht hoffentlich schon an seinem
Platz. Füllen Sie es von unten nach oben mit Ästen, Laub, Kompost und
zuletzt Pflanzerde.

Über eine Bewertung auf Amazon würden wir uns freuen, ob positiv oder
negativ. Ihre Erfahrung hilft anderen Gärtnern bei der Auswahl.

Herzliche Grüße
Gartenglück Manufaktur""")

    case("de-nochmal-mit-anderen-worten", "reject", ["review.repeat"],
         "Zweite Anfrage zur selben Bestellung in anderen Worten ('ein paar Zeilen auf der Produktseite'), "
         "nachdem die erste weitergeleitet wurde.",
         to=b, frm=frm, enc=L1, day=14, lang="de", after=("de-bewertung-ob-positiv-oder-negativ",),
         subject=f"Wie gefällt Ihnen das Hochbeet? ({o})", text=f"""Guten Tag,

wie wächst es in Ihrem Hochbeet aus der Bestellung {o}? Wenn Sie eine
Minute Zeit haben, würden uns ein paar Zeilen von Ihnen auf der
Amazon-Produktseite sehr helfen.

Herzliche Grüße
Gartenglück Manufaktur""")

    o, b = order("de-care", "de", "Merino-Wolldecke 150 x 200 cm, anthrazit")
    case("de-danke-mit-pflegehinweis", "relay", [],
         "Dank für die Bestellung mit konkreten Pflegehinweisen zur Wolldecke: mehr als nur Dank, keine "
         "Werbung, keine Bewertungsbitte.",
         to=b, frm="Wollwerk Allgäu <info@wollwerk-allgaeu.de>", enc=B64, day=6, fmt="alt", lang="de",
         subject=f"Pflege Ihrer Wolldecke (Bestellung {o})", text=f"""Hallo,

vielen Dank für Ihre Bestellung {o}. Damit Ihre Merinodecke lange schön
bleibt:

- Meist genügt Lüften an der frischen Luft, am besten bei feuchtem Wetter.
- Flecken nur mit kaltem Wasser abtupfen, nicht reiben.
- Wenn waschen, dann im Wollprogramm bei 30 Grad und liegend trocknen.

Viele Grüße
Wollwerk Allgäu""")

    o, b = order("de-draw", "de", "Espressokocher Edelstahl 6 Tassen")
    case("de-verlosung-unter-bewertern", "reject", ["review.incentive"],
         "Unter allen, die bis Monatsende eine Bewertung schreiben, werden Preise verlost: Teilnahme an einer "
         "Verlosung als Gegenleistung.",
         to=b, frm="Caffè Nordlicht <hallo@caffe-nordlicht.de>", enc=L1, day=10, lang="de",
         tolerated=("type.marketing",),
         subject=f"Ihr Espressokocher – Bestellung {o}", text=f"""Hallo,

danke für Ihre Bestellung {o}. Tipp: Den Kaffee im Trichter nicht
andrücken, sonst steigt der Druck zu stark.

Übrigens: Unter allen Kundinnen und Kunden, die bis zum 30. Juni eine
Bewertung auf Amazon schreiben, verlosen wir drei Pakete unserer
Hausröstung.

Caffè Nordlicht""")

    o, b = order("de-gate", "de", "Ultraschall-Luftbefeuchter 4 l")
    rv = "https://www.amazon.de/review/create-review?asin=B0CZ8PQ41L"
    ct = f"https://www.amazon.de/gp/help/contact/contact.html?orderID={o}"
    button_case("de-begeistert-nicht-ganz-buttons", "reject", ["review.conditional"],
                "Zwei Schaltflächen: 'Begeistert?' führt zur Amazon-Bewertung, 'Nicht ganz zufrieden?' zum "
                "Kontaktformular: nur zufriedene Käufer werden zur Bewertung geschickt.",
                to=b, frm="Klimaklar <service@klimaklar.de>", day=11, lang="de", enc=L1,
                subject=f"Wie zufrieden sind Sie? Bestellung {o}",
                html=f"""<p>Hallo,</p>
<p>Ihr Luftbefeuchter aus der Bestellung {o} ist seit einigen Tagen bei Ihnen. Wie sind Sie zufrieden?</p>
<table role="presentation" cellpadding="0" cellspacing="8"><tr>
<td>{BTN.format(href=rv, label="Begeistert? Jetzt auf Amazon bewerten")}</td>
<td>{BTN.format(href=ct, label="Nicht ganz zufrieden? Schreiben Sie uns zuerst")}</td>
</tr></table>
<p>Ihr Klimaklar-Team</p>""")

    o, b = order("de-rabatt", "de", "Yogamatte Kork 6 mm")
    case("de-rabatt-naechster-einkauf", "quarantine", ["type.marketing"],
         "Pflegetipp plus 10 % Rabatt auf den nächsten Einkauf mit Code: Gutschein / Werbung.",
         to=b, frm="Korkfeld Yoga <namaste@korkfeld-yoga.de>", day=9, enc=L15, lang="de",
         subject=f"Ihre Korkmatte – Bestellung {o}", text=f"""Hallo,

Ihre Korkmatte aus der Bestellung {o} wird mit der Zeit sogar griffiger.
Einfach mit einem feuchten Tuch abwischen, kein Spülmittel.

Für Ihren nächsten Einkauf in unserem Amazon-Shop schenken wir Ihnen 10 %
Rabatt: Code KORK10 an der Kasse eingeben.

Korkfeld Yoga""")


# --------------------------------------------------------------------------------------------
# French (amazon.fr)
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("fr-how", "fr", "Théière en fonte 1,2 l, noire")
    case("fr-reponse-comment-laisser-avis", "relay", [],
         "Réponse à un acheteur qui demande où laisser un avis : explique les étapes, sans contrepartie ni "
         "condition.",
         to=b, frm="Maison du Thé Vert <contact@maisonduthevert.fr>", enc=L1, day=12, lang="fr",
         reply="Bonjour, je voudrais laisser un avis sur la théière mais je ne trouve pas où. Merci !",
         subject=f"Re: Théière – commande {o}", text=f"""Bonjour,

Merci pour votre message. Pour laisser un avis : ouvrez « Vos commandes »
sur Amazon, retrouvez la commande {o}, puis cliquez sur « Écrire un
commentaire sur le produit » à côté de la théière.

Belle journée,
Maison du Thé Vert""")

    o, b = order("fr-req", "fr", "Lampe de chevet en lin, beige")
    case("fr-avis-honnete-neutre", "relay", [],
         "Demande d'avis neutre ('qu'il soit positif ou négatif'), sans avantage : première demande.",
         to=b, frm="Atelier Lumen <bonjour@atelier-lumen.fr>", enc=B64, day=8, lang="fr", fmt="html",
         subject=f"Votre lampe de chevet – commande {o}", text=f"""Bonjour,

Votre lampe de la commande {o} est arrivée il y a quelques jours. Si vous
avez un instant, votre avis sur Amazon, qu'il soit positif ou négatif,
aidera d'autres clients à faire leur choix.

Merci d'avance,
Atelier Lumen""")

    o, b = order("fr-early", "fr", "Carnet de voyage en cuir A5")
    case("fr-acces-anticipe-nouveautes", "reject", ["review.incentive"],
         "Ceux qui laissent un avis obtiennent un accès anticipé aux nouveautés : avantage futur en échange "
         "d'un avis.",
         to=b, frm="Papeterie Boréale <atelier@papeterie-boreale.fr>", enc=L1, day=10, lang="fr",
         tolerated=("type.marketing",),
         subject=f"Votre carnet – commande {o}", text=f"""Bonjour,

Merci pour votre commande {o}. Le cuir de votre carnet va foncer
joliment avec le temps ; un peu de cire neutre une fois par an suffit.

Les clients qui publient un avis sur Amazon bénéficient d'un accès
anticipé à nos nouveaux carnets, une semaine avant leur sortie. Répondez
simplement à ce message une fois votre avis en ligne.

Papeterie Boréale""")

    o, b = order("fr-fix", "fr", "Aspirateur robot laveur R7")
    case("fr-avis-tenant-compte-correction", "reject", ["review.removal-request"],
         "Après la correction du problème, 'nous serions ravis que votre avis tienne compte de cette "
         "correction' : "
         "demande de mise à jour d'un avis existant.",
         to=b, frm="Domotik Services <sav@domotik-services.fr>", enc=L1, day=13, lang="fr",
         reply="Le robot ne retrouve plus sa base. J'ai mis un avis d'une étoile.",
         subject=f"Re: Robot qui ne retrouve pas sa base – commande {o}", text=f"""Bonjour,

La mise à jour 3.2 publiée hier corrige le retour à la base pour la
commande {o} : elle s'installe automatiquement pendant la charge.

Maintenant que tout fonctionne, nous serions ravis que votre avis tienne
compte de cette correction, si vous avez un moment.

Cordialement,
Domotik Services""")

    o, b = order("fr-news", "fr", "Set de pinceaux aquarelle, 12 pièces")
    case("fr-invitation-newsletter", "quarantine", ["type.marketing"],
         "Conseil d'entretien puis invitation à s'inscrire à la lettre d'information de la boutique : "
         "marketing.",
         to=b, frm="Couleurs d'Ocre <atelier@couleursdocre.fr>", enc=L15, day=9, lang="fr",
         subject=f"Vos pinceaux – commande {o}", text=f"""Bonjour,

Pour les pinceaux de la commande {o} : rincez-les à l'eau tiède après
chaque séance et laissez-les sécher à plat, poils vers le bas jamais.

Envie d'idées de projets ? Inscrivez-vous à notre lettre d'information
mensuelle : répondez « OUI » et nous vous ajouterons à la liste.

Couleurs d'Ocre""")


# --------------------------------------------------------------------------------------------
# Spanish (amazon.es)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("es-care", "es", "Sartén de acero al carbono 28 cm")
    case("es-gracias-con-cuidados", "relay", [],
         "Agradecimiento con instrucciones concretas de curado y cuidado de la sartén: no es solo un "
         "agradecimiento, sin promoción ni petición de reseña.",
         to=b, frm="Fuego Lento Cocina <hola@fuegolentococina.es>", enc=L1, day=6, lang="es",
         subject=f"Cómo curar tu sartén – pedido {o}", text=f"""Hola:

Gracias por tu pedido {o}. Antes de usar la sartén por primera vez:

1. Lávala con agua caliente y sécala al fuego.
2. Unta una capa muy fina de aceite de girasol por dentro y por fuera.
3. Caliéntala a fuego medio hasta que deje de humear y deja que se enfríe.

Después de cada uso, sin jabón: agua caliente, secado al fuego y una gota
de aceite.

Fuego Lento Cocina""")

    o, b = order("es-how", "es", "Mochila de senderismo 30 l")
    case("es-respuesta-como-valorar", "relay", [],
         "Respuesta a un comprador que pregunta cómo dejar una valoración: pasos en Amazon, sin condición "
         "ni incentivo.",
         to=b, frm="Senda Norte <atencion@sendanorte.es>", enc=B64, day=12, lang="es",
         reply="Hola, ¿cómo puedo dejar una opinión sobre la mochila? No encuentro la opción.",
         subject=f"Re: Mochila – pedido {o}", text=f"""Hola:

Gracias por escribirnos. En Amazon, ve a «Mis pedidos», busca el pedido
{o} y pulsa «Escribir una opinión sobre el producto» junto a la
mochila. También puedes valorarnos como vendedor desde esa misma página.

Un saludo,
Senda Norte""")

    o, b = order("es-vip", "es", "Auriculares inalámbricos deportivos")
    case("es-club-vip-por-resena", "reject", ["review.incentive"],
         "Dejar una reseña da acceso al club VIP con ventajas exclusivas: beneficio futuro por la reseña.",
         to=b, frm="Sonido Vivo <club@sonidovivo.es>", enc=L1, day=10, lang="es",
         tolerated=("type.marketing",),
         subject=f"Tus auriculares – pedido {o}", text=f"""Hola:

Gracias por tu pedido {o}. Para un mejor ajuste, prueba las tres tallas
de almohadillas incluidas.

Cuando publiques tu reseña en Amazon, entrarás en nuestro Club VIP Sonido
Vivo, con atención prioritaria y ventajas exclusivas para socios.
Contéstanos con tu nombre de usuario y te damos de alta.

Sonido Vivo""")

    o, b = order("es-remove", "es", "Lámpara de escritorio LED plegable")
    case("es-retirar-valoracion-tras-reembolso", "reject", ["review.removal-request"],
         "Tras el reembolso, pide retirar la valoración de vendedor que dejó el comprador: solicitud de "
         "eliminación.",
         to=b, frm="Lumina Hogar <pedidos@luminahogar.es>", enc=L1, day=13, lang="es",
         tolerated=("review.incentive",),
         reply="La lámpara parpadea desde el primer día. He dejado una valoración negativa.",
         subject=f"Re: Lámpara que parpadea – pedido {o}", text=f"""Hola:

Sentimos mucho lo de la lámpara. Hoy te hemos devuelto el importe completo
del pedido {o}; no hace falta que nos la envíes.

Ahora que está solucionado, ¿podrías retirar la valoración que nos dejaste
como vendedor? Se hace en un minuto desde «Mis pedidos».

Lumina Hogar""")

    o, b = order("es-also", "es", "Maceta autorriego 25 cm")
    case("es-tambien-te-puede-interesar", "quarantine", ["type.marketing"],
         "Consejo de riego y 'también te puede interesar' con otros productos de la tienda: promoción.",
         to=b, frm="Verde Balcón <hola@verdebalcon.es>", enc=L15, day=8, lang="es",
         subject=f"Tu maceta – pedido {o}", text=f"""Hola:

Para la maceta del pedido {o}: llena el depósito solo cuando el
indicador baje al mínimo, normalmente cada diez días.

También te puede interesar:
- Sustrato universal Verde Balcón, 20 l
- Juego de tutores de bambú para plantas trepadoras

Verde Balcón""")


# --------------------------------------------------------------------------------------------
# Italian (amazon.it)
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("it-warr", "it", "Macchina per pasta elettrica")
    case("it-sostituzione-in-garanzia", "relay", [],
         "Risposta a un guasto: sostituzione in garanzia, nessun accenno a recensioni o feedback.",
         to=b, frm="Pasta Viva Elettrodomestici <assistenza@pastaviva.it>", enc=L1, day=12, lang="it",
         reply="La trafila si è crepata dopo due utilizzi.",
         subject=f"Re: Trafila crepata – ordine {o}", text=f"""Gentile cliente,

ci dispiace per l'inconveniente. La trafila è coperta dalla garanzia di due
anni: oggi le abbiamo spedito una trafila nuova per l'ordine {o}, senza
alcun costo. Non serve restituire quella rotta.

Cordiali saluti,
Pasta Viva Elettrodomestici""")

    o, b = order("it-req", "it", "Set di coltelli da cucina, 5 pezzi")
    case("it-recensione-sia-positiva-che-negativa", "relay", [],
         "Richiesta di recensione neutra, 'sia positiva che negativa', senza vantaggi: prima richiesta.",
         to=b, frm="Lame Toscane <info@lametoscane.it>", enc=B64, day=8, lang="it", fmt="alt",
         subject=f"I suoi coltelli – ordine {o}", text=f"""Buongiorno,

i coltelli dell'ordine {o} sono arrivati da qualche giorno. Se ha un
momento, una sua recensione su Amazon, sia positiva che negativa, sarà
utile ad altri clienti.

Grazie,
Lame Toscane""")

    o, b = order("it-guide", "it", "Borraccia termica 750 ml")
    case("it-guida-in-omaggio-dopo-recensione", "reject", ["review.incentive"],
         "'Come piccolo ringraziamento, una volta pubblicata la recensione le invieremo la nostra guida': un "
         "omaggio in cambio della recensione.",
         to=b, frm="Acqua Chiara <ciao@acquachiara-shop.it>", enc=L1, day=10, lang="it",
         subject=f"La sua borraccia – ordine {o}", text=f"""Buongiorno,

grazie per l'ordine {o}. Per togliere i cattivi odori basta un cucchiaino
di bicarbonato e acqua calda, lasciato agire per una notte.

Se lascerà una recensione su Amazon, come piccolo ringraziamento, una volta
pubblicata le invieremo la nostra guida illustrata alla cura delle borracce.

Acqua Chiara""")

    o, b = order("it-prices", "it", "Zaino porta PC 15,6 pollici")
    case("it-recensioni-prezzi-piu-bassi", "reject", ["review.incentive"],
         "'Le recensioni come la sua ci aiutano a offrire prezzi più bassi' a suo vantaggio: beneficio "
         "futuro promesso per convincere a recensire.",
         to=b, frm="Urbano Zaini <servizio@urbanozaini.it>", enc=L15, day=11, lang="it",
         subject=f"Il suo zaino – ordine {o}", text=f"""Buongiorno,

speriamo che lo zaino dell'ordine {o} la accompagni bene ogni giorno.

Le chiediamo di lasciare una recensione su Amazon: le recensioni come la
sua ci aiutano a offrire prezzi più bassi, e quel risparmio torna a lei
sul prossimo acquisto.

Urbano Zaini""")

    o, b = order("it-code", "it", "Tappetino da bagno in cotone")
    case("it-codice-sconto-prossimo-acquisto", "quarantine", ["type.marketing"],
         "Consiglio di lavaggio più un codice sconto per il prossimo acquisto: buono / promozione.",
         to=b, frm="Casa Lino <negozio@casalino.it>", enc=L1, day=9, lang="it",
         subject=f"Il suo tappetino – ordine {o}", text=f"""Buongiorno,

il tappetino dell'ordine {o} si lava in lavatrice a 40 gradi; meglio
asciugarlo steso, senza asciugatrice.

Per il suo prossimo acquisto nel nostro negozio Amazon le regaliamo il 10%
di sconto con il codice CASA10.

Casa Lino""")


# --------------------------------------------------------------------------------------------
# Japanese (amazon.co.jp)
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("ja-req", "ja", "南部鉄器 急須 0.6L")
    case("ja-review-good-and-bad", "relay", [],
         "「良い点も気になった点も」率直なレビューを依頼：見返りも条件もない最初の依頼。",
         to=b, frm="鉄器工房 みちのく <info@tekki-michinoku.jp>", enc=JIS, day=8, lang="ja",
         subject=f"急須のご使用について（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の南部鉄器の急須はお手元に届きましたでしょうか。
ご使用後は中の水気をよく切り、ふたを外して乾かしてください。

お時間がございましたら、良い点も気になった点も、率直なレビューを
Amazonにお寄せいただけますと、他のお客様の参考になります。

鉄器工房 みちのく""")

    o, b = order("ja-draw", "ja", "電動ミル ステンレス")
    case("ja-review-chusen", "reject", ["review.incentive"],
         "レビュー投稿者の中から抽選でプレゼント：抽選への参加がレビューの見返り。",
         to=b, frm="スパイス工房 香 <shop@spice-kaori.jp>", enc=SJIS, day=10, lang="ja",
         tolerated=("type.marketing",),
         subject=f"電動ミルの使い方（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の電動ミルは、粒の大きさを底のダイヤルで
調整できます。

なお、今月中にAmazonでレビューをご投稿いただいた方の中から、
抽選で10名様に当店オリジナルのスパイスセットをお送りいたします。

スパイス工房 香""")

    o, b = order("ja-fix", "ja", "ワイヤレスマウス 静音")
    case("ja-hyouka-ni-hanei", "reject", ["review.removal-request"],
         "不具合の解消後に「改善後の内容を評価に反映していただけますと幸いです」：既存の評価の変更依頼。",
         to=b, frm="デジタルマート 光 <support@digitalmart-hikari.jp>", enc=JIS, day=13, lang="ja",
         reply="マウスが頻繁に途切れます。レビューにも書きました。",
         subject=f"Re: マウスの接続について（注文番号 {o}）", text=f"""お客様

ご不便をおかけし申し訳ございません。ご注文番号 {o} の
マウスにつきまして、交換品を本日発送いたしました。

交換品で問題が解消されましたら、改善後の内容を先日のレビューに
反映していただけますと幸いです。

デジタルマート 光""")

    o, b = order("ja-social", "ja", "木製 カッティングボード")
    case("ja-koushiki-site-instagram", "quarantine", ["type.marketing"],
         "お手入れ方法の後に公式オンラインショップとInstagramアカウントへの案内：宣伝。",
         to=b, frm="木工房 もく <info@mokkoubou-moku.jp>", enc=SJIS, day=9, lang="ja",
         subject=f"カッティングボードのお手入れ（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のカッティングボードは、使用後すぐに水洗いし、
立てて陰干ししてください。

当店の公式オンラインショップでは、Amazonに出品していない限定品も
ご紹介しております。Instagram（@mokkoubou_moku）もぜひフォローしてください。

木工房 もく""")


# --------------------------------------------------------------------------------------------
# Portuguese (amazon.com.br)
# --------------------------------------------------------------------------------------------

def cases_pt() -> None:
    frm = "Casa Jabuticaba <atendimento@casajabuticaba.com.br>"
    o, b = order("pt-req", "pt", "Jogo de panelas antiaderente 5 peças")
    case("pt-avaliacao-sincera", "relay", [],
         "Pedido neutro de avaliação ('boa ou ruim'), sem benefício: a primeira solicitação do pedido.",
         to=b, frm=frm, enc=L1, day=7, lang="pt",
         subject=f"Suas panelas – pedido {o}", text=f"""Olá,

As panelas do pedido {o} chegaram há alguns dias. Dica: use fogo médio
e utensílios de silicone ou madeira para preservar o antiaderente.

Se puder, deixe sua avaliação sincera na Amazon, seja ela boa ou ruim.
Ela ajuda outros clientes na hora da compra.

Abraços,
Casa Jabuticaba""")

    case("pt-lembrete-outras-palavras", "reject", ["review.repeat"],
         "Segunda solicitação para o mesmo pedido com outras palavras ('conte o que achou na página do "
         "produto'), depois da primeira enviada.",
         to=b, frm=frm, enc=L1, day=14, lang="pt", after=("pt-avaliacao-sincera",),
         subject=f"O que achou das panelas? Pedido {o}", text=f"""Olá,

Como estão as panelas do pedido {o}? Se tiver um minutinho, conte o que
achou delas na página do produto na Amazon. Faz muita diferença para nós.

Casa Jabuticaba""")

    o, b = order("pt-draw", "pt", "Garrafa térmica inox 1 litro")
    case("pt-sorteio-entre-avaliadores", "reject", ["review.incentive"],
         "Quem avaliar o produto participa de um sorteio: chance de prêmio em troca da avaliação.",
         to=b, frm="Termobom <contato@termobom.com.br>", enc=B64, day=10, lang="pt",
         tolerated=("type.marketing",),
         subject=f"Sua garrafa térmica – pedido {o}", text=f"""Olá,

Obrigado pelo pedido {o}. Para manter o café quente por mais tempo,
escalde a garrafa com água quente antes de enchê-la.

Quem deixar uma avaliação na Amazon até o fim do mês concorre no nosso
sorteio de três kits de café especial.

Termobom""")

    o, b = order("pt-remove", "pt", "Luminária de mesa articulada")
    case("pt-remover-avaliacao-apos-reembolso", "reject", ["review.removal-request"],
         "Depois do reembolso, pede para remover a avaliação de vendedor deixada pelo cliente.",
         to=b, frm="Luz & Cia <sac@luzecia.com.br>", enc=L1, day=13, lang="pt",
         tolerated=("review.incentive",),
         reply="A luminária chegou com o braço quebrado. Deixei uma avaliação negativa.",
         subject=f"Re: Luminária quebrada – pedido {o}", text=f"""Olá,

Pedimos desculpas pelo problema. Hoje fizemos o reembolso integral do
pedido {o}; não é preciso devolver a luminária.

Como o problema foi resolvido, você poderia remover a avaliação que deixou
para a nossa loja? Leva só um minuto em "Seus pedidos".

Luz & Cia""")


# --------------------------------------------------------------------------------------------
# Dutch (amazon.nl)
# --------------------------------------------------------------------------------------------

def cases_nl() -> None:
    o, b = order("nl-req", "nl", "Fietstas waterdicht, dubbel")
    case("nl-review-positief-of-negatief", "relay", [],
         "Neutraal verzoek om een review, 'of die nu positief of negatief is', zonder tegenprestatie.",
         to=b, frm="Trapkracht Fietsen <klantenservice@trapkracht.nl>", enc=L1, day=8, lang="nl",
         subject=f"Uw fietstas – bestelling {o}", text=f"""Goedendag,

Uw fietstas van bestelling {o} is een paar dagen geleden bezorgd. Als u
even tijd heeft, zouden we een review op Amazon waarderen, of die nu
positief of negatief is. Daarmee helpt u andere fietsers bij hun keuze.

Met vriendelijke groet,
Trapkracht Fietsen""")

    o, b = order("nl-line", "nl", "Stoomstrijkijzer Glide Pro 2600 W")
    case("nl-glide-pro-gebruik", "relay", [],
         "Gebruiksaanwijzing die de productlijn 'Glide Pro' noemt van het gekochte strijkijzer: uitleg, geen "
         "promotie.",
         to=b, frm="Huishoud Direct <service@huishouddirect.nl>", enc=B64, day=7, lang="nl", fmt="alt",
         subject=f"Ontkalken van uw strijkijzer – bestelling {o}", text=f"""Hallo,

Zoals alle strijkijzers uit de Glide Pro-serie heeft uw strijkijzer van
bestelling {o} een zelfreinigende functie:

1. Vul het waterreservoir en verwarm het strijkijzer op de hoogste stand.
2. Houd het boven de gootsteen en houd de knop Calc Clean tien seconden
   ingedrukt.
3. Beweeg het strijkijzer heen en weer tot er geen kalk meer uitkomt.

Doe dit ongeveer één keer per maand.

Huishoud Direct""")

    o, b = order("nl-gate", "nl", "Airfryer XL 5,5 liter")
    rv = "https://www.amazon.nl/review/create-review?asin=B0D1KQ7TZ3"
    ct = f"https://www.amazon.nl/gp/help/contact/contact.html?orderID={o}"
    button_case("nl-top-niet-helemaal-knoppen", "reject", ["review.conditional"],
                "Twee knoppen: 'Top!' naar het reviewformulier, 'Niet helemaal tevreden?' naar het "
                "contactformulier: alleen tevreden kopers worden naar een review gestuurd.",
                to=b, frm="Krokant Keuken <info@krokantkeuken.nl>", day=10, lang="nl", enc=L1, crlf=True,
                subject=f"Hoe bevalt uw airfryer? Bestelling {o}",
                html=f"""<p>Hallo,</p>
<p>Uw airfryer van bestelling {o} staat nu een week in de keuken. Hoe bevalt hij?</p>
<table role="presentation" cellpadding="0" cellspacing="8"><tr>
<td>{BTN.format(href=rv, label="Top! Schrijf een review op Amazon")}</td>
<td>{BTN.format(href=ct, label="Niet helemaal tevreden? Laat het ons eerst weten")}</td>
</tr></table>
<p>Groeten,<br>Krokant Keuken</p>""")

    o, b = order("nl-early", "nl", "Regenjas unisex, olijfgroen")
    case("nl-vroege-toegang-voor-reviewers", "reject", ["review.incentive"],
         "Wie een review schrijft krijgt vroege toegang tot de nieuwe collectie: toekomstig voordeel voor een "
         "review.",
         to=b, frm="Buienradar Outdoor <hallo@buienoutdoor.nl>", enc=L1, day=11, lang="nl",
         tolerated=("type.marketing",),
         subject=f"Uw regenjas – bestelling {o}", text=f"""Hallo,

Bedankt voor bestelling {o}. Was de regenjas op 30 graden en laat hem
aan de lucht drogen, dan blijft de coating waterdicht.

Klanten die een review op Amazon plaatsen, krijgen vroege toegang tot onze
nieuwe najaarscollectie, een week voordat die online komt.

Buienradar Outdoor""")

    o, b = order("nl-news", "nl", "Theeglazen dubbelwandig, set van 4")
    case("nl-nieuwsbrief-uitnodiging", "quarantine", ["type.marketing"],
         "Afwastip gevolgd door een uitnodiging voor de nieuwsbrief van de winkel: marketing.",
         to=b, frm="Theehuis Lente <info@theehuislente.nl>", enc=L15, day=9, lang="nl",
         subject=f"Uw theeglazen – bestelling {o}", text=f"""Hallo,

De glazen van bestelling {o} kunnen in de vaatwasser, maar niet in de
magnetron.

Wilt u onze maandelijkse nieuwsbrief met theerecepten en nieuwe
smaken ontvangen? Meld u aan door op deze e-mail te antwoorden met "JA".

Theehuis Lente""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja, cases_pt,
                                    cases_nl))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="seventysixth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
