#!/usr/bin/env python3
"""Build the twenty-first labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_twentyfirst/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. Every message is written natively (not translated from English)
in German, French, Spanish, Italian or Japanese. Angle: the heuristic rules of RULES.md sections B-C
(language.mismatch, type.*, review.*, order-problem.*, return.unnecessary) and content.sensitive in each
language's own idioms and registers (Sie/du, vous, usted/tú, Lei/tu, keigo/teineigo/casual), regional variants
(Austrian and Swiss German, Belgian and Canadian French, Mexican Spanish), colloquialisms, typos and missing
accents, compounds, and compliant near-misses with the same vocabulary.
"""

from __future__ import annotations

import random
import sys
from email.header import Header
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

_rnd = random.Random(21_2026_0615)
_PREFIX = {"de": "30", "at": "30", "fr": "40", "com.be": "40", "ca": "70", "es": "40", "com.mx": "70", "it": "40",
           "co.jp": "25"}
_TLD = {"de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T09:30:00Z", shipped="2026-06-02T14:00:00Z",
                 delivered="2026-06-05T11:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
LATIN1 = {"charset": "iso-8859-1"}
B64 = {"cte": "base64"}
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-11T08:00:00Z"}
PENDING = {"shipped": "", "delivered": "", "purchased": "2026-06-12T16:00:00Z"}

ALL = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "language.mismatch",
       "type.order-confirmation", "type.thank-you-only", "type.marketing", "review.incentive",
       "review.removal-request", "review.conditional", "review.repeat", "order-problem.cancellation-request",
       "order-problem.no-adjustment", "return.unnecessary", "link.insecure", "link.external", "link.opt-out",
       "content.email-address", "content.phone-number", "content.sensitive", "style.link-text", "style.emoji",
       "style.font-override", "style.alignment", "style.line-breaks"]


def _d(day: int) -> str:
    return mail_date(day, "09:40:00", "+0200")


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str, text: str,
         lang: str, day: int = 13, reply: str = "", tolerated: tuple[str, ...] = (), enc: dict | None = None,
         html: bool = False, after: tuple[str, ...] = (), subject_charset: str = "", crlf: bool = False) -> None:
    """`reply` is the buyer's quoted message: the case then answers a buyer (In-Reply-To/References).
    `html` adds a text/html alternative built from the text. Every rule of ALL not in `rules` (or tolerated)
    must stay silent; content.spelling is tolerated everywhere (typos and missing accents are part of the angle)."""
    hdrs = reply_headers(f"0102019b.t21.{slug[:24]}") if reply else []
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = text.strip("\n") + "\n"
    if reply:
        body += "\n" + quote(reply) + "\n"
    tol = (*tolerated, "content.spelling")
    absent = [r for r in ALL if r not in rules and r not in tol]
    hbody = page(text2html(body), lang) if html else None
    msg = mk(frm, to, subject, _d(day), f"<t21.{slug}@{dom}>", headers=hdrs, text=body, html=hbody,
             **(enc or {}))
    if subject_charset:
        enc_subj = Header(subject, subject_charset, header_name="Subject").encode(maxlinelen=70)
        msg._headers = [(k, enc_subj if k == "Subject" else v) for k, v in msg._headers]
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, after=after, crlf=crlf, lang=lang)


# --------------------------------------------------------------------------------------------
# Deutsch (Deutschland, Österreich, Schweiz)
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = order("at-review", "de", "Zirbenkissen 40x40 cm, Bezug Leinen", tld="at")
    case("at-bewertungsanfrage-ein-bis-fuenf-sterne", "relay", [],
         "Neutrale Bewertungsanfrage (österreichisch): 'ob ein Stern oder fünf' nennt beide Enden der Skala und "
         "drängt nicht zu einer positiven Bewertung; kein Vorteil, keine Bedingung.",
         to=b, frm="Zirbenwerk Tirol <service@zirbenwerk.at>", lang="de", day=10,
         subject=f"Ihr Zirbenkissen - Bestellung {o}", text=f"""Grüß Gott,

Ihr Zirbenkissen (Bestellung {o}) ist jetzt seit ein paar Tagen bei Ihnen.
Ein kleiner Tipp vorweg: Die Zirbenflocken duften am stärksten, wenn Sie
das Kissen alle paar Wochen kurz durchkneten. Den Leinenbezug können Sie
bei 40 Grad waschen, die Füllung bitte nicht.

Wenn Sie ein paar Minuten Zeit haben, würden wir uns über Ihre
Kundenrezension auf Amazon freuen - ob ein Stern oder fünf, uns hilft jede
ehrliche Rückmeldung, und anderen Kundinnen und Kunden auch.

Mit freundlichen Grüßen aus Innsbruck
Ihr Zirbenwerk-Team""")

    o, b = order("ch-teil", "de", "Fondue-Caquelon Gusseisen 24 cm")
    case("ch-teilerstattung-statt-ruecksendung", "relay", [],
         "Schweizer Schreibweise (ss statt ß): Antwort auf eine Rücksendung mit dem Angebot einer "
         "Teilerstattung, wenn der Kunde den Artikel behält: ausdrücklich erlaubt.",
         to=b, frm="Chuchichäschtli Versand <kundendienst@chuchi-versand.ch>", lang="de",
         reply="Das Caquelon hat aussen einen kleinen Emailleabsplitterer. Ich möchte es zurückschicken.",
         subject=f"AW: Rücksendung Caquelon, Bestellung {o}", text=f"""Grüezi

Besten Dank für Ihre Nachricht und die Beschreibung des Absplitterers am
Caquelon aus der Bestellung {o}.

Da der Schaden aussen am Rand liegt und die Kochfläche nicht betrifft, können
wir Ihnen Folgendes anbieten: Sie behalten das Caquelon, und wir erstatten
Ihnen 15 Euro des Kaufpreises zurück. Das Caquelon ist so weiterhin
uneingeschränkt für Käse- und Schokoladenfondue geeignet.

Ist das für Sie in Ordnung? Falls Sie das Caquelon trotzdem lieber
zurückschicken möchten, ist das selbstverständlich auch möglich, dann
erstatten wir nach Eingang den vollen Betrag.

Freundliche Grüsse
Reto Gasser
Chuchichäschtli Versand""")

    o, b = order("lieferverz", "de", "Akku-Rasenmäher 36 V, Schnittbreite 42 cm", **PENDING)
    case("lieferverzoegerung-neuer-termin", "relay", [],
         "Hinweis auf eine Lieferverzögerung mit neuem Versanddatum: von den Richtlinien verlangt, keine "
         "Versandbestätigung (es wurde noch nichts verschickt), keine Stornobitte.",
         to=b, frm="GartenProfi Direkt <bestellungen@gartenprofi-direkt.de>", lang="de", enc=LATIN1,
         subject=f"Verzögerung Ihrer Bestellung {o}", text=f"""Sehr geehrte Kundin, sehr geehrter Kunde,

leider müssen wir Ihnen mitteilen, dass sich der Versand Ihres
Akku-Rasenmähers (Bestellung {o}) verzögert. Die Lieferung des
Herstellers an unser Lager ist erst für den 22. Juni angekündigt, also eine
Woche später als in der Verfügbarkeitsangabe genannt.

Wir verschicken Ihren Rasenmäher am Tag des Wareneingangs. Bei einer
Paketlaufzeit von ein bis zwei Werktagen rechnen wir mit der Zustellung
am 24. oder 25. Juni.

Wir bitten die Verzögerung zu entschuldigen.

Mit freundlichen Grüßen
Ihr Team von GartenProfi Direkt""")

    o, b = order("oos-erstattet", "de", "Espressotassen-Set Steingut, 6-teilig", **OOS)
    case("nicht-vorraetig-betrag-erstattet", "relay", [],
         "Nicht lieferbar, aber mit Bestätigung der Erstattung des vollen Betrags und dem Grund (kein "
         "Lagerbestand); 'Sie müssen keine Stornierung beantragen' ist das Gegenteil einer Stornobitte.",
         to=b, frm="Tassenliebe <shop@tassenliebe.de>", lang="de", html=True,
         subject=f"Ihre Bestellung {o}: Artikel nicht lieferbar", text=f"""Hallo,

es tut uns sehr leid: Das Espressotassen-Set aus Ihrer Bestellung {o}
ist bei uns nicht mehr vorrätig, und die Manufaktur kann es in diesem Jahr
nicht mehr nachliefern.

Wir haben den vollen Bestellbetrag deshalb heute über Amazon erstattet, mit
dem Grund "kein Lagerbestand". Die Gutschrift erscheint je nach Zahlungsart
innerhalb von drei bis fünf Werktagen auf Ihrem Konto. Sie müssen dafür
nichts tun und auch keine Stornierung beantragen.

Entschuldigen Sie bitte die Unannehmlichkeiten.

Viele Grüße
Jana von Tassenliebe""")

    o, b = order("gutschein-frage", "de", "Trinkflasche Edelstahl 1 l, isoliert")
    case("antwort-gutscheincode-rabattaktion-erklaert", "relay", [],
         "Antwort auf die Frage, warum ein Amazon-Gutscheincode nicht galt: erklärt die Bedingungen einer "
         "abgelaufenen Rabattaktion, bietet nichts an; Gutscheincode/Rabattaktion als Erklärung, keine Werbung.",
         to=b, frm="Aquaflask <hilfe@aquaflask.de>", lang="de",
         reply="Ich hatte einen Gutscheincode über 10 %, der wurde bei meiner Bestellung nicht abgezogen. Warum?",
         subject=f"AW: Gutscheincode nicht abgezogen - Bestellung {o}", text=f"""Hallo,

danke für Ihre Nachfrage zu Bestellung {o}.

Der Gutscheincode, den Sie erwähnen, gehörte zu einer Rabattaktion, die am
31. Mai um Mitternacht geendet hat. Ihre Bestellung ist am 1. Juni
eingegangen, deshalb hat Amazon den Code nicht mehr angenommen. Auf die
Aktionsbedingungen haben wir als Verkäufer leider keinen Einfluss.

Der Preis, den Sie bezahlt haben, ist der reguläre Preis der Flasche; es
wurde nichts zu viel berechnet.

Beste Grüße
Tobias Kern
Aquaflask Kundenservice""")

    o, b = order("schaden", "de", "Stehleuchte Messing, Glasschirm opal")
    case("bewertung-des-transportschadens-nochmals", "relay", [],
         "'Bewertung des Transportschadens' (Schadensbeurteilung), 'Analyse' und 'nochmals danke' in einer "
         "Antwort zu einem Glasbruch: weder Bewertungsanfrage noch Wiederholung noch anstößige Sprache.",
         to=b, frm="Lichtwerk Leuchten <kundenservice@lichtwerk-leuchten.de>", lang="de",
         reply="Der Glasschirm kam zerbrochen an. Fotos anbei.",
         subject=f"AW: Glasschirm zerbrochen (Bestellung {o})", text=f"""Guten Tag,

nochmals danke für die Fotos des zerbrochenen Glasschirms.

Die Bewertung des Transportschadens durch den Paketdienst ist inzwischen
abgeschlossen. Die Analyse der Verpackung hat ergeben, dass der Karton von
oben eingedrückt wurde; die Leuchte selbst ist laut Ihren Fotos unbeschädigt.

Ein neuer Glasschirm zu Bestellung {o} geht morgen kostenlos an Sie raus,
doppelt in Luftpolsterfolie verpackt. Die Scherben können Sie über das
Altglas entsorgen; bitte nicht in den Hausmüll.

Freundliche Grüße
Sabine Wolff
Lichtwerk Leuchten""")

    # ---- violations ----
    o, b = order("dankeschoen", "de", "Bartöl Zeder & Bergamotte 50 ml")
    case("kleines-dankeschoen-gratis-probeset", "reject", ["review.incentive"],
         "Ein 'kleines Dankeschön' (Gratis-Probeset bei der nächsten Bestellung) für eine Rezension: "
         "Gegenleistung und künftiger Vorteil für eine Bewertung.",
         to=b, frm="Bartmanufaktur Nord <moin@bartmanufaktur-nord.de>", lang="de",
         tolerated=("type.marketing",),
         subject=f"Dein Bartöl - Bestellung {o}", text=f"""Moin!

Dein Bartöl aus Bestellung {o} sollte inzwischen angekommen sein.
Kleiner Tipp: Drei bis vier Tropfen reichen, am besten nach dem Duschen,
wenn die Haut noch warm ist. Einmassieren, dann mit dem Kamm in
Wuchsrichtung durchkämmen.

Hast du kurz Zeit für eine Rezension auf Amazon? Als kleines Dankeschön
legen wir dir bei deiner nächsten Bestellung ein Gratis-Probeset mit
unseren drei Bartbalsamen bei - schreib uns einfach, wenn deine Bewertung
online ist.

Bärtige Grüße
Hauke von der Bartmanufaktur Nord""")

    o, b = order("zufrieden-frage", "de", "Kaffeemühle manuell, Keramikmahlwerk")
    case("zufrieden-frage-dann-fuenf-sterne-sonst-zuerst-uns", "reject", ["review.conditional"],
         "Gating als Frage: 'Sind Sie zufrieden? Dann freuen wir uns über fünf Sterne. Falls nicht, melden "
         "Sie sich bitte zuerst bei uns, bevor Sie bewerten.'",
         to=b, frm="Mahlgut Kaffeezubehör <service@mahlgut.de>", lang="de", html=True,
         tolerated=("review.incentive",),
         subject=f"Ihre Kaffeemühle - Bestellung {o}", text=f"""Guten Tag,

vielen Dank für Ihren Einkauf (Bestellung {o}). Zum Einstellen des
Mahlgrads: Für Espresso drehen Sie das Rad ganz zu und dann drei Klicks
zurück, für French Press etwa zwölf Klicks.

Sind Sie mit der Mühle zufrieden? Dann freuen wir uns sehr über eine
Sternebewertung mit fünf Sternen auf Amazon. Falls nicht, melden Sie sich
bitte zuerst bei uns, bevor Sie eine Bewertung abgeben - wir finden
bestimmt eine Lösung.

Mit freundlichen Grüßen
Ihr Mahlgut-Team""")

    o, b = order("at-anpassen", "de", "Schneidebrett Zirbe, 45 x 30 cm", tld="at")
    case("at-rezension-anpassen-jetzt-geloest", "reject", ["review.removal-request"],
         "Antwort an einen Kunden, der eine 2-Sterne-Rezension geschrieben hat: 'Wäre es möglich, dass Sie "
         "Ihre Rezension anpassen?' ist die Bitte, eine bestehende Bewertung zu ändern.",
         to=b, frm="Holzstube Salzkammergut <office@holzstube-skg.at>", lang="de",
         reply="Das Brett hat sich nach dem ersten Abwaschen verzogen. Ich habe das auch in meiner Rezension geschrieben.",
         subject=f"AW: Brett verzogen - Bestellung {o}", text=f"""Servus,

das tut uns leid mit dem Brett aus der Bestellung {o}. Zirbenholz
verzieht sich, wenn es nass liegen bleibt. Legen Sie es bitte über Nacht
flach unter ein paar Bücher, dann wird es wieder gerade. Ab jetzt am besten
nur feucht abwischen und aufrecht trocknen lassen.

Wäre es möglich, dass Sie Ihre 2-Sterne-Rezension anpassen, jetzt wo
das Problem gelöst ist? Das würde uns als kleinem Familienbetrieb sehr
helfen.

Liebe Grüße aus Gmunden
Familie Hofer""")

    case("at-nochmals-an-bewertung-erinnern", "reject", ["review.repeat"],
         "Zweite Bewertungsanfrage ('nochmals erinnern') für dieselbe Bestellung, nachdem die erste Anfrage "
         "bereits weitergeleitet wurde.",
         to=ORDERS["at-review"]["buyer_email"], frm="Zirbenwerk Tirol <service@zirbenwerk.at>", lang="de",
         day=14, after=("at-bewertungsanfrage-ein-bis-fuenf-sterne",),
         subject=f"Kurze Erinnerung - Bestellung {ORDERS['at-review']['order_id']}",
         text=f"""Grüß Gott,

wir möchten Sie nochmals an eine Kundenrezension zu Ihrem Zirbenkissen
(Bestellung {ORDERS['at-review']['order_id']}) erinnern. Ihre ehrliche
Meinung auf Amazon hilft anderen beim Kauf.

Mit freundlichen Grüßen
Ihr Zirbenwerk-Team""")

    o, b = order("versand-dhl", "de", "Yogamatte Naturkautschuk 4 mm, Salbeigrün",
                 shipped="2026-06-13T07:00:00Z", delivered="")
    case("versandbestaetigung-dhl-sendungsnummer", "quarantine", ["type.order-confirmation"],
         "Proaktive Versandbestätigung mit Paketdienst und Sendungsnummer: dupliziert Amazons eigene "
         "Versandbenachrichtigung.",
         to=b, frm="Asana Naturshop <versand@asana-naturshop.de>", lang="de", day=13,
         subject=f"Versandbestätigung zu Ihrer Bestellung {o}", text=f"""Hallo,

gute Nachrichten: Ihre Bestellung {o} hat heute unser Lager verlassen.

Versanddienstleister: DHL Paket
Sendungsnummer: 00340434161094827355
Voraussichtliche Zustellung: 16.06.2026

Die Sendungsverfolgung ist ab heute Abend aktiv.

Namaste und viele Grüße
Ihr Asana Naturshop""")

    o, b = order("neuheiten", "de", "Duftkerze Sojawachs Feige, 200 g")
    case("du-neuheiten-rabattaktion-gutscheincode", "quarantine", ["type.marketing"],
         "Per-du-Nachricht mit 'Neuheiten' aus dem Shop und einer Rabattaktion mit Gutscheincode: Werbung.",
         to=b, frm="Lumiwerk Kerzen <hallo@lumiwerk.de>", lang="de", html=True,
         subject=f"Deine Kerze ist da - Bestellung {o}", text=f"""Hey du,

schön, dass deine Feigenkerze (Bestellung {o}) gut angekommen ist!
Beim ersten Anzünden lass sie bitte so lange brennen, bis die ganze
Oberfläche geschmolzen ist, sonst bildet sich ein Tunnel.

Übrigens: Unsere Sommer-Neuheiten sind da - Limette-Basilikum und Meersalz.
Zur Rabattaktion bekommst du mit dem Gutscheincode LUMI15 bis Sonntag
15 % auf alle Duftkerzen in unserem Amazon-Shop.

Alles Liebe
Mira von Lumiwerk""")

    o, b = order("storno-bitte", "de", "Reisekoffer Hartschale M, Anthrazit", **OOS)
    case("nicht-lieferbar-bitte-stornieren-sie", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Nicht vorrätig, und der Kunde soll die Stornierung selbst beantragen; keine Bestätigung einer "
         "Erstattung oder Betragsanpassung.",
         to=b, frm="Kofferwelt24 <service@kofferwelt24.de>", lang="de", enc=LATIN1,
         subject=f"Problem mit Ihrer Bestellung {o}", text=f"""Sehr geehrter Kunde,

leider ist der Reisekoffer aus Ihrer Bestellung {o} derzeit nicht
lieferbar, unser Lieferant hat den Liefertermin auf unbestimmte Zeit
verschoben.

Wir bitten Sie daher, die Bestellung über "Meine Bestellungen" in Ihrem
Amazon-Konto zu stornieren. Sobald die Stornierung bei uns eingeht, ist der
Vorgang für Sie erledigt.

Wir bedauern die Umstände.

Mit freundlichen Grüßen
Kofferwelt24 Kundenservice""")


# --------------------------------------------------------------------------------------------
# Français (France, Belgique, Canada)
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("ca-avis", "fr", "Raquettes à neige aluminium, 25 po", tld="ca")
    case("ca-quebec-avis-neutre-langue-fr", "relay", [],
         "Client d'amazon.ca dont la langue préférée est le français : un message en français québécois est "
         "dans sa langue ; demande d'avis neutre ('quel qu'il soit').",
         to=b, frm="Plein Air Boréal <service@pleinairboreal.ca>", lang="fr", day=10,
         subject=f"Vos raquettes - commande {o}", text=f"""Bonjour,

Vos raquettes (commande {o}) sont arrivées chez vous il y a quelques
jours. Avant votre première sortie, ajustez les sangles à la maison avec vos
bottes d'hiver : c'est beaucoup plus facile que dans la neige avec des
mitaines.

Si vous avez deux minutes, votre commentaire sur Amazon nous serait
précieux, quel qu'il soit. Les autres clients magasinent en se fiant
beaucoup aux avis.

Bonne fin de semaine,
L'équipe Plein Air Boréal""")

    o, b = order("be-retour", "fr", "Gaufrier électrique 4 gaufres de Bruxelles", tld="com.be")
    case("be-retour-photo-numero-serie", "relay", [],
         "Belgique : suivi d'une demande de retour qui demande les informations nécessaires (photo de la "
         "plaque signalétique, numéro de série) ; permis.",
         to=b, frm="Gaufrerie Liégeoise SPRL <service@gaufrerie-liegeoise.be>", lang="fr",
         subject=f"Votre demande de retour - commande {o}", text=f"""Bonjour Madame, Monsieur,

Nous avons bien reçu votre demande de retour pour le gaufrier de la
commande {o}.

Pour pouvoir la traiter, il nous manque deux informations :
- une photo de la plaque signalétique sous l'appareil ;
- le numéro de série, qui commence par GB, juste en dessous.

Merci de nous transmettre ces éléments endéans les sept jours, s'il vous
plaît. Avec ces éléments, nous pourrons vous dire s'il s'agit d'un défaut couvert
et vous envoyer l'étiquette de retour.

Bien à vous,
Gaufrerie Liégeoise""")

    o, b = order("emballage", "fr", "Coffret thés bio, 12 variétés (emballage cadeau)", **PENDING)
    case("emballage-cadeau-petit-mot-question", "relay", [],
         "'Emballage cadeau' et 'petit mot' : le cadeau est la commande elle-même ; le vendeur demande le "
         "texte manquant de la carte, nécessaire pour compléter la commande.",
         to=b, frm="Maison des Thés Lyonnaise <commandes@maisondesthes-lyon.fr>", lang="fr",
         subject=f"Votre petit mot pour le coffret - commande {o}", text=f"""Bonjour,

Merci pour votre commande {o}. Vous avez choisi l'emballage cadeau
pour le coffret de thés, mais le champ du message est arrivé vide chez nous.

Quel petit mot souhaitez-vous que nous écrivions à la main sur la carte ?
Et faut-il la signer d'un prénom ? Sans réponse de votre part d'ici
mercredi, nous glisserons une carte vierge pour ne pas retarder l'envoi.

Le prix n'apparaît nulle part dans le colis.

Belle journée,
Camille, Maison des Thés""")

    o, b = order("merci-info", "fr", "Cafetière italienne inox 6 tasses")
    case("reponse-merci-avis-opinion-conseil", "relay", [],
         "Réponse à un client 'tres satisfait' : remerciements plus une vraie information (joint, induction) ; "
         "'à notre avis' est une opinion, pas une demande d'avis client.",
         to=b, frm="Café & Cie <contact@cafe-et-cie.fr>", lang="fr",
         reply="Tres satisfait de la cafetiere, mais est-ce qu'elle marche sur induction? Et le joint se change?",
         subject=f"RE: question cafetière - commande {o}", text=f"""Bonjour,

Merci beaucoup pour votre message, ça fait plaisir !

Oui, votre cafetière (commande {o}) fonctionne sur induction : le
fond est en acier magnétique. Sur une plaque de petit diamètre, chauffez à
puissance moyenne ; à notre avis, c'est là qu'elle donne le meilleur café.

Le joint se change facilement : tirez-le avec la pointe d'un couteau,
puis enfoncez le neuf avec les doigts. Comptez un joint par an si vous
l'utilisez tous les jours ; il est vendu en sachet de trois sur notre
fiche produit.

Cordialement,
Hélène, Café & Cie""")

    o, b = order("rupture-ok", "fr", "Lampe de bureau LED articulée, noir mat", **OOS)
    case("rupture-de-stock-remboursement-confirme", "relay", [],
         "Rupture de stock annoncée avec confirmation du remboursement intégral et du motif ; 'aucune "
         "démarche d'annulation à faire' n'est pas une demande d'annulation.",
         to=b, frm="Lumen Bureau <service-client@lumen-bureau.fr>", lang="fr", enc=LATIN1,
         subject=f"Problème avec votre commande {o}", text=f"""Madame, Monsieur,

Nous sommes au regret de vous informer que la lampe de votre commande
{o} est en rupture de stock : le dernier exemplaire a été
endommagé dans notre entrepôt.

Nous avons donc remboursé l'intégralité du montant de la commande ce matin,
avec le motif "rupture de stock". Vous n'avez aucune démarche d'annulation à
faire ; le remboursement apparaîtra sous quelques jours selon votre banque.

Toutes nos excuses pour ce contretemps.

Le service client Lumen Bureau""")

    o, b = order("suivi-reponse", "fr", "Tapis de course pliable 12 km/h")
    case("reponse-ou-est-mon-colis-colissimo", "relay", [],
         "Réponse à 'où est mon colis ?' avec le transporteur et le numéro de suivi : une réponse au client, "
         "pas une confirmation d'expédition proactive.",
         to=b, frm="FitMaison <sav@fitmaison.fr>", lang="fr", html=True,
         reply="Bonjour, je n'ai toujours pas recu mon tapis, pouvez vous me dire ou il en est ?",
         subject=f"RE: où est mon colis ? commande {o}", text=f"""Bonjour,

Votre tapis de course (commande {o}) a été remis au transporteur
Geodis, car il pèse plus de 30 kg et ne passe pas par La Poste.

Numéro de suivi : GE7741203398FR

D'après le transporteur, la livraison est prévue demain entre 8 h et 13 h.
Le livreur vous appellera une heure avant son passage.

Cordialement,
Le SAV FitMaison""")

    # ---- violations ----
    o, b = order("petit-cadeau", "fr", "Bougie parfumée Figuier, cire de soja")
    case("petit-cadeau-pour-avis-cinq-etoiles", "reject", ["review.incentive"],
         "'Un petit cadeau vous attend' en échange d'un avis cinq étoiles : contrepartie et persuasion vers un "
         "avis positif.",
         to=b, frm="Atelier Lueur <bonjour@atelier-lueur.fr>", lang="fr", tolerated=("type.marketing",),
         subject=f"Votre bougie Figuier - commande {o}", text=f"""Coucou !

Alors, cette bougie Figuier (commande {o}), elle vous plaît ?
Pour la première combustion, laissez-la brûler deux bonnes heures, le
temps que toute la surface fonde.

Petit secret entre nous : si vous nous laissez un avis 5 étoiles sur
Amazon, un petit cadeau vous attend dans votre prochain colis !

Douce soirée,
Manon de l'Atelier Lueur""")

    o, b = order("si-satisfait", "fr", "Sac à dos randonnée 30 L, imperméable")
    case("si-tres-satisfait-avis-sinon-ecrivez-nous", "reject", ["review.conditional"],
         "Filtrage sans accents : 'Si vous etes tres satisfait, laissez un avis ; sinon ecrivez-nous "
         "d'abord' ne demande un avis qu'aux clients contents.",
         to=b, frm="Cimes Equipement <sav@cimes-equipement.fr>", lang="fr",
         tolerated=("review.incentive",),
         subject=f"Votre sac a dos - commande {o}", text=f"""Bonjour,

Merci pour votre commande {o}. Pensez a regler les sangles de
poitrine et de hanche avant votre premiere sortie : le poids doit reposer
sur les hanches, pas sur les epaules.

Si vous etes tres satisfait de votre sac, laissez-nous un avis sur Amazon.
Sinon, ecrivez-nous d'abord avant de publier quoi que ce soit, nous
trouverons une solution.

A bientot sur les sentiers,
L'equipe Cimes""")

    o, b = order("retirer", "fr", "Poêle en fonte 28 cm, pré-culottée")
    case("reponse-retirer-commentaire-negatif", "reject", ["review.removal-request"],
         "Réponse qui règle le problème puis demande de retirer ou modifier le commentaire négatif déjà "
         "publié.",
         to=b, frm="Fonte & Fer <service@fonte-et-fer.fr>", lang="fr",
         reply="Ma poele rouille deja apres trois utilisations, j'ai laissé un commentaire.",
         subject=f"RE: poêle rouillée - commande {o}", text=f"""Bonjour,

Navrés pour la rouille sur votre poêle (commande {o}). Ce n'est pas
un défaut : la fonte doit être séchée sur le feu puis huilée après chaque
lavage. Frottez la rouille au vinaigre blanc, rincez, séchez sur le feu et
passez une fine couche d'huile ; elle sera comme neuve.

Maintenant que le souci est réglé, pourriez-vous retirer votre commentaire
négatif, ou au moins le modifier ? Cela compte beaucoup pour une petite
fonderie comme la nôtre.

Cordialement,
Fonte & Fer""")

    case("ca-de-nouveau-votre-avis", "reject", ["review.repeat"],
         "Deuxième demande d'avis ('de nouveau') pour la même commande après une première demande relayée.",
         to=ORDERS["ca-avis"]["buyer_email"], frm="Plein Air Boréal <service@pleinairboreal.ca>", lang="fr",
         day=14, after=("ca-quebec-avis-neutre-langue-fr",),
         subject=f"Votre avis - commande {ORDERS['ca-avis']['order_id']}",
         text=f"""Bonjour,

Nous nous permettons de vous écrire de nouveau au sujet de vos raquettes
(commande {ORDERS['ca-avis']['order_id']}) : avez-vous eu le temps de laisser
un commentaire sur Amazon ? Votre avis nous aide beaucoup.

Merci et bonne journée,
L'équipe Plein Air Boréal""")

    o, b = order("merci-long", "fr", "Service à thé porcelaine de Limoges, 6 tasses")
    case("long-message-merci-seulement", "quarantine", ["type.thank-you-only"],
         "Plusieurs paragraphes de remerciements et d'offres d'aide, sans aucune information ni demande : "
         "un message qui ne dit que merci.",
         to=b, frm="Porcelaines du Limousin <contact@porcelaines-limousin.fr>", lang="fr", html=True,
         subject=f"Merci ! - commande {o}", text=f"""Chère cliente, cher client,

Toute l'équipe des Porcelaines du Limousin tient à vous remercier
chaleureusement pour votre commande {o}.

Nous sommes une petite maison familiale, et chaque commande compte
énormément pour nous. Savoir que notre service à thé a trouvé sa place
chez vous nous touche sincèrement.

Nous espérons de tout cœur qu'il vous accompagnera pendant de longues années
et qu'il sera de tous vos moments de partage.

Si jamais vous avez la moindre question, nous restons bien entendu à votre
entière disposition. N'hésitez surtout pas à nous écrire.

Encore mille mercis pour votre confiance.

Avec toute notre gratitude,
La famille Dubreuil""")

    o, b = order("ca-nolang", "fr", "Poêle à bois extérieur en acier, 95 kg", tld="ca", **PENDING)
    ORDERS["ca-nolang"]["buyer_language"] = ""  # no recorded language: amazon.ca's default (en) applies
    case("ca-sans-langue-message-francais-seul", "quarantine", ["language.mismatch"],
         "Client d'amazon.ca sans langue enregistrée : la langue par défaut est l'anglais ; un message en "
         "français seul n'est pas dans la langue de l'acheteur, même si la prise de rendez-vous est permise.",
         to=b, frm="Chauffage Laurentides <livraison@chauffage-laurentides.ca>", lang="fr",
         subject=f"Livraison de votre poêle - commande {o}", text=f"""Bonjour,

Votre poêle à bois (commande {o}) pèse 95 kg et sera livré sur
palette par notre transporteur. Pour planifier la livraison, pouvez-vous
nous indiquer :

- vos disponibilités la semaine prochaine (matin ou après-midi) ;
- si le camion peut se rendre jusqu'à votre entrée (pente, chemin de gravier).

Le livreur dépose la palette au sol, sans monter les marches.

Merci et bonne journée,
Chauffage Laurentides""")

    o, b = order("retour-rien", "fr", "Aspirateur à main sans fil 18 V")
    case("retour-accuse-reception-sans-question", "quarantine", ["return.unnecessary"],
         "Message sur un retour qui ne demande aucune information et ne propose pas de remboursement "
         "partiel : il se contente d'accuser réception et de regretter.",
         to=b, frm="Clean&Go <retours@cleanandgo.fr>", lang="fr",
         subject=f"Votre retour - commande {o}", text=f"""Bonjour,

Nous avons bien noté votre demande de retour concernant l'aspirateur de la
commande {o}.

Nous sommes sincèrement désolés que le produit ne vous ait pas donné
satisfaction. Votre retour sera traité selon les conditions habituelles
d'Amazon dès réception du colis dans notre entrepôt.

Nous espérons avoir l'occasion de mieux vous satisfaire à l'avenir.

Cordialement,
Le service retours Clean&Go""")


# --------------------------------------------------------------------------------------------
# Español (España, México)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("mx-resena", "es", "Molcajete de piedra volcánica 20 cm", tld="com.mx")
    case("mx-nos-regalaria-unos-minutos-resena", "relay", [],
         "México, usted: '¿Nos regalaría unos minutos para dejar su reseña?' es una petición neutra ('buena o "
         "mala'); 'regalar' aquí no es un regalo a cambio.",
         to=b, frm="Cocina de Raíz <atencion@cocinaderaiz.com.mx>", lang="es", day=10,
         subject=f"Su molcajete - pedido {o}", text=f"""Buen día,

Esperamos que su molcajete (pedido {o}) haya llegado bien. Antes de
usarlo, muela un puño de arroz crudo con un poco de sal hasta que salga
limpio; así se curan los poros de la piedra. Repita dos o tres veces.

¿Nos regalaría unos minutos para dejar su reseña en Amazon? Sea buena o
mala, su opinión honesta le sirve mucho a otros compradores.

Saludos cordiales,
Cocina de Raíz""")

    o, b = order("tu-devol", "es", "Zapatillas de trail, talla 42")
    case("tu-devolucion-foto-etiqueta-talla", "relay", [],
         "Tuteo informal: sobre una devolución, pide la foto de la etiqueta de talla que necesita para "
         "tramitar el cambio; permitido.",
         to=b, frm="Senda Running <hola@sendarunning.es>", lang="es",
         subject=f"Tu devolución - pedido {o}", text=f"""¡Hola!

Hemos visto tu solicitud de devolución de las zapatillas del pedido
{o} porque te quedan pequeñas.

Para tramitarla, ¿nos pasas una foto de la etiqueta que hay dentro de la
lengüeta? Necesitamos ver si pone 42 EU o 42 UK, porque hubo un lote con la
etiqueta mal impresa y, si es el tuyo, te damos la talla correcta sin que
tengas que esperar.

¡Un abrazo!
Lucía, de Senda Running""")

    o, b = order("parcial", "es", "Sartén antiadherente 28 cm, inducción")
    case("reembolso-parcial-se-queda-la-sarten", "relay", [],
         "Oferta de reembolso parcial si el cliente se queda la sartén con un arañazo estético: permitido "
         "expresamente.",
         to=b, frm="Menaje Castilla <clientes@menajecastilla.es>", lang="es", html=True,
         reply="La sartén tiene un arañazo en el borde. Quiero devolverla.",
         subject=f"RE: Devolución sartén - pedido {o}", text=f"""Estimado cliente:

Lamentamos el arañazo en el borde de la sartén del pedido {o}.

Como el defecto es solo estético y no afecta al antiadherente, le
proponemos lo siguiente: se queda usted la sartén y le reembolsamos 8 euros.
Si prefiere devolverla de todas formas, no hay ningún problema y le
devolveremos el importe completo al recibirla.

Quedamos a la espera de su respuesta.

Atentamente,
Menaje Castilla""")

    o, b = order("detalle-regalo", "es", "Set de acuarelas 24 colores (para regalo)")
    case("respuesta-tarjeta-regalo-sin-precio", "relay", [],
         "Respuesta sobre un pedido para regalo: 'tarjeta de regalo' y 'detalle' describen el envoltorio y "
         "la nota que el cliente pidió, no una compensación.",
         to=b, frm="Pinceles Mediterráneo <pedidos@pincelesmediterraneo.es>", lang="es",
         reply="Es un regalo para mi sobrina. ¿Podéis quitar el precio y poner una tarjeta?",
         subject=f"RE: pedido para regalo {o}", text=f"""¡Hola!

Claro que sí. El set del pedido {o} ya va sin precio: el albarán
que metemos en la caja no lleva importes cuando el pedido está marcado
para regalo.

La tarjeta de regalo va incluida; solo te falta decirnos qué quieres que
pongamos y cómo firmas. Es un detalle que hacemos a mano, así que con que
nos contestes antes del jueves llega a tiempo.

Un saludo,
Marta, Pinceles Mediterráneo""")

    o, b = order("mx-sin-stock", "es", "Licuadora de vaso de vidrio 1.5 L", tld="com.mx", **OOS)
    case("mx-sin-inventario-reembolso-total-hecho", "relay", [],
         "Sin inventario, con confirmación del reembolso total y el motivo; 'no es necesario que cancele "
         "nada' no es una petición de cancelación.",
         to=b, frm="Hogar Práctico MX <pedidos@hogarpractico.com.mx>", lang="es",
         subject=f"Problema con su pedido {o}", text=f"""Estimado cliente:

Lamentamos informarle que la licuadora de su pedido {o} ya no está
disponible: el proveedor nos avisó que la descontinuó.

Por ese motivo ya realizamos el reembolso total de su pedido en Amazon, con
la razón "sin inventario". No es necesario que cancele nada; el reembolso se
refleja en su método de pago en unos días hábiles.

Una disculpa por las molestias.

Atentamente,
Hogar Práctico""")

    o, b = order("coger", "es", "Mochila escolar con ruedas, azul")
    case("coger-paquete-oficina-correos", "relay", [],
         "España: 'puede coger el paquete en la oficina de Correos' es el verbo corriente en España; no hay lenguaje ofensivo.",
         to=b, frm="Mochilas Tajo <atencion@mochilastajo.es>", lang="es",
         reply="Me ha llegado un aviso de Correos pero no sé qué hacer.",
         subject=f"RE: aviso de Correos - pedido {o}", text=f"""Hola:

Ese aviso quiere decir que Correos intentó entregar la mochila del pedido
{o} y no había nadie en casa. Puede coger el paquete en la oficina
que indica el aviso durante quince días, con su DNI.

Si prefiere que lo lleven otra vez a domicilio, en el propio aviso viene
cómo pedir la segunda entrega. Según el seguimiento, el paquete está en
perfecto estado.

Saludos,
Mochilas Tajo""")

    # ---- violations ----
    o, b = order("detallito", "es", "Crema facial de aloe vera 50 ml")
    case("detallito-por-resena-cinco-estrellas", "reject", ["review.incentive"],
         "'Un detallito' en el próximo pedido a cambio de una reseña de cinco estrellas: compensación y "
         "persuasión hacia una reseña positiva.",
         to=b, frm="Aloe Canarias <hola@aloecanarias.es>", lang="es", tolerated=("type.marketing",),
         subject=f"¿Qué tal la crema? - pedido {o}", text=f"""¡Hola guapa!

¿Qué tal te va la crema de aloe del pedido {o}? Úsala mañana y noche
sobre la piel limpia; si tienes la piel grasa, con una cantidad del tamaño
de un garbanzo es suficiente.

Te cuento un secretito: si nos dejas una reseña de cinco estrellitas en
Amazon, te mandamos un detallito con tu próximo pedido.

¡Besitos desde Lanzarote!
Yaiza, de Aloe Canarias""")

    o, b = order("mx-gusto", "es", "Hamaca yucateca matrimonial, hilo de algodón", tld="com.mx")
    case("mx-si-le-gusto-resena-si-no-escribanos-antes", "reject", ["review.conditional"],
         "México: 'Si le gustó su hamaca, déjenos su reseña; si no, escríbanos antes de calificar': pide la "
         "reseña solo a quien quedó contento.",
         to=b, frm="Hamacas Mérida <ventas@hamacasmerida.com.mx>", lang="es",
         tolerated=("review.incentive",),
         subject=f"Su hamaca - pedido {o}", text=f"""Buenas tardes,

Su hamaca (pedido {o}) está tejida a mano en Yucatán. Para colgarla,
deje unos dos metros entre ganchos y que quede a la altura de la cadera.

Si le gustó su hamaca, déjenos su reseña en Amazon, ¡nos ayuda
muchísimo! Y si no, escríbanos antes de calificar, para que podamos
arreglarlo.

Saludos desde Mérida,
Hamacas Mérida""")

    case("mx-otra-vez-resena-mismo-pedido", "reject", ["review.repeat"],
         "Segunda solicitud de reseña ('otra vez') para el mismo pedido, tras una primera ya enviada.",
         to=ORDERS["mx-resena"]["buyer_email"], frm="Cocina de Raíz <atencion@cocinaderaiz.com.mx>", lang="es",
         day=14, after=("mx-nos-regalaria-unos-minutos-resena",),
         subject=f"Recordatorio - pedido {ORDERS['mx-resena']['order_id']}",
         text=f"""Buen día,

Le escribimos otra vez porque todavía no vemos su reseña del molcajete
(pedido {ORDERS['mx-resena']['order_id']}). ¿Podría dejarnos su opinión en
Amazon cuando tenga un momento?

Saludos cordiales,
Cocina de Raíz""")

    o, b = order("mx-cancele", "es", "Bocina Bluetooth resistente al agua", tld="com.mx", **OOS)
    case("mx-agotado-le-pedimos-que-cancele", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Producto agotado y se pide al comprador que cancele el pedido desde su cuenta, sin confirmar ningún "
         "reembolso ni ajuste.",
         to=b, frm="ElectroPlaza MX <ventas@electroplaza.com.mx>", lang="es",
         subject=f"Aviso sobre su pedido {o}", text=f"""Hola, buen día.

Le informamos que la bocina de su pedido {o} se nos agotó y no
sabemos cuándo nos vuelva a llegar.

Le pedimos de favor que cancele el pedido desde su cuenta de Amazon, en
"Mis pedidos", para que no se le quede pendiente.

Gracias por su comprensión.
ElectroPlaza""")

    o, b = order("pinche", "es", "Juego de sábanas queen, algodón egipcio", tld="com.mx", **PENDING)
    case("mx-pinche-paqueteria-retraso", "quarantine", ["content.sensitive"],
         "Aviso de retraso (permitido) escrito con groserías mexicanas sobre la paquetería ('pinche', "
         "'pendejos'): lenguaje ofensivo.",
         to=b, frm="Blancos del Bajío <pedidos@blancosdelbajio.com.mx>", lang="es",
         subject=f"Retraso en su pedido {o}", text=f"""Hola,

Le avisamos que su pedido {o} va a salir con retraso. La pinche
paquetería nos dejó plantados otra vez, son unos pendejos y no pasaron a
recoger la mercancía en toda la semana.

Ya contratamos otra empresa y su juego de sábanas sale el martes 16; le
debe llegar el jueves 18 o el viernes 19.

Disculpe la demora.
Blancos del Bajío""")

    o, b = order("novedades", "es", "Taza de cerámica artesanal, esmalte azul")
    case("novedades-cupon-descuento-coleccion", "quarantine", ["type.marketing"],
         "Tras una indicación de cuidado, anuncia las 'novedades' de la colección y un cupón de descuento: "
         "promoción.",
         to=b, frm="Barro Vivo <tienda@barrovivo.es>", lang="es", html=True,
         subject=f"Su taza - pedido {o}", text=f"""Hola:

Gracias por su pedido {o}. Su taza se puede meter en el lavavajillas,
pero el esmalte conservará mejor su brillo si la lava a mano.

¿Ha visto nuestras novedades? Acabamos de lanzar la colección Verano, con
platos y cuencos a juego. Con el cupón BARRO10 tiene un 10 % de descuento
en cualquier pieza de nuestra tienda en Amazon hasta final de mes.

Un saludo,
Barro Vivo""")


# --------------------------------------------------------------------------------------------
# Italiano
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("it-rec", "it", "Moka in alluminio 3 tazze")
    case("lei-recensione-positiva-o-negativa", "relay", [],
         "Richiesta di recensione neutra con il Lei ('positiva o negativa che sia'): nessun vantaggio, nessuna "
         "condizione.",
         to=b, frm="Caffè Partenope <assistenza@caffepartenope.it>", lang="it", day=10,
         subject=f"La Sua moka - ordine {o}", text=f"""Gentile cliente,

speriamo che la moka dell'ordine {o} Le stia già regalando
ottimi caffè. Un consiglio: i primi tre caffè buttateli, servono a
"avvinare" l'alluminio. Non la lavi mai con il detersivo, solo acqua calda.

Se ha un momento, Le saremmo grati se volesse lasciare una recensione su
Amazon, positiva o negativa che sia: ogni opinione sincera aiuta chi
deve scegliere.

Cordiali saluti,
Caffè Partenope""")

    o, b = order("it-reso", "it", "Frullatore a immersione 1000 W")
    case("reso-numero-di-serie-e-foto", "relay", [],
         "Richiesta di reso: chiede il numero di serie e una foto del gambo, informazioni necessarie per "
         "completare il reso; consentito.",
         to=b, frm="CasaElettro <resi@casaelettro.it>", lang="it", enc=LATIN1,
         subject=f"Il Suo reso - ordine {o}", text=f"""Buongiorno,

abbiamo ricevuto la Sua richiesta di reso per il frullatore dell'ordine
{o}.

Per completarla ci servono due informazioni:
1) il numero di serie, stampato sull'etichetta argentata sotto il motore;
2) una foto del gambo, per capire se la lama è bloccata o piegata.

Appena li riceviamo Le inviamo l'etichetta per la spedizione.

Distinti saluti,
Ufficio resi CasaElettro""")

    o, b = order("omaggio-campione", "it", "Crema mani alla lavanda 75 ml")
    case("risposta-campioncino-omaggio-gia-nel-pacco", "relay", [],
         "Risposta al cliente che chiedeva del campioncino omaggio indicato nella scheda prodotto: era già "
         "nel pacco; 'omaggio' qui non è legato a una recensione.",
         to=b, frm="Lavanda di Sale <info@lavandadisale.it>", lang="it",
         reply="Nella scheda c'era scritto che arrivava un campioncino omaggio, ma non lo trovo.",
         subject=f"R: campioncino - ordine {o}", text=f"""Ciao!

Il campioncino omaggio dell'ordine {o} era nel pacco, solo che lo
mettiamo sotto il cartoncino sagomato, dove si nasconde bene. Dai
un'occhiata lì: è una bustina lilla da 5 ml.

Se proprio non c'è, dimmelo e te lo rispediamo senza problemi.

Un abbraccio,
Giulia di Lavanda di Sale""")

    o, b = order("cazzuola", "it", "Cazzuola per intonaco in acciaio inox, 28 cm", **PENDING)
    case("cazzuola-manico-misura-domanda", "relay", [],
         "'Cazzuola' è un attrezzo da muratore: il venditore chiede quale manico preferisce il cliente per "
         "completare l'ordine; niente di volgare.",
         to=b, frm="Ferramenta Brianza <ordini@ferramentabrianza.it>", lang="it",
         subject=f"Domanda sul Suo ordine {o}", text=f"""Buongiorno,

grazie per l'ordine {o}. La cazzuola da 28 cm è disponibile con due
manici: in legno di faggio o in gomma antiscivolo. Nell'ordine non è
indicato quale preferisce.

Ci può rispondere con la Sua scelta? La spediamo lo stesso giorno. Se non
riceviamo risposta entro mercoledì, Le mandiamo quella con il manico in
legno, che è la più richiesta.

Cordiali saluti,
Ferramenta Brianza""")

    o, b = order("tu-grazie", "it", "Zaino da trekking 40 L")
    case("tu-grazie-e-istruzioni-parapioggia", "relay", [],
         "Risposta informale con il tu: ringraziamenti e un'informazione vera (dove si trova il "
         "parapioggia e come si usa); non solo un grazie.",
         to=b, frm="Vetta Outdoor <ciao@vettaoutdoor.it>", lang="it",
         reply="Lo zaino è bellissimo, grazie! Ma il parapioggia c'è o no?",
         subject=f"R: zaino - ordine {o}", text=f"""Ciao!

Grazie mille, ci fa piacere che lo zaino (ordine {o}) ti piaccia!

Il parapioggia c'è: è nella tasca con la zip sul fondo dello zaino, quella
con il simbolo dell'ombrello. Tiralo fuori, passalo sopra lo zaino e
stringi il cordino. Dopo l'uso lascialo asciugare aperto, prima di
rimetterlo nella tasca.

Buone camminate!
Luca di Vetta Outdoor""")

    o, b = order("it-esaurito", "it", "Set valigie 3 pezzi, rigide", **OOS)
    case("esaurito-rimborso-confermato-motivo", "relay", [],
         "Prodotto esaurito: conferma il rimborso dell'intero importo e il motivo, e precisa che non serve "
         "annullare nulla; consentito.",
         to=b, frm="Viaggi Leggeri <clienti@viaggileggeri.it>", lang="it", html=True,
         subject=f"Problema con il Suo ordine {o}", text=f"""Gentile cliente,

purtroppo il set di valigie dell'ordine {o} è esaurito e il
fornitore non ne prevede altri a breve.

Abbiamo quindi già rimborsato l'intero importo dell'ordine tramite Amazon,
indicando come motivo l'assenza di disponibilità a magazzino. Non deve
annullare nulla: l'accredito arriverà in pochi giorni lavorativi.

Ci scusiamo per il disagio.

Cordiali saluti,
Viaggi Leggeri""")

    # ---- violations ----
    o, b = order("it-omaggio", "it", "Olio extravergine d'oliva pugliese, 1 l")
    case("piccolo-omaggio-per-cinque-stelle", "reject", ["review.incentive"],
         "'Un piccolo omaggio' a chi lascia cinque stelle: compenso e spinta verso una recensione positiva.",
         to=b, frm="Frantoio Murgia <info@frantoiomurgia.it>", lang="it", tolerated=("type.marketing",),
         subject=f"Il Suo olio - ordine {o}", text=f"""Gentile cliente,

l'olio dell'ordine {o} è della raccolta di novembre. Lo conservi
lontano dalla luce e dai fornelli, con il tappo ben chiuso.

A chi ci lascia cinque stelle su Amazon riserviamo un piccolo omaggio:
una bottiglietta del nostro olio al peperoncino nella prossima spedizione.

Cordiali saluti,
Frantoio Murgia""")

    o, b = order("qualora", "it", "Bollitore elettrico in vetro 1,7 l")
    case("qualora-fosse-soddisfatto-recensione-altrimenti-prima", "reject", ["review.conditional"],
         "'Qualora fosse soddisfatto... Le chiediamo una recensione; in caso contrario ci contatti prima': "
         "richiesta di recensione solo dopo un'esperienza positiva.",
         to=b, frm="Casa Bollicine <assistenza@casabollicine.it>", lang="it", tolerated=("review.incentive",),
         subject=f"Il Suo bollitore - ordine {o}", text=f"""Gentile cliente,

La ringraziamo per l'ordine {o}. Prima del primo utilizzo faccia
bollire l'acqua due volte e la butti.

Qualora fosse soddisfatto del bollitore, Le chiediamo gentilmente di
lasciarci una recensione su Amazon; in caso contrario, ci contatti prima
di scrivere qualsiasi cosa, e troveremo una soluzione.

Cordiali saluti,
Casa Bollicine""")

    case("di-nuovo-recensione-stesso-ordine", "reject", ["review.repeat"],
         "Seconda richiesta di recensione ('di nuovo') per lo stesso ordine dopo una prima già inoltrata.",
         to=ORDERS["it-rec"]["buyer_email"], frm="Caffè Partenope <assistenza@caffepartenope.it>", lang="it",
         day=14, after=("lei-recensione-positiva-o-negativa",),
         subject=f"Ancora sulla Sua moka - ordine {ORDERS['it-rec']['order_id']}",
         text=f"""Gentile cliente,

ci permettiamo di scriverLe di nuovo: avrebbe un minuto per recensire la
moka dell'ordine {ORDERS['it-rec']['order_id']} su Amazon? La Sua opinione
per noi è preziosa.

Cordiali saluti,
Caffè Partenope""")

    o, b = order("rivedere", "it", "Cuscino memory foam cervicale")
    case("rivedere-la-sua-recensione-dopo-sostituzione", "reject", ["review.removal-request"],
         "Dopo la sostituzione, 'Le chiediamo di rivedere la Sua recensione': richiesta di modificare una "
         "recensione esistente.",
         to=b, frm="Sogni d'Oro Comfort <assistenza@sognidoro-comfort.it>", lang="it",
         reply="Il cuscino puzzava di chimico, l'ho scritto anche nella recensione.",
         tolerated=("review.incentive",),
         subject=f"R: cuscino - ordine {o}", text=f"""Gentile cliente,

ci dispiace per l'odore del cuscino dell'ordine {o}. È l'odore
del memory foam appena sottovuoto: lo tolga dalla federa e lo lasci due
giorni in una stanza arieggiata, sparisce del tutto.

Le abbiamo comunque spedito un cuscino nuovo, già arieggiato in magazzino.

Visto che il problema è risolto, Le chiediamo di rivedere la Sua recensione
e magari alzare il voto.

Cordiali saluti,
Sogni d'Oro Comfort""")

    o, b = order("brt", "it", "Tostapane 2 fette, acciaio satinato", shipped="2026-06-13T06:00:00Z", delivered="")
    case("conferma-spedizione-brt-tracciamento", "quarantine", ["type.order-confirmation"],
         "Conferma di spedizione proattiva con corriere e numero di tracciamento: duplica la notifica di "
         "Amazon.",
         to=b, frm="Colazione Italiana <spedizioni@colazioneitaliana.it>", lang="it", enc=B64,
         subject=f"Il Suo ordine {o} è stato spedito", text=f"""Gentile cliente,

Le confermiamo che il Suo ordine {o} è stato spedito oggi.

Corriere: BRT
Numero di tracciamento: 084512907731426
Consegna prevista: 16 giugno

Grazie per aver scelto Colazione Italiana.

Cordiali saluti,
Colazione Italiana""")

    o, b = order("corriere", "it", "Set di pentole in acciaio inox, 8 pezzi", **PENDING)
    case("ritardo-corriere-volgare", "quarantine", ["content.sensitive"],
         "Avviso di ritardo (consentito) con parolacce sul corriere ('quel cazzo di corriere', 'stronzi'): "
         "linguaggio offensivo.",
         to=b, frm="Pentole Emiliane <ordini@pentolemiliane.it>", lang="it",
         subject=f"Ritardo ordine {o}", text=f"""Ciao,

ti scriviamo perché l'ordine {o} partirà in ritardo: quel cazzo di
corriere non è passato a ritirare per tre giorni di fila, degli stronzi.

Abbiamo prenotato un altro ritiro per lunedì 15, quindi le pentole ti
arrivano mercoledì 17 o giovedì 18.

Scusa per l'attesa,
Pentole Emiliane""")


# --------------------------------------------------------------------------------------------
# 日本語
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("ja-rev", "ja", "南部鉄器 急須 0.6L")
    case("keigo-sotchoku-na-review", "relay", [],
         "敬語で「良い点も気になる点も率直に」とレビューをお願いする：特典も条件もない中立的な依頼。",
         to=b, frm="岩手鋳物工房 <info@iwate-imono.jp>", lang="ja", day=10, enc=JIS, subject_charset="iso-2022-jp",
         subject=f"急須のお手入れについて（注文番号 {o}）", text=f"""お客様

このたびはご注文番号 {o} の急須をお買い上げいただき、誠にありがとうございます。

ご使用後は、お湯を捨てて蓋を外し、余熱で乾かしてください。
内側の茶渋は落とさずにそのままお使いいただくと、味がまろやかになります。

お手すきの際に、Amazonのレビューにて率直なご感想をお聞かせいただけますと幸いです。
良い点も気になる点も、今後の参考にさせていただきます。

岩手鋳物工房""")

    o, b = order("ja-henpin", "ja", "電気ケトル 温度調節機能付き 1.0L")
    case("henpin-fuzokuhin-shashin-onegai", "relay", [],
         "返品のご依頼に対し、手続きに必要な情報（付属品の有無と写真）を尋ねる連絡：許可されている。",
         to=b, frm="キッチン家電ストア <henpin@kitchen-kaden.jp>", lang="ja", html=True,
         subject=f"返品手続きについて（注文番号 {o}）", text=f"""お客様

ご注文番号{o}の電気ケトルについて、返品のご依頼を承りました。

返品手続きを進めるにあたり、以下をご確認ください。
・電源プレートと取扱説明書がお手元にあるか
・本体底面のシールの写真（製造番号が記載されています）

ご返信をいただき次第、返送用の伝票をご案内いたします。

キッチン家電ストア""")

    o, b = order("ja-bubun", "ja", "ダウンジャケット メンズ Lサイズ")
    case("bubun-henkin-teian", "relay", [],
         "返品の相談への返信で、商品を手元に残す場合の一部返金を提案：許可されている。",
         to=b, frm="北国アウトドア <support@kitaguni-outdoor.jp>", lang="ja",
         reply="袖のところに小さなほつれがあります。返品したいです。",
         subject=f"Re: 返品について（注文番号 {o}）", text=f"""お客様

ご連絡ありがとうございます。ご注文番号 {o} のダウンジャケットの
袖のほつれについて、ご不便をおかけして申し訳ございません。

ほつれが小さく保温性に影響がない場合は、商品をそのままお使いいただき、
代金の一部（二千円）を返金させていただくこともできます。
もちろん、返品をご希望の場合は全額返金いたします。

どちらがよろしいか、ご返信いただけますでしょうか。

北国アウトドア""")

    o, b = order("ja-zaiko", "ja", "木製スツール ナラ材 高さ45cm", **OOS)
    case("zaikogire-henkin-kanryou-cancel-fuyou", "relay", [],
         "在庫切れの連絡だが、理由を明記して全額返金の完了を伝え、「キャンセルのお手続きは不要」と案内：許可。",
         to=b, frm="木工所やまなみ <shop@mokkou-yamanami.jp>", lang="ja", enc=JIS,
         subject=f"ご注文について（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のスツールにつきまして、
誠に申し訳ございませんが、在庫切れのためお届けすることができなくなりました。

本日、在庫切れを理由として、ご注文金額の全額を返金いたしました。
お客様側でのキャンセルのお手続きは不要です。
返金の反映までは、お支払い方法により数日かかる場合がございます。

ご迷惑をおかけし、大変申し訳ございません。

木工所やまなみ""")

    o, b = order("ja-tsuiseki", "ja", "羽毛布団 シングル")
    case("reply-yamato-tsuiseki-bangou", "relay", [],
         "「荷物はいつ届きますか」という問い合わせへの返信で配送業者と追跡番号を伝える：購入者への回答であり、"
         "発送通知ではない。",
         to=b, frm="寝具の森田屋 <info@morita-shingu.jp>", lang="ja",
         reply="まだ届いていません。いつ届きますか？",
         subject=f"Re: 配送状況について（注文番号 {o}）", text=f"""お客様

お問い合わせいただきありがとうございます。
ご注文番号 {o} の羽毛布団は、ヤマト運輸にてお届けしております。

お問い合わせ伝票番号：4470-1288-3961

配送状況を確認しましたところ、お近くの営業所に到着しており、
本日の夕方にお届け予定となっております。

寝具の森田屋""")

    o, b = order("ja-gift", "ja", "今治タオル ギフトセット（ギフト包装）", **PENDING)
    case("gift-housou-noshi-hyouki-kakunin", "relay", [],
         "ギフト包装のご注文で、のしの表書きと名入れを確認する連絡：注文を完了するための情報依頼で、"
         "「ギフト」は商品のこと。",
         to=b, frm="今治タオル工房 <order@imabari-towel-koubou.jp>", lang="ja", enc=JIS,
         subject=f"のしの表書きについて（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のタオルギフトセットをご注文いただき、ありがとうございます。

ギフト包装をご指定いただいておりますが、のしの表書きのご指定がございませんでした。
「御祝」「内祝」「御礼」のいずれにいたしましょうか。
また、のしにお名前をお入れする場合は、その表記もお知らせください。

水曜日までにご連絡がない場合は、無地ののしにて発送いたします。

今治タオル工房""")

    # ---- violations ----
    o, b = order("ja-orei", "ja", "オーガニック ほうじ茶 ティーバッグ 30包")
    case("review-toukou-sasayaka-na-orei-point", "reject", ["review.incentive"],
         "「レビューをご投稿いただいた方には、ささやかなお礼としてAmazonギフト券を」：レビューへの報酬。",
         to=b, frm="茶房ひなた <info@sabou-hinata.jp>", lang="ja", tolerated=("type.marketing",),
         subject=f"ほうじ茶のおいしい淹れ方（注文番号 {o}）", text=f"""お客様

ご注文番号{o}のほうじ茶をお届けいたしました。

熱湯を注いで一分ほど待つと、香ばしさがいちばん引き立ちます。
夏は水出しもおすすめです。

なお、レビューをご投稿いただいた方には、ささやかなお礼として
Amazonギフト券三百円分をお送りしております。

茶房ひなた""")

    o, b = order("ja-hoshi5", "ja", "ステンレス 真空断熱タンブラー 420ml")
    case("hoshi-itsutsu-kouhyouka-hagemi", "reject", ["review.incentive"],
         "「★5つの高評価をいただけますと励みになります」：肯定的なレビューへ誘導する表現。",
         to=b, frm="サーモライフ <support@thermolife.jp>", lang="ja", enc=B64,
         subject=f"タンブラーのご使用について（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のタンブラーは、食洗機のご使用はお控えください。
真空層が傷み、保温力が落ちる原因となります。

もしよろしければ、Amazonにて★5つの高評価をいただけますと、
スタッフ一同の大きな励みになります。

サーモライフ""")

    case("aratamete-review-onegai", "reject", ["review.repeat"],
         "同じ注文について「改めて」レビューをお願いする二度目の依頼。",
         to=ORDERS["ja-rev"]["buyer_email"], frm="岩手鋳物工房 <info@iwate-imono.jp>", lang="ja",
         day=14, after=("keigo-sotchoku-na-review",), enc=JIS,
         subject=f"レビューのお願い（注文番号 {ORDERS['ja-rev']['order_id']}）",
         text=f"""お客様

先日はご連絡させていただきありがとうございました。
改めてのお願いで恐縮ですが、ご注文番号 {ORDERS['ja-rev']['order_id']} の急須について、
Amazonにレビューをご投稿いただけませんでしょうか。

岩手鋳物工房""")

    o, b = order("ja-manzoku", "ja", "珪藻土バスマット Lサイズ")
    case("gomanzoku-nara-hoshi5-gofuman-nara-saki-ni", "reject", ["review.conditional"],
         "「ご満足いただけましたら星5のレビューを、ご不満な点があればレビューの前にご連絡を」：レビューの選別。",
         to=b, frm="バス用品のなごみ <info@nagomi-bath.jp>", lang="ja", tolerated=("review.incentive",),
         subject=f"バスマットのお手入れ（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のバスマットは、吸水が悪くなってきたら
付属の紙やすりで表面を軽く削ってください。

ご満足いただけましたら、ぜひ星5のレビューをお願いいたします。
ご不満な点がございましたら、レビューの前にまず当店へご連絡ください。

バス用品のなごみ""")

    o, b = order("ja-casual", "ja", "アロマディフューザー 超音波式")
    case("casual-shinshouhin-coupon", "quarantine", ["type.marketing"],
         "くだけた口調で新商品の案内と割引クーポンコード：販促メッセージ。",
         to=b, frm="アロマのおうち <hello@aroma-no-ouchi.jp>", lang="ja", html=True,
         subject=f"ディフューザー届いたかな？（注文番号 {o}）", text=f"""こんにちは！

ディフューザー（注文番号 {o}）、もう使ってみましたか？
水は目盛りの線まで、精油は三〜五滴くらいがちょうどいいですよ。

それと、新商品のアロマオイル「ゆず＆ひのき」が出ました！
クーポンコード AROMA20 で、ショップ全品20%割引になります。今月末までなので、ぜひ〜

アロマのおうち""")

    o, b = order("ja-cancel", "ja", "ワイヤレスマウス 静音タイプ", **OOS)
    case("zaikogire-okyakusama-cancel-shinsei-onegai", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "在庫切れで、お客様からキャンセル申請をするよう依頼し、返金や金額調整の確認がない。",
         to=b, frm="PCサプライ館 <shop@pc-supply-kan.jp>", lang="ja", enc=JIS,
         subject=f"在庫切れのお知らせ（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のワイヤレスマウスですが、
在庫切れのため、現在お届けの目途が立っておりません。

大変お手数ですが、Amazonの注文履歴より
お客様ご自身でキャンセル申請をしていただけますようお願いいたします。

PCサプライ館""")

    o, b = order("ja-hassou", "ja", "炊飯器 5.5合 IH", shipped="2026-06-13T05:00:00Z", delivered="")
    case("hassou-kanryou-sagawa-tsuiseki", "quarantine", ["type.order-confirmation"],
         "自発的な「発送完了のお知らせ」（佐川急便、お問い合わせ番号）：Amazonの発送通知と重複。",
         to=b, frm="家電のミナト <shipping@kaden-minato.jp>", lang="ja", enc=JIS, subject_charset="iso-2022-jp",
         subject=f"発送完了のお知らせ（注文番号 {o}）", text=f"""お客様

このたびはご注文いただき、誠にありがとうございます。
ご注文番号 {o} の商品を本日発送いたしました。

配送業者：佐川急便
お問い合わせ番号：3612-4478-0925
お届け予定日：6月15日

商品の到着まで、今しばらくお待ちくださいませ。

家電のミナト""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_de, cases_fr, cases_es, cases_it, cases_ja))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="twentyfirst"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
