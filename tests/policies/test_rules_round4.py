"""Round four of generalisation: classes a fifth independent corpus found.

- a sensitive word of one language that is an ordinary word of another language the message is
  written in ("retard" = delay in French, "cono" = cone in Italian) does not fire;
- an order amount brought to zero ("ramené à 0,00 €", "reduced to $0", "auf 0,00 € gesetzt") or
  "the amount is refunded to you" confirms the adjustment;
- a parcel the carrier sent back to the seller (bad address) is not the buyer's return.

Made-up wordings in several languages, with near-miss negatives.
"""

from __future__ import annotations

import pytest

from policies.rules import content  # noqa: F401  (registers content.sensitive)
from tests.policies.test_rules_messagetypes import OID, fired, hits, make_ctx

S = f"Order {OID}"
CANCEL = {"order-problem.cancellation-request", "order-problem.no-adjustment"}
NOADJ = {"order-problem.no-adjustment"}
THANKS = {"type.thank-you-only"}
CONFIRM = {"type.order-confirmation"}
INCENTIVE = {"review.incentive"}
REMOVAL = {"review.removal-request"}
GATING = {"review.conditional"}
MARKETING = {"type.marketing"}


def sensitive(body: str, subject: str = S) -> bool:
    return bool(hits("content.sensitive", make_ctx(body, subject)))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            f"Bonjour,\n\nVotre colis (commande {OID}) part avec un léger retard : la livraison est prévue jeudi. Vous n'avez rien à faire.\n\n"
            f"Hello,\n\nYour parcel (order {OID}) leaves with a slight delay: delivery is expected Thursday. Nothing is needed from you.\n\nShop",
            False,
        ),
        (
            f"Hello,\n\nYour lamp (order {OID}) is running late. Sorry!\n\nBonjour,\n\nVotre lampe (commande {OID}) est en retard. Désolés !\n\nShop",
            False,
        ),
        (f"Hello,\n\nThe courier who lost order {OID} is a complete retard and an idiot.\n\nShop", True),
        (f"Hello,\n\nThe courier who lost order {OID} is a useless moron.\n\nBonjour,\n\nLe livreur a perdu la commande {OID}, quel retard.\n\nShop", True),
    ],
)
def test_innocent_homographs(body: str, expected: bool) -> None:
    assert sensitive(body) is expected


CASES: list[tuple[set[str], str, str]] = [
    # --- amount brought to zero / refunded: an adjustment ----------------------------------------------
    (set(), f"Commande {OID}", f"Bonjour,\n\nNous ne pourrons pas expédier la commande {OID} : l'article est en rupture de stock. Nous avons ramené le montant de la commande à 0,00 €.\n\nCordialement"),
    (set(), f"Commande {OID}", f"Bonjour,\n\nLe vase de la commande {OID} est épuisé. Les 30,00 € vous sont remboursés sur votre moyen de paiement.\n\nCordialement"),
    (set(), S, f"Hello,\n\nThe mug from order {OID} is out of stock, so we have reduced the order amount to $0.00.\n\nShop"),
    (set(), f"Bestellung {OID}", f"Hallo,\n\nder Artikel aus Bestellung {OID} ist nicht mehr lieferbar. Wir haben den Bestellbetrag auf 0,00 € gesetzt.\n\nGrüße"),
    (set(), f"Pedido {OID}", f"Hola:\n\nEl artículo del pedido {OID} está agotado. Hemos reducido el importe del pedido a 0,00 €.\n\nSaludos"),
    (set(), f"Ordine {OID}", f"Buongiorno,\n\nl'articolo dell'ordine {OID} è esaurito. Abbiamo azzerato l'importo dell'ordine.\n\nSaluti"),
    # near misses: nothing brought to zero, nothing refunded
    ({"order-problem.no-adjustment"}, S, f"Hello,\n\nThe mug from order {OID} is out of stock and we cannot ship it. We reduced the price of the blue one to $20.\n\nShop"),
    # --- polite "we'd be grateful / it would help us if you cancelled" frames ----------------------------
    (CANCEL, f"Bestellung {OID}", f"Hallo,\n\nder Artikel aus Bestellung {OID} wird vom Hersteller nicht mehr nachgeliefert. Wir wären Ihnen dankbar, wenn Sie die Bestellung selbst stornieren könnten.\n\nGrüße"),
    (CANCEL, f"Bestellung {OID}", f"Hallo,\n\nder Artikel aus Bestellung {OID} kann leider nicht mehr geliefert werden. Es würde uns sehr helfen, wenn Sie die Bestellung in Ihrem Konto stornieren.\n\nGrüße"),
    (CANCEL, S, f"Hello,\n\nThe rug in order {OID} is out of stock. It would help us a lot if you cancelled the order on your side.\n\nShop"),
    (CANCEL, f"Pedido {OID}", f"Hola:\n\nEl artículo del pedido {OID} está agotado. Nos ayudaría mucho que usted cancelara el pedido desde su cuenta.\n\nSaludos"),
    (CANCEL, f"Ordine {OID}", f"Buongiorno,\n\nl'articolo dell'ordine {OID} è esaurito. Ci aiuterebbe se lei annullasse l'ordine dal suo account.\n\nSaluti"),
    (CANCEL, f"Commande {OID}", f"Bonjour,\n\nL'article de la commande {OID} est épuisé. Cela nous aiderait beaucoup si vous annuliez la commande.\n\nCordialement"),
    # near miss: grateful for patience, not for a cancellation
    (set(), f"Bestellung {OID}", f"Hallo,\n\nder Artikel aus Bestellung {OID} wird erst nächste Woche geliefert. Wir wären Ihnen dankbar, wenn Sie etwas Geduld hätten.\n\nGrüße"),
    # --- passive / long-sentence cannot-ship notices without a refund ------------------------------------
    (NOADJ, f"Commande {OID}", f"Madame,\n\nLe coloris de la commande {OID} ne sera plus fabriqué, de sorte que votre commande ne pourra malheureusement pas être expédiée, ce dont nous nous excusons.\n\nCordialement"),
    (NOADJ, f"Pedido {OID}", f"Hola:\n\nEl color del pedido {OID} no será repuesto por el fabricante, así que su pedido no podrá ser enviado, lo cual lamentamos mucho.\n\nSaludos"),
    (NOADJ, f"Ordine {OID}", f"Buongiorno,\n\nil colore dell'ordine {OID} non verrà più prodotto, per cui il suo ordine purtroppo non potrà essere spedito, e ce ne scusiamo.\n\nSaluti"),
    (NOADJ, f"Bestellung {OID}", f"Hallo,\n\ndie Farbe aus Bestellung {OID} wird nicht mehr produziert, sodass Ihre Bestellung leider nicht versendet werden kann.\n\nGrüße"),
    (NOADJ, S, f"Hello,\n\nThe colour from order {OID} won't be restocked by the maker, so sadly your order can't be sent out, for which we apologise.\n\nShop"),
    # near misses: a delay, not a cancellation
    (set(), f"Commande {OID}", f"Bonjour,\n\nVotre commande {OID} ne pourra pas être expédiée avant lundi prochain, nous vous remercions de votre patience.\n\nCordialement"),
    (set(), S, f"Hello,\n\nThe lamp from order {OID} will be restocked next week and we will ship it on Monday.\n\nShop"),
    # --- regional thank-you-only notes (Belgian French, Kansai Japanese) ---------------------------------
    (THANKS, f"Commande {OID}", f"Bonjour,\n\nUn grand merci d'avoir choisi notre lampe (commande {OID}). Nous restons à votre disposition pour toute question.\n\nBelle journée et à bientôt,\nAtelier"),
    (THANKS, f"Commande {OID}", f"Bonjour,\n\nUn tout grand merci pour votre commande {OID}. Toute l'équipe est ravie de vous compter parmi ses clients, et nous restons à votre entière disposition.\n\nÀ tantôt,\nAtelier"),
    (THANKS, f"ご注文 {OID}", f"毎度おおきに、木工のたなかです。\n\nご注文{OID}、ほんまにおおきに。\n何かあったら、いつでも気軽に言うてな。\n\nたなか木工"),
    (THANKS, f"ご注文 {OID}", f"いつもありがとうございます、雑貨のやまだです。\n\nご注文{OID}の商品を選んでいただき、本当にありがとうございます。\n\nこれからもよろしゅうお願いします。\nやまだ雑貨"),
    # near misses: a review request, a promotion, a dispatch notice are not thanks only
    (set(), f"Commande {OID}", f"Bonjour,\n\nMerci pour votre commande {OID}. Merci de laisser un avis sur Amazon si vous avez un moment.\n\nÀ bientôt,\nAtelier"),
    ({"type.marketing"}, f"Commande {OID}", "Bonjour,\n\nNous sommes ravis de vous présenter notre nouvelle gamme de bougies, avec 20 % de réduction.\n\nÀ bientôt,\nAtelier"),
    ({"type.order-confirmation"}, f"ご注文 {OID}", f"毎度おおきに、木工のたなかです。\n\nご注文{OID}の商品、本日発送しました、おおきに。\n\nたなか木工"),
    # --- informal dispatch notices ------------------------------------------------------------------------
    (CONFIRM, S, f"Hiya,\n\nJust a quick heads up that your jacket (order {OID}) went out with Royal Mail this afternoon. Their reference for the parcel is QF 2840 1173 6GB.\n\nTa,\nSam"),
    (CONFIRM, S, f"Hi,\n\nFYI your lamp from order {OID} has gone out this morning with Evri, parcel ref H00A1234567.\n\nCheers,\nJo"),
    (CONFIRM, f"Bestellung {OID}", f"Hallo,\n\nkurze Info: Ihre Lampe aus Bestellung {OID} ist heute mit DHL rausgegangen.\n\nGrüße\nShop"),
    (CONFIRM, f"Commande {OID}", f"Bonjour,\n\nPetite info : votre lampe (commande {OID}) est partie ce matin avec Colissimo.\n\nBonne journée,\nAtelier"),
    (CONFIRM, f"Pedido {OID}", f"Hola:\n\nSolo para avisarle: su lámpara del pedido {OID} ha salido hoy con SEUR.\n\nSaludos"),
    (CONFIRM, f"Ordine {OID}", f"Ciao,\n\nsolo per avvisarti: la lampada dell'ordine {OID} è partita oggi con BRT.\n\nSaluti"),
    # near miss: the parcel came back; the message asks for the address
    (set(), S, f"Hi,\n\nYour lamp from order {OID} went out with Royal Mail on Monday but came back to us damaged. Could you confirm your address so we can resend it?\n\nJo"),
    # --- free product "on the house" for a review -----------------------------------------------------------
    (INCENTIVE, S, f"Hey there,\n\nWe'd love to hear how the earbuds from order {OID} are holding up. Anyone who posts their thoughts about them on Amazon gets a spare set of ear tips sent out by us, on the house - just hit reply with a screenshot.\n\nCheers,\nJordan"),
    (INCENTIVE, S, f"Hi,\n\nLeave a review of order {OID} on Amazon and the next bag of coffee is on us.\n\nCheers,\nJo"),
    (INCENTIVE, f"Bestellung {OID}", f"Hallo,\n\nwer eine Bewertung zu Bestellung {OID} auf Amazon schreibt, bekommt den nächsten Filter aufs Haus.\n\nGrüße"),
    (INCENTIVE, f"Pedido {OID}", f"Hola:\n\nSi deja una reseña del pedido {OID} en Amazon, el próximo paquete de café corre de nuestra cuenta.\n\nSaludos"),
    (INCENTIVE, f"Ordine {OID}", f"Ciao,\n\nchi lascia una recensione dell'ordine {OID} su Amazon riceve un filtro in più, offre la casa.\n\nSaluti"),
    # near miss: something on us, not tied to the review
    (set(), S, f"Hi,\n\nShipping on order {OID} is on us this time because of the delay. If you have a moment, an honest review on Amazon helps other buyers.\n\nJo"),
    # --- passive removal / update requests ----------------------------------------------------------------
    (REMOVAL, f"Bestellung {OID}", f"Grüezi\n\nDie Ersatzschlüssel zu Bestellung {OID} sind angekommen. Wäre es unter diesen Umständen denkbar, dass Ihre Rezension auf Amazon noch einmal angepasst wird?\n\nFreundliche Grüsse"),
    (REMOVAL, S, f"Hi,\n\nThe replacement for order {OID} has arrived. Now that it's sorted, could your review on Amazon perhaps be updated?\n\nJo"),
    (REMOVAL, f"Commande {OID}", f"Bonjour,\n\nLe remplacement de la commande {OID} est arrivé. Serait-il envisageable que votre avis sur Amazon soit mis à jour ?\n\nCordialement"),
    (REMOVAL, f"Pedido {OID}", f"Hola:\n\nEl repuesto del pedido {OID} ya ha llegado. ¿Sería posible que su reseña en Amazon fuera actualizada?\n\nSaludos"),
    (REMOVAL, f"Ordine {OID}", f"Buongiorno,\n\nil ricambio dell'ordine {OID} è arrivato. Sarebbe pensabile che la sua recensione su Amazon venga aggiornata?\n\nSaluti"),
    # near misses: the seller updates something of its own
    (set(), f"Bestellung {OID}", f"Hallo,\n\nvielen Dank für Ihre Rezension zu Bestellung {OID}. Ihre Hinweise werden bei der nächsten Produktversion berücksichtigt.\n\nGrüße"),
    (set(), S, f"Hi,\n\nThanks for your review of order {OID}. The listing will be updated with your tip.\n\nJo"),
    # --- gating phrased as questions ("Loving it? ... Not quite right? Reply before you post") ----------
    (GATING, S, f"Hi,\n\nQuick one about order {OID}. Loving the sound? Then a few words on Amazon about your experience with us would absolutely make our week. Not quite what you hoped for? Hit reply before you post anything anywhere, and we'll put it right first.\n\nAna"),
    (GATING, S, f"Hi,\n\nHappy with your new kettle from order {OID}? Leave us a review on Amazon! Something wrong? Email us before you review.\n\nJo"),
    (GATING, f"Bestellung {OID}", f"Hallo,\n\nZufrieden mit Ihrem Kessel aus Bestellung {OID}? Dann freuen wir uns über eine Bewertung auf Amazon. Nicht zufrieden? Schreiben Sie uns bitte zuerst, bevor Sie bewerten.\n\nGrüße"),
    (GATING, f"Commande {OID}", f"Bonjour,\n\nSatisfait de votre bouilloire (commande {OID}) ? Laissez-nous un avis sur Amazon ! Un souci ? Contactez-nous avant de laisser un avis.\n\nCordialement"),
    (GATING, f"Pedido {OID}", f"Hola:\n\n¿Contento con su hervidor del pedido {OID}? Déjenos una reseña en Amazon. ¿Algún problema? Escríbanos antes de dejar una reseña.\n\nSaludos"),
    (GATING, f"Ordine {OID}", f"Ciao,\n\nsoddisfatto del bollitore dell'ordine {OID}? Lasciaci una recensione su Amazon! Qualche problema? Scrivici prima di lasciare una recensione.\n\nSaluti"),
    # near misses: the question asks every buyer, or no review is requested
    (set(), S, f"Hi,\n\nHappy with your kettle from order {OID}? Whether you are or not, an honest review on Amazon helps other buyers.\n\nJo"),
    (set(), S, f"Hi,\n\nEnjoying the kettle from order {OID}? If anything is wrong, just reply and we'll fix it.\n\nJo"),
    # --- "do you know our ...?" cross-selling -------------------------------------------------------------
    (MARKETING, f"Bestellung {OID}", f"Hallo,\n\nein Tipp zu Ihrem Wasserkocher aus Bestellung {OID}: regelmäßig entkalken.\n\nKennen Sie übrigens schon unsere Entkalkertabletten? Die gibt es ab sofort auch im Doppelpack, der fast ein Drittel günstiger ist.\n\nGrüße"),
    (MARKETING, S, f"Hi,\n\nA tip for the kettle from order {OID}: descale it monthly. Have you tried our descaling tablets? Just search \"Kochwelt descaler\" in our Amazon store.\n\nJo"),
    (MARKETING, f"Commande {OID}", f"Bonjour,\n\nUn conseil pour la bouilloire (commande {OID}) : détartrez-la chaque mois. Connaissez-vous déjà nos pastilles détartrantes ?\n\nCordialement"),
    (MARKETING, f"Pedido {OID}", f"Hola:\n\nUn consejo para el hervidor del pedido {OID}: descalcifíquelo cada mes. ¿Conoce ya nuestras pastillas descalcificadoras?\n\nSaludos"),
    (MARKETING, f"Ordine {OID}", f"Ciao,\n\nun consiglio per il bollitore dell'ordine {OID}: decalcificalo ogni mese. Conosce già le nostre pastiglie anticalcare?\n\nSaluti"),
    # near miss: asking about a feature of the bought product
    (set(), f"Bestellung {OID}", f"Hallo,\n\nkennen Sie schon die Entkalkungsfunktion Ihres Wasserkochers aus Bestellung {OID}? Sie finden sie in der Anleitung auf Seite 4.\n\nGrüße"),
    # --- carrier sent the parcel back: not a buyer return ----------------------------------------------
    (set(), f"Bestellung {OID}", f"Hallo,\n\nder Paketdienst hat die Sendung zu Bestellung {OID} leider wieder an uns zurückgeschickt, angeblich wegen falscher Adresse. Wir versenden sie morgen neu.\n\nGrüße"),
    (set(), S, f"Hello,\n\nThe courier sent the parcel for order {OID} back to us because of an illegible address. We are re-sending it tomorrow.\n\nShop"),
    (set(), f"Pedido {OID}", f"Hola:\n\nEl transportista nos ha devuelto el paquete del pedido {OID} por una dirección incompleta. Lo reenviamos mañana.\n\nSaludos"),
    # near miss: the buyer's return stays a return
    ({"return.unnecessary"}, f"Bestellung {OID}", f"Hallo,\n\nSie möchten die Lampe aus Bestellung {OID} zurückschicken. Bevor Sie den Artikel zurücksenden: viele Kunden sind mit einer wärmeren Glühbirne zufrieden.\n\nGrüße"),
]


@pytest.mark.parametrize(("expected", "subject", "body"), CASES)
def test_round4(expected: set[str], subject: str, body: str) -> None:
    assert fired(body, subject) == expected
