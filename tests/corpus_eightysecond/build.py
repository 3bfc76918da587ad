#!/usr/bin/env python3
"""Build the eighty-second labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_eightysecond/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. Subject: type.thank-you-only's "small talk" reading in Spanish
(amazon.es, amazon.com.mx) and Brazilian Portuguese (amazon.com.br). Compliant messages thank the buyer and say
exactly one useful thing (an instruction, a product fact, a delivery, warranty or part detail, a measure, a
question), sometimes buried in chatter; violations thank the buyer and pad the thanks with small talk only.
"""

from __future__ import annotations

import random
import sys
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))
from corpus_build import (  # noqa: E402
    OrderBook,
    collect_by_language,
    lang_counts,
    set_boundaries,
    shaped_case,
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(82_2026_0615)
_PREFIX = {"es": "40", "com.mx": "70", "com.br": "70"}
_TLD = {"es": "es", "pt": "com.br"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T09:00:00Z", shipped="2026-06-02T15:00:00Z",
                 delivered="2026-06-05T11:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
B64 = {"cte": "base64"}
L1 = {"charset": "windows-1252", "cte": "quoted-printable"}
L15 = {"charset": "iso-8859-15", "cte": "quoted-printable"}

TARGET = ["language.mismatch", "type.order-confirmation", "type.thank-you-only", "type.marketing",
          "review.incentive", "review.removal-request", "review.conditional", "review.repeat",
          "order-problem.cancellation-request", "order-problem.no-adjustment", "return.unnecessary",
          "content.sensitive", "content.phone-number", "content.email-address", "link.opt-out", "link.external"]
OTHER = ["order-id.missing", "order-id.unknown", "window.expired", "style.emoji", "style.line-breaks",
         "link.insecure"]
TY = ["type.thank-you-only"]

case = partial(shaped_case, CASE_LIST, TARGET, OTHER, thread="0100019c.e82", tag="t82", time="10:12:44")


# --------------------------------------------------------------------------------------------
# Spanish (amazon.es, amazon.com.mx)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    # ---- compliant: thanks + one useful sentence ----
    o, b = order("es-tabla", "es", "Tabla de cortar de madera de olivo 40 x 20 cm")
    case("es-tabla-oscurece", "relay", [],
         "Thanks plus one product fact (the oil darkens the olive wood at first): something useful remains.",
         to=b, frm="Olivar de Baena <hola@olivardebaena.es>", enc=L1, day=8,
         subject=f"Tu tabla de olivo (pedido {o})", text=f"""Hola:

Muchas gracias por comprar nuestra tabla de olivo (pedido {o}).

El aceite con el que la tratamos puede oscurecer un poco la madera durante las
primeras semanas; es algo normal y el tono se va igualando con el uso.

Un saludo,
Rocío, de Olivar de Baena""")

    o, b = order("es-sarten", "es", "Sartén de hierro forjado 28 cm")
    case("es-sarten-primer-uso", "relay", [],
         "Thanks plus one care instruction before first use: not a bare thank-you.",
         to=b, frm="Forja Zubiri <tienda@forjazubiri.es>", day=9,
         subject=f"Pedido {o} - antes de estrenar la sartén", text=f"""Buenos días,

gracias por confiar en nosotros para su pedido {o}.
Antes de estrenarla, lave la sartén con agua caliente, séquela al fuego y
úntela con una capa fina de aceite de girasol.

Atentamente,
Forja Zubiri""")

    o, b = order("es-colchon", "es", "Colchón viscoelástico 150 x 190 cm")
    case("es-colchon-agencia", "relay", [],
         "Thanks plus a delivery detail (a freight agency, not the postman, will call to arrange the time).",
         to=b, frm="Descanso Ribera <clientes@descansoribera.es>", enc=L1, day=3,
         subject=f"Sobre la entrega de su colchón ({o})", text=f"""Estimado cliente:

Le agradecemos mucho su compra (pedido {o}). Por su tamaño, el colchón lo
lleva una agencia de transporte y no Correos, así que el conductor le llamará
la víspera para acordar una franja horaria.

Reciba un cordial saludo,
Descanso Ribera""")

    o, b = order("es-grabado", "es", "Pulsera de plata grabada con nombre")
    case("es-grabado-pregunta", "relay", [],
         "Thanks plus a question to the buyer about the engraving: a customization detail, permitted.",
         to=b, frm="Plata Viva <pedidos@plataviva.es>", day=2,
         subject=f"Una pregunta sobre tu pulsera ({o})", text=f"""¡Hola!

Gracias por tu pedido {o}. ¿Quieres el nombre grabado en mayúsculas
o tal y como lo escribiste en la nota, con la primera letra en mayúscula?

Un abrazo,
Marta (Plata Viva)""")

    o, b = order("es-batidora", "es", "Batidora de vaso 1200 W")
    case("es-batidora-garantia", "relay", [],
         "Thanks plus a warranty detail (three years, keep the Amazon invoice).",
         to=b, frm="Electro Segura <atencion@electrosegura.es>", enc=B64, fmt="alt", lang="es",
         subject=f"Garantía de su batidora - pedido {o}", text=f"""Hola,

gracias por elegir Electro Segura. Su batidora del pedido {o} tiene tres
años de garantía y, para hacerla valer, basta con conservar la factura de Amazon.

Saludos cordiales,
Equipo Electro Segura""")

    o, b = order("es-termo", "es", "Termo de acero inoxidable 750 ml")
    case("es-termo-junta", "relay", [],
         "Thanks plus a spare-part detail (a spare silicone seal inside the box).",
         to=b, frm="Montaña Outdoor <hola@montanaoutdoor.es>", day=7,
         subject=f"Tu termo (pedido {o})", text="""Hola,

mil gracias por tu compra, de verdad. Dentro de la caja va una junta de silicona de repuesto para
el tapón: guárdala, porque la original se va dando de sí si lo metes a menudo en el lavavajillas.

Saludos desde Jaca,
Montaña Outdoor""")

    o, b = order("es-juguete", "es", "Grúa teledirigida para niños")
    case("es-felices-fiestas-pilas", "relay", [],
         "Seasonal greeting and thanks plus one useful note (the batteries are not included).",
         to=b, frm="Jugueteando <tienda@jugueteando.es>", day=4,
         subject=f"Felices fiestas - pedido {o}", text=f"""Hola:

Os deseamos unas felices fiestas y os damos las gracias por el pedido {o}.
Si la grúa es para regalo, tened en cuenta que necesita cuatro pilas AA, que no
vienen incluidas en la caja.

Un saludo,
Jugueteando""")

    o, b = order("es-miel", "es", "Miel cruda de romero 1 kg")
    case("es-miel-cristaliza-charla", "relay", [],
         "Chatty (bees, spring, the hives) but one sentence says what to do when the honey crystallises.",
         to=b, frm="Colmenas del Maestrazgo <hola@colmenasmaestrazgo.es>", enc=L15, day=10,
         subject=f"Gracias por tu miel de romero ({o})", text=f"""¡Hola!

Muchas gracias por tu pedido {o}. Esta primavera ha sido larga y
tranquila aquí en el Maestrazgo, y las abejas han trabajado a gusto entre los
romeros en flor. Mi padre dice que hacía años que no veía las colmenas tan
llenas. Si con el frío la miel se cristaliza, pon el tarro al baño maría sin
que el agua pase de 40 grados y volverá a quedar líquida. Nosotros seguimos
con la cosecha, que este año viene tardía.

Un saludo muy dulce,
Ximo y familia""")

    o, b = order("es-manta", "es", "Manta de lana merina tejida a mano")
    case("es-manta-lavado-charla", "relay", [],
         "HTML, chatty (Galician rain, the workshop) but one washing instruction is buried inside.",
         to=b, frm="Lás da Costa <obradoiro@lasdacosta.es>", fmt="html", lang="es", day=11,
         subject=f"Tu manta ya está en casa ({o})", text=f"""Hola,

te escribimos para darte las gracias por tu pedido {o}.

Aquí en Cedeira no ha parado de llover en toda la semana y el taller huele a
lana mojada y a café. La manta que elegiste la tejió Carmiña en el telar
grande, el que heredamos de su tía.

Lávala siempre a mano con agua fría y déjala secar en horizontal, nunca en
la secadora.

Que la disfrutes muchísimo en las noches frescas.

Un abrazo,
Lás da Costa""")

    o, b = order("es-olla", "es", "Olla exprés 6 litros acero inoxidable")
    case("es-re-induccion", "relay", [],
         "A reply (Re: + quoted buyer question) answering that the pot works on induction.",
         to=b, frm="Cocina Norte <ayuda@cocinanorte.es>", day=6,
         reply="Hola, ¿la olla del pedido " + o + " sirve para placa de inducción?\nGracias.",
         subject=f"Re: Pregunta sobre el pedido {o}", text="""Hola,

gracias por escribirnos. Sí, el fondo es de acero magnético y funciona sin
problema en inducción, vitrocerámica y gas.

Un saludo,
Cocina Norte""")

    # Mexico
    frm_mx = "Piedra Volcánica Artesanal <ventas@piedravolcanica.com.mx>"
    o, b = order("mx-molcajete", "es", "Molcajete de piedra volcánica 20 cm", tld="com.mx")
    case("mx-molcajete-curar", "relay", [],
         "Thanks plus the instruction to cure the molcajete with raw rice before use.",
         to=b, frm=frm_mx, day=8,
         subject=f"Su molcajete - pedido {o}", text=f"""Buen día,

muchas gracias por su compra (pedido {o}). Antes de usar el molcajete por
primera vez, muela en él un puñado de arroz crudo dos o tres veces hasta que
el arroz salga limpio, para retirar la arenilla de la piedra.

Saludos cordiales,
Piedra Volcánica Artesanal""")

    o, b = order("mx-talavera", "es", "Juego de 6 platos de talavera poblana", tld="com.mx")
    case("mx-talavera-a-mano", "relay", [],
         "Thanks plus a product fact: each piece is hand-painted, so the pattern may differ from the photo.",
         to=b, frm="Talavera Don Ramiro <contacto@talaveradonramiro.com.mx>", enc=L1, day=9,
         subject=f"Gracias por su pedido {o}", text=f"""Estimada clienta:

le agradecemos de corazón su pedido {o}. Como cada plato se pinta a mano, el
dibujo y los tonos de azul pueden variar un poco respecto a la fotografía.

Atentamente,
Talavera Don Ramiro""")

    o, b = order("mx-funda", "es", "Funda protectora impermeable para colchón matrimonial", tld="com.mx")
    case("mx-funda-medida", "relay", [],
         "Thanks plus a measure (the cover fits mattresses 20 to 30 cm high).",
         to=b, frm="Blancos La Paloma <atencion@blancoslapaloma.com.mx>", fmt="alt", lang="es", day=5,
         subject=f"Su funda para colchón ({o})", text=f"""Hola,

gracias por comprar en Blancos La Paloma. Le recordamos que la funda del
pedido {o} ajusta en colchones de 20 a 30 cm de alto.

Saludos,
Blancos La Paloma""")

    o, b = order("mx-cafe", "es", "Café de altura de Chiapas, grano entero 1 kg", tld="com.mx")
    case("mx-cafe-guardar-charla", "relay", [],
         "Chatty (the harvest, the rains in the Sierra) with one storage instruction for the coffee.",
         to=b, frm="Finca El Mirador <hola@fincaelmirador.com.mx>", day=10,
         subject=f"Desde la finca, gracias ({o})", text=f"""¡Qué tal!

Gracias por llevarse nuestro café (pedido {o}). Por acá ya empezaron las
lluvias y la sierra amanece cubierta de neblina; los cafetos están floreando
otra vez y don Chema anda feliz. Guarde el café en un frasco bien cerrado,
lejos de la luz, y muélalo justo antes de prepararlo. Ojalá le acompañe en
muchas mañanas.

Un saludo desde Chiapas,
Finca El Mirador""")

    o, b = order("mx-lampara", "es", "Lámpara colgante de mimbre tejido", tld="com.mx")
    case("mx-lampara-pregunta", "relay", [],
         "Thanks plus one question to the buyer (indoor or outdoor use, to send the right bulb).",
         to=b, frm="Mimbre y Luz <pedidos@mimbreyluz.com.mx>", day=3,
         subject=f"Una duda sobre su lámpara ({o})", text=f"""Hola, buenas tardes:

gracias por su pedido {o}. ¿Nos podría decir si va a colgar la lámpara en
interior o en una terraza, para mandarle el foco adecuado?

Quedamos atentos,
Mimbre y Luz""")

    # ---- violations: thanks padded with small talk only ----
    o, b = order("es-v-taza", "es", "Set de 4 tazas de gres esmaltado")
    case("es-solo-gracias", "quarantine", TY,
         "Nothing but thanks and a generic wish.",
         to=b, frm="Barro Azul <hola@barroazul.es>", day=8,
         subject=f"¡Gracias! (pedido {o})", text=f"""Hola,

¡muchísimas gracias por tu pedido {o}! Nos hace muchísima ilusión que
nuestras tazas vayan a tu casa. Esperamos que las disfrutes.

Un abrazo,
Barro Azul""")

    o, b = order("es-v-auric", "es", "Auriculares inalámbricos deportivos")
    case("es-aqui-para-ayudar", "quarantine", TY,
         "Thanks plus 'we are here if you have any problem' only.",
         to=b, frm="Sonido Claro <soporte@sonidoclaro.es>", enc=L1, day=9,
         subject=f"Pedido {o}", text=f"""Estimado cliente:

Queremos agradecerle la compra realizada (pedido {o}). Si tiene
cualquier duda o problema con el producto, no dude en escribirnos: estaremos
encantados de ayudarle.

Atentamente,
Servicio de atención al cliente
Sonido Claro""")

    o, b = order("es-v-abanico", "es", "Abanico de madera pintado a mano")
    case("es-calor-valencia", "quarantine", TY,
         "Thanks padded with the weather in Valencia and a generic wish.",
         to=b, frm="Ventalls Llum <botiga@ventallsllum.es>", day=10,
         subject=f"Gracias por tu abanico ({o})", text=f"""¡Hola!

Gracias por tu pedido {o}. Aquí en Valencia ya estamos a 34 grados
y en el taller no hay quien pare sin un abanico en la mano, así que nos alegra
saber que uno de los nuestros se va contigo. Que tengas un verano estupendo.

Un saludo,
Ventalls Llum""")

    o, b = order("es-v-cuero", "es", "Cartera de piel para hombre")
    case("es-perro-taller", "quarantine", TY,
         "Thanks padded with the workshop dog: no useful content.",
         to=b, frm="Curtidos Ubrique <taller@curtidosubrique.es>", enc=L15, day=11,
         subject=f"Gracias desde Ubrique ({o})", text=f"""Hola,

te damos las gracias por tu pedido {o}.

Te lo ha preparado Pepe, y le ha hecho compañía Trufa, la perrita del taller,
que se pasa las mañanas tumbada al sol junto a la puerta y saluda a todo el
que entra. Hoy estaba especialmente contenta porque ha venido el cartero.

Un saludo cariñoso de todo el equipo (y de Trufa),
Curtidos Ubrique""")

    o, b = order("es-v-turron", "es", "Turrón artesano de Jijona 300 g")
    case("es-fiestas-pueblo", "quarantine", TY,
         "HTML; thanks padded with the village festival and a wish.",
         to=b, frm="Torrons Mira <hola@torronsmira.es>", fmt="html", lang="es", day=12,
         subject=f"¡Gracias por tu pedido {o}!", text=f"""Hola,

muchas gracias por confiar en nosotros para tu pedido {o}.

Estos días el pueblo está de fiestas: hay pasacalles por la mañana, verbena
hasta las tantas y la banda no ha dejado de ensayar en la plaza. Medio taller
está de resaca, pero aquí seguimos al pie del cañón.

Esperamos que pases un buen verano.

Saludos,
Torrons Mira""")

    o, b = order("es-v-reloj", "es", "Reloj de pared de madera de nogal")
    case("es-historia-taller", "quarantine", TY,
         "Thanks padded with the history of the family workshop.",
         to=b, frm="Relojería Artesa <info@relojeriaartesa.es>", fmt="alt", lang="es", day=7,
         subject=f"Gracias por su compra - pedido {o}", text=f"""Estimado cliente:

Le agradecemos sinceramente la confianza depositada en nosotros con el
pedido {o}.

Nuestro taller lo fundó mi abuelo en 1952 en una pequeña bajera de Tolosa,
arreglando relojes de los vecinos. Mi padre empezó a fabricar los primeros
relojes de pared en los años ochenta, y hoy somos ya la tercera generación
detrás del mismo banco de trabajo.

Reciba un cordial saludo,
Iñaki Etxeberria
Relojería Artesa""")

    o, b = order("mx-v-rebozo", "es", "Rebozo de algodón teñido a mano", tld="com.mx")
    case("mx-familia", "quarantine", TY,
         "Thanks padded with the family: the daughters help pack every order.",
         to=b, frm="Rebozos Doña Lupe <ventas@rebozosdonalupe.com.mx>", day=9,
         subject=f"Gracias por su compra ({o})", text=f"""Hola,

muchas gracias por su compra, pedido {o}. Somos un negocio familiar: mis
dos hijas me ayudan a envolver cada pedido al regresar de la escuela y mi
esposo es quien lleva los paquetes a la paquetería. Para nosotros cada venta
es una alegría muy grande.

Le mandamos un abrazo desde Santa María del Río,
Guadalupe y familia""")

    o, b = order("mx-v-bolsa", "es", "Bolsa de palma tejida", tld="com.mx")
    case("mx-mision", "quarantine", TY,
         "Thanks padded with the brand's mission and values.",
         to=b, frm="Manos de Oaxaca <hola@manosdeoaxaca.com.mx>", enc=L1, day=6,
         subject=f"Gracias - pedido {o}", text=f"""Estimado cliente:

gracias por su pedido {o}. En Manos de Oaxaca creemos en un comercio
justo y cercano: trabajamos directamente con tejedoras de la Mixteca y nos
importa que su oficio siga vivo para las próximas generaciones. Su compra
forma parte de esa historia.

Con cariño,
Manos de Oaxaca""")

    o, b = order("mx-v-vela", "es", "Vela aromática de cera de soya, vainilla", tld="com.mx")
    case("mx-como-se-hace", "quarantine", TY,
         "Thanks padded with how the candles are made in the workshop.",
         to=b, frm="Cerería Luz de Luna <pedidos@cererialuzdeluna.com.mx>", day=11,
         subject=f"Gracias por su vela ({o})", text=f"""Hola,

gracias por elegirnos (pedido {o}). Cada una de nuestras velas se vierte a
mano, en tandas pequeñas, en un tallercito de Coyoacán; la cera se derrite a
fuego lento por la mañana y por la tarde se le pone la mecha y la etiqueta,
una por una. Es un proceso lento que disfrutamos mucho.

Que tenga un excelente día,
Cerería Luz de Luna""")


# --------------------------------------------------------------------------------------------
# Portuguese (amazon.com.br)
# --------------------------------------------------------------------------------------------

def cases_pt() -> None:
    # ---- compliant ----
    o, b = order("pt-tabua", "pt", "Tábua de corte em madeira de teca 45 x 30 cm")
    case("pt-tabua-oleo", "relay", [],
         "Thanks plus one care instruction (oil the board before first use).",
         to=b, frm="Teca & Cia <contato@tecaecia.com.br>", day=8,
         subject=f"Sua tábua de teca (pedido {o})", text=f"""Olá!

Obrigado pela compra do pedido {o}. Antes do primeiro uso, passe uma
camada fina de óleo mineral na tábua e deixe secar de um dia para o outro.

Abraços,
Teca & Cia""")

    o, b = order("pt-bolsa", "pt", "Bolsa transversal de couro legítimo")
    case("pt-couro-marcas", "relay", [],
         "Thanks plus a product fact (natural leather shows marks and colour variations).",
         to=b, frm="Couro Nobre <atendimento@couronobre.com.br>", enc=L1, day=9,
         subject=f"Pedido {o} - sobre o couro da sua bolsa", text=f"""Prezada cliente,

agradecemos muito pela sua compra (pedido {o}). Por ser couro natural, a bolsa
pode apresentar pequenas marcas e variações de tom, que são próprias do
material e não defeitos.

Atenciosamente,
Couro Nobre""")

    o, b = order("pt-sofa", "pt", "Sofá retrátil 3 lugares, linho cinza")
    case("pt-sofa-duas-caixas", "relay", [],
         "Thanks plus a delivery detail (two boxes that may arrive on different days).",
         to=b, frm="Casa Aconchego <sac@casaaconchego.com.br>", day=3,
         subject=f"Entrega do seu sofá - pedido {o}", text=f"""Olá, tudo bem?

Muito obrigado por escolher a Casa Aconchego. Como o sofá do pedido {o}
segue em duas caixas, elas podem chegar em dias diferentes pela transportadora.

Um abraço,
Equipe Casa Aconchego""")

    o, b = order("pt-medalha", "pt", "Medalha de prata personalizada com gravação")
    case("pt-medalha-pergunta", "relay", [],
         "Thanks plus a question to the buyer about where to engrave.",
         to=b, frm="Prata Fina <pedidos@pratafina.com.br>", day=2,
         subject=f"Sua medalha personalizada ({o})", text=f"""Oi!

Obrigada pelo pedido {o}. Você prefere que a gravação fique na frente ou no
verso da medalha?

Beijos,
Lívia - Prata Fina""")

    o, b = order("pt-panela", "pt", "Panela elétrica de arroz 10 xícaras")
    case("pt-panela-garantia", "relay", [],
         "Thanks plus a warranty detail (12 months, covers the heating element).",
         to=b, frm="Eletro Lar <atendimento@eletrolar.com.br>", fmt="alt", lang="pt", enc=B64, day=7,
         subject=f"Garantia da sua panela elétrica ({o})", text=f"""Olá,

agradecemos a sua compra, pedido {o}. A garantia da panela é de 12 meses e
cobre defeitos de fabricação, inclusive na resistência.

Atenciosamente,
Eletro Lar""")

    o, b = order("pt-liquid", "pt", "Liquidificador 1400 W com copo de vidro")
    case("pt-faca-reposicao", "relay", [],
         "Thanks plus a part detail (a spare blade inside the box).",
         to=b, frm="Cozinha Forte <contato@cozinhaforte.com.br>", day=6,
         subject=f"Pedido {o}", text=f"""Olá!

Obrigado por comprar com a gente. Junto com o liquidificador do pedido {o}
vai uma faca de reposição, guardada num saquinho no fundo da caixa.

Até mais,
Cozinha Forte""")

    o, b = order("pt-brinquedo", "pt", "Trenzinho elétrico de madeira com trilhos")
    case("pt-boas-festas-pilhas", "relay", [],
         "Seasonal greeting and thanks plus one useful note (batteries not included, three AAA).",
         to=b, frm="Brincar Mais <loja@brincarmais.com.br>", enc=L1, day=4,
         subject=f"Boas festas! Pedido {o}", text=f"""Olá!

Desejamos boas festas a você e à sua família, e obrigado pelo pedido {o}.
Lembramos que as pilhas não acompanham o trenzinho: ele usa três pilhas AAA.

Um abraço,
Brincar Mais""")

    o, b = order("pt-cafe", "pt", "Café especial do Sul de Minas, torra média 500 g")
    case("pt-cafe-guardar-conversa", "relay", [],
         "Chatty (the harvest on the farm, cold mornings) with one storage instruction buried in it.",
         to=b, frm="Sítio Boa Vista <cafe@sitioboavista.com.br>", day=10,
         subject=f"Um obrigado lá da fazenda ({o})", text=f"""Olá!

Muito obrigado por levar o nosso café (pedido {o}). Por aqui a colheita
está a todo vapor, as manhãs estão geladas e o terreiro já está cheio de grão
secando ao sol. Meu pai diz que é a melhor safra em dez anos. Para manter o
aroma, guarde o pacote bem fechado e longe da geladeira. Bom café e uma ótima
semana para você!

Abraço,
João Paulo - Sítio Boa Vista""")

    o, b = order("pt-caneca", "pt", "Caneca de porcelana pintada à mão com friso dourado")
    case("pt-caneca-gato-microondas", "relay", [],
         "HTML, chatty (the shop cat) but one sentence says the gilded mug must not go in the microwave.",
         to=b, frm="Ateliê Miau <ola@ateliemiau.com.br>", fmt="html", lang="pt", day=11,
         subject=f"Sua caneca chegou! ({o})", text=f"""Oi!

Obrigada de coração pelo pedido {o}.

O Nino, nosso gato, passou a semana inteira dormindo em cima das caixas de
embalagem, então é bem possível que a sua tenha recebido uma visita dele.

Por causa do friso dourado, a caneca não pode ir ao micro-ondas.

Beijos do ateliê (e do Nino),
Ateliê Miau""")

    o, b = order("pt-capa", "pt", "Capa de silicone para controle de smart TV")
    case("pt-re-modelo", "relay", [],
         "A reply (Re: + quoted buyer question) confirming the cover fits the 2023 remote.",
         to=b, frm="Protege Tudo <sac@protegetudo.com.br>", day=5,
         reply="Boa tarde, a capa do pedido " + o + " serve no controle do modelo 2023?",
         subject=f"Re: Dúvida sobre o pedido {o}", text="""Boa tarde!

Obrigado pela mensagem. Serve sim: a capa foi feita para os controles de
2022 e de 2023, que têm o mesmo formato.

Att.,
Protege Tudo""")

    o, b = order("pt-cortina", "pt", "Cortina de linho para sala 2,80 x 2,60 m")
    case("pt-cortina-altura", "relay", [],
         "Thanks plus a measure (2.60 m high; a hem may be needed).",
         to=b, frm="Linho e Luz <contato@linhoeluz.com.br>", day=8,
         subject=f"Sua cortina (pedido {o})", text=f"""Olá,

obrigado pela compra! Só um lembrete: a cortina do pedido {o} tem 2,60 m de
altura, então, dependendo do seu pé-direito, talvez seja preciso fazer a barra.

Abraços,
Linho e Luz""")

    o, b = order("pt-luminaria", "pt", "Luminária de mesa articulada em metal")
    case("pt-luminaria-altura", "relay", [],
         "Thanks plus something the buyer can do (adjust the height with the knob in the base).",
         to=b, frm="Iluminar Design <ola@iluminardesign.com.br>", enc=B64, day=9,
         subject=f"Luminária do pedido {o}", text="""Olá,

agradecemos pela preferência! Se quiser, você pode regular a altura da
luminária girando a rosca que fica na base.

Equipe Iluminar Design""")

    o, b = order("pt-camisa", "pt", "Camisa de algodão xadrez, tamanho M")
    case("pt-camisa-festa-junina", "relay", [],
         "Chatty (the festa junina in town) with one washing instruction buried in it.",
         to=b, frm="Xadrez Caipira <loja@xadrezcaipira.com.br>", fmt="alt", lang="pt", day=12,
         subject=f"Obrigado e bom arraiá! ({o})", text=f"""Olá!

Muito obrigado pelo pedido {o}! Aqui em Caruaru a cidade já está toda
enfeitada de bandeirinhas e a gente não fala de outra coisa que não seja o
São João. O algodão encolhe um pouquinho na primeira lavagem, por isso lave a
camisa em água fria. Que a sua festa seja animada!

Um abraço,
Xadrez Caipira""")

    # ---- violations ----
    o, b = order("pt-v-vaso", "pt", "Vaso de cerâmica para plantas 25 cm")
    case("pt-so-obrigado", "quarantine", TY,
         "Nothing but thanks and how happy the shop is.",
         to=b, frm="Barro & Folha <contato@barroefolha.com.br>", day=8,
         subject=f"Obrigado! Pedido {o}", text=f"""Olá!

Muito obrigado pela sua compra (pedido {o}). Ficamos muito felizes com a
sua escolha e esperamos que goste bastante.

Abraços,
Barro & Folha""")

    o, b = order("pt-v-fone", "pt", "Fone de ouvido bluetooth com cancelamento de ruído")
    case("pt-a-disposicao", "quarantine", TY,
         "Thanks plus 'we are at your disposal for any question' only.",
         to=b, frm="Som Total <atendimento@somtotal.com.br>", enc=L1, day=9,
         subject=f"Pedido {o}", text=f"""Prezado cliente,

Agradecemos a preferência pelo pedido {o}. Qualquer dúvida ou problema,
estamos à inteira disposição para ajudar.

Atenciosamente,
Equipe Som Total""")

    o, b = order("pt-v-geleia", "pt", "Geleia artesanal de jabuticaba 250 g")
    case("pt-colheita-chuva", "quarantine", TY,
         "Thanks padded with the harvest and the rain on the farm.",
         to=b, frm="Sítio das Jabuticabas <ola@sitiodasjabuticabas.com.br>", day=10,
         subject=f"Obrigado pela compra! ({o})", text=f"""Oi!

Obrigado por comprar a nossa geleia (pedido {o}). Por aqui a colheita de
jabuticaba foi farta este ano, os pés ficaram pretinhos de fruta e a chuva
finalmente voltou depois de dois meses de seca. Está todo mundo animado no
sítio.

Um grande abraço,
Dona Cida e família""")

    o, b = order("pt-v-coleira", "pt", "Coleira de couro para cães porte médio")
    case("pt-cachorro-loja", "quarantine", TY,
         "HTML; thanks padded with the shop dog.",
         to=b, frm="Patas Felizes <loja@patasfelizes.com.br>", fmt="html", lang="pt", day=11,
         subject=f"Obrigado pelo pedido {o}", text=f"""Olá!

Agradecemos muito pelo seu pedido {o}.

O Pipoca, nosso vira-lata caramelo, é quem toma conta da loja: passa o dia
deitado no tapete da entrada e só levanta quando sente cheiro de pão de queijo.
Ele mandou um abraço de patinha.

Com carinho,
Patas Felizes""")

    o, b = order("pt-v-chapeu", "pt", "Chapéu de palha de carnaúba")
    case("pt-festa-cidade", "quarantine", TY,
         "Thanks padded with the town festival and a generic wish.",
         to=b, frm="Palha do Sertão <contato@palhadosertao.com.br>", enc=L1, day=12,
         subject=f"Obrigado! ({o})", text=f"""Olá, tudo bem?

Muito obrigado pelo pedido {o}. Essa semana é a festa da padroeira aqui na
cidade, tem procissão, quermesse e forró na praça até de madrugada, então a
loja anda animada demais. Desejamos a você dias muito felizes.

Abraços,
Palha do Sertão""")

    o, b = order("pt-v-rede", "pt", "Rede de dormir de algodão, casal")
    case("pt-historia-avo", "quarantine", TY,
         "Thanks padded with the history of the family business.",
         to=b, frm="Redes São Bento <vendas@redessaobento.com.br>", day=7,
         subject=f"Obrigada pela compra ({o})", text=f"""Olá!

Muito obrigada pela compra do pedido {o}.

A nossa história começou em 1987, no alpendre da casa da minha avó, que
tecia redes para os vizinhos de São Bento. Depois vieram minha mãe e minhas
tias, e hoje sou eu quem cuida do negócio, com a mesma paixão de sempre.

Um abraço carinhoso,
Francisca - Redes São Bento""")

    o, b = order("pt-v-sabonete", "pt", "Kit de sabonetes veganos artesanais")
    case("pt-missao", "quarantine", TY,
         "HTML alternative; thanks padded with the brand's mission and values.",
         to=b, frm="Essência Verde <ola@essenciaverde.com.br>", fmt="alt", lang="pt", enc=B64, day=6,
         subject=f"Obrigado por fazer parte disso ({o})", text=f"""Olá,

obrigado pelo seu pedido {o}. Acreditamos que cuidar de si também é cuidar do
planeta, e é por isso que trabalhamos com respeito às pessoas, aos animais e
à natureza em cada etapa. Ficamos felizes de ter você com a gente.

Com gratidão,
Essência Verde""")

    o, b = order("pt-v-prato", "pt", "Prato de cerâmica esmaltada feito à mão")
    case("pt-como-e-feito", "quarantine", TY,
         "Thanks padded with how the pieces are made by hand.",
         to=b, frm="Ateliê Terracota <contato@atelieterracota.com.br>", day=9,
         subject=f"Seu prato foi feito com carinho ({o})", text=f"""Olá!

Obrigada pelo pedido {o}. Cada peça do ateliê passa pelas mãos de cinco
artesãs: a argila é amassada e modelada no torno, descansa por uma semana e
depois vai para a queima no forno a lenha, que a gente acende bem cedinho.
É um trabalho lento, feito com muito amor.

Um abraço,
Ateliê Terracota""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_es, cases_pt))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="eightysecond"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
