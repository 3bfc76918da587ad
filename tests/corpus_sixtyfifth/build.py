#!/usr/bin/env python3
"""Build the sixty-fifth labelled corpus: orders.csv, cases/*.eml and labels.json.

    .venv/bin/python tests/corpus_sixtyfifth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. Angle: the text-content rules content.sensitive, style.emoji,
content.email-address, content.phone-number and link.opt-out in eight languages, each with its near-misses
(Scunthorpe words, neutral body/medical vocabulary, legal threats, typographic symbols, app how-tos).
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

_rnd = random.Random(65_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "de": "30", "fr": "40", "es": "40", "it": "40", "co.jp": "25",
           "com.br": "70", "nl": "40"}
_TLD = {"en": "co.uk", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp", "pt": "com.br", "nl": "nl"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T09:00:00Z", shipped="2026-06-02T15:00:00Z",
                 delivered="2026-06-05T11:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
LATE = {"shipped": "", "delivered": "", "purchased": "2026-06-10T08:30:00Z"}
U8 = {"charset": "utf-8", "cte": "quoted-printable"}
B64 = {"cte": "base64"}
L1 = {"charset": "windows-1252", "cte": "quoted-printable"}
L9 = {"charset": "iso-8859-1", "cte": "quoted-printable"}
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
SJIS = {"charset": "shift_jis", "cte": "base64"}

TARGET = ["content.sensitive", "style.emoji", "content.email-address", "content.phone-number", "link.opt-out"]
OTHER = ["language.mismatch", "type.order-confirmation", "type.thank-you-only", "type.marketing",
         "review.incentive", "review.removal-request", "review.conditional", "review.repeat",
         "order-problem.cancellation-request", "order-problem.no-adjustment", "return.unnecessary",
         "order-id.missing", "order-id.unknown", "window.expired", "link.insecure", "link.external",
         "style.line-breaks"]

case = partial(shaped_case, CASE_LIST, TARGET, OTHER, thread="0100019c.a65", tag="t65", time="14:12:40")


# --------------------------------------------------------------------------------------------
# English (amazon.co.uk, amazon.com)
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    o, b = order("en-courier", "en", "Ceramic Table Lamp, Sage Green, 45 cm")
    case("en-damn-courier-replacement", "quarantine", ["content.sensitive"],
         "A seller venting at the carrier ('the damn courier ... bloody fence') in a reply to the buyer: "
         "offensive language, even if aimed at a third party.",
         to=b, frm="Lumen & Co <help@lumenandco.co.uk>", day=13, lang="en",
         reply="The lamp arrived with the base cracked in two. The box was lying in the rain by the gate.",
         subject=f"Re: Broken lamp base - order {o}", text=f"""Hi,

I'm really sorry. The damn courier has chucked another parcel over a bloody
fence, judging by your photo. A replacement lamp for order {o} goes out
on tomorrow's first collection, packed in a double-walled box this time.

You don't need to send the broken one back; please just recycle the ceramic.

Tom
Lumen & Co""")

    o, b = order("en-hell", "en", "Cast Iron Garden Bench, 2-Seater")
    case("en-what-the-hell-photos-mailbox", "reject", ["content.email-address"],
         "Asks for photos to be sent to the shop's own mailbox (email address in the body); 'what the hell "
         "happened at the depot' is mild, arguable profanity, so content.sensitive is tolerated.",
         to=b, frm="Ironwood Garden <orders@ironwood-garden.co.uk>", day=12, lang="en",
         tolerated=("content.sensitive",), reply="One leg of the bench is bent and a slat is split.",
         subject=f"Re: Damaged bench (order {o})", text=f"""Hello,

Honestly, what the hell happened at the depot? Nothing should bend cast iron.
To get the replacement leg and slat out to you for order {o}, could you
send two photos of the damage to claims@ironwood-garden.co.uk?

Thanks,
Priya - Ironwood Garden""")

    o, b = order("en-adult", "en", "Rechargeable Silicone Massager, Waterproof", tld="com")
    case("en-adult-crude-reply", "quarantine", ["content.sensitive"],
         "An adult-shop reply that describes the product crudely ('get yourself off', 'horny'): adult "
         "language in the message text.",
         to=b, frm="Velvet Drawer <care@velvetdrawer.com>", day=11, lang="en",
         reply="Is it loud? I share a flat and don't want anyone to hear it.",
         subject=f"Re: Noise level - order {o}", text=f"""Hey,

Good question! On the lowest three settings it is quieter than an electric
toothbrush, so nobody next door will hear you getting yourself off when
you're horny. On the top setting it gets louder, so keep that one for
when you're home alone.

Charge it fully before first use (about 2 hours).

Velvet Drawer - order {o}""")

    o, b = order("en-threat", "en", "Leather Messenger Bag, Tan")
    case("en-threat-we-know-where-you-live", "quarantine", ["content.sensitive"],
         "Reply to a buyer who announced an A-to-z claim: 'we know where you live' and 'people who mess with "
         "us get hurt' threaten violence.",
         to=b, frm="Saddle Row Leather <shop@saddlerowleather.co.uk>", day=14, lang="en",
         reply="The bag's strap tore after a week. If you don't refund me I'll open an A-to-z claim.",
         subject=f"Re: Strap torn - order {o}", text=f"""Listen,

That strap was fine when it left us. Open your claim on order {o} if you
like, but we know where you live, and people who mess with us tend to get
hurt. Think carefully before you click that button.

Saddle Row Leather""")

    o, b = order("en-dickens", "en", "Personalised Cocker Spaniel Dog Bed, Sussex Tweed, Large")
    case("en-dickens-cocker-sussex", "relay", [],
         "Verifying a custom embroidery: the dog's name 'Dickens', a cocker spaniel, Sussex/Essex, Scunthorpe, "
         "'Cockburn' and 'shell buttons' contain strings of rude words but are ordinary names and words.",
         to=b, frm="Hound & Hearth <studio@houndandhearth.co.uk>", day=4, lang="en", fmt="alt",
         subject=f"Your embroidered dog bed - please check the name (order {o})", text=f"""Hello Mrs Cockburn,

Before our Sussex workshop embroiders the bed for your cocker spaniel (order
{o}), please check the text below. You wrote "Dickens" in the
personalisation box; our assessment is that it fits in one line in the
12 mm serif font.

Name on the bed: DICKENS
Thread: cream on Sussex tweed, with horn-effect shell buttons

If that is right, a short "yes" is enough. The finished bed then goes by
courier from our Scunthorpe warehouse, usually reaching Essex within two days.

Kind regards,
Harriet
Hound & Hearth""")

    o, b = order("en-bathbomb", "en", "Spa Night Gift Box: 6 Bath Bombs, 2 Shot Glasses, Candle")
    case("en-bath-bomb-shot-glass", "relay", [],
         "Answering a question about a gift box: 'bath bombs', 'shot glasses' and 'Hello' are product and "
         "everyday words, not violence or offensive language.",
         to=b, frm="Little Tub Co <hello@littletubco.co.uk>", day=10, lang="en",
         reply="Hello, can the bath bombs be used by a ten-year-old? And are the glasses dishwasher safe?",
         subject=f"Re: Spa Night gift box (order {o})", text=f"""Hello,

The bath bombs contain only sodium bicarbonate, citric acid, cornflour and
essential oils, so they are fine for a ten-year-old in a normal bath; just
rinse the tub afterwards, as the petals can stick.

The two shot glasses are hand-blown, so please wash them by hand rather than
in the dishwasher. The candle is soy wax with a cotton wick.

Best wishes,
Nadia (order {o})""")

    o, b = order("en-scooter", "en", "Folding E-Scooter 350 W with App Control", tld="com")
    case("en-kill-switch-app-unsubscribe", "relay", [],
         "A product how-to: the scooter's 'kill switch' and how to unsubscribe from the companion app's weekly "
         "ride report emails; neither violence nor an opt-out from the seller's messages.",
         to=b, frm="Glide Mobility <support@glidemobility.com>", day=9, lang="en",
         reply="The app keeps emailing me ride reports every Monday and I can't find the emergency stop.",
         subject=f"Re: App emails and emergency stop (order {o})", text=f"""Hi there,

The emergency stop is the red kill switch under the left brake lever: press
it once and the motor cuts out immediately, even at full speed.

The Monday emails come from the scooter app itself, not from us. To
unsubscribe from the app's weekly ride report emails, open the app, go to
Settings > Notifications > Ride reports and switch "Email summary" off.

Safe riding,
Glide Mobility support, order {o}""")

    o, b = order("en-stop", "en", "Bamboo Bed Sheets, King, Oatmeal", tld="com")
    case("en-review-reply-stop", "reject", ["link.opt-out"],
         "A neutral review request that ends with 'Reply STOP to stop receiving messages from us': opt-out "
         "text.",
         to=b, frm="Sleepgrove <care@sleepgrove.com>", day=12, lang="en",
         subject=f"How are your new sheets? (order {o})", text=f"""Hi,

Your bamboo sheets from order {o} should have had a few washes by now.
If you have a moment, we'd appreciate an honest review on Amazon; it helps
other shoppers choose the right set.

Reply STOP to stop receiving messages from us.

Sleepgrove""")

    o, b = order("en-sofa", "en", "3-Seater Sofa, Velvet, Emerald", **LATE)
    case("en-delivery-slot-smileys", "reject", ["style.emoji"],
         "Scheduling a two-man delivery of a sofa, with ':)' and ';-)' emoticons in the text.",
         to=b, frm="Hartley Living <deliveries@hartleyliving.co.uk>", day=13, lang="en",
         subject=f"Booking your sofa delivery - order {o}", text=f"""Hello,

Your emerald sofa (order {o}) is ready, and our two-man team can bring
it on Wednesday 17 or Thursday 18 June, between 8:00 and 12:00. Which day
suits you better? :)

Please also let us know if there are any tight stairs or narrow doors - we
can take the feet off, but not the arms ;-)

Hartley Living deliveries""")

    o, b = order("en-blanket", "en", "Merino Throw Blanket, Charcoal, 130 x 170 cm")
    case("en-symbols-times-arrows", "relay", [],
         "Care instructions with '10:30', 'Note: see (1)', '->', '(c)', '(R)', 'TM', '30 °C' and '½': times, "
         "list references and typographic symbols, none of them emoji.",
         to=b, frm="Fellside Wool <info@fellsidewool.co.uk>", day=8, lang="en", fmt="html", crlf=True,
         reply="How should I wash the throw? The label is a bit confusing.",
         subject=f"Re: Washing the merino throw (order {o})", text=f"""Hello,

Gladly. Hand wash or the wool cycle at 30 °C at most (1), with about
½ capful of wool detergent. Rinse -> press the water out in a towel -> dry
flat, away from radiators. Note: see (1) on the label for the tumble-dryer
warning.

(1) Woolmark® certified; "Fellside™" and the label design are © 2026
Fellside Wool Ltd.

If you call our courier about the collection of anything else, they come
between 10:30 and 14:00.

Best,
Ellie, Fellside Wool (order {o})""")

    o, b = order("en-phone", "en", "Stainless Steel Kettle 1.7 L, Brushed")
    case("en-own-support-line", "reject", ["content.phone-number"],
         "The seller's own general support line ('call our customer care team on ...') with no warranty, "
         "carrier or manufacturer context.",
         to=b, frm="Kettle & Copper <service@kettleandcopper.co.uk>", day=11, lang="en",
         reply="The lid of the kettle doesn't click shut any more.",
         subject=f"Re: Kettle lid (order {o})", text=f"""Hi,

Sorry to hear that. It's usually the small catch at the hinge. To talk it
through, call our customer care team on 0161 496 0732, Monday to Friday.
Please have order {o} to hand.

Kind regards,
Kettle & Copper""")

    o, b = order("en-pump", "en", "Double Electric Breast Pump with 24 mm and 27 mm Flanges")
    case("en-breast-pump-nursing-bra", "relay", [],
         "Neutral medical and body vocabulary (breast pump, nipple, flange, bra size 34DD, nursing bra) in a "
         "product answer: not adult or offensive language.",
         to=b, frm="Mamaroo Care <care@mamaroocare.co.uk>", day=10, lang="en", crlf=True,
         reply="The flange feels too tight and pumping hurts. Which size should I use?",
         subject=f"Re: Flange size (order {o})", text=f"""Hello,

Pain usually means the flange is the wrong size. Measure your nipple
diameter after pumping, then add about 3 mm: if you measure 21 mm, the
24 mm flange is right, and above 24 mm the 27 mm one in the box is better.

Many mums also find a soft nursing bra (you mentioned a 34DD) makes
hands-free pumping easier, as it holds both breast shields in place.

Warm wishes,
Leah, Mamaroo Care (order {o})""")

    o, b = order("en-condoms", "en", "Latex-Free Condoms, Pack of 144, Pharmacy Dispenser Box")
    case("en-pharmacy-condom-order", "relay", [],
         "A reply to a pharmacy about a bulk order of condoms, in neutral product language: not adult "
         "language.",
         to=b, frm="Medline Wholesale Direct <trade@medlinewd.co.uk>", day=9, lang="en",
         reply="We are a pharmacy. Are these condoms suitable for customers with a latex allergy, "
               "and what is the expiry date?",
         subject=f"Re: Latex-free condoms (order {o})", text=f"""Dear pharmacy team,

Yes: the condoms in order {o} are made of polyisoprene, contain no natural
rubber latex and are suitable for customers with a latex allergy. They are
lubricated with a silicone-based lubricant and CE marked.

The batch you received expires in March 2029; the date is printed on each
foil and on the dispenser box.

Kind regards,
Trade desk, Medline Wholesale Direct""")

    o, b = order("en-heart", "en", "Hand-Thrown Stoneware Mug, Speckled White")
    case("en-custom-glaze-heart", "reject", ["style.emoji"],
         "Verifying a custom glaze colour, signed 'Made with ♥' (a heart suit symbol, an emoji).",
         to=b, frm="Clayhouse Studio <studio@clayhousestudio.co.uk>", day=5, lang="en", enc=U8,
         subject=f"Your custom mug - glaze check (order {o})", text=f"""Hello,

For the custom mug in order {o} you chose "speckled white with a blue
rim". We have two blues: a pale duck-egg and a deep cobalt. Which one would
you like? We'll glaze it as soon as we hear from you.

Made with ♥ in our Bristol studio,
Clayhouse Studio""")

    o, b = order("en-unsub", "en", "Organic Cotton Baby Sleeping Bag, 2.5 Tog", tld="com")
    case("en-unsubscribe-link", "reject", ["link.opt-out", "link.external"],
         "A return question (which size to exchange to) with an 'unsubscribe' link on the seller's mailer host "
         "at the bottom: an opt-out link, and an external one.",
         to=b, frm="Little Dreamer <hello@littledreamer.com>", day=12, lang="en", fmt="alt",
         subject=f"Your exchange request - order {o}", text=f"""Hello,

We've received your exchange request for the sleeping bag from order
{o}. Which size would you like instead: 6-18 months or 18-36 months?
Once you tell us, we'll send the new one with a prepaid label.

Little Dreamer

Don't want these emails? Unsubscribe: https://mail.littledreamer.com/unsubscribe?u=88412""")


# --------------------------------------------------------------------------------------------
# German (amazon.de)
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = order("de-scheiss", "de", "Wanduhr Eiche massiv, 40 cm")
    case("de-scheiss-paketdienst", "quarantine", ["content.sensitive"],
         "Antwort auf eine Reklamation mit 'dieser Scheiß-Paketdienst': vulgäre Sprache.",
         to=b, frm="Holzzeit Manufaktur <service@holzzeit-manufaktur.de>", enc=L1, day=12, lang="de",
         reply="Die Uhr kam mit gesprungenem Glas an, der Karton war völlig zerdrückt.",
         subject=f"AW: Glas gesprungen – Bestellung {o}", text=f"""Hallo,

das tut mir leid. Dieser Scheiß-Paketdienst hat uns diese Woche schon das
dritte Paket kaputt gemacht. Ein neues Uhrglas für die Bestellung {o}
geht morgen an Sie raus, den Einbau erklären wir in der beiliegenden
Anleitung.

Viele Grüße
Jonas Reuter""")

    o, b = order("de-klage", "de", "Akku-Rasenmäher 36 V, 46 cm Schnittbreite")
    case("de-rechtliche-schritte", "relay", [],
         "Harte, aber sachliche Antwort: bei einer unberechtigten Rückbuchung 'werden wir Sie verklagen'. Eine "
         "Klageandrohung ist weder Gewalt noch anstößige Sprache; content.sensitive schweigt.",
         to=b, frm="Gartenprofi Lang <buchhaltung@gartenprofi-lang.de>", enc=L1, day=13, lang="de", fmt="alt",
         reply="Ich habe den Rasenmäher nie bekommen und buche das Geld jetzt über meine Bank zurück.",
         subject=f"AW: Rasenmäher nicht erhalten? Bestellung {o}", text=f"""Sehr geehrter Kunde,

laut Sendungsverfolgung wurde das Paket zur Bestellung {o} am 5. Juni
persönlich an Sie übergeben und mit Ihrem Namen quittiert; den Zustellnachweis
haben wir angefordert.

Sollten Sie die Zahlung trotzdem zurückbuchen, werden wir Sie verklagen und
die Forderung gerichtlich geltend machen. Bitte prüfen Sie vorher, ob ein
Nachbar oder Familienmitglied das Paket angenommen hat.

Mit freundlichen Grüßen
Gartenprofi Lang, Buchhaltung""")

    o, b = order("de-matsch", "de", "Matschhose und Regenjacke Kinder, Gr. 104, Schwanzflossen-Motiv", **LATE)
    case("de-matschhose-verspaetung", "relay", [],
         "Lieferverzögerung: 'Matschhose', 'Bitte', 'Schwanzflosse', 'Dickicht' und der Nachname 'Fickel' "
         "sind gewöhnliche Wörter und Namen, keine Schimpfwörter.",
         to=b, frm="Pfützenhelden <info@pfuetzenhelden.de>", enc=L9, day=12, lang="de",
         subject=f"Ihre Matschhose kommt etwas später (Bestellung {o})", text=f"""Guten Tag Frau Fickel,

leider verzögert sich der Versand Ihrer Matschhose mit Regenjacke aus der
Bestellung {o}: Die Jacken mit dem Schwanzflossen-Motiv kommen erst
am 19. Juni aus der Näherei zurück. Wir versenden das Set dann am selben Tag.

Bitte entschuldigen Sie die Verzögerung. Falls Sie lieber stornieren
möchten, sagen Sie uns einfach Bescheid, dann erstatten wir sofort den
vollen Betrag.

Herzliche Grüße aus dem Dickicht der Nähstube
Lena von den Pfützenhelden""")

    o, b = order("de-tel", "de", "Designer-Stehleuchte Messing, dimmbar")
    case("de-eigene-hotline-ruecksendung", "reject", ["content.phone-number"],
         "Rückfrage zur Rücksendung mit der eigenen Servicenummer des Shops ('Rufen Sie uns gern an'): keine "
         "Garantie-, Versand- oder Herstellernummer.",
         to=b, frm="Lichtkontor Hamburg <service@lichtkontor-hh.de>", enc=B64, day=11, lang="de",
         subject=f"Ihre Rücksendung – eine Rückfrage (Bestellung {o})", text=f"""Guten Tag,

Sie haben für die Stehleuchte aus der Bestellung {o} eine Rücksendung
angemeldet. Damit wir das passende Versandetikett erstellen können: Ist die
Leuchte noch im Originalkarton, oder brauchen Sie eine Sperrgut-Abholung?

Rufen Sie uns gern an unter 040 3080 4712, oder antworten Sie einfach auf
diese Nachricht.

Freundliche Grüße
Lichtkontor Hamburg""")

    o, b = order("de-ean", "de", "Kaffeevollautomat CM 5310, Edelstahl")
    case("de-herstellerservice-ean", "relay", [],
         "Antwort mit der Nummer des Herstellerservice (Hersteller in derselben Zeile), dazu EAN, Artikel- und "
         "Handelsregisternummer: keine unerlaubte Telefonnummer.",
         to=b, frm="Bohnenwerk Handel <kontakt@bohnenwerk-handel.de>", enc=L1, day=10, lang="de",
         reply="Die Maschine zeigt Fehler E07 an. Was kann ich tun?",
         subject=f"AW: Fehler E07 (Bestellung {o})", text=f"""Hallo,

Fehler E07 bedeutet, dass die Brühgruppe nicht richtig eingerastet ist. Bitte
nehmen Sie sie heraus, spülen Sie sie und setzen Sie sie bis zum Klick ein.

Hilft das nicht, ist es ein Garantiefall: Der Herstellerservice ist unter
0800 220 4455 erreichbar. Nennen Sie dort die EAN 4006381333931 und die
Artikelnummer CM5310-ES aus der Bestellung {o}.

Viele Grüße
Bohnenwerk Handel GmbH, HRB 14872, Amtsgericht Bremen""")

    o, b = order("de-abmelden", "de", "Teppich Wolle handgeknüpft, 160 x 230 cm")
    case("de-abmelden-antwort", "reject", ["link.opt-out"],
         "Bitte um die Angabe der gewünschten Teppichkante, mit dem Hinweis, man könne mit 'Abmelden' "
         "antworten, um keine E-Mails mehr zu bekommen: Opt-out-Text.",
         to=b, frm="Knotenkunst <atelier@knotenkunst.de>", enc=L1, day=4, lang="de", fmt="html",
         subject=f"Ihr Teppich – welche Kante? (Bestellung {o})", text=f"""Guten Tag,

bevor wir Ihren Teppich aus der Bestellung {o} fertig knüpfen: Möchten
Sie die Kante mit Fransen oder gekettelt? Beides ist im Preis enthalten.

Wenn Sie künftig keine Nachrichten mehr von uns erhalten möchten, antworten
Sie einfach mit „Abmelden“.

Herzliche Grüße
Knotenkunst""")

    o, b = order("de-telefon-emoji", "de", "Geschirrspüler vollintegriert 60 cm")
    case("de-telefonsymbol-kaomoji", "reject", ["style.emoji"],
         "Die Herstellernummer ist erlaubt, aber mit '☎' (Telefonsymbol, ein Emoji auch ohne "
         "Variantenselektor) davor und einem '^_^' am Ende.",
         to=b, frm="Küchentechnik Arnold <service@kuechentechnik-arnold.de>", enc=U8, day=9, lang="de", fmt="alt", crlf=True,
         reply="Der Geschirrspüler pumpt nicht ab. Was soll ich tun?",
         subject=f"AW: Geschirrspüler pumpt nicht ab (Bestellung {o})", text=f"""Hallo,

bitte prüfen Sie zuerst das Flusensieb unten im Spülraum; meistens steckt
dort ein Glassplitter oder ein Etikett.

Für eine Reparatur im Rahmen der Garantie wenden Sie sich an den Hersteller:
☎ Kundendienst des Herstellers: 0911 657 2000

Wir drücken die Daumen, dass es am Sieb liegt ^_^

Ihr Team von Küchentechnik Arnold (Bestellung {o})""")


# --------------------------------------------------------------------------------------------
# French (amazon.fr)
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("fr-putain", "fr", "Miroir rond en rotin, 60 cm")
    case("fr-putain-de-transporteur", "quarantine", ["content.sensitive"],
         "Réponse au client : « ce putain de transporteur » : langage grossier.",
         to=b, frm="Maison Osier <contact@maison-osier.fr>", enc=L1, day=12, lang="fr",
         reply="Le miroir est arrivé cassé, le carton était ouvert.",
         subject=f"RE: Miroir cassé – commande {o}", text=f"""Bonjour,

Je suis désolée, ce putain de transporteur nous a encore cassé un colis. Nous
vous renvoyons un miroir neuf pour la commande {o} dès demain matin,
dans un emballage renforcé.

Inutile de nous retourner l'ancien.

Claire, Maison Osier""")

    o, b = order("fr-salopette", "fr", "Salopette en jean enfant, 4 ans", **LATE)
    case("fr-salopette-cul-de-sac", "relay", [],
         "Retard d'expédition : « salopette », « fichier », « conseil », « cul-de-sac », « bitte d'amarrage » "
         "(motif brodé) sont des mots ordinaires, pas du langage grossier.",
         to=b, frm="Petit Mousse <bonjour@petitmousse.fr>", enc=L9, day=12, lang="fr", fmt="alt",
         subject=f"Votre salopette arrive un peu plus tard (commande {o})", text=f"""Bonjour,

La salopette en jean de votre commande {o} partira avec quatre jours
de retard : le fichier de broderie du motif « bitte d'amarrage et ancre »
a dû être refait, et notre atelier, au fond d'un cul-de-sac du port de
Lorient, a été fermé deux jours pour travaux.

Nouvelle date d'expédition : le 18 juin. Si ce délai ne vous convient pas,
dites-le-nous et nous vous remboursons intégralement.

Un conseil en attendant : lavez-la à l'envers la première fois, le jean
brut déteint un peu.

Amicalement,
Petit Mousse""")

    o, b = order("fr-at", "fr", "Nappe en lin lavé, 160 x 250 cm")
    case("fr-adresse-mail-masquee", "reject", ["content.email-address"],
         "Demande de photos pour un retour, à envoyer à « sav (at) linettes (point) fr » : une adresse "
         "électronique, même écrite pour déjouer les filtres.",
         to=b, frm="Les Linettes <boutique@linettes.fr>", enc=L1, day=11, lang="fr",
         subject=f"Votre retour de nappe – photo demandée (commande {o})", text=f"""Bonjour,

Pour traiter le retour de la nappe de votre commande {o}, pourriez-vous
nous envoyer une photo de la tache signalée ? Écrivez-nous à
sav (at) linettes (point) fr en indiquant le numéro de commande.

Merci d'avance,
Les Linettes""")

    o, b = order("fr-desabo", "fr", "Théière en fonte, 1,2 l, noire")
    case("fr-se-desabonner", "reject", ["link.opt-out"],
         "Demande d'avis neutre suivie de « Pour ne plus recevoir nos messages, répondez DÉSABONNER » : "
         "texte de désinscription.",
         to=b, frm="Maison du Thé Vert <service@maisonduthevert.fr>", enc=B64, day=12, lang="fr", crlf=True,
         subject=f"Votre théière en fonte (commande {o})", text=f"""Bonjour,

Votre théière de la commande {o} est arrivée il y a une semaine. Pensez
à bien la sécher après chaque utilisation pour éviter la rouille.

Si vous avez un instant, un avis sincère sur Amazon nous aiderait beaucoup.

Pour ne plus recevoir nos messages, répondez DÉSABONNER.

Maison du Thé Vert""")

    o, b = order("fr-smiley", "fr", "Canapé convertible 3 places, velours bleu", **LATE)
    case("fr-livraison-smileys", "reject", ["style.emoji"],
         "Prise de rendez-vous pour la livraison d'un canapé, avec « :-) » et « ^^ » dans le texte.",
         to=b, frm="Atelier Sofa <livraison@ateliersofa.fr>", enc=L1, day=13, lang="fr",
         subject=f"Livraison de votre canapé (commande {o})", text=f"""Bonjour,

Votre canapé (commande {o}) est prêt. Nos livreurs peuvent passer le
mardi 16 ou le vendredi 19 juin, entre 13h et 17h. Quel jour vous
arrange ? :-)

Pensez à mesurer la porte d'entrée : il faut 80 cm de passage ^^

L'équipe Atelier Sofa""")

    o, b = order("fr-chrono", "fr", "Cave à vin 24 bouteilles, porte vitrée")
    case("fr-numero-transporteur", "relay", [],
         "Réponse « où est mon colis » avec le numéro du service client du transporteur (Chronopost dans la "
         "même phrase), une température en °C et un numéro de suivi : rien d'interdit.",
         to=b, frm="Vinotek <contact@vinotek-boutique.fr>", enc=L1, day=8, lang="fr",
         reply="Je n'ai toujours pas reçu ma cave à vin.",
         subject=f"RE: Cave à vin non reçue (commande {o})", text=f"""Bonjour,

Votre cave à vin (commande {o}) est en agence Chronopost depuis hier,
numéro de suivi XY418803921FR. Pour convenir d'un créneau, le service
client Chronopost répond au 09 69 39 13 91.

À réception, laissez-la reposer 12 heures debout avant de la brancher, puis
réglez-la sur 12 °C.

Cordialement,
Vinotek""")


# --------------------------------------------------------------------------------------------
# Spanish (amazon.es)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("es-mierda", "es", "Juego de sartenes antiadherentes, 3 piezas")
    case("es-mierda-de-mensajeria", "quarantine", ["content.sensitive"],
         "Respuesta con «esta mierda de mensajería» y «joder»: lenguaje grosero.",
         to=b, frm="Cocina Brava <atencion@cocinabrava.es>", enc=L1, day=12, lang="es",
         reply="Las sartenes llegaron abolladas.",
         subject=f"RE: Sartenes abolladas – pedido {o}", text=f"""Hola,

Joder, lo siento mucho. Esta mierda de mensajería nos está destrozando los
envíos esta semana. Le mandamos un juego nuevo del pedido {o} mañana
mismo; no hace falta que devuelva el otro.

Un saludo,
Marta - Cocina Brava""")

    o, b = order("es-concha", "es", "Pendientes de concha de nácar, plata 925")
    case("es-concha-coger-grabado", "relay", [],
         "Verificación de un grabado: «concha de nácar», «coger el paquete», «pollo» en la dedicatoria: "
         "palabras normales en España, no lenguaje grosero.",
         to=b, frm="Nácar y Plata <taller@nacaryplata.es>", enc=L9, day=4, lang="es", fmt="html",
         subject=f"Su grabado – confírmenos el texto (pedido {o})", text=f"""Hola,

Antes de grabar el estuche de los pendientes de concha de nácar (pedido
{o}), confírmenos el texto, por favor:

«Para mi pollito, 20 años juntos»

Si es correcto, basta con responder «sí». Si no va a estar en casa, podrá
coger el paquete en la oficina de Correos más cercana.

Un saludo,
Taller Nácar y Plata""")

    o, b = order("es-baja", "es", "Ventilador de techo con luz LED, 132 cm")
    case("es-responda-baja", "reject", ["link.opt-out"],
         "Pregunta necesaria sobre la instalación con «Si no desea recibir más correos nuestros, responda "
         "BAJA»: texto de baja.",
         to=b, frm="Brisa Hogar <clientes@brisahogar.es>", enc=L1, day=5, lang="es",
         subject=f"Su ventilador de techo: una pregunta (pedido {o})", text=f"""Hola,

Para enviarle la varilla correcta con el ventilador del pedido {o},
necesitamos saber la altura de su techo: ¿menos o más de 2,70 m?

Si no desea recibir más correos nuestros, responda BAJA.

Brisa Hogar""")

    o, b = order("es-xd", "es", "Mochila escolar ergonómica, azul")
    case("es-emoticonos-xd", "reject", ["style.emoji"],
         "Respuesta con «:D» y «xD»: emoticonos.",
         to=b, frm="Mochilandia <hola@mochilandia.es>", enc=L1, day=10, lang="es", fmt="alt",
         reply="¿Se puede lavar la mochila en la lavadora?",
         subject=f"RE: Lavar la mochila (pedido {o})", text=f"""¡Hola!

Sí, se puede lavar a 30 grados en programa delicado, dentro de una funda
de almohada :D Quite antes la placa de la espalda, que no le gusta nada la
centrifugadora xD

Un saludo del equipo de Mochilandia (pedido {o})""")

    o, b = order("es-tel", "es", "Colchón viscoelástico 150 x 190 cm")
    case("es-telefono-tienda", "reject", ["content.phone-number"],
         "Respuesta que invita a llamar a la tienda («llámenos al 912 345 678»): número propio del "
         "vendedor, sin contexto de garantía, transporte o fabricante.",
         to=b, frm="Descanso Real <info@descansoreal.es>", enc=B64, day=11, lang="es",
         reply="El colchón huele mucho a nuevo. ¿Es normal?",
         subject=f"RE: Olor del colchón (pedido {o})", text=f"""Hola,

Sí, es normal los primeros días: déjelo airear sin sábanas 48 horas con la
ventana abierta. Si tiene cualquier otra duda sobre el pedido {o},
llámenos al 912 345 678 de lunes a viernes.

Un saludo,
Descanso Real""")

    o, b = order("es-amenaza", "es", "Bicicleta de montaña 29 pulgadas")
    case("es-amenaza-violencia", "quarantine", ["content.sensitive"],
         "Respuesta a un comprador que dejó una valoración negativa: «sabemos dónde vive» y «le partimos la "
         "cara»: amenaza de violencia.",
         to=b, frm="Bici Montes <ventas@bicimontes.es>", enc=L1, day=14, lang="es",
         reply="La bici llegó con el cambio desajustado. Ya he dejado mi opinión.",
         subject=f"RE: Cambio desajustado (pedido {o})", text=f"""Oiga,

El cambio se ajusta en dos minutos con el tornillo del desviador; lo
pone en el manual del pedido {o}. Y ándese con cuidado con lo que
escribe: sabemos dónde vive, y si sigue así le partimos la cara.

Bici Montes""")


# --------------------------------------------------------------------------------------------
# Italian (amazon.it)
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("it-cazzo", "it", "Set di bicchieri in vetro soffiato, 6 pezzi")
    case("it-cazzo-di-corriere", "quarantine", ["content.sensitive"],
         "Risposta con «quel cazzo di corriere»: linguaggio volgare.",
         to=b, frm="Vetreria Nuova <assistenza@vetrerianuova.it>", enc=L1, day=12, lang="it",
         reply="Due bicchieri sono arrivati rotti.",
         subject=f"R: Bicchieri rotti – ordine {o}", text=f"""Buongiorno,

mi dispiace molto. Quel cazzo di corriere ha di nuovo lanciato i pacchi dal
furgone. Le spediamo domani due bicchieri nuovi per l'ordine {o}.

Non serve rimandare indietro i cocci.

Cordiali saluti,
Paolo - Vetreria Nuova""")

    o, b = order("it-cazzuola", "it", "Cazzuola da muratore in acciaio inox, 18 cm", **LATE)
    case("it-cazzuola-troia-ritardo", "relay", [],
         "Ritardo di spedizione: «cazzuola» (attrezzo), il magazzino di Troia (FG), «cogliamo l'occasione», "
         "«fico»: parole e nomi comuni, non linguaggio volgare.",
         to=b, frm="Ferramenta Dauna <ordini@ferramentadauna.it>", enc=L9, day=12, lang="it", crlf=True,
         subject=f"Ritardo nella spedizione – ordine {o}", text=f"""Buongiorno,

la cazzuola dell'ordine {o} partirà con tre giorni di ritardo dal nostro
magazzino di Troia (FG): il fornitore ci ha consegnato il lotto solo oggi.
Nuova data di spedizione: 18 giugno.

Se preferisce annullare, ce lo scriva e la rimborsiamo subito per intero.
Cogliamo l'occasione per consigliarle di oliare la lama dopo l'uso, come
si fa con il legno di fico del manico.

Cordiali saluti,
Ferramenta Dauna""")

    o, b = order("it-mail", "it", "Lampada da scrivania in ottone")
    case("it-scriveteci-email", "reject", ["content.email-address"],
         "Domanda necessaria per un reso con l'invito a scrivere a un indirizzo email del negozio.",
         to=b, frm="Ottoni Toscani <negozio@ottonitoscani.it>", enc=L1, day=11, lang="it",
         subject=f"Il suo reso – ci serve un'informazione (ordine {o})", text=f"""Buongiorno,

per completare il reso della lampada dell'ordine {o} ci serve sapere se
il difetto riguarda l'interruttore o il cavo. Può rispondere qui oppure
scriverci a resi.ottonitoscani@gmail.com.

Grazie,
Ottoni Toscani""")

    o, b = order("it-disiscr", "it", "Tostapane 2 fette, crema")
    case("it-annulla-iscrizione", "reject", ["link.opt-out"],
         "Richiesta di recensione neutra con «Per non ricevere più le nostre email, clicca su Annulla "
         "iscrizione in fondo»: testo di disiscrizione.",
         to=b, frm="Casa Colazione <servizio@casacolazione.it>", enc=B64, day=12, lang="it",
         subject=f"Come va il tostapane? (ordine {o})", text=f"""Buongiorno,

il tostapane dell'ordine {o} è arrivato da qualche giorno. Se ha un
momento, una recensione sincera su Amazon aiuta altri clienti a scegliere.

Per non ricevere più le nostre email, scriva «Annulla iscrizione» in
risposta a questo messaggio.

Casa Colazione""")

    o, b = order("it-cuore", "it", "Cornice portafoto personalizzata in legno")
    case("it-cuore-ascii", "reject", ["style.emoji"],
         "Verifica della dedica su una cornice personalizzata, firmata «<3»: un emoticon.",
         to=b, frm="Incisioni Lia <lia@incisionilia.it>", enc=L1, day=4, lang="it", fmt="html",
         subject=f"La sua dedica – la controlli per favore (ordine {o})", text=f"""Ciao,

prima di incidere la cornice dell'ordine {o}, controlli la dedica:

«Nonna Pina, 90 anni di sorrisi»

Se va bene, risponda pure «ok» e la incidiamo domani.

Lia <3""")

    o, b = order("it-piva", "it", "Robot aspirapolvere con stazione di svuotamento")
    case("it-partita-iva-rea", "relay", [],
         "Risposta con numero di tracciamento, partita IVA e numero REA nella firma e il numero verde del "
         "produttore: nessun numero di telefono vietato.",
         to=b, frm="Domotica Sud <info@domoticasud.it>", enc=L1, day=9, lang="it",
         reply="Il robot non si collega al Wi-Fi.",
         subject=f"R: Robot e Wi-Fi (ordine {o})", text=f"""Buongiorno,

il robot si collega solo a reti a 2,4 GHz: se il router è dual band,
attivi temporaneamente solo quella banda durante la configurazione.

Se il problema resta, l'assistenza in garanzia del produttore risponde al
numero verde 800 917 230.

Cordiali saluti,
Domotica Sud S.r.l. – P. IVA 04817250658 – REA SA-394122
Ordine {o}""")


# --------------------------------------------------------------------------------------------
# Japanese (amazon.co.jp)
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("ja-kuso", "ja", "有田焼 マグカップ ペア")
    case("ja-kuso-haisou", "quarantine", ["content.sensitive"],
         "返信に「クソみたいな配送業者」「ふざけんな」：汚い言葉。",
         to=b, frm="器のまるや <info@utsuwa-maruya.jp>", enc=JIS, day=12, lang="ja",
         reply="マグカップが一つ割れて届きました。",
         subject=f"Re: マグカップ破損の件（注文番号 {o}）", text=f"""お客様

申し訳ございません。あのクソみたいな配送業者、ふざけんなって話です。
ご注文番号 {o} のマグカップは、明日新しいものを発送いたします。

割れた品物の返送は不要です。

器のまるや""")

    o, b = order("ja-sakkin", "ja", "ぶっかけうどん用つゆ 6本セット・除菌スプレー付き", **LATE)
    case("ja-sakkin-bukkake-okure", "relay", [],
         "発送遅延のお知らせ：「殺菌」「殺虫」「死角」「ぶっかけうどん」は普通の言葉・商品名で、"
         "暴力や不適切な表現ではない。",
         to=b, frm="讃岐の麺処 <shop@sanuki-mendokoro.jp>", enc=SJIS, day=12, lang="ja",
         subject=f"発送遅延のお詫び（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のぶっかけうどん用つゆは、ボトルの殺菌工程の
点検のため、発送が6月18日になります。

倉庫の死角に殺虫剤を置いていた件で保健所の確認が入り、出荷を
一時止めておりました。品質には問題ございません。

お待ちいただけない場合はお知らせください。全額を返金いたします。

讃岐の麺処""")

    o, b = order("ja-kaomoji", "ja", "ウォールナット 座卓 120cm", **LATE)
    case("ja-kaomoji-haisou", "reject", ["style.emoji"],
         "大型家具の配達日時の調整に「(^_^)」「m(_ _)m」の顔文字。",
         to=b, frm="家具工房もく <order@kagu-moku.jp>", enc=JIS, day=13, lang="ja", crlf=True,
         subject=f"座卓のお届け日時について（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の座卓は大型のため、2名でお届けいたします。
6月17日（水）または18日（木）の午前中で、ご都合のよい日を
お知らせください(^_^)

お手数をおかけしますが、よろしくお願いいたします m(_ _)m

家具工房もく""")

    o, b = order("ja-warai", "ja", "組立式 本棚 幅90cm 5段", **LATE)
    case("ja-warai-kome", "relay", [],
         "大型商品の配達日時の調整：「(笑)」は文字の言葉で顔文字ではなく、「※」「①②」「〒」は記号で"
         "絵文字ではない。",
         to=b, frm="収納のたなや <info@shuno-tanaya.jp>", enc=U8, day=13, lang="ja", fmt="alt",
         subject=f"本棚のお届け日時のご相談（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の本棚（約32kg）のお届け日時を決めさせてください。

① 6月17日（水）午後
② 6月19日（金）午前

※ 玄関先までのお届けです。重いので、組み立てはお二人でどうぞ。
弊社スタッフも最初は説明書を逆さまに読みました(笑)

お届け先：〒150-0001 のご住所で変更がなければ、番号だけご返信ください。

収納のたなや""")

    o, b = order("ja-teishi", "ja", "電気ケトル 1.0L ホワイト")
    case("ja-haishin-teishi", "reject", ["link.opt-out"],
         "レビュー依頼の最後に「今後のメール配信停止をご希望の場合は「停止」とご返信ください」："
         "配信停止の案内。",
         to=b, frm="キッチン雑貨ポット <shop@kitchen-pot.jp>", enc=JIS, day=12, lang="ja",
         subject=f"電気ケトルの使い心地はいかがですか（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の電気ケトルをお届けして一週間ほど経ちました。
よろしければ、Amazonで率直なレビューをお寄せください。

今後のメール配信停止をご希望の場合は、「停止」とご返信ください。

キッチン雑貨ポット""")

    o, b = order("ja-tel", "ja", "羽毛布団 シングル")
    case("ja-tenpo-denwa", "reject", ["content.phone-number"],
         "返信に自社のお問い合わせ窓口の電話番号（保証・配送・メーカーの文脈なし）。",
         to=b, frm="ねむり屋本舗 <support@nemuriya-honpo.jp>", enc=SJIS, day=11, lang="ja",
         reply="羽毛布団から羽が少し出てきます。",
         subject=f"Re: 羽毛の吹き出しについて（注文番号 {o}）", text=f"""お客様

少量の羽毛が出るのは、使い始めによくあることです。生地の外から
つまんで中に戻してください。

ご不明な点は、当店お問い合わせ窓口 03-5579-0192（平日10時〜17時）
までお電話ください。

ねむり屋本舗（注文番号 {o}）""")

    o, b = order("ja-mail", "ja", "ステンレス 保温弁当箱")
    case("ja-zenkaku-mail", "reject", ["content.email-address"],
         "返品に必要な写真を、全角の「＠」を使った店舗のメールアドレスに送るよう依頼：メールアドレス。",
         to=b, frm="お弁当工房 <info@obento-kobo.jp>", enc=U8, day=11, lang="ja",
         subject=f"返品のため写真をお願いします（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の弁当箱の返品について、フタの変形が分かる
写真を1枚、henpin＠obento-kobo.jp までお送りいただけますでしょうか。

お手数をおかけいたします。

お弁当工房""")


# --------------------------------------------------------------------------------------------
# Portuguese (amazon.com.br)
# --------------------------------------------------------------------------------------------

def cases_pt() -> None:
    o, b = order("pt-porra", "pt", "Jogo de panelas de inox, 5 peças")
    case("pt-porra-transportadora", "quarantine", ["content.sensitive"],
         "Resposta com «a porra da transportadora»: linguagem ofensiva.",
         to=b, frm="Panela Boa <atendimento@panelaboa.com.br>", enc=L1, day=12, lang="pt",
         reply="Uma das panelas chegou amassada.",
         subject=f"RE: Panela amassada – pedido {o}", text=f"""Olá,

Sinto muito. A porra da transportadora amassou mais uma caixa esta semana.
Vamos enviar uma panela nova do pedido {o} amanhã cedo, sem custo.

Não precisa devolver a amassada.

Abraço,
Rafael - Panela Boa""")

    o, b = order("pt-picanha", "pt", "Faca para picanha com cabo de pau-ferro, gravada")
    case("pt-picanha-pau-ferro-gravacao", "relay", [],
         "Verificação de gravação: «picanha», «pau-ferro», «computador», «cuidado» contêm sequências de "
         "palavrões, mas são palavras comuns.",
         to=b, frm="Cutelaria Gaúcha <oficina@cutelariagaucha.com.br>", enc=L9, day=4, lang="pt",
         subject=f"Confirme a gravação da sua faca (pedido {o})", text=f"""Olá,

Antes de gravar a faca para picanha do pedido {o}, confirme o texto
que vai no cabo de pau-ferro, por favor:

«Churrasqueiro oficial - Tio Beto»

Montamos a prévia no computador e ela cabe em uma linha. Se estiver certo,
basta responder «sim». Cuidado ao lavar: o cabo não vai na lava-louças.

Cutelaria Gaúcha""")

    o, b = order("pt-descad", "pt", "Cafeteira italiana 6 xícaras")
    case("pt-descadastrar", "reject", ["link.opt-out"],
         "Pedido de avaliação neutro com «Para não receber mais nossas mensagens, responda DESCADASTRAR»: "
         "texto de descadastro.",
         to=b, frm="Café Mineiro <contato@cafemineiro.com.br>", enc=B64, day=12, lang="pt", fmt="alt",
         subject=f"Como está a sua cafeteira? (pedido {o})", text=f"""Olá,

A cafeteira do pedido {o} chegou há uma semana. Se puder, deixe uma
avaliação sincera na Amazon; isso ajuda outros clientes.

Para não receber mais nossas mensagens, responda DESCADASTRAR.

Café Mineiro""")

    o, b = order("pt-pisca", "pt", "Tapete de yoga antiderrapante 6 mm")
    case("pt-piscadinha", "reject", ["style.emoji"],
         "Resposta com «;)» no final: emoticon.",
         to=b, frm="Yoga Brasil Store <loja@yogabrasilstore.com.br>", enc=L1, day=10, lang="pt",
         reply="O tapete tem um cheiro forte de borracha.",
         subject=f"RE: Cheiro do tapete (pedido {o})", text=f"""Olá,

É normal nos primeiros dias. Deixe o tapete aberto em local arejado, longe
do sol, por 48 horas, e limpe com água e um pouco de sabão neutro. O cheiro
some rapidinho ;)

Yoga Brasil Store (pedido {o})""")

    o, b = order("pt-email", "pt", "Luminária de piso articulada")
    case("pt-email-fotos", "reject", ["content.email-address"],
         "Pedido de fotos para uma devolução, a enviar para o e-mail da loja.",
         to=b, frm="Luz & Forma <vendas@luzeforma.com.br>", enc=L1, day=11, lang="pt",
         subject=f"Sua devolução – precisamos de uma foto (pedido {o})", text=f"""Olá,

Para concluir a devolução da luminária do pedido {o}, precisamos de uma
foto da articulação quebrada. Pode mandar para trocas@luzeforma.com.br?

Obrigado,
Luz & Forma""")


# --------------------------------------------------------------------------------------------
# Dutch (amazon.nl)
# --------------------------------------------------------------------------------------------

def cases_nl() -> None:
    o, b = order("nl-klote", "nl", "Fietstas waterdicht, 25 liter")
    case("nl-klote-koerier", "quarantine", ["content.sensitive"],
         "Antwoord met 'die klotekoerier' en 'godverdomme': grof taalgebruik.",
         to=b, frm="Trapkracht <service@trapkracht.nl>", enc=L1, day=12, lang="nl",
         reply="De fietstas is gescheurd aangekomen.",
         subject=f"RE: Gescheurde fietstas – bestelling {o}", text=f"""Hoi,

Godverdomme, die klotekoerier heeft het weer voor elkaar gekregen. We sturen
morgen een nieuwe fietstas voor bestelling {o}; de kapotte hoeft u
niet terug te sturen.

Groet,
Sanne - Trapkracht""")

    o, b = order("nl-pikant", "nl", "Pikante chilisaus, cateringverpakking 5 liter", **LATE)
    case("nl-pikant-catering-vertraging", "relay", [],
         "Verzendvertraging: 'pikant', 'cateringverpakking', 'helemaal' en 'Kutno' bevatten scheldwoorden "
         "als deel van een gewoon woord of een plaatsnaam.",
         to=b, frm="Saus & Zo <info@sausenzo.nl>", enc=L9, day=12, lang="nl", fmt="html",
         subject=f"Uw chilisaus wordt later verzonden (bestelling {o})", text=f"""Goedendag,

De pikante chilisaus in cateringverpakking uit bestelling {o} wordt
drie dagen later verzonden: de pepers uit onze kwekerij bij Kutno (Polen)
waren nog niet helemaal rijp. Nieuwe verzenddatum: 18 juni.

Wilt u liever annuleren? Laat het ons weten, dan betalen we het volledige
bedrag meteen terug.

Met vriendelijke groet,
Saus & Zo""")

    o, b = order("nl-afmelden", "nl", "Houten speelkeuken met accessoires")
    case("nl-afmelden", "reject", ["link.opt-out"],
         "Vraag over de bezorging van een groot pakket met 'Wilt u geen berichten meer van ons ontvangen? "
         "Stuur dan AFMELDEN terug': afmeldtekst.",
         to=b, frm="Speelhout <klantenservice@speelhout.nl>", enc=B64, day=5, lang="nl",
         subject=f"Bezorging van uw speelkeuken (bestelling {o})", text=f"""Goedendag,

De speelkeuken uit bestelling {o} wordt als groot pakket bezorgd. Is er
een lift, of moet de bezorger de trap op? Dan plannen we twee personen in.

Wilt u geen berichten meer van ons ontvangen? Stuur dan AFMELDEN terug.

Speelhout""")

    o, b = order("nl-tel", "nl", "Elektrische grill, antiaanbaklaag")
    case("nl-bel-ons", "reject", ["content.phone-number"],
         "Antwoord met het eigen nummer van de winkel ('bel ons gerust op ...'), zonder garantie-, vervoerder- "
         "of fabrikantcontext.",
         to=b, frm="Grillhuis <info@grillhuis.nl>", enc=L1, day=11, lang="nl",
         reply="De grill rookt erg bij het eerste gebruik.",
         subject=f"RE: Rook bij eerste gebruik (bestelling {o})", text=f"""Hallo,

Dat is normaal: de beschermlaag brandt de eerste keer weg. Laat de grill
tien minuten leeg opwarmen bij een open raam. Vragen over bestelling
{o}? Bel ons gerust op 020 794 3318.

Groet,
Grillhuis""")

    o, b = order("nl-smile", "nl", "Kinderfiets 16 inch met zijwieltjes")
    case("nl-smiley-symbool", "reject", ["style.emoji"],
         "Antwoord met '☺' (een smiley-teken, ook zonder variantkiezer een emoji) en ':-)'.",
         to=b, frm="Fietsje Fijn <hallo@fietsjefijn.nl>", enc=U8, day=10, lang="nl", fmt="alt",
         reply="Hoe hoog moet het zadel voor een kind van vier?",
         subject=f"RE: Zadelhoogte (bestelling {o})", text=f"""Hallo,

Zet het zadel zo dat uw kind met beide voeten plat op de grond kan staan;
bij vier jaar is dat meestal de laagste of op één na laagste stand ☺

Veel fietsplezier :-)
Fietsje Fijn (bestelling {o})""")

    o, b = order("nl-check", "nl", "Campingkoelbox elektrisch, 24 liter")
    case("nl-vinkjes-en-mailadres", "reject", ["content.email-address"],
         "Retourvraag met het eigen mailadres van de winkel; de '✓' als opsommingsteken is een typografisch "
         "vinkje (geen emoji-presentatie), dus style.emoji is tolerated.",
         to=b, frm="Kampeerkeus <info@kampeerkeus.nl>", enc=U8, day=11, lang="nl", tolerated=("style.emoji",),
         subject=f"Uw retour: nog één vraag (bestelling {o})", text=f"""Goedendag,

Voor het retour van de koelbox uit bestelling {o} hebben we al:
✓ het retourformulier
✓ de foto van het typeplaatje

We missen nog het serienummer van de adapter. Mailt u dat naar
retour@kampeerkeus.nl?

Kampeerkeus""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja, cases_pt,
                                    cases_nl))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="sixtyfifth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
