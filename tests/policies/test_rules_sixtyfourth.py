"""Round sixty-four (tests/corpus_sixtyfourth): the review rules, third round, in eleven languages.

Each fix is a wording class, tested with made-up sentences (not the corpus's) and same-vocabulary near-misses.
"""

from __future__ import annotations

import pytest

from tests.policies.plain_message import OID, fires

# --- review.incentive: a lower star count asked up to a bare five steers towards the top rating ---------------


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Order {OID}: the new hinge is in the post. Might you move your two stars up to five?", "com"),
        (f"Bestellung {OID}: Der neue Akku ist unterwegs. Mögen Sie Ihre zwei Sterne dann auf fünf setzen?", "de"),
        (f"Commande {OID} : la pièce est partie. Pourriez-vous faire passer vos deux étoiles à cinq ?", "fr"),
        (f"Pedido {OID}: ya le enviamos la tapa. ¿Le importaría subir sus dos estrellas a cinco?", "es"),
        (f"Ordine {OID}: il pezzo è partito. Le andrebbe di cambiare le sue due stelle in cinque?", "it"),
        (f"Bestelling {OID}: het onderdeel is verstuurd. Wilt u uw twee sterren naar vijf zetten?", "nl"),
        (f"Zamówienie {OID}: część jest w drodze. Czy może Pani poprawić dwie gwiazdki na pięć?", "pl"),
        (f"Order {OID}: delen är skickad. Vill du ändra dina två stjärnor till fem?", "se"),
        (f"Sipariş {OID}: parça yolda. 2 yıldızınızı 5'e yükseltir misiniz?", "com.tr"),
        (f"Pedido {OID}: a peça já foi enviada. Pode mudar suas duas estrelas pra cinco?", "com.br"),
    ],
)
def test_lower_stars_asked_up_to_a_bare_five_steer(body: str, tld: str) -> None:
    assert fires("review.incentive", body, tld)
    assert fires("review.removal-request", body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Order {OID}: we read your two stars; the replacement will reach you in 5 days.", "com"),
        (f"Bestellung {OID}: Ihre zwei Sterne haben wir gelesen, der Ersatz kommt in 5 Tagen.", "de"),
        (f"Commande {OID} : nous avons lu vos deux étoiles, la pièce arrive en 5 jours.", "fr"),
        (f"Pedido {OID}: hemos leído sus dos estrellas; la pieza llega en 5 días.", "es"),
        (f"Sipariş {OID}: ürün puanları 1'den 5'e kadar verilir.", "com.tr"),
    ],
)
def test_star_count_next_to_other_numbers_does_not_steer(body: str, tld: str) -> None:
    assert not fires("review.incentive", body, tld)


# --- review.removal-request: German "anheben", Turkish bare "5'e" with its verb ---------------------------------


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Bestellung {OID}: Könnten Sie Ihre zwei Sterne jetzt vielleicht auf fünf anheben?", "de"),
        (f"Bestellung {OID}: Könnten Sie die 2 Sterne nun auf 5 heraufsetzen?", "de"),
        (f"Sipariş {OID}: Sorun giderildi; 2 yıldızı 5'e çevirebilir misiniz?", "com.tr"),
    ],
)
def test_star_upgrade_verbs_are_change_requests(body: str, tld: str) -> None:
    assert fires("review.removal-request", body, tld)


def test_de_anheben_of_something_else_is_no_change_request() -> None:
    body = f"Bestellung {OID}: Wir heben den Preis nicht an; Ihre Bewertung bleibt, wie Sie sie geschrieben haben."
    assert not fires("review.removal-request", body, "de")


# --- review.removal-request: the phrasal "update" split around the review ---------------------------------------


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Commande {OID} : maintenant que tout marche, pourriez-vous mettre votre commentaire à jour ?", "fr"),
        (f"Commande {OID} : si possible, mettez votre note à jour après l'échange.", "fr"),
        (f"Pedido {OID}: ahora que funciona, ¿podría poner su valoración al día?", "es"),
        (f"Pedido {OID}: ¿le importaría poner al día su opinión sobre la lámpara?", "es"),
    ],
)
def test_split_update_of_an_existing_review_fires(body: str, tld: str) -> None:
    assert fires("review.removal-request", body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Commande {OID} : nous allons mettre la notice à jour ; votre avis vous appartient.", "fr"),
        (f"Commande {OID} : pensez à mettre le logiciel à jour avant la première utilisation.", "fr"),
        (f"Pedido {OID}: vamos a poner al día el manual de la lámpara.", "es"),
    ],
)
def test_updating_something_else_is_no_change_request(body: str, tld: str) -> None:
    assert not fires("review.removal-request", body, tld)


# --- review.incentive: a longer warranty for a review, other verbs and determiners ------------------------------


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Order {OID}: review the grill on Amazon and we'll lengthen that warranty by a year.", "com"),
        (f"Order {OID}: once your review is up, your guarantee goes up to 36 months.", "com"),
        (f"Commande {OID} : laissez un avis et on rallonge votre garantie d'un an.", "fr"),
        (f"Pedido {OID}: con su reseña, la garantía pasa a cinco años.", "es"),
        (f"Ordine {OID}: con la sua recensione la garanzia passa a quattro anni.", "it"),
        (f"Zamówienie {OID}: za opinię wydłużamy gwarancję do 3 lat.", "pl"),
        (f"Order {OID}: lämna ett omdöme så förlänger vi din garanti till tre år.", "se"),
        (f"Sipariş {OID}: yorum yapanların garantisini iki yıl daha uzatıyoruz.", "com.tr"),
        (f"Pedido {OID}: deixe sua avaliação e prorrogamos sua garantia por mais 12 meses.", "com.br"),
    ],
)
def test_warranty_extended_for_a_review_fires(body: str, tld: str) -> None:
    assert fires("review.incentive", body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Order {OID}: we'd value an honest review. The warranty lasts 24 months from delivery.", "com"),
        (f"Commande {OID} : un avis honnête nous aide. La garantie légale est de deux ans.", "fr"),
        (f"Order {OID}: ett ärligt omdöme hjälper oss. Garantin gäller i två år.", "se"),
    ],
)
def test_warranty_named_without_an_extension_is_no_benefit(body: str, tld: str) -> None:
    assert not fires("review.incentive", body, tld)


# --- review.incentive: a sentence that unties its benefit from reviews ------------------------------------------


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Order {OID}: we refunded the cracked lid. That refund has no bearing on any review.", "com"),
        (f"Order {OID}: your refund for the dented pan is done and is independent of any review.", "com"),
        (f"Bestellung {OID}: Die Erstattung hat selbstverständlich nichts mit Ihrer Bewertung zu tun.", "de"),
        (f"Commande {OID} : ce remboursement n'a aucun rapport avec votre avis.", "fr"),
        (f"Pedido {OID}: el reembolso no tiene ninguna relación con su reseña.", "es"),
        (f"Ordine {OID}: il rimborso non ha niente a che vedere con la sua recensione.", "it"),
        (f"Bestelling {OID}: de terugbetaling staat helemaal los van uw review.", "nl"),
        (f"Zamówienie {OID}: zwrot pieniędzy nie ma żadnego związku z Pani opinią.", "pl"),
        (f"Order {OID}: återbetalningen har ingenting att göra med ditt omdöme.", "se"),
        (f"Sipariş {OID}: para iadesinin yorumunuzla hiçbir ilgisi yok.", "com.tr"),
        (f"Pedido {OID}: o reembolso não tem nada a ver com a sua avaliação.", "com.br"),
        (f"注文番号 {OID}：返金はレビューの有無に関係なく行っております。", "co.jp"),
    ],
)
def test_benefit_untied_from_reviews_is_no_incentive(body: str, tld: str) -> None:
    assert not fires("review.incentive", body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Order {OID}: the refund is connected to your review: post it and we refund $8.", "com"),
        (f"Bestellung {OID}: Nach Ihrer Bewertung erstatten wir Ihnen 8 Euro.", "de"),
        (f"Pedido {OID}: o reembolso de R$ 20 sai assim que sua avaliação for publicada.", "com.br"),
    ],
)
def test_benefit_tied_to_a_review_still_fires(body: str, tld: str) -> None:
    assert fires("review.incentive", body, tld)
