#!/usr/bin/env python3
"""Build the thirty-fifth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_thirtyfifth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. The shape of the shared corpus in Spanish (amazon.es and
amazon.com.mx, usted and tú) and Brazilian Portuguese (amazon.com.br, você, helpdesk style): per language
8 compliant near-misses and 18 focused violations, so that every heuristic rule of RULES.md sections B-D (and
review.repeat, link.insecure) is hit at least once per language, each violation one native sentence inside an
otherwise ordinary letter.
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
    add_case,
    collect_by_language,
    lang_counts,
    mail_date,
    make_pdf,
    mk,
    page,
    quote,
    reply_headers,
    set_boundaries,
    text2html,
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(35_2026_1127)
_PREFIX = {"es": "40", "com.mx": "70", "com.br": "70", "com": "11"}
_TLD = {"es": "es", "pt": "com.br"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T13:00:00Z", shipped="2026-06-02T16:00:00Z",
                 delivered="2026-06-05T11:30:00Z")
ORDERS = BOOK.rows
order = BOOK.add
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-12T09:15:00Z"}
LATE = {"shipped": "", "delivered": "", "purchased": "2026-06-09T18:40:00Z"}
B64 = {"cte": "base64"}
QP = {"cte": "quoted-printable"}
L1 = {"charset": "iso-8859-1", "cte": "quoted-printable"}
W1252 = {"charset": "windows-1252", "cte": "quoted-printable"}
L1B64 = {"charset": "iso-8859-1", "cte": "base64"}

TARGET = ["language.mismatch", "type.order-confirmation", "type.thank-you-only", "type.marketing",
          "review.incentive", "review.removal-request", "review.conditional", "review.repeat",
          "order-problem.cancellation-request", "order-problem.no-adjustment", "return.unnecessary",
          "content.sensitive", "content.phone-number", "content.email-address", "link.opt-out", "link.external",
          "link.insecure"]
OTHER = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "style.emoji",
         "style.line-breaks", "style.link-text", "attachment.not-allowed"]

_LATIN1_SAFE = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2026": "...", "\u201c": '"', "\u201d": '"',
                              "\u2018": "'", "\u2019": "'", "\u20ac": "EUR"})


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str, text: str,
         day: int = 12, reply: str = "", tolerated: tuple[str, ...] = (), enc: dict | None = None,
         fmt: str = "text", lang: str = "", after: tuple[str, ...] = (), crlf: bool = False,
         html_body: str = "", attach: tuple = (), tz: str = "+0200") -> None:
    """One case. fmt: text (plain), html (HTML only) or alt (text + HTML alternative). Every target rule
    not named in `rules` (or tolerated) must stay silent. `reply` quotes the buyer: the message answers
    a buyer (In-Reply-To/References). `html_body` replaces the HTML made from the text (for real anchors)."""
    hdrs = reply_headers(f"0100019c.a35.{slug[:24]}") if reply else []
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = text.strip("\n") + "\n"
    if reply:
        body += "\n" + quote(reply) + "\n"
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*TARGET, *OTHER) if r not in rules and r not in tol]
    kw = dict(enc or {})
    if kw.get("charset") in ("iso-8859-1", "windows-1252"):
        body = body.translate(_LATIN1_SAFE)
        subject = subject.translate(_LATIN1_SAFE)
    if fmt == "text":
        kw["text"] = body
    else:
        html = page(html_body or text2html(body), lang or ("pt-BR" if slug.startswith("pt-") else "es"))
        kw["html"] = html
        if fmt == "alt":
            kw["text"] = body
    msg = mk(frm, to, subject, mail_date(day, "11:07:32", tz), f"<t35.{slug}@{dom}>", headers=hdrs,
             attach=attach, **kw)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, after=after, crlf=crlf)


def pdf(title: str, lines: list[str], fname: str) -> tuple:
    return (make_pdf(title, lines, producer="thirtyfifth-corpus"), "application", "pdf", fname)


# --------------------------------------------------------------------------------------------
# Spanish (amazon.es, amazon.com.mx)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    # ---- compliant near-misses ---------------------------------------------------------------
    o, b = order("es-review", "es", "Cafetera italiana de acero inoxidable, 6 tazas")
    cafe = "Tostadero Almendral <atencion@tostaderoalmendral.es>"
    case("es-opinion-sea-cual-sea", "relay", [],
         "Consejos de uso y una petición neutral de opinión ('sea buena, regular o mala'), sin contrapartida ni "
         "condición: permitida (primera petición para este pedido).",
         to=b, frm=cafe, enc=L1, day=9,
         subject=f"Su cafetera italiana: primeros usos (pedido {o})", text=f"""Estimado cliente:

Hace unos días recibió la cafetera italiana de su pedido {o}.
Le dejamos dos consejos para las primeras preparaciones:

- Las tres primeras cafeteras conviene desecharlas: así desaparece el
  sabor metálico del filtro nuevo.
- No llene el depósito por encima de la válvula de seguridad y no prense
  el café molido en el embudo.

Cuando haya tenido ocasión de usarla unas semanas, le agradeceríamos que
compartiera su opinión sobre el producto en Amazon, sea buena, regular o
mala: las valoraciones sinceras ayudan a otros compradores a decidir.

Atentamente,
Elena Sastre
Tostadero Almendral""")

    case("es-nos-permitimos-recordarle", "reject", ["review.repeat"],
         "Segunda petición de reseña para el mismo pedido ('como quizá se le pasó nuestro mensaje anterior, nos "
         "permitimos recordarle que su reseña...') tras la primera, que sí se envió.",
         to=b, frm=cafe, enc=L1, day=14, after=("es-opinion-sea-cual-sea",),
         subject=f"Su cafetera italiana (pedido {o})", text=f"""Estimado cliente:

Le escribimos de nuevo por la cafetera de su pedido {o}. Hace unos
días le contamos cómo curarla antes del primer uso; esperamos que ya esté
disfrutando de su café de cada mañana.

Como quizá se le pasó nuestro mensaje anterior, nos permitimos recordarle
que su reseña en Amazon nos sería de gran ayuda, y que solo le llevará un
par de minutos.

Un cordial saludo,
Elena Sastre
Tostadero Almendral""")

    o, b = order("es-ret-ok", "es", "Licuadora de alta potencia 2 L, 1500 W", tld="com.mx")
    case("es-devolucion-autorizada-guia", "relay", [],
         "Respuesta a un comprador que pidió devolver: devolución autorizada, guía prepagada en PDF adjunta; "
         "responde al comprador, así que no es un mensaje de devolución innecesario.",
         to=b, frm="Hogar Jalisco <postventa@hogarjalisco.com.mx>", enc=QP, tz="-0600",
         reply="Hola, ¿cómo hago la devolución? La licuadora hace un ruido muy fuerte desde el primer día.",
         attach=(pdf("Guia prepagada Estafeta", ["Guia de devolucion prepagada - Estafeta",
                                                 f"Pedido Amazon {o}", "Remitente: cliente Amazon",
                                                 "Destino: Hogar Jalisco, Bodega 3, Zapopan, Jal.",
                                                 "Peso declarado: 3,2 kg"], "guia-devolucion.pdf"),),
         subject=f"RE: Devolución del pedido {o}", text=f"""Estimada clienta:

Lamentamos que la licuadora de su pedido {o} haga ese ruido. Ya
autorizamos la devolución: le adjuntamos la guía prepagada de Estafeta en
PDF. Imprímala, péguela en la caja y entregue el paquete en cualquier
sucursal de Estafeta en los próximos diez días.

En cuanto la licuadora llegue a nuestra bodega de Zapopan, procesaremos el
reembolso completo a través de Amazon; no tiene que hacer nada más.

Quedamos a sus órdenes,
Rodrigo Medina
Hogar Jalisco""")

    o, b = order("es-delay", "es", "Colchón matrimonial de espuma viscoelástica 25 cm", tld="com.mx", **LATE)
    case("es-retraso-paqueteria", "relay", [],
         "Aviso de retraso antes del envío con la fecha nueva; el teléfono es el de la paquetería (misma línea) "
         "y ofrecer cancelar ante un retraso, no un agotado, está permitido.",
         to=b, frm="Descanso Norte <pedidos@descansonorte.com.mx>", enc=B64, fmt="alt", tz="-0600",
         subject=f"Su colchón saldrá con dos días de retraso (pedido {o})", text=f"""Estimado cliente:

Le escribimos sobre su pedido {o}. El colchón que compró saldrá de
nuestra bodega con dos días de retraso respecto a la fecha estimada: el
proveedor de las fundas nos entregó tarde el último lote.

La nueva fecha de envío es el miércoles 17 de junio y la entrega será entre
el 19 y el 22 de junio. El colchón viaja enrollado y lo lleva Paquetexpress;
para acordar la hora de entrega, la línea de Paquetexpress es 800 821 0208.

Si con la nueva fecha prefiere no esperar, puede cancelar el pedido y le
devolvemos el importe completo de inmediato; si no, no tiene que hacer nada.

Le ofrecemos una disculpa por la espera.
Mariana Cisneros
Descanso Norte""")

    o, b = order("es-cfdi", "es", "Silla ergonómica de oficina con soporte lumbar", tld="com.mx")
    case("es-factura-cfdi", "relay", [],
         "Envío de la factura electrónica (CFDI) en PDF adjunto; el RFC y el folio fiscal no son teléfonos y la "
         "factura no es una confirmación de pedido.",
         to=b, frm="Oficina Plena <facturacion@oficinaplena.com.mx>", enc=QP, tz="-0600", crlf=True,
         attach=(pdf("Factura CFDI 4.0", ["Factura electronica CFDI 4.0", f"Pedido Amazon {o}",
                                         "RFC emisor: OPL190312KL7", "Folio fiscal: 6F9C2A1B-3D4E-4F50-8A61-7B2C9D0E1F32",
                                         "Total: 4,899.00 MXN"], "factura-cfdi.pdf"),),
         subject=f"Factura de su pedido {o}", text=f"""Buen día:

Le enviamos adjunta la factura electrónica (CFDI 4.0) de su pedido
{o}, la silla ergonómica de oficina.

RFC emisor: OPL190312KL7
Folio fiscal: 6F9C2A1B-3D4E-4F50-8A61-7B2C9D0E1F32
Uso de CFDI: G03 Gastos en general

Si necesita que la reexpidamos a nombre de su empresa, respóndanos por este
mismo medio con la razón social, el RFC y el régimen fiscal, y se la
enviamos corregida en un día hábil.

Atentamente,
Departamento de Facturación
Oficina Plena""")

    o, b = order("es-seur", "es", "Zapatillas de running hombre, talla 43")
    case("es-respuesta-seguimiento-seur", "relay", [],
         "Respuesta a '¿dónde está mi pedido?' con el número de envío de SEUR y el teléfono de SEUR: responder "
         "al comprador con el seguimiento está permitido.",
         to=b, frm="Zancada Sport <hola@zancadasport.es>", enc=QP,
         reply="Hola, mi pedido tenía que llegar ayer y no sé nada. ¿Dónde está?",
         subject=f"RE: ¿Dónde está mi pedido {o}?", text=f"""¡Hola!

Hemos revisado tu pedido {o}: las zapatillas salieron el martes de
nuestro almacén de Zaragoza con SEUR y ahora mismo están en la delegación
de tu provincia, pendientes de reparto.

Número de envío SEUR: 0783 4401 2298 5516

Si mañana no te han llegado, el teléfono de atención de SEUR es el
963 22 11 00; con ese número de envío te dan la franja de entrega.

Un saludo,
Nacho Lázaro
Zancada Sport""")

    o, b = order("es-question", "es", "Freidora de aire 5,5 L digital", tld="com.mx")
    case("es-respuesta-voltaje", "relay", [],
         "Respuesta a una pregunta sobre el producto con '¡gracias por escribirnos!' y 'aquí estamos', pero con "
         "la información pedida: no es solo un agradecimiento.",
         to=b, frm="Cocina Pronto <ayuda@cocinapronto.com.mx>", enc=B64, fmt="html", tz="-0600",
         reply="¿La freidora funciona con 127 V? Vivo en Monterrey y no quiero quemarla.",
         subject=f"RE: Pregunta sobre tu pedido {o}", text=f"""¡Hola!

¡Gracias por escribirnos! Sí: la freidora de tu pedido {o} es de
127 V / 60 Hz, hecha para la red eléctrica de México, así que puedes
conectarla directamente sin transformador.

Solo te recomendamos no usarla en una extensión delgada: pide 1700 W, así
que mejor conéctala directo a la pared.

Cualquier otra duda, aquí estamos.
Sofía Treviño
Cocina Pronto""")

    o, b = order("es-oos-ok", "es", "Báscula de cocina digital 10 kg", tld="com", **OOS)
    case("es-agotada-reembolso-completo", "relay", [],
         "Comprador de amazon.com con idioma es: el español es su idioma; agotado con el motivo y el reembolso "
         "completo ya hecho, sin pedirle que cancele.",
         to=b, frm="Medida Justa <ventas@medidajusta.com>", enc=W1252, tz="-0500",
         subject=f"Su pedido {o}: báscula agotada, reembolso realizado", text=f"""Estimado cliente:

Sentimos comunicarle que no podemos enviar la báscula de cocina de su pedido
{o}: al preparar el paquete comprobamos que las últimas unidades
tenían la pantalla defectuosa y no nos queda inventario en buen estado.

Por ese motivo (falta de inventario) hemos ajustado el pedido y le hemos
reembolsado hoy el importe completo, 24.99 USD. No tiene que cancelar nada;
el reembolso aparecerá en su método de pago en unos días hábiles.

Le pedimos disculpas por las molestias.
Atentamente,
Medida Justa""")

    o, b = order("es-partial", "es", "Lámpara de pie de latón con pantalla de lino")
    case("es-rebaja-por-rozadura", "relay", [],
         "Mensaje sobre una devolución que ofrece un reembolso parcial como alternativa: permitido.",
         to=b, frm="Luz de Nácar <tienda@luzdenacar.es>", enc=L1, fmt="alt",
         subject=f"Su solicitud de devolución (pedido {o})", text=f"""Estimada clienta:

Hemos recibido su solicitud de devolución de la lámpara de pie de su pedido
{o}, por una rozadura en la base de latón.

Sentimos mucho el desperfecto. Si prefiere quedarse con la lámpara, le
ofrecemos un reembolso parcial de 25 EUR; si no, siga adelante con la
devolución y le reembolsaremos el importe completo al recibirla.
Indíquenos qué prefiere respondiendo a este mensaje.

Un saludo cordial,
Irene Villalba
Luz de Nácar""")

    # ---- violations ----------------------------------------------------------------------------
    o, b = order("es-mismatch", "pt", "Jogo de ferramentas 110 peças com maleta", tld="com.br")
    case("es-en-espanol-a-brasil", "quarantine", ["language.mismatch"],
         "Aviso de retraso escrito en español a un comprador de amazon.com.br con idioma pt.",
         to=b, frm="Herramientas del Bajío <ventas@herramientasbajio.com.mx>", enc=QP, tz="-0600",
         subject=f"Retraso en su pedido {o}", text=f"""Estimado cliente:

Le escribimos sobre su pedido {o}, el juego de herramientas de 110
piezas. La paquetería internacional nos avisó de que el envío quedó retenido
unos días en la aduana de Guarulhos por una revisión de rutina.

Calculamos que el paquete se liberará esta semana y que le llegará entre el
22 y el 26 de junio. En cuanto tengamos novedades, le escribimos de nuevo.

Le ofrecemos una disculpa por la demora y le agradecemos su paciencia.
Herramientas del Bajío""")

    o, b = order("es-conf", "es", "Mochila escolar con ruedas, azul marino", tld="com.mx")
    case("es-ya-salio-tu-paquete", "quarantine", ["type.order-confirmation"],
         "'¡Buenas noticias! Tu pedido ya salió de nuestra bodega y va en camino con Estafeta', número de guía y "
         "nada más: una confirmación de envío.",
         to=b, frm="Mochilas Tlaquepaque <envios@mochilastlaquepaque.com.mx>", enc=B64, fmt="html", tz="-0600",
         subject=f"¡Tu pedido {o} va en camino!", text=f"""¡Hola!

¡Buenas noticias! Tu pedido {o} ya salió de nuestra bodega y va
en camino con Estafeta.

Número de guía: 7015 8823 4410 2297 3301
Entrega estimada: 3 a 5 días hábiles

Puedes seguir el paquete desde la app de Amazon, en Mis pedidos.

Mochilas Tlaquepaque""")

    o, b = order("es-thanks", "es", "Juego de sábanas de percal 300 hilos, 150 cm")
    case("es-gracias-de-todo-corazon", "quarantine", ["type.thank-you-only"],
         "Una carta larga de agradecimiento ('detrás de cada paquete hay una familia', 'no dude en escribirnos') "
         "sin ningún asunto: solo gracias y ofrecimiento de ayuda.",
         to=b, frm="Textil Morella <hola@textilmorella.es>", enc=B64,
         subject=f"Gracias por su pedido {o}", text=f"""Estimada clienta:

Queremos darle las gracias de todo corazón por haber elegido nuestra
pequeña tienda familiar para su pedido {o}.

Detrás de cada paquete que sale de Morella hay una familia que lleva tres
generaciones dedicada al textil, y cada pedido como el suyo nos permite
seguir haciéndolo.

Esperamos que disfrute de sus sábanas tanto como nosotros disfrutamos
preparándolas. Para cualquier cosa que necesite, no dude en escribirnos.

Reciba un cordial saludo,
Amparo Segarra
Textil Morella""")

    o, b = order("es-mkt", "es", "Sartén de hierro fundido 28 cm")
    case("es-aprovecha-cacerolas", "quarantine", ["type.marketing"],
         "Carta de cuidados de la sartén con una frase en medio: 'esta semana toda nuestra línea de cacerolas y "
         "parrillas tiene un 20 % de descuento': promoción de otros productos.",
         to=b, frm="Forja Cantábrica <cocina@forjacantabrica.es>", enc=QP, fmt="alt",
         subject=f"Cómo curar su sartén de hierro (pedido {o})", text=f"""Estimado cliente:

Para que la sartén de hierro fundido de su pedido {o} le dure
toda la vida, antes del primer uso lávela con agua caliente, séquela al
fuego y úntela con una capa muy fina de aceite de girasol.

Después de cada uso, límpiela sin jabón, con agua caliente y un cepillo, y
vuelva a secarla al fuego. Si aparece algo de óxido, basta con frotar con
lana de acero y repetir el curado.

Por cierto, esta semana toda nuestra línea de cacerolas y parrillas tiene
un 20 % de descuento en nuestra tienda de Amazon, por si quiere completar
su batería de cocina.

No la meta nunca en el lavavajillas ni la deje en remojo.

Un saludo,
Forja Cantábrica""")

    o, b = order("es-incent", "es", "Rasuradora eléctrica de láminas recargable", tld="com.mx")
    case("es-cuchillas-sin-costo", "reject", ["review.incentive"],
         "'Si nos deja su reseña, con gusto le enviamos sin costo un juego de cuchillas de repuesto': un producto "
         "gratis a cambio de la reseña.",
         to=b, frm="Barbería Express <clientes@barberiaexpress.com.mx>", enc=QP, tz="-0600",
         subject=f"Cuidados de su rasuradora (pedido {o})", text=f"""Estimado cliente:

Para que la rasuradora de su pedido {o} corte siempre igual de
bien, límpiela después de cada uso con el cepillito incluido y, una vez al
mes, ponga una gota de aceite en las láminas.

La batería rinde unos 60 minutos; no hace falta esperar a que se descargue
del todo para volver a cargarla.

Y un detalle: si nos deja su reseña en Amazon, con gusto le enviamos sin
costo un juego de cuchillas de repuesto. Solo mándenos por este medio la
captura de pantalla.

Saludos cordiales,
Barbería Express""")

    o, b = order("es-stars", "es", "Tapete de yoga antiderrapante 6 mm", tld="com.mx")
    case("es-cinco-estrellitas", "reject", ["review.incentive"],
         "'¿Nos regalas tus cinco estrellitas? Para un negocio chico cada estrella cuenta': empuja hacia una "
         "reseña positiva.",
         to=b, frm="Loto Verde <hola@lotoverde.com.mx>", enc=B64, fmt="alt", tz="-0600",
         subject=f"Tu tapete de yoga (pedido {o})", text=f"""¡Hola!

Esperamos que ya estés estrenando el tapete de tu pedido {o}. Los
primeros días puede tener un olor ligero a hule: déjalo extendido en un
lugar ventilado y desaparece solo.

Para limpiarlo, usa un trapo húmedo con unas gotas de jabón neutro y déjalo
secar a la sombra; el sol directo lo reseca.

Cuando tengas un momento, ¿nos regalas tus cinco estrellitas en Amazon?
Para un negocio chico como el nuestro, cada estrella cuenta muchísimo.

Namasté,
Loto Verde""")

    o, b = order("es-removal", "es", "Cortacésped eléctrico 1600 W, 38 cm")
    case("es-editar-o-retirar-opinion", "reject", ["review.removal-request"],
         "Tras enviar la pieza de recambio: '¿sería tan amable de editar o retirar la opinión que dejó en la "
         "ficha del producto?': pide cambiar o quitar una opinión.",
         to=b, frm="Jardín Tajo <postventa@jardintajo.es>", enc=L1,
         subject=f"Recambio de la cuchilla (pedido {o})", text=f"""Estimado cliente:

Le confirmamos que la cuchilla de recambio para el cortacésped de su pedido
{o} salió ayer y debería recibirla mañana. Para montarla, retire
primero la llave de seguridad y apriete la tuerca central a mano, sin
herramientas.

Ahora que la incidencia está resuelta, ¿sería tan amable de editar o
retirar la opinión que dejó en la ficha del producto? Para una tienda
pequeña, una valoración de una estrella pesa mucho.

Gracias de nuevo por su paciencia.
Jardín Tajo""")

    o, b = order("es-cond", "es", "Purificador de agua con filtro de carbón", tld="com.mx")
    case("es-si-quedo-satisfecho", "reject", ["review.conditional"],
         "'Si quedó satisfecho, le agradeceremos su reseña; si algo no salió como esperaba, escríbanos primero "
         "antes de calificar': reseña solo si la experiencia fue buena.",
         to=b, frm="Agua Clara del Valle <servicio@aguaclaradelvalle.com.mx>", enc=L1, tz="-0600",
         subject=f"Su purificador de agua (pedido {o})", text=f"""Estimado cliente:

Antes de tomar el agua de su nuevo purificador (pedido {o}), deje
correr el agua durante cinco minutos para enjuagar el filtro de carbón.
El filtro se cambia cada seis meses o cada 3,000 litros, lo que ocurra
primero.

Si quedó satisfecho con su compra, le agradeceremos mucho su reseña en
Amazon. Y si algo no salió como esperaba, por favor escríbanos primero a
nosotros antes de calificar, para darle solución.

Atentamente,
Agua Clara del Valle""")

    o, b = order("es-cancel", "es", "Carriola ligera plegable, color arena", tld="com.mx", **OOS)
    case("es-solicite-la-cancelacion", "reject", ["order-problem.cancellation-request"],
         "Agotado: 'le pedimos de favor que solicite la cancelación desde Mis pedidos': se pide al comprador que "
         "cancele él mismo.",
         to=b, frm="Bebé Contento <tienda@bebecontento.com.mx>", enc=QP, fmt="alt", tz="-0600",
         tolerated=("order-problem.no-adjustment",),
         subject=f"Aviso importante sobre su pedido {o}", text=f"""Estimada clienta:

Le escribimos sobre su pedido {o}. Lamentablemente la carriola en
color arena se agotó y el fabricante no tiene fecha de resurtido.

Para no afectar nuestras métricas de vendedor, le pedimos de favor que
solicite la cancelación del pedido desde Mis pedidos, eligiendo el motivo
"ya no lo necesito".

Le ofrecemos una disculpa por el inconveniente.
Bebé Contento""")

    o, b = order("es-noadj", "es", "Mochila de senderismo 40 L con cubierta de lluvia", tld="com.mx", **OOS)
    case("es-no-podremos-surtir", "quarantine", ["order-problem.no-adjustment"],
         "'No podremos surtir su pedido: el modelo quedó descontinuado y ya no contamos con piezas': no se puede "
         "enviar y no confirma ningún ajuste ni reembolso.",
         to=b, frm="Cumbre Outdoor <pedidos@cumbreoutdoor.com.mx>", enc=L1B64, tz="-0600",
         subject=f"Su pedido {o}", text=f"""Estimado cliente:

Lamentamos informarle que no podremos surtir su pedido {o}: la
mochila de 40 litros quedó descontinuada por el fabricante y ya no
contamos con piezas en inventario.

Sabemos que la esperaba para sus vacaciones y sentimos mucho no poder
cumplirle esta vez.

Le ofrecemos una disculpa por las molestias.
Cumbre Outdoor""")

    o, b = order("es-ret", "es", "Robot aspirador con mapeo láser")
    case("es-devolucion-que-pena", "quarantine", ["return.unnecessary"],
         "Mensaje sobre una devolución que no pide información ni ofrece un reembolso parcial: '¡qué pena!', es "
         "de los más valorados, tiene garantía, empaquétalo bien.",
         to=b, frm="Casa Robótica <soporte@casarobotica.es>", enc=QP,
         subject=f"Tu devolución del pedido {o}", text=f"""¡Hola!

Hemos visto que has solicitado la devolución del robot aspirador de tu
pedido {o}. ¡Qué pena! Es uno de nuestros modelos más valorados.

Ten en cuenta que los primeros días el robot necesita recorrer toda la casa
para crear el mapa, y que tiene tres años de garantía con nosotros.

Si aun así decides devolverlo, empaquétalo con todos sus accesorios y la
base de carga dentro de la caja original.

Un saludo,
Casa Robótica""")

    o, b = order("es-sens", "es", "Repisa flotante de madera 80 cm, nogal", tld="com.mx")
    case("es-ya-estuvo-bueno", "quarantine", ["content.sensitive"],
         "Respuesta a un comprador con 'ya estuvo bueno de sus pendejadas': lenguaje ofensivo.",
         to=b, frm="Muebles Coyoacán <atencion@mueblescoyoacan.com.mx>", enc=QP, tz="-0600",
         reply="La repisa llegó con un tornillo de menos y no se puede armar. Quiero mi dinero.",
         subject=f"RE: Repisa pedido {o}", text=f"""Buenas tardes:

Revisamos las fotos de su pedido {o}. La repisa trae seis tornillos
y seis taquetes; el que usted dice que falta viene pegado con cinta dentro
del soporte metálico, como indica el instructivo.

Le repito que el empaque salió perfecto de aquí. Si no sabe armar una
repisa, no nos eche la culpa: ya estuvo bueno de sus pendejadas.

Muebles Coyoacán""")

    o, b = order("es-phone", "es", "Armario ropero de 3 puertas con espejo")
    case("es-llamenos-al-movil", "reject", ["content.phone-number"],
         "Carta de montaje con 'puede escribirnos por WhatsApp o llamarnos al 644 21 87 30': el número de la "
         "tienda, no de garantía, transportista ni fabricante.",
         to=b, frm="Muebles Valdés <montaje@mueblesvaldes.es>", enc=W1252, fmt="alt",
         subject=f"Montaje de su armario (pedido {o})", text=f"""Estimado cliente:

El armario de su pedido {o} viene en cuatro bultos numerados. Le
recomendamos abrirlos en el orden indicado y montar primero el módulo
central, que es el que lleva el espejo.

Necesitará dos personas para levantar los laterales y un destornillador de
estrella; las bisagras ya vienen reguladas de fábrica.

Si se atasca en algún paso, puede escribirnos por WhatsApp o llamarnos al
644 21 87 30, de lunes a viernes de 9:00 a 18:00.

Un saludo,
Muebles Valdés""")

    o, b = order("es-email", "es", "Vajilla de talavera para 6 personas", tld="com.mx")
    case("es-fotos-al-correo", "reject", ["content.email-address"],
         "'Le pedimos que nos mande las fotos del daño directamente a reclamaciones@…': una dirección de correo "
         "del vendedor en el cuerpo.",
         to=b, frm="Talavera Poblana <ventas@talaverapoblana.com.mx>", enc=B64, tz="-0600",
         subject=f"Piezas dañadas de su vajilla (pedido {o})", text=f"""Estimada clienta:

Sentimos mucho que dos piezas de la vajilla de su pedido {o}
llegaran estrelladas. Queremos reponérselas cuanto antes.

Para agilizar la revisión, le pedimos que nos mande las fotos del daño
directamente a reclamaciones@talaverapoblana.com.mx, indicando qué piezas
son; así no se pierden en la mensajería.

En cuanto las recibamos, le enviamos las piezas nuevas sin costo.

Atentamente,
Talavera Poblana""")

    o, b = order("es-http", "es", "Batería de repuesto para bicicleta eléctrica 36 V")
    case("es-enlace-sin-https", "reject", ["link.insecure"],
         "Enlace a la página de ayuda de Amazon escrito con http://, no https.",
         to=b, frm="Pedal Eléctrico <tienda@pedalelectrico.es>", enc=QP,
         subject=f"Carga de su batería (pedido {o})", text=f"""Estimado cliente:

La batería de su pedido {o} viene cargada al 40 %. Antes del
primer uso, cárguela completa con el cargador original (unas cinco horas)
y no la deje a pleno sol ni por debajo de cero grados.

Si la batería no alcanza la autonomía indicada tras tres ciclos de carga,
puede consultar cómo iniciar una reclamación en la ayuda de Amazon:
http://www.amazon.es/gp/help/customer/display.html?nodeId=201819210

Un saludo,
Pedal Eléctrico""")

    o, b = order("es-ext", "es", "Grifo de cocina extraíble, negro mate", tld="com.mx")
    tienda = "https://www.griferiaelroble.com.mx/instalacion/grifo-extraible-gk20"
    case("es-video-en-nuestra-web", "reject", ["link.external"],
         "Enlace https con texto explicativo al vídeo de instalación en la web del vendedor: un dominio que no es "
         "de Amazon ni necesario para completar el pedido.",
         to=b, frm="Grifería El Roble <soporte@griferiaelroble.com.mx>", enc=QP, fmt="alt", tz="-0600",
         subject=f"Instalación de tu grifo (pedido {o})", text=f"""¡Hola!

Antes de instalar el grifo de tu pedido {o}, cierra las llaves de
paso bajo la tarja y abre el grifo viejo para liberar la presión.

Preparamos un video de instalación paso a paso: {tienda}

Las mangueras flexibles ya vienen incluidas; no uses cinta teflón en las
conexiones con empaque de hule.

Saludos,
Grifería El Roble""",
         html_body=f"""<p>¡Hola!</p>
<p>Antes de instalar el grifo de tu pedido {o}, cierra las llaves de paso bajo la tarja y abre el grifo viejo
para liberar la presión.</p>
<p>Preparamos un <a href="{tienda}">video de instalación paso a paso del grifo extraíble</a>.</p>
<p>Las mangueras flexibles ya vienen incluidas; no uses cinta teflón en las conexiones con empaque de
hule.</p>
<p>Saludos,<br>
Grifería El Roble</p>""")

    o, b = order("es-optout", "es", "Humidificador ultrasónico 4 L")
    case("es-no-desea-recibir-mas", "reject", ["link.opt-out"],
         "Pie 'Si no desea recibir más comunicaciones de nuestra tienda, indíquenoslo respondiendo a este "
         "mensaje y le excluiremos de nuestros envíos': texto de baja.",
         to=b, frm="Aire Sano <clientes@airesano.es>", enc=L1, crlf=True,
         subject=f"Mantenimiento de su humidificador (pedido {o})", text=f"""Estimado cliente:

Para que el humidificador de su pedido {o} no acumule cal, use
agua destilada o de mineralización débil y vacíe el depósito si no lo va a
usar en más de un día.

Una vez a la semana, limpie la membrana con un bastoncillo mojado en
vinagre blanco; nunca la toque con objetos metálicos.

Un saludo,
Aire Sano

Si no desea recibir más comunicaciones de nuestra tienda, indíquenoslo
respondiendo a este mensaje y le excluiremos de nuestros envíos.""")


# --------------------------------------------------------------------------------------------
# Brazilian Portuguese (amazon.com.br)
# --------------------------------------------------------------------------------------------

def cases_pt() -> None:
    # ---- compliant near-misses ---------------------------------------------------------------
    o, b = order("pt-review", "pt", "Panela elétrica de arroz 10 xícaras, 127 V")
    arroz = "Cozinha Mineira Utilidades <atendimento@cozinhamineira.com.br>"
    case("pt-opiniao-sincera", "relay", [],
         "Dicas de uso e um pedido neutro de avaliação ('seja ela positiva ou negativa'), sem benefício nem "
         "condição: permitido (primeiro pedido para este pedido).",
         to=b, frm=arroz, enc=L1, day=9, tz="-0300",
         subject=f"Sua panela de arroz: primeiros usos (pedido {o})", text=f"""Prezado(a) cliente,

Sua panela elétrica de arroz do pedido {o} foi entregue há alguns
dias. Seguem duas dicas para as primeiras receitas:

- Lave a cuba antiaderente só com esponja macia; palha de aço risca o
  revestimento.
- Use o copo medidor que acompanha o produto: ele não é igual a uma xícara
  comum.

Depois de usar a panela por algumas semanas, ficaremos gratos se puder
compartilhar sua opinião sincera sobre o produto na Amazon, seja ela
positiva ou negativa. Isso ajuda outros clientes na hora da compra.

Atenciosamente,
Equipe Cozinha Mineira""")

    case("pt-passando-para-lembrar", "reject", ["review.repeat"],
         "Segundo pedido de avaliação para o mesmo pedido ('passando para lembrar... ainda não vimos sua "
         "avaliação') depois do primeiro, que foi enviado.",
         to=b, frm=arroz, enc=L1, day=14, after=("pt-opiniao-sincera",), tz="-0300",
         subject=f"Sua panela de arroz (pedido {o})", text=f"""Prezado(a) cliente,

Esperamos que a panela elétrica de arroz do pedido {o} esteja
facilitando o dia a dia na sua cozinha.

Estamos passando para lembrar que ainda não vimos sua avaliação na Amazon.
Se tiver um minutinho, ela faz muita diferença para a nossa loja.

Atenciosamente,
Equipe Cozinha Mineira""")

    o, b = order("pt-ret-ok", "pt", "Liquidificador 1400 W com jarra de vidro")
    case("pt-devolucao-autorizada", "relay", [],
         "Resposta a um cliente que pediu para devolver: devolução autorizada, etiqueta de postagem dos Correios "
         "em PDF anexa; responde ao cliente.",
         to=b, frm="Eletro Paulista <sac@eletropaulista.com.br>", enc=QP, tz="-0300",
         reply="Quero devolver o liquidificador, a jarra veio trincada.",
         attach=(pdf("Etiqueta de postagem", ["Logistica reversa - Correios", f"Pedido Amazon {o}",
                                               "Codigo de autorizacao de postagem: 2284 1937 55",
                                               "Destinatario: Eletro Paulista, Sao Bernardo do Campo/SP"],
                     "etiqueta-postagem.pdf"),),
         subject=f"RE: Devolução do pedido {o}", text=f"""Olá!

Sentimos muito pela jarra trincada do liquidificador do pedido {o}.
A devolução já está autorizada: segue em anexo a etiqueta de postagem
(logística reversa dos Correios). É só imprimir, colar na caixa e levar
a qualquer agência dos Correios em até 7 dias.

Assim que o produto chegar ao nosso centro de distribuição, o reembolso
integral é feito pela própria Amazon.

Atenciosamente,
Juliana | Atendimento Eletro Paulista""")

    o, b = order("pt-delay", "pt", "Guarda-roupa casal 6 portas, branco", **LATE)
    case("pt-atraso-transportadora", "relay", [],
         "Aviso de atraso antes do envio, com a nova data; o telefone é o da transportadora, na mesma linha.",
         to=b, frm="Móveis Serra Gaúcha <pedidos@moveisserragaucha.com.br>", enc=B64, fmt="alt", tz="-0300",
         subject=f"Atualização sobre o prazo do seu pedido {o}", text=f"""Prezado(a) cliente,

Informamos que o guarda-roupa do seu pedido {o} vai sair da
nossa fábrica em Bento Gonçalves com três dias de atraso: a chapa de MDF
branca chegou com defeito e precisou ser trocada pelo fornecedor.

A nova data de despacho é 18/06 e a entrega deve acontecer até 26/06. O
transporte é feito pela Braspress, que agenda a entrega com você por
telefone; a central da transportadora Braspress atende no 4004 2121.

Pedimos desculpas pelo transtorno e seguimos à disposição.

Atenciosamente,
Móveis Serra Gaúcha""")

    o, b = order("pt-nf", "pt", "Cadeira gamer reclinável, preta e vermelha")
    case("pt-nota-fiscal-anexa", "relay", [],
         "Envio da nota fiscal (DANFE em PDF anexo); CNPJ, inscrição estadual e chave de acesso não são "
         "telefones, e a nota não é uma confirmação de envio.",
         to=b, frm="Gamer Point <fiscal@gamerpoint.com.br>", enc=QP, crlf=True, tz="-0300",
         attach=(pdf("DANFE", ["DANFE - Documento Auxiliar da Nota Fiscal Eletronica", f"Pedido Amazon {o}",
                               "CNPJ: 31.448.207/0001-62", "NF-e n. 000.018.442, serie 1",
                               "Valor total: R$ 1.289,90"], "danfe-nf-18442.pdf"),),
         subject=f"Nota fiscal do seu pedido {o}", text=f"""Olá!

Segue em anexo a nota fiscal eletrônica (DANFE em PDF) referente ao
seu pedido {o}, a cadeira gamer reclinável.

CNPJ: 31.448.207/0001-62
Inscrição estadual: 148.226.731.110
NF-e nº 000.018.442, série 1
Chave de acesso: 3526 0631 4482 0700 0162 5500 1000 0184 4210 0018 4427

Se precisar da nota em nome de pessoa jurídica, é só responder esta
mensagem com o CNPJ e a razão social que emitimos a carta de correção.

Equipe Gamer Point""")

    o, b = order("pt-track", "pt", "Fone de ouvido Bluetooth com cancelamento de ruído")
    case("pt-resposta-rastreio-correios", "relay", [],
         "Resposta a 'cadê meu pedido?' com o código de rastreio dos Correios: responder ao cliente com o "
         "rastreio é permitido.",
         to=b, frm="Som na Caixa <contato@somnacaixa.com.br>", enc=B64, fmt="html", lang="pt-BR", tz="-0300",
         reply="Boa tarde, meu fone ainda não chegou e já passou do prazo. Cadê meu pedido?",
         subject=f"RE: Cadê meu pedido {o}?", text=f"""Boa tarde!

Verificamos aqui o seu pedido {o}: o fone foi postado nos Correios
na segunda-feira e, pela última atualização, está em trânsito para a
unidade de distribuição da sua cidade.

Código de rastreio: QB 482 193 776 BR

O atraso foi na triagem em Curitiba; a previsão atual é de entrega até
sexta-feira.

Abraço,
Thiago | Som na Caixa""")

    o, b = order("pt-question", "pt", "Ventilador de coluna 40 cm, 6 pás")
    case("pt-resposta-voltagem", "relay", [],
         "Resposta a uma dúvida sobre o produto com 'obrigado pelo contato' e 'estamos à disposição', mas com a "
         "informação pedida: não é só agradecimento.",
         to=b, frm="Brisa Eletro <duvidas@brisaeletro.com.br>", enc=QP, tz="-0300",
         reply="O ventilador é bivolt? Aqui em casa é 220 V.",
         subject=f"RE: Dúvida sobre o pedido {o}", text=f"""Olá!

Obrigado pelo contato. O ventilador do pedido {o} não é bivolt:
o modelo enviado é de 127 V, como consta na etiqueta da caixa. Ligado em
220 V, o motor queima na hora.

Se a sua tomada é 220 V, recomendamos não ligar o aparelho e solicitar a
troca pela página do pedido na Amazon, escolhendo a versão de 220 V.

Estamos à disposição.
Atendimento Brisa Eletro""")

    o, b = order("pt-oos-ok", "", "Cafeteira expresso 15 bar, inox", tld="com.br", **OOS)
    case("pt-esgotado-estornado", "relay", [],
         "Pedido sem idioma gravado (amazon.com.br: pt); produto esgotado com o motivo e o estorno integral já "
         "feito, sem pedir que o cliente cancele.",
         to=b, frm="Café & Cia Utilidades <loja@cafeecia.com.br>", enc=W1252, tz="-0300",
         subject=f"Seu pedido {o}: produto esgotado e valor estornado", text=f"""Prezado(a) cliente,

Infelizmente não poderemos enviar a cafeteira expresso do seu pedido
{o}: o último lote que recebemos veio com a bomba de pressão
com defeito e ficamos sem estoque em condições de venda.

Por esse motivo (falta de estoque), o pedido foi ajustado e estornamos
hoje o valor integral de R$ 649,90. Você não precisa cancelar nada; o
estorno aparece na fatura do cartão em até duas faturas.

Pedimos desculpas pelo transtorno.
Café & Cia Utilidades""")

    o, b = order("pt-partial", "pt", "Luminária de piso com cúpula de linho")
    case("pt-reembolso-parcial", "relay", [],
         "Mensagem sobre uma devolução que oferece um reembolso parcial como alternativa: permitida.",
         to=b, frm="Casa Lume <contato@casalume.com.br>", enc=L1, fmt="alt", lang="pt-BR", tz="-0300",
         subject=f"Sua solicitação de devolução (pedido {o})", text=f"""Prezado(a) cliente,

Recebemos sua solicitação de devolução da luminária do pedido {o},
por causa de um amassado na cúpula.

Lamentamos o ocorrido. Se preferir ficar com a luminária, podemos oferecer
um reembolso parcial de R$ 60,00; caso contrário, siga com a devolução
normalmente e o valor integral será reembolsado quando o produto chegar.
Pode nos dizer qual opção prefere respondendo esta mensagem?

Atenciosamente,
Casa Lume""")

    # ---- violations ----------------------------------------------------------------------------
    o, b = order("pt-mismatch", "es", "Botella térmica de acero 1 L", tld="com.mx")
    case("pt-em-portugues-ao-mexico", "quarantine", ["language.mismatch"],
         "Aviso de atraso escrito em português a um comprador da amazon.com.mx com idioma es.",
         to=b, frm="Garrafa Forte <vendas@garrafaforte.com.br>", enc=QP, tz="-0300",
         subject=f"Atraso no seu pedido {o}", text=f"""Prezado(a) cliente,

Estamos escrevendo sobre o seu pedido {o}, a garrafa térmica de
aço de 1 litro. A transportadora internacional nos avisou que a remessa
ficou retida alguns dias na alfândega para uma inspeção de rotina.

A previsão é que o pacote seja liberado ainda esta semana e chegue até
você entre os dias 22 e 26 de junho. Assim que tivermos novidades,
voltaremos a escrever.

Pedimos desculpas pela demora e agradecemos a sua paciência.
Garrafa Forte""")

    o, b = order("pt-conf", "pt", "Kit 3 potes herméticos de vidro")
    case("pt-pedido-faturado-despachado", "quarantine", ["type.order-confirmation"],
         "'Oba! Seu pedido foi faturado e despachado' com o código de rastreio e nada mais: uma confirmação de "
         "envio.",
         to=b, frm="Organiza Lar <pedidos@organizalar.com.br>", enc=B64, fmt="html", lang="pt-BR", tz="-0300",
         subject=f"Seu pedido {o} está a caminho!", text=f"""Olá!

Oba! Seu pedido {o} foi faturado e despachado hoje pela nossa
equipe de expedição.

Transportadora: Correios (PAC)
Código de rastreio: QC 117 508 362 BR

Você pode acompanhar a entrega pelo app da Amazon, em Seus pedidos.

Equipe Organiza Lar""")

    o, b = order("pt-thanks", "pt", "Jogo de cama queen 400 fios, cinza")
    case("pt-agradecemos-preferencia", "quarantine", ["type.thank-you-only"],
         "'Agradecemos imensamente pela preferência... qualquer dúvida, estamos à disposição': só agradecimento "
         "e oferta de ajuda, sem assunto.",
         to=b, frm="Enxoval Nobre <atendimento@enxovalnobre.com.br>", enc=B64, tz="-0300",
         subject=f"Obrigado pela sua compra (pedido {o})", text=f"""Prezado(a) cliente,

Agradecemos imensamente pela preferência e pela confiança em nossa loja
no seu pedido {o}.

Somos uma empresa familiar de Blumenau e cada pedido é separado e embalado
com muito carinho pela nossa equipe.

Esperamos que sua experiência de compra tenha sido excelente. Qualquer
dúvida, estamos à disposição.

Atenciosamente,
Equipe Enxoval Nobre""")

    o, b = order("pt-mkt", "pt", "Frigideira de cerâmica 26 cm")
    case("pt-cupom-proxima-compra", "quarantine", ["type.marketing"],
         "Carta de cuidados com uma frase no meio: 'use o cupom VOLTEI15 e ganhe 15% de desconto em qualquer "
         "produto da nossa loja': um cupom promocional.",
         to=b, frm="Cozinha Viva <contato@cozinhaviva.com.br>", enc=QP, fmt="alt", lang="pt-BR", tz="-0300",
         subject=f"Cuidados com sua frigideira (pedido {o})", text=f"""Olá!

Para que a frigideira de cerâmica do pedido {o} dure bastante,
use sempre fogo baixo ou médio e utensílios de silicone ou madeira.

Antes do primeiro uso, lave com água morna e detergente neutro e passe uma
camada fina de óleo com papel-toalha.

Aproveitando: use o cupom VOLTEI15 e ganhe 15% de desconto em qualquer
produto da nossa loja na Amazon até o fim do mês.

Nunca coloque a frigideira quente embaixo da torneira: o choque térmico
trinca a cerâmica.

Abraços,
Cozinha Viva""")

    o, b = order("pt-incent", "pt", "Aparador de pelos recarregável à prova d'água")
    case("pt-pix-pela-avaliacao", "reject", ["review.incentive"],
         "'Quem deixa a avaliação do produto recebe R$ 20 de volta via Pix, é só mandar o print': dinheiro em "
         "troca de avaliação.",
         to=b, frm="Barba Brasil <sac@barbabrasil.com.br>", enc=QP, tz="-0300",
         subject=f"Seu aparador (pedido {o})", text=f"""Olá!

Para o aparador do pedido {o} durar mais, limpe as lâminas com a
escovinha depois de cada uso e aplique uma gota de óleo uma vez por mês.

A bateria rende cerca de 90 minutos e pode ser recarregada a qualquer
momento, sem precisar descarregar por completo.

Como forma de agradecimento, quem deixa a avaliação do produto na Amazon
recebe R$ 20 de volta via Pix: é só mandar o print aqui no chat.

Um abraço,
Barba Brasil""")

    o, b = order("pt-stars", "pt", "Tapete de yoga antiderrapante 6 mm, roxo")
    case("pt-cinco-estrelinhas", "reject", ["review.incentive"],
         "'Deixa aquelas 5 estrelinhas pra gente? Faz toda a diferença': empurra para uma avaliação positiva.",
         to=b, frm="Namastê Store <oi@namastestore.com.br>", enc=B64, tz="-0300",
         subject=f"Seu tapete de yoga (pedido {o})", text=f"""Oi, tudo bem?

Seu tapete do pedido {o} pode ter um cheirinho de borracha nos
primeiros dias: deixe ele aberto num lugar arejado que o cheiro some.

Para limpar, use um pano úmido com sabão neutro e deixe secar à sombra.

Quando tiver um tempinho, deixa aquelas 5 estrelinhas pra gente lá na
Amazon? Faz toda a diferença para uma loja pequena como a nossa!

Namastê,
Namastê Store""")

    o, b = order("pt-removal", "pt", "Cortador de grama elétrico 1200 W")
    case("pt-atualizar-ou-excluir-avaliacao", "reject", ["review.removal-request"],
         "Depois da peça de reposição: 'pedimos gentilmente que considere atualizar sua avaliação de 1 estrela, "
         "ou até mesmo excluí-la': pede mudar ou tirar uma avaliação.",
         to=b, frm="Jardim Fácil <posvenda@jardimfacil.com.br>", enc=L1, tz="-0300",
         subject=f"Lâmina de reposição (pedido {o})", text=f"""Prezado(a) cliente,

A lâmina de reposição do cortador de grama do pedido {o} foi
entregue ontem, conforme o rastreio. Para instalar, desligue o aparelho
da tomada e aperte o parafuso central só com a mão.

Agora que está tudo certo, pedimos gentilmente que considere atualizar sua
avaliação de 1 estrela, ou até mesmo excluí-la, já que o problema foi
resolvido.

Atenciosamente,
Jardim Fácil""")

    o, b = order("pt-cond", "pt", "Purificador de água com refrigeração")
    case("pt-se-gostou-avalie", "reject", ["review.conditional"],
         "'Se você gostou, sua avaliação é muito bem-vinda; se algo não saiu como esperado, fale com a gente "
         "antes de avaliar': avaliação só de quem ficou satisfeito.",
         to=b, frm="Água Pura Eletro <atendimento@aguapuraeletro.com.br>", enc=QP, fmt="html", lang="pt-BR",
         tz="-0300",
         subject=f"Seu purificador de água (pedido {o})", text=f"""Olá!

Antes de beber a água do purificador do pedido {o}, deixe correr
cerca de dois litros para enxaguar o refil. O refil deve ser trocado a cada
seis meses.

Se você gostou do produto, sua avaliação na Amazon é muito bem-vinda!
Agora, se algo não saiu como esperado, pedimos que fale com a gente antes
de avaliar, para resolvermos juntos.

Atenciosamente,
Água Pura Eletro""")

    o, b = order("pt-cancel", "pt", "Carrinho de bebê leve, bege", **OOS)
    case("pt-solicite-o-cancelamento", "reject", ["order-problem.cancellation-request"],
         "Esgotado: 'pedimos, por gentileza, que solicite o cancelamento da compra pelo app': pede que o cliente "
         "cancele.",
         to=b, frm="Mundo Bebê Kids <loja@mundobebekids.com.br>", enc=QP, tz="-0300",
         tolerated=("order-problem.no-adjustment",),
         subject=f"Importante: seu pedido {o}", text=f"""Prezado(a) cliente,

Escrevemos sobre o seu pedido {o}. Infelizmente o carrinho na cor
bege esgotou no nosso estoque e o fornecedor ainda não tem previsão de
reposição.

Pedimos, por gentileza, que solicite o cancelamento da compra pelo app da
Amazon, em Seus pedidos > Cancelar itens.

Pedimos desculpas pelo transtorno.
Mundo Bebê Kids""")

    o, b = order("pt-noadj", "pt", "Mochila de trilha 45 L com capa de chuva", **OOS)
    case("pt-nao-conseguiremos-enviar", "quarantine", ["order-problem.no-adjustment"],
         "'Infelizmente não conseguiremos enviar o seu pedido: o item esgotou': não pode enviar e não confirma "
         "ajuste nem reembolso.",
         to=b, frm="Trilha Certa <pedidos@trilhacerta.com.br>", enc=L1B64, tz="-0300",
         subject=f"Seu pedido {o}", text=f"""Prezado(a) cliente,

Infelizmente não conseguiremos enviar o seu pedido {o}: o
fornecedor deixou de fabricar a mochila de 45 litros na cor grafite e o
item esgotou no nosso estoque.

Sabemos que você contava com ela para a viagem e sentimos muito por isso.

Pedimos desculpas pelo transtorno.
Trilha Certa""")

    o, b = order("pt-ret", "pt", "Robô aspirador com mapeamento a laser")
    case("pt-devolucao-que-pena", "quarantine", ["return.unnecessary"],
         "Mensagem sobre uma devolução que não pede informação nem oferece reembolso parcial: 'que pena!', é "
         "campeão de vendas, tem garantia, embale na caixa original.",
         to=b, frm="Casa Inteligente BR <suporte@casainteligentebr.com.br>", enc=QP, tz="-0300",
         subject=f"Sua solicitação de devolução (pedido {o})", text=f"""Olá!

Recebemos sua solicitação de devolução do robô aspirador do pedido
{o}. Que pena! Esse modelo é um dos campeões de venda da loja.

Lembramos que nos primeiros dias o robô precisa percorrer a casa toda para
montar o mapa, e que a garantia de 12 meses cobre qualquer defeito.

Caso mantenha a decisão, embale o produto com todos os acessórios e a base
de carregamento na caixa original.

Abraços,
Casa Inteligente BR""")

    o, b = order("pt-sens", "pt", "Prateleira flutuante de madeira 80 cm")
    case("pt-resposta-ofensiva", "quarantine", ["content.sensitive"],
         "Resposta a um cliente com 'para de encher o saco com essa merda de reclamação': linguagem ofensiva.",
         to=b, frm="Madeira Nobre Decor <atendimento@madeiranobredecor.com.br>", enc=QP, tz="-0300",
         reply="A prateleira veio sem um parafuso e não dá para montar. Quero meu dinheiro de volta.",
         subject=f"RE: Prateleira pedido {o}", text=f"""Boa tarde.

Analisamos as fotos do pedido {o}. A prateleira vem com seis
parafusos e seis buchas; o que você diz que falta vem preso com fita
dentro do suporte metálico, como está no manual.

A embalagem saiu perfeita daqui. Não temos culpa se você não leu o manual,
então para de encher o saco com essa merda de reclamação.

Madeira Nobre Decor""")

    o, b = order("pt-phone", "pt", "Guarda-roupa solteiro 3 portas com espelho")
    case("pt-setor-de-montagem", "reject", ["content.phone-number"],
         "Carta de montagem com 'fale com o nosso setor de montagem no (31) 3226-4418, ramal 2': o telefone da "
         "loja, não de garantia, transportadora ou fabricante.",
         to=b, frm="Móveis Contagem <montagem@moveiscontagem.com.br>", enc=W1252, fmt="alt", lang="pt-BR",
         tz="-0300",
         subject=f"Montagem do seu guarda-roupa (pedido {o})", text=f"""Prezado(a) cliente,

O guarda-roupa do pedido {o} vem em quatro volumes numerados.
Recomendamos abrir na ordem indicada e montar primeiro o módulo central,
que é o que leva o espelho.

Serão necessárias duas pessoas para erguer as laterais e uma chave
Phillips; as dobradiças já vêm reguladas.

Se tiver qualquer dificuldade, fale com o nosso setor de montagem pelo
(31) 3226-4418, ramal 2, de segunda a sexta, das 8h às 18h.

Atenciosamente,
Móveis Contagem""")

    o, b = order("pt-email", "pt", "Aparelho de jantar de porcelana 30 peças")
    case("pt-fotos-por-email", "reject", ["content.email-address"],
         "'Envie as fotos e o vídeo do defeito para o e-mail posvenda@…': um endereço de e-mail do vendedor no "
         "corpo.",
         to=b, frm="Porcelana Real <vendas@porcelanareal.com.br>", enc=B64, tz="-0300",
         subject=f"Peças quebradas do seu aparelho de jantar (pedido {o})", text=f"""Prezado(a) cliente,

Lamentamos muito que duas peças do aparelho de jantar do pedido
{o} tenham chegado quebradas. Queremos repor o quanto antes.

Para agilizar a análise, envie as fotos das peças e da caixa para o e-mail
posvenda@porcelanareal.com.br, informando o número do pedido.

Assim que recebermos, despachamos as peças novas sem custo.

Atenciosamente,
Porcelana Real""")

    o, b = order("pt-http", "pt", "Bateria de lítio para bicicleta elétrica 36 V")
    case("pt-link-sem-https", "reject", ["link.insecure"],
         "Link para a ajuda da Amazon escrito com http://, não https.",
         to=b, frm="Pedal Elétrico BR <loja@pedaleletricobr.com.br>", enc=QP, tz="-0300",
         subject=f"Carregamento da sua bateria (pedido {o})", text=f"""Olá!

A bateria do pedido {o} sai da fábrica com 40% de carga. Antes do
primeiro uso, carregue por completo com o carregador original (cerca de
cinco horas) e não deixe a bateria exposta ao sol.

Se depois de três ciclos de carga a autonomia não chegar ao informado,
veja como abrir uma solicitação na ajuda da Amazon:
http://www.amazon.com.br/gp/help/customer/display.html?nodeId=201819210

Abraços,
Pedal Elétrico BR""")

    o, b = order("pt-ext", "pt", "Torneira gourmet com extensor, preto fosco")
    site = "https://www.metaisalvorada.com.br/manuais/torneira-gourmet-tg30.pdf"
    case("pt-manual-no-site", "reject", ["link.external"],
         "Link https com texto explicativo para o manual no site do vendedor: um domínio que não é da Amazon nem "
         "necessário para concluir o pedido.",
         to=b, frm="Metais Alvorada <suporte@metaisalvorada.com.br>", enc=QP, fmt="alt", lang="pt-BR",
         tz="-0300",
         subject=f"Instalação da sua torneira (pedido {o})", text=f"""Olá!

Antes de instalar a torneira do pedido {o}, feche o registro
embaixo da pia e abra a torneira antiga para aliviar a pressão.

O manual de instalação ilustrado está no nosso site: {site}

Os flexíveis já acompanham o produto; não use fita veda-rosca nas
conexões que têm anel de borracha.

Abraços,
Metais Alvorada""",
         html_body=f"""<p>Olá!</p>
<p>Antes de instalar a torneira do pedido {o}, feche o registro embaixo da pia e abra a torneira antiga
para aliviar a pressão.</p>
<p>Baixe o <a href="{site}">manual de instalação ilustrado da torneira gourmet (PDF)</a>.</p>
<p>Os flexíveis já acompanham o produto; não use fita veda-rosca nas conexões que têm anel de
borracha.</p>
<p>Abraços,<br>
Metais Alvorada</p>""")

    o, b = order("pt-optout", "pt", "Umidificador de ar ultrassônico 4 L")
    case("pt-retiramos-da-lista", "reject", ["link.opt-out"],
         "Rodapé 'Se preferir não receber mais nossos e-mails, basta nos avisar e retiramos seu endereço da "
         "lista de envio': texto de descadastro.",
         to=b, frm="Ar Puro Casa <clientes@arpurocasa.com.br>", enc=L1, crlf=True, tz="-0300",
         subject=f"Manutenção do seu umidificador (pedido {o})", text=f"""Prezado(a) cliente,

Para o umidificador do pedido {o} não acumular calcário, use água
filtrada e esvazie o reservatório se não for usar o aparelho por mais de
um dia.

Uma vez por semana, limpe a pastilha com um cotonete molhado em vinagre
branco; nunca encoste objetos de metal nela.

Atenciosamente,
Ar Puro Casa

Se preferir não receber mais nossos e-mails, basta nos avisar e retiramos
seu endereço da lista de envio.""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_es, cases_pt))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="thirtyfifth"), verify,
                         after_must_precede=True)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
