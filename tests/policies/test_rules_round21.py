"""Classes a twenty-first independent corpus (native de/fr/es/it/ja wording of the section B-C heuristics) found,
with the same wordings in nl, pt and sv where they apply.

- review requests worded as "it would be valuable to us" (conditional) and "would you have a minute":
  "wäre uns sehr wertvoll", "nous serait précieux", "nos sería muy valiosa", "ci sarebbe preziosa", "would be
  really valuable to us"; the verbs that only mean "to review": "recensire(lo)", "reseñar(lo)". Such a request
  is recorded, so a second one for the same order is review.repeat;
- order-problem.cancellation-request / no-adjustment: a negated cancellation in its noun form ("Sie müssen keine
  Stornierung beantragen", "aucune démarche d'annulation", "no es necesario solicitar la cancelación", "non serve
  richiedere l'annullamento", 「キャンセル申請は不要」, "no need to request a cancellation") asks nothing; the
  European Portuguese preterite ("reembolsámos", "processámos") confirms the refund like "reembolsamos";
- return.unnecessary: information the return needs, stated rather than asked ("ci servono due informazioni",
  "uns fehlen noch", "il nous manque", "nos faltan", "we're still missing", 「以下の情報が必要です」);
- type.thank-you-only: "l'équipe des … tient à vous remercier", "savoir que … nous touche", "nous espérons de tout
  cœur qu'…", "encore mille mercis", and the same warmth in de, es, it;
- type.marketing: in a reply, the buyer's own code explained ("der Gutscheincode, den Sie erwähnen", "the coupon
  you used", "votre code promo n'a pas été pris en compte") promotes nothing; a real offer in the same reply does.

Made-up wordings (not the corpus's sentences), with near-miss negatives that must stay clean.
"""

from __future__ import annotations

import pytest

from tests.policies.test_rules_messagetypes import OID, hits, make_ctx

REPEAT = "review.repeat"
CANCEL = "order-problem.cancellation-request"
NOADJ = "order-problem.no-adjustment"
RETURN = "return.unnecessary"
THANKS = "type.thank-you-only"
MKT = "type.marketing"


def _fires(rule_id: str, body: str, **kw: object) -> bool:
    return bool(hits(rule_id, make_ctx(body, **kw)))  # type: ignore[arg-type]


# --- review requests: "would be valuable to us", "would you have a minute", recensire / reseñar ------------

REQUESTS = [
    f"Hi,\n\nOrder {OID}: a short review on Amazon would be really valuable to us.\n\nBest,\nShop",
    f"Hello,\n\nOrder {OID}. Would you have a minute to rate the kettle on Amazon?\n\nThanks,\nShop",
    f"Guten Tag,\n\nBestellung {OID}: Eine Rezension auf Amazon wäre uns sehr wertvoll.\n\nGrüße\nShop",
    f"Hallo,\n\nBestellung {OID}: Hätten Sie kurz Zeit für eine Bewertung auf Amazon?\n\nGrüße\nShop",
    f"Bonjour,\n\nCommande {OID} : une évaluation de la lampe nous serait très utile.\n\nCordialement,\nAtelier",
    f"Bonjour,\n\nCommande {OID} : auriez-vous deux minutes pour un avis sur Amazon ?\n\nCordialement,\nAtelier",
    f"Hola:\n\nPedido {OID}. Su opinión en Amazon nos sería de gran ayuda.\n\nSaludos,\nTienda",
    f"Hola:\n\nPedido {OID}. ¿Tendría unos minutos para reseñarlo en Amazon?\n\nSaludos,\nTienda",
    f"Buongiorno,\n\nordine {OID}: una valutazione su Amazon ci sarebbe davvero utile.\n\nSaluti,\nNegozio",
    f"Buongiorno,\n\nordine {OID}: ha un minuto per recensirla su Amazon?\n\nSaluti,\nNegozio",
    f"Hallo,\n\nBestelling {OID}: een review op Amazon zou voor ons heel waardevol zijn.\n\nGroeten,\nWinkel",
    f"Olá,\n\nEncomenda {OID}: teria um minuto para avaliar o produto na Amazon?\n\nCumprimentos,\nLoja",
    f"Hej,\n\nOrder {OID}: ett omdöme på Amazon skulle vara mycket värdefullt för oss.\n\nHälsningar,\nButiken",
]


@pytest.mark.parametrize("body", REQUESTS)
def test_valuable_to_us_request_is_a_request_and_a_second_one_repeats(body: str) -> None:
    assert make_ctx(body) and _fires(REPEAT, body, reviewed=frozenset({OID}))
    assert not _fires(REPEAT, body)  # the first request for the order is allowed


NOT_REQUESTS = [
    f"Hi,\n\nOrder {OID}: a photo of the label would be really valuable to us.\n\nBest,\nShop",
    f"Guten Tag,\n\nBestellung {OID}: Ein Foto des Typenschilds wäre uns sehr hilfreich.\n\nGrüße\nShop",
    f"Bonjour,\n\nCommande {OID} : le numéro de série nous serait très utile.\n\nCordialement,\nAtelier",
    f"Hola:\n\nPedido {OID}. Una foto de la etiqueta nos sería muy útil.\n\nSaludos,\nTienda",
    f"Buongiorno,\n\nordine {OID}: una foto dell'etichetta ci sarebbe molto utile.\n\nSaluti,\nNegozio",
    f"Buongiorno,\n\nordine {OID}: ha un minuto per controllare il numero di serie?\n\nSaluti,\nNegozio",
    f"Hallo,\n\nBestelling {OID}: een foto van het typeplaatje zou voor ons heel waardevol zijn.\n\nGroeten,\nWinkel",
    f"Hej,\n\nOrder {OID}: en bild på etiketten skulle vara mycket värdefull för oss.\n\nHälsningar,\nButiken",
]


@pytest.mark.parametrize("body", NOT_REQUESTS)
def test_valuable_to_us_without_a_review_is_no_request(body: str) -> None:
    assert not _fires(REPEAT, body, reviewed=frozenset({OID}))


# --- a cancellation that the buyer need NOT request --------------------------------------------------------

NOT_ASKED = [
    f"Hello,\n\nOrder {OID}: the lamp is out of stock. We have refunded the full amount (reason: no inventory). "
    "You don't need to request a cancellation.\n\nBest,\nShop",
    f"Hallo,\n\nBestellung {OID}: Der Artikel ist nicht mehr vorrätig. Wir haben den vollen Betrag erstattet "
    "(Grund: kein Lagerbestand). Sie brauchen keine Stornierung zu beantragen.\n\nGrüße\nShop",
    f"Hallo,\n\nBestellung {OID}: Der Artikel ist ausverkauft. Der Betrag wurde Ihnen bereits erstattet; eine "
    "Stornierung ist nicht nötig.\n\nGrüße\nShop",
    f"Bonjour,\n\nCommande {OID} : l'article est en rupture de stock. Nous avons remboursé la totalité de la "
    "commande. Pas de demande d'annulation à envoyer.\n\nCordialement,\nBoutique",
    f"Hola:\n\nPedido {OID}. El artículo está agotado. Ya le hemos reembolsado el importe total. No tiene que "
    "solicitar la cancelación.\n\nSaludos,\nTienda",
    f"Buongiorno,\n\nordine {OID}: l'articolo è esaurito. Abbiamo già rimborsato l'intero importo. Non serve "
    "richiedere l'annullamento.\n\nSaluti,\nNegozio",
    f"お客様\n\nご注文番号 {OID} の商品は在庫切れのため、全額を返金いたしました。キャンセル申請は不要です。\n\nショップ",
    f"Hallo,\n\nBestelling {OID}: het artikel is uitverkocht. We hebben het volledige bedrag terugbetaald. U hoeft geen "
    "annulering aan te vragen.\n\nGroeten,\nWinkel",
    f"Olá,\n\nEncomenda {OID}: o artigo esgotou. Já reembolsámos o valor total. Não é necessário solicitar o "
    "cancelamento.\n\nCumprimentos,\nLoja",
    f"Hej,\n\nOrder {OID}: varan är slutsåld. Vi har återbetalat hela beloppet. Du behöver inte begära någon "
    "avbokning.\n\nHälsningar,\nButiken",
]


@pytest.mark.parametrize("body", NOT_ASKED)
def test_negated_cancellation_noun_asks_nothing(body: str) -> None:
    assert not _fires(CANCEL, body)
    assert not _fires(NOADJ, body)


ASKED = [
    f"Hello,\n\nOrder {OID}: the lamp is out of stock. Please request a cancellation in Your Orders.\n\nBest,\nShop",
    f"Hallo,\n\nBestellung {OID}: Der Artikel ist nicht mehr vorrätig. Bitte beantragen Sie die Stornierung in "
    "Ihrem Konto.\n\nGrüße\nShop",
    f"Hola:\n\nPedido {OID}. El artículo está agotado. Le pedimos que solicite la cancelación desde su cuenta."
    "\n\nSaludos,\nTienda",
    f"お客様\n\nご注文番号 {OID} の商品は在庫切れです。お客様からキャンセル申請をお願いいたします。\n\nショップ",
]


@pytest.mark.parametrize("body", ASKED)
def test_cancellation_asked_still_fires(body: str) -> None:
    assert _fires(CANCEL, body)


# --- return information stated, not asked -------------------------------------------------------------------

STATED_NEEDS = [
    f"Hello,\n\nAbout your return for order {OID}: we're still missing the serial number from the base label."
    "\n\nBest,\nShop",
    f"Hallo,\n\nzu Ihrer Rücksendung (Bestellung {OID}): Uns fehlen noch die Seriennummer und ein Foto des "
    "Schadens.\n\nGrüße\nShop",
    f"Bonjour,\n\nPour votre retour (commande {OID}), il nous manque le numéro de série inscrit sous "
    "l'appareil.\n\nCordialement,\nBoutique",
    f"Hola:\n\nSobre su devolución del pedido {OID}: nos faltan el número de serie y una foto del defecto."
    "\n\nSaludos,\nTienda",
    f"Buongiorno,\n\nper il Suo reso (ordine {OID}) ci servono il numero di serie e una foto del difetto."
    "\n\nSaluti,\nNegozio",
    f"お客様\n\nご注文番号 {OID} の返品について、手続きには製造番号の写真が必要です。\n\nショップ",
    f"Hallo,\n\nOver uw retour (bestelling {OID}): we missen nog het serienummer van het apparaat.\n\nGroeten,\nWinkel",
    f"Olá,\n\nSobre a sua devolução (encomenda {OID}): falta-nos o número de série do aparelho.\n\nCumprimentos,\nLoja",
    f"Hej,\n\nAngående din retur (order {OID}): vi saknar fortfarande serienumret.\n\nHälsningar,\nButiken",
]


@pytest.mark.parametrize("body", STATED_NEEDS)
def test_stated_information_need_is_a_permitted_return_message(body: str) -> None:
    assert not _fires(RETURN, body)


NO_NEED = [
    f"Hallo,\n\nzu Ihrer Rücksendung (Bestellung {OID}): Schade, dass Ihnen die Lampe nicht gefällt. Die Erstattung "
    "folgt nach Eingang.\n\nGrüße\nShop",
    f"Buongiorno,\n\nabbiamo ricevuto la richiesta di reso per l'ordine {OID}. Ci dispiace che il prodotto non "
    "l'abbia soddisfatta.\n\nSaluti,\nNegozio",
]


@pytest.mark.parametrize("body", NO_NEED)
def test_return_message_without_need_still_fires(body: str) -> None:
    assert _fires(RETURN, body)


# --- thank-you-only warmth ----------------------------------------------------------------------------------

THANK_YOU_ONLY = [
    f"Bonjour,\n\nToute l'équipe de la Savonnerie tient à vous remercier pour votre commande {OID}.\n\nSavoir que "
    "nos savons ont trouvé leur place dans votre salle de bain nous touche beaucoup.\n\nNous espérons sincèrement "
    "qu'ils vous plairont.\n\nEncore un grand merci pour votre confiance.\n\nLa Savonnerie",
    f"Hallo,\n\nvielen Dank für Ihre Bestellung {OID}.\n\nZu wissen, dass unsere Seifen jetzt bei Ihnen sind, freut "
    "uns sehr.\n\nNochmals herzlichen Dank für Ihr Vertrauen.\n\nIhre Seifenmanufaktur",
    f"Hola:\n\nGracias por su pedido {OID}.\n\nSaber que nuestros jabones ya están en su casa nos alegra mucho."
    "\n\nEsperamos de corazón que los disfrute.\n\nDe nuevo, mil gracias por su confianza.\n\nLa Jabonería",
    f"Buongiorno,\n\ngrazie per l'ordine {OID}.\n\nSapere che i nostri saponi sono arrivati a casa Sua ci rende "
    "felici.\n\nSperiamo di cuore che Le piacciano.\n\nAncora mille grazie per la fiducia.\n\nLa Saponeria",
    f"Olá,\n\nToda a equipa da Saboaria quer agradecer-lhe a encomenda {OID}.\n\nEsperamos de coração que goste."
    "\n\nMais uma vez, muito obrigado pela sua confiança.\n\nSaboaria",
    f"Hej,\n\nTack för din beställning {OID}.\n\nVi hoppas innerligt att du blir nöjd.\n\nÄn en gång tack för ditt "
    "förtroende.\n\nTvålmakeriet",
]


@pytest.mark.parametrize("body", THANK_YOU_ONLY)
def test_long_warm_thanks_only(body: str) -> None:
    assert _fires(THANKS, body)


WARM_WITH_NEWS = [
    f"Bonjour,\n\nToute l'équipe tient à vous remercier pour votre commande {OID}.\n\nSavoir que votre colis est "
    "parti ce matin avec Colissimo nous fait plaisir.\n\nLa Savonnerie",
    f"Hallo,\n\nvielen Dank für Ihre Bestellung {OID}.\n\nZu wissen, dass Ihr Paket verschickt wurde, freut uns."
    "\n\nIhre Seifenmanufaktur",
    f"Hola:\n\nGracias por su pedido {OID}.\n\nSaber que su reembolso ya está hecho nos alegra mucho.\n\nLa Jabonería",
    f"Buongiorno,\n\ngrazie per l'ordine {OID}.\n\nSperiamo di cuore che il rimborso Le arrivi presto.\n\nLa Saponeria",
]


@pytest.mark.parametrize("body", WARM_WITH_NEWS)
def test_warmth_carrying_news_is_not_filler(body: str) -> None:
    assert not _fires(THANKS, body)


# --- the buyer's own code, explained in a reply -----------------------------------------------------------

BUYER_CODE = [
    f"Hi,\n\nAbout order {OID}: the coupon you used expired on 31 May, so Amazon did not apply it.\n\nBest,\nShop",
    f"Hi,\n\nOrder {OID}: your voucher code wasn't accepted because the sale had ended.\n\nBest,\nShop",
    f"Hallo,\n\nzu Bestellung {OID}: Der Aktionscode, den Sie eingegeben haben, galt nur bis Ende Mai.\n\nGrüße\nShop",
    f"Bonjour,\n\nCommande {OID} : le code promo que vous avez saisi n'était valable que jusqu'au 31 mai."
    "\n\nCordialement,\nBoutique",
    f"Hola:\n\nPedido {OID}. El cupón que usted mencionó venció el 31 de mayo.\n\nSaludos,\nTienda",
    f"Buongiorno,\n\nordine {OID}: il codice sconto che ha inserito valeva solo fino al 31 maggio.\n\nSaluti,\nNegozio",
    f"お客様\n\nご注文番号 {OID} について、ご利用になったクーポンは5月31日で終了しておりました。\n\nショップ",
   ]
BUYER_CODE_MORE = [
    f"Hallo,\n\nBestelling {OID}: de kortingscode die u gebruikte was alleen tot 31 mei geldig.\n\nGroeten,\nWinkel",
    f"Olá,\n\nEncomenda {OID}: o cupão que usou só era válido até 31 de maio.\n\nCumprimentos,\nLoja",
    f"Hej,\n\nOrder {OID}: rabattkoden du använde gällde bara till den 31 maj.\n\nHälsningar,\nButiken",
]


@pytest.mark.parametrize("body", BUYER_CODE + BUYER_CODE_MORE)
def test_buyer_code_explained_in_a_reply_is_not_marketing(body: str) -> None:
    assert not _fires(MKT, body, reply=True)


@pytest.mark.parametrize("body", BUYER_CODE)
def test_buyer_code_in_a_proactive_message_is_still_judged(body: str) -> None:
    # proactive, the same words are not set aside (a seller writing about coupons unasked)
    assert _fires(MKT, body)


PROMO_IN_REPLY = [
    f"Hi,\n\nOrder {OID}: the coupon you used has expired, but use code SUMMER10 for 10% off your next order."
    "\n\nBest,\nShop",
    f"Hallo,\n\nBestellung {OID}: Der Gutscheincode, den Sie erwähnen, ist abgelaufen. Mit dem Gutscheincode NEU15 "
    "sparen Sie 15 % bei Ihrer nächsten Bestellung.\n\nGrüße\nShop",
    f"お客様\n\nご注文番号 {OID} について、次回ご利用のクーポンコード AROMA10 をお送りします。\n\nショップ",
]


@pytest.mark.parametrize("body", PROMO_IN_REPLY)
def test_real_offer_in_a_reply_still_fires(body: str) -> None:
    assert _fires(MKT, body, reply=True)


def test_japanese_cancellation_needed_is_not_negated() -> None:
    # 「キャンセルのお手続きは必要です」 says the step IS needed: no negation of the request beside it
    body = (f"お客様\n\nご注文番号 {OID} の商品は在庫切れです。キャンセルのお手続きは必要ですので、"
            "お客様ご自身でキャンセルしてください。\n\nショップ")
    assert _fires(CANCEL, body)
    body = (f"お客様\n\nご注文番号 {OID} の商品は在庫切れです。キャンセル申請は必要ですので、"
            "お客様ご自身でキャンセル申請をお願いいたします。\n\nショップ")
    assert _fires(CANCEL, body)
