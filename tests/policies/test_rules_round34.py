"""Round 34 (corpus_thirtyfourth): the shared corpus's shape in French and Italian.

The wordings a native seller uses that the rules missed, and their siblings in the other languages:
- the vulgar "balls" idiom of annoyance: Italian "ci ha rotto le palle", "rompipalle"; French "couilles";
  Spanish "nos toca los cojones", "hasta los huevos"; German "geht uns auf den Sack"; English "busting our
  balls", "a pain in the ass" (Christmas balls, eggs and tennis balls stay clean);
- warm filler: "every piece carries a little of our story" (fr, it, es, de, en); French "nous sommes là :
  n'hésitez pas à nous écrire"; a product going to "une nouvelle cuisine" is no new product;
- a stock-out refund said as one coordinated sentence: "we have cancelled the order and issued the
  refund" (fr, it, es, en);
- a stock-out with adverbs and pronouns: "nous ne pourrons donc malheureusement pas vous l'expédier",
  "non potremo spedirglielo", "no podremos enviárselo", "je n'en ai plus en stock";
- "je vous laisse annuler la commande", "La lascio annullare l'ordine": the buyer is asked to cancel;
- a carrier named as a company ("Transports Dupont", "Trasporti Ferri", "Transportes García"), Canadian carriers;
- a review "helps other <anyone> to choose" (fr, it, en, de, es) asks for it;
- French "reçu" the participle ("nous avons bien reçu votre commande") is no receipt document; Italian
  "ricevuta" likewise.
Compliant near-misses with the same vocabulary stay clean.
"""

from __future__ import annotations

import pytest

from policies.rules.content import phone_numbers
from policies.rules.review import request_units
from tests.policies.plain_message import fires as _fires
from tests.policies.plain_message import plain_ctx as _ctx
from tests.policies.test_rules_messagetypes import OID

SENSITIVE: list[tuple[bool, str, str]] = [
    (True, "it", "Il pacco è in consegna domani. Francamente ci avete rotto le palle con tutte queste email."),
    (True, "it", "Il corriere è in ritardo, ma non ci rompa i maroni ogni giorno per questo."),
    (True, "it", "Il suo ordine è partito ieri; non faccia il rompipalle, arriverà."),
    (True, "fr", "Le colis part demain, arrêtez de nous casser les couilles avec vos relances."),
    (True, "es", "El paquete sale mañana, pero nos está tocando los cojones con tantos mensajes."),
    (True, "es", "El pedido ya salió y estamos hasta los huevos de sus reclamaciones."),
    (True, "de", "Das Paket kommt morgen, aber Ihre Nachrichten gehen uns langsam auf den Sack."),
    (True, "com", "The parcel arrives tomorrow; stop busting our balls about it."),
    (False, "it", "Purtroppo sono arrivate rotte le palle di vetro dell'albero: ne spediamo di nuove."),
    (False, "it", "Le palle da tennis del set sono tre, in un tubo pressurizzato."),
    (False, "fr", "La couette et la coquille du lit sont livrées séparément."),
    (False, "es", "No toques los huevos crudos con el batidor caliente; espera a que se enfríe."),
    (False, "de", "Legen Sie die Eier in den Sack der Kühltasche, bevor Sie losgehen."),
    (False, "com", "The set has six tennis balls and a carry bag."),
]


@pytest.mark.parametrize(("want", "tld", "body"), SENSITIVE)
def test_balls_idiom_is_vulgar(want: bool, tld: str, body: str) -> None:
    assert _fires("content.sensitive", body, tld) is want


THANKS: list[tuple[bool, str, str]] = [
    (True, "it", f"Ciao,\n\ngrazie per l'ordine {OID}. Ogni candela che esce dal nostro laboratorio racchiude un pezzo "
                 "della nostra famiglia.\n\nA presto,\nCera Viva"),
    (True, "fr", f"Bonjour,\n\nmerci pour votre commande {OID}. Chaque tasse qui quitte notre atelier porte en elle un peu "
                 "de notre histoire.\n\nÀ bientôt,\nTerre & Feu"),
    (True, "fr", f"Bonjour,\n\nmerci pour votre commande {OID}. Pour toute question, nous sommes là : n'hésitez pas à nous "
                 "contacter.\n\nL'Atelier"),
    (True, "fr", f"Bonjour,\n\nmerci pour votre commande {OID}. C'est toujours une joie de savoir que nos bols partent vers "
                 "une nouvelle maison.\n\nL'Atelier"),
    (True, "es", f"Hola,\n\ngracias por tu pedido {OID}. Cada vela que sale de nuestro taller lleva un pedacito de nuestra "
                 "historia.\n\nUn saludo,\nCera Viva"),
    (True, "de", f"Hallo,\n\nvielen Dank für Ihre Bestellung {OID}. Jede Tasse aus unserer Werkstatt trägt ein Stück unserer "
                 "Geschichte in sich.\n\nViele Grüße\nTonwerk"),
    (True, "com", f"Hi,\n\nthank you for your order {OID}. Every mug that leaves our studio carries a little piece of our "
                  "story.\n\nBest,\nClay Co"),
    (False, "it", f"Ciao,\n\ngrazie per l'ordine {OID}. Ogni candela contiene 30 ore di combustione: accorcia lo stoppino a "
                  "5 mm.\n\nA presto,\nCera Viva"),
    (False, "fr", f"Bonjour,\n\nmerci pour votre commande {OID}. C'est toujours une joie de vous présenter nos nouvelles "
                  "bougies d'automne.\n\nL'Atelier"),
    (False, "fr", f"Bonjour,\n\nmerci pour votre commande {OID}. Nous sommes là : votre colis partira lundi par "
                  "Colissimo.\n\nL'Atelier"),
]


@pytest.mark.parametrize(("want", "tld", "body"), THANKS)
def test_storytelling_filler(want: bool, tld: str, body: str) -> None:
    assert _fires("type.thank-you-only", body, tld) is want


NO_ADJ: list[tuple[bool, str, str]] = [
    (False, "fr", f"La théière de la commande {OID} est en rupture de stock. Nous avons annulé la commande de notre côté "
                  "et effectué le remboursement intégral."),
    (False, "it", f"La teiera dell'ordine {OID} è esaurita. Abbiamo quindi annullato l'ordine e proceduto al rimborso "
                  "dell'intero importo."),
    (False, "es", f"La tetera del pedido {OID} está agotada. Hemos cancelado el pedido y tramitado el reembolso completo."),
    (False, "com", f"The teapot in order {OID} is out of stock. We have cancelled the order and issued a full refund."),
    (True, "fr", f"La théière de la commande {OID} est en rupture de stock. Nous avons annulé la commande et nous vous "
                 "recontacterons."),
    (True, "it", f"La teiera dell'ordine {OID} è esaurita. Abbiamo annullato l'ordine e La ricontatteremo."),
    # stock-outs with adverbs and pronouns
    (True, "fr", f"Le fabricant a cessé la teinte de la commande {OID}. Nous ne pourrons hélas pas vous la livrer."),
    (True, "fr", f"Pour la commande {OID}, je n'en ai plus en stock dans cette taille."),
    (True, "it", f"Il colore dell'ordine {OID} è fuori catalogo e non potremo purtroppo spedirglielo."),
    (True, "es", f"El color del pedido {OID} se ha descatalogado y no podremos enviárselo."),
    (False, "fr", f"Nous ne pourrons pas vous répondre avant lundi au sujet de la commande {OID}."),
    (False, "fr", f"Pour la commande {OID}, il n'en reste plus que deux en stock : le vôtre part lundi."),
    (False, "it", f"Non potremo risponderLe prima di lunedì per l'ordine {OID}."),
]


@pytest.mark.parametrize(("want", "tld", "body"), NO_ADJ)
def test_stock_out_and_refund_wordings(want: bool, tld: str, body: str) -> None:
    assert _fires("order-problem.no-adjustment", body, tld) is want


CANCEL: list[tuple[bool, str, str]] = [
    (True, "fr", f"Le vase de la commande {OID} n'est plus disponible. Je vous laisse annuler la commande depuis l'appli Amazon."),
    (True, "fr", f"Le vase de la commande {OID} est épuisé ; nous vous laissons le soin d'annuler votre commande."),
    (True, "it", f"Il vaso dell'ordine {OID} è esaurito. La lascio annullare l'ordine dalla Sua area clienti."),
    (False, "fr", f"Le vase de la commande {OID} n'est plus disponible. Je vous laisse nous dire si vous préférez un autre coloris."),
    (False, "it", f"Il vaso dell'ordine {OID} è esaurito. La lascio scegliere un altro colore rispondendo a questo messaggio."),
    (True, "fr", f"Le vase de la commande {OID} est épuisé. Je vous laisse donc annuler, ce sera plus rapide."),
]


@pytest.mark.parametrize(("want", "tld", "body"), CANCEL)
def test_leaving_the_cancellation_to_the_buyer(want: bool, tld: str, body: str) -> None:
    assert _fires("order-problem.cancellation-request", body, tld) is want


REGIONS = ("FR", "IT", "ES", "US")
PHONES: list[tuple[bool, str]] = [
    (True, "Pour fixer le jour, appelez Transports Moreau au 02 31 45 67 89."),
    (True, "Le rendez-vous se prend avec Postes Canada au 1 866 607-6301."),
    (True, "Per l'appuntamento chiami Trasporti Ferri allo 051 630 2214."),
    (True, "Para la cita llame a Transportes García al 912 345 678."),
    (False, "Pour le transport, appelez-nous au 02 31 45 67 89."),
    (False, "Per il trasporto ci chiami allo 051 630 2214."),
]


@pytest.mark.parametrize(("allowed", "text"), PHONES)
def test_carrier_named_as_a_company(allowed: bool, text: str) -> None:
    found = list(phone_numbers(text, REGIONS))
    assert found and all(ok is allowed for _m, ok in found)


REQUESTS: list[tuple[bool, str, str]] = [
    (True, "fr", "Votre avis sur Amazon aidera d'autres jardiniers à choisir leur sécateur."),
    (True, "it", "La Sua recensione aiuterà altri ciclisti a scegliere il casco giusto."),
    (True, "com", "Your review on Amazon will help other home bakers decide."),
    (True, "de", "Ihre Bewertung hilft anderen Radfahrern bei der Entscheidung."),
    (True, "es", "Tu reseña en Amazon ayudará a otros corredores a elegir."),
    (False, "fr", "Notre guide des tailles aidera d'autres jardiniers à choisir leur sécateur."),
    (False, "it", "La tabella delle misure aiuterà altri ciclisti a scegliere il casco giusto."),
    (False, "com", "Our sizing chart will help other home bakers decide."),
]


@pytest.mark.parametrize(("want", "tld", "body"), REQUESTS)
def test_a_review_helps_others_choose(want: bool, tld: str, body: str) -> None:
    assert bool(request_units(_ctx(body, tld))) is want


CONFIRM: list[tuple[bool, str, str]] = [
    (True, "fr", f"Bonjour,\n\nnous avons bien reçu votre commande {OID} ; elle est en préparation et partira sous "
                 "24 heures.\n\nLa Boutique"),
    (False, "fr", f"Bonjour,\n\nnous avons bien reçu votre commande {OID}. Votre reçu de paiement est disponible dans "
                  "votre espace client.\n\nLa Boutique"),
    (False, "it", f"Buongiorno,\n\nabbiamo ricevuto il Suo ordine {OID}. La ricevuta di pagamento è disponibile nella "
                  "Sua area clienti.\n\nIl Negozio"),
]


@pytest.mark.parametrize(("want", "tld", "body"), CONFIRM)
def test_received_is_no_receipt(want: bool, tld: str, body: str) -> None:
    assert _fires("type.order-confirmation", body, tld) is want
