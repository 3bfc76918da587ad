#!/usr/bin/env python3
"""Build the twenty-fourth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_twentyfourth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. JAPANESE only (amazon.co.jp): every rule of RULES.md sections
B-E as Japanese sellers write: 拝啓/敬具 letters, business keigo, casual shops, full-width digits and letters,
Japanese phone formats (free dial, mobile, carrier and maker lines), LINE / Instagram, 「こちら」 link texts,
メルマガ配信停止, クーポン, ポイント還元, 星5つ, レビュー特典, review gating, 在庫切れ, 返品, 発送のお知らせ,
顔文字, ISO-2022-JP / Shift_JIS / UTF-8 encodings, RFC 2047 subjects and HTML from Japanese shop systems.
"""

from __future__ import annotations

import random
import sys
from email.header import Header
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))
from corpus_build import (  # noqa: E402
    OrderBook,
    add_case,
    lang_counts,
    logo_png,
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
    zip_bytes,
)

_rnd = random.Random(24_2026_0615)
_PREFIX = {"co.jp": "25"}
_TLD = {"ja": "co.jp"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-03T01:20:00Z", shipped="2026-06-04T06:00:00Z",
                 delivered="2026-06-06T03:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
SJIS = {"charset": "shift_jis", "cte": "base64"}
U8B = {"charset": "utf-8", "cte": "base64"}
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-12T02:00:00Z"}
PENDING = {"shipped": "", "delivered": "", "purchased": "2026-06-13T05:00:00Z"}

ALL = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "language.mismatch",
       "type.order-confirmation", "type.thank-you-only", "type.marketing", "review.incentive",
       "review.removal-request", "review.conditional", "review.repeat", "order-problem.cancellation-request",
       "order-problem.no-adjustment", "return.unnecessary", "link.insecure", "link.external", "link.opt-out",
       "attachment.not-allowed", "image.logo-link", "image.tracking-pixel", "image.product-photo",
       "content.email-address", "content.phone-number", "content.sensitive", "style.link-text", "style.image-alt",
       "style.emoji", "style.animated-gif", "style.margin", "style.image-width", "style.font-override",
       "style.font-sizes", "style.alignment", "style.line-breaks", "image.insecure"]

_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def fullwidth(s: str) -> str:
    return s.translate(_FW)


def _d(day: int) -> str:
    return mail_date(day, "10:05:00", "+0900")


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str,
         text: str | None, day: int = 13, reply: str = "", tolerated: tuple[str, ...] = (),
         enc: dict | None = None, html: str | bool | None = None, after: tuple[str, ...] = (),
         subject_charset: str = "", crlf: bool = False, related=(), attach=(), to_hdr: str = "") -> None:
    """`reply` is the buyer's quoted message: the case then answers a buyer (In-Reply-To/References).
    `html=True` adds a text/html alternative built from the text; a string is the HTML itself (alone when
    text is None). Every rule of ALL not in `rules` (or tolerated) must stay silent; content.spelling is
    tolerated everywhere (Japanese has no spelling dictionary worth trusting here)."""
    hdrs = reply_headers(f"0106019c.t24.{slug[:24]}") if reply else []
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = None
    if text is not None:
        body = text.strip("\n") + "\n"
        if reply:
            body += "\n" + quote(reply) + "\n"
    tol = (*tolerated, "content.spelling")
    absent = [r for r in ALL if r not in rules and r not in tol]
    hbody = page(text2html(body), "ja") if html is True else (html or None)
    msg = mk(frm, to_hdr or to, subject, _d(day), f"<t24.{slug}@{dom}>", headers=hdrs, text=body, html=hbody,
             related=related, attach=attach, **(enc or {}))
    if subject_charset:
        enc_subj = Header(subject, subject_charset, header_name="Subject").encode(maxlinelen=70)
        msg._headers = [(k, enc_subj if k == "Subject" else v) for k, v in msg._headers]
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, after=after, crlf=crlf, lang="ja")


def shop_html(inner: str, head: str = "") -> str:
    return page(inner, "ja", head)


# --------------------------------------------------------------------------------------------
# Compliant near-misses
# --------------------------------------------------------------------------------------------

def compliant() -> None:
    o, b = order("nairei", "ja", "名入れ 木製ボールペン 桐箱入り", **PENDING)
    case("bizmail-naire-kakunin", "relay", [],
         "ビジネスメールの敬語で、名入れ（カスタムデザイン）の文字の確認を求める：注文の完了に必要な連絡。",
         to=b, frm="木工房たくみ <order@mokkou-takumi.jp>", enc=JIS, subject_charset="iso-2022-jp",
         subject=f"【ご確認のお願い】名入れ内容について（注文番号：{o}）", text=f"""{"お客様"}

お世話になっております。木工房たくみでございます。
このたびはご注文（注文番号：{o}）をいただき、誠にありがとうございます。

名入れの文字について確認させていただきたく、ご連絡いたしました。
ご注文時の備考欄に「Hiroshi.K 2026」とございますが、ピリオドの位置と
大文字・小文字はこのままでよろしいでしょうか。

恐れ入りますが、6月17日（水）までにご返信いただけますと、
予定どおり6月19日（金）に発送できます。
ご返信がない場合は、備考欄のとおりに彫刻いたします。

何卒よろしくお願い申し上げます。

木工房たくみ
担当：佐藤""")

    o, b = order("haikei", "ja", "信楽焼 土鍋 9号 4〜5人用", **PENDING)
    case("haikei-keigu-hassou-okure", "relay", [],
         "拝啓・敬具の手紙形式で発送の遅れを知らせ、新しい発送予定日を伝える：遅延の通知は義務（在庫切れではなく、"
         "キャンセルを求めていない）。",
         to=b, frm="信楽 窯元 やまなか <info@yamanaka-gama.jp>", enc=SJIS,
         subject=f"発送予定日変更のご案内　注文番号 {o}", text=f"""拝啓　初夏の候、ますますご清祥のこととお慶び申し上げます。
平素より格別のお引き立てを賜り、厚く御礼申し上げます。

さて、ご注文番号 {o} にてご注文いただきました土鍋につきまして、
窯の焼成温度の調整に時間を要しましたため、発送が遅れております。
誠に申し訳ございません。

現在、最終検品を行っており、6月22日（月）に発送できる見込みでございます。
お届けは6月24日（水）頃となります。

ご不便をおかけいたしますが、何卒ご理解賜りますようお願い申し上げます。

敬具

信楽 窯元 やまなか""")

    o, b = order("casual-onpu", "ja", "ハンドドリップ コーヒーケトル 0.8L")
    case("casual-onpu-tsukaikata", "relay", [],
         "カジュアルな店の文体（〜ですね！、♪）で使い方のコツを伝える：♪(U+266A)は音楽記号で、Unicodeの絵文字でも"
         "ASCIIの顔文字でもない。",
         to=b, frm="まめと湯気 <hello@mametoyuge.jp>", enc=U8B,
         subject=f"ケトルのちょっとしたコツ♪（注文番号 {o}）", text=f"""こんにちは！まめと湯気のスタッフ、ゆかです♪

ご注文番号 {o} のコーヒーケトル、そろそろ届いている頃ですね！

最初に使う前に、一度お湯を沸かして捨ててください。
製造時の油分がきれいに落ちます。

細く注ぐコツは、ケトルを傾けすぎないこと。
注ぎ口の先から1cmくらいの高さで、「の」の字を描くようにゆっくり注ぐと、
お店みたいな味になりますよ♪

取っ手の木の部分は水に弱いので、洗ったあとはすぐに拭いてくださいね。

まめと湯気　ゆか""")

    o, b = order("zenkaku-id", "ja", "ソファ 3人掛け 幅180cm ファブリック", **PENDING)
    case("zenkaku-chuumon-bangou-haisou-nichiji", "relay", [],
         "全角数字と全角ハイフンで書かれた注文番号（１７桁、3-7-7）は同じ注文番号：大型家具の配送日時の調整は許可。",
         to=b, frm="家具のまるい <haisou@kagu-marui.jp>",
         subject=f"大型家具の配送日時のご相談（注文番号{fullwidth(o)}）", text=f"""お客様

いつもご利用いただき、ありがとうございます。家具のまるい 配送係でございます。

注文番号{fullwidth(o)}のソファは、大型家具のため
二名による搬入・開梱設置でのお届けとなります。

つきましては、お届け日時を調整させていただきたく、
以下の候補からご都合のよい日時をお知らせください。

　・６月１８日（木）午前
　・６月１９日（金）午後
　・６月２０日（土）午前

また、搬入経路（エレベーターの有無、階段の幅）も
あわせてお知らせいただけますと幸いです。

家具のまるい 配送係""")

    o, b = order("yamato", "ja", "羽毛布団 シングル ホワイトダックダウン")
    case("reply-yamato-tsuiseki-denwa", "relay", [],
        "購入者の「荷物が届かない」への返信：追跡番号とヤマト運輸の電話番号（配送業者）を伝える：許可。",
         to=b, frm="ねむりの森 <support@nemuri-mori.jp>", enc=JIS,
         reply="6日に届く予定の布団がまだ届いていません。どうなっていますか？",
         subject=f"Re: 商品が届きません（注文番号 {o}）", text=f"""お客様

お問い合わせいただき、ありがとうございます。
ご注文番号 {o} の羽毛布団は、6月4日にヤマト運輸にて発送しております。

追跡番号：4829-3371-0562

ヤマト運輸の追跡では、お届け先不明で営業所に保管中となっております。
お手数ですが、ヤマト運輸のサービスセンター（0120-01-9625）へ
追跡番号をお伝えのうえ、再配達をご依頼ください。

ねむりの森 カスタマーサポート""")

    o, b = order("maker", "ja", "電気圧力鍋 3L ホワイト")
    case("maker-hoshou-zenkaku-free-dial", "relay", [],
         "故障の問い合わせへの返信：メーカー保証の修理窓口（全角のフリーダイヤル）は例外として許可。",
         to=b, frm="キッチン家電ストア <cs@kitchen-kaden.jp>", enc=U8B,
         reply="圧力鍋の表示がE2のまま動きません。",
         subject=f"Re: E2エラーについて（注文番号 {o}）", text="""お客様

お世話になっております。キッチン家電ストアでございます。

E2エラーは、本体の温度センサーの異常を示すものでございます。
電源プラグを抜き、30分ほど置いてから再度お試しください。

それでも表示が消えない場合は、メーカー保証（お買い上げから1年間）の対象となります。
メーカー修理受付センター：０１２０－３９８－７１２（受付時間 9:00〜17:00）
お電話の際は、本体底面の製造番号をお手元にご用意ください。

キッチン家電ストア""")

    o, b = order("sagawa", "ja", "冷蔵庫 2ドア 156L", **PENDING)
    case("sagawa-eigyousho-setchi-bi", "relay", [],
         "大型家電の配送日の調整：佐川急便の営業所の電話番号は配送業者の番号として許可。",
         to=b, frm="でんきのヒロタ <haisou@denki-hirota.jp>", enc=JIS, subject_charset="iso-2022-jp",
         subject=f"冷蔵庫のお届け日についてのご相談　注文番号 {o}", text=f"""お客様

でんきのヒロタでございます。ご注文番号 {o} の冷蔵庫は、
佐川急便の飛脚ラージサイズ宅配便でのお届けとなります。

お届け日のご希望を、このメッセージへのご返信でお知らせください。
当日の時間帯については、佐川急便 江東営業所（03-5632-1187）から
前日までにお電話でご連絡があります。

搬入の際、冷蔵庫の扉の開き方向（右開き）をご確認ください。

でんきのヒロタ""")

    o, b = order("numbers", "ja", "ステンレス 水切りラック 2段 KX-2000")
    case("suuji-yuubin-kakaku-kataban", "relay", [],
         "郵便番号、日付、価格、型番、JANコード、追跡番号：どれも電話番号ではない（返信で追跡番号を伝えるのは許可）。",
         to=b, frm="暮らしの道具店 <info@kurashi-dougu.jp>", enc=U8B,
         reply="部品が一つ足りません。どうすればよいですか？",
         subject=f"Re: 部品の不足について（注文番号 {o}）", text=f"""お客様

ご不便をおかけし申し訳ございません。
ご注文番号 {o}（型番 KX-2000、JAN 4571234567893）の
不足部品「連結パーツB（2個）」を本日発送いたしました。

追跡番号：3612-4408-7725（日本郵便 ゆうパケット）
発送日：2026/06/13
お届け先：〒135-0061 のご住所

部品代（1,100円）と送料はいただきません。

暮らしの道具店""")

    o, b = order("amazon-link", "ja", "ダウンジャケット メンズ Lサイズ ネイビー")
    html = shop_html(f"""<p>お客様</p>
<p>お問い合わせありがとうございます。ご注文番号 {o} のダウンジャケットは、
サイズ交換を承ることができます。</p>
<p>交換のお手続きは、Amazonの注文履歴から行っていただけます。手順は
<a href="https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=201819200">Amazonヘルプ「返品・交換の手続き」</a>
をご覧ください。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>サイズ</th><th>着丈</th><th>身幅</th></tr>
<tr><td>L</td><td>72cm</td><td>60cm</td></tr>
<tr><td>XL</td><td>75cm</td><td>63cm</td></tr>
</table>
<p>アウトドアウェア ノースリッジ</p>""")
    case("html-amazon-help-link-size-table", "relay", [],
         "ショップシステムのHTML（表、罫線）で、説明的なリンクテキストのAmazonヘルプへのhttpsリンク：許可。",
         to=b, frm="アウトドアウェア ノースリッジ <support@northridge-wear.jp>", text=None, html=html,
         reply="", subject=f"Re: サイズ交換について（注文番号 {o}）", day=12,
         enc={"charset": "utf-8", "cte": "quoted-printable"})
    CASE_LIST[-1]["msg"]["In-Reply-To"] = "<0106019c.t24.amazonlink@amazonses.com>"
    CASE_LIST[-1]["msg"]["References"] = "<0106019c.t24.amazonlink@amazonses.com>"

    o, b = order("oos-ok", "ja", "限定 手ぬぐい 富士山柄", **OOS)
    case("zaiko-gire-henkin-zumi", "relay", [],
         "在庫切れの連絡で、在庫切れを理由に注文金額全額を返金済みと確認し、キャンセルを求めない：許可。",
         to=b, frm="手ぬぐい 染屋 <info@someya-tenugui.jp>", enc=JIS,
         subject=f"在庫切れによる返金のお知らせ（注文番号 {o}）", text=f"""お客様

このたびはご注文番号 {o} にてご注文いただき、誠にありがとうございました。

大変申し訳ございませんが、ご注文の「富士山柄」は、倉庫での在庫確認の結果、
最後の一点に染めむらがあり、販売できる在庫がございませんでした。

そのため、本日、在庫切れ（NoInventory）を理由として、ご注文金額の全額を返金いたしました。
お客様のお手続きは必要ございません。
返金はお支払い方法により、数日後に反映されます。

ご期待に沿えず、誠に申し訳ございません。

手ぬぐい 染屋""")

    o, b = order("henpin-info", "ja", "ワイヤレスマウス 静音 グレー")
    case("henpin-shashin-onegai", "relay", [],
         "返品依頼に対し、返品を完了するために必要な情報（不具合の状態の写真、製造番号）を尋ねる：許可。",
         to=b, frm="PCサプライのツクモ堂 <support@tsukumodo.jp>", enc=SJIS,
         subject=f"返品のお手続きについて（注文番号 {o}）", text=f"""お客様

いつもご利用いただきありがとうございます。ツクモ堂でございます。
ご注文番号 {o} のマウスについて、返品のご依頼を承りました。

返品の受付を完了するため、次の2点をお知らせください。
・ホイール部分の不具合がわかるお写真（1枚で結構です）
・本体裏面のシールに記載の製造番号（SNから始まる英数字）

確認でき次第、返送用のラベルをご案内いたします。

ツクモ堂 サポート係""")

    o, b = order("ichibu", "ja", "レザー 長財布 キャメル")
    case("ichibu-henkin-teian", "relay", [],
         "返品の問い合わせに対し、小さな傷のある商品をそのまま使う場合の一部返金を提案：許可。",
         to=b, frm="革小物 ふくろう <info@fukurou-leather.jp>", enc=JIS,
         reply="財布の角に小さな擦れがありました。返品したいです。",
         subject=f"Re: 返品希望（注文番号 {o}）", text=f"""お客様

お写真をお送りいただき、ありがとうございます。
ご注文番号 {o} の長財布の角の擦れを確認いたしました。

返品をご希望の場合はもちろん承りますが、もしこのままお使いいただけるようでしたら、
商品代金の20%（1,760円）を一部返金させていただくこともできます。

どちらがよろしいか、ご返信でお知らせください。

革小物 ふくろう""")

    o, b = order("eigo-mix", "ja", "Anker PowerCore 10000 PD Redux モバイルバッテリー")
    case("eigo-seihinmei-katashiki-firmware", "relay", [],
         "日本語の文章の中に英語の製品名・型番・表示（Anker PowerCore、A1229、USB-C、PD）：日本語のメッセージで、"
         "言語の不一致ではない。",
         to=b, frm="モバイルガジェット館 <support@mobile-gadget.jp>", enc=U8B,
         reply="iPhoneが急速充電されません。",
         subject=f"Re: 急速充電について（注文番号 {o}）", text=f"""お客様

お問い合わせありがとうございます。
ご注文番号 {o} の Anker PowerCore 10000 PD Redux（型番 A1229）は、
USB-Cポートのみが Power Delivery（PD）の急速充電に対応しております。

iPhone を急速充電するには、USB-C to Lightning ケーブル（MFi認証品）で
USB-Cポートに接続してください。USB-Aポートは通常の速度での充電となります。

本体のLEDが4つとも点滅している場合は、Power ボタンを2回押してから再度お試しください。

モバイルガジェット館""")

    o, b = order("bilingual", "ja", "Electric Kettle 1.0L Matte Black")
    case("nihongo-eigo-heiki", "relay", [],
         "日本語と英語の併記（日本語が先）：購入者の言語を含むバイリンガルのメッセージは許可。",
         to=b, frm="Nordic Kitchen Japan <support@nordic-kitchen.jp>", enc=U8B,
         subject=f"電源プラグについて / About the power plug (Order {o})", text=f"""お客様

ご注文番号 {o} の電気ケトルについてご案内いたします。
本製品は日本の100V・Aタイププラグ仕様です。変換プラグは不要です。
初めてお使いの際は、満水で2回お湯を沸かして捨ててください。

---

Dear customer,

This is about your electric kettle, order {o}.
The kettle is built for Japan (100 V, type A plug); no adapter is needed.
Before first use, boil a full kettle twice and pour the water away.

Nordic Kitchen Japan""")

    o, b = order("orei-info", "ja", "ベビー 加湿器 スチーム式")
    case("orei-to-juuyou-na-chuui", "relay", [],
         "お礼で始まるが、スチーム式加湿器の安全に関する具体的な注意を伝える：お礼だけのメッセージではない。",
         to=b, frm="ベビー用品のひだまり <info@hidamari-baby.jp>", enc=JIS,
         subject=f"ご使用前の大切なお知らせ（注文番号 {o}）", text=f"""お客様

このたびはご注文番号 {o} にてお買い上げいただき、誠にありがとうございます。

本製品はスチーム式のため、吹き出し口から高温の蒸気が出ます。
お子様の手の届かない、床から1メートル以上の高さに設置してください。

また、付属のクエン酸は初回のお手入れ用です。
二週間に一度、タンクにクエン酸10gと水を入れて「お手入れモード」で運転すると、
白い汚れ（カルキ）がたまりにくくなります。

ベビー用品のひだまり""")

    o, b = order("neutral-rev", "ja", "天然木 まな板 ヒノキ 42cm")
    case("keigo-chuuritsu-review", "relay", [],
         "お手入れ案内の後に、感想の良し悪しを問わない中立的なレビューのお願い（一回目）：許可。",
         to=b, frm="木曽ひのき工房 <info@kiso-hinoki.jp>", enc=JIS, day=10, subject_charset="iso-2022-jp",
         subject=f"まな板のお手入れについて（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のヒノキのまな板について、お手入れ方法をご案内いたします。

使う前に水で全体を濡らし、ふきんで拭いてからお使いください。
食材の色やにおいが移りにくくなります。
使用後はたわしで木目に沿って洗い、立てて陰干ししてください。

お手すきの際に、Amazonでレビューをお寄せいただけましたら幸いです。
良かった点もご不満な点も、率直なご意見をお聞かせください。

木曽ひのき工房""")

    o, b = order("shinuhodo", "ja", "激辛 死ぬほど辛いラー油 100g")
    case("shinuhodo-shouhinmei-yabai", "relay", [],
         "商品名の「死ぬほど辛い」と、購入者の「やばい」を受けた返信：誇張の口語で、暴力や侮辱の言葉ではない。",
         to=b, frm="辛味処 からかぜ <info@karakaze.jp>", enc=U8B,
         reply="死ぬほど辛いラー油、やばいくらい辛くて食べられません…少しマイルドにする方法はありますか？",
         subject=f"Re: 辛さについて（注文番号 {o}）", text=f"""お客様

ご連絡ありがとうございます。「死ぬほど辛いラー油」は、その名のとおり当店でいちばん辛い商品です。
やばい辛さと言っていただけるのは、作り手としてはうれしいのですが、食べられないのは困りますよね。

マイルドにするには、ごま油またはオリーブオイルと1:2で混ぜてください。
マヨネーズに少量混ぜて、ディップにするのもおすすめの使い方です。

ご注文番号 {o} のラー油は開封後、冷蔵庫で保存し、1か月以内にお使いください。

辛味処 からかぜ""")

    o, b = order("bakaure", "ja", "冷感 敷きパッド シングル", **PENDING)
    case("bakaure-nyuuka-okure", "relay", [],
         "カジュアルな遅延のお知らせ：「バカ売れ」「やばい」は口語の強調で、侮辱ではない。新しい発送日を伝える。",
         to=b, frm="ひんやり寝具のすずかぜ <info@suzukaze-shingu.jp>", enc=U8B,
         subject=f"発送が少し遅れます（注文番号 {o}）", text=f"""こんにちは、すずかぜです！

ご注文番号 {o} の冷感敷きパッドについてのご連絡です。

急な暑さで敷きパッドがバカ売れしてしまい、正直やばいくらい出荷が混み合っています。
ご注文いただいた分は確保済みですが、発送が2日ほど遅れ、6月17日になります。

お届け予定日より遅くなってしまい、本当にごめんなさい。
ご都合が悪い場合は、このメッセージにご返信ください。

すずかぜ""")

    o, b = order("coupon-q", "ja", "シリコン 保存容器 5個セット")
    case("coupon-setsumei-sagaku-henkin", "relay", [],
         "購入者の「クーポンが適用されなかった」への返信：Amazonのクーポンの仕組みを説明し、差額を返金済みと伝える："
         "販促ではない。",
         to=b, frm="キッチン雑貨 ことこと <support@kotokoto-zakka.jp>", enc=JIS,
         reply="商品ページの300円OFFクーポンが適用されていませんでした。",
         subject=f"Re: クーポンについて（注文番号 {o}）", text=f"""お客様

ご連絡ありがとうございます。
ご注文番号 {o} を確認いたしましたところ、ご購入時にクーポンの
「クリップ」がされていなかったため、割引が適用されておりませんでした。

今回は当店の確認不足もございましたので、差額の300円を本日返金いたしました。
数日以内にお支払い方法へ反映されます。

キッチン雑貨 ことこと""")

    o, b = order("url-zenkaku", "ja", "ロボット掃除機 R-7 替えブラシセット")
    case("zenkaku-url-moji-dake", "relay", [],
         "「ＵＲＬをお送りできない」と全角で書くだけで、リンクもアドレスもない：リンクの規則は対象外。",
         to=b, frm="そうじ家電の森田 <support@morita-souji.jp>", enc=JIS,
         reply="取扱説明書のＵＲＬを教えてください。",
         subject=f"Re: 取扱説明書について（注文番号 {o}）", text=f"""お客様

お問い合わせありがとうございます。
恐れ入りますが、メッセージではＵＲＬをお送りすることができません。

取扱説明書は、Amazonの商品ページの「商品の説明」欄にある
「ユーザーマニュアル（PDF）」からご覧いただけます。

替えブラシ（ご注文番号 {o}）の交換手順は、説明書の14ページです。

そうじ家電の森田""")

    o, b = order("kigou", "ja", "珪藻土 バスマット 60×39cm")
    case("maru-suuji-kabu-jikan-hiritsu", "relay", [],
         "①②③、（株）、㈱、時刻（10:00〜12:00）、比率（1:10）、※、→：どれも絵文字や顔文字ではない。",
         to=b, frm="㈱住まいの工房 <info@sumai-koubou.co.jp>", enc=U8B,
         subject=f"バスマットのお手入れ方法（注文番号 {o}）", text=f"""お客様

（株）住まいの工房でございます。ご注文番号 {o} のバスマットについて、
吸水力を保つためのお手入れをご案内いたします。

① 表面が白っぽくなったら、付属の紙やすりで軽くこすってください。
② 汚れが目立つときは、中性洗剤を水で1:10に薄めて拭いてください。
③ 陰干しで半日（例：10:00〜16:00）乾かします。
※ 水洗い・直射日光は割れの原因になります。
→ 割れた場合は、購入から1年以内なら無償で交換いたします。

㈱住まいの工房""")

    o, b = order("hoshi-kigou", "ja", "アロマディフューザー 超音波式 木目調")
    case("hoshi-shikaku-midashi-kigou", "relay", [],
         "見出しの記号（■、★ポイント★、◆）：ショップの文面でよく使う記号で、Unicodeの絵文字ではなく、レビューとも無関係。",
         to=b, frm="アロマ雑貨 香りの庭 <info@kaori-niwa.jp>", enc=SJIS,
         subject=f"ディフューザーのご使用前に（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のアロマディフューザーについてご案内いたします。

■ご使用前に
タンクの内側の「MAX」の線より上に水を入れないでください。
あふれた水が本体内部に入り、故障の原因になります。

★ポイント★
精油は水100mlに対して3〜5滴が目安です。
柑橘系の精油は樹脂を傷めることがあるため、少なめにしてください。

◆お手入れ
週に一度、タンクを中性洗剤で洗い、綿棒で振動板を拭いてください。

アロマ雑貨 香りの庭""")

    o, b = order("soushin-senyou", "ja", "折りたたみ 自転車 20インチ")
    case("heyabangou-mikinyuu-soushin-senyou", "relay", [],
         "お届け先の部屋番号の未記入を確認する（配送に必要）。フッターの「自動配信」「送信専用」は配信停止ではない。",
         to=b, frm="サイクルショップ風輪 <noreply@fuurin-cycle.jp>", enc=JIS, **{},
         subject=f"お届け先のご確認（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の自転車の発送準備を進めております。
お届け先のご住所に、マンション名の後の部屋番号が記載されておりませんでした。

大型の荷物のため、部屋番号がないと配達できない場合がございます。
お手数ですが、Amazonの「注文履歴」から購入者とのメッセージでお知らせください。

サイクルショップ風輪

※このメッセージはシステムから自動配信しております。""")

    o, b = order("chuumon-kakunin-reply", "ja", "ランドセル カバー 透明", **PENDING)
    case("reply-chuumon-uketsuke-kakunin", "relay", [],
         "購入者の「注文は通っていますか？」への返信で注文の受付と発送予定を伝える：購入者への回答なので注文確認の"
         "規則は対象外。",
         to=b, frm="学用品のこばと <info@kobato-gakuyou.jp>", enc=JIS,
         reply="注文したのに確認メールが来ません。注文は通っていますか？",
         subject=f"Re: 注文の確認（注文番号 {o}）", text=f"""お客様

お問い合わせありがとうございます。
ご注文番号 {o} のご注文は、6月13日に正常に承っております。

明日6月16日に日本郵便のゆうパケットで発送する予定です。
発送後、Amazonから発送のお知らせが届きます。

学用品のこばと""")

    o, b = order("receipt-pdf", "ja", "業務用 シュレッダー A4 クロスカット")
    pdf = make_pdf("Ryoshusho", ["Receipt / Ryoshusho", f"Order {o}", "Cross-cut shredder A4",
                                 "Total: JPY 19,800 (tax incl.)"], producer="OfficeSupply JP")
    case("ryoushuusho-pdf-tenpu", "relay", [],
         "購入者が依頼した領収書（インボイス）をPDFで添付：必要な添付ファイルで許可。",
         to=b, frm="オフィス用品のサカモト <keiri@sakamoto-office.jp>", enc=JIS,
         reply="会社の経費精算に使うので、宛名入りの領収書をいただけますか。",
         attach=((pdf, "application", "pdf", "ryoushuusho.pdf"),),
         subject=f"Re: 領収書の発行について（注文番号 {o}）", text=f"""お客様

お世話になっております。オフィス用品のサカモトでございます。

ご依頼いただきました、ご注文番号 {o} の領収書（宛名：株式会社ミドリ設計 様）を
PDFファイルにて添付いたしましたので、ご確認くださいますようお願い申し上げます。

ご不明な点がございましたら、お気軽にお申し付けください。

オフィス用品のサカモト 経理担当""")

    o, b = order("hyouka-near", "ja", "ガーデン ソーラーライト 8個セット")
    case("review-wo-haiken-setsumeisho-kaitei", "relay", [],
         "購入者の不具合の相談に答え、説明書の改訂を伝える：評価の変更や削除は求めていない。",
         to=b, frm="ガーデンライト工房 <support@gardenlight.jp>", enc=U8B,
         reply="ソーラーライトが夜になっても点きません。説明書もわかりにくいです。",
         subject=f"Re: 点灯しない件（注文番号 {o}）", text=f"""お客様

ご不便をおかけして申し訳ございません。
ご注文番号 {o} のソーラーライトは、出荷時に電池の絶縁シートが入っております。
ライト裏面のふたを開け、透明のシートを抜いてからスイッチをONにしてください。

説明書でこの手順がわかりにくいというご指摘は、ほかのお客様からもいただいておりました。
次回の出荷分から、シートの位置を図で示した説明書に改訂いたします。

ガーデンライト工房""")


# --------------------------------------------------------------------------------------------
# Violations
# --------------------------------------------------------------------------------------------

def violations() -> None:
    o, b = order("hassou", "ja", "ステンレス 真空断熱タンブラー 600ml")
    case("hassou-no-oshirase-tsuiseki", "quarantine", ["type.order-confirmation"],
         "自発的な「発送のお知らせ」で追跡番号を伝えるだけ：発送通知はAmazonが送る（注文・発送確認）。",
         to=b, frm="タンブラー専門店 サーモライフ <shipping@thermolife.jp>", enc=JIS, day=4,
         subject_charset="iso-2022-jp",
         subject=f"【発送のお知らせ】ご注文番号：{o}", text=f"""お客様

お世話になっております。サーモライフでございます。
ご注文いただきました商品を、本日発送いたしましたのでお知らせいたします。

ご注文番号：{o}
商品名：ステンレス 真空断熱タンブラー 600ml
配送業者：日本郵便（ゆうパケット）
追跡番号：6541-2230-9876

お届けまで今しばらくお待ちくださいませ。

サーモライフ""")

    o, b = order("html-hassou", "ja", "今治タオル フェイスタオル 5枚セット")
    html = shop_html(f"""<center><font size="4" color="#006633"><b>発送完了のお知らせ</b></font></center>
<p>お客様</p>
<p>このたびは今治タオル工房をご利用いただき、誠にありがとうございます。<br>
ご注文の商品を発送いたしました。</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><td bgcolor="#eeeeee">ご注文番号</td><td>{o}</td></tr>
<tr><td bgcolor="#eeeeee">配送方法</td><td>ヤマト運輸 宅急便</td></tr>
<tr><td bgcolor="#eeeeee">お問い合わせ伝票番号</td><td>4410-8823-1057</td></tr>
</table>
<p><font color="#cc0000">※お届けまで1〜2日かかります。</font></p>
<p>今治タオル工房</p>""")
    case("html-shop-system-hassou-kanryou", "reject",
         ["type.order-confirmation", "style.font-override", "style.alignment"],
         "ショップシステムのHTMLの発送完了メール：発送確認そのもので、<font color>の色指定と<center>の中央揃え。",
         to=b, frm="今治タオル工房 <info@imabari-towel-koubou.jp>", text=None, html=html, day=4,
         enc={"charset": "shift_jis", "cte": "base64"},
         subject=f"発送完了のお知らせ［注文番号 {o}］")

    o, b = order("juchuu", "ja", "有機 ルイボスティー 100包", **PENDING)
    case("juchuu-kakunin-mail", "quarantine", ["type.order-confirmation"],
         "自動の「ご注文確認」メール：注文内容と金額を繰り返すだけの注文確認で、Permitted Messageではない。",
         to=b, frm="オーガニック茶房 <order@organic-sabou.jp>", enc=SJIS,
         subject=f"ご注文確認メール（ご注文番号：{o}）", text=f"""お客様

この度は、オーガニック茶房をご利用いただき、誠にありがとうございます。
下記の内容にてご注文を承りましたので、ご確認ください。

━━━━━━━━━━━━━━━━━━━━
ご注文番号：{o}
ご注文日：2026年6月13日
商品名：有機 ルイボスティー 100包
数量：1
合計金額：2,480円（税込）
━━━━━━━━━━━━━━━━━━━━

商品は2〜3営業日以内に発送いたします。

オーガニック茶房""")

    o, b = order("orei-keigo", "ja", "鉄製 フライパン 26cm")
    case("orei-dake-keigo", "quarantine", ["type.thank-you-only"],
         "丁寧なお礼と「何かあればご連絡を」だけの自発的なメッセージ：お礼だけのメッセージ。",
         to=b, frm="鉄フライパン工房 <info@tetsu-frypan.jp>", enc=JIS, subject_charset="iso-2022-jp",
         subject=f"御礼（ご注文番号 {o}）", text=f"""お客様

拝啓　時下ますますご清栄のこととお喜び申し上げます。

このたびは、ご注文番号 {o} にて当工房の商品をお買い上げいただき、
誠にありがとうございました。
数あるショップの中から当工房をお選びいただきましたこと、心より御礼申し上げます。

商品についてご不明な点などございましたら、どうぞお気軽にお問い合わせくださいませ。
今後とも何卒よろしくお願い申し上げます。

敬具

鉄フライパン工房""")

    o, b = order("orei-casual", "ja", "ネコ柄 マグカップ 2個セット")
    case("orei-dake-casual-onpu", "quarantine", ["type.thank-you-only"],
         "カジュアルなお礼だけのメッセージ（♪つき）：お礼と「何でも聞いてね」以外に内容がない。♪は絵文字ではない。",
         to=b, frm="ねこ雑貨 にゃんこ堂 <info@nyankodo.jp>", enc=U8B,
         subject=f"ありがとうございます♪（注文番号 {o}）", text=f"""こんにちは！にゃんこ堂です♪

このたびはご注文（注文番号 {o}）ありがとうございます！
猫好きさんに選んでもらえて、スタッフ一同とってもうれしいです♪

何か気になることがあれば、いつでも気軽に声をかけてくださいね！

にゃんこ堂""")

    o, b = order("kaomoji", "ja", "手作り石けん ラベンダー 3個")
    case("kaomoji-hiraki", "reject", ["style.emoji"],
         "使い方の案内に顔文字(^^)：顔文字（emoticon）は絵文字の一種として禁止。",
         to=b, frm="石けん工房 しゃぼん <info@shabon-koubou.jp>", enc=JIS,
         subject=f"石けんの保存方法（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の手作り石けんについてご案内します。

手作り石けんは水分に弱いので、使ったあとは水切りのよい石けん置きに置いてください。
未使用の石けんは、箱に入れたまま風通しのよい場所で保管してくださいね(^^)

香りが強く残るのは、開封から3か月くらいまでです。

石けん工房 しゃぼん""")

    o, b = order("owabi-kaomoji", "ja", "木製 おもちゃ 積み木 50ピース", **PENDING)
    case("kaomoji-owabi-m-ase", "reject", ["style.emoji"],
         "発送遅延のお詫びに m(_ _)m と (^_^;)：どちらも顔文字。",
         to=b, frm="木のおもちゃ こもれび <info@komorebi-toys.jp>", enc=U8B,
         subject=f"発送遅延のお詫び（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の積み木ですが、塗装の乾燥に時間がかかり、
発送が6月18日になってしまいます。申し訳ございませんm(_ _)m

梅雨の時期はどうしても乾きが遅くて…(^_^;)
その分、しっかり乾かしてからお届けしますので、もう少しだけお待ちください。

木のおもちゃ こもれび""")

    o, b = order("emoji-u", "ja", "ハーバリウム ボールペン ピンク")
    case("unicode-emoji-kenmei-honbun", "reject", ["style.emoji"],
         "件名と本文にUnicodeの絵文字（🌸、✨）：絵文字は禁止。",
         to=b, frm="花雑貨 はなまる <info@hanamaru-zakka.jp>", enc=U8B,
         subject=f"🌸ボールペンのインク交換について（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のハーバリウムボールペンのインク交換についてご案内します✨

替え芯は、一般的な0.7mmのボールペン替え芯（パーカー互換）がお使いいただけます。
ペン先を左に回すと外れますので、そのまま芯を引き抜いて交換してください。

花雑貨 はなまる""")

    o, b = order("denwa-kotei", "ja", "電動 歯ブラシ 替えブラシ 4本")
    case("odenwa-bangou-shomei", "reject", ["content.phone-number"],
         "署名の「お電話番号：03-xxxx-xxxx」はショップ自身の一般窓口：保証・配送・メーカーの番号ではない。",
         to=b, frm="デンタルショップ ハミガキ屋 <info@hamigakiya.jp>", enc=JIS,
         subject=f"替えブラシの交換時期について（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の替えブラシは、3か月に一度の交換をおすすめしております。
毛先が外側に広がってきたら、3か月より前でも交換してください。

--------------------------------
デンタルショップ ハミガキ屋
〒530-0001 大阪府大阪市北区梅田1-2-3
お電話番号：06-6345-2178（平日10時〜18時）
--------------------------------""")

    o, b = order("keitai", "ja", "オーダー 表札 ステンレス", **PENDING)
    case("tantou-keitai-090", "reject", ["content.phone-number"],
         "デザインの確認の連絡（許可）だが、担当者の携帯番号 090-xxxx-xxxx を記載：販売者の電話番号。",
         to=b, frm="表札工房 サインクラフト <design@signcraft.jp>", enc=U8B,
         subject=f"表札デザインのご確認（注文番号 {o}）", text=f"""お客様

お世話になっております。サインクラフトの田中です。
ご注文番号 {o} の表札のデザイン案ができましたので、ご確認をお願いいたします。

書体：楷書体
表記：「YAMAMOTO 山本」（ローマ字を上段、漢字を下段）

修正のご希望があれば、このメッセージへのご返信か、
お急ぎの場合は担当携帯（090-4417-2863）までお電話ください。

サインクラフト 田中""")

    o, b = order("zenkaku-free", "ja", "マットレス 三つ折り シングル 10cm")
    case("zenkaku-free-dial-jisha", "reject", ["content.phone-number"],
         "全角数字のフリーダイヤル ０１２０－… はショップ自身のお客様センター：保証やメーカーの番号ではない。",
         to=b, frm="快眠ストア <cs@kaimin-store.jp>", enc=U8B,
         subject=f"マットレスの陰干しについて（注文番号 {o}）", text=f"""お客様

快眠ストアでございます。ご注文番号 {o} のマットレスについてご案内いたします。

圧縮梱包を開封後、元の厚さに戻るまで24時間ほどかかります。
週に一度は三つ折りにして立て、湿気を逃がしてください。

ご不明な点は、快眠ストア お客様センター
フリーダイヤル ０１２０－５５８－２０３ までお問い合わせください。

快眠ストア""")

    o, b = order("zenkaku-at", "ja", "刺繍 ハンカチ イニシャル入り", **PENDING)
    case("zenkaku-atmark-mail", "reject", ["content.email-address"],
         "刺繍の文字の確認（許可）だが、全角の＠で書いたメールアドレスへの返信を求める：メールアドレス。",
         to=b, frm="刺繍工房 いと <order@ito-shishuu.jp>", enc=JIS,
         subject=f"刺繍の文字のご確認（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の刺繍ハンカチについて、刺繍するイニシャルが
ご注文時に入力されておりませんでした。

お手数ですが、ご希望のイニシャル（アルファベット2文字まで）を
ito.shishuu＠gmail.com までお送りください。

刺繍工房 いと""")

    o, b = order("shomei-mail-url", "ja", "北欧 ペンダントライト E26")
    case("shomei-mail-http-url", "reject", ["content.email-address", "link.insecure"],
         "取付け方法の案内（許可）だが、署名にメールアドレスと http:// のショップURL：メールアドレス、安全でない"
         "外部リンク（link.external は https のリンクだけを判定する）。",
         to=b, frm="照明のルーチェ <info@luce-light.jp>", enc=SJIS,
         subject=f"ペンダントライトの取付けについて（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のペンダントライトは、天井の引掛シーリングに
差し込んで右に回すだけで取り付けられます。電気工事は不要です。

コードの長さは、本体上部のコードリールで調整できます。

━━━━━━━━━━━━━━━━
照明のルーチェ
E-mail：info@luce-light.jp
URL：http://www.luce-light.jp/
━━━━━━━━━━━━━━━━""")

    o, b = order("zenkaku-url", "ja", "ガラス ティーポット 800ml")
    case("zenkaku-http-url-shop", "reject", ["link.insecure"],
         "全角で書いた ｈｔｔｐ：／／ のショップURL：本文に書かれたURLで、http（link.external は https のリンクだけを判定する）。",
         to=b, frm="紅茶の店 ダージリン <info@tea-darjeeling.jp>", enc=U8B,
         subject=f"ティーポットの使い方（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のガラスティーポットは、直火にはかけられません。
熱湯を注ぐ前に、ぬるま湯でポットを温めておくと割れにくくなります。

おいしい紅茶の淹れ方は、当店ホームページでもご紹介しています。
ｈｔｔｐ：／／ｗｗｗ．ｔｅａ－ｄａｒｊｅｅｌｉｎｇ．ｊｐ／ｈｏｗｔｏ

紅茶の店 ダージリン""")

    o, b = order("line", "ja", "韓国コスメ クッションファンデ 21号")
    case("line-koushiki-tomodachi-tsuika", "quarantine", ["type.marketing"],
         "使い方の案内の後に「LINE公式アカウントを友だち追加」とLINE ID：SNSのフォロー依頼（販促）。@IDはメールアドレス"
         "ではない。",
         to=b, frm="コスメセレクト ソウルビューティ <info@seoulbeauty.jp>", enc=U8B,
         subject=f"クッションファンデの使い方（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のクッションファンデは、パフを軽く押し当ててから
内側から外側へ、トントンとたたくようにのせてください。

新作情報やお得なセール情報は、LINE公式アカウントで配信中です！
ぜひ友だち追加してください。LINE ID：@seoulbeauty

ソウルビューティ""")

    o, b = order("insta", "ja", "ドライフラワー スワッグ ミモザ")
    case("instagram-follow-link", "reject", ["type.marketing", "link.external"],
         "お手入れの案内に「Instagramのフォローをお願いします」とInstagramへのリンク：SNSのフォロー依頼と外部リンク。",
         to=b, frm="花屋 ミモザ <info@mimosa-hanaya.jp>", enc=U8B,
         subject=f"スワッグを長く楽しむために（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のミモザのスワッグは、直射日光と湿気を避けて飾ると、
黄色い色が長持ちします。

Instagramでは季節のアレンジを毎日投稿しています。
ぜひフォローをお願いします！
https://www.instagram.com/mimosa_hanaya/

花屋 ミモザ""")

    o, b = order("kochira", "ja", "コードレス アイロン スチーム")
    html = shop_html(f"""<p>お客様</p>
<p>ご注文番号 {o} のアイロンについて、お問い合わせいただいた
スチームが出ない件のご案内です。</p>
<p>水タンクの目詰まりが考えられます。クエン酸を使った洗浄手順は
<a href="https://www.amazon.co.jp/dp/B0C7KX2LQ9">こちら</a>の商品ページの「説明書」をご覧ください。</p>
<p>家電のミヤコ</p>""")
    case("kochira-link-text", "reject", ["style.link-text"],
         "Amazonへのhttpsリンクだが、リンクテキストが「こちら」だけ：説明のないリンクテキスト。",
         to=b, frm="家電のミヤコ <support@kaden-miyako.jp>", text=None, html=html,
         enc={"charset": "utf-8", "cte": "quoted-printable"},
         subject=f"スチームが出ない件（注文番号 {o}）")

    o, b = order("kuwashiku", "ja", "キャンプ用 ガスバーナー シングル")
    html = shop_html(f"""<p>お客様</p>
<p>ご注文番号 {o} のシングルバーナーは、OD缶専用です。CB缶はお使いいただけません。</p>
<p>詳しくは<a href="https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7">こちら</a></p>
<p>OD缶の取り付け方：<br>
1. 器具栓が閉じていることを確認します。<br>
2. ガス缶をまっすぐ差し込み、右に回して固定します。</p>
<p>アウトドアショップ 焚火屋</p>""")
    case("kuwashiku-wa-kochira", "reject", ["style.link-text"],
         "「詳しくはこちら」の「こちら」だけがリンク：説明のないリンクテキスト（リンク先はAmazon）。",
         to=b, frm="アウトドアショップ 焚火屋 <info@takibiya.jp>",
         text=f"""お客様

ご注文番号 {o} のシングルバーナーは、OD缶専用です。CB缶はお使いいただけません。

詳しくはAmazonのヘルプページをご覧ください。

OD缶の取り付け方：
1. 器具栓が閉じていることを確認します。
2. ガス缶をまっすぐ差し込み、右に回して固定します。

アウトドアショップ 焚火屋""", html=html, enc=JIS,
         subject=f"ガス缶について（注文番号 {o}）")

    o, b = order("merumaga", "ja", "国産 はちみつ 百花蜜 500g")
    case("merumaga-haishin-teishi", "reject", ["link.opt-out"],
         "保存方法の案内の末尾に「メルマガの配信停止をご希望の方は『配信停止』とご返信ください」：配信停止の文。",
         to=b, frm="養蜂園 みつばちの里 <info@mitsubachi-sato.jp>", enc=JIS, tolerated=("type.marketing",),
         subject=f"はちみつの保存方法（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の百花蜜は、気温が低くなると白く固まることがありますが、
品質には問題ございません。
50度くらいのお湯で湯せんすると、元の状態に戻ります。

保存は常温で、直射日光を避けてください。冷蔵庫には入れないでください。

養蜂園 みつばちの里

※メールマガジンの配信停止をご希望の方は、本メールに「配信停止」とご返信ください。""")

    o, b = order("coupon", "ja", "プロテイン ホエイ チョコ味 1kg")
    case("jikai-coupon-code", "quarantine", ["type.marketing"],
         "飲み方の案内に「次回使える10%OFFクーポンコード」：クーポン（販促）。",
         to=b, frm="マッスルフード <info@muscle-food.jp>", enc=U8B,
         subject=f"プロテインのおいしい飲み方（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のプロテインは、牛乳または水200mlに付属スプーン2杯（30g）を
シェイカーでよく振って溶かしてください。

【お得なお知らせ】
次回のお買い物で使える10%OFFクーポンコード「MUSCLE10」をお送りします。
当店の新商品「ソイプロテイン 抹茶味」にもお使いいただけます。

マッスルフード""")

    o, b = order("point", "ja", "炭酸水メーカー ガスシリンダー 交換用")
    case("point-kangen-campaign", "quarantine", ["type.marketing"],
         "交換シリンダーの案内に「ポイント10倍還元キャンペーン中」と他商品の宣伝：販促。",
         to=b, frm="ソーダライフ <info@sodalife.jp>", enc=SJIS,
         subject=f"シリンダーの交換方法（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のガスシリンダーは、本体背面のカバーを外し、
古いシリンダーを左に回して外してから、新しいものを右に回して取り付けてください。

ただいま当店では、フレーバーシロップ全品ポイント10倍還元キャンペーンを実施中です。
レモン、ジンジャー、コーラの3種類をご用意しております。この機会にぜひどうぞ。

ソーダライフ""")

    o, b = order("hoshi5", "ja", "ヘアドライヤー 大風量 マイナスイオン")
    case("hoshi-itsutsu-hagemi", "reject", ["review.incentive"],
         "「星5つの評価をいただけますと励みになります」：肯定的なレビュー（星5つ）へ誘導。",
         to=b, frm="ビューティー家電 リュクス <info@luxe-kaden.jp>", enc=JIS, subject_charset="iso-2022-jp",
         subject=f"ドライヤーのお手入れ（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のドライヤーは、月に一度、吸込口のフィルターのほこりを
歯ブラシなどで取り除いてください。風量が落ちるのを防げます。

もしよろしければ、Amazonのレビューで星5つの評価をいただけますと、
スタッフ一同の大きな励みになります。

ビューティー家電 リュクス""")

    o, b = order("kuro-hoshi", "ja", "ペット用 自動給水器 2.5L")
    case("kuro-hoshi-itsutsu-ouen", "reject", ["review.incentive"],
         "「★★★★★で応援していただけたら」：星5つの評価へ誘導（★は絵文字ではない）。",
         to=b, frm="ペット用品のわんにゃん <info@wannyan-pet.jp>", enc=U8B,
         subject=f"給水器のフィルター交換（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の自動給水器のフィルターは、1か月ごとの交換が目安です。
ポンプは2週間に一度、分解して歯ブラシで洗ってください。

小さなお店なので、レビューで★★★★★をつけて応援していただけたら、とってもうれしいです！

ペット用品のわんにゃん""")

    o, b = order("kouhyouka", "ja", "ワイヤレス充電器 3in1 スタンド")
    case("kouhyouka-review-onegai", "reject", ["review.incentive"],
         "「ぜひ高評価のレビューをお願いいたします」：肯定的なレビューへの誘導（条件はつけていない）。",
         to=b, frm="ガジェットストア ミライ <info@mirai-gadget.jp>", enc=U8B,
         subject=f"充電器の置き方について（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の充電スタンドは、スマートフォンのケースが5mm以上の厚さの場合や、
金属製のリングが付いている場合、充電できないことがあります。

お手すきの際に、ぜひ高評価のレビューをお願いいたします。

ガジェットストア ミライ""")

    o, b = order("tokuten", "ja", "シルク 枕カバー 50×70cm")
    case("review-tokuten-500en-off", "reject", ["review.incentive"],
         "「レビュー特典：レビューを書いた方に500円OFFクーポン」：報酬つきのレビュー依頼。",
         to=b, frm="シルク寝具 絹の夢 <info@kinunoyume.jp>", enc=SJIS, tolerated=("type.marketing",),
         subject=f"シルク枕カバーの洗い方（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のシルク枕カバーは、おしゃれ着用洗剤で手洗いし、
タオルで水気をとってから陰干ししてください。

【レビュー特典】
商品レビューを書いてくださった方全員に、次回使える500円OFFクーポンをプレゼントいたします。
レビュー投稿後、このメッセージにご返信ください。

シルク寝具 絹の夢""")

    o, b = order("gating", "ja", "折りたたみ傘 自動開閉 晴雨兼用")
    case("manzoku-nara-review-fuman-nara-renraku", "reject", ["review.conditional"],
         "「ご満足いただけましたらレビューを、ご不満な点があれば評価の前にまずご連絡を」：レビューの選別。",
         to=b, frm="傘の専門店 あまやどり <info@amayadori.jp>", enc=JIS, tolerated=("review.incentive",),
         subject=f"傘のお手入れ（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の折りたたみ傘は、使用後に開いたまま陰干しし、
完全に乾いてからたたんでください。骨のさびを防げます。

商品にご満足いただけましたら、ぜひAmazonでのレビューをお願いいたします。
万が一ご不満な点がございましたら、評価をされる前に、まずは当店までご連絡ください。

傘の専門店 あまやどり""")

    o, b = order("moshi", "ja", "コーヒーミル 手挽き セラミック刃")
    case("moshi-gomanzoku-itadakemashitara", "reject", ["review.conditional"],
         "「もしご満足いただけましたら、レビューをお寄せください」：満足した場合に限ったレビュー依頼。",
         to=b, frm="珈琲道具 ひきたて <info@hikitate-coffee.jp>", enc=U8B, tolerated=("review.incentive",),
         subject=f"ミルの挽き目の調整（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のコーヒーミルの挽き目は、ハンドルの下のナットで調整します。
右に回すと細挽き、左に回すと粗挽きになります。
ハンドドリップには、ナットをいちばん右から6クリック戻した位置がおすすめです。

もしご満足いただけましたら、Amazonにレビューをお寄せいただけますと幸いです。

珈琲道具 ひきたて""")

    o, b = order("henkou", "ja", "電気毛布 敷き 丸洗い可")
    case("hyouka-no-henkou-onegai", "reject", ["review.removal-request"],
         "不具合の解決後に「評価の変更をご検討いただけないでしょうか」：既存の評価の変更依頼。",
         to=b, frm="あったか家電 ぬくもり <support@nukumori-kaden.jp>", enc=JIS,
         reply="電気毛布のコントローラーが反応しません。星1つをつけました。",
         subject=f"Re: コントローラーの不具合（注文番号 {o}）", text=f"""お客様

ご不便をおかけして、誠に申し訳ございません。
ご注文番号 {o} のコントローラーは、本日、新品を発送いたしました。
明後日にはお届けできる見込みです。

大変恐縮ではございますが、問題が解決いたしましたら、
いただいた評価の変更をご検討いただけないでしょうか。

あったか家電 ぬくもり""")

    o, b = order("sakujo", "ja", "ベビーカー A型 軽量")
    case("haikei-shuppinsha-hyouka-sakujo", "reject", ["review.removal-request"],
         "拝啓・敬具の丁寧な手紙で、出品者評価の削除をお願いする：評価の削除依頼。",
         to=b, frm="ベビー用品 こうのとり <info@kounotori-baby.jp>", enc=SJIS,
         subject=f"出品者評価についてのお願い（注文番号 {o}）", text=f"""拝啓　梅雨の候、貴殿におかれましてはますますご健勝のこととお喜び申し上げます。

先日はご注文番号 {o} のベビーカーのお届けが遅れ、多大なるご迷惑をおかけいたしました。
心よりお詫び申し上げます。

つきましては、誠に勝手なお願いではございますが、
先日お寄せいただいた出品者評価を削除していただけませんでしょうか。
削除の方法は、Amazonの「注文履歴」から「出品者を評価」の画面で行えます。

今後はこのようなことのないよう、配送体制を改善してまいります。

敬具

ベビー用品 こうのとり""")

    o, b = order("cancel", "ja", "ゲーミングチェア リクライニング ブラック", **OOS)
    case("zaiko-gire-cancel-no-onegai", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "在庫切れで「お手数ですがキャンセル申請をお願いいたします」、返金の確認なし：キャンセル依頼と調整の未確認。",
         to=b, frm="ゲーミング家具 ストライク <info@strike-gaming.jp>", enc=JIS,
         subject=f"在庫切れのお詫び（注文番号 {o}）", text=f"""お客様

このたびはご注文番号 {o} にてご注文いただき、誠にありがとうございます。

大変申し訳ございませんが、ご注文のゲーミングチェアは在庫切れとなっており、
入荷の予定も立っておりません。

お手数をおかけいたしますが、Amazonの注文履歴から
キャンセル申請をしていただきますよう、お願いいたします。

ゲーミング家具 ストライク""")

    o, b = order("henkin-yotei", "ja", "ポータブル電源 500Wh", **OOS)
    case("zaiko-gire-henkin-wa-otte", "quarantine", ["order-problem.no-adjustment"],
         "在庫切れで発送できないと伝え、返金は「確認後、追ってご連絡」：注文金額の調整（返金）が済んだ確認がない。",
         to=b, frm="アウトドア電源ストア <info@outdoor-power.jp>", enc=U8B,
         subject=f"発送できなくなりました（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のポータブル電源につきまして、
倉庫の在庫数に誤りがあり、在庫切れのため発送することができなくなりました。

誠に申し訳ございません。

返金につきましては、社内で確認のうえ、追ってご連絡させていただきます。

アウトドア電源ストア""")

    o, b = order("henpin-touchaku", "ja", "ボディソープ ディスペンサー オート")
    case("henpin-touchaku-henkin-shori", "quarantine", ["return.unnecessary"],
         "自発的な「返品商品が到着しました、返金処理を進めます」：情報も一部返金も求めない返品の連絡。",
         to=b, frm="バス用品のあわあわ <info@awaawa-bath.jp>", enc=JIS, tolerated=("type.order-confirmation",),
         subject=f"返品商品到着のお知らせ（注文番号 {o}）", text=f"""お客様

いつもご利用いただきありがとうございます。
ご注文番号 {o} の返品商品が、本日当店に到着いたしました。

これより返金の手続きを進めさせていただきます。
返金が完了しましたら、Amazonからお知らせが届きます。

バス用品のあわあわ""")

    o, b = order("english", "ja", "Bluetooth スピーカー 防水 IPX7")
    case("eigo-dake-nihon-no-kounyuusha", "quarantine", ["language.mismatch"],
         "日本の購入者（言語ja）への、ほぼ英語だけのメッセージ（宛名「お客様」だけ日本語）：言語の不一致。",
         to=b, frm="SoundWave Global <support@soundwave-global.com>", enc=U8B,
         subject=f"Pairing instructions for your speaker - order {o}", text=f"""お客様

Thank you for your order {o}.

To pair the speaker with your phone, hold the Bluetooth button for
three seconds until the light flashes blue, then select "SW-Boom 2" in
your phone's Bluetooth settings.

If the speaker does not appear, switch it off and on again and make sure
it is within one metre of your phone.

Best regards,
SoundWave Global""")

    o, b = order("kigen", "ja", "竹製 蒸籠 21cm 2段", purchased="2026-04-20T03:00:00Z",
                 shipped="2026-04-21T03:00:00Z", delivered="2026-04-23T03:00:00Z")
    case("haitatsu-kara-53nichi-review", "reject", ["window.expired"],
         "配達から53日後の自発的なレビュー依頼：注文完了から30日を過ぎている。",
         to=b, frm="竹細工 たけのこ <info@takenoko-take.jp>", enc=JIS,
         subject=f"蒸籠の使い心地はいかがですか（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の蒸籠をお使いいただき、ひと月以上が経ちました。
竹は使うほどに色が落ち着き、香りもやわらかくなります。

お時間のあるときに、Amazonでレビューをお寄せいただけますと幸いです。

竹細工 たけのこ""")

    o, b = order("no-id", "ja", "ガラス 浄水ポット 1.5L")
    case("chuumon-bangou-nashi", "reject", ["order-id.missing"],
         "自発的なカートリッジ交換の案内で、17桁の注文番号がどこにもない（「ご注文の商品」だけ）。",
         to=b, frm="浄水器のクリアウォーター <info@clearwater-jp.jp>", enc=SJIS,
         subject="浄水ポットのカートリッジ交換について", text="""お客様

先日はご注文いただき、誠にありがとうございました。
ご注文の浄水ポットのカートリッジは、2か月ごとの交換が目安です。

交換の際は、新しいカートリッジを5分ほど水に浸してから取り付けてください。
最初の2杯分の水は捨ててください。

浄水器のクリアウォーター""")

    o, b = order("unknown", "ja", "卓上 IH クッキングヒーター")
    bad = o[:-3] + ("000" if o[-3:] != "000" else "111")
    case("chuumon-bangou-machigai", "reject", ["order-id.unknown"],
         "本文の注文番号の末尾が間違っており、この出品者の注文にない：未知の注文番号。",
         to=b, frm="調理家電のホットプレート屋 <info@hotplate-ya.jp>", enc=JIS,
         subject=f"IHヒーターの対応鍋について（注文番号 {bad}）", text=f"""お客様

ご注文番号 {bad} のIHクッキングヒーターは、鍋底の直径が12cm以上の
鉄・ステンレス製の平らな鍋に対応しております。

土鍋やアルミ鍋、底が丸い中華鍋はお使いいただけません。

調理家電のホットプレート屋""")

    o, b = order("mismatch", "ja", "電動 鼻毛カッター 水洗い可")
    _, other = order("mismatch-other", "ja", "電動 爪やすり ネイルケア")
    case("kounyuusha-chigai", "reject", ["order-id.buyer-mismatch"],
         "別の購入者の注文番号を書いたメッセージ：注文の購入者アドレスと宛先が一致しない。",
         to=other, frm="メンズケア ストア <info@menscare-store.jp>", enc=U8B,
         subject=f"お手入れ方法のご案内（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の鼻毛カッターは、刃の部分を外して水洗いできます。
洗ったあとはよく乾かし、月に一度付属のオイルを一滴さしてください。

メンズケア ストア""")

    # review.repeat: the neutral review request was relayed first (compliant section)
    key = "neutral-rev"
    o, b = ORDERS[key]["order_id"], ORDERS[key]["buyer_email"]
    case("saido-review-onegai-onaji-chuumon", "reject", ["review.repeat"],
         "同じ注文への二回目のレビュー依頼（一回目は中立的な依頼で送信済み）：繰り返しの依頼。",
         to=b, frm="木曽ひのき工房 <info@kiso-hinoki.jp>", enc=JIS, day=14,
         after=("keigo-chuuritsu-review",),
         subject=f"再度のお願い：レビューのご協力（注文番号 {o}）", text=f"""お客様

先日もご連絡いたしましたが、ご注文番号 {o} のヒノキのまな板について、
Amazonでのレビューをまだいただけていないようでしたので、改めてお願い申し上げます。

ご感想は良い点でも悪い点でも構いません。

木曽ひのき工房""")

    o, b = order("kuso", "ja", "陶器 植木鉢 8号 白", **PENDING)
    case("haitatsu-gyousha-kuso", "quarantine", ["content.sensitive"],
         "発送遅延のお知らせ（許可）で、配送業者を「クソ」「ふざけんな」とののしる：攻撃的な言葉。",
         to=b, frm="植木鉢のテラコッタ屋 <info@terracotta-ya.jp>", enc=U8B,
         subject=f"発送が遅れています（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の植木鉢の発送が遅れています。
集荷に来るはずの業者がクソみたいな対応で、3日も集荷に来ませんでした。ほんとふざけんなって感じです。

別の業者に切り替えたので、6月16日には発送できます。
お待たせしてすみません。

テラコッタ屋""")

    o, b = order("baka", "ja", "組み立て式 スチールラック 5段")
    case("kounyuusha-ni-baka", "quarantine", ["content.sensitive"],
         "組み立ての質問への返信で購入者を「バカなんですか」「アホ」と侮辱：攻撃的な言葉。",
         to=b, frm="収納ラック専門店 <info@rack-senmon.jp>", enc=JIS,
         reply="棚板がぐらぐらします。不良品ではないですか？",
         subject=f"Re: 棚板がぐらつく（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のラックですが、説明書の3ページに書いてあるとおり、
棚板は四隅のスリーブを支柱の溝に合わせてから、ゴムハンマーで叩き込む必要があります。

説明書も読まずに不良品扱いするなんて、バカなんですか？
アホみたいな問い合わせはやめてください。

収納ラック専門店""")

    o, b = order("font-face", "ja", "除湿機 コンプレッサー式 6L")
    html = shop_html(f"""<div style="font-family: 'ＭＳ Ｐゴシック', 'MS PGothic', sans-serif; font-size: 10.5pt">
<p>お客様</p>
<p>お世話になっております。季節家電のサカイでございます。</p>
<p>ご注文番号 {o} の除湿機は、排水タンクが満水になると自動で停止いたします。
連続排水をご希望の場合は、背面のキャップを外し、付属のホースを接続してください。</p>
<p>季節家電のサカイ<br>カスタマーサポート</p>
</div>""")
    case("outlook-ms-pgothic-font-family", "reject", ["style.font-override"],
         "Outlookなどのメールソフトが付ける font-family:'ＭＳ Ｐゴシック'：既定のフォントの上書き。",
         to=b, frm="季節家電のサカイ <support@kisetsu-sakai.jp>",
         text=f"""お客様

お世話になっております。季節家電のサカイでございます。

ご注文番号 {o} の除湿機は、排水タンクが満水になると自動で停止いたします。
連続排水をご希望の場合は、背面のキャップを外し、付属のホースを接続してください。

季節家電のサカイ
カスタマーサポート""", html=html, enc=JIS,
         subject=f"連続排水について（注文番号 {o}）")

    o, b = order("kaigyou", "ja", "アイマスク シルク 遮光")
    case("kuugyou-mittsu-ijou", "reject", ["style.line-breaks"],
         "プレーンテキストで段落の間に空行が三つ（改行4つ）：連続した改行が多すぎる。",
         to=b, frm="睡眠グッズのまくら屋 <info@makuraya.jp>", enc=SJIS, crlf=True,
         subject=f"アイマスクの洗い方（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のシルクのアイマスクについてご案内いたします。



洗濯の際は、ぬるま湯におしゃれ着用洗剤を溶かし、やさしく押し洗いしてください。
ゴムの部分は強く引っ張らないでください。



まくら屋""")

    o, b = order("center-sizes", "ja", "手作り 梅干し 紀州南高梅 1kg")
    html = shop_html(f"""<center>
<h1>紀州 梅の里</h1>
<h2>梅干しの保存方法</h2>
<p><font size="5">ご注文番号 {o}</font></p>
<p><font size="2">梅干しは塩分20%の昔ながらの製法のため、常温で保存できます。
夏場は冷蔵庫に入れると、風味が長持ちします。</font></p>
<p>表面の白い粒は塩の結晶で、カビではございません。</p>
</center>""")
    case("center-font-size-goshurui", "reject", ["style.alignment", "style.font-sizes"],
         "<center>で全体を中央揃えにし、h1・h2・font size 5・font size 2・既定の5種類の文字サイズ。",
         to=b, frm="紀州 梅の里 <info@kishu-umenosato.jp>", text=None, html=html,
         enc={"charset": "shift_jis", "cte": "base64"},
         subject=f"梅干しの保存方法（注文番号 {o}）")

    o, b = order("http-img", "ja", "ステンレス 保温弁当箱 900ml")
    html = shop_html(f"""<p><img src="http://www.bentou-kobo.jp/img/mail_logo.gif" alt="弁当箱工房"
 width="160" height="40"></p>
<p>お客様</p>
<p>ご注文番号 {o} の保温弁当箱は、ご飯を入れる前に内容器に熱湯を入れて
3分ほど温めておくと、お昼まで温かさが続きます。</p>
<p>弁当箱工房</p>""")
    case("http-logo-gazou", "reject", ["image.insecure"],
         "ショップのロゴ画像が http:// で読み込まれる：安全でない画像（リンクはない）。",
         to=b, frm="弁当箱工房 <info@bentou-kobo.jp>", text=None, html=html,
         enc={"charset": "iso-2022-jp", "cte": "7bit"},
         subject=f"保温のコツ（注文番号 {o}）")

    o, b = order("pixel", "ja", "ヨガウェア レギンス M")
    html = shop_html(f"""<p>お客様</p>
<p>ご注文番号 {o} のレギンスは、裏返して洗濯ネットに入れ、
柔軟剤を使わずに洗ってください。吸汗速乾の機能が長持ちします。</p>
<p>ヨガウェアのルナ</p>
<img src="https://mail.shop-kaisou.jp/open.gif?u=8f2c91ab&amp;m=t24pixel" width="1" height="1" alt="">""")
    case("kaifuu-sokutei-pixel", "reject", ["image.tracking-pixel", "style.image-alt"],
         "ショップシステムが入れる1×1pxの開封測定画像（受信者ごとのトークン、alt空）：トラッキングピクセル。",
         to=b, frm="ヨガウェアのルナ <info@luna-yogawear.jp>", text=f"""お客様

ご注文番号 {o} のレギンスは、裏返して洗濯ネットに入れ、
柔軟剤を使わずに洗ってください。吸汗速乾の機能が長持ちします。

ヨガウェアのルナ""", html=html, enc=U8B,
         subject=f"レギンスの洗濯方法（注文番号 {o}）")

    o, b = order("zip", "ja", "業務用 ラベルプリンター 感熱")
    z = zip_bytes({"driver_setup.txt": "Label printer driver setup\r\n1. Run setup\r\n".encode("ascii"),
                   "manual.txt": "Manual v1.2\r\n".encode("ascii")}, date_time=(2026, 6, 12, 9, 0, 0))
    case("driver-zip-tenpu", "reject", ["attachment.not-allowed"],
         "ドライバーと説明書をZIPで添付：アーカイブは許可されない添付ファイル。",
         to=b, frm="ラベルプリンター専門店 <support@label-printer.jp>", enc=JIS,
         reply="パソコンがプリンターを認識しません。",
         attach=((z, "application", "zip", "driver.zip"),),
         subject=f"Re: プリンターが認識されない（注文番号 {o}）", text=f"""お客様

お問い合わせありがとうございます。
ご注文番号 {o} のラベルプリンターのドライバーを添付いたしました。
ZIPファイルを展開し、setup を実行してください。

ラベルプリンター専門店""")

    o, b = order("logo-link", "ja", "オーガニック 米ぬか 洗顔パウダー")
    logo = logo_png("KOMENUKA")
    html = shop_html(f"""<p><a href="https://www.komenuka-honpo.jp/"><img src="cid:logo24" alt="米ぬか本舗"
 width="150" height="44"></a></p>
<p>お客様</p>
<p>ご注文番号 {o} の洗顔パウダーは、手のひらに小さじ半分ほど取り、
ぬるま湯でよく泡立ててからお使いください。</p>
<p>米ぬか本舗</p>""")
    case("logo-shop-link", "reject", ["image.logo-link", "link.external"],
         "ショップのロゴ画像が自社サイトへのリンクになっている：ロゴのリンクと外部リンク。",
         to=b, frm="米ぬか本舗 <info@komenuka-honpo.jp>", text=None, html=html,
         related=((logo, "image", "png", "<logo24>", "logo.png"),),
         enc={"charset": "utf-8", "cte": "quoted-printable"},
         subject=f"洗顔パウダーの使い方（注文番号 {o}）")

    o, b = order("margin", "ja", "ノンアルコール 甘酒 6本セット")
    html = shop_html(f"""<div style="margin-left: 25%; margin-right: 25%">
<p>お客様</p>
<p>ご注文番号 {o} の甘酒は、開封後は冷蔵庫で保存し、3日以内にお飲みください。
温めて飲む場合は、沸騰させないように弱火でゆっくり温めてください。</p>
<p>蔵元 あまざけ屋</p>
</div>""")
    case("margin-25-percent", "reject", ["style.margin"],
         "本文の左右マージンを25%にしたHTML：20%を超える余白。",
         to=b, frm="蔵元 あまざけ屋 <info@amazakeya.jp>", text=None, html=html,
         enc={"charset": "utf-8", "cte": "base64"},
         subject=f"甘酒の保存方法（注文番号 {o}）")

    o, b = order("newitem", "ja", "ほうじ茶 ティーバッグ 50包")
    case("shin-shouhin-no-goannai", "quarantine", ["type.marketing"],
         "淹れ方の案内の後に新商品の宣伝（他の商品）：販促。リンクはAmazonの商品ページ。",
         to=b, frm="お茶の丸八園 <info@maruhachien.jp>", enc=JIS,
         subject=f"ほうじ茶のおいしい淹れ方（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のほうじ茶は、熱湯でティーバッグ1包に200mlを注ぎ、
30秒ほどで取り出すと、香ばしさが引き立ちます。

【新商品のご案内】
この夏、水出し専用の「和紅茶ティーバッグ」を発売いたしました。
ほうじ茶がお気に召しましたら、こちらもぜひお試しください。
https://www.amazon.co.jp/dp/B0D5RT8QWE

お茶の丸八園""")


def main() -> None:
    compliant()
    violations()
    CASE_LIST.sort(key=lambda c: c["verdict"] != "relay" or bool(c["rules"]))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="twentyfourth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
