#!/usr/bin/env python3
"""Build the fifty-third labelled corpus: orders.csv, cases/*.eml and labels.json.

    .venv/bin/python tests/corpus_fiftythird/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. The shape of the shared corpus (its mix of rules and message
kinds) in Spanish (amazon.es and amazon.com.mx), Italian (amazon.it) and Brazilian Portuguese (amazon.com.br),
written the way small sellers there write: colloquial, regional (Mexican, Argentine voseo, Brazilian "a gente"),
with typos and missing accents, the violating clause mid-sentence or in a P.S.; about 40% compliant near-misses
that share vocabulary with a violation.
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

_rnd = random.Random(53_2026_0615)
_PREFIX = {"es": "40", "it": "40", "com.mx": "70", "com.br": "70"}
_TLD = {"es": "es", "it": "it", "pt": "com.br"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T14:00:00Z", shipped="2026-06-02T16:00:00Z",
                 delivered="2026-06-05T13:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-12T19:20:00Z"}
SHIPPED = {"shipped": "2026-06-14T17:00:00Z", "delivered": "", "purchased": "2026-06-13T09:00:00Z"}
OPEN = {"shipped": "", "delivered": "", "purchased": "2026-06-11T11:00:00Z"}
B64 = {"cte": "base64"}
L1 = {"charset": "windows-1252", "cte": "quoted-printable"}
L15 = {"charset": "iso-8859-15", "cte": "quoted-printable"}

TARGET = ["language.mismatch", "type.order-confirmation", "type.thank-you-only", "type.marketing",
          "review.incentive", "review.removal-request", "review.conditional", "review.repeat",
          "order-problem.cancellation-request", "order-problem.no-adjustment", "return.unnecessary",
          "content.sensitive", "content.phone-number", "content.email-address", "link.opt-out", "link.external",
          "link.insecure", "style.emoji"]
OTHER = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired",
         "style.line-breaks", "style.link-text", "attachment.not-allowed"]

case = partial(shaped_case, CASE_LIST, TARGET, OTHER, thread="0100019c.f53", tag="f53", time="11:17:42")


# --------------------------------------------------------------------------------------------
# Spanish, Spain (amazon.es)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    frm = "Ceramicas La Alcazaba <pedidos@ceramicaslaalcazaba.es>"
    o, b = order("es-review", "es", "Juego de 6 cuencos de ceramica esmaltada azul", tld="es")
    case("es-opinion-buena-o-mala", "relay", [],
         "Peticion de opinion neutra ('buena o mala, nos sirve igual'), sin nada a cambio ni condicion, con 'nos "
         "ayudaria' referido a mejorar el producto, no a una nota alta: permitida y primera peticion del pedido.",
         to=b, frm=frm, enc=L1, day=9, subject=f"Sus cuencos de ceramica - pedido {o}", text=f"""Hola buenas,

Le escribo por los cuencos azules de su pedido {o}. Como son
esmaltados a mano, es normal que cada uno tenga un tono un poco distinto; no
es un defecto. Aguantan lavavajillas pero no el horno.

Cuando los haya usado unos dias, si le apetece dejar una opinion en Amazon
contando que tal, sea buena o mala, nos sirve igual: nos ayudaria a saber que
mejorar en el proximo horneado.

Un saludo,
Rocio
Ceramicas La Alcazaba""")

    case("es-opinion-recordatorio", "reject", ["review.repeat"],
         "Segunda peticion de opinion para el mismo pedido ('por si se le paso') despues de la primera, que se "
         "envio.",
         to=b, frm=frm, enc=L1, day=14, after=("es-opinion-buena-o-mala",),
         subject=f"Recordatorio: cuencos pedido {o}", text=f"""Hola otra vez,

Por si se le paso el otro correo: seguimos encantados de leer su opinion sobre
los cuencos del pedido {o} en Amazon, es solo un minutito.

Gracias y un saludo,
Rocio
Ceramicas La Alcazaba""")

    o, b = order("es-delay", "es", "Silla plegable de haya para terraza", tld="es", **OPEN)
    case("es-retraso-tel-transportista", "relay", [],
         "Aviso de retraso con el telefono de la agencia de transporte en la misma frase que 'transportista': "
         "numero permitido.",
         to=b, frm="Muebles Txoko <hola@mueblestxoko.es>", day=12,
         subject=f"Retraso en su pedido {o}", text=f"""Buenos dias,

Su silla plegable del pedido {o} va con unos dias de retraso, el
taller de barnizado nos la entrega el jueves en vez del lunes. Saldra el
viernes 19 y calculamos que la tendra el martes 23.

El envio va con la agencia Transportes Ibarra; si el dia del reparto no va a
estar en casa, puede llamar al transportista al 943 55 21 08 para cambiar la
franja.

Perdone las molestias.
Iker, Muebles Txoko""")

    o, b = order("es-oos-ok", "es", "Lampara de mimbre natural 40 cm", tld="es", **OOS)
    case("es-sin-stock-reembolsado", "relay", [],
         "Rotura de stock con el importe total reembolsado y el motivo 'sin inventario'; 'no hace falta que "
         "cancele usted nada': confirma el ajuste y no pide la cancelacion.",
         to=b, frm="Mimbre y Mas <tienda@mimbreymas.es>", enc=B64, fmt="alt", lang="es",
         subject=f"Pedido {o}: lampara agotada, reembolso hecho", text=f"""Hola,

Sentimos mucho decirle que la lampara de mimbre de 40 cm de su pedido
{o} se nos ha agotado: la artesana que las hace esta de baja y no
tendremos mas hasta septiembre.

Ya hemos devuelto el importe total (34,90 EUR) desde Amazon, con el motivo
"sin inventario". No hace falta que cancele usted nada, el pedido queda
cerrado y el dinero le llega en 3-5 dias habiles segun su banco.

Disculpe de verdad,
Maite - Mimbre y Mas""")

    o, b = order("es-coupon-reply", "es", "Funda nordica de lino lavado 150", tld="es")
    case("es-respuesta-sin-cupones", "relay", [],
         "Respuesta a un comprador que pregunta por cupones: 'no tenemos cupones ni codigos' y la medida de la "
         "funda; contesta sin promocionar nada.",
         to=b, frm="Lino Lavado <atencion@linolavado.es>",
         reply="Hola, hay algun cupon de descuento para pedir otra funda? y la de 150 vale para una cama de 135?",
         subject=f"Re: Pregunta sobre funda {o}", text="""Hola Carmen,

Pues ahora mismo no tenemos cupones ni codigos de descuento, el precio es el
que ve en Amazon.

Sobre la medida: la funda de 150 mide 240x220 cm y en una cama de 135 queda
bastante holgada, cuelga unos 30 cm por cada lado. Si prefiere que quede mas
justa, la de 135 mide 220x220.

Un saludo,
Elena""")

    o, b = order("es-removal-nm", "es", "Olla a presion 6 L acero inoxidable", tld="es")
    case("es-respuesta-opinion-sin-pedir-cambio", "relay", [],
         "Respuesta a un comprador que se quejo en su opinion: envia la junta de repuesto por garantia y dice "
         "expresamente que no le pide tocar la opinion; no es peticion de modificarla.",
         to=b, frm="Menaje Tormes <posventa@menajetormes.es>",
         reply="La olla pierde vapor por la tapa, ya lo puse en mi opinion. Que solucion hay?",
         subject=f"Re: Olla pierde vapor - pedido {o}", text=f"""Hola Javier,

Sentimos lo de la olla del pedido {o}. Casi siempre es la junta de
silicona, que viene un poco rigida de fabrica. Le mandamos hoy una junta nueva
por la garantia, sin coste, y le llega en 2 o 3 dias.

Hemos leido su opinion y tiene toda la razon en lo que cuenta; no le vamos a
pedir que la cambie, nos sirve para mejorar.

Un saludo,
Sergio - Menaje Tormes""")

    o, b = order("es-sorteo", "es", "Set de 4 tazas de gres pintadas a mano", tld="es")
    case("es-sorteo-por-resena", "reject", ["review.incentive"],
         "La peticion de resena va unida a entrar en un sorteo mensual de un set de tazas: beneficio a cambio de "
         "la resena.",
         to=b, frm="Gres del Sur <info@gresdelsur.es>", enc=L1,
         subject=f"Sus tazas de gres (pedido {o})", text=f"""Hola!

Esperamos que las tazas del pedido {o} hayan llegado enteritas, las
envolvemos una a una pero nunca se sabe.

Un consejo: la primera vez lavelas con agua y un chorrito de vinagre, asi el
esmalte queda mas brillante. Y le contamos que todos los clientes que nos dejan
su resena en Amazon este mes entran en el sorteo de un set completo de tazas,
lo sorteamos el dia 30.

Un abrazo,
Lola y Paco, Gres del Sur""")

    o, b = order("es-cancel", "es", "Mochila de cuero para portatil 15 pulgadas", tld="es", **OOS)
    case("es-cancele-usted-el-pedido", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Sin stock: pide al comprador que cancele el pedido desde su cuenta y no confirma ningun ajuste del "
         "importe.",
         to=b, frm="Cueros Montalvo <ventas@cuerosmontalvo.es>",
         subject=f"Incidencia pedido {o}", text=f"""Hola buenas tardes,

Le escribo por su pedido {o} de la mochila de cuero. Nos ha fallado
el proveedor de la piel color coñac y no nos queda ninguna, asi que no se la
vamos a poder mandar. Le agradeceriamos que cancele usted el pedido desde Mis
pedidos en Amazon, que asi es mas rapido para todos.

Disculpe el lio,
Alvaro - Cueros Montalvo""")

    o, b = order("es-removal", "es", "Cafetera italiana de induccion 9 tazas", tld="es")
    case("es-modificar-su-opinion", "reject", ["review.removal-request"],
         "Tras cambiar la cafetera defectuosa, pide al comprador que modifique su opinion de una estrella: "
         "peticion de actualizar una resena existente.",
         to=b, frm="Cafeteras Mocca <postventa@cafeterasmocca.es>",
         reply="La cafetera gotea por la rosca desde el primer dia, muy decepcionado.",
         subject=f"Re: cafetera gotea pedido {o}", text=f"""Hola Manuel,

Ya le hemos enviado la cafetera nueva del pedido {o} con SEUR, la
tiene mañana. La otra no hace falta que la devuelva.

Una cosa, si ve que la nueva funciona bien, ¿seria posible que modificara su
opinion de una estrella? Es que somos una tienda pequeña y nos hunde bastante.

Muchas gracias por la paciencia,
Nuria""")

    o, b = order("es-whatsapp", "es", "Espejo redondo con marco de yute 60 cm", tld="es")
    case("es-fotos-por-whatsapp", "reject", ["content.phone-number"],
         "Pide fotos del espejo roto para gestionar la incidencia (permitido) pero por WhatsApp a un movil de la "
         "tienda: numero del vendedor sin relacion con garantia, transportista o fabricante.",
         to=b, frm="Yute y Luz <hola@yuteyluz.es>", enc=L15,
         subject=f"Espejo roto - pedido {o}", text=f"""Hola Ana,

Sentimos muchisimo que el espejo de su pedido {o} llegara con el
cristal rajado. Para reponerlo necesitamos un par de fotos del espejo y de la
caja, si nos las manda por WhatsApp al 644 21 87 30 lo gestionamos en el dia,
y si no puede tambien vale respondiendo a este mensaje.

Un saludo,
Yute y Luz""")

    o, b = order("es-insta", "es", "Manta de punto grueso 130x170 gris perla", tld="es", **OPEN)
    case("es-retraso-pd-nueva-coleccion", "quarantine", ["type.marketing"],
         "Aviso de retraso legitimo, pero la PD anuncia la nueva coleccion de otoño y pide seguir la cuenta de "
         "Instagram: promocion.",
         to=b, frm="Punto Nube <hola@puntonube.es>", fmt="alt", lang="es",
         subject=f"Su manta llega un poco mas tarde (pedido {o})", text=f"""Hola!

Su manta gris perla del pedido {o} sale con 3 dias de retraso, la
lana nos llego tarde del proveedor. Saldra el jueves y le llegara el lunes
o martes.

Perdone la espera!
Sonia, de Punto Nube

PD: ya esta lista la nueva coleccion de otoño con colores mostaza y teja,
siganos en Instagram @puntonube.handmade para verla la primera.""")

    o, b = order("es-emoji", "es", "Macetero de barro cocido 30 cm", tld="es")
    case("es-instrucciones-con-emoji", "reject", ["style.emoji"],
         "Consejos de uso del macetero con dos emojis de planta y sol en el cuerpo.",
         to=b, frm="Barro y Verde <info@barroyverde.es>", enc=B64,
         subject=f"Su macetero de barro - pedido {o}", text=f"""Hola Pilar,

Un apunte sobre el macetero de su pedido {o}: antes de plantar,
dejelo 24 horas en remojo, asi el barro no le chupa el agua a la planta 🌱

Y en verano mejor a la sombra por la tarde, el barro se calienta mucho ☀️

Saludos,
Barro y Verde""")

    o, b = order("es-return", "es", "Zapatillas de lona blancas talla 39", tld="es")
    case("es-devolucion-se-lo-piense", "quarantine", ["return.unnecessary"],
         "Sobre una devolucion ya abierta, intenta disuadir al comprador ('se lo piensa?') sin pedir ningun dato "
         "ni ofrecer reembolso parcial.",
         to=b, frm="Lona Calzados <clientes@lonacalzados.es>", enc=L1,
         subject=f"Su devolucion del pedido {o}", text=f"""Hola,

Hemos visto que ha abierto una devolucion de las zapatillas del pedido
{o}. Que pena! Le comentamos que la lona cede bastante con el uso
y a la semana suelen quedar perfectas, a casi todo el mundo le pasa igual al
principio. ¿Se lo piensa un poco antes de mandarlas?

En cualquier caso la etiqueta se la da Amazon como siempre.

Un saludo,
Lona Calzados""")

    o, b = order("es-lang", "es", "Tabla de cortar de olivo 40x20", tld="es")
    case("es-italiano-a-comprador-es", "quarantine", ["language.mismatch"],
         "Vendedor italiano escribe en italiano a un comprador de amazon.es con idioma es.",
         to=b, frm="Legni di Toscana <ordini@legniditoscana.it>",
         subject=f"Ordine {o} - informazioni sulla spedizione", text=f"""Buongiorno,

il tagliere in ulivo del suo ordine {o} e pronto ma il corriere
non e passato venerdi, quindi partira lunedi 15 e arrivera in Spagna
verso giovedi.

Ci scusi per il piccolo ritardo.

Cordiali saluti,
Legni di Toscana""")


# --------------------------------------------------------------------------------------------
# Spanish, Mexico (amazon.com.mx)
# --------------------------------------------------------------------------------------------

def cases_mx() -> None:
    o, b = order("mx-address", "es", "Molcajete de piedra volcanica 20 cm", tld="com.mx", **OPEN)
    case("mx-datos-direccion", "relay", [],
         "Pide el numero interior y entre que calles esta el domicilio para poder entregar, con un enlace https a "
         "Amazon: informacion necesaria para completar el pedido.",
         to=b, frm="Artesanias Tlaquepaque <ventas@artesaniastlaque.mx>", fmt="alt", lang="es",
         subject=f"Dato faltante para su pedido {o}", text=f"""Buen dia,

Estamos por mandar su molcajete del pedido {o} pero la paqueteria
nos pide el numero interior del depa y entre que calles queda, porque en la
direccion solo viene la calle y el numero exterior.

Nos lo puede contestar por aqui mismo, o corregirlo en su cuenta en
https://www.amazon.com.mx/a/addresses y nos avisa.

Muchas gracias, quedamos pendientes.
Artesanias Tlaquepaque""")

    o, b = order("mx-warranty", "es", "Licuadora de 10 velocidades 1.5 L", tld="com.mx")
    case("mx-garantia-del-fabricante", "relay", [],
         "Respuesta a una falla: telefono del centro de servicio del fabricante en la linea anterior a la que "
         "menciona la garantia del fabricante.",
         to=b, frm="Electro Hogar Bajio <contacto@electrohogarbajio.mx>", enc=B64,
         reply="La licuadora hace un ruido feo y huele a quemado, que hago?",
         subject=f"Re: licuadora pedido {o}", text=f"""Que tal Rosa,

Que mala onda lo de la licuadora del pedido {o}. Por el olor a
quemado no la vuelva a usar, por favor.

Esa falla la cubre la garantia del fabricante (1 año). El centro de servicio
del fabricante atiende en el 800 911 2040 de lunes a sabado, le piden el
numero de serie que viene abajo de la base y le mandan guia para recogerla.

Saludos,
Jorge""")

    o, b = order("mx-review-nm", "es", "Comal de hierro fundido 30 cm", tld="com.mx")
    case("mx-resena-independiente-del-soporte", "relay", [],
         "Cuidado del comal, oferta de ayuda si llego dañado y, aparte y sin condicion, una invitacion a dejar una "
         "reseña 'sea como sea': no es gating ni incentivo.",
         to=b, frm="Fierro y Fuego <hola@fierroyfuego.mx>",
         subject=f"Su comal de hierro - pedido {o}", text=f"""Hola,

Gracias por comprar el comal del pedido {o}. Antes de usarlo
lavelo solo con agua caliente y untele una capa delgadita de aceite, asi no
se oxida.

Si le llego golpeado o con alguna grieta, contestenos y lo reponemos.

Y aparte, cuando tenga chance, su reseña en Amazon nos sirve mucho, sea como
sea su experiencia.

Saludos,
Fierro y Fuego""")

    o, b = order("mx-heavy", "es", "Refrigerador 14 pies cubicos acero inox", tld="com.mx", **OPEN)
    case("mx-cita-entrega-paqueteria", "relay", [],
         "Articulo voluminoso: propone dias de entrega y da el telefono de la paqueteria que lo lleva, junto a "
         "'paqueteria' en la misma linea.",
         to=b, frm="Linea Blanca Norte <entregas@lineablancanorte.mx>", enc=L1,
         subject=f"Entrega de su refrigerador - pedido {o}", text=f"""Buenas tardes,

Para su refrigerador del pedido {o} necesitamos agendar la entrega,
porque va en camioneta y se necesita alguien en casa para recibirlo.

Tenemos lugar el miercoles 17 o el viernes 19, de 9 a 2. Digame cual le
queda mejor respondiendo este mensaje. Si el dia de la entrega tiene algun
cambio, la paqueteria Fletes Rapidos del Norte contesta en el 81 8340 2215.

Saludos cordiales,
Linea Blanca Norte""")

    o, b = order("mx-cfdi", "es", "Silla ergonomica de oficina malla negra", tld="com.mx")
    case("mx-factura-rfc", "relay", [],
         "Para emitir la factura (CFDI) pide RFC y regimen fiscal; el RFC y el codigo postal no son telefonos.",
         to=b, frm="Oficina Total MX <facturacion@oficinatotal.mx>",
         subject=f"Factura de su pedido {o}", text=f"""Hola buen dia,

Vimos que en su pedido {o} marco que requiere factura. Para
timbrarla nos falta:

- RFC (el nuestro es OTM190823KL4, por si lo ocupa)
- Regimen fiscal
- Codigo postal fiscal (ej. 64000)
- Uso de CFDI

Con esos datos se la mandamos en PDF por este mismo medio.

Gracias,
Facturacion - Oficina Total""")

    o, b = order("mx-gating", "es", "Termo de acero 1 litro con asa", tld="com.mx")
    case("mx-voseo-si-te-gusto", "reject", ["review.conditional"],
         "Vendedor argentino a un comprador de .com.mx: 'si te gusto dejanos la reseña, si algo no te convencio "
         "escribinos antes de calificar': filtra la reseña por la experiencia.",
         to=b, frm="Mate y Ruta <hola@mateyruta.com.ar>",
         subject=f"Che, como te llego el termo? (pedido {o})", text=f"""Hola! Como andas?

Te escribimos por el termo de tu pedido {o}. Un tip: antes del
primer uso llenalo con agua hirviendo y dejalo 10 minutos, asi se le va el
olor a nuevo.

Si te gusto, dejanos tu reseña en Amazon que nos re ayuda; si algo no te
convencio, escribinos antes de calificar y lo arreglamos, dale?

Abrazo,
Nico - Mate y Ruta""")

    o, b = order("mx-group", "es", "Set de 3 sartenes antiadherentes", tld="com.mx")
    case("mx-grupo-whatsapp-cupon", "reject", ["type.marketing", "content.phone-number"],
         "Instrucciones de uso y luego invitacion al grupo de ofertas de WhatsApp con un cupon del 15% para la "
         "proxima compra y el celular de la tienda: promocion y telefono propio.",
         to=b, frm="Cocina Chida <ventas@cocinachida.mx>", enc=B64,
         subject=f"Tips para sus sartenes - pedido {o}", text=f"""Hola que tal!

Para que sus sartenes del pedido {o} le duren, uselas a fuego
medio y con utensilios de madera o silicon, nunca de metal.

Por cierto, tenemos un grupo de WhatsApp donde pasamos ofertas cada semana y
al entrar le damos un cupon del 15% para su siguiente compra, nomas mandenos
un mensaje al 55 4321 8765 y lo agregamos.

Saludos!
Cocina Chida""")

    o, b = order("mx-confirm", "es", "Lampara de pie estilo industrial", tld="com.mx", **SHIPPED)
    case("mx-pedido-enviado-guia", "quarantine", ["type.order-confirmation"],
         "Mensaje proactivo que solo confirma que el pedido salio y da el numero de guia de la paqueteria: "
         "confirmacion de envio.",
         to=b, frm="Luz Industrial <pedidos@luzindustrial.mx>", fmt="alt", lang="es",
         subject=f"Su pedido {o} ya va en camino!", text=f"""Hola!

Le confirmamos que su pedido {o} ya salio de nuestra bodega el dia
de ayer.

Paqueteria: Estafeta
Numero de guia: 7031 4482 9910 5521
Entrega estimada: 2 a 4 dias habiles

Saludos,
Luz Industrial""")

    o, b = order("mx-email", "es", "Mochila escolar con ruedas azul marino", tld="com.mx")
    case("mx-fotos-al-correo", "reject", ["content.email-address"],
         "Pide fotos del cierre roto (legitimo) pero a una direccion de correo escrita en el cuerpo.",
         to=b, frm="Mochilas Rayo <atencion@mochilasrayo.mx>",
         subject=f"Cierre de la mochila - pedido {o}", text=f"""Hola buenas,

Nos comento Amazon que el cierre de la mochila de su pedido {o}
se trabo. Para mandarle una de reemplazo ocupamos una foto del cierre y otra
de la etiqueta de adentro, si nos las puede mandar a garantias.rayo@gmail.com
se lo resolvemos rapido.

Gracias!
Mochilas Rayo""")

    o, b = order("mx-http", "es", "Bicicleta de montaña rodada 26", tld="com.mx")
    case("mx-manual-enlace-http", "reject", ["link.insecure"],
         "Manda el instructivo de armado con un enlace http:// sin cifrar.",
         to=b, frm="Bicis del Valle <soporte@bicisdelvalle.mx>",
         subject=f"Instructivo de armado - pedido {o}", text=f"""Hola,

Su bici del pedido {o} viene armada al 85%, solo falta poner el
manubrio, los pedales y el asiento. Aqui esta el instructivo con fotos paso a
paso: http://bicisdelvalle.mx/instructivos/rodada26.pdf

Ojo: el pedal izquierdo se enrosca al reves.

Saludos,
Bicis del Valle""")

    o, b = order("mx-thanks", "es", "Juego de sabanas matrimoniales 100% algodon", tld="com.mx")
    case("mx-nomas-gracias", "quarantine", ["type.thank-you-only"],
         "Solo agradece la compra y ofrece ayuda ('aqui andamos'), sin ningun otro contenido.",
         to=b, frm="Blancos Lupita <ventas@blancoslupita.mx>", enc=L1,
         subject=f"Gracias por su compra! Pedido {o}", text=f"""Hola!!

Muchisimas gracias por su compra, pedido {o}. Para nosotros es un
gusto que nos haya elegido.

Cualquier duda o lo que se le ofrezca, aqui andamos para servirle.

Bonito dia!
Blancos Lupita""")


# --------------------------------------------------------------------------------------------
# Italian (amazon.it)
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("it-review-nm", "it", "Macinacaffe manuale in legno di noce")
    case("it-recensione-se-era-un-regalo", "relay", [],
         "Consigli d'uso e una richiesta di recensione sincera; 'regalo' si riferisce all'acquisto come regalo, "
         "non a un compenso: nessun incentivo.",
         to=b, frm="Bottega Tostatura <info@bottegatostatura.it>", enc=L1,
         subject=f"Il suo macinacaffe - ordine {o}", text=f"""Buongiorno,

le scrivo per il macinacaffe dell'ordine {o}. Se lo ha preso come
regalo, la manovella si smonta e nella scatola ci sta anche il libretto con
le regolazioni della macinatura (moka a 12 scatti, espresso a 6).

Quando lo avra provato, una sua recensione su Amazon, com'e andata e basta,
aiuta chi lo sta valutando.

Buona giornata,
Franco - Bottega Tostatura""")

    o, b = order("it-return-info", "it", "Frullatore a immersione 800 W con accessori")
    case("it-reso-serve-numero-serie", "relay", [],
         "Su un reso aperto chiede il numero di serie e la foto della spina, necessari per completare il reso.",
         to=b, frm="Casa Elettro Bari <assistenza@casaelettrobari.it>",
         subject=f"Reso ordine {o} - ci serve un dato", text=f"""Salve,

abbiamo visto la richiesta di reso per il frullatore dell'ordine {o}.
Per chiudere la pratica con il produttore ci serve il numero di serie (lo
trova sotto il corpo motore, inizia con FR8) e una foto della spina, perche
su alcuni lotti era difettosa.

Puo rispondere direttamente a questo messaggio. Grazie!

Casa Elettro Bari""")

    o, b = order("it-carrier", "it", "Set valigie rigide 3 pezzi antracite")
    case("it-risposta-dove-pacco-brt", "relay", [],
         "Risposta a 'dov'e il pacco?': tracking e numero del corriere, con 'corriere' nella stessa riga.",
         to=b, frm="Valigeria Ferri <clienti@valigeriaferri.it>",
         reply="Buongiorno, il pacco doveva arrivare ieri ma niente, dove si trova?",
         subject=f"Re: ordine {o} non arrivato", text=f"""Buongiorno Sig.ra Colombo,

ho controllato: le valigie dell'ordine {o} sono ferme al deposito
di Bologna per una giacenza, il corriere dice che ieri non ha trovato
nessuno. Il numero di spedizione e 0531 2207 8841 9.

Per fissare una nuova consegna puo chiamare il corriere al 051 638 2910 o
rispondere qui che ci pensiamo noi.

Saluti,
Daniela - Valigeria Ferri""")

    o, b = order("it-partial", "it", "Piumone 4 stagioni matrimoniale")
    case("it-rimborso-parziale-reso", "relay", [],
         "Sul reso di un piumone con una piccola macchia offre un rimborso parziale del 25% se lo tiene: "
         "contatto sul reso permesso.",
         to=b, frm="Piume d'Oca Veneto <servizio@piumeveneto.it>", enc=B64, fmt="alt", lang="it",
         subject=f"Il suo reso - ordine {o}", text=f"""Gentile cliente,

abbiamo ricevuto la sua richiesta di reso per il piumone dell'ordine
{o}, per via della macchiolina sulla federa esterna. Ci dispiace!

Se preferisce tenerlo, le proponiamo un rimborso parziale del 25% (32,50 EUR)
tramite Amazon; altrimenti proceda pure con il reso come previsto. Ci dica
lei cosa preferisce.

Cordiali saluti,
Piume d'Oca Veneto""")

    o, b = order("it-thanks-nm", "it", "Tagliere in legno d'ulivo con manico")
    case("it-grazie-con-manutenzione", "relay", [],
         "Ringrazia ma soprattutto spiega come oliare il tagliere: non e solo un grazie.",
         to=b, frm="Ulivo Vivo <ciao@ulivovivo.it>",
         subject=f"Grazie! Due dritte sul tagliere (ordine {o})", text=f"""Ciao,

grazie per l'ordine {o}! Due dritte per il tagliere in ulivo:
lavalo a mano, mai in lavastoviglie, e una volta al mese passaci un velo
di olio di vaselina, cosi il legno non si secca e non si crepa.

Se vedi qualche pelucco di legno i primi giorni e normale, basta una
carta vetrata fine.

Ulivo Vivo""")

    o, b = order("it-removal", "it", "Lampada da scrivania LED dimmerabile")
    case("it-aggiornare-la-recensione", "reject", ["review.removal-request"],
         "Dopo aver mandato il pezzo di ricambio, chiede 'gentilmente di aggiornare la recensione': richiesta di "
         "modificare una recensione esistente.",
         to=b, frm="Luce Studio <supporto@lucestudio.it>",
         reply="La lampada sfarfalla a bassa intensita, l'ho scritto anche nella recensione.",
         subject=f"Re: lampada sfarfalla ordine {o}", text=f"""Salve Marco,

le abbiamo spedito oggi il nuovo alimentatore per la lampada dell'ordine
{o}, lo sfarfallio dipendeva da quello.

Quando vede che va tutto bene le chiederei gentilmente di aggiornare la
recensione, visto che il problema e risolto.

Grazie e buona serata,
Luce Studio""")

    o, b = order("it-voucher", "it", "Set di 6 bicchieri in vetro soffiato")
    case("it-ps-buono-per-recensione", "reject", ["review.incentive"],
         "Nel P.S. promette un buono da 10 euro a chi lascia la recensione: compenso per la recensione.",
         to=b, frm="Vetreria Murano Blu <negozio@vetreriamuranoblu.it>", enc=L1,
         subject=f"I suoi bicchieri - ordine {o}", text=f"""Buongiorno,

speriamo che i bicchieri dell'ordine {o} siano arrivati interi. Sono
soffiati a mano, quindi qualche bollicina nel vetro e normale.

Li lavi a mano con acqua tiepida, in lavastoviglie perdono la lucentezza.

Cordialmente,
Vetreria Murano Blu

P.S. a chi ci lascia una recensione su Amazon mandiamo un buono da 10 euro da
usare sul prossimo acquisto, basta rispondere con il nome che ha usato.""")

    o, b = order("it-return", "it", "Scarpe da trekking impermeabili n. 42")
    case("it-reso-ci-ripensi", "quarantine", ["return.unnecessary"],
         "Su un reso aperto cerca di convincere il cliente a tenerle ('ci ripensi') senza chiedere dati ne "
         "offrire un rimborso parziale.",
         to=b, frm="Sentieri Sport <info@sentierisport.it>",
         subject=f"Il suo reso ordine {o}", text=f"""Salve,

abbiamo visto che ha chiesto il reso delle scarpe da trekking dell'ordine
{o}. Peccato, sono il nostro modello piu venduto! All'inizio sono un
po rigide, ma dopo due o tre uscite si adattano al piede e non le toglie
piu. Ci ripensi, secondo noi ne vale la pena.

Comunque l'etichetta per il reso la riceve da Amazon.

Saluti sportivi,
Sentieri Sport""")

    o, b = order("it-shipped", "it", "Teiera in ghisa 1,2 L con filtro", **SHIPPED)
    case("it-spedito-tracking-gls", "quarantine", ["type.order-confirmation"],
         "Messaggio proattivo che dice solo che l'ordine e partito con il numero di tracking del corriere: "
         "conferma di spedizione.",
         to=b, frm="Te e Dintorni <ordini@teedintorni.it>", fmt="alt", lang="it",
         subject=f"Ordine {o} spedito", text=f"""Gentile cliente,

il suo ordine {o} e stato affidato al corriere GLS e partira
stasera dal nostro magazzino di Verona.

Numero di tracking: VR 6604 1187 23
Consegna prevista: 2-3 giorni lavorativi

Grazie per aver scelto Te e Dintorni.""")

    o, b = order("it-optout", "it", "Candela profumata alla lavanda 200 g")
    case("it-recensione-per-non-ricevere", "reject", ["link.opt-out"],
         "Richiesta di recensione neutra con in fondo 'se non vuole piu ricevere nostri messaggi risponda "
         "CANCELLAMI': testo di disiscrizione.",
         to=b, frm="Cera d'Api Sarda <ordini@ceradapisarda.it>",
         subject=f"La sua candela alla lavanda - ordine {o}", text=f"""Buongiorno,

la candela dell'ordine {o} rende al meglio se la prima volta la
lascia accesa finche tutta la superficie e sciolta, circa due ore: cosi non
fa il "buco" al centro.

Se ha un minuto, ci farebbe piacere una sua recensione su Amazon.

Cera d'Api Sarda
--
Se non vuole piu ricevere nostri messaggi, risponda con CANCELLAMI.""")

    o, b = order("it-lang", "it", "Ombrellone da giardino 3 m beige")
    case("it-spagnolo-a-cliente-italiano", "quarantine", ["language.mismatch"],
         "Venditore spagnolo scrive in spagnolo a un cliente di amazon.it con lingua it.",
         to=b, frm="Jardin Levante <pedidos@jardinlevante.es>", enc=L15,
         subject=f"Su pedido {o}", text=f"""Hola,

le escribimos por el pedido {o}. El mastil del parasol que le
mandamos tiene dos piezas, la de arriba encaja a presion y luego se aprieta
con la rosca blanca. Si ve que baila, apriete mas la rosca.

Cualquier cosa nos dice.

Saludos,
Jardin Levante""")

    o, b = order("it-emoticon", "it", "Cuscino memory foam cervicale")
    case("it-emoticon-occhiolino", "reject", ["style.emoji"],
         "Risposta utile sul lavaggio della federa, con un emoticon ASCII ';-)' nel testo.",
         to=b, frm="Dormi Bene <assistenza@dormibene.it>",
         reply="Si puo lavare il cuscino in lavatrice?",
         subject=f"Re: lavaggio cuscino ordine {o}", text=f"""Ciao Giulia,

il cuscino dell'ordine {o} no, il memory non va mai in lavatrice
ne bagnato. La federa invece si: la sfili con la zip e la lavi a 40 gradi.
Per il cuscino basta arieggiarlo ogni tanto ;-)

Dormi Bene""")

    o, b = order("it-oos", "it", "Macchina per pasta manuale in acciaio", **OOS)
    case("it-esaurito-niente-rimborso", "quarantine", ["order-problem.no-adjustment"],
         "Non possono spedire (fornitore fallito) e dicono che 'faranno sapere per il rimborso': nessuna conferma "
         "dell'importo rettificato.",
         to=b, frm="Pasta Fresca Shop <ordini@pastafrescashop.it>",
         subject=f"Problema con il suo ordine {o}", text=f"""Buongiorno,

purtroppo la macchina per pasta dell'ordine {o} non riusciamo piu a
procurarla, il fornitore ha chiuso e non ne arriveranno altre. Siamo
mortificati.

Per il rimborso le faremo sapere al piu presto.

Cordiali saluti,
Pasta Fresca Shop""")


# --------------------------------------------------------------------------------------------
# Portuguese, Brazil (amazon.com.br)
# --------------------------------------------------------------------------------------------

def cases_pt() -> None:
    o, b = order("pt-review-nm", "pt", "Jogo de panelas de ceramica 5 pecas")
    case("pt-avaliacao-cupom-fiscal", "relay", [],
         "Pedido de avaliacao sincera; 'cupom fiscal' e o recibo que vai na caixa, nao um cupom de desconto.",
         to=b, frm="Panelas da Serra <contato@panelasdaserra.com.br>", enc=L1,
         subject=f"Suas panelas chegaram bem? Pedido {o}", text=f"""Oi, tudo bem?

As panelas do pedido {o} ja devem ter chegado. A nota e o cupom
fiscal estao dentro da caixa da panela maior, caso precise pra garantia.

Uma dica: nos primeiros usos, fogo medio e um fio de oleo, que a ceramica
dura muito mais.

Se puder, conta pra gente na avaliacao da Amazon o que achou, do jeito que
foi.

Abraco,
Panelas da Serra""")

    o, b = order("pt-delay", "pt", "Rede de dormir de algodao casal", **OPEN)
    case("pt-atraso-tel-transportadora", "relay", [],
         "Aviso de atraso com o telefone da transportadora na mesma frase que 'transportadora': numero permitido.",
         to=b, frm="Redes do Ceara <vendas@redesdoceara.com.br>",
         subject=f"Atraso no envio - pedido {o}", text=f"""Ola!

Sua rede do pedido {o} vai atrasar uns 4 dias, a tecelagem parou
por causa da chuva. Ela sai na sexta e deve chegar ate quarta que vem.

O envio vai pela transportadora Rota Nordeste, se precisar reagendar a
entrega o telefone da transportadora e (85) 3261-4470.

Desculpa pelo atraso!
Redes do Ceara""")

    o, b = order("pt-oos-ok", "pt", "Luminaria de mesa articulada preta", **OOS)
    case("pt-sem-estoque-reembolsado", "relay", [],
         "Sem estoque: valor total ja estornado pela Amazon com o motivo 'sem estoque' e 'nao precisa cancelar': "
         "confirma o ajuste e nao pede cancelamento.",
         to=b, frm="Casa Lumen <atendimento@casalumen.com.br>", enc=B64, fmt="alt", lang="pt",
         subject=f"Pedido {o}: produto esgotado, valor estornado", text=f"""Ola,

Infelizmente a luminaria articulada do seu pedido {o} esgotou, o
ultimo lote chegou com defeito na mola e devolvemos tudo pro fabricante.

Ja estornamos o valor total (R$ 149,90) pela Amazon, com o motivo "sem
estoque". Voce nao precisa cancelar nada, o pedido ja esta encerrado e o
estorno aparece na fatura em ate 2 ciclos, dependendo do cartao.

Pedimos desculpas,
Casa Lumen""")

    o, b = order("pt-heavy", "pt", "Geladeira frost free 375 litros inox", **OPEN)
    case("pt-agendar-entrega-geladeira", "relay", [],
         "Item grande: pede para escolher o dia da entrega e da o telefone da transportadora junto a "
         "'transportadora'.",
         to=b, frm="Eletro Mais <entregas@eletromais.com.br>", enc=L1,
         subject=f"Agendamento da entrega - pedido {o}", text=f"""Boa tarde!

Sua geladeira do pedido {o} precisa de entrega agendada, porque vai
em caminhao e precisa de alguem maior de idade pra receber.

Temos quinta (18) ou sabado (20), das 8h as 12h. Responde aqui qual fica
melhor. No dia, a transportadora Carga Certa liga antes pelo (11) 4002-3391.

Abs,
Eletro Mais""")

    o, b = order("pt-zap-nm", "pt", "Fone de ouvido bluetooth com cancelamento de ruido")
    case("pt-resposta-sem-whatsapp", "relay", [],
         "Resposta a quem pediu o WhatsApp da loja: explica que a conversa fica por aqui e resolve a duvida; sem "
         "numero nenhum.",
         to=b, frm="Som Total <sac@somtotal.com.br>",
         reply="Oi, me passa o whatsapp de voces? o fone so conecta um lado",
         subject=f"Re: fone so um lado - pedido {o}", text="""Oi Tiago!

Pela regra da Amazon a gente nao pode passar WhatsApp, mas resolve por aqui
mesmo, sem problema.

Isso de so um lado conectar acontece quando os fones perdem o pareamento
entre si: coloca os dois no estojo, segura o botao do estojo 10 segundos ate
a luz piscar vermelho e branco, e pareia de novo no celular.

Se nao resolver, responde aqui que a gente troca.
Som Total""")

    o, b = order("pt-cashback", "pt", "Escova secadora 1200 W")
    case("pt-cinco-estrelas-pix", "reject", ["review.incentive"],
         "Pede avaliacao 5 estrelas e promete R$ 20 de volta por Pix a quem mandar o print: compensacao pela "
         "avaliacao positiva.",
         to=b, frm="Beleza Express <contato@belezaexpress.com.br>",
         subject=f"Sua escova secadora - pedido {o}", text=f"""Oi linda, tudo bom?

Vimos que sua escova do pedido {o} ja foi entregue. Usa sempre com
o cabelo 80% seco que o resultado fica bem melhor e nao danifica.

A gente ta fazendo uma acao: quem avaliar com 5 estrelas e mandar o print
aqui ganha R$ 20 de volta no Pix. Ajuda demais a gente que e loja pequena!

Beijos,
Beleza Express""")

    o, b = order("pt-gating", "pt", "Kit de facas de churrasco com estojo")
    case("pt-se-curtiu-avalia", "reject", ["review.conditional"],
         "'Se curtiu, deixa sua avaliacao; se nao curtiu, chama a gente antes de avaliar': avaliacao condicionada "
         "a experiencia positiva.",
         to=b, frm="Churrasco Raiz <vendas@churrascoraiz.com.br>",
         subject=f"E ai, as facas chegaram? Pedido {o}", text=f"""Fala, tudo certo?

Suas facas do pedido {o} ja devem ter chegado. Afia com chaira a
cada dois churrascos e nunca lava na lava-loucas que o cabo estraga.

Se curtiu, deixa sua avaliacao la na Amazon, se por acaso nao curtiu chama a
gente antes de avaliar que a gente resolve rapidinho.

Valeu!
Churrasco Raiz""")

    o, b = order("pt-cancel", "pt", "Cadeira gamer reclinavel azul", **OOS)
    case("pt-cancela-pelo-app", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Sem estoque: pede que o comprador cancele o pedido pelo app e nao confirma estorno nenhum.",
         to=b, frm="Gamer Shop BR <pedidos@gamershopbr.com.br>",
         subject=f"Problema com seu pedido {o}", text=f"""Ola, boa tarde!

Infelizmente a cadeira azul do seu pedido {o} acabou no estoque e o
fornecedor so tem previsao pra outubro. Sera que voce consegue cancelar o
pedido ai pelo app da Amazon? E rapidinho, em Meus pedidos > Cancelar itens.

Desculpa mesmo pelo transtorno.
Gamer Shop BR""")

    o, b = order("pt-zap", "pt", "Caneca personalizada com nome 325 ml")
    case("pt-arte-da-caneca-no-zap", "reject", ["content.phone-number"],
         "Confirmar a arte da caneca personalizada e permitido, mas pede para chamar no zap da loja com o celular: "
         "numero proprio do vendedor.",
         to=b, frm="Canecas da Ju <ju@canecasdaju.com.br>", enc=L1,
         subject=f"Arte da sua caneca - pedido {o}", text=f"""Oi! Aqui e a Ju, da Canecas da Ju.

Ja fiz a arte da sua caneca do pedido {o} com o nome "Dona Cida",
mas fiquei na duvida se e com fonte cursiva ou de forma. Me chama no zap
(11) 98765-4321 que te mando as duas opcoes pra escolher, ou me responde aqui
qual prefere.

Beijo,
Ju""")

    o, b = order("pt-lang", "pt", "Mochila de trilha 40 litros")
    case("pt-espanhol-a-brasileiro", "quarantine", ["language.mismatch"],
         "Vendedor argentino escreve em espanhol a um comprador da amazon.com.br com idioma pt.",
         to=b, frm="Montaña Sur <ventas@montanasur.com.ar>",
         subject=f"Pedido {o} - demora en el envio", text=f"""Hola, que tal?

Te escribimos por tu pedido {o}. La mochila salio de Buenos Aires
con unos dias de atraso por el tramite de aduana, calculamos que te llega la
semana que viene.

Disculpa la demora, cualquier cosa avisanos.

Saludos,
Montaña Sur""")

    o, b = order("pt-ext", "pt", "Fechadura digital com senha e biometria")
    case("pt-manual-no-site", "reject", ["link.external"],
         "Manda o manual de instalacao por um link https para o site da loja: link externo fora da Amazon.",
         to=b, frm="Casa Segura <suporte@casasegura.com.br>", fmt="alt", lang="pt",
         subject=f"Instalacao da sua fechadura - pedido {o}", text=f"""Ola!

Pra instalar a fechadura do pedido {o}, o video e o manual em PDF
estao no nosso site: https://www.casasegura.com.br/instalacao/fd-200

Antes de furar a porta, confere se ela tem entre 35 e 55 mm de espessura.

Qualquer duvida, e so responder.
Casa Segura""")

    o, b = order("pt-thanks", "pt", "Jogo de toalhas banho 4 pecas")
    case("pt-so-obrigado", "quarantine", ["type.thank-you-only"],
         "So agradece a compra e se coloca a disposicao, sem mais nada.",
         to=b, frm="Toalhas Prime <contato@toalhasprime.com.br>",
         subject=f"Obrigado pela compra! Pedido {o}", text=f"""Oi!

Passando so pra agradecer pela sua compra, pedido {o}. Foi muito
bom ter voce com a gente!

Qualquer coisinha, estamos a disposicao.

Um abraco,
Equipe Toalhas Prime""")

    o, b = order("pt-removal", "pt", "Air fryer 4 litros digital")
    case("pt-alterar-avaliacao", "reject", ["review.removal-request"],
         "Depois de trocar a air fryer, pergunta se o cliente 'poderia alterar a avaliacao': pedido de mudar "
         "avaliacao existente.",
         to=b, frm="Cozinha Facil <sac@cozinhafacil.com.br>",
         reply="A air fryer parou de esquentar em uma semana. Ja deixei 1 estrela.",
         subject=f"Re: air fryer parou - pedido {o}", text=f"""Oi Renata,

Ja mandamos uma air fryer nova do pedido {o}, o codigo de rastreio
chega pela Amazon. A antiga pode ficar com voce.

Se a nova estiver funcionando direitinho, sera que voce poderia alterar a
avaliacao? Ajudaria muito a gente.

Obrigada pela paciencia!
Cozinha Facil""")

    o, b = order("pt-emoji", "pt", "Tapete de yoga antiderrapante 6 mm", **OPEN)
    case("pt-atraso-com-coracao", "reject", ["style.emoji"],
         "Aviso de atraso normal, mas com emoji de coracao e de maos juntas no texto.",
         to=b, frm="Zen Fit <ola@zenfit.com.br>", enc=B64,
         subject=f"Seu tapete vai atrasar um pouquinho - pedido {o}", text=f"""Oi, tudo bem?

Seu tapete do pedido {o} vai sair com 2 dias de atraso, a cor lilas
chegou so agora do fornecedor. Deve chegar ate segunda.

Obrigada pela paciencia ❤️🙏
Zen Fit""")

    o, b = order("pt-email", "pt", "Bolsa transversal de couro caramelo")
    case("pt-fotos-pro-email", "reject", ["content.email-address"],
         "Pede fotos do defeito da bolsa (legitimo) mas para um e-mail escrito no texto.",
         to=b, frm="Couro Mineiro <vendas@couromineiro.com.br>",
         subject=f"Defeito na bolsa - pedido {o}", text=f"""Oi, tudo bem?

Recebemos o aviso de que a alca da bolsa do pedido {o} descosturou.
Manda umas fotos da costura pro nosso e-mail sac.couromineiro@gmail.com que a
gente ja separa outra pra voce.

Obrigado!
Couro Mineiro""")

    o, b = order("pt-insta", "pt", "Kit de pinceis para maquiagem 12 pecas")
    case("pt-segue-no-insta-cupom", "quarantine", ["type.marketing"],
         "Dica de limpeza e, no meio, 'segue a gente no Insta e ganha um cupom de 10% na proxima compra': "
         "promocao e pedido para seguir.",
         to=b, frm="Make Glow <oi@makeglow.com.br>",
         subject=f"Como limpar seus pinceis - pedido {o}", text=f"""Oi, tudo bem?

Seus pinceis do pedido {o} duram muito mais se voce lavar uma vez
por semana com sabonete neutro e deixar secar deitados, nunca em pe. Segue a
gente no Insta @makeglow.br e ganha um cupom de 10% na proxima compra, la
tem video mostrando a limpeza.

Beijos,
Make Glow""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_es, cases_mx, cases_it, cases_pt))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="fiftythird"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
