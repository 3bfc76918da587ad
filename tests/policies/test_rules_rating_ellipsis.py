"""A top rating named alone next to a review request steers it (review.incentive), in every language;
the same number far from a request, or counting something else, is just a number. Also: French
"merci pour votre retour" is thanks for feedback, not a return (return.unnecessary); a time-limited offer
"for everyone who orders before Friday" is marketing, and its "everyone who" names no reviewer."""

from __future__ import annotations

import pytest

from policies import evaluate
from tests.policies.test_rules_messagetypes import OID, make_ctx


def fired(body: str) -> set[str]:
    return {f.rule for f in evaluate(make_ctx(body)).findings}


@pytest.mark.parametrize("body", [
    f"Hi,\n\nyour order {OID} is on its way. If you have a minute, a review on Amazon would help us. A five would mean the world!\n\nCheers,\nMaya",
    f"Hi,\n\nthanks for order {OID}. Could you rate the kettle on Amazon when you get a chance? Honestly, anything less than five stars really hurts a small shop like ours.\n\nMaya",
    f"Hi,\n\nplease leave a review of the kettle from order {OID} on Amazon. Nothing short of five, please!\n\nMaya",
    f"Hi,\n\nwe'd be grateful for a review of order {OID} on Amazon - 5/5 if you can!\n\nMaya",
    f"Hallo,\n\nzu Ihrer Bestellung {OID}: Eine Bewertung auf Amazon würde uns sehr helfen. Eine 5 wäre einfach großartig!\n\nViele Grüße",
    f"Bonjour,\n\nmerci pour la commande {OID}. Pourriez-vous laisser un avis sur Amazon ? Un 5 sur 5 nous ferait tellement plaisir.\n\nBien à vous",
    f"Hola,\n\ngracias por su pedido {OID}. Una reseña en Amazon significaría mucho para nosotros; cualquier cosa por debajo de cinco estrellas nos perjudica.\n\nSaludos",
    f"Ciao,\n\ngrazie per l'ordine {OID}. Una recensione su Amazon ci aiuterebbe molto: cinque su cinque sarebbe un sogno!\n\nA presto",
])
def test_a_bare_top_rating_next_to_a_request_steers_it(body: str) -> None:
    assert "review.incentive" in fired(body)


@pytest.mark.parametrize("body", [
    # a count, not a rating, next to the request
    f"Hi,\n\nplease leave an honest review of order {OID} on Amazon if you have time.\n\nThe set should hold five glasses; anything less than five in the box means one is missing.\n\nMaya",
    # a delivery estimate
    f"Hi,\n\nwe packed order {OID} today. A review on Amazon would help us. Delivery takes 3 to 5 days; anything less than 5 days is a bonus.\n\nMaya",
    # the seller's own test score
    f"Hi,\n\nplease leave a review for order {OID} on Amazon. We rate our packaging 5/5 for drop safety.\n\nMaya",
    # a top rating far from any request: no request at all
    f"Hi,\n\nyour order {OID} ships today. The kettle scored five out of five in our boil test.\n\nMaya",
    f"Hallo,\n\nIhre Bestellung {OID} ist verpackt. Fünf Teile wären im Karton, alles unter fünf melden Sie bitte.\n\nGruß",
])
def test_numbers_that_rate_nothing_stay_clean(body: str) -> None:
    assert "review.incentive" not in fired(body)


@pytest.mark.parametrize("body", [
    f"Bonjour,\n\nmerci pour votre retour concernant la commande {OID}. Ravi que la lampe vous plaise.\n\nCordialement",
    f"Bonjour,\n\nmerci beaucoup pour votre retour rapide ! Nous préparons donc la commande {OID} en blanc.\n\nCordialement",
    f"Bonjour,\n\nnous vous remercions pour votre retour sur la gravure ; la commande {OID} part demain.\n\nCordialement",
])
def test_thanks_for_feedback_is_not_a_return(body: str) -> None:
    assert "return.unnecessary" not in fired(body)


@pytest.mark.parametrize("body", [
    f"Hi,\n\nyour order {OID} has shipped. We'd appreciate an honest review on Amazon. 15% off for anyone who buys before Sunday!\n\nTom",
    f"Bonjour,\n\nvotre commande {OID} est partie. Frais de port offerts sur les commandes passées avant dimanche !\n\nCordialement",
    f"Hallo,\n\nIhre Bestellung {OID} ist verpackt. 10 % Rabatt auf Bestellungen bis Sonntag!\n\nGruß",
    f"Hola,\n\nsu pedido {OID} está en camino. ¡Envío gratuito en pedidos realizados hasta el domingo!\n\nSaludos",
    f"Ciao,\n\nil tuo ordine {OID} è in viaggio. 10% di sconto sugli ordini effettuati entro domenica!\n\nSaluti",
])
def test_a_time_limited_offer_on_orders_is_marketing_not_a_review_reward(body: str) -> None:
    rules = fired(body)
    assert "type.marketing" in rules
    assert "review.incentive" not in rules  # "anyone who buys" is a sale's audience, not the reviewers


def test_a_reward_for_everyone_who_does_is_still_tied_to_the_request() -> None:
    body = f"Hi,\n\norder {OID} has shipped. We'd love a review on Amazon. A free gift for everyone who does!\n\nTom"
    assert "review.incentive" in fired(body)


def test_free_delivery_of_a_replacement_is_no_offer() -> None:
    body = f"Hi,\n\nthe replacement for order {OID} ships with free delivery before Friday, so you have it for the weekend.\n\nTom"
    assert "type.marketing" not in fired(body)


@pytest.mark.parametrize("body", [
    f"Hi,\n\nthank you for your positive review, we really appreciate it! The spare lid for order {OID} ships today.\n\nTom",
    f"Hi,\n\nmany thanks for the glowing feedback! The spare lid for order {OID} ships today.\n\nTom",
    f"Hi,\n\nthe kettle from order {OID} got five stars from independent testers, so we're sorry yours leaks. A replacement ships today.\n\nTom",
])
def test_thanks_for_a_positive_review_and_a_test_score_steer_nothing(body: str) -> None:
    assert "review.incentive" not in fired(body)


def test_thanks_for_feedback_then_a_five_star_ask_still_steers() -> None:
    body = f"Hi,\n\nthanks for your feedback on order {OID}! Please leave us a five-star review on Amazon too.\n\nTom"
    assert "review.incentive" in fired(body)
