"""Round three of generalisation: classes of phrasing a fourth independent corpus found missing.

- "whether or not you liked it" (a request to every buyer) is the opposite of review gating;
- polite request frames ("would you be so kind as to", "wären Sie so nett", "auriez-vous la
  gentillesse", "¿sería tan amable de?", "sarebbe così gentile da", "していただくことは可能でしょうか")
  ask the buyer to cancel, or to remove a review, as surely as "please";
- check-in notes ("just checking in to make sure it arrived OK", "hope all is well") and warm
  self-presentation say nothing but thank you / here to help;
- Japanese lines wrapped in the middle of a sentence are joined back without a space.

None of these messages comes from a corpus; each class has positives in several languages and
near-miss negatives, judged on the whole message: exactly the listed rules of ours fire.
"""

from __future__ import annotations

import pytest

from policies.rules._units import split_units
from tests.policies.test_rules_messagetypes import OID, fired

S = f"Order {OID}"
CANCEL = {"order-problem.cancellation-request", "order-problem.no-adjustment"}

CASES: list[tuple[set[str], str, str]] = [
    # --- "whether or not": every buyer is asked, nobody is gated -------------------------------------
    (set(), S, f"Hello,\n\nWhether you loved the teapot from order {OID} or not, we'd be grateful for an honest review on Amazon.\n\nShop"),
    (set(), S, f"Hello,\n\nWhether or not you enjoyed it, please leave a review of order {OID}; it helps other buyers.\n\nShop"),
    (set(), f"Bestellung {OID}", f"Guten Tag,\n\nob Ihnen die Lampe aus Bestellung {OID} gefallen hat oder nicht, über eine ehrliche Bewertung würden wir uns freuen.\n\nGrüße"),
    (set(), f"Bestellung {OID}", f"Hallo,\n\negal ob Sie zufrieden sind oder nicht: Bitte hinterlassen Sie eine Bewertung zu Bestellung {OID}.\n\nGrüße"),
    (set(), f"Commande {OID}", f"Bonjour,\n\nQue vous l'ayez aimé ou non, nous vous serions reconnaissants de laisser un avis sur la commande {OID}.\n\nCordialement"),
    (set(), f"Pedido {OID}", f"Hola:\n\nTanto si le ha gustado como si no, le agradeceríamos una opinión sincera sobre el pedido {OID}.\n\nSaludos"),
    (set(), f"Pedido {OID}", f"Hola:\n\nSi le ha gustado o no, nos encantaría leer su reseña del pedido {OID}.\n\nSaludos"),
    (set(), f"Ordine {OID}", f"Buongiorno,\n\nche le sia piaciuto o no, le saremmo grati per una recensione sincera dell'ordine {OID}.\n\nSaluti"),
    (set(), f"ご注文 {OID}", f"お客様\n\nご注文{OID}の商品について、良くても悪くても率直なレビューをお寄せいただけますと幸いです。\n\nショップ"),
    (set(), f"ご注文 {OID}", f"お客様\n\nご注文{OID}の商品を気に入っても気に入らなくても、レビューを投稿していただけると嬉しいです。\n\nショップ"),
    # ...while gating stays gating
    ({"review.conditional"}, S, f"Hello,\n\nIf you loved the teapot from order {OID}, please leave a review on Amazon.\n\nShop"),
    ({"review.conditional"}, f"Pedido {OID}", f"Hola:\n\nSi le ha gustado el pedido {OID}, déjenos una reseña; si no, contáctenos primero.\n\nSaludos"),
    ({"review.conditional"}, f"Ordine {OID}", f"Buongiorno,\n\nse le è piaciuto l'ordine {OID}, lasci una recensione su Amazon.\n\nSaluti"),
    ({"review.conditional"}, f"Bestellung {OID}", f"Hallo,\n\nwenn Ihnen die Lampe aus Bestellung {OID} gefällt, hinterlassen Sie bitte eine Bewertung.\n\nGrüße"),
    # --- polite request frames: asking the buyer to cancel after a stock-out -------------------------
    (CANCEL, S, f"Hello,\n\nThe oak shelf from order {OID} is sold out. Would you be so kind as to cancel the order from your Amazon account?\n\nShop"),
    (CANCEL, S, f"Hello,\n\nWe have run out of the green kettle (order {OID}). Would it be possible for you to cancel the order on your side?\n\nShop"),
    (CANCEL, S, f"Hi,\n\nThe rug in order {OID} is out of stock. Is there any chance you could cancel the order in Your Orders?\n\nShop"),
    (CANCEL, f"Bestellung {OID}", f"Hallo,\n\ndie Tasche aus Bestellung {OID} ist leider ausverkauft. Hätten Sie die Güte, die Bestellung in Ihrem Kundenkonto bei Amazon zu stornieren?\n\nGrüße"),
    (CANCEL, f"Bestellung {OID}", f"Guten Tag,\n\nder Artikel ist nicht mehr lieferbar. Wäre es Ihnen möglich, die Bestellung {OID} über Meine Bestellungen selbst zu stornieren?\n\nGrüße"),
    (CANCEL, f"Commande {OID}", f"Bonjour,\n\nL'article de la commande {OID} est épuisé. Auriez-vous la gentillesse d'annuler la commande depuis votre compte ?\n\nCordialement"),
    (CANCEL, f"Commande {OID}", f"Bonjour,\n\nNous sommes en rupture de stock pour la commande {OID}. Vous serait-il possible d'annuler la commande de votre côté ?\n\nCordialement"),
    (CANCEL, f"Pedido {OID}", f"Hola:\n\nEl artículo del pedido {OID} está agotado. ¿Sería tan amable de cancelar el pedido desde su cuenta?\n\nSaludos"),
    (CANCEL, f"Pedido {OID}", f"Hola:\n\nNo nos quedan existencias del pedido {OID}. ¿Le importaría anular el pedido en Mis pedidos?\n\nSaludos"),
    (CANCEL, f"Ordine {OID}", f"Buongiorno,\n\nl'articolo dell'ordine {OID} è esaurito. Sarebbe così gentile da annullare l'ordine dal suo account?\n\nSaluti"),
    (CANCEL, f"Ordine {OID}", f"Buongiorno,\n\nil prodotto dell'ordine {OID} non è più disponibile. Le dispiacerebbe annullare l'ordine dalla sezione I miei ordini?\n\nSaluti"),
    (CANCEL, f"ご注文 {OID}", f"お客様\n\nご注文{OID}の商品は完売となりました。恐れ入りますが、ご注文をキャンセルしていただくことは可能でしょうか。\n\nショップ"),
    (CANCEL, f"ご注文 {OID}", f"お客様\n\nご注文{OID}の商品は欠品となりました。お手数ですが、注文を取り消していただけないでしょうか。\n\nショップ"),
    # near misses: the seller cancels, or offers to; the frame asks something else
    (set(), S, f"Hello,\n\nThe oak shelf from order {OID} is sold out, so we have cancelled the order and refunded you in full. Would you be so kind as to let us know if you'd like a similar shelf?\n\nShop"),
    (set(), f"Bestellung {OID}", f"Hallo,\n\ndie Tasche aus Bestellung {OID} ist ausverkauft; wir haben die Bestellung storniert und den vollen Betrag erstattet. Wären Sie so nett, uns kurz zu bestätigen, dass die Erstattung angekommen ist?\n\nGrüße"),
    (set(), f"Pedido {OID}", f"Hola:\n\nEl artículo del pedido {OID} está agotado; hemos cancelado el pedido y le hemos reembolsado el importe completo. ¿Sería tan amable de confirmarnos que ha recibido el reembolso?\n\nSaludos"),
    # --- polite request frames: asking to remove or change a review ----------------------------------
    ({"review.removal-request"}, S, f"Hello,\n\nNow that the replacement for order {OID} has arrived, would you be so kind as to remove your review?\n\nShop"),
    ({"review.removal-request"}, f"Bestellung {OID}", f"Hallo,\n\nda das Problem mit Bestellung {OID} gelöst ist: Wären Sie so nett, Ihre Bewertung zu löschen?\n\nGrüße"),
    ({"review.removal-request"}, f"Commande {OID}", f"Bonjour,\n\nLe problème de la commande {OID} est résolu. Auriez-vous la gentillesse de supprimer votre avis ?\n\nCordialement"),
    ({"review.removal-request"}, f"Pedido {OID}", f"Hola:\n\nYa hemos resuelto la incidencia del pedido {OID}. ¿Sería tan amable de eliminar su reseña?\n\nSaludos"),
    ({"review.removal-request"}, f"Ordine {OID}", f"Buongiorno,\n\nil problema dell'ordine {OID} è risolto. Sarebbe così gentile da rimuovere la sua recensione?\n\nSaluti"),
    ({"review.removal-request"}, f"ご注文 {OID}", f"お客様\n\nご注文{OID}の件、ご迷惑をおかけしました。つきましては、先日ご投稿いただいた星1つのレビューを\n削除していただくことは可能でしょうか。\n\nショップ"),
    ({"review.removal-request"}, f"ご注文 {OID}", f"お客様\n\nご注文{OID}について交換品をお送りしました。お手数ですが、評価を見直していただけないでしょうか。\n\nショップ"),
    # near miss: thanking for a review, or telling the buyer they can update it
    (set(), f"ご注文 {OID}", f"お客様\n\nご注文{OID}についてレビューをご投稿いただき誠にありがとうございました。交換品は明日発送いたします。\n\nショップ"),
    # --- check-in notes and warm self-presentation: thank-you / here-to-help only --------------------
    ({"type.thank-you-only"}, S, f"Hi,\n\nJust checking in to make sure your walnut board (order {OID})\narrived safely and everything is OK.\n\nIf anything's wrong, let us know and we'll be glad to help.\n\nTake care,\nMia"),
    ({"type.thank-you-only"}, S, f"Hello,\n\nWe just wanted to make sure your order {OID} arrived in one piece.\n\nWe're here to help if you need anything.\n\nBest,\nTom"),
    ({"type.thank-you-only"}, S, f"Hi there,\n\nHope all is well! Just a quick note to check that everything arrived OK with order {OID}.\n\nCheers,\nAnna"),
    ({"type.thank-you-only"}, f"Bestellung {OID}", f"Hallo,\n\nwir wollten nur kurz nachfragen, ob Ihre Bestellung {OID} gut angekommen ist.\n\nBei Fragen sind wir gerne für Sie da.\n\nViele Grüße\nLena"),
    ({"type.thank-you-only"}, f"Commande {OID}", f"Bonjour,\n\nNous voulions simplement nous assurer que votre commande {OID} est bien arrivée.\n\nNous restons à votre disposition.\n\nCordialement"),
    ({"type.thank-you-only"}, f"Pedido {OID}", f"Hola:\n\nSolo queríamos asegurarnos de que su pedido {OID} ha llegado bien.\n\nQuedamos a su disposición.\n\nSaludos"),
    ({"type.thank-you-only"}, f"Ordine {OID}", f"Buongiorno,\n\nvolevamo solo assicurarci che il suo ordine {OID} sia arrivato bene.\n\nRestiamo a sua disposizione.\n\nSaluti"),
    ({"type.thank-you-only"}, f"Ordine {OID}", f"Gentile cliente,\n\ngrazie per il suo ordine {OID}.\nSiamo un piccolo laboratorio di Firenze e ogni ordine per noi è una gioia.\n\nRestiamo a sua disposizione.\n\nUn caro saluto,\nBottega Rossi"),
    ({"type.thank-you-only"}, f"ご注文 {OID}", f"お客様\n\nご注文{OID}の商品が無事にお手元に届いたか気になりご連絡いたしました。\n何かございましたらお気軽にご連絡ください。\n\nショップ"),
    # near misses: a check-in that asks for something, or reports a problem, has a purpose
    (set(), S, f"Hi,\n\nJust checking in to make sure your walnut board (order {OID}) arrived OK. Could you send us a photo of the engraving so we can check it came out right?\n\nThanks,\nMia"),
    (set(), S, f"Hello,\n\nWe just wanted to make sure you know that the second box of order {OID} ships separately on 3 July.\n\nBest,\nTom"),
    (set(), f"Bestellung {OID}", f"Hallo,\n\nwir wollten nachfragen, ob Sie die Lampe aus Bestellung {OID} lieber in Weiß oder in Schwarz möchten.\n\nViele Grüße"),
    (set(), f"Ordine {OID}", f"Buongiorno,\n\nsiamo un piccolo laboratorio di Firenze: l'incisione dell'ordine {OID} richiede il nome da incidere. Ce lo può indicare?\n\nSaluti"),
]


@pytest.mark.parametrize(("expected", "subject", "body"), CASES)
def test_round3(expected: set[str], subject: str, body: str) -> None:
    assert fired(body, subject) == expected


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # Japanese wrapped mid-sentence is joined without a space
        ("つきましては、先日ご投稿いただいた星2つのレビューを\n削除していただくことは可能でしょうか。",
         ["つきましては、先日ご投稿いただいた星2つのレビューを削除していただくことは可能でしょうか。"]),
        # a product name in brackets at the end of a wrapped line does not end the sentence
        ("Just checking in to make sure your Rechargeable Bike Light Set (order 123)\narrived OK.",
         ["Just checking in to make sure your Rechargeable Bike Light Set (order 123) arrived OK."]),
        # short Japanese lines (a name, a greeting) stay apart
        ("お客様\n時計専門店", ["お客様", "時計専門店"]),
    ],
)
def test_split_units_joins_wrapped_lines(text: str, units: list[str]) -> None:
    assert split_units(text) == units
