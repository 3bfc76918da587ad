"""Round fifty-one (tests/corpus_fiftyfirst): the rule set of messages that break several rules at once.

Each fix is a wording class, tested with made-up sentences (not the corpus's) and same-vocabulary near-misses.
"""

from __future__ import annotations

import pytest

from tests.policies.plain_message import OID, fires

# --- type.marketing: Portuguese 'no' (em + o) after 'a gente' or an infinitive is no negation ----------------


@pytest.mark.parametrize(
    "body",
    [
        f"Pedido {OID}: siga a gente no Pinterest @casa.linda: inspirações toda semana.",
        f"Pedido {OID}: segue a gente no Instagram @mar.azul, tem sorteio todo mês.",
        f"Pedido {OID}: obrigado! Siga a gente no TikTok @loja_sol.",
    ],
)
def test_pt_follow_request_with_handle_after_a_gente_fires(body: str) -> None:
    assert fires("type.marketing", body, "com.br")


@pytest.mark.parametrize(
    "body",
    [
        f"Pedido {OID}: não temos Instagram nem outras redes, só atendemos pela Amazon.",
        f"Pedido {OID}: a gente não usa o Instagram para vendas; qualquer dúvida, responda por aqui.",
    ],
)
def test_pt_social_network_named_without_a_follow_request_stays_clean(body: str) -> None:
    assert not fires("type.marketing", body, "com.br")


# --- type.marketing: a 'coupon de tissu' (a length of fabric) is no voucher --------------------------------------


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Commande {OID} : le coupon de lin que vous avez choisi mesure 2 m sur 1,40 m.", "fr"),
        (f"Commande {OID} : nous coupons votre coupon de velours au mètre demain matin.", "fr"),
        (f"Ordine {OID}: il coupon di stoffa scelto è lungo tre metri.", "it"),
    ],
)
def test_fabric_coupon_is_no_voucher(body: str, tld: str) -> None:
    assert not fires("type.marketing", body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Commande {OID} : voici un coupon de 5 € pour votre prochaine commande de tissu.", "fr"),
        (f"Commande {OID} : profitez de ce coupon sur nos coupons de tissu : CUT10.", "fr"),
        (f"Ordine {OID}: ecco un coupon per il suo prossimo acquisto di stoffe.", "it"),
        (f"Order {OID}: here is a coupon for fabric on your next order.", "co.uk"),
    ],
)
def test_voucher_coupon_next_to_fabric_words_still_fires(body: str, tld: str) -> None:
    assert fires("type.marketing", body, tld)


# --- return.unnecessary: the need said with verb-second order (de) or 'precisamos do/da' (pt) ----------------------

DE_RETURN = f"Guten Tag, Sie möchten die Stehlampe aus der Bestellung {OID} zurücksenden. "
PT_RETURN = f"Olá, você pediu a devolução da luminária do pedido {OID}. "


@pytest.mark.parametrize(
    "ask",
    [
        "Um den Fall abzuschließen, benötigen wir noch ein Foto vom Etikett.",
        "Für die Gutschrift bräuchten wir die Chargennummer auf dem Karton.",
        "Dafür fehlt uns noch die Angabe, welcher der beiden Schirme beschädigt ist.",
    ],
)
def test_de_inverted_need_is_an_information_request(ask: str) -> None:
    assert not fires("return.unnecessary", DE_RETURN + ask + "\n\nViele Grüße", "de")


@pytest.mark.parametrize(
    "no_ask",
    [
        "Die Originalverpackung brauchen wir nicht zurück, die Erstattung folgt automatisch.",
        "Weitere Angaben benötigen wir keine, Amazon erstattet den Betrag nach Eingang.",
    ],
)
def test_de_negated_need_asks_nothing(no_ask: str) -> None:
    assert fires("return.unnecessary", DE_RETURN + no_ask + "\n\nViele Grüße", "de")


@pytest.mark.parametrize(
    "ask",
    [
        "Para seguir com a troca, precisamos da foto da etiqueta da caixa.",
        "Antes de aprovar, precisamos dessas informações: cor e voltagem.",
    ],
)
def test_pt_need_with_contracted_article_is_an_information_request(ask: str) -> None:
    assert not fires("return.unnecessary", PT_RETURN + ask + "\n\nAbraços", "com.br")


def test_pt_negated_need_asks_nothing() -> None:
    body = PT_RETURN + "Não precisamos da caixa original, o reembolso sai assim que o item chegar.\n\nAbraços"
    assert fires("return.unnecessary", body, "com.br")
