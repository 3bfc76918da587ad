#!/usr/bin/env python3
"""Build the fifty-fourth labelled corpus: orders.csv, cases/*.eml and labels.json.

    .venv/bin/python tests/corpus_fiftyfourth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, before reading the rule code or data. Contact details and links the way sellers sneak
them past a filter, in ten languages (en, de, fr, es, it, nl, pl, sv, tr, ja), five cases each: two compliant
near-misses that carry the same vocabulary (carrier and manufacturer lines, tracking numbers, postcodes, tax
numbers, EAN/ASIN, "point relais", pasta "chiocciole", an '@' that cannot be engraved, https links to Amazon) and
three violations (addresses spelt "at/dot" in the local words, full-width at signs, mailto: links, labelled phone
numbers in local formats, bare www. addresses, shorteners, Amazon lookalike hosts, defanged hxxp links and
"reply STOP" opt-outs).
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
    page,
    quote,
    reply_headers,
    set_boundaries,
    text2html,
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(54_2026_1127)
_PREFIX = {"com": "11", "co.uk": "20", "de": "30", "fr": "40", "es": "40", "it": "40", "nl": "40", "pl": "40",
           "se": "40", "com.tr": "40", "co.jp": "25"}
_TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pl": "pl", "sv": "se",
        "tr": "com.tr", "ja": "co.jp"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T09:30:00Z", shipped="2026-06-02T14:00:00Z",
                 delivered="2026-06-05T11:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
TRANSIT = {"delivered": "", "shipped": "2026-06-10T16:00:00Z", "purchased": "2026-06-09T08:00:00Z"}

UTF = {"charset": "utf-8", "cte": "quoted-printable"}
B64 = {"charset": "utf-8", "cte": "base64"}
L1 = {"charset": "windows-1252", "cte": "quoted-printable"}
L2 = {"charset": "iso-8859-2", "cte": "quoted-printable"}
L9 = {"charset": "iso-8859-9", "cte": "quoted-printable"}
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}

TARGET = ["content.email-address", "content.phone-number", "link.insecure", "link.external", "link.opt-out",
          "type.order-confirmation", "type.thank-you-only", "type.marketing", "review.incentive",
          "review.removal-request", "review.conditional", "review.repeat", "order-problem.cancellation-request",
          "order-problem.no-adjustment", "return.unnecessary", "content.sensitive", "language.mismatch"]
OTHER = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "style.emoji",
         "style.line-breaks", "style.link-text", "image.logo-link", "attachment.not-allowed"]


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str, text: str,
         day: int = 12, reply: str = "", tolerated: tuple[str, ...] = (), enc: dict | None = None,
         html: str | None = None, fmt: str = "text", lang: str = "", crlf: bool = False) -> None:
    """One case. fmt: text (plain), alt (text + HTML made from the text) or html (HTML only); `html` gives the
    HTML body by hand (for href/mailto links). `reply` quotes the buyer: the message answers a buyer. Every rule
    of TARGET and OTHER not named in `rules` (or tolerated) must stay silent."""
    hdrs = reply_headers(f"0100019c.f54.{slug[:24]}") if reply else []
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = text.strip("\n") + "\n"
    if reply:
        body += "\n" + quote(reply) + "\n"
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*TARGET, *OTHER) if r not in rules and r not in tol]
    kw = dict(enc or UTF)
    hbody = html if html is not None else text2html(body)
    if fmt == "text" and html is None:
        kw["text"] = body
    else:
        kw["html"] = page(hbody, lang or "en")
        if fmt != "html":
            kw["text"] = body
    msg = mk(frm, to, subject, mail_date(day, "11:17:42", "+0200"), f"<f54.{slug}@{dom}>", headers=hdrs, **kw)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, crlf=crlf)


# --------------------------------------------------------------------------------------------
# English (amazon.com)
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    o, b = order("en-ups", "en", "Cast Iron Dutch Oven 6 Qt, Enameled, Sage", **TRANSIT)
    case("en-ups-hotline-route-stop", "relay", [],
         "Answers 'where is my parcel' with the UPS tracking number and UPS's own phone line on the same line "
         "as UPS; 'Stop 14 of 22' is the driver's route, not an opt-out; the ZIP code is no phone number.",
         to=b, frm="Copperleaf Kitchen <orders@copperleafkitchen.com>", day=13, crlf=True,
         reply="Hi, the tracking page hasn't changed since yesterday. Is my dutch oven lost?",
         subject="Re: Where is my dutch oven?", text=f"""Hi there,

Thanks for checking in about order {o}. Your dutch oven is not lost:
it left our warehouse on June 10 and is with UPS under tracking number
1Z 8F3 V47 03 9182 4410. The last scan was at the UPS hub in Atlanta, GA 30336.

When the UPS app shows something like "Stop 14 of 22", that is simply the
driver's route for the day; delivery is expected by Monday.

If the status doesn't move by then, UPS customer service can open a trace for
you at 1-800-742-5877 (have the tracking number ready), or just reply here and
we will chase it for you.

Best,
Dana
Copperleaf Kitchen""")

    o, b = order("en-engrave", "en", "Personalized Walnut Cutting Board, 16 x 11 in")
    case("en-engraving-at-sign-asin", "relay", [],
         "Asks for the engraving text needed to make a custom order; the '@' that cannot be engraved, the "
         "ASIN, model number, price and the https link to Amazon's order page are not contact details.",
         to=b, frm="Grain & Gather Woodshop <studio@grainandgather.com>", day=3, fmt="html", lang="en",
         subject=f"Engraving text for your cutting board - order {o}", text="",
         html=f"""<p>Hello,</p>
<p>Thank you for ordering the personalized walnut cutting board (order {o},
ASIN B0D2MX7QLK, model WB-1611-N, $64.00). Before we start engraving we need the text you would like on
the board.</p>
<p>Please reply to this message with up to two lines of 20 characters each. Letters, numbers, &amp; and
hyphens work well; the @ and # signs do not engrave cleanly at this size, so we leave them out. A dot
between initials (J.R.) is fine.</p>
<p>You can check the personalization you entered at checkout under
<a href="https://www.amazon.com/gp/your-account/order-details?orderID={o}">your order details on Amazon</a>.</p>
<p>We will start once we have your reply, and the board ships within two business days after that.</p>
<p>Thank you,<br>
Owen<br>
Grain &amp; Gather Woodshop</p>""")

    o, b = order("en-email", "en", "Custom Pet Portrait on Canvas, 12 x 16 in")
    case("en-photos-to-at-dot-com", "reject", ["content.email-address"],
         "Asks for the photos at an address spelt 'hello at brightcanvasco dot com' instead of through "
         "Amazon's messages: an email address.",
         to=b, frm="Bright Canvas Co <orders@brightcanvasco.com>", day=4,
         reply="Hi, I ordered the pet portrait. How do I get you the picture of my dog?",
         subject="Re: Picture for my portrait", text=f"""Hi!

Thanks for your order {o}. The photo should be sharp and taken in
daylight, ideally at your dog's eye level.

Attachments here sometimes get compressed, so please send the original
file to hello at brightcanvasco dot com and put your order number in the
subject line. We'll send you a proof within two days.

Warm regards,
Priya
Bright Canvas Co""")

    o, b = order("en-whatsapp", "en", "Bluetooth Meat Thermometer, 4 Probes")
    case("en-text-us-whatsapp", "reject", ["content.phone-number"],
         "Moves a pairing question to the seller's own WhatsApp/text number: a phone number with no carrier, "
         "warranty or manufacturer context.",
         to=b, frm="GrillSense Direct <support@grillsensedirect.com>", day=9,
         reply="The app doesn't find the thermometer. Bluetooth is on. What am I missing?",
         subject="Re: App can't find thermometer", text=f"""Hi,

Sorry for the trouble with order {o}. Most of the time the base unit
just needs to be woken up: hold the power button for 5 seconds until the
light blinks blue, then open the app and tap "Add device".

If it still doesn't show up, text or WhatsApp us on (415) 555-0143 with a
screenshot of the app and we'll walk you through it in a couple of minutes.

Cheers,
Marco
GrillSense Direct""")

    o, b = order("en-stop", "en", "Linen Blend Throw Blanket, Oatmeal")
    case("en-review-reply-stop", "reject", ["link.opt-out"],
         "A neutral review request that closes with 'reply STOP and we won't message you again': an "
         "opt-out from messaging.",
         to=b, frm="Hearthside Textiles <care@hearthsidetextiles.com>", day=11,
         subject=f"How is your throw blanket? Order {o}", text=f"""Hello,

Your linen blend throw from order {o} arrived a few days ago. A tip
for the first wash: cold water, gentle cycle, and tumble dry on low so the
linen softens without shrinking.

If you have a minute, we'd appreciate an honest review on Amazon; it helps
other shoppers decide.

Not interested in hearing from us? Reply STOP and we won't message you again.

Hearthside Textiles""")


# --------------------------------------------------------------------------------------------
# German (amazon.de)
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = order("de-dhl", "de", "Espressomaschine Siebträger 15 bar, Edelstahl", **TRANSIT)
    case("de-dhl-packstation-hotline", "relay", [],
         "Antwort auf 'Wo ist mein Paket?': DHL-Sendungsnummer, Packstation-Nummer, Postleitzahl und die "
         "DHL-Hotline in derselben Zeile wie DHL; 'abmelden' betrifft die Packstation, nicht Nachrichten.",
         to=b, frm="Crema Haus <service@cremahaus.de>", enc=L1, day=13,
         reply="Hallo, laut Amazon ist mein Paket zugestellt, aber ich habe nichts bekommen.",
         subject="AW: Paket nicht erhalten", text=f"""Hallo,

danke für Ihre Nachricht zur Bestellung {o}. Laut DHL wurde das Paket
(Sendungsnummer 00340 43416 10940 42557) gestern um 17:42 Uhr in die
Packstation 118 in 10115 Berlin eingelegt. Die Abholbenachrichtigung mit dem
Code sollte in Ihrer DHL-App oder per SMS angekommen sein.

Falls nicht, hilft der DHL-Kundenservice unter 0228 4333112 weiter. Die
Zustellung an eine Packstation können Sie in der App auch jederzeit wieder
abmelden, dann kommen künftige Pakete an die Haustür.

Viele Grüße
Jonas Weber
Crema Haus""")

    o, b = order("de-warranty", "de", "Akku-Staubsauger VX 300, 2 Akkus")
    case("de-herstellergarantie-ean", "relay", [],
         "Garantiefall: die Nummer der Hersteller-Garantieabwicklung steht in der Zeile nach 'Hersteller' und "
         "'Garantie'; EAN, Modellnummer und Preis sind keine Telefonnummern.",
         to=b, frm="Haushaltsprofi Lenz <info@haushaltsprofi-lenz.de>", enc=L1, day=10,
         reply="Der Sauger geht nach zwei Minuten aus. Ist das ein Garantiefall?",
         subject="AW: Sauger geht aus", text=f"""Guten Tag,

das klingt nach dem Überhitzungsschutz des Akkus und ist ein Garantiefall.
Ihr Gerät (VX 300, EAN 4006381333931, gekauft für 249,00 EUR mit der
Bestellung {o}) hat zwei Jahre Herstellergarantie.

Den Akkutausch übernimmt der Hersteller direkt; die Garantieabwicklung erreichen Sie unter:
Tel. 0800 / 33 44 220 (Mo-Fr 8-18 Uhr)

Halten Sie bitte die Seriennummer vom Typenschild bereit.

Mit freundlichen Grüßen
Petra Lenz""")

    o, b = order("de-sig", "de", "Kaffeemühle elektrisch, Kegelmahlwerk")
    case("de-signatur-tel-mailto", "reject", ["content.phone-number", "content.email-address"],
         "Die Signatur eines Shopsystems nennt 'Tel.: 030 / 847 12 96-0' und verlinkt die Shop-Adresse per "
         "mailto:: eigene Telefonnummer und E-Mail-Adresse des Verkäufers.",
         to=b, frm="Mühlenwerk Berlin <bestellung@muehlenwerk-berlin.de>", day=6, fmt="alt", lang="de",
         subject=f"Rückfrage zu Ihrer Lieferadresse - Bestellung {o}", text=f"""Guten Tag,

zu Ihrer Bestellung {o} haben wir eine kurze Rückfrage: In der
Lieferadresse fehlt die Hausnummer. Bitte nennen Sie sie uns in einer
Antwort auf diese Nachricht, damit das Paket ankommt.

Mit freundlichen Grüßen
Ihr Team von Mühlenwerk Berlin

--
Mühlenwerk Berlin GmbH · Kastanienallee 41 · 10435 Berlin
Tel.: 030 / 847 12 96-0
E-Mail: bestellung@muehlenwerk-berlin.de""",
         html=f"""<p>Guten Tag,</p>
<p>zu Ihrer Bestellung {o} haben wir eine kurze Rückfrage: In der Lieferadresse fehlt die Hausnummer.
Bitte nennen Sie sie uns in einer Antwort auf diese Nachricht, damit das Paket ankommt.</p>
<p>Mit freundlichen Grüßen<br>Ihr Team von Mühlenwerk Berlin</p>
<p>--<br>Mühlenwerk Berlin GmbH · Kastanienallee 41 · 10435 Berlin<br>
Tel.: 030 / 847 12 96-0<br>
<a href="mailto:bestellung@muehlenwerk-berlin.de">E-Mail an Mühlenwerk Berlin schreiben</a></p>""")

    o, b = order("de-bracket", "de", "Kaffeemühle Handbetrieb, Keramikmahlwerk")
    case("de-at-punkt-klammern", "reject", ["content.email-address"],
         "Bittet um das Video an 'werkstatt [at] kaffeemuehlen-klein [punkt] de': eine verschleierte "
         "E-Mail-Adresse.",
         to=b, frm="Kaffeemühlen Klein <shop@kaffeemuehlen-klein.de>", enc=L1, day=9,
         reply="Die Mühle knirscht beim Drehen und mahlt ungleichmäßig.",
         subject="AW: Mühle knirscht", text=f"""Hallo,

danke für die Beschreibung zu Bestellung {o}. Damit wir sehen, ob das
Mahlwerk verkantet ist, bräuchten wir ein kurzes Video beim Mahlen.

Weil Amazon Videos hier nicht durchlässt, schicken Sie es bitte an
werkstatt [at] kaffeemuehlen-klein [punkt] de. Wir melden uns dann noch am
selben Tag.

Viele Grüße
Tobias Klein""")

    o, b = order("de-abmelden", "de", "Vorratsdosen Glas 6er Set mit Bambusdeckel")
    case("de-bewertung-abmelden", "reject", ["link.opt-out"],
         "Neutrale Bewertungsbitte mit dem Zusatz 'antworten Sie mit ABMELDEN': eine Abmeldung von Nachrichten.",
         to=b, frm="Küchenordnung <hallo@kuechenordnung.de>", enc=L1, day=11,
         subject=f"Ihre Vorratsdosen (Bestellung {o})", text=f"""Hallo,

Ihre Vorratsdosen aus der Bestellung {o} sind inzwischen bei Ihnen.
Die Bambusdeckel bitte nicht in die Spülmaschine geben, sondern nur feucht
abwischen, dann bleiben sie lange dicht.

Über eine ehrliche Bewertung auf Amazon würden wir uns freuen.

Sie möchten keine weiteren Nachrichten von uns erhalten? Antworten Sie
einfach mit ABMELDEN.

Küchenordnung""")


# --------------------------------------------------------------------------------------------
# French (amazon.fr)
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("fr-relais", "fr", "Théière en fonte 1,2 L, motif bambou", **TRANSIT)
    case("fr-point-relais-colissimo", "relay", [],
         "Réponse sur un colis en point relais : numéro de suivi, code postal et le numéro de Colissimo sur "
         "la même ligne que le transporteur ; 'point relais' n'est pas un point d'adresse e-mail.",
         to=b, frm="Maison du Thé Noir <contact@maisonduthenoir.fr>", day=13,
         reply="Bonjour, je n'ai pas reçu ma théière, le suivi indique 'disponible'.",
         subject="RE: Théière pas reçue", text=f"""Bonjour,

Merci pour votre message concernant la commande {o}. D'après
Colissimo, votre théière est disponible depuis hier au point relais
« Tabac de la Gare », 12 rue Jean Jaurès, 69007 Lyon (numéro de suivi
6A23819044516).

Le colis y reste 10 jours. Pensez à prendre une pièce d'identité. En cas de
souci au point relais, le service client Colissimo répond au 36 31.

Bien cordialement,
Claire
Maison du Thé Noir""")

    o, b = order("fr-siret", "fr", "Lampe de bureau LED en laiton, personnalisable")
    case("fr-gravure-siret-tva", "relay", [],
         "Demande du texte à graver (nécessaire à la commande) ; SIRET, TVA, prix et date ne sont pas des "
         "numéros de téléphone, et 'arobase' décrit un caractère impossible à graver.",
         to=b, frm="Atelier Laiton & Co <atelier@laiton-co.fr>", day=4,
         subject=f"Gravure de votre lampe - commande {o}", text=f"""Bonjour,

Merci pour votre commande {o} (lampe en laiton, 89,00 EUR). Pour
la plaque gravée, il nous manque le texte souhaité : deux lignes de
18 caractères au maximum. L'arobase et les accents circonflexes ne se gravent
pas bien à cette taille ; nous les remplaçons par des lettres simples.

Répondez simplement à ce message avec votre texte avant le 10/06/2026 pour
une expédition cette semaine.

Cordialement,
Lucie Marchand
Atelier Laiton & Co - SIRET 812 345 678 00021 - TVA FR 40 812345678""")

    o, b = order("fr-arobase", "fr", "Guirlande lumineuse 10 m, 100 LED blanc chaud")
    case("fr-arobase-point-fr", "reject", ["content.email-address"],
         "Adresse écrite 'sav.lumisol arobase orange point fr' pour recevoir une vidéo : une adresse e-mail.",
         to=b, frm="Lumisol <boutique@lumisol-deco.fr>", enc=L1, day=9,
         reply="La moitié de la guirlande ne s'allume plus.",
         subject="RE: Guirlande en panne", text=f"""Bonjour,

Désolés pour ce souci sur la commande {o}. Souvent, c'est le
connecteur du transformateur qui est mal enfoncé.

Si cela ne suffit pas, envoyez-nous une courte vidéo à l'adresse
sav.lumisol arobase orange point fr pour que nous puissions vous proposer
une solution.

Cordialement,
Lumisol""")

    o, b = order("fr-tel", "fr", "Chaise de bureau ergonomique, maille noire")
    case("fr-tel-points-service-client", "reject", ["content.phone-number"],
         "'Notre service client : 04.78.92.15.63' : le numéro du vendeur lui-même, écrit avec des points.",
         to=b, frm="Bureau Confort <service@bureau-confort.fr>", enc=L1, day=10,
         reply="Il manque une vis pour l'accoudoir gauche.",
         subject="RE: Vis manquante", text=f"""Bonjour,

Nous sommes désolés qu'une vis manque pour la commande {o}. Nous
vous envoyons un sachet de visserie complet dès demain.

Pour le montage, notre service client : 04.78.92.15.63 (du lundi au
vendredi, 9h-17h).

Bonne journée,
Bureau Confort""")

    o, b = order("fr-hxxp", "fr", "Coffret de couteaux de cuisine japonais, 5 pièces")
    case("fr-hxxp-notice", "reject", ["link.insecure"],
         "Notice envoyée comme 'hxxp://www.lames-dor.fr/notice-k5' : un lien http maquillé vers le site du "
         "vendeur.",
         to=b, frm="Lames d'Or <contact@lames-dor.fr>", enc=L1, day=8,
         reply="Comment aiguiser ces couteaux ? Il n'y avait pas de notice.",
         subject="RE: Aiguisage", text=f"""Bonjour,

Merci pour votre question sur la commande {o}. Ces lames s'aiguisent
sur une pierre à eau grain 1000, avec un angle de 15 degrés.

La notice complète avec les photos est ici (remplacez hxxp par http) :
hxxp://www.lames-dor.fr/notice-k5

Cordialement,
Lames d'Or""")


# --------------------------------------------------------------------------------------------
# Spanish (amazon.es)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("es-seur", "es", "Olla a presión 6 L, acero inoxidable", **TRANSIT)
    case("es-seur-oficina-codigo-postal", "relay", [],
         "Responde sobre un envío con SEUR: número de envío, código postal, precio y el teléfono de atención "
         "de SEUR en la misma frase que el transportista.",
         to=b, frm="Cocina Total <pedidos@cocinatotal.es>", day=13,
         reply="Hola, el seguimiento dice 'ausente' pero yo estaba en casa.",
         subject="RE: Entrega fallida", text=f"""Hola,

Sentimos lo ocurrido con el pedido {o} (olla a presión, 59,90 EUR).
SEUR indica un intento de entrega el 12/06; el paquete (envío
SE-20456718) está ahora en su tienda Pickup de la calle Embajadores 58,
28012 Madrid.

Puede recogerlo allí o pedir una nueva entrega llamando a atención al
cliente de SEUR en el 963 22 22 22.

Un saludo,
Lucía
Cocina Total""")

    o, b = order("es-garantia", "es", "Robot aspirador RX-50 con mopa")
    case("es-garantia-fabricante-modelo", "relay", [],
         "El servicio técnico oficial del fabricante, con su teléfono en la línea siguiente a 'garantía del "
         "fabricante'; modelo y número de serie no son teléfonos.",
         to=b, frm="Hogar Inteligente <ayuda@hogarinteligente.es>", day=10,
         reply="El robot no vuelve a la base de carga.",
         subject="RE: No vuelve a la base", text=f"""Hola,

Gracias por escribirnos sobre el pedido {o}. Si ya ha limpiado los
sensores de carga y el robot sigue sin volver, es un fallo cubierto por la
garantía del fabricante de dos años. El servicio técnico oficial es:
902 10 20 30 (modelo RX-50, tenga a mano el número de serie S/N 50A1-88421).

Ellos recogen el robot en su domicilio sin coste.

Un saludo,
Hogar Inteligente""")

    o, b = order("es-arroba", "es", "Juego de té matcha con batidor de bambú")
    case("es-arroba-punto-es", "reject", ["content.email-address"],
         "Pide escribir a 'pedidos arroba lacasadelmatcha punto es': una dirección de correo escrita en "
         "palabras.",
         to=b, frm="La Casa del Matcha <info@lacasadelmatcha.es>", day=9,
         reply="¿Puedo cambiar el batidor por uno de 100 varillas?",
         subject="RE: Cambio de batidor", text=f"""Hola,

Claro que sí, para el pedido {o} podemos cambiar el batidor por el
de 100 varillas sin coste.

Para gestionarlo más rápido, escríbanos a pedidos arroba lacasadelmatcha
punto es indicando la dirección de entrega.

Un saludo,
La Casa del Matcha""")

    o, b = order("es-wa", "es", "Zapatillas de trail running, talla 42")
    case("es-whatsapp-movil", "reject", ["content.phone-number"],
         "'Llámenos o escríbanos por WhatsApp al 612 34 56 78': número propio del vendedor.",
         to=b, frm="Sendero Sport <tienda@senderosport.es>", day=8,
         reply="Me quedan pequeñas, ¿cómo hago el cambio de talla?",
         subject="RE: Cambio de talla", text=f"""Hola,

Sentimos que las zapatillas del pedido {o} le queden pequeñas.
Puede solicitar la devolución desde Mis pedidos en Amazon y comprar la
talla 43.

Si tiene dudas con la talla, llámenos o escríbanos por WhatsApp al
612 34 56 78 y le aconsejamos.

Saludos,
Sendero Sport""")

    o, b = order("es-short", "es", "Funda nórdica 150 cm, lino lavado")
    case("es-acortador-tinyurl", "reject", ["link.external"],
         "La guía de medidas se enlaza con un acortador (https://tinyurl.com/...): un enlace https a un sitio "
         "que no es de Amazon.",
         to=b, frm="Lino y Casa <hola@linoycasa.es>", day=7,
         reply="¿La funda de 150 sirve para un nórdico de 220 x 220?",
         subject="RE: Medidas funda", text=f"""Hola,

La funda del pedido {o} mide 240 x 220 cm, así que un nórdico de
220 x 220 cabe sin problema.

Aquí tiene la guía de medidas con todas las combinaciones:
https://tinyurl.com/linocasa-medidas

Un saludo,
Lino y Casa""")


# --------------------------------------------------------------------------------------------
# Italian (amazon.it)
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("it-brt", "it", "Pasta di Gragnano: chiocciole integrali, 6 x 500 g", **TRANSIT)
    case("it-chiocciole-punto-ritiro-brt", "relay", [],
         "Le 'chiocciole' sono un formato di pasta, il 'punto di ritiro' è di BRT; numero di spedizione e "
         "telefono dell'assistenza BRT nella stessa riga del corriere.",
         to=b, frm="Pastificio Vesuviano <ordini@pastificiovesuviano.it>", day=13,
         reply="Buongiorno, il pacco con la pasta non è ancora arrivato.",
         subject="R: Pacco non arrivato", text=f"""Buongiorno,

le chiocciole integrali dell'ordine {o} sono in consegna con BRT
(spedizione n. 0605 1234 5678). Non trovandola in casa, il corriere le
ha lasciate al punto di ritiro BRT di via Roma 14, 80121 Napoli.

Per spostare la consegna può chiamare l'assistenza clienti BRT allo
011 397 5000.

Cordiali saluti,
Pastificio Vesuviano""")

    o, b = order("it-resi", "it", "Piumino matrimoniale 4 stagioni")
    case("it-resi-amazon-partita-iva", "relay", [],
         "Risposta su un reso con un link https al centro resi di Amazon; partita IVA e REA della firma non "
         "sono telefoni.",
         to=b, frm="Casa del Piumino <servizio@casadelpiumino.it>", day=10,
         reply="Il piumino è troppo caldo per noi, posso restituirlo?",
         subject="R: Reso piumino", text=f"""Gentile cliente,

certo, per l'ordine {o} il reso è gratuito entro 30 giorni.
Può avviarlo dal Centro resi di Amazon:
https://www.amazon.it/gp/orc/returns/homepage.html

Il rimborso parte appena il piumino rientra in magazzino.

Cordiali saluti,
Casa del Piumino s.r.l. - P. IVA 03842170961 - REA MI-1712345""")

    o, b = order("it-chio", "it", "Grembiule da cucina in jeans, personalizzato")
    case("it-chiocciola-punto-it", "reject", ["content.email-address"],
         "Chiede il logo a 'grafica chiocciola tessilemilano punto it': un indirizzo e-mail scritto a parole.",
         to=b, frm="Tessile Milano <negozio@tessilemilano.it>", day=5,
         reply="Posso far ricamare il logo del mio ristorante sul grembiule?",
         subject="R: Logo sul grembiule", text=f"""Buongiorno,

sì, per l'ordine {o} possiamo ricamare il logo. Ci serve il file in
buona risoluzione (PDF o PNG).

Lo invii per favore a grafica chiocciola tessilemilano punto it, così il
nostro grafico prepara la bozza.

Cordiali saluti,
Tessile Milano""")

    o, b = order("it-fake", "it", "Macchina per pasta manuale, acciaio")
    case("it-dominio-imitazione-amazon", "reject", ["link.external"],
         "Il 'modulo di reso Amazon' sta su amazon-it-resi.com, un dominio che imita Amazon ma non lo è.",
         to=b, frm="Pasta Facile <info@pastafacile.it>", day=9,
         reply="La manovella è rotta, vorrei restituirla.",
         subject="R: Manovella rotta", text=f"""Gentile cliente,

ci dispiace per la manovella dell'ordine {o}. Per velocizzare il
reso compili il modulo qui:
https://www.amazon-it-resi.com/modulo?ordine={o}

Riceverà l'etichetta entro 24 ore.

Cordiali saluti,
Pasta Facile""")

    o, b = order("it-cell", "it", "Set valigie rigide 3 pezzi, blu notte")
    case("it-cellulare-anche-whatsapp", "reject", ["content.phone-number"],
         "'Cell. 347 123 4567 (anche WhatsApp)' in coda alla risposta: numero del venditore.",
         to=b, frm="Viaggi Leggeri <assistenza@viaggileggeri.it>", day=8,
         reply="La ruota della valigia grande gira male.",
         subject="R: Ruota valigia", text=f"""Buongiorno,

per l'ordine {o} le spediamo subito una ruota di ricambio con le
istruzioni per sostituirla: bastano un cacciavite e cinque minuti.

Se preferisce essere guidato passo passo:
Cell. 347 123 4567 (anche WhatsApp)

Cordiali saluti,
Viaggi Leggeri""")


# --------------------------------------------------------------------------------------------
# Dutch (amazon.nl)
# --------------------------------------------------------------------------------------------

def cases_nl() -> None:
    o, b = order("nl-postnl", "nl", "Fietsmand voor stuur, gevlochten riet", **TRANSIT)
    case("nl-postnl-afhaalpunt-postcode", "relay", [],
         "PostNL-code, postcode, afhaalpunt en de klantenservice van PostNL in dezelfde zin als de vervoerder; "
         "'punt' hoort bij afhaalpunt.",
         to=b, frm="Fietsgoed <klantenservice@fietsgoed.nl>", day=13,
         reply="Mijn pakket staat al twee dagen op 'onderweg'.",
         subject="RE: Pakket onderweg", text=f"""Hallo,

Bedankt voor je bericht over bestelling {o}. De fietsmand ligt
sinds vanochtend bij het PostNL-afhaalpunt in de Primera, Damstraat 7,
1012 JM Amsterdam (Track & Trace 3SFGD4412876).

Lukt het ophalen niet, dan kun je de klantenservice van PostNL bellen op
088 225 5651.

Groet,
Sanne
Fietsgoed""")

    o, b = order("nl-kvk", "nl", "Houten speelgoedkeuken met naamplaatje")
    case("nl-naamplaatje-kvk-btw", "relay", [],
         "Vraagt de naam voor het naamplaatje (nodig voor de bestelling); KvK- en btw-nummer en de prijs zijn "
         "geen telefoonnummers.",
         to=b, frm="Houtjes & Co <winkel@houtjesenco.nl>", day=4,
         subject=f"Naam op het naamplaatje - bestelling {o}", text=f"""Hallo,

Bedankt voor je bestelling {o} (speelgoedkeuken, 129,95 EUR). Welke
naam mogen we op het houten naamplaatje branden? Maximaal 10 letters.

Antwoord gewoon op dit bericht, dan gaat de keuken binnen drie werkdagen
op weg.

Met vriendelijke groet,
Houtjes & Co
KvK 81234567 - btw NL861234567B01""")

    o, b = order("nl-apen", "nl", "Plantenbak balkon, 80 cm, antraciet")
    case("nl-apenstaartje-punt-nl", "reject", ["content.email-address"],
         "Foto's naar 'service apenstaartje groenbalkon punt nl': een uitgeschreven e-mailadres.",
         to=b, frm="Groen Balkon <bestellingen@groenbalkon.nl>", day=9,
         reply="De bak is gebarsten aangekomen.",
         subject="RE: Gebarsten plantenbak", text=f"""Hallo,

Wat vervelend dat de plantenbak van bestelling {o} gebarsten is.
Wil je een paar foto's van de scheur en de doos sturen naar
service apenstaartje groenbalkon punt nl? Dan sturen we direct een nieuwe.

Groet,
Groen Balkon""")

    o, b = order("nl-bel", "nl", "Elektrische deken 2-persoons")
    case("nl-bel-ons-06", "reject", ["content.phone-number"],
         "'Bel of app ons gerust op 06-12345678': het eigen mobiele nummer van de verkoper.",
         to=b, frm="Warm Wonen <info@warmwonen.nl>", day=10,
         reply="De bediening van de deken geeft een knipperend lampje.",
         subject="RE: Knipperend lampje", text=f"""Hallo,

Een knipperend lampje bij bestelling {o} betekent meestal dat de
stekker tussen deken en bediening niet helemaal vastzit. Druk hem goed aan
tot je een klik voelt.

Blijft het knipperen? Bel of app ons gerust op 06-12345678.

Groet,
Warm Wonen""")

    o, b = order("nl-www", "nl", "Bakfietshoes regenbestendig")
    case("nl-www-zonder-https", "reject", ["link.external"],
         "Montagevideo op 'www.bakfietsplus.nl/montage', zonder scheme: een link naar de eigen site van de "
         "verkoper.",
         to=b, frm="Bakfiets Plus <verkoop@bakfietsplus.nl>", day=8,
         reply="Hoe zet ik de hoes vast aan de bak?",
         subject="RE: Hoes vastzetten", text=f"""Hallo,

De hoes van bestelling {o} zet je vast met de vier klittenbandlussen
onder de rand en de twee gespen aan de achterkant.

Een montagevideo vind je op www.bakfietsplus.nl/montage

Groet,
Bakfiets Plus""")


# --------------------------------------------------------------------------------------------
# Polish (amazon.pl)
# --------------------------------------------------------------------------------------------

def cases_pl() -> None:
    o, b = order("pl-inpost", "pl", "Czajnik elektryczny szklany 1,7 l", **TRANSIT)
    case("pl-inpost-paczkomat-infolinia", "relay", [],
         "Numer przesyłki InPost, kod pocztowy, cena i infolinia InPost w tym samym zdaniu co przewoźnik.",
         to=b, frm="Sklep AGD Domowy <sklep@agd-domowy.pl>", enc=L2, day=13,
         reply="Dzień dobry, nie dostałem kodu odbioru z paczkomatu.",
         subject="Odp: Brak kodu odbioru", text=f"""Dzień dobry,

czajnik z zamówienia {o} (129,00 zł) czeka w paczkomacie WAW22M,
ul. Marszałkowska 10, 00-590 Warszawa. Numer przesyłki:
6200 1234 5678 9012 3456 7890.

Kod odbioru można wygenerować ponownie w aplikacji InPost albo przez
infolinię InPost pod numerem 722 444 000.

Pozdrawiamy,
Sklep AGD Domowy""")

    o, b = order("pl-nip", "pl", "Zestaw pędzli do akwareli, 12 sztuk")
    case("pl-nip-regon-faktura", "relay", [],
         "Wysyła fakturę o którą prosił kupujący; NIP z myślnikami, REGON i numer faktury wyglądają jak "
         "numery, ale nie są telefonami.",
         to=b, frm="Pracownia Akwarela <biuro@pracownia-akwarela.pl>", enc=L2, day=9,
         reply="Poproszę o fakturę na firmę, NIP podałem przy zamówieniu.",
         subject="Odp: Faktura", text=f"""Dzień dobry,

fakturę FV/2026/06/0412 do zamówienia {o} wystawiliśmy na dane
podane przy zakupie i dodaliśmy ją w Amazon do zamówienia; znajdzie ją Pan
w szczegółach zamówienia.

Dane sprzedawcy na fakturze: NIP 525-123-45-67, REGON 146123456.

Pozdrawiamy,
Pracownia Akwarela""")

    o, b = order("pl-malpa", "pl", "Mieszanka ziół do herbaty, 250 g")
    case("pl-malpa-kropka-pl", "reject", ["content.email-address"],
         "Adres 'sklep (małpa) ziolowykacik (kropka) pl' do wysłania zdjęcia: adres e-mail zapisany słowami.",
         to=b, frm="Ziołowy Kącik <zamowienia@ziolowykacik.pl>", enc=L2, day=9,
         reply="W paczce było inne opakowanie niż na zdjęciu.",
         subject="Odp: Inne opakowanie", text=f"""Dzień dobry,

przepraszamy za zamieszanie z zamówieniem {o}. Prosimy o zdjęcie
etykiety na adres sklep (małpa) ziolowykacik (kropka) pl, sprawdzimy
partię i wyślemy właściwą mieszankę.

Pozdrawiamy,
Ziołowy Kącik""")

    o, b = order("pl-wa", "pl", "Lampa podłogowa z abażurem lnianym")
    case("pl-whatsapp-plus48", "reject", ["content.phone-number"],
         "'WhatsApp +48 601 234 567' jako kontakt do sklepu: numer sprzedawcy.",
         to=b, frm="Światło i Len <kontakt@swiatloilen.pl>", enc=L2, day=8,
         reply="Abażur się przekrzywia, jak go ustawić?",
         subject="Odp: Abażur", text=f"""Dzień dobry,

abażur z zamówienia {o} trzyma się na trzech zaczepach; wystarczy
lekko docisnąć ten, który odstaje, aż kliknie.

W razie pytań jesteśmy też dostępni na WhatsApp +48 601 234 567.

Pozdrawiamy,
Światło i Len""")

    o, b = order("pl-stop", "pl", "Poduszka ortopedyczna z pianki memory")
    case("pl-opinia-odpowiedz-stop", "reject", ["link.opt-out"],
         "Neutralna prośba o opinię zakończona 'odpowiedz STOP, a nie będziemy więcej pisać': rezygnacja z "
         "wiadomości.",
         to=b, frm="Sen Zdrowo <obsluga@senzdrowo.pl>", enc=L2, day=11,
         subject=f"Jak się śpi? Zamówienie {o}", text=f"""Dzień dobry,

poduszka z zamówienia {o} potrzebuje zwykle kilku nocy, zanim
pianka dopasuje się do karku. Poszewkę można prać w 40 stopniach.

Będzie nam miło, jeśli po kilku nocach wystawi Pan szczerą opinię na Amazon.

Nie chcesz więcej wiadomości od nas? Odpowiedz STOP, a nie będziemy więcej
pisać.

Sen Zdrowo""")


# --------------------------------------------------------------------------------------------
# Swedish (amazon.se)
# --------------------------------------------------------------------------------------------

def cases_sv() -> None:
    o, b = order("sv-postnord", "sv", "Gjutjärnsgryta 4 liter, svart", **TRANSIT)
    case("sv-postnord-ombud-postnummer", "relay", [],
         "Kolli-ID, postnummer och PostNords kundtjänst på samma rad som transportören.",
         to=b, frm="Nordisk Kök <order@nordiskkok.se>", enc=L1, day=13,
         reply="Hej, var är mitt paket? Det har stått 'på väg' i tre dagar.",
         subject="SV: Var är paketet?", text=f"""Hej,

Tack för ditt meddelande om order {o}. Grytan finns hos PostNords
ombud ICA Nära Söder, Götgatan 40, 118 26 Stockholm (kolli-ID
00370712345678901234).

Om du inte fått avi kan du ringa PostNords kundtjänst på 0771-33 33 10.

Vänliga hälsningar,
Nordisk Kök""")

    o, b = order("sv-garanti", "sv", "Robotgräsklippare R-700")
    case("sv-tillverkarens-garanti-orgnr", "relay", [],
         "Tillverkarens garantiservice med nummer på raden efter 'tillverkarens garanti'; organisationsnumret "
         "i signaturen är inget telefonnummer.",
         to=b, frm="Trädgårdsproffsen <info@tradgardsproffsen.se>", enc=L1, day=10,
         reply="Klipparen stannar mitt på gräsmattan och visar fel E4.",
         subject="SV: Fel E4", text=f"""Hej,

Fel E4 på klipparen från order {o} betyder att hjulmotorn
överhettats. Det omfattas av tillverkarens garanti, och reparationen sköts
av tillverkarens garantiservice:
010-456 78 90 (vardagar 8-16)

Ha serienumret från undersidan till hands.

Vänliga hälsningar,
Trädgårdsproffsen AB, org.nr 556123-4567""")

    o, b = order("sv-snabel", "sv", "Keramikskålar handgjorda, 4-pack")
    case("sv-snabel-a-mellanslag", "reject", ["content.email-address"],
         "Adressen skriven med mellanslag, 'bilder @ lerakeramik . se': fortfarande en e-postadress.",
         to=b, frm="Lera Keramik <butik@lerakeramik.se>", enc=L1, day=9,
         reply="En av skålarna har en spricka i glasyren.",
         subject="SV: Spricka i skål", text=f"""Hej,

Tråkigt att höra om skålen från order {o}. Skicka gärna en bild på
sprickan till bilder @ lerakeramik . se så skickar vi en ny skål.

Vänliga hälsningar,
Lera Keramik""")

    o, b = order("sv-ring", "sv", "Kaffebryggare med termoskanna")
    case("sv-ring-oss-08", "reject", ["content.phone-number"],
         "'Ring oss på 08-123 456 78': butikens eget nummer utan koppling till garanti, frakt eller tillverkare.",
         to=b, frm="Bryggt & Klart <kundservice@bryggtochklart.se>", enc=L1, day=8,
         reply="Kaffet blir bara ljummet.",
         subject="SV: Ljummet kaffe", text=f"""Hej,

Ljummet kaffe med bryggaren från order {o} beror oftast på kalk.
Kör en avkalkning med citronsyra två gånger i rad.

Hjälper inte det? Ring oss på 08-123 456 78 så felsöker vi tillsammans.

Vänliga hälsningar,
Bryggt & Klart""")

    o, b = order("sv-http", "sv", "Linneduk 150 x 250 cm, naturfärgad")
    case("sv-http-skotselrad", "reject", ["link.insecure"],
         "Skötselråd länkade med http:// till säljarens egen sida: en osäker länk.",
         to=b, frm="Linnestugan <hej@linnestugan.se>", enc=L1, day=7,
         reply="Kan duken strykas?",
         subject="SV: Strykning", text=f"""Hej,

Ja, duken från order {o} kan strykas på hög värme medan den
fortfarande är lite fuktig.

Alla skötselråd hittar du här: http://linnestugan.se/skotselrad

Vänliga hälsningar,
Linnestugan""")


# --------------------------------------------------------------------------------------------
# Turkish (amazon.com.tr)
# --------------------------------------------------------------------------------------------

def cases_tr() -> None:
    o, b = order("tr-yurtici", "tr", "Çelik Tencere Seti 7 Parça", **TRANSIT)
    case("tr-yurtici-kargo-cagri-merkezi", "relay", [],
         "Kargo takip numarası, posta kodu ve Yurtiçi Kargo çağrı merkezi aynı cümlede: taşıyıcının numarası.",
         to=b, frm="Mutfak Dünyası <destek@mutfakdunyasi.com.tr>", enc=L9, day=13,
         reply="Merhaba, kargom hâlâ gelmedi, nerede acaba?",
         subject="YNT: Kargo nerede", text=f"""Merhaba,

{o} numaralı siparişinizdeki tencere seti Yurtiçi Kargo ile yolda;
takip numarası 7281 4469 0153. Kargo şu anda Kadıköy şubesinde
(34710 İstanbul) ve yarın dağıtıma çıkacak.

Teslimat saatini değiştirmek isterseniz Yurtiçi Kargo çağrı merkezini
444 99 99 numarasından arayabilirsiniz.

Saygılarımızla,
Mutfak Dünyası""")

    o, b = order("tr-garanti", "tr", "Ütü Buhar Kazanlı 2400 W")
    case("tr-uretici-garantisi-vergi-no", "relay", [],
         "Üretici garantisi kapsamında yetkili servis numarası bir sonraki satırda; vergi numarası ve model "
         "kodu telefon değildir.",
         to=b, frm="Ev Aletleri Pazarı <info@evaletleripazari.com.tr>", enc=L9, day=10,
         reply="Ütü su akıtıyor, ne yapmalıyım?",
         subject="YNT: Ütü su akıtıyor", text=f"""Merhaba,

{o} numaralı siparişinizdeki ütü (model BK-2400) 2 yıl üretici
garantisi altındadır. Üreticinin yetkili servisine şu numaradan ulaşabilirsiniz:
0850 222 48 48

Servis ürünü adresinizden ücretsiz alır.

Saygılarımızla,
Ev Aletleri Pazarı - Vergi No: 4810123456""")

    o, b = order("tr-0532", "tr", "Bebek Arabası Travel Sistem")
    case("tr-siparisiniz-icin-bize-0532", "reject", ["content.phone-number"],
         "'Siparişiniz için bize 0532 123 45 67 numarasından ulaşın': satıcının kendi cep numarası.",
         to=b, frm="Minik Adımlar <satis@minikadimlar.com.tr>", enc=L9, day=8,
         reply="Puset kısmı yerine oturmuyor.",
         subject="YNT: Puset oturmuyor", text=f"""Merhaba,

{o} numaralı siparişinizdeki pusetin yan kilitleri ilk kullanımda
sıkı olabiliyor; iki taraftaki gri düğmelere aynı anda basarak yerleştirin.

Olmazsa siparişiniz için bize 0532 123 45 67 numarasından ulaşın, görüntülü
arayarak yardımcı olalım.

Saygılarımızla,
Minik Adımlar""")

    o, b = order("tr-et", "tr", "Pamuklu Nevresim Takımı Çift Kişilik")
    case("tr-et-nokta-com", "reject", ["content.email-address"],
         "'destek et evtekstili nokta com' diye yazılmış adres: bir e-posta adresi.",
         to=b, frm="Ev Tekstili <siparis@evtekstili.com>", enc=L9, day=9,
         reply="Nevresimin rengi fotoğraftakinden farklı geldi.",
         subject="YNT: Renk farkı", text=f"""Merhaba,

{o} numaralı siparişinizdeki renk farkı için özür dileriz. Gelen
ürünün etiketinin fotoğrafını destek et evtekstili nokta com adresine
gönderirseniz doğru rengi hemen göndeririz.

Saygılarımızla,
Ev Tekstili""")

    o, b = order("tr-site", "tr", "Duvar Saati Ahşap 40 cm")
    case("tr-iade-formu-kendi-sitesi", "reject", ["link.external"],
         "İade formu satıcının kendi sitesinde (https://www.saatcim.com.tr/...): Amazon dışı bir bağlantı.",
         to=b, frm="Saatçim <iletisim@saatcim.com.tr>", enc=L9, day=9,
         reply="Saat çalışmıyor, iade etmek istiyorum.",
         subject="YNT: Saat çalışmıyor", text=f"""Merhaba,

{o} numaralı siparişiniz için üzgünüz. İade kodunuzu almak için
aşağıdaki formu doldurmanız yeterli:
https://www.saatcim.com.tr/iade-formu

Saygılarımızla,
Saatçim""")


# --------------------------------------------------------------------------------------------
# Japanese (amazon.co.jp)
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("ja-yamato", "ja", "南部鉄器 急須 0.6L", **TRANSIT)
    case("ja-yamato-denpyo-yubin", "relay", [],
         "ヤマト運輸の伝票番号・郵便番号と、ヤマト運輸のお問い合わせ番号（配送業者）。",
         to=b, frm="鉄器の店 くろがね <info@kurogane-tekki.jp>", enc=JIS, day=13,
         reply="注文した急須がまだ届きません。",
         subject="Re: 急須が届かない", text=f"""お客様

ご注文番号 {o} の急須は、ヤマト運輸（伝票番号 4521-8830-1274）で
配送中です。現在〒150-0041 渋谷センターに到着しております。

再配達のご依頼は、ヤマト運輸のお問い合わせ窓口 0120-01-9625 でも
承っております。

鉄器の店 くろがね""")

    o, b = order("ja-maker", "ja", "コードレス掃除機 KX-2040")
    case("ja-maker-support-jan", "relay", [],
         "メーカー保証の修理窓口（メーカーの番号）と、JANコード・型番・金額（電話番号ではない）。",
         to=b, frm="家電のみやび <support@kaden-miyabi.jp>", enc=B64, day=10,
         reply="掃除機の電源が入らなくなりました。",
         subject="Re: 電源が入らない", text=f"""お客様

ご注文番号 {o} の掃除機（型番 KX-2040、JAN 4901234567894、
19,800円）は、メーカー保証の対象です。修理はメーカーサポートセンターにて
承ります：0570-00-1234（平日 9時〜17時）

お手数ですが、保証書をお手元にご用意ください。

家電のみやび""")

    o, b = order("ja-zenkaku", "ja", "有田焼 マグカップ ペア")
    case("ja-zenkaku-atto", "reject", ["content.email-address"],
         "全角の＠で書いたメールアドレス「photo＠aritayaki-mori.jp」へ写真を送るよう依頼。",
         to=b, frm="有田焼の森 <shop@aritayaki-mori.jp>", enc=JIS, day=9,
         reply="カップの片方に欠けがありました。",
         subject="Re: カップの欠け", text=f"""お客様

ご注文番号 {o} のマグカップに欠けがあったとのこと、大変申し訳
ございません。お手数ですが、欠けの写真を photo＠aritayaki-mori.jp まで
お送りください。確認後、すぐに交換品を発送いたします。

有田焼の森""")

    o, b = order("ja-denwa", "ja", "電気圧力鍋 3L")
    case("ja-denwa-zenkaku-suji", "reject", ["content.phone-number"],
         "全角数字で書いた店舗の電話番号「０３－６８２１－４４７０」：販売者自身の番号。",
         to=b, frm="キッチン工房さくら <info@kitchen-sakura.jp>", enc=B64, day=8,
         reply="圧力鍋のふたが閉まりません。",
         subject="Re: ふたが閉まらない", text=f"""お客様

ご注文番号 {o} の圧力鍋は、パッキンが溝にきちんと入っていないと
ふたが閉まりません。パッキンを一度外して、付け直してみてください。

それでも閉まらない場合は、当店まで お電話（０３－６８２１－４４７０）
でお問い合わせください。

キッチン工房さくら""")

    o, b = order("ja-teishi", "ja", "今治タオル バスタオル 2枚組")
    case("ja-haishin-teishi", "reject", ["link.opt-out"],
         "レビュー依頼の末尾に「配信停止をご希望の方は『停止』とご返信ください」：メッセージのオプトアウト。",
         to=b, frm="タオル工房しらなみ <shop@towel-shiranami.jp>", enc=B64, day=11,
         subject=f"バスタオルの使い心地はいかがですか（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のバスタオルは、最初の数回の洗濯で吸水性が
さらに良くなります。柔軟剤は控えめにお使いください。

よろしければ、Amazonに率直なレビューをお寄せいただけますと幸いです。

今後のメッセージ配信停止をご希望の方は、「停止」とご返信ください。

タオル工房しらなみ""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_nl, cases_pl,
                                    cases_sv, cases_tr, cases_ja))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="fiftyfourth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
