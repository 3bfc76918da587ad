"""Round sixty-two (tests/corpus_sixtysecond): type.order-confirmation and its boundary.

Each fix is a wording class, tested with made-up sentences (not the corpus's) and same-vocabulary near-misses.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from policies import Context, parse_message
from policies.rule import registered
from tests.policies.plain_message import NOW, OID, fires

OC = "type.order-confirmation"

# --- a delivery notice ('was delivered today', 'erfolgreich zugestellt', 'consegna effettuata') ---------------


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Hello,\n\nYour rug from order {OID} was delivered this afternoon and handed to your concierge.\n\nBest,\nRugRoom", "com"),
        (f"Hi,\n\nThe courier has confirmed delivery of order {OID}.\n\nKind regards,\nPaperLane", "co.uk"),
        (f"Hallo,\n\nIhr Paket zur Bestellung {OID} ist heute Vormittag von DHL zugestellt worden.\n\nGrüße\nLampenhof", "de"),
        (f"Hallo,\n\ndie Sendung zu Bestellung {OID} wurde erfolgreich zugestellt.\n\nIhr Teeladen", "de"),
        (f"Bonjour,\n\nVotre colis (commande {OID}) a bien été remis ce matin à votre gardien.\n\nL'équipe Savonnerie", "fr"),
        (f"Hola:\n\nSu paquete del pedido {OID} fue entregado esta tarde en conserjería.\n\nTienda Norte", "es"),
        (f"Buongiorno,\n\nl'ordine {OID} è stato consegnato oggi alle 11:20 presso il suo indirizzo.\n\nCasa Verde", "it"),
        (f"Buongiorno,\n\nconsegna effettuata per l'ordine {OID}.\n\nCasa Verde", "it"),
        (f"お客様\n\n注文番号 {OID} のお荷物は、本日お届けが完了いたしました。\n\n雑貨店 ひだまり", "co.jp"),
        (f"Hej!\n\nDitt paket med order {OID} har nu levererats till din brevlåda.\n\nHälsningar\nTeburken", "se"),
        (f"Hoi,\n\nJe pakket van bestelling {OID} is vanochtend bezorgd bij de buren.\n\nGroet,\nKaarsenhuis", "nl"),
        (f"Dzień dobry,\n\nprzesyłka z zamówienia {OID} została dziś doręczona do paczkomatu.\n\nSklep Las", "pl"),
        (f"Olá,\n\nSeu pedido {OID} foi entregue hoje na portaria.\n\nLoja Sol", "com.br"),
        (f"Merhaba,\n\n{OID} numaralı siparişiniz bugün teslim edildi.\n\nEv Dükkanı", "com.tr"),
    ],
)
def test_delivery_notice_is_an_order_confirmation(body: str, tld: str) -> None:
    assert fires(OC, body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        # the delivery as context of a neutral review request
        (f"Hello,\n\nYour kettle from order {OID} was delivered last week. If you have a moment, an honest review on "
         "Amazon would help other shoppers.\n\nThanks,\nSteamCo", "com"),
        # delivered, but a part is missing
        (f"Hi,\n\nYour desk (order {OID}) was delivered this morning, but the left leg is missing from the box. We "
         "are sending it separately tomorrow.\n\nSorry,\nDeskHaus", "co.uk"),
        (f"Hallo,\n\nIhre Bestellung {OID} wurde heute leider nicht zugestellt, weil die Hausnummer fehlt. Bitte "
         "schicken Sie uns die vollständige Adresse.\n\nGrüße\nLampenhof", "de"),
        (f"Bonjour,\n\nVotre commande {OID} vous a été livrée il y a quelques jours ; votre avis sincère sur le produit "
         "aidera d'autres clients.\n\nL'équipe Savonnerie", "fr"),
        (f"Buongiorno,\n\nl'ordine {OID} è stato consegnato oggi, ma manca il coperchio: lo spediamo a parte "
         "domani.\n\nCasa Verde", "it"),
    ],
)
def test_delivery_mentioned_for_another_purpose_stays_silent(body: str, tld: str) -> None:
    assert not fires(OC, body, tld)


# --- out for delivery today, with the carrier's announced window -----------------------------------------------


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Hallo,\n\nIhre Bestellung {OID} befindet sich heute in der Zustellung; Hermes nennt ein Zeitfenster "
         "zwischen 14 und 16 Uhr.\n\nGrüße\nSockenwerk", "de"),
        (f"Buongiorno,\n\nil pacco dell'ordine {OID} è oggi in consegna con SDA.\n\nCasa Verde", "it"),
        (f"Hola:\n\nTu pedido {OID} está hoy en reparto con Correos Express.\n\nTienda Norte", "es"),
    ],
)
def test_out_for_delivery_today_is_an_order_confirmation(body: str, tld: str) -> None:
    assert fires(OC, body, tld)


def test_a_delivery_window_to_choose_still_schedules() -> None:
    body = (f"Hallo,\n\nIhr Schrank aus der Bestellung {OID} wird per Spedition geliefert und befindet sich heute in "
            "der Zustellung zum Depot. Nennen Sie uns bitte ein Zeitfenster, in dem jemand zu Hause ist.\n\n"
            "Grüße\nMöbelhof")
    assert not fires(OC, body, "de")


# --- an order confirmation sent as an attachment is still a confirmation; an invoice is not --------------------


def _with_pdf(text: str, tld: str, filename: str) -> Context:
    m = EmailMessage()
    m["From"] = "Shop <shop@example.com>"
    m["To"] = f"q8w2e4r6t1@marketplace.amazon.{tld}"
    m["Subject"] = OID
    m["Date"] = "Mon, 15 Jun 2026 10:00:00 +0000"
    m["Message-ID"] = "<pdf@example.com>"
    m.set_content(text)
    pdf = (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
    m.add_attachment(pdf, "application", "pdf", filename=filename)
    return Context(parse_message(m.as_bytes()), NOW)


def _fires_with_pdf(text: str, tld: str, filename: str = "document.pdf") -> bool:
    return bool(list(registered()[OC].check(_with_pdf(text, tld, filename))))


@pytest.mark.parametrize(
    ("text", "tld"),
    [
        (f"Hello,\n\nAttached you'll find the order confirmation for order {OID}. We ship within three days.\n\n"
         "Regards,\nPineCraft", "com"),
        (f"Guten Tag,\n\nim Anhang finden Sie die Auftragsbestätigung zu Ihrer Bestellung {OID}.\n\n"
         "Freundliche Grüße\nPolsterei Kern", "de"),
        (f"Bonjour,\n\nVous trouverez ci-joint la confirmation de votre commande {OID}.\n\nCordialement,\nMaison Ivoire",
         "fr"),
        (f"Hola:\n\nLe adjuntamos la confirmación de su pedido {OID}.\n\nUn saludo,\nMuebles Río", "es"),
        (f"Buongiorno,\n\nalleghiamo la conferma d'ordine n. {OID}.\n\nCordiali saluti,\nArredo Po", "it"),
    ],
)
def test_attached_order_confirmation_fires(text: str, tld: str) -> None:
    assert _fires_with_pdf(text, tld)


@pytest.mark.parametrize(
    ("text", "tld"),
    [
        (f"Hello,\n\nAttached is the invoice for order {OID}, as requested.\n\nRegards,\nPineCraft", "com"),
        (f"Hello,\n\nAttached are the invoice and the order confirmation for order {OID}.\n\nRegards,\nPineCraft", "com"),
        (f"Guten Tag,\n\nanbei die Rechnung zu Ihrer Bestellung {OID}.\n\nFreundliche Grüße\nPolsterei Kern", "de"),
        (f"Buongiorno,\n\nin allegato la fattura dell'ordine {OID}.\n\nCordiali saluti,\nArredo Po", "it"),
    ],
)
def test_attached_invoice_stays_silent(text: str, tld: str) -> None:
    assert not _fires_with_pdf(text, tld)
