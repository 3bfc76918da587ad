"""Classes a twenty-fourth independent corpus (Japanese only, amazon.co.jp, every rule of sections B-E) found.

- link.insecure / link.external: a URL typed in full-width letters (「ｈｔｔｐ：／／ｗｗｗ．ｓｈｏｐ．ｊｐ」) is a URL
  written in text, read in its NFKC form up to the Japanese text after it;
- content.sensitive: 「バカ売れ」「バカ正直」「馬鹿丁寧」「バカ力」「親バカ」 are colloquial intensifiers and idioms, not
  insults; 「バカ」「馬鹿」 on their own still fire;
- order-problem.cancellation-request: 「キャンセル申請をしていただきますよう、お願いいたします」 (the -ますよう form);
- type.order-confirmation: 「ご注文を承りましたので、ご確認ください」 asks the buyer to check the confirmation itself,
  it is no other purpose (a design or an address to check still is);
- type.thank-you-only: greetings and a shop naming itself (「こんにちは！」「〇〇堂です♪」), the letter opening
  「拝啓 時下ますますご清栄のこととお喜び申し上げます」, casual joy (「選んでもらえてうれしいです♪」) and
  「声をかけてくださいね」 are set aside like their keigo forms; ♪ ☆ ★ at a sentence's edge are decoration;
- type.marketing: in a reply, the buyer's coupon at purchase time or one that was not applied
  (「ご購入時にクーポンが…」「クーポンが適用されていませんでした」) is explained, not offered.

Made-up wordings (not the corpus's sentences), with near-miss negatives that must stay clean.
"""

from __future__ import annotations

import pytest

from policies.message import find_text_urls
from tests.policies.test_rules_messagetypes import OID, hits, make_ctx

SUBJ = f"ご注文番号 {OID} について"


def _fires(rule_id: str, body: str, **kw: object) -> bool:
    kw.setdefault("subject", SUBJ)
    return bool(hits(rule_id, make_ctx(body, **kw)))  # type: ignore[arg-type]


# --- full-width URLs ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "当店サイト：ｈｔｔｐ：／／ｓｈｏｐ－ｍｉｙａｂｉ．ｊｐ／ｃａｒｅ　をご覧ください",
            "http://shop-miyabi.jp/care",
        ),
        ("（ＨＴＴＰＳ：／／ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏ．ｊｐ）", "HTTPS://www.example.co.jp"),
        ("ホームページはｗｗｗ．ｋａｇｕ．ｊｐです", "www.kagu.jp"),
    ],
)
def test_full_width_url_is_a_url(text: str, url: str) -> None:
    assert find_text_urls(text) == [url]


@pytest.mark.parametrize(
    "text",
    [
        "ＵＲＬはお送りできません。",
        "お届け日：２０２６／０６／１８",
        "ｗｗ笑",
        "https://www.amazon.co.jp/dp/B0TEST0001",
    ],
)
def test_full_width_text_without_a_url_adds_nothing(text: str) -> None:
    assert find_text_urls(text) == ([text] if text.startswith("https://") else [])


def test_full_width_http_url_fires_insecure() -> None:
    body = f"お客様\n\nご注文番号 {OID} の使い方は ｈｔｔｐ：／／ｍｏｒｉ－ｋｏｕｂｏｕ．ｊｐ／ｍａｎｕａｌ にございます。\n\n森工房"
    assert _fires("link.insecure", body)
    body = f"お客様\n\nご注文番号 {OID} の説明書は ｈｔｔｐｓ：／／ｍｏｒｉ－ｋｏｕｂｏｕ．ｊｐ／ｍａｎｕａｌ にございます。\n\n森工房"
    assert _fires("link.external", body) and not _fires("link.insecure", body)


# --- content.sensitive: バカ compounds ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "この扇風機は今年の夏もバカ売れしております。",
        "バカ正直にお伝えしますと、入荷は来週になります。",
        "馬鹿丁寧な梱包で申し訳ございません。",
        "バカ力で締めるとネジ山がつぶれますのでご注意ください。",
        "親バカな店長が作った、娘の名前のついたクッキーです。",
    ],
)
def test_baka_compounds_are_not_offensive(line: str) -> None:
    assert not _fires("content.sensitive", f"お客様\n\nご注文番号 {OID} のご連絡です。\n{line}\n\n店長")


@pytest.mark.parametrize(
    "line",
    [
        "配達員がバカなので荷物が遅れました。",
        "こんな簡単なこともわからないなんて、馬鹿ですか。",
        "あのバカ業者には困っています。",
    ],
)
def test_baka_alone_still_fires(line: str) -> None:
    assert _fires("content.sensitive", f"お客様\n\nご注文番号 {OID} のご連絡です。\n{line}\n\n店長")


# --- cancellation request: -ますよう ---------------------------------------------------------------------

OOS = "お客様\n\nご注文番号 {oid} の商品は在庫切れとなりました。\n{ask}\n\nショップ"


@pytest.mark.parametrize(
    "ask",
    [
        "恐れ入りますが、キャンセルのお手続きをしていただきますよう、お願い申し上げます。",
        "注文履歴から取り消しの申請をしていただきますよう、よろしくお願いいたします。",
    ],
)
def test_cancellation_masu_you_form_fires(ask: str) -> None:
    assert _fires("order-problem.cancellation-request", OOS.format(oid=OID, ask=ask))


@pytest.mark.parametrize(
    "ask",
    [
        "ご注文金額の全額を返金いたしましたので、キャンセルのお手続きは不要です。",
        "次回の入荷をお待ちいただきますよう、お願い申し上げます。",
    ],
)
def test_no_cancellation_asked_stays_clean(ask: str) -> None:
    assert not _fires("order-problem.cancellation-request", OOS.format(oid=OID, ask=ask))


# --- order confirmation: 「承りましたので、ご確認ください」 ------------------------------------------------


def test_order_received_please_check_is_a_confirmation() -> None:
    body = (
        f"お客様\n\n以下の内容でご注文を受け付けましたので、ご確認ください。\nご注文番号：{OID}\n"
        "商品：竹のお箸 5膳\n合計：3,300円\n\n竹の店"
    )
    assert _fires("type.order-confirmation", body)
    body = f"お客様\n\nご注文番号 {OID} のご注文内容をご確認ください。\n商品：竹のお箸 5膳\n\n竹の店"
    assert _fires("type.order-confirmation", body.replace("のご注文内容を", "を承りました。ご注文内容を"))


@pytest.mark.parametrize(
    "line",
    [
        "刻印の文字を下記のとおりにいたしましたので、ご確認ください。",
        "お届け先のご住所に誤りがないか、ご確認ください。",
    ],
)
def test_other_things_to_check_are_another_purpose(line: str) -> None:
    body = f"お客様\n\nご注文番号 {OID} のご注文を承りました。\n{line}\n\n竹の店"
    assert not _fires("type.order-confirmation", body)


# --- thank-you-only: greetings, letter opening, casual joy ---------------------------------------------------

THANKS_ONLY = [
    f"こんばんは！\n木のスプーン屋です☆\n\nご注文（{OID}）ありがとうございました♪\n"
    "使ってもらえるのが本当にうれしいです！\n困ったことがあれば、気軽に声をかけてくださいね。\n\n木のスプーン屋",
    f"拝啓　新緑の候、貴社ますますご盛栄のこととお慶び申し上げます。\n\nこのたびはご注文番号 {OID} にて"
    "お買い上げいただき、誠にありがとうございました。\n\n敬具\n\n和紙の店",
]


@pytest.mark.parametrize("body", THANKS_ONLY)
def test_greeting_and_joy_only_is_thank_you_only(body: str) -> None:
    assert _fires("type.thank-you-only", body)


@pytest.mark.parametrize(
    "body",
    [
        f"こんにちは！\n木のスプーン屋です♪\n\nご注文（{OID}）の木のスプーンは、食洗機に入れないでください。\n\n木のスプーン屋",
        f"拝啓　新緑の候、ますますご清祥のこととお喜び申し上げます。\n\nご注文番号 {OID} の和紙は、"
        "湿気で波打つことがございますので、平らな場所で保管してください。\n\n敬具\n\n和紙の店",
        f"こんにちは！\n\nご注文（{OID}）ありがとうございます。名入れの文字を教えていただけるとうれしいです！\n\n木のスプーン屋",
        f"こんにちは！\n\nご注文（{OID}）ありがとうございます。\n商品のお受け取りは、お近くのコンビニ店です。\n\n木のスプーン屋",
    ],
)
def test_greeting_with_real_content_is_not_thank_you_only(body: str) -> None:
    assert not _fires("type.thank-you-only", body)


# --- marketing: the buyer's coupon explained in a reply ----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "ご注文の際にクーポンの獲得ボタンが押されていなかったようです。差額は返金いたしました。",
        "お使いになろうとしたクーポンは、対象外の商品のため適用されていませんでした。",
    ],
)
def test_buyer_coupon_explained_in_reply_is_not_marketing(line: str) -> None:
    assert not _fires(
        "type.marketing",
        f"お客様\n\nご注文番号 {OID} について確認いたしました。\n{line}\n\nショップ",
        reply=True,
    )


def test_coupon_offered_in_reply_is_still_marketing() -> None:
    body = (
        f"お客様\n\nご注文番号 {OID} の割引は、ご購入時にクーポンが適用されていませんでした。\n"
        "次回使える10%OFFクーポンもお送りします。\n\nショップ"
    )
    assert _fires("type.marketing", body, reply=True)


COUPON_EXPLAINED = [
    "Hello,\n\nWe looked into order {o}: the voucher was not applied because the basket was under the minimum. "
    "We have refunded the difference.\n\nShop",
    "Hallo,\n\nzu Bestellung {o}: Der Rabattcode wurde leider nicht abgezogen, weil er abgelaufen war. Wir haben "
    "Ihnen die Differenz erstattet.\n\nShop",
    "Bonjour,\n\nCommande {o} : le code promo n'a pas été pris en compte car le panier était incomplet. Nous avons "
    "remboursé la différence.\n\nBoutique",
    "Hola:\n\nPedido {o}: el código de descuento no se aplicó porque había caducado. Le hemos devuelto la "
    "diferencia.\n\nTienda",
    "Buongiorno,\n\nordine {o}: il codice sconto non è stato applicato perché era scaduto. Le abbiamo rimborsato la "
    "differenza.\n\nNegozio",
]


@pytest.mark.parametrize("body", COUPON_EXPLAINED)
def test_coupon_not_applied_explained_in_reply_is_not_marketing(body: str) -> None:
    assert not _fires("type.marketing", body.format(o=OID), reply=True, subject=f"Re: Order {OID}")


OFFERS = [
    "Here is code SUMMER15 for 15% off your next order.",
    "Mit dem Code SOMMER15 erhalten Sie 15 % Rabatt auf Ihre nächste Bestellung.",
    "Avec le code ETE15, profitez de 15 % de réduction sur votre prochaine commande.",
    "Con el código VERANO15 tiene un 15 % de descuento en su próximo pedido.",
    "Con il codice ESTATE15 ha il 15% di sconto sul prossimo ordine.",
]


@pytest.mark.parametrize(("body", "offer"), list(zip(COUPON_EXPLAINED, OFFERS, strict=True)))
def test_coupon_explained_then_offer_is_still_marketing(body: str, offer: str) -> None:
    text, sign_off = body.format(o=OID).rsplit("\n\n", 1)
    assert _fires("type.marketing", f"{text} {offer}\n\n{sign_off}", reply=True, subject=f"Re: Order {OID}")
