#!/usr/bin/env python3
"""Build the sixty-eighth labelled corpus: orders.csv, cases/*.eml and labels.json.

    .venv/bin/python tests/corpus_sixtyeighth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md (with its Clarifications), before reading policies/. German (amazon.de / .at, Du and
Sie, Austrian and Swiss wording, umlauts written ae/oe/ue, shop-system footers), UK English sent to German
buyers, and French (amazon.fr / .com.be): about a third compliant near-misses, one focused violation per case
over the rules of sections B-E, and a few multi-rule cases.
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
    animated_gif,
    banner_png,
    buyer,
    collect_by_language,
    img_bytes,
    lang_counts,
    logo_png,
    mail_date,
    make_docx,
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
from PIL import Image  # noqa: E402

_rnd = random.Random(68_2026_0615)
_PREFIX = {"de": "30", "at": "30", "fr": "40", "com.be": "40", "co.uk": "20", "it": "40"}
_TLD = {"de": "de", "fr": "fr", "en": "co.uk", "it": "it"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T08:15:00Z", shipped="2026-06-02T14:00:00Z",
                 delivered="2026-06-05T10:30:00Z")
ORDERS = BOOK.rows
order = BOOK.add
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-12T19:40:00Z"}
CP = {"charset": "windows-1252", "cte": "quoted-printable"}
L1 = {"charset": "iso-8859-1", "cte": "quoted-printable"}
L15 = {"charset": "iso-8859-15", "cte": "quoted-printable"}
B64 = {"charset": "utf-8", "cte": "base64"}
QP = {"charset": "utf-8", "cte": "quoted-printable"}
L1B = {"charset": "iso-8859-1", "cte": "base64"}

ALL = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "language.mismatch",
       "type.order-confirmation", "type.thank-you-only", "type.marketing", "review.incentive",
       "review.removal-request", "review.conditional", "review.repeat", "order-problem.cancellation-request",
       "order-problem.no-adjustment", "return.unnecessary", "link.insecure", "link.external", "link.opt-out",
       "attachment.not-allowed", "image.logo-link", "image.tracking-pixel", "image.product-photo",
       "image.not-brand", "content.email-address", "content.phone-number", "content.sensitive",
       "style.link-text", "style.image-alt", "style.emoji", "style.animated-gif", "style.margin",
       "style.image-width", "style.font-override", "style.font-sizes", "style.alignment", "style.line-breaks",
       "image.insecure"]


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str,
         text: str | None = None, html: str | None = None, day: int = 12, time: str = "10:17:42",
         reply: str = "", tolerated: tuple[str, ...] = (), enc: dict | None = None, related=(), attach=(),
         after: tuple[str, ...] = (), crlf: bool = False, lang: str = "", hlang: str = "de",
         headers=(), tz: str = "+0200") -> None:
    """text: plain part; html: an HTML body fragment (wrapped in a page) or a full document; both -> alternative.
    reply quotes the buyer (In-Reply-To/References)."""
    hdrs = list(headers)
    if reply:
        hdrs += reply_headers(f"0102019c.a68.{slug[:20]}")
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    kw = dict(enc or QP)
    if text is not None:
        body = text.strip("\n") + "\n"
        if reply:
            body += "\n" + quote(reply) + "\n"
        kw["text"] = body
    if html is not None:
        if not html.lstrip().lower().startswith("<!doctype") and "<html" not in html[:200].lower():
            if reply:
                html += "\n<blockquote>" + text2html(reply) + "</blockquote>"
            html = page(html, hlang)
        kw["html"] = html
    tol = (*tolerated, "content.spelling")
    absent = [r for r in ALL if r not in rules and r not in tol]
    msg = mk(frm, to, subject, mail_date(day, time, tz), f"<{slug}.{day}{time.replace(':', '')}@{dom}>",
             headers=hdrs, related=related, attach=attach, **kw)
    from corpus_build import add_case
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, after=after, tolerated=tol, crlf=crlf, lang=lang)


# --------------------------------------------------------------------------------------------
# German (amazon.de, .at; Swiss buyers on amazon.de) and UK English to German buyers
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    # ---------------- compliant near-misses ----------------
    o, b = order("de-du-review", "de", "Gusseisenpfanne 28 cm vorgeheizt, mit Holzgriff")
    frm = "Pfannenschmiede Holler <hallo@pfannenschmiede-holler.de>"
    case("de-du-pflegetipp-ehrliche-meinung", "relay", [],
         "Du-Form, Umlaute als ae/oe/ue, Pflegetipp und eine neutrale Bitte um die ehrliche Meinung ohne Gegenleistung "
         "und ohne Bedingung: erster Bewertungswunsch fuer diese Bestellung.",
         to=b, frm=frm, day=9, enc={"charset": "us-ascii", "cte": "7bit"},
         subject=f"Deine Pfanne - kleiner Tipp zum Einbrennen ({o})", text=f"""Hallo,

deine Gusseisenpfanne aus der Bestellung {o} muesste jetzt bei dir sein.
Ein kurzer Tipp, damit sie lange haelt: nach dem Spuelen immer gut
trocknen und hauchduenn mit Rapsoel einreiben, dann rostet nichts.

Wenn du sie ein paar Mal benutzt hast, wuerden wir uns ueber deine
ehrliche Meinung auf Amazon freuen - ob gut oder schlecht, das hilft
anderen beim Kauf und uns beim Besserwerden.

Gruesse aus dem Schwarzwald
Jonas von der Pfannenschmiede""")

    case("de-du-nochmal-erinnerung", "reject", ["review.repeat"],
         "Zweiter Bewertungswunsch ('magst du vielleicht doch noch kurz...') fuer dieselbe Bestellung nach dem ersten, "
         "weitergeleiteten.",
         to=b, frm=frm, day=14, after=("de-du-pflegetipp-ehrliche-meinung",), enc=CP,
         subject=f"Kurze Erinnerung zu deiner Bestellung {o}", text=f"""Hallo nochmal,

vor ein paar Tagen hatten wir dir wegen deiner Pfanne geschrieben
(Bestellung {o}). Falls es im Alltag untergegangen ist: Magst du
vielleicht doch noch kurz eine Rezension bei Amazon hinterlassen? Dauert
keine zwei Minuten.

Danke und liebe Grüße
Jonas""")

    o, b = order("de-impressum", "de", "Wandregal Eiche massiv 80 cm")
    case("de-impressum-ohne-kontaktdaten", "relay", [],
         "Rueckfrage zur Hausnummer mit Shop-Fusszeile (Impressum): Anschrift, Handelsregister HRB, USt-IdNr. und "
         "Geschaeftsfuehrer sind weder Telefonnummern noch E-Mail-Adressen.",
         to=b, frm="Holzwerk Ammersee GmbH <versand@holzwerk-ammersee.de>", enc=L15, day=3,
         subject=f"Rückfrage zur Lieferadresse – Bestellung {o}", text=f"""Sehr geehrte Kundin, sehr geehrter Kunde,

bei Ihrer Bestellung {o} (Wandregal Eiche massiv) fehlt in der
Lieferadresse die Hausnummer. Damit der Paketdienst zustellen kann, teilen
Sie uns bitte über die Amazon-Nachrichtenfunktion die vollständige Adresse
mit. Wir versenden, sobald wir Ihre Antwort haben.

Mit freundlichen Grüßen
Ihr Versandteam

--
Holzwerk Ammersee GmbH · Seestraße 14 · 86911 Dießen am Ammersee
Geschäftsführer: Korbinian Ertl · Amtsgericht Augsburg HRB 31877
USt-IdNr.: DE298471536 · WEEE-Reg.-Nr. DE 48211637""")

    o, b = order("de-dhl", "de", "Akku-Rasenmäher 36 V, 40 cm Schnittbreite")
    case("de-antwort-sendungsverfolgung-dhl", "relay", [],
         "Antwort auf 'wo bleibt mein Paket?' mit Sendungsnummer und der Nummer der DHL-Hotline in derselben Zeile: "
         "keine Versandbestaetigung (Antwort), Telefonnummer eines Versanddienstleisters erlaubt.",
         to=b, frm="GartenProfi Nord <support@gartenprofi-nord.de>", enc=CP, day=13,
         reply="Hallo, wo bleibt denn mein Rasenmäher? Laut Amazon hätte er schon da sein sollen.",
         subject=f"AW: Wo bleibt meine Lieferung? Bestellung {o}", text=f"""Guten Tag,

danke für Ihre Nachricht. Ihr Rasenmäher (Bestellung {o}) ist am 2. Juni
mit DHL rausgegangen, die Sendungsnummer lautet 00340434161094022115.
Laut Sendungsverlauf liegt das Paket in Ihrer Postfiliale zur Abholung bereit.

Falls die Benachrichtigungskarte fehlt: DHL-Kundenservice 0228 4333112,
die Kollegen können das Paket auch erneut zustellen lassen.

Viele Grüße
Frauke Petersen
GartenProfi Nord""")

    o, b = order("at-spedition", "de", "Kühl-Gefrierkombination 201 cm, Edelstahl-Optik", tld="at")
    case("at-speditionstermin-gruess-gott", "relay", [],
         "Oesterreichisch ('Gruess Gott', 'Stiege', 'zugestellt'): Terminvereinbarung fuer ein Grossgeraet; die "
         "Telefonnummer ist die der Spedition, in derselben Zeile genannt.",
         to=b, frm="Elektro Hofbauer <bestellung@elektro-hofbauer.at>", enc=L15, day=4,
         subject=f"Zustelltermin Ihrer Kühl-Gefrierkombination ({o})", text=f"""Grüß Gott,

Ihre Kühl-Gefrierkombination aus der Bestellung {o} wird per Spedition
zugestellt, da das Gerät rund 80 kg wiegt. Die Spedition bringt es bis in die
Wohnung, bitte sagen Sie uns dazu Stiege, Stock und ob es einen Lift gibt.

Mögliche Termine: Dienstag, 9. Juni, oder Donnerstag, 11. Juni, jeweils
zwischen 8 und 12 Uhr. Die Spedition Gebrüder Weiss erreichen Sie für
Rückfragen zur Zustellung unter +43 5574 696 0.

Schöne Grüße aus Linz
Elektro Hofbauer""")

    o, b = order("de-teil", "de", "Couchtisch Glas 110x60, schwarz")
    case("de-teilerstattung-statt-ruecksendung", "relay", [],
         "Kratzer gemeldet: Angebot einer Teilerstattung, wenn der Kaeufer den Tisch behaelt, und Bitte um ein Foto - "
         "eine erlaubte Nachricht zur Ruecksendung.",
         to=b, frm="Wohnraum Stegmann <service@wohnraum-stegmann.de>", enc=B64, day=10,
         subject=f"Ihr Rücksendewunsch zur Bestellung {o}", text=f"""Guten Tag Frau Albers,

Sie haben für den Couchtisch aus Bestellung {o} eine Rücksendung wegen eines
Kratzers an der Tischkante angemeldet. Der Rückversand eines 30-kg-Tisches ist
für Sie recht aufwendig, deshalb ein Vorschlag: Wenn Sie den Tisch behalten
möchten, erstatten wir Ihnen 35,00 EUR des Kaufpreises.

Schicken Sie uns dafür bitte ein Foto der Stelle über die Amazon-Nachrichten.
Möchten Sie lieber zurückschicken, ist das natürlich ebenso in Ordnung.

Freundliche Grüße
Nadine Stegmann""")

    o, b = order("ch-gravur", "de", "Schneidebrett Nussbaum mit Gravur, 40x25 cm")
    case("ch-gravur-freigabe-gruezi", "relay", [],
         "Schweizer Kundin auf amazon.de ('Grüezi', 'Strasse', kein ß, 'Besten Dank'): Freigabe des Gravurtextes, ein "
         "erlaubter proaktiver Grund.",
         to=b, frm="Gravurwerk Tanner <atelier@gravurwerk-tanner.de>", enc=L1, day=2,
         subject=f"Gravurtext zur Freigabe – Bestellung {o}", text=f"""Grüezi Frau Tanner-Meili

Besten Dank für Ihre Bestellung {o}. Bevor wir das Schneidebrett
gravieren, bitten wir Sie, den Text nochmals zu prüfen:

  «Familie Gasser - Chuchi Wiesenstrasse 7»

Sollen wir «Chuchi» so übernehmen oder lieber «Küche» schreiben? Sobald wir
Ihre Freigabe haben, geht das Brett in die Werkstatt.

Freundliche Grüsse
Ueli Tanner""")

    o, b = order("de-rechnung", "de", "Bürostuhl ergonomisch, Netzrücken, Modell Arbeo 5")
    pdf = make_pdf("Rechnung RE-2026-04417", ["Rechnung RE-2026-04417", f"Bestellung {o}",
                   "1 x Buerostuhl Arbeo 5   249,00 EUR", "enthaltene USt. 19 %   39,76 EUR"],
                   producer="Plentymarkets PDF 7.1")
    case("de-rechnung-pdf-shop-system", "relay", [],
         "Rechnung als PDF angehaengt, mit Widerrufsbelehrung-Hinweis und Shop-Fusszeile ohne Kontaktdaten: ein "
         "erlaubter Grund mit erlaubtem Anhang.",
         to=b, frm="Arbeo Büromöbel <rechnung@arbeo-bueromoebel.de>", enc=CP, day=6,
         attach=((pdf, "application", "pdf", "Rechnung_RE-2026-04417.pdf"),),
         subject=f"Rechnung zu Ihrer Bestellung {o}", text=f"""Sehr geehrte Damen und Herren,

wie gewünscht erhalten Sie im Anhang die Rechnung mit ausgewiesener
Mehrwertsteuer zu Ihrer Bestellung {o}.

Mit freundlichen Grüßen
Arbeo Büromöbel – Buchhaltung

Die Widerrufsbelehrung finden Sie auf der Angebotsseite bei Amazon unter
"Verkäuferinformationen".
Arbeo Büromöbel e.K., Inh. Petra Lindl, Registergericht München HRA 102233""")

    o, b = order("de-30", "de", "Tischleuchte Messing, E27", delivered="2026-05-16T12:00:00Z",
                 shipped="2026-05-14T09:00:00Z", purchased="2026-05-13T20:00:00Z")
    case("de-feedback-genau-dreissig-tage", "relay", [],
         "Verkaeuferbewertungswunsch genau 30 Tage (30 x 24 h) nach der Zustellung: das Zeitfenster ist noch offen.",
         to=b, frm="Lichtmanufaktur Wende <info@lichtmanufaktur-wende.de>", enc=L15, day=15, time="13:58:00",
         subject=f"Wie war Ihr Einkauf bei uns? Bestellung {o}", text=f"""Guten Tag,

vor einem Monat haben Sie bei uns die Tischleuchte aus Messing gekauft
(Bestellung {o}). Wenn Sie einen Moment Zeit haben, freuen wir uns über
eine Verkäuferbewertung bei Amazon, damit wir sehen, was wir gut machen und
was nicht.

Beste Grüße
Lichtmanufaktur Wende""")

    o, b = order("de-en-buyer", "en", "Espressokocher Edelstahl 6 Tassen", tld="de")
    case("uk-englisch-an-englischsprachigen-kaeufer", "relay", [],
         "UK English to an amazon.de buyer whose recorded language is en: the buyer's language wins over the "
         "marketplace default.",
         to=b, frm="Kaffeehaus Ritter <shop@kaffeehaus-ritter.de>", enc=QP, day=8, lang="en",
         subject=f"Your moka pot - seal size ({o})", text=f"""Hello,

You asked whether the moka pot from order {o} can be used on an
induction hob. It can: the base is magnetic stainless steel. If you ever
need a spare seal, the size is 70 mm outer diameter, and a pack of three
is sold under the same listing.

Kind regards,
Sophie at Kaffeehaus Ritter""",
         reply="Hi, does this work on induction? Cheers, Tom")

    o, b = order("de-bilingual", "", "Reisekoffer Hartschale 76 cm, anthrazit", tld="de")
    case("de-en-zweisprachig-ersatzschloss", "relay", [],
         "Zweisprachig Deutsch/Englisch an einen amazon.de-Kaeufer ohne gespeicherte Sprache: die Marktplatzsprache "
         "Deutsch ist enthalten.",
         to=b, frm="Koffer-Kontor <service@koffer-kontor.de>", enc=L1B, day=11,
         subject=f"Ersatzschloss / replacement lock – Bestellung {o}", text=f"""Guten Tag,

zu Ihrer Bestellung {o}: Das Ersatz-Zahlenschloss für Ihren Koffer ist
nachbestellt. Bitte teilen Sie uns mit, ob wir es an die Lieferadresse der
Bestellung schicken sollen oder an eine andere Adresse.

Hello,

regarding your order {o}: the replacement combination lock for your
suitcase has been ordered. Please let us know whether we should send it to
the delivery address of the order or to another address.

Viele Grüße / Kind regards
Koffer-Kontor""")

    o, b = order("de-oos-ok", "de", "Strickgarn Merino, 10 Knäuel, petrol", **OOS)
    case("de-du-ausverkauft-erstattet", "relay", [],
         "Ausverkauft, Du-Form: 'wir haben dir den vollen Betrag erstattet (Grund: kein Lagerbestand)', du musst nichts "
         "tun - Anpassung bestaetigt, keine Bitte um Stornierung.",
         to=b, frm="Wollwerk Kiel <moin@wollwerk-kiel.de>", enc=CP, day=13,
         subject=f"Dein Merinogarn ist leider ausverkauft ({o})", text=f"""Moin!

Blöde Nachricht zu deiner Bestellung {o}: Das Merinogarn in Petrol ist
uns ausgegangen, die Färberei liefert erst im Herbst wieder.

Wir haben dir deshalb heute den vollen Betrag von 47,50 € erstattet
(Grund: kein Lagerbestand). Du musst nichts weiter machen, das Geld ist je
nach Zahlungsart in ein paar Tagen wieder bei dir.

Sorry für den Umstand!
Birte vom Wollwerk""")

    o, b = order("de-html-ok", "de", "Yogamatte Naturkautschuk 4 mm, moosgrün")
    logo = logo_png("ASANAHAUS")
    case("de-html-drei-groessen-links-ok", "relay", [],
         "HTML aus einem Shop-System: drei Schriftgroessen, text-align:left, Logo mit alt ohne Link, https-Link zu "
         "Amazon mit sprechendem Linktext: alles erlaubt.",
         to=b, frm="Asanahaus <kontakt@asanahaus.de>", enc=QP, day=9,
         related=((logo, "image", "png", "<logo68a@asanahaus.de>", "asanahaus.png"),),
         subject=f"Pflegehinweis zu Ihrer Yogamatte ({o})",
         text=f"""Guten Tag,

Naturkautschuk riecht in den ersten Tagen etwas. Lüften Sie die Matte aus
Bestellung {o} ausgerollt an einem schattigen Ort, nicht in der Sonne.

Die Pflegeanleitung steht auch auf der Produktseite bei Amazon:
https://www.amazon.de/dp/B0C7YX1M4K

Ihr Asanahaus-Team""",
         html=f"""<img src="cid:logo68a@asanahaus.de" alt="Asanahaus" width="150" height="44">
<h2>Pflegehinweis zu Ihrer Yogamatte</h2>
<p style="text-align:left">Guten Tag,</p>
<p style="text-align:left">Naturkautschuk riecht in den ersten Tagen etwas. Lüften Sie die Matte aus
Bestellung {o} ausgerollt an einem schattigen Ort, nicht in der Sonne.</p>
<p><a href="https://www.amazon.de/dp/B0C7YX1M4K">Pflegeanleitung auf der Produktseite bei Amazon</a></p>
<p style="font-size:12px">Ihr Asanahaus-Team</p>""")

    # ---------------- violations ----------------
    o, b = order("de-noid", "de", "Federbett Daunen 135x200, Wärmeklasse 3")
    case("de-ohne-bestellnummer", "reject", ["order-id.missing"],
         "Proaktive Nachricht zur Lieferverzoegerung, die nur 'Ihre Bestellung vom 1. Juni' nennt, keine 17-stellige "
         "Bestellnummer.",
         to=b, frm="Bettenhaus Brückner <service@bettenhaus-brueckner.de>", enc=L1, day=3,
         subject="Ihre Daunendecke – kurze Verzögerung", text="""Guten Tag,

Ihre Bestellung vom 1. Juni (Daunenbett 135x200, Wärmeklasse 3) verlässt
unser Lager leider erst am Freitag, weil die Füllung nachgewogen werden
muss. Wir bitten um Entschuldigung.

Mit freundlichen Grüßen
Bettenhaus Brückner""")

    o, b = order("de-unknown", "de", "Blumenkasten Terrakotta 60 cm")
    case("de-unbekannte-bestellnummer", "reject", ["order-id.unknown"],
         "Bestellnummer mit Zahlendreher, die im Bestellspeicher nicht existiert.",
         to=b, frm="Terracotta Toscana <ordini@terracotta-toscana.de>", enc=CP, day=4,
         subject="Zustellung Ihres Blumenkastens – Bestellung 302-7715904-4418362", text="""Hallo,

zu Ihrer Bestellung 302-7715904-4418362: Der Blumenkasten wird wegen der
Bruchgefahr in einer Holzkiste verschickt. Bitte geben Sie uns kurz
Bescheid, ob jemand die Sendung am Mittwoch annehmen kann.

Grüße
Terracotta Toscana""")

    o, b = order("de-mismatch", "de", "Gartenschlauch 25 m, knickfrei")
    other = buyer(_rnd, "de")
    case("de-falscher-empfaenger", "reject", ["order-id.buyer-mismatch"],
         "Die Bestellnummer gehoert einem anderen Kaeufer; die Nachricht ging an eine andere Amazon-Adresse "
         "(Copy-Paste im Helpdesk).",
         to=other, frm="Gartenwelt Ost <support@gartenwelt-ost.de>", enc=QP, day=7,
         subject=f"Ersatzkupplung für Ihren Gartenschlauch ({o})", text=f"""Guten Tag,

für Ihren Gartenschlauch aus Bestellung {o} schicken wir eine
Ersatzkupplung. Passt Ihnen die 1/2-Zoll-Ausführung oder brauchen Sie
3/4 Zoll? Dann legen wir die richtige Größe in den Umschlag.

Beste Grüße
Gartenwelt Ost""")

    o, b = order("de-old", "de", "Hängematte Baumwolle XXL", purchased="2026-04-28T10:00:00Z",
                 shipped="2026-04-30T10:00:00Z", delivered="2026-05-08T16:20:00Z")
    case("de-bewertung-nach-fuenf-wochen", "reject", ["window.expired"],
         "Bewertungswunsch fuer eine am 8. Mai zugestellte Bestellung: mehr als 30 Tage nach Abschluss.",
         to=b, frm="Hängemattenland <info@haengemattenland.de>", enc=L15, day=15,
         subject=f"Wie gefällt Ihnen die Hängematte? ({o})", text=f"""Guten Tag,

die ersten Sommertage sind da, ideal für Ihre Hängematte aus Bestellung
{o}. Wenn Sie darin schon entspannt haben: Über eine Bewertung bei
Amazon würden wir uns freuen.

Sonnige Grüße
Hängemattenland""")

    o, b = order("uk-to-de", "", "Fahrradanhänger Kinder 2-Sitzer", tld="de")
    case("uk-englisch-an-deutschen-kaeufer", "quarantine", ["language.mismatch"],
         "A UK seller writes British English ('parcel', 'colour', 'whilst') to an amazon.de buyer with no recorded "
         "language: the marketplace default is German.",
         to=b, frm="Bramble Cycles Ltd <orders@bramblecycles.co.uk>", enc=QP, day=3, lang="en",
         subject=f"Your trailer - delivery update, order {o}", text=f"""Dear customer,

Thank you for your order {o}. Unfortunately the trailer in the colour
you chose is held up at customs whilst travelling from our Birmingham
warehouse, so your parcel will arrive about four working days later than
stated.

We are sorry for the inconvenience and will keep you posted.

Kind regards,
Oliver
Bramble Cycles""")

    o, b = order("uk-to-de2", "de", "Stirnlampe LED 1200 Lumen, wiederaufladbar", tld="de")
    case("uk-englisch-mit-deutscher-anrede", "quarantine", ["language.mismatch"],
         "Englischer Text, nur mit 'Hallo' und 'Viele Gruesse' eingerahmt, an einen Kaeufer mit Sprache de: nicht in der "
         "Sprache des Kaeufers.",
         to=b, frm="Summit Gear UK <help@summitgear.co.uk>", enc=CP, day=8, lang="en",
         subject=f"Headtorch charging cable - order {o}", text=f"""Hallo,

we have noticed that some headtorches from the last batch, including
order {o}, were packed without the USB-C charging cable. Could you
please check the box and tell us whether the cable is missing? If so, we
will post one straight away, free of charge.

Viele Grüße
Harriet, Summit Gear""")

    o, b = order("de-versand", "de", "Zahnbürste elektrisch Schallzahnbürste, weiß", shipped="2026-06-14T09:00:00Z",
                 delivered="")
    case("de-versandmitteilung-ae-oe-ue", "quarantine", ["type.order-confirmation"],
         "Proaktive Versandmitteilung mit Sendungsnummer und Paketdienst, Umlaute als ae/oe/ue: dupliziert Amazons "
         "eigene Versandbestaetigung.",
         to=b, frm="Dentalstudio Versand <versand@dentalstudio-shop.de>", enc={"charset": "us-ascii", "cte": "7bit"},
         day=14, subject=f"Ihre Bestellung {o} ist unterwegs",
         text=f"""Sehr geehrte Kundin, sehr geehrter Kunde,

Ihre Bestellung {o} hat heute unser Lager verlassen und wurde an
Hermes uebergeben. Ihre Sendungsnummer: H1002960331841201855.
Die Zustellung erfolgt voraussichtlich in 1-2 Werktagen.

Mit freundlichen Gruessen
Ihr Dentalstudio-Versandteam""")

    o, b = order("de-danke", "de", "Kinder-Regenjacke gefüttert, Gr. 116")
    case("de-du-nur-danke", "quarantine", ["type.thank-you-only"],
         "Du-Form: nur Dank fuer den Einkauf, 'melde dich jederzeit' und Gruesse - kein Anliegen.",
         to=b, frm="Pfützenheld <hallo@pfuetzenheld.de>", enc=B64, day=7,
         subject=f"Danke dir! (Bestellung {o})", text=f"""Hey du,

mega, dass du dich für eine Regenjacke von Pfützenheld entschieden hast!
Wir hoffen, deine Bestellung {o} ist gut angekommen.

Wenn irgendwas ist, melde dich jederzeit, wir sind für dich da.

Ganz liebe Grüße aus Hamburg
Lena & Tim von Pfützenheld""")

    o, b = order("at-marketing", "de", "Kürbiskernöl steirisch g.g.A., 500 ml", tld="at")
    case("at-newsletter-rabatt-folgen", "quarantine", ["type.marketing"],
         "Oesterreichischer Haendler: 'Jause'-Rezept als Vorwand, dann 15 % auf die naechste Bestellung mit Code und "
         "Aufruf, auf Facebook zu folgen - Werbung.",
         to=b, frm="Steirerhof Kernöl <bestellung@steirerhof-kernoel.at>", enc=L15, day=9,
         subject=f"Ihr Kernöl – und ein kleines Dankeschön ({o})", text=f"""Grüß Gott,

schön, dass unser Kernöl (Bestellung {o}) bei Ihnen ist. Probieren
Sie es zur Jause auf Vanilleeis mit ein paar Kürbiskernen!

Mit dem Code STEIRER15 bekommen Sie auf Ihre nächste Bestellung in unserem
Sortiment 15 % Nachlass, auch auf Kürbiskerne und Apfelessig. Und auf
Facebook und Instagram zeigen wir jede Woche neue Rezepte - schauen Sie
vorbei und folgen Sie uns!

Herzliche Grüße aus der Südsteiermark
Familie Pölzl""")

    o, b = order("de-incent", "de", "Bluetooth-Lautsprecher outdoor, IPX7")
    case("de-rezension-gegen-gutschein", "reject", ["review.incentive"],
         "'Als Dankeschoen fuer Ihre Rezension schicken wir Ihnen einen Amazon-Gutschein ueber 10 Euro': Bewertung gegen "
         "eine Gegenleistung.",
         to=b, frm="Soundbox Direkt <service@soundbox-direkt.de>", enc=CP, day=10, tolerated=("type.marketing",),
         subject=f"Ihr Lautsprecher – Ihre Meinung zählt ({o})", text=f"""Guten Tag,

wir hoffen, der Lautsprecher aus Bestellung {o} sorgt bei Ihnen schon
für gute Stimmung.

Als kleines Dankeschön für Ihre Rezension auf Amazon schicken wir Ihnen
einen Amazon-Gutschein über 10 Euro. Antworten Sie einfach mit dem
Screenshot Ihrer Rezension auf diese Nachricht.

Viele Grüße
Soundbox Direkt""")

    o, b = order("de-removal", "de", "Duschkopf Regendusche 25 cm, Chrom")
    case("de-rezension-ueberarbeiten", "reject", ["review.removal-request"],
         "Antwort nach Ersatzlieferung mit der Bitte, die 2-Sterne-Rezension 'zu ueberdenken und ggf. anzupassen': "
         "Bitte um Aenderung einer bestehenden Bewertung.",
         to=b, frm="Bad & Mehr <kundendienst@bad-und-mehr.de>", enc=QP, day=12,
         reply="Der Duschkopf tropft nach. Habe schon eine Bewertung geschrieben.",
         subject=f"AW: Duschkopf tropft – Bestellung {o}", text=f"""Guten Tag Herr Wendt,

der Ersatz-Duschkopf zu Bestellung {o} ist gestern an Sie rausgegangen;
die neue Dichtung behebt das Nachtropfen.

Dürften wir Sie bitten, Ihre 2-Sterne-Rezension danach noch einmal zu
überdenken und gegebenenfalls anzupassen? Das würde uns als kleinem
Händler sehr helfen.

Freundliche Grüße
Bad & Mehr""")

    o, b = order("de-cond", "de", "Wanderrucksack 38 l, mit Regenhülle")
    case("de-bewertung-nur-wenn-zufrieden", "reject", ["review.conditional"],
         "'Sind Sie zufrieden? Dann freuen wir uns ueber eine Bewertung. Falls etwas nicht passt, melden Sie sich bitte "
         "zuerst bei uns': Bewertungswunsch nur bei positiver Erfahrung.",
         to=b, frm="Bergzeit Ausrüstung <team@bergzeit-ausruestung.de>", enc=L1, day=11,
         subject=f"Ihr Wanderrucksack – alles in Ordnung? ({o})", text=f"""Guten Tag,

Ihr Rucksack aus der Bestellung {o} war hoffentlich schon mit auf Tour.

Sind Sie zufrieden? Dann freuen wir uns sehr über eine Bewertung bei Amazon.
Falls etwas nicht passt, melden Sie sich bitte zuerst bei uns, bevor Sie
bewerten - wir finden bestimmt eine Lösung.

Berg heil!
Ihr Team von Bergzeit""")

    o, b = order("at-storno", "de", "Espressomaschine Siebträger, Edelstahl", tld="at", **OOS)
    case("at-nicht-lagernd-bitte-stornieren", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Oesterreichisch 'derzeit nicht lagernd': bittet den Kaeufer, die Bestellung selbst zu stornieren, und "
         "bestaetigt keine Erstattung.",
         to=b, frm="Kaffeemaschinen Gruber <office@kaffee-gruber.at>", enc=CP, day=13,
         subject=f"Ihre Bestellung {o} – Siebträger nicht lagernd", text=f"""Sehr geehrte Kundin, sehr geehrter Kunde,

leider ist die Siebträgermaschine aus Ihrer Bestellung {o} derzeit
nicht lagernd, und der Großhändler kann uns keinen Liefertermin nennen.

Wir ersuchen Sie daher, die Bestellung über Ihr Amazon-Konto unter "Meine
Bestellungen" zu stornieren. Danke für Ihr Verständnis.

Mit freundlichen Grüßen
Kaffeemaschinen Gruber""")

    o, b = order("de-noadj", "de", "Wandtattoo Weltkarte XXL, 180x100", **OOS)
    case("de-nicht-lieferbar-ohne-erstattung", "quarantine", ["order-problem.no-adjustment"],
         "Kann nicht liefern (Motiv eingestellt), verspricht Ruecksprache, aber keine Bestaetigung, dass der Betrag "
         "angepasst oder erstattet wurde.",
         to=b, frm="Wandkunst Berger <info@wandkunst-berger.de>", enc=L15, day=13,
         subject=f"Problem mit Ihrer Bestellung {o}", text=f"""Hallo,

leider können wir Ihre Bestellung {o} nicht ausführen: Der Hersteller
hat das Motiv Weltkarte XXL aus dem Programm genommen, und unser letztes
Exemplar war beim Zuschnitt beschädigt.

Es tut uns wirklich leid. Wir kümmern uns um alles Weitere.

Viele Grüße
Wandkunst Berger""")

    o, b = order("de-retoure", "de", "Winterstiefel Damen, Gr. 39, gefüttert")
    case("de-retoure-eingegangen", "quarantine", ["return.unnecessary"],
         "Proaktive Meldung 'Ihre Retoure ist eingegangen und wird bearbeitet': weder Rueckfrage noch Teilerstattung.",
         to=b, frm="Schuhhaus Kaltenbach <retoure@schuhhaus-kaltenbach.de>", enc=CP, day=11,
         tolerated=("type.order-confirmation",),
         subject=f"Rücksendung erhalten – Bestellung {o}", text=f"""Guten Tag,

Ihre Rücksendung zur Bestellung {o} (Winterstiefel, Gr. 39) ist heute
bei uns eingegangen. Die Ware wird geprüft, danach veranlassen wir die
Erstattung auf Ihr ursprüngliches Zahlungsmittel.

Freundliche Grüße
Ihr Retourenteam Schuhhaus Kaltenbach""")

    o, b = order("de-http", "de", "Hochbeet Lärche 120x60 cm")
    case("de-aufbauvideo-http", "reject", ["link.insecure"],
         "Link zum Aufbauvideo auf der Amazon-Produktseite, aber mit http:// statt https://.",
         to=b, frm="Gartenkontor Hessen <info@gartenkontor-hessen.de>", enc=QP, day=6,
         subject=f"Aufbau Ihres Hochbeets ({o})", text=f"""Guten Tag,

zu Ihrem Hochbeet aus Bestellung {o}: Die Seitenwände werden zuerst in
die Eckpfosten geschoben, erst danach kommt die Bodenplatte. Ein
Aufbauvideo finden Sie auf der Produktseite:
http://www.amazon.de/dp/B0D2HB7Q11

Gutes Gelingen!
Gartenkontor Hessen""")

    o, b = order("de-ext", "de", "Dachbox 420 l, schwarz matt")
    case("de-montageanleitung-eigene-seite", "reject", ["link.external"],
         "https-Link auf die Montageanleitung im eigenen Shop statt auf Amazon: externer Link.",
         to=b, frm="Autozubehör Reiter <service@autozubehoer-reiter.de>", enc=CP, day=7,
         subject=f"Montage Ihrer Dachbox – Bestellung {o}", text=f"""Guten Tag,

Sie hatten gefragt, wie die Schnellspanner der Dachbox aus Bestellung {o}
einzustellen sind. Die bebilderte Montageanleitung liegt als PDF auf unserer
Seite: https://www.autozubehoer-reiter.de/downloads/dachbox-420-montage.pdf

Gute Fahrt!
Autozubehör Reiter""",
         reply="Wie stelle ich die Spanner richtig ein?")

    o, b = order("de-optout", "de", "Saunatuch Bio-Baumwolle 80x200")
    case("de-bewertung-mit-abmeldehinweis", "reject", ["link.opt-out"],
         "Neutraler Bewertungswunsch mit Fusszeile 'Keine Nachrichten mehr? Antworten Sie mit ABMELDEN': Abmeldetext.",
         to=b, frm="Frottier-Manufaktur <bewertung@frottier-manufaktur.de>", enc=L1, day=10,
         subject=f"Ihr Saunatuch – eine kurze Bitte ({o})", text=f"""Guten Tag,

wir hoffen, Ihr Saunatuch aus der Bestellung {o} ist flauschig bei
Ihnen angekommen. Über eine ehrliche Bewertung bei Amazon würden wir uns
freuen.

Frottier-Manufaktur

Sie möchten keine weiteren Nachrichten dieser Art von uns erhalten?
Antworten Sie einfach mit ABMELDEN, dann tragen wir Sie aus.""")

    o, b = order("de-docx", "de", "Vertikutierer elektrisch 1500 W")
    docx = make_docx(["Bedienungsanleitung Vertikutierer VT 1500", "1. Walze einsetzen", "2. Arbeitstiefe einstellen"])
    case("de-anleitung-als-word-datei", "reject", ["attachment.not-allowed"],
         "Bedienungsanleitung als Word-Datei (.docx, ein Office-Container) angehaengt: ausserhalb der erlaubten "
         "Anhangtypen.",
         to=b, frm="Rasenpflege Schuster <info@rasenpflege-schuster.de>", enc=QP, day=8,
         attach=((docx, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
                  "Bedienungsanleitung_VT1500.docx"),),
         reply="Bei mir lag keine Anleitung bei.",
         subject=f"AW: Anleitung fehlt – Bestellung {o}", text=f"""Hallo,

entschuldigen Sie bitte, da ist beim Packen Ihrer Bestellung {o} etwas
schiefgelaufen. Anbei die Bedienungsanleitung des Vertikutierers.

Viele Grüße
Rasenpflege Schuster""")

    o, b = order("de-logo", "de", "Olivenholz-Salatbesteck, 30 cm")
    logo = logo_png("OLIVIA HOLZ")
    case("de-shopfusszeile-logo-verlinkt", "reject", ["image.logo-link", "link.external"],
         "Shop-System-Fusszeile: Logo mit alt-Text, verlinkt auf die eigene Website (zwangslaeufig auch ein externer "
         "Link).",
         to=b, frm="Olivia Holz <service@olivia-holz.de>", enc=B64, day=9,
         related=((logo, "image", "png", "<logo68b@olivia-holz.de>", "olivia.png"),),
         subject=f"Pflege Ihres Salatbestecks ({o})",
         html=f"""<p>Guten Tag,</p>
<p>Olivenholz mag kein Spülmaschinenwasser. Reiben Sie das Salatbesteck aus Bestellung {o} nach dem
Abwaschen ab und ölen Sie es einmal im Monat mit etwas Speiseöl ein.</p>
<p>Herzliche Grüße<br>Ihr Olivia-Holz-Team</p>
<hr>
<p><a href="https://www.olivia-holz.de/"><img src="cid:logo68b@olivia-holz.de" alt="Olivia Holz" width="150" height="44"></a><br>
Olivia Holz UG (haftungsbeschränkt) · Amtsgericht Kassel HRB 19921</p>""")

    o, b = order("de-pixel", "de", "Zimmerbrunnen Keramik mit LED")
    case("de-bewertungstool-zaehlpixel", "reject", ["image.tracking-pixel", "style.image-alt"],
         "Nachricht eines Bewertungstools mit 1x1-Zaehlpixel (entfernt, pro Empfaenger ein Token, leeres alt): "
         "Tracking-Pixel und Bild ohne Alternativtext.",
         to=b, frm="Zimmerbrunnen Welt <noreply@zimmerbrunnen-welt.de>", enc=QP, day=10,
         subject=f"Wie plätschert Ihr Zimmerbrunnen? ({o})",
         html=f"""<p>Guten Tag,</p>
<p>Ihr Zimmerbrunnen aus der Bestellung {o} ist seit ein paar Tagen bei Ihnen. Tipp: Verwenden Sie
destilliertes Wasser, dann bilden sich keine Kalkränder an der Pumpe.</p>
<p>Über eine ehrliche Bewertung auf Amazon freuen wir uns.</p>
<p>Ihr Zimmerbrunnen-Welt-Team</p>
<img src="https://open.feedbackpilot-mail.de/o/7f3a91c2e4b8/d41d8cd9.gif" width="1" height="1" alt="" border="0">""")

    o, b = order("de-photo", "de", "Hängesessel Rattan mit Gestell, natur")
    photo = img_bytes(Image.new("RGB", (300, 300), (196, 160, 110)), "JPEG", quality=85)
    case("de-foto-des-gekauften-artikels", "quarantine", ["image.product-photo"],
         "Inline-Foto mit alt-Text 'Haengesessel Rattan mit Gestell': ein Bild des gekauften Artikels.",
         to=b, frm="Rattanwerk <info@rattanwerk.de>", enc=B64, day=8,
         related=((photo, "image", "jpeg", "<foto68@rattanwerk.de>", "haengesessel-rattan.jpg"),),
         subject=f"Aufhängen Ihres Hängesessels ({o})",
         html=f"""<p>Guten Tag,</p>
<p>damit Ihr Sessel aus Bestellung {o} gerade hängt, stellen Sie das Gestell zuerst auf ebenen Boden
und hängen den Sessel erst dann in den Karabiner.</p>
<p><img src="cid:foto68@rattanwerk.de" alt="Hängesessel Rattan mit Gestell" width="300" height="300"></p>
<p>Viele Grüße<br>Rattanwerk</p>""")

    o, b = order("de-tel", "de", "Bettwäsche Satin 200x200, anthrazit")
    case("de-eigene-hotline", "reject", ["content.phone-number"],
         "Die allgemeine Kundenhotline des Haendlers ('Rufen Sie uns gerne an') - kein Garantie-, Versand- oder "
         "Herstellerzusammenhang.",
         to=b, frm="Schlafgut Textil <service@schlafgut-textil.de>", enc=CP, day=9,
         subject=f"Umtausch Ihrer Bettwäsche – Bestellung {o}", text=f"""Guten Tag,

Sie möchten die Bettwäsche aus Bestellung {o} gegen die Größe
155x220 tauschen. Welche Farbe soll es sein, wieder Anthrazit?

Rufen Sie uns gerne an, wir sind Mo-Fr von 9 bis 17 Uhr unter
06151 / 39 48 27 erreichbar.

Freundliche Grüße
Schlafgut Textil""")

    o, b = order("de-sens", "de", "Smartwatch Fitness-Tracker, schwarz")
    case("de-wutantwort-paketdienst", "quarantine", ["content.sensitive"],
         "Umgangssprachliche, beleidigende Antwort ('Scheiss-Paketdienst', 'die Deppen'): anstoessige Sprache.",
         to=b, frm="Tech-Ecke Mayer <info@tech-ecke-mayer.de>", enc=L1, day=10,
         reply="Paket kam kaputt an, Karton war total zerdrückt.",
         subject=f"AW: Paket beschädigt ({o})", text=f"""Hallo,

ja, der Scheiss-Paketdienst hat das bei uns diese Woche schon dreimal
verbockt, die Deppen werfen die Kartons einfach über den Zaun. Schicken Sie
uns bitte ein Foto vom Karton und von der Uhr zu Bestellung {o}, dann
kümmern wir uns um Ersatz.

Gruß
Tech-Ecke Mayer""")

    o, b = order("de-hier", "de", "Fleece-Decke 150x200, grau meliert")
    case("de-linktext-hier", "reject", ["style.link-text"],
         "Link zur Amazon-Bewertungsseite mit dem Linktext 'hier': keine erklaerende Linkbeschriftung.",
         to=b, frm="Kuschelzeit <team@kuschelzeit-decken.de>", enc=QP, day=11,
         subject=f"Ihre Kuscheldecke ({o})",
         text=f"""Guten Tag,

Ihre Fleece-Decke aus Bestellung {o} sollte bei Ihnen sein. Wenn Sie
mögen, können Sie uns hier bewerten:
https://www.amazon.de/review/create-review?asin=B0BXK2D19Q

Viele Grüße
Kuschelzeit""",
         html=f"""<p>Guten Tag,</p>
<p>Ihre Fleece-Decke aus Bestellung {o} sollte bei Ihnen sein. Wenn Sie mögen, können Sie uns
<a href="https://www.amazon.de/review/create-review?asin=B0BXK2D19Q">hier</a> bewerten.</p>
<p>Viele Grüße<br>Kuschelzeit</p>""")

    o, b = order("de-alt", "de", "Pizzastein Cordierit 38 cm")
    logo = logo_png("STEINOFEN")
    case("de-logo-ohne-alt", "reject", ["style.image-alt"],
         "Logo als Inline-Bild ohne alt-Attribut in einer sonst sauberen Nachricht.",
         to=b, frm="Steinofen Bauer <kontakt@steinofen-bauer.de>", enc=B64, day=7,
         related=((logo, "image", "png", "<logo68c@steinofen-bauer.de>", "steinofen.png"),),
         subject=f"Erstes Aufheizen des Pizzasteins ({o})",
         html=f"""<p><img src="cid:logo68c@steinofen-bauer.de" width="150" height="44"></p>
<p>Guten Tag,</p>
<p>bitte heizen Sie den Pizzastein aus Bestellung {o} beim ersten Mal langsam mit dem Ofen auf, nie in
den bereits heißen Ofen legen, sonst kann er springen.</p>
<p>Guten Appetit!<br>Steinofen Bauer</p>""")

    o, b = order("de-emoji", "de", "Kinderfahrrad 16 Zoll, mint")
    case("de-du-smiley", "reject", ["style.emoji"],
         "Du-Form mit ASCII-Smiley ':-)' am Satzende.",
         to=b, frm="Radlkinder <servus@radlkinder.de>", enc={"charset": "us-ascii", "cte": "7bit"}, day=6,
         subject=f"Stuetzraeder fuer das Kinderrad ({o})", text=f"""Servus,

die Stuetzraeder zum Kinderrad aus deiner Bestellung {o} kommen in einem
eigenen kleinen Paket, das ist kein Versehen. Montiert werden sie an der
Hinterachse mit dem beiliegenden 15er-Schluessel.

Viel Spass beim ersten Ausflug :-)
Sepp von Radlkinder""")

    o, b = order("de-gif", "de", "Tischtennisplatte outdoor, wetterfest")
    case("de-animiertes-banner", "reject", ["style.animated-gif"],
         "Animiertes GIF-Banner (zwei Bilder) mit alt-Text in einer Terminnachricht fuer einen Sperrgut-Artikel.",
         to=b, frm="Sportplatz Direkt <versand@sportplatz-direkt.de>", enc=QP, day=4,
         related=((animated_gif(("PINGPONG", "Lieferung")), "image", "gif", "<ban68@sportplatz-direkt.de>",
                   "lieferung.gif"),),
         subject=f"Liefertermin Tischtennisplatte ({o})",
         html=f"""<p><img src="cid:ban68@sportplatz-direkt.de" alt="Sportplatz Direkt Lieferung" width="220" height="56"></p>
<p>Guten Tag,</p>
<p>die Tischtennisplatte aus Bestellung {o} wiegt 95 kg und kommt per Spedition. Passt Ihnen
Mittwoch, der 10. Juni, vormittags?</p>
<p>Sportliche Grüße<br>Sportplatz Direkt</p>""")

    o, b = order("de-wide", "de", "Markise 4x3 m, elektrisch")
    case("de-banner-zu-breit", "reject", ["style.image-width"],
         "Kopfbanner mit width=560 (ueber 480 px bei 600 px Referenz).",
         to=b, frm="Sonnenschutz Keller <info@sonnenschutz-keller.de>", enc=B64, day=5,
         related=((banner_png("SONNENSCHUTZ KELLER", 560), "image", "png", "<head68@sonnenschutz-keller.de>",
                   "kopf.png"),),
         subject=f"Montagetermin Ihrer Markise ({o})",
         html=f"""<p><img src="cid:head68@sonnenschutz-keller.de" alt="Sonnenschutz Keller" width="560" height="90"></p>
<p>Guten Tag,</p>
<p>für die Montage der Markise aus Bestellung {o} brauchen wir die Breite Ihrer Hauswand über dem
Fenster und die Angabe, ob Ziegel oder Beton. Dann schlagen wir Ihnen einen Termin vor.</p>
<p>Freundliche Grüße<br>Sonnenschutz Keller</p>""")

    o, b = order("de-sizes", "de", "Aquarium 120 l Komplettset")
    case("de-vier-schriftgroessen", "reject", ["style.font-sizes"],
         "Shop-Vorlage mit vier Schriftgroessen (h1, 15px, Standard, 11px).",
         to=b, frm="Aqua-Paradies <kontakt@aqua-paradies.de>", enc=CP, day=7,
         subject=f"Einfahren Ihres Aquariums ({o})",
         html=f"""<h1>Ihr neues Aquarium</h1>
<p style="font-size:15px">Bitte setzen Sie in den ersten drei Wochen keine Fische ein.</p>
<p>Das Becken aus Bestellung {o} muss erst einfahren, damit sich die Filterbakterien ansiedeln.
Testen Sie ab Woche zwei Nitrit mit den beiliegenden Streifen.</p>
<p style="font-size:11px">Aqua-Paradies · Registergericht Bremen HRB 40713</p>""")

    o, b = order("de-breaks", "de", "Saugroboter mit Wischfunktion")
    case("de-drei-leerzeilen", "reject", ["style.line-breaks"],
         "Reiner Text mit zwei Leerzeilen hintereinander (drei Zeilenumbrueche) vor der Signatur.",
         to=b, frm="Robo-Haushalt <hilfe@robo-haushalt.de>", enc=L1, day=8, crlf=True,
         subject=f"Kartenfunktion Ihres Saugroboters ({o})", text=f"""Hallo,

Sie hatten gefragt, warum der Saugroboter aus Bestellung {o} die Karte
nicht speichert: Die Kartenspeicherung startet erst nach zwei vollständigen
Reinigungsfahrten. Lassen Sie ihn bitte zweimal komplett durchfahren.



Viele Grüße
Robo-Haushalt Support""",
         reply="Er speichert die Karte nicht, was tun?")

    o, b = order("de-httpimg", "de", "Brotbackautomat 1 kg, Edelstahl")
    case("de-bild-ueber-http", "reject", ["image.insecure"],
         "Logo wird per http:// vom Shopserver geladen (alt-Text vorhanden, kein Link).",
         to=b, frm="Backstube Heim <service@backstube-heim.de>", enc=QP, day=9,
         subject=f"Rezeptheft zum Brotbackautomaten ({o})",
         html=f"""<p><img src="http://static.backstube-heim.de/mail/logo-2026.png" alt="Backstube Heim" width="160" height="40"></p>
<p>Guten Tag,</p>
<p>dem Brotbackautomaten aus Bestellung {o} sollte ein Rezeptheft beiliegen. Falls es fehlt, geben Sie
uns kurz Bescheid, dann legen wir es per Post nach.</p>
<p>Viele Grüße<br>Backstube Heim</p>""")

    o, b = order("de-impressum-bad", "de", "Hundebett orthopädisch XL, waschbar")
    case("de-impressum-mit-telefon-mail-http", "reject",
         ["content.phone-number", "content.email-address", "link.insecure"],
         "Shop-System-Impressum unter einer Adressrueckfrage: Telefon, E-Mail und Website mit http:// - drei "
         "verbotene Inhalte.",
         to=b, frm="Pfotenparadies <shop@pfotenparadies.de>", enc=L15, day=3,
         subject=f"Rückfrage zu Ihrer Bestellung {o}", text=f"""Guten Tag,

für das Hundebett aus Bestellung {o} gibt es zwei Bezugsfarben. Sie
haben keine ausgewählt: Möchten Sie Grau oder Beige? Wir versenden, sobald
wir Ihre Antwort haben.

Viele Grüße
Ihr Pfotenparadies-Team

--
Impressum: Pfotenparadies Inh. Mirko Sander, Lindenallee 3, 49074 Osnabrück
Tel.: +49 541 9087 2231 · E-Mail: shop@pfotenparadies.de
Web: http://www.pfotenparadies.de · USt-IdNr.: DE317720458""")

    o, b = order("uk-oos", "", "Gaming-Stuhl mit Fußstütze, rot", tld="de", **OOS)
    case("uk-englisch-ausverkauft-bitte-stornieren", "reject",
         ["language.mismatch", "order-problem.cancellation-request", "order-problem.no-adjustment"],
         "UK seller to an amazon.de buyer (default German) in English: out of stock, 'please cancel the order from "
         "your account', no refund confirmed.",
         to=b, frm="Throne Gaming UK <sales@thronegaming.co.uk>", enc=QP, day=13, lang="en",
         subject=f"Order {o} - out of stock", text=f"""Hi there,

Sorry to be the bearer of bad news, but the red gaming chair from order
{o} has sold out and our supplier has no restock date.

Could you please cancel the order from your Amazon account? That way it
gets closed on your side straight away.

Apologies and best wishes,
Liam at Throne Gaming""")

# --------------------------------------------------------------------------------------------
# French (amazon.fr, amazon.com.be)
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    # ---------------- compliant near-misses ----------------
    o, b = order("fr-avis", "fr", "Théière en fonte 1,2 L, noire")
    frm = "Maison du Thé Lavergne <contact@maisonduthe-lavergne.fr>"
    case("fr-avis-neutre-sans-accents", "relay", [],
         "Conseil d'utilisation puis demande d'avis neutre, sans accents (clavier QWERTY), sans contrepartie ni "
         "condition.",
         to=b, frm=frm, enc={"charset": "us-ascii", "cte": "7bit"}, day=9, hlang="fr",
         subject=f"Votre theiere en fonte - un conseil ({o})", text=f"""Bonjour,

Votre theiere en fonte (commande {o}) est arrivee il y a quelques
jours. Un conseil : ne la lavez jamais avec du produit vaisselle, un simple
rincage a l'eau chaude suffit, et sechez-la bien pour eviter la rouille.

Si vous avez un moment, votre avis sur Amazon nous serait precieux, qu'il
soit positif ou non.

Bien cordialement,
Claire, Maison du The Lavergne""")

    case("fr-relance-avis-meme-commande", "reject", ["review.repeat"],
         "Deuxieme demande d'avis ('petite relance') pour la meme commande apres la premiere, relayee.",
         to=b, frm=frm, enc=CP, day=14, after=("fr-avis-neutre-sans-accents",),
         subject=f"Petite relance – votre théière ({o})", text=f"""Bonjour,

Nous nous permettons une petite relance concernant votre théière
(commande {o}) : si vous n'avez pas encore eu le temps de laisser un
avis sur Amazon, il n'est pas trop tard !

Bien cordialement,
Claire""")

    o, b = order("be-retour", "fr", "Aspirateur balai sans fil 25,2 V", tld="com.be")
    case("be-retour-photos-septante", "relay", [],
         "Belgique ('septante', 'endéans'): retour annoncé, le vendeur demande une photo de la plaque signalétique - "
         "information nécessaire au retour.",
         to=b, frm="Électro Wallonie <service@electro-wallonie.be>", enc=L15, day=10, hlang="fr",
         subject=f"Votre demande de retour – commande {o}", text=f"""Bonjour Madame,

Vous avez demandé le retour de l'aspirateur de la commande {o} parce que
la batterie ne tient que quelques minutes. Pour savoir s'il s'agit de la
série concernée par un défaut connu, pourriez-vous nous envoyer, via la
messagerie Amazon, une photo de la plaque signalétique sous l'appareil ?

Nous vous répondrons endéans les 24 heures. La batterie de remplacement
coûte septante euros chez le fabricant, mais pour vous elle serait gratuite.

Cordialement,
Électro Wallonie""")

    o, b = order("fr-colis", "fr", "Plancha électrique 2 zones, inox")
    case("fr-reponse-suivi-colissimo", "relay", [],
         "Réponse à 'où est mon colis ?' avec le numéro de suivi et le numéro du service client Colissimo sur la "
         "même ligne : réponse (pas de confirmation proactive), numéro de transporteur autorisé.",
         to=b, frm="Cuisine Sud <sav@cuisine-sud.fr>", enc=CP, day=12, hlang="fr",
         reply="Bonjour, toujours pas reçu ma plancha, c'est normal ?",
         subject=f"RE: Toujours pas reçu – commande {o}", text=f"""Bonjour,

Votre plancha (commande {o}) a été remise à Colissimo le 2 juin sous
le numéro 6A24719935310. Le suivi indique une mise en instance au bureau de
poste le plus proche.

Si vous n'avez pas reçu d'avis de passage, le service client Colissimo
répond au 3631 (appel non surtaxé).

Cordialement,
Julien – Cuisine Sud""")

    o, b = order("fr-facture", "fr", "Lampe de bureau LED, bras articulé")
    pdf = make_pdf("Facture F2026-0611", ["Facture F2026-0611", f"Commande {o}",
                   "1 x Lampe de bureau LED   54,90 EUR TTC", "dont TVA 20 %   9,15 EUR"],
                   producer="PrestaShop 8 PDF")
    case("fr-facture-mentions-legales", "relay", [],
         "Facture PDF demandée par l'acheteur, avec un pied de page de mentions légales (SIRET, RCS, TVA, capital "
         "social) qui ne contient ni téléphone ni e-mail.",
         to=b, frm="Lumière & Bureau <factures@lumiere-bureau.fr>", enc=CP, day=8, hlang="fr",
         attach=((pdf, "application", "pdf", "Facture_F2026-0611.pdf"),),
         reply="Pourriez-vous m'envoyer une facture avec TVA ?",
         subject=f"RE: Facture commande {o}", text=f"""Bonjour,

Veuillez trouver ci-joint la facture de votre commande {o}, avec la
TVA détaillée.

Bonne journée,
Le service comptabilité

Lumière & Bureau SARL au capital de 8 000 EUR – RCS Nantes 852 417 339
SIRET 852 417 339 00021 – TVA intracommunautaire FR41852417339""")

    o, b = order("fr-gravure", "fr", "Bracelet jonc argent gravé")
    case("fr-tutoiement-validation-gravure", "relay", [],
         "Tutoiement, ton familier: validation du texte de gravure, motif proactif autorisé.",
         to=b, frm="Atelier Jonc & Plume <atelier@joncetplume.fr>", enc=QP, day=2, hlang="fr",
         subject=f"Ta gravure avant fabrication ({o})", text=f"""Coucou,

Avant de graver ton bracelet (commande {o}), on préfère vérifier
avec toi : tu as écrit « Pour toujour, L. » sans « s » à « toujours ».
C'est voulu ou on corrige ?

Dès que tu nous réponds, on lance la gravure.

Belle journée,
Inès de l'Atelier Jonc & Plume""")

    o, b = order("fr-rupture-ok", "fr", "Nappe en lin lavé 160x250, terracotta", **OOS)
    case("fr-rupture-remboursee", "relay", [],
         "Rupture de stock : le montant a été remboursé intégralement avec le motif, l'acheteur n'a rien à faire.",
         to=b, frm="Linge de Provence <bonjour@lingedeprovence.fr>", enc=B64, day=13, hlang="fr",
         subject=f"Votre commande {o} : article indisponible", text=f"""Bonjour,

Nous sommes désolés : la nappe terracotta de votre commande {o} n'est
plus disponible, le dernier lot teint présentait des défauts.

Nous avons donc remboursé la totalité de la commande (motif : rupture de
stock). Vous n'avez aucune démarche à faire ; le remboursement apparaîtra
sous quelques jours selon votre moyen de paiement.

Toutes nos excuses,
Linge de Provence""")

    o, b = order("fr-ch", "fr", "Coutellerie 6 couteaux à steak, manche olivier", tld="de")
    case("fr-acheteur-suisse-sur-amazon-de", "relay", [],
         "Acheteur suisse romand sur amazon.de, langue enregistrée fr : un message en français est dans sa langue.",
         to=b, frm="Messerhaus Solingen <service@messerhaus-solingen.de>", enc=CP, day=5, hlang="fr",
         subject=f"Livraison de vos couteaux – commande {o}", text=f"""Bonjour,

Pour la livraison en Suisse de votre commande {o}, le transporteur
demande un numéro de NPA complet. Pourriez-vous nous confirmer le NPA et la
localité (par exemple 1003 Lausanne) ?

Avec nos meilleures salutations,
Messerhaus Solingen""")

    # ---------------- violations ----------------
    o, b = order("fr-exp", "fr", "Draps housse coton bio 140x190", shipped="2026-06-14T16:00:00Z", delivered="")
    case("fr-avis-expedition-suivi", "quarantine", ["type.order-confirmation"],
         "Message proactif 'votre colis est parti' avec numéro de suivi Mondial Relay : doublon de la confirmation "
         "d'expédition d'Amazon.",
         to=b, frm="Nuit Blanche Literie <expedition@nuitblanche-literie.fr>", enc=L1, day=14, hlang="fr",
         subject=f"Votre colis est parti ! Commande {o}", text=f"""Bonjour,

Bonne nouvelle : votre commande {o} a été expédiée ce jour par
Mondial Relay. Numéro de suivi : 47130582. Vous serez prévenu(e) par SMS
dès son arrivée en point relais.

À très bientôt,
Nuit Blanche Literie""")

    o, b = order("fr-merci", "fr", "Mug isotherme 450 ml, bleu nuit")
    case("fr-merci-et-a-dispo", "quarantine", ["type.thank-you-only"],
         "Uniquement des remerciements et 'nous restons à votre disposition', sans autre objet.",
         to=b, frm="Thermos & Co <bonjour@thermos-et-co.fr>", enc=CP, day=8, hlang="fr",
         subject=f"Merci pour votre commande {o}", text=f"""Bonjour,

Toute l'équipe de Thermos & Co vous remercie chaleureusement pour votre
commande {o}. C'est grâce à des clients comme vous que notre petite
entreprise familiale peut exister.

Nous restons bien entendu à votre entière disposition pour toute question.

Chaleureusement,
Thermos & Co""")

    o, b = order("fr-promo", "fr", "Bougie parfumée figue 220 g")
    case("fr-code-promo-prochaine-commande", "quarantine", ["type.marketing"],
         "Conseil de combustion suivi d'un code promo sur 'toute notre collection' et de l'invitation à la "
         "newsletter : message promotionnel.",
         to=b, frm="Cire & Flamme <atelier@cire-et-flamme.fr>", enc=QP, day=9, hlang="fr",
         subject=f"Votre bougie figue ({o}) + une petite surprise", text=f"""Bonjour,

Pour que votre bougie (commande {o}) brûle uniformément, laissez-la
allumée au moins deux heures la première fois.

Petite surprise : avec le code FIGUE20, profitez de 20 % sur toute notre
collection d'été, diffuseurs compris. Et pour ne rater aucune nouveauté,
inscrivez-vous à notre newsletter depuis notre boutique Amazon.

Belle soirée parfumée,
Cire & Flamme""")

    o, b = order("fr-incent", "fr", "Casque audio Bluetooth à réduction de bruit")
    case("fr-avis-frais-de-port-rembourses", "reject", ["review.incentive"],
         "'Laissez-nous un avis et nous vous remboursons les frais de port' : avis contre remboursement.",
         to=b, frm="Audio Nomade <contact@audionomade.fr>", enc=L15, day=10, hlang="fr",
         tolerated=("type.marketing",),
         subject=f"Votre casque audio – commande {o}", text=f"""Bonjour,

Nous espérons que votre casque (commande {o}) vous donne satisfaction.
Pensez à le charger complètement avant la première utilisation.

Petit geste de notre part : laissez-nous un avis sur Amazon et nous vous
remboursons les frais de port de votre commande. Envoyez-nous simplement le
lien de votre avis en réponse à ce message.

L'équipe Audio Nomade""")

    o, b = order("fr-removal", "fr", "Robot pâtissier 1200 W, 5 L")
    case("fr-retirer-commentaire-negatif", "reject", ["review.removal-request"],
         "Après un échange de pièce, le vendeur demande de 'retirer votre commentaire négatif' : demande de "
         "suppression d'un avis existant.",
         to=b, frm="Pâtisserie Pro <sav@patisseriepro.fr>", enc=B64, day=12, hlang="fr",
         reply="Le fouet est arrivé cassé, j'ai laissé un commentaire.",
         subject=f"RE: fouet cassé – commande {o}", text=f"""Bonjour,

Un nouveau fouet pour votre robot (commande {o}) vous a été envoyé
hier, il devrait arriver d'ici vendredi.

Maintenant que le problème est réglé, serait-il possible de retirer votre
commentaire négatif ? Il pénalise beaucoup notre petite boutique.

Merci d'avance,
Pâtisserie Pro""")

    o, b = order("fr-cond", "fr", "Tapis de bain coton 60x90, gris perle")
    case("fr-avis-seulement-si-satisfait", "reject", ["review.conditional"],
         "'Si vous êtes satisfait, un avis nous ferait plaisir ; sinon, contactez-nous d'abord' : filtrage des avis.",
         to=b, frm="Bain Douceur <contact@baindouceur.fr>", enc=CP, day=11, hlang="fr",
         subject=f"Votre tapis de bain ({o})", text=f"""Bonjour,

Votre tapis de bain (commande {o}) se lave à 40 °C, sans
assouplissant pour garder son absorption.

Si vous êtes satisfait(e), un petit avis sur Amazon nous ferait très
plaisir. Dans le cas contraire, contactez-nous d'abord : nous trouverons
une solution avant que vous ne laissiez une évaluation.

Bien à vous,
Bain Douceur""")

    o, b = order("be-annul", "fr", "Friteuse sans huile 5,5 L", tld="com.be", **OOS)
    case("be-rupture-merci-d-annuler", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Vendeur belge : article en rupture, 'merci d'annuler la commande de votre côté', aucun remboursement "
         "confirmé.",
         to=b, frm="Cuisine Belgica <ventes@cuisine-belgica.be>", enc=L1, day=13, hlang="fr",
         subject=f"Commande {o} – rupture de stock", text=f"""Bonjour,

Malheureusement la friteuse de votre commande {o} est en rupture
chez notre fournisseur, sans date de réassort.

Merci d'annuler la commande de votre côté, depuis « Vos commandes » sur
Amazon, afin que nous puissions la clôturer.

Nos excuses pour ce désagrément,
Cuisine Belgica""")

    o, b = order("fr-retour", "fr", "Chaussures de randonnée homme, pointure 43")
    case("fr-retour-bien-recu", "quarantine", ["return.unnecessary"],
         "Message proactif 'nous avons bien reçu votre retour, le remboursement suivra' : ni question ni remboursement "
         "partiel.",
         to=b, frm="Rando Sud-Ouest <retours@rando-sudouest.fr>", enc=QP, day=11, hlang="fr",
         tolerated=("type.order-confirmation",),
         subject=f"Retour reçu – commande {o}", text=f"""Bonjour,

Nous avons bien reçu votre retour concernant la commande {o}. Les
chaussures vont être contrôlées par notre entrepôt et le remboursement
suivra dans les prochains jours.

Cordialement,
Service retours – Rando Sud-Ouest""")

    o, b = order("fr-desinscr", "fr", "Set de 3 poêles antiadhésives")
    case("fr-avis-lien-desinscription", "reject", ["link.opt-out"],
         "Demande d'avis neutre avec la mention 'Pour ne plus recevoir nos messages, répondez STOP' : texte de "
         "désinscription.",
         to=b, frm="Cuisson Plus <avis@cuissonplus.fr>", enc=CP, day=10, hlang="fr",
         subject=f"Vos poêles – votre avis ({o})", text=f"""Bonjour,

Vos poêles (commande {o}) sont arrivées il y a quelques jours. Si vous
le souhaitez, vous pouvez partager votre avis sur Amazon.

Cuisson Plus

Pour ne plus recevoir nos messages, répondez STOP à cet e-mail.""")

    o, b = order("fr-mail", "fr", "Rideaux occultants 140x260, lin")
    case("fr-photos-par-courriel", "reject", ["content.email-address"],
         "Demande de photos légitime, mais à envoyer 'à notre adresse sav.rideaux@...' : adresse e-mail dans le corps.",
         to=b, frm="Rideaux & Voilages <service@rideaux-voilages.fr>", enc=L15, day=10, hlang="fr",
         reply="Les rideaux ont une tache sur un pan.",
         subject=f"RE: tache sur les rideaux – commande {o}", text=f"""Bonjour,

Navrés pour cette tache sur vos rideaux (commande {o}). Pour que nous
puissions vous proposer la bonne solution, envoyez-nous deux ou trois
photos à sav.rideaux@rideaux-voilages.fr, c'est plus simple pour les
pièces jointes.

Cordialement,
Rideaux & Voilages""")

    o, b = order("fr-tel", "fr", "Matelas mousse mémoire 140x190")
    case("fr-appelez-notre-service-client", "reject", ["content.phone-number"],
         "'Appelez notre service client au 04 78 ...' : ligne générale du vendeur, sans contexte garantie, transporteur "
         "ou fabricant.",
         to=b, frm="Literie Rhône <contact@literie-rhone.fr>", enc=QP, day=6, hlang="fr",
         subject=f"Déballage de votre matelas ({o})", text=f"""Bonjour,

Votre matelas (commande {o}) est livré roulé sous vide : laissez-le
reprendre sa forme 48 heures avant de dormir dessus.

Une question ? Appelez notre service client au 04 78 62 19 03, du lundi
au vendredi de 9 h à 18 h.

Bonnes nuits,
Literie Rhône""")

    o, b = order("fr-sens", "fr", "Trottinette électrique 350 W")
    case("fr-reponse-vulgaire-transporteur", "quarantine", ["content.sensitive"],
         "Réponse familière et vulgaire ('ce putain de transporteur', 'bande de cons') : langage offensant.",
         to=b, frm="Mobilité Urbaine <sav@mobilite-urbaine.fr>", enc=CP, day=10, hlang="fr",
         reply="Le garde-boue est tordu à la livraison !",
         subject=f"RE: garde-boue tordu ({o})", text=f"""Bonjour,

Encore ce putain de transporteur, une vraie bande de cons, ils nous font
le coup chaque semaine. On vous envoie un garde-boue neuf pour la commande
{o} dès demain.

Mobilité Urbaine""")

    o, b = order("fr-clic", "fr", "Cafetière à piston 1 L, verre borosilicaté")
    case("fr-cliquez-ici-garantie", "reject", ["style.link-text"],
         "Lien vers la page Amazon avec le texte 'cliquez ici' : pas de texte explicatif.",
         to=b, frm="Café Bohème <contact@cafe-boheme.fr>", enc=QP, day=7, hlang="fr",
         subject=f"Votre cafetière à piston ({o})",
         html=f"""<p>Bonjour,</p>
<p>Pour un café sans marc, laissez infuser quatre minutes avant de presser le piston de votre cafetière
(commande {o}).</p>
<p>Pour les informations de garantie, <a href="https://www.amazon.fr/dp/B0CQ3FJ8WZ">cliquez ici</a>.</p>
<p>Café Bohème</p>""")

    o, b = order("fr-centre", "fr", "Service à raclette 8 personnes")
    case("fr-message-centre", "reject", ["style.alignment"],
         "Corps de message entièrement centré (style text-align:center sur le conteneur).",
         to=b, frm="Fromagerie Alpine <bonjour@fromagerie-alpine.fr>", enc=L1, day=8, hlang="fr",
         subject=f"Votre appareil à raclette ({o})",
         html=f"""<div style="text-align:center">
<p>Bonjour,</p>
<p>Avant la première utilisation de votre appareil à raclette (commande {o}), faites-le chauffer
quinze minutes à vide dans une pièce aérée : une légère odeur est normale.</p>
<p>Bonne dégustation !<br>Fromagerie Alpine</p>
</div>""")

    o, b = order("fr-police", "fr", "Lot de 4 verres à vin, cristallin")
    case("fr-police-outlook-calibri", "reject", ["style.font-override"],
         "HTML d'Outlook avec font-family Calibri et une couleur de texte sur chaque paragraphe.",
         to=b, frm="Verrerie Delorme <service@verrerie-delorme.fr>", enc=CP, day=5, hlang="fr",
         subject=f"Casse de vos verres à vin – commande {o}",
         html=f"""<div class="WordSection1">
<p class="MsoNormal"><span style="font-family:&quot;Calibri&quot;,sans-serif;color:#1F3864">Bonjour,</span></p>
<p class="MsoNormal"><span style="font-family:&quot;Calibri&quot;,sans-serif;color:#1F3864">Vous nous signalez un verre
cassé dans la commande {o}. Pourriez-vous nous indiquer s'il s'agit d'un ou de plusieurs verres,
afin que nous envoyions le bon nombre de remplacements ?</span></p>
<p class="MsoNormal"><span style="font-family:&quot;Calibri&quot;,sans-serif;color:#1F3864">Cordialement,<br>
Verrerie Delorme</span></p>
</div>""", reply="Un verre est arrivé cassé.")

    o, b = order("fr-emoji", "fr", "Peluche renard 40 cm")
    case("fr-emoji-coeur", "reject", ["style.emoji"],
         "Question utile sur l'emballage cadeau, mais avec des émojis (cœur, renard) dans le texte.",
         to=b, frm="Doudou & Cie <coucou@doudouetcie.fr>", enc=B64, day=3, hlang="fr",
         subject=f"Emballage cadeau pour votre peluche ({o})", text=f"""Bonjour,

Vous avez coché l'option emballage cadeau pour la commande {o}.
Souhaitez-vous un petit mot sur la carte ? Si oui, répondez-nous avec le
texte, nous l'écrirons à la main 🦊❤️

À bientôt,
Doudou & Cie""")

    o, b = order("fr-marge", "fr", "Jardinière autoportante en bois")
    case("fr-marges-modele-helpdesk", "reject", ["style.margin"],
         "Modèle de helpdesk avec padding de 150px de chaque côté (au-delà de 120 px / 20 %).",
         to=b, frm="Jardin Cosy <sav@jardin-cosy.fr>", enc=QP, day=9, hlang="fr",
         subject=f"Montage de votre jardinière ({o})",
         html=f"""<div style="padding:10px 150px">
<p>Bonjour,</p>
<p>Nous avons vu que la notice de montage manquait dans le colis de la commande {o}. Souhaitez-vous
que nous vous l'envoyions en PDF via la messagerie Amazon, ou en version papier par la poste ?</p>
<p>Cordialement,<br>Jardin Cosy</p>
</div>""")

    o, b = order("be-nl", "nl", "Wafelijzer voor Brusselse wafels", tld="com.be")
    case("be-francais-a-acheteur-neerlandophone", "quarantine", ["language.mismatch"],
         "Message en français à un acheteur d'amazon.com.be dont la langue enregistrée est le néerlandais.",
         to=b, frm="Gaufres & Co <info@gaufres-co.be>", enc=L15, day=6, hlang="fr",
         subject=f"Votre gaufrier – commande {o}", text=f"""Bonjour,

Votre gaufrier (commande {o}) partira lundi : nous attendons encore
la fiche de prise belge de notre fournisseur. Nous vous prions de nous
excuser pour ce léger retard.

Cordialement,
Gaufres & Co""")

    o, b = order("fr-old", "fr", "Parasol déporté 3 m, taupe", purchased="2026-04-20T10:00:00Z",
                 shipped="2026-04-22T10:00:00Z", delivered="")
    case("fr-expedie-il-y-a-sept-semaines", "reject", ["window.expired"],
         "Commande expédiée le 22 avril et jamais marquée livrée : plus de 30 jours depuis l'expédition.",
         to=b, frm="Ombre & Soleil <contact@ombre-soleil.fr>", enc=CP, day=15, hlang="fr",
         subject=f"Votre parasol – un petit conseil ({o})", text=f"""Bonjour,

Avec les premières chaleurs, voici un conseil pour votre parasol (commande
{o}) : pensez à le refermer dès que le vent dépasse 30 km/h.

Si vous avez une minute, votre avis sur Amazon nous aiderait beaucoup.

Ombre & Soleil""")

    o, b = order("fr-multi", "fr", "Coussin de méditation zafu, sarrasin")
    case("fr-cinq-etoiles-emoji-lien-http", "reject", ["review.incentive", "style.emoji", "link.insecure"],
         "'Un petit 5 étoiles ⭐' vers un lien http:// d'Amazon : persuasion vers un avis positif, émoji et lien non "
         "sécurisé.",
         to=b, frm="Zen Atelier <namaste@zen-atelier.fr>", enc=QP, day=10, hlang="fr",
         subject=f"Votre zafu ({o})", text=f"""Bonjour,

Merci d'avoir choisi notre coussin zafu (commande {o}). Tapotez-le
avant chaque séance pour répartir l'écorce de sarrasin.

Si vous nous laissez un petit 5 étoiles ⭐, ça nous aide énormément :
http://www.amazon.fr/review/create-review?asin=B0B7ZAFU21

Namasté,
Zen Atelier""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_de, cases_fr))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="sixtyeighth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
