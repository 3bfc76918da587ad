"""Message-type, review and order-problem rules: positives, negatives and near-misses in six languages."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from policies import Context, evaluate, parse_message
from policies.findings import Hit
from policies.rule import registered
from policies.rules._units import split_units
from policies.rules.review import requested_orders

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
OID = "113-4829175-6630214"
MINE = {
    "type.order-confirmation",
    "type.thank-you-only",
    "type.marketing",
    "review.incentive",
    "review.removal-request",
    "review.conditional",
    "review.repeat",
    "order-problem.cancellation-request",
    "order-problem.no-adjustment",
    "return.unnecessary",
}


def make_ctx(
    body: str,
    subject: str = f"Order {OID}",
    *,
    reply: bool = False,
    reviewed: frozenset[str] = frozenset(),
    html: bool = False,
) -> Context:
    """Raw RFC 5322 bytes -> parse_message -> Context."""
    headers = [
        "From: Shop <shop@example.com>",
        "To: buyer123@marketplace.amazon.com",
        f"Subject: {subject}",
        "Date: Mon, 15 Jun 2026 10:00:00 +0000",
        "Message-ID: <t1@example.com>",
        "MIME-Version: 1.0",
        f"Content-Type: text/{'html' if html else 'plain'}; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
    ]
    if reply:
        headers.append("In-Reply-To: <buyer-question@marketplace.amazon.com>")
    raw = ("\r\n".join(headers) + "\r\n\r\n" + body.replace("\n", "\r\n")).encode("utf-8")
    return Context(parse_message(raw), NOW, reviewed_orders=reviewed)


def hits(rule_id: str, ctx: Context) -> list[Hit]:
    """Run one rule as the engine would (replies skip proactive-only rules)."""
    r = registered()[rule_id]
    if r.proactive_only and ctx.message.is_reply:
        return []
    return list(r.check(ctx))


def fired(body: str, subject: str = f"Order {OID}", **kw: object) -> set[str]:
    ctx = make_ctx(body, subject, **kw)  # type: ignore[arg-type]
    return {rid for rid in MINE if hits(rid, ctx)}


# --- positives: (rule, subject, body) --------------------------------------------------------------

POSITIVE = [
    # order confirmation
    ("type.order-confirmation", f"Your order {OID} has shipped",
     f"Hello,\n\nGood news: your order {OID} has been shipped today with UPS.\n\nTracking number: 1Z999AA10123456784\n\nKind regards,\nShop"),
    ("type.order-confirmation", f"Order {OID}",
     f"Hi,\n\nWe've received your order {OID} and it is confirmed. Thank you for shopping with us!\n\nBest,\nShop"),
    ("type.order-confirmation", f"Commande {OID} expédiée",
     f"Bonjour,\n\nVotre commande {OID} a été expédiée ce matin. Numéro de suivi : 6A12345678901.\n\nCordialement,\nBoutique"),
    ("type.order-confirmation", f"Pedido {OID}",
     f"Hola:\n\nSu pedido {OID} ha sido enviado hoy con Correos. Número de seguimiento: PQ123456789ES.\n\nUn saludo,\nTienda"),
    ("type.order-confirmation", f"Ordine {OID}",
     f"Gentile cliente,\n\nil suo ordine {OID} è stato spedito oggi. Codice di tracciamento: BRT123456.\n\nCordiali saluti,\nNegozio"),
    ("type.order-confirmation", f"【ご注文 {OID}】発送のお知らせ",
     f"お客様\n\nご注文（{OID}）の商品を本日発送いたしました。\nお問い合わせ番号：1234-5678-9012\n\nよろしくお願いいたします。\nショップ"),
    # thank-you only
    ("type.thank-you-only", f"Thank you! Order {OID}",
     f"Hi Sarah,\n\nThank you so much for your order {OID}!\n\nIf you have any questions, please don't hesitate to contact us.\n\nBest regards,\nJane\nOak Shop"),
    ("type.thank-you-only", f"Danke – Bestellung {OID}",
     f"Hallo,\n\nvielen Dank für Ihre Bestellung {OID}!\n\nBei Fragen stehen wir Ihnen jederzeit gerne zur Verfügung.\n\nViele Grüße\nIhr Kerzen-Team"),
    ("type.thank-you-only", f"Pedido {OID}",
     f"Hola:\n\nMuchas gracias por su pedido {OID}.\n\nQuedamos a su disposición para cualquier consulta.\n\nUn saludo,\nLucía"),
    ("type.thank-you-only", f"Ordine {OID}",
     f"Gentile cliente,\n\ngrazie mille per il suo ordine {OID}.\n\nPer qualsiasi domanda restiamo a sua disposizione.\n\nCordiali saluti,\nGiulia"),
    ("type.thank-you-only", f"ご注文 {OID}",
     f"お客様\n\nこのたびはご注文いただき、誠にありがとうございます。\n注文番号：{OID}\n\nご不明な点がございましたら、お気軽にお問い合わせください。\n\n今後ともよろしくお願いいたします。\nショップ"),
    # marketing
    ("type.marketing", f"Order {OID}",
     f"Hello,\n\nThanks for order {OID}. Use code THANKYOU10 to get 10% off your next order in our store.\n\nBest,\nShop"),
    ("type.marketing", f"Order {OID}",
     f"Hi,\n\nYour order {OID} is on our minds. Follow us on Instagram for tips and check out our new collection!\n\nShop"),
    ("type.marketing", f"Commande {OID}",
     f"Bonjour,\n\nMerci pour la commande {OID}. Profitez de 15 % de réduction avec le code promo ETE15 et découvrez nos nouveaux produits.\n\nCordialement"),
    ("type.marketing", f"Pedido {OID}",
     f"Hola:\n\nGracias por su pedido {OID}. Suscríbase a nuestro boletín y obtenga un cupón de 5 €.\n\nUn saludo"),
    ("type.marketing", f"Ordine {OID}",
     f"Buongiorno,\n\ngrazie per l'ordine {OID}. Con il codice sconto ESTATE10 avrà il 10% di sconto sul prossimo acquisto. Seguici su Facebook!\n\nSaluti"),
    ("type.marketing", f"ご注文 {OID}",
     f"お客様\n\nご注文{OID}ありがとうございます。次回のお買い物で使える10%OFFクーポンをお送りします。\n\nショップ"),
    # incentive
    ("review.incentive", f"Order {OID}",
     f"Hi,\n\nIf you leave an honest review of the kettle, we will refund 20% of the price as a thank-you.\n\nOrder {OID}\nShop"),
    ("review.incentive", f"Order {OID}",
     f"Hello,\n\nWe hope you enjoy the lamp (order {OID}). Would you give us five stars on Amazon?\n\nThanks,\nShop"),
    ("review.incentive", f"Order {OID}",
     f"Hello,\n\nWe would be grateful for a review of the lamp (order {OID}).\nAs a thank-you, we'll send you a free bulb once you reply with a screenshot.\n\nShop"),
    ("review.incentive", f"Bestellung {OID}",
     f"Hallo,\n\nfür eine Bewertung Ihrer Bestellung {OID} auf Amazon schenken wir Ihnen einen 10-€-Gutschein.\n\nViele Grüße"),
    ("review.incentive", f"Commande {OID}",
     f"Bonjour,\n\nPourriez-vous laisser un avis 5 étoiles sur votre commande {OID} ?\n\nCordialement"),
    ("review.incentive", f"Pedido {OID}",
     f"Hola:\n\nSi deja una reseña de su pedido {OID}, le enviaremos una tarjeta regalo de 10 €.\n\nSaludos"),
    ("review.incentive", f"Ordine {OID}",
     f"Gentile cliente,\n\nle saremmo grati per una recensione positiva del prodotto (ordine {OID}).\n\nSaluti"),
    ("review.incentive", f"ご注文 {OID}",
     f"お客様\n\nご注文{OID}について、レビューを投稿していただいた方にはAmazonギフト券500円分を進呈いたします。\n\nショップ"),
    # removal
    ("review.removal-request", f"Order {OID}",
     f"Hello,\n\nWe have sent a replacement for order {OID}. Could you please remove your negative review now?\n\nShop"),
    ("review.removal-request", f"Bestellung {OID}",
     f"Guten Tag,\n\nwir haben das Problem mit Bestellung {OID} gelöst. Wären Sie so freundlich, Ihre Bewertung anzupassen?\n\nGrüße"),
    ("review.removal-request", f"Commande {OID}",
     f"Bonjour,\n\nLe problème est résolu (commande {OID}). Pourriez-vous modifier votre avis ?\n\nCordialement"),
    ("review.removal-request", f"Pedido {OID}",
     f"Hola:\n\nYa le enviamos la pieza (pedido {OID}). ¿Podría actualizar su reseña?\n\nSaludos"),
    ("review.removal-request", f"Ordine {OID}",
     f"Buongiorno,\n\nabbiamo risolto il problema (ordine {OID}). Potrebbe rimuovere la sua recensione negativa?\n\nSaluti"),
    ("review.removal-request", f"ご注文 {OID}",
     f"お客様\n\n交換品を発送いたしました（{OID}）。お手数ですが、レビューの削除をお願いできますでしょうか。\n\nショップ"),
    # conditional
    ("review.conditional", f"Order {OID}",
     f"Hi,\n\nIf you're happy with your new blender (order {OID}), please leave us a review on Amazon.\nIf not, please contact us first so we can fix it.\n\nThanks"),
    ("review.conditional", f"Order {OID}",
     f"Hello,\n\nWe'd love a review of your order {OID}. If anything is wrong, please message us before leaving feedback.\n\nShop"),
    ("review.conditional", f"Bestellung {OID}",
     f"Hallo,\n\nwenn Sie mit dem Produkt zufrieden sind, freuen wir uns über eine Bewertung (Bestellung {OID}). Andernfalls kontaktieren Sie uns bitte zuerst.\n\nGrüße"),
    ("review.conditional", f"Commande {OID}",
     f"Bonjour,\n\nSi vous êtes satisfait de votre commande {OID}, laissez-nous un avis sur Amazon.\n\nCordialement"),
    ("review.conditional", f"Ordine {OID}",
     f"Buongiorno,\n\nse è soddisfatto dell'acquisto (ordine {OID}), ci lasci una recensione. Altrimenti ci contatti prima di lasciare una recensione.\n\nSaluti"),
    ("review.conditional", f"ご注文 {OID}",
     f"お客様\n\n商品にご満足いただけましたら、レビューのご投稿をお願いいたします（{OID}）。\n\nショップ"),
    # cancellation request
    ("order-problem.cancellation-request", f"Order {OID}",
     f"Hello,\n\nSorry, the teapot from order {OID} is sold out. Kindly request a cancellation from Your Orders.\n\nShop"),
    ("order-problem.cancellation-request", f"Bestellung {OID}",
     f"Guten Tag,\n\nleider ist der Artikel aus Bestellung {OID} ausverkauft. Bitte stornieren Sie die Bestellung in Ihrem Konto.\n\nGrüße"),
    ("order-problem.cancellation-request", f"Commande {OID}",
     f"Bonjour,\n\nL'article de la commande {OID} est en rupture de stock. Pourriez-vous annuler la commande depuis votre compte ?\n\nCordialement"),
    ("order-problem.cancellation-request", f"Pedido {OID}",
     f"Hola:\n\nEl artículo del pedido {OID} está agotado. Por favor, cancele el pedido desde su cuenta.\n\nSaludos"),
    ("order-problem.cancellation-request", f"Ordine {OID}",
     f"Buongiorno,\n\nil prodotto dell'ordine {OID} è esaurito. La preghiamo di annullare l'ordine dal suo account.\n\nSaluti"),
    ("order-problem.cancellation-request", f"ご注文 {OID}",
     f"お客様\n\nご注文{OID}の商品が在庫切れとなりました。お手数ですが、キャンセルの手続きをお願いいたします。\n\nショップ"),
    # no adjustment
    ("order-problem.no-adjustment", f"Order {OID}",
     f"Hello,\n\nUnfortunately we cannot ship your order {OID}: the item has been discontinued by the maker.\n\nApologies,\nShop"),
    ("order-problem.no-adjustment", f"Bestellung {OID}",
     f"Guten Tag,\n\nder Artikel aus Bestellung {OID} ist leider nicht mehr lieferbar. Wir bitten um Entschuldigung.\n\nGrüße"),
    ("order-problem.no-adjustment", f"Commande {OID}",
     f"Bonjour,\n\nNous ne pouvons pas expédier votre commande {OID}, l'article est en rupture de stock.\n\nCordialement"),
    ("order-problem.no-adjustment", f"Pedido {OID}",
     f"Hola:\n\nLamentablemente el producto de su pedido {OID} está agotado y no podemos enviarlo.\n\nSaludos"),
    ("order-problem.no-adjustment", f"Ordine {OID}",
     f"Buongiorno,\n\npurtroppo il prodotto dell'ordine {OID} non è più disponibile. Ci scusiamo.\n\nSaluti"),
    ("order-problem.no-adjustment", f"ご注文 {OID}",
     f"お客様\n\nご注文{OID}の商品は在庫切れのため、発送できません。大変申し訳ございません。\n\nショップ"),
    # return unnecessary
    ("return.unnecessary", f"Your return – order {OID}",
     f"Hello,\n\nWe saw you started a return for the chair (order {OID}). Many customers love it after a week, so maybe give it another chance.\n\nShop"),
    ("return.unnecessary", f"Ihre Rücksendung {OID}",
     f"Guten Tag,\n\nwir haben Ihre Rücksendung zur Bestellung {OID} erhalten. Die Erstattung erfolgt über Amazon.\n\nGrüße"),
    ("return.unnecessary", f"Commande {OID}",
     f"Bonjour,\n\nVous avez fait une demande de retour pour la commande {OID}. Sachez que le produit est garanti deux ans.\n\nCordialement"),
    ("return.unnecessary", f"Pedido {OID}",
     f"Hola:\n\nHemos visto su solicitud de devolución del pedido {OID}. Le recordamos que el producto es de gran calidad.\n\nSaludos"),
    ("return.unnecessary", f"Ordine {OID}",
     f"Buongiorno,\n\nabbiamo ricevuto la sua richiesta di reso per l'ordine {OID}. Il prodotto è molto apprezzato dai clienti.\n\nSaluti"),
    ("return.unnecessary", f"ご注文 {OID}",
     f"お客様\n\nご注文{OID}の返品のご依頼を承りました。商品は多くのお客様にご好評いただいております。\n\nショップ"),
]


@pytest.mark.parametrize(("rule_id", "subject", "body"), POSITIVE)
def test_rule_fires(rule_id: str, subject: str, body: str) -> None:
    ctx = make_ctx(body, subject)
    found = hits(rule_id, ctx)
    assert found, f"{rule_id} should fire"
    hit = found[0]
    assert hit.message and hit.message.endswith(".")
    assert hit.evidence
    assert hit.location in ("subject", "text", "html")


# --- negatives and near-misses: (rule that must stay quiet, subject, body) -------------------------

NEGATIVE = [
    # a delay notice, a missing-parcel check and delivery scheduling are not confirmations
    ("type.order-confirmation", f"Order {OID} – dispatch delayed",
     f"Hello,\n\nYour order {OID} will be dispatched later than planned because of a supplier delay. We now expect to ship it on 19 June.\n\nSorry,\nShop"),
    ("type.order-confirmation", f"Did your parcel arrive? {OID}",
     f"Hello,\n\nYour order {OID} left our warehouse on May 20, but the tracking number shows no update. Could you let us know whether it arrived?\n\nShop"),
    ("type.order-confirmation", f"Liefertermin {OID}",
     f"Guten Tag,\n\nIhre Bestellung {OID} wurde an die Spedition übergeben. Bitte teilen Sie uns mit, welcher Liefertermin Ihnen passt.\n\nGrüße"),
    ("type.order-confirmation", f"【ご注文 {OID}】発送遅延のお知らせ",
     f"お客様\n\nご注文{OID}の発送が遅れております。6月17日に発送予定です。\n\nショップ"),
    # thank-you-only near misses: a real question or a needed piece of information remains
    ("type.thank-you-only", f"Order {OID}",
     f"Hi,\n\nThanks for your order {OID}! Could you tell us which colour you would like for the engraving?\n\nBest,\nShop"),
    ("type.thank-you-only", f"Commande {OID}",
     f"Bonjour,\n\nMerci pour votre commande {OID}. Le transporteur a besoin du code d'accès de votre immeuble.\n\nCordialement"),
    ("type.thank-you-only", f"Order {OID}",
     f"Hello,\n\nThank you for your order {OID}. If you have a moment, we would be grateful for an honest review on Amazon.\n\nKind regards,\nShop"),
    # marketing near misses
    ("type.marketing", f"Order {OID}",
     f"Hello,\n\nIf you keep the knife (order {OID}), we can offer a partial refund of $18 (20% of the price).\n\nShop"),
    ("type.marketing", f"Order {OID}",
     f"Hi,\n\nThe bracket (code D-45) is missing from order {OID}; we will send it free of charge.\n\nShop"),
    ("type.marketing", f"Pedido {OID}",
     f"Hola:\n\nSu pedido {OID} saldrá el lunes. Si la nueva fecha no le conviene, cancelaremos el pedido con el reembolso completo.\n\nSaludos"),
    # a neutral review request is not an incentive, gating or removal request
    ("review.incentive", f"Order {OID}",
     f"Hello,\n\nIf you have a moment, we would be grateful for an honest review of the lamp (order {OID}), whatever your experience.\n\nShop"),
    ("review.incentive", f"Order {OID}",
     f"Hello,\n\nWe sent a free replacement part for order {OID} yesterday; it should arrive on Friday.\n\nShop"),
    ("review.incentive", f"Bestellung {OID}",
     f"Guten Tag,\n\nwenn Sie einen Moment Zeit haben, freuen wir uns über eine ehrliche Bewertung (Bestellung {OID}).\n\nGrüße"),
    ("review.conditional", f"Order {OID}",
     f"Hello,\n\nWe'd appreciate an honest review of order {OID}. If you have any problem, contact us.\n\nShop"),
    ("review.conditional", f"Order {OID}",
     f"Hello,\n\nThe bracket pack for order {OID} may be missing. If you have any problem, contact us first and we'll send it.\n\nShop"),
    ("review.conditional", f"Ordine {OID}",
     f"Gentile cliente,\n\nse ha qualche minuto, le saremmo grati se volesse lasciare una recensione, qualunque sia stata la sua esperienza (ordine {OID}).\n\nSaluti"),
    ("review.removal-request", f"Order {OID}",
     f"Hello,\n\nPlease review the attached proof for order {OID} and tell us about any changes.\n\nShop"),
    ("review.removal-request", f"Order {OID}",
     f"Hello,\n\nWe would be grateful for a review of order {OID} on Amazon.\n\nShop"),
    # out-of-stock notice that confirms the refund passes; a delay is not an out-of-stock message
    ("order-problem.no-adjustment", f"Order {OID}",
     f"Hello,\n\nWe cannot ship order {OID}: the item is out of stock. We have refunded the full order amount with the reason No inventory.\n\nShop"),
    ("order-problem.no-adjustment", f"Bestellung {OID}",
     f"Guten Tag,\n\nder Artikel aus Bestellung {OID} ist nicht mehr lieferbar. Wir haben den vollen Betrag erstattet (Grund: kein Lagerbestand).\n\nGrüße"),
    ("order-problem.no-adjustment", f"Commande {OID}",
     f"Bonjour,\n\nL'article de la commande {OID} est en rupture de stock. Nous avons remboursé l'intégralité du montant.\n\nCordialement"),
    ("order-problem.no-adjustment", f"Pedido {OID}",
     f"Hola:\n\nEl artículo del pedido {OID} está agotado. Hemos reembolsado el importe completo del pedido.\n\nSaludos"),
    ("order-problem.no-adjustment", f"ご注文 {OID}",
     f"お客様\n\nご注文{OID}の商品は在庫切れのため、キャンセルおよび全額を返金いたしました。\n\nショップ"),
    ("order-problem.no-adjustment", f"Order {OID}",
     f"Hello,\n\nWe can't ship order {OID} until the engraving text arrives. Could you send it?\n\nShop"),
    ("order-problem.no-adjustment", f"Order {OID}",
     f"Hello,\n\nThe lamp from order {OID} is out of stock for a few days; we expect to ship it on 22 June.\n\nShop"),
    ("order-problem.cancellation-request", f"Order {OID}",
     f"Hello,\n\nYour order {OID} is delayed by a week. If you'd rather not wait, reply and we will cancel and refund it.\n\nShop"),
    ("order-problem.cancellation-request", f"Order {OID}",
     f"Hello,\n\nThe item from order {OID} is out of stock. Please accept our apologies: we have cancelled the order and refunded you in full.\n\nShop"),
    # a return message asking for needed information or offering a partial refund passes
    ("return.unnecessary", f"Your return request {OID}",
     f"Hello,\n\nWe received your return request for order {OID}. Could you tell us which part is faulty?\n\nShop"),
    ("return.unnecessary", f"Your return request {OID}",
     f"Hello,\n\nAbout your return of order {OID}: if you keep the item, we can offer you a partial refund of 30%.\n\nShop"),
    ("return.unnecessary", f"Ihre Rücksendung {OID}",
     f"Guten Tag,\n\nzu Ihrer Rücksendung (Bestellung {OID}): Wurde die Originalverpackung geöffnet? Antworten Sie einfach auf diese Nachricht.\n\nGrüße"),
    ("return.unnecessary", f"Commande {OID}",
     f"Bonjour,\n\nConcernant votre demande de retour (commande {OID}), nous vous proposons un remboursement partiel de 20 % si vous gardez l'article.\n\nCordialement"),
    ("return.unnecessary", f"Pedido {OID}",
     f"Hola:\n\nSobre la devolución del pedido {OID}: ¿podría indicarnos qué pieza está dañada?\n\nSaludos"),
    ("return.unnecessary", f"ご注文 {OID}",
     f"お客様\n\nご注文{OID}の返品について、破損箇所を教えていただけますでしょうか。\n\nショップ"),
    ("return.unnecessary", f"Order {OID}",
     f"Hi,\n\nIn return for your patience with order {OID}, we upgraded the shipping for free. It ships tomorrow.\n\nShop"),
]


@pytest.mark.parametrize(("rule_id", "subject", "body"), NEGATIVE)
def test_rule_stays_quiet(rule_id: str, subject: str, body: str) -> None:
    assert not hits(rule_id, make_ctx(body, subject)), f"{rule_id} should not fire"


# --- proactive-only rules, the ledger and the engine ------------------------------------------------

def test_purpose_rules_skip_replies() -> None:
    body = f"Hello,\n\nYour order {OID} has been shipped. Tracking number: 1Z999AA10123456784.\n\nShop"
    assert "type.order-confirmation" in fired(body)
    assert "type.order-confirmation" not in fired(body, reply=True)
    thanks = "Hello,\n\nThank you for your order!\n\nBest regards,\nShop"
    assert "type.thank-you-only" not in fired(thanks, reply=True)


def test_requested_orders_one_request_for_review_and_feedback() -> None:
    body = (
        f"Hello,\n\nThank you for your order {OID}. If you have a moment, please leave a product review "
        "and seller feedback on Amazon.\n\nShop"
    )
    assert requested_orders(make_ctx(body)) == {OID}


@pytest.mark.parametrize(
    "body",
    [
        f"Hello,\n\nYour order {OID} will ship on Friday.\n\nShop",
        f"Hello,\n\nPlease review the attached proof for order {OID} and reply with any change.\n\nShop",
        f"Hello,\n\nThank you for your review of order {OID}; we have sent the missing screws.\n\nShop",
        f"Hello,\n\nWould you consider updating your review of order {OID}?\n\nShop",
    ],
)
def test_requested_orders_empty_without_a_request(body: str) -> None:
    assert requested_orders(make_ctx(body)) == set()


@pytest.mark.parametrize(
    "body",
    [
        f"Gentile cliente,\n\nle saremmo grati se volesse lasciare una recensione dell'ordine {OID} su Amazon.\n\nSaluti",
        f"Guten Tag,\n\nwir freuen uns über eine Bewertung Ihrer Bestellung {OID}.\n\nGrüße",
        f"Bonjour,\n\nPourriez-vous laisser un avis sur votre commande {OID} ?\n\nCordialement",
        f"Hola:\n\nNos encantaría que dejara una valoración de su pedido {OID}.\n\nSaludos",
        f"お客様\n\nご注文{OID}の商品レビューをお願いいたします。\n\nショップ",
    ],
)
def test_requested_orders_in_other_languages(body: str) -> None:
    assert requested_orders(make_ctx(body)) == {OID}


def test_review_repeat_uses_the_ledger() -> None:
    body = f"Hello,\n\nWe'd be grateful for a review of your order {OID} on Amazon.\n\nShop"
    assert not hits("review.repeat", make_ctx(body))
    assert hits("review.repeat", make_ctx(body, reviewed=frozenset({OID})))
    # another order of the same buyer is not a repeat
    assert not hits("review.repeat", make_ctx(body, reviewed=frozenset({"114-0937261-5148830"})))
    # a message that asks for nothing is not a repeat even for a reviewed order
    assert not hits("review.repeat", make_ctx(f"Hello,\n\nOrder {OID} ships today? No, Friday.\n\nShop",
                                              reviewed=frozenset({OID})))


def test_engine_reports_review_orders_and_verdict() -> None:
    body = f"Hi,\n\nLeave us a 5-star review for order {OID} and we'll send you a $10 gift card.\n\nShop"
    result = evaluate(make_ctx(body))
    assert "review.incentive" in result.rules
    assert result.review_request_orders == frozenset({OID})


def test_html_only_body_reports_html_location() -> None:
    body = f"<p>Hello,</p><p>Your order {OID} has been shipped. Tracking number: 1Z999AA10123456784</p>"
    found = hits("type.order-confirmation", make_ctx(body, html=True))
    assert found and found[0].location in ("html", "subject")


def test_split_units_joins_wrapped_lines_and_keeps_short_ones() -> None:
    text = (
        "Hello,\n\nI'm sorry to let you know that we cannot ship your order\n"
        "112-7304518-2291467 for the Dutch Oven. We refunded you.\n\nKind regards,\nMegan"
    )
    units = split_units(text)
    assert "I'm sorry to let you know that we cannot ship your order 112-7304518-2291467 for the Dutch Oven." in units
    assert units[-2:] == ["Kind regards,", "Megan"]


def test_rules_are_documented() -> None:
    rules = registered()
    for rid in MINE:
        r = rules[rid]
        assert r.section == "C"
        for heading in ("## What it does", "## Why is this bad?", "## Example", "## Fix"):
            assert heading in r.explanation
    assert rules["type.order-confirmation"].proactive_only
    assert rules["return.unnecessary"].proactive_only
    assert not rules["review.incentive"].proactive_only
    assert not rules["review.repeat"].heuristic


# --- whole messages: exactly these of our rules fire ------------------------------------------------

WHOLE = [
 # (rules expected among MINE, subject, body): compliant near-misses first, then violations
 (set(), f"Order {OID}: how is your kettle?", f"Hi Anna,\n\nWe hope your new kettle is working well (order {OID}).\n\nWould you mind sharing your experience in a product review on Amazon? Feel free to leave a review - good or bad, every review helps.\n\nThanks,\nTom"),
 (set(), f"Order {OID}", f"Hello,\n\nYou can rate the product from 1 to 5 stars in Your Orders. We'd appreciate your honest feedback on order {OID}.\n\nBest,\nShop"),
 (set(), f"Bestellung {OID}", f"Hallo,\n\nIhre Bewertung hilft uns, unsere Produkte zu verbessern. Wir würden uns über eine ehrliche Rezension Ihrer Bestellung {OID} freuen.\n\nViele Grüße\nShop"),
 (set(), f"Bestellung {OID}: Lieferung", f"Guten Tag,\n\nIhre Bestellung {OID} wurde heute an DHL übergeben. Da der Schrank 80 kg wiegt, rufen wir Sie an, um einen Liefertermin zu vereinbaren.\n\nMit freundlichen Grüßen\nShop"),
 (set(), f"Commande {OID}", f"Bonjour,\n\nSuite à votre demande, vous trouverez ci-joint la facture de votre commande {OID}.\n\nCordialement,\nBoutique"),
 (set(), f"Commande {OID} : votre avis", "Bonjour,\n\nNous espérons que votre théière vous plaît. Si vous avez un instant, pourriez-vous laisser un avis sur Amazon ? Tous les avis, positifs ou négatifs, nous aident.\n\nBelle journée,\nClaire"),
 (set(), f"Pedido {OID}", f"Hola:\n\nLe escribimos porque el producto de su pedido {OID} está agotado. Hemos cancelado el pedido y hemos reembolsado el importe completo con el motivo «sin existencias». Verá la devolución del importe en 3-5 días.\n\nUn saludo,\nTienda"),
 (set(), f"Ordine {OID}", f"Buongiorno,\n\nil suo ordine {OID} partirà con tre giorni di ritardo perché il corriere non ritira il pacco fino a lunedì.\n\nCi scusiamo per l'inconveniente.\nNegozio"),
 (set(), f"ご注文 {OID}", f"お客様\n\nご注文{OID}の商品につきまして、宛先不明のため当店に返送されました。正しいご住所を教えていただけますでしょうか。\n\nショップ"),
 (set(), f"Order {OID}: engraving", "Hello,\n\nWe are unable to complete your engraving because the text is missing. Could you send us the text?\n\nShop"),
 (set(), f"Order {OID}", f"Hello,\n\nThe courier could not deliver your parcel (order {OID}) because nobody was home. Could you tell us a good day for a new attempt?\n\nShop"),
 (set(), f"Order {OID}", f"Hi,\n\nWe couldn't send the tracking link earlier, sorry. Your order {OID} is delayed by two days and will ship on Thursday.\n\nShop"),
 (set(), f"Order {OID} - your review", f"Hello,\n\nThanks for your order {OID}. If you have a minute, we'd be grateful for a review. If anything is not right with the product, please let us know and we will help.\n\nBest,\nShop"),
 (set(), f"Order {OID}", f"Hello,\n\nWe'd love to hear how you like your first order {OID}. Please leave a review on Amazon.\n\nShop"),
 (set(), f"Order {OID}", f"Hello,\n\nYour order {OID}: we need one more detail to personalise the mug. Please reply with the name to print and add a new line if you want two lines.\n\nShop"),
 (set(), f"Order {OID}", f"Hello,\n\nThe glass in order {OID} arrived broken, sorry. We will send you a new product free of charge, no need to return anything. Could you confirm your address?\n\nShop"),
 (set(), f"Order {OID}", f"Hello,\n\nYour order {OID} can be delivered on Saturday. Note the access code ABCD for the locker.\n\nCould you confirm?\n\nShop"),
 (set(), f"Pedido {OID}", f"Hola:\n\nVale, le confirmamos que el color del pedido {OID} será el azul. Si tiene un momento, nos encantaría conocer su opinión en Amazon.\n\nSaludos"),
 (set(), f"Ordine {OID}: recensione", f"Gentile cliente,\n\nla ringraziamo per l'ordine {OID}. Se ha qualche minuto, le saremmo grati se lasciasse una recensione sincera su Amazon, qualunque sia la sua esperienza.\n\nCordiali saluti"),
 (set(), f"ご注文 {OID}：レビューのお願い", "お客様\n\nこのたびはご注文いただき、ありがとうございました。\n商品はいかがでしょうか。よろしければ、率直なご感想をレビューにお寄せいただけますと幸いです。\n\nショップ"),
 (set(), f"Order {OID}: return", f"Hello,\n\nWe have received the return for order {OID}. So that we can complete the refund, could you confirm whether the original box was included?\n\nShop"),
 (set(), f"Order {OID}", f"Hello,\n\nYour order {OID} will be shipped on Monday as planned. One item is backordered, so it will follow on 24 June at no extra cost.\n\nShop"),
 # positives
 ({"type.thank-you-only"}, f"Order {OID}", "Hi there,\n\nJust wanted to say thanks for shopping with us! We hope you enjoy your new kettle.\n\nWe're here to help if you need anything.\n\nCheers,\nTom"),
 ({"type.thank-you-only"}, f"Bestellung {OID}", "Liebe Kundin,\n\nherzlichen Dank für Ihren Einkauf bei uns!\n\nWir wünschen Ihnen viel Freude mit Ihrem neuen Kissen.\n\nHerzliche Grüße\nIhr Textil-Team"),
 ({"type.order-confirmation"}, f"Pedido {OID}", f"Hola:\n\n¡Buenas noticias! Su pedido {OID} ya está en camino. Puede seguirlo con el número de seguimiento 123456789.\n\nUn saludo"),
 ({"type.order-confirmation"}, f"Ordine {OID} confermato", f"Buongiorno,\n\nabbiamo ricevuto il suo ordine {OID} e lo stiamo preparando. Grazie!\n\nSaluti"),
 ({"review.conditional", "review.incentive"}, f"Order {OID}", "Hello,\n\nHope you love it! If you had a great experience, a 5-star review would mean the world to us. Had a problem? Message us before posting a review.\n\nShop"),
 ({"review.incentive"}, f"Order {OID}", f"Hello,\n\nLeave an honest review of order {OID} and you'll be entered into our monthly draw for a $50 gift card.\n\nShop"),
 ({"review.removal-request"}, f"Order {OID}", f"Hello,\n\nWe've refunded order {OID} in full. We'd be grateful if you could take down the one-star rating you left.\n\nShop"),
 ({"type.marketing"}, f"Order {OID}", f"Hello,\n\nThanks for your order {OID}. Don't miss our Black Friday deals - shop now on our Amazon store!\n\nShop"),
 ({"order-problem.no-adjustment"}, f"Order {OID}", f"Hello,\n\nI'm sorry, but the blue version of the mug you ordered (order {OID}) is no longer available from our supplier.\n\nWe apologise for any inconvenience.\n\nShop"),
 ({"return.unnecessary"}, f"Return for order {OID}", f"Hello,\n\nWe noticed your return request for order {OID}. Please note that return shipping costs are deducted from the refund.\n\nShop"),
]


@pytest.mark.parametrize(("expected", "subject", "body"), WHOLE)
def test_whole_message(expected: set[str], subject: str, body: str) -> None:
    assert fired(body, subject) == expected


# Japanese asks without a question mark (...でしょうか。 ...いただけますか。): a dispatch notice that asks
# the buyer something is not an order confirmation; a bare one still is.
JA_DISPATCH_WITH_QUESTION = [
    "山田様\n\n商品は本日発送いたしました。お届け先の建物名を教えていただけますでしょうか。\n\nよろしくお願いいたします。",
    "佐藤様\n\nご注文の品を本日出荷しました。不在の場合、宅配ボックスへのお届けでもよろしいですか。\n\n店長",
    "鈴木様\n\n本日商品を発送いたしました。ギフト包装をご希望でしょうか\n\nショップより",
]
JA_BARE_DISPATCH = "山田様\n\n商品は本日発送いたしました。お届けまで今しばらくお待ちください。\n\nよろしくお願いいたします。"


@pytest.mark.parametrize("body", JA_DISPATCH_WITH_QUESTION)
def test_japanese_question_without_question_mark_is_a_purpose(body: str) -> None:
    assert not hits("type.order-confirmation", make_ctx(body))


def test_japanese_bare_dispatch_notice_is_still_a_confirmation() -> None:
    assert hits("type.order-confirmation", make_ctx(JA_BARE_DISPATCH))
