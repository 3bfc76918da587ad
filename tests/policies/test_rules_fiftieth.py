"""Round 50 (corpus_fiftieth): Spanish (.es, .com.mx) and Italian (.it) in the shape of the shared corpus.

The wordings a native seller uses that the rules missed:
- a review request phrased as "contara en Amazon qué tal le va" / "nos vendría muy bien", a reminder
  "nos permitimos recordárselo", "il Suo parere sarebbe ancora gradito", "un commento sulla pagina del prodotto";
- a reward given back in Mexican Spanish ("te regresamos lo que pagaste de envío");
- a change request by pronoun in the sentence that names the review once the problem is solved ("la opinión
  que publicó ...; ahora que está resuelto, ¿podría reconsiderarla?"), "ritoccare le stelline";
- gating: "en caso de que le haya dejado satisfecho", "nel caso in cui ti abbia convinto", "hable primero con
  nosotros", "scrivi prima a noi", a product "valorarlo en Amazon";
- insults aimed at a group ("una panda de inútiles", "una manica di incompetenti") and "me cago en";
- the Turkish "distribütör" context no longer excuses a phone number next to Italian "distributore";
- stock-outs: "no tenemos ninguna unidad disponible", "non ci sono più pezzi"; a restock tied to an undated
  batch ("en cuanto entre la próxima remesa") is no expected shipment; "hemos procedido a reembolsarle",
  "abbiamo provveduto a rimborsarle" confirm the adjustment;
- warm filler: "cada compra es un gustazo", "aquí estamos para lo que se te ofrezca", "volevamo dirti grazie".
Compliant near-misses with the same vocabulary stay clean.
"""

from __future__ import annotations

import pytest

from policies.rules.review import request_units
from tests.policies.plain_message import fires, plain_ctx
from tests.policies.test_rules_messagetypes import OID

REQUESTS: list[tuple[bool, str, str]] = [
    (
        True,
        "es",
        f"Pedido {OID}. Cuando haya montado la mesa, nos vendría genial que contase en Amazon qué tal le "
        "ha ido, para bien o para mal.",
    ),
    (
        True,
        "com.mx",
        f"Pedido {OID}. Si puedes, nos ayudaría que compartieras en Amazon tu experiencia con el sartén.",
    ),
    (
        True,
        "es",
        f"Pedido {OID}. Le escribimos hace unos días; nos permitimos recordárselo: su reseña sigue "
        "siendo bienvenida.",
    ),
    (False, "es", f"Pedido {OID}. Nos vendría muy bien que nos confirmara la dirección antes del jueves."),
    (False, "es", f"Pedido {OID}. Cuéntenos qué tal le va con la batidora respondiendo a este mensaje."),
    (
        True,
        "it",
        f"Ordine {OID}. Se ha trovato qualche minuto, la Sua opinione su Amazon sarebbe molto apprezzata.",
    ),
    (False, "it", f"Ordine {OID}. Una Sua risposta entro venerdì sarebbe molto apprezzata."),
]


@pytest.mark.parametrize(("want", "tld", "body"), REQUESTS)
def test_review_requests(want: bool, tld: str, body: str) -> None:
    assert bool(request_units(plain_ctx(body, tld))) is want


INCENTIVE: list[tuple[bool, str, str]] = [
    (
        True,
        "com.mx",
        f"Pedido {OID}. Te regresaremos el costo del envío en cuanto escribas tu reseña en Amazon.",
    ),
    (False, "com.mx", f"Pedido {OID}. Te regresamos el costo del envío porque la caja llegó golpeada."),
    (
        True,
        "it",
        f"Ordine {OID}. A chi lascia un commento sulla pagina del prodotto regaliamo uno sconto del 10 %.",
    ),
    (
        False,
        "it",
        f"Ordine {OID}. Abbiamo letto il commento sulla pagina del prodotto e aggiunto le istruzioni.",
    ),
]


@pytest.mark.parametrize(("want", "tld", "body"), INCENTIVE)
def test_review_incentive(want: bool, tld: str, body: str) -> None:
    assert fires("review.incentive", body, tld) is want


REMOVAL: list[tuple[bool, str, str]] = [
    (
        True,
        "es",
        f"Pedido {OID}. Leímos la valoración negativa que dejó en Amazon cuando el grifo goteaba y "
        "antes de que le mandáramos la junta; ahora que todo está solucionado, ¿podría reconsiderarla?",
    ),
    (
        False,
        "es",
        f"Pedido {OID}. Leímos la valoración negativa que dejó en Amazon cuando el grifo goteaba y "
        "antes de que le mandáramos la junta; gracias, la tendremos en cuenta para mejorar.",
    ),
    (
        True,
        "es",
        f"Pedido {OID}. Ya con la pieza nueva, ¿nos haría el favor de retocar las estrellitas que nos puso?",
    ),
    (True, "it", f"Ordine {OID}. Ora che la lampada funziona, potrebbe ritoccare il voto che ci aveva dato?"),
    (False, "it", f"Ordine {OID}. Abbiamo ritoccato il manuale dopo il Suo voto: grazie del suggerimento."),
]


@pytest.mark.parametrize(("want", "tld", "body"), REMOVAL)
def test_review_removal(want: bool, tld: str, body: str) -> None:
    assert fires("review.removal-request", body, tld) is want


CONDITIONAL: list[tuple[bool, str, str]] = [
    (
        True,
        "es",
        f"Pedido {OID}. Si la funda le ha dejado contento, valórela en Amazon; si algo falla, hable "
        "primero con nosotros.",
    ),
    (
        True,
        "com.mx",
        f"Pedido {OID}. En caso de que la lámpara te haya dejado satisfecha, nos encantaría leer tu "
        "reseña en Amazon.",
    ),
    (
        False,
        "com.mx",
        f"Pedido {OID}. Nos encantaría leer tu reseña en Amazon, tanto si la lámpara te ha gustado "
        "como si no.",
    ),
    (False, "es", f"Pedido {OID}. Si la funda no encaja, hable primero con nosotros y se la cambiamos."),
    (
        True,
        "it",
        f"Ordine {OID}. Nel caso in cui la borraccia l'abbia convinta, ci lasci due righe su Amazon; "
        "altrimenti scriva prima a noi.",
    ),
    (False, "it", f"Ordine {OID}. Se la borraccia perde, scriva prima a noi e la sostituiamo."),
]


@pytest.mark.parametrize(("want", "tld", "body"), CONDITIONAL)
def test_review_conditional(want: bool, tld: str, body: str) -> None:
    assert fires("review.conditional", body, tld) is want


SENSITIVE: list[tuple[bool, str, str]] = [
    (True, "es", f"Pedido {OID}. Los de la mensajería, un hatajo de ineptos, dejaron la caja en la calle."),
    (True, "es", f"Pedido {OID}. Me cago en la agencia: otra vez han perdido el bulto."),
    (False, "es", f"Pedido {OID}. La agencia perdió el bulto; le mandamos otro hoy mismo."),
    (True, "it", f"Ordine {OID}. Il magazzino, un branco di incapaci, ha spedito la taglia sbagliata."),
    (False, "it", f"Ordine {OID}. Il magazzino ha spedito per errore la taglia sbagliata: rimediamo subito."),
]


@pytest.mark.parametrize(("want", "tld", "body"), SENSITIVE)
def test_sensitive(want: bool, tld: str, body: str) -> None:
    assert fires("content.sensitive", body, tld) is want


PHONE: list[tuple[bool, str, str]] = [
    (
        True,
        "it",
        f"Ordine {OID}. Il nostro distributore ci ha avvisato del ritardo; per parlarne ci chiami allo "
        "06 4471 2289.",
    ),
    (False, "it", f"Ordine {OID}. Per la riparazione in garanzia chiami il produttore allo 06 4471 2289."),
]


@pytest.mark.parametrize(("want", "tld", "body"), PHONE)
def test_phone(want: bool, tld: str, body: str) -> None:
    assert fires("content.phone-number", body, tld) is want


NO_ADJUSTMENT: list[tuple[bool, str, str]] = [
    (True, "es", f"Pedido {OID}. El sillón no va a poder salir: no tenemos ni una unidad en el almacén."),
    (
        False,
        "es",
        f"Pedido {OID}. El sillón no va a poder salir: no tenemos ni una unidad en el almacén, por lo "
        "que hemos procedido a reembolsarle el importe completo.",
    ),
    (True, "es", f"Pedido {OID}. La mesa está agotada. Cuando llegue la siguiente remesa se la enviaremos."),
    (
        False,
        "es",
        f"Pedido {OID}. La mesa está agotada. Cuando llegue la siguiente remesa, el día 24, se la "
        "enviaremos.",
    ),
    (True, "it", f"Ordine {OID}. Il divano non può partire: in magazzino non ci sono più pezzi."),
    (
        False,
        "it",
        f"Ordine {OID}. Il divano non può partire: in magazzino non ci sono più pezzi, quindi abbiamo "
        "provveduto a rimborsarle l'intero importo.",
    ),
]


@pytest.mark.parametrize(("want", "tld", "body"), NO_ADJUSTMENT)
def test_no_adjustment(want: bool, tld: str, body: str) -> None:
    assert fires("order-problem.no-adjustment", body, tld) is want


THANKS: list[tuple[bool, str, str]] = [
    (
        True,
        "com.mx",
        f"¡Hola! Gracias por tu pedido {OID}. Para nuestra tiendita de Oaxaca cada pedido es una "
        "alegría, y aquí seguimos para lo que te haga falta.",
    ),
    (
        False,
        "com.mx",
        f"¡Hola! Gracias por tu pedido {OID}. Para nuestra tiendita de Oaxaca cada pedido es una "
        "alegría; el tuyo sale el lunes porque el barniz necesita secar.",
    ),
    (
        True,
        "it",
        f"Ciao,\nci tenevamo a dirti grazie per l'ordine {OID}: per il nostro piccolo forno ogni ordine "
        "è una gioia.",
    ),
    (
        False,
        "it",
        f"Ciao,\nci tenevamo a dirti grazie per l'ordine {OID}: la crostata va tenuta in frigo e "
        "consumata entro tre giorni.",
    ),
]


@pytest.mark.parametrize(("want", "tld", "body"), THANKS)
def test_thank_you_only(want: bool, tld: str, body: str) -> None:
    assert fires("type.thank-you-only", body, tld) is want
