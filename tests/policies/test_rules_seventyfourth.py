"""Round seventy-four (tests/corpus_seventyfourth): de / it / es / fr / ja in the shared corpus's shape.

The corpus itself scored 60/60 once two labels were corrected; these classes came from probing other wordings of its
cases. Each class is tested with made-up sentences and same-vocabulary near-misses.
"""

from __future__ import annotations

import pytest

from tests.policies.plain_message import OID, fires

# --- return.unnecessary: "wouldn't you rather keep it?" talks the buyer out of the return and asks nothing -------


@pytest.mark.parametrize(
    ("tld", "body"),
    [
        ("de", f"Zu Ihrer Rücksendung der Bestellung {OID}: Wollen Sie die Lampe nicht doch lieber behalten? "
               "Sie wirkt am Abend ganz anders."),
        ("com", f"About the return for order {OID}: wouldn't you rather keep the kettle? It gets quieter after a few "
                "uses."),
        ("es", f"Sobre la devolución del pedido {OID}: ¿no preferiría quedarse con la lámpara? De noche luce mucho más."),
        ("it", f"Riguardo al reso dell'ordine {OID}: non preferirebbe tenere la lampada? Di sera rende molto di più."),
        ("fr", f"Concernant votre demande de retour pour la commande {OID} : ne préféreriez-vous pas garder la lampe ? "
               "Elle rend bien mieux le soir."),
        ("com.br", f"Sobre a devolução do pedido {OID}: não prefere ficar com a luminária? À noite ela fica linda."),
        ("nl", f"Over uw retourverzoek voor bestelling {OID}: wilt u de lamp niet liever houden? 's Avonds is hij "
               "veel mooier."),
        # Italian "sul reso" names the return too
        ("it", f"Sul reso dell'ordine {OID}: gli dia ancora qualche giorno, con l'uso diventa più silenzioso."),
    ],
)
def test_keep_it_question_is_no_information_request(tld: str, body: str) -> None:
    assert fires("return.unnecessary", body, tld)


@pytest.mark.parametrize(
    ("tld", "body"),
    [
        # the same words, but a partial-refund offer, a real question or a condition before a real question
        ("de", f"Zu Ihrer Rücksendung der Bestellung {OID}: Wollen Sie die Lampe nicht lieber behalten? Dann erstatten "
               "wir Ihnen 20 % des Kaufpreises."),
        ("es", f"Sobre la devolución del pedido {OID}: si no quiere quedarse con la funda, ¿nos indica si la caja está "
               "completa?"),
        ("it", f"Sul reso dell'ordine {OID}: se non preferisce tenerlo, ci indica se la scatola è integra?"),
        ("it", f"Sul reso dell'ordine {OID}: ci può indicare il numero di serie riportato sotto la base?"),
        ("com", f"About the return for order {OID}: would you rather keep it for a partial refund of 20%? "
                "Let us know."),
    ],
)
def test_keep_it_near_misses_stay_quiet(tld: str, body: str) -> None:
    assert not fires("return.unnecessary", body, tld)


# --- review.incentive: "Gutscheine gibt es dafür nicht" denies the benefit ('dafür' = for it, not 'instead') -------


@pytest.mark.parametrize(
    "body",
    [
        f"Bestellung {OID}: Eine Rezension ist freiwillig; Geschenke oder Prämien gibt es dafür nicht.",
        f"Bestellung {OID}: Über eine ehrliche Bewertung freuen wir uns; einen Rabatt bekommen Sie dafür nicht.",
        f"Bestellung {OID}: Eine Bewertung wäre schön, Gutscheine gibt es dafür natürlich keine.",
    ],
)
def test_de_benefit_denied_after_the_verb_is_no_incentive(body: str) -> None:
    assert not fires("review.incentive", body, "de")


@pytest.mark.parametrize(
    "body",
    [
        # 'dafür' as 'instead' still cuts the negation, and 'dafür' before a benefit that is given still ties it
        f"Bestellung {OID}: Für eine Bewertung gibt es keinen Rabatt, dafür aber einen Gutschein über 5 Euro.",
        f"Bestellung {OID}: Schreiben Sie uns eine Rezension, dafür gibt es einen Gutschein über 5 Euro.",
        f"Bestellung {OID}: Für Ihre Bewertung bekommen Sie dafür einen Gutschein über 5 Euro.",
    ],
)
def test_de_benefit_given_still_fires(body: str) -> None:
    assert fires("review.incentive", body, "de")
