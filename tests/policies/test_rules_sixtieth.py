"""Round sixty (tests/corpus_sixtieth): precision. Compliant messages with the vocabulary a naive filter flags.

The false positives fixed, by class, tested with made-up wordings (not the corpus's sentences) and with the
violations of the same vocabulary that must still fire:
- review.incentive: the stars of a quoted proper name ('the "Grand Five Star" blender', « Camping Les Cinq
  Étoiles », "B&B LE 5 STELLE") are a name, not a rating (en, fr, it, de, es);
- type.marketing: a reply explaining the buyer's own coupon as a line of their invoice ("the coupon line",
  "Gutscheinzeile", "ligne de remise", "riga dello sconto", "línea del cupón"), the coupon Amazon shows on the
  product page (es, fr, it, de), a coupon that "no estaba activo", a coupon not reflected on a receipt (ja);
- link.opt-out: "Unsubscribe from ... reports / alerts" naming a product app's own switch;
- order-problem.no-adjustment: a dispatch "on the date shown" missed is a delay; "will go out within two days".
"""

from __future__ import annotations

import pytest

from policies import Context, parse_message
from policies.rule import registered
from tests.policies.plain_message import NOW, OID, fires


def _reply_ctx(body: str, tld: str) -> Context:
    raw = "\r\n".join([
        "From: Shop <shop@example.com>", f"To: q8w2e4r6t1@marketplace.amazon.{tld}", f"Subject: Re: {OID}",
        "Date: Mon, 15 Jun 2026 10:00:00 +0000", "Message-ID: <r60@example.com>", "MIME-Version: 1.0",
        "In-Reply-To: <q60@amazonses.com>", "References: <q60@amazonses.com>",
        "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", body.replace("\n", "\r\n"),
    ]).encode("utf-8")
    return Context(parse_message(raw), NOW)


def replied_fires(rule: str, body: str, tld: str) -> bool:
    return bool(list(registered()[rule].check(_reply_ctx(body, tld))))


# --- review.incentive: the stars of a quoted proper name ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Order {OID}: the \"Grand Five Star\" blender jug is dishwasher safe on the top rack.", "com"),
        (f"Order {OID}: we printed \"FIVE STAR DRY CLEANERS\" on both sides of the banner as you asked.", "co.uk"),
        (f"Commande {OID} : le panneau « Camping Les Cinq Étoiles » sera gravé en lettres dorées.", "fr"),
        (f"Ordine {OID}: la targa \"Trattoria Le 5 Stelle\" è pronta, ci conferma il colore?", "it"),
        (f"Bestellung {OID}: Auf dem Schild steht „Pension Fünf Sterne Alpenblick“, bitte prüfen Sie die Schreibweise.", "de"),
        (f"Pedido {OID}: el rótulo «Hostal Las 5 Estrellas» va en azul, ¿nos lo confirma?", "es"),
    ],
)
def test_stars_of_a_quoted_name_are_no_rating(body: str, tld: str) -> None:
    assert not fires("review.incentive", body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Order {OID}: please leave us \"5 stars\" on Amazon!", "com"),
        (f"Order {OID}: a review with \"Five Stars Please\" would mean the world to us.", "com"),
        (f"Order {OID}: \"Give Us 5 Stars\" and help a small shop grow!", "co.uk"),
        (f"Commande {OID} : laissez-nous « 5 étoiles » sur Amazon, merci !", "fr"),
        (f"Ordine {OID}: ci lasci \"5 stelle\" nella recensione, grazie!", "it"),
        (f"Pedido {OID}: déjenos \"5 estrellas\" en su reseña, por favor.", "es"),
    ],
)
def test_quoted_star_rating_still_steers(body: str, tld: str) -> None:
    assert fires("review.incentive", body, tld)


# --- type.marketing: the buyer's own coupon explained in a reply -------------------------------------------------


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Hi, the receipt for {OID} lists the item, the discount line and the tax, so the total matches your card.", "com"),
        (f"Hi, the coupon is now shown on the corrected invoice for {OID}.", "co.uk"),
        (f"Guten Tag, die Rabattzeile fehlte auf der Rechnung zu {OID}; anbei die neue Rechnung.", "de"),
        (f"Bonjour, la ligne de remise apparaît désormais sur la facture de la commande {OID}.", "fr"),
        (f"Buongiorno, nella fattura dell'ordine {OID} ora c'è la riga dello sconto.", "it"),
        (f"Hola, en la factura del pedido {OID} ya aparece la línea del descuento.", "es"),
        (f"Hola, el descuento del 5 % que aparece en la página del producto es de Amazon, no nuestro ({OID}).", "es"),
        (f"Hola, ese código de descuento no era válido el día de su compra ({OID}).", "es"),
        (f"お客様　ご注文番号 {OID} の請求書にクーポンが反映されていませんでしたので、再発行いたしました。", "co.jp"),
    ],
)
def test_buyer_coupon_explained_in_a_reply_is_no_promotion(body: str, tld: str) -> None:
    assert not replied_fires("type.marketing", body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Hi, here is your invoice for {OID}. Use the code SAVE10 for 10% off your next order!", "com"),
        (f"Hola, factura del pedido {OID} adjunta. Con el cupón VERANO15 tiene un 15 % de descuento en su próxima compra.", "es"),
        (f"お客様　ご注文番号 {OID} の領収書をお送りします。次回使える10%オフクーポンもどうぞ。", "co.jp"),
    ],
)
def test_coupon_offered_beside_an_invoice_still_fires(body: str, tld: str) -> None:
    assert replied_fires("type.marketing", body, tld)


# --- link.opt-out: a product app's own "Unsubscribe from reports" switch ----------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        f"Order {OID}: in the camera app, open Alerts and tap \"Unsubscribe from motion alerts\" to stop the pop-ups.",
        f"Order {OID}: the scale's app has a switch called Unsubscribe from the weekly summary under Settings.",
    ],
)
def test_product_app_unsubscribe_switch_is_no_opt_out(body: str) -> None:
    assert not fires("link.opt-out", body, "com")


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Bestellung {OID}: In der App der Waage lassen sich unter Einstellungen die Berichte abbestellen.", "de"),
        (f"Commande {OID} : dans l'appli du thermostat, touchez « Se désabonner des rapports mensuels ».", "fr"),
    ],
)
def test_product_app_report_switch_is_no_opt_out_de_fr(body: str, tld: str) -> None:
    assert not fires("link.opt-out", body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Bestellung {OID}: Sie können unsere E-Mails jederzeit abbestellen.", "de"),
        (f"Bestellung {OID}: Wenn Sie möchten, können Sie abbestellen.", "de"),
        (f"Commande {OID} : vous pouvez vous désabonner de nos messages à tout moment.", "fr"),
        (f"Commande {OID} : pour vous désinscrire, répondez simplement à ce message.", "fr"),
    ],
)
def test_opt_out_of_seller_mail_still_fires_de_fr(body: str, tld: str) -> None:
    assert fires("link.opt-out", body, tld)


@pytest.mark.parametrize(
    "body",
    [
        f"Order {OID}: to unsubscribe from our emails, just reply STOP.",
        f"Order {OID}: you can unsubscribe from these reports by replying to this message.",
        f"Order {OID}: unsubscribe from our weekly alerts at any time.",
        f"Order {OID}: click below to unsubscribe.",
    ],
)
def test_unsubscribe_from_seller_mail_still_fires(body: str) -> None:
    assert fires("link.opt-out", body, "com")


# --- order-problem.no-adjustment: the advertised date missed is a delay ------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        f"Order {OID}: our supplier is a week late, so we cannot ship on the date promised. "
        "We apologise for the wait.",
        f"Order {OID}: because of the strike we are unable to dispatch on the day advertised. "
        "The parcel will go out within three days of the strike ending.",
    ],
)
def test_missed_dispatch_date_is_a_delay(body: str) -> None:
    assert not fires("order-problem.no-adjustment", body, "co.uk")


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Commande {OID} : le transporteur est en grève, nous ne pouvons pas expédier à la date prévue.", "fr"),
        (f"Ordine {OID}: per un ritardo del fornitore non possiamo spedire entro la data prevista.", "it"),
        (f"Pedido {OID}: por la huelga no podemos enviar su pedido en la fecha prevista.", "es"),
    ],
)
def test_missed_dispatch_date_is_a_delay_fr_it_es(body: str, tld: str) -> None:
    assert not fires("order-problem.no-adjustment", body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Commande {OID} : l'article est en rupture de stock, nous ne pouvons pas l'expédier.", "fr"),
        (f"Ordine {OID}: l'articolo è esaurito e non possiamo spedirlo.", "it"),
        (f"Pedido {OID}: el artículo está agotado y no podemos enviarlo.", "es"),
    ],
)
def test_cannot_ship_without_refund_still_fires_fr_it_es(body: str, tld: str) -> None:
    assert fires("order-problem.no-adjustment", body, tld)


@pytest.mark.parametrize(
    "body",
    [
        f"Order {OID}: the lamp is out of stock and we cannot ship it. Sorry for the trouble.",
        f"Order {OID}: we are unable to dispatch your order; the last unit was damaged.",
    ],
)
def test_cannot_ship_without_refund_still_fires(body: str) -> None:
    assert fires("order-problem.no-adjustment", body, "co.uk")
