"""Phrase data of one language runs on messages in every language: a word of one language must not be
read as a cue in another. Each case here is a collision found when the twelve languages were merged."""

from __future__ import annotations

import pytest

from policies import evaluate
from tests.policies.test_rules_messagetypes import OID, make_ctx


def fired(body: str) -> set[str]:
    return {f.rule for f in evaluate(make_ctx(body)).findings}


@pytest.mark.parametrize("body", [
    # Turkish "cep" (mobile) is a phone word; the Brazilian CEP is a postcode
    f"Olá,\n\nPedido {OID}: entrega em 18/06/2026, valor R$ 1.234,56, CEP 04538-133.\n\nAtenciosamente,\nLoja",
    f"Olá,\n\nPedido {OID}: Loja Exemplo Ltda., Av. Paulista, 900, CEP 01310-100.\n\nAtenciosamente",
])
def test_a_brazilian_postcode_is_no_phone_number(body: str) -> None:
    assert "content.phone-number" not in fired(body)


def test_a_turkish_mobile_label_still_is_a_phone_word() -> None:
    body = f"Merhaba,\n\n{OID} numaralı siparişiniz için bize ulaşın. Cep: 0532 123 45 67\n\nSaygılarımızla"
    assert "content.phone-number" in fired(body)


def test_black_friday_as_the_reason_for_a_delay_is_no_promotion() -> None:
    body = f"Hi,\n\ndue to Black Friday volumes, your order {OID} will ship two days later than planned.\n\nTom"
    assert "type.marketing" not in fired(body)
    body_pt = f"Olá,\n\npor causa da Black Friday, o pedido {OID} sai com dois dias de atraso.\n\nAbraços"
    assert "type.marketing" not in fired(body_pt)


def test_black_friday_offers_are_marketing() -> None:
    body = f"Olá,\n\nsobre o pedido {OID}: a Black Friday chegou, com ofertas em toda a loja!\n\nAbraços"
    assert "type.marketing" in fired(body)


def test_the_french_verb_tester_is_no_italian_product_tester_benefit() -> None:
    from tests.policies.plain_message import fires

    fr = f"Bonjour, commande {OID} : prenez le temps de tester la lampe, puis laissez un avis honnête sur Amazon."
    assert not fires("review.incentive", fr, "fr")
    it = f"Salve, ordine {OID}: con una recensione a 5 stelle entra tra i nostri tester, con prodotti in anteprima."
    assert fires("review.incentive", it, "it")


def test_the_english_verb_post_is_no_german_carrier_beside_a_phone_number() -> None:
    from tests.policies.plain_message import fires

    en = f"Hi, about order {OID}: please post the worn hinge back to us; questions? ring 0161 496 0734."
    assert fires("content.phone-number", en, "co.uk")
    de = f"Hallo, zu Bestellung {OID}: die Post erreichen Sie unter 0228 4333 112, falls das Paket fehlt."
    assert not fires("content.phone-number", de, "de")


@pytest.mark.parametrize(("tld", "body", "allowed"), [
    # "guaranteed" as a promise is no warranty: the seller's own line
    ("de", f"Hallo, zu Bestellung {OID}: unter 030 8912 4456 erreichen Sie uns garantiert auch sonntags.", False),
    ("fr", f"Bonjour, commande {OID} : nous vous garantissons une réponse au 01 42 68 53 00.", False),
    # a warranty claim is
    ("de", f"Hallo, zu Bestellung {OID}: im Garantiefall erreichen Sie den Hersteller unter 030 8912 4456.", True),
    ("se", f"Hej, order {OID}: för garantiärenden, ring tillverkaren på 08-123 456 78.", True),
    ("com.tr", f"Merhaba, {OID} siparişi: garantisi için üreticiyi 0850 123 45 67 numarasından arayın.", True),
])
def test_guaranteed_as_a_promise_is_no_warranty_context(tld: str, body: str, allowed: bool) -> None:
    from tests.policies.plain_message import fires

    assert fires("content.phone-number", body, tld) is not allowed
