#!/usr/bin/env python3
"""Build the eighty-third labelled corpus: orders.csv, cases/*.eml and labels.json.

    .venv/bin/python tests/corpus_eightythird/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. Japanese, Swedish and Polish (amazon.co.jp, amazon.se,
amazon.pl): thank-you messages that carry exactly one real content sentence (care or use instruction, product
fact, delivery detail, question to the buyer, warranty or part detail, an answer in a reply, a seasonal
greeting with something useful, a short useful line buried in chatter) must be relayed; thank-you messages
padded only with small talk (weather, harvest, shop animal, festival, family, mission, how it is made, the
workshop's history, generic wishes) and bare "we are here to help" notes are type.thank-you-only.
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
    collect_by_language,
    lang_counts,
    set_boundaries,
    shaped_case,
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(83_2026_0615)
_PREFIX = {"co.jp": "25", "se": "40", "pl": "40"}
_TLD = {"ja": "co.jp", "sv": "se", "pl": "pl"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T07:15:00Z", shipped="2026-06-02T13:30:00Z",
                 delivered="2026-06-05T10:05:00Z")
ORDERS = BOOK.rows
order = BOOK.add
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
SJIS = {"charset": "shift_jis", "cte": "base64"}
B64 = {"cte": "base64"}
L1 = {"charset": "windows-1252", "cte": "quoted-printable"}
L2 = {"charset": "iso-8859-2", "cte": "quoted-printable"}

TARGET = ["language.mismatch", "type.order-confirmation", "type.thank-you-only", "type.marketing",
          "review.incentive", "review.removal-request", "review.conditional", "review.repeat",
          "order-problem.cancellation-request", "order-problem.no-adjustment", "return.unnecessary",
          "content.sensitive", "content.phone-number", "content.email-address", "link.opt-out", "link.external"]
OTHER = ["order-id.missing", "order-id.unknown", "window.expired", "style.emoji", "style.line-breaks",
         "link.insecure", "style.link-text", "style.font-override", "style.alignment", "image.tracking-pixel"]

case = partial(shaped_case, CASE_LIST, TARGET, OTHER, thread="0100019e.s83", tag="p83", time="08:52:14")
TYO = "type.thank-you-only"


# --------------------------------------------------------------------------------------------
# Japanese (amazon.co.jp)
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("ja-key", "ja", "本革 キーケース 6連 ブラウン")
    case("ja-kawa-nureta-toki", "relay", [],
         "お礼と、革が濡れたときの手入れの指示: 購入者に役立つ情報。",
         to=b, frm="革工房 あかり <shop@kawa-akari.jp>", day=7, enc=JIS,
         subject=f"キーケースのお手入れについて(ご注文 {o})", text=f"""お客様

このたびはご注文番号 {o} にてお買い上げいただき、ありがとうございます。

雨などで革が濡れてしまった場合は、乾いた柔らかい布で押さえるように水分を取り、
直射日光を避けて陰干ししてください。

革工房 あかり""")

    o, b = order("ja-hinoki", "ja", "国産ひのき まな板 42cm")
    case("ja-hinoki-kaori", "relay", [],
         "お礼と製品の性質(ひのきの香りは使い始めが強く数週間で落ち着く): 不具合ではないことを知らせる情報。",
         to=b, frm="木のもの まるやま <info@kinomono-maruyama.jp>", day=8,
         subject=f"ひのきのまな板について({o})", text=f"""お客様

ご注文({o})ありがとうございました。

使い始めはひのき特有の香りが強めに感じられますが、二、三週間ほどで穏やかになります。

木のもの まるやま""")

    o, b = order("ja-noshi", "ja", "今治タオル ギフトセット 木箱入り")
    case("ja-noshi-nairei-shitsumon", "relay", [],
         "お礼と、のし紙の名入れについての購入者への質問: 注文を完了するのに必要な情報の依頼。",
         to=b, frm="タオル専門店 しろなみ <order@towel-shironami.jp>", day=3, fmt="alt",
         subject=f"のし紙の名入れのご確認(ご注文 {o})", text=f"""お客様

このたびは今治タオルのギフトセットをご注文いただき、誠にありがとうございます(ご注文番号 {o})。

のし紙の表書きは「御祝」でよろしいでしょうか。お名入れをご希望の場合は、お名前をご返信ください。

タオル専門店 しろなみ""")

    o, b = order("ja-warranty", "ja", "コードレス掃除機 サイクロン式 軽量")
    case("ja-hoshousho-hakonosoko", "relay", [],
         "お礼と保証の情報(1年保証、保証書は箱の底): 購入者が知っておくべき内容。",
         to=b, frm="家電のひかり堂 <support@hikaridou-kaden.jp>", day=9, enc=SJIS,
         subject=f"保証書の同梱場所について(注文番号 {o})", text=f"""お客様

この度は当店をご利用いただき、誠にありがとうございます。(注文番号:{o})

本製品にはお買い上げ日から1年間のメーカー保証が付いており、保証書は外箱の底の仕切りの下に入っております。

今後とも家電のひかり堂をよろしくお願いいたします。
家電のひかり堂""")

    o, b = order("ja-ih", "ja", "鉄製 玉子焼き器 角型 15cm")
    case("ja-re-ih-taiou", "relay", [],
         "購入者の質問(IHで使えるか)への返信: お礼と回答。返信なのでお礼だけでも許可される。",
         to=b, frm="台所道具 かなめ <support@kaname-kitchen.jp>", day=10,
         subject=f"Re: 玉子焼き器について(注文 {o})",
         reply="玉子焼き器が届きました。これはIHのコンロでも使えますか?",
         text="""お客様

お問い合わせありがとうございます。

こちらの玉子焼き器は底が平らな鉄製ですので、IHクッキングヒーターでもお使いいただけます。

台所道具 かなめ""")

    o, b = order("ja-choco", "ja", "生チョコレート 抹茶 20粒入り")
    case("ja-shochu-mimai-reizou", "relay", [],
         "暑中見舞いの挨拶とお礼に加え、保存方法の指示(冷蔵庫で保存): 季節の挨拶に役立つ情報が一つ。",
         to=b, frm="菓子工房 こもれび <info@komorebi-kashi.jp>", day=11, fmt="html",
         subject=f"暑中お見舞い申し上げます(ご注文 {o})", text=f"""お客様

暑中お見舞い申し上げます。
先日はご注文({o})いただき、ありがとうございました。

生チョコレートは溶けやすいため、お届け後は冷蔵庫で保存し、五日以内にお召し上がりください。

暑さ厳しき折、どうぞご自愛くださいませ。
菓子工房 こもれび""")

    o, b = order("ja-mikan", "ja", "有田みかん 家庭用 5kg")
    case("ja-mikan-batake-hozon", "relay", [],
         "みかん畑の近況や家族の話の中に、保存方法(箱から出して風通しの良い所に)が一文だけある: 情報がある。",
         to=b, frm="みかん農園 ひだまり <farm@hidamari-mikan.jp>", day=6,
         subject=f"みかん農園ひだまりより(ご注文 {o})", text=f"""お客様

ご注文({o})、本当にありがとうございます。

こちら有田では、今年は雨が少なく、甘みの強いみかんに育ちました。
父と母が五十年守ってきた畑を、いまは私たち夫婦で引き継いでいます。
届いたら箱から出して、風通しの良い涼しい場所に広げておくと長持ちします。
毎朝、段々畑から見える海がとてもきれいです。

みかん農園 ひだまり""")

    o, b = order("ja-packing", "ja", "ステンレス 真空断熱ボトル 500ml")
    case("ja-kae-packing-doukon", "relay", [],
         "お礼と部品の情報(替えのパッキンを一つ同梱): 購入者に知らせる部品の詳細。",
         to=b, frm="アウトドア用品 やまなみ <store@yamanami-outdoor.jp>", day=5, enc=JIS,
         subject=f"替えパッキンのご案内({o})", text=f"""お客様

ご注文番号 {o} のご購入、ありがとうございます。

キャップの内側のパッキンは消耗品のため、替えを一つ小袋に入れて同梱しております。

アウトドア用品 やまなみ""")

    o, b = order("ja-lantern", "ja", "LED ランタン 充電式 防水")
    case("ja-juuden-jikan", "relay", [],
         "お礼と製品の事実(満充電まで約4時間、連続点灯は約20時間): 数値を伴う製品情報。",
         to=b, frm="キャンプギアのそらいろ <info@sorairo-gear.jp>", day=8, fmt="alt",
         subject=f"ランタンのご購入ありがとうございます(ご注文 {o})", text=f"""お客様

このたびはご購入いただき、ありがとうございます。ご注文番号は {o} です。

満充電までは約4時間かかり、弱モードなら約20時間連続で点灯します。

キャンプギアのそらいろ""")

    o, b = order("ja-bunkatsu", "ja", "収納ラック 3段 + 追加棚板セット")
    case("ja-bunkatsu-haisou", "relay", [],
         "お礼と配送の詳細(追加の棚板は別の箱で翌日届く): 購入者が受け取るのに必要な情報。",
         to=b, frm="インテリア くらしの木 <order@kurashinoki.jp>", day=4,
         subject=f"お届けについて(ご注文番号 {o})", text=f"""お客様

ご注文({o})誠にありがとうございます。

追加の棚板は本体とは別の箱で発送しており、本体の翌日に届く予定です。

インテリア くらしの木""")

    # ---- violations ----
    o, b = order("ja-tsuyu", "ja", "美濃焼 飯碗 夫婦セット")
    case("ja-tsuyu-goaisatsu", "quarantine", [TYO],
         "お礼と梅雨の挨拶、体調を気遣う言葉だけ: 購入者に必要な情報がない。",
         to=b, frm="美濃焼 うつわ処 ことね <info@kotone-utsuwa.jp>", day=9, enc=JIS,
         subject=f"お礼(ご注文 {o})", text=f"""お客様

この度はご注文({o})いただき、心より御礼申し上げます。

こちらはすっかり梅雨空で、窯の周りの紫陽花が色づき始めました。
雨の日が続きますが、どうぞお健やかにお過ごしください。

美濃焼 うつわ処 ことね""")

    o, b = order("ja-cha", "ja", "静岡 深蒸し煎茶 100g×3袋")
    case("ja-chabatake-kinkyou", "quarantine", [TYO],
         "お礼と茶畑の近況(一番茶の摘み取りが終わった)、一般的な願いだけ: 世間話のみ。",
         to=b, frm="茶園 みどりの丘 <shop@midorinooka-cha.jp>", day=7, fmt="alt",
         subject=f"茶園みどりの丘より({o})", text=f"""お客様

ご注文番号 {o} のお買い上げ、誠にありがとうございます。

おかげさまで、今年も一番茶の摘み取りを無事に終えることができました。
茶畑では今、二番茶に向けて新しい芽が少しずつ伸びてきています。
お茶の時間が、皆さまにとってほっとするひとときになれば幸いです。

茶園 みどりの丘""")

    o, b = order("ja-inu", "ja", "帆布 トートバッグ 生成り")
    case("ja-kanban-inu", "quarantine", [TYO],
         "お礼と工房の看板犬の話だけ: 購入者に必要な情報がない。",
         to=b, frm="帆布工房 ふくろう <hello@fukurou-hanpu.jp>", day=10,
         subject=f"ご注文ありがとうございました({o})", text=f"""お客様

このたびはご注文({o})ありがとうございました。

工房には「こむぎ」という柴犬がいて、毎朝ミシンの横で昼寝をしています。
お客様のバッグも、こむぎに見守られながら縫い上げました。

帆布工房 ふくろう""")

    o, b = order("ja-shokunin", "ja", "江戸切子 ロックグラス 瑠璃")
    case("ja-shokunin-omoi", "quarantine", [TYO],
         "お礼と、職人の手仕事・工房の歴史・理念の話だけ: 製品の使い方や事実は何もない。",
         to=b, frm="切子工房 すばる <info@subaru-kiriko.jp>", day=6, fmt="html",
         subject=f"ご購入の御礼(ご注文番号 {o})", text=f"""お客様

この度は江戸切子をお選びいただき、誠にありがとうございます(ご注文番号 {o})。

当工房は昭和二十八年に祖父が開き、今年で七十三年目を迎えました。
一つひとつのグラスは、職人が下書きから仕上げの磨きまで手作業で仕上げております。
伝統の技を次の世代へ受け継ぎ、日々の暮らしに小さな輝きを届けることが私たちの願いです。

切子工房 すばる""")

    o, b = order("ja-matsuri", "ja", "手ぬぐい 3枚セット 和柄")
    case("ja-natsu-matsuri", "quarantine", [TYO],
         "お礼と地元の夏祭りの話だけ: 世間話のみのメッセージ。",
         to=b, frm="染めもの屋 あさぎ <shop@asagi-some.jp>", day=12, enc=SJIS,
         subject=f"手ぬぐいのご注文ありがとうございます({o})", text=f"""お客様

ご注文({o})いただき、ありがとうございます。

来月は町の夏祭りで、店の前にも提灯が並びます。
毎年この時期は、お祭りの手ぬぐいを染めるのでみんな大忙しです。

それでは、楽しい夏をお過ごしください。
染めもの屋 あさぎ""")

    o, b = order("ja-nanika", "ja", "シリコン 保存容器 4個セット")
    case("ja-nanikaareba", "quarantine", [TYO],
         "お礼と「何かあればご連絡ください」だけ: 典型的なお礼のみのメッセージ。",
         to=b, frm="キッチン雑貨 ポポ <support@popo-zakka.jp>", day=5,
         subject=f"ご購入ありがとうございます(ご注文 {o})", text=f"""お客様

ご注文番号 {o} にてお買い上げいただき、誠にありがとうございます。

商品について何かご不明な点がございましたら、いつでもお気軽にお問い合わせください。
スタッフ一同、心よりお待ちしております。

キッチン雑貨 ポポ""")


# --------------------------------------------------------------------------------------------
# Swedish (amazon.se)
# --------------------------------------------------------------------------------------------

def cases_sv() -> None:
    o, b = order("sv-filt", "sv", "Ullfilt 130x170 cm, grå")
    case("sv-tvatta-filten", "relay", [],
         "Tack plus en skötselinstruktion (ylleprogram 30 grader, torka liggande): information köparen behöver.",
         to=b, frm="Vävstugan i Leksand <butik@vavstuganleksand.se>", day=7, enc=L1,
         subject=f"Tvätt av ullfilten, order {o}", text=f"""Hej!

Stort tack för din beställning {o}.

Filten tvättas bäst på ylleprogram i högst 30 grader och ska torka liggande på en handduk, inte i torktumlare.

Vänliga hälsningar
Vävstugan i Leksand""")

    o, b = order("sv-bord", "sv", "Pallbord i ek, oljat")
    case("sv-oljan-morknar", "relay", [],
         "Tack plus ett produktfaktum (oljan gör eken mörkare de första veckorna): inte småprat.",
         to=b, frm="Snickeriet Ekbacken <info@ekbacken.se>", day=8,
         subject=f"Om ditt pallbord (order {o})", text=f"""Hej,

tack för att du handlade hos oss, ordernummer {o}.

Hårdvaxoljan gör att eken mörknar något under de första veckorna, så bordet kommer att få en varmare ton än på bilderna.

Hälsningar
Johan, Snickeriet Ekbacken""")

    o, b = order("sv-dyna", "sv", "Sittdynor 4-pack + dynbox")
    case("sv-dynboxen-eget-paket", "relay", [],
         "Tack plus en leveransdetalj (dynboxen kommer i ett eget paket några dagar senare).",
         to=b, frm="Trädgårdsboden <kundtjanst@tradgardsboden.se>", day=4, fmt="alt",
         subject=f"Din dynbox kommer separat - order {o}", text=f"""Hej!

Tack för din order {o}.

Dynboxen skickas direkt från vårt lager i Borås och kommer därför i ett eget paket, normalt två till tre vardagar efter dynorna.

Med vänlig hälsning
Trädgårdsboden""")

    o, b = order("sv-grav", "sv", "Skärbräda i valnöt med gravyr")
    case("sv-vilket-namn", "relay", [],
         "Tack plus en fråga till köparen (vilket namn ska graveras): information som behövs för att slutföra ordern.",
         to=b, frm="Gravyrverkstaden <order@gravyrverkstaden.se>", day=3,
         subject=f"Gravyr på din skärbräda, order {o}", text=f"""Hej,

tack så mycket för beställningen ({o})!

Vilket namn eller vilken text vill du ha ingraverad på skärbrädan? Svara gärna på det här meddelandet.

Hälsningar
Gravyrverkstaden""")

    o, b = order("sv-kvarn", "sv", "Elektrisk kaffekvarn med konisk kvarnsten")
    case("sv-garanti-tva-ar", "relay", [],
         "Tack plus en garantidetalj (två års garanti från leveransdagen, garantikortet i manualen).",
         to=b, frm="Kaffehuset Bönan <support@kaffehusetbonan.se>", day=9, enc=B64,
         subject=f"Garanti för din kaffekvarn ({o})", text=f"""Hej!

Tack för ditt köp, order {o}.

Kvarnen har två års garanti räknat från leveransdagen, och garantikortet sitter fastklammrat på sista sidan i bruksanvisningen.

Vänliga hälsningar,
Kaffehuset Bönan""")

    o, b = order("sv-lock", "sv", "Stekpanna i gjutjärn 24 cm")
    case("sv-re-passar-locket", "relay", [],
         "Svar på köparens fråga (passar glaslocket?): tack och svar i ett svar, tillåtet.",
         to=b, frm="Gjuteriet i Skultuna <kundservice@gjuteri-skultuna.se>", day=10,
         subject=f"Sv: Lock till pannan, order {o}",
         reply="Hej, pannan kom i dag. Passar ett vanligt glaslock på 24 cm till den?",
         text="""Hej och tack för frågan!

Ja, ett glaslock för 24 cm passar, eftersom kanten på pannan är rak och inte har några pipar.

Hälsningar
Gjuteriet i Skultuna""")

    o, b = order("sv-sylt", "sv", "Jordgubbssylt från Gotland, 3 burkar")
    case("sv-glad-midsommar-kylen", "relay", [],
         "Midsommarhälsning och tack plus en förvaringsinstruktion (i kylen efter öppning, ca tre veckor).",
         to=b, frm="Gårdsköket på Gotland <hej@gardskoketgotland.se>", day=11, fmt="html",
         subject=f"Glad midsommar! (order {o})", text=f"""Hej!

Glad midsommar och tack för din beställning {o}!

En öppnad burk sylt ska stå i kylskåp och håller sig då i ungefär tre veckor.

Ha en fin helg!
Gårdsköket på Gotland""")

    o, b = order("sv-honung", "sv", "Ljunghonung från Småland, 500 g")
    case("sv-biodlaren-rumstemperatur", "relay", [],
         "Pratigt brev från biodlaren med en kort nyttig rad begravd i mitten (förvara honungen i rumstemperatur).",
         to=b, frm="Biodlarna i Virestad <info@biodlarnavirestad.se>", day=6, enc=L1,
         subject=f"Hälsning från bigården - order {o}", text=f"""Hej!

Tack för att du köpte vår ljunghonung (order {o}).

Här i Virestad har bina haft en lugn vår, och ljungen på hedarna börjar redan skifta i lila.
Min farfar satte upp de första kuporna här på sextiotalet, och vi har fortsatt sedan dess.
Ställ burken i rumstemperatur och inte i kylen, så håller den sig krämig längre.
Vi hoppas att du får en riktigt skön sommar.

Varma hälsningar
Lena och Per, Biodlarna i Virestad""")

    o, b = order("sv-hylla", "sv", "Vägghylla i björk 80 cm med konsoler")
    case("sv-insexnyckel-pasen", "relay", [],
         "Tack plus en detalj om en del (den extra insexnyckeln och två reservskruvar ligger i påsen under hyllplanet).",
         to=b, frm="Möbelverkstan Norrland <info@mobelverkstan-norrland.se>", day=5,
         subject=f"Till din nya hylla, order {o}", text=f"""Hej,

tack för din beställning {o}.

I den lilla påsen som är tejpad under hyllplanet hittar du en extra insexnyckel och två reservskruvar.

Hälsningar
Möbelverkstan Norrland""")

    o, b = order("sv-lampa", "sv", "Solcellslampa för trädgården, 2-pack")
    case("sv-fyra-watt-regn", "relay", [],
         "Tack plus produktfakta med mått (laddas fullt på sex timmars sol, lyser i cirka åtta timmar).",
         to=b, frm="Ljusboden <kundtjanst@ljusboden.se>", day=8, crlf=True,
         subject=f"Dina solcellslampor ({o})", text=f"""Hej!

Tack för din beställning med ordernummer {o}.

Lamporna behöver ungefär sex timmars direkt sol för att laddas fullt och lyser sedan i cirka åtta timmar.

Ljusboden""")

    # ---- violations ----
    o, b = order("sv-dalarna", "sv", "Dalahäst 13 cm, röd")
    case("sv-sommaren-i-dalarna", "quarantine", [TYO],
         "Tack plus väderprat och en allmän önskan: inget köparen behöver veta.",
         to=b, frm="Hemslöjden i Nusnäs <butik@hemslojdennusnas.se>", day=9,
         subject=f"Tack för ditt köp! (order {o})", text=f"""Hej!

Tack för att du valde oss, order {o}.

Här i Dalarna har sommaren äntligen kommit och Siljan glittrar i kvällssolen.
Vi hoppas att du också får njuta av ljusa kvällar nu.

Varma hälsningar
Hemslöjden i Nusnäs""")

    o, b = order("sv-katt", "sv", "Keramikmugg, handdrejad, 35 cl")
    case("sv-butikskatten-sigge", "quarantine", [TYO],
         "Tack plus berättelse om butikskatten: bara småprat.",
         to=b, frm="Krukmakeriet Lera & Eld <hej@leraocheld.se>", day=7, fmt="alt",
         subject=f"En hälsning från verkstaden ({o})", text=f"""Hej,

stort tack för din order {o}!

Vår verkstadskatt Sigge har tagit på sig uppgiften att inspektera varje paket innan det lämnar huset.
Din mugg fick hans godkännande efter en grundlig nosning.

Hälsningar
Krukmakeriet Lera & Eld""")

    o, b = order("sv-korg", "sv", "Handflätad näverkorg, medium")
    case("sv-flatad-for-hand", "quarantine", [TYO],
         "Tack plus hur korgen görs, verkstadens historia och värderingar: inget användbart för köparen.",
         to=b, frm="Näverslöjd i Jämtland <info@naverslojd.se>", day=6, enc=L1,
         subject=f"Tack för din beställning {o}", text=f"""Hej!

Tack för att du har beställt från oss ({o}).

Varje korg flätas för hand av näver som vi skördar i juni, när barken släpper lättast från stammen.
Min morfar startade verkstaden 1952 och vi arbetar fortfarande med samma verktyg.
För oss handlar det om att hålla ett gammalt hantverk levande.

Med vänlig hälsning
Näverslöjd i Jämtland""")

    o, b = order("sv-familj", "sv", "Linneservetter 4-pack, naturfärgade")
    case("sv-familjeforetaget", "quarantine", [TYO],
         "Tack plus familjeprat (vem som driver butiken, barnen som hjälper till): bara småprat.",
         to=b, frm="Linneboden Österlen <hej@linnebodenosterlen.se>", day=10,
         subject=f"Tack från oss på Linneboden ({o})", text=f"""Hej,

tack så mycket för din beställning {o}.

Linneboden drivs av mig och min man, och i sommar hjälper våra två döttrar till med att packa paketen.
Det är ett riktigt familjeprojekt här i köket på gården.

Ha det så fint!
Karin, Linneboden Österlen""")

    o, b = order("sv-finns-har", "sv", "USB-C-laddare 65 W")
    case("sv-vi-finns-har", "quarantine", [TYO],
         "Bara tack och ett erbjudande om hjälp: ett typiskt tackmeddelande.",
         to=b, frm="Teknikhörnan <support@teknikhornan.se>", day=5,
         subject=f"Tack för ditt köp, order {o}", text=f"""Hej!

Tack för att du handlade hos Teknikhörnan (order {o}).

Om du har några frågor eller funderingar är du alltid välkommen att höra av dig till oss. Vi hjälper gärna till!

Vänliga hälsningar
Teknikhörnan""")

    o, b = order("sv-onskan", "sv", "Doftljus med lavendel, 2-pack")
    case("sv-fina-onskningar", "quarantine", [TYO],
         "Tack plus allmänna önskningar och en rad om varför företaget finns: bara artighet.",
         to=b, frm="Ljusstöperiet Vinga <hej@ljusstoperietvinga.se>", day=12, fmt="html",
         subject=f"Ett litet tack ({o})", text=f"""Hej!

Tack för din beställning {o}, det värmer oss verkligen.

Vi startade Ljusstöperiet för att sprida lite lugn i vardagen.
Vi önskar dig många mysiga kvällar och en skön sommar.

Kram från alla oss på Ljusstöperiet Vinga""")


# --------------------------------------------------------------------------------------------
# Polish (amazon.pl)
# --------------------------------------------------------------------------------------------

def cases_pl() -> None:
    o, b = order("pl-deska", "pl", "Deska do krojenia z drewna bukowego 40 cm")
    case("pl-deska-myc-recznie", "relay", [],
         "Podziękowanie i instrukcja pielęgnacji (myć ręcznie, nie moczyć): informacja potrzebna kupującemu.",
         to=b, frm="Stolarnia Pod Lipą <sklep@stolarniapodlipa.pl>", day=7, enc=L2,
         subject=f"Pielęgnacja deski, zamówienie {o}", text=f"""Dzień dobry,

dziękujemy za zamówienie nr {o}.

Deskę należy myć ręcznie ciepłą wodą i nie zostawiać jej namoczonej w zlewie, bo drewno może się wypaczyć.

Pozdrawiamy
Stolarnia Pod Lipą""")

    o, b = order("pl-swieca", "pl", "Świeca sojowa w słoiku, wanilia, 200 ml")
    case("pl-swieca-pierwsze-palenie", "relay", [],
         "Podziękowanie i fakt o produkcie (powierzchnia wosku sojowego bywa nierówna po zgaszeniu): nie pogawędka.",
         to=b, frm="Pracownia Świec Knot <kontakt@pracowniaknot.pl>", day=8,
         subject=f"O Twojej świecy - zamówienie {o}", text=f"""Cześć!

Bardzo dziękujemy za zakup (zamówienie {o}).

Wosk sojowy po zgaszeniu czasem zastyga z lekko pofalowaną powierzchnią i białym nalotem; to naturalna cecha tego wosku, a nie wada.

Pozdrawiamy serdecznie
Pracownia Świec Knot""")

    o, b = order("pl-pokrowiec", "pl", "Narożnik z pokrowcem welurowym, szary")
    case("pl-pokrowce-osobno", "relay", [],
         "Podziękowanie i szczegół dostawy (pokrowce przyjadą osobną paczką kilka dni później).",
         to=b, frm="Meble Zacisze <obsluga@meblezacisze.pl>", day=4, fmt="alt",
         subject=f"Dostawa pokrowców do zamówienia {o}", text=f"""Dzień dobry,

dziękujemy za złożenie zamówienia {o}.

Pokrowce wysyłamy z innego magazynu, dlatego dotrą osobną przesyłką kurierską około trzech dni roboczych po narożniku.

Z poważaniem
Zespół Meble Zacisze""")

    o, b = order("pl-haft", "pl", "Ręcznik kąpielowy z haftem imienia")
    case("pl-jaki-kolor-nici", "relay", [],
         "Podziękowanie i pytanie do kupującego (jaki kolor nici do haftu): potrzebne do realizacji zamówienia.",
         to=b, frm="Haftowane Love <zamowienia@haftowanelove.pl>", day=3,
         subject=f"Kolor haftu - zamówienie {o}", text=f"""Dzień dobry!

Dziękujemy, że wybrała Pani nasz ręcznik (zamówienie {o}).

Jaki kolor nici mamy użyć do haftu imienia: złoty, srebrny czy granatowy?

Pozdrawiamy
Haftowane Love""")

    o, b = order("pl-ekspres", "pl", "Ekspres przelewowy do kawy 1,25 l")
    case("pl-gwarancja-24", "relay", [],
         "Podziękowanie i informacja o gwarancji (24 miesiące, karta gwarancyjna w instrukcji).",
         to=b, frm="AGD Dom <serwis@agddom.pl>", day=9, enc=B64,
         subject=f"Gwarancja na ekspres (zamówienie {o})", text=f"""Szanowny Kliencie,

dziękujemy za zakupy w naszym sklepie, numer zamówienia {o}.

Ekspres jest objęty 24-miesięczną gwarancją producenta, a kartę gwarancyjną znajdzie Pan na ostatniej stronie instrukcji obsługi.

Z wyrazami szacunku
AGD Dom""")

    o, b = order("pl-lampa", "pl", "Lampa stołowa z kloszem lnianym")
    case("pl-re-sciemniacz", "relay", [],
         "Odpowiedź na pytanie kupującego (czy lampa działa ze ściemniaczem): podziękowanie i odpowiedź w odpowiedzi.",
         to=b, frm="Światłownia <kontakt@swiatlownia.pl>", day=10,
         subject=f"Odp: Pytanie o lampę, zamówienie {o}",
         reply="Dzień dobry, czy ta lampa będzie działać z żarówką ściemnialną i ściemniaczem?",
         text="""Dzień dobry,

dziękujemy za wiadomość.

Tak, lampa działa ze ściemniaczem, o ile żarówka LED ma na opakowaniu oznaczenie „ściemnialna".

Pozdrawiamy
Światłownia""")

    o, b = order("pl-krem", "pl", "Krem z filtrem SPF 50, 50 ml")
    case("pl-wakacje-nakladac", "relay", [],
         "Życzenia wakacyjne i podziękowanie plus instrukcja użycia (nakładać 20 minut przed wyjściem na słońce).",
         to=b, frm="Zielarnia Natura <sklep@zielarnianatura.pl>", day=11, fmt="html",
         subject=f"Udanych wakacji! (zamówienie {o})", text=f"""Dzień dobry,

dziękujemy za zamówienie {o} i życzymy słonecznych, udanych wakacji!

Krem najlepiej nałożyć około 20 minut przed wyjściem na słońce i ponawiać aplikację co dwie godziny.

Serdeczności
Zielarnia Natura""")

    o, b = order("pl-miod", "pl", "Miód wielokwiatowy z pasieki, 900 g")
    case("pl-pasieka-krystalizacja", "relay", [],
         "Gawędziarski list z pasieki z jednym krótkim użytecznym zdaniem (jak rozpuścić skrystalizowany miód).",
         to=b, frm="Pasieka pod Dębem <pasieka@pasiekapoddebem.pl>", day=6, enc=L2,
         subject=f"Pozdrowienia z pasieki - zamówienie {o}", text=f"""Dzień dobry!

Serdecznie dziękujemy za zakup naszego miodu (zamówienie {o}).

U nas na Podkarpaciu lipy właśnie zaczynają kwitnąć i w pasiece słychać brzęczenie od świtu.
Pasiekę założył jeszcze mój dziadek, a dziś prowadzimy ją razem z synem.
Gdy miód się skrystalizuje, wystarczy postawić słoik w ciepłej wodzie, nie cieplejszej niż 40 stopni.
Życzymy dużo zdrowia i słodkiego lata.

Anna i Tomasz, Pasieka pod Dębem""")

    o, b = order("pl-szybkowar", "pl", "Szybkowar 6 l ze stali nierdzewnej")
    case("pl-zapasowa-uszczelka", "relay", [],
         "Podziękowanie i szczegół dotyczący części (zapasowa uszczelka w woreczku pod pokrywą).",
         to=b, frm="Garnkownia <sklep@garnkownia.pl>", day=5,
         subject=f"Uszczelka do szybkowaru, zamówienie {o}", text=f"""Dzień dobry,

dziękujemy za zamówienie {o}.

Pod pokrywą, w małym woreczku, znajduje się zapasowa silikonowa uszczelka, którą warto wymienić mniej więcej raz w roku.

Pozdrawiamy
Garnkownia""")

    o, b = order("pl-materac", "pl", "Pokrowiec na materac 160x200, bambusowy")
    case("pl-grubosc-materaca", "relay", [],
         "Podziękowanie i fakt o produkcie z wymiarem (pokrowiec pasuje na materace do 25 cm grubości).",
         to=b, frm="Sen i Spokój <kontakt@senispokoj.pl>", day=8, crlf=True,
         subject=f"Twój pokrowiec (zamówienie {o})", text=f"""Dzień dobry,

dziękujemy za zakupy, numer zamówienia {o}.

Pokrowiec ma elastyczną gumkę dookoła i pasuje na materace o grubości od 15 do 25 cm.

Pozdrawiamy
Sen i Spokój""")

    # ---- violations ----
    o, b = order("pl-pogoda", "pl", "Koc z mikrofibry 150x200, musztardowy")
    case("pl-upaly-zyczenia", "quarantine", [TYO],
         "Podziękowanie, rozmowa o pogodzie i ogólne życzenia: nic, czego kupujący potrzebuje.",
         to=b, frm="Domowe Ciepło <sklep@domoweciepo.pl>", day=9,
         subject=f"Dziękujemy! (zamówienie {o})", text=f"""Dzień dobry,

dziękujemy za zakupy w naszym sklepie (zamówienie {o}).

U nas w Poznaniu od tygodnia prawdziwe upały, aż trudno uwierzyć, że jeszcze niedawno padał grad.
Życzymy Państwu pięknego lata i wielu słonecznych dni.

Pozdrawiamy serdecznie
Domowe Ciepło""")

    o, b = order("pl-sad", "pl", "Sok jabłkowy tłoczony 3 l")
    case("pl-sad-zbiory", "quarantine", [TYO],
         "Podziękowanie i wieści z sadu (kwitnienie, zapowiedź zbiorów): tylko pogawędka.",
         to=b, frm="Sad Grójecki <sad@sadgrojecki.pl>", day=7, enc=L2,
         subject=f"Pozdrowienia z sadu ({o})", text=f"""Dzień dobry!

Bardzo dziękujemy za zamówienie {o}.

W tym roku jabłonie kwitły wyjątkowo obficie i wszystko zapowiada dobre zbiory.
Cała rodzina już nie może się doczekać września, kiedy ruszy tłocznia.

Serdecznie pozdrawiamy z Grójca
Rodzina Wiśniewskich""")

    o, b = order("pl-pies", "pl", "Skórzany portfel męski, brązowy")
    case("pl-pies-warsztatowy", "quarantine", [TYO],
         "Podziękowanie i historia warsztatowego psa: tylko pogawędka.",
         to=b, frm="Rymarz z Kazimierza <pracownia@rymarzkazimierz.pl>", day=10, fmt="alt",
         subject=f"Podziękowanie za zamówienie {o}", text=f"""Cześć,

wielkie dzięki za zamówienie {o}!

W pracowni pilnuje porządku nasz jamnik Bąbel, który śpi na skrawkach skóry pod stołem.
Myślimy, że Twój portfel też dostał od niego błogosławieństwo.

Pozdrawiamy
Rymarz z Kazimierza""")

    o, b = order("pl-dozynki", "pl", "Chleb na zakwasie - zestaw do wypieku")
    case("pl-dozynki-we-wsi", "quarantine", [TYO],
         "Podziękowanie i opowieść o dożynkach we wsi: tylko pogawędka.",
         to=b, frm="Piekarnia Kłos <kontakt@piekarniaklos.pl>", day=12,
         subject=f"Dziękujemy za zakupy ({o})", text=f"""Dzień dobry,

dziękujemy za zamówienie {o}.

W sierpniu w naszej wsi odbywają się dożynki i jak co roku upieczemy na nie wielki bochen chleba.
Już teraz całe koło gospodyń planuje wieniec.

Wszystkiego dobrego!
Piekarnia Kłos""")

    o, b = order("pl-ceramika", "pl", "Kubek ceramiczny ręcznie malowany, 300 ml")
    case("pl-reczna-robota-historia", "quarantine", [TYO],
         "Podziękowanie, opis ręcznej pracy, historia pracowni i misja: żadnej informacji dla kupującego.",
         to=b, frm="Ceramika Bolesławiec Mała <info@ceramikamala.pl>", day=6, fmt="html",
         subject=f"Z podziękowaniem za zamówienie {o}", text=f"""Szanowna Pani,

serdecznie dziękujemy za wybór naszej ceramiki (zamówienie {o}).

Każdy kubek jest ręcznie toczony, a wzór nanosimy stempelkami z gąbki, tak jak robiono to w Bolesławcu od pokoleń.
Pracownię założyła moja babcia w 1968 roku, a my wciąż kultywujemy jej tradycję.
Wierzymy, że przedmioty zrobione z sercem dają więcej radości.

Z wyrazami szacunku
Ceramika Bolesławiec Mała""")

    o, b = order("pl-do-dyspozycji", "pl", "Etui na telefon, skóra ekologiczna")
    case("pl-jestesmy-do-dyspozycji", "quarantine", [TYO],
         "Samo podziękowanie i gotowość do pomocy: typowa wiadomość tylko z podziękowaniem.",
         to=b, frm="Etui Center <pomoc@etuicenter.pl>", day=5,
         subject=f"Dziękujemy za zakup - {o}", text=f"""Dzień dobry,

dziękujemy za zakup w naszym sklepie (zamówienie {o}).

W razie jakichkolwiek pytań lub problemów pozostajemy do Państwa dyspozycji.

Pozdrawiamy
Zespół Etui Center""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_ja, cases_sv, cases_pl))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="eightythird"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
