#!/usr/bin/env python3
"""Build the eighty-first labelled corpus (thank-you + small talk, French and Italian): orders.csv,
cases/*.eml and labels.json.

    .venv/bin/python tests/corpus_eightyfirst/build.py

Deterministic. Written blind from the guidelines and RULES.md. 45 cases: fr 24 (amazon.fr and amazon.com.be),
it 21 (amazon.it). Compliant: thanks plus exactly one genuine content sentence (care or use instruction,
product fact, delivery detail, question to the buyer, warranty or spare-part detail, answer in a reply,
seasonal greeting plus something useful), some of them buried in chatter. Violations: thanks padded only
with small talk (weather, harvest, the shop's animal, a festival, family, mission and values, how it is
made, the workshop's history, wishes) and bare thank-you / "here to help" messages.
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

_rnd = random.Random(81_2026_0615)
_PREFIX = {"fr": "40", "com.be": "40", "it": "40"}
_TLD = {"fr": "fr", "it": "it"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T09:00:00Z", shipped="2026-06-02T14:00:00Z",
                 delivered="2026-06-05T11:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
# Bought recently, not yet shipped: a delivery detail still lies ahead.
OPEN = {"purchased": "2026-06-13T08:30:00Z", "shipped": "", "delivered": ""}
B64 = {"cte": "base64"}
L1 = {"charset": "windows-1252", "cte": "quoted-printable"}
L9 = {"charset": "iso-8859-15", "cte": "quoted-printable"}

TARGET = ["type.thank-you-only", "type.marketing", "type.order-confirmation", "return.unnecessary",
          "review.incentive", "review.removal-request", "review.conditional", "review.repeat",
          "order-problem.no-adjustment", "order-problem.cancellation-request", "language.mismatch",
          "content.email-address", "content.phone-number", "link.external", "link.opt-out"]
OTHER = ["order-id.missing", "order-id.unknown", "window.expired", "style.emoji", "style.line-breaks",
         "link.insecure"]
TY = ["type.thank-you-only"]

case = partial(shaped_case, CASE_LIST, TARGET, OTHER, thread="0100019c.a81", tag="t81", time="10:17:44")


# --------------------------------------------------------------------------------------------
# French (amazon.fr, amazon.com.be)
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    frm = "Atelier Bois Clair <contact@atelier-boisclair.fr>"
    o, b = order("fr-planche", "fr", "Planche à découper en noyer massif 40 x 25 cm")
    case("fr-planche-huile", "relay", [],
         "Merci plus un conseil d'entretien concret (huiler la planche) : un vrai contenu.",
         to=b, frm=frm, enc=L1, subject=f"Votre planche en noyer - commande {o}", text=f"""Bonjour,

Merci pour votre commande {o}.

Avant la première utilisation, passez une fine couche d'huile alimentaire sur les deux faces et laissez
sécher une nuit.

Bonne journée,
Claire, Atelier Bois Clair""")

    o, b = order("fr-lin", "fr", "Housse de couette en lin lavé 240 x 220 cm, sauge")
    case("fr-lin-lavage", "relay", [],
         "Remerciements, la météo et les vacances, mais une consigne de lavage précise au milieu : contenu.",
         to=b, frm="Maison Lina <bonjour@maison-lina.fr>",
         subject=f"Votre housse de couette (commande {o})", text=f"""Bonjour,

Un grand merci d'avoir choisi notre housse en lin pour votre chambre. Ici, en Normandie, il pleut
depuis trois jours et nous rêvons déjà des vacances !

Pour les premiers lavages, choisissez un programme à 40 °C maximum et évitez le sèche-linge, le lin
rétrécit légèrement à haute température.

Nous vous souhaitons de très belles nuits.

Lina et toute l'équipe
Commande {o}""")

    o, b = order("fr-huile", "fr", "Huile de protection pour plan de travail, 500 ml")
    case("fr-huile-fonce", "relay", [],
         "Merci plus un fait sur le produit (l'huile fonce le bois au début) : information utile.",
         to=b, frm=frm, subject=f"Commande {o} : votre huile pour plan de travail", text=f"""Bonjour,

Merci d'avoir commandé notre huile de protection (commande {o}).

À noter : l'huile fonce un peu le bois pendant les premiers jours, la teinte s'éclaircit ensuite au
fil des semaines.

Cordialement,
Claire Morel""")

    o, b = order("fr-lampe", "fr", "Lampe à poser céramique, abat-jour lin 35 cm", **OPEN)
    case("fr-lampe-deux-colis", "relay", [],
         "Merci plus un détail de livraison (deux colis séparés) avant l'envoi : utile à l'acheteur.",
         to=b, frm="Terre & Lumière <atelier@terre-et-lumiere.fr>", fmt="alt", lang="fr",
         subject=f"Votre lampe en céramique - commande {o}", text=f"""Bonjour Madame,

Merci pour votre commande {o}.

Le pied de la lampe et l'abat-jour voyagent dans deux cartons différents, il est donc possible que
vous les receviez à un ou deux jours d'intervalle.

Bien cordialement,
Terre & Lumière""")

    o, b = order("fr-broderie", "fr", "Tablier de cuisine brodé personnalisé, coton bio", **OPEN)
    case("fr-broderie-question", "relay", [],
         "Merci plus une question pour valider la personnalisation (couleur du fil) : message permis.",
         to=b, frm="Fil d'Or Broderie <atelier@fildor-broderie.fr>",
         subject=f"Personnalisation de votre tablier (commande {o})", text=f"""Bonjour,

Merci beaucoup pour votre commande {o} !

Souhaitez-vous le prénom « Margaux » brodé en fil doré ou en fil blanc ?

Belle journée à vous,
Sophie""")

    o, b = order("fr-cafetiere", "fr", "Cafetière italienne inox 6 tasses, induction")
    case("fr-cafetiere-joint", "relay", [],
         "Merci plus une information sur une pièce de rechange (joint fourni) : contenu.",
         to=b, frm="Cuisine & Co <service@cuisineco.fr>", enc=L9,
         subject=f"Votre cafetière - commande {o}", text=f"""Bonjour,

Nous vous remercions pour votre achat (commande {o}).

Un deuxième joint en silicone est glissé dans le sachet sous le filtre, gardez-le pour le jour où le
premier durcira.

L'équipe Cuisine & Co""")

    o, b = order("fr-garantie", "fr", "Sèche-cheveux ionique 2200 W", tld="com.be")
    case("fr-be-garantie", "relay", [],
         "Merci plus un détail de garantie (ticket à conserver, deux ans) : information nécessaire.",
         to=b, frm="Beauté Directe <service@beaute-directe.be>", fmt="html", lang="fr",
         subject=f"Votre sèche-cheveux (commande {o})", text=f"""Bonjour,

Merci pour votre confiance et votre commande {o}.

La garantie de deux ans court à partir de la date de livraison ; la facture Amazon suffit comme preuve
d'achat en cas de panne.

Bien à vous,
Beauté Directe""")

    o, b = order("fr-miel", "fr", "Miel de lavande de Provence, pot de 500 g")
    case("fr-miel-bavard", "relay", [],
         "Long message bavard (ruches, famille, marché) avec une seule phrase utile sur la cristallisation : "
         "contenu enfoui, donc permis.",
         to=b, frm="Le Rucher des Alpilles <miel@rucher-alpilles.fr>", enc=L1,
         subject=f"Merci pour votre miel de lavande ! (commande {o})", text=f"""Bonjour,

Toute la famille vous remercie pour votre commande {o}.

Cette année, les abeilles ont profité d'un printemps très doux et la lavande a fleuri avec presque deux
semaines d'avance. Mon père, qui s'occupe des ruches depuis quarante ans, dit qu'il n'avait jamais vu ça.
Le samedi, nous sommes au marché de Saint-Rémy, c'est toujours un plaisir de discuter avec les gens.

Si votre miel se solidifie dans quelques semaines, c'est normal : un bain-marie tiède, sans dépasser
40 °C, lui rendra sa texture liquide.

Nous vous souhaitons un très bel été.

Jean et Martine
Le Rucher des Alpilles""")

    o, b = order("fr-velo", "fr", "Porte-bagages arrière aluminium pour vélo 26-29 pouces", tld="com.be")
    case("fr-be-velo-serrage", "relay", [],
         "Merci plus une consigne de montage (resserrer les vis après 50 km) : instruction.",
         to=b, frm="Cyclo Wallonie <info@cyclo-wallonie.be>",
         subject=f"Votre porte-bagages - commande {o}", text=f"""Bonjour,

Merci d'avoir commandé chez nous (commande {o}). Le temps est enfin de la partie pour rouler !

Pensez à resserrer les quatre vis de fixation après les cinquante premiers kilomètres.

Bonne route,
Marc - Cyclo Wallonie""")

    o, b = order("fr-noel", "fr", "Guirlande lumineuse LED 10 m, blanc chaud")
    case("fr-guirlande-voeux", "relay", [],
         "Voeux de saison plus un conseil d'usage (retirer la languette de la pile) : contenu.",
         to=b, frm="Lumières d'Ici <boutique@lumieres-dici.fr>",
         subject=f"Votre guirlande lumineuse (commande {o})", text=f"""Bonjour,

Merci pour votre commande {o}, et bel été à vous et à vos proches !

Avant d'allumer la guirlande, retirez la petite languette en plastique du boîtier à piles, sinon rien ne
s'allume.

Chaleureusement,
L'équipe Lumières d'Ici""")

    o, b = order("fr-reponse", "fr", "Théière en fonte 1,2 L avec filtre")
    case("fr-theiere-reponse", "relay", [],
         "Réponse à une question de l'acheteur (compatible induction) : non proactive.",
         to=b, frm="Thés du Monde <contact@thesdumonde.fr>",
         reply="Bonjour, est-ce que la théière peut aller sur une plaque à induction ? Merci",
         subject=f"Re: Question sur la théière (commande {o})", text="""Bonjour,

Merci pour votre message. Oui, la théière peut être posée sur une plaque à induction, à feu doux
uniquement et jamais à vide.

Cordialement,
Thés du Monde""")

    o, b = order("fr-savon", "fr", "Coffret de 4 savons saponifiés à froid")
    case("fr-savon-cure", "relay", [],
         "Merci, l'histoire de l'atelier, puis un conseil d'usage (laisser sécher le savon entre deux "
         "utilisations) : une phrase utile suffit.",
         to=b, frm="Savonnerie des Vignes <savonnerie@desvignes.fr>", fmt="alt", lang="fr",
         subject=f"Vos savons - commande {o}", text=f"""Bonjour,

Merci d'avoir choisi nos savons (commande {o}).

Notre petite savonnerie est installée dans une ancienne grange au milieu des vignes, et chaque savon
y est coupé à la main.

Posez vos savons sur un porte-savon bien égoutté : s'ils restent dans l'eau, ils fondent deux fois plus
vite.

Au plaisir,
Hélène""")

    o, b = order("fr-poele", "fr", "Poêle en acier carbone 28 cm")
    case("fr-poele-culotter", "relay", [],
         "Merci plus une instruction de culottage : contenu.",
         to=b, frm=frm, enc=B64,
         subject=f"Votre poêle en acier (commande {o})", text=f"""Bonjour,

Merci pour votre achat, commande {o}.
Il faudra culotter la poêle avant la première cuisson : faites-y chauffer un fond d'huile pendant dix
minutes puis essuyez avec un papier absorbant.
Cordialement,
Atelier Bois Clair""")

    o, b = order("fr-tapis", "fr", "Tapis berbère en laine 160 x 230 cm", tld="com.be")
    case("fr-be-tapis-odeur", "relay", [],
         "Remerciements et un fait sur le produit (légère odeur de laine qui disparaît) : information utile.",
         to=b, frm="Souk & Laine <service@souketlaine.be>",
         subject=f"Votre tapis en laine - commande {o}", text=f"""Bonjour,

Merci de nous avoir fait confiance pour la commande {o}. Nos tisserandes seront ravies de savoir que leur
tapis est arrivé en Belgique.

Une légère odeur de laine peut persister une à deux semaines après le déballage ; aérer la pièce suffit à
la faire disparaître.

Cordialement,
Souk & Laine""")

    o, b = order("fr-plante", "fr", "Olivier en pot, hauteur 80 cm", **OPEN)
    case("fr-olivier-absence", "relay", [],
         "Merci plus une question utile à la livraison (absence la semaine prochaine ?) : permis.",
         to=b, frm="Pépinière du Soleil <pepiniere@dusoleil.fr>",
         subject=f"Livraison de votre olivier (commande {o})", text=f"""Bonjour,

Merci pour votre commande {o}.

Comme il s'agit d'une plante vivante, pouvez-vous nous dire si quelqu'un sera présent pour la réception
en début de semaine prochaine ?

La Pépinière du Soleil""")

    # Violations
    o, b = order("fr-meteo", "fr", "Nappe en coton enduit 150 x 250 cm")
    case("fr-nappe-meteo", "quarantine", TY,
         "Merci plus la météo et des voeux : aucun contenu, que du bavardage.",
         to=b, frm="Les Toiles de Marthe <boutique@toilesdemarthe.fr>",
         subject=f"Merci ! (commande {o})", text=f"""Bonjour,

Merci beaucoup pour votre commande {o}.

Ici, le soleil est enfin revenu après un mois de mai très pluvieux, et nous avons pu ouvrir grand les
fenêtres de l'atelier. J'espère qu'il fait aussi beau chez vous.

Passez un excellent début d'été !

Marthe""")

    o, b = order("fr-chat", "fr", "Bougie parfumée figue et cèdre, 200 g")
    case("fr-bougie-chat", "quarantine", TY,
         "Merci et des nouvelles du chat de la boutique : bavardage sans objet.",
         to=b, frm="Cire & Mèche <atelier@cire-et-meche.fr>", fmt="html", lang="fr",
         subject=f"Un petit mot de l'atelier (commande {o})", text=f"""Bonjour,

Merci infiniment pour votre commande {o} !

Votre colis a été préparé sous l'oeil attentif de Pistache, le chat de l'atelier, qui passe ses journées
couché sur les cartons d'expédition. Il ne nous laisse jamais fermer un paquet sans l'inspecter.

Nous vous embrassons,
Camille et Pistache""")

    o, b = order("fr-vendanges", "fr", "Coffret de 3 confitures de raisin et épices")
    case("fr-vendanges", "quarantine", TY,
         "Merci, les vendanges, la fête du village et des voeux : rien d'utile à l'acheteur.",
         to=b, frm="Confitures du Domaine <domaine@confitures-dudomaine.fr>", enc=L1,
         subject=f"Merci de la part du Domaine - commande {o}", text=f"""Chère cliente, cher client,

Merci d'avoir choisi nos confitures (commande {o}).

Chez nous, tout le monde se prépare déjà pour les vendanges de septembre. Le village organise sa grande fête
le premier week-end du mois, avec un bal sur la place et des tables dressées sous les platanes. C'est le
moment de l'année que nous préférons.

Nous vous souhaitons de savoureux petits-déjeuners.

Toute l'équipe du Domaine""")

    o, b = order("fr-mission", "fr", "Gourde isotherme inox 750 ml", tld="com.be")
    case("fr-be-mission", "quarantine", TY,
         "Merci plus la mission et les valeurs de la marque : pas de contenu pour la commande.",
         to=b, frm="Gourdes Vertes <hello@gourdesvertes.be>",
         subject=f"Merci pour votre commande {o}", text=f"""Bonjour,

Merci d'avoir rejoint l'aventure avec votre commande {o}.

Depuis le premier jour, notre conviction est simple : chaque gourde réutilisée, ce sont des centaines de
bouteilles en plastique en moins. Nous sommes une petite équipe de cinq personnes à Liège, et nous
croyons profondément qu'on peut changer les habitudes un geste à la fois.

Merci de faire partie de ce mouvement.

L'équipe Gourdes Vertes""")

    o, b = order("fr-fabrication", "fr", "Bol en grès émaillé, lot de 4")
    case("fr-bols-fabrication", "quarantine", TY,
         "Merci plus le récit de la fabrication (tournage, cuisson) sans aucune information utile à l'acheteur.",
         to=b, frm="Terre & Lumière <atelier@terre-et-lumiere.fr>",
         subject=f"L'histoire de vos bols (commande {o})", text=f"""Bonjour,

Merci du fond du coeur pour votre commande {o}.

Vos bols ont été tournés un par un au début du mois, puis ont séché pendant une semaine avant une première
cuisson. L'émail a été posé au trempé, et la seconde cuisson a duré presque douze heures. Chaque pièce est
donc un peu différente de sa voisine.

Avec toute notre gratitude,
Pauline, céramiste""")

    o, b = order("fr-histoire", "fr", "Couteau pliant manche en genévrier")
    case("fr-couteau-histoire", "quarantine", TY,
         "Merci plus l'histoire de la coutellerie familiale : bavardage.",
         to=b, frm="Coutellerie Vernet <coutellerie@vernet-thiers.fr>", fmt="alt", lang="fr",
         subject=f"Merci ! Commande {o}", text=f"""Bonjour,

Nous vous remercions sincèrement pour votre commande {o}.

La coutellerie a été fondée à Thiers en 1921 par mon arrière-grand-père. Trois générations plus tard,
nous travaillons toujours dans le même atelier, au bord de la Durolle, avec quelques-unes de ses machines.

Bien amicalement,
Louis Vernet""")

    o, b = order("fr-nu", "fr", "Set de 6 torchons en lin")
    case("fr-torchons-merci", "quarantine", TY,
         "Un simple merci et « nous restons à votre disposition » : message de remerciement seul.",
         to=b, frm="Les Toiles de Marthe <boutique@toilesdemarthe.fr>",
         subject=f"Commande {o}", text=f"""Bonjour,

Merci pour votre achat (commande {o}). Nous restons à votre entière disposition si vous avez la moindre
question.

Cordialement,
Les Toiles de Marthe""")

    o, b = order("fr-aide", "fr", "Chargeur USB-C 65 W", tld="com.be")
    case("fr-be-chargeur-aide", "quarantine", TY,
         "Remerciements et offre d'aide en cas de problème, rien d'autre.",
         to=b, frm="Tech Comptoir <support@techcomptoir.be>", enc=B64,
         subject=f"Votre commande {o}", text=f"""Bonjour,

Toute l'équipe Tech Comptoir vous remercie pour votre commande {o}.
En cas de souci avec votre chargeur, n'hésitez surtout pas à nous contacter via la messagerie Amazon :
nous serons heureux de vous aider.

À bientôt,
Tech Comptoir""")

    o, b = order("fr-famille", "fr", "Plaid en laine mérinos 130 x 170 cm")
    case("fr-plaid-famille", "quarantine", TY,
         "Merci, une naissance dans la famille et des voeux : que du bavardage.",
         to=b, frm="Laines de l'Aubrac <contact@lainesdelaubrac.fr>",
         subject=f"Un grand merci (commande {o})", text=f"""Bonjour,

Merci beaucoup pour votre commande {o}, elle nous a fait très plaisir.

Petite nouvelle de notre côté : notre fille Jeanne est née il y a trois semaines, et la maison est un peu
sens dessus dessous ! C'est d'ailleurs elle qui a eu droit au tout premier plaid de la saison.

Prenez bien soin de vous,
Anne et Thomas""")


# --------------------------------------------------------------------------------------------
# Italian (amazon.it)
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("it-tagliere", "it", "Tagliere in legno d'ulivo 35 cm")
    case("it-tagliere-olio", "relay", [],
         "Ringraziamento più un'istruzione di cura (olio di vaselina ogni tanto): contenuto reale.",
         to=b, frm="Bottega dell'Ulivo <info@bottegadellulivo.it>", enc=L1,
         subject=f"Il suo tagliere in ulivo - ordine {o}", text=f"""Gentile cliente,

grazie per il suo ordine {o}.

Ogni due o tre settimane passi sul tagliere un velo di olio di vaselina e lo lasci assorbire per una notte.

Cordiali saluti,
Bottega dell'Ulivo""")

    o, b = order("it-pasta", "it", "Pasta di Gragnano trafilata al bronzo, 6 x 500 g")
    case("it-pasta-cottura", "relay", [],
         "Grazie, il pastificio e il paese, e una sola frase utile sui tempi di cottura: contenuto sepolto.",
         to=b, frm="Pastificio Russo <ordini@pastificiorusso.it>",
         subject=f"Grazie dal Pastificio Russo (ordine {o})", text=f"""Buongiorno,

grazie di cuore per l'ordine {o}.

Qui a Gragnano l'estate è arrivata all'improvviso e in laboratorio si lavora con le finestre spalancate.
Mio nonno diceva che la pasta buona si sente dal profumo del grano, e noi cerchiamo ancora di seguire il suo
consiglio.

Essendo trafilata al bronzo ed essiccata lentamente, questa pasta richiede due minuti di cottura in più
rispetto a quelli indicati per la pasta industriale.

Un caro saluto e buona estate,
Famiglia Russo""")

    o, b = order("it-moka", "it", "Caffettiera moka 3 tazze alluminio")
    case("it-moka-primo-caffe", "relay", [],
         "Grazie più un'istruzione d'uso (buttare i primi tre caffè): contenuto.",
         to=b, frm="Casa del Caffè <servizio@casadelcaffe.it>", fmt="alt", lang="it",
         subject=f"La sua moka - ordine {o}", text=f"""Buongiorno,

la ringraziamo per aver scelto la nostra moka (ordine {o}).

I primi tre caffè vanno buttati: servono a creare la patina che protegge l'alluminio e a eliminare il
sapore di metallo.

Buona giornata,
Casa del Caffè""")

    o, b = order("it-borsa", "it", "Borsa a tracolla in pelle conciata al vegetale")
    case("it-borsa-pelle", "relay", [],
         "Grazie più un fatto sul prodotto (la pelle scurisce col tempo): informazione utile.",
         to=b, frm="Pelletteria Fiorentina <info@pelletteriafiorentina.it>",
         subject=f"Ordine {o} - la sua borsa in pelle", text=f"""Gentile cliente,

grazie per l'acquisto, ordine {o}.

La pelle conciata al vegetale si scurisce con la luce e con l'uso: nei primi mesi la borsa prenderà una
tonalità più calda, ed è del tutto normale.

Cordialmente,
Pelletteria Fiorentina""")

    o, b = order("it-divano", "it", "Divano due posti in velluto, verde bosco", **OPEN)
    case("it-divano-consegna", "relay", [],
         "Grazie più la domanda per fissare la consegna di un articolo ingombrante: permesso.",
         to=b, frm="Arredo Casa Bianchi <ordini@arredobianchi.it>",
         subject=f"Consegna del divano - ordine {o}", text=f"""Buongiorno,

grazie per aver scelto il nostro divano (ordine {o}).

Il corriere consegna al piano solo su appuntamento: preferisce martedì 23 o giovedì 25 giugno, mattina o
pomeriggio?

Cordiali saluti,
Arredo Casa Bianchi""")

    o, b = order("it-foto", "it", "Cornice portafoto personalizzata con incisione", **OPEN)
    case("it-cornice-incisione", "relay", [],
         "Grazie più una domanda per verificare un design personalizzato: permesso.",
         to=b, frm="Incisioni Marchetti <laboratorio@incisionimarchetti.it>",
         subject=f"La sua incisione - ordine {o}", text=f"""Buongiorno,

grazie mille per il suo ordine {o}!

Ci conferma che la data da incidere è «14.09.2019» e non «14/09/2019»?

Un saluto dal laboratorio,
Giulia Marchetti""")

    o, b = order("it-frullatore", "it", "Frullatore a immersione 800 W con accessori")
    case("it-frullatore-garanzia", "relay", [],
         "Grazie più un dettaglio di garanzia (ricambi del produttore): informazione necessaria.",
         to=b, frm="ElettroPiù <assistenza@elettropiu.it>", enc=B64,
         subject=f"Il suo frullatore - ordine {o}", text=f"""Buongiorno,

grazie per il suo acquisto (ordine {o}).

Il gambo frullatore è coperto da due anni di garanzia del produttore e, se un giorno si rovinasse, esiste
anche come ricambio singolo.

Distinti saluti,
ElettroPiù""")

    o, b = order("it-vino", "it", "Cassetta 6 bottiglie Chianti Classico DOCG 2021", **OPEN)
    case("it-vino-firma", "relay", [],
         "Grazie più un dettaglio di consegna (serve la firma di un maggiorenne): utile.",
         to=b, frm="Cantina Poggio Alto <cantina@poggioalto.it>", fmt="html", lang="it",
         subject=f"Il suo Chianti - ordine {o}", text=f"""Gentile cliente,

grazie per aver ordinato il nostro Chianti Classico (ordine {o}).

Trattandosi di alcolici, il corriere potrà consegnare il pacco solo a una persona maggiorenne che firmi
alla ricezione.

Cordiali saluti,
Cantina Poggio Alto""")

    o, b = order("it-piante", "it", "Set 3 piante aromatiche in vaso: basilico, rosmarino, salvia")
    case("it-aromatiche-acqua", "relay", [],
         "Grazie, il meteo e l'orto, e una sola istruzione di cura (annaffiatura): contenuto.",
         to=b, frm="Vivaio Verdeluna <vivaio@verdeluna.it>",
         subject=f"Le sue aromatiche - ordine {o}", text=f"""Ciao,

grazie per aver ordinato le nostre piantine (ordine {o}). Qui in Liguria fa già un gran caldo e l'orto
esplode di colori.

Il basilico vuole terra sempre umida, mentre rosmarino e salvia vanno annaffiati solo quando il terriccio
è asciutto in superficie.

Buon raccolto!
Vivaio Verdeluna""")

    o, b = order("it-risposta", "it", "Zaino da trekking 40 litri")
    case("it-zaino-risposta", "relay", [],
         "Risposta alla domanda dell'acquirente (il coprizaino è nella tasca inferiore): non proattiva.",
         to=b, frm="Montagna Viva <servizio@montagnaviva.it>",
         reply="Salve, nella descrizione c'era scritto che lo zaino ha il coprizaino ma non lo trovo.",
         subject=f"Re: Coprizaino mancante (ordine {o})", text="""Buongiorno,

grazie per averci scritto. Il coprizaino è arrotolato nella tasca con la zip sul fondo dello zaino,
sotto il logo.

Buone escursioni,
Montagna Viva""")

    o, b = order("it-natale", "it", "Presepe in terracotta, 12 statuine")
    case("it-presepe-auguri", "relay", [],
         "Auguri e ringraziamenti più un fatto utile sul prodotto (le statuine sono fragili, non lavarle): "
         "contenuto.",
         to=b, frm="Presepi Napoletani Esposito <bottega@presepiesposito.it>",
         subject=f"Le sue statuine - ordine {o}", text=f"""Gentile cliente,

grazie per il suo ordine {o} e tanti auguri di una serena estate a lei e alla sua famiglia.

Le statuine sono dipinte a mano con colori ad acqua: per pulirle basta un pennello morbido, mai un panno
umido.

Con i migliori saluti,
Bottega Esposito""")

    o, b = order("it-candela", "it", "Candela in cera di soia, profumo fico, 180 g")
    case("it-candela-stoppino", "relay", [],
         "Grazie più una raccomandazione d'uso (prima accensione di due ore): contenuto.",
         to=b, frm="Luce di Cera <ciao@lucedicera.it>", enc=L9,
         subject=f"La sua candela - ordine {o}", text=f"""Ciao!

Grazie mille per l'ordine {o}.

La prima volta lasci accesa la candela per almeno due ore, finché tutta la superficie è sciolta: così non
si formerà il classico "tunnel".

Un abbraccio,
Luce di Cera""")

    o, b = order("it-scarpe", "it", "Scarpe da corsa trail, taglia 42")
    case("it-scarpe-plantare", "relay", [],
         "Grazie e chiacchiere sulla corsa, più un fatto utile (il plantare è estraibile e ne è incluso un "
         "secondo più spesso).",
         to=b, frm="Corri Veloce <info@corriveloce.it>",
         subject=f"Ordine {o} - le sue scarpe trail", text=f"""Buongiorno,

grazie per il suo ordine {o}. Noi del negozio corriamo ogni domenica sui sentieri delle colline, e queste
scarpe sono le nostre preferite.

Nella scatola trova un secondo plantare, più spesso, da usare al posto di quello montato se la calzata le
sembrasse larga.

Buone corse,
Corri Veloce""")

    # Violations
    o, b = order("it-meteo", "it", "Asciugamani in spugna, set da 4")
    case("it-asciugamani-meteo", "quarantine", TY,
         "Grazie più il tempo e un augurio: nessun contenuto.",
         to=b, frm="Tessiture Lombarde <negozio@tessiturelombarde.it>",
         subject=f"Grazie! Ordine {o}", text=f"""Buongiorno,

grazie davvero per il suo ordine {o}.

Qui da noi a Como finalmente splende il sole dopo settimane di pioggia, e il lago è tornato azzurro.
Speriamo che anche da lei sia arrivata la bella stagione.

Le auguriamo una splendida estate!

Tessiture Lombarde""")

    o, b = order("it-cane", "it", "Ciotola in ceramica per cani, 1 litro")
    case("it-ciotola-cane", "quarantine", TY,
         "Grazie e le avventure del cane del negozio: chiacchiere.",
         to=b, frm="Bau Bottega <ciao@baubottega.it>", fmt="html", lang="it",
         subject=f"Un saluto da Bau Bottega (ordine {o})", text=f"""Ciao!

Grazie infinite per il tuo ordine {o}.

Il tuo pacco è stato controllato personalmente da Olivia, la nostra bassotta, che ogni mattina arriva in
negozio prima di tutti e si sistema nella cesta vicino alla cassa. Ieri ha rubato un biscotto al corriere!

Un abbraccio da tutti noi e da Olivia""")

    o, b = order("it-vendemmia", "it", "Olio extravergine d'oliva 3 litri, raccolto 2025")
    case("it-olio-raccolto", "quarantine", TY,
         "Grazie più il raccolto, la sagra del paese e un augurio: chiacchiere.",
         to=b, frm="Frantoio Santa Lucia <frantoio@santalucia-olio.it>", enc=L1,
         subject=f"Grazie dal Frantoio (ordine {o})", text=f"""Gentile cliente,

grazie per aver scelto il nostro olio (ordine {o}).

Gli ulivi quest'anno sono carichi di fiori e speriamo in un raccolto generoso a novembre. Ad agosto in
paese c'è la sagra della bruschetta, e tutto il frantoio si trasforma in cucina per tre giorni. È la nostra
festa preferita.

Buon appetito e a presto,
Famiglia Conti""")

    o, b = order("it-valori", "it", "Spazzolini in bambù, confezione da 8")
    case("it-valori-bambu", "quarantine", TY,
         "Grazie più la missione ecologica dell'azienda: niente di utile per l'ordine.",
         to=b, frm="Bambù Italia <info@bambuitalia.it>",
         subject=f"Grazie per il suo ordine {o}", text=f"""Buongiorno,

grazie per aver scelto i nostri spazzolini (ordine {o}).

Crediamo in un mondo con meno plastica e più rispetto per la natura. Ogni giorno lavoriamo perché le
piccole scelte quotidiane possano fare una grande differenza per il pianeta che lasceremo ai nostri figli.

Grazie di far parte di questo cambiamento.

Il team di Bambù Italia""")

    o, b = order("it-lavorazione", "it", "Vaso in vetro soffiato di Murano, blu")
    case("it-murano-lavorazione", "quarantine", TY,
         "Grazie più il racconto di come è stato soffiato il vaso: nessuna informazione utile.",
         to=b, frm="Vetreria Barovier Sala <bottega@vetreriasala.it>", fmt="alt", lang="it",
         subject=f"Il suo vaso di Murano - ordine {o}", text=f"""Gentile cliente,

la ringraziamo sinceramente per il suo ordine {o}.

Il suo vaso è nato in fornace a oltre mille gradi: il maestro vetraio ha raccolto il vetro fuso sulla
canna, lo ha soffiato e modellato a mano, e poi lo ha lasciato raffreddare lentamente per un'intera notte.

Con gratitudine,
Vetreria Sala""")

    o, b = order("it-storia", "it", "Set di 6 bicchieri in cristallo")
    case("it-bicchieri-storia", "quarantine", TY,
         "Grazie più la storia della bottega di famiglia: chiacchiere.",
         to=b, frm="Cristallerie Ferri <negozio@cristallerieferri.it>",
         subject=f"Grazie! (ordine {o})", text=f"""Buongiorno,

grazie per il suo ordine {o}.

La nostra bottega è nata nel 1958 quando nonna Ada aprì un piccolo negozio di casalinghi in centro a
Colle di Val d'Elsa. Oggi siamo alla terza generazione e ogni volta che prepariamo un pacco pensiamo a lei.

Cari saluti,
Marco Ferri""")

    o, b = order("it-solo", "it", "Cover per smartphone in silicone")
    case("it-cover-solo-grazie", "quarantine", TY,
         "Solo un ringraziamento e la disponibilità ad aiutare: vietato.",
         to=b, frm="Cover Shop Italia <assistenza@covershop.it>", enc=B64,
         subject=f"Ordine {o}", text=f"""Gentile cliente,

grazie per aver acquistato da noi (ordine {o}). Per qualsiasi problema siamo sempre a sua disposizione.

Cordiali saluti,
Cover Shop Italia""")

    o, b = order("it-famiglia", "it", "Tovaglia in lino ricamata 8 posti")
    case("it-tovaglia-matrimonio", "quarantine", TY,
         "Grazie, il matrimonio della figlia e gli auguri: nessun contenuto.",
         to=b, frm="Ricami di Sardegna <info@ricamidisardegna.it>",
         subject=f"Grazie di cuore - ordine {o}", text=f"""Cara cliente,

grazie di cuore per il suo ordine {o}.

Questo mese in laboratorio c'è un'aria di festa: mia figlia si sposa a fine giugno e stiamo ricamando
anche la sua tovaglia per il pranzo di nozze. Le nostre ricamatrici non parlano d'altro!

Le auguriamo tante belle tavolate in compagnia.

Un caro saluto,
Rita""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_fr, cases_it))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="eightyfirst"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
