"""Round seventy-six: review rules in 2026 review-tool wordings (tests/corpus_seventysixth).

Made-up wordings, not the corpus's: each positive fails without the round's data, and each near-miss uses the
same vocabulary without the violation.
"""

from __future__ import annotations

import pytest

from tests.policies.plain_message import OID, fires


# review.incentive: a prize draw written as a verb
@pytest.mark.parametrize(("tld", "body"), [
    ("de", f"Danke für Bestellung {OID}. Wer bis Sonntag eine Rezension auf Amazon hinterlässt, unter dem verlosen wir einen Korb mit Gewürzen."),
    ("nl", f"Bedankt voor bestelling {OID}. Onder iedereen die een review op Amazon plaatst, verloten we een picknickmand."),
    ("es", f"Gracias por el pedido {OID}. Entre quienes dejen una reseña en Amazon sortearemos dos cestas de productos."),
    ("it", f"Grazie per l'ordine {OID}. Tra chi lascia una recensione su Amazon sorteggeremo due cesti di prodotti."),
])
def test_draw_as_a_verb_tied_to_a_review_fires(tld: str, body: str) -> None:
    assert fires("review.incentive", body, tld)


@pytest.mark.parametrize(("tld", "body"), [
    ("de", f"Danke für Bestellung {OID}. Wir freuen uns über eine ehrliche Rezension auf Amazon. Wir verlosen nichts und bieten nichts dafür an."),
    ("de", f"Zu Bestellung {OID}: Die Farben werden in der Fabrik ausgelost, daher kann der Deckel abweichen."),
])
def test_draw_verb_without_a_tie_stays_clean(tld: str, body: str) -> None:
    assert not fires("review.incentive", body, tld)


# review.incentive: a small thank-you in Italian
def test_it_come_piccolo_ringraziamento_fires() -> None:
    body = (f"Ordine {OID}: se scriverà una recensione su Amazon, come piccolo ringraziamento le manderemo "
            "il nostro ricettario digitale.")
    assert fires("review.incentive", body, "it")


def test_it_grazie_without_review_stays_clean() -> None:
    body = f"Ordine {OID}: come piccolo ringraziamento per la pazienza abbiamo aggiunto un panno in microfibra alla spedizione."
    assert not fires("review.incentive", body, "it")


# review.incentive: lower prices promised for reviews
@pytest.mark.parametrize(("tld", "body"), [
    ("com", f"Order {OID}: would you review the lamp? Every review helps us keep prices low for shoppers like you."),
    ("fr", f"Commande {OID} : pourriez-vous laisser un avis ? Chaque avis nous permet de proposer des prix plus bas."),
    ("com.br", f"Pedido {OID}: deixe sua avaliação na Amazon, cada avaliação nos ajuda a oferecer preços mais baixos."),
])
def test_lower_prices_for_reviews_fires(tld: str, body: str) -> None:
    assert fires("review.incentive", body, tld)


def test_lower_prices_without_review_stays_clean() -> None:
    body = f"Order {OID}: we switched suppliers, which lets us offer lower prices on replacement filters from July."
    assert not fires("review.incentive", body, "com")


# review.removal-request: the fix carried into the existing review
@pytest.mark.parametrize(("tld", "body"), [
    ("com", f"Order {OID}: the new hinge is on its way. We'd really like for your review to reflect the replacement."),
    ("fr", f"Commande {OID} : la pièce est remplacée. Nous aimerions que votre évaluation prenne en compte la réparation."),
    ("es", f"Pedido {OID}: ya está reparado. Nos gustaría que su valoración tuviera en cuenta la reparación."),
    ("de", f"Bestellung {OID}: Der Austausch ist erledigt. Schön wäre, wenn Ihre Rezension die Reparatur berücksichtigt."),
])
def test_review_should_reflect_the_fix_fires(tld: str, body: str) -> None:
    assert fires("review.removal-request", body, tld)


@pytest.mark.parametrize(("tld", "body"), [
    ("com", f"Order {OID}: whenever you write it, we'd like your review to reflect your honest experience."),
    ("fr", f"Commande {OID} : nous prendrons en compte votre avis pour la prochaine série."),
])
def test_honest_review_wish_stays_clean(tld: str, body: str) -> None:
    assert not fires("review.removal-request", body, tld)


# review.conditional: a 'Love it!' button label
def test_love_it_label_before_review_fires() -> None:
    body = f"Order {OID}: how is the rug working out?\n\nLoving it! Leave a review on Amazon\n\nSomething off? Reply here"
    assert fires("review.conditional", body, "com")


def test_we_love_it_stays_clean() -> None:
    body = f"Order {OID}: our own team uses this rug at home and we love it! Leave a review on Amazon if you like, good or bad."
    assert not fires("review.conditional", body, "com")


# review requests in other words (so that a second one is a repeat)
@pytest.mark.parametrize(("tld", "body"), [
    ("com", f"Order {OID}: if you have a quick minute, some lines on its Amazon page would be a great help to other campers."),
    ("de", f"Bestellung {OID}: Über ein paar kurze Zeilen auf der Amazon-Artikelseite würden wir uns freuen."),
])
def test_review_paraphrase_is_a_request(tld: str, body: str) -> None:
    from policies.rules.review import request_units
    from tests.policies.plain_message import plain_ctx

    assert request_units(plain_ctx(body, tld))


def test_written_lines_are_no_request() -> None:
    from policies.rules.review import request_units
    from tests.policies.plain_message import plain_ctx

    body = f"Bestellung {OID}: Wir haben ein paar Zeilen zur Pflege auf der Amazon-Produktseite ergänzt."
    assert not request_units(plain_ctx(body, "de"))
