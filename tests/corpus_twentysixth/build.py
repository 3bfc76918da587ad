#!/usr/bin/env python3
"""Build the twenty-sixth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_twentysixth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. Languages: French (amazon.fr, and amazon.com.be), Spanish
(amazon.es) and Italian (amazon.it), as local sellers write them: legal footers (SIRET, RCS, CIF, P.IVA, REA,
capital social), carriers and their phone numbers vs the shop's own customer-service line, manufacturer
warranties, out-of-stock notices that confirm a refund vs promise one, review requests, promo codes,
newsletter opt-outs, social media, emojis and emoticons, informal registers and missing accents, profanity vs
innocent words that contain or resemble it, and mail from Prestashop / Shopify / Outlook.
"""

from __future__ import annotations

import random
import sys
from functools import partial
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))
from corpus_build import (  # noqa: E402
    OrderBook,
    add_case,
    animated_gif,
    banner_png,
    collect_by_language,
    img_bytes,
    lang_counts,
    logo_png,
    mail_date,
    make_docx,
    make_pdf,
    mk,
    quote,
    reply_headers,
    set_boundaries,
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(26_2026_0615)
_PREFIX = {"fr": "40", "com.be": "40", "es": "40", "it": "40"}
_TLD = {"fr": "fr", "es": "es", "it": "it"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T09:30:00Z", shipped="2026-06-02T15:00:00Z",
                 delivered="2026-06-05T11:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
PENDING = {"shipped": "", "delivered": "", "purchased": "2026-06-11T18:20:00Z"}
PRODUCER = "corpus_twentysixth facture 1.0"
L1 = {"charset": "iso-8859-1", "cte": "quoted-printable"}
L15 = {"charset": "iso-8859-15", "cte": "quoted-printable"}
W1252 = {"charset": "windows-1252", "cte": "quoted-printable"}
B64 = {"charset": "utf-8", "cte": "base64"}
U8B64 = {"charset": "utf-8", "cte": "base64"}

STYLE = ["style.link-text", "style.image-alt", "style.emoji", "style.animated-gif", "style.margin",
         "style.image-width", "style.font-override", "style.font-sizes", "style.alignment", "style.line-breaks"]
IMAGE = ["image.insecure", "image.logo-link", "image.tracking-pixel", "image.product-photo", "image.not-brand"]
OTHER = ["attachment.not-allowed", "message.malformed", "link.insecure", "link.external", "link.opt-out",
         "content.email-address", "content.phone-number", "content.sensitive", "order-id.missing",
         "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "language.mismatch", "review.repeat"]
HEURISTIC = ["type.order-confirmation", "type.thank-you-only", "type.marketing", "review.incentive",
             "review.removal-request", "review.conditional", "order-problem.cancellation-request",
             "order-problem.no-adjustment", "return.unnecessary"]
EVERY = STYLE + IMAGE + OTHER + HEURISTIC


def _d(day: int) -> str:
    return mail_date(day, "09:40:00", "+0200")


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str,
         html: str | None = None, text: str | None = None, day: int = 12, reply: str = "",
         tolerated: tuple[str, ...] = (), enc: dict | None = None, related=(), attach=(), headers=(),
         after=(), crlf: bool = False, lang: str = "") -> None:
    """One case. Every rule of EVERY not named in `rules` (or tolerated) must stay silent. `reply` is the
    buyer's question: the message then answers a buyer (In-Reply-To) and quotes it in the text part."""
    hdrs = list(headers) + (reply_headers(f"0100019d.e26.{slug[:24]}") if reply else [])
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    if reply and text is not None:
        text = text.rstrip("\n") + "\n\n" + quote(reply) + "\n"
    tol = (*tolerated, *(() if "content.spelling" in rules else ("content.spelling",)))
    absent = [r for r in EVERY if r not in rules and r not in tol]
    e = enc or {"charset": "utf-8", "cte": "quoted-printable"}
    msg = mk(frm, to, subject, _d(day), f"<c26.{slug}@{dom}>", headers=hdrs, text=text, html=html,
             charset=e["charset"], cte=e["cte"], related=related, attach=attach)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, after=after, tolerated=tol, crlf=crlf, lang=lang)


def simple(body: str, lang: str, head: str = "", charset: str = "utf-8") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" '
            f'content="text/html; charset={charset}">\n{head}</head>\n<body>\n{body}\n</body>\n</html>\n')


def photo_png(width: int, height: int, label: str, bg=(238, 236, 230)) -> bytes:
    img = Image.new("RGB", (width, height), bg)
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([width // 4, 30, 3 * width // 4, height - 30], radius=16, fill=(90, 70, 60))
    d.text((20, height - 20), label, fill=(20, 20, 20))
    return img_bytes(img, "PNG", optimize=True)


# --------------------------------------------------------------------------------------------
# French (amazon.fr and amazon.com.be)
# --------------------------------------------------------------------------------------------

MENTIONS_VEXIN = """--
Meubles du Vexin SAS au capital social de 20 000 EUR
RCS Pontoise 812 345 678 - SIRET 812 345 678 00019 - TVA intracom. FR 27 812345678
Siege social : 14 rue des Tanneurs, 95000 Cergy"""


def cases_fr() -> None:  # noqa: PLR0915
    # ---- compliant near-misses ----
    o, b = order("fr-armoire", "fr", "Armoire 2 portes chêne massif, 180 x 60 x 200 cm", **PENDING)
    case("fr-mentions-legales-rdv-livraison", "relay", [],
         "Scheduling the delivery of a bulky wardrobe is a permitted proactive message; the legal footer "
         "(capital social, RCS, SIRET, VAT number, registered address) carries no phone, e-mail or link, and "
         "register numbers are not phone numbers.",
         to=b, frm="Meubles du Vexin <commandes@meublesduvexin.fr>", enc=L1, day=12,
         subject=f"Livraison de votre armoire - commande {o}", text=f"""Bonjour,

Votre armoire en chêne massif (commande {o}) est prête à partir de notre
atelier. Comme il s'agit d'un meuble de plus de 80 kg, elle est livrée par
deux livreurs, sur rendez-vous, jusque dans la pièce de votre choix.

Pourriez-vous nous indiquer :
- deux demi-journées qui vous conviennent entre le 17 et le 26 juin
  (créneaux de 8h30-12h30 ou 13h30-18h) ;
- l'étage et la présence ou non d'un ascenseur ;
- la largeur de la cage d'escalier si l'armoire doit monter à pied.

Dès réception de votre réponse, nous confirmons le créneau avec le
transporteur.

Cordialement,
Hélène Marchand
Service expéditions

{MENTIONS_VEXIN}
""")

    o, b = order("fr-chrono", "fr", "Cafetière filtre programmable 1,5 L inox")
    case("fr-chronopost-numero-transporteur", "relay", [],
         "Answering a buyer who asks where the parcel is: the carrier's (Chronopost) phone number is allowed "
         "next to the carrier word, and the tracking number is no phone number.",
         to=b, frm="Maison Brûlerie <sav@maison-brulerie.fr>", enc=L15, day=10,
         reply="Bonjour, le suivi n'avance plus depuis trois jours, que se passe-t-il ?",
         subject=f"RE: Suivi de ma commande {o}", text=f"""Bonjour Madame,

Nous avons regardé le suivi de votre colis (commande {o}) : il est
bloqué à l'agence Chronopost de Chilly-Mazarin depuis lundi, avec la
mention « adresse incomplète ». Il manque sans doute le numéro
d'appartement.

Le plus rapide est d'appeler Chronopost au 09 69 39 13 91 avec le numéro
de colis XW 4821 9930 5FR : ils mettront l'adresse à jour et relanceront
la livraison dès demain. Nous leur avons aussi signalé le blocage de
notre côté.

Bien cordialement,
Julien - Maison Brûlerie""")

    o, b = order("fr-garantie", "fr", "Robot pâtissier 1200 W, bol 5 L")
    case("fr-garantie-constructeur-sav", "relay", [],
         "A reply naming the manufacturer's after-sales line for the 'garantie constructeur' is allowed; the "
         "seller adds no number of its own.",
         to=b, frm="ElectroCuisine <service@electrocuisine.fr>", enc=W1252, day=13,
         reply="Le bol ne se verrouille plus, est-ce couvert ?",
         subject=f"RE: Bol qui ne se verrouille plus (commande {o})", text=f"""Bonjour Monsieur,

Oui, ce défaut est couvert par la garantie constructeur de 2 ans de votre
robot (commande {o}).

La marque gère directement les réparations sous garantie : le service
après-vente du fabricant est joignable au 03 20 13 50 87 (du lundi au
vendredi, de 9h à 18h). Munissez-vous de la facture Amazon et du numéro
de série inscrit sous le socle.

Avant d'appeler, vérifiez que le bol est bien tourné jusqu'au déclic
(flèche en face du cadenas) : un grain de sucre dans le rail suffit
parfois à bloquer le verrou.

Cordialement,
Nadia, ElectroCuisine""")

    o, b = order("fr-rupture-ok", "fr", "Lampe de bureau LED articulée, laiton", **PENDING)
    case("fr-rupture-remboursement-effectue", "relay", [],
         "Out-of-stock notice that confirms the full refund was made with the reason (rupture de stock) and "
         "does not ask the buyer to cancel: exactly what the guideline requires.",
         to=b, frm="Atelier Lumière <commandes@atelier-lumiere.fr>", enc=L1, day=12,
         subject=f"Votre commande {o} : article indisponible", text=f"""Bonjour,

Nous sommes au regret de vous informer que la lampe de bureau en laiton
de votre commande {o} est en rupture de stock : la dernière pièce s'est
révélée abîmée lors du contrôle avant expédition, et notre fournisseur ne
peut pas nous réapprovisionner avant septembre.

Nous avons donc procédé au remboursement intégral de votre commande via
Amazon, avec le motif « rupture de stock ». Le montant apparaîtra sur
votre moyen de paiement sous 3 à 5 jours ouvrés. Vous n'avez aucune
démarche à faire.

Toutes nos excuses pour ce contretemps.

L'équipe Atelier Lumière""")

    o, b = order("fr-avis", "fr", "Plaid en laine mérinos 130 x 170 cm, gris perle")
    case("fr-demande-avis-neutre", "relay", [],
         "A single neutral review request with a link to Amazon, no benefit, no '5 étoiles', no condition.",
         to=b, frm="Laines de Savoie <boutique@lainesdesavoie.fr>", day=14, enc=L15,
         subject=f"Votre plaid en mérinos - commande {o}", text=f"""Bonjour,

Votre plaid en mérinos (commande {o}) vous a été livré il y a
quelques jours. Un conseil d'entretien pour commencer : lavez-le à 30 °C
maximum, programme laine, et séchez-le à plat, loin d'un radiateur.

Si vous avez un moment, votre avis sur le produit aidera d'autres clients
à choisir. Vous pouvez le déposer sur la page de votre commande :
https://www.amazon.fr/review/review-your-purchases/

Merci et bonne soirée,
Camille, Laines de Savoie""")

    o, b = order("be-relais", "fr", "Sac à dos de randonnée 35 L, bleu nuit", tld="com.be")
    case("be-point-relais-ferme-nouvelle-adresse", "relay", [],
         "Belgian buyer (amazon.com.be, French): the chosen Mondial Relay point closed; the seller asks which "
         "other point to use: information needed to complete the order. 'septante' and 'GSM' are Belgian "
         "French, not spelling errors.",
         to=b, frm="Trek & Co <shop@trekandco.be>", day=9, enc=L1,
         subject=f"Point relais fermé - commande {o}", text=f"""Bonjour,

Mondial Relay vient de nous prévenir que le point relais que vous aviez
choisi pour la commande {o} (librairie de la rue Haute à Namur) est
fermé pour congés jusqu'au 30 juin.

Pour que votre sac à dos ne reste pas bloqué en route, pouvez-vous nous
dire lequel de ces deux points relais vous préférez ?
1) Tabac-presse Le Septante, chaussée de Louvain 70, 5000 Namur
2) Carrefour Express, avenue Reine Astrid 12, 5000 Namur

Le colis est gardé 14 jours au point relais ; un SMS arrive sur votre GSM
dès qu'il est disponible.

Merci d'avance,
Pieter, Trek & Co""")

    o, b = order("fr-retour-info", "fr", "Aspirateur robot laveur X20")
    case("fr-bon-de-retour-numero-serie", "relay", [],
         "Return-related message that asks for the information needed to complete the return (serial number, "
         "accessories) before the return label is issued.",
         to=b, frm="Domotik Store <retours@domotik-store.fr>", day=13, enc=W1252,
         subject=f"Votre demande de retour - commande {o}", text=f"""Bonjour,

Nous avons bien reçu votre demande de retour pour l'aspirateur robot de
la commande {o}.

Avant de générer le bon de retour, nous avons besoin de deux précisions :
- le numéro de série de l'appareil (étiquette sous le robot, il commence
  par X20-) ;
- la station de vidage est-elle renvoyée avec le robot, ou seulement le
  robot ?

Le poids du colis et donc l'étiquette Colissimo en dépendent. Dès votre
réponse, le bon de retour vous sera envoyé via la messagerie Amazon.

Cordialement,
Service retours Domotik Store""")

    o, b = order("fr-billard", "fr", "Queue de billard américain 145 cm, érable")
    case("fr-queue-billard-salopette-bordelaise", "relay", [],
         "Innocent words that contain or resemble French swear words: queue (cue), salopette, réputé, "
         "conducteur, concours, Bordelaise; no offensive language.",
         to=b, frm="Billards Gironde <contact@billards-gironde.fr>", day=11, enc=L15,
         reply="La queue a un léger jeu au niveau du vissage, c'est normal ?",
         subject=f"RE: Jeu au vissage de la queue - commande {o}", text=f"""Bonjour,

Un léger jeu au vissage d'une queue en deux parties neuve (commande
{o}) est normal les premiers jours : l'érable se stabilise avec
l'humidité de la pièce. Revissez à fond, sans forcer, avant chaque
partie.

Si le jeu persiste au bout de deux semaines, glissez une rondelle de
cuir (fournie dans l'étui, dans la poche de la housse en forme de
salopette) entre les deux parties. C'est la méthode de notre fabricant,
réputé pour ses queues de concours, et c'est aussi ce que fait notre
conducteur de ligne à l'atelier de la Bordelaise.

Bonne partie,
Marc, Billards Gironde""")

    # ---- violations ----
    o, b = order("fr-tel", "fr", "Canapé d'angle convertible, velours vert", **PENDING)
    case("fr-footer-service-client-tel-email", "reject", ["content.phone-number", "content.email-address"],
         "The Prestashop-style footer gives the shop's own customer-service line and e-mail address: neither "
         "is a warranty, carrier or manufacturer number.",
         to=b, frm="Confort Salon <noreply@confort-salon.fr>", day=12, enc=L15,
         subject=f"Date de livraison de votre canapé - commande {o}", text=f"""Bonjour,

Votre canapé d'angle (commande {o}) sera prêt à l'expédition le
18 juin. Merci de nous confirmer l'adresse de livraison et un numéro
d'étage, le transporteur devant prévoir deux personnes.

Cordialement,
L'équipe Confort Salon

--
Confort Salon SARL - capital 8 000 EUR - RCS Lyon 521 987 654
Service client : 04 78 92 15 30 (lun.-ven. 9h-18h)
sav@confort-salon.fr
""")

    o, b = order("fr-rupture-ko", "fr", "Tapis berbère 160 x 230 cm", **PENDING)
    case("fr-rupture-nous-allons-rembourser", "quarantine", ["order-problem.no-adjustment"],
         "Out-of-stock notice that only promises a refund ('nous allons vous rembourser') and does not confirm "
         "that the order amount was adjusted.",
         to=b, frm="Tapis d'Orient <contact@tapisdorient.fr>", day=13, enc=L1,
         subject=f"Commande {o} - tapis indisponible", text=f"""Bonjour,

Malheureusement le tapis berbère de votre commande {o} n'est plus
disponible : le dernier exemplaire a été vendu en boutique le même jour.

Nous allons vous rembourser dans les prochains jours. Nous sommes
vraiment désolés pour ce désagrément.

Bien à vous,
Tapis d'Orient""")

    o, b = order("fr-5etoiles", "fr", "Bougie parfumée figue & cèdre 220 g")
    case("fr-cinq-etoiles-code-promo", "reject", ["review.incentive"],
         "Asks for 5 stars and promises a promo code in return: an incentivised, positive-review request ('Vous "
         "l'aimez ? Laissez-nous 5 étoiles' also reads as a review asked only of happy buyers: tolerated).",
         to=b, frm="Les Bougies d'Élise <bonjour@bougies-elise.fr>", day=12,
         tolerated=("type.marketing", "review.conditional"),
         subject=f"Votre bougie figue & cèdre (commande {o})", text=f"""Bonjour,

Merci d'avoir choisi notre bougie figue & cèdre (commande {o}).
Pour une combustion régulière, laissez-la brûler au moins deux heures la
première fois, jusqu'à ce que toute la surface soit fondue.

Vous l'aimez ? Laissez-nous 5 étoiles sur Amazon et recevez par retour un
code promo de -15 % sur votre prochaine bougie !

Élise""")

    o, b = order("fr-modif-avis", "fr", "Tondeuse à cheveux sans fil, 8 sabots")
    case("fr-modifier-avis-apres-echange", "reject", ["review.removal-request"],
         "After solving the problem, the seller asks the buyer to modify or withdraw the 1-star review.",
         to=b, frm="Barber Pro France <sav@barberpro.fr>", day=13, enc=W1252,
         reply="La tondeuse de remplacement fonctionne, merci.",
         subject=f"RE: Échange tondeuse - commande {o}", text=f"""Bonjour,

Ravi que la tondeuse de remplacement (commande {o}) fonctionne
bien. Pensez à huiler les lames toutes les trois ou quatre coupes.

Puisque tout est rentré dans l'ordre, serait-il possible de modifier
l'avis d'une étoile que vous avez laissé, ou de le retirer ? Il pèse
beaucoup sur notre petite boutique.

Merci d'avance,
Karim""")

    o, b = order("fr-stop", "fr", "Thé vert sencha bio 250 g")
    case("fr-repondez-stop-desinscription", "reject", ["link.opt-out"],
         "An opt-out instruction ('répondez STOP pour vous désinscrire') in an otherwise permitted message.",
         to=b, frm="Jardin de Thé <commandes@jardindethe.fr>", day=12, enc=L1,
         subject=f"Infusion de votre sencha - commande {o}", text=f"""Bonjour,

Le sachet de sencha de votre commande {o} a été scellé sans sa
fiche d'infusion. La voici : 2 g pour 20 cl, eau à 70-75 °C, 2 minutes.
Au-delà, il devient amer.

Bonne dégustation,
Jardin de Thé

Vous ne souhaitez plus recevoir de messages de notre part ? Répondez STOP
pour vous désinscrire.""")

    o, b = order("fr-reseaux", "fr", "Savon d'Alep 40 % laurier, lot de 3")
    case("fr-suivez-nous-instagram", "quarantine", ["type.marketing"],
         "A useful care message ends with a request to follow the shop on Instagram and Facebook: "
         "social-media promotion.",
         to=b, frm="Savonnerie du Sud <bonjour@savonnerie-du-sud.fr>", day=11, enc=L15,
         subject=f"Conservation de vos savons d'Alep - commande {o}", text=f"""Bonjour,

Vos savons d'Alep (commande {o}) se conservent des années :
gardez ceux que vous n'utilisez pas encore dans un endroit sec, à l'abri
de la lumière, et posez le savon entamé sur un porte-savon qui s'égoutte.

Suivez-nous sur Instagram et Facebook @savonneriedusud pour découvrir nos
nouveautés et nos coulisses !

Belle journée,
Sophie""")

    o, b = order("fr-emoji", "fr", "Puzzle 1000 pièces Carte de France vintage")
    case("fr-emoji-et-smiley", "reject", ["style.emoji"],
         "A friendly reply with an emoji and an ASCII emoticon.",
         to=b, frm="Puzzles & Cie <contact@puzzlesetcie.fr>", day=10,
         reply="Il manque une pièce dans le puzzle, pouvez-vous m'en envoyer une ?",
         subject=f"RE: Pièce manquante - commande {o}", text=f"""Bonjour Mme Lefèvre,

Pas de souci, nous vous envoyons la pièce manquante (commande {o}).
Pouvez-vous nous dire où elle se trouve sur la carte, par exemple « la
Bretagne » ou « le coin en bas à droite » ? 😊

Merci et à bientôt :-)
Paul""")

    o, b = order("fr-putain", "fr", "Vase en céramique émaillée 30 cm")
    case("fr-putain-connard-livreur", "quarantine", ["content.sensitive"],
         "A seller venting about the courier in the reply uses offensive language (putain, connard).",
         to=b, frm="Terre & Feu <atelier@terre-et-feu.fr>", day=11, enc=L1,
         reply="Le vase est arrivé cassé en trois morceaux.",
         subject=f"RE: Vase cassé - commande {o}", text=f"""Bonjour,

Putain, encore un ! Ce connard de livreur a dû jeter le carton par-dessus
le portail, c'est le troisième cette semaine.

Nous vous renvoyons un vase neuf (commande {o}) dès demain, emballé
en double carton. Inutile de nous retourner les morceaux.

Toutes nos excuses,
Thomas""")

    o, b = order("fr-presta", "fr", "Coussin de sol en lin lavé 60 x 60 cm", **PENDING)
    presta = simple(f"""<table width="100%" cellpadding="0" cellspacing="0" style="background-color:#f4f1ec">
<tr><td align="center" style="padding:10px">
<p style="font-family:'Open Sans',Arial,sans-serif;color:#333333;text-align:center">Bonjour,</p>
<p style="font-family:'Open Sans',Arial,sans-serif;color:#333333;text-align:center">Votre coussin de sol
(commande {o}) partira avec quelques jours de retard : le lin lavé de notre tisserand arrive le 19 juin.
L'expédition est prévue le 22 juin, livraison sous 48 h.</p>
<p style="font-family:'Open Sans',Arial,sans-serif;color:#333333;text-align:center">Merci de votre patience,<br>
Lin &amp; Lune</p>
</td></tr></table>""", "fr")
    case("fr-prestashop-centre-police", "reject", ["style.font-override", "style.alignment"],
         "A Prestashop template announcing a dispatch delay: the delay notice itself is required, but the body "
         "is centred (align, text-align) and overrides font family and colour.",
         to=b, frm="Lin & Lune <noreply@linetlune.fr>", day=12, html=presta,
         subject=f"Retard d'expédition - commande {o}",
         text=f"Bonjour,\n\nVotre coussin de sol (commande {o}) partira avec quelques jours de retard : le lin\n"
              "lavé de notre tisserand arrive le 19 juin. L'expédition est prévue le 22 juin, livraison\n"
              "sous 48 h.\n\nMerci de votre patience,\nLin & Lune\n")

    o, b = order("fr-marge", "fr", "Service à thé en porcelaine, 6 tasses")
    marg = simple(f"""<div style="padding-left:150px;padding-right:150px">
<p>Bonjour,</p>
<p>Votre service à thé (commande {o}) contient une notice de premier lavage : lavez chaque tasse à la main
à l'eau tiède avant le premier usage, la dorure ne passe pas au lave-vaisselle.</p>
<p><img src="cid:bandeau-porcelaine" width="560" alt="Porcelaines Aurore, manufacture depuis 1921"></p>
<p>Porcelaines Aurore</p>
</div>""", "fr")
    case("fr-marges-150px-bandeau-560px", "reject", ["style.margin", "style.image-width"],
         "Side padding of 150 px (over 120 px at the 600 px reference) and a 560 px brand banner (over 480 px).",
         to=b, frm="Porcelaines Aurore <boutique@porcelaines-aurore.fr>", day=12, html=marg,
         subject=f"Premier lavage de votre service à thé - commande {o}",
         related=[(banner_png("Porcelaines Aurore", 560), "image", "png", "bandeau-porcelaine", "bandeau.png")],
         text=f"Bonjour,\n\nVotre service à thé (commande {o}) : lavez chaque tasse à la main à l'eau tiède\n"
              "avant le premier usage, la dorure ne passe pas au lave-vaisselle.\n\nPorcelaines Aurore\n")

    o, b = order("be-bpost", "fr", "Gourde isotherme 500 ml, vert sapin", tld="com.be")
    case("be-confirmation-expedition-bpost", "quarantine", ["type.order-confirmation"],
         "A proactive dispatch confirmation with the bpost tracking number: Amazon already sends it.",
         to=b, frm="Gourdes.be <commandes@gourdes.be>", day=6, enc=L15,
         subject=f"Votre commande {o} a été expédiée", text=f"""Bonjour,

Bonne nouvelle : votre commande {o} a été expédiée aujourd'hui
par bpost.

Numéro de suivi : 323299901000487512
Livraison prévue : 8 juin, dans votre boîte aux lettres.

Merci pour votre commande,
Gourdes.be""")

    o, b = order("be-nl", "nl", "Porte-vélo d'attelage 2 vélos", tld="com.be", **PENDING)
    case("be-francais-acheteur-neerlandophone", "quarantine", ["language.mismatch"],
         "Belgian order whose buyer's language is Dutch; the proactive message is in French only.",
         to=b, frm="Velo Service <info@veloservice.be>", day=12, enc=L1,
         subject=f"Question sur votre commande {o}", text=f"""Bonjour,

Pour votre porte-vélo d'attelage (commande {o}), nous avons besoin
de connaître la marque et le modèle de votre voiture, ainsi que l'année,
afin de joindre le bon adaptateur de prise (7 ou 13 broches).

Merci de nous répondre dès que possible pour que nous puissions expédier
la commande.

Cordialement,
Velo Service""")

    o, b = order("fr-expire", "fr", "Chaise de bureau ergonomique, maille noire",
                 purchased="2026-05-02T10:00:00Z", shipped="2026-05-03T09:00:00Z",
                 delivered="2026-05-06T14:00:00Z")
    case("fr-demande-avis-apres-40-jours", "reject", ["window.expired"],
         "A neutral review request sent 40 days after delivery: outside the 30-day window.",
         to=b, frm="Bureau Confort <service@bureau-confort.fr>", day=15, enc=W1252,
         subject=f"Votre avis sur votre chaise - commande {o}", text=f"""Bonjour,

Cela fait quelques semaines que vous utilisez votre chaise de bureau
(commande {o}). Pensez à resserrer les vis de l'assise après le
premier mois, elles se tassent un peu.

Si vous le souhaitez, vous pouvez partager votre avis sur la page de la
commande dans votre compte Amazon.

Bonne journée,
Bureau Confort""")


# --------------------------------------------------------------------------------------------
# Spanish (amazon.es)
# --------------------------------------------------------------------------------------------

AVISO = """--
Grabados Levante S.L. - CIF B98765432
Inscrita en el Registro Mercantil de Valencia, Tomo 10234, Folio 56, Hoja V-178901
C/ Colón 12, 3.º, 46004 Valencia"""


def cases_es() -> None:  # noqa: PLR0915
    # ---- compliant near-misses ----
    o, b = order("es-grabado", "es", "Reloj de bolsillo personalizado con grabado", **PENDING)
    case("es-aviso-legal-cif-verificar-grabado", "relay", [],
         "Verifying a custom engraving before production is a permitted reason; the legal footer (CIF, "
         "Registro Mercantil tomo/folio/hoja, address) holds no phone, e-mail or link.",
         to=b, frm="Grabados Levante <pedidos@grabadoslevante.es>", day=12, enc=L15,
         subject=f"Revisión del grabado - pedido {o}", text=f"""Buenos días:

Antes de grabar su reloj de bolsillo (pedido {o}), le pedimos que
revise el texto tal como nos llegó:

  "Para Andrés, 25 años juntos - 14.06.2001"

La fecha lleva puntos y el nombre va con tilde. Si todo está correcto,
basta con responder "conforme"; si quiere cambiar algo, indíquenos el
texto exacto. El grabado se hace en cuanto recibamos su respuesta y el
envío sale en 48 horas.

Un saludo,
Marta Soler

{AVISO}
""")

    o, b = order("es-seur", "es", "Freidora de aire 5,5 L digital")
    case("es-seur-telefono-transportista", "relay", [],
         "A reply to a buyer's delivery question with the carrier's (SEUR) phone number next to the carrier "
         "word; the shipment number is not a phone number.",
         to=b, frm="Hogar Plus <atencion@hogarplus.es>", day=10, enc=L1,
         reply="Me pone que el envío está en reparto desde ayer y no llega.",
         subject=f"RE: Envío pedido {o}", text=f"""Hola, buenas tardes:

Hemos consultado el envío de su freidora (pedido {o}): SEUR
intentó la entrega ayer a las 13:40 pero no encontró a nadie y lo dejó
en su delegación de Getafe.

Puede llamar a SEUR al 963 22 22 22 con el número de envío
48391027455 para concertar una nueva entrega o recogerlo en la
delegación, de 8:30 a 20:00.

Saludos cordiales,
Lucía - Hogar Plus""")

    o, b = order("es-agotado-ok", "es", "Estantería metálica 5 baldas 180 cm", **PENDING)
    case("es-sin-existencias-hemos-reembolsado", "relay", [],
         "Out-of-stock notice that confirms the full refund was made with the reason (sin existencias) and asks "
         "nothing of the buyer.",
         to=b, frm="Almacenes Ribera <pedidos@almacenesribera.es>", day=12, enc=L15,
         subject=f"Pedido {o}: producto sin existencias", text=f"""Estimado cliente:

Lamentamos comunicarle que la estantería metálica de su pedido
{o} se ha quedado sin existencias: el inventario indicaba una
unidad disponible que, al prepararla, estaba dañada.

Ya hemos reembolsado el importe íntegro del pedido a través de Amazon,
con el motivo "sin existencias". Verá el abono en su método de pago en
un plazo de 3 a 5 días hábiles.

Disculpe las molestias.

Almacenes Ribera""")

    o, b = order("es-garantia", "es", "Robot aspirador con mopa, 3000 Pa")
    case("es-garantia-fabricante-servicio-tecnico", "relay", [],
         "A reply pointing to the manufacturer's official technical service under warranty, with its number "
         "next to 'garantía del fabricante'.",
         to=b, frm="TecnoCasa <soporte@tecnocasa-online.es>", day=13, enc=W1252,
         reply="El robot no carga en la base, ¿qué hago?",
         subject=f"RE: El robot no carga (pedido {o})", text=f"""Hola:

Primero limpie los contactos metálicos de la base y del robot con un paño
seco; el polvo acumulado es la causa más habitual.

Si sigue sin cargar, la reparación entra en la garantía del fabricante
(3 años). El servicio técnico oficial de la marca atiende en el
900 878 412 y recoge el aparato en su domicilio; tenga a mano el pedido
{o} y el número de serie de la pegatina inferior.

Un saludo,
Javier, TecnoCasa""")

    o, b = order("es-paellera", "es", "Paellera de acero pulido 46 cm, 12 raciones")
    case("es-coger-concha-huevos-con", "relay", [],
         "Spanish words that are vulgar elsewhere or in other languages are innocent here: 'coger' (to take, "
         "Spain), 'conchas' (mussel shells), 'huevos', and 'con' (with).",
         to=b, frm="Paellas Albufera <tienda@paellasalbufera.es>", day=11, enc=L1,
         reply="Me ha salido un poco de óxido en la paellera, ¿es normal?",
         subject=f"RE: Óxido en la paellera - pedido {o}", text=f"""Hola, buenas:

Es normal en el acero pulido (pedido {o}). Frote con un estropajo
con un poco de vinagre, aclare, seque bien al fuego y úntela con aceite
antes de guardarla.

Para coger la paellera caliente use siempre las dos asas y un trapo. Y un
truco de la casa: las conchas de los mejillones se retiran antes de
echar el arroz, y los huevos duros, si los pone, al final.

Saludos desde Sueca,
Vicent""")

    o, b = order("es-parcial", "es", "Mochila portabebés ergonómica, gris")
    case("es-devolucion-reembolso-parcial", "relay", [],
         "Return-related message offering a partial refund as an alternative to the return: one of the two "
         "allowed reasons; no review, no promotion.",
         to=b, frm="Crianza Natural <hola@crianzanatural.es>", day=13, enc=B64,
         subject=f"Su solicitud de devolución - pedido {o}", text=f"""Hola:

Hemos recibido su solicitud de devolución de la mochila portabebés
(pedido {o}) por la costura descosida de la correa.

Si lo prefiere, en lugar de devolverla puede quedársela y le ofrecemos un
reembolso parcial del 30 % del precio; una costurera la arregla en pocos
minutos. Si aun así prefiere la devolución, no hay problema: díganoslo y
seguimos con ella.

Quedamos a la espera de su respuesta.

Crianza Natural""")

    o, b = order("es-resena", "es", "Set de cuchillos de cocina 6 piezas con taco")
    case("es-valoracion-neutra-usted", "relay", [],
         "A single neutral request for an opinion on Amazon, with care advice; no benefit, no stars, no "
         "condition.",
         to=b, frm="Filo Toledo <tienda@filotoledo.es>", day=12, enc=L15,
         subject=f"Sus cuchillos - pedido {o}", text=f"""Buenos días:

Esperamos que el set de cuchillos de su pedido {o} le esté
resultando útil. Lávelos a mano y séquelos enseguida: el lavavajillas
desafila el filo y estropea el mango.

Si tiene un momento, nos ayudaría mucho conocer su opinión sobre el
producto en Amazon, en la sección "Mis pedidos".

Un saludo,
Filo Toledo""")

    o, b = order("es-tu", "es", "Funda de silicona para mando de consola")
    case("es-tu-sin-tildes-casual", "relay", [],
         "A casual reply using 'tú' and without accents ('envio', 'credito', 'tambien'): informal but clear; "
         "spelling is at most a warning.",
         to=b, frm="GameSkin <hola@gameskin.es>", day=10, enc=U8B64,
         reply="Hola, me ha llegado la funda en rojo y la pedi en azul.",
         subject=f"RE: Color equivocado pedido {o}", text=f"""Hola Dani,

Perdona el lio, tienes razon: te mandamos la roja en vez de la azul
(pedido {o}). Ya va de camino la azul, envio urgente, te llega
mañana o pasado. La roja te la puedes quedar, no hace falta devolverla
y no hay ningun cargo ni credito pendiente.

Gracias por avisar tan rapido, tambien nos ayuda a revisar el almacen.

Un saludo,
Rober""")

    # ---- violations ----
    o, b = order("es-tel", "es", "Colchón viscoelástico 150 x 190 cm", **PENDING)
    case("es-firma-atencion-cliente-telefono", "reject", ["content.phone-number"],
         "The signature gives the shop's own customer-service line: not a warranty, carrier or manufacturer "
         "number.",
         to=b, frm="Descanso Total <pedidos@descansototal.es>", day=12, enc=L15,
         subject=f"Entrega de su colchón - pedido {o}", text=f"""Buenos días:

Su colchón (pedido {o}) sale de fábrica el jueves. Para organizar
la entrega, ¿nos confirma si prefiere recibirlo por la mañana o por la
tarde y si el edificio tiene ascensor?

Un saludo,
Descanso Total
Atención al cliente: 911 234 567 (L-V, 9:00-18:00)""")

    o, b = order("es-cancele", "es", "Bicicleta estática plegable", **PENDING)
    case("es-agotado-cancele-le-reembolsaremos", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Out of stock: asks the buyer to cancel the order and only promises a refund afterwards "
         "('le reembolsaremos').",
         to=b, frm="FitHome <ventas@fithome.es>", day=13, enc=L1,
         subject=f"Pedido {o} - producto agotado", text=f"""Hola:

Le escribimos porque la bicicleta estática de su pedido {o} está
agotada y no sabemos cuándo volverá a entrar.

Por favor, cancele el pedido desde su cuenta de Amazon y le
reembolsaremos el importe en cuanto se procese la cancelación.

Disculpe las molestias,
FitHome""")

    o, b = order("es-codigo", "es", "Maceta autorriego 30 cm, terracota")
    case("es-codigo-descuento-proxima-compra", "quarantine", ["type.marketing"],
         "A useful watering tip followed by a discount code for the next purchase: promotional content.",
         to=b, frm="Verde Urbano <hola@verdeurbano.es>", day=11, enc=L15,
         subject=f"Cómo llenar su maceta autorriego - pedido {o}", text=f"""Hola:

Para la maceta autorriego de su pedido {o}: llene el depósito
por el tubo lateral hasta que el indicador flote arriba y no vuelva a
regar hasta que baje del todo, unas dos semanas en verano.

Y como agradecimiento, use el código descuento VERDE15 en su próxima
compra en nuestra tienda y ahorre un 15 %.

Saludos,
Verde Urbano""")

    o, b = order("es-5estrellas", "es", "Cafetera italiana de inducción 6 tazas")
    case("es-cinco-estrellas-reembolso-envio", "reject", ["review.incentive"],
         "Offers to refund the shipping cost in exchange for a 5-star review.",
         to=b, frm="Café del Sur <tienda@cafedelsur.es>", day=12, enc=W1252,
         subject=f"Su cafetera italiana - pedido {o}", text=f"""Hola:

Un consejo para su cafetera (pedido {o}): no prense el café en el
filtro y retírela del fuego en cuanto empiece a borbotear.

Si nos deja una valoración de 5 estrellas, le reembolsamos los gastos de
envío. Solo tiene que respondernos con una captura.

Gracias,
Café del Sur""")

    o, b = order("es-solo-si", "es", "Lámpara de pie de arco, negra")
    case("es-resena-solo-si-satisfecho", "reject", ["review.conditional"],
         "Review gating: a review only if satisfied, otherwise contact the seller first.",
         to=b, frm="Luz & Diseño <info@luzydiseno.es>", day=12, enc=L1, tolerated=("review.incentive",),
         subject=f"Su lámpara de arco - pedido {o}", text=f"""Hola:

Para que la lámpara de arco (pedido {o}) quede estable, rellene
la base con arena o agua antes de montar el arco.

Si está satisfecho con su compra, le agradeceríamos una reseña en
Amazon. Si no lo está, escríbanos primero y lo solucionamos antes de que
publique nada.

Luz & Diseño""")

    case("es-segunda-peticion-opinion", "reject", ["review.repeat"],
         "A second review request for the same knife-set order, after the first one was relayed.",
         to=ORDERS["es-resena"]["buyer_email"], frm="Filo Toledo <tienda@filotoledo.es>", day=14, enc=L15,
         after=("es-valoracion-neutra-usted",),
         subject=f"Recordatorio - pedido {ORDERS['es-resena']['order_id']}",
         text=f"""Buenos días:

Le escribimos de nuevo por su pedido {ORDERS['es-resena']['order_id']}. Si todavía no ha
tenido ocasión, nos encantaría leer su opinión sobre los cuchillos en
Amazon.

Un saludo,
Filo Toledo""")

    o, b = order("es-baja", "es", "Cápsulas compatibles Nespresso, 100 uds")
    case("es-darse-de-baja-responda-baja", "reject", ["link.opt-out"],
         "An opt-out instruction for future messages ('para darse de baja, responda BAJA').",
         to=b, frm="Cafés Montaña <pedidos@cafesmontana.es>", day=11, enc=L15,
         subject=f"Sus cápsulas - pedido {o}", text=f"""Hola:

Las cápsulas de su pedido {o} son compatibles con todas las
máquinas Nespresso Original fabricadas desde 2010. En las anteriores,
inserte la cápsula con la parte plana hacia arriba.

Cafés Montaña

Para darse de baja de estas comunicaciones, responda a este mensaje con
la palabra BAJA.""")

    o, b = order("es-joder", "es", "Espejo de pared redondo 80 cm")
    case("es-joder-gilipollas-transportista", "quarantine", ["content.sensitive"],
         "The seller vents about the courier with offensive words (joder, gilipollas, mierda).",
         to=b, frm="Deco Espejos <ventas@decoespejos.es>", day=11, enc=L1,
         reply="El espejo llegó roto.",
         subject=f"RE: Espejo roto pedido {o}", text=f"""Hola:

Joder, otra vez. El gilipollas del repartidor no sabe lo que significa
FRÁGIL, y el embalaje de mierda de la agencia tampoco ayuda.

Le enviamos un espejo nuevo (pedido {o}) mañana mismo, sin coste.
No hace falta devolver el roto.

Disculpe,
Andrés""")

    o, b = order("es-shopify", "es", "Vela aromática de soja, lavanda 200 g")
    shop = simple(f"""<table width="100%" cellpadding="0" cellspacing="0"><tr><td>
<a href="https://www.velasdelmar.es/"><img src="cid:logo-velas" width="150" height="44" alt="Velas del Mar"></a>
<h1 style="font-size:24px">Consejos para su vela</h1>
<h2 style="font-size:18px">Pedido {o}</h2>
<p style="font-size:14px">Deje arder la vela la primera vez hasta que toda la superficie esté fundida (unas
dos horas): así no se forma un túnel.</p>
<p style="font-size:12px">Corte la mecha a 5 mm antes de cada encendido.</p>
<p style="font-size:10px">Velas del Mar</p>
</td></tr></table>""", "es")
    case("es-shopify-logo-enlazado-tamanos", "reject",
         ["image.logo-link", "link.external", "style.font-sizes"],
         "A Shopify template: the logo links to the shop's website, and text is shown in five sizes (h1, h2 "
         "and three explicit sizes).",
         to=b, frm="Velas del Mar <tienda@velasdelmar.es>", day=12, html=shop,
         subject=f"Consejos para su vela - pedido {o}",
         related=[(logo_png("Velas del Mar"), "image", "png", "logo-velas", "logo.png")],
         text=f"Consejos para su vela - pedido {o}\n\nDeje arder la vela la primera vez hasta que toda la "
              "superficie esté fundida.\nCorte la mecha a 5 mm antes de cada encendido.\n\nVelas del Mar\n")

    o, b = order("es-pixel", "es", "Sábanas de percal 200 hilos, cama 150")
    pix = simple(f"""<p>Hola:</p>
<p>Le adjuntamos la factura de su pedido {o}, tal como nos la pidió.</p>
<p>Un saludo,<br>Textil Hogar</p>
<img src="https://open.mailtrk-esp.com/o/9f3a2c7e41b8/{o}.gif" width="1" height="1" alt="" style="border:0">
""", "es")
    inv = make_pdf("Factura FTH-2026-0412", ["Factura FTH-2026-0412", f"Pedido {o}", "Sabanas percal 150",
                                             "Total: 39,90 EUR IVA incl."], producer=PRODUCER)
    case("es-pixel-seguimiento-factura", "reject", ["image.tracking-pixel", "style.image-alt"],
         "The invoice itself is allowed, but the HTML carries a 1x1 remote tracking image without alt text.",
         to=b, frm="Textil Hogar <facturas@textilhogar.es>", day=12, html=pix,
         subject=f"Factura de su pedido {o}",
         attach=[(inv, "application", "pdf", "factura-FTH-2026-0412.pdf")],
         text=f"Hola:\n\nLe adjuntamos la factura de su pedido {o}, tal como nos la pidió.\n\nUn saludo,\n"
              "Textil Hogar\n")

    o, b = order("es-sin-id", "es", "Alfombra infantil lavable 120 x 170 cm", **PENDING)
    case("es-sin-numero-de-pedido", "reject", ["order-id.missing"],
         "A proactive message asking for information to complete the order, but without the order ID.",
         to=b, frm="Mundo Peque <pedidos@mundopeque.es>", day=12, enc=L15,
         subject="Su alfombra infantil", text="""Hola:

Hemos visto que en su pedido de la alfombra infantil no aparece el
número del portal, y la agencia no puede entregar sin él.

¿Nos lo puede indicar respondiendo a este mensaje?

Gracias,
Mundo Peque""")

    o, b = order("es-saltos", "es", "Cortina opaca térmica 140 x 260 cm, 2 uds")
    case("es-cuatro-saltos-de-linea", "reject", ["style.line-breaks"],
         "A plain-text message with three empty lines in a row (four newlines) before the signature.",
         to=b, frm="Cortinas Sol <ventas@cortinassol.es>", day=12, enc=L1,
         subject=f"Montaje de sus cortinas - pedido {o}", text=f"""Hola:

Las cortinas de su pedido {o} llevan ollaos de 4 cm: sirven para
barras de hasta 28 mm de diámetro. Planche a temperatura baja por el
revés, la capa térmica no soporta calor fuerte.



Un saludo,
Cortinas Sol""")

    o, b = order("es-docx", "es", "Impresora térmica de etiquetas 4x6")
    doc = make_docx(["Factura FAC-0981", f"Pedido {o}", "Impresora térmica de etiquetas", "Total 89,00 EUR"])
    case("es-factura-en-word", "reject", ["attachment.not-allowed"],
         "Sending an invoice is permitted, but as a Word document: outside the allowed attachment types.",
         to=b, frm="Etiqueta Pro <admin@etiquetapro.es>", day=12, enc=L15,
         attach=[(doc, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
                  "factura-FAC-0981.docx")],
         subject=f"Factura de su pedido {o}", text=f"""Hola:

Adjuntamos la factura de su pedido {o}.

Un saludo,
Etiqueta Pro""")

    o, b = order("es-devol", "es", "Zapatillas de trail running, talla 42")
    case("es-devolucion-recordatorio-sin-pregunta", "quarantine", ["return.unnecessary"],
         "A proactive return message that neither asks for information nor offers a partial refund: it just "
         "restates the return procedure.",
         to=b, frm="Trail Store <devoluciones@trailstore.es>", day=13, enc=L15,
         subject=f"Su devolución - pedido {o}", text=f"""Hola:

Hemos visto que ha solicitado la devolución de las zapatillas de su
pedido {o}.

Le recordamos que tiene 14 días para enviarlas en su caja original con la
etiqueta de devolución de Amazon, desde cualquier oficina de Correos.

Un saludo,
Trail Store""")

    o, b = order("es-faltas", "es", "Batidora de vaso 1500 W")
    case("es-faltas-de-ortografia-graves", "relay", ["content.spelling"],
         "A reply so full of misspellings ('aver', 'vatidora', 'porke', 'cuchiya', 'balla', 'dize') that the "
         "spelling warning is expected; a warning only, so relayed.",
         to=b, frm="Electro Ahorro <ventas@electroahorro.es>", day=10, enc=L1,
         reply="La batidora hace un ruido raro.",
         subject=f"RE: Ruido batidora pedido {o}", text=f"""ola buenas

aver si le podemos ayudar con la vatidora del pedido {o}, eso
es porke la cuchiya no esta vien encajada. tiene ke kitarla y bolverla a
poner asta ke aga clic, si no balla vien nos lo dize i le mandamos otra
nueva sin problema ninguno

un saludo i grazias""")


# --------------------------------------------------------------------------------------------
# Italian (amazon.it)
# --------------------------------------------------------------------------------------------

NOTE_LEGALI = """--
Arredi Brianza S.r.l. - Capitale sociale EUR 50.000,00 i.v.
P.IVA e C.F. 03456780961 - REA MB-1723456
Sede legale: Via Manzoni 12, 20900 Monza (MB)"""


def cases_it() -> None:  # noqa: PLR0915
    # ---- compliant near-misses ----
    o, b = order("it-divano", "it", "Divano 3 posti sfoderabile, tessuto grigio", **PENDING)
    case("it-note-legali-piva-rea-consegna", "relay", [],
         "Scheduling the delivery of a bulky sofa is permitted; the footer (capitale sociale, P.IVA, REA, "
         "sede legale) has no phone, e-mail or link, and register numbers are not phone numbers.",
         to=b, frm="Arredi Brianza <ordini@arredibrianza.it>", day=12, enc=L15,
         subject=f"Consegna del divano - ordine {o}", text=f"""Gentile cliente,

il divano del Suo ordine {o} è pronto. La consegna al piano è
su appuntamento e richiede due operatori.

Può indicarci due mezze giornate tra il 18 e il 26 giugno in cui è
disponibile, e se lo stabile ha l'ascensore? Il corriere ci chiede anche
la larghezza della porta d'ingresso (il divano imballato misura 95 cm).

Cordiali saluti,
Giulia Ferrario, Ufficio spedizioni

{NOTE_LEGALI}
""")

    o, b = order("it-brt", "it", "Friggitrice ad aria 4 L")
    case("it-brt-numero-corriere", "relay", [],
         "A reply to a delivery question giving the carrier's (BRT) number next to the carrier word; the "
         "shipment code is no phone number.",
         to=b, frm="CasaSmart <assistenza@casasmart.it>", day=10, enc=L1,
         reply="Il pacco risulta in giacenza, cosa devo fare?",
         subject=f"R: Pacco in giacenza - ordine {o}", text=f"""Buongiorno,

il pacco dell'ordine {o} è in giacenza presso la filiale BRT di
Bologna perché al primo passaggio non c'era nessuno.

Può contattare BRT al numero 011 397 3200 indicando il codice
spedizione 0712 3345 9981 23 e fissare una nuova consegna, oppure
ritirarlo in filiale dalle 9:00 alle 18:30.

Cordiali saluti,
Matteo - CasaSmart""")

    o, b = order("it-esaurito-ok", "it", "Set di pentole antiaderenti 8 pezzi", **PENDING)
    case("it-esaurito-abbiamo-rimborsato", "relay", [],
         "Out-of-stock notice confirming the refund already made with the reason (articolo esaurito), without "
         "asking the buyer to cancel.",
         to=b, frm="Cucina Italiana Shop <ordini@cucinaitalianashop.it>", day=12, enc=L15,
         subject=f"Ordine {o}: articolo esaurito", text=f"""Gentile cliente,

siamo spiacenti di comunicarLe che il set di pentole del Suo ordine
{o} è esaurito: l'ultimo pezzo a magazzino presentava un difetto
al coperchio e non abbiamo potuto spedirlo.

Abbiamo già rimborsato l'intero importo dell'ordine tramite Amazon, con la
motivazione "articolo esaurito". L'accredito sarà visibile entro 3-5
giorni lavorativi.

Ci scusiamo per il disagio.

Cucina Italiana Shop""")

    o, b = order("it-mandolina", "it", "Mandolina affettaverdure regolabile, 5 lame")
    case("it-garanzia-produttore-finocchi", "relay", [],
         "The manufacturer's warranty service number is allowed next to 'garanzia del produttore'; 'finocchi' "
         "(fennel) is a vegetable here.",
         to=b, frm="Utensili Tosco <servizio@utensilitosco.it>", day=13, enc=W1252,
         reply="Una lama della mandolina si è allentata.",
         subject=f"R: Lama allentata - ordine {o}", text=f"""Gentile cliente,

la lama allentata della mandolina (ordine {o}) rientra nella
garanzia del produttore di 2 anni. Il servizio assistenza del produttore
risponde al numero 0571 940 822 e sostituisce la lama gratuitamente.

Nel frattempo La consigliamo di usare solo la lama liscia, che va
benissimo per affettare finocchi, cipolle e patate.

Cordiali saluti,
Utensili Tosco""")

    o, b = order("it-cazzuola", "it", "Set cazzuole da muratore 4 pezzi con frattazzo")
    case("it-cazzuola-scopa-frattazzo", "relay", [],
         "Trade words that look like Italian vulgarities are innocent: 'cazzuola' (mason's trowel), 'scopa' "
         "(broom), 'frattazzo'.",
         to=b, frm="Edilferramenta <vendite@edilferramenta.it>", day=11, enc=L1,
         reply="Quale cazzuola uso per la malta del bagno?",
         subject=f"R: Quale cazzuola usare - ordine {o}", text=f"""Buongiorno,

per la malta del bagno usi la cazzuola a punta tonda del set (ordine
{o}): è quella da 18 cm. La cazzuola dentata serve per la colla
delle piastrelle, il frattazzo per lisciare.

A fine lavoro pulisca subito gli attrezzi con acqua e una vecchia scopa
di saggina: la malta secca non si stacca più.

Buon lavoro,
Franco, Edilferramenta""")

    o, b = order("it-parziale", "it", "Lampada da tavolo in vetro di Murano")
    case("it-reso-rimborso-parziale", "relay", [],
         "Return-related message offering a partial refund instead of the return: an allowed reason.",
         to=b, frm="Vetri d'Arte <negozio@vetridarte.it>", day=13, enc=L15,
         subject=f"La Sua richiesta di reso - ordine {o}", text=f"""Gentile cliente,

abbiamo ricevuto la Sua richiesta di reso per la lampada dell'ordine
{o}, per il piccolo graffio sul paralume.

Se preferisce tenere la lampada, Le proponiamo un rimborso parziale del
25 % del prezzo. Se invece desidera procedere con il reso, ci basta una
Sua risposta e Le inviamo l'etichetta.

Cordiali saluti,
Vetri d'Arte""")

    o, b = order("it-recensione", "it", "Moka in acciaio 4 tazze")
    case("it-recensione-neutra-lei", "relay", [],
         "A single, neutral review request in the 'Lei' form with a usage tip; no benefit, stars or condition.",
         to=b, frm="Caffè Napoli Store <shop@caffenapolistore.it>", day=12, enc=L15,
         subject=f"La Sua moka - ordine {o}", text=f"""Gentile cliente,

per i primi tre caffè con la moka del Suo ordine {o} usi caffè che
poi butterà: servono a "condire" la caldaia. Non la lavi mai in
lavastoviglie.

Se ha un minuto, la Sua recensione del prodotto su Amazon sarebbe utile
ad altri clienti.

Cordiali saluti,
Caffè Napoli Store""")

    o, b = order("it-tu", "it", "Cover per smartphone in pelle, marrone")
    case("it-tu-senza-accenti", "relay", [],
         "A casual reply using 'tu' and writing accents with apostrophes or not at all ('perche', 'gia', "
         "'piu', 'e'' for 'è'), as many Italians type; spelling is at most a warning.",
         to=b, frm="CoverLab <ciao@coverlab.it>", day=10, enc=U8B64,
         reply="Ciao, la cover non chiude bene, la calamita e' debole.",
         subject=f"R: Cover non chiude - ordine {o}", text=f"""Ciao Luca,

grazie per la segnalazione! La calamita debole e' un difetto di un lotto,
gia risolto. Ti abbiamo spedito oggi una cover nuova (ordine {o}),
perche quella che hai non si puo sistemare. Non serve rimandarla
indietro, e non paghi niente in piu.

A presto,
Sara di CoverLab""")

    # ---- violations ----
    o, b = order("it-tel", "it", "Climatizzatore portatile 9000 BTU", **PENDING)
    case("it-firma-assistenza-clienti-whatsapp", "reject", ["content.phone-number"],
         "The signature gives the shop's own customer-service and WhatsApp number: not a warranty, carrier or "
         "manufacturer number.",
         to=b, frm="Clima Casa <ordini@climacasa.it>", day=12, enc=L15,
         subject=f"Consegna climatizzatore - ordine {o}", text=f"""Gentile cliente,

il climatizzatore del Suo ordine {o} parte domani. Ci conferma che
all'indirizzo indicato c'è qualcuno tra le 9 e le 13?

Cordiali saluti,
Clima Casa
Assistenza clienti e WhatsApp: +39 02 8736 4521""")

    o, b = order("it-annulli", "it", "Tapis roulant elettrico pieghevole", **PENDING)
    case("it-esaurito-annulli-provvederemo", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Out of stock: asks the buyer to cancel and only promises a refund ('provvederemo al rimborso').",
         to=b, frm="Sport Casa <vendite@sportcasa.it>", day=13, enc=L1,
         subject=f"Ordine {o} - prodotto esaurito", text=f"""Gentile cliente,

purtroppo il tapis roulant del Suo ordine {o} è esaurito presso
il nostro fornitore.

La preghiamo di annullare l'ordine dal Suo account Amazon;
provvederemo al rimborso non appena l'annullamento sarà registrato.

Ci scusiamo per l'inconveniente,
Sport Casa""")

    o, b = order("it-newsletter", "it", "Olio extravergine di oliva 5 L")
    case("it-newsletter-codice-sconto", "quarantine", ["type.marketing"],
         "Invites the buyer to subscribe to the newsletter for a welcome discount code: promotion.",
         to=b, frm="Frantoio Colli Umbri <shop@frantoiocolliumbri.it>", day=11, enc=L15,
         subject=f"Conservazione dell'olio - ordine {o}", text=f"""Gentile cliente,

l'olio del Suo ordine {o} si conserva al meglio al buio, tra 14 e
18 °C, lontano dai fornelli. Una volta aperta, la latta va consumata
entro tre mesi.

Si iscriva alla nostra newsletter: riceverà subito il codice sconto
BENVENUTO10 e tutte le nostre offerte sull'olio nuovo.

Frantoio Colli Umbri""")

    o, b = order("it-buono", "it", "Cuffie Bluetooth over-ear con cancellazione del rumore")
    case("it-recensione-5-stelle-buono-amazon", "reject", ["review.incentive"],
         "Promises an Amazon gift card for a 5-star review.",
         to=b, frm="SoundWave Italia <info@soundwaveitalia.it>", day=12, enc=W1252,
         tolerated=("type.marketing",),
         subject=f"Le Sue cuffie - ordine {o}", text=f"""Gentile cliente,

per attivare la cancellazione del rumore delle cuffie (ordine {o})
tenga premuto il tasto ANC per due secondi.

Lasciando una recensione a 5 stelle riceverà un buono regalo Amazon da
10 euro: ci mandi il link della recensione e glielo inviamo.

SoundWave Italia""")

    o, b = order("it-rimuovi", "it", "Seggiolino auto gruppo 1/2/3 isofix")
    case("it-rimuovere-recensione-negativa", "reject", ["review.removal-request"],
         "After replacing a part, the seller asks the buyer to remove the negative review.",
         to=b, frm="Bimbi Sicuri <assistenza@bimbisicuri.it>", day=13, enc=L15,
         reply="Il pezzo di ricambio è arrivato, ora funziona.",
         subject=f"R: Ricambio seggiolino - ordine {o}", text=f"""Gentile cliente,

siamo felici che il seggiolino (ordine {o}) ora si agganci
correttamente.

Dato che il problema è risolto, Le chiediamo gentilmente di rimuovere la
recensione negativa che ha pubblicato, o almeno di aggiornarla.

Cordiali saluti,
Bimbi Sicuri""")

    o, b = order("it-stronzo", "it", "Specchio da terra con cornice in legno")
    case("it-cazzo-stronzo-corriere", "quarantine", ["content.sensitive"],
         "The seller vents about the courier with offensive words (cazzo, stronzo, vaffanculo).",
         to=b, frm="Legno & Luce <ordini@legnoeluce.it>", day=11, enc=L1,
         reply="Lo specchio è arrivato rotto!",
         subject=f"R: Specchio rotto - ordine {o}", text=f"""Buongiorno,

ma che cazzo! Quello stronzo del corriere l'ha rotto di nuovo, gli
abbiamo già mandato un vaffanculo via mail al deposito.

Le spediamo un altro specchio (ordine {o}) domani, con imballo
rinforzato. Non serve rimandare quello rotto.

Ci scusi,
Davide""")

    o, b = order("it-disiscr", "it", "Tè matcha cerimoniale 30 g")
    dis = simple(f"""<p>Ciao,</p>
<p>per il tuo matcha (ordine {o}): setaccialo, aggiungi 70 ml d'acqua a 80 °C e frusta a W per 15
secondi.</p>
<p>Un saluto,<br>Matcha Zen</p>
<p>Non vuoi più ricevere le nostre email? Per disiscriverti clicca
<a href="https://www.matchazen.it/newsletter/unsubscribe?u=8812">qui</a>.</p>""", "it")
    case("it-disiscriviti-clicca-qui", "reject", ["link.opt-out", "link.external", "style.link-text"],
         "An unsubscribe link ('per disiscriverti clicca qui') to the shop's site with generic link text.",
         to=b, frm="Matcha Zen <ciao@matchazen.it>", day=12, html=dis,
         subject=f"Come preparare il tuo matcha - ordine {o}",
         text=f"Ciao,\n\nper il tuo matcha (ordine {o}): setaccialo, aggiungi 70 ml d'acqua a 80 °C e frusta\n"
              "a W per 15 secondi.\n\nUn saluto,\nMatcha Zen\n\nPer disiscriverti: "
              "https://www.matchazen.it/newsletter/unsubscribe?u=8812\n")

    o, b = order("it-outlook", "it", "Stampante multifunzione laser a colori", **PENDING)
    outl = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style><!--
p.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
--></style></head>
<body lang="IT" link="#0563C1">
<div class="WordSection1">
<p class="MsoNormal">Gentile cliente,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">per completare l'ordine {o} ci serve il codice destinatario SDI o la PEC per la
fattura elettronica, come richiesto in fase d'acquisto.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Cordiali saluti<o:p></o:p></p>
<p class="MsoNormal">Ufficio vendite Office Point<o:p></o:p></p>
</div></body></html>
"""
    case("it-outlook-calibri-righe-vuote", "reject", ["style.font-override", "style.line-breaks"],
         "Outlook HTML: a Calibri font-family in the style sheet and three empty paragraphs in a row.",
         to=b, frm="Office Point <vendite@officepoint.it>", day=12, html=outl, enc=W1252, crlf=True,
         subject=f"Dati per la fattura elettronica - ordine {o}",
         text=f"Gentile cliente,\n\nper completare l'ordine {o} ci serve il codice destinatario SDI o la PEC\n"
              "per la fattura elettronica.\n\nCordiali saluti\nUfficio vendite Office Point\n")

    o, b = order("it-vero", "it", "Zaino da trekking 40 L")
    case("it-ordine-sconosciuto", "reject", ["order-id.unknown"],
         "The proactive message names an order ID that is not in the seller's order store (a typo).",
         to=b, frm="Montagna Viva <ordini@montagnaviva.it>", day=12, enc=L15,
         subject="Taglia dello schienale - ordine 405-7781029-3310482", text="""Gentile cliente,

per lo zaino dell'ordine 405-7781029-3310482 possiamo montare lo
schienale in taglia M o L. Ci indica la Sua altezza?

Grazie,
Montagna Viva""")

    oa, _ba = order("it-altro-a", "it", "Borraccia termica 750 ml")
    _ob, bb = order("it-altro-b", "it", "Lampada frontale ricaricabile")
    case("it-ordine-di-un-altro-cliente", "reject", ["order-id.buyer-mismatch"],
         "The order ID belongs to another buyer than the recipient (wrong conversation in the helpdesk).",
         to=bb, frm="Outdoor Store <ordini@outdoorstore.it>", day=12, enc=L15,
         subject=f"Incisione borraccia - ordine {oa}", text=f"""Gentile cliente,

per la borraccia dell'ordine {oa} è prevista l'incisione del nome.
Ci conferma il testo "MARCO" in maiuscolo?

Grazie,
Outdoor Store""")

    o, b = order("it-grazie", "it", "Tazza in ceramica fatta a mano")
    case("it-solo-grazie-a-disposizione", "quarantine", ["type.thank-you-only"],
         "A message that only thanks the buyer and offers help if needed.",
         to=b, frm="Ceramiche Deruta Shop <shop@ceramichederuta.it>", day=8, enc=L15,
         subject=f"Grazie per il Suo ordine {o}", text=f"""Gentile cliente,

grazie di cuore per aver scelto le nostre ceramiche (ordine {o}).
Siamo una piccola bottega di Deruta e ogni ordine per noi è una gioia.

Per qualsiasi domanda siamo a Sua disposizione.

Un caro saluto,
Ceramiche Deruta Shop""")

    o, b = order("it-foto", "it", "Borsa a tracolla in pelle, cuoio")
    fot = simple(f"""<p>Gentile cliente,</p>
<p>per nutrire la pelle della Sua borsa (ordine {o}) usi una crema neutra una volta al mese.</p>
<p><img src="cid:borsa" width="300" alt="Borsa a tracolla in pelle, cuoio"></p>
<p>Pelletteria Fiorentina</p>""", "it")
    case("it-foto-prodotto-acquistato", "quarantine", ["image.product-photo"],
         "An inline photo whose alt text names the purchased product.",
         to=b, frm="Pelletteria Fiorentina <negozio@pelletteriafiorentina.it>", day=12, html=fot,
         subject=f"Cura della Sua borsa - ordine {o}",
         related=[(photo_png(300, 240, "borsa"), "image", "png", "borsa", "borsa-tracolla.png")],
         text=f"Gentile cliente,\n\nper nutrire la pelle della Sua borsa (ordine {o}) usi una crema neutra\n"
              "una volta al mese.\n\nPelletteria Fiorentina\n")

    o, b = order("it-gif", "it", "Lampadina smart Wi-Fi E27, 4 pezzi")
    gif = simple(f"""<p>Gentile cliente,</p>
<p>per collegare le lampadine dell'ordine {o} accendile e spegnile tre volte finché lampeggiano.</p>
<p><img src="cid:anim" width="220" height="56" alt="Lampeggio delle lampadine in modalità abbinamento"></p>
<p>LuceSmart</p>""", "it")
    case("it-gif-animata-abbinamento", "reject", ["style.animated-gif"],
         "An inline two-frame animated GIF illustrating the pairing blink; its alt names the bulbs, so "
         "image.product-photo is arguable (tolerated).", tolerated=("image.product-photo",),
         to=b, frm="LuceSmart <supporto@lucesmart.it>", day=12, html=gif,
         subject=f"Abbinamento lampadine - ordine {o}",
         related=[(animated_gif(("ON", "OFF")), "image", "gif", "anim", "abbinamento.gif")],
         text=f"Gentile cliente,\n\nper collegare le lampadine dell'ordine {o} accendile e spegnile tre volte\n"
              "finché lampeggiano.\n\nLuceSmart\n")

    o, b = order("it-http", "it", "Caldaia a pellet 12 kW", **PENDING)
    htp = simple(f"""<p>Gentile cliente,</p>
<p>prima della consegna della caldaia (ordine {o}) verifichi che la canna fumaria abbia un diametro di
80 mm, come indicato nella <a href="http://www.termostufe-veneto.it/schede/canna-fumaria-80.pdf">scheda
tecnica della canna fumaria</a>.</p>
<p><img src="http://www.termostufe-veneto.it/img/logo-termostufe.png" width="160" height="48"
alt="Termostufe Veneto"></p>""", "it")
    case("it-link-e-immagine-http", "reject", ["link.insecure", "image.insecure"],
         "An http link to a PDF on the shop's site and a logo loaded over http (link.external judges https "
         "links only, RULES.md D).",
         to=b, frm="Termostufe Veneto <ordini@termostufe-veneto.it>", day=12, html=htp,
         subject=f"Prima della consegna - ordine {o}",
         text=f"Gentile cliente,\n\nprima della consegna della caldaia (ordine {o}) verifichi che la canna\n"
              "fumaria abbia un diametro di 80 mm.\n")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_fr, cases_es, cases_it))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="twentysixth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
