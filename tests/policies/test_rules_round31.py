"""Classes of wording a thirty-first independent corpus (English only) found.

- order-problem.*: a stock-out whose delay word belongs to the seller's own restock ("sold out, and the next
  delivery from the mill isn't due before September"), not to shipping the order: the product is unavailable, so
  a request to cancel and a missing refund confirmation are judged. Same in de, fr, es, it, pt, nl, sv.
- review.removal-request: the update request with "go back and" between the ask and the verb ("would you mind
  popping back and editing it?").

Made-up wordings (not the corpus's sentences), with near-miss negatives that must stay clean.
"""

from __future__ import annotations

import pytest

from tests.policies.test_rules_messagetypes import OID, hits, make_ctx


def _fires(rule_id: str, body: str, subject: str = "") -> bool:
    return bool(hits(rule_id, make_ctx(body, subject or f"Order {OID}")))


RESTOCK: list[tuple[bool, str, str]] = [
    (
        True,
        "order-problem.cancellation-request",
        f"Hi,\n\nThe walnut tray from order {OID} is sold out and the next shipment from the workshop won't land until "
        "October. Please cancel the order in Your Orders.\n\nShop",
    ),
    (
        True,
        "order-problem.no-adjustment",
        f"Hi,\n\nThe walnut tray from order {OID} is out of stock and our next delivery is not due until October. "
        "We're very sorry.\n\nShop",
    ),
    (
        True,
        "order-problem.cancellation-request",
        f"Hallo,\n\ndas Tablett aus Bestellung {OID} ist ausverkauft und die nächste Lieferung kommt erst im Oktober. "
        "Bitte stornieren Sie die Bestellung selbst.\n\nGrüße",
    ),
    (
        True,
        "order-problem.cancellation-request",
        f"Bonjour,\n\nLe plateau de la commande {OID} est en rupture de stock et notre prochaine livraison n'arrive pas "
        "avant octobre. Merci d'annuler la commande de votre côté.\n\nCordialement",
    ),
    (
        True,
        "order-problem.cancellation-request",
        f"Hola:\n\nLa bandeja del pedido {OID} está agotada y la próxima entrega no llega hasta octubre. Por favor, "
        "cancele el pedido desde su cuenta.\n\nSaludos",
    ),
    # near misses: the delay word is about shipping the order itself, or the refund is confirmed
    (
        False,
        "order-problem.no-adjustment",
        f"Hi,\n\nThe walnut tray from order {OID} is sold out until Friday, and the delivery to you will follow on "
        "Monday.\n\nShop",
    ),
    (
        False,
        "order-problem.no-adjustment",
        f"Hi,\n\nThe walnut tray from order {OID} is out of stock and our next delivery is not due until October, so "
        "we have cancelled the order and refunded the full amount (reason: out of stock).\n\nShop",
    ),
    (
        False,
        "order-problem.cancellation-request",
        f"Hi,\n\nThe walnut tray from order {OID} is out of stock and our next delivery is not due until October. "
        "We have cancelled and refunded the order ourselves; you don't need to cancel anything.\n\nShop",
    ),
    (
        False,
        "order-problem.cancellation-request",
        f"Hallo,\n\ndas Tablett aus Bestellung {OID} ist ausverkauft, die Lieferung an Sie erfolgt aber am Montag. "
        "Sie müssen nichts stornieren.\n\nGrüße",
    ),
]


@pytest.mark.parametrize(("expected", "rule_id", "body"), RESTOCK)
def test_stock_out_with_the_sellers_restock_date(expected: bool, rule_id: str, body: str) -> None:
    assert _fires(rule_id, body) is expected


GO_BACK: list[tuple[bool, str]] = [
    (
        True,
        f"Hi,\n\nThanks for order {OID}. We saw the 1-star review from last week. Now the lid fits, would you mind "
        "popping back and editing it?\n\nShop",
    ),
    (
        True,
        f"Hi,\n\nAbout order {OID}: your rating mentioned the late parcel. Could you go back in and update it now "
        "that it has arrived?\n\nShop",
    ),
    (
        True,
        f"Hi,\n\nOrder {OID}: we read your feedback. Would you be willing to head back and revise it?\n\nShop",
    ),
    # near misses: going back to something else, a request that is not about a review
    (
        False,
        f"Hi,\n\nOrder {OID}: the lid didn't fit. Would you mind going back and checking the size printed on it?\n\n"
        "Shop",
    ),
    (
        False,
        f"Hi,\n\nOrder {OID}: if the app asks for the code, could you go back and enter it again?\n\nShop",
    ),
]


@pytest.mark.parametrize(("expected", "body"), GO_BACK)
def test_update_request_with_go_back_and(expected: bool, body: str) -> None:
    assert _fires("review.removal-request", body) is expected
