"""Round 45 (corpus_fortyfifth): the review rules, second round, in nine languages.

The wordings a native seller uses that the rules missed:
- "you can change your review at any time" said right after the fix ("now that the problem is solved",
  "nu när problemet är löst", "maintenant que tout est réglé", "skoro sprawa jest załatwiona"): pointing at
  the edit button then nudges an update (review.removal-request); without the fix it stays information;
- the stars the buyer gave as the object of the change ("reconsider the stars you gave", « revoir les
  étoiles attribuées », "zmienić liczbę gwiazdek");
- a request made as a question whether the buyer would tell other customers ("Mögen Sie anderen Kunden
  erzählen, wie ...?", "le andrebbe di raccontare agli altri clienti", "wilt u andere klanten vertellen");
- gating whose happy side is "to your liking" ("si todo está a su gusto", "se tutto è di suo gradimento",
  "se estiver tudo do seu agrado", "om allt är som du önskat", "po Pana myśli", "Is alles naar wens, dan")
  and whose other side is "before you give stars / score it" ("antes de puntuar", "bevor Sie Sterne
  vergeben", "voordat u sterren geeft");
- Italian "ci farebbero davvero piacere", Spanish "nos haría muchísima ilusión" as request cues;
- a benefit tied by a proof word ("send the screenshot") right after a question whether the buyer has
  left a review ("Deixou sua avaliação?") rewards that review.
Compliant near-misses with the same vocabulary stay clean.
"""

from __future__ import annotations

import pytest

from policies.rules.review import requested_orders
from tests.policies.plain_message import OID, fires, plain_ctx


def _asks_review(body: str, tld: str) -> bool:
    return requested_orders(plain_ctx(body, tld)) == {OID}


# ---- review.removal-request: "you can update it" after the fix ------------------------------------------


@pytest.mark.parametrize(
    ("tld", "body"),
    [
        (
            "co.uk",
            f"Order {OID}: the new charger went out today. Now that the fault is fixed, you are free to "
            "edit your rating whenever you like from Your Orders.",
        ),
        (
            "co.uk",
            f"Order {OID}: the replacement strap arrived and the matter is resolved. You can change your "
            "feedback at any time in your account.",
        ),
        (
            "de",
            f"Bestellung {OID}: Nachdem das Problem mit dem Deckel behoben ist, können Sie Ihre Bewertung "
            "jederzeit ändern.",
        ),
        (
            "fr",
            f"Commande {OID} : maintenant que le souci est réglé, vous pouvez modifier votre évaluation quand "
            "vous le souhaitez.",
        ),
        (
            "es",
            f"Pedido {OID}: ahora que la incidencia está solucionada, puede cambiar su valoración en cualquier "
            "momento.",
        ),
        (
            "it",
            f"Ordine {OID}: ora che il guasto è stato sistemato, può modificare la sua recensione quando vuole.",
        ),
        (
            "com.br",
            f"Pedido {OID}: agora que o defeito foi resolvido, você pode editar sua avaliação quando quiser.",
        ),
        ("nl", f"Bestelling {OID}: nu alles is opgelost, kunt u uw recensie altijd nog bewerken."),
        ("se", f"Order {OID}: nu när allt är ordnat kan du när som helst redigera ditt omdöme."),
        (
            "pl",
            f"Zamówienie {OID}: skoro usterka została naprawiona, może Pani w każdej chwili edytować swoją "
            "opinię.",
        ),
    ],
)
def test_can_change_review_after_the_fix_nudges(tld: str, body: str) -> None:
    assert fires("review.removal-request", body, tld)


@pytest.mark.parametrize(
    ("tld", "body"),
    [
        (
            "co.uk",
            f"Order {OID}: we'd appreciate an honest review once you've used the kettle. You can edit it "
            "or your rating at any time later from Your Orders.",
        ),
        (
            "de",
            f"Bestellung {OID}: Wir freuen uns über eine ehrliche Rezension. Sie können Ihre Bewertung "
            "jederzeit bearbeiten.",
        ),
        ("se", f"Order {OID}: vi uppskattar ett ärligt omdöme. Du kan ändra ditt omdöme när som helst."),
        ("es", f"Pedido {OID}: ahora que la incidencia está solucionada, le enviamos la factura corregida."),
    ],
)
def test_can_change_review_without_a_fix_is_information(tld: str, body: str) -> None:
    assert not fires("review.removal-request", body, tld)


# ---- review.removal-request: the stars as the object ----------------------------------------------------


@pytest.mark.parametrize(
    ("tld", "body"),
    [
        ("co.uk", f"Order {OID}: the hinge is replaced. Could you rethink the stars you gave the cabinet?"),
        (
            "fr",
            f"Commande {OID} : le pied est remplacé. Pourriez-vous réévaluer les étoiles laissées sur la page ?",
        ),
        ("pl", f"Zamówienie {OID}: wymieniliśmy pokrywkę. Czy mogłaby Pani podnieść liczbę gwiazdek?"),
    ],
)
def test_stars_given_asked_to_change(tld: str, body: str) -> None:
    assert fires("review.removal-request", body, tld)


@pytest.mark.parametrize(
    ("tld", "body"),
    [
        ("co.uk", f"Order {OID}: we will look again at the stars you gave us as a team and learn from them."),
        (
            "fr",
            f"Commande {OID} : les étoiles attribuées par nos clients nous aident à améliorer nos produits.",
        ),
        ("pl", f"Zamówienie {OID}: dziękujemy za opinię, liczba gwiazdek to dla nas ważna wskazówka."),
    ],
)
def test_stars_named_without_asking_a_change(tld: str, body: str) -> None:
    assert not fires("review.removal-request", body, tld)


# ---- a request as "would you tell other customers ...?" --------------------------------------------------


@pytest.mark.parametrize(
    ("tld", "body"),
    [
        ("de", f"Bestellung {OID}: Möchten Sie weiteren Interessenten verraten, wie sich der Grill schlägt?"),
        ("co.uk", f"Order {OID}: would you let fellow campers know how the tent held up?"),
        (
            "fr",
            f"Commande {OID} : voudriez-vous expliquer aux futurs acheteurs ce que vous pensez du matelas ?",
        ),
        ("es", f"Pedido {OID}: ¿le importaría contar a los demás compradores qué le parece la mochila?"),
        ("it", f"Ordine {OID}: vorrebbe raccontare ai futuri clienti come si trova con il tostapane?"),
        ("com.br", f"Pedido {OID}: você gostaria de contar aos outros clientes o que achou da mochila?"),
        ("nl", f"Bestelling {OID}: zou u toekomstige kopers willen vertellen hoe de tent bevalt?"),
        ("pl", f"Zamówienie {OID}: czy mógłby Pan opowiedzieć innym kupującym, jak sprawdza się namiot?"),
    ],
)
def test_tell_other_customers_question_is_a_request(tld: str, body: str) -> None:
    assert _asks_review(body, tld)


@pytest.mark.parametrize(
    ("tld", "body"),
    [
        ("de", f"Bestellung {OID}: Könnten Sie uns sagen, ob der Fehler auch bei anderen Kunden auftritt?"),
        ("co.uk", f"Order {OID}: could you tell us whether other customers in your block got their parcels?"),
        (
            "co.uk",
            f"Order {OID}: could you let other members of your household know the parcel comes on Tuesday?",
        ),
        ("co.uk", f"Order {OID}: would you let other users of the printer know the firmware needs updating?"),
        ("it", f"Ordine {OID}: potrebbe dirci se altri clienti del suo condominio hanno ricevuto il pacco?"),
    ],
)
def test_other_customers_in_a_support_question_ask_nothing(tld: str, body: str) -> None:
    assert not _asks_review(body, tld)


# ---- review.conditional: "to your liking" / "before you give stars" ------------------------------------


@pytest.mark.parametrize(
    ("tld", "body"),
    [
        (
            "de",
            f"Bestellung {OID}: Wenn alles zu Ihrer Zufriedenheit ist, schreiben Sie gern eine Rezension.",
        ),
        ("es", f"Pedido {OID}: si todo ha quedado a su gusto, escríbanos una reseña en Amazon."),
        ("it", f"Ordine {OID}: se è tutto di suo gradimento, lasci pure una recensione su Amazon."),
        ("com.br", f"Pedido {OID}: se tudo ficou do seu agrado, deixe uma avaliação na Amazon."),
        ("nl", f"Bestelling {OID}: Was alles naar tevredenheid, dan horen we dat graag in een review."),
        ("se", f"Order {OID}: om allt blev till din belåtenhet får du gärna skriva en recension på Amazon."),
        ("pl", f"Zamówienie {OID}: jeżeli wszystko było po Pani myśli, prosimy o opinię na Amazon."),
        (
            "de",
            f"Bestellung {OID}: Wir freuen uns über Ihre Rezension. Bei einem Problem melden Sie sich, bevor du "
            "Sterne vergibst.",
        ),
        (
            "es",
            f"Pedido {OID}: nos encantaría su reseña. Si algo falla, avísenos antes de calificar el producto.",
        ),
        (
            "nl",
            f"Bestelling {OID}: we lezen graag uw review. Is er iets mis, meld het dan voordat u een cijfer geeft.",
        ),
    ],
)
def test_gating_to_your_liking_or_before_scoring(tld: str, body: str) -> None:
    assert fires("review.conditional", body, tld)


@pytest.mark.parametrize(
    ("tld", "body"),
    [
        ("es", f"Pedido {OID}: si todo está en orden con la entrega, no tiene que hacer nada más."),
        ("it", f"Ordine {OID}: se è tutto di suo gradimento, non deve fare nulla; altrimenti ci scriva."),
        ("es", f"Pedido {OID}: nos encantaría leer su reseña sincera, sea cual sea su opinión."),
        ("se", f"Order {OID}: om allt är som du önskat behöver du inte göra något mer."),
    ],
)
def test_liking_without_a_review_is_no_gating(tld: str, body: str) -> None:
    assert not fires("review.conditional", body, tld)


# ---- request cues ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tld", "body"),
    [
        ("it", f"Ordine {OID}: due parole di recensione su Amazon ci farebbero proprio piacere."),
        ("es", f"Pedido {OID}: una reseña suya en Amazon nos haría mucha ilusión."),
    ],
)
def test_pleasure_cues_ask_for_a_review(tld: str, body: str) -> None:
    assert _asks_review(body, tld)


def test_pleasure_cue_without_a_review_asks_nothing() -> None:
    assert not _asks_review(f"Ordine {OID}: ci farebbe davvero piacere rivederla nel nostro negozio.", "it")


# ---- review.incentive: a benefit tied to the question whether the buyer reviewed -------------------------


@pytest.mark.parametrize(
    ("tld", "body"),
    [
        (
            "com.br",
            f"Pedido {OID}.\n\nJá escreveu sua avaliação na Amazon?\nManda o print aqui e ganha frete "
            "grátis na próxima compra.",
        ),
        (
            "co.uk",
            f"Order {OID}.\n\nHave you posted your review on Amazon yet?\nReply with a screenshot and a "
            "free gift comes with your next order.",
        ),
    ],
)
def test_benefit_after_did_you_review_question(tld: str, body: str) -> None:
    assert fires("review.incentive", body, tld)


@pytest.mark.parametrize(
    ("tld", "body"),
    [
        (
            "co.uk",
            f"Order {OID}.\n\nDid you mention the cracked lid in your review?\nSend us a photo and we'll "
            "post a free replacement lid.",
        ),
        (
            "com.br",
            f"Pedido {OID}.\n\nObrigado pela sua avaliação na Amazon?\nManda o print do defeito e enviamos "
            "uma peça nova grátis.",
        ),
    ],
)
def test_remedy_after_review_question_is_no_reward(tld: str, body: str) -> None:
    assert not fires("review.incentive", body, tld)
