#!/usr/bin/env python3
"""Build the thirty-fourth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_thirtyfourth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. The shape of the shared corpus in French (amazon.fr, plus
amazon.com.be and amazon.ca buyers whose language is fr) and Italian (amazon.it): per language 8 compliant
near-misses and 18 focused violations, so that every heuristic rule of RULES.md sections B-D (language.mismatch,
type.*, review.*, order-problem.*, return.unnecessary, content.*, link.*) is hit at least once per language,
each in a native wording (vous/tu, Lei/tu, Quebec and Belgian French, helpdesk macros, long letters where the
violation is one sentence in the middle).
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

_rnd = random.Random(34_2026_1127)
_PREFIX = {"fr": "40", "com.be": "40", "it": "40", "ca": "70"}
_TLD = {"fr": "fr", "it": "it"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T08:15:00Z", shipped="2026-06-02T14:00:00Z",
                 delivered="2026-06-05T10:30:00Z")
ORDERS = BOOK.rows
order = BOOK.add
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-11T07:45:00Z"}   # out of stock: never shipped
LATE = {"shipped": "", "delivered": "", "purchased": "2026-06-08T18:20:00Z"}  # delayed: not shipped yet
B64 = {"cte": "base64"}
CP = {"charset": "windows-1252", "cte": "quoted-printable"}
L9 = {"charset": "iso-8859-15", "cte": "quoted-printable"}

TARGET = ["language.mismatch", "type.order-confirmation", "type.thank-you-only", "type.marketing",
          "review.incentive", "review.removal-request", "review.conditional", "review.repeat",
          "order-problem.cancellation-request", "order-problem.no-adjustment", "return.unnecessary",
          "content.sensitive", "content.phone-number", "content.email-address", "link.opt-out", "link.external",
          "link.insecure"]
OTHER = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "style.emoji",
         "style.line-breaks", "style.link-text", "attachment.not-allowed"]

# characters Latin-9 lacks, written the way a Latin-9 mail client would send them
_LATIN9 = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                         "\u2026": "..."})


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str, text: str,
         day: int = 12, hm: str = "10:12:31", tz: str = "+0200", reply: str = "",
         tolerated: tuple[str, ...] = (), enc: dict | None = None, fmt: str = "text", lang: str = "",
         html_body: str = "", after: tuple[str, ...] = (), crlf: bool = False, attach: tuple = (),
         headers: tuple = ()) -> None:
    """One case. fmt: text (plain), html (HTML only) or alt (text + HTML alternative); html_body replaces
    the HTML made from the text (helpdesk macros). Every target rule not named in `rules` (or tolerated)
    must stay silent. `reply` quotes the buyer: the message answers a buyer (In-Reply-To/References)."""
    hdrs = list(headers)
    if reply:
        hdrs += reply_headers(f"0102019c.f34.{slug[:24]}")
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = text.strip("\n") + "\n"
    if reply:
        body += "\n" + quote(reply) + "\n"
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*TARGET, *OTHER) if r not in rules and r not in tol]
    kw = dict(enc or {})
    if kw.get("charset") == "iso-8859-15":
        body = body.translate(_LATIN9)
    if fmt == "text":
        kw["text"] = body
    else:
        inner = html_body or text2html(body)
        if kw.get("charset") == "iso-8859-15":
            inner = inner.translate(_LATIN9)
        kw["html"] = page(inner, lang or "fr")
        if fmt == "alt":
            kw["text"] = body
    msg = mk(frm, to, subject, mail_date(day, hm, tz), f"<t34.{slug}@{dom}>", headers=hdrs, attach=attach, **kw)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, after=after, crlf=crlf)


# --------------------------------------------------------------------------------------------
# French (amazon.fr, amazon.com.be, amazon.ca)
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    # ---- compliant near-misses -------------------------------------------------------------
    frm = "Olivéa Arts de la table <atelier@olivea-table.fr>"
    o, b = order("fr-review", "fr", "Moulin à poivre en bois d'olivier, mécanisme céramique 22 cm")
    case("fr-avis-neutre", "relay", [],
         "Conseils d'entretien puis une demande d'avis neutre (« qu'il soit positif ou non »), sans contrepartie "
         "ni condition ; l'offre d'aide est un paragraphe à part, pas un filtre : première demande pour cette "
         "commande.",
         to=b, frm=frm, enc=CP, day=9, crlf=True,
         subject=f"Votre moulin à poivre – quelques conseils (commande {o})", text=f"""Bonjour,

Votre moulin à poivre en olivier (commande {o}) est arrivé chez vous il y
a quelques jours. Trois petits conseils pour en profiter longtemps :

- réglez la mouture avec l'écrou du haut : vers la droite pour une mouture
  fine, vers la gauche pour du concassé ;
- n'y mettez ni sel ni poivre humide, le mécanisme céramique n'aime pas
  l'humidité ;
- un passage d'huile d'olive sur le bois, deux fois par an, l'empêche de se
  dessécher.

Si vous avez une question sur l'entretien, répondez simplement à ce message.

Et quand vous aurez eu le temps de l'utiliser, votre avis sur Amazon, qu'il
soit positif ou non, aidera d'autres cuisiniers à choisir. Merci d'avance
pour ce moment.

Bien cordialement,
Hélène Marchetti
Olivéa – Arts de la table""")

    case("fr-avis-on-revient-vers-vous", "reject", ["review.repeat"],
         "« Nous nous permettons de revenir vers vous… auriez-vous une minute pour partager votre expérience "
         "sur Amazon ? » : seconde demande d'avis pour la même commande après la première, relayée.",
         to=b, frm=frm, enc=CP, day=14, crlf=True, after=("fr-avis-neutre",),
         subject=f"Votre avis sur le moulin à poivre ? (commande {o})", text=f"""Bonjour,

Nous nous permettons de revenir vers vous au sujet de votre moulin à poivre
en olivier (commande {o}).

Si ce n'est pas déjà fait, auriez-vous une minute à nous consacrer pour
partager votre expérience sur Amazon ? Chaque retour compte énormément pour
un petit atelier comme le nôtre.

Belle journée,
Hélène Marchetti
Olivéa – Arts de la table""")

    o, b = order("fr-retinfo", "fr", "Valise cabine rigide 55 cm, coque polycarbonate")
    case("fr-retour-photos-transport", "relay", [],
         "Demande de retour (article endommagé) : le vendeur demande des photos et une précision pour savoir "
         "s'il s'agit d'un dommage de transport, des informations nécessaires pour traiter le retour.",
         to=b, frm="Bagagerie Lemoine <service.clients@bagagerie-lemoine.fr>", fmt="alt", lang="fr",
         subject=f"Votre demande de retour – commande {o}", text=f"""Bonjour Madame,

Nous avons bien reçu votre demande de retour concernant la valise cabine de
la commande {o}, pour le motif « article endommagé ».

Afin de traiter votre retour au plus vite et de déterminer s'il s'agit d'un
dommage lié au transport, pourriez-vous nous transmettre, en réponse à ce
message, deux ou trois photos : la coque abîmée, l'étiquette du colis et, si
vous l'avez encore, le carton d'origine ?

Merci aussi de nous préciser si la roulette a cédé dès la réception ou après
une première utilisation.

Dès réception de ces éléments, nous vous indiquerons la marche à suivre.

Cordialement,
Service clients Bagagerie Lemoine""")

    o, b = order("fr-delay", "fr", "Bitte d'amarrage double inox 316, 150 mm", **LATE)
    case("fr-retard-greve-dockers", "relay", [],
         "Retard expliqué (grève au port), nouvelle date, et « si ce délai ne vous convient pas, vous êtes libre "
         "d'annuler… intégralement remboursé » : l'article n'est pas en rupture, l'annulation est une option "
         "offerte, pas une demande ; « bitte d'amarrage » est un terme de marine.",
         to=b, frm="Accastillage Iroise <commandes@accastillage-iroise.fr>", enc=L9,
         subject=f"Commande {o} : retard d'expédition", text=f"""Bonjour,

Nous tenions à vous prévenir que l'expédition de votre bitte d'amarrage inox
(commande {o}) prendra du retard : le conteneur qui devait arriver au
port du Havre le 8 juin est bloqué par un mouvement de grève des dockers.

Selon notre transitaire, la marchandise sera débarquée en fin de semaine
prochaine ; nous pourrons alors vous l'expédier sous 48 h, soit une livraison
estimée autour du 26 juin au lieu du 12.

Si ce nouveau délai ne vous convient pas, vous êtes bien sûr libre d'annuler
la commande : vous seriez alors intégralement remboursé. Sinon, vous n'avez
rien à faire, nous vous tiendrons informé.

Toutes nos excuses pour ce contretemps indépendant de notre volonté.

Cordialement,
Yann Le Goff
Accastillage Iroise""")

    o, b = order("fr-invoice", "fr", "Lot de 4 chaises bistrot en rotin naturel")
    pdf = make_pdf("Facture RP-2026-0614", [
        "FACTURE RP-2026-0614",
        "Rotin & Patine SARL - 14 quai des Chartrons, 33000 Bordeaux",
        "SIRET 812 457 903 00028 - TVA FR47 812457903 - RCS Bordeaux",
        f"Commande Amazon {o} du 01/06/2026",
        "4 x Chaise bistrot rotin naturel           4 x 74,17 EUR HT",
        "Total HT 296,67 EUR   TVA 20 % 59,33 EUR   Total TTC 356,00 EUR",
        "Reglement : Amazon Payments",
    ], producer="Rotin & Patine compta 3.2")
    case("fr-facture-siret", "relay", [],
         "Envoi de la facture en PDF (motif permis) ; SIRET, TVA intracommunautaire et RCS ne sont pas des "
         "numéros de téléphone.",
         to=b, frm="Rotin & Patine <compta@rotin-patine.fr>", enc=B64, day=10,
         attach=((pdf, "application", "pdf", "Facture_RP-2026-0614.pdf"),),
         subject=f"Facture – commande {o}", text=f"""Bonjour,

Vous trouverez ci-joint la facture de votre commande {o} (4 chaises
bistrot en rotin), établie au nom de la société indiquée dans votre adresse
de facturation, avec la TVA détaillée.

Pour mémoire, nos mentions légales figurent en pied de facture : Rotin &
Patine SARL, SIRET 812 457 903 00028, TVA intracommunautaire
FR 47 812457903, RCS Bordeaux.

Bien cordialement,
Service comptabilité
Rotin & Patine""")

    o, b = order("ca-bulky", "fr", "Cuisinière électrique 30 po, 5 éléments, acier inoxydable", tld="ca",
                 shipped="", delivered="")
    case("ca-livraison-sur-rendez-vous", "relay", [],
         "Acheteur d'amazon.ca de langue fr, français du Québec : prise de rendez-vous pour un gros appareil "
         "avec le numéro du répartiteur du transporteur, dans la même phrase que le transporteur (numéro permis).",
         to=b, frm="Électro Rive-Nord <livraisons@electrorivenord.ca>", fmt="alt", lang="fr-CA", tz="-0400",
         hm="08:47:02",
         subject=f"Livraison de votre cuisinière – commande {o}", text=f"""Bonjour,

Votre cuisinière (commande {o}) est arrivée à notre entrepôt de Laval.
Comme tous les gros électroménagers, elle sera livrée sur rendez-vous par
notre transporteur, Transport Bellemare.

Pour fixer la date, appelez directement le répartiteur de Transport
Bellemare au 450 682-3317, du lundi au vendredi, de 7 h à 16 h. Ayez votre
numéro de commande sous la main.

Prévoyez un dégagement d'environ 80 cm devant l'emplacement : les livreurs
installent l'appareil, mais ne peuvent pas déplacer vos meubles.

Merci et bonne journée!
Électro Rive-Nord""")

    o, b = order("fr-question", "fr", "Arbre à chat XXL 180 cm, 3 niches, griffoirs sisal")
    case("fr-reponse-question-chatte", "relay", [],
         "Réponse à la question d'une acheteuse sur la charge de la plateforme : « une chatte de 7 kg » désigne "
         "l'animal, aucun langage grossier ; la pièce de rechange répond à sa question.",
         to=b, frm="Miaou Design <bonjour@miaou-design.fr>", enc=CP, day=11,
         reply="Bonjour, ma chatte fait presque 7 kg, est-ce que la plateforme du haut va tenir ? "
               "Et peut-on changer les griffoirs ?",
         subject=f"RE: Question sur l'arbre à chat – commande {o}", text="""Bonjour,

Merci pour votre question. La plateforme du haut est donnée pour 12 kg : une
chatte de 7 kg peut s'y installer sans problème, même en sautant. Pensez
juste à fixer l'arbre au mur avec la sangle fournie, car à 180 cm un gros
chat qui se lance peut le faire basculer.

Les griffoirs se dévissent à la main et existent en pièce de rechange
(poteaux en sisal de 30 et 40 cm), si un jour ils sont trop abîmés.

Bonne journée à vous et à votre chatte,
Julie – Miaou Design""")

    o, b = order("be-oos", "fr", "Gaufrier électrique double, plaques amovibles", tld="com.be", **OOS)
    case("be-rupture-remboursee", "relay", [],
         "Acheteur belge (amazon.com.be, fr) : rupture, remboursement intégral confirmé avec le motif, et « vous "
         "n'avez aucune démarche à effectuer » : pas de demande d'annulation.",
         to=b, frm="Le Comptoir Liégeois <commandes@comptoir-liegeois.be>", enc=L9, day=12,
         subject=f"Votre commande {o} – gaufrier indisponible", text=f"""Bonjour,

Nous sommes au regret de vous annoncer que le gaufrier double de votre
commande {o} n'est plus disponible : le dernier exemplaire de notre
stock a été endommagé lors de la préparation de votre colis.

Nous avons donc annulé la commande de notre côté et procédé au remboursement
intégral de 79,95 EUR, avec le motif « rupture de stock ». Vous n'avez aucune
démarche à effectuer ; selon votre banque, le montant apparaîtra sur votre
compte d'ici 3 à 5 jours ouvrables.

Toutes nos excuses pour ce désagrément.

Bien à vous,
Le Comptoir Liégeois""")

    o, b = order("fr-track", "fr", "Platine vinyle Bluetooth, entraînement par courroie")
    case("fr-reponse-suivi-enquete", "relay", [],
         "Réponse à « mon colis est indiqué livré mais je n'ai rien reçu » : numéro de suivi Chronopost et "
         "enquête ouverte ; un message qui répond à l'acheteur n'est pas une confirmation d'expédition.",
         to=b, frm="Vinyle & Co <sav@vinyle-co.fr>", fmt="html", lang="fr", enc=B64, day=8,
         reply="Bonjour, mon colis est indiqué livré mais je n'ai rien reçu. Que se passe-t-il ?",
         subject=f"RE: Commande {o} – colis non reçu", text="""Bonjour,

Nous sommes désolés pour ce souci. Votre platine a été confiée à Chronopost
le 2 juin sous le numéro de suivi XW482913057FR. Le transporteur l'indique
comme livrée le 5 juin à 11 h 42, « remise en boîte à colis ».

Nous venons d'ouvrir une enquête auprès de Chronopost ; ils ont 72 h pour
nous répondre. Pourriez-vous, en attendant, vérifier auprès de vos voisins
ou de votre gardien ? Nous revenons vers vous dès que nous avons leur réponse.

Cordialement,
Thomas – Vinyle & Co""")

    # ---- violations ----------------------------------------------------------------------------
    o, b = order("ca-mismatch", "en", "Chaise Adirondack en cèdre rouge", tld="ca", **LATE)
    case("ca-quebecois-a-anglophone", "quarantine", ["language.mismatch"],
         "Avis de retard entièrement en français du Québec à un acheteur d'amazon.ca dont la langue est "
         "l'anglais.",
         to=b, frm="Atelier Boréal <commandes@atelierboreal.ca>", tz="-0400", hm="16:05:44",
         subject=f"Votre chaise Adirondack – commande {o}", text=f"""Bonjour,

Un petit mot pour vous aviser que votre chaise Adirondack (commande
{o}) va partir avec quelques jours de retard : notre menuisier a dû
refaire un lot de lattes qui ne passaient pas notre contrôle de qualité.

On prévoit l'expédition jeudi prochain, pour une livraison au début de la
semaine suivante. Désolés pour l'attente!

Bonne fin de semaine,
Atelier Boréal""")

    o, b = order("fr-shipped", "fr", "Coffret de 12 thés bio en vrac")
    case("fr-macro-bonne-nouvelle-expediee", "quarantine", ["type.order-confirmation"],
         "Macro d'un outil de support : « Bonne nouvelle ! Votre commande vient de quitter notre atelier… numéro "
         "de suivi » et rien d'autre, une confirmation d'expédition qu'Amazon envoie déjà.",
         to=b, frm="Maison Tisanière <support@maison-tisaniere.fr>", fmt="html", enc=B64, day=3, lang="fr",
         headers=(("X-Mailer", "Freshdesk"),),
         html_body=f"""<div class="fd-reply">
<p>Bonjour Nathalie,</p>
<p>Bonne nouvelle ! Votre commande <b>{o}</b> vient de quitter notre atelier de Grasse et voyage
désormais avec Mondial Relay.</p>
<p>Numéro de suivi : <b>71385204</b><br>
Transporteur : Mondial Relay</p>
<p>Vous pourrez suivre son acheminement avec ce numéro sur le site du transporteur.</p>
<p>Belle dégustation,<br>
L'équipe Maison Tisanière</p>
</div>""", subject=f"Votre commande {o} est en route", text="")

    o, b = order("fr-received", "fr", "Plaid en laine mérinos 130x170, gris perle", shipped="", delivered="",
                 purchased="2026-06-12T19:02:00Z")
    case("fr-commande-bien-recue", "quarantine", ["type.order-confirmation"],
         "« Nous avons bien reçu votre commande… en cours de préparation… remis au transporteur sous 48 h » : "
         "une confirmation de commande, rien d'autre.",
         to=b, frm="Laines du Vercors <commandes@laines-vercors.fr>", enc=CP, day=13,
         subject=f"Confirmation de votre commande {o}", text=f"""Bonjour,

Nous avons bien reçu votre commande {o} et vous en remercions.

Votre plaid en laine mérinos est en cours de préparation dans notre atelier ;
il sera remis au transporteur sous 48 heures ouvrées et vous recevrez alors
la confirmation d'expédition.

À très bientôt,
Laines du Vercors""")

    o, b = order("be-thanks", "fr", "Moules à pralines en silicone, lot de 3", tld="com.be")
    case("be-un-tout-grand-merci", "quarantine", ["type.thank-you-only"],
         "Belgique : « Un tout grand merci pour votre commande… C'est toujours une joie… n'hésitez surtout pas "
         "à nous écrire » : remerciements et offre d'aide, rien d'autre.",
         to=b, frm="Chocolaterie Van Damme <info@chocolaterie-vandamme.be>", fmt="alt", lang="fr-BE", day=7,
         subject=f"Merci ! – commande {o}", text=f"""Bonjour,

Un tout grand merci pour votre commande {o} et pour la confiance que
vous accordez à notre petite chocolaterie artisanale.

C'est toujours une joie pour nous de savoir que nos moules vont servir dans
une nouvelle cuisine.

Si vous avez la moindre question, nous sommes là : n'hésitez surtout pas à
nous écrire.

Au plaisir,
Chocolaterie Van Damme – Namur""")

    o, b = order("fr-mkt", "fr", "Bougie parfumée figue & cèdre, cire de soja 300 g")
    case("fr-bougie-ps-code-automne", "quarantine", ["type.marketing"],
         "Longue lettre d'entretien de bougie, puis un « PS : notre collection d'automne vient d'arriver ; avec "
         "le code AUTOMNE15, profitez de 15 % » : un code promo sur d'autres produits.",
         to=b, frm="Atelier Lueur <camille@atelier-lueur.fr>", enc=CP, day=10,
         subject=f"Votre bougie figue & cèdre (commande {o})", text=f"""Bonjour,

Votre bougie figue & cèdre (commande {o}) est arrivée chez vous la
semaine dernière. Pour qu'elle brûle de façon régulière jusqu'au bout, voici
les trois règles que nous donnons à tous nos clients :

1. La première fois, laissez-la allumée au moins deux heures, jusqu'à ce que
   toute la surface de cire soit liquide. Sinon, elle creuse un « tunnel » et
   perd une partie de sa durée de vie.
2. Recoupez la mèche à 5 mm avant chaque allumage ; une mèche trop longue
   fume et noircit le verre.
3. Ne la laissez pas brûler plus de quatre heures d'affilée.

Quand il ne reste qu'un centimètre de cire, arrêtez-la : le fond du verre
chauffe beaucoup.

PS : notre collection d'automne (ambre, châtaigne grillée, feu de bois) vient
d'arriver. Avec le code AUTOMNE15, profitez de 15 % de réduction sur toute la
gamme jusqu'au 30 juin.

Douces soirées,
Camille – Atelier Lueur""")

    o, b = order("fr-incent", "fr", "Kit de calligraphie : 6 plumes, porte-plume et encre de Chine")
    case("fr-avis-contre-frais-de-port", "reject", ["review.incentive"],
         "Au milieu de conseils d'écriture : « si vous laissez un avis… envoyez-nous une capture d'écran et nous "
         "vous rembourserons les frais de port » : un remboursement en échange d'un avis.",
         to=b, frm="La Plume d'Ambre <atelier@plume-ambre.fr>", enc=L9, day=11,
         subject=f"Vos premiers pleins et déliés (commande {o})", text=f"""Bonjour,

Nous espérons que vos premiers essais avec le kit de calligraphie (commande
{o}) se passent bien. Quelques conseils de notre atelier :

- avant la première utilisation, passez les plumes neuves sous l'eau chaude
  savonneuse : elles sont livrées avec un film protecteur qui empêche l'encre
  d'accrocher ;
- tenez le porte-plume à 45 degrés et ne forcez pas : c'est l'angle, pas la
  pression, qui fait les pleins et les déliés ;
- rincez les plumes après chaque séance, l'encre de Chine sèche vite et les
  abîme.

Une petite faveur : si vous laissez un avis sur la fiche du kit, envoyez-nous
simplement une capture d'écran en réponse à ce message et nous vous
rembourserons les frais de port de votre commande. C'est notre façon de
remercier ceux qui prennent le temps d'écrire.

Vous trouverez aussi des modèles d'alphabets à recopier dans le livret joint
au kit.

Belle écriture,
Mathilde – La Plume d'Ambre""")

    o, b = order("fr-removal", "fr", "Tondeuse à barbe rechargeable, 20 hauteurs de coupe")
    case("fr-retirer-avis-une-etoile", "reject", ["review.removal-request"],
         "Après l'envoi d'un remplacement : « auriez-vous la gentillesse de retirer l'avis d'une étoile que vous "
         "avez publié, ou au moins de le mettre à jour ? » ; le remplacement cité juste avant peut se lire comme "
         "une contrepartie, d'où review.incentive toléré.",
         to=b, frm="Barbier Moderne <contact@barbier-moderne.fr>", enc=CP, day=12,
         tolerated=("review.incentive",),
         reply="La tondeuse ne charge plus au bout d'une semaine. J'ai mis une étoile, c'est mérité.",
         subject=f"RE: Tondeuse – commande {o}", text="""Bonjour Monsieur,

Nous comprenons tout à fait votre agacement et vous présentons nos excuses.
Une tondeuse neuve vous a été expédiée ce matin ; il est inutile de nous
renvoyer l'ancienne.

Le défaut venait d'un lot de câbles USB-C défectueux, que nous avons depuis
retiré de la vente.

Maintenant que la situation est réglée, auriez-vous la gentillesse de retirer
l'avis d'une étoile que vous avez publié, ou au moins de le mettre à jour ?
Pour une petite entreprise comme la nôtre, il pèse très lourd.

Cordialement,
Barbier Moderne""")

    o, b = order("fr-cond", "fr", "Gourde isotherme 750 ml, inox, bouchon bambou")
    case("fr-tu-es-content-ecris-nous", "reject", ["review.conditional"],
         "Tutoiement de marque : « Tu es content(e) de ta gourde ? Alors un petit avis… Un souci ? Écris-nous "
         "d'abord » : l'avis n'est demandé qu'aux clients satisfaits.",
         to=b, frm="Hydrolia <hello@hydrolia.fr>", fmt="alt", lang="fr", day=10,
         subject=f"Ta gourde Hydrolia (commande {o})", text=f"""Salut !

Ta gourde (commande {o}) t'accompagne depuis quelques jours maintenant.
Petit rappel : elle garde le froid 24 h et le chaud 12 h, mais pas les
boissons gazeuses, qui font sauter le bouchon.

Tu es content(e) de ta gourde ? Alors un petit avis sur Amazon nous aiderait
énormément. Un souci, quelque chose qui cloche ? Écris-nous d'abord, on
trouve toujours une solution ensemble.

À bientôt,
L'équipe Hydrolia""")

    o, b = order("fr-cancel", "fr", "Robe portefeuille en lin, terracotta, taille 40", **OOS)
    case("fr-je-vous-laisse-annuler", "reject", ["order-problem.cancellation-request"],
         "Plus en stock, et « Je vous laisse annuler la commande depuis votre compte Amazon… ce sera le plus "
         "rapide » : le vendeur demande à l'acheteuse d'annuler (aucun ajustement non plus, toléré).",
         to=b, frm="Lin & Sel <elise@lin-et-sel.fr>", enc=L9, day=12,
         tolerated=("order-problem.no-adjustment",),
         subject=f"Votre robe en lin – commande {o}", text=f"""Bonjour,

Je suis vraiment désolée : en préparant votre colis, je me suis aperçue que
la dernière robe terracotta en taille 40 avait un défaut de tissage, et je
n'en ai plus d'autre en stock. Le lin de cette teinte ne sera pas retissé
avant la rentrée.

Je vous laisse annuler la commande {o} depuis votre compte Amazon
(rubrique « Vos commandes »), ce sera le plus rapide pour vous.

Encore pardon pour ce contretemps,
Élise – Lin & Sel""")

    o, b = order("fr-noadj", "fr", "Peinture murale mate Vert Sauge, pot de 2,5 L", **OOS)
    case("fr-arret-fabrication-teinte", "quarantine", ["order-problem.no-adjustment"],
         "Le fabricant arrête la teinte, « nous ne pourrons donc malheureusement pas vous l'expédier » : "
         "impossible d'expédier, sans confirmer ni remboursement ni ajustement.",
         to=b, frm="Couleurs & Murs <commandes@couleurs-murs.fr>", fmt="alt", lang="fr", enc=CP, day=13,
         subject=f"Votre commande {o}", text=f"""Bonjour,

Nous revenons vers vous au sujet de votre commande {o}.

Le fabricant vient de nous informer qu'il arrêtait la production de la teinte
Vert Sauge en pot de 2,5 L, et notre dernier lot a été écoulé avant
l'enregistrement de votre commande. Nous ne pourrons donc malheureusement pas
vous l'expédier.

Nous sommes sincèrement désolés pour ce contretemps et restons à votre
disposition.

Cordialement,
Couleurs & Murs""")

    o, b = order("fr-return", "fr", "Aspirateur robot laveur, navigation laser")
    case("fr-retour-laissez-lui-une-semaine", "quarantine", ["return.unnecessary"],
         "Réponse à une demande de retour qui ne demande aucune information et n'offre aucun remboursement "
         "partiel : elle tente de dissuader (« en lui laissant une petite semaine, vous changerez d'avis »).",
         to=b, frm="Domovia <service.clients@domovia.fr>", enc=B64, day=11,
         subject=f"Votre demande de retour – commande {o}", text=f"""Bonjour,

Nous avons bien reçu votre demande de retour pour l'aspirateur robot de la
commande {o}, avec le motif « ne correspond pas à mes attentes ».

Nous voulions simplement vous dire que la plupart de nos clients sont un peu
déçus les premiers jours : le robot a besoin de trois ou quatre passages pour
cartographier correctement le logement, et ses premiers trajets paraissent
souvent désordonnés.

Une fois la carte enregistrée, il nettoie pièce par pièce et contourne les
tapis. Le bac à eau ne doit être rempli qu'avec de l'eau claire, sans produit.

Nous sommes convaincus qu'en lui laissant une petite semaine, vous changerez
d'avis. Ce serait dommage de vous en séparer si vite.

Bien cordialement,
Service clients Domovia""")

    o, b = order("fr-sens", "fr", "Miroir rond doré 80 cm")
    case("fr-ce-connard-de-livreur", "quarantine", ["content.sensitive"],
         "Réponse à une cliente : « c'est encore ce connard de livreur qui a dû jeter le colis » : une insulte "
         "dans un message par ailleurs correct.",
         to=b, frm="Reflets d'Antan <boutique@reflets-antan.fr>", enc=CP, day=9,
         reply="Bonjour, le miroir est arrivé brisé et le carton était ouvert. Je suis très déçue.",
         subject=f"RE: Miroir cassé – commande {o}", text="""Bonjour Madame,

Nous sommes navrés. D'après les photos de notre entrepôt, le miroir était
parfaitement emballé au départ : c'est encore ce connard de livreur qui a dû
jeter le colis par-dessus le portail, comme la semaine dernière chez une
autre cliente.

Un nouveau miroir part demain matin, dans un double carton. Vous n'avez rien
à nous renvoyer ; les morceaux peuvent aller au verre.

Cordialement,
Reflets d'Antan""")

    o, b = order("fr-phone", "fr", "Matelas en latex naturel 140x190, ferme")
    case("fr-coup-de-fil-atelier", "reject", ["content.phone-number"],
         "Longue lettre d'entretien ; au milieu, « le plus rapide reste de nous passer un coup de fil à "
         "l'atelier au 02 40 89 17 63 » : la ligne du vendeur, ni garantie, ni transporteur, ni fabricant.",
         to=b, frm="Literie Nantaise <atelier@literie-nantaise.fr>", enc=L9, day=9, crlf=True,
         subject=f"Les premières nuits sur votre matelas (commande {o})", text=f"""Bonjour,

Votre matelas en latex (commande {o}) a été livré vendredi. Quelques
conseils pour les premières semaines :

- Laissez-le respirer 24 heures, housse ouverte, avant de dormir dessus :
  l'odeur légère du latex naturel disparaît ensuite.
- Retournez-le tête-pieds chaque mois pendant les trois premiers mois, puis
  à chaque saison.
- Le latex est plus ferme à froid : en dessous de 18 °C, il peut sembler dur
  les premiers soirs.

Pour toute question sur l'entretien ou le choix d'un sommier, le plus rapide
reste de nous passer un coup de fil à l'atelier au 02 40 89 17 63, du mardi
au samedi de 9 h à 18 h.

La housse est déhoussable et lavable à 40 °C ; ne la mettez pas au
sèche-linge.

Belles nuits,
Literie Nantaise""")

    o, b = order("fr-email", "fr", "Faire-part de mariage personnalisés, lot de 50", shipped="", delivered="")
    case("fr-photos-par-mail-gmail", "reject", ["content.email-address"],
         "Personnalisation : la demande d'informations est permise, mais « le plus simple est de nous les "
         "envoyer directement par mail à atelier.papeterie.rose@gmail.com » met une adresse e-mail dans le "
         "message.",
         to=b, frm="Papeterie Rose <commandes@papeterie-rose.fr>", fmt="alt", lang="fr", day=4,
         subject=f"Vos faire-part – commande {o}", text=f"""Bonjour,

Merci pour votre commande {o} de 50 faire-part personnalisés.

Pour lancer l'impression, il nous manque encore le texte définitif et la
photo que vous souhaitez voir au recto. Le plus simple est de nous les
envoyer directement par mail à atelier.papeterie.rose@gmail.com : la
messagerie Amazon compresse les photos et la qualité d'impression en souffre.

Nous vous renverrons un bon à tirer à valider avant impression.

Bien à vous,
Papeterie Rose""")

    o, b = order("fr-optout", "fr", "Croquettes sans céréales pour chien adulte, 12 kg")
    case("fr-repondez-stop", "reject", ["link.opt-out"],
         "Conseils de transition alimentaire, puis « Vous ne souhaitez plus recevoir de messages de notre part ? "
         "Répondez simplement STOP » : une désinscription en texte.",
         to=b, frm="Croc'Nature <conseils@crocnature.fr>", day=10,
         subject=f"Transition alimentaire – commande {o}", text=f"""Bonjour,

Votre sac de croquettes (commande {o}) a été livré la semaine dernière.
Pour éviter les troubles digestifs, faites la transition sur sept jours : un
quart de nouvelles croquettes les deux premiers jours, la moitié les jours 3
et 4, trois quarts les jours 5 et 6, puis la totalité.

Conservez le sac bien fermé, à l'abri de la chaleur, et laissez toujours de
l'eau fraîche à disposition.

Bonne journée à vous et à votre compagnon,
Croc'Nature

Vous ne souhaitez plus recevoir de messages de notre part ? Répondez
simplement STOP à cet e-mail.""")

    o, b = order("fr-ext", "fr", "Étagère murale flottante en chêne, 90 cm")
    yt = "https://www.youtube.com/watch?v=q7LmZt3R2aE"
    case("fr-video-pose-youtube", "reject", ["link.external"],
         "Lien https vers une vidéo YouTube de pose, au texte explicite : ni Amazon ni un domaine autorisé.",
         to=b, frm="Bois Flotté Atelier <pose@boisflotte-atelier.fr>", fmt="alt", lang="fr", day=9,
         html_body=f"""<p>Bonjour,</p>
<p>Pour poser votre étagère flottante (commande {o}), le plus délicat est de bien aligner la platine de
fixation : une erreur de 2 mm se voit tout de suite une fois l'étagère emboîtée.</p>
<p>Nous avons tourné une courte vidéo qui montre le perçage et le réglage :
<a href="{yt}">la vidéo de pose pas à pas (YouTube, 4 min)</a>.</p>
<p>Utilisez les chevilles fournies uniquement dans du béton ou de la brique pleine ; pour une cloison en
plaques de plâtre, il faut des chevilles à expansion métalliques.</p>
<p>Bonne installation,<br>
Bois Flotté Atelier</p>""",
         subject=f"Pose de votre étagère – commande {o}", text=f"""Bonjour,

Pour poser votre étagère flottante (commande {o}), le plus délicat est
de bien aligner la platine de fixation : une erreur de 2 mm se voit tout de
suite une fois l'étagère emboîtée.

Nous avons tourné une courte vidéo qui montre le perçage et le réglage pas à
pas : {yt}

Utilisez les chevilles fournies uniquement dans du béton ou de la brique
pleine ; pour une cloison en plaques de plâtre, il faut des chevilles à
expansion métalliques.

Bonne installation,
Bois Flotté Atelier""")

    o, b = order("fr-http", "fr", "Table basse relevable, plateau noyer", **LATE)
    case("fr-lien-http-detail-commande", "reject", ["link.insecure"],
         "Avis de retard permis, mais le lien vers le détail de la commande sur amazon.fr est en http:// "
         "(non sécurisé).",
         to=b, frm="Meubles Garnier <commandes@meubles-garnier.fr>", enc=CP, day=12,
         subject=f"Retard de votre table basse – commande {o}", text=f"""Bonjour,

Votre table basse relevable (commande {o}) partira avec environ une
semaine de retard : le vérin du plateau, fourni par notre sous-traitant, nous
a été livré avec une pièce manquante et nous attendons le remplacement.

Nous vous confirmerons la nouvelle date dès l'arrivée du vérin. La date de
livraison estimée est aussi mise à jour dans le détail de votre commande :
http://www.amazon.fr/gp/your-account/order-details?orderID={o}

Toutes nos excuses pour ce délai,
Meubles Garnier""")


# --------------------------------------------------------------------------------------------
# Italian (amazon.it)
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    # ---- compliant near-misses -------------------------------------------------------------
    frm = "Caffettiere Ferraro <negozio@caffettiereferraro.it>"
    o, b = order("it-review", "it", "Moka in acciaio inox 6 tazze, adatta a induzione")
    case("it-recensione-neutra-lei", "relay", [],
         "Consigli d'uso e richiesta neutra di recensione (« positiva o negativa che sia »), senza vantaggi né "
         "condizioni: prima richiesta per questo ordine.",
         to=b, frm=frm, enc=L9, day=8, lang="it",
         subject=f"La Sua moka – qualche consiglio (ordine {o})", text=f"""Gentile cliente,

la moka dell'ordine {o} Le è stata consegnata qualche giorno fa.
Qualche consiglio per i primi utilizzi:

- prepari e butti via i primi tre caffè, per eliminare il sapore di metallo
  nuovo;
- non usi detersivo né lavastoviglie: basta acqua calda;
- sull'induzione, tenga una potenza media: al massimo la guarnizione si
  rovina prima.

Quando avrà preso confidenza con la moka, ci farebbe piacere se volesse
lasciare una recensione su Amazon, positiva o negativa che sia: aiuta altri
clienti a scegliere.

Cordiali saluti,
Giulia Ferraro
Caffettiere Ferraro""")

    case("it-recensione-le-ricordiamo", "reject", ["review.repeat"],
         "« Le ricordiamo che c'è ancora tempo per lasciare la Sua recensione »: seconda richiesta per lo stesso "
         "ordine dopo la prima, inoltrata.",
         to=b, frm=frm, enc=L9, day=13, after=("it-recensione-neutra-lei",),
         subject=f"Ancora sulla Sua moka (ordine {o})", text=f"""Gentile cliente,

Le scriviamo di nuovo a proposito della moka dell'ordine {o}.

Le ricordiamo che c'è ancora tempo per lasciare la Sua recensione su Amazon:
bastano pochi secondi e per un piccolo laboratorio come il nostro fa davvero
la differenza.

Grazie e buona giornata,
Giulia Ferraro
Caffettiere Ferraro""")

    o, b = order("it-retinfo", "it", "Monopattino elettrico 350 W, autonomia 30 km")
    case("it-reso-numero-telaio", "relay", [],
         "Richiesta di reso (« non si accende »): il venditore chiede numero di telaio e colore della spia per "
         "gestire il reso, informazioni necessarie.",
         to=b, frm="Ruotalibera <assistenza@ruotalibera.it>", fmt="alt", lang="it", day=11,
         subject=f"La tua richiesta di reso – ordine {o}", text=f"""Ciao,

abbiamo ricevuto la tua richiesta di reso per il monopattino dell'ordine
{o}, con motivo «non si accende».

Per capire se si tratta della batteria o del controller, e quindi gestire il
reso nel modo giusto, ci servirebbero due informazioni:

1. il numero di telaio, che trovi sotto la pedana (inizia con MT-);
2. il colore della spia sul display quando tieni premuto il tasto di
   accensione per cinque secondi.

Puoi rispondere direttamente a questo messaggio. Appena ci scrivi ti mandiamo
le istruzioni per la spedizione.

A presto,
Assistenza Ruotalibera""")

    o, b = order("it-delay", "it", "Kit piastrellista: cazzuola dentata inox 10 mm e frattazzo in gomma", **LATE)
    case("it-ritardo-sciopero-cazzuola", "relay", [],
         "Avviso di ritardo motivato (sciopero degli autotrasportatori) con nuova data; « cazzuola » è un "
         "attrezzo da muratore, non una parolaccia.",
         to=b, frm="Edilferramenta Bassi <ordini@edilferramentabassi.it>", enc=CP, day=12,
         subject=f"Ritardo spedizione – ordine {o}", text=f"""Buongiorno,

Le scriviamo per avvisarLa che la spedizione del kit piastrellista
dell'ordine {o} (cazzuola dentata da 10 mm e frattazzo in gomma) subirà
un ritardo di circa cinque giorni lavorativi: a causa dello sciopero
nazionale degli autotrasportatori, il nostro fornitore non ha potuto
consegnarci la merce in tempo.

Prevediamo di spedire entro mercoledì 17 giugno; la consegna è stimata per
venerdì 19.

Ci scusiamo per l'inconveniente e La ringraziamo per la pazienza.

Cordiali saluti,
Edilferramenta Bassi""")

    o, b = order("it-invoice", "it", "Stampante termica per etichette, 203 dpi")
    pdf = make_pdf("Fattura 2026/0877", [
        "FATTURA N. 2026/0877 (copia di cortesia)",
        "Etichetta Pronta S.r.l. - Via Lazzaretto 12, 20124 Milano",
        "P.IVA 04829170965 - REA MI-2187734 - Cap. soc. 10.000,00 EUR i.v.",
        f"Ordine Amazon {o} del 01/06/2026",
        "1 x Stampante termica per etichette 203 dpi      122,13 EUR",
        "Imponibile 122,13 EUR   IVA 22% 26,87 EUR   Totale 149,00 EUR",
    ], producer="Etichetta Pronta gestionale 7")
    case("it-fattura-partita-iva", "relay", [],
         "Invio della fattura in PDF (motivo consentito); partita IVA, REA, codice destinatario e capitale "
         "sociale non sono numeri di telefono.",
         to=b, frm="Etichetta Pronta <amministrazione@etichettapronta.it>", enc=B64, day=9, crlf=True,
         attach=((pdf, "application", "pdf", "Fattura_2026-0877.pdf"),),
         subject=f"Fattura ordine {o}", text=f"""Buongiorno,

in allegato trova la fattura in formato PDF (copia di cortesia) relativa
all'ordine {o}, intestata alla partita IVA che ci ha indicato.

L'originale è stato trasmesso al Sistema di Interscambio con codice
destinatario 0000000: lo troverà nel Suo cassetto fiscale.

Dati del venditore: Etichetta Pronta S.r.l., P.IVA 04829170965,
REA MI-2187734, capitale sociale 10.000,00 EUR i.v.

Cordiali saluti,
Ufficio amministrazione
Etichetta Pronta S.r.l.""")

    o, b = order("it-carrier", "it", "Armadio 2 ante in legno massello, 180 cm", delivered="")
    case("it-risposta-brt-filiale", "relay", [],
         "Risposta al cliente che chiede quando arriva l'armadio: numero di spedizione BRT e telefono della "
         "filiale del corriere (numero consentito); in risposta, non è una conferma di spedizione.",
         to=b, frm="Mobili Zanardi <ordini@mobilizanardi.it>", fmt="alt", lang="it", day=4,
         reply="Buongiorno, quando arriva l'armadio? Devo organizzarmi per essere a casa.",
         subject=f"R: Consegna armadio – ordine {o}", text="""Buongiorno,

l'armadio è partito ieri con BRT, spedizione n. 084215370019. Trattandosi di
un collo voluminoso, la filiale BRT di Bologna La contatterà per concordare
il giorno di consegna.

Se preferisce anticipare, può chiamare direttamente la filiale BRT al numero
051 630 2214 indicando il numero di spedizione.

Cordiali saluti,
Mobili Zanardi""")

    o, b = order("it-question", "it", "Semi di finocchio dolce di Firenze, 500 semi")
    case("it-risposta-semi-finocchio", "relay", [],
         "Risposta a una domanda sulla semina: « finocchio » è l'ortaggio, nessun linguaggio offensivo.",
         to=b, frm="Orto di Nonna Pina <ciao@ortodinonnapina.it>", enc=CP, day=7,
         reply="Ciao, posso seminarli adesso a giugno in vaso sul balcone?",
         subject=f"R: Domanda sui semi – ordine {o}", text="""Ciao,

sì, il finocchio dolce si può seminare fino a fine luglio. In vaso scegli un
contenitore profondo almeno 30 cm, perché la radice è lunga, e tieni il
terriccio sempre umido ma non fradicio.

Quando il grumolo raggiunge le dimensioni di una pallina da tennis,
rincalzalo con un po' di terra: resterà più bianco e tenero. Lo raccogli
dopo circa 90 giorni.

Buon raccolto!
Orto di Nonna Pina""")

    o, b = order("it-oos", "it", "Lampada da tavolo in vetro di Murano, color ambra", **OOS)
    case("it-esaurito-rimborsato", "relay", [],
         "Articolo non disponibile, rimborso dell'intero importo confermato con la motivazione, « non deve "
         "annullare nulla »: adeguamento confermato, nessuna richiesta di annullamento.",
         to=b, frm="Vetri d'Arte Zanon <ordini@vetridartezanon.it>", fmt="alt", lang="it", enc=L9, day=12,
         subject=f"Il Suo ordine {o} – lampada non disponibile", text=f"""Gentile cliente,

siamo spiacenti di comunicarLe che la lampada in vetro di Murano color ambra
dell'ordine {o} non è più disponibile: l'ultimo pezzo si è incrinato
durante il controllo qualità prima dell'imballaggio, e la vetreria non ne
produrrà altre prima di settembre.

Abbiamo quindi rimborsato l'intero importo di 145,00 EUR con la motivazione
«articolo non disponibile». Non deve annullare nulla: l'accredito comparirà
entro qualche giorno lavorativo, a seconda del metodo di pagamento.

Ci scusiamo per l'inconveniente.

Cordiali saluti,
Vetri d'Arte Zanon""")

    o, b = order("it-warranty", "it", "Macchina da caffè automatica con macinacaffè integrato")
    case("it-numero-verde-produttore", "relay", [],
         "Numero verde dell'assistenza in garanzia del produttore, nella stessa frase di « garanzia » e "
         "« produttore »: numero consentito; « senza costi » non è una promozione.",
         to=b, frm="Casa del Caffè Ruggeri <assistenza@casadelcafferuggeri.it>", day=10, crlf=True,
         subject=f"Errore E07 – ordine {o}", text=f"""Buongiorno,

ci ha segnalato che la macchina da caffè dell'ordine {o} mostra
l'errore E07 dopo il ciclo di decalcificazione. Si tratta di un'anomalia del
sensore di flusso, coperta dalla garanzia del produttore.

Per la riparazione in garanzia può contattare il numero verde
dell'assistenza del produttore, 800 912 447, attivo dal lunedì al venerdì
dalle 9 alle 18: un tecnico passerà a ritirare la macchina a domicilio, senza
costi.

Tenga a portata di mano il numero di serie riportato sotto il serbatoio
dell'acqua.

Cordiali saluti,
Casa del Caffè Ruggeri""")

    # ---- violations ----------------------------------------------------------------------------
    o, b = order("it-mismatch", "de", "Scarponi da trekking in pelle, taglia 43", tld="it", **LATE)
    case("it-a-cliente-altoatesino", "quarantine", ["language.mismatch"],
         "Avviso di ritardo tutto in italiano a un cliente di amazon.it (Bolzano) la cui lingua registrata è il "
         "tedesco.",
         to=b, frm="Montagna Sport Trento <ordini@montagnasport-trento.it>", enc=CP, day=12,
         subject=f"Spedizione ordine {o}", text=f"""Buongiorno,

La informiamo che la spedizione degli scarponi dell'ordine {o}
slitterà di tre giorni: il corriere non ha effettuato il ritiro previsto per
ieri a causa di un guasto al mezzo.

Il pacco partirà lunedì 15 giugno e dovrebbe arrivare a Bolzano entro
mercoledì.

Ci scusiamo per il disagio.

Cordiali saluti,
Montagna Sport Trento""")

    o, b = order("it-shipped", "it", "Set di 6 calici da vino in cristallo")
    case("it-macro-ordine-in-viaggio", "quarantine", ["type.order-confirmation"],
         "Macro di helpdesk: « il tuo ordine è stato affidato a GLS ed è in viaggio verso di te! » con numero "
         "di tracking: solo una conferma di spedizione.",
         to=b, frm="Cristalleria Vetrò <assistenza@cristalleriavetro.it>", fmt="html", lang="it", enc=B64, day=2,
         headers=(("X-Mailer", "Zendesk Mailer"),),
         html_body=f"""<div class="zd-comment">
<p>Ciao Marco,</p>
<p>il tuo ordine <strong>{o}</strong> è stato affidato a GLS ed è in viaggio verso di te!</p>
<ul>
<li>Numero di tracking GLS: 61883022197</li>
<li>Consegna prevista: 2-3 giorni lavorativi</li>
</ul>
<p>Abbiamo imballato i calici uno per uno con la carta a bolle, quindi puoi stare tranquillo.</p>
<p>Un saluto dal team di Cristalleria Vetrò</p>
</div>""", subject=f"Il tuo ordine {o} è partito", text="")

    o, b = order("it-thanks", "it", "Tovaglia in lino ricamata a mano, 8 posti")
    case("it-grazie-di-cuore", "quarantine", ["type.thank-you-only"],
         "« Grazie di cuore per aver scelto il nostro laboratorio… restiamo a Sua completa disposizione »: solo "
         "ringraziamenti e offerta d'aiuto.",
         to=b, frm="Ricami di Sardegna <laboratorio@ricamidisardegna.it>", fmt="alt", lang="it", enc=CP, day=8,
         subject=f"Grazie! – ordine {o}", text=f"""Gentile cliente,

grazie di cuore per aver scelto il nostro laboratorio per il Suo ordine
{o}. Ogni tovaglia che esce dalle nostre mani porta con sé un pezzetto
della nostra storia, e sapere che arriverà sulla Sua tavola ci rende davvero
felici.

Per qualsiasi necessità restiamo a Sua completa disposizione.

Un caro saluto,
Ricami di Sardegna""")

    o, b = order("it-mkt", "it", "Tappetino yoga antiscivolo in sughero, 6 mm")
    case("it-seguici-su-instagram", "quarantine", ["type.marketing"],
         "Consigli d'uso e, in mezzo, « Hai già visto la nuova linea…? Seguici su Instagram… offerte riservate "
         "ai nostri follower »: altri prodotti e richiesta di seguire sui social.",
         to=b, frm="Sughero Yoga <ciao@sugheroyoga.it>", day=9,
         subject=f"Il tuo tappetino in sughero (ordine {o})", text=f"""Ciao,

il tuo tappetino in sughero (ordine {o}) è arrivato da qualche giorno.
Qualche dritta per farlo durare:

- i primi giorni il sughero può risultare un po' scivoloso: passaci sopra un
  panno umido prima della pratica e la presa migliora;
- puliscilo con acqua e qualche goccia di aceto, mai con detergenti
  aggressivi;
- arrotolalo con il sughero verso l'esterno.

Hai già visto la nuova linea di blocchi e cinghie in sughero? Seguici su
Instagram (@sughero_yoga) per scoprire le novità in anteprima e le offerte
riservate ai nostri follower.

Buona pratica,
Sughero Yoga""")

    o, b = order("it-incent", "it", "Purificatore d'aria HEPA H13, stanze fino a 40 m²")
    case("it-buono-amazon-10-euro", "reject", ["review.incentive"],
         "Lunga lettera d'uso; in mezzo, « a tutti i clienti che condividono la propria opinione con una "
         "recensione… inviamo un buono regalo Amazon da 10 euro »: un buono in cambio di una recensione.",
         to=b, frm="AriaPura Italia <clienti@ariapuraitalia.it>", enc=L9, day=11,
         subject=f"Il Suo purificatore d'aria (ordine {o})", text=f"""Gentile cliente,

speriamo che il purificatore d'aria dell'ordine {o} stia già facendo
il suo lavoro. Alcune indicazioni utili:

- il filtro HEPA va sostituito ogni 6-8 mesi; la spia arancione Le ricorderà
  quando è il momento;
- la modalità notte riduce il rumore a 22 dB, ma dimezza la portata d'aria;
- tenga l'apparecchio ad almeno 30 cm dalle pareti per una circolazione
  corretta.

A tutti i clienti che condividono la propria opinione con una recensione sul
prodotto inviamo, come ringraziamento, un buono regalo Amazon da 10 euro:
basta rispondere a questo messaggio con il link alla recensione.

Per qualsiasi dubbio sull'utilizzo, può scriverci rispondendo a questo
messaggio.

Cordiali saluti,
AriaPura Italia""")

    o, b = order("it-stars", "it", "Zaino porta PC 15,6 pollici impermeabile, cuoio e tela")
    case("it-lasciaci-5-stelle", "reject", ["review.incentive"],
         "« Se puoi, lasciaci 5 stelle su Amazon, ci aiuteresti tantissimo »: orienta il cliente verso una "
         "recensione positiva.",
         to=b, frm="Borse Lanzi Prato <bottega@borselanzi.it>", fmt="alt", lang="it", day=10,
         subject=f"Come ti trovi con lo zaino? (ordine {o})", text=f"""Ciao!

Come ti trovi con il tuo nuovo zaino (ordine {o})? Lo scomparto
imbottito per il PC si apre anche dal lato schiena, comodo ai controlli in
aeroporto.

Siamo una piccola bottega artigiana di Prato e ogni recensione per noi vale
oro: se puoi, lasciaci 5 stelle su Amazon, ci aiuteresti tantissimo a farci
conoscere!

Grazie mille,
Borse Lanzi Prato""")

    o, b = order("it-removal", "it", "Bollitore elettrico in vetro 1,7 L")
    case("it-rivedere-recensione", "reject", ["review.removal-request"],
         "Dopo una sostituzione: « Le saremmo molto grati se volesse rivedere la recensione che ha pubblicato, "
         "magari aggiornandola o eliminandola »; la sostituzione citata prima può sembrare una contropartita, "
         "review.incentive tollerato.",
         to=b, frm="Elettrocasa Marchi <servizioclienti@elettrocasamarchi.it>", enc=CP, day=12,
         tolerated=("review.incentive",),
         reply="Il bollitore perde acqua dalla base. Ho già scritto una recensione negativa.",
         subject=f"R: Bollitore difettoso – ordine {o}", text="""Gentile cliente,

ci dispiace molto per l'inconveniente. Le abbiamo già spedito un bollitore
nuovo, che riceverà entro giovedì; quello difettoso può tenerlo o smaltirlo.

Alla luce della soluzione trovata, Le saremmo molto grati se volesse rivedere
la recensione che ha pubblicato, magari aggiornandola o eliminandola. Per un
piccolo negozio come il nostro una recensione negativa pesa moltissimo.

Cordiali saluti,
Elettrocasa Marchi""")

    o, b = order("it-cond", "it", "Set di coltelli da cucina forgiati, 5 pezzi con ceppo")
    case("it-se-e-soddisfatto", "reject", ["review.conditional"],
         "« Se è soddisfatto… Le saremmo grati per una recensione. Se invece qualcosa non L'ha convinta, prima "
         "di recensire ci contatti »: recensione solo se l'esperienza è positiva; i coltelli non sono violenza.",
         to=b, frm="Coltellerie Maniago Due <info@coltelleriemaniagodue.it>", fmt="alt", lang="it", enc=L9,
         day=10,
         subject=f"I Suoi coltelli – ordine {o}", text=f"""Gentile cliente,

grazie per aver acquistato il set di coltelli dell'ordine {o}. Per
mantenere il filo più a lungo, li lavi a mano e li asciughi subito; eviti i
taglieri in vetro o in marmo.

Se è soddisfatto del Suo acquisto, Le saremmo grati per una recensione su
Amazon. Se invece qualcosa non L'ha convinta, prima di recensire ci contatti:
troveremo sicuramente una soluzione.

Cordiali saluti,
Coltellerie Maniago Due""")

    o, b = order("it-cancel", "it", "Poltrona relax reclinabile, tessuto tortora", **OOS)
    case("it-le-chiedo-la-cortesia-di-annullare", "reject", ["order-problem.cancellation-request"],
         "Esaurito, e « Le chiedo la cortesia di procedere Lei con l'annullamento dell'ordine »: il venditore "
         "chiede al cliente di annullare (nessun adeguamento, tollerato).",
         to=b, frm="Salotto Comodo <francesca@salottocomodo.it>", day=12,
         tolerated=("order-problem.no-adjustment",),
         subject=f"Ordine {o} – poltrona relax", text=f"""Buongiorno,

purtroppo la poltrona relax color tortora dell'ordine {o} è andata
esaurita: l'ultimo pezzo a magazzino è risultato danneggiato e il fornitore
non ha una data certa per il riassortimento.

Per non farLa attendere inutilmente, Le chiedo la cortesia di procedere Lei
con l'annullamento dell'ordine dalla sezione «I miei ordini» del Suo account
Amazon.

Mi scuso per il disagio.

Cordiali saluti,
Francesca
Salotto Comodo""")

    o, b = order("it-noadj", "it", "Robot da cucina multifunzione 1200 W", **OOS)
    case("it-non-potremo-evadere", "quarantine", ["order-problem.no-adjustment"],
         "« Risulta purtroppo esaurito… non potremo evadere l'ordine » senza confermare rimborso o adeguamento "
         "dell'importo.",
         to=b, frm="Cucina Più <ufficio.ordini@cucinapiu.it>", fmt="html", lang="it", enc=CP, day=13,
         subject=f"Ordine {o}", text=f"""Gentile cliente,

dobbiamo informarLa che il robot da cucina dell'ordine {o} risulta
purtroppo esaurito presso il nostro magazzino e, per un errore di
sincronizzazione delle giacenze, non potremo evadere l'ordine.

Ci scusiamo sinceramente per il disagio.

Distinti saluti,
Ufficio ordini Cucina Più""")

    o, b = order("it-return", "it", "Stivali in gomma da donna, taglia 38")
    case("it-reso-preso-in-carico", "quarantine", ["return.unnecessary"],
         "Messaggio sul reso che non chiede informazioni né offre un rimborso parziale (« abbiamo preso in carico "
         "la Sua richiesta di reso… effettueremo il rimborso »); l'annuncio del rimborso futuro può leggersi come "
         "avviso che Amazon già invia, type.order-confirmation tollerato.",
         to=b, frm="Calzature Bertoldi <resi@calzaturebertoldi.it>", enc=L9, day=11,
         tolerated=("type.order-confirmation",),
         subject=f"Reso ordine {o}", text=f"""Buongiorno,

abbiamo preso in carico la Sua richiesta di reso per gli stivali
dell'ordine {o}.

L'etichetta di reso è disponibile nella sezione «I miei ordini»; il pacco può
essere consegnato in qualsiasi punto di ritiro del corriere indicato. Non
appena il prodotto arriverà al nostro magazzino, effettueremo il rimborso.

Cordiali saluti,
Calzature Bertoldi""")

    o, b = order("it-sens", "it", "Tenda da sole a bracci estensibili 3x2 m")
    case("it-ci-ha-rotto-le-palle", "quarantine", ["content.sensitive"],
         "Risposta a un cliente insistente: « sinceramente ci ha rotto le palle con tutti questi messaggi »: "
         "linguaggio volgare.",
         to=b, frm="Tende Sole Rimini <negozio@tendesolerimini.it>", day=9,
         reply="Vi ho scritto quattro volte, la tenda non è ancora arrivata. Quando pensate di spedirla?",
         subject=f"R: Tenda ordine {o}", text="""Buongiorno,

la tenda è stata spedita il 2 giugno, come Le abbiamo già scritto tre volte,
e il corriere ci conferma che è in consegna domani.

Sinceramente ci ha rotto le palle con tutti questi messaggi: la pazienza ha
un limite anche per noi.

Saluti,
Tende Sole Rimini""")

    o, b = order("it-phone", "it", "Pergola in alluminio 3x4 m con telo")
    case("it-chiami-il-nostro-ufficio", "reject", ["content.phone-number"],
         "Lunga lettera di montaggio; in mezzo, « chiami pure il nostro ufficio allo 0571 48 23 16 e chieda di "
         "Marco »: il numero del venditore, non di garanzia, corriere o produttore.",
         to=b, frm="Giardini Toscani <info@giardinitoscani.it>", fmt="alt", lang="it", enc=CP, day=7,
         subject=f"Montaggio della Sua pergola – ordine {o}", text=f"""Gentile cliente,

la pergola dell'ordine {o} Le è stata consegnata da poco. Prima del
montaggio Le consigliamo di:

- verificare che il piano d'appoggio sia in bolla: uno scarto di pochi
  millimetri si moltiplica sulla lunghezza delle travi;
- fissare i montanti con i tasselli chimici inclusi se il fondo è in cemento,
  o con i picchetti se è prato;
- montare il telo solo a struttura completamente serrata.

Se durante il montaggio ha un dubbio, chiami pure il nostro ufficio allo
0571 48 23 16 e chieda di Marco, che segue personalmente le installazioni.

Il telo è in poliestere spalmato PVC e va pulito solo con acqua e sapone
neutro.

Cordiali saluti,
Giardini Toscani""")

    o, b = order("it-email", "it", "Piatti in ceramica di Vietri dipinti a mano, set da 6")
    case("it-email-nella-firma", "reject", ["content.email-address"],
         "Richiesta di foto permessa, ma la firma HTML dell'helpdesk riporta l'indirizzo email del negozio.",
         to=b, frm="Ceramiche Amalfitane <assistenza@ceramicheamalfitane.it>", fmt="html", lang="it", day=10,
         html_body=f"""<p>Gentile cliente,</p>
<p>abbiamo visto la Sua segnalazione: uno dei piatti dell'ordine {o} è arrivato con una
scheggiatura sul bordo. Ce ne scusiamo.</p>
<p>Per organizzare la sostituzione ci serve una foto del piatto danneggiato e, se possibile, una
dell'imballo esterno. Può allegarle rispondendo a questo messaggio.</p>
<p>Cordiali saluti,<br>
Rosaria</p>
<p>--<br>
Ceramiche Amalfitane di R. Esposito<br>
Via Costiera 41, 84010 Vietri sul Mare (SA)<br>
ordini@ceramicheamalfitane.it</p>""",
         subject=f"Piatto scheggiato – ordine {o}", text="")

    o, b = order("it-optout", "it", "Crema viso all'acido ialuronico 50 ml")
    case("it-rispondi-cancellami", "reject", ["link.opt-out"],
         "Consigli d'uso e, in calce, « Non desideri più ricevere messaggi…? Rispondi… con la parola CANCELLAMI »: "
         "disiscrizione in testo.",
         to=b, frm="Erbe di Sicilia <ciao@erbedisicilia.it>", fmt="alt", lang="it", enc=B64, day=9,
         subject=f"La tua crema – ordine {o}", text=f"""Ciao,

la tua crema all'acido ialuronico (ordine {o}) dà il meglio se
applicata sulla pelle ancora leggermente umida, mattina e sera. Conservala
lontano da fonti di calore e usala entro sei mesi dall'apertura.

Un abbraccio,
Erbe di Sicilia

--
Non desideri più ricevere messaggi da Erbe di Sicilia? Rispondi a questa
email con la parola CANCELLAMI e ti rimuoveremo dalla lista.""")

    o, b = order("it-ext", "it", "Condizionatore portatile 12000 BTU con kit finestra")
    case("it-manuale-sul-sito", "reject", ["link.external"],
         "Link https al manuale PDF sul sito del venditore: dominio non Amazon e non autorizzato.",
         to=b, frm="ClimaService Store <supporto@climaservice-store.it>", day=8,
         subject=f"Il Suo condizionatore – ordine {o}", text=f"""Buongiorno,

per il condizionatore dell'ordine {o} Le ricordiamo che, prima della
prima accensione, l'apparecchio deve restare in posizione verticale per
almeno 4 ore, per far stabilizzare il gas refrigerante.

Il manuale completo in italiano, con lo schema di montaggio del tubo di
scarico e del kit finestra, è scaricabile qui:
https://www.climaservice-store.it/manuali/cp12000-it.pdf

Cordiali saluti,
ClimaService Store""")

    o, b = order("it-http", "it", "Letto matrimoniale contenitore, ecopelle bianca", **LATE)
    url = f"http://www.amazon.it/gp/your-account/order-details?orderID={o}"
    case("it-indirizzo-link-http", "reject", ["link.insecure"],
         "Richiesta di completare l'indirizzo (permessa), ma il link ai dettagli dell'ordine su amazon.it è in "
         "http:// (non sicuro); il testo del link è descrittivo.",
         to=b, frm="Arredo Letti Brianza <spedizioni@arredolettibrianza.it>", fmt="alt", lang="it", day=12,
         html_body=f"""<p>Buongiorno,</p>
<p>il letto contenitore dell'ordine {o} è pronto per la spedizione, ma nell'indirizzo di consegna
manca il numero civico.</p>
<p>Può verificarlo e correggerlo nella <a href="{url}">pagina dei dettagli dell'ordine su Amazon</a>.</p>
<p>Appena aggiornato, affidiamo il letto al corriere per la consegna al piano.</p>
<p>Cordiali saluti,<br>
Arredo Letti Brianza</p>""",
         subject=f"Indirizzo incompleto – ordine {o}", text=f"""Buongiorno,

il letto contenitore dell'ordine {o} è pronto per la spedizione, ma
nell'indirizzo di consegna manca il numero civico.

Può verificarlo e correggerlo nella pagina dei dettagli dell'ordine:
{url}

Appena aggiornato, affidiamo il letto al corriere per la consegna al piano.

Cordiali saluti,
Arredo Letti Brianza""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_fr, cases_it))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="thirtyfourth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
