#!/usr/bin/env python3
"""Build the thirty-third labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_thirtythird/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. The shape of the shared corpus entirely in German for
amazon.de (sellers from Germany, Austria and Switzerland): 16 compliant near-misses and 37 focused
violations, so that every heuristic rule of RULES.md sections B-D (plus review.repeat, content.email-address
and the link rules) is hit at least twice, each in a native wording (du, Sie, helpdesk macro, long letters
with one offending sentence, Austrian and Swiss usage).
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

_rnd = random.Random(33_2026_0615)
_PREFIX = {"de": "30", "nl": "40"}
_TLD = {"de": "de", "en": "de", "nl": "nl"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T08:15:00Z", shipped="2026-06-02T14:00:00Z",
                 delivered="2026-06-05T11:30:00Z")
ORDERS = BOOK.rows
order = BOOK.add
# bought a few days ago, never shipped (stock-outs, delays)
OPEN = {"shipped": "", "delivered": "", "purchased": "2026-06-10T18:20:00Z"}
# handed to the carrier, not delivered yet
TRANSIT = {"purchased": "2026-06-07T09:00:00Z", "shipped": "2026-06-09T07:45:00Z", "delivered": ""}
B64 = {"cte": "base64"}
QP = {"cte": "quoted-printable"}
L1 = {"charset": "iso-8859-1", "cte": "quoted-printable"}
L1B = {"charset": "iso-8859-1", "cte": "base64"}

TARGET = ["language.mismatch", "type.order-confirmation", "type.thank-you-only", "type.marketing",
          "review.incentive", "review.removal-request", "review.conditional", "review.repeat",
          "order-problem.cancellation-request", "order-problem.no-adjustment", "return.unnecessary",
          "content.sensitive", "content.phone-number", "content.email-address", "link.opt-out", "link.external",
          "link.insecure"]
OTHER = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "style.emoji",
         "style.line-breaks", "style.link-text", "attachment.not-allowed"]

# Latin-1 has no typographic dashes, quotes or euro sign: write them as a Latin-1 mail client would
_LATIN1 = str.maketrans({"\u2013": "-", "\u201e": '"', "\u201c": '"', "\u201a": "'", "\u2018": "'",
                         "\u20ac": "EUR"})


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str, text: str,
         day: int = 12, hm: str = "09:41:07", reply: str = "", attrib: bool = False,
         tolerated: tuple[str, ...] = (), enc: dict | None = None, fmt: str = "text", html: str = "",
         attach: tuple = (), headers: tuple = (), after: tuple[str, ...] = (), crlf: bool = False) -> None:
    """One case. fmt: text (plain), html (HTML only) or alt (text + HTML alternative); `html` replaces the
    HTML generated from the text. Every target rule not named in `rules` (or tolerated) must stay silent.
    `reply` quotes the buyer: the message answers a buyer (In-Reply-To/References); `attrib` puts the
    usual "Am ... schrieb <buyer>:" line above the quote."""
    hdrs = list(headers)
    if reply:
        hdrs += reply_headers(f"0102019c.d33.{slug[:24]}")
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = text.strip("\n") + "\n"
    if reply:
        if attrib:
            body += f"\nAm {day - 1:02d}.06.2026 um 19:22 schrieb {to}:\n"
        else:
            body += "\n"
        body += quote(reply) + "\n"
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*TARGET, *OTHER) if r not in rules and r not in tol]
    kw = dict(enc or {})
    if kw.get("charset") == "iso-8859-1":
        body = body.translate(_LATIN1)
        subject = subject.translate(_LATIN1)
        html = html.translate(_LATIN1)
    if fmt == "text":
        kw["text"] = body
    else:
        kw["html"] = html or page(text2html(body), "de")
        if fmt == "alt":
            kw["text"] = body
    msg = mk(frm, to, subject, mail_date(day, hm, "+0200"), f"<t33.{slug}@{dom}>", headers=hdrs,
             attach=attach, **kw)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, after=after, crlf=crlf)


def html_page(body: str) -> str:
    return page(body.strip("\n"), "de")


# --------------------------------------------------------------------------------------------
# Compliant near-misses
# --------------------------------------------------------------------------------------------

def cases_de() -> None:  # noqa: PLR0915 (one long list of letters)
    # ---- review request, neutral (Swiss), and its repeat later --------------------------------
    frm = "Holzwerk Lenzburg <kontakt@holzwerk-lenzburg.ch>"
    o, b = order("brett", "de", "Schneidebrett Nussbaum massiv 45 x 30 cm")
    case("ch-rezension-ehrlich", "relay", [],
         "Schweizer Händler: Pflegehinweis und eine neutrale Bitte um eine ehrliche Rezension ('auch Kritik "
         "hilft uns weiter'), ohne Gegenleistung und ohne Bedingung; die erste Anfrage für diese Bestellung.",
         to=b, frm=frm, day=8,
         subject=f"Pflege Ihres Schneidebretts - Bestellung {o}", text=f"""Grüezi

Ihr Schneidebrett aus Nussbaum (Bestellung {o}) ist seit ein paar
Tagen bei Ihnen. Ein Tipp zur Pflege: Ölen Sie das Brett in den ersten
Wochen etwa alle zehn Tage dünn mit Leinöl ein und lassen Sie es über Nacht
stehend trocknen. In die Spülmaschine gehört es nicht, sonst reisst das Holz.

Wenn Sie mögen, schreiben Sie auf Amazon eine Rezension zum Brett. Uns
interessiert Ihre ehrliche Meinung, auch Kritik hilft uns weiter.

Freundliche Grüsse
Reto Baumann
Holzwerk Lenzburg""")

    case("ch-nochmals-erinnern", "reject", ["review.repeat"],
         "Eine Woche nach der ersten, weitergeleiteten Anfrage: 'Darf ich Sie nochmals daran erinnern, dass wir "
         "uns über Ihr Feedback auf Amazon freuen würden?' - zweite Bitte für dieselbe Bestellung.",
         to=b, frm=frm, day=14, after=("ch-rezension-ehrlich",),
         subject=f"Ihr Schneidebrett - Bestellung {o}", text=f"""Grüezi

Vor ein paar Tagen haben wir Ihnen einige Pflegetipps zu Ihrem Schneidebrett
(Bestellung {o}) geschickt. Darf ich Sie nochmals daran erinnern, dass
wir uns über Ihr Feedback auf Amazon sehr freuen würden? Ein paar Zeilen
genügen schon.

Freundliche Grüsse
Reto Baumann
Holzwerk Lenzburg""")

    # ---- seller feedback request with an Amazon link, and its helpdesk reminder ----------------
    frm = "Teehaus Morgentau <service@teehaus-morgentau.de>"
    o, b = order("kanne", "de", "Gusseisen-Teekanne Tetsubin 0,8 l mit Sieb")
    fb = f"https://www.amazon.de/gp/feedback/leave-customer-feedback?orderID={o}"
    case("verkaeuferbewertung-link", "relay", [],
         "Pflegehinweis und eine neutrale Bitte um eine Verkäuferbewertung mit https-Link zu amazon.de und "
         "sprechendem Linktext; 'Wie zufrieden waren Sie' ist eine Frage, keine Bedingung.",
         to=b, frm=frm, day=9, fmt="alt", enc=QP,
         subject=f"Ihre Teekanne (Bestellung {o})", text=f"""Guten Tag,

Ihre Teekanne aus der Bestellung {o} sollte inzwischen bei Ihnen
angekommen sein. Bitte spülen Sie die Kanne nach jedem Gebrauch nur mit
heißem Wasser aus und lassen Sie sie mit offenem Deckel trocknen, dann bildet
sich kein Rost.

Wie zufrieden waren Sie mit Verpackung und Versand? Über den folgenden Link
können Sie uns als Verkäufer bewerten:
{fb}

Herzliche Grüße
Ihr Teehaus Morgentau""",
         html=html_page(f"""<p>Guten Tag,</p>
<p>Ihre Teekanne aus der Bestellung {o} sollte inzwischen bei Ihnen angekommen sein. Bitte spülen Sie
die Kanne nach jedem Gebrauch nur mit heißem Wasser aus und lassen Sie sie mit offenem Deckel trocknen,
dann bildet sich kein Rost.</p>
<p>Wie zufrieden waren Sie mit Verpackung und Versand?
<a href="{fb}">Verkäuferbewertung für diese Bestellung abgeben</a></p>
<p>Herzliche Grüße<br>
Ihr Teehaus Morgentau</p>"""))

    case("helpdesk-feedback-erinnerung", "reject", ["review.repeat"],
         "Helpdesk-Makro 'Kurze Erinnerung ... falls noch nicht geschehen, würden wir uns über eine kurze "
         "Verkäuferbewertung freuen' nach der ersten, weitergeleiteten Feedback-Anfrage derselben Bestellung.",
         to=b, frm=frm, day=13, hm="07:00:12", headers=(("X-Mailer", "Zendesk Mailer"),),
         after=("verkaeuferbewertung-link",),
         subject=f"[Ticket #48213] Bestellung {o}", text=f"""##- Bitte geben Sie Ihre Antwort über dieser Zeile ein -##

Guten Tag,

kurze Erinnerung zu Ihrer Bestellung {o} (Gusseisen-Teekanne):
Falls noch nicht geschehen, würden wir uns über eine kurze
Verkäuferbewertung auf Amazon freuen.

Mit freundlichen Grüßen
Kundenservice Teehaus Morgentau

Ticket-Nr. 48213 | Status: offen""")

    # ---- return authorised (reply) with the label as PDF ---------------------------------------
    o, b = order("stoecke", "de", "Trekkingstöcke Carbon, verstellbar, 2er Set")
    label = make_pdf("Ruecksendeetikett", ["Ruecksendeetikett", f"Bestellung {o}",
                                           "An: Sportkiste Graz, Retourenabteilung", "Lagerstrasse 4, 8020 Graz",
                                           "Sendungsnummer: 1Z 4F8 09E 68 1234 5670"],
                     producer="Sportkiste Graz Versand 2.1")
    case("at-ruecksendung-genehmigt", "relay", [],
         "Antwort auf den Rückgabewunsch des Käufers: Rücksendung genehmigt, Etikett als PDF im Anhang; eine "
         "Antwort ist kein proaktiver Rücksendehinweis, und das Etikett ist ein erlaubter Anhang.",
         to=b, frm="Sportkiste Graz <service@sportkiste-graz.at>", day=10, enc=L1,
         reply="Hallo, die Stöcke sind mir leider zu kurz, ich möchte sie zurückgeben.",
         attach=((label, "application", "pdf", "Ruecksendeetikett.pdf"),),
         subject=f"AW: Rückgabe Trekkingstöcke - Bestellung {o}", text=f"""Grüß Gott,

danke für Ihre Nachricht. Ihre Rücksendung zur Bestellung {o} haben
wir genehmigt. Das Rücksendeetikett finden Sie im Anhang als PDF; bitte
kleben Sie es gut sichtbar auf das Packerl und geben Sie es in einer
Post-Filiale ab.

Sobald die Stöcke bei uns eingelangt sind, erstatten wir Ihnen den Kaufpreis
über Amazon.

Mit freundlichen Grüßen
Martina Url
Sportkiste Graz""")

    # ---- delay notice with dispatch vocabulary, option to cancel on the buyer's own choice -----
    o, b = order("schaukel", "de", "Hollywoodschaukel 3-Sitzer mit Dach, anthrazit", **OPEN)
    case("lieferverzoegerung-spedition", "relay", [],
         "Lieferverzögerung eines noch nicht versandten Sperrguts mit neuem Termin; 'Versandbestätigung' und "
         "'Sendungsnummer' kündigen Amazons Nachricht nur an, und die Wahl zu stornieren ist bei einer "
         "Verzögerung (nicht ausverkauft) das, was die Richtlinien vorsehen.",
         to=b, frm="Gartenmöbel Ostsee <info@gartenmoebel-ostsee.de>", day=12, enc=QP,
         subject=f"Neuer Liefertermin für Ihre Hollywoodschaukel ({o})", text=f"""Guten Tag,

Ihre Hollywoodschaukel aus der Bestellung {o} können wir leider nicht
wie angekündigt in dieser Woche versenden: Die Spedition hat die Abholung bei
uns kurzfristig auf Mittwoch, den 17. Juni, verschoben. Die Lieferung
verzögert sich dadurch um etwa eine Woche.

Sobald die Schaukel unterwegs ist, erhalten Sie von Amazon wie gewohnt die
Versandbestätigung mit der Sendungsnummer.

Wenn Sie unter diesen Umständen nicht warten möchten, ist das natürlich Ihre
Entscheidung; in dem Fall erstatten wir den vollen Betrag sofort.

Wir bitten die Verzögerung zu entschuldigen.

Mit freundlichen Grüßen
Jan Petersen
Gartenmöbel Ostsee""")

    # ---- invoice (Austria) with PDF, register numbers -------------------------------------------
    o, b = order("espresso", "de", "Espressobohnen Wiener Mischung 1 kg")
    inv = make_pdf("Rechnung 2026-0612", ["Kaffeeroesterei Hofer e.U.", "Rechnung Nr. 2026-0612",
                                          f"Bestellung {o}", "1 x Espressobohnen Wiener Mischung 1 kg",
                                          "Netto 20,83 EUR  USt 20 % 4,17 EUR  Gesamt 25,00 EUR",
                                          "UID ATU68412357  FN 412345 b"],
                   producer="Hofer Faktura 4")
    inv_text = f"""Sehr geehrte Kundin, sehr geehrter Kunde,

anbei erhalten Sie die Rechnung Nr. 2026-0612 zu Ihrer Bestellung
{o} als PDF-Datei. Die Umsatzsteuer ist darin gesondert
ausgewiesen.

Mit freundlichen Grüßen
Kaffeerösterei Hofer e.U.

Kaffeerösterei Hofer e.U. · Linzer Straße 118 · 1140 Wien
FN 412345 b, Handelsgericht Wien · UID ATU68412357"""
    case("at-rechnung-pdf", "relay", [],
         "Österreichische Rechnung als PDF-Anhang; Firmenbuch- und UID-Nummer in der Fußzeile sind keine "
         "Telefonnummern.",
         to=b, frm="Kaffeerösterei Hofer <buchhaltung@roesterei-hofer.at>", day=7, fmt="alt", enc=B64,
         attach=((inv, "application", "pdf", "Rechnung_2026-0612.pdf"),), crlf=True,
         subject=f"Ihre Rechnung zur Bestellung {o}", text=inv_text)

    # ---- reply with the carrier tracking number and the carrier's hotline ----------------------
    o, b = order("helm", "de", "Fahrradhelm MIPS, Grösse M, mattschwarz", **TRANSIT)
    case("ch-antwort-paketnummer", "relay", [],
         "Antwort auf 'Wo bleibt mein Helm?': Paketnummer und Hotline des Paketdienstes (erlaubte Nummer); "
         "die Käuferadresse in der Zitatzeile ist keine E-Mail-Adresse im Sinne der Regel.",
         to=b, frm="Velozubehör Rüegg <support@velo-rueegg.ch>", day=11, attrib=True, enc=QP,
         reply="Guten Tag, mein Helm ist immer noch nicht da. Wurde er überhaupt verschickt?",
         subject=f"AW: Bestellung {o} - wo ist mein Helm?", text="""Grüezi

Besten Dank für Ihre Nachricht. Der Helm wurde am Dienstag an DPD übergeben,
die Paketnummer lautet 01905512348876. Laut DPD ist die Zustellung für
morgen vorgesehen.

Falls das Paket dann noch nicht da ist, hilft Ihnen der DPD-Kundenservice
unter 06021 / 0 843 0 weiter, oder Sie schreiben uns einfach nochmals.

Freundliche Grüsse
Nadja Rüegg""")

    # ---- product question answered (reply), manufacturer hotline ------------------------------
    o, b = order("akku", "de", "Ersatzakku 18 V 5,0 Ah für Akkuschrauber")
    case("antwort-produktfrage-hersteller", "relay", [],
         "Antwort auf eine Produktfrage mit der Technik-Hotline des Herstellers in derselben Zeile wie "
         "'Hersteller'; 'Schlagschrauber' und 'schießt' sind keine Gewaltsprache.",
         to=b, frm="Akkuwelt Schubert <anfrage@akkuwelt-schubert.de>", day=9, fmt="alt", enc=QP,
         reply="Passt der Akku auch in meinen älteren Schlagschrauber (Modell ABS-14)?",
         subject=f"Re: Frage zu Bestellung {o}", text=f"""Hallo,

danke für Ihre Frage zur Bestellung {o}. Leider nein: Der ABS-14 hat
noch den alten Schiebeschacht, der 18-V-Akku passt mechanisch nicht hinein.
Mit Gewalt sollten Sie es bitte nicht versuchen, sonst bricht die
Verriegelung ab und der Akku schießt beim nächsten Anziehen heraus.

Für Ihr Gerät gibt es vom Hersteller einen Adapter (Teilenummer AD-1418);
die Technik-Hotline des Herstellers erreichen Sie unter 0711 400 409 90.

Viele Grüße
Ralf Schubert
Akkuwelt Schubert""")

    # ---- out of stock, adjustment confirmed -----------------------------------------------------
    o, b = order("eisenbahn", "de", "Holzeisenbahn Starterset 48 Teile", **OPEN)
    case("ausverkauft-betrag-erstattet", "relay", [],
         "Nicht vorrätig, der volle Betrag wurde mit dem Grund 'kein Lagerbestand' erstattet, und der Käufer "
         "muss nichts tun: bestätigte Anpassung, keine Bitte um Stornierung.",
         to=b, frm="Spielzeugkiste Lindner <bestellung@spielzeugkiste-lindner.de>", day=12, enc=L1,
         subject=f"Ihre Bestellung {o} - Holzeisenbahn leider vergriffen", text=f"""Guten Tag,

es tut uns sehr leid: Das Holzeisenbahn-Set aus Ihrer Bestellung {o}
ist bei uns nicht mehr vorrätig, und unser Lieferant kann vor September
nicht nachliefern.

Wir haben den Bestellbetrag von 39,90 € deshalb heute in voller Höhe
erstattet (Grund: kein Lagerbestand). Sie müssen nichts weiter tun; die
Gutschrift sehen Sie je nach Zahlungsart in wenigen Tagen.

Viele Grüße
Sandra Lindner
Spielzeugkiste Lindner""")

    # ---- return: asks for photos and the damage location --------------------------------------
    o, b = order("tasche", "de", "Aktentasche Rindleder, cognac")
    case("retoure-fotos-erbeten", "relay", [],
         "Proaktive Nachricht zu einer angemeldeten Rücksendung, die Fotos und die Schadensstelle erfragt: "
         "die Information wird für die Abwicklung gebraucht.",
         to=b, frm="Lederwaren Weiss <service@lederwaren-weiss.de>", day=10, enc=L1,
         subject=f"Ihre Rücksendung - Bestellung {o}", text=f"""Guten Tag,

Sie haben für die Aktentasche aus der Bestellung {o} eine Rücksendung
mit dem Grund "Artikel beschädigt" angemeldet.

Damit wir den Schaden mit der Gerberei klären und die Rücksendung richtig
zuordnen können: Könnten Sie uns über die Amazon-Nachrichtenfunktion ein
oder zwei Fotos der beschädigten Stelle schicken? Und sitzt der Schaden am
Verschluss oder an einer Naht?

Vielen Dank und freundliche Grüße
Lederwaren Weiss""")

    # ---- return: partial refund offered -------------------------------------------------------
    o, b = order("kissen", "de", "Daunenkissen 80 x 80 cm, mittelfest")
    case("teilerstattung-statt-retoure", "relay", [],
         "Rücksendung angemeldet ('zu fest'): der Händler bietet eine Teilerstattung an, wenn der Käufer das "
         "Kissen behält, und lässt die Rücksendung offen - ausdrücklich erlaubt.",
         to=b, frm="Bettenhaus Kramer <kundendienst@bettenhaus-kramer.de>", day=11, fmt="html", enc=B64,
         subject=f"Ihr Daunenkissen - Bestellung {o}", text=f"""Guten Tag,

Sie möchten das Daunenkissen aus der Bestellung {o} zurückschicken,
weil es Ihnen zu fest ist.

Falls Sie es stattdessen behalten möchten, bieten wir Ihnen eine
Teilerstattung von 20 € an; viele Kunden nehmen dann einfach etwas Füllung
über den Reißverschluss heraus. Möchten Sie lieber zurückschicken, läuft die
Rücksendung wie gewohnt über Amazon. Geben Sie uns bitte kurz Bescheid, was
Ihnen lieber ist.

Freundliche Grüße
Bettenhaus Kramer""")

    # ---- bulky delivery appointment (Austria), freight carrier phone -------------------------------
    o, b = order("schrank", "de", "Kleiderschrank Eiche massiv, 4-türig", **OPEN)
    case("at-speditionstermin", "relay", [],
         "Terminabsprache für ein sperriges Möbelstück; die Telefonnummer der Spedition steht im selben Satz "
         "wie 'Spedition' (Versanddienstleister).",
         to=b, frm="Möbelmanufaktur Steiner <disposition@moebel-steiner.at>", day=12, fmt="html", enc=QP,
         subject=f"Liefertermin Kleiderschrank - Bestellung {o}", text=f"""Grüß Gott,

Ihr Kleiderschrank aus der Bestellung {o} ist fertig und wird von
unserer Spedition zugestellt. Die Lieferung erfolgt bis in die Wohnung,
das Tragen übernehmen zwei Monteure.

Bitte teilen Sie uns mit, an welchem dieser Tage jemand zu Hause ist:
Dienstag, 23. Juni, Mittwoch, 24. Juni oder Freitag, 26. Juni (jeweils
zwischen 8 und 13 Uhr).

Die Spedition meldet sich am Vortag telefonisch; die Disposition der
Spedition erreichen Sie direkt unter +43 662 4690 0.

Mit freundlichen Grüßen
Möbelmanufaktur Steiner""")

    # ---- custom engraving verification --------------------------------------------------------
    o, b = order("uhr", "de", "Taschenuhr Messing mit Wunschgravur")
    case("gravur-freigabe", "relay", [],
         "Bitte um Freigabe eines Gravurtextes (Überprüfung eines individuellen Designs); das einleitende "
         "'vielen Dank für Ihre Bestellung' macht daraus keine reine Dankesnachricht.",
         to=b, frm="Gravurstube Hartmann <auftrag@gravurstube-hartmann.de>", day=6, enc=QP,
         subject=f"Bitte Gravurtext prüfen - Bestellung {o}", text=f"""Hallo,

vielen Dank für Ihre Bestellung {o}. Bevor wir die Taschenuhr
gravieren, bitten wir Sie, den Text noch einmal zu prüfen:

Deckel vorne: „Für Opa Heinz – 80 Jahre“
Deckel innen: „12.06.1946“
Schrift: Englische Schreibschrift, 4 mm

Passt das so? Wenn Sie etwas ändern möchten, antworten Sie einfach auf diese
Nachricht; wir gravieren erst nach Ihrer Freigabe.

Viele Grüße
Gravurstube Hartmann""")

    # ---- bilingual German/English to an English-speaking buyer on amazon.de ---------------------
    o, b = order("kocher", "en", "Campingkocher Gas, faltbar, mit Piezozündung", tld="de", **OPEN)
    case("zweisprachig-an-englisch", "relay", [],
         "Lieferverzögerung auf Deutsch und Englisch an einen amazon.de-Käufer mit Sprache en: die Nachricht "
         "enthält die Sprache des Käufers.",
         to=b, frm="Camping Outlet Kessler <service@camping-kessler.de>", day=12, fmt="alt", enc=QP,
         subject=f"Lieferverzögerung / Delivery delay - {o}", text=f"""Guten Tag,

Ihr Campingkocher aus der Bestellung {o} verzögert sich leider um drei
bis vier Werktage, weil die Gaskartuschen-Adapter erst am Freitag bei uns
eintreffen. Wir versenden sofort danach.

Hello,

your camping stove from order {o} is delayed by three to four
working days because the gas cartridge adapters only reach us on Friday. We
will ship right after that.

Viele Grüße / Kind regards
Camping Outlet Kessler""")

    # ---- delivery address incomplete ----------------------------------------------------------
    o, b = order("wein", "de", "Rotwein Probierpaket Pfalz, 6 Flaschen", **OPEN)
    case("adresse-hausnummer-fehlt", "relay", [],
         "Fehlende Hausnummer für die Zustellung einer altersgeprüften Weinlieferung: Information, die zur "
         "Erfüllung der Bestellung nötig ist.",
         to=b, frm="Weinkontor Ahrens <versand@weinkontor-ahrens.de>", day=11, enc=L1,
         subject=f"Rückfrage zur Lieferadresse - Bestellung {o}", text=f"""Guten Tag,

für den Versand Ihres Probierpakets (Bestellung {o}) fehlt in der
Lieferadresse leider die Hausnummer. Da alkoholische Getränke nur persönlich
gegen Altersnachweis übergeben werden, kann der Paketdienst ohne Hausnummer
nicht zustellen.

Könnten Sie uns die vollständige Anschrift kurz über die Amazon-
Nachrichtenfunktion mitteilen? Wir versenden dann noch am selben Tag.

Mit freundlichen Grüßen
Weinkontor Ahrens""")

    # ---- knife care (reply): blade vocabulary, no violence --------------------------------------
    o, b = order("messer", "de", "Ausbeinmesser 15 cm, Carbonstahl")
    case("antwort-messer-flecken", "relay", [],
         "Antwort zur Pflege eines Ausbeinmessers: 'rasiermesserscharf', 'Knochen', 'Blut' und 'Schnittwunden' "
         "gehören zum Produkt, nicht zu anstößiger Sprache.",
         to=b, frm="Klingenschmiede Wolf <info@klingenschmiede-wolf.de>", day=13, enc=QP,
         reply="Mein neues Messer hat nach dem ersten Mal graue Flecken. Ist das normal?",
         subject=f"Re: Ausbeinmesser - Bestellung {o}", text="""Hallo,

ja, das ist bei Carbonstahl normal: Säure und Blut aus rohem Fleisch
färben die Klinge grau, mit der Zeit entsteht eine schützende Patina. Rost
ist das nicht.

Nach dem Auslösen von Knochen die Klinge gleich abwischen und trocken
aufbewahren. Das Messer ist ab Werk rasiermesserscharf; bitte immer vom
Körper weg arbeiten, die meisten Schnittwunden passieren beim Abwischen.

Viele Grüße aus Solingen
Klingenschmiede Wolf""")

    # ---- missing part sent free of charge ----------------------------------------------------------
    o, b = order("lampe", "de", "Bogenlampe mit Marmorfuß, Schirm leinen")
    case("fehlteil-kostenlos-nachgesendet", "relay", [],
         "Proaktive Lösung eines Erfüllungsproblems: fehlende Schirmhalterung wird kostenlos nachgeschickt; "
         "'kostenlos' und 'neu' sind keine Werbung, und die Nachsendung ist keine Versandbestätigung der "
         "Bestellung.",
         to=b, frm="Leuchtenhaus Voss <service@leuchtenhaus-voss.de>", day=8, fmt="alt", enc=B64,
         subject=f"Fehlende Schirmhalterung - Bestellung {o}", text=f"""Guten Tag,

beim Nachzählen unserer Packstücke ist uns aufgefallen, dass in der
Lieferung zu Ihrer Bestellung {o} die Halterung für den Lampenschirm
gefehlt hat. Das tut uns leid.

Wir schicken Ihnen die Halterung kostenlos in einem eigenen kleinen Paket
nach, es sollte in zwei bis drei Tagen bei Ihnen sein. Bis dahin bitte den
Schirm nicht direkt auf die Fassung setzen, die neue LED wird zu warm.

Freundliche Grüße
Leuchtenhaus Voss""")

    # ================================================================================================
    # Violations
    # ================================================================================================

    # ---- language.mismatch ---------------------------------------------------------------------
    o, b = order("muehle", "en", "Pfeffermühle Keramikmahlwerk 22 cm, Buche", tld="de")
    case("deutsch-an-englischen-kaeufer", "quarantine", ["language.mismatch"],
         "Neutrale Bewertungsbitte nur auf Deutsch an einen amazon.de-Käufer, dessen Sprache en ist.",
         to=b, frm="Pfeffer & Co <service@pfeffer-und-co.de>", day=10, enc=QP,
         subject=f"Ihre Pfeffermühle - Bestellung {o}", text=f"""Guten Tag,

kurzer Tipp zu Ihrer Pfeffermühle aus der Bestellung {o}: Das
Mahlwerk stellen Sie an der Rändelmutter unten ein; im Uhrzeigersinn wird
der Pfeffer feiner.

Wenn Sie die Mühle eine Weile benutzt haben, würden wir uns über eine
Rezension auf Amazon freuen.

Viele Grüße
Pfeffer & Co""")

    o, b = order("fietstas", "", "Dubbele fietstas 28 l, waterdicht", tld="nl", **TRANSIT)
    case("deutsch-an-niederlaendischen-kaeufer", "quarantine", ["language.mismatch"],
         "Deutsche Verzögerungsnachricht an einen amazon.nl-Käufer ohne hinterlegte Sprache: "
         "Marktplatzsprache nl.",
         to=b, frm="Fahrradteile Brinkmann <info@brinkmann-fahrradteile.de>", day=11, enc=L1,
         subject=f"Ihre Fahrradtasche - Bestellung {o}", text=f"""Hallo,

Ihre Fahrradtasche aus der Bestellung {o} hängt leider im
Paketzentrum Venlo fest; der Paketdienst hat uns eine Verzögerung von zwei
Tagen gemeldet. Sie müssen nichts tun, die Tasche kommt automatisch.

Viele Grüße aus Emmerich
Fahrradteile Brinkmann""")

    # ---- type.order-confirmation ---------------------------------------------------------------
    o, b = order("nudeln", "de", "Bio-Dinkelnudeln, 6 x 500 g", **OPEN)
    case("ch-eingang-bestaetigt", "quarantine", ["type.order-confirmation"],
         "Schweizer Shop-Mail 'Hiermit bestätigen wir den Eingang Ihrer Bestellung' mit Positionen und Total: "
         "eine Bestellbestätigung, die Amazon selbst verschickt.",
         to=b, frm="Teigwaren Bühler <bestellungen@buehler-teigwaren.ch>", day=11, hm="06:02:44", enc=QP,
         subject=f"Ihre Bestellung {o} bei Teigwaren Bühler", text=f"""Grüezi

Besten Dank für Ihren Einkauf. Hiermit bestätigen wir den Eingang Ihrer
Bestellung {o}:

1 x Bio-Dinkelnudeln, 6 x 500 g            24.90 EUR
Versand                                      0.00 EUR
Total                                       24.90 EUR

Ihre Bestellung wird in den nächsten ein bis zwei Werktagen verpackt und
der Post übergeben.

Freundliche Grüsse
Teigwaren Bühler""")

    o, b = order("tinte", "de", "Druckerpatronen XL Multipack, 10 Stück", **TRANSIT)
    case("helpdesk-status-gls", "quarantine", ["type.order-confirmation"],
         "HTML-Statusmeldung 'Ihre Sendung wurde heute an GLS übergeben' mit Paketnummer und voraussichtlicher "
         "Zustellung, sonst nichts: eine Versandbestätigung.",
         to=b, frm="Tintenprofi Shop <noreply@tintenprofi-shop.de>", day=9, hm="16:05:00", fmt="html",
         enc=B64, headers=(("X-Mailer", "Plentymarkets Mailer"),),
         subject=f"Status-Update zu Ihrer Bestellung {o}", text="",
         html=html_page(f"""<p><b>Status-Update zu Ihrer Bestellung {o}</b></p>
<p>Guten Tag,</p>
<p>Ihre Sendung wurde heute an GLS übergeben.</p>
<table>
<tr><td>Paketnummer:</td><td>6040 1283 5571</td></tr>
<tr><td>Voraussichtliche Zustellung:</td><td>Donnerstag, 11.06.2026</td></tr>
</table>
<p>Diese Nachricht wurde automatisch erstellt.</p>
<p>Ihr Tintenprofi-Team</p>"""))

    # ---- type.thank-you-only -------------------------------------------------------------------
    o, b = order("janker", "de", "Lodenjanker Herren, Gr. 50, dunkelgrün")
    case("at-servus-danke-vielmals", "quarantine", ["type.thank-you-only"],
         "Österreichisch: 'Danke vielmals', 'wir hoffen, der Janker passt', 'wenn was ist, melden Sie sich' - "
         "nur Dank, gute Wünsche und Hilfsangebot.",
         to=b, frm="Trachten Pichler <post@trachten-pichler.at>", day=8, enc=QP,
         subject=f"Danke vielmals! Bestellung {o}", text=f"""Servus,

danke vielmals, dass Sie bei uns eingekauft haben (Bestellung {o})!
Wir hoffen, der Janker passt wie angegossen und hält Sie im Herbst schön
warm.

Wenn was ist, melden Sie sich einfach, wir sind gern für Sie da.

Liebe Grüße aus dem Salzkammergut
Trachten Pichler""")

    o, b = order("buegeleisen", "de", "Dampfbügeleisen 2800 W, Keramiksohle")
    case("im-namen-des-teams", "quarantine", ["type.thank-you-only"],
         "Förmlich und länger: Dank 'im Namen des gesamten Teams', 'zufriedene Kunden liegen uns am Herzen', "
         "'stehen Ihnen jederzeit zur Verfügung', 'viel Freude' - kein Anliegen.",
         to=b, frm="Haushaltsprofi Berger <kundenservice@haushaltsprofi-berger.de>", day=7, fmt="html", enc=B64,
         subject=f"Vielen Dank für Ihren Einkauf - Bestellung {o}", text=f"""Sehr geehrte Kundin, sehr geehrter Kunde,

im Namen des gesamten Teams möchten wir uns ganz herzlich für Ihr Vertrauen
und Ihren Einkauf bedanken (Bestellung {o}).

Zufriedene Kunden liegen uns sehr am Herzen. Sollten Sie Fragen oder
Anregungen haben, stehen wir Ihnen jederzeit gerne zur Verfügung.

Wir wünschen Ihnen viel Freude mit Ihrem neuen Dampfbügeleisen.

Mit freundlichen Grüßen
Ihr Team von Haushaltsprofi Berger""")

    # ---- type.marketing ------------------------------------------------------------------------
    o, b = order("filter", "de", "Aquarium-Außenfilter 1200 l/h mit Filtermedien")
    case("langer-brief-rabattcode", "quarantine", ["type.marketing"],
         "Langer Einrichtungsbrief; mittendrin 'Passende Ersatzschwämme bekommen Sie bei uns im Shop aktuell "
         "20 % günstiger - Code FILTER20': Rabattcode für andere Produkte.",
         to=b, frm="Aquaristik Seidel <service@aquaristik-seidel.de>", day=9, enc=QP,
         subject=f"Inbetriebnahme Ihres Außenfilters - Bestellung {o}", text=f"""Hallo,

damit Ihr Außenfilter aus der Bestellung {o} von Anfang an leise und
zuverlässig läuft, hier die wichtigsten Schritte:

1. Den Filter unterhalb des Wasserspiegels aufstellen, höchstens 1,5 m
   darunter.
2. Vor dem ersten Einschalten den Ansaugschlauch über die Anlaufhilfe
   füllen, bis keine Luft mehr im Topf ist.
3. Die Filtermedien in der Reihenfolge grob - fein - Watte einsetzen; die
   Watte liegt immer oben.

Kleiner Tipp am Rande: Passende Filtermedien und Ersatzschwämme bekommen Sie
bei uns im Shop aktuell 20 % günstiger, einfach bei der nächsten Bestellung
den Code FILTER20 angeben.

Die ersten zwei Wochen bitte nicht den ganzen Filter reinigen, sonst gehen
die Bakterien verloren, die Ihr Wasser sauber halten.

Viele Grüße
Dirk Seidel
Aquaristik Seidel""")

    o, b = order("kette", "de", "Silberkette mit Bergkristall-Anhänger, 45 cm")
    case("ch-instagram-herbstkollektion", "quarantine", ["type.marketing"],
         "Pflegetipps und dann 'Auf Instagram zeigen wir jede Woche neue Stücke ... @handle; unsere "
         "Herbstkollektion erscheint im September': Aufforderung zum Folgen und neue Produkte; der @-Name ist "
         "keine E-Mail-Adresse.",
         to=b, frm="Bergkristall Schmuck <atelier@bergkristall-schmuck.ch>", day=10, fmt="alt", enc=QP,
         subject=f"Ihre Silberkette - Bestellung {o}", text=f"""Grüezi

Damit Ihre Silberkette (Bestellung {o}) lange glänzt: Legen Sie sie
zum Duschen und Schwimmen ab und bewahren Sie sie im beiliegenden
Stoffbeutel auf. Angelaufenes Silber reinigen Sie mit einem weichen Tuch,
bitte ohne Zahnpasta.

Übrigens: Auf Instagram zeigen wir jede Woche neue Stücke aus unserem
Atelier, schauen Sie doch mal vorbei unter @bergkristall.atelier. Unsere
Herbstkollektion erscheint im September.

Herzliche Grüsse aus Chur
Bergkristall Schmuck""")

    # ---- review.incentive ----------------------------------------------------------------------
    o, b = order("sohlen", "de", "Einlegesohlen Fersensporn, Gr. 42")
    case("zweites-paar-gratis", "reject", ["review.incentive"],
         "'Als Dankeschön für Ihre Rezension schicken wir Ihnen gerne ein zweites Paar gratis zu': kostenloses "
         "Produkt gegen eine Bewertung.",
         to=b, frm="Fußwohl Orthopädie <service@fusswohl-orthopaedie.de>", day=10, enc=L1,
         tolerated=("type.marketing",),
         subject=f"Ihre Einlegesohlen - Bestellung {o}", text=f"""Guten Tag,

Ihre Einlegesohlen aus der Bestellung {o} brauchen etwa eine Woche
Eingewöhnung. Tragen Sie sie die ersten Tage nur zwei bis drei Stunden.

Als Dankeschön für Ihre Rezension auf Amazon schicken wir Ihnen gerne ein
zweites Paar gratis zu. Schreiben Sie uns einfach kurz, sobald die Bewertung
online ist.

Gute Besserung!
Fußwohl Orthopädie""")

    o, b = order("yoga", "de", "Yogamatte Naturkautschuk 4 mm, salbei")
    case("du-fuenf-sterne-der-hammer", "reject", ["review.incentive"],
         "Lockeres du: 'Für ein kleines Label wie uns zählt jeder einzelne Stern - fünf davon wären natürlich "
         "der Hammer': lenkt auf eine positive Bewertung.",
         to=b, frm="FlowMatte <hallo@flowmatte.de>", day=11, fmt="alt", enc=B64,
         subject=f"Deine neue Matte ({o})", text=f"""Hey,

mega, dass du dich für unsere Naturkautschuk-Matte entschieden hast
(Bestellung {o})! Der Gummigeruch verfliegt nach ein paar Tagen an
der Luft, einfach ausgerollt liegen lassen.

Kleiner Wunsch von uns: Schreib doch eine Rezension auf Amazon. Für ein
kleines Label wie uns zählt jeder einzelne Stern, fünf davon wären natürlich
der Hammer.

Namaste
Lena von FlowMatte""")

    o, b = order("kratzbaum", "de", "Katzenkratzbaum 150 cm, beige")
    case("versandkosten-zurueck-fuer-bewertung", "reject", ["review.incentive"],
         "'Für eine Bewertung ... bedanken wir uns mit der Erstattung der Versandkosten - ganz gleich, wie sie "
         "ausfällt': Geld für eine Bewertung, auch wenn sie nicht positiv sein muss.",
         to=b, frm="Tierbedarf Nordheide <kundenservice@tierbedarf-nordheide.de>", day=12, enc=L1B,
         subject=f"Kratzbaum - Bestellung {o}", text=f"""Sehr geehrte Kundin, sehr geehrter Kunde,

wir hoffen, Ihre Katze hat den Kratzbaum aus der Bestellung {o}
bereits erobert. Bitte ziehen Sie die Schrauben nach zwei Wochen noch einmal
nach, da sich das Holz setzt.

Für eine Bewertung Ihres Einkaufs auf Amazon bedanken wir uns mit der
Erstattung der Versandkosten (4,95 €) - ganz gleich, wie sie ausfällt.

Mit freundlichen Grüßen
Tierbedarf Nordheide""")

    # ---- review.removal-request ----------------------------------------------------------------
    o, b = order("brotdose", "de", "Edelstahl-Brotdose mit 3 Fächern")
    case("du-bewertung-anpassen", "reject", ["review.removal-request"],
         "Antwort im du: 'Magst du deine 2-Sterne-Bewertung vielleicht nochmal anpassen?' nachdem der "
         "Ersatzdeckel passt: Bitte, eine bestehende Bewertung zu ändern.",
         to=b, frm="Brotzeit Boxen <team@brotzeit-boxen.de>", day=12, enc=QP, tolerated=("review.incentive",),
         reply="Der neue Deckel ist da und passt jetzt. Danke.",
         subject=f"Re: Deckel undicht - Bestellung {o}", text="""Hi,

schön, dass der Ersatzdeckel jetzt passt, danke für die Rückmeldung!

Magst du deine 2-Sterne-Bewertung vielleicht nochmal anpassen? Würde uns
echt viel bedeuten, wir sind nur zu dritt.

Liebe Grüße
Jonas von Brotzeit Boxen""")

    o, b = order("befeuchter", "de", "Ultraschall-Luftbefeuchter 4 l mit Aromafach")
    case("langer-brief-rezension-ueberdenken", "reject", ["review.removal-request"],
         "Langer förmlicher Brief zur Fehlerursache; mittendrin 'wenn Sie Ihre Rezension vor diesem Hintergrund "
         "noch einmal überdenken und gegebenenfalls zurückziehen würden'.",
         to=b, frm="Klimafix Haustechnik <service@klimafix-haustechnik.de>", day=13, enc=QP,
         tolerated=("review.incentive",),
         subject=f"Ihre Rezension zum Luftbefeuchter - Bestellung {o}", text=f"""Sehr geehrte Kundin, sehr geehrter Kunde,

Sie haben in Ihrer Rezension zum Luftbefeuchter aus der Bestellung
{o} geschrieben, dass das Gerät nach zwei Wochen keinen Nebel mehr
erzeugt. Das bedauern wir sehr.

Nach Rücksprache mit unserer Technik liegt das in fast allen Fällen am
Schwimmerschalter im Wassertank: Setzt sich dort Kalk ab, meldet das Gerät
"Tank leer", obwohl noch Wasser darin ist. Ein Austauschgerät haben wir
Ihnen trotzdem bereits auf den Weg gebracht.

Wir würden es sehr begrüßen, wenn Sie Ihre Rezension vor diesem Hintergrund
noch einmal überdenken und gegebenenfalls zurückziehen würden.

Damit das neue Gerät nicht verkalkt, verwenden Sie bitte destilliertes oder
gefiltertes Wasser und reinigen Sie den Tank einmal pro Woche mit etwas
Essig.

Mit freundlichen Grüßen
Kundenservice Klimafix Haustechnik""")

    # ---- review.conditional --------------------------------------------------------------------
    o, b = order("kaffeemuehle", "de", "Elektrische Kaffeemühle mit Kegelmahlwerk")
    case("zufrieden-dann-bewertung-sonst-uns", "reject", ["review.conditional"],
         "'Sind Sie zufrieden? Dann freuen wir uns über eine Bewertung. Sollte etwas nicht Ihren Erwartungen "
         "entsprechen, wenden Sie sich zuerst an uns': Bewertung nur bei positiver Erfahrung.",
         to=b, frm="Mahlwerk Kaffeetechnik <service@mahlwerk-kaffee.de>", day=10, enc=L1,
         subject=f"Ihre Kaffeemühle - Bestellung {o}", text=f"""Guten Tag,

Ihre Kaffeemühle aus der Bestellung {o} ist auf Mahlgrad 12 voreingestellt,
das passt für Filterkaffee. Für Espresso drehen Sie bitte schrittweise
Richtung 4.

Sind Sie mit der Mühle zufrieden? Dann freuen wir uns sehr über eine
Bewertung auf Amazon. Sollte dagegen etwas nicht Ihren Erwartungen
entsprechen, wenden Sie sich bitte zuerst direkt an uns, damit wir eine
Lösung finden.

Mit freundlichen Grüßen
Mahlwerk Kaffeetechnik""")

    o, b = order("velolicht", "de", "Fahrradlicht-Set USB, StVZO zugelassen")
    case("ch-du-wenn-dir-gefaellt", "reject", ["review.conditional"],
         "Schweizer du: 'Wenn dir dein neues Velolicht gefällt, würden wir uns über eine Rezension freuen. Und "
         "falls nicht: Schreib uns bitte zuerst, bevor du bewertest.'",
         to=b, frm="Velolicht Zürich <hallo@velolicht-zh.ch>", day=11, fmt="alt", enc=QP,
         subject=f"Dein Velolicht - Bestellung {o}", text=f"""Hoi

Dein Lichtset aus der Bestellung {o} lädt über USB-C in rund drei
Stunden voll. Das Rücklicht schaltet sich bei Dunkelheit von selbst ein.

Wenn dir dein neues Velolicht gefällt, würden wir uns riesig über eine
Rezension freuen. Und falls nicht: Schreib uns bitte zuerst, bevor du
bewertest, wir finden bestimmt eine Lösung.

Liebe Grüsse
Flurin von Velolicht Zürich""")

    # ---- order-problem.cancellation-request ------------------------------------------------------
    o, b = order("thermostat", "de", "Smart-Thermostat für Heizkörper, 3er Set", **OPEN)
    case("bitte-im-konto-stornieren", "reject", ["order-problem.cancellation-request"],
         "Nicht lieferbar, kein Termin absehbar: 'Wir bitten Sie daher, die Bestellung in Ihrem Amazon-Konto "
         "zu stornieren' - der Käufer soll die Stornierung auslösen.",
         to=b, frm="Elektro Kaiser <auftrag@elektro-kaiser.de>", day=12, enc=QP,
         tolerated=("order-problem.no-adjustment",),
         subject=f"Bestellung {o} - Lieferproblem", text=f"""Sehr geehrte Kundin, sehr geehrter Kunde,

leider ist das Thermostat-Set aus Ihrer Bestellung {o} derzeit nicht
lieferbar; der Hersteller kann uns keinen neuen Liefertermin nennen.

Wir bitten Sie daher, die Bestellung in Ihrem Amazon-Konto unter "Meine
Bestellungen" zu stornieren.

Wir bedauern die Unannehmlichkeiten.

Mit freundlichen Grüßen
Elektro Kaiser""")

    o, b = order("automatikuhr", "de", "Automatikuhr Saphirglas 40 mm, Lederband", **OPEN)
    case("ch-waeren-sie-so-nett", "reject", ["order-problem.cancellation-request"],
         "Schweizer Brief: das Modell ist ausverkauft, 'Wären Sie so nett und würden über Amazon eine "
         "Stornierung beantragen? Dann geht es am schnellsten.'",
         to=b, frm="Uhrenatelier Meier <verkauf@uhrenatelier-meier.ch>", day=13, fmt="alt", enc=QP,
         tolerated=("order-problem.no-adjustment",),
         subject=f"Ihre Automatikuhr - Bestellung {o}", text=f"""Grüezi

Besten Dank für Ihre Bestellung {o}. Leider hat uns unser Lieferant
heute mitgeteilt, dass dieses Modell mit dem braunen Lederband ausverkauft
ist und auch nicht mehr nachproduziert wird.

Wären Sie so nett und würden über Amazon eine Stornierung beantragen? Dann
geht es für Sie am schnellsten.

Es tut uns leid, dass wir Ihnen keine bessere Nachricht geben können.

Freundliche Grüsse
Urs Meier
Uhrenatelier Meier""")

    # ---- order-problem.no-adjustment -----------------------------------------------------------
    o, b = order("bildband", "de", "Bildband Alpenpässe, gebunden", **OPEN)
    case("vergriffen-um-verstaendnis", "quarantine", ["order-problem.no-adjustment"],
         "'Leider können wir Ihre Bestellung nicht ausführen: Der Titel ist vergriffen' - ohne Bestätigung "
         "einer Erstattung oder Anpassung des Betrags.",
         to=b, frm="Buchhandlung am Markt <versand@buchhandlung-am-markt.de>", day=12, enc=L1,
         subject=f"Bestellung {o}", text=f"""Guten Tag,

leider können wir Ihre Bestellung {o} nicht ausführen: Der Bildband
"Alpenpässe" ist beim Verlag vergriffen und wird nicht neu aufgelegt.

Wir bitten vielmals um Entschuldigung und um Ihr Verständnis.

Mit freundlichen Grüßen
Buchhandlung am Markt""")

    o, b = order("schuerze", "de", "Dirndlschürze Seide, rosé, Gr. 38", **OPEN)
    case("at-nicht-mehr-lagernd", "quarantine", ["order-problem.no-adjustment"],
         "Österreichisch 'nicht mehr lagernd ... können wir Ihre Bestellung daher leider nicht versenden' - "
         "keine Bestätigung, dass der Betrag angepasst oder erstattet wurde.",
         to=b, frm="Trachtenstube Ebner <bestellung@trachtenstube-ebner.at>", day=13, enc=QP, crlf=True,
         subject=f"Ihre Dirndlschürze - Bestellung {o}", text=f"""Servus,

leider ist die Dirndlschürze in Rosé in Größe 38 nicht mehr lagernd, und
unsere Schneiderei bekommt den Seidenstoff heuer auch nicht mehr nach. Wir
können Ihre Bestellung {o} daher leider nicht versenden.

Tut uns wirklich leid!

Liebe Grüße
Trachtenstube Ebner""")

    # ---- return.unnecessary --------------------------------------------------------------------
    o, b = order("mixer", "de", "Standmixer 1500 W, 2 l Glaskrug")
    case("retoure-ausreden", "quarantine", ["return.unnecessary"],
         "Angemeldete Rücksendung wegen Lautstärke: Tipps, damit der Käufer das Gerät behält ('Wir sind "
         "überzeugt, dass Sie den Mixer nach einer Woche nicht mehr hergeben wollen'), weder Rückfrage noch "
         "Teilerstattung.",
         to=b, frm="Küchenprofi Mertens <service@kuechenprofi-mertens.de>", day=11, enc=QP,
         subject=f"Ihre Rücksendung - Bestellung {o}", text=f"""Guten Tag,

wie wir sehen, haben Sie für den Standmixer aus der Bestellung {o}
eine Rücksendung beantragt, weil er Ihnen zu laut ist.

Bevor Sie das Gerät einpacken: Der Motor ist in den ersten Betriebsstunden
etwas lauter, bis sich die Lager eingelaufen haben. Stellen Sie den Mixer
außerdem auf die mitgelieferte Gummimatte, das dämpft deutlich.

Wir sind überzeugt, dass Sie den Mixer nach einer Woche nicht mehr hergeben
wollen.

Viele Grüße
Küchenprofi Mertens""")

    o, b = order("wanderschuh", "de", "Wanderschuhe Damen GTX, Gr. 39")
    case("helpdesk-retoure-eingegangen", "quarantine", ["return.unnecessary"],
         "Helpdesk-Meldung 'Ihre Rücksendung ist heute bei uns eingegangen, wir prüfen die Ware': eine "
         "Rücksendungsnachricht ohne Rückfrage und ohne Teilerstattung.",
         to=b, frm="Schuhhaus Reindl <retouren@schuhhaus-reindl.de>", day=12, hm="11:12:09", fmt="html",
         enc=QP, tolerated=("type.order-confirmation",),
         subject=f"Rücksendung eingegangen - Bestellung {o}", text=f"""Guten Tag,

Ihre Rücksendung zur Bestellung {o} (Wanderschuhe Damen GTX, Gr. 39)
ist heute bei uns eingegangen.

Wir prüfen die Ware in den nächsten Tagen.

Mit freundlichen Grüßen
Ihr Retourenteam
Schuhhaus Reindl""")

    o, b = order("lautsprecher", "de", "Bluetooth-Lautsprecher outdoor, 30 W")
    case("at-hinweis-wertminderung", "quarantine", ["return.unnecessary"],
         "Zur Rücksendeanfrage nur der Hinweis, dass ohne Originalverpackung 'nur abzüglich einer Wertminderung' "
         "erstattet wird: keine Rückfrage, kein Angebot einer Teilerstattung.",
         to=b, frm="Elektronik Gruber <service@elektronik-gruber.at>", day=12, enc=L1,
         subject=f"Ihre Rücksendeanfrage - Bestellung {o}", text=f"""Grüß Gott,

Ihre Rücksendeanfrage zum Lautsprecher aus der Bestellung {o} haben
wir erhalten. Das Rücksendeetikett stellt Ihnen Amazon bereit.

Bitte beachten Sie, dass wir Geräte ohne Originalverpackung oder mit
Gebrauchsspuren nur abzüglich einer Wertminderung erstatten können.

Mit freundlichen Grüßen
Elektronik Gruber""")

    # ---- content.sensitive ---------------------------------------------------------------------
    o, b = order("bremse", "de", "Bremsscheiben und Beläge Vorderachse, Set")
    case("antwort-so-ein-scheiss", "quarantine", ["content.sensitive"],
         "Gereizte Antwort an einen Käufer: 'So ein Scheiß kostet uns jedes Mal einen halben Tag' - vulgäre "
         "Sprache.",
         to=b, frm="Autoteile Krause <verkauf@autoteile-krause.de>", day=13, enc=QP,
         reply="Die Bremsscheiben passen nicht, ihr habt mir die falschen geschickt!",
         subject=f"Re: Falsche Bremsscheiben? Bestellung {o}", text="""Hallo,

wir haben Ihre Fahrzeugdaten geprüft: Bestellt haben Sie die Scheiben für
das Modell ab Baujahr 2019, Ihr Wagen ist laut Schlüsselnummer von 2016.

Wir lassen uns ungern vorwerfen, falsch geliefert zu haben. So ein Scheiß
kostet uns jedes Mal einen halben Tag.

Die Rücksendung können Sie ganz normal über Amazon anmelden.

Autoteile Krause""")

    o, b = order("packerl", "de", "Gewürzset Steirisches Kürbiskernöl & Kräuter", **TRANSIT)
    case("at-zusteller-volltrottel", "quarantine", ["content.sensitive"],
         "Österreichische Zustellproblem-Nachricht: 'der Zusteller, dieser Volltrottel' - Beleidigung.",
         to=b, frm="Steirerkiste <servus@steirerkiste.at>", day=12, enc=QP,
         subject=f"Ihr Packerl - Bestellung {o}", text=f"""Servus,

Ihr Packerl mit der Bestellung {o} kommt leider ein paar Tage
später: Der Zusteller, dieser Volltrottel, hat es zu uns zurückgebracht,
weil er angeblich die Adresse nicht gefunden hat. Die Adresse ist aber
richtig.

Wir schicken es morgen noch einmal los.

Liebe Grüße aus Graz
Steirerkiste""")

    # ---- content.phone-number ------------------------------------------------------------------
    o, b = order("polster", "de", "Sitzkissen-Set für Gartenbank, 3-teilig, grau")
    case("langer-brief-rufen-sie-an", "reject", ["content.phone-number"],
         "Langer Pflegebrief; mittendrin die eigene Festnetznummer: 'Wenn Sie Fragen zur Pflege haben, rufen "
         "Sie uns gern an' - keine Garantie-, Versand- oder Herstellernummer.",
         to=b, frm="Polsterei Brandl <info@polsterei-brandl.de>", day=9, fmt="alt", enc=QP,
         subject=f"Pflegehinweise Sitzkissen - Bestellung {o}", text=f"""Guten Tag,

Ihre Sitzkissen aus der Bestellung {o} sind mit einem wasserabweisenden
Outdoor-Stoff bezogen. Damit das lange so bleibt, ein paar Hinweise:

Die Bezüge lassen sich abnehmen und bei 30 Grad im Schonwaschgang waschen.
Bitte nicht in den Trockner geben und nicht bügeln.

Bei Regen die Kissen am besten hereinholen oder aufrecht stellen, damit das
Wasser ablaufen kann. Über den Winter trocken und luftig lagern.

Wenn Sie Fragen zur Pflege haben, rufen Sie uns gern an: 089 / 21 54 78 30
(Mo. bis Fr. 9 bis 17 Uhr).

Vogelkot und Blütenstaub lassen sich frisch mit lauwarmem Wasser und etwas
Gallseife entfernen.

Mit freundlichen Grüßen
Polsterei Brandl""")

    o, b = order("guertel", "de", "Ledergürtel nach Mass, braun, 35 mm")
    case("ch-buero-winterthur", "reject", ["content.phone-number"],
         "Schweizer Rückfrage zur Gürtellänge (erlaubt), aber 'Für Rückfragen erreichen Sie unser Büro in "
         "Winterthur unter +41 ...': allgemeine Nummer des Händlers.",
         to=b, frm="Lederatelier Keller <atelier@lederatelier-keller.ch>", day=8, enc=QP,
         subject=f"Ihr Gürtel nach Mass - Bestellung {o}", text=f"""Grüezi

Damit wir Ihren Gürtel (Bestellung {o}) zuschneiden können, brauchen
wir noch die gewünschte Länge: Messen Sie bitte einen Gürtel, der Ihnen gut
passt, von der Schnalle bis zum mittleren Loch, und schreiben Sie uns die
Zahl in Zentimetern.

Für Rückfragen erreichen Sie unser Büro in Winterthur unter +41 52 213 47 80.

Freundliche Grüsse
Lederatelier Keller""")

    o, b = order("dichtung", "de", "Dichtungsring für Schnellkochtopf 22 cm")
    case("foto-per-whatsapp", "reject", ["content.phone-number"],
         "Rückfrage nach dem Typenschild, aber 'Am schnellsten geht's per WhatsApp an 0176 ...': private "
         "Mobilnummer des Händlers.",
         to=b, frm="Ersatzteilprofi Jung <service@ersatzteilprofi-jung.de>", day=9, enc=L1,
         subject=f"Ihr Dichtungsring - Bestellung {o}", text=f"""Hallo,

zu Ihrer Bestellung {o}: Es gibt den Dichtungsring für 22-cm-Töpfe in
zwei Ausführungen, die sich nur um einen Millimeter unterscheiden. Damit Sie
den richtigen bekommen, bräuchten wir ein Foto vom Typenschild unter dem
Griff.

Am schnellsten geht's, wenn Sie das Foto per WhatsApp an 0176 482 915 37
schicken.

Viele Grüße
Ersatzteilprofi Jung""")

    # ---- content.email-address -----------------------------------------------------------------
    o, b = order("fueller", "de", "Füllfederhalter Edelstahl, Feder M")
    case("antwort-signatur-mailto", "reject", ["content.email-address"],
         "Antwort auf eine Tintenfrage mit HTML-Signatur, die die E-Mail-Adresse des Händlers als mailto-Link "
         "zeigt.",
         to=b, frm="Papeterie Lindemann <kontakt@papeterie-lindemann.de>", day=10, fmt="alt", enc=QP,
         tolerated=("style.link-text",),
         reply="Welche Patronen passen in den Füller?",
         subject=f"Re: Patronen für Bestellung {o}", text="""Guten Tag,

in den Füller passen alle Standard-Kurzpatronen (internationales Format),
außerdem der beiliegende Konverter für Tinte aus dem Glas.

Freundliche Grüße
Papeterie Lindemann
Weender Straße 7, 37073 Göttingen
kontakt@papeterie-lindemann.de""",
         html=html_page("""<p>Guten Tag,</p>
<p>in den Füller passen alle Standard-Kurzpatronen (internationales Format), außerdem der beiliegende
Konverter für Tinte aus dem Glas.</p>
<p>Freundliche Grüße<br>
Papeterie Lindemann<br>
Weender Straße 7, 37073 Göttingen<br>
<a href="mailto:kontakt@papeterie-lindemann.de">kontakt@papeterie-lindemann.de</a></p>
<blockquote><p>Welche Patronen passen in den Füller?</p></blockquote>"""))

    o, b = order("zwerg", "de", "Gartenzwerg Keramik 40 cm, Angler")
    case("rechnung-an-at-adresse", "reject", ["content.email-address"],
         "Mitten im Text: 'schreiben Sie uns dafür einfach an rechnung[at]gartenzwerg-versand.de' - eine "
         "(leicht verschleierte) E-Mail-Adresse außerhalb des Amazon-Postfachs.",
         to=b, frm="Gartenzwerg Versand <info@gartenzwerg-versand.de>", day=9, enc=QP,
         subject=f"Ihr Gartenzwerg - Bestellung {o}", text=f"""Guten Tag,

Ihr Angler-Zwerg aus der Bestellung {o} ist frostfest glasiert, sollte
im Winter aber nicht in stehendem Wasser stehen.

Eine Rechnung mit ausgewiesener Mehrwertsteuer schicken wir Ihnen gerne auch
direkt zu, schreiben Sie uns dafür einfach an rechnung[at]gartenzwerg-versand.de.

Viele Grüße
Gartenzwerg Versand""")

    # ---- link.opt-out --------------------------------------------------------------------------
    o, b = order("chia", "de", "Chiasamen Bio 1 kg")
    case("fusszeile-antworten-mit-stop", "reject", ["link.opt-out"],
         "Fußzeile 'Sie möchten keine weiteren Nachrichten zu Ihren Bestellungen? Dann antworten Sie einfach "
         "mit STOP': Abmeldetext.",
         to=b, frm="Vitalkost Sommer <service@vitalkost-sommer.de>", day=8, enc=L1,
         subject=f"Lagerung Ihrer Chiasamen - Bestellung {o}", text=f"""Hallo,

Ihre Chiasamen aus der Bestellung {o} halten sich am längsten, wenn
Sie den Beutel nach dem Öffnen gut verschließen und kühl und dunkel lagern.

Viele Grüße
Vitalkost Sommer

--
Sie möchten keine weiteren Nachrichten zu Ihren Bestellungen von uns
erhalten? Dann antworten Sie einfach mit „STOP“.""")

    o, b = order("schlafsack", "de", "Mumienschlafsack -10 °C, 230 cm")
    pref = "https://www.amazon.de/gp/help/customer/display.html?nodeId=GX5B2Z3K8FJQ4TH9"
    case("html-von-e-mails-abmelden", "reject", ["link.opt-out"],
         "HTML-Fußzeile mit Link zu amazon.de 'Hier können Sie sich von weiteren E-Mails abmelden': Link zum "
         "Abbestellen (das Ziel ist zwar Amazon, aber es ist ein Opt-out-Link).",
         to=b, frm="Outdoorladen Fichtel <shop@outdoorladen-fichtel.de>", day=10, fmt="html", enc=QP,
         subject=f"Ihr Schlafsack - Bestellung {o}", text="",
         html=html_page(f"""<p>Guten Tag,</p>
<p>Ihr Schlafsack aus der Bestellung {o} ist im Kompressionssack verpackt. Bitte lagern Sie ihn zu Hause
locker im mitgelieferten Baumwollsack, sonst verliert die Füllung ihre Bauschkraft.</p>
<p>Viele Grüße<br>
Outdoorladen Fichtel</p>
<p>Sie erhalten diese E-Mail, weil Sie bei uns auf Amazon bestellt haben.
<a href="{pref}">Hier können Sie sich von weiteren E-Mails abmelden</a>.</p>"""))

    # ---- link.external -------------------------------------------------------------------------
    o, b = order("schuhschrank", "de", "Schuhschrank schmal, 3 Klappen, weiß")
    case("aufbauvideo-youtube", "reject", ["link.external"],
         "Aufbauhinweis im Klartext mit 'Das Aufbauvideo finden Sie hier: https://youtu.be/...': https-Link "
         "zu einem Host außerhalb von Amazon.",
         to=b, frm="Montagefix Möbel <support@montagefix-moebel.de>", day=7, enc=QP,
         subject=f"Aufbau Ihres Schuhschranks - Bestellung {o}", text=f"""Hallo,

beim Aufbau Ihres Schuhschranks aus der Bestellung {o} kommt es vor
allem auf die Reihenfolge der Klappenbeschläge an: erst die Beschläge an den
Seitenwänden festschrauben, dann die Klappen einhängen.

Das Aufbauvideo finden Sie hier: https://youtu.be/Q8mZt3LwX2c

Viele Grüße
Montagefix Möbel""")

    o, b = order("siebtraeger", "de", "Siebträgermaschine Dualboiler, Edelstahl")
    case("ch-entkalkungsanleitung-eigene-seite", "reject", ["link.external"],
         "HTML mit sprechendem Link 'Entkalkungsanleitung (PDF) herunterladen' auf die eigene .ch-Seite des "
         "Händlers: https, aber nicht Amazon und nicht freigegeben.",
         to=b, frm="Kaffeemaschinen Frei AG <service@kaffeemaschinen-frei.ch>", day=10, fmt="alt", enc=B64,
         subject=f"Entkalken Ihrer Siebträgermaschine - Bestellung {o}", text=f"""Grüezi

Ihre Siebträgermaschine (Bestellung {o}) meldet sich nach etwa
80 Litern Wasser zum Entkalken. Verwenden Sie bitte nur Entkalker auf
Milchsäurebasis.

Die Schritt-für-Schritt-Anleitung:
https://www.kaffeemaschinen-frei.ch/service/entkalken-dualboiler.pdf

Freundliche Grüsse
Kaffeemaschinen Frei AG""",
         html=html_page(f"""<p>Grüezi</p>
<p>Ihre Siebträgermaschine (Bestellung {o}) meldet sich nach etwa 80 Litern Wasser zum Entkalken.
Verwenden Sie bitte nur Entkalker auf Milchsäurebasis.</p>
<p><a href="https://www.kaffeemaschinen-frei.ch/service/entkalken-dualboiler.pdf">Entkalkungsanleitung
(PDF) herunterladen</a></p>
<p>Freundliche Grüsse<br>
Kaffeemaschinen Frei AG</p>"""))

    # ---- link.insecure -------------------------------------------------------------------------
    o, b = order("wolle", "de", "Merinowolle Paket 10 x 50 g, petrol")
    case("rezension-http-link-klartext", "reject", ["link.insecure"],
         "Einmalige neutrale Rezensionsbitte, aber der Amazon-Link im Klartext beginnt mit http://.",
         to=b, frm="Strickwolle Hansen <wolle@strickwolle-hansen.de>", day=11, enc=L1,
         subject=f"Ihre Merinowolle - Bestellung {o}", text=f"""Moin,

Ihre Merinowolle aus der Bestellung {o} waschen Sie am besten von
Hand in lauwarmem Wasser mit etwas Wollwaschmittel, dann filzt nichts.

Wenn Sie mögen, können Sie hier eine Rezension schreiben:
http://www.amazon.de/review/create-review?asin=B0D7K2M9QX

Maschen-Grüße aus Husum
Strickwolle Hansen""")

    o, b = order("rattan", "de", "Deckenleuchte Rattan 45 cm", **OPEN)
    case("html-bestelldetails-http", "reject", ["link.insecure"],
         "Verzögerungsnachricht mit HTML-Link 'Bestelldetails in Ihrem Amazon-Konto' auf http://www.amazon.de: "
         "unsichere Verbindung.",
         to=b, frm="Lampenwelt Roth <service@lampenwelt-roth.de>", day=12, fmt="alt", enc=QP,
         subject=f"Ihre Deckenleuchte - Bestellung {o}", text=f"""Guten Tag,

Ihre Rattanleuchte aus der Bestellung {o} wird in unserer Werkstatt
von Hand geflochten und verlässt uns voraussichtlich am 19. Juni, drei Tage
später als angegeben.

Bestelldetails in Ihrem Amazon-Konto:
http://www.amazon.de/gp/your-account/order-details?orderID={o}

Viele Grüße
Lampenwelt Roth""",
         html=html_page(f"""<p>Guten Tag,</p>
<p>Ihre Rattanleuchte aus der Bestellung {o} wird in unserer Werkstatt von Hand geflochten und verlässt
uns voraussichtlich am 19. Juni, drei Tage später als angegeben.</p>
<p><a href="http://www.amazon.de/gp/your-account/order-details?orderID={o}">Bestelldetails in Ihrem
Amazon-Konto</a></p>
<p>Viele Grüße<br>
Lampenwelt Roth</p>"""))


def main() -> None:
    collect_by_language(CASE_LIST, (cases_de,))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="thirtythird"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
