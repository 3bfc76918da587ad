"""Round sixty-eight (tests/corpus_sixtyeighth): German with ae/oe/ue, Du-form and Austrian/Swiss wording, French.

Each fix is a wording class, tested with made-up sentences (not the corpus's) and same-vocabulary near-misses.
"""

from __future__ import annotations

import pytest

from policies.phrases import _respell
from tests.policies.plain_message import OID, fires

# --- German written without umlauts: every German pattern also reads ae / oe / ue / ss -------------------------


@pytest.mark.parametrize(
    ("rule", "body"),
    [
        ("review.conditional", f"Bestellung {OID}: Wenn alles passt, wuerden wir uns ueber fuenf Sterne freuen, "
                               "wenn nicht, melden Sie sich bitte zuerst."),
        ("review.removal-request", f"Bestellung {OID}: Koennten Sie die alte Rezension nun bitte loeschen?"),
        ("return.unnecessary", f"Bestellung {OID}: Ihre Ruecksendung ist gestern bei uns eingetroffen und wird "
                               "gerade bearbeitet."),
        ("type.thank-you-only", f"Guten Tag,\n\nherzlichen Dank fuer Ihren Einkauf ({OID})! Bei Rueckfragen stehen wir "
                                "Ihnen jederzeit zur Verfuegung.\n\nMit freundlichen Gruessen\nIhr Team"),
        ("order-problem.no-adjustment", f"Zu Ihrer Bestellung {OID}: Die Vase ist leider nicht mehr vorraetig. "
                                        "Wir bitten um Entschuldigung."),
    ],
)
def test_de_ascii_umlauts_read_like_umlauts(rule: str, body: str) -> None:
    assert fires(rule, body, "de")


@pytest.mark.parametrize(
    ("rule", "body"),
    [
        # the same words, but a neutral request, a real message and a delay with a date
        ("review.conditional", f"Bestellung {OID}: Wir wuerden uns ueber eine ehrliche Rezension freuen, egal wie sie "
                               "ausfaellt."),
        ("type.thank-you-only", f"Guten Tag,\n\nherzlichen Dank fuer Ihren Einkauf ({OID})! Bitte pruefen Sie noch die "
                                "Hausnummer, sie fehlt in der Adresse.\n\nMit freundlichen Gruessen\nIhr Team"),
        ("order-problem.no-adjustment", f"Zu Ihrer Bestellung {OID}: Die Vase ist erst ab dem 22. Juni wieder "
                                        "vorraetig, wir versenden sie dann sofort."),
        # an English text with 'gross', 'mass', 'fuss' (German ß read as ss) stays what it is
        ("type.thank-you-only", f"Order {OID}: the gross mass of the parcel is 12 kg, so the courier needs a "
                                "signature. No fuss, just sign at the door."),
    ],
)
def test_de_ascii_umlauts_near_misses_stay_silent(rule: str, body: str) -> None:
    assert not fires(rule, body, "de" if "Bestellung" in body else "co.uk")


def test_respell_keeps_escapes_and_classes() -> None:
    spellings = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}
    assert _respell(r"\bfür\b", spellings) == r"\bf(?:ü|ue)r\b"
    assert _respell(r"[äöü]+\ü", spellings) == r"[äöü]+\ü"
    assert _respell(r"[]ü]x", spellings) == r"[]ü]x"


# --- thanks in other words: the buyer's choice praised, customers who keep a shop going ----------------------


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Hi!\n\nWie cool, dass du dich für unsere Trinkflasche entschieden hast ({OID}). Bei Fragen sind wir "
         "immer für dich da.\n\nGanz herzliche Grüße\nMaja", "de"),
        (f"Hallo,\n\nsuper, dass ihr bei uns bestellt habt ({OID})!\n\nSehr liebe Grüße aus Leipzig\nTom", "de"),
        (f"Hallo,\n\nvielen Dank für die Bestellung {OID}. Nur dank Kunden wie dir kann unsere kleine Rösterei "
         "bestehen.\n\nLiebe Grüße\nPaul", "de"),
        (f"Bonjour,\n\nMerci pour votre commande {OID} ! Et c'est grâce à des clientes comme vous que notre atelier "
         "peut continuer.\n\nBien à vous,\nLou", "fr"),
        (f"Bonjour,\n\nMerci pour la commande {OID}. Nous restons bien sûr à votre disposition.\n\nCordialement,\n"
         "Marc", "fr"),
        (f"Hola:\n\n¡Gracias por tu pedido {OID}! Es gracias a clientes como tú que nuestra pequeña tienda puede "
         "seguir.\n\nUn saludo,\nAna", "es"),
        (f"Ciao,\n\ngrazie per l'ordine {OID}! È grazie a clienti come te che la nostra piccola bottega può andare "
         "avanti.\n\nUn saluto,\nGiulia", "it"),
    ],
)
def test_praise_and_customers_like_you_are_only_thanks(body: str, tld: str) -> None:
    assert fires("type.thank-you-only", body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Hi!\n\nWie cool, dass du dich für unsere Trinkflasche entschieden hast ({OID}). Der Deckel kommt "
         "separat, er ist erst am Freitag bei uns.\n\nGanz herzliche Grüße\nMaja", "de"),
        (f"Bonjour,\n\nC'est grâce à des clientes comme vous que notre atelier peut continuer. Pour la commande "
         f"{OID}, pourriez-vous nous confirmer la taille de la bague ?\n\nBien à vous,\nLou", "fr"),
        (f"Bonjour,\n\nMerci pour la commande {OID}. Nous restons bien sûr à votre disposition, mais le colis part "
         "seulement lundi à cause du pont.\n\nCordialement,\nMarc", "fr"),
    ],
)
def test_praise_next_to_a_real_statement_is_not_thanks_only(body: str, tld: str) -> None:
    assert not fires("type.thank-you-only", body, tld)


# --- out of stock in Austrian / Swiss words, and an order that cannot be carried out ------------------------


@pytest.mark.parametrize(
    "body",
    [
        f"Ihre Bestellung {OID}: Das Dirndl in Größe 38 ist derzeit nicht lagernd. Wir bitten um Nachsicht.",
        f"Ihre Bestellung {OID}: Leider ist die Uhr nicht mehr an Lager. Entschuldigen Sie bitte.",
        f"Ihre Bestellung {OID} können wir leider nicht ausführen, der Hersteller liefert nicht mehr.",
    ],
)
def test_de_regional_out_of_stock_without_refund_fires(body: str) -> None:
    assert fires("order-problem.no-adjustment", body, "de")


@pytest.mark.parametrize(
    "body",
    [
        f"Ihre Bestellung {OID}: Das Dirndl ist derzeit nicht lagernd, wir haben Ihnen den vollen Betrag "
        "bereits erstattet (kein Lagerbestand).",
        f"Ihre Bestellung {OID}: Die Uhr ist ab 24. Juni wieder an Lager, wir versenden sie dann sofort.",
    ],
)
def test_de_regional_out_of_stock_refunded_or_dated_stays_silent(body: str) -> None:
    assert not fires("order-problem.no-adjustment", body, "de")


def test_at_cancel_request_with_lagernd_fires() -> None:
    body = (f"Ihre Bestellung {OID}: Der Kachelofen-Einsatz ist nicht lagernd. Wir ersuchen Sie, die Bestellung "
            "in Ihrem Konto zu stornieren.")
    assert fires("order-problem.cancellation-request", body, "de")


# --- French: « votre retour » received is a return, not feedback ----------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        f"Bonjour, nous avons réceptionné votre retour concernant votre commande {OID}, il part au contrôle qualité.",
        f"Bonjour, nous avons reçu votre retour concernant la commande {OID}. Le remboursement sera fait sous 48 h.",
    ],
)
def test_fr_return_received_notice_fires(body: str) -> None:
    assert fires("return.unnecessary", body, "fr")


@pytest.mark.parametrize(
    "body",
    [
        f"Bonjour, merci pour votre retour concernant la commande {OID} : nous transmettons vos remarques à l'atelier.",
        f"Bonjour, nous avons reçu votre retour concernant la commande {OID}. Pourriez-vous nous indiquer le "
        "numéro de série inscrit sous l'appareil ?",
    ],
)
def test_fr_feedback_or_information_request_stays_silent(body: str) -> None:
    assert not fires("return.unnecessary", body, "fr")
