"""Classes of wording a tenth independent corpus found, in the languages where they apply.

- link.external: a web address written with a spaced dot ("shop . com / guide"), as in a signature;
- content.phone-number: the seller's own support line after "service client", "atención al cliente",
  "servizio clienti" (the word "client(e)" there is no customer-number label);
- return.unnecessary: talking the buyer out of a return as a question ("are you really sure?",
  "¿seguro que quieres devolverlo?", "本当に返品されますか");
- review.removal-request: a low star rating turned into five ("could your 2-star go up to five stars?");
- type.order-confirmation: Italian "affidato oggi al corriere";
- content.sensitive: Spanish "un inútil", Italian "cretino"/"scemo", German "zu blöd zum Lesen";
- content.phone-number: a label glued to its number by a colon ("TEL:0120-..."); the tail of an upper-case
  tracking code after its label ("Sendungsnummer 1Z 999 AA1 01 2345 6784") is no phone number;
- type.order-confirmation: Spanish "ha salido hoy de nuestro almacén"; type.marketing: 「フォローもお願いします」;
- link.external: a lower-case host with an everyday-word domain (.de, .es, .it) that ends its line;
- type.thank-you-only: "Enjoy!" and its kin are a closing; type.order-confirmation with an adverb before
  the participle ("a bien été expédiée"), "confirm we received your order"; link.opt-out: "Don't want these
  emails? Let us know".

Made-up wordings (not the corpus's sentences), with near-miss negatives that must stay clean.
"""

from __future__ import annotations

import pytest

from tests.policies.test_rules_messagetypes import OID, hits, make_ctx

S = f"Order {OID}"


def _fires(rule_id: str, body: str, subject: str = S, **kw: bool) -> bool:
    return bool(hits(rule_id, make_ctx(body, subject, **kw)))


SPACED_LINK: list[tuple[bool, str]] = [
    (True, f"Hi,\n\nOrder {OID}: the fitting video is at oakline . com / videos / fitting\n\nOakline"),
    (True, f"Hi,\n\nOrder {OID}: care tips inside the box.\n\nCheers,\nThe Oakline team\noakline . com"),
    (True, f"Hallo,\n\nBestellung {OID}: die Anleitung liegt unter mein-laden .de / anleitung bereit.\n\nGrüße"),
    (True, f"Hola:\n\nPedido {OID}: la guía está en tienda-sol . es / ayuda\n\nSaludos"),
    (True, f"Buongiorno,\n\nordine {OID}: la guida è su bottega-blu . it /montaggio\n\nSaluti"),
    # near misses: a stray spaced full stop, a version number, a plain sentence end
    (False, f"Hi,\n\nOrder {OID}: the kettle is made in Japan . It works on 110 V only.\n\nOakline"),
    (False, f"Hi,\n\nOrder {OID}: sizes run S . M . L, the medium fits most.\n\nOakline"),
    (False, f"Hallo,\n\nBestellung {OID}: Bitte lesen Sie Seite 4 . De facto reicht das.\n\nGrüße"),
]


@pytest.mark.parametrize(("expected", "body"), SPACED_LINK)
def test_spaced_dot_web_address(expected: bool, body: str) -> None:
    assert _fires("link.external", body) is expected


SUPPORT_PHONE: list[tuple[bool, str]] = [
    (True, f"Bonjour,\n\nCommande {OID} : pour toute question, notre service clients est joignable au 04 72 10 20 30.\n\nCordialement"),
    (True, f"Bonjour,\n\nCommande {OID} : appelez l'assistance client au 01 42 68 53 00.\n\nCordialement"),
    (True, f"Hola:\n\nPedido {OID}: servicio al cliente: 912 345 678 (de lunes a viernes).\n\nSaludos"),
    (True, f"Hola:\n\nPedido {OID}: soporte cliente +34 612 345 678.\n\nSaludos"),
    (True, f"Buongiorno,\n\nordine {OID}: l'assistenza cliente risponde allo 06 1234 5678.\n\nSaluti"),
    # near misses: a customer number after its label, a carrier's line
    (False, f"Bonjour,\n\nCommande {OID} : votre compte client : 04 72 10 20 30 (à rappeler dans vos échanges).\n\nCordialement"),
    (False, f"Hola:\n\nPedido {OID}. Número de cliente: 912 345 678.\n\nSaludos"),
    (False, f"Buongiorno,\n\nordine {OID}. Codice cliente: 06 1234 5678.\n\nSaluti"),
    (False, f"Bonjour,\n\nCommande {OID} : le service client du transporteur Colissimo répond au 36 31.\n\nCordialement"),
]


@pytest.mark.parametrize(("expected", "body"), SUPPORT_PHONE)
def test_support_line_after_customer_service_words(expected: bool, body: str) -> None:
    assert _fires("content.phone-number", body) is expected


RETURN_DISSUADE: list[tuple[bool, str]] = [
    (True, f"Hi,\n\nWe saw the return request for order {OID}. Do you really want to return the kettle? Most owners love it after a week.\n\nShop"),
    (True, f"Hi,\n\nAbout the return for order {OID}: are you absolutely sure? It is our best-selling lamp.\n\nShop"),
    (True, f"Hallo,\n\nwir haben Ihre Rücksendung zu Bestellung {OID} gesehen. Möchten Sie die Lampe wirklich zurückschicken?\n\nGrüße"),
    (True, f"Bonjour,\n\nNous avons vu votre demande de retour (commande {OID}). Voulez-vous vraiment renvoyer la lampe ?\n\nCordialement"),
    (True, f"Hola:\n\nHemos visto la devolución del pedido {OID}. ¿De verdad quieres devolver la lámpara?\n\nSaludos"),
    (True, f"Hola:\n\nSobre la devolución del pedido {OID}: ¿Segura que desea devolverla? Es nuestra lámpara más vendida.\n\nSaludos"),
    (True, f"Buongiorno,\n\nabbiamo visto la richiesta di reso (ordine {OID}). Vuole davvero restituire la lampada?\n\nSaluti"),
    (True, f"お客様\n\nご注文番号 {OID} の返品リクエストを確認しました。本当に返品なさいますか？\n\nショップ"),
    # near misses: a real question about what the return needs
    (False, f"Hi,\n\nAbout the return for order {OID}: is the original box still sealed? We need to know for the courier.\n\nShop"),
    (False, f"Hola:\n\nPara la devolución del pedido {OID}, ¿podría indicarnos si conserva la caja original?\n\nSaludos"),
    (False, f"Buongiorno,\n\nper il reso dell'ordine {OID}, ci può dire se la scatola è integra?\n\nSaluti"),
    (False, f"お客様\n\nご注文番号 {OID} の返品の件で、外箱の有無を教えていただけますか？\n\nショップ"),
]


@pytest.mark.parametrize(("expected", "body"), RETURN_DISSUADE)
def test_return_dissuasion_question(expected: bool, body: str) -> None:
    assert _fires("return.unnecessary", body) is expected


STAR_UPGRADE: list[tuple[bool, str]] = [
    (True, f"Hi,\n\nOrder {OID}: now that the new filter is in, could your 2-star review go up to five stars?\n\nShop"),
    (True, f"Hi,\n\nOrder {OID}: we fixed it, so perhaps that three stars could turn into 5 stars?\n\nShop"),
    (True, f"Hallo,\n\nBestellung {OID}: Vielleicht werden aus Ihren 2 Sternen jetzt ja noch 5?\n\nGrüße"),
    (True, f"Bonjour,\n\nCommande {OID} : votre note de 2 étoiles pourrait-elle passer à 5 étoiles ?\n\nCordialement"),
    (True, f"Hola:\n\nPedido {OID}: ¿podría su valoración de 1 estrella convertirse en 5 estrellas?\n\nSaludos"),
    (True, f"Buongiorno,\n\nordine {OID}: la sua recensione da 2 stelle potrebbe diventare da 5 stelle?\n\nSaluti"),
    (True, f"お客様\n\nご注文番号 {OID} の件、解決しましたので、星1つの評価を星5つにしていただけませんか。\n\nショップ"),
    # near misses: a low rating and a five that is no rating
    (False, f"Hi,\n\nOrder {OID}: sorry about the 2-star experience; a new lid goes out to you in 5 days.\n\nShop"),
    (False, f"Hallo,\n\nBestellung {OID}: Das Hotel hat 3 Sterne, die Anreise dauert 5 Stunden.\n\nGrüße"),
    (False, f"Bonjour,\n\nCommande {OID} : désolés pour l'expérience 2 étoiles, la pièce arrive sous 5 jours.\n\nCordialement"),
]


@pytest.mark.parametrize(("expected", "body"), STAR_UPGRADE)
def test_low_star_rating_turned_into_five(expected: bool, body: str) -> None:
    assert _fires("review.removal-request", body, reply=True) is expected


CONFIRM_IT: list[tuple[bool, str]] = [
    (True, f"Buongiorno,\n\nil suo ordine {OID} è stato consegnato ieri al corriere e arriverà venerdì.\n\nSaluti"),
    (True, f"Buongiorno,\n\nil pacco dell'ordine {OID} è stato affidato stamattina a SDA.\n\nSaluti"),
    # near miss: a delayed parcel (another purpose)
    (False, f"Buongiorno,\n\nil suo ordine {OID} è stato affidato oggi al corriere con due giorni di ritardo: ci scusiamo.\n\nSaluti"),
]


@pytest.mark.parametrize(("expected", "body"), CONFIRM_IT)
def test_italian_handed_to_carrier_today(expected: bool, body: str) -> None:
    assert _fires("type.order-confirmation", body) is expected


INSULT: list[tuple[bool, str]] = [
    (True, f"Hola:\n\nPedido {OID}: hasta un inútil sabría montarlo.\n\nSaludos"),
    (True, f"Hola:\n\nPedido {OID}: no sea estúpido y lea el manual.\n\nSaludos"),
    (True, f"Buongiorno,\n\nordine {OID}: solo uno scemo lo lascerebbe sotto la pioggia.\n\nSaluti"),
    (True, f"Buongiorno,\n\nordine {OID}: non faccia la cretina, legga le istruzioni.\n\nSaluti"),
    # near misses: "inútil" as an adjective about a thing
    (False, f"Hola:\n\nPedido {OID}: es inútil apretar más el tornillo; basta con un cuarto de vuelta.\n\nSaludos"),
    (False, f"Hola:\n\nPedido {OID}: perdone el inútil retraso, ya está en camino.\n\nSaludos"),
]


@pytest.mark.parametrize(("expected", "body"), INSULT)
def test_insults_es_it(expected: bool, body: str) -> None:
    assert _fires("content.sensitive", body) is expected


GLUED_LABEL: list[tuple[bool, str]] = [
    (True, f"お客様\n\nご注文番号 {OID} について、TEL：０１２０－１２３－４５６ までお電話ください。\n\nショップ"),
    (True, f"Hallo,\n\nBestellung {OID}. Bei Fragen: Tel.:089 1234567\n\nGrüße"),
    (True, f"Hi,\n\nOrder {OID}. Questions? phone:+44 20 7946 0321\n\nShop"),
    # near misses: times and ratios keep their colon; a glued label that names a reference
    (False, f"Hi,\n\nOrder {OID}: mix 1:3, open 09:00-17:30, ratio 16:9.\n\nShop"),
    (False, f"Hi,\n\nOrder {OID}. Ref:123-4567-890 on the invoice.\n\nShop"),
]


@pytest.mark.parametrize(("expected", "body"), GLUED_LABEL)
def test_label_glued_to_number(expected: bool, body: str) -> None:
    assert _fires("content.phone-number", body) is expected


CODE_TAIL: list[tuple[bool, str]] = [
    (False, f"Hallo,\n\nBestellung {OID}: Sendungsnummer 1Z 999 AA1 01 2345 6784.\n\nGrüße"),
    (False, f"Hi,\n\nOrder {OID}: tracking number JD 0146 0000 3 02 1234 5678, ready to collect.\n\nShop"),
    # the label names a code, then a phone word introduces a real number
    (True, f"Hallo,\n\nBestellung {OID}: Sendungsnummer AB12, rufen Sie uns an unter 089 1234567.\n\nGrüße"),
]


@pytest.mark.parametrize(("expected", "body"), CODE_TAIL)
def test_tail_of_tracking_code_is_no_phone(expected: bool, body: str) -> None:
    assert _fires("content.phone-number", body) is expected


MORE: list[tuple[str, bool, str]] = [
    ("type.order-confirmation", True, f"Hola:\n\nSu pedido {OID} ha salido hoy de nuestro almacén con SEUR.\n\nSaludos"),
    ("type.order-confirmation", False, f"Hola:\n\nSu pedido {OID} ha salido de nuestro almacén con retraso; lo sentimos.\n\nSaludos"),
    ("type.marketing", True, f"お客様\n\nご注文番号 {OID}。インスタグラムのフォローもお願いします。\n\nショップ"),
    ("type.marketing", False, f"お客様\n\nご注文番号 {OID} の配送状況は、引き続きフォローいたします。\n\nショップ"),
    ("content.sensitive", True, f"Hallo,\n\nBestellung {OID}: Sind Sie zu blöd zum Lesen?\n\nGrüße"),
    ("content.sensitive", True, f"Hallo,\n\nBestellung {OID}: Bist du eigentlich doof?\n\nGrüße"),
    ("content.sensitive", False, f"Hallo,\n\nBestellung {OID}: Zu dumm, dass die Schraube fehlt; wir schicken sie heute.\n\nGrüße"),
    ("review.removal-request", True, f"Hi,\n\nOrder {OID}: it would mean a lot if your one-star rating became five stars.\n\nShop"),
]


@pytest.mark.parametrize(("rule_id", "expected", "body"), MORE)
def test_more_round10_wordings(rule_id: str, expected: bool, body: str) -> None:
    assert _fires(rule_id, body) is expected


LINE_END_HOST: list[tuple[bool, str]] = [
    (True, f"Hallo,\n\nBestellung {OID}: Pflegetipps gibt es unter gartenfreund.de\n\nGrüße"),
    (True, f"Hola:\n\nPedido {OID}: más recetas en cocinasol.es.\n\nSaludos"),
    (True, f"Buongiorno,\n\nordine {OID}. Ci trova anche su bottegaverde.it\n\nSaluti"),
    # near misses: a missing space after a full stop that runs on, Amazon, a capitalised name, an email domain
    (False, f"Bonjour,\n\nCommande {OID} : le colis part à la fin.de la semaine prochaine.\n\nCordialement"),
    (False, f"Hallo,\n\nBestellung {OID}: Ihre Rechnung finden Sie bei amazon.de\n\nGrüße"),
    (False, f"Hallo,\n\nBestellung {OID}: Ihr Gartenfreund.de Team\n\nGrüße"),
    (False, f"Hola:\n\nPedido {OID}: escríbanos a través de Amazon, no a info@cocinasol.es\n\nSaludos"),
]


@pytest.mark.parametrize(("expected", "body"), LINE_END_HOST)
def test_everyday_domain_host_ending_its_line(expected: bool, body: str) -> None:
    assert _fires("link.external", body) is expected


TYPES: list[tuple[str, bool, str]] = [
    ("type.thank-you-only", True, f"Hi,\n\nThank you so much for order {OID}. Enjoy it!\n\nShop"),
    ("type.thank-you-only", True, f"Hola:\n\nMuchas gracias por su pedido {OID}. ¡Que lo disfrute!\n\nSaludos"),
    ("type.thank-you-only", True, f"Buongiorno,\n\ngrazie per l'ordine {OID}. Buon utilizzo!\n\nSaluti"),
    ("type.thank-you-only", False, f"Hi,\n\nThanks for order {OID}. Charge the torch fully before first use. Enjoy!\n\nShop"),
    ("type.order-confirmation", True, f"Bonjour,\n\nVotre colis (commande {OID}) a déjà été remis au transporteur.\n\nCordialement"),
    ("type.order-confirmation", True, f"Hi,\n\nJust to confirm that we've received your order {OID}; it will be packed shortly.\n\nShop"),
    ("type.order-confirmation", True, f"Hola:\n\nSu pedido {OID} ha sido correctamente enviado.\n\nSaludos"),
    ("type.order-confirmation", True, f"Buongiorno,\n\nil suo ordine {OID} è stato regolarmente spedito.\n\nSaluti"),
    ("type.order-confirmation", False, f"Bonjour,\n\nVotre commande {OID} a bien été expédiée, mais le transporteur signale une adresse incomplète : pourriez-vous nous indiquer le numéro de rue ?\n\nCordialement"),
    ("link.opt-out", True, f"Hi,\n\nOrder {OID} care tips below.\n\nDon't want any more tips? Just tell us and we'll stop writing.\n\nShop"),
    ("link.opt-out", True, f"Hi,\n\nOrder {OID} care tips below.\n\nNo longer wish to receive these messages? Reply and let us know.\n\nShop"),
    ("link.opt-out", False, f"Hi,\n\nOrder {OID}: if you don't want the spare parts we offered, just let us know.\n\nShop"),
]


@pytest.mark.parametrize(("rule_id", "expected", "body"), TYPES)
def test_types_round10(rule_id: str, expected: bool, body: str) -> None:
    assert _fires(rule_id, body) is expected
