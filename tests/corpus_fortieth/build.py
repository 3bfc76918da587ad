#!/usr/bin/env python3
"""Build the fortieth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_fortieth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. Section C message types (type.thank-you-only,
type.order-confirmation, type.marketing) in English, German, French, Spanish, Italian, Japanese and
Portuguese-BR: per language about half compliant near-misses (a thank-you that carries a real delivery note or
instruction, a dispatch mentioned only to explain a delay or a failed delivery, a replacement part or an
accessory the buyer asked about) and half violations, phrased the way native sellers write them.
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

_rnd = random.Random(40_2026_0615)
_PREFIX = {"co.uk": "20", "de": "30", "fr": "40", "es": "40", "it": "40", "co.jp": "25", "com.br": "70"}
_TLD = {"en": "co.uk", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp", "pt": "com.br"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-02T09:00:00Z", shipped="2026-06-03T14:00:00Z",
                 delivered="2026-06-06T11:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
# on its way, not delivered yet
TRANSIT = {"purchased": "2026-06-10T08:00:00Z", "shipped": "2026-06-11T16:00:00Z", "delivered": ""}
# just bought, not shipped yet
FRESH = {"purchased": "2026-06-12T07:30:00Z", "shipped": "", "delivered": ""}
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
SJIS = {"charset": "shift_jis", "cte": "base64"}
EUC = {"charset": "euc-jp", "cte": "base64"}
B64 = {"cte": "base64"}
L1 = {"charset": "iso-8859-1", "cte": "quoted-printable"}
W1252 = {"charset": "windows-1252", "cte": "quoted-printable"}
L15 = {"charset": "iso-8859-15", "cte": "quoted-printable"}
ASCII = {"charset": "us-ascii", "cte": "7bit"}

TYPES = ["type.order-confirmation", "type.thank-you-only", "type.marketing"]
OTHER = ["language.mismatch", "review.incentive", "review.conditional", "review.repeat",
         "order-problem.cancellation-request", "order-problem.no-adjustment", "return.unnecessary",
         "content.phone-number", "content.email-address", "link.opt-out", "link.external", "link.insecure",
         "order-id.missing", "order-id.unknown", "window.expired", "style.emoji", "style.line-breaks",
         "attachment.not-allowed", "image.product-photo", "style.image-alt"]


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str, text: str,
         day: int = 12, reply: str = "", tolerated: tuple[str, ...] = (), enc: dict | None = None,
         fmt: str = "text", lang: str = "", crlf: bool = False, logo: tuple[bytes, str, str] | None = None,
         attach: tuple = ()) -> None:
    """One case. fmt: text (plain), html (HTML only) or alt (text + HTML alternative). `reply` quotes the
    buyer: the message answers a buyer (In-Reply-To/References). `logo` = (bytes, subtype, alt) puts an
    inline brand logo (cid) at the top of the HTML."""
    hdrs = reply_headers(f"0100019c.f40.{slug[:24]}") if reply else []
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = text.strip("\n") + "\n"
    if reply:
        body += "\n" + quote(reply) + "\n"
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*TYPES, *OTHER) if r not in rules and r not in tol]
    kw = dict(enc or {})
    if kw.get("charset") in ("iso-8859-15", "iso-8859-1"):
        body = body.replace("\u2013", "-").replace("\u2019", "'")
    related = ()
    if fmt == "text":
        kw["text"] = body
    else:
        inner = text2html(body)
        if logo:
            data, sub, alt = logo
            inner = f'<p><img src="cid:logo-{slug[:12]}" alt="{alt}" width="150" height="44"></p>\n' + inner
            related = [(data, "image", sub, f"<logo-{slug[:12]}>", f"logo.{'png' if sub == 'png' else 'jpg'}")]
        kw["html"] = page(inner, lang or "en")
        if fmt == "alt":
            kw["text"] = body
    msg = mk(frm, to, subject, mail_date(day, "11:17:42", "+0100"), f"<c40.{slug}@{dom}>", headers=hdrs,
             related=related, attach=attach, **kw)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, crlf=crlf)


# --------------------------------------------------------------------------------------------
# English (amazon.co.uk)
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    o, b = order("en-letter", "en", "Leather card holder, tan, hand-stitched")
    case("en-workshop-letter", "quarantine", ["type.thank-you-only"],
         "A long, warm personal letter from the maker: family business, gratitude, 'just reply if anything is "
         "not quite right'. No information the buyer needs.",
         to=b, frm="Hollin & Reed <eleanor@hollinandreed.co.uk>", day=9,
         subject=f"A note from the workshop - order {o}", text=f"""Dear Customer,

I just wanted to drop you a line personally to say how much it means to us
that you chose Hollin & Reed for your order {o}. There are only four of us,
and every single order still gets a little cheer in the workshop.

Small makers only keep going because of people like you, so truly, thank
you. We hope it gives you a lot of joy for years to come.

Should anything ever not be quite right, just reply to this message and one
of us will pick it up straight away.

With warmest wishes,
Eleanor Reed
Hollin & Reed Leatherworks""")

    o, b = order("en-pallet", "en", "Garden storage bench 140 cm, acacia", **TRANSIT)
    case("en-pallet-courier-note", "relay", [],
         "Thanks, then a real delivery note for a bulky item: pallet courier, someone must sign, the 'leave at side "
         "gate' instruction cannot be followed. Necessary for the buyer to receive the order.",
         to=b, frm="Oakhaven Garden Co <orders@oakhaven-garden.co.uk>", fmt="alt",
         subject=f"Your bench - delivery details (order {o})", text=f"""Hello,

Thanks for your order {o}. One thing you need to know before it arrives:
the bench comes flat-packed in a 1.5 m box weighing 38 kg, so it travels
with a two-man pallet courier rather than the normal parcel service.

You asked at checkout for it to be left at the side gate. I'm afraid the
pallet firm cannot leave goods unattended, so someone over 18 will need to
be in to sign for it. They will message you a two-hour slot the evening
before; if that day is no good, you can move it from that message.

Best regards,
Gareth Moss
Oakhaven Garden Co""")

    o, b = order("en-dispatch", "en", "Cast iron doorstop, hare", **TRANSIT)
    case("en-left-us-this-morning", "quarantine", ["type.order-confirmation"],
         "'Your hare doorstop left us this morning', carrier and tracking reference, nothing else: a dispatch "
         "confirmation Amazon already sends.",
         to=b, frm="Forge & Field <hello@forgeandfield.co.uk>", fmt="html", enc=B64, tolerated=("type.thank-you-only",),
         subject=f"Good news for order {o}", text=f"""Hi there,

Quick heads-up: your hare doorstop (order {o}) left us this morning.
It has gone out with Evri on their 48-hour service, tracking ref
H01HYA0034567891, and you can follow it in Your Orders too.

Cheers,
Tom at Forge & Field""")

    o, b = order("en-customs", "en", "Delft blue tile coasters, set of 4", purchased="2026-06-02T09:00:00Z",
                 shipped="2026-06-03T14:00:00Z", delivered="")
    case("en-held-at-customs", "relay", [],
         "The dispatch date is named only to explain a customs hold, with the expected release and what happens "
         "if it does not move: an order-fulfilment issue, not a dispatch confirmation.",
         to=b, frm="Van Os Tegels <service@vanostegels.nl>", enc=L1, crlf=True,
         subject=f"Delay on order {o} - held at UK customs", text=f"""Dear customer,

Your coasters (order {o}) were sent from our warehouse in Rotterdam on
3 June, but the parcel has been held by UK customs for a routine duty check
since Tuesday. You do not need to do anything: import VAT and duty were
prepaid by us, so nothing will be charged at the door.

Customs usually release these within two or three working days. If the
parcel has not moved by 20 June, we will send a replacement set or refund
you in full, whichever you prefer.

Sorry for the wait.
Marieke van Os""")

    o, b = order("en-sale", "en", "Beeswax food wraps, set of 3")
    case("en-summer-range-off", "quarantine", ["type.marketing"],
         "'Our whole summer range is 25% off until Sunday, the new vegan wraps included': a sale on other products.",
         to=b, frm="Hive & Hearth <team@hiveandhearth.co.uk>", fmt="html", logo=(logo_png("Hive & Hearth"), "png",
                                                                                  "Hive & Hearth"),
         subject=f"While we have you... (order {o})", text=f"""Hi,

Your wraps from order {o} should be with you by now.

While we have you: our whole summer range - sandwich wraps, bread bags and
the new vegan candelilla wraps - is 25% off until Sunday. No code needed,
the prices are already knocked down in our Amazon shop.

Buzz buzz,
Hive & Hearth""")

    o, b = order("en-camlocks", "en", "Bamboo bathroom shelf, 3-tier")
    case("en-missing-cam-locks", "relay", [],
         "A replacement part (cam locks left out of the box) posted free of charge: an order-fulfilment fix, not "
         "a promotion of another product.",
         to=b, frm="Nook Living <support@nookliving.co.uk>", enc=ASCII,
         subject=f"Missing fittings - order {o}", text=f"""Hello,

Our packing team found that a few boxes from the batch your shelf (order
{o}) came from went out without the small bag of cam locks, part C,
8 pieces. To be safe we have posted a bag of 10 to you first class today.
There is nothing to send back.

If you have already started building, leave the side panels loose until
the locks arrive; steps 4 to 6 of the leaflet need them.

Regards,
Priya Shah
Nook Living""")

    o, b = order("en-macro", "en", "Soy candle trio, fig and cedar")
    case("en-helpdesk-macro", "quarantine", ["type.thank-you-only"],
         "A helpdesk sign-off macro: thanks for shopping, the team is available 7 days a week, ticket reference. "
         "Nothing else.",
         to=b, frm="Brightwick Candles <care@brightwick.co.uk>", fmt="html",
         subject=f"Your Brightwick order {o}", text=f"""Hi there,

Thank you for shopping with Brightwick Candles! We really do appreciate
your custom.

Our Customer Happiness Team is on hand 7 days a week, should anything
about order {o} need sorting.

Have a lovely day!

Kind regards,
Customer Happiness Team | Brightwick Candles
Ticket ref: BW-20931""")


# --------------------------------------------------------------------------------------------
# German (amazon.de)
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = order("de-brief", "de", "Handgeschöpftes Büttenpapier A4, 50 Blatt")
    case("de-herzlicher-brief", "quarantine", ["type.thank-you-only"],
         "Ein herzlicher Brief der Papiermühle: Dank, Werkstatt-Romantik, 'wir sind gern für Sie da'. Kein "
         "Anliegen.",
         to=b, frm="Papiermühle Wendler <post@papiermuehle-wendler.de>", enc=L15,
         subject=f"Ein Gruß aus Herrnhut zu Ihrer Bestellung {o}", text=f"""Liebe Kundin, lieber Kunde,

mit Ihrer Bestellung {o} haben Sie nicht einfach Papier gekauft,
sondern eine kleine Werkstatt in der Oberlausitz unterstützt. Dafür möchten
wir uns von Herzen bedanken.

Jeder Bogen geht bei uns durch drei Paar Hände, und es freut uns jedes Mal,
wenn einer davon ein neues Zuhause findet.

Sollte etwas nicht Ihren Vorstellungen entsprechen, melden Sie sich jederzeit,
wir kümmern uns dann sofort darum.

Herzliche Grüße aus Herrnhut
Ihre Papiermühle Wendler""")

    o, b = order("de-garantie", "de", "Akku-Heckenschere 54 cm, 18 V")
    case("de-garantie-registrieren", "relay", [],
         "Dank plus ein echter Schritt: Garantieverlängerung nur bei Registrierung innerhalb von 30 Tagen, wo die "
         "Seriennummer steht und welche Rechnung man braucht.",
         to=b, frm="Grünschnitt Handel <service@gruenschnitt-handel.de>", enc=B64, fmt="alt", lang="de",
         subject=f"Wichtig zur Garantie Ihrer Heckenschere (Bestellung {o})", text=f"""Guten Tag,

danke, dass Sie bei uns gekauft haben. Ein Hinweis, der leicht untergeht: Die
Herstellergarantie Ihrer Heckenschere aus der Bestellung {o} verlängert
sich nur dann von 2 auf 3 Jahre, wenn Sie das Gerät innerhalb von 30 Tagen
nach dem Kauf beim Hersteller registrieren.

Dafür brauchen Sie die Seriennummer (Aufkleber unter dem Akkuschacht,
beginnt mit HS) und die Amazon-Rechnung, die Sie unter "Meine Bestellungen"
herunterladen können.

Freundliche Grüße
Jonas Wegner
Grünschnitt Handel""")

    o, b = order("de-dpd", "de", "Kinder-Laufrad 12 Zoll, mint", **TRANSIT)
    case("de-an-dpd-uebergeben", "quarantine", ["type.order-confirmation"],
         "'Ihre Bestellung wurde soeben an DPD übergeben', Paketnummer, voraussichtliche Zustellung: eine "
         "Versandbestätigung.",
         to=b, frm="Radzwerg <versand@radzwerg.de>", enc=L1, crlf=True,
         subject=f"Bestellung {o} ist unterwegs", text=f"""Hallo,

Ihre Bestellung {o} wurde soeben an DPD übergeben.

Paketnummer: 01485072339164
Voraussichtliche Zustellung: Dienstag

Schöne Grüße
Ihr Team von Radzwerg""")

    o, b = order("de-filiale", "de", "Standmixer 1,5 l mit Glaskrug", **TRANSIT)
    case("de-zustellung-gescheitert", "relay", [],
         "Der Versand wird nur erwähnt, um eine gescheiterte Zustellung zu erklären: Paket liegt in der Filiale, "
         "Abholfrist, Bitte um einen Adresszusatz.",
         to=b, frm="Küchenkontor Hesse <kontakt@kuechenkontor-hesse.de>", enc=W1252,
         subject=f"Ihr Paket liegt in der Postfiliale (Bestellung {o})", text=f"""Guten Tag,

DHL hat uns gemeldet, dass Ihr Paket zur Bestellung {o} am Freitag
nicht zugestellt werden konnte: Die Hausnummer 14b war am Klingelschild
nicht zu finden.

Das Paket liegt jetzt bis zum 22. Juni in der Postfiliale Lindenstraße 3
zur Abholung bereit, bitte den Personalausweis mitbringen.

Falls Ihre Adresse einen Zusatz braucht (Hinterhaus, c/o o. Ä.), schreiben
Sie uns kurz zurück. Wir geben das an DHL weiter, damit es beim nächsten Mal
klappt.

Mit freundlichen Grüßen
Petra Hesse""")

    o, b = order("de-code", "de", "Bio-Kaffeebohnen Espresso, 1 kg")
    case("de-bohnen-code", "quarantine", ["type.marketing"],
         "Rabattcode 'BOHNE15' für die nächste Bohnenlieferung und Hinweis auf eine neue Röstung: Gutschein und "
         "Werbung für andere Produkte.",
         to=b, frm="Kaffeerösterei Albers <roesterei@albers-kaffee.de>", fmt="html", lang="de",
         logo=(logo_jpeg("ALBERS"), "jpeg", "Kaffeerösterei Albers"),
         subject=f"Schmeckt's? (Bestellung {o})", text=f"""Hallo,

schmeckt der Espresso aus Ihrer Bestellung {o}?

Für Ihre nächste Bohnenlieferung haben wir etwas vorbereitet: Mit dem Code
BOHNE15 sparen Sie 15 % auf alle Röstungen in unserem Amazon-Shop, gültig
bis Monatsende. Probieren Sie ruhig auch mal unseren neuen Äthiopien Guji!

Röstfrische Grüße
Kaffeerösterei Albers""")

    o, b = order("de-duese", "de", "Akku-Staubsauger CX9, beutellos")
    case("de-fugenduese-antwort", "relay", [],
         "Antwort auf die Frage des Käufers, ob die Düse des Vorgängermodells passt: das passende Zubehör zu "
         "nennen, nach dem gefragt wurde, ist keine Werbung.",
         to=b, frm="Saugwerk Direkt <kundendienst@saugwerk-direkt.de>", enc=L1,
         reply="Passt die Fugendüse von meinem alten CX7 eigentlich auch an den CX9?",
         subject=f"AW: Frage zu Bestellung {o}", text=f"""Hallo,

danke für Ihre Frage zu Ihrem CX9 (Bestellung {o}).

Die Fugendüse des CX7 lässt sich zwar aufstecken, rastet am CX9 aber nicht
ein und kann sich beim Saugen lösen. Die passende Düse heißt
"CX-Fugendüse lang 22 cm" (Artikelnummer CX-FD22) und ist als Ersatzteil
auch auf Amazon erhältlich.

Viele Grüße
Markus Ott, Saugwerk Direkt""")

    o, b = order("de-insta", "de", "Merino-Wollsocken, 3er Pack")
    case("de-folgt-uns", "quarantine", ["type.marketing"],
         "Dank und dann 'folgen Sie uns doch auf Instagram' mit Gewinnspielen: Aufforderung, der Marke in sozialen "
         "Medien zu folgen.",
         to=b, frm="Strickstube Maren <maren@strickstube-maren.de>", enc=B64, tolerated=("type.thank-you-only",),
         subject=f"Danke für Ihre Bestellung {o}", text=f"""Hallo,

vielen lieben Dank für Ihre Bestellung {o}!

Wenn Sie Lust auf Strickmuster, Einblicke in unsere kleine Werkstatt und
regelmäßige Gewinnspiele haben, folgen Sie uns doch auf Instagram unter
@strickstube.maren. Wir freuen uns auf Sie!

Liebe Grüße
Maren""")


# --------------------------------------------------------------------------------------------
# French (amazon.fr)
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("fr-macro", "fr", "Théière en fonte 0,8 L, noire")
    case("fr-macro-equipe", "quarantine", ["type.thank-you-only"],
         "Macro de l'outil de support : remerciements, 'notre service client reste à votre écoute', référence du "
         "ticket. Rien d'autre.",
         to=b, frm="Maison Kyusu <service@maison-kyusu.fr>", fmt="html", lang="fr", enc=B64,
         subject=f"Votre commande {o}", text=f"""Bonjour,

Toute l'équipe de Maison Kyusu tient à vous dire un grand merci pour
votre commande {o}.

Votre satisfaction est notre priorité : notre service client reste à votre
écoute du lundi au samedi pour toute question.

Belle journée à vous !
L'équipe Maison Kyusu
Réf. ticket #58120""")

    o, b = order("fr-plaid", "fr", "Plaid en laine mérinos 130x170, écru")
    case("fr-merci-prenez-en-soin", "quarantine", ["type.thank-you-only"],
         "Remerciements et 'prenez-en bien soin et il vous accompagnera longtemps' : un conseil de remplissage, "
         "sans aucune information utile sur la commande.",
         to=b, frm="Atelier Laine & Lin <atelier@laine-et-lin.fr>", enc=W1252,
         subject=f"Merci ! (commande {o})", text=f"""Bonjour,

Merci encore pour votre achat (commande {o}) !

Nous espérons que votre plaid vous apportera chaleur et réconfort pendant
de longues soirées. Prenez-en bien soin et il vous accompagnera longtemps.

Au plaisir,
Atelier Laine & Lin""")

    o, b = order("fr-confirm", "fr", "Tapis de yoga en liège 4 mm", **FRESH)
    case("fr-bonne-reception", "quarantine", ["type.order-confirmation"],
         "'Nous vous confirmons la bonne réception de votre commande', en préparation, partira sous 48 h : une "
         "confirmation de commande.",
         to=b, frm="Liège & Souffle <commandes@liege-souffle.fr>", fmt="alt", lang="fr",
         tolerated=("type.thank-you-only",),
         subject=f"Commande {o} bien reçue", text=f"""Bonjour,

Nous vous confirmons la bonne réception de votre commande {o}.
Nos équipes la préparent actuellement à Villeurbanne et elle
partira sous 24 à 48 heures ; le numéro de suivi vous sera communiqué dès
l'expédition.

Cordialement,
Liège & Souffle""")

    o, b = order("fr-bat", "fr", "Planche à découper gravée, prénoms au choix", **FRESH)
    proof = make_pdf("Bon a tirer - planche gravee",
                     ["Bon a tirer", f"Commande {o}", "Texte : Camille & Hugo - depuis 2019",
                      "Police : Garamond italique, 14 mm", "Position : centree, bas de la planche"],
                     producer="fortieth-corpus")
    case("fr-bon-a-tirer", "relay", [],
         "Un article personnalisé : bon à tirer joint, l'expédition se fera après validation. L'envoi n'est cité "
         "que pour expliquer l'étape de validation.",
         to=b, frm="Gravure & Bois <atelier@gravure-et-bois.fr>", enc=L1,
         attach=[(proof, "application", "pdf", "bon-a-tirer.pdf")],
         subject=f"Votre planche gravée : bon à tirer à valider (commande {o})", text=f"""Bonjour,

Votre planche (commande {o}) est prête à être gravée. Vous trouverez en
pièce jointe le bon à tirer avec « Camille & Hugo - depuis 2019 » en
Garamond italique.

Nous lançons la gravure et l'expédition dès votre validation : répondez
simplement « OK » à ce message, ou indiquez-nous les corrections. Sans
retour de votre part d'ici le 19 juin, la gravure sera décalée d'autant.

Bien à vous,
Lucie Garnier
Gravure & Bois""")

    o, b = order("fr-code", "fr", "Coffret de thés verts bio, 6 boîtes")
    case("fr-code-carte-reponse", "relay", [],
         "Réponse à la question de l'acheteuse sur un code promo : on lui explique qu'il ne s'applique pas aux "
         "commandes Amazon. Répondre à sa question n'est pas de la promotion.",
         to=b, frm="Les Thés de Léonie <bonjour@thes-leonie.fr>", enc=W1252,
         reply="Bonjour, il y avait une carte avec un code promo dans le colis mais il ne marche pas sur Amazon ?",
         subject=f"RE: code promo - commande {o}", text=f"""Bonjour,

Merci pour votre message au sujet de la commande {o}.

La carte glissée dans le colis date d'un ancien stock et vient de notre
boutique physique : son code ne peut malheureusement pas s'appliquer à une
commande passée sur Amazon, ni être déduit après coup. Désolée pour la
confusion, nous avons retiré ces cartes de nos colis.

Belle dégustation,
Léonie""")

    o, b = order("fr-collection", "fr", "Bougie parfumée figue 200 g")
    case("fr-collection-automne", "quarantine", ["type.marketing"],
         "'Notre collection automne vient d'arriver', trois nouveaux parfums à découvrir, 'les premiers lots "
         "partent vite' : annonce de nouveaux produits.",
         to=b, frm="Cire & Mèche <contact@cire-et-meche.fr>", fmt="html", lang="fr",
         logo=(logo_png("Cire & Meche", bg=(90, 60, 40)), "png", "Cire & Mèche"),
         subject=f"Du nouveau chez Cire & Mèche (commande {o})", text=f"""Bonjour,

Nous espérons que votre bougie à la figue (commande {o}) parfume déjà
votre intérieur.

Petite nouvelle : notre collection automne vient d'arriver ! Bois de
santal, marron glacé et feu de cheminée, trois nouveaux parfums à
découvrir dès maintenant dans notre boutique Amazon. Les premiers lots
partent toujours très vite.

À bientôt,
Cire & Mèche""")

    o, b = order("fr-portail", "fr", "Lampadaire arc en laiton, abat-jour lin", **TRANSIT)
    case("fr-code-portail", "relay", [],
         "Un remerciement suivi d'une information propre à la commande : le code portail saisi par l'acheteur "
         "n'est pas transmis au transporteur, le vendeur l'a ajouté sur l'étiquette.",
         to=b, frm="Lumière d'Arles <service@lumiere-arles.fr>", enc=B64, fmt="alt", lang="fr",
         subject=f"Votre lampadaire : code portail (commande {o})", text=f"""Bonjour,

Et merci d'avoir commandé chez nous (commande {o}).

Vous aviez noté dans les instructions de livraison « code portail 4512B ».
Ce champ n'est pas transmis automatiquement au transporteur pour les colis
longs comme votre lampadaire ; nous l'avons donc ajouté nous-mêmes sur
l'étiquette : aucune démarche de votre côté.

Si le code a changé entre-temps, dites-le-nous en réponse à ce message.

Cordialement,
Nadia Ferrand
Lumière d'Arles""")


# --------------------------------------------------------------------------------------------
# Spanish (amazon.es)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("es-abrazo", "es", "Cojín de lino lavado 45x45, terracota")
    case("es-taller-pequenito", "quarantine", ["type.thank-you-only"],
         "Carta cariñosa del taller: 'nos has alegrado el día', 'aquí seguimos para lo que te haga falta'. Solo "
         "agradecimiento y ofrecimiento de ayuda.",
         to=b, frm="Lino del Sur <rocio@linodelsur.es>", enc=L15,
         subject=f"Unas líneas desde Sevilla (pedido {o})", text=f"""¡Hola!

Somos un taller pequeñito en Sevilla y cada pedido que sale de aquí lo
celebramos como si fuera el primero, así que el tuyo, el {o},
nos ha alegrado el día.

Ojalá lo disfrutes muchísimo en casa.

Aquí seguimos para lo que te haga falta.

Un abrazo grande,
Rocío, de Lino del Sur""")

    o, b = order("es-seur", "es", "Freidora de aire 5,5 l, digital", **TRANSIT)
    case("es-ha-salido-almacen", "quarantine", ["type.order-confirmation"],
         "'Tu pedido ya ha salido de nuestro almacén y viaja con SEUR', referencia y plazo de entrega: una "
         "confirmación de envío.",
         to=b, frm="Cocinaplus <pedidos@cocinaplus.es>", fmt="html", lang="es", enc=B64,
         subject=f"Tu pedido {o} ya está en camino", text=f"""Hola:

Te informamos de que tu pedido {o} ya ha salido de nuestro
almacén y viaja con SEUR.

Referencia de envío: 53WZK0091472
Entrega estimada: 48/72 h laborables

Un saludo,
Equipo Cocinaplus""")

    o, b = order("es-dua", "es", "Cafetera italiana de acero, 6 tazas", purchased="2026-06-02T09:00:00Z",
                 shipped="2026-06-03T14:00:00Z", delivered="")
    case("es-aduana-canarias", "relay", [],
         "El envío se menciona solo para explicar la retención en la aduana de Canarias, y se pide el NIF/NIE "
         "que falta para el despacho: información necesaria para completar el pedido.",
         to=b, frm="Moka Hogar <atencion@mokahogar.es>", enc=W1252,
         subject=f"Pedido {o}: necesitamos tu NIF para la aduana", text=f"""Hola:

Tu cafetera (pedido {o}) salió de nuestro almacén de Valencia el 3 de
junio, pero, al ir a Canarias, tiene que pasar el despacho de importación.
La agencia de aduanas nos pide tu NIF o NIE para tramitar el DUA; sin ese
dato, el paquete se quedará retenido en Las Palmas.

¿Nos lo puedes indicar respondiendo a este mensaje? En cuanto lo tengamos,
la agencia lo libera en uno o dos días.

Gracias y disculpa la molestia,
Andrés Peña
Moka Hogar""")

    o, b = order("es-descuento", "es", "Set de cuchillos de cerámica, 4 piezas")
    case("es-codigo-corta10", "quarantine", ["type.marketing"],
         "'Te regalamos un 10 % en tu próxima compra con el código CORTA10' y un adelanto de la tabla a juego: "
         "cupón y promoción.",
         to=b, frm="Filo Blanco <hola@filoblanco.es>", fmt="alt", lang="es",
         subject=f"Un detalle por tu pedido {o}", text=f"""¡Hola!

Como agradecimiento por tu pedido {o}, te regalamos un 10 % para la
próxima vez que compres en nuestra tienda de Amazon: usa el código
CORTA10.

Y atento, que en julio sacamos la tabla de bambú a juego con los cuchillos.

Un saludo,
Filo Blanco""")

    o, b = order("es-junta", "es", "Olla a presión 6 l, apta para inducción")
    case("es-junta-correcta", "relay", [],
         "Se envía gratis una pieza de repuesto (la junta correcta) por un fallo del lote, con una advertencia de "
         "seguridad: resolver un problema del pedido, no publicidad.",
         to=b, frm="Menaje Ibáñez <postventa@menaje-ibanez.es>", enc=B64,
         subject=f"Importante: junta de tu olla (pedido {o})", text=f"""Hola:

Revisando el lote de tu olla (pedido {o}), hemos visto que
algunas unidades llevan la junta de silicona de 22 cm en lugar de la de
24 cm. Hoy te enviamos la junta correcta, sin coste, y no hace falta que
nos devuelvas la antigua.

Hasta que llegue, por favor no la uses a presión: puedes cocinar en ella
como en una olla normal, sin la tapa de cierre.

Perdona las molestias,
Servicio posventa de Menaje Ibáñez""")

    o, b = order("es-colchon", "es", "Colchón viscoelástico 135x190, enrollado", **TRANSIT)
    case("es-antes-de-abrirlo", "relay", [],
         "Un gracias y después una instrucción concreta sobre el producto comprado (colchón enrollado: tiempos de "
         "recuperación, cómo cortar el plástico). Hay contenido real.",
         to=b, frm="Descanso Norte <clientes@descansonorte.es>", fmt="html", lang="es",
         subject=f"Antes de abrir tu colchón (pedido {o})", text=f"""Hola:

Gracias por tu pedido {o}. Una cosa importante antes de abrirlo:

El colchón viaja comprimido y enrollado. Cuando le quites el plástico,
déjalo extendido al menos 24 horas antes de dormir en él, y unas 72 horas
para que recupere su altura completa de 22 cm.

Corta el plástico con tijeras de punta redonda, nunca con cúter, para no
rasgar la funda.

Un saludo,
Descanso Norte""")

    o, b = order("es-boletin", "es", "Lápices acuarelables, caja de 12")
    case("es-boletin-mensual", "quarantine", ["type.marketing"],
         "Invitación a suscribirse a un boletín mensual con ofertas solo para suscriptores: un newsletter.",
         to=b, frm="Papelería Trazo <trazo@papeleriatrazo.es>", enc=W1252,
         subject=f"¿Ya los has estrenado? (pedido {o})", text=f"""Hola:

¿Ya has estrenado los lápices de tu pedido {o}?

Cada mes mandamos a nuestra comunidad un boletín con láminas para
descargar, retos de dibujo y ofertas solo para suscriptores. Si te apetece
recibirlo, contesta a este mensaje con un «sí» y te damos de alta.

Un saludo,
Papelería Trazo""")


# --------------------------------------------------------------------------------------------
# Italian (amazon.it)
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("it-macro", "it", "Piatti fondi in ceramica di Vietri, set da 6")
    case("it-ufficio-assistenza", "quarantine", ["type.thank-you-only"],
         "Macro dell'ufficio assistenza: grazie per averci scelto, 'rimaniamo a sua completa disposizione'. "
         "Nient'altro.",
         to=b, frm="Ceramiche Russo <assistenza@ceramicherusso.it>", fmt="html", lang="it",
         subject=f"Ordine {o}", text=f"""Gentile cliente,

la ringraziamo per aver preferito Ceramiche Russo! Il suo ordine {o}
è per noi motivo di orgoglio.

Per ogni esigenza il nostro ufficio assistenza è raggiungibile anche
rispondendo a questo messaggio.

Cordiali saluti,
Ufficio Assistenza - Ceramiche Russo""")

    o, b = order("it-brt", "it", "Zaino da trekking 35 l, antracite", **TRANSIT)
    case("it-affidato-brt", "quarantine", ["type.order-confirmation"],
         "'Il tuo ordine è stato affidato al corriere BRT', codice di tracciamento e consegna prevista: conferma "
         "di spedizione.",
         to=b, frm="Altavia Outdoor <ordini@altavia-outdoor.it>", enc=L15, crlf=True,
         subject=f"Ordine {o} affidato al corriere", text=f"""Ciao!

Buone notizie: il tuo ordine {o} è partito stamattina con BRT.

Codice di tracciamento: 079125840012345
Consegna prevista: entro 2 giorni lavorativi

A presto,
Team Altavia Outdoor""")

    o, b = order("it-giacenza", "it", "Macchina per pasta manuale 150 mm", **TRANSIT)
    case("it-pacco-in-giacenza", "relay", [],
         "Consegna non riuscita: il pacco è in giacenza al GLS Point fino a una data, come ritirarlo o chiedere "
         "una nuova consegna. Necessario per ricevere l'acquisto.",
         to=b, frm="Pasta Fresca Shop <clienti@pastafrescashop.it>", enc=W1252,
         subject=f"Consegna non riuscita - ordine {o}", text=f"""Gentile cliente,

il corriere GLS ci segnala che ieri ha tentato la consegna del suo
ordine {o} senza trovare nessuno.

Il pacco è ora in giacenza presso il GLS Point di via Roma 12 fino al
24 giugno; può ritirarlo con un documento d'identità. Se preferisce una
nuova consegna a domicilio, ci indichi giorno e fascia oraria rispondendo
a questo messaggio e la organizziamo noi.

Cordiali saluti,
Giulia Ferri""")

    o, b = order("it-filtro", "it", "Purificatore d'aria HEPA H13, 40 m²")
    case("it-filtro-ricambio", "relay", [],
         "Risposta alla domanda del cliente su quale filtro di ricambio comprare e ogni quanto cambiarlo: "
         "nominare l'accessorio richiesto non è pubblicità.",
         to=b, frm="AriaPura Italia <supporto@ariapura-italia.it>", enc=B64, fmt="alt", lang="it",
         reply="Buongiorno, quale filtro di ricambio devo comprare e ogni quanto va cambiato?",
         subject=f"R: filtro di ricambio - ordine {o}", text=f"""Buongiorno,

per il purificatore del suo ordine {o} il filtro compatibile è il
"Filtro combinato HEPA H13 + carbone attivo FR-40"; su Amazon lo trova
cercando FR-40.

Con un uso quotidiano dura 6-8 mesi; quando la spia rossa sul
pannello resta accesa, è il momento di cambiarlo. Dopo la sostituzione
tenga premuto il tasto del timer per 5 secondi per azzerare il contatore.

Cordiali saluti,
Stefano Leone, AriaPura Italia""")

    o, b = order("it-saldi", "it", "Costume da bagno intero, blu notte")
    case("it-saldi-mare", "quarantine", ["type.marketing"],
         "'Sono iniziati i saldi estivi: fino al 40% su tutta la collezione mare': una promozione.",
         to=b, frm="Onda Chic <ciao@ondachic.it>", fmt="html", lang="it",
         logo=(logo_png("Onda Chic", bg=(20, 50, 110)), "png", "Onda Chic"),
         subject=f"Ordine {o} - i saldi sono iniziati", text=f"""Ciao!

Ti scriviamo perché sono iniziati i saldi estivi: fino al 40% su tutta
la collezione mare, parei e teli compresi. Approfittane finché ci sono
ancora le taglie!

Ordine di riferimento: {o}

Onda Chic""")

    o, b = order("it-agenda", "it", "Agenda settimanale 2027, copertina in pelle")
    case("it-consiglio-a-portata", "quarantine", ["type.thank-you-only"],
         "Ringraziamenti, auguri e un 'consiglio' vuoto ('la tenga sempre a portata di mano'): niente che il "
         "cliente debba sapere.",
         to=b, frm="Cartoleria Bianchi <negozio@cartoleriabianchi.it>", enc=L1,
         subject=f"Grazie di cuore (ordine {o})", text=f"""Gentile cliente,

grazie davvero per aver acquistato da noi (ordine {o}).

Le auguriamo che questa agenda l'accompagni in un anno pieno di
soddisfazioni. Un piccolo consiglio: la tenga sempre a portata di mano!

Per qualsiasi cosa, siamo qui.

Un caro saluto,
Cartoleria Bianchi""")

    o, b = order("it-espresso", "it", "Macchina da caffè espresso 15 bar, acciaio")
    case("it-acqua-residua", "relay", [],
         "Grazie e poi un'istruzione concreta sulla macchina acquistata (acqua residua del collaudo, due "
         "serbatoi a vuoto prima del primo caffè). Contenuto reale.",
         to=b, frm="Espresso Casa Moretti <info@espressocasamoretti.it>", enc=W1252, fmt="alt", lang="it",
         subject=f"Prima del primo caffè (ordine {o})", text=f"""Buongiorno,

grazie per l'acquisto (ordine {o}). Due righe prima di accenderla:

Ogni macchina viene collaudata in fabbrica con acqua, quindi è normale
trovare qualche goccia nel vassoio o nel serbatoio: non è usata.

Prima del primo caffè, faccia scorrere due serbatoi pieni d'acqua dal
gruppo e dal vapore, senza caffè, per eliminare i residui del collaudo.

Cordiali saluti,
Espresso Casa Moretti""")


# --------------------------------------------------------------------------------------------
# Japanese (amazon.co.jp)
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("ja-orei", "ja", "有田焼 豆皿 5枚セット")
    case("ja-kamamoto-orei", "quarantine", ["type.thank-you-only"],
         "窯元からの丁寧なお礼状：創業百年、職人の想い、「いつでもご連絡ください」、時候の挨拶のみ。",
         to=b, frm="有田 松窯 <info@arita-shougama.jp>", enc=JIS,
         subject=f"御礼（ご注文番号 {o}）", text=f"""お客様

この度は、数ある店の中から当窯をお選びいただき、心より御礼申し上げます。
（ご注文番号 {o}）

創業から百年、職人一同、一枚一枚に想いを込めて作陶しております。
お客様の食卓に小さな彩りを添えられましたら、これ以上の喜びはございません。

ご不明な点がございましたら、いつでもご連絡くださいませ。
季節の変わり目、どうぞご自愛くださいませ。

有田 松窯""")

    o, b = order("ja-hassou", "ja", "電動歯ブラシ 替えブラシ4本付き", **TRANSIT)
    case("ja-hassou-kanryou", "quarantine", ["type.order-confirmation"],
         "「本日発送いたしました」、配送業者と伝票番号のみ：発送完了のお知らせ。",
         to=b, frm="デンタルケア本舗 <shop@dentalcare-honpo.jp>", enc=SJIS,
         subject=f"【発送完了のお知らせ】ご注文番号 {o}", text=f"""お客様

ご注文番号 {o} の商品は、本日出荷いたしました。

配送業者：佐川急便
お問い合わせ伝票番号：401234567890

到着まで今しばらくお待ちくださいませ。

デンタルケア本舗""")

    o, b = order("ja-meire", "ja", "名入れ 木製ボールペン（レーザー刻印）", **FRESH)
    case("ja-kokuin-kakunin", "relay", [],
         "名入れ商品の刻印内容の確認依頼。発送には確認後の流れとして触れるだけ：カスタム内容の確認は許可される。",
         to=b, frm="木工房 ことのは <order@kotonoha-mokkou.jp>", fmt="alt", lang="ja",
         subject=f"刻印内容のご確認のお願い（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の名入れボールペンにつきまして、
刻印内容の最終確認をお願いいたします。

刻印文字：Haruka.S 2026.6
書体：筆記体

こちらの内容でよろしければ、本メッセージにご返信ください。
ご確認いただき次第、刻印を行い発送いたします。

木工房 ことのは""")

    o, b = order("ja-coupon", "ja", "国産ひのき まな板 Mサイズ")
    case("ja-jikai-coupon", "quarantine", ["type.marketing"],
         "次回使える10%OFFクーポンのコードと有効期限：クーポンによる販促。",
         to=b, frm="木のくらし 杣 <somaya@kinokurashi-soma.jp>", enc=EUC,
         subject=f"次回のお買い物に（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のひのきまな板は、お使いいただいておりますでしょうか。

次回のお買い物にご利用いただける10%OFFクーポンをお送りいたします。

クーポンコード：HINOKI10
有効期限：7月31日まで

木のくらし 杣""")

    o, b = order("ja-fuzai", "ja", "羽毛布団 シングル ホワイトダック90%", **TRANSIT)
    case("ja-mochimodori", "relay", [],
         "不在で持ち戻りになった旨と保管期限、再配達の依頼方法：発送への言及は配達トラブルの説明のため。",
         to=b, frm="ねむりの森 <support@nemurinomori.jp>", enc=JIS,
         subject=f"お荷物の保管期限について（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の羽毛布団につきまして、ヤマト運輸より、
6月13日にお届けにあがったもののご不在のため持ち戻りとなった旨の
連絡がございました。

保管期限は6月20日までとなっております。期限を過ぎますと当店へ返送
されてしまいますので、ご不在連絡票からヤマト運輸へ再配達をご依頼
ください。

ねむりの森""")

    o, b = order("ja-line", "ja", "宇治抹茶 粉末 100g")
    case("ja-line-tomodachi", "quarantine", ["type.marketing"],
         "LINE公式アカウントの友だち追加の呼びかけ（新茶の入荷情報やセール情報）：SNSフォローの依頼。",
         to=b, frm="茶房 みどり <info@sabou-midori.jp>", fmt="html", lang="ja", enc=B64,
         subject=f"ご注文番号 {o} につきまして", text=f"""お客様

ご注文番号 {o} の抹茶はお楽しみいただけておりますでしょうか。

当店のLINE公式アカウントでは、新茶の入荷やタイムセールのお知らせを
どこよりも早く配信中です。ぜひ「茶房 みどり」で検索して、
友だち追加をお願いいたします。

茶房 みどり""")

    o, b = order("ja-pan", "ja", "鉄フライパン 26cm 窒化加工")
    case("ja-karayaki-fuyou", "relay", [],
         "お礼に続いて、購入品固有の使用上の注意（窒化加工のため空焼き不要、油ならしの方法）：実質的な内容がある。",
         to=b, frm="鉄器工房 くろがね <kurogane@tekki-kurogane.jp>", enc=SJIS,
         subject=f"お使い始めの前に（ご注文番号 {o}）", text=f"""お客様

この度はご購入ありがとうございます。

ご注文番号 {o} の鉄フライパンは窒化加工済みのため、
お使い始めの空焼きは不要です。空焼きをすると加工が傷んでしまいます。

最初に、くず野菜を多めの油で炒める「油ならし」だけ行ってください。
使用後は洗剤を使わず、お湯とたわしで洗って火にかけて乾かしてください。

鉄器工房 くろがね""")


# --------------------------------------------------------------------------------------------
# Portuguese (amazon.com.br)
# --------------------------------------------------------------------------------------------

def cases_pt() -> None:
    o, b = order("pt-rede", "pt", "Rede de descanso algodão, casal")
    case("pt-so-passando", "quarantine", ["type.thank-you-only"],
         "'Passando aqui só pra agradecer', as artesãs, 'qualquer coisinha é só chamar': só agradecimento e "
         "oferta de ajuda.",
         to=b, frm="Tear Nordestino <contato@tearnordestino.com.br>", enc=W1252,
         subject=f"Obrigada! (pedido {o})", text=f"""Olá!

Passando aqui só pra agradecer de coração pela sua compra (pedido
{o}). Aqui no Tear Nordestino cada peça é feita à mão por
artesãs de São Bento, e saber que uma delas foi pra sua casa deixa a
gente muito feliz.

Qualquer coisinha, é só chamar que a gente responde rapidinho!

Abraço,
Equipe Tear Nordestino""")

    o, b = order("pt-confirm", "pt", "Liquidificador 1200 W, 12 velocidades", **FRESH)
    case("pt-em-separacao", "quarantine", ["type.order-confirmation"],
         "'Confirmamos o recebimento do seu pedido', em separação, despachado em até 2 dias úteis: confirmação "
         "de pedido.",
         to=b, frm="Eletrocasa Prime <pedidos@eletrocasaprime.com.br>", fmt="html", lang="pt", enc=B64,
         tolerated=("type.thank-you-only",),
         subject=f"Pedido {o} confirmado", text=f"""Olá, tudo bem?

Confirmamos o recebimento do seu pedido {o}. Ele já está em
separação no nosso centro de distribuição em Barueri e será despachado em
até 2 dias úteis. Assim que sair, você recebe o código de rastreio.

Atenciosamente,
Eletrocasa Prime""")

    o, b = order("pt-greve", "pt", "Cadeira de escritório ergonômica, tela mesh",
                 purchased="2026-06-04T09:00:00Z", shipped="2026-06-05T15:00:00Z", delivered="")
    case("pt-carga-parada", "relay", [],
         "O despacho é citado só para explicar o atraso (carga parada por greve), com nova previsão e as opções "
         "se não chegar: problema de entrega, não confirmação de envio.",
         to=b, frm="Ergo Lar <sac@ergolar.com.br>", enc=L1, crlf=True,
         subject=f"Atraso na entrega do pedido {o}", text=f"""Olá,

Seu pedido {o} foi despachado no dia 5 pela Jadlog, mas a
transportadora nos avisou que a carga ficou parada no centro de
distribuição de Contagem por causa da paralisação dos caminhoneiros.

Pela transportadora, a entrega agora deve acontecer até 20/06. Se não chegar até lá, você escolhe:
reenviamos a cadeira ou fazemos o reembolso integral. É só responder esta
mensagem.

Desculpe o transtorno,
Fernanda, Ergo Lar""")

    o, b = order("pt-cupom", "pt", "Kit 3 panos de prato bordados")
    case("pt-volta-sempre", "quarantine", ["type.marketing"],
         "'Um cupom de 15% OFF pra sua próxima compra: VOLTASEMPRE15': cupom promocional.",
         to=b, frm="Bordados da Vó Lena <loja@bordadosdavolena.com.br>", fmt="alt", lang="pt",
         subject=f"Um mimo pra você (pedido {o})", text=f"""Oi!

Seus panos de prato do pedido {o} já chegaram?

Como forma de carinho, separamos um cupom de 15% OFF pra sua próxima compra
na nossa loja: VOLTASEMPRE15. Vale por 30 dias!

Beijos,
Bordados da Vó Lena""")

    o, b = order("pt-duvida", "pt", "Fone de ouvido Bluetooth esportivo")
    case("pt-cupom-nao-entrou", "relay", [],
         "Resposta à dúvida do comprador sobre por que o cupom da página não foi descontado: explicar o cupom "
         "perguntado não é promoção.",
         to=b, frm="SomFit Acessórios <atendimento@somfit.com.br>", enc=B64,
         reply="Tinha um cupom de R$ 20 na página do fone mas não foi descontado no meu pedido. Por quê?",
         subject=f"Re: cupom - pedido {o}", text=f"""Olá,

O cupom de R$ 20 que aparecia na página do fone era da própria Amazon e
valia até 31/05. Seu pedido {o} foi feito em 02/06, por isso
o desconto não entrou.

Como não somos nós que aplicamos os cupons da Amazon, infelizmente não
conseguimos incluí-lo depois da compra.

Abraço,
Lucas, SomFit Acessórios""")

    o, b = order("pt-pes", "pt", "Estante de aço 5 prateleiras, 180 cm")
    case("pt-pes-niveladores", "relay", [],
         "Peça de reposição enviada sem custo (pés niveladores da medida certa): o envio citado é o da peça que "
         "resolve o problema, não uma confirmação de pedido nem publicidade.",
         to=b, frm="Metalfort Móveis <posvenda@metalfort.com.br>", enc=W1252,
         subject=f"Pés niveladores da sua estante (pedido {o})", text=f"""Olá,

Percebemos que o kit de montagem do seu pedido {o} saiu com os
pés niveladores de 8 mm, mas a sua estante usa os de 10 mm: os de 8 mm
ficam frouxos e a estante pode balançar.

Já postamos pelos Correios os 4 pés corretos, sem custo. Até chegarem,
monte a estante sem os pés e não coloque peso nas prateleiras de cima.

Atenciosamente,
Pós-venda Metalfort""")

    o, b = order("pt-insta", "pt", "Sabonete artesanal de argila, kit com 4")
    case("pt-bastidores-sorteios", "quarantine", ["type.marketing"],
         "'Que tal acompanhar a gente no Instagram e no TikTok?', com sorteios todo mês: pedido para seguir nas "
         "redes sociais.",
         to=b, frm="Saboaria da Lua <oi@saboariadalua.com.br>", fmt="html", lang="pt",
         logo=(logo_jpeg("SABOARIA DA LUA"), "jpeg", "Saboaria da Lua"),
         subject=f"E aí, gostou? (pedido {o})", text=f"""Oi!

Esperamos que você esteja gostando dos sabonetes do pedido {o}.

Que tal acompanhar a gente no Instagram e no TikTok? Lá tem receitinhas de
skincare, bastidores da produção e sorteio todo mês: @saboariadalua

Um cheirinho,
Saboaria da Lua""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja, cases_pt))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="fortieth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
