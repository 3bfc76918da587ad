"""Classes a nineteenth independent corpus (evasion of the mechanical content rules) found.

- content.email-address: the title of ANY shown element is a tooltip the buyer reads (a <span>, an <abbr>, not
  only links and images); an address spelt out with a Japanese word for @ in full-width brackets
  ("info（アットマーク）shop.jp") or glued to it ("infoアットマークshop.jp") is an address, its domain no web
  address; an [at]-obfuscated address glued to the kana that follow it ("info(at)shop.jpまで") is one too;
  invisible characters (a soft hyphen, a word joiner) inside an address or a number do not hide it;
- content.phone-number: messaging apps are phone words ("text me", "Text HELP to", Telegram, Viber, WeChat,
  LINE in capitals) and a Chinese mobile number in 3-4-4 groups is a number; British spoken digits ("oh",
  "double four", "triple two") spell a number out;
- link.external: "point" / "punto" bare between spaces is a dot right before a domain it cannot otherwise mean
  ("maboutique point fr", "tiendasol punto com"); "au point de", "el punto es que", "a che punto è" stay words;
- link.opt-out: "dar de baja" a device or a line is no opt-out (Spanish), nor is cancelling an Amazon programme's
  subscription; "rather not hear from us", "opt out of future tips", "Keine Lust mehr auf unsere Tipps",
  "no quiere recibir más consejos" are;
- content.sensitive: a digit for a letter ("m3rde", "c4zzo", "j0dido", "besch1ssen") and a masked last letter
  ("mierd@") are masked profanity; "MP3", "M3 screws", "3日" are not;
- style.emoji: the xD memory card ("xD card", "carte xD", "tarjeta xD", "scheda xD", xDピクチャーカード) is no
  emoticon; ":o", "</3", "xDD", "(^_-)", "(*_*)", "(｀・ω・´)", "（＾ｖ＾）" are.

Made-up wordings (not the corpus's sentences), with near-miss negatives that must stay clean.
"""

from __future__ import annotations

import pytest

from tests.policies.test_rules_messagetypes import OID, hits, make_ctx

EMAIL = "content.email-address"
PHONE = "content.phone-number"
EXTERNAL = "link.external"
OPT_OUT = "link.opt-out"
SENSITIVE = "content.sensitive"
EMOJI = "style.emoji"


def _fires(rule_id: str, body: str, **kw: object) -> bool:
    return bool(hits(rule_id, make_ctx(body, **kw)))  # type: ignore[arg-type]


def _html(inner: str) -> str:
    return f"<html><body><p>Hello,</p><p>Your order {OID} is on its way to you.</p>{inner}</body></html>"


# --- tooltips of any element ------------------------------------------------------------------------

TOOLTIPS = [
    '<p>Best wishes,<br><abbr title="write to help@potterybarnyard.example">PB</abbr> team</p>',
    '<p>Regards,<br><div title="Mail: care@lanternworks.example">Lanternworks support</div></p>',
    '<p><span title="Ring us: +44 20 7946 0855">Need a hand?</span> Reply to this message.</p>',
]


@pytest.mark.parametrize("inner", TOOLTIPS)
def test_title_of_any_element_is_read_as_a_tooltip(inner: str) -> None:
    ctx = make_ctx(_html(inner), reply=True, html=True)
    assert hits(EMAIL, ctx) or hits(PHONE, ctx)


def test_title_without_address_or_number_is_clean() -> None:
    body = _html('<p>Regards,<br><span title="Customer care team">Lanternworks support</span></p>')
    ctx = make_ctx(body, reply=True, html=True)
    assert not hits(EMAIL, ctx) and not hits(PHONE, ctx)


# --- Japanese spelt-out addresses, invisible characters -----------------------------------------------

JA_ADDRESSES = [
    f"お客様\n\nご注文番号 {OID} の件、写真は order（アットマーク）kagu-ya.jp へお送りください。\n\n家具屋",
    f"お客様\n\nご注文番号 {OID} の件、写真は orderアットマークkagu-ya.jpへお送りください。\n\n家具屋",
    f"お客様\n\nご注文番号 {OID} の件、写真は order(at)kagu-ya.jpまでお送りください。\n\n家具屋",
    f"お客様\n\nご注文番号 {OID} の件、写真は order [at] kagu-ya [dot] jpまでお送りください。\n\n家具屋",
]


@pytest.mark.parametrize("body", JA_ADDRESSES)
def test_japanese_spelt_address_is_an_email_not_a_web_address(body: str) -> None:
    ctx = make_ctx(body, reply=True)
    assert hits(EMAIL, ctx)
    assert not hits(EXTERNAL, ctx)


def test_a_japanese_web_address_stays_a_web_address() -> None:
    ctx = make_ctx(f"お客様\n\nご注文番号 {OID} の説明書は kagu-ya.jpをご覧ください。\n\n家具屋", reply=True)
    assert hits(EXTERNAL, ctx) and not hits(EMAIL, ctx)


def test_soft_hyphens_do_not_hide_an_address() -> None:
    body = _html("<p>Photos please to claims\u00ad@wood\u00adcraft-depot.com and we sort it.</p>")
    ctx = make_ctx(body, reply=True, html=True)
    assert hits(EMAIL, ctx) and not hits(EXTERNAL, ctx)


def test_soft_hyphens_do_not_hide_a_number() -> None:
    body = f"Hello,\n\nOrder {OID}: call our desk on 020\u00ad7946\u00ad0388 any time.\n\nShop"
    assert _fires(PHONE, body, reply=True)


def test_soft_hyphen_in_an_ordinary_word_is_clean() -> None:
    body = f"Hello,\n\nOrder {OID}: the re\u00adplacement hinge is in the post.\n\nShop"
    ctx = make_ctx(body, reply=True)
    assert not hits(EMAIL, ctx) and not hits(PHONE, ctx) and not hits(EXTERNAL, ctx)


# --- phone numbers: messaging apps, spoken digits -------------------------------------------------------

PHONES = [
    f"Hello,\n\nOrder {OID}: quickest is to text me at 3125550178 with a photo.\n\nShop",
    f"Hello,\n\nOrder {OID}: Text PHOTO to 07700900512 and we will look at it.\n\nShop",
    f"Hello,\n\nOrder {OID}: add our WeChat 139 2233 4455 for faster answers.\n\nShop",
    f"Hallo,\n\nBestellung {OID}: Schreiben Sie uns per Telegram an 01512345678.\n\nShop",
    f"Hello,\n\nOrder {OID}: ring me on oh two oh, seven nine four six, oh double one two.\n\nShop",
    f"Hello,\n\nOrder {OID}: call oh seven seven double oh, nine triple oh four two.\n\nShop",
]


@pytest.mark.parametrize("body", PHONES)
def test_messaging_app_and_spoken_numbers_fire(body: str) -> None:
    assert _fires(PHONE, body, reply=True)


PHONE_NEAR = [
    f"Hello,\n\nOrder {OID}: type the text to the right of the QR code, item 2213344556.\n\nShop",
    f"Hello,\n\nOrder {OID}: tracking number 139 2233 4455 with the courier.\n\nShop",
    f"Hello,\n\nOrder {OID}: please double-check the two screws on line 2 of the guide.\n\nShop",
    f"Hello,\n\nOrder {OID}: UPS, the carrier, takes calls on 1-800-742-5877 about the parcel.\n\nShop",
]


@pytest.mark.parametrize("body", PHONE_NEAR)
def test_phone_near_misses_stay_clean(body: str) -> None:
    assert not _fires(PHONE, body, reply=True)


# --- link.external: a bare "point" / "punto" before a domain ---------------------------------------------

BARE_DOT = [
    f"Bonjour,\n\nCommande {OID} : la notice est sur lampesdusud point fr, rubrique notices.\n\nCordialement",
    f"Hola:\n\nPedido {OID}: el manual está en mueblesluna punto com, sección manuales.\n\nSaludos",
    f"Buongiorno,\n\nordine {OID}: il manuale è su cucinaviva punto it, sezione manuali.\n\nSaluti",
]


@pytest.mark.parametrize("body", BARE_DOT)
def test_bare_dot_word_before_a_domain_is_a_web_address(body: str) -> None:
    assert _fires(EXTERNAL, body, reply=True)


BARE_DOT_NEAR = [
    f"Bonjour,\n\nCommande {OID} : le point fort de la lampe est sa mise au point facile.\n\nCordialement",
    f"Hola:\n\nPedido {OID}: el punto es que la pieza llegó rota; el punto de recogida abre a las 9.\n\nSaludos",
    f"Buongiorno,\n\nordine {OID}: a che punto è la spedizione? Il punto di ritiro apre alle 9.\n\nSaluti",
    f"Hello,\n\nOrder {OID}: point it at the wall and press the button.\n\nShop",
]


@pytest.mark.parametrize("body", BARE_DOT_NEAR)
def test_dot_words_in_ordinary_sentences_stay_clean(body: str) -> None:
    assert not _fires(EXTERNAL, body, reply=True)


# --- link.opt-out ----------------------------------------------------------------------------------------

OPT_OUTS = [
    f"Hello,\n\nOrder {OID}: the hinge is in the post.\n\nIf you would prefer not to hear from us, just reply.\n\nShop",
    f"Hello,\n\nOrder {OID}: descale monthly.\n\nYou can opt out of these monthly reminders by replying.\n\nShop",
    f"Hallo,\n\nBestellung {OID}: monatlich entkalken.\n\nKeine Lust mehr auf diese Erinnerungen? Kurze Antwort genügt.\n\nShop",
    f"Hola:\n\nPedido {OID}: descalcifique cada mes.\n\nSi no desea recibir más recordatorios, contéstenos.\n\nTienda",
    f"Hola:\n\nPedido {OID}: descalcifique cada mes.\n\nPodemos darle de baja de estos avisos cuando quiera.\n\nTienda",
    f"Hola:\n\nPedido {OID}: descalcifique cada mes.\n\nPara dar de baja su correo de la lista, conteste.\n\nTienda",
]


@pytest.mark.parametrize("body", OPT_OUTS)
def test_opt_out_offers_fire(body: str) -> None:
    assert _fires(OPT_OUT, body)


OPT_OUT_NEAR = [
    f"Hola:\n\nPedido {OID}: si cambia de móvil, puede dar de baja el reloj en la app y vincularlo de nuevo.\n\nTienda",
    f"Hola:\n\nPedido {OID}: para dar de baja la línea antigua, hable con su operador.\n\nTienda",
    f"Hola:\n\nPedido {OID}: puede cancelar la suscripción de Prime en su cuenta de Amazon.\n\nTienda",
    f"Hello,\n\nOrder {OID}: you can opt out of the extended warranty when you register the kettle.\n\nShop",
    f"Hello,\n\nOrder {OID}: you will hear from us again once the part has shipped.\n\nShop",
    f"Hallo,\n\nBestellung {OID}: keine Lust mehr auf Kalk? Die Filterkartusche hilft.\n\nShop",
]


@pytest.mark.parametrize("body", OPT_OUT_NEAR)
def test_opt_out_near_misses_stay_clean(body: str) -> None:
    assert not _fires(OPT_OUT, body, reply=True)


# --- content.sensitive: digits for letters ------------------------------------------------------------

LEET = [
    f"Hello,\n\nOrder {OID}: sorry, the courier made a bl00dy mess of it, truly a sh1tty job on their side, "
    "and a new box is on its way to you today.\n\nBest regards,\nShop",
    f"Bonjour,\n\nCommande {OID} : quel transporteur de m3rde, votre colis est arrivé abîmé ; nous vous envoyons "
    "un nouveau colis dès demain matin.\n\nCordialement,\nBoutique",
    f"Hola:\n\nPedido {OID}: el transportista lo ha dejado todo j0dido y hecho una mierd@; le enviamos una pieza "
    "nueva mañana por la mañana.\n\nUn saludo,\nTienda",
    f"Buongiorno,\n\nordine {OID}: che c4zzo di corriere, il pacco è arrivato rotto; le mandiamo un pezzo nuovo "
    "domani mattina.\n\nCordiali saluti,\nNegozio",
    f"Guten Tag,\n\nBestellung {OID}: der Paketdienst hat das Paket echt besch1ssen behandelt; wir schicken Ihnen "
    "morgen früh ein neues Teil.\n\nMit freundlichen Grüßen\nShop",
]


@pytest.mark.parametrize("body", LEET)
def test_digit_for_letter_profanity_fires(body: str) -> None:
    assert _fires(SENSITIVE, body, reply=True)


LEET_NEAR = [
    f"Hello,\n\nOrder {OID}: the MP3 player takes M3 screws and the A1B2 cable; the H2O filter and the 4K "
    "screen are in box 3.\n\nBest regards,\nShop",
    f"Guten Tag,\n\nBestellung {OID}: das Schloss passt an M5-Schrauben, der Kotflügel an Modell B4S3; die "
    "Analyse ist fertig.\n\nMit freundlichen Grüßen\nShop",
    f"Buongiorno,\n\nordine {OID}: la cazzuola C4 e la scopa elettrica S3 sono nel pacco, con il certificato "
    "di verifica.\n\nCordiali saluti,\nNegozio",
    f"お客様\n\nご注文番号 {OID} の商品は6月3日に発送し、5日にお届け予定です。殺菌フィルターも同梱しております。\n\nショップ",
]


@pytest.mark.parametrize("body", LEET_NEAR)
def test_codes_with_digits_are_not_profanity(body: str) -> None:
    assert not _fires(SENSITIVE, body, reply=True)


# --- style.emoji -------------------------------------------------------------------------------------

EMOTICONS = [
    f"Hello,\n\nOrder {OID}: the spare lid is on its way :o\n\nShop",
    f"Hello,\n\nOrder {OID}: the mug broke in transit </3 a new one ships today.\n\nShop",
    f"Hello,\n\nOrder {OID}: the dog photo made our day xDD\n\nShop",
    f"お客様\n\nご注文番号 {OID} の部品は本日発送しました(^_-)\n\nショップ",
    f"お客様\n\nご注文番号 {OID} の部品は本日発送しました(*_*)\n\nショップ",
    f"お客様\n\nご注文番号 {OID} の部品は本日発送しました(｀・ω・´)\n\nショップ",
    f"お客様\n\nご注文番号 {OID} の部品は本日発送しました（＾ｖ＾）\n\nショップ",
]


@pytest.mark.parametrize("body", EMOTICONS)
def test_more_emoticons_and_kaomoji_fire(body: str) -> None:
    assert _fires(EMOJI, body, reply=True)


EMOTICON_NEAR = [
    f"Hello,\n\nOrder {OID}: old cameras used an xD card; the xD-Picture card reader is in the box.\n\nShop",
    f"Bonjour,\n\nCommande {OID} : l'appareil utilise une carte xD, fournie dans la boîte.\n\nBoutique",
    f"Hola:\n\nPedido {OID}: la cámara usa una tarjeta xD, incluida en la caja.\n\nTienda",
    f"Buongiorno,\n\nordine {OID}: la fotocamera usa una scheda xD, inclusa nella scatola.\n\nNegozio",
    f"お客様\n\nご注文番号 {OID} のカメラは xDピクチャーカード に対応しております。\n\nショップ",
    f"Hello,\n\nOrder {OID}: steps (a) to (c) at 10:30, ratio 3:2, files in C:\\Drivers, gap <3 mm.\n\nShop",
]


@pytest.mark.parametrize("body", EMOTICON_NEAR)
def test_emoticon_near_misses_stay_clean(body: str) -> None:
    assert not _fires(EMOJI, body, reply=True)
