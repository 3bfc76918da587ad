"""Round 42 (corpus_fortysecond): problem-with-order and return messages in seven languages.

The wordings a native seller uses that the rules missed:
- stock-outs said indirectly: English "has run dry of", "won't be leaving us after all"; German "sind uns
  ausgegangen"; French "n'avons malheureusement plus ce modèle en stock" (words between "plus" and "en
  stock"); Japanese 「在庫を確保できず」「お届けが難しい」; Polish "nie mamy już drugiego egzemplarza";
- a French cancellation request that names "l'annulation" first and asks for it by pronoun ("nous vous
  invitons à l'effectuer vous-même");
- a refund promised "as soon as possible" (en, pl: "zwrócimy najszybciej, jak to będzie możliwe") is no
  confirmation that the amount was adjusted; a Japanese adverb before 完了 (「返金処理を本日完了」) is one;
- the same "as soon as possible" promise in de, fr, es, it, ja ("schnellstmöglich", « dans les plus brefs
  délais », "a la mayor brevedad", "il prima possibile", 「早急に返金いたします」);
- the parcel that will not leave, said in each language (de "wird unser Lager nicht verlassen", fr "ne
  quittera finalement pas", es "no saldrá", it "non partirà"), fr "à court de", ja 「在庫を切らして」; the
  Spanish and Italian "will ship" cue ("saldrá ... el", "partirà ... il") no longer reads a negated verb as a
  shipment; a time word ("today", "hoy", "oggi", "aujourd'hui", "heute") or a date keeps it a delay;
- the buyer's return named as a parcel: "arrived back with us", « colis retour », "zgłoszonym zwrotem".
- a return message that refuses a partial refund ("we do not offer partial refunds", « nous ne proposons
  pas de remboursement partiel », 「一部返金は承っておりません」) offers none; "the return you opened",
  "Rücksendepaket", 「返送品」 name the buyer's return.
Compliant near-misses with the same vocabulary stay clean.
"""

from __future__ import annotations

import pytest

from tests.policies.plain_message import fires as _fires
from tests.policies.test_rules_messagetypes import OID

NO_ADJUSTMENT: list[tuple[bool, str, str]] = [
    (True, "co.uk", f"Hello, our stockroom has run dry of the walnut coasters in order {OID}. Apologies."),
    (False, "co.uk", f"Hello, our stockroom has run dry of the walnut coasters in order {OID}, so we have "
                     "refunded the full amount today."),
    (True, "co.uk", f"Your lamp from order {OID} won't be leaving our workshop after all: the glass supplier has "
                    "closed."),
    (False, "co.uk", f"Your lamp from order {OID} won't be leaving our workshop until Thursday, when the shades "
                     "arrive."),
    (True, "co.uk", f"The mug in order {OID} is sold out. You'll receive a full refund as soon as possible."),
    (False, "co.uk", f"The mug in order {OID} is sold out. We have refunded the full amount; you'll see it within "
                     "three days."),
    (True, "de", f"Die Sitzkissen in Rost aus Bestellung {OID} sind uns ausgegangen. Wir bitten um Verständnis."),
    (False, "de", f"Die Sitzkissen aus Bestellung {OID} sind uns ausgegangen; den vollen Betrag haben wir Ihnen "
                  "heute erstattet."),
    (False, "de", f"Wir sind davon ausgegangen, dass Sie das Kissen in Rost wollten (Bestellung {OID}); es geht "
                  "morgen raus."),
    (True, "fr", f"Nous n'avons hélas plus la version 2 litres en stock (commande {OID}). Toutes nos excuses."),
    (False, "fr", f"Nous n'avons hélas plus la version 2 litres en stock (commande {OID}) ; nous vous avons "
                  "remboursé l'intégralité de la commande."),
    (True, "co.jp", f"ご注文番号 {OID} の花瓶は、在庫を確保できず発送できない状況です。申し訳ございません。"),
    (True, "co.jp", f"ご注文番号 {OID} のランプは、メーカーの都合によりお届けが困難となりました。"),
    (False, "co.jp", f"ご注文番号 {OID} の花瓶は在庫切れのため、返金処理を先ほど完了いたしました。"),
    (True, "pl", f"Nie mamy już żadnej sztuki lampy z zamówienia {OID}. Przepraszamy."),
    (False, "pl", f"Nie mamy już żadnej sztuki lampy z zamówienia {OID}, dlatego zwróciliśmy pełną kwotę."),
    (True, "pl", f"Lampa z zamówienia {OID} jest niedostępna. Pieniądze zwrócimy jak najszybciej."),
    (False, "pl", f"Lampa z zamówienia {OID} jest niedostępna. Zwróciliśmy już pełną kwotę, środki pojawią się "
                  "jak najszybciej."),
]


ASAP: list[tuple[bool, str, str]] = [
    (True, "de", f"Der Artikel aus Bestellung {OID} ist ausverkauft. Wir erstatten Ihnen den Betrag baldmöglichst."),
    (False, "de", f"Der Artikel aus Bestellung {OID} ist ausverkauft. Wir haben Ihnen den vollen Betrag heute "
                  "erstattet."),
    (True, "fr", f"L'article de la commande {OID} est épuisé. Vous serez remboursé au plus vite."),
    (False, "fr", f"L'article de la commande {OID} est épuisé. Nous vous avons remboursé l'intégralité ce matin."),
    (True, "es", f"El artículo del pedido {OID} está agotado. Le devolveremos el importe cuanto antes."),
    (False, "es", f"El artículo del pedido {OID} está agotado. Ya le hemos reembolsado el importe íntegro."),
    (True, "it", f"L'articolo dell'ordine {OID} è esaurito. L'importo verrà rimborsato appena possibile."),
    (False, "it", f"L'articolo dell'ordine {OID} è esaurito. Le abbiamo già rimborsato l'intero importo."),
    (True, "co.jp", f"ご注文番号 {OID} の商品は在庫切れです。なるべく早く返金いたします。"),
    (False, "co.jp", f"ご注文番号 {OID} の商品は在庫切れのため、速やかに返金いたしました。"),
]


WILL_NOT_LEAVE: list[tuple[bool, str, str]] = [
    (True, "de", f"Ihre Vase aus Bestellung {OID} wird unsere Werkstatt leider nicht verlassen: die Glasbläserei "
                 "hat geschlossen."),
    (False, "de", f"Ihre Vase aus Bestellung {OID} wird unsere Werkstatt heute nicht verlassen, sondern morgen."),
    (False, "de", f"Ihre Vase aus Bestellung {OID} wird unsere Werkstatt nicht vor Montag verlassen."),
    (True, "fr", f"Votre vase (commande {OID}) ne partira finalement pas : la verrerie a fermé."),
    (False, "fr", f"Votre vase (commande {OID}) ne partira pas aujourd'hui, mais demain matin."),
    (True, "fr", f"Nous sommes malheureusement à court de vases pour la commande {OID}."),
    (True, "es", f"Su jarrón del pedido {OID} no saldrá de nuestro taller: la vidriería ha cerrado."),
    (False, "es", f"Su jarrón del pedido {OID} no saldrá hoy, sino mañana temprano."),
    (False, "es", f"Su jarrón del pedido {OID} saldrá el lunes desde nuestro taller."),
    (True, "it", f"Il vaso dell'ordine {OID} non partirà: la vetreria ha chiuso."),
    (False, "it", f"Il vaso dell'ordine {OID} non partirà oggi, ma domani mattina."),
    (False, "it", f"Il vaso dell'ordine {OID} partirà il 22 giugno dal nostro laboratorio."),
    (True, "co.jp", f"ご注文番号 {OID} の花瓶は、現在在庫を切らしております。"),
    (False, "co.uk", f"Your vase from order {OID} won't be leaving us today; the courier comes on Monday."),
]


@pytest.mark.parametrize(("want", "tld", "body"), WILL_NOT_LEAVE)
def test_a_parcel_that_will_not_leave(want: bool, tld: str, body: str) -> None:
    assert _fires("order-problem.no-adjustment", body, tld) is want


@pytest.mark.parametrize(("want", "tld", "body"), ASAP)
def test_refund_promised_as_soon_as_possible_is_no_confirmation(want: bool, tld: str, body: str) -> None:
    assert _fires("order-problem.no-adjustment", body, tld) is want


@pytest.mark.parametrize(("want", "tld", "body"), NO_ADJUSTMENT)
def test_stock_outs_need_a_confirmed_adjustment(want: bool, tld: str, body: str) -> None:
    assert _fires("order-problem.no-adjustment", body, tld) is want


CANCEL: list[tuple[bool, str, str]] = [
    (True, "fr", f"Le vase de la commande {OID} est épuisé. L'annulation étant plus rapide de votre côté, merci "
                 "de la faire vous-même depuis votre compte."),
    (False, "fr", f"Le vase de la commande {OID} est épuisé. Nous avons procédé nous-mêmes à l'annulation et au "
                  "remboursement intégral ; vous n'avez rien à faire."),
]


@pytest.mark.parametrize(("want", "tld", "body"), CANCEL)
def test_cancellation_asked_by_pronoun(want: bool, tld: str, body: str) -> None:
    assert _fires("order-problem.cancellation-request", body, tld) is want


RETURNS: list[tuple[bool, str, str]] = [
    (True, "co.uk", f"Your package for order {OID} made it back to us yesterday. Refunds follow our standard "
                    "policy."),
    (False, "co.uk", f"Your package for order {OID} made it back to us yesterday, but the charger is missing. "
                     "Could you check whether it is still at home?"),
    (True, "fr", f"Votre colis retour (commande {OID}) est arrivé à l'entrepôt. Le remboursement suivra nos "
                 "conditions."),
    (False, "fr", f"Votre colis retour (commande {OID}) est arrivé, mais le chargeur manque. Pourriez-vous "
                  "vérifier s'il est resté chez vous ?"),
    (True, "pl", f"Dziękujemy za zgłoszony zwrot sukienki z zamówienia {OID}. Przypominamy, że pieniądze "
                 "oddajemy w ciągu 14 dni."),
    (False, "pl", f"W sprawie zgłoszonego zwrotu sukienki z zamówienia {OID}: czy mogą Państwo przesłać zdjęcie "
                  "metki?"),
]


@pytest.mark.parametrize(("want", "tld", "body"), RETURNS)
def test_return_messages_named_by_the_parcel(want: bool, tld: str, body: str) -> None:
    assert _fires("return.unnecessary", body, tld) is want


REFUSED_PARTIAL: list[tuple[bool, str, str]] = [
    (True, "co.uk", f"About the return you opened for order {OID}: please note we do not offer partial refunds. "
                    "Items must be unused."),
    (False, "co.uk", f"About the return you opened for order {OID}: if you'd rather not send it back, we can offer "
                     "a partial refund of GBP 10 and you keep the lamp."),
    (True, "fr", f"Concernant votre demande de retour (commande {OID}) : nous ne proposons pas de remboursement "
                 "partiel. L'article doit être neuf."),
    (False, "fr", f"Concernant votre demande de retour (commande {OID}) : vous n'avez pas besoin de renvoyer "
                  "l'article, nous vous proposons un remboursement partiel de 10 €."),
    (True, "co.jp", f"ご注文番号 {OID} の返品のご依頼について、当店では一部返金は承っておりません。未使用品のみ返品可能です。"),
    (False, "co.jp", f"ご注文番号 {OID} の返品のご依頼について、ご返品なしで一部返金 2,000円をご提案いたします。"),
    (True, "de", f"Ihr Rücksendepaket zu Bestellung {OID} ist bei uns eingetroffen. Die Erstattung erfolgt gemäß "
                 "unseren Bedingungen."),
    (True, "co.jp", f"ご注文番号 {OID} の返送品が当店に到着しました。返金は規定に従い行います。"),
    (False, "co.jp", f"ご注文番号 {OID} の返送品が当店に到着しましたが、付属の充電器が入っておりませんでした。"
                     "お手元に残っていないかご確認いただけますか。"),
]


@pytest.mark.parametrize(("want", "tld", "body"), REFUSED_PARTIAL)
def test_a_refused_partial_refund_offers_nothing(want: bool, tld: str, body: str) -> None:
    assert _fires("return.unnecessary", body, tld) is want
