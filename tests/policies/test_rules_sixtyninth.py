"""Round sixty-nine (tests/corpus_sixtyninth): type.marketing buried in an otherwise permitted message.

Each fix is a wording class, tested with made-up sentences (not the corpus's) and same-vocabulary near-misses.
"""

from __future__ import annotations

import pytest

from tests.policies.plain_message import OID, fires

# --- another brand of the seller that also makes or sells things: a cross-sell ---------------------------------


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Order {OID}: the rug pad is in the parcel. Our sister label Wrenfield also sells cushion covers in "
         "the same print.", "com"),
        (f"Order {OID}: thanks for the photo. Our other brand, Hollow Oak, makes matching coasters too.", "co.uk"),
        (f"Bestellung {OID}: Die Schrauben liegen bei. Unsere Schwestermarke Feldgrün bietet übrigens auch "
         "passende Tischsets an.", "de"),
        (f"Commande {OID} : la notice est jointe. Notre marque sœur, Atelier Brume, fabrique aussi des plaids "
         "assortis.", "fr"),
        (f"Pedido {OID}: adjuntamos la factura. Nuestra otra marca, Sol de Barro, también vende platos a juego.",
         "es"),
        (f"Ordine {OID}: le viti sono nel pacco. Il nostro altro marchio, Casa Fiora, produce anche tovaglie "
         "coordinate.", "it"),
        (f"ご注文番号 {OID} の件です。姉妹ブランド「ことり」では、同じ柄のランチョンマットも販売しております。", "co.jp"),
        (f"Bestelling {OID}: de handleiding zit erbij. Ons zustermerk Duinhuis verkoopt ook bijpassende kussens.",
         "nl"),
        (f"Pedido {OID}: segue a nota fiscal. Nossa outra marca, Vila Azul, também oferece jogos americanos.",
         "com.br"),
    ],
)
def test_sister_brand_that_also_sells_is_marketing(body: str, tld: str) -> None:
    assert fires("type.marketing", body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Order {OID}: our sister company in Leeds handles all our returns, so the label shows their address.",
         "co.uk"),
        (f"Bestellung {OID}: Unsere Schwesterfirma in Köln übernimmt den Versand; deshalb steht sie als "
         "Absender auf dem Paket.", "de"),
        (f"Commande {OID} : notre autre entrepôt, à Lyon, a expédié le colis ; l'adresse d'expédition est "
         "donc différente.", "fr"),
    ],
)
def test_sister_company_doing_logistics_is_no_marketing(body: str, tld: str) -> None:
    assert not fires("type.marketing", body, tld)


# --- a bundle offer: 'pair it with the matching X', 'save 10% on the set' -----------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        f"Order {OID}: the knife is honed. Pair yours with the coordinating block and save 10% on the set.",
        f"Order {OID}: the lid fits snugly. Save £8 on the duo when you add a second tin.",
        f"Order {OID}: pair it with the matching saucer for a full breakfast set.",
    ],
)
def test_bundle_offer_is_marketing(body: str) -> None:
    assert fires("type.marketing", body, "co.uk")


@pytest.mark.parametrize(
    "body",
    [
        f"Order {OID}: the set you ordered includes the lid, so there is nothing else to buy.",
        f"Order {OID}: pair the remote with the matching receiver by holding both buttons for five seconds.",
    ],
)
def test_set_or_pairing_instruction_is_no_marketing(body: str) -> None:
    assert not fires("type.marketing", body, "co.uk")


# --- a free sample or gift promised with the next order -------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Order {OID}: the replacement pump is on its way. With your next purchase we'll include a free sample "
         "of our lavender balm.", "com"),
        (f"Order {OID}: sorry for the wait. Your next order will come with a free gift from us.", "com"),
        (f"Bestellung {OID}: Der Ersatz ist unterwegs. Ihrer nächsten Bestellung legen wir eine Gratisprobe "
         "unseres Duschgels bei.", "de"),
        (f"Commande {OID} : le remplacement est parti. Votre prochaine commande sera accompagnée d'un "
         "échantillon offert.", "fr"),
        (f"Pedido {OID}: ya enviamos el repuesto. En su próximo pedido incluiremos una muestra gratuita de "
         "nuestro jabón.", "es"),
        (f"Ordine {OID}: il ricambio è partito. Con il prossimo ordine riceverà un campione omaggio della nostra "
         "crema.", "it"),
        (f"Pedido {OID}: a peça já foi enviada. No seu próximo pedido vai um brinde especial.", "com.br"),
    ],
)
def test_free_sample_with_next_order_is_marketing(body: str, tld: str) -> None:
    assert fires("type.marketing", body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Order {OID}: we are sending a free replacement swatch so you can check the colour before we cut "
         "the fabric.", "com"),
        (f"Bestellung {OID}: Wir senden Ihnen kostenlos eine neue Dichtung; die alte müssen Sie nicht "
         "zurückschicken.", "de"),
    ],
)
def test_free_replacement_is_no_marketing(body: str, tld: str) -> None:
    assert not fires("type.marketing", body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Order {OID}: write us a review and your next order comes with a free sample of our balm.", "com"),
        (f"Bestellung {OID}: Für eine Rezension legen wir Ihrer nächsten Bestellung eine Gratisprobe bei.", "de"),
        (f"Pedido {OID}: deixe uma avaliação e mandamos um brinde no seu próximo pedido.", "com.br"),
    ],
)
def test_next_order_gift_for_a_review_is_left_to_review_incentive(body: str, tld: str) -> None:
    assert fires("review.incentive", body, tld)
    assert not fires("type.marketing", body, tld)


# --- loyalty points on every purchase, 'hazte socio' ------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Order {OID}: the filter is in the box. Collect points on every purchase and swap them for free "
         "coffee.", "com"),
        (f"Bestellung {OID}: Der Filter liegt bei. Sammeln Sie bei jedem Einkauf Punkte und lösen Sie sie "
         "gegen Prämien ein.", "de"),
        (f"Commande {OID} : le filtre est dans le colis. Cumulez des points à chaque achat dans notre "
         "boutique.", "fr"),
        (f"Pedido {OID}: el filtro va en la caja. Hazte socio y llévate ventajas exclusivas.", "es"),
        (f"Ordine {OID}: il filtro è nella scatola. Accumula punti su ogni acquisto nel nostro negozio.", "it"),
        (f"ご注文番号 {OID} のフィルターは同梱済みです。会員登録いただくと、お買い物ごとにポイントが貯まります。", "co.jp"),
        (f"Pedido {OID}: o filtro está na caixa. Acumule pontos em cada compra na nossa loja.", "com.br"),
    ],
)
def test_loyalty_points_on_purchases_are_marketing(body: str, tld: str) -> None:
    assert fires("type.marketing", body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Order {OID}: the points on the plug should be pushed fully into the socket.", "com"),
        (f"Pedido {OID}: según la dirección de entrega, se hizo socio del club de golf; dejaremos el paquete "
         "en la recepción.", "es"),
        (f"ご注文番号 {OID} のお手入れのポイントは、使用後すぐに水気を拭き取ることです。", "co.jp"),
    ],
)
def test_points_vocabulary_without_a_scheme_is_no_marketing(body: str, tld: str) -> None:
    assert not fires("type.marketing", body, tld)
