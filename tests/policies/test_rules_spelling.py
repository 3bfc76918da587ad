"""`content.spelling`: egregious misspellings flagged in five languages, well-written mail left alone."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage

import pytest

from policies import Context, Order, evaluate, parse_message
from policies.context import PolicySettings
from policies.rules.spelling import required_share

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
BUYER = "k3x9m2p7q1w8z5v@marketplace.amazon.com"
ORDER = "113-4829175-6630214"


def fires(text: str, title: str = "Widget") -> bool:
    msg = EmailMessage()
    msg["From"] = "Nordlicht Home <seller@nordlicht-home.example>"
    msg["To"] = BUYER
    msg["Subject"] = f"Order {ORDER}"
    msg.set_content(text)
    m = parse_message(msg.as_bytes())
    order = Order(order_id=ORDER, buyer_email=BUYER, marketplace="amazon.com", product_titles=(title,))
    ctx = Context(m, NOW, orders={ORDER: order} if ORDER in m.order_ids else {})
    return "content.spelling" in evaluate(ctx).rules


# Egregious: roughly every third to fifth word misspelled; short notes and longer messages.
POSITIVES = {
    "en-short": (
        "Helo,\n\nWen your lamp from order 113-4829175-6630214 arives, the too glass shades are in the smal "
        "box undaneath. Scru them on by hand ontil tite, dont use pliers becuase the thred can brake.\n\n"
        "Thanks,\nNordlicht Home\nSupport team"
    ),
    "en-long": (
        "Dear custommer,\n\nThank you for you're order. We are very sory to infrom you that the parcel was "
        "dispached later then expected becuase our suplier deliverd the wrong colur. It shoud arive "
        "wihtin three buisness days. Plese let us kno if anythign is mising or damaged when it arives, and "
        "we will sort it out imediately.\n\nKind regards,\nNordlicht Home\nSupport team"
    ),
    "de": (
        "Hallo,\n\nvielen dank für ihre Bestelung. Leider ist das Packet etwas späder verschikt worden, weil "
        "unser Liferant die falsche Farbe geschikt hat. Es solte inerhalb von drei Tagen ankomen. Bite melden "
        "sie sich, wen etwas felt oder beschädikt ist, dan kümern wir uns sofort darum.\n\n"
        "Viele Grüße\nNordlicht Home\nKundenservice"
    ),
    "fr": (
        "Bonjour,\n\nPour vottre bougi de la comande 113-4829175-6630214, il fo la laissé brulé au moin deu "
        "heur la premiere foi, sinon la sire fé un trou o millieu. Pensé a coupé la mêche a sinq milimètre "
        "avan chaque alumage.\n\nCordialmant,\nNordlicht Home\nService client"
    ),
    "es": (
        "Hola,\n\nmuchas grasias por su pedidio. Lamentamos informarle que el paquette salio mas tarde de lo "
        "previsto porqe nuestro probeedor nos envio el color equivocado. Deveria llegar en tres dias "
        "havibles. Si falta algo o llega dañado, escrivanos y lo solusionaremos enseguida.\n\n"
        "Saludos,\nNordlicht Home\nAtención al cliente"
    ),
    "it": (
        "Buongiorno,\n\ngrazie per il suo ordne. Ci dispiaze informarla che il pacco e stato spedidto in "
        "ritardo perche il nostro fornitorre ci ha mandatto il colore sbagliatto. Dovrebbe arivare entro tre "
        "giorni lavoratvi. Se manca qualcosa o arriva dannegiato, ci scriva e risolvereno subbito.\n\n"
        "Cordiali saluti,\nNordlicht Home\nServizio clienti"
    ),
}

# Well-written, with names, brands, product words, SKUs and technical terms.
NEGATIVES = {
    "en-short": (
        "Hi Priya,\n\nthe Lumora LX-420 desk lamp from order 113-4829175-6630214 ships with an E27 socket "
        "and a 9 W LED bulb. The dimmer works with Philips Hue and IKEA Tradfri.\n\nBest,\nJonas Berglund\n"
        "Nordlicht Home"
    ),
    "en-long": (
        "Hello Siobhan,\n\nthank you for your order of the Lumora LX-420 desk lamp (SKU NL-LX420-BLK). It "
        "left our warehouse in Leipzig this morning with DHL Express, and the tracking number is "
        "JD014600003829471. The lamp uses a standard E27 socket, supports Zigbee and Bluetooth mesh, and "
        "the USB-C port can charge your phone while you work. If anything arrives damaged, simply reply "
        "to this message and we will send a replacement.\n\nKind regards,\nJonas Berglund\nNordlicht Home"
    ),
    "de": (
        "Hallo Frau Okonkwo,\n\nvielen Dank für Ihre Bestellung der Schreibtischleuchte Lumora LX-420. Das "
        "Paket hat heute unser Lager in Schwalmstadt mit DHL verlassen. Die Leuchte hat eine E27-Fassung, "
        "unterstützt Zigbee und lässt sich über die Wandhalterung montieren. Falls etwas beschädigt "
        "ankommt, antworten Sie einfach auf diese Nachricht.\n\nViele Grüße\nJana Wiesenthal\nNordlicht Home"
    ),
    "fr": (
        "Bonjour Madame Lefèvre,\n\nmerci pour votre commande de la lampe de bureau Lumora LX-420. Le colis "
        "a quitté notre entrepôt de Roubaix ce matin avec Colissimo. La lampe utilise une douille E27, "
        "fonctionne avec Zigbee et se fixe facilement au mur. Si quelque chose arrive abîmé, répondez "
        "simplement à ce message.\n\nCordialement,\nCamille Dufresne\nNordlicht Home"
    ),
    "es": (
        "Hola Sr. Quintana,\n\ngracias por su pedido de la lámpara de escritorio Lumora LX-420. El paquete "
        "salió esta mañana de nuestro almacén de Zaragoza con SEUR. La lámpara usa un casquillo E27, "
        "funciona con Zigbee y se puede colgar en la pared. Si algo llega dañado, responda a este mensaje "
        "y le enviaremos otra.\n\nSaludos,\nLucía Benavente\nNordlicht Home"
    ),
    "it": (
        "Buongiorno signora Esposito,\n\ngrazie per il suo ordine della lampada da scrivania Lumora LX-420. "
        "Il pacco è partito stamattina dal nostro magazzino di Bologna con BRT. La lampada usa un "
        "portalampada E27, funziona con Zigbee e si può fissare alla parete. Se qualcosa arriva "
        "danneggiato, risponda pure a questo messaggio.\n\nCordiali saluti,\nGiulia Marchetti\nNordlicht Home"
    ),
    "en-very-short": "Hi Tom,\n\nyour Lumora lamp ships tomorrow.\n\nBest,\nJonas\nNordlicht Home",
}


@pytest.mark.parametrize("name", sorted(POSITIVES))
def test_egregious_misspellings_fire(name: str) -> None:
    assert fires(POSITIVES[name])


@pytest.mark.parametrize("name", sorted(NEGATIVES))
def test_well_written_mail_is_quiet(name: str) -> None:
    assert not fires(NEGATIVES[name], title="Lumora LX-420 Desk Lamp, Black")


def test_japanese_is_skipped() -> None:
    text = "こんにちは、ご注文ありがとうございます。商品は明日発送いたします。よろしくお願いいたします。" * 3
    assert not fires(text + "\n\nNordlicht Home")


def test_short_message_needs_more_evidence() -> None:
    s = PolicySettings()
    base = required_share(s.spelling_min_words, s.spelling_min_words, s.spelling_max_unknown_share)
    assert base == s.spelling_max_unknown_share
    shortest = required_share(s.spelling_min_words // 2, s.spelling_min_words, s.spelling_max_unknown_share)
    assert base < shortest <= 0.25 + 1e-9
    assert (
        required_share(s.spelling_min_words // 2 - 1, s.spelling_min_words, s.spelling_max_unknown_share) > 1
    )
    # A short note with only a few misspellings (names would look the same) stays quiet.
    assert not fires(
        "Hello,\n\nyour lamp from order 113-4829175-6630214 ships tomorow with DHL. The two shades are in the "
        "small box underneath; screw them on by hand until tight, without a tool.\n\nThanks,\nJonas\nNordlicht"
    )


def test_a_long_message_is_judged_on_its_first_words() -> None:
    """Past the first MAX_CHECKED words the rest is not read: a careful letter with a sloppy appendix
    passes, and a sloppy letter is flagged however much careful text follows it."""
    from policies.rules.spelling import MAX_CHECKED

    clean = "Hello Siobhan,\n\n" + "\n\n".join(
        NEGATIVES["en-long"].split("\n\n")[1:2] * (MAX_CHECKED // 40 + 2)
    )
    sloppy = "\n\n".join(POSITIVES["en-long"].split("\n\n")[1:2] * (MAX_CHECKED // 30 + 2))
    assert not fires(clean + "\n\n" + sloppy + "\n\nBest,\nJonas", title="Lumora LX-420 Desk Lamp, Black")
    assert fires("Hi,\n\n" + sloppy + "\n\n" + clean + "\n\nBest,\nJonas", title="Lumora LX-420 Desk Lamp, Black")
