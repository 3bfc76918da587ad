#!/usr/bin/env python3
"""Build the fifty-first labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_fiftyfirst/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. Angle: the exact set of findings when one message breaks two to
four rules at once (review request + incentive + coupon, thank-you + social follow + emoji, stock-out + cancel
request + phone number, return follow-up + external link + email address, dispatch notice + http link + linked
logo, wrong language + marketing), in English, German, French, Spanish, Italian, Japanese and Portuguese, with
near-misses where the vocabulary of a second rule is present but its violation is not.
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
    logo_png,
    mail_date,
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

_rnd = random.Random(51_2026_0615)
_PREFIX = {"co.uk": "20", "de": "30", "fr": "40", "es": "40", "it": "40", "co.jp": "25", "com.br": "70"}
_TLD = {"en": "co.uk", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp", "pt": "com.br"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-05-31T08:00:00Z", shipped="2026-06-01T14:00:00Z",
                 delivered="2026-06-04T10:30:00Z")
ORDERS = BOOK.rows
order = BOOK.add
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-12T07:45:00Z"}
SHIP = {"shipped": "2026-06-14T16:00:00Z", "delivered": "", "purchased": "2026-06-13T19:20:00Z"}
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
SJIS = {"charset": "shift_jis", "cte": "base64"}
EUC = {"charset": "euc-jp", "cte": "base64"}
B64 = {"cte": "base64"}
L1 = {"charset": "windows-1252", "cte": "quoted-printable"}
L15 = {"charset": "iso-8859-15", "cte": "quoted-printable"}
I1 = {"charset": "iso-8859-1", "cte": "quoted-printable"}

TARGET = ["language.mismatch", "type.order-confirmation", "type.thank-you-only", "type.marketing",
          "review.incentive", "review.removal-request", "review.conditional", "review.repeat",
          "order-problem.cancellation-request", "order-problem.no-adjustment", "return.unnecessary",
          "content.sensitive", "content.phone-number", "content.email-address", "link.opt-out", "link.external",
          "link.insecure", "image.logo-link", "image.insecure", "image.tracking-pixel", "image.product-photo"]
OTHER = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "style.emoji",
         "style.line-breaks", "style.link-text", "style.image-alt", "attachment.not-allowed"]


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str, text: str,
         day: int = 15, reply: str = "", tolerated: tuple[str, ...] = (), enc: dict | None = None,
         fmt: str = "text", lang: str = "", crlf: bool = False, html_top: str = "", html_bottom: str = "",
         related: tuple = ()) -> None:
    """One case. fmt: text (plain), html (HTML only) or alt (text + HTML alternative). `html_top` and
    `html_bottom` add raw HTML (a logo, a link) around the paragraphs of the HTML leg. Every rule of TARGET
    and OTHER not named in `rules` (or tolerated) must stay silent. `reply` quotes the buyer: the message
    answers a buyer (In-Reply-To/References)."""
    hdrs = reply_headers(f"0100019c.f51.{slug[:24]}") if reply else []
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = text.strip("\n") + "\n"
    if reply:
        body += "\n" + quote(reply) + "\n"
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*TARGET, *OTHER) if r not in rules and r not in tol]
    kw = dict(enc or {})
    if kw.get("charset") == "iso-8859-15":
        body = body.replace("\u2013", "-")
    if fmt == "text":
        kw["text"] = body
    else:
        kw["html"] = page(html_top + text2html(body) + html_bottom, lang or "en")
        if fmt == "alt":
            kw["text"] = body
    hour = 8 + len(CASE_LIST) % 9
    msg = mk(frm, to, subject, mail_date(day, f"{hour:02d}:{17 + len(CASE_LIST):02d}:30", "+0000"),
             f"<f51.{slug}@{dom}>", headers=hdrs, related=related, **kw)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, crlf=crlf)


def logo(cid: str, alt: str, href: str = "") -> str:
    img = f'<img src="cid:{cid}" alt="{alt}" width="150" height="44">'
    return f'<p><a href="{href}">{img}</a></p>\n' if href else f"<p>{img}</p>\n"


# --------------------------------------------------------------------------------------------
# English (amazon.co.uk)
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    o, b = order("en-review-code", "en", "Bamboo Bath Caddy Tray, Extendable")
    case("en-caddy-review-next-order-code", "reject", ["review.incentive", "type.marketing"],
         "A review request whose 'little thank-you' is a code worth 15% off the next order: an incentive for "
         "the review and a voucher for a future purchase.",
         to=b, frm="Tidewell Home <hello@tidewellhome.co.uk>", fmt="alt",
         subject=f"How are you getting on with your bath caddy? ({o})", text=f"""Hi there,

Your bamboo bath caddy (order {o}) should have been with you for a
week or so now. If you have a moment, we'd really value a review on Amazon.

As a little thank-you once your review is up, pop the code TIDE15 in at
checkout and you'll get 15% off your next order with us.

Best wishes,
Rosie at Tidewell Home""")

    o, b = order("en-thanks-insta", "en", "Linen Napkins, Set of 6, Oatmeal")
    case("en-napkins-thanks-instagram-smiley", "reject", ["type.marketing", "style.emoji"],
         "A thank-you that asks the buyer to follow the shop on Instagram for 'first dibs on new colours', with "
         "a smiley emoji: a social-media follow request and an emoji; whether it is also 'only thank you' is "
         "debatable.",
         to=b, frm="Hearth & Loom <studio@hearthandloom.co.uk>", tolerated=("type.thank-you-only",),
         subject=f"Thank you from Hearth & Loom - order {o}", text=f"""Hello,

Thank you so much for choosing our oatmeal linen napkins (order {o}).
Every set is hemmed by hand in our little Bristol workshop.

Come and say hello on Instagram at @hearthandloom - our followers get
first dibs whenever a new colour drops \U0001F60A

Warmly,
Jess""")

    o, b = order("en-oos", "en", "Cast Iron Door Stop, Hare", **OOS)
    case("en-doorstop-oos-cancel-ring-us", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment", "content.phone-number"],
         "Out of stock, asks the buyer to cancel from their account, gives the shop's own landline for "
         "questions, and never says the amount was refunded.",
         to=b, frm="Foundry Lane <orders@foundrylane.co.uk>", crlf=True,
         subject=f"Problem with your order {o}", text=f"""Dear customer,

I'm sorry to say the cast iron hare door stop you ordered ({o}) has
sold out - the last one failed our quality check this morning.

Could you please cancel the order through Your Orders on Amazon? That
way it clears straight away on your side.

If you have any questions, just give us a ring on 0117 496 0382 (weekdays,
9-5).

Kind regards,
Tom Hale
Foundry Lane""")

    o, b = order("en-return", "en", "Rattan Pendant Lampshade 40cm")
    case("en-lampshade-return-upload-form-email", "reject", ["link.external", "content.email-address"],
         "A legitimate return follow-up asking for photos of the damage, but it sends the buyer to the shop's "
         "own upload page and gives a returns mailbox.",
         to=b, frm="Wicker & Wane <care@wickerandwane.co.uk>", fmt="html",
         subject=f"Your return request for order {o}", text=f"""Hello,

Thanks for letting us know the rattan lampshade from order {o} arrived
with a split in the weave. So we can sort out the return, could you send us two
or three photos showing the split and the outer box?

You can upload them at https://www.wickerandwane.co.uk/returns/photos or simply
email them to returns@wickerandwane.co.uk with your order number.

Many thanks,
Priya
Wicker & Wane""")

    o, b = order("en-dispatch", "en", "Enamel Camping Mug, 350ml", **SHIP)
    case("en-mug-dispatched-http-logo", "reject",
         ["type.order-confirmation", "link.insecure", "image.logo-link"],
         "A 'your mug is on its way' notice with the Royal Mail tracking number and nothing else, headed by "
         "the shop logo linked to the shop's http:// home page.",
         to=b, frm="Ridgeback Outdoor <dispatch@ridgebackoutdoor.co.uk>", fmt="html",
         html_top=logo("rb-logo", "Ridgeback Outdoor", "http://www.ridgebackoutdoor.co.uk/"),
         related=((logo_png("RIDGEBACK"), "image", "png", "rb-logo", "ridgeback.png"),),
         subject=f"Order {o} is on its way", text=f"""Hi,

Good news - your enamel camping mug (order {o}) left us this afternoon
with Royal Mail Tracked 48.

Tracking number: RM482193756GB

Ridgeback Outdoor""")

    o, b = order("en-honest", "en", "Stoneware Pasta Bowls, Set of 4")
    case("en-bowls-review-nothing-in-return", "relay", [],
         "Near-miss: a review request that states nothing is offered for it and that any opinion is welcome: "
         "incentive vocabulary (discount, money back) in a negated statement, no benefit, no gating.",
         to=b, frm="Kilnworks <shop@kilnworks.co.uk>", enc=L1,
         subject=f"A quick favour about order {o}?", text=f"""Hello,

We hope the stoneware pasta bowls (order {o}) have settled into your
kitchen. They are dishwasher safe, but a hand wash keeps the glaze glossy for
longer.

If you have time, would you write a review of them on Amazon? We don't offer
discounts or money back for reviews - we simply read every one, the good and
the critical, and it shapes what we make next.

Thanks,
Hannah at Kilnworks""")

    o, b = order("en-where", "en", "Garden Kneeler and Seat, Foldable", **SHIP)
    case("en-kneeler-reply-tracking-courier-number", "relay", [],
         "Near-miss: a reply to 'where is my parcel?' giving the tracking number and the courier's own phone "
         "line: answers a buyer (no order confirmation) and the number belongs to the carrier.",
         to=b, frm="Greenthumb Supplies <help@greenthumbsupplies.co.uk>", reply="Hi, has my kneeler been sent yet? "
         "I need it for the weekend.",
         subject=f"Re: Garden kneeler - order {o}", text="""Hi,

Yes, it went out yesterday with Evri, tracking number H00KLA0012345678. It
should reach you on Tuesday.

If the parcel hasn't turned up by then, Evri's customer line is 0330 808 5456,
or let us know here and we'll chase it for you.

Best,
Marcus""")


# --------------------------------------------------------------------------------------------
# German (amazon.de)
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = order("de-review-code", "de", "Zirbenkissen 40x40 cm mit Leinenbezug")
    case("de-zirbenkissen-rezension-rabattcode", "reject", ["review.incentive", "type.marketing"],
         "Bitte um eine Rezension, 'als kleines Dankeschön' ein Rabattcode über 10 % auf den nächsten Einkauf: "
         "Anreiz für die Bewertung und Gutschein zugleich.",
         to=b, frm="Almholz Manufaktur <service@almholz-manufaktur.de>", enc=L1,
         subject=f"Wie duftet Ihr Zirbenkissen? (Bestellung {o})", text=f"""Grüß Gott,

Ihr Zirbenkissen aus der Bestellung {o} ist jetzt seit ein paar Tagen
bei Ihnen. Wir hoffen, der Duft gefällt Ihnen und Sie schlafen gut darauf.

Über eine Rezension auf Amazon würden wir uns riesig freuen. Als kleines
Dankeschön schenken wir Ihnen dafür 10 % auf Ihren nächsten Einkauf bei uns –
einfach den Code ZIRBE10 eingeben.

Herzliche Grüße aus dem Allgäu
Familie Wieland""")

    o, b = order("de-oos", "de", "Wandregal Eiche massiv 80 cm", **OOS)
    case("de-wandregal-ausverkauft-stornieren-hotline", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment", "content.phone-number"],
         "Ausverkauft, der Käufer soll selbst stornieren, dazu die eigene Servicenummer des Händlers; keine "
         "Bestätigung einer Erstattung.",
         to=b, frm="Holzkante <bestellung@holzkante.de>", fmt="alt", lang="de",
         subject=f"Ihre Bestellung {o} – Wandregal", text=f"""Sehr geehrte Kundin, sehr geehrter Kunde,

das Wandregal aus massiver Eiche (Bestellung {o}) ist leider
restlos vergriffen, und die Tischlerei kann vor August nicht nachfertigen.

Wir bitten Sie daher, die Bestellung in Ihrem Amazon-Konto unter „Meine
Bestellungen“ zu stornieren.

Für Rückfragen sind wir unter 0521 9873 410 (Mo–Fr 9–16 Uhr) für Sie da.

Mit freundlichen Grüßen
Holzkante – Jens Brüggemann""")

    o, b = order("de-return", "de", "Wasserkocher Glas 1,7 l mit Temperaturwahl")
    case("de-wasserkocher-retoure-portal-mail", "reject", ["link.external", "content.email-address"],
         "Rückfrage zur Retoure (Seriennummer nötig) ist erlaubt, aber sie verweist auf das eigene Retourenportal "
         "des Händlers und nennt eine E-Mail-Adresse.",
         to=b, frm="Teekult Elektro <kontakt@teekult-elektro.de>", enc=L15,
         subject=f"Rückfrage zu Ihrer Rücksendung – Bestellung {o}", text=f"""Guten Tag,

Sie möchten den Glas-Wasserkocher aus der Bestellung {o} zurücksenden,
weil er sich nach dem Aufkochen nicht abschaltet. Damit wir den Fall beim
Hersteller melden können, brauchen wir die Seriennummer vom Boden des Geräts.

Tragen Sie sie bitte unter https://retoure.teekult-elektro.de ein oder
schicken Sie sie an ruecksendung@teekult-elektro.de.

Vielen Dank und freundliche Grüße
Teekult Elektro""")

    o, b = order("de-lang", "fr", "Gartenschere Bypass 20 cm", tld="fr")
    case("de-gartenschere-an-franzoesischen-kaeufer-newsletter", "quarantine",
         ["language.mismatch", "type.marketing"],
         "Deutscher Text an einen Käufer auf amazon.fr (Sprache fr), der zudem zum Newsletter mit "
         "Frühjahrsangeboten einlädt: falsche Sprache und Werbung.",
         to=b, frm="Grünwerk Gartengeräte <info@gruenwerk-garten.de>", enc=L1,
         subject=f"Ihre Gartenschere – Pflegehinweis (Bestellung {o})", text=f"""Hallo,

danke für den Kauf der Bypass-Gartenschere (Bestellung {o}). Ein
Tropfen Öl auf das Gelenk nach jedem größeren Schnitt hält sie leichtgängig.

Übrigens: Mit unserem Newsletter verpassen Sie keine Saisonaktion mehr – im
März gab es dort 25 % auf alle Astscheren. Einfach auf unserer Website
eintragen.

Viele Grüße
Grünwerk Gartengeräte""")

    o, b = order("de-dhl", "de", "Sitzsack XXL Cord, anthrazit", **SHIP)
    case("de-sitzsack-dhl-adresse-hotline", "relay", [],
         "Knapp daneben: DHL meldet eine unvollständige Adresse; der Händler fragt die Hausnummer ab und nennt "
         "die DHL-Hotline in derselben Zeile wie 'DHL': notwendige Rückfrage, Nummer des Versanddienstleisters.",
         to=b, frm="Lümmelhaus <versand@luemmelhaus.de>", enc=B64, fmt="html", lang="de",
         subject=f"Rückfrage zur Lieferadresse – Bestellung {o}", text=f"""Hallo,

DHL hat uns gemeldet, dass bei der Lieferadresse Ihrer Bestellung {o}
(Sitzsack XXL) die Hausnummer fehlt. Das Paket liegt deshalb im Depot.

Könnten Sie uns kurz die vollständige Adresse mit Hausnummer nennen? Dann
geben wir sie sofort an DHL weiter.

Alternativ können Sie die Zustellung auch direkt bei der DHL-Hotline unter
0228 4333 112 klären.

Viele Grüße
Lümmelhaus Versandteam""")


# --------------------------------------------------------------------------------------------
# French (amazon.fr)
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("fr-review", "fr", "Théière en fonte 0,9 L, motif bambou")
    case("fr-theiere-cinq-etoiles-port-rembourse", "reject", ["review.incentive", "style.emoji"],
         "« Un avis 5 étoiles » contre le remboursement des frais de port, avec cinq étoiles en emoji : "
         "incitation financière vers un avis positif, et emoji.",
         to=b, frm="Maison du Thé Ondine <boutique@maison-ondine.fr>", fmt="alt", lang="fr",
         subject=f"Votre théière en fonte – commande {o}", text=f"""Bonjour,

Nous espérons que votre théière en fonte (commande {o}) vous donne
déjà entière satisfaction.

Si vous nous laissez un avis 5 étoiles \u2b50\u2b50\u2b50\u2b50\u2b50 sur Amazon, nous vous
remboursons les frais de port de votre commande : il suffit de répondre à ce
message une fois l'avis publié.

Belle dégustation,
L'équipe Ondine""")

    o, b = order("fr-thanks", "fr", "Bougie parfumée figue noire 220 g")
    case("fr-bougie-merci-facebook-clin-doeil", "reject", ["type.marketing", "style.emoji"],
         "Un remerciement qui invite à rejoindre la page Facebook pour les ventes privées, avec un clin d'œil "
         "« ;-) » : demande d'abonnement et émoticône ; le caractère « seulement merci » reste discutable.",
         to=b, frm="Atelier Cirelle <bonjour@atelier-cirelle.fr>", enc=I1, tolerated=("type.thank-you-only",),
         subject=f"Merci pour votre commande {o}", text=f"""Bonjour,

Toute l'équipe de l'Atelier Cirelle vous remercie pour votre commande
{o}. Votre bougie a été coulée à la main dans notre atelier de Grasse.

Rejoignez-nous sur Facebook (Atelier Cirelle) : c'est là que nous annonçons
nos ventes privées en avant-première ;-)

À bientôt,
Camille""")

    o, b = order("fr-oos", "fr", "Nappe en lin lavé 160x250, terracotta", **OOS)
    case("fr-nappe-rupture-annulez-ecrivez-nous", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment", "content.email-address"],
         "Rupture de stock : le client doit annuler lui-même, une adresse e-mail de la boutique est donnée, "
         "aucun remboursement confirmé.",
         to=b, frm="Lin & Garance <commandes@linetgarance.fr>", enc=L15, crlf=True,
         subject=f"Commande {o} : article indisponible", text=f"""Bonjour,

Nous sommes désolés : la nappe terracotta de votre commande {o} n'est
plus disponible, le dernier coupon de tissu présentait un défaut de teinture.

Pourriez-vous annuler la commande depuis la rubrique « Vos commandes » de
votre compte Amazon ?

Pour toute question, écrivez-nous à service@linetgarance.fr.

Cordialement,
Lin & Garance""")

    o, b = order("fr-return", "fr", "Robot pâtissier 1000 W, bol inox 5 L")
    case("fr-robot-retour-remboursement-partiel-lien-amazon", "relay", [],
         "Presque : suivi de retour qui propose un remboursement partiel de 30 % si le client garde l'appareil "
         "et renvoie vers la page de retours d'Amazon (https) : lien Amazon, pas de remise commerciale.",
         to=b, frm="Cuisine Ferrand <sav@cuisine-ferrand.fr>", fmt="html", lang="fr",
         html_bottom='<p>Si vous préférez le retour, le formulaire se trouve sur la '
                     '<a href="https://www.amazon.fr/gp/css/returns/homepage.html">page Retours de votre compte '
                     'Amazon</a>.</p>\n',
         subject=f"Votre demande de retour – commande {o}", text=f"""Bonjour,

Vous avez demandé le retour du robot pâtissier de la commande {o}
à cause d'une rayure sur le bol. Si vous acceptez de le garder, nous pouvons
vous proposer un remboursement partiel de 30 % du prix, effectué sous 48 heures.

Dites-nous simplement ce qui vous convient le mieux.

Cordialement,
Service après-vente Cuisine Ferrand""")

    o, b = order("fr-ship", "fr", "Coussin de sol rond 60 cm, velours", **SHIP)
    case("fr-coussin-expedie-suivi-http", "reject", ["type.order-confirmation", "link.insecure"],
         "« Votre colis est parti » avec numéro et lien de suivi en http:// vers le site de la boutique : "
         "confirmation d'expédition et lien non sécurisé.",
         to=b, frm="Velours & Cie <expedition@velours-cie.fr>",
         subject=f"Votre commande {o} a été expédiée", text=f"""Bonjour,

Votre coussin de sol en velours (commande {o}) a quitté notre
entrepôt ce matin par Colissimo.

Numéro de suivi : 6A21938475602
Suivre le colis : http://suivi.velours-cie.fr/colis/6A21938475602

Merci et à bientôt,
Velours & Cie""")


# --------------------------------------------------------------------------------------------
# Spanish (amazon.es)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("es-review", "es", "Sartén de hierro forjado 28 cm")
    case("es-sarten-resena-cupon-proxima", "reject", ["review.incentive", "type.marketing"],
         "Pide una reseña y, a cambio, ofrece un cupón de 5 € para la próxima compra en la tienda: incentivo y "
         "cupón promocional.",
         to=b, frm="Forja Ibérica <atencion@forjaiberica.es>", enc=L1,
         subject=f"¿Qué tal su sartén? Pedido {o}", text=f"""Hola:

Esperamos que ya haya estrenado la sartén de hierro forjado de su pedido
{o}. Recuerde curarla con un poco de aceite antes de los primeros usos.

Si nos deja su reseña en Amazon, le enviaremos un cupón de 5 € para su
próxima compra en nuestra tienda. ¡Nos ayuda muchísimo!

Un saludo,
Forja Ibérica""")

    o, b = order("es-return", "es", "Auriculares inalámbricos deportivos, negro")
    case("es-auriculares-devolucion-formulario-correo", "reject", ["link.external", "content.email-address"],
         "Seguimiento de devolución que pide el número de lote (información necesaria), pero con un formulario "
         "en la web del vendedor y una dirección de correo.",
         to=b, frm="Sonix Audio <soporte@sonixaudio.es>", fmt="alt", lang="es",
         subject=f"Su solicitud de devolución – pedido {o}", text=f"""Hola:

Hemos recibido su solicitud de devolución de los auriculares del pedido
{o}. Para tramitarla necesitamos el número de lote que aparece en el
interior del estuche de carga.

Puede indicarlo en https://www.sonixaudio.es/devoluciones o enviarlo a
devoluciones@sonixaudio.es.

Gracias de antemano,
Sonix Audio""")

    o, b = order("es-ship", "es", "Lámpara de mesa de cerámica, verde salvia", **SHIP)
    case("es-lampara-enviado-logo-imagen-http", "reject",
         ["type.order-confirmation", "image.logo-link", "link.external", "image.insecure"],
         "Aviso de envío con número de seguimiento y nada más, encabezado por el logotipo (cargado por http) "
         "enlazado a la web de la tienda: confirmación de envío, logo con enlace, enlace externo e imagen "
         "insegura.",
         to=b, frm="Barro y Luz <pedidos@barroyluz.es>", fmt="html", lang="es", enc=B64,
         html_top='<p><a href="https://www.barroyluz.es/"><img src="http://www.barroyluz.es/img/logo-mail.png" '
                  'alt="Barro y Luz" width="160" height="48"></a></p>\n',
         subject=f"Su pedido {o} ya está en camino", text=f"""Hola:

¡Buenas noticias! Su lámpara de cerámica (pedido {o}) ha salido hoy
de nuestro taller con SEUR.

Número de seguimiento: 2839 4401 7765

Gracias por confiar en Barro y Luz.""")

    o, b = order("es-oos", "es", "Set de cuchillos japoneses 3 piezas", **OOS)
    case("es-cuchillos-sin-stock-reembolso-no-cancelar", "relay", [],
         "Casi: sin existencias, confirma el reembolso íntegro con el motivo y aclara que el cliente no tiene "
         "que cancelar nada: vocabulario de cancelación sin pedirla.",
         to=b, frm="Filo Norte <tienda@filonorte.es>", enc=L1,
         subject=f"Pedido {o}: producto agotado", text=f"""Estimado cliente:

Lamentamos comunicarle que el set de cuchillos japoneses de su pedido
{o} se ha agotado y no podemos enviárselo.

Ya hemos reembolsado el importe total del pedido, 64,90 €, indicando como
motivo la falta de existencias. Usted no tiene que cancelar ni hacer ningún
trámite: el abono le llegará en unos días según su forma de pago.

Disculpe las molestias.
Filo Norte""")

    o, b = order("es-lang", "it", "Macchina per pasta manuale", tld="it")
    case("es-maquina-pasta-comprador-italiano-descuento", "quarantine", ["language.mismatch", "type.marketing"],
         "Mensaje en español a un comprador de amazon.it (idioma it) que además anuncia un 20 % de descuento "
         "en accesorios: idioma equivocado y publicidad.",
         to=b, frm="Pasta Viva Ibérica <hola@pastaviva.es>",
         subject=f"Su máquina de pasta – pedido {o}", text=f"""Hola:

Gracias por su pedido {o}. Antes del primer uso, pase un poco de masa
de descarte por los rodillos para eliminar restos de aceite de fábrica.

Y si le apetece probar la raviolera o el cortador de fettuccine, esta semana
tienen un 20 % de descuento en nuestra tienda de Amazon.

Un saludo,
Pasta Viva""")


# --------------------------------------------------------------------------------------------
# Italian (amazon.it)
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("it-gate", "it", "Moka in alluminio 6 tazze")
    case("it-moka-cinque-stelle-se-soddisfatto", "reject", ["review.conditional", "review.incentive"],
         "'Se è soddisfatto ci lasci 5 stelle, se qualcosa non va ci scriva prima': recensione solo in caso di "
         "esperienza positiva e spinta verso un voto massimo.",
         to=b, frm="Caffè & Moka Store <assistenza@caffeemoka.it>", enc=L1,
         subject=f"La sua moka – ordine {o}", text=f"""Gentile cliente,

speriamo che la moka dell'ordine {o} le stia regalando ottimi caffè.
Un consiglio: i primi tre caffè vanno buttati, servono a "avvinare" la caldaia.

Se è soddisfatto, ci farebbe un enorme piacere ricevere 5 stelle nella sua
recensione su Amazon. Se invece qualcosa non la convince, ci scriva prima
qui e troveremo insieme una soluzione.

Cordiali saluti,
Caffè & Moka Store""")

    o, b = order("it-oos", "it", "Lampada da terra arco, ottone", **OOS)
    case("it-lampada-esaurita-annulli-chiami", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment", "content.phone-number"],
         "Prodotto esaurito: chiede al cliente di annullare l'ordine e dà il numero del negozio; nessuna "
         "conferma di rimborso.",
         to=b, frm="Luce Milano Design <ordini@lucemilanodesign.it>", fmt="alt", lang="it",
         subject=f"Ordine {o} – prodotto non disponibile", text=f"""Gentile cliente,

purtroppo la lampada ad arco in ottone del suo ordine {o} è
esaurita presso il nostro fornitore e non sappiamo quando tornerà disponibile.

Le chiediamo cortesemente di annullare l'ordine dal suo account Amazon.

Per qualsiasi chiarimento può chiamarci allo 02 8719 4420, dal lunedì al
venerdì.

Un cordiale saluto,
Luce Milano Design""")

    o, b = order("it-thanks", "it", "Tagliere in legno d'ulivo 40 cm")
    case("it-tagliere-grazie-instagram-sorriso", "reject", ["type.marketing", "style.emoji"],
         "Ringraziamento che invita a seguire il negozio su Instagram per le offerte riservate, con un ':-)': "
         "richiesta di follow social ed emoticon; il 'solo grazie' è discutibile.",
         to=b, frm="Bottega dell'Ulivo <info@bottegaulivo.it>", tolerated=("type.thank-you-only",), enc=L15,
         subject=f"Grazie per il suo ordine {o}", text=f"""Buongiorno,

grazie di cuore per aver scelto il nostro tagliere in legno d'ulivo
(ordine {o}). Ogni pezzo è tagliato e levigato a mano in Puglia.

Ci segua su Instagram (@bottegaulivo): le offerte riservate ai follower escono
lì prima che altrove :-)

A presto,
Bottega dell'Ulivo""")

    o, b = order("it-warranty", "it", "Aspirapolvere senza filo 25 V")
    case("it-aspirapolvere-recensione-assistenza-produttore", "relay", [],
         "Quasi: richiesta di recensione neutra insieme al numero verde dell'assistenza del produttore per la "
         "garanzia: numero consentito, nessun incentivo.",
         to=b, frm="Casa Pulita Store <servizio@casapulitastore.it>", enc=B64,
         subject=f"Il suo aspirapolvere – ordine {o}", text=f"""Buongiorno,

ci auguriamo che l'aspirapolvere dell'ordine {o} funzioni al meglio.
Per eventuali interventi in garanzia, l'assistenza del produttore risponde al
numero verde 800 912 334.

Quando avrà avuto modo di provarlo per qualche settimana, ci farebbe piacere
leggere la sua recensione su Amazon, qualunque sia la sua opinione.

Cordiali saluti,
Casa Pulita Store""")

    o, b = order("it-return", "it", "Zaino da trekking 35 L, blu")
    case("it-zaino-reso-ricevuto-pagina-http", "reject", ["return.unnecessary", "link.insecure"],
         "Messaggio sul reso che dice solo che il pacco è arrivato e il rimborso seguirà, con un link http alle "
         "condizioni di reso: nessuna informazione chiesta, nessun rimborso parziale; link non sicuro.",
         to=b, frm="Sentieri Outdoor <resi@sentierioutdoor.it>",
         subject=f"Reso ordine {o}", text=f"""Buongiorno,

le confermiamo che lo zaino restituito per l'ordine {o} è arrivato
al nostro magazzino. Il rimborso verrà elaborato nei prossimi giorni.

Le nostre condizioni di reso sono consultabili qui:
http://www.sentierioutdoor.it/condizioni-reso

Cordiali saluti,
Sentieri Outdoor""", tolerated=("type.order-confirmation",))


# --------------------------------------------------------------------------------------------
# Japanese (amazon.co.jp)
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("ja-review", "ja", "電気ケトル 0.8L 温度調節機能付き")
    case("ja-kettle-review-coupon", "reject", ["review.incentive", "type.marketing"],
         "レビュー投稿のお礼として次回使える10%OFFクーポンを進呈：レビューへの見返りと次回購入のクーポン。",
         to=b, frm="キッチン雑貨 こもれび <shop@komorebi-zakka.jp>", enc=SJIS,
         subject=f"電気ケトルの使い心地はいかがですか（注文番号 {o}）", text=f"""お客様

いつもご利用いただきありがとうございます。
ご注文番号 {o} の電気ケトルはお使いいただけていますでしょうか。

Amazonにレビューをご投稿いただいた方には、お礼として次回のお買い物で
使える10%OFFクーポンをお送りしております。ぜひご感想をお聞かせください。

キッチン雑貨 こもれび""")

    o, b = order("ja-oos", "ja", "ウォールナット 木製トレー 大", **OOS)
    case("ja-tray-zaiko-cancel-denwa", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment", "content.phone-number"],
         "在庫切れで、お客様ご自身にキャンセル申請を依頼し、店舗の電話番号を案内。返金の確認なし。",
         to=b, frm="木工房 やまびこ <info@yamabiko-mokko.jp>", enc=JIS,
         subject=f"ご注文 {o} について", text=f"""お客様

このたびはご注文いただき誠にありがとうございます。
大変申し訳ございませんが、ご注文番号 {o} のウォールナットトレーは
在庫切れとなり、発送することができなくなりました。

お手数ですが、Amazonの注文履歴からキャンセル手続きをお願いいたします。

ご不明な点は 0263-48-7712（平日10時〜17時）までお電話ください。

木工房 やまびこ""")

    o, b = order("ja-ship", "ja", "土鍋 8号 萬古焼", **SHIP)
    case("ja-donabe-hassou-http-link", "reject", ["type.order-confirmation", "link.insecure"],
         "「本日発送いたしました」と追跡番号、http のショップ追跡ページのみ：発送通知と安全でないリンク。",
         to=b, frm="陶器のうつわ屋 <order@utsuwaya-banko.jp>", enc=EUC,
         subject=f"【発送のお知らせ】ご注文番号 {o}", text=f"""お客様

ご注文番号 {o} の土鍋を本日、佐川急便にて発送いたしました。

お問い合わせ伝票番号：4102-7789-3365
配送状況はこちら：http://www.utsuwaya-banko.jp/tracking

陶器のうつわ屋""")

    o, b = order("ja-heavy", "ja", "天然木 ダイニングテーブル 150cm", **SHIP)
    case("ja-table-haitatsu-yamato-denwa", "relay", [],
         "ほぼ違反：大型家具の配達日時の調整依頼で、ヤマト運輸の電話番号を同じ行で案内：配送業者の番号で許可、"
         "発送通知ではなく配達予約の連絡。",
         to=b, frm="家具のもりの木 <support@morinoki-kagu.jp>", fmt="html", lang="ja", enc=B64,
         subject=f"配達日時のご相談（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のダイニングテーブルは大型商品のため、
ヤマト運輸の家財便で二名にてお届けいたします。

配達日時を調整させていただきたく、ご希望の日にちと時間帯（午前・午後）を
このメッセージへのご返信でお知らせください。

ヤマト運輸の家財便受付（0120-008-008）へ直接ご連絡いただくことも可能です。

家具のもりの木""")

    o, b = order("ja-thanks", "ja", "今治 バスタオル 2枚組 グレー")
    case("ja-bathtowel-orei-line-tomodachi", "reject", ["type.marketing", "style.emoji"],
         "お礼メールにLINE公式アカウントの友だち追加（限定クーポン配信）と絵文字：SNS誘導の宣伝と絵文字。"
         "「お礼だけ」かどうかは判断が分かれる。",
         to=b, frm="タオルの森 <mail@towelnomori.jp>", tolerated=("type.thank-you-only",),
         subject=f"ご購入ありがとうございます（{o}）", text=f"""お客様

このたびはバスタオル（ご注文番号 {o}）をお買い上げいただき、
誠にありがとうございます。

LINE公式アカウントを友だち追加していただくと、限定クーポンや新商品の
お知らせをいち早くお届けします\u2728

タオルの森""")


# --------------------------------------------------------------------------------------------
# Portuguese (amazon.com.br)
# --------------------------------------------------------------------------------------------

def cases_pt() -> None:
    o, b = order("pt-review", "pt", "Garrafa térmica inox 1 litro")
    case("pt-garrafa-avaliacao-cupom-proxima", "reject", ["review.incentive", "type.marketing"],
         "Pede avaliação e oferece, em troca, um cupom de 10% na próxima compra: incentivo e cupom "
         "promocional.",
         to=b, frm="Termobox Brasil <contato@termobox.com.br>", enc=L1,
         subject=f"Sua garrafa térmica chegou bem? Pedido {o}", text=f"""Olá!

Esperamos que a garrafa térmica do pedido {o} esteja mantendo o seu
café quentinho. Dica: antes de usar, escalde com água fervente por 5 minutos.

Deixe sua avaliação na Amazon e ganhe um cupom de 10% de desconto para usar
na sua próxima compra com a gente!

Abraços,
Equipe Termobox""")

    o, b = order("pt-return", "pt", "Tênis de corrida masculino, tamanho 42")
    case("pt-tenis-devolucao-link-email", "reject", ["link.external", "content.email-address"],
         "Acompanhamento da devolução pedindo fotos da sola (informação necessária), mas por um link do site da "
         "loja e um endereço de e-mail.",
         to=b, frm="Passada Certa <sac@passadacerta.com.br>", fmt="html", lang="pt",
         subject=f"Sua solicitação de devolução – pedido {o}", text=f"""Olá,

Recebemos o seu pedido de devolução do tênis (pedido {o}). Para
seguirmos com o processo, precisamos de duas fotos da sola mostrando o
descolamento que você mencionou.

Envie as fotos pelo formulário https://www.passadacerta.com.br/trocas ou
para o e-mail trocas@passadacerta.com.br.

Obrigado,
Passada Certa""")

    o, b = order("pt-oos", "pt", "Cafeteira italiana elétrica 300 ml", **OOS)
    case("pt-cafeteira-sem-estoque-cancelar-whatsapp", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment", "content.phone-number"],
         "Sem estoque: pede ao cliente que solicite o cancelamento e passa o WhatsApp da loja; nenhum reembolso "
         "confirmado.",
         to=b, frm="Casa do Café Elétrico <vendas@casadocafeeletrico.com.br>", fmt="alt", lang="pt",
         subject=f"Pedido {o} – produto sem estoque", text=f"""Olá,

Infelizmente a cafeteira elétrica do seu pedido {o} ficou sem
estoque e não conseguiremos enviá-la.

Pedimos, por gentileza, que você solicite o cancelamento do pedido pela
sua conta na Amazon.

Qualquer dúvida, chame a gente no WhatsApp (11) 98765-4321.

Atenciosamente,
Casa do Café Elétrico""")

    o, b = order("pt-honest", "pt", "Jogo de lençóis 400 fios, queen")
    case("pt-lencois-avaliacao-sem-brinde", "relay", [],
         "Quase: pedido de avaliação que deixa claro que não há desconto nem brinde em troca e que toda opinião "
         "é bem-vinda: vocabulário de incentivo negado.",
         to=b, frm="Sono Bom Enxovais <atendimento@sonobom.com.br>", enc=I1,
         subject=f"Sua opinião sobre os lençóis – pedido {o}", text=f"""Olá,

Esperamos que os lençóis do pedido {o} estejam garantindo boas noites
de sono. Lave-os pela primeira vez em água fria para preservar a cor.

Se puder, conte na Amazon o que achou deles. Não oferecemos desconto nem
brinde por avaliações: queremos apenas a sua opinião sincera, seja ela qual for.

Um abraço,
Sono Bom Enxovais""")

    o, b = order("pt-thanks", "pt", "Kit de pincéis de maquiagem 12 peças")
    case("pt-pinceis-obrigado-siga-instagram-coracao", "reject", ["type.marketing", "style.emoji"],
         "Agradecimento que convida a seguir a loja no Instagram para sorteios, com coração emoji: pedido de "
         "seguir nas redes e emoji; o 'só obrigado' é discutível.",
         to=b, frm="Belíssima Make <oi@belissimamake.com.br>", tolerated=("type.thank-you-only",),
         subject=f"Obrigada pela sua compra! Pedido {o}", text=f"""Oi!

Muito obrigada por comprar o nosso kit de pincéis (pedido {o}).

Siga a gente no Instagram @belissimamake: todo mês sorteamos kits entre as
seguidoras \u2764\ufe0f

Beijos,
Equipe Belíssima""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja, cases_pt))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="fiftyfirst"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
