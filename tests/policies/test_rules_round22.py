"""Classes a twenty-second independent corpus (several rules broken at once, exact finding sets) found.

- type.thank-you-only: an emoji between two sentences ("Danke für Ihre Bestellung! 💛 Bei Fragen ...") is
  decoration at a sentence's edge, not content; "vielen herzlichen Dank" (two intensifiers); affectionate
  sign-offs ("With love,", "Alles Liebe", "Avec affection", "Con cariño", "Con affetto", "Liefs") are closing
  formulas, so the message's sentences before them are what is judged; "every order means the world to us"
  (and its German, French, Spanish, Italian forms) is warmth;
- type.order-confirmation (it): "confermiamo di aver ricevuto l'ordine" (the elided article).

Made-up wordings (not the corpus's sentences), with near-miss negatives that must stay clean.
"""

from __future__ import annotations

import pytest

from tests.policies.test_rules_messagetypes import OID, hits, make_ctx

THANKS = "type.thank-you-only"
CONF = "type.order-confirmation"


def _fires(rule_id: str, body: str, **kw: object) -> bool:
    return bool(hits(rule_id, make_ctx(body, **kw)))  # type: ignore[arg-type]


# --- thank-you-only ----------------------------------------------------------------------------------

THANKS_ONLY = [
    f"Hi,\n\nThanks a lot for your order {OID}! 🌸 If you have any questions, just let us know.\n\nBest,\nPetal Shop",
    f"Hello,\n\nThank you for ordering from us (order {OID}).\nEach order means so much to our tiny workshop.\n\n"
    "With love,\nHazel",
    f"Hello,\n\nThank you for your order {OID}.\nEvery single order is a joy for us.\n\nLots of love from the "
    "bakery,\nMia",
    f"Hallo,\n\nganz herzlichen Dank für Ihren Einkauf ({OID})! ✨ Wir sind jederzeit für Sie da.\n\nAlles Liebe\n"
    "Ihre Wollstube",
    f"Hallo,\n\nDanke für Ihre Bestellung {OID}. Jede Bestellung bedeutet uns sehr viel.\n\nHerzlichst\nTina",
    f"Bonjour,\n\nMerci pour votre commande {OID} ! Chaque commande compte énormément pour nous.\n\n"
    "Avec affection,\nL'atelier",
    f"Hola:\n\n¡Gracias por su pedido {OID}! 😊 Cada pedido significa mucho para nosotros.\n\nCon cariño,\nLa tienda",
    f"Buongiorno,\n\ngrazie per il suo ordine {OID}! Ogni ordine significa molto per noi.\n\nCon affetto,\n"
    "La bottega",
    f"Hallo,\n\nBedankt voor je bestelling {OID}! 🌷 Heb je vragen, laat het ons gerust weten.\n\nLiefs van het "
    "atelier,\nSanne",
]


@pytest.mark.parametrize("body", THANKS_ONLY)
def test_thanks_with_decoration_warmth_and_affectionate_sign_off_fires(body: str) -> None:
    assert _fires(THANKS, body)


WITH_CONTENT = [
    # the same decoration and sign-offs around a real piece of information or a question
    f"Hi,\n\nThanks a lot for your order {OID}! 🌸 The vase is not watertight, so please use a glass insert.\n\n"
    "Best,\nPetal Shop",
    f"Hello,\n\nThank you for ordering from us (order {OID}).\nEach order means so much to our tiny workshop.\n"
    "Which initials should we stamp on the leather tag?\n\nWith love,\nHazel",
    f"Hallo,\n\nvielen herzlichen Dank für Ihre Bestellung {OID}! 💐 Die Wolle bitte nur kalt von Hand "
    "waschen.\n\nAlles Liebe\nIhre Wollstube",
    f"Bonjour,\n\nMerci pour votre commande {OID} ! Le plaid doit être lavé à 30 °C maximum.\n\nAvec affection,\n"
    "L'atelier",
    f"Hola:\n\nCada pedido significa mucho para nosotros. El pedido {OID} lleva una pieza que se monta con la llave "
    "incluida.\n\nCon cariño,\nLa tienda",
    f"Buongiorno,\n\nogni ordine significa molto per noi. Per l'ordine {OID} ci serve il colore del filo da "
    "ricamo: blu o rosso?\n\nCon affetto,\nLa bottega",
]


@pytest.mark.parametrize("body", WITH_CONTENT)
def test_same_warmth_with_a_purpose_stays_clean(body: str) -> None:
    assert not _fires(THANKS, body)


def test_love_is_a_closing_only_as_a_whole_sentence() -> None:
    body = f"Hello,\n\nThank you for your order {OID}.\nWe love how the blue glaze came out on yours.\n\nMaya"
    assert not _fires(THANKS, body)


# --- order confirmation (it) ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        f"Gentile cliente,\n\nle confermiamo di aver ricevuto l'ordine {OID}, che partirà domani.\n\nSaluti,\nNegozio",
        f"Buongiorno,\n\nabbiamo ricevuto l'ordine {OID} e lo stiamo preparando.\n\nCordiali saluti,\nNegozio",
        f"Buongiorno,\n\nconfermiamo la ricezione dell'ordine {OID}.\n\nCordiali saluti,\nNegozio",
    ],
)
def test_italian_elided_order_confirmation_fires(body: str) -> None:
    assert _fires(CONF, body)


@pytest.mark.parametrize(
    "body",
    [
        # a question about the order, or a delay notice, has another purpose
        f"Buongiorno,\n\nabbiamo ricevuto l'ordine {OID}: quale colore preferisce per la cinghia, nero o marrone?\n\n"
        "Cordiali saluti,\nNegozio",
        f"Buongiorno,\n\nabbiamo ricevuto l'ordine {OID}, ma il colore scelto arriverà in magazzino solo il 24 "
        "giugno: la spedizione sarà quindi in ritardo di una settimana.\n\nCordiali saluti,\nNegozio",
    ],
)
def test_italian_receipt_with_another_purpose_stays_clean(body: str) -> None:
    assert not _fires(CONF, body)


def test_italian_confirmation_in_a_reply_stays_clean() -> None:
    body = f"Buongiorno,\n\nle confermiamo di aver ricevuto l'ordine {OID}, che partirà domani.\n\nSaluti,\nNegozio"
    assert not _fires(CONF, body, reply=True)
