"""Round 35 (corpus_thirtyfifth): the shared corpus's shape in Spanish (Spain, Mexico) and Brazilian Portuguese.

The wordings a native seller uses that the rules missed:
- carriers of Mexico, Spain, Latin America and Brazil next to a phone number ("la línea de Paquetexpress",
  "la fletera", Tipsa, Jamef): a shipping provider's number is allowed;
- a Portuguese dispatch notice with the warehouse steps before it ("foi faturado e despachado"); the Turkish
  invoice word "fatura..." read the Portuguese "faturado" as an invoice, a purpose of its own;
- a Portuguese review reminder ("ainda não vimos sua avaliação", "passando para lembrar"), which round 32 added
  for en/de/fr/es/it only; Spanish "nos permitimos recordarle ...";
- warm filler about who is behind the parcel ("detrás de cada paquete hay una familia", "cada pedido é
  separado e embalado com muito carinho", "behind every parcel there is a small family team") and Spanish
  "Para cualquier cosa que necesite, no dude en escribirnos" / Portuguese "Para qualquer coisa ...".
Compliant near-misses with the same vocabulary stay clean.
"""

from __future__ import annotations

import pytest

from policies.rules.review import request_units
from tests.policies.plain_message import fires as _fires
from tests.policies.plain_message import plain_ctx as _ctx
from tests.policies.test_rules_messagetypes import OID

PHONES: list[tuple[bool, str, str]] = [
    (False, "com.mx", f"Su pedido {OID} sale el lunes. Para acordar la hora de entrega, la línea de Paquetexpress es 800 821 0208."),
    (False, "com.mx", f"Su pedido {OID} lo lleva una fletera; si no le llaman, el teléfono de la fletera es 33 3812 4470."),
    (False, "es", f"Su pedido {OID} va con Tipsa. Si mañana no ha llegado, llame a Tipsa al 902 10 10 47."),
    (False, "com.br", f"O pedido {OID} vai pela Jamef, que agenda a entrega; o telefone da Jamef é (11) 3488-2200."),
    (True, "com.mx", f"Su pedido {OID} sale el lunes. Para cualquier duda sobre la entrega, llámenos al 33 3812 4470."),
    (True, "com.br", f"O pedido {OID} sai na segunda. Dúvidas sobre a entrega? Ligue para a loja: (11) 3488-2200."),
]


@pytest.mark.parametrize(("want", "tld", "body"), PHONES)
def test_carrier_numbers_in_spanish_and_portuguese(want: bool, tld: str, body: str) -> None:
    assert _fires("content.phone-number", body, tld) is want


CONFIRMS: list[tuple[bool, str, str]] = [
    (True, "com.br", f"Olá!\n\nSeu pedido {OID} foi faturado e despachado hoje.\n\nEquipe Loja"),
    (True, "com.br", f"Olá!\n\nSeu pedido {OID} foi separado, embalado e enviado hoje pela nossa equipe.\n\nEquipe Loja"),
    (False, "com.br", f"Olá!\n\nSeu pedido {OID} foi faturado, mas o envio atrasou: a nova data de despacho é 18/06.\n\nEquipe Loja"),
    (False, "com.br", f"Olá!\n\nSeu pedido {OID} foi separado e embalado. Poderia confirmar o número do apartamento?\n\nEquipe Loja"),
]


@pytest.mark.parametrize(("want", "tld", "body"), CONFIRMS)
def test_portuguese_dispatch_after_invoicing(want: bool, tld: str, body: str) -> None:
    assert _fires("type.order-confirmation", body, tld) is want


def test_turkish_invoice_word_still_a_purpose() -> None:
    from policies import phrases

    assert phrases.search("types.other_purpose", "Faturanızı ekte bulabilirsiniz.") is not None
    assert phrases.search("types.other_purpose", "Seu pedido foi faturado hoje.") is None


REQUESTS: list[tuple[bool, str, str]] = [
    (True, "com.br", "Ainda não vimos sua avaliação da panela na Amazon."),
    (True, "com.br", "Passando para lembrar que sua opinião sobre a panela na Amazon faz toda a diferença."),
    (True, "com.br", "Só um lembrete: sua avaliação na Amazon ajuda outros clientes."),
    (True, "es", "Solo queríamos recordarle que su valoración en Amazon nos importa."),
    (False, "com.br", "Ainda não recebemos o produto devolvido para avaliação técnica."),
    (False, "com.br", "Passando para lembrar que a garantia do fabricante é de 12 meses."),
    (False, "es", "Solo queríamos recordarle que la garantía cubre la batería."),
]


@pytest.mark.parametrize(("want", "tld", "body"), REQUESTS)
def test_review_reminders_are_requests(want: bool, tld: str, body: str) -> None:
    assert bool(request_units(_ctx(body, tld))) is want


THANKS: list[tuple[bool, str, str]] = [
    (True, "es", f"Hola:\n\nDetrás de cada pedido hay un pequeño equipo que lo prepara con ilusión. Gracias por su compra {OID}.\n\nUn saludo,\nTienda"),
    (True, "es", f"Hola:\n\nGracias por su pedido {OID}, y cada pedido como el suyo nos permite seguir creciendo.\n\nPara cualquier duda que tenga, no dude en escribirnos.\n\nUn saludo,\nTienda"),
    (True, "com.br", f"Olá!\n\nCada peça é embalada à mão pela nossa equipe. Obrigado pela compra {OID}!\n\nPara qualquer coisa que precisar, estamos à disposição.\n\nEquipe Loja"),
    (True, "com.br", f"Olá!\n\nPor trás de cada pedido existe uma família de artesãos. Obrigado pelo pedido {OID}.\n\nEquipe Loja"),
    (True, "com", f"Hello,\n\nBehind every parcel there is a small family team. Thank you for order {OID}!\n\nBest,\nShop"),
    (False, "es", f"Hola:\n\nDetrás de cada pedido hay un número de seguimiento que verá en su cuenta. Gracias por su compra {OID}.\n\nUn saludo,\nTienda"),
    (False, "es", f"Hola:\n\nPara cualquier cosa que necesite, no dude en escribirnos. Necesitamos el texto del grabado del pedido {OID} antes del viernes.\n\nTienda"),
    (False, "com.br", f"Olá!\n\nCada peça é embalada à mão; por isso o envio do pedido {OID} leva dois dias a mais.\n\nEquipe Loja"),
    (False, "com", f"Hello,\n\nBehind every parcel there is a small family team, so order {OID} ships on Monday instead of Friday.\n\nBest,\nShop"),
]


@pytest.mark.parametrize(("want", "tld", "body"), THANKS)
def test_warm_filler(want: bool, tld: str, body: str) -> None:
    assert _fires("type.thank-you-only", body, tld) is want


# Found by probing native variants beyond the corpus (same classes, siblings in other languages).
PROBES: list[tuple[str, bool, str, str]] = [
    ("type.order-confirmation", True, "es", f"Estimado cliente:\n\nSu pedido {OID} ya está en manos de Correos Express y le llegará en 24-48 horas.\n\nUn saludo"),
    ("type.order-confirmation", True, "com.br", f"Olá!\n\nSeu pedido {OID} já está nas mãos dos Correios.\n\nEquipe"),
    ("type.order-confirmation", True, "com", f"Hello,\n\nYour order {OID} is now in the hands of DHL and will arrive in 2 days.\n\nBest"),
    ("type.order-confirmation", False, "es", f"Hola:\n\nSu pedido {OID} está en manos de Correos desde hace diez días con retraso; hemos abierto una reclamación.\n\nUn saludo"),
    ("type.order-confirmation", False, "com", f"Hello,\n\nYour order {OID} has been in the hands of DHL for ten days and is delayed; we opened a claim.\n\nBest"),
    ("type.thank-you-only", True, "com.mx", f"¡Hola!\n\nMuchas gracias por tu compra {OID}. Estamos para servirte.\n\nSaludos,\nTienda"),
    ("type.thank-you-only", True, "com.br", f"Olá!\n\nMuito obrigado por comprar com a gente (pedido {OID})! Estamos sempre por aqui.\n\nAbraços,\nLoja"),
    ("type.thank-you-only", False, "com.br", f"Olá!\n\nEstamos aqui em Curitiba e enviamos o pedido {OID} amanhã.\n\nEquipe"),
    ("type.thank-you-only", False, "com.mx", f"Hola:\n\nEstamos para servirle: necesitamos el color del grabado del pedido {OID}.\n\nTienda"),
    ("review.incentive", True, "com.mx", f"Hola:\n\nSi nos dejas tu reseña del pedido {OID}, te bonificamos el costo de envío.\n\nSaludos"),
    ("review.incentive", False, "com.mx", f"Hola:\n\nLe bonificamos el costo de envío del pedido {OID} por el retraso. Si puede, deje su reseña en Amazon.\n\nTienda"),
]


@pytest.mark.parametrize(("rule", "want", "tld", "body"), PROBES)
def test_probed_siblings(rule: str, want: bool, tld: str, body: str) -> None:
    assert _fires(rule, body, tld) is want
