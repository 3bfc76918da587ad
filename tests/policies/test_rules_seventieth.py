"""Round seventy (tests/corpus_seventieth): problems with an order and returns, third round.

Each fix is a wording class, tested with made-up sentences (not the corpus's) and same-vocabulary near-misses.
"""

from __future__ import annotations

import pytest

from tests.policies.plain_message import OID, fires

CANCEL = "order-problem.cancellation-request"
NOADJ = "order-problem.no-adjustment"

# --- cancellation-request: telling Amazon the buyer no longer wants the item is a cancellation ----------------

TELL_AMAZON = [
    ("com", f"Order {OID}: the brass hook rail is sold out. Please tell Amazon you don't need the order anymore."),
    ("co.uk", f"Order {OID}: we've run out of the oak shelf. If you could inform Amazon that you no longer want it, "
              "that would close it."),
    ("de", f"Bestellung {OID}: Die Kaffeemühle ist ausverkauft. Geben Sie bitte Amazon Bescheid, dass Sie die "
           "Mühle nicht mehr wünschen."),
    ("de", f"Bestellung {OID}: Der Rucksack ist nicht mehr lieferbar. Es wäre nett, Amazon kurz mitzuteilen, dass "
           "Sie ihn nicht mehr brauchen."),
    ("fr", f"Commande {OID} : le pull est épuisé. Pourriez-vous signaler à Amazon que vous ne voulez plus le pull ?"),
    ("es", f"Pedido {OID}: la lámpara está agotada. Le pedimos que informe a Amazon de que ya no la necesita."),
    ("it", f"Ordine {OID}: la borraccia è esaurita. Può far sapere ad Amazon che non le serve più?"),
    ("co.jp", f"ご注文 {OID} の湯呑みは在庫切れとなりました。お手数ですが、不要になった旨をAmazonにご連絡ください。"),
    ("nl", f"Bestelling {OID}: de lamp is uitverkocht. Laat Amazon even weten dat u de lamp niet langer nodig hebt."),
    ("com.br", f"Pedido {OID}: a luminária esgotou. Avise a Amazon que você não quer mais a luminária."),
    ("se", f"Beställning {OID}: lampan är slutsåld. Berätta för Amazon att du inte längre behöver lampan."),
    ("pl", f"Zamówienie {OID}: lampa jest wyprzedana. Prosimy dać znać Amazon, że nie potrzebuje Pan już lampy."),
]


@pytest.mark.parametrize(("tld", "body"), TELL_AMAZON)
def test_telling_amazon_the_item_is_unwanted_is_a_cancellation_request(tld: str, body: str) -> None:
    assert fires(CANCEL, body, tld)


@pytest.mark.parametrize(
    ("tld", "body"),
    [
        ("com", f"Order {OID}: the rail is sold out, so we have cancelled it and refunded the full $31 (no "
                "inventory). You don't need to let Amazon know anything."),
        ("com", f"Order {OID}: Amazon told us you no longer want the shelf, which is out of stock anyway; we have "
                "refunded the full amount."),
        ("de", f"Bestellung {OID}: Amazon hat uns mitgeteilt, dass Sie die Mühle nicht mehr wünschen. Sie war "
               "ohnehin ausverkauft; wir haben den vollen Betrag erstattet."),
        ("fr", f"Commande {OID} : Amazon nous a indiqué que vous ne souhaitez plus le pull, épuisé de toute façon ; "
               "nous avons remboursé le montant total."),
    ],
)
def test_amazon_reporting_or_no_need_to_tell_amazon_stays_clean(tld: str, body: str) -> None:
    assert not fires(CANCEL, body, tld)


# --- unavailable: 'not available in our inventory / stock' ------------------------------------------------------


@pytest.mark.parametrize(
    ("tld", "body"),
    [
        ("in", f"Order {OID}: the mixer grinder you booked is right now not available in our inventory. We are "
               "sorry for the inconvenience."),
        ("de", f"Bestellung {OID}: Das Messerset ist leider nicht mehr im Lager vorhanden. Wir bitten um "
               "Entschuldigung."),
        ("fr", f"Commande {OID} : le plaid n'est malheureusement pas disponible dans notre entrepôt. Toutes nos "
               "excuses."),
    ],
)
def test_not_available_in_our_stock_without_refund_fires(tld: str, body: str) -> None:
    assert fires(NOADJ, body, tld)


@pytest.mark.parametrize(
    ("tld", "body"),
    [
        ("in", f"Order {OID}: the mixer grinder is not available in our inventory, so we have cancelled the order "
               "and refunded the full amount (no inventory)."),
        ("de", f"Bestellung {OID}: Das Messerset ist nicht im Lager vorhanden. Wir haben den vollen Betrag "
               "erstattet (Grund: kein Lagerbestand)."),
    ],
)
def test_not_available_in_stock_with_refund_stays_clean(tld: str, body: str) -> None:
    assert not fires(NOADJ, body, tld)


# --- the English 'till' (until) qualifier must not read the Swedish preposition 'till' (to) ----------------------


@pytest.mark.parametrize(
    "body",
    [
        f"Beställning {OID}: mattan är slut i lager och vi kan inte leverera den till er. Vi beklagar.",
        f"Beställning {OID}: tyvärr har koppen tagit slut, så den kan inte skickas till dig. Förlåt!",
    ],
)
def test_swedish_stock_out_to_you_without_refund_fires(body: str) -> None:
    assert fires(NOADJ, body, "se")


@pytest.mark.parametrize(
    ("tld", "body"),
    [
        ("com", f"Order {OID}: the rug is out of stock till Monday; we'll send it the same day."),
        ("se", f"Beställning {OID}: mattan är slut i lager fram till fredag, sedan skickar vi den direkt."),
    ],
)
def test_dated_restock_is_a_delay_not_a_stock_out(tld: str, body: str) -> None:
    assert not fires(NOADJ, body, tld)
