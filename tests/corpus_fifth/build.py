#!/usr/bin/env python3
"""Build the fifth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_fifth/build.py

Deterministic. Helpers copied from tests/corpus_fourth/build.py; the messages, sellers, products and
orders are new. Focus: the heuristic purpose / wording rules, 8 messages per language (4 compliant
near-misses, 4 violating exactly one heuristic rule in an unusual phrasing or regional variant).
"""

from __future__ import annotations

import hashlib
import random
import sys
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent
CASES = ROOT / "cases"

sys.path.insert(0, str(ROOT.parent))  # tests/: the shared helpers live in tests/corpus_build.py
from corpus_build import (  # noqa: E402
    add_case,
    buyer,
    collect_by_language,
    lang_counts,
    mk,
    page,
    reply_headers,
    set_boundaries,
    text2html,
    write_cases,
    write_orders,
)

_rnd = random.Random(5_2026_0615)
_buyer = partial(buyer, _rnd)


# key, order_id, tld, language, purchased, shipped, delivered, title
_ORDER_ROWS = [
    # en
    ("mug", "114-2093318-5507712", "com", "en", "2026-06-01T14:00:00Z", "2026-06-02T09:00:00Z", "2026-06-05T16:20:00Z", "Stoneware Coffee Mug 450 ml, Speckled Oat, Set of 2"),
    ("headphones", "113-7740021-6638195", "com", "en", "2026-06-12T20:10:00Z", "", "", "Wireless Over-Ear Headphones, Sandstone"),
    ("tent", "205-6618430-2291147", "co.uk", "en", "2026-05-30T09:00:00Z", "2026-05-31T08:00:00Z", "2026-06-03T13:10:00Z", "Two-Person Backpacking Tent, 1.6 kg"),
    ("blender", "702-8831175-4406629", "ca", "fr", "2026-06-08T17:00:00Z", "", "", "Personal Blender 600 W with 2 Travel Cups"),
    ("earbuds", "112-3350718-9912046", "com", "en", "2026-05-25T19:30:00Z", "2026-05-26T10:00:00Z", "2026-05-29T15:00:00Z", "Sport Earbuds with Ear Hooks, Black"),
    ("planter", "171-5528840-1137762", "com.au", "en", "2026-06-02T01:00:00Z", "2026-06-03T00:30:00Z", "2026-06-08T04:00:00Z", "Self-Watering Planter 30 cm, Terracotta"),
    ("jacket", "203-9917263-4480315", "co.uk", "en", "2026-06-04T11:00:00Z", "2026-06-05T08:00:00Z", "2026-06-07T12:00:00Z", "Packable Rain Jacket, Men's L, Navy"),
    ("speaker", "111-4486620-7713358", "com", "en", "2026-06-03T18:00:00Z", "2026-06-04T10:00:00Z", "2026-06-07T16:00:00Z", "Portable Bluetooth Speaker, Waterproof, Teal"),
    # de
    ("muehle", "302-1187734-6620915", "de", "de", "2026-06-03T08:00:00Z", "2026-06-04T09:00:00Z", "2026-06-06T11:00:00Z", "Kaffeemühle manuell mit Keramikmahlwerk"),
    ("rucksack", "303-6604418-2279953", "at", "de", "2026-06-10T07:30:00Z", "", "", "Wanderrucksack 28 L mit Regenhülle, Moosgrün"),
    ("messer", "305-2276690-1184437", "de", "de", "2026-05-28T10:00:00Z", "2026-05-29T08:00:00Z", "2026-06-01T14:30:00Z", "Kochmesser 20 cm, geschmiedet, Olivenholzgriff"),
    ("bettwaesche", "306-9943371-5528804", "de", "de", "2026-05-31T18:00:00Z", "2026-06-01T09:00:00Z", "2026-06-03T12:00:00Z", "Bettwäsche Satin 155 x 220 cm, Salbei"),
    ("schloss", "304-5512287-7730641", "de", "de", "2026-05-22T12:00:00Z", "2026-05-23T08:00:00Z", "2026-05-26T10:00:00Z", "Faltschloss für Fahrräder, Sicherheitsstufe 10"),
    ("wasserkocher", "302-8870412-3356198", "de", "", "2026-06-05T15:00:00Z", "2026-06-06T08:00:00Z", "2026-06-09T09:30:00Z", "Wasserkocher Edelstahl 1,7 L, Temperaturwahl"),
    # fr
    ("jouet", "702-4419960-3385271", "ca", "fr", "2026-05-29T20:00:00Z", "2026-05-30T14:00:00Z", "2026-06-04T18:00:00Z", "Jeu de construction magnétique, 64 pièces"),
    ("abatjour", "408-3367720-9915846", "com.be", "fr", "2026-06-11T09:00:00Z", "", "", "Abat-jour en lin naturel, 35 cm"),
    ("housse", "402-7719054-6642231", "fr", "fr", "2026-06-01T12:00:00Z", "2026-06-02T08:00:00Z", "2026-06-05T10:00:00Z", "Housse de couette en gaze de coton, 240 x 220 cm"),
    ("cocotte", "403-2250873-1196684", "fr", "fr", "2026-06-09T16:00:00Z", "2026-06-10T08:00:00Z", "", "Cocotte en fonte émaillée 24 cm, rouge"),
    ("chaise", "404-8812649-5507319", "fr", "fr", "2026-05-27T10:00:00Z", "2026-05-28T08:00:00Z", "2026-06-02T15:00:00Z", "Chaise de bureau ergonomique, maille grise"),
    ("plaid", "409-6630185-2247790", "com.be", "nl", "2026-06-02T13:00:00Z", "2026-06-03T09:00:00Z", "2026-06-06T11:00:00Z", "Plaid en laine mérinos 130 x 170 cm"),
    ("gourde", "405-5543308-8821165", "fr", "fr", "2026-06-12T07:00:00Z", "", "", "Gourde isotherme 750 ml, acier inoxydable, sauge"),
    # es
    ("zapatillas", "406-1128847-3390572", "es", "es", "2026-06-02T10:00:00Z", "2026-06-03T08:00:00Z", "2026-06-06T13:00:00Z", "Zapatillas de trail running, talla 42"),
    ("licuadora", "701-6659923-4418830", "com.mx", "es", "2026-06-11T22:00:00Z", "", "", "Licuadora de alta potencia 1,5 L, 1200 W"),
    ("reloj", "701-2297715-8864403", "com.mx", "es", "2026-05-30T18:00:00Z", "2026-05-31T15:00:00Z", "2026-06-05T20:00:00Z", "Reloj de pulsera analógico, correa de cuero café"),
    ("mochila", "407-8841152-6673329", "es", "es", "2026-06-12T09:00:00Z", "", "", "Mochila escolar ergonómica 22 L, azul marino"),
    ("comal", "701-4472290-1135568", "com.mx", "es", "2026-05-26T17:00:00Z", "2026-05-27T14:00:00Z", "2026-06-01T19:00:00Z", "Comal de hierro fundido 30 cm"),
    ("termo", "408-9925537-7710246", "es", "es", "2026-06-04T08:30:00Z", "2026-06-05T09:00:00Z", "2026-06-08T12:00:00Z", "Termo de acero inoxidable 1 L para café"),
    # it
    ("moka", "403-3381196-6612748", "it", "it", "2026-06-01T09:00:00Z", "2026-06-02T08:00:00Z", "2026-06-04T15:00:00Z", "Caffettiera moka in alluminio, 3 tazze"),
    ("zaino", "404-6627708-3359912", "it", "it", "2026-06-03T14:00:00Z", "2026-06-04T09:00:00Z", "2026-06-06T16:30:00Z", "Zaino da trekking 35 L con schienale ventilato"),
    ("cuscino", "405-1173324-8846650", "it", "it", "2026-06-10T12:00:00Z", "", "", "Cuscino cervicale in memory foam"),
    ("bici", "406-7739462-2208813", "it", "it", "2026-06-08T11:00:00Z", "2026-06-09T08:00:00Z", "", "Casco da bici urbano con luce posteriore, taglia M"),
    ("lampada", "407-4406651-9927734", "it", "it", "2026-06-11T18:00:00Z", "", "", "Lampada da scrivania LED con braccio snodabile"),
    ("tostiera", "402-5570239-6643318", "it", "it", "2026-06-11T10:00:00Z", "2026-06-13T08:00:00Z", "", "Tostiera elettrica per panini, piastre antiaderenti"),
    # ja
    ("yakan", "250-4419937-6628105", "co.jp", "ja", "2026-06-02T03:00:00Z", "2026-06-03T01:00:00Z", "2026-06-05T06:00:00Z", "ステンレス製やかん 2.5L IH対応"),
    ("kaban", "503-7728841-3306692", "co.jp", "ja", "2026-06-11T05:00:00Z", "", "", "本革ビジネスバッグ A4対応 ダークブラウン"),
    ("furaipan", "249-1164420-8897531", "co.jp", "ja", "2026-05-31T10:00:00Z", "2026-06-01T02:00:00Z", "2026-06-03T07:00:00Z", "鉄フライパン 26cm 木製ハンドル"),
    ("taoru", "250-8830572-1154496", "co.jp", "ja", "2026-06-09T04:00:00Z", "2026-06-10T01:00:00Z", "", "今治タオル バスタオル 3枚セット"),
    ("iyahon", "503-2256619-7740083", "co.jp", "", "2026-06-01T08:00:00Z", "2026-06-02T02:00:00Z", "2026-06-04T09:00:00Z", "ワイヤレスイヤホン ノイズキャンセリング ホワイト"),
    ("hashi", "249-9903348-5521167", "co.jp", "ja", "2026-06-06T01:00:00Z", "2026-06-07T01:00:00Z", "2026-06-09T05:00:00Z", "若狭塗 夫婦箸 桐箱入り"),
]

ORDERS: dict[str, dict] = {}
BUYER: dict[str, str] = {}
for key, oid, tld, lang, pur, shp, dlv, title in _ORDER_ROWS:
    addr = _buyer(tld)
    BUYER[key] = addr
    ORDERS[key] = {
        "order_id": oid, "buyer_email": addr, "marketplace": "amazon." + tld,
        "buyer_language": lang, "purchased_at": pur, "shipped_at": shp, "delivered_at": dlv,
        "product_title": title,
    }
OID = {k: v["order_id"] for k, v in ORDERS.items()}
assert len(set(OID.values())) == len(OID)


CASE_LIST: list[dict] = []
case = partial(add_case, CASE_LIST)


# --------------------------------------------------------------------------------------------
# Compliant cases (verdict relay, rules [])

# --------------------------------------------------------------------------------------------
# Extra assets and platform templates


_n = [0]


def M(key: str, frm: str, subject: str, date: str, body: str, *, as_html: bool = False, lang: str = "en",
      reply: str = "", charset: str = "utf-8") -> EmailMessage:
    """A plain-text message (or text + simple HTML alternative) to the buyer of order `key`."""
    _n[0] += 1
    dom = frm.split("@", 1)[1].rstrip(">")
    mid = f"<{hashlib.sha1(f'fifth:{key}:{_n[0]}'.encode()).hexdigest()[:16]}@{dom}>"
    hdrs = reply_headers(reply) if reply else ()
    if as_html:
        return mk(frm, BUYER[key], subject, date, mid, text=body, html=page(text2html(body), lang),
                  charset=charset, headers=hdrs)
    return mk(frm, BUYER[key], subject, date, mid, text=body, charset=charset, headers=hdrs)


def cases_en() -> None:
    o = OID
    case("mug-review-good-bad-indifferent", "relay", [],
         ["review.incentive", "review.conditional", "type.thank-you-only", "type.marketing"],
         "Neutral review request in loose wording ('good, bad or indifferent'), no benefit, no gating.",
         M("mug", "Oat & Ember Pottery <hello@oatandember.com>", f"How are the mugs treating you? (order {o['mug']})",
           "Sat, 13 Jun 2026 09:10:00 -0500",
           f"""Hi,

The two speckled mugs from order {o['mug']} should have had a week or so of morning coffee by now.
Each one is thrown and glazed by hand, so no two pieces come out quite alike.

When you get a spare minute, would you mind telling other shoppers on Amazon what you made of them?
Good, bad or indifferent - whatever you honestly think is what helps the next person decide.

Rosa, Oat & Ember Pottery
"""))
    case("headphones-money-back-no-action", "relay", [],
         ["order-problem.cancellation-request", "order-problem.no-adjustment", "type.order-confirmation"],
         "Out of stock; states the order amount was adjusted to zero and the money given back, says the buyer need not cancel anything.",
         M("headphones", "Tidewell Audio <orders@tidewellaudio.com>", f"About your headphones, order {o['headphones']}",
           "Sun, 14 Jun 2026 16:40:00 -0400",
           f"""Hello,

Bad news on order {o['headphones']}: the Sandstone colour sold through faster than our supplier could
restock it, and the next batch will not land before August. Rather than keep you waiting, we have
brought the order amount down to $0.00 (reason: item out of stock), so every cent you paid is on its
way back to your original payment method.

There is nothing for you to cancel or chase; the adjustment is already done on our side.
We are sorry to let you down.

Milo, Tidewell Audio
""", as_html=True))
    case("tent-return-what-state", "relay", [],
         ["return.unnecessary", "review.incentive"],
         "Return-related message that asks two concrete questions (poles, groundsheet) needed to process the return.",
         M("tent", "Fellside Outdoor <care@fellsideoutdoor.co.uk>", f"Your tent return - two quick questions (order {o['tent']})",
           "Fri, 12 Jun 2026 11:25:00 +0100",
           f"""Hello,

We have seen the return request for the Two-Person Backpacking Tent on order {o['tent']}.
Before the courier collects it, could you let us know two things?

- Are all four poles and the peg bag going back with the tent?
- Has the tent been pitched outdoors, or only tried up indoors?

That decides whether the tent goes back on the shelf or to our repair bench, so a one-line answer is
plenty.

Thanks,
Gemma, Fellside Outdoor
"""))
    case("blender-bilingual-delay-ca", "relay", [],
         ["language.mismatch", "type.order-confirmation", "order-problem.no-adjustment"],
         "Bilingual English/French delay notice to an amazon.ca buyer whose language is French; mentions when it will ship but is no shipping confirmation.",
         M("blender", "Northmix Appliances <service@northmix.ca>", f"Order {o['blender']}: short delay / court retard",
           "Mon, 15 Jun 2026 08:00:00 -0400",
           f"""Bonjour,

Votre mélangeur (commande {o['blender']}) quittera notre entrepôt de Laval le jeudi 18 juin plutôt
qu'aujourd'hui : la palette de gobelets de voyage est arrivée en retard. La livraison est maintenant
prévue entre le 22 et le 24 juin. Vous n'avez rien à faire.

Hello,

Your blender (order {o['blender']}) will leave our Laval warehouse on Thursday 18 June instead of today:
the pallet of travel cups arrived late. Delivery is now expected between 22 and 24 June. Nothing is
needed from you.

Northmix Appliances
"""))
    # violations
    case("earbuds-review-spare-tips-on-us", "reject", ["review.incentive"],
         ["review.conditional", "type.marketing"],
         "Offers free spare ear tips to buyers who post a review: a free product tied to the review request.",
         M("earbuds", "Pulsefit Gear <team@pulsefitgear.com>", f"Your earbuds - order {o['earbuds']}",
           "Thu, 11 Jun 2026 13:00:00 -0700",
           f"""Hey there,

Now that the earbuds from order {o['earbuds']} have been through a couple of workouts, we would love to
hear how they are holding up. Anyone who posts their thoughts about them on Amazon gets a spare set of
memory-foam ear tips sent out by us, on the house - just hit reply with a screenshot once it's live.

Cheers,
Jordan @ Pulsefit Gear
"""))
    case("jacket-heads-up-its-on-the-way", "quarantine", ["type.order-confirmation"],
         ["type.thank-you-only", "content.phone-number"],
         "Informal 'heads up' whose only content is that the jacket left the warehouse with a carrier reference: a dispatch confirmation.",
         M("jacket", "Drizzle & Co <dispatch@drizzleandco.co.uk>", f"Heads up: your jacket's with Royal Mail (order {o['jacket']})",
           "Fri, 05 Jun 2026 17:20:00 +0100",
           f"""Hiya,

Just a quick heads up that your Packable Rain Jacket (order {o['jacket']}) went out with Royal Mail
Tracked 48 this afternoon. Their reference for the parcel is QF 2840 1173 6GB, in case you fancy
keeping an eye on it.

Ta,
Sam at Drizzle & Co
"""))
    case("planter-ring-me-evenings", "reject", ["content.phone-number"],
         ["type.thank-you-only", "content.email-address"],
         "Care tip plus the seller's own mobile to ring in the evenings; no warranty, carrier or manufacturer context.",
         M("planter", "Potted Perth <shop@pottedperth.com.au>", f"Getting the wicking right - order {o['planter']}",
           "Wed, 10 Jun 2026 10:00:00 +0800",
           f"""G'day,

A tip for the self-watering planter from order {o['planter']}: soak the wick for ten minutes before
you fill the reservoir, otherwise the soil can stay dry for the first few days.

If it's still not drawing water after that, give me a bell - I'm on 0412 558 309 most evenings
and happy to talk it through.

Cheers, Bec
"""))
    case("speaker-loving-it-review-else-reply", "reject", ["review.conditional"],
         ["review.incentive", "type.marketing"],
         "Review gating phrased as questions: loving it? leave a review; not quite right? reply to us before posting.",
         M("speaker", "Loudleaf Audio <hi@loudleaf.com>", f"Quick one about order {o['speaker']}",
           "Mon, 15 Jun 2026 09:30:00 -0400",
           f"""Hi,

Quick one about order {o['speaker']}. Loving the sound? Then a few words on Amazon about your
experience with us would absolutely make our week. Not quite what you hoped for? Hit reply before
you post anything anywhere, and we'll put it right first.

Ana, Loudleaf Audio
"""))


def cases_de() -> None:
    o = OID
    case("muehle-ch-bewertung-lob-oder-kritik", "relay", [],
         ["review.incentive", "review.conditional", "content.spelling"],
         "Swiss-German neutral review request ('Falls Sie einen Moment finden ... ob Lob oder Kritik'), no ß, no benefit, no gating.",
         M("muehle", "Mahlwerk Zürich <kontakt@mahlwerk-zuerich.ch>", f"Ihre Kaffeemühle – Bestellung {o['muehle']}",
           "Thu, 11 Jun 2026 08:45:00 +0200",
           f"""Grüezi

Ihre Kaffeemühle aus der Bestellung {o['muehle']} ist seit einigen Tagen bei Ihnen. Ein Hinweis vorab:
Das Keramikmahlwerk braucht etwa zehn Füllungen, bis der Mahlgrad ganz gleichmässig ist.

Falls Sie einmal einen Moment finden, würden wir uns über eine Bewertung auf Amazon freuen – ob Lob
oder Kritik, jede ehrliche Rückmeldung hilft anderen bei der Wahl.

Freundliche Grüsse
Reto Brunner, Mahlwerk Zürich
""", lang="de"))
    case("rucksack-at-versand-verschiebt-sich", "relay", [],
         ["type.order-confirmation", "order-problem.no-adjustment", "order-problem.cancellation-request"],
         "Austrian delay notice: dispatch moves to Thursday because a zip supplier is late; it mentions Versand but confirms nothing.",
         M("rucksack", "Bergzeit Ausrüstung <service@bergzeit-ausruestung.at>", f"Bestellung {o['rucksack']}: Versand erst am Donnerstag",
           "Mon, 15 Jun 2026 07:15:00 +0200",
           f"""Grüß Gott,

zu Ihrer Bestellung {o['rucksack']}: Der Wanderrucksack wird leider erst am Donnerstag, 18. Juni, an die
Post übergeben statt heute. Unser Zulieferer für die Reißverschlüsse ist im Verzug, und wir wollen
Ihnen kein Stück mit Ersatz-Zipp schicken. Zugestellt wird dann voraussichtlich am 22. oder 23. Juni.

Sie müssen nichts unternehmen. Wir bitten um Entschuldigung für die Verzögerung.

Liebe Grüße aus Innsbruck
Johanna Mairhofer, Bergzeit Ausrüstung
""", lang="de"))
    case("messer-garantie-hersteller-nummer", "relay", [],
         ["content.phone-number", "type.marketing"],
         "Care instructions plus the manufacturer's warranty hotline, the word 'Hersteller' on the line before the number.",
         M("messer", "Klingenhaus Solingen <info@klingenhaus.de>", f"Pflegehinweise zu Ihrem Kochmesser ({o['messer']})",
           "Wed, 03 Jun 2026 10:30:00 +0200",
           f"""Guten Tag,

zu Ihrem Kochmesser (Bestellung {o['messer']}) noch drei Pflegehinweise: bitte nicht in die
Spülmaschine geben, nach dem Spülen sofort abtrocknen und den Olivenholzgriff ab und zu mit etwas
Speiseöl einreiben.

Sollte sich der Griff lockern, greift die zehnjährige Garantie des Herstellers Rehmer Stahlwaren;
deren Serviceabteilung erreichen Sie werktags unter
0212 5594 310.

Mit freundlichen Grüßen
Klingenhaus Solingen
""", lang="de"))
    case("bettwaesche-ruecksendung-schon-gewaschen", "relay", [],
         ["return.unnecessary", "review.incentive"],
         "Return message asking whether the linen was washed and offering a partial refund as an alternative.",
         M("bettwaesche", "Schlafgut Textil <hallo@schlafgut-textil.de>", f"Ihre Rücksendung – Bestellung {o['bettwaesche']}",
           "Fri, 05 Jun 2026 14:00:00 +0200",
           f"""Hallo,

Sie möchten die Satin-Bettwäsche aus der Bestellung {o['bettwaesche']} zurückschicken. Damit wir das
richtig einordnen können: Wurde die Garnitur schon gewaschen oder benutzt, oder ist sie noch in der
Originalverpackung?

Falls Sie die Farbe nur etwas anders erwartet haben, können wir Ihnen alternativ 25 % des Kaufpreises
erstatten, und Sie behalten die Bettwäsche. Geben Sie uns einfach kurz Bescheid, was Ihnen lieber ist.

Viele Grüße
Team Schlafgut
""", lang="de"))
    # violations
    case("schloss-ch-waere-anpassung-denkbar", "reject", ["review.removal-request"],
         ["review.incentive", "review.conditional"],
         "Swiss register, conditional mood: asks whether the existing review could be adapted now that the replacement arrived.",
         M("schloss", "Velosicher GmbH <support@velosicher.ch>", f"Ersatzschlüssel zu Bestellung {o['schloss']}",
           "Tue, 09 Jun 2026 16:10:00 +0200",
           f"""Grüezi

Wir hoffen, die Ersatzschlüssel für Ihr Faltschloss (Bestellung {o['schloss']}) sind gut bei Ihnen
angekommen und passen.

Wäre es unter diesen Umständen denkbar, dass Ihre Rezension auf Amazon noch einmal angepasst wird?
Der Text bezieht sich ja noch auf die fehlenden Schlüssel, und das Problem ist inzwischen gelöst.

Freundliche Grüsse
Velosicher GmbH
""", lang="de"))
    case("rucksack-at-nicht-lieferbar-bitte-stornieren", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         ["review.removal-request", "type.order-confirmation"],
         "Out of stock (Austrian register): asks the buyer to cancel via their Amazon account 'damit es schneller geht' and confirms no refund.",
         M("rucksack", "Bergzeit Ausrüstung <service@bergzeit-ausruestung.at>", f"Ihre Bestellung {o['rucksack']}",
           "Mon, 15 Jun 2026 09:40:00 +0200",
           f"""Grüß Gott,

leider müssen wir Ihnen mitteilen, dass der Wanderrucksack in Moosgrün vom Hersteller nicht mehr
nachgeliefert wird. Damit die Sache für Sie am schnellsten erledigt ist, wären wir Ihnen dankbar,
wenn Sie die Bestellung {o['rucksack']} selbst in Ihrem Amazon-Konto stornieren könnten.

Entschuldigen Sie bitte die Unannehmlichkeiten.

Liebe Grüße
Johanna Mairhofer, Bergzeit Ausrüstung
""", lang="de"))
    case("wasserkocher-kennen-sie-schon-entkalker", "quarantine", ["type.marketing"],
         ["review.incentive", "language.mismatch"],
         "Descaling tip followed by a pitch for the seller's own descaler tablets ('Kennen Sie schon ... im Doppelpack günstiger'): another product.",
         M("wasserkocher", "Kochwelt Direkt <service@kochwelt-direkt.de>", f"Tipp zu Ihrem Wasserkocher ({o['wasserkocher']})",
           "Thu, 11 Jun 2026 11:00:00 +0200",
           f"""Hallo,

ein kurzer Tipp zu Ihrem Wasserkocher aus der Bestellung {o['wasserkocher']}: Bei hartem Wasser lohnt
es sich, ihn alle vier Wochen zu entkalken, dann bleibt die Temperaturwahl genau.

Kennen Sie übrigens schon unsere Bio-Entkalkertabletten? Die gibt es ab sofort auch im Doppelpack,
der im Vergleich zur Einzelpackung fast ein Drittel günstiger ist – einfach in unserem Amazon-Shop
nach "Kochwelt Entkalker" suchen.

Viele Grüße
Kochwelt Direkt
""", lang="de"))
    case("messer-dhl-mist-verspaetung", "quarantine", ["content.sensitive"],
         ["content.phone-number", "type.order-confirmation"],
         "Apology for a late replacement sheath that swears at the parcel service ('so einen Scheiß').",
         M("messer", "Klingenhaus Solingen <info@klingenhaus.de>", f"Messerscheide zu Bestellung {o['messer']}",
           "Sat, 13 Jun 2026 12:00:00 +0200",
           f"""Hallo,

die Messerscheide, die zu Ihrem Kochmesser (Bestellung {o['messer']}) gehört, kommt leider noch nicht.
Der Paketdienst hat echt so einen Scheiß gebaut und die Sendung an uns zurückgeschickt, angeblich
wegen unleserlicher Adresse. Wir schicken sie am Dienstag neu los.

Sorry für das Hin und Her!
Klingenhaus Solingen
""", lang="de"))


def cases_fr() -> None:
    o = OID
    case("jouet-qc-votre-avis-quel-quil-soit", "relay", [],
         ["review.incentive", "review.conditional", "language.mismatch"],
         "Québec-style neutral review request ('si jamais vous avez deux minutes ... quel qu'il soit'): no benefit, no gating.",
         M("jouet", "Les Aimants Bourdon <bonjour@aimantsbourdon.ca>", f"Votre jeu magnétique – commande {o['jouet']}",
           "Wed, 10 Jun 2026 19:00:00 -0400",
           f"""Bonjour,

J'espère que les 64 pièces du jeu magnétique (commande {o['jouet']}) font déjà de belles tours chez
vous. Petit truc : les aimants tiennent mieux si on commence par les carrés à la base.

Si jamais vous avez deux minutes, votre avis sur Amazon, quel qu'il soit, aiderait d'autres parents
à savoir à quoi s'attendre. Merci d'avance!

Geneviève, Les Aimants Bourdon
""", lang="fr"))
    case("abatjour-be-montant-ramene-a-zero", "relay", [],
         ["order-problem.cancellation-request", "order-problem.no-adjustment", "type.order-confirmation"],
         "Belgian out-of-stock notice confirming the amount was brought back to zero (reason given) and that the buyer need not cancel.",
         M("abatjour", "Atelier Lumen <atelier@lumen-liege.be>", f"Votre abat-jour – commande {o['abatjour']}",
           "Sun, 14 Jun 2026 10:20:00 +0200",
           f"""Bonjour,

Nous sommes navrés : notre tisserand ne peut plus fournir le lin naturel de l'abat-jour de 35 cm, et
nous ne pourrons donc pas expédier la commande {o['abatjour']}. Nous avons ramené le montant de la
commande à 0,00 €, motif : rupture de stock définitive. Les 42,50 € vous sont remboursés sur votre
moyen de paiement d'origine.

Vous n'avez aucune démarche à faire, inutile d'annuler quoi que ce soit de votre côté.

Bien à vous,
Atelier Lumen, Liège
""", lang="fr", as_html=True))
    case("housse-retour-etiquette-encore-la", "relay", [],
         ["return.unnecessary"],
         "Return message asking whether the label is still attached and whether the cover was washed, needed to process it.",
         M("housse", "Maison Gaze <contact@maisongaze.fr>", f"Retour de votre housse de couette ({o['housse']})",
           "Mon, 08 Jun 2026 15:30:00 +0200",
           f"""Bonjour,

Nous avons bien vu votre demande de retour pour la housse de couette de la commande {o['housse']}.
Pourriez-vous nous préciser si l'étiquette cousue est encore attachée et si la housse a déjà été
lavée ? Selon votre réponse, elle repartira en stock ou vers notre atelier de seconde main.

Merci et belle journée,
Camille, Maison Gaze
""", lang="fr"))
    case("cocotte-retard-transporteur-numero", "relay", [],
         ["content.phone-number", "type.order-confirmation"],
         "Delay notice after a depot incident; gives the carrier's (transporteur) customer line in the same sentence.",
         M("cocotte", "Fonte & Flamme <service@fonteetflamme.fr>", f"Votre cocotte est retenue au dépôt – commande {o['cocotte']}",
           "Sat, 13 Jun 2026 09:00:00 +0200",
           f"""Bonjour,

Votre cocotte (commande {o['cocotte']}) est bloquée depuis jeudi au dépôt de Chronopost à Chilly-Mazarin
après une panne de leur tapis de tri ; la livraison prendra deux ou trois jours de plus que prévu.
Si vous souhaitez choisir un autre créneau, le service clients du transporteur Chronopost répond au
09 69 39 13 91 du lundi au samedi.

Toutes nos excuses pour ce contretemps.
Fonte & Flamme
""", lang="fr"))
    # violations
    case("chaise-be-merci-a-tantot", "quarantine", ["type.thank-you-only"],
         ["type.marketing", "review.incentive"],
         "Belgian-register message that only thanks the buyer and offers help ('à tantôt'); no other purpose.",
         M("chaise", "Bureau Confort <info@bureauconfort.fr>", f"Merci ! Commande {o['chaise']}",
           "Thu, 04 Jun 2026 17:00:00 +0200",
           f"""Bonjour,

Un tout grand merci d'avoir choisi notre chaise ergonomique (commande {o['chaise']}). Toute l'équipe
est ravie de vous compter parmi ses clients, et nous restons évidemment à votre entière disposition
si une question devait se présenter, quelle qu'elle soit.

Belle fin de semaine et à tantôt,
L'équipe Bureau Confort
""", lang="fr"))
    case("jouet-qc-accuse-reception-retour", "quarantine", ["return.unnecessary"],
         ["order-problem.no-adjustment", "language.mismatch"],
         "Québec return message that only acknowledges the return request and points to the label; it asks nothing and offers no partial refund.",
         M("jouet", "Les Aimants Bourdon <bonjour@aimantsbourdon.ca>", f"Votre retour – commande {o['jouet']}",
           "Fri, 12 Jun 2026 14:00:00 -0400",
           f"""Bonjour,

Nous accusons réception de votre demande de retour pour le jeu de construction magnétique de la
commande {o['jouet']}. L'étiquette de retour prépayée est disponible dans votre compte Amazon et le
remboursement sera fait dès que le colis nous sera parvenu.

Bonne fin de journée!
Geneviève, Les Aimants Bourdon
""", lang="fr"))
    case("gourde-plus-reassortie-sans-remboursement", "quarantine", ["order-problem.no-adjustment"],
         ["order-problem.cancellation-request", "type.order-confirmation"],
         "Cannot ship (colour not restocked before autumn), one long formal sentence, no adjustment or refund confirmed.",
         M("gourde", "Hydra Lyon <boutique@hydralyon.fr>", f"Au sujet de votre commande {o['gourde']}",
           "Sun, 14 Jun 2026 11:45:00 +0200",
           f"""Madame, Monsieur,

Nous sommes au regret de vous informer que le coloris sauge de la gourde isotherme que vous avez
commandée sous le numéro {o['gourde']} ne sera pas réassorti par notre fabricant avant l'automne, de
sorte que votre commande ne pourra malheureusement pas être expédiée dans les délais annoncés, ce
dont nous vous prions de bien vouloir nous excuser.

Veuillez agréer nos salutations distinguées,
Hydra Lyon
""", lang="fr"))
    case("plaid-be-francais-a-acheteur-nl", "quarantine", ["language.mismatch"],
         ["type.thank-you-only", "content.spelling"],
         "French-only washing advice sent to an amazon.com.be buyer whose stored language is Dutch.",
         M("plaid", "Laines d'Ardenne <info@lainesdardenne.be>", f"Entretien de votre plaid – commande {o['plaid']}",
           "Tue, 09 Jun 2026 10:00:00 +0200",
           f"""Bonjour,

Quelques conseils pour votre plaid en mérinos (commande {o['plaid']}) : lavez-le à froid, au programme
laine, avec une lessive sans enzymes, puis faites-le sécher à plat, loin du radiateur. Il se peut
qu'il perde quelques fibres les premières semaines, c'est normal.

Bien à vous,
Laines d'Ardenne
""", lang="fr"))


def cases_es() -> None:
    o = OID
    case("zapatillas-nos-echas-una-mano", "relay", [],
         ["review.incentive", "review.conditional"],
         "Informal tú-register neutral review request ('¿nos echas una mano? ... sea cual sea tu opinión').",
         M("zapatillas", "Senda Running <hola@sendarunning.es>", f"¿Qué tal las zapatillas? Pedido {o['zapatillas']}",
           "Fri, 12 Jun 2026 18:00:00 +0200",
           f"""¡Hola!

Ya llevas unos días con las zapatillas de trail del pedido {o['zapatillas']}. Un consejo: las primeras
salidas hazlas cortas, la suela necesita unos 20 km para ablandarse.

¿Nos echas una mano? Cuéntales a otros corredores en Amazon qué te han parecido, sea cual sea tu
opinión. Nos sirve para mejorar y a ellos para decidir.

Un abrazo,
Nerea, Senda Running
""", lang="es"))
    case("licuadora-mx-se-le-reembolso-todo", "relay", [],
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Mexican-Spanish out-of-stock notice, passive voice: the amount was adjusted and refunded in full, no need to cancel.",
         M("licuadora", "Cocina Brava MX <ventas@cocinabrava.mx>", f"Su pedido {o['licuadora']} de licuadora",
           "Sun, 14 Jun 2026 12:00:00 -0600",
           f"""Buenas tardes,

Le platicamos que la licuadora de 1,5 L se nos agotó y el proveedor no la volverá a surtir. Por eso,
el monto de su pedido {o['licuadora']} fue ajustado a $0.00 MXN por falta de existencias y se le
reembolsó completo a su método de pago original.

No hace falta que usted cancele nada; ya quedó todo arreglado de nuestro lado. Una disculpa.

Atentamente,
Cocina Brava MX
""", lang="es"))
    case("reloj-mx-garantia-fabricante-800", "relay", [],
         ["content.phone-number"],
         "Strap-fitting tip plus the manufacturer's warranty toll-free number in the same sentence.",
         M("reloj", "Relojería Alameda <contacto@relojeriaalameda.mx>", f"Su reloj – pedido {o['reloj']}",
           "Mon, 08 Jun 2026 11:00:00 -0600",
           f"""Hola, buen día:

Para ajustar la correa de cuero de su reloj (pedido {o['reloj']}), use el tercer orificio durante la
primera semana; el cuero cede un poco con el uso.

Su reloj tiene dos años de garantía del fabricante, Relojes Tauro, que atiende en el 800 226 4583 de
lunes a viernes.

Saludos cordiales,
Relojería Alameda
""", lang="es"))
    case("mochila-envio-sale-el-jueves", "relay", [],
         ["type.order-confirmation", "order-problem.no-adjustment"],
         "Delay notice that mentions the shipment (sale el jueves con SEUR) but confirms no dispatch.",
         M("mochila", "Cole Listo <pedidos@colelisto.es>", f"Tu pedido {o['mochila']} sale el jueves",
           "Mon, 15 Jun 2026 08:30:00 +0200",
           f"""Hola:

Te escribimos porque la mochila escolar de tu pedido {o['mochila']} no podrá salir hoy como estaba
previsto: las correas acolchadas llegaron con un defecto de costura y las estamos cambiando. El envío
saldrá el jueves 18 con SEUR y debería llegarte el viernes 19 o el lunes 22.

No tienes que hacer nada. Perdona el retraso.

Cole Listo
""", lang="es"))
    # violations
    case("comal-mx-si-quedo-satisfecho-resena", "reject", ["review.conditional"],
         ["review.incentive", "type.marketing"],
         "Mexican-Spanish review gating: a review if satisfied; if something went wrong, write to us first 'antes de calificar'.",
         M("comal", "Fierro de Jalisco <atencion@fierrodejalisco.mx>", f"Su comal – pedido {o['comal']}",
           "Thu, 04 Jun 2026 10:00:00 -0600",
           f"""Buen día,

¿Ya pudo curar su comal de hierro (pedido {o['comal']})? Con una capa delgada de manteca y media hora
a fuego bajo queda listo.

Si quedó satisfecho con la compra, le agradeceríamos muchísimo una reseña en Amazon. Y si algo no
salió como esperaba, por favor escríbanos primero a nosotros antes de calificar, para poder
ayudarle.

Saludos,
Fierro de Jalisco
""", lang="es"))
    case("termo-aprovecha-linea-descuento", "quarantine", ["type.marketing"],
         ["review.incentive", "content.spelling"],
         "Use tip, then 'aprovecha': 20 % off the rest of the seller's thermos range this week.",
         M("termo", "Termos Duero <hola@termosduero.es>", f"Tu termo – pedido {o['termo']}",
           "Wed, 10 Jun 2026 09:00:00 +0200",
           f"""¡Hola!

Para que tu termo (pedido {o['termo']}) mantenga el café caliente más tiempo, llénalo antes con agua
hirviendo y vacíalo a los dos minutos.

Y aprovecha: hasta el domingo toda nuestra línea de tazas y termos de viaje está con un 20 % de
descuento en nuestra tienda de Amazon. Ideal para regalar.

Termos Duero
""", lang="es"))
    case("reloj-mx-habria-chance-borrar-comentario", "reject", ["review.removal-request"],
         ["review.incentive", "content.phone-number"],
         "Mexican-Spanish question form: '¿habría chance de que borre o cambie el comentario?' about the existing review.",
         M("reloj", "Relojería Alameda <contacto@relojeriaalameda.mx>", f"Sobre su comentario – pedido {o['reloj']}",
           "Sat, 13 Jun 2026 17:00:00 -0600",
           f"""Hola, buen día:

Vimos el comentario que dejó sobre el reloj de su pedido {o['reloj']} y lamentamos lo del broche.
Ya le enviamos un broche nuevo, que debería llegarle esta semana.

Una vez que lo tenga, ¿habría chance de que borre o cambie el comentario que publicó? Nos
ayudaría mucho.

Saludos cordiales,
Relojería Alameda
""", lang="es"))
    case("zapatillas-mandame-un-whatsapp", "reject", ["content.phone-number"],
         ["review.incentive", "type.thank-you-only"],
         "Sizing question answered with the seller's own WhatsApp number; no warranty, carrier or manufacturer context.",
         M("zapatillas", "Senda Running <hola@sendarunning.es>", f"Cambio de talla – pedido {o['zapatillas']}",
           "Sun, 14 Jun 2026 20:00:00 +0200",
           f"""¡Hola!

Si las zapatillas del pedido {o['zapatillas']} te quedan justas, podemos buscarte una talla 42,5.
Lo más rápido es que me mandes un WhatsApp al 612 48 93 07 con una foto de la plantilla y lo
vemos sobre la marcha.

Nerea, Senda Running
""", lang="es"))


def cases_it() -> None:
    o = OID
    case("moka-positiva-o-negativa-che-sia", "relay", [],
         ["review.incentive", "review.conditional"],
         "Neutral review request in formal Lei ('positiva o negativa che sia'), with a brewing tip.",
         M("moka", "Bottega del Caffè <info@bottegadelcaffe.it>", f"La sua moka – ordine {o['moka']}",
           "Tue, 09 Jun 2026 10:00:00 +0200",
           f"""Gentile cliente,

un consiglio per la sua moka (ordine {o['moka']}): le prime tre caffettiere vanno buttate, servono ad
avvinare l'alluminio.

Quando avrà preso confidenza con la caffettiera, ci farebbe piacere leggere la sua opinione su Amazon,
positiva o negativa che sia: è il modo migliore per aiutare chi deve ancora scegliere.

Cordiali saluti,
Bottega del Caffè
""", lang="it"))
    case("zaino-reso-gia-usato-rimborso-parziale", "relay", [],
         ["return.unnecessary", "review.incentive"],
         "Return message asking whether the backpack was used on a hike and offering a 30 % partial refund to keep it.",
         M("zaino", "Passo Alto Outdoor <assistenza@passoalto.it>", f"Reso zaino – ordine {o['zaino']}",
           "Thu, 11 Jun 2026 15:00:00 +0200",
           f"""Buongiorno,

abbiamo ricevuto la sua richiesta di reso per lo zaino da trekking (ordine {o['zaino']}). Ci serve
sapere una cosa: lo zaino è già stato usato in escursione, o è ancora con i cartellini?

Se il problema è solo lo schienale un po' rigido, in alternativa possiamo proporle un rimborso parziale
del 30 % e lei tiene lo zaino. Ci dica lei cosa preferisce.

Un saluto,
Passo Alto Outdoor
""", lang="it"))
    case("cuscino-importo-stornato-per-intero", "relay", [],
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Out of stock: 'l'importo le è stato stornato per intero' (storno = refund, not a cancel request), reason stated, nothing to do.",
         M("cuscino", "Sonno Sano <ordini@sonnosano.it>", f"Ordine {o['cuscino']} – cuscino non disponibile",
           "Sun, 14 Jun 2026 09:30:00 +0200",
           f"""Gentile cliente,

ci dispiace: il cuscino cervicale dell'ordine {o['cuscino']} è andato esaurito e il produttore non
ne consegnerà altri prima di settembre. Abbiamo quindi ridotto l'importo dell'ordine a 0,00 € per
mancanza di merce: la somma pagata le è stata stornata per intero sul metodo di pagamento originale.

Non deve fare nulla, nemmeno annullare l'ordine.

Cordiali saluti,
Sonno Sano
""", lang="it"))
    case("bici-ritardo-numero-corriere-brt", "relay", [],
         ["content.phone-number", "type.order-confirmation"],
         "Delay notice (courier hub closed for a strike) with the courier's service number in the same line.",
         M("bici", "Ciclo Urbano <servizio@ciclourbano.it>", f"Ritardo nella consegna – ordine {o['bici']}",
           "Fri, 12 Jun 2026 16:00:00 +0200",
           f"""Buongiorno,

il casco del suo ordine {o['bici']} è fermo all'hub di Bologna per lo sciopero dei trasportatori di
giovedì; la consegna slitterà di due o tre giorni. Per concordare una consegna diversa può chiamare
il servizio clienti del corriere BRT al numero 011 397 2111.

Ci scusiamo per il disagio.
Ciclo Urbano
""", lang="it"))
    # violations
    case("lampada-potrebbe-annullare-lei", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         ["type.order-confirmation"],
         "Out of stock, phrased as a polite question: could the buyer cancel the order from their account; no refund confirmed.",
         M("lampada", "Luce Studio <ordini@lucestudio.it>", f"Ordine {o['lampada']}",
           "Sun, 14 Jun 2026 18:00:00 +0200",
           f"""Gentile cliente,

purtroppo la lampada da scrivania dell'ordine {o['lampada']} risulta esaurita presso il nostro
fornitore e non sappiamo quando tornerà disponibile.

Potrebbe gentilmente procedere lei con l'annullamento dell'ordine dalla sezione "I miei ordini" del
suo account? In questo modo la pratica si chiude prima.

Grazie per la comprensione,
Luce Studio
""", lang="it"))
    case("tostiera-si-comunica-presa-in-carico", "quarantine", ["type.order-confirmation"],
         ["type.thank-you-only", "content.phone-number"],
         "Bureaucratic passive voice ('si comunica che ... è stato preso in carico ... è stato affidato al vettore'): a dispatch confirmation.",
         M("tostiera", "Elettrocasa Rossi <noreply@elettrocasarossi.it>", f"Comunicazione relativa all'ordine {o['tostiera']}",
           "Sat, 13 Jun 2026 10:00:00 +0200",
           f"""Gentile cliente,

si comunica che l'ordine {o['tostiera']} è stato preso in carico dal nostro magazzino ed è stato
affidato in data odierna al vettore GLS. Il numero di spedizione assegnato è 5621 0873 44.

Distinti saluti,
Elettrocasa Rossi
""", lang="it"))
    case("moka-sconto-a-chi-recensisce-cinque-stelle", "reject", ["review.incentive"],
         ["review.conditional", "return.unnecessary"],
         "A 15 % discount on the next purchase reserved for whoever leaves a five-star review.",
         M("moka", "Bottega del Caffè <info@bottegadelcaffe.it>", f"Un pensiero per lei – ordine {o['moka']}",
           "Sun, 14 Jun 2026 11:00:00 +0200",
           f"""Gentile cliente,

speriamo che la moka dell'ordine {o['moka']} le stia regalando ottimi caffè. A chi ci lascia una
recensione a cinque stelle su Amazon riserviamo uno sconto del 15 % sul prossimo acquisto: basta
risponderci con il nome usato nella recensione.

Cordiali saluti,
Bottega del Caffè
""", lang="it"), tolerated=["type.marketing"])
    case("bici-corrieri-stronzi", "quarantine", ["content.sensitive"],
         ["content.phone-number", "type.order-confirmation"],
         "Delay apology that insults the couriers ('dei veri stronzi').",
         M("bici", "Ciclo Urbano <servizio@ciclourbano.it>", f"Ancora sul ritardo – ordine {o['bici']}",
           "Mon, 15 Jun 2026 09:00:00 +0200",
           f"""Buongiorno,

ci scusi ancora per il casco dell'ordine {o['bici']}: il pacco è di nuovo fermo all'hub. Perdoni lo
sfogo, ma quelli del deposito sono dei veri stronzi, non rispondono nemmeno al telefono. Appena si
sblocca la consegna la avvisiamo.

Ciclo Urbano
""", lang="it"))


def cases_ja() -> None:
    o = OID
    case("yakan-kansai-review-dotchi-demo", "relay", [],
         ["review.incentive", "review.conditional", "content.spelling"],
         "Kansai-ben neutral review request ('良いことも悪いことも、どっちでも'), no benefit, no gating.",
         M("yakan", "なにわ金物店 <info@naniwa-kanamono.jp>", f"やかんの使い心地はどうやろ？（注文番号 {o['yakan']}）",
           "Wed, 10 Jun 2026 10:00:00 +0900",
           f"""こんにちは、なにわ金物店です。

注文番号 {o['yakan']} のやかん、使い始めてしばらく経ったと思います。
最初の数回は水を沸かして捨ててもらうと、金属のにおいが取れますよ。

使ってみてどうやったか、よかったらAmazonのレビューに正直な感想を書いてもらえると助かります。
良いことも悪いことも、どっちでも次に選ぶ人の参考になりますんで。

なにわ金物店
""", lang="ja"))
    case("kaban-zengaku-henkin-cancel-fuyou", "relay", [],
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Out-of-stock notice confirming the order amount was adjusted (reason: 在庫切れ) and fully refunded; キャンセル手続きは不要.",
         M("kaban", "革工房たかはし <shop@kawa-takahashi.jp>", f"ご注文 {o['kaban']} について",
           "Sun, 14 Jun 2026 13:00:00 +0900",
           f"""お客様

ご注文番号 {o['kaban']} のビジネスバッグですが、革の入荷が止まり、ご用意ができなくなりました。
そのため、ご注文金額を在庫切れを理由に0円へ調整し、お支払いいただいた全額を元のお支払い方法へ返金いたしました。

お客様のほうでキャンセルのお手続きをしていただく必要はございません。
ご迷惑をおかけし、誠に申し訳ございません。

革工房たかはし
""", lang="ja"))
    case("furaipan-henpin-shiyou-shimashitaka", "relay", [],
         ["return.unnecessary"],
         "Return message asking whether the pan was already seasoned/used, information needed for the return.",
         M("furaipan", "鉄器のまるやま <support@tekki-maruyama.jp>", f"返品について一点確認させてください（{o['furaipan']}）",
           "Mon, 08 Jun 2026 15:00:00 +0900",
           f"""お客様

注文番号 {o['furaipan']} の鉄フライパンの返品について、一点だけ教えてください。
フライパンはすでに油ならし（シーズニング）や調理にお使いになりましたでしょうか。
未使用かどうかで返品後の扱いが変わるため、お手数ですがご返信いただけますと幸いです。

鉄器のまるやま
""", lang="ja"))
    case("taoru-okure-yamato-toiawase", "relay", [],
         ["content.phone-number", "type.order-confirmation"],
         "Delay notice (typhoon) giving the carrier Yamato's enquiry number on the same line as the carrier name.",
         M("taoru", "今治タオル工房 <info@imabari-towel-kobo.jp>", f"お届け遅延のお知らせ（注文番号 {o['taoru']}）",
           "Sat, 13 Jun 2026 09:00:00 +0900",
           f"""お客様

注文番号 {o['taoru']} のバスタオルですが、台風の影響で中継センターでの仕分けが止まっており、
お届けが二、三日ほど遅れる見込みです。
配達日時の変更はヤマト運輸のお問い合わせ窓口 0120-01-9625 で承っています。

ご不便をおかけして申し訳ありません。
今治タオル工房
""", lang="ja"))
    # violations
    case("hashi-kansai-ookini-dake", "quarantine", ["type.thank-you-only"],
         ["type.marketing", "review.incentive"],
         "Kansai-ben message that only thanks the buyer and says to ask any time: nothing else remains.",
         M("hashi", "漆器のにしだ <shop@shikki-nishida.jp>", f"おおきに！（注文番号 {o['hashi']}）",
           "Thu, 11 Jun 2026 18:00:00 +0900",
           f"""毎度おおきに、漆器のにしだです。

注文番号 {o['hashi']} で夫婦箸を選んでもろて、ほんまにおおきにありがとうございます。
なんか気になることがあったら、いつでも気軽に言うてくださいね。

これからもどうぞよろしゅう。
漆器のにしだ
""", lang="ja"))
    case("furaipan-henpin-uketsuke-kanryou", "quarantine", ["return.unnecessary"],
         ["order-problem.no-adjustment"],
         "Return message that only reports the return was accepted and the refund follows; no question, no partial refund.",
         M("furaipan", "鉄器のまるやま <support@tekki-maruyama.jp>", f"返品受付完了のお知らせ（{o['furaipan']}）",
           "Fri, 12 Jun 2026 10:00:00 +0900",
           f"""お客様

注文番号 {o['furaipan']} の鉄フライパンの返品、承知しました。
返品の受付が完了しましたのでお知らせします。商品が当店に届き次第、Amazonより返金されます。

鉄器のまるやま
""", lang="ja"))
    case("kaban-futsuu-kei-hassou-dekinaku-natta", "quarantine", ["order-problem.no-adjustment"],
         ["order-problem.cancellation-request", "type.order-confirmation"],
         "Plain-form Japanese cannot-ship notice (maker stock-out, no restock) without any adjustment or refund confirmation.",
         M("kaban", "革工房たかはし <shop@kawa-takahashi.jp>", f"注文 {o['kaban']} の件",
           "Mon, 15 Jun 2026 08:00:00 +0900",
           f"""どうも、革工房たかはしです。

注文 {o['kaban']} のバッグだけど、メーカーの革が欠品してしまって、発送できなくなった。
次の入荷の見込みもいまのところ立っていない。
せっかく注文してもらったのに、本当に申し訳ない。

革工房たかはし
""", lang="ja"))
    case("iyahon-chuugokugo-to-jp-buyer", "quarantine", ["language.mismatch"],
         ["content.spelling", "type.thank-you-only"],
         "Simplified-Chinese pairing instructions (shares kanji with Japanese) to an amazon.co.jp buyer with no stored language: Japanese expected.",
         M("iyahon", "声海电子 <service@shenghai-audio.com>", f"耳机配对说明（订单 {o['iyahon']}）",
           "Sat, 06 Jun 2026 11:00:00 +0800",
           f"""您好，

关于您的订单 {o['iyahon']} 中的无线耳机：如果两只耳机无法同时连接，请把它们放回充电盒，
长按充电盒背面的按钮十秒钟，等指示灯闪烁白色后再重新配对。

祝您使用愉快。
声海电子
""", lang="ja"))


_set_boundaries = partial(set_boundaries, prefix="fifth")


def verify(path: Path, entry: dict) -> None:
    raw = path.read_bytes()
    crlf = b"\r\n" in raw
    assert crlf == entry["crlf"], path
    if crlf:
        assert raw.count(b"\n") == raw.count(b"\r\n"), f"{path}: mixed line endings"
    for ln in raw.splitlines():
        assert len(ln) <= 998, f"{path}: line too long"
        ln.decode("ascii")  # all 7-bit on the wire
    m = BytesParser(policy=policy.default).parsebytes(raw)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        assert m[h], f"{path}: missing {h}"
    assert len(m.get_all("To")) == 1 and "@marketplace.amazon." in str(m["To"]), path
    for h in ("In-Reply-To", "References"):
        if m[h] is not None:
            assert str(m[h]).startswith("<"), f"{path}: {h} mangled"
    texts = []
    for part in m.walk():
        if part.is_multipart():
            continue
        if part.get_content_maintype() == "text" and part.get_content_disposition() != "attachment":
            t = part.get_content()
            assert "\ufffd" not in t, f"{path}: undecodable text"
            texts.append(t)
        else:
            data = part.get_content()
            assert isinstance(data, bytes) and data, path
    assert texts, path


def main() -> None:
    write_orders(ROOT, ORDERS)
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja))
    labels = write_cases(ROOT, CASE_LIST, _set_boundaries, verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders written to {ROOT}; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
