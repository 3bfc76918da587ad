#!/usr/bin/env python3
"""Build the sixty-ninth labelled corpus: orders.csv, cases/*.eml and labels.json.

    .venv/bin/python tests/corpus_sixtyninth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. Angle: type.marketing, mostly promotion buried in an otherwise
permitted message (a P.S., a signature tagline, an amount-only offer, a loyalty club, a sister brand), and its
compliant boundary (partial refunds with amounts, free replacement parts, accessories already bought, replies
that decline a discount, a shop name alone in the signature).
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

_rnd = random.Random(69_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "de": "30", "fr": "40", "es": "40", "it": "40", "co.jp": "25",
           "nl": "40", "com.br": "70"}
_TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp", "nl": "nl", "pt": "com.br"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T09:00:00Z", shipped="2026-06-02T15:00:00Z",
                 delivered="2026-06-05T11:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-12T08:30:00Z"}
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
         "link.insecure"]

case = partial(shaped_case, CASE_LIST, TARGET, OTHER, thread="0100019c.e69", tag="t69", time="10:17:42")
MK = ["type.marketing"]


# --------------------------------------------------------------------------------------------
# English (amazon.com, amazon.co.uk)
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    # ---- violations: promotion tucked into an otherwise permitted message
    o, b = order("en-ps", "en", "Merino wool throw blanket, 130x170 cm, oatmeal", **OOS)
    case("en-delay-ps-autumn-range", "quarantine", MK,
         "A genuine delay notice, then 'P.S. Our new autumn range of wool throws has just landed in our store': "
         "promotion of other products in a postscript.",
         to=b, frm="Fold & Weave <orders@foldandweave.com>", day=13,
         subject=f"Your throw blanket - short delay (order {o})", text=f"""Hi,

I'm writing about your order {o}. The oatmeal merino throw is
still with our weaver and will leave us on 19 June, about four days later
than the date shown at checkout, because the last batch of yarn arrived late.

Sorry for the wait.

Ellie
Fold & Weave

P.S. Our new autumn range of chunky wool throws has just landed in our store,
in five new colours.""")

    o, b = order("en-sig", "en", "Personalised oak chopping board, 40 cm")
    case("en-engraving-sig-tagline", "quarantine", MK,
         "A needed question about the engraving text, signed with a banner line 'Shop our new summer collection "
         "of serving boards': a promotional signature.",
         to=b, frm="Harbour & Pine <studio@harbourandpine.com>", fmt="alt",
         subject=f"Engraving text for order {o}", text=f"""Hello,

Thank you for your order {o}. Before we engrave your oak board,
could you confirm the text? The personalisation box reads "The Halloways
EST 2O19" - did you mean 2019 with a zero, or the letter O on purpose?

We'll hold the board until we hear back from you.

Best wishes,
Tom Reyes
Harbour & Pine
Handmade in Cornwall | Shop our new summer collection of serving boards""")

    o, b = order("en-amount", "en", "Ceramic pour-over coffee dripper, size 02", tld="co.uk")
    case("en-cracked-replaced-five-off", "quarantine", MK,
         "A cracked dripper is replaced, then '£5 off your next order with code DRIP5': a voucher for future "
         "purchases.",
         to=b, frm="Kiln Coffee Co <help@kilncoffee.co.uk>", enc=L1,
         subject=f"Replacement dripper on its way (order {o})", text=f"""Hi there,

We're sorry your dripper from order {o} arrived with a crack in
the rim. A replacement left our workshop this morning by Royal Mail, and
there's no need to send the broken one back.

To make up for the hassle, here's £5 off your next order with us: just
enter DRIP5 at checkout.

Kind regards,
Priya
Kiln Coffee Co""")

    o, b = order("en-returning", "en", "Bamboo bed sheet set, king, sage")
    case("en-returning-customer-perk", "quarantine", MK,
         "A care note plus 'As a returning customer you get 10% off everything in our store until the end of the "
         "month': a loyalty discount.",
         to=b, frm="Sleepwell Linen <care@sleepwell-linen.com>", fmt="html", lang="en",
         subject=f"Washing your bamboo sheets (order {o})", text=f"""Hello,

A quick note on the bamboo sheets from order {o}: wash them at
30 degrees on a gentle cycle and skip the fabric softener, which coats the
fibres and makes them feel less cool over time.

As a returning customer, you get 10% off everything in our Amazon store
until the end of the month - it's applied automatically at checkout.

Sleep well,
The Sleepwell team""")

    o, b = order("en-follow", "en", "Sourdough starter kit with banneton and lame")
    case("en-starter-follow-for-tips", "quarantine", MK,
         "Feeding instructions, then 'Follow us on Instagram @crumbandcrust for weekly baking tips': a social-media "
         "follow request.",
         to=b, frm="Crumb & Crust <bake@crumbandcrust.com>", enc=B64,
         subject=f"Getting your starter going (order {o})", text=f"""Hi,

Your starter kit from order {o} includes a dried culture. To wake
it up, mix the sachet with 50 g flour and 50 g lukewarm water, cover loosely
and feed it again at the same time the next day. Expect bubbles by day three.

For weekly baking tips and troubleshooting videos, follow us on Instagram
@crumbandcrust.

Happy baking,
Jonas""")

    o, b = order("en-qr", "en", "Cast iron skillet, 26 cm, pre-seasoned")
    case("en-skillet-qr-loyalty", "quarantine", MK,
         "Seasoning instructions and 'Scan the QR code on the card in your box to join the Ironside Club and "
         "collect points on every purchase': a loyalty-club invitation.",
         to=b, frm="Ironside Cookware <service@ironsidecookware.com>", fmt="alt",
         subject=f"Looking after your skillet (order {o})", text=f"""Hello,

Your skillet from order {o} is pre-seasoned, but the first few
uses build the coating. Cook something fatty first, dry the pan on the hob
after washing, and wipe a drop of oil over it while it's still warm.

Scan the QR code on the little card in your box to join the Ironside Club -
members collect points on every purchase and get first dibs on new pans.

Ironside Cookware""")

    o, b = order("en-sister", "en", "Linen duvet cover, double, terracotta", tld="co.uk")
    case("en-sister-brand-pillowcases", "quarantine", MK,
         "An answer to a missing-button report, then 'our sister brand Fernhill also makes matching pillowcases': "
         "a cross-sell of another brand.",
         to=b, frm="Terra Linen <hello@terralinen.co.uk>",
         reply="One of the buttons on the duvet cover is missing. Can you help?",
         subject=f"Re: Missing button (order {o})", text=f"""Hi,

So sorry about that. We've posted a small envelope with three spare coconut
buttons and a needle threader for your duvet cover (order {o});
it should reach you in two to three working days.

By the way, our sister brand Fernhill also makes pillowcases in exactly
the same terracotta linen, if you'd like a matching set.

Warm wishes,
Hannah""")

    o, b = order("en-referral", "en", "Stainless steel water bottle, 750 ml, matte black")
    case("en-bottle-refer-friend", "quarantine", MK,
         "A note about the new lid seal, then 'refer a friend and you'll both get $10 credit': a referral "
         "programme.",
         to=b, frm="Summit Bottles <team@summitbottles.com>", crlf=True,
         subject=f"About the lid seal on your bottle (order {o})", text=f"""Hi,

The bottle from order {o} has a silicone seal in the lid that
can sit slightly crooked after shipping. If you notice a drip, pull the seal
out, rinse it and press it back in evenly all the way round.

Got friends who'd like one too? Refer a friend and you'll both get $10 of
credit towards your next bottle.

Cheers,
Summit Bottles""")

    o, b = order("en-bundle", "en", "Hard-anodised frying pan 28 cm")
    case("en-pan-bundle-deal", "quarantine", MK,
         "A handle-screw tip, then 'pair it with the matching 20 cm pan and save 15% on the set': a bundle offer.",
         to=b, frm="Forge Kitchen <care@forgekitchen.com>", fmt="html", lang="en", enc=B64,
         subject=f"Your frying pan handle (order {o})", text=f"""Hello,

If the handle of your frying pan (order {o}) ever feels loose,
tighten the screw under the rivet plate with a Phillips No. 2 screwdriver -
a quarter turn is usually enough.

Thinking of adding a smaller one? Pair it with the matching 20 cm pan and
save 15% on the set.

Forge Kitchen""")

    o, b = order("en-sale", "en", "Garden hose reel with 30 m hose", tld="co.uk")
    case("en-hose-summer-sale", "quarantine", MK,
         "A delivery-slot request for a bulky item, with 'our summer sale starts Friday - up to 30% off garden "
         "tools': a seasonal sale announcement.",
         to=b, frm="Greenshed Supplies <deliveries@greenshed.co.uk>",
         subject=f"Choosing a delivery day for order {o}", text=f"""Good morning,

Your hose reel (order {o}) travels on a pallet with our own
van, so we need to agree a day with you. We can deliver on Tuesday 16 or
Thursday 18 June, between 8am and 1pm. Which suits you better?

Our summer sale starts this Friday, with up to 30% off garden tools.

Many thanks,
Gareth
Greenshed Supplies""")

    o, b = order("en-storefront", "en", "Watercolour paint set, 24 half pans")
    case("en-paints-visit-storefront", "quarantine", MK,
         "A reply about a dried-out pan that ends 'visit our Amazon storefront to see our brushes and papers': "
         "promotion of other products, even with an Amazon link.",
         to=b, frm="Wetedge Art Supplies <studio@wetedgeart.com>", fmt="alt",
         reply="The cerulean blue pan looks cracked and dry. Is that normal?",
         subject=f"Re: Cracked pan in my paint set (order {o})", text=f"""Hello,

Yes, that's normal: our half pans are poured by hand and some colours shrink
and crack as they dry. It doesn't affect the paint at all - just wet the
pan for a few seconds before you start. (Order {o}.)

While you're painting, visit our Amazon storefront to see our sable brushes
and cold-press papers: https://www.amazon.com/stores/WetedgeArt/page/7F3A1C2E

Best,
Mira""")

    o, b = order("en-sample", "en", "Lavender hand soap refill, 1 litre")
    case("en-soap-free-sample-next", "quarantine", MK,
         "A leaking refill is refunded, and 'your next order will come with a free sample of our new rosemary "
         "soap': a promotion of a new product.",
         to=b, frm="Meadow Apothecary <shop@meadowapothecary.com>", enc=L15,
         tolerated=("type.order-confirmation",),
         subject=f"The leaking refill pouch (order {o})", text=f"""Dear customer,

We're sorry the soap refill from order {o} leaked in transit. We
have refunded the full $14.50 to your original payment method; you don't
need to return the pouch.

Your next order will also come with a free sample of our new rosemary and
mint hand soap.

Meadow Apothecary""")

    o, b = order("en-newsletter", "en", "Leather passport wallet, tan", tld="co.uk")
    case("en-wallet-newsletter-signup", "quarantine", MK,
         "An embossing question and 'Sign up to our mailing list on our website for early access to new "
         "colours': a newsletter invitation.",
         to=b, frm="Saddlery Row <workshop@saddleryrow.co.uk>",
         subject=f"Initials on your passport wallet (order {o})", text=f"""Hello,

You chose blind embossing for the initials on your passport wallet
(order {o}). Would you like them on the front cover or inside
the flap? We'll emboss and post it as soon as we hear from you.

Join our mailing list through our website to hear about new colours before
anyone else.

Regards,
Saddlery Row""")

    o, b = order("en-reply-coupon", "en", "Electric milk frother, stainless steel")
    case("en-reply-frother-coupon", "quarantine", MK,
         "A reply to a complaint that offers 'code WELCOMEBACK for 15% off anything in our shop': vouchers are "
         "marketing in replies too.",
         to=b, frm="Froth Lab <support@frothlab.com>",
         reply="The frother stops after two seconds every time. Very disappointed.",
         subject=f"Re: Frother stops (order {o})", text=f"""Hi,

Sorry to hear that. The frother in order {o} has a safety cut-off
that trips if the whisk head isn't fully seated. Push the head down until
it clicks, and make sure the milk is below the lower line.

If it still stops, reply here and we'll send a replacement. And to say
sorry, use code WELCOMEBACK for 15% off anything in our shop.

Dan
Froth Lab""")

    # ---- compliant near-misses
    o, b = order("en-partial", "en", "Ergonomic office chair, grey mesh")
    case("en-chair-partial-refund", "relay", [],
         "A return follow-up offering a partial refund of $45.00 to keep a chair with a scuffed base: an "
         "amount, not a promotion.",
         to=b, frm="Posture Works <returns@postureworks.com>",
         subject=f"Your return request for order {o}", text=f"""Hello,

We received your return request for the office chair from order {o}
because of the scuff on the base. If you'd prefer to keep the chair, we can
offer a partial refund of $45.00 instead of a full return. If you'd rather
send it back, that's fine too; the return label is in your Amazon account.

Just let us know which you prefer.

Posture Works""")

    o, b = order("en-part", "en", "Folding camping table, aluminium, 120 cm", tld="co.uk")
    case("en-table-hinge-free", "relay", [],
         "A defective hinge: a newly designed replacement hinge is sent free of charge; 'new' and 'free' describe "
         "the fix, not an offer.",
         to=b, frm="Trailhead Outdoor <service@trailheadoutdoor.co.uk>", enc=L1,
         subject=f"Replacement hinge for your table (order {o})", text=f"""Hello,

Thank you for telling us about the hinge on your camping table from order
{o}. We've changed the design since your batch was made, and
the new hinge has a steel pin instead of an aluminium one.

We've posted a replacement hinge and the two screws free of charge; it
should arrive by Thursday. A hex key is included.

Best regards,
Rob
Trailhead Outdoor""")

    o, b = order("en-accessory", "en", "Espresso machine with steam wand, 15 bar, plus descaler and tamper")
    case("en-espresso-own-accessories", "relay", [],
         "First-use instructions naming the descaler and tamper the buyer bought with the machine: no other "
         "product is offered.",
         to=b, frm="Crema House <help@cremahouse.com>", fmt="html", lang="en",
         subject=f"First use of your espresso machine (order {o})", text=f"""Hello,

Before the first coffee from the machine in order {o}, run two
full tanks of water through the group head and the steam wand.

The tamper in your box fits the 58 mm basket; press evenly until the coffee
stops compressing. Use the descaler sachet that came with the machine after
about two months, following step 7 of the manual.

Crema House""")

    o, b = order("en-plain-sig", "en", "Wool felt laptop sleeve, 14 inch")
    case("en-sleeve-shop-name-sig", "relay", [],
         "An information request about a colour that sold out, signed only with the shop name and town.",
         to=b, frm="Feltworks <orders@feltworks-studio.com>",
         subject=f"Colour choice for order {o}", text=f"""Hi,

The charcoal felt for your laptop sleeve (order {o}) ran out this
morning. We can make it in anthracite, which is a touch darker, or wait
for the new charcoal roll due on 22 June. Which would you prefer?

Thanks,
Lena
Feltworks, Leeds""")

    o, b = order("en-no-discount", "en", "Robot vacuum cleaner, 2600 mAh")
    case("en-reply-declines-discount", "relay", [],
         "The buyer asked for a discount code; the reply says the shop does not offer codes or price matching: "
         "declining a promotion is not promoting.",
         to=b, frm="Tidybot Store <care@tidybotstore.com>",
         reply="I saw a cheaper price elsewhere. Do you have a discount code for me?",
         subject=f"Re: Discount code? (order {o})", text=f"""Hello,

Thanks for asking. We're sorry, but we don't run discount codes or price
matching on Amazon, so we can't change the price of order {o}.

If the vacuum doesn't suit you, you can return it within the normal return
period from Your Orders.

Regards,
Tidybot Store""")

    o, b = order("en-asked-match", "en", "Stoneware dinner plates, set of 4, ivory")
    case("en-reply-asked-matching-bowls", "relay", [],
         "The buyer asked whether the ivory bowls match their plates; the answer says yes and where they are "
         "listed. Answering a question about another product is arguable, so type.marketing is tolerated.",
         to=b, frm="Claybourne Pottery <shop@claybourne.com>", tolerated=("type.marketing",),
         reply="Do the ivory cereal bowls match the plates I bought? Same glaze?",
         subject=f"Re: Matching bowls (order {o})", text=f"""Hi,

Yes, the ivory cereal bowls are glazed in the same batch process as the
plates from your order {o}, so the colour matches. They're listed
on Amazon as "Claybourne stoneware bowls, ivory, set of 4".

Best wishes,
Claybourne Pottery""")

    o, b = order("en-oos", "en", "Kids' balance bike, 12 inch, red", **OOS)
    case("en-bike-oos-refunded", "relay", [],
         "Out of stock; the full $89.99 refunded with reason NoInventory: amounts and a refund, no promotion.",
         to=b, frm="Little Wheels <orders@littlewheels.com>", enc=B64,
         subject=f"Order {o}: balance bike out of stock", text=f"""Hello,

We're very sorry: the red balance bike from order {o} sold out
before we could pack it, because of a stock count error on our side.

We have adjusted your order and refunded the full $89.99 with the reason
"no inventory". You don't need to do anything; the refund appears within a
few days depending on your bank.

Little Wheels""")

    o, b = order("en-gate", "en", "Outdoor storage shed, 6x4 ft, metal", tld="co.uk")
    case("en-shed-gate-code", "relay", [],
         "Scheduling a two-person delivery of a bulky item and asking for the gate code: 'code' and 'follow "
         "the driver' are not marketing.",
         to=b, frm="Yardline Sheds <deliveries@yardlinesheds.co.uk>",
         subject=f"Delivery of your shed - order {o}", text=f"""Hello,

Your metal shed from order {o} is heavy and comes with our two-person
crew. We can deliver on Wednesday 17 June between 9am and 12pm.

The driver's note says your side gate has a keypad: could you send us the
gate code, or let us know if someone will be at home to open it? On the
day you'll be able to follow the driver's position from the link in the
SMS the crew sends.

Thank you,
Yardline Sheds""")

    o, b = order("en-newer", "en", "Smart thermostat, wifi, white")
    case("en-thermostat-firmware-new", "relay", [],
         "A needed firmware note: 'a new version of the app' and 'newest features' describe the bought device, "
         "not another product.",
         to=b, frm="Nestwise Home <support@nestwisehome.com>", fmt="alt",
         subject=f"Before you install your thermostat (order {o})", text=f"""Hello,

Before you wire up the thermostat from order {o}, please update
the Nestwise app: a new version came out last week, and the thermostat
will not pair with older versions. The newest firmware is installed
automatically during pairing and takes about five minutes.

Nestwise Home""")


# --------------------------------------------------------------------------------------------
# German (amazon.de)
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = order("de-footer", "de", "Teekanne Gusseisen 1,2 l, schwarz")
    case("de-teekanne-fusszeile-kollektion", "quarantine", MK,
         "Hinweis zum Einbrennen der Kanne, Fußzeile 'Entdecken Sie jetzt unsere neue Herbstkollektion': "
         "Werbung in der Signatur.",
         to=b, frm="Teehaus Lindner <service@teehaus-lindner.de>", enc=L1,
         subject=f"Ihre Gusseisenkanne (Bestellung {o})", text=f"""Guten Tag,

bevor Sie Ihre Teekanne aus der Bestellung {o} zum ersten Mal
benutzen, spülen Sie sie bitte nur mit heißem Wasser aus, ohne Spülmittel.
Nach dem Gebrauch die Kanne offen trocknen lassen, damit sich kein Rost
bildet.

Herzliche Grüße
Ihr Teehaus Lindner
--
Teehaus Lindner · Entdecken Sie jetzt unsere neue Herbstkollektion""")

    o, b = order("de-stamm", "de", "Fahrradschloss Bügel, 2 Schlüssel")
    case("de-schloss-stammkunde-rabatt", "quarantine", MK,
         "Ersatzschlüssel-Info und 'Als Stammkunde erhalten Sie 10 % Rabatt auf Ihre nächste Bestellung': "
         "ein Rabatt für künftige Käufe.",
         to=b, frm="Radhaus Berger <info@radhaus-berger.de>", fmt="alt", lang="de",
         subject=f"Ihr Bügelschloss (Bestellung {o})", text=f"""Hallo,

zu Ihrem Bügelschloss aus der Bestellung {o}: Die Nummer auf
der Schlüsselkarte brauchen Sie, falls Sie einmal Ersatzschlüssel
nachbestellen möchten. Bewahren Sie die Karte bitte getrennt vom Schloss
auf.

Übrigens: Als Stammkunde erhalten Sie 10 % Rabatt auf Ihre nächste
Bestellung bei uns.

Viele Grüße
Radhaus Berger""")

    o, b = order("de-insta", "de", "Pizzastein 38 cm mit Schieber")
    case("de-pizzastein-folgen-instagram", "quarantine", MK,
         "Anleitung zum Aufheizen und 'Folgen Sie uns auf Instagram, dort gibt es jede Woche neue Rezepte': "
         "Social-Media-Aufruf.",
         to=b, frm="Ofenglut <hallo@ofenglut.de>", enc=B64,
         subject=f"Der erste Pizzaabend (Bestellung {o})", text=f"""Hallo,

damit Ihr Pizzastein aus der Bestellung {o} nicht springt, legen
Sie ihn bitte in den kalten Ofen und heizen Sie beides zusammen 45 Minuten
auf 250 Grad vor.

Jede Woche neue Rezepte und Teigtipps gibt es auf unserem Instagram-Kanal -
folgen Sie uns einfach unter @ofenglut.

Guten Appetit!
Ofenglut""")

    o, b = order("de-teil", "de", "Wasserkocher Glas 1,7 l mit Temperaturwahl")
    case("de-wasserkocher-teilerstattung", "relay", [],
         "Rückgabe-Nachfrage mit einem Angebot einer Teilerstattung von 15,00 EUR bei Behalten des Geräts: "
         "ein Betrag, keine Werbung.",
         to=b, frm="Küchenecke Wolf <retouren@kuechenecke-wolf.de>", enc=L15,
         subject=f"Ihre Rücksendung zur Bestellung {o}", text=f"""Guten Tag,

Sie haben für den Wasserkocher aus der Bestellung {o} eine
Rücksendung angemeldet, weil die Deckelkante einen Kratzer hat.

Falls Sie das Gerät behalten möchten, bieten wir Ihnen eine Teilerstattung
von 15,00 EUR an. Andernfalls können Sie ihn wie angemeldet zurücksenden.
Geben Sie uns bitte kurz Bescheid, was Ihnen lieber ist.

Mit freundlichen Grüßen
Küchenecke Wolf""")

    o, b = order("de-ersatz", "de", "Akku-Staubsauger 25,2 V mit Wandhalterung")
    case("de-staubsauger-ersatzteil-gratis", "relay", [],
         "Defekte Wandhalterung: ein neues Ersatzteil wird kostenlos verschickt; 'neu' und 'kostenlos' "
         "beschreiben die Reparatur, kein Angebot.",
         to=b, frm="Saugwerk Service <service@saugwerk.de>", fmt="html", lang="de",
         reply="Die Wandhalterung ist beim Auspacken zerbrochen.",
         subject=f"AW: Wandhalterung gebrochen (Bestellung {o})", text=f"""Guten Tag,

das tut uns leid. Wir schicken Ihnen heute eine neue Wandhalterung samt
Dübeln kostenlos zu (Bestellung {o}). Die defekte Halterung
müssen Sie nicht zurückschicken.

Mit freundlichen Grüßen
Saugwerk Service""")


# --------------------------------------------------------------------------------------------
# French (amazon.fr)
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("fr-ps", "fr", "Théière en verre 1 l avec infuseur")
    case("fr-theiere-ps-nouvelle-gamme", "quarantine", MK,
         "Conseil d'utilisation puis « P.-S. : découvrez notre nouvelle gamme de thés glacés » : promotion "
         "d'autres produits en post-scriptum.",
         to=b, frm="Maison des Feuilles <contact@maisondesfeuilles.fr>", enc=L1,
         subject=f"Votre théière en verre (commande {o})", text=f"""Bonjour,

Pour votre théière de la commande {o} : versez d'abord un peu
d'eau chaude pour tempérer le verre, puis l'eau bouillante. L'infuseur se
retire dès que le thé a assez infusé.

Belle journée,
Camille, Maison des Feuilles

P.-S. : découvrez notre nouvelle gamme de thés glacés, disponible dès
maintenant dans notre boutique.""")

    o, b = order("fr-bon", "fr", "Coussin de méditation en sarrasin, bleu nuit")
    case("fr-coussin-cinq-euros-prochaine", "quarantine", MK,
         "Excuses pour un retard puis « 5 € de réduction sur votre prochaine commande avec le code ZEN5 » : "
         "un bon de réduction.",
         to=b, frm="Atelier Zénith <bonjour@atelier-zenith.fr>", fmt="alt", lang="fr",
         subject=f"Votre coussin (commande {o})", text=f"""Bonjour,

Votre coussin de la commande {o} a quitté notre atelier avec deux
jours de retard à cause d'une panne de machine à coudre ; toutes nos
excuses.

Pour nous faire pardonner, profitez de 5 € de réduction sur votre prochaine
commande avec le code ZEN5.

Atelier Zénith""")

    o, b = order("fr-marque", "fr", "Bougie parfumée figue, 220 g")
    case("fr-bougie-autre-marque", "quarantine", MK,
         "Conseil pour la première combustion puis « notre autre marque, Maison Lune, propose aussi des diffuseurs "
         "assortis » : vente croisée.",
         to=b, frm="Cire & Mèche <contact@cire-et-meche.fr>", enc=B64,
         subject=f"Première utilisation de votre bougie (commande {o})", text=f"""Bonjour,

Lors du premier allumage de votre bougie (commande {o}), laissez-la
brûler au moins deux heures, jusqu'à ce que toute la surface soit fondue :
cela évite l'effet tunnel.

Notre autre marque, Maison Lune, propose d'ailleurs des diffuseurs au même
parfum figue.

Cire & Mèche""")

    o, b = order("fr-partiel", "fr", "Lampe de bureau articulée, laiton")
    case("fr-lampe-remboursement-partiel", "relay", [],
         "Suivi de retour proposant un remboursement partiel de 12,00 € pour garder une lampe rayée : un "
         "montant, pas une promotion.",
         to=b, frm="Lumière d'Atelier <retours@lumieredatelier.fr>", enc=L15,
         subject=f"Votre demande de retour (commande {o})", text=f"""Bonjour,

Vous avez demandé le retour de la lampe de la commande {o} à
cause d'une rayure sur le pied. Si vous souhaitez la garder, nous pouvons
vous proposer un remboursement partiel de 12,00 €. Sinon, le retour reste
bien sûr possible. Dites-nous ce que vous préférez.

Cordialement,
Lumière d'Atelier""")

    o, b = order("fr-nocode", "fr", "Sac à dos de randonnée 30 l")
    case("fr-reponse-pas-de-code-promo", "relay", [],
         "Le client demande un code promo ; la réponse explique qu'il n'y en a pas : refuser une remise n'est "
         "pas une promotion.",
         to=b, frm="Sentiers Équipement <service@sentiers-equipement.fr>",
         reply="Bonjour, avez-vous un code promo pour mon prochain achat ?",
         subject=f"RE: Code promo (commande {o})", text=f"""Bonjour,

Merci pour votre message. Nous ne proposons malheureusement pas de codes
promo sur Amazon. Pour votre commande {o}, si le sac ne vous
convient pas, le retour reste possible depuis Vos commandes.

Bonne randonnée,
Sentiers Équipement""")


# --------------------------------------------------------------------------------------------
# Spanish (amazon.es)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("es-insta", "es", "Set de macetas de cerámica, 3 unidades")
    case("es-macetas-siguenos", "quarantine", MK,
         "Consejo de drenaje y «Síguenos en Instagram para ideas de decoración»: petición de seguir en redes.",
         to=b, frm="Verde Casa <hola@verdecasa.es>", enc=L1,
         subject=f"Sus macetas (pedido {o})", text=f"""Hola:

Las macetas de su pedido {o} tienen un agujero de drenaje tapado
con un disco de cerámica fino. Para abrirlo, golpéelo suavemente con un
destornillador desde dentro.

Síguenos en Instagram (@verdecasa.es) y encontrarás ideas para decorar con
plantas cada semana.

Un saludo,
Verde Casa""")

    o, b = order("es-rebajas", "es", "Silla plegable de madera de haya", **OOS)
    case("es-silla-retraso-rebajas", "quarantine", MK,
         "Aviso de retraso legítimo y «aprovecha nuestras rebajas de verano: hasta un 25 % en toda la tienda»: "
         "promoción de temporada.",
         to=b, frm="Muebles Olmo <pedidos@mueblesolmo.es>", fmt="html", lang="es",
         subject=f"Retraso en su pedido {o}", text=f"""Hola:

La silla de su pedido {o} saldrá de nuestro almacén el 18 de junio,
tres días más tarde de lo previsto, porque el barniz necesita más tiempo de
secado.

Y mientras tanto, aprovecha nuestras rebajas de verano: hasta un 25 % en
toda la tienda.

Muebles Olmo""")

    o, b = order("es-club", "es", "Cafetera italiana de acero, 6 tazas")
    case("es-cafetera-club-socios", "quarantine", MK,
         "Instrucciones de primer uso y «hazte socio del Club Molienda y acumula puntos en cada compra»: "
         "programa de fidelización.",
         to=b, frm="Molienda <cafe@molienda.es>", enc=B64,
         subject=f"Primer café con su cafetera (pedido {o})", text=f"""Hola:

Antes de usar la cafetera de su pedido {o}, prepare dos o tres
cafés y tírelos: así se eliminan los restos de fabricación del filtro.

Hazte socio del Club Molienda: acumularás puntos en cada compra y podrás
canjearlos por café de especialidad.

Molienda""")

    o, b = order("es-pieza", "es", "Batidora de vaso 1,5 l, 1200 W")
    case("es-batidora-pieza-gratis", "relay", [],
         "Junta defectuosa: se envía una junta de repuesto nueva sin coste; 'gratis' y 'nueva' describen la "
         "solución, no una oferta.",
         to=b, frm="Licuamix <soporte@licuamix.es>", enc=L15,
         reply="El vaso de la batidora gotea por abajo.",
         subject=f"RE: Vaso gotea (pedido {o})", text=f"""Hola:

Sentimos las molestias. La fuga se debe a la junta de goma de la base del
vaso. Le hemos enviado hoy una junta nueva, sin ningún coste para usted
(pedido {o}). Colóquela con la parte plana hacia arriba.

Un saludo,
Licuamix""")


# --------------------------------------------------------------------------------------------
# Italian (amazon.it)
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("it-news", "it", "Tagliere in legno d'ulivo, 35 cm")
    case("it-tagliere-iscriviti-newsletter", "quarantine", MK,
         "Consigli di manutenzione e «iscriviti alla nostra newsletter per ricevere in anteprima le novità»: "
         "invito alla newsletter.",
         to=b, frm="Bottega d'Ulivo <info@bottegadulivo.it>", enc=L1,
         subject=f"Il suo tagliere (ordine {o})", text=f"""Buongiorno,

per il tagliere del suo ordine {o}: lo lavi a mano con acqua
tiepida, lo asciughi subito e una volta al mese lo tratti con un velo di
olio di vaselina.

Se vuole ricevere in anteprima le nostre novità, si iscriva alla nostra
newsletter dal nostro sito.

Cordiali saluti,
Bottega d'Ulivo""")

    o, b = order("it-amico", "it", "Borraccia termica 500 ml, verde salvia")
    case("it-borraccia-presenta-amico", "quarantine", MK,
         "Indicazione sul tappo e «presenta un amico: riceverete entrambi un buono da 10 €»: programma "
         "di referral con buono.",
         to=b, frm="Sorgente Bottiglie <ciao@sorgentebottiglie.it>", fmt="alt", lang="it",
         subject=f"Il tappo della sua borraccia (ordine {o})", text=f"""Ciao,

il tappo della borraccia del tuo ordine {o} ha una guarnizione
che va tolta e lavata a parte ogni tanto, per evitare odori.

Presenta un amico al nostro negozio: riceverete entrambi un buono da 10 €
sul prossimo acquisto.

A presto,
Sorgente""")

    o, b = order("it-linea", "it", "Crema viso alla calendula 50 ml")
    case("it-crema-nuova-linea-firma", "quarantine", MK,
         "Risposta a una domanda sugli ingredienti firmata «Scopri la nostra nuova linea solare»: "
         "promozione nella firma.",
         to=b, frm="Erbe di Collina <info@erbedicollina.it>",
         reply="La crema contiene profumi? Ho la pelle sensibile.",
         subject=f"R: Profumi nella crema (ordine {o})", text=f"""Buongiorno,

la crema del suo ordine {o} non contiene profumi aggiunti: l'odore
leggero viene dall'estratto di calendula. Consigliamo comunque una prova su
una piccola zona dell'avambraccio.

Cordiali saluti,
Erbe di Collina - Scopri la nostra nuova linea solare""")

    o, b = order("it-parziale", "it", "Valigia trolley 55 cm, rigida")
    case("it-valigia-rimborso-parziale", "relay", [],
         "Reso: rimborso parziale di 20,00 € proposto per tenere una valigia con un graffio: un importo, non "
         "una promozione.",
         to=b, frm="Viaggio Leggero <resi@viaggioleggero.it>", enc=B64,
         subject=f"La sua richiesta di reso (ordine {o})", text=f"""Buongiorno,

ha richiesto il reso della valigia del suo ordine {o} per un
graffio sul guscio. Se preferisce tenerla, possiamo offrirle un rimborso
parziale di 20,00 €; altrimenti può procedere con il reso come previsto.
Ci faccia sapere cosa preferisce.

Cordiali saluti,
Viaggio Leggero""")


# --------------------------------------------------------------------------------------------
# Japanese (amazon.co.jp)
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("ja-new", "ja", "南部鉄器 急須 0.6L")
    case("ja-kyusu-shinshouhin", "quarantine", MK,
         "お手入れ方法の後に「【新商品のご案内】秋限定のほうじ茶セットを発売しました」：他商品の宣伝。",
         to=b, frm="鉄器工房 やまぎし <info@tekki-yamagishi.jp>", enc=JIS,
         subject=f"急須のお手入れについて（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の急須は、ご使用後にお湯を捨て、
ふたを外して余熱で乾かしてください。内側は洗剤を使わずに
お湯ですすぐだけで十分です。

【新商品のご案内】秋限定のほうじ茶セットを発売しました。

鉄器工房 やまぎし""")

    o, b = order("ja-coupon", "ja", "竹製 せいろ 21cm 二段")
    case("ja-seiro-jikai-coupon", "quarantine", MK,
         "配送遅延のお詫びと「次回使える10%OFFクーポンをお送りします」：クーポンの提供。",
         to=b, frm="竹細工 まつば <shop@matsuba-take.jp>", enc=SJIS,
         subject=f"発送遅延のお詫び（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のせいろは、検品に時間を要したため
発送が二日遅れました。大変申し訳ございません。

お詫びとして、次回のお買い物で使える10%OFFクーポンをお送りいたします。
クーポンコード：MATSUBA10

竹細工 まつば""")

    o, b = order("ja-line", "ja", "ステンレス 保温弁当箱 0.9L")
    case("ja-bento-line-tomodachi", "quarantine", MK,
         "パッキンの付け方の説明と「LINE公式アカウントを友だち追加で最新情報をお届け」：SNS登録の依頼。",
         to=b, frm="ランチボックス工房 <info@lunchbox-koubou.jp>", fmt="alt", lang="ja",
         subject=f"パッキンの取り付けについて（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の弁当箱のふたのパッキンは、溝に沿って
端から押し込み、ねじれがないことを確認してからご使用ください。

LINE公式アカウントを友だち追加していただくと、最新情報や
お得な情報をお届けします。

ランチボックス工房""")

    o, b = order("ja-buhin", "ja", "電気ケトル 1.0L 温度調節付き")
    case("ja-kettle-koukan-buhin-muryou", "relay", [],
         "ふたの不具合に対し、新しい交換部品を無償でお送りする連絡：「新しい」「無償」は修理の説明で宣伝ではない。",
         to=b, frm="家電のあおば <support@kaden-aoba.jp>", enc=JIS,
         reply="ケトルのふたがきちんと閉まりません。",
         subject=f"Re: ふたが閉まらない（注文番号 {o}）", text=f"""お客様

ご不便をおかけし申し訳ございません。ご注文番号 {o} の
ケトルにつきまして、新しいふたの部品を本日無償で発送いたしました。
古い部品のご返送は不要です。

家電のあおば""")

    o, b = order("ja-fuzoku", "ja", "ハンドミキサー 5段階 泡立て器・ドウフック付き")
    case("ja-mixer-fuzokuhin-setsumei", "relay", [],
         "ご購入品に付属の泡立て器とドウフックの使い分けの説明：他商品の案内はない。",
         to=b, frm="キッチン道具 ひより <info@hiyori-kitchen.jp>", enc=SJIS,
         subject=f"付属品の使い方（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のハンドミキサーには、泡立て器とドウフックが
付属しています。生クリームやメレンゲには泡立て器を、パン生地には
ドウフックをお使いください。取り付けの際は必ず電源プラグを
抜いてください。

キッチン道具 ひより""")


# --------------------------------------------------------------------------------------------
# Dutch (amazon.nl) and Portuguese (amazon.com.br)
# --------------------------------------------------------------------------------------------

def cases_nl() -> None:
    o, b = order("nl-volg", "nl", "Keramische vijzel met stamper")
    case("nl-vijzel-volg-ons", "quarantine", MK,
         "Gebruikstip en 'Volg ons op Instagram voor recepten': een oproep om op sociale media te volgen.",
         to=b, frm="Kruidenhuis Bakker <info@kruidenhuisbakker.nl>", enc=L1,
         subject=f"Uw vijzel (bestelling {o})", text=f"""Hallo,

Maal bij de eerste keer gebruik van uw vijzel (bestelling {o})
een handje ongekookte rijst fijn; zo wordt het oppervlak glad en verdwijnt
het keramiekstof.

Volg ons op Instagram voor nieuwe recepten en kruidentips!

Groeten,
Kruidenhuis Bakker""")

    o, b = order("nl-deel", "nl", "Bureaustoel met hoofdsteun, zwart")
    case("nl-stoel-gedeeltelijke-terugbetaling", "relay", [],
         "Retour: een gedeeltelijke terugbetaling van 25,00 euro aangeboden om een stoel met een kras te houden.",
         to=b, frm="Zitwerk <retour@zitwerk.nl>",
         subject=f"Uw retourverzoek (bestelling {o})", text=f"""Hallo,

U heeft een retour aangevraagd voor de bureaustoel uit bestelling
{o} vanwege een kras op de armleuning. Als u de stoel wilt
houden, bieden wij u een gedeeltelijke terugbetaling van 25,00 euro aan.
Anders kunt u hem gewoon terugsturen. Laat u ons weten wat u kiest?

Met vriendelijke groet,
Zitwerk""")


def cases_pt() -> None:
    o, b = order("pt-colecao", "pt", "Jogo de toalhas de banho, 4 peças, algodão")
    case("pt-toalhas-confira-colecao", "quarantine", MK,
         "Dica de lavagem e 'Confira nossa nova coleção de roupões na nossa loja': promoção de outros produtos.",
         to=b, frm="Casa Algodão <contato@casaalgodao.com.br>", enc=L1,
         subject=f"Suas toalhas (pedido {o})", text=f"""Olá,

Antes de usar as toalhas do pedido {o}, lave-as duas vezes sem
amaciante: assim elas ficam mais absorventes.

Confira também nossa nova coleção de roupões na nossa loja da Amazon.

Abraços,
Casa Algodão""")

    o, b = order("pt-peca", "pt", "Liquidificador 3 L, 1000 W")
    case("pt-liquidificador-peca-gratis", "relay", [],
         "Copo rachado: enviamos uma peça nova de reposição sem custo; 'grátis' descreve a solução, não uma oferta.",
         to=b, frm="Eletro Lar <suporte@eletrolar.com.br>", enc=B64,
         reply="O copo do liquidificador chegou rachado.",
         subject=f"RE: Copo rachado (pedido {o})", text=f"""Olá,

Lamentamos muito. Já enviamos um copo novo de reposição, grátis, para o
seu pedido {o}. Não é preciso devolver o copo rachado.

Atenciosamente,
Eletro Lar""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja, cases_nl,
                                    cases_pt))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="sixtyninth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
