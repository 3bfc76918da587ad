#!/usr/bin/env python3
"""Build the fourteenth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_fourteenth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. No English: German, French, Spanish, Italian and Japanese mail
as a local seller writes it natively (Sie/du, vous/tu, usted/tú, Lei/tu, keigo), regional variants (Austrian and
Swiss German, Québécois French on amazon.ca, Mexican Spanish on amazon.com.mx), local delivery situations
(Packstation, Colissimo relais, Correos oficina, fermo posta, 置き配 / コンビニ受取), and the heuristic rules of
RULES.md section C (plus content.sensitive and link.opt-out) worded the way a native seller words them.
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
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(14_2026_0615)
_PREFIX = {"de": "30", "at": "30", "fr": "40", "ca": "70", "es": "40", "com.mx": "70", "it": "40", "co.jp": "25"}
_TLD = {"de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-02T10:00:00Z", shipped="2026-06-03T08:00:00Z", delivered="2026-06-06T12:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
B64 = {"cte": "base64"}
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
OOS_DATES = {"shipped": "", "delivered": "", "purchased": "2026-06-10T09:00:00Z"}


def _d(day: int) -> str:
    return mail_date(day, "09:30:00", "+0200")


HEURISTIC = ["type.order-confirmation", "type.thank-you-only", "type.marketing", "review.incentive",
             "review.removal-request", "review.conditional", "order-problem.cancellation-request",
             "order-problem.no-adjustment", "return.unnecessary", "content.sensitive", "link.opt-out"]
OTHER = ["order-id.missing", "order-id.unknown", "window.expired", "language.mismatch", "content.email-address",
         "content.phone-number", "link.external", "style.emoji"]


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str,
         text: str | None = None, html: str | None = None, lang: str, day: int = 12, reply: bool = False,
         tolerated: tuple[str, ...] = (), enc: dict | None = None) -> None:
    """Every heuristic rule of section C not named in `rules` (or tolerated) must stay silent."""
    hdrs = reply_headers(f"0100018f.e14.{slug[:24]}") if reply else []
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    if html is not None and not html.lstrip().lower().startswith(("<!doctype", "<html")):
        html = page(html, lang)
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*HEURISTIC, *OTHER) if r not in rules and r not in tol]
    msg = mk(frm, to, subject, _d(day), f"<n14.{slug}@{dom}>", headers=hdrs,
             text=None if text is None else text.strip("\n") + "\n", html=html, **(enc or {}))
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol)


# --------------------------------------------------------------------------------------------
# Deutsch (Deutschland, Österreich, Schweiz)
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = order("packstation", "de", "Gartenbank Akazie 3-Sitzer", **{"shipped": "", "delivered": ""})
    case("packstation-zu-gross", "relay", [],
         "Rückfrage zur Lieferadresse: die Bank passt nicht in die Packstation; nötig, damit die Ware ankommt.",
         to=b, frm="Holzwerk Brandl <service@holzwerk-brandl.de>", lang="de",
         subject=f"Rückfrage zu Ihrer Lieferadresse – Bestellung {o}", text=f"""Guten Tag,

Sie haben für Ihre Bestellung {o} (Gartenbank Akazie) eine Packstation als
Lieferadresse angegeben. Die Bank wird als Sperrgut in einem Karton von
160 x 60 x 45 cm geliefert und passt leider in kein Packstation-Fach.

Könnten Sie uns bitte eine Hausanschrift nennen, an die die Spedition liefern
darf? Alternativ können wir das Paket an eine Postfiliale in Ihrer Nähe
schicken; nennen Sie uns dann bitte die Postleitzahl.

Mit freundlichen Grüßen
Ihr Team von Holzwerk Brandl""")

    o, b = order("at-bewertung", "de", "Kaiserschmarrn-Pfanne Gusseisen 28 cm", tld="at")
    case("at-bewertung-neutral", "relay", [],
         "Österreichische Bewertungsbitte ('Grüß Gott', 'Bitte um Ihre ehrliche Meinung'), ohne Bedingung und "
         "ohne Gegenleistung: erlaubt.",
         to=b, frm="Pfannenmanufaktur Huber <office@pfannen-huber.at>", lang="de",
         subject=f"Ihre Meinung zur Gusseisenpfanne ({o})", text=f"""Grüß Gott,

Ihre Gusseisenpfanne aus der Bestellung {o} ist vor ein paar Tagen bei Ihnen
angekommen. Wir hoffen, der erste Kaiserschmarrn ist gelungen!

Wenn Sie ein paar Minuten Zeit haben, würden wir uns über Ihre ehrliche
Bewertung auf Amazon freuen – ganz gleich, wie Ihr Eindruck ausfällt. Ihre
Rückmeldung hilft anderen Kundinnen und Kunden bei der Auswahl.

Mit besten Grüßen aus Graz
Familie Huber""")

    o, b = order("ch-retoure", "de", "Velolicht-Set LED, StVZO")
    case("ch-ruecksendung-rueckfrage", "relay", [],
         "Schweizer Schreibweise (ss statt ß, 'Grüezi', 'Velo'): Rückfrage zu einer Rücksendung, die eine "
         "Information erbittet; erlaubt.",
         to=b, frm="Velo Kägi <hilfe@velo-kaegi.ch>", lang="de",
         subject=f"Ihre Rücksendung – Bestellung {o}", text=f"""Grüezi

Wir haben Ihre Rücksendeanfrage zur Bestellung {o} (Velolicht-Set) erhalten.
Damit wir die Retoure korrekt abwickeln können, benötigen wir noch eine
Angabe von Ihnen: Betrifft der Defekt das Vorderlicht, das Rücklicht oder
beide? Und leuchtet die Lampe beim Laden gar nicht oder nur kurz?

Besten Dank für Ihre Rückmeldung und freundliche Grüsse
Velo Kägi, Winterthur""")

    o, b = order("du-ausverkauft", "de", "Bio-Bartöl Zeder 30 ml", **OOS_DATES)
    case("du-ausverkauft-erstattet", "relay", [],
         "Duzender Kleinhändler: Artikel ausverkauft, Bestellung vom Verkäufer storniert und Betrag erstattet, "
         "mit Grund: die Nachricht bestätigt die Anpassung.",
         to=b, frm="Bartkultur <moin@bartkultur.de>", lang="de",
         subject=f"Deine Bestellung {o} – leider ausverkauft", text=f"""Moin!

Leider müssen wir dir mitteilen, dass unser Bartöl Zeder ausverkauft ist: Die
letzte Charge ist beim Abfüllen nicht durch unsere Qualitätskontrolle gekommen.

Wir haben deine Bestellung {o} deshalb storniert und dir den vollen Betrag
von 14,90 € über Amazon erstattet (Grund: Artikel nicht vorrätig). Die
Gutschrift sollte in den nächsten Tagen auf deinem Konto sein.

Sorry für die Umstände und viele Grüße aus Kiel
Jonas von Bartkultur""")

    o, b = order("verzoegerung", "de", "Kinderfahrradhelm 48-54 cm", **{"shipped": "", "delivered": ""})
    case("lieferverzoegerung-hinweis", "relay", [],
         "Lieferverzögerung (Nachschub kommt später), der Verkäufer kann liefern: die Leitlinien verlangen "
         "diesen Hinweis; kein 'kann nicht liefern', also keine Anpassung nötig, keine Stornobitte.",
         to=b, frm="Radlzwerg <kundenservice@radlzwerg.de>", lang="de",
         subject=f"Verzögerung bei Ihrer Bestellung {o}", text=f"""Sehr geehrte Kundin, sehr geehrter Kunde,

der Kinderhelm aus Ihrer Bestellung {o} trifft wegen eines verspäteten
Containers erst am 22. Juni bei uns im Lager ein. Wir versenden ihn noch am
selben Tag, sodass er voraussichtlich am 24. Juni bei Ihnen ist – vier Tage
später als angegeben.

Wir bitten die Verzögerung zu entschuldigen.

Mit freundlichen Grüßen
Radlzwerg Kindersport""")

    o, b = order("pflege", "de", "Lederpflege-Set für Wanderschuhe")
    case("danke-plus-pflegehinweis", "relay", [],
         "Viel Dank und Floskeln, aber mit einem echten Anwendungshinweis (nicht nur 'danke'): kein "
         "type.thank-you-only.",
         to=b, frm="Schuhhaus Wendl <service@schuhhaus-wendl.de>", lang="de",
         subject=f"Wichtiger Hinweis zum Lederpflege-Set ({o})", text=f"""Liebe Kundin, lieber Kunde,

herzlichen Dank für Ihre Bestellung {o}.

Ein wichtiger Hinweis vorab: Das Wachs aus dem Set ist nur für Glattleder
geeignet. Bitte verwenden Sie es nicht auf Nubuk- oder Veloursleder, sonst
verfärbt sich das Leder dauerhaft. Für Rauleder nehmen Sie nur die Bürste
und das Imprägnierspray.

Viele Grüße
Ihr Schuhhaus Wendl""")

    # -- violations --
    o, b = order("bew-erstattung", "de", "Espressotassen Steinzeug 6er-Set")
    case("bewertung-gegen-erstattung", "reject", ["review.incentive"],
         "Erstattung eines Teilbetrags im Tausch gegen eine Bewertung (Sie-Form, höflich verpackt).",
         to=b, frm="Tassenliebe <hallo@tassenliebe.de>", lang="de",
         subject=f"Eine kleine Bitte zu Ihrer Bestellung {o}", text=f"""Sehr geehrte Damen und Herren,

wir hoffen, Ihnen gefallen die Espressotassen aus Ihrer Bestellung {o}.

Als kleines Familienunternehmen sind wir auf Bewertungen angewiesen. Wenn
Sie uns eine Rezension auf Amazon schreiben, erstatten wir Ihnen als
Dankeschön 5 € des Kaufpreises – schicken Sie uns einfach kurz Bescheid,
sobald die Rezension online ist.

Herzliche Grüße
Tassenliebe Manufaktur""")

    o, b = order("at-anpassen", "de", "Zirbenkissen 40x40", tld="at")
    case("at-rezension-ueberarbeiten", "reject", ["review.removal-request"],
         "Österreichischer Händler bittet nach dem Ersatz darum, die bestehende Rezension zu überarbeiten.",
         to=b, frm="Zirbenstube Tirol <info@zirbenstube.at>", lang="de",
         subject=f"Ihr Zirbenkissen – Bestellung {o}", text=f"""Grüß Gott,

es tut uns leid, dass die Naht Ihres Zirbenkissens aus der Bestellung {o}
aufgegangen ist. Das Ersatzkissen ist gestern mit der Post an Sie gegangen.

Wir haben gesehen, dass Sie dazu eine Rezension mit einem Stern verfasst
haben. Wären Sie so nett, Ihre Rezension noch einmal zu überarbeiten, wenn
das neue Kissen angekommen ist? Das würde uns sehr helfen.

Liebe Grüße aus dem Zillertal
Zirbenstube Tirol""")

    o, b = order("zufrieden", "de", "Thermoskanne Edelstahl 1 l")
    case("zufrieden-dann-bewertung", "reject", ["review.conditional"],
         "Review-Gating in typisch deutscher Form: 'Sind Sie zufrieden? Dann ... Falls nicht, melden Sie sich "
         "zuerst bei uns'.", tolerated=("review.incentive",),
         to=b, frm="Kannenhaus <service@kannenhaus.de>", lang="de",
         subject=f"Wie gefällt Ihnen Ihre Thermoskanne? ({o})", text=f"""Hallo,

Ihre Thermoskanne aus der Bestellung {o} ist inzwischen bei Ihnen.

Sind Sie zufrieden? Dann freuen wir uns über eine Bewertung auf Amazon.
Sollte etwas nicht passen, melden Sie sich bitte zuerst bei uns, bevor Sie
eine Bewertung abgeben – wir finden bestimmt eine Lösung.

Freundliche Grüße
Ihr Kannenhaus-Team""")

    o, b = order("versand-du", "de", "Hängematte Baumwolle XXL")
    case("du-versandbestaetigung-dhl", "quarantine", ["type.order-confirmation"],
         "Lockere Versandbestätigung mit DHL-Sendungsnummer: duplizierte Versandmitteilung.",
         to=b, frm="Chillout Hammocks <hi@chillout-hammocks.de>", lang="de",
         subject=f"Deine Hängematte ist unterwegs! ({o})", text=f"""Hey,

gute Nachrichten: Deine Bestellung {o} ist heute bei uns rausgegangen und
schon auf dem Weg zu dir!

DHL-Sendungsnummer: 00340434161094027318

Das Paket sollte in 1–2 Werktagen bei dir sein.

Liebe Grüße
dein Chillout-Team""")

    o, b = order("abmelden", "de", "Kräutertee Bergwiese 250 g")
    case("antworten-mit-abmelden", "reject", ["link.opt-out"],
         "Eine echte Rückfrage, aber mit dem Hinweis, man könne sich per Antwort 'Abmelden' von weiteren "
         "Nachrichten abmelden: Opt-out-Text.",
         to=b, frm="Teegarten Alpin <post@teegarten-alpin.de>", lang="de",
         subject=f"Rückfrage zu Ihrer Bestellung {o}", text=f"""Guten Tag,

zu Ihrer Bestellung {o}: Der Kräutertee Bergwiese ist als lose Ware und im
Beutel erhältlich. Sie haben keine Variante gewählt – welche dürfen wir
Ihnen schicken?

Sie möchten keine weiteren Nachrichten von uns erhalten? Dann antworten Sie
einfach mit „Abmelden“.

Mit freundlichen Grüßen
Teegarten Alpin""")

    o, b = order("schimpf", "de", "Rasenmäher-Ersatzmesser 46 cm")
    case("fluch-ueber-spedition", "quarantine", ["content.sensitive"],
         "Sachliche Rückfrage zur Zustellung, aber mit derbem Schimpfwort über den Paketdienst.",
         to=b, frm="Gartentechnik Maier <service@gartentechnik-maier.de>", lang="de",
         subject=f"Zustellung Ihrer Bestellung {o}", text=f"""Hallo,

der Paketdienst hat Ihr Ersatzmesser aus der Bestellung {o} schon wieder
zurückgeschickt, angeblich war die Adresse unvollständig. Diese
Scheißspedition bringt uns echt zur Weißglut.

Können Sie uns bitte Ihre Hausnummer und gegebenenfalls den Namen am
Briefkasten bestätigen? Dann schicken wir das Messer sofort erneut los.

Gruß
Gartentechnik Maier""")


# --------------------------------------------------------------------------------------------
# Français (France, Québec)
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("relais", "fr", "Lampe de chevet en laiton")
    case("colissimo-relais-retour", "relay", [],
         "Colis non retiré au point relais et revenu chez le vendeur: question nécessaire pour relivrer.",
         to=b, frm="Atelier Lumière <contact@atelier-lumiere.fr>", lang="fr",
         subject=f"Votre colis est revenu chez nous – commande {o}", text=f"""Bonjour,

Le colis de votre commande {o} (lampe de chevet en laiton) n'a pas été
retiré au point relais Pickup dans le délai de dix jours et La Poste nous
l'a retourné.

Souhaitez-vous que nous le renvoyions à votre domicile par Colissimo, ou
préférez-vous un autre point relais ? Dans ce cas, indiquez-nous simplement
le nom ou le code postal du relais de votre choix. Le nouvel envoi est
bien sûr à nos frais.

Bien cordialement,
L'équipe Atelier Lumière""")

    o, b = order("qc-avis", "fr", "Mitaines en laine mérinos", tld="ca")
    case("qc-avis-neutre", "relay", [],
         "Québec (amazon.ca, acheteur francophone): demande d'avis neutre, 'magasiner', 'bonne journée!'.",
         to=b, frm="Tricots Laurentides <bonjour@tricotslaurentides.ca>", lang="fr",
         subject=f"Vos mitaines sont bien arrivées? ({o})", text=f"""Bonjour,

Vos mitaines en laine mérinos (commande {o}) sont arrivées chez vous
la semaine passée. On espère qu'elles vous tiendront au chaud cet hiver!

Si vous avez deux minutes, votre avis sur Amazon, qu'il soit positif ou
négatif, aide les autres clients qui magasinent en ligne à faire leur
choix.

Bonne journée!
Julie, Tricots Laurentides""")

    o, b = order("retour-partiel", "fr", "Plaid en lin lavé 130x170")
    case("retour-remboursement-partiel", "relay", [],
         "Demande de retour: le vendeur propose un remboursement partiel si l'acheteur garde l'article: permis.",
         to=b, frm="Maison Lina <service@maisonlina.fr>", lang="fr",
         subject=f"Votre demande de retour – commande {o}", text=f"""Bonjour Madame,

Nous avons bien reçu votre demande de retour pour le plaid en lin de la
commande {o}, en raison d'une petite tache sur la bordure.

Si vous souhaitez le conserver malgré tout, nous pouvons vous proposer un
remboursement partiel de 15 €. Sinon, le retour suit son cours normalement
et vous serez remboursée intégralement à réception.

Dites-nous simplement ce que vous préférez.

Bien à vous,
Maison Lina""")

    o, b = order("rupture", "fr", "Moulin à poivre en olivier", **OOS_DATES)
    case("rupture-rembourse", "relay", [],
         "Rupture de stock: commande annulée par le vendeur et montant remboursé, avec le motif: confirmation "
         "de l'ajustement.",
         to=b, frm="Provence Bois <contact@provencebois.fr>", lang="fr",
         subject=f"Votre commande {o} – article indisponible", text=f"""Bonjour,

Nous sommes désolés : le moulin à poivre en olivier que vous avez commandé
n'est plus disponible, notre artisan ne pouvant plus nous fournir ce modèle.

Nous avons donc annulé votre commande {o} et vous avons remboursé la
totalité du montant, soit 38,50 €, pour cause de rupture de stock. Le
remboursement apparaîtra sur votre moyen de paiement sous quelques jours.

Avec toutes nos excuses,
Provence Bois""")

    o, b = order("tu-reponse", "fr", "Carnet en cuir recyclé A5")
    q = "Salut ! Est-ce que les pages du carnet sont lignées ou blanches ? Merci"
    case("reponse-tutoiement", "relay", [],
         "Réponse tutoyée d'un petit atelier à une question de l'acheteur; remerciements et offre d'aide dans "
         "une réponse avec un vrai contenu.",
         to=b, frm="Papeterie Brindille <atelier@brindille-papeterie.fr>", lang="fr", reply=True,
         subject="Re: Question sur le carnet", text=f"""Salut !

Merci pour ton message. Les pages de ton carnet (commande {o}) sont
blanches, en papier 120 g, donc parfaites pour dessiner à l'encre.
Si tu préfères des pages lignées, dis-le-moi et je te l'échange.

N'hésite pas si tu as d'autres questions !
Camille, Papeterie Brindille

{quote(q)}""")

    o, b = order("promo-question", "fr", "Sérum vitamine C 30 ml")
    q = "Bonjour, avez-vous un code promo pour ma prochaine commande ? Merci."
    case("reponse-pas-de-code-promo", "relay", [],
         "Réponse à un acheteur qui demande un code promo: le vendeur répond qu'il n'en propose pas; pas une "
         "promotion.",
         to=b, frm="Laboratoire Éclat <service@labo-eclat.fr>", lang="fr", reply=True,
         subject="Re: Code promo", text=f"""Bonjour,

Merci pour votre question. Nous ne proposons malheureusement pas de codes
promo ni de réductions : le prix affiché sur Amazon est le même pour tous
nos clients.

Cordialement,
Laboratoire Éclat

{quote(q)}""")

    # -- violations --
    o, b = order("avis-port", "fr", "Théière en fonte 1,2 L")
    case("avis-cinq-etoiles-frais-de-port", "reject", ["review.incentive"],
         "Avis 5 étoiles en échange du remboursement des frais de port.",
         to=b, frm="Thé & Fonte <contact@the-fonte.fr>", lang="fr",
         subject=f"Votre théière en fonte ({o})", text=f"""Bonjour,

Nous espérons que votre théière en fonte (commande {o}) vous donne
entière satisfaction.

Petit geste de notre part : laissez-nous un avis 5 étoiles sur Amazon et
nous vous rembourserons les frais de port de votre commande. Il suffit de
nous envoyer une capture d'écran de votre avis en réponse à ce message.

Très cordialement,
Thé & Fonte""")

    o, b = order("maj-avis", "fr", "Cafetière italienne inox 6 tasses")
    case("mettre-a-jour-avis", "reject", ["review.removal-request"],
         "Demande de mettre à jour un avis existant maintenant que le problème est réglé.",
         to=b, frm="Espresso Casa <service@espressocasa.fr>", lang="fr",
         subject=f"Suite à votre avis – commande {o}", text=f"""Bonjour Monsieur,

Nous avons pris connaissance de votre commentaire concernant la fuite de
votre cafetière (commande {o}), et le joint de remplacement vous a été
envoyé mardi.

Maintenant que le souci est réglé, auriez-vous la gentillesse de mettre à
jour votre évaluation ? Cela compte énormément pour une petite boutique comme
la nôtre.

Bien cordialement,
Espresso Casa""")

    o, b = order("satisfait", "fr", "Coussin de méditation sarrasin")
    case("si-satisfait-sinon-contactez", "reject", ["review.conditional"],
         "Avis demandé seulement si l'acheteur est satisfait; sinon nous contacter d'abord.",
         tolerated=("review.incentive",),
         to=b, frm="Zen & Soie <bonjour@zen-soie.fr>", lang="fr",
         subject=f"Votre coussin de méditation ({o})", text=f"""Bonjour,

Votre coussin de méditation (commande {o}) est arrivé il y a quelques
jours.

Si vous êtes satisfait de votre achat, nous serions ravis que vous laissiez
une évaluation sur Amazon. Dans le cas contraire, merci de nous écrire
avant de publier votre avis afin que nous puissions arranger les choses.

Belle journée,
Zen & Soie""")

    o, b = order("annulez", "fr", "Set de pinceaux aquarelle", **OOS_DATES)
    case("rupture-merci-d-annuler", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Rupture de stock: le vendeur demande à l'acheteur d'annuler lui-même, sans remboursement confirmé.",
         to=b, frm="Couleurs d'Ocre <contact@couleurs-ocre.fr>", lang="fr",
         subject=f"Votre commande {o}", text=f"""Bonjour,

Nous sommes au regret de vous informer que le set de pinceaux aquarelle
est actuellement en rupture de stock chez notre fournisseur.

Merci de bien vouloir annuler votre commande {o} depuis votre compte
Amazon (Vos commandes > Annuler des articles).

Toutes nos excuses pour ce contretemps,
Couleurs d'Ocre""")

    o, b = order("merci", "fr", "Bougie parfumée figue 180 g")
    case("merci-de-votre-confiance", "quarantine", ["type.thank-you-only"],
         "Message proactif qui ne fait que remercier et proposer son aide, en formules françaises.",
         to=b, frm="Bougies Sauvages <hello@bougies-sauvages.fr>", lang="fr",
         subject=f"Merci ! (commande {o})", text=f"""Bonjour,

Toute l'équipe de Bougies Sauvages vous remercie chaleureusement pour votre
commande {o} et pour votre confiance.

Nous restons à votre entière disposition pour toute question.

Au plaisir,
Bougies Sauvages""")

    o, b = order("insta", "fr", "Savon surgras au lait d'ânesse")
    case("suivez-nous-et-newsletter", "quarantine", ["type.marketing"],
         "Conseil d'utilisation puis invitation à suivre la boutique sur Instagram et à découvrir la nouvelle "
         "collection: marketing.",
         to=b, frm="Savonnerie des Alpilles <contact@savonnerie-alpilles.fr>", lang="fr",
         subject=f"Votre savon (commande {o})", text=f"""Bonjour,

Pour que votre savon au lait d'ânesse (commande {o}) dure plus longtemps,
laissez-le sécher sur un porte-savon entre deux utilisations.

Retrouvez-nous aussi sur Instagram et Facebook (@savonneriedesalpilles) et
découvrez notre nouvelle collection d'été : savons à la lavande, au miel
et à l'olive !

À bientôt,
Savonnerie des Alpilles""")


# --------------------------------------------------------------------------------------------
# Español (España, México)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("correos", "es", "Paellera esmaltada 40 cm")
    case("correos-oficina-recogida", "relay", [],
         "El paquete espera en la oficina de Correos y volverá al remitente: pregunta necesaria para la entrega.",
         to=b, frm="Cocina Valenciana <atencion@cocinavalenciana.es>", lang="es",
         subject=f"Su paquete le espera en Correos – pedido {o}", text=f"""Estimado cliente:

Correos nos informa de que no pudo entregar el paquete de su pedido {o}
(paellera esmaltada) y de que lo ha dejado en su oficina de Correos. Si no
se recoge en 15 días naturales, será devuelto a nuestro almacén.

Si le resulta imposible pasar por la oficina, ¿desea que lo reenviemos a
otra dirección? Indíquenos la dirección completa y nos encargamos nosotros.

Reciba un cordial saludo,
Cocina Valenciana""")

    o, b = order("mx-resena", "es", "Molcajete de piedra volcánica", tld="com.mx")
    case("mx-resena-neutra", "relay", [],
         "México (amazon.com.mx): solicitud de reseña neutra, con usted y giros mexicanos.",
         to=b, frm="Artesanías Tlaquepaque <contacto@artesaniastlaquepaque.mx>", lang="es",
         subject=f"¿Qué le pareció su molcajete? ({o})", text=f"""Hola, buen día:

Su molcajete de piedra volcánica (pedido {o}) ya le llegó hace unos días.
Le recordamos curarlo con arroz y sal antes del primer uso.

Si tiene chance, nos ayudaría mucho que dejara una reseña en Amazon con su
opinión sincera, sea buena o mala; así otros clientes saben qué esperar.

Saludos cordiales,
Artesanías Tlaquepaque""")

    o, b = order("devol-foto", "es", "Auriculares inalámbricos deportivos")
    case("devolucion-pide-foto", "relay", [],
         "Devolución: el vendedor pide una foto y el estado del embalaje, información necesaria: permitido.",
         to=b, frm="Sonido Norte <soporte@sonidonorte.es>", lang="es",
         subject=f"Su solicitud de devolución – pedido {o}", text=f"""Buenos días:

Hemos recibido su solicitud de devolución de los auriculares del pedido
{o}. Para tramitarla correctamente, ¿podría indicarnos cuál de los dos
auriculares no carga y si conserva el estuche de carga original?

Con esos datos le enviamos las instrucciones de devolución.

Un saludo,
Sonido Norte""")

    o, b = order("tu-sin-stock", "es", "Camiseta algodón orgánico talla M", **OOS_DATES)
    case("tu-sin-stock-reembolsado", "relay", [],
         "Tienda joven que tutea: sin stock, pedido cancelado por el vendedor y reembolso confirmado con motivo.",
         to=b, frm="Ola Verde <hola@olaverde.es>", lang="es",
         subject=f"Tu pedido {o}: nos hemos quedado sin stock", text=f"""¡Hola!

Sentimos muchísimo decirte que la camiseta en talla M se nos ha agotado y
no vamos a poder enviártela.

Hemos cancelado tu pedido {o} y te hemos reembolsado los 24,90 €
completos por falta de stock. Verás el reembolso en tu cuenta en unos días.

Un abrazo,
el equipo de Ola Verde""")

    o, b = order("descuento-q", "es", "Set de tazas de cerámica x4")
    q = "Hola, si compro tres sets más, ¿me hacen algún descuento?"
    case("respuesta-sin-descuento", "relay", [],
         "Respuesta a un comprador que pregunta por un descuento: el vendedor dice que no puede; no es promoción.",
         to=b, frm="Barro y Fuego <tienda@barroyfuego.es>", lang="es", reply=True,
         subject="Re: Descuento por cantidad", text=f"""Hola:

Gracias por su interés. Lamentablemente no podemos aplicar descuentos por
cantidad en Amazon; el precio por set es el que aparece en el anuncio.

Un cordial saludo,
Barro y Fuego

{quote(q)}""")

    # -- violations --
    o, b = order("gratis", "es", "Funda de silicona para tablet 11")
    case("resena-cinco-estrellas-regalo", "reject", ["review.incentive"],
         "Producto gratis a cambio de una reseña de cinco estrellas.", tolerated=("type.marketing",),
         to=b, frm="Fundas Ibéricas <clientes@fundasibericas.es>", lang="es",
         subject=f"Un regalo para usted – pedido {o}", text=f"""Estimado cliente:

Esperamos que esté contento con la funda de su pedido {o}.

Si nos deja una valoración de cinco estrellas en Amazon, le enviaremos
totalmente gratis un protector de pantalla de cristal templado. Solo tiene
que respondernos con el nombre que aparece en su reseña.

Atentamente,
Fundas Ibéricas""")

    o, b = order("mx-quitar", "es", "Sombrero de palma tejido", tld="com.mx")
    case("mx-quitar-resena-negativa", "reject", ["review.removal-request"],
         "Vendedor mexicano que tutea y pide quitar la reseña negativa tras mandar el reemplazo.",
         to=b, frm="Palma Fina <ventas@palmafina.mx>", lang="es",
         subject=f"Tu sombrero – pedido {o}", text=f"""¡Qué tal!

Ya te mandamos el sombrero de reemplazo de tu pedido {o}; ahorita está
en camino y te llega esta semana.

Oye, ¿nos harías el favor de quitar la reseña negativa que dejaste? Para
nosotros como negocio familiar pesa muchísimo.

Mil gracias,
Palma Fina""")

    o, b = order("agotado", "es", "Aceite de oliva virgen extra 5 L", **OOS_DATES)
    case("agotado-sin-reembolso", "quarantine", ["order-problem.no-adjustment"],
         "No puede enviar (agotado) pero no confirma ningún reembolso ni ajuste.",
         to=b, frm="Almazara del Sur <pedidos@almazaradelsur.es>", lang="es",
         subject=f"Incidencia con su pedido {o}", text=f"""Estimado cliente:

Lamentamos comunicarle que el aceite de oliva de 5 litros de su pedido
{o} está agotado y no podremos enviárselo, ya que la cosecha de este año
se ha terminado antes de lo previsto.

Disculpe las molestias.

Atentamente,
Almazara del Sur""")

    o, b = order("enviado", "es", "Lámpara de pie de ratán")
    case("pedido-enviado-seguimiento", "quarantine", ["type.order-confirmation"],
         "Aviso de envío con número de seguimiento SEUR: duplica la confirmación de envío.",
         to=b, frm="Ratán Natural <pedidos@ratannatural.es>", lang="es",
         subject=f"Su pedido {o} ha sido enviado", text=f"""Estimado cliente:

Le confirmamos que su pedido {o} ha salido hoy de nuestro almacén.

Transportista: SEUR
Número de seguimiento: 0745 2219 8834

Gracias por confiar en nosotros.
Ratán Natural""")

    o, b = order("codigo", "es", "Tabla de cortar de olivo")
    case("codigo-descuento-proxima-compra", "quarantine", ["type.marketing"],
         "Consejo de cuidado seguido de un código de descuento para la próxima compra.",
         to=b, frm="Olivo y Mesa <hola@olivoymesa.es>", lang="es",
         subject=f"Cuidado de su tabla de olivo ({o})", text=f"""Hola:

Para que su tabla de olivo (pedido {o}) dure años, úntela con un poco
de aceite de oliva una vez al mes y no la meta nunca en el lavavajillas.

Y como agradecimiento: con el código OLIVO15 tiene un 15 % de descuento en
su próxima compra en nuestra tienda de Amazon.

Un saludo,
Olivo y Mesa""")

    o, b = order("devol-inutil", "es", "Mochila de senderismo 30 L")
    case("devolucion-solo-lamentos", "quarantine", ["return.unnecessary"],
         "Mensaje sobre una devolución que no pide información ni ofrece reembolso parcial.",
         to=b, frm="Montaña Viva <atencion@montanaviva.es>", lang="es",
         subject=f"Su devolución del pedido {o}", text=f"""Estimado cliente:

Hemos recibido su solicitud de devolución de la mochila del pedido {o}.
Lamentamos mucho que el producto no haya cumplido sus expectativas; para
nosotros es muy importante la opinión de cada cliente.

Esperamos poder atenderle de nuevo en el futuro.

Un cordial saludo,
Montaña Viva""")


# --------------------------------------------------------------------------------------------
# Italiano
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("fermo-posta", "it", "Moka in alluminio 3 tazze", **{"shipped": "", "delivered": ""})
    case("fermo-posta-quale-ufficio", "relay", [],
         "Indirizzo 'fermo posta' senza ufficio postale: domanda necessaria per spedire.",
         to=b, frm="Caffè Bottega <assistenza@caffebottega.it>", lang="it",
         subject=f"Informazioni per la spedizione – ordine {o}", text=f"""Gentile cliente,

per il Suo ordine {o} ha indicato come indirizzo «fermo posta», ma senza
specificare l'ufficio postale. Potrebbe gentilmente comunicarci l'indirizzo
o il CAP dell'ufficio presso cui desidera ritirare il pacco?

Le ricordiamo che per il ritiro sarà necessario un documento d'identità.

Cordiali saluti,
Caffè Bottega""")

    o, b = order("recensione", "it", "Tagliere in legno d'ulivo")
    case("recensione-qualunque-esperienza", "relay", [],
         "Richiesta di recensione neutra con il Lei, 'qualunque sia la Sua esperienza'.",
         to=b, frm="Ulivo Toscano <info@ulivotoscano.it>", lang="it",
         subject=f"La Sua opinione sul tagliere ({o})", text=f"""Gentile cliente,

speriamo che il tagliere in legno d'ulivo del Suo ordine {o} sia già
diventato un compagno di cucina.

Se ha un momento, ci farebbe piacere leggere la Sua recensione su Amazon,
qualunque sia la Sua esperienza: ogni opinione sincera aiuta gli altri
clienti e anche noi.

Un caro saluto da Siena,
Ulivo Toscano""")

    o, b = order("reso-parziale", "it", "Borsa in pelle fatta a mano")
    case("reso-rimborso-parziale", "relay", [],
         "Reso: proposta di rimborso parziale se la cliente tiene la borsa: permesso.",
         to=b, frm="Pelletteria Fiorentina <servizio@pelletteriafiorentina.it>", lang="it",
         subject=f"La Sua richiesta di reso – ordine {o}", text=f"""Gentile signora,

abbiamo ricevuto la Sua richiesta di reso per la borsa dell'ordine {o}
a causa di un piccolo graffio sul fondo.

Se preferisce tenerla, possiamo offrirLe un rimborso parziale di 30 €.
Altrimenti il reso procede normalmente e riceverà il rimborso completo al
rientro della borsa.

Ci faccia sapere cosa preferisce.

Cordialmente,
Pelletteria Fiorentina""")

    o, b = order("esaurito", "it", "Pecorino stagionato 1 kg", **OOS_DATES)
    case("esaurito-rimborsato", "relay", [],
         "Prodotto esaurito: ordine annullato dal venditore e importo rimborsato, con il motivo.",
         to=b, frm="Caseificio Sardo <ordini@caseificiosardo.it>", lang="it",
         subject=f"Il Suo ordine {o} – prodotto esaurito", text=f"""Gentile cliente,

ci dispiace informarLa che il pecorino stagionato è esaurito: le forme di
questa stagionatura sono terminate prima del previsto.

Abbiamo quindi annullato il Suo ordine {o} e Le abbiamo rimborsato l'intero
importo di 27,00 € per indisponibilità del prodotto.

Ci scusiamo per l'inconveniente.
Caseificio Sardo""")

    o, b = order("tu-risposta", "it", "Maglione in cashmere taglia L")
    q = "Ciao, il maglione veste regolare o conviene prendere una taglia in meno?"
    case("risposta-del-tu", "relay", [],
         "Risposta con il tu a una domanda della cliente, con ringraziamenti e disponibilità: è una risposta.",
         to=b, frm="Lana & Co. <ciao@lanaeco.it>", lang="it", reply=True,
         subject="Re: Taglia del maglione", text=f"""Ciao!

Grazie mille per il messaggio. Il maglione del tuo ordine {o} veste
regolare: se di solito porti la L, va benissimo la L.

Per qualsiasi altra domanda siamo qui!
Giulia di Lana & Co.

{quote(q)}""")

    # -- violations --
    o, b = order("buono", "it", "Tovaglia in lino 8 posti")
    case("recensione-cinque-stelle-buono", "reject", ["review.incentive"],
         "Buono sconto promesso a chi lascia una recensione a 5 stelle.", tolerated=("type.marketing",),
         to=b, frm="Lino di Casa <info@linodicasa.it>", lang="it",
         subject=f"Un pensiero per Lei – ordine {o}", text=f"""Gentile cliente,

grazie per aver scelto la nostra tovaglia in lino (ordine {o}).

Lasci una recensione a 5 stelle su Amazon e riceverà in regalo un buono
del 20% sul prossimo acquisto: basta risponderci con il link alla
recensione.

Cordiali saluti,
Lino di Casa""")

    o, b = order("rimuovere", "it", "Friggitrice ad aria 5 L")
    case("rimuovere-feedback-negativo", "reject", ["review.removal-request"],
         "Richiesta di rimuovere il feedback negativo lasciato per il venditore.",
         to=b, frm="ElettroCasa Italia <assistenza@elettrocasaitalia.it>", lang="it",
         subject=f"Il Suo feedback – ordine {o}", text=f"""Gentile cliente,

ci scusiamo ancora per il ritardo nella consegna della friggitrice ad aria
(ordine {o}), dovuto al corriere.

Visto che il prodotto è poi arrivato integro, Le chiediamo gentilmente di
rimuovere il feedback negativo che ci ha lasciato.

Cordiali saluti,
ElettroCasa Italia""")

    o, b = order("soddisfatto", "it", "Set di coltelli da cucina 5 pezzi")
    case("se-soddisfatto-recensione-positiva", "reject", ["review.conditional"],
         "'Se è soddisfatto ci lasci una recensione positiva, altrimenti ci scriva prima': gating (e spinta al "
         "positivo, tollerata).", tolerated=("review.incentive",),
         to=b, frm="Coltelleria Maniago <info@coltelleriamaniago.it>", lang="it",
         subject=f"Come si trova con i coltelli? ({o})", text=f"""Gentile cliente,

il Suo set di coltelli (ordine {o}) è arrivato da qualche giorno.

Se è soddisfatto, ci lasci una recensione positiva su Amazon; se invece
qualcosa non va, ci scriva prima di recensire e troveremo una soluzione.

Cordiali saluti,
Coltelleria Maniago""")

    o, b = order("annulli", "it", "Lampada da tavolo in vetro di Murano", **OOS_DATES)
    case("esaurito-la-preghiamo-di-annullare", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Prodotto esaurito: il venditore prega il cliente di annullare l'ordine, senza rimborso confermato.",
         to=b, frm="Vetri d'Arte Murano <ordini@vetridartemurano.it>", lang="it",
         subject=f"Il Suo ordine {o}", text=f"""Gentile cliente,

purtroppo la lampada in vetro di Murano da Lei ordinata è esaurita e la
vetreria non ne produrrà altre prima dell'autunno.

La preghiamo pertanto di annullare l'ordine {o} dal Suo account Amazon.

Ci scusiamo per il disagio.
Vetri d'Arte Murano""")

    o, b = order("grazie", "it", "Candela profumata agrumi")
    case("solo-grazie-a-disposizione", "quarantine", ["type.thank-you-only"],
         "Solo ringraziamenti e disponibilità, nessun altro contenuto.",
         to=b, frm="Candele di Capri <info@candeledicapri.it>", lang="it",
         subject=f"Grazie per il Suo acquisto ({o})", text=f"""Gentile cliente,

La ringraziamo di cuore per aver scelto Candele di Capri e per il Suo
ordine {o}.

Restiamo a Sua completa disposizione per qualsiasi necessità.

Un caro saluto,
Candele di Capri""")

    o, b = order("cancellami", "it", "Pasta di Gragnano IGP 6 kg")
    case("rispondi-cancellami", "reject", ["link.opt-out"],
         "Informazione utile sulla consegna, ma con l'invito a rispondere CANCELLAMI per non ricevere più "
         "comunicazioni: testo di opt-out.",
         to=b, frm="Pastificio Vesuviano <ordini@pastificiovesuviano.it>", lang="it",
         subject=f"Consegna del Suo ordine {o}", text=f"""Gentile cliente,

il Suo ordine {o} è un pacco da 6 kg: il corriere Le chiederà una firma
alla consegna. Se preferisce che il pacco venga lasciato al portiere, ce lo
comunichi rispondendo a questo messaggio.

Se non desidera ricevere ulteriori comunicazioni da parte nostra, risponda
con CANCELLAMI.

Cordiali saluti,
Pastificio Vesuviano""")


# --------------------------------------------------------------------------------------------
# 日本語
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("okihai", "ja", "羽毛布団 シングル", **{"shipped": "", "delivered": ""})
    case("okihai-basho-kakunin", "relay", [],
         "置き配の置き場所の確認：お届けに必要な情報の依頼（敬語）。",
         to=b, frm="寝具のふとん屋 <info@futonya.jp>", lang="ja",
         subject=f"置き配の置き場所についてのご確認（注文番号 {o}）", text=f"""お客様

この度はご注文いただき、誠にありがとうございます。
ご注文番号 {o} の羽毛布団は大型の箱でのお届けとなり、
宅配ボックスに入らない可能性がございます。

置き配をご希望の場合、玄関前・メーターボックス内など、
置き場所をご指定いただけますでしょうか。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

寝具のふとん屋""", enc=B64)

    o, b = order("konbini", "ja", "ワイヤレスイヤホン ブラック")
    case("konbini-uketori-kigen", "relay", [],
         "コンビニ受取の期限切れで返送された荷物の再送先の確認：配送の問題の解決。",
         to=b, frm="オーディオ専門店 おとや <support@otoya-audio.jp>", lang="ja",
         subject=f"お荷物の再送について（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のワイヤレスイヤホンにつきまして、
コンビニでのお受け取り期限が過ぎたため、当店へ返送されてまいりました。

再度お送りいたしますので、ご自宅へのお届けとコンビニ受取のどちらを
ご希望か、ご返信にてお知らせいただけますでしょうか。
再送料は当店にて負担いたします。

オーディオ専門店 おとや""", enc=JIS)

    o, b = order("review-ok", "ja", "南部鉄器 急須 0.6L")
    case("review-sotchoku-na-goiken", "relay", [],
         "率直なご意見を求める中立的なレビュー依頼（条件・特典なし）。",
         to=b, frm="鉄器工房 みちのく <info@tekki-michinoku.jp>", lang="ja",
         subject=f"商品レビューのお願い（注文番号 {o}）", text=f"""お客様

先日は南部鉄器の急須（ご注文番号 {o}）をお買い求めいただき、
誠にありがとうございました。

もしよろしければ、Amazonの商品ページにレビューをお寄せいただけますと幸いです。
良い点も気になった点も、率直なご意見をお聞かせください。

鉄器工房 みちのく""")

    o, b = order("henpin-photo", "ja", "電気ケトル 1.0L ホワイト")
    case("henpin-shashin-onegai", "relay", [],
         "返品依頼に対し、不具合の写真をお願いする：返品に必要な情報の依頼。",
         to=b, frm="家電のひかり <support@kaden-hikari.jp>", lang="ja",
         subject=f"返品のご依頼について（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の電気ケトルにつきまして、返品のご依頼を承りました。

恐れ入りますが、返品手続きを進めるにあたり、電源ランプの点灯状態が
分かる写真を1枚お送りいただけますでしょうか。

お手数をおかけしますが、よろしくお願いいたします。

家電のひかり""", enc=B64)

    o, b = order("zaiko-henkin", "ja", "抹茶 宇治産 100g", **OOS_DATES)
    case("zaiko-gire-zengaku-henkin", "relay", [],
         "在庫切れ：販売者がキャンセルし、理由とともに全額返金を確認している。",
         to=b, frm="宇治茶本舗 <info@ujicha-honpo.jp>", lang="ja",
         subject=f"ご注文商品の在庫切れについて（注文番号 {o}）", text=f"""お客様

誠に申し訳ございません。ご注文いただいた宇治抹茶は、今期の収穫分が
完売し、在庫切れとなってしまいました。

つきましては、ご注文番号 {o} をキャンセルさせていただき、
代金全額（3,980円）を返金いたしました。

ご迷惑をおかけし、大変申し訳ございません。

宇治茶本舗""")

    o, b = order("furaipan", "ja", "鉄フライパン 26cm")
    case("orei-to-kara-yaki", "relay", [],
         "丁寧なお礼の言葉が多いが、空焼き不要の重要なご案内を含む：お礼だけではない。",
         to=b, frm="鍛冶屋 たくみ <info@kajiya-takumi.jp>", lang="ja",
         subject=f"ご使用前の大切なお知らせ（注文番号 {o}）", text=f"""お客様

この度は数あるショップの中から当店をお選びいただき、誠にありがとうございます。

ご注文番号 {o} の鉄フライパンは、出荷前に空焼き処理済みです。
ご使用前の空焼きは不要ですので、さっと洗って油をなじませてから
お使いください。空焼きを繰り返すと、表面の被膜がはがれる原因となります。

今後とも何卒よろしくお願い申し上げます。

鍛冶屋 たくみ""")

    # -- violations --
    o, b = order("giftcard", "ja", "ステンレス水筒 500ml")
    case("hoshi-go-gift-ken", "reject", ["review.incentive"],
         "★5レビュー投稿でAmazonギフト券をプレゼント。", tolerated=("type.marketing",),
         to=b, frm="ボトル専門店 しずく <info@bottle-shizuku.jp>", lang="ja",
         subject=f"レビューキャンペーンのご案内（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のステンレス水筒をお買い上げいただき、ありがとうございます。

ただいま、★5のレビューをご投稿いただいたお客様全員に、
Amazonギフト券500円分をプレゼントしております。
投稿後、レビューの画面を本メッセージにご返信ください。

ボトル専門店 しずく""")

    o, b = order("sakujo", "ja", "電動歯ブラシ 替えブラシ付き")
    case("hyouka-sakujo-onegai", "reject", ["review.removal-request"],
         "交換品を送ったので低評価のレビューを削除してほしいという依頼。",
         to=b, frm="デンタルケア さくら <support@dental-sakura.jp>", lang="ja",
         subject=f"レビューについてのお願い（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の電動歯ブラシにつきまして、初期不良でご迷惑を
おかけし、大変申し訳ございませんでした。交換品は昨日発送いたしました。

大変恐縮ではございますが、先日ご投稿いただいた低評価のレビューを
削除していただくことは可能でしょうか。

何卒よろしくお願い申し上げます。
デンタルケア さくら""", enc=JIS)

    o, b = order("manzoku", "ja", "信楽焼 マグカップ")
    case("gomanzoku-nara-hoshi-go", "reject", ["review.conditional"],
         "ご満足いただけた場合のみ★5評価を依頼し、ご不満なら評価の前に連絡を求める。",
         tolerated=("review.incentive",),
         to=b, frm="信楽陶房 <info@shigaraki-toubou.jp>", lang="ja",
         subject=f"商品はいかがでしたか（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の信楽焼マグカップはお手元に届きましたでしょうか。

商品にご満足いただけましたら、ぜひ★5の評価をお願いいたします。
万が一ご不満な点がございましたら、評価をされる前に、まずは当店まで
ご連絡ください。

信楽陶房""")

    o, b = order("hassou", "ja", "ヨガマット 6mm")
    case("hassou-kanryou-otoiawase-bangou", "quarantine", ["type.order-confirmation"],
         "発送完了のお知らせと送り状番号（ヤマト運輸）：発送通知の重複。",
         to=b, frm="フィットネスショップ げんき <shop@fitness-genki.jp>", lang="ja",
         subject=f"【発送完了のお知らせ】注文番号 {o}", text=f"""お客様

ご注文いただいた商品を本日発送いたしました。

ご注文番号：{o}
配送業者：ヤマト運輸
お問い合わせ伝票番号：4821-9930-1176

お届けまで今しばらくお待ちくださいませ。

フィットネスショップ げんき""")

    o, b = order("kyanseru", "ja", "有田焼 豆皿 5枚セット", **OOS_DATES)
    case("jibun-de-kyanseru-onegai", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "在庫切れのため、購入者にキャンセル手続きを依頼し、返金の確認もない。",
         to=b, frm="有田焼 窯元ショップ <info@arita-kamamoto.jp>", lang="ja",
         subject=f"在庫切れのお詫び（注文番号 {o}）", text=f"""お客様

大変申し訳ございません。ご注文の豆皿5枚セットは在庫切れとなっております。

お手数ですが、お客様ご自身でAmazonの注文履歴から
ご注文番号 {o} のキャンセル手続きをお願いいたします。

有田焼 窯元ショップ""")

    o, b = order("merumaga", "ja", "国産ひのき まな板")
    case("merumaga-kupon", "quarantine", ["type.marketing"],
         "お手入れ方法のご案内に続けて、新商品の紹介と次回使えるクーポンの案内：販促。",
         to=b, frm="木工房 ひのき屋 <info@hinokiya.jp>", lang="ja",
         subject=f"まな板のお手入れ方法（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のひのきまな板は、ご使用後に水洗いし、
立てかけて陰干ししてください。

また、新商品の「ひのきのおひつ」を発売いたしました。
次回のお買い物で使える10%OFFクーポン【HINOKI10】もご利用ください。

木工房 ひのき屋""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_de, cases_fr, cases_es, cases_it, cases_ja))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="fourteenth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
