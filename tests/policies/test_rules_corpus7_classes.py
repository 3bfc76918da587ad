"""Classes of wording a seventh independent corpus found, each in the six languages.

- review.incentive: a small unnamed gift promised for the review ("a little something in the post",
  "eine Kleinigkeit", "un petit quelque chose", "un detalle", "un pensierino", "ささやかなお礼の品"), or
  the buyer's costs taken over or paid back (shipping, postage, the amount); and a review paraphrased as
  an opinion, thoughts or a few words "on Amazon" ("Ihre Meinung auf Amazon", "su experiencia en Amazon");
- review.removal-request: asking that an existing rating be revisited, reconsidered, brought up to date
  or made to reflect how things stand now, also in the passive with a long description of the review
  in between ("that the one-star review posted before the exchange could be taken down");
- review.conditional: gating split across sentences by an anaphoric "if so" ("We hope you love it. If
  so, a review would help"), and "before you leave a comment" in the French subjunctive;
- type.thank-you-only: warm fillers about what the order means to the seller ("it makes our day", "it's
  always a joy to pack it", "嬉しく存じます") and offers of help with idiomatic tails ("we're only a
  message away", "n'hésitez surtout pas à revenir vers nous", "お申し付けください").

Made-up wordings (not the corpus's sentences), with near-miss negatives that must not fire.
"""

from __future__ import annotations

import pytest

from tests.policies.test_rules_messagetypes import OID, fired

S = f"Order {OID}"
INCENTIVE = {"review.incentive"}
REMOVAL = {"review.removal-request"}
GATING = {"review.conditional"}
THANKS = {"type.thank-you-only"}

INCENTIVE_CASES: list[tuple[set[str], str, str]] = [
    # --- a small unnamed gift, or the buyer's costs covered, for the review ------------------------------
    (INCENTIVE, S, f"Hello,\n\nOnce your review of the lamp (order {OID}) is up, reply with the date and we'll send a little treat your way.\n\nShop"),
    (INCENTIVE, S, f"Hi,\n\nLeave us a review for order {OID} and there's a small surprise in the post for you.\n\nShop"),
    (INCENTIVE, S, f"Hi,\n\nIf you share your thoughts on the Amazon product page, we'll cover your shipping costs for order {OID}.\n\nShop"),
    (INCENTIVE, S, f"Hi,\n\nPost a review of order {OID} and we'll pay you back the postage.\n\nShop"),
    (INCENTIVE, f"Bestellung {OID}", f"Hallo,\n\nsobald Ihre Rezension zu Bestellung {OID} online ist, schicken wir Ihnen eine kleine Überraschung.\n\nGrüße"),
    (INCENTIVE, f"Bestellung {OID}", f"Hallo,\n\nwenn Sie Ihre Erfahrungen mit Bestellung {OID} auf Amazon teilen, übernehmen wir das Porto.\n\nGrüße"),
    (INCENTIVE, f"Bestellung {OID}", f"Hallo,\n\nnach Ihrer Bewertung zu Bestellung {OID} bekommen Sie eine Kleinigkeit von uns.\n\nGrüße"),
    (INCENTIVE, f"Commande {OID}", f"Bonjour,\n\nDès que votre avis sur la commande {OID} est en ligne, nous vous envoyons un petit quelque chose.\n\nCordialement"),
    (INCENTIVE, f"Commande {OID}", f"Bonjour,\n\nSi vous laissez quelques mots sur Amazon au sujet de la commande {OID}, nous prenons en charge vos frais de port.\n\nCordialement"),
    (INCENTIVE, f"Commande {OID}", f"Bonjour,\n\nPour tout avis publié sur la commande {OID}, une petite surprise vous attend.\n\nCordialement"),
    (INCENTIVE, f"Pedido {OID}", f"Hola:\n\nSi deja su opinión en Amazon sobre el pedido {OID}, le regalamos una bolsa de tela.\n\nSaludos"),
    (INCENTIVE, f"Pedido {OID}", f"Hola:\n\nCuando su reseña del pedido {OID} esté publicada, le enviamos un pequeño detalle para usted.\n\nSaludos"),
    (INCENTIVE, f"Pedido {OID}", f"Hola:\n\nSi nos cuenta su experiencia en Amazon con el pedido {OID}, nos hacemos cargo de los gastos de envío.\n\nSaludos"),
    (INCENTIVE, f"Ordine {OID}", f"Buongiorno,\n\nquando la sua recensione sull'ordine {OID} sarà online, le spediamo un pensierino.\n\nSaluti"),
    (INCENTIVE, f"Ordine {OID}", f"Buongiorno,\n\nse lascia due parole su Amazon sull'ordine {OID}, ci facciamo carico delle spese di spedizione.\n\nSaluti"),
    (INCENTIVE, f"Ordine {OID}", f"Buongiorno,\n\nper ogni recensione pubblicata sull'ordine {OID} riceverà una piccola sorpresa.\n\nSaluti"),
    (INCENTIVE, f"ご注文 {OID}", f"お客様\n\nご注文番号 {OID} のレビューをご投稿いただいたお客様には、ささやかなお礼の品をお送りします。\n\nショップ"),
    (INCENTIVE, f"ご注文 {OID}", f"お客様\n\nAmazonでご感想をお寄せいただければ、ご注文番号 {OID} の送料分を当店が負担いたします。\n\nショップ"),
    # --- near misses: costs covered or a detail, not tied to the review; a gift refused ----------------------
    (set(), S, f"Hello,\n\nYour thoughts on the Amazon product page help other buyers choose the right size for order {OID}.\n\nShop"),
    (set(), S, f"Hello,\n\nWe won't send a little something for a review of order {OID}; please just leave an honest review if you have a moment.\n\nShop"),
    (set(), f"Bestellung {OID}", f"Hallo,\n\ndie Versandkosten für den Ersatzakku aus Bestellung {OID} übernehmen selbstverständlich wir. Über eine ehrliche Bewertung würden wir uns freuen.\n\nGrüße"),
    (set(), f"Commande {OID}", f"Bonjour,\n\nNous prenons en charge les frais de port du remplacement (commande {OID}). Si vous avez un instant, un avis sur Amazon nous aiderait.\n\nCordialement"),
    (set(), f"Pedido {OID}", f"Hola:\n\nUn detalle importante sobre su tostadora del pedido {OID}: la bandeja se extrae por delante. Si tiene un momento, nos encantaría leer su opinión en Amazon.\n\nSaludos"),
    (set(), f"Ordine {OID}", f"Buongiorno,\n\nil ricambio dell'ordine {OID} viaggia senza alcun costo per lei. Se ha un minuto, ci farebbe piacere una sua recensione.\n\nSaluti"),
    (set(), f"ご注文 {OID}", f"お客様\n\nご注文番号 {OID} の交換品の送料は当店が負担いたします。お時間があればレビューをお願いいたします。\n\nショップ"),
]

REMOVAL_CASES: list[tuple[set[str], str, str]] = [
    # --- an existing rating revisited, reconsidered, brought up to date, made to reflect the outcome --------
    (REMOVAL, S, f"Hello,\n\nNow that the replacement for order {OID} has arrived, could your rating perhaps be revisited?\n\nShop"),
    (REMOVAL, S, f"Hello,\n\nWe'd be grateful if the review you posted before the fix to order {OID} could be brought up to date.\n\nShop"),
    (REMOVAL, S, f"Hello,\n\nThe strap for order {OID} is replaced. Would you consider bringing your review up to date?\n\nShop"),
    (REMOVAL, S, f"Hello,\n\nThe strap for order {OID} is replaced; it would be wonderful if your rating could now reflect how things turned out.\n\nShop"),
    (REMOVAL, S, f"Hello,\n\nWe hope that the one-star review from last week about order {OID} might be reconsidered.\n\nShop"),
    (REMOVAL, f"Bestellung {OID}", f"Hallo,\n\nder Ersatz zu Bestellung {OID} ist da. Es wäre schön, wenn Ihre Bewertung den aktuellen Stand widerspiegeln würde.\n\nGrüße"),
    (REMOVAL, f"Bestellung {OID}", f"Hallo,\n\nder Ersatz zu Bestellung {OID} ist da. Könnten Sie Ihre Rezension auf den neuesten Stand bringen?\n\nGrüße"),
    (REMOVAL, f"Bestellung {OID}", f"Hallo,\n\nder Ersatz zu Bestellung {OID} ist da. Vielleicht mögen Sie Ihre Bewertung noch einmal neu einschätzen.\n\nGrüße"),
    (REMOVAL, f"Commande {OID}", f"Bonjour,\n\nNous aimerions beaucoup que l'évaluation d'une étoile publiée avant l'échange de la commande {OID} puisse être revue.\n\nCordialement"),
    (REMOVAL, f"Commande {OID}", f"Bonjour,\n\nTout est réglé pour la commande {OID} : serait-il possible de réexaminer votre note ?\n\nCordialement"),
    (REMOVAL, f"Commande {OID}", f"Bonjour,\n\nLa commande {OID} est réglée. Ce serait formidable que votre avis reflète la situation actuelle.\n\nCordialement"),
    (REMOVAL, f"Pedido {OID}", f"Hola:\n\nLe agradeceríamos que la reseña de una estrella que dejó antes del cambio del pedido {OID} fuera reconsiderada.\n\nSaludos"),
    (REMOVAL, f"Pedido {OID}", f"Hola:\n\nYa funciona todo en el pedido {OID}. ¿Podría volver a valorar su compra?\n\nSaludos"),
    (REMOVAL, f"Pedido {OID}", f"Hola:\n\nYa funciona todo en el pedido {OID}. Nos gustaría que su valoración refleje la situación actual.\n\nSaludos"),
    (REMOVAL, f"Ordine {OID}", f"Buongiorno,\n\nle saremmo grati se la recensione di una stella scritta prima della sostituzione dell'ordine {OID} potesse essere rivista.\n\nSaluti"),
    (REMOVAL, f"Ordine {OID}", f"Buongiorno,\n\nora che l'ordine {OID} funziona, potrebbe riconsiderare la sua valutazione?\n\nSaluti"),
    (REMOVAL, f"Ordine {OID}", f"Buongiorno,\n\nora che l'ordine {OID} funziona, sarebbe bello che la sua recensione rispecchiasse la situazione attuale.\n\nSaluti"),
    (REMOVAL, f"ご注文 {OID}", f"お客様\n\nご注文番号 {OID} につき、以前ご投稿いただいたレビューにつきまして、再度ご検討いただけますでしょうか。\n\nショップ"),
    (REMOVAL, f"ご注文 {OID}", f"お客様\n\nご注文番号 {OID} の評価について、ご再考いただけますと幸いです。\n\nショップ"),
    (REMOVAL, f"ご注文 {OID}", f"お客様\n\nご注文番号 {OID} の星1つの評価を、現在の状況を反映した内容にしていただけませんか。\n\nショップ"),
    # --- near misses: thanks for a review, a new request, the seller revisiting its own product ---------------
    (set(), S, f"Hello,\n\nThank you for your review of order {OID}; we have passed your comments on the strap to our workshop.\n\nShop"),
    (set(), S, f"Hello,\n\nWe read every review, and we've revisited the design of the clasp from order {OID} because of yours.\n\nShop"),
    (set(), S, f"Hello,\n\nIf you have a minute, we'd love a review of order {OID} that reflects your honest experience.\n\nShop"),
    (set(), f"Bestellung {OID}", f"Hallo,\n\nvielen Dank für Ihre Rezension zu Bestellung {OID}, wir haben den Hinweis an die Werkstatt weitergegeben.\n\nGrüße"),
    (set(), f"Bestellung {OID}", f"Hallo,\n\nüber eine ehrliche Bewertung zu Bestellung {OID} würden wir uns freuen; sie soll Ihre echte Erfahrung widerspiegeln.\n\nGrüße"),
    (set(), f"Commande {OID}", f"Bonjour,\n\nMerci pour votre avis sur la commande {OID} : pourriez-vous nous envoyer une photo du défaut ?\n\nCordialement"),
    (set(), f"Pedido {OID}", f"Hola:\n\nGracias por su reseña del pedido {OID}; hemos revisado el embalaje gracias a sus comentarios.\n\nSaludos"),
    (set(), f"Ordine {OID}", f"Buongiorno,\n\ngrazie per la sua recensione dell'ordine {OID}: abbiamo rivisto l'imballaggio.\n\nSaluti"),
    (set(), f"ご注文 {OID}", f"お客様\n\nご注文番号 {OID} のレビューをご投稿いただき、ありがとうございました。ご指摘のファスナーは改良いたしました。\n\nショップ"),
]

GATING_CASES: list[tuple[set[str], str, str]] = [
    # --- "if so" in the review sentence, the satisfaction in the sentence before ------------------------------
    (GATING, S, f"Hello,\n\nWe hope you're enjoying the kettle from order {OID}. If so, a quick review on Amazon would mean a lot.\n\nShop"),
    (GATING, S, f"Hello,\n\nHopefully the lamp from order {OID} lives up to your expectations. If it does, please leave us a review.\n\nShop"),
    (GATING, S, f"Hello,\n\nWe hope you love the rug from order {OID} - if so, please rate it on Amazon.\n\nShop"),
    (GATING, f"Bestellung {OID}", f"Hallo,\n\nwir hoffen, Sie sind mit dem Bohrer aus Bestellung {OID} zufrieden. Wenn ja, würden wir uns über eine Bewertung freuen.\n\nGrüße"),
    (GATING, f"Bestellung {OID}", f"Hallo,\n\nhoffentlich gefällt Ihnen die Lampe aus Bestellung {OID}. Falls dem so ist, schreiben Sie doch eine Rezension.\n\nGrüße"),
    (GATING, f"Commande {OID}", f"Bonjour,\n\nNous espérons que la bouilloire de la commande {OID} vous plaît. Si c'est le cas, laissez-nous un avis sur Amazon.\n\nCordialement"),
    (GATING, f"Commande {OID}", f"Bonjour,\n\nJ'espère que vous êtes satisfait de la commande {OID}. Dans ce cas, un petit avis nous aiderait.\n\nCordialement"),
    (GATING, f"Commande {OID}", f"Bonjour,\n\nLa commande {OID} vous convient ? Écrivez-nous avant que vous ne laissiez un commentaire sur Amazon si quelque chose ne va pas.\n\nCordialement"),
    (GATING, f"Pedido {OID}", f"Hola:\n\nEsperamos que esté contento con la freidora del pedido {OID}. Si es así, ¿podría dejar una reseña?\n\nSaludos"),
    (GATING, f"Pedido {OID}", f"Hola:\n\nOjalá le guste la tostadora del pedido {OID}. De ser así, nos encantaría leer su opinión en Amazon.\n\nSaludos"),
    (GATING, f"Ordine {OID}", f"Buongiorno,\n\nsperiamo che sia soddisfatto del bollitore dell'ordine {OID}. Se è così, ci lasci una recensione.\n\nSaluti"),
    (GATING, f"Ordine {OID}", f"Buongiorno,\n\nci auguriamo che la lampada dell'ordine {OID} le piaccia. In tal caso, una valutazione su Amazon ci aiuterebbe.\n\nSaluti"),
    (GATING, f"ご注文 {OID}", f"お客様\n\nご注文番号 {OID} の商品はご満足いただけておりますでしょうか。そうであれば、ぜひレビューをお願いいたします。\n\nショップ"),
    # --- near misses: "if so" about the delivery, not about satisfaction; help offered to everyone ------------
    (set(), S, f"Hello,\n\nDid the parcel for order {OID} arrive in one piece? If so, we'd appreciate a review on Amazon.\n\nShop"),
    (set(), S, f"Hello,\n\nIf you have any problem with the kettle from order {OID}, contact us. We'd appreciate an honest review on Amazon.\n\nShop"),
    (set(), f"Bestellung {OID}", f"Hallo,\n\nist das Paket zu Bestellung {OID} angekommen? Wenn ja, freuen wir uns über eine Bewertung.\n\nGrüße"),
    (set(), f"Commande {OID}", f"Bonjour,\n\nLe colis de la commande {OID} est-il bien arrivé ? Si c'est le cas, un avis sur Amazon nous aiderait.\n\nCordialement"),
    (set(), f"Pedido {OID}", f"Hola:\n\n¿Ha llegado ya el paquete del pedido {OID}? Si es así, nos encantaría leer su opinión en Amazon.\n\nSaludos"),
    (set(), f"Ordine {OID}", f"Buongiorno,\n\nil pacco dell'ordine {OID} è arrivato? Se è così, ci farebbe piacere una recensione.\n\nSaluti"),
    (set(), f"ご注文 {OID}", f"お客様\n\nご注文番号 {OID} の商品は無事に届きましたでしょうか。そうでしたら、レビューをお願いいたします。\n\nショップ"),
]

THANKS_CASES: list[tuple[set[str], str, str]] = [
    # --- warm fillers and idiomatic offers of help: still only thanks -----------------------------------------
    (THANKS, S, f"Hello,\n\nThank you for your order {OID}. It really brightens our day every time a parcel leaves the workshop.\n\nIf anything comes up, we're just an email away.\n\nBest,\nShop"),
    (THANKS, S, f"Hi,\n\nThanks so much for choosing us for order {OID}! It's always a joy to pack candles for customers like you.\n\nShould you need anything, just give us a shout.\n\nWarm wishes,\nShop"),
    (THANKS, S, f"Hi,\n\nThank you for order {OID}. Orders like yours put a big smile on our faces.\n\nWe're only ever a message away.\n\nCheers,\nShop"),
    (THANKS, f"Bestellung {OID}", f"Hallo,\n\nvielen Dank für Ihre Bestellung {OID}. Es ist uns immer wieder eine Freude, Pakete für Sie zu packen.\n\nZögern Sie bitte nicht, sich bei Fragen zu melden.\n\nViele Grüße\nShop"),
    (THANKS, f"Bestellung {OID}", f"Hallo,\n\nvielen Dank für Ihre Bestellung {OID}. Ihre Bestellung hat uns wirklich den Tag versüßt.\n\nSollte etwas sein, sind wir nur eine Nachricht entfernt.\n\nViele Grüße\nShop"),
    (THANKS, f"Commande {OID}", f"Bonjour,\n\nMerci pour votre commande {OID} ! Votre commande a vraiment illuminé notre journée.\n\nN'hésitez donc pas à nous faire signe au moindre souci.\n\nCordialement"),
    (THANKS, f"Commande {OID}", f"Bonjour,\n\nMerci pour votre commande {OID}. C'est chaque fois une joie de préparer vos colis.\n\nAu moindre souci, nous sommes à un message de vous.\n\nCordialement"),
    (THANKS, f"Pedido {OID}", f"Hola:\n\nGracias por su pedido {OID}. Su pedido nos ha alegrado el día.\n\nNo dude nunca en volver a escribirnos si necesita algo.\n\nSaludos"),
    (THANKS, f"Pedido {OID}", f"Hola:\n\nGracias por su pedido {OID}. Siempre es un placer preparar sus paquetes.\n\nPara cualquier cosa, estamos a un mensaje de distancia.\n\nSaludos"),
    (THANKS, f"Ordine {OID}", f"Buongiorno,\n\ngrazie per il suo ordine {OID}. È sempre un piacere preparare i vostri pacchi.\n\nNon esiti assolutamente a ricontattarci per qualsiasi cosa.\n\nSaluti"),
    (THANKS, f"Ordine {OID}", f"Buongiorno,\n\ngrazie per il suo ordine {OID}. Il suo ordine ci ha rallegrato la giornata.\n\nPer qualsiasi cosa, siamo a un messaggio di distanza.\n\nSaluti"),
    (THANKS, f"ご注文 {OID}", f"お客様\n\nこの度はご注文（{OID}）いただき、誠にありがとうございます。スタッフ一同、心より嬉しく思っております。何かございましたら、何なりとお申し付けください。\n\nショップ"),
    (THANKS, f"ご注文 {OID}", f"お客様\n\nご注文番号 {OID} をありがとうございました。スタッフ一同大変喜んでおります。今後とも、お気軽にお申し付けくださいませ。\n\nショップ"),
    # --- near misses: a message with a purpose that also thanks warmly ------------------------------------------
    (set(), S, f"Hello,\n\nThank you for order {OID}, it always makes our day. Could you confirm the engraving text by Friday?\n\nShop"),
    (set(), S, f"Hello,\n\nThanks for order {OID}! It's a pleasure to let you know the replacement strap goes out tomorrow.\n\nShop"),
    (set(), f"Bestellung {OID}", f"Hallo,\n\nvielen Dank für Ihre Bestellung {OID}. Es ist uns eine Freude, für Sie zu gravieren: Welcher Name soll auf den Becher?\n\nGrüße"),
    (set(), f"Commande {OID}", f"Bonjour,\n\nMerci pour votre commande {OID}. C'est toujours un plaisir de graver vos prénoms : pourriez-vous nous confirmer l'orthographe ?\n\nCordialement"),
    (set(), f"Pedido {OID}", f"Hola:\n\nGracias por su pedido {OID}. Es un placer preparar su grabado: ¿nos confirma el nombre que desea?\n\nSaludos"),
    (set(), f"Ordine {OID}", f"Buongiorno,\n\ngrazie per l'ordine {OID}. È sempre un piacere incidere i vostri nomi: può confermarci la grafia?\n\nSaluti"),
    (set(), f"ご注文 {OID}", f"お客様\n\nご注文番号 {OID} をありがとうございます。スタッフ一同嬉しく存じます。刻印のお名前をご確認ください。\n\nショップ"),
]


@pytest.mark.parametrize(("expected", "subject", "body"), INCENTIVE_CASES)
def test_incentive_small_gift_and_costs(expected: set[str], subject: str, body: str) -> None:
    assert fired(body, subject) == expected


@pytest.mark.parametrize(("expected", "subject", "body"), REMOVAL_CASES)
def test_removal_revisit_reconsider_reflect(expected: set[str], subject: str, body: str) -> None:
    assert fired(body, subject) == expected


@pytest.mark.parametrize(("expected", "subject", "body"), GATING_CASES)
def test_gating_split_by_if_so(expected: set[str], subject: str, body: str) -> None:
    assert fired(body, subject) == expected


@pytest.mark.parametrize(("expected", "subject", "body"), THANKS_CASES)
def test_thank_you_only_warm_fillers(expected: set[str], subject: str, body: str) -> None:
    assert fired(body, subject) == expected
