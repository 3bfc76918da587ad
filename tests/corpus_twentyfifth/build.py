#!/usr/bin/env python3
"""Build the twenty-fifth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_twentyfifth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. German only: amazon.de and amazon.at buyers, German, Austrian
and Swiss sellers; every rule of RULES.md sections B-E, formal Sie letters and casual du shops, Impressum
footers, Widerrufsbelehrung, carrier / manufacturer hotlines against the shop's own Servicehotline,
out-of-stock wording (erstattet / werden erstatten), review compounds (Fünf-Sterne-Bewertung, Rezension),
Gutschein / Newsletter / Instagram, emoticons, ae/oe/ue spellings, ISO-8859-1/-15, Outlook HTML.
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
    lang_counts,
    logo_png,
    mail_date,
    make_pdf,
    mk,
    quote,
    reply_headers,
    set_boundaries,
    verify,
    write_cases,
    write_orders,
    zip_bytes,
)

_rnd = random.Random(25_2026_0615)
_PREFIX = {"de": "30", "at": "30"}
_TLD = {"de": "de", "en": "de"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T10:00:00Z", shipped="2026-06-02T08:00:00Z",
                 delivered="2026-06-04T12:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-11T09:00:00Z"}
PENDING = {"shipped": "", "delivered": "", "purchased": "2026-06-12T18:40:00Z"}

STYLE = ["style.link-text", "style.image-alt", "style.emoji", "style.animated-gif", "style.margin",
         "style.image-width", "style.font-override", "style.font-sizes", "style.alignment", "style.line-breaks",
         "image.insecure"]
IMAGE = ["image.logo-link", "image.tracking-pixel", "image.product-photo"]
OTHER = ["link.insecure", "link.external", "link.opt-out", "attachment.not-allowed", "content.email-address",
         "content.phone-number", "content.sensitive", "order-id.missing", "order-id.unknown",
         "order-id.buyer-mismatch", "window.expired", "language.mismatch", "review.repeat"]
HEURISTIC = ["type.order-confirmation", "type.thank-you-only", "type.marketing", "review.incentive",
             "review.removal-request", "review.conditional", "order-problem.cancellation-request",
             "order-problem.no-adjustment", "return.unnecessary"]
EVERY = STYLE + IMAGE + OTHER + HEURISTIC


def _d(day: int) -> str:
    return mail_date(day, "09:41:00", "+0200")


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str,
         html: str | None = None, text: str | None = None, day: int = 13, reply: str = "",
         tolerated: tuple[str, ...] = (), charset: str = "utf-8", cte: str = "quoted-printable",
         related=(), attach=(), headers=(), after=(), crlf: bool = False, attribution: str = "") -> None:
    """One case. Every rule of EVERY not named in `rules` (or tolerated) must stay silent. `reply` is the
    buyer's question: the message then answers a buyer (In-Reply-To) and quotes it in the text part."""
    hdrs = list(headers) + (reply_headers(f"0100019d.e25.{slug[:24]}") if reply else [])
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    if reply and text is not None:
        att = attribution or "Ursprüngliche Nachricht:"
        text = text.rstrip("\n") + "\n\n" + att + "\n" + quote(reply) + "\n"
    tol = (*tolerated, "content.spelling")
    absent = [r for r in EVERY if r not in rules and r not in tol]
    msg = mk(frm, to, subject, _d(day), f"<c25.{slug}@{dom}>", headers=hdrs, text=text, html=html,
             charset=charset, cte=cte, related=related, attach=attach)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, after=after, tolerated=tol, crlf=crlf)


def page(body: str, head: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta http-equiv="Content-Type" '
            f'content="text/html; charset=utf-8">\n{head}</head>\n<body>\n{body}\n</body>\n</html>\n')


IMPRESSUM_OK = """--
Hofmann Haushaltswaren GmbH
Industriestraße 14, 33602 Bielefeld
Geschäftsführer: Thomas Hofmann, Sabine Hofmann-Krüger
Amtsgericht Bielefeld, HRB 41827
USt-IdNr.: DE 287 114 930
WEEE-Reg.-Nr. DE 55012874"""


def cases_de() -> None:  # noqa: PLR0915
    # ================================================================ compliant near-misses
    o, b = order("fotos", "de", "Glas-Teekanne 1,5 l mit Edelstahlsieb")
    case("sie-brief-fotos-bruch", "relay", [],
         "Formal Sie letter asking for photos of a breakage to resolve the order: a permitted proactive "
         "message; 'i. A.' signature and an Impressum without phone, e-mail or link.",
         to=b, frm="Hofmann Haushaltswaren <service@hofmann-haushalt.de>",
         subject=f"Ihre Bestellung {o} - Rückfrage zum Transportschaden", text=f"""Sehr geehrte Frau Müller,

der Zusteller hat uns gemeldet, dass das Paket zu Ihrer Bestellung {o} mit
einer eingedrückten Ecke zugestellt wurde. Damit wir den Schaden beim
Transportdienstleister reklamieren und Ihnen umgehend eine neue Teekanne
senden können, bitten wir Sie um zwei kurze Angaben:

1. Ist die Kanne selbst beschädigt oder nur der Karton?
2. Falls die Kanne beschädigt ist: Könnten Sie uns ein Foto der Bruchstelle
   über die Amazon-Nachrichtenfunktion schicken?

Die beschädigte Kanne müssen Sie nicht zurücksenden.

Mit freundlichen Grüßen

i. A. Jana Becker
Kundenservice

{IMPRESSUM_OK}""")

    o, b = order("sofa", "de", "Ecksofa Lennox, Cord, anthrazit, 3-teilig")
    case("du-shop-speditionstermin-sofa", "relay", [],
         "Casual du shop scheduling the freight delivery of a bulky sofa; times (8:00-12:00) and a ratio are "
         "not emoticons, 'LG' signature; a permitted proactive message.",
         to=b, frm="Wohnfabrik <hallo@wohnfabrik-moebel.de>",
         subject=f"Dein Ecksofa kommt per Spedition - Terminabstimmung ({o})", text=f"""Hey Jonas!

Dein Ecksofa Lennox (Bestellung {o}) ist fertig und wird von unserer
Spedition bis in die Wohnung getragen. Dafür brauchen wir einen Termin.

Die Spedition fährt in deiner Region am Dienstag und am Donnerstag. Das
Zeitfenster ist jeweils 8:00-12:00 Uhr oder 13:00-17:00 Uhr.

Schreib uns einfach kurz zurück:
- welcher Tag dir passt,
- welches Zeitfenster,
- in welchem Stock du wohnst und ob es einen Aufzug gibt.

Die drei Teile sind zusammen ca. 2,60 m lang; das Verhältnis Sitz zu Lehne
ist 2:1, das Rückenteil kann also flach liegend durchs Treppenhaus.

LG
Mia von der Wohnfabrik""")

    o, b = order("rechnung", "de", "Akku-Rasenmäher 36 V, 40 cm Schnittbreite")
    case("rechnung-pdf-impressum-hrb-ustid", "relay", [],
         "Answer with the requested invoice (PDF); the Pflichtangaben footer has HRB, USt-IdNr., WEEE number "
         "and a Rechnungsnummer, none of which is a phone number.",
         to=b, frm="Gartentechnik Nord <rechnung@gartentechnik-nord.de>",
         reply="Guten Tag, ich brauche für meine Firma eine Rechnung mit ausgewiesener MwSt. Danke!",
         subject=f"AW: Rechnung zu Bestellung {o}",
         text=f"""Guten Tag,

anbei erhalten Sie die Rechnung RE-2026-048113 vom 04.06.2026 zu Ihrer
Bestellung {o}. Die Umsatzsteuer (19 %) ist ausgewiesen: netto 335,29 €,
USt. 63,71 €, brutto 399,00 €.

Mit freundlichen Grüßen
Ihr Team von Gartentechnik Nord

--
Gartentechnik Nord GmbH & Co. KG
Am Hafen 3, 24103 Kiel
Persönlich haftende Gesellschafterin: Gartentechnik Nord Verwaltungs GmbH
Amtsgericht Kiel HRA 9712 KI, HRB 24551 KI
Geschäftsführer: Hauke Petersen
USt-IdNr. DE 314 227 815
""",
         attach=[(make_pdf("Rechnung RE-2026-048113", ["Rechnung RE-2026-048113", f"Bestellung {o}",
                                                       "Akku-Rasenmäher 36 V", "Brutto 399,00 EUR"],
                           producer="Lexware"), "application", "pdf", "Rechnung_RE-2026-048113.pdf")])

    o, b = order("dhl", "de", "Kaffeevollautomat EQ.500, silber")
    case("dhl-hotline-paket-nicht-da", "relay", [],
         "The DHL customer hotline with 'DHL' on the same line is a shipping provider's number; the "
         "Sendungsnummer is a tracking number, not a phone number.",
         to=b, frm="Kaffeewelt Schneider <kundenservice@kaffeewelt-schneider.de>",
         reply="Laut Sendungsverfolgung wurde mein Paket zugestellt, ich habe aber nichts bekommen.",
         subject=f"AW: Paket nicht erhalten - Bestellung {o}", text=f"""Sehr geehrter Herr Wagner,

das tut uns leid. Wir haben bei DHL einen Nachforschungsauftrag zu Ihrer
Sendung 00340434161094015902 (Bestellung {o}) gestellt.

Bitte schauen Sie in der Zwischenzeit, ob das Paket bei einem Nachbarn,
in Ihrer Packstation oder in der nächsten Postfiliale liegt; eine
Benachrichtigungskarte wird manchmal übersehen.

Sie können auch selbst beim DHL Kundenservice unter 0228 4333112 nachfragen;
halten Sie dazu bitte die Sendungsnummer bereit.

Sobald DHL antwortet, melden wir uns. Taucht das Paket nicht auf, senden
wir Ihnen ein neues Gerät.

Mit freundlichen Grüßen
Lukas Schneider""")

    o, b = order("hermes", "de", "Kinderfahrradhelm Gr. S, 48-54 cm")
    case("hermes-hotline-zeile-davor", "relay", [],
         "Hermes named on the line before the number: a carrier's number; the message answers where the "
         "parcel is.",
         to=b, frm="Radsport Kaiser <info@radsport-kaiser.de>",
         reply="Hallo, Hermes sagt 'Zustellung nicht möglich'. Was nun?",
         subject=f"AW: Zustellung nicht möglich ({o})", text=f"""Hallo Frau Yilmaz,

Hermes hat die Sendung zu Ihrer Bestellung {o} in den Hermes PaketShop
Kiosk am Markt (Marktstraße 7) gebracht. Dort liegt sie sieben Tage.

Die Hermes Kundenservice-Hotline (Mo-Sa 8-20 Uhr):
0900 1 311 211

Bitte nehmen Sie Ihren Personalausweis mit in den PaketShop.

Viele Grüße
Stefan Kaiser""")

    o, b = order("garantie", "de", "Elektrische Zahnbürste Sonicare 3100")
    case("herstellergarantie-hotline", "relay", [],
         "The manufacturer's warranty hotline (Herstellergarantie, Hersteller-Hotline on the same line) is an "
         "allowed phone number.",
         to=b, frm="Drogerie Lindner <service@drogerie-lindner.de>",
         reply="Die Zahnbürste lädt nach 3 Monaten nicht mehr. Was kann ich tun?",
         subject=f"AW: Zahnbürste lädt nicht - {o}", text=f"""Sehr geehrte Frau Lorenz,

Ihre Zahnbürste aus Bestellung {o} hat zwei Jahre Herstellergarantie. Den
Austausch wickelt der Hersteller direkt und besonders schnell ab:

Philips Hersteller-Hotline für Garantiefälle: 0800 000 7520 (kostenfrei)

Halten Sie bitte die Seriennummer (Unterseite des Handstücks) und Ihre
Amazon-Rechnung bereit. Alternativ können Sie das Gerät an uns
zurücksenden; dann dauert es etwa eine Woche länger.

Mit freundlichen Grüßen
Drogerie Lindner""")

    o, b = order("packstation", "de", "Gartenbank Teak 150 cm")
    case("packstation-sperrgut-adresse", "relay", [],
         "A bulky item cannot go to the Packstation in the order: asking for a street address is information "
         "needed to complete the order.",
         to=b, frm="Teak & Garten <versand@teakundgarten.de>",
         subject=f"Lieferadresse für Ihre Gartenbank - Bestellung {o}", text=f"""Guten Tag,

vielen Dank für Ihre Bestellung {o}. Als Lieferadresse ist eine Packstation
angegeben. Die Gartenbank wiegt verpackt 31 kg und ist 160 cm lang; solche
Sendungen nimmt weder eine Packstation noch eine Postfiliale an.

Bitte nennen Sie uns eine Hausanschrift (gern auch Ihre Arbeitsstelle oder
einen Nachbarn), an die wir die Bank liefern dürfen. Sobald wir die Adresse
haben, geht die Bank am nächsten Werktag raus.

Freundliche Grüße
Ihr Team von Teak & Garten""")

    o, b = order("ruecketikett", "de", "Laufschuhe Damen Gr. 39, blau")
    case("ruecksendeetikett-pdf-antwort", "relay", [],
         "Answering the buyer's return question with the Rücksendeetikett as a PDF: an attachment needed to "
         "resolve the issue; the reply is not a proactive return message.",
         to=b, frm="Laufladen Berger <retoure@laufladen-berger.de>",
         reply="Die Schuhe sind zu klein. Wie kann ich sie zurückschicken?",
         subject=f"AW: Rücksendung Laufschuhe ({o})", text="""Liebe Frau Hartmann,

schade, dass die Schuhe nicht passen. Im Anhang finden Sie ein kostenloses
Rücksendeetikett für DHL. Drucken Sie es aus, kleben Sie es auf den
Originalkarton und geben Sie das Paket in einer Postfiliale oder an einer
Packstation ab.

Nach Eingang prüfen wir die Schuhe; die Erstattung erfolgt dann über Amazon.

Liebe Grüße
Carina Berger""",
         attach=[(make_pdf("DHL Retourenlabel", ["DHL Retoure", "Laufladen Berger", "Absender: A. Hartmann",
                                                 f"Referenz {o}"], producer="DHL Retoure Online"),
                  "application", "pdf", "DHL-Ruecksendeetikett.pdf")])

    o, b = order("seriennr", "de", "Bluetooth-Kopfhörer ANC 700, schwarz")
    case("ruecksendung-seriennummer-frage", "relay", [],
         "Proactive return-related message that asks for information needed to complete the return (serial "
         "number, accessories): permitted.",
         to=b, frm="Audiohaus Vogel <retouren@audiohaus-vogel.de>",
         subject=f"Ihre Rücksendung zu Bestellung {o} - eine Rückfrage", text=f"""Sehr geehrter Herr Krause,

Ihre Rücksendung zu Bestellung {o} ist heute bei uns eingegangen. Im
Karton lag jedoch ein Kopfhörer mit einer anderen Seriennummer als dem
von uns versandten Gerät, und das Ladekabel fehlt.

Damit wir die Rücksendung abschließen können, bitten wir Sie um:
- die Seriennummer Ihres Kopfhörers (Innenseite des linken Bügels),
- die Information, ob das Ladekabel noch bei Ihnen ist.

Mit freundlichen Grüßen
i. A. Martin Vogel""")

    o, b = order("teilerst", "de", "Schreibtischstuhl ergonomisch, Netzrücken")
    case("teilerstattung-angebot-kratzer", "relay", [],
         "Proactive return-related message offering a partial refund (Teilerstattung) instead of the return: "
         "permitted; 'erstatten' here is an offer, not a review incentive.",
         to=b, frm="Bürowelt Schulz <retoure@buerowelt-schulz.de>",
         subject=f"Ihre Rücksendeanfrage zu Bestellung {o}", text=f"""Guten Tag Frau Schmitt,

Sie haben zu Ihrer Bestellung {o} eine Rücksendung angemeldet, weil die
Armlehne einen Kratzer hat.

Wenn Sie den Stuhl trotzdem behalten möchten, bieten wir Ihnen eine
Teilerstattung von 40,00 € an. Antworten Sie uns einfach mit "Ja", dann
veranlassen wir die Teilerstattung über Amazon. Möchten Sie den Stuhl lieber
zurückgeben, ist das selbstverständlich weiterhin möglich.

Mit freundlichen Grüßen
Bürowelt Schulz""")

    o, b = order("oos-ok", "de", "Induktionskochfeld 4 Zonen, 60 cm", **OOS)
    case("nicht-vorraetig-betrag-erstattet", "relay", [],
         "Out-of-stock notice that confirms the full amount was adjusted (erstattet) with the reason "
         "(Lieferengpass, nicht vorrätig) and does not ask the buyer to cancel.",
         to=b, frm="Küchenprofi Weber <service@kuechenprofi-weber.de>",
         subject=f"Ihre Bestellung {o} - Artikel nicht lieferbar", text=f"""Sehr geehrter Herr Becker,

leider müssen wir Ihnen mitteilen, dass wir das Induktionskochfeld aus Ihrer
Bestellung {o} nicht liefern können. Wegen eines Lieferengpasses beim
Hersteller ist das Gerät nicht mehr vorrätig, und ein neuer Liefertermin ist
nicht absehbar.

Wir haben den vollen Bestellbetrag von 429,00 € heute über Amazon erstattet
(Grund: Artikel nicht vorrätig). Die Gutschrift erscheint je nach
Zahlungsart in drei bis fünf Werktagen auf Ihrem Konto.

Wir bitten um Entschuldigung.

Mit freundlichen Grüßen
Küchenprofi Weber""")

    o, b = order("verzoeg", "de", "Hochbeet Lärche 200 x 80 cm", **PENDING)
    case("lieferverzoegerung-wir-stornieren-fuer-sie", "relay", [],
         "A delay notice (delivery later than advertised) is required; offering that the seller cancels and "
         "refunds if the buyer prefers is not asking the buyer to submit a cancellation.",
         to=b, frm="Holzgarten Franke <info@holzgarten-franke.de>",
         subject=f"Lieferverzögerung bei Ihrer Bestellung {o}", text=f"""Guten Tag,

Ihr Hochbeet aus Bestellung {o} wird in unserer Werkstatt gefertigt. Wegen
einer verspäteten Holzlieferung versenden wir es nicht wie angegeben am
15.06., sondern voraussichtlich am 24.06.2026.

Sollten Sie nicht so lange warten wollen, schreiben Sie uns kurz: Wir
stornieren die Bestellung dann für Sie und erstatten sofort den vollen
Betrag. Andernfalls müssen Sie nichts tun.

Freundliche Grüße
Jörg Franke""")

    o, b = order("teilliefer", "de", "Wasserfilter-Kanne 2,4 l + 6 Kartuschen", **PENDING)
    case("teillieferung-rueckfrage", "relay", [],
         "Teillieferung question: one part of the order is late, the buyer chooses between a partial delivery "
         "and waiting; information needed to complete the order, not a dispatch confirmation.",
         to=b, frm="Aquaklar Shop <shop@aquaklar.de>",
         subject=f"Teillieferung oder gemeinsamer Versand? Bestellung {o}", text=f"""Hallo Herr Nowak,

in Ihrer Bestellung {o} sind die Kanne und ein 6er-Pack Kartuschen. Die Kanne
ist lagernd, die Kartuschen erwarten wir am 19.06.2026 von unserem Lieferanten.

Was ist Ihnen lieber?
a) Teillieferung: die Kanne jetzt, die Kartuschen kommen in einem zweiten
   Paket nach (für Sie ohne Mehrkosten), oder
b) alles zusammen in einem Paket ab dem 19.06.

Eine kurze Antwort mit a) oder b) genügt.

Viele Grüße
Ihr Aquaklar-Team""")

    o, b = order("bew1", "de", "Gusseisenpfanne 28 cm, vorgeeinbrannt")
    case("bewertungsanfrage-neutral-nach-pflege", "relay", [],
         "Care advice for a cast-iron pan followed by one neutral request for a Rezension / Feedback: "
         "permitted, no benefit, no gating, no push towards five stars.",
         to=b, frm="Eisenwerk Küche <kontakt@eisenwerk-kueche.de>",
         subject=f"Pflegetipps für Ihre Gusseisenpfanne ({o})", text=f"""Guten Tag,

Ihre Pfanne aus Bestellung {o} ist vorgeeinbrannt. Damit die Patina lange
hält, ein paar Hinweise:

- Nach dem Kochen nur mit heißem Wasser und einer Bürste reinigen, kein
  Spülmittel und keine Spülmaschine.
- Gut abtrocknen und dünn mit Öl einreiben.
- Rostflecken mit Stahlwolle entfernen und die Stelle neu einbrennen.

Wenn Sie mögen, schreiben Sie nach den ersten Wochen eine Rezension auf
Amazon. Ihre Erfahrungen helfen anderen Käufern bei der Entscheidung.

Mit freundlichen Grüßen
Eisenwerk Küche""")

    o, b = order("sterne-neutral", "de", "Wanderrucksack 30 l, petrol")
    case("sterne-ihre-entscheidung", "relay", [],
         "A review request that names stars only to say every rating is welcome (one star or five) does not "
         "persuade towards a positive review.",
         to=b, frm="Bergpfad Outdoor <team@bergpfad-outdoor.de>",
         subject=f"Wie gefällt Ihnen Ihr Rucksack? Bestellung {o}", text=f"""Hallo,

Sie haben den Wanderrucksack (Bestellung {o}) nun seit gut einer Woche.
Der Hüftgurt lässt sich übrigens über die beiden Laschen an der Seite um
bis zu 8 cm verlängern, falls er zu knapp sitzt.

Wir würden uns über eine ehrliche Bewertung auf Amazon freuen. Ob ein Stern
oder fünf: Jede ehrliche Meinung hilft uns, den Rucksack zu verbessern.

Viele Grüße aus dem Allgäu
Bergpfad Outdoor""")

    o, b = order("sternhimmel", "de", "Sternenhimmel-Projektor mit Fernbedienung")
    case("sternenhimmel-projektor-anleitung", "relay", [],
         "Product named 'Sternenhimmel', a 'Sterne' setting and 'Bewertung' of a timer mode: no review "
         "request; an answer to the buyer's question.",
         to=b, frm="Lumina Deko <hilfe@lumina-deko.de>",
         reply="Wie stelle ich ein, dass der Projektor nach einer Stunde ausgeht?",
         subject=f"AW: Timer am Projektor ({o})", text=f"""Hallo Frau Simon,

am Sternenhimmel-Projektor (Bestellung {o}) stellen Sie den Timer so ein:

1. Taste "Timer" auf der Fernbedienung einmal drücken: 30 Minuten.
2. Zweimal drücken: 60 Minuten. Die kleine LED leuchtet dann grün.
3. Mit der Taste "Sterne" schalten Sie zwischen Sternen, Mond und Nebel um.

Der Timer läuft auch im Modus "nur Sterne" weiter.

Viele Grüße
Lumina Deko""")

    o, b = order("kulanz", "de", "Thermoskanne 1 l, Edelstahl, mattschwarz", delivered="2026-05-20T12:00:00Z")
    case("kulanz-ersatzlieferung-kostenlos", "relay", [],
         "A free replacement (Ersatzlieferung aus Kulanz) for a defective lid answers the buyer: resolving the "
         "order, not a promotion or a review incentive.",
         to=b, frm="Edelstahl & Co. <service@edelstahl-und-co.de>",
         reply="Der Deckel der Kanne ist undicht geworden.",
         subject=f"AW: Deckel undicht - {o}", text="""Sehr geehrte Frau Graf,

das darf nicht passieren. Aus Kulanz senden wir Ihnen kostenlos einen neuen
Deckel als Ersatzlieferung zu; er geht morgen mit der Deutschen Post raus.
Den alten Deckel müssen Sie nicht zurückschicken.

Prüfen Sie bitte beim Aufschrauben, dass der Silikonring ganz in der Nut
liegt; ein verrutschter Ring ist die häufigste Ursache für Tropfen.

Mit freundlichen Grüßen
Edelstahl & Co.""")

    o, b = order("gutschein-frage", "de", "Bettwäsche Satin 155 x 220, salbei")
    case("amazon-gutschein-anteilig-erstattung", "relay", [],
         "A buyer's question about the Amazon-Gutschein used for payment, answered with how the refund is "
         "split: the words Gutschein / Gutscheincode are not a promotion.",
         to=b, frm="Schlafgut Textil <service@schlafgut-textil.de>",
         reply="Ich habe mit Gutschein bezahlt. Bekomme ich bei der Retoure das Geld oder den Gutschein zurück?",
         subject=f"AW: Rückerstattung bei Gutschein-Zahlung ({o})", text=f"""Guten Tag Frau Brandt,

die Rückerstattung zu Bestellung {o} läuft vollständig über Amazon. Der Teil,
den Sie mit dem Amazon-Gutschein bezahlt haben, wird Ihrem Gutscheinkonto
wieder gutgeschrieben; den Rest erhalten Sie auf die ursprüngliche
Zahlungsart zurück. Ein neuer Gutscheincode wird dabei nicht erstellt.

Mit freundlichen Grüßen
Schlafgut Textil""")

    o, b = order("newsletter-frage", "de", "Teesortiment Winterzauber, 12 Sorten")
    case("kein-newsletter-erklaerung", "relay", [],
         "Answering a buyer who asks why they get a newsletter: the seller explains it keeps no mailing list; "
         "no opt-out link or instruction, no promotion.",
         to=b, frm="Teehaus Ostfriesland <service@teehaus-ostfriesland.de>",
         reply="Seit meiner Bestellung bekomme ich Werbung. Woher haben Sie meine Adresse?",
         subject=f"AW: Werbung nach Bestellung {o}?", text=f"""Guten Tag Herr Janssen,

von uns stammen diese Mails nicht. Über Amazon erhalten wir keine echte
E-Mail-Adresse von Ihnen, sondern nur eine anonyme Weiterleitung, und wir
führen keinen Newsletter-Verteiler mit Amazon-Kunden.

Bitte prüfen Sie den Absender der Werbung; vermutlich stammt sie von einem
anderen Anbieter. Zu Ihrer Bestellung {o} schreiben wir Ihnen nur, wenn es
um die Lieferung geht.

Mit freundlichen Grüßen
Teehaus Ostfriesland""")

    o, b = order("mistkuebel", "de", "Mistkübel Edelstahl 30 l mit Deckel", tld="at")
    case("at-mistkuebel-barsch-analyse", "relay", [],
         "Austrian seller: 'Mistkübel' (bin), 'Saugroboter', 'Analyse' and 'Schlauchnippel' contain offensive "
         "substrings but are ordinary words; an answer about the lid mechanism.",
         to=b, frm="Haushalt Huber e.U. <office@haushalt-huber.at>",
         reply="Der Deckel vom Mistkübel schließt nicht mehr leise.",
         subject=f"AW: Deckel schließt laut - Bestellung {o}", text=f"""Grüß Gott Frau Pichler,

danke für Ihre Nachricht zu Bestellung {o}. Bei unserer Analyse ähnlicher
Fälle war fast immer der Dämpfer unter dem Deckel verstellt: Das kleine
Rädchen am hinteren Scharnier regelt, wie schnell der Deckel schließt.

Drehen Sie es bitte eine halbe Umdrehung im Uhrzeigersinn. Stellen Sie den
Mistkübel außerdem nicht direkt neben den Saugroboter-Ladeplatz; der
Roboter stößt ihn sonst bei jeder Fahrt an.

(Die Frage zum Schlauchnippel für den Gartenschlauch leiten wir an die
Kollegen weiter; der Nippel passt auf alle 1/2-Zoll-Anschlüsse.)

Mit freundlichen Grüßen
Haushalt Huber""")

    o, b = order("angel", "de", "Spinnrute 2,40 m für Barsch und Zander")
    case("barsch-schwanzfeder-koeder", "relay", [],
         "Angling shop: 'Barsch' (perch), 'Schwanzfeder' (tail feather of the lure) are ordinary words "
         "containing offensive substrings; a reply with handling advice.",
         to=b, frm="Angelsport Petri <info@angelsport-petri.de>",
         reply="Welche Köder empfehlen Sie für die Rute im Sommer?",
         subject=f"AW: Köder für die Spinnrute ({o})", text=f"""Petri Heil Herr Lange,

zur Rute aus Bestellung {o}: Für Barsch im Sommer sind kleine Gummifische
(5-7 cm) und Spinner der Größe 2 ideal. Für Zander nehmen Sie lieber
10-12 cm Gummifische am Jigkopf mit 10-14 g.

Bei Streamern mit Schwanzfeder achten Sie darauf, dass die Feder nach jedem
Wurf frei steht; sonst läuft der Köder unsauber.

Petri Heil
Ihr Team von Angelsport Petri""")

    o, b = order("umlaute", "de", "Rollladen-Gurtwickler, 5 m Gurt")
    case("ae-oe-ue-schreibweise-rueckfrage", "relay", [],
         "Written on a keyboard without umlauts (ae/oe/ue, ss): the message asks which Gurtbreite the buyer "
         "needs, information required to complete the order.",
         to=b, frm="Bauhaus-Shop Koenig <verkauf@baubedarf-koenig.de>",
         subject=f"Rueckfrage zu Ihrer Bestellung {o} (Gurtbreite)", text=f"""Guten Tag,

vielen Dank fuer Ihre Bestellung {o}. Den Gurtwickler gibt es fuer 14 mm
und fuer 23 mm breite Gurte; in Ihrer Bestellung fehlt leider die Angabe.

Bitte messen Sie kurz die Breite Ihres Rollladengurtes und teilen Sie uns
das Mass mit. Danach versenden wir den passenden Wickler sofort.

Mit freundlichen Gruessen
Baubedarf Koenig""")

    o, b = order("iso15", "de", "Messerblock mit 6 Messern, Eiche")
    case("iso-8859-15-qp-euro-erstattet", "relay", [],
         "ISO-8859-15 quoted-printable reply (with €): the buyer's cancellation was done and the amount "
         "erstattet; a reply may confirm what the buyer asked.",
         to=b, frm="Schneidwerk Solingen <service@schneidwerk-solingen.de>",
         charset="iso-8859-15",
         reply="Bitte stornieren Sie meine Bestellung, ich habe mich vertan.",
         subject=f"AW: Stornierung Bestellung {o}", text=f"""Sehr geehrte Frau Roth,

wie gewünscht haben wir Ihre Bestellung {o} storniert. Der Betrag von
89,90 € wurde Ihnen über Amazon vollständig erstattet.

Mit freundlichen Grüßen
Schneidwerk Solingen""")

    o, b = order("widerruf-ok", "de", "Staubsauger beutellos 900 W")
    case("widerrufsbelehrung-ohne-kontaktdaten", "relay", [],
         "A reply quoting the Widerrufsbelehrung, adapted to point to Amazon's messaging instead of an "
         "address, phone and e-mail: no contact data, no link.",
         to=b, frm="Elektro Maier <service@elektro-maier.de>",
         reply="Wie lange habe ich Zeit, den Sauger zurückzugeben?",
         subject=f"AW: Widerrufsfrist ({o})", text=f"""Guten Tag Herr Fischer,

für Ihre Bestellung {o} gilt das gesetzliche Widerrufsrecht. Auszug aus
unserer Widerrufsbelehrung:

"Sie haben das Recht, binnen vierzehn Tagen ohne Angabe von Gründen diesen
Vertrag zu widerrufen. Die Widerrufsfrist beträgt vierzehn Tage ab dem Tag,
an dem Sie die Waren in Besitz genommen haben. Um Ihr Widerrufsrecht
auszuüben, genügt eine eindeutige Erklärung über Ihr Amazon-Konto
(Bestellungen > Artikel zurücksenden)."

Die Frist läuft bei Ihnen also bis zum 18.06.2026.

Mit freundlichen Grüßen
Elektro Maier""")

    o, b = order("html-ok", "de", "Espressokocher 6 Tassen, Aluminium")
    case("html-shoptool-liste-amazon-link", "relay", [],
         "Shop-tool HTML without font, colour or alignment overrides; one https Amazon link with explanatory "
         "text; a neutral Bewertungsanfrage.",
         to=b, frm="Caffè Sud <service@caffe-sud.de>",
         subject=f"Ihr Espressokocher - erste Zubereitung ({o})", html=page(f"""<p>Guten Tag,</p>
<p>damit der erste Kaffee aus Ihrem Espressokocher (Bestellung {o}) gut schmeckt:</p>
<ul>
<li>Die ersten zwei Kannen mit altem Kaffeepulver kochen und wegschütten.</li>
<li>Wasser nur bis unter das Ventil einfüllen.</li>
<li>Den Kocher auf mittlerer Stufe erhitzen und vom Herd nehmen, sobald es blubbert.</li>
</ul>
<p>Wenn Sie mögen, teilen Sie Ihre Erfahrung in einer
<a href="https://www.amazon.de/review/review-your-purchases/?asin=B0D7M2K4QX">Produktbewertung auf Amazon</a>.</p>
<p>Mit freundlichen Grüßen<br>
Caffè Sud</p>"""))

    o, b = order("ch-grueezi", "de", "Taschenmesser Ranger 55, rot")
    case("ch-grueezi-zoll-ss", "relay", [],
         "Swiss seller (no ß, 'Grüezi') asks the buyer for the engraving text: information needed to complete "
         "a custom order; CHF and a customs note are not prices of a promotion.",
         to=b, frm="Messerschmiede Brunner AG <bestellung@messer-brunner.ch>",
         subject=f"Gravurtext für Ihr Taschenmesser - Bestellung {o}", text=f"""Grüezi Herr Meier

Besten Dank für Ihre Bestellung {o}. Sie haben eine Gravur gewählt, im
Bestellfeld steht aber kein Text. Bitte teilen Sie uns mit, welcher Text
(maximal 20 Zeichen) auf die Klinge soll.

Das Messer wird aus der Schweiz versandt; die Verzollung ist im Preis
enthalten, es fallen für Sie keine weiteren Gebühren an.

Freundliche Grüsse
Messerschmiede Brunner AG""")

    o, b = order("exakt30", "de", "Luftentfeuchter 20 l/Tag", delivered="2026-05-16T12:00:00Z")
    case("genau-30-tage-bewertung", "relay", [],
         "Delivered exactly 30 days before now: the window has not expired; a neutral Bewertungsanfrage.",
         to=b, frm="Klimaprofi Ost <service@klimaprofi-ost.de>", day=15,
         subject=f"Ihre Meinung zum Luftentfeuchter ({o})", text=f"""Guten Tag,

Ihr Luftentfeuchter aus Bestellung {o} ist seit einem Monat im Einsatz.
Denken Sie daran, den Luftfilter auf der Rückseite alle zwei Wochen
auszuspülen.

Über eine Produktbewertung auf Amazon würden wir uns freuen.

Mit freundlichen Grüßen
Klimaprofi Ost""")

    o, b = order("bilingual", "de", "Reisekoffer Hartschale 75 cm")
    case("zweisprachig-de-en", "relay", [],
         "Bilingual German/English message to an amazon.de buyer: includes the buyer's language, passes.",
         to=b, frm="Travelgear Europe <care@travelgear-europe.de>",
         subject=f"TSA-Schloss / TSA lock - Bestellung / order {o}", text=f"""Guten Tag,

zu Ihrem Koffer (Bestellung {o}): Das TSA-Zahlenschloss ist ab Werk auf
0-0-0 eingestellt. Drücken Sie mit einem Kugelschreiber in die kleine
Öffnung neben den Rädchen, stellen Sie Ihre Zahl ein und lassen Sie los.

Hello,

about your suitcase (order {o}): the TSA combination lock is set to 0-0-0.
Press a pen into the small hole next to the dials, set your combination
and release it.

Mit freundlichen Grüßen / Kind regards
Travelgear Europe""")

    o, b = order("repeat1", "de", "Yogamatte Naturkautschuk 4 mm")
    case("bewertung-erste-anfrage", "relay", [],
         "First review request for this order: permitted (the next case repeats it).",
         to=b, frm="Om Studio Shop <namaste@omstudio-shop.de>", day=10,
         subject=f"Deine Yogamatte - wie gefällt sie dir? ({o})", text=f"""Hallo Lena,

deine Yogamatte (Bestellung {o}) riecht in den ersten Tagen nach
Naturkautschuk; das verfliegt, wenn du sie ein paar Stunden ausgerollt lüftest.

Wir würden uns freuen, wenn du uns auf Amazon eine Bewertung schreibst.

Liebe Grüße
Anna von Om Studio""")
    repeat_order = (o, b)

    o, b = order("attrib", "de", "Bohrhammer SDS-plus 800 W")
    case("zitat-attribution-buyer-alias", "relay", [],
         "A reply whose quote attribution carries the buyer's own marketplace alias (ignored by "
         "content.email-address); the answer names a drill bit size.",
         to=b, frm="Werkzeug Hahn <service@werkzeug-hahn.de>",
         reply="Welche Bohrer passen in den Bohrhammer?",
         attribution=f"Am 12.06.2026 um 18:22 schrieb {b}:",
         subject=f"AW: Passende Bohrer ({o})", text=f"""Guten Tag,

in den Bohrhammer aus Bestellung {o} passen alle Bohrer mit SDS-plus-Schaft
von 4 bis 26 mm. Für Fliesen nehmen Sie bitte zuerst einen Fliesenbohrer
ohne Schlag und schalten erst danach auf Hammerbohren um.

Mit freundlichen Grüßen
Werkzeug Hahn""")

    # ================================================================ violations: B order context
    o, b = order("no-id", "de", "Kaminholzregal Metall, 100 cm")
    case("keine-bestellnummer-proaktiv", "reject", ["order-id.missing"],
         "Proactive message (asks for the delivery floor) without the 17-digit order ID anywhere.",
         to=b, frm="Feuer & Stahl <service@feuerundstahl.de>",
         subject="Rückfrage zu Ihrer Lieferung", text="""Sehr geehrte Damen und Herren,

für die Zustellung Ihres Kaminholzregals benötigt unsere Spedition noch die
Angabe, in welchem Stockwerk Sie wohnen und ob ein Aufzug vorhanden ist.

Mit freundlichen Grüßen
Feuer & Stahl""")

    o, b = order("unknown-id", "de", "Duschkopf Regenbrause 25 cm")
    fake = "302-4418207-9930158"
    case("unbekannte-bestellnummer", "reject", ["order-id.unknown"],
         "The order ID in the message (a typo) is not in the store for this seller.",
         to=b, frm="Bad & Design <service@badunddesign.de>",
         subject=f"Ihre Bestellung {fake} - Anschlussgewinde", text=f"""Guten Tag,

zu Ihrer Bestellung {fake}: Die Regenbrause hat ein 1/2-Zoll-Gewinde. Bitte
teilen Sie uns mit, ob Ihr Duscharm ebenfalls 1/2 Zoll hat; sonst legen wir
einen Adapter kostenlos bei.

Mit freundlichen Grüßen
Bad & Design""")

    o, b = order("mismatch", "de", "Kinderschreibtisch höhenverstellbar")
    other = buyer(_rnd, "de")
    case("falscher-kaeufer", "reject", ["order-id.buyer-mismatch"],
         "The order's stored buyer address is not the recipient.",
         to=other, frm="Kinderzimmerwelt <service@kinderzimmerwelt.de>",
         subject=f"Montagetermin für Bestellung {o}", text=f"""Hallo,

für den Aufbauservice zu Bestellung {o} schlagen wir Mittwoch, den
17.06.2026, zwischen 9 und 13 Uhr vor. Passt Ihnen das?

Viele Grüße
Kinderzimmerwelt""")

    o, b = order("expired", "de", "Wasserkocher Glas 1,7 l", delivered="2026-05-10T12:00:00Z")
    case("bewertung-nach-36-tagen", "reject", ["window.expired"],
         "Proactive review request 36 days after delivery: outside the 30-day window.",
         to=b, frm="Küchenliebe <hallo@kuechenliebe.de>",
         subject=f"Wie zufrieden sind Sie? Bestellung {o}", text=f"""Guten Tag,

vor gut einem Monat haben Sie bei uns einen Wasserkocher gekauft (Bestellung
{o}). Gegen Kalk hilft es, ihn einmal im Monat mit Zitronensäure zu entkalken.

Wir freuen uns über eine Bewertung auf Amazon.

Mit freundlichen Grüßen
Küchenliebe""")

    o, b = order("lang", "de", "Heizlüfter 2000 W mit Thermostat")
    case("englisch-an-de-kaeufer", "quarantine", ["language.mismatch"],
         "A proactive message in English only to an amazon.de buyer whose language is German.",
         to=b, frm="Heatwave EU <support@heatwave-eu.com>",
         subject=f"Your heater - order {o}", text=f"""Hello,

we noticed that the heater from order {o} was shipped with the older
manual. Please note: the frost protection mode is the snowflake symbol,
not the "eco" button as printed on page 4.

Kind regards,
Heatwave EU""")

    # ================================================================ violations: C message types
    o, b = order("versand", "de", "Bodenstaubsauger Allergy, beutellos", shipped="2026-06-12T08:00:00Z",
                 delivered="")
    case("versandbestaetigung-sendungsnummer", "quarantine", ["type.order-confirmation"],
         "A proactive dispatch confirmation with carrier and tracking number: Amazon already sends it.",
         to=b, frm="Sauber & Co. <versand@sauber-und-co.de>", day=12,
         subject=f"Ihre Bestellung {o} wurde versandt", text=f"""Guten Tag,

gute Nachrichten: Ihre Bestellung {o} hat heute unser Lager verlassen und
ist mit DPD unterwegs zu Ihnen.

Sendungsnummer: 01905023 5518 37
Voraussichtliche Zustellung: Montag, 15.06.2026

Mit freundlichen Grüßen
Ihr Versandteam von Sauber & Co.""")

    o, b = order("danke", "de", "Duftkerze Lavendel im Glas, 3er-Set")
    case("nur-danke-gerne-fuer-sie-da", "quarantine", ["type.thank-you-only"],
         "Says only thank you and that the shop is there if there are questions.",
         to=b, frm="Kerzenzauber <hallo@kerzenzauber.de>",
         subject=f"Danke für Ihre Bestellung {o}", text=f"""Liebe Kundin, lieber Kunde,

herzlichen Dank für Ihren Einkauf bei Kerzenzauber (Bestellung {o})!
Wir hoffen, Sie haben viel Freude mit Ihren Kerzen.

Bei Fragen sind wir jederzeit gerne für Sie da.

Herzliche Grüße
Ihr Kerzenzauber-Team""")

    o, b = order("neukunde", "de", "Bio-Hundefutter Lamm & Reis, 12 kg")
    case("gutscheincode-neukundenrabatt", "quarantine", ["type.marketing"],
         "A Gutscheincode / Neukundenrabatt for the next order: promotional messaging, including vouchers.",
         to=b, frm="Napfglück <hallo@napfglueck.de>",
         subject=f"Ihr Hundefutter ist da - Bestellung {o}", text=f"""Hallo,

Ihr Bio-Hundefutter (Bestellung {o}) sollte inzwischen angekommen sein.
Stellen Sie das Futter bitte schrittweise über sieben Tage um, damit sich
der Magen Ihres Hundes daran gewöhnt.

Als Neukunde erhalten Sie bei Ihrem nächsten Einkauf 15 % Rabatt: Geben
Sie einfach den Rabattcode NAPF15 ein.

Viele Grüße
Napfglück""")

    o, b = order("insta", "de", "Makramee-Wandbehang groß, natur")
    case("folgt-uns-auf-instagram", "quarantine", ["type.marketing"],
         "A social-media follow request ('folgt uns auf Instagram') in a casual du message.",
         to=b, frm="Knotenliebe <moin@knotenliebe.de>",
         subject=f"Dein Wandbehang - kleine Pflegeanleitung ({o})", text=f"""Moin Sarah,

dein Makramee (Bestellung {o}) ist aus unbehandelter Baumwolle. Wenn sich
die Fransen kräuseln, einfach kurz mit Wasser besprühen und glatt kämmen.

Du willst sehen, was wir sonst noch knüpfen? Folgt uns auf Instagram unter
knotenliebe.atelier, da zeigen wir jede Woche neue Stücke!

Liebe Grüße
Jule""")

    o, b = order("newsletter", "de", "Gewürzset Orient, 8 Gläser")
    case("newsletter-anmeldung-werbung", "quarantine", ["type.marketing"],
         "An invitation to subscribe to the newsletter for offers: promotional messaging.",
         to=b, frm="Gewürzkontor Hamburg <info@gewuerzkontor-hh.de>",
         subject=f"Ihre Gewürze - Bestellung {o}", text=f"""Guten Tag,

die Gewürze aus Ihrer Bestellung {o} bleiben am aromatischsten, wenn Sie sie
dunkel und unter 20 Grad lagern.

Übrigens: In unserem Newsletter gibt es jeden Monat neue Rezepte und
exklusive Angebote. Melden Sie sich einfach in unserem Shop an und sichern
Sie sich 5 € Willkommensrabatt.

Mit würzigen Grüßen
Gewürzkontor Hamburg""")

    o, b = order("fuenfsterne", "de", "LED-Schreibtischlampe dimmbar")
    case("fuenf-sterne-bewertung-erstattung", "reject", ["review.incentive"],
         "A refund of 5 € for a Fünf-Sterne-Bewertung: compensation tied to a positive review.",
         to=b, frm="Lichtblick Leuchten <service@lichtblick-leuchten.de>", tolerated=("type.marketing",),
         subject=f"Ihre Schreibtischlampe ({o})", text=f"""Hallo,

Ihre Lampe aus Bestellung {o} hat fünf Helligkeitsstufen und drei
Lichtfarben; halten Sie die Taste zwei Sekunden gedrückt, um umzuschalten.

Für eine Fünf-Sterne-Bewertung auf Amazon erstatten wir Ihnen 5 € vom
Kaufpreis. Schicken Sie uns einfach einen Screenshot.

Viele Grüße
Lichtblick Leuchten""")

    o, b = order("gutschein-rez", "de", "Seidenkissenbezug 40 x 80, champagner")
    case("rezension-amazon-gutschein", "reject", ["review.incentive"],
         "An Amazon-Gutschein as a thank-you for a Rezension: a gift card tied to a review.",
         to=b, frm="Seidentraum <kontakt@seidentraum.de>", tolerated=("type.marketing",),
         subject=f"Ein kleines Dankeschön - Bestellung {o}", text=f"""Sehr geehrte Kundin,

waschen Sie den Seidenbezug aus Bestellung {o} bitte nur bei 30 Grad im
Wäschesack und ohne Weichspüler.

Als Dankeschön für Ihre Rezension auf Amazon erhalten Sie von uns einen
Amazon-Gutschein über 10 €. Senden Sie uns dazu einfach den Link zu Ihrer
Rezension.

Mit freundlichen Grüßen
Seidentraum""")

    o, b = order("sternebew", "de", "Handyhülle Leder iPhone 15, cognac")
    case("sternebewertung-am-besten-fuenf", "reject", ["review.incentive"],
         "Persuades towards a positive rating ('am besten natürlich mit fünf Sternen').",
         to=b, frm="Lederwerk Berlin <hallo@lederwerk-berlin.de>",
         subject=f"Deine Handyhülle ({o})", text=f"""Hey Max,

deine Hülle (Bestellung {o}) wird mit der Zeit dunkler und bekommt eine
schöne Patina. Ein Tropfen Lederbalsam alle paar Monate reicht.

Wir freuen uns riesig über eine Sternebewertung - am besten natürlich mit
fünf Sternen, das hilft uns kleinen Shops enorm!

Beste Grüße
Tom von Lederwerk""")

    o, b = order("loeschen", "de", "Akku-Heckenschere 50 cm")
    case("rezension-anpassen-oder-loeschen", "reject", ["review.removal-request"],
         "After resolving a problem, asks the buyer to adjust or delete the negative Rezension.",
         to=b, frm="Grünschnitt Profi <service@gruenschnitt-profi.de>",
         reply="Die Heckenschere startet nicht. Ich habe das auch in meiner Rezension geschrieben.",
         subject=f"AW: Heckenschere startet nicht ({o})", text=f"""Sehr geehrter Herr Schäfer,

bei der Heckenschere aus Bestellung {o} muss die Sicherheitstaste vorne und
der Schalter hinten gleichzeitig gedrückt werden; sie startet nicht, wenn
nur einer der beiden gedrückt ist.

Da das Problem damit gelöst ist, wären wir Ihnen sehr dankbar, wenn Sie Ihre
Rezension anpassen oder löschen könnten.

Mit freundlichen Grüßen
Grünschnitt Profi""")

    o, b = order("ueberdenken", "de", "Mikrowelle 20 l mit Grill")
    case("ein-stern-bewertung-ueberdenken", "reject", ["review.removal-request"],
         "Asks the buyer to reconsider their 1-Stern-Bewertung after the replacement: an update request.",
         to=b, frm="Elektrohaus Wolf <service@elektrohaus-wolf.de>",
         reply="Die Mikrowelle kam mit Delle an. 1 Stern.",
         subject=f"AW: Delle an der Mikrowelle - {o}", text=f"""Sehr geehrte Frau Neumann,

ein neues Gerät zu Bestellung {o} ist heute an Sie rausgegangen; das
beschädigte holt DHL bei Ihnen ab.

Vielleicht mögen Sie Ihre 1-Stern-Bewertung noch einmal überdenken, jetzt
wo wir das Problem gelöst haben?

Mit freundlichen Grüßen
Elektrohaus Wolf""")

    o, b = order("gating-sie", "de", "Bambus-Schneidebrett-Set, 3-teilig")
    case("nur-wenn-zufrieden-sonst-zuerst-uns", "reject", ["review.conditional"],
         "Review gating: a review if satisfied, otherwise contact the seller first.",
         to=b, frm="Bambusliebe <service@bambusliebe.de>", tolerated=("review.incentive",),
         subject=f"Ihre Schneidebretter ({o})", text=f"""Guten Tag,

ölen Sie Ihre Bretter aus Bestellung {o} bitte alle paar Wochen mit etwas
Speiseöl ein und spülen Sie sie nur von Hand.

Wenn Sie mit den Brettern zufrieden sind, freuen wir uns über eine
Bewertung. Falls nicht, melden Sie sich bitte zuerst bei uns, bevor Sie
eine Bewertung abgeben.

Mit freundlichen Grüßen
Bambusliebe""")

    o, b = order("gating-du", "de", "Kletterseil 9,8 mm, 60 m")
    case("du-wenn-happy-bewertung-sonst-schreib", "reject", ["review.conditional"],
         "Casual gating ('wenn du happy bist ... wenn nicht, schreib uns lieber direkt').",
         to=b, frm="Vertical Gear <crew@vertical-gear.de>", tolerated=("review.incentive",),
         subject=f"Dein Seil ist da! ({o})", text=f"""Hey Jonas!

Dein Seil (Bestellung {o}) solltest du vor dem ersten Einsatz einmal
komplett ablegen und von Hand aufnehmen, dann kringelt es nicht.

Wenn du happy mit dem Seil bist, lass uns gern ne Bewertung auf Amazon da.
Wenn nicht, schreib uns lieber direkt, bevor du was postest.

Liebe Grüße
Basti""")

    o2, b2 = repeat_order
    case("bewertung-zweite-anfrage", "reject", ["review.repeat"],
         "A second review request for the same order after the first was relayed.",
         to=b2, frm="Om Studio Shop <namaste@omstudio-shop.de>", day=14, after=["bewertung-erste-anfrage"],
         subject=f"Erinnerung: deine Meinung zur Yogamatte ({o2})", text=f"""Hallo Lena,

nur eine kurze Erinnerung: Wir würden uns sehr über deine Bewertung zur
Yogamatte (Bestellung {o2}) auf Amazon freuen.

Liebe Grüße
Anna von Om Studio""")

    o, b = order("oos-storno", "de", "Gaming-Headset 7.1, weiß", **OOS)
    case("ausverkauft-bitte-stornieren", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Out of stock: asks the buyer to cancel the order themselves and confirms no adjustment.",
         to=b, frm="Gamerzone <support@gamerzone-shop.de>",
         subject=f"Problem mit Ihrer Bestellung {o}", text=f"""Hallo,

leider ist das Headset aus Ihrer Bestellung {o} ausverkauft und wir bekommen
so schnell keinen Nachschub.

Bitte stornieren Sie die Bestellung über Ihr Amazon-Konto unter "Meine
Bestellungen". Vielen Dank für Ihr Verständnis.

Viele Grüße
Gamerzone""")

    o, b = order("oos-future", "de", "Hängesessel Rattan mit Gestell", **OOS)
    case("nicht-lieferbar-wir-werden-erstatten", "quarantine", ["order-problem.no-adjustment"],
         "Cannot ship (ausverkauft) and only promises a future refund ('werden ... erstatten'): no "
         "confirmation that the amount was adjusted.",
         to=b, frm="Loungewerk <info@loungewerk.de>",
         subject=f"Ihre Bestellung {o} kann nicht geliefert werden", text=f"""Sehr geehrte Frau Koch,

leider können wir Ihre Bestellung {o} nicht ausliefern: Der Hängesessel ist
ausverkauft und wird vom Hersteller nicht mehr produziert.

Wir werden Ihnen den Kaufpreis in den nächsten Tagen erstatten.

Mit freundlichen Grüßen
Loungewerk""")

    o, b = order("retoure-hinweis", "de", "Winterjacke Herren Gr. L, oliv")
    case("ruecksendung-hinweis-ohne-frage", "quarantine", ["return.unnecessary"],
         "Proactive return message that neither asks for information nor offers a partial refund.",
         to=b, frm="Nordwind Mode <retoure@nordwind-mode.de>",
         subject=f"Ihre Rücksendung zu Bestellung {o}", text=f"""Guten Tag,

wir haben gesehen, dass Sie die Winterjacke aus Bestellung {o} zurücksenden
möchten. Schade!

Bitte senden Sie die Jacke ungetragen und mit Etikett zurück. Das
Rücksendeetikett finden Sie in Ihrem Amazon-Konto.

Mit freundlichen Grüßen
Nordwind Mode""")

    # ================================================================ violations: D content
    o, b = order("http", "de", "Nähmaschine Computer 200 Stiche")
    case("http-link-pflegehinweise", "reject", ["link.insecure"],
         "An http:// link to the seller's own instructions page in plain text.",
         to=b, frm="Nähparadies <service@naehparadies.de>",
         reply="Wie fädle ich den Unterfaden ein?",
         subject=f"AW: Unterfaden einfädeln ({o})", text=f"""Hallo Frau Busch,

eine bebilderte Anleitung zum Einfädeln für Ihre Maschine aus Bestellung
{o} finden Sie hier: http://www.naehparadies.de/anleitungen/unterfaden

Viele Grüße
Nähparadies""")

    o, b = order("https-faq", "de", "Saugroboter mit Wischfunktion")
    case("https-link-eigene-faq", "reject", ["link.external"],
         "An https link to the seller's own FAQ site: not Amazon, not needed for order completion.",
         to=b, frm="Robohaus <hilfe@robohaus.de>",
         reply="Der Roboter findet seine Ladestation nicht.",
         subject=f"AW: Ladestation wird nicht gefunden ({o})", text=f"""Guten Tag,

stellen Sie die Ladestation zu Bestellung {o} bitte mit mindestens 50 cm
Abstand links und rechts an eine Wand.

Weitere Tipps: https://www.robohaus.de/faq/ladestation

Mit freundlichen Grüßen
Robohaus""")

    o, b = order("impressum-voll", "de", "Kaffeemühle elektrisch, Kegelmahlwerk")
    case("impressum-telefon-email-website", "reject",
         ["content.email-address", "content.phone-number", "link.external"],
         "A full Impressum footer: the law requiring it does not exempt it; the shop's Telefon, E-Mail and "
         "website link are forbidden contact data and an external link.",
         to=b, frm="Mahlwerk Manufaktur <service@mahlwerk-manufaktur.de>",
         reply="Welchen Mahlgrad nehme ich für French Press?",
         subject=f"AW: Mahlgrad French Press ({o})", text=f"""Guten Tag Herr Albrecht,

für French Press stellen Sie die Mühle aus Bestellung {o} auf Stufe 14 bis
16 (grob). Für Espresso wären es Stufe 2 bis 4.

Mit freundlichen Grüßen
Ihr Team der Mahlwerk Manufaktur

--
Mahlwerk Manufaktur GmbH
Röstereiweg 8, 01067 Dresden
Geschäftsführer: Konrad Weiß
Amtsgericht Dresden, HRB 38814
USt-IdNr.: DE 299 401 772
Telefon: +49 351 48 22 190
E-Mail: service@mahlwerk-manufaktur.de
Website: https://www.mahlwerk-manufaktur.de
""")

    o, b = order("servicehotline", "de", "Waschtrockner 9/6 kg")
    case("eigene-servicehotline", "reject", ["content.phone-number"],
         "The shop's own Servicehotline; DHL is mentioned paragraphs earlier, not next to the number.",
         to=b, frm="Hausgeräte Zentrum Kühn <service@hgz-kuehn.de>",
         reply="Wann kommt die Lieferung mit Anschluss?",
         subject=f"AW: Lieferung mit Anschluss ({o})", text=f"""Sehr geehrte Frau Berger,

der Waschtrockner aus Bestellung {o} wird nicht von DHL, sondern von unserem
eigenen Montageteam geliefert und angeschlossen.

Das Team ruft Sie am Vortag an und nennt Ihnen ein Zeitfenster. Bitte
sorgen Sie dafür, dass Wasserhahn und Abfluss frei zugänglich sind.

Für Rückfragen erreichen Sie unsere Servicehotline Mo-Fr von 9 bis 17 Uhr
unter 030 / 609 84 77-0.

Mit freundlichen Grüßen
Hausgeräte Zentrum Kühn""")

    o, b = order("widerruf-kontakt", "de", "Standmixer 1,5 l, 1200 W")
    case("widerrufsbelehrung-mit-telefon-email", "reject", ["content.email-address", "content.phone-number"],
         "The standard Widerrufsbelehrung with the seller's Tel. and E-Mail filled in: contact data are "
         "forbidden even in a legally required text.",
         to=b, frm="Mixwerk <service@mixwerk.de>",
         reply="Kann ich den Mixer noch zurückgeben?",
         subject=f"AW: Rückgabe Mixer ({o})", text=f"""Guten Tag,

selbstverständlich, für Bestellung {o} gilt unsere Widerrufsbelehrung:

Sie haben das Recht, binnen vierzehn Tagen ohne Angabe von Gründen diesen
Vertrag zu widerrufen. Um Ihr Widerrufsrecht auszuüben, müssen Sie uns
(Mixwerk GmbH, Lindenallee 22, 50668 Köln, Tel. 0221 98 76 54 30,
E-Mail: widerruf@mixwerk.de) mittels einer eindeutigen Erklärung über Ihren
Entschluss, diesen Vertrag zu widerrufen, informieren.

Mit freundlichen Grüßen
Mixwerk""")

    o, b = order("optout", "de", "Fahrradschloss Faltschloss 90 cm")
    case("abmelden-antworten-stopp", "reject", ["link.opt-out"],
         "Opt-out text ('antworten Sie mit ABMELDEN') under a review request.",
         to=b, frm="Bikesafe <team@bikesafe.de>",
         subject=f"Ihr Faltschloss - Bestellung {o}", text=f"""Guten Tag,

die beiden Schlüssel zu Ihrem Faltschloss (Bestellung {o}) haben dieselbe
Nummer; notieren Sie sie, dann können wir Ersatz nachliefern.

Wir freuen uns über Ihre Bewertung auf Amazon.

Sie möchten keine weiteren Nachrichten von uns erhalten? Antworten Sie
einfach mit ABMELDEN.""")

    o, b = order("austragen", "de", "Blumensamen-Mischung Bienenweide, 500 g")
    case("austragen-link-list-unsubscribe", "reject", ["link.opt-out", "link.external"],
         "An 'austragen' link to the seller's site and a List-Unsubscribe header.",
         to=b, frm="Saatgut Sonnenfeld <info@saatgut-sonnenfeld.de>",
         headers=[("List-Unsubscribe", "<https://www.saatgut-sonnenfeld.de/abmelden?id=88213>")],
         subject=f"Aussaat-Tipps zu Ihrer Bestellung {o}", text=f"""Guten Tag,

säen Sie die Bienenweide aus Bestellung {o} jetzt bis Ende Juni auf
lockerem Boden aus, etwa 5 g pro Quadratmeter, und halten Sie die Fläche
zwei Wochen feucht.

Keine Mails mehr von uns? Hier austragen:
https://www.saatgut-sonnenfeld.de/abmelden?id=88213""")

    o, b = order("zip", "de", "Wandregal Eiche 3er-Set")
    case("rechnung-und-agb-als-zip", "reject", ["attachment.not-allowed"],
         "Invoice and terms sent as a ZIP archive: archives are always refused.",
         to=b, frm="Holzform <rechnung@holzform.de>",
         reply="Können Sie mir die Rechnung schicken?",
         subject=f"AW: Rechnung {o}", text=f"""Guten Tag,

anbei die Rechnung zu Bestellung {o} sowie unsere AGB.

Mit freundlichen Grüßen
Holzform""",
         attach=[(zip_bytes({"Rechnung_RE-2026-7713.pdf": make_pdf("RE-2026-7713", ["Rechnung", f"{o}"],
                                                                      producer="sevDesk"),
                             "AGB.txt": "Allgemeine Geschäftsbedingungen der Holzform GmbH\n".encode()},
                            date_time=(2026, 6, 12, 9, 0, 0)), "application", "zip", "Rechnung_AGB.zip")])

    o, b = order("logo-link", "de", "Gartenschlauch 25 m, flexibel")
    case("logo-verlinkt-shop", "reject", ["image.logo-link", "link.external"],
         "The shop logo is wrapped in a link to the seller's website.",
         to=b, frm="Grünfink Garten <service@gruenfink-garten.de>",
         reply="Der Schlauch knickt am Anschluss.",
         subject=f"AW: Schlauch knickt ({o})",
         html=page(f"""<p><a href="https://www.gruenfink-garten.de"><img src="cid:gflogo" alt="Grünfink Garten Logo"
width="150" height="44"></a></p>
<p>Guten Tag,</p>
<p>zum Schlauch aus Bestellung {o}: Schrauben Sie die Knickschutzspirale über den
Anschluss, bevor Sie die Kupplung aufstecken. Dann knickt er nicht mehr ab.</p>
<p>Mit freundlichen Grüßen<br>Grünfink Garten</p>"""),
         related=[(logo_png("Gruenfink"), "image", "png", "gflogo", "gruenfink-logo.png")])

    o, b = order("pixel", "de", "Fleece-Decke 150 x 200, grau")
    case("zaehlpixel-shoptool", "reject", ["image.tracking-pixel", "style.image-alt"],
         "A 1x1 open-tracking pixel from the shop tool, without alt text.",
         to=b, frm="Kuschelwerk <service@kuschelwerk.de>",
         subject=f"Ihre Decke - Waschhinweise ({o})",
         html=page(f"""<p>Guten Tag,</p>
<p>Ihre Fleece-Decke aus Bestellung {o} waschen Sie am besten bei 30 Grad und
ohne Weichspüler; nicht in den Trockner.</p>
<p>Mit freundlichen Grüßen<br>Kuschelwerk</p>
<img src="https://t.shopmailer.de/o/7f3a91c2e8/30x-kw-22871.gif" width="1" height="1" alt="">"""))

    o, b = order("scheisse", "de", "Aufbewahrungsbox Holz mit Deckel")
    case("du-scheisse-spedition", "quarantine", ["content.sensitive"],
         "Casual apology that calls the courier's handling 'Scheiße': offensive language.",
         to=b, frm="Kistenkram <hallo@kistenkram.de>",
         reply="Die Box kam total zerdrückt an!",
         subject=f"AW: Box zerdrückt ({o})", text=f"""Hey Paula,

oh nein, sorry! Da hat der Paketdienst echt Scheiße gebaut. Wir schicken dir
heute eine neue Box zu Bestellung {o}, die alte kannst du behalten.

LG
Ben von Kistenkram""")

    o, b = order("arschloch", "de", "Ringlicht 26 cm mit Stativ")
    case("fahrer-arschloch", "quarantine", ["content.sensitive"],
         "Calls the delivery driver an 'Arschloch': offensive language.",
         to=b, frm="Studiolicht <info@studiolicht-shop.de>",
         reply="Der Fahrer hat das Paket einfach über den Zaun geworfen.",
         subject=f"AW: Paket über den Zaun geworfen - {o}", text=f"""Hallo Herr Keller,

so ein Arschloch - das tut uns wirklich leid. Wir haben den Vorfall beim
Paketdienst gemeldet. Falls das Ringlicht aus Bestellung {o} beschädigt ist,
senden wir sofort Ersatz.

Viele Grüße
Studiolicht""")

    o, b = order("email-sig", "de", "Kinderwagen-Regenschutz universal")
    case("email-adresse-signatur", "reject", ["content.email-address"],
         "An e-mail address in the signature ('Schreiben Sie uns an ...').",
         to=b, frm="Babyland Schröder <info@babyland-schroeder.de>",
         reply="Passt der Regenschutz auch auf einen Buggy?",
         subject=f"AW: Passt der Regenschutz? ({o})", text=f"""Hallo Frau Ludwig,

ja, der Regenschutz aus Bestellung {o} passt auf alle Buggys bis 110 cm
Höhe; die Gummibänder spannen Sie um die Schiebestange.

Bei weiteren Fragen schreiben Sie uns gern direkt an
kundenservice@babyland-schroeder.de.

Herzliche Grüße
Babyland Schröder""")

    # ================================================================ violations: E styling
    o, b = order("emoji", "de", "Kuscheltier Faultier 40 cm")
    case("du-emoji-lg", "reject", ["style.emoji"],
         "Casual du message with an emoji after 'LG'.",
         to=b, frm="Plüschparadies <hallo@pluesch-paradies.de>",
         reply="Kann man das Faultier waschen?",
         subject=f"AW: Faultier waschen? ({o})", text=f"""Hey Jonas!

Klar, das Faultier aus Bestellung {o} darf bei 30 Grad in die Maschine,
am besten im Wäschenetz. Danach an der Luft trocknen lassen.

LG 😊
Nina""")

    o, b = order("emoticon", "de", "Brettspiel Die Siedler, Jubiläumsedition")
    case("emoticon-viel-spass", "reject", ["style.emoji"],
         "An ASCII emoticon ':-)' in an otherwise formal answer.",
         to=b, frm="Spielwiese Köln <team@spielwiese-koeln.de>",
         reply="Im Spiel fehlen zwei Straßen aus Holz.",
         subject=f"AW: Fehlende Spielteile ({o})", text=f"""Guten Tag Herr Arnold,

die zwei fehlenden Holzstraßen zu Bestellung {o} schicken wir Ihnen heute
per Brief. Viel Spaß beim nächsten Spieleabend :-)

Mit freundlichen Grüßen
Spielwiese Köln""")

    o, b = order("outlook", "de", "Bürostuhl-Rollen 11 mm, 5 Stück")
    case("outlook-calibri-msonormal", "reject", ["style.font-override"],
         "Outlook HTML: MsoNormal paragraphs with font-family Calibri and a colour in the style attributes.",
         to=b, frm="Bürobedarf Krämer <info@buerobedarf-kraemer.de>", crlf=True,
         reply="Passen die Rollen auf meinen Stuhl?",
         subject=f"AW: Passen die Rollen? ({o})",
         text=f"""Guten Tag,

die Rollen aus Bestellung {o} haben einen 11-mm-Stift und passen auf fast
alle Bürostühle.

Mit freundlichen Grüßen
Bürobedarf Krämer""",
         html=f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" lang="de">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
--></style></head>
<body lang="DE" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
<p class="MsoNormal">Guten Tag,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">die Rollen aus Bestellung {o} haben einen 11-mm-Stift und passen auf fast alle
B&uuml;rost&uuml;hle.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="color:#1F3864">Mit freundlichen Gr&uuml;&szlig;en<br>
B&uuml;robedarf Kr&auml;mer</span><o:p></o:p></p>
</div></body></html>
""")

    o, b = order("fonttag", "de", "Kaffeebecher Steingut 4er-Set", tld="at")
    case("font-tag-arial-farbe", "reject", ["style.font-override"],
         "Austrian shop HTML with <font face=\"Arial\" color=\"#333333\">.",
         to=b, frm="Keramik Steiner <office@keramik-steiner.at>",
         reply="Sind die Becher spülmaschinenfest?",
         subject=f"AW: Spülmaschine? ({o})",
         html=page(f"""<font face="Arial" color="#333333">
<p>Grüß Gott,</p>
<p>ja, die Becher aus Bestellung {o} sind spülmaschinenfest und mikrowellengeeignet.</p>
<p>Mit freundlichen Grüßen<br>Keramik Steiner</p>
</font>"""))

    o, b = order("center", "de", "Rosenschere Bypass, Profi")
    case("zentriertes-logo-und-text", "reject", ["style.alignment"],
         "A centred logo and centred body (align=\"center\"); the logo itself is not linked.",
         to=b, frm="Gartenwelt Albers <service@gartenwelt-albers.de>",
         reply="Wie schärfe ich die Schere?",
         subject=f"AW: Schere schärfen ({o})",
         html=page(f"""<div align="center">
<p><img src="cid:gwlogo" alt="Gartenwelt Albers" width="180" height="50"></p>
<p>Guten Tag,</p>
<p>die Rosenschere aus Bestellung {o} schärfen Sie mit einem Diamant-Schleifstab nur
an der abgeschrägten Seite der Klinge, fünf- bis sechsmal in Schneidrichtung.</p>
<p>Mit freundlichen Grüßen<br>Gartenwelt Albers</p>
</div>"""),
         related=[(logo_png("GARTENWELT", size=(180, 50)), "image", "png", "gwlogo", "logo.png")])

    o, b = order("linebreaks", "de", "Fensterputzroboter mit Sicherungsseil")
    case("drei-leerzeilen-vor-signatur", "reject", ["style.line-breaks"],
         "Plain text with three blank lines before the signature (four newlines in a row).",
         to=b, frm="Glanzwerk <service@glanzwerk.de>",
         reply="Der Roboter fällt manchmal vom Fenster ab.",
         subject=f"AW: Roboter fällt ab ({o})", text=f"""Guten Tag,

bitte befestigen Sie das Sicherungsseil des Roboters aus Bestellung {o}
immer am Fenstergriff und reinigen Sie die Saugfläche vor jedem Einsatz
mit einem feuchten Tuch.



Mit freundlichen Grüßen
Glanzwerk""")

    o, b = order("http-img", "de", "Aquarium-Heizstab 100 W")
    case("bild-ueber-http", "reject", ["image.insecure"],
         "An explanatory diagram loaded over http://.",
         to=b, frm="Aquaristik Lorenz <service@aquaristik-lorenz.de>",
         reply="Wo bringe ich den Heizstab am besten an?",
         subject=f"AW: Heizstab anbringen ({o})",
         html=page(f"""<p>Guten Tag,</p>
<p>den Heizstab aus Bestellung {o} bringen Sie schräg in der Nähe der Filterströmung an:</p>
<p><img src="http://img.aquaristik-lorenz.de/anleitung/heizstab-position.png" alt="Skizze: Heizstab schräg neben dem Filterauslass" width="400" height="220"></p>
<p>Mit freundlichen Grüßen<br>Aquaristik Lorenz</p>"""))

    o, b = order("hier", "de", "Akku-Bohrschrauber 18 V, 2 Akkus")
    case("link-text-hier", "reject", ["style.link-text"],
         "An Amazon link whose text is only 'hier' ('Klicken Sie hier').",
         to=b, frm="Werkstatt Otto <service@werkstatt-otto.de>",
         reply="Kann ich einen dritten Akku kaufen?",
         subject=f"AW: Ersatzakku ({o})",
         html=page(f"""<p>Guten Tag,</p>
<p>ja, für den Bohrschrauber aus Bestellung {o} passt jeder 18-V-Akku der Serie.
Den Akku finden Sie <a href="https://www.amazon.de/dp/B0C4HX92L1">hier</a>.</p>
<p>Mit freundlichen Grüßen<br>Werkstatt Otto</p>"""))

    o, b = order("fontsizes", "de", "Kinder-Laufrad 12 Zoll, mint")
    case("vier-schriftgroessen", "reject", ["style.font-sizes"],
         "Four distinct font sizes (h2, 14px, 12px, 10px).",
         to=b, frm="Kleine Räder <hallo@kleineraeder.de>",
         reply="Ab welcher Größe passt das Laufrad?",
         subject=f"AW: Laufrad Größe ({o})",
         html=page(f"""<h2>Ihr Laufrad</h2>
<p style="font-size:14px">Das Laufrad aus Bestellung {o} passt ab einer Schrittlänge von 30 cm.</p>
<p style="font-size:12px">Die Sattelhöhe lässt sich von 30 bis 40 cm einstellen.</p>
<p style="font-size:10px">Kleine Räder - Ihr Laufradspezialist</p>"""))

    o, b = order("breit", "de", "Sonnensegel dreieckig 5 m, sand")
    case("breites-banner-600px", "reject", ["style.image-width"],
         "A 600 px wide header banner (above 80 % of the 600 px reference).",
         to=b, frm="Schattenspender <service@schattenspender.de>",
         reply="Wie spanne ich das Segel richtig?",
         subject=f"AW: Segel spannen ({o})",
         html=page(f"""<p><img src="cid:banner" alt="Schattenspender - Sonnensegel und Zubehör" width="600" height="90"></p>
<p>Guten Tag,</p>
<p>spannen Sie das Sonnensegel aus Bestellung {o} mit leichtem Gefälle, damit Regen ablaufen kann.</p>
<p>Mit freundlichen Grüßen<br>Schattenspender</p>"""),
         related=[(banner_png("SCHATTENSPENDER", 600), "image", "png", "banner", "banner.png")])

    o, b = order("margin", "de", "Tischdecke Leinen 140 x 240")
    case("padding-25-prozent", "reject", ["style.margin"],
         "A wrapper with 25 % left and right padding.",
         to=b, frm="Leinenhaus <service@leinenhaus.de>",
         reply="Läuft die Tischdecke beim Waschen ein?",
         subject=f"AW: Einlaufen ({o})",
         html=page(f"""<div style="padding:0 25%">
<p>Guten Tag,</p>
<p>die Tischdecke aus Bestellung {o} ist vorgewaschen und läuft bei 40 Grad höchstens 2 % ein.</p>
<p>Mit freundlichen Grüßen<br>Leinenhaus</p>
</div>"""))

    o, b = order("gif", "de", "Partyzelt 3 x 6 m, weiß")
    case("animiertes-gif-danke", "reject", ["style.animated-gif"],
         "An animated GIF banner in an answer.",
         to=b, frm="Festzelt Profi <info@festzelt-profi.de>",
         reply="Wie viele Personen brauche ich zum Aufbauen?",
         subject=f"AW: Aufbau Partyzelt ({o})",
         html=page(f"""<p><img src="cid:anim" alt="Festzelt Profi" width="220" height="56"></p>
<p>Guten Tag,</p>
<p>für das Zelt aus Bestellung {o} empfehlen wir vier Personen; zu zweit geht es auch, dauert aber etwa
doppelt so lange.</p>
<p>Mit freundlichen Grüßen<br>Festzelt Profi</p>"""),
         related=[(animated_gif(("FESTZELT", "PROFI")), "image", "gif", "anim", "festzelt.gif")])

    o, b = order("latin1", "de", "Daunenkissen 80 x 80, mittelfest")
    case("iso-8859-1-servicenummer", "reject", ["content.phone-number"],
         "ISO-8859-1 quoted-printable message with the shop's own 'Kundenservice' number in the footer.",
         to=b, frm="Federwerk Bayern <service@federwerk-bayern.de>", charset="iso-8859-1",
         reply="Kann ich das Kissen aufschütteln, wenn es flach wird?",
         subject=f"AW: Kissen flach ({o})", text=f"""Grüß Gott Frau Huber,

ja, schütteln Sie das Kissen aus Bestellung {o} jeden Morgen kräftig auf
und lüften Sie es gelegentlich im Schatten.

Mit freundlichen Grüßen
Federwerk Bayern
Kundenservice: 089 / 45 21 88 - 0 (Mo-Fr 8-16 Uhr)""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_de,))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="twentyfifth"), verify)
    verdicts: dict[str, int] = {}
    for entry in labels:
        verdicts[entry["verdict"]] = verdicts.get(entry["verdict"], 0) + 1
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}; {verdicts}")


if __name__ == "__main__":
    main()
