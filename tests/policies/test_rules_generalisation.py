"""Generalisation of the message-type, review and order-problem rules: made-up wordings in six languages.

None of these messages comes from a corpus. Each group covers one class of phrasing (inflections,
word orders, synonyms, clitics, separable verbs, politeness forms) with positives and near-miss
negatives, judged on the whole message: exactly the listed rules of ours fire.
"""

from __future__ import annotations

import pytest

from policies.rules.review import requested_orders
from tests.policies.test_rules_messagetypes import OID, fired, hits, make_ctx

S = f"Order {OID}"  # a neutral subject

# (expected rules among ours, subject, body)
CASES: list[tuple[set[str], str, str]] = [
    # --- out of stock with the adjustment confirmed, in other words: passes ------------------------
    (set(), S, f"Hello,\n\nSadly the walnut board from order {OID} is out of stock. We have issued you a full refund (reason: no inventory).\n\nBest,\nTimberline"),
    (set(), S, f"Hi,\n\nWe ran out of the green teapot, so we cannot send order {OID}. The full amount has been returned to your card.\n\nSorry,\nLeaf & Co"),
    (set(), S, f"Hello,\n\nThe teapot in order {OID} is sold out. Please note that the order has been cancelled and refunded in full.\n\nShop"),
    (set(), f"Bestellung {OID}", f"Guten Tag,\n\nleider ist die Lampe aus Bestellung {OID} nicht mehr lieferbar. Den vollen Kaufpreis haben wir Ihnen bereits zurückgebucht (Grund: kein Lagerbestand).\n\nFreundliche Grüße\nLichtwerk"),
    (set(), f"Bestellung {OID}", f"Hallo,\n\ndie Tasse aus Bestellung {OID} ist ausverkauft. Sie erhalten den gesamten Betrag zurück, die Bestellung haben wir storniert.\n\nViele Grüße"),
    (set(), f"Bestellung {OID}", f"Guten Tag,\n\nbitte beachten Sie: Die Bestellung {OID} wurde storniert, da der Artikel ausverkauft ist. Der volle Betrag wurde Ihnen erstattet.\n\nGrüße"),
    (set(), f"Commande {OID}", f"Bonjour,\n\nLe coussin de la commande {OID} est épuisé. Nous avons procédé au remboursement intégral de la commande (motif : rupture de stock).\n\nCordialement"),
    (set(), f"Commande {OID}", f"Bonjour,\n\nNous ne pouvons pas expédier la commande {OID} : l'article n'est plus fabriqué. Le montant total vous a été restitué.\n\nCordialement"),
    (set(), f"Pedido {OID}", f"Hola:\n\nEl cojín del pedido {OID} se ha agotado. Hemos procedido al reembolso íntegro del importe; lo verá en unos días.\n\nSaludos"),
    (set(), f"Pedido {OID}", f"Hola:\n\nNo nos quedan unidades del producto del pedido {OID}. Le hemos devuelto el importe completo.\n\nUn saludo"),
    (set(), f"Ordine {OID}", f"Buongiorno,\n\npurtroppo non ne abbiamo più (ordine {OID}). Abbiamo già effettuato il rimborso completo.\n\nSaluti"),
    (set(), f"Ordine {OID}", f"Buongiorno,\n\nil prodotto dell'ordine {OID} è fuori produzione. L'importo è stato interamente riaccreditato sul suo metodo di pagamento.\n\nSaluti"),
    (set(), f"ご注文 {OID}", f"お客様\n\nご注文{OID}の商品は完売となりました。ご注文金額を全額返金させていただきます。\n\nショップ"),
    (set(), f"ご注文 {OID}", f"お客様\n\n大変申し訳ございませんが、ご注文{OID}の商品は生産終了のため発送できません。返金処理は完了しております。\n\nショップ"),
    # --- out of stock without a confirmed adjustment -------------------------------------------------
    ({"order-problem.no-adjustment"}, S, f"Hello,\n\nWe've run out of the copper mug from order {OID} and can't get more. Sorry for the trouble.\n\nShop"),
    ({"order-problem.no-adjustment"}, f"Bestellung {OID}", f"Hallo,\n\nleider haben wir keine Exemplare mehr auf Lager (Bestellung {OID}). Die Erstattung erfolgt nach Eingang Ihrer Stornierung.\n\nGrüße"),
    ({"order-problem.no-adjustment"}, f"Commande {OID}", f"Bonjour,\n\nL'article de la commande {OID} n'est plus disponible. Le remboursement n'a pas encore été effectué.\n\nCordialement"),
    ({"order-problem.no-adjustment"}, f"Pedido {OID}", f"Hola:\n\nSu pedido {OID} no se puede enviar porque el artículo está descatalogado. Disculpe las molestias.\n\nSaludos"),
    ({"order-problem.no-adjustment"}, f"Ordine {OID}", f"Buongiorno,\n\nsiamo spiacenti: l'articolo dell'ordine {OID} è esaurito e non sappiamo quando tornerà.\n\nSaluti"),
    ({"order-problem.no-adjustment"}, f"ご注文 {OID}", f"お客様\n\nご注文{OID}の商品は在庫がなくなってしまいました。申し訳ございません。\n\nショップ"),
    # --- asking the buyer to cancel (every word order and politeness form) ---------------------------
    ({"order-problem.cancellation-request", "order-problem.no-adjustment"}, S, f"Hello,\n\nThe rug in order {OID} is sold out. We'd be grateful if you could cancel the order from your account.\n\nShop"),
    ({"order-problem.cancellation-request", "order-problem.no-adjustment"}, S, f"Hello,\n\nSadly we are unable to fulfil order {OID} as the vase is discontinued. You will need to request a cancellation through Your Orders.\n\nShop"),
    ({"order-problem.cancellation-request", "order-problem.no-adjustment"}, f"Bestellung {OID}", f"Guten Tag,\n\nder Artikel aus Bestellung {OID} ist leider vergriffen. Ich bitte Sie, die Bestellung in Ihrem Amazon-Konto zu stornieren.\n\nGrüße"),
    ({"order-problem.cancellation-request", "order-problem.no-adjustment"}, f"Bestellung {OID}", f"Hallo,\n\ndie Jacke aus Bestellung {OID} ist nicht mehr vorrätig. Sie müssten die Bestellung bitte selbst stornieren, dann erstatten wir Ihnen den Betrag.\n\nGrüße"),
    ({"order-problem.cancellation-request", "order-problem.no-adjustment"}, f"Commande {OID}", f"Bonjour,\n\nL'article de la commande {OID} est épuisé. Nous vous prions d'annuler la commande depuis votre compte Amazon.\n\nCordialement"),
    ({"order-problem.cancellation-request", "order-problem.no-adjustment"}, f"Pedido {OID}", f"Hola:\n\nEl producto del pedido {OID} está agotado. Le rogamos que anule el pedido desde su cuenta.\n\nSaludos"),
    ({"order-problem.cancellation-request", "order-problem.no-adjustment"}, f"Pedido {OID}", f"Hola:\n\nYa no tenemos existencias del artículo del pedido {OID}. ¿Podría solicitar la cancelación del pedido?\n\nSaludos"),
    ({"order-problem.cancellation-request", "order-problem.no-adjustment"}, f"Ordine {OID}", f"Buongiorno,\n\nil prodotto dell'ordine {OID} non è più disponibile. Le chiediamo di annullare l'ordine dalla sezione I miei ordini.\n\nSaluti"),
    ({"order-problem.cancellation-request", "order-problem.no-adjustment"}, f"ご注文 {OID}", f"お客様\n\nご注文{OID}の商品は欠品となりました。恐れ入りますが、ご注文の取り消しをお願いいたします。\n\nショップ"),
    # an offer to cancel is informational when the seller still ships later
    (set(), S, f"Hello,\n\nThe lamp from order {OID} is delayed; we now expect to ship it on 2 July. If you'd prefer not to wait, you can cancel the order in Your Orders.\n\nShop"),
    (set(), f"Bestellung {OID}", f"Guten Tag,\n\nIhre Bestellung {OID} verzögert sich um eine Woche; wir versenden die Lampe am 3. Juli. Wenn Sie nicht warten möchten, können Sie die Bestellung stornieren.\n\nGrüße"),
    (set(), f"Commande {OID}", f"Bonjour,\n\nLe fauteuil de la commande {OID} est en rupture de stock ; nous l'expédierons le 5 juillet. Si vous préférez ne pas attendre, vous pouvez annuler la commande.\n\nCordialement"),
    (set(), f"Pedido {OID}", f"Hola:\n\nEl artículo del pedido {OID} está agotado temporalmente; le enviaremos el pedido el 8 de julio. Si lo prefiere, puede cancelar el pedido.\n\nSaludos"),
    (set(), f"Ordine {OID}", f"Buongiorno,\n\nl'articolo dell'ordine {OID} è momentaneamente esaurito; spediremo il 10 luglio. Se preferisce, può annullare l'ordine.\n\nSaluti"),
    # ...but it is the only way out in a stock-out message that adjusts nothing
    ({"order-problem.cancellation-request", "order-problem.no-adjustment"}, S, f"Hello,\n\nThe blue scarf from order {OID} is sold out. If you wish, you can cancel the order in Your Orders.\n\nShop"),
    # --- thank-you only: other ways of saying thanks, wishes and offers of help ----------------------
    ({"type.thank-you-only"}, f"Thanks! {OID}", f"Hi Mark,\n\nThank you for choosing Riverside Ceramics for order {OID}. We wish you many happy mornings with your new mugs!\n\nJust reply to this message if you ever need us.\n\nWarm regards,\nPaula"),
    ({"type.thank-you-only"}, f"Bestellung {OID}", f"Guten Tag Frau Weber,\n\nvielen Dank, dass Sie bei uns bestellt haben (Bestellung {OID}). Wir wünschen Ihnen viel Vergnügen beim Kochen!\n\nMelden Sie sich einfach, wenn etwas sein sollte.\n\nBeste Grüße\nKüchenwerk"),
    ({"type.thank-you-only"}, f"Bestellung {OID}", f"Hallo,\n\nwir freuen uns, dass Sie sich für unser Brettspiel entschieden haben (Bestellung {OID}).\n\nBei Fragen sind wir jederzeit für Sie da.\n\nLiebe Grüße\nSpielwerk"),
    ({"type.thank-you-only"}, f"Commande {OID}", f"Bonjour,\n\nUn grand merci d'avoir choisi notre atelier pour votre commande {OID} ! Nous vous souhaitons beaucoup de plaisir avec votre nouveau plaid.\n\nNous restons à votre écoute.\n\nBien à vous,\nSophie"),
    ({"type.thank-you-only"}, f"Pedido {OID}", f"Hola Marta:\n\nQueremos agradecerle su compra (pedido {OID}). Le deseamos que disfrute mucho de su nueva lámpara.\n\nEstamos aquí para ayudarle en lo que necesite.\n\nSaludos cordiales,\nLuz Sur"),
    ({"type.thank-you-only"}, f"Ordine {OID}", f"Gentile Luca,\n\nvolevamo ringraziarla per aver scelto il nostro negozio (ordine {OID}). Le auguriamo tante belle serate con la sua nuova lampada.\n\nSiamo qui per aiutarla in qualsiasi momento.\n\nUn caro saluto,\nElena"),
    ({"type.thank-you-only"}, f"ご注文 {OID}", f"山田様\n\nこの度は当店をご利用いただき、心より感謝申し上げます。（注文番号：{OID}）\n\n何かございましたら、いつでもお気軽にご連絡ください。\n\nショップ"),
    # thanks AND something the buyer needs: not thank-you-only
    (set(), S, f"Hello,\n\nThank you for your order {OID}! Please note the glaze is food-safe but not dishwasher-safe; hand-wash only.\n\nWarm regards,\nRiverside"),
    (set(), f"Bestellung {OID}", f"Hallo,\n\nvielen Dank, dass Sie bei uns bestellt haben (Bestellung {OID}). Das Paket kommt in zwei Teilen, der zweite Karton wird separat zugestellt.\n\nGrüße"),
    (set(), f"Commande {OID}", f"Bonjour,\n\nMerci pour votre commande {OID}. Nous vous souhaitons une bonne utilisation ; pensez à retirer le film protecteur avant la première mise en route.\n\nCordialement"),
    (set(), f"Pedido {OID}", f"Hola:\n\nGracias por su pedido {OID}. El cojín viene comprimido: déjelo 24 horas fuera de la bolsa antes de usarlo.\n\nSaludos"),
    (set(), f"Ordine {OID}", f"Buongiorno,\n\ngrazie per l'ordine {OID}! Le ricordiamo che la garanzia si attiva registrando il numero di serie sul sito del produttore.\n\nSaluti"),
    (set(), f"ご注文 {OID}", f"お客様\n\nご注文{OID}ありがとうございます。ご注文の商品は受注生産のため、お届けまで約2週間かかります。\n\nショップ"),
    # --- asking to change or delete an existing review: inflections, pronouns, separable verbs -------
    ({"review.removal-request"}, S, f"Hello,\n\nWe saw your review about the loose lid (order {OID}), and the new lid is on its way, so would you consider deleting it?\n\nShop"),
    ({"review.removal-request"}, S, f"Hi,\n\nNow that the replacement for order {OID} has arrived, could you bump your rating up to reflect the fix?\n\nShop"),
    ({"review.removal-request"}, f"Bestellung {OID}", f"Hallo,\n\nwir haben Ihnen ein neues Kabel geschickt (Bestellung {OID}). Vielleicht passen Sie Ihre Rezension ja noch an?\n\nGrüße"),
    ({"review.removal-request"}, f"Bestellung {OID}", f"Guten Tag,\n\nIhre Bewertung zur Bestellung {OID} haben wir gelesen, wäre es möglich, sie zu löschen?\n\nGrüße"),
    ({"review.removal-request"}, f"Commande {OID}", f"Bonjour,\n\nSuite au remplacement (commande {OID}), accepteriez-vous de supprimer votre commentaire négatif ?\n\nCordialement"),
    ({"review.removal-request"}, f"Commande {OID}", f"Bonjour,\n\nNous avons lu votre avis sur la commande {OID} ; pourriez-vous le mettre à jour maintenant que le problème est réglé ?\n\nCordialement"),
    ({"review.removal-request"}, f"Pedido {OID}", f"Hola:\n\n¿Sería posible que cambiara su valoración de una estrella ahora que ya tiene la pieza nueva? (pedido {OID})\n\nSaludos"),
    ({"review.removal-request"}, f"Pedido {OID}", f"Hola:\n\nRespecto a su reseña del pedido {OID}: ya le enviamos el recambio, así que le pedimos que la borre o la actualice.\n\nSaludos"),
    ({"review.removal-request"}, f"Ordine {OID}", f"Buongiorno,\n\nabbiamo sostituito il prodotto (ordine {OID}). Le andrebbe di aggiornare la sua recensione?\n\nSaluti"),
    ({"review.removal-request"}, f"Ordine {OID}", f"Buongiorno,\n\nriguardo alla sua valutazione dell'ordine {OID}, potrebbe gentilmente rimuoverla?\n\nSaluti"),
    ({"review.removal-request"}, f"ご注文 {OID}", f"お客様\n\n交換品をお送りしました（注文番号{OID}）。お手数ですが、星の数を上げていただけないでしょうか。\n\nショップ"),
    # the seller acting on a review is not asking the buyer to change it
    (set(), S, f"Hello,\n\nYour review of order {OID} mentioned the manual was unclear, so we will update it next week.\n\nShop"),
    (set(), S, f"Hello,\n\nThanks for updating your review of order {OID}! The spare filter is in the post.\n\nShop"),
    (set(), f"Bestellung {OID}", f"Hallo,\n\nIhr Feedback zur Anleitung (Bestellung {OID}) ist angekommen, wir werden sie überarbeiten.\n\nGrüße"),
    (set(), f"Commande {OID}", f"Bonjour,\n\nMerci pour votre avis sur la commande {OID}, nous allons le transmettre à notre atelier. La pièce de rechange part demain.\n\nCordialement"),
    (set(), f"Pedido {OID}", f"Hola:\n\nGracias por su opinión sobre el pedido {OID}; la hemos compartido con el equipo y cambiamos de proveedor.\n\nSaludos"),
    (set(), f"Ordine {OID}", f"Buongiorno,\n\ngrazie per la sua recensione (ordine {OID}): la condivideremo con il produttore.\n\nSaluti"),
    # --- neutral review requests in every language: nothing fires -----------------------------------
    (set(), S, f"Hello,\n\nHow are you getting on with the garden hose from order {OID}? If you can spare a minute, an honest review on Amazon helps other gardeners decide.\n\nThanks,\nGreenline"),
    (set(), f"Bestellung {OID}", f"Guten Tag,\n\nwie gefällt Ihnen der Wasserkocher aus Bestellung {OID}? Wir würden uns über Ihre ehrliche Meinung in einer Rezension auf Amazon freuen.\n\nViele Grüße"),
    (set(), f"Commande {OID}", f"Bonjour,\n\nVotre avis compte pour nous : si vous avez un moment, partagez votre expérience sur Amazon, qu'elle soit bonne ou mauvaise (commande {OID}).\n\nCordialement"),
    (set(), f"Pedido {OID}", f"Hola:\n\n¿Qué tal le va la cafetera del pedido {OID}? Si tiene un momento, nos ayudaría mucho que dejara una reseña sincera en Amazon.\n\nSaludos"),
    (set(), f"Ordine {OID}", f"Buongiorno,\n\nci farebbe piacere conoscere la sua opinione sull'ordine {OID}: se ha un minuto, può lasciare una recensione su Amazon.\n\nSaluti"),
    (set(), f"ご注文 {OID}", f"お客様\n\nご注文{OID}の商品はいかがでしょうか。お時間のある際に、率直なレビューをお寄せいただけますと幸いです。\n\nショップ"),
    # --- review gating and incentives in other words -------------------------------------------------
    ({"review.conditional"}, S, f"Hello,\n\nIf the pan lived up to your expectations, we'd love a review (order {OID}). If it didn't, drop us a line before you write anything.\n\nShop"),
    ({"review.conditional", "review.incentive"}, f"Bestellung {OID}", f"Hallo,\n\nsind Sie zufrieden, freuen wir uns über fünf Sterne (Bestellung {OID}). Falls nicht, melden Sie sich bitte zuerst bei uns.\n\nGrüße"),
    ({"review.conditional"}, f"Bestellung {OID}", f"Hallo,\n\nwenn der Toaster Ihnen gefällt, schreiben Sie gern eine Bewertung (Bestellung {OID}).\n\nGrüße"),
    ({"review.conditional"}, f"Pedido {OID}", f"Hola:\n\nSi el producto le ha gustado, deje una reseña en Amazon (pedido {OID}).\n\nSaludos"),
    ({"review.conditional", "review.incentive"}, f"Ordine {OID}", f"Buongiorno,\n\nse il prodotto l'ha soddisfatta, ci lasci cinque stelle (ordine {OID}).\n\nSaluti"),
    ({"review.incentive"}, f"Commande {OID}", f"Bonjour,\n\nEn remerciement de votre avis sur la commande {OID}, nous vous offrirons un bon d'achat de 5 €.\n\nCordialement"),
    ({"review.incentive"}, f"ご注文 {OID}", f"お客様\n\nご注文{OID}のレビューを書いてくださった方全員に、500円分のギフト券を差し上げます。\n\nショップ"),
    # --- return messages: the buyer's return in other words, rhetorical questions --------------------
    ({"return.unnecessary"}, S, f"Hello,\n\nWe've received the kettle you sent back for order {OID} and your refund of $42 has been processed. Amazon will send you the confirmation.\n\nShop"),
    ({"return.unnecessary"}, S, f"Hi,\n\nWe noticed you'd like to return the blender from order {OID}. Have you tried the pulse setting? Most customers find it solves the problem.\n\nShop"),
    ({"return.unnecessary"}, f"Bestellung {OID}", f"Guten Tag,\n\nIhre zurückgeschickte Jacke (Bestellung {OID}) ist heute bei uns eingetroffen. Die Erstattung wurde veranlasst.\n\nGrüße"),
    ({"return.unnecessary"}, f"Bestellung {OID}", f"Hallo,\n\nSie möchten den Mixer aus Bestellung {OID} zurückschicken. Wussten Sie, dass ein neues Messer das Problem meist behebt?\n\nGrüße"),
    ({"return.unnecessary"}, f"Commande {OID}", f"Bonjour,\n\nNous avons bien reçu l'article retourné de la commande {OID}. Le remboursement a été effectué.\n\nCordialement"),
    ({"return.unnecessary"}, f"Pedido {OID}", f"Hola:\n\nHemos visto que desea devolverlo (pedido {OID}). ¿Sabía que con el adaptador incluido funciona también a 110 V? Muchos clientes se lo quedan.\n\nSaludos"),
    ({"return.unnecessary"}, f"Ordine {OID}", f"Buongiorno,\n\nabbiamo ricevuto il pacco restituito (ordine {OID}) e il rimborso è stato emesso.\n\nSaluti"),
    ({"return.unnecessary"}, f"ご注文 {OID}", f"お客様\n\nご注文{OID}の商品のご返送を確認いたしました。返金手続きが完了しましたのでお知らせいたします。\n\nショップ"),
    # asking what is needed or offering a partial refund passes
    (set(), S, f"Hello,\n\nWe received the kettle you sent back (order {OID}). The base is missing from the box; could you check whether it is still at home?\n\nShop"),
    (set(), f"Bestellung {OID}", f"Guten Tag,\n\nzu Ihrer Rücksendung (Bestellung {OID}): Wenn Sie den Mixer behalten, erstatten wir Ihnen 25 % des Kaufpreises.\n\nGrüße"),
    (set(), f"Commande {OID}", f"Bonjour,\n\nConcernant votre retour (commande {OID}) : pouvez-vous nous indiquer le numéro de série de l'appareil ?\n\nCordialement"),
    (set(), f"Pedido {OID}", f"Hola:\n\nSobre la devolución del pedido {OID}: si prefiere quedarse la lámpara, le ofrecemos un reembolso parcial del 20 %.\n\nSaludos"),
    (set(), f"Ordine {OID}", f"Buongiorno,\n\nin merito al reso dell'ordine {OID}, ci indichi per favore il difetto riscontrato.\n\nSaluti"),
    (set(), f"ご注文 {OID}", f"お客様\n\nご注文{OID}の返品について、商品の状態がわかる写真をお送りいただけますでしょうか。\n\nショップ"),
    # --- order confirmation vs delay notice -----------------------------------------------------------
    ({"type.order-confirmation"}, S, f"Hello,\n\nGreat news: your order {OID} is on its way! You can follow it with tracking code JD000222.\n\nShop"),
    ({"type.order-confirmation"}, f"Bestellung {OID}", f"Hallo,\n\nIhre Bestellung {OID} ist heute an DHL übergeben worden.\n\nViele Grüße"),
    ({"type.order-confirmation"}, f"Commande {OID}", f"Bonjour,\n\nVotre colis (commande {OID}) a été remis au transporteur ce matin.\n\nCordialement"),
    ({"type.order-confirmation"}, f"Ordine {OID}", f"Buongiorno,\n\nil suo ordine {OID} è partito stamattina con GLS.\n\nSaluti"),
    ({"type.order-confirmation"}, f"ご注文 {OID}", f"お客様\n\nご注文{OID}の商品を本日出荷いたしました。\n\nショップ"),
    (set(), S, f"Hello,\n\nYour order {OID} was due to ship today, but the courier collection has been postponed; it will now leave us on Thursday.\n\nShop"),
    (set(), f"Bestellung {OID}", f"Guten Tag,\n\nIhre Bestellung {OID} verzögert sich leider um drei Tage, da unser Lieferant im Rückstand ist.\n\nGrüße"),
    (set(), f"Pedido {OID}", f"Hola:\n\nSu pedido {OID} saldrá con retraso: la nueva fecha de envío es el 3 de julio.\n\nSaludos"),
    (set(), f"ご注文 {OID}", f"お客様\n\nご注文{OID}の発送が遅れており、申し訳ございません。6月20日の発送となる見込みです。\n\nショップ"),
    # --- marketing in other words -----------------------------------------------------------------------
    ({"type.marketing"}, S, f"Hello,\n\nThanks for order {OID}. As a loyal customer you get 15% off everything in our store this week.\n\nShop"),
    ({"type.marketing"}, f"Commande {OID}", f"Bonjour,\n\nMerci pour la commande {OID}. Retrouvez toute notre gamme de bougies parfumées sur notre boutique Amazon.\n\nCordialement"),
    ({"type.marketing"}, f"Ordine {OID}", f"Buongiorno,\n\ngrazie per l'ordine {OID}. Dia un'occhiata alle nostre novità nel nostro negozio Amazon!\n\nSaluti"),
    ({"type.marketing"}, f"ご注文 {OID}", f"お客様\n\nご注文{OID}ありがとうございます。当店の他の商品もぜひご覧ください。\n\nショップ"),
]


@pytest.mark.parametrize(("expected", "subject", "body"), CASES)
def test_generalises(expected: set[str], subject: str, body: str) -> None:
    assert fired(body, subject) == expected


# --- a reply quoting the buyer: the buyer's words are not the seller's ------------------------------

REPLIES: list[tuple[set[str], str, str]] = [
    (set(), f"Re: Please cancel my order {OID}",
     "Hello,\n\nThe lamp is sold out, so we have cancelled the order and refunded the full amount.\n\nShop\n\n"
     "> Please cancel my order, I don't need it any more."),
    (set(), f"AW: Bestellung {OID} bitte stornieren",
     "Guten Tag,\n\nder Artikel ist ausverkauft; wir haben die Bestellung storniert und den vollen Betrag erstattet.\n\n"
     "Grüße\n\n> Bitte stornieren Sie meine Bestellung."),
    (set(), f"Re: my review of order {OID}",
     "Hello,\n\nSorry about the scratch. A new lid is on its way to you at no cost.\n\nShop\n\n"
     "On 12 June 2026, buyer wrote:\n> Should I update my review or remove it?"),
    (set(), f"RE: Pedido {OID}",
     "Hola:\n\nEl artículo está agotado; hemos anulado el pedido y le hemos reembolsado el importe completo.\n\nSaludos\n\n"
     "> ¿Debo cancelar el pedido yo mismo?"),
]


@pytest.mark.parametrize(("expected", "subject", "body"), REPLIES)
def test_reply_quotes_are_not_seller_statements(expected: set[str], subject: str, body: str) -> None:
    assert fired(body, subject, reply=True) == expected


# --- a second round: more made-up messages, all ten rules, positives and near-misses ---------------

MORE: list[tuple[set[str], str, str]] = [
    # telling the buyer they *can* edit a review is not asking them to
    (set(), S, f"Hello,\n\nIf you have a moment, please leave an honest review of order {OID} on Amazon. You can always update it later if your opinion changes.\n\nShop"),
    (set(), f"Bestellung {OID}", f"Guten Tag,\n\nwir freuen uns über eine ehrliche Bewertung Ihrer Bestellung {OID}. Sie können Ihre Bewertung jederzeit selbst anpassen.\n\nGrüße"),
    (set(), f"Commande {OID}", f"Bonjour,\n\nSi vous avez un instant, laissez un avis sur la commande {OID} ; vous pourrez le modifier à tout moment.\n\nCordialement"),
    (set(), f"Pedido {OID}", f"Hola:\n\nSi tiene un momento, deje una reseña del pedido {OID}; puede editarla cuando quiera.\n\nSaludos"),
    (set(), f"Ordine {OID}", f"Buongiorno,\n\nse ha un minuto, lasci una recensione dell'ordine {OID}: potrà modificarla in qualsiasi momento.\n\nSaluti"),
    (set(), f"ご注文 {OID}", f"お客様\n\nご注文{OID}の商品について、レビューをお寄せいただけますと幸いです。レビューは後から編集することもできます。\n\nショップ"),
    # more ways of asking for a review change
    ({"review.removal-request"}, S, f"Hi,\n\nWe've fixed the strap on order {OID}. Any chance you'd revisit your 2-star review?\n\nShop"),
    ({"review.removal-request"}, f"Bestellung {OID}", f"Guten Tag,\n\nda das Problem mit Bestellung {OID} gelöst ist, würden wir uns freuen, wenn Sie Ihre Rezension überdenken.\n\nGrüße"),
    ({"review.removal-request"}, f"Commande {OID}", f"Bonjour,\n\nSerait-il possible que vous retiriez votre évaluation d'une étoile (commande {OID}) ?\n\nCordialement"),
    ({"review.removal-request"}, f"Pedido {OID}", f"Hola:\n\n¿Le importaría borrar el comentario que dejó sobre el pedido {OID}?\n\nSaludos"),
    ({"review.removal-request"}, f"Ordine {OID}", f"Buongiorno,\n\npotrebbe togliere la recensione negativa che ha lasciato sull'ordine {OID}?\n\nSaluti"),
    ({"review.removal-request"}, f"ご注文 {OID}", f"お客様\n\nご注文{OID}のレビューについて、内容を修正していただくことは可能でしょうか。\n\nショップ"),
    # stock-outs, cancellations and adjustments in more words
    ({"order-problem.cancellation-request", "order-problem.no-adjustment"}, S, f"Hello,\n\nUnfortunately order {OID} cannot be fulfilled: our supplier has stopped making the chair. Please go to Your Orders and cancel it.\n\nShop"),
    ({"order-problem.no-adjustment"}, f"Bestellung {OID}", f"Guten Tag,\n\nden Artikel aus Bestellung {OID} können wir leider nicht mehr liefern, da der Hersteller die Produktion eingestellt hat.\n\nGrüße"),
    (set(), f"Bestellung {OID}", f"Guten Tag,\n\nleider ist das Regal aus Bestellung {OID} vergriffen. Wir haben die Bestellung storniert und Ihnen den vollen Betrag zurückerstattet.\n\nGrüße"),
    ({"order-problem.cancellation-request", "order-problem.no-adjustment"}, f"Commande {OID}", f"Bonjour,\n\nMalheureusement, l'article de votre commande {OID} n'est plus disponible chez notre fournisseur. Pourriez-vous annuler votre commande ?\n\nCordialement"),
    (set(), f"Pedido {OID}", f"Hola:\n\nLamentablemente no podremos servir el pedido {OID} porque el fabricante ha dejado de producir el modelo. Ya hemos anulado el pedido y le hemos reembolsado el importe íntegro.\n\nSaludos"),
    ({"order-problem.cancellation-request", "order-problem.no-adjustment"}, f"Ordine {OID}", f"Buongiorno,\n\npurtroppo non riusciamo a evadere l'ordine {OID}: il prodotto è stato ritirato dal mercato. Per favore, annulli l'ordine dal suo account.\n\nSaluti"),
    (set(), f"ご注文 {OID}", f"お客様\n\n申し訳ございませんが、ご注文{OID}の商品はメーカー欠品のためご用意できません。ご注文はキャンセルし、全額返金いたしました。\n\nショップ"),
    (set(), S, f"Hello,\n\nYour order {OID} is on backorder; the new ship date is 30 June.\n\nShop"),
    # telling the buyer they need NOT cancel is no cancellation request
    ({"order-problem.cancellation-request", "order-problem.no-adjustment"}, f"Bestellung {OID}", f"Guten Tag,\n\nder Stuhl aus Bestellung {OID} ist ausverkauft. Da wir nicht liefern können, bitte stornieren Sie die Bestellung.\n\nGrüße"),
    (set(), f"Bestellung {OID}", f"Guten Tag,\n\nleider ist der Artikel aus Bestellung {OID} nicht mehr verfügbar. Wir haben Ihnen den Betrag bereits vollständig erstattet. Sie müssen nichts stornieren.\n\nGrüße"),
    (set(), S, f"Hello,\n\nThe item in order {OID} is sold out. We have refunded the full amount, so please don't cancel anything yourself.\n\nShop"),
    (set(), f"Commande {OID}", f"Bonjour,\n\nL'article de la commande {OID} est épuisé ; nous avons remboursé l'intégralité du montant. Veuillez ne pas annuler la commande vous-même.\n\nCordialement"),
    (set(), f"Pedido {OID}", f"Hola:\n\nEl producto del pedido {OID} está agotado y ya le hemos reembolsado el importe completo. Por favor, no cancele el pedido usted.\n\nSaludos"),
    (set(), f"Ordine {OID}", f"Buongiorno,\n\nil prodotto dell'ordine {OID} è esaurito e abbiamo già rimborsato l'intero importo: non deve annullare nulla.\n\nSaluti"),
    # thank-you only, and thanks with something needed
    ({"type.thank-you-only"}, S, f"Hello Sam,\n\nWe really appreciate your purchase (order {OID})! It's a pleasure to have you as a customer.\n\nWe're only an email away if anything comes up.\n\nAll the best,\nNora"),
    ({"type.thank-you-only"}, f"Bestellung {OID}", f"Hallo,\n\ndanke schön für Ihren Einkauf (Bestellung {OID})! Es freut uns sehr, Sie als Kunden begrüßen zu dürfen.\n\nViele Grüße"),
    ({"type.thank-you-only"}, f"Commande {OID}", f"Bonjour Madame Leroy,\n\nToute l'équipe vous remercie pour votre confiance (commande {OID}). C'est un plaisir de vous compter parmi nos clients.\n\nBelle journée,\nL'atelier"),
    ({"type.thank-you-only"}, f"Pedido {OID}", f"Hola Pablo:\n\n¡Mil gracias por su compra! (pedido {OID})\nLe deseamos muchos buenos momentos con su nueva sartén.\n\nUn abrazo,\nCocina Viva"),
    ({"type.thank-you-only"}, f"Ordine {OID}", f"Ciao Giulia,\n\ngrazie di cuore per aver acquistato da noi (ordine {OID})! Ti auguriamo buon divertimento con il tuo nuovo puzzle.\n\nUn abbraccio,\nIl team di PuzzleMania"),
    ({"type.thank-you-only"}, f"ご注文 {OID}", f"佐藤様\n\nこのたびは数あるショップの中から当店をお選びいただき、誠にありがとうございます。（ご注文番号：{OID}）\n商品がお役に立てれば幸いです。\n\n今後ともよろしくお願いいたします。"),
    (set(), S, f"Hello,\n\nThanks so much for your order {OID}! The candle needs a 2-hour first burn so the wax melts evenly.\n\nShop"),
    (set(), f"ご注文 {OID}", f"お客様\n\nご購入ありがとうございます（{OID}）。なお、お届けは置き配となりますのでご了承ください。\n\nショップ"),
    # returns
    ({"return.unnecessary"}, S, f"Hello,\n\nWe see you have asked to return the headphones from order {OID}. Did you know that most pairing problems go away after a reset?\n\nBest,\nSoundCo"),
    (set(), S, f"Hello,\n\nYour parcel for order {OID} was returned to us by the courier as undeliverable. We have re-sent it today with the corrected house number.\n\nShop"),
    ({"return.unnecessary"}, f"Bestellung {OID}", f"Guten Tag,\n\nwir haben Ihre Retoure zu Bestellung {OID} erhalten und geprüft. Der Betrag wird Ihnen in den nächsten Tagen gutgeschrieben.\n\nGrüße"),
    ({"return.unnecessary"}, f"Commande {OID}", f"Bonjour,\n\nVous souhaitez nous renvoyer la bouilloire (commande {OID}) ? Pensez d'abord à la détartrer : dans neuf cas sur dix, le problème disparaît.\n\nCordialement"),
    (set(), f"Pedido {OID}", f"Hola:\n\nHemos recibido su solicitud de devolución del pedido {OID}. ¿Nos puede enviar una foto del defecto para tramitarla?\n\nSaludos"),
    ({"return.unnecessary"}, f"Ordine {OID}", f"Buongiorno,\n\nabbiamo visto che desidera restituire la friggitrice (ordine {OID}). Sapeva che basta pulire il filtro per eliminare l'odore? La maggior parte dei clienti la tiene.\n\nSaluti"),
    ({"return.unnecessary"}, f"ご注文 {OID}", f"お客様\n\nご注文{OID}の返品をご希望とのこと、承知いたしました。返品せずに、一度お手入れをお試しいただくのはいかがでしょうか。\n\nショップ"),
    (set(), f"Bestellung {OID}", f"Guten Tag,\n\nzu Ihrer Rücksendung (Bestellung {OID}): Uns fehlt noch die Seriennummer. Bitte senden Sie sie uns kurz zu.\n\nGrüße"),
    # incentives, gating, marketing, confirmations
    ({"review.incentive"}, S, f"Hello,\n\nIf you post a review of order {OID}, reply with the link and we'll add a bonus pack of filters to your next delivery.\n\nShop"),
    ({"review.incentive", "type.marketing"}, f"Bestellung {OID}", f"Hallo,\n\nfür Ihre ehrliche Rezension zu Bestellung {OID} erhalten Sie von uns 10 % Rabatt auf den nächsten Einkauf.\n\nGrüße"),
    ({"review.conditional", "review.incentive"}, f"Pedido {OID}", f"Hola:\n\nSi está contento con la mochila (pedido {OID}), déjenos cinco estrellas; si no, escríbanos antes de opinar.\n\nSaludos"),
    (set(), f"Commande {OID}", f"Bonjour,\n\nSi vous avez rencontré un problème avec la commande {OID}, contactez-nous, nous le réglerons rapidement.\n\nCordialement"),
    ({"type.marketing"}, f"Ordine {OID}", f"Buongiorno,\n\ngrazie per l'ordine {OID}. Iscriviti alla nostra newsletter per ricevere in anteprima le nuove collezioni.\n\nSaluti"),
    ({"type.order-confirmation"}, f"ご注文 {OID}", f"お客様\n\nご注文{OID}を確かに承りました。商品の準備が整い次第、発送いたします。\n\nショップ"),
    (set(), S, f"Hello,\n\nYour order {OID} has been dispatched by freight. The haulier will call you to arrange a delivery slot.\n\nShop"),
    (set(), f"Commande {OID}", f"Bonjour,\n\nVotre commande {OID} a été expédiée, mais il manque le câble USB : il partira séparément demain.\n\nCordialement"),
]


@pytest.mark.parametrize(("expected", "subject", "body"), MORE)
def test_generalises_more(expected: set[str], subject: str, body: str) -> None:
    assert fired(body, subject) == expected


@pytest.mark.parametrize(
    "body",
    [
        f"Hello,\n\nA quick review of order {OID} would help other buyers.\n\nShop",
        f"Guten Tag,\n\nüber eine kurze Rezension zu Bestellung {OID} würden wir uns sehr freuen.\n\nGrüße",
        f"Bonjour,\n\nVotre avis sur la commande {OID} nous serait précieux : pourriez-vous le partager sur Amazon ?\n\nCordialement",
        f"Hola:\n\n¿Nos dejaría su opinión sobre el pedido {OID} en Amazon?\n\nSaludos",
        f"Buongiorno,\n\nci lascerebbe una recensione sull'ordine {OID}?\n\nSaluti",
        f"お客様\n\nご注文{OID}の商品の評価をお願いできますか。\n\nショップ",
    ],
)
def test_review_requests_in_other_words_count_for_the_ledger(body: str) -> None:
    ctx = make_ctx(body)
    assert requested_orders(ctx) == {OID}
    assert hits("review.repeat", make_ctx(body, reviewed=frozenset({OID})))
