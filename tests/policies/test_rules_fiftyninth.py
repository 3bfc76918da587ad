"""Round fifty-nine (tests/corpus_fiftyninth): German, Austrian and Swiss sellers writing to amazon.de buyers.

Each fix is a wording class, tested with made-up sentences (not the corpus's) and same-vocabulary near-misses.
"""

from __future__ import annotations

import pytest

from tests.policies.plain_message import OID, fires

# --- review.removal-request: a compound noun names the review ('Verkäuferfeedback', 'Produktbewertung') -----


@pytest.mark.parametrize(
    "body",
    [
        f"Guten Tag, zu Bestellung {OID}: Wir haben Ihnen Ersatz geschickt. Könnten Sie Ihr Verkäuferfeedback "
        "bitte zurückziehen?",
        f"Hallo, zu Bestellung {OID}: Wäre es möglich, dass du deine Produktbewertung noch einmal änderst?",
        f"Guten Tag, zu Bestellung {OID}: Würden Sie die negative Kundenbewertung vielleicht löschen?",
        f"Guten Tag, zu Bestellung {OID}: Bitte passen Sie Ihre Amazonbewertung an, das Problem ist behoben.",
    ],
)
def test_de_compound_review_noun_change_request_fires(body: str) -> None:
    assert fires("review.removal-request", body, "de")


@pytest.mark.parametrize(
    "body",
    [
        f"Guten Tag, zu Bestellung {OID}: Ihr Verkäuferfeedback haben wir gelesen und an das Lager weitergegeben.",
        f"Guten Tag, zu Bestellung {OID}: Wir freuen uns über eine ehrliche Produktbewertung, wenn Sie Zeit haben.",
    ],
)
def test_de_compound_review_noun_without_change_request_stays_clean(body: str) -> None:
    assert not fires("review.removal-request", body, "de")


# --- type.marketing: a matching product recommended, a promotional price ------------------------------------


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Zu Bestellung {OID}: Passend zu Ihrem Grill empfehlen wir unsere Abdeckhaube aus Polyester.", "de"),
        (f"Zu Bestellung {OID}: Wir empfehlen dir unsere passende Tasche aus Filz.", "de"),
        (f"Zu Bestellung {OID}: Die Ersatzklingen bekommen Sie gerade zum Aktionspreis.", "de"),
        (f"Zu Bestellung {OID}: Unser Pflegeöl gibt es jetzt zum Kennenlernpreis.", "de"),
        (f"Order {OID}: To go with it, we recommend our replacement filters in a three-pack.", "co.uk"),
        (f"Order {OID}: The matching cover is now at a reduced price.", "co.uk"),
    ],
)
def test_matching_product_recommendation_or_promo_price_fires(body: str, tld: str) -> None:
    assert fires("type.marketing", body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Zu Bestellung {OID}: Wir empfehlen, den Filter passend zur Wasserhärte alle vier Wochen zu wechseln.", "de"),
        (f"Zu Bestellung {OID}: Die Schrauben passend zu Ihrem Regal liegen im Beutel B.", "de"),
        (f"Zu Bestellung {OID}: Für Gipskarton empfehlen wir Ihnen die passenden Hohlraumdübel.", "de"),
        (f"Zu Bestellung {OID}: Sie haben den Artikel zum Aktionspreis gekauft; die Garantie gilt trotzdem voll.",
         "de"),
        (f"Order {OID}: To match your wall, we recommend the longer screws that come in the box.", "co.uk"),
    ],
)
def test_matching_words_without_promotion_stay_clean(body: str, tld: str) -> None:
    assert not fires("type.marketing", body, tld)


# --- type.order-confirmation: a failed delivery ("unzustellbar", "niemand angetroffen") is a delivery problem --


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Guten Tag, zu Bestellung {OID}: Laut Sendungsverfolgung war Ihr Paket gestern unzustellbar. GLS "
         "versucht es am Montag erneut.", "de"),
        (f"Hallo, zu Bestellung {OID}: Dein Paket wurde verschickt, aber der Fahrer hat gestern niemanden "
         "angetroffen. Die Sendungsnummer lautet 00340434161094042557.", "de"),
        (f"Hello, order {OID}: according to the tracking number, the parcel could not be delivered on Friday. "
         "The courier will try again on Monday.", "co.uk"),
        (f"Bonjour, commande {OID} : d'après le numéro de suivi, le colis n'a pas pu être livré vendredi. Le "
         "transporteur repasse lundi.", "fr"),
    ],
)
def test_failed_delivery_is_no_dispatch_confirmation(body: str, tld: str) -> None:
    assert not fires("type.order-confirmation", body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Guten Tag, Ihre Bestellung {OID} wurde heute versandt. Sendungsnummer: 00340434161094042557.", "de"),
        (f"Hello, your order {OID} was dispatched today. Tracking number: JD014600003828491.", "co.uk"),
    ],
)
def test_plain_dispatch_notice_still_fires(body: str, tld: str) -> None:
    assert fires("type.order-confirmation", body, tld)


# --- type.thank-you-only: informal (du / ihr) offers of help are filler too ---------------------------------


@pytest.mark.parametrize(
    "body",
    [
        f"Hallo, danke für deine Bestellung {OID}! Wenn du noch Fragen hast, melde dich jederzeit.",
        f"Hallo, danke für eure Bestellung {OID}! Falls ihr irgendwelche Fragen habt, schreibt uns einfach.",
        f"Servus, danke für deinen Einkauf ({OID})! Zögere nicht, dich bei Problemen zu melden.",
    ],
)
def test_de_informal_thanks_and_help_offer_fires(body: str) -> None:
    assert fires("type.thank-you-only", body, "de")


@pytest.mark.parametrize(
    "body",
    [
        f"Hallo, danke für deine Bestellung {OID}! Die Gravur braucht drei Tage. Wenn du Fragen hast, melde dich.",
        f"Hallo, zu deiner Bestellung {OID}: Welche Größe brauchst du? Wenn du Fragen hast, melde dich.",
    ],
)
def test_de_informal_help_offer_beside_content_stays_clean(body: str) -> None:
    assert not fires("type.thank-you-only", body, "de")


# --- return.unnecessary: a partial refund in du form, or as a share of the price --------------------------


@pytest.mark.parametrize(
    "body",
    [
        f"Hallo, du hast die Lampe aus Bestellung {OID} zur Rücksendung angemeldet. Wir erstatten dir 10 % "
        "zurück, wenn du sie behältst.",
        f"Guten Tag, zu Ihrer Retoure der Bestellung {OID}: Wir könnten Ihnen 25 % des Kaufpreises erstatten.",
        f"Guten Tag, zu Ihrer Rücksendung der Bestellung {OID}: 15 % vom Warenwert würden wir Ihnen gutschreiben.",
    ],
)
def test_de_partial_refund_offer_is_a_permitted_return_message(body: str) -> None:
    assert not fires("return.unnecessary", body, "de")


@pytest.mark.parametrize(
    "body",
    [
        f"Guten Tag, Ihre Retoure zur Bestellung {OID} ist eingetroffen, der volle Kaufpreis wird erstattet.",
        f"Hallo, deine Rücksendung zu Bestellung {OID} ist da. Du behältst natürlich dein Recht auf Widerruf.",
    ],
)
def test_de_return_notice_without_offer_still_fires(body: str) -> None:
    assert fires("return.unnecessary", body, "de")


@pytest.mark.parametrize(
    "body",
    [
        f"Hallo, zu deiner Rücksendung (Bestellung {OID}): Gib uns einfach kurz Bescheid, welche Farbe fehlt.",
        f"Guten Tag, zu Ihrer Retoure (Bestellung {OID}): Geben Sie uns bitte kurz Bescheid, ob der Karton "
        "noch da ist.",
    ],
)
def test_de_let_us_know_with_adverbs_asks_information(body: str) -> None:
    assert not fires("return.unnecessary", body, "de")
