#!/usr/bin/env python3
"""Build the forty-eighth labelled corpus: orders.csv, cases/*.eml and labels.json.

    .venv/bin/python tests/corpus_fortyeighth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. English only, in the shape of the shared corpus: compliant
near-misses first, then one focused violation per rule of RULES.md sections B-E, then a few messages that
break two or more rules. Marketplaces .com, .co.uk, .ca, .com.au, .in, .ie and .sg; indirect wordings,
idioms, text-speak, typos and long sentences with the violating clause in the middle.
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
    logo_png,
    mail_date,
    make_docx,
    make_pdf,
    mk,
    page,
    quote,
    reply_headers,
    set_boundaries,
    text2html,
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(48_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "ca": "70", "com.au": "25", "in": "40", "ie": "20", "sg": "50"}
_TLD = {"en": "com"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-05-31T09:00:00Z", shipped="2026-06-01T14:00:00Z",
                 delivered="2026-06-04T11:00:00Z")
ORDERS = BOOK.rows
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-11T07:45:00Z"}
PRODUCER = "Forty-eighth corpus PDF writer 1.0"
B64 = {"cte": "base64"}
L1 = {"charset": "windows-1252", "cte": "quoted-printable"}
L9 = {"charset": "iso-8859-1", "cte": "quoted-printable"}
BIT7 = {"charset": "us-ascii", "cte": "7bit"}

ALL = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "language.mismatch",
       "type.order-confirmation", "type.thank-you-only", "type.marketing", "review.incentive",
       "review.removal-request", "review.conditional", "review.repeat", "order-problem.cancellation-request",
       "order-problem.no-adjustment", "return.unnecessary", "link.insecure", "link.external", "link.opt-out",
       "attachment.not-allowed", "image.logo-link", "image.tracking-pixel", "image.product-photo",
       "content.email-address", "content.phone-number", "content.sensitive", "style.link-text",
       "style.image-alt", "style.emoji", "style.animated-gif", "style.margin", "style.image-width",
       "style.font-override", "style.font-sizes", "style.alignment", "style.line-breaks", "image.insecure"]


def order(key: str, tld: str, title: str, **kw: str) -> tuple[str, str]:
    return BOOK.add(key, "en", title, tld=tld, **kw)


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str,
         text: str = "", html: str = "", day: int = 12, reply: str = "", tolerated: tuple[str, ...] = (),
         enc: dict | None = None, after: tuple[str, ...] = (), crlf: bool = False, related: tuple = (),
         attach: tuple = (), headers: tuple = (), spelling_tolerated: bool = True) -> None:
    """One case: plain text, raw HTML, or both (multipart/alternative). `reply` quotes the buyer and makes
    the message an answer (In-Reply-To/References)."""
    hdrs = list(reply_headers(f"0100019c.e48.{slug[:24]}")) if reply else []
    hdrs += list(headers)
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    kw = dict(enc or {})
    if text:
        body = text.strip("\n") + "\n"
        if reply:
            body += "\nOn 10 Jun 2026, Amazon buyer wrote:\n" + quote(reply) + "\n"
        kw["text"] = body
    if html:
        kw["html"] = html
    tol = (*tolerated, "content.spelling") if spelling_tolerated else tuple(tolerated)
    absent = [r for r in ALL if r not in rules and r not in tol]
    msg = mk(frm, to, subject, mail_date(day, "08:12:33", "+0000"), f"<c48.{slug}@{dom}>", headers=hdrs,
             related=related, attach=attach, **kw)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, after=after, crlf=crlf)


def htm(text: str, extra: str = "") -> str:
    return page(text2html(text) + extra)


# --------------------------------------------------------------------------------------------
# Compliant near-misses
# --------------------------------------------------------------------------------------------

def compliant() -> None:
    o, b = order("rev", "com", "Cast Iron Tortilla Press, 8 inch")
    case("review-neutral-us", "relay", [],
         "One neutral review request with seasoning advice; 'good, bad or somewhere in between' is no gating.",
         to=b, frm="Comal & Co <help@comalandco.com>", day=11, enc=L1,
         subject=f"Seasoning your tortilla press - order {o}", text=f"""Hi there,

A quick tip for the tortilla press from order {o}: brush a whisper of
corn oil over both plates and give them an hour in a 350F oven before
you press anything, and the dough won't stick.

Once you've pressed a few batches, we'd appreciate it if you shared how it
went in a review on Amazon, good, bad or somewhere in between. It genuinely
helps other home cooks decide.

Cheers,
Rosa at Comal & Co""")

    o, b = order("oos-ok", "co.uk", "Hand-thrown Stoneware Teapot, 1.2 litre, speckled oat", **OOS)
    case("oos-refunded-uk", "relay", [],
         "Stock-out with the full amount refunded for the stated reason; 'no need to cancel anything' is not a "
         "request to cancel.",
         to=b, frm="Kiln Lane Pottery <orders@kilnlane.co.uk>", enc=L1,
         subject=f"Your teapot, order {o}", text=f"""Hello,

Bad news, I'm afraid: the speckled oat teapot in order {o} cracked in
our final glaze firing, and as each one is made by hand we have no other in
stock. We have therefore put the full £46.00 back on your payment method today,
the reason being no stock left; there's no need to cancel anything on your
side, and the refund should show within 3-5 working days.

Apologies for the disappointment.

Hannah, Kiln Lane Pottery""")

    o, b = order("ret-info", "ca", "Merino Base Layer Top, Women's M, charcoal")
    case("return-which-size-ca", "relay", [],
         "Return-related message asking for the information needed (which item, tag photo) to process it.",
         to=b, frm="Northbound Woollens <care@northboundwool.ca>", crlf=True,
         subject=f"Return for order {o} - one quick question",
         text=f"""Hi,

Thanks for starting the return on order {o}. So we can process it
properly, could you tell us if the top you're sending back still has
its swing tag attached, and if possible send a snap of the sewn-in label?
We need the lot number printed on it to check it against a faulty batch.

Thank you,
Marc, Northbound Woollens""")

    o, b = order("partial", "com.au", "Bamboo Bath Mat, Non-slip, 60 x 40 cm")
    case("partial-refund-au", "relay", [],
         "Return follow-up offering a partial refund if the buyer keeps the item, a permitted reason.",
         to=b, frm="Tidewater Home <hello@tidewaterhome.com.au>", enc=B64,
         subject=f"About the return of your bath mat ({o})", text=f"""G'day,

You mentioned the bath mat from order {o} arrived with a scuffed corner and
you'd like to return it. If you'd rather keep it, we can offer a partial refund
of AUD 12 (about a third of the price) instead; just reply "keep" and we'll
process it. If you still prefer the return, that's completely fine and the
return you opened stays as it is.

Kind regards,
Lachlan, Tidewater Home""")

    o, b = order("carrier", "in", "Stainless Steel Pressure Cooker, 5 Litre, Induction Base")
    case("reply-carrier-helpline-in", "relay", [],
         "Reply with the courier's helpline number in the same sentence as the courier: an allowed carrier "
         "number; the tracking number answers the buyer's own question.",
         to=b, frm="Rasoi Craft <support@rasoicraft.in>",
         reply="Hello, my cooker has not come yet, where is it?",
         subject=f"Re: Where is my order {o}", text=f"""Namaste,

Your pressure cooker (order {o}) is with Blue Dart, AWB 71934056218, and
it is showing at the Pune hub. If the delivery boy cannot find the address,
the Blue Dart customer care number is 1860 233 1234, they can fix a slot
with you directly.

Regards,
Meera, Rasoi Craft""")

    o, b = order("engrave", "ie", "Personalised Oak Chopping Board, Large")
    case("engraving-details-ie", "relay", [],
         "Proactive request for the engraving text needed to complete a personalised order; the thanks and help "
         "offer are not all there is.",
         to=b, frm="Bog Oak Workshop <workshop@bogoakworkshop.ie>", enc=L9,
         subject=f"Engraving text for order {o}", text=f"""Hi,

Thanks a million for your order {o}. Before we can cut the board we need
the wording you'd like engraved: up to 30 characters over two lines, and tell
us whether you want it in the corner or centred along the bottom edge.

If you're unsure, reply with the names and a date and we'll send a proof first.

All the best,
Ciarán, Bog Oak Workshop""")

    o, b = order("delay", "sg", "Rattan Pendant Lamp Shade, 45 cm")
    case("delay-times-ratios-sg", "relay", [],
         "Delay notice full of emoticon near-misses (10:30, 1:2, 'Step 2:', 'B:') that are not emoticons.",
         to=b, frm="Serangoon Living <service@serangoonliving.sg>", enc=BIT7,
         subject=f"Delivery update for order {o}", text=f"""Hello,

The lamp shade for order {o} missed this morning's 10:30 truck because the
weave on the first one was uneven (roughly 1:2 tighter on one side), so we are
making a new one.

Step 1: the new shade is woven by Wednesday.
Step 2: it goes out with Thursday's courier run.
Ref B: the new estimated delivery is Saturday 20 June.

Apologies for the wait,
Wei Ling, Serangoon Living""")

    o, b = order("review2", "ca", "Enamel Camp Kettle, 1.5 L, forest green")
    case("review-honest-either-way-ca", "relay", [],
         "Review request that asks for an honest review whatever the experience and offers help separately, "
         "without routing unhappy buyers away from reviewing.",
         to=b, frm="Portage Outfitters <team@portageoutfitters.ca>", day=10, enc=L1,
         subject=f"How's the kettle? (order {o})", text=f"""Hi,

Your camp kettle from order {o} should have had its first trip by now.
Whether it boiled in record time or left you wanting, we'd be glad if you
left an honest review on Amazon; every one is read by our small team.

Separately, if the lid is stiff, a drop of cooking oil on the hinge pin sorts it.

Portage Outfitters""")

    o, b = order("warranty", "com.au", "Cordless Stick Vacuum V9, 25.2V")
    case("manufacturer-warranty-au", "relay", [],
         "Manufacturer warranty number given next to the word 'manufacturer' and 'warranty'; 'free repair' is "
         "warranty, not marketing.",
         to=b, frm="Outback Appliances <service@outbackappliances.com.au>",
         subject=f"Your vacuum's battery - order {o}", text=f"""Hello,

Sorry to hear the battery in the vacuum from order {o} drops out after
five minutes. The maker's two-year
warranty covers exactly that, and the repair costs you nothing.

Manufacturer warranty line (Mon-Fri 8am-6pm AEST): 1300 765 210
Have the serial number from under the dust bin ready when you call.

Kind regards,
Priya, Outback Appliances""")

    o, b = order("invoice", "ie", "Donegal Tweed Flat Cap, size 58")
    pdf = make_pdf("Invoice INV-48-2291", ["Invoice INV-48-2291", f"Order {o}", "Donegal Tweed Flat Cap, 58",
                                           "EUR 39.00 incl. VAT 23%", "VAT reg IE 3348127WH"], producer=PRODUCER)
    case("invoice-pdf-ie", "relay", [],
         "Requested VAT invoice as a real PDF; the VAT registration number is not a phone number.",
         to=b, frm="Ardara Hats <accounts@ardarahats.ie>",
         reply="Could I get a VAT invoice for my company please?",
         attach=((pdf, "application", "pdf", "INV-48-2291.pdf"),),
         subject=f"Re: VAT invoice for order {o}", text=f"""Hi,

Please find the VAT invoice for order {o} attached (INV-48-2291). Our VAT
registration is IE 3348127WH should your accounts team need it.

Regards,
Niamh, Ardara Hats""")

    o, b = order("day30", "com", "Walnut Desk Organizer with Phone Stand", delivered="2026-05-16T12:00:00Z",
                 shipped="2026-05-13T12:00:00Z", purchased="2026-05-12T12:00:00Z")
    case("feedback-exactly-30-days-us", "relay", [],
         "Seller-feedback request exactly 30 days after delivery (2026-05-16T12:00Z): still inside the window.",
         to=b, frm="Grainline Goods <studio@grainlinegoods.com>",
         subject=f"Order {o}: a quick word about your desk organizer", text=f"""Hi,

It's been about a month since your walnut desk organizer (order {o}) was
delivered. If you have a minute, seller feedback on Amazon about how we handled
your order would help us a great deal.

Thanks,
Jonah, Grainline Goods""")

    o, b = order("html-ok", "co.uk", "Linen Apron with Cross-back Straps, sage")
    logo = logo_png("LINEN & LOOM", size=(160, 44))
    html = page(
        "<p>Hello,</p>\n"
        f"<p>The apron from order {o} is best washed at 40 degrees and line-dried; it softens with every wash.</p>\n"
        "<p>If you'd like to tell other shoppers what you think, you can "
        f'<a href="https://www.amazon.co.uk/review/write-review?asin=B0D48LNAPR">write a review of the apron on '
        "Amazon</a>.</p>\n"
        "<p>Best wishes,<br>Linen &amp; Loom</p>\n"
        '<p><img src="cid:lllogo" alt="Linen &amp; Loom" width="160" height="44"></p>')
    case("html-review-descriptive-link-uk", "relay", [],
         "HTML review request with an https Amazon link whose text says what it does and a small unlinked logo "
         "with alt text.",
         to=b, frm="Linen & Loom <studio@linenandloom.co.uk>", day=13,
         html=html, related=((logo, "image", "png", "lllogo", "logo.png"),),
         subject=f"Caring for your apron (order {o})")


# --------------------------------------------------------------------------------------------
# One focused violation per rule (sections B-E)
# --------------------------------------------------------------------------------------------

def violations_b() -> None:
    _, b = order("noid", "com", "Silicone Baking Mats, Set of 3")
    case("order-id-missing-us", "reject", ["order-id.missing"],
         "Proactive delay notice that names the product but never gives the 17-digit order ID.",
         to=b, frm="Crumb Theory <hi@crumbtheory.com>",
         subject="Your baking mats are running a little late", text="""Hi,

Just a heads-up that the baking mats you ordered from us last week are held up
at the port in Long Beach; our freight agent expects them released by Friday,
after which they'll ship the same day.

Sorry about this,
Crumb Theory""")

    _, b = order("unk", "co.uk", "Wool Draught Excluder, 90 cm, herringbone")
    case("order-id-unknown-uk", "reject", ["order-id.unknown"],
         "The order ID is well-formed but not in the store (the recipient is a known buyer).",
         to=b, frm="Snug Threads <orders@snugthreads.co.uk>",
         subject="Draught excluder order 202-5531907-4418360", text="""Hello,

Regarding order 202-5531907-4418360: the herringbone draught excluder is being
stitched now and will be posted on Wednesday.

Best,
Snug Threads""")

    o, _ = order("mm", "ca", "Maple Serving Board with Juice Groove")
    other = order("mm2", "ca", "Beeswax Food Wraps, 6 pack")[1]
    case("order-id-buyer-mismatch-ca", "reject", ["order-id.buyer-mismatch"],
         "The order exists, but its stored buyer is not the recipient.",
         to=other, frm="Laurentian Woodworks <shop@laurentianwoodworks.ca>",
         subject=f"Oiling your serving board - order {o}", text=f"""Hi,

For the maple serving board in order {o}, rub in a spoon of food-safe
mineral oil once a month and it will keep its colour for years.

Laurentian Woodworks""")

    o, b = order("old", "com.au", "Macramé Plant Hanger, 3 tier", purchased="2026-04-20T02:00:00Z",
                 shipped="2026-04-21T02:00:00Z", delivered="2026-05-12T02:00:00Z")
    case("window-expired-au", "reject", ["window.expired"],
         "Proactive care tip 34 days after delivery (2026-05-12), beyond the 30-day window.",
         to=b, frm="Fernery Co <hello@ferneryco.com.au>",
         subject=f"Your plant hanger (order {o})", text=f"""Hi,

Now that your plant hanger from order {o} has been up a while, give the
knots a gentle tug every few weeks; cotton cord stretches a little under a
heavy pot.

Fernery Co""")

    o, b = BOOK.add("lang", "es", "Molcajete de piedra volcánica, 8 pulgadas", tld="com")
    case("language-english-to-spanish-buyer-us", "quarantine", ["language.mismatch"],
         "English message to an amazon.com buyer whose recorded language is Spanish.",
         to=b, frm="Casa Piedra Kitchen <ventas@casapiedrakitchen.com>",
         subject=f"Before first use - order {o}", text=f"""Hello,

Before using the molcajete from order {o}, grind a handful of raw rice in
it three or four times, rinsing between rounds, until the rice stays white.
That removes the loose grit from the volcanic stone.

Casa Piedra Kitchen""")


def violations_c() -> None:
    o, b = order("conf", "in", "Handloom Cotton Bedsheet, King, indigo block print")
    case("dispatch-confirmation-in", "quarantine", ["type.order-confirmation"],
         "Only says the parcel was handed to the courier today with its AWB number: a dispatch confirmation.",
         to=b, frm="Jaipur Looms <care@jaipurlooms.in>",
         subject=f"Order {o} update", text=f"""Dear Customer,

Happy to inform that your bedsheet (order {o}) was packed and handed
over to Delhivery this evening, AWB no. 1492038817734, and should reach you in
4-6 working days.

Warm regards,
Jaipur Looms""")

    o, b = order("thx", "ie", "Aran Knit Throw Blanket, cream")
    case("thanks-only-ie", "quarantine", ["type.thank-you-only"],
         "Says only thanks and 'give us a shout if you need anything'; nothing else remains.",
         to=b, frm="Inis Knitwear <hello@insknitwear.ie>", enc=L9,
         subject=f"Thanks a million - order {o}", text=f"""Hi there,

Only dropping you a line from the whole crew at Inis: we're so grateful
you chose our Aran throw (order {o}). It means the world to a small family business
like ours.

If there's ever anything at all we can do, just give us a shout.

Sláinte,
Inis Knitwear""")

    o, b = order("mkt", "sg", "Bamboo Steamer Basket, 10 inch, 2 tier")
    case("marketing-new-range-sg", "quarantine", ["type.marketing"],
         "A care tip followed by a plug for a new product line and 'follow us on Instagram'.",
         to=b, frm="Wok Hei Supply <hello@wokheisupply.sg>",
         subject=f"Your steamer basket - order {o}", text=f"""Hi,

For the steamer from order {o}: line it with cabbage leaves or parchment
and soak the basket for 10 minutes before the first use so it doesn't scorch.
By the way, our hand-forged carbon steel woks just landed and pair nicely with
the steamer, so do check them out on our storefront, and follow us on
Instagram @wokheisupply for recipes every Friday.

Wok Hei Supply""")

    o, b = order("inc", "com", "Ceramic Pour-Over Coffee Dripper, matte black")
    case("review-incentive-us", "reject", ["review.incentive"],
         "Text-speak review request where a reply with the review screenshot earns 'a lil something' back "
         "to the card: compensation for a review.",
         to=b, frm="Slow Drip Co <yo@slowdripco.com>",
         subject=f"ur dripper - order {o}", text=f"""hey!

hope the dripper from order {o} is making u some gr8 coffee. quick
one: if u get a sec to post a review on amazon, just reply w/ a screenshot once
its live and we'll send a lil something back to ur card as a thank u for the
effort, no strings.

slow drip co""")

    o, b = order("rem", "co.uk", "Electric Heated Throw, Double, grey")
    case("review-removal-uk", "reject", ["review.removal-request"],
         "After a replacement, asks the buyer to 'have another look at' the two-star rating they left.",
         to=b, frm="Cosy Corner Electricals <help@cosycorner.co.uk>",
         reply="The controller died after two nights. I've left a 2 star review.",
         subject=f"Re: Heated throw, order {o}", text=f"""Hello,

I'm really sorry about the controller. A replacement controller for order
{o} left with Royal Mail Tracked 24 a couple of hours ago, and it simply
clips onto the same lead. Now that it's sorted, would you be willing to have
another look at the two-star rating you left and bring it up to date?

Many thanks,
Gareth, Cosy Corner Electricals""")

    o, b = order("cond", "ca", "Cedar Sauna Bucket with Ladle")
    case("review-gating-ca", "reject", ["review.conditional"],
         "Review gating in idioms: review if it 'ticks all your boxes', otherwise message the seller first.",
         to=b, frm="Muskoka Sauna Supply <hello@muskokasauna.ca>",
         subject=f"Your sauna bucket (order {o})", text=f"""Hi,

Hope the cedar bucket from order {o} is getting plenty of use. If it's
ticking all your boxes, a quick review on Amazon would make our week, and
if anything's not quite right, please shoot us a message here first so we
can fix it before you post anything.

Muskoka Sauna Supply""")

    o, b = order("rep", "com.au", "Linen Tea Towels, Set of 4, rust")
    case("review-first-au", "relay", [],
         "First neutral review request for this order (the repeat case follows it).",
         to=b, frm="Paperbark Linen <studio@paperbarklinen.com.au>", day=9,
         subject=f"Your tea towels (order {o})", text=f"""Hi,

Linen tea towels get better with age; the first two washes take out the
stiffness. If you'd like to, an honest review of the set from order {o}
on Amazon would be lovely.

Paperbark Linen""")
    case("review-repeat-au", "reject", ["review.repeat"],
         "Second review request for the same order after the first was relayed ('in case it slipped through "
         "the cracks').",
         to=b, frm="Paperbark Linen <studio@paperbarklinen.com.au>", day=14, after=("review-first-au",),
         subject=f"Following up - order {o}", text=f"""Hi again,

Just circling back in case our last note slipped through the cracks:
once the tea towels from order {o} have been through the wash, we'd still
be grateful for a few words on Amazon about them.

Paperbark Linen""")

    o, b = order("cxl", "in", "Brass Diya Set of 6, Handcrafted", **OOS)
    case("oos-cancel-yourself-in", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Stock-out where the buyer is asked to raise the cancellation from their orders page, with no refund "
         "confirmed.",
         to=b, frm="Moradabad Metalcraft <orders@moradabadmetal.in>",
         subject=f"Regarding your order {o}", text=f"""Dear Sir/Madam,

We regret that the brass diya set in order {o} has gone out of stock
as our artisan unit is closed for the festival, and kindly request you to raise
the cancellation from Your Orders on your side at the earliest, so the amount
reaches you faster.

Regards,
Moradabad Metalcraft""")

    o, b = order("noadj", "ie", "Connemara Marble Coaster Set", **OOS)
    case("cannot-ship-no-adjustment-ie", "quarantine", ["order-problem.no-adjustment"],
         "Cannot-ship notice ('we can't get this one out to you') that never confirms a refund or adjustment.",
         to=b, frm="Western Stone Crafts <info@westernstonecrafts.ie>",
         subject=f"Bad news about order {o}", text=f"""Hi,

I'm afraid we won't be able to get order {o} out to you after all: the
last marble coaster set we had on the shelf was chipped when we went to pack
it, and the quarry won't cut a fresh block until autumn.

Sorry for the bother.

Seán, Western Stone Crafts""")

    o, b = order("retu", "sg", "Ergonomic Mesh Office Chair, black")
    case("return-talk-out-sg", "quarantine", ["return.unnecessary"],
         "Return-related message that neither asks for needed information nor offers a partial refund; it "
         "tries to talk the buyer out of returning.",
         to=b, frm="Sitwell Office <care@sitwelloffice.sg>",
         subject=f"Your return request - order {o}", text=f"""Hello,

We saw that you've asked to send back the office chair from order {o}.
Most customers find the chair takes a good week to get used to, so before you
box it up, why not give it a bit more time? We really think you'll end up
loving it, and returns of bulky items are a lot of hassle for everyone.

Sitwell Office""")


def violations_d() -> None:
    o, b = order("http", "com", "Beeswax Taper Candles, 10 inch, 6 pack")
    case("link-insecure-us", "reject", ["link.insecure"],
         "Plain-text Amazon review link over http in the middle of a sentence.",
         to=b, frm="Hive & Wick <hello@hiveandwick.com>",
         subject=f"Burning tips for your candles (order {o})", text=f"""Hi,

Trim the wicks of the tapers from order {o} to a quarter inch before
each burn. If you have a moment, the review page at
http://www.amazon.com/review/create-review?asin=B0D48HVWCK is where other
buyers look first, and an honest word there helps us.

Hive & Wick""")

    o, b = order("ext", "co.uk", "Custom Pet Portrait Mug, 11oz")
    case("link-external-uk", "reject", ["link.external"],
         "https link to a file-sharing host for the artwork proof; not Amazon, not on the allow-list.",
         to=b, frm="Pawprint Pottery <studio@pawprintpottery.co.uk>",
         subject=f"Your mug proof - order {o}", text=f"""Hello,

The proof of your dog's portrait for mug order {o} is ready; you can view
the full-size artwork at https://www.dropbox.com/s/k4x8p2/pawprint-proof-0611.png
and reply with any changes before we fire it.

Pawprint Pottery""")

    o, b = order("opt", "ca", "Wild Blueberry Jam, 3 x 250 ml")
    case("opt-out-reply-stop-ca", "reject", ["link.opt-out"],
         "Footer 'had enough of our emails? just reply STOP and you won't hear from us again': opt-out text.",
         to=b, frm="Fundy Preserves <kitchen@fundypreserves.ca>",
         subject=f"Storing your jam (order {o})", text=f"""Hi,

Once opened, the blueberry jam from order {o} keeps about four weeks in
the fridge; unopened jars are fine in the pantry until the date on the lid.

Fundy Preserves

--
Had enough of our emails? Just reply STOP and you won't hear from us again.""")

    o, b = order("docx", "com.au", "Adjustable Laptop Stand, aluminium")
    doc = make_docx(["Assembly guide", "1. Unfold the arms.", "2. Tighten the hinge screws with the 4 mm key."])
    case("docx-attachment-au", "reject", ["attachment.not-allowed"],
         "Assembly guide attached as a Word .docx, outside the allowed attachment types.",
         to=b, frm="Deskwise <support@deskwise.com.au>",
         attach=((doc, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
                  "Laptop-stand-assembly.docx"),),
         subject=f"Setting up your laptop stand ({o})", text=f"""Hi,

Attached is the assembly guide for the laptop stand from order {o}; step
2 is the one most people miss, the hinge screws need a firm final turn.

Deskwise""")

    o, b = order("logo", "in", "Copper Water Bottle, 1 litre, hammered")
    logo = logo_png("TAMRA", size=(140, 40))
    html = htm(f"""Hello,

Please keep the copper bottle from order {o} away from the dishwasher;
rinse with lemon and salt once a week to keep the shine.

Regards,
Tamra Living""", '\n<p><a href="https://www.tamraliving.in/"><img src="cid:tamra" alt="Tamra Living" width="140" '
                 'height="40"></a></p>')
    case("logo-link-in", "reject", ["image.logo-link", "link.external"],
         "Signature logo wrapped in a link to the seller's own website (necessarily an external link too).",
         to=b, frm="Tamra Living <care@tamraliving.in>",
         html=html, related=((logo, "image", "png", "tamra", "tamra.png"),),
         subject=f"Caring for your copper bottle, order {o}")

    o, b = order("pix", "ie", "Wool Felt Slippers, EU 39")
    html = htm(f"""Hi,

A small heads-up on the slippers from order {o}: the felt loosens about
half a size in the first week, so a snug fit at first is normal.

Best,
Feltcraft Kilkenny""", '\n<img src="https://t.mailtrk-pixel.net/o/9c2f41aa7e/ie48.gif" width="1" height="1" alt="" '
                       'style="display:none">')
    case("tracking-pixel-ie", "reject", ["image.tracking-pixel", "style.image-alt"],
         "Hidden 1x1 remote image with a per-recipient token on a tracker host; its alt is empty, which is "
         "no alt text either.",
         to=b, frm="Feltcraft Kilkenny <hello@feltcraftkilkenny.ie>", html=html,
         subject=f"Your slippers - sizing tip ({o})")

    title = "Jade Green Ceramic Planter with Saucer, 6 inch"
    o, b = order("photo", "sg", title)
    ph = banner_png("planter", 200, 200, bg=(120, 170, 140))
    html = htm(f"""Hello,

Here is how we recommend potting the planter from order {o}: add a layer
of pebbles over the drainage hole before the soil.

Garden Lah""", '\n<p><img src="cid:planter" alt="Jade Green Ceramic Planter with Saucer" width="200" '
               'height="200"></p>')
    case("product-photo-sg", "quarantine", ["image.product-photo"],
         "Inline image whose alt text and file name name the purchased product.",
         to=b, frm="Garden Lah <hello@gardenlah.sg>", html=html,
         related=((ph, "image", "png", "planter", "jade-green-ceramic-planter.png"),),
         subject=f"Potting tip for order {o}")

    o, b = order("mail", "com", "Leather Dog Collar, Medium, tan")
    case("email-address-us", "reject", ["content.email-address"],
         "Asks the buyer to send the engraving details to the seller's own address, mid-sentence.",
         to=b, frm="Barkley Leather <shop@barkleyleather.com>",
         subject=f"Name tag for your collar (order {o})", text=f"""Hi,

To finish the brass name tag for the collar in order {o}, could you send
the dog's name and your phone number to tags.barkleyleather@gmail.com by
Tuesday, since our engraver only picks up from that inbox, and we'll ship the
same day.

Barkley Leather""")

    o, b = order("tel", "co.uk", "Solid Oak Bathroom Shelf, 60 cm")
    case("phone-whatsapp-uk", "reject", ["content.phone-number"],
         "The seller's own WhatsApp mobile number for fitting questions; not warranty, carrier or manufacturer.",
         to=b, frm="Oakhurst Joinery <workshop@oakhurstjoinery.co.uk>",
         subject=f"Fitting your shelf - order {o}", text=f"""Hello,

Use the brass brackets supplied with the shelf from order {o} and make
sure at least one screw goes into a stud. If you get stuck, WhatsApp me on
07700 900461 and I'll walk you through the fixing.

Tom, Oakhurst Joinery""")

    o, b = order("sens", "ca", "Insulated Winter Boots, Men's 10")
    case("sensitive-reply-ca", "quarantine", ["content.sensitive"],
         "Reply that vents about the courier in offensive language.",
         to=b, frm="Yukon Trail Footwear <help@yukontrailfootwear.ca>",
         reply="My boots were supposed to be here Monday. What's going on?",
         subject=f"Re: boots order {o}", text=f"""Hi,

Sorry, the damn courier screwed us over again; those idiots left the boots
for order {o} sitting in their depot for three days like the lazy
bastards they are. They're back on the truck now and should get to you by
Thursday.

Yukon Trail Footwear""")


def violations_e() -> None:
    o, b = order("lt", "com.au", "Bluetooth Meat Thermometer, twin probe")
    html = page(
        "<p>Hi,</p>\n"
        f"<p>The thermometer from order {o} pairs best if the app is open before you pull the probe from the "
        "charger.</p>\n"
        '<p>Warranty details are <a href="https://www.amazon.com.au/gp/help/customer/display.html?nodeId=GQ48W">'
        "here</a>.</p>\n<p>Smokehouse Gear</p>")
    case("link-text-here-au", "reject", ["style.link-text"],
         "Amazon link whose whole text is 'here'.",
         to=b, frm="Smokehouse Gear <support@smokehousegear.com.au>", html=html,
         subject=f"Pairing your thermometer ({o})")

    o, b = order("alt", "in", "Block Print Cotton Kurta, M, mustard")
    logo = logo_png("SANGANER", size=(150, 40))
    html = htm(f"""Dear Customer,

Please wash the kurta from order {o} on its own in cold water the
first couple of times; natural dyes may bleed slightly.

Sanganer Prints""", '\n<p><img src="cid:sang" width="150" height="40"></p>')
    case("image-no-alt-in", "reject", ["style.image-alt"],
         "Inline brand logo without an alt attribute.",
         to=b, frm="Sanganer Prints <care@sanganerprints.in>", html=html,
         related=((logo, "image", "png", "sang", "logo.png"),),
         subject=f"Washing your kurta (order {o})")

    o, b = order("emo", "ie", "Irish Linen Napkins, Set of 6")
    case("emoticons-ie", "reject", ["style.emoji"],
         "ASCII emoticons ':P' and '<3' in a plain-text care note.",
         to=b, frm="Belfast Linen Mill <hello@linenmill.ie>",
         subject=f"Napkins - order {o}", text=f"""Hi,

The napkins from order {o} will look a bit crumpled out of the wash, that's
linen for you :P A warm iron while they're still damp fixes it. We <3 linen
that's been used a lot.

Belfast Linen Mill""")

    o, b = order("gif", "sg", "Teak Wood Serving Tray, 40 cm")
    gif = animated_gif(("TEAK & CO", "ships 17/06"))
    html = htm(f"""Hello,

Your teak tray (order {o}) needs one more coat of oil to cure, so it
will ship on 17 June instead of today.

Teak & Co""", '\n<p><img src="cid:teakgif" alt="Teak &amp; Co" width="220" height="56"></p>')
    case("animated-gif-sg", "reject", ["style.animated-gif"],
         "Delay notice with an inline two-frame animated GIF banner.",
         to=b, frm="Teak & Co <hello@teakandco.sg>", html=html,
         related=((gif, "image", "gif", "teakgif", "banner.gif"),),
         subject=f"Small delay - order {o}")

    o, b = order("marg", "com", "Glass Meal Prep Containers, 10 pack")
    html = page('<div style="padding-left:150px">\n' + text2html(f"""Hi,

The glass lids of the containers from order {o} are oven-safe, the
plastic snap lids are not, so take those off before reheating.

Prepwise""") + "\n</div>")
    case("margin-padding-us", "reject", ["style.margin"],
         "Body wrapped in a div with 150 px left padding, over 20 % of 600 px.",
         to=b, frm="Prepwise <hello@prepwise.com>", html=html,
         subject=f"Reheating tip for order {o}")

    o, b = order("wide", "co.uk", "Cast Iron Door Knocker, lion head")
    ban = banner_png("FORGE & FOUNDRY", 560, 80)
    html = htm(f"""Hello,

The fixing bolts for the door knocker in order {o} are 70 mm; if your door
is thicker than 55 mm, reply and we'll post longer ones.

Forge & Foundry""", '\n<p><img src="cid:ffban" alt="Forge &amp; Foundry" width="560" height="80"></p>')
    case("image-too-wide-uk", "reject", ["style.image-width"],
         "Banner image 560 px wide, above 80 % of 600 px.",
         to=b, frm="Forge & Foundry <sales@forgeandfoundry.co.uk>", html=html,
         related=((ban, "image", "png", "ffban", "banner.png"),),
         subject=f"Fixings for your knocker - order {o}")

    o, b = order("font", "ca", "Hockey Stick Wall Rack, 4 slot")
    html = page('<div style="font-family: Georgia, \'Times New Roman\', serif">\n' + text2html(f"""Hi,

The wall rack from order {o} comes with drywall anchors rated for 25 lb
each; use all four for a full set of sticks.

Rink Rack Co""") + "\n</div>")
    case("font-family-ca", "reject", ["style.font-override"],
         "Body wrapped in a div that overrides the font family.",
         to=b, frm="Rink Rack Co <orders@rinkrack.ca>", html=html,
         subject=f"Mounting your rack (order {o})")

    o, b = order("sizes", "com.au", "Hemp Yoga Mat Strap, natural")
    html = page(f'<p style="font-size:22px">Your yoga strap</p>\n'
                f'<p style="font-size:17px">Order {o}</p>\n'
                '<p style="font-size:14px">Loop the strap through both rings, then back through the first, to '
                'make a sling that holds a rolled mat.</p>\n'
                '<p style="font-size:10px">Kind regards, Byron Bay Hemp</p>')
    case("four-font-sizes-au", "reject", ["style.font-sizes"],
         "Four distinct font sizes (22, 17, 14 and 10 px), more than three.",
         to=b, frm="Byron Bay Hemp <hello@byronbayhemp.com.au>", html=html,
         subject=f"Using your yoga strap ({o})")

    o, b = order("align", "in", "Terracotta Water Pot, 5 litre")
    html = page(f'<p>Dear Customer,</p>\n<p style="text-align:justify">Before first use, soak the terracotta '
                f'pot from order {o} in water for six hours and discard that water; the first fill may taste '
                'slightly earthy.</p>\n<p align="right">Mitti Crafts</p>')
    case("alignment-justify-right-in", "reject", ["style.alignment"],
         "Justified paragraph and a right-aligned signature.",
         to=b, frm="Mitti Crafts <care@mitticrafts.in>", html=html,
         subject=f"Seasoning your clay pot - order {o}")

    o, b = order("br", "ie", "Hurling Helmet Bag, navy")
    html = page(f"<p>Hi,</p>\n<p>The helmet bag from order {o} has a drainage eyelet at the bottom, so it's "
                "fine to pack the helmet while still damp after training.<br><br><br><br>Thanks,<br>"
                "Sliotar Sports</p>")
    case("line-breaks-html-ie", "reject", ["style.line-breaks"],
         "Four <br> in a row before the sign-off.",
         to=b, frm="Sliotar Sports <shop@sliotarsports.ie>", html=html,
         subject=f"Your helmet bag ({o})")

    o, b = order("insec", "sg", "Pandan Scented Soy Candle, 200 g")
    html = htm(f"""Hello,

Let the candle from order {o} burn until the whole surface melts on the
first light, about two hours, so it doesn't tunnel.

Kampong Candles""", '\n<p><img src="http://cdn.kampongcandles.sg/sig/logo.png" alt="Kampong Candles" '
                    'width="120" height="36"></p>')
    case("image-insecure-sg", "reject", ["image.insecure"],
         "Signature image loaded over http; an img src is not a link.",
         to=b, frm="Kampong Candles <hello@kampongcandles.sg>", html=html,
         subject=f"First burn - order {o}")

    o, b = order("spell", "com", "Cedar Shoe Trees, Men's Large")
    case("spelling-errors-us", "relay", ["content.spelling"],
         "Permitted care tip riddled with egregious misspellings; the rule only warns.",
         to=b, frm="Cobbler Row <hi@cobblerrow.com>", spelling_tolerated=False,
         subject=f"Shoe trees order {o}", text=f"""Helo,

Pleese insrt the sheo trees frm order {o} rite aftr takng ur shoos of,
wen the lethr is stil warme, so tehy absorbe the moisure and kepe the shap.

Thnaks,
Cobbler Row""")


def multi() -> None:
    o, b = order("m1", "com", "Bamboo Cutting Board Set, 3 piece")
    case("multi-five-stars-gift-card-email-us", "reject",
         ["review.incentive", "content.email-address", "style.emoji"],
         "Five-star request with an Amazon gift card for a screenshot sent to the seller's address, with an "
         "emoji; the gift card could be read as a promotion.",
         to=b, frm="Grove Kitchen <team@grovekitchen.com>", tolerated=("type.marketing",),
         subject=f"A small favour - order {o}", text=f"""Hi!

We hope the bamboo boards from order {o} are treating you well \U0001F60A
If you're able to leave us a glowing 5-star review and email a screenshot to
reviews@grovekitchen.com, a $10 Amazon gift card is yours, a little
thank-you from our side.

Grove Kitchen""")

    o, b = order("m2", "co.uk", "Pewter Hip Flask, 6oz", **OOS)
    case("multi-oos-cancel-phone-uk", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment", "content.phone-number"],
         "Stock-out asking the buyer to cancel, with no adjustment confirmed, and the seller's own office "
         "number to call.",
         to=b, frm="Sheffield Pewter Works <orders@sheffieldpewter.co.uk>",
         subject=f"Hip flask order {o}", text=f"""Hello,

Unfortunately the pewter hip flask in order {o} is all gone and the next
casting run won't happen until next month. Would you mind popping in a
cancellation request through your Amazon account? If you'd rather chat it
through, ring the office on 0114 496 0782.

Sheffield Pewter Works""")

    _, b = order("m3", "ca", "Maple Syrup Gift Box, 3 grades")
    case("multi-no-id-http-breaks-ca", "reject", ["order-id.missing", "link.insecure", "style.line-breaks"],
         "Plain text without an order ID, with an http link and three empty lines in a row.",
         to=b, frm="Sugar Shack Direct <hello@sugarshackdirect.ca>",
         subject="Your maple syrup gift box", text="""Hi,

The amber grade in your gift box is the one for pancakes; the dark is better
for baking. Storage notes: http://www.amazon.ca/gp/help/customer/display.html



Sugar Shack Direct""")


def main() -> None:
    compliant()
    violations_b()
    violations_c()
    violations_d()
    violations_e()
    multi()
    CASE_LIST.sort(key=lambda c: c["verdict"] != "relay" or bool(c["rules"]))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="fortyeighth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders")


if __name__ == "__main__":
    main()
