"""Round 44 (corpus_fortyfourth): section C message types, second round, in en, de, fr, es, it and nl.

The classes the rules missed, each tested with made-up wordings (not the corpus's sentences):
- type.thank-you-only: casual offers of help ("holler if you need anything", "fais-nous signe", "laat maar weten
  als er iets is", "si necesitas algo, dinos"), "our door is always open" in six languages, check-ins
  ("touching base to see it turned up safe and sound", "nous passons prendre des nouvelles", "pasábamos a
  saludar", "passiamo a salutarla"), a maker's letter ("has found its way to you", "couldn't let it go without a
  thank you", "every piece starts as ...", "knowing that ... makes it all worthwhile", Italian founding stories,
  "Per una realtà piccola come la nostra", French "pour une petite maison comme la nôtre", "Chez X, chaque ...
  à la main"), German "freuen uns, Sie zu unseren Kunden zählen zu dürfen", gratitude signed by the team
  ("With thanks from all of us", "Avec toute notre gratitude", "Con gratitudine", "Con gratitud"), a colon
  joining two filler statements, a Spanish "¡" after the greeting, "orders like yours help us keep doing what we
  love", "wir sagen Danke für ...", "cualquier duda, aquí estamos", "neem gerust contact met ons op", "behind every
  parcel there is a small team" in de/fr/it/es/nl, "wat fijn dat je voor ons hebt gekozen";
- type.order-confirmation: shop-system status lines ("has shipped", "out for delivery", "has been packed", "will
  ship tomorrow", "verpackt und geht heute raus", "in der Zustellung", "partira demain", "en cours de livraison",
  "saldrá hoy", "en reparto", "in consegna", "wordt vandaag bezorgd"), tracking offered ("you can track your
  package", "Sie können Ihre Sendung verfolgen"), the parcel with the carrier ("ist bei DHL", "est chez
  Colissimo", "è con BRT"), the order being got ready ("we're getting it ready and will let you know when it
  ships", "versandfertig", "lo estamos preparando"), German "wir haben Ihre Bestellung <ID> erhalten"; a short
  count of parts ("six bolts instead of eight", "came two brackets short") and a delivery
  arrangement (signature, ID at the door, kerbside only) are another purpose;
- type.marketing: membership and loyalty schemes (VIP list, loyalty points, club fidélité, programma fedeltà,
  klantenclub; not where a review is named beside them, which review.incentive judges), referral rewards, e-mail
  sign-ups, Facebook communities, "save 15% on your next order", a store-wide percentage ("20 % auf alle
  Mühlen", "un 15 % en toda la tienda", "il 20% su tutto il negozio"; not a partial refund on all the items).
Near-misses with the same vocabulary stay clean.
"""

from __future__ import annotations

import pytest

from tests.policies.plain_message import OID, fires

# --------------------------------------------------------------------------------------------
# type.thank-you-only
# --------------------------------------------------------------------------------------------

THANK_YOU_ONLY = [
    ("com", f"Hey, thanks a million for order {OID}! Give us a shout if you need anything else.\n\nCheers, Lee"),
    ("com", f"Hi, thanks heaps for order {OID}. Holler whenever you need a hand.\n\nBest, Ro"),
    ("co.uk", f"Hello, just stopping by to check that your kettle (order {OID}) turned up safe and sound.\n"
              "Our inbox is always open.\n\nBest wishes, Jo"),
    ("com", f"Dear friend,\n\nYour quilt from order {OID} has found its way into your home, and we couldn't let "
            "it go without a little thank you. Each quilt begins as a pile of offcuts on our cutting table and is "
            "stitched over three evenings. Seeing that it will keep someone warm makes every hour worthwhile.\n\n"
            "With thanks from everyone at the studio,\nMay and Tess"),
    ("de", f"Guten Tag,\n\nherzlichen Dank für Ihren Einkauf ({OID}). Wir freuen uns sehr, Sie als neue Kundin "
           "begrüßen zu dürfen. Unsere Tür steht Ihnen immer offen.\n\nFreundliche Grüße\nIhr Team"),
    ("fr", f"Bonjour,\n\nJe tenais à vous remercier chaleureusement pour votre commande {OID}. Pour une jeune "
           "marque comme la nôtre, votre confiance compte énormément. Notre porte reste toujours ouverte.\n\n"
           "Avec reconnaissance,\nInès"),
    ("fr", f"Coucou,\n\nJe passe juste prendre des nouvelles : ta théière (commande {OID}) est-elle bien arrivée "
           "à bon port ? Fais-moi signe au besoin.\n\nBises"),
    ("es", f"Hola, ¡gracias por tu compra {OID}! Si te hace falta algo, escríbenos. Nuestra puerta está siempre "
           "abierta.\n\nCon gratitud,\nPaula"),
    ("es", f"Hola:\n\nSolo pasábamos a saludarte y a comprobar que tu cojín (pedido {OID}) ha llegado bien.\n\n"
           "Un saludo"),
    ("it", f"Gentile cliente,\n\ngrazie per il suo ordine {OID}. La nostra è una piccola vetreria di famiglia a "
           "Murano: mia nonna ha aperto la fornace nel 1958 e ancora oggi ogni bicchiere passa dalle nostre mani. "
           "Per una bottega piccola come la nostra il suo acquisto significa moltissimo.\n\n"
           "Con sincera gratitudine,\nLucia"),
    ("it", f"Buongiorno,\n\npassiamo solo a salutarla e a verificare che il vaso (ordine {OID}) sia arrivato sano "
           "e salvo. La nostra porta resta sempre aperta.\n\nCordiali saluti"),
    ("nl", f"Hoi,\n\nDank je wel voor je bestelling {OID}! Laat het gerust even weten als je vragen hebt. Onze deur "
           "staat altijd voor je open.\n\nMet dankbare groet,\nFemke"),
    # helpdesk and shop-template thanks: 'customers like you let us ...', 'wir sagen Danke', 'cualquier duda, aquí
    # estamos', 'neem gerust contact met ons op'
    ("com", f"Hi,\n\nThanks so much for order {OID}. Customers like you allow us to stay independent.\n\nBest, Kai"),
    ("de", f"Hallo,\n\nwir sagen herzlich Dankeschön für Ihre Bestellung {OID}.\n\nLiebe Grüße\nIhr Team"),
    ("es", f"Hola,\n\ngracias por tu compra {OID}. Para cualquier consulta que surja, aquí seguimos.\n\nSaludos"),
    ("nl", f"Hallo,\n\nBedankt voor uw bestelling {OID}. Neemt u gerust contact op als er iets is.\n\nGroet"),
    # who is behind the parcel, and the small family business glad of every order
    ("de", f"Hallo,\n\ndanke für Ihre Bestellung {OID}. Hinter jeder Bestellung stecken echte Menschen aus Kiel."
           "\n\nLiebe Grüße"),
    ("fr", f"Bonjour,\n\nMerci pour votre commande {OID}. Derrière chaque création se cache une famille d'artisans."
           "\n\nÀ bientôt"),
    ("it", f"Ciao,\n\ngrazie per l'ordine {OID}. Dietro ogni creazione ci sono le mani di tre artigiani.\n\nCiao"),
    ("es", f"Hola,\n\ngracias por tu pedido {OID}. Detrás de cada envío hay una familia de Lugo. Para lo que te "
           "haga falta, cuenta con nosotros.\n\nUn abrazo"),
    ("nl", f"Hoi,\n\nWat leuk dat je voor ons hebt gekozen ({OID})! Als jong familiebedrijf zijn we ontzettend blij "
           "met iedere bestelling. Elke mok wordt met de hand gedraaid in ons atelier.\n\nGroet"),
]


@pytest.mark.parametrize(("tld", "body"), THANK_YOU_ONLY)
def test_thank_you_only_fires(tld: str, body: str) -> None:
    assert fires("type.thank-you-only", body, tld)


THANK_YOU_WITH_CONTENT = [
    # the same warm words, then one thing the buyer needs
    ("com", f"Hi, thanks heaps for order {OID}. Shout if you need anything: the wall plugs in the box hold in "
            "brick only, so use cavity anchors on plasterboard.\n\nBest, Ro"),
    ("com", f"Hello, thanks for order {OID}. Each filter starts as a white pad and turns grey when you need to "
            "replace it.\n\nBest"),
    ("fr", f"Bonjour, merci pour votre commande {OID}. Notre porte est toujours ouverte. Retirez le film de "
           "protection avant la première cuisson, sinon il colle à la plaque.\n\nCordialement"),
    ("es", f"Hola, gracias por tu pedido {OID}. Si necesitas algo, dinos la medida exacta del hueco y te "
           "enviamos el soporte adecuado.\n\nSaludos"),
    ("it", f"Buongiorno, grazie per l'ordine {OID}. La nostra è una piccola bottega: per questo la lampada arriva "
           "senza lampadina, che va acquistata a parte (attacco E27, massimo 40 W).\n\nSaluti"),
    ("nl", f"Hoi, bedankt voor je bestelling {OID}. Onze deur staat altijd open. Let op: de lamp werkt alleen met "
           "een dimmer tot 60 watt.\n\nGroet"),
    ("nl", f"Hoi, bedankt voor je bestelling {OID}. Elke mok wordt met de hand gespoeld voordat je hem gebruikt."
           "\n\nGroet"),
    ("de", f"Hallo, vielen Dank für Ihre Bestellung {OID}. Wir freuen uns, Sie als Kunden begrüßen zu dürfen. "
           "Bitte ziehen Sie die Schrauben der Beine nach einer Woche noch einmal nach.\n\nViele Grüße"),
]


@pytest.mark.parametrize(("tld", "body"), THANK_YOU_WITH_CONTENT)
def test_thank_you_with_information_stays_clean(tld: str, body: str) -> None:
    assert not fires("type.thank-you-only", body, tld)


def test_a_wrong_item_that_found_its_way_is_content() -> None:
    body = f"Hello, about order {OID}: a wrong lampshade has found its way to you. Please check the label.\n\nBest"
    assert not fires("type.thank-you-only", body, "com")


# --------------------------------------------------------------------------------------------
# type.order-confirmation
# --------------------------------------------------------------------------------------------

CONFIRMATIONS = [
    ("com", f"Hi Alex,\n\nGreat news: your parcel for order {OID} has shipped.\n\nNorthbay Goods"),
    ("com", f"Hi Alex,\n\nYour rug (order {OID}) is out for delivery.\n\nNorthbay Goods"),
    ("co.uk", f"Hello,\n\nYour order {OID} has been packed and is waiting for the courier.\n\nNorthbay Goods"),
    ("com", f"Hello,\n\nWe've boxed up your order {OID} and it will ship tomorrow.\n\nNorthbay Goods"),
    ("de", f"Hallo,\n\nwir haben Ihre Bestellung {OID} erhalten und kümmern uns sofort darum.\n\nIhr Team"),
    ("de", f"Hallo,\n\nIhre Bestellung {OID} ist gepackt und geht morgen früh raus.\n\nIhr Team"),
    ("de", f"Hallo,\n\nIhr Paket zur Bestellung {OID} befindet sich jetzt in der Zustellung.\n\nIhr Team"),
    ("fr", f"Bonjour,\n\nVotre commande {OID} est emballée et partira dès demain.\n\nL'équipe"),
    ("fr", f"Bonjour,\n\nVotre colis (commande {OID}) est actuellement en cours d'acheminement.\n\nL'équipe"),
    ("es", f"Hola,\n\nTu pedido {OID} se enviará mañana por la mañana.\n\nEl equipo"),
    ("es", f"Hola,\n\nTu paquete (pedido {OID}) ya está en reparto.\n\nEl equipo"),
    ("it", f"Ciao,\n\nil tuo ordine {OID} è ora in consegna.\n\nIl team"),
    ("it", f"Ciao,\n\nil tuo ordine {OID} è stato imballato e verrà spedito domani.\n\nIl team"),
    ("nl", f"Hoi,\n\nWe hebben jouw bestelling {OID} verpakt en hij gaat morgen op transport.\n\nTeam"),
    ("nl", f"Hoi,\n\nJe pakket (bestelling {OID}) wordt morgen bezorgd.\n\nTeam"),
    # tracking offered, the parcel with the carrier, the order being got ready with a promise to tell when it ships
    ("com", f"Hi,\n\nYour order {OID} is now with FedEx. You can follow your shipment in Your Orders.\n\nTeam"),
    ("com", f"Hi,\n\nThanks for order {OID}! We're packing it now and will send you a note once it leaves us."
            "\n\nTeam"),
    ("de", f"Hallo,\n\nIhr Paket ({OID}) ist jetzt bei GLS. Sie können Ihre Lieferung im Amazon-Konto verfolgen."
           "\n\nIhr Team"),
    ("fr", f"Bonjour,\n\nVotre colis ({OID}) est désormais chez Chronopost.\n\nL'équipe"),
    ("es", f"Hola,\n\n¡Gracias por tu pedido {OID}! Ya los estamos preparando y le avisaremos en cuanto se envíe."
           "\n\nEl equipo"),
    ("it", f"Ciao,\n\ngrazie per l'ordine {OID}! Li stiamo imballando, ti avviseremo quando partirà.\n\nIl team"),
    ("nl", f"Hoi,\n\nWe maken je bestelling {OID} meteen klaar voor verzending.\n\nTeam"),
]


@pytest.mark.parametrize(("tld", "body"), CONFIRMATIONS)
def test_order_confirmation_fires(tld: str, body: str) -> None:
    assert fires("type.order-confirmation", body, tld)


DISPATCH_WITH_PURPOSE = [
    # a short count of parts: the parcel on its way fixes a fulfilment problem
    ("com", f"Hello, your chair (order {OID}) was packed with four screws instead of six. A bag of six is on its "
            "way to you.\n\nBest"),
    ("com", f"Hello, your shelf (order {OID}) came two brackets short. The brackets are on their way to you.\n\n"
            "Best"),
    ("de", f"Hallo, in Ihrem Paket ({OID}) lagen vier statt sechs Dübel. Die Dübel sind auf dem Weg zu Ihnen.\n\n"
           "Viele Grüße"),
    ("nl", f"Hallo, in je pakket ({OID}) zaten vier pluggen in plaats van zes. De pluggen zijn onderweg naar je."
           "\n\nGroet"),
    # a delivery arrangement the buyer must know
    ("com", f"Hello, your wardrobe (order {OID}) has shipped. It needs two people to carry it and the driver goes "
            "only as far as the front door.\n\nBest"),
    ("de", f"Hallo, Ihre Bestellung {OID} wird morgen zugestellt. Der Fahrer braucht Ihre Unterschrift und Ihren "
           "Ausweis.\n\nViele Grüße"),
    ("fr", f"Bonjour, votre commande {OID} est en cours de livraison. Le livreur vous demandera une pièce "
           "d'identité.\n\nCordialement"),
    ("it", f"Ciao, il tuo ordine {OID} è in consegna oggi. Il corriere consegna solo al piano strada.\n\nSaluti"),
    ("nl", f"Hoi, je pakket ({OID}) wordt vandaag bezorgd. De bezorger vraagt om je legitimatiebewijs.\n\nGroet"),
    ("nl", f"Hoi, je kast ({OID}) wordt morgen bezorgd. Zorg dat er iemand thuis is om te tekenen.\n\nGroet"),
    ("it", f"Ciao, il tuo divano ({OID}) è in consegna domani: serve che qualcuno sia presente.\n\nSaluti"),
    # a custom design to confirm, a delay, a strike: the carrier or the preparation is named for a problem
    ("com", f"Hi, we are preparing your engraved sign ({OID}). Please confirm the spelling of the name.\n\nBest"),
    ("com", f"Hi, your order {OID} is delayed by a week; we will let you know when it ships.\n\nBest"),
    ("de", f"Hallo, Ihr Paket ({OID}) ist bei DHL wegen eines Streiks liegen geblieben.\n\nViele Grüße"),
    ("nl", f"Hoi, je pakket ({OID}) is bij PostNL blijven liggen; het komt een dag later.\n\nGroet"),
]


@pytest.mark.parametrize(("tld", "body"), DISPATCH_WITH_PURPOSE)
def test_dispatch_named_for_another_purpose_stays_clean(tld: str, body: str) -> None:
    assert not fires("type.order-confirmation", body, tld)


# --------------------------------------------------------------------------------------------
# type.marketing
# --------------------------------------------------------------------------------------------

PROMOTIONS = [
    ("com", f"Hi, about order {OID}: reply YES and we'll put you on our VIP list for first dibs on new prints."),
    ("com", f"Hi, about order {OID}: every purchase earns you loyalty points towards your next rug."),
    ("ca", f"Hi, about order {OID}: sign up and get early access to our new colourways."),
    ("de", f"Hallo, zu Bestellung {OID}: Als Mitglied im Kundenclub sichern Sie sich Vorabzugang zu neuen "
           "Kollektionen."),
    ("fr", f"Bonjour, commande {OID} : avec notre carte de fidélité, chaque achat vous rapporte des points."),
    ("es", f"Hola, pedido {OID}: apúntate a nuestro club de clientes y disfruta de precios exclusivos."),
    ("it", f"Ciao, ordine {OID}: con la nostra carta fedeltà ogni acquisto ti fa guadagnare punti."),
    ("nl", f"Hoi, bestelling {OID}: met onze klantenpas krijg je ledenkorting op elke bestelling."),
    ("com", f"Hi, about order {OID}: recommend a friend and you'll each get a $10 store credit."),
    ("com", f"Hi, about order {OID}: subscribe to our weekly emails for restock alerts."),
    ("com", f"Hi, about order {OID}: come and join our maker community on Facebook."),
    ("com", f"Hi, about order {OID}: save 20% on all orders placed through our site."),
    ("de", f"Hallo, zu Bestellung {OID}: Werben Sie eine Freundin und Sie erhalten beide einen Gutschein."),
    ("fr", f"Bonjour, commande {OID} : inscrivez-vous à notre liste pour recevoir nos offres."),
    ("es", f"Hola, pedido {OID}: invita a un amigo y recibiréis los dos un regalo."),
    ("it", f"Ciao, ordine {OID}: iscriviti alle nostre email per non perdere le novità."),
    ("nl", f"Hoi, bestelling {OID}: meld je aan voor onze mailings en ontvang als eerste onze acties."),
    # a store-wide percentage without the word 'off' or 'discount'
    ("com", f"Hi, your lamp ({OID}) arrives Friday. Also, all our lamps are 15% cheaper until Sunday."),
    ("de", f"Hallo, Ihre Lampe ({OID}) kommt am Freitag. Bis Sonntag gibt es 15 % auf das ganze Sortiment."),
    ("es", f"Hola, tu lámpara ({OID}) llega el viernes. Hasta el domingo, un 15 % en todas nuestras lámparas."),
    ("it", f"Ciao, la lampada ({OID}) arriva venerdì. Fino a domenica c'è il 15% su tutta la collezione."),
]


@pytest.mark.parametrize(("tld", "body"), PROMOTIONS)
def test_marketing_fires(tld: str, body: str) -> None:
    assert fires("type.marketing", body, tld)


NOT_PROMOTIONS = [
    # a perk for a review is review.incentive's, not a promotion of its own
    ("com", f"Hi, about order {OID}: leave us a review and you'll join our VIP list with early access to new "
            "colours."),
    ("com", f"Hi, about order {OID}: once your review is up, 100 loyalty points land in your account."),
    ("com", f"Hi, about order {OID}: the early access firmware on your unit has a bug; please update it."),
    ("com", f"Hi, about order {OID}: the eco mode lets you save 15% on running costs, so use it overnight."),
    ("com", f"Hi, about order {OID}: we don't have a loyalty programme, but the spare filter ships free."),
    ("de", f"Hallo, zum Kratzer ({OID}): Wenn Sie den Tisch behalten, bieten wir 20 Euro Preisnachlass als "
           "Teilerstattung an."),
    ("nl", f"Hallo, over de kras ({OID}): als je de tafel houdt, bieden we 20 euro korting als gedeeltelijke "
           "terugbetaling."),
    ("de", f"Hallo, zur Rücksendung ({OID}): Wir erstatten 25 % auf alle zwei Artikel, wenn Sie sie behalten."),
    ("it", f"Buongiorno, per il reso ({OID}) offriamo un rimborso del 25% su tutti e due gli articoli."),
    ("es", f"Hola, sobre la devolución ({OID}): un reembolso parcial del 25 % en todos los artículos."),
    ("com", f"Hi, about the return ({OID}): a partial refund of 25% on all the items if you keep them."),
]


@pytest.mark.parametrize(("tld", "body"), NOT_PROMOTIONS)
def test_not_a_promotion_stays_clean(tld: str, body: str) -> None:
    assert not fires("type.marketing", body, tld)
