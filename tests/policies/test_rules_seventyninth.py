"""Round seventy-nine: the review rules, fifth round (tests/corpus_seventyninth).

Made-up wordings, not the corpus's: each positive fails without the round's data or code, and each near-miss
uses the same vocabulary without the violation.
"""

from __future__ import annotations

import pytest

from tests.policies.plain_message import OID, fires


# review.conditional: a button or link label, the satisfied answer then an arrow or dash and the review
@pytest.mark.parametrize(("tld", "body"), [
    ("com", f"Order {OID}: how is the grinder?\n\nLoving it → rate it on Amazon\nSomething wrong → message us"),
    ("co.uk", f"Order {OID}.\n\nI'm happy with it - write a review\nI have a problem - contact the seller"),
    ("com", f"Order {OID}.\n\nDelighted? -> leave feedback on Amazon\nDisappointed? -> reply here"),
    ("de", f"Bestellung {OID}.\n\nSehr zufrieden → jetzt bewerten\nProblem → Nachricht an uns"),
    ("fr", f"Commande {OID}.\n\nJ'aime – donner mon avis\nUn souci – nous écrire"),
    ("es", f"Pedido {OID}.\n\nEstoy muy contento → dejar una opinión\nTengo un problema → escribir al vendedor"),
    ("it", f"Ordine {OID}.\n\nSono soddisfatta – scrivi una recensione\nHo un problema – contatta il venditore"),
    ("com.br", f"Pedido {OID}.\n\nAdorei → deixar uma avaliação\nTive um problema → falar com o vendedor"),
    ("nl", f"Bestelling {OID}.\n\nHeel tevreden → schrijf een review\nProbleem → stuur ons een bericht"),
    ("co.jp", f"ご注文番号 {OID}\n\n大満足 → レビューを投稿する\n不具合あり → 出品者に連絡する"),
])
def test_button_label_gating_fires(tld: str, body: str) -> None:
    assert fires("review.conditional", body, tld)


@pytest.mark.parametrize(("tld", "body"), [
    ("com", f"Order {OID}: we love it when a parcel arrives early. You can write a review on Amazon, good or bad."),
    ("com", f"Order {OID}. Review this product → opens the Amazon review form. Problem with the order → message us."),
    ("de", f"Bestellung {OID}. Bewertung schreiben → öffnet das Amazon-Formular, ganz gleich wie Ihr Urteil ausfällt."),
    ("fr", f"Commande {OID}. Donner votre avis → le formulaire Amazon s'ouvre, qu'il soit positif ou négatif."),
])
def test_neutral_button_labels_stay_clean(tld: str, body: str) -> None:
    assert not fires("review.conditional", body, tld)


# review.conditional: Italian «se ne è entusiasta»
def test_it_se_ne_e_entusiasta_fires() -> None:
    assert fires("review.conditional", f"Ordine {OID}: se ne sei entusiasta, lasciaci due righe su Amazon.", "it")


def test_it_entusiasta_without_condition_stays_clean() -> None:
    body = f"Ordine {OID}: siamo entusiasti del nuovo modello. Ci lasci una recensione su Amazon, positiva o negativa."
    assert not fires("review.conditional", body, "it")


# review.conditional: French « un avis nous aide énormément » after « Satisfait ? » is the review asked of the happy
def test_fr_satisfait_avis_nous_aide_fires() -> None:
    body = f"Commande {OID}.\n\nContente ? Une évaluation sur Amazon nous aide beaucoup."
    assert fires("review.conditional", body, "fr")


def test_fr_avis_nous_aide_for_everyone_stays_clean() -> None:
    body = f"Commande {OID}. Qu'il soit positif ou négatif, un avis sur Amazon nous aide beaucoup."
    assert not fires("review.conditional", body, "fr")


# review.conditional: 'tell us first' before another step than the review is support, not gating
@pytest.mark.parametrize(("tld", "body"), [
    ("com", f"Order {OID}. If the pump rattles, message us first before ordering a spare. A review on Amazon, good or bad, is welcome."),
    ("com", f"Order {OID}. Should the app not pair, contact us first rather than resetting the hub. We'd welcome an honest review."),
    ("it", f"Ordine {OID}. Se il motore fa rumore, ci contatti prima di smontarlo. Una recensione onesta su Amazon è benvenuta."),
    ("fr", f"Commande {OID}. Si le moteur grince, contactez-nous d'abord avant de le démonter. Un avis honnête sur Amazon est le bienvenu."),
    ("es", f"Pedido {OID}. Si el motor hace ruido, escríbanos primero antes de desmontarlo. Una reseña sincera en Amazon es bienvenida."),
    ("de", f"Bestellung {OID}. Wenn der Motor brummt, melden Sie sich zuerst bei uns, bevor Sie ihn zerlegen. Über eine ehrliche Bewertung freuen wir uns."),
])
def test_contact_first_before_another_step_stays_clean(tld: str, body: str) -> None:
    assert not fires("review.conditional", body, tld)


@pytest.mark.parametrize(("tld", "body"), [
    ("com", f"Order {OID}. If anything is off, message us first before you post a review."),
    ("com", f"Order {OID}. A review on Amazon helps us. If something is wrong, please contact us first."),
    ("de", f"Bestellung {OID}. Eine Bewertung hilft uns. Falls etwas nicht passt, melden Sie sich zuerst, bevor Sie etwas schreiben."),
    ("it", f"Ordine {OID}. Se qualcosa non va, ci scriva prima di lasciare una recensione."),
])
def test_contact_first_before_the_review_still_fires(tld: str, body: str) -> None:
    assert fires("review.conditional", body, tld)


# review.removal-request: the update asked as a hope that the rating reflects the service
@pytest.mark.parametrize(("tld", "body"), [
    ("com", f"The new lid for order {OID} is on its way. We trust you'll agree your review now reflects the care we took."),
    ("co.uk", f"Order {OID}: the refund is done. We'd love your rating to reflect the support you got from us."),
    ("de", f"Bestellung {OID}: Der Ersatz ist unterwegs. Wir hoffen, dass Ihre Rezension künftig auch unseren Kundenservice widerspiegelt."),
    ("fr", f"Commande {OID} : le remplacement est parti. Nous souhaitons que votre avis reflète aussi notre accompagnement."),
    ("es", f"Pedido {OID}: el repuesto va en camino. Nos gustaría que su reseña reflejara también nuestra atención."),
    ("it", f"Ordine {OID}: il ricambio è partito. Ci auguriamo che la sua recensione rifletta anche la nostra assistenza."),
])
def test_hope_rating_reflects_service_fires(tld: str, body: str) -> None:
    assert fires("review.removal-request", body, tld)


@pytest.mark.parametrize(("tld", "body"), [
    ("com", f"Order {OID}: we hope the new lid reflects the care we took. You're welcome to review it on Amazon, good or bad."),
    ("com", f"Order {OID}: we hope you'll find the replacement works well."),
    ("de", f"Bestellung {OID}: Wir hoffen, dass der Ersatz unseren Anspruch widerspiegelt."),
])
def test_hope_without_an_existing_review_stays_clean(tld: str, body: str) -> None:
    assert not fires("review.removal-request", body, tld)


# review.removal-request: explaining that a review can be edited (the buyer asked) is not a request, in Japanese too
def test_ja_edit_steps_explained_stay_clean() -> None:
    body = (f"ご注文番号 {OID} についてのご質問にお答えします。注文履歴からレビューを開くと、"
            "投稿済みのレビューを変更や削除することができます。ご判断はお客様にお任せします。")
    assert not fires("review.removal-request", body, "co.jp")


def test_ja_can_you_change_it_fires() -> None:
    body = f"ご注文番号 {OID} の交換品をお送りしました。先日の評価を変更できますでしょうか。"
    assert fires("review.removal-request", body, "co.jp")
