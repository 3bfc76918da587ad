#!/usr/bin/env python3
"""Build the seventeenth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_seventeenth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. About 45 % English, the rest German, French, Spanish, Italian
and Japanese. Angle: the heuristic rules of RULES.md section C and content.sensitive in LONG, natural messages
(one offending sentence buried in six to ten legitimate paragraphs, a P.S., a last line) and in PARAPHRASE
(rhetorical questions, passive voice, euphemisms, negated negation, incentive and request in different
paragraphs, the condition after the request); and compliant near-misses with the same vocabulary ('we
reviewed your photos', 'gift wrap', 'free of charge replacement', 'stop leaking', 'Star Wars mug').
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
    quote,
    reply_headers,
    set_boundaries,
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(17_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "ca": "70", "de": "30", "fr": "40", "es": "40", "it": "40", "co.jp": "25"}
_TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T10:00:00Z", shipped="2026-06-02T08:00:00Z", delivered="2026-06-05T12:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-10T09:00:00Z"}
PENDING = {"shipped": "", "delivered": ""}


def _d(day: int) -> str:
    return mail_date(day, "10:15:00", "+0000")


HEURISTIC = ["type.order-confirmation", "type.thank-you-only", "type.marketing", "review.incentive",
             "review.removal-request", "review.conditional", "order-problem.cancellation-request",
             "order-problem.no-adjustment", "return.unnecessary", "content.sensitive", "link.opt-out"]
OTHER = ["order-id.missing", "order-id.unknown", "window.expired", "language.mismatch", "content.email-address",
         "content.phone-number", "link.external", "style.emoji", "style.line-breaks"]


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str, text: str,
         lang: str, day: int = 12, reply: str = "", tolerated: tuple[str, ...] = (),
         enc: dict | None = None) -> None:
    """Plain-text case. Every heuristic rule of section C not named in `rules` (or tolerated) must stay
    silent. `reply` is the buyer's quoted question: the message then answers a buyer (In-Reply-To)."""
    hdrs = reply_headers(f"0100019a.e17.{slug[:24]}") if reply else []
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = text.strip("\n") + "\n"
    if reply:
        body += "\n" + quote(reply) + "\n"
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*HEURISTIC, *OTHER) if r not in rules and r not in tol]
    msg = mk(frm, to, subject, _d(day), f"<c17.{slug}@{dom}>", headers=hdrs, text=body, **(enc or {}))
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol)


# --------------------------------------------------------------------------------------------
# English
# --------------------------------------------------------------------------------------------

ASSEMBLY = """Step 1: Lay all panels on a soft surface (the box lid works well) so the
veneer does not get scratched. Check the parts against the list on page 2 of
the manual: 4 side panels, 1 top, 3 shelves, 1 back board, bag A (cam locks)
and bag B (dowels and shelf pins).

Step 2: Tap the wooden dowels from bag B into the pre-drilled holes of the two
side panels. Do not glue them; the cam locks hold the frame.

Step 3: Fit the top onto the side panels and turn each cam lock clockwise
until it stops. A quarter turn is enough; over-tightening cracks the board.

Step 4: Slide the back board into the groove before you fit the bottom
shelf. If it sticks, a little candle wax along the groove helps.

Step 5: Put the shelf pins in the height you want and lay the shelves on
them. For safety, fix the unit to the wall with the enclosed strap and the
plug that suits your wall (solid wall or plasterboard)."""


def cases_en() -> None:
    # ---- compliant near-misses ----
    o, b = order("photos", "en", "Oak Bookcase 5 Shelves, 180 cm")
    case("reviewed-photos-free-replacement", "relay", [],
         "'We reviewed your photos' and a 'free of charge' replacement panel for a damaged part answer the "
         "buyer's complaint: resolving the order, no review request, no promotion.",
         to=b, frm="Northwood Furniture <care@northwood-furniture.com>", lang="en",
         reply="The side panel of my bookcase arrived with a crack, photos attached.",
         subject=f"Re: Cracked side panel - order {o}", text=f"""Hello,

Thank you for the photos of the cracked side panel from order {o}. We
reviewed them with our warehouse team this morning, and the crack clearly
happened in transit: the corner protector of the carton was crushed.

We are sending you a new side panel free of charge. It leaves our warehouse
tomorrow and usually arrives within three working days. You do not need to
return the damaged panel; please dispose of it with your household waste or
keep it as a spare.

While you wait, you can already assemble the rest of the unit. Build the
frame with the undamaged side panel and leave the cam locks on the damaged
side loose, so the new panel slides in without taking the shelves out.

When the new panel arrives, check the pre-drilled holes face inwards before
you fit it. The holes on the old and new panels are identical, so the dowels
you already used can be moved across.

Kind regards,
Martha, Northwood Furniture""")

    o, b = order("warranty-case", "en", "Cordless Stick Vacuum V8, 2 batteries")
    case("after-reviewing-your-case-factory-feedback", "relay", [],
         "'After reviewing your case' and 'your feedback was passed to the factory' are not review requests; "
         "a warranty answer with a manufacturer repair step.",
         to=b, frm="Brightline Home <support@brightline-home.com>", lang="en",
         reply="The vacuum cuts out after two minutes on the max setting. Is this covered?",
         subject=f"Re: Vacuum cuts out - warranty, order {o}", text=f"""Dear customer,

After reviewing your case, we can confirm that the problem you describe is
covered by the two-year warranty of your vacuum (order {o}).

The cut-out after two minutes on the max setting is almost always the
thermal protection of the motor. It switches the motor off when the air
flow is blocked, so before anything else please check these three points:

1. Empty the bin and tap the cyclone filter clean over a bin bag.
2. Rinse the white foam pre-filter under cold water and let it dry for a full
24 hours; a damp filter restricts the air flow as much as a dirty one.
3. Look into the wand and the floor head for a blockage (hair ties and socks
are the usual suspects).

If the vacuum still cuts out after these checks, we will replace the motor
unit under warranty. In that case, please tell us which of the two batteries
you were using, since the label on the battery helps us rule it out.

Your feedback about the filter instructions being hard to find has also been
passed to the factory; the next print run of the manual will show them on
the first page.

Best regards,
Daniel, Brightline Home customer care""")

    o, b = order("giftwrap", "en", "Cashmere Scarf, Heather Grey (gift wrapped)", **PENDING)
    case("gift-wrap-message-question", "relay", [],
         "The gift wrap and gift note are what the buyer ordered; the seller asks for the missing gift-note text "
         "needed to complete the order: 'gift' in the product sense.",
         to=b, frm="Highland Weavers <orders@highland-weavers.com>", lang="en",
         subject=f"Your gift note for order {o}", text=f"""Hello,

Thank you for choosing the gift wrap option for your cashmere scarf, order
{o}. Our packing team wraps every gift by hand in tissue paper and
a cotton ribbon, and we add a small card with your message.

Unfortunately the gift message field of your order came through empty. It
may have been lost when the order was placed from the mobile app, which
sometimes happens when the text contains special characters.

Could you reply with the message you would like us to write on the card (up
to 200 characters), and tell us whether the card should be signed with a
name? If we do not hear from you by Wednesday, we will send the gift with a
blank card so the parcel is not delayed.

Please note that the gift receipt will not show the price.

Warm regards,
Fiona at Highland Weavers""")

    o, b = order("pricediff", "en", "Stainless Steel Water Bottle 750 ml")
    case("discount-explained-refunded", "relay", [],
         "The buyer asked why the price was higher than a friend's; the seller explains the launch discount "
         "had ended and confirms the difference was refunded. 'Discount' explains a price; no offer.",
         to=b, frm="Peak Flask Co. <help@peakflask.com>", lang="en",
         reply="My friend paid less for the same bottle last week. Why was I charged more?",
         subject=f"Re: Price question - order {o}", text=f"""Hi there,

Thanks for your question about the price of your water bottle (order {o}).

Your friend most likely bought during our launch week, when the bottle was
listed with a 20% launch discount. That discount ended on 31 May, and your
order was placed on 1 June at the regular price.

Because the discount ended only hours before your purchase, we have refunded
the difference of $5.00 to your original payment method through Amazon. The
refund shows as a separate line in your order details, and your bank may
take three to five days to display it.

There is nothing else you need to do. We are sorry for the confusion.

Kind regards,
Leah, Peak Flask Co.""")

    o, b = order("leak", "en", "Kitchen Mixer Tap, Brushed Steel")
    case("water-will-stop-leaking", "relay", [],
         "'Stop' in 'the water will stop leaking' is a repair instruction, not an opt-out keyword.",
         to=b, frm="Aqualine Fittings <service@aqualine-fittings.com>", lang="en",
         reply="Water drips from under the lever of the new tap. What should I do?",
         subject=f"Re: Dripping tap - order {o}", text=f"""Hello,

Sorry to hear that your new mixer tap from order {o} is dripping under
the lever. This is almost always the ceramic cartridge sitting slightly
high after transport, and it is quick to fix.

1. Turn off the two isolation valves under the sink.
2. Pull off the small red/blue cap on the lever and loosen the grub screw
with the 2.5 mm hex key from the box.
3. Lift off the lever and tighten the brass cartridge nut a quarter turn with
a spanner. Do not overtighten it.
4. Refit the lever, open the valves, and run the tap for a minute.

Once the cartridge is seated, the water will stop leaking. If it still drips
after this, reply and we will send a replacement cartridge under warranty.

Best wishes,
Tom, Aqualine Fittings""")

    o, b = order("starwars", "en", "Star Wars Millennium Falcon Mug, 450 ml", **PENDING)
    case("star-wars-mug-delay", "relay", [],
         "'Star' is in the product name; a delivery-delay notice the guidelines require, no review or rating.",
         to=b, frm="Galaxy Gifts <shop@galaxy-gifts.com>", lang="en",
         subject=f"Delay on your Star Wars mug - order {o}", text=f"""Hello,

We are writing about your Star Wars Millennium Falcon mug, order {o}.

The mug was due to ship on 10 June, but the licensed batch we received
failed our handle strength check: several handles came loose in the
dishwasher test. We sent the whole batch back to the pottery rather than
risk sending you a mug that could break with hot coffee in it.

The replacement batch is already on its way to us and is expected on 19
June. We will ship your mug the same day, so it should arrive around 23 June,
about nine days later than the date shown at checkout.

If that date does not work for you, you can cancel the order from your
Amazon account at any time and you will not be charged.

Apologies for the wait,
Galaxy Gifts""")

    o, b = order("oos-refund", "en", "Handmade Ceramic Planter, Sage, Large", **OOS)
    case("out-of-stock-refund-long-reason", "relay", [],
         "Out of stock: the order amount was refunded with the reason (no inventory), explained in a long "
         "paragraph: the message carries the adjustment confirmation.",
         to=b, frm="Clay & Leaf Studio <studio@clayandleaf.com>", lang="en",
         subject=f"Your planter order {o} - unfortunately out of stock", text=f"""Dear customer,

We are very sorry: the large sage planter you ordered (order {o}) is
no longer available, and we cannot ship it.

Each planter is thrown and glazed by hand in our studio, and the last kiln
firing of the sage glaze came out with crazing across the whole batch. We
do not sell pieces with glaze faults, and because the glaze needs a raw
material our supplier no longer stocks, we cannot make another batch in the
coming weeks. Our stock count on Amazon was not updated in time, which is
why your order went through.

We have therefore cancelled the order and refunded the full amount of
$48.00 through Amazon, with the reason "no inventory". You will see the
refund in your order details; depending on your bank it takes up to five
working days to appear on your statement.

Again, our apologies for the disappointment.

Best regards,
Ruth, Clay & Leaf Studio""")

    o, b = order("serial", "en", "Bluetooth Noise-Cancelling Headphones")
    case("return-serial-number", "relay", [],
         "A return follow-up that asks for the serial number and the fault, needed to complete the return: "
         "permitted.",
         to=b, frm="Sonora Audio <returns@sonora-audio.com>", lang="en",
         subject=f"Your return request for order {o}", text=f"""Hello,

We have received your return request for the headphones from order
{o}, with the reason "stopped working".

To complete the return, we need two pieces of information from you:

1. The serial number of the headphones. You will find it inside the left ear
cup when you gently pull off the cushion, printed on a white label
starting with the letters SN.
2. A short description of the fault: does the right side stay silent, does
the noise cancelling fail, or do the headphones no longer switch on?

With this information we can tell whether the unit goes back to the
manufacturer for repair or is refunded directly. Please reply to this
message; you do not need to send the headphones until we confirm.

Thank you,
Sonora Audio returns team""")

    o, b = order("neutral-after", "en", "Cast Iron Skillet 26 cm, pre-seasoned")
    case("care-guide-then-neutral-review", "relay", [],
         "A long, genuinely useful care guide and, at the end, a neutral review request ('whatever your "
         "experience'), no benefit, no condition: permitted.",
         to=b, frm="Ironhearth Cookware <hello@ironhearth.com>", lang="en",
         subject=f"Caring for your skillet - order {o}", text=f"""Hello,

Your cast iron skillet from order {o} should have arrived by now, so
here are a few tips for the first weeks.

Before the first use, rinse the pan with hot water only and dry it on the
hob over low heat. The pan comes pre-seasoned, but the first few meals
should be something with a little fat: fried potatoes, bacon or pancakes.

After cooking, clean the pan while it is still warm. Hot water and a brush
are enough; a drop of washing-up liquid now and then does no harm. Never
soak it and never put it in the dishwasher.

Dry it on the hob and wipe a thin film of oil over the inside with kitchen
paper. If the surface looks patchy or sticky, it only needs a few more uses;
the seasoning evens out over time.

If rust spots appear, scrub them off with steel wool, rinse, dry and
re-oil the pan. It is almost impossible to ruin cast iron for good.

Once you have cooked with it for a while, we would appreciate an honest
review on Amazon, whatever your experience has been. It helps other cooks
decide.

Happy cooking,
Ironhearth Cookware""")

    o, b = order("thanks-info", "en", "E-Bike Battery Charger 42V 2A")
    case("thanks-plus-first-charge-info", "relay", [],
         "Opens and closes with thanks, but the body carries real safety information about the first charge: "
         "not a thank-you-only message.",
         to=b, frm="Voltway Parts <service@voltway-parts.com>", lang="en",
         subject=f"Important: first charge with your new charger (order {o})", text=f"""Hello,

Thank you for your order {o}.

Before you use the charger for the first time, please note one important
point: the charger is for 36V batteries (42V charging voltage) only. Check
the label on your battery. If it says 48V or 52V, do not connect it; the
battery will not charge and the charger may shut down.

For the first charge, plug the charger into the wall socket first and the
battery second. The light turns red while charging and green when the
battery is full. Charge indoors, on a hard surface, away from anything that
can burn.

Thank you again, and safe riding,
Voltway Parts""")

    o, b = order("partial", "en", "Linen Duvet Cover, King, Natural")
    case("partial-refund-offer-long", "relay", [],
         "A return-related message offering a partial refund instead of a return, in a long friendly "
         "message: one of the two permitted return contacts.",
         to=b, frm="Flaxhouse Linen <care@flaxhouse.com>", lang="en",
         subject=f"About your return request - order {o}", text=f"""Hello,

Thank you for letting us know about the pulled thread on the duvet cover
from order {o}. We are sorry it reached you like that.

You asked to return the cover. You are of course free to do so, and the
return label in your Amazon account is ready to use.

As an alternative, we can offer you a partial refund of $25.00 and you keep
the cover. A pulled thread in linen can usually be eased back: pull the
fabric gently on both sides of the loop, then push the loop through to the
back with a blunt needle. It will not show once the cover has been washed.

Please reply and let us know which option you prefer. If you choose the
partial refund, we will issue it through Amazon within one working day.

Kind regards,
Anna, Flaxhouse Linen""")

    o, b = order("warranty-neutral", "en", "Electric Standing Desk Frame, Dual Motor")
    case("warranty-registration-neutral-review", "relay", [],
         "Long warranty and safety message with a review request that explicitly welcomes any opinion, "
         "positive or critical: neutral, permitted.",
         to=b, frm="Liftwise Desks <service@liftwise-desks.com>", lang="en",
         subject=f"Warranty and safety notes for your desk frame - order {o}", text=f"""Hello,

Your desk frame from order {o} comes with a five-year warranty on the
frame and motors and two years on the control box.

You do not need to register; your Amazon order is your proof of purchase.
Please keep the small label with the production code that is stuck under
the crossbar, since the manufacturer asks for it with any warranty claim.

Two safety points we always mention: run the reset routine before the first
use (press and hold the down button until the desk beeps), and keep at least
5 cm free above and below the desk so nothing gets trapped when it moves.

If the desk stops at a random height, the anti-collision sensor is probably
set too sensitive. Page 11 of the manual shows how to lower it in three
steps.

Finally, if you have a moment, you can leave a review of the desk frame on
Amazon. Positive or critical, every opinion is welcome and we read them all.

Best regards,
Liftwise Desks""")

    # ---- violations ----
    o, b = order("v-giftcard", "en", "Pine Wardrobe 2 Doors")
    case("assembly-with-gift-card-for-review", "reject", ["review.incentive"],
         "Eight paragraphs of assembly instructions and one sentence offering a gift card for a review.",
         to=b, frm="Northwood Furniture <care@northwood-furniture.com>", lang="en", tolerated=("type.marketing",),
         subject=f"Assembly guide for your wardrobe - order {o}", text=f"""Hello,

Your wardrobe from order {o} has been delivered, so here is our short
assembly guide. Two people need about ninety minutes.

{ASSEMBLY}

Once the wardrobe stands, leave us a review on Amazon and we will email you
a $15 Amazon gift card as a thank-you.

If any part is missing or damaged, reply to this message with the part
number from the list and we will send it straight away.

Enjoy your new wardrobe,
Northwood Furniture""")

    o, b = order("v-reconsider", "en", "Robot Window Cleaner")
    case("reconsider-rating-now-resolved", "reject", ["review.removal-request"],
         "'Could you reconsider your rating now that it's resolved?' asks to change an existing review, after "
         "a long helpful answer.",
         to=b, frm="ClearPane Robotics <support@clearpane-robotics.com>", lang="en",
         reply="The robot keeps falling off the window. I left a 1-star review already.",
         subject=f"Re: Robot falls off the window - order {o}", text=f"""Hello,

We are sorry the window robot from order {o} gave you trouble. The
problem you describe is the safety rope sensor, and the fix is simple.

1. Charge the robot fully; the suction fan weakens when the battery is
below 20%.
2. Clean the two edge sensors on the underside with a dry cloth. Dust on
frameless glass makes the robot miss the edge.
3. Attach the safety rope to an indoor handle before every use.

We have also sent you a new set of cleaning pads free of charge, because the
ones in the box may have been too wet, which reduces the grip.

Now that the issue is resolved, could you reconsider your rating? It would
mean a lot to our small team.

Best regards,
ClearPane Robotics""")

    o, b = order("v-gating", "en", "Memory Foam Pillow, Contour")
    case("gating-sentence-in-long-care", "reject", ["review.conditional"],
         "A long care guide with one gating sentence: review if delighted, contact us first if not.",
         to=b, frm="Dreamwell Sleep <care@dreamwell-sleep.com>", lang="en", tolerated=("review.incentive",),
         subject=f"Getting used to your contour pillow - order {o}", text=f"""Hello,

Your contour pillow from order {o} arrived a few days ago, so here are
some tips for the first nights.

Memory foam needs about 48 hours after unpacking to regain its full shape,
and a slight smell in the first days is normal. Air the pillow near an
open window, out of direct sunlight.

Most people need a week to get used to a contour shape. Sleep with the
higher edge under your neck if you sleep on your side, and the lower edge if
you sleep on your back.

The cover is machine washable at 40 degrees; the foam itself must never be
washed. Sponge stains with mild soap and let the foam dry flat.

If you are delighted with your pillow, please leave us a 5-star review; if
you are not completely happy, please contact us first so we can put it
right.

Sleep well,
Dreamwell Sleep""")

    o, b = order("v-ps-code", "en", "Bamboo Cutting Board Set of 3")
    case("ps-discount-code", "quarantine", ["type.marketing"],
         "A long care message whose P.S. gives a discount code for the next order: promotional.",
         to=b, frm="Greenblock Kitchen <hello@greenblock-kitchen.com>", lang="en",
         subject=f"Looking after your bamboo boards - order {o}", text=f"""Hello,

Thank you for your order {o}. Bamboo boards last for years if you
treat them well, so here are the essentials.

Wash the boards by hand with warm water and a little soap right after use.
Never put them in the dishwasher or leave them standing in water; bamboo
swells and the glued strips can separate.

Dry them upright so air reaches both sides. Once a month, rub in a thin
layer of food-grade mineral oil and leave it overnight.

Use the large board for raw meat and the two smaller ones for bread and
vegetables, so flavours and bacteria do not mix.

Best regards,
Greenblock Kitchen

P.S. Use the code GREEN15 at checkout for 15% off your next order in our
Amazon store.""")

    o, b = order("v-stop", "en", "Garden Hose Reel with 30 m Hose")
    case("last-line-reply-stop", "reject", ["link.opt-out"],
         "A long, useful set-up message whose last line is 'Reply STOP to opt out': opt-out text.",
         to=b, frm="Verdant Garden Supply <info@verdant-garden.com>", lang="en",
         subject=f"Setting up your hose reel - order {o}", text=f"""Hello,

Your hose reel from order {o} was delivered yesterday. A few set-up
steps will make sure it works without kinks for years.

Fix the wall bracket at about knee height with the four screws supplied.
Use the plugs for brick, or the long screws directly into a wooden post.

Before the first use, unwind the full hose on the lawn in the sun for half
an hour. The warm hose relaxes and will wind up evenly afterwards.

Connect the short lead hose to your outdoor tap and close the tap after each
use. A hose left under pressure wears out its seals much faster.

In winter, drain the hose and store the reel in a frost-free place.

Best regards,
Verdant Garden Supply

Reply STOP to opt out of further messages.""")

    o, b = order("v-rhetorical", "en", "Ceramic Space Heater 2000W")
    case("rhetorical-five-star", "reject", ["review.incentive"],
         "'Would a 5-star review be too much to ask?' persuades towards a positive review in question form.",
         to=b, frm="Cosyhome Appliances <care@cosyhome-appliances.com>", lang="en",
         subject=f"Using your space heater safely - order {o}", text=f"""Hello,

Thank you for choosing our ceramic heater, order {o}. A few safety points
before the colder evenings.

Place the heater on a flat, hard floor at least one metre from curtains,
beds and furniture. Never cover it and never use it to dry clothes.

Plug it directly into a wall socket, not into an extension lead, since the
heater draws up to 2000 watts.

The tip-over switch turns the heater off when it falls. If the heater will
not start, check it is standing upright on a level surface.

We put a lot of care into every order. Would a 5-star review be too much to
ask?

Warm regards,
Cosyhome Appliances""")

    o, b = order("v-passive", "en", "Personalised Wooden Photo Frame")
    case("passive-reviews-rewarded", "reject", ["review.incentive"],
         "Passive voice: 'reviews mentioning the gift are rewarded with a $10 credit' ties a benefit to a "
         "review.",
         to=b, frm="Timber Tales <hello@timbertales.com>", lang="en", tolerated=("type.marketing",),
         subject=f"Caring for your engraved frame - order {o}", text=f"""Hello,

Your engraved photo frame from order {o} is on its way to the lucky
recipient, or already with you.

The engraving is burnt into solid walnut, so it will not fade. Dust the
frame with a dry cloth; a drop of furniture oil once a year keeps the wood
from drying out.

The stand folds out at the back for landscape or portrait. To hang it,
use the two keyhole slots and screws with flat heads.

Reviews mentioning the gift are rewarded with a $10 store credit.

Best wishes,
Timber Tales""")

    o, b = order("v-euphemism", "en", "Leather Dog Collar, Medium")
    case("little-thank-you-for-kind-words", "reject", ["review.incentive"],
         "Euphemism: 'a little thank-you for your kind words online' once the review is up: an incentive for "
         "a positive review.",
         to=b, frm="Barkley Leatherworks <woof@barkley-leather.com>", lang="en", tolerated=("type.marketing",),
         subject=f"Breaking in your dog collar - order {o}", text=f"""Hello,

Your leather collar from order {o} should now be on a happy dog.

New leather is stiff. Flex the collar with your hands a few times a day for
the first week and it will soften and follow the shape of the neck.

Check the fit: two fingers should slide between the collar and the neck. If
your dog is still growing, check the fit every two weeks.

Keep the collar away from sea water and chlorinated pools; if it gets wet,
let it dry at room temperature, never on a radiator.

Once your kind words about the collar are up on Amazon, we will send a
little thank-you your way.

Best regards,
Barkley Leatherworks""")

    o, b = order("v-token", "en", "Silk Pillowcase, Champagne")
    case("token-once-feedback-live", "reject", ["review.incentive"],
         "'We'd love to see your stars' plus 'a token of appreciation once your feedback is live': a benefit "
         "tied to a positive review.",
         to=b, frm="Lunara Silk <care@lunara-silk.com>", lang="en", tolerated=("type.marketing",),
         subject=f"Washing your silk pillowcase - order {o}", text=f"""Hello,

Thank you for your order {o}. Mulberry silk needs a little extra care,
so here is how to keep your pillowcase smooth.

Wash it inside out in a mesh bag on the delicate cycle at 30 degrees, or by
hand, with a detergent for silk. Never use bleach or fabric softener.

Do not wring it. Roll it in a towel to remove water and dry it flat away
from direct sunlight. Iron on the silk setting while still slightly damp.

We'd love to see your stars on Amazon, and there is a token of appreciation
for you once your feedback is live.

Sweet dreams,
Lunara Silk""")

    o, b = order("v-wouldnt-say-no", "en", "Wireless Meat Thermometer")
    case("wouldnt-say-no-glowing-review", "reject", ["review.incentive"],
         "Negated negation: 'we wouldn't say no to a glowing review' persuades towards a positive review.",
         to=b, frm="GrillSense <support@grillsense.com>", lang="en",
         subject=f"Getting started with your thermometer - order {o}", text=f"""Hello,

Your wireless thermometer from order {o} has arrived, so here is how to get
the most accurate readings.

Charge the probe in its case for two hours before the first use. The light
on the case turns green when the probe is full.

Push the probe into the thickest part of the meat, past the safety line, and
keep it away from the bone, which heats faster than the meat.

The app pairs over Bluetooth; keep the phone within about 10 metres of the
grill, or use the case as a repeater.

Enjoy the barbecue season. And we wouldn't say no to a glowing review if you
have a minute!

Best regards,
GrillSense""")

    o, b = order("v-split", "en", "Countertop Water Filter Jug 3.5 L")
    case("request-and-incentive-apart", "reject", ["review.incentive"],
         "The review request is in the third paragraph and the free filter for reviewers in the sixth: "
         "still a benefit tied to a review.",
         to=b, frm="PureFlow Water <hello@pureflow-water.com>", lang="en", tolerated=("type.marketing",),
         subject=f"Your filter jug - first steps (order {o})", text=f"""Hello,

Your filter jug from order {o} should have arrived by now.

Before the first use, soak the cartridge in cold water for 15 minutes and
then run two full jugs through it. Throw this water away (or water your
plants with it).

When you have used the jug for a week, please take a moment to leave a
review on Amazon.

Replace the cartridge every four weeks, or sooner in hard-water areas. The
date dial on the lid helps you remember.

Keep the jug in the fridge in summer, and wash the jug (not the cartridge)
by hand with mild soap.

As a thank-you, every customer who writes one receives a free replacement
cartridge.

Stay hydrated,
PureFlow Water""")

    o, b = order("v-only-if", "en", "Yoga Mat 6 mm, Natural Rubber")
    case("review-only-if-loved-it", "reject", ["review.conditional"],
         "The condition comes after the request: 'Leave us a review - only if you loved it, of course.'",
         to=b, frm="Lotus Flow Yoga <namaste@lotusflow-yoga.com>", lang="en", tolerated=("review.incentive",),
         subject=f"Your new yoga mat - order {o}", text=f"""Hello,

Your natural rubber mat from order {o} has a slight rubber smell at first.
Unroll it and let it air for two or three days, out of direct sunlight.

Clean it with a damp cloth and a few drops of mild soap after practice, and
let it dry completely before rolling it up. Never use oils or alcohol
sprays; they break down natural rubber.

The grip gets better with use. For the first sessions, a quick wipe with a
damp cloth before practice helps.

Leave us a review - only if you loved it, of course.

Namaste,
Lotus Flow Yoga""")

    o, b = order("v-cancel", "en", "Vintage Brass Desk Lamp", **OOS)
    case("out-of-stock-please-cancel", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "A long apology for a stock-out that asks the buyer to request the cancellation and confirms no "
         "refund.",
         to=b, frm="Lumen & Co <shop@lumen-and-co.com>", lang="en",
         subject=f"About your lamp, order {o}", text=f"""Dear customer,

We are very sorry to tell you that the vintage brass desk lamp from order
{o} is out of stock.

Our lamps are restored originals, and the one listed turned out to have a
cracked base when we took it off the shelf to pack it. We searched our
workshop for another of the same model, but it was the last one.

We know you were looking forward to it, and we are sorry for the
disappointment. New lamps come in every few weeks, so please keep an eye on
our Amazon listing.

Could you please cancel the order from your Amazon account, under Your
Orders, using the option "Cancel items"? That is the quickest way.

With apologies,
Lumen & Co""")

    o, b = order("v-return", "en", "Running Shoes, Men's UK 10")
    case("return-nothing-to-ask", "quarantine", ["return.unnecessary"],
         "A long return message that only restates the return and says the seller is sorry to see the item "
         "go: no information needed, no partial refund.",
         to=b, frm="Stride Athletics <returns@stride-athletics.com>", lang="en",
         subject=f"Your return - order {o}", text=f"""Hello,

We have seen your return request for the running shoes from order
{o}.

We are sorry the shoes did not work out for you. Every pair is tested by
our team before it goes into our catalogue, and we always hope they become
a favourite.

Your return was approved automatically by Amazon, and the prepaid label is
in your account. Once the parcel reaches our warehouse, your refund will be
processed in the usual way.

We are sorry to see them go and hope you find the perfect pair.

Best wishes,
Stride Athletics""")

    o, b = order("v-shipped", "en", "Espresso Grinder, Conical Burr")
    case("long-shipping-confirmation", "quarantine", ["type.order-confirmation"],
         "A long message whose only content is that the order has shipped, with carrier and tracking number: "
         "a dispatch confirmation Amazon already sends.",
         to=b, frm="Crema Tools <orders@crematools.com>", lang="en",
         subject=f"Your grinder is on its way - order {o}", text=f"""Hello,

Good news: your espresso grinder from order {o} has shipped today.

It was packed in our warehouse this morning and handed to UPS this
afternoon. Your tracking number is 1Z999AA10123456784.

The parcel usually arrives within two to three working days. You can follow
it in the Amazon app under Your Orders.

We hope you enjoy your grinder.

Best regards,
Crema Tools""")

    o, b = order("v-swear", "en", "Outdoor Bistro Set, 3 pieces")
    case("courier-shitty-job", "quarantine", ["content.sensitive"],
         "A long, otherwise helpful damage reply with one offensive word about the courier.",
         to=b, frm="Patio Living <help@patio-living.com>", lang="en",
         reply="One chair of the bistro set arrived with a bent leg.",
         subject=f"Re: Bent chair leg - order {o}", text=f"""Hello,

Thank you for telling us about the bent chair leg from order {o}.

Looking at the photos of the box, the courier did a really shitty job with
your parcel: the whole corner is crushed.

We are sending you a new chair today, and you can keep the damaged one or
take it to your local recycling centre.

The new chair is packed in a double-walled box, so this should not happen
again. It should arrive within three working days.

Kind regards,
Patio Living""")

    o, b = order("v-follow", "en", "Macrame Wall Hanging, Large")
    case("ps-follow-us-instagram", "quarantine", ["type.marketing"],
         "A long hanging guide with a P.S. asking the buyer to follow the shop on Instagram: promotional.",
         to=b, frm="Knotted Studio <hello@knotted-studio.com>", lang="en",
         subject=f"Hanging your macrame piece - order {o}", text=f"""Hello,

Your macrame wall hanging from order {o} was folded for shipping, so it
may look a little creased when you unpack it.

Hang it up straight away: the weight of the cotton pulls most creases out
within a day. For stubborn ones, steam the cords lightly from a distance,
never iron them.

Comb the fringe gently with a wide-toothed comb, starting at the ends.

Keep the hanging out of direct sunlight, which fades natural cotton.

Best wishes,
Knotted Studio

P.S. Follow us on Instagram @knottedstudio for new designs and giveaways!""")

    o, b = order("v-thanks", "en", "Notebook A5, Dotted, Navy")
    case("long-thank-you-only", "quarantine", ["type.thank-you-only"],
         "Several paragraphs, but only thanks and 'we are here if you need us': nothing else.",
         to=b, frm="Inkwell Paper Co. <hello@inkwell-paper.com>", lang="en",
         subject=f"Thank you! (order {o})", text=f"""Hello,

Thank you so much for your order {o}. It truly means a lot to us.

We are a small family business, and every single order makes our day.
We really appreciate you choosing us.

If you ever have any questions or need anything at all, we are here to
help. Just send us a message.

Thanks again, and have a wonderful week!

Warm regards,
The Inkwell family""")

    # -- reply-to-review removal, different wording --
    o, b = order("v-update", "en", "Wooden Baby Gym")
    case("resolved-update-your-feedback", "reject", ["review.removal-request"],
         "A long answer that fixed the problem and then asks the buyer to update the feedback they left.",
         to=b, frm="Little Oak Toys <hello@littleoak-toys.com>", lang="en",
         reply="One of the hanging toys came off its string, I mentioned it in my feedback.",
         subject=f"Re: Hanging toy came off - order {o}", text=f"""Hello,

We are so sorry one of the hanging toys came off on the baby gym from
order {o}. Safety is our first concern, so thank you for telling us.

We checked the batch: the knot on the wooden star was tied too close to the
bead. We have posted you a new set of four hanging toys, each with a double
knot and a safety bead, tested to 90 N.

Please remove the old toys now and do not use them again.

Once the new set has arrived, we'd be grateful if you would update the
feedback you left, so that it reflects how we resolved it.

Kind regards,
Little Oak Toys""")


# --------------------------------------------------------------------------------------------
# Deutsch
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = order("de-aufbau", "de", "Hochbett Kiefer massiv 90x200")
    case("aufbau-dann-neutrale-bewertung", "relay", [],
         "Lange Aufbauanleitung, am Ende eine neutrale Bewertungsbitte ('ob positiv oder kritisch'): erlaubt.",
         to=b, frm="Holzwerk Seidel <service@holzwerk-seidel.de>", lang="de",
         subject=f"Aufbauhinweise zu Ihrem Hochbett – Bestellung {o}", text=f"""Guten Tag,

Ihr Hochbett aus der Bestellung {o} ist bei Ihnen angekommen. Damit
der Aufbau gelingt, hier die wichtigsten Hinweise.

Legen Sie alle Teile auf eine weiche Unterlage und prüfen Sie sie anhand der
Stückliste auf Seite 2. Sie brauchen einen Kreuzschlitzschraubendreher und
den mitgelieferten Innensechskantschlüssel.

Montieren Sie zuerst die beiden Kopfteile mit den Längsholmen und ziehen Sie
die Schrauben erst fest, wenn der Rahmen rechtwinklig steht.

Die Leiter kann links oder rechts angebracht werden. Der Rausfallschutz muss
mindestens 16 cm über der Matratze enden; verwenden Sie daher eine Matratze
von höchstens 16 cm Höhe.

Befestigen Sie das Bett mit dem beiliegenden Wandwinkel an einer tragenden
Wand.

Wenn das Bett eine Weile steht, freuen wir uns über Ihre Bewertung auf
Amazon, ob positiv oder kritisch.

Mit freundlichen Grüßen
Holzwerk Seidel""")

    o, b = order("de-fotos", "de", "Porzellan Tafelservice 18-teilig")
    case("fotos-geprueft-kostenloser-ersatz", "relay", [],
         "'Wir haben Ihre Fotos geprüft' und 'kostenlos Ersatz': Lösung eines Transportschadens, weder "
         "Bewertung noch Werbung.",
         to=b, frm="Porzellanhaus Adler <kundendienst@porzellanhaus-adler.de>", lang="de",
         reply="Zwei Teller sind zerbrochen angekommen, Fotos anbei.",
         subject=f"AW: Zerbrochene Teller – Bestellung {o}", text=f"""Guten Tag,

vielen Dank für die Fotos. Wir haben sie geprüft: Die beiden Speiseteller
aus Ihrer Bestellung {o} sind eindeutig beim Transport zerbrochen.

Wir schicken Ihnen noch heute kostenlos zwei neue Teller, doppelt verpackt.
Die Scherben müssen Sie nicht zurücksenden; bitte entsorgen Sie sie
vorsichtig im Restmüll.

Ihre Rückmeldung zur Verpackung haben wir an unser Lager weitergegeben.

Mit freundlichen Grüßen
Porzellanhaus Adler""")

    o, b = order("de-seriennr", "de", "Akku-Bohrschrauber 18V")
    case("ruecksendung-seriennummer", "relay", [],
         "Rückfrage zur Rücksendung: Seriennummer und Fehlerbild werden benötigt; erlaubt.",
         to=b, frm="Werkzeug Kramer <retouren@werkzeug-kramer.de>", lang="de",
         subject=f"Ihre Rücksendung – Bestellung {o}", text=f"""Guten Tag,

wir haben Ihren Rücksendeantrag zum Akku-Bohrschrauber aus der Bestellung
{o} erhalten.

Damit wir die Rücksendung abschließen können, benötigen wir zwei Angaben:
die Seriennummer (auf dem Typenschild am Griff, beginnt mit SN) und eine
kurze Beschreibung des Fehlers. Läuft der Motor gar nicht, oder lädt der Akku
nicht?

Mit diesen Angaben entscheiden wir, ob das Gerät zur Reparatur an den
Hersteller geht oder direkt erstattet wird.

Mit freundlichen Grüßen
Werkzeug Kramer""")

    o, b = order("de-gutschein", "de", "Kaffeevollautomat Reinigungstabletten 100 Stück")
    case("anleitung-gutschein-fuer-bewertung", "reject", ["review.incentive"],
         "Lange Anwendungshinweise, ein Satz: für eine Bewertung gibt es einen 10-Euro-Gutschein.",
         to=b, frm="Kaffeepflege24 <service@kaffeepflege24.de>", lang="de", tolerated=("type.marketing",),
         subject=f"So reinigen Sie Ihren Vollautomaten – Bestellung {o}", text=f"""Guten Tag,

vielen Dank für Ihre Bestellung {o}. Hier die wichtigsten Hinweise zur
Anwendung der Reinigungstabletten.

Starten Sie das Reinigungsprogramm Ihres Geräts und legen Sie eine Tablette
in den Pulverschacht, wenn das Display dazu auffordert.

Stellen Sie ein Gefäß mit mindestens 500 ml unter den Auslauf. Das Programm
dauert etwa 15 Minuten und darf nicht unterbrochen werden.

Reinigen Sie die Brühgruppe je nach Nutzung alle 200 Bezüge.

Für Ihre Bewertung auf Amazon schenken wir Ihnen einen Gutschein über
10 Euro.

Mit freundlichen Grüßen
Kaffeepflege24""")

    o, b = order("de-anpassen", "de", "Luftreiniger HEPA H13")
    case("bewertung-anpassen-jetzt-geklaert", "reject", ["review.removal-request"],
         "Nach der Lösung: 'Würden Sie Ihre Bewertung noch einmal überdenken, jetzt wo alles geklärt ist?'",
         to=b, frm="Klarluft <kundenservice@klarluft.de>", lang="de",
         reply="Der Luftreiniger macht laute Geräusche. Ich habe das auch in meiner Rezension geschrieben.",
         subject=f"AW: Geräusche beim Luftreiniger – Bestellung {o}", text=f"""Guten Tag,

das Geräusch Ihres Luftreinigers aus der Bestellung {o} kommt von der
Schutzfolie um den Filter, die beim Auspacken oft übersehen wird.

Öffnen Sie die Rückseite, nehmen Sie den Filter heraus und entfernen Sie die
durchsichtige Folie. Danach läuft das Gerät auch auf Stufe 3 leise.

Jetzt, wo alles geklärt ist: Würden Sie Ihre Bewertung noch einmal
überdenken?

Mit freundlichen Grüßen
Klarluft""")

    o, b = order("de-nurwenn", "de", "Fahrradschloss Bügel mit Halter")
    case("bewertung-natuerlich-nur-wenn-zufrieden", "reject", ["review.conditional"],
         "Bedingung nach der Bitte: 'Schreiben Sie uns eine Bewertung – natürlich nur, wenn Sie zufrieden "
         "sind.'",
         to=b, frm="Sicherrad <info@sicherrad.de>", lang="de", tolerated=("review.incentive",),
         subject=f"Ihr Bügelschloss – Bestellung {o}", text=f"""Guten Tag,

Ihr Bügelschloss aus der Bestellung {o} wird mit drei Schlüsseln
geliefert. Notieren Sie die Schlüsselnummer von der beiliegenden Karte und
bewahren Sie einen Schlüssel zu Hause auf.

Den Halter montieren Sie am Sattelrohr; ziehen Sie die Schrauben nur
handfest an, damit der Rahmen nicht beschädigt wird.

Ölen Sie den Schließzylinder zweimal im Jahr mit Graphitspray.

Schreiben Sie uns gern eine Bewertung – natürlich nur, wenn Sie zufrieden
sind.

Viele Grüße
Sicherrad""")

    o, b = order("de-ps", "de", "Bienenwachstücher 3er-Set")
    case("ps-rabattcode", "quarantine", ["type.marketing"],
         "Lange Pflegehinweise, im P.S. ein Rabattcode für die nächste Bestellung: Werbung.",
         to=b, frm="Wachswerk <hallo@wachswerk.de>", lang="de",
         subject=f"Pflege Ihrer Bienenwachstücher – Bestellung {o}", text=f"""Hallo,

Ihre Bienenwachstücher aus der Bestellung {o} halten bei guter Pflege
etwa ein Jahr.

Waschen Sie die Tücher nur mit kaltem Wasser und etwas mildem Spülmittel.
Heißes Wasser löst das Wachs.

Verwenden Sie sie nicht für rohes Fleisch oder Fisch, und lassen Sie sie nach
dem Waschen an der Luft trocknen.

Viele Grüße
Wachswerk

P.S. Mit dem Code WACHS20 erhalten Sie 20 % Rabatt auf Ihre nächste
Bestellung.""")


# --------------------------------------------------------------------------------------------
# Français
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("fr-rupture", "fr", "Théière en fonte 1,2 L", **OOS)
    case("rupture-rembourse-raison", "relay", [],
         "Rupture de stock : commande annulée et montant remboursé avec le motif, expliqué longuement.",
         to=b, frm="Maison du Thé Lemoine <contact@the-lemoine.fr>", lang="fr",
         subject=f"Votre commande {o} – article indisponible", text=f"""Bonjour,

Nous sommes désolés : la théière en fonte de votre commande {o} n'est
plus disponible et nous ne pouvons pas l'expédier.

Le dernier lot reçu de notre fonderie présentait des défauts d'émail à
l'intérieur, et nous ne vendons pas de pièces défectueuses. Le prochain lot
n'est pas attendu avant plusieurs mois.

Nous avons donc annulé la commande et remboursé l'intégralité du montant,
soit 39,90 €, via Amazon, avec le motif « rupture de stock ». Le
remboursement apparaîtra sur votre relevé sous trois à cinq jours.

Avec toutes nos excuses,
Maison du Thé Lemoine""")

    o, b = order("fr-serie", "fr", "Robot pâtissier 1000 W")
    case("retour-numero-de-serie", "relay", [],
         "Question sur un retour : le numéro de série et la description de la panne sont nécessaires.",
         to=b, frm="Cuisine Pro Dubois <retours@cuisinepro-dubois.fr>", lang="fr",
         subject=f"Votre demande de retour – commande {o}", text=f"""Bonjour,

Nous avons bien reçu votre demande de retour pour le robot pâtissier de la
commande {o}.

Pour finaliser le retour, pourriez-vous nous indiquer le numéro de série,
inscrit sous l'appareil et commençant par SN, ainsi qu'une brève
description de la panne : le moteur ne démarre-t-il pas, ou le bol ne se
verrouille-t-il plus ?

Ces informations nous permettent de savoir si l'appareil part en réparation
chez le fabricant ou s'il est remboursé directement.

Cordialement,
Cuisine Pro Dubois""")

    o, b = order("fr-avis-neutre", "fr", "Couteau de chef 20 cm acier damas")
    case("entretien-puis-avis-neutre", "relay", [],
         "Long conseil d'entretien, puis une demande d'avis neutre ('quel que soit votre ressenti').",
         to=b, frm="Coutellerie Arnaud <bonjour@coutellerie-arnaud.fr>", lang="fr",
         subject=f"Entretien de votre couteau – commande {o}", text=f"""Bonjour,

Votre couteau de chef de la commande {o} est arrivé ; voici comment le
garder tranchant longtemps.

Lavez-le à la main, à l'eau chaude, juste après usage, et essuyez-le
aussitôt. Jamais au lave-vaisselle : le damas n'aime ni les détergents ni
l'humidité prolongée.

Utilisez une planche en bois ou en plastique, jamais en verre ni en pierre.

Affûtez-le sur une pierre à eau grain 1000 environ tous les deux mois.

Si vous avez un moment, votre avis sur Amazon nous aiderait, quel que soit
votre ressenti.

Bien cordialement,
Coutellerie Arnaud""")

    o, b = order("fr-geste", "fr", "Plaid en laine mérinos")
    case("petit-geste-une-fois-avis-publie", "reject", ["review.incentive"],
         "Euphémisme : 'un petit geste de notre part une fois votre avis publié' : avantage lié à un avis.",
         to=b, frm="Laines du Vercors <contact@laines-vercors.fr>", lang="fr", tolerated=("type.marketing",),
         subject=f"Entretien de votre plaid – commande {o}", text=f"""Bonjour,

Votre plaid en mérinos de la commande {o} se lave à la main ou en
programme laine à 30 degrés, avec une lessive spéciale laine.

Ne le tordez pas ; roulez-le dans une serviette et faites-le sécher à plat,
loin du soleil et des radiateurs.

Un léger boulochage les premières semaines est normal ; un peigne à laine
l'enlève en quelques minutes.

Une fois votre avis publié sur Amazon, un petit geste de notre part vous
attend.

Chaleureusement,
Laines du Vercors""")

    o, b = order("fr-revoir", "fr", "Aspirateur robot laveur")
    case("revoir-votre-note-maintenant-regle", "reject", ["review.removal-request"],
         "'Pourriez-vous revoir votre note maintenant que le problème est réglé ?' : demande de modifier un "
         "avis.",
         to=b, frm="Robotik Maison <sav@robotik-maison.fr>", lang="fr",
         reply="Le robot ne retrouve plus sa base. J'ai mis une étoile.",
         subject=f"RE: Le robot ne retrouve pas sa base – commande {o}", text=f"""Bonjour,

Merci pour votre message. Le robot de votre commande {o} ne retrouve pas
sa base lorsque celle-ci est placée trop près d'un mur ou d'un meuble.

Laissez un mètre libre devant la base et 50 cm de chaque côté, puis lancez
un nouveau cycle de cartographie depuis l'application.

Nous vous avons également envoyé gratuitement des brosses de rechange.

Maintenant que le problème est réglé, pourriez-vous revoir votre note ?

Cordialement,
Robotik Maison""")

    o, b = order("fr-dirions-pas-non", "fr", "Lampe de chevet en céramique")
    case("ne-dirions-pas-non-cinq-etoiles", "reject", ["review.incentive"],
         "Double négation : 'nous ne dirions pas non à un avis 5 étoiles' : incite à un avis positif.",
         to=b, frm="Atelier Terre & Lumière <bonjour@terre-lumiere.fr>", lang="fr",
         subject=f"Votre lampe de chevet – commande {o}", text=f"""Bonjour,

Votre lampe de la commande {o} accepte les ampoules E14 jusqu'à 40 W ;
nous conseillons une LED blanc chaud de 4 W.

La céramique est émaillée à la main, de petites variations de teinte sont
donc normales. Dépoussiérez-la avec un chiffon sec.

Nous ne dirions pas non à un avis 5 étoiles sur Amazon !

Belle soirée,
Atelier Terre & Lumière""")

    o, b = order("fr-stop", "fr", "Tuyau d'arrosage extensible 30 m")
    case("derniere-ligne-repondez-stop", "reject", ["link.opt-out"],
         "Longue notice utile, dernière ligne : 'Répondez STOP pour ne plus recevoir nos messages'.",
         to=b, frm="Jardin Facile <contact@jardin-facile.fr>", lang="fr",
         subject=f"Utiliser votre tuyau extensible – commande {o}", text=f"""Bonjour,

Votre tuyau extensible de la commande {o} s'allonge sous la pression de
l'eau et se rétracte quand vous fermez le robinet.

Ouvrez toujours le robinet à fond avant d'utiliser le pistolet, et fermez
d'abord le robinet, puis le pistolet, après usage.

Videz le tuyau et rangez-le à l'abri du soleil et du gel.

Cordialement,
Jardin Facile

Répondez STOP pour ne plus recevoir nos messages.""")


# --------------------------------------------------------------------------------------------
# Español
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("es-fotos", "es", "Maleta de cabina rígida 55 cm")
    case("revisamos-fotos-reposicion-gratuita", "relay", [],
         "'Hemos revisado sus fotos' y una rueda de repuesto 'sin coste': resuelve el pedido.",
         to=b, frm="Viajes Ligeros <atencion@viajesligeros.es>", lang="es",
         reply="Una rueda de la maleta llegó rota, le mando fotos.",
         subject=f"RE: Rueda rota – pedido {o}", text=f"""Hola,

Gracias por las fotos. Hemos revisado las imágenes con nuestro almacén y la
rueda de la maleta de su pedido {o} se rompió durante el transporte.

Le enviamos hoy mismo una rueda nueva sin coste, con el tornillo y la llave
para cambiarla. El cambio lleva cinco minutos: afloje el tornillo del eje,
saque la rueda rota y coloque la nueva.

Si prefiere no cambiarla usted, también puede devolver la maleta desde su
cuenta de Amazon.

Un saludo,
Viajes Ligeros""")

    o, b = order("es-regalo", "es", "Set de té en caja regalo", **PENDING)
    case("envoltorio-regalo-mensaje", "relay", [],
         "'Regalo' es el producto y el envoltorio pedido; se pide el texto de la tarjeta para completar el "
         "pedido.",
         to=b, frm="Casa del Té Ortega <pedidos@casadelte-ortega.es>", lang="es",
         subject=f"Mensaje para su tarjeta de regalo – pedido {o}", text=f"""Hola,

Gracias por elegir el envoltorio de regalo para su pedido {o}.
Envolvemos cada caja a mano y añadimos una tarjeta con su mensaje.

El campo del mensaje nos llegó vacío. ¿Podría respondernos con el texto que
desea en la tarjeta (máximo 200 caracteres) y si debe ir firmado?

Si no recibimos respuesta antes del miércoles, enviaremos el regalo con la
tarjeta en blanco para no retrasar la entrega.

Un cordial saludo,
Casa del Té Ortega""")

    o, b = order("es-devolucion", "es", "Zapatillas de trail, talla 42")
    case("devolucion-reembolso-parcial", "relay", [],
         "Mensaje sobre una devolución que ofrece un reembolso parcial: permitido.",
         to=b, frm="Montaña Viva <devoluciones@montanaviva.es>", lang="es",
         subject=f"Su solicitud de devolución – pedido {o}", text=f"""Hola,

Hemos recibido su solicitud de devolución de las zapatillas del pedido
{o}, por una pequeña marca en la puntera.

Puede devolverlas sin problema con la etiqueta de su cuenta de Amazon. Como
alternativa, le ofrecemos un reembolso parcial de 20 € y se queda con las
zapatillas.

Díganos qué opción prefiere y lo tramitaremos en un día laborable.

Un saludo,
Montaña Viva""")

    o, b = order("es-pasiva", "es", "Lámpara de sal del Himalaya")
    case("resenas-que-mencionan-reciben-obsequio", "reject", ["review.incentive"],
         "Pasiva: 'las reseñas que mencionan el producto reciben un obsequio': beneficio ligado a una reseña.",
         to=b, frm="Sal y Luz <hola@salyluz.es>", lang="es", tolerated=("type.marketing",),
         subject=f"Cuidados de su lámpara de sal – pedido {o}", text=f"""Hola,

Su lámpara de sal del pedido {o} atrae la humedad del aire. Déjela
encendida unas horas al día para que no se humedezca.

No la coloque en el baño ni cerca de ventanas abiertas en días de lluvia.
Límpiela con un paño seco, nunca con agua.

Las reseñas en Amazon que mencionan la lámpara reciben un obsequio de
nuestra parte.

Un saludo,
Sal y Luz""")

    o, b = order("es-solo-si", "es", "Hamaca de jardín con soporte")
    case("resena-solo-si-le-encanto", "reject", ["review.conditional"],
         "Condición detrás de la petición: 'Déjenos una reseña, solo si le ha encantado, claro.'",
         to=b, frm="Jardín Sereno <info@jardinsereno.es>", lang="es", tolerated=("review.incentive",),
         subject=f"Montaje de su hamaca – pedido {o}", text=f"""Hola,

Su hamaca del pedido {o} se monta en unos diez minutos. Encaje las
tres piezas del soporte, apriete las palomillas y cuelgue la hamaca de los
ganchos.

La carga máxima es de 120 kg. Guarde la hamaca bajo techo cuando llueva y
en invierno.

Déjenos una reseña en Amazon, solo si le ha encantado, claro.

Un saludo,
Jardín Sereno""")

    o, b = order("es-siguenos", "es", "Molinillo de café manual")
    case("ps-siguenos-en-instagram", "quarantine", ["type.marketing"],
         "Largas instrucciones y una posdata que pide seguir a la tienda en Instagram: promoción.",
         to=b, frm="Tostadero Ruiz <hola@tostadero-ruiz.es>", lang="es",
         subject=f"Cómo ajustar su molinillo – pedido {o}", text=f"""Hola,

Su molinillo manual del pedido {o} viene ajustado para espresso. Para
cafetera italiana, gire la rueda inferior tres clics hacia la izquierda; para
filtro, ocho clics.

Limpie las muelas con el pincel incluido cada semana, nunca con agua.

Un saludo,
Tostadero Ruiz

P. D.: Síganos en Instagram @tostaderoruiz para descubrir nuestras novedades.""")

    o, b = order("es-taco", "es", "Mesa plegable de camping")
    case("transportista-mierda", "quarantine", ["content.sensitive"],
         "Respuesta útil y larga con una palabra ofensiva sobre el transportista.",
         to=b, frm="Camping Total <ayuda@campingtotal.es>", lang="es",
         reply="La mesa llegó con una pata doblada.",
         subject=f"RE: Pata doblada – pedido {o}", text=f"""Hola,

Sentimos mucho lo de la pata doblada de la mesa de su pedido {o}.

Por las fotos, el transportista ha tratado el paquete como una mierda: la
caja está aplastada por una esquina.

Le enviamos hoy una pata nueva con sus tornillos; se cambia en cinco
minutos con un destornillador.

Un saludo,
Camping Total""")


# --------------------------------------------------------------------------------------------
# Italiano
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("it-recensione", "it", "Moka 6 tazze in acciaio")
    case("istruzioni-poi-recensione-neutra", "relay", [],
         "Lunghe istruzioni d'uso, poi una richiesta di recensione neutra ('qualunque sia la sua opinione').",
         to=b, frm="Caffè Bottega Rossi <info@bottega-rossi.it>", lang="it",
         subject=f"Primo utilizzo della sua moka – ordine {o}", text=f"""Buongiorno,

la sua moka dell'ordine {o} è arrivata; ecco alcuni consigli per il
primo utilizzo.

Prepari due o tre caffè e li butti via: servono a togliere il sapore di
metallo nuovo.

Riempia la caldaia fino alla valvola, senza superarla, e non pressi il
caffè nel filtro. Tolga la moka dal fuoco appena inizia a gorgogliare.

Lavi la moka solo con acqua calda, senza detersivo e mai in lavastoviglie.

Se ha un momento, ci lasci una recensione su Amazon, qualunque sia la sua
opinione.

Cordiali saluti,
Caffè Bottega Rossi""")

    o, b = order("it-sconto", "it", "Borraccia termica 500 ml")
    case("sconto-spiegato-differenza-rimborsata", "relay", [],
         "Risposta: spiega che lo sconto di lancio era finito e conferma il rimborso della differenza; nessuna "
         "offerta.",
         to=b, frm="Borracce Alpine <assistenza@borracce-alpine.it>", lang="it",
         reply="Perché ho pagato di più di una mia amica per la stessa borraccia?",
         subject=f"R: Differenza di prezzo – ordine {o}", text=f"""Buongiorno,

la sua amica ha probabilmente acquistato durante la settimana di lancio,
quando la borraccia aveva uno sconto del 20%. Lo sconto è terminato il 31
maggio e il suo ordine {o} è del 1° giugno.

Poiché lo sconto era terminato da poche ore, le abbiamo comunque rimborsato
la differenza di 4,00 € tramite Amazon. Non deve fare nulla.

Cordiali saluti,
Borracce Alpine""")

    o, b = order("it-esaminato", "it", "Set pentole antiaderenti 5 pezzi")
    case("esaminato-caso-feedback-produttore", "relay", [],
         "'Dopo aver esaminato il suo caso' e 'il suo feedback è stato inoltrato al produttore': garanzia, non "
         "una richiesta di recensione.",
         to=b, frm="Cucina Viva <assistenza@cucinaviva.it>", lang="it",
         reply="Il rivestimento di una padella si sta staccando dopo un mese.",
         subject=f"R: Rivestimento che si stacca – ordine {o}", text=f"""Buongiorno,

dopo aver esaminato il suo caso e le foto, confermiamo che il difetto del
rivestimento della padella dell'ordine {o} è coperto dalla garanzia.

Le inviamo una padella nuova senza costi. Per proteggere il rivestimento,
usi utensili in legno o silicone e non superi la fiamma media.

Il suo feedback sul rivestimento è stato inoltrato al produttore.

Cordiali saluti,
Cucina Viva""")

    o, b = order("it-troppo", "it", "Cuscino cervicale in memory foam")
    case("sarebbe-chiedere-troppo-cinque-stelle", "reject", ["review.incentive"],
         "Domanda retorica: 'Sarebbe chiedere troppo una recensione a 5 stelle?' spinge verso una recensione "
         "positiva.",
         to=b, frm="Sonno Sano <info@sonnosano.it>", lang="it",
         subject=f"Il suo nuovo cuscino – ordine {o}", text=f"""Buongiorno,

il suo cuscino dell'ordine {o} ha bisogno di circa 48 ore per tornare
alla forma completa dopo l'apertura.

La federa si lava in lavatrice a 40 gradi; il memory foam invece non va mai
lavato.

Ci vuole circa una settimana per abituarsi alla forma cervicale.

Sarebbe chiedere troppo una recensione a 5 stelle?

Cordiali saluti,
Sonno Sano""")

    o, b = order("it-modificare", "it", "Spazzolino elettrico sonico")
    case("modificare-recensione-ora-risolto", "reject", ["review.removal-request"],
         "Dopo la soluzione: 'potrebbe modificare la sua recensione ora che è tutto risolto?'",
         to=b, frm="Sorriso Smart <assistenza@sorrisosmart.it>", lang="it",
         reply="Lo spazzolino non si ricarica. L'ho scritto anche nella recensione.",
         subject=f"R: Lo spazzolino non si ricarica – ordine {o}", text=f"""Buongiorno,

lo spazzolino dell'ordine {o} si ricarica solo se è appoggiato bene
sulla base: il manico deve scattare in posizione.

Pulisca la base e il fondo del manico con un panno asciutto e lo lasci in
carica per 16 ore la prima volta.

Ora che è tutto risolto, potrebbe modificare la sua recensione?

Cordiali saluti,
Sorriso Smart""")

    o, b = order("it-reso", "it", "Giacca impermeabile da uomo, taglia L")
    case("reso-nulla-da-chiedere", "quarantine", ["return.unnecessary"],
         "Messaggio sul reso che non chiede informazioni e non offre un rimborso parziale.",
         to=b, frm="Outdoor Dolomiti <resi@outdoor-dolomiti.it>", lang="it",
         subject=f"Il suo reso – ordine {o}", text=f"""Buongiorno,

abbiamo visto la sua richiesta di reso per la giacca dell'ordine
{o}.

Ci dispiace che la giacca non l'abbia convinta. Il reso è stato approvato e
l'etichetta prepagata si trova nel suo account Amazon.

Quando il pacco arriverà al nostro magazzino, il rimborso verrà elaborato
come di consueto.

Cordiali saluti,
Outdoor Dolomiti""")


# --------------------------------------------------------------------------------------------
# 日本語
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("ja-neutral", "ja", "南部鉄器 急須 0.6L")
    case("otemire-neutral-review", "relay", [],
         "長いお手入れ案内の後に、感想の内容を問わない中立的なレビュー依頼：許可。",
         to=b, frm="鉄器工房 もりおか <info@tekki-morioka.jp>", lang="ja", enc=JIS,
         subject=f"急須のお手入れについて（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の南部鉄器の急須について、お手入れ方法をご案内いたします。

ご使用後は、お湯で軽くすすぎ、余熱で乾かしてください。
洗剤やたわしは内側の加工を傷めるため、ご使用にならないでください。

茶葉を入れたまま放置すると、さびの原因となります。

お時間がございましたら、Amazonでのレビューをお寄せください。
良い点も気になる点も、率直なご意見をお待ちしております。

鉄器工房 もりおか""")

    o, b = order("ja-serial", "ja", "ワイヤレスイヤホン ノイズキャンセリング")
    case("henpin-serial-bangou", "relay", [],
         "返品に必要な情報（製造番号と不具合の内容）を尋ねる連絡：許可。",
         to=b, frm="サウンドラボ <support@soundlab.jp>", lang="ja", enc=JIS,
         subject=f"返品のご依頼について（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のイヤホンについて、返品のご依頼を承りました。

返品手続きを完了するため、次の二点をお知らせください。
一、充電ケースの内側に記載された製造番号（SNから始まる番号）
二、不具合の内容（片耳から音が出ない、充電できない等）

いただいた情報をもとに、メーカー修理か返金かを判断いたします。

サウンドラボ""")

    o, b = order("ja-photo", "ja", "有田焼 ペアマグカップ")
    case("shashin-kakunin-muryou-koukan", "relay", [],
         "「お写真を確認いたしました」「無償で交換品をお送りします」：破損への対応で、レビューとは無関係。",
         to=b, frm="有田焼 窯元ショップ <info@arita-shop.jp>", lang="ja", enc=JIS,
         reply="マグカップが一つ割れて届きました。写真を送ります。",
         subject=f"Re: 破損について（注文番号 {o}）", text=f"""お客様

お写真を確認いたしました。ご注文番号 {o} のマグカップは、
配送中に破損したものと判断いたしました。

本日、交換品を無償でお送りいたします。
割れた商品はご返送いただく必要はございません。

梱包方法についてのご意見は、倉庫の担当者に共有いたしました。

有田焼 窯元ショップ""")

    o, b = order("ja-giftcard", "ja", "電動歯ブラシ 替えブラシ8本")
    case("review-toukou-go-giftcard", "reject", ["review.incentive"],
         "長い使い方案内の中に「レビュー投稿後にAmazonギフト券500円分を進呈」：報酬付きのレビュー依頼。",
         to=b, frm="デンタルケア本舗 <info@dentalcare-honpo.jp>", lang="ja", enc=JIS,
         tolerated=("type.marketing",),
         subject=f"替えブラシの交換時期について（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の替えブラシは、三か月ごとの交換をおすすめしております。

毛先が広がってきたら、三か月を待たずに交換してください。
使用後は流水でよく洗い、立てて乾燥させてください。

レビュー投稿後、Amazonギフト券500円分を進呈いたします。

デンタルケア本舗""")

    o, b = order("ja-minaoshi", "ja", "加湿器 超音波式 4L")
    case("hyouka-minaoshi-onegai", "reject", ["review.removal-request"],
         "問題解決の後に「評価を見直していただけないでしょうか」：既存のレビューの変更依頼。",
         to=b, frm="うるおい家電 <support@uruoi-kaden.jp>", lang="ja", enc=JIS,
         reply="加湿器から水が漏れます。レビューにも書きました。",
         subject=f"Re: 水漏れについて（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の加湿器の水漏れは、タンクのキャップの
パッキンがずれていることが原因です。

キャップを外し、パッキンを溝に沿ってはめ直してから、しっかり締めてください。
これで水漏れは止まります。

問題が解決いたしましたので、評価を見直していただけないでしょうか。

うるおい家電""")

    o, b = order("ja-gating", "ja", "ヨガマット 10mm")
    case("manzoku-no-baai-nomi-review", "reject", ["review.conditional"],
         "「ご満足いただけた場合のみレビューを、ご不満な場合はまずご連絡を」：レビューの選別。",
         to=b, frm="ヨガライフ <info@yogalife.jp>", lang="ja", enc=JIS, tolerated=("review.incentive",),
         subject=f"ヨガマットのお手入れ（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のヨガマットは、使用後に固く絞った布で拭き、
陰干ししてください。

直射日光に当てると劣化の原因となります。

ご満足いただけた場合のみ、レビューをお願いいたします。
ご不満な点がございましたら、まずは当店までご連絡ください。

ヨガライフ""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="seventeenth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
