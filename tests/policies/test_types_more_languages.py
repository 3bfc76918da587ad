"""Section C message types in Portuguese, Polish, Swedish, Turkish and Arabic: a carrier's
out-for-delivery notice repeated by the seller, a follow request phrased with a verbal noun
("zapraszamy do obserwowania nas"), and their near-misses."""

from __future__ import annotations

import pytest

from tests.policies.plain_message import fires

OID = "113-4829175-6630214"


@pytest.mark.parametrize(("rule", "tld", "body"), [
    ("type.order-confirmation", "com.br", f"Oi! O pedido {OID} saiu para entrega hoje de manhã. Boas compras!"),
    ("type.order-confirmation", "com.br", f"Olá, seu pacote do pedido {OID} está em rota de entrega."),
    ("type.marketing", "pl", f"Dzień dobry, zamówienie {OID}: zachęcamy do śledzenia nas na TikToku."),
    ("type.marketing", "pl", f"Dzień dobry, zamówienie {OID}: prosimy o polubienie nas na Facebooku."),
    ("type.order-confirmation", "se", f"Hej! Din order {OID} har nu skickats med PostNord."),
    ("type.order-confirmation", "com.tr", f"Merhaba, {OID} numaralı siparişiniz bugün Aras Kargo ile gönderildi."),
    ("type.thank-you-only", "ae", f"مرحباً، شكراً جزيلاً لطلبك {OID}. نحن في خدمتك لأي استفسار."),
])
def test_fires(rule: str, tld: str, body: str) -> None:
    assert fires(rule, body, tld)


@pytest.mark.parametrize(("rule", "tld", "body"), [
    # the delivery failed: the dispatch explains a question to the buyer
    ("type.order-confirmation", "com.br",
     f"Olá, o pedido {OID} saiu para entrega ontem, mas o entregador não achou o número. Pode nos confirmar o endereço?"),
    ("type.order-confirmation", "se",
     f"Hej, din order {OID} skickades i fredags men är försenad på grund av strejk. Vill du vänta eller ska vi återbetala?"),
    ("type.thank-you-only", "com.tr",
     f"Merhaba, siparişiniz ({OID}) için teşekkürler. Montajdan önce lütfen kutudaki iki vidayı sıkın."),
])
def test_near_misses_stay_clean(rule: str, tld: str, body: str) -> None:
    assert not fires(rule, body, tld)


def test_swedish_design_words_do_not_read_english_designated() -> None:
    # sv 'designen' / 'designförslag' (a personalised item's proof) is another purpose; 'designated' is English
    body = f"Hello, your order {OID} has been shipped to your designated pickup point. Kind regards"
    assert fires("type.order-confirmation", body, "com")
    assert not fires("type.order-confirmation", f"Hej! Din order {OID} har skickats. Designen godkändes i går.", "se")


@pytest.mark.parametrize(("body", "promotes"), [
    # the buyer's own discount on this order, explained: no promotion
    (f"Hi, about order {OID}: the 10% discount you saw at checkout was applied; could you confirm the address?",
     False),
    (f"Hi, about order {OID}: your voucher was applied, so the invoice shows $18.40. Is the address right?", False),
    # a discount for later is
    (f"Hi, about order {OID}: a 10% discount will be applied to your next order with code BACK10.", True),
    (f"Hi, about order {OID}: the discount code has been applied to your next order. See our new range!", True),
])
def test_the_buyers_own_discount_explained_promotes_nothing(body: str, promotes: bool) -> None:
    assert fires("type.marketing", body, "com") is promotes
