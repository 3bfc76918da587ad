"""Classes a fourteenth independent corpus (native de/fr/es/it/ja mail, section C heuristics) found.

- order-problem.no-adjustment: a refund confirmed in a long German verbal bracket ("Wir haben deine
  Bestellung ... storniert und dir den vollen Betrag von ... erstattet") and the informal du / tu forms of
  "we refund you" ("erstatten wir dir", "nous te remboursons") are confirmations;
- order-problem.cancellation-request / no-adjustment: a delay word ("before", "until", "prima di", "bis")
  that belongs to a second clause with its own subject ("sold out, and the maker will not make more before
  autumn") does not turn the stock-out into a delay notice;
- review.*: the informal du / tu forms a small shop writes in: German imperatives ("hinterlass uns eine
  Bewertung", "schreib uns zuerst"), the finite verb closing a subordinate clause ("wenn du deine Bewertung
  anpasst"), "Gefällt dir ...?" as the condition, French "laisse-nous un avis", "si ton sac te plaît",
  "écris-nous d'abord"; "du kannst deine Bewertung ändern" is information, not a request; a satisfaction
  question next to a request for every buyer ("good or bad") gates nobody;
- type.thank-you-only: Swiss / Austrian greetings (Grüezi, Hoi, Salü), "für alles Weitere sind wir für dich
  da", Italian "per qualsiasi cosa siamo a disposizione", French "si tu as la moindre question, n'hésite pas".
- Latin American and informal wording: "Quedamos a sus órdenes", "a la orden", "¡Qué tal!"; "aprovecha nuestras
  ofertas", "faites un tour dans notre boutique", "folg uns auf Instagram", "dai un'occhiata ai nostri nuovi";
  "votre commande est partie aujourd'hui / vous pouvez la suivre avec le numéro"; "¿Te gustaron...?",
  "Lasciaci una recensione", "5 estrellitas"; stock-outs "se nos agotó", "è finito" (of the ordered item);
  "no hace falta que usted cancele", "il n'est pas nécessaire que vous annuliez" ask no cancellation.
- Japanese keigo: 「心より御礼申し上げます」「またのご来店をお待ち申し上げております」「ございましたら遠慮なく」
  (thanks only), 「ご注文内容を確認いたしました」 (a confirmation), a partial refund for keeping the item
  (「お手元に残していただける場合は代金の30%を返金」); content.sensitive: 野郎, German "beschissen", and
  Italian "cazzuola" (a trowel) / "cazzotto" are no swear words.
- type.order-confirmation: confirming receipt of the order ("We confirm receipt of your order", "la bonne
  réception de votre commande", "la recepción de su pedido", "la ricezione del Suo ordine", "den Eingang Ihrer
  Bestellung"); return.unnecessary: the wish with the verb last ("dass du die Lampe zurückgeben möchtest"), and
  the tú partial refund "si te quedas la lámpara, te reembolsamos el 20 %".

Made-up wordings (not the corpus's sentences), with near-miss negatives that must stay clean.
"""

from __future__ import annotations

import pytest

from tests.policies.test_rules_messagetypes import OID, hits, make_ctx

NO_ADJ = "order-problem.no-adjustment"
CANCEL = "order-problem.cancellation-request"


def _fires(rule_id: str, body: str) -> bool:
    return bool(hits(rule_id, make_ctx(body)))


# --- the refund confirmed in a long German bracket, and the du / tu forms -----------------------------

CONFIRMED = [
    f"Hallo,\n\nder Wollmantel ist leider ausverkauft.\n\nWir haben deshalb deine Bestellung {OID} gleich heute "
    "früh storniert und dir den kompletten Kaufpreis in Höhe von 89,00 € über Amazon zurückerstattet "
    "(Grund: nicht vorrätig).\n\nViele Grüße\nWollwerk",
    f"Guten Tag,\n\ndie Lampe ist nicht mehr lieferbar. Wir haben Ihre Bestellung {OID} heute vollständig "
    "storniert und Ihnen den gesamten Betrag von 129,90 € samt Versandkosten über Amazon erstattet, weil "
    "der Artikel ausverkauft ist.\n\nMit freundlichen Grüßen\nLichthaus",
    f"Hi,\n\ndie Sneaker in Größe 42 sind ausverkauft. Deshalb erstatten wir dir den vollen Betrag für die "
    f"Bestellung {OID}, Grund: nicht vorrätig.\n\nCiao\nKicks",
    f"Salut,\n\nle sweat en taille S est en rupture de stock. Nous te remboursons la totalité de ta commande "
    f"{OID} (motif : rupture de stock).\n\nÀ plus,\nL'atelier",
]


@pytest.mark.parametrize("body", CONFIRMED)
def test_refund_confirmed_in_long_bracket_or_informal_form_is_an_adjustment(body: str) -> None:
    assert not _fires(NO_ADJ, body)


NOT_CONFIRMED = [
    # the bracket closes on "not": nothing refunded
    f"Hallo,\n\nder Wollmantel ist leider ausverkauft. Wir haben deine Bestellung {OID} leider noch nicht "
    "storniert und dir den Betrag von 89,00 € auch noch nicht erstattet.\n\nViele Grüße\nWollwerk",
    # the refund follows the buyer's own cancellation
    f"Hallo,\n\ndie Sneaker sind ausverkauft. Sobald du die Bestellung {OID} storniert hast, wird dir der Betrag "
    "von Amazon erstattet.\n\nCiao\nKicks",
    # a stock-out with no refund at all
    f"Salut,\n\nle sweat en taille S est en rupture de stock et nous ne pourrons pas te l'envoyer. Désolés "
    f"pour ta commande {OID} !\n\nL'atelier",
]


@pytest.mark.parametrize("body", NOT_CONFIRMED)
def test_stock_out_without_seller_refund_still_fires(body: str) -> None:
    assert _fires(NO_ADJ, body)


# --- a delay word in another clause ---------------------------------------------------------------

OTHER_CLAUSE = [
    f"Hello,\n\nThe walnut bowl is sold out and the turner will not make new ones before September. Please "
    f"cancel order {OID} in Your Orders.\n\nBest,\nWoodshop",
    f"Guten Tag,\n\nder Kerzenständer ist ausverkauft und die Gießerei fertigt bis Oktober keine neuen. Bitte "
    f"stornieren Sie die Bestellung {OID} in Ihrem Konto.\n\nMit freundlichen Grüßen\nMessinghaus",
    f"Bonjour,\n\nle vase est en rupture de stock et l'atelier n'en fabriquera pas d'autres avant l'automne. "
    f"Merci d'annuler la commande {OID} depuis votre compte.\n\nCordialement,\nCéramique",
    f"Hola:\n\nEl jarrón está agotado y el taller no fabricará más hasta otoño. Por favor, cancele el pedido "
    f"{OID} desde su cuenta.\n\nSaludos,\nCerámica",
    f"Gentile cliente,\n\nil vaso è esaurito e il laboratorio non ne farà altri fino a ottobre. La preghiamo "
    f"di annullare l'ordine {OID} dal Suo account.\n\nCordiali saluti,\nCeramiche",
    f"お客様\n\nご注文の花瓶は在庫切れとなり、工房での次回の制作も秋までございません。お手数ですが、"
    f"ご注文番号 {OID} をお客様ご自身でキャンセルしてください。\n\n陶器の店",
]


@pytest.mark.parametrize("body", OTHER_CLAUSE)
def test_delay_word_of_another_clause_leaves_the_stock_out(body: str) -> None:
    assert _fires(CANCEL, body)
    assert _fires(NO_ADJ, body)


DELAYS = [
    # the delay word qualifies the stock-out itself, or a second shipping cue: a delay notice
    f"Hello,\n\nThe walnut bowl is out of stock until Monday, and we will ship it on Tuesday. Order {OID}.\n\n"
    "Best,\nWoodshop",
    f"Guten Tag,\n\nder Kerzenständer ist ausverkauft und wir können ihn erst ab dem 20. Juni versenden. "
    f"Bestellung {OID}.\n\nMit freundlichen Grüßen\nMessinghaus",
    f"Gentile cliente,\n\nil vaso è esaurito e non possiamo spedirlo prima di lunedì 22. Ordine {OID}.\n\n"
    "Cordiali saluti,\nCeramiche",
    f"Hola:\n\nEl jarrón está agotado y no podremos enviarlo hasta el lunes 22. Pedido {OID}.\n\nSaludos,\n"
    "Cerámica",
]


@pytest.mark.parametrize("body", DELAYS)
def test_delay_notices_stay_quiet(body: str) -> None:
    assert not _fires(NO_ADJ, body)
    assert not _fires(CANCEL, body)


# --- informal review wording -----------------------------------------------------------------------

REVIEW_VIOLATIONS = [
    ("review.removal-request", f"Hallo,\n\nBestellung {OID}: Wir fänden es klasse, wenn du deine Rezension jetzt "
     "noch mal anpasst.\n\nLG\nRadshop"),
    ("review.removal-request", f"Hi,\n\nzu Bestellung {OID}: Wäre lieb, wenn du die Ein-Stern-Bewertung löschst, "
     "der Ersatz ist ja unterwegs.\n\nLG"),
    ("review.conditional", f"Hallo,\n\nBestellung {OID}: Gefällt dir deine neue Jacke? Dann hinterlass uns gern eine "
     "Bewertung auf Amazon.\n\nLG\nJackenladen"),
    ("review.conditional", f"Hallo,\n\nBestellung {OID}: Wir würden uns über eine Rezension freuen. Falls etwas "
     "nicht passt, meld dich aber bitte zuerst bei uns.\n\nLG"),
    ("review.conditional", f"Coucou,\n\nCommande {OID} : si ta lampe te plaît, donne-nous un avis sur Amazon !\n\n"
     "Bises,\nL'atelier"),
    ("review.conditional", f"Salut,\n\nCommande {OID} : laisse-nous un petit avis sur Amazon. Un souci ? "
     "Préviens-nous d'abord !\n\nÀ plus"),
]


@pytest.mark.parametrize(("rule_id", "body"), REVIEW_VIOLATIONS)
def test_informal_review_violations_fire(rule_id: str, body: str) -> None:
    assert _fires(rule_id, body)


REVIEW_NEAR_MISSES = [
    f"Hallo,\n\nBestellung {OID}: Du kannst deine Bewertung übrigens jederzeit selbst bearbeiten.\n\nLG",
    f"Guten Tag,\n\nBestellung {OID}: Gefällt Ihnen der Sessel? Wir freuen uns über Ihre ehrliche Rezension, "
    "ob positiv oder negativ.\n\nMfG",
    f"Hallo,\n\nBestellung {OID}: Schreib uns zuerst, welche Größe du brauchst, dann tauschen wir die Jacke.\n\nLG",
    f"Salut,\n\nCommande {OID} : laisse-nous ton avis sur Amazon, bon ou mauvais, ça aide les autres clients.\n\n"
    "À plus",
]


@pytest.mark.parametrize("body", REVIEW_NEAR_MISSES)
def test_informal_review_near_misses_stay_quiet(body: str) -> None:
    for rule_id in ("review.removal-request", "review.conditional", "review.incentive"):
        assert not _fires(rule_id, body), rule_id


# --- thank-you-only with regional greetings and informal offers of help ---------------------------------

THANKS_ONLY = [
    f"Grüezi Herr Keller\n\nVielen Dank für Ihre Bestellung {OID}.\n\nFreundliche Grüsse\nVelohaus",
    f"Hoi,\n\ndanke dir für deine Bestellung {OID}! Für alles Weitere sind wir jederzeit für dich da.\n\nLG",
    f"Buongiorno,\n\ngrazie infinite per l'ordine {OID}! Per qualsiasi esigenza restiamo a disposizione.\n\nSaluti",
    f"Coucou !\n\nMerci pour ta commande {OID} ! Si tu as la moindre question, n'hésite pas à nous contacter.\n\n"
    "Bisous",
]


@pytest.mark.parametrize("body", THANKS_ONLY)
def test_thanks_only_in_regional_and_informal_forms(body: str) -> None:
    assert _fires("type.thank-you-only", body)


THANKS_WITH_CONTENT = [
    f"Grüezi Herr Keller\n\nVielen Dank für Ihre Bestellung {OID}. Der Dynamo muss vor der ersten Fahrt mit der "
    "beiliegenden Schraube festgezogen werden.\n\nFreundliche Grüsse\nVelohaus",
    f"Buongiorno,\n\ngrazie per l'ordine {OID}! Prima del primo uso lavi la moka tre volte con acqua sola. Per "
    "qualsiasi cosa restiamo a disposizione.\n\nSaluti",
]


@pytest.mark.parametrize("body", THANKS_WITH_CONTENT)
def test_thanks_with_content_is_not_thanks_only(body: str) -> None:
    assert not _fires("type.thank-you-only", body)


# --- Latin American and informal wording of the purpose rules --------------------------------------

FIRES = [
    ("type.thank-you-only", f"Estimada clienta:\n\nLe agradecemos su confianza y su compra {OID}. Quedamos a sus "
     "órdenes.\n\nAtentamente,\nTienda Jalisco"),
    ("type.thank-you-only", f"¡Qué tal!\n\n¡Gracias por tu pedido {OID}! Cualquier duda, a la orden.\n\nSaludos"),
    ("type.marketing", f"Hola:\n\nPedido {OID}: el cable va en la caja pequeña. ¡Y aprovecha nuestras ofertas de "
     "Hot Sale en toda la tienda!\n\nSaludos"),
    ("type.marketing", f"Bonjour,\n\nCommande {OID} : la housse se lave à 30 °C. Faites un tour dans notre boutique "
     "pour découvrir nos nouveautés !\n\nBelle journée"),
    ("type.marketing", f"Hallo,\n\nBestellung {OID}: Die Hülle ist spülmaschinenfest. Folg uns gern auf Instagram!\n\n"
     "LG"),
    ("type.marketing", f"Ciao,\n\nordine {OID}: la cover si lava a mano. Dai un'occhiata ai nostri nuovi colori!\n\n"
     "Ciao"),
    ("type.order-confirmation", f"Bonjour,\n\nVotre commande {OID} est partie aujourd'hui. Vous pouvez la suivre avec "
     "le numéro 6A98765432109.\n\nCordialement"),
    ("review.conditional", f"¡Hola!\n\nPedido {OID}: ¿Te gustaron tus aretes? ¡Déjanos una reseña en Amazon!\n\n"
     "Saludos"),
    ("review.conditional", f"Ciao!\n\nordine {OID}: ti sono piaciuti gli orecchini? Lasciaci una recensione su "
     "Amazon!\n\nCiao"),
    ("order-problem.no-adjustment", f"Hola:\n\nSe nos agotaron los aretes de tu pedido {OID}, una disculpa.\n\n"
     "Saludos"),
    ("order-problem.cancellation-request", f"Ciao,\n\ngli orecchini dell'ordine {OID} sono finiti. Puoi annullare "
     "tu l'ordine?\n\nCiao"),
]


@pytest.mark.parametrize(("rule_id", "body"), FIRES)
def test_latin_american_and_informal_violations_fire(rule_id: str, body: str) -> None:
    assert _fires(rule_id, body)


QUIET = [
    ("type.thank-you-only", f"Estimada clienta:\n\nQuedamos a sus órdenes. ¿Nos confirma el código postal para el "
     f"envío del pedido {OID}?\n\nAtentamente"),
    ("type.marketing", f"Hola:\n\nPedido {OID}: aprovecha para revisar que la caja traiga los dos cables.\n\nSaludos"),
    ("type.marketing", f"Bonjour,\n\nCommande {OID} : jetez un œil à la notice, page 4, pour le réglage.\n\n"
     "Cordialement"),
    ("type.order-confirmation", f"Bonjour,\n\nVotre commande {OID} est partie aujourd'hui, mais le code postal semble "
     "incomplet : pouvez-vous nous le confirmer ?\n\nCordialement"),
    ("review.conditional", f"¡Hola!\n\nPedido {OID}: ¿Te gustaron tus aretes? Déjanos tu reseña en Amazon, buena o "
     "mala, tanto si te gustaron como si no.\n\nSaludos"),
    ("order-problem.no-adjustment", f"Hola:\n\nSe nos agotaron los aretes de tu pedido {OID}, así que lo cancelamos "
     "y te hemos reembolsado el importe completo por falta de stock.\n\nSaludos"),
    ("order-problem.no-adjustment", f"Gentile cliente,\n\nil reso dell'ordine {OID} è terminato: riceverà il "
     "rimborso da Amazon.\n\nSaluti"),
]


@pytest.mark.parametrize(("rule_id", "body"), QUIET)
def test_latin_american_and_informal_near_misses_stay_quiet(rule_id: str, body: str) -> None:
    assert not _fires(rule_id, body)


@pytest.mark.parametrize("body", [
    f"Buenas tardes:\n\nLa licuadora de su pedido {OID} se nos agotó. El monto fue ajustado a $0.00 MXN por falta de "
    "existencias y se le reembolsó completo. No hace falta que usted cancele nada.\n\nAtentamente",
    f"Bonjour,\n\nLe moulin de votre commande {OID} est en rupture de stock ; nous avons annulé la commande et vous "
    "avons remboursé intégralement (rupture de stock). Il n'est pas nécessaire que vous annuliez quoi que ce soit."
    "\n\nCordialement",
])
def test_telling_the_buyer_they_need_not_cancel_asks_nothing(body: str) -> None:
    assert not _fires(CANCEL, body)
    assert not _fires(NO_ADJ, body)


# --- Japanese keigo, and swear words by word class -----------------------------------------------

JA_FIRES = [
    ("type.thank-you-only", f"山田様\n\nご注文番号 {OID}\nこのたびはお買い求めいただき、心より御礼申し上げます。"
     "またのご来店をお待ち申し上げております。\n\n雑貨店"),
    ("type.thank-you-only", f"お客様\n\nご注文番号 {OID}\n当店をご利用いただき、ありがとうございます。"
     "ご不明な点がございましたら、遠慮なくお申し付けください。\n\n雑貨店"),
    ("type.order-confirmation", f"お客様\n\nご注文番号 {OID}\nご注文内容を確認させていただきました。"
     "商品到着まで今しばらくお待ちください。\n\n雑貨店"),
    ("content.sensitive", f"お客様\n\nご注文番号 {OID}\nあの配送業者の野郎、また荷物を濡らしました。代わりの品をお送りしてよろしいですか。\n\n雑貨店"),
    ("content.sensitive", f"Hallo,\n\nBestellung {OID}: Der Kurier hat sich wieder beschissen angestellt. Sollen wir "
     "neu schicken?\n\nGruß"),
]


@pytest.mark.parametrize(("rule_id", "body"), JA_FIRES)
def test_keigo_and_swear_word_classes_fire(rule_id: str, body: str) -> None:
    assert _fires(rule_id, body)


JA_QUIET = [
    ("type.thank-you-only", f"山田様\n\nご注文番号 {OID}\nこのたびはお買い求めいただき、心より御礼申し上げます。"
     "なお、付属の電池は試供品のため、早めの交換をおすすめいたします。\n\n雑貨店"),
    ("return.unnecessary", f"お客様\n\nご注文番号 {OID}\n返品のご希望を承りました。商品をそのままお使いいただける場合は、"
     "代金の20%を返金させていただくこともできます。\n\n雑貨店"),
    ("content.sensitive", f"Gentile cliente,\n\nordine {OID}: la cazzuola da 28 cm è in arrivo; Le serve anche il "
     "frattazzo?\n\nSaluti"),
    ("content.sensitive", f"Gentile cliente,\n\nordine {OID}: un cazzotto durante il trasporto ha ammaccato la "
     "scatola. Vuole un sostituto?\n\nSaluti"),
]


@pytest.mark.parametrize(("rule_id", "body"), JA_QUIET)
def test_keigo_and_swear_word_near_misses_stay_quiet(rule_id: str, body: str) -> None:
    assert not _fires(rule_id, body)


# --- confirmations of receipt, and return wording with the verb at the end -------------------------

@pytest.mark.parametrize("body", [
    f"Hello,\n\nWe confirm receipt of your order {OID}; it leaves our warehouse within 24 hours.\n\nBest",
    f"Bonjour,\n\nNous vous confirmons la bonne réception de votre commande {OID}.\n\nCordialement",
    f"Hola:\n\nLe confirmamos la recepción de su pedido {OID}; saldrá mañana.\n\nSaludos",
    f"Gentile cliente,\n\nLe confermiamo la ricezione del Suo ordine {OID}.\n\nSaluti",
    f"Guten Tag,\n\nwir bestätigen Ihnen hiermit den Eingang Ihrer Bestellung {OID}.\n\nMfG",
])
def test_confirming_receipt_of_the_order_is_an_order_confirmation(body: str) -> None:
    assert _fires("type.order-confirmation", body)


@pytest.mark.parametrize("body", [
    f"Guten Tag,\n\nwir bestätigen den Eingang Ihrer Bestellung {OID}. Welche Gravur wünschen Sie?\n\nMfG",
    f"Hello,\n\nPlease find attached the receipt for order {OID}.\n\nBest",
])
def test_receipt_with_a_purpose_is_no_confirmation(body: str) -> None:
    assert not _fires("type.order-confirmation", body)


def test_return_wish_with_the_verb_last_and_a_challenge_is_unnecessary() -> None:
    body = (f"Hallo,\n\nwir sehen, dass du die Lampe aus Bestellung {OID} zurückgeben möchtest. Bist du dir sicher? "
            "Mit einer wärmeren Birne wirkt sie ganz anders!\n\nLG")
    assert _fires("return.unnecessary", body)


@pytest.mark.parametrize("body", [
    f"Hola:\n\nSobre tu devolución del pedido {OID}: si te quedas la lámpara, te reembolsamos el 20 %.\n\nSaludos",
    f"Hallo,\n\ndu möchtest die Lampe aus Bestellung {OID} zurückgeben: Ist der Schirm beschädigt oder nur der Fuß?"
    "\n\nLG",
])
def test_return_messages_with_a_permitted_reason_stay_quiet(body: str) -> None:
    assert not _fires("return.unnecessary", body)


@pytest.mark.parametrize("body", [
    f"Hello,\n\nThe kettle from order {OID} is out of stock and the new batch reaches us before Friday; we will ship "
    "it on Saturday.\n\nBest",
    f"Guten Tag,\n\nder Wasserkocher aus Bestellung {OID} ist ausverkauft und die neue Lieferung kommt bis Freitag; "
    "wir versenden ihn am Samstag.\n\nMfG",
    f"Bonjour,\n\nLa bouilloire de la commande {OID} est en rupture de stock et le réassort arrive avant vendredi ; "
    "nous l'expédierons samedi.\n\nCordialement",
    f"Hola:\n\nEl hervidor del pedido {OID} está agotado y la reposición llega antes del viernes; se lo enviaremos "
    "el sábado.\n\nSaludos",
    f"Gentile cliente,\n\nil bollitore dell'ordine {OID} è esaurito e il rifornimento arriva prima di venerdì: "
    "glielo spediremo sabato.\n\nSaluti",
    f"お客様\n\nご注文番号 {OID}\n電気ケトルは在庫切れとなり、入荷が金曜日までにございますので、土曜日に発送いたします。\n\nショップ",
])
def test_restock_in_a_second_clause_with_a_shipping_date_is_a_delay(body: str) -> None:
    assert not _fires(NO_ADJ, body)
    assert not _fires(CANCEL, body)
