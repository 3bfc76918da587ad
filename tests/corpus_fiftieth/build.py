#!/usr/bin/env python3
"""Build the fiftieth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_fiftieth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. The shape of the shared corpus in Spanish (amazon.es and
amazon.com.mx) and Italian (amazon.it): compliant near-misses sharing the violations' vocabulary, one focused
violation per heuristic rule of RULES.md sections B-D in each language, a few replies and a few messages that
break two rules. Native wordings (usted/tú, Lei/tu, Mexican and Peninsular vocabulary), indirect phrasing and
long sentences with the violating clause in the middle; latin-1 and utf-8.
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

_rnd = random.Random(50_2026_0615)
_PREFIX = {"es": "40", "it": "40", "com.mx": "70"}
_TLD = {"es": "es", "it": "it", "mx": "com.mx"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-05-28T09:00:00Z", shipped="2026-05-29T15:00:00Z",
                 delivered="2026-06-02T11:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-11T08:30:00Z"}
L1R = {"charset": "iso-8859-1", "cte": "quoted-printable"}
L1B = {"charset": "iso-8859-1", "cte": "base64"}
B64 = {"cte": "base64"}
L1 = {"charset": "windows-1252", "cte": "quoted-printable"}
L15 = {"charset": "iso-8859-15", "cte": "quoted-printable"}

TARGET = ["language.mismatch", "type.order-confirmation", "type.thank-you-only", "type.marketing",
          "review.incentive", "review.removal-request", "review.conditional", "review.repeat",
          "order-problem.cancellation-request", "order-problem.no-adjustment", "return.unnecessary",
          "content.sensitive", "content.phone-number", "content.email-address", "link.opt-out", "link.external"]
OTHER = ["order-id.missing", "order-id.unknown", "window.expired", "style.emoji", "style.line-breaks",
         "link.insecure"]


# One case (tests/corpus_build.shaped_case): plain, HTML or both; every target rule not named stays silent.
case = partial(shaped_case, CASE_LIST, TARGET, OTHER, thread="0100019c.f50", tag="t50", time="10:17:43")



# --------------------------------------------------------------------------------------------
# Spanish (amazon.es, amazon.com.mx)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    # ---- compliant near-misses --------------------------------------------------------------
    o, b = order("mx-garantia", "es", "Licuadora de vaso de vidrio 1.5 L, 10 velocidades", tld="com.mx")
    case("mx-licuadora-garantia-fabricante", "relay", [],
         "El número de teléfono es el del centro de servicio del fabricante y 'fabricante'/'garantía' están en "
         "la misma línea: número permitido.",
         to=b, frm="Cocina Norteña <atencion@cocinanortena.com.mx>", enc=L1R, lang="es",
         subject=f"Tu licuadora - cómo hacer válida la garantía (pedido {o})", text=f"""Hola, ¿qué tal?

Nos platicaste por mensaje que el motor de tu licuadora (pedido {o})
hace un zumbido raro y se calienta antes de tiempo, así que ya revisamos el caso.

Como la licuadora sigue en garantía, lo más rápido es que la revise el
centro de servicio del fabricante, garantía sin costo: 55 4178 2290 (de lunes a sábado, de 9 a 18 h).
Ten a la mano tu número de pedido y la etiqueta plateada que viene debajo de la base.

Cualquier duda sobre el proceso, aquí seguimos.

Saludos,
Ramiro Elizondo
Cocina Norteña""")

    o, b = order("es-review", "es", "Cafetera italiana de acero inoxidable, 6 tazas")
    case("es-cafetera-opinion-sincera", "relay", [],
         "Consejo de uso y petición neutral de una opinión sincera, 'sea buena o mala', sin nada a cambio ni "
         "condición: primera solicitud para este pedido, permitida.",
         to=b, frm="Moka y Tueste <hola@mokaytueste.es>", enc=L1, lang="es", day=9,
         subject=f"Su cafetera italiana: un truco para el primer café (pedido {o})", text=f"""Buenos días:

Le escribimos a propósito de la cafetera de su pedido {o}, que según el
transportista le llegó hace unos días. Un detalle que casi nadie cuenta: los tres
o cuatro primeros cafés conviene tirarlos, porque el acero aún suelta el sabor
del pulido; a partir de ahí, el café sale limpio.

Cuando ya la haya usado una temporada, nos vendría muy bien que contara en Amazon
qué tal le va, sea la impresión buena o mala: esas opiniones son las que de verdad
ayudan a quien duda entre un modelo y otro.

Un saludo cordial,
Lucía Barrena
Moka y Tueste""")

    o, b = order("mx-oos-ok", "es", "Comal de hierro fundido 32 cm", tld="com.mx", **OOS)
    case("mx-comal-agotado-reembolsado", "relay", [],
         "Sin existencias: el vendedor confirma que ya reembolsó el importe completo por ese motivo y que no hay "
         "que cancelar nada; ajuste confirmado con la razón.",
         to=b, frm="Fierro y Barro <ventas@fierroybarro.com.mx>", enc=B64, fmt="alt", lang="es",
         subject=f"Pedido {o}: no pudimos surtir tu comal", text=f"""Hola:

Te escribimos por tu pedido {o}. Al ir a empacar tu comal de 32 cm nos dimos
cuenta de que la última pieza que nos quedaba venía con una grieta de fundición,
y el proveedor ya no tiene existencias hasta el próximo año.

Por esa razón ya te reembolsamos el total del pedido, 649.00 MXN, esta misma
mañana; tú no tienes que cancelar ni hacer ningún trámite, el reembolso se refleja
según tu banco en unos días hábiles.

Lamentamos mucho no haber podido enviártelo.

Fierro y Barro""")

    o, b = order("es-return-info", "es", "Zapatillas de trail impermeables, talla 42")
    case("es-zapatillas-devolucion-fotos", "relay", [],
         "Mensaje sobre una devolución que pide la información necesaria (fotos de la suela y talla a cambiar): "
         "contacto de devolución permitido.",
         to=b, frm="Senda Outdoor <devoluciones@sendaoutdoor.es>", enc=L1, lang="es",
         subject=f"Devolución de sus zapatillas - necesitamos dos datos (pedido {o})", text=f"""Hola:

Hemos visto que ha solicitado la devolución de las zapatillas del pedido {o}
indicando que la suela se despega en la puntera. Para poder tramitarla como defecto
de fabricación y no como cambio de talla, ¿podría enviarnos en respuesta a este
mensaje dos fotos de la zona despegada, una de frente y otra de lado?

Díganos también si prefiere recibir otro par de la misma talla o el reembolso.

Gracias de antemano,
Equipo de Senda Outdoor""")

    o, b = order("es-reply-track", "es", "Lámpara de pie de latón con pantalla de lino")
    case("es-reply-donde-esta-lampara", "relay", [],
         "Respuesta a un comprador que preguntó por su envío: dar el número de seguimiento contestando es "
         "permitido (type.order-confirmation solo se aplica a mensajes proactivos).",
         to=b, frm="Luz de Taller <pedidos@luzdetaller.es>", enc=L1, lang="es",
         reply="Hola, hice el pedido hace días y todavía no sé nada de la lámpara. ¿Me podéis decir algo?",
         subject=f"Re: Consulta del comprador sobre el pedido {o}", text=f"""Hola, buenas tardes:

Perdona la espera. La lámpara de tu pedido {o} salió de nuestro taller
el viernes con SEUR y, por lo que vemos, está en la delegación de tu provincia;
lo normal es que te llegue mañana o pasado.

El número de seguimiento es 6542017739088. Si el lunes no la tienes, contéstanos
aquí mismo y lo reclamamos nosotros al transportista.

Un abrazo,
Nacho, de Luz de Taller""")

    o, b = order("es-tips", "es", "Sartén antiadherente de 28 cm, apta para inducción")
    case("es-sarten-si-no-queda-satisfecho", "relay", [],
         "Instrucciones de curado y 'si algo no le convence, escríbanos': ofrece ayuda sin pedir ninguna "
         "reseña, así que no hay condición ni promoción.",
         to=b, frm="Fogón Vasco <clientes@fogonvasco.es>", enc=L1R, lang="es", fmt="html",
         subject=f"Cómo cuidar su sartén nueva (pedido {o})", text=f"""Estimado cliente:

Le escribimos en relación con el pedido {o} para explicarle cómo alargar la vida
del antiadherente: antes del primer uso lávela con agua tibia, séquela y úntela con
unas gotas de aceite; y no la ponga nunca a fuego fuerte vacía, porque es lo que más
la castiga.

Si después de probarla hay algo que no le convence, o la base no le asienta bien en
su placa, escríbanos por la mensajería de Amazon y lo vemos juntos.

Atentamente,
Fogón Vasco""")

    # ---- violations --------------------------------------------------------------------------
    o, b = order("mx-incent", "es", "Molcajete de piedra volcánica con tejolote", tld="com.mx")
    case("mx-molcajete-envio-de-regreso", "reject", ["review.incentive"],
         "En medio de consejos de curado: 'te regresamos lo que pagaste de envío en cuanto publiques tu reseña': "
         "un reembolso a cambio de una reseña.",
         to=b, frm="Piedra y Maíz <hola@piedraymaiz.com.mx>", enc=L1R, lang="es",
         subject=f"Tu molcajete y cómo curarlo (pedido {o})", text=f"""¡Hola!

Gracias por tu compra. Antes de usar tu molcajete del pedido {o} hay que
curarlo: muele un puñito de arroz crudo varias veces hasta que salga blanco, y
luego unos dientes de ajo con comino; así se sella el poro de la piedra y, por cierto,
como agradecimiento te regresamos lo que pagaste de envío en cuanto publiques tu
reseña del producto en Amazon, que para nosotros que somos un negocio familiar
vale muchísimo, y después de eso ya queda listo para tu primera salsa.

Que lo disfrutes mucho,
Piedra y Maíz""")

    o, b = order("es-removal", "es", "Colchón viscoelástico 150x190, firmeza media")
    case("es-colchon-reconsiderar-valoracion", "reject", ["review.removal-request"],
         "Tras resolver la incidencia, pide 'reconsiderar' y 'dejar la valoración como crea que merece ahora' "
         "una opinión ya publicada: petición de cambiar una reseña existente.",
         to=b, frm="Descanso Ibérico <postventa@descansoiberico.es>", enc=L1B, lang="es",
         subject=f"Su colchón (pedido {o}) - incidencia resuelta", text=f"""Estimada Sra. Ortega:

Nos alegra saber que el nuevo colchón ya está en su casa y que el olor del primero,
que fue el motivo de su queja, era cosa de la funda y no del núcleo.

Hemos visto la opinión de una estrella que publicó en Amazon sobre el pedido {o}
antes de que pudiéramos ayudarla; ahora que el asunto está resuelto, ¿sería tan
amable de reconsiderarla y dejarla como crea que nos merecemos ahora? Para un
fabricante pequeño como nosotros cada valoración pesa muchísimo.

Reciba un cordial saludo,
Departamento de Postventa
Descanso Ibérico""")

    o, b = order("es-cond", "es", "Juego de 3 maletas rígidas de policarbonato")
    case("es-maletas-si-todo-bien", "reject", ["review.conditional"],
         "'Si el juego de maletas le ha dejado satisfecho, le animamos a valorarlo; si hubiera cualquier pega, "
         "antes de escribir nada, háblenos': reseña solo si la experiencia es buena.",
         to=b, frm="Equipaje Meridiano <info@equipajemeridiano.es>", enc=L1, lang="es", fmt="alt",
         subject=f"¿Qué tal sus maletas? (pedido {o})", text=f"""Hola:

Han pasado un par de semanas desde que recibió las maletas del pedido {o}, y
nos gustaría saber si ya han hecho su primer viaje. En caso de que el juego le haya
dejado satisfecho, le animamos a valorarlo en Amazon, mientras que si ha notado
cualquier pega (una rueda que roza, una cremallera dura) le pedimos que, antes de
escribir nada en la página del producto, hable primero con nosotros para
solucionarlo.

Buen viaje,
Equipaje Meridiano""")

    case("es-cafetera-recordatorio", "reject", ["review.repeat"],
         "Segunda petición de opinión para el mismo pedido de la cafetera, después de la primera ya enviada.",
         to=order_addr("es-review"), frm="Moka y Tueste <hola@mokaytueste.es>", enc=L1, lang="es", day=14,
         after=("es-cafetera-opinion-sincera",),
         subject=f"Una vez más sobre su cafetera (pedido {order_id('es-review')})", text=f"""Buenos días:

Hace unos días le escribimos por la cafetera de su pedido {order_id('es-review')}.
Sabemos que el correo se acumula, así que nos permitimos recordárselo: si le queda
un momento, su opinión en Amazon nos sigue interesando igual.

Un saludo cordial,
Lucía Barrena
Moka y Tueste""")

    o, b = order("mx-cancel", "es", "Hielera rígida 45 L con ruedas", tld="com.mx", **OOS)
    case("mx-hielera-cancelala-tu", "reject", ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Sin existencias: 'lo más práctico es que tú misma solicites la cancelación desde Mis pedidos', y no "
         "confirma ningún reembolso ni ajuste.",
         to=b, frm="Campamento Total <soporte@campamentototal.com.mx>", enc=L1R, lang="es",
         subject=f"Aviso importante sobre tu pedido {o}", text=f"""Hola, buen día:

Te escribimos porque la hielera de 45 L de tu pedido {o} se nos terminó en
bodega el mismo día que compraste, y la fábrica nos dice que no vuelve a surtir
antes de agosto, así que para no tenerte esperando lo más práctico es que tú misma
solicites la cancelación desde Mis pedidos en tu cuenta de Amazon, que así el sistema
lo procesa al momento.

Una disculpa por el inconveniente,
Campamento Total""")

    o, b = order("es-noadj", "es", "Estantería modular de roble, 5 baldas", **OOS)
    case("es-estanteria-le-avisaremos", "quarantine", ["order-problem.no-adjustment"],
         "La estantería no puede enviarse por falta de stock; el vendedor solo promete avisar cuando llegue "
         "la próxima remesa, sin confirmar ajuste ni reembolso (y sin pedir la cancelación).",
         to=b, frm="Madera Viva <tienda@maderaviva.es>", enc=L1, lang="es",
         subject=f"Su pedido {o}: estantería pendiente de reposición", text=f"""Estimado cliente:

Sentimos comunicarle que la estantería de roble de su pedido {o} no va a poder
salir esta semana, ya que el taller que nos suministra las baldas se ha quedado
sin tablero de la veta que usamos y, a día de hoy, no tenemos ninguna unidad
disponible en el almacén.

En cuanto entre la próxima remesa le avisaremos y se la mandaremos enseguida.
Disculpe las molestias.

Madera Viva""")

    o, b = order("es-return-rcv", "es", "Robot aspirador con base de vaciado")
    case("es-robot-devolucion-recibida", "quarantine", ["return.unnecessary"],
         "Solo comunica que la devolución ha llegado al almacén y que el reembolso seguirá 'los plazos "
         "habituales': ni pide información ni ofrece un reembolso parcial.",
         to=b, frm="Hogar Autónomo <devoluciones@hogarautonomo.es>", enc=L1B, lang="es",
         tolerated=("type.order-confirmation",),
         subject=f"Devolución del pedido {o}", text=f"""Hola:

Le confirmamos que el paquete con el robot aspirador que nos devolvió del pedido
{o} ha entrado esta mañana en nuestro almacén de Getafe y ya figura como
recibido en el sistema; el reembolso seguirá los plazos habituales de Amazon.

Atentamente,
Hogar Autónomo""")

    o, b = order("es-shipconf", "es", "Bicicleta estática plegable con pantalla LCD", shipped="2026-06-12T16:00:00Z",
                 delivered="")
    case("es-bici-ya-va-de-camino", "quarantine", ["type.order-confirmation"],
         "Proactivo: 'su bicicleta ya va de camino', transportista, número de seguimiento y fecha estimada, "
         "nada más: duplica la confirmación de envío.",
         to=b, frm="Gimnasio en Casa <envios@gimnasioencasa.es>", enc=L1R, lang="es", day=12,
         subject=f"Pedido {o} enviado", text=f"""Buenas tardes:

Le informamos de que la bicicleta estática de su pedido {o} ya va de camino:
ha salido hoy de nuestras instalaciones con MRW, número de seguimiento
0264 1187 5530 y entrega estimada para el martes.

Saludos,
Gimnasio en Casa""")

    o, b = order("mx-thanks", "es", "Set de 4 tazas de talavera pintadas a mano", tld="com.mx")
    case("mx-talavera-solo-agradecer", "quarantine", ["type.thank-you-only"],
         "Solo agradece la compra y se ofrece 'para lo que se te ofrezca': no queda ningún propósito.",
         to=b, frm="Talavera Angelopolitana <contacto@talaveraangelopolitana.com.mx>", enc=L1R, lang="es",
         subject=f"¡Gracias por tu compra! (pedido {o})", text=f"""¡Hola!

Solo queríamos darte las gracias de todo corazón por elegir nuestras tazas de
talavera en tu pedido {o}. Para nuestro taller en Puebla cada compra es un
gustazo, y aquí estamos para lo que se te ofrezca.

Con cariño,
Talavera Angelopolitana""")

    o, b = order("mx-mkt", "es", "Termo de acero 1 L para café", tld="com.mx")
    case("mx-termo-buen-fin", "quarantine", ["type.marketing"],
         "Entre instrucciones del termo, anuncia las ofertas del Buen Fin en el resto de su catálogo: "
         "promoción de otros productos.",
         to=b, frm="Café de Altura MX <hola@cafedealturamx.com.mx>", enc=L1, lang="es",
         subject=f"Tu termo: cómo quitarle el olor a nuevo (pedido {o})", text=f"""¡Hola!

Para que el termo de tu pedido {o} no le pase sabor al café, llénalo con agua
caliente y una cucharada de bicarbonato, déjalo reposar toda la noche y enjuágalo
bien; y ya que andamos por aquí te contamos que durante el Buen Fin toda nuestra
línea de prensas francesas y molinos manuales va a estar con 20 % de descuento en
nuestra tienda de Amazon, por si quieres completar tu equipo, pero lo importante es
que no lo metas al lavavajillas porque pierde el vacío.

Saludos cafeteros,
Café de Altura MX""")

    o, b = order("es-phone", "es", "Aire acondicionado portátil 9000 BTU")
    case("es-aire-llamenos-directamente", "reject", ["content.phone-number"],
         "Da el teléfono de atención al cliente de la propia tienda ('llámenos directamente'), sin relación "
         "con garantía, transportista ni fabricante.",
         to=b, frm="Climatiza Levante <clientes@climatizalevante.es>", enc=L1, lang="es", fmt="alt",
         subject=f"Instalación de su aire portátil (pedido {o})", text=f"""Buenos días:

Le escribimos por el aire acondicionado de su pedido {o}. Recuerde sacar el
tubo de salida por una ventana entreabierta y dejar el aparato en vertical unas
horas antes de encenderlo, porque si ha viajado tumbado el gas necesita asentarse;
si con todo y con eso no enfría como debería, no le dé más vueltas y llámenos
directamente al 963 528 417, que en nuestra oficina de Valencia le atendemos por
las mañanas y le guiamos paso a paso.

Un saludo,
Climatiza Levante""")

    o, b = order("es-mail", "es", "Cortinas opacas térmicas 140x260, gris perla")
    case("es-cortinas-escribanos-al-correo", "reject", ["content.email-address"],
         "Pide al comprador que envíe las medidas 'a nuestro correo de taller', con la dirección en el cuerpo.",
         to=b, frm="Telas del Sur <pedidos@telasdelsur.es>", enc=L1R, lang="es",
         subject=f"Arreglo de bajo de sus cortinas (pedido {o})", text=f"""Hola:

Nos comenta que las cortinas del pedido {o} le quedan largas. Podemos
hacerle el bajo sin coste; para ello, mándenos la altura exacta desde la barra
hasta el suelo a nuestro correo de taller, confeccion.telasdelsur@gmail.com, y en
cuanto la tengamos le decimos cómo enviárnoslas.

Saludos,
Telas del Sur""")

    o, b = order("es-optout", "es", "Báscula de baño con análisis corporal")
    case("es-bascula-dejar-de-recibir", "reject", ["link.opt-out"],
         "Pie con 'Si prefiere dejar de recibir nuestros mensajes, contéstenos con la palabra BAJA': texto "
         "de baja de comunicaciones.",
         to=b, frm="Vida Medida <info@vidamedida.es>", enc=L1, lang="es",
         subject=f"Su báscula: cómo emparejarla con la app (pedido {o})", text=f"""Hola:

Para emparejar la báscula de su pedido {o} con el móvil, quite la lámina
de plástico de las pilas, abra la aplicación y súbase descalzo a la báscula: el
número parpadeará hasta que el teléfono la detecte.

Un saludo,
Vida Medida

Si prefiere dejar de recibir nuestros mensajes, contéstenos con la palabra BAJA.""")

    o, b = order("mx-link", "es", "Silla gamer reclinable con cojín lumbar", tld="com.mx")
    case("mx-silla-video-en-nuestra-pagina", "reject", ["link.external"],
         "Enlace https al sitio web propio del vendedor con el video de armado: enlace externo no permitido.",
         to=b, frm="Trono Gamer <ayuda@tronogamer.com.mx>", enc=B64, fmt="html", lang="es",
         subject=f"Armado de tu silla (pedido {o})", text=f"""¡Qué onda!

Varios clientes nos han dicho que el manual de la silla de tu pedido {o} se
queda corto con el mecanismo del respaldo, así que grabamos un video de armado
paso a paso que puedes ver en https://www.tronogamer.com.mx/armado-silla-reclinable
antes de apretar los últimos tornillos.

Saludos,
Trono Gamer""")

    o, b = order("es-sens", "es", "Mochila para portátil 15,6 pulgadas, antirrobo")
    case("es-mochila-transportista-insultos", "quarantine", ["content.sensitive"],
         "En un aviso de retraso con la nueva fecha, insulta a la empresa de transporte ('panda de "
         "inútiles', 'me cago en...'): lenguaje ofensivo.",
         to=b, frm="Ruta Urbana <pedidos@rutaurbana.es>", enc=L1, lang="es",
         subject=f"Retraso en su mochila (pedido {o})", text=f"""Hola:

Le escribimos porque la mochila de su pedido {o} ha vuelto a nuestro almacén
sin que nadie pasara por su casa; la agencia de transporte, una panda de inútiles
que me cago en su estampa, la dio por entregada sin moverla del muelle. La hemos
enviado otra vez hoy con otra agencia y debería llegarle el jueves.

Perdone las molestias,
Ruta Urbana""")

    o, b = order("mx-double", "es", "Hamaca yucateca matrimonial de hilo de algodón", tld="com.mx")
    case("mx-hamaca-cupon-por-resena", "reject", ["review.incentive", "type.marketing"],
         "'Deja tu reseña y te mandamos un cupón del 15 % para tu siguiente compra en nuestra tienda': "
         "reseña pagada con un descuento, que además es un cupón promocional.",
         to=b, frm="Hamacas del Mayab <ventas@hamacasdelmayab.com.mx>", enc=L1R, lang="es",
         subject=f"Tu hamaca del pedido {o}", text=f"""¡Hola!

Esperamos que ya estés disfrutando tu hamaca del pedido {o}. Para colgarla,
deja entre los ganchos unos tres metros y medio y que quede a la altura de tu
cintura, y si nos haces el favor de contar en una reseña cómo te fue, te mandamos
por aquí un cupón del 15 % para tu siguiente compra en nuestra tienda, que vale para
cualquier color.

Saludos desde Mérida,
Hamacas del Mayab""")


# --------------------------------------------------------------------------------------------
# Italian (amazon.it)
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    # ---- compliant near-misses --------------------------------------------------------------
    o, b = order("it-garanzia", "it", "Macchina per espresso a leva, caldaia 1 l")
    case("it-espresso-assistenza-produttore", "relay", [],
         "Il numero è quello dell'assistenza del produttore, con 'produttore' e 'garanzia' nella stessa riga: "
         "numero consentito.",
         to=b, frm="Bottega del Caffè Sartori <assistenza@bottegasartori.it>", enc=L1R, lang="it",
         subject=f"La Sua macchina per espresso - riparazione in garanzia (ordine {o})", text=f"""Gentile cliente,

ci ha scritto che la leva della macchina dell'ordine {o} perde acqua dalla
guarnizione superiore dopo qualche estrazione.

Si tratta di un intervento coperto dalla garanzia di due anni, che viene svolto
direttamente dal centro assistenza del produttore, garanzia convenzionata: 0445 381 274
(dal lunedì al venerdì, 9-13 e 14-18). Tenga a portata di mano il numero di serie
stampato sotto il serbatoio.

Cordiali saluti,
Paolo Sartori""")

    o, b = order("it-review", "it", "Set di coltelli da cucina in acciaio damasco, 5 pezzi")
    case("it-coltelli-parere-sincero", "relay", [],
         "Consigli per l'affilatura e richiesta neutra di un parere 'qualunque esso sia', senza contropartite "
         "né condizioni: prima richiesta per l'ordine, consentita.",
         to=b, frm="Lame di Maniago <info@lamedimaniago.it>", enc=L1, lang="it", day=8,
         subject=f"I Suoi coltelli: come mantenere il filo (ordine {o})", text=f"""Buongiorno,

i coltelli dell'ordine {o} le sono stati consegnati qualche giorno fa e
volevamo lasciarle due indicazioni: li lavi sempre a mano e li asciughi subito, e
per ravvivare il filo usi l'acciaino prima che la lama perda del tutto il mordente,
non dopo.

Quando li avrà messi alla prova per un po', ci farebbe piacere se raccontasse su
Amazon come si trova, qualunque sia il Suo giudizio: sono proprio i pareri degli
altri clienti a orientare chi deve scegliere.

Un cordiale saluto,
Lame di Maniago""")

    o, b = order("it-oos-ok", "it", "Lampada da scrivania in ottone brunito", **OOS)
    case("it-lampada-esaurita-rimborsata", "relay", [],
         "Articolo esaurito: il venditore conferma di aver già rimborsato l'intero importo per questo motivo e "
         "che il cliente non deve annullare nulla: adeguamento confermato con la ragione.",
         to=b, frm="Officina Lumen <ordini@officinalumen.it>", enc=B64, fmt="alt", lang="it",
         subject=f"Ordine {o}: lampada non più disponibile", text=f"""Gentile cliente,

purtroppo la lampada in ottone brunito del Suo ordine {o} non è più
disponibile: l'ultimo pezzo in magazzino è risultato graffiato al controllo e la
fonderia ha sospeso la produzione di questa finitura.

Per questo motivo abbiamo già provveduto a rimborsarle l'intero importo
dell'ordine, 118,00 EUR; non deve annullare né fare altro, l'accredito compare sul
Suo metodo di pagamento entro pochi giorni lavorativi.

Ci scusiamo per l'inconveniente.
Officina Lumen""")

    o, b = order("it-return-info", "it", "Piumone matrimoniale 4 stagioni, 250x200")
    case("it-piumone-reso-quale-strato", "relay", [],
         "Messaggio su un reso che chiede l'informazione necessaria (quale dei due strati ha il difetto e la "
         "foto dell'etichetta): contatto consentito.",
         to=b, frm="Casa Tessile Brianza <resi@casatessilebrianza.it>", enc=L1, lang="it",
         subject=f"Reso del piumone - una domanda (ordine {o})", text=f"""Buongiorno,

abbiamo ricevuto la Sua richiesta di reso per il piumone dell'ordine {o}, in
cui segnala delle piume che escono dalle cuciture. Il piumone 4 stagioni è fatto di
due strati che si agganciano: ci può dire se il problema riguarda quello leggero o
quello più pesante, e mandarci in risposta una foto dell'etichetta cucita
sull'angolo? Così prepariamo subito il ricambio giusto.

Grazie e buona giornata,
Casa Tessile Brianza""")

    o, b = order("it-reply-track", "it", "Tostapane a 2 fette in acciaio satinato")
    case("it-reply-dov-e-il-tostapane", "relay", [],
         "Risposta a un cliente che chiedeva dove fosse il pacco: il numero di tracciamento in risposta è "
         "consentito (type.order-confirmation riguarda solo i messaggi proattivi).",
         to=b, frm="Colazione Italiana <spedizioni@colazioneitaliana.it>", enc=L1R, lang="it",
         reply="Buongiorno, il tostapane risulta spedito ma non mi è ancora arrivato. Sapete dirmi qualcosa?",
         subject=f"Re: Domanda del cliente sull'ordine {o}", text=f"""Ciao,

scusa per l'attesa. Il tostapane dell'ordine {o} è partito martedì con BRT e
dal tracciamento risulta fermo in filiale per un indirizzo incompleto (manca il
numero civico). Il codice di tracciamento è 1740 2261 8853: se chiami il corriere
con quel codice te lo consegnano già domani.

A presto,
Giulia di Colazione Italiana""")

    o, b = order("it-tips", "it", "Pentola a pressione 6 l in acciaio inox")
    case("it-pentola-se-qualcosa-non-va", "relay", [],
         "Istruzioni d'uso e 'se qualcosa non La convince, ci scriva': offre aiuto senza chiedere alcuna "
         "recensione, dunque nessuna condizione.",
         to=b, frm="Cucina Veloce <clienti@cucinaveloce.it>", enc=L1, lang="it", fmt="html",
         subject=f"Primo utilizzo della pentola a pressione (ordine {o})", text=f"""Gentile cliente,

prima di usare la pentola a pressione dell'ordine {o} faccia un giro a vuoto
con mezzo litro d'acqua: serve ad assestare la guarnizione. Non la riempia mai oltre
i due terzi e, con i legumi, non oltre la metà.

Se dopo le prime prove qualcosa non La convince, per esempio la valvola fischia
troppo presto, ci scriva tramite la messaggistica di Amazon e la aiutiamo volentieri.

Cordiali saluti,
Cucina Veloce""")

    # ---- violations --------------------------------------------------------------------------
    o, b = order("it-incent", "it", "Tappetino da yoga in sughero naturale, 183x61")
    case("it-tappetino-gift-card", "reject", ["review.incentive"],
         "A metà di un lungo periodo di consigli: 'a chi ci lascia un commento sulla pagina del prodotto "
         "regaliamo una gift card Amazon da 15 euro': compenso per una recensione.",
         to=b, frm="Respiro Yoga <ciao@respiroyoga.it>", enc=L1R, lang="it",
         subject=f"Il tuo tappetino in sughero (ordine {o})", text=f"""Ciao!

Il tappetino dell'ordine {o} è in sughero vero, quindi i primi giorni può
avere un leggero odore di bosco che sparisce da solo; puliscilo solo con un panno
umido, e visto che siamo una realtà piccola ti diciamo anche che a chi ci lascia un
commento sulla pagina del prodotto regaliamo una gift card Amazon da 15 euro come
ringraziamento, mentre va evitato di lasciarlo al sole dietro a una finestra perché
il sughero si secca.

Namasté,
Respiro Yoga""")

    o, b = order("it-removal", "it", "Robot da cucina multifunzione 1200 W")
    case("it-robot-ritoccare-stelle", "reject", ["review.removal-request"],
         "Dopo aver sostituito la caraffa, chiede di 'ritoccare le stelline' della recensione già pubblicata: "
         "richiesta di modificare una recensione esistente.",
         to=b, frm="Elettrodomestici Ferraresi <postvendita@elettroferraresi.it>", enc=L1B, lang="it",
         subject=f"Sostituzione della caraffa (ordine {o})", text=f"""Gentile signor Bassi,

la nuova caraffa per il robot dell'ordine {o} è stata consegnata ieri e
speriamo che ora tutto funzioni come deve.

Abbiamo letto il commento che aveva scritto su Amazon quando la prima caraffa
perdeva: ora che il problema è risolto, Le chiederemmo la cortesia di ritoccare le
stelline che ci aveva dato, così da rispecchiare com'è andata a finire.

Distinti saluti,
Servizio post-vendita
Elettrodomestici Ferraresi""")

    o, b = order("it-cond", "it", "Zaino da trekking 40 l con coprizaino")
    case("it-zaino-se-ti-e-piaciuto", "reject", ["review.conditional"],
         "'Se lo zaino ti ha convinto, lasciaci due righe su Amazon; se invece qualcosa non ti torna, scrivi "
         "prima a noi': recensione chiesta solo a chi è soddisfatto.",
         to=b, frm="Sentieri Alti <info@sentierialti.it>", enc=L1, lang="it", fmt="alt",
         subject=f"Com'è andata la prima uscita? (ordine {o})", text=f"""Ciao,

speriamo che lo zaino dell'ordine {o} ti abbia già accompagnato su qualche
sentiero. Nel caso in cui ti abbia convinto, lasciaci pure due righe su Amazon,
mentre se c'è qualcosa che non ti torna, dagli spallacci alla cerniera del
fondo, scrivi prima a noi e vediamo di sistemarlo senza che tu debba passare dalla
pagina del prodotto.

Buone camminate,
Sentieri Alti""")

    case("it-coltelli-sollecito", "reject", ["review.repeat"],
         "Seconda richiesta di recensione per lo stesso ordine dei coltelli dopo la prima già inoltrata.",
         to=order_addr("it-review"), frm="Lame di Maniago <info@lamedimaniago.it>", enc=L1, lang="it", day=14,
         after=("it-coltelli-parere-sincero",),
         subject=f"Ancora sui Suoi coltelli (ordine {order_id('it-review')})", text=f"""Buongiorno,

ci permettiamo di tornare sul nostro messaggio di qualche giorno fa riguardo
all'ordine {order_id('it-review')}: se nel frattempo ha trovato un minuto,
il Suo parere su Amazon sarebbe ancora molto gradito.

Un cordiale saluto,
Lame di Maniago""")

    o, b = order("it-cancel", "it", "Stendibiancheria da balcone in alluminio", **OOS)
    case("it-stendino-annullamento-a-lei", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Esaurito: 'Le chiediamo di procedere Lei all'annullamento dalla sezione I miei ordini', senza "
         "confermare alcun rimborso o adeguamento.",
         to=b, frm="Casa Pratica <ordini@casapratica.it>", enc=L1R, lang="it",
         subject=f"Comunicazione sull'ordine {o}", text=f"""Gentile cliente,

Le scriviamo in merito all'ordine {o}: lo stendibiancheria che ha acquistato
è andato esaurito proprio nelle ore del Suo acquisto e il fornitore non ha una
data certa di riassortimento, per cui, onde evitarle un'attesa indefinita, Le
chiediamo di procedere Lei all'annullamento dalla sezione I miei ordini del Suo
account, che è la via più rapida.

Ci scusiamo per il disagio,
Casa Pratica""")

    o, b = order("it-noadj", "it", "Poltrona relax reclinabile in tessuto, color tortora", **OOS)
    case("it-poltrona-la-terremo-aggiornata", "quarantine", ["order-problem.no-adjustment"],
         "La poltrona non può essere spedita per mancanza di pezzi; si promette solo di tenere aggiornato il "
         "cliente, senza confermare un adeguamento o un rimborso.",
         to=b, frm="Salotti Marchigiani <servizio@salottimarchigiani.it>", enc=L1, lang="it",
         subject=f"Ordine {o}: ritardo nella disponibilità", text=f"""Gentile cliente,

ci dispiace informarla che la poltrona del Suo ordine {o} al momento non può
partire: il tessuto color tortora è terminato e in magazzino non ci sono più
pezzi pronti.

La terremo aggiornata non appena il fornitore ci confermerà una nuova consegna del
tessuto. Grazie per la pazienza.

Salotti Marchigiani""")

    o, b = order("it-return-pol", "it", "Friggitrice ad aria 5,5 l con finestra")
    case("it-friggitrice-ci-ripensi", "quarantine", ["return.unnecessary"],
         "Messaggio sul reso che ricorda le condizioni e invita a 'pensarci bene' prima di rispedire: né "
         "chiede informazioni necessarie né offre un rimborso parziale.",
         to=b, frm="Cucina Leggera <resi@cucinaleggera.it>", enc=L1B, lang="it",
         subject=f"La Sua richiesta di reso (ordine {o})", text=f"""Gentile cliente,

abbiamo visto che ha aperto un reso per la friggitrice dell'ordine {o}.
Prima di spedirla, Le ricordiamo che il prodotto deve tornare nell'imballo
originale e senza residui di cottura, e che molti clienti dopo la prima settimana
imparano a regolarla e se ne innamorano: ci pensi bene prima di rimandarla indietro.

Cordiali saluti,
Cucina Leggera""")

    o, b = order("it-orderconf", "it", "Set di 6 bicchieri in vetro di Murano")
    case("it-bicchieri-ordine-ricevuto", "quarantine", ["type.order-confirmation"],
         "Proattivo: conferma che l'ordine è stato ricevuto, è in preparazione e partirà entro domani; nessun "
         "altro scopo.",
         to=b, frm="Vetreria Lagunare <ordini@vetrerialagunare.it>", enc=L1R, lang="it", day=12,
         subject=f"Conferma dell'ordine {o}", text=f"""Gentile cliente,

con la presente Le confermiamo che il Suo ordine {o} per il set di
bicchieri è stato regolarmente preso in carico dal nostro laboratorio ed è già in
fase di imballaggio; partirà entro domani con corriere espresso.

Distinti saluti,
Vetreria Lagunare""")

    o, b = order("it-thanks", "it", "Taglieri in legno d'ulivo, set di 2")
    case("it-taglieri-grazie-di-cuore", "quarantine", ["type.thank-you-only"],
         "Solo ringraziamenti per l'acquisto e disponibilità generica: nessun altro contenuto.",
         to=b, frm="Ulivo Pugliese <ciao@ulivopugliese.it>", enc=L1, lang="it",
         subject=f"Grazie! (ordine {o})", text=f"""Ciao,

volevamo semplicemente dirti grazie per aver scelto i nostri taglieri d'ulivo
con l'ordine {o}: per la nostra piccola falegnameria di Bitonto ogni ordine
è una festa. Per qualsiasi cosa, restiamo a tua disposizione.

Un abbraccio,
Ulivo Pugliese""")

    o, b = order("it-mkt", "it", "Moka elettrica 3 tazze")
    case("it-moka-seguici-su-instagram", "quarantine", ["type.marketing"],
         "In mezzo a istruzioni d'uso invita a seguire la pagina Instagram per le anteprime della nuova "
         "linea di miscele: richiesta di seguire sui social e promozione di altri prodotti.",
         to=b, frm="Aroma Partenopeo <info@aromapartenopeo.it>", enc=L1R, lang="it",
         subject=f"La Sua moka elettrica (ordine {o})", text=f"""Buongiorno,

per la moka elettrica dell'ordine {o} usi una macinatura media, mai fine come
per l'espresso, e non pressi il caffè nel filtro; se ha voglia di scoprire in
anteprima le nuove miscele che lanceremo a settembre ci segua su Instagram come
@aromapartenopeo, dove pubblichiamo anche le offerte riservate ai follower, e
ricordi di staccare la spina appena il caffè è salito.

Cordiali saluti,
Aroma Partenopeo""")

    o, b = order("it-phone", "it", "Materasso in memory foam 160x190")
    case("it-materasso-ci-telefoni", "reject", ["content.phone-number"],
         "Dà il numero del servizio clienti del negozio ('ci telefoni pure'), che non è di garanzia, corriere "
         "o produttore.",
         to=b, frm="Dormi Bene Italia <clienti@dormibeneitalia.it>", enc=L1, lang="it", fmt="alt",
         subject=f"Il Suo materasso (ordine {o})", text=f"""Gentile cliente,

il materasso dell'ordine {o} arriva arrotolato e sottovuoto: dopo averlo
aperto lo lasci riprendere forma per almeno 24 ore prima di dormirci, e se dopo due
giorni Le sembra ancora troppo basso in un punto ci telefoni pure allo 051 684 2290,
il nostro ufficio clienti di Bologna, così valutiamo insieme come procedere.

Distinti saluti,
Dormi Bene Italia""")

    o, b = order("it-mail", "it", "Tende a rullo oscuranti 90x180, set di 2")
    case("it-tende-mandi-le-misure", "reject", ["content.email-address"],
         "Chiede di inviare le misure all'indirizzo email del laboratorio, scritto nel corpo del messaggio.",
         to=b, frm="Tende su Misura Veneto <ordini@tendesumisuraveneto.it>", enc=L1R, lang="it",
         subject=f"Accorciare le tende (ordine {o})", text=f"""Buongiorno,

ci scrive che le tende dell'ordine {o} sono troppo larghe per la Sua
finestra. Le accorciamo noi gratuitamente: ci mandi la larghezza esatta del vano
all'indirizzo laboratorio.tendeveneto@libero.it e Le spieghiamo come spedircele.

Cordiali saluti,
Tende su Misura Veneto""")

    o, b = order("it-optout", "it", "Spazzolino elettrico sonico con 4 testine")
    case("it-spazzolino-non-ricevere-piu", "reject", ["link.opt-out"],
         "Chiusura con 'Se non desidera più ricevere comunicazioni da parte nostra, ce lo scriva e La "
         "togliamo dall'elenco': testo di disiscrizione.",
         to=b, frm="Sorriso Smart <info@sorrisosmart.it>", enc=L1, lang="it",
         subject=f"Le testine del Suo spazzolino (ordine {o})", text=f"""Buongiorno,

le testine dello spazzolino dell'ordine {o} vanno cambiate ogni tre mesi
circa, o prima se le setole si aprono a ventaglio; quando la spia arancione
lampeggia, la batteria va ricaricata per una notte intera.

Cordiali saluti,
Sorriso Smart

Se non desidera più ricevere comunicazioni da parte nostra, ce lo scriva e La togliamo dall'elenco.""")

    o, b = order("it-link", "it", "Scaffale in metallo per garage, 5 ripiani")
    case("it-scaffale-guida-sul-nostro-sito", "reject", ["link.external"],
         "Link https alla guida di montaggio sul sito del venditore: link esterno non consentito.",
         to=b, frm="Ferramenta Emiliana <assistenza@ferramentaemiliana.it>", enc=B64, fmt="html", lang="it",
         subject=f"Montaggio dello scaffale (ordine {o})", text=f"""Buongiorno,

alcuni clienti trovano poco chiaro il punto in cui si agganciano le crociere dello
scaffale dell'ordine {o}; abbiamo preparato una guida fotografica che trova
su https://www.ferramentaemiliana.it/guide/scaffale-garage-5-ripiani prima di
stringere i bulloni.

Buon lavoro,
Ferramenta Emiliana""")

    o, b = order("it-sens", "it", "Valigia cabina 55x40x20 in ABS")
    case("it-valigia-corriere-insulti", "quarantine", ["content.sensitive"],
         "Nell'avviso di rispedizione insulta il corriere ('quei coglioni', 'deposito di merda'): linguaggio "
         "offensivo.",
         to=b, frm="Viaggi Leggeri <ordini@viaggileggeri.it>", enc=L1, lang="it",
         subject=f"La Sua valigia (ordine {o})", text=f"""Buongiorno,

la valigia dell'ordine {o} ci è tornata indietro ammaccata perché quei
coglioni del corriere l'hanno lasciata sotto la pioggia in un deposito di merda per
tre giorni. Gliene abbiamo spedita una nuova oggi con un altro corriere e arriverà
venerdì.

Ci scusi,
Viaggi Leggeri""")

    o, b = order("it-lang", "es", "Cuscino cervicale in memory foam", tld="es")
    case("it-cuscino-a-cliente-spagnolo", "quarantine", ["language.mismatch"],
         "Messaggio interamente in italiano a un cliente di amazon.es con lingua es: non è la lingua del "
         "cliente.",
         to=b, frm="Riposo Naturale <info@riposonaturale.it>", enc=L1, lang="it",
         subject=f"Ritardo nella spedizione (ordine {o})", text=f"""Buongiorno,

Le scriviamo per avvisarla che il cuscino del Suo ordine {o} partirà con due
giorni di ritardo rispetto alla data prevista, perché la federa in cotone biologico
ci arriva dal laboratorio solo mercoledì. Nuova data di spedizione: giovedì.

Ci scusiamo per l'attesa,
Riposo Naturale""")

    o, b = order("it-double", "it", "Forno elettrico ventilato 45 l", **OOS)
    case("it-forno-esaurito-chiami-noi", "reject", ["order-problem.no-adjustment", "content.phone-number"],
         "Esaurito senza conferma di rimborso o adeguamento, e in più il numero del centralino del negozio "
         "per 'decidere insieme'.",
         to=b, frm="Elettro Casa Romagna <vendite@elettrocasaromagna.it>", enc=L1R, lang="it",
         subject=f"Ordine {o}: forno non disponibile", text=f"""Gentile cliente,

il forno ventilato del Suo ordine {o} risulta purtroppo esaurito presso il
nostro distributore e non sappiamo ancora quando tornerà disponibile; per decidere
insieme come procedere può chiamare il nostro centralino allo 0541 772 318, dalle
9 alle 17.

Cordiali saluti,
Elettro Casa Romagna""")


def order_id(key: str) -> str:
    return ORDERS[key]["order_id"]


def order_addr(key: str) -> str:
    return ORDERS[key]["buyer_email"]


def main() -> None:
    collect_by_language(CASE_LIST, (cases_es, cases_it))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="fiftieth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
