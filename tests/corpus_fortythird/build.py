#!/usr/bin/env python3
"""Build the forty-third labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_fortythird/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. Japanese only (amazon.co.jp): compliant near-misses that use
the vocabulary of a violation (確認 as "please check", レビュー mentioned without asking, クーポン inside a refund
amount, 殺菌, tracking and register numbers that look like phone numbers) and violations in the registers real
Japanese sellers write in: formal keigo of a large shop, casual small makers, Rakuten-style shop templates with
【】 headers, ■ bullets and ※ notes, and helpdesk replies quoting the buyer.
"""

from __future__ import annotations

import random
import sys
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))
from corpus_build import (  # noqa: E402
    OrderBook,
    add_case,
    collect_by_language,
    lang_counts,
    mail_date,
    make_pdf,
    mk,
    page,
    quote,
    reply_headers,
    set_boundaries,
    text2html,
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(43_2026_0615)
_PREFIX = {"co.jp": "50"}
_TLD = {"ja": "co.jp", "en": "co.jp", "": "co.jp"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T03:00:00Z", shipped="2026-06-02T06:00:00Z",
                 delivered="2026-06-04T05:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-11T01:30:00Z"}
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
SJIS = {"charset": "shift_jis", "cte": "base64"}
EUC = {"charset": "euc-jp", "cte": "base64"}
B64 = {"cte": "base64"}
QP = {"cte": "quoted-printable"}

CANCEL = "order-problem.cancellation-request"
NOADJ = "order-problem.no-adjustment"
RET = "return.unnecessary"
CONF = "type.order-confirmation"
MKT = "type.marketing"
THX = "type.thank-you-only"
PHONE = "content.phone-number"
EMAIL = "content.email-address"

TARGET = ["language.mismatch", CONF, THX, MKT, "review.incentive", "review.removal-request",
          "review.conditional", "review.repeat", CANCEL, NOADJ, RET, "content.sensitive", PHONE, EMAIL,
          "link.opt-out", "link.external"]
OTHER = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "style.emoji",
         "style.line-breaks", "link.insecure", "attachment.not-allowed", "style.link-text"]


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str, text: str,
         day: int = 12, reply: str = "", tolerated: tuple[str, ...] = (), enc: dict | None = None,
         fmt: str = "text", html: str = "", crlf: bool = False, attach: tuple = (),
         after: tuple[str, ...] = (), lang: str = "ja") -> None:
    """One case. fmt: text (plain), html (HTML only) or alt (text + HTML alternative); `html` replaces the
    generated HTML body. Every target rule not named in `rules` (or tolerated) must stay silent. `reply`
    quotes the buyer: the message answers a buyer (In-Reply-To/References)."""
    hdrs = reply_headers(f"0100019d.a43.{slug[:24]}") if reply else []
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = text.strip("\n") + "\n"
    if reply:
        body += "\n" + reply.strip("\n") + "\n"
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*TARGET, *OTHER) if r not in rules and r not in tol]
    kw = dict(enc or {})
    if fmt == "text":
        kw["text"] = body
    else:
        doc = page(html or text2html(body), lang)
        cs = kw.get("charset", "utf-8")
        kw["html"] = doc.replace('<meta charset="utf-8">', f'<meta charset="{cs}">')
        if fmt == "alt":
            kw["text"] = body
    msg = mk(frm, to, subject, mail_date(day, "14:22:05", "+0900"), f"<a43.{slug}@{dom}>", headers=hdrs,
             attach=attach, **kw)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, crlf=crlf, after=after)


def buyer_said(attribution: str, text: str) -> str:
    """A helpdesk reply's quoted buyer message, Japanese mail-client style."""
    return attribution + "\n" + quote(text)


# --------------------------------------------------------------------------------------------
# Compliant near-misses
# --------------------------------------------------------------------------------------------

def cases_relay() -> None:
    o, b = order("engrave", "ja", "名入れ 真鍮ボールペン 0.7mm 木箱入り")
    case("kokuin-moji-gokakunin", "relay", [],
         "確認 is a request to check the engraving text, not an order confirmation; the thanks wrap a real "
         "question needed to make the custom item.",
         to=b, frm="刻印工房 たくみ堂 <order@takumido-kokuin.jp>", enc=JIS,
         subject=f"刻印内容についてのご確認のお願い（ご注文番号 {o}）", text=f"""お客様

このたびは名入れボールペンをご注文いただき、ありがとうございます。
刻印工房たくみ堂の大西でございます。

ご注文番号 {o} の刻印内容を確認いたしましたところ、
ご注文時の刻印文字欄には「Takumi」、備考欄には「たくみ」と
異なる内容が入力されておりました。

お手数ですが、どちらの表記で刻印いたしましょうか。
ご確認のうえ、本メッセージにご返信をお願いいたします。
ご返信をいただいてから2営業日で刻印し、出荷いたします。

刻印工房 たくみ堂　大西""")

    o, b = order("pan", "ja", "鉄製フライパン 26cm 窒化加工")
    case("tetsu-pan-aburanarashi", "relay", [],
         "Set phrases of thanks around a first-use instruction the buyer needs: not thank-you-only.",
         to=b, frm="鉄器の店 くろがね <info@kurogane-tekki.jp>", enc=SJIS, day=5,
         subject=f"鉄フライパンのご使用前に（ご注文番号 {o}）", text=f"""お客様

このたびは当店の鉄製フライパンをお選びいただき、誠にありがとうございます。
ご注文番号 {o} の商品は、ご使用前に「油ならし」が必要です。

1. 中火で1分ほど空焼きし、火を止めます。
2. 油をおたま半分ほど入れ、弱火で3分ほどなじませます。
3. 油をオイルポットに戻し、キッチンペーパーで薄くのばせば完了です。

洗うときは洗剤を使わず、たわしとお湯だけで洗っていただくと長持ちいたします。
今後とも末永くご愛用いただけますと幸いです。

鉄器の店 くろがね""")

    o, b = order("rev-a", "ja", "竹製 せいろ 21cm 2段 蓋付き")
    case("seiro-review-hitokoto", "relay", [],
         "One neutral review request with no benefit and no condition (the first for this order).",
         to=b, frm="竹細工 ささの葉 <shop@sasanoha-take.jp>", enc=QP, day=10, crlf=True,
         subject=f"せいろの使い心地はいかがでしょうか（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のせいろをお使いいただき、ありがとうございます。

竹のせいろは、使い始めは竹の香りが強めに出ますが、
数回蒸しているうちに落ち着いてまいります。

お使いになってみてのご感想を、Amazonの商品レビューに
率直にお書きいただけましたら、今後の商品づくりの参考にいたします。
良かったところも、いまひとつだったところも、そのままお聞かせください。

竹細工 ささの葉　店主 笹本""")

    o, b = order("rev-b", "ja", "今治 バスタオル 2枚組 ホテル仕様 グレー")
    review_b_text = f"""【レビューのお願い】

ご注文番号：{o}
商品名：今治 バスタオル 2枚組 ホテル仕様 グレー

いつも当店をご利用いただき、ありがとうございます。
お届けした商品の使い心地はいかがでしょうか。

■ お洗濯について
最初の数回は毛羽が出やすいため、単独での洗濯をおすすめいたします。
柔軟剤は吸水性を下げることがありますので、控えめにお使いください。

■ レビューについて
お時間のあるときに、Amazonの商品ページへレビューをお寄せいただけますと幸いです。

※本メッセージはAmazonのメッセージ機能からお送りしております。

今治タオル工房 あおなみ"""
    review_b_html = f"""<p>【レビューのお願い】</p>
<p>ご注文番号：{o}<br>
商品名：今治 バスタオル 2枚組 ホテル仕様 グレー</p>
<p>いつも当店をご利用いただき、ありがとうございます。<br>
お届けした商品の使い心地はいかがでしょうか。</p>
<p><b>■ お洗濯について</b><br>
最初の数回は毛羽が出やすいため、単独での洗濯をおすすめいたします。<br>
柔軟剤は吸水性を下げることがありますので、控えめにお使いください。</p>
<p><b>■ レビューについて</b><br>
お時間のあるときに、<a href="https://www.amazon.co.jp/review/create-review?asin=B0D7QX4K2M">Amazonの商品レビュー投稿ページ</a>へご感想をお寄せいただけますと幸いです。</p>
<p>※本メッセージはAmazonのメッセージ機能からお送りしております。</p>
<p>今治タオル工房 あおなみ</p>"""
    case("towel-review-template", "relay", [],
         "Rakuten-style template (【】 header, ■ sections, ※ note) with washing advice and one neutral review "
         "request linking to Amazon with descriptive link text.",
         to=b, frm="今治タオル工房 あおなみ <info@aonami-towel.jp>", enc=B64, fmt="alt", day=9,
         html=review_b_html, subject=f"【あおなみ】レビューのお願い（ご注文番号 {o}）", text=review_b_text)

    o, b = order("review-mention", "ja", "ステンレス 真空断熱 フードジャー 400ml")
    case("foodjar-review-de-goshiteki", "relay", [],
         "レビュー is only mentioned as the source of a known fitting problem; the message tells the buyer how "
         "to seat the gasket and asks for no review.",
         to=b, frm="ランチ雑貨 まるべん <support@marubento.jp>", enc=EUC,
         subject=f"パッキンの取り付けについて（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のフードジャーについて、ご案内がございます。

商品ページのレビューで、「ふたから汁が漏れる」というご指摘を
数件いただきました。調べたところ、いずれもふた裏のパッキンが
裏返しに取り付けられていたことが原因でした。

パッキンは、溝のある面をふた側に向け、全周を指で押し込んでください。
お手元の商品は同じ製造ロットのため、念のためお知らせいたしました。

ランチ雑貨 まるべん""")

    o, b = order("ret-photo", "ja", "組み立て式 スチールラック 5段 幅90cm")
    case("rack-henpin-buhin-shashin", "relay", [],
         "A proactive return follow-up that asks which part is missing and for a photo: information needed to "
         "complete the return.",
         to=b, frm="収納家具のラックス <cs@racks-shuno.jp>", enc=JIS, crlf=True,
         subject=f"返品リクエストについて（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のスチールラックについて、返品リクエストを拝見いたしました。
「部品が足りない」とのことで、ご不便をおかけしております。

返品のお手続きを進めるにあたり、不足している部品が支柱・棚板・
ボルトのどれにあたるか、また同梱の部品一覧表のお写真を
このメッセージに添付してお送りいただけますでしょうか。

お写真を拝見しだい、返送用の集荷手配についてご連絡いたします。

収納家具のラックス　カスタマー担当 森田""")

    o, b = order("ret-partial", "ja", "リネン 100% ワンピース 半袖 ネイビー M")
    case("linen-ichibu-henkin-teian", "relay", [],
         "On a return for a colour complaint, the seller offers a partial refund as an alternative and leaves "
         "the return open: explicitly permitted.",
         to=b, frm="リネン服 そよぎ <hello@soyogi-linen.jp>", enc=QP,
         subject=f"返品のご依頼について（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のワンピースについて、
「画面で見た色より暗い」との理由で返品のご依頼をいただきました。

もし色味以外に問題がなく、このままお召しいただけるようでしたら、
返品の代わりに商品代金の25%（2,200円）を一部返金させていただくこともできます。

一部返金をご希望の場合はこのメッセージにその旨ご返信ください。
返品をご希望の場合は、そのまま返品のお手続きをお進めいただいて構いません。

リネン服 そよぎ""")

    o, b = order("oos-ok", "ja", "手捻り 九谷焼 湯呑み 夫婦セット", **OOS)
    case("kutani-keppin-chosei-zumi", "relay", [],
         "Stock-out that confirms the full order amount was adjusted, with the no-inventory reason, and tells "
         "the buyer nothing is needed from them.",
         to=b, frm="九谷焼 窯元直送 いろえ <order@iroe-kutani.jp>", enc=EUC,
         subject=f"ご注文商品の欠品につきまして（ご注文番号 {o}）", text=f"""お客様

毎度格別のご愛顧を賜り、心より御礼申し上げます。

ご注文番号 {o} の九谷焼 湯呑み 夫婦セットにつきまして、
窯出しの検品で絵付けに欠けが見つかり、お届けできる品が
一点もなくなってしまいました。

つきましては、本日Amazonの注文管理にて、ご注文金額の全額（6,800円）を
調整いたしました。返金理由は「在庫なし」として登録しております。
お客様にてキャンセル等のお手続きをいただく必要はございません。

ご期待に添えず、誠に申し訳ございません。

九谷焼 窯元直送 いろえ""")

    o, b = order("delay", "ja", "信楽焼 植木鉢 8号 灰釉", **OOS)
    case("shigaraki-hassou-okure-sentaku", "relay", [],
         "A delay notice with a new dispatch date; if the buyer does not want to wait the seller cancels and "
         "refunds on a reply: not a request that the buyer cancel, and not a stock-out.",
         to=b, frm="信楽 土の器 やまなみ <info@yamanami-shigaraki.jp>", enc=SJIS, crlf=True,
         subject=f"発送時期のご案内（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の植木鉢につきまして、
窯の温度調整に不具合が生じ、焼き上がりが遅れております。

発送は6月22日頃となる見込みです。
お待ちくださる場合は、何もなさらなくて結構です。
お待ちいただけない場合は、このメッセージにご返信いただければ、
当店にてご注文をお取り消しのうえ、代金を全額お返しいたします。

お急ぎのところ申し訳ございません。

信楽 土の器 やまなみ""")

    o, b = order("maker-tel", "ja", "全自動コーヒーメーカー ミル付き 4杯用")
    case("coffee-maker-support-zenkaku", "relay", [],
         "The manufacturer's support line in full-width digits, with メーカー on the same line: an allowed number.",
         to=b, frm="家電のミヤタ商会 <shop@miyata-kaden.jp>", enc=B64,
         subject=f"コーヒーメーカーの初期設定について（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のコーヒーメーカーについて、
「ミルが回らない」とのご連絡をいただきました。

豆ホッパーのふたが奥まで閉まっていないと、安全装置が働いてミルが停止します。
ふたの右側のツメが「カチッ」と鳴るまで押し込んでからお試しください。

それでも回らない場合は、製造元メーカーのサポートセンター（０１２０－７８９－３４１）へ
お問い合わせいただくと、無償点検の手配をしてもらえます。

家電のミヤタ商会""")

    o, b = order("carrier-tel", "ja", "天然木 ダイニングチェア 2脚セット")
    case("sagawa-eigyousho-hokan", "relay", [],
         "The parcel is held at the carrier's depot; the carrier's depot number stands on the same line as "
         "佐川急便: allowed, and the tracking number is no phone number.",
         to=b, frm="木の家具 もくれん <cs@mokuren-kagu.jp>", enc=JIS,
         subject=f"お荷物の保管期限について（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のダイニングチェアについて、ご連絡いたします。

配達時にご不在だったため、お荷物は現在、佐川急便の東大阪営業所で
保管されております。保管期限は6月19日までで、期限を過ぎますと
当店へ返送されてしまいます。

再配達は、佐川急便 東大阪営業所（072-961-3307）へ、お問い合わせ送り状番号
4102-3398-5561 をお伝えのうえご依頼ください。

木の家具 もくれん""")

    o, b = order("warranty-tel", "ja", "電動アシスト 三輪自転車 24インチ")
    case("jitensha-hoshou-madoguchi", "relay", [],
         "The warranty repair desk's number next to 保証: allowed even though it is the seller's own desk "
         "for warranty claims.",
         to=b, frm="サイクルショップ かぜのわ <info@kazenowa-cycle.jp>", enc=QP,
         subject=f"保証書についてのご案内（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の電動アシスト三輪自転車に、保証書が同梱されていなかったことが
分かりました。大変失礼いたしました。

本製品の保証期間はお届け日から2年間で、お届け日の記録をもって保証書に代えさせていただきます。
保証修理のお申し込みは、保証修理受付窓口 0120-552-810（平日10時〜17時）までお願いいたします。

サイクルショップ かぜのわ""")

    o, b = order("reply-track", "ja", "有田焼 豆皿 5枚セット 色絵")
    case("helpdesk-toiawase-bangou", "relay", [],
         "A reply to 'when will it arrive?' giving the carrier and tracking number: answering a buyer is not an "
         "order confirmation.",
         to=b, frm="有田焼 器の店 まどか <support@madoka-arita.jp>", enc=JIS, crlf=True,
         reply=buyer_said("2026年6月11日 21:04 お客様:",
                          f"注文番号 {o} の豆皿がまだ届きません。\nいつ頃届きますか？"),
         subject=f"Re: 商品の到着について（ご注文番号 {o}）", text=f"""お客様

お問い合わせいただき、ありがとうございます。

ご注文番号 {o} の豆皿は、6月2日に日本郵便のゆうパックにて発送しております。
お問い合わせ番号は 5316-2874-0915 です。日本郵便の追跡サービスで
現在の配送状況をご確認いただけます。

お手元に届くまで、今しばらくお待ちくださいませ。

有田焼 器の店 まどか""")

    o, b = order("reply-ret", "ja", "ウール混 ニットカーディガン オートミール L")
    case("helpdesk-henpin-houhou", "relay", [],
         "A reply to a buyer who asked how to return: return information answering the buyer.",
         to=b, frm="ニット工房 ゆきの <cs@yukino-knit.jp>", enc=B64,
         reply=buyer_said("> お客様のメッセージ:",
                          "サイズが大きすぎたので返品したいのですが、\nどうすればいいですか？"),
         subject=f"Re: 返品について（ご注文番号 {o}）", text=f"""お客様

ご連絡ありがとうございます。サイズが合わず、申し訳ございません。

ご注文番号 {o} のカーディガンは、商品到着後30日以内であれば返品を承っております。
Amazonの「注文履歴」から該当の注文を選び、「商品の返品」へお進みください。
返品理由で「サイズが合わない」を選択いただくと、返送用のラベルが表示されます。

タグを付けたまま、届いたときの袋に入れてお送りいただけますと助かります。

ニット工房 ゆきの""")

    o, b = order("bilingual", "ja", "無垢材 ローボード 幅150cm 大型")
    case("ogata-haitatsu-nichiji-bilingual", "relay", [],
         "Scheduling delivery of a bulky item, in Japanese followed by an English version: a bilingual message "
         "that includes the buyer's language passes.",
         to=b, frm="Woodline Furniture <delivery@woodline-furniture.jp>", enc=QP,
         subject=f"配送日時のご相談 / Delivery scheduling (Order {o})", text=f"""お客様

ご注文番号 {o} のローボードは大型商品のため、家具専門の配送業者が
2名でお届けし、設置までいたします。

6月17日から6月21日の間で、ご都合のよい日と時間帯（午前・午後・夜間）を
このメッセージへのご返信でお知らせください。

---

Dear customer,

Your TV board from order {o} is a large item and will be delivered and set up
by a two-person furniture crew. Please reply with a day between 17 and 21 June
and a time slot (morning, afternoon or evening) that suits you.

Woodline Furniture""")

    o, b = order("en-buyer", "en", "Hinoki wood bath stool, natural finish")
    case("en-buyer-on-cojp", "relay", [],
         "English to a .co.jp buyer whose stored language is English: the buyer's language wins over the "
         "marketplace default.",
         to=b, frm="Kiso Hinoki Works <info@kiso-hinoki.jp>", enc=QP, lang="en",
         subject=f"Your bath stool - a question about the finish (order {o})", text=f"""Hello,

Thank you for your order {o}. Before we ship the hinoki bath stool we need to know
one detail: you selected "natural finish", but the note on your order mentions an
oil coating.

Could you reply and tell us whether you would like the stool left untreated or
finished with a light coat of food-safe oil? We will ship the day after we hear
from you.

Best regards,
Kiso Hinoki Works""")

    o, b = order("invoice", "ja", "業務用 ステンレス 寸胴鍋 30cm")
    pdf = make_pdf("Invoice 2026-0612-031", [
        "Tekiseki Seikyusho (Qualified Invoice) No. 2026-0612-031",
        f"Order {o}",
        "Registration No. T5010401098765",
        "Stainless stock pot 30cm x1  JPY 12,800 (tax 10%: 1,163)",
        "Kitchen Pro Nishida, 530-0041 Osaka",
    ], producer="invoice-kit 2.1")
    case("sundou-invoice-tekikaku", "relay", [],
         "Sends the qualified invoice as a PDF; the registration number (T + 13 digits), postcode and JAN code "
         "are not phone numbers.",
         to=b, frm="業務用厨房 キッチンプロ西田 <billing@kp-nishida.jp>", enc=SJIS,
         attach=((pdf, "application", "pdf", "invoice_2026-0612-031.pdf"),),
         subject=f"適格請求書の送付（ご注文番号 {o}）", text=f"""お客様

ご依頼いただきました適格請求書（インボイス）をPDFにて添付いたします。

■ご注文番号：{o}
■商品：業務用 ステンレス 寸胴鍋 30cm（JAN 4560123458871）
■請求金額：12,800円（うち消費税 1,163円）
■登録番号：T5010401098765
■発行元：キッチンプロ西田　〒530-0041 大阪府大阪市北区

※宛名の変更が必要な場合は、このメッセージにご返信ください。

業務用厨房 キッチンプロ西田 経理担当""")

    o, b = order("sakkin", "ja", "ひのき まな板 45×24cm 厚さ3cm")
    case("manaita-sakkin-oteire", "relay", [],
         "Care advice with 殺菌, 刃物 and 傷: vocabulary of violence in a harmless kitchen sense.",
         to=b, frm="木曽の木工 ひのきや <info@hinokiya-kiso.jp>", enc=EUC, crlf=True,
         subject=f"まな板のお手入れ方法（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のひのきまな板について、お手入れ方法をお知らせします。

・使う前に水で濡らしておくと、食材のにおいや色がしみ込みにくくなります。
・肉や魚を切ったあとは、水で洗ってから熱湯をかけて殺菌してください。
・漂白剤は木を傷めるため、お使いにならないでください。
・刃物の傷が深くなってきたら、紙やすりで表面を削ると元に戻ります。

ひのきや　木村""")

    o, b = order("coupon-refund", "ja", "オーガニックコットン 授乳ケープ ベージュ", **OOS)
    case("junyu-cape-coupon-zengaku", "relay", [],
         "Stock-out with the refund confirmed; クーポン only explains the amount paid after the buyer's coupon: "
         "not marketing.",
         to=b, frm="ベビー用品 ねんね <shop@nenne-baby.jp>", enc=QP,
         subject=f"ご注文の商品について大切なお知らせ（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の授乳ケープですが、仕入れ先の生地の入荷が止まり、
今後の入荷の見込みが立たないため、お届けすることができなくなりました。

本日、商品の欠品によりご注文を取り消し、クーポン適用後にお支払いいただいた
2,376円は全額返金済みです。カード会社によっては反映まで数日かかります。

楽しみにお待ちいただいていたところ、本当に申し訳ございません。

ベビー用品 ねんね""")

    o, b = order("mail-word", "ja", "オーダー 表札 ステンレス切り文字 横型")
    case("hyousatsu-mail-address-iranai", "relay", [],
         "Asks for the lettering of a custom nameplate and says not to use an email address: the words "
         "メールアドレス and 外部サイト without any address or link.",
         to=b, frm="表札工房 かどや <order@kadoya-hyousatsu.jp>", enc=B64,
         subject=f"表札の文字のご指定をお願いします（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のオーダー表札について、製作に必要な情報がまだ届いておりません。

表記する文字（漢字・ローマ字のどちらか）と、書体（楷書・ゴシック）を
お知らせください。お手数ですが、メールアドレスや外部サイトではなく、
このAmazonのメッセージにそのままご返信いただけますようお願いいたします。

表札工房 かどや""")


# --------------------------------------------------------------------------------------------
# Violations
# --------------------------------------------------------------------------------------------

def cases_violation() -> None:
    o, b = order("en-template", "ja", "南部鉄器 鉄瓶 1.2L 霰", **OOS)
    case("en-template-to-ja-buyer", "quarantine", ["language.mismatch"],
         "An English delay template to a .co.jp buyer whose language is Japanese.",
         to=b, frm="Iwate Ironware Direct <orders@iwate-ironware.jp>", enc=QP, lang="en",
         subject=f"Shipping delay notice for order {o}", text=f"""Dear Customer,

We are writing about your order {o} (Nambu cast iron kettle 1.2L).

Due to a delay at our foundry, your kettle will now ship on 20 June instead of
13 June. We apologise for the wait. If you would prefer not to wait, just reply
and we will cancel the order and refund you in full.

Kind regards,
Iwate Ironware Direct""")

    o, b = order("en-default", "", "Kyoto incense sticks, sandalwood, 100 pcs")
    case("en-to-default-ja-buyer", "quarantine", ["language.mismatch"],
         "English HTML to a .co.jp buyer with no stored language: the marketplace default (ja) applies.",
         to=b, frm="Koh-an Incense <shop@kohan-incense.jp>", enc=B64, fmt="html", lang="en",
         subject=f"About your incense order {o}", text=f"""Hello,

Regarding order {o}: the sandalwood sticks you chose come in two lengths,
14 cm and 21 cm, and your order did not say which one you wanted.

Please reply with the length you prefer and we will ship the same day.

Koh-an Incense""")

    o, b = order("ja-to-en", "en", "Handmade washi notebook, A5, indigo")
    case("ja-to-english-buyer", "quarantine", ["language.mismatch"],
         "A Japanese message to a buyer whose stored language is English, without an English version.",
         to=b, frm="和紙の店 こうぞ <info@kouzo-washi.jp>", enc=JIS,
         subject=f"ノートの表紙について（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の和紙ノートについて、ご確認させてください。

藍染めの表紙は一枚ずつ染めているため、濃淡に個体差がございます。
濃いめ・薄めのご希望がございましたら、ご返信でお知らせください。
特にご希望がなければ、明日そのまま発送いたします。

和紙の店 こうぞ""")

    o, b = order("thanks-keigo", "ja", "京友禅 風呂敷 二巾 正絹")
    case("keigo-jikou-aisatsu-nomi", "quarantine", [THX],
         "Formal letter: seasonal greeting, thanks for the purchase, 'do not hesitate to ask' and closing; "
         "nothing else.",
         to=b, frm="京友禅 染匠 はなぶさ 本店 <info@hanabusa-yuzen.co.jp>", enc=JIS, crlf=True,
         subject=f"御礼（ご注文番号 {o}）", text=f"""拝啓

初夏の候、貴家ますますご隆盛のこととお喜び申し上げます。

このたびは、京友禅 風呂敷（ご注文番号 {o}）をお買い上げいただき、
誠にありがとうございました。
お品物がお手元に届き、お役に立てておりましたら幸いに存じます。

ご不明な点などございましたら、何なりとお申し付けくださいませ。
今後とも変わらぬご愛顧を賜りますよう、心よりお願い申し上げます。

敬具

京友禅 染匠 はなぶさ 本店""")

    o, b = order("thanks-casual", "ja", "手びねり マグカップ 粉引 300ml")
    case("casual-hankaku-orei", "quarantine", [THX],
         "A small maker's casual note in half-width kana: did it arrive, thanks, ask any time. Only thanks.",
         to=b, frm="ｺｺﾛﾔ陶房 <kokoroya.toubou@kokoroya-pottery.jp>", enc=SJIS,
         subject=f"ｺｺﾛﾔ陶房です（ご注文 {o}）", text=f"""こんにちは、ｺｺﾛﾔ陶房のさとうです。

ご注文 {o} のﾏｸﾞｶｯﾌﾟ、無事に届きましたか？
ひとつひとつ手で作っているので、選んでいただけて本当にうれしいです。
ｱﾘｶﾞﾄｳｺﾞｻﾞｲﾏｼﾀ!

何かあったら、いつでも気軽に声をかけてくださいね。

ｺｺﾛﾔ陶房 さとう""")

    o, b = order("ship-notice", "ja", "北欧風 ペンダントライト 3灯 ブラス")
    ship_html = f"""<p>【発送完了のお知らせ】</p>
<p>このたびは照明専門店ルミエをご利用いただき、誠にありがとうございます。<br>
ご注文の商品を本日発送いたしましたので、お知らせいたします。</p>
<p><b>■ご注文内容</b><br>
ご注文番号：{o}<br>
商品名：北欧風 ペンダントライト 3灯 ブラス<br>
数量：1</p>
<p><b>■配送情報</b><br>
配送業者：ヤマト運輸<br>
お問い合わせ伝票番号：3921-7780-4416<br>
お届け予定日：6月4日（木）</p>
<p>※配送状況はヤマト運輸の荷物お問い合わせサービスでご確認いただけます。</p>
<p>照明専門店 ルミエ</p>"""
    case("rakuten-hassou-kanryou", "quarantine", [CONF],
         "A Rakuten-style 発送完了のお知らせ with order contents and tracking number: duplicates Amazon's "
         "dispatch notice. The xxxx-xxxx-xxxx tracking number next to ヤマト運輸 is no phone number.",
         to=b, frm="照明専門店 ルミエ <shipping@lumie-light.jp>", enc=B64, fmt="html", html=ship_html, day=2,
         tolerated=(THX,), subject=f"【ルミエ】発送完了のお知らせ（ご注文番号 {o}）", text="")

    o, b = order("order-conf", "ja", "国産 ひのき すのこ ベッド シングル", shipped="", delivered="",
                 purchased="2026-06-11T02:00:00Z")
    case("juchuu-kakunin-mail", "quarantine", [CONF],
         "'We have received your order with the following contents': an order confirmation with the order "
         "summary, which Amazon already sends.",
         to=b, frm="寝具と家具のやすらぎ館 <order@yasuragikan.co.jp>", enc=SJIS, day=11,
         subject=f"ご注文受付のご確認（ご注文番号 {o}）", text=f"""お客様

このたびは、やすらぎ館をご利用いただきまして誠にありがとうございます。
下記の内容にて、ご注文を承りましたのでご確認ください。

――――――――――――――――――
ご注文番号：{o}
商品名　　：国産 ひのき すのこ ベッド シングル
数量　　　：1
お支払金額：24,800円（税込・送料無料）
発送予定日：6月15日
――――――――――――――――――

商品の発送が完了しましたら、改めてご案内いたします。

寝具と家具のやすらぎ館""")

    o, b = order("mkt-coupon", "ja", "接触冷感 敷きパッド シングル ブルー")
    case("shinshouhin-coupon-sale", "quarantine", [MKT],
         "New-product announcement, a repeat-customer coupon code and a summer sale: promotional.",
         to=b, frm="寝具のここちラボ <info@cocochi-lab.jp>", enc=B64, fmt="alt",
         subject=f"【ここちラボ】夏の新商品のご案内（ご注文番号 {o}）", text=f"""お客様

先日はご注文番号 {o} にてお買い上げいただき、ありがとうございました。

さて、ここちラボではこの夏、新商品「ひんやり 竹シーツ」を発売いたしました。
リピーター様限定で、10%OFFになるクーポンコード「COCOCHI10」をご用意しております。

また、6月20日から30日までは夏の寝具セールを開催いたします。
この機会にぜひ当店のストアページをのぞいてみてください。

寝具のここちラボ""")

    o, b = order("mkt-sns", "ja", "山桜 バターナイフ 2本組")
    case("line-instagram-follow", "quarantine", [MKT],
         "A care tip followed by a request to add the shop's LINE account and follow it on Instagram.",
         to=b, frm="木のカトラリー このは <hello@konoha-cutlery.jp>", enc=QP,
         subject=f"バターナイフのお手入れ（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のバターナイフは、乾燥してきたら
くるみ油やオリーブオイルを薄く塗ってあげてください。

このはのLINE公式アカウントでは、お手入れ動画や新作の先行案内をお届けしています。
LINEで「@konoha_cutlery」を検索して、ぜひ友だち追加してくださいね。
Instagramもやっていますので、フォローしていただけるとうれしいです！

木のカトラリー このは""")

    o, b = order("inc-coupon", "ja", "シリコン 折りたたみ 水切りかご")
    case("review-de-500yen-coupon", "reject", ["review.incentive"],
         "Every buyer who posts a review gets a 500-yen coupon for the next purchase: a benefit for a review.",
         to=b, frm="キッチン雑貨 ぽると <shop@porto-zakka.jp>", enc=JIS, tolerated=(MKT,),
         subject=f"水切りかごはいかがですか（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の水切りかごは、折りたたむ前に水気を拭き取ると
カビを防げます。

ただいま、商品レビューを投稿してくださった方全員に、
次のご注文から500円引きになるクーポンを差し上げております。
ご投稿のあと、本メッセージへお名前だけお知らせください。

キッチン雑貨 ぽると""")

    o, b = order("inc-star", "ja", "ハンドメイド 革 キーケース キャメル")
    case("hoshi-itsutsu-hagemi", "reject", ["review.incentive"],
         "'A five-star review would really keep us going, it decides whether our little workshop survives': "
         "persuading towards a positive review.",
         to=b, frm="革小物 こみち <komichi.leather@komichi-leather.jp>", enc=B64,
         subject=f"キーケースの育て方（ご注文 {o}）", text=f"""こんにちは、革小物こみちです。

ご注文 {o} のキーケース、使い始めは少し硬いですが、
手の脂でだんだん柔らかくなって、色も深くなっていきます。

それから、ひとつだけお願いです。
うちのような小さな工房は、星の数で売れ行きが決まってしまいます。
星5つのレビューをいただけたら、本当に本当に励みになります。よろしくお願いします！

革小物 こみち""")

    o, b = order("rm-reply", "ja", "ステンレス 電気ケトル 0.8L 温度調節")
    case("hoshi-hitotsu-minaoshi-reply", "reject", ["review.removal-request"],
         "A helpdesk reply thanking for the replacement feedback, then asking the buyer to reconsider their "
         "one-star review: a request to update an existing review.",
         to=b, frm="ケトル専門店 ゆげ <support@yuge-kettle.jp>", enc=JIS, crlf=True,
         reply=buyer_said("2026年6月10日 19:32 お客様:", "交換品が届きました。今度はちゃんと沸きます。"),
         subject=f"Re: 交換品について（ご注文番号 {o}）", text=f"""お客様

ご連絡いただきありがとうございます。交換品が正常に動いているとのこと、安心いたしました。

大変恐縮なのですが、先日お寄せいただいた星1つのレビューにつきまして、
今回の対応を踏まえて、内容を見直していただくことはできませんでしょうか。
お手すきの際にご検討いただけますと幸いです。

ご注文番号 {o}
ケトル専門店 ゆげ""")

    o, b = order("rm-proactive", "ja", "レザー スマホショルダー ブラック")
    case("hyouka-sakujo-onegai", "reject", ["review.removal-request"],
         "After a refund, a proactive message asking the buyer to delete the feedback they posted and "
         "explaining how.",
         to=b, frm="レザーグッズ ノワール <cs@noir-leather.jp>", enc=EUC,
         subject=f"先日の件について（ご注文番号 {o}）", text=f"""お客様

先日はご注文番号 {o} の件でご迷惑をおかけし、申し訳ございませんでした。
ご返金の手続きはすでに完了しております。

つきましては、大変お手数ではございますが、ご投稿いただいた出品者評価を
削除していただけますと大変助かります。
「注文履歴」の該当の注文から「出品者を評価」を開くと、削除のボタンがございます。

レザーグッズ ノワール""")

    o, b = order("cond-casual", "ja", "北欧柄 ファブリックパネル 3枚組")
    case("kiniitte-itadaketara-review", "reject", ["review.conditional"],
         "'If you like it, tell us in a review; if something bothers you, message us before writing a review': "
         "review gating.",
         to=b, frm="インテリア雑貨 ミルク <hello@milk-interior.jp>", enc=QP,
         subject=f"パネルの飾り方（ご注文 {o}）", text=f"""こんにちは、インテリア雑貨ミルクです。

ご注文 {o} のファブリックパネルは、付属のピンで石膏ボードの壁にも飾れます。
3枚を5cmずつ空けて並べると、ぐっとまとまって見えますよ。

もし気に入っていただけたら、Amazonのレビューで感想を聞かせてください。
逆に、気になるところがあった場合は、レビューを書く前に一度こちらへメッセージをください。
すぐに対応させていただきます！

インテリア雑貨ミルク""")

    o, b = order("cond-keigo", "ja", "高級 羽毛布団 シングル ダウン90%")
    case("goman-zoku-ni-kagiri-hyouka", "reject", ["review.conditional"],
         "Keigo: asks for a review only when the buyer was satisfied, and to contact the shop instead of "
         "rating when not.",
         to=b, frm="羽毛ふとん専門 白鳥寝具 <info@hakucho-shingu.co.jp>", enc=SJIS, crlf=True,
         subject=f"羽毛布団のご使用について（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の羽毛布団は、圧縮梱包から出して半日ほど広げていただくと、
本来のふくらみに戻ります。

ご使用いただきご満足いただけた場合に限り、商品レビューへのご協力を
お願い申し上げます。万が一ご期待に沿えなかった場合は、評価をご投稿いただく前に、
まず当店までお知らせくださいませ。

羽毛ふとん専門 白鳥寝具""")

    o, b = ORDERS["rev-a"]["order_id"], ORDERS["rev-a"]["buyer_email"]
    case("seiro-review-saisoku", "reject", ["review.repeat"],
         "A second review request for the same order after the first one was relayed.",
         to=b, frm="竹細工 ささの葉 <shop@sasanoha-take.jp>", enc=QP, day=14, crlf=True,
         after=("seiro-review-hitokoto",),
         subject=f"再度のお願い：せいろのご感想（ご注文番号 {o}）", text=f"""お客様

先日、ご注文番号 {o} のせいろについて、レビューのお願いを
お送りいたしました。

もしまだでしたら、お手すきの際にご感想をお寄せいただけますと幸いです。
すでにお書きいただいている場合は、本メッセージは行き違いとなりますので
ご容赦ください。

竹細工 ささの葉　店主 笹本""")

    o, b = ORDERS["rev-b"]["order_id"], ORDERS["rev-b"]["buyer_email"]
    resend_html = f"""<p>【再送】レビューのお願い</p>
<p>ご注文番号：{o}</p>
<p>先日ご案内いたしましたレビューの件、改めてお知らせいたします。<br>
バスタオルの使い心地について、<a href="https://www.amazon.co.jp/review/create-review?asin=B0D7QX4K2M">Amazonの商品レビュー投稿ページ</a>からご感想をいただけますと幸いです。</p>
<p>※すでにご投稿済みの場合は、何卒ご容赦ください。</p>
<p>今治タオル工房 あおなみ</p>"""
    case("towel-review-saisou", "reject", ["review.repeat"],
         "【再送】: the template's review request sent a second time for the same order.",
         to=b, frm="今治タオル工房 あおなみ <info@aonami-towel.jp>", enc=B64, fmt="html", html=resend_html,
         day=14, after=("towel-review-template",),
         subject=f"【あおなみ】【再送】レビューのお願い（ご注文番号 {o}）", text="")

    o, b = order("cancel-pro", "ja", "ワイヤレス充電器 3in1 スタンド型", **OOS)
    case("jibun-de-cancel-shinsei", "reject", [CANCEL, NOADJ],
         "Out of stock, and the buyer is asked to cancel from their order history; no adjustment is confirmed.",
         to=b, frm="ガジェットストア ネクスト <cs@next-gadget.jp>", enc=SJIS,
         subject=f"ご注文商品の在庫について（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のワイヤレス充電器につきまして、
倉庫の在庫データに誤りがあり、実際には商品のご用意ができない状態でございます。

誠に恐れ入りますが、お客様のほうでAmazonの「注文履歴」を開き、
「商品をキャンセル」からお取り消しいただけますと幸いです。
お手数をおかけし、申し訳ございません。

ガジェットストア ネクスト""")

    o, b = order("cancel-reply", "ja", "猫用 爪とぎ ダンボール 5枚入り", **OOS)
    case("reply-okyakusama-gawa-cancel", "reject", [CANCEL],
         "A reply to 'when will it ship?': there is no stock, please file the cancellation yourself. "
         "(no-adjustment applies to proactive messages only.)",
         to=b, frm="ねこ用品 にゃんと <support@nyanto-pet.jp>", enc=JIS,
         reply=buyer_said("> 2026/06/12 お客様:", "注文してから3日経ちますが、いつ発送されますか？"),
         subject=f"Re: 発送について（ご注文番号 {o}）", text=f"""お客様

お問い合わせありがとうございます。
ご注文番号 {o} の爪とぎですが、確認しましたところ在庫を切らしておりました。

すみませんが、お客様のほうから注文の取り消しをしてもらえますか？
そうしていただければ、すぐにお金が戻ります。

ねこ用品 にゃんと""")

    o, b = order("noadj-keigo", "ja", "シーリングファンライト 6畳 リモコン付", **OOS)
    case("seisan-shuuryou-owabi-nomi", "quarantine", [NOADJ],
         "The product was discontinued and cannot be delivered; the message only apologises, with no word "
         "that the order amount was adjusted.",
         to=b, frm="株式会社ひかり電機 通販事業部 <ec@hikari-denki.co.jp>", enc=EUC, crlf=True,
         subject=f"お届けできなくなりました件について（ご注文番号 {o}）", text=f"""お客様

平素は格別のご高配を賜り、厚く御礼申し上げます。

ご注文番号 {o} のシーリングファンライトにつきまして、
メーカーでの生産が急遽打ち切られ、お届けが叶わなくなりました。

ご迷惑をおかけいたしますことを、深くお詫び申し上げます。

株式会社ひかり電機 通販事業部""")

    o, b = order("noadj-casual", "ja", "ハンドメイド 帆布 トートバッグ 生成り", **OOS)
    case("kiji-todokazu-henkin-gojitsu", "quarantine", [NOADJ],
         "A maker cannot make the bag (fabric did not arrive) and says the refund will be 'contacted about "
         "later': no confirmation of the adjustment.",
         to=b, frm="帆布のかばん てくてく <tekuteku.hanpu@tekuteku-bag.jp>", enc=QP,
         subject=f"ごめんなさい、お作りできなくなりました（ご注文 {o}）", text=f"""こんにちは、帆布のかばん てくてくです。

ご注文 {o} のトートバッグですが、入荷するはずだった生成りの帆布が
織元さんの都合で届かなくなってしまい、今回はお作りしてお送りすることができません。

本当にごめんなさい。
返金については、手続きができ次第あらためてご連絡しますね。

帆布のかばん てくてく""")

    o, b = order("ret-received", "ja", "ランニングシューズ 25.5cm ネイビー")
    case("henpin-touchaku-oshirase", "quarantine", [RET],
         "'Your returned item arrived today; the refund follows after inspection': a return message that neither "
         "asks for information nor offers a partial refund.",
         to=b, frm="スポーツ館 かけっこ <return@kakekko-sports.jp>", enc=JIS, tolerated=(CONF,),
         subject=f"返品商品到着のお知らせ（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} にてご返送いただいたお品物を、本日当店にて受け取りました。

検品が済みしだい、返金のお手続きに進ませていただきます。
今しばらくお待ちくださいませ。

スポーツ館 かけっこ""")

    o, b = order("ret-talkout", "ja", "本革 トートバッグ ダークブラウン")
    case("henpin-omoitodomari", "quarantine", [RET],
         "Tries to talk the buyer out of the return ('leather softens, please use it two more weeks'): no "
         "information request, no partial refund.",
         to=b, frm="革鞄の工房 ひととき <info@hitotoki-kaban.jp>", enc=B64, crlf=True,
         subject=f"返品のご依頼について（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の本革トートバッグについて、返品のご依頼をいただきました。

「革が硬い」とのことですが、当店の革は使い込むほどに柔らかくなり、
手になじんでまいります。
もう二週間ほどお使いいただいてから、改めてご判断いただけませんでしょうか。

革鞄の工房 ひととき""")

    o, b = order("sens-reply", "ja", "スマートフォン 強化ガラスフィルム 2枚入り")
    case("reply-fuzakenna-baka", "quarantine", ["content.sensitive"],
         "A helpdesk reply that insults the buyer (ふざけんな, バカじゃないの): offensive language.",
         to=b, frm="スマホアクセ モバイルプラス <support@mobileplus-acc.jp>", enc=B64,
         reply=buyer_said("> お客様のメッセージ:", "サイズが合いません。説明と違うじゃないですか。詐欺ですか？"),
         subject=f"Re: フィルムのサイズ（ご注文番号 {o}）", text=f"""ご注文番号 {o} の件。

詐欺呼ばわりとか、ふざけんなよ。
商品ページに対応機種がちゃんと書いてあるだろ。読まずに買ったのはそっちだろ、バカじゃないの。

モバイルプラス""")

    o, b = order("sens-adult", "ja", "レース ベビードール ナイトウェア ワインレッド")
    case("babydoll-adult-hyougen", "quarantine", ["content.sensitive"],
         "Washing advice for nightwear wrapped in explicit sexual language.",
         to=b, frm="ランジェリー ルージュ <shop@rouge-lingerie.jp>", enc=SJIS,
         subject=f"ベビードールのお洗濯（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のベビードールは、レースが繊細なため、
洗濯ネットに入れて手洗いモードで洗ってください。

透け感のあるレースで、彼とのエッチやセックスの夜を
いやらしく盛り上げてくれる一枚です。乳首が透けて見えるのがポイントです。

ランジェリー ルージュ""")

    o, b = order("tel-0120", "ja", "組立式 デスク 幅120cm 昇降機能付き")
    case("touten-free-dial", "reject", [PHONE],
         "The shop's own toll-free customer line (0120) for assembly questions: not a warranty, carrier or "
         "manufacturer number.",
         to=b, frm="オフィス家具 ワークベース <cs@workbase-desk.jp>", enc=QP,
         subject=f"昇降デスクの組み立てについて（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の昇降デスクは、天板を裏返した状態で脚を取り付けると
スムーズに組み立てられます。六角レンチは部品袋Bに入っております。

ご不明な点がございましたら、当店お客様窓口 フリーダイヤル 0120-58-3921
（受付時間 10時〜17時）までお気軽にお電話ください。

オフィス家具 ワークベース""")

    o, b = order("tel-zenkaku", "ja", "ベビー用 スリーパー ガーゼ 6重 80cm")
    case("denwa-zenkaku-osaka", "reject", [PHONE],
         "A size-exchange question with the shop's own Osaka number in full-width digits.",
         to=b, frm="ガーゼ工房 ふわり <info@fuwari-gauze.jp>", enc=B64,
         subject=f"サイズ交換のご希望について（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のスリーパーについて、サイズ交換のご希望をいただきました。
交換後のサイズは、90cmと100cmのどちらになさいますか。

メッセージでのやりとりが面倒でしたら、お電話（０６－６７８９－１２３４）でも承ります。

ガーゼ工房 ふわり""")

    o, b = order("footer", "ja", "桐 チェスト 5段 幅80cm 完成品")
    footer_text = f"""【配送日時のご相談】

ご注文番号：{o}
商品名：桐 チェスト 5段 幅80cm 完成品

このたびはご注文いただき、ありがとうございます。
本商品は大型家具のため、家具専門の配送業者がお届けいたします。

■ご希望の配送日
6月18日〜6月24日の間で、ご都合のよい日をお知らせください。

■搬入経路について
エレベーターのない3階以上の場合は、その旨お知らせください。

━━━━━━━━━━━━━━━━━━
【ショップ情報】
桐たんす工房 松永
■TEL：03-5829-6613（平日10:00〜18:00）
■E-mail：order@kiri-matsunaga.jp
━━━━━━━━━━━━━━━━━━"""
    case("rakuten-shop-joho-footer", "reject", [PHONE, EMAIL],
         "A legitimate delivery-scheduling message whose Rakuten-style 【ショップ情報】 footer lists the shop's "
         "own TEL and E-mail.",
         to=b, frm="桐たんす工房 松永 <order@kiri-matsunaga.jp>", enc=SJIS, fmt="alt", crlf=True,
         subject=f"【桐たんす工房 松永】配送日時のご相談（ご注文番号 {o}）", text=footer_text)

    o, b = order("mail-zenkaku", "ja", "天然木 ウォールシェルフ 3段 ウォルナット")
    case("zenkaku-atmark-mail", "reject", [EMAIL],
         "Asks for a photo of the damage and gives the shop address with a full-width ＠.",
         to=b, frm="家具のもり <cs@kagu-mori.jp>", enc=JIS,
         subject=f"破損箇所のお写真のお願い（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のウォールシェルフに傷があったとのこと、申し訳ございません。
交換品の手配のため、傷の位置がわかるお写真をお送りいただけますでしょうか。

お写真は、メール（info＠kagu-mori.jp）宛にお送りいただいても構いません。

家具のもり""")

    o, b = order("mail-atmark", "ja", "押し花 スマホケース 名入れ")
    case("atmark-kakko-gmail", "reject", [EMAIL],
         "A custom-design proof question with a Gmail address spelled with （アットマーク）.",
         to=b, frm="押し花雑貨 はなあかり <shop@hanaakari-oshibana.jp>", enc=QP,
         subject=f"お名前の入れ方について（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のスマホケースに入れるお名前は、
筆記体と活字体のどちらがよろしいでしょうか。

画像で見本をご覧になりたい場合は、hanaakari.oshibana（アットマーク）gmail.com まで
ご連絡いただければ、何パターンかお送りします。

押し花雑貨 はなあかり""")

    o, b = order("link-own", "ja", "ひのき 風呂いす 高さ30cm")
    case("jisha-site-oteire-link", "reject", ["link.external"],
         "Links the shop's own site for care instructions: an external link not needed to complete the order.",
         to=b, frm="木曽の湯道具 やまびこ <info@yamabiko-yudougu.jp>", enc=EUC,
         subject=f"風呂いすのお手入れ（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のひのき風呂いすは、使用後に水気を切り、
風通しのよい場所で乾かしてください。

黒ずみが出たときの落とし方など、詳しいお手入れ方法は
当店サイトにまとめております。
https://www.yamabiko-yudougu.jp/care/hinoki-isu

木曽の湯道具 やまびこ""")

    o, b = order("link-insta", "ja", "ドライフラワー スワッグ ミモザ")
    insta_html = f"""<p>お客様</p>
<p>ご注文番号 {o} のミモザのスワッグは、直射日光と湿気を避けて飾ると、色が長持ちします。</p>
<p>季節ごとの新作スワッグは<a href="https://www.instagram.com/hanatsumugi_flower/">花つむぎのInstagram</a>でご紹介しています。よろしければフォローしてください。</p>
<p>花つむぎ</p>"""
    case("instagram-link-follow", "reject", ["link.external", MKT],
         "A linked Instagram account with new products and a follow request: external link and promotion.",
         to=b, frm="花つむぎ <hello@hanatsumugi.jp>", enc=B64, fmt="html", html=insta_html,
         subject=f"スワッグの飾り方（ご注文番号 {o}）", text="")

    o, b = order("optout-text", "ja", "無添加 石けん 3個セット")
    case("haishin-teishi-henshin", "reject", ["link.opt-out"],
         "A ※ footer: reply with 配信停止 in the subject to stop receiving messages: opt-out text.",
         to=b, frm="手作り石けん しゃぼん堂 <info@shabondo-soap.jp>", enc=SJIS,
         subject=f"石けんの保管方法（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の石けんは、水はけのよい石けん置きに置いていただくと、
溶け崩れを防いで長くお使いいただけます。

※今後、当店からのメッセージの配信を希望されない場合は、
件名に「配信停止」とご記入のうえ、このメッセージにご返信ください。

手作り石けん しゃぼん堂""")

    o, b = order("optout-link", "ja", "アロマディフューザー 超音波式 木目調")
    optout_html = f"""<p>お客様</p>
<p>ご注文番号 {o} のアロマディフューザーは、週に一度、タンクの水を捨てて柔らかい布で拭いてください。</p>
<p>※このお知らせの受信を停止するには、<a href="https://mail.aroma-kaori.jp/stop?u=8f2c71ad">こちらのページでお手続き</a>ください。</p>
<p>アロマ雑貨 かおり</p>"""
    case("jushin-teishi-link", "reject", ["link.opt-out", "link.external"],
         "A footer link to stop receiving these notices, on the shop's own mail host: opt-out link, external.",
         to=b, frm="アロマ雑貨 かおり <info@aroma-kaori.jp>", enc=QP, fmt="html", html=optout_html,
         subject=f"ディフューザーのお手入れ（ご注文番号 {o}）", text="")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_relay, cases_violation))
    for c in CASE_LIST:
        c["lang"] = "ja"
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="fortythird"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
