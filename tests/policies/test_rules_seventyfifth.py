"""Round seventy-five (tests/corpus_seventyfifth): review.removal-request wording classes.

Each fix is a wording class, tested with made-up sentences (not the corpus's) and same-vocabulary near-misses.
"""

from __future__ import annotations

import pytest

from tests.policies.plain_message import OID, fires

# --- saying the buyer need NOT change a review asks nothing (review.not_asking in de, fr, nl, ja, pl, tr; en) ----------------


@pytest.mark.parametrize(
    ("tld", "body"),
    [
        ("de", f"Bestellung {OID}: Das Ersatzteil ist unterwegs. Ihre Rezension brauchen Sie dafür nicht zu ändern."),
        ("de", f"Bestellung {OID}: Sie müssen Ihre Bewertung selbstverständlich nicht anpassen, sie gehört Ihnen."),
        ("de", f"Bestellung {OID}: Wir werden Sie nicht bitten, Ihr Feedback zu löschen."),
        ("fr", f"Commande {OID} : la lampe de remplacement est partie. Vous n'êtes pas obligée de modifier votre avis."),
        ("fr", f"Commande {OID} : il n'est pas nécessaire de mettre à jour votre évaluation."),
        ("nl", f"Bestelling {OID}: de vervangende lamp is verzonden. Je hoeft je beoordeling niet te wijzigen."),
        ("nl", f"Bestelling {OID}: wij vragen u niet om uw review te verwijderen."),
        ("co.jp", f"注文番号 {OID}：代替品を発送いたしました。評価を修正していただく必要はありません。"),
        ("pl", f"Zamówienie {OID}: nowy kabel jest w drodze. Nie musi Pani zmieniać swojej opinii o kablu."),
        ("com.tr", f"Sipariş {OID}: yeni kablo kargoda. Değerlendirmenizi silmenize hiç gerek yok."),
        ("co.uk", f"Order {OID}: the new cable is on its way. You are under no obligation to change your review."),
    ],
)
def test_need_not_change_review_is_no_request(tld: str, body: str) -> None:
    assert not fires("review.removal-request", body, tld)


@pytest.mark.parametrize(
    ("tld", "body"),
    [
        # the same vocabulary, but a real request
        ("de", f"Bestellung {OID}: Sie müssen nicht lange überlegen: Ändern Sie bitte Ihre Rezension."),
        ("de", f"Bestellung {OID}: Das Ersatzteil ist unterwegs. Könnten Sie Ihre Bewertung nun anpassen?"),
        ("fr", f"Commande {OID} : pas besoin d'attendre, merci de modifier votre avis dès aujourd'hui."),
        ("nl", f"Bestelling {OID}: u hoeft niet lang na te denken, past u uw review alstublieft aan?"),
        ("co.jp", f"注文番号 {OID}：代替品を発送いたしました。評価を修正していただけますでしょうか。"),
    ],
)
def test_change_request_next_to_need_wording_still_fires(tld: str, body: str) -> None:
    assert fires("review.removal-request", body, tld)


# --- a review named by a pronoun, with removal verbs that were missing (it, es, fr) -------------------------------


@pytest.mark.parametrize(
    ("tld", "body"),
    [
        ("it", f"Ordine {OID}. Abbiamo notato la sua recensione da due stelle. Sarebbe così gentile da toglierla?"),
        ("it", f"Ordine {OID}. Abbiamo notato la sua recensione da due stelle. La preghiamo: la rimuova."),
        ("es", f"Pedido {OID}. Vimos su opinión de dos estrellas. ¿Sería tan amable de quitarla?"),
        ("fr", f"Commande {OID}. Nous avons vu votre évaluation à deux étoiles. Accepteriez-vous de l'effacer ?"),
        ("fr", f"Commande {OID}. Nous avons vu votre avis à deux étoiles. Pourriez-vous l’enlever ?"),
    ],
)
def test_pronoun_removal_verbs_fire(tld: str, body: str) -> None:
    assert fires("review.removal-request", body, tld)


@pytest.mark.parametrize(
    ("tld", "body"),
    [
        # the same verbs about the parcel or packaging, no review named
        ("it", f"Ordine {OID}. La pellicola protettiva è sul display: può toglierla prima dell'uso."),
        ("es", f"Pedido {OID}. La tapa trae un precinto de seguridad; puede quitarla antes del primer uso."),
        ("fr", f"Commande {OID}. Une étiquette est collée sous le vase : vous pouvez l'enlever à l'eau tiède."),
    ],
)
def test_same_verbs_about_the_item_stay_quiet(tld: str, body: str) -> None:
    assert not fires("review.removal-request", body, tld)
