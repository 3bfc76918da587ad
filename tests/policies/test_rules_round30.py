"""Classes a thirtieth independent corpus (Italian on amazon.it, Spanish on amazon.es and amazon.com.mx) found.

- review.incentive (it): the diminutive 'stelline' / 'stellette' ('ci lasceresti 5 stelline?', 'cinque stellette
  su Amazon') steers towards a top rating like 'stelle' (es already had 'estrellitas');
- type.thank-you-only (it, es): a shop presented by its trade noun ('siamo una piccola pelletteria di famiglia',
  'somos una joyería familiar de Cádiz'), 'cada pedido nos hace muchísima ilusión', 'aquí estamos para lo que
  necesites / necesiten';
- review.removal-request (es, it): 'la valoración de nuestro técnico' / 'la valutazione del tecnico' (a repair
  assessment) is no review, so an instruction after it ('solo tiene que cambiarlo') asks to change no review.

Made-up wordings (not the corpus's sentences), with near-miss negatives that must stay clean.
"""

from __future__ import annotations

import pytest

from tests.policies.test_rules_messagetypes import OID, hits, make_ctx


def _fires(rule_id: str, body: str, subject: str = f"Ordine {OID}", **kw: object) -> bool:
    return bool(hits(rule_id, make_ctx(body, subject, **kw)))  # type: ignore[arg-type]


INCENTIVE = "review.incentive"

STELLINE = [
    f"Ciao,\n\nla lampada dell'ordine {OID} va pulita con un panno asciutto.\n\nTi va di regalarci cinque "
    "stellette su Amazon? Grazie!\n\nLuci Sara",
    f"Buongiorno,\n\nil tappeto dell'ordine {OID} si può lavare a 30 gradi.\n\nSe può, ci lasci 5 stelline nella "
    "recensione: per noi contano tantissimo.\n\nTappeti Rossi",
]

NOT_STELLINE = [
    f"Ciao,\n\nil pigiama dell'ordine {OID} ha le stelline stampate: lavalo al rovescio a 30 gradi.\n\nNanna Shop",
    f"Buongiorno,\n\nse ha un momento, ci farebbe piacere una sua recensione sull'ordine {OID}, qualunque essa "
    "sia.\n\nTappeti Rossi",
]


@pytest.mark.parametrize("body", STELLINE)
def test_it_diminutive_five_stars_steer(body: str) -> None:
    assert _fires(INCENTIVE, body)


@pytest.mark.parametrize("body", NOT_STELLINE)
def test_it_stelline_as_print_or_neutral_request_stay_clean(body: str) -> None:
    assert not _fires(INCENTIVE, body)


THANKS = "type.thank-you-only"

THANKS_ONLY = [
    f"Gentile cliente,\n\ngrazie per il suo ordine {OID}. Siamo una piccola erboristeria di Lucca e ogni ordine "
    "per noi è una gioia.\n\nCordiali saluti\nErbe di Lucca",
    f"Hola:\n\nGracias por tu pedido {OID}. Somos una joyería familiar de Cádiz y cada pedido nos hace "
    "muchísima ilusión.\n\nUn abrazo,\nJoyas Cádiz",
    f"Hola, buen día:\n\nMuchas gracias por su compra {OID}. Aquí estamos para lo que necesiten.\n\nSaludos,\n"
    "Papelería Lupita",
]

NOT_ONLY_THANKS = [
    f"Gentile cliente,\n\ngrazie per il suo ordine {OID}. Siamo una piccola erboristeria di Lucca: la tisana va "
    "conservata al buio e consumata entro sei mesi.\n\nCordiali saluti\nErbe di Lucca",
    f"Hola:\n\nGracias por tu pedido {OID}. Somos una joyería familiar y el anillo lleva un baño de plata: no lo "
    "mojes con perfume.\n\nUn abrazo,\nJoyas Cádiz",
    f"Hola:\n\nGracias por su compra {OID}. Aquí estamos para lo que necesiten; el cartucho de tinta se coloca "
    "con la flecha hacia arriba.\n\nPapelería Lupita",
]


@pytest.mark.parametrize("body", THANKS_ONLY)
def test_shop_trade_noun_and_warm_filler_are_thanks_only(body: str) -> None:
    assert _fires(THANKS, body)


@pytest.mark.parametrize("body", NOT_ONLY_THANKS)
def test_thanks_with_real_information_stays_clean(body: str) -> None:
    assert not _fires(THANKS, body)


REMOVAL = "review.removal-request"

NOT_REMOVAL = [
    f"Hola:\n\nSegún la valoración de nuestro técnico, la bisagra de su armario (pedido {OID}) está floja. Le "
    "mandamos una nueva; solo tiene que desatornillar la vieja y cambiarlo todo en cinco minutos.",
    f"Hola:\n\nLa valoración del perito confirma el golpe en el transporte del pedido {OID}. Puede cambiarlo "
    "por uno nuevo en la tienda.",
    f"Ciao,\n\nsecondo la valutazione del nostro tecnico la guarnizione dell'ordine {OID} è usurata. Ti mandiamo "
    "quella nuova: basta svitare il tappo e cambiarla.",
]

REMOVAL_STILL = [
    f"Hola:\n\nHemos visto su valoración de dos estrellas del pedido {OID}. Ya le enviamos la pieza nueva. "
    "¿Podría cambiarla ahora?",
    f"Ciao,\n\nabbiamo letto la tua valutazione di una stella sull'ordine {OID}. Ora che il pezzo è arrivato, "
    "potresti modificarla?",
]


@pytest.mark.parametrize("body", NOT_REMOVAL)
def test_technician_assessment_is_no_review(body: str) -> None:
    assert not _fires(REMOVAL, body, reply=True)


@pytest.mark.parametrize("body", REMOVAL_STILL)
def test_existing_rating_change_request_still_fires(body: str) -> None:
    assert _fires(REMOVAL, body, reply=True)
