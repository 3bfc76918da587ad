"""type.order-confirmation: a delivery notice confirms like a dispatch notice, but "was delivered today" is
also how a review request opens; with a review request in the message, the request is its purpose."""

from __future__ import annotations

import pytest

from tests.policies.plain_message import OID, fires

REVIEW_OPENINGS = [
    ("de", f"Hallo, Ihre Bestellung {OID} wurde heute zugestellt. Über eine ehrliche Bewertung auf Amazon "
           "würden wir uns freuen."),
    ("com", f"Hi! Order {OID} was delivered this morning. We'd be grateful if you left a product review on Amazon."),
    ("fr", f"Bonjour, votre commande {OID} a été livrée ce jour. Votre avis sur Amazon nous aiderait beaucoup."),
    ("es", f"Hola, su pedido {OID} ha sido entregado hoy. Le agradeceríamos una reseña en Amazon."),
]

NOTICES = [
    ("de", f"Hallo, Ihre Bestellung {OID} wurde heute um 10:14 Uhr zugestellt. Viel Freude damit!"),
    ("com", f"Hi! Order {OID} was delivered this morning at 9:40. Enjoy your new board."),
    # a dispatch notice with a review request stays a dispatch notice
    ("com", f"Hi! Order {OID} has been shipped today, tracking number 1Z999AA10123456784. "
            "Once it arrives we'd be grateful for a review."),
]


@pytest.mark.parametrize(("tld", "body"), REVIEW_OPENINGS)
def test_delivery_news_opening_a_review_request_is_no_confirmation(tld: str, body: str) -> None:
    assert not fires("type.order-confirmation", body, tld)


@pytest.mark.parametrize(("tld", "body"), NOTICES)
def test_delivery_and_dispatch_notices_still_confirm(tld: str, body: str) -> None:
    assert fires("type.order-confirmation", body, tld)
