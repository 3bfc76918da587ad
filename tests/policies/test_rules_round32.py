"""Round 32 (corpus_thirtysecond): the shared corpus's shape in German, French, Italian, Spanish and Japanese.

The wordings a native seller uses that the rules missed:
- a review reminder: "we haven't seen your review yet" asks for it (en, de, fr, es, it); the German
  sentence bracket with more words between "uns" and "über" ("würden uns nach wie vor sehr über ... freuen");
- "the easiest would be if you cancelled it yourself" (de, fr, es, it); Spanish "nos hemos quedado sin
  ..." was disqualified by its own "sin";
- French stock-outs "est en rupture chez notre fournisseur", "ne serons malheureusement pas en mesure
  d'honorer"; Japanese "出荷を見合わせ / 中止";
- French "emmerder", "on s'en fout", Spanish "gilipolleces", "coñazo";
- warm filler: Spanish "Para nosotros significa muchísimo", "Cualquier cosa que necesites, aquí estamos",
  Japanese "商品はお手元に届きましたでしょうか";
- talking the buyer out of a return: "could you give it a few more days?" (en, de, fr, es, it, ja);
- a Japanese line hard-wrapped before a number ("...次回使える" / "500円OFFクーポンを...。") is one sentence.
Compliant near-misses with the same vocabulary stay clean.
"""

from __future__ import annotations

import pytest

from policies.rules._units import split_units
from policies.rules.review import request_units
from tests.policies.plain_message import fires as _fires
from tests.policies.plain_message import plain_ctx as _ctx
from tests.policies.test_rules_messagetypes import OID

REQUESTS: list[tuple[bool, str, str]] = [
    (True, "com", "Just checking in: we haven't seen your review of the kettle yet."),
    (True, "de", "Ihre Rezension zum Wasserkocher haben wir bisher noch nicht gesehen."),
    (True, "de", "Wir würden uns nach wie vor sehr über eine Bewertung freuen."),
    (True, "fr", "Nous n'avons toujours pas vu votre avis sur la bouilloire."),
    (True, "es", "Aún no hemos visto tu valoración de la tetera."),
    (True, "it", "Non abbiamo ancora letto la tua recensione del bollitore."),
    (False, "com", "We haven't received the returned kettle yet."),
    (False, "de", "Wir haben Ihre Rücksendung noch nicht gesehen."),
    (False, "fr", "Nous n'avons pas encore reçu le colis retourné."),
    (False, "es", "Todavía no hemos recibido la tetera devuelta."),
    (False, "it", "Non abbiamo ancora ricevuto il bollitore reso."),
]


@pytest.mark.parametrize(("want", "tld", "body"), REQUESTS)
def test_review_reminders_are_requests(want: bool, tld: str, body: str) -> None:
    assert bool(request_units(_ctx(body, tld))) is want


CANCEL: list[tuple[bool, str, str]] = [
    (True, "de", f"Der Sessel aus Bestellung {OID} ist ausverkauft. Am besten ist es, wenn Sie die Bestellung selbst stornieren."),
    (True, "fr", f"Le fauteuil de la commande {OID} est en rupture de stock. Le mieux serait que vous annuliez la commande."),
    (True, "es", f"El sillón del pedido {OID} está agotado. Lo más sencillo es que canceles el pedido."),
    (True, "es", f"Nos hemos quedado sin el sillón azul del pedido {OID}. ¿Puedes anular el pedido?"),
    (True, "it", f"La poltrona dell'ordine {OID} è esaurita. La cosa più veloce sarebbe annullare l'ordine dal tuo account."),
    (False, "de", f"Der Sessel aus Bestellung {OID} ist ausverkauft. Wir haben storniert und erstattet; am besten ist es, wenn Sie neu bestellen."),
    (False, "fr", f"Le fauteuil de la commande {OID} est en rupture de stock. Le plus simple est que nous annulions la commande."),
    (False, "it", f"La poltrona dell'ordine {OID} è esaurita. La cosa più semplice è che noi annulliamo l'ordine."),
    (False, "es", f"No podemos enviar el sillón del pedido {OID} sin el número de portal. ¿Puedes anular el pedido?"),
]


@pytest.mark.parametrize(("want", "tld", "body"), CANCEL)
def test_easiest_if_you_cancel(want: bool, tld: str, body: str) -> None:
    assert _fires("order-problem.cancellation-request", body, tld) is want


NO_ADJ: list[tuple[bool, str, str]] = [
    (True, "fr", f"Le canapé de la commande {OID} est actuellement en rupture chez le fabricant."),
    (True, "fr", f"Nous ne serons hélas pas en mesure d'expédier le canapé de la commande {OID}."),
    (True, "co.jp", f"ご注文番号 {OID} の商品は、検品で傷が見つかったため発送を中止いたしました。"),
    (False, "fr", f"Le canapé de la commande {OID} est en rupture chez le fabricant ; nous avons annulé la commande et vous avons remboursé 420 EUR."),
    (False, "fr", f"Commande {OID} : une rupture de la sangle a été constatée, nous vous envoyons une sangle neuve."),
    (False, "co.jp", f"ご注文番号 {OID} の商品は発送を中止いたしました。代金は全額返金いたしました。"),
]


@pytest.mark.parametrize(("want", "tld", "body"), NO_ADJ)
def test_stock_out_wordings(want: bool, tld: str, body: str) -> None:
    assert _fires("order-problem.no-adjustment", body, tld) is want


SENSITIVE: list[tuple[bool, str, str]] = [
    (True, "fr", "Vous commencez sérieusement à nous emmerder avec vos messages."),
    (True, "fr", "Vos réclamations, on s'en fout."),
    (True, "es", "Basta ya de gilipolleces con la garantía."),
    (True, "es", "Qué coñazo de reclamación."),
    (False, "fr", "Nous nous en occupons dès demain."),
    (False, "es", "El cuño de la garantía y la caña de repuesto van incluidos."),
]


@pytest.mark.parametrize(("want", "tld", "body"), SENSITIVE)
def test_colloquial_insults(want: bool, tld: str, body: str) -> None:
    assert _fires("content.sensitive", body, tld) is want


THANKS: list[tuple[bool, str, str]] = [
    (True, "es", f"Hola:\n\nGracias por tu pedido {OID}. Para nosotros significa mucho.\n\nCualquier cosa que necesites, escríbenos."),
    (True, "co.jp", f"お客様\n\nこのたびはご購入ありがとうございました。ご注文番号 {OID} の商品は無事にお手元に届きましたでしょうか。\n\n今後ともよろしくお願いいたします。"),
    (False, "es", f"Hola:\n\nGracias por tu pedido {OID}. Para nosotros significa mucho. El enchufe va en la toma trasera, no en la lateral."),
    (False, "co.jp", f"お客様\n\nご注文番号 {OID} の商品がお手元に届きましたら、付属の保護フィルムを剥がしてからお使いください。"),
]


@pytest.mark.parametrize(("want", "tld", "body"), THANKS)
def test_warm_filler(want: bool, tld: str, body: str) -> None:
    assert _fires("type.thank-you-only", body, tld) is want


RETURNS: list[tuple[bool, str, str]] = [
    (True, "com", f"We saw your return request for order {OID}. Could you give it a few more days?"),
    (True, "de", f"Wir haben Ihre Rücksendung zur Bestellung {OID} gesehen. Könnten Sie es noch eine Woche ausprobieren?"),
    (True, "fr", f"Nous avons vu votre demande de retour pour la commande {OID}. Pourriez-vous l'utiliser encore quelques jours ?"),
    (True, "es", f"Hemos visto tu devolución del pedido {OID}. ¿Podrías darle otra oportunidad?"),
    (True, "it", f"Abbiamo visto il reso dell'ordine {OID}. Potrebbe usarlo ancora qualche giorno?"),
    (True, "co.jp", f"ご注文番号 {OID} の返品のご申請をいただきました。あと数日お使いいただけませんか。"),
    (False, "com", f"We saw your return request for order {OID}. Could you tell us which part is broken?"),
    (False, "de", f"Wir haben Ihre Rücksendung zur Bestellung {OID} gesehen. Könnten Sie uns noch ein Foto schicken?"),
    (False, "fr", f"Nous avons vu votre demande de retour pour la commande {OID}. Pourriez-vous nous envoyer une photo ?"),
    (False, "es", f"Hemos visto tu devolución del pedido {OID}. ¿Podrías enviarnos una foto?"),
    (False, "it", f"Abbiamo visto il reso dell'ordine {OID}. Potresti mandarci una foto?"),
    (False, "co.jp", f"ご注文番号 {OID} の返品のご申請をいただきました。もう一度、写真をお送りいただけますでしょうか。"),
]


@pytest.mark.parametrize(("want", "tld", "body"), RETURNS)
def test_talking_out_of_a_return(want: bool, tld: str, body: str) -> None:
    assert _fires("return.unnecessary", body, tld) is want


def test_japanese_line_wrapped_before_a_number_is_one_sentence() -> None:
    text = "なお、レビューをお書きいただいた方全員に、次回のお買い物で使える\n300円分のポイントを差し上げております。\n"
    assert split_units(text) == ["なお、レビューをお書きいただいた方全員に、次回のお買い物で使える300円分のポイントを差し上げております。"]
    # a signature line before a phone line stays apart
    sig = "株式会社みどり電機カスタマーサポートセンター\nTEL 03-1234-5678\n"
    assert len(split_units(sig)) == 2
    body = f"ご注文番号 {OID} の加湿器のお手入れ方法です。\n\nなお、レビューをお書きいただいた方全員に、次回のお買い物で使える\n300円分のポイントを差し上げております。"
    assert _fires("review.incentive", body, "co.jp")


# --- content.sensitive (es): "cono" is a cone; unaccented "cono" as the insult only where no cone is named -------


@pytest.mark.parametrize("body", [
    "Hola: el cono de tráfico llega mañana y los conos naranjas el lunes.",
    "Un cono más va de regalo en el paquete, sin coste.",
    "El filtro de cono para la cafetera viene en la caja.",
])
def test_es_a_cone_is_no_insult(body: str) -> None:
    assert not _fires("content.sensitive", body, "es")


@pytest.mark.parametrize("body", ["¡Coño, el transportista otra vez!", "cono, qué lío con el transportista, otra vez tarde."])
def test_es_the_insult_still_fires(body: str) -> None:
    assert _fires("content.sensitive", body, "es")
