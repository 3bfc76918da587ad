"""Round 47 (corpus_fortyseventh): mail-client and helpdesk HTML, images, links and attachments.

The classes the rules missed:
- Japanese writes on straight after an address or a URL: Apple Mail's Japanese attribution
  ("2026/06/10 13:31、<alias>のメール:") glued the buyer's alias to の, so the address read
  "…co.jpのメール" and was no longer the buyer's; "https://www.amazon.co.jpのアカウント" read as a host
  outside Amazon; "返品はhttp://…" (a kana before the scheme) was no URL at all, so an http link passed.
- a Japanese product title of short words ("信楽焼 土鍋 8号 飴釉": two-kanji words, no run of four)
  was never matched by an image's alt text naming it.
Near-misses with the same vocabulary stay clean.
"""

from __future__ import annotations

from datetime import UTC, datetime

from policies import Context, Order, evaluate, parse_message
from policies.message import find_text_urls
from policies.rules.content import EMAIL
from tests.policies.plain_message import fires
from tests.policies.test_rules_content_style import ORDER, build, png

BUYER_JP = "q8w2e4r6t1@marketplace.amazon.co.jp"


# --- an address or URL glued to Japanese text ----------------------------------------------------------


def test_buyer_alias_glued_to_japanese_attribution_is_the_buyer() -> None:
    body = (
        "お客様\n\n配送日時の変更は承りました。\n\n器の店 ゆうげ\n\n"
        f"2026/06/12 9:05、{BUYER_JP}のメール:\n> 土曜日の午前に届けてもらえますか。"
    )
    assert not fires("content.email-address", body, "co.jp")


def test_other_address_glued_to_japanese_still_fires_and_ends_at_its_tld() -> None:
    assert fires(
        "content.email-address", "お客様\n\nご質問は order@utsuwa-yuuge.jpまでお寄せください。", "co.jp"
    )
    m = EMAIL.search("ご質問は order@utsuwa-yuuge.jpまでお寄せください")
    assert m is not None and m.group(0) == "order@utsuwa-yuuge.jp"
    m = EMAIL.search("連絡先：info@例え.テスト です")  # an internationalised domain keeps its own script
    assert m is not None and m.group(0) == "info@例え.テスト"


def test_url_after_kana_is_a_url() -> None:
    assert fires(
        "link.insecure", "お客様\n\n交換のお手続きはhttp://www.amazon.co.jp/returnsから承ります。", "co.jp"
    )
    assert find_text_urls("説明書はhttps://utsuwa-yuuge.jp/careをご覧ください") == [
        "https://utsuwa-yuuge.jp/careをご覧ください"
    ]
    assert find_text_urls("see xhttp://shop.example/x") == []  # an ASCII letter before the scheme: no URL


def test_japanese_glued_to_a_host_ends_the_host() -> None:
    assert not fires(
        "link.external",
        "お客様\n\n返金の状況は https://www.amazon.co.jpの注文履歴からご確認いただけます。",
        "co.jp",
    )
    assert not fires(
        "link.external", "お客様\n\n領収書はwww.amazon.co.jpのアカウントサービスから印刷できます。", "co.jp"
    )
    assert fires("link.external", "お客様\n\nお手入れ方法はwww.utsuwa-yuuge.jpに載せております。", "co.jp")
    assert find_text_urls("https://お名前.example/から") == ["https://お名前.example/から"]  # IDN host kept


# --- image.product-photo with a Japanese title of short words ----------------------------------------

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)


def _product_photo(alt: str, title: str) -> bool:
    html = (
        f"<html><body><p>ご注文番号 {ORDER} の湯呑みのお手入れについてご案内いたします。</p>"
        f'<p><img src="cid:a" alt="{alt}" width="240" height="240"></p><p>器の店 ゆうげ</p></body></html>'
    )
    msg = parse_message(build(html=html, inline=[("a", "image/png", png(240, 240))]))
    ctx = Context(msg, NOW, orders={ORDER: Order(ORDER, product_titles=(title,))})
    return "image.product-photo" in evaluate(ctx).rules


def test_alt_naming_a_japanese_title_of_short_words_fires() -> None:
    title = "萩焼 湯呑み 大 白釉"
    assert _product_photo("萩焼 湯呑み 白釉", title)
    assert _product_photo("萩焼湯呑み（白釉）", title)  # the words run on without spaces


def test_alt_sharing_one_short_word_or_naming_the_brand_stays_clean() -> None:
    title = "萩焼 湯呑み 大 白釉"
    assert not _product_photo("萩焼の窯元 ゆうげ", title)
    assert not _product_photo("器の店 ゆうげ", title)
    assert not _product_photo("お手入れの手順図", title)


# --- Outlook's Wingdings smileys -----------------------------------------------------------------------


def _outlook_line(inner: str) -> set[str]:
    html = (
        f"<html><body><p class=MsoNormal>Ihre Bestellung {ORDER} ist seit gestern unterwegs, viel Freude damit "
        f"{inner}<o:p></o:p></p></body></html>"
    )
    msg = parse_message(build(html=html))
    return set(evaluate(Context(msg, NOW)).rules)


def test_outlook_autocorrect_smiley_in_wingdings_is_an_emoji() -> None:
    span = (
        "<span style='font-family:Wingdings;mso-ascii-font-family:Calibri;mso-char-type:symbol;"
        "mso-symbol-font-family:Wingdings'><span style='mso-char-type:symbol;mso-symbol-font-family:Wingdings'>"
        "{}</span></span>"
    )
    assert "style.emoji" in _outlook_line(span.format("J"))
    assert "style.emoji" in _outlook_line('<font face="Wingdings">L</font>')


def test_letters_that_are_no_wingdings_smiley_stay_clean() -> None:
    assert "style.emoji" not in _outlook_line("<span style='font-family:Wingdings'>&#216;</span>")  # an arrow
    assert "style.emoji" not in _outlook_line("<span style='font-family:Wingdings'>Juni</span>")
    assert "style.emoji" not in _outlook_line("<span style='font-family:Calibri'>J</span>")
    assert "style.emoji" not in _outlook_line("<span style='font-family:\"Wingdings 2\"'>J</span>")
