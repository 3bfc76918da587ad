#!/usr/bin/env python3
"""Build the fifty-eighth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_fiftyeighth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. Angle: LONG English messages (150-400 words, several
paragraphs) as small sellers and agencies write them on amazon.com, .co.uk, .ca, .com.au and .in: chatty,
full of care advice, workshop stories, apologies, customs and assembly explanations. A violation is one clause
buried in the middle or in a P.S.; the compliant messages are full of risky vocabulary used legitimately.
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
    collect_by_language,
    lang_counts,
    set_boundaries,
    shaped_case,
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(58_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "ca": "70", "com.au": "24", "in": "40"}
_TLD = {"en": "com"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-05-29T07:10:00Z", shipped="2026-05-30T13:00:00Z",
                 delivered="2026-06-05T15:40:00Z")
ORDERS = BOOK.rows
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-12T06:20:00Z"}
LATE = {"shipped": "", "delivered": "", "purchased": "2026-06-09T18:05:00Z"}
SHIP = {"shipped": "2026-06-14T11:30:00Z", "delivered": "", "purchased": "2026-06-13T09:15:00Z"}
B64 = {"cte": "base64"}
L1 = {"charset": "windows-1252", "cte": "quoted-printable"}


def order(key: str, tld: str, title: str, **kw) -> tuple[str, str]:
    return BOOK.add(key, "en", title, tld=tld, **kw)


TARGET = ["language.mismatch", "type.order-confirmation", "type.thank-you-only", "type.marketing",
          "review.incentive", "review.removal-request", "review.conditional", "review.repeat",
          "order-problem.cancellation-request", "order-problem.no-adjustment", "return.unnecessary",
          "content.sensitive", "content.phone-number", "content.email-address", "link.opt-out", "link.external",
          "link.insecure"]
OTHER = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "style.emoji",
         "style.line-breaks", "style.link-text"]

case = partial(shaped_case, CASE_LIST, TARGET, OTHER, thread="0100019d.a58", tag="f58", time="16:22:41")


# --------------------------------------------------------------------------------------------
# amazon.com
# --------------------------------------------------------------------------------------------

def cases_com() -> None:
    frm = "Oak & Ember Woodshop <hello@oakandemberwood.com>"
    o, b = order("com-board-crack", "com", "End-Grain Walnut Cutting Board, 16 x 12 in")
    case("com-board-crack-refund-photos-reviewed", "relay", [],
         "Reply to a buyer's complaint: the team 'reviewed' the buyer's photos, a full refund for the damaged "
         "board, no return needed, oiling advice; refund / review / free vocabulary used legitimately.",
         to=b, frm=frm, day=11, fmt="alt",
         reply="Hi, the board arrived with a crack running along one edge. Photos attached. What can you do?",
         subject=f"Re: Crack in your walnut board (order {o})", text=f"""Hi there,

Thank you for the photos, and I'm sorry the board reached you like that. Our
workshop team reviewed all four pictures this morning, and the split along
the edge is a glue-line failure, not something you caused. That one is on us.

We have issued a full refund of $89.00 for order {o} through Amazon
today. You do not need to send the board back; the split is not something we
could repair to our standard, so please keep it or recycle it as you like.

A little background, since you asked how it could happen: every board is
glued from thirty-odd walnut blocks, clamped overnight and then flattened.
Once in a while a block carries more moisture than our meter shows, and when
the board meets a dry, heated kitchen the joint opens. We have since moved
our drying shelf away from the dehumidifier so the wood acclimates more slowly.

If you decide to keep using the undamaged part as a trivet, here is how to
look after it:
1. Wash with warm soapy water only, never in the dishwasher.
2. Dry it standing on its edge so air reaches both faces.
3. Rub in food-safe mineral oil once a month, more often in winter.

Once again, our apologies for the trouble.

Warm regards,
Daniel Reyes
Oak & Ember Woodshop""")

    o, b = order("com-skillet", "com", "Pre-Seasoned Cast Iron Skillet, 10.25 inch")
    case("com-skillet-care-honest-review", "relay", [],
         "Long seasoning guide with a single neutral review request ('whatever you think of it'): first "
         "request for this order, no benefit, no condition.",
         to=b, frm="Hearth Row Cookware <team@hearthrowcookware.com>", day=10,
         subject=f"Getting the most from your skillet - order {o}", text=f"""Hello,

Your skillet from order {o} should have arrived a few days ago, so we
wanted to share what we've learned from ten years of cooking on cast iron.

The factory seasoning is a starting layer, not a finished one. For the first
few weeks, cook fatty foods in it: bacon, shallow-fried potatoes, cornbread.
Avoid simmering tomato sauce or wine for long periods until the surface turns
a deep, even black, because acid strips young seasoning.

After cooking, rinse it while it's still warm, scrub with a brush or coarse
salt, dry it on the burner for a minute and wipe a few drops of oil over the
surface. A little soap is fine, contrary to what many people believe; the
thing to avoid is soaking it overnight.

If you ever see orange spots, don't panic. Scour them with steel wool, rinse,
dry and re-oil, then bake it upside down at 450 F for an hour.

When you've cooked with it for a while, we would appreciate an honest review
on Amazon, whatever you think of it. Other cooks read those reviews carefully
and they help us see what to improve.

All the best from the foundry floor,
Marisol Grant
Hearth Row Cookware""")

    o, b = order("com-router-reset", "com", "Tri-Band Mesh Wi-Fi System, 3-Pack")
    case("com-mesh-reset-follow-these-steps", "relay", [],
         "Reply with a numbered reset procedure ('follow these steps') and the manufacturer's support number "
         "on the line naming the manufacturer: no social-media follow, phone allowed.",
         to=b, frm="Northgate Networks Resale <support@northgatenetworks.net>", day=9,
         reply="The third node keeps blinking red and won't join the network. Any ideas?",
         subject=f"Re: Satellite node not joining - order {o}", text=f"""Hi,

Sorry to hear the third node is misbehaving. A red blink almost always means
the unit can't see the main router during setup, which is easy to fix. Please
follow these steps in order:

1. Bring the node into the same room as the main router for the moment.
2. Hold the reset pin on the base for ten seconds until the light turns amber.
3. Open the app, choose Add Satellite, and wait for the light to turn white.
4. Unplug it and move it to its final spot, roughly halfway between the router
   and the area with weak coverage.

If it still blinks red afterwards, the node may have a hardware fault. In that
case the manufacturer's technical support line is 1-866-321-8851 (open every
day, 6 am to 9 pm Pacific); they can run a remote diagnosis and arrange a
warranty swap directly, which is usually faster than a return through us.

Two small things that trip many people up: the node needs 2.4 GHz enabled on
the main router even if your devices use 5 GHz, and it won't pair while a VPN
app is running on your phone.

Let us know how it goes and we'll help with anything else on order {o}.

Best,
Priya Natarajan
Northgate Networks Resale""")

    o, b = order("com-hoodie-return", "com", "Heavyweight Fleece Hoodie, Forest Green, Size L")
    case("com-return-partial-refund-offer", "relay", [],
         "Return follow-up that offers a partial refund for a worn item and explains the washing damage: a "
         "permitted return message.",
         to=b, frm="Thread Theory Apparel <orders@threadtheoryapparel.com>", day=13,
         subject=f"About the hoodie you sent back - order {o}", text=f"""Hi,

The hoodie from order {o} reached our studio yesterday, and we wanted
to write before anything is processed, because there is something you should
know first.

When our returns person unpacked it, she noticed the fleece on the inside has
pilled and the cuffs have shrunk by about an inch, which tells us it went
through a hot wash and a tumble dryer. That's no criticism; the care label is
tiny and plenty of people miss it. It does mean we can't sell it again as new.

Rather than send it back to you, we would like to offer a partial refund of
$32.50, which is half of what you paid. If that works for you, simply reply
and we will issue it through Amazon the same day. If you'd rather have the
hoodie returned to you instead, tell us and we'll post it back at our cost.

For any of our fleece pieces in future, the kindest routine is:
- wash inside out at 30 C / 86 F with similar colors,
- skip fabric softener, which flattens the loops,
- dry flat or on a low setting.

Thanks for your patience while we sorted this out.

Kind regards,
Hannah Okafor
Thread Theory Apparel""")

    o, b = order("com-delay-phone", "com", "Hand-Thrown Stoneware Mug Set of 4, Speckled Oat", **LATE)
    case("com-kiln-delay-signature-mobile", "reject", ["content.phone-number"],
         "Long, proper delay notice (kiln repair) whose signature carries the seller's own mobile number: not "
         "a warranty, carrier or manufacturer line.",
         to=b, frm="Clay Hollow Pottery <studio@clayhollowpottery.com>", day=12,
         subject=f"A short delay with your mugs - order {o}", text=f"""Hello,

I'm writing about your stoneware mugs, order {o}, because they won't
leave the studio on the date Amazon showed you, and I'd rather tell you now
than have you wonder where they are.

Last Tuesday one of the elements in our big kiln burned out halfway through a
glaze firing. Your set was on the middle shelf. The pieces survived, but the
glaze didn't mature, so the surface is dull and slightly rough. I wasn't happy
sending them out like that, so they'll go through a second firing as soon as
the electrician has replaced the element on Wednesday.

Realistically, that means they'll ship on June 19 instead of June 12. The
mugs themselves will be exactly as pictured: the oat glaze with iron speckles
and a glossy interior.

If the new date doesn't suit you and you would prefer not to wait, just reply
here and I'll cancel the order and refund you in full straight away.

Sorry again for the wait; I know a gift on a deadline can make a delay
stressful.

Best wishes,
Ruth Callaway
Clay Hollow Pottery
Studio mobile: (503) 555-0187""")

    o, b = order("com-oos-cancel", "com", "Copper Moscow Mule Mugs, Set of 2, Hammered", **OOS)
    case("com-oos-please-cancel-yourself", "reject", ["order-problem.cancellation-request",
                                                      "order-problem.no-adjustment"],
         "Long stock-out apology about a supplier that asks the buyer to cancel the order from their account; "
         "no adjustment or refund is confirmed.",
         to=b, frm="Barcart Supply Co. <care@barcartsupply.com>", day=13,
         subject=f"Problem with your order {o}", text=f"""Hi,

I'm really sorry to be writing with bad news about order {o}.

Our hammered copper mugs come from a small family metalworks that we've bought
from for six years. Last week they told us the batch we'd paid for had failed
their lining inspection: the tin lining had bubbled on about a third of the
mugs, and they won't ship anything that could leach copper into a drink. We
respect that completely, but it leaves us with no stock, and the next batch
isn't expected until late August.

Because of that, could you please cancel the order from Your Orders on
Amazon? It only takes a minute and saves it sitting open in your account for
weeks.

We know you may have been planning these for a party or as a present, and we
apologise for the disappointment. If you'd like a tip in the meantime, any
lined copper or stainless mug works for a mule; just avoid unlined copper with
citrus.

Thank you for understanding,
Leo Marchetti
Barcart Supply Co.""")

    o, b = order("com-delay-coupon", "com", "Beeswax Pillar Candles, 3 x 6 in, Set of 3", **LATE)
    case("com-candle-delay-ps-code", "quarantine", ["type.marketing"],
         "Genuine delay notice (wax shortage) with a discount code for the next order in a P.S.",
         to=b, frm="Little Comb Candle Co. <hello@littlecombcandles.com>", day=12, fmt="alt",
         subject=f"Your candles are running a little late - order {o}", text=f"""Hello,

Your beeswax pillars (order {o}) are taking longer than we promised,
and we wanted you to hear it from us directly.

We pour every pillar from wax we buy from three beekeepers in the valley.
This spring was cold and wet, the bees stayed in their hives, and our usual
June delivery of wax arrived ten days late. The pillars also need to cure for
a week after pouring, so there is no way to rush them without them burning
unevenly.

Your set was poured on Monday and will be ready to dispatch on June 18. You
don't need to do anything; the order stays as it is.

While you wait, a couple of tips for the first burn: let the pool of melted
wax reach the edge before you blow it out, which takes about three hours for
a 3-inch pillar, and keep the wick trimmed to a quarter inch.

Thank you for being patient with a small hive-to-shelf operation.

Best,
June Whitaker
Little Comb Candle Co.

P.S. As a thank-you for waiting, use code BEEPATIENT15 for 15% off your next
order with us.""")

    o, b = order("com-external-guide", "com", "Raw Denim Selvedge Jeans, 32W 32L, Indigo")
    case("com-denim-care-own-site-link", "reject", ["link.external"],
         "Long break-in guide for raw denim that points the buyer to the seller's own website (https, not "
         "Amazon, not needed to complete the order).",
         to=b, frm="Ironbound Denim <crew@ironbounddenim.com>", day=8,
         subject=f"Breaking in your raw denim - order {o}", text=f"""Hey,

Your selvedge jeans from order {o} are made from unwashed, unsanforized
denim, which behaves very differently from anything off a department-store
rack, so we always send a few notes.

Wear them as much as you can for the first six months before the first wash.
The indigo wears away where your body creases the fabric, and that's how the
fades form. Expect the waist to stretch about an inch and the legs to relax.

When the first wash does come, turn them inside out, soak them in cool water
with a spoon of gentle detergent for 45 minutes, rinse and hang them to dry.
Never tumble dry; unsanforized cotton can shrink a full size.

Some dye transfer onto light sofas and white sneakers is normal in the first
weeks. A quick cold soak before wearing reduces it.

We've put photos of every stage of the process, from the first week to two
years in, on our fade gallery at https://www.ironbounddenim.com/fade-guide
so you can see what to expect.

Enjoy them,
Marco Lindqvist
Ironbound Denim""")

    o, b = order("com-heart-ps", "com", "Linen Apron with Cross-Back Straps, Charcoal")
    case("com-apron-measurements-ps-heart", "reject", ["style.emoji"],
         "Reply answering a sizing question at length; the P.S. ends with a heart emoji.",
         to=b, frm="Loomhouse Linens <studio@loomhouselinens.com>", day=9,
         reply="Does the apron run long? I'm 5'2\" and worried it will hit my ankles.",
         subject=f"Re: Apron length question - order {o}", text=f"""Hi,

Great question, and one we get a lot from shorter cooks, so here's the detail.

The apron from order {o} measures 34 inches from the top of the bib to
the hem, and the cross-back straps are a fixed length. On someone who is
5'2", the hem usually falls about three inches below the knee, not at the
ankle. Our pattern maker, who is 5'1", wears the same size in the workshop
every day.

If you'd like it shorter, the hem is a simple double fold; any tailor can
take up two or three inches without touching the pocket. We'd suggest washing
it once first, because linen shrinks about 3% on its first wash, mostly in
length.

A few care notes while we're at it:
- Wash warm, with darks, and skip bleach.
- Pull it into shape while damp and hang it to dry.
- Iron on the linen setting while still slightly damp, if you like a crisp
  look; we happily wear ours creased.

Let us know if anything else comes up.

Best,
Ingrid Sole
Loomhouse Linens

P.S. The charcoal shade is our favorite too \u2764\ufe0f""")

    o, b = order("com-review-edit", "com", "Stainless Steel Pour-Over Kettle, 1.2 L")
    case("com-kettle-fixed-update-review", "reject", ["review.removal-request"],
         "Reply after a replacement was sent; the middle paragraph asks the buyer to update their existing "
         "review once they are happy.",
         to=b, frm="Bloom Coffee Tools <support@bloomcoffeetools.com>", day=14,
         reply="The lid on my kettle doesn't sit flat and rattles when the water boils.",
         subject=f"Re: Rattling lid - order {o}", text=f"""Hi,

Thanks for letting us know about the lid, and apologies for the annoyance.
Our workshop team reviewed the short video you sent: the lid's silicone ring
has rolled out of its groove, which is a known issue on a small batch from
March.

We've sent a replacement lid with the reworked ring today, free of charge, by
USPS. It's a separate shipment from order {o}, and there's no need to
return the old lid.

When it arrives, press the ring firmly into the groove all the way round
before first use. For the kettle body:
1. Descale every four weeks with a 1:1 mix of water and white vinegar.
2. Don't heat it empty on a gas flame; the base can discolor.
3. Dry the spout with a paper towel so no mineral rings form.

We also noticed the one-star review you left about the rattle. Once the new
lid is on and everything sits properly, would you mind updating your review to
reflect how we resolved it? It makes a big difference to a small team.

Thanks again for your patience.

Cheers,
Tomas Ilic
Bloom Coffee Tools""")


# --------------------------------------------------------------------------------------------
# amazon.co.uk
# --------------------------------------------------------------------------------------------

def cases_uk() -> None:
    o, b = order("uk-customs-delay", "co.uk", "Handwoven Harris Tweed Throw, 140 x 180 cm", **LATE)
    case("uk-customs-delay-parcelforce-line", "relay", [],
         "Delay notice explaining a customs hold, with Parcelforce's customer line on the line that names "
         "the carrier: a permitted shipping-provider number.",
         to=b, frm="Glen Orrin Weavers <shop@glenorrinweavers.co.uk>", day=12, enc=L1,
         subject=f"Your tweed throw - delay at customs (order {o})", text=f"""Dear customer,

I'm sorry to say that your throw from order {o} is going to be a few
days later than the date shown on Amazon, and I'd like to explain why.

Our yarn is spun on the island, but the throws are finished (washed, pressed
and fringed) by a mill in Donegal. Since the rules for goods crossing between
Northern Ireland and Great Britain changed, each consignment needs a
declaration that the cloth is of UK origin. Our last pallet was held for
checks because one of the forms listed the wrong commodity code, entirely our
mistake.

The pallet was released on Friday, and your throw is now with us. It will be
collected on Tuesday and should reach you by Thursday. If you'd like to
rearrange delivery once it is on its way, Parcelforce's customer line is
0344 800 4466, and they can hold it at a local depot.

A couple of notes for when it arrives: Harris Tweed doesn't need washing very
often. Air it on a line on a dry, breezy day, and brush it gently with a
clothes brush. If it ever needs a clean, dry cleaning is best.

Apologies again for the wait.

Kind regards,
Fiona MacAulay
Glen Orrin Weavers""")

    o, b = order("uk-five-stars", "co.uk", "Five Stars Premium Wild Bird Seed Mix, 12.75 kg")
    case("uk-five-stars-seed-name-no-review", "relay", [],
         "Reply about a split sack of 'Five Stars' bird seed (the brand name); a free replacement sack is "
         "sent. No review is asked for, so 'five stars' is not persuasion.",
         to=b, frm="Hedgerow Feeds <help@hedgerowfeeds.co.uk>", day=10,
         reply="My sack of seed arrived split open, about a third had spilled into the box.",
         subject=f"Re: Split sack - order {o}", text=f"""Hello,

Thank you for telling us, and I'm sorry about the mess; a split sack of seed
in a cardboard box is nobody's idea of a good delivery.

We've sent a free replacement sack of Five Stars Premium Wild Bird Seed Mix
with Royal Mail this afternoon. You'll get the tracking details from Amazon
in the usual way. There's no need to send anything back; the seed that stayed
in the sack is perfectly good to use, and the spilled seed is fine too as
long as it stayed dry.

We've looked at what went wrong: the sacks are stitched at the mill, and a
run of them last week had a loose final stitch. We're now taping the top of
every sack before it goes in the box.

Some tips for the Five Stars mix while you're here:
- Store it in a lidded metal bin; mice can chew through plastic.
- Put out only what the birds clear in a day or two, so it doesn't go mouldy.
- In summer, mix in a little water-soaked seed for fledglings.

Happy bird watching, and sorry again for the trouble with order {o}.

Warm wishes,
Alan Pritchard
Hedgerow Feeds""")

    o, b = order("uk-return-info", "co.uk", "Cordless Stick Vacuum with Pet Tool, 25.2 V")
    case("uk-return-ask-serial-and-fault", "relay", [],
         "Return follow-up asking for the serial number and a description of the fault, needed to complete "
         "the return; long explanation of why.",
         to=b, frm="Brightwell Home Electricals <returns@brightwellhome.co.uk>", day=11,
         subject=f"Your return request - order {o}", text=f"""Hello,

Thank you for opening a return for the cordless vacuum from order {o}.
Before we can send you the prepaid label, we need two pieces of information,
and I wanted to explain why so it doesn't feel like paperwork for its own sake.

First, the serial number. It's on a silver sticker inside the dust-bin
housing; you'll need to unclip the bin to see it. It starts with the letters
BW followed by ten digits. The manufacturer asks us for it on every return so
they can trace the production batch.

Second, a couple of sentences about what the vacuum is doing. For example:
does it cut out after a few seconds, not charge at all, or lose suction? If
it's the suction, it's worth checking the filter first: twist it out, tap it
over a bin, rinse it under a cold tap and leave it to dry for a full 24 hours.
A damp or clogged filter causes most of the suction complaints we see.

Once we have those details, the label will be with you the same working day,
and the refund goes through as soon as the unit is back with us.

Many thanks,
Gemma Holt
Brightwell Home Electricals""")

    o, b = order("uk-review-gate", "co.uk", "Chunky Knit Merino Blanket, 100 x 150 cm, Oatmeal")
    case("uk-blanket-care-review-if-delighted", "reject", ["review.conditional"],
         "Long care note for a merino blanket; the review request in the middle is only for delighted buyers, "
         "others are asked to get in touch first.",
         to=b, frm="Wool & Willow <hello@woolandwillow.co.uk>", day=9,
         subject=f"Caring for your chunky knit (order {o})", text=f"""Hello,

Your blanket from order {o} was knitted by hand in our little studio in
Hebden Bridge, and since chunky merino is a bit different from other throws,
here's how to keep it looking lovely.

Shake it out gently every few days rather than folding it tightly; the loops
relax and stay plump that way. If a loop gets pulled, don't cut it. Ease the
slack back along the row with your fingers until it disappears.

The fibres are unspun, so it should never go in a washing machine. For small
marks, dab with cold water and a drop of wool wash. For a full clean, a
specialist wool dry cleaner is best, roughly once a year.

Some shedding in the first few weeks is completely normal. It settles down
quickly.

If you're delighted with your blanket, we'd be so grateful for a review on
Amazon. If it's not quite what you hoped for, please message us first so we
can put it right before you leave any feedback.

With love from the studio,
Beth Armitage
Wool & Willow""")

    o, b = order("uk-postage-refund-review", "co.uk", "Bamboo Bath Caddy Tray, Extendable")
    case("uk-caddy-review-then-postage-back", "reject", ["review.incentive"],
         "Assembly and care tips, then a review request tied to refunding the postage once the review is "
         "posted.",
         to=b, frm="Mossbank Home <orders@mossbankhome.co.uk>", day=10,
         subject=f"Your bath caddy - a few tips (order {o})", text=f"""Hi,

Hopefully the bath caddy from order {o} is already across your tub.
A few tips we've picked up from customers over the years:

The extending arms slide out from underneath. Pull both sides evenly so the
caddy stays centred, and make sure each end rests at least two centimetres on
the rim of the bath. The rubber grips underneath stop it sliding on acrylic
baths, but on enamel a damp cloth under each end helps.

Bamboo is naturally water resistant, but it's still wood. Wipe off standing
water after each bath, and once a month rub in a little coconut or olive oil
to keep the surface from going grey. Keep the wine glass holder tight; the
thumbscrew loosens slightly with changes in humidity.

We'd love to hear what you think, and if you leave us a review, just reply
with a screenshot and we'll refund your postage as a little thank-you.

Enjoy some well-earned soaks,
Nadia Qureshi
Mossbank Home""")

    o, b = order("uk-email-mid", "co.uk", "Stained Glass Suncatcher, Kingfisher, 18 cm")
    case("uk-suncatcher-photos-to-mailbox", "reject", ["content.email-address"],
         "Follow-up to a breakage report with packing-story detail; the buyer is asked to send photos to an "
         "email address in the middle of the message.",
         to=b, frm="Leadlight Lane <studio@leadlightlane.co.uk>", day=13,
         reply="The suncatcher arrived with one blue pane cracked.",
         subject=f"Re: Cracked pane - order {o}", text=f"""Hi,

I'm so sorry your kingfisher arrived with a cracked pane. Each piece is cut,
foiled and soldered by hand in our garden workshop, so it's always a bit of a
heartbreak to hear one didn't make the journey.

To work out whether to remake it or repair it, could you send two or three
photos showing the crack and the lead lines around it? The easiest way is to
email them to breakages@leadlightlane.co.uk with your order number
{o} in the subject line, and I'll look at them the same evening.

In the meantime, please don't hang it in a window, as a cracked pane can
drop out if the lead flexes. Lay it flat on a towel somewhere safe.

We're also changing how we pack: from next week every suncatcher goes into
a rigid card frame before the bubble wrap, after a couple of similar
breakages this spring.

Thanks for your patience,
Clare Dunmore
Leadlight Lane""")

    o, b = order("uk-newsletter", "co.uk", "Reactive Glaze Serving Bowl, Ocean Blue, 28 cm", **LATE)
    case("uk-bowl-delay-join-mailing-list", "quarantine", ["type.marketing"],
         "Honest glaze-firing delay notice that, in its last paragraph, invites the buyer to join a mailing "
         "list for early access to new glazes.",
         to=b, frm="Saltmarsh Ceramics <studio@saltmarshceramics.co.uk>", day=12,
         subject=f"Your serving bowl - new dispatch date (order {o})", text=f"""Hello,

A quick but important note about your serving bowl from order {o}.

Reactive glazes are wonderful and unpredictable in equal measure. The blue
you chose is a mix of cobalt and rutile that flows and pools in the kiln,
which is what gives each bowl its tide-line pattern. Unfortunately, the
firing that held your bowl ran about twenty degrees hot, and the glaze ran
down onto the kiln shelf. We had to grind the foot, and it didn't pass our
check, so we've thrown a new one.

The new bowl has been bisque-fired and glazed, and goes into the kiln on
Monday. Allowing a day to cool, it will be dispatched by June 18.

A few care notes for when it arrives: it's dishwasher safe, but hand washing
keeps the glaze glossy for longer. It's fine in the oven up to 200 C but not
on the hob or under the grill.

If you enjoy watching glazes come out of the kiln, you can join our mailing
list for early access to each new glaze before it goes on sale.

Sorry for the wait,
Tom Brierley
Saltmarsh Ceramics""")

    o, b = order("uk-oos-ask-cancel", "co.uk", "Vintage-Style Enamel Bread Bin, Cream", **OOS)
    case("uk-bread-bin-refunded-but-cancel-too", "reject", ["order-problem.cancellation-request"],
         "Stock-out message that confirms the full refund with the no-inventory reason, then still asks the "
         "buyer to submit a cancellation request.",
         to=b, frm="Pantry & Hearth <shop@pantryandhearth.co.uk>", day=13, enc=B64,
         subject=f"Problem with your order {o}", text=f"""Dear customer,

I'm afraid we've run out of the cream enamel bread bin you ordered (order
{o}). A delivery from our supplier arrived with every bin dented at the
hinge, and we simply couldn't send one out in that state.

We have refunded the full order amount through Amazon today, with the reason
'no inventory', so the money should be back with you within three to five
working days depending on your bank.

To close things off on your side too, please submit a cancellation request
from Your Orders. That way it won't appear as an open order in your account.

If you're still after a bread bin, our one piece of advice from selling them
for years: choose one with a few air holes in the back, keep it away from the
kettle's steam, and wipe out crumbs weekly so the bread doesn't go mouldy.

With apologies,
Sarah Whitcombe
Pantry & Hearth""")


# --------------------------------------------------------------------------------------------
# amazon.ca
# --------------------------------------------------------------------------------------------

def cases_ca() -> None:
    o, b = order("ca-bookcase-delivery", "ca", "Solid Pine 5-Shelf Bookcase, 72 in, Natural Finish", **LATE)
    case("ca-bookcase-delivery-slot-assembly", "relay", [],
         "Heavy-item delivery scheduling with assembly steps and the freight carrier's number on the "
         "carrier's line: permitted proactive message.",
         to=b, frm="Timberline Furnishings <delivery@timberlinefurnishings.ca>", day=12,
         subject=f"Scheduling delivery of your bookcase - order {o}", text=f"""Hello,

Your pine bookcase from order {o} is packed and ready, and because it
weighs 41 kg it travels by freight rather than regular parcel post. The
freight company needs someone at home to receive it, so we need to agree on a
delivery window with you.

Could you reply with which of these suits you best?
- Wednesday, June 17, between 8:00 and 12:00
- Thursday, June 18, between 12:00 and 17:00
- Saturday, June 20, between 9:00 and 13:00

Please also tell us if there are stairs at the delivery address or if the
driver needs a buzzer code. If anything changes on the day, the freight
carrier, Day & Ross, can be reached at 1-866-329-7677 with your order number.

Once it's in, assembly takes two people about forty minutes:
1. Lay the side panels flat and tap the wooden dowels in with a rubber mallet.
2. Fit the top and bottom panels, then the fixed middle shelf.
3. Slide the back panel into the grooves and nail it along the edges.
4. Stand it up and fix it to the wall with the included anti-tip strap.

Please don't skip the wall strap; a tall bookcase full of books can tip if a
child climbs it.

Thank you,
Ravi Sandhu
Timberline Furnishings""")

    o, b = order("ca-discount-explained", "ca", "Insulated Stainless Lunch Jar, 750 ml, Matte Sage")
    case("ca-discount-you-paid-explained", "relay", [],
         "Reply explaining that the 'discount' the buyer saw was the price they paid at checkout; no new "
         "offer is made, so 'discount' is not marketing.",
         to=b, frm="Northshore Kitchen Goods <service@northshorekitchen.ca>", day=9,
         reply="My invoice shows a different price than the listing. Was I overcharged?",
         subject=f"Re: Price on the invoice - order {o}", text=f"""Hi,

Thanks for checking with us; it's a fair question and I'm glad you asked.

When you placed order {o} on June 1, the lunch jar was part of a
limited-time discount on Amazon, so the price at checkout was CAD 29.99
instead of the regular CAD 36.99. The discount was already applied to the
amount you paid. The invoice lists the regular price on one line and the
discount on the line below, which is why it can look as if there are two
prices. The total at the bottom, including GST/HST, is what your card was
charged.

So, no, you weren't overcharged; if anything, you caught it at a good time.

While we're writing, a few things that help the jar keep food hot until
lunch:
1. Fill it with boiling water for five minutes before adding the food.
2. Pour the water out and add the food as hot as possible.
3. Fill it close to the top; the less air inside, the longer it stays hot.

The silicone ring in the lid lifts out for cleaning. Dry it fully before
putting it back to stop odours.

Best regards,
Colette Fournier
Northshore Kitchen Goods""")

    o, b = order("ca-shampoo-stock", "ca", "Oatmeal & Aloe Dog Shampoo, 500 ml")
    case("ca-dog-shampoo-stock-up", "quarantine", ["type.marketing"],
         "Reply answering how often to bathe a dog, with a 'stock up while it's in stock' nudge in the "
         "middle of the advice.",
         to=b, frm="Good Boy Grooming Supply <help@goodboygrooming.ca>", day=11,
         reply="How often can I use this on my lab? She has quite dry skin.",
         subject=f"Re: How often to use the shampoo - order {o}", text=f"""Hi,

Good question. Labs often do have dry skin, especially in winter when the
heating is on.

For a dog with dry skin, we suggest a bath with the oatmeal and aloe shampoo
from order {o} no more than once every three to four weeks. Bathing
more often strips the natural oils and can make the itching worse. Between
baths, a good brush twice a week spreads those oils through the coat.

When you do bathe her:
- Wet her thoroughly with lukewarm water, never hot.
- Work a small amount into the coat and leave it on for five minutes so the
  oatmeal can soothe the skin.
- Rinse until the water runs completely clear; leftover shampoo is itchy.
- Towel dry, and keep her out of drafts until she's fully dry.

Since it's one of our fastest sellers, now is a good time to stock up on a
second bottle before the summer rush empties our shelves.

If the dryness carries on, it's worth asking your vet about omega-3
supplements.

Best wishes to you and your lab,
Kyle Morrison
Good Boy Grooming Supply""")

    o, b = order("ca-ship-confirm", "ca", "Soy Wax Candle Trio, Cedar & Sea Salt", **SHIP)
    case("ca-candles-shipped-tracking-chatty", "quarantine", ["type.order-confirmation"],
         "Dispatch confirmation with the Canada Post tracking number, padded with a workshop story and burn "
         "tips; its purpose is still to confirm the shipment.",
         to=b, frm="Driftwood Candle Works <hello@driftwoodcandleworks.ca>", day=14,
         subject=f"Your candles are on their way - order {o}", text=f"""Hi there,

Good news: your candle trio from order {o} left our studio this
afternoon with Canada Post. The tracking number is 7023 4410 8856 2917, and
it should be with you in three to five business days.

Every candle we make is poured in small batches of twenty in a converted
boathouse in Lunenburg. Your cedar and sea salt candles were poured last
Tuesday, cured for a full week so the scent could bind with the wax, and
wrapped this morning in recycled tissue.

A few tips for a clean burn:
- Let the first burn last two to three hours so the melt pool reaches the
  edge of the jar; this prevents tunnelling.
- Trim the wick to about 5 mm before every lighting.
- Never burn a candle for more than four hours at a time.

Thanks again for supporting a small maker, and enjoy the cozy evenings.

Warmly,
Ellie Barkhouse
Driftwood Candle Works""")

    o, b = order("ca-five-star", "ca", "Maple Wood Spoon Set, Hand-Carved, 4 Pieces")
    case("ca-spoons-spare-a-five-star", "reject", ["review.incentive"],
         "Long oiling guide for wooden spoons followed by a plea for a five-star rating to help the small "
         "shop.",
         to=b, frm="Birch & Bough Carving <shop@birchandbough.ca>", day=10,
         subject=f"Caring for your maple spoons - order {o}", text=f"""Hi,

Thank you for choosing our maple spoons (order {o}). Each one is carved
by my father or me from a single piece of sugar maple that fell on our land,
and no two are exactly alike.

Maple is a hard, tight-grained wood, so it resists staining and bacteria
better than most. Still, a few habits will keep them going for decades:
1. Wash by hand in warm soapy water and dry them straight away.
2. Never soak them or put them in the dishwasher; the wood swells and cracks.
3. Once a month, rub them with a food-safe oil or board cream and leave them
   overnight.
4. If the surface feels fuzzy after the first few washes, that's the grain
   rising. A light rub with fine sandpaper fixes it for good.

If you could spare a five-star rating on Amazon, it would really help a
two-person shop like ours get noticed.

Happy cooking,
Jonas Lindberg
Birch & Bough Carving""")

    o, b = order("ca-opt-out-footer", "ca", "Merino Wool Hiking Socks, 3 Pairs, Size M")
    case("ca-socks-review-stop-footer", "reject", ["link.opt-out"],
         "A neutral review request after wash-care advice; the footer tells the buyer how to stop receiving "
         "these messages.",
         to=b, frm="Portage Trail Outfitters <care@portagetrail.ca>", day=9,
         subject=f"Your merino socks - care and a quick question (order {o})", text=f"""Hello,

Your merino hiking socks from order {o} have probably seen their first
trail by now. Here's how to make them last many seasons:

- Turn them inside out before washing so the cushioned sole doesn't pill.
- Use cold water and a wool-safe detergent; regular detergent with enzymes
  slowly breaks down wool fibres.
- Air dry if you can. If you must use a dryer, choose the lowest setting.
- Rotate two or three pairs on long trips and let each pair air out overnight.

Merino naturally resists odour, so you can usually wear a pair two or three
days on the trail before it needs a wash.

When you've had a chance to try them, we'd appreciate it if you left a review
on Amazon with your honest thoughts. It helps other hikers choose the right
weight and size.

Happy trails,
The Portage Trail team

You are receiving this because you purchased from Portage Trail Outfitters.
To stop receiving these emails, reply with UNSUBSCRIBE.""")

    o, b = order("ca-oos-no-refund", "ca", "Cast Aluminum Bundt Pan, 10-Cup, Fleur Design", **OOS)
    case("ca-bundt-oos-no-adjustment", "quarantine", ["order-problem.no-adjustment"],
         "Stock-out notice with a long explanation of a foundry problem but no word that the order amount "
         "was refunded; it does not ask the buyer to cancel.",
         to=b, frm="Prairie Bakeware <orders@prairiebakeware.ca>", day=13,
         subject=f"Problem with your order {o}", text=f"""Hello,

I'm sorry to tell you that we can't ship the fleur bundt pan from order
{o}.

We cast our pans at a small foundry in Winnipeg. This month the foundry had a
problem with the release coating on the fleur moulds: the last run came out
with tiny pits in the petals that would make cakes stick. We scrapped that
run rather than sell pans that would frustrate you, and the foundry has told
us they can't recast the design until the autumn.

We know many people order this pan for a particular occasion, so we're
especially sorry about the timing. If you're baking in another pan in the
meantime, here's a tip that works for any detailed bundt: brush the inside
with melted shortening using a pastry brush, then dust with flour, and tap
out the excess. Cool the cake for exactly ten minutes before turning it out.

Again, our apologies that we couldn't get this one to you.

Sincerely,
Maggie Dueck
Prairie Bakeware""")

    o, b = order("ca-instagram-photo", "ca", "Macrame Plant Hanger, Set of 3, Natural Cotton")
    case("ca-hanger-review-tag-us-instagram", "quarantine", ["type.marketing"],
         "First neutral review request after hanging tips, but the last paragraph asks the buyer to share a "
         "photo on Instagram and tag the shop.",
         to=b, frm="Knot & Fern Studio <hello@knotandfern.ca>", day=10,
         subject=f"Hanging your macrame - order {o}", text=f"""Hi,

Your plant hangers from order {o} were knotted by hand in our
Halifax studio, and we always like to share a few tips on hanging them.

Use a ceiling hook rated for at least 10 kg; a watered plant in a ceramic pot
is heavier than it looks. For the longest hanger, leave about 30 cm between
the bottom of the pot and any furniture below so nobody bumps into it.

Cotton cord can stretch slightly in the first week as the knots settle. If
the pot starts to tilt, gently slide the gathering knot up or down until it
sits level again. To clean them, hand wash in cool water and hang to dry,
with the pot removed of course.

When you've lived with them for a little while, we'd value an honest review
on Amazon.

And we'd love to see your plants: share a photo on Instagram and tag us
@knotandfernstudio so we can feature your space on our page.

Warmly,
Sophie Arsenault
Knot & Fern Studio""")


# --------------------------------------------------------------------------------------------
# amazon.com.au
# --------------------------------------------------------------------------------------------

def cases_au() -> None:
    o, b = order("au-warranty", "com.au", "Espresso Machine with Milk Frother, 15 Bar, Brushed Steel")
    case("au-espresso-register-warranty-manufacturer", "relay", [],
         "Reply about a leaking group head: warranty registration with the manufacturer and the "
         "manufacturer's warranty line; descaling steps. Phone number allowed by the warranty context.",
         to=b, frm="Brewline Appliances AU <support@brewlineappliances.com.au>", day=11,
         reply="Water is dripping from around the group head when I pull a shot. It's only two weeks old.",
         subject=f"Re: Drip from the group head - order {o}", text=f"""G'day,

Sorry to hear about the drip. A leak around the group head on a new machine
is nearly always the gasket not seating properly, and it's covered by the
manufacturer's two-year warranty, so you won't be out of pocket.

The quickest route is to register the machine with the manufacturer first.
Registration takes five minutes and needs the serial number from the sticker
under the drip tray and the date from your Amazon invoice for order
{o}. For warranty registration and repairs, the manufacturer's
warranty line is 1300 139 798 (weekdays, 8:30 am to 5 pm AEST). They'll
either send a replacement gasket or book a courier to collect the machine.

Before you ring, a couple of checks that sometimes fix it on the spot:
1. Make sure the portafilter handle is turned fully to the right; it should
   feel firm, roughly at the six o'clock position.
2. Wipe the rim of the basket; a few coffee grounds on the edge can stop it
   sealing.
3. Don't overfill the basket. The coffee should sit just below the line
   stamped inside.

If the manufacturer can't help for any reason, come back to us and we'll
sort out a replacement or refund ourselves.

Cheers,
Mick Tran
Brewline Appliances AU""")

    o, b = order("au-engraving", "com.au", "Personalised Silver Bar Necklace, Engraved, 18 in")
    case("au-necklace-verify-engraving-spelling", "relay", [],
         "Custom-design verification: the workshop asks the buyer to confirm the spelling and font of an "
         "engraving before cutting, with a long description of the process.",
         to=b, frm="Southern Cross Silversmiths <workshop@southerncrosssilver.com.au>", day=13, fmt="alt",
         subject=f"Please check your engraving before we cut it - order {o}", text=f"""Hello,

Thank you for your order {o}. Before our engraver starts on your
necklace, we'd like you to check the details, because once the silver is cut
we can't undo it.

This is what we have from your order notes:

Front: Amelie & Sol
Back: 14.02.2026
Font: Script (the flowing one in the third listing photo)

Could you please confirm that "Amelie" has no accent and no second "l"? We
ask because it's often spelled Amélie or Amellie, and the script font shows
accents quite small. Also, would you like the date in the Australian order
(day.month.year), as it is now?

A little about how it's made: the bar is cut from recycled sterling silver
sheet, filed and polished by hand, then engraved on a rotary machine that
our founder restored from a 1970s jewellers' workshop. Each letter is cut,
not laser-marked, so it won't fade.

As soon as you reply, your necklace goes to the engraving bench, and it will
be ready to ship in two working days.

Kind regards,
Isla Moreno
Southern Cross Silversmiths""")

    o, b = order("au-review-first", "com.au", "Merino Baby Sleeping Bag, 2.5 Tog, 6-18 Months")
    case("au-sleeping-bag-care-review-once", "relay", [],
         "Sleep-safety and washing notes with one neutral, unconditional review request: the first for this "
         "order.",
         to=b, frm="Little Wattle Baby <hello@littlewattlebaby.com.au>", day=8,
         subject=f"Your merino sleeping bag - a few notes (order {o})", text=f"""Hi,

Your merino sleeping bag from order {o} should be in use by now, and
we wanted to pass on a few notes from the parents on our team.

The 2.5 tog weight suits rooms between 16 and 20 degrees. Under it, a cotton
bodysuit and long pyjamas are usually plenty; merino regulates temperature
well, so there's no need to add blankets. Check your baby's chest or the back
of the neck rather than the hands to see if they're warm enough.

To wash it, zip it up and turn it inside out, use the wool cycle at 30 degrees
with a wool detergent, and dry it flat in the shade. Avoid fabric softener,
which coats the fibres and reduces breathability.

Once you've had a few weeks of nights with it, we'd appreciate an honest
review on Amazon, good or bad. Other parents rely on them when choosing a
tog rating.

Wishing you all plenty of sleep,
Anna Kowalczyk
Little Wattle Baby""")

    case("au-sleeping-bag-second-review-nudge", "reject", ["review.repeat"],
         "A second review request for the same order after the first one was relayed, wrapped in a long note "
         "on summer tog ratings.",
         to=b, frm="Little Wattle Baby <hello@littlewattlebaby.com.au>", day=14,
         after=("au-sleeping-bag-care-review-once",),
         subject=f"Summer sleeping and your merino bag (order {o})", text=f"""Hi again,

With the weather turning, a few parents have asked us whether the 2.5 tog bag
from order {o} is still right for warmer nights, so here's a quick
guide.

Above 24 degrees, switch to a 1.0 tog bag or a light cotton sleep suit. From
20 to 24 degrees, the 2.5 tog bag over a short-sleeved bodysuit usually works.
Merino breathes, so babies in it tend to sweat less than in synthetic fabrics,
but always check the chest or neck rather than the hands.

If your baby wakes sweaty, drop one layer underneath before changing the bag.
Keep the room dark and the cot away from heaters and windows in direct sun.

We also wanted to follow up on our earlier note: if you haven't yet had a
moment to write a review of the sleeping bag on Amazon, we would still really
appreciate it. It only takes a minute.

Warmly,
Anna Kowalczyk
Little Wattle Baby""")

    o, b = order("au-biosecurity", "com.au", "Japanese Cedar Bath Stool and Bucket Set", **LATE)
    case("au-cedar-stool-biosecurity-hold", "relay", [],
         "Delay notice explaining a biosecurity inspection of timber at import; the buyer may ask the seller "
         "to cancel and refund: a delay notice, not a stock-out cancellation request.",
         to=b, frm="Onsen Home Goods <orders@onsenhomegoods.com.au>", day=12,
         subject=f"Delay with your cedar bath set - order {o}", text=f"""Hello,

We're writing about your cedar bath stool and bucket from order
{o}, which are taking longer than expected to reach us.

Untreated timber coming into Australia goes through a biosecurity
inspection, and this shipment was selected for a full check by the
department. Nothing was wrong with it; the inspectors are simply making sure
no insects or soil come in with the wood. The hold is expected to be lifted
by Thursday, and we'll dispatch your set the day it arrives in our warehouse.
Our best estimate for delivery is now June 23 instead of June 16.

We understand if that's too long. If you'd rather not wait, reply to this
message and we'll cancel the order for you and refund you in full; you don't
need to do anything in your Amazon account.

When it does arrive, the cedar will smell wonderful. Rinse both pieces in
cold water before the first use, and after each bath stand them upside down
somewhere airy. Hinoki and cedar darken gently over time, which is part of
their charm.

Apologies for the wait,
Kenji Hollis
Onsen Home Goods""")

    o, b = order("au-matching", "com.au", "French Linen Tablecloth, 150 x 250 cm, Natural")
    case("au-tablecloth-wrinkles-matching-napkins", "quarantine", ["type.marketing"],
         "Reply about wrinkles in a linen tablecloth with ironing advice; one sentence recommends the "
         "matching napkins from the seller's store.",
         to=b, frm="Provence Table Linen <hello@provencetable.com.au>", day=10,
         reply="The tablecloth is very creased even after washing. Is that normal?",
         subject=f"Re: Creases in the tablecloth - order {o}", text=f"""Hi,

Yes, completely normal, and I promise it gets better with every wash.

Stonewashed French linen has a relaxed, rumpled look by design, but a new
cloth from order {o} still holds the folds from packing. Here's what
works best:
1. Wash it on a gentle cycle at 40 degrees with a mild liquid detergent.
2. Take it out as soon as the cycle ends; creases set if it sits wet.
3. Shake it out hard, twice, and hang it over two lines so the weight pulls
   the creases out.
4. If you want it crisp for a dinner, iron it on the linen setting while it's
   still slightly damp.

Over the first five or six washes the fibres soften and the creases become
much gentler.

The matching napkins in the same natural linen are also in our Amazon store,
if you'd like to complete the table.

Please don't hesitate to ask if anything else comes up.

Best wishes,
Camille Durand
Provence Table Linen""")

    o, b = order("au-emoticon", "com.au", "Flat-Pack Timber Cubby House for Kids")
    case("au-cubby-assembly-smiley", "reject", ["style.emoji"],
         "Long assembly reply with numbered steps; a ':)' emoticon sits in the middle paragraph.",
         to=b, frm="Backyard Builds <help@backyardbuilds.com.au>", day=9,
         reply="We're stuck on step 6 of the cubby house instructions, the roof panels don't line up.",
         subject=f"Re: Cubby house roof panels - order {o}", text=f"""Hi,

Sorry you're stuck on the roof of the cubby from order {o}; step 6 is the one everyone finds fiddly, so
you're in good company.

The roof panels only line up if the gable ends are fully square. Before you
go further, please check the following:
1. Measure both diagonals of the front wall. If they differ by more than
   5 mm, loosen the corner screws and nudge the wall until they match.
2. Make sure the ridge beam (part R1, the one with two notches) sits with the
   notches facing down.
3. Fit the left roof panel first, screwing only the top two screws, then fit
   the right panel and check they meet at the ridge before tightening.

Most families find it clicks together at that point, and the kids are usually
inside before you've put the drill away :) The remaining steps are
quick.

For the timber, give it a coat of water-based outdoor stain within the first
month, and again every year. Keep sprinklers pointed away from the walls.

If the panels still won't meet, send us a photo through Amazon messages and
we'll work it out.

Cheers,
Dean Fowler
Backyard Builds""")

    o, b = order("au-call-workshop", "com.au", "Hardwood Outdoor Bench, 1.5 m, Spotted Gum")
    case("au-bench-oil-ring-our-workshop", "reject", ["content.phone-number"],
         "Proactive oiling and assembly advice for a hardwood bench that invites the buyer to ring the "
         "seller's own workshop number with questions.",
         to=b, frm="Ironbark Outdoor <workshop@ironbarkoutdoor.com.au>", day=9,
         reply="What oil should I use on the bench, and how often?",
         subject=f"Re: Oiling your bench - order {o}", text=f"""Hi,

Thanks for asking before you started; it makes a real difference with
spotted gum.

For the bench from order {o}, we recommend a penetrating decking oil,
not a varnish. Varnish looks lovely for a summer and then peels in the sun.
Here's the routine we use in our own yard:
1. Give the bench a light sand with 180-grit paper, following the grain.
2. Wipe off the dust with a damp cloth and let it dry completely.
3. Apply a thin coat of oil with a brush, wait 20 minutes and wipe off any
   excess with a lint-free rag.
4. Repeat after 24 hours, then re-oil every six months.

Spotted gum may bleed a little tannin in the first few rains, so keep it off
light-coloured pavers for the first fortnight.

If you'd rather talk it through, ring our workshop on (02) 9555 0143 any
weekday and one of the makers will happily walk you through it.

Enjoy the bench,
Shaun Pearce
Ironbark Outdoor""")



# --------------------------------------------------------------------------------------------
# amazon.in
# --------------------------------------------------------------------------------------------

def cases_in() -> None:
    o, b = order("in-oos-refunded", "in", "Brass Diya Set with Stand, Pack of 5", **OOS)
    case("in-diya-oos-refunded-nothing-to-cancel", "relay", [],
         "Stock-out apology that confirms the full refund with the no-inventory reason and tells the buyer "
         "there is nothing to cancel.",
         to=b, frm="Moradabad Metal Crafts <care@moradabadmetalcrafts.in>", day=13,
         subject=f"Update on your order {o} - item unavailable", text=f"""Namaste,

We are very sorry to inform you that the brass diya set in your order
{o} is no longer available, and we are not able to ship it.

Our diyas are cast by a family of artisans in Moradabad who have worked
with us for over fifteen years. During the recent heavy rains, water entered
their workshop and the moulds for this design were damaged. New moulds are
being made, but it will take at least two months before the set can be cast
again.

We have therefore refunded the full order amount of Rs. 1,499 through Amazon
today, with the reason 'no inventory'. Depending on your payment method, the
money will reach your account in five to seven working days. You do not need
to cancel anything or contact Amazon; the order will close on its own.

We know many customers buy these sets for Diwali and festivals, and we are
truly sorry to disappoint you. If you already own brass lamps, a tip from our
karigars: clean them with a paste of tamarind and salt, rinse well and dry
immediately, and they will shine like new.

With warm regards,
Farhan Siddiqui
Moradabad Metal Crafts""")

    o, b = order("in-cooker", "in", "Stainless Steel Pressure Cooker, 5 Litre, Induction Base")
    case("in-cooker-faq-manufacturer-care-line", "relay", [],
         "Reply with an FAQ-style list for a pressure cooker; the manufacturer's customer care number sits on "
         "the line that names the manufacturer.",
         to=b, frm="Rasoi Essentials <support@rasoiessentials.in>", day=10,
         reply="The whistle is not coming and steam is leaking from the sides. What am I doing wrong?",
         subject=f"Re: Pressure cooker whistle - order {o}", text=f"""Dear customer,

Thank you for writing to us. Steam escaping from the sides and no whistle
almost always points to the gasket, so please go through these points:

Q: Is the gasket seated correctly?
A: Remove it, wash it in warm water, and press it back evenly all around the
rim of the lid. It should sit flat, with no twist.

Q: Is there enough water?
A: For dal or rice, use at least one and a half cups of water; too little
water means not enough steam to lift the weight.

Q: Is the vent tube clear?
A: Hold the lid up to the light and look through the vent. If it is blocked,
clear it with a toothpick.

Q: Is the gasket new?
A: A new gasket can be slightly stiff. Rub a drop of cooking oil on it before
the first few uses.

If steam still leaks after this, the lid may need adjusting under warranty.
The manufacturer's customer care number is 1800 419 6262 (toll-free, Monday
to Saturday); please keep your order number {o} ready when you call.

Regards,
Deepa Raghunathan
Rasoi Essentials""")

    o, b = order("in-washer-slot", "in", "Front Load Washing Machine, 7 kg, Inverter", **LATE)
    case("in-washer-delivery-slot-courier-helpline", "relay", [],
         "Scheduling the delivery of a bulky washing machine, asking for a slot and floor details; the "
         "courier's helpline is named next to the courier.",
         to=b, frm="HomeLine Appliances <dispatch@homelineappliances.in>", day=12,
         subject=f"Delivery appointment for your washing machine - order {o}", text=f"""Dear customer,

Your washing machine from order {o} is ready at our Pune warehouse.
As it weighs over 60 kg, it is delivered by our large-appliance courier
partner, who needs to fix a time with you in advance.

Please reply with the slot that suits you best:
- Tuesday, 16 June, 10 am to 2 pm
- Wednesday, 17 June, 2 pm to 6 pm
- Friday, 19 June, 10 am to 2 pm

It would also help us to know:
1. Which floor the machine is going to, and whether there is a lift.
2. Whether the doorway to the bathroom or balcony is at least 65 cm wide.
3. A landmark near your building, as drivers sometimes struggle with new
   societies.

On the day of delivery, the courier partner, Delhivery, can be reached on
their helpline 1800 102 6969 if the driver is delayed.

Installation is done by the manufacturer's technician, usually within 48
hours of delivery. Please do not remove the transit bolts at the back
yourself; the technician must do this, or the drum can be damaged.

Thank you,
Suresh Kulkarni
HomeLine Appliances""")

    o, b = order("in-gst-invoice", "in", "Ergonomic Mesh Office Chair with Lumbar Support")
    case("in-chair-gst-invoice-reply", "relay", [],
         "Reply to a business buyer explaining how to get the GST invoice, with assembly notes; no "
         "marketing, no contact details.",
         to=b, frm="SitWell Furniture <accounts@sitwellfurniture.in>", day=11,
         reply="I need a GST invoice with my company GSTIN for this chair. Can you help?",
         subject=f"Re: GST invoice for order {o}", text=f"""Dear customer,

Thank you for your message. Yes, we can certainly help with a GST invoice for
order {o}.

For business purchases, the invoice is generated through Amazon, so the
GSTIN needs to be added to the order on Amazon's side. If you added your
GSTIN at checkout, the tax invoice with your company name and GSTIN can be
downloaded from Your Orders by clicking Invoice next to the order. If it was
not added at checkout, please reply with your GSTIN and the registered
company name, and we will request a revised invoice; this usually takes two
working days.

We noticed from your message that the chair is for a home office, so a few
setup notes that customers often ask about:
1. Adjust the seat height so your feet are flat on the floor and knees are
   at 90 degrees.
2. Move the lumbar support up or down until it sits in the curve of your
   lower back.
3. Set the tilt tension with the knob under the seat; turn it clockwise for
   a firmer recline.
4. Tighten the armrest screws again after the first week, as they settle.

Regards,
Ananya Bhat
SitWell Furniture""")

    o, b = order("in-no-more-messages", "in", "Copper Water Bottle, 1 Litre, Hammered")
    case("in-bottle-care-no-further-messages", "relay", [],
         "Reply with copper-bottle care that says the seller will not write again about this order; no "
         "opt-out link or text, no review request, no email address.",
         to=b, frm="Tamra Living <care@tamraliving.in>", day=9,
         reply="The inside of my copper bottle has turned dark. Is it still safe to use?",
         subject=f"Re: Dark inside the copper bottle - order {o}", text=f"""Dear customer,

Thank you for your question. Yes, the bottle from order {o} is safe to
use. The darkening is natural oxidation, which happens to all pure copper
when it is in contact with water and air. It is not rust and not a defect.

To bring back the shine, please follow these steps once a week:
1. Mix one spoon of salt with the juice of half a lemon.
2. Pour it into the bottle, close the lid and shake for one minute.
3. Rinse well with plain water and leave it open to dry completely.

A few more points to keep in mind:
- Use it only for plain water; never store juice, milk or anything acidic in
  it.
- Do not put it in the dishwasher or the fridge.
- Drinking water stored overnight is the traditional way; there is no need to
  keep water in it for days.

This answers everything in your message, so we will not write to you again
about this order unless you contact us.

Regards,
Meera Joshi
Tamra Living""")

    o, b = order("in-insta-ps", "in", "Hand Block Printed Cotton Bedsheet, King, Indigo", **LATE)
    case("in-bedsheet-delay-ps-follow-instagram", "quarantine", ["type.marketing"],
         "A careful delay notice about monsoon drying times for block prints, with a P.S. asking the buyer "
         "to follow the brand on Instagram.",
         to=b, frm="Bagru Blocks <hello@bagrublocks.in>", day=12,
         subject=f"Your bedsheet will take a few more days - order {o}", text=f"""Dear customer,

We wanted to let you know that your indigo bedsheet from order {o} will
be dispatched a few days later than the date shown on Amazon.

All our sheets are hand block printed in Bagru, near Jaipur. Indigo printing
uses a mud-resist paste called dabu, and after printing every sheet must dry
in the open sun before it is dipped in the indigo vat. With the early
monsoon this year, we have had very few sunny days, and the sheets are taking
almost twice as long to dry.

Your sheet has now been printed and dyed, and will be washed and dispatched
on 18 June. You do not need to do anything.

For the first wash, soak it in cold water with a spoon of salt for an hour
to set the colour, and wash it separately for the first two or three washes.
Dry it in the shade, as strong sun can fade indigo.

Thank you for your patience.

Warm regards,
Kavita Meena
Bagru Blocks

P.S. Follow us on Instagram @bagrublocks to watch our printers at work.""")

    o, b = order("in-http-link", "in", "Organic Assam Tea, Loose Leaf, 500 g")
    case("in-tea-brewing-http-amazon-link", "reject", ["link.insecure"],
         "Long brewing guide with a neutral, first review request whose Amazon link uses http instead of "
         "https.",
         to=b, frm="Brahmaputra Tea Gardens <orders@brahmaputratea.in>", day=10,
         subject=f"Brewing your Assam tea - order {o}", text=f"""Dear customer,

We hope you have opened the Assam tea from order {o} by now. Our
family has grown tea near Dibrugarh for three generations, and we wanted to
share how we brew it at home.

For a strong morning cup:
1. Use one heaped teaspoon of leaves for every 200 ml of water.
2. Bring fresh water to a full rolling boil; Assam needs boiling water.
3. Steep for four minutes, covered, then strain.

For chai, simmer the leaves with water and crushed ginger for two minutes,
add milk and sugar, and bring it to the boil twice before straining.

Store the leaves in an airtight tin, away from spices and sunlight. Once
opened, the tea is at its best for about three months.

If you would like to share your experience, you can write a review on the
product page here: http://www.amazon.in/review/create-review?asin=B0C7TEA500
All feedback is welcome.

With warm regards,
Bikash Gogoi
Brahmaputra Tea Gardens""")

    o, b = order("in-thanks-only", "in", "Handmade Jute Storage Baskets, Set of 3")
    case("in-baskets-long-thank-you", "quarantine", ["type.thank-you-only"],
         "Several paragraphs of thanks and gratitude with offers of help, and nothing else: no information, "
         "no question, no request.",
         to=b, frm="Sundarban Weaves <hello@sundarbanweaves.in>", day=8,
         subject=f"Thank you from Sundarban Weaves - order {o}", text=f"""Dear customer,

Thank you so much for your order {o}. We are truly grateful that you
chose our jute baskets.

We are a small team, and every order means a great deal to us. We read the
name on each order together in the morning, and it still makes us happy
every time.

Thank you again for supporting our work and for trusting a small seller. It
really means a lot to all of us.

If you have any questions at all, or if there is anything we can help you
with, please do not hesitate to message us through Amazon. We are always
here for you and will be happy to help in any way we can.

Once again, a big thank you, and we wish you and your family all the very
best.

With heartfelt thanks,
Rupa Mondal
Sundarban Weaves""")

    o, b = order("in-return-received", "in", "Bluetooth Neckband Earphones, 20 Hr Playback")
    case("in-earphones-return-received-chatty", "quarantine", ["return.unnecessary"],
         "Return-related message that only reports the return arrived and talks about testing and battery "
         "care; it asks for nothing and offers no partial refund.",
         to=b, frm="SoundKraft India <returns@soundkraft.in>", day=13,
         subject=f"Your returned earphones - order {o}", text=f"""Dear customer,

This is to let you know that the neckband earphones you sent back from order
{o} have reached our Bengaluru service centre.

Every unit that comes back to us goes through the same checks: our
technicians test both drivers, the microphone, the charging port and the
battery. Returned units that pass are refurbished and donated to a school
project we support, so nothing goes to landfill. Units that fail are sent
to an authorised recycler.

We are sorry the earphones did not work out for you. Since you mentioned in
your return reason that the battery drained quickly, here are a few tips for
any Bluetooth earphones you use in future:
- Charge them fully before the first use.
- Avoid leaving them at zero charge for many days.
- Turn off noise cancellation when you don't need it; it uses a lot of
  battery.
- Keep the firmware up to date through the companion app.

Your refund will be processed by Amazon as per the return policy.

Regards,
Pradeep Nair
SoundKraft India""")

    o, b = order("in-order-received", "in", "Terracotta Planters, Set of 4, Handmade", purchased="2026-06-13T10:00:00Z",
                 shipped="", delivered="")
    case("in-planters-order-received-story", "quarantine", ["type.order-confirmation"],
         "Order confirmation ('we have received your order and it is being packed') padded with the story "
         "of the potters' village; it neither needs information nor reports a problem.",
         to=b, frm="Mitti Ghar Pottery <orders@mittigharpottery.in>", day=13,
         subject=f"We have received your order {o}", text=f"""Dear customer,

We are happy to confirm that we have received your order {o} for the
set of four terracotta planters, and it is now being packed at our workshop.

Our planters are made by potters in a village near Khurja, where families
have worked with clay for generations. The clay is dug from the river bank,
kneaded by foot, shaped on the wheel and fired in a wood kiln, which gives
each planter its slightly uneven, warm colour. No two are exactly the same.

Your planters will be wrapped in straw and corrugated card, as terracotta
travels best when it can move a little inside the box. The order will be
handed over to the courier within two working days, and you will receive the
tracking details from Amazon.

A small tip for when they arrive: soak each planter in water for an hour
before planting. Dry terracotta pulls moisture out of fresh soil, and the
soak prevents that.

With regards,
Gopal Prajapati
Mitti Ghar Pottery""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_com, cases_uk, cases_ca, cases_au, cases_in))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, lambda m, slug: set_boundaries(m, slug, prefix="f58"), verify)
    relay = sum(1 for c in labels if c["verdict"] == "relay" and not c["rules"])
    print(f"{len(labels)} cases ({relay} compliant), by marketplace: {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
