#!/usr/bin/env python3
"""Build the forty-fourth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_fortyfourth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. Section C message types (type.thank-you-only,
type.order-confirmation, type.marketing), second round, in English (.com, .co.uk, .ca, .com.au), German, French,
Spanish, Italian and Dutch: what shop systems, marketplace tools and helpdesk macros send (order received, on its
way, tracking number, thank you for shopping, next-order codes, VIP lists, Instagram), and hard near-misses: a
thank-you that carries one thing the buyer needs, a dispatch named only to explain a problem, replies to a
buyer's question, item-specific care instructions.
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
    logo_jpeg,
    logo_png,
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

_rnd = random.Random(44_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "ca": "70", "com.au": "25", "de": "30", "fr": "40", "es": "40", "it": "40",
           "nl": "40"}
_TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T08:00:00Z", shipped="2026-06-02T15:00:00Z",
                 delivered="2026-06-05T12:30:00Z")
ORDERS = BOOK.rows
order = BOOK.add
# on its way, not delivered yet
TRANSIT = {"purchased": "2026-06-10T09:00:00Z", "shipped": "2026-06-11T17:00:00Z", "delivered": ""}
# just bought, not shipped yet
FRESH = {"purchased": "2026-06-13T19:10:00Z", "shipped": "", "delivered": ""}
B64 = {"cte": "base64"}
L1 = {"charset": "iso-8859-1", "cte": "quoted-printable"}
W1252 = {"charset": "windows-1252", "cte": "quoted-printable"}
L15 = {"charset": "iso-8859-15", "cte": "quoted-printable"}
ASCII = {"charset": "us-ascii", "cte": "7bit"}

TYPES = ["type.order-confirmation", "type.thank-you-only", "type.marketing"]
OTHER = ["language.mismatch", "review.incentive", "review.conditional", "review.repeat", "review.removal-request",
         "order-problem.cancellation-request", "order-problem.no-adjustment", "return.unnecessary",
         "content.phone-number", "content.email-address", "link.opt-out", "link.external", "link.insecure",
         "order-id.missing", "order-id.unknown", "window.expired", "style.emoji", "style.line-breaks",
         "attachment.not-allowed", "image.product-photo", "style.image-alt", "content.sensitive"]


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str, text: str,
         day: int = 13, reply: str = "", tolerated: tuple[str, ...] = (), enc: dict | None = None,
         fmt: str = "text", lang: str = "", crlf: bool = False, logo: tuple[bytes, str, str] | None = None,
         attach: tuple = ()) -> None:
    """One case. fmt: text (plain), html (HTML only) or alt (text + HTML alternative). `reply` quotes the
    buyer: the message answers a buyer (In-Reply-To/References). `logo` = (bytes, subtype, alt) puts an
    inline brand logo (cid, not linked) at the top of the HTML."""
    hdrs = reply_headers(f"0100019d.a44.{slug[:24]}") if reply else []
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = text.strip("\n") + "\n"
    if reply:
        body += "\n" + quote(reply) + "\n"
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*TYPES, *OTHER) if r not in rules and r not in tol]
    kw = dict(enc or {})
    if kw.get("charset") in ("iso-8859-15", "iso-8859-1", "us-ascii"):
        body = body.replace("\u2013", "-").replace("\u2019", "'")
    related = ()
    if fmt == "text":
        kw["text"] = body
    else:
        inner = text2html(body)
        if logo:
            data, sub, alt = logo
            inner = f'<p><img src="cid:brand-{slug[:12]}" alt="{alt}" width="150" height="44"></p>\n' + inner
            related = [(data, "image", sub, f"<brand-{slug[:12]}>", f"brand.{'png' if sub == 'png' else 'jpg'}")]
        kw["html"] = page(inner, lang or "en")
        if fmt == "alt":
            kw["text"] = body
    msg = mk(frm, to, subject, mail_date(day, "14:06:31", "+0000"), f"<r44.{slug}@{dom}>", headers=hdrs,
             related=related, attach=attach, **kw)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, crlf=crlf)


# --------------------------------------------------------------------------------------------
# English (amazon.com, .co.uk, .ca, .com.au)
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    o, b = order("en-onitsway", "en", "Double-wall French press, 1 L", **TRANSIT)
    case("en-com-shopify-on-its-way", "quarantine", ["type.order-confirmation"],
         "A shop-system 'Your order is on its way' template: carrier, tracking number, estimated delivery and a "
         "'Thank you for shopping with us' footer. A shipping confirmation Amazon already sends.",
         to=b, frm="Kettle & Crane Coffee <orders@kettleandcrane.com>", fmt="alt", tolerated=("type.thank-you-only",),
         subject=f"Your order {o} is on its way!", text=f"""Hi Jordan,

Your order is on its way!

Order: {o}
Item: Double-wall French press, 1 L (x1)
Carrier: UPS Ground
Tracking number: 1Z 8V2 4E7 03 1184 2290
Estimated delivery: Tuesday, June 16

Thank you for shopping with us.

Kettle & Crane Coffee
Brew better, every morning.""")

    o, b = order("en-oneliner", "en", "Bamboo drawer organizer, 6 piece")
    case("en-com-one-line-thanks", "quarantine", ["type.thank-you-only"],
         "One line: thanks for the order and 'holler if you need anything'. Nothing else.",
         to=b, frm="Tidy Nest Home <hello@tidynesthome.com>", enc=ASCII,
         subject=f"Thanks! (order {o})", text=f"""Thanks a bunch for order {o} - holler if you need anything at all!

Mike @ Tidy Nest""")

    o, b = order("en-coupon", "en", "Silicone baking mat, half sheet, 2 pack")
    case("en-com-next-order-code", "quarantine", ["type.marketing"],
         "Thanks, then 'Get 10% off your next order' with a code and a hint at the new cookware line: a voucher "
         "and promotion of other products.",
         to=b, frm="Golden Crumb Bakeware <care@goldencrumb.com>", fmt="html",
         logo=(logo_png("Golden Crumb"), "png", "Golden Crumb Bakeware"), tolerated=("type.thank-you-only",),
         subject=f"A little something for you - order {o}", text=f"""Hi there,

Thank you for choosing Golden Crumb for order {o}!

As a small token of our appreciation, get 10% off your next order - just
enter CRUMB10 at checkout. It works on everything in our store, including the new
non-stick loaf pans we launched this month.

Happy baking!
The Golden Crumb Team""")

    o, b = order("en-checkin", "en", "Memory foam bath mat, 20 x 32 in, grey")
    case("en-com-arrived-safely-checkin", "quarantine", ["type.thank-you-only"],
         "'Just checking that your package arrived safely' and 'we're only a message away': a check-in that says "
         "nothing the buyer needs.",
         to=b, frm="Plush Path Co. <support@plushpath.com>", fmt="alt", tolerated=("type.order-confirmation",),
         subject=f"Did everything arrive OK? Order {o}", text=f"""Hello,

We're dropping by to see whether your bath mat from order {o} made it to
you in one piece and is living up to expectations.

Our door is always open, so if anything comes up, just hit reply and a real
person will get back to you.

Warmly,
Dana
Plush Path Co. - Comfort underfoot""")

    o, b = order("en-bedframe", "en", "Metal platform bed frame, queen, 14 in")
    case("en-com-retighten-bolts", "relay", [],
         "Thanks, then a real assembly step for the bed frame: the centre support feet must be wound down to the "
         "floor and the bolts re-tightened after a week, or the slats creak and bow.",
         to=b, frm="Ironwood Sleep <help@ironwoodsleep.com>", fmt="alt",
         subject=f"Your bed frame - one step people miss (order {o})", text=f"""Hi,

Thanks for picking our platform frame (order {o}). One step that is easy
to miss in the leaflet: the two centre support legs have adjustable feet.
Once the frame is upright, wind each foot down until it touches the floor,
then give it another quarter turn. If they hang in the air, the middle
slats bow and start to creak within a few nights.

After the first week of use, go round all 16 bolts once more with the
supplied hex key; the powder coating settles a little and they loosen.

Best,
Ray Okafor
Ironwood Sleep""")

    o, b = order("en-reply-tracking", "en", "Cordless handheld vacuum, 12 kPa", **TRANSIT)
    case("en-com-reply-where-is-it", "relay", [],
         "A reply to the buyer's 'has it shipped? is there a tracking number?': carrier, tracking number and "
         "expected day answer a customer service question (the proactive-only type rule does not apply).",
         to=b, frm="Zephyr Clean <service@zephyrclean.com>", reply=f"""Hi, I ordered the handheld vacuum on June 10
(order {o}) and haven't seen any update. Has it shipped? Is there
a tracking number I can use?""",
         subject=f"Re: Order {o} - shipped?", text="""Hi,

Yes, it went out on the afternoon of June 11 with FedEx Home Delivery.
The tracking number is 7734 1906 5582 and FedEx currently shows Wednesday,
June 17 for delivery.

Sorry the update didn't reach you sooner.

Lena
Zephyr Clean""")

    o, b = order("en-uk-received", "en", "Wool blend throw, 130 x 170 cm, mustard", tld="co.uk", **FRESH)
    case("en-uk-woo-order-received", "quarantine", ["type.order-confirmation"],
         "A WooCommerce-style 'We've received your order' with filled-in template fields (name, order number, "
         "item, total) and 'we'll let you know when it ships': an order confirmation.",
         to=b, frm="Loom & Lantern <shop@loomandlantern.co.uk>", enc=W1252, crlf=True,
         tolerated=("type.thank-you-only",),
         subject=f"[Loom & Lantern] We've received your order {o}", text=f"""Hi Harriet,

Just to let you know - we've received your order {o}, and it is now being
processed.

[Order {o}] (13 June 2026)
Wool blend throw, 130 x 170 cm, mustard   x 1   £42.00
Delivery: Standard (2-4 working days)
Total: £42.00

We'll send you another note as soon as it's packed and on its way.

Loom & Lantern
Woven in the Cotswolds""")

    o, b = order("en-uk-letter", "en", "Hand-thrown stoneware mug, speckled oat", tld="co.uk")
    case("en-uk-kiln-letter", "quarantine", ["type.thank-you-only"],
         "A long warm letter from the potter (the studio, the kiln, how much each order means, 'drop us a "
         "line if anything's amiss') with a slogan signature: nothing the buyer needs.",
         to=b, frm="Brackenfold Pottery <studio@brackenfold.co.uk>", fmt="html", enc=L1,
         subject=f"From our studio to your kitchen - order {o}", text=f"""Dear friend,

A mug from our little studio in the Peak District has found its way to you
with order {o}, and we couldn't let it go without a proper thank you.

Every piece starts as a lump of clay on Sam's wheel, spends two days drying
on the shelves by the window and goes through the kiln twice before it is
ready. Knowing that one of them will now be part of someone's morning
really does make all of that worthwhile.

If anything's amiss, drop us a line and we'll make it good.

With gratitude from all three of us,
Sam, Ellie and Joe
Brackenfold Pottery - made slowly, made to last""")

    o, b = order("en-uk-allen", "en", "Oak effect console table, 100 cm", tld="co.uk")
    case("en-uk-missing-leg-bolts", "relay", [],
         "Thanks, then a missing-part notice: one leg bolt bag was short, a spare set is in the post, and how to "
         "use the table safely until then. Resolving a fulfilment issue.",
         to=b, frm="Ashby Interiors <customercare@ashbyinteriors.co.uk>", enc=L15,
         subject=f"Console table {o} - two bolts short", text=f"""Dear customer,

Thank you for your order {o}. Our warehouse has told us that a number of
console tables from the last delivery were packed with six leg bolts (M8 x 50)
instead of eight. Yours was one of them.

A bag of eight bolts is on its way to you separately by Royal Mail and
should arrive within two working days. Until then please do not put
anything heavy on the table: with only three bolts in a corner leg the
frame can rack sideways.

Apologies for the nuisance.

Ashby Interiors""")

    o, b = order("en-uk-lid", "en", "Hartley 24 cm stainless casserole", tld="co.uk")
    case("en-uk-reply-lid-question", "relay", [],
         "A reply to the buyer asking whether a glass lid fits: names the matching lid and the one that does "
         "not fit. Answering a question about an accessory is not promotion.",
         to=b, frm="Hartley Cookshop <help@hartleycookshop.co.uk>", enc=L1,
         reply=f"""Hello, I bought the 24cm casserole (order {o}). Will a glass lid fit it?
The steel one fogs up and I'd like to see what's cooking.""",
         subject=f"Re: Glass lid for order {o}", text="""Hello,

Yes, a glass lid will fit. The one to look for is our 24 cm tempered glass
lid with the steam vent; it sits on the same inner rim as the steel one.
Our 24 cm frying-pan lid looks similar but is 2 mm wider and will rattle,
so I would avoid that one.

Kind regards,
Owen
Hartley Cookshop""")

    o, b = order("en-ca-vip", "en", "Merino wool hiking socks, 3 pairs, L", tld="ca")
    case("en-ca-vip-list", "quarantine", ["type.marketing"],
         "'Join our VIP list' for early access to drops and members-only pricing: a mailing-list sign-up, "
         "promotional.",
         to=b, frm="Northline Outfitters <crew@northlineoutfitters.ca>", fmt="alt",
         subject=f"You're invited: Northline VIP (order {o})", text=f"""Hey there,

Hope your new socks from order {o} are keeping your feet happy on the trail.

We'd love to have you in the Northline VIP Crew. Members get first dibs on
new colourways, members-only pricing a few times a year and a birthday
surprise. Just reply "VIP" to this message and we'll add you to the list.

See you out there,
Northline Outfitters
Gear for the long way round""")

    o, b = order("en-ca-duty", "en", "Cast acrylic aquarium, 20 gallon", tld="ca", **TRANSIT)
    case("en-ca-brokerage-note", "relay", [],
         "Customs and duty note: the parcel crosses from the US, duties were prepaid, and the buyer should decline "
         "any brokerage fee asked at the door. Needed to receive the order without paying twice.",
         to=b, frm="Clearwater Tanks <orders@clearwatertanks.com>", crlf=True,
         subject=f"Before your aquarium arrives - no duty to pay (order {o})", text=f"""Hello,

Your aquarium (order {o}) ships from our warehouse in Buffalo, NY,
so it will cross into Canada before it reaches you. Import duties and GST
were already paid at checkout.

Some couriers still ask for a "brokerage" or "clearance" fee at the door.
Please decline it: you don't owe anything. If the driver won't leave the
box without payment, let us know the amount he quoted by replying here and
we'll sort it out with the courier directly.

Thanks,
Clearwater Tanks""")

    o, b = order("en-ca-thanks-review", "en", "Enamel camping mug set, 4 pieces", tld="ca")
    case("en-ca-thanks-then-review", "relay", [],
         "Thanks, then a neutral request for an honest review on Amazon: a review request is a permitted purpose, "
         "so the message is not thank-you-only (first request for the order, no incentive, no condition).",
         to=b, frm="Ember & Pine Supply <hello@emberandpine.ca>", enc=B64,
         subject=f"How are the mugs? (order {o})", text=f"""Hi,

Thanks again for ordering the enamel mug set (order {o}).

Once you've had them out on a trip or two, would you mind telling other
campers what you made of them in a review on Amazon? Honest opinions,
whatever they are, help people choose.

Cheers,
Ember & Pine Supply""")

    o, b = order("en-au-track-insta", "en", "Linen tea towels, set of 3, eucalyptus", tld="com.au", **TRANSIT)
    case("en-au-tracking-and-insta", "quarantine", ["type.order-confirmation", "type.marketing"],
         "'Here is your tracking number' (Australia Post) plus 'Follow us on Instagram @... for styling ideas and "
         "giveaways': a dispatch notice and a social-media follow request at once.",
         to=b, frm="Saltbush Linen <orders@saltbushlinen.com.au>", fmt="html", enc=B64,
         logo=(logo_jpeg("SALTBUSH"), "jpeg", "Saltbush Linen"), tolerated=("type.thank-you-only",),
         subject=f"Here's your tracking number - order {o}", text=f"""G'day,

Great news - your tea towels have been packed and handed to Australia Post.

Here is your tracking number: 33LRP501845201000930806
Order: {o}

While you wait, follow us on Instagram @saltbushlinen for styling ideas,
new colours and our monthly giveaways.

Cheers,
The Saltbush team
Byron Bay, NSW""")

    o, b = order("en-au-eofy", "en", "Pour-over coffee kettle, gooseneck, 1 L", tld="com.au", **TRANSIT)
    case("en-au-reply-tracking-plus-sale", "quarantine", ["type.marketing"],
         "A reply that answers the buyer's tracking question, then adds the end-of-financial-year sale on the "
         "whole store: type.marketing applies to replies too.",
         to=b, frm="Bloom Brew Co <hello@bloombrew.com.au>", fmt="alt",
         reply=f"""Hi, any idea when the kettle will arrive? Order {o}. Thanks""",
         subject=f"Re: Kettle delivery - order {o}", text="""Hi there,

Your kettle left our Melbourne warehouse on 11 June with StarTrack and the
latest scan shows it at the Sydney depot, so you should have it Tuesday or
Wednesday.

PS - our EOFY sale is on until 30 June: 25% off storewide, grinders and
scales included.

Cheers,
Bec @ Bloom Brew""")

    o, b = order("en-au-warranty", "en", "Stand mixer 1200 W, 5.5 L, sage", tld="com.au")
    case("en-au-warranty-registration", "relay", [],
         "Thanks, then a warranty registration step: the 5-year motor warranty needs the serial number from the "
         "base registered within 60 days via the card in the box. Information the buyer needs.",
         to=b, frm="Harvest Kitchenware <support@harvestkitchenware.com.au>", enc=W1252,
         subject=f"Your mixer's 5-year motor warranty (order {o})", text=f"""Hello,

Thank you for your order {o}.

Your mixer comes with a 1-year warranty on the whole machine and 5 years
on the motor, but the manufacturer only grants the extra four years if the
mixer is registered no later than 60 days after it was delivered. You will find the serial
number printed on the sticker underneath the mixer (it begins SM12). Fill it into the
yellow registration card in the box and post it back; the postage is
already paid.

Kind regards,
Harvest Kitchenware""")

    o, b = order("en-au-skillet", "en", "Pre-seasoned cast iron skillet, 26 cm", tld="com.au")
    case("en-au-skillet-first-uses", "relay", [],
         "Product-specific care: the skillet's flaxseed seasoning leaves black residue at first, it must be dried "
         "on the hob and never soaked. Not a generic 'enjoy it'.",
         to=b, frm="Ironbark Cookware <care@ironbarkcookware.com.au>", fmt="html",
         subject=f"Caring for your skillet (order {o})", text=f"""Hi,

A few notes on the skillet from order {o}, as cast iron behaves
differently from non-stick:

- For the first few uses, a little black residue on a paper towel is
  normal: it is loose seasoning, not rust or paint.
- Never leave it to soak. Rinse with hot water, then put it back on a low
  flame until every drop has evaporated and rub a thin film of oil inside.
- Avoid cooking tomato sauce or wine in it for the first month; the acid
  strips the young seasoning.

Ironbark Cookware""")


# --------------------------------------------------------------------------------------------
# German (amazon.de)
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = order("de-unterwegs", "de", "Edelstahl-Wasserkocher 1,7 l, matt", **TRANSIT)
    case("de-paket-auf-dem-weg", "quarantine", ["type.order-confirmation"],
         "Versandvorlage 'Ihre Bestellung ist auf dem Weg zu Ihnen' mit DHL-Sendungsnummer und voraussichtlicher "
         "Zustellung: eine Versandbestätigung.",
         to=b, frm="Küchenhaus Wendt <versand@kuechenhaus-wendt.de>", fmt="alt", enc=B64,
         tolerated=("type.thank-you-only",),
         subject=f"Ihre Bestellung {o} ist auf dem Weg zu Ihnen", text=f"""Guten Tag Frau Albrecht,

Ihre Bestellung {o} ist auf dem Weg zu Ihnen!

Artikel: Edelstahl-Wasserkocher 1,7 l, matt
Versanddienstleister: DHL Paket
Sendungsnummer: 00340434161094027318
Voraussichtliche Zustellung: Dienstag, 16.06.2026

Vielen Dank für Ihren Einkauf.

Ihr Küchenhaus Wendt
Gutes Werkzeug für gute Küche""")

    o, b = order("de-vorlage", "de", "Frottee-Handtuchset 4-teilig, salbei")
    case("de-helpdesk-danke", "quarantine", ["type.thank-you-only"],
         "Helpdesk-Vorlage: Dank für den Einkauf, 'unser Kundenservice steht Ihnen gerne zur Seite', "
         "Ticketnummer. Sonst nichts.",
         to=b, frm="Frottier Manufaktur <service@frottier-manufaktur.de>", enc=L1, crlf=True,
         subject=f"Ihr Einkauf bei Frottier Manufaktur ({o})", text=f"""Sehr geehrte Kundin, sehr geehrter Kunde,

wir bedanken uns herzlich für Ihren Einkauf bei der Frottier Manufaktur
und freuen uns, Sie zu unseren Kundinnen und Kunden zählen zu dürfen.

Sollten Sie Fragen zu Ihrer Bestellung {o} haben, steht Ihnen unser
Kundenservice jederzeit gerne zur Seite.

Mit freundlichen Grüßen
Ihr Team der Frottier Manufaktur
Vorgang #48213""")

    o, b = order("de-gutschein", "de", "Bambus-Zahnbürsten, 8er Pack")
    case("de-rabatt-newsletter", "quarantine", ["type.marketing"],
         "'Als Dankeschön 10 % auf Ihre nächste Bestellung mit dem Code ...' und die Einladung zum Newsletter: "
         "Gutschein und Werbung.",
         to=b, frm="Grünzahn <hallo@gruenzahn.de>", fmt="html", tolerated=("type.thank-you-only",),
         subject=f"Ein kleines Dankeschön zu Ihrer Bestellung {o}", text=f"""Hallo,

schön, dass Sie sich für unsere Bambus-Zahnbürsten entschieden haben
(Bestellung {o})!

Als kleines Dankeschön schenken wir Ihnen 10 % auf Ihre nächste
Bestellung: Geben Sie einfach den Code GRUEN10 ein. Und wenn Sie als
Erste von neuen Produkten und Aktionen erfahren möchten, melden Sie sich
für unseren Newsletter an.

Nachhaltige Grüße
Ihr Grünzahn-Team""")

    o, b = order("de-multi", "de", "Yogamatte Kork 183 x 61 cm", **FRESH)
    case("de-eingang-und-instagram", "quarantine", ["type.order-confirmation", "type.marketing"],
         "'Wir haben Ihre Bestellung erhalten und bereiten sie für den Versand vor' und 'Folgen Sie uns auf "
         "Instagram': Bestellbestätigung und Social-Media-Aufruf zugleich.",
         to=b, frm="Korkwerk Yoga <team@korkwerk-yoga.de>", enc=L15, tolerated=("type.thank-you-only",),
         subject=f"Bestellung {o} eingegangen", text=f"""Namaste und danke!

Wir haben Ihre Bestellung {o} erhalten und bereiten sie gerade für den
Versand vor. Sobald das Paket unser Lager verlässt, hören Sie wieder von uns.

Übrigens: Folgen Sie uns auf Instagram unter @korkwerk.yoga – dort gibt es
jede Woche neue Flows, Tipps zur Mattenpflege und Gewinnspiele.

Ihr Korkwerk-Team""")

    o, b = order("de-kippschutz", "de", "Kleiderschrank Kiefer massiv, 3-türig")
    case("de-danke-kippschutz", "relay", [],
         "Dank, dann ein echter Montagehinweis: der Schrank muss mit dem beiliegenden Kippschutz an der Wand "
         "befestigt werden, mit dem passenden Dübel je nach Wand. Sicherheitsrelevant.",
         to=b, frm="Möbelhof Strasser <service@moebelhof-strasser.de>", fmt="alt", enc=L1,
         subject=f"Wichtig beim Aufbau Ihres Kleiderschranks ({o})", text=f"""Guten Tag,

danke, dass Sie bei uns bestellt haben ({o}).

Ein Hinweis, bevor Sie den Schrank einräumen: Beim Aufbau wird gern der
Kippschutz vergessen, der in Beutel F liegt (zwei Metallwinkel mit Gurt).
Der Schrank ist oben schwerer als unten und kann nach vorne kippen, wenn
zwei Türen gleichzeitig offen stehen. Schrauben Sie die Winkel bitte an
der Rückwand oben fest und verbinden Sie sie mit der Wand. Die
beiliegenden Dübel halten nur in Beton und Vollziegel; für Gipskarton
brauchen Sie Hohlraumdübel.

Freundliche Grüße
Möbelhof Strasser""")

    o, b = order("de-filter", "de", "Luftreiniger AP 300 mit HEPA-Filter")
    case("de-antwort-ersatzfilter", "relay", [],
         "Antwort auf die Frage des Käufers nach dem passenden Ersatzfilter und dem Wechselintervall: Zubehör auf "
         "Nachfrage, keine Werbung.",
         to=b, frm="Klarluft Technik <kundenservice@klarluft-technik.de>", enc=B64,
         reply=f"""Guten Tag, welcher Ersatzfilter passt zu meinem Luftreiniger (Bestellung {o})
und wie oft muss ich ihn wechseln?""",
         subject=f"AW: Ersatzfilter zu Bestellung {o}", text="""Guten Tag,

zu Ihrem AP 300 passt der Kombifilter mit der Bezeichnung „AP 300 H13“
(HEPA plus Aktivkohle). Filter anderer Baureihen, z. B. AP 250, haben
einen anderen Rahmen und schließen nicht dicht.

Bei Dauerbetrieb empfehlen wir einen Wechsel nach etwa sechs Monaten; die
Filteranzeige am Gerät leuchtet dann orange. Danach die Anzeige fünf
Sekunden lang über die Taste „Reset“ zurücksetzen.

Viele Grüße
Jonas Pfeiffer
Klarluft Technik""")

    o, b = order("de-spedition", "de", "Gartenlounge-Set Polyrattan, 4-teilig", **TRANSIT)
    case("de-spedition-bordsteinkante", "relay", [],
         "Der Versand wird nur erwähnt, um die Speditionszustellung zu erklären: Lieferung nur bis zur "
         "Bordsteinkante, Terminabsprache per SMS der Spedition, zweite Person zum Tragen. Nötig für den Empfang.",
         to=b, frm="Terrassenwelt Berger <lieferung@terrassenwelt-berger.de>", enc=W1252,
         subject=f"Zustellung Ihres Lounge-Sets per Spedition ({o})", text=f"""Hallo,

Ihr Lounge-Set aus der Bestellung {o} ist zu groß für den Paketdienst
und kommt deshalb auf einer Palette per Spedition (4 Kartons, zusammen
rund 70 kg).

Bitte beachten Sie: Die Spedition liefert nur bis zur Bordsteinkante bzw.
bis zur ersten Tür im Erdgeschoss, nicht bis auf Balkon oder Terrasse. Der
Fahrer schickt Ihnen am Vortag per SMS ein Zeitfenster; passt es nicht,
können Sie es in dieser SMS verschieben. Planen Sie bitte eine zweite
Person zum Tragen ein.

Viele Grüße
Terrassenwelt Berger""")

    o, b = order("de-rechnung", "de", "Akku-Bohrschrauber 18 V, 2 Akkus")
    case("de-danke-rechnung-anbei", "relay", [],
         "Dank und die Rechnung als PDF im Anhang: eine Rechnung zu senden ist ein erlaubter Anlass, keine "
         "Bestellbestätigung.",
         to=b, frm="Werkzeug Kaminski <buchhaltung@werkzeug-kaminski.de>", enc=L1,
         attach=[(make_pdf("Rechnung RE-2026-06117", ["Rechnung RE-2026-06117", f"Bestellung {o}",
                                                       "Akku-Bohrschrauber 18 V, 2 Akkus  1 x 129,00 EUR",
                                                       "enthaltene MwSt. 19 %: 20,60 EUR"],
                           producer="Kaminski Faktura 3.2"), "application", "pdf", "Rechnung_RE-2026-06117.pdf")],
         subject=f"Rechnung zu Ihrer Bestellung {o}", text=f"""Guten Tag,

danke für Ihren Einkauf. Im Anhang finden Sie die Rechnung
RE-2026-06117 zu Ihrer Bestellung {o}, die MwSt. ist separat ausgewiesen.

Mit freundlichen Grüßen
Werkzeug Kaminski – Buchhaltung""")


# --------------------------------------------------------------------------------------------
# French (amazon.fr)
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("fr-expedie", "fr", "Théière en fonte 0,9 l, noire", **TRANSIT)
    case("fr-commande-expediee-suivi", "quarantine", ["type.order-confirmation"],
         "« Bonne nouvelle, votre commande a bien été expédiée » avec le numéro de suivi Colissimo : une "
         "confirmation d'expédition.",
         to=b, frm="Maison Thé Noir <commandes@maisonthenoir.fr>", fmt="html", enc=L1,
         tolerated=("type.thank-you-only",),
         subject=f"Votre commande {o} a été expédiée", text=f"""Bonjour Mme Girard,

Bonne nouvelle : votre commande {o} a bien été expédiée ce jour.

Transporteur : Colissimo
Numéro de suivi : 6A21784533091
Livraison estimée : sous 48 h ouvrées

Merci pour votre commande et à très bientôt !
L'équipe Maison Thé Noir""")

    o, b = order("fr-lettre", "fr", "Bougie parfumée figue et cèdre, 220 g")
    case("fr-lettre-atelier", "quarantine", ["type.thank-you-only"],
         "Une longue lettre chaleureuse (l'atelier, la passion, « votre soutien compte énormément », « n'hésitez "
         "pas à nous écrire ») sans rien dont l'acheteur a besoin.",
         to=b, frm="Atelier Cire & Mèche <bonjour@cire-et-meche.fr>", fmt="alt", enc=B64,
         subject=f"Un petit mot de l'atelier – commande {o}", text=f"""Chère cliente, cher client,

Nous tenions à vous remercier personnellement pour votre commande {o}.
Chez Cire & Mèche, chaque bougie est versée à la main dans notre petit
atelier drômois, et savoir qu'elle parfumera bientôt votre intérieur nous
fait chaud au cœur.

Pour une petite maison comme la nôtre, votre soutien compte énormément.

Si quoi que ce soit vous chiffonne, n'hésitez pas à nous écrire : nous
sommes toujours ravis d'échanger avec vous.

Avec toute notre gratitude,
Camille et Hugo
Cire & Mèche – la lumière faite main""")

    o, b = order("fr-club", "fr", "Sérum visage à l'acide hyaluronique, 30 ml")
    case("fr-code-et-club", "quarantine", ["type.marketing"],
         "« -15 % sur votre prochaine commande avec le code ... » et « Rejoignez le Club Éclat » : bon de "
         "réduction et programme de fidélité.",
         to=b, frm="Éclat Botanique <contact@eclat-botanique.fr>", fmt="html",
         logo=(logo_png("Eclat Botanique"), "png", "Éclat Botanique"), tolerated=("type.thank-you-only",),
         subject=f"Un cadeau pour vous – commande {o}", text=f"""Bonjour,

Merci d'avoir choisi Éclat Botanique (commande {o}) !

Pour vous remercier, profitez de -15 % sur votre prochaine commande avec
le code ECLAT15, valable jusqu'au 31 juillet.

Et pour ne rien manquer de nos nouveautés, rejoignez le Club Éclat : des
avant-premières, des échantillons offerts et des ventes privées rien que
pour les membres.

Belle journée,
L'équipe Éclat Botanique""")

    o, b = order("fr-planche", "fr", "Planche à découper en bois de bout, noyer, 40 x 30 cm")
    case("fr-merci-huiler-planche", "relay", [],
         "Remerciement puis un vrai conseil d'entretien propre à la planche en bois de bout : huiler avant la "
         "première utilisation, jamais au lave-vaisselle, sécher debout.",
         to=b, frm="Les Bois de Lucas <atelier@boisdelucas.fr>", enc=W1252,
         subject=f"Votre planche en noyer – avant la première utilisation ({o})", text=f"""Bonjour,

Un grand merci pour votre commande {o}.

Votre planche en bois de bout est livrée brute d'huile. Avant de l'utiliser,
passez une couche généreuse d'huile minérale alimentaire sur toutes les
faces, laissez pénétrer une nuit et essuyez l'excédent le lendemain. Sans
cela, le bois boit l'eau de lavage et peut se fendre.

Ensuite : jamais au lave-vaisselle, rinçage à l'eau tiède et séchage
debout, sur la tranche. Une nouvelle couche d'huile par mois suffit.

Lucas Perrin
Les Bois de Lucas""")

    o, b = order("fr-suivi-reponse", "fr", "Lampe de bureau LED, bras articulé", **TRANSIT)
    case("fr-reponse-numero-suivi", "relay", [],
         "Réponse à l'acheteur qui demande son numéro de suivi : transporteur, numéro et date prévue répondent à sa "
         "question (règle proactive non applicable).",
         to=b, frm="Lumio Bureau <sav@lumio-bureau.fr>", enc=L15,
         reply=f"""Bonjour, pourriez-vous me donner le numéro de suivi de ma commande {o} ?
Je n'ai rien reçu. Merci""",
         subject=f"RE: Numéro de suivi commande {o}", text="""Bonjour,

Votre lampe est partie le 11 juin par Chronopost. Voici le numéro de suivi :
XW418820135JB. Le transporteur annonce une livraison mardi 16 juin.

Bien cordialement,
Nadia – Service client Lumio""")

    o, b = order("fr-adresse", "fr", "Sac à dos de randonnée 30 l, vert mousse",
                 purchased="2026-06-08T10:00:00Z", shipped="2026-06-09T16:00:00Z", delivered="")
    case("fr-colis-adresse-incomplete", "relay", [],
         "L'expédition n'est citée que pour expliquer un problème : le colis revient au dépôt faute de numéro "
         "de bâtiment, et il faut ce complément d'adresse pour le relivrer.",
         to=b, frm="Cimes & Sentiers <service@cimes-sentiers.fr>", fmt="alt", enc=L1,
         subject=f"Commande {o} : il nous manque votre numéro de bâtiment", text=f"""Bonjour,

Votre sac à dos (commande {o}) a été remis à La Poste le 9 juin, mais la
livraison a échoué : l'adresse ne mentionne ni le bâtiment ni
l'étage, et votre résidence compte plusieurs entrées. Le colis est
reparti au dépôt.

Pourriez-vous nous répondre en indiquant le bâtiment, l'étage et, si
besoin, le code d'accès ? Nous le transmettrons au dépôt pour une nouvelle
présentation sous 48 heures.

Merci d'avance,
Élodie – Cimes & Sentiers""")

    o, b = order("fr-facture", "fr", "Cafetière italienne inox 6 tasses")
    case("fr-facture-jointe", "relay", [],
         "Remerciement et facture en PDF jointe à la demande de l'acheteur : envoyer une facture est permis.",
         to=b, frm="Arôme & Moka <compta@arome-moka.fr>", fmt="alt",
         attach=[(make_pdf("Facture F-26-0918", ["Facture F-26-0918", f"Commande Amazon {o}",
                                                 "Cafetiere italienne inox 6 tasses  1 x 34,90 EUR TTC",
                                                 "dont TVA 20 % : 5,82 EUR"],
                           producer="Arome Moka Facturation"), "application", "pdf", "facture-F-26-0918.pdf")],
         subject=f"Votre facture – commande {o}", text=f"""Bonjour,

Merci pour votre achat. Comme demandé, la facture F-26-0918 de votre
commande {o}, TVA détaillée, est jointe à ce message.

Cordialement,
Service comptabilité – Arôme & Moka""")


# --------------------------------------------------------------------------------------------
# Spanish (amazon.es)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("es-camino", "es", "Sartén de aluminio forjado 28 cm, inducción", **TRANSIT)
    case("es-pedido-en-camino", "quarantine", ["type.order-confirmation"],
         "«¡Tu pedido está en camino!» con número de seguimiento de SEUR y fecha estimada: una confirmación de "
         "envío.",
         to=b, frm="Cocina Brava <pedidos@cocinabrava.es>", fmt="html", enc=B64, tolerated=("type.thank-you-only",),
         subject=f"¡Tu pedido {o} está en camino!", text=f"""¡Hola, Lucía!

¡Tu pedido está en camino! Lo hemos entregado a SEUR esta tarde.

Pedido: {o}
Número de seguimiento: 07426101358902
Entrega estimada: martes 16 de junio

Gracias por comprar en Cocina Brava.
Cocina Brava – Cocinar con ganas""")

    o, b = order("es-gracias", "es", "Funda nórdica de algodón lavado, 150 cm")
    case("es-gracias-corto", "quarantine", ["type.thank-you-only"],
         "Dos líneas: «¡Gracias por tu compra!» y «estamos a un mensaje de distancia para lo que necesites».",
         to=b, frm="Nube Textil <hola@nubetextil.es>", enc=L1,
         subject=f"¡Gracias! Pedido {o}", text=f"""¡Gracias por tu compra (pedido {o})! Estamos a un mensaje de distancia para lo que necesites.

Un saludo,
Nube Textil""")

    o, b = order("es-sorteo", "es", "Cuenco de cerámica esmaltada, juego de 4")
    case("es-siguenos-sorteo", "quarantine", ["type.marketing"],
         "«Síguenos en Instagram y TikTok» y la invitación a participar en el sorteo mensual: petición de "
         "seguimiento en redes sociales y promoción.",
         to=b, frm="Barro Vivo Cerámica <taller@barrovivo.es>", fmt="alt", tolerated=("type.thank-you-only",),
         subject=f"Tus cuencos ya están en casa (pedido {o})", text=f"""¡Hola!

Esperamos que los cuencos de tu pedido {o} ya estén luciendo en tu mesa.

Si te apetece ver cómo los hacemos, síguenos en Instagram y TikTok
(@barrovivo.ceramica). Cada mes sorteamos una pieza única entre nuestros
seguidores, ¡y este mes toca una fuente grande!

Un abrazo desde el taller,
Barro Vivo""")

    o, b = order("es-multi", "es", "Mochila portabebés ergonómica, gris", **FRESH)
    case("es-recibido-y-descuento", "quarantine", ["type.order-confirmation", "type.marketing"],
         "«Hemos recibido tu pedido y ya lo estamos preparando» más un 10 % de descuento en el próximo pedido: "
         "confirmación de pedido y cupón a la vez.",
         to=b, frm="Pequeño Paso <atencion@pequenopaso.es>", enc=W1252, crlf=True,
         tolerated=("type.thank-you-only",),
         subject=f"Confirmación de tu pedido {o}", text=f"""Hola, Marta:

¡Gracias por confiar en Pequeño Paso! Hemos recibido tu pedido {o} y ya
lo estamos preparando con mucho mimo. Te avisaremos en cuanto salga.

Y como bienvenida a la familia, te regalamos un 10 % de descuento en tu
próximo pedido con el código PASITO10.

Un abrazo,
El equipo de Pequeño Paso""")

    o, b = order("es-tornillos", "es", "Estantería de pino 5 baldas, 180 cm")
    case("es-faltaban-tornillos", "relay", [],
         "Gracias y aviso de pieza que falta: la bolsa de tornillos D venía incompleta, enviamos las que faltan y "
         "cómo montar mientras tanto. Resuelve un problema del pedido.",
         to=b, frm="Madera Norte <clientes@maderanorte.es>", enc=L15,
         subject=f"Tornillos que faltan en tu estantería (pedido {o})", text=f"""Hola:

Gracias por tu pedido {o}. Al revisar el lote del que salió tu
estantería hemos visto que la bolsa D traía 12 tornillos en vez de 16.

Te mandamos hoy por correo ordinario una bolsa con los 16, sin coste.
Mientras llegan, puedes montar la estructura y las tres baldas inferiores;
las dos de arriba necesitan los tornillos de la bolsa D, así que mejor no
cargarlas todavía.

Perdona las molestias.
Madera Norte""")

    o, b = order("es-funda", "es", "Tablet 10,1 pulgadas, 64 GB")
    case("es-respuesta-funda", "relay", [],
         "Respuesta a la pregunta del comprador sobre qué funda sirve para su tableta: accesorio a petición, sin "
         "promoción.",
         to=b, frm="Pixel Sur Electrónica <soporte@pixelsur.es>", enc=B64, fmt="alt",
         reply=f"""Hola, ¿qué funda me vale para la tablet del pedido {o}? No encuentro el modelo exacto.""",
         subject=f"RE: Funda para la tablet del pedido {o}", text="""Hola:

Tu tablet es el modelo T10-64 (lo pone en la etiqueta de la parte de
atrás). Le sirven las fundas para «T10» de cualquier marca, porque la
posición de la cámara y de los botones es la misma que en la versión de
32 GB. Las de «T10 Pro» no valen: son 4 mm más largas.

Saludos,
Raúl – Soporte Pixel Sur""")

    o, b = order("es-bateria", "es", "Cortacésped a batería 36 V, 40 cm")
    case("es-gracias-carga-bateria", "relay", [],
         "Gracias y una instrucción concreta del producto: la batería viene en modo transporte y hay que cargarla "
         "entera antes del primer uso y guardarla a media carga en invierno.",
         to=b, frm="Jardín Activo <ayuda@jardinactivo.es>", enc=L1,
         subject=f"Antes de estrenar tu cortacésped (pedido {o})", text=f"""Hola:

Muchas gracias por tu pedido {o}.

Un detalle importante: la batería de 36 V sale de fábrica en modo de
transporte, con muy poca carga. Antes de usarla la primera vez, cárgala
entera sin interrupciones (unas tres horas, hasta que las cuatro luces
queden fijas); si la usas antes, la autonomía se queda reducida.

Y cuando acabe la temporada, guárdala a media carga en un sitio seco, no
en el cargador.

Saludos,
Jardín Activo""")


# --------------------------------------------------------------------------------------------
# Italian (amazon.it)
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("it-spedito", "it", "Moka in alluminio 3 tazze", **TRANSIT)
    case("it-ordine-spedito", "quarantine", ["type.order-confirmation"],
         "«Il tuo ordine è stato spedito» con corriere BRT, codice di tracciamento e consegna prevista: una "
         "conferma di spedizione.",
         to=b, frm="Caffè di Casa <ordini@caffedicasa.it>", fmt="alt", enc=L1, tolerated=("type.thank-you-only",),
         subject=f"Il tuo ordine {o} è stato spedito", text=f"""Ciao Giulia,

il tuo ordine {o} ha lasciato il nostro magazzino ed è già in viaggio!

Corriere: BRT
Codice di tracciamento: 178204311956
Consegna prevista: 16-17 giugno

Grazie per aver acquistato da noi.
Caffè di Casa - il gusto di una volta""")

    o, b = order("it-lettera", "it", "Tagliere in ulivo con manico, 45 cm")
    case("it-lettera-bottega", "quarantine", ["type.thank-you-only"],
         "Una lunga lettera di ringraziamento dalla bottega (la famiglia, l'ulivo, «il tuo sostegno per noi vale "
         "tantissimo», «siamo sempre a disposizione»): niente che serva all'acquirente.",
         to=b, frm="Bottega Olivieri <info@bottegaolivieri.it>", fmt="html", enc=B64,
         subject=f"Un grazie dalla nostra bottega - ordine {o}", text=f"""Gentile cliente,

volevamo ringraziarti di cuore per il tuo ordine {o}. La nostra è una
piccola bottega di famiglia in Umbria: il nonno ha cominciato a lavorare
l'ulivo nel 1962 e ancora oggi ogni tagliere passa dalle nostre mani.

Per una realtà piccola come la nostra il tuo sostegno vale tantissimo.

Per qualsiasi cosa, siamo sempre a tua disposizione.

Con gratitudine,
la famiglia Olivieri
Bottega Olivieri - dal legno, con amore""")

    o, b = order("it-newsletter", "it", "Set 6 calici da vino in cristallo")
    case("it-codice-newsletter", "quarantine", ["type.marketing"],
         "«Iscriviti alla nostra newsletter e ricevi un codice sconto del 15%» e i saldi estivi: promozione e "
         "buono.",
         to=b, frm="Cristalleria Lario <servizio@cristallerialario.it>", enc=W1252,
         subject=f"Ordine {o} - un'idea per la tua tavola", text=f"""Buongiorno,

speriamo che i calici del suo ordine {o} siano arrivati perfetti.

Dal 1° luglio partono i nostri saldi estivi su decanter, bicchieri da
acqua e caraffe. Iscrivendosi alla nostra newsletter riceverà subito un
codice sconto del 15% da usare sul prossimo acquisto.

Cordiali saluti,
Cristalleria Lario""")

    o, b = order("it-reply-promo", "it", "Zaino da trekking 40 l, blu", **TRANSIT)
    case("it-risposta-tracking-promo", "quarantine", ["type.marketing"],
         "Risposta alla domanda sulla consegna, poi «approfitta del 20% di sconto su tutta la linea outdoor»: il "
         "marketing non è permesso neanche in una risposta.",
         to=b, frm="Vetta Sport <assistenza@vettasport.it>", enc=L15,
         reply=f"""Buongiorno, quando arriva lo zaino dell'ordine {o}? Grazie""",
         subject=f"R: Consegna ordine {o}", text="""Buongiorno,

lo zaino è partito l'11 giugno con GLS ed è ora nel centro di
smistamento di Bologna: la consegna è prevista per martedì.

Ne approfitto per segnalarle che fino a domenica c'è il 20% di sconto su
tutta la nostra linea outdoor, bastoncini e borracce compresi.

Cordiali saluti,
Vetta Sport""")

    o, b = order("it-garanzia", "it", "Macchina per espresso a leva, acciaio")
    case("it-registrazione-garanzia", "relay", [],
         "Ringraziamento e un passo di registrazione della garanzia: l'estensione a 3 anni vale solo registrando il "
         "numero di serie entro 30 giorni con la cartolina nella confezione.",
         to=b, frm="Leva d'Oro <clienti@levadoro.it>", fmt="alt", enc=L1,
         subject=f"Garanzia della sua macchina espresso - ordine {o}", text=f"""Gentile cliente,

grazie per il suo ordine {o}.

La macchina ha due anni di garanzia di legge; il produttore la estende a
tre anni solo se il numero di serie viene registrato entro 30 giorni dalla
consegna. Il numero si trova sulla targhetta sotto il serbatoio (inizia
con LV). Lo scriva sulla cartolina verde nella confezione e la spedisca:
l'affrancatura è già pagata.

Cordiali saluti,
Leva d'Oro""")

    o, b = order("it-giacenza", "it", "Stendibiancheria da balcone in alluminio",
                 purchased="2026-06-08T10:00:00Z", shipped="2026-06-09T16:00:00Z", delivered="")
    case("it-pacco-in-giacenza", "relay", [],
         "La spedizione è citata solo per spiegare un problema: il pacco è in giacenza dopo due tentativi a vuoto e "
         "va ritirato entro una data al punto indicato, altrimenti torna indietro.",
         to=b, frm="Casa Pratica <ordini@casapratica.it>", enc=W1252,
         subject=f"Ordine {o}: pacco in giacenza, da ritirare entro il 22 giugno", text=f"""Buongiorno,

il suo stendibiancheria (ordine {o}) è partito il 9 giugno, ma il corriere
ci segnala due tentativi di consegna non riusciti: il citofono non
riportava il suo cognome.

Adesso il pacco si trova al punto di ritiro SDA di via Tiziano 14, dove
può ritirarlo con un documento fino al 22 giugno; dopo quella data
tornerebbe a noi. Se invece vuole che glielo riportino a casa, ci risponda
indicando il nome che compare sul citofono.

Cordiali saluti,
Casa Pratica""")

    o, b = order("it-pasta", "it", "Macchina per pasta manuale, 7 spessori")
    case("it-primo-impasto", "relay", [],
         "Grazie e istruzione specifica per il prodotto: il primo impasto va buttato per pulire i rulli, mai acqua, "
         "solo pennello e farina.",
         to=b, frm="Sfoglia Emiliana <ciao@sfogliaemiliana.it>", enc=B64,
         subject=f"Prima di usare la sua macchina per pasta - ordine {o}", text=f"""Buongiorno,

e grazie per aver scelto la nostra macchina (ordine {o}).

Un consiglio prima del primo utilizzo: faccia passare un pezzetto di
impasto di acqua e farina più volte tra i rulli e lo butti via. Serve a
togliere i residui di olio della lavorazione.

Dopo l'uso non lavi mai la macchina in acqua né in lavastoviglie: i rulli
si ossidano. Basta un pennello asciutto e un po' di farina.

Saluti,
Sfoglia Emiliana""")


# --------------------------------------------------------------------------------------------
# Dutch (amazon.nl)
# --------------------------------------------------------------------------------------------

def cases_nl() -> None:
    o, b = order("nl-onderweg", "nl", "Fietstas waterdicht 25 l, zwart", **TRANSIT)
    case("nl-bestelling-onderweg", "quarantine", ["type.order-confirmation"],
         "'Je bestelling is onderweg' met PostNL track & trace-code en bezorgdag: een verzendbevestiging.",
         to=b, frm="Trapkracht Fietsen <bestellingen@trapkracht.nl>", fmt="alt", enc=L1,
         tolerated=("type.thank-you-only",),
         subject=f"Je bestelling {o} is onderweg", text=f"""Hoi Sanne,

Hoera, je bestelling {o} is ingepakt en onderweg!

Vervoerder: PostNL
Track & trace-code: 3SABCD0123456789
Verwachte bezorging: dinsdag 16 juni

Bedankt voor je bestelling en veel fietsplezier!
Team Trapkracht""")

    o, b = order("nl-bedankt", "nl", "Badjas wafelstof, maat M")
    case("nl-bedankt-kort", "quarantine", ["type.thank-you-only"],
         "Kort bedankje met 'we staan altijd voor je klaar' en een slogan-handtekening, verder niets.",
         to=b, frm="Wafel & Zo <klantenservice@wafelenzo.nl>", enc=ASCII,
         subject=f"Bedankt voor je bestelling {o}", text=f"""Hoi,

Hartelijk bedankt voor je bestelling {o}! Heb je ergens vragen over, dan
staan we altijd voor je klaar.

Liefs,
Wafel & Zo - zacht voor jezelf""")

    o, b = order("nl-vip", "nl", "Geurkaars vijg en ceder, 300 g")
    case("nl-volg-ons-vip", "quarantine", ["type.marketing"],
         "'Volg ons op Instagram' en 'word lid van onze VIP-club' voor voorrang bij nieuwe geuren: social-media "
         "en klantenclub.",
         to=b, frm="Vlam & Geur <hallo@vlamengeur.nl>", fmt="html", logo=(logo_png("Vlam & Geur"), "png",
                                                                        "Vlam & Geur"),
         tolerated=("type.thank-you-only",),
         subject=f"Geniet van je kaars (bestelling {o})", text=f"""Hoi!

Fijn dat je voor Vlam & Geur hebt gekozen (bestelling {o}).

Volg ons op Instagram via @vlamengeur voor sfeerinspiratie en kijk eens
achter de schermen in ons atelier. En word lid van onze VIP-club: dan
ruik je nieuwe geuren als eerste en krijg je twee keer per jaar een
exclusieve aanbieding.

Warme groet,
Vlam & Geur""")

    o, b = order("nl-multi", "nl", "Kinderfiets 16 inch, mintgroen", **FRESH)
    case("nl-ontvangen-kortingscode", "quarantine", ["type.order-confirmation", "type.marketing"],
         "'We hebben je bestelling ontvangen' met overzicht en een kortingscode voor de volgende bestelling: "
         "orderbevestiging en kortingsbon tegelijk.",
         to=b, frm="Kleine Trappers <service@kleinetrappers.nl>", fmt="alt", enc=B64, crlf=True,
         tolerated=("type.thank-you-only",),
         subject=f"Orderbevestiging {o}", text=f"""Hoi Daan,

Bedankt voor je bestelling! We hebben je bestelling {o} goed ontvangen
en gaan er meteen mee aan de slag.

Artikel: Kinderfiets 16 inch, mintgroen (1x)
Verzending: binnen 1-2 werkdagen

Als bedankje: met de code TRAPPER5 krijg je 5 euro korting op je volgende
bestelling.

Groetjes,
Kleine Trappers""")

    o, b = order("nl-legitimatie", "nl", "Japans koksmes 21 cm, damaststaal", **TRANSIT)
    case("nl-mes-legitimatie", "relay", [],
         "Bedankt, dan een bezorginstructie die nodig is: messen worden alleen aan een meerderjarige overhandigd "
         "na controle van een legitimatiebewijs, niet bij de buren of in de brievenbus.",
         to=b, frm="Snijwerk Messen <info@snijwerkmessen.nl>", enc=L15,
         subject=f"Bezorging van je koksmes: legitimatie nodig ({o})", text=f"""Hallo,

Bedankt voor je bestelling {o}.

Belangrijk voor de bezorging: messen mogen in Nederland alleen aan
iemand van 18 jaar of ouder worden afgegeven. De bezorger vraagt daarom
aan de deur om een geldig legitimatiebewijs en geeft het pakket niet af
bij de buren of een afhaalpunt. Zorg dus dat er iemand van 18+ met een
ID-kaart of paspoort thuis is.

Met vriendelijke groet,
Snijwerk Messen""")

    o, b = order("nl-reply-tt", "nl", "Koffiemolen elektrisch, conische maalschijven", **TRANSIT)
    case("nl-antwoord-track-trace", "relay", [],
         "Antwoord op de vraag van de koper naar de track & trace: vervoerder, code en bezorgmoment beantwoorden "
         "zijn vraag (de proactieve regel geldt niet voor antwoorden).",
         to=b, frm="Bonenbaas <service@bonenbaas.nl>", enc=W1252,
         reply=f"""Hallo, kan ik een track & trace krijgen voor bestelling {o}? Alvast bedankt.""",
         subject=f"Re: Track & trace bestelling {o}", text="""Hallo,

Natuurlijk. Je koffiemolen is op 11 juni met DHL verstuurd; de track &
trace-code is JVGL0618842290013377. DHL verwacht hem dinsdag tussen 13.00
en 16.00 uur te bezorgen.

Groet,
Mirjam van Bonenbaas""")

    o, b = order("nl-leer", "nl", "Leren schoudertas, cognac, plantaardig gelooid")
    case("nl-leer-onderhoud", "relay", [],
         "Specifiek onderhoudsadvies voor de plantaardig gelooide tas: eerst impregneren, regendruppels laten "
         "drogen zonder föhn, donkerder worden is normaal.",
         to=b, frm="Huid & Hand Leerwaren <atelier@huidenhand.nl>", fmt="alt",
         subject=f"Je nieuwe tas: zo blijft het leer mooi ({o})", text=f"""Hoi,

Een paar dingen over je tas uit bestelling {o}, want plantaardig
gelooid leer is gevoeliger dan je gewend bent:

- Het leer is onbehandeld. Spuit de tas vóór het eerste gebruik twee keer
  in met een kleurloze impregneerspray en laat hem een nacht drogen.
- Regendruppels geven eerst donkere vlekjes. Niet wrijven en zeker niet
  föhnen: laat ze op kamertemperatuur drogen, dan trekken ze weg.
- Het leer wordt in de zon en door gebruik donkerder. Dat hoort zo.

Groet uit het atelier,
Huid & Hand""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_nl))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="fortyfourth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
