"""Classes of wording an eighth independent corpus found, in the languages where they apply.

- review.conditional: asking unhappy buyers to reply "before anything goes public" (en de fr es it ja);
- type.marketing: a discount code with a percentage, and a seasonal collection (en de fr es it ja);
- type.thank-you-only: "we only wanted to thank you" in the Spanish imperfect ("solo queríamos darle las gracias");
- link.opt-out: reply-with-a-keyword opt-out instructions with no link (en de fr es it ja).

Made-up wordings (not the corpus's sentences), with near-miss negatives that must not fire.
"""

from __future__ import annotations

import pytest

from tests.policies.test_rules_messagetypes import OID, fired, hits, make_ctx

S = f"Order {OID}"
GATING = {"review.conditional"}
MKT = {"type.marketing"}
THANKS = {"type.thank-you-only"}

CASES: list[tuple[set[str], str, str]] = [
    # --- gating: reply before anything goes public ---------------------------------------------------------
    (GATING, S, f"Hi,\n\nDid the kettle (order {OID}) make mornings easier? Then leave a review on Amazon. Not quite right? Reply to us before anything goes public.\n\nShop"),
    (GATING, S, f"Hi,\n\nWe'd love a review of order {OID}. Any issue? Message us before your review goes live.\n\nShop"),
    (GATING, f"Bestellung {OID}", f"Hallo,\n\nwir freuen uns über eine Bewertung zu Bestellung {OID}. Gibt es ein Problem, schreiben Sie uns, bevor etwas öffentlich wird.\n\nGrüße"),
    (GATING, f"Commande {OID}", f"Bonjour,\n\nUn avis sur la commande {OID} nous aiderait. Un souci ? Écrivez-nous avant que quoi que ce soit ne soit publié.\n\nCordialement"),
    (GATING, f"Pedido {OID}", f"Hola:\n\nNos encantaría una reseña del pedido {OID}. ¿Algún problema? Escríbanos antes de que nada se haga público.\n\nSaludos"),
    (GATING, f"Ordine {OID}", f"Buongiorno,\n\nuna recensione dell'ordine {OID} ci aiuterebbe. Qualcosa non va? Ci scriva prima che qualcosa venga pubblicato.\n\nSaluti"),
    (GATING, f"ご注文 {OID}", f"お客様\n\nご注文番号 {OID} のレビューをお願いいたします。不具合がございましたら、公開される前にご連絡ください。\n\nショップ"),
    # near misses: a replacement offer, no review; a review request to every buyer
    (set(), S, f"Hi,\n\nIf order {OID} arrived damaged, reply and we replace it.\n\nShop"),
    (set(), S, f"Hi,\n\nThe product page for order {OID} goes live before the weekend. Reply with your engraving text.\n\nShop"),
    # --- marketing: discount code with a percentage, seasonal collection -----------------------------------
    (MKT, S, f"Hi,\n\nGlad you like order {OID}! Our autumn collection just landed: use code FALL20 for 20% off.\n\nShop"),
    (MKT, f"Bestellung {OID}", f"Hallo,\n\nzu Bestellung {OID}: Mit dem Code HERBST10 erhalten Sie 10 % auf alles.\n\nGrüße"),
    (MKT, f"Bestellung {OID}", f"Hallo,\n\ndanke für Bestellung {OID}. Unsere Winterkollektion ist da, sparen Sie jetzt 20 % im Shop.\n\nGrüße"),
    (MKT, f"Commande {OID}", f"Bonjour,\n\nMerci pour la commande {OID}. Avec le code AUTOMNE15, profitez de 15 % sur tout.\n\nCordialement"),
    (MKT, f"Pedido {OID}", f"Hola:\n\nGracias por el pedido {OID}. Con el código OTONO15 tiene un 15 % en toda la tienda.\n\nSaludos"),
    (MKT, f"Ordine {OID}", f"Buongiorno,\n\ngrazie per l'ordine {OID}. La nostra collezione autunnale è arrivata.\n\nSaluti"),
    (MKT, f"ご注文 {OID}", f"お客様\n\nご注文番号 {OID} ありがとうございます。コードAKI15で15%お得になります。\n\nショップ"),
    # near miss: a tracking code and a percentage of the battery
    (set(), S, f"Hi,\n\nOrder {OID} ships with tracking code UPS1Z99; charge the battery to 80% before first use.\n\nShop"),
    # --- thank-you only: imperfect "we only wanted to thank you" ---------------------------------------------
    (THANKS, f"Pedido {OID}", f"Hola:\n\nSolo queríamos darle las gracias por su pedido {OID}.\n\nQuedamos a su entera disposición.\n\nSaludos"),
    (THANKS, f"Pedido {OID}", f"Hola:\n\nSimplemente queríamos agradecerle su confianza en el pedido {OID}.\n\nSaludos"),
    (set(), f"Pedido {OID}", f"Hola:\n\nSolo queríamos darle las gracias por su pedido {OID}: ¿nos confirma el nombre para el grabado?\n\nSaludos"),
]

OPT_OUT: list[tuple[bool, str]] = [
    (True, f"Hi,\n\nOrder {OID} ships today. Rather not hear from us? Reply with STOP and we'll take you off our list.\n\nShop"),
    (True, f"Hallo,\n\nBestellung {OID} ist unterwegs. Antworten Sie mit ABMELDEN, wenn Sie keine E-Mails mehr erhalten möchten.\n\nGrüße"),
    (True, f"Bonjour,\n\nLa commande {OID} est partie. Pour ne plus recevoir nos messages, répondez STOP.\n\nCordialement"),
    (True, f"Hola:\n\nSu pedido {OID} ya salió. Si no desea recibir más correos, responda con la palabra BAJA.\n\nSaludos"),
    (True, f"Buongiorno,\n\nl'ordine {OID} è partito. Per non ricevere più messaggi, risponda scrivendo STOP.\n\nSaluti"),
    (True, f"お客様\n\nご注文番号 {OID} を発送しました。今後のご案内が不要な場合は「配信停止」と返信してください。\n\nショップ"),
    (False, f"Hi,\n\nFor order {OID}, please reply with your engraving text.\n\nShop"),
    (False, f"Hi,\n\nIf order {OID} arrived damaged, reply and we replace it.\n\nShop"),
    (False, f"Buongiorno,\n\nper l'ordine {OID} risponda scrivendo il nome da incidere.\n\nSaluti"),
    (False, f"Hola:\n\nPara el pedido {OID}, responda con el texto del grabado.\n\nSaludos"),
]


@pytest.mark.parametrize(("expected", "subject", "body"), CASES)
def test_corpus8_classes(expected: set[str], subject: str, body: str) -> None:
    assert fired(body, subject) & {"review.conditional", "type.marketing", "type.thank-you-only"} == expected


@pytest.mark.parametrize(("expected", "body"), OPT_OUT)
def test_reply_keyword_opt_out(expected: bool, body: str) -> None:
    assert bool(hits("link.opt-out", make_ctx(body, f"Order {OID}"))) is expected
