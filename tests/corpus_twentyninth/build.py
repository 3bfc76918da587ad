#!/usr/bin/env python3
"""Build the twenty-ninth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_twentyninth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. Angle: RULES.md section B (order-id.missing, order-id.unknown,
order-id.buyer-mismatch, window.expired, language.mismatch) across amazon.com, .co.uk, .de, .fr, .it, .es, .co.jp
and a few .ca/.com.mx/.com.be/.at orders, with the emphasis on language.mismatch: short messages, messages full of
English product names and technical terms, bilingual messages, greeting-only buyer language, quoted text and
footers in another language, katakana-heavy Japanese, British vs American English, buyer languages that differ
from the marketplace default or are stored as "de_DE" / "pt-BR" / "ES", no recorded language; and the order
rules: ID only in the subject / an HTML table / a quote, two IDs, another buyer's order, the completion date
falling back from delivered to shipped to purchased, 29 / 30 / 30 days + 1 h / 31 days, and replies (to which
no section B rule applies).
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
    buyer,
    collect_by_language,
    lang_counts,
    mail_date,
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

_rnd = random.Random(29_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "ca": "70", "com.mx": "70", "de": "30", "at": "30", "fr": "40",
           "com.be": "40", "es": "40", "it": "40", "co.jp": "25"}
_TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-02T10:00:00Z", shipped="2026-06-03T08:00:00Z",
                 delivered="2026-06-06T12:00:00Z")
ORDERS = BOOK.rows
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
LATIN1 = {"charset": "iso-8859-1", "cte": "quoted-printable"}
B64 = {"cte": "base64"}


def order(key: str, lang: str, title: str, *, tld: str = "", stored_lang: str | None = None,
          buyer_email: str | None = None, **dates) -> tuple[str, str]:
    """An order row; `stored_lang` overrides the buyer_language column as written ("" = none recorded)."""
    oid, addr = BOOK.add(key, lang, title, tld=tld, **dates)
    if stored_lang is not None:
        ORDERS[key]["buyer_language"] = stored_lang
    if buyer_email is not None:
        ORDERS[key]["buyer_email"] = buyer_email
    return oid, addr


def unknown_id(tld: str) -> str:
    """An order ID of the marketplace's shape that is not in orders.csv."""
    return BOOK.order_id(tld)


B_RULES = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "language.mismatch"]
NAIVE = ["type.thank-you-only", "type.order-confirmation", "type.marketing", "review.incentive",
         "order-problem.no-adjustment", "return.unnecessary", "content.phone-number", "content.email-address",
         "content.sensitive", "link.external", "link.insecure", "style.emoji", "style.font-override",
         "style.alignment", "style.line-breaks"]


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str,
         text: str | None = None, html: str | None = None, reply: str = "", day: int = 12,
         tolerated: tuple[str, ...] = (), enc: dict | None = None, lang: str = "") -> None:
    """One case. `reply` set: the message answers a buyer (In-Reply-To/References) and quotes `reply` below
    the text part (and the HTML part if any). Every section B rule and every naive-filter rule not named in
    `rules` (or tolerated) must stay silent; content.spelling (a warning) is tolerated everywhere."""
    hdrs = reply_headers(f"0100019b.e29.{slug[:24]}") if reply else []
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = None
    if text is not None:
        body = text.strip("\n") + "\n"
        if reply:
            body += "\n" + quote(reply) + "\n"
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*B_RULES, *NAIVE) if r not in rules and r not in tol]
    msg = mk(frm, to, subject, mail_date(day, "09:40:00", "+0000"), f"<c29.{slug}@{dom}>", headers=hdrs,
             text=body, html=html, **(enc or {}))
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, lang=lang)


def html_doc(body_text: str, lang: str, extra: str = "") -> str:
    return page(text2html(body_text) + extra, lang)


# --------------------------------------------------------------------------------------------
# English marketplaces (.com, .co.uk, .ca) and buyer languages that differ from the default
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    # ---- compliant ----
    o, b = order("uk-british", "en", "Oak Veneer Bedside Table with Drawer", tld="co.uk")
    case("uk-british-spelling-short", "relay", [],
         "British spelling (colour, organise) on amazon.co.uk is English: the buyer's language.",
         to=b, frm="Hartley & Finch <orders@hartleyfinch.co.uk>",
         subject=f"Your bedside table, order {o}", text=f"""Hi there,

The colour of the drawer front on your bedside table (order {o}) is slightly lighter than the photo because the veneer is natural oak; it darkens within a few weeks in daylight. If you'd like us to organise a matching replacement front anyway, just reply and tell us.

Cheers,
Tom at Hartley & Finch""")

    o, b = order("us-on-uk", "en", "Cast Iron Skillet 26 cm, pre-seasoned", tld="co.uk")
    case("american-spelling-on-co-uk", "relay", [],
         "American spelling (color, seasoning, favorite) to a British buyer is still English.",
         to=b, frm="Ridgeway Cookware <help@ridgewaycookware.com>",
         subject=f"Seasoning your skillet (order {o})", text=f"""Hello,

Before the first use of the skillet from order {o}, wash it with hot water only, dry it on the stove and rub in a thin layer of oil. The color will turn from gray to deep black after a few uses; that is normal and it's our favorite sign of a well-seasoned pan.

Best regards,
Ridgeway Cookware Support""")

    o, b = order("ca-nolang", "en", "Heated Car Seat Cushion 12V", tld="ca", stored_lang="")
    case("ca-no-language-english", "relay", [],
         "No recorded language on amazon.ca: the default is English, and the message is English.",
         to=b, frm="NorthRoad Auto <service@northroadauto.ca>",
         subject=f"Order {o} - 12V plug check",
         text=f"""Hello,

For the heated cushion in order {o}: if the light on the controller does not come on, please check that the 12V socket in your car is live with the ignition off; many vehicles only power it with the key turned. Let us know the make and year of your car if it still doesn't heat and we'll tell you which fuse to check.

NorthRoad Auto""")

    o, b = order("us-es-buyer", "es", "Olla de presión eléctrica 6 qt", tld="com")
    case("com-spanish-buyer-spanish", "relay", [],
         "A Spanish-speaking buyer on amazon.com (buyer_language es): a Spanish message is in the buyer's "
         "language, although the marketplace default is English.",
         to=b, frm="CasaChef USA <soporte@casachefusa.com>",
         subject=f"Su olla de presión - pedido {o}", text=f"""Hola,

Para la olla de presión del pedido {o}: antes del primer uso, ponga dos tazas de agua, cierre la tapa con la válvula en posición "Sealing" y programe 5 minutos en "Pressure Cook". Así se elimina el olor a nuevo del anillo de silicona.

Si la tapa no cierra, revise que el anillo esté bien colocado en su ranura y escríbanos.

Saludos,
Equipo CasaChef""")

    o, b = order("us-ptbr", "pt", "Liquidificador 1200W 2L", tld="com", stored_lang="pt-BR")
    case("com-ptbr-buyer-portuguese", "relay", [],
         "buyer_language stored as 'pt-BR' on amazon.com: the buyer reads Portuguese, and the message is "
         "Portuguese.",
         to=b, frm="BlendPro <help@blendpro-store.com>",
         subject=f"Pedido {o} - trava de segurança do liquidificador", text=f"""Olá,

Sobre o liquidificador do pedido {o}: o motor só liga quando a jarra está encaixada e a tampa travada. Gire a jarra no sentido horário até ouvir um clique; se ainda assim não ligar, nos envie uma foto da base para verificarmos.

Atenciosamente,
Equipe BlendPro""")

    o, b = order("us-ES-upper", "es", "Lámpara de escritorio LED regulable", tld="com", stored_lang="ES")
    case("com-language-uppercase-ES", "relay", [],
         "buyer_language stored as 'ES' (upper case) on amazon.com: Spanish; the Spanish message passes.",
         to=b, frm="Luminar Desk <ayuda@luminardesk.com>",
         subject=f"Pedido {o}: ajuste de la lámpara", text=f"""Hola,

La lámpara de su pedido {o} tiene cinco niveles de brillo y tres temperaturas de color. Mantenga pulsado el botón táctil dos segundos para cambiar de temperatura; un toque corto cambia el brillo.

Un saludo,
Luminar Desk""")

    o, b = order("reply-en-de", "de", "Espressomaschine Siebträger 15 bar", tld="de", stored_lang="de")
    case("reply-english-to-de-buyer", "relay", [],
         "A reply (In-Reply-To) in English to a buyer on amazon.de who wrote in English: section B, "
         "language.mismatch included, applies to proactive messages only.",
         to=b, frm="Caffè Moderno <service@caffemoderno.de>",
         reply="Hi, I don't speak German. The steam wand only spits water, what am I doing wrong?",
         subject="Re: Steam wand question", text="""Hi,

No problem, we're happy to help in English. Open the steam knob for two seconds over the drip tray before you froth: the first water in the wand is condensation. Then wait until the steam light stops blinking and froth with the tip just under the surface of the milk.

Kind regards,
Jonas, Caffè Moderno""")

    o, b = order("reply-noid", "en", "Bamboo Bath Mat 50x80", tld="com")
    case("reply-without-order-id", "relay", [],
         "Answering a buyer's question without repeating the order ID: order-id.missing is proactive-only.",
         to=b, frm="Greenstep Home <care@greenstephome.com>",
         reply="Can the bamboo mat go in the washing machine?",
         subject="Re: Washing the bath mat", text="""Hello,

Please don't put it in the washing machine; wipe it with a damp cloth and let it dry standing up. A few drops of white vinegar in the water keeps it fresh.

Greenstep Home""")

    old = "2026-04-20T12:00:00Z"
    o, b = order("reply-old", "en", "Wireless Doorbell Kit", tld="co.uk", purchased="2026-04-12T10:00:00Z",
                 shipped="2026-04-14T08:00:00Z", delivered=old)
    case("reply-after-window-with-id", "relay", [],
         "A reply about an order delivered 56 days ago: window.expired applies to proactive messages only.",
         to=b, frm="ChimeBox <support@chimebox.co.uk>",
         reply=f"My doorbell from order {o} stopped ringing. Is it still under warranty?",
         subject=f"Re: Doorbell, order {o}", text=f"""Hello,

Yes, the doorbell from order {o} has a two-year warranty. First replace the CR2032 cell in the push button (the small screw at the bottom opens it); a flat cell is the usual cause. If that doesn't help, reply here and we will send a replacement button.

Regards,
ChimeBox Support""")

    o, b = order("reply-unknownid", "en", "Silicone Baking Mats, set of 3", tld="com")
    uid = unknown_id("com")
    case("reply-quoting-unknown-order-id", "relay", [],
         "A reply that repeats an order ID the store does not know (the buyer typed it): order-id.unknown "
         "is proactive-only.",
         to=b, frm="BakeWell Supplies <care@bakewellsupplies.com>",
         reply=f"Hi, I bought baking mats, order {uid}, and one is missing from the pack.",
         subject=f"Re: Missing mat - {uid}", text="""Hello,

Sorry about that. We can't find that order number in our account; it may belong to another seller's listing. Could you check the order number under Your Orders and send it to us, so we can ship the missing mat?

BakeWell Supplies""")

    o, b = order("subject-only", "en", "Stainless Steel Water Bottle 750 ml", tld="com")
    case("order-id-only-in-subject", "relay", [],
         "The order ID stands only in the subject; RULES.md counts the subject or the body.",
         to=b, frm="Summit Flask <hello@summitflask.com>",
         subject=f"Lid seal for order {o}", text="""Hi,

We noticed a batch of lids for this bottle was packed without the inner silicone seal. Could you check whether there is a grey ring inside the lid of yours? If not, reply and we'll post one out.

Summit Flask""")

    o, b = order("table-only", "en", "Memory Foam Pillow, Standard", tld="com")
    tbl = (f'<table border="1" cellpadding="4"><tr><th>Order</th><th>Item</th></tr>'
           f'<tr><td>{o}</td><td>Memory Foam Pillow, Standard</td></tr></table>')
    case("order-id-only-in-html-table", "relay", [],
         "An HTML-only message whose order ID stands only in a table cell: the body includes it.",
         to=b, frm="RestEasy Bedding <care@resteasybedding.com>", subject="About your pillow",
         html=page("<p>Hello,</p>\n<p>The pillow below was vacuum packed. Please give it 24 hours out of the "
                   "wrapper to reach its full height before you use it; a faint smell of new foam also fades in "
                   "that time.</p>\n" + tbl + "\n<p>If it has not recovered its shape after two days, please "
                   "reply and we will sort it out.</p>\n<p>RestEasy Bedding</p>", "en"))

    o, b = order("quote-only", "en", "Kids' Bike Helmet, size S", tld="com")
    case("order-id-only-in-quoted-earlier-message", "relay", [],
         "A proactive follow-up whose only order ID is in the quoted earlier message: the quote is part of "
         "the body, so the body includes the ID.",
         to=b, frm="Pedal Pals <team@pedalpals.com>", subject="Following up: helmet size",
         text=f"""Hello again,

We haven't heard back about the helmet size. If the small is too tight, we can exchange it for the medium (head circumference 52-56 cm) as soon as you confirm.

Pedal Pals

-----Original Message-----
From: Pedal Pals
Sent: Tuesday, June 9, 2026
Subject: Helmet size, order {o}

> Could you measure your child's head circumference for order {o}?
> The small fits 48-52 cm.""")

    o, b = order("exact30", "en", "Garden Hose Reel 30 m", tld="com", purchased="2026-05-10T10:00:00Z",
                 shipped="2026-05-12T08:00:00Z", delivered="2026-05-16T12:00:00Z")
    case("window-exactly-30-days", "relay", [],
         "Delivered exactly 30 x 24 h before now: RULES.md says exactly 30 days passes.",
         to=b, frm="GreenYard Tools <service@greenyardtools.com>",
         subject=f"Hose reel order {o} - winter storage", text=f"""Hello,

A quick note on the hose reel from order {o}: before the first frost, drain the hose completely and store the reel indoors; water left in the swivel joint can crack it. A drop of silicone grease on the O-ring every spring keeps it turning smoothly.

GreenYard Tools""")

    o, b = order("d29", "en", "Resistance Bands Set", tld="co.uk", purchased="2026-05-11T10:00:00Z",
                 shipped="2026-05-13T08:00:00Z", delivered="2026-05-17T09:00:00Z")
    case("window-29-days", "relay", [],
         "Delivered 29 days and 3 hours ago: inside the 30-day window.",
         to=b, frm="FlexFit UK <support@flexfit.co.uk>",
         subject=f"Your resistance bands (order {o})", text=f"""Hello,

The door anchor for the bands in order {o} was missing from part of our stock. Could you check whether the black strap with the foam block is in your bag? If not, reply and we'll send one.

FlexFit UK""")

    o, b = order("shipped-fallback-ok", "en", "Bird Feeder Station", tld="com", purchased="2026-05-01T10:00:00Z",
                 shipped="2026-05-25T08:00:00Z", delivered="")
    case("window-no-delivery-shipped-21-days", "relay", [],
         "No delivery date: completion falls back to shipped (21 days ago), not purchased (45 days ago).",
         to=b, frm="Feather & Perch <hello@featherperch.com>",
         subject=f"Assembly tip for order {o}", text=f"""Hi,

The bird feeder station from order {o} was shipped from our back-order stock. The ground spike goes in easiest after rain; on dry ground, make a pilot hole with a screwdriver first. Tighten the top hooks only after the pole stands upright.

Feather & Perch""")

    o, b = order("delivered-wins", "en", "Standing Desk Frame", tld="com", purchased="2026-04-20T10:00:00Z",
                 shipped="2026-05-28T08:00:00Z", delivered="2026-06-01T12:00:00Z")
    case("window-old-purchase-recent-delivery", "relay", [],
         "Purchased 56 days ago (pre-order) but delivered 14 days ago: the window runs from delivery.",
         to=b, frm="RiseDesk <support@risedesk.com>",
         subject=f"Desk frame {o}: height memory", text=f"""Hello,

To save a height on the desk frame from order {o}: set the height, press M, then 1, 2 or 3 within three seconds. If the display shows ASR, hold the down button until the desk reaches its lowest point to reset it.

RiseDesk Support""")

    o1, b = order("two-old", "en", "Ceramic Plant Pot 20 cm", tld="com", purchased="2026-04-15T10:00:00Z",
                  shipped="2026-04-16T08:00:00Z", delivered="2026-04-20T12:00:00Z")
    o2, _ = order("two-new", "en", "Ceramic Plant Pot 30 cm", tld="com")
    ORDERS["two-new"]["buyer_email"] = b
    case("two-orders-latest-completion", "relay", [],
         "Two known orders of the same buyer, one delivered 56 days ago and one 9 days ago: the window runs "
         "from the latest completion.",
         to=b, frm="Terra Pots <care@terrapots.com>",
         subject=f"Matching saucers for {o2}", text=f"""Hello,

You ordered the 20 cm pot earlier (order {o1}) and now the 30 cm pot (order {o2}). The 30 cm pot ships without a saucer; the drainage hole is plugged with a cork for indoor use. Pull the cork out if you plant it outdoors.

Terra Pots""")

    o, _ = order("no-buyer-addr", "en", "LED Strip Lights 5 m", tld="com", buyer_email="")
    b = buyer(_rnd, "com")
    case("order-without-stored-buyer", "relay", [],
         "The order has no stored buyer address: RULES.md says that is no mismatch.",
         to=b, frm="GlowLine <support@glowline.com>",
         subject=f"LED strip {o}: cutting to length", text=f"""Hi,

The LED strip from order {o} can be cut at the copper pads marked with a scissors symbol, every three LEDs. Don't cut between the marks or the last section won't light.

GlowLine""")

    o, b = order("en-german-footer", "en", "Wool Hiking Socks, 3 pairs", tld="co.uk")
    case("english-with-german-legal-footer", "relay", [],
         "An English message to a British buyer from a German seller, with the legal footer (Impressum) in "
         "German: the message is English.",
         to=b, frm="Bergwerk Outdoor <service@bergwerk-outdoor.de>",
         subject=f"Sizing of your hiking socks - {o}", text=f"""Hello,

The hiking socks in order {o} are sized in EU sizes: 39-42 corresponds to UK 6-8, 43-46 to UK 9-11. If you find them tight, they relax after the first wash at 30 degrees; please don't tumble dry them.

Kind regards,
Lena Hoffmann
Bergwerk Outdoor

--
Bergwerk Outdoor GmbH, Sitz der Gesellschaft: Augsburg
Registergericht: Amtsgericht Augsburg, HRB 31877
Geschäftsführer: Markus Brandl""")

    # ---- violations ----
    case("proactive-no-order-id", "reject", ["order-id.missing"],
         "A proactive care note that says 'your recent order' but never gives the 3-7-7 order ID.",
         to=order("noid", "en", "Linen Duvet Cover, King", tld="com")[1], frm="Flaxhouse <hello@flaxhouse.com>",
         subject="Caring for your linen duvet cover", text="""Hello,

About your recent order: wash the linen duvet cover at 40 degrees before the first use and dry it on a line; it softens with every wash. Please don't use fabric softener, it coats the fibres.

Flaxhouse""")

    o, b = order("nodash", "en", "Electric Kettle 1.7 L", tld="com")
    case("order-id-without-dashes", "reject", ["order-id.missing"],
         "The order number is written as 17 digits without dashes; only the dashed 3-7-7 form counts.",
         to=b, frm="BoilRight <support@boilright.com>",
         subject="Your kettle - descaling", text=f"""Hello,

For your order no. {o.replace('-', '')}: descale the kettle once a month in hard-water areas with a mix of half water, half white vinegar; boil, leave for an hour, rinse twice.

BoilRight Support""")

    o, b = order("unk-com", "en", "Yoga Block, Cork", tld="com")
    bad = unknown_id("com")
    case("unknown-order-id", "reject", ["order-id.unknown"],
         "The only order ID in the message is not in the order store.",
         to=b, frm="CorkFlow <care@corkflow.com>",
         subject=f"Your cork yoga block, order {bad}", text=f"""Hello,

The cork block from order {bad} may smell of natural cork for a few days. Leave it in a ventilated room; the smell disappears without any treatment.

CorkFlow""")

    o, b = order("other-buyer-owner", "en", "Dog Harness, Medium", tld="co.uk")
    stranger = buyer(_rnd, "co.uk")
    case("order-of-another-buyer", "reject", ["order-id.buyer-mismatch"],
         "The order exists but its stored buyer is someone else: the recipient did not buy it.",
         to=stranger, frm="Pawtrail <hello@pawtrail.co.uk>",
         subject=f"Fitting your dog harness - order {o}", text=f"""Hello,

For the harness in order {o}: two fingers should fit under each strap. Adjust the chest strap first, then the neck strap, and check again after a short walk.

Pawtrail""")

    o1, b = order("mix-own", "en", "Camping Lantern", tld="com")
    o2, _ = order("mix-other", "en", "Camping Lantern Spare Globe", tld="com")
    case("two-ids-one-of-another-buyer", "reject", ["order-id.buyer-mismatch"],
         "Two order IDs, the second belonging to another buyer: every named order must belong to the recipient.",
         to=b, frm="Trailhead Gear <support@trailheadgear.com>",
         subject=f"Lantern {o1} and spare globe", text=f"""Hello,

Your lantern (order {o1}) and the spare globe (order {o2}) use the same bayonet fitting: push the globe down and turn it a quarter to the right. Please tell us if the globe does not lock.

Trailhead Gear""")

    o, b = order("d31", "en", "Picnic Blanket, waterproof", tld="com", purchased="2026-05-08T10:00:00Z",
                 shipped="2026-05-10T08:00:00Z", delivered="2026-05-15T10:00:00Z")
    case("window-31-days", "reject", ["window.expired"],
         "Delivered 31 days and 2 hours ago: outside the 30-day window.",
         to=b, frm="Meadow & Co <hello@meadowandco.com>",
         subject=f"Washing your picnic blanket (order {o})", text=f"""Hello,

The picnic blanket from order {o} can be machine washed at 30 degrees on a gentle cycle. Let it dry flat, waterproof side down.

Meadow & Co""")

    o, b = order("30d1h", "en", "Bike Pump with Gauge", tld="co.uk", purchased="2026-05-10T10:00:00Z",
                 shipped="2026-05-12T08:00:00Z", delivered="2026-05-16T11:00:00Z")
    case("window-30-days-and-1-hour", "reject", ["window.expired"],
         "Delivered 30 days and one hour ago: more than 30 x 24 h.",
         to=b, frm="SpokeWorks <support@spokeworks.co.uk>",
         subject=f"Presta or Schrader? Order {o}", text=f"""Hi,

The pump head in order {o} fits both valve types: unscrew the head cap and flip the rubber insert. Presta side up for road bikes, Schrader side up for car-style valves.

SpokeWorks""")

    o, b = order("ship-exp", "en", "Electric Pepper Grinder", tld="com", purchased="2026-05-05T10:00:00Z",
                 shipped="2026-05-10T08:00:00Z", delivered="")
    case("window-no-delivery-shipped-36-days", "reject", ["window.expired"],
         "No delivery date; shipped 36 days ago, so completion (shipped) is more than 30 days back.",
         to=b, frm="GrindHaus <care@grindhaus.com>",
         subject=f"Adjusting the grind, order {o}", text=f"""Hello,

On the pepper grinder from order {o}, turn the knob at the bottom clockwise for a finer grind. Please use only whole peppercorns; salt corrodes the ceramic burr.

GrindHaus""")

    o, b = order("purch-exp", "en", "Hand Cream Gift Set", tld="ca", purchased="2026-05-05T10:00:00Z",
                 shipped="", delivered="")
    case("window-only-purchase-41-days", "reject", ["window.expired"],
         "Neither shipped nor delivered date: completion falls back to purchase, 41 days ago.",
         to=b, frm="Maple Botanics <hello@maplebotanics.ca>",
         subject=f"Storage of your hand creams - {o}", text=f"""Hello,

The hand creams in order {o} contain no preservatives; keep them below 25 degrees and use each tube within six months of opening.

Maple Botanics""")

    o, b = order("es-en", "es", "Freidora de aire 5,5 L", tld="com")
    case("com-spanish-buyer-english", "quarantine", ["language.mismatch"],
         "A buyer on amazon.com whose recorded language is Spanish receives an English message.",
         to=b, frm="CrispAir <support@crispair.com>",
         subject=f"Air fryer tips - order {o}", text=f"""Hello,

For the air fryer in order {o}: run it empty for 10 minutes at 200 degrees before the first use to burn off the coating smell. Don't use aerosol oil sprays on the basket; they damage the non-stick layer.

CrispAir Support""")

    o, b = order("uk-deDE", "de", "Kinderfahrradsitz hinten", tld="co.uk", stored_lang="de_DE")
    case("co-uk-buyer-de_DE-english", "quarantine", ["language.mismatch"],
         "On amazon.co.uk the buyer's recorded language is 'de_DE' (German); the message is only English.",
         to=b, frm="TinyRider <support@tinyrider.co.uk>",
         subject=f"Fitting the child seat, order {o}", text=f"""Hello,

Before fitting the rear child seat from order {o}, check that your rack is rated for at least 25 kg; the load is printed on the side of the rack. Tighten the clamp screws to hand-tight plus a quarter turn.

TinyRider""")

    o, b = order("ca-de-wrong", "en", "Snow Brush with Ice Scraper", tld="ca", stored_lang="")
    case("ca-german-template", "quarantine", ["language.mismatch"],
         "A German template sent to a buyer on amazon.ca with no recorded language (default English).",
         to=b, frm="Frostfrei <service@frostfrei-shop.de>",
         subject=f"Ihre Bestellung {o}: Pflegehinweis", text=f"""Guten Tag,

der Schneebesen aus Ihrer Bestellung {o} lässt sich ausziehen: Drehen Sie den Griff gegen den Uhrzeigersinn, ziehen Sie ihn auf die gewünschte Länge und drehen Sie ihn wieder fest. Die Kratzkante bitte nicht auf beheizten Scheiben verwenden.

Mit freundlichen Grüßen
Ihr Frostfrei-Team""")


# --------------------------------------------------------------------------------------------
# German (.de, .at)
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = order("de-short", "de", "Briefkasten Edelstahl", tld="de")
    case("de-short-two-sentences", "relay", [],
         "Two German sentences asking for a door code: short, but German on amazon.de.",
         to=b, frm="Postfix Design <service@postfix-design.de>",
         subject=f"Bestellung {o}", text=f"""Hallo, die Spedition benötigt für die Zustellung Ihrer Bestellung {o} den Code Ihrer Haustür. Könnten Sie ihn uns kurz mitteilen?""")

    o, b = order("de-tech", "de", "Soundbar 2.1 mit Subwoofer, Bluetooth 5.3, HDMI eARC", tld="de")
    case("de-full-of-english-tech-terms", "relay", [],
         "German text full of English product names and terms (Soundbar, Bluetooth, HDMI eARC, Night Mode, "
         "Firmware-Update, Reset): still German.",
         to=b, frm="Klangwerk Audio <support@klangwerk-audio.de>",
         subject=f"Soundbar: HDMI eARC einrichten (Bestellung {o})", text=f"""Hallo,

damit die Soundbar aus Ihrer Bestellung {o} über HDMI eARC mit Ihrem Smart TV funktioniert, aktivieren Sie bitte im TV-Menü unter "Settings > Sound > Audio Output" die Option "HDMI eARC" und schalten Sie "CEC" (bei Samsung "Anynet+", bei LG "SIMPLINK") ein.

Falls der Subwoofer nicht koppelt, halten Sie die Taste "Pair" auf der Rückseite fünf Sekunden gedrückt, bis die LED weiß blinkt. Ein Firmware-Update über die App "Klangwerk Connect" behebt außerdem das Knacken im Night Mode.

Viele Grüße
Ihr Klangwerk-Support""")

    o, b = order("de-bi-de-first", "de", "Thermoskanne 1 L", tld="de")
    case("de-bilingual-german-first", "relay", [],
         "German first, then an English translation in the same plain text part: the message includes the "
         "buyer's language.",
         to=b, frm="Isotherm Shop <info@isotherm-shop.com>",
         subject=f"Thermoskanne / Vacuum jug - {o}", text=f"""Guten Tag,

vor dem ersten Gebrauch der Thermoskanne aus Bestellung {o} spülen Sie sie bitte mit heißem Wasser aus und füllen sie fünf Minuten vor. So hält sie den Kaffee deutlich länger warm.

Freundliche Grüße, Isotherm Shop

----------------------------------------

Hello,

before using the vacuum jug from order {o} for the first time, please rinse it with hot water and pre-heat it for five minutes. It will then keep your coffee warm much longer.

Kind regards, Isotherm Shop""")

    o, b = order("de-bi-en-first", "de", "Gartenschlauch 20 m", tld="de")
    body_en = f"""Hello,

the garden hose from order {o} is delivered with the brass connector not yet tightened. Please screw it on hand-tight before the first use so it does not drip.

Best regards, FlowGarden"""
    body_de = f"""Hallo,

der Gartenschlauch aus Bestellung {o} wird mit noch nicht angezogenem Messinganschluss geliefert. Bitte schrauben Sie ihn vor dem ersten Gebrauch handfest an, damit er nicht tropft.

Viele Grüße, FlowGarden"""
    case("de-bilingual-english-first-translation-below", "relay", [],
         "English first, German translation below a rule in one HTML part: the buyer's language is included.",
         to=b, frm="FlowGarden <support@flowgarden.eu>", subject=f"Garden hose / Gartenschlauch {o}",
         html=page(text2html(body_en) + "\n<hr>\n<p><b>Deutsch</b></p>\n" + text2html(body_de), "en"))

    o, b = order("de-html-lang-en", "de", "Rucksack 30 L wasserdicht", tld="de")
    body = f"""Hallo,

bei Ihrem Rucksack aus Bestellung {o} liegt der Regenschutz im unteren Reißverschlussfach. Bitte ziehen Sie ihn über den Rucksack, bevor es stärker regnet; der Rucksack selbst ist nur spritzwassergeschützt.

Schöne Grüße
Team Wanderlust"""
    case("de-html-template-lang-en", "relay", [],
         "German text and HTML whose shop template still says <html lang=\"en\">: the text is German.",
         to=b, frm="Wanderlust Gear <team@wanderlust-gear.de>",
         subject=f"Regenschutz für Ihren Rucksack ({o})", text=body, html=html_doc(body, "en"))

    o, b = order("de-en-buyer", "en", "Fahrradschloss Bügel", tld="de", stored_lang="en")
    case("de-english-buyer-english", "relay", [],
         "amazon.de order whose buyer_language is en: an English message follows the buyer's preference.",
         to=b, frm="Sicherrad <service@sicherrad.de>",
         subject=f"Your bike lock keys - order {o}", text=f"""Hello,

The lock from order {o} comes with three keys; one of them has a light in the handle. Please write down the key number printed on the card, as we need it to send you a replacement key if one is ever lost.

Kind regards,
Sicherrad""")

    o, b = order("at-nolang", "de", "Kaffeemühle manuell", tld="at", stored_lang="")
    case("at-no-language-german", "relay", [],
         "amazon.at with no recorded language: German is the default, and the message is German.",
         to=b, frm="Mühlenmeister <office@muehlenmeister.at>",
         subject=f"Mahlgrad einstellen - Bestellung {o}", text=f"""Grüß Gott,

bei der Kaffeemühle aus Ihrer Bestellung {o} stellen Sie den Mahlgrad unter der Kurbel ein: im Uhrzeigersinn feiner, dagegen gröber. Für Espresso empfehlen wir sechs Klicks ab ganz fein.

Liebe Grüße aus Graz
Mühlenmeister""")

    o, b = order("de-quoted-en", "de", "Luftentfeuchter 12 L", tld="de")
    case("de-proactive-with-quoted-english-note", "relay", [],
         "A proactive German message from a helpdesk that quotes the buyer's earlier English note below: the "
         "seller's text is German; the quote is not the message's language.",
         to=b, frm="Trockenwerk <hilfe@trockenwerk.de>", subject=f"Luftentfeuchter {o}: Wassertank",
         text=f"""Hallo,

zu Ihrer Notiz bei der Bestellung {o}: Der Luftentfeuchter schaltet bei vollem Tank automatisch ab und die orange LED leuchtet. Leeren Sie den Tank und setzen Sie ihn so ein, dass der Schwimmer frei beweglich ist; dann läuft das Gerät wieder an.

Viele Grüße
Trockenwerk Kundenservice

Ihre Notiz bei der Bestellung:
> Please deliver to the back door, the dehumidifier is for the basement.
> Thanks!""")

    o, b = order("de-legal-en", "de", "Schreibtischlampe LED", tld="de")
    case("de-with-english-signature-footer", "relay", [],
         "German message whose signature and confidentiality footer are in English: the message is German.",
         to=b, frm="Brightwork Lighting Ltd <eu-support@brightwork-lighting.com>",
         subject=f"Dimmfunktion Ihrer Lampe ({o})", text=f"""Hallo,

die Schreibtischlampe aus Bestellung {o} merkt sich die zuletzt gewählte Helligkeit. Wenn Sie die Lampe über eine Steckdosenleiste ausschalten, geht diese Einstellung verloren; schalten Sie sie daher bitte am Sensor aus.

Beste Grüße
Anna Keller

--
Anna Keller | EU Customer Care
Brightwork Lighting Ltd, Unit 4, Riverside Park, Leeds, United Kingdom
Company registered in England and Wales, No. 09876543.
This message is confidential and intended for the addressee only.""")

    # ---- violations ----
    o, b = order("de-en-nolang", "de", "Wasserkocher Glas 1,7 L", tld="de", stored_lang="")
    case("de-english-no-language-recorded", "quarantine", ["language.mismatch"],
         "amazon.de, no recorded language (default German), message only in English.",
         to=b, frm="Clearboil <support@clearboil.com>",
         subject=f"Your glass kettle - order {o}", text=f"""Hello,

The blue light in the glass kettle from order {o} switches off automatically when the water boils. If it switches off too early, please descale the heating plate with citric acid.

Best regards,
Clearboil Support""")

    o, b = order("de-en-short", "de", "Handyhalterung Auto", tld="de")
    case("de-english-one-sentence", "quarantine", ["language.mismatch"],
         "One English sentence to a German buyer on amazon.de.",
         to=b, frm="MountIt <hello@mountit-shop.com>",
         subject=f"Order {o}", text=f"""Hi, could you tell us whether your car has round or slatted air vents, so we can send the right clip for order {o}?""")

    o, b = order("de-greet-only", "de", "Sonnenschirm 3 m mit Kurbel", tld="de")
    case("de-only-greeting-and-sign-off-german", "quarantine", ["language.mismatch"],
         "Only 'Sehr geehrte Kundin, sehr geehrter Kunde' and 'Mit freundlichen Grüßen' are German; the "
         "content is English. A German greeting is not a bilingual message.",
         to=b, frm="ShadeMaster <service@shademaster.eu>",
         subject=f"Parasol crank - order {o}", text=f"""Sehr geehrte Kundin, sehr geehrter Kunde,

the crank of the parasol from order {o} is packed separately in the base of the box. Push it onto the hexagonal pin and turn it clockwise to open the canopy; the tilt button is under the top joint.

Please don't leave the parasol open in wind above force 4.

Mit freundlichen Grüßen
ShadeMaster Customer Service""")

    o, b = order("de-en-footer-de", "de", "Powerbank 20000 mAh USB-C", tld="de")
    case("de-english-body-german-impressum", "quarantine", ["language.mismatch"],
         "English body to a German buyer; only the legal footer (Impressum) is German.",
         to=b, frm="VoltCore <support@voltcore.de>",
         subject=f"Charging your power bank, order {o}", text=f"""Hello,

Before the first use, please charge the power bank from order {o} fully with a USB-C charger of at least 18 W. The four LEDs show the charge level; the last LED blinks while charging.

Regards,
VoltCore Team

--
VoltCore GmbH, Hafenstraße 12, 20457 Hamburg
Geschäftsführerin: Julia Weber, Amtsgericht Hamburg HRB 154321, USt-IdNr. DE312456789""")

    o, b = order("de-html-lang-de-en", "de", "Duschkopf mit Filter", tld="de")
    body = f"""Hello,

please rinse the shower head from order {o} for one minute before the first use so the filter beads settle. Replace the filter cartridge every three months.

Thank you,
AquaPure"""
    case("de-english-html-lang-de", "quarantine", ["language.mismatch"],
         "An English message whose HTML says lang=\"de\": the text, not the attribute, is what the buyer reads.",
         to=b, frm="AquaPure <care@aquapure-home.com>", subject=f"Shower filter, order {o}",
         text=body, html=html_doc(body, "de"))

    o, b = order("de-en-buyer-german", "en", "Werkzeugkoffer 108-teilig", tld="de", stored_lang="en")
    case("de-english-buyer-german-message", "quarantine", ["language.mismatch"],
         "An amazon.de buyer whose recorded language is English gets a German-only message.",
         to=b, frm="Schraubwerk <service@schraubwerk.de>",
         subject=f"Ihr Werkzeugkoffer - Bestellung {o}", text=f"""Guten Tag,

im Werkzeugkoffer aus Bestellung {o} fehlte bei einigen Lieferungen der 10-mm-Steckschlüssel. Bitte prüfen Sie kurz, ob er in der oberen Reihe steckt, und antworten Sie uns, falls nicht.

Mit freundlichen Grüßen
Schraubwerk""")

    o, b = order("at-en", "de", "Skihelm mit Visier", tld="at", stored_lang="")
    case("at-english-no-language", "quarantine", ["language.mismatch"],
         "amazon.at, no recorded language (German default), English message.",
         to=b, frm="Alpspitz Sports <service@alpspitz-sports.com>",
         subject=f"Visor care, order {o}", text=f"""Hello,

please clean the visor of the ski helmet from order {o} with the microfibre bag only; paper tissues scratch the anti-fog coating. Store the helmet with the visor up.

Alpspitz Sports""")

    o, b = order("de-win-exp", "de", "Fensterputzroboter", tld="de", purchased="2026-05-02T10:00:00Z",
                 shipped="2026-05-04T08:00:00Z", delivered="2026-05-07T12:00:00Z")
    case("de-window-expired-39-days", "reject", ["window.expired"],
         "German care note for an order delivered 39 days ago.",
         to=b, frm="Glanzbot <service@glanzbot.de>",
         subject=f"Pflege der Reinigungstücher - Bestellung {o}", text=f"""Hallo,

die Reinigungstücher Ihres Fensterputzroboters aus Bestellung {o} können Sie bei 40 Grad waschen. Bitte ohne Weichspüler, sonst hinterlassen sie Schlieren.

Ihr Glanzbot-Team""")


# --------------------------------------------------------------------------------------------
# French (.fr, .com.be)
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("fr-short", "fr", "Housse de couette 240x220", tld="fr")
    case("fr-short-one-sentence", "relay", [],
         "One French sentence asking for the floor and the lift for a delivery.",
         to=b, frm="Maison Lin <contact@maisonlin.fr>",
         subject=f"Commande {o}", text=f"""Bonjour, pour la livraison de votre commande {o}, pourriez-vous nous indiquer l'étage et s'il y a un ascenseur ? Merci, Maison Lin""",
         enc=LATIN1)

    o, b = order("fr-tech", "fr", "Prise connectée Wi-Fi Smart Plug Mini (lot de 4)", tld="fr")
    case("fr-full-of-english-terms", "relay", [],
         "French text with English product and app names (Smart Plug Mini, Smart Life, Pairing Mode, "
         "Alexa, Google Home, Wi-Fi 2.4 GHz): still French.",
         to=b, frm="Domotik Plus <support@domotikplus.fr>",
         subject=f"Installation de vos Smart Plug Mini - commande {o}", text=f"""Bonjour,

pour connecter les Smart Plug Mini de votre commande {o}, installez l'application Smart Life, puis maintenez le bouton de la prise enfoncé cinq secondes jusqu'à ce que la LED clignote rapidement (Pairing Mode).

Attention : les prises ne fonctionnent qu'en Wi-Fi 2.4 GHz. Si votre box diffuse un seul réseau en 5 GHz, activez le réseau 2.4 GHz dans les paramètres de la box. Ensuite, vous pouvez ajouter les prises dans Alexa ou Google Home via la fonction "Skill".

Cordialement,
L'équipe Domotik Plus""")

    o, b = order("fr-bi-parts", "fr", "Tapis de yoga antidérapant", tld="fr")
    text_fr = f"""Bonjour,

le tapis de yoga de votre commande {o} peut dégager une légère odeur de caoutchouc naturel les premiers jours. Déroulez-le dans une pièce aérée pendant 48 heures ; l'odeur disparaît d'elle-même.

Bien à vous,
Zenfloor"""
    text_en = f"""Hello,

the yoga mat from your order {o} may smell slightly of natural rubber for the first days. Unroll it in a ventilated room for 48 hours; the smell fades by itself.

Kind regards,
Zenfloor"""
    case("fr-text-french-html-bilingual", "relay", [],
         "text/plain in French, text/html with French then English: the buyer's language is in both parts.",
         to=b, frm="Zenfloor <bonjour@zenfloor.eu>", subject=f"Votre tapis de yoga - {o}",
         text=text_fr, html=page(text2html(text_fr) + "\n<hr>\n" + text2html(text_en), "fr"))

    o, b = order("be-nolang", "fr", "Gaufrier électrique", tld="com.be", stored_lang="")
    case("com-be-no-language-french", "relay", [],
         "amazon.com.be with no recorded language: French default, French message.",
         to=b, frm="Gaufres & Co <service@gaufresco.be>",
         subject=f"Votre gaufrier, commande {o}", text=f"""Bonjour,

avant la première utilisation du gaufrier de votre commande {o}, huilez légèrement les plaques et faites chauffer l'appareil à vide cinq minutes. Une petite fumée est normale la première fois.

Bonne journée,
Gaufres & Co""")

    o, b = order("fr-en-sig", "fr", "Chargeur solaire 28 W", tld="fr")
    case("fr-with-english-footer", "relay", [],
         "French message with an English company footer (registered address, privacy notice).",
         to=b, frm="SunCell Europe <eu@suncell.io>",
         subject=f"Orientation du panneau - commande {o}", text=f"""Bonjour,

pour charger votre téléphone avec le chargeur solaire de la commande {o}, orientez les panneaux plein sud et inclinez-les d'environ 45 degrés. Par temps nuageux, la charge peut s'interrompre : c'est une protection normale.

Cordialement,
Camille, SunCell Europe

--
SunCell Europe B.V., Keizersgracht 100, Amsterdam, the Netherlands
Registered with the Dutch Chamber of Commerce under no. 81234567.""")

    # ---- violations ----
    o, b = order("fr-en", "fr", "Cafetière à piston 1 L", tld="fr")
    case("fr-english-message", "quarantine", ["language.mismatch"],
         "English message to a French buyer on amazon.fr.",
         to=b, frm="PressPot <support@presspot.co>",
         subject=f"Your French press, order {o}", text=f"""Hello,

For the French press in order {o}, use coarse ground coffee and let it steep for four minutes before pressing slowly. Fine coffee clogs the mesh filter and makes pressing hard.

Kind regards,
PressPot""")

    o, b = order("fr-en-de", "fr", "Sac de couchage -5°C", tld="fr")
    case("fr-bilingual-english-german", "quarantine", ["language.mismatch"],
         "English and German versions to a French buyer: bilingual, but neither language is the buyer's.",
         to=b, frm="Nordlicht Outdoor <service@nordlicht-outdoor.de>",
         subject=f"Sleeping bag / Schlafsack - {o}", text=f"""Hello,

please store the sleeping bag from order {o} loosely in the large cotton bag, not in the compression sack, so the filling keeps its loft.

Best regards, Nordlicht Outdoor

---

Hallo,

bitte lagern Sie den Schlafsack aus Bestellung {o} locker im großen Baumwollbeutel und nicht im Kompressionssack, damit die Füllung ihre Bauschkraft behält.

Viele Grüße, Nordlicht Outdoor""")

    o, b = order("be-en", "fr", "Friteuse sans huile 4 L", tld="com.be", stored_lang="")
    case("com-be-english-no-language", "quarantine", ["language.mismatch"],
         "amazon.com.be, no recorded language (French default), English-only message.",
         to=b, frm="CrispAir <support@crispair.com>",
         subject=f"Order {o} - basket care", text=f"""Hello,

Please wash the basket of the air fryer from order {o} by hand with a soft sponge; the dishwasher dulls the non-stick coating.

CrispAir Support""")

    o, b = order("fr-unknown-second", "fr", "Lampe frontale rechargeable", tld="fr")
    bad = unknown_id("fr")
    case("fr-two-ids-one-unknown", "reject", ["order-id.unknown"],
         "Two order IDs, the second unknown to the store: every named order must be known.",
         to=b, frm="Lumitrek <contact@lumitrek.fr>",
         subject=f"Vos lampes frontales - commandes {o} et {bad}", text=f"""Bonjour,

les lampes frontales de vos commandes {o} et {bad} se rechargent par USB-C ; la LED rouge s'éteint quand la batterie est pleine. Pour verrouiller la lampe dans le sac, maintenez le bouton trois secondes.

Cordialement,
Lumitrek""")

    case("fr-no-order-id", "reject", ["order-id.missing"],
         "French proactive message that names the product but no order ID.",
         to=order("fr-noid", "fr", "Plaid polaire 150x200", tld="fr")[1],
         frm="Cocon Textile <bonjour@cocon-textile.fr>",
         subject="Entretien de votre plaid", text="""Bonjour,

votre plaid polaire se lave en machine à 30 degrés, sans assouplissant. Séchez-le à plat pour qu'il garde sa douceur.

Belle journée,
Cocon Textile""")


# --------------------------------------------------------------------------------------------
# Italian (.it)
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("it-short", "it", "Lampada da terra ad arco", tld="it")
    case("it-short-two-sentences", "relay", [],
         "Two Italian sentences: short, Italian on amazon.it.",
         to=b, frm="Luce Viva <assistenza@luceviva.it>",
         subject=f"Ordine {o}", text=f"""Buongiorno, il corriere ci chiede un numero di interno per consegnare l'ordine {o}. Può indicarcelo rispondendo a questo messaggio?""")

    o, b = order("it-tech", "it", "Robot aspirapolvere Lidar con stazione di svuotamento", tld="it")
    case("it-full-of-english-terms", "relay", [],
         "Italian with English terms (Lidar, No-Go Zone, Auto-Empty Station, firmware, reset, Wi-Fi): still "
         "Italian.",
         to=b, frm="CleanBot Italia <supporto@cleanbot.it>",
         subject=f"Mappatura del robot - ordine {o}", text=f"""Buongiorno,

per il robot dell'ordine {o} le consigliamo di completare la prima mappatura Lidar con le porte aperte. Dopo, nell'app può impostare le No-Go Zone e i Virtual Wall per tappeti e cavi.

Se la Auto-Empty Station non svuota il contenitore, controlli che il sacchetto sia inserito fino in fondo e faccia un reset tenendo premuto il tasto Home per dieci secondi. L'aggiornamento firmware richiede il Wi-Fi a 2.4 GHz.

Cordiali saluti,
Assistenza CleanBot""")

    o, b = order("it-reply-en", "it", "Macchina per la pasta manuale", tld="it")
    case("it-reply-english-to-italian-buyer", "relay", [],
         "A reply in English to a buyer on amazon.it who wrote in English: no section B rule applies to a reply.",
         to=b, frm="Pasta Nonna <info@pastanonna.it>",
         reply="Hello, the pasta maker leaves marks of oil on the dough. Is that normal?",
         subject="Re: Oil on the dough", text="""Hello,

Yes, that's the factory oil protecting the rollers. Run a small piece of dough through all settings two or three times and throw it away; after that the rollers stay clean. Never wash the machine with water.

Best regards,
Pasta Nonna""")

    # ---- violations ----
    o, b = order("it-en", "it", "Bollitore elettrico 1,7 L", tld="it")
    case("it-english-message", "quarantine", ["language.mismatch"],
         "English message to an Italian buyer on amazon.it.",
         to=b, frm="KettleCo <support@kettleco.com>",
         subject=f"Your kettle, order {o}", text=f"""Hi,

The kettle from order {o} has a removable limescale filter in the spout. Pull it upwards to rinse it under the tap once a week.

KettleCo""")

    o, b = order("it-fr", "it", "Set di pentole antiaderenti", tld="it")
    case("it-french-template", "quarantine", ["language.mismatch"],
         "The French template sent to an Italian buyer: a neighbouring Romance language is still not Italian.",
         to=b, frm="Cuisine Pro <service@cuisinepro.eu>",
         subject=f"Vos poêles - commande {o}", text=f"""Bonjour,

avant la première utilisation des poêles de votre commande {o}, lavez-les à l'eau chaude savonneuse et séchez-les. Évitez les ustensiles métalliques qui rayent le revêtement.

Cordialement,
Cuisine Pro""")

    o, b = order("it-buyer-mm", "it", "Zaino porta PC 15,6", tld="it")
    other = buyer(_rnd, "it")
    case("it-order-of-another-buyer", "reject", ["order-id.buyer-mismatch"],
         "Italian message naming a known order whose stored buyer is not the recipient.",
         to=other, frm="Zaini Urbani <assistenza@zainiurbani.it>",
         subject=f"Il suo zaino - ordine {o}", text=f"""Buongiorno,

lo zaino dell'ordine {o} ha una tasca antifurto sul retro: la cerniera si apre solo con lo zaino tolto dalle spalle. La porta USB esterna funziona solo con il cavo interno collegato al powerbank.

Cordiali saluti,
Zaini Urbani""")

    o, b = order("it-win", "it", "Caraffa filtrante 2,4 L", tld="it", purchased="2026-05-01T10:00:00Z",
                 shipped="2026-05-04T08:00:00Z", delivered="")
    case("it-window-expired-shipped", "reject", ["window.expired"],
         "No delivery date; shipped 42 days ago: the window is over.",
         to=b, frm="AcquaPura <info@acquapura.it>",
         subject=f"Cambio filtro - ordine {o}", text=f"""Buongiorno,

il filtro della caraffa dell'ordine {o} va sostituito ogni 30 giorni. L'indicatore sul coperchio si azzera tenendo premuto il tasto per tre secondi.

AcquaPura""")


# --------------------------------------------------------------------------------------------
# Spanish (.es, .com.mx)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("es-short", "es", "Estantería metálica 5 baldas", tld="es")
    case("es-short-one-sentence", "relay", [],
         "One Spanish sentence asking for the delivery time slot.",
         to=b, frm="Almacena <atencion@almacena.es>",
         subject=f"Pedido {o}", text=f"""Hola, ¿nos podría indicar si prefiere recibir el pedido {o} por la mañana o por la tarde? Gracias.""",
         enc=B64)

    o, b = order("es-tech", "es", "Auriculares inalámbricos ANC, Bluetooth 5.3", tld="es")
    case("es-full-of-english-terms", "relay", [],
         "Spanish with English terms (Active Noise Cancelling, Transparency Mode, Multipoint, Reset, App "
         "SoundSync): still Spanish.",
         to=b, frm="SoundSync Europa <soporte@soundsync.es>",
         subject=f"Sus auriculares ANC - pedido {o}", text=f"""Hola,

para sacar el máximo partido a los auriculares de su pedido {o}: mantenga pulsado el auricular izquierdo dos segundos para alternar entre Active Noise Cancelling y Transparency Mode. La función Multipoint se activa en la App SoundSync, en "Settings > Connections".

Si un auricular no suena, haga un Reset: colóquelos en el estuche y mantenga el botón del estuche pulsado diez segundos hasta que la luz parpadee en rojo.

Un saludo,
Soporte SoundSync""")

    o, b = order("mx-nolang", "es", "Molcajete de piedra volcánica", tld="com.mx", stored_lang="")
    case("com-mx-no-language-spanish", "relay", [],
         "amazon.com.mx, no recorded language: Spanish default, Spanish message.",
         to=b, frm="Raíces Cocina <ventas@raicescocina.mx>",
         subject=f"Curado de su molcajete - pedido {o}", text=f"""Hola,

antes de usar el molcajete de su pedido {o}, muela un puñado de arroz crudo con un poco de agua y enjuague; repita hasta que el arroz salga blanco. Así se quitan los restos de piedra.

Saludos,
Raíces Cocina""")

    o, b = order("es-bi-en-first", "es", "Báscula de baño digital", tld="es")
    case("es-bilingual-english-first", "relay", [],
         "English paragraph first, Spanish version second, in one plain text part: the buyer's language is "
         "included.",
         to=b, frm="ScaleHub <help@scalehub.eu>",
         subject=f"Bathroom scale / Báscula - {o}", text=f"""[EN] Hello, the bathroom scale from order {o} needs to be placed on a hard floor; on carpet it shows wrong values. Remove the plastic tab from the battery compartment before the first use.

[ES] Hola, la báscula de baño de su pedido {o} debe colocarse sobre un suelo duro; sobre alfombra muestra valores erróneos. Retire la lengüeta de plástico del compartimento de las pilas antes del primer uso.

ScaleHub""")

    # ---- violations ----
    o, b = order("es-it", "es", "Cafetera italiana 6 tazas", tld="es")
    case("es-italian-message", "quarantine", ["language.mismatch"],
         "An Italian message to a Spanish buyer: close language, still not Spanish.",
         to=b, frm="Moka Italia <info@mokaitalia.it>",
         subject=f"La sua moka - ordine {o}", text=f"""Buongiorno,

per la moka dell'ordine {o} le consigliamo di preparare i primi tre caffè e di buttarli: servono a insaporire l'alluminio. Non lavi mai la moka con il detersivo, basta acqua calda.

Cordiali saluti,
Moka Italia""")

    case("es-english-and-no-order-id", "reject", ["order-id.missing", "language.mismatch"],
         "English message to a Spanish buyer without any order ID: missing ID (reject) and language (quarantine).",
         to=order("es-en-noid", "es", "Cojín lumbar viscoelástico", tld="es")[1],
         frm="BackEase <support@backease.com>",
         subject="Your lumbar cushion", text="""Hello,

The lumbar cushion you bought has an adjustable strap at the back: pass it around the seat of your office chair and tighten it so the cushion sits just above your belt line.

BackEase""")

    o, b = order("es-en-short", "es", "Funda nórdica 150", tld="es")
    case("es-english-short", "quarantine", ["language.mismatch"],
         "Two short English sentences to a Spanish buyer on amazon.es.",
         to=b, frm="Linen Lane <hello@linenlane.co>",
         subject=f"Order {o}", text=f"""Hi! Could you confirm the size of your duvet for order {o}? We want to make sure the 150 cover fits.""")

    o, b = order("es-purch-exp", "es", "Set de maletas 3 piezas", tld="es", purchased="2026-05-06T10:00:00Z",
                 shipped="", delivered="")
    case("es-window-only-purchase-40-days", "reject", ["window.expired"],
         "Only the purchase date is known (40 days ago): the window has passed.",
         to=b, frm="Viaja Ligero <atencion@viajaligero.es>",
         subject=f"Candado TSA de sus maletas - pedido {o}", text=f"""Hola,

el candado TSA de las maletas de su pedido {o} viene con la combinación 0-0-0. Para cambiarla, pulse el botón lateral con un bolígrafo, gire los números a su nueva combinación y suelte el botón.

Viaja Ligero""")


# --------------------------------------------------------------------------------------------
# Japanese (.co.jp)
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("ja-short", "ja", "折りたたみ傘 自動開閉", tld="co.jp")
    case("ja-short-one-sentence", "relay", [],
         "One Japanese sentence asking for the preferred delivery time.",
         to=b, frm="あめふり堂 <info@amefuri-do.jp>", enc=JIS,
         subject=f"ご注文 {o} について", text=f"""ご注文番号 {o} のお届けについて、ご希望の配達時間帯がございましたらご返信ください。""")

    o, b = order("ja-kata", "ja", "ワイヤレスイヤホン Bluetooth 5.3 ノイズキャンセリング", tld="co.jp")
    case("ja-katakana-and-english-heavy", "relay", [],
         "Japanese full of katakana and English (Bluetooth, ANC, iPhone, Android, Reset, App): still Japanese.",
         to=b, frm="サウンドラボ <support@soundlab.jp>",
         subject=f"イヤホンのペアリング方法（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のワイヤレスイヤホンのペアリング方法をご案内いたします。

1. ケースからイヤホンを取り出すと、自動的にペアリングモードになります。
2. iPhone または Android の Bluetooth 設定で「SoundLab Air Pro」を選択してください。
3. ANC（アクティブノイズキャンセリング）のオン・オフは、右側のタッチセンサーを長押しします。

接続できない場合は、ケースのボタンを10秒長押ししてリセット（Reset）し、SoundLab App から再度お試しください。

サウンドラボ カスタマーサポート""")

    o, b = order("ja-bi", "ja", "電気ケトル 0.8L", tld="co.jp")
    text_ja = f"""お客様

ご注文番号 {o} の電気ケトルは、初回使用前に一度お湯を沸かして捨ててください。

ケトルハウス"""
    text_en = f"""Dear customer,

Before using the kettle from order {o} for the first time, please boil water once and discard it.

Kettle House"""
    case("ja-bilingual-html-japanese-first", "relay", [],
         "Japanese then English in one HTML part: the buyer's language is included.",
         to=b, frm="ケトルハウス <info@kettlehouse.jp>", subject=f"電気ケトルのご使用前に（{o}）",
         html=page(text2html(text_ja) + "\n<hr>\n" + text2html(text_en), "ja"))

    o, b = order("ja-en-sig", "ja", "ステンレス水筒 500ml", tld="co.jp")
    case("ja-with-english-signature", "relay", [],
         "Japanese message with an English company signature block.",
         to=b, frm="Hydro Peak Japan <jp-support@hydropeak.com>", enc=JIS,
         subject=f"水筒のパッキンについて（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の水筒は、フタのパッキンを外して洗うことができます。
洗浄後はしっかり乾かしてから取り付けてください。

--
Hydro Peak Japan
Customer Support Team
Hydro Peak Inc., Portland, Oregon, USA""")

    # ---- violations ----
    o, b = order("ja-en", "ja", "加湿器 超音波式 3L", tld="co.jp")
    case("ja-english-message", "quarantine", ["language.mismatch"],
         "English message to a Japanese buyer on amazon.co.jp.",
         to=b, frm="MistAir <support@mistair.com>",
         subject=f"Humidifier care - order {o}", text=f"""Hello,

Please use tap water in the humidifier from order {o}, not purified water, and empty the tank every day. Clean the ultrasonic disc weekly with a soft brush and a little citric acid.

MistAir Support""")

    o, b = order("ja-greet", "ja", "ヘアドライヤー 大風量", tld="co.jp")
    case("ja-only-greeting-japanese", "quarantine", ["language.mismatch"],
         "Only the opening 'お世話になっております。' and the closing line are Japanese; the content is English.",
         to=b, frm="AirStyle <support@airstyle-global.com>",
         subject=f"Hair dryer filter - order {o}", text=f"""お世話になっております。

The hair dryer from order {o} has a removable filter at the back. Twist it counter-clockwise and clean the dust out once a month, otherwise the dryer overheats and switches off.

よろしくお願いいたします。
AirStyle Support""")

    o, b = order("ja-unk", "ja", "炊飯器 5.5合", tld="co.jp")
    bad = unknown_id("co.jp")
    case("ja-unknown-order-id", "reject", ["order-id.unknown"],
         "A Japanese message naming an order ID the store does not know.",
         to=b, frm="ごはん家電 <info@gohan-kaden.jp>", enc=JIS,
         subject=f"炊飯器のお手入れ（注文番号 {bad}）", text=f"""お客様

ご注文番号 {bad} の炊飯器は、内ぶたを取り外して毎回洗ってください。
蒸気口のキャップも週に一度お手入れをお願いいたします。

ごはん家電""")


# --------------------------------------------------------------------------------------------
# Second blind batch (written before reading the rule data): harder language and order-ID edges
# --------------------------------------------------------------------------------------------

def extra_en() -> None:
    o, b = order("jp-en-buyer", "en", "Rice Cooker 5.5 cups", tld="co.jp", stored_lang="en")
    case("co-jp-english-buyer-english", "relay", [],
         "amazon.co.jp order whose buyer_language is en: English follows the buyer's preference.",
         to=b, frm="Gohan Tech <support@gohantech.com>",
         subject=f"Rice cooker inner pot - order {o}", text=f"""Hello,

The water lines inside the pot from order {o} are marked in Japanese rice cups (180 ml), not in US cups. For two cups of rice, fill water up to the line marked 2 on the "白米" scale.

Gohan Tech""")

    o, b = order("de-enGB", "en", "Laptop Stand Aluminium", tld="de", stored_lang="en-GB")
    case("de-buyer-en-GB-english", "relay", [],
         "buyer_language stored as 'en-GB' on amazon.de: English, and the message is English.",
         to=b, frm="DeskCraft <support@deskcraft.eu>",
         subject=f"Laptop stand height - order {o}", text=f"""Hello,

The laptop stand from order {o} has six height positions. Press both side buttons at once to change the angle; never force it without pressing, or the hinge wears out.

Kind regards,
DeskCraft""")

    o, b = order("ca-frCA", "fr", "Thermostat intelligent Wi-Fi", tld="ca", stored_lang="fr_CA")
    case("ca-buyer-fr_CA-french", "relay", [],
         "amazon.ca buyer whose language is stored as 'fr_CA': French is the buyer's language.",
         to=b, frm="ThermoNord <soutien@thermonord.ca>",
         subject=f"Installation du thermostat - commande {o}", text=f"""Bonjour,

avant d'installer le thermostat de votre commande {o}, coupez le courant au panneau électrique. Si votre ancien thermostat n'a pas de fil C, utilisez l'adaptateur fourni dans la boîte.

Bonne journée,
ThermoNord""")

    o, b = order("ca-frCA-en", "fr", "Humidificateur 4 L", tld="ca", stored_lang="fr_CA")
    case("ca-buyer-fr_CA-english", "quarantine", ["language.mismatch"],
         "amazon.ca buyer whose language is stored as 'fr_CA' receives an English-only message.",
         to=b, frm="MistNorth <support@mistnorth.ca>",
         subject=f"Humidifier filter - order {o}", text=f"""Hello,

Please soak the wick filter of the humidifier from order {o} in cold water for 30 minutes before the first use; a dry filter burns and smells.

MistNorth""")

    o, b = order("upper-addr", "en", "Shower Caddy, Rustproof", tld="com")
    case("recipient-address-upper-case", "relay", [],
         "The recipient's relay address is written in capitals; addresses compare case-insensitively, so it "
         "is the order's buyer.",
         to=b.split("@")[0].upper() + "@" + b.split("@")[1], frm="TidyBath <care@tidybath.com>",
         subject=f"Suction cups - order {o}", text=f"""Hello,

The suction cups of the shower caddy from order {o} hold best on clean, dry tiles. Wipe the tile with a little vinegar, press the cup for ten seconds and wait an hour before loading the caddy.

TidyBath""")

    o, b = order("plus-thread", "en", "Window Insulation Film Kit", tld="co.uk")
    local, dom = b.split("@")
    case("recipient-with-thread-suffix", "relay", [],
         "The recipient carries a '+thread' suffix (RULES.md A allows it): still the order's buyer.",
         to=f"{local}+7f3k2m@{dom}", frm="SnugHome <help@snughome.co.uk>",
         subject=f"Shrinking the film - order {o}", text=f"""Hello,

After you stick the film from order {o} to the frame, shrink it with a hairdryer on the hot setting, moving it slowly from the corners to the middle. Keep about 5 cm distance so the film doesn't melt.

SnugHome""")

    o1, b = order("both-old-1", "en", "Patio Chair Cushion", tld="com", purchased="2026-04-25T10:00:00Z",
                  shipped="2026-04-26T08:00:00Z", delivered="2026-04-29T12:00:00Z")
    o2, _ = order("both-old-2", "en", "Patio Table Cover", tld="com", purchased="2026-05-01T10:00:00Z",
                  shipped="2026-05-03T08:00:00Z", delivered="2026-05-08T12:00:00Z")
    ORDERS["both-old-2"]["buyer_email"] = b
    case("two-orders-both-expired", "reject", ["window.expired"],
         "Two known orders, delivered 47 and 38 days ago: even the latest completion is outside the window.",
         to=b, frm="Terrace Living <care@terraceliving.com>",
         subject=f"Outdoor care, orders {o1} / {o2}", text=f"""Hello,

The cushions (order {o1}) and the table cover (order {o2}) should be dry before you store them for the winter; store them folded in a ventilated shed, not in plastic bags.

Terrace Living""")

    o, b = order("mx-en", "es", "Licuadora de vaso de vidrio", tld="com.mx", stored_lang="")
    case("com-mx-english-spanish-greeting-only", "quarantine", ["language.mismatch"],
         "amazon.com.mx (Spanish default): 'Hola' and '¡Gracias!' are the only Spanish; the content is English.",
         to=b, frm="BlendMax <support@blendmax.com>",
         subject=f"Blender jar - order {o}", text=f"""Hola,

The glass jar of the blender from order {o} must be screwed onto the blade base until the arrows line up; if it's loose, the jar leaks at the bottom. Never run the blender empty for more than a few seconds.

¡Gracias!
BlendMax Team""")

    o, b = order("us-ja", "ja", "炊飯器 3合", tld="com", stored_lang="ja")
    case("com-japanese-buyer-japanese", "relay", [],
         "amazon.com buyer whose recorded language is Japanese: a Japanese message is in the buyer's language.",
         to=b, frm="Zojo Home US <support@zojohome.com>",
         subject=f"炊飯器の電圧について（ご注文 {o}）", text=f"""お客様

ご注文番号 {o} の炊飯器は米国仕様（120V）です。日本国内でご使用の場合は、変圧器が必要になりますのでご注意ください。

Zojo Home US""")


def extra_de() -> None:
    o, b = order("de-long-title", "de", "PowerCore 26800 Portable Charger", tld="de")
    case("de-short-with-long-english-title", "relay", [],
         "One German sentence around a long English product title: the sentence frame is German.",
         to=b, frm="Voltaic Store <service@voltaic-store.de>",
         subject=f"Bestellung {o}", text=f"""Hallo, Ihre „PowerCore 26800 Portable Charger, Ultra High Capacity Power Bank with Dual Input Port and Double-Speed Recharging" aus Bestellung {o} bitte vor dem ersten Gebrauch einmal vollständig laden.

Viele Grüße
Voltaic Store""")

    o, b = order("de-swiss", "de", "Bergschuhe Gore-Tex", tld="de")
    case("de-swiss-spelling-ss", "relay", [],
         "German written with Swiss spelling (ss for ß: Grüsse, gemäss, Strasse): still German.",
         to=b, frm="Alpenpfad AG <kundendienst@alpenpfad.ch>",
         subject=f"Imprägnierung Ihrer Bergschuhe – Bestellung {o}", text=f"""Grüezi

Bitte imprägnieren Sie die Bergschuhe aus Ihrer Bestellung {o} vor der ersten Tour gemäss der beiliegenden Anleitung. Die Schuhe nicht auf der Heizung oder an der Strasse in der prallen Sonne trocknen.

Freundliche Grüsse
Alpenpfad AG""")

    o, b = order("de-subject-en", "de", "Kopfkissen Daunen 80x80", tld="de")
    case("de-english-subject-german-body", "relay", [],
         "English subject line from the shop tool, German body: the buyer reads German.",
         to=b, frm="Federleicht <service@federleicht.de>",
         subject=f"Care instructions for your order {o}", text=f"""Hallo,

das Daunenkissen aus Ihrer Bestellung {o} bitte regelmäßig aufschütteln und einmal im Jahr bei 60 Grad mit Daunenwaschmittel waschen. Im Trockner mit zwei Tennisbällen trocknen, damit die Daunen nicht verklumpen.

Viele Grüße
Federleicht""")

    o, b = order("de-subject-de-en", "de", "Kabelloser Staubsauger", tld="de")
    case("de-german-subject-english-body", "quarantine", ["language.mismatch"],
         "German subject line, English body: the content the buyer must read is not German.",
         to=b, frm="CleanWave <support@cleanwave.io>",
         subject=f"Ihre Bestellung {o}", text=f"""Hello,

The vacuum cleaner from order {o} needs its filter washed every two weeks: rinse it under cold water and let it dry for 24 hours before putting it back.

CleanWave Support""")

    o, b = order("de-long-en-quote", "de", "Babyphone mit Kamera", tld="de")
    case("de-short-german-long-english-quote", "relay", [],
         "A short German proactive note above the buyer's long English message that it quotes: the seller's own "
         "text is German; the quoted buyer text is the buyer's own words.",
         to=b, frm="Schlafwächter <hilfe@schlafwaechter.de>", subject=f"Babyphone {o}: Reichweite",
         text=f"""Hallo,

zu Ihrer Frage bei Bestellung {o}: Stellen Sie die Kamera höchstens drei Wände von der Elterneinheit entfernt auf; Stahlbetondecken verkürzen die Reichweite stark.

Viele Grüße
Schlafwächter

Am 10.06.2026 schrieb der Käufer:
> Hi, we bought the baby monitor for our house which has concrete floors and the
> signal keeps dropping when the camera is upstairs and the parent unit is in the
> kitchen. We tried moving it closer to the stairs but the connection still drops
> every few minutes and the unit beeps. Is there a repeater or something we can buy?
> Or is the range just not enough for a two-storey house? Thanks a lot.""")

    o, b = order("de-nl", "de", "Regenjacke wasserdicht", tld="de")
    case("de-dutch-message", "quarantine", ["language.mismatch"],
         "A Dutch template to a German buyer: a neighbouring language is still not German.",
         to=b, frm="Regenwoud <klantenservice@regenwoud.nl>",
         subject=f"Uw regenjas - bestelling {o}", text=f"""Hallo,

de regenjas van uw bestelling {o} kunt u op 30 graden wassen, zonder wasverzachter. Hang de jas daarna te drogen en strijk de naden niet.

Met vriendelijke groet,
Regenwoud""")


def extra_es() -> None:
    o, b = order("es-long-en-footer", "es", "Reloj inteligente deportivo", tld="es")
    case("es-short-with-long-english-disclaimer", "relay", [],
         "A short Spanish message with a longer English legal disclaimer below: the message includes Spanish.",
         to=b, frm="PulseFit Global <eu-care@pulsefit.com>",
         subject=f"Su reloj - pedido {o}", text=f"""Hola,

para activar el GPS del reloj de su pedido {o}, salga al exterior y espere a que el icono deje de parpadear antes de iniciar la actividad.

Saludos,
PulseFit

--
DISCLAIMER: This e-mail and any files transmitted with it are confidential and intended solely for the use of
the individual to whom they are addressed. If you have received this e-mail in error, please notify the sender
and delete it. Any views or opinions presented are solely those of the author and do not necessarily represent
those of PulseFit Global Ltd. PulseFit Global Ltd is registered in Ireland, company number 612345.""")

    o, b = order("es-pt", "es", "Sartén de hierro fundido", tld="es")
    case("es-portuguese-message", "quarantine", ["language.mismatch"],
         "A Portuguese message to a Spanish buyer on amazon.es.",
         to=b, frm="Ferro Forte <apoio@ferroforte.pt>",
         subject=f"A sua frigideira - encomenda {o}", text=f"""Olá,

antes de usar a frigideira da sua encomenda {o} pela primeira vez, lave-a com água quente, seque-a bem no fogão e espalhe uma camada fina de óleo. Nunca a deixe de molho na água.

Com os melhores cumprimentos,
Ferro Forte""")

    o, b = order("es-with-id-colon", "es", "Mochila escolar", tld="es")
    case("es-order-id-glued-to-label", "relay", [],
         "The order ID is glued to its label ('Nº pedido:{id},'): still the dashed 3-7-7 form.",
         to=b, frm="Cole y Mochila <info@coleymochila.es>", subject="Tirantes de la mochila",
         text=f"""Hola,

Nº pedido:{o}, mochila escolar. Los tirantes se ajustan tirando de las cintas hacia abajo; la mochila debe quedar a la altura de la cintura, no más abajo.

Cole y Mochila""")


def extra_ja() -> None:
    o, b = order("ja-zh", "ja", "電気ケトル 1.0L", tld="co.jp")
    case("ja-chinese-message", "quarantine", ["language.mismatch"],
         "A Simplified Chinese message to a Japanese buyer: Han characters, but not Japanese (no kana).",
         to=b, frm="Shenzhen Homa Electric <service@homa-electric.cn>",
         subject=f"关于您的电热水壶（订单 {o}）", text=f"""您好，

您订单 {o} 中的电热水壶首次使用前，请先烧一次水并倒掉。请勿在没有水的情况下加热，以免损坏发热盘。

谢谢！
Homa 客服""")

    o, b = order("ja-mostly-katakana", "ja", "USB-Cケーブル 1m", tld="co.jp")
    case("ja-short-katakana-heavy", "relay", [],
         "One Japanese sentence made mostly of katakana and Latin product terms.",
         to=b, frm="ケーブルストア <info@cablestore.jp>", enc=JIS,
         subject=f"ご注文 {o}", text=f"""ご注文 {o} のUSB-Cケーブル（Type-C to Lightning）は、iPadのデータ転送にはアダプターが必要です。""")

    o, b = order("ja-kanji", "ja", "単三電池式 置き時計", tld="co.jp")
    case("ja-short-kanji-heavy", "relay", [],
         "A short formal Japanese correction notice, mostly kanji.",
         to=b, frm="時計工房 <info@tokei-kobo.jp>", enc=JIS,
         subject=f"取扱説明書の訂正（注文番号 {o}）", text=f"""ご注文番号 {o} の取扱説明書に誤記がございました。使用電池は単四ではなく単三電池二本が正しい記載です。

時計工房""")


def extra_it() -> None:
    o, b = order("it-en-greet", "it", "Spazzolino elettrico sonico", tld="it")
    case("it-english-greeting-italian-body", "relay", [],
         "English 'Hi' and 'Best regards' around an Italian body: the content is Italian.",
         to=b, frm="SonicSmile <help@sonicsmile.eu>",
         subject=f"Testina dello spazzolino - ordine {o}", text=f"""Hi,

la testina dello spazzolino dell'ordine {o} va sostituita ogni tre mesi. Per toglierla, tiri verso l'alto senza ruotarla; se è dura, la sciacqui con acqua calda.

Best regards,
SonicSmile""")

    o, b = order("it-spec-table", "it", "Caricatore da parete GaN 65W", tld="it")
    tbl = ('<table border="1" cellpadding="4"><tr><th>Port</th><th>Output</th></tr>'
           '<tr><td>USB-C1</td><td>65W max (PD 3.0, PPS)</td></tr>'
           '<tr><td>USB-C2</td><td>30W max</td></tr>'
           '<tr><td>USB-A</td><td>18W max (Quick Charge 3.0)</td></tr></table>')
    case("it-english-spec-table-one-sentence", "relay", [],
         "One Italian sentence above an English specification table (Port / Output): the text is Italian.",
         to=b, frm="GaNPower Italia <supporto@ganpower.it>", subject=f"Ordine {o}: porte del caricatore",
         html=page(f"<p>Buongiorno, per caricare il portatile dell'ordine {o} a piena velocità usi la porta "
                   "USB-C1; le altre porte hanno una potenza inferiore, come indicato qui sotto.</p>\n" + tbl +
                   "\n<p>GaNPower Italia</p>", "it"))


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_it, cases_es, cases_ja,
                                     extra_en, extra_de, extra_es, extra_ja, extra_it))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="twentyninth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
