"""Round seventy-three (tests/corpus_seventythird): English sellers in the shape of the shared corpus.

Each fix is a wording class, tested with made-up sentences (not the corpus's) and same-vocabulary near-misses.
"""

from __future__ import annotations

import pytest

from tests.policies.plain_message import OID, fires

# --- thank-you-only: what every order means to a small team; a sign-off naming the team after the person ----------


@pytest.mark.parametrize(
    "body",
    [
        f"Hello,\n\nThank you for order {OID}. We're a little two-person workshop and every sale genuinely "
        "means a lot to us.\n\nAny questions, just hit reply.\n\nSam",
        f"Hi,\n\nMany thanks for your order {OID}! As a small independent shop, every customer counts.\n\n"
        "Best wishes,\nLena",
        f"Hi,\n\nThanks so much for shopping with us (order {OID}). Every single purchase truly matters to a "
        "small studio like ours.\n\nRosa",
        f"Hi,\n\nThanks for choosing us for order {OID}! Let us know if you need anything.\n\nJo & all the "
        "folks at Blue Heron",
    ],
)
def test_small_team_warmth_and_team_signoff_is_thank_you_only(body: str) -> None:
    assert fires("type.thank-you-only", body, "com")


@pytest.mark.parametrize(
    "body",
    [
        # the same warmth beside something the buyer needs to know or do
        f"Hello,\n\nThank you for order {OID}. We're a small team, so the engraving takes three working days; "
        "please check the name below is spelt right: Annabel.\n\nPriya and the Fernhill team",
        f"Hi,\n\nEvery order matters to us, so we checked yours twice: the blue mug in order {OID} had a chip "
        "and we are sending a new one on Friday.\n\nSam",
        f"Hi,\n\nThanks for order {OID}. The lid and the jar travel in separate boxes, so the second parcel "
        "arrives a day later.\n\nMegan and the whole Wrenfield Pottery team",
    ],
)
def test_team_warmth_beside_a_purpose_is_not_thank_you_only(body: str) -> None:
    assert not fires("type.thank-you-only", body, "com")


# --- type.order-confirmation: a maker's "your order came through and is in the making queue" ------------------------


@pytest.mark.parametrize(
    "body",
    [
        f"Hi,\n\nQuick note: your order {OID} has come through fine and has been added to our production "
        "queue.\n\nRuth",
        f"Hello,\n\nYour order for the linen apron ({OID}) has just come through. It's now on my sewing list "
        "for this week.\n\nNell",
        f"Hi,\n\nGood news, order {OID} is in our printing queue and will be with the courier soon.\n\nDev",
    ],
)
def test_order_came_through_and_queued_is_confirmation(body: str) -> None:
    assert fires("type.order-confirmation", body, "co.uk")


@pytest.mark.parametrize(
    "body",
    [
        # a question in the same message: the purpose is something else
        f"Hi,\n\nYour order {OID} has come through. Before it goes into the making queue, which initials "
        "would you like on the lid?\n\nRuth",
        # the buyer's own message came through, not the order
        f"Hi,\n\nYour photos for order {OID} have come through, thank you. The crack is from the kiln, so a "
        "replacement plate goes out with Friday's firing.\n\nNell",
    ],
)
def test_queue_or_came_through_with_another_purpose_is_not_confirmation(body: str) -> None:
    assert not fires("type.order-confirmation", body, "co.uk")


# --- order-problem.no-adjustment: a stock-out with the offer to wait for the next batch is a delay -----------------


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Order {OID}: the teal glaze has sold out. Would you be happy to wait about ten days for the next "
         "firing, or shall we send the sand colour?", "com"),
        (f"Bestellung {OID}: Die Farbe Petrol ist ausverkauft. Möchten Sie lieber auf die nächste Charge "
         "warten, die in zwei Wochen kommt?", "de"),
        (f"Commande {OID} : le coloris sauge est en rupture de stock. Préférez-vous attendre le prochain lot, "
         "prévu dans dix jours ?", "fr"),
        (f"Pedido {OID}: el color salvia está agotado y sin stock. ¿Prefiere esperar al próximo lote, que "
         "llega en diez días?", "es"),
        (f"Ordine {OID}: il colore salvia è esaurito, non più disponibile. Preferisce aspettare il prossimo "
         "lotto, previsto tra dieci giorni?", "it"),
        (f"Bestelling {OID}: de kleur salie is uitverkocht. Wilt u liever wachten op de volgende partij, die "
         "over tien dagen binnenkomt?", "nl"),
        (f"Beställning {OID}: färgen salvia är slutsåld. Vill du hellre vänta på nästa leverans, som kommer "
         "om tio dagar?", "se"),
        (f"Pedido {OID}: a cor sálvia esgotou. Prefere esperar pelo próximo lote, previsto para daqui a dez "
         "dias?", "com.br"),
        (f"Zamówienie {OID}: kolor szałwiowy jest wyprzedany. Czy woli Pan poczekać na kolejną partię, która "
         "dotrze za dziesięć dni?", "pl"),
    ],
)
def test_stock_out_with_wait_for_next_batch_is_a_delay(body: str, tld: str) -> None:
    assert not fires("order-problem.no-adjustment", body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        # no next batch, nothing to wait for: an unadjusted stock-out
        (f"Order {OID}: the teal glaze has sold out for good and we are sorry we cannot send your bowl.", "com"),
        (f"Order {OID}: the last lamp was damaged in the workshop, so we cannot ship it. We are very sorry, "
         "there is no point in waiting for the next batch as the model is discontinued.", "com"),
    ],
)
def test_stock_out_without_a_wait_still_needs_an_adjustment(body: str, tld: str) -> None:
    assert fires("order-problem.no-adjustment", body, tld)
