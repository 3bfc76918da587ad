"""Negated cues, warm filler, future benefits, cross-selling and polite cancellation requests.

Every message here is made up (none comes from a corpus). Each group closes one class of phrasing in
several languages, with near-miss negatives; the last group is hard compliant messages that must pass.
"""

from __future__ import annotations

import pytest

from policies.rules._units import unnegated
from tests.policies.test_rules_messagetypes import OID, fired

S = f"Order {OID}"
D = f"Bestellung {OID}"
F = f"Commande {OID}"
E = f"Pedido {OID}"
I = f"Ordine {OID}"  # noqa: E741
J = f"ご注文 {OID}"


# --- the negation layer on its own -------------------------------------------------------------------

@pytest.mark.parametrize(
    ("topic", "text", "negated"),
    [
        ("review.benefit", "We do not offer discounts, gifts or refunds in exchange for reviews.", True),
        ("review.benefit", "Wir bieten keine Gutscheine oder Rabatte für Bewertungen an.", True),
        ("review.benefit", "Nous n'offrons aucune réduction ni cadeau en échange d'un avis.", True),
        ("review.benefit", "No ofrecemos regalos ni descuentos a cambio de reseñas.", True),
        ("review.benefit", "Non diamo buoni sconto né omaggi in cambio di recensioni.", True),
        ("review.benefit", "レビューに対する割引やギフト券などの特典はございません。", True),
        ("review.benefit", "Not only a discount but also a gift card for your review!", False),
        ("review.benefit", "If you don't like it, we will send you a voucher for a review.", False),
        ("types.marketing", "This is not a newsletter.", True),
        ("types.marketing", "Dies ist kein Newsletter, sondern eine Service-Nachricht.", True),
        ("types.marketing", "Ce message n'est pas une newsletter.", True),
        ("types.marketing", "Don't miss our summer sale!", False),
        ("types.marketing", "N'hésitez pas à utiliser le code promo ETE10.", False),
        ("types.marketing", "Non perdere la nostra newsletter!", False),
        ("types.marketing", "No se pierda nuestras rebajas de verano.", False),
        ("types.marketing", "Ce n'est qu'un avant-goût de nos nouveautés.", False),
    ],
)
def test_negation_layer(topic: str, text: str, negated: bool) -> None:
    assert (unnegated(topic, text) is None) is negated


CASES: list[tuple[set[str], str, str]] = [
    # --- negated incentives and negated marketing: compliant ---------------------------------------
    (set(), S, f"Hello,\n\nIf you have a moment, an honest review of order {OID} on Amazon would help other buyers. We never offer refunds, free products or gift cards for reviews.\n\nShop"),
    (set(), D, f"Guten Tag,\n\nüber eine ehrliche Rezension zu Bestellung {OID} würden wir uns freuen. Für Bewertungen gibt es bei uns keine Gutscheine, Rabatte oder Geschenke.\n\nGrüße"),
    (set(), F, f"Bonjour,\n\nSi vous avez un instant, laissez un avis sincère sur la commande {OID}. Nous ne proposons ni réduction ni cadeau en échange.\n\nCordialement"),
    (set(), E, f"Hola:\n\nSi tiene un momento, deje una reseña sincera del pedido {OID}. No damos descuentos ni regalos a cambio de opiniones.\n\nSaludos"),
    (set(), J, f"お客様\n\nご注文{OID}の商品について、率直なレビューをお寄せいただけますと幸いです。なお、レビューに対する割引やギフト券などの特典はございません。\n\nショップ"),
    (set(), S, f"Hello,\n\nImportant: the charger in order {OID} may overheat; please reply with the label number and we will send a new one. This is a service message, not a newsletter.\n\nShop"),
    (set(), D, f"Guten Tag,\n\nbitte prüfen Sie die Seriennummer des Akkus aus Bestellung {OID} und antworten Sie uns mit der Nummer. Dies ist kein Newsletter.\n\nGrüße"),
    (set(), I, f"Buongiorno,\n\nci serve la taglia esatta per l'ordine {OID}: può rispondere a questo messaggio? Questa non è una promozione.\n\nSaluti"),
    # ...but "not only" and "don't miss" are no negation
    ({"review.incentive"}, S, f"Hello,\n\nLeave a review of order {OID} and you get not only our thanks but a $10 gift card.\n\nShop"),
    ({"type.marketing"}, S, f"Hello,\n\nThanks for order {OID}. Don't miss our summer sale: 20% off everything this week.\n\nShop"),
    ({"type.marketing"}, F, f"Bonjour,\n\nMerci pour la commande {OID}. N'hésitez pas à utiliser le code promo ETE10 sur votre prochaine commande.\n\nCordialement"),
    # --- warm thank-you-only notes: hope/wish filler, made-by-hand stories -------------------------
    ({"type.thank-you-only"}, S, f"Hi Jo,\n\nJust a short message from the two of us at Fern Pottery to say a big thank you for order {OID}.\n\nEach mug is thrown and glazed by hand in our little studio, and it means the world to us that you picked one. We hope it reached you safely and that your coffee tastes even better from it.\n\nWarm wishes,\nAnna & Tom"),
    ({"type.thank-you-only"}, D, f"Hallo,\n\nnur eine kurze Nachricht aus unserer Rösterei, um Danke zu sagen (Bestellung {OID}). Jede Bestellung ist uns wichtig, und wir hoffen, dass Ihnen der Kaffee schmeckt.\n\nHerzliche Grüße\nRösterei Berg"),
    ({"type.thank-you-only"}, F, f"Bonjour,\n\nUn petit mot de toute l'équipe pour vous dire merci (commande {OID}). Chaque bougie est coulée à la main dans notre petit atelier ; nous espérons que son parfum vous accompagnera longtemps.\n\nBelle journée,\nL'atelier"),
    ({"type.thank-you-only"}, E, f"Hola:\n\nSolo un breve mensaje para darle las gracias por su pedido {OID}. Para nosotros cada pedido es importante y esperamos que disfrute mucho de su té.\n\nUn abrazo,\nTé del Sur"),
    ({"type.thank-you-only"}, I, f"Ciao Marta,\n\nsolo due righe per dirti un grande grazie (ordine {OID}). Ogni candela è colata a mano nel nostro piccolo laboratorio e speriamo che ti accompagni in tante serate.\n\nUn abbraccio,\nLuce Viva"),
    ({"type.thank-you-only"}, J, f"お客様\n\nこの度はご注文{OID}をいただき、誠にありがとうございます。一つひとつ心を込めてお作りしております。無事にお手元に届いていることを願っております。\n\nショップ"),
    # hope + something the buyer needs: not thank-you-only
    (set(), S, f"Hello,\n\nThank you for order {OID}. We hope you enjoy the kettle; please descale it once before the first use.\n\nShop"),
    (set(), S, f"Hello,\n\nThanks for order {OID}. We hope it will arrive by Friday, but the courier is running two days late.\n\nShop"),
    (set(), D, f"Hallo,\n\nvielen Dank für Bestellung {OID}. Wir hoffen, dass der Tisch gefällt; die Schrauben liegen im kleinen Beutel unter der Platte.\n\nGrüße"),
    # --- future benefits tied to a review ------------------------------------------------------------
    # (early access to *new products* also promotes them: type.marketing fires too, as for a coupon)
    ({"review.incentive"}, S, f"Hello,\n\nEveryone who reviews order {OID} on Amazon gets early access to our spring range before it launches.\n\nShop"),
    ({"review.incentive"}, S, f"Hi,\n\nPost a review of order {OID} and you'll be entered into our monthly prize draw.\n\nShop"),
    ({"review.incentive", "type.marketing"}, D, f"Hallo,\n\nalle, die eine Rezension zu Bestellung {OID} schreiben, werden Mitglied in unserem VIP-Club und erhalten Neuheiten vor dem Verkaufsstart.\n\nGrüße"),
    ({"review.incentive", "type.marketing"}, F, f"Bonjour,\n\nLaissez un avis sur la commande {OID} et recevez nos nouveautés en avant-première.\n\nCordialement"),
    ({"review.incentive", "type.marketing"}, E, f"Hola:\n\nQuienes dejen una reseña del pedido {OID} tendrán acceso anticipado a nuestros nuevos modelos.\n\nSaludos"),
    ({"review.incentive"}, I, f"Buongiorno,\n\nchi lascia una recensione sull'ordine {OID} riceverà punti fedeltà sul prossimo ordine.\n\nSaluti"),
    ({"review.incentive", "type.marketing"}, J, f"お客様\n\nご注文{OID}のレビューを投稿いただいた方には、新商品の先行販売をご案内いたします。\n\nショップ"),
    ({"review.incentive"}, J, f"お客様\n\nご注文{OID}のレビューを書いてくださった方には、次回のご注文を優先発送いたします。\n\nショップ"),
    ({"review.incentive"}, E, f"Hola:\n\nTodos los que dejen una reseña del pedido {OID} participan en el sorteo mensual.\n\nSaludos"),
    # a neutral review request mentioning a launch or a club without tying it: passes
    (set(), S, f"Hello,\n\nIf you have a minute, an honest review of order {OID} on Amazon helps other buyers.\n\nShop"),
    # --- cross-selling appended to a useful message --------------------------------------------------
    ({"type.marketing"}, S, f"Hello,\n\nYour desk (order {OID}) arrives on Tuesday; the legs are in the long box. You might also like our matching bookshelf, available in the same oak.\n\nShop"),
    ({"type.marketing"}, S, f"Hello,\n\nThe assembly guide for order {OID} is on the product page. To complete your set, take a look at the matching chairs in our Amazon store.\n\nShop"),
    ({"type.marketing"}, D, f"Guten Tag,\n\nder Aufbau des Regals (Bestellung {OID}) dauert etwa 30 Minuten. Das passende Sideboard finden Sie übrigens in unserem Amazon-Shop.\n\nGrüße"),
    ({"type.marketing"}, E, f"Hola:\n\nSu mesa (pedido {OID}) llega el martes. Para completar su comedor, descubra también las sillas a juego en nuestra tienda de Amazon.\n\nSaludos"),
    ({"type.marketing"}, I, f"Buongiorno,\n\nil tavolo dell'ordine {OID} arriverà martedì. Scopra anche le sedie abbinate nel nostro negozio Amazon.\n\nSaluti"),
    ({"type.marketing"}, J, f"お客様\n\nご注文{OID}の棚は火曜日に届きます。あわせて同じシリーズのチェストもぜひご覧ください。\n\nショップ"),
    # "matching" as a fact about the order: not marketing
    (set(), S, f"Hello,\n\nThe matching cushion covers for order {OID} are packed in the second box, which arrives a day later.\n\nShop"),
    (set(), F, f"Bonjour,\n\nLa housse assortie de la commande {OID} est rangée sous le coussin. La dernière pièce a été vendue dans notre boutique physique.\n\nCordialement"),
    # --- cancellation requests: polite, subjunctive, clitic and familiar forms -----------------------
    ({"order-problem.cancellation-request", "order-problem.no-adjustment"}, E, f"Hola:\n\nEl sillón del pedido {OID} está agotado. Le pedimos que tramite usted la cancelación desde Mis pedidos.\n\nSaludos"),
    ({"order-problem.cancellation-request", "order-problem.no-adjustment"}, E, f"Hola:\n\nYa no tenemos stock del pedido {OID}. ¿Podrías solicitar tú la anulación en tu cuenta?\n\nSaludos"),
    ({"order-problem.cancellation-request", "order-problem.no-adjustment"}, I, f"Ciao,\n\nil prodotto del tuo ordine {OID} è esaurito. Ti preghiamo di annullarlo dalla sezione I miei ordini.\n\nSaluti"),
    ({"order-problem.cancellation-request", "order-problem.no-adjustment"}, I, f"Buongiorno,\n\nl'articolo dell'ordine {OID} non è più disponibile. Richieda pure lei l'annullamento da Amazon.\n\nSaluti"),
    ({"order-problem.cancellation-request", "order-problem.no-adjustment"}, F, f"Salut,\n\nl'article de ta commande {OID} est épuisé. Nous te demandons de l'annuler depuis ton compte.\n\nL'équipe"),
    ({"order-problem.cancellation-request", "order-problem.no-adjustment"}, D, f"Hallo,\n\nder Artikel aus deiner Bestellung {OID} ist ausverkauft. Könntest du die Bestellung in deinem Konto stornieren?\n\nGrüße"),
    ({"order-problem.cancellation-request", "order-problem.no-adjustment"}, J, f"お客様\n\nご注文{OID}の商品は在庫切れとなりました。お手数ですが、お客様ご自身でキャンセルのお手続きをお願いいたします。\n\nショップ"),
    # apologising for a cancellation the seller made is no request
    (set(), I, f"Buongiorno,\n\nil prodotto dell'ordine {OID} è esaurito: abbiamo annullato l'ordine e rimborsato l'intero importo. Le chiediamo scusa per l'annullamento.\n\nSaluti"),
    (set(), E, f"Hola:\n\nEl producto del pedido {OID} está agotado; hemos anulado el pedido y reembolsado el importe completo. Le pedimos disculpas por la cancelación.\n\nSaludos"),
]


@pytest.mark.parametrize(("expected", "subject", "body"), CASES)
def test_classes(expected: set[str], subject: str, body: str) -> None:
    assert fired(body, subject) == expected


# --- hard near-miss compliant messages: nothing of ours fires ----------------------------------------

COMPLIANT: list[tuple[str, str, bool]] = [
    # negated incentives with a review request
    (S, f"Hello,\n\nWe'd be grateful for an honest review of order {OID}. Please note that we give no rewards, refunds or discounts for reviews, good or bad.\n\nShop", False),
    (S, f"Hi,\n\nAn honest review of order {OID} would help us. We don't offer anything in return, and we never will.\n\nShop", False),
    (D, f"Guten Tag,\n\nwir freuen uns über eine ehrliche Bewertung zu Bestellung {OID}. Eine Gegenleistung oder Erstattung bieten wir dafür nicht an, ohne Ausnahme.\n\nGrüße", False),
    (F, f"Bonjour,\n\nVotre avis sincère sur la commande {OID} nous aide. Il n'y a aucune récompense ni remboursement lié à un avis.\n\nCordialement", False),
    (E, f"Hola:\n\nUna reseña sincera del pedido {OID} ayuda a otros compradores. No hay ningún descuento ni regalo por dejarla.\n\nSaludos", False),
    (I, f"Buongiorno,\n\nuna recensione sincera sull'ordine {OID} aiuta altri clienti. Non è previsto nessun rimborso o omaggio per le recensioni.\n\nSaluti", False),
    (J, f"お客様\n\nご注文{OID}の商品について、率直なレビューをいただけますと幸いです。レビューへの謝礼や返金は一切行っておりません。\n\nショップ", False),
    # "if something is wrong, contact us" without any review request
    (S, f"Hello,\n\nYour lamp (order {OID}) needs an E27 bulb, which is not included. If anything is wrong with it, contact us first and we'll sort it out.\n\nShop", False),
    (D, f"Guten Tag,\n\nbitte ziehen Sie die Schrauben des Stuhls (Bestellung {OID}) nach einer Woche nach. Falls etwas nicht stimmt, melden Sie sich bitte zuerst bei uns.\n\nGrüße", False),
    (F, f"Bonjour,\n\nPensez à recharger l'aspirateur (commande {OID}) 4 heures avant la première utilisation. En cas de souci, contactez-nous d'abord.\n\nCordialement", False),
    (E, f"Hola:\n\nLa batería del patinete (pedido {OID}) debe cargarse 6 horas antes del primer uso. Si algo no va bien, escríbanos primero.\n\nSaludos", False),
    (I, f"Buongiorno,\n\nprima del primo utilizzo lavi la pentola (ordine {OID}) con acqua calda. Se qualcosa non va, ci contatti prima.\n\nSaluti", False),
    # quoted buyer text with trigger words below an attribution line
    (f"Re: {S}", "Hello,\n\nThe replacement lid left today.\n\nShop\n\nOn 12 June 2026, buyer wrote:\n> Will I get a discount code or a gift card for my trouble? I'll leave 5 stars.", True),
    (f"AW: {D}", "Guten Tag,\n\ndas Ersatzteil ist unterwegs zu Ihnen.\n\nGrüße\n\nAm 12.06.2026 schrieb Käufer:\n> Bekomme ich einen Gutschein, wenn ich fünf Sterne gebe? Bitte stornieren Sie sonst.", True),
    (f"RE: {E}", "Hola:\n\nLe enviamos la pieza nueva hoy mismo.\n\nSaludos\n\nEl 12/06/2026, comprador escribió:\n> ¿Me dan un cupón de descuento? Si no, cancelo el pedido.", True),
    (f"R: {I}", "Buongiorno,\n\nabbiamo spedito oggi il pezzo di ricambio.\n\nSaluti\n\nIl 12/06/2026, acquirente ha scritto:\n> Mi date un codice sconto? Altrimenti annullo l'ordine e lascio una recensione negativa.", True),
    # delay notices that mention shipping, tracking and dates
    (S, f"Hello,\n\nOrder {OID} was due to ship today, but our supplier delivered late. It will now ship on Thursday; the tracking number follows from Amazon.\n\nShop", False),
    (D, f"Guten Tag,\n\nIhre Bestellung {OID} verzögert sich um zwei Tage: der Versand erfolgt am Donnerstag statt heute.\n\nGrüße", False),
    (F, f"Bonjour,\n\nVotre commande {OID} a pris du retard chez notre fournisseur ; elle sera expédiée vendredi.\n\nCordialement", False),
    (E, f"Hola:\n\nSu pedido {OID} sufre un retraso de tres días; saldrá el jueves con el transportista habitual.\n\nSaludos", False),
    (I, f"Buongiorno,\n\nl'ordine {OID} è in ritardo: lo spediremo giovedì invece di oggi.\n\nSaluti", False),
    (J, f"お客様\n\nご注文{OID}は入荷遅延のため、発送が木曜日となります。ご迷惑をおかけし申し訳ございません。\n\nショップ", False),
    # information with warm words around it
    (S, f"Hello,\n\nThank you for order {OID}. We hope you enjoy the rug; it may smell of wool for a few days, which fades after airing.\n\nWarm regards,\nShop", False),
    (I, f"Buongiorno,\n\ngrazie per l'ordine {OID}. Speriamo che la lampada le piaccia: la lampadina E14 è nella scatola piccola.\n\nSaluti", False),
    (J, f"お客様\n\nご注文{OID}ありがとうございます。商品は二つの箱に分かれてお届けしますので、ご了承ください。\n\nショップ", False),
    # matching / our shop / new as facts
    (S, f"Hello,\n\nThe matching screws for order {OID} were missing from the box, so we've sent them separately today.\n\nShop", False),
    (D, f"Guten Tag,\n\ndie passende Schraube zu Bestellung {OID} fehlte im Paket; wir senden sie Ihnen heute nach.\n\nGrüße", False),
    (E, f"Hola:\n\nLa última unidad del pedido {OID} se vendió en nuestra tienda física, pero hemos recibido una nueva hoy y la enviaremos mañana.\n\nSaludos", False),
    # out of stock, refunded, the buyer told NOT to cancel
    (I, f"Buongiorno,\n\nil prodotto dell'ordine {OID} è esaurito: abbiamo già rimborsato l'intero importo. Non è necessario che annulli nulla.\n\nSaluti", False),
    (F, f"Bonjour,\n\nL'article de la commande {OID} est épuisé. Nous avons remboursé l'intégralité du montant ; vous n'avez rien à annuler.\n\nCordialement", False),
    (J, f"お客様\n\nご注文{OID}の商品は欠品のため、全額返金いたしました。お客様によるキャンセルのお手続きは不要です。\n\nショップ", False),
]


@pytest.mark.parametrize(("subject", "body", "reply"), COMPLIANT)
def test_hard_compliant_near_misses(subject: str, body: str, reply: bool) -> None:
    assert fired(body, subject, reply=reply) == set()
