"""Round talkfr: the small-talk reading of type.thank-you-only switched on in French and Italian.

Thanks plus one genuine content sentence must pass, whatever its kind: a polite or familiar imperative (a care or
use step), a frequency or a duration written in words, a measure written out ("30 degrés"), what the product
requires, a product fact, a question, a delivery or warranty detail, another product presented (type.marketing's
business, not small talk). Thanks padded with nothing but news (the harvest, the shop animal, a wedding, the
workshop's story, the brand's values, a wish) is thank-you-only. Near-misses: the same verb forms as nouns or as
the third person in chatter ("i colleghi", "carichi di frutti", "le chien arrive et laisse"). Made-up wordings.
"""

from __future__ import annotations

import pytest

from tests.policies.plain_message import OID, fires

RULE = "type.thank-you-only"

COMPLIANT = [
    # fr: vous-imperatives of care and use
    ("fr", f"Bonjour,\n\nMerci pour votre commande {OID}.\n\nRangez le couteau dans son étui en cuir, lame bien "
           f"sèche.\n\nCordialement,\nLa Forge du Lac"),
    ("fr", f"Bonjour,\n\nMerci d'avoir choisi notre tablier ({OID}).\n\nRepassez-le sur l'envers, fer tiède, pour "
           f"garder la broderie intacte.\n\nBien à vous,\nAtelier Capucine"),
    ("com.be", f"Bonjour,\n\nMerci pour votre achat, commande {OID} !\n\nÉvitez de laisser le bocal en plein "
               f"courant d'air.\n\nBelle journée,\nLes Ruchers de Namur"),
    ("fr", f"Bonjour,\n\nUn grand merci pour la commande {OID}.\n\nN'oubliez pas de dévisser le bouchon doseur "
           f"avant de remplir le flacon.\n\nL'équipe Flacons & Co"),
    # fr: tu-imperative at the start, measure in words, frequency in words, requirement
    ("fr", f"Coucou Inès,\n\nmerci pour ta commande {OID} ! Essuie la poêle juste après usage.\n\nBises,\nMathilde"),
    ("fr", f"Bonjour,\n\nMerci pour votre commande {OID}. La couverture se lave à 30 degrés.\n\nCordialement,\n"
           f"Laines du Jura"),
    ("fr", f"Bonjour,\n\nMerci pour votre commande {OID}. Nourrissez le cuir toutes les trois semaines avec une "
           f"noisette de baume.\n\nCordialement,\nSellerie Lamarre"),
    ("fr", f"Bonjour,\n\nMerci pour votre commande {OID}. Ce riz complet nécessite une cuisson plus longue que le "
           f"riz blanc.\n\nCordialement,\nÉpicerie Camargue"),
    ("fr", f"Bonjour,\n\nMerci pour votre commande {OID}. Découvrez aussi nos nouveaux carnets en papier recyclé.\n\n"
           f"Papeterie Odile"),
    # it: Lei-imperatives, informal imperative at the start, frequency and duration in words, requirement
    ("it", f"Buongiorno,\n\ngrazie per il suo ordine {OID}.\n\nConservi il formaggio in frigorifero avvolto nella "
           f"sua carta.\n\nCordiali saluti,\nCaseificio Valbruna"),
    ("it", f"Buongiorno,\n\ngrazie per l'acquisto ({OID}).\n\nLo appoggi su una superficie piana per la prima "
           f"carica.\n\nSaluti,\nTecnoCasa"),
    ("it", f"Ciao Luca,\n\ngrazie per l'ordine {OID}! Ricordati di togliere la pellicola dal display.\n\nA presto,\n"
           f"Smart Corner"),
    ("it", f"Buongiorno,\n\ngrazie per il suo ordine {OID}. Spazzoli la giacca una volta alla settimana con la "
           f"spazzola in dotazione.\n\nCordiali saluti,\nSartoria Bellini"),
    ("it", f"Buongiorno,\n\ngrazie per il suo ordine {OID}. Il riso carnaroli necessita di diciotto minuti di "
           f"cottura.\n\nCordiali saluti,\nRiseria Ferraris"),
    ("it", f"Buongiorno,\n\ngrazie per il suo ordine {OID}. La coperta si lava a 30 gradi.\n\nCordiali saluti,\n"
           f"Lanificio Sella"),
    ("it", f"Buongiorno,\n\ngrazie per il suo ordine {OID}: la spina è adatta soltanto alle prese italiane.\n\n"
           f"Saluti,\nElettro Sud"),
    ("it", f"Ciao,\n\ngrazie per l'ordine {OID}. Ti presentiamo le nostre nuove tazze in gres.\n\nCeramiche Lia"),
]

VIOLATIONS = [
    ("fr", f"Bonjour,\n\nMerci pour votre commande {OID}.\n\nCette année, les pommiers du verger croulent sous les "
           f"fruits et toute la famille prépare déjà la récolte.\n\nAmicalement,\nLa Ferme des Saules"),
    ("fr", f"Bonjour,\n\nMerci infiniment pour votre commande {OID} !\n\nNotre chienne Praline accueille chaque "
           f"client à la porte et laisse des poils sur tous les cartons.\n\nÀ bientôt,\nLa Mercerie"),
    ("com.be", f"Bonjour,\n\nMerci pour votre confiance (commande {OID}).\n\nNotre petite entreprise familiale "
               f"croit à un commerce plus humain et plus local.\n\nBien à vous,\nMaison Verhaegen"),
    ("it", f"Buongiorno,\n\ngrazie per il suo ordine {OID}.\n\nQuest'anno i nostri alberi sono carichi di "
           f"albicocche e speriamo in una bella estate.\n\nUn saluto,\nAzienda Agricola Serra"),
    ("it", f"Buongiorno,\n\ngrazie per l'ordine {OID}!\n\nI colleghi del magazzino la salutano: da lunedì siamo "
           f"tornati tutti dalle ferie in montagna.\n\nCordialità,\nCasa Rossi"),
    ("it", f"Gentile cliente,\n\ngrazie per la fiducia (ordine {OID}).\n\nIl nostro laboratorio fu aperto dal "
           f"bisnonno Pietro nel 1932, tra i monti del Cadore.\n\nCon affetto,\nLegnami Pietro"),
    # the shop's own new machine is news, not another product presented
    ("fr", f"Bonjour,\n\nMerci pour votre commande {OID}.\n\nNotre nouvelle presse à chaud est enfin installée et "
           f"toute l'équipe est ravie.\n\nÀ bientôt,\nTextiles Marin"),
    ("it", f"Buongiorno,\n\ngrazie per l'ordine {OID}.\n\nIl nostro nuovo furgone è arrivato ieri e siamo "
           f"tutti emozionati.\n\nUn saluto,\nPanificio Neri"),
]


@pytest.mark.parametrize(("tld", "body"), COMPLIANT)
def test_thanks_with_one_content_sentence_passes(tld: str, body: str) -> None:
    assert not fires(RULE, body, tld)


@pytest.mark.parametrize(("tld", "body"), VIOLATIONS)
def test_thanks_padded_with_small_talk_fires(tld: str, body: str) -> None:
    assert fires(RULE, body, tld)
