#!/usr/bin/env python3
"""Build the twenty-third labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_twentythird/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. All English, across amazon.com, .co.uk, .ca, .com.au, .in and
.sg: US, British, Canadian, Australian, Indian and Singaporean English spellings and idioms. Angle: the heuristic
rules of RULES.md section C and content.sensitive as real sellers and helpdesk macros write them (terse one-liners,
long chatty notes, bullet lists, signature taglines, P.S. lines), half compliant near-misses, half violations.
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
    lang_counts,
    mail_date,
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

_rnd = random.Random(23_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "ca": "70", "com.au": "25", "in": "40", "sg": "50"}
_TLD = {"en": "com"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T10:00:00Z", shipped="2026-06-02T08:00:00Z",
                 delivered="2026-06-05T12:00:00Z")
ORDERS = BOOK.rows
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-11T09:00:00Z"}
PENDING = {"shipped": "", "delivered": "", "purchased": "2026-06-12T16:00:00Z"}
RECENT = {"purchased": "2026-06-08T10:00:00Z", "shipped": "2026-06-09T08:00:00Z", "delivered": "2026-06-11T12:00:00Z"}

HEURISTIC = ["type.order-confirmation", "type.thank-you-only", "type.marketing", "review.incentive",
             "review.removal-request", "review.conditional", "order-problem.cancellation-request",
             "order-problem.no-adjustment", "return.unnecessary", "content.sensitive", "link.opt-out"]
OTHER = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "language.mismatch",
         "content.email-address", "content.phone-number", "link.external", "link.insecure", "style.emoji",
         "style.line-breaks", "attachment.not-allowed"]


def order(key: str, tld: str, title: str, **dates) -> tuple[str, str]:
    return BOOK.add(key, "en", title, tld=tld, **dates)


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str, text: str,
         day: int = 14, reply: str = "", tolerated: tuple[str, ...] = (), html: bool = False,
         html_only: bool = False, cte: str = "quoted-printable", crlf: bool = False, attach=()) -> None:
    """One case. Every heuristic rule of section C (and the mechanical rules in OTHER) not named in `rules`
    or `tolerated` must stay silent. `reply` is the buyer's quoted question: the message then answers a buyer
    (In-Reply-To / References)."""
    hdrs = reply_headers(f"0100019b.e23.{slug[:24]}") if reply else []
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = text.strip("\n") + "\n"
    if reply:
        body += "\nOn " + mail_date(day - 1, "21:04:00") + ", Amazon customer wrote:\n" + quote(reply) + "\n"
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*HEURISTIC, *OTHER) if r not in rules and r not in tol]
    kw: dict = {"cte": cte, "headers": hdrs, "attach": attach}
    if html_only:
        kw["html"] = page(text2html(body))
    elif html:
        kw["text"] = body
        kw["html"] = page(text2html(body))
    else:
        kw["text"] = body
    msg = mk(frm, to, subject, mail_date(day, f"{8 + len(CASE_LIST) % 9:02d}:{len(slug) % 60:02d}:00"),
             f"<e23.{slug}@{dom}>", **kw)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, crlf=crlf, lang="en")


SECTION_C = ("review.incentive", "type.marketing")


# --------------------------------------------------------------------------------------------
# Compliant near-misses
# --------------------------------------------------------------------------------------------

def compliant() -> None:
    o, b = order("oos-us", "com", "Cast Iron Dutch Oven 5.5 qt, Cherry Red", **OOS)
    case("oos-refunded-in-full-us", "relay", [],
         "Out of stock with the adjustment confirmed and the reason given: exactly what the guideline asks for.",
         to=b, frm="Hearthstone Cookware <orders@hearthstonecookware.com>", subject=f"About your order {o}",
         text=f"""Hi,

We're sorry to let you know that the Cherry Red Dutch Oven from order {o}
is out of stock: the last units were damaged in our warehouse and the next
batch will not arrive for several months.

Because we can't ship it, we have refunded your payment in full (USD 79.99)
and adjusted the order with the reason "no inventory". The refund appears on
your statement within 3-5 business days.

We apologize for the inconvenience.

Hearthstone Cookware
Making your kitchen happier since 1998""")

    o, b = order("oos-in", "in", "Pure Silk Kanjivaram Saree, Maroon", **OOS)
    case("oos-cancelled-refunded-indian-english", "relay", [],
         "The seller cancelled and refunded the full amount because of stock unavailability and says so; it does "
         "not ask the buyer to cancel.",
         to=b, frm="Sri Lakshmi Silks <care@srilakshmisilks.in>", subject=f"Order {o} - stock unavailability",
         html=True, text=f"""Dear Customer,

Greetings from Sri Lakshmi Silks!

This is to inform you that the maroon Kanjivaram saree of your order {o}
is unfortunately not available in stock due to a weaving defect found during
quality check. Hence we are unable to dispatch the same.

We have already cancelled the order from our end and the full amount of
Rs. 8,450 has been refunded to your original payment method (reason: no
inventory). It will reflect in your account within 5-7 working days.

We sincerely regret the inconvenience caused.

Thanks & Regards,
Team Sri Lakshmi Silks""")

    o, b = order("backorder-uk", "co.uk", "Enamel Teapot 1.2 L, Duck Egg Blue", **OOS)
    case("backorder-wait-or-we-cancel-uk", "relay", [],
         "A delay notice (restock on a date, the seller can fulfil) that lets the buyer decide and offers to "
         "cancel and refund for them: the guideline's delay case, not a request to submit a cancellation.",
         to=b, frm="Rosewell & Daughters <shop@rosewellanddaughters.co.uk>",
         subject=f"Short delay on your teapot - order {o}", text=f"""Hello,

A quick note about your duck egg blue teapot (order {o}). Our supplier's
delivery has slipped by a fortnight, so we now expect to dispatch it on
Monday 29 June rather than this week.

Would you prefer to wait for it, or shall we cancel the order and refund you
in full ourselves? Either is absolutely fine - just reply and let us know.
If we don't hear from you, we'll send it as soon as it lands.

Very sorry for the wait,
Clara
Rosewell & Daughters""")

    o, b = order("partial-ca", "ca", "Glass Food Storage Set, 3 containers with lids", **RECENT)
    case("partial-shipment-lid-refunded-ca", "relay", [],
         "The message is about a part that cannot ship, with its refund confirmed and the reason; the dispatch "
         "of the rest is context, not a dispatch confirmation.",
         to=b, frm="Maple Pantry <help@maplepantry.ca>", subject=f"One part of order {o}", text=f"""Hello,

We're writing about order {o}. The large container's lid turned out to
be defective across our whole batch (the seal doesn't close), so we couldn't
include it in the parcel.

We have refunded CDN$12.99 for the missing lid to your original payment
method; the order amount was adjusted with the reason "could not ship". The
rest of the set is unaffected.

Sorry about that, and thank you for your patience.

Maple Pantry""")

    o, b = order("tracking-au", "com.au", "Camping Swag, Single, Canvas")
    case("reply-with-tracking-au", "relay", [],
         "Answers the buyer's 'where's my parcel?' with the tracking number: a reply, so type.order-confirmation "
         "does not apply.",
         to=b, frm="Outback Gear Co <hello@outbackgearco.com.au>", subject=f"Re: Where's my swag? Order {o}",
         reply="G'day, my swag hasn't turned up yet, any idea where it is?",
         text=f"""G'day,

No worries, it's on its way. It went out with Australia Post on Tuesday,
tracking number 33LPB5012345 (order {o}). It was held up at the Sydney
depot with the rain but should be with you by Friday arvo.

Cheers mate,
Jonno - Outback Gear Co""")

    o, b = order("thanks-info-uk", "co.uk", "Electric Kettle 1.7 L, Brushed Steel", **RECENT)
    case("thanks-plus-descaling-info-uk", "relay", [],
         "Thanks plus one real piece of information (the kettle must be boiled and emptied twice before first "
         "use): something remains once the thanks are set aside.",
         to=b, frm="Brindle Home <hello@brindlehome.co.uk>", subject=f"Before you first use your kettle ({o})",
         text=f"""Hello,

Thank you for your order {o}.

One thing before you use the kettle: please fill it to the MAX line, boil
it and pour the water away, twice. This clears the manufacturing residue
from the element; the first boils can otherwise taste slightly metallic.

Kind regards,
Brindle Home""")

    o, b = order("rice-sg", "sg", "Micom Rice Cooker 1.0 L")
    case("thanks-plus-film-info-sg", "relay", [],
         "A thank-you with a real instruction (peel off the protective film on the inner pot).",
         to=b, frm="Kopi Home SG <support@kopihome.sg>", subject=f"Your rice cooker - order {o}",
         html_only=True, text=f"""Hi,

Thanks for buying our rice cooker (order {o}).

Please note the inner pot comes with a thin protective film on the outside.
Remove it before the first cook, otherwise it can scorch on the heating
plate and smell.

Regards,
Kopi Home SG""")

    o, b = order("care-ie", "co.uk", "Pre-seasoned Cast Iron Skillet 26 cm")
    case("care-instructions-delivered-skillet", "relay", [],
         "Care instructions for a delivered item, with a bullet list; no dispatch or order confirmation.",
         to=b, frm="Ironbridge Kitchen <care@ironbridgekitchen.co.uk>", subject=f"Looking after your skillet - {o}",
         text=f"""Hello,

Your skillet from order {o} arrived last week, so here is how to keep
the seasoning in good nick:

- rinse with hot water and a brush; a drop of washing-up liquid is fine
- dry it on the hob for a minute so no rust forms
- wipe a thin film of vegetable oil inside while it is still warm
- never leave it to soak or put it in the dishwasher

If a rusty spot appears, scrub it with wire wool and re-oil it.

Ironbridge Kitchen""")

    o, b = order("review-us", "com", "Bamboo Cutting Board Set of 3")
    case("neutral-review-request-us", "relay", [],
         "A plain review request for any experience, after care instructions: permitted.",
         to=b, frm="Greenleaf Kitchen <team@greenleafkitchen.com>", subject=f"Your cutting boards - order {o}",
         text=f"""Hi there,

Your bamboo boards from order {o} should have arrived by now. Oil them
with food-grade mineral oil once a month and they'll last for years.

If you have a moment, we'd appreciate a review of the boards on Amazon.
Whatever your experience was, it helps other shoppers decide.

Greenleaf Kitchen""")

    o, b = order("review-uk", "co.uk", "Wool Tartan Blanket, Throw Size")
    case("ever-so-grateful-honest-review-uk", "relay", [],
         "British understatement around a neutral request: 'honest thoughts, good or bad' is no gating and no "
         "persuasion.",
         to=b, frm="Glenmoor Mill <enquiries@glenmoormill.co.uk>", subject=f"Your tartan blanket ({o})",
         html=True, cte="base64", text=f"""Dear customer,

We hope the tartan blanket from order {o} is keeping you cosy. It can be
hand-washed in cool water with a wool detergent; please don't tumble dry it.

We'd be ever so grateful if you could spare a minute to share your honest
thoughts in a review on Amazon, good or bad.

With best wishes,
The Glenmoor Mill team""")

    o, b = order("review-au", "com.au", "Insulated Stubby Holders, 4 pack")
    case("no-worries-review-arvo-au", "relay", [],
         "Australian slang around a neutral review request; no condition and no reward.",
         to=b, frm="Sunburnt Country Co <g.day@sunburntcountry.com.au>", subject=f"Your stubby holders - {o}",
         text=f"""G'day,

Hope the stubby holders from order {o} are keeping the coldies cold.

If you've got a sec this arvo, we'd appreciate a review on Amazon telling
other folks how they went for you. No worries if not.

Cheers,
Shaz at Sunburnt Country Co""")

    o, b = order("review-separate-help", "com", "Electric Milk Frother, Handheld")
    case("help-offer-then-review-any-experience", "relay", [],
         "An offer of help and a review request for any experience, kept apart and not conditioned on "
         "satisfaction: not review gating.",
         to=b, frm="Crema Lab <support@cremalab.com>", subject=f"Getting the best foam - order {o}",
         text=f"""Hello,

A tip for your frother (order {o}): cold milk straight from the fridge
foams best, and whole or oat milk gives the thickest foam.

Should anything about the frother not work as it should, reply here and
we'll help.

Separately, you can leave a review of the frother on Amazon whenever you like,
whatever you think of it.

Crema Lab""")

    o, b = order("tagline-kitchen", "com", "Stand Mixer Dough Hook, Replacement")
    case("tagline-kitchen-happier-warranty-reply", "relay", [],
         "A warranty answer signed with a brand tagline; a tagline is no promotion, coupon or other product.",
         to=b, frm="Hearthstone Cookware <support@hearthstonecookware.com>",
         subject=f"Re: Dough hook - order {o}", reply="Does the dough hook fit the older 4.5 qt model?",
         text=f"""Hi,

Yes, the dough hook from order {o} fits the 4.5 qt tilt-head models made
after 2012. Older bowls have a narrower shaft, so if yours is from before
2012 the hook will wobble; in that case send us the model number from the
base and we'll check it.

Best,
Rob
--
Hearthstone Cookware
Making your kitchen happier since 1998""")

    o, b = order("tagline-five-star", "co.uk", "Three-Seater Sofa, Velvet, Bottle Green", **PENDING)
    case("tagline-five-star-service-delivery-slot", "relay", [],
         "Scheduling a bulky delivery, signed 'Five-star service, every time!': no review is requested, so the "
         "tagline neither persuades towards a positive review nor promotes anything.",
         to=b, frm="Lounge & Co Deliveries <deliveries@loungeandco.co.uk>",
         subject=f"Booking your sofa delivery - order {o}", html=True, text=f"""Hello,

Your velvet sofa (order {o}) is ready to leave our warehouse. As it's a
two-person delivery, we need to book a slot with you.

We can offer:
- Thursday 18 June, 8am-12pm
- Friday 19 June, 12pm-4pm
- Monday 22 June, 8am-12pm

Please reply with the slot that suits you, and let us know if there are any
narrow stairs or doorways.

Thanks,
Priya, Deliveries team
Lounge & Co - Five-star service, every time!""")

    o, b = order("hell-of-a-job", "com", "Solid Oak Dining Table, 8 Seater")
    case("hell-of-a-job-movers", "relay", [],
         "'The crew did a hell of a job' is an idiom of praise, not offensive or adult language.",
         cte="7bit", to=b, frm="Timberline Furniture <service@timberlinefurniture.com>",
         subject=f"Re: Table delivery - order {o}",
         reply="The movers were great, but one of the table legs has a small scuff. What can you do?",
         text=f"""Hi Mark,

Glad to hear it arrived! The crew told me it was a hell of a job getting
the top up your stairs, so thanks for your patience with them.

For the scuff on the leg (order {o}): we'll send a touch-up kit in the
matching oak stain free of charge. It goes out tomorrow by UPS.

Regards,
Dana, Timberline Furniture""")

    o, b = order("damn-fine", "com", "Conical Burr Coffee Grinder")
    case("damn-fine-espresso-grind", "relay", [],
         "'A damn fine espresso grind' is a mild intensifier in praise of the product, not offensive or adult "
         "language aimed at anyone.",
         to=b, frm="Bean Theory <help@beantheory.com>", subject=f"Re: Grinder settings - order {o}",
         reply="What setting should I use for espresso on the grinder?",
         text=f"""Hi,

For espresso, start at setting 4 on the grinder from order {o} and go one
step finer if the shot runs faster than 25 seconds. Once dialled in, it
makes a damn fine espresso grind.

Clean the burrs with the brush every two weeks.

Bean Theory""")

    o, b = order("spotted-dick", "co.uk", "Traditional Spotted Dick Sponge Pudding, 6 tins")
    case("spotted-dick-allergens-uk", "relay", [],
         "'Spotted dick' is the name of the ordered pudding; an allergen answer is no offensive language.",
         to=b, frm="Grandma Hollis Puddings <hello@grandmahollis.co.uk>",
         subject=f"Re: Allergens in the spotted dick - order {o}",
         reply="Does the spotted dick contain nuts? My son has an allergy.",
         text=f"""Hello,

Thank you for checking. Our spotted dick (order {o}) contains wheat,
milk and egg, and no nuts. It is made in a kitchen that does not handle
nuts at all, so there is no cross-contact either.

Kind regards,
Margaret Hollis""")

    o, b = order("stopcock", "co.uk", "Cistern Fill Valve with Float, Side Entry")
    case("stopcock-ballcock-fitting", "relay", [],
         "Plumbing words (stopcock, ballcock) in fitting instructions are not adult language.",
         crlf=True, cte="7bit", to=b, frm="Flowright Plumbing Supplies <help@flowright.co.uk>",
         subject=f"Re: Fitting the fill valve - order {o}",
         reply="Do I need to replace the old ballcock completely?",
         text=f"""Hi,

Yes, the fill valve from order {o} replaces the old ballcock completely.

1. Turn off the stopcock under the sink or at the isolating valve.
2. Flush to empty the cistern and unscrew the old valve's back nut.
3. Fit the new valve with the supplied washer, hand-tight plus a quarter turn.
4. Turn the water back on and set the float height with the adjuster.

Cheers,
Steve, Flowright""")

    o, b = order("nestbox", "co.uk", "Wooden Bird Nest Box, 25 mm hole")
    case("blue-tit-nest-box", "relay", [],
         "'Blue tits and great tits' are birds; a mounting answer for a nest box.",
         to=b, frm="Hedgerow Wildlife <info@hedgerowwildlife.co.uk>", subject=f"Re: Where to hang it? ({o})",
         reply="Where is the best place to put the nest box?",
         text=f"""Hello,

The 25 mm hole of the box from order {o} suits blue tits, coal tits and
great tits. Fix it 2-4 metres up a tree or wall, facing between north and
east so it stays out of strong sun and the prevailing wind.

Clean it out in October with boiling water, never during the nesting season.

Best wishes,
Hedgerow Wildlife""")

    o, b = order("shag-pile", "com.au", "Shag Pile Rug, 160 x 230 cm, Ivory")
    case("shag-pile-rug-care-au", "relay", [],
         "'Shag pile' is the type of rug bought; care advice is not adult language.",
         to=b, frm="Bondi Living <help@bondiliving.com.au>", subject=f"Re: Shedding rug - order {o}",
         reply="My new rug is shedding everywhere, is that normal?",
         text=f"""Hi,

Yes, that's normal for a new shag pile rug (order {o}). Loose fibres
from the cutting come out in the first few weeks. Vacuum it with the
beater bar off, or shake it outside, and the shedding stops after about a
month.

Cheers,
Mel - Bondi Living""")

    o, b = order("scunthorpe", "co.uk", "Steel Garden Shed 8 x 6 ft", **PENDING)
    case("scunthorpe-warehouse-delivery-day", "relay", [],
         "Delivery scheduling from a warehouse in Scunthorpe; the town name is not offensive language.",
         to=b, frm="Yardmaster Direct <dispatch@yardmasterdirect.co.uk>",
         subject=f"Delivery day for your shed - order {o}", text=f"""Dear customer,

Your shed (order {o}) is packed at our Scunthorpe warehouse. The flat-pack
is 2.1 metres long and weighs 68 kg, so our driver needs someone at home to
help carry it.

Could you tell us which of these days suits you: Wednesday 17 June or
Thursday 18 June? Deliveries are between 7am and 6pm.

Yours faithfully,
Yardmaster Direct""")

    o, b = order("return-reason-uk", "co.uk", "Glass Electric Kettle 1.7 L with LED")
    case("return-ask-reason-photo-uk", "relay", [],
         "A return follow-up that asks for the information needed (the reason and a photo of the base).",
         to=b, frm="Brindle Home <returns@brindlehome.co.uk>", subject=f"Your return request - order {o}",
         text=f"""Hello,

We've received your return request for the glass kettle from order {o}.

To complete it, could you tell us what went wrong? Was the kettle faulty
(for example, not switching off or leaking), or just not what you expected?
If it's a fault, a photo of the base plate would help us work out whether
the whole unit or only the base is affected.

Many thanks,
Brindle Home Returns""")

    o, b = order("return-partial-in", "in", "Cotton Printed Kurta Set, Size L")
    case("return-partial-refund-offer-in", "relay", [],
         "A return follow-up offering a partial refund to keep the item: permitted by the guideline.",
         to=b, frm="Jaipur Threads <support@jaipurthreads.in>", subject=f"Regarding your return - order {o}",
         html=True, text=f"""Dear Sir/Madam,

We have received your return request for the kurta set (order {o}) due to
a loose thread on the dupatta.

Instead of returning it, would you like to keep the set with a partial
refund of Rs. 350? If yes, kindly reply to this message and we will process
the refund immediately. If you still prefer to return it, that is also
fine and the pickup will be arranged as usual.

Regards,
Team Jaipur Threads""")

    o, b = order("return-keep-30", "com", "LED Desk Lamp with USB Port")
    case("please-keep-it-refund-30-percent", "relay", [],
         "'Please don't return it, we'll refund 30% and you keep it' offers a partial refund for the return: "
         "permitted.",
         to=b, frm="Lumio Lighting <care@lumiolighting.com>", subject=f"Your return - order {o}",
         text=f"""Hi,

Saw your return request for the desk lamp (order {o}) because of the
scratch on the arm. Sorry about that.

If it still works fine for you, no need to send it back: we can refund 30%
of the price and you keep the lamp. Would that work for you?

Thanks,
Lumio Lighting""")

    o, b = order("return-how-reply", "ca", "Down Parka, Men's, Size M")
    case("reply-how-to-return-ca", "relay", [],
         "A reply to the buyer's question about returning, with instructions: return.unnecessary applies to "
         "proactive messages only.",
         to=b, frm="Northern Peaks Outfitters <service@northernpeaks.ca>",
         subject=f"Re: Returning my parka - order {o}",
         reply="The parka is too big. How do I return it?",
         text=f"""Hi,

Sorry the parka doesn't fit. To return it, go to Your Orders on Amazon,
select order {o} and choose "Return or replace items"; the prepaid label
is generated there. Please send it back with the tags still on.

Northern Peaks Outfitters""")

    o, b = order("cancel-reply", "com", "Robot Vacuum with Mop", **PENDING)
    case("reply-changed-mind-cancel-how", "relay", [],
         "The buyer changed their mind and asks how to cancel; the item is in stock, so explaining how to cancel "
         "is not an out-of-stock cancellation request.",
         to=b, frm="Sweepwise <support@sweepwise.com>", subject=f"Re: Cancel my order {o}",
         reply="I ordered the wrong model, can I cancel?",
         text=f"""Hi,

No problem. Order {o} hasn't shipped yet, so you can cancel it yourself:
Your Orders > Cancel items. The refund goes back automatically.

Sweepwise Support""")

    o, b = order("review-vocab-sg", "sg", "Air Purifier HEPA H13, 40 m2")
    case("reviewed-photos-under-review-sg", "relay", [],
         "'We reviewed your photos', 'under review' and 'feedback to our product team' are not review requests.",
         to=b, frm="Breathe Easy SG <care@breatheeasy.sg>", subject=f"Re: Noisy purifier - order {o}",
         reply="The purifier makes a rattling sound on high speed. Photos attached.",
         text=f"""Hi,

Thank you for the photos. We reviewed them with our technician: the noise
comes from the filter sitting loose in its frame (order {o}). Please
take the filter out, turn it so the tab faces up, and push it in until it
clicks.

Your case is still under review with the manufacturer, and we've passed your
feedback on the filter tab to our product team.

Regards,
Breathe Easy SG""")

    o, b = order("free-replacement", "com.au", "Kids' Scooter, 3 Wheel, Blue")
    case("free-replacement-part-no-review-au", "relay", [],
         "A free replacement for a faulty part, with no review request anywhere: not an incentive.",
         to=b, frm="Little Legends Toys <help@littlelegends.com.au>", subject=f"Re: Broken wheel - {o}",
         reply="One of the front wheels cracked after a week.",
         text=f"""Hi there,

Sorry to hear about the wheel. We're sending a replacement front wheel
free of charge for order {o}; it should arrive early next week.

Undo the axle bolt with the supplied hex key, swap the wheel, and tighten
the bolt until the wheel spins without wobbling.

Little Legends Toys""")

    o, b = order("needful", "in", "Wooden Wardrobe 3 Door, Walnut Finish", **PENDING)
    case("kindly-do-the-needful-address-in", "relay", [],
         "Indian English asking for the landmark and a delivery time for a bulky item: information required to "
         "deliver; no section C rule applies.",
         to=b, frm="Shree Furniture House <delivery@shreefurniture.in>",
         subject=f"Delivery details required for order {o}", text=f"""Dear Customer,

Greetings of the day!

Your wardrobe (order {o}) is ready for delivery. As it is a large item, our
delivery partner needs the following details:

1. A nearby landmark for your address
2. The floor number and whether a lift is available
3. A suitable delivery time (morning or evening)

Kindly do the needful and revert back at the earliest so that we can
schedule the delivery.

Thanks and regards,
Shree Furniture House""")

    o, b = order("gst-invoice", "in", "Office Chair Ergonomic, Mesh Back")
    case("gst-invoice-attached-in", "relay", [],
         "Sending the GST invoice the buyer needs (a PDF): sending an invoice is a permitted message, not an order "
         "confirmation.",
         to=b, frm="Ergo Seating India <accounts@ergoseating.in>", subject=f"GST invoice for order {o}",
         attach=[(make_pdf(f"Tax Invoice {o}", ["TAX INVOICE", f"Order {o}", "Office Chair Ergonomic",
                                                 "Taxable value Rs. 7,203.39", "IGST 18% Rs. 1,296.61",
                                                 "Total Rs. 8,500.00"], producer="Ergo Seating Billing"),
                  "application", "pdf", "GST-Invoice-EGS-2291.pdf")],
         text=f"""Dear Customer,

Please find attached the GST tax invoice for your order {o}, with our GSTIN,
so that you can claim input tax credit.

Regards,
Accounts Team, Ergo Seating India""")

    o, b = order("while-you-wait", "co.uk", "Blender Glass Jug 1.5 L, Replacement", **RECENT)
    case("while-you-wait-use-small-jug-uk", "relay", [],
         "'While you wait' and 'you may also' give usage advice for the ordered item, not other products or "
         "promotions.",
         to=b, frm="Whizz Appliances <help@whizzappliances.co.uk>", subject=f"Re: Cracked jug - order {o}",
         reply="The new jug has a hairline crack near the handle.",
         text=f"""Hello,

So sorry about that. A new jug for order {o} goes out today by Royal
Mail Tracked 48.

While you wait, you can still use the blender with the small personal
blending cup. You may also find it helps to keep the cracked jug for
dry ingredients only; please don't use it with hot liquids.

Best regards,
Whizz Appliances""")

    o, b = order("saw-review", "ca", "Heated Blanket, Queen, Dual Control")
    case("saw-your-review-replacement-ca", "relay", [],
         "The seller answers a buyer who mentioned a review, sending a replacement, and does not ask for the "
         "review to be changed or removed.",
         to=b, frm="Cozy North <care@cozynorth.ca>", subject=f"Re: Controller not working - order {o}",
         reply="One side of the blanket doesn't heat. I mentioned it in my review too.",
         text=f"""Hi,

Thanks for letting us know, and sorry about the controller. A new
controller for order {o} is on its way by Canada Post and should arrive
within 3 business days. Plug it into the left connector, under the flap.

Your review is yours to write as you see fit; we only want the blanket
working for you.

Cozy North""")

    o, b = order("sister-warranty", "com", "Portable Power Station 500 Wh")
    case("sister-company-handles-warranty", "relay", [],
         "Naming the sister company that handles warranty repairs of the bought item is order help, not a "
         "promotion of another brand.",
         to=b, frm="Voltix Energy <support@voltixenergy.com>", subject=f"Re: Warranty repair - order {o}",
         reply="The power station stopped charging from the wall. How do I get it repaired?",
         text=f"""Hi,

Sorry about that. Warranty repairs for the power station from order {o}
are handled by our sister company, Voltix Service Center, in Reno. Reply with
the serial number (on the label under the handle) and we will open the
repair ticket with them and send you a prepaid shipping label.

Voltix Energy""")


# --------------------------------------------------------------------------------------------
# Violations
# --------------------------------------------------------------------------------------------

def violations() -> None:
    # ---- order-problem.no-adjustment / cancellation-request ----
    o, b = order("oos-promised", "com", "Ceramic Pour-Over Coffee Dripper", **OOS)
    case("oos-refund-only-promised-us", "quarantine", ["order-problem.no-adjustment"],
         "Out of stock, and the refund is only promised ('we will sort out the refund'), not confirmed as done.",
         to=b, frm="Bean Theory <orders@beantheory.com>", subject=f"Order {o} update", text=f"""Hi,

Unfortunately the ceramic dripper from order {o} is out of stock and we
won't be able to ship it. We will sort out the refund for you in the next
few days.

Sorry for the trouble,
Bean Theory""")

    o, b = order("oos-none-in", "in", "Stainless Steel Pressure Cooker 5 L", **OOS)
    case("oos-regret-no-refund-mention-in", "quarantine", ["order-problem.no-adjustment"],
         "Stock unavailability with no word about an adjustment or refund.",
         to=b, frm="Annapurna Kitchenware <care@annapurnakitchen.in>",
         subject=f"Order {o} - item not available", text=f"""Dear Customer,

Greetings from Annapurna Kitchenware.

We regret to inform you that the pressure cooker ordered by you (order
{o}) is currently not available in stock and we are unable to ship the
same. We regret the inconvenience caused and request you to kindly bear with
us.

Thanks & Regards,
Annapurna Kitchenware""")

    o, b = order("oos-refund-initiated-later", "sg", "Bluetooth Speaker, Waterproof", **OOS)
    case("oos-refund-to-be-initiated-sg", "quarantine", ["order-problem.no-adjustment"],
         "'The refund will be initiated within 3 working days': a promise, not a confirmation that the order "
         "amount was adjusted.",
         to=b, frm="SoundBay SG <orders@soundbay.sg>", subject=f"Unable to fulfil order {o}", html=True,
         text=f"""Hi,

We are sorry, the Bluetooth speaker in order {o} is sold out at our supplier
and we cannot fulfil it.

The refund will be initiated within 3 working days.

Regards,
SoundBay SG""")

    o, b = order("oos-cancel-us", "com", "Kids' Wooden Kitchen Playset", **OOS)
    case("oos-please-cancel-from-your-end-us", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Out of stock, asks the buyer to cancel the order themselves, and confirms no refund.",
         to=b, frm="Tiny Chefs Toys <hello@tinychefstoys.com>", subject=f"Order {o}", text=f"""Hello,

Unfortunately we've run out of stock of the wooden kitchen playset (order
{o}). Please cancel the order from your Amazon account so you're not
charged.

Tiny Chefs Toys""")

    o, b = order("oos-cancel-in", "in", "Smart LED TV 43 inch, 4K", **OOS)
    case("oos-kindly-raise-cancellation-in", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "'Kindly raise a cancellation request from your end so that the refund can be initiated' while out of "
         "stock.",
         crlf=True, to=b, frm="Digital Bazaar <support@digitalbazaar.in>", subject=f"Regarding your order {o}",
         html=True, text=f"""Dear Valued Customer,

Greetings from Digital Bazaar!

This is to inform you that the product ordered by you (order {o}) is out of
stock due to high demand. Kindly raise a cancellation request from your end
so that the refund can be initiated at the earliest.

Kindly do the needful.

Thanks & Regards,
Digital Bazaar Support Team""")

    o, b = order("oos-cancel-au", "com.au", "Weber-Style Kettle BBQ 57 cm", **OOS)
    case("oos-hit-cancel-refund-au", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Out of stock; 'hit cancel on your end and the refund will come through': a cancellation request, and "
         "no adjustment confirmed.",
         to=b, frm="Backyard Barbies Australia <orders@backyardbarbies.com.au>", subject=f"Your BBQ - order {o}",
         text=f"""G'day,

Bad news I'm afraid, mate: the kettle BBQ (order {o}) has sold out and
our supplier can't get more in till spring.

If you hit cancel on the order in your Amazon account, the refund will come
through automatically. Sorry for the hassle.

Cheers,
Davo""")

    o, b = order("oos-choice-cancel-yourself", "co.uk", "Linen Duvet Cover, King, Sage", **OOS)
    case("oos-no-restock-wait-or-cancel-yourself-uk", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Out of stock with no restock date and the buyer is asked to cancel via Your Orders if they won't wait: "
         "a request to submit a cancellation, and no adjustment confirmed.",
         to=b, frm="Sage & Stone Linens <hello@sageandstone.co.uk>", subject=f"Your duvet cover - order {o}",
         text=f"""Hello,

I'm afraid the sage linen duvet cover (order {o}) is out of stock and
the mill can't give us a date for the next batch.

Would you like to wait for the restock, or would you rather cancel? If
you'd rather cancel, please request the cancellation in Your Orders and
Amazon will refund you.

With apologies,
Harriet""")

    # ---- type.order-confirmation ----
    o, b = order("dispatch-uk", "co.uk", "Merino Wool Throw, Oatmeal", **RECENT)
    case("dispatch-note-with-care-tip-uk", "quarantine", ["type.order-confirmation"],
         "'Your order has been dispatched' with the carrier and tracking number: a dispatch confirmation; the "
         "care tip at the end does not change its purpose.",
         to=b, frm="Glenmoor Mill <orders@glenmoormill.co.uk>", subject=f"Your order {o} has been dispatched",
         html=True, text=f"""Dear customer,

Good news: your order {o} has been dispatched today with Royal Mail
Tracked 24. Tracking number: QF123456789GB. It should arrive within 1-2
working days.

Care tip: hand-wash your throw in cool water and dry it flat.

The Glenmoor Mill team""")

    o, b = order("order-received", "com", "Yoga Mat 6 mm, Non-Slip", **PENDING)
    case("order-received-getting-ready-us", "quarantine", ["type.order-confirmation"],
         "Confirms the order was received and is being prepared: an order confirmation.",
         to=b, frm="Flowstate Yoga <orders@flowstateyoga.com>", subject=f"We've got your order {o}!",
         tolerated=("type.thank-you-only",), text=f"""Hi there,

Thanks for your order! We've received order {o} and our team is
getting it ready to ship. You'll get another update when it's on its way.

Namaste,
Flowstate Yoga""")

    o, b = order("partial-dispatch-ca", "ca", "Hockey Equipment Bag + Stick Set", **RECENT)
    case("partial-dispatch-tracking-ca", "quarantine", ["type.order-confirmation"],
         "'The first part of your order shipped today, tracking ...; the rest ships tomorrow': a dispatch "
         "confirmation with nothing wrong with the order.",
         to=b, frm="True North Hockey <ship@truenorthhockey.ca>", subject=f"Shipping update for order {o}",
         text=f"""Hi,

The first part of your order {o} (the equipment bag) shipped today with
Canada Post, tracking 7023 4451 0098 8812. The stick set ships separately
tomorrow from our Mississauga warehouse.

True North Hockey""")

    o, b = order("out-for-delivery-in", "in", "Mixer Grinder 750 W, 3 Jars", **RECENT)
    case("shipped-via-courier-awb-in", "quarantine", ["type.order-confirmation"],
         "Indian English dispatch notice with the AWB number and expected delivery date: a shipment "
         "confirmation.",
         to=b, frm="Kitchen Mart India <dispatch@kitchenmart.in>", subject=f"Order {o} shipped",
         text=f"""Dear Customer,

Greetings! Your order {o} for the mixer grinder has been shipped via Blue
Dart, AWB no. 77812345690. Expected delivery is by 17 June.

Thanks & Regards,
Kitchen Mart India""")

    # ---- type.thank-you-only ----
    o, b = order("thanks-au", "com.au", "Beach Umbrella 2 m, UPF 50+")
    case("cheers-for-your-order-mate-au", "quarantine", ["type.thank-you-only"],
         "Only thanks and an offer of help, with a tagline; nothing else.",
         to=b, frm="Sunburnt Country Co <g.day@sunburntcountry.com.au>", subject=f"Cheers! Order {o}",
         text=f"""G'day,

Cheers for your order ({o}), mate - we really appreciate it. If anything
comes up, no worries, just flick us a message and we'll sort it.

Shaz at Sunburnt Country Co
Aussie made, Aussie tough""")

    o, b = order("thanks-in", "in", "Copper Water Bottle 1 L")
    case("thank-you-revert-back-in", "quarantine", ["type.thank-you-only"],
         "Thanks for shopping and 'for any queries kindly revert back': thank you and here to help only.",
         to=b, frm="Tamra Living <care@tamraliving.in>", subject=f"Thank you for your order {o}",
         html_only=True, text=f"""Dear Customer,

Thank you for shopping with Tamra Living! We truly value your trust in us
(order {o}).

For any queries, kindly revert back to this message. We are always happy
to help.

Warm Regards,
Team Tamra Living""")

    o, b = order("thanks-uk-long", "co.uk", "Hand-Thrown Stoneware Mug Set of 4")
    case("ever-so-long-thank-you-uk", "quarantine", ["type.thank-you-only"],
         "A long chatty note that only thanks the buyer, talks about the small business and offers help.",
         to=b, frm="Millpond Pottery <hello@millpondpottery.co.uk>", subject=f"A little note about order {o}",
         text=f"""Dear customer,

Just a quick note to say thank you ever so much for your order {o}. We're a
tiny pottery in a converted mill in Shropshire, and every single order
genuinely makes our week.

There are only three of us here, and one of us (that's Tom) gets terribly
excited every time the order bell goes off in the studio. So, on behalf of
Tom, Ellie and myself: thank you.

Should you ever need anything at all, do shout. We're always happy to help.

All the best,
Anna at Millpond Pottery""")

    o, b = order("thanks-us-oneliner", "com", "Silicone Baking Mats, 2 pack")
    case("thanks-oneliner-us", "quarantine", ["type.thank-you-only"],
         "A one-line thank you with the order number and nothing else.",
         crlf=True, to=b, frm="Golden Crumb Bakeware <team@goldencrumb.com>", subject=f"Thanks! ({o})",
         text=f"""Thanks so much for your order {o} - we're here if you need anything!

Golden Crumb Bakeware""")

    # ---- type.marketing ----
    o, b = order("while-youre-here", "com", "Cold Brew Coffee Maker 1.5 qt")
    case("ps-while-youre-here-new-range-us", "quarantine", ["type.marketing"],
         "A useful brewing tip with a P.S. promoting the seller's other products.",
         to=b, frm="Bean Theory <help@beantheory.com>", subject=f"Your cold brew maker - order {o}",
         text=f"""Hi,

For your cold brew maker (order {o}): use a coarse grind, about 1 cup of
coffee to 4 cups of water, and steep 14-18 hours in the fridge.

Bean Theory

P.S. While you're here, take a look at our new range of single-origin beans
in our Amazon store - the Ethiopian Yirgacheffe is a customer favourite.""")

    o, b = order("fancy-teapot", "co.uk", "Fine Bone China Teacup & Saucer, Rose")
    case("you-may-also-fancy-teapot-uk", "quarantine", ["type.marketing"],
         "'You may also fancy our matching teapot and milk jug': promotion of other products.",
         to=b, frm="Rosewell & Daughters <shop@rosewellanddaughters.co.uk>",
         subject=f"Caring for your bone china ({o})", text=f"""Hello,

A little care advice for your teacup from order {o}: hand-wash only, and
never put bone china in the microwave, as the gilded rim will spark.

You may also fancy the matching Rose teapot and milk jug, which complete
the set beautifully and are in stock now.

Warmest wishes,
Clara""")

    o, b = order("sister-brand", "ca", "Ceramic Table Lamp, Sage Green")
    case("check-out-our-sister-brand-ca", "quarantine", ["type.marketing"],
         "Recommends the seller's sister brand for matching products: promotion.",
         to=b, frm="Cozy North <care@cozynorth.ca>", subject=f"Your lamp - order {o}",
         html=True, text=f"""Hi,

The lamp from order {o} takes an E26 bulb up to 60 W; a warm white LED
(2700 K) looks best with the sage glaze.

Looking for matching cushions and throws? Check out our sister brand,
Hearth & Pine, on Amazon.ca - the whole collection is designed to go with
our lamps.

Cozy North""")

    o, b = order("code-next-order", "in", "Ayurvedic Herbal Hair Oil 200 ml")
    case("code-next-order-ten-percent-in", "quarantine", ["type.marketing"],
         "A discount code for the next order.",
         to=b, frm="Vedic Roots <care@vedicroots.in>", subject=f"How to use your hair oil - order {o}",
         text=f"""Dear Customer,

For best results with the hair oil (order {o}), warm 2 teaspoons slightly
and massage into the scalp, leave for one hour and wash with a mild shampoo.

As a token of our appreciation, use code VEDIC10 to get 10% off on your
next purchase from our store.

Regards,
Team Vedic Roots""")

    o, b = order("follow-insta", "sg", "Kaya Jam Gift Set, 3 jars")
    case("follow-us-on-instagram-sg", "quarantine", ["type.marketing"],
         "A storage tip and a request to follow the shop on Instagram and Facebook.",
         to=b, frm="Kopi Home SG <support@kopihome.sg>", subject=f"Storing your kaya - order {o}",
         text=f"""Hi,

Please keep the kaya jars from order {o} in the fridge once opened and
finish them within 3 weeks.

Do follow us on Instagram and Facebook (Kopi Home SG) for recipes and new
flavours lah!

Kopi Home SG""")

    o, b = order("tagline-sale", "co.uk", "Loose Leaf Earl Grey Tea 250 g")
    case("signature-tagline-with-sale-uk", "quarantine", ["type.marketing"],
         "The signature's tagline advertises a sale on other products: promotion, not a mere slogan.",
         to=b, frm="The Tea Caddy <hello@theteacaddy.co.uk>", subject=f"Re: Brewing time - order {o}",
         reply="How long should I brew the Earl Grey?",
         text=f"""Hello,

For the Earl Grey from order {o}, use one teaspoon per cup and water just
off the boil; brew for 3 to 4 minutes.

Kind regards,
Edward
--
The Tea Caddy - 20% off all teapots and infusers this month in our Amazon store!""")

    # ---- review.incentive ----
    o, b = order("monthly-draw", "co.uk", "Garden Kneeler and Seat, Foldable")
    case("review-entered-into-monthly-draw-uk", "reject", ["review.incentive"],
         "Everyone who leaves a review is entered into a monthly prize draw: a review tied to a benefit.",
         to=b, frm="Greenfingers Direct <hello@greenfingersdirect.co.uk>", subject=f"Your garden kneeler ({o})",
         tolerated=("type.marketing",), text=f"""Hello,

We hope the garden kneeler from order {o} is saving your knees.

If you leave a review on Amazon, you'll be entered into our monthly draw
for a GBP 50 garden centre voucher. Winners are picked on the last Friday of
each month.

Happy gardening,
Greenfingers Direct""")

    o, b = order("loyalty-points", "in", "Steel Lunch Box 3 Tier, Insulated")
    case("review-loyalty-points-in", "reject", ["review.incentive"],
         "Loyalty points credited for a review.",
         to=b, frm="Tiffin Co <care@tiffinco.in>", subject=f"Share your review - order {o}",
         tolerated=("type.marketing",), html=True, text=f"""Dear Customer,

We hope you are enjoying the lunch box (order {o}).

Kindly share your valuable review on Amazon. Once your review is posted, 200
Tiffin Co loyalty points will be credited to your account, which you can use
on your next purchase.

Regards,
Team Tiffin Co""")

    o, b = order("vip-list", "com", "Wireless Earbuds, Noise Cancelling")
    case("reviewers-vip-list-early-access-us", "reject", ["review.incentive"],
         "Reviewers join a VIP list with early access to new products: a future benefit for a review.",
         to=b, frm="Sonic Drift <team@sonicdrift.com>", subject=f"Loving your earbuds? Order {o}",
         tolerated=("type.marketing",), text=f"""Hey!

Quick tip for your earbuds (order {o}): hold both buds for 5 seconds to
reset the pairing if one side drops out.

Also, everyone who reviews the earbuds on Amazon gets added to our VIP list,
with early access to new releases before anyone else.

Sonic Drift""")

    o, b = order("refund-shipping-au", "com.au", "Surf Wax Comb and Base Coat Kit")
    case("review-then-shipping-refunded-au", "reject", ["review.incentive"],
         "'Once your review's up, we'll refund your shipping': a refund tied to a review.",
         to=b, frm="Swell Supplies <hey@swellsupplies.com.au>", subject=f"Your surf kit - order {o}",
         text=f"""G'day,

Hope the wax kit (order {o}) is going well - base coat first on a clean
board, then top coat in small circles.

Chuck us a review on Amazon when you get a sec, and once it's up we'll
refund your shipping as a thank you.

Cheers,
The Swell crew""")

    o, b = order("five-stars-chuffed", "co.uk", "Bamboo Bath Caddy, Extendable")
    case("see-your-way-to-five-stars-uk", "reject", ["review.incentive"],
         "'If you could see your way to five stars, we'd be chuffed to bits': persuading towards a positive "
         "review.",
         to=b, frm="Calm Tub Co <hello@calmtub.co.uk>", subject=f"Your bath caddy ({o})", text=f"""Hello,

Hope the bath caddy from order {o} is getting plenty of use. Wipe it dry
after each bath and it'll stay mould-free.

If you could see your way to leaving us five stars on Amazon, we'd be
chuffed to bits.

Calm Tub Co""")

    o, b = order("tagline-steer", "com", "Memory Foam Pillow, Contour")
    case("review-with-tagline-make-it-ten-thousand-one", "reject", ["review.incentive"],
         "A review request with the tagline 'Rated 5 stars by 10,000 happy sleepers - help us make it 10,001!': "
         "it steers the requested review towards five stars.",
         to=b, frm="Dreamwell Sleep <care@dreamwellsleep.com>", subject=f"How's your new pillow? Order {o}",
         text=f"""Hi,

It takes about a week to get used to a contour pillow (order {o}), so give
it a few nights. The higher edge goes under your neck if you sleep on your
side.

When you're ready, we'd appreciate a review on Amazon.

Dreamwell Sleep
Rated 5 stars by 10,000 happy sleepers - help us make it 10,001!""")

    # ---- review.conditional ----
    o, b = order("tip-top", "co.uk", "Cordless Hedge Trimmer 20 V")
    case("if-everythings-tip-top-review-uk", "reject", ["review.conditional"],
         "'If everything's tip-top, a review would be lovely; if not, drop us a line first': review gating.",
         crlf=True, to=b, frm="Greenfingers Direct <hello@greenfingersdirect.co.uk>",
         subject=f"Your hedge trimmer ({o})", tolerated=("review.incentive",), text=f"""Hello,

Hope the hedge trimmer from order {o} is making short work of the hedges.
Charge the battery fully before first use and oil the blades after each
session.

If everything's tip-top, a quick review on Amazon would be lovely. If not,
drop us a line first and we'll put it right.

Greenfingers Direct""")

    o, b = order("chuffed", "co.uk", "Dog Raincoat, Reflective, Size M")
    case("should-you-be-chuffed-review-uk", "reject", ["review.conditional"],
         "'Should you be chuffed with it, do leave us a review': a review requested only after a positive "
         "experience.",
         to=b, frm="Muddy Paws Outfitters <woof@muddypaws.co.uk>", subject=f"Your dog's raincoat ({o})",
         tolerated=("review.incentive",), html=True, text=f"""Hello,

The raincoat from order {o} can go in the washing machine at 30 degrees;
fasten the Velcro first so it doesn't snag.

Should you be chuffed with it, do leave us a review on Amazon.

Muddy Paws Outfitters""")

    o, b = order("stoked", "com.au", "Bodyboard 42 inch with Leash")
    case("if-youre-stoked-chuck-us-a-review-au", "reject", ["review.conditional"],
         "'If you're stoked with it, chuck us a review; if not, flick us a message first': review gating.",
         to=b, frm="Swell Supplies <hey@swellsupplies.com.au>", subject=f"Your bodyboard - order {o}",
         tolerated=("review.incentive",), text=f"""G'day,

Rinse the bodyboard (order {o}) in fresh water after every surf and keep
it out of the sun in the car.

If you're stoked with it, chuck us a review on Amazon. If not, flick us a
message first and we'll make it right.

Cheers,
The Swell crew""")

    o, b = order("satisfied-in", "in", "Non-Stick Tawa 28 cm, Induction")
    case("if-satisfied-kindly-give-review-in", "reject", ["review.conditional"],
         "'If you are satisfied with our product, kindly give your valuable review': gating in Indian English.",
         to=b, frm="Annapurna Kitchenware <care@annapurnakitchen.in>", subject=f"Your tawa - order {o}",
         tolerated=("review.incentive",), text=f"""Dear Customer,

For long life of your tawa (order {o}), kindly use only wooden or silicone
spatulas and do not heat it empty on high flame.

If you are satisfied with our product, kindly give your valuable review on
Amazon. In case of any issue, kindly contact us first before giving review.

Thanks & Regards,
Annapurna Kitchenware""")

    o, b = order("bullet-gating", "ca", "Snow Shovel, Ergonomic, 24 inch")
    case("bullet-list-happy-vs-unhappy-ca", "reject", ["review.conditional"],
         "A helpdesk macro's bullet list: 'Happy? leave a review' / 'Not happy? contact us': review gating.",
         to=b, frm="True North Tools <help@truenorthtools.ca>", subject=f"How's the shovel? Order {o}",
         tolerated=("review.incentive",), html=True, text=f"""Hi,

Thanks for choosing our snow shovel (order {o}). A quick tip: a coat of
silicone spray on the blade stops wet snow from sticking.

How did we do?
- Happy with your shovel? Leave us a review on Amazon.
- Not happy? Reply to this message and we'll fix it first.

True North Tools""")

    # ---- review.removal-request ----
    o, b = order("frown", "com", "Pet Hair Remover Roller")
    case("turn-that-frown-upside-down-review-us", "reject", ["review.removal-request"],
         "'Is there anything we can do to turn that frown upside down on your review?': asking to change an "
         "existing review.",
         to=b, frm="Fuzzbuster <support@fuzzbuster.com>", subject=f"About your review - order {o}",
         text=f"""Hi,

We saw your 2-star review of the pet hair roller (order {o}) and we're
sorry it didn't pick up as much as you hoped. Emptying the chamber after
every few rolls makes a big difference.

Is there anything we can do to turn that frown upside down on your review?

Fuzzbuster""")

    o, b = order("revise-in", "in", "Electric Kettle 1.8 L, Stainless Steel")
    case("kindly-consider-revising-feedback-in", "reject", ["review.removal-request"],
         "After resolving the issue, 'kindly consider revising your feedback': asks to update existing feedback.",
         to=b, frm="HomeCraft India <support@homecraft.in>", subject=f"Re: Kettle issue - order {o}",
         reply="The kettle auto cut-off is not working. I have given negative feedback.",
         text=f"""Dear Sir,

We have shipped a replacement kettle for order {o} today and it will reach
you in 3-4 days. Kindly hand over the old kettle to the delivery person.

As your issue is now resolved, we humbly request you to kindly consider
revising your feedback.

Thanks & Regards,
HomeCraft India""")

    o, b = order("take-down-ca", "ca", "Insulated Winter Gloves, Women's")
    case("would-you-mind-taking-down-review-ca", "reject", ["review.removal-request"],
         "'Would you mind taking down the one-star review?' after a refund (the refund just given makes "
         "review.incentive a reasonable second reading).",
         to=b, frm="Northern Peaks Outfitters <service@northernpeaks.ca>",
         subject=f"Re: Gloves seam - order {o}", reply="The seam on the thumb split after two days.",
         tolerated=("review.incentive",),
         text=f"""Hi,

Sorry about the seam. We've refunded the gloves in full for order {o};
no need to send them back.

Since it's all sorted now, would you mind taking down the one-star review?
It would mean a lot to a small Canadian business.

Northern Peaks Outfitters""")

    o, b = order("update-stars-au", "com.au", "Fly Screen Door Magnetic")
    case("bump-up-those-stars-au", "reject", ["review.removal-request"],
         "'Reckon you could bump up those stars now it's fixed?': asks to update an existing review.",
         to=b, frm="Aussie Home Fixes <help@aussiehomefixes.com.au>", subject=f"Re: Fly screen - order {o}",
         reply="The magnets don't close properly, gave it 2 stars.",
         text=f"""G'day,

Sorry mate, the magnets were fitted the wrong way round in that batch. A
new screen for order {o} went out with Aramex this morning.

Reckon you could bump up those stars on your review once it's in? Would
really help us out.

Cheers,
Kev""")

    # ---- return.unnecessary ----
    o, b = order("return-window", "com", "Air Fryer 6 qt, Digital")
    case("return-window-reminder-us", "quarantine", ["return.unnecessary"],
         "A proactive reminder that the return window closes, asking nothing and offering no partial refund.",
         to=b, frm="Crisp Kitchen <returns@crispkitchen.com>", subject=f"Your return - order {o}",
         text=f"""Hi,

Just a friendly reminder that the return window for your air fryer (order
{o}) closes on June 30. Please make sure it is shipped back before
then so your return can be processed.

Crisp Kitchen Returns""")

    o, b = order("return-received", "co.uk", "Wool Walking Socks, 3 pairs")
    case("return-request-noted-uk", "quarantine", ["return.unnecessary"],
         "'We've received your return request and will process it once the parcel arrives': no question, no "
         "partial refund.",
         to=b, frm="Fellside Outdoor <returns@fellsideoutdoor.co.uk>", subject=f"Return request - order {o}",
         html=True, text=f"""Dear customer,

We've received your return request for the walking socks (order {o}).
We're sorry they didn't suit. Our team will process the refund as soon
as the parcel arrives back with us.

Kind regards,
Fellside Outdoor""")

    o, b = order("return-are-you-sure", "sg", "Robot Window Cleaner")
    case("return-are-you-sure-sg", "quarantine", ["return.unnecessary"],
         "'Are you sure? Most customers love it once they get used to it': discourages the return, asks for no "
         "information and offers no partial refund.",
         to=b, frm="CleanBot SG <care@cleanbot.sg>", subject=f"Your return request - order {o}",
         text=f"""Hi,

We noticed you have requested a return of the window cleaner (order {o}).

Are you sure? Most customers love it once they get used to it. It usually
takes two or three cleans to learn the best starting position.

Regards,
CleanBot SG""")

    o, b = order("return-label-au", "com.au", "Pram Rain Cover, Universal")
    case("return-label-sent-au", "quarantine", ["return.unnecessary"],
         "A proactive return note that only says the label is in Your Orders and the refund follows.",
         to=b, frm="Bub & Co <hello@bubandco.com.au>", subject=f"Your return - order {o}", text=f"""G'day,

Your return for the rain cover (order {o}) is all approved. The label is
in Your Orders; pop it in the post and the refund will be processed once
it's back with us. No worries at all.

Bub & Co""")

    # ---- content.sensitive ----
    o, b = order("wanker", "co.uk", "Ceramic Plant Pot Set, 3 sizes")
    case("courier-complete-wanker-uk", "quarantine", ["content.sensitive"],
         "Calls the courier 'a complete wanker': offensive language.",
         cte="base64", to=b, frm="Potting Shed Co <hello@pottingshedco.co.uk>", subject=f"Re: Smashed pots - order {o}",
         reply="Two of the three pots arrived smashed.",
         text=f"""Hello,

So sorry. The courier on that round has been a complete wanker with our
parcels all month. We're sending two new pots for order {o} today, double
boxed.

Potting Shed Co""")

    o, b = order("bullshit", "com", "Portable Monitor 15.6 inch")
    case("carrier-bullshit-us", "quarantine", ["content.sensitive"],
         "'That's total bullshit' about the carrier: offensive language.",
         to=b, frm="PixelGo <support@pixelgo.com>", subject=f"Re: Late delivery - order {o}",
         reply="The monitor came 5 days late and the box was wet.",
         text=f"""Hi,

The carrier marked it delivered on time, which is total bullshit, and
we've complained. If the monitor (order {o}) works, you're all set; if the
screen shows any marks, send us a photo and we'll replace it.

PixelGo Support""")

    o, b = order("bollocks", "com.au", "Camping Chair, Heavy Duty")
    case("fucking-courier-au", "quarantine", ["content.sensitive"],
         "'The fucking courier' in an otherwise helpful message: strong profanity.",
         to=b, frm="Outback Gear Co <hello@outbackgearco.com.au>", subject=f"Re: Bent chair leg - {o}",
         reply="The chair arrived with a bent leg.",
         text=f"""G'day,

Sorry mate, the fucking courier must have dropped it off the truck again.
A new chair for order {o} is going out this arvo.

Jonno - Outback Gear Co""")

    o, b = order("shite-in", "in", "Wall Clock, Wooden, 12 inch")
    case("shitty-packaging-in", "quarantine", ["content.sensitive"],
         "'The shitty packaging of our old supplier': vulgar language.",
         to=b, frm="Ghadi Decor <care@ghadidecor.in>", subject=f"Re: Broken clock glass - order {o}",
         reply="The glass of the clock was broken on arrival.",
         text=f"""Dear Customer,

We are very sorry. This happened because of the shitty packaging of our
old supplier. A replacement for order {o} is dispatched today in new
packaging.

Regards,
Ghadi Decor""")


def main() -> None:
    compliant()
    violations()
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="twentythird"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
