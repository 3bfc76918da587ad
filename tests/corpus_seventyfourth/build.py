#!/usr/bin/env python3
"""Build the seventy-fourth labelled corpus: orders.csv, cases/*.eml and labels.json.

    .venv/bin/python tests/corpus_seventyfourth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. The shape of the shared corpus (about 37 % compliant
near-misses, one focused violation per case over sections B-E, a few multi-rule cases) in German (amazon.de,
20), Italian (amazon.it, 12), Spanish (amazon.es, 12), French (amazon.fr, 8) and Japanese (amazon.co.jp, 8),
with a few buyers whose language differs from the marketplace's.
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
    animated_gif,
    banner_png,
    buyer,
    collect_by_language,
    diagram_png,
    img_bytes,
    lang_counts,
    logo_png,
    mail_date,
    make_docx,
    make_pdf,
    mk,
    page,
    reply_headers,
    set_boundaries,
    shaped_case,
    verify,
    write_cases,
    write_orders,
)
from PIL import Image, ImageDraw  # noqa: E402

_rnd = random.Random(74_2026_0615)
_PREFIX = {"de": "30", "fr": "40", "es": "40", "it": "40", "co.jp": "25"}
_TLD = {"de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T08:10:00Z", shipped="2026-06-02T14:30:00Z",
                 delivered="2026-06-05T10:45:00Z")
ORDERS = BOOK.rows
order = BOOK.add
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-12T19:20:00Z"}
OLD = {"purchased": "2026-05-02T09:00:00Z", "shipped": "2026-05-04T09:00:00Z", "delivered": "2026-05-09T13:00:00Z"}
SHIPPED = {"purchased": "2026-06-13T07:00:00Z", "shipped": "2026-06-14T16:00:00Z", "delivered": ""}
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
SJIS = {"charset": "shift_jis", "cte": "base64"}
B64 = {"cte": "base64"}
QP = {"cte": "quoted-printable"}
W1252 = {"charset": "windows-1252", "cte": "quoted-printable"}
L1 = {"charset": "iso-8859-1", "cte": "quoted-printable"}
L15 = {"charset": "iso-8859-15", "cte": "quoted-printable"}

TARGET = ["language.mismatch", "type.order-confirmation", "type.thank-you-only", "type.marketing",
          "review.incentive", "review.removal-request", "review.conditional", "review.repeat",
          "order-problem.cancellation-request", "order-problem.no-adjustment", "return.unnecessary",
          "content.sensitive", "content.phone-number", "content.email-address", "link.opt-out", "link.external",
          "link.insecure", "attachment.not-allowed"]
OTHER = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "style.emoji",
         "style.line-breaks"]
HTML_RULES = ["style.link-text", "style.image-alt", "style.animated-gif", "style.margin", "style.image-width",
              "style.font-override", "style.font-sizes", "style.alignment", "image.insecure", "image.logo-link",
              "image.tracking-pixel", "image.product-photo"]

THREAD = "0100019c.a74"
TAG = "s74"

# One case (tests/corpus_build.shaped_case): plain, HTML or both; every target rule not named stays silent.
case = partial(shaped_case, CASE_LIST, TARGET, OTHER + HTML_RULES, thread=THREAD, tag=TAG, time="08:52:31")


def hcase(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str, html: str,
          text: str | None = None, lang: str = "", day: int = 12, enc: dict | None = None, related=(), attach=(),
          reply: bool = False, tolerated: tuple[str, ...] = (), after: tuple[str, ...] = (),
          crlf: bool = False, head: str = "") -> None:
    """An HTML case written by hand (shop systems, helpdesks): the body markup is given as is."""
    hdrs = reply_headers(f"{THREAD}.{slug[:24]}") if reply else []
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*TARGET, *OTHER, *HTML_RULES) if r not in rules and r not in tol]
    kw = dict(enc or {})
    doc = page(html, lang or "en", head)
    if kw.get("charset"):
        doc = doc.replace('<meta charset="utf-8">', f'<meta charset="{kw["charset"]}">')
    msg = mk(frm, to, subject, mail_date(day, "11:07:44", "+0200"), f"<{TAG}.{slug}@{dom}>", headers=hdrs,
             text=text, html=doc, related=related, attach=attach, **kw)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, after=after, crlf=crlf)


def moka_jpeg() -> bytes:
    img = Image.new("RGB", (220, 260), (246, 244, 240))
    d = ImageDraw.Draw(img)
    d.polygon([(70, 250), (150, 250), (135, 150), (85, 150)], fill=(150, 150, 155))
    d.polygon([(80, 150), (140, 150), (150, 60), (70, 60)], fill=(170, 170, 176))
    d.rectangle([150, 90, 190, 110], fill=(30, 30, 30))
    return img_bytes(img, "JPEG", quality=85)


def proof_png() -> bytes:
    img = Image.new("RGB", (360, 200), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([10, 10, 350, 190], radius=18, outline=(90, 60, 30), width=3)
    d.text((120, 90), "Lucia & Marcos", fill=(90, 60, 30))
    d.text((140, 120), "12.09.2026", fill=(90, 60, 30))
    return img_bytes(img, "PNG", optimize=True)


# --------------------------------------------------------------------------------------------
# German (amazon.de): 8 compliant, 12 violations
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    frm = "Holzwerk Sauerland <service@holzwerk-sauerland.de>"
    o, b = order("de-delay", "de", "Massivholz-Schreibtisch Eiche 140x70 cm", **OOS)
    case("de-lieferverzug-ohne-storno", "relay", [],
         "Verzögerung über die angegebene Lieferzeit hinaus, mit 'eine Stornierung ist nicht nötig' und dem Hinweis "
         "auf Amazons eigene Versandbestätigung: erlaubte Verzögerungsmeldung, keine Bitte um Stornierung, "
         "keine Versandbestätigung.",
         to=b, frm=frm, enc=W1252, day=14,
         subject=f"Bestellung {o}: Lieferung verzögert sich um ca. eine Woche", text=f"""Guten Tag,

Ihr Schreibtisch aus der Bestellung {o} wird in unserer Werkstatt
gefertigt. Leider hat sich die Lieferung der Eichenplatten verzögert, so dass
wir den Tisch nicht wie angegeben bis zum 17. Juni, sondern voraussichtlich
erst am 24. Juni an die Spedition übergeben können.

Eine Stornierung ist von Ihrer Seite nicht nötig, die Bestellung bleibt wie
gewohnt bestehen. Sobald der Tisch unterwegs ist, bekommen Sie die
Versandbestätigung wie üblich direkt von Amazon.

Wir bitten die Verzögerung zu entschuldigen.

Mit freundlichen Grüßen
Jens Hüttemann
Holzwerk Sauerland""")

    o, b = order("de-invoice", "de", "Akku-Rasenmäher 36 V, 40 cm Schnittbreite")
    inv = make_pdf("Rechnung RE-2026-11873", ["Rechnung RE-2026-11873", f"Amazon-Bestellung {o}",
                                              "1 x Akku-Rasenmaeher 36 V  329,00 EUR",
                                              "enth. USt. 19 %  52,53 EUR"], producer="plentymarkets PDF")
    msg = mk("Gartenprofi Lindner GmbH <rechnung@gartenprofi-lindner.de>", b,
             f"Ihre Rechnung zur Bestellung {o}", mail_date(9, "06:15:02", "+0200"),
             f"<{TAG}.de-rechnung@gartenprofi-lindner.de>", charset="iso-8859-15", cte="quoted-printable",
             text=f"""Sehr geehrte Kundin, sehr geehrter Kunde,

anbei erhalten Sie die Rechnung RE-2026-11873 zu Ihrer Amazon-Bestellung
{o} als PDF-Datei.

Bitte bewahren Sie die Rechnung für Ihre Garantieunterlagen auf.

Mit freundlichen Grüßen
Ihr Team von Gartenprofi Lindner

Gartenprofi Lindner GmbH · Industriestraße 14 · 33609 Bielefeld
Geschäftsführer: Thomas Lindner · Amtsgericht Bielefeld HRB 44871
USt-IdNr. DE 284 117 903
""", attach=[(inv, "application", "pdf", "Rechnung_RE-2026-11873.pdf")])
    add_case(CASE_LIST, "de-rechnung-impressum", "relay", [],
             [r for r in (*TARGET, *OTHER) if r != "content.spelling"],
             "Rechnung als PDF im Anhang, Impressum mit Handelsregister- und USt-IdNr.: erlaubter Anhang, keine "
             "Telefonnummer.", msg, tolerated=["content.spelling"], crlf=True, lang="de")

    o, b = order("de-review", "de", "Kaffeemühle manuell, Keramikmahlwerk")
    case("de-bewertung-ohne-gegenleistung", "relay", [],
         "Neutrale Bewertungsbitte, die ausdrücklich keine Gutscheine oder Rabatte dafür anbietet und positive wie "
         "negative Meinungen erbittet: Vokabular von Anreiz und Werbung, aber keines von beiden.",
         to=b, frm="Mahlwerk Manufaktur <info@mahlwerk-manufaktur.de>", enc=QP, day=13,
         subject=f"Wie mahlt Ihre neue Mühle? (Bestellung {o})", text=f"""Hallo,

Ihre Kaffeemühle (Bestellung {o}) ist seit gut einer Woche bei Ihnen.
Ein Tipp aus der Werkstatt: Für Filterkaffee die Stellschraube zwölf Klicks
von ganz fein aufdrehen, für Espresso etwa vier.

Wenn Sie ein paar Tage damit gemahlen haben, würden wir uns über eine
Bewertung auf Amazon freuen. Gutscheine oder Rabatte gibt es dafür bei uns
ganz bewusst nicht; uns hilft jede ehrliche Meinung, auch eine kritische.

Beste Grüße aus Leipzig
Konrad Fiebig""")

    o, b = order("de-dhl", "de", "Wanduhr Bahnhofsuhr 40 cm, geräuschlos")
    case("de-antwort-dhl-hotline", "relay", [],
         "Antwort auf 'Wo bleibt mein Paket?' mit Sendungsnummer und der DHL-Servicenummer in derselben Zeile wie "
         "der Paketdienst: Antwort, keine proaktive Versandbestätigung; Nummer eines Versanddienstleisters.",
         to=b, frm="Uhrenstube Weber <kontakt@uhrenstube-weber.de>", enc=W1252,
         reply="Hallo, mein Paket sollte am Freitag kommen, ist aber noch nicht da. Was ist los?",
         subject=f"Re: Bestellung {o} - Paket noch nicht angekommen", text=f"""Hallo,

danke für Ihre Nachricht. Laut DHL liegt Ihr Paket zur Bestellung {o}
seit Samstag in der Filiale Kaiserstraße 12 zur Abholung bereit; die
Benachrichtigungskarte ist wohl nicht bei Ihnen angekommen.
Sendungsnummer: 00340434161094032715

Falls die Filiale das Paket nicht findet, hilft der DHL-Kundenservice unter
0228 4333112 weiter.

Viele Grüße
Petra Weber
Uhrenstube Weber""")

    o, b = order("de-bulky", "de", "Boxspringbett 180x200 cm, anthrazit", **OOS)
    case("de-speditionstermin", "relay", [],
         "Terminabsprache für die Lieferung eines sperrigen Artikels mit der Nummer der Spedition: erlaubter Zweck "
         "und erlaubte Telefonnummer.",
         to=b, frm="Schlafwelt Krämer <versand@schlafwelt-kraemer.de>", enc=L15, day=13, crlf=True,
         subject=f"Liefertermin für Ihr Boxspringbett – Bestellung {o}", text=f"""Sehr geehrte Kundin, sehr geehrter Kunde,

Ihr Boxspringbett aus der Bestellung {o} wird von der Spedition
Hellmann mit zwei Mann bis in die Wohnung geliefert. Dafür brauchen wir einen
Termin: Möglich sind Dienstag, 23. Juni, oder Donnerstag, 25. Juni, jeweils
zwischen 8 und 14 Uhr.

Bitte antworten Sie kurz mit Ihrem Wunschtermin und sagen Sie uns, in welchem
Stockwerk Sie wohnen und ob es einen Aufzug gibt.

Am Liefertag ist die Spedition Hellmann unter 0541 605-0 erreichbar.

Mit freundlichen Grüßen
Schlafwelt Krämer""")

    o, b = order("de-partial", "de", "Lederrucksack Vintage, cognac")
    case("de-teilerstattung-statt-retoure", "relay", [],
         "Zur Rücksendung wegen eines Kratzers bietet der Händler eine Teilerstattung an, falls die Kundin den "
         "Rucksack behalten möchte: erlaubter Rückgabe-Kontakt (Teilerstattung), keine Rückhalte-Taktik.",
         to=b, frm="Taschenatelier Roth <atelier@taschen-roth.de>", enc=QP, day=11,
         subject=f"Ihre Rücksendung zur Bestellung {o}", text=f"""Hallo Frau Albers,

Sie haben für den Rucksack aus Bestellung {o} eine Rücksendung
angemeldet, weil auf der Klappe ein Kratzer ist. Das tut uns leid.

Sie können den Rucksack selbstverständlich zurückschicken. Falls er Ihnen
ansonsten gefällt, bieten wir Ihnen alternativ eine Teilerstattung von
25,00 EUR an und Sie behalten ihn. Geben Sie uns einfach Bescheid, was Ihnen
lieber ist.

Herzliche Grüße
Miriam Roth""")

    o, b = order("de-address", "de", "Gartenbank Akazie 3-Sitzer", **OOS)
    hcase("de-hausnummer-helpdesk", "relay", [],
          "Helpdesk-HTML (fett, zwei Schriftgrößen, Amazon-Link mit erklärendem Text, Logo mit Alt-Text ohne Link): "
          "Nachfrage zur fehlenden Hausnummer, alles erlaubt.",
          to=b, frm="Gartenmöbel Sommerfeld <support@gartenmoebel-sommerfeld.de>", lang="de", day=13, enc=B64,
          subject=f"Rückfrage zur Lieferadresse – Bestellung {o}",
          related=[(logo_png("Sommerfeld"), "image", "png", "logo-sf", "sommerfeld.png")],
          html=f"""<div>
<p><img src="cid:logo-sf" alt="Gartenmöbel Sommerfeld" width="150" height="44"></p>
<p>Guten Tag,</p>
<p>für Ihre Bestellung <strong>{o}</strong> fehlt in der Lieferadresse die Hausnummer. Damit die Spedition
die Gartenbank zustellen kann, antworten Sie bitte kurz mit der vollständigen Anschrift.</p>
<p>Alternativ können Sie die Adresse auch selbst <a href="https://www.amazon.de/gp/your-account/order-history">in
Ihrer Bestellübersicht bei Amazon ändern</a>.</p>
<p style="font-size:12px">Ticket #48213 · Gartenmöbel Sommerfeld Kundenservice</p>
</div>""")

    o, b = order("de-en", "en", "Steckdosenleiste 6-fach mit Überspannungsschutz", tld="de")
    case("de-buyer-english", "relay", [],
         "amazon.de-Bestellung, buyer_language en: die Nachricht auf Englisch ist die Sprache der Käuferin "
         "(language.mismatch bleibt still).",
         to=b, frm="Elektro Brandl <service@elektro-brandl.de>", enc=QP, day=10,
         subject=f"Your order {o}: German plug type", text=f"""Hello,

you ordered the power strip with order number {o}. We noticed
that your delivery address is a Packstation in Munich, so we assume you live
in Germany. Still, just to be sure: the strip has German type F sockets and
a type F plug. It will not fit UK or US wall sockets without an adapter.

If that is what you need, there is nothing to do and it ships tomorrow.
If you would rather have a different version, please reply before 6 pm
today.

Kind regards
Florian Brandl
Elektro Brandl""")

    # ---- violations
    o, b = order("de-noid", "de", "Duschkopf Regendusche 25 cm, Edelstahl", **OOS)
    case("de-ohne-bestellnummer", "reject", ["order-id.missing"],
         "Proaktive Verzögerungsmeldung, die die Bestellung nur über das Datum und den Artikel benennt: die "
         "17-stellige Bestellnummer fehlt.",
         to=b, frm="Bad & Mehr Online <info@badundmehr-online.de>", enc=W1252, day=14,
         subject="Ihre Bestellung vom 12. Juni – kurze Verzögerung", text="""Guten Tag,

vielen Dank für Ihre Bestellung vom 12. Juni über Amazon. Die Regendusche
aus Edelstahl kommt leider erst am Donnerstag wieder in unser Lager, wir
versenden sie dann noch am selben Tag.

Wir bitten um Verständnis für die zwei Tage Verzögerung.

Freundliche Grüße
Bad & Mehr Online""")

    o, b = order("de-old", "de", "Isomatte selbstaufblasend 5 cm", **OLD)
    case("de-bewertung-zu-spaet", "reject", ["window.expired"],
         "Neutrale Bewertungsbitte 37 Tage nach der Zustellung (9. Mai): außerhalb der 30 Tage.",
         to=b, frm="Outdoor-Kammer <hallo@outdoor-kammer.de>", enc=QP, day=15,
         subject=f"Wie schläft es sich auf Ihrer Isomatte? ({o})", text=f"""Hallo,

inzwischen waren Sie vielleicht schon ein paar Nächte mit der Isomatte aus
Bestellung {o} unterwegs. Ein Tipp: Das Ventil über Nacht offen
lassen, dann bläst sie sich beim ersten Mal vollständig auf.

Über eine Bewertung auf Amazon würden wir uns freuen.

Grüße aus dem Allgäu
Outdoor-Kammer""")

    o, b = order("de-ship", "de", "Thermoskanne 1 l, doppelwandig", **SHIPPED)
    case("de-ihre-bestellung-wurde-versandt", "quarantine", ["type.order-confirmation"],
         "Shop-System-Mail 'Ihre Bestellung wurde versandt' mit Sendungsnummer und Paketdienst: eine "
         "Versandbestätigung, die Amazon selbst verschickt.",
         to=b, frm="Kannenhaus <noreply@kannenhaus.de>", enc=L15, day=14, crlf=True,
         subject=f"Ihre Bestellung {o} wurde versandt", text=f"""Sehr geehrte Kundin, sehr geehrter Kunde,

Ihre Bestellung {o} wurde heute versandt.

Versandart: DPD Classic
Paketnummer: 01905028740315
Voraussichtliche Zustellung: 16.06.2026

Bei Fragen zu Ihrer Bestellung antworten Sie einfach auf diese Nachricht.

Ihr Kannenhaus-Team""")

    o, b = order("de-incent", "de", "Fahrradschloss Faltschloss 90 cm")
    case("de-versandkosten-zurueck-fuer-bewertung", "reject", ["review.incentive"],
         "Bewertungsbitte mit 'als kleines Dankeschön für Ihre Bewertung erstatten wir Ihnen die Versandkosten': "
         "eine Erstattung als Gegenleistung für die Bewertung ('Wenn Sie zufrieden sind' vor der Bitte lässt sich "
         "auch als Bedingung lesen: review.conditional toleriert).",
         to=b, frm="Zweirad Oldenburg <shop@zweirad-oldenburg.de>", enc=W1252, day=12,
         tolerated=("review.conditional",),
         subject=f"Ihr Faltschloss – Bestellung {o}", text=f"""Moin,

Ihr Faltschloss (Bestellung {o}) hat zwei Schlüssel; den zweiten am
besten gar nicht erst an den Schlüsselbund hängen, sondern zu Hause
aufbewahren.

Wenn Sie zufrieden sind, freuen wir uns über eine Bewertung bei Amazon. Als
kleines Dankeschön für Ihre Bewertung erstatten wir Ihnen anschließend die
Versandkosten von 4,90 EUR.

Gute Fahrt!
Zweirad Oldenburg""")

    o, b = order("de-remove", "de", "Luftbefeuchter Ultraschall 4 l")
    case("de-bewertung-anpassen", "reject", ["review.removal-request"],
         "Antwort nach der Ersatzlieferung: 'wir würden uns freuen, wenn Sie Ihre Bewertung entsprechend anpassen': "
         "Bitte um Änderung einer bestehenden Bewertung.",
         to=b, frm="Klimaladen Hoffmann <service@klimaladen-hoffmann.de>", enc=QP,
         reply="Das Gerät tropft aus dem Tank, ich habe das auch in meiner Bewertung geschrieben.",
         subject=f"Re: Luftbefeuchter tropft ({o})", text=f"""Hallo Herr Sommer,

danke für die Rückmeldung. Wir haben Ihnen heute ein Ersatzgerät für die
Bestellung {o} geschickt; den alten Tank müssen Sie nicht
zurücksenden. Der Fehler lag an einer Dichtung aus einer einzelnen Charge.

Wenn das neue Gerät einwandfrei läuft, würden wir uns freuen, wenn Sie Ihre
Bewertung entsprechend anpassen.

Viele Grüße
Klimaladen Hoffmann""")

    o, b = order("de-cancel", "de", "Hängesessel mit Gestell, natur", **OOS)
    case("de-ausverkauft-bitte-stornieren", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Ausverkauft: 'Bitte stornieren Sie die Bestellung über Ihr Amazon-Konto', ohne Bestätigung, dass der "
         "Betrag angepasst wurde.",
         to=b, frm="Wohnoase Pflüger <info@wohnoase-pflueger.de>", enc=L15, day=13,
         subject=f"Bestellung {o} – Artikel nicht mehr verfügbar", text=f"""Guten Tag,

zu Ihrer Bestellung {o} müssen wir Ihnen leider mitteilen, dass der
Hängesessel mit Gestell ausverkauft ist und der Hersteller ihn nicht mehr
produziert.

Bitte stornieren Sie die Bestellung über Ihr Amazon-Konto, dann ist die
Sache für beide Seiten erledigt.

Es tut uns sehr leid.
Wohnoase Pflüger""")

    o, b = order("de-phone", "de", "Schuhregal Bambus, 5 Ebenen")
    case("de-eigene-servicenummer", "reject", ["content.phone-number"],
         "Aufbauhinweis mit 'bei Fragen erreichen Sie unser Service-Team unter 0231 ...': die eigene Service-Nummer "
         "des Händlers, weder Garantie noch Versand noch Hersteller.",
         to=b, frm="Regalmeister <service@regalmeister.de>", enc=W1252, day=9,
         subject=f"Aufbau Ihres Schuhregals ({o})", text=f"""Hallo,

beim Schuhregal aus Bestellung {o} bitte die Querstreben erst ganz zum
Schluss festziehen, dann steht es gerade.

Bei Fragen zum Aufbau erreichen Sie unser Service-Team unter 0231 98 76 54 30
(Mo–Fr 9–17 Uhr).

Viele Grüße
Regalmeister""")

    o, b = order("de-mail", "de", "Kinderfahrradhelm, Größe S")
    case("de-fotos-per-mail", "reject", ["content.email-address"],
         "Rückfrage zum Schaden, aber 'schicken Sie die Fotos bitte an reklamation@...': eine E-Mail-Adresse im Text.",
         to=b, frm="Kids on Wheels <service@kidsonwheels.de>", enc=QP, day=11,
         subject=f"Ihre Reklamation zum Helm – {o}", text=f"""Hallo,

Sie schreiben, dass der Verschluss des Helms aus Bestellung {o} nicht
einrastet. Damit wir das prüfen können, bräuchten wir zwei Fotos vom
Verschluss. Schicken Sie die Fotos bitte an reklamation@kidsonwheels.de,
dann melden wir uns innerhalb eines Werktags.

Viele Grüße
Kids on Wheels""")

    o, b = order("de-optout", "de", "Bio-Kokosöl 1 l, kaltgepresst")
    case("de-abmelden-fusszeile", "reject", ["link.opt-out"],
         "Sonst neutrale Nachricht zur Haltbarkeit mit Fußzeile 'Sie möchten keine weiteren Nachrichten von uns? "
         "Antworten Sie mit ABMELDEN': eine Abmeldemöglichkeit.",
         to=b, frm="Naturkost Hansen <info@naturkost-hansen.de>", enc=QP, day=10,
         subject=f"Hinweis zu Ihrem Kokosöl – Bestellung {o}", text=f"""Hallo,

bei warmem Wetter wird das Kokosöl aus Bestellung {o} flüssig und
kann im Glas trüb aussehen. Das ist normal und kein Qualitätsmangel; unter
24 Grad wird es wieder fest.

Herzliche Grüße
Naturkost Hansen

--
Sie möchten keine weiteren Nachrichten von uns erhalten? Antworten Sie
einfach mit ABMELDEN.""")

    o, b = order("de-font", "de", "Teppich Berber-Optik 160x230 cm")
    hcase("de-shopware-schriftart", "reject", ["style.font-override"],
          "Shop-System-HTML mit 'font-family: Arial, Helvetica, sans-serif' im body-Stil: überschreibt die "
          "Standardschrift, sonst eine erlaubte Pflegeinfo.",
          to=b, frm="Teppichhaus Yilmaz <shop@teppichhaus-yilmaz.de>", lang="de", day=10, enc=QP,
          subject=f"Pflegehinweise zu Ihrem Teppich (Bestellung {o})",
          text=f"Guten Tag,\n\nzu Ihrem Teppich aus Bestellung {o}: die ersten Wochen fusselt er etwas, "
               "bitte ohne Bürstenaufsatz saugen.\n\nTeppichhaus Yilmaz\n",
          html=f"""<div style="font-family: Arial, Helvetica, sans-serif;">
<p>Guten Tag,</p>
<p>zu Ihrem Teppich aus Bestellung {o}: In den ersten Wochen fusselt er etwas, das ist bei neuer Wolle normal.
Bitte saugen Sie ihn ohne rotierende Bürste und drehen Sie ihn alle paar Monate um 180 Grad.</p>
<p>Mit freundlichen Grüßen<br>Teppichhaus Yilmaz</p>
</div>""")

    o, b = order("de-docx", "de", "Kleiderschrank 3-türig, weiß")
    manual = make_docx(["Aufbauanleitung Kleiderschrank KS-300", "Schritt 1: Seitenwände an den Boden schrauben.",
                        "Schritt 2: Rückwand einschieben."])
    msg = mk("Möbel Direkt Lenz <info@moebel-lenz.de>", b, f"Aufbauanleitung zu Bestellung {o}",
             mail_date(8, "15:22:10", "+0200"), f"<{TAG}.de-docx@moebel-lenz.de>", charset="utf-8", cte="base64",
             text=f"""Hallo,

der Kleiderschrank aus Ihrer Bestellung {o} wurde leider mit einer
veralteten Aufbauanleitung ausgeliefert. Die aktuelle Anleitung finden Sie im
Anhang. Wichtig ist vor allem Schritt 2: die Rückwand vor den Türen montieren.

Viele Grüße
Möbel Direkt Lenz
""", attach=[(manual, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "Aufbauanleitung_KS-300.docx")])
    add_case(CASE_LIST, "de-anleitung-als-word", "reject", ["attachment.not-allowed"],
             [r for r in (*TARGET, *OTHER) if r != "attachment.not-allowed"],
             "Die Aufbauanleitung als Word-Datei (.docx): Dateityp außerhalb der erlaubten Liste (PDF, JPEG, PNG, "
             "Text).", msg, tolerated=["content.spelling"], lang="de")

    o, b = order("de-spell", "de", "Gewürzregal Holz, 4 Etagen", **OOS)
    case("de-rechtschreibung", "relay", ["content.spelling"],
         "Verzögerungsmeldung voller grober Rechtschreib- und Grammatikfehler: nur eine Warnung, die Nachricht "
         "wird weitergeleitet.",
         to=b, frm="Gewürzecke Sahin <info@gewuerzecke-sahin.de>", enc=QP, day=13,
         subject=f"Bestellung {o}", text=f"""Sehr geerte Kundinn,

leider verzögerd sich ihre bestelung {o} wegen das unser
lieferant die regahle nich rechzeitig gelifert hatt. Wir verschiken sie
warscheinlich nechste wohe sobalt die ware bei uns ankomt.

Wir entschuldigen uns für die umstende.

Mit freundliche grüse
Gewürzecke Sahin""")
    CASE_LIST[-1]["tolerated"] = []  # content.spelling is the rule under test here, not a tolerated one


# --------------------------------------------------------------------------------------------
# Italian (amazon.it): 4 compliant, 8 violations
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("it-review", "it", "Pentola a pressione 6 litri acciaio inox")
    case("it-recensione-qualunque-esito", "relay", [],
         "Consigli d'uso e richiesta di una recensione 'positiva o negativa che sia', senza condizioni né "
         "vantaggi: richiesta permessa (la prima per l'ordine).",
         to=b, frm="Casalinghi Esposito <ordini@casalinghi-esposito.it>", enc=L1, day=12, lang="it",
         subject=f"La sua pentola a pressione - ordine {o}", text=f"""Gentile cliente,

la ringraziamo per l'ordine {o}. Un consiglio per le prime
cotture: non superi mai i due terzi della capienza e, per i legumi, la metà.

Quando avrà avuto modo di usarla qualche volta, ci farebbe piacere leggere
la sua recensione su Amazon, positiva o negativa che sia: ci aiuta a capire
cosa migliorare.

Cordiali saluti
Casalinghi Esposito""")

    o, b = order("it-delay", "it", "Libreria a scala in legno di noce", **OOS)
    case("it-ritardo-nessun-annullamento", "relay", [],
         "Ritardo oltre i tempi indicati; 'non è necessario annullare l'ordine': avviso di ritardo permesso, nessuna "
         "richiesta di annullamento.",
         to=b, frm="Arredo Toscano <info@arredotoscano.it>", enc=QP, day=14, crlf=True,
         subject=f"Ordine {o}: consegna posticipata", text=f"""Gentile cliente,

le scriviamo a proposito dell'ordine {o}. La libreria viene
verniciata a mano nel nostro laboratorio e, a causa dell'umidità di questi
giorni, la vernice ha bisogno di qualche giorno in più per asciugare.

La spediremo entro il 22 giugno invece del 17. Non è necessario annullare
l'ordine né fare altro da parte sua.

Ci scusiamo per l'attesa.
Arredo Toscano""")

    o, b = order("it-fattura", "it", "Monitor 27 pollici IPS 4K")
    inv = make_pdf("Fattura 2026/0917", ["Fattura n. 2026/0917", f"Ordine Amazon {o}",
                                         "Monitor 27 pollici IPS 4K  289,00 EUR", "IVA 22 %  52,11 EUR"],
                   producer="Fatture in Cloud")
    msg = mk("InfoTech Brescia srl <amministrazione@infotech-brescia.it>", b, f"Re: fattura ordine {o}",
             mail_date(11, "10:31:09", "+0200"), f"<{TAG}.it-fattura@infotech-brescia.it>",
             charset="iso-8859-1", cte="quoted-printable", headers=reply_headers(f"{THREAD}.it-fattura"),
             text=f"""Gentile cliente,

come richiesto, le inviamo in allegato la fattura intestata alla sua
azienda per l'ordine {o}, con la partita IVA che ci ha indicato.

Cordiali saluti
Ufficio amministrazione
InfoTech Brescia srl - P.IVA 03478120985 - REA BS-532114

> Buongiorno, mi servirebbe la fattura intestata a Rossi Impianti,
> P.IVA 02918870174. Grazie
""", attach=[(inv, "application", "pdf", "Fattura_2026-0917.pdf")])
    add_case(CASE_LIST, "it-fattura-partita-iva", "relay", [], [r for r in (*TARGET, *OTHER)],
             "Risposta con la fattura PDF richiesta e partite IVA/REA nel testo: allegato necessario, i numeri "
             "fiscali non sono telefoni.", msg, tolerated=["content.spelling"], lang="it")

    o, b = order("it-de", "de", "Macchina per pasta manuale, 7 spessori", tld="it")
    case("it-acquirente-tedesco", "relay", [],
         "Ordine su amazon.it di un'acquirente con buyer_language de: il venditore scrive in tedesco, la lingua "
         "dell'acquirente (nessun language.mismatch).",
         to=b, frm="Pasta Fresca Shop <negozio@pastafrescashop.it>", enc=L1, day=10, lang="de",
         subject=f"Ihre Nudelmaschine - Bestellung {o}", text=f"""Guten Tag,

Sie haben bei uns über Amazon Italien die Nudelmaschine bestellt
(Bestellung {o}). Bevor Sie den ersten Teig verarbeiten, kurbeln Sie
bitte ein Stück Teig aus Mehl und Wasser durch und werfen es weg; so werden
die Walzen von Produktionsresten gereinigt.

Die Walzen niemals mit Wasser waschen, nur mit einem trockenen Pinsel.

Mit freundlichen Grüßen aus Bologna
Pasta Fresca Shop""")

    # ---- violations
    o, b = order("it-mismatch", "de", "Set di coltelli da cucina 5 pezzi", tld="it")
    case("it-lingua-sbagliata", "quarantine", ["language.mismatch"],
         "Ordine su amazon.it con buyer_language de, ma il messaggio è solo in italiano.",
         to=b, frm="Coltelleria Maniago <info@coltelleria-maniago.it>", enc=L1, day=12,
         subject=f"I suoi coltelli - ordine {o}", text=f"""Gentile cliente,

grazie per aver acquistato il set di coltelli (ordine {o}). Le
ricordiamo che le lame in acciaio al carbonio vanno lavate a mano e
asciugate subito, altrimenti possono comparire macchie di ruggine.

Per affilarle consigliamo una pietra a grana 1000.

Cordiali saluti
Coltelleria Maniago""")

    o, b = order("it-cond", "it", "Lampada da scrivania LED dimmerabile")
    case("it-recensione-solo-se-soddisfatto", "reject", ["review.conditional"],
         "'Se è soddisfatto lasci una recensione; se qualcosa non va, ci scriva prima': richiesta di recensione "
         "condizionata all'esperienza positiva.",
         to=b, frm="Luce & Design <servizio@luceedesign.it>", enc=QP, day=11,
         subject=f"Ordine {o} - tutto bene con la lampada?", text=f"""Buongiorno,

speriamo che la lampada dell'ordine {o} illumini bene la sua
scrivania. Tenendo premuto il tasto per due secondi si regola la
temperatura della luce.

Se è soddisfatto del prodotto, ci lasci una recensione su Amazon; se invece
qualcosa non va, ci scriva prima di recensire e troveremo una soluzione.

Un caro saluto
Luce & Design""")

    o, b = order("it-noadj", "it", "Friggitrice ad aria 5,5 litri", **OOS)
    case("it-esaurito-senza-rimborso", "quarantine", ["order-problem.no-adjustment"],
         "Prodotto esaurito: 'la terremo aggiornata' ma nessuna conferma che l'importo sia stato rimborsato o "
         "rettificato.",
         to=b, frm="Elettrodomestici Gallo <ordini@elettrogallo.it>", enc=L1, day=13,
         subject=f"Ordine {o} - prodotto non disponibile", text=f"""Gentile cliente,

purtroppo la friggitrice ad aria del suo ordine {o} risulta
esaurita nel nostro magazzino: l'ultimo lotto è arrivato danneggiato dal
trasporto.

Non sappiamo ancora quando riusciremo a riaverla. La terremo aggiornata.

Ci scusiamo per il disagio.
Elettrodomestici Gallo""")

    o, b = order("it-thanks", "it", "Tovaglia antimacchia 140x240 cm")
    case("it-solo-grazie", "quarantine", ["type.thank-you-only"],
         "Solo ringraziamenti e 'restiamo a disposizione per qualsiasi necessità': nessun altro contenuto.",
         to=b, frm="Tessuti di Casa Bianchi <info@tessutibianchi.it>", enc=QP, day=9,
         subject=f"Grazie per il suo ordine {o}", text=f"""Gentile cliente,

desideriamo ringraziarla di cuore per aver scelto Tessuti di Casa Bianchi
per il suo ordine {o}.

Per qualsiasi necessità restiamo a sua completa disposizione.

Un cordiale saluto
Tessuti di Casa Bianchi""")

    o, b = order("it-rude", "it", "Zaino da trekking 40 litri")
    case("it-risposta-volgare", "quarantine", ["content.sensitive"],
         "Risposta a un reclamo con 'quel corriere di merda': linguaggio offensivo.",
         to=b, frm="Montagna Store <assistenza@montagnastore.it>", enc=L1,
         reply="Lo zaino è arrivato con una cinghia strappata, la scatola era distrutta.",
         subject=f"R: zaino danneggiato - ordine {o}", text=f"""Buongiorno,

ci dispiace davvero. Purtroppo non è la prima volta che quel corriere di
merda ci rovina un pacco. Le spediamo subito una cinghia nuova per l'ordine
{o}, arriverà entro giovedì.

Saluti
Montagna Store""")

    o, b = order("it-emo", "it", "Cuscino cervicale memory foam")
    case("it-emoticon-saluto", "reject", ["style.emoji"],
         "Consigli per il cuscino chiusi con 'Buon riposo :-)': un'emoticon ASCII (l'orario 22:30 non lo è).",
         to=b, frm="Dormire Bene <info@dormirebene.it>", enc=QP, day=10,
         subject=f"Il suo cuscino cervicale - ordine {o}", text=f"""Gentile cliente,

il cuscino dell'ordine {o} è sottovuoto: una volta aperto, lo lasci
riprendere forma per 24 ore prima di usarlo. Se lo apre entro le 22:30 sarà
pronto già per la notte successiva.

Il lato più alto va sotto la nuca.

Buon riposo :-)
Dormire Bene""")

    o, b = order("it-center", "it", "Orologio da parete in legno 50 cm", **OOS)
    hcase("it-testo-centrato", "reject", ["style.alignment"],
          "Avviso di ritardo da gestionale con il corpo in <div style=\"text-align:center\">: allineamento centrato.",
          to=b, frm="Legno & Tempo <ordini@legnoetempo.it>", lang="it", day=14, enc=L1,
          subject=f"Ordine {o}: spedizione entro venerdì",
          html=f"""<div style="text-align:center">
<p>Gentile cliente,</p>
<p>l'orologio del suo ordine {o} è in fase di finitura e verrà spedito entro venerdì 19 giugno,
due giorni dopo la data indicata.</p>
<p>Ci scusiamo per il piccolo ritardo.</p>
<p>Legno &amp; Tempo</p>
</div>""")

    o, b = order("it-photo", "it", "Caffettiera moka 6 tazze alluminio")
    hcase("it-foto-della-moka", "quarantine", ["image.product-photo"],
          "Istruzioni per il primo caffè con una foto inline il cui alt è il titolo del prodotto acquistato: "
          "immagine del prodotto.",
          to=b, frm="Caffè & Co. <info@caffeeco.it>", lang="it", day=8, enc=B64,
          related=[(moka_jpeg(), "image", "jpeg", "moka", "moka.jpg")],
          subject=f"Il primo caffè con la sua moka - ordine {o}",
          html=f"""<p>Gentile cliente,</p>
<p>per la moka del suo ordine {o} le prime tre preparazioni vanno buttate: servono a formare
la patina interna.</p>
<p><img src="cid:moka" alt="Caffettiera moka 6 tazze alluminio" width="180"></p>
<p>Riempia la caldaia fino alla valvola, senza superarla, e non pressi il caffè nel filtro.</p>
<p>Caffè &amp; Co.</p>""")


# --------------------------------------------------------------------------------------------
# Spanish (amazon.es): 4 compliant, 8 violations
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("es-addr", "es", "Sofá cama 3 plazas gris", **OOS)
    case("es-piso-puerta-seur", "relay", [],
         "Pide el piso y la puerta que faltan en la dirección, con el teléfono de SEUR en la misma frase que el "
         "transportista: información necesaria y número de transportista.",
         to=b, frm="Muebles Levante <pedidos@muebleslevante.es>", enc=L1, day=13, lang="es",
         subject=f"Pedido {o}: nos falta el piso y la puerta", text=f"""Estimado/a cliente:

Para poder entregar el sofá cama de su pedido {o} necesitamos que
nos confirme el piso y la puerta, ya que en la dirección solo figura el
número de la calle.

La entrega la realiza SEUR; si lo prefiere, puede indicar estos datos
directamente al transportista en el 902 101 010.

Un saludo cordial,
Muebles Levante""")

    o, b = order("es-review", "es", "Plancha de asar de hierro fundido")
    case("es-resena-buena-o-mala", "relay", [],
         "Solicita una valoración sea cual sea la experiencia, sin nada a cambio: ni condicional ni incentivo.",
         to=b, frm="Hierro y Fuego <hola@hierroyfuego.es>", enc=QP, day=12,
         subject=f"Su plancha de hierro fundido (pedido {o})", text=f"""Hola:

¿Qué tal la plancha del pedido {o}? Recuerde secarla bien en el
fuego después de lavarla y darle una capa fina de aceite; así no se oxida.

Tanto si su experiencia ha sido buena como si no, nos ayudaría mucho que
dejara su opinión en Amazon. Cada valoración nos sirve para mejorar.

Saludos,
Hierro y Fuego""")

    o, b = order("es-proof", "es", "Placa de madera grabada personalizada")
    msg = mk("Grabados Nerea <taller@grabadosnerea.es>", b, f"Pedido {o}: ¿está bien el diseño?",
             mail_date(10, "17:40:00", "+0200"), f"<{TAG}.es-proof@grabadosnerea.es>", charset="utf-8",
             cte="quoted-printable", text=f"""Hola:

Antes de grabar la placa de su pedido {o}, le enviamos una prueba
del diseño con los nombres y la fecha que nos indicó.

¿Nos puede confirmar que todo está bien escrito? En cuanto nos responda,
la grabamos y sale al día siguiente.

Un saludo,
Nerea - Grabados Nerea
""", attach=[(proof_png(), "image", "png", "prueba_diseno_1.png")])
    add_case(CASE_LIST, "es-prueba-de-diseno", "relay", [], [r for r in (*TARGET, *OTHER, "image.product-photo")],
             "Verificación de un diseño personalizado con la prueba en PNG adjunta: adjunto necesario, no es la "
             "foto del producto comprado.", msg, tolerated=["content.spelling"], lang="es")

    o, b = order("es-en", "en", "Batidora de vaso 1,5 L 1200 W", tld="es")
    case("es-bilingue-ingles", "relay", [],
         "Pedido en amazon.es con buyer_language en: mensaje bilingüe español / inglés que incluye la lengua del "
         "comprador.",
         to=b, frm="Cocina Práctica <atencion@cocinapractica.es>", enc=B64, day=11, lang="es",
         subject=f"Pedido / Order {o}", text=f"""Hola / Hello,

Su batidora del pedido {o} trae la jarra con un precinto de
transporte en la base. Retírelo antes del primer uso o las cuchillas no
girarán.

Your blender from order {o} comes with a transport seal at the
base of the jug. Please remove it before first use, otherwise the blades
will not turn.

Un saludo / Kind regards,
Cocina Práctica""")

    # ---- violations
    o, b = order("es-known", "es", "Cafetera italiana inducción 9 tazas")
    ghost = "404-7731902-5582016"
    case("es-pedido-inexistente", "reject", ["order-id.unknown"],
         "El número de pedido tiene el formato correcto pero no está en la tienda (el destinatario es comprador de "
         "otro pedido).",
         to=b, frm="Cafés del Sur <pedidos@cafesdelsur.es>", enc=L1, day=12,
         subject=f"Su pedido {ghost}", text=f"""Estimado/a cliente:

En relación con su pedido {ghost}, le confirmamos que la junta de
repuesto que nos pidió ya está incluida en el paquete. No necesita hacer
nada más.

Atentamente,
Cafés del Sur""")

    o, b = order("es-mkt", "es", "Toalla de playa de microfibra 180x90")
    case("es-codigo-descuento", "reject", ["type.marketing", "style.emoji"],
         "Instrucciones de lavado con un código de descuento para el próximo pedido y un emoji de sol: promoción y "
         "emoji.",
         to=b, frm="Playa Bonita <hola@playabonita.es>", enc=B64, day=10,
         subject=f"Cuidado de su toalla (pedido {o})", text=f"""¡Hola!

La toalla de microfibra del pedido {o} se lava mejor a 30 grados y
sin suavizante, que le quita capacidad de absorción.

Y para este verano ☀️ tiene un 15 % de descuento en toda nuestra tienda con
el código VERANO15.

Un abrazo,
Playa Bonita""")

    o, b = order("es-incent", "es", "Auriculares inalámbricos deportivos")
    case("es-cinco-estrellas-reembolso", "reject", ["review.incentive"],
         "Pide cinco estrellas y ofrece devolver el 10 % del importe tras publicar la opinión: incentivo ('Si le "
         "gustan' delante de la petición también se puede leer como condición: review.conditional tolerado).",
         to=b, frm="SonidoPro <soporte@sonidopro.es>", enc=QP, day=11, tolerated=("review.conditional",),
         subject=f"Sus auriculares - pedido {o}", text=f"""Hola:

Para emparejar los auriculares de su pedido {o} con un segundo
móvil, mantenga pulsado el botón del auricular derecho durante seis
segundos hasta que parpadee en azul y rojo.

Si le gustan, le agradeceríamos una opinión de 5 estrellas en Amazon. Una
vez publicada, le reembolsamos el 10 % del importe del pedido.

Saludos,
SonidoPro""")

    o, b = order("es-ret", "es", "Robot aspirador con mopa")
    case("es-devolucion-disuasion", "quarantine", ["return.unnecessary"],
         "Ante una solicitud de devolución, solo intenta convencer al cliente de que se quede el producto: ni pide "
         "información ni ofrece un reembolso parcial.",
         to=b, frm="Hogar Inteligente <soporte@hogarinteligente.es>", enc=L1, day=12,
         subject=f"Su solicitud de devolución - pedido {o}", text=f"""Estimado/a cliente:

Hemos visto que ha solicitado la devolución del robot aspirador de su
pedido {o}.

¿Está seguro de que quiere devolverlo? La mayoría de nuestros clientes
notan la diferencia a partir de la segunda semana, cuando el robot ya ha
terminado de mapear toda la casa. Le animamos a darle unos días más.

Atentamente,
Hogar Inteligente""")

    o, b = order("es-ext", "es", "Termostato wifi para caldera")
    case("es-guia-en-nuestra-web", "reject", ["link.external"],
         "Instrucciones que remiten a la guía en la web propia del vendedor (https, dominio que no es de Amazon): "
         "enlace externo no necesario para completar el pedido.",
         to=b, frm="Clima Control <ayuda@climacontrol.es>", enc=QP, day=9,
         subject=f"Instalación del termostato (pedido {o})", text=f"""Hola:

Antes de instalar el termostato de su pedido {o}, corte la
corriente de la caldera y fotografíe el cableado antiguo.

Tiene la guía de instalación paso a paso, con vídeo, en
https://www.climacontrol.es/guias/termostato-wifi-t40

Saludos,
Clima Control""")

    o, b = order("es-link", "es", "Silla de oficina ergonómica")
    hcase("es-haga-clic-aqui", "reject", ["style.link-text"],
          "Enlace a Amazon (https, permitido) cuyo texto es solo 'aquí': enlace sin texto explicativo.",
          to=b, frm="Oficina Confort <clientes@oficinaconfort.es>", lang="es", day=11, enc=QP,
          subject=f"Devolución del pedido {o}",
          html=f"""<p>Estimado/a cliente:</p>
<p>Para completar la devolución de la silla de su pedido {o} necesitamos saber si conserva la caja
original, ya que el transportista solo recoge sillas embaladas.</p>
<p>El estado de la devolución lo puede consultar <a href="https://www.amazon.es/gp/orc/returns/homepage.html">aquí</a>.</p>
<p>Un saludo,<br>Oficina Confort</p>""")

    o, b = order("es-gif", "es", "Licuadora de zumos prensado en frío")
    hcase("es-gif-animado", "reject", ["style.animated-gif"],
          "Mensaje con la firma de la tienda como GIF animado de dos fotogramas (con texto alternativo).",
          to=b, frm="Zumos Vitales <info@zumosvitales.es>", lang="es", day=10, enc=B64,
          related=[(animated_gif(("ZUMOS VITALES", "desde 2014")), "image", "gif", "firma", "firma.gif")],
          subject=f"Primer uso de su licuadora - pedido {o}",
          html=f"""<p>Hola:</p>
<p>Antes de estrenar la licuadora de su pedido {o}, lave el tamiz y el sinfín con agua tibia; no
los meta en el lavavajillas.</p>
<p>Saludos,</p>
<p><img src="cid:firma" alt="Zumos Vitales" width="220" height="56"></p>""")

    o, b = order("es-http", "es", "Lámpara de pie de arco dorada")
    hcase("es-imagen-http", "reject", ["image.insecure"],
          "Firma HTML con el logotipo cargado por http:// (sin enlace): imagen no segura.",
          to=b, frm="Iluminación Mediterránea <info@iluminacionmed.es>", lang="es", day=9, enc=L1,
          subject=f"Montaje de la lámpara - pedido {o}",
          html=f"""<p>Estimado/a cliente:</p>
<p>La lámpara de su pedido {o} lleva la base en una caja aparte dentro del paquete. Atornille el
arco a la base antes de colocar la pantalla.</p>
<p>Atentamente,</p>
<p><img src="http://img.iluminacionmed.es/firma/logo-iluminacion.png" alt="Iluminación Mediterránea"
width="160" height="40"></p>""")


# --------------------------------------------------------------------------------------------
# French (amazon.fr): 3 compliant, 5 violations
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("fr-ret", "fr", "Trottinette électrique 350 W")
    case("fr-retour-numero-serie", "relay", [],
         "Retour : demande le numéro de série et une photo de l'écran d'erreur pour finaliser le retour : "
         "information nécessaire.",
         to=b, frm="Mobilité Urbaine <sav@mobilite-urbaine.fr>", enc=L15, day=12, lang="fr",
         subject=f"Votre demande de retour - commande {o}", text=f"""Bonjour,

Nous avons bien reçu votre demande de retour pour la trottinette de la
commande {o}.

Pour finaliser le retour, pourriez-vous nous communiquer le numéro de série
(sous le plateau, à côté de la béquille) ainsi qu'une photo de l'écran
lorsque le code d'erreur E3 s'affiche ? Le transporteur a besoin de ces
éléments pour accepter une batterie au lithium.

Cordialement,
Le service après-vente""")

    o, b = order("fr-rdv", "fr", "Réfrigérateur américain 600 L inox", **OOS)
    case("fr-rendez-vous-livraison", "relay", [],
         "Prise de rendez-vous pour la livraison d'un appareil volumineux, avec le numéro du transporteur dans la "
         "même ligne : motif et numéro autorisés.",
         to=b, frm="Électro Dépôt Lyonnais <livraison@electrodepot-lyonnais.fr>", enc=QP, day=13, crlf=True,
         subject=f"Rendez-vous de livraison - commande {o}", text=f"""Madame, Monsieur,

Votre réfrigérateur (commande {o}) sera livré par deux
livreurs. Merci de nous indiquer le créneau qui vous convient :
mardi 23 juin de 8 h à 13 h ou mercredi 24 juin de 13 h à 18 h.

Le transporteur Geodis vous appellera la veille ; vous pouvez aussi le
joindre au 09 69 32 80 80.

Bien cordialement,
Électro Dépôt Lyonnais""")

    o, b = order("fr-grav", "fr", "Bracelet gravé personnalisé argent 925")
    case("fr-merci-et-question-gravure", "relay", [],
         "Remerciements, mais surtout une vraie question (la police de la gravure n'a pas été choisie) : il reste "
         "un objet au message, ce n'est pas un simple merci.",
         to=b, frm="Atelier Lune d'Argent <atelier@lunedargent.fr>", enc=L15, day=13,
         subject=f"Votre bracelet gravé - commande {o}", text=f"""Bonjour,

Merci beaucoup pour votre commande {o}.

Il nous manque une information pour la gravure : vous avez indiqué le texte
« Pour toujours, C. » mais pas la police. Préférez-vous l'écriture anglaise
ou les capitales bâton ? Sans réponse d'ici jeudi, nous graverons en
écriture anglaise.

Nous restons à votre disposition.
Atelier Lune d'Argent""")

    # ---- violations
    o, b = order("fr-mismatch", "fr", "Matelas à mémoire de forme 140x190")
    other = buyer(_rnd, "fr")
    case("fr-mauvais-acheteur", "reject", ["order-id.buyer-mismatch"],
         "La commande existe, mais l'adresse du destinataire n'est pas celle de l'acheteur enregistré.",
         to=other, frm="Literie du Val <contact@literieduval.fr>", enc=QP, day=11,
         subject=f"Votre matelas - commande {o}", text=f"""Bonjour,

Votre matelas (commande {o}) a été roulé sous vide. Après
ouverture, laissez-lui 48 heures pour reprendre sa forme avant de dormir
dessus, et aérez la pièce.

Cordialement,
Literie du Val""")

    o, b = order("fr-breaks", "fr", "Plaid en laine mérinos 130x170")
    case("fr-trois-sauts-de-ligne", "reject", ["style.line-breaks"],
         "Message texte avec trois retours à la ligne de suite avant la signature.",
         to=b, frm="Laines de Provence <boutique@lainesdeprovence.fr>", enc=L15, day=10,
         subject=f"Entretien de votre plaid - commande {o}", text=f"""Bonjour,

Le plaid de votre commande {o} se lave à la main, à l'eau froide,
avec un peu de shampooing doux. Séchez-le à plat, jamais au sèche-linge.



Belle journée,
Laines de Provence""")

    o, b = order("fr-http", "fr", "Cafetière à piston 1 L")
    case("fr-lien-amazon-http", "reject", ["link.insecure"],
         "Lien vers Amazon mais en http:// : lien non sécurisé (le domaine Amazon n'y change rien).",
         to=b, frm="Maison du Café <contact@maisonducafe.fr>", enc=QP, day=11,
         subject=f"Votre retour - commande {o}", text=f"""Bonjour,

Pour le retour de la cafetière de votre commande {o}, nous avons
besoin de savoir si le verre est fêlé ou complètement cassé, car cela
change l'emballage à prévoir.

L'étiquette de retour est disponible dans votre espace commandes :
http://www.amazon.fr/gp/css/order-history

Cordialement,
Maison du Café""")

    o, b = order("fr-pixel", "fr", "Robe d'été en lin, taille 40")
    hcase("fr-pixel-de-suivi", "reject", ["image.tracking-pixel", "style.image-alt"],
          "Outil d'envoi qui ajoute une image 1x1 distante avec un jeton par destinataire (et alt vide) : pixel "
          "espion.",
          to=b, frm="Boutique Capucine <bonjour@boutique-capucine.fr>", lang="fr", day=12, enc=QP,
          subject=f"Votre robe en lin - commande {o}",
          html=f"""<p>Bonjour,</p>
<p>Le lin de votre robe (commande {o}) peut rétrécir légèrement au premier lavage : lavez-la à
30 degrés et repassez-la encore humide.</p>
<p>Belle journée,<br>Capucine</p>
<img src="https://mail-stats.capucine-crm.fr/o/7f3c9a2e41d04b8e9c11a6b2?r=cap-4471" width="1" height="1" alt="">""")

    o, b = order("fr-margin", "fr", "Théière en fonte japonaise 0,8 L")
    hcase("fr-marges-larges", "reject", ["style.margin"],
          "Corps du message dans un bloc avec 'padding: 20px 25%' : marges latérales au-delà de 20 %.",
          to=b, frm="Thés & Merveilles <boutique@thesetmerveilles.fr>", lang="fr", day=9, enc=L15,
          subject=f"Première infusion - commande {o}",
          html=f"""<div style="padding: 20px 25%;">
<p>Bonjour,</p>
<p>Avant la première utilisation de la théière de votre commande {o}, rincez-la à l'eau
chaude sans savon, puis laissez-la sécher couvercle ouvert.</p>
<p>Cordialement,<br>Thés &amp; Merveilles</p>
</div>""")


# --------------------------------------------------------------------------------------------
# Japanese (amazon.co.jp): 3 compliant, 5 violations
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("ja-delay", "ja", "土鍋 9号 IH対応", **OOS)
    case("ja-hassou-okure", "relay", [],
         "お世話になっております：発送遅延のお知らせ（キャンセル不要、発送後はAmazonから通知）。【】や※、①②を含むが"
         "絵文字ではない。",
         to=b, frm="陶器の里 <info@touki-no-sato.jp>", enc=B64, day=14, lang="ja",
         subject=f"【発送遅延のお知らせ】ご注文番号 {o}", text=f"""お客様

いつもお世話になっております。陶器の里でございます。

ご注文番号 {o} の土鍋につきまして、窯出しが遅れており、
発送が6月22日頃となる見込みでございます。

① お手続きは不要です。ご注文はそのまま有効でございます。
② 発送後はAmazonより発送のお知らせが届きます。
※ キャンセルしていただく必要はございません。

ご迷惑をおかけし、誠に申し訳ございません。

陶器の里""")

    o, b = order("ja-review", "ja", "竹製まな板 大 45cm")
    case("ja-review-onegai", "relay", [],
         "お手入れ方法と、見返りも条件もないレビューのお願い（この注文で最初の依頼）。",
         to=b, frm="竹工房 みどり <shop@takekobo-midori.jp>", enc=SJIS, day=9,
         subject=f"まな板のお手入れについて（注文番号 {o}）", text=f"""お客様

このたびはご注文番号 {o} をご利用いただき、ありがとうございます。

竹のまな板は、使用後すぐに水洗いし、立てて乾かしてください。
食器洗い乾燥機のご使用はお控えください。

お使いになってみてのご感想を、Amazonのレビューでお聞かせいただけますと
幸いです。良い点も気になる点も、今後の商品づくりの参考にいたします。

竹工房 みどり""")

    o, b = order("ja-yamato", "ja", "電気ケトル 1.0L 温度調節機能付き")
    case("ja-reply-yamato", "relay", [],
         "「荷物がまだ届かない」への返信：伝票番号とヤマト運輸のお問い合わせ番号（配送業者の番号）。",
         to=b, frm="キッチン雑貨 ひより <support@hiyori-kitchen.jp>", enc=B64,
         reply="注文した電気ケトルがまだ届きません。どうなっていますか。",
         subject=f"Re: 商品未着について（注文番号 {o}）", text=f"""お客様

お問い合わせいただき、ありがとうございます。

ご注文番号 {o} の商品は、6月3日にヤマト運輸にて発送済みで
ございます。お問い合わせ伝票番号は 4621-7730-5518 です。

配達状況はヤマト運輸のお客様センター（0120-01-9625）でもご確認いただけます。

キッチン雑貨 ひより""")

    # ---- violations
    o, b = BOOK.rows["ja-review"]["order_id"], BOOK.rows["ja-review"]["buyer_email"]
    case("ja-review-saisoku", "reject", ["review.repeat"],
         "同じ注文に対する二度目のレビュー依頼（最初の依頼は送信済み）。",
         to=b, frm="竹工房 みどり <shop@takekobo-midori.jp>", enc=SJIS, day=14, after=("ja-review-onegai",),
         subject=f"再度のお願い（注文番号 {o}）", text=f"""お客様

先日はまな板のお手入れについてご連絡いたしました。

もしまだでしたら、ご注文番号 {o} の商品のレビューを
Amazonにてお寄せいただけますと大変うれしく存じます。

竹工房 みどり""")

    o, b = order("ja-sizes", "ja", "ガラス製ティーポット 800ml")
    hcase("ja-font-yon-shurui", "reject", ["style.font-sizes"],
          "見出し(h3)と 18px・14px・11px の本文：四種類のフォントサイズ。",
          to=b, frm="お茶の時間 <info@ochanojikan.jp>", lang="ja", day=10, enc=B64,
          subject=f"ティーポットのご使用方法（注文番号 {o}）",
          html=f"""<h3>ご使用前のお願い</h3>
<p style="font-size:18px">ご注文番号 {o} のティーポットについて</p>
<p style="font-size:14px">初めてお使いになる前に、ぬるま湯で茶こしとポット本体をすすいでください。
直火やIHにはかけられません。</p>
<p style="font-size:11px">お茶の時間</p>""")

    o, b = order("ja-wide", "ja", "北欧風 ラグマット 200x250")
    hcase("ja-banner-haba", "reject", ["style.image-width"],
          "署名に幅560pxのショップバナー（600px基準で80%超）。",
          to=b, frm="インテリア花音 <shop@interior-kanon.jp>", lang="ja", day=11, enc=B64,
          related=[(banner_png("INTERIOR KANON", 560), "image", "png", "banner", "banner.png")],
          subject=f"ラグのお手入れ（注文番号 {o}）",
          html=f"""<p>お客様</p>
<p>ご注文番号 {o} のラグは、届いてから数日は折り目が残ることがございます。
裏返して一晩置いていただくと、きれいに平らになります。</p>
<p>インテリア花音</p>
<p><img src="cid:banner" alt="インテリア花音" width="560" height="90"></p>""")

    o, b = order("ja-logo", "ja", "革小物 名刺入れ ブラウン")
    hcase("ja-logo-link", "reject", ["image.logo-link", "link.external"],
          "自社サイトへリンクしたロゴ画像：ロゴのリンクと、Amazon以外への外部リンク。",
          to=b, frm="レザー工房 鞣 <info@leather-nameshi.jp>", lang="ja", day=9, enc=B64,
          related=[(logo_png("NAMESHI"), "image", "png", "logo", "logo.png")],
          subject=f"名刺入れのお手入れ（注文番号 {o}）",
          html=f"""<p>お客様</p>
<p>ご注文番号 {o} の名刺入れは、最初の一か月は色が少しずつ濃くなっていきます。
水に濡れた場合は、乾いた布で押さえるように拭いてください。</p>
<p>レザー工房 鞣</p>
<p><a href="https://www.leather-nameshi.jp/"><img src="cid:logo" alt="レザー工房 鞣" width="150" height="44"></a></p>""")

    o, b = order("ja-alt", "ja", "水切りかご ステンレス 2段")
    hcase("ja-zu-alt-nashi", "reject", ["style.image-alt"],
          "組み立て図の画像に alt 属性がない。",
          to=b, frm="暮らしの道具 あおい <support@kurashi-aoi.jp>", lang="ja", day=8, enc=B64,
          related=[(diagram_png(), "image", "png", "zu", "kumitate.png")],
          subject=f"組み立て方法のご案内（注文番号 {o}）",
          html=f"""<p>お客様</p>
<p>ご注文番号 {o} の水切りかごは、下段の脚を先に取り付けてから上段を差し込んでください。</p>
<p><img src="cid:zu" width="400"></p>
<p>暮らしの道具 あおい</p>""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_de, cases_it, cases_es, cases_fr, cases_ja))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="seventyfourth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
