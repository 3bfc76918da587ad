"""Classes a sixteenth independent corpus (order context, review.repeat sequences, real-world MIME) found.

- content.phone-number: an order ID written with other dashes (en-dash, non-breaking hyphen, minus sign) is an
  order ID to ORDER_ID, so its 7-digit groups are no phone numbers either; and the Japanese phone words "TEL" /
  "FAX" (matched without case) are words only where no Latin letter touches them: "Bestellnr", "hotel",
  "Castello", "Fairfax" hold no phone word;
- attachment.not-allowed: a forwarded message (message/rfc822, an .eml) is an attachment, judged by its type,
  not a multipart to read as the seller's body;
- image.insecure: every `srcset` candidate (of `<img>` and of a `<picture>`'s `<source>`) is an image the client
  may load, so an http:// one is insecure; so are a video's poster and the CSS images besides backgrounds
  (list-style-image, border-image), inline or in a stylesheet; fonts and cursors are no images.

- text decoding (all rules): a part labelled Shift_JIS holding CP932 characters (①, ～, ㈱), ISO-2022-JP with the
  NEC row-13 characters, and ISO-8859-1 holding windows-1252 bytes (€, “ ”) are read as the buyer's mail client
  reads them (the WHATWG Encoding Standard's supersets), not as mojibake or escape sequences; in RFC 2047
  encoded words of the subject as well.

Made-up wordings (not the corpus's sentences), with near-miss negatives that must stay clean.
"""

from __future__ import annotations

import pytest

from policies import Context, parse_message
from policies.message import _decode_words, iso2022jp_text
from policies.rules.images import srcset_urls
from tests.policies.test_rules_messagetypes import NOW, OID, hits, make_ctx

PHONE = "content.phone-number"


def _phone(body: str) -> list[str]:
    return [h.evidence for h in hits(PHONE, make_ctx(body))]


# --- order IDs with other dashes are no phone numbers -----------------------------------------------------

EN_DASH = OID.replace("-", "\u2013")
NB_HYPHEN = OID.replace("-", "\u2011")
MINUS = OID.replace("-", "\u2212")


@pytest.mark.parametrize("body", [
    f"Guten Tag,\n\nbitte rufen Sie uns nicht an: zu Ihrer Bestellung {EN_DASH} fehlt nur noch die Hausnummer.",
    f"Bonjour,\n\ninutile de nous appeler : pour la commande {NB_HYPHEN}, il manque le code de la porte.",
    f"Hola:\n\nno hace falta llamar; para el pedido {MINUS} solo nos falta el piso y la puerta.",
    f"Gentile cliente,\n\nnon serve telefonare: per l'ordine {EN_DASH} ci manca solo il numero civico.",
    f"Hi,\n\nno need to call us: for order {NB_HYPHEN} we only need the apartment number.",
    f"お客様\n\nお電話は不要です。注文番号 {EN_DASH} の部屋番号だけお知らせください。",
])
def test_order_id_with_other_dashes_is_no_phone_number(body: str) -> None:
    assert _phone(body) == []


@pytest.mark.parametrize("body", [
    f"Guten Tag,\n\nzu Ihrer Bestellung {EN_DASH}: rufen Sie uns an unter 030 61207345.",
    f"Hi,\n\nabout order {EN_DASH}: call our support desk on 0161 496 0377.",
])
def test_a_real_phone_number_beside_such_an_order_id_still_fires(body: str) -> None:
    assert _phone(body)


# --- Japanese TEL / FAX are no phone words inside Latin words -----------------------------------------------

@pytest.mark.parametrize("body", [
    "Guten Tag,\n\nIhre Bestellnr. lautet 3047781, bitte geben Sie sie bei Rückfragen an.",
    "Hello,\n\nyour hotel booking reference is 4417730 and the tour starts at nine.",
    "Gentile cliente,\n\nil Castello Sforzesco è a 5 minuti; il codice della visita è 5530981.",
    "Hello,\n\nour warehouse in Fairfax packed lot 7712093 for your order.",
])
def test_latin_words_containing_tel_or_fax_are_no_phone_words(body: str) -> None:
    assert _phone(body) == []


@pytest.mark.parametrize("body", [
    "お客様\n\nご不明な点は当店TEL：0312345678までお問い合わせください。",
    "お客様\n\nFAX 0669871234 にてご注文書をお送りください。",
])
def test_japanese_tel_and_fax_still_name_a_number(body: str) -> None:
    assert _phone(body)


# --- a forwarded message is an attachment -----------------------------------------------------------------

def _with_forwarded(inner_body: str, disposition: str = "attachment") -> bytes:
    inner = (
        "From: Claims <claims@carrier.example>\r\nTo: shop@example.com\r\nSubject: Claim 5521 settled\r\n"
        "Date: Fri, 12 Jun 2026 09:00:00 +0000\r\nMessage-ID: <c5521@carrier.example>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + inner_body + "\r\n"
    )
    disp = f"Content-Disposition: {disposition}; filename=\"claim.eml\"\r\n" if disposition else ""
    return (
        "From: Shop <shop@example.com>\r\nTo: buyer123@marketplace.amazon.com\r\n"
        f"Subject: Order {OID}\r\nDate: Mon, 15 Jun 2026 10:00:00 +0000\r\nMessage-ID: <f1@example.com>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
        "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Hello,\r\n\r\nthe replacement for order {OID} ships tomorrow.\r\n\r\n"
        f"--b1\r\nContent-Type: message/rfc822\r\n{disp}\r\n{inner}\r\n--b1--\r\n"
    ).encode()


@pytest.mark.parametrize("disposition", ["attachment", "inline", ""])
def test_forwarded_message_is_an_attachment_not_body(disposition: str) -> None:
    msg = parse_message(_with_forwarded("Your claim has been settled; payment follows in 14 days.", disposition))
    assert [a.declared_type for a in msg.attachments] == ["message/rfc822"]
    assert msg.attachments[0].data.startswith(b"From: Claims")
    assert all("settled" not in p.text for p in msg.parts)
    found = hits("attachment.not-allowed", Context(msg, NOW))
    assert found and "message/rfc822" in found[0].message


def test_plain_message_without_forward_has_no_attachment() -> None:
    assert hits("attachment.not-allowed", make_ctx(f"Hello,\n\nyour order {OID} ships tomorrow.")) == []


# --- srcset candidates ------------------------------------------------------------------------------------

def _insecure(html: str) -> list[str]:
    return [h.evidence for h in hits("image.insecure", make_ctx(f"<p>Order {OID}</p>{html}", html=True))]


@pytest.mark.parametrize("html", [
    '<img src="https://cdn.shop.example/a.png" srcset="https://cdn.shop.example/a.png 1x, '
    'http://cdn.shop.example/a@2x.png 2x" alt="Shop">',
    '<img src="https://cdn.shop.example/b.png" srcset="http://cdn.shop.example/b-640.png 640w" alt="Shop">',
    '<picture><source srcset="http://cdn.shop.example/c.webp" type="image/webp">'
    '<img src="https://cdn.shop.example/c.png" alt="Shop"></picture>',
])
def test_http_srcset_candidate_is_an_insecure_image(html: str) -> None:
    assert any(e.startswith("http://") for e in _insecure(html))


@pytest.mark.parametrize("html", [
    '<img src="https://cdn.shop.example/a.png" srcset="https://cdn.shop.example/a.png 1x, '
    'https://cdn.shop.example/a@2x.png 2x" alt="Shop">',
    '<img src="https://img.example/upload/w_120,h_40/logo.png" '
    'srcset="https://img.example/upload/w_240,h_80/logo.png 2x" alt="Shop">',
    '<picture><source srcset="https://cdn.shop.example/c.webp"><img src="https://cdn.shop.example/c.png" '
    'alt="Shop"></picture>',
    '<p>Our old page http://shop.example/srcset is only text.</p>',
])
def test_https_srcset_stays_clean(html: str) -> None:
    assert _insecure(html) == []


@pytest.mark.parametrize("html", [
    '<ul style="list-style-image: url(http://cdn.shop.example/dot.png)"><li>Bolt</li></ul>',
    '<div style="border: 8px solid; border-image: url(\'http://cdn.shop.example/frame.png\') 30 round">'
    '<p>Frame</p></div>',
    '<style>ul.steps { list-style: square url("http://cdn.shop.example/tick.png"); }</style>'
    '<ul class="steps"><li>Done</li></ul>',
    '<video poster="http://cdn.shop.example/still.jpg" width="320"></video>',
])
def test_other_images_the_client_loads_over_http(html: str) -> None:
    assert any(e.startswith("http://") for e in _insecure(html))


@pytest.mark.parametrize("html", [
    '<ul style="list-style-image: url(https://cdn.shop.example/dot.png)"><li>Bolt</li></ul>',
    '<video poster="https://cdn.shop.example/still.jpg" width="320"></video>',
    '<p style="cursor: url(http://cdn.shop.example/hand.cur), pointer">Hover</p>',
    '<style>@font-face { font-family: X; src: url(http://cdn.shop.example/x.woff2); }</style><p>Text</p>',
])
def test_no_image_or_a_secure_one_stays_clean(html: str) -> None:
    assert _insecure(html) == []


def test_srcset_urls_reads_descriptors_and_commas() -> None:
    assert srcset_urls(" a.png 1x ,b.png 2x,, c.png ") == ["a.png", "b.png", "c.png"]


# --- text in the superset of its label ------------------------------------------------------------------------

def _plain(payload: bytes, charset: str, cte: str = "8bit", to: str = "buyer123@marketplace.amazon.co.jp") -> bytes:
    return (
        f"From: Shop <shop@example.com>\r\nTo: {to}\r\nSubject: Order {OID}\r\n"
        "Date: Mon, 15 Jun 2026 10:00:00 +0000\r\nMessage-ID: <d1@example.com>\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset={charset}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n"
    ).encode() + payload


JA = f"お客様\r\n\nご注文番号 {OID} の商品は、①フタを外し②水洗いしてください。\r\n㈱みどり商会\r\n"


@pytest.mark.parametrize("charset", ["Shift_JIS", "shift-jis", "x-sjis"])
def test_shift_jis_label_on_cp932_text(charset: str) -> None:
    msg = parse_message(_plain(JA.encode("cp932"), charset))
    assert "①フタを外し②水洗い" in msg.parts[0].text and "㈱みどり商会" in msg.parts[0].text


def test_iso_2022_jp_with_nec_row_13() -> None:
    plain = JA.replace("①", "").replace("②", "").replace("㈱", "")
    raw = plain.encode("iso2022_jp").replace(b"\x1b$B", b"\x1b$B-!", 1)  # ① (JIS 0x2D21) before the first kana
    text = parse_message(_plain(raw, "ISO-2022-JP", "7bit")).parts[0].text
    assert text.startswith("①お客様") and "\x1b" not in text


def test_iso2022jp_text_matches_the_codec_and_refuses_other_bytes() -> None:
    sample = "ご注文ありがとうございます。明日発送いたします。ﾃｽﾄ"
    assert iso2022jp_text("ご注文ありがとうございます。\n".encode("iso2022_jp")) == "ご注文ありがとうございます。\n"
    assert iso2022jp_text(sample.encode("iso2022_jp_ext")) == sample
    assert iso2022jp_text(b"caf\xe9") is None and iso2022jp_text(b"\x1b$(Dxx") is None


def test_phone_number_in_a_cp932_mail_is_read() -> None:
    body = f"お客様\r\n\nご注文番号 {OID} につき、①当店TEL 03-5412-7789 までお電話ください。\r\n"
    ctx = Context(parse_message(_plain(body.encode("cp932"), "Shift_JIS")), NOW)
    assert hits(PHONE, ctx)


def test_latin1_label_on_windows_1252_text() -> None:
    body = "Bonjour,\r\n\nle prix est de 19,90 \u20ac \u201cTTC\u201d \u2013 merci.\r\n"
    text = parse_message(_plain(body.encode("cp1252"), "iso-8859-1", to="b@marketplace.amazon.fr")).parts[0].text
    assert "19,90 € “TTC” – merci" in text


def test_true_latin1_text_is_unchanged() -> None:
    body = "Grüße aus Köln, à bientôt, año ¿qué? ±5 °C\r\n"
    text = parse_message(_plain(body.encode("latin-1"), "ISO-8859-1", to="b@marketplace.amazon.de")).parts[0].text
    assert text == body.replace("\r\n", "\n").strip("\n")


def _b64(data: bytes) -> str:
    import base64

    return base64.b64encode(data).decode()


def test_encoded_subject_words_in_the_superset_of_their_label() -> None:
    sjis = "【重要】①ご注文番号 " + OID
    assert _decode_words(f"=?Shift_JIS?B?{_b64(sjis.encode('cp932'))}?=") == sjis
    jis = ("【重要】ご注文番号 " + OID).encode("iso2022_jp").replace(b"\x1b$B", b"\x1b$B-!", 1)
    assert _decode_words(f"=?ISO-2022-JP?B?{_b64(jis)}?=") == "①【重要】ご注文番号 " + OID
    assert _decode_words("=?iso-8859-1?Q?Preis_=80_12,50_=93netto=94?=") == "Preis € 12,50 “netto”"


def test_plain_encoded_subject_words_are_unchanged() -> None:
    assert _decode_words("=?iso-8859-1?Q?Gr=FC=DFe_aus_K=F6ln?=") == "Grüße aus Köln"
    plain = "配送日のご相談 " + OID
    assert _decode_words(f"=?ISO-2022-JP?B?{_b64(plain.encode('iso2022_jp'))}?=") == plain
