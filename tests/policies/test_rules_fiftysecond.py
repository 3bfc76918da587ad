"""Round fifty-two (tests/corpus_fiftysecond): type.thank-you-only and its boundary.

Each fix is a wording class, tested with made-up sentences (not the corpus's) and same-vocabulary near-misses:
thanks plus one real piece of content must stay clean.
"""

from __future__ import annotations

import pytest

from tests.policies.plain_message import OID, fires

TY = "type.thank-you-only"


# --- a P.S. marker carries nothing; what follows it is judged ----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Hello,\n\nThank you for order {OID}.\n\nBest,\nAnn\n\nP.S. Questions? Just reply to this email.", "com"),
        (f"Olá,\n\nObrigada pelo pedido {OID}!\n\nAbraços,\nLoja Sol\n\nPS: Ficou com alguma dúvida?", "com.br"),
        (f"Hoi,\n\nBedankt voor je bestelling {OID}!\n\nGroet,\nTim\n\nP.S. Heb je vragen, stuur gerust een bericht.",
         "nl"),
    ],
)
def test_postscript_with_only_an_offer_of_help_fires(body: str, tld: str) -> None:
    assert fires(TY, body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Hello,\n\nThank you for order {OID}.\n\nBest,\nAnn\n\nP.S. The lid is packed separately under the "
         "cardboard insert.", "com"),
        (f"Olá,\n\nObrigada pelo pedido {OID}!\n\nAbraços,\nLoja Sol\n\nPS: a tampa vem embaixo do papelão.", "com.br"),
    ],
)
def test_postscript_with_content_stays_clean(body: str, tld: str) -> None:
    assert not fires(TY, body, tld)


# --- an emoji or emoticon ends a sentence like a full stop ------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Hi,\n\nCheers for order {OID} ;-) Hope it makes your mornings brighter.\n\nSam", "co.uk"),
        (f"Hallo,\n\nDanke für Ihre Bestellung {OID} \U0001f33b Wir hoffen, sie macht Ihnen Freude.\n\nLisa", "de"),
        (f"Ciao,\n\nGrazie per l'ordine {OID}! \U0001f60d Speriamo che ti piaccia.\n\nSara", "it"),
    ],
)
def test_thanks_and_wish_split_by_emoji_fire(body: str, tld: str) -> None:
    assert fires(TY, body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Hi,\n\nCheers for order {OID} :-) The charger takes 12 V only, never plug it into 24 V.\n\nSam", "co.uk"),
        (f"Hallo,\n\nDanke für Ihre Bestellung {OID} \U0001f33b Die Vase ist nicht wasserdicht, bitte einen "
         "Glaseinsatz verwenden.\n\nLisa", "de"),
    ],
)
def test_thanks_then_emoji_then_instruction_stays_clean(body: str, tld: str) -> None:
    assert not fires(TY, body, tld)


# --- generic care wishes are filler; a care instruction for the product is content ----------------------------


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Hi,\n\nThanks for order {OID}. Look after yourselves and stay well!\n\nMo", "com.au"),
        (f"Hallo,\n\ndanke für Ihre Bestellung {OID}. Passen Sie gut auf sich auf!\n\nJan", "de"),
        (f"Bonjour,\n\nMerci pour la commande {OID}. Prends bien soin de toi et de tes proches.\n\nLéa", "fr"),
        (f"Hola:\n\nGracias por tu pedido {OID}. Cuídate muchísimo y disfruta del verano.\n\nAna", "es"),
        (f"Ciao,\n\ngrazie per l'ordine {OID}. Abbi cura di te!\n\nLuca", "it"),
        (f"Oi,\n\nobrigado pelo pedido {OID}! Te desejamos muitas alegrias e saúde.\n\nBia", "com.br"),
        (f"Hoi,\n\nbedankt voor je bestelling {OID}. Een mooie vakantie gewenst en let goed op jezelf!\n\nEva", "nl"),
    ],
)
def test_thanks_with_generic_care_wishes_fires(body: str, tld: str) -> None:
    assert fires(TY, body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Hi,\n\nThanks for order {OID}. Take care of the blade: dry it right after washing or it will "
         "rust.\n\nMo", "com.au"),
        (f"Hallo,\n\ndanke für Ihre Bestellung {OID}. Passen Sie auf, dass der Akku nicht unter 0 Grad gelagert "
         "wird.\n\nJan", "de"),
        (f"Bonjour,\n\nMerci pour la commande {OID}. Prenez soin de rincer la gourde avant la première "
         "utilisation.\n\nLéa", "fr"),
        (f"Oi,\n\nobrigado pelo pedido {OID}! Desejamos saber qual cor prefere para a gravação.\n\nBia", "com.br"),
    ],
)
def test_care_instruction_or_question_stays_clean(body: str, tld: str) -> None:
    assert not fires(TY, body, tld)


# --- openers that only announce the thanks ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Hey,\n\nJust sending you a quick note about your order {OID}, and to say thanks for it.\n\nKai", "ca"),
        (f"Hallo,\n\nich wollte mich nur kurz melden und Danke sagen.\n\nBestellung {OID}\nUte", "de"),
        (f"Bonjour,\n\nJuste un court message pour vous remercier de la commande {OID}.\n\nZoé", "fr"),
        (f"Hola:\n\nQueríamos dejarte unas líneas para darte las gracias por el pedido {OID}.\n\nPia", "es"),
        (f"Olá,\n\nSó queria te dar um grande obrigado pelo pedido {OID}.\n\nRui", "com.br"),
        (f"Hoi,\n\nIk wilde even zeggen hoe dankbaar ik ben met je bestelling {OID}.\n\nBas", "nl"),
    ],
)
def test_opener_that_only_announces_thanks_fires(body: str, tld: str) -> None:
    assert fires(TY, body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Hey,\n\nI wanted to write to you about your order {OID}. The engraving plate is cracked, so we are "
         "making a new one; it will be two days later.\n\nKai", "ca"),
        (f"Hallo,\n\nich wollte mich kurz melden und Danke sagen. Welche Farbe soll der Schriftzug haben?\n\n"
         f"Bestellung {OID}\nUte", "de"),
    ],
)
def test_opener_before_real_content_stays_clean(body: str, tld: str) -> None:
    assert not fires(TY, body, tld)


# --- what the order means to a small shop, how it was made, the shop's story --------------------------------


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Hi,\n\nThank you for order {OID}. It honestly means a lot to a small studio like ours. Our bakery "
         "opened its doors in 1998 with one oven. These days there are five of us.\n\nRay", "com"),
        (f"Hola:\n\nGracias por el pedido {OID}. Para un pequeño taller como el nuestro, cada venta es una "
         "alegría.\n\nEva", "es"),
        (f"Ciao,\n\ngrazie per l'ordine {OID}. Per una piccola bottega come la nostra ogni ordine è una gioia."
         "\n\nMia", "it"),
        (f"Oi,\n\nObrigado pelo pedido {OID}. Cada encomenda ajuda a nossa pequena oficina a seguir em frente."
         "\n\nLu", "com.br"),
        (f"Bonjour,\n\nMerci pour la commande {OID}. Tous nos savons ont été moulés à la main, et savoir qu'ils "
         "vont chez vous nous réjouit.\n\nIne", "fr"),
    ],
)
def test_what_the_order_means_to_the_shop_fires(body: str, tld: str) -> None:
    assert fires(TY, body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Hi,\n\nThank you for order {OID}. Our bakery opened in 1998 and your loaf was baked with rye flour, "
         "so please note it contains gluten.\n\nRay", "com"),
        (f"Bonjour,\n\nMerci pour la commande {OID}. Les savons ont été moulés à la main : laissez-les sécher "
         "deux semaines avant usage.\n\nIne", "fr"),
    ],
)
def test_shop_story_next_to_information_stays_clean(body: str, tld: str) -> None:
    assert not fires(TY, body, tld)


# --- a helpdesk's opening hours and its offer to assist -----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Dear Customer,\n\nThank you for your purchase. Our support desk is available Monday to Saturday, 8am "
         f"to 6pm, and would be happy to help with order {OID}.\n\nKind regards,\nSupport", "co.uk"),
        (f"Madame, Monsieur,\n\nMerci de votre achat. Notre service reste disponible pour vous renseigner du lundi "
         f"au samedi, de 10 h à 19 h, pour toute question sur la commande {OID}.\n\nLe service client", "fr"),
        (f"Estimado cliente:\n\nGracias por su compra {OID}. El servicio de soporte está a su disposición de lunes "
         "a viernes, de 9 a 14 h, para cualquier duda.\n\nSoporte", "es"),
        (f"Gentile cliente,\n\ngrazie per l'acquisto {OID}. Per qualsiasi domanda il nostro team è disponibile "
         "tutti i giorni.\n\nAssistenza", "it"),
        (f"Prezado cliente,\n\nObrigado pela compra {OID}. A equipe de suporte fica à disposição de segunda a "
         "sábado, das 8h às 20h, para qualquer dúvida.\n\nSuporte", "com.br"),
        (f"Beste klant,\n\nBedankt voor uw aankoop {OID}. Onze helpdesk is dagelijks van 8.30 tot 20.00 uur "
         "bereikbaar.\n\nHelpdesk", "nl"),
    ],
)
def test_helpdesk_hours_and_offer_fire(body: str, tld: str) -> None:
    assert fires(TY, body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Dear Customer,\n\nThank you for your purchase {OID}. Our delivery team is available Monday to Friday, "
         "8am to 6pm. Which day should they bring the wardrobe?\n\nSupport", "co.uk"),
        (f"Beste klant,\n\nBedankt voor uw aankoop {OID}. Onze helpdesk is dagelijks bereikbaar. De batterij "
         "mag niet in de vaatwasser.\n\nHelpdesk", "nl"),
    ],
)
def test_helpdesk_hours_next_to_a_question_stays_clean(body: str, tld: str) -> None:
    assert not fires(TY, body, tld)


# --- casual offers of help --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        f"Hi,\n\nThanks for order {OID}. If something's off, give us a yell and we'll make it right.\n\nJo",
        f"Hi,\n\nThanks for order {OID}! Always around if you need a hand.\n\nJo",
    ],
)
def test_casual_offer_of_help_fires(body: str) -> None:
    assert fires(TY, body, "com.au")


def test_casual_offer_after_a_real_notice_stays_clean() -> None:
    body = (f"Hi,\n\nThanks for order {OID}. The second cushion cover ships next week from our other store. "
            "If something's off, give us a yell and we'll make it right.\n\nJo")
    assert not fires(TY, body, "com.au")
