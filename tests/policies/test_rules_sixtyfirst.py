"""Round 61: `type.thank-you-only`, second round. Made-up wordings, not the corpus's (tests/corpus_sixtyfirst).

Each class that the blind corpus missed gets a message that must fire, and a message with the same vocabulary and one
real piece of content that must stay silent.
"""

from __future__ import annotations

import pytest

from policies import Context, parse_message
from policies.rule import registered
from tests.policies.plain_message import NOW, OID, fires

TY = "type.thank-you-only"


def _fires_with_subject(subject: str, body: str, tld: str) -> bool:
    raw = "\r\n".join([
        "From: Shop <shop@example.com>", f"To: q8w2e4r6t1@marketplace.amazon.{tld}", f"Subject: {subject}",
        "Date: Mon, 15 Jun 2026 10:00:00 +0000", "Message-ID: <subj61@example.com>", "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", body.replace("\n", "\r\n"),
    ]).encode("utf-8")
    return bool(list(registered()[TY].check(Context(parse_message(raw), NOW))))


# --- the thanks in the subject, over a body of a greeting, a wish and a signature --------------------------------

@pytest.mark.parametrize(("subject", "body", "tld"), [
    (f"Many thanks for shopping with us - {OID}", "Hello Sam,\n\nEnjoy the rest of your weekend!\n\nOlga\nPine Hollow", "com"),
    (f"¡Muchas gracias por su compra! {OID}", "Hola:\n\nReciba un afectuoso saludo.\n\nPablo\nTienda Albero", "es"),
])
def test_thanks_in_subject_over_empty_body_fires(subject: str, body: str, tld: str) -> None:
    assert _fires_with_subject(subject, body, tld)


@pytest.mark.parametrize(("subject", "body", "tld"), [
    (f"Many thanks for shopping with us - {OID}",
     "Hello Sam,\n\nWhich initials should go on the strap? The order came through without them.\n\nOlga", "com"),
    (f"Thank you - {OID}",
     "Thank you.\n\nThe strap must be tightened again after the first week, or the buckle slips.\n", "co.uk"),
])
def test_thanks_in_subject_with_content_stays_silent(subject: str, body: str, tld: str) -> None:
    assert not _fires_with_subject(subject, body, tld)


# --- small talk about the weather or the season around the thanks -----------------------------------------------

@pytest.mark.parametrize(("body", "tld"), [
    ("Hi,\n\nIt has snowed all week up here in the hills and the road into the village is barely open.\n\n"
     "Thanks so much for your order.\n\nBest,\nAnna", "ca"),
    ("Hallo,\n\nhier im Allgäu hat es die ganze Woche geregnet, die Kühe stehen lieber im Stall.\n\n"
     "Herzlichen Dank für Ihren Einkauf!\n\nViele Grüße\nAnton", "de"),
    ("Buongiorno,\n\nqui in Puglia il caldo si fa già sentire e il mare è bellissimo.\n\n"
     "Grazie di cuore per l'acquisto.\n\nCordiali saluti\nRosa", "it"),
    ("Hola:\n\nYa se nota a verano en Valencia.\n\nMuchas gracias por su pedido.\n\nUn saludo,\nPepa", "es"),
])
def test_weather_small_talk_with_thanks_fires(body: str, tld: str) -> None:
    assert fires(TY, body, tld)


@pytest.mark.parametrize(("body", "tld"), [
    ("Hi,\n\nThanks so much for your order. Because of the snow the courier could not collect on Monday, so your "
     "parcel goes out on Wednesday instead.\n\nBest,\nAnna", "ca"),
    ("Hallo,\n\nherzlichen Dank für Ihren Einkauf! Wegen der Hitze verschicken wir die Kerzen erst am Montag, "
     "damit sie im Paket nicht schmelzen.\n\nViele Grüße\nAnton", "de"),
])
def test_weather_with_delivery_news_stays_silent(body: str, tld: str) -> None:
    assert not fires(TY, body, tld)


# --- welcome to the family, and the family's or the shop's story -------------------------------------------------

@pytest.mark.parametrize(("body", "tld"), [
    ("Hi,\n\nA warm welcome to the Saltmarsh family!\n\nMy grandmother opened our first stall on the quay in 1971, "
     "selling soap she boiled in her scullery.\n\nThanks for being with us.\n\nTess", "co.uk"),
    ("Hallo,\n\nherzlich willkommen in der Wollwerk-Familie!\n\nAlles begann mit meiner Oma und ihrem Spinnrad.\n\n"
     "Vielen Dank für Ihre Bestellung!\n\nJule", "de"),
    ("Bonjour,\n\nBienvenue dans la famille Savonnerie du Quai !\n\nTout a commencé dans le garage de mon "
     "grand-père, en 1979.\n\nMerci pour votre commande.\n\nLéa", "fr"),
    ("Ciao,\n\nbenvenuta nella famiglia Sapori di Langa!\n\nMia nonna impastava i grissini ogni mattina alle "
     "cinque.\n\nGrazie per il tuo ordine.\n\nElena", "it"),
    ("Hola:\n\n¡Bienvenida a la familia Olivar!\n\nTodo empezó en la almazara de mi abuelo, en Jaén.\n\n"
     "Gracias por su compra.\n\nCarmen", "es"),
])
def test_welcome_and_family_story_fires(body: str, tld: str) -> None:
    assert fires(TY, body, tld)


@pytest.mark.parametrize(("body", "tld"), [
    ("Hi,\n\nA warm welcome to the Saltmarsh family! My grandmother's recipe uses lye, so please keep the bars "
     "away from your eyes and rinse well.\n\nTess", "co.uk"),
    ("Hallo,\n\nherzlich willkommen in der Wollwerk-Familie! Meine Oma hat die Wolle gefärbt: Bitte waschen Sie "
     "den Schal beim ersten Mal separat, er färbt ab.\n\nJule", "de"),
])
def test_family_story_with_an_instruction_stays_silent(body: str, tld: str) -> None:
    assert not fires(TY, body, tld)


# --- a generic care wish dressed as a tip --------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "tld"), [
    ("Hello,\n\nThank you for your purchase.\n\nA quick tip from the team: look after it and it will last you for "
     "years.\n\nKind regards,\nMo", "com"),
    ("Buongiorno,\n\ngrazie per il suo acquisto.\n\nUn consiglio da parte nostra: curala con amore e ti durerà "
     "molti anni.\n\nSaluti,\nLuca", "it"),
    ("Bonjour,\n\nMerci pour votre achat.\n\nUn petit conseil : prenez-en bien soin et elle vous accompagnera "
     "longtemps.\n\nCordialement,\nInès", "fr"),
    ("Hola:\n\nGracias por su compra.\n\nUn pequeño consejo: cuídela con mimo y le durará muchos años.\n\n"
     "Saludos,\nÁlvaro", "es"),
])
def test_generic_care_tip_fires(body: str, tld: str) -> None:
    assert fires(TY, body, tld)


@pytest.mark.parametrize(("body", "tld"), [
    ("Hello,\n\nThank you for your purchase.\n\nA quick tip from the team: oil the board once a month and never "
     "put it in the dishwasher.\n\nKind regards,\nMo", "com"),
    ("Buongiorno,\n\ngrazie per il suo acquisto.\n\nUn consiglio: la prima volta lavi la federa a 30 gradi e "
     "la asciughi all'ombra.\n\nSaluti,\nLuca", "it"),
])
def test_specific_care_tip_stays_silent(body: str, tld: str) -> None:
    assert not fires(TY, body, tld)


# --- check-ins and greetings with nothing to ask (de, ja), French and Spanish formulas ------------------------------

@pytest.mark.parametrize(("body", "tld"), [
    ("Guten Tag,\n\nich wollte mich nur kurz erkundigen, ob mit Ihrer Lieferung alles geklappt hat.\n\n"
     "Danke nochmals für Ihren Einkauf.\n\nGrüße\nPia", "de"),
    ("お客様\n\n雑貨のこもれびでございます。\n\nご購入の湯呑み、その後使い心地はいかがでしょうか。\n"
     "何かありましたら、お気軽にご相談ください。\n\nこもれび", "co.jp"),
    ("お客様\n\n青葉が目にまぶしい季節となりました。\n\nこのたびはありがとうございました。\n\n竹林堂", "co.jp"),
    ("Bonjour,\n\nNous vous sommes infiniment reconnaissants de votre confiance et demeurons à votre écoute.\n\n"
     "Toute l'équipe vous souhaite un bel été.\n\nÀ très vite,\nNoé", "fr"),
    ("Hola:\n\nNo queríamos dejar pasar la ocasión de darle las gracias: que disfrute mucho de su compra.\n\n"
     "Saludos,\nEva", "es"),
])
def test_check_ins_and_formulas_fire(body: str, tld: str) -> None:
    assert fires(TY, body, tld)


@pytest.mark.parametrize(("body", "tld"), [
    ("Guten Tag,\n\nich wollte kurz nachfragen, ob Sie die Lampe in Weiß oder in Schwarz möchten; im Auftrag "
     "fehlt die Farbe.\n\nDanke nochmals!\nPia", "de"),
    ("お客様\n\nご注文の湯呑みは在庫切れでございます。ご注文金額は全額返金いたしました。\n\nこもれび", "co.jp"),
    ("Bonjour,\n\nNous vous sommes reconnaissants de votre confiance. Pourriez-vous nous indiquer le prénom à "
     "broder sur la serviette ?\n\nNoé", "fr"),
])
def test_same_words_with_a_purpose_stay_silent(body: str, tld: str) -> None:
    assert not fires(TY, body, tld)


# --- language.mismatch: a message of thanks in two languages is bilingual, not "German in the greeting only" -------

def test_bilingual_thanks_only_is_no_language_mismatch() -> None:
    body = ("Liebe Kundin, lieber Kunde,\n\nherzlichen Dank für Ihren Einkauf. Wir wünschen Ihnen viel Freude mit "
            "der Decke!\n\nDear customer,\n\nthank you so much for shopping with us. We wish you lots of joy "
            "with your new blanket!\n\nWollstube")
    assert not fires("language.mismatch", body, "de")


@pytest.mark.parametrize(("body", "tld"), [
    ("Sehr geehrte Damen und Herren,\n\nthank you so much for shopping with us. We wish you lots of joy with your "
     "new blanket!\n\nMit freundlichen Grüßen\nWollstube", "de"),
    ("お世話になっております。\n\nThank you so much for shopping with us. We hope you enjoy the new blanket!\n\n"
     "よろしくお願いいたします。\nウールの店", "co.jp"),
])
def test_buyer_language_only_as_greeting_still_mismatches(body: str, tld: str) -> None:
    assert fires("language.mismatch", body, tld)
