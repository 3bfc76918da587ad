"""Classes a thirteenth independent corpus (the mechanical rules of sections B, D and E) and its probes found.

- link.external: an email address spelt out with the everyday word "at" and bare dot words ("care at shop
  dot com") is content.email-address's, not a web address; with a path it is a web address again;
- language.mismatch: a stored buyer language in locale form ("de_DE", "fr-BE", "pt-BR") names its language
  by the primary subtag;
- style.link-text: generic "more information / details / read on" link texts in the six languages;
- link.external / image.logo-link: Amazon's amzn.asia and amzn.in short links are Amazon's;
- image.logo-link: an image whose alt or title text shows the address of a site other than Amazon;
- content.email-address: an @ spaced out ("care @ shop . com"); a high-density image file name
  ("logo@2x.png") is no address;
- style.emoji: kaomoji made of Japanese marks ((￣▽￣), （＾ω＾）, (・∀・)), ":-/", "\\o/", "B-)", ♡ and the
  emoji arrows and circled ideographs (⬅ ㊗) in text presentation.

Made-up wordings (not the corpus's sentences), with near-miss negatives that must stay clean.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from policies import Context, Order, parse_message
from policies.rules.emoji import find_emoji
from policies.rules.links import link_text_problem
from tests.policies.test_rules_messagetypes import OID, hits, make_ctx

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
BUYER = "buyer123@marketplace.amazon.com"


def _fires(rule_id: str, body: str, *, html: bool = False) -> bool:
    return bool(hits(rule_id, make_ctx(body, html=html)))


def _with_order(body: str, *, language: str, marketplace: str = "amazon.com") -> Context:
    """A proactive plain-text message whose order is in the store with the given buyer language."""
    raw = "\r\n".join([
        "From: Shop <shop@example.com>",
        f"To: {BUYER}",
        f"Subject: Order {OID}",
        "Date: Mon, 15 Jun 2026 10:00:00 +0000",
        "Message-ID: <t13@example.com>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        body,
    ]).encode("utf-8")
    order = Order(OID, buyer_email=BUYER, marketplace=marketplace, buyer_language=language,
                  purchased_at=datetime(2026, 6, 2, tzinfo=UTC), delivered_at=datetime(2026, 6, 6, tzinfo=UTC))
    return Context(parse_message(raw), NOW, orders={OID: order})


def _note(line: str) -> str:
    return f"Hello,\n\nThe replacement lid for your kettle (order {OID}) leaves today.\n\n{line}\n\nKind regards,\nShop"


# --- an email address spelt out is not a web address -------------------------------------------------

@pytest.mark.parametrize("line", [
    "If you prefer, send the photo to returns at kettleworks dot com and we will check it.",
    "Photos please to help at brew-house dot co dot uk.",
])
def test_spelt_out_address_is_an_email_not_a_link(line: str) -> None:
    assert _fires("content.email-address", _note(line))
    assert not _fires("link.external", _note(line))


@pytest.mark.parametrize("line", [
    "The descaling video is at kettleworks dot com slash descaling.",  # a path: a web address
    "Our care guide: kettleworks dot com",
    "Visit kettleworks [dot] com for the guide.",
])
def test_spelt_out_web_address_still_external(line: str) -> None:
    assert _fires("link.external", _note(line))


# --- the buyer's language as a locale ----------------------------------------------------------------

DE = (f"Guten Tag,\n\nfür Ihre Bestellung {OID} brauchen wir noch eine Angabe: Möchten Sie den Ersatzdeckel "
      "in Schwarz oder in Weiß?\n\nViele Grüße\nIhr Shop")
FR = (f"Bonjour,\n\npour votre commande {OID}, nous avons besoin d'une précision : souhaitez-vous le couvercle "
      "de rechange en noir ou en blanc ?\n\nCordialement,\nLa boutique")
PT = (f"Olá,\n\npara o seu pedido {OID} precisamos de uma informação: prefere a tampa de reposição em preto "
      "ou em branco?\n\nAtenciosamente,\nA loja")
EN = (f"Hello,\n\nfor your order {OID} we need one detail: would you like the replacement lid in black or in "
      "white?\n\nKind regards,\nThe shop")


@pytest.mark.parametrize(("body", "language", "marketplace"), [
    (DE, "de_DE", "amazon.de"), (DE, "de-AT", "amazon.at"), (FR, "fr-BE", "amazon.com.be"), (FR, "FR_fr", "amazon.fr"),
    (PT, "pt-BR", "amazon.com.br"), (EN, "en_GB", "amazon.co.uk"),
])
def test_locale_language_matches_its_language(body: str, language: str, marketplace: str) -> None:
    assert not hits("language.mismatch", _with_order(body, language=language, marketplace=marketplace))


@pytest.mark.parametrize(("body", "language"), [(EN, "de_DE"), (DE, "fr-CA"), (FR, "en-US")])
def test_locale_language_other_language_fires(body: str, language: str) -> None:
    assert hits("language.mismatch", _with_order(body, language=language))


# --- generic "more information" link texts ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "More details", "Further information", "Info", "View details", "Read on", "Learn more here",
    "Weitere Informationen", "Weitere Infos", "Mehr Details", "Hier entlang", "Jetzt ansehen",
    "Plus d'informations", "Plus de détails", "Pour en savoir plus", "Voir les détails",
    "Más detalles", "Ver detalles", "Para más información", "Pinche aquí",
    "Maggiori informazioni", "Ulteriori dettagli", "Per saperne di più", "Vedi dettagli",
    "詳細はこちら", "詳しく見る", "続きを読む", "こちらから",
])
def test_generic_link_text(text: str) -> None:
    assert link_text_problem(text) == "generic"


@pytest.mark.parametrize("text", [
    "More information about the warranty of your kettle", "Weitere Informationen zur Rücksendung",
    "Plus d'informations sur le retour", "Más información sobre la garantía", "Maggiori informazioni sul reso",
    "返品の詳細はこちら", "Details of your order on Amazon", "Information sheet for the descaler (PDF on Amazon)",
])
def test_explanatory_link_text_passes(text: str) -> None:
    assert link_text_problem(text) is None


# --- Amazon's short links ---------------------------------------------------------------------------------

@pytest.mark.parametrize("url", ["https://amzn.asia/d/7hQk2Zx", "https://amzn.in/d/3Fp9qLm", "https://amzn.eu/d/x2"])
def test_amazon_short_links_are_amazon(url: str) -> None:
    assert not _fires("link.external", _note(f"The manual is on the product page: {url}"))


@pytest.mark.parametrize("url", ["https://amzn.asia.kettle-deals.com/x", "https://amzn-in.com/d/3Fp9qLm"])
def test_lookalike_short_links_are_external(url: str) -> None:
    assert _fires("link.external", _note(f"The manual is on the product page: {url}"))


# --- an image that displays a web address -----------------------------------------------------------------

def _html_with_image(attrs: str) -> str:
    return (f"<p>Hello,</p><p>The replacement lid for your kettle (order {OID}) leaves today.</p>"
            f'<p>Kind regards,<br>Shop</p><p><img src="https://cdn.kettleworks.example/logo.png" {attrs} width="150"></p>')


@pytest.mark.parametrize("attrs", [
    'alt="Kettleworks - www.kettleworks.com"', 'alt="kettleworks.com/care"', 'alt="Kettleworks" title="https://kettleworks.com"',
    'alt="Besuchen Sie www.kesselwerk.de"',
])
def test_image_text_showing_a_web_address_is_logo_link(attrs: str) -> None:
    assert _fires("image.logo-link", _html_with_image(attrs), html=True)


@pytest.mark.parametrize("attrs", [
    'alt="Kettleworks"', 'alt="Kettleworks.com Ltd"', 'alt="Logo v2.1"', 'alt="Our store on www.amazon.de"',
    'alt="Kettleworks Ltd. Since 2019"',
])
def test_image_text_without_web_address_is_clean(attrs: str) -> None:
    assert not _fires("image.logo-link", _html_with_image(attrs), html=True)


# --- email addresses: spaced @, file names -------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Send the photo to returns @ kettleworks . com please.", "Mail: service @kesselwerk.de", "info@ kettleworks.co.uk",
])
def test_spaced_at_is_an_email_address(line: str) -> None:
    assert _fires("content.email-address", _note(line))


@pytest.mark.parametrize("line", [
    "Three lids @ 2.50 USD each were ordered.", "Follow @KettleworksOfficial? No: just reply here.",
    "The picture file lid@2x.png shows the seal.", "Scan the sticker sticker@3x.jpg from the box.",
])
def test_not_an_email_address(line: str) -> None:
    assert not _fires("content.email-address", _note(line))


def test_density_file_name_in_alt_is_no_address_but_real_one_is() -> None:
    assert not _fires("content.email-address", _html_with_image('alt="logo@2x.png"'), html=True)
    assert _fires("content.email-address", _html_with_image('alt="care@kettleworks.com"'), html=True)


# --- emoji and emoticons ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "お届けまで少々お待ちください(￣▽￣)", "ありがとうございます（＾ω＾）", "交換品を発送しました(・∀・)",
    "よろしくお願いします(≧▽≦)", "(*´▽`*) またのご利用を", "申し訳ございません(´；ω；`)",
    "Hmm, the lid is late :-/ sorry.", "It arrived \\o/ enjoy.", "Cool lid B-) enjoy.",
    "Merci ♡", "⬅ zurück zur Übersicht", "㊗ 開店10周年",
])
def test_emoji_found(text: str) -> None:
    assert find_emoji(text)


@pytest.mark.parametrize("text", [
    "送料（税込）は無料です", "（・・・）以下省略", "温度(0°)以下", "（平日 10:00〜18:00）", "（＊は必須）",
    "See https://www.amazon.com/dp/B0", "Open C:/Drivers on the stick", "Variante A-B-) siehe Tabelle",
    "Wichtig‼ Bitte lesen", "▶ Schritt 1", "→ weiter", "Größe 8-10",
])
def test_no_emoji(text: str) -> None:
    assert not find_emoji(text)


# --- short bilingual HTML: one paragraph to the detector ----------------------------------------------------

def _html_order(blocks: list[str], *, language: str, marketplace: str) -> Context:
    body = "".join(f"<p>{b}</p>" for b in blocks)
    raw = (f"From: shop@seller.example\r\nTo: {BUYER}\r\nSubject: Order {OID}\r\nMIME-Version: 1.0\r\n"
           f"Content-Type: text/html; charset=utf-8\r\n\r\n<html><body>{body}</body></html>\r\n").encode()
    order = Order(OID, buyer_email=BUYER, marketplace=marketplace, buyer_language=language,
                  purchased_at=datetime(2026, 6, 2, tzinfo=UTC), delivered_at=datetime(2026, 6, 6, tzinfo=UTC))
    return Context(parse_message(raw), NOW, orders={OID: order})


EN_B = ["Hello,", f"The replacement lid for your kettle (order {OID}) leaves today and should arrive on Thursday; "
        "please check whether the old lid's hinge is broken.", "Kind regards,<br>Kettleworks"]
DE_B = ["Guten Tag,", f"der Ersatzdeckel für Ihren Wasserkocher (Bestellung {OID}) geht heute raus und sollte am "
        "Donnerstag ankommen; bitte prüfen Sie, ob das Scharnier des alten Deckels gebrochen ist.",
        "Viele Grüße<br>Kettleworks"]
FR_B = ["Bonjour,", f"le couvercle de rechange de votre bouilloire (commande {OID}) part aujourd'hui et devrait "
        "arriver jeudi ; merci de vérifier si la charnière de l'ancien couvercle est cassée.",
        "Cordialement,<br>Kettleworks"]
JA_B = ["お客様", f"ご注文番号 {OID} の交換用のふたを本日発送いたしました。古いふたのヒンジが壊れていないかご確認ください。",
        "ケトル工房"]


@pytest.mark.parametrize(("blocks", "language", "marketplace"), [
    (EN_B + DE_B, "en", "amazon.com"), (DE_B + EN_B, "en", "amazon.co.uk"), (EN_B + DE_B, "de", "amazon.de"),
    (FR_B + EN_B, "en", "amazon.ca"), (EN_B + JA_B, "ja", "amazon.co.jp"), (JA_B + EN_B, "en", "amazon.com"),
])
def test_short_bilingual_html_passes(blocks: list[str], language: str, marketplace: str) -> None:
    assert not hits("language.mismatch", _html_order(blocks, language=language, marketplace=marketplace))


@pytest.mark.parametrize(("blocks", "language", "marketplace"), [
    (EN_B, "de", "amazon.de"), (DE_B, "en", "amazon.com"), (FR_B, "de", "amazon.de"),
    (EN_B[:2] + ["よろしくお願いいたします。<br>ケトル工房"], "ja", "amazon.co.jp"),
    (["お客様各位", *EN_B[1:2], "よろしくお願いいたします。<br>ケトル工房"], "ja", "amazon.co.jp"),
])
def test_short_html_in_another_language_fires(blocks: list[str], language: str, marketplace: str) -> None:
    assert hits("language.mismatch", _html_order(blocks, language=language, marketplace=marketplace))


def test_japanese_with_english_product_names_passes() -> None:
    blocks = ["お客様", f"ご注文番号 {OID}", "Kettleworks Vario Pro 1.7L Glass Kettle<br>Kettleworks Limescale Filter Set 3-Pack",
              "上記2点の取扱説明書を添付いたします。ご確認ください。"]
    assert not hits("language.mismatch", _html_order(blocks, language="ja", marketplace="amazon.co.jp"))


# --- opt-out wording: the verb of wishing (de), two words before the messages (it) ---------------------------

@pytest.mark.parametrize("line", [
    "Wenn Sie keine weiteren Nachrichten von uns wünschen, antworten Sie einfach mit NEIN.",
    "Falls Sie keine E-Mails mehr möchten, sagen Sie es uns kurz.",
    "Per non ricevere più le nostre e-mail, ce lo comunichi.",
    "Per non ricevere più questi nostri messaggi, ci risponda.",
])
def test_opt_out_offers_fire(line: str) -> None:
    assert _fires("link.opt-out", _note(line))


@pytest.mark.parametrize("line", [
    "Wenn Sie keine weitere Lieferung wünschen, stornieren wir die Bestellung für Sie.",
    "Wenn Sie keine Nachricht vom Paketdienst wünschen, können Sie das bei DHL einstellen.",
    "Se non riceve più il pacco entro venerdì, ci scriva.",
])
def test_opt_out_near_misses_stay_clean(line: str) -> None:
    assert not _fires("link.opt-out", _note(line))


# --- a signed open-tracking token in the image path ------------------------------------------------------------

@pytest.mark.parametrize("src", [
    "https://mail.kettleworks.example/e/o/eyJhbGciOiJIUzI1NiJ9.eyJyIjoiYjEyMzQ1Njc4OSJ9.c2lnbmF0dXJlMTIz",
    "https://news.kettleworks.example/o/eyJ2IjoxLCJ1IjoiOTg3NjU0MzIxIn0.aGFzaDEyMzQ1Njc4",
])
def test_signed_token_after_open_path_is_a_pixel(src: str) -> None:
    assert _fires("image.tracking-pixel", _html_with_image('alt="Kettleworks"').replace(
        "https://cdn.kettleworks.example/logo.png", src), html=True)


@pytest.mark.parametrize("src", [
    "https://cdn.kettleworks.example/img/logo.v2.1a2b3c4d5e6f.png",
    "https://cdn.kettleworks.example/o/brand/logo.png",
    "https://cdn.kettleworks.example/assets/a1b2c3d4e5f6.b7c8d9e0f1a2.png",  # two hashes, no tracking path
])
def test_hashed_file_names_are_no_pixel(src: str) -> None:
    assert not _fires("image.tracking-pixel", _html_with_image('alt="Kettleworks"').replace(
        "https://cdn.kettleworks.example/logo.png", src), html=True)


# --- bare hosts with an everyday-word domain after a leading word; hosts glued to Japanese text ---------------

@pytest.mark.parametrize("line", [
    "Die Anleitung liegt auf kesselwerk-shop.de bereit.", "Schauen Sie auf kesselwerk.de vorbei.",
    "Visite teteras-sol.es para ver el vídeo.", "El vídeo está en teterassol.es y en Amazon.",
    "Il video è su bollitori-esempio.it e su Amazon.", "Visiti bollitori.it per il video.",
    "詳しくはkettle-shop.jpをご覧ください。", "動画はkettleworks.comにあります。",
])
def test_led_or_glued_bare_host_is_external(line: str) -> None:
    assert _fires("link.external", _note(line))


@pytest.mark.parametrize("line", [
    "Die Ware wurde heute versandt.es kommt morgen an.", "Ihr Team von Kesselwerk.de",
    "Lo enviamos en la página.es decir, hoy.", "バージョンはv2.1です。", "ファイルはmanual.pdfです。",
    "Amazon.co.jpの商品ページをご覧ください。", "amazon.co.jpでご確認ください。",
])
def test_not_an_external_address(line: str) -> None:
    assert not _fires("link.external", _note(line))


# --- Gmail's Japanese reply attribution names the buyer's alias ----------------------------------------------

ALIAS_JP = "zz9abc1234xyz@marketplace.amazon.co.jp"


@pytest.mark.parametrize("attribution", [
    f"2026年6月11日(木) 18:22 {ALIAS_JP}:", f"2026年6月11日(木) 18:22 Amazon カスタマー <{ALIAS_JP}>:",
])
def test_japanese_attribution_alias_is_ignored(attribution: str) -> None:
    body = f"お客様\n\n請求書を添付いたします。\n\nショップ\n\n{attribution}\n> 請求書を送ってください。"
    assert not hits("content.email-address", make_ctx(body, "Re: 請求書", reply=True))


@pytest.mark.parametrize("line", [
    "2026年6月11日 18:22 info@kettle-shop.jp:",  # the seller's own address, not Amazon's alias
    f"担当：{ALIAS_JP}",  # not an attribution line
])
def test_other_addresses_near_japanese_attribution_fire(line: str) -> None:
    body = f"お客様\n\n請求書を添付いたします。\n\nショップ\n\n{line}\n> 請求書を送ってください。"
    assert hits("content.email-address", make_ctx(body, "Re: 請求書", reply=True))
