#!/usr/bin/env python3
"""Build the thirty-sixth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_thirtysixth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. The shape of the shared corpus, entirely in Japanese for
amazon.co.jp: 16 compliant near-misses (risky vocabulary, allowed purpose) and 34 focused violations, so that
every rule named in the brief (language.mismatch, type.*, review.*, order-problem.*, return.unnecessary,
content.sensitive/phone-number/email-address, link.insecure/opt-out/external) is hit twice, each time in a
different native wording (尊敬語/謙譲語 letters, plain casual shop tone, 楽天-style shop HTML, long letters where
the violation is one sentence in the middle, full-width digits and punctuation).
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

_rnd = random.Random(36_2026_0615)
_PREFIX = {"co.jp": "50"}
_TLD = {"ja": "co.jp", "en": "co.jp", "zh": "co.jp"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T02:00:00Z", shipped="2026-06-02T07:00:00Z",
                 delivered="2026-06-04T05:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-12T01:30:00Z"}
UNDELIVERED = {"delivered": "", "purchased": "2026-06-10T03:00:00Z", "shipped": "2026-06-11T06:00:00Z"}
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
SJIS = {"charset": "shift_jis", "cte": "base64"}
B64 = {"cte": "base64"}
QP = {"cte": "quoted-printable"}

TARGET = ["language.mismatch", "type.order-confirmation", "type.thank-you-only", "type.marketing",
          "review.incentive", "review.removal-request", "review.conditional", "review.repeat",
          "order-problem.cancellation-request", "order-problem.no-adjustment", "return.unnecessary",
          "content.sensitive", "content.phone-number", "content.email-address", "link.insecure",
          "link.opt-out", "link.external"]
OTHER = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "style.emoji",
         "style.line-breaks", "style.font-override", "style.alignment", "style.link-text",
         "attachment.not-allowed"]


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str,
         text: str = "", html: str = "", day: int = 12, reply: str = "", tolerated: tuple[str, ...] = (),
         enc: dict | None = None, fmt: str = "text", after: tuple[str, ...] = (), crlf: bool = False,
         attach: tuple = (), headers: tuple = ()) -> None:
    """One case. fmt: text (plain), html (HTML only) or alt (text + HTML alternative). `html` given: that
    body (a 楽天-style shop layout) instead of the text converted. Every target rule not named in `rules`
    (or tolerated) must stay silent. `reply` quotes the buyer: the message answers a buyer."""
    hdrs = list(reply_headers(f"0100019c.j36.{slug[:24]}")) if reply else []
    hdrs += list(headers)
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = text.strip("\n") + "\n" if text else ""
    if reply:
        body += "\n" + quote(reply) + "\n"
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*TARGET, *OTHER) if r not in rules and r not in tol]
    kw = dict(enc or {})
    if fmt == "text":
        kw["text"] = body
    else:
        # the <meta> names the charset the part is sent in, as a shop system would
        kw["html"] = page(html or text2html(body), "ja").replace(
            'charset="utf-8"', f'charset="{kw.get("charset", "utf-8")}"')
        if fmt == "alt":
            kw["text"] = body
    msg = mk(frm, to, subject, mail_date(day, "10:12:40", "+0900"), f"<j36.{slug}@{dom}>", headers=hdrs,
             attach=attach, **kw)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, after=after, crlf=crlf)


# --------------------------------------------------------------------------------------------
# Compliant near-misses
# --------------------------------------------------------------------------------------------

def compliant_ja() -> None:
    o, b = order("rv1", "ja", "南部鉄器 急須 0.6L 霰（あられ）")
    case("review-onegai-neutral", "relay", [],
         "お手入れの案内と、良し悪しを問わない率直なレビューのお願い（見返りも条件もなし、この注文で最初の依頼）。",
         to=b, frm="鉄瓶工房 くろがね <shop@kurogane-tetsubin.jp>", enc=JIS, day=9,
         subject=f"急須のお手入れについて（ご注文番号 {o}）", text=f"""お客様

このたびは鉄瓶工房くろがねをご利用いただき、誠にありがとうございます。
ご注文番号 {o} の南部鉄器 急須について、お手入れの方法をご案内いたします。

・ご使用後はお湯を捨て、ふたを外して余熱で乾かしてください。
・内側のホーローは金属たわしでこすらないでください。

しばらくお使いいただいたあとで、よろしければAmazonにレビューを
お寄せください。良い点も気になった点も、率直なご感想がほかのお客様の
参考になります。

鉄瓶工房 くろがね""")

    o2, b2 = order("fb1", "ja", "ヒノキ まな板 42×24cm 厚さ3cm")
    case("hyouka-onegai-neutral", "relay", [],
         "出品者評価への中立的な協力依頼（「率直なご評価を」、見返り・条件なし）、この注文で最初の依頼。",
         to=b2, frm="木工所 やまびこ <info@yamabiko-mokkou.jp>", enc=SJIS, day=8, crlf=True,
         subject=f"まな板の使い始めについて（注文番号 {o2}）", text=f"""お客様

ご注文番号 {o2} のヒノキまな板は、お使いになる前にさっと水で濡らすと
食材のにおいや色が移りにくくなります。

なお、当店の対応について、Amazonの出品者評価で率直なご評価をいただけましたら
今後のサービス改善に役立てさせていただきます。

木工所 やまびこ""")

    o, b = order("ret-ok", "ja", "スーツケース Mサイズ 62L ネイビー")
    case("henpin-uketamawarimasu", "relay", [],
         "購入者からの返品の相談への返信：「返品承ります」と手順を案内（返信なので return.unnecessary の対象外、"
         "説得も条件もない）。",
         to=b, frm="トラベルギア旅人 <cs@tabibito-gear.jp>", enc=B64,
         reply="キャスターの一つが最初から回りにくいです。返品できますか？",
         subject=f"Re: 返品について（注文番号 {o}）", text=f"""お客様

お問い合わせいただきありがとうございます。
ご注文番号 {o} のスーツケースにつきまして、返品承ります。

Amazonの「注文履歴」から返品リクエストをお送りいただくと、返送用の
ラベルが発行されます。送料は当店が負担いたします。商品が当店に届き次第、
全額を返金いたします。

ご不便をおかけし、申し訳ございません。

トラベルギア旅人 カスタマーサポート""")

    o, b = order("delay", "ja", "ウォールナット 無垢材 ローテーブル 105cm", **UNDELIVERED)
    case("hassou-okure-setsumei", "relay", [],
         "天候で配送が遅れている理由と新しいお届け予定を説明し、キャンセル希望なら返信を：遅延の通知は許可されている。",
         to=b, frm="家具のきさらぎ <order@kisaragi-kagu.jp>", enc=JIS, day=13,
         subject=f"お届け遅延のお詫び（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のローテーブルにつきまして、お届けが遅れておりますことを
お詫び申し上げます。

九州地方の大雨の影響で幹線道路が通行止めとなり、配送が止まっております。
配送業者からは、お届けは６月１８日（木）ごろになる見込みと連絡を受けております。

お待ちいただくことが難しい場合は、このメッセージにご返信ください。
ご注文を取り消し、代金を全額返金いたします。

家具のきさらぎ""")

    o, b = order("ryoshu", "ja", "業務用 電子天秤 0.01g 単位 600g")
    case("ryoushuusho-pdf", "relay", [],
         "購入者の依頼に応えて宛名入りの領収書をPDFで送付（添付は問題解決に必要、署名の登録番号・郵便番号は電話番号ではない）。",
         to=b, frm="計測器のミツワ <office@mitsuwa-keisoku.jp>", enc=B64, reply="会社名で領収書を発行していただけますか。"
         "宛名は「株式会社ひかり精工」でお願いします。",
         attach=((make_pdf("Ryoshusho", ["Ryoshusho (Receipt)", f"Order {o}", "Hikari Seiko K.K.",
                                          "JPY 18,700 (tax incl.)"], producer="mitsuwa-receipt 2.1"),
                  "application", "pdf", f"ryoshusho_{o}.pdf"),),
         subject=f"Re: 領収書の発行について（注文番号 {o}）", text=f"""株式会社ひかり精工 ご担当者様

お世話になっております。計測器のミツワでございます。
ご依頼いただきました、ご注文番号 {o} の領収書をPDFにて添付いたします。
宛名は「株式会社ひかり精工」様としております。

ご確認のほど、よろしくお願い申し上げます。

計測器のミツワ
〒532-0011 大阪府大阪市淀川区西中島5-14-22
適格請求書発行事業者登録番号：T5120001234567""")

    o, b = order("seikyu", "ja", "コピー用紙 A4 5000枚（500枚×10冊）")
    case("seikyuusho-soufu", "relay", [],
         "法人購入者への請求書（PDF）の送付：請求書の送付は許可された目的、支払期日の記載は督促でも宣伝でもない。",
         to=b, frm="オフィス用品のまるいち <billing@maruichi-office.jp>", enc=QP, fmt="alt",
         attach=((make_pdf("Seikyusho", ["Seikyusho (Invoice)", f"Order {o}", "JPY 4,380 (tax incl.)"],
                           producer="maruichi-billing 1.4"), "application", "pdf", f"seikyusho_{o}.pdf"),),
         subject=f"請求書送付のご案内（注文番号 {o}）", text=f"""ご担当者様

いつもお世話になっております。オフィス用品のまるいちでございます。

ご注文番号 {o} の請求書を添付にてお送りいたします。
お支払いはAmazonで完了しておりますので、経理処理用の控えとしてご利用ください。

何卒よろしくお願い申し上げます。

オフィス用品のまるいち 経理課""")

    o, b = order("yamato", "ja", "加湿器 超音波式 4.5L アロマ対応", **UNDELIVERED)
    case("yamato-denpyou-reply", "relay", [],
         "「荷物はいつ届きますか」への返信でヤマト運輸の伝票番号と問い合わせ電話番号を案内：返信なので確認メッセージに"
         "当たらず、番号は配送業者のもの。",
         to=b, frm="くらし家電ポケット <support@kurashi-pocket.jp>", enc=JIS,
         reply="まだ届いていないのですが、いつごろになりますか？",
         subject=f"Re: 配送状況について（注文番号 {o}）", text=f"""お客様

お問い合わせありがとうございます。
ご注文番号 {o} の加湿器は、６月１１日にヤマト運輸にてお送りしております。

伝票番号：4682-1957-3304
ヤマト運輸のお問い合わせ窓口：0120-01-9625

配送状況はヤマト運輸の窓口でもご確認いただけます。

くらし家電ポケット""")

    o, b = order("sagawa", "ja", "電動昇降デスク 天板140×70cm", **UNDELIVERED)
    case("sagawa-fuzai-saihaitatsu", "relay", [],
         "佐川急便がご不在で持ち戻り、保管期限前に再配達の手配を依頼：購入者が商品を受け取るために必要な連絡、"
         "電話番号は配送業者のもの。",
         to=b, frm="ワークスペース工房 <shipping@workspace-koubou.jp>", enc=SJIS, day=14,
         subject=f"【再配達のお願い】ご注文番号 {o}", text=f"""お客様

ご注文番号 {o} の電動昇降デスクは、大型のため佐川急便でお届けしております。
６月１３日にお届けに伺いましたがご不在のため、営業所にて保管中とのことです。

保管期限は６月２０日です。期限を過ぎると当店へ返送されてしまいますので、
お手数ですが佐川急便（お問い合わせ伝票番号 3601-4478-2290、再配達受付 0570-01-0500）
へ再配達のご依頼をお願いいたします。

ワークスペース工房""")

    o, b = order("yubin", "ja", "ドリップバッグコーヒー 50袋 アソート", **UNDELIVERED)
    case("yuubin-atesaki-fumei", "relay", [],
         "日本郵便から宛所不明で戻ってきたため正しい住所の確認を依頼：注文の完了に必要な情報の依頼（追跡番号付き）。",
         to=b, frm="珈琲焙煎所 こもれび <mail@komorebi-roast.jp>", enc=B64, fmt="alt", day=13,
         subject=f"お届け先のご確認（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のドリップバッグコーヒーですが、日本郵便より
「宛所に尋ねあたりません」として当店に戻ってまいりました。
（ゆうパック お問い合わせ番号：5521-0386-7714）

お手数ですが、建物名・部屋番号を含む正しいご住所をこのメッセージへの返信で
お知らせください。確認でき次第、送料当店負担で再発送いたします。

珈琲焙煎所 こもれび""")

    o, b = order("qa", "ja", "ボックスシーツ シングル 100×200×30cm 綿100%")
    case("shitsumon-kaitou", "relay", [],
         "購入者の質問（マットレスの厚さに合うか）への返信：商品に関する問い合わせへの回答。",
         to=b, frm="寝具のねむりや <info@nemuriya-shingu.jp>", enc=QP,
         reply="厚さ25cmのマットレスにも使えますか？ゴムはきつくないでしょうか。",
         subject=f"Re: サイズについてのご質問（注文番号 {o}）", text=f"""お客様

ご質問ありがとうございます。
ご注文番号 {o} のボックスシーツはマチが30cmございますので、
厚さ25cmのマットレスにも問題なくお使いいただけます。

ゴムは四方すべてに入っており、かぶせやすい強さにしております。
洗濯後に縮むことがございますので、初回は40℃以下のぬるま湯での洗濯をおすすめいたします。

寝具のねむりや""")

    o, b = order("warranty", "ja", "コードレス掃除機 サイクロン式 2in1")
    case("maker-hoshou-denwa", "relay", [],
         "メーカー保証の修理窓口の電話番号（前の行に「メーカー保証」）：保証・メーカーの番号は許可される。",
         to=b, frm="生活家電のあおば <support@aoba-kaden.jp>", enc=JIS, reply="バッテリーが10分ほどで切れてしまいます。",
         subject=f"Re: バッテリーについて（注文番号 {o}）", text=f"""お客様

ご不便をおかけして申し訳ございません。
ご注文番号 {o} の掃除機は、お買い上げから１年間のメーカー保証の対象です。
メーカー保証での修理・交換は、下記のメーカー修理受付センターで承っております。
０１２０−９８７−６５４（受付時間 ９:００〜１８:００）

お電話の際は、本体裏面の製造番号をお手元にご用意ください。

生活家電のあおば""")

    o, b = order("oos-ok", "ja", "電子ピアノ 88鍵 ハンマーアクション", **OOS)
    case("zaikogire-zengaku-henkin", "relay", [],
         "在庫切れ（理由あり）で注文金額を全額返金済みと明記、「お客様のお手続きは不要です」：調整の確認があり、"
         "キャンセル依頼もない。",
         to=b, frm="楽器のしらべ堂 <order@shirabedo.jp>", enc=SJIS,
         subject=f"ご注文商品の在庫切れについて（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の電子ピアノにつきまして、当店倉庫の在庫数に誤りがあり、
実際には在庫切れとなっておりました。誠に申し訳ございません。

在庫切れ（NoInventory）としてご注文金額 ５４，８００円の全額を本日返金いたしました。
お客様側でのキャンセルのお手続きは不要です。返金の反映まで数日かかる場合がございます。

楽器のしらべ堂""")

    o, b = order("partial", "ja", "ダウンジャケット メンズ L チャコール")
    case("ichibu-henkin-teian", "relay", [],
         "返品申請に対し、小さなほつれなので返品の代わりに一部返金（1,500円）も選べると提案：一部返金の申し出は許可。",
         to=b, frm="アウトドアウェア 森と湖 <cs@moritomizuumi.jp>", enc=B64, day=10,
         subject=f"返品のご申請について（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のダウンジャケットについて、袖口のほつれによる返品のご申請を
確認いたしました。ご迷惑をおかけし申し訳ございません。

このまま返品・全額返金の手続きを進めることも可能ですが、もし着用に差し支えが
なければ、商品はお手元に置いたまま代金の一部（1,500円）を返金する方法もお選び
いただけます。ご希望の方法をこのメッセージへのご返信でお知らせください。

アウトドアウェア 森と湖""")

    o, b = order("bulky", "ja", "3人掛けソファ 幅190cm ファブリック グレー", **{"delivered": "",
                                                                             "shipped": ""})
    case("ogata-kagu-haitatsu-nichiji", "relay", [],
         "大型家具の配送日時の調整（2名での搬入、希望日時の返信依頼）：大型商品の配送日程の調整は許可された目的。",
         to=b, frm="ソファ専門店 くつろぎ <delivery@kutsurogi-sofa.jp>", enc=JIS, fmt="alt",
         subject=f"配送日時のご相談（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のソファは、家具専門の配送業者が2名でお部屋まで搬入いたします。
そのため、事前にお届け日時のご指定をお願いしております。

６月１７日以降で、ご希望の日にちと時間帯（午前／午後）をこのメッセージへの
ご返信でお知らせください。エレベーターの有無もあわせて教えていただけますと助かります。

ソファ専門店 くつろぎ""")

    o, b = order("naire", "ja", "名入れ 木製 ペンケース ウォールナット")
    case("naire-kakunin", "relay", [],
         "名入れ商品の刻印内容（ローマ字表記・書体）の確認依頼：カスタムデザインの確認は許可された目的。",
         to=b, frm="刻印工房 ほまれ <naire@homare-kokuin.jp>", enc=SJIS,
         subject=f"名入れ内容のご確認（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のペンケースの名入れについて、刻印内容を確認させてください。

ご指定の内容：「Haruto S.」（筆記体）

「S.」のあとに続けて年号などを入れることもできます。このままでよろしければ
「OK」と、変更がある場合は正しい内容をご返信ください。ご返信をいただいてから
刻印・発送いたします。

刻印工房 ほまれ""")

    o, b = order("knife", "ja", "牛刀 210mm 本割込 V金10号")
    case("houchou-chuui-kiken-goi", "relay", [],
         "包丁の取り扱い注意（「指を切る」「危険」「刃が鋭い」）：攻撃的・性的な言葉ではない安全上の説明。",
         to=b, frm="刃物の里 せき <info@hamono-seki.jp>", enc=JIS, reply="研ぎ直しはどうすればいいですか？",
         subject=f"Re: 牛刀のお手入れ（注文番号 {o}）", text=f"""お客様

ご質問ありがとうございます。ご注文番号 {o} の牛刀は刃が非常に鋭いため、
研ぐ際は指を切らないよう、刃先を自分に向けないでください。

砥石は#1000で全体を研ぎ、#3000で仕上げてください。食洗機の使用は刃こぼれの
原因となり危険ですので、お避けください。

刃物の里 せき""")


# --------------------------------------------------------------------------------------------
# Language, message type, review
# --------------------------------------------------------------------------------------------

def types_ja() -> None:
    o, b = order("mis-en", "en", "保温弁当箱 ステンレス 900ml", tld="co.jp")
    case("nihongo-eigo-kounyuusha", "quarantine", ["language.mismatch"],
         "amazon.co.jp の注文だが購入者の言語設定は英語（en）。日本語だけの配送遅延連絡は購入者の言語ではない。",
         to=b, frm="お弁当箱のハコヤ <shop@hakoya-bento.jp>", enc=B64, day=11,
         subject=f"発送遅延のお知らせ（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の保温弁当箱は、メーカーからの入荷が遅れているため、
発送が６月１６日ごろになる見込みです。

お待たせして申し訳ございません。発送までもうしばらくお待ちください。

お弁当箱のハコヤ""")

    o, b = order("mis-zh", "zh", "抹茶 茶筅 百本立 竹製", tld="co.jp")
    case("nihongo-chuugokugo-kounyuusha", "quarantine", ["language.mismatch"],
         "購入者の言語は中国語（zh）。品切れの白竹の代わりに黒竹か入荷待ちかを尋ねる連絡を日本語だけで送っており、購入者の言語ではない"
         "（品切れで返金の確認がないので no-adjustment は許容）。",
         to=b, frm="茶道具 しずく庵 <info@shizukuan.jp>", enc=JIS, fmt="alt",
         tolerated=("order-problem.no-adjustment",),
         subject=f"茶筅の在庫について（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の茶筅ですが、ご指定の白竹が品切れのため、
黒竹のものでよろしければすぐに発送できます。

黒竹でよろしいか、または白竹の入荷（約２週間）をお待ちいただくか、
このメッセージへのご返信でお知らせいただけますでしょうか。

茶道具 しずく庵""")

    o, b = order("conf1", "ja", "ロールスクリーン 遮光 幅90×高さ180cm")
    case("chuumon-kakunin-sonkeigo", "quarantine", ["type.order-confirmation"],
         "「ご注文を確かに承りました」と注文内容・発送予定日を繰り返すだけの注文確認（Amazonが送る通知の重複）。",
         to=b, frm="インテリアのあかり窓 <order@akarimado.jp>", enc=SJIS, day=2,
         subject=f"ご注文確認のご連絡（注文番号 {o}）", text=f"""お客様

このたびはインテリアのあかり窓をご利用いただき、誠にありがとうございます。
下記の通り、ご注文を確かに承りました。

ご注文番号：{o}
商品名：ロールスクリーン 遮光 幅90×高さ180cm
数量：１
発送予定日：６月３日（水）

商品の発送が完了いたしましたら、改めてご連絡申し上げます。
今後ともよろしくお願い申し上げます。

インテリアのあかり窓""")

    o, b = order("conf2", "ja", "ランニングシューズ 26.5cm ネイビー")
    rakuten = f"""<p>お客様</p>
<p>いつも「スポーツショップ はやて」をご利用いただき、誠にありがとうございます。<br>
ご注文の商品を本日発送いたしましたのでお知らせいたします。</p>
<p>━━━━━━━━━━━━━━━━━━━━━━━━<br>
■ 発送完了のお知らせ<br>
━━━━━━━━━━━━━━━━━━━━━━━━</p>
<table>
<tr><th>［注文番号］</th><td>{o}</td></tr>
<tr><th>［商品名］</th><td>ランニングシューズ 26.5cm ネイビー</td></tr>
<tr><th>［配送方法］</th><td>佐川急便</td></tr>
<tr><th>［お問い合わせ伝票番号］</th><td>4102-8835-6617</td></tr>
<tr><th>［お届け予定日］</th><td>６月４日（木）</td></tr>
</table>
<p>━━━━━━━━━━━━━━━━━━━━━━━━</p>
<p>商品の到着まで、今しばらくお待ちくださいませ。</p>
<p>スポーツショップ はやて</p>"""
    case("hassou-kanryou-rakuten", "quarantine", ["type.order-confirmation"],
         "楽天風の「発送完了のお知らせ」（伝票番号・お届け予定日の表）：発送確認そのもの。",
         to=b, frm="スポーツショップ はやて <shop@hayate-sports.jp>", enc=B64, fmt="html", html=rakuten, day=3,
         subject=f"【スポーツショップ はやて】発送完了のお知らせ（注文番号 {o}）")

    o, b = order("thx1", "ja", "マグカップ 益子焼 380ml 糠白")
    case("orei-casual", "quarantine", ["type.thank-you-only"],
         "くだけた口調の「買ってくれてありがとう！また何かあれば気軽に声かけてね」だけで、用件がない。",
         to=b, frm="うつわ屋 ひなた <hello@utsuwa-hinata.jp>", enc=QP,
         subject=f"ありがとうございました！（注文番号 {o}）", text=f"""こんにちは！うつわ屋ひなたです。

このたびはマグカップ（注文番号 {o}）を買ってくださって、本当にありがとうございます！
作家さんにもお伝えしたら、とても喜んでいました。

また何かあれば、いつでも気軽に声をかけてくださいね。

うつわ屋 ひなた""")

    o, b = order("thx2", "ja", "万年筆 14K 細字 ボルドー")
    case("orei-haikei-keigu", "quarantine", ["type.thank-you-only"],
         "「拝啓…敬具」の長い尊敬語の手紙だが、時候の挨拶・お礼・「ご不明な点がございましたら」だけで用件がない。",
         to=b, frm="文房具の書斎堂 <letter@shosaido.jp>", enc=JIS, crlf=True,
         subject=f"御礼（ご注文番号 {o}）", text=f"""お客様

拝啓　初夏の候、ますますご清祥のこととお慶び申し上げます。

このたびは数ある店舗の中から当店をお選びいただき、ご注文番号 {o} にて
万年筆をお買い求めくださいましたこと、心より御礼申し上げます。

お客様に末永くご愛用いただけましたら、私どもにとりましてこれ以上の喜びはございません。
ご不明な点などございましたら、どうぞお気軽にお申し付けくださいませ。

末筆ながら、お客様のますますのご健勝をお祈り申し上げます。

敬具

文房具の書斎堂　店主""")

    o, b = order("mkt1", "ja", "オーガニックコットン ベビー肌着 5枚組")
    rakuten = f"""<p>お客様</p>
<p>ご注文番号 {o} のベビー肌着について、洗濯表示のご案内です。<br>
初回は単品で、ネットに入れて洗濯してください。</p>
<p>━━━━━━━━━━━━━━━━━━━━━━━━<br>
◆ 期間限定！夏のベビー服フェア開催中 ◆<br>
━━━━━━━━━━━━━━━━━━━━━━━━</p>
<p>□ ガーゼスリーパー 全品20%OFF<br>
□ 2点以上のお買い上げで送料無料<br>
□ クーポンコード【BABYSUMMER】で さらに300円引き</p>
<p>この機会にぜひAmazonの当店ストアページをご覧ください。</p>
<p>ベビー服の ぽかぽか</p>"""
    case("natsu-fair-rakuten", "quarantine", ["type.marketing"],
         "洗濯の案内のあとに楽天風の「期間限定！夏のベビー服フェア」とクーポンコード：販促メッセージ。",
         to=b, frm="ベビー服の ぽかぽか <shop@pokapoka-baby.jp>", enc=QP, fmt="html", html=rakuten,
         subject=f"洗濯のご案内（注文番号 {o}）")

    o, b = order("mkt2", "ja", "ステンレス ケトル 直火・IH対応 1.6L")
    case("tegami-naka-shinseihin", "quarantine", ["type.marketing"],
         "使い方の長い手紙の途中の一文で新商品（同シリーズのミルクパン）を紹介し購入を勧める：他商品の宣伝。",
         to=b, frm="台所道具のつむぎ <info@tsumugi-daidokoro.jp>", enc=B64, fmt="alt",
         subject=f"ケトルのお手入れ（注文番号 {o}）", text=f"""お客様

このたびはご注文番号 {o} のケトルをお買い上げいただき、誠にありがとうございます。
お使い始めの前に、いくつかご案内させてください。

初めてお使いになる際は、８分目まで水を入れて沸騰させ、そのお湯を捨ててください。
製造時の油分が取れ、においが気にならなくなります。

IHでお使いの場合、底面が濡れたままだとエラーになることがございますので、
よく拭いてからお使いください。

また、同じシリーズのミルクパンも先月より販売を開始いたしましたので、
ケトルと揃えてお使いいただけるよう、ぜひあわせてご検討くださいませ。

注ぎ口の内側は、やわらかいスポンジで洗っていただけます。
白い水あかが付いた場合は、クエン酸を溶かしたお湯を沸かすと落ちます。

台所道具のつむぎ""")


def review_ja() -> None:
    o, b = order("inc1", "ja", "シルク 枕カバー 43×63cm シャンパン")
    case("hoshi-itsutsu-souryou-muryou", "reject", ["review.incentive"],
         "「★5のレビューをいただけましたら、次回ご注文の送料を無料に」：高評価への見返り（将来の特典）。",
         to=b, frm="シルク工房 まゆ <shop@silk-mayu.jp>", enc=SJIS, tolerated=("type.marketing",),
         subject=f"シルク枕カバーのお手入れ（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のシルク枕カバーは、ネットに入れておしゃれ着用洗剤で
洗ってください。陰干しで色あせを防げます。

なお、★５のレビューをいただけましたお客様には、次回ご注文時の送料を
無料とさせていただいております。

シルク工房 まゆ""")

    o, b = order("inc2", "ja", "アイアン ハンガーラック 幅80cm")
    case("hoshi-itsutsu-casual", "reject", ["review.incentive"],
         "くだけた口調で「星5つつけてもらえたらめっちゃ励みになります！」：見返りはないが高評価へ誘導している"
         "（「もし気に入ってもらえたら」の条件付きなので review.conditional は許容）。",
         to=b, frm="鉄とくらし <hi@tetsu-to-kurashi.jp>", enc=QP, tolerated=("review.conditional",),
         subject=f"ハンガーラック届きましたか？（注文番号 {o}）", text=f"""こんにちは、鉄とくらしです。

注文番号 {o} のハンガーラック、組み立ては大丈夫でしたか？
ネジは最初ゆるめに留めて、最後に全部しっかり締めるとガタつきません。

もし気に入ってもらえたら、レビューで星5つつけてもらえるとめっちゃ励みになります！

鉄とくらし""")

    o, b = order("rm1", "ja", "ワイヤレス マウス 静音 グレー")
    case("teihyouka-sakujo-kenjougo", "reject", ["review.removal-request"],
         "交換品発送の連絡の途中で「先日ご投稿いただいた低評価のレビューを削除していただけないでしょうか」：既存レビューの削除依頼。",
         to=b, frm="PCサプライ ことり <support@kotori-pc.jp>", enc=JIS, fmt="alt",
         subject=f"交換品発送のご案内（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のマウスが反応しなくなったとのこと、大変申し訳ございません。
本日、新しい商品を発送いたしました。

大変恐縮ではございますが、先日ご投稿いただいた低評価のレビューにつきまして、
削除していただけないでしょうか。

お手元の商品は返送不要です。

PCサプライ ことり""")

    o, b = order("rm2", "ja", "折りたたみ傘 自動開閉 晴雨兼用")
    case("review-shuusei-reply", "reject", ["review.removal-request"],
         "返信で「お手数ですが、星の数を見直して（書き換えて）いただけると助かります」：既存レビューの変更依頼。",
         to=b, frm="雨の日商店 <help@amenohi-shouten.jp>", enc=B64,
         reply="開閉ボタンが二日で壊れました。レビューにも書きましたが、交換してもらえますか。",
         subject=f"Re: 折りたたみ傘の不具合（注文番号 {o}）", text=f"""お客様

ご迷惑をおかけして申し訳ございません。ご注文番号 {o} の傘は、
本日交換品を発送いたしました。壊れた傘はそのまま処分していただいて結構です。

交換品がお手元に届いて問題なくお使いいただけましたら、お手数ですが
レビューの星の数を見直していただけると助かります。

雨の日商店""")

    o, b = order("cond1", "ja", "ペット用 自動給水器 2.5L")
    case("ki-ni-ittara-casual", "reject", ["review.conditional"],
         "「気に入ってもらえたらレビューお願いします！イマイチだったら、レビューの前にまずこちらに連絡を」：レビューの振り分け。",
         to=b, frm="ペット用品 しっぽ <hello@shippo-pet.jp>", enc=QP, fmt="alt",
         subject=f"給水器のフィルター交換（注文番号 {o}）", text=f"""こんにちは、ペット用品しっぽです。

注文番号 {o} の自動給水器、フィルターは１か月ごとの交換がおすすめです。

気に入ってもらえたら、ぜひレビューお願いします！
イマイチだったら、レビューを書く前にまずはこちらに連絡してくださいね。

ペット用品 しっぽ""")

    o, b = order("cond2", "ja", "電動コーヒーミル コニカル式")
    case("manzoku-baai-nomi-hyouka", "reject", ["review.conditional"],
         "長い手紙の途中で「ご満足いただけた場合に限り、評価をお願い申し上げます。ご不満の点は評価の前に当店へ」：条件付きの依頼。",
         to=b, frm="珈琲器具のかもめ <info@kamome-coffee.jp>", enc=SJIS, crlf=True,
         subject=f"コーヒーミルの挽き目調整（ご注文番号 {o}）", text=f"""お客様

平素より珈琲器具のかもめをご愛顧いただき、誠にありがとうございます。
ご注文番号 {o} のコーヒーミルについて、挽き目の調整方法をご案内いたします。

本体上部のダイヤルを右に回すと細挽き、左に回すと粗挽きになります。
ペーパードリップには中挽き（目盛り５〜６）がおすすめでございます。

お使いいただき、ご満足いただけた場合に限り、Amazonでの評価をお願い申し上げます。
ご不満の点がございましたら、評価の前に当店までお知らせくださいませ。

刃の部分は水洗いできませんので、付属のブラシで粉を払ってください。

珈琲器具のかもめ""")

    o = ORDERS["rv1"]["order_id"]
    b = ORDERS["rv1"]["buyer_email"]
    case("review-saisoku", "reject", ["review.repeat"],
         "同じ注文への2回目のレビュー依頼（「先日お送りしたレビューのお願い、もしまだでしたら」）。最初の依頼は送信済み。",
         to=b, frm="鉄瓶工房 くろがね <shop@kurogane-tetsubin.jp>", enc=JIS, day=14,
         after=("review-onegai-neutral",),
         subject=f"急須の使い心地はいかがですか（ご注文番号 {o}）", text=f"""お客様

先日、ご注文番号 {o} の急須についてレビューのお願いをお送りいたしました。
もしまだでしたら、お時間のあるときにご感想をお聞かせいただけますと幸いです。

鉄瓶工房 くろがね""")

    o = ORDERS["fb1"]["order_id"]
    b = ORDERS["fb1"]["buyer_email"]
    case("hyouka-go-review", "reject", ["review.repeat"],
         "出品者評価をお願いした同じ注文に、今度は商品レビューを依頼：評価とレビューはどちらもレビュー依頼で、2回目。",
         to=b, frm="木工所 やまびこ <info@yamabiko-mokkou.jp>", enc=SJIS, day=13, crlf=True,
         after=("hyouka-onegai-neutral",),
         subject=f"まな板のお手入れ（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のまな板は、黒ずみが出てきたら粗めの紙やすりで表面を
軽く削ると元の色に戻ります。

お使いになってのご感想を、Amazonの商品レビューにもお寄せいただけましたら幸いです。

木工所 やまびこ""")


# --------------------------------------------------------------------------------------------
# Order problems and returns
# --------------------------------------------------------------------------------------------

def orders_ja() -> None:
    o, b = order("cancel1", "ja", "ガラス製 ティーポット 700ml 茶こし付き", **OOS)
    case("kyanseru-shinsei-onegai", "reject", ["order-problem.cancellation-request"],
         "在庫切れで「お手数ですが、アカウントサービスよりキャンセル申請をお願いいたします」：キャンセルを購入者に依頼。",
         to=b, frm="紅茶と雑貨 ティーズ <order@teas-zakka.jp>", enc=JIS, tolerated=("order-problem.no-adjustment",),
         subject=f"ご注文商品について（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のティーポットにつきまして、在庫管理の不備により
在庫切れとなっておりました。誠に申し訳ございません。

お手数をおかけいたしますが、Amazonのアカウントサービスより
ご注文のキャンセル申請をしていただけますでしょうか。

紅茶と雑貨 ティーズ""")

    o, b = order("cancel2", "ja", "キャンプ用 焚き火台 ステンレス 軽量", **OOS)
    case("kyanseru-shite-moraeru", "reject", ["order-problem.cancellation-request"],
         "くだけた口調で「在庫切らしちゃってて…そっちで注文キャンセルしてもらえますか？」：キャンセルを購入者に依頼。",
         to=b, frm="外遊び道具 たきび屋 <hi@takibiya.jp>", enc=QP, tolerated=("order-problem.no-adjustment",),
         subject=f"ごめんなさい、在庫切れです（注文番号 {o}）", text=f"""こんにちは、たきび屋です。

注文番号 {o} の焚き火台なんですが、ちょうど在庫を切らしちゃってて、
次の入荷も未定なんです。本当にすみません。

お手数ですが、そっちで注文キャンセルしてもらえますか？

たきび屋""")

    o, b = order("noadj1", "ja", "ノイズキャンセリング ヘッドホン ブラック", **OOS)
    case("hassou-dekinaku-narimashita", "quarantine", ["order-problem.no-adjustment"],
         "「在庫切れのため発送できなくなりました」とお詫びだけで、返金や注文金額の調整の確認がない。",
         to=b, frm="オーディオのひびき <shop@hibiki-audio.jp>", enc=B64,
         subject=f"発送についてのお詫び（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のヘッドホンですが、在庫切れのため発送できなくなりました。

ご期待に沿えず、誠に申し訳ございません。

オーディオのひびき""")

    o, b = order("noadj2", "ja", "ドライフラワー スワッグ ユーカリ", **OOS)
    rakuten = f"""<p>お客様</p>
<p>【重要】ご注文商品についてのお知らせ</p>
<p>ご注文番号：{o}<br>
商品名：ドライフラワー スワッグ ユーカリ</p>
<p>誠に恐れ入りますが、ご注文いただきました商品は、仕入れ先の生産終了に伴い、
手配ができかねる状況となっております。<br>
今後の対応につきましては、改めてご連絡させていただきます。</p>
<p>花雑貨 ルミエール</p>"""
    case("tehai-dekikaneru-rakuten", "quarantine", ["order-problem.no-adjustment"],
         "楽天風の【重要】お知らせ：生産終了で「手配ができかねる」、今後の対応は改めて連絡：調整・返金の確認がない。",
         to=b, frm="花雑貨 ルミエール <info@lumiere-hana.jp>", enc=SJIS, fmt="html", html=rakuten,
         subject=f"【重要】ご注文商品についてのお知らせ（注文番号 {o}）")

    o, b = order("ret1", "ja", "ヨガマット 10mm 厚手 ラベンダー")
    case("henpin-torisage-onegai", "quarantine", ["return.unnecessary"],
         "返品申請に対し、往復送料がかかるので「返品をお取り下げいただくほうがお得」と説得するだけ：情報の依頼も一部返金もない。",
         to=b, frm="フィットネス雑貨 しなやか <cs@shinayaka-fit.jp>", enc=JIS, day=11,
         subject=f"返品のご申請について（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のヨガマットについて、返品のご申請をいただきました。

お客様ご都合による返品の場合、往復の送料をご負担いただくことになり、
返金額が商品代金を大きく下回ってしまいます。
お客様のご負担を考えますと、今回は返品をお取り下げいただくほうが
お得かと存じます。

フィットネス雑貨 しなやか""")

    o, b = order("ret2", "ja", "メンズ レザー ベルト 110cm ブラウン")
    case("henpin-souryou-futan-tsuuchi", "quarantine", ["return.unnecessary"],
         "返品申請に対し「お客様都合のため返金は商品代金のみ、返送料はご負担」と通知するだけ：情報の依頼も一部返金の提案もない。",
         to=b, frm="革小物の つばき <info@tsubaki-kawa.jp>", enc=B64, fmt="alt", day=10,
         subject=f"返品についてのご連絡（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のベルトの返品のご申請を確認しました。

今回はサイズが合わないというお客様ご都合による返品のため、返送料はお客様の
ご負担となり、返金は商品代金のみとなります。あらかじめご了承ください。

革小物の つばき""")


# --------------------------------------------------------------------------------------------
# Content and links
# --------------------------------------------------------------------------------------------

def content_ja() -> None:
    o, b = order("sens1", "ja", "ゲーミングチェア リクライニング")
    case("henshin-bakajanaino", "quarantine", ["content.sensitive"],
         "同じ質問を繰り返す購入者への返信で「何回同じこと聞くんだよ、バカじゃないの？」：攻撃的な言葉。",
         to=b, frm="チェア倉庫 <support@chair-souko.jp>", enc=QP,
         reply="肘掛けの高さはどうやって変えるんですか？説明書を読んでもわかりません。",
         subject=f"Re: 肘掛けの調整（注文番号 {o}）", text=f"""注文番号 {o} の件。

肘掛けの高さは下のボタンを押しながら上下に動かすだけ。説明書の３ページに書いてあります。
何回同じこと聞くんだよ、バカじゃないの？

チェア倉庫""")

    o, b = order("sens2", "ja", "ベッドサイドランプ 調光式 木製")
    case("tegami-naka-atama-okashii", "quarantine", ["content.sensitive"],
         "丁寧な長い返信の途中の一文で「正直、頭おかしいんじゃないかと思います」：侮辱的な言葉。",
         to=b, frm="照明のともしび <info@tomoshibi-light.jp>", enc=JIS,
         reply="ランプの色が写真と違います。返金してください。",
         subject=f"Re: ランプの色について（ご注文番号 {o}）", text=f"""お客様

お問い合わせいただきありがとうございます。
ご注文番号 {o} のランプの色味につきまして、ご説明申し上げます。

当店の商品写真は、実際の電球色で点灯した状態で撮影しております。
お部屋の照明や、お使いの画面の設定によって、色味が異なって見えることがございます。

これを写真と違うと言って返金を求めるなんて、正直、頭おかしいんじゃないかと思います。

なお、調光ダイヤルを右いっぱいに回していただくと、最も明るい白に近い色になります。
それでもご納得いただけない場合は、Amazonの返品リクエストからお手続きください。

照明のともしび""")

    o, b = order("tel1", "ja", "羽毛掛け布団 シングル ダウン90%")
    case("tel-zenkaku-customer", "reject", ["content.phone-number"],
         "当店カスタマーセンターの電話番号（全角数字「０１２０−４５６−７８２」）：販売者自身の一般窓口は許可されない。",
         to=b, frm="ふとんの眠り屋本舗 <order@nemuriya-honpo.jp>", enc=SJIS,
         subject=f"羽毛布団の収納について（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の羽毛布団は、収納前に半日ほど陰干しして湿気を飛ばしてください。
圧縮袋での長期保管は羽毛を傷めますのでお避けください。

ご不明な点は、当店カスタマーセンター（０１２０−４５６−７８２）までお電話ください。

ふとんの眠り屋本舗""")

    o, b = order("tel2", "ja", "キッズ 自転車 16インチ 補助輪付き")
    rakuten = f"""<p>お客様</p>
<p>ご注文番号 {o} の自転車は、ハンドルとペダルの取り付けが必要です。<br>
ペダルは左右でネジの向きが逆になっておりますのでご注意ください。</p>
<hr>
<p>◇◆ サイクルショップ わだち ◇◆<br>
〒460-0008 愛知県名古屋市中区栄3-18-1<br>
TEL：052-241-3396（平日10:00～18:00）<br>
営業日：月～金（土日祝休み）</p>"""
    case("tel-rakuten-footer", "reject", ["content.phone-number"],
         "楽天風の店舗フッターに「TEL：052-…」：販売者の店舗電話番号（保証・配送業者・メーカーではない）。",
         to=b, frm="サイクルショップ わだち <info@wadachi-cycle.jp>", enc=B64, fmt="html", html=rakuten,
         subject=f"自転車の組み立てについて（注文番号 {o}）")

    o, b = order("mail1", "ja", "ラグマット 200×250cm 北欧柄")
    case("mail-zenkaku-atto", "reject", ["content.email-address"],
         "「写真は rugs＠… までお送りください」：全角＠で書いたメールアドレスでAmazonの外へ誘導。",
         to=b, frm="ラグの店 ふわり <rugs@fuwari-rug.jp>", enc=JIS,
         reply="届いたラグの角に汚れがあります。",
         subject=f"Re: ラグの汚れについて（注文番号 {o}）", text=f"""お客様

ご連絡ありがとうございます。ご注文番号 {o} のラグに汚れがあったとのこと、
大変申し訳ございません。

状態を確認させていただきたいので、汚れの部分のお写真を
rugs＠fuwari-rug.jp までお送りいただけますでしょうか。

ラグの店 ふわり""")

    o, b = order("mail2", "ja", "ステンドグラス ランプシェード 手作り")
    case("mail-kakko-atto", "reject", ["content.email-address"],
         "長い手紙の途中で「studio（アット）glass-aoi.jp」：（アット）で書いたメールアドレス。",
         to=b, frm="ガラス工房 あおい <studio@glass-aoi.jp>", enc=B64, fmt="alt",
         subject=f"ランプシェードの取り付け（ご注文番号 {o}）", text=f"""お客様

このたびはご注文番号 {o} のランプシェードをお選びいただき、ありがとうございます。
一点ずつ手作業で制作しておりますので、色ガラスの模様は写真と少しずつ異なります。

取り付けの際は、電球を外した状態で、ソケットのリングを時計回りに締めてください。
電球は40W相当までのLED電球をお使いください。

修理や部品のご相談は studio（アット）glass-aoi.jp へ直接ご連絡ください。

ガラスは柔らかい布で乾拭きしていただくと、長く美しい状態を保てます。

ガラス工房 あおい""")

    o, b = order("http1", "ja", "収納ベッド セミダブル 引き出し付き")
    case("http-kumitate-setsumeisho", "reject", ["link.insecure"],
         "組立説明書を http:// のAmazonのリンクで案内（Amazonのドメインでも https でない）。",
         to=b, frm="寝具家具のゆめまくら <info@yumemakura-kagu.jp>", enc=QP,
         subject=f"組み立てのご案内（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の収納ベッドの組立説明書は、商品ページの「説明書」欄から
ご覧いただけます。
http://www.amazon.co.jp/gp/product/B0CX7R2K9M

組み立ては大人2名で約60分です。

寝具家具のゆめまくら""")

    o, b = order("http2", "ja", "ベランダ 家庭菜園 プランター 65cm 3個組")
    html = f"""<p>お客様</p>
<p>ご注文番号 {o} のプランターには、底に鉢底石を2cmほど敷いてから土を入れてください。</p>
<p>夏野菜の植え付け時期は、<a href="http://www.amazon.co.jp/gp/help/customer/display.html?nodeId=201910360">Amazonのヘルプ「商品の取り扱いについて」</a>もあわせてご覧ください。</p>
<p>園芸のみどり野</p>"""
    case("http-html-amazon-help", "reject", ["link.insecure"],
         "HTMLの説明付きリンクだが href が http:// （Amazonのドメイン）：安全でないリンク。",
         to=b, frm="園芸のみどり野 <shop@midorino-engei.jp>", enc=SJIS, fmt="html", html=html,
         subject=f"プランターの使い方（注文番号 {o}）")

    o, b = order("opt1", "ja", "ルイボスティー ティーバッグ 100包")
    case("haishin-teishi-henshin", "reject", ["link.opt-out"],
         "飲み方の案内の末尾に「今後のご案内の配信停止をご希望の場合は『配信停止』とご返信ください」：受信拒否の案内。",
         to=b, frm="お茶のはなぶさ <tea@hanabusa-cha.jp>", enc=JIS, crlf=True,
         subject=f"おいしい淹れ方（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のルイボスティーは、沸騰したお湯で５分ほど煮出すと
香りがしっかり出ます。水出しの場合は冷蔵庫で８時間が目安です。

※今後、当店からのご案内メールの配信停止をご希望の場合は、
本メールに「配信停止」とご返信ください。

お茶のはなぶさ""")

    o, b = order("opt2", "ja", "アロマディフューザー 超音波 木目調")
    rakuten = f"""<p>お客様</p>
<p>ご注文番号 {o} のディフューザーは、タンクの目盛り（MAX）以上に水を入れないでください。<br>
アロマオイルは水100mlに対して3～5滴が目安です。</p>
<hr>
<p>※本メールは送信専用です。<br>
※メッセージの受信を希望されない方は、<a href="https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=GLPMXLE7LMWDXR3A">Amazonのメッセージ設定（受信停止の手続き）</a>から受信停止のお手続きをお願いいたします。</p>
<p>アロマ雑貨 ゆらぎ</p>"""
    case("jushin-teishi-footer", "reject", ["link.opt-out"],
         "楽天風フッターの「受信を希望されない方は…受信停止のお手続きを」とリンク：オプトアウトのリンク（Amazonのドメインでも）。",
         to=b, frm="アロマ雑貨 ゆらぎ <info@yuragi-aroma.jp>", enc=QP, fmt="html", html=rakuten,
         subject=f"ディフューザーの使い方（注文番号 {o}）")

    o, b = order("ext1", "ja", "ハンドドリップ ケトル 細口 0.9L")
    case("douga-youtube", "reject", ["link.external"],
         "使い方の動画として https のYouTubeリンク（Amazon以外のドメイン、許可リストなし）。",
         to=b, frm="珈琲道具 ほとり <info@hotori-coffee.jp>", enc=B64,
         subject=f"細口ケトルの注ぎ方（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の細口ケトルは、お湯を８分目まで入れると注ぎ口から
細く安定してお湯が出ます。

注ぎ方のコツは、こちらの動画（約３分）でご覧いただけます。
https://www.youtube.com/watch?v=k3Hd8pQ2vLs

珈琲道具 ほとり""")

    o, b = order("ext2", "ja", "名入れ タンブラー 真空断熱 450ml")
    html = f"""<p>お客様</p>
<p>ご注文番号 {o} のタンブラーに刻印するお名前を、以下のフォームからご入力ください。
ご入力いただいた内容を確認してから、刻印・発送いたします。</p>
<p><a href="https://forms.gle/Xq7TmA2bWd9kRz3p8">名入れ内容の入力フォーム（Googleフォーム）</a></p>
<p>名入れギフトの はなむけ</p>"""
    case("naire-google-form", "reject", ["link.external"],
         "名入れ内容を Googleフォーム（https、Amazon以外のドメイン）で入力させる：許可リストにない外部リンク。",
         to=b, frm="名入れギフトの はなむけ <gift@hanamuke-naire.jp>", enc=JIS, fmt="html", html=html,
         subject=f"名入れ内容のご入力のお願い（注文番号 {o}）")


def main() -> None:
    collect_by_language(CASE_LIST, (compliant_ja, types_ja, review_ja, orders_ja, content_ja))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="thirtysixth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
