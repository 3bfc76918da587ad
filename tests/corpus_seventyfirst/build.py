#!/usr/bin/env python3
"""Build the seventy-first labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_seventyfirst/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. Angle: `type.thank-you-only`, third round. Violations are
proactive messages whose only purpose is thanks, padded so that a keyword filter misses them (small talk about
the seller's week, the farm, pets, the town or a festival; the brand's mission; a generic wish; how the product
is made; seasonal greetings; "just saying hi"; thanks in the subject over a body of pleasantries). Compliant
near-misses carry one real piece of content (a product-specific care step, a delivery detail, an answer to
the buyer's question, an assembly tip, a warranty registration step, a missing part on its way), sometimes
short and buried among pleasantries.
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

_rnd = random.Random(71_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "ca": "70", "com.au": "25", "de": "30", "fr": "40", "es": "40",
           "it": "40", "co.jp": "25"}
_TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T08:20:00Z", shipped="2026-06-02T14:00:00Z",
                 delivered="2026-06-05T10:30:00Z")
ORDERS = BOOK.rows
order = BOOK.add
TRANSIT = {"purchased": "2026-06-12T09:10:00Z", "shipped": "2026-06-13T16:00:00Z", "delivered": ""}
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
SJIS = {"charset": "shift_jis", "cte": "base64"}
EUC = {"charset": "euc-jp", "cte": "base64"}
B64 = {"cte": "base64"}
W1252 = {"charset": "windows-1252", "cte": "quoted-printable"}
L1 = {"charset": "iso-8859-1", "cte": "quoted-printable"}
L15 = {"charset": "iso-8859-15", "cte": "quoted-printable"}

TARGET = ["language.mismatch", "type.order-confirmation", "type.thank-you-only", "type.marketing",
          "review.incentive", "review.removal-request", "review.conditional", "review.repeat",
          "order-problem.cancellation-request", "order-problem.no-adjustment", "return.unnecessary",
          "content.sensitive", "content.phone-number", "content.email-address", "link.opt-out", "link.external"]
OTHER = ["order-id.missing", "order-id.unknown", "window.expired", "style.emoji", "style.line-breaks",
         "link.insecure", "style.link-text", "attachment.not-allowed"]

case = partial(shaped_case, CASE_LIST, TARGET, OTHER, thread="0100019d.a71", tag="t71", time="08:52:19")

TY = ["type.thank-you-only"]
MK = ("type.marketing",)


# --------------------------------------------------------------------------------------------
# English (amazon.com, .co.uk, .ca, .com.au)
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    # ---- violations: thanks padded with pleasantries ------------------------------------------
    o, b = order("en-farm", "en", "Raw wildflower honey, 3 x 340 g jars", tld="com")
    case("en-farm-hens-and-rain", "quarantine", TY,
         "Thanks wrapped in news from the farm (hens, rain, the new barn door); nothing the buyer needs.",
         to=b, frm="Hollow Creek Farm <shop@hollowcreekfarm.com>", day=9,
         subject=f"A note from Hollow Creek Farm - order {o}", text=f"""Hi there,

Things have been busy out here at Hollow Creek this week. We finally got
two good days of rain after a dry May, the hens have started laying again
now the heat has let up, and Tom has at last hung the new barn door he's
been promising since March.

Anyway, we just wanted to say how much it means to us that you picked our
honey (order {o}). Every jar that leaves the farm makes our day.

All the best from the whole crew,
Ruth & Tom
Hollow Creek Farm""")

    o, b = order("en-mission", "en", "Reusable cotton produce bags, set of 6", tld="co.uk")
    case("en-uk-mission-statement", "quarantine", TY,
         "Thanks plus the brand's values paragraph (lighter footprint, fair wages); no information about the order "
         "or the product's use.",
         to=b, frm="Fernleaf Goods <hello@fernleafgoods.co.uk>", day=8, fmt="html", tolerated=MK,
         subject=f"Thank you from Fernleaf ({o})", text=f"""Dear customer,

Thank you for choosing Fernleaf for your order {o}.

We started Fernleaf around a kitchen table with one simple idea: the things
you reach for every day should leave the lightest possible footprint. That
is why every bag we sew is made from offcut cotton, stitched by people paid
a fair wage, and sent out in paper rather than plastic.

We're so glad to have you with us on that journey.

Warmest regards,
Imogen and the Fernleaf team""")

    o, b = order("en-dog", "en", "Waxed canvas dog lead, 1.5 m", tld="ca")
    case("en-ca-shop-dog-supervised", "quarantine", TY,
         "Thanks and an anecdote about the shop dog 'supervising' the packing; a pleasantry, not content.",
         to=b, frm="Maple & Mutt <team@mapleandmutt.ca>", day=10, crlf=True,
         subject=f"Your lead, order {o}", text=f"""Hey there!

Quick note to say thanks for your order {o}. Just so you know, your lead
was packed under the strict supervision of Juniper, our eleven-year-old
shop retriever, who inspects every parcel before it goes out (mostly for
treats, we suspect). She gave yours a very approving sniff.

Give your own pup a scratch behind the ears from all of us.

Cheers,
Luc, Maya & Juniper""")

    o, b = order("en-festival", "en", "Linen table runner, sage, 40 x 180 cm", tld="com.au")
    case("en-au-lantern-festival", "quarantine", TY,
         "Thanks plus chatter about the town's winter lantern festival; nothing about the order beyond its number.",
         to=b, frm="Saltbush Linen <orders@saltbushlinen.com.au>", day=11, fmt="alt",
         subject=f"G'day from Saltbush Linen - {o}", text=f"""G'day,

Hope this finds you well! The whole town is in a bit of a flurry at the
moment because the winter lantern walk is on this Saturday, and half the
studio has been up late gluing paper lanterns instead of sewing.

We just wanted to let you know we really appreciated your order {o}. It's
customers like you who keep a little studio like ours going.

Warm wishes from the coast,
Bec at Saltbush Linen""")

    o, b = order("en-mornings", "en", "Stoneware pour-over coffee dripper, speckled", tld="com")
    case("en-brighter-mornings-wish", "quarantine", TY,
         "A generic wish ('we hope it makes your mornings a little brighter') and thanks; no care step or detail.",
         to=b, frm="Kiln Street Ceramics <studio@kilnstreet.com>", day=9, fmt="alt", enc=B64,
         subject=f"Enjoy your dripper! (order {o})", text=f"""Hello,

We hope your new dripper has found a good spot on the counter and that it
makes your mornings a little slower and a little brighter. There's nothing
quite like that first cup of the day, is there?

Thanks again for order {o}. We're rooting for many good brews.

Best,
Kiln Street Ceramics""")

    o, b = order("en-candles", "en", "Hand-poured soy candle, fig & cedar, 220 g", tld="co.uk")
    case("en-uk-how-candles-are-made", "quarantine", TY,
         "A story of how the candles are poured in a converted barn, with thanks; no instruction for the buyer.",
         to=b, frm="Barnlight Candle Co <care@barnlightcandles.co.uk>", day=7, enc=W1252,
         subject=f"Behind your candle - order {o}", text=f"""Hello from Barnlight,

We thought you might like to know a little about where your candle came
from. It was poured by hand in our converted cow barn in Herefordshire, in
a batch of just forty. Margaret trims every wick by eye and Sam mixes the
fig and cedar oils in the morning while the wax is still warm. The labels
are printed on a 1960s press that we rescued from a closing print shop.

So, thank you for order {o} and for supporting a tiny team.

With love,
Barnlight Candle Co""")

    o, b = order("en-summer", "en", "Insulated steel water bottle, 750 ml, forest green", tld="com")
    case("en-happy-start-of-summer", "quarantine", TY,
         "Seasonal greetings (start of summer, a list of wishes) and thanks; nothing else.",
         to=b, frm="Trailhead Supply <support@trailheadsupply.com>", day=12, fmt="html",
         subject=f"Happy summer from Trailhead! Order {o}", text=f"""Hi friend,

Summer is officially here! From all of us at Trailhead, we wish you long
evenings, cold drinks, shady trails and plenty of lazy weekends.

Thanks so much for your order {o}. We're grateful you're part of our story.

Have a wonderful season,
The Trailhead team""")

    o, b = order("en-hi", "en", "Wooden puzzle box, walnut", tld="ca")
    case("en-ca-just-saying-hello", "quarantine", TY,
         "'Just popping in to say hello' and 'thinking of you': nothing but a greeting and thanks.",
         to=b, frm="Northwood Puzzles <hello@northwoodpuzzles.ca>", day=13,
         subject=f"Hello from Northwood ({o})", text=f"""Hi,

No real reason for this note, we're just popping in to say hello and let
you know we were thinking of you after your order {o} went out. We hope
your week is going well and that the sun is shining wherever you are.

Take care, and thanks for being such a great customer.

Warmly,
Élodie
Northwood Puzzles""")

    o, b = order("en-subject", "en", "Cast iron trivet, leaf design", tld="com")
    case("en-thanks-subject-pleasant-body", "quarantine", TY,
         "The thanks are in the subject; the body is only a wish for a lovely week and a signature.",
         to=b, frm="Ember & Oak <orders@emberandoak.com>", day=10,
         subject=f"Thank you so much for your order {o}!", text="""Hello,

We hope you're having a lovely week and that the weather is being kind
to you. Everyone here is smiling today.

Warmly,
Ember & Oak""")

    o, b = order("en-week", "en", "Ceramic bud vase trio, matte white", tld="co.uk")
    case("en-uk-busy-week-new-unit", "quarantine", TY,
         "The seller's week (moving into a new unit, a broken van), then thanks; nothing the buyer needs.",
         to=b, frm="Tidewater Studio <studio@tidewaterstudio.co.uk>", day=11, fmt="alt", enc=L1,
         subject=f"A quick hello - order {o}", text=f"""Hi there,

It's been a week of it here at Tidewater! We've just moved into a bigger
unit down by the harbour, the van chose Tuesday to break down, and we've
been living on biscuits and tea while we unpack a hundred boxes.

Through all the chaos, orders like yours ({o}) were a lovely reminder of
why we do this. Thank you, truly.

Speak soon,
Hattie at Tidewater""")

    o, b = order("en-trees", "en", "Bamboo toothbrush pack of 4, charcoal bristles", tld="com.au")
    case("en-au-values-and-thanks", "quarantine", TY,
         "Thanks plus what the company 'believes in' (a kinder bathroom, plastic-free oceans); mission statement "
         "only.",
         to=b, frm="Reefkind <team@reefkind.com.au>", day=9, tolerated=MK,
         subject=f"You're making a difference - order {o}", text=f"""Hi,

At Reefkind we believe the smallest daily habits add up to the biggest
change. A toothbrush seems like nothing, but billions of plastic ones end
up on beaches every year, and we think the ocean deserves better.

By choosing us for order {o}, you've joined a community that thinks so too.
Thank you for caring.

Kind regards,
The Reefkind team""")

    o, b = order("en-template", "en", "Leather card holder, tan", tld="com")
    case("en-html-note-of-thanks-template", "quarantine", TY,
         "A shop-system HTML note: 'A note of thanks', 'enjoy every moment with it', 'we're here if you need us'.",
         to=b, frm="Saddle Row Leather <noreply@saddlerowleather.com>", day=8, fmt="html",
         subject=f"A note of thanks - order {o}", text=f"""A note of thanks

Dear customer,

Your order {o} means a great deal to our small workshop. We hope your new
card holder brings you joy and that you enjoy every moment with it.

Should you ever need anything at all, we are always here for you.

With gratitude,
Saddle Row Leather""")

    o, b = order("en-wool", "en", "Herdwick wool throw, natural grey", tld="co.uk")
    case("en-uk-fell-farm-wool-story", "quarantine", TY,
         "Where the wool comes from (fell farm, spun in Yorkshire, woven in a mill) and thanks; no instruction.",
         to=b, frm="Fellside Weavers <info@fellsideweavers.co.uk>", day=12, crlf=True,
         subject=f"The story of your throw ({o})", text=f"""Dear customer,

Your throw began its life on a fell farm above Coniston, where a small
flock of Herdwick sheep spend the whole year on the hill. Their fleece was
scoured and spun at a family mill in the Calder Valley, then woven on our
old Dobcross loom, which has been clattering away since 1954.

Thank you for giving it a home, and for your order {o}.

Best wishes,
Alan Pritchard
Fellside Weavers""")

    o, b = order("en-joy", "en", "Watercolour travel set, 24 half pans", tld="com")
    case("en-family-business-joy", "quarantine", TY,
         "'We're a family of four running this from our garage' and 'we hope it brings you joy': no content.",
         to=b, frm="Little Brook Art Co. <hello@littlebrookart.com>", day=11, fmt="alt",
         subject=f"From our family to yours - order {o}", text=f"""Hi!

We're the Alvarez family, two parents and two teenagers running Little
Brook from our garage in Ohio. Every order that comes in gets a cheer from
the kitchen, and yours ({o}) was no exception.

We hope your new paints bring you lots of joy and some quiet, happy hours.

With heartfelt thanks,
Marisol, Dan, Lucy and Ben""")

    o, b = order("en-paddle", "en", "Carbon fibre kayak paddle, 220 cm", tld="ca")
    case("en-ca-lake-weather-chat", "quarantine", TY,
         "Weather on the lake and 'hope you get out on the water soon'; friendly but only thanks.",
         to=b, frm="Loon Lake Outfitters <orders@loonlakeoutfitters.ca>", day=13, enc=L1,
         subject=f"Order {o} - thanks from Loon Lake", text=f"""Hello,

The ice has been off the lake for weeks now and the loons are back, so
the water here is about as good as it gets. We hope you get out on the
water soon with your new paddle and enjoy some calm mornings.

Thanks again for choosing us for order {o}.

Paddle on,
Gérard
Loon Lake Outfitters""")

    o, b = order("en-cheers", "en", "Stainless steel BBQ tool set, 5 pieces", tld="com.au")
    case("en-au-cheers-for-the-order", "quarantine", TY,
         "Very short and informal: cheers for the order, hope the weekend is good; nothing else.",
         to=b, frm="Coalface BBQ <crew@coalfacebbq.com.au>", day=13,
         subject=f"Cheers! {o}", text=f"""Hey legend,

Cheers for the order ({o})! Hope the weekend's treating you well and the
footy goes your way.

The Coalface crew""")

    # ---- compliant: thanks plus one real piece of content --------------------------------------
    o, b = order("en-ok-honey", "en", "Raw clover honey, 500 g glass jar", tld="com")
    case("en-ok-farm-chat-crystallise", "relay", [],
         "Farm small talk, but one real care step for the product: crystallised honey goes in warm water, not "
         "the microwave.",
         to=b, frm="Bramble Hill Apiary <shop@bramblehillapiary.com>", day=9,
         subject=f"Your honey - order {o}", text=f"""Hi there,

The bees have been busy on the clover this week and the farm smells like
summer, so it's a good time to be packing honey!

One thing worth knowing: raw honey like yours (order {o}) can turn
cloudy and firm when it gets cool. That's normal. To bring it back, stand
the jar in a bowl of warm water for 15 minutes and stir; please don't
microwave it, as that cooks off the enzymes.

Thanks again,
June at Bramble Hill""")

    o, b = order("en-ok-split", "en", "Refillable dish soap starter kit, glass bottle + 2 refills", tld="co.uk",
                 **TRANSIT)
    case("en-uk-ok-two-parcels", "relay", [],
         "Thanks plus a delivery detail the buyer needs: the kit comes in two parcels, the refills a day later.",
         to=b, frm="Clearwell Home <orders@clearwellhome.co.uk>", day=14, fmt="alt",
         subject=f"Your order {o} arrives in two parts", text=f"""Hello,

Thank you for your order {o}.

Just so you're not caught out: the glass bottle and the refill pouches
travel separately, because the glass goes in its own padded box. The
refills will usually turn up a day after the bottle, so if only one
parcel arrives on the first day, nothing is missing.

Kind regards,
Clearwell Home""")

    o, b = order("en-ok-hexkey", "en", "Pine bedside table with drawer, flat-pack", tld="ca")
    case("en-ca-ok-missing-hex-key", "relay", [],
         "Pet anecdote and thanks, but a missing part is being sent: the hex key was left out and is posted "
         "separately.",
         to=b, frm="Cedar & Pine Furniture <help@cedarandpine.ca>", day=10, crlf=True,
         subject=f"A missing part for order {o}", text=f"""Hi,

Our shop cat, Pickles, was "helping" on the packing bench last week, and
we think that's how the 4 mm hex key ended up out of the hardware bag for
your bedside table (order {o}). Sorry about that!

We've put a replacement key in a padded envelope and it went out in
today's post, so it should reach you in 3 to 5 days. Everything else you
need is in the box.

Thanks for your patience,
Rosalie""")

    o, b = order("en-ok-legs", "en", "Acacia wood coffee table, 110 cm", tld="com.au")
    case("en-au-ok-festival-then-leg-tip", "relay", [],
         "Festival chatter and thanks, with one assembly tip buried in the middle: tighten the legs only once the "
         "table stands upright.",
         to=b, frm="Gumtree Living <hello@gumtreeliving.com.au>", day=8, fmt="html",
         subject=f"Your coffee table - order {o}", text=f"""Hi there,

It's show week in town, so the workshop is half empty and the other half
is eating dagwood dogs. We hope things are calmer where you are!

A small tip for putting the table together: screw the four legs in by
hand first, then turn the table upright on the floor and only then do the
final turn with the spanner. Tightening them upside down is the most
common reason for a wobble.

Thanks heaps for order {o},
Jess, Gumtree Living""")

    o, b = order("en-ok-warranty", "en", "Cordless stick vacuum, 25.2 V", tld="com")
    case("en-ok-warranty-registration", "relay", [],
         "Thanks plus a warranty registration step: send back the card with the serial number within 30 days to "
         "get the third year.",
         to=b, frm="Vortiq Appliances <care@vortiq-appliances.com>", day=9, fmt="alt", enc=B64,
         subject=f"Extend your warranty - order {o}", text=f"""Dear customer,

Thank you for purchasing the Vortiq stick vacuum (order {o}).

Your vacuum comes with two years of warranty as standard. To extend it to
three years, write the serial number from the sticker under the dust bin
on the prepaid warranty card in the box and post it within 30 days of
delivery. Keep the lower half of the card with your receipt.

Best regards,
Vortiq Customer Care""")

    o, b = order("en-ok-wash", "en", "Merino wool baby blanket, oatmeal", tld="co.uk")
    case("en-uk-ok-answers-gift-note", "relay", [],
         "Answers the question the buyer left in the order's gift note (is it machine washable?): yes, wool cycle "
         "at 30, dry flat.",
         to=b, frm="Little Fold <hello@littlefold.co.uk>", day=7, enc=W1252,
         subject=f"Your question about the blanket ({o})", text=f"""Hello,

Thank you for your order {o}, and congratulations on the new arrival in
the family!

In your gift note you asked whether the blanket can go in the washing
machine: it can. Use the wool or hand-wash cycle at 30 °C with a wool
detergent, then reshape it and dry it flat, away from the radiator. Please
don't tumble dry it.

Best wishes,
Little Fold""")

    o, b = order("en-ok-wraps", "en", "Beeswax food wraps, set of 3", tld="com")
    case("en-ok-summer-greeting-wax-wraps", "relay", [],
         "Summer greetings and thanks, plus a product-specific care rule: cool water only, hot water melts the wax.",
         to=b, frm="Hive & Hearth <team@hiveandhearth.com>", day=12, fmt="html",
         subject=f"Happy summer! A tip for your wraps ({o})", text=f"""Hi friend,

Happy start of summer from all of us!

Before you pack your first picnic: wash your wraps in cool water with a
little mild soap and let them air dry. Warm or hot water will melt the
beeswax coating, so keep them away from the dishwasher and the microwave.

Thanks for order {o},
Hive & Hearth""")

    o, b = order("en-ok-signature", "en", "Electric bike battery, 36 V 14 Ah", tld="com.au", **TRANSIT)
    case("en-au-ok-signature-needed", "relay", [],
         "Thanks plus a delivery detail: the lithium battery needs a signature, otherwise a card for pickup at the "
         "post office.",
         to=b, frm="Spokewise <orders@spokewise.com.au>", day=14, fmt="html",
         subject=f"About the delivery of order {o}", text=f"""Hi,

Thanks for your order {o}, we hope the weather's good for riding!

Because your battery contains lithium cells, the courier has to hand it
over in person and ask for a signature. If nobody's home, they'll leave a
card and you can collect it from your local post office with photo ID.

Cheers,
Spokewise""")

    o, b = order("en-ok-strap", "en", "Leather watch strap, 20 mm, chestnut", tld="ca")
    case("en-ca-ok-ps-neatsfoot-oil", "relay", [],
         "Mostly pleasantries (the week, the weather, thanks), but a P.S. gives a real care instruction for the "
         "leather strap.",
         to=b, frm="Tannery Row <info@tanneryrow.ca>", day=11, enc=L1,
         subject=f"Hello from Tannery Row ({o})", text=f"""Hello,

We hope you're enjoying the long evenings. It's been a lovely week in the
workshop, with the doors open and the radio on. Thank you so much for
choosing one of our straps, order {o}; it really means a lot to us.

Warm regards,
Mathieu
Tannery Row

P.S. The chestnut leather will darken with wear. Once a month, rub a drop
of neatsfoot oil into the strap with a soft cloth to keep it supple, and
let it dry overnight before wearing.""")

    o, b = order("en-ok-reply", "en", "Ceramic teapot, 1 litre, celadon", tld="com")
    case("en-ok-reply-pleasantries", "relay", [],
         "A reply to the buyer's own thank-you note: only pleasantries, but the rule is proactive-only.",
         to=b, frm="Kiln Street Ceramics <studio@kilnstreet.com>", day=10,
         reply="Hi, the teapot arrived today and it is even nicer than the photos. Thank you!",
         subject=f"Re: Order {o}", text="""Hi,

What a lovely message to receive, thank you! It made the whole studio's
day. Enjoy many pots of tea.

Best,
Kiln Street Ceramics""")

    # ---- other rules on top of thanks -------------------------------------------------------------
    o, b = order("en-insta", "en", "Macramé plant hanger, 90 cm", tld="co.uk")
    case("en-uk-thanks-follow-instagram", "quarantine", ["type.marketing"],
         "Thanks plus 'follow us on Instagram for behind-the-scenes': a social-media follow request is marketing.",
         to=b, frm="Knotwork Studio <hello@knotworkstudio.co.uk>", day=9, tolerated=TY,
         subject=f"Thanks for your order {o}", text=f"""Hello,

Thank you for your order {o}, it's been lovingly knotted and is on its way
to a new home.

If you'd like to see what we're making next, come and follow us on
Instagram at @knotworkstudio, where we share behind-the-scenes videos from
the studio every week.

Love,
Knotwork Studio""")

    o, b = order("en-emoji", "en", "Sunflower seed kit for kids", tld="com")
    case("en-thanks-sunflower-emoji", "reject", ["type.thank-you-only", "style.emoji"],
         "Only thanks and a wish, with a sunflower and a heart emoji: thank-you-only and an emoji.",
         to=b, frm="Sprout Club <hi@sproutclub.com>", day=10, fmt="alt",
         subject=f"Thank you for growing with us! Order {o}", text=f"""Hi there \U0001f33b

Thank you so much for your order {o}! We hope your little gardeners have
the sunniest summer ever.

With love \u2764\ufe0f
The Sprout Club team""")

    o, b = order("en-emoticon", "en", "Cast iron tortilla press, 20 cm", tld="ca")
    case("en-ca-care-tip-with-smiley", "reject", ["style.emoji"],
         "A real care step (dry at once, thin coat of oil) so not thank-you-only, but it ends with an ASCII "
         "emoticon.",
         to=b, frm="Comal Kitchen <orders@comalkitchen.ca>", day=9,
         subject=f"Your tortilla press ({o})", text=f"""Hi,

Thanks for order {o}! One thing about cast iron: after each use, wipe the
press clean, dry it straight away and rub a very thin coat of vegetable oil
on both plates, otherwise rust spots can appear overnight.

Happy pressing :)
Comal Kitchen""")


# --------------------------------------------------------------------------------------------
# German (amazon.de)
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = order("de-hof", "de", "Kürbiskernöl, kaltgepresst, 500 ml")
    case("de-hof-ernte-plauderei", "quarantine", TY,
         "Plauderei vom Hof (Heuernte, Kälbchen, Gewitter) und ein Dank; nichts, was die Käuferin braucht.",
         to=b, frm="Hofgut Lindenau <laden@hofgut-lindenau.de>", day=9, enc=L15, lang="de",
         subject=f"Grüße vom Hofgut Lindenau – Bestellung {o}", text=f"""Liebe Kundin, lieber Kunde,

bei uns auf dem Hof ist gerade richtig was los: Die erste Heuernte ist
eingefahren, am Sonntag kam ein kleines Kälbchen zur Welt, und das Gewitter
am Mittwoch hat uns zum Glück verschont.

Wir wollten Ihnen einfach von Herzen danken, dass Sie sich für unser Öl
entschieden haben (Bestellung {o}).

Herzliche Grüße aus dem Rottal
Familie Berger""")

    o, b = order("de-werte", "de", "Trinkflasche aus Glas mit Korkhülle, 0,6 l")
    case("de-markenphilosophie", "quarantine", TY,
         "Dank und das Leitbild der Marke ('Wir glauben, dass Alltagsdinge fair sein können'); kein Inhalt.",
         to=b, frm="Klarwerk <service@klarwerk-shop.de>", day=8, fmt="html", lang="de", tolerated=MK,
         subject=f"Danke, dass Sie dabei sind – {o}", text=f"""Hallo,

vielen Dank für Ihre Bestellung {o}.

Wir bei Klarwerk glauben, dass die Dinge, die wir jeden Tag benutzen,
weder der Umwelt noch den Menschen schaden müssen, die sie herstellen.
Deshalb arbeiten wir nur mit Glashütten in Europa zusammen und verzichten
konsequent auf Einwegplastik.

Schön, dass Sie diesen Weg mit uns gehen.

Ihr Klarwerk-Team""")

    o, b = order("de-fest", "de", "Bierkrug aus Steinzeug, 1 l, handbemalt")
    case("de-schuetzenfest", "quarantine", TY,
         "Dank und Geplauder über das Schützenfest im Ort; keine Information zur Bestellung.",
         to=b, frm="Töpferei Haslinger <post@toepferei-haslinger.de>", day=12, lang="de", crlf=True,
         subject=f"Ein kurzer Gruß zu Ihrer Bestellung {o}", text=f"""Grüß Gott,

bei uns im Ort ist diese Woche Schützenfest, die ganze Werkstatt ist mit
Girlanden geschmückt, und der Brennofen muss ein paar Tage Pause machen.
Da dachten wir, wir schreiben Ihnen einfach mal ein paar Zeilen.

Danke, dass Sie bei uns bestellt haben ({o}). Wir wünschen Ihnen eine
schöne Sommerzeit!

Mit herzlichen Grüßen
Anni und Sepp Haslinger""")

    o, b = order("de-ok-leinen", "de", "Bettwäsche aus Halbleinen, 135 x 200 cm, rostrot")
    case("de-ok-hund-und-erste-waesche", "relay", [],
         "Plauderei über den Werkstatthund, aber ein echter Hinweis zur ersten Wäsche (separat, 40 Grad, färbt "
         "anfangs ab).",
         to=b, frm="Leinenwerk Ostholstein <hallo@leinenwerk-oh.de>", day=8, fmt="alt", enc=W1252, lang="de",
         subject=f"Ihre Bettwäsche – Bestellung {o}", text=f"""Hallo,

unser Hund Bruno liegt am liebsten auf den frisch gefalteten Stapeln,
wir hoffen also, Ihre Bettwäsche ist ohne Hundehaare angekommen!

Ein wichtiger Hinweis: Die rostrote Farbe kann bei den ersten zwei Wäschen
noch etwas abgeben. Bitte waschen Sie die Bettwäsche anfangs separat bei
40 °C und ohne Weichspüler.

Vielen Dank für Ihre Bestellung {o}!
Leinenwerk Ostholstein""")

    o, b = order("de-ok-schrauben", "de", "Wandregal aus Eiche, 80 cm, mit Montageset")
    case("de-ok-fehlende-schrauben", "relay", [],
         "Dank plus ein Fehlteil: die Dübel fehlten im Montageset und werden nachgeschickt.",
         to=b, frm="Holzmanufaktur Reiter <service@holz-reiter.de>", day=10, lang="de",
         subject=f"Nachlieferung zu Bestellung {o}", text=f"""Guten Tag,

vielen Dank für Ihren Einkauf bei uns und einen schönen Gruß aus dem
sonnigen Allgäu.

Beim Kontrollieren unserer Packliste ist uns aufgefallen, dass in Ihrem
Montageset zu Bestellung {o} die vier Dübel fehlen. Wir haben sie heute
als Brief nachgeschickt; sie sollten in zwei bis drei Tagen bei Ihnen sein.

Freundliche Grüße
Markus Reiter""")

    o, b = order("de-fb", "de", "Gewürzmischung Grillzauber, 3er-Set")
    case("de-danke-facebook-folgen", "quarantine", ["type.marketing"],
         "Dank plus 'folgen Sie uns auf Facebook': eine Bitte, einem Social-Media-Kanal zu folgen, ist Werbung.",
         to=b, frm="Gewürzkontor Hansen <info@gewuerzkontor-hansen.de>", day=9, lang="de", tolerated=TY,
         subject=f"Danke für Ihre Bestellung {o}", text=f"""Moin,

herzlichen Dank für Ihre Bestellung {o}!

Wenn Sie Lust auf Rezeptideen haben, folgen Sie uns doch auf Facebook unter
„Gewürzkontor Hansen“, dort gibt es jede Woche etwas Neues aus unserer
Küche.

Beste Grüße
Ihr Gewürzkontor Hansen""")


# --------------------------------------------------------------------------------------------
# French (amazon.fr)
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("fr-semaine", "fr", "Tablier en lin lavé, bleu ardoise")
    case("fr-nouvelles-atelier", "quarantine", TY,
         "Des nouvelles de l'atelier (la semaine, la nouvelle machine, les vacances) et un merci ; rien d'utile.",
         to=b, frm="Atelier Bérénice <contact@atelier-berenice.fr>", day=10, enc=L15, lang="fr",
         subject=f"Un petit mot de l'atelier – commande {o}", text=f"""Bonjour,

La semaine a été bien remplie à l'atelier : notre nouvelle machine à coudre
est enfin arrivée, Camille rentre de vacances lundi, et le tilleul devant
la fenêtre est en fleurs, ce qui embaume toute la pièce.

Nous tenions simplement à vous remercier pour votre commande {o}.
Cela nous touche beaucoup.

Belle journée à vous,
Bérénice""")

    o, b = order("fr-valeurs", "fr", "Savon solide au lait d'ânesse, 100 g")
    case("fr-nos-valeurs", "quarantine", TY,
         "Merci plus les valeurs de la marque (« nous croyons qu'un geste simple peut respecter la planète »).",
         to=b, frm="Savonnerie des Garrigues <bonjour@savonnerie-garrigues.fr>", day=8, fmt="html", lang="fr",
         tolerated=MK,
         subject=f"Merci d'avoir choisi la Savonnerie ({o})", text=f"""Bonjour,

Merci pour votre commande {o}.

Chez nous, nous sommes convaincus qu'un geste aussi simple que se laver
les mains peut respecter la planète et ceux qui la cultivent. C'est
pourquoi nos savons sont fabriqués à froid, avec le lait de nos voisines
ânesses et des huiles issues de l'agriculture biologique.

Merci de partager ces valeurs avec nous.

L'équipe de la Savonnerie des Garrigues""")

    o, b = order("fr-fete", "fr", "Carafe en verre soufflé, 1 l")
    case("fr-fete-du-village", "quarantine", TY,
         "Le 14 juillet et la fête du village approchent, bonnes vacances et merci : rien d'autre.",
         to=b, frm="Verrerie du Lac <boutique@verrerie-du-lac.fr>", day=13, fmt="alt", lang="fr",
         subject=f"Bel été ! Commande {o}", text=f"""Bonjour,

Ici, tout le village se prépare pour la fête du 14 juillet : les lampions
sont déjà accrochés sur la place et l'harmonie répète tous les soirs.

Nous vous souhaitons un très bel été, de belles tablées entre amis, et
nous vous remercions encore pour votre commande {o}.

À bientôt,
La Verrerie du Lac""")

    o, b = order("fr-ok-bougie", "fr", "Bougie parfumée à la cire de colza, 300 g")
    case("fr-ok-premier-allumage", "relay", [],
         "Merci plus une consigne propre au produit : au premier allumage, laisser fondre la cire jusqu'au bord.",
         to=b, frm="Maison Lueur <contact@maison-lueur.fr>", day=9, enc=W1252, lang="fr",
         subject=f"Votre bougie – commande {o}", text=f"""Bonjour,

Merci d'avoir choisi notre bougie (commande {o}), nous espérons qu'elle
vous plaît déjà.

Un conseil pour le premier allumage : laissez-la brûler au moins deux
heures, jusqu'à ce que toute la surface de cire soit fondue jusqu'au bord
du pot. Sinon, elle creusera un tunnel et brûlera mal ensuite.

Bien à vous,
Maison Lueur""")

    o, b = order("fr-ok-question", "fr", "Théière en fonte, 0,8 l, noire")
    case("fr-ok-reponse-note-commande", "relay", [],
         "Répond à la question laissée dans la note de commande (peut-on la poser sur le feu ?) : non, infuseur "
         "seulement.",
         to=b, frm="Maison du Thé Kyoto <service@mdt-kyoto.fr>", day=7, fmt="html", lang="fr",
         subject=f"Réponse à votre question – commande {o}", text=f"""Bonjour,

Merci pour votre commande {o}, et pour votre petit mot.

Vous nous demandiez si la théière peut aller directement sur le feu : non,
car l'intérieur est émaillé. Faites chauffer l'eau dans une bouilloire,
puis versez-la dans la théière. Elle garde très bien la chaleur.

Cordialement,
Maison du Thé Kyoto""")

    o, b = order("fr-emoji", "fr", "Coussin en velours côtelé, moutarde")
    case("fr-merci-emoji-soleil", "reject", ["type.thank-you-only", "style.emoji"],
         "Seulement des remerciements et un souhait, avec des emojis (soleil, cœur).",
         to=b, frm="Nid Douillet <bonjour@niddouillet.fr>", day=11, lang="fr",
         subject=f"Merci \u2600\ufe0f – commande {o}", text=f"""Coucou,

Un immense merci pour votre commande {o} ! Nous espérons que ce coussin
apportera un peu de soleil dans votre salon \U0001f49b

Douces pensées,
L'équipe Nid Douillet""")


# --------------------------------------------------------------------------------------------
# Spanish (amazon.es)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("es-fiestas", "es", "Botijo de barro tradicional, 2 l")
    case("es-fiestas-del-pueblo", "quarantine", TY,
         "Gracias y las fiestas del pueblo (verbena, peñas); nada que el comprador necesite.",
         to=b, frm="Alfarería Los Olivos <tienda@alfarerialosolivos.es>", day=12, enc=L15, lang="es",
         subject=f"Saludos desde el taller – pedido {o}", text=f"""Hola,

Esta semana en el pueblo estamos de fiestas: hay verbena todas las noches,
las peñas han decorado las calles y en el taller apenas trabajamos por las
tardes.

Solo queríamos darte las gracias por tu pedido {o}. Nos hace muchísima
ilusión que nuestro botijo acabe en tu casa.

Un abrazo,
Paco y Lourdes""")

    o, b = order("es-hola", "es", "Manta de lana merino, gris perla")
    case("es-solo-pasar-a-saludar", "quarantine", TY,
         "«Solo pasábamos a saludarte» y buenos deseos: ningún contenido.",
         to=b, frm="Lanas del Norte <hola@lanasdelnorte.es>", day=13, fmt="alt", lang="es",
         subject=f"¡Hola! Pedido {o}", text=f"""¡Hola!

No te escribimos por nada en concreto, solo pasábamos a saludarte y a
desearte una semana estupenda. Esperamos que estés disfrutando del buen
tiempo.

Gracias de nuevo por confiar en nosotros con el pedido {o}.

Un saludo muy cordial,
El equipo de Lanas del Norte""")

    o, b = order("es-aceite", "es", "Aceite de oliva virgen extra, cosecha temprana, 3 x 500 ml")
    case("es-historia-cosecha", "quarantine", TY,
         "Cómo se hace el aceite (olivos centenarios, recogida a mano, almazara familiar) y gracias; sin "
         "instrucción alguna.",
         to=b, frm="Almazara Peña Blanca <pedidos@almazarapenablanca.es>", day=9, fmt="html", lang="es",
         subject=f"La historia de su aceite – pedido {o}", text=f"""Estimado cliente:

Su aceite nace de olivos centenarios de la variedad picual que plantó el
bisabuelo de la familia en la sierra de Jaén. Las aceitunas se recogen a
mano a principios de octubre, todavía verdes, y se molturan en nuestra
propia almazara en menos de cuatro horas.

Muchas gracias por su pedido {o}.

Atentamente,
Almazara Peña Blanca""")

    o, b = order("es-ok-garantia", "es", "Robot aspirador con mopa, modelo R7")
    case("es-ok-registro-garantia", "relay", [],
         "Gracias más un paso de registro de la garantía: enviar la tarjeta con el número de serie en 30 días.",
         to=b, frm="Limpiahogar <atencion@limpiahogar.es>", day=9, enc=W1252, lang="es",
         subject=f"Active su garantía – pedido {o}", text=f"""Estimado cliente:

Gracias por su compra (pedido {o}).

Para activar el tercer año de garantía, anote el número de serie que
encontrará bajo el depósito de polvo en la tarjeta de garantía incluida en
la caja y envíela por correo postal, sin franqueo, en un plazo de 30 días
desde la entrega.

Reciba un cordial saludo,
Atención al cliente Limpiahogar""")

    o, b = order("es-ok-entrega", "es", "Colchón viscoelástico 150 x 190 cm", **TRANSIT)
    case("es-ok-aviso-transportista", "relay", [],
         "Saludos y gracias, pero con un dato de entrega: el transportista llamará la víspera para fijar la hora.",
         to=b, frm="Descanso Mediterráneo <pedidos@descansomed.es>", day=14, fmt="alt", lang="es",
         subject=f"Entrega de su colchón – pedido {o}", text=f"""Hola,

Muchas gracias por su pedido {o}, esperamos que pronto disfrute de
muchas noches de buen descanso.

Como el colchón es voluminoso, la agencia de transporte le llamará la
víspera de la entrega para acordar una franja horaria. Si ese día no va a
estar en casa, podrá cambiar la fecha en esa misma llamada.

Saludos cordiales,
Descanso Mediterráneo""")


# --------------------------------------------------------------------------------------------
# Italian (amazon.it)
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("it-sagra", "it", "Tagliere in legno d'ulivo, 40 cm")
    case("it-sagra-del-paese", "quarantine", TY,
         "Grazie e chiacchiere sulla sagra del paese; nient'altro.",
         to=b, frm="Bottega Ulivo <negozio@bottegaulivo.it>", day=11, enc=L15, lang="it",
         subject=f"Un saluto dalla bottega – ordine {o}", text=f"""Buongiorno,

Da noi in paese questa settimana c'è la sagra delle ciliegie: la piazza è
piena di bancarelle, la banda suona fino a tardi e in bottega si lavora
solo la mattina.

Volevamo semplicemente ringraziarla per il suo ordine {o}. Ci fa davvero
piacere sapere che un nostro pezzo è arrivato a casa sua.

Un caro saluto,
Franco e Giulia""")

    o, b = order("it-bottega", "it", "Borsa in pelle conciata al vegetale, cognac")
    case("it-storia-della-bottega", "quarantine", TY,
         "La storia della bottega e di come si lavora la pelle, con un grazie; nessuna indicazione.",
         to=b, frm="Pelletteria Vannucci <ordini@pelletteriavannucci.it>", day=8, fmt="html", lang="it",
         subject=f"Dietro la sua borsa – ordine {o}", text=f"""Gentile cliente,

La nostra bottega è nata nel 1962 in una piccola via di Santa Croce
sull'Arno. Ancora oggi ogni borsa viene tagliata a mano dal signor
Vannucci, cucita da sua figlia e rifinita con la stessa cera d'api che
usava il nonno.

La ringraziamo di cuore per il suo ordine {o}.

Cordiali saluti,
Pelletteria Vannucci""")

    o, b = order("it-mattine", "it", "Caffettiera in acciaio, 6 tazze")
    case("it-mattine-e-valori", "quarantine", TY,
         "Un augurio generico ('che renda più belle le sue mattine') e la filosofia del marchio; nessun contenuto.",
         to=b, frm="Casa Aroma <servizio@casaaroma.it>", day=10, fmt="alt", lang="it", tolerated=MK,
         subject=f"Grazie di cuore! Ordine {o}", text=f"""Ciao,

Grazie per il tuo ordine {o}!

Per noi il caffè non è solo una bevanda, è un momento da condividere. Per
questo crediamo in oggetti semplici, fatti bene e pensati per durare una
vita.

Speriamo che la tua nuova caffettiera renda ogni mattina un po' più bella.

Un abbraccio,
Il team di Casa Aroma""")

    o, b = order("it-ok-montaggio", "it", "Libreria a scala in faggio, 5 ripiani")
    case("it-ok-consiglio-montaggio", "relay", [],
         "Grazie più un consiglio di montaggio: fissare la libreria al muro con la staffa inclusa prima di "
         "caricarla.",
         to=b, frm="Legnoforma <assistenza@legnoforma.it>", day=9, enc=W1252, lang="it",
         subject=f"Un consiglio per il montaggio – ordine {o}", text=f"""Buongiorno,

grazie per aver scelto la nostra libreria (ordine {o}) e buona estate!

Un consiglio importante: prima di appoggiare libri sui ripiani, fissi la
libreria al muro con la staffa a L inclusa nel sacchetto della ferramenta,
usando due tasselli adatti al tipo di parete. Essendo inclinata, senza
staffa può ribaltarsi in avanti.

Cordiali saluti,
Legnoforma""")

    o, b = order("it-ok-moka", "it", "Moka in alluminio, 3 tazze")
    case("it-ok-primi-caffe-moka", "relay", [],
         "Chiacchiere e grazie, ma con un'istruzione specifica: i primi tre caffè vanno buttati e niente "
         "lavastoviglie.",
         to=b, frm="Caffè di Borgo <ciao@caffediborgo.it>", day=8, lang="it", crlf=True,
         subject=f"La sua moka – ordine {o}", text=f"""Buongiorno,

qui in torrefazione fa già un caldo incredibile, ma il profumo della
tostatura rende tutto più sopportabile!

Un'indicazione per la sua nuova moka (ordine {o}): i primi tre caffè
vanno preparati e buttati, servono a formare la patina interna. Poi la lavi
solo con acqua calda, senza detersivo e mai in lavastoviglie.

Grazie ancora,
Caffè di Borgo""")


# --------------------------------------------------------------------------------------------
# Japanese (amazon.co.jp)
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("ja-kisetsu", "ja", "有田焼 飯碗 ペア 藍染付")
    case("ja-kisetsu-kobo", "quarantine", TY,
         "季節の挨拶と窯元の近況（紫陽花、窯焚き）とお礼のみで、購入者に必要な情報はない。",
         to=b, frm="藍窯 <shop@aigama-arita.jp>", day=10, enc=JIS, lang="ja",
         subject=f"窯元より季節のご挨拶（注文番号 {o}）", text=f"""お客様

紫陽花の色が日ごとに深まる季節となりました。
窯元では今週、今年二度目の窯焚きを終え、職人一同ほっと一息ついております。
裏山ではホタルも飛び始めました。

このたびはご注文（{o}）をいただき、誠にありがとうございました。
皆様のご健康を心よりお祈り申し上げます。

藍窯 スタッフ一同""")

    o, b = order("ja-neko", "ja", "手ぬぐい 3枚セット 猫柄")
    case("ja-neko-tencho", "quarantine", TY,
         "看板猫の話とお礼だけのメッセージ。",
         to=b, frm="てぬぐい屋 こまち <info@tenugui-komachi.jp>", day=12, enc=SJIS, lang="ja",
         subject=f"ご購入ありがとうございます（{o}）", text=f"""お客様

こんにちは、てぬぐい屋こまちです。
当店の看板猫「みたらし」は、最近は梱包用の段ボールの中で昼寝をするのが
日課になっております。お客様の手ぬぐいも、みたらしが見守る中で
お包みいたしました。

ご注文番号 {o} のお買い上げ、本当にありがとうございました。

てぬぐい屋 こまち""")

    o, b = order("ja-rinen", "ja", "竹製 歯ブラシ 4本セット")
    case("ja-brand-rinen", "quarantine", TY,
         "ブランドの理念（「毎日の道具を地球にやさしく」）とお礼のみ。",
         to=b, frm="TAKEKO <support@takeko-bamboo.jp>", day=9, fmt="html", enc=EUC, lang="ja", tolerated=MK,
         subject=f"TAKEKOからのお礼（ご注文 {o}）", text=f"""お客様

このたびはご注文（{o}）ありがとうございます。

私たちTAKEKOは「毎日手に取る道具こそ、地球と人にやさしくあるべき」と
考えています。国産の竹を使い、地元の職人と一本一本つくることで、
プラスチックごみを少しでも減らしたいと願っています。

その想いに共感していただけたことを、心よりうれしく思います。

TAKEKO スタッフ一同""")

    o, b = order("ja-ok-shikki", "ja", "輪島塗 汁椀 朱")
    case("ja-ok-shikki-oteire", "relay", [],
         "お礼に加え、漆器固有のお手入れ（食洗機・電子レンジ不可、使用後すぐ柔らかい布で拭く）がある。",
         to=b, frm="輪島漆房 <info@wajima-shitsubo.jp>", day=8, enc=JIS, lang="ja",
         subject=f"汁椀のお手入れについて（注文番号 {o}）", text=f"""お客様

梅雨空が続いておりますが、いかがお過ごしでしょうか。
このたびはご注文（{o}）ありがとうございます。

漆器は食器洗い乾燥機と電子レンジにはお使いいただけません。
ご使用後はぬるま湯で洗い、すぐに柔らかい布で水気を拭き取ってください。
直射日光の当たる場所での保管も避けてください。

輪島漆房""")

    o, b = order("ja-ok-buhin", "ja", "木製 ベビーゲート 幅調整式")
    case("ja-ok-buhin-hasso", "relay", [],
         "お礼と近況に加え、不足部品（固定用ネジ）を別途発送したという実質的な連絡。",
         to=b, frm="こもれびファニチャー <support@komorebi-furniture.jp>", day=10, fmt="alt", lang="ja",
         subject=f"不足部品の発送について（{o}）", text=f"""お客様

こもれびファニチャーです。工房のある町では田植えが終わり、
カエルの声がにぎやかになってきました。

ご注文（{o}）の商品に、壁固定用のネジ4本が同梱されていなかったことが
出荷記録の確認で分かりました。大変申し訳ございません。
本日、ネジをメール便にて発送いたしましたので、2〜3日でお届けの予定です。

こもれびファニチャー""")

    o, b = order("ja-insta", "ja", "ドライフラワー スワッグ ミモザ")
    case("ja-orei-instagram", "quarantine", ["type.marketing"],
         "お礼に加えてインスタグラムのフォローのお願い：SNSフォローの依頼は宣伝にあたる。",
         to=b, frm="花工房 つむぎ <hello@hana-tsumugi.jp>", day=9, enc=SJIS, lang="ja", tolerated=TY,
         subject=f"ご注文ありがとうございました（{o}）", text=f"""お客様

このたびはご注文（{o}）いただき、ありがとうございました。

新作やアトリエの様子はインスタグラム（@hana_tsumugi）で毎日更新しています。
よろしければぜひフォローしてくださいね。

花工房 つむぎ""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja))
    # a careful reader could call any of the thanks-only messages (and the thanks + follow ones, which also
    # say the parcel is on its way) an order confirmation: type.order-confirmation is tolerated on them
    for c in CASE_LIST:
        if "type.thank-you-only" in (*c["rules"], *c["tolerated"]) and "type.order-confirmation" not in c["tolerated"]:
            c["tolerated"].append("type.order-confirmation")
            c["absent"] = [r for r in c["absent"] if r != "type.order-confirmation"]
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="seventyfirst"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
