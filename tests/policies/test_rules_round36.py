"""Round 36 (corpus_thirtysixth): the shared corpus's shape, entirely in Japanese for amazon.co.jp.

The wordings a Japanese seller uses that the rules missed:
- a signature whose shop name ends in か (「雑貨 しなやか」「さわやか」) was read as a question, so a return
  message "asked for information";
- thank-you filler: a shop name after the shop word (「うつわ屋ひなたです」), past joy (「喜んでいました」), the long
  「数ある店舗の中から…心より御礼申し上げます」, 「これ以上の喜びはございません」;
- a carrier's failed delivery (再配達, ご不在, 保管期限, 宛所不明, the correct address; en/de/fr/es/it
  siblings) is a problem to solve, not a dispatch confirmation, even with its tracking number;
- 「説明書・ヘルプもあわせてご覧ください」 points to instructions, not to other products;
- insults 「頭おかしい」「うざい」「消えろ」 and slurs;
- phone groups joined by the minus sign (U+2212) or the long-vowel mark (ー): 「０１２０−４５６−７８２」;
- an address written with （アット）: 「info（アット）shop.jp」 is an email address, not a web address.
Compliant near-misses with the same vocabulary stay clean.
"""

from __future__ import annotations

import pytest

from policies import Context, parse_message
from policies.rule import registered
from policies.rules._units import is_question
from tests.policies.test_rules_messagetypes import NOW, OID


def _ctx(body: str, tld: str = "co.jp") -> Context:
    raw = "\r\n".join([
        "From: Shop <shop@example.com>", f"To: q8w2e4r6t1@marketplace.amazon.{tld}", f"Subject: {OID}",
        "Date: Mon, 15 Jun 2026 10:00:00 +0000", "Message-ID: <r36@example.com>", "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", body.replace("\n", "\r\n"),
    ]).encode("utf-8")
    return Context(parse_message(raw), NOW)


def _fires(rule: str, body: str, tld: str = "co.jp") -> bool:
    return bool(list(registered()[rule].check(_ctx(body, tld))))


QUESTIONS: list[tuple[bool, str]] = [
    (True, "部品の型番を教えていただけますか"),
    (True, "商品は無事に届きましたか。"),
    (True, "交換でもよろしいでしょうか"),
    (True, "ほかにお困りのことはございませんか"),
    (True, "本当にこの色でよいのか"),
    (False, "雑貨と器の店 すこやか"),
    (False, "和菓子処 なめらか"),
    (False, "ご不明な点が何か"),
    (False, "赤か青のどちらか"),
]


@pytest.mark.parametrize(("want", "text"), QUESTIONS)
def test_japanese_question_needs_a_verb_ending(want: bool, text: str) -> None:
    assert is_question(text) is want


RETURNS: list[tuple[bool, str]] = [
    (True, f"ご注文番号 {OID} の返品のご申請を確認しました。\n往復の送料がかかりますので、返品をお取り下げいただくほうがお得です。\n\n雑貨 さわやか"),
    (False, f"ご注文番号 {OID} の返品のご申請を確認しました。\n破損の状態を教えていただけますか。\n\n雑貨 さわやか"),
    (False, f"ご注文番号 {OID} の返品のご申請を確認しました。\n返品に必要ですので、破損の状態を教えていただけますか\n\n雑貨 さわやか"),
]


@pytest.mark.parametrize(("want", "body"), RETURNS)
def test_shop_name_ending_in_ka_asks_nothing(want: bool, body: str) -> None:
    assert _fires("return.unnecessary", body) is want


THANKS: list[tuple[bool, str]] = [
    (True, f"こんにちは！花屋みのりです。\nご注文 {OID} の花束を選んでくださって、本当にありがとうございます！\n"
           "スタッフみんな喜んでいました。\n\n花屋 みのり"),
    (True, f"拝啓　新緑の候、ますますご清祥のこととお慶び申し上げます。\n数多くのお店の中から私どもをお選びいただき、"
           f"ご注文番号 {OID} にて湯呑みをお求めくださいましたこと、心より御礼申し上げます。\n敬具\n\n陶器の店 さくら"),
    (True, f"ご注文番号 {OID} の傘をお選びいただき、ありがとうございます。\n"
           "長くお使いいただけましたら、私どもにとりまして何よりの喜びでございます。\n\n雨具の店"),
    (False, f"こんにちは！花屋みのりです。\nご注文 {OID} の花束は、明日の午前中に発送いたします。\n\n花屋 みのり"),
    (False, f"ご注文番号 {OID} の傘をお選びいただき、ありがとうございます。\n"
            "レビューをお寄せいただけましたら、何よりの励みでございます。\n\n雨具の店"),
    (False, f"ご注文番号 {OID} の湯呑みは不具合のため交換品をお送りしました。ご理解いただきましたこと、心より御礼申し上げます。\n\n陶器の店 さくら"),
    (False, f"ご注文番号 {OID} の湯呑みですが、窯の不具合で焼き直しとなり、お届けが遅れておりますことを心よりお詫び申し上げます。\n\n陶器の店 さくら"),
]


@pytest.mark.parametrize(("want", "body"), THANKS)
def test_japanese_thank_you_filler(want: bool, body: str) -> None:
    assert _fires("type.thank-you-only", body) is want


CONFIRMATIONS: list[tuple[bool, str, str]] = [
    (False, "co.jp", f"ご注文番号 {OID} の荷物は、ご不在のためヤマト運輸の営業所で保管中です（伝票番号 2231-5567-8890）。\n"
                     "保管期限までに再配達のご依頼をお願いいたします。"),
    (False, "co.jp", f"ご注文番号 {OID} の荷物が宛所不明で当店に戻ってまいりました（お問い合わせ番号 7781-2234-5560）。\n"
                     "正しいご住所をご返信ください。"),
    (False, "com", f"The carrier missed your delivery for order {OID} (tracking number 1Z999AA10123456784). "
                   "Please book a redelivery before it goes back."),
    (False, "de", f"Der Zustellversuch für Bestellung {OID} war erfolglos, Sendungsnummer 00340434718295561207. "
                  "Die Lagerfrist endet am Freitag."),
    (False, "fr", f"Le colis de la commande {OID} est mis en instance au bureau de poste, numéro de suivi 6A12345678901."),
    (False, "es", f"El paquete del pedido {OID} vuelve con destinatario desconocido, número de seguimiento PK12345678ES. "
                  "Indícanos la dirección completa."),
    (False, "it", f"Il pacco dell'ordine {OID} è in giacenza presso l'ufficio postale, numero di tracciamento 3UW1A2B3C4D5."),
    (True, "co.jp", f"ご注文番号 {OID} の商品を本日発送いたしました。\n伝票番号：2231-5567-8890"),
    (True, "com", f"Your order {OID} has shipped today. Tracking number: 1Z999AA10123456784."),
]


@pytest.mark.parametrize(("want", "tld", "body"), CONFIRMATIONS)
def test_failed_delivery_is_no_confirmation(want: bool, tld: str, body: str) -> None:
    assert _fires("type.order-confirmation", body, tld) is want


MARKETING: list[tuple[bool, str]] = [
    (False, f"ご注文番号 {OID} の設置方法は、取扱説明書の手順もあわせてご覧ください。"),
    (False, f"ご注文番号 {OID} の注意点は、Amazonのヘルプページもあわせてご覧ください。"),
    (True, f"ご注文番号 {OID} のお皿と同じ作家の器を、ストアページであわせてご覧ください。"),
    (True, f"ご注文番号 {OID} の商品とあわせて、こちらの鍋敷きもおすすめです。"),
]


@pytest.mark.parametrize(("want", "body"), MARKETING)
def test_see_also_the_manual_is_no_promotion(want: bool, body: str) -> None:
    assert _fires("type.marketing", body) is want


INSULTS: list[tuple[bool, str]] = [
    (True, "そんなことで文句を言うなんて、頭おかしいんじゃないですか。"),
    (True, "正直、こういう問い合わせはうざいです。"),
    (True, "二度と連絡してくるな、消えろ。"),
    (False, "頭が痛くなるほど香りが強い場合は、量を減らしてください。"),
    (False, "汚れが消えるまで、やさしくこすってください。"),
    (False, "アットホームな雰囲気の小さなお店です。"),
]


@pytest.mark.parametrize(("want", "body"), INSULTS)
def test_japanese_insults(want: bool, body: str) -> None:
    assert _fires("content.sensitive", f"ご注文番号 {OID} について。\n{body}") is want


PHONES: list[tuple[bool, str]] = [
    (True, "ご不明な点は当店窓口（０３−５５６６−７７８８）までお電話ください。"),
    (True, "お急ぎの方は 0120ー345ー678 へお電話ください。"),
    (False, "メーカー保証の修理窓口：０１２０−９８７−６５４"),
    (False, "サイズは３０−４０cmです。"),
]


@pytest.mark.parametrize(("want", "body"), PHONES)
def test_phone_groups_joined_by_minus_or_long_mark(want: bool, body: str) -> None:
    assert _fires("content.phone-number", f"ご注文番号 {OID} について。\n{body}") is want


def test_address_written_with_katakana_at_in_brackets() -> None:
    body = f"ご注文番号 {OID} のお写真は、support（アット）kobo-hinoki.jp までお送りください。"
    assert _fires("content.email-address", body)
    assert not _fires("link.external", body)


def test_address_written_with_hiragana_at() -> None:
    assert _fires("content.email-address", f"ご注文番号 {OID} の件は hinoki.kobo(あっと)mail.example.jp へどうぞ。")


def test_at_home_is_no_address() -> None:
    body = f"ご注文番号 {OID} のお店はアットホームな雰囲気です。あっという間に届きます。"
    assert not _fires("content.email-address", body)
