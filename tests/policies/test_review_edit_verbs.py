"""review.removal-request: the verbs of Amazon's own edit button ('bearbeiten', 'éditer', 'tweak') ask for
an update as 'ändern' / 'modifier' / 'change' do; the seller's own processing of feedback does not."""

from __future__ import annotations

import pytest

from tests.policies.plain_message import OID, fires

ASKS = [
    ("de", f"Zu Bestellung {OID}: der Ersatz ist da. Vielleicht mögen Sie Ihre Rezension jetzt bearbeiten?"),
    ("de", f"Zu Bestellung {OID}: alles geklärt! Kannst du deine Ein-Stern-Bewertung noch editieren?"),
    ("de", f"Zu Bestellung {OID}: Wäre es denkbar, die bestehende Kundenbewertung zu bearbeiten?"),
    ("fr", f"Commande {OID} : tout est rentré dans l'ordre. Voudriez-vous éditer votre avis ?"),
    ("com", f"Order {OID}: the new hinge is on its way. Could you tweak your rating once it arrives?"),
    ("com", f"Order {OID}: all fixed now. Would you consider tweaking the review you left?"),
]

NEAR = [
    ("de", f"Zu Bestellung {OID}: Ihr Feedback bearbeiten wir noch heute, danke für den Hinweis."),
    ("de", f"Zu Bestellung {OID}: Wir bearbeiten Ihre Bewertung nicht, das kann nur Amazon."),
    ("de", f"Zu Bestellung {OID}: Ihre Reklamation bearbeiten wir bevorzugt."),
    ("fr", f"Commande {OID} : nous avons édité une nouvelle facture à votre nom."),
    ("com", f"Order {OID}: we tweaked the hinge design after your message, thank you."),
]


@pytest.mark.parametrize(("tld", "body"), ASKS)
def test_edit_verbs_ask_for_an_update(tld: str, body: str) -> None:
    assert fires("review.removal-request", body, tld)


@pytest.mark.parametrize(("tld", "body"), NEAR)
def test_the_sellers_own_editing_is_no_request(tld: str, body: str) -> None:
    assert not fires("review.removal-request", body, tld)
