"""Classes of wording a ninth independent corpus found, in the languages where they apply.

- link.opt-out: a lower-case keyword ending a reply instruction ("reply stop"), "no more tips wanted?";
- type.marketing: a voucher code with no % sign ("code X on your next order"), soft cross-selling;
- review.conditional: a review offered as the alternative to a question or problem ("Any questions? ...
  Otherwise, leave a review"), and "if there were no problems, a review ...";
- review.incentive: a share of the price back, "something special" on its way, a screenshot in Spanish;
- review.removal-request: French "pourriez-vous supprimer le commentaire ...";
- content.email-address: addresses spelt out in the message's words ("info(ät)shop(punkt)de");
- type.thank-you-only: warm filler in other words ("a short message to tell you how thankful we are").

Made-up wordings (not the corpus's sentences), with near-miss negatives that must stay clean.
"""

from __future__ import annotations

import pytest

from tests.policies.test_rules_messagetypes import OID, fired, hits, make_ctx

S = f"Order {OID}"


def _fires(rule_id: str, body: str, subject: str = S) -> bool:
    return bool(hits(rule_id, make_ctx(body, subject)))


OPT_OUT: list[tuple[bool, str]] = [
    (True, f"Hi,\n\nOrder {OID} ships on Monday.\n\nTo stop these care tips, simply reply stop.\n\nShop"),
    (True, f"Hi,\n\nOrder {OID} ships on Monday. Reply 'unsubscribe' and we won't write again.\n\nShop"),
    (True, f"Hallo,\n\nBestellung {OID} ist unterwegs. Keine Hinweise mehr erwünscht? Dann genügt eine kurze Antwort.\n\nGrüße"),
    (True, f"Hallo,\n\nBestellung {OID} ist unterwegs. Wenn Sie das nicht möchten, antworten Sie bitte kurz mit stopp.\n\nGrüße"),
    (True, f"Bonjour,\n\nLa commande {OID} est partie. Pour ne plus recevoir nos astuces, il suffit de répondre stop.\n\nCordialement"),
    (True, f"Hola:\n\nEl pedido {OID} ya salió. ¿Prefieres no recibir más novedades? Contesta baja.\n\nSaludos"),
    (True, f"Buongiorno,\n\nl'ordine {OID} è partito. Se non vuole ricevere più aggiornamenti, risponda semplicemente stop.\n\nSaluti"),
    (True, f"お客様\n\nご注文番号 {OID} を発送しました。今後のお知らせがご不要でしたら、その旨ご返信ください。\n\nショップ"),
    # near misses: "stop" in a repair instruction, a stop button, reply with a code
    (False, f"Hi,\n\nFor order {OID}, please reply to stop the courier leaving it outside; press Stop on the dryer first.\n\nShop"),
    (False, f"Hallo,\n\nzu Bestellung {OID}: Schreiben Sie uns, wenn die Maschine nicht stoppt.\n\nGrüße"),
    (False, f"Buongiorno,\n\nper l'ordine {OID} risponda con una foto del pulsante stop sul pannello.\n\nSaluti"),
    (False, f"Hola:\n\nPara el pedido {OID}, responde con el número que aparece junto al botón stop.\n\nSaludos"),
    (False, f"Bonjour,\n\nPour la commande {OID}, répondez-nous si l'appareil ne s'arrête pas avec le bouton stop.\n\nCordialement"),
]


@pytest.mark.parametrize(("expected", "body"), OPT_OUT)
def test_lower_case_reply_keyword_opt_out(expected: bool, body: str) -> None:
    assert _fires("link.opt-out", body) is expected


MARKETING: list[tuple[bool, str, str]] = [
    (True, S, f"Hi,\n\nThanks for order {OID}. Enter THANKS5 at checkout next time you shop with us.\n\nShop"),
    (True, S, f"Hi,\n\nThe lid for order {OID} is dishwasher safe. Our new range of bamboo lids fits this pot too.\n\nShop"),
    (True, f"Bestellung {OID}", f"Hallo,\n\nzu Bestellung {OID}: Beim nächsten Kauf sparen Sie mit dem Code WILLKOMMEN.\n\nGrüße"),
    (True, f"Bestellung {OID}", f"Hallo,\n\nzu Bestellung {OID}: Vielleicht gefällt Ihnen auch unser Brotkasten aus Bambus.\n\nGrüße"),
    (True, f"Commande {OID}", f"Bonjour,\n\nÉconomisez sur votre prochain achat grâce au code BIENVENUE.\n\nCommande {OID}.\n\nCordialement"),
    (True, f"Commande {OID}", f"Bonjour,\n\nCommande {OID} : nos plateaux assortis pourraient aussi vous plaire.\n\nCordialement"),
    (True, f"Pedido {OID}", f"Hola:\n\nPedido {OID}: ahorra en tu próxima compra con el código HOLA2026.\n\nSaludos"),
    (True, f"Pedido {OID}", f"Hola:\n\nPedido {OID}: quizás también te interese nuestra tabla de cortar a juego.\n\nSaludos"),
    (True, f"Ordine {OID}", f"Buongiorno,\n\nordine {OID}: risparmi sul prossimo acquisto con il codice CIAO2026.\n\nSaluti"),
    (True, f"Ordine {OID}", f"Buongiorno,\n\nordine {OID}: forse ti piacerà anche il nostro tagliere coordinato.\n\nSaluti"),
    (True, f"ご注文 {OID}", f"お客様\n\nご注文番号 {OID} ありがとうございます。次回ご注文の際はコード HELLO2026 をご入力ください。\n\nショップ"),
    # near misses: codes that serve the order, "you may want to know"
    (False, f"Bestellung {OID}", f"Hallo,\n\nzu Bestellung {OID}: Der Code ABCD auf dem Etikett zeigt die Charge. Vielleicht interessiert Sie auch, dass die Garantie zwei Jahre gilt.\n\nGrüße"),
    (False, f"Commande {OID}", f"Bonjour,\n\nCommande {OID} : le code PIN à quatre chiffres se trouve sous la box ; saisissez-le dans l'application.\n\nCordialement"),
    (False, f"Pedido {OID}", f"Hola:\n\nPedido {OID}: quizás te interese saber que la garantía cubre dos años. El código PIN1 del candado está en la caja.\n\nSaludos"),
    (False, f"Ordine {OID}", f"Buongiorno,\n\nordine {OID}: il codice ERR4 indica un filtro intasato; lo pulisca e riavvii.\n\nSaluti"),
    (False, f"ご注文 {OID}", f"お客様\n\nご注文番号 {OID} の商品でエラーコード H02 が表示されたら電源を切ってください。\n\nショップ"),
    (False, S, f"Hi,\n\nFor order {OID}: error code E404 appears when the lid is open; close it and enter 0000 at the keypad.\n\nShop"),
]


@pytest.mark.parametrize(("expected", "subject", "body"), MARKETING)
def test_voucher_code_without_percent_and_soft_cross_sell(expected: bool, subject: str, body: str) -> None:
    assert _fires("type.marketing", body, subject) is expected


GATING: list[tuple[bool, str, str]] = [
    (True, S, f"Hi,\n\nYour kettle (order {OID}) should be in use by now. Something not quite right? Message us and we'll fix it. If not, we'd love a review on Amazon.\n\nShop"),
    (True, f"Bestellung {OID}", f"Hallo,\n\nBestellung {OID}: Gibt es Probleme mit der Montage? Melden Sie sich. Ansonsten freuen wir uns über Ihre Bewertung.\n\nGrüße"),
    (True, f"Commande {OID}", f"Bonjour,\n\nCommande {OID} : une question sur l'entretien ? Écrivez-nous. Sinon, laissez-nous un avis sur Amazon.\n\nCordialement"),
    (True, f"Ordine {OID}", f"Buongiorno,\n\nordine {OID}: qualche dubbio sul montaggio? Ci scriva pure. Altrimenti, ci lasci una recensione su Amazon.\n\nSaluti"),
    (True, f"ご注文 {OID}", f"お客様\n\nご注文番号 {OID} について、ご不明な点がございましたらご連絡ください。それ以外の場合は、ぜひレビューをお願いいたします。\n\nショップ"),
    (True, S, f"Hi,\n\nIf there were no problems with order {OID}, we'd be glad of a review on Amazon.\n\nShop"),
    (True, f"Bestellung {OID}", f"Hallo,\n\nfalls es keine Probleme gab, freuen wir uns über eine Bewertung zu Bestellung {OID}.\n\nGrüße"),
    (True, f"Commande {OID}", f"Bonjour,\n\nS'il n'y a eu aucun souci avec la commande {OID}, un avis sur Amazon nous ferait plaisir.\n\nCordialement"),
    (True, f"Pedido {OID}", f"Hola:\n\nSi no has tenido ningún problema con el pedido {OID}, déjanos una reseña en Amazon.\n\nSaludos"),
    (True, f"Ordine {OID}", f"Buongiorno,\n\nse non ci sono stati problemi con l'ordine {OID}, ci lasci una recensione su Amazon.\n\nSaluti"),
    (True, f"ご注文 {OID}", f"お客様\n\nご注文番号 {OID} について、特に問題がなければ、レビューをお願いいたします。\n\nショップ"),
    # near misses: "otherwise" = "apart from that" after a statement; help offered after the review request;
    # no problems without any review
    (False, S, f"Hi,\n\nWe fixed the lid problem on order {OID} last week. Otherwise, we would welcome an honest review on Amazon.\n\nShop"),
    (False, S, f"Hi,\n\nPlease leave an honest review of order {OID} on Amazon. If you have questions, reply here.\n\nShop"),
    (False, S, f"Hi,\n\nIf there were no problems with the delivery of order {OID}, you don't need to do anything.\n\nShop"),
    (False, f"Pedido {OID}", f"Hola:\n\nSi no te ha llegado el pedido {OID}, escríbenos. Nos encantaría tu reseña en Amazon, sea cual sea tu opinión.\n\nSaludos"),
]


@pytest.mark.parametrize(("expected", "subject", "body"), GATING)
def test_review_gating_by_otherwise_and_no_problems(expected: bool, subject: str, body: str) -> None:
    assert _fires("review.conditional", body, subject) is expected


INCENTIVE: list[tuple[bool, str, str]] = [
    (True, S, f"Hi,\n\nThanks for order {OID}. Leave a review on Amazon and get 15% of the purchase price back from us.\n\nShop"),
    (True, S, f"Hi,\n\nOnce your review of order {OID} is up on Amazon, look out for something special on its way to you.\n\nShop"),
    (True, f"Bestellung {OID}", f"Hallo,\n\nnach Ihrer Rezension zu Bestellung {OID} gibt es 10 % des Kaufpreises zurück.\n\nGrüße"),
    (True, f"Commande {OID}", f"Bonjour,\n\nAprès votre avis sur la commande {OID}, 10 % du prix vous sont reversés.\n\nCordialement"),
    (True, f"Pedido {OID}", f"Hola:\n\nTras publicar su reseña del pedido {OID}, le reembolsamos el 15 % de su compra.\n\nSaludos"),
    (True, f"Ordine {OID}", f"Buongiorno,\n\ndopo la recensione dell'ordine {OID} le restituiamo il 10% del prezzo.\n\nSaluti"),
    (True, f"ご注文 {OID}", f"お客様\n\nご注文番号 {OID} のレビューをご投稿いただくと、代金の10%をお返しします。\n\nショップ"),
    # near misses: a refund for a fault (no review), a review that inspired a product, a next delivery
    (False, S, f"Hi,\n\nWe refunded 20% of the price of order {OID} for the scratch, as agreed.\n\nShop"),
    (False, S, f"Hi,\n\nOrder {OID}: reviews like yours helped us create something special, a sturdier lid. An honest review on Amazon is always welcome.\n\nShop"),
    (False, S, f"Hi,\n\nWe'd appreciate an honest review of order {OID} once the next parcel of your subscription arrives.\n\nShop"),
]


@pytest.mark.parametrize(("expected", "subject", "body"), INCENTIVE)
def test_indirect_review_incentives(expected: bool, subject: str, body: str) -> None:
    assert _fires("review.incentive", body, subject) is expected


REMOVAL: list[tuple[bool, str, str]] = [
    (True, f"Commande {OID}", f"Bonjour,\n\nLa pièce de la commande {OID} est arrivée. Accepteriez-vous de retirer la note d'une étoile ?\n\nCordialement"),
    (True, f"Commande {OID}", f"Bonjour,\n\nCommande {OID} : pourriez-vous mettre à jour l'évaluation publiée la semaine dernière ?\n\nCordialement"),
    (True, f"Ordine {OID}", f"Ciao,\n\nordine {OID}: vorresti cancellare il commento che hai scritto?\n\nSaluti"),
    (True, f"Pedido {OID}", f"Hola:\n\nPedido {OID}: ¿querrías borrar el comentario que dejaste?\n\nSaludos"),
    (True, S, f"Hi,\n\nOrder {OID} is sorted now. Please adjust the rating you gave us last week.\n\nShop"),
    # near misses: the seller's own action, an invitation to review
    (False, f"Commande {OID}", f"Bonjour,\n\nCommande {OID} : nous avons supprimé le commentaire en double de la fiche.\n\nCordialement"),
    (False, f"Commande {OID}", f"Bonjour,\n\nCommande {OID} : pourriez-vous nous laisser un avis sur Amazon, quel qu'il soit ?\n\nCordialement"),
]


@pytest.mark.parametrize(("expected", "subject", "body"), REMOVAL)
def test_removal_request_wordings(expected: bool, subject: str, body: str) -> None:
    assert _fires("review.removal-request", body, subject) is expected


EMAIL: list[tuple[bool, str]] = [
    (True, f"Hallo,\n\nzu Bestellung {OID}: Fragen bitte an info(ät)gartenwelt(punkt)de.\n\nGrüße"),
    (True, f"Hallo,\n\nzu Bestellung {OID}: schreiben Sie an kontakt at gartenwelt punkt de\n\nGrüße"),
    (True, f"Bonjour,\n\nCommande {OID} : écrivez à sav arobase maisonbleue point fr.\n\nCordialement"),
    (True, f"Hola:\n\nPedido {OID}: escríbenos a soporte [arroba] casaazul [punto] com\n\nSaludos"),
    (True, f"Buongiorno,\n\nordine {OID}: scriva a info chiocciola negozio punto it.\n\nSaluti"),
    (True, f"お客様\n\nご注文番号 {OID} について、infoアットマークshop-kyoto ドット jp までご連絡ください。\n\nショップ"),
    (True, f"Hi,\n\nOrder {OID}: sales at acme-tools dot co dot uk can help.\n\nShop"),
    # near misses: "look at amazon.com", a dot on the lid, "en punto", a pick-up point
    (False, f"Hi,\n\nFor order {OID}, look at amazon.com for the manual and point the arrow at the dot on the lid.\n\nShop"),
    (False, f"Hola:\n\nPedido {OID}: el repartidor llega a las 10 en punto.\n\nSaludos"),
    (False, f"Bonjour,\n\nCommande {OID} : le point relais est au 3 rue de la Paix.\n\nCordialement"),
    (False, f"Buongiorno,\n\nordine {OID}: il punto vendita è in via Roma.\n\nSaluti"),
]


@pytest.mark.parametrize(("expected", "body"), EMAIL)
def test_spelt_out_email_addresses(expected: bool, body: str) -> None:
    assert _fires("content.email-address", body) is expected


def test_bracketed_email_evidence_stops_at_the_full_stop() -> None:
    found = hits("content.email-address", make_ctx(f"Hi,\n\nOrder {OID}: write to help[at]shop[dot]it.\n\nShop"))
    assert len(found) == 1 and "help[at]shop[dot]it;" in found[0].message


@pytest.mark.parametrize(
    ("expected", "body"),
    [
        (True, f"Hi there,\n\nJust a short message to tell you how thankful we are for order {OID}. We're here whenever you need anything at all.\n\nShop"),
        (True, f"Hello,\n\nA quick line to say how happy we are that you chose us for order {OID}.\n\nWarmly,\nShop"),
        (False, f"Hi there,\n\nJust a short message to tell you how thankful we are for order {OID}. Please confirm the engraving text.\n\nShop"),
    ],
)
def test_warm_filler_is_thank_you_only(expected: bool, body: str) -> None:
    assert ("type.thank-you-only" in fired(body)) is expected


WRITTEN_LINKS: list[tuple[bool, str]] = [
    (True, f"Hi,\n\nOrder {OID}: the assembly video is at oakline-furniture.com/videos/desk\n\nShop"),
    (True, f"Hi,\n\nOrder {OID}: our care guide lives at oakline(dot)com, have a look.\n\nShop"),
    (True, f"Hallo,\n\nzu Bestellung {OID}: Ersatzteile bestellen Sie unter teileshop[.]de\n\nGrüße"),
    (True, f"Bonjour,\n\nCommande {OID} : la notice est sur maison-lumiere.fr/notices/lampe-12\n\nCordialement"),
    (True, f"Hola:\n\nPedido {OID}: el vídeo está en cocinaviva(punto)es\n\nSaludos"),
    (True, f"Buongiorno,\n\nordine {OID}: trova le istruzioni su casabella.it/istruzioni\n\nSaluti"),
    (True, f"お客様\n\nご注文番号 {OID} の説明書は kagu-kobo.jp/manual/desk をご覧ください。\n\nショップ"),
    # near misses: a brand name with .com, Amazon addresses, file names, email domains, a buyer's quoted address
    (False, f"Hi,\n\nOrder {OID}: thanks for choosing Oakline.com Ltd. Start a return at amazon.co.uk/returns if needed.\n\nShop"),
    (False, f"Hi,\n\nOrder {OID}: install firmware_2.4.1.img from the app; speeds up to 25 km/h on 12.06.2026/13.06.2026.\n\nShop"),
    (False, f"Hi,\n\nOrder {OID}: please reply here rather than to info@oakline.com/sales.\n\nShop"),
    (False, f"Hola:\n\nPedido {OID}: escríbenos por aquí, no a soporte (arroba) cocinaviva (punto) es.\n\nSaludos"),
]


@pytest.mark.parametrize(("expected", "body"), WRITTEN_LINKS)
def test_web_addresses_written_without_scheme(expected: bool, body: str) -> None:
    assert _fires("link.external", body) is expected


def test_quoted_buyer_address_is_not_the_sellers_link() -> None:
    body = f"Hi,\n\nThe part for order {OID} is on its way to you.\n\nShop\n\n> I found it cheaper at othershop.com/deal\n"
    assert not hits("link.external", make_ctx(body, reply=True))


def test_bare_at_before_a_bracketed_dot_is_a_web_address_not_an_email() -> None:
    ctx = make_ctx(f"Hi,\n\nOrder {OID}: the care guide is at oakline(dot)com for you.\n\nShop")
    assert not hits("content.email-address", ctx)
    assert hits("link.external", ctx)


# Further wordings of the same classes, and near misses for each new phrase (rule, fires, body).
MORE: list[tuple[str, bool, str]] = [
    ("link.opt-out", True, f"Hallo,\n\nBestellung {OID} ist unterwegs. Keine E-Mails mehr? Einfach mit „stop“ antworten.\n\nGrüße"),
    ("link.opt-out", True, f"Hi,\n\nOrder {OID} is on its way. Don't want updates like this? Reply stop.\n\nShop"),
    ("type.marketing", True, f"Hallo,\n\nBestellung {OID}: Ihr persönlicher Gutschein für den nächsten Einkauf: DANKE2026.\n\nGrüße"),
    ("type.marketing", True, f"Hola:\n\nPedido {OID}: con el código AMIGO tienes envío gratis en tu siguiente pedido.\n\nSaludos"),
    ("type.marketing", True, f"Hi,\n\nOrder {OID}: if you like this mug, our matching plates are worth a look too.\n\nShop"),
    ("type.marketing", True, f"Hallo,\n\nBestellung {OID}: Passend dazu haben wir auch Untersetzer im Sortiment.\n\nGrüße"),
    ("type.marketing", True, f"Bonjour,\n\nCommande {OID} : pensez aussi à nos sous-verres assortis.\n\nCordialement"),
    ("type.marketing", True, f"Hola:\n\nPedido {OID}: no te pierdas nuestros posavasos a juego.\n\nSaludos"),
    ("type.marketing", False, f"Hallo,\n\nzu Bestellung {OID}: Passend dazu liegt ein Inbusschlüssel im Karton.\n\nGrüße"),
    ("type.marketing", False, f"Hallo,\n\nzu Bestellung {OID}: Der Gutschein, den Sie an der Kasse eingelöst haben, wurde korrekt verrechnet.\n\nGrüße"),
    ("type.marketing", False, f"Bonjour,\n\nCommande {OID} : pensez aussi à retirer le film protecteur avant la première utilisation.\n\nCordialement"),
    ("type.marketing", False, f"Hola:\n\nPedido {OID}: no te pierdas nuestro consejo: limpia el filtro cada semana con agua tibia.\n\nSaludos"),
    ("review.conditional", True, f"Bonjour,\n\nCommande {OID} : un problème ? Contactez-nous. Sinon, un avis sur Amazon nous aiderait.\n\nCordialement"),
    ("review.conditional", True, f"Buongiorno,\n\nordine {OID}: se è tutto perfetto, ci lasci una recensione.\n\nSaluti"),
    ("review.conditional", False, f"Hi,\n\nFor order {OID}: any questions about the fitting? Just reply. Otherwise the bracket goes on the left.\n\nShop"),
    ("review.conditional", False, f"Hi,\n\nFor order {OID}: we'd welcome an honest review on Amazon. Otherwise, thanks again and enjoy the grinder.\n\nShop"),
    ("review.conditional", False, f"Bonjour,\n\nCommande {OID} : une question ? Répondez à ce message. Sinon, le colis arrive jeudi.\n\nCordialement"),
    ("review.conditional", False, f"Buongiorno,\n\nordine {OID}: se è tutto a posto con il montaggio, il prodotto è pronto all'uso.\n\nSaluti"),
    ("review.incentive", True, f"Hi,\n\nOrder {OID}: every reviewer gets a surprise in their next order.\n\nShop"),
    ("review.incentive", True, f"Hola:\n\nPedido {OID}: tras tu reseña te enviamos algo especial.\n\nSaludos"),
    ("review.incentive", True, f"Buongiorno,\n\nordine {OID}: dopo la sua recensione riceverà qualcosa di speciale.\n\nSaluti"),
    ("review.incentive", True, f"お客様\n\nご注文番号 {OID} のレビューを書いていただいた方には、特別なものをお届けします。\n\nショップ"),
    ("review.incentive", False, f"Hi,\n\nFor order {OID}: every reviewer on our team tested the blender for a month before we listed it.\n\nShop"),
    ("review.incentive", False, f"Buongiorno,\n\nordine {OID}: riceverà qualcosa di speciale: la garanzia estesa è già attiva, senza costi.\n\nSaluti"),
    ("content.email-address", True, f"Bonjour,\n\nCommande {OID} : écrivez à sav@boutique point fr\n\nCordialement"),
    ("content.email-address", True, f"Hola:\n\nPedido {OID}: soporte arroba tienda.es\n\nSaludos"),
    ("content.email-address", False, f"Hi,\n\nFor order {OID}: the stand is at our workshop in Leeds; the courier collects it at 10.30.\n\nShop"),
    ("link.external", True, f"Hi,\n\nOrder {OID}: full guide at shopname dot com slash guide\n\nShop"),
    ("link.external", True, f"Hi,\n\nOrder {OID}: see shopname.com for more products.\n\nShop"),
    ("link.external", False, f"Bonjour,\n\nCommande {OID} : c'est la fin.de la série, et la mise au point de l'appareil est faite.\n\nCordialement"),
    ("link.external", False, f"Hi,\n\nOrder {OID}: the file is setup.dmg on Mac and setup.msi on Windows.\n\nShop"),
]


@pytest.mark.parametrize(("rule_id", "expected", "body"), MORE)
def test_more_wordings_and_near_misses(rule_id: str, expected: bool, body: str) -> None:
    assert _fires(rule_id, body) is expected


THANKS_AND_CONFIRM: list[tuple[str, bool, str]] = [
    ("type.thank-you-only", True, f"Hallo,\n\nwir möchten uns ganz herzlich für Ihre Bestellung {OID} bedanken. Bei Fragen sind wir jederzeit für Sie da.\n\nGrüße"),
    ("type.thank-you-only", True, f"Bonjour,\n\nUn petit mot pour vous remercier de votre commande {OID}. Nous restons à votre disposition.\n\nCordialement"),
    ("type.thank-you-only", True, f"Buongiorno,\n\nvolevamo solo ringraziarla per l'ordine {OID}. Restiamo a disposizione per qualsiasi cosa.\n\nSaluti"),
    ("type.thank-you-only", False, f"Hallo,\n\nwir möchten uns für Ihre Geduld mit Bestellung {OID} bedanken. Die Ersatzlieferung kommt am Freitag.\n\nGrüße"),
    ("type.thank-you-only", False, f"Buongiorno,\n\nvolevamo solo ringraziarla per l'ordine {OID}. Ci conferma il nome da incidere?\n\nSaluti"),
    ("type.order-confirmation", True, f"Bonjour,\n\nVotre commande {OID} a été remise à Colissimo ce matin.\n\nCordialement"),
    ("type.order-confirmation", False, f"Bonjour,\n\nVotre commande {OID} a été remise à Colissimo, mais le colis nous est revenu endommagé : nous en renvoyons un.\n\nCordialement"),
    ("review.removal-request", True, f"Hallo,\n\nBestellung {OID}: Vielleicht möchten Sie Ihre Sterne noch einmal überdenken?\n\nGrüße"),
    ("review.removal-request", False, f"Hallo,\n\nBestellung {OID}: Ihre Sterne-Bewertung auf Amazon ist freiwillig; wir freuen uns über jede ehrliche Meinung.\n\nGrüße"),
]


@pytest.mark.parametrize(("rule_id", "expected", "body"), THANKS_AND_CONFIRM)
def test_thanks_confirmation_and_stars_in_other_languages(rule_id: str, expected: bool, body: str) -> None:
    assert _fires(rule_id, body) is expected


@pytest.mark.parametrize(
    ("expected", "body"),
    [
        (True, f"Hi,\n\nOrder {OID}: as a welcome gift, code WELCOME gets you money off anything in our store.\n\nShop"),
        (True, f"Hi,\n\nOrder {OID}: use LOYAL10 on your next order with us.\n\nShop"),
        (False, f"Hi,\n\nFor order {OID}: the code ABCD1234 on the box unlocks the locker at the pickup point.\n\nShop"),
        (False, f"Hi,\n\nFor order {OID}: the Wi-Fi code NET2GO is on the router's base; apply RAL9010 on your next coat.\n\nShop"),
    ],
)
def test_bare_code_is_a_voucher_unless_it_serves_the_order(expected: bool, body: str) -> None:
    assert _fires("type.marketing", body) is expected
