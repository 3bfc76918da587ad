"""Round talkes: type.thank-you-only's small-talk reading switched on in Spanish and Portuguese.

A thank-you whose one other sentence tells the buyer something (an instruction, something they can or must do, a
question, a delivery, warranty or part detail, a product fact, a measure) must pass; thanks padded with nothing
but news from the farm, the shop animal, the festival, the family, the mission or how it is made is still only a
thank-you. Made-up wordings, different from tests/corpus_eightysecond; es (amazon.es, .com.mx) and pt (.com.br).
"""

from __future__ import annotations

import pytest

from tests.policies.plain_message import OID, fires

RULE = "type.thank-you-only"


def _es(middle: str, tld: str = "es") -> tuple[str, str]:
    return tld, f"Hola,\n\nmuchas gracias por tu pedido {OID}. {middle}\n\nUn saludo,\nTaller Almendro"


def _pt(middle: str) -> tuple[str, str]:
    return "com.br", f"Olá,\n\nmuito obrigado pelo seu pedido {OID}! {middle}\n\nAbraços,\nLoja Ipê"


COMPLIANT = [
    # es: instruction, modal (plural too), question, delivery, warranty, part, product fact, measure
    _es("Guarda las velas en un sitio fresco para que no se deformen."),
    _es("Las cuerdas nuevas pueden desafinarse los primeros días, así que conviene afinarlas a menudo."),
    _es("Los cojines deben airearse unas horas al sacarlos del envoltorio.", "com.mx"),
    _es("¿Te viene bien que el mensajero pase por la tarde?"),
    _es("El segundo bulto sale desde nuestro almacén de Zaragoza y llegará un par de días después."),
    _es("El motor tiene dos años de garantía."),
    _es("En la bolsita de tela encontrarás dos botones de repuesto.", "com.mx"),
    _es("Las semillas germinan mejor con la tierra húmeda y a unos veinte grados."),
    _es("La alfombra mide 160 x 230 cm, un poco más que la anterior versión."),
    _es("Al ser lino lavado, las arrugas forman parte del tejido."),
    _es("No la sumerjas en agua: basta con pasarle un paño húmedo."),
    _es("La funda se desmonta con la cremallera de la base.", "com.mx"),
    _es("Os aconsejamos dejar secar la pintura un día entero antes de colgar el cuadro."),
    _es("Evite usar estropajos metálicos sobre el esmalte."),
    _es("El baúl mide 80 centímetros de largo."),
    # pt: instruction, reminder, modal, question, delivery, warranty, part, product fact, measure, not included
    _pt("Lembre-se de tirar o plástico protetor do visor antes de ligar."),
    _pt("Vale lembrar que o adaptador de tomada não acompanha a luminária."),
    _pt("As sementes podem demorar um pouco mais para germinar em vaso pequeno."),
    _pt("Você prefere receber a almofada com ou sem enchimento?"),
    _pt("A segunda caixa segue pela transportadora amanhã de manhã."),
    _pt("O motor da batedeira tem dois anos de garantia."),
    _pt("Deixamos uma peça de reposição da trava dentro do estojo."),
    _pt("O tapete tem 1,40 m de largura, então cabe certinho no corredor."),
    _pt("O controle funciona com duas pilhas AA, que não vêm na embalagem."),
    _pt("Depois de aberto, o mel deve ficar em lugar seco e fresco."),
    _pt("Não molhe o relógio: ele resiste só a respingos."),
    _pt("A tampa se encaixa girando para a direita até o clique."),
    _pt("Sugerimos passar só um pano úmido no tampo de madeira."),
    _pt("A mochila pesa pouco mais de um quilo vazia."),
    _pt("A encomenda sai amanhã cedo do nosso estoque em Curitiba."),
]

VIOLATIONS = [
    _es("Esta semana ha nevado en la sierra y en el obrador no paramos de encender la estufa."),
    _es("Nuestra gata Luna ha decidido que la caja de embalar es su nueva cama y no hay quien la saque."),
    _es("Llevamos desde 1978 haciendo cestas en el mismo patio donde aprendió mi madre.", "com.mx"),
    _es("Creemos en hacer las cosas despacio, con respeto por las personas y por el oficio."),
    _es("Después de tres semanas de lluvia por fin ha salido el sol en el valle."),
    _es("En Sevilla ya estamos a 41 grados a la sombra y nadie sale a la calle hasta la noche."),
    _es("No sabes cuánto nos alegra que una de nuestras jarras se vaya a Sevilla."),
    _es("El taller se llena de vecinos cada viernes por la tarde y se hace tarde charlando."),
    _pt("Por aqui o inverno chegou com tudo e a serra amanheceu coberta de neblina."),
    _pt("A Mel, nossa cadela, passou a manhã inteira deitada no balcão esperando carinho."),
    _pt("Depois de dois anos de obra, finalmente inauguramos o nosso ateliê novo na rua de cima."),
    _pt("Cada peça nasce de um pedaço de madeira de demolição que a gente garimpa pela região."),
    _pt("O forno a lenha ficou aceso a noite toda para a última fornada da semana."),
    _pt("Não imagina a alegria que deu aqui quando vimos o seu nome na lista de pedidos."),
]


@pytest.mark.parametrize(("tld", "body"), COMPLIANT)
def test_thanks_with_one_content_sentence_passes(tld: str, body: str) -> None:
    assert not fires(RULE, body, tld)


@pytest.mark.parametrize(("tld", "body"), VIOLATIONS)
def test_thanks_padded_with_small_talk_fires(tld: str, body: str) -> None:
    assert fires(RULE, body, tld)
