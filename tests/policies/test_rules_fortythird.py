"""Round 43 (corpus_fortythird): Japanese (amazon.co.jp) wordings the rules missed, and their siblings.

- a Japanese toll-free number grouped 4-2-4 ("0120-58-3921") has a date's shape: it was skipped as a date;
  a date now needs a month (and a plausible year) in it;
- letter-style thanks only: 「お役に立てておりましたら幸いに存じます」「変わらぬご愛顧を賜りますよう…お願い申し上げます」,
  thanks in (half-width) katakana 「ｱﾘｶﾞﾄｳｺﾞｻﾞｲﾏｼﾀ」, a maker's self-introduction 「〇〇陶房のさとうです」;
- the buyer's own coupon in a refunded amount (「クーポン適用後にお支払いいただいた…円」, "the amount you
  paid after your coupon", fr/es/it likewise) promotes nothing, in a proactive message too;
- a stock-out said as 「ご用意ができない」「お作りしてお送りすることができません」;
- talking the buyer out of a return with a time span (「もう二週間ほどお使いいただいてから…」, "could you give the
  bag another two weeks", "noch zwei Wochen", "dos semanas más");
- adult language in Japanese (セックス, エッチ, いやらしい; not ユニセックス or エッチング);
- opt-out text about notices: 「このお知らせの受信を停止するには」, "stop receiving these notices",
  "diese Hinweise nicht mehr erhalten" (not "you will stop receiving these notifications from the carrier").
Compliant near-misses with the same vocabulary stay clean.
"""

from __future__ import annotations

import pytest

from tests.policies.plain_message import fires as _fires
from tests.policies.test_rules_messagetypes import OID

PHONE: list[tuple[bool, str, str]] = [
    (True, "co.jp", f"ご注文{OID}の組み立てでご不明な点は、当店サポート 0120-47-8812 までお電話ください。"),
    (True, "co.jp", f"ご注文{OID}について、お急ぎの方は 0800-22-1937 へどうぞ。"),
    (False, "co.jp", f"ご注文{OID}の初期不良は、メーカー修理窓口 0120-47-8812 で承っております。"),
    # real dates stay dates
    (False, "co.jp", f"ご注文{OID}は 2026-06-18 に発送予定です。"),
    (False, "de", f"Ihre Bestellung {OID} geht am 18.06.2026 raus."),
    (False, "com", f"Your order {OID} ships on 06/18/2026."),
]


@pytest.mark.parametrize(("want", "tld", "body"), PHONE)
def test_phone_number_grouped_like_a_date(want: bool, tld: str, body: str) -> None:
    assert _fires("content.phone-number", body, tld) is want


THANKS_ONLY: list[tuple[bool, str, str]] = [
    (True, "co.jp", f"拝啓\n\nこのたびはご注文{OID}をいただき、誠にありがとうございました。\n"
                    "お品物がお気に召しておりましたら幸いに存じます。\n\n敬具\n\n染物 あおい屋"),
    (True, "co.jp", f"ご注文{OID}、ありがとうございました。\n"
                    "今後とも変わらぬお引き立てを賜りますよう、お願い申し上げます。\n\n木工 ひなた"),
    (True, "co.jp", f"ご注文{OID}、無事に届きましたか？\nアリガトウゴザイマス！\n\nひなた"),
    (True, "co.jp", f"こんにちは、ひなた製作所のたなかです。\nご注文{OID}、ありがとうございました！\n\nひなた製作所"),
    # a real statement between the same phrases
    (False, "co.jp", f"こんにちは、ひなた製作所のたなかです。\nご注文{OID}の棚板は、付属のダボを先に差し込んでから"
                     "組み立ててください。\nアリガトウゴザイマス！\n\nひなた製作所"),
    (False, "co.jp", f"拝啓\n\nご注文{OID}の器は電子レンジには使えませんので、ご注意ください。\n"
                     "末永くお使いいただけましたら幸いに存じます。\n\n敬具"),
]


@pytest.mark.parametrize(("want", "tld", "body"), THANKS_ONLY)
def test_thank_you_only_letter_and_katakana(want: bool, tld: str, body: str) -> None:
    assert _fires("type.thank-you-only", body, tld) is want


MARKETING: list[tuple[bool, str, str]] = [
    (False, "co.jp", f"ご注文{OID}の商品は欠品のため、クーポン割引後のご請求額 1,980円を全額返金いたしました。"),
    (False, "com", f"The kettle in order {OID} is out of stock; we refunded the 24.10 USD you paid after your "
                   "voucher was applied."),
    (False, "fr", f"La théière de la commande {OID} est épuisée ; nous avons remboursé les 24,10 EUR payés après "
                  "déduction de votre code promo."),
    (False, "es", f"La tetera del pedido {OID} está agotada; le devolvimos los 24,10 EUR que pagó después de "
                  "aplicar su código de descuento."),
    (False, "it", f"La teiera dell'ordine {OID} è esaurita; abbiamo rimborsato i 24,10 EUR pagati dopo "
                  "l'applicazione del suo codice sconto."),
    # a real promotion next to the same words still counts
    (True, "co.jp", f"ご注文{OID}の返金は完了しました。次回使える10%OFFクーポンもお送りします。"),
    (True, "com", f"We refunded the amount you paid after your voucher for order {OID}. Use code TEAPOT10 "
                  "for 10% off your next order."),
]


@pytest.mark.parametrize(("want", "tld", "body"), MARKETING)
def test_marketing_buyer_coupon_in_refund_amount(want: bool, tld: str, body: str) -> None:
    assert _fires("type.marketing", body, tld) is want


NO_ADJUSTMENT: list[tuple[bool, str, str]] = [
    (True, "co.jp", f"ご注文{OID}の座布団は、綿の入荷が止まり、ご用意ができない状況です。申し訳ございません。"),
    (True, "co.jp", f"ご注文{OID}の名入れ皿は、窯の故障によりお作りしてお届けすることができません。"),
    (False, "co.jp", f"ご注文{OID}の座布団は、綿の入荷が止まりご用意ができないため、代金を全額返金いたしました。"),
    # a condition, not a stock-out
    (False, "co.jp", f"ご注文{OID}の座布団を発送しました。ご不在でお届けができない場合は、不在票をご確認ください。"),
]


@pytest.mark.parametrize(("want", "tld", "body"), NO_ADJUSTMENT)
def test_no_adjustment_cannot_prepare(want: bool, tld: str, body: str) -> None:
    assert _fires("order-problem.no-adjustment", body, tld) is want


RETURN: list[tuple[bool, str, str]] = [
    (True, "co.jp", f"ご注文{OID}の返品のご依頼を承りました。木は使ううちに馴染みますので、あと一週間ほどお使いになって"
                    "みてから、もう一度ご検討いただけませんか。"),
    (True, "com", f"We saw your return request for order {OID}. Wool relaxes after a wash; could you give the "
                  "jumper a few more days?"),
    (True, "de", f"Wir haben Ihre Rücksendeanfrage zu Bestellung {OID} gesehen. Könnten Sie den Pullover noch "
                 "ein paar Wochen tragen und dann testen, ob er passt?"),
    (True, "es", f"Recibimos su solicitud de devolución del pedido {OID}. ¿Podría darle unas semanas más al jersey?"),
    # a real question the return needs
    (False, "co.jp", f"ご注文{OID}の返品のご依頼を承りました。二週間ほどお使いになったとのことですが、ほつれはどの部分に"
                     "ございますか。"),
    (False, "com", f"We saw your return request for order {OID}. Could you send us a photo of the seam "
                   "that came apart?"),
]


@pytest.mark.parametrize(("want", "tld", "body"), RETURN)
def test_return_talked_out_with_a_time_span(want: bool, tld: str, body: str) -> None:
    assert _fires("return.unnecessary", body, tld) is want


SENSITIVE: list[tuple[bool, str, str]] = [
    (True, "co.jp", f"ご注文{OID}のランジェリーは、セックスの時に映える一枚です。"),
    (True, "co.jp", f"ご注文{OID}のナイトドレスは、エッチな気分を盛り上げます。"),
    (True, "co.jp", f"ご注文{OID}のガウンは、いやらしい雰囲気を演出します。"),
    (False, "co.jp", f"ご注文{OID}のパーカーはユニセックスのサイズ展開です。"),
    (False, "co.jp", f"ご注文{OID}のグラスはエッチング加工で模様を入れています。"),
]


@pytest.mark.parametrize(("want", "tld", "body"), SENSITIVE)
def test_sensitive_adult_japanese(want: bool, tld: str, body: str) -> None:
    assert _fires("content.sensitive", body, tld) is want


OPT_OUT: list[tuple[bool, str, str]] = [
    (True, "co.jp", f"ご注文{OID}の加湿器のお手入れ方法です。※今後このご案内の受け取りを希望されない場合は、ご返信ください。"),
    (True, "co.jp", f"ご注文{OID}のお手入れ情報です。通知の配信を中止するには、こちらのページをご利用ください。"),
    (True, "com", f"Care tips for order {OID}. To stop receiving these notices, reply to this message."),
    (True, "de", f"Pflegetipps zu Bestellung {OID}. Wenn Sie diese Benachrichtigungen nicht mehr erhalten möchten, "
                 "antworten Sie kurz."),
    (False, "co.jp", f"ご注文{OID}は、配送業者の都合で本日の配送を停止しております。明日お届けします。"),
    (False, "com", f"Order {OID} is delivered; you will stop receiving these notifications from the carrier."),
    (False, "de", f"Bestellung {OID}: Die Sendungshinweise erhalten Sie vom Zusteller, nicht mehr von uns per SMS."),
]


@pytest.mark.parametrize(("want", "tld", "body"), OPT_OUT)
def test_opt_out_notices(want: bool, tld: str, body: str) -> None:
    assert _fires("link.opt-out", body, tld) is want


# Probes after the corpus: a dispatch said as "handed to the carrier", an offer of help ending in いつでもどうぞ,
# the same goods offered on another marketplace.
MORE: list[tuple[str, bool, str, str]] = [
    ("type.order-confirmation", True, "co.jp", f"ご注文{OID}の品は、本日ヤマト運輸に引き渡しました。荷物番号：5512-0387-2246"),
    ("type.order-confirmation", False, "co.jp", f"ご注文{OID}の品はヤマト運輸の営業所に保管されています。保管期限は6月21日です。"
                                                "荷物番号：5512-0387-2246"),
    ("type.order-confirmation", False, "co.jp", f"ご注文{OID}の返送に使われた送り状番号を教えていただけますか？"),
    ("type.thank-you-only", True, "co.jp", f"ご注文{OID}、どうもありがとうございました。困ったことがあればいつでもどうぞ。"),
    ("type.thank-you-only", False, "co.jp", f"ご注文{OID}の替えパッキンは明日お届けします。困ったことがあればいつでもどうぞ。"),
    ("type.marketing", True, "co.jp", f"ご注文{OID}ありがとうございました。Yahoo!ショッピング店でも色違いを販売しております。"),
    ("type.marketing", True, "co.jp", f"ご注文{OID}の器は、公式オンラインショップでもお買い求めいただけます。"),
    ("type.marketing", False, "co.jp", f"ご注文{OID}は、楽天市場でのご注文とは別のお届けになります。"),
    ("type.marketing", True, "com", f"Thanks for order {OID}. The matching cups are also listed in our Etsy shop."),
    ("type.marketing", False, "com", f"Order {OID} was bought on Amazon, not in our Etsy shop, so its gift note differs."),
    ("type.marketing", True, "de", f"Danke für Bestellung {OID}. Passende Tassen finden Sie auch in unserem Etsy-Shop."),
]


@pytest.mark.parametrize(("rule", "want", "tld", "body"), MORE)
def test_more_japanese_probes(rule: str, want: bool, tld: str, body: str) -> None:
    assert _fires(rule, body, tld) is want
