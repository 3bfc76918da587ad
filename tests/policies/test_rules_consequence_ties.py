"""Review rewards and steering said in the sentence after the request, and three narrower readings.

- A benefit introduced as the consequence of the request just before it is tied to it: "Would you leave us
  a review? If you do, we'll send you a free sample." / "Dann erhalten Sie 10 % Rabatt" / "Si oui, on vous
  offre ..." / "Allora riceverai ..." / 「その際は…ギフト券をお送りします」. "Then" as mere sequence ("Then, if
  anything is wrong later, ...") and a consequence that is no benefit stay clean.
- A bare positive word next to a review named steers it: "A review? Preferably a glowing one!", "Opinia?
  Najlepiej pochlebna!", "the more stars the better"; "ideally a detailed one" and "preferably good ones"
  about photos do not.
- "CANCELAR" in a reply instruction about the order itself is no opt-out (Portuguese and Spanish).
- A short message the language model cannot tell from a close language (pt/es) is no language mismatch;
  a clear Spanish message to a Brazilian buyer still is.
- Turkish: a list before the negator ("kampanya ya da reklam mesajı değildir") negates its first item.

Made-up wordings, evaluated through the whole engine.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from policies import Context, Order, evaluate, parse_message

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
OID = "405-4829175-6630214"


def fired(body: str, tld: str = "com", lang: str = "en") -> set[str]:
    buyer = f"k3x9m2p7q1w8z5v@marketplace.amazon.{tld}"
    headers = [
        "From: Shop <help@shop.example>", f"To: {buyer}", f"Subject: {OID}",
        "Date: Mon, 15 Jun 2026 10:00:00 +0000", "Message-ID: <c1@shop.example>", "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit",
    ]
    raw = ("\r\n".join(headers) + "\r\n\r\n" + body.replace("{OID}", OID).replace("\n", "\r\n")).encode()
    order = Order(OID, buyer_email=buyer, marketplace=f"amazon.{tld}", buyer_language=lang,
                  purchased_at=NOW - timedelta(days=8), delivered_at=NOW - timedelta(days=4))
    return set(evaluate(Context(parse_message(raw), NOW, orders={OID: order})).rules)


CONSEQUENCE_REWARDS = [
    ("com", "en", "Hi,\n\nThanks for order {OID}. Could you review the lamp on Amazon? If you do, we'll mail you a "
                  "$15 gift card.\n\nBest, Tom"),
    ("com", "en", "Hi,\n\nOrder {OID}: would you rate us on Amazon? If so, you get a free travel pouch.\n\nBest"),
    ("com", "en", "Hi,\n\nOrder {OID}: how about a quick review? We'll then refund the shipping cost.\n\nBest"),
    ("com", "en", "Hi,\n\nOrder {OID}: care to share a review of the blender? In that case a 20% voucher is "
                  "yours.\n\nBest"),
    ("de", "de", "Hallo,\n\nzur Bestellung {OID}: Hinterlassen Sie uns eine Rezension? Dafür bekommen Sie einen "
                 "Gutschein über 10 Euro.\n\nViele Grüße"),
    ("de", "de", "Hallo,\n\nzur Bestellung {OID}: Magst du das Produkt bei Amazon bewerten? Dann schenken wir dir "
                 "das Zubehörset.\n\nLiebe Grüße"),
    ("fr", "fr", "Bonjour,\n\nCommande {OID} : pourriez-vous noter le produit sur Amazon ? Si c'est le cas, nous "
                 "vous offrirons une housse.\n\nCordialement"),
    ("es", "es", "Hola,\n\nPedido {OID}: ¿nos escribe una valoración en Amazon? A cambio le devolvemos 5 euros."
                 "\n\nSaludos"),
    ("it", "it", "Buongiorno,\n\nordine {OID}: ci lascerebbe una recensione su Amazon? In tal caso le spediamo un "
                 "omaggio.\n\nCordiali saluti"),
    ("com.br", "pt", "Olá,\n\nPedido {OID}: você avalia o produto na Amazon? Nesse caso mandamos um brinde."
                     "\n\nAbraços"),
    ("co.jp", "ja", "お世話になっております。\n\nご注文{OID}の件です。Amazonでレビューを投稿していただけますか？"
                    "その場合、次回使える割引クーポンを差し上げます。\n\nよろしくお願いいたします。"),
]


@pytest.mark.parametrize(("tld", "lang", "body"), CONSEQUENCE_REWARDS)
def test_a_reward_said_as_the_requests_consequence_is_an_incentive(tld: str, lang: str, body: str) -> None:
    assert "review.incentive" in fired(body, tld, lang)


CONSEQUENCE_CLEAN = [
    ("com", "en", "Hi,\n\nThanks for order {OID}. Would you leave us a review? Then other buyers know what to "
                  "expect.\n\nBest"),
    ("com", "en", "Hi,\n\nOrder {OID}: feel free to leave a review. Then, if anything breaks later, we'll refund "
                  "you in full.\n\nBest"),
    ("com", "en", "Hi,\n\nOrder {OID}: could you send a photo of the label? Then we'll send a free replacement."
                  "\n\nBest"),
    ("de", "de", "Hallo,\n\nzur Bestellung {OID}: Über eine Bewertung freuen wir uns. Dann wissen andere Kunden, "
                 "worauf sie achten müssen.\n\nViele Grüße"),
    ("es", "es", "Hola,\n\nPedido {OID}: ¿nos deja una reseña en Amazon? Nos ayuda mucho a mejorar.\n\nSaludos"),
]


@pytest.mark.parametrize(("tld", "lang", "body"), CONSEQUENCE_CLEAN)
def test_a_consequence_without_a_reward_or_a_mere_sequence_is_clean(tld: str, lang: str, body: str) -> None:
    assert "review.incentive" not in fired(body, tld, lang)


POSITIVE_ELLIPSES = [
    ("com", "en", "Hi,\n\nOrder {OID} arrived. A review on Amazon? Hopefully a positive one!\n\nBest"),
    ("com", "en", "Hi,\n\nOrder {OID}: an honest review helps other buyers. The more stars, the better!\n\nBest"),
    ("de", "de", "Hallo,\n\nBestellung {OID} ist da. Eine Rezension bei Amazon? Idealerweise mit fünf Sternen!"
                 "\n\nGrüße"),
    ("fr", "fr", "Bonjour,\n\nCommande {OID} livrée. Un petit avis sur Amazon ? Idéalement cinq étoiles !"
                 "\n\nCordialement"),
    ("es", "es", "Hola,\n\nPedido {OID} entregado. ¿Una reseña en Amazon? ¡Preferiblemente positiva!\n\nSaludos"),
    ("it", "it", "Ciao,\n\nordine {OID} consegnato. Una recensione su Amazon? Possibilmente positiva!\n\nSaluti"),
    ("pl", "pl", "Dzień dobry,\n\nzamówienie {OID} dotarło. Prosimy o opinię na Amazon. Najlepiej pochlebną!"
                 "\n\nPozdrawiamy"),
    ("nl", "nl", "Hallo,\n\nBestelling {OID} is bezorgd. Een review op Amazon? Het liefst een lovende!\n\nGroeten"),
]


@pytest.mark.parametrize(("tld", "lang", "body"), POSITIVE_ELLIPSES)
def test_a_bare_positive_word_next_to_a_review_steers_it(tld: str, lang: str, body: str) -> None:
    assert "review.incentive" in fired(body, tld, lang)


@pytest.mark.parametrize("body", [
    "Hi,\n\nOrder {OID}: please leave an honest review, ideally a detailed one.\n\nBest",
    "Hi,\n\nOrder {OID}: please send us photos of the scratch, preferably good ones.\n\nBest",
    "Hi,\n\nOrder {OID}: a review on Amazon would help us. Of course, good or bad.\n\nBest",
    "Hi,\n\nOrder {OID}: the replacement ships today. Ideally a good one this time!\n\nBest",
])
def test_positive_words_without_a_review_or_with_any_rating_stay_clean(body: str) -> None:
    assert "review.incentive" not in fired(body)


@pytest.mark.parametrize(("tld", "lang", "body"), [
    ("com.br", "pt", "Olá,\n\nSeu pedido {OID} ainda não foi enviado. Se quiser cancelar o pedido, responda "
                     "CANCELAR.\n\nAtenciosamente,\nLoja"),
    ("com.br", "pt", "Olá,\n\nPedido {OID}: responda CANCELAR se preferir cancelar a compra.\n\nAtenciosamente"),
    ("es", "es", "Hola,\n\nSu pedido {OID} aún no ha salido. Si desea anular el pedido, responda CANCELAR."
                 "\n\nSaludos"),
])
def test_cancelar_about_the_order_is_no_opt_out(tld: str, lang: str, body: str) -> None:
    assert "link.opt-out" not in fired(body, tld, lang)


@pytest.mark.parametrize(("tld", "lang", "body"), [
    ("com.br", "pt", "Olá,\n\nPedido {OID}: para deixar de receber estes lembretes, responda CANCELAR.\n\nAbraços"),
    ("com.br", "pt", "Olá,\n\nPedido {OID}: se não quiser receber mais avisos, responda cancelar.\n\nAbraços"),
    ("es", "es", "Hola,\n\nPedido {OID}: para no recibir más recordatorios responda CANCELAR.\n\nSaludos"),
])
def test_cancelar_about_the_messages_is_still_an_opt_out(tld: str, lang: str, body: str) -> None:
    assert "link.opt-out" in fired(body, tld, lang)


def test_a_short_portuguese_message_the_model_reads_as_spanish_is_no_mismatch() -> None:
    body = "Olá, pedido {OID}. Responda CANCELAR se quiser cancelar a compra."
    assert "language.mismatch" not in fired(body, "com.br", "pt")


def test_a_clear_spanish_message_to_a_brazilian_buyer_is_still_a_mismatch() -> None:
    body = "Hola,\n\nsu pedido {OID} ya salió hoy del almacén. Cualquier duda, estamos a su disposición.\n\nSaludos"
    assert "language.mismatch" in fired(body, "com.br", "pt")


def test_a_turkish_list_before_the_negator_is_negated() -> None:
    body = ("Merhaba,\n\n{OID} numaralı siparişiniz hakkında yazıyoruz. Bu mesaj bir kampanya ya da reklam mesajı "
            "değildir; yalnızca kargonun bir gün gecikeceğini bildiriyoruz.\n\nSaygılarımızla")
    assert "type.marketing" not in fired(body, "com.tr", "tr")
    promo = "Merhaba,\n\n{OID} numaralı siparişiniz için teşekkürler. Yaz kampanyamızı kaçırmayın!\n\nSaygılarımızla"
    assert "type.marketing" in fired(promo, "com.tr", "tr")


@pytest.mark.parametrize(("tld", "lang", "body"), [
    ("com", "en", "Hi,\n\nWe read your 1-star review of order {OID}. Now that the new hinge is fitted, would you "
                  "reconsider it?\n\nBest"),
    ("com", "en", "Hi,\n\nThe feedback you left on order {OID} mentions a dent. A new tin is on its way. Maybe "
                  "you'd like to update it?\n\nBest"),
    ("de", "de", "Hallo,\n\nwir haben Ihre Rezension zu Bestellung {OID} gelesen. Das Ersatzteil ist unterwegs. "
                 "Würden Sie sie dann bitte überarbeiten?\n\nGrüße"),
    ("fr", "fr", "Bonjour,\n\nNous avons lu votre avis sur la commande {OID}. Le remplacement est parti. "
                 "Accepteriez-vous de le revoir ?\n\nCordialement"),
    ("es", "es", "Hola,\n\nHemos leído su reseña del pedido {OID}. Ya le enviamos la pieza nueva. ¿Podría "
                 "actualizarla?\n\nSaludos"),
    ("it", "it", "Buongiorno,\n\nabbiamo letto la sua recensione sull'ordine {OID}. Il ricambio è partito. "
                 "Potrebbe modificarla?\n\nSaluti"),
    ("co.jp", "ja", "お世話になっております。\n\nご注文{OID}のレビューを拝見しました。交換品を発送しましたので、"
                    "修正していただけますと幸いです。\n\nよろしくお願いいたします。"),
])
def test_an_update_request_naming_the_review_by_a_pronoun_is_a_removal_request(tld: str, lang: str, body: str) -> None:
    assert "review.removal-request" in fired(body, tld, lang)


@pytest.mark.parametrize("body", [
    "Hi,\n\nYou can leave a review for order {OID} under Your Orders. Would you update it with a photo later?\n\nBest",
    "Hi,\n\nThanks for your review of order {OID}. Could you send the broken part back? We'll replace it.\n\nBest",
    "Hi,\n\nOrder {OID}: the address on the label is wrong. Could you update it in your account?\n\nBest",
])
def test_a_pronoun_not_naming_a_review_the_buyer_wrote_is_no_removal_request(body: str) -> None:
    assert "review.removal-request" not in fired(body)


@pytest.mark.parametrize(("tld", "lang", "body"), [
    ("fr", "fr", "Bonjour,\n\nCommande {OID} : le facteur a laissé un avis de passage. Le colis est au bureau de "
                 "poste. Pour le retirer, présentez l'avis et une pièce d'identité.\n\nCordialement"),
    ("it", "it", "Buongiorno,\n\nordine {OID}: il corriere ha lasciato un avviso. Il pacco è in posta. Può "
                 "ritirarlo con il documento.\n\nSaluti"),
    ("es", "es", "Hola,\n\npedido {OID}: el repartidor dejó un aviso. El paquete está en la oficina. Puede "
                 "retirarlo con su DNI.\n\nSaludos"),
])
def test_collecting_a_parcel_named_by_a_pronoun_is_no_removal_request(tld: str, lang: str, body: str) -> None:
    assert "review.removal-request" not in fired(body, tld, lang)


@pytest.mark.parametrize("body", [
    "Hi,\n\nOrder {OID}: we just launched a matching knife set - search Acme Knives on Amazon.\n\nThanks",
    "Hi,\n\nOrder {OID}: our autumn collection has just landed, in five new colours.\n\nThanks",
    "Hi,\n\nOrder {OID}: we've released our new lavender scent. Search 'Acme Candles' on Amazon.\n\nThanks",
])
def test_a_launch_announcement_is_marketing(body: str) -> None:
    assert "type.marketing" in fired(body)


@pytest.mark.parametrize("body", [
    "Hi,\n\nOrder {OID}: we have launched an investigation with the carrier.\n\nThanks",
    "Hi,\n\nOrder {OID}: we've released a new version of the manual; it is attached.\n\nThanks",
    "Hi,\n\nOrder {OID}: we have launched a new packaging design so this won't happen again.\n\nThanks",
    "Hi,\n\nOrder {OID}: to find the invoice, search Your Orders on Amazon.\n\nThanks",
])
def test_launches_that_sell_nothing_are_not_marketing(body: str) -> None:
    assert "type.marketing" not in fired(body)


@pytest.mark.parametrize("body", [
    "Hi,\n\nOrder {OID}: we only ask happy customers for reviews. If that's you, the review page is under Your "
    "Orders.\n\nThanks",
    "Hi,\n\nOrder {OID}: reviews from satisfied buyers help us most, so if you're one of them, please leave one."
    "\n\nThanks",
    "Hi,\n\nOrder {OID}: enjoying the toaster? Then a review on Amazon would make our day.\n\nThanks",
    "Hi,\n\nOrder {OID}: happy with your new rug? Please leave us a review on Amazon!\n\nThanks",
])
def test_a_review_asked_of_the_satisfied_only_is_gating(body: str) -> None:
    assert "review.conditional" in fired(body)


@pytest.mark.parametrize("body", [
    "Hi,\n\nOrder {OID}: did you get the parcel? Then please check the lid is tight. A review on Amazon is welcome "
    "too.\n\nThanks",
    "Hi,\n\nOrder {OID}: happy with the rug? We'd love an honest review either way, good or bad.\n\nThanks",
    "Hi,\n\nOrder {OID}: if that's you on the delivery photo, the parcel was left with you. A review is welcome."
    "\n\nThanks",
])
def test_a_review_asked_of_everyone_is_not_gating(body: str) -> None:
    assert "review.conditional" not in fired(body)
