"""type.marketing: the scarcity and urgency of a sale ('while stocks last', 'solange der Vorrat reicht',
'jusqu'à épuisement des stocks'...) and the seller's matching goods named ('we also sell a matching
lid') promote; a stock-out, a supplier's restock or the buyer's own parcel do not."""

from __future__ import annotations

import pytest

from tests.policies.plain_message import OID, fires

PROMOTES = [
    ("com", f"Order {OID}: the travel mugs are back in three colours, get yours while supplies last."),
    ("co.uk", f"Order {OID}: winter is coming, so stock up on wax melts today!"),
    ("com", f"Order {OID}: keep an eye on our storefront, the autumn throws arrive next week."),
    ("com", f"Order {OID}: we also carry a coordinating table runner."),
    ("com", f"Order {OID}: love the candle? Search for Ember and Oak on Amazon for the full set."),
    ("de", f"Zu Bestellung {OID}: Die Wintermützen gibt es wieder, solange der Vorrat reicht."),
    ("de", f"Zu Bestellung {OID}: Nur noch dieses Wochenende gibt es 15 Prozent Rabatt auf alle Schals."),
    ("de", f"Zu Bestellung {OID}: Schauen Sie doch mal wieder in unserem Shop vorbei!"),
    ("fr", f"Commande {OID} : les bougies de Noël sont disponibles jusqu'à épuisement du stock."),
    ("fr", f"Commande {OID} : nous vendons aussi des serviettes assorties."),
    ("es", f"Pedido {OID}: las tazas navideñas están disponibles hasta fin de existencias."),
    ("it", f"Ordine {OID}: le tazze natalizie sono disponibili fino all'esaurimento delle scorte."),
    ("nl", f"Bestelling {OID}: de kerstmokken zijn er weer, zolang de voorraad reikt."),
    ("com.br", f"Pedido {OID}: as canecas de Natal voltaram, enquanto durarem os estoques!"),
]

CLEAN = [
    ("com", f"Order {OID}: the lid you ordered is out of stock; we have refunded it and our supplier restocks in June."),
    ("com", f"Order {OID}: keep an eye on your letterbox, the courier may leave a card."),
    ("com", f"Order {OID}: we also have your replacement part ready, it ships today."),
    ("de", f"Zu Bestellung {OID}: Leider reicht unser Vorrat nicht; wir haben die Bestellung storniert und den vollen Betrag erstattet."),
    ("de", f"Zu Bestellung {OID}: Die Zustellung dauert noch wenige Tage, danach erhalten Sie die Rechnung."),
    ("fr", f"Commande {OID} : nos stocks sont épuisés, nous avons donc remboursé la totalité de la commande."),
    ("nl", f"Bestelling {OID}: de voorraad was op, daarom hebben we het volledige bedrag terugbetaald."),
]


@pytest.mark.parametrize(("tld", "body"), PROMOTES)
def test_scarcity_and_matching_goods_promote(tld: str, body: str) -> None:
    assert fires("type.marketing", body, tld)


@pytest.mark.parametrize(("tld", "body"), CLEAN)
def test_stock_outs_and_parcels_do_not(tld: str, body: str) -> None:
    assert not fires("type.marketing", body, tld)
