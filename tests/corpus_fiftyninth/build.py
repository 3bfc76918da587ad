#!/usr/bin/env python3
"""Build the fifty-ninth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_fiftyninth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. German seller messages to amazon.de buyers: German sellers
(formal Sie and informal du, hand-written or from shop / ERP templates with Impressum footers), Austrian
sellers ("Grüß Gott", "Sackerl", "eingelangt", "heuer") and Swiss sellers ("Grüezi", "Velo", "retournieren",
no sharp s). Every heuristic rule of RULES.md sections B-D is hit; about 40 % are compliant near-misses.
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

_rnd = random.Random(59_2026_0615)
_PREFIX = {"de": "02", "co.uk": "20"}
_TLD = {"de": "de", "en": "de"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T08:15:00Z", shipped="2026-06-02T14:00:00Z",
                 delivered="2026-06-05T10:30:00Z")
ORDERS = BOOK.rows
order = BOOK.add
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-12T07:40:00Z"}
JUST_SHIPPED = {"purchased": "2026-06-13T18:20:00Z", "shipped": "2026-06-15T06:30:00Z", "delivered": ""}
B64 = {"cte": "base64"}
L1 = {"charset": "windows-1252", "cte": "quoted-printable"}
L15 = {"charset": "iso-8859-15", "cte": "quoted-printable"}
LAT1 = {"charset": "iso-8859-1", "cte": "quoted-printable"}

TARGET = ["language.mismatch", "type.order-confirmation", "type.thank-you-only", "type.marketing",
          "review.incentive", "review.removal-request", "review.conditional", "review.repeat",
          "order-problem.cancellation-request", "order-problem.no-adjustment", "return.unnecessary",
          "content.sensitive", "content.phone-number", "content.email-address", "link.opt-out", "link.external",
          "link.insecure"]
OTHER = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "style.emoji",
         "style.line-breaks", "style.link-text", "image.logo-link", "image.tracking-pixel",
         "attachment.not-allowed"]

case = partial(shaped_case, CASE_LIST, TARGET, OTHER, thread="0100019c.f59", tag="f59", time="10:17:42")


# --------------------------------------------------------------------------------------------
# German sellers (amazon.de)
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    # ---------------- compliant near-misses ----------------
    o, b = order("de-rechnung", "de", "Eichen-Schneidebrett 45x30 cm mit Saftrille")
    case("de-jtl-rechnungskorrektur-registerfuss", "relay", [],
         "Korrigierte Rechnung mit der USt-IdNr. des gewerblichen Käufers; der Fuß nennt nur Geschäftsführer, "
         "Amtsgericht/HRB und USt-IdNr. (keine Telefonnummer, keine Adresse, kein Link).",
         to=b, frm="Holzwerk Anders GmbH <buchhaltung@holzwerk-anders.de>", enc=L1, day=9,
         subject=f"Rechnungskorrektur zu Ihrer Bestellung {o}", text=f"""Sehr geehrte Damen und Herren,

wie gewünscht haben wir die Rechnung zu Ihrer Amazon-Bestellung {o}
auf Ihre Firma ausgestellt und Ihre USt-IdNr. DE 318 552 907 ergänzt. Die
korrigierte Rechnung RE-2026-04417 steht ab sofort in Ihrem Amazon-Konto unter
"Meine Bestellungen" zum Download bereit; die alte Rechnung ist storniert.

Mit freundlichen Grüßen
Ihr Team der Holzwerk Anders GmbH

--
Holzwerk Anders GmbH, Lindenweg 12, 33602 Bielefeld
Geschäftsführer: Peter Anders
Amtsgericht Bielefeld HRB 45127
USt-IdNr.: DE287441903""")

    o, b = order("de-spedition", "de", "Kleiderschrank Kiefer massiv, 3-türig, 190 cm", delivered="")
    case("de-billbee-speditionstermin", "relay", [],
         "Terminabsprache für Speditionsware mit der Rufnummer der Spedition in derselben Zeile wie 'Spedition'; "
         "der Fuß hat nur Register- und Steuerangaben.",
         to=b, frm="Landhaus Möbel Kröger <auftrag@landhaus-kroeger.de>", fmt="alt", lang="de", day=11,
         subject=f"Liefertermin für Ihren Kleiderschrank (Bestellung {o})", text=f"""Guten Tag,

Ihr Kleiderschrank aus der Bestellung {o} wird wegen des Gewichts
(ca. 110 kg in drei Packstücken) per Spedition bis zur Verwendungsstelle
geliefert. Die Spedition Nordlog bietet uns folgende Zeitfenster an:

- Dienstag, 23.06., 7-12 Uhr
- Mittwoch, 24.06., 12-17 Uhr

Bitte antworten Sie uns kurz, welcher Termin passt, und ob es in Ihrem Haus
einen Aufzug gibt. Bei Änderungen am Liefertag erreichen Sie die Spedition
Nordlog direkt unter 04131 77 08 60.

Freundliche Grüße
Jana Kröger

Landhaus Möbel Kröger e.K. | Inhaberin: Jana Kröger | Amtsgericht Lüneburg HRA 20931
Steuernummer 33/207/04417""")

    o, b = order("de-oos-ok", "de", "Espressotassen Steingut 4er-Set, salbei", **OOS)
    case("de-xentral-nicht-lieferbar-erstattet", "relay", [],
         "Nicht lieferbar; der volle Betrag wurde mit dem Grund 'kein Lagerbestand' erstattet, und der Käufer "
         "muss ausdrücklich nichts stornieren.",
         to=b, frm="Tonwerk Lauenstein <service@tonwerk-lauenstein.de>", enc=L15, day=13,
         subject=f"Ihre Bestellung {o} – Artikel nicht lieferbar", text=f"""Sehr geehrte Kundin, sehr geehrter Kunde,

zu Ihrer Bestellung {o} (Espressotassen Steingut 4er-Set, salbei)
müssen wir Ihnen leider mitteilen, dass der Artikel nicht lieferbar ist: Beim
Brand ist die komplette Charge gerissen.

Wir haben den Bestellbetrag von 34,90 EUR in voller Höhe über Amazon
erstattet, Grund: kein Lagerbestand. Sie müssen dafür nichts unternehmen und
die Bestellung auch nicht selbst stornieren.

Wir bitten um Entschuldigung.

Tonwerk Lauenstein GmbH
Geschäftsführung: Ute Lauenstein, Registergericht Hildesheim HRB 210884""")

    o, b = order("de-delay-du", "de", "Boulderschuhe Größe 42, Klettverschluss", shipped="", delivered="")
    case("de-du-lieferverzug-wir-stornieren", "relay", [],
         "Informeller Lieferverzug-Hinweis: Ware kommt später; wer nicht warten will, sagt Bescheid und der "
         "Händler storniert und erstattet selbst. Kein Ausverkauf, keine Bitte, selbst zu stornieren.",
         to=b, frm="Griffig Kletterbedarf <moin@griffig-klettern.de>", enc=B64, day=3,
         subject=f"Deine Boulderschuhe kommen ein paar Tage später ({o})",
         text=f"""Hey,

kurze Info zu deiner Bestellung {o}: Die Boulderschuhe in Größe 42
stecken noch beim Hersteller in der Qualitätskontrolle. Wir rechnen damit,
dass wir sie am 10. Juni verschicken können, also rund eine Woche später
als angegeben.

Wenn du lieber nicht warten möchtest, schreib uns einfach kurz zurück. Dann
stornieren wir die Bestellung für dich und erstatten dir den vollen Betrag,
du musst dafür nichts weiter tun.

Sorry für die Verzögerung!
Lena von Griffig""")

    o, b = order("de-review-ok", "de", "Filterkaraffe Glas 1,8 l inkl. 3 Kartuschen")
    case("de-plentymarkets-bewertung-egal-wie", "relay", [],
         "Neutrale Bewertungsbitte: ausdrücklich gleich ob die Erfahrung gut oder schlecht war, mit einer "
         "https-Amazon-Adresse und einem Fuß ohne Kontaktdaten.",
         to=b, frm="Klarwasser Shop <shop@klarwasser-shop.de>", enc=L1, day=13,
         subject=f"Ihre Meinung zur Filterkaraffe (Bestellung {o})", text=f"""Guten Tag,

Ihre Filterkaraffe aus der Bestellung {o} ist seit gut einer Woche bei
Ihnen. Zur Erinnerung: Die Kartusche hält etwa vier Wochen oder 150 Liter, die
Anzeige im Deckel zählt das für Sie mit.

Wir würden uns freuen, wenn Sie Ihre Erfahrung mit der Karaffe auf Amazon
teilen, ganz gleich, ob sie gut oder schlecht ausgefallen ist. Die
Bewertungsseite Ihrer Bestellung finden Sie unter Meine Bestellungen:
https://www.amazon.de/gp/css/order-history

Viele Grüße
Ihr Klarwasser-Team

Klarwasser Handels GmbH - Sitz: Kassel - Amtsgericht Kassel HRB 19772
Geschäftsführer: Dirk Fröhlich, Sabine Ulm""")

    o, b = order("de-warranty", "de", "Akku-Bohrschrauber 18 V mit 2 Akkus")
    case("de-herstellerservice-nummer", "relay", [],
         "Defekter Akku: der Händler verweist auf den Garantieservice des Herstellers mit dessen Rufnummer in "
         "derselben Zeile; erlaubte Nummer.",
         to=b, frm="Werkzeughandel Strobel <auftrag@werkzeug-strobel.de>", enc=L15, day=12,
         subject=f"Ihr Akku-Bohrschrauber – Garantieabwicklung (Bestellung {o})", text=f"""Guten Tag Herr Meinhardt,

danke für Ihre Beschreibung: Der zweite Akku Ihres Bohrschraubers aus der
Bestellung {o} lädt nicht mehr über 20 %. Das ist ein Fall für die
Herstellergarantie, die drei Jahre auf Akkus gewährt.

Am schnellsten geht es direkt über den Garantieservice des Herstellers:
Hersteller-Service Voltus, Tel. 0800 589 2260 (kostenfrei, Mo-Fr 8-17 Uhr).
Dort erhalten Sie ein Versandetikett und innerhalb von fünf Werktagen einen
Ersatzakku. Falls Sie die Abwicklung lieber über uns machen möchten, geben
Sie uns bitte Bescheid.

Mit freundlichen Grüßen
Tobias Strobel""")

    o, b = order("de-hermes", "de", "Gartenbank Akazie 3-Sitzer, geölt", delivered="")
    case("de-hermes-hausnummer-fehlt", "relay", [],
         "Adressrückfrage (Hausnummer fehlt) mit der Hermes-Kundenhotline direkt nach dem Satz über Hermes: "
         "erlaubte Versanddienstleister-Nummer.",
         to=b, frm="Gartenzeit Müller <versand@gartenzeit-mueller.de>", enc=L1, day=3,
         subject=f"Rückfrage zur Lieferadresse – Bestellung {o}", text=f"""Guten Tag,

bei Ihrer Bestellung {o} fehlt in der Lieferadresse die Hausnummer
(angegeben ist nur "Am Mühlbach, 91541 Rothenburg"). Hermes kann das Paket so
nicht zustellen.

Könnten Sie uns bitte die vollständige Anschrift mit Hausnummer schicken? Wir
geben sie dann sofort an Hermes weiter. Falls das Paket schon unterwegs ist,
können Sie die Adresse auch bei Hermes selbst ergänzen lassen:
Hermes Kundenservice 040 808 555 101.

Viele Grüße
Gartenzeit Müller""")

    o, b = order("de-retinfo", "de", "Kaffeevollautomat CV-700 Silber")
    case("de-retoure-fotos-seriennummer", "relay", [],
         "Zur Retourenanfrage fragt der Händler nach Seriennummer und Fotos der Transportschäden, die er für die "
         "Abwicklung braucht: eine erlaubte Rückfrage zur Rücksendung.",
         to=b, frm="Kaffeewerk Berger <retouren@kaffeewerk-berger.de>", fmt="html", lang="de", enc=B64, day=12,
         subject=f"Ihre Rücksendeanfrage zur Bestellung {o}", text=f"""Sehr geehrte Frau Yilmaz,

vielen Dank für Ihre Rücksendeanfrage zum Kaffeevollautomaten aus der
Bestellung {o}. Sie schreiben, dass das Gehäuse bei Ankunft eingedrückt war.

Damit wir die Retoure mit der Transportversicherung abwickeln können, benötigen
wir noch zwei Dinge von Ihnen:

1. die Seriennummer vom Typenschild (Rückseite, beginnt mit CV7),
2. zwei oder drei Fotos der beschädigten Stelle und des Versandkartons.

Schicken Sie beides einfach als Antwort auf diese Nachricht. Das Rücksendeetikett
erhalten Sie anschließend wie gewohnt über Amazon.

Freundliche Grüße
Kaffeewerk Berger""")

    o, b = order("de-gravur", "de", "Gravur-Armband Edelstahl, personalisiert")
    case("de-du-gravur-passend", "relay", [],
         "Informelle Rückfrage zur Gravur ('passend zur Schrift', 'passt das so?'): Verifizierung eines "
         "individuellen Designs, keine Empfehlung weiterer Produkte.",
         to=b, frm="Namenszug Manufaktur <werkstatt@namenszug-manufaktur.de>", enc=L1, day=3,
         subject=f"Kurze Frage zu deiner Gravur (Bestellung {o})", text=f"""Hallo Mia,

wir sind gerade dabei, dein Armband aus der Bestellung {o} zu
gravieren, und haben eine Frage: Du hast "Für immer 12.09.2020" angegeben.
Das Datum würden wir passend zur Schreibschrift ohne führende Null setzen,
also "12.9.2020". Passt das so für dich, oder sollen wir es genau wie
angegeben übernehmen?

Sobald du uns antwortest, geht das Armband in die Gravur.

Liebe Grüße aus der Werkstatt
Jonas""")

    o, b = order("de-bilingual", "en", "Wanderstöcke Carbon, Paar, 115-135 cm")
    case("de-zweisprachig-englischer-kaeufer", "relay", [],
         "Käufer auf amazon.de mit Sprache en; die Versandverzögerung steht auf Englisch und auf Deutsch, enthält "
         "also die Sprache des Käufers.",
         to=b, frm="Bergpfad Outdoor <service@bergpfad-outdoor.de>", enc=L1, day=4,
         subject=f"Delay / Verzögerung – order {o}", text=f"""Hello,

the trekking poles from your order {o} will leave our warehouse
on 8 June, three days later than planned, because the carbon tips arrived
late from our supplier. We apologise for the wait.

Hallo,

die Wanderstöcke aus Ihrer Bestellung {o} verlassen unser Lager am
8. Juni, drei Tage später als geplant, weil die Carbonspitzen verspätet
geliefert wurden. Wir bitten um Entschuldigung.

Bergpfad Outdoor""")

    o, b = order("de-reply-track", "de", "Regenjacke Damen, Größe M, petrol")
    case("de-antwort-wo-ist-paket-dhl", "relay", [],
         "Antwort auf 'Wo bleibt mein Paket?' mit Sendungsnummer und DHL-Hotline: beantwortet eine Frage, also "
         "keine Versandbestätigung; die Nummer gehört dem Versanddienstleister.",
         to=b, frm="Wetterfest Mode <kundenservice@wetterfest-mode.de>", enc=L1, day=8,
         reply=f"""Hallo, meine Bestellung {o} sollte schon gestern da sein, ich sehe aber nichts.
Können Sie nachschauen?""",
         subject=f"AW: Bestellung {o} noch nicht angekommen", text=f"""Guten Tag,

wir haben nachgesehen: Ihre Regenjacke (Bestellung {o}) liegt laut
DHL seit heute Morgen in der Packstation 141 in Ihrer Straße, die
Abholbenachrichtigung sollte per App oder Karte kommen.

Sendungsnummer: 00340434292188301157
Falls die Benachrichtigung fehlt, hilft der DHL-Kundenservice unter
0228 4333112 weiter.

Viele Grüße
Svenja Ott
Wetterfest Mode""")

    o, b = order("de-reply-thanks", "de", "Tischleuchte Messing, Stoffschirm creme")
    case("de-antwort-auf-dank", "relay", [],
         "Antwort auf das Lob eines Käufers: nur Dank, aber als Antwort erlaubt (thank-you-only gilt nur für "
         "proaktive Nachrichten).",
         to=b, frm="Leuchtenhaus Petersen <hallo@leuchtenhaus-petersen.de>", enc=L15, day=9,
         reply="Die Lampe ist wunderschön und kam super verpackt an. Vielen Dank!",
         subject=f"AW: Tischleuchte – Bestellung {o}", text=f"""Liebe Frau Kaya,

herzlichen Dank für Ihre freundlichen Worte zu Bestellung {o}, das
freut uns sehr! Wir wünschen Ihnen viele gemütliche Abende mit der Leuchte.

Herzliche Grüße
Marte Petersen""")

    o, b = order("de-afterbuy-ok", "de", "Hochbeet Lärche 150x60x80 cm, Bausatz")
    case("de-afterbuy-teil-fehlt-nachlieferung", "relay", [],
         "Fehlteil-Hinweis: die Schrauben-Tüte fehlte und wird separat nachgeschickt, der Käufer soll nichts "
         "zurückschicken; der Fuß verweist auf die Widerrufsbelehrung bei Amazon ohne Link.",
         to=b, frm="Hochbeet-Profi <info@hochbeet-profi.de>", enc=L1, day=8,
         subject=f"Fehlende Schrauben zu Ihrem Hochbeet – Bestellung {o}", text=f"""Sehr geehrter Herr Lindner,

bei der Kontrolle unserer Packliste ist uns aufgefallen, dass beim Hochbeet
aus Ihrer Bestellung {o} der Beutel mit den Edelstahlschrauben
(Beutel B, 48 Stück) nicht eingepackt wurde.

Wir haben den Beutel heute kostenlos als Brief nachgeschickt; er sollte in
zwei bis drei Werktagen bei Ihnen sein. Sie müssen nichts zurücksenden und
können mit dem Aufbau der Seitenwände schon beginnen.

Mit freundlichen Grüßen
Ihr Hochbeet-Profi-Team

--
Hochbeet-Profi GmbH & Co. KG - Amtsgericht Oldenburg HRA 207331
USt-IdNr. DE 301 996 548
Unsere Widerrufsbelehrung finden Sie auf der Angebotsseite bei Amazon.""")

    o, b = order("de-no-incentive", "de", "Yogamatte Naturkautschuk 4 mm, olivgrün")
    case("de-bewertung-ohne-gutschein", "relay", [],
         "Bewertungsbitte, die ausdrücklich sagt, dass es dafür keinen Gutschein und keinen Rabatt gibt: "
         "Vokabular von Anreizen, aber kein Anreiz und keine Werbung.",
         to=b, frm="Asana Naturprodukte <team@asana-natur.de>", enc=L1, day=14,
         subject=f"Wie gefällt Ihnen Ihre Yogamatte? (Bestellung {o})", text=f"""Guten Tag,

Ihre Yogamatte aus Naturkautschuk (Bestellung {o}) riecht in den
ersten Tagen noch etwas nach Kautschuk; das verfliegt, wenn Sie sie ein paar
Stunden ausgerollt an der Luft lassen.

Wenn Sie mögen, schreiben Sie nach einigen Übungsstunden eine Rezension auf
Amazon. Einen Gutschein oder Rabatt gibt es dafür nicht – wir möchten einfach
ehrliche Meinungen, ob positiv oder kritisch.

Namaste und viele Grüße
Asana Naturprodukte""")

    o, b = order("de-widerruf-reply", "de", "Saugroboter mit Wischfunktion, weiß")
    case("de-antwort-widerrufsfrist-amazon-link", "relay", [],
         "Antwort auf eine Widerrufsfrage: Frist von 14 Tagen ab Erhalt, Rücksendung über das Rücksendezentrum "
         "von Amazon (https-Link zu amazon.de mit sprechendem Text); keine Werbung, kein externer Link.",
         to=b, frm="Saugwerk Elektro <service@saugwerk-elektro.de>", enc=L1, day=10, fmt="alt", lang="de",
         reply="Kann ich den Saugroboter noch zurückgeben? Er passt nicht unter unser Sofa.",
         subject=f"AW: Widerruf Bestellung {o}", text=f"""Guten Tag Herr Wagner,

ja, selbstverständlich. Die Widerrufsfrist beträgt 14 Tage ab Erhalt der Ware;
Ihr Saugroboter aus der Bestellung {o} wurde am 5. Juni zugestellt,
Sie können den Widerruf also noch bis einschließlich 19. Juni erklären.

Am einfachsten starten Sie die Rücksendung im Rücksendezentrum von Amazon:
https://www.amazon.de/gp/orc/returns/homepage.html
Das Rücksendeetikett ist für Sie kostenlos.

Mit freundlichen Grüßen
Ihr Saugwerk-Kundenservice""")

    o, b = order("de-partial-du", "de", "Hängesessel Makramee, naturweiß")
    case("de-du-teilerstattung-angebot", "relay", [],
         "Informell: Zur angemeldeten Rücksendung (Farbe etwas heller als auf dem Foto) bietet der Händler eine "
         "Teilerstattung von 20 % an, wenn der Sessel bleibt: erlaubte Rückgabe-Nachricht, kein Rabattcode.",
         to=b, frm="Makramee Nest <hallo@makramee-nest.de>", enc=B64, day=11,
         subject=f"Zu deiner Rücksendung ({o})", text=f"""Hallo Sarah,

du hast den Hängesessel aus der Bestellung {o} zur Rücksendung
angemeldet, weil das Garn heller ist als auf den Fotos. Das können wir gut
verstehen, Naturbaumwolle fällt von Charge zu Charge etwas anders aus.

Falls er dir sonst gefällt: Wir erstatten dir 20 % des Kaufpreises
(15,80 EUR), und du behältst den Sessel. Willst du ihn lieber zurückschicken,
ist das natürlich auch in Ordnung. Gib uns einfach kurz Bescheid.

Liebe Grüße
Nele von Makramee Nest""")

    o, b = order("de-no-newsletter", "de", "Fotobuch A4 quer, 40 Seiten, Hardcover")
    case("de-fotobuch-freigabe-keine-werbung", "relay", [],
         "Freigabe eines individuellen Fotobuchs (Seite 12 unscharf); der Satz 'Ihre Daten nutzen wir nicht für "
         "Newsletter oder Werbung' teilt das Vokabular, ist aber keine Werbung.",
         to=b, frm="Bilderwerk Druck <auftrag@bilderwerk-druck.de>", enc=L15, day=2,
         subject=f"Freigabe Ihres Fotobuchs – Bestellung {o}", text=f"""Guten Tag,

bevor wir Ihr Fotobuch aus der Bestellung {o} drucken, eine kurze
Rückfrage: Das Foto auf Seite 12 (Strand, rechts oben) hat nur 480 x 320
Pixel und wird im Druck sichtbar unscharf. Möchten Sie es durch eine größere
Datei ersetzen, oder sollen wir es kleiner setzen?

Ihre hochgeladenen Bilder verwenden wir ausschließlich für diesen Auftrag und
nutzen Ihre Daten nicht für Newsletter oder Werbung; nach dem Druck werden
die Dateien gelöscht.

Mit freundlichen Grüßen
Bilderwerk Druck""")

    # ---------------- violations ----------------
    o, b = order("de-gutschein", "de", "Bettdecke Daunen 135x200, mittel")
    case("de-dankeschoen-gutschein-fuer-bewertung", "reject", ["review.incentive", "type.marketing"],
         "'Als kleines Dankeschön für Ihre Bewertung erhalten Sie einen 10-Euro-Gutschein für Ihren nächsten "
         "Einkauf in unserem Shop': Anreiz für eine Bewertung und ein Gutschein.",
         to=b, frm="Schlafgut Betten <service@schlafgut-betten.de>", enc=L1, day=12,
         subject=f"Ihre neue Bettdecke (Bestellung {o})", text=f"""Guten Tag,

wir hoffen, Sie schlafen gut unter Ihrer neuen Daunendecke aus der
Bestellung {o}. Bitte schütteln Sie die Decke morgens kurz auf, dann
bleibt die Füllung gleichmäßig verteilt.

Als kleines Dankeschön für Ihre Bewertung auf Amazon erhalten Sie von uns
einen 10-Euro-Gutschein für Ihren nächsten Einkauf in unserem Shop. Antworten
Sie einfach mit dem Link zu Ihrer Rezension, den Code schicken wir Ihnen dann.

Erholsame Nächte wünscht
Ihr Schlafgut-Team""")

    o, b = order("de-verlosung", "de", "Schachbrett Nussbaum mit Figuren, 40 cm")
    case("de-verlosung-unter-rezensenten", "reject", ["review.incentive"],
         "'Unter allen, die eine Rezension schreiben, verlosen wir jeden Monat einen Amazon-Gutschein über "
         "50 Euro': Gewinnchance als Gegenleistung für Bewertungen.",
         to=b, frm="Brettspielkontor <post@brettspielkontor.de>", enc=L15, day=11,
         tolerated=("type.marketing",),
         subject=f"Ihr Schachbrett – Bestellung {o}", text=f"""Guten Tag,

wir hoffen, das Schachbrett aus Nussbaum (Bestellung {o}) ist gut bei
Ihnen angekommen. Die Figuren sind mit Filz beklebt; sollte sich eine Filzscheibe
lösen, schicken wir Ihnen gern Ersatz.

Übrigens: Unter allen Käuferinnen und Käufern, die eine Rezension zu ihrem
Brett schreiben, verlosen wir jeden Monat einen Amazon-Gutschein über 50 Euro.
Der Rechtsweg ist ausgeschlossen.

Viel Freude beim Spielen
Brettspielkontor Hamburg""")

    o, b = order("de-gratis", "de", "Sneaker Canvas weiß, Größe 39")
    case("de-du-screenshot-gratis-schnuersenkel", "reject", ["review.incentive"],
         "Informell: 'Schick uns einen Screenshot deiner 5-Sterne-Bewertung, dann gibt's ein Paar bunte "
         "Schnürsenkel gratis dazu': Gratiszugabe für eine positive Bewertung.",
         to=b, frm="Kiezsohle Sneakers <crew@kiezsohle.de>", enc=B64, fmt="alt", lang="de", day=10,
         subject=f"Wie laufen sich deine Sneaker? ({o})", text=f"""Hi,

deine Canvas-Sneaker aus der Bestellung {o} sind jetzt ein paar Tage
bei dir. Tipp: Vor dem ersten Regen einmal mit Imprägnierspray einsprühen,
dann bleibt das Weiß länger weiß.

Und jetzt kommt's: Schick uns einen Screenshot deiner 5-Sterne-Bewertung,
dann legen wir dir ein Paar bunte Schnürsenkel gratis in den nächsten Brief.

Bis bald
deine Kiezsohle-Crew""")

    o, b = order("de-cond", "de", "Elektrische Zahnbürste Schallzahnbürste, mint")
    case("de-wenn-zufrieden-sonst-zuerst-melden", "reject", ["review.conditional"],
         "'Wenn Sie zufrieden sind, freuen wir uns über eine Bewertung. Falls nicht, melden Sie sich bitte "
         "zuerst bei uns': Bewertungsbitte nur bei positiver Erfahrung.",
         to=b, frm="Dentalino <kundendienst@dentalino-shop.de>", enc=L1, day=12,
         subject=f"Ihre Schallzahnbürste (Bestellung {o})", text=f"""Guten Tag,

Ihre Schallzahnbürste aus der Bestellung {o} sollte vor der ersten
Benutzung 16 Stunden laden. Danach hält der Akku etwa drei Wochen.

Wenn Sie mit der Zahnbürste zufrieden sind, freuen wir uns sehr über eine
Bewertung auf Amazon. Falls nicht, melden Sie sich bitte zuerst bei uns,
bevor Sie eine Bewertung abgeben – wir finden bestimmt eine Lösung.

Mit freundlichen Grüßen
Ihr Dentalino-Kundendienst""")

    o, b = order("de-update", "de", "Rucksack Rolltop 28 l, schwarz")
    case("de-bewertung-anpassen-nach-ersatz", "reject", ["review.removal-request"],
         "Nach dem Ersatz: 'wir möchten Sie bitten, Ihre 2-Sterne-Rezension anzupassen oder zu löschen': Bitte um "
         "Änderung oder Entfernung einer bestehenden Bewertung.",
         to=b, frm="Packwerk Berlin <support@packwerk-berlin.de>", enc=L1, day=13,
         subject=f"Ihr Ersatzrucksack – Bestellung {o}", text=f"""Guten Tag,

Ihr Ersatzrucksack zur Bestellung {o} ist inzwischen bei Ihnen
angekommen, der Reißverschluss des Laptopfachs läuft jetzt hoffentlich
einwandfrei.

Da das Problem damit gelöst ist, möchten wir Sie bitten, Ihre
2-Sterne-Rezension entsprechend anzupassen oder zu löschen. Das würde uns als
kleinem Familienbetrieb sehr helfen.

Viele Grüße
Karim Haddad
Packwerk Berlin""")

    o, b = order("de-feedback-rm", "de", "Vogelhaus Holz zum Aufhängen, natur")
    case("de-antwort-feedback-zurueckziehen", "reject", ["review.removal-request"],
         "Antwort auf eine Beschwerde: 'könnten Sie Ihr negatives Verkäuferfeedback zurückziehen?': auch als "
         "Antwort verboten.",
         to=b, frm="Nistkasten & Co. <service@nistkasten-co.de>", enc=L15, day=12,
         tolerated=("review.incentive",),
         reply="Das Dach war gesplittert. Ich habe deshalb eine schlechte Bewertung hinterlassen.",
         subject=f"AW: Vogelhaus Bestellung {o}", text=f"""Hallo Frau Brandt,

das tut uns leid. Wir schicken Ihnen heute ein neues Dach für das Vogelhaus
aus der Bestellung {o}, das alte können Sie behalten.

Könnten Sie im Gegenzug Ihr negatives Verkäuferfeedback zurückziehen? Über
"Meine Bestellungen" > "Verkäuferfeedback entfernen" geht das mit zwei Klicks.

Freundliche Grüße
Nistkasten & Co.""")

    o, b = order("de-newsletter", "de", "Gartenschlauch 25 m mit Brause")
    case("de-xentral-newsletter-zehn-prozent", "reject", ["type.marketing", "link.external"],
         "Wartungshinweis mit Xentral-Fuß: 'Melden Sie sich zu unserem Newsletter an und sichern Sie sich "
         "10 % Rabatt' mit einem https-Link zum eigenen Shop: Werbung und externer Link.",
         to=b, frm="Gartenglück Versand <info@gartenglueck-versand.de>", enc=L1, day=10,
         subject=f"Ihr Gartenschlauch – Pflegehinweis (Bestellung {o})", text=f"""Guten Tag,

damit Ihr Gartenschlauch aus der Bestellung {o} lange hält: Vor dem
ersten Frost vollständig entleeren und aufgerollt im Keller lagern.

Melden Sie sich jetzt zu unserem Newsletter an und sichern Sie sich 10 %
Rabatt auf Ihre nächste Bestellung:
https://www.gartenglueck-versand.de/newsletter

Ihr Gartenglück-Team

Gartenglück Versand GmbH · Amtsgericht Mannheim HRB 731842 · Geschäftsführer: Frank Seidel""")

    o, b = order("de-code", "de", "Kaffeebohnen Espresso 1 kg, Röstung dunkel")
    case("de-rabattcode-naechster-einkauf", "quarantine", ["type.marketing"],
         "Röstdatum-Hinweis mit 'Mit dem Code KAFFEE15 sparen Sie 15 % bei Ihrem nächsten Einkauf': Rabattcode.",
         to=b, frm="Röstwerk Kessler <kontakt@roestwerk-kessler.de>", enc=B64, fmt="alt", lang="de", day=9,
         subject=f"Frisch geröstet: Ihre Bohnen (Bestellung {o})", text=f"""Guten Tag,

die Espressobohnen aus Ihrer Bestellung {o} wurden am 1. Juni
geröstet. Am besten schmecken sie ab dem siebten Tag nach der Röstung, also
genau jetzt.

Mit dem Code KAFFEE15 sparen Sie 15 % bei Ihrem nächsten Einkauf in unserem
Onlineshop, gültig bis Ende Juni.

Aromatische Grüße
Röstwerk Kessler""")

    o, b = order("de-insta", "de", "Leinenkleid Midi, Farbe sand, Größe 38")
    case("de-du-neue-kollektion-instagram", "quarantine", ["type.marketing"],
         "Informell: Pflegehinweis plus 'unsere neue Sommerkollektion ist online' und 'folg uns auf Instagram': "
         "Werbung und Aufruf zum Folgen.",
         to=b, frm="Leinenliebe Studio <hey@leinenliebe-studio.de>", enc=L1, day=10,
         subject=f"Dein Leinenkleid ({o})", text=f"""Hallo Jule,

dein Leinenkleid aus der Bestellung {o} bitte bei 30 Grad im
Schonwaschgang waschen und feucht aufhängen, dann musst du kaum bügeln.

Psst: Unsere neue Sommerkollektion ist online, mit drei neuen Farben in
Leinen. Folg uns auf Instagram unter @leinenliebe.studio, da zeigen wir die
Teile zuerst.

Alles Liebe
Carla von Leinenliebe""")

    o, b = order("de-passend", "de", "Luftreiniger HEPA H13, für 40 m²")
    case("de-passend-dazu-ersatzfilter", "quarantine", ["type.marketing"],
         "Inbetriebnahme-Hinweis mit 'Passend dazu empfehlen wir Ihnen unsere Ersatzfilter im 3er-Pack, jetzt "
         "zum Vorteilspreis': Werbung für andere Produkte.",
         to=b, frm="Reinluft Technik <service@reinluft-technik.de>", enc=L15, day=9,
         subject=f"Tipps zu Ihrem Luftreiniger (Bestellung {o})", text=f"""Guten Tag,

entfernen Sie vor der ersten Benutzung Ihres Luftreinigers aus der
Bestellung {o} bitte die Schutzfolie vom HEPA-Filter, sonst zieht das
Gerät kaum Luft an.

Passend dazu empfehlen wir Ihnen unsere Ersatzfilter im 3er-Pack, jetzt zum
Vorteilspreis von 39,90 EUR statt 49,90 EUR, einfach im Shop nach "RT-H13"
suchen.

Mit freundlichen Grüßen
Reinluft Technik""")

    o, b = order("de-jtl-ship", "de", "Tennisschläger Graphit, Griffstärke L3", **JUST_SHIPPED)
    case("de-jtl-versandbestaetigung", "quarantine", ["type.order-confirmation"],
         "JTL-Wawi-Vorlage 'Ihre Bestellung wurde versandt' mit Versanddienstleister und Sendungsnummer, sonst "
         "nichts: eine Versandbestätigung.",
         to=b, frm="Sport Hagedorn <versand@sport-hagedorn.de>", enc=L1, day=15,
         subject=f"Versandbestätigung zu Ihrer Bestellung {o}", text=f"""Sehr geehrte Kundin, sehr geehrter Kunde,

Ihre Bestellung {o} vom 13.06.2026 wurde heute versandt.

Versanddienstleister: DHL Paket
Sendungsnummer: 00340434161094042557
Artikel: 1 x Tennisschläger Graphit, Griffstärke L3

Mit freundlichen Grüßen
Ihr Sport Hagedorn Team

Sport Hagedorn OHG, Registergericht Münster HRA 9114, USt-IdNr.: DE 126 004 812""")

    o, b = order("de-billbee-conf", "de", "Aquarellfarben-Set 24 Näpfchen", shipped="", delivered="",
                 purchased="2026-06-14T20:05:00Z")
    case("de-billbee-bestelleingang", "quarantine", ["type.order-confirmation"],
         "Billbee-Vorlage 'hiermit bestätigen wir den Eingang Ihrer Bestellung' mit Artikelliste und Summe: eine "
         "Bestellbestätigung.",
         to=b, frm="Pinselglück <bestellung@pinselglueck.de>", enc=LAT1, day=15, fmt="alt", lang="de",
         subject=f"Bestelleingang {o}", text=f"""Guten Tag,

vielen Dank für Ihre Bestellung. Hiermit bestätigen wir den Eingang Ihrer
Bestellung {o} vom 14.06.2026:

1 x Aquarellfarben-Set 24 Näpfchen     27,50 EUR
Versand                                 0,00 EUR
Gesamtsumme                            27,50 EUR

Wir versenden Ihre Ware innerhalb von 1-2 Werktagen.

Ihr Pinselglück-Team""")

    o, b = order("de-thanks", "de", "Brotbackform Gusseisen mit Deckel")
    case("de-nur-danke-fuer-einkauf", "quarantine", ["type.thank-you-only"],
         "'Herzlichen Dank für Ihren Einkauf ... bei Fragen sind wir jederzeit für Sie da': nur Dank und "
         "Hilfsangebot.",
         to=b, frm="Backstube Seifert <kontakt@backstube-seifert.de>", enc=L1, day=8,
         subject=f"Danke für Ihre Bestellung {o}", text=f"""Liebe Kundin, lieber Kunde,

herzlichen Dank für Ihren Einkauf bei der Backstube Seifert und Ihr
Vertrauen (Bestellung {o}). Wir wünschen Ihnen viel Freude mit Ihrer
neuen Brotbackform!

Bei Fragen sind wir jederzeit gerne für Sie da.

Herzliche Grüße
Ihre Backstube Seifert""")

    o, b = order("de-cancel", "de", "Schreibtischstuhl ergonomisch, Netzrücken", **OOS)
    case("de-nicht-lieferbar-bitte-selbst-stornieren", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Nicht lieferbar und 'stornieren Sie die Bestellung bitte selbst in Ihrem Amazon-Konto', ohne bestätigte "
         "Erstattung: Käufer soll stornieren, keine Anpassung bestätigt.",
         to=b, frm="Büroausstatter Wendt <auftrag@buero-wendt.de>", enc=L15, day=13,
         subject=f"Bestellung {o} – Schreibtischstuhl nicht lieferbar", text=f"""Sehr geehrte Damen und Herren,

leider ist der Schreibtischstuhl aus Ihrer Bestellung {o} derzeit
nicht lieferbar, unser Lieferant hat die Produktion eingestellt.

Bitte stornieren Sie die Bestellung selbst in Ihrem Amazon-Konto unter
"Meine Bestellungen", damit der Vorgang abgeschlossen werden kann.

Wir bedauern die Unannehmlichkeiten.

Mit freundlichen Grüßen
Büroausstatter Wendt""")

    o, b = order("de-noadj", "de", "Weinregal Metall für 24 Flaschen", **OOS)
    case("de-ausverkauft-ohne-erstattung", "quarantine", ["order-problem.no-adjustment"],
         "'Leider ist das Weinregal nicht mehr lieferbar ... wir bitten um Entschuldigung', ohne Bestätigung einer "
         "Erstattung oder Anpassung.",
         to=b, frm="Weinkeller Ausstattung <info@weinkeller-ausstattung.de>", enc=L1, day=13,
         subject=f"Zu Ihrer Bestellung {o}", text=f"""Guten Tag,

zu Ihrer Bestellung {o} müssen wir Ihnen leider mitteilen, dass das
Weinregal für 24 Flaschen ausverkauft ist und nicht mehr nachproduziert wird.

Wir bitten vielmals um Entschuldigung.

Mit freundlichen Grüßen
Weinkeller Ausstattung""")

    o, b = order("de-retoure", "de", "Stabmixer 1000 W mit Zubehör")
    case("de-retoure-erhalten-gutschrift-veranlasst", "quarantine", ["return.unnecessary"],
         "'Ihre Retoure ist bei uns eingegangen, die Gutschrift wurde veranlasst': Rücksendebezogen, fragt nichts "
         "und bietet keine Teilerstattung.",
         to=b, frm="Küchenhelfer Direkt <retoure@kuechenhelfer-direkt.de>", enc=L1, day=14,
         tolerated=("type.order-confirmation",),
         subject=f"Retoure zu Bestellung {o} erhalten", text=f"""Sehr geehrte Kundin, sehr geehrter Kunde,

Ihre Retoure zur Bestellung {o} ist heute bei uns eingegangen und
wurde geprüft. Die Gutschrift über 59,99 EUR wurde veranlasst und erscheint
in den nächsten Tagen auf Ihrem Zahlungsmittel.

Mit freundlichen Grüßen
Ihr Küchenhelfer-Direkt-Retourenteam""")

    o, b = order("de-tel", "de", "Rasenmäher Benzin 46 cm, Radantrieb", delivered="")
    case("de-lieferverzug-tel-im-fuss", "reject", ["content.phone-number"],
         "Notwendiger Lieferverzug-Hinweis, aber der Fuß nennt 'Tel.: 05251 …' des Händlers selbst: eigene "
         "Rufnummer, keine Garantie-, Versand- oder Herstellernummer.",
         to=b, frm="Motorgeräte Pohl <info@motorgeraete-pohl.de>", enc=L1, day=4,
         subject=f"Lieferverzögerung Ihres Rasenmähers (Bestellung {o})", text=f"""Guten Tag,

Ihr Rasenmäher aus der Bestellung {o} wird sich um etwa vier Tage
verzögern: Der Hersteller hat uns die Lieferung erst für Montag bestätigt. Wir
versenden ihn am selben Tag weiter.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Andreas Pohl

--
Motorgeräte Pohl GmbH
Detmolder Str. 88, 33100 Paderborn
Tel.: 05251 6874 30
Geschäftsführer: Andreas Pohl | Amtsgericht Paderborn HRB 11802""")

    o, b = order("de-fax", "de", "Markise Gelenkarm 4x3 m, anthrazit", delivered="")
    case("de-hermes-im-text-fax-im-fuss", "reject", ["content.phone-number"],
         "Die Hermes-Hotline im Text ist erlaubt, aber der Fuß nennt die eigene Faxnummer des Händlers: eine "
         "Rufnummer ohne Versand-, Garantie- oder Herstellerbezug.",
         to=b, frm="Sonnenschutz Albers <versand@sonnenschutz-albers.de>", enc=L15, day=4,
         subject=f"Zustellung Ihrer Markise – Bestellung {o}", text=f"""Guten Tag,

Ihre Markise aus der Bestellung {o} ist 4,20 m lang und wird deshalb
vom Hermes Einrichtungs Service zugestellt. Hermes meldet sich in den
nächsten Tagen bei Ihnen, um einen Zustelltermin zu vereinbaren. Bei Fragen
zum Termin erreichen Sie den Hermes Einrichtungs Service unter
0800 400 88 77.

Mit freundlichen Grüßen
Heike Albers

Sonnenschutz Albers e.K.
Industriestraße 7, 26655 Westerstede
Fax 04488 52 93 19
Amtsgericht Oldenburg HRA 150388""")

    o, b = order("de-email", "de", "Klemmbausteine Set Leuchtturm, 1200 Teile")
    case("de-impressum-mit-email", "reject", ["content.email-address"],
         "Notwendige Rückfrage zu einem fehlenden Beutel, aber das Impressum im Fuß nennt 'E-Mail: "
         "info@…': E-Mail-Adresse im Text.",
         to=b, frm="Bausteinwelt Hoffmann <info@bausteinwelt-hoffmann.de>", enc=L1, day=9,
         subject=f"Fehlender Beutel Nr. 7 – Bestellung {o}", text=f"""Guten Tag,

Sie schreiben, dass im Leuchtturm-Set aus Ihrer Bestellung {o}
ein Beutel fehlt. Damit wir den richtigen Ersatz schicken: Steht auf den
vorhandenen Beuteln die Nummer 1 bis 6 oder 1 bis 8? Die Nummer ist auf jedem
Beutel unten links aufgedruckt.

Mit freundlichen Grüßen
Ihr Bausteinwelt-Team

Impressum
Bausteinwelt Hoffmann, Inhaber Uwe Hoffmann
Kirchgasse 3, 06108 Halle (Saale)
E-Mail: info@bausteinwelt-hoffmann.de
USt-IdNr.: DE 293 184 775""")

    o, b = order("de-widerruf-https", "de", "Sitzsack XXL, Cord, senfgelb")
    case("de-widerrufsbelehrung-https-shoplink", "reject", ["link.external"],
         "Rückfrage zur Retoure (Größe der Verpackung) mit Fuß 'Widerrufsbelehrung: https://www.<shop>.de/"
         "widerruf': externer Link, nicht nötig für die Bestellung.",
         to=b, frm="Lümmelplatz <service@luemmelplatz.de>", enc=B64, day=11,
         subject=f"Ihre Rücksendung – Bestellung {o}", text=f"""Guten Tag,

Sie möchten den Sitzsack aus der Bestellung {o} zurückgeben. Ist die
Originalverpackung noch vorhanden? Dann senden wir Ihnen ein Paketetikett;
ohne Karton schicken wir Ihnen einen Spediteur mit großem Beutel. Eine kurze
Antwort genügt.

Freundliche Grüße
Lümmelplatz

Lümmelplatz UG (haftungsbeschränkt) · Amtsgericht Köln HRB 99217
Widerrufsbelehrung: https://www.luemmelplatz.de/widerruf""")

    o, b = order("de-widerruf-http", "de", "Kinderfahrradhelm 50-56 cm, blau", shipped="", delivered="")
    case("de-afterbuy-agb-http-link", "reject", ["link.insecure"],
         "Afterbuy-Fuß mit 'AGB und Widerrufsbelehrung: http://…' unter einer notwendigen Lieferzeit-Info: "
         "unsicherer Link.",
         to=b, frm="Radlerkiste <kundenservice@radlerkiste.de>", enc=L1, day=3,
         subject=f"Lieferzeit Ihres Fahrradhelms – Bestellung {o}", text=f"""Guten Tag,

Ihr Kinderfahrradhelm in Blau (Bestellung {o}) trifft erst am
Freitag in unserem Lager ein und wird dann sofort versendet. Das ist zwei Tage
später als angegeben; wir bitten um Entschuldigung.

Mit freundlichen Grüßen
Radlerkiste

AGB und Widerrufsbelehrung: http://www.radlerkiste.de/agb-widerruf
Radlerkiste GmbH, Amtsgericht Freiburg HRB 715503""")

    o, b = order("de-to-en", "en", "Kaffeemühle manuell, Keramikmahlwerk")
    case("de-an-englischsprachigen-kaeufer", "quarantine", ["language.mismatch"],
         "Deutscher Lieferhinweis an einen Käufer auf amazon.de, dessen bevorzugte Sprache Englisch ist.",
         to=b, frm="Mahlgut Manufaktur <service@mahlgut-manufaktur.de>", enc=L1, day=3,
         subject=f"Ihre Kaffeemühle – Bestellung {o}", text=f"""Guten Tag,

die Kaffeemühle aus Ihrer Bestellung {o} verlässt unser Lager wegen
eines Engpasses bei den Keramikmahlwerken erst am Dienstag, zwei Tage später
als angegeben. Die Lieferung erfolgt dann mit DPD.

Wir bitten um Entschuldigung.

Mahlgut Manufaktur""")

    o, b = order("de-uk", "", "Kitchen scales digital, 5 kg", tld="co.uk", shipped="", delivered="")
    case("de-an-uk-kaeufer", "quarantine", ["language.mismatch"],
         "Deutsche Adressrückfrage an einen Käufer auf amazon.co.uk ohne gespeicherte Sprache (Standard en).",
         to=b, frm="Wiegetechnik Rupp <versand@wiegetechnik-rupp.de>", enc=L15, day=2,
         subject=f"Rückfrage zur Lieferadresse (Bestellung {o})", text=f"""Guten Tag,

für Ihre Bestellung {o} benötigen wir eine Angabe: Die Postleitzahl
in Ihrer Lieferadresse ("SW1A") ist unvollständig, der zweite Teil fehlt.
Bitte schicken Sie uns die vollständige Postleitzahl, damit die Waage
zugestellt werden kann.

Vielen Dank
Wiegetechnik Rupp""")

    o, b = order("de-multi-footer", "de", "Fliesenschneider 600 mm, manuell")
    case("de-afterbuy-fuss-tel-mail-impressum-link", "reject",
         ["content.phone-number", "content.email-address", "link.external"],
         "Notwendige Rückfrage (welche Schneidrad-Größe fehlt), aber der Afterbuy-Fuß nennt Telefon, E-Mail und "
         "einen https-Link zum Impressum des Shops.",
         to=b, frm="Fliesenwerkzeug Brandl <info@fliesenwerkzeug-brandl.de>", enc=L1, day=8,
         subject=f"Ersatz-Schneidrad zu Bestellung {o}", text=f"""Guten Tag,

Sie schreiben, dass beim Fliesenschneider aus der Bestellung {o} kein
Ersatz-Schneidrad beilag. Zu Ihrem Modell passen zwei Größen (22 mm für
Feinsteinzeug, 18 mm für Wandfliesen). Welche Größe sollen wir Ihnen
kostenlos nachsenden?

Mit freundlichen Grüßen
Max Brandl

---------------------------------------------------
Fliesenwerkzeug Brandl GmbH
Telefon: 08031 40 55 12
E-Mail: info@fliesenwerkzeug-brandl.de
Impressum: https://www.fliesenwerkzeug-brandl.de/impressum
Geschäftsführer: Max Brandl, Amtsgericht Traunstein HRB 28461
---------------------------------------------------""")

    o, b = order("de-own-line", "de", "Kinderwagen Kombi 3in1, grau meliert", delivered="")
    case("de-dhl-hotline-und-eigene-nummer", "reject", ["content.phone-number"],
         "Die DHL-Nummer steht neben 'DHL' (erlaubt), aber 'für Rückfragen erreichen Sie uns unter 030 …' ist die "
         "eigene Servicenummer des Händlers.",
         to=b, frm="Kinderwagen Kontor <service@kinderwagen-kontor.de>", enc=B64, day=5,
         subject=f"Zustellung Ihres Kinderwagens (Bestellung {o})", text=f"""Guten Tag,

der Kinderwagen aus Ihrer Bestellung {o} kommt in zwei Paketen. Das
zweite Paket (Babywanne) war gestern laut Sendungsverfolgung nicht zustellbar,
weil niemand angetroffen wurde. Die DHL-Servicehotline 0228 4333112 kann eine
neue Zustellung für Sie einplanen.

Für Rückfragen zum Aufbau erreichen Sie uns montags bis freitags unter
030 2198 4470.

Freundliche Grüße
Kinderwagen Kontor Berlin""")


# --------------------------------------------------------------------------------------------
# Austrian sellers (amazon.de buyers)
# --------------------------------------------------------------------------------------------

def cases_at() -> None:
    o, b = order("at-partial", "de", "Trachtenjanker Loden, Größe 50")
    case("at-teilerstattung-statt-retoure", "relay", [],
         "Österreichischer Händler bietet bei einem kleinen Webfehler eine Teilerstattung an, wenn der Janker "
         "behalten wird, statt ihn zu retournieren: erlaubte Rückgabe-Nachricht.",
         to=b, frm="Lodenstube Hallstatt <service@lodenstube-hallstatt.at>", enc=L1, day=10,
         subject=f"Ihr Trachtenjanker – Bestellung {o}", text=f"""Grüß Gott Herr Obermayr,

danke für Ihre Fotos zum Janker aus der Bestellung {o}. Der kleine
Webfehler am linken Ärmel ist tatsächlich uns entgangen, das tut uns leid.

Sie haben eine Rücksendung angemeldet. Falls Ihnen der Janker sonst passt,
können wir Ihnen alternativ eine Teilerstattung von 30 EUR anbieten und Sie
behalten ihn. Sagen Sie uns bitte, was Ihnen lieber ist; bei einer Retoure
legen Sie den Janker einfach im Sackerl in den Karton zurück.

Mit freundlichen Grüßen aus dem Salzkammergut
Theresa Pichler
Lodenstube Hallstatt""")

    o, b = order("at-sperrgut", "de", "Kachelofen-Bank Zirbe, 160 cm", delivered="")
    case("at-sperrgut-zustelltermin-firmenbuch", "relay", [],
         "Terminvereinbarung für eine sperrige Lieferung mit Firmenbuchnummer und UID im Fuß (keine "
         "Rufnummer, keine Adresse zum Schreiben, kein Link).",
         to=b, frm="Zirbenholz Wimmer <auftrag@zirbenholz-wimmer.at>", enc=L15, day=9,
         subject=f"Zustelltermin für Ihre Zirbenbank (Bestellung {o})", text=f"""Grüß Gott,

Ihre Zirbenbank aus der Bestellung {o} ist fertig geölt und wird
als Sperrgut mit der Spedition zugestellt. Die Bank wiegt 48 kg; der Fahrer
trägt sie bis hinter die erste Tür.

Welcher Tag passt Ihnen in der Woche ab 22. Juni besser, Montag oder
Donnerstag? Und gibt es vor dem Haus eine Möglichkeit für den Lkw zum Halten?

Liebe Grüße
Florian Wimmer

Zirbenholz Wimmer GmbH, Firmenbuch FN 418273 s, Landesgericht Leoben
UID: ATU68251739""")

    o, b = order("at-cond-du", "de", "Skitourenfelle 130 mm, zugeschnitten")
    case("at-du-passt-alles-sonst-zuerst-schreiben", "reject", ["review.conditional"],
         "Österreichisch, informell: 'Passt alles? Dann lass uns gern eine Bewertung da. Und wenn was nicht "
         "passt, schreib uns, bevor du bewertest': Bewertungs-Gating.",
         to=b, frm="Tourenglück Innsbruck <servus@tourenglueck.at>", enc=B64, day=11,
         subject=f"Deine Tourenfelle ({o})", text=f"""Servus,

deine Felle aus der Bestellung {o} sind jetzt ein paar Tage bei
dir. Tipp für den Sommer: Die Klebeflächen mit der Schutzfolie zusammenlegen
und kühl lagern, dann klebt es im Winter wieder wie am ersten Tag.

Passt alles? Dann lass uns gern eine Bewertung da. Und wenn was nicht passt,
schreib uns bitte, bevor du bewertest, wir richten das.

Pfiat di
Lukas vom Tourenglück""")

    o, b = order("at-thanks-du", "de", "Zirbenkissen 40x25, Leinenbezug")
    case("at-du-danke-sackerl", "quarantine", ["type.thank-you-only"],
         "'Servus, danke, dass du bei uns bestellt hast ... bei Fragen einfach melden': nur Dank und "
         "Hilfsangebot, in österreichischem Ton.",
         to=b, frm="Almduft Zirbe <hallo@almduft-zirbe.at>", enc=L1, day=9,
         subject=f"Danke! ({o})", text=f"""Servus,

danke, dass du bei uns bestellt hast (Bestellung {o})! Wir hoffen,
das Kissen duftet schön und das Sackerl, in dem wir es verpackt haben, kannst
du gleich weiterverwenden.

Wenn du Fragen hast, melde dich einfach jederzeit.

Liebe Grüße aus Tirol
dein Almduft-Team""")

    o, b = order("at-retoure", "de", "Dirndlschürze Seide, rosé")
    case("at-ruecksendung-eingelangt", "quarantine", ["return.unnecessary"],
         "Österreichisch: 'Ihre Rücksendung ist bei uns eingelangt und wurde geprüft, die Rückerstattung erfolgt "
         "in Kürze': fragt nichts, bietet keine Teilerstattung.",
         to=b, frm="Trachtenwerkstatt Gruber <retour@trachten-gruber.at>", enc=L15, day=13,
         tolerated=("type.order-confirmation",),
         subject=f"Ihre Rücksendung – Bestellung {o}", text=f"""Grüß Gott,

Ihre Rücksendung der Dirndlschürze aus der Bestellung {o} ist heute
bei uns eingelangt und wurde geprüft. Die Rückerstattung des Kaufpreises
erfolgt in Kürze über Amazon.

Mit freundlichen Grüßen
Trachtenwerkstatt Gruber""")

    o, b = order("at-incentive", "de", "Kürbiskernöl steirisch g.g.A., 3 x 500 ml")
    case("at-bewertung-flasche-gratis", "reject", ["review.incentive"],
         "'Für jede Bewertung legen wir Ihnen bei der nächsten Lieferung eine Flasche gratis dazu': Gratiszugabe "
         "gegen Bewertung.",
         to=b, frm="Ölmühle Steirerland <hof@oelmuehle-steirerland.at>", enc=L1, day=10,
         tolerated=("type.marketing",),
         subject=f"Ihr Kürbiskernöl (Bestellung {o})", text=f"""Grüß Gott,

wir hoffen, das Kürbiskernöl aus Ihrer Bestellung {o} schmeckt Ihnen.
Lagern Sie die angebrochenen Flaschen bitte kühl und dunkel, am besten im
Kühlschrank.

Für jede Bewertung auf Amazon legen wir Ihnen bei Ihrer nächsten Lieferung
eine Flasche gratis dazu. Das heurige Öl ist besonders nussig!

Herzliche Grüße von der Ölmühle""")


# --------------------------------------------------------------------------------------------
# Swiss sellers (amazon.de buyers; no sharp s)
# --------------------------------------------------------------------------------------------

def cases_ch() -> None:
    o, b = order("ch-missing", "de", "Velo-Gepäckträger Aluminium 26-29 Zoll")
    case("ch-velo-schrauben-nachgeschickt", "relay", [],
         "Schweizer Händler: die Montageschrauben des Velo-Gepäckträgers fehlten und werden separat "
         "nachgeschickt; Behebung eines Lieferproblems, keine Versandbestätigung.",
         to=b, frm="Veloatelier Brunner <werkstatt@veloatelier-brunner.ch>", day=8,
         subject=f"Fehlende Schrauben zum Gepäckträger (Bestellung {o})", text=f"""Grüezi Frau Keller

Beim Nachzählen unseres Lagers haben wir gemerkt, dass beim Gepäckträger aus
Ihrer Bestellung {o} das Säcklein mit den vier M5-Schrauben nicht im
Paket war.

Wir haben die Schrauben heute als Grossbrief nachgeschickt, Sie müssen nichts
weiter tun. Bis sie ankommen, bitte den Gepäckträger nicht mit Gewicht
belasten.

Freundliche Grüsse
Reto Brunner
Veloatelier Brunner""")

    o, b = order("ch-retour-frage", "de", "Espressomaschine Siebträger, Edelstahl")
    case("ch-retournieren-oder-ersatzteil", "relay", [],
         "Schweizer Händler fragt zur angemeldeten Rücksendung, ob der Käufer retournieren oder nur den "
         "defekten Siebträger ersetzt haben möchte: eine nötige Rückfrage.",
         to=b, frm="Caffè Zürisee <service@caffe-zuerisee.ch>", enc=B64, day=11,
         subject=f"Ihre Rücksendung – Bestellung {o}", text=f"""Grüezi Herr Vogt

Sie haben für die Siebträgermaschine aus der Bestellung {o} eine
Rücksendung angemeldet, weil der Siebträger nicht dicht ist.

Möchten Sie die ganze Maschine retournieren, oder sollen wir Ihnen nur einen
neuen Siebträger schicken? Beim Ersatzteil könnten Sie die Maschine behalten
und hätten es in drei Tagen. Bitte geben Sie uns kurz Bescheid, damit wir
das richtige Paket vorbereiten.

Freundliche Grüsse
Caffè Zürisee""")

    o, b = order("ch-invoice", "de", "Käsefondue-Caquelon Gusseisen, rot")
    case("ch-rechnung-mwst-nummer", "relay", [],
         "Schweizer Händler schickt die angeforderte Rechnung mit Verweis aufs Amazon-Konto; die Fusszeile nennt "
         "UID/MWST-Nummer und Handelsregister, die wie Zahlenfolgen aussehen, aber keine Rufnummern sind.",
         to=b, frm="Chäsi-Ware Emmental <buchhaltung@chaesiware.ch>", day=9,
         subject=f"Rechnung zu Ihrer Bestellung {o}", text=f"""Grüezi Frau Baumann

Wie gewünscht haben wir die Rechnung für das Caquelon aus der Bestellung
{o} mit ausgewiesener deutscher Mehrwertsteuer erstellt. Sie
können sie in Ihrem Amazon-Konto unter "Bestellungen" > "Rechnung" abrufen.

Freundliche Grüsse
Buchhaltung Chäsi-Ware

Chäsi-Ware Emmental AG, Handelsregister des Kantons Bern
UID/MWST: CHE-114.389.502 MWST""")

    o, b = order("ch-stars", "de", "Velohelm Urban, Grösse M, mattschwarz")
    case("ch-fuenf-sterne-freuen", "reject", ["review.incentive"],
         "Schweizerisch: 'Über eine 5-Sterne-Bewertung würden wir uns riesig freuen': lenkt auf eine positive "
         "Bewertung.",
         to=b, frm="Stadtvelo Bern <hallo@stadtvelo-bern.ch>", day=12,
         subject=f"Ihr neuer Velohelm (Bestellung {o})", text=f"""Grüezi

Ihr Velohelm aus der Bestellung {o} ist nun seit einer Woche bei
Ihnen. Das Rücklicht hinten lädt per USB-C; eine volle Ladung reicht für rund
zehn Stunden Blinkmodus.

Über eine 5-Sterne-Bewertung auf Amazon würden wir uns riesig freuen, das
hilft einem kleinen Berner Geschäft enorm.

Freundliche Grüsse
Stadtvelo Bern""")

    o, b = order("ch-post", "de", "Schokoladen-Fondue-Set Keramik", **JUST_SHIPPED)
    case("ch-paket-unterwegs-sendungsnummer", "quarantine", ["type.order-confirmation"],
         "Schweizerisch: 'Ihr Paket ist mit der Post unterwegs' mit Sendungsnummer und voraussichtlicher "
         "Zustellung, sonst nichts: Versandbestätigung.",
         to=b, frm="Fondue Fabrik Luzern <versand@fondue-fabrik.ch>", day=15,
         subject=f"Ihr Paket ist unterwegs – Bestellung {o}", text=f"""Grüezi

Gute Nachrichten: Ihr Fondue-Set aus der Bestellung {o} hat heute
unser Lager verlassen und ist mit der Post unterwegs.

Sendungsnummer: 99.60.131842.70035514
Voraussichtliche Zustellung: 18.06.2026

Freundliche Grüsse
Fondue Fabrik Luzern""")

    o, b = order("ch-cancel-du", "de", "Velo-Handschuhe Gel, Grösse L", **OOS)
    case("ch-du-ausverkauft-stornierung-beantragen", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Schweizerisch, informell: ausverkauft, 'beantrag doch bitte die Stornierung über Amazon, dann erstatten "
         "wir dir alles': Käufer soll stornieren, keine erfolgte Anpassung.",
         to=b, frm="Pedalwerk Winterthur <velo@pedalwerk.ch>", enc=B64, day=13,
         subject=f"Deine Handschuhe ({o})", text=f"""Hoi

Leider sind die Gel-Handschuhe in Grösse L aus deiner Bestellung {o}
ausverkauft, und der Lieferant liefert erst im Herbst wieder.

Beantrag doch bitte die Stornierung über dein Amazon-Konto, dann erstatten
wir dir alles zurück.

Sorry und liebe Grüsse
Pedalwerk Winterthur""")

    o, b = order("ch-mkt-mail", "de", "Velo-Satteltasche wasserdicht 1,5 l")
    case("ch-neue-velokollektion-mail-im-fuss", "reject", ["type.marketing", "content.email-address"],
         "Schweizerisch: Montagehinweis plus 'Entdecken Sie unsere neue Velotaschen-Kollektion ... jetzt mit 20 % "
         "Einführungsrabatt' und eine E-Mail-Adresse im Fuss.",
         to=b, frm="Bergtasche Chur <info@bergtasche.ch>", day=10, fmt="alt", lang="de",
         subject=f"Ihre Satteltasche (Bestellung {o})", text=f"""Grüezi

Die Satteltasche aus Ihrer Bestellung {o} wird mit dem Klettband um
die Sattelstütze und den beiden Schnallen an den Sattelstreben befestigt.
Ziehen Sie die Schnallen nach der ersten Fahrt noch einmal nach.

Entdecken Sie auch unsere neue Velotaschen-Kollektion mit Lenker- und
Rahmentaschen, jetzt mit 20 % Einführungsrabatt.

Freundliche Grüsse
Bergtasche Chur
info@bergtasche.ch""")


CASE_FNS = (cases_de, cases_at, cases_ch)


def main() -> None:
    collect_by_language(CASE_LIST, CASE_FNS)
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="fiftyninth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
