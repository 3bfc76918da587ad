#!/usr/bin/env python3
"""Build the fifty-second labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_fiftysecond/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. The angle: `type.thank-you-only` and its boundary. Violations
are warm filler letters, helpdesk macros, "we hope you enjoy it" and generic care wishes, alone or together
with another violation (emoji, a review request phrased badly); near-misses thank the buyer too, but carry
one real piece of content (a product-specific care instruction, an answer, a missing-part notice, a delivery
appointment, a question the seller needs answered, a safety notice, a manual attached as PDF).
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
    make_pdf,
    set_boundaries,
    shaped_case,
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(52_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "ca": "70", "com.au": "25", "de": "30", "fr": "40", "es": "40",
           "it": "40", "com.br": "70", "nl": "40"}
_TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "com.br", "nl": "nl"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T08:00:00Z", shipped="2026-06-02T14:00:00Z",
                 delivered="2026-06-05T10:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
PENDING = {"shipped": "", "delivered": "", "purchased": "2026-06-11T09:15:00Z"}
B64 = {"cte": "base64"}
W1252 = {"charset": "windows-1252", "cte": "quoted-printable"}
L15 = {"charset": "iso-8859-15", "cte": "quoted-printable"}

TARGET = ["language.mismatch", "type.order-confirmation", "type.thank-you-only", "type.marketing",
          "review.incentive", "review.removal-request", "review.conditional", "review.repeat",
          "order-problem.cancellation-request", "order-problem.no-adjustment", "return.unnecessary",
          "content.sensitive", "content.phone-number", "content.email-address", "link.opt-out", "link.external"]
OTHER = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "style.emoji",
         "style.line-breaks", "link.insecure", "attachment.not-allowed"]

TY = "type.thank-you-only"

# One case (tests/corpus_build.shaped_case): plain, HTML or both; every target rule not named stays silent.
case = partial(shaped_case, CASE_LIST, TARGET, OTHER, thread="0100019c.f52", tag="t52", time="10:17:44")


def pdf(name: str, title: str, lines: list[str]) -> dict:
    """An `enc` entry that attaches a one-page PDF."""
    return {"attach": ((make_pdf(title, lines, producer="fiftysecond corpus"), "application", "pdf", name),)}


# --------------------------------------------------------------------------------------------
# English (amazon.com, .co.uk, .com.au, .ca)
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    o, b = order("en-line", "en", "Soy wax candle trio, cedar & smoke")
    case("en-dropping-a-line-ps-reply", "quarantine", [TY],
         "'Just dropping you a line about order ..., thank you for it', a signature and a P.S. that any "
         "question can be answered by reply: thanks and an offer of help, nothing else.",
         to=b, frm="Fernhollow Candle Co. <hello@fernhollowcandles.com>",
         subject=f"A quick note about order {o}", text=f"""Hi there,

Just dropping you a line about order {o}, and to say thank you for it.
It genuinely means a lot to a tiny shop like ours.

Warmly,
Dana and the Fernhollow crew

P.S. Any questions at all, just reply to this email.""")

    o, b = order("en-macro", "en", "Enamel stockpot 24 cm, slate blue", tld="co.uk")
    case("en-uk-freshdesk-macro", "quarantine", [TY],
         "Helpdesk macro: thanks for the custom, the Customer Care team is available on weekdays and will be "
         "pleased to assist, ticket footer. Nothing the buyer needs.",
         to=b, frm="Harbour & Hearth Customer Care <care@harbourandhearth.co.uk>", fmt="alt",
         subject=f"[HH-48213] Your order {o}", text=f"""Dear Customer,

Thank you for shopping with Harbour & Hearth. We truly appreciate your
custom.

Our Customer Care team is available Monday to Friday, 9am to 5pm, and will
be pleased to assist should you require anything further regarding order
{o}.

Kind regards,
Customer Care Team
Harbour & Hearth Ltd

Ticket reference: HH-48213 | Status: Solved""")

    o, b = order("en-au", "en", "Beeswax food wraps, set of 5", tld="com.au")
    case("en-au-ta-very-much", "quarantine", [TY],
         "Australian casual: 'ta very much', 'we hope they keep your sandwiches fresh for ages', 'sing out' if "
         "anything is wrong. Thanks, a hope and help only.",
         to=b, frm="Bush Bee Wraps <kirra@bushbeewraps.com.au>",
         subject=f"Your wraps from Bellingen - order {o}", text=f"""G'day,

Ta very much for grabbing the beeswax wraps (order {o}) from our little
shed in Bellingen. We hope they keep your sandwiches fresh for ages.

If anything's not quite right, sing out and we'll sort it.

Cheers,
Kirra
Bush Bee Wraps""")

    o, b = order("en-ca-wishes", "en", "Merino wool toque, charcoal", tld="ca")
    case("en-ca-family-wishes", "quarantine", [TY],
         "Thanks for the order, summer wishes from the family ('take care of yourself and your loved ones') "
         "and 'we're always around if you need us': generic care wishes are no content.",
         to=b, frm="Maple Ridge Knitworks <orders@mapleridgeknit.ca>", enc=B64,
         subject=f"From our family to yours (order {o})", text=f"""Hello,

Thank you for your recent order {o} with Maple Ridge Knitworks. On behalf of
our whole family, we wish you a safe and happy summer. Take care of yourself
and your loved ones.

We're always around if you need us.

All the best,
The Lindqvist family
Maple Ridge Knitworks""")

    o, b = order("en-emoji", "en", "Linen apron with leather straps")
    case("en-grateful-emoji", "reject", [TY, "style.emoji"],
         "Only thanks and 'reach out anytime', decorated with emoji: the thank-you-only purpose and the emoji "
         "styling rule.",
         to=b, frm="Thistle & Twine <studio@thistleandtwine.com>", fmt="alt",
         subject=f"Thank you! (order {o})", text=f"""Hi friend,

Thank you SO much for your order {o}! \U0001f64f\U0001f49b We are beyond grateful that
you picked one of our aprons.

Reach out anytime, we're happy to help!

Meg at Thistle & Twine""")

    o, b = order("en-5star", "en", "Bamboo bath mat, 50 x 80 cm", tld="co.uk")
    case("en-uk-thanks-five-star-ask", "reject", ["review.incentive"],
         "Thanks, then 'a 5-star review would make our day': a review request steered towards a positive "
         "rating. A review request is a purpose of its own, so the message is not 'only thanks'.",
         to=b, frm="Bathbay <support@bathbay.co.uk>",
         subject=f"Thanks from Bathbay - order {o}", text=f"""Hello,

Thank you for choosing Bathbay for your bamboo bath mat (order {o}).

If you could spare a minute to leave us a 5-star review on Amazon, it would
really make our day.

Best wishes,
Tom at Bathbay""")

    o, b = order("en-letter", "en", "Hand-thrown stoneware mug, speckled oat")
    case("en-long-studio-letter", "quarantine", [TY],
         "A long letter about the studio and what each order means, a signature with a slogan and a P.S. "
         "inviting questions: many words, no content.",
         to=b, frm="Riverbend Pottery <jo@riverbendpottery.com>", fmt="html", lang="en",
         subject=f"A little note from the studio - order {o}", text=f"""Dear friend,

I wanted to write to you personally about your order {o}.

Riverbend started eleven years ago in a converted garage with a second-hand
wheel and a kiln that tripped the breaker every other firing. Today there are
four of us, and every single order still gets a small cheer in the studio.
Knowing that one of our mugs will be part of someone's morning routine is
the reason we keep going.

So from all four of us: thank you, truly. Your support means more than you
know.

With gratitude,
Jo Calloway
Riverbend Pottery - made slowly, by hand

P.S. Questions about anything? Hit reply. A real person reads every
message.""")

    o, b = order("en-ca-smiley", "en", "Silicone stretch lids, 6 pack", tld="ca")
    case("en-ca-thanks-a-million-smiley", "reject", [TY, "style.emoji"],
         "'Thanks a million', 'hope it brightens up your kitchen', 'here if you need anything' and an ASCII "
         "smiley: thank-you-only plus an emoticon.",
         to=b, frm="Northern Nest Home <hi@northernnest.ca>",
         subject=f"Order {o}", text=f"""Hey there,

Thanks a million for your order {o} :-) Hope it brightens up your kitchen.

Here if you need anything!
Northern Nest Home""")

    o, b = order("en-castiron", "en", "Pre-seasoned cast iron skillet, 26 cm")
    case("en-cast-iron-first-use", "relay", [],
         "Thanks, then a care instruction specific to the skillet that the buyer must know before first use "
         "(no dishwasher, dry on the burner, oil it, or it rusts): real content.",
         to=b, frm="Ironside Cookware <help@ironsidecookware.com>",
         subject=f"Before you cook with your skillet (order {o})", text=f"""Hello,

Thank you for your order {o}. One thing before you use your skillet:

The black coating is the seasoning, not paint. Rinse the pan with hot water
only, dry it on the burner straight away and rub in a few drops of oil.
Never put it in the dishwasher: bare cast iron rusts overnight there.

Happy cooking,
Ironside Cookware""")

    o, b = order("en-dimmer", "en", "LED filament bulb E27, 7 W, warm white", tld="co.uk")
    case("en-uk-answer-dimmer-question", "relay", [],
         "Proactive follow-up that answers the question the buyer asked before buying (is it dimmable?) with "
         "a real answer: content beyond thanks.",
         to=b, frm="Lumen Lane <service@lumenlane.co.uk>", enc=W1252,
         subject=f"Your question about dimming - order {o}", text=f"""Hello,

Thank you for your order {o}. Before you bought the bulbs you asked us
whether they work with a dimmer switch. They do, but only with trailing-edge
dimmers; on an older leading-edge dimmer they will flicker and hum. The type
is usually printed on the back of the dimmer plate.

Kind regards,
Priya
Lumen Lane""")

    o, b = order("en-bracket", "en", "Mirrored bathroom cabinet, 60 cm", tld="com.au", **PENDING)
    case("en-au-missing-bracket", "relay", [],
         "Thanks, then a missing-part notice: the wall bracket was left out and follows separately; do not "
         "mount without it. Resolving a fulfilment issue is a permitted purpose.",
         to=b, frm="Coastline Bathware <orders@coastlinebathware.com.au>",
         subject=f"Wall bracket for your cabinet - order {o}", text=f"""Hi,

Thanks for your order {o}. While packing your mirrored cabinet we
noticed the wall-mounting bracket was not in the box. We are sending it in a
separate satchel this week.

Please don't hang the cabinet without it: the two keyhole slots on the back
are not rated for the full weight on their own.

Sorry for the hassle,
Coastline Bathware""")

    o, b = order("en-sofa", "en", "3-seat sofa, bouclé ivory", tld="ca", **PENDING)
    case("en-ca-sofa-delivery-window", "relay", [],
         "Thanks, then the freight carrier's delivery appointment for a bulky item, with windows to choose "
         "from: scheduling the delivery of a heavy item.",
         to=b, frm="Cedar & Loom Furniture <delivery@cedarandloom.ca>", fmt="alt",
         subject=f"Booking your sofa delivery - order {o}", text=f"""Hello,

Thank you for ordering the ivory 3-seat sofa (order {o}). Because it
ships by freight, the carrier needs a delivery appointment. Please reply
with the window that suits you best:

- Tuesday, June 23, 8 am to 12 pm
- Wednesday, June 24, 12 pm to 4 pm
- Friday, June 26, 8 am to 12 pm

Someone aged 18 or over needs to be home to sign for it.

Thanks,
Cedar & Loom Furniture""")

    o, b = order("en-recall", "en", "Power bank 20,000 mAh, USB-C PD")
    case("en-power-bank-safety-notice", "relay", [],
         "Thanks, then a proactive safety notice from the manufacturer (one batch may overheat while "
         "charging, how to check it, what to do): information the buyer needs.",
         to=b, frm="VoltCrate <support@voltcrate.com>",
         subject=f"Important safety information about your power bank (order {o})", text=f"""Hello,

Thank you for purchasing the 20,000 mAh power bank (order {o}).

The manufacturer has told us that some units from batch PB-2604 can
overheat while charging. Please check the batch code printed next to the
USB-C port. If it starts with PB-2604, stop charging the power bank and
reply to this message; we will send a replacement from a different batch.
Units with any other code are not affected.

VoltCrate Support""")

    o, b = order("en-manual", "en", "Sous-vide precision cooker 1000 W", tld="co.uk")
    case("en-uk-manual-pdf", "relay", [],
         "Thanks, then the full English manual attached as a PDF because the printed one lacks the English "
         "pages: an attachment the buyer needs.",
         to=b, frm="Waterbath Kitchen <help@waterbathkitchen.co.uk>",
         enc=pdf("SV1000_manual_EN.pdf", "SV1000 manual", [
             "SV1000 Sous-vide precision cooker - User manual (EN)",
             "1. Clip the cooker to a pot at least 15 cm deep.",
             "2. Fill with water between the MIN and MAX marks.",
             "3. Set the temperature and time, then press START.",
             "Never run the cooker out of water.",
         ]),
         subject=f"English manual for your sous-vide cooker - order {o}", text=f"""Hello,

Thank you for your order {o}. We have just learned that the printed
manual in this batch of sous-vide cookers was bound without the English
pages. The complete English manual is attached as a PDF.

Kind regards,
Waterbath Kitchen""")


# --------------------------------------------------------------------------------------------
# German (amazon.de)
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = order("de-brief", "de", "Bergkäse-Hobel aus Edelstahl")
    case("de-familienbetrieb-brief", "quarantine", [TY],
         "Herzlicher Brief: 'wir wollten einfach mal Danke sagen', Familienbetrieb im Allgäu, Sommerwünsche, "
         "'bleiben Sie gesund' und 'bei Fragen einfach antworten': nur Dank und gute Wünsche.",
         to=b, frm="Allgäuer Küchenhelfer <post@allgaeuer-kuechenhelfer.de>", enc=W1252,
         subject=f"Ein Dankeschön aus Kempten – Bestellung {o}", text=f"""Liebe Kundin, lieber Kunde,

wir wollten uns einfach mal melden und Danke sagen: für Ihre Bestellung
{o} und dafür, dass Sie einen kleinen Familienbetrieb aus dem
Allgäu unterstützen.

Wir wünschen Ihnen einen schönen Sommer, und bleiben Sie gesund!

Bei Fragen einfach auf diese Nachricht antworten.

Herzliche Grüße aus Kempten
Familie Huber""")

    o, b = order("de-macro", "de", "Werkzeugkoffer 128-teilig")
    case("de-ticketsystem-vorlage", "quarantine", [TY],
         "Ticketsystem-Vorlage: Dank für den Einkauf, Serviceteam werktags erreichbar, Vorgangsnummer: "
         "kein Anliegen.",
         to=b, frm="Stahlwerk24 Kundenservice <service@stahlwerk24.de>", fmt="alt", lang="de",
         subject=f"Ihr Einkauf bei Stahlwerk24 – Auftrag {o}", text=f"""Sehr geehrte Kundin, sehr geehrter Kunde,

vielen Dank für Ihren Einkauf bei Stahlwerk24. Für Rückfragen zu Ihrem
Auftrag {o} steht Ihnen unser Serviceteam werktags von 8 bis 17 Uhr
gerne zur Verfügung.

Mit freundlichen Grüßen
Ihr Stahlwerk24 Kundenservice

Vorgangsnummer: SW-118734
Diese Nachricht wurde automatisch erstellt.""")

    o, b = order("de-emoji", "de", "Duftkerze Bratapfel im Glas")
    case("de-danke-emoji-kerze", "reject", [TY, "style.emoji"],
         "'Danke, danke, danke', 'wir hoffen, die Kerzen sorgen für gemütliche Abende', Hilfsangebot und zwei "
         "Emoji: nur Dank, dazu ein Stilverstoß.",
         to=b, frm="Lichtstube <hallo@lichtstube.de>",
         subject=f"Danke! Bestellung {o}", text=f"""Hallo,

danke, danke, danke für Ihre Bestellung {o}! \U0001f60a Wir hoffen, die
Kerzen sorgen bei Ihnen für viele gemütliche Abende.

Melden Sie sich gern, falls irgendwas sein sollte. \U0001f56f\ufe0f

Ihre Lichtstube""")

    o, b = order("de-kurz", "de", "Pflanzkübel Terrakotta 40 cm")
    case("de-kurzes-dankeschoen", "quarantine", [TY],
         "Zwei Zeilen: 'nur ein kurzes Dankeschön' und 'viel Freude damit'. Sonst nichts.",
         to=b, frm="Gartenglück <team@gartenglueck-shop.de>",
         subject=f"Bestellung {o}", text=f"""Hallo,

nur ein kurzes Dankeschön für Ihre Bestellung {o}. Viel Freude damit!

Ihr Team von Gartenglück""")

    o, b = order("de-brett", "de", "Schneidebrett Eiche, geölt, 40 x 25 cm")
    case("de-schneidebrett-pflege", "relay", [],
         "Dank und ein produktbezogener Pflegehinweis, den der Käufer kennen muss (vor Gebrauch ölen, nicht "
         "in die Spülmaschine, sonst reißt das Holz): echter Inhalt.",
         to=b, frm="Holzwerk Amrein <info@holzwerk-amrein.de>", enc=L15,
         subject=f"Pflegehinweis zu Ihrem Schneidebrett ({o})", text=f"""Guten Tag,

vielen Dank für Ihre Bestellung {o}. Ein wichtiger Hinweis zu Ihrem
Eichenbrett: Bitte reiben Sie es vor dem ersten Gebrauch mit einem
lebensmittelechten Öl ein und spülen Sie es nur von Hand. In der
Spülmaschine quillt das Holz auf und reißt an den Leimfugen.

Viele Grüße
Jonas Amrein
Holzwerk Amrein""")

    o, b = order("de-regal", "de", "Standregal Buche, 5 Böden", **PENDING)
    case("de-bodentraeger-fehlen", "relay", [],
         "Dank und der Hinweis auf ein fehlendes Teil (Bodenträger), das separat kommt, mit einer Bitte zum "
         "Aufbau: Lösung eines Problems mit der Bestellung.",
         to=b, frm="Regalmeister <auftrag@regalmeister.de>", enc=W1252,
         subject=f"Fehlende Bodenträger – Bestellung {o}", text=f"""Guten Tag,

danke für Ihre Bestellung {o}. Beim Verpacken Ihres Buchenregals ist
uns ein Fehler passiert: Der Beutel mit den acht Bodenträgern ist nicht im
Karton. Wir schicken ihn in einem eigenen Päckchen hinterher.

Bitte legen Sie die Böden bis dahin nicht lose auf, sie können sonst
abrutschen.

Mit freundlichen Grüßen
Regalmeister""")


# --------------------------------------------------------------------------------------------
# French (amazon.fr)
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("fr-lettre", "fr", "Bol en faïence peint main, motif bigouden")
    case("fr-petit-mot-atelier", "quarantine", [TY],
         "« Un petit mot tout simple pour vous dire merci », l'atelier de Quimper, « nous espérons qu'il vous "
         "plaira » : remerciements et souhait, rien d'autre.",
         to=b, frm="L'Atelier des Faïences <gwen@atelier-faiences.fr>", enc=L15,
         subject=f"Un petit mot de l'atelier – commande {o}", text=f"""Bonjour,

Un petit mot tout simple pour vous dire merci. Chaque pièce de votre
commande {o} a été peinte à la main dans notre atelier de Quimper,
et savoir qu'elle rejoint votre table nous touche beaucoup.

Nous espérons de tout coeur qu'elle vous plaira.

Au plaisir,
Gwenaëlle
L'Atelier des Faïences""")

    o, b = order("fr-macro", "fr", "Aspirateur balai sans fil 25,2 V")
    case("fr-relation-clientele-modele", "quarantine", [TY],
         "Modèle d'outil de support : « nous vous remercions de la confiance », « l'équipe Relation Clientèle "
         "se tient prête à vous accompagner », référence de dossier. Aucun objet.",
         to=b, frm="Service Client Maison Nova <relation.client@maison-nova.fr>", fmt="alt", lang="fr",
         subject=f"Votre commande {o}", text=f"""Madame, Monsieur,

Nous vous remercions de la confiance que vous nous accordez. Notre équipe
Relation Clientèle se tient prête à vous accompagner du lundi au vendredi,
de 9 h à 18 h, pour toute demande concernant votre commande {o}.

Cordialement,
Le Service Client Maison Nova

Référence dossier : MN-20931""")

    o, b = order("fr-emoji", "fr", "Chapeau de paille tressé")
    case("fr-prenez-soin-soleil-emoji", "reject", [TY, "style.emoji"],
         "« Merci mille fois », « prenez soin de vous et profitez bien de l'été » avec un soleil emoji, « une "
         "question ? on est là » : remerciements, voeux génériques et un émoji.",
         to=b, frm="Paille & Co <bonjour@pailleetco.fr>",
         subject=f"Merci ! Commande {o}", text=f"""Bonjour,

Merci mille fois pour votre commande {o} ! Prenez soin de vous et
profitez bien de l'été \u2600\ufe0f

Une question ? On est là.

L'équipe Paille & Co""")

    o, b = order("fr-fairepart", "fr", "Faire-part de mariage personnalisés x50", **PENDING)
    case("fr-faire-part-question-date", "relay", [],
         "Remerciement puis une question dont le vendeur a besoin avant l'impression (date en chiffres ou en "
         "lettres) : demande d'information pour exécuter la commande.",
         to=b, frm="Papeterie Lune de Miel <atelier@papeterie-lunedemiel.fr>", enc=L15,
         subject=f"Une précision pour vos faire-part – commande {o}", text=f"""Bonjour,

Merci pour votre commande {o} de faire-part personnalisés.

Avant de lancer l'impression, il nous manque une information : souhaitez-vous
que la date figure en chiffres (12/09/2026) ou en toutes lettres (douze
septembre deux mille vingt-six) ? Répondez simplement à ce message.

Belle journée,
Papeterie Lune de Miel""")

    o, b = order("fr-schema", "fr", "Lit superposé en pin massif 90 x 190")
    case("fr-schema-montage-pdf", "relay", [],
         "Remerciement puis le schéma de montage corrigé en PDF joint, la notice imprimée inversant deux "
         "montants : une pièce jointe dont l'acheteur a besoin.",
         to=b, frm="Bois Douillet <sav@boisdouillet.fr>",
         enc=pdf("schema_montage_lit_superpose.pdf", "Schema de montage", [
             "Lit superpose pin massif - schema de montage corrige",
             "Etape 3 : le montant A (avec echelle) se fixe a GAUCHE.",
             "Etape 4 : le montant B se fixe a DROITE.",
             "Serrer les vis M6 uniquement a la fin du montage.",
         ]),
         subject=f"Schéma de montage corrigé – commande {o}", text=f"""Bonjour,

Merci pour votre commande {o}. Dans la notice imprimée de ce lit
superposé, les montants A et B sont inversés à l'étape 3. Vous trouverez
en pièce jointe le schéma corrigé au format PDF ; merci de le suivre plutôt
que la notice papier.

Cordialement,
Bois Douillet""")

    o, b = order("fr-rappel", "fr", "Chaise haute évolutive en hêtre")
    case("fr-chaise-haute-securite", "relay", [],
         "Remerciement puis une information de sécurité du fabricant (vis de la tablette d'un lot), comment "
         "vérifier et recevoir gratuitement le kit : ni promotion ni simple merci.",
         to=b, frm="Petit Nid <contact@petitnid.fr>", enc=L15,
         subject=f"Information de sécurité – chaise haute, commande {o}", text=f"""Bonjour,

Merci d'avoir choisi notre chaise haute (commande {o}).

Le fabricant nous signale que, sur le lot 23-11, la vis de fixation de la
tablette peut se desserrer. Vérifiez le numéro de lot sous l'assise : s'il
s'agit du lot 23-11, n'utilisez plus la tablette et répondez à ce message,
nous vous enverrons gratuitement le kit de vis de remplacement.

Cordialement,
Petit Nid""")


# --------------------------------------------------------------------------------------------
# Spanish (amazon.es)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("es-carta", "es", "Taza de cerámica esmaltada, verde oliva")
    case("es-fiesta-en-el-taller-pd", "quarantine", [TY],
         "«Solo queríamos escribirte para darte las gracias», «cada pedido es una pequeña fiesta», «esperamos "
         "que lo disfrutes» y una P. D. con «contesta a este mensaje»: nada más.",
         to=b, frm="Cerámica Almendro <hola@ceramicaalmendro.es>", enc=W1252,
         subject=f"Gracias de corazón – pedido {o}", text=f"""¡Hola!

Solo queríamos escribirte para darte las gracias por tu pedido {o}.
Para nosotros cada pedido es una pequeña fiesta en el taller. Esperamos que
lo disfrutes muchísimo.

Un abrazo enorme,
Lucía y Marcos
Cerámica Almendro

P. D.: Si te surge cualquier duda, contesta a este mensaje y te leemos
enseguida.""")

    o, b = order("es-macro", "es", "Freidora de aire 5,5 l")
    case("es-atencion-cliente-plantilla", "quarantine", [TY],
         "Plantilla de atención al cliente: «le agradecemos sinceramente su compra», «queda a su disposición», "
         "referencia de incidencia. Sin asunto.",
         to=b, frm="Atención al Cliente Cocinex <atencion@cocinex.es>", fmt="alt", lang="es",
         subject=f"Su pedido {o}", text=f"""Estimado/a cliente:

Le agradecemos sinceramente su compra. Nuestro equipo de Atención al Cliente
queda a su disposición para cualquier consulta relacionada con el pedido
{o}.

Atentamente,
Departamento de Atención al Cliente
Cocinex

Ref. incidencia: CX-77120""")

    o, b = order("es-5", "es", "Lámpara de escritorio LED regulable")
    case("es-gracias-cinco-estrellas", "reject", ["review.incentive"],
         "Agradecimiento y «nos ayudaría muchísimo una valoración de 5 estrellas»: pide una reseña positiva; "
         "la petición de reseña es un propósito propio, así que no es «solo gracias».",
         to=b, frm="Luzia Home <tienda@luziahome.es>",
         subject=f"¿Qué tal tu lámpara? Pedido {o}", text=f"""¡Hola!

¡Gracias por tu compra! Esperamos que la lámpara del pedido {o} ya
ilumine tu escritorio.

Si tienes un minuto, nos ayudaría muchísimo que nos dejaras una valoración
de 5 estrellas en Amazon.

Un saludo,
Luzia Home""")

    o, b = order("es-cuidate", "es", "Mochila escolar ergonómica")
    case("es-feliz-verano-cuidate", "quarantine", [TY],
         "Gracias por confiar, «te deseamos un feliz verano, cuídate mucho» y despedida: solo agradecimiento "
         "y buenos deseos.",
         to=b, frm="Mochilas Brisa <info@mochilasbrisa.es>",
         subject=f"Pedido {o}", text=f"""Hola:

Muchas gracias por confiar en nosotros para tu pedido {o}. Te
deseamos un feliz verano; cuídate mucho y disfruta.

Saludos cordiales,
El equipo de Mochilas Brisa""")

    o, b = order("es-colchon", "es", "Colchón viscoelástico 150 x 190", **PENDING)
    case("es-colchon-cita-entrega", "relay", [],
         "Gracias y la cita de entrega que necesita la agencia de transporte para un colchón voluminoso, con "
         "días a elegir: programar la entrega de un artículo pesado.",
         to=b, frm="Descanso Real <pedidos@descansoreal.es>", enc=W1252,
         subject=f"Entrega de tu colchón – pedido {o}", text=f"""Hola:

Gracias por tu pedido {o}. Tu colchón viaja con una agencia de
transporte que necesita concertar la entrega contigo. ¿Qué te viene mejor?

- martes 23 de junio, por la mañana
- jueves 25 de junio, por la tarde

Contesta a este mensaje con la opción elegida y se lo pasamos a la agencia.

Un saludo,
Descanso Real""")

    o, b = order("es-funda", "es", "Funda de silicona para iPhone 15 Pro")
    case("es-respuesta-compatibilidad", "relay", [],
         "Respuesta a la pregunta del comprador (¿sirve para el 15 Pro Max?) con agradecimiento: contenido "
         "real y, además, no es un mensaje proactivo.",
         to=b, frm="Fundalia <soporte@fundalia.es>",
         reply="Hola, ¿esta funda sirve también para el iPhone 15 Pro Max? Gracias.",
         subject=f"RE: Pregunta sobre la funda – pedido {o}", text=f"""Hola:

Gracias por escribirnos. La funda de tu pedido {o} está hecha solo para
el iPhone 15 Pro: en el 15 Pro Max no entra, porque es 1 cm más alto y los
botones no coinciden.

Un saludo,
Fundalia""")


# --------------------------------------------------------------------------------------------
# Italian (amazon.it)
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("it-tenevamo", "it", "Tovaglia in lino lavato, 150 x 250")
    case("it-ci-tenevamo-grazie", "quarantine", [TY],
         "«Ci tenevamo a dirti grazie», «ogni acquisto è un motivo di festa», «speriamo che ti piaccia»: "
         "solo ringraziamenti e un augurio.",
         to=b, frm="Bottega del Lino <ciao@bottegadellino.it>", enc=L15,
         subject=f"Grazie dalla Bottega – ordine {o}", text=f"""Ciao,

ci tenevamo a dirti grazie per il tuo ordine {o}. Per una piccola
realtà come la nostra, ogni acquisto è un motivo di festa.

Speriamo che ti piaccia tanto quanto a noi è piaciuto prepararlo.

A presto,
Chiara e Davide
Bottega del Lino""")

    o, b = order("it-macro", "it", "Trapano avvitatore 18 V")
    case("it-ufficio-assistenza-modello", "quarantine", [TY],
         "Modello dell'assistenza: «La ringraziamo per aver effettuato un acquisto», «il nostro staff è "
         "raggiungibile rispondendo a questa e-mail», numero di pratica. Nient'altro.",
         to=b, frm="Ufficio Assistenza Ferramenta Rossi <assistenza@ferramentarossi.it>", fmt="alt", lang="it",
         subject=f"Ordine {o}", text=f"""Gentile Cliente,

La ringraziamo per aver effettuato un acquisto presso il nostro negozio. Per
qualunque esigenza relativa all'ordine {o} il nostro staff è
raggiungibile rispondendo a questa e-mail, dal lunedì al venerdì.

Cordiali saluti,
Ufficio Assistenza
Ferramenta Rossi

Pratica n. FR-55102 - messaggio generato automaticamente""")

    o, b = order("it-emoji", "it", "Candela profumata al fico")
    case("it-grazie-infinite-cuore", "reject", [TY, "style.emoji"],
         "«Grazie infinite» con un cuore emoji, «speriamo che ti porti tanta gioia» e «siamo qui :)»: "
         "solo ringraziamenti, con emoji ed emoticon.",
         to=b, frm="Fiamma Gentile <info@fiammagentile.it>",
         subject=f"Grazie! Ordine {o}", text=f"""Ciao!

Grazie infinite per il tuo ordine {o} \u2764\ufe0f Speriamo che ti porti tanta
gioia!

Se hai bisogno, siamo qui :)

Fiamma Gentile""")

    o, b = order("it-gating", "it", "Set di coltelli da cucina, 5 pezzi")
    case("it-grazie-recensione-se-soddisfatto", "reject", ["review.conditional"],
         "Ringraziamento e poi «se sei soddisfatto lasciaci una recensione; se qualcosa non va, scrivici "
         "prima»: recensione condizionata, non un semplice grazie.",
         to=b, frm="Lama d'Oro <servizio@lamadoro.it>",
         subject=f"Come va con i coltelli? Ordine {o}", text=f"""Buongiorno,

grazie per aver scelto i nostri coltelli (ordine {o}).

Se sei soddisfatto, lasciaci una recensione su Amazon. Se invece qualcosa
non va, scrivici prima: risolveremo tutto noi.

Un saluto,
Lama d'Oro""")

    o, b = order("it-moka", "it", "Caffettiera moka in alluminio, 6 tazze")
    case("it-moka-primo-uso", "relay", [],
         "Ringraziamento e istruzioni specifiche per la moka nuova (primi tre caffè da buttare, niente "
         "lavastoviglie): informazioni che il cliente deve sapere.",
         to=b, frm="Casa del Caffè Ferri <ordini@casadelcaffeferri.it>", enc=L15,
         subject=f"Prima di usare la moka – ordine {o}", text=f"""Buongiorno,

grazie per l'ordine {o}. Due cose importanti per la sua moka nuova:

- prepari e getti via i primi tre caffè, servono a togliere il sapore di
  metallo della guarnizione nuova;
- la lavi solo con acqua calda, mai in lavastoviglie: l'alluminio si
  annerisce e si rovina.

Cordiali saluti,
Casa del Caffè Ferri""")

    o, b = order("it-rosone", "it", "Lampada a sospensione in vimini", **PENDING)
    case("it-rosone-mancante", "relay", [],
         "Ringraziamento e avviso di un pezzo mancante (il rosone a soffitto) spedito a parte: risoluzione "
         "di un problema dell'ordine.",
         to=b, frm="Intreccio Luce <negozio@intreccioluce.it>",
         subject=f"Un pezzo della tua lampada – ordine {o}", text=f"""Ciao,

grazie per il tuo ordine {o}. Preparando il pacco ci siamo accorti che
il rosone da soffitto della lampada era rimasto fuori dalla scatola: te lo
spediamo a parte in una busta imbottita.

Senza il rosone la lampada non si può fissare, quindi aspetta a montarla.

Un saluto,
Intreccio Luce""")


# --------------------------------------------------------------------------------------------
# Portuguese (amazon.com.br)
# --------------------------------------------------------------------------------------------

def cases_pt() -> None:
    o, b = order("pt-carta", "pt", "Almofada bordada à mão, 45 x 45 cm")
    case("pt-obrigado-de-coracao-ps", "quarantine", [TY],
         "«Queríamos muito te mandar um obrigado de coração», o ateliê em Tiradentes, «esperamos que você "
         "curta muito» e P.S. «é só responder»: só agradecimento.",
         to=b, frm="Ateliê Ipê <contato@ateliejpe.com.br>",
         subject=f"Um obrigado do Ateliê Ipê – pedido {o}", text=f"""Oi, tudo bem?

Queríamos muito te mandar um obrigado de coração pelo pedido {o}.
Cada compra ajuda nosso ateliê em Tiradentes a continuar de portas abertas.
Esperamos que você curta muito!

Beijos,
Equipe Ateliê Ipê

P.S.: Ficou com alguma dúvida? É só responder este e-mail.""")

    o, b = order("pt-macro", "pt", "Liquidificador 1200 W, 3 l")
    case("pt-central-atendimento-modelo", "quarantine", [TY],
         "Modelo da central: «agradecemos a preferência», «permanece à disposição» para esclarecimentos, "
         "protocolo. Sem assunto.",
         to=b, frm="Central de Atendimento Eletrolar <atendimento@eletrolar.com.br>", fmt="alt", lang="pt",
         subject=f"Pedido {o}", text=f"""Prezado(a) cliente,

Agradecemos a preferência. Nossa Central de Atendimento permanece à
disposição de segunda a sexta, das 9h às 18h, para quaisquer
esclarecimentos sobre o pedido {o}.

Atenciosamente,
Central de Atendimento Eletrolar

Protocolo: EL-61187""")

    o, b = order("pt-emoji", "pt", "Jogo de toalhas de banho, 4 peças")
    case("pt-saude-e-alegria-emoji", "reject", [TY, "style.emoji"],
         "«Muito obrigado pela compra» com emoji, «desejamos muita saúde e alegria pra você e sua família», "
         "«qualquer coisa, chama a gente»: agradecimento, votos genéricos e emoji.",
         to=b, frm="Casa Algodão <oi@casaalgodao.com.br>",
         subject=f"Obrigado! Pedido {o}", text=f"""Olá!

Muito obrigado pela compra do pedido {o}! \U0001f970 Desejamos muita saúde
e alegria pra você e sua família.

Qualquer coisa, chama a gente!

Casa Algodão""")

    o, b = order("pt-manual", "pt", "Máquina de costura doméstica 32 pontos")
    case("pt-manual-portugues-pdf", "relay", [],
         "Agradecimento e o manual em português anexado em PDF, porque o impresso veio só em inglês: anexo "
         "de que o comprador precisa.",
         to=b, frm="Costura Fácil <sac@costurafacil.com.br>",
         enc=pdf("manual_maquina_costura_PT.pdf", "Manual em portugues", [
             "Maquina de costura 32 pontos - Manual do usuario",
             "1. Encha a bobina antes de passar a linha superior.",
             "2. Levante o calcador para passar a linha.",
             "3. Ajuste a tensao entre 3 e 5 para tecidos comuns.",
         ]),
         subject=f"Manual em português da sua máquina – pedido {o}", text=f"""Olá,

Obrigado pelo pedido {o}. O manual impresso que acompanha este lote
da máquina de costura veio apenas em inglês, por isso enviamos em anexo o
manual completo em português, em PDF.

Atenciosamente,
Costura Fácil""")

    o, b = order("pt-voltagem", "pt", "Chaleira elétrica inox 1,7 l, 127 V")
    case("pt-chaleira-voltagem-seguranca", "relay", [],
         "Agradecimento e um aviso de segurança específico: a chaleira é 127 V e queima numa tomada 220 V. "
         "Informação que o comprador precisa saber.",
         to=b, frm="Cozinha Prática <contato@cozinhapratica.com.br>", enc=B64,
         subject=f"Aviso importante sobre a voltagem – pedido {o}", text=f"""Olá,

Obrigado pela compra (pedido {o}). Um aviso importante de segurança:
a sua chaleira é de 127 V. Antes de ligar, confira a voltagem da tomada;
numa tomada de 220 V a resistência queima na hora e pode derreter o cabo.

Atenciosamente,
Cozinha Prática""")

    o, b = order("pt-geladeira", "pt", "Geladeira frost free 375 l, inox", **PENDING)
    case("pt-geladeira-agendamento", "relay", [],
         "Agradecimento e agendamento da entrega de um item pesado pela transportadora, com datas para "
         "escolher.",
         to=b, frm="Eletro Sul Vendas <pedidos@eletrosulvendas.com.br>",
         subject=f"Agendamento da entrega – pedido {o}", text=f"""Olá,

Obrigado pelo pedido {o}. A sua geladeira será entregue por
transportadora, que precisa agendar a entrega. Qual destas datas fica
melhor para você?

- segunda-feira, 22 de junho, das 8h às 12h
- quarta-feira, 24 de junho, das 13h às 18h

É só responder esta mensagem com a data escolhida.

Atenciosamente,
Eletro Sul Vendas""")


# --------------------------------------------------------------------------------------------
# Dutch (amazon.nl)
# --------------------------------------------------------------------------------------------

def cases_nl() -> None:
    o, b = order("nl-brief", "nl", "Handgemaakte vaas, mat wit, 25 cm")
    case("nl-even-laten-weten", "quarantine", [TY],
         "'We wilden je even laten weten hoe blij we zijn', 'dank je wel', 'we hopen dat je er lang plezier "
         "van hebt': alleen dank en een wens.",
         to=b, frm="Van Boekel Keramiek <sanne@vanboekelkeramiek.nl>",
         subject=f"Een bedankje uit Utrecht – bestelling {o}", text=f"""Hoi,

We wilden je even laten weten hoe blij we zijn met je bestelling {o}.
Dank je wel dat je voor een klein Utrechts atelier kiest! We hopen dat je er
heel lang plezier van hebt.

Hartelijke groet,
Sanne
Van Boekel Keramiek""")

    o, b = order("nl-macro", "nl", "Staafmixer set 800 W")
    case("nl-klantenservice-sjabloon", "quarantine", [TY],
         "Sjabloon: 'hartelijk dank voor uw aankoop', vragen? klantenservice op werkdagen bereikbaar, "
         "ticketnummer. Verder niets.",
         to=b, frm="Klantenservice KeukenKoning <service@keukenkoning.nl>", fmt="alt", lang="nl",
         subject=f"Uw bestelling {o}", text=f"""Beste klant,

Hartelijk dank voor uw aankoop. Heeft u vragen over bestelling {o}?
Onze klantenservice is op werkdagen van 9.00 tot 17.00 uur bereikbaar via
dit berichtencentrum.

Met vriendelijke groet,
Klantenservice KeukenKoning

Ticketnummer: KK-30218""")

    o, b = order("nl-ps", "nl", "Fietstas waterdicht, 20 l")
    case("nl-fijne-zomer-ps", "quarantine", [TY],
         "'Bedankt voor je bestelling', 'fijne zomer en pas goed op jezelf' en een P.S. 'vragen? stuur gerust "
         "een berichtje': dank, wensen en hulpaanbod.",
         to=b, frm="Fietsmaatje <hallo@fietsmaatje.nl>",
         subject=f"Bestelling {o}", text=f"""Hallo,

Bedankt voor je bestelling {o} bij Fietsmaatje. Fijne zomer en pas
goed op jezelf!

Groetjes,
Fietsmaatje

P.S. Vragen? Stuur gerust een berichtje terug.""")

    o, b = order("nl-accu", "nl", "E-bike accu 36 V, 14 Ah")
    case("nl-accu-eerste-keer-laden", "relay", [],
         "Dank en een productspecifieke instructie die de koper moet weten (eerste keer volledig laden, niet "
         "onder 0 graden bewaren): echte inhoud.",
         to=b, frm="AccuDirect <support@accudirect.nl>", enc=L15,
         subject=f"Belangrijk voor je nieuwe accu – bestelling {o}", text=f"""Hallo,

Bedankt voor je bestelling {o}. Belangrijk voor je nieuwe accu: laad
hem de eerste keer helemaal vol (ongeveer zes uur) voordat je gaat fietsen,
en bewaar hem in de winter niet in een schuur waar het onder nul graden
wordt. Anders gaat de capaciteit blijvend achteruit.

Met vriendelijke groet,
AccuDirect""")

    o, b = order("nl-bordje", "nl", "Gegraveerd naambordje voor de voordeur", **PENDING)
    case("nl-naambordje-huisnummer", "relay", [],
         "Dank en een vraag die de verkoper beantwoord moet krijgen (welk huisnummer op het bordje): "
         "informatie nodig om de bestelling uit te voeren.",
         to=b, frm="Graveerwerk Noord <info@graveerwerknoord.nl>",
         subject=f"Vraag over je naambordje – bestelling {o}", text=f"""Hallo,

Bedankt voor je bestelling {o}. Bij je bestelling staat wel de naam
voor het bordje, maar geen huisnummer. Welk nummer moeten we erop
graveren? Dan gaat het bordje direct in productie.

Groet,
Graveerwerk Noord""")

    o, b = order("nl-hoes", "nl", "Hoes voor zitbal, 65 cm, grijs")
    case("nl-antwoord-zitbal", "relay", [],
         "Antwoord op de vraag van de koper (past de hoes op een 75 cm bal?) met een bedankje: inhoud, en "
         "bovendien geen proactief bericht.",
         to=b, frm="Zitgoed <klantenservice@zitgoed.nl>",
         reply="Past deze hoes ook op een zitbal van 75 cm?",
         subject=f"RE: Vraag over bestelling {o}", text=f"""Hallo,

Dank voor je vraag. De hoes uit bestelling {o} is gemaakt voor ballen
van 65 cm; om een bal van 75 cm sluit de rits niet. Voor 75 cm bestaat er
een aparte maat.

Groet,
Zitgoed""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_pt, cases_nl))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="fiftysecond"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
