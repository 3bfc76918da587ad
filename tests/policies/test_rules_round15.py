"""Classes a fifteenth independent corpus (helpdesk and mail-client artefacts) and probes in its spirit found.

- content.phone-number: a trade register names its court town between the label and the number ("RCS Lyon B
  812 345 678", "R.C.S. de Saint-Étienne", "immatriculée au RCS de Nantes sous le numéro ...", "RPM Liège
  0123.456.789", "BCE 0123.456.789"): register numbers, not phone numbers; a phone number after them still fires;
- link.opt-out: a statement of fact ("you will not receive marketing emails from us", "you won't receive any
  further emails once the return is closed") is no opt-out; the wishes a footer voices are: "if you no longer
  wish to hear from us", "prefer not to get emails like this?", German with the object first ("diese E-Mails
  nicht mehr erhalten möchten"), Japanese without の (「メール配信を希望されない」), and "these emails no longer
  interest you?" in six languages (the mail noun, not the product);
- content.phone-number: a helpdesk ticket / case / request number whose label carries a number word ("N.º de
  incidencia", "Anfrage-Nr.", "richiesta n.", "Request ID", 「受付番号」) is a reference; a bare "Réclamations" or
  "Anfragen:" before a number still introduces a phone line;
- type.marketing: a filler between "visit / find / follow us" and the network ("besuchen Sie uns auch auf
  Facebook", "ci trovi anche su Instagram", "encuéntranos también en", "retrouvez-nous aussi sur"), a visit to
  the shop itself ("besuchen Sie uns gerne in unserem Laden"), 「Facebookにも遊びに来てください」;
- type.thank-you-only: a helpdesk's machine lines ("##- Please type your reply above this line -##", "Your
  request (48213) has been updated", "To add additional comments, reply to this email") are filler, six languages;
- type.order-confirmation: a proactive summary of the order ("Here is a summary of your order", "Übersicht Ihrer
  Bestellung", "récapitulatif de votre commande", "resumen de su pedido", "riepilogo del suo ordine",
  「ご注文内容は以下のとおり」) confirms the order; with a question, a delay or a proof to check it does not;
- style.font-override: -webkit-text-fill-color is a text colour;
- language.mismatch: legal boilerplate (confidentiality disclaimers, data-protection notices) is set aside
  sentence by sentence: a German / French / Spanish / Italian / Japanese message under an English disclaimer is in
  the buyer's language, and an English message under a German disclaimer is not bilingual;
- image.tracking-pixel: a helpdesk's inline attachment served by an access key whose query names the image file
  ("/attachments/token/<key>/?name=logo.png") is an ordinary image; a bare key without a file name still fires.

Made-up wordings (not the corpus's sentences), with near-miss negatives that must stay clean.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from policies import Context, parse_message
from tests.policies.test_rules_messagetypes import OID, hits, make_ctx

PHONE = "content.phone-number"
OPT_OUT = "link.opt-out"


def _fires(rule_id: str, body: str) -> bool:
    return bool(hits(rule_id, make_ctx(body)))


def _signed(footer: str) -> str:
    return f"Bonjour,\n\nLe coussin de votre commande {OID} se lave à 30 °C.\n\nCordialement\nL'atelier\n{footer}\n"


# --- register numbers after a court town -------------------------------------------------------------

REGISTER_LINES = [
    "SARL au capital de 8 000 € – R.C.S. Toulouse B 901 234 567",
    "RCS de Clermont-Ferrand 901 234 567",
    "Société immatriculée au RCS de Brest sous le numéro 901 234 567",
    "Numéro RCS : Marseille 901 234 567",
    "RCS La Roche-sur-Yon 901 234 567",
    "RPM Namur 0456.789.123",
    "BCE 0456.789.123",
    "Numéro d'entreprise 0456 789 123",
]


@pytest.mark.parametrize("line", REGISTER_LINES)
def test_register_number_after_a_town_is_no_phone(line: str) -> None:
    assert not _fires(PHONE, _signed(line))


PHONE_LINES = [
    "RCS Toulouse 901 234 567 – Tél. 05 61 23 45 67",
    "Service client : 05 61 23 45 67",
    "RCS Brest Téléphone 02 98 12 34 56",
]


@pytest.mark.parametrize("line", PHONE_LINES)
def test_a_phone_number_beside_a_register_still_fires(line: str) -> None:
    assert _fires(PHONE, _signed(line))


# --- opt-out: a wish or an offer, not a statement -----------------------------------------------------

def _footer(line: str) -> str:
    return f"Hello,\n\nThe kettle from order {OID} holds 1.7 litres.\n\nRegards,\nMia\n\n{line}\n"


OPT_OUT_LINES = [
    "If you no longer want to hear from us, just say so.",
    "Would you rather not get messages like this? Drop us a line.",
    "Not interested in our updates any more? Tell us.",
    "Wenn Sie unsere Nachrichten nicht länger empfangen möchten, genügt eine kurze Antwort.",
    "Unsere Mails interessieren dich nicht mehr? Gib Bescheid.",
    "Kein Bedarf mehr an weiteren E-Mails? Schreiben Sie uns.",
    "Nos courriels ne vous intéressent plus ? Dites-le-nous.",
    "¿Ya no te interesan estos mensajes? Escríbenos.",
    "I nostri messaggi non vi interessano più? Fatecelo sapere.",
    "メッセージ配信をご希望されない場合はご連絡ください。",
    "メールに関心がなくなった方はお知らせください。",
]


@pytest.mark.parametrize("line", OPT_OUT_LINES)
def test_opt_out_wishes_fire(line: str) -> None:
    assert _fires(OPT_OUT, _footer(line))


STATEMENTS = [
    "You will not receive promotional emails from us, only notes about this order.",
    "You won't receive any more messages about this case once it is closed.",
    "Sie bekommen diese Nachrichten danach nicht mehr.",
    "Das Modell interessiert Sie nicht mehr? Sie können es innerhalb von 30 Tagen zurückgeben.",
    "Si la teinte ne vous intéresse plus, le retour est gratuit.",
    "Si ya no te interesa la talla, puedes devolverla.",
    "Se il modello non le interessa più, può restituirlo.",
    "この商品にご興味がない場合も返品を承ります。",
]


@pytest.mark.parametrize("line", STATEMENTS)
def test_statements_and_product_interest_stay_clean(line: str) -> None:
    assert not _fires(OPT_OUT, _footer(line))


# --- helpdesk reference numbers that look like phone numbers ---------------------------------------------

def _ref(lang: str, line: str) -> str:
    head = {
        "en": f"Hello,\n\nThe heater from order {OID} has a frost setting.\n\nRegards,\nTom\n",
        "de": f"Hallo,\n\nder Heizlüfter aus Bestellung {OID} hat eine Frostschutzstufe.\n\nGrüße\nTom\n",
        "fr": f"Bonjour,\n\nLe radiateur de la commande {OID} a un mode hors-gel.\n\nCordialement\nTom\n",
        "es": f"Hola:\n\nEl calefactor del pedido {OID} tiene modo antiheladas.\n\nSaludos\nTom\n",
        "it": f"Buongiorno,\n\nla stufetta dell'ordine {OID} ha la funzione antigelo.\n\nSaluti\nTom\n",
        "ja": f"お客様\n\nご注文番号 {OID} のヒーターには凍結防止モードがあります。\n\nトム\n",
    }[lang]
    return head + line + "\n"


REFERENCES = [
    ("en", "Claim number: 020 7946 0999"),
    ("en", "RMA no. 0161 555 0100"),
    ("de", "Ticketnummer: 040 5555 1234"),
    ("de", "Reklamations-Nr. 0711 555 123"),
    ("fr", "Numéro de demande : 04 55 55 12 34"),
    ("fr", "Réclamation n° 04 55 55 12 34"),
    ("es", "Número de incidencia: 955 555 123"),
    ("es", "Solicitud n.º 955 555 123"),
    ("it", "Numero segnalazione 06 5555 1234"),
    ("it", "Ticket nr. 06 5555 1234"),
    ("ja", "受付番号：06-5555-1234"),
    ("ja", "チケット番号 06-5555-1234"),
]


@pytest.mark.parametrize(("lang", "line"), REFERENCES)
def test_helpdesk_reference_with_a_number_word_is_no_phone(lang: str, line: str) -> None:
    assert not _fires(PHONE, _ref(lang, line))


SUPPORT_LINES = [
    ("en", "Enquiries: 020 7946 0999"),
    ("de", "Anfragen: 040 5555 1234"),
    ("fr", "Réclamations : 04 55 55 12 34"),
    ("es", "Consultas: 955 555 123"),
    ("it", "Segnalazioni: 06 5555 1234"),
    ("ja", "お客様窓口 06-5555-1234"),
]


@pytest.mark.parametrize(("lang", "line"), SUPPORT_LINES)
def test_a_bare_enquiries_label_still_introduces_a_phone(lang: str, line: str) -> None:
    assert _fires(PHONE, _ref(lang, line))


# --- social networks and the shop, with a filler word -------------------------------------------------------

MARKETING = "type.marketing"

SOCIAL = [
    ("de", "Besuch uns doch mal auf Instagram!"),
    ("de", "Besuchen Sie uns gerne auch in unserem Showroom in Leipzig."),
    ("fr", "Suivez-nous vite sur TikTok."),
    ("es", "Visítanos también en Facebook."),
    ("it", "Seguici anche su Pinterest."),
    ("ja", "インスタグラムにもぜひ遊びに来てくださいね。"),
]


@pytest.mark.parametrize(("lang", "line"), SOCIAL)
def test_social_and_shop_visits_with_a_filler_are_marketing(lang: str, line: str) -> None:
    assert _fires(MARKETING, _ref(lang, line))


NOT_SOCIAL = [
    ("de", "Die Bedienungsanleitung finden Sie auch auf der Produktseite bei Amazon."),
    ("de", "Besuchen Sie gerne auch die Hilfeseiten von Amazon zu Rücksendungen."),
    ("fr", "Vous retrouverez aussi la notice sur la page du produit."),
    ("es", "También encontrará el manual en la página del producto."),
    ("it", "Trova anche il manuale nella pagina del prodotto su Amazon."),
    ("ja", "取扱説明書は商品ページにも掲載しております。"),
]


@pytest.mark.parametrize(("lang", "line"), NOT_SOCIAL)
def test_where_to_find_the_manual_is_no_marketing(lang: str, line: str) -> None:
    assert not _fires(MARKETING, _ref(lang, line))


# --- helpdesk machine lines are filler; an order summary is a confirmation ---------------------------------

THANKS = "type.thank-you-only"
CONFIRM = "type.order-confirmation"

MARKED_THANKS = [
    f"##- Please write your response above this line -##\n\nHi,\n\nMany thanks for order {OID}! We're here if you "
    "need us.\n\nBest,\nNook",
    f"Your ticket #5521 was created.\nTo add further details, reply to this email.\n\nHi,\n\nThank you for order {OID}"
    "!\n\nBest,\nNook",
    f"##- Bitte schreiben Sie Ihre Antwort oberhalb dieser Zeile -##\n\nHallo,\n\nherzlichen Dank für die Bestellung "
    f"{OID}! Bei Fragen sind wir gern für Sie da.\n\nGrüße\nNook",
    f"##- Merci de saisir votre réponse au-dessus de cette ligne -##\n\nBonjour,\n\nMerci beaucoup pour votre "
    f"commande {OID} !\n\nCordialement,\nNook",
    f"##- Por favor, escribe tu respuesta encima de esta línea -##\n\nHola:\n\n¡Muchas gracias por tu pedido {OID}!"
    "\n\nSaludos,\nNook",
    f"##- Si prega di scrivere la risposta sopra questa riga -##\n\nBuongiorno,\n\ngrazie mille per l'ordine {OID}!"
    "\n\nCordiali saluti,\nNook",
    f"##- この行より上にご返信を入力してください -##\n\nお客様\n\nご注文番号 {OID} のご注文、誠にありがとうございます。\n\nヌック",
]


@pytest.mark.parametrize("body", MARKED_THANKS)
def test_helpdesk_lines_do_not_hide_a_thank_you_only_message(body: str) -> None:
    assert _fires(THANKS, body)


def test_helpdesk_lines_with_real_content_pass() -> None:
    body = (f"##- Please write your response above this line -##\n\nHi,\n\nThe shelf from order {OID} needs the "
            "longer screws from bag C for a plasterboard wall.\n\nBest,\nNook")
    assert not _fires(THANKS, body)


SUMMARIES = [
    f"Hi,\n\nThanks for your purchase! Here's a quick recap of your order:\n\nOrder {OID}\nShelf x 1\nTotal $45.00"
    "\n\nNook",
    f"Hallo,\n\ndanke für deinen Einkauf! Hier die Zusammenfassung deiner Bestellung:\n\nBestellung {OID}\nRegal x 1"
    "\nSumme 45,00 €\n\nNook",
    f"Salut,\n\nmerci pour ton achat ! Voici un récapitulatif de ta commande :\n\nCommande {OID}\nÉtagère x 1\n"
    "Total 45,00 €\n\nNook",
    f"Hola:\n\n¡Gracias por tu compra! Aquí tienes el resumen de tu pedido:\n\nPedido {OID}\nEstante x 1\nTotal "
    "45,00 €\n\nNook",
    f"Ciao,\n\ngrazie per l'acquisto! Ecco un riepilogo dell'ordine:\n\nOrdine {OID}\nMensola x 1\nTotale 45,00 €"
    "\n\nNook",
    f"お客様\n\nお買い上げありがとうございます。ご注文の内容は下記のとおりです。\n\nご注文番号：{OID}\n棚 1点\n合計 4,500円\n\nヌック",
]


@pytest.mark.parametrize("body", SUMMARIES)
def test_a_proactive_order_summary_is_a_confirmation(body: str) -> None:
    assert _fires(CONFIRM, body)


NOT_SUMMARIES = [
    f"Hi,\n\nHere's a summary of your order {OID} with the name we will print: 'Lou'. Please confirm it is right."
    "\n\nNook",
    f"Hallo,\n\nhier eine Übersicht deiner Bestellung {OID}: Das Regal kommt wegen Lieferverzug erst am 26. Juni."
    "\n\nNook",
    f"Hola:\n\nEl resumen de tu pedido {OID}: ¿prefieres la entrega el lunes o el martes?\n\nNook",
]


@pytest.mark.parametrize("body", NOT_SUMMARIES)
def test_a_summary_with_another_purpose_passes(body: str) -> None:
    assert not _fires(CONFIRM, body)


def test_a_summary_in_a_reply_passes() -> None:
    body = f"Hi,\n\nAs requested, here is a summary of your order {OID}: shelf x 1, $45.00.\n\nNook"
    assert not hits(CONFIRM, make_ctx(body, reply=True))


# --- WebKit text colour ---------------------------------------------------------------------------------------

def test_webkit_text_fill_colour_is_a_font_colour() -> None:
    html = f'<p>Hi,</p><p style="-webkit-text-fill-color:#222">The shelf from order {OID} holds 20 kg.</p>'
    assert hits("style.font-override", make_ctx(html, html=True))
    plain = f'<p>Hi,</p><p style="-webkit-text-fill-color:inherit">The shelf from order {OID} holds 20 kg.</p>'
    assert not hits("style.font-override", make_ctx(plain, html=True))


# --- legal boilerplate is not the message's language -------------------------------------------------------------

MISMATCH = "language.mismatch"
NOW = datetime(2026, 6, 15, 12, tzinfo=UTC)

EN_NOTICE = ("The information in this message is confidential and may be legally privileged. It is intended solely "
             "for the addressee. If you got this message by mistake, please tell the sender and erase it; any "
             "unauthorised copying or distribution is forbidden. Our privacy notice explains how we handle personal "
             "data under the GDPR.")
DE_NOTICE = ("Der Inhalt dieser Nachricht ist vertraulich. Sollten Sie nicht der richtige Empfänger sein, bitten wir "
             "um Benachrichtigung; jede unbefugte Weitergabe ist untersagt. Informationen zur Verarbeitung "
             "personenbezogener Daten finden Sie in unserer Datenschutzerklärung gemäß DSGVO.")


def _to(tld: str, body: str) -> Context:
    raw = (f"From: Shop <shop@example.com>\r\nTo: k2j4h5g6f7d8s9a@marketplace.amazon.{tld}\r\nSubject: {OID}\r\n"
           "Date: Mon, 15 Jun 2026 10:00:00 +0000\r\nMessage-ID: <lb@example.com>\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
           + body.replace("\n", "\r\n")).encode("utf-8")
    return Context(parse_message(raw), NOW)


LOCAL_UNDER_ENGLISH_NOTICE = [
    ("de", f"Hallo,\n\nfür Gipskarton brauchen Sie beim Regal ({OID}) Hohlraumdübel.\n\nGrüße\nNook"),
    ("fr", f"Bonjour,\n\nPour le placo, l'étagère ({OID}) demande des chevilles à expansion.\n\nNook"),
    ("es", f"Hola:\n\nPara pladur, la estantería ({OID}) necesita tacos basculantes.\n\nNook"),
    ("it", f"Buongiorno,\n\nper il cartongesso la mensola ({OID}) richiede tasselli a espansione.\n\nNook"),
    ("co.jp", f"お客様\n\n石膏ボードには専用アンカーをご使用ください（{OID}）。\n\nヌック"),
]


@pytest.mark.parametrize(("tld", "body"), LOCAL_UNDER_ENGLISH_NOTICE)
def test_an_english_disclaimer_does_not_change_the_language(tld: str, body: str) -> None:
    assert not hits(MISMATCH, _to(tld, body + "\n\n" + EN_NOTICE))


def test_a_german_disclaimer_does_not_make_an_english_message_bilingual() -> None:
    body = (f"Hello,\n\nThe shelf from order {OID} comes with plugs for concrete walls; plasterboard needs cavity "
            "plugs.\n\nRegards,\nNook")
    assert hits(MISMATCH, _to("de", body + "\n\n" + DE_NOTICE))


def test_an_english_message_with_an_english_notice_to_a_german_buyer_still_fires() -> None:
    body = (f"Hello,\n\nThe shelf from order {OID} comes with plugs for concrete walls; plasterboard needs cavity "
            "plugs.\n\nRegards,\nNook")
    assert hits(MISMATCH, _to("de", body + "\n\n" + EN_NOTICE))



# --- a helpdesk's inline attachment is no beacon ------------------------------------------------------------------

PIXEL = "image.tracking-pixel"
_PIX_BODY = f"<p>Hi,</p><p>The shelf from order {OID} holds 20 kg.</p><p>Nook</p>"


@pytest.mark.parametrize("src", [
    "https://nookhome.zendesk.com/attachments/token/Qw81LmZx0pRt5/?name=nook-logo.png",
    "https://help.nookhome.com/attachments/token/8fKq2Wm1Zc9X/?name=Shelf%20diagram.JPG",
])
def test_attachment_key_naming_an_image_file_is_an_image(src: str) -> None:
    html = _PIX_BODY + f'<img src="{src}" width="140" height="40" alt="Nook Home">'
    assert not hits(PIXEL, make_ctx(html, html=True))


@pytest.mark.parametrize("img", [
    '<img src="https://mail.nookhome.com/v/Qw81LmZx0pRt5" width="140" height="40" alt="Nook Home">',
    '<img src="https://mail.nookhome.com/o/Qw81LmZx0pRt5/?name=nook-logo.png" width="140" alt="Nook Home">',
    '<img src="https://nookhome.zendesk.com/attachments/token/Qw81LmZx0pRt5/?name=p.gif" width="1" height="1" alt="">',
])
def test_beacons_still_fire(img: str) -> None:
    assert hits(PIXEL, make_ctx(_PIX_BODY + img, html=True))
