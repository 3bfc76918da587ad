#!/usr/bin/env python3
"""Build the forty-ninth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_fortyninth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. The shape of the shared corpus in German (amazon.de and
amazon.at) and French (amazon.fr and amazon.com.be): per language compliant near-misses that share the
violations' vocabulary, focused violations of every heuristic rule of RULES.md sections B-D, a few replies and
a few messages that break two rules, in native, indirect wordings (du/Sie, vous/tu, Austrian and Belgian
words) with the violating clause often in the middle of a long sentence.
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
    logo_png,
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

_rnd = random.Random(49_2026_0615)
_PREFIX = {"de": "30", "at": "30", "fr": "40", "com.be": "40", "nl": "40"}
_TLD = {"de": "de", "fr": "fr"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T08:00:00Z", shipped="2026-06-02T13:00:00Z",
                 delivered="2026-06-04T10:30:00Z")
ORDERS = BOOK.rows
order = BOOK.add
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-12T07:45:00Z"}
B64 = {"cte": "base64"}
L1 = {"charset": "iso-8859-1", "cte": "quoted-printable"}
L1B = {"charset": "iso-8859-1", "cte": "base64"}
CP = {"charset": "windows-1252", "cte": "quoted-printable"}

TARGET = ["language.mismatch", "type.order-confirmation", "type.thank-you-only", "type.marketing",
          "review.incentive", "review.removal-request", "review.conditional", "review.repeat",
          "order-problem.cancellation-request", "order-problem.no-adjustment", "return.unnecessary",
          "image.product-photo", "content.sensitive", "content.phone-number", "content.email-address",
          "link.opt-out", "link.external"]
OTHER = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "style.emoji",
         "style.line-breaks", "link.insecure", "attachment.not-allowed"]


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str, text: str,
         day: int = 13, reply: str = "", tolerated: tuple[str, ...] = (), enc: dict | None = None,
         fmt: str = "text", lang: str = "", after: tuple[str, ...] = (), crlf: bool = False,
         html: str | None = None, related: tuple = ()) -> None:
    """One case. fmt: text (plain), html (HTML only) or alt (text + HTML alternative). Every target rule
    not named in `rules` (or tolerated) must stay silent. `reply` quotes the buyer: the message answers
    a buyer (In-Reply-To/References)."""
    hdrs = reply_headers(f"0100019c.f49.{slug[:24]}") if reply else []
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = text.strip("\n") + "\n"
    if reply:
        body += "\n" + quote(reply) + "\n"
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*TARGET, *OTHER) if r not in rules and r not in tol]
    kw = dict(enc or {})
    if kw.get("charset") == "iso-8859-1":
        body = body.replace("\u2013", "-").replace("\u2019", "'").replace("\u20ac", "EUR")
        body = body.replace("\u201e", '"').replace("\u201c", '"')  # no German quotes in Latin-1
    if fmt == "text":
        kw["text"] = body
    else:
        kw["html"] = html if html is not None else page(text2html(body), lang or "de")
        if fmt == "alt":
            kw["text"] = body
    msg = mk(frm, to, subject, mail_date(day, "14:22:51", "+0200"), f"<f49.{slug}@{dom}>", headers=hdrs,
             related=related, **kw)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, after=after, crlf=crlf)


# --------------------------------------------------------------------------------------------
# German (amazon.de, amazon.at)
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    # --- compliant near-misses ---
    frm = "Zirbenstube Lackner <service@zirbenstube-lackner.at>"
    o, b = zirbe = order("de-zirbe", "de", "Zirbenkissen 30x40 mit Hobelspänen aus Tirol", tld="at")
    case("at-zirbenkissen-meinung", "relay", [],
         "Österreichischer Händler: Lüftungstipp und eine Bitte um eine ehrliche Rezension, ganz gleich wie sie "
         "ausfällt, ohne Gegenleistung oder Bedingung (erste Anfrage für diese Bestellung).",
         to=b, frm=frm, enc=L1, day=9, crlf=True,
         subject=f"Ihr Zirbenkissen - ein Tipp zur Pflege ({o})", text=f"""Grüß Gott,

Ihr Zirbenkissen aus der Bestellung {o} dürfte inzwischen bei Ihnen
angekommen sein. Damit der Duft lange hält, schütteln Sie das Kissen alle
paar Wochen kräftig auf und legen es hin und wieder für eine Stunde ans
offene Fenster, aber nicht in die pralle Sonne.

Wenn Sie ein paar Nächte darauf geschlafen haben, würden wir gern erfahren,
wie es Ihnen damit geht: Eine Rezension auf Amazon, ob lobend oder kritisch,
hilft anderen bei der Auswahl und uns beim Besserwerden.

Mit freundlichen Grüßen aus dem Zillertal
Veronika Lackner""")

    o, b = order("de-code", "de", "Espressokocher Edelstahl 6 Tassen")
    case("de-gutschein-differenz-erstattet", "relay", [],
         "Antwort auf eine Käuferfrage, warum ihr Gutscheincode nicht abgezogen wurde: Erklärung und Erstattung "
         "der Differenz dieser Bestellung, kein neuer Code, keine Werbung.",
         to=b, frm="Caffè Moka Werkstatt <kontakt@moka-werkstatt.de>", enc=B64, fmt="alt", lang="de",
         reply="Hallo, ich hatte den Gutscheincode aus der Produktbeschreibung eingegeben, aber auf der "
               "Rechnung steht der volle Preis. Was ist da schiefgelaufen?",
         subject=f"Re: Gutscheincode nicht abgezogen - Bestellung {o}", text=f"""Hallo Frau Brenner,

Sie haben recht: Der Aktionscode, den Sie beim Kauf des Espressokochers
(Bestellung {o}) eingegeben hatten, war zu diesem Zeitpunkt bereits
abgelaufen, obwohl er in der Artikelbeschreibung noch stand. Das war unser
Fehler. Wir haben Ihnen die Differenz von 6,80 € über Amazon erstattet; die
Gutschrift sehen Sie in Ihrem Konto in den nächsten Tagen.

Freundliche Grüße
Jonas Pfeiffer""")

    o, b = order("de-oos-ok", "de", "Sauerteig-Gärkörbchen rund 22 cm, Peddigrohr", **OOS)
    case("de-gaerkorb-ausverkauft-erstattet", "relay", [],
         "Ausverkauft, voller Betrag mit Grund (Lieferant ausgefallen) erstattet, nichts zu stornieren: "
         "bestätigte Anpassung, keine Bitte um Stornierung.",
         to=b, frm="Backstube Hollerbach <hallo@backstube-hollerbach.de>", enc=CP,
         subject=f"Gärkörbchen aus Bestellung {o} nicht lieferbar", text=f"""Guten Tag,

wir müssen Ihnen leider eine schlechte Nachricht überbringen: Das
Gärkörbchen aus Ihrer Bestellung {o} können wir nicht liefern, weil
unsere Korbflechterei wegen Krankheit in diesem Monat keine Körbe fertigt und
unser Lager leer ist. Wir haben die Bestellung deshalb selbst storniert und
Ihnen den gesamten Betrag von 17,40 € zurückerstattet – Sie brauchen dafür
nichts weiter zu tun.

Es tut uns leid, dass es diesmal nicht geklappt hat.

Herzliche Grüße
Backstube Hollerbach""")

    o, b = order("de-return-info", "de", "Kaffeemühle Handkurbel, Keramikmahlwerk")
    case("de-muehle-ruecksendung-foto", "relay", [],
         "Zur angemeldeten Rücksendung fragt der Händler nach Fotos und der Chargennummer, die er zur "
         "Bearbeitung braucht: erlaubte Rückfrage.",
         to=b, frm="Mahlgut Manufaktur <info@mahlgut-manufaktur.de>", enc=L1,
         subject=f"Ihre Rücksendung der Kaffeemühle ({o})", text=f"""Hallo Herr Dietz,

Sie haben für die Kaffeemühle aus der Bestellung {o} eine Rücksendung
angemeldet und als Grund „Mahlwerk klemmt" angegeben. Damit wir beim
Hersteller eine Gutschrift für das defekte Mahlwerk beantragen können,
bräuchten wir von Ihnen zwei Dinge: ein Foto der Einstellschraube unterhalb
der Kurbel und die vierstellige Chargennummer, die am Boden des
Auffangbehälters eingeprägt ist.

Sie können beides einfach als Antwort auf diese Nachricht schicken.

Besten Dank und viele Grüße
Mahlgut Manufaktur""")

    o, b = order("de-spedition", "de", "Gartenbank Akazie 150 cm, geölt")
    case("at-spedition-avis-telefon", "relay", [],
         "Antwort auf eine Lieferfrage: die Telefonnummer der Spedition steht in derselben Zeile wie "
         "'Spedition', also eine erlaubte Versanddienstleister-Nummer.",
         to=b, frm="Holzwerk Pichler <verkauf@holzwerk-pichler.at>", enc=L1B, crlf=True,
         reply="Wann kommt denn die Bank? Ich bin nächste Woche nur am Dienstag zuhause.",
         subject=f"AW: Liefertermin Gartenbank {o}", text=f"""Servus Herr Moser,

die Gartenbank (Bestellung {o}) wird nicht mit der Post, sondern
als Sperrgut per Spedition geliefert. Die Spedition Kranzl ruft Sie
normalerweise einen Tag vorher an; wenn Sie den Dienstag fix ausmachen
wollen, erreichen Sie die Disposition der Spedition Kranzl direkt unter +43 7242 518 90.

Liebe Grüße
Florian Pichler""")

    o, b = order("de-review-read", "de", "Luftbefeuchter Ultraschall 4 l")
    case("de-bewertung-gelesen-ersatzteil", "relay", [],
         "Antwort auf eine Beschwerde, die den Verriss erwähnt: der Händler schickt ein Ersatzteil und sagt, er "
         "habe die Bewertung gelesen, bittet aber nicht darum, sie zu ändern.",
         to=b, frm="Klimahaus Reuter <service@klimahaus-reuter.de>", enc=CP,
         reply="Das Gerät tropft aus dem Tank. Ich habe das auch schon in meiner Bewertung geschrieben.",
         subject=f"Re: Luftbefeuchter tropft ({o})", text="""Hallo Herr Albers,

Ihre Bewertung haben wir gelesen, und Sie haben völlig recht, dass ein
tropfender Tank nicht sein darf. Bei einigen Geräten der ersten Lieferung war
die Dichtung am Tankdeckel zu dünn; wir haben Ihnen heute kostenlos eine neue
Dichtung samt Deckel geschickt, die in zwei bis drei Tagen da sein sollte.

Falls es danach immer noch tropft, schreiben Sie uns bitte, dann tauschen wir
das ganze Gerät aus.

Viele Grüße
Klimahaus Reuter""")

    o, b = order("de-messer", "de", "Ausbeinmesser 15 cm, Carbonstahl, mit Klingenschutz")
    case("de-ausbeinmesser-schleifen", "relay", [],
         "Pflegehinweis zu einem Schlachtermesser: Wörter wie 'abstechen', 'Schlachtung', 'scharf' sind "
         "Küchenvokabular, keine Gewalt.",
         to=b, frm="Schneidwerk Keller <post@schneidwerk-keller.de>", enc=L1,
         subject=f"Ihr Ausbeinmesser: so bleibt es scharf ({o})", text=f"""Guten Tag,

zu Ihrem Ausbeinmesser aus der Bestellung {o} noch ein Hinweis, weil
uns das oft gefragt wird: Carbonstahl läuft mit der Zeit dunkel an, das ist
gewollt und schützt die Klinge. Nach dem Zerlegen von Geflügel oder nach einer
Hausschlachtung das Messer nur warm abspülen, sofort abtrocknen und ab und zu
dünn mit Speiseöl einreiben; auf dem Wetzstahl genügen fünf bis sechs Züge
pro Seite.

Gutes Gelingen beim nächsten Braten!
Schneidwerk Keller""")

    # --- violations ---
    case("at-zirbenkissen-nochmals", "reject", ["review.repeat"],
         "Zweite Bewertungsbitte für dieselbe Bestellung ('sollten Sie inzwischen ein paar Minuten erübrigen "
         "können'), nachdem die erste weitergeleitet wurde.",
         to=zirbe[1], frm=frm, enc=L1, day=14, after=("at-zirbenkissen-meinung",), crlf=True,
         subject=f"Nochmals zu Ihrem Zirbenkissen ({zirbe[0]})", text=f"""Grüß Gott,

vor ein paar Tagen haben wir uns wegen Ihres Zirbenkissens (Bestellung
{zirbe[0]}) gemeldet. Sollten Sie inzwischen ein paar Minuten erübrigen
können, wären wir Ihnen für ein paar Zeilen als Rezension auf Amazon sehr
verbunden.

Mit freundlichen Grüßen aus dem Zillertal
Veronika Lackner""")

    o, b = order("de-lang", "", "Wanderstöcke Carbon, faltbar, 2 Stück", tld="at")
    case("at-englisch-ohne-sprache", "quarantine", ["language.mismatch"],
         "Englischer Text an einen Käufer auf amazon.at ohne gespeicherte Sprache: Standard des Marktplatzes ist "
         "Deutsch.",
         to=b, frm="Alpin Outdoor Huber <office@alpin-huber.at>", enc=B64,
         subject=f"Your trekking poles - order {o}", text=f"""Hello,

thank you for choosing our carbon trekking poles (order {o}). Before
your first hike, please check that the flick locks are closed firmly; you can
tighten them with the little knob on each lock, bit by bit, until the pole no longer slips under your weight.

Kind regards,
Alpin Outdoor Huber""")

    o, b = order("de-conf", "de", "Pflanzenlampe LED Vollspektrum 45 W")
    case("de-paket-bei-hermes", "quarantine", ["type.order-confirmation"],
         "Teilt nur mit, dass das Paket an Hermes übergeben wurde, mit Sendungsnummer und Link zur Sendungsverfolgung "
         "bei Amazon: eine Versandbestätigung, die Amazon schon verschickt.",
         to=b, frm="Grünlicht Versand <versand@gruenlicht-versand.de>", enc=L1, fmt="alt", lang="de",
         subject=f"Ihre Pflanzenlampe ist unterwegs - {o}", text=f"""Hallo,

kurze Info von uns: Ihre Pflanzenlampe aus der Bestellung {o} wurde
heute Vormittag verpackt und an Hermes übergeben. Die Sendungsnummer lautet
H1003460221987650413, den aktuellen Stand sehen Sie jederzeit unter „Meine
Bestellungen" in Ihrem Amazon-Konto. Voraussichtliche Zustellung: Mittwoch.

Freundliche Grüße
Grünlicht Versand""")

    o, b = order("de-thanks", "de", "Brotkasten Bambus mit Schneidebrett-Deckel", tld="at")
    case("at-nur-danke", "quarantine", ["type.thank-you-only"],
         "Nur Dank für den Einkauf, gute Wünsche und 'bei Fragen sind wir für Sie da': kein weiterer Inhalt.",
         to=b, frm="Haushaltswaren Gruber <kundendienst@haushalt-gruber.at>", enc=CP,
         tolerated=("type.order-confirmation",),
         subject=f"Danke für Ihren Einkauf - Bestellung {o}", text=f"""Grüß Gott,

ein herzliches Dankeschön, dass Sie sich bei der Bestellung {o} für
unseren Brotkasten entschieden haben – wir wissen das sehr zu schätzen und
wünschen Ihnen viel Freude damit. Sollte irgendwann eine Frage auftauchen,
sind wir selbstverständlich jederzeit gerne für Sie da.

Alles Gute und liebe Grüße
Ihr Team von Haushaltswaren Gruber""")

    o, b = order("de-mkt", "de", "Bio-Gewürzmischung Ras el Hanout 80 g")
    case("de-du-neue-sorten-rabatt", "quarantine", ["type.marketing"],
         "Du-Form: mitten in einem langen Satz über die Lieferung kommen neue Sorten im Shop und 15 % Rabatt mit "
         "einem Code bei der nächsten Bestellung: Werbung.",
         to=b, frm="Gewürzkontor Sahin <hallo@gewuerzkontor-sahin.de>", enc=B64,
         subject=f"Dein Ras el Hanout ({o})", text=f"""Hallo Lena,

dein Ras el Hanout aus der Bestellung {o} ist hoffentlich gut
angekommen, und weil wir gerade unsere Herbstmischungen abfüllen – Lebkuchen,
Chai und eine neue Baharat-Mischung, die du dir unbedingt anschauen solltest
– bekommst du mit dem Code KONTOR15 bei deiner nächsten Bestellung 15 % auf
alle Sorten, bevor es in der Dose für das Schmorgericht dann zu Ende geht.

Lass es dir schmecken!
Deniz vom Gewürzkontor""")

    o, b = order("de-inc", "de", "Schwerlastregal verzinkt 180x90x40")
    case("de-rezension-zubehoer-gratis", "reject", ["review.incentive"],
         "Indirekt: wer seine Erfahrung auf Amazon schildert und einen Screenshot schickt, bekommt die "
         "Wandbefestigung kostenlos dazu: ein Gratisprodukt für eine Bewertung.",
         to=b, frm="Lagertechnik Brandl <service@lagertechnik-brandl.de>", enc=L1,
         subject=f"Ihr Schwerlastregal - Aufbau und Kippschutz ({o})", text=f"""Guten Tag,

damit Ihr Regal aus der Bestellung {o} sicher steht, empfehlen wir bei
voller Beladung eine Wandbefestigung. Übrigens legen wir allen Kunden, die
ihre Erfahrungen mit dem Regal kurz bei Amazon schildern und uns danach einen
Screenshot davon schicken, das passende Wandbefestigungs-Set im Wert von
12,90 EUR kostenlos ins nächste Paket, solange der Vorrat reicht.

Mit freundlichen Grüßen
Lagertechnik Brandl""")

    o, b = order("de-rem", "de", "Fahrradschloss Faltschloss 90 cm, Sicherheitsstufe 12")
    case("de-rezension-nachjustieren", "reject", ["review.removal-request"],
         "Antwort nach einer Kulanzlösung: 'vielleicht mögen Sie Ihre Rezension jetzt noch einmal anpassen' "
         "bittet, eine bestehende Bewertung zu ändern.",
         to=b, frm="Zweirad Stöckl <service@zweirad-stoeckl.de>", enc=CP,
         reply="Der Schlüssel ist nach einer Woche abgebrochen. Deswegen habe ich nur einen Stern vergeben.",
         subject=f"Re: Schlüssel abgebrochen ({o})", text=f"""Hallo Frau Yilmaz,

das tut uns sehr leid. Wir haben Ihnen heute zwei neue Schlüssel mit der
Schließnummer Ihres Faltschlosses (Bestellung {o}) geschickt, und da sich
die Sache damit hoffentlich erledigt hat, mögen Sie Ihre Rezension vielleicht
noch einmal anpassen, wenn Sie ohnehin gerade im Konto sind – gerade als
kleines Familienunternehmen trifft uns ein Stern ziemlich hart.

Viele Grüße
Martin Stöckl""")

    o, b = order("de-cond", "de", "Kinder-Fahrradhelm 52-56 cm, mit Rücklicht", tld="at")
    case("at-nur-wenn-zufrieden", "reject", ["review.conditional"],
         "'Wenn Sie rundum zufrieden sind ... Bewertung; hat etwas nicht gepasst, dann bitte zuerst zu uns': "
         "Bewertung nur bei positiver Erfahrung.",
         to=b, frm="Radl-Eck Wimmer <service@radl-eck.at>", enc=L1,
         subject=f"Passt der Helm? ({o})", text=f"""Grüß Gott,

wir hoffen, der Kinderhelm aus der Bestellung {o} sitzt gut – das
Drehrad hinten lässt sich übrigens in kleinen Schritten verstellen, falls der
Kopf noch wächst. Sind Sie und Ihr Kind rundum zufrieden, freuen wir uns
riesig über eine Bewertung auf Amazon; hat hingegen etwas nicht gepasst, dann
geben Sie uns bitte vorher Bescheid, bevor Sie etwas schreiben, wir finden
bestimmt eine Lösung.

Liebe Grüße aus Linz
Radl-Eck Wimmer""")

    o, b = order("de-cancel", "de", "Terrakotta-Pflanztopf 40 cm, frostfest", **OOS)
    case("de-bitte-selbst-stornieren", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Bruch im Lager, nicht lieferbar: der Käufer soll die Bestellung selbst über 'Meine Bestellungen' "
         "stornieren, eine Erstattung wird nicht bestätigt.",
         to=b, frm="Töpferhof Anselm <laden@toepferhof-anselm.de>", enc=L1,
         subject=f"Problem mit Ihrer Bestellung {o}", text=f"""Guten Tag,

beim Verpacken Ihres Pflanztopfs (Bestellung {o}) mussten wir leider
feststellen, dass unsere letzten beiden Töpfe in dieser Größe beim Brennen
Risse bekommen haben, und da der nächste Brand erst in sechs Wochen ansteht,
wäre es am einfachsten, wenn Sie die Bestellung über „Meine Bestellungen"
selbst stornieren würden – das geht in Ihrem Konto mit zwei Klicks.

Entschuldigen Sie die Umstände.
Töpferhof Anselm""")

    o, b = order("de-noadj", "de", "Wollwalk-Jacke für Kinder, Gr. 110/116, senfgelb", **OOS)
    case("de-walkjacke-demnaechst", "quarantine", ["order-problem.no-adjustment"],
         "Kann nicht versendet werden, 'wir geben Bescheid, sobald die neue Lieferung da ist': keine bestätigte "
         "Erstattung oder Anpassung.",
         to=b, frm="Kleine Wolke Kindermode <info@kleine-wolke.de>", enc=B64, fmt="html", lang="de",
         subject=f"Verzögerung bei Ihrer Bestellung {o}", text=f"""Liebe Kundin, lieber Kunde,

die Walkjacke in Senfgelb aus Ihrer Bestellung {o} ist bei uns
leider gerade nicht mehr vorrätig: Die Weberei hat die Wolle später
geliefert als zugesagt. Wir geben Ihnen Bescheid, sobald die neue Lieferung
eingetroffen ist, und schicken die Jacke dann sofort los.

Herzliche Grüße
Kleine Wolke Kindermode""")

    o, b = order("de-ret", "de", "Siebträger-Espressomaschine Dualboiler")
    case("de-ruecksendung-ausreden", "quarantine", ["return.unnecessary"],
         "Zur angemeldeten Rücksendung versucht der Händler, den Käufer umzustimmen ('geben Sie der Maschine noch "
         "eine Woche'), ohne nach Informationen zu fragen oder eine Teilerstattung anzubieten.",
         to=b, frm="Crema Haus Vogel <service@cremahaus-vogel.de>", enc=CP,
         subject=f"Zu Ihrer Rücksendung (Bestellung {o})", text=f"""Guten Tag Herr Lindner,

wir haben gesehen, dass Sie die Espressomaschine aus der Bestellung {o}
zurückschicken möchten. Bevor Sie das tun: Die meisten Kunden brauchen ein
paar Tage, bis Mahlgrad, Menge und Temperatur zusammenpassen, und bei
Dualboiler-Maschinen ist das ganz normal. Geben Sie der Maschine doch noch
eine Woche – wir sind sicher, dass Sie es dann nicht bereuen werden.

Mit freundlichen Grüßen
Crema Haus Vogel""")

    o, b = order("de-phone", "de", "Saugroboter mit Wischfunktion")
    case("de-eigene-hotline", "reject", ["content.phone-number"],
         "Die eigene Service-Nummer des Händlers ('rufen Sie uns einfach an'), ohne Garantie-, Versand- oder "
         "Herstellerbezug.",
         to=b, frm="Robo-Heim Service <kontakt@robo-heim.de>", enc=L1,
         subject=f"Einrichtung Ihres Saugroboters ({o})", text=f"""Hallo,

falls beim Einrichten Ihres Saugroboters aus der Bestellung {o} die
App die Karte nicht speichert: Meist hilft es, die Ladestation nicht direkt
neben eine Wand zu stellen, sondern etwa einen halben Meter Abstand zu lassen.
Wenn es dann immer noch hakt, rufen Sie uns einfach an, unter 0221 4490 3125
sind wir werktags von 9 bis 17 Uhr für Sie erreichbar.

Freundliche Grüße
Robo-Heim Service""")

    o, b = order("de-sens", "de", "Rasenmäher-Messer 46 cm, Ersatzteil")
    case("de-antwort-beleidigend", "quarantine", ["content.sensitive"],
         "Antwort auf eine wütende Nachricht mit einer Beleidigung ('Vollpfosten') mitten im Satz: beleidigende "
         "Sprache.",
         to=b, frm="Gartentechnik Schuster <info@gartentechnik-schuster.de>", enc=CP,
         reply="Das Messer passt nicht, ihr habt mir Schrott geschickt!",
         subject=f"Re: Messer passt nicht ({o})", text=f"""Hallo,

das Messer aus der Bestellung {o} passt auf genau die Mäher, die in
der Artikelbeschreibung stehen, und wenn man als Vollpfosten ein Messer für
ein ganz anderes Modell bestellt, dann liegt das nicht an uns. Schauen Sie
bitte auf das Typenschild Ihres Mähers.

Gartentechnik Schuster""")

    o, b = order("de-mail", "de", "Hochzeitsgästebuch Leinen, Prägung nach Wunsch")
    case("de-fotos-per-mail", "reject", ["content.email-address"],
         "Bitte um die Prägetexte und Fotos an eine E-Mail-Adresse des Händlers: eine E-Mail-Adresse im Text.",
         to=b, frm="Papeterie Sommerfeld <auftrag@papeterie-sommerfeld.de>", enc=L1,
         subject=f"Prägung für Ihr Gästebuch ({o})", text=f"""Hallo,

für die Prägung Ihres Gästebuchs (Bestellung {o}) brauchen wir noch
die Namen und das Hochzeitsdatum, so wie sie auf dem Einband stehen sollen.
Schicken Sie uns den Text gerne zusammen mit einem Foto der Einladungskarte
an praegung@papeterie-sommerfeld.de, damit wir die Schrift passend wählen.

Herzliche Grüße
Papeterie Sommerfeld""")

    o, b = order("de-multi", "de", "Rohkakao-Nibs bio 500 g")
    case("de-newsletter-shop-abmelden", "reject", ["type.marketing", "link.external", "link.opt-out"],
         "Neue Produkte und ein Link zum eigenen Shop (nicht Amazon) plus ein Abmeldehinweis für weitere "
         "Nachrichten: Werbung, externer Link und Opt-out.",
         to=b, frm="Kakaomühle Nord <team@kakaomuehle-nord.de>", enc=B64, fmt="alt", lang="de",
         subject=f"Neues aus der Kakaomühle ({o})", text=f"""Moin,

schön, dass du bei uns Kakao-Nibs bestellt hast (Bestellung {o})!
Frisch aus der Röstung gibt es jetzt auch unsere Trinkschokolade mit Chili
und Zimt, und alle Neuheiten findest du zuerst in unserem Shop:
https://www.kakaomuehle-nord.de/neuheiten

Du möchtest keine weiteren Nachrichten von uns bekommen? Antworte einfach
mit „Abmelden" und wir tragen dich aus.

Die Kakaomühle""")

    o, b = order("de-multi2", "de", "Holzpuzzle Weltkarte 150 Teile", tld="at")
    case("at-gutschein-fuer-fuenf-sterne", "reject", ["review.incentive", "type.marketing"],
         "'Für fünf Sterne schicken wir einen Gutschein über 10 % für Ihren nächsten Einkauf': Anreiz für eine "
         "positive Bewertung und Gutschein-Werbung zugleich.",
         to=b, frm="Spielwaren Hofer <office@spielwaren-hofer.at>", enc=L1, crlf=True,
         subject=f"Ihr Holzpuzzle - Bestellung {o}", text=f"""Grüß Gott,

wir hoffen, die Weltkarte aus Ihrer Bestellung {o} macht der ganzen
Familie Spaß. Wenn Sie uns auf Amazon mit fünf Sternen bewerten und uns kurz
Bescheid geben, schicken wir Ihnen umgehend einen Gutschein über 10 % für
Ihren nächsten Einkauf in unserem Sortiment – dort warten noch über 40 andere
Puzzles aus Ahornholz.

Liebe Grüße
Spielwaren Hofer""")


# --------------------------------------------------------------------------------------------
# French (amazon.fr, amazon.com.be)
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    # --- compliant near-misses ---
    frm = "Les Ateliers Vanderbeke <contact@ateliers-vanderbeke.be>"
    o, b = gaufre = order("fr-gaufre", "fr", "Gaufrier électrique fonte, gaufres de Bruxelles", tld="com.be")
    case("be-gaufrier-avis-sincere", "relay", [],
         "Vendeur belge : conseil de culottage puis demande d'un avis sincère, quel qu'il soit, sans contrepartie "
         "ni condition (première demande pour cette commande).",
         to=b, frm=frm, enc=L1, day=9, lang="fr",
         subject=f"Votre gaufrier - un petit conseil (commande {o})", text=f"""Bonjour,

Votre gaufrier de la commande {o} vous a été livré en début de
semaine dernière. Avant les premières gaufres, badigeonnez légèrement les
plaques d'huile et faites-le chauffer à vide une dizaine de minutes : la
première fournée sera ainsi bien dorée et ne collera pas.

Quand vous aurez eu l'occasion de vous en servir, nous serions curieux de
lire votre avis sur Amazon, qu'il soit enthousiaste ou plus mitigé : c'est
précieux pour celles et ceux qui hésitent encore.

Bien à vous,
Pieter Vanderbeke""")

    o, b = order("fr-code", "fr", "Théière en fonte 0,8 l, motif bambou")
    case("fr-code-promo-non-applique", "relay", [],
         "Réponse à un acheteur dont le code promo n'a pas été déduit : explication et remboursement de la "
         "différence sur cette commande, aucun nouveau code ni promotion.",
         to=b, frm="Maison du Thé Lemaire <service@the-lemaire.fr>", enc=B64, fmt="alt", lang="fr",
         reply="Bonjour, j'avais saisi le code promo de la fiche produit mais j'ai payé le plein tarif.",
         subject=f"RE: code promo non déduit - commande {o}", text=f"""Bonjour Madame Roux,

Vous avez tout à fait raison : le code promo affiché sur la fiche de la
théière n'était plus actif au moment de votre achat (commande {o}),
alors qu'il aurait dû disparaître de la page. C'est une erreur de notre
part, et nous vous avons donc remboursé la différence de 5,20 € via Amazon ;
elle apparaîtra sur votre moyen de paiement d'ici quelques jours.

Cordialement,
Hélène Lemaire""")

    o, b = order("fr-oos-ok", "fr", "Nappe en lin lavé 160x250, terracotta", **OOS)
    case("fr-nappe-rupture-remboursee", "relay", [],
         "Rupture de stock : commande annulée par le vendeur et montant intégral remboursé avec la raison, rien à "
         "faire pour l'acheteur.",
         to=b, frm="Lin & Fil Atelier <bonjour@linetfil-atelier.fr>", enc=CP,
         subject=f"Votre commande {o} : nappe indisponible", text=f"""Bonjour,

Nous sommes désolés : la nappe terracotta de votre commande {o} ne
pourra pas vous être envoyée, car le dernier rouleau de lin de cette teinte
présentait un défaut de tissage et notre stock est désormais épuisé. La
commande a donc été annulée par nos soins et la totalité, soit 64,00 €, vous
a été restituée, sans aucune démarche de votre part.

Toutes nos excuses pour ce contretemps,
Lin & Fil Atelier""")

    o, b = order("fr-ret-info", "fr", "Casque audio sans fil à réduction de bruit")
    case("fr-retour-numero-serie", "relay", [],
         "Au sujet d'un retour demandé, le vendeur demande le numéro de série et une vidéo du défaut dont il a "
         "besoin : demande d'information permise.",
         to=b, frm="Son Clair Boutique <sav@sonclair-boutique.fr>", enc=L1,
         subject=f"Votre demande de retour - commande {o}", text=f"""Bonjour Monsieur Garnier,

Votre demande de retour pour le casque de la commande {o} nous est
parvenue, motif « grésillement dans l'écouteur gauche ». Afin que nous
puissions faire jouer la garantie auprès du fabricant, auriez-vous la
gentillesse de nous communiquer le numéro de série gravé dans l'arceau et, si
possible, nous envoyer une courte vidéo où l'on entend le grésillement ?
Une simple réponse à ce message suffit.

Merci d'avance,
Son Clair Boutique""")

    o, b = order("fr-bpost", "fr", "Lampadaire arc en laiton, abat-jour lin", tld="com.be")
    case("be-transporteur-telephone", "relay", [],
         "Réponse à une question de livraison : le numéro du transporteur est sur la même ligne que le mot "
         "« transporteur », donc un numéro permis.",
         to=b, frm="Lumière d'Ixelles <boutique@lumiere-ixelles.be>", enc=L1B,
         reply="Bonjour, le colis n'est toujours pas là, je dois m'absenter jeudi.",
         subject=f"RE: livraison lampadaire {o}", text=f"""Bonjour Madame Dubois,

Vu sa taille, votre lampadaire (commande {o}) voyage par messagerie
et non par la poste. Pour fixer un autre jour que jeudi, le plus simple est
d'appeler le transporteur Ardennes Fret au +32 2 511 47 80, en leur
donnant le numéro de commande.

Bien à vous,
Lumière d'Ixelles""")

    o, b = order("fr-avis-lu", "fr", "Friteuse à air chaud 5,5 l")
    case("fr-avis-lu-piece-envoyee", "relay", [],
         "Réponse à une réclamation qui mentionne l'avis laissé : le vendeur dit l'avoir lu et envoie une pièce, "
         "sans demander de le modifier.",
         to=b, frm="Cuisine Pratique <service@cuisine-pratique.fr>", enc=CP,
         reply="Le panier de la friteuse s'écaille déjà, je l'ai d'ailleurs signalé dans mon commentaire.",
         subject=f"RE: panier qui s'écaille ({o})", text=f"""Bonjour Monsieur Petit,

Nous avons lu votre commentaire et vous avez raison, un revêtement ne
devrait pas s'écailler au bout de deux semaines. Un nouveau panier part
aujourd'hui pour votre commande {o}, sans frais, et vous pouvez garder
l'ancien. S'il vous arrivait encore le moindre souci, répondez simplement à ce
message.

Cordialement,
Cuisine Pratique""")

    o, b = order("fr-sens-ok", "fr", "Pistolet à colle chaude 60 W avec 20 bâtons")
    case("fr-pistolet-colle-conseils", "relay", [],
         "Conseils d'utilisation d'un pistolet à colle : « pistolet », « tirer », « brûlure » relèvent du "
         "bricolage, pas de la violence.",
         to=b, frm="Bricol'Atelier <contact@bricolatelier.fr>", enc=L1,
         subject=f"Votre pistolet à colle : quelques astuces ({o})", text=f"""Bonjour,

Quelques conseils pour votre pistolet à colle de la commande {o} :
laissez-le chauffer cinq bonnes minutes avant de tirer sur la gâchette, posez
-le toujours sur son support, et gardez un bol d'eau froide à portée de main,
car une goutte de colle à 190 °C provoque vite une petite brûlure.

Bon bricolage !
Bricol'Atelier""")

    # --- violations ---
    case("be-gaufrier-relance", "reject", ["review.repeat"],
         "Seconde demande d'avis pour la même commande (« si vous n'avez pas encore trouvé le temps »), après la "
         "première qui a été relayée.",
         to=gaufre[1], frm=frm, enc=L1, day=14, after=("be-gaufrier-avis-sincere",),
         subject=f"Encore un mot sur votre gaufrier ({gaufre[0]})", text=f"""Bonjour,

Nous vous avions écrit la semaine passée au sujet de votre gaufrier
(commande {gaufre[0]}). Si vous n'avez pas encore trouvé le temps de
partager votre avis sur Amazon, il n'est pas trop tard : quelques mots
suffisent et cela nous aiderait énormément.

Bien à vous,
Pieter Vanderbeke""")

    o, b = order("fr-lang", "fr", "Plaid en coton gaufré 130x180, vert sauge", tld="com.be")
    case("be-neerlandais-a-francophone", "quarantine", ["language.mismatch"],
         "Message en néerlandais à un acheteur d'amazon.com.be dont la langue enregistrée est le français.",
         to=b, frm="Woonhuis Claes <info@woonhuis-claes.be>", enc=CP,
         subject=f"Uw plaid - bestelling {o}", text=f"""Beste klant,

Bedankt voor uw bestelling {o}. Uw plaid wordt best op dertig graden
gewassen en liefst niet in de droogkast gestoken, dan blijft het
wafelpatroon mooi en krimpt de stof niet. Hang hem gewoon te drogen over een
rek, uit de volle zon.

Met vriendelijke groeten,
Woonhuis Claes""")

    o, b = order("fr-conf", "fr", "Tapis de yoga liège 183x61 cm")
    case("fr-colis-remis-colissimo", "quarantine", ["type.order-confirmation"],
         "Annonce seulement la remise du colis à Colissimo avec le numéro de suivi : confirmation d'expédition "
         "qu'Amazon envoie déjà.",
         to=b, frm="Zen Liège <expedition@zenliege.fr>", enc=L1, fmt="html", lang="fr",
         subject=f"Votre tapis est en route ! (commande {o})", text=f"""Bonjour,

Bonne nouvelle : votre tapis de yoga en liège (commande {o}) a été
emballé ce matin et remis à Colissimo dans la foulée. Numéro de suivi :
6A21894467310. Livraison estimée sous 48 heures ouvrées.

L'équipe Zen Liège""")

    o, b = order("fr-thanks", "fr", "Bougie parfumée figue 220 g")
    case("fr-tu-merci-seulement", "quarantine", ["type.thank-you-only"],
         "Tutoiement : uniquement des remerciements et « n'hésite pas si tu as une question », rien d'autre.",
         to=b, frm="Cire & Mèche <coucou@cire-et-meche.fr>", enc=B64,
         tolerated=("type.order-confirmation",),
         subject=f"Merci pour ta commande {o}", text=f"""Coucou Camille,

Un immense merci d'avoir craqué pour notre bougie à la figue (commande
{o}) ! On espère de tout cœur qu'elle te plaira autant qu'à nous, et
si jamais tu as la moindre question, n'hésite surtout pas à nous écrire, on
est là pour toi.

Des bisous de toute l'équipe,
Cire & Mèche""")

    o, b = order("fr-mkt", "fr", "Miel de lavande IGP 500 g")
    case("fr-ventes-privees-code", "quarantine", ["type.marketing"],
         "Au milieu d'un conseil de conservation : ventes privées, nouveaux miels et un code de réduction pour "
         "la prochaine commande : promotion.",
         to=b, frm="Rucher des Garrigues <miel@rucher-garrigues.fr>", enc=CP,
         subject=f"Votre miel de lavande ({o})", text=f"""Bonjour,

Votre miel de lavande (commande {o}) cristallisera sans doute d'ici
quelques semaines, ce qui est tout à fait naturel, et si vous souhaitez
goûter nos nouveaux miels de châtaignier et de romarin qui viennent de
sortir, sachez que le code GARRIGUE10 vous donne 10 % sur votre prochain
achat jusqu'à la fin du mois ; pour le retrouver liquide, un bain-marie à
40 °C suffit.

Bien cordialement,
Le Rucher des Garrigues""")

    o, b = order("fr-inc", "fr", "Sèche-cheveux ionique 2200 W")
    case("fr-frais-de-port-rembourses", "reject", ["review.incentive"],
         "« Une fois votre commentaire publié, nous vous rembourserons les frais de port » : remboursement en "
         "échange d'un avis.",
         to=b, frm="Beauté Express Morel <clients@beaute-morel.fr>", enc=L1,
         subject=f"Votre sèche-cheveux ({o})", text=f"""Bonjour,

Nous espérons que votre sèche-cheveux (commande {o}) vous donne
entière satisfaction. Petit geste de notre part : dès que votre commentaire
sur Amazon sera en ligne, envoyez-nous simplement le lien et nous vous
reverserons le montant des frais de livraison payés.

Belle journée,
Beauté Express Morel""")

    o, b = order("fr-rem", "fr", "Cafetière à piston 1 l, verre borosilicate", tld="com.be")
    case("be-revoir-note-hausse", "reject", ["review.removal-request"],
         "Réponse après l'envoi d'un remplacement : « seriez-vous d'accord de revoir votre note à la hausse » "
         "demande de modifier un avis existant.",
         to=b, frm="Café Sablon <service@cafe-sablon.be>", enc=CP,
         reply="Le verre était fêlé à l'arrivée. J'ai mis deux étoiles.",
         subject=f"RE: verre fêlé - commande {o}", text=f"""Bonjour Monsieur Lambert,

Toutes nos excuses pour ce verre fêlé. Un nouveau bécher vient de partir
pour votre commande {o} et devrait vous parvenir d'ici deux à trois
jours ; maintenant que le souci est réglé, seriez-vous d'accord de revoir
votre note à la hausse, puisque le problème venait du transport et non de la
cafetière elle-même ?

Bien à vous,
Café Sablon""")

    o, b = order("fr-cond", "fr", "Sac à dos enfant 12 l, motif renard")
    case("fr-avis-si-satisfait", "reject", ["review.conditional", "content.email-address"],
         "« Si vous êtes satisfait, un avis ... ; dans le cas contraire, écrivez-nous d'abord à une adresse "
         "e-mail » : demande d'avis réservée aux expériences positives, et adresse e-mail dans le texte.",
         to=b, frm="P'tit Baroudeur <contact@ptit-baroudeur.fr>", enc=L1, fmt="alt", lang="fr",
         subject=f"Le sac à dos renard vous plaît ? ({o})", text=f"""Bonjour,

Le sac à dos renard de votre commande {o} a dû vous parvenir la
semaine dernière. Si vous et votre enfant en êtes satisfaits, un petit avis sur Amazon
nous ferait très plaisir ; dans le cas contraire, écrivez-nous d'abord à
sav@ptit-baroudeur.fr avant de noter quoi que ce soit, et nous trouverons
une solution ensemble.

À bientôt,
P'tit Baroudeur""")

    o, b = order("fr-cancel", "fr", "Chaise de bureau ergonomique, maille noire", **OOS)
    case("fr-annulez-espace-client", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Rupture de stock : « nous vous invitons à annuler la commande depuis votre espace client », sans "
         "confirmer de remboursement.",
         to=b, frm="Bureau Confort Pro <commandes@bureauconfort.fr>", enc=CP,
         subject=f"Commande {o} - rupture de stock", text=f"""Bonjour,

Mauvaise nouvelle pour la chaise de bureau de votre commande {o} :
notre fournisseur n'en aura plus une seule avant la rentrée ; afin que la situation se règle au plus vite, nous vous invitons
à annuler la commande depuis votre espace client Amazon, rubrique « Vos
commandes ».

Avec nos excuses,
Bureau Confort Pro""")

    o, b = order("fr-noadj", "fr", "Service à raclette 8 personnes", tld="com.be", **OOS)
    case("be-raclette-reassort", "quarantine", ["order-problem.no-adjustment"],
         "Ne peut pas être expédié : « nous attendons un réassort et revenons vers vous », sans confirmation "
         "d'ajustement ou de remboursement.",
         to=b, frm="Fromagerie Outillage Delvaux <info@delvaux-outillage.be>", enc=L1,
         subject=f"Votre appareil à raclette ({o})", text=f"""Bonjour,

Nous sommes navrés, mais l'appareil à raclette de votre commande
{o} n'est plus disponible dans notre entrepôt de Namur : la dernière
livraison de l'usine a été bloquée à la douane. Nous attendons un réassort
dans les prochaines semaines et revenons vers vous dès qu'il arrive.

Bien à vous,
Delvaux""")

    o, b = order("fr-ret", "fr", "Robot pâtissier 1000 W, bol 5 l")
    case("fr-retour-rappel-conditions", "quarantine", ["return.unnecessary"],
         "Message au sujet d'un retour qui ne fait que rappeler les conditions de retour, sans demander "
         "d'information ni proposer de remboursement partiel.",
         to=b, frm="Pâtisserie Équipement Girard <retours@girard-equipement.fr>", enc=B64, fmt="html", lang="fr",
         subject=f"Votre retour - commande {o}", text=f"""Bonjour,

Nous avons bien pris note de votre demande de retour concernant le robot
pâtissier de la commande {o}. Nous vous rappelons que l'appareil doit
nous parvenir complet, dans son emballage d'origine et accompagné de tous ses
accessoires, faute de quoi le retour pourra être refusé.

Cordialement,
Le service retours Girard""")

    o, b = order("fr-phone", "fr", "Imprimante photo portable")
    case("fr-notre-standard", "reject", ["content.phone-number"],
         "Le numéro du service client du vendeur (« notre équipe vous répond au ») sans lien avec une garantie, "
         "un transporteur ou un fabricant.",
         to=b, frm="Photo Instant Shop <contact@photoinstant.fr>", enc=L1,
         subject=f"Installation de votre imprimante ({o})", text=f"""Bonjour,

Pour connecter votre imprimante (commande {o}) à votre téléphone,
activez d'abord le Bluetooth, puis maintenez le bouton d'alimentation appuyé
trois secondes jusqu'à ce que le voyant clignote en bleu ; si la connexion
échoue malgré tout, notre équipe vous répond au 04 78 62 19 35 du lundi au
vendredi, de 9 h à 18 h.

Cordialement,
Photo Instant Shop""")

    o, b = order("fr-sens", "fr", "Store banne 3x2 m, toile écrue")
    case("fr-reponse-insultante", "quarantine", ["content.sensitive"],
         "Réponse à un acheteur mécontent avec une insulte (« bande de crétins ») au milieu de la phrase.",
         to=b, frm="Stores & Soleil <contact@stores-soleil.fr>", enc=CP,
         reply="Le store est arrivé sans les vis de fixation, c'est n'importe quoi.",
         subject=f"RE: vis manquantes ({o})", text=f"""Bonjour,

Les vis ne sont pas fournies avec le store de la commande {o}, c'est
écrit noir sur blanc dans la fiche, et on en a franchement marre des
réclamations de cette bande de crétins qui ne lisent rien ; le type de vis
dépend de votre mur, voyez cela avec votre quincaillier.

Stores & Soleil""")

    o, b = order("fr-photo", "fr", "Vase en grès émaillé bleu nuit, 30 cm")
    logo = logo_png("ARGILE", size=(160, 60), bg=(30, 44, 92))
    html = page(f"""<p>Bonjour,</p>
<p>Votre vase en grès de la commande {o} a été façonné et émaillé à la main dans notre atelier de
Dieulefit. L'émail bleu nuit peut présenter de légères variations de teinte d'une pièce à l'autre : c'est
la signature de la cuisson au bois.</p>
<p><img src="cid:vase49@argile-atelier" alt="Vase en grès émaillé bleu nuit 30 cm" width="160" height="60"></p>
<p>Pour l'entretien, un chiffon humide suffit ; évitez le lave-vaisselle.</p>
<p>Bien à vous,<br>
Atelier Argile &amp; Feu</p>""", "fr")
    case("fr-photo-du-vase", "quarantine", ["image.product-photo"],
         "Image en ligne dont le texte alternatif nomme le produit commandé (vase en grès émaillé bleu nuit) : "
         "photo du produit acheté.",
         to=b, frm="Atelier Argile & Feu <atelier@argile-et-feu.fr>", enc=B64, fmt="html", html=html,
         related=((logo, "image", "png", "<vase49@argile-atelier>", "vase-bleu-nuit.png"),),
         subject=f"Votre vase en grès ({o})", text="")

    o, b = order("fr-multi", "fr", "Kit de semis potager 12 variétés")
    case("fr-newsletter-desinscription", "reject", ["type.marketing", "link.opt-out", "link.external"],
         "Invitation à s'inscrire à la newsletter et à suivre sur Instagram, lien vers le site du vendeur et "
         "lien de désinscription : promotion, lien externe et opt-out.",
         to=b, frm="Graines du Jardin <bonjour@grainesdujardin.fr>", enc=L1, fmt="alt", lang="fr",
         subject=f"Vos semis sont-ils levés ? ({o})", text=f"""Bonjour,

Vos graines de la commande {o} devraient lever d'ici une dizaine de
jours si vous gardez le terreau humide. Pour ne rien rater de nos conseils
de saison et de nos nouvelles variétés anciennes, abonnez-vous à notre
lettre d'information et suivez-nous sur Instagram (@grainesdujardin) !

Pour ne plus recevoir nos messages, désinscrivez-vous ici :
https://www.grainesdujardin.fr/desinscription

L'équipe Graines du Jardin""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_de, cases_fr))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="fortyninth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
