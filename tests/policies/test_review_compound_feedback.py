"""review.*: Swedish and Dutch write seller feedback as one word ('säljarfeedback', 'verkopersfeedback');
the compound is the review noun as 'feedback' alone is, so gating around it is still gating."""

from __future__ import annotations

import pytest

from tests.policies.plain_message import OID, fires

GATING = [
    ("se", f"Hej! Är du nöjd med order {OID}, lämna gärna säljarfeedback. Om inte, hör av dig till oss först."),
    ("se", f"Om du gillar varan ({OID}) får du gärna ge oss köparfeedback. Annars kontakta oss innan."),
    ("nl", f"Bent u tevreden over {OID}? Laat dan graag verkopersfeedback achter. Zo niet, mail ons eerst."),
    ("nl", f"Als alles goed ging met {OID}, geef ons dan klantfeedback. Anders graag eerst contact opnemen."),
]

NEUTRAL = [
    ("se", f"Hej! Om du vill kan du lämna säljarfeedback för order {OID}, positiv eller negativ."),
    ("se", f"Tack för din säljarfeedback om order {OID}."),
    ("nl", f"U kunt voor {OID} verkopersfeedback achterlaten, wat uw ervaring ook was."),
]


@pytest.mark.parametrize(("tld", "body"), GATING)
def test_compound_feedback_gating_fires(tld: str, body: str) -> None:
    assert fires("review.conditional", body, tld)


@pytest.mark.parametrize(("tld", "body"), NEUTRAL)
def test_neutral_compound_feedback_is_not_gating(tld: str, body: str) -> None:
    assert not fires("review.conditional", body, tld)


def test_polish_rating_scale_is_no_change_request() -> None:
    # 'od 1 gwiazdki do 5' describes the scale; 'z jednej gwiazdki na pięć' asks for a change
    assert not fires("review.removal-request", f"Zamówienie {OID}: oceny są w skali od 1 gwiazdki do 5.", "pl")
    assert fires("review.removal-request",
                 f"Zamówienie {OID}: czy mógłby Pan zmienić swoją ocenę z 2 gwiazdek na 5?", "pl")
