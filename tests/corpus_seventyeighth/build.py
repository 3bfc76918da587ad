#!/usr/bin/env python3
"""Build the seventy-eighth labelled corpus: orders.csv, cases/*.eml and labels.json.

    .venv/bin/python tests/corpus_seventyeighth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. Precision, third round: compliant messages a filter could
wrongly block (a thank-you carrying one short real product fact, chatty makers' notes with a useful line,
replies that are only thanks, delivery problems, neutral review requests in unusual phrasings, messages
quoting the buyer), plus ten violations (thanks padded with small talk only, or one buried rule break).
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

_rnd = random.Random(78_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "de": "30", "fr": "40", "es": "40", "it": "40", "co.jp": "50"}
_TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-05-30T08:40:00Z", shipped="2026-05-31T15:10:00Z",
                 delivered="2026-06-03T12:20:00Z")
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

case = partial(shaped_case, CASE_LIST, TARGET, OTHER, thread="0100019d.s78", tag="p78", time="09:41:27")


# --------------------------------------------------------------------------------------------
# English (amazon.com, .co.uk)
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    o, b = order("en-oak", "en", "Solid Oak Floating Shelf 36 inch, Natural Oil Finish", tld="com")
    case("en-com-thanks-oak-darkens", "relay", [],
         "A thank-you plus one real product fact (oiled oak turns honey-coloured in light): content beyond "
         "the thanks, nothing promotional.",
         to=b, frm="Hollow Pine Joinery <sam@hollowpinejoinery.com>", day=8,
         subject=f"Your oak shelf, order {o}", text=f"""Hi,

Thanks so much for order {o}.

One thing worth knowing: oiled oak darkens to a warm honey tone over the
first few months in daylight, so if the shelf looks a shade different from
the photos by autumn, that is the wood, not a fault.

Sam at Hollow Pine Joinery""")

    o, b = order("en-boots", "en", "Women's Leather Chelsea Boots, Tan", tld="co.uk")
    case("en-uk-thanks-boots-half-size", "relay", [],
         "Thanks plus a sizing fact (the last runs half a size large, an insole is in the box): a real piece "
         "of information for the buyer.",
         to=b, frm="Marrow & Hide <shop@marrowandhide.co.uk>", day=5, crlf=True,
         subject=f"Order {o} - a note on fit", text=f"""Hello,

Many thanks for buying from us (order {o}).

Our Chelsea last comes up about half a size roomy. There is a thin felt
insole tucked into the left boot; pop it in if your heel lifts when you
walk.

Warm regards,
Priya, Marrow & Hide""")

    o, b = order("en-lamp", "en", "Smart Bedside Lamp with Wireless Charger", tld="com")
    case("en-com-thanks-charger-separate-parcel", "relay", [],
         "Thanks plus which part ships separately (the USB-C adapter comes in a second parcel): fulfilment "
         "information the buyer needs.",
         to=b, frm="Lumo Living <support@lumoliving.com>", day=4, fmt="alt",
         subject=f"Order {o}: the power adapter travels on its own", text=f"""Hello,

Thank you for your order {o}.

The 30 W USB-C power adapter for your lamp left our warehouse in a separate,
smaller parcel and may arrive a day or two after the lamp itself. The lamp
will not charge a phone from a laptop port, so please wait for the adapter.

Best wishes,
Lumo Living""")

    o, b = order("en-fryer", "en", "6 Quart Air Fryer, Digital, Black", tld="com")
    case("en-com-thanks-new-appliance-smell", "relay", [],
         "Thanks plus what a smell means (a faint plastic smell on the first runs is the coating curing): "
         "a product fact, not small talk.",
         to=b, frm="Crispwell Appliances <care@crispwellhome.com>", day=7, enc=B64,
         subject=f"About the first use of your air fryer ({o})", text=f"""Hi,

Thank you for choosing Crispwell, order {o}.

During the first two or three cycles you may notice a faint plastic smell.
It comes from the protective coating on the heating element curing and
disappears on its own. Running the empty basket at 400F for 10 minutes
speeds that up.

Crispwell Customer Care""")

    o, b = order("en-purifier", "en", "HEPA Air Purifier for Bedrooms, 3-Stage Filter", tld="co.uk")
    case("en-uk-thanks-purifier-click-noise", "relay", [],
         "Thanks plus what a noise means (a soft click when the sensor recalibrates): useful content.",
         to=b, frm="Stillroom Air <hello@stillroomair.co.uk>", day=9, fmt="html",
         subject=f"Your purifier - order {o}", text=f"""Dear customer,

Thanks for your purchase, order {o}.

Every few hours the purifier gives one soft click. That is the air quality
sensor recalibrating, and it is normal. A rattling or buzzing sound is
different: that usually means the filter is not seated, so press it down
until it sits flat.

Stillroom Air""")

    o, b = order("en-candle", "en", "Hand-Poured Soy Candle, Cedar & Fig, 8 oz", tld="com")
    case("en-com-maker-chatty-wick-trim", "relay", [],
         "A chatty note from a small candle maker that still carries one useful care fact (trim the wick, "
         "first burn until the pool reaches the edge).",
         to=b, frm="Wren & Wax <wren@wrenandwax.com>", day=10,
         subject=f"A little note from the workshop ({o})", text=f"""Hi there!

Thank you for order {o}. Your candle was poured in our garage studio on a
rainy Tuesday and it has been curing on the shelf ever since, so it is
ready to go.

The one thing I always tell people: on the first light, let it burn until
the melted wax reaches the edge of the jar, about two hours. If you blow
it out earlier, it tunnels and you lose half the candle. Trim the wick to
about a quarter inch before each burn.

Happy burning,
Wren""")

    o, b = order("en-mug", "en", "Stoneware Mug, Speckled Glaze, 14 oz", tld="co.uk")
    case("en-uk-maker-glaze-variation", "relay", [],
         "Small pottery's friendly note explaining that each glaze is unique and the mug is microwave safe "
         "but not oven safe: content, not only thanks.",
         to=b, frm="Kiln Lane Pottery <tom@kilnlanepottery.co.uk>", day=6, enc=L1,
         subject=f"Your mug from Kiln Lane (order {o})", text=f"""Hello!

Thank you for picking one of our mugs, order {o}. I threw this batch
myself last month and I'm rather fond of them.

Because the glaze is dipped by hand, the speckles and the drip line near
the base are different on every mug, so yours won't match the listing
photo exactly. It is fine in the dishwasher and microwave, but please keep
it out of a hot oven.

Cheers,
Tom""")

    o, b = order("en-reply-thx", "en", "Waterproof Dog Bed Cover, Large", tld="com")
    case("en-com-reply-only-thanks", "relay", [],
         "Answer to a buyer who wrote that the cover arrived and fits: only thanks, which is allowed in a "
         "reply (type.thank-you-only covers unprompted messages only).",
         to=b, frm="Pawsome Goods <team@pawsomegoods.com>", day=11,
         subject=f"Re: Question about order {o}",
         reply="Just wanted to say the cover arrived today and fits the bed perfectly. Thanks!",
         text="""Hi,

That's lovely to hear, thank you for letting us know. Enjoy it!

Best,
Jenna at Pawsome Goods""")

    o, b = order("en-reply-thx2", "en", "Cordless Hand Vacuum, 2 Batteries", tld="co.uk")
    case("en-uk-reply-thanks-for-kind-words", "relay", [],
         "Reply thanking a buyer for kind words about the packaging: a reply, so thanks alone is fine.",
         to=b, frm="Brisk Clean UK <help@briskclean.co.uk>", day=12, crlf=True,
         subject="Re: Lovely packaging",
         reply=(f"Hello, order {o} came this morning. Really impressed there was no plastic in the box at "
                "all. Well done."),
         text="""Good afternoon,

Thank you for taking the time to write to us, that made the team's day.
We're always here if you need anything.

Kind regards,
Oliver
Brisk Clean UK""")

    o, b = order("en-reply-thx3", "en", "Kids' Wooden Balance Bike, 12 inch", tld="com")
    case("en-com-reply-thanks-html", "relay", [],
         "HTML reply that only thanks the buyer for confirming the bike was assembled: allowed in a reply.",
         to=b, frm="Little Rolling Co. <hello@littlerollingco.com>", day=13, fmt="html",
         subject=f"Re: Assembly done - {o}",
         reply="We got it together in 10 minutes, my son hasn't stopped riding it. Thank you!",
         text="""Hi,

Thank you, that really is the best kind of message to get. Have fun out there!

Little Rolling Co.""")

    o, b = order("en-undeliv", "en", "Standing Desk Frame, Dual Motor", tld="com")
    case("en-com-delivery-returned-to-sender", "relay", [],
         "Delivery problem: the carrier returned the parcel because the apartment number was missing; asks "
         "for the full address to reship. Needed for the buyer to receive the purchase.",
         to=b, frm="Ergoloft Support <support@ergoloft.com>", day=13,
         subject=f"Delivery problem with order {o}", text=f"""Hello,

The carrier has returned the parcel for order {o} to our warehouse
because the delivery address had no apartment number and the driver
could not find the door.

Could you reply with the full address, including the apartment or unit
number? We will send the desk frame out again at no cost as soon as we
have it.

Thank you,
Ergoloft Support""")

    o, b = order("en-damaged-depot", "en", "Glass Coffee Table, Round, 32 inch", tld="co.uk",
                 delivered="")
    case("en-uk-delivery-damaged-in-transit", "relay", [],
         "Delivery problem: the courier reported the table broken at the depot; the seller is sending a new "
         "one and explains the new timing. Not a dispatch confirmation.",
         to=b, frm="Northbay Furniture <orders@northbayfurniture.co.uk>", day=10, fmt="alt",
         subject=f"Your coffee table ({o}) - delivery issue", text=f"""Dear customer,

I'm sorry to tell you that the courier reported the glass top of your
table (order {o}) broken at their depot yesterday, so it will not be
delivered.

We have already packed a replacement, which goes out tomorrow; it should
reach you by Friday. You do not need to do anything, and if the broken
parcel turns up at your door anyway, please refuse it.

Regards,
Hannah Webb
Northbay Furniture""")

    o, b = order("en-locker", "en", "Noise Cancelling Headphones, Over-Ear", tld="com")
    case("en-com-delivery-held-at-locker", "relay", [],
         "Delivery problem: the parcel was diverted to a locker and the pickup code expires; points the buyer "
         "to the Amazon order page. Content beyond a tracking confirmation.",
         to=b, frm="Sonace Audio <care@sonaceaudio.com>", day=12, fmt="html",
         subject=f"Action needed: your headphones are waiting at a locker ({o})", text=f"""Hi,

The driver could not leave your headphones (order {o}) at the door, so the
parcel was diverted to the Amazon Hub Locker nearest your address. The
pickup code is on your order page under Your Orders.

Lockers only hold parcels for three days, after which they come back to us.
If you cannot get there in time, reply to this message and we will arrange
a redelivery.

Sonace Audio""")

    o, b = order("en-review-odd", "en", "Ceramic Pour-Over Coffee Dripper", tld="com")
    case("en-com-review-odd-phrasing", "relay", [],
         "Neutral review request in an unusual phrasing (\"tell the next person what it's really like\"), "
         "no condition, no benefit, first request for the order.",
         to=b, frm="Slow Drip Co. <brew@slowdripco.com>", day=12,
         subject=f"How's the dripper treating you? ({o})", text=f"""Hello,

It's been about ten days since your dripper arrived (order {o}).

The next person looking at it on Amazon has only the listing and what other
buyers say. If you have a minute, a few words from you about what it's
really like to use, the good and the annoying, would help them decide.
You can post them under Your Orders on Amazon.

Slow Drip Co.""")

    o, b = order("en-review-uk", "en", "Merino Wool Beanie, Charcoal", tld="co.uk")
    case("en-uk-review-one-line-ask", "relay", [],
         "A short neutral review request with a care line first: one request, no gating, no incentive.",
         to=b, frm="Fellside Knitwear <info@fellsideknitwear.co.uk>", day=11, enc=L15,
         subject=f"Order {o}", text=f"""Hello,

Thank you for order {o}. Merino only needs a cool hand wash now and then;
airing it overnight freshens it in between.

Whenever you have formed a view of the beanie, we would be grateful for a
review on Amazon, whatever it says.

Fellside Knitwear""")

    o, b = order("en-quote", "en", "Adjustable Dumbbells, 2 x 25 lb", tld="com")
    case("en-com-reply-quotes-buyer-rattle", "relay", [],
         "Reply quoting the buyer's question about a rattle inside the dumbbell and explaining it; contains "
         "words like return and noise but only answers.",
         to=b, frm="Ironhaus Fitness <support@ironhausfit.com>", day=12,
         subject=f"Re: Rattle in dumbbell - order {o}",
         reply=("One of the dumbbells rattles when I turn it over. Is it broken? Do I need to return it?"),
         text="""Hi,

Thanks for asking. That rattle is the selector pin moving in its channel,
and every set makes it; it doesn't affect the locking of the plates. If the
dial won't turn or a plate slides off when you lift, that would be a fault,
and we'd sort it straight away.

Mark, Ironhaus Fitness""")

    o, b = order("en-quote-proactive", "en", "Personalised Leather Dog Collar, Medium", tld="co.uk",
                 shipped="", delivered="")
    case("en-uk-proactive-quotes-gift-note", "relay", [],
         "Proactive message quoting the buyer's order note back to check the engraving spelling: verifying a "
         "custom design, with thanks around it.",
         to=b, frm="Barker & Brass <make@barkerandbrass.co.uk>", day=3,
         subject=f"Checking your engraving before we stamp it ({o})", text=f"""Hi,

Thank you for your order {o}. In the personalisation box you wrote:

> Name: Ottis, and on the back our phone please

We can stamp "Ottis" on the front, but before we do, could you confirm the
spelling (Ottis or Otis)? For the back, just reply with what you would like
stamped and we will start as soon as we hear from you.

Barker & Brass""")

    o, b = order("en-cert", "en", "Organic Cotton Crib Sheet, 2 Pack", tld="com")
    case("en-com-thanks-certification-wash", "relay", [],
         "Thanks plus a certification fact and what it means for washing: a product fact the buyer benefits "
         "from, not marketing.",
         to=b, frm="Dovecote Baby <hello@dovecotebaby.com>", day=6,
         subject=f"Your crib sheets - order {o}", text=f"""Hello,

Thank you for your order {o}.

The sheets are GOTS-certified organic cotton and carry no softener or
finishing agents, so they feel a little crisp at first. They soften after
two or three warm washes; skip fabric softener, as it coats the fibres.

Dovecote Baby""")

    o, b = order("en-battery", "en", "Rechargeable Bike Light Set, USB-C", tld="co.uk")
    case("en-uk-thanks-how-long-battery", "relay", [],
         "Thanks plus how long something lasts (runtime per mode, first charge): content beyond thanks.",
         to=b, frm="Spokesmith <ride@spokesmith.co.uk>", day=9, fmt="alt",
         subject=f"Order {o}: getting the most from your lights", text=f"""Hi,

Cheers for the order, {o}.

Worth knowing: on the steady mode the front light runs about 4 hours, on
flash about 11. It ships at roughly half charge, so give it a full charge
before the first ride; the indicator turns green when it's done.

Spokesmith""")

    o, b = order("en-delay", "en", "Handwoven Jute Rug, 5 x 8 ft", tld="com", shipped="", delivered="")
    case("en-com-delay-weaver-chatty", "relay", [],
         "Dispatch delay from a small maker, chatty but informing the buyer of the new date and the option to "
         "cancel: a delay notice the guidelines require.",
         to=b, frm="Threadfold Rugs <anita@threadfoldrugs.com>", day=4,
         subject=f"A short delay on your rug, order {o}", text=f"""Hello,

Thank you for your patience with order {o}. Our weaver was off for a
family wedding last week and your rug is the next one on the loom, so it
will leave here on June 19 rather than June 12.

If that date does not work for you, you can cancel from Your Orders on
Amazon and you will be refunded in full. Otherwise, there is nothing you
need to do.

Anita, Threadfold Rugs""")

    # ---- violations ----
    o, b = order("en-smalltalk", "en", "Bamboo Cutting Board Set, 3 Pieces", tld="com")
    case("en-com-thanks-weather-small-talk", "quarantine", ["type.thank-you-only"],
         "Thanks padded only with small talk (the weather, summer cooking plans): no information remains, an "
         "unprompted thank-you.",
         to=b, frm="Greenfield Kitchenware <hello@greenfieldkitchen.com>", day=8,
         subject=f"Thank you for order {o}", text=f"""Hi there,

Thank you so much for your order {o}!

It has been such a hot week here, hasn't it? We hope you're staying cool
and that summer is treating you kindly. Nothing beats a long evening of
chopping fresh vegetables for a barbecue with friends.

All the best from everyone at Greenfield Kitchenware""")

    o, b = order("en-family", "en", "Linen Napkins, Set of 6, Sage", tld="co.uk")
    case("en-uk-thanks-family-business-story", "quarantine", ["type.thank-you-only"],
         "A small maker's thank-you with only a story about the family business and the shop dog: no product "
         "fact, no request, nothing the buyer needs.",
         to=b, frm="Millbrook Linens <mary@millbrooklinens.co.uk>", day=7,
         subject=f"From our family to yours - order {o}", text=f"""Hello,

A big thank you for your order {o}.

We are a tiny family business: my mum and I started sewing napkins at the
kitchen table in 2019, and our terrier Biscuit still supervises every
parcel we pack. Orders like yours are what keep us going.

With love,
Mary and Biscuit""")

    o, b = order("en-insta", "en", "Beeswax Food Wraps, Assorted, 5 Pack", tld="com")
    case("en-com-maker-tip-plus-instagram", "quarantine", ["type.marketing"],
         "Useful care fact, then a buried request to follow the maker on Instagram for new prints: social "
         "follow request is marketing.",
         to=b, frm="Honeycomb Wraps <bea@honeycombwraps.com>", day=9,
         subject=f"Your wraps, order {o}", text=f"""Hi,

Thanks for order {o}. Wash the wraps in cool water with a little soap;
hot water melts the wax. When they lose their grip after a year or so, a
few minutes in a low oven on baking paper brings them back.

P.S. We post new prints every month on Instagram, @honeycombwraps. Give us
a follow so you see them first!

Bea""")

    o, b = order("en-quote-mail", "en", "Silk Pillowcase, Queen, Champagne", tld="com")
    case("en-com-reply-quotes-buyer-email-address", "reject", ["content.email-address"],
         "Reply that quotes the buyer's earlier message, which contains a private email address: an address in "
         "the body fires, quoted or not.",
         to=b, frm="Lunen Silk <service@lunensilk.com>", day=12,
         subject=f"Re: Colour question - {o}",
         reply=("Is champagne closer to beige or to gold? You can also write to me directly at "
                "pat.hollis.home@gmail.com if easier."),
         text="""Hello,

Thanks for your question. Champagne sits closer to a pale beige with a soft
sheen; it does not look gold in daylight.

Lunen Silk""")


# --------------------------------------------------------------------------------------------
# German (amazon.de)
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = order("de-holz", "de", "Schneidebrett Olivenholz, 40 cm")
    case("de-danke-olivenholz-maserung", "relay", [],
         "Dank plus ein echter Produkthinweis (Olivenholz dunkelt nach, nicht in die Spülmaschine).",
         to=b, frm="Holzwerk Albrecht <info@holzwerk-albrecht.de>", day=7, enc=L1,
         subject=f"Ihr Schneidebrett – Bestellung {o}", text=f"""Guten Tag,

vielen Dank für Ihre Bestellung {o}.

Olivenholz dunkelt in den ersten Wochen etwas nach, die Maserung wird dabei
kräftiger. Das Brett gehört nicht in die Spülmaschine; warmes Wasser und
ab und zu ein Tropfen Speiseöl reichen völlig.

Mit freundlichen Grüßen
Jonas Albrecht""")

    o, b = order("de-schuh", "de", "Barfußschuhe Herren, Leder, braun")
    case("de-danke-groesse-faellt-klein", "relay", [],
         "Dank plus Größenhinweis (Leisten fällt knapp aus, Leder weitet sich): Information für den Käufer.",
         to=b, frm="Erdgang Schuhmanufaktur <kontakt@erdgang.de>", day=5, fmt="alt",
         subject=f"Zu Ihren Schuhen (Bestellung {o})", text=f"""Hallo,

danke, dass Sie bei uns bestellt haben (Bestellung {o}).

Unser Leisten fällt eher knapp aus. Wenn es an den Zehen drückt: Das
Leder gibt in den ersten ein bis zwei Wochen spürbar nach. Sitzt der Schuh
nach zwei Wochen immer noch zu eng, melden Sie sich bei uns.

Viele Grüße
Ihr Erdgang-Team""")

    o, b = order("de-akku", "de", "Akku-Rasenmäher 36 V, 2 Akkus")
    case("de-akku-separat-versand", "relay", [],
         "Dank plus Hinweis, dass der zweite Akku aus einem anderen Lager separat kommt.",
         to=b, frm="Grünschnitt Gartentechnik <service@gruenschnitt.de>", day=4, crlf=True,
         subject=f"Bestellung {o}: zweiter Akku kommt separat", text=f"""Sehr geehrte Kundin, sehr geehrter Kunde,

vielen Dank für Ihren Einkauf, Bestellung {o}.

Der zweite Akku wird aus unserem Lager in Kassel verschickt und kommt
deshalb in einem eigenen Paket, ein bis zwei Tage nach dem Mäher. Der
Mäher läuft mit einem Akku etwa 35 Minuten.

Freundliche Grüße
Grünschnitt Gartentechnik""")

    o, b = order("de-geruch", "de", "Yogamatte Naturkautschuk, 4 mm")
    case("de-geruch-naturkautschuk", "relay", [],
         "Dank plus Erklärung des Gummigeruchs von Naturkautschuk und wie lange er bleibt.",
         to=b, frm="Atemraum Yoga <hallo@atemraum-yoga.de>", day=8, enc=B64,
         subject=f"Ihre Yogamatte (Bestellung {o})", text=f"""Hallo,

danke für Ihre Bestellung {o}.

Naturkautschuk riecht anfangs deutlich nach Gummi. Das ist bei diesem
Material normal und lässt nach ein bis zwei Wochen nach, schneller, wenn
Sie die Matte ausgerollt an einem luftigen Ort liegen lassen (nicht in
praller Sonne).

Namaste
Ihr Atemraum-Team""")

    o, b = order("de-reply", "de", "Wasserfilter-Kanne 2,4 l")
    case("de-antwort-nur-dank", "relay", [],
         "Antwort auf die Nachricht einer Käuferin, dass alles gut angekommen ist: nur Dank, in einer Antwort "
         "erlaubt.",
         to=b, frm="Klarquell <kundenservice@klarquell.de>", day=11, enc=L15,
         subject=f"AW: Bestellung {o}",
         reply="Hallo, die Kanne ist heute gut angekommen, vielen Dank für den schnellen Versand!",
         text="""Hallo,

herzlichen Dank für Ihre nette Rückmeldung, das freut uns sehr!

Beste Grüße
Katrin vom Klarquell-Kundenservice""")

    o, b = order("de-dhl", "de", "Kletterpflanzen-Rankgitter, Metall, 180 cm")
    case("de-zustellproblem-dhl-nummer", "relay", [],
         "Zustellproblem: Paket liegt in der Filiale; nennt die DHL-Servicenummer (Versanddienstleister, "
         "erlaubt) und die Abholfrist.",
         to=b, frm="Gartenzier <versand@gartenzier.de>", day=12,
         subject=f"Ihr Paket liegt in der Filiale – Bestellung {o}", text=f"""Guten Tag,

zu Ihrer Bestellung {o}: Der Zusteller hat Sie gestern nicht angetroffen,
das Rankgitter liegt jetzt in der Postfiliale in Ihrer Nähe. Die Filiale
bewahrt es sieben Werktage auf, danach geht es an uns zurück.

Falls die Benachrichtigungskarte fehlt: Der DHL-Kundenservice ist unter
0228 4333112 erreichbar.

Freundliche Grüße
Gartenzier Versand""")

    o, b = order("de-bewertung", "de", "Teekanne Gusseisen, 0,8 l")
    case("de-bewertung-ungewoehnlich", "relay", [],
         "Neutrale Bitte um eine Bewertung in ungewöhnlicher Formulierung (\"Ihr ehrlicher Eindruck\"), "
         "erste Bitte, keine Bedingung.",
         to=b, frm="Teehaus Morgenrot <laden@teehaus-morgenrot.de>", day=12, fmt="html",
         subject=f"Ihre Teekanne, Bestellung {o}", text=f"""Guten Tag,

Ihre Teekanne aus Bestellung {o} ist nun seit gut einer Woche bei Ihnen.

Andere Teetrinker auf Amazon wüssten gern, wie sich die Kanne im Alltag
schlägt. Wenn Sie mögen, schreiben Sie Ihren ehrlichen Eindruck als
Rezension unter "Meine Bestellungen", ob Lob oder Kritik.

Teehaus Morgenrot""")

    o, b = order("de-zitat", "de", "Kinderhochstuhl Buche, mitwachsend")
    case("de-antwort-zitat-wackeln", "relay", [],
         "Antwort, die die Frage des Käufers zitiert (Stuhl wackelt) und erklärt, wie man nachzieht.",
         to=b, frm="Kleinholz Möbel <service@kleinholz-moebel.de>", day=10,
         subject=f"AW: Stuhl wackelt – {o}",
         reply="Der Hochstuhl wackelt etwas, wenn mein Sohn sich bewegt. Ist das normal?",
         text="""Hallo,

danke für Ihre Nachricht. In den ersten Tagen setzt sich das Buchenholz
noch etwas; bitte ziehen Sie die vier Schrauben an den Seitenteilen mit
dem beiliegenden Inbusschlüssel nach. Danach steht der Stuhl fest.

Viele Grüße
Kleinholz Möbel""")

    # ---- violations ----
    o, b = order("de-smalltalk", "de", "Leinen-Bettwäsche 135 x 200, Salbei")
    case("de-danke-nur-smalltalk", "quarantine", ["type.thank-you-only"],
         "Dank, aufgefüllt mit Smalltalk (Sommer, Urlaub): keine Information, unaufgeforderte Dankesnachricht.",
         to=b, frm="Leinenliebe <info@leinenliebe.de>", day=9,
         subject=f"Danke für Ihre Bestellung {o}", text=f"""Liebe Kundin, lieber Kunde,

ganz herzlichen Dank für Ihre Bestellung {o}!

Bei uns in Hamburg ist endlich Sommer, und wir hoffen, bei Ihnen scheint
auch die Sonne. Vielleicht steht ja bald ein schöner Urlaub an? Wir
wünschen Ihnen jedenfalls eine wunderbare Zeit.

Herzliche Grüße aus dem Norden
Ihr Leinenliebe-Team""")

    o, b = order("de-hotline", "de", "Espressomaschine Siebträger, Edelstahl")
    case("de-entkalken-eigene-hotline", "reject", ["content.phone-number"],
         "Nützlicher Entkalkungshinweis, aber am Ende die eigene allgemeine Servicenummer des Händlers: keine "
         "Garantie-, Versand- oder Herstellernummer.",
         to=b, frm="Caffè Tedesco <shop@caffe-tedesco.de>", day=8,
         subject=f"Ihre Siebträgermaschine – Bestellung {o}", text=f"""Guten Tag,

vielen Dank für Bestellung {o}. Bitte entkalken Sie die Maschine etwa alle
acht Wochen; bei hartem Wasser schon nach vier.

Bei Fragen rufen Sie uns gern an: 030 89204417 (Mo–Fr 9–17 Uhr).

Ihr Team von Caffè Tedesco""")


# --------------------------------------------------------------------------------------------
# French (amazon.fr)
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("fr-lin", "fr", "Nappe en lin lavé, 160 x 250 cm, naturel")
    case("fr-merci-lin-retrecit", "relay", [],
         "Remerciement plus un fait d'entretien (le lin lavé rétrécit un peu au premier lavage à chaud).",
         to=b, frm="Atelier Linaigrette <bonjour@linaigrette.fr>", day=7, enc=L1,
         subject=f"Votre nappe – commande {o}", text=f"""Bonjour,

Merci pour votre commande {o}.

Le lin lavé peut rétrécir d'environ 3 % s'il est lavé au-dessus de 40 °C.
Un lavage à 30 °C et un séchage à l'air libre garderont les dimensions
d'origine ; le repassage n'est pas nécessaire.

Bien cordialement,
Claire, Atelier Linaigrette""")

    o, b = order("fr-miel", "fr", "Miel de lavande de Provence, 500 g")
    case("fr-apiculteur-miel-cristallise", "relay", [],
         "Mot chaleureux d'un petit apiculteur expliquant que le miel cristallise naturellement (pas un "
         "défaut).",
         to=b, frm="Rucher des Collines <jean@rucherdescollines.fr>", day=9, fmt="alt",
         subject=f"Votre miel (commande {o})", text=f"""Bonjour,

Un grand merci pour votre commande {o}. Ce miel vient de nos ruches
installées au bord des champs de lavande, près de Valensole.

Si le pot devient blanc et épais dans quelques semaines, c'est normal : un
miel pur cristallise naturellement. Pour le rendre liquide, posez le pot
quelques minutes au bain-marie, sans dépasser 40 °C.

Jean, apiculteur""")

    o, b = order("fr-reply", "fr", "Théière en fonte, 1,2 l, noire")
    case("fr-reponse-merci-seulement", "relay", [],
         "Réponse à une acheteuse qui remercie pour l'emballage : seulement des remerciements, permis en "
         "réponse.",
         to=b, frm="Maison du Thé Sérénité <contact@the-serenite.fr>", day=11, enc=B64,
         subject=f"RE: Commande {o}",
         reply="Bonjour, la théière est arrivée très bien emballée, merci beaucoup !",
         text="""Bonjour,

Merci infiniment pour votre gentil message, toute l'équipe en est ravie.

Belle journée,
Sophie""")

    o, b = order("fr-relais", "fr", "Sac à dos randonnée 30 L, étanche")
    case("fr-probleme-livraison-relais", "relay", [],
         "Problème de livraison : le point relais est fermé, le colis a été redirigé ; explique où le "
         "récupérer.",
         to=b, frm="Cime Équipement <sav@cime-equipement.fr>", day=12,
         subject=f"Votre colis a changé de point relais – commande {o}", text=f"""Bonjour,

Le point relais choisi pour la commande {o} a fermé pour congés. Le
transporteur a donc redirigé votre sac à dos vers un autre relais du même
quartier ; l'adresse et le code de retrait figurent dans le détail de
votre commande sur Amazon.

Le colis y reste disponible dix jours.

Cordialement,
Cime Équipement""")

    o, b = order("fr-avis", "fr", "Bougie parfumée figue et cèdre")
    case("fr-avis-formulation-inhabituelle", "relay", [],
         "Demande d'avis neutre et peu habituelle (« quelques lignes pour le prochain acheteur »), sans "
         "condition ni avantage.",
         to=b, frm="Cire & Mèche <atelier@cire-et-meche.fr>", day=12, fmt="html",
         subject=f"Quelques lignes sur votre bougie ? (commande {o})", text=f"""Bonjour,

Votre bougie (commande {o}) brûle maintenant depuis quelques soirs, j'imagine.

Le prochain acheteur n'a que nos photos pour se décider. Quelques lignes de
votre part sur Amazon, sur le parfum, la tenue ou ce qui vous a déçu,
l'aideraient vraiment.

Léa, Cire & Mèche""")

    # ---- violation ----
    o, b = order("fr-5etoiles", "fr", "Plaid en laine mérinos, gris perle")
    case("fr-conseil-puis-avis-si-satisfait", "reject", ["review.conditional", "review.incentive"],
         "Conseil d'entretien utile, puis demande d'avis cinq étoiles réservée aux clients satisfaits : "
         "conditionnelle et orientée vers un avis positif.",
         to=b, frm="Laines du Causse <contact@lainesducausse.fr>", day=10, enc=L15,
         subject=f"Votre plaid – commande {o}", text=f"""Bonjour,

Merci pour votre commande {o}. Le mérinos n'aime pas la machine : un bain
d'eau froide avec un peu de shampoing suffit, puis séchage à plat.

Si le plaid vous plaît, laissez-nous 5 étoiles sur Amazon ; sinon,
écrivez-nous d'abord, nous trouverons une solution.

Laines du Causse""")


# --------------------------------------------------------------------------------------------
# Spanish (amazon.es)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("es-aceite", "es", "Aceite de oliva virgen extra, lata 3 l")
    case("es-gracias-aceite-turbio", "relay", [],
         "Agradecimiento más un dato real: el aceite sin filtrar se enturbia con el frío y vuelve a aclararse.",
         to=b, frm="Almazara Los Olivares <pedidos@almazaralosolivares.es>", day=8, enc=L1,
         subject=f"Su aceite – pedido {o}", text=f"""Hola:

Gracias por su pedido {o}.

Este aceite no está filtrado, así que con temperaturas bajas puede
enturbiarse o formar pequeños copos blancos. No está estropeado: a
temperatura ambiente vuelve a quedar transparente en uno o dos días.

Un saludo,
Almazara Los Olivares""")

    o, b = order("es-talla", "es", "Chaqueta cortavientos mujer, talla M")
    case("es-talla-mangas-largas", "relay", [],
         "Gracias y un dato de talla (mangas largas a propósito, se ajustan con el velcro).",
         to=b, frm="Brisa Outdoor <hola@brisaoutdoor.es>", day=6, fmt="alt",
         subject=f"Sobre su chaqueta (pedido {o})", text=f"""Hola:

Muchas gracias por comprar con nosotros, pedido {o}.

Las mangas de este modelo son algo más largas de lo habitual para cubrir
las muñecas en bicicleta; el cierre de velcro del puño permite ajustarlas.
Si le quedan grandes de hombros, eso sí sería cuestión de talla.

Saludos,
Brisa Outdoor""")

    o, b = order("es-reply", "es", "Set de cuchillos de cocina, 5 piezas")
    case("es-respuesta-solo-gracias", "relay", [],
         "Respuesta a un comprador que felicita por los cuchillos: solo agradecimiento, permitido en respuesta.",
         to=b, frm="Filo Cocina <atencion@filococina.es>", day=12, enc=B64,
         subject="RE: Cuchillos",
         reply=f"Buenas, el set del pedido {o} corta de maravilla. Enhorabuena.",
         text="""Hola:

¡Muchas gracias por escribirnos! Nos alegra mucho leerlo.

Un saludo,
Marta, de Filo Cocina""")

    o, b = order("es-retraso", "es", "Mesa de centro de pino, 100 x 60 cm", shipped="", delivered="")
    case("es-problema-entrega-direccion", "relay", [],
         "Problema de entrega: la agencia no encuentra la dirección; pide el número de portal para "
         "completar el envío.",
         to=b, frm="Muebles Ribera <envios@mueblesribera.es>", day=12, crlf=True,
         subject=f"Necesitamos un dato para entregar su pedido {o}", text=f"""Hola:

La agencia de transporte no ha podido entregar la mesa del pedido {o}:
en la dirección falta el número de portal y el conductor no la localiza.

¿Podría responder a este mensaje con la dirección completa? En cuanto la
tengamos, la agencia volverá a intentarlo al día siguiente.

Gracias,
Muebles Ribera""")

    # ---- violation ----
    o, b = order("es-charla", "es", "Cojines de lino, pack de 2, terracota")
    case("es-gracias-solo-charla", "quarantine", ["type.thank-you-only"],
         "Agradecimiento relleno solo con charla sobre el verano y la familia: nada que el comprador necesite.",
         to=b, frm="Casa Alba Textil <hola@casaalbatextil.es>", day=9,
         subject=f"¡Gracias por su pedido {o}!", text=f"""Hola:

¡Mil gracias por su pedido {o}!

Aquí en Valencia ya huele a verano y toda la familia está preparando las
vacaciones. Esperamos que usted también pueda descansar y disfrutar de
estos días tan largos.

Un abrazo de todo el equipo de Casa Alba""")


# --------------------------------------------------------------------------------------------
# Italian (amazon.it)
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("it-cuoio", "it", "Cintura in cuoio conciato al vegetale, 35 mm")
    case("it-grazie-cuoio-patina", "relay", [],
         "Ringraziamento più un fatto sul prodotto: il cuoio al vegetale scurisce e prende la patina.",
         to=b, frm="Pelletteria Ardenti <bottega@pelletteria-ardenti.it>", day=7, enc=L1,
         subject=f"La sua cintura – ordine {o}", text=f"""Buongiorno,

grazie per il suo ordine {o}.

Il cuoio conciato al vegetale cambia colore con il tempo: alla luce e con
l'uso scurisce e prende una patina più calda. Se si bagna, lo lasci
asciugare lontano dal termosifone.

Cordiali saluti,
Marco Ardenti""")

    o, b = order("it-caffe", "it", "Moka in acciaio inox, 6 tazze")
    case("it-moka-primo-caffe", "relay", [],
         "Grazie più un'informazione utile: i primi due o tre caffè vanno buttati per togliere il sapore "
         "metallico.",
         to=b, frm="Casa del Caffè Rinaldi <info@caffe-rinaldi.it>", day=5, fmt="html",
         subject=f"Prima di usare la moka (ordine {o})", text=f"""Gentile cliente,

grazie di aver scelto la nostra moka, ordine {o}.

I primi due o tre caffè possono avere un leggero sapore metallico: è
normale con una moka nuova. Li butti via, e dal quarto in poi il gusto
sarà quello giusto. Non usi detersivi, basta acqua calda.

Casa del Caffè Rinaldi""")

    o, b = order("it-reply", "it", "Lampada da tavolo in vetro soffiato")
    case("it-risposta-solo-grazie", "relay", [],
         "Risposta a una cliente contenta: solo ringraziamenti, ammessi in una risposta.",
         to=b, frm="Vetreria Lagunare <ordini@vetrerialagunare.it>", day=11, enc=B64,
         subject=f"Re: Ordine {o}",
         reply="La lampada è arrivata intatta ed è ancora più bella dal vivo. Grazie!",
         text="""Buongiorno,

grazie davvero per il suo messaggio, ci ha fatto molto piacere.

Un caro saluto,
Giulia""")

    o, b = order("it-consegna", "it", "Set di pentole antiaderenti, 8 pezzi")
    case("it-problema-consegna-danneggiato", "relay", [],
         "Problema di consegna: il corriere segnala il pacco danneggiato e rispedito; il venditore invia un "
         "nuovo set.",
         to=b, frm="Cucina Viva <assistenza@cucinaviva.it>", day=12, crlf=True,
         subject=f"Problema con la consegna dell'ordine {o}", text=f"""Buongiorno,

il corriere ci ha comunicato che il pacco con le pentole dell'ordine {o}
è stato danneggiato durante il trasporto e ci viene restituito.

Abbiamo già spedito un set nuovo, che dovrebbe arrivare entro giovedì. Non
deve fare nulla; se il pacco rovinato dovesse comunque arrivare, può
rifiutarlo.

Cordiali saluti,
Cucina Viva""")

    # ---- violation ----
    o, b = order("it-codice", "it", "Tagliere in noce, 45 x 30 cm")
    case("it-consiglio-piu-codice-sconto", "quarantine", ["type.marketing"],
         "Consiglio di cura utile, poi un codice sconto per il prossimo acquisto: marketing.",
         to=b, frm="Legnoamico <ciao@legnoamico.it>", day=9,
         subject=f"Il suo tagliere – ordine {o}", text=f"""Ciao,

grazie per l'ordine {o}. Ogni tanto passi un velo di olio di vaselina sul
tagliere: il noce non si secca e non si crepa.

Per il prossimo ordine usi il codice NOCE10: 10% di sconto su tutto il
nostro negozio.

Legnoamico""")


# --------------------------------------------------------------------------------------------
# Japanese (amazon.co.jp)
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("ja-hinoki", "ja", "ひのき まな板 天然木 40cm")
    case("ja-orei-hinoki-iro", "relay", [],
         "お礼と、ひのきの色が変化する(黄色みが増す)という商品の事実: 単なるお礼ではない。",
         to=b, frm="木工房みやま <info@mokkobo-miyama.jp>", day=7, enc=JIS,
         subject=f"まな板について(注文番号 {o})", text=f"""お客様

このたびはご注文({o})いただき、ありがとうございます。

ひのきは使ううちに少しずつ黄色みが増し、あめ色に近づいていきます。
色の変化は天然木の性質で、品質には問題ありません。
食器洗い機はお使いにならないでください。

木工房みやま""")

    o, b = order("ja-size", "ja", "綿麻 甚平 メンズ Lサイズ")
    case("ja-saizu-chijimi", "relay", [],
         "お礼と、綿麻は最初の洗濯で少し縮むというサイズの情報。",
         to=b, frm="和装いろは <shop@wasou-iroha.jp>", day=6, enc=SJIS,
         subject=f"甚平のお手入れ(ご注文 {o})", text=f"""お客様

ご注文番号 {o} のお買い上げ、誠にありがとうございます。

綿麻の生地は、最初のお洗濯で丈が1〜2cmほど縮むことがあります。
洗濯ネットに入れて、陰干ししていただくと縮みを抑えられます。

和装いろは""")

    o, b = order("ja-reply", "ja", "南部鉄器 急須 0.6L")
    case("ja-henshin-orei-nomi", "relay", [],
         "購入者からの感謝のメッセージへの返信: お礼のみだが返信なので許可される。",
         to=b, frm="鉄器の店 もりおか <support@tekki-morioka.jp>", day=11, enc=JIS,
         subject=f"Re: 注文 {o}",
         reply="急須が届きました。とても丁寧な梱包で感動しました。ありがとうございます。",
         text="""お客様

温かいメッセージをありがとうございます。スタッフ一同、大変うれしく拝見しました。

鉄器の店 もりおか""")

    o, b = order("ja-haitatsu", "ja", "電気ケトル 1.0L ステンレス")
    case("ja-haisou-fuzai-modori", "relay", [],
         "配送の問題: 住所の部屋番号がなく荷物が返送された。正しい住所の確認を依頼。",
         to=b, frm="キッチンみなと <order@kitchen-minato.jp>", day=12, fmt="alt",
         subject=f"お届け先の確認のお願い(注文番号 {o})", text=f"""お客様

ご注文 {o} の電気ケトルですが、お届け先のご住所に部屋番号の記載がなく、
配送業者から当店へ返送されてまいりました。

お手数ですが、部屋番号を含むご住所をこのメッセージへの返信でお知らせください。
確認でき次第、送料当店負担で再発送いたします。

キッチンみなと""")

    # ---- violation ----
    o, b = order("ja-aisatsu", "ja", "有田焼 湯呑み ペア")
    case("ja-orei-jikou-no-aisatsu", "quarantine", ["type.thank-you-only"],
         "お礼と季節の挨拶だけ: 購入者に必要な情報がない一方的なお礼メッセージ。",
         to=b, frm="有田焼 窯元 さくら <info@arita-sakura.jp>", day=9, enc=JIS,
         subject=f"ご注文ありがとうございます({o})", text=f"""お客様

このたびはご注文({o})いただき、誠にありがとうございました。

梅雨入りし、紫陽花が美しい季節となりました。
蒸し暑い日が続きますが、どうぞご自愛くださいませ。

有田焼 窯元 さくら""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="seventyeighth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
