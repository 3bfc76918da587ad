#!/usr/bin/env python3
"""Build the seventh labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_seventh/build.py

Deterministic: buyer addresses come from a seeded generator, MIME boundaries are derived from the case
slug, and the PDFs are drawn here. Each message is read back after writing (corpus_build.verify()).
The messages, sellers, products and orders are new; they aim at the heuristic content rules (sections C/D
of RULES.md) with wordings written for this corpus: indirect and passive requests, idioms, hard line
wraps, mixed case, typos, HTML-only helpdesk threads, six languages.
"""

from __future__ import annotations

import random
import sys
import textwrap
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent

sys.path.insert(0, str(ROOT.parent))  # tests/: the shared helpers live in tests/corpus_build.py
import corpus_build as cb  # noqa: E402
from corpus_build import (  # noqa: E402
    add_case,
    buyer,
    collect_by_language,
    lang_counts,
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

# --------------------------------------------------------------------------------------------
# Orders
# --------------------------------------------------------------------------------------------

_rnd = random.Random(7_2026_0615)
_buyer = partial(buyer, _rnd)

# key, order id, tld, language, purchased, shipped, delivered, title
_ORDER_ROWS = [
    # English
    ("fan", "113-6620417-2290381", "com", "en", "2026-06-01T15:00:00Z", "2026-06-02T10:00:00Z", "2026-06-05T17:00:00Z", "Quiet Desk Fan 6 inch, USB-C, Sage Green"),
    ("pillow", "112-8830152-4471906", "com", "en", "2026-06-03T19:00:00Z", "2026-06-04T11:00:00Z", "2026-06-07T16:00:00Z", "Shredded Memory Foam Pillow, Queen"),
    ("kettle", "204-1157390-8823614", "co.uk", "en", "2026-05-22T09:00:00Z", "2026-05-23T08:00:00Z", "2026-05-26T12:00:00Z", "Cast Iron Tetsubin Kettle 0.9 L with Infuser"),
    ("vacuum", "114-3394820-7716053", "com", "en", "2026-06-02T13:00:00Z", "2026-06-03T09:00:00Z", "2026-06-06T20:00:00Z", "Robot Vacuum with Self-Empty Base, 2700 Pa"),
    ("desk", "111-7702946-3358120", "com", "en", "2026-06-12T18:00:00Z", "", "", "Electric Standing Desk Frame, Dual Motor, Black"),
    ("yogamat", "113-2245081-9960437", "com", "en", "2026-05-28T12:00:00Z", "2026-05-29T09:00:00Z", "2026-06-01T15:00:00Z", "Natural Rubber Yoga Mat 5 mm, Terracotta"),
    ("poles", "203-9981402-5530276", "co.uk", "en", "2026-05-25T10:00:00Z", "2026-05-26T08:00:00Z", "2026-05-28T13:00:00Z", "Carbon Trekking Poles, Pair, Cork Grip"),
    ("candles", "206-4418207-1193052", "co.uk", "en", "2026-06-06T11:00:00Z", "2026-06-07T08:00:00Z", "2026-06-09T12:00:00Z", "Soy Wax Candle Set of 3, Fig and Cedar"),
    ("throw", "202-5523018-6671940", "co.uk", "en", "2026-06-11T20:00:00Z", "2026-06-13T09:00:00Z", "", "Chunky Knit Throw Blanket, Oatmeal"),
    ("grinder", "112-1009375-5524468", "com", "en", "2026-05-30T14:00:00Z", "2026-05-31T10:00:00Z", "2026-06-03T18:00:00Z", "Conical Burr Coffee Grinder, 40 Settings"),
    ("blender", "114-6671824-0037295", "com", "en", "2026-06-04T16:00:00Z", "2026-06-05T09:00:00Z", "2026-06-08T19:00:00Z", "Countertop Blender 1200 W with Tamper"),
    ("plug", "205-3340961-7782015", "co.uk", "en", "2026-06-05T08:00:00Z", "2026-06-06T08:00:00Z", "2026-06-08T11:00:00Z", "Smart Plug with Energy Monitor, 4 Pack"),
    ("mirror", "203-6652074-4419830", "co.uk", "en", "2026-06-03T10:00:00Z", "2026-06-04T09:00:00Z", "2026-06-08T14:00:00Z", "Arched Floor Mirror 160 x 60 cm, Brass Frame"),
    ("backpack", "111-2289463-8805172", "com", "en", "2026-05-27T17:00:00Z", "2026-05-28T10:00:00Z", "2026-05-31T15:00:00Z", "Roll-Top Commuter Backpack 24 L, Waxed Canvas"),
    # German
    ("ladestation", "302-4410782-6629013", "de", "de", "2026-06-04T09:00:00Z", "2026-06-05T08:00:00Z", "2026-06-08T13:00:00Z", "3-in-1 Ladestation für Handy, Uhr und Kopfhörer, Weiß"),
    ("muehle", "306-1183904-2257761", "de", "de", "2026-06-09T17:00:00Z", "", "", "Elektrische Kaffeemühle mit Kegelmahlwerk, Edelstahl"),
    ("staubsauger", "304-7726015-3390482", "de", "de", "2026-05-26T10:00:00Z", "2026-05-27T08:00:00Z", "2026-05-29T12:00:00Z", "Akku-Handstaubsauger 18 V mit Fugendüse"),
    ("fahrradlicht", "303-5590218-7714036", "de", "de", "2026-06-02T07:00:00Z", "2026-06-03T08:00:00Z", "2026-06-05T11:00:00Z", "Fahrradlicht-Set LED, StVZO-zugelassen, USB-C"),
    ("flasche", "305-2214906-8837150", "at", "de", "2026-06-01T12:00:00Z", "2026-06-02T09:00:00Z", "2026-06-05T10:00:00Z", "Edelstahl-Trinkflasche 750 ml, isoliert, Salbei"),
    ("bohrer", "302-8837105-1146629", "de", "de", "2026-05-20T14:00:00Z", "2026-05-21T08:00:00Z", "2026-05-23T12:00:00Z", "Akku-Bohrschrauber 18 V mit 2 Akkus"),
    ("puzzle", "304-6602819-5573340", "de", "de", "2026-06-12T19:00:00Z", "", "", "Holzpuzzle 1000 Teile, Alpenpanorama"),
    ("messer", "303-1148862-9920574", "de", "de", "2026-06-03T15:00:00Z", "2026-06-04T08:00:00Z", "2026-06-06T12:00:00Z", "Damast-Kochmesser 20 cm, Olivenholzgriff"),
    ("thermometer", "306-9935021-4408176", "de", "de", "2026-06-06T08:00:00Z", "2026-06-07T08:00:00Z", "2026-06-09T10:00:00Z", "Funk-Grillthermometer mit 2 Fühlern"),
    # French
    ("tapis", "407-3318064-2219857", "fr", "fr", "2026-05-24T09:00:00Z", "2026-05-25T08:00:00Z", "2026-05-28T12:00:00Z", "Tapis berbère 160 x 230 cm, écru"),
    ("bracelet", "403-9902457-6648103", "fr", "fr", "2026-06-10T10:00:00Z", "", "", "Bracelet jonc gravé personnalisé, argent 925"),
    ("theiere", "405-6671302-8830245", "fr", "fr", "2026-06-11T14:00:00Z", "", "", "Théière en fonte 1,2 L, noire"),
    ("bouilloire", "402-2285517-9913064", "fr", "fr", "2026-06-02T08:00:00Z", "2026-06-03T08:00:00Z", "2026-06-05T14:00:00Z", "Bouilloire électrique col de cygne 1 L"),
    ("casque", "408-7740129-3356021", "fr", "fr", "2026-06-01T18:00:00Z", "2026-06-02T09:00:00Z", "2026-06-04T12:00:00Z", "Casque audio sans fil à réduction de bruit"),
    ("bougie", "406-1127904-5582316", "fr", "fr", "2026-06-07T10:00:00Z", "2026-06-08T08:00:00Z", "2026-06-10T12:00:00Z", "Bougie parfumée figue et cèdre 300 g"),
    ("applique", "404-5563018-2271949", "fr", "fr", "2026-06-03T12:00:00Z", "2026-06-04T08:00:00Z", "2026-06-07T11:00:00Z", "Applique murale en laiton orientable"),
    ("chaise", "403-2290871-4467315", "fr", "fr", "2026-05-29T16:00:00Z", "2026-05-30T09:00:00Z", "2026-06-03T13:00:00Z", "Chaise de bureau ergonomique, maille grise"),
    ("sac", "401-8876203-1105948", "com.be", "fr", "2026-06-04T11:00:00Z", "2026-06-05T08:00:00Z", "2026-06-08T12:00:00Z", "Sac à dos en toile cirée 20 L, kaki"),
    # Spanish
    ("auriculares", "408-3365102-7729014", "es", "es", "2026-06-05T19:00:00Z", "2026-06-06T09:00:00Z", "2026-06-09T12:00:00Z", "Auriculares inalámbricos deportivos, negro"),
    ("sofa", "402-9917346-2208853", "es", "es", "2026-06-10T11:00:00Z", "2026-06-12T09:00:00Z", "", "Sofá cama 3 plazas, tela gris antracita"),
    ("mochila", "406-4482019-3375560", "es", "es", "2026-06-01T10:00:00Z", "2026-06-02T08:00:00Z", "2026-06-04T13:00:00Z", "Mochila de senderismo 35 L con cubierta para lluvia"),
    ("tostadora", "404-1172098-6653127", "es", "es", "2026-06-03T08:00:00Z", "2026-06-04T09:00:00Z", "2026-06-06T12:00:00Z", "Tostadora 2 ranuras de acero inoxidable"),
    ("freidora", "403-5507742-8816392", "es", "es", "2026-05-21T17:00:00Z", "2026-05-22T09:00:00Z", "2026-05-25T12:00:00Z", "Freidora de aire 5,5 L, pantalla táctil"),
    ("patinete", "407-8820416-1130957", "es", "es", "2026-05-30T10:00:00Z", "2026-05-31T09:00:00Z", "2026-06-03T12:00:00Z", "Patinete eléctrico plegable 350 W"),
    ("colchon", "405-2239817-4496021", "es", "es", "2026-06-08T12:00:00Z", "2026-06-09T08:00:00Z", "2026-06-11T15:00:00Z", "Colchón viscoelástico 135 x 190 cm"),
    ("reloj", "701-6643910-2287345", "com.mx", "es", "2026-06-02T20:00:00Z", "2026-06-03T15:00:00Z", "2026-06-06T18:00:00Z", "Reloj inteligente con GPS y pulsómetro"),
    # Italian
    ("lampada", "404-9913307-6628451", "it", "it", "2026-06-08T09:00:00Z", "2026-06-09T08:00:00Z", "2026-06-11T12:00:00Z", "Lampada da terra ad arco, nero opaco"),
    ("scarpe", "403-7728104-5519036", "it", "it", "2026-05-28T10:00:00Z", "2026-05-29T08:00:00Z", "2026-06-01T12:00:00Z", "Scarpe da corsa uomo, taglia 43"),
    ("bracciale", "405-1190378-4462207", "it", "it", "2026-06-12T09:00:00Z", "", "", "Bracciale in argento con incisione personalizzata"),
    ("tostapane", "402-6654021-9937718", "it", "it", "2026-06-02T11:00:00Z", "2026-06-03T08:00:00Z", "2026-06-05T12:00:00Z", "Tostapane retrò 2 fette, verde salvia"),
    ("moka", "408-2201936-7785540", "it", "it", "2026-06-01T08:00:00Z", "2026-06-02T09:00:00Z", "2026-06-04T11:00:00Z", "Caffettiera moka in acciaio 6 tazze"),
    ("piumino", "406-8836015-2214679", "it", "it", "2026-06-12T16:00:00Z", "2026-06-13T09:00:00Z", "", "Piumino matrimoniale 4 stagioni 250 x 200"),
    ("vaso", "407-4470129-6693018", "it", "it", "2026-06-05T14:00:00Z", "2026-06-06T08:00:00Z", "2026-06-09T10:00:00Z", "Vaso in ceramica fatto a mano, 30 cm"),
    ("friggitrice", "401-3397460-1128853", "it", "it", "2026-06-04T10:00:00Z", "2026-06-05T08:00:00Z", "2026-06-08T12:00:00Z", "Friggitrice ad aria 4 L con finestra"),
    # Japanese
    ("tumbler", "250-3381046-7729105", "co.jp", "ja", "2026-06-03T02:00:00Z", "2026-06-04T01:00:00Z", "2026-06-06T05:00:00Z", "真空断熱タンブラー 450ml 2個セット"),
    ("kome", "249-6610294-3385017", "co.jp", "ja", "2026-06-06T01:00:00Z", "2026-06-07T02:00:00Z", "2026-06-09T04:00:00Z", "無洗米 5kg 新潟県産コシヒカリ"),
    ("donabe", "503-2278104-9916630", "co.jp", "ja", "2026-06-11T03:00:00Z", "", "", "伊賀焼 土鍋 8号 黒釉"),
    ("dryer", "250-9902731-4458216", "co.jp", "ja", "2026-05-27T04:00:00Z", "2026-05-28T01:00:00Z", "2026-05-30T06:00:00Z", "大風量ヘアドライヤー マイナスイオン"),
    ("massage", "249-1147608-2203954", "co.jp", "ja", "2026-06-01T05:00:00Z", "2026-06-02T02:00:00Z", "2026-06-05T07:00:00Z", "マッサージチェア コンパクト リクライニング"),
    ("earbuds", "503-8805237-6617420", "co.jp", "ja", "2026-06-02T10:00:00Z", "2026-06-03T01:00:00Z", "2026-06-05T04:00:00Z", "完全ワイヤレスイヤホン ノイズキャンセリング"),
    ("randoseru", "250-4416093-8820571", "co.jp", "ja", "2026-05-23T03:00:00Z", "2026-05-24T02:00:00Z", "2026-05-26T06:00:00Z", "軽量リュック 通勤用 20L 撥水"),
    ("kyusu", "249-7729310-1164082", "co.jp", "ja", "2026-06-04T06:00:00Z", "2026-06-05T02:00:00Z", "2026-06-07T05:00:00Z", "常滑焼 急須 300ml 朱泥"),
    ("taoru", "503-3318720-5547196", "co.jp", "ja", "2026-06-08T02:00:00Z", "2026-06-09T01:00:00Z", "2026-06-11T04:00:00Z", "泉州タオル フェイスタオル 5枚組"),
    ("tana", "250-5561028-9903374", "co.jp", "ja", "2026-06-12T11:00:00Z", "", "", "スチールラック 5段 幅90cm"),
    ("keshou", "249-2230974-6618805", "co.jp", "ja", "2026-06-05T09:00:00Z", "2026-06-06T01:00:00Z", "2026-06-08T05:00:00Z", "薬用美白美容液 30ml"),
    ("kasa", "503-9947215-3306618", "co.jp", "ja", "2026-06-06T08:00:00Z", "2026-06-07T01:00:00Z", "2026-06-09T03:00:00Z", "折りたたみ傘 自動開閉 晴雨兼用"),
]

ORDERS: dict[str, dict] = {}
BUYER: dict[str, str] = {}
for key, oid, tld, lang, pur, shp, dlv, title in _ORDER_ROWS:
    addr = _buyer(tld)
    BUYER[key] = addr
    ORDERS[key] = {
        "order_id": oid, "buyer_email": addr, "marketplace": "amazon." + tld,
        "buyer_language": lang, "purchased_at": pur, "shipped_at": shp, "delivered_at": dlv,
        "product_title": title,
    }
OID = {k: v["order_id"] for k, v in ORDERS.items()}
assert len(set(OID.values())) == len(OID)

make_pdf = partial(cb.make_pdf, producer="corpus_seventh build.py")

CASE_LIST: list[dict] = []
case = partial(add_case, CASE_LIST)


# --------------------------------------------------------------------------------------------
# Sender templates
# --------------------------------------------------------------------------------------------

def wrap(text: str, width: int = 66) -> str:
    """Hard-wrap every paragraph line like an old mail client (format=fixed)."""
    out = []
    for ln in text.split("\n"):
        out.extend(textwrap.wrap(ln, width, break_on_hyphens=False) or [""])
    return "\n".join(out)


MARK = {
    "en": "##- Please type your reply above this line -##",
    "de": "##- Bitte oberhalb dieser Zeile antworten -##",
    "fr": "##- Veuillez répondre au-dessus de cette ligne -##",
    "es": "##- Escriba su respuesta por encima de esta línea -##",
    "it": "##- Risponda sopra questa riga -##",
    "ja": "##- このメールにご返信の際は、この行より上にご記入ください -##",
}


def desk(body: str, lang: str, quoted: str = "", attribution: str = "") -> str:
    """An HTML-only helpdesk reply: reply above the marker line, the buyer's message quoted below."""
    q = ""
    if quoted:
        q = (f'\n<div class="hd-quote">\n<p>{attribution}</p>\n<blockquote type="cite">\n'
             f"{text2html(quoted)}\n</blockquote>\n</div>")
    return page(f'<div class="hd-reply">\n<p>{MARK[lang]}</p>\n{body}\n</div>{q}', lang=lang)


def tool(body: str, lang: str, title: str) -> str:
    """A review / follow-up tool template: no fonts or colours of its own."""
    return page(f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:16px">\n'
                f"{body}\n</td></tr></table>", lang=lang, head=f"<title>{title}</title>\n")


# --------------------------------------------------------------------------------------------
# English
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    o, b = OID, BUYER

    # -- compliant near-misses ------------------------------------------------------------
    h = f"""<p>Hi there,</p>
<p>Your Quiet Desk Fan (order {o['fan']}) should have been with you for about a week now.</p>
<p>When you have a minute, would you share how it is working out in a review on Amazon? Good, bad or somewhere in between, an honest account is what helps the next person choose.</p>
<p><a href="https://www.amazon.com/review/create-review?asin=B0DFN6QX21">Review the Quiet Desk Fan on Amazon</a></p>
<p>Thanks,<br>
The Breezeworks team</p>"""
    case("fan-review-tool-once", "relay", [],
         ["review.incentive", "review.conditional", "review.repeat", "type.thank-you-only", "link.external", "style.link-text"],
         "One neutral review request from a review tool ('good, bad or somewhere in between') with a descriptive https Amazon link.",
         mk("Breezeworks <reviews@breezeworks.com>", b["fan"], f"How is your desk fan doing? (order {o['fan']})",
            "Thu, 11 Jun 2026 14:02:00 -0400", f"<rq.{o['fan']}.1@mailer.breezeworks.com>",
            headers=[("X-Mailer", "FeedbackFive-style Mailer 3.2")], html=tool(h, "en", "Review request")))

    q = """Hello, I love the pillow. My partner wants one too, do you do any kind of
discount if I order a second one, or a code for returning customers? Also is
the cover removable for washing? Thanks, Dana"""
    t = f"""Hi Dana,

Thanks for getting in touch, and glad the pillow is a hit.

To answer both questions: we don't run multi-buy discounts or codes for
returning customers, so the price on the listing is the price for a second
pillow too. We're sorry we can't do better there.

The cover is removable: unzip it fully, wash it inside out on a cold gentle
cycle and let it air dry. Please don't put the foam fill itself in the
washer; fluffing it in the dryer on no heat for 10 minutes is fine.

Is the zip on your cover running smoothly? Some from the May batch were a
bit stiff, and if yours is we'll send a fresh cover for order {o['pillow']}.

Kind regards,
Marco
Loftwell Sleep

On Sat, 13 Jun 2026 at 21:47, {b['pillow']} wrote:
{quote(q)}
"""
    case("pillow-discount-question-thread", "relay", [],
         ["type.marketing", "review.incentive", "content.email-address", "order-id.missing"],
         "A reply to a buyer who asked for a second-unit discount: the seller says there is none and answers the washing question; no promotion.",
         mk("Loftwell Sleep <care@loftwellsleep.com>", b["pillow"], "Re: second pillow + washing",
            "Sun, 14 Jun 2026 09:30:00 -0400", "<CAL7w2x_pl9@mail.gmail.com>",
            headers=reply_headers("0100018f.pillow.q1"), text=t))

    t = f"""Hello,

Thank you for sending back the Cast Iron Tetsubin Kettle from order {o['kettle']}. It reached us yesterday.

When we unpacked it we found the kettle itself unused, but the stainless infuser basket was not in the box. Without it we cannot resell the kettle as new.

We would like to offer a partial refund of GBP 52.00 of the GBP 64.00 paid, keeping GBP 12.00 for the missing infuser. If you still have the infuser and can post it to us, we will refund the full amount instead. Could you let us know which you prefer?

Kind regards,
Helen Marsh
Kyusu & Co."""
    case("kettle-return-partial-refund", "relay", [],
         ["return.unnecessary", "review.incentive", "type.order-confirmation"],
         "A return follow-up that offers a partial refund and asks a question, exactly what the return guideline allows.",
         mk("Kyusu & Co. <returns@kyusuandco.co.uk>", b["kettle"], f"Your return of order {o['kettle']}",
            "Fri, 12 Jun 2026 11:15:00 +0100", "<kc-ret-1157390@kyusuandco.co.uk>",
            text=t + "\n"))

    t = f"""Hello,

Thank you for your order {o['vacuum']} (Robot Vacuum with Self-Empty Base).

The robot carries a two-year manufacturer warranty, but the manufacturer only honours it when the serial number is registered within 30 days of delivery. The serial number is on the sticker under the dust bin, starting with RV27.

Please reply with that serial number and we will register it for you. If you would rather do it yourself, the manufacturer's warranty registration line is 1-800-555-0147 (Mon-Fri, 8 am - 6 pm ET).

Best regards,
Sunil
Tidyhome Direct"""
    case("vacuum-warranty-serial", "relay", [],
         ["content.phone-number", "type.marketing", "type.thank-you-only", "type.order-confirmation"],
         "A warranty-registration message asking for the serial number; the phone number is the manufacturer's warranty line on the same line as the word warranty.",
         mk("Tidyhome Direct <orders@tidyhomedirect.com>", b["vacuum"], f"Warranty registration needed for order {o['vacuum']}",
            "Wed, 10 Jun 2026 10:00:00 -0400", "<th-warr-3394820@tidyhomedirect.com>", text=t + "\n"))

    t = f"""Hello,

We are sorry to tell you that we cannot ship your Electric Standing Desk Frame (order {o['desk']}). The last frame in our warehouse failed its motor check this morning and the next container does not arrive until August.

We have already refunded the full order amount of USD 329.99 through Amazon, with the reason "no inventory". The refund usually shows on your statement within 3 to 5 business days. There is nothing you need to do.

Apologies for the disappointment,
Rita
Liftline Furniture"""
    case("desk-out-of-stock-refunded", "relay", [],
         ["order-problem.cancellation-request", "order-problem.no-adjustment", "type.order-confirmation"],
         "Out-of-stock notice that confirms the full refund with the reason 'no inventory' and asks nothing of the buyer.",
         mk("Liftline Furniture <orders@liftlinefurniture.com>", b["desk"], f"Problem with order {o['desk']}",
            "Sat, 13 Jun 2026 16:40:00 -0400", "<lf-oos-7702946@liftlinefurniture.com>", text=t + "\n"))

    q = """I left 3 stars because the right strap stitching came loose after a week.
Otherwise I like the bag. Can you send a replacement strap or do I need to
return the whole thing?"""
    h = f"""<p>Hi,</p>
<p>Thank you for telling us about the strap, and for the review you wrote; we read every one, and this is the first time we have heard of that seam giving way.</p>
<p>You don't need to return the bag. A replacement right strap for order {o['backpack']} left our workshop today; it clips onto the same D-rings, so no tools are needed. The tracking details will be in your Amazon order page.</p>
<p>Could you tell us whether the loose stitching is at the top of the strap or near the buckle? That helps us check the rest of the batch.</p>
<p>Thanks,<br>Jonah<br>Northgate Canvas</p>"""
    case("backpack-review-mentioned-reply", "relay", [],
         ["review.removal-request", "review.incentive", "type.order-confirmation", "content.email-address"],
         "A helpdesk reply that mentions the buyer's 3-star review and sends a strap, without asking that the review be changed.",
         mk("Northgate Canvas <support@northgatecanvas.com>", b["backpack"], f"Re: Strap stitching [order {o['backpack']}]",
            "Sun, 14 Jun 2026 12:00:00 -0400", "<hd-48213.reply@northgatecanvas.com>",
            headers=reply_headers("0100018f.backpack.q1"),
            html=desk(h, "en", q, f"On Sat, 13 Jun 2026, {b['backpack']} wrote:")))

    # -- violations -----------------------------------------------------------------------
    t = wrap(f"""Hey, hope the new mat is treating you well!

Quick one about order {o['yogamat']}: once your thoughts on the mat are live on the Amazon product page, just drop us a line with the date you posted and we'll pop a little something in the post for you as our way of saying thanks. No strings, honestly!

Namaste,
Ines @ Groundwork Yoga""")
    case("yogamat-little-something", "reject", ["review.incentive"], ["review.conditional"],
         "'Once your thoughts are live on the product page ... we'll pop a little something in the post' ties a gift to a review; hard-wrapped plain text.",
         mk("Groundwork Yoga <hello@groundworkyoga.com>", b["yogamat"], f"Your mat + a small thank-you (order {o['yogamat']})",
            "Tue, 09 Jun 2026 08:12:00 -0700", "<gw-mat-2245081@groundworkyoga.com>", text=t + "\n", cte="7bit"),
         tolerated=["type.marketing"])

    t = f"""Good morning,

I hope the replacement tip for your trekking poles (order {o['poles']}) reached you safely on Friday; our records show it was delivered.

We noticed the two-star rating that went up on the listing while the original tip was missing. Now that everything has been put right, we would be very grateful if that rating could be revisited so that it reflects how things turned out in the end.

With best wishes,
Alastair Brook
Fellside Outdoor"""
    case("poles-rating-revisited", "reject", ["review.removal-request"], ["review.conditional"],
         "Passive request that the existing two-star rating 'could be revisited so that it reflects how things turned out'.",
         mk("Fellside Outdoor <alastair@fellsideoutdoor.co.uk>", b["poles"], f"Trekking poles - order {o['poles']}",
            "Mon, 08 Jun 2026 09:05:00 +0100", "<fo-tip-9981402@fellsideoutdoor.co.uk>", text=t + "\n"),
         tolerated=["review.incentive"])

    t = f"""Dear customer,

Just a quick note from all of us at Wick & Willow to say thanks a million for choosing our Fig and Cedar candles (order {o['candles']}). It genuinely makes our day every time an order comes in.

Should anything at all come up, we're only ever a message away.

Warmest wishes,
Beth, Tom and the Wick & Willow crew"""
    case("candles-thanks-a-million", "quarantine", ["type.thank-you-only"], ["type.marketing", "review.incentive"],
         "Nothing but thanks and an offer of help, in idiomatic British phrasing.",
         mk("Wick & Willow <hello@wickandwillow.co.uk>", b["candles"], f"A little note about order {o['candles']}",
            "Wed, 10 Jun 2026 17:30:00 +0100", "<ww-thx-4418207@wickandwillow.co.uk>", text=t + "\n"))

    h = f"""<p>Hello!</p>
<p>Good news &ndash; your Chunky Knit Throw (order {o['throw']}) has been packed by hand and left our Leeds studio this morning with Evri.</p>
<p>Parcel reference: H01JKA0042781934<br>
Estimated arrival: Tuesday 16 June</p>
<p>We hope it keeps you cosy!</p>
<p>Knotted Home</p>"""
    case("throw-left-the-studio", "quarantine", ["type.order-confirmation"], ["content.phone-number", "type.marketing"],
         "A proactive dispatch notice with a parcel reference and ETA, which Amazon already sends; the reference is not a phone number.",
         mk("Knotted Home <studio@knottedhome.co.uk>", b["throw"], f"It's on its way! Order {o['throw']}",
            "Sat, 13 Jun 2026 10:45:00 +0100", "<kh-disp-5523018@knottedhome.co.uk>",
            text=f"Hello!\n\nGood news - your Chunky Knit Throw (order {o['throw']}) left our Leeds studio this morning with Evri.\nParcel reference: H01JKA0042781934\nEstimated arrival: Tuesday 16 June\n\nKnotted Home\n",
            html=page(h)),
         tolerated=["type.thank-you-only"])

    t = f"""Hi,

We noticed a return was opened for the Conical Burr Coffee Grinder from order {o['grinder']}.

Before it goes back, we wanted to mention that nine times out of ten an uneven grind just means the burrs need to bed in: run about half a pound of cheap beans through on setting 20 and it settles down. We are a two-person business and every return costs us the shipping both ways plus a restocking check, so it would really mean a lot to us if you gave it one more go before sending it off.

Cheers,
Sam & Lou
Two Roads Coffee Gear"""
    case("grinder-give-it-one-more-go", "quarantine", ["return.unnecessary"], ["review.incentive"],
         "Return-related message that neither asks for information nor offers a partial refund; it tries to talk the buyer out of the return.",
         mk("Two Roads Coffee Gear <shop@tworoadsgear.com>", b["grinder"], f"About your return - order {o['grinder']}",
            "Thu, 04 Jun 2026 13:20:00 -0700", "<tr-ret-1009375@tworoadsgear.com>", text=t + "\n"))

    h = f"""<p>Hi there,</p>
<p>Your Countertop Blender (order {o['blender']}) has had a week to show what it can do.</p>
<p><b>Has it earned a permanent spot on your counter?</b> Then a review on Amazon would honestly mean the world to our small team:<br>
<a href="https://www.amazon.com/review/create-review?asin=B0CBL1200T">Write a review of the blender on Amazon</a></p>
<p><b>Not quite hitting the mark?</b> Hit reply first and let us put it right before you post anything.</p>
<p>Cheers,<br>Vortex Kitchen</p>"""
    case("blender-earned-a-spot", "reject", ["review.conditional"], ["link.external", "style.link-text"],
         "HTML-only review gating in question form: review if it 'earned a spot', otherwise reply 'before you post anything'.",
         mk("Vortex Kitchen <team@vortexkitchen.com>", b["blender"], f"Quick check-in on order {o['blender']}",
            "Mon, 15 Jun 2026 07:00:00 -0400", f"<vk.{o['blender']}.chk@vortexkitchen.com>", html=tool(h, "en", "Check-in")),
         tolerated=["review.incentive"])

    q = """The plugs won't pair with the app, it keeps saying device offline. I've
tried resetting them twice. Any ideas?"""
    h = """<p>Hi,</p>
<p>Sorry the plugs are playing up. The "device offline" error almost always means the plug is trying to join a 5 GHz network; they only work on 2.4 GHz. If your router combines both bands under one name, switch on the router's 2.4 GHz-only setup mode while pairing.</p>
<p>For faster help our setup team is on WhatsApp at +44 7700 900417, or you can email setup@brightnesthome.co.uk and we'll walk you through it step by step.</p>
<p>Does your router show a separate 2.4 GHz network?</p>
<p>Cheers,<br>Kieran, BrightNest Home</p>"""
    case("plug-whatsapp-and-email", "reject", ["content.phone-number", "content.email-address"], ["link.external"],
         "Helpdesk reply moving the buyer to WhatsApp and a seller e-mail address; the buyer's alias in the attribution does not count.",
         mk("BrightNest Home <help@brightnesthome.co.uk>", b["plug"], f"Re: plugs offline [order {o['plug']}]",
            "Tue, 09 Jun 2026 15:10:00 +0100", "<hd-99120.reply@brightnesthome.co.uk>",
            headers=reply_headers("0100018f.plug.q1"),
            html=desk(h, "en", q, f"On Tue, 9 Jun 2026, {b['plug']} wrote:")))

    q = """The mirror arrived with a crack right across the glass. The box looked fine.
I want a replacement, not excuses."""
    t = f"""Hi,

Sorry about the mirror. Honestly, some idiot at the depot must have dropped it from a height - what a total shitshow, that box was triple-wrapped when it left us.

We'll send a new mirror for order {o['mirror']} on Monday. Could you send us a photo of the crack through Amazon messages so we can claim it back from the courier?

Gavin
Arch & Frame

On Mon, 8 Jun 2026 at 19:02, {b['mirror']} wrote:
{quote(q)}
"""
    case("mirror-depot-rant", "quarantine", ["content.sensitive"], ["content.email-address", "order-id.missing"],
         "A reply that vents about the courier with offensive language ('idiot', 'shitshow').",
         mk("Arch & Frame <gavin@archandframe.co.uk>", b["mirror"], "Re: cracked mirror",
            "Tue, 09 Jun 2026 08:30:00 +0100", "<CAJ3mr_AF77@mail.gmail.com>",
            headers=reply_headers("0100018f.mirror.q1"), text=t))

    t = f"""Hi again,

Just a gentle nudge in case our last note got buried: if you have a spare minute, we would still love to hear what you think of the Quiet Desk Fan (order {o['fan']}) in a review on Amazon.

https://www.amazon.com/review/create-review?asin=B0DFN6QX21

Thanks,
The Breezeworks team"""
    case("fan-gentle-nudge", "reject", ["review.repeat"], ["review.incentive", "link.external"],
         "A second review request for the same order after the first one was relayed.",
         mk("Breezeworks <reviews@breezeworks.com>", b["fan"], f"Still keen to hear about your fan (order {o['fan']})",
            "Mon, 15 Jun 2026 07:30:00 -0400", f"<rq.{o['fan']}.2@mailer.breezeworks.com>", text=t + "\n"),
         after=["fan-review-tool-once"])


# --------------------------------------------------------------------------------------------
# German
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = OID, BUYER

    q = """Hallo, die Ladestation funktioniert super. Gibt es die auch in Schwarz? Mein
Mann hätte gern eine fürs Büro. Und gibt es einen Rabatt, wenn man zwei nimmt?
Viele Grüße, S. Krüger"""
    t = f"""Hallo Frau Krüger,

vielen Dank für Ihre Nachricht und schön, dass die Ladestation gut ankommt.

Ja, die 3-in-1 Ladestation gibt es auch in Schwarz. Sie finden die schwarze Ausführung auf Amazon unter https://www.amazon.de/dp/B0D3LSW7K2 - sie ist baugleich, nur das Gehäuse ist matt statt glänzend.

Einen Mengenrabatt bieten wir leider nicht an; der Preis auf der Produktseite gilt auch für ein zweites Gerät.

Beste Grüße
Jana Albers
Voltwerk Zubehör

Am 12.06.2026 um 18:22 schrieb {b['ladestation']}:
{quote(q)}
"""
    case("ladestation-schwarz-frage", "relay", [],
         ["type.marketing", "link.external", "content.email-address", "order-id.missing"],
         "Antwort auf die Frage der Käuferin nach einer anderen Farbe und einem Mengenrabatt: Amazon-Link auf Nachfrage, kein Rabatt, keine Werbung.",
         mk("Voltwerk Zubehör <service@voltwerk-zubehoer.de>", b["ladestation"], "AW: Ladestation in Schwarz?",
            "Sat, 13 Jun 2026 09:40:00 +0200", "<voltwerk.aw.4410782@voltwerk-zubehoer.de>",
            headers=reply_headers("0102018f.ladestation.q1"), text=t))

    t = f"""Guten Tag,

zu Ihrer Bestellung {o['muehle']} (Elektrische Kaffeemühle mit Kegelmahlwerk) müssen wir Ihnen leider eine Verzögerung mitteilen: Der Hersteller hat die Lieferung an uns auf den 22. Juni verschoben. Wir versenden Ihre Mühle spätestens am 23. Juni, die Zustellung erfolgt dann in ein bis zwei Werktagen.

Falls Sie so lange nicht warten möchten, genügt eine kurze Antwort; wir erstatten Ihnen dann umgehend den vollen Betrag über Amazon.

Wir bitten die Verzögerung zu entschuldigen.

Mit freundlichen Grüßen
Kaffeewerkstatt Brandt"""
    case("muehle-verzoegerung", "relay", [],
         ["order-problem.cancellation-request", "order-problem.no-adjustment", "type.order-confirmation"],
         "Pflichtmitteilung über eine Versandverzögerung; bei Rückzug erstattet der Verkäufer selbst, die Käuferin soll nicht stornieren.",
         mk("Kaffeewerkstatt Brandt <bestellung@kaffeewerkstatt-brandt.de>", b["muehle"], f"Lieferverzögerung zu Ihrer Bestellung {o['muehle']}",
            "Fri, 12 Jun 2026 10:00:00 +0200", "<kb-delay-1183904@kaffeewerkstatt-brandt.de>", text=t + "\n"))

    t = f"""Sehr geehrte Kundin, sehr geehrter Kunde,

wir haben Ihre Rücksendeanfrage zur Bestellung {o['staubsauger']} (Akku-Handstaubsauger 18 V) erhalten.

Damit wir die Rücksendung abschließen können, benötigen wir noch eine Angabe: Schicken Sie den Akku mit zurück, oder steckt er noch im Gerät? Lithium-Akkus müssen wir beim Versanddienstleister gesondert anmelden.

Vielen Dank und freundliche Grüße
Ihr Team von Saugfix"""
    case("staubsauger-ruecksendung-akku", "relay", [],
         ["return.unnecessary", "type.thank-you-only"],
         "Rücksende-Nachricht, die eine für den Abschluss nötige Information erfragt.",
         mk("Saugfix Haushaltsgeräte <retoure@saugfix.de>", b["staubsauger"], f"Ihre Rücksendung - Bestellung {o['staubsauger']}",
            "Thu, 11 Jun 2026 14:00:00 +0200", "<sf-ret-7726015@saugfix.de>", text=t + "\n"))

    t = f"""Hallo,

Ihr Fahrradlicht-Set (Bestellung {o['fahrradlicht']}) ist jetzt seit gut einer Woche bei Ihnen.

Wenn Sie mögen, schreiben Sie doch eine Rezension auf Amazon. Ob begeistert oder kritisch - jede ehrliche Erfahrung hilft anderen Radfahrern bei der Entscheidung, und uns zeigt sie, was wir verbessern können.

Viele Grüße
Lichtblick Velo"""
    case("fahrradlicht-bewertung-neutral", "relay", [],
         ["review.incentive", "review.conditional", "review.repeat", "type.thank-you-only"],
         "Eine neutrale Bitte um eine Rezension ('ob begeistert oder kritisch'), einmal pro Bestellung.",
         mk("Lichtblick Velo <info@lichtblick-velo.de>", b["fahrradlicht"], f"Ihre Meinung zum Fahrradlicht ({o['fahrradlicht']})",
            "Fri, 12 Jun 2026 18:00:00 +0200", "<lv-rez-5590218@lichtblick-velo.de>", text=t + "\n"))

    # -- violations
    t = f"""Servus!

Danke nochmal für Ihre Bestelung {o['flasche']} - wir hoffen die Flasche hält Ihren Kaffee schön warm.

KLEINES DANKESCHÖN: Wenn Sie uns Ihre ehrliche Meinung auf Amazon hinterlassen, übernehmen wir nachträglich Ihre Versandkosten. Einfach kurz auf diese Nachricht antworten, sobald die Bewertung online ist, und wir überweisen den Betrag über Amazon zurück.

Liebe Grüße aus Graz
Bergquell Flaschen"""
    case("flasche-versandkosten-zurueck", "reject", ["review.incentive"], ["review.conditional", "type.thank-you-only"],
         "Erstattung der Versandkosten als Gegenleistung für eine Bewertung, in Großbuchstaben angekündigt und mit Tippfehler.",
         mk("Bergquell Flaschen <hallo@bergquell.at>", b["flasche"], f"Ein kleines Dankeschön zu {o['flasche']}",
            "Tue, 09 Jun 2026 11:30:00 +0200", "<bq-dank-2214906@bergquell.at>", text=t + "\n"),
         tolerated=["type.marketing", "content.spelling"])

    t = f"""Sehr geehrter Herr Wagner,

das Ersatzakku-Paket für Ihren Akku-Bohrschrauber (Bestellung {o['bohrer']}) wurde laut Sendungsverfolgung am Mittwoch zugestellt. Wir hoffen, dass jetzt alles wie gewünscht funktioniert.

Da Ihre Rezension noch aus der Zeit vor dem Austausch stammt, wäre es schön, wenn sie den aktuellen Stand widerspiegeln könnte. Selbstverständlich ganz ohne Druck.

Mit freundlichen Grüßen
Kraftwerk Tools GmbH
Kundenservice"""
    case("bohrer-rezension-aktueller-stand", "reject", ["review.removal-request"], ["review.conditional"],
         "Indirekte Bitte, die bestehende Rezension an den 'aktuellen Stand' anzupassen.",
         mk("Kraftwerk Tools <service@kraftwerk-tools.de>", b["bohrer"], f"Ihr Bohrschrauber - Bestellung {o['bohrer']}",
            "Sat, 13 Jun 2026 09:00:00 +0200", "<kt-rez-8837105@kraftwerk-tools.de>", text=t + "\n"),
         tolerated=["review.incentive"])

    t = f"""Hallo,

leider ist das Holzpuzzle "Alpenpanorama" (Bestellung {o['puzzle']}) ausverkauft, der Verlag druckt es nicht mehr nach.

Wir bitten Sie daher, die Bestellung in Ihrem Amazon-Konto unter "Meine Bestellungen" > "Artikel stornieren" selbst zu stornieren. So geht es am schnellsten und es entstehen Ihnen keine Kosten.

Entschuldigen Sie bitte die Umstände.
Puzzlewelt Hoffmann"""
    case("puzzle-selbst-stornieren", "reject", ["order-problem.cancellation-request", "order-problem.no-adjustment"], ["type.marketing"],
         "Ausverkauft: Die Käuferin soll selbst stornieren, eine Erstattung wird nicht bestätigt.",
         mk("Puzzlewelt Hoffmann <shop@puzzlewelt-hoffmann.de>", b["puzzle"], f"Ihre Bestellung {o['puzzle']}",
            "Sun, 14 Jun 2026 10:00:00 +0200", "<ph-oos-6602819@puzzlewelt-hoffmann.de>", text=t + "\n"))

    t = f"""Guten Tag,

damit Ihr Damast-Kochmesser (Bestellung {o['messer']}) lange so scharf bleibt wie am ersten Tag, hier drei Pflegetipps:

1. Nach dem Schneiden von Hand spülen und sofort abtrocknen.
2. Nicht auf Glas- oder Steinbrettern schneiden.
3. Alle paar Monate nachschärfen.

Für Punkt 3 empfehlen wir unseren passenden Kombi-Schleifstein 1000/6000 - mit dem Code SCHARF10 bekommen Sie ihn diese Woche 10 % günstiger in unserem Amazon-Shop.

Gutes Gelingen in der Küche!
Klingenhaus Solingen"""
    case("messer-pflegetipp-schleifstein", "quarantine", ["type.marketing"], ["review.incentive"],
         "Pflegehinweise als Aufhänger, um einen Schleifstein mit Rabattcode zu verkaufen.",
         mk("Klingenhaus Solingen <pflege@klingenhaus.de>", b["messer"], f"Pflegetipps für Ihr Messer ({o['messer']})",
            "Wed, 10 Jun 2026 16:00:00 +0200", "<ks-pflege-1148862@klingenhaus.de>", text=t + "\n"))

    h = f"""<p>Hallo,</p>
<p>zu Ihrem Funk-Grillthermometer (Bestellung {o['thermometer']}): Falls der zweite Fühler "LLL" anzeigt, steckt der Stecker meist nicht ganz in der Buchse. Bitte drücken Sie ihn fest hinein, bis er hörbar einrastet.</p>
<p>Die Anleitung mit Bildern finden Sie <a href="https://www.amazon.de/dp/B0CGT2F7Q9">hier</a>.</p>
<p>Zeigt der Fühler danach eine Temperatur an?</p>
<p><font color="#6b6b6b">Glutmeister Grillzubehör<br>Kundenservice</font></p>"""
    case("thermometer-hier-und-font", "reject", ["style.link-text", "style.font-override"], ["link.external", "type.marketing"],
         "Link-Text 'hier' und eine graue <font color> Signatur.",
         mk("Glutmeister <service@glutmeister.de>", b["thermometer"], f"Zweiter Fühler zeigt LLL - Bestellung {o['thermometer']}",
            "Thu, 11 Jun 2026 09:00:00 +0200", "<gm-lll-9935021@glutmeister.de>", html=page(h, "de")))


# --------------------------------------------------------------------------------------------
# French
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = OID, BUYER

    q = """Bonjour,
J'ai renvoyé le tapis il y a dix jours (il ne convenait pas à la pièce).
Le suivi indique qu'il vous a été livré mardi. Quand serai-je remboursée ?
Cordialement, Mme Lefèvre"""
    h = f"""<p>Bonjour Madame Lefèvre,</p>
<p>Merci pour votre message. Nous avons bien reçu le tapis berbère mardi après-midi ; il est en parfait état.</p>
<p>Le remboursement intégral de 289,00 &euro; pour la commande {o['tapis']} a été effectué ce matin via Amazon. Selon votre banque, il apparaît sur votre relevé sous 3 à 5 jours ouvrés.</p>
<p>Nous sommes désolés que le tapis n'ait pas convenu à votre pièce.</p>
<p>Bien cordialement,<br>Yasmine<br>Atelier Tissage du Sud</p>"""
    case("tapis-remboursement-reponse", "relay", [],
         ["type.order-confirmation", "type.thank-you-only", "return.unnecessary", "content.email-address"],
         "Réponse à la question de la cliente sur son remboursement : la confirmer est une réponse, pas une notification proactive.",
         mk("Atelier Tissage du Sud <contact@tissagedusud.fr>", b["tapis"], f"RE: Remboursement commande {o['tapis']}",
            "Fri, 12 Jun 2026 10:30:00 +0200", "<hd-7718.reponse@tissagedusud.fr>",
            headers=reply_headers("0102018f.tapis.q1"),
            html=desk(h, "fr", q, f"Le 11 juin 2026 à 20:14, {b['tapis']} a écrit :")))

    pdf = make_pdf("Bon a graver - commande " + o["bracelet"], [
        "Bon a graver - Bracelet jonc argent 925",
        f"Commande Amazon {o['bracelet']}",
        "Face exterieure : Lea & Tom - 14.02.2026",
        "Police : Didot italique, hauteur 2,2 mm",
        "Face interieure : (vide)",
    ])
    t = f"""Bonjour,

Nous préparons la gravure de votre bracelet jonc (commande {o['bracelet']}).

Vous trouverez en pièce jointe le bon à graver. Pouvez-vous nous confirmer que le texte « Léa & Tom - 14.02.2026 » est correct, avec cette orthographe et ces accents ? Nous lancerons la gravure dès votre accord ; une gravure ne peut plus être corrigée ensuite.

Merci d'avance,
Camille
Bijoux Camille Orfèvre"""
    case("bracelet-bon-a-graver", "relay", [],
         ["attachment.not-allowed", "type.order-confirmation", "type.thank-you-only"],
         "Vérification d'une personnalisation avec le bon à graver en PDF joint, un cas prévu par les règles.",
         mk("Bijoux Camille Orfèvre <atelier@camille-orfevre.fr>", b["bracelet"], f"Votre gravure à valider - commande {o['bracelet']}",
            "Thu, 11 Jun 2026 15:00:00 +0200", "<co-bat-9902457@camille-orfevre.fr>", text=t + "\n",
            attach=[(pdf, "application", "pdf", "bon-a-graver.pdf")]))

    t = f"""Bonjour,

Nous sommes au regret de vous informer que nous ne pourrons pas expédier votre Théière en fonte 1,2 L (commande {o['theiere']}) : le dernier exemplaire en stock présentait une fissure au contrôle qualité.

Le montant total de votre commande a été remboursé aujourd'hui via Amazon, avec le motif « rupture de stock ». Vous n'avez aucune démarche à effectuer.

Toutes nos excuses pour ce contretemps.
La Maison du Thé Noir"""
    case("theiere-rupture-remboursee", "relay", [],
         ["order-problem.cancellation-request", "order-problem.no-adjustment", "type.order-confirmation"],
         "Impossible d'expédier : le message confirme le remboursement total et le motif.",
         mk("La Maison du Thé Noir <commandes@maisonduthenoir.fr>", b["theiere"], f"Problème avec votre commande {o['theiere']}",
            "Sat, 13 Jun 2026 11:00:00 +0200", "<mtn-rupt-6671302@maisonduthenoir.fr>", text=t + "\n"))

    h = f"""<p>Bonjour,</p>
<p>Votre sac à dos en toile cirée (commande {o['sac']}) vous accompagne depuis une semaine.</p>
<p>Si vous avez un moment, votre avis sur Amazon nous intéresse, qu'il soit élogieux ou sévère : c'est ce qui aide les autres acheteurs à se décider.</p>
<p><a href="https://www.amazon.com.be/review/create-review?asin=B0CSAC20KK">Donner votre avis sur le sac à dos sur Amazon</a></p>
<p>Bonne journée,<br>Toiles de Flandre</p>"""
    case("sac-avis-neutre-belgique", "relay", [],
         ["review.incentive", "review.conditional", "link.external", "style.link-text", "language.mismatch"],
         "Demande d'avis neutre ('élogieux ou sévère') pour amazon.com.be en français, lien https Amazon explicite.",
         mk("Toiles de Flandre <avis@toilesdeflandre.be>", b["sac"], f"Votre avis sur le sac à dos ? (commande {o['sac']})",
            "Mon, 15 Jun 2026 09:00:00 +0200", f"<tf.{o['sac']}.avis@toilesdeflandre.be>", html=tool(h, "fr", "Votre avis")))

    # -- violations
    t = wrap(f"""Bonjour,

Nous espérons que votre bouilloire col de cygne (commande {o['bouilloire']}) vous donne entière satisfaction.

Si c'est le cas, quelques mots sur Amazon nous aideraient énormément à nous faire connaître. Dans le cas contraire, écrivez-nous d'abord : nous trouverons une solution avant que vous ne laissiez un commentaire.

Belle journée,
Sébastien
Kettle & Co France""", 70)
    case("bouilloire-si-satisfait", "reject", ["review.conditional"], ["review.removal-request"],
         "Avis demandé seulement en cas de satisfaction ; sinon contacter le vendeur 'avant de laisser un commentaire'.",
         mk("Kettle & Co France <bonjour@kettleandco.fr>", b["bouilloire"], f"Tout va bien avec votre bouilloire ? ({o['bouilloire']})",
            "Wed, 10 Jun 2026 10:00:00 +0200", "<kc-avis-2285517@kettleandco.fr>", text=t + "\n"),
         tolerated=["review.incentive"])

    t = f"""Bonjour !

Merci d'avoir choisi notre casque à réduction de bruit (commande {o['casque']}).

Petite marque indépendante, nous vivons grâce aux avis. Une évaluation cinq étoiles sur Amazon ferait vraiment toute la différence pour notre équipe de quatre personnes - et si quelque chose vous empêche de nous les donner, dites-le-nous.

Bonne écoute,
Sonora Audio"""
    case("casque-cinq-etoiles", "reject", ["review.incentive"], ["review.removal-request"],
         "Pousse vers une évaluation 'cinq étoiles' ; l'incise finale est aussi une forme de filtrage.",
         mk("Sonora Audio <equipe@sonora-audio.fr>", b["casque"], f"Un petit service ? Commande {o['casque']}",
            "Tue, 09 Jun 2026 17:00:00 +0200", "<so-5et-7740129@sonora-audio.fr>", text=t + "\n"),
         tolerated=["review.conditional"])

    t = f"""Chère cliente, cher client,

Toute l'équipe de Lumière de Provence tient à vous remercier chaleureusement pour votre commande {o['bougie']}.

C'est toujours un plaisir de préparer nos bougies pour vous. N'hésitez surtout pas à revenir vers nous si vous avez la moindre question.

Bien à vous,
Lumière de Provence"""
    case("bougie-merci-chaleureux", "quarantine", ["type.thank-you-only"], ["type.marketing"],
         "Uniquement des remerciements et une offre d'aide.",
         mk("Lumière de Provence <bonjour@lumieredeprovence.fr>", b["bougie"], f"Merci ! Commande {o['bougie']}",
            "Thu, 11 Jun 2026 08:30:00 +0200", "<lp-merci-1127904@lumieredeprovence.fr>", text=t + "\n"),
         tolerated=["type.order-confirmation"])

    t = f"""Bonjour,

Pour fixer votre applique murale en laiton (commande {o['applique']}), il vous faut la notice de montage avec le schéma de câblage, qui a été oubliée dans certains colis.

Vous pouvez la télécharger ici : https://notices.laiton-atelier.fr/applique-AL20/notice.pdf

Pouvez-vous nous dire si la plaque de fixation était bien dans le carton ?

Cordialement,
Laiton Atelier"""
    case("applique-notice-site", "reject", ["link.external"], ["link.insecure", "style.link-text"],
         "Lien https vers le site du vendeur (hors Amazon, non autorisé) dans un message texte.",
         mk("Laiton Atelier <sav@laiton-atelier.fr>", b["applique"], f"Notice de montage - commande {o['applique']}",
            "Mon, 08 Jun 2026 14:00:00 +0200", "<la-notice-5563018@laiton-atelier.fr>", text=t + "\n"))

    q = """La chaise grince dès que je m'assois, c'est insupportable. Et le livreur
l'a laissée devant la porte sous la pluie."""
    t = f"""Bonjour,

Désolé pour tout ça. Franchement ce transporteur est une bande de connards, ce n'est pas la première fois qu'ils nous font le coup.

Pour le grincement de la chaise (commande {o['chaise']}) : resserrez les quatre vis sous l'assise avec la clé Allen fournie, puis mettez une goutte d'huile sur le piston. Le bruit vient-il de l'assise ou du dossier ?

Thierry
Ergosiège

Le 8 juin 2026 à 21:40, {b['chaise']} a écrit :
{quote(q)}
"""
    case("chaise-transporteur-insulte", "quarantine", ["content.sensitive"], ["content.email-address"],
         "Réponse qui insulte le transporteur ('bande de connards').",
         mk("Ergosiège <thierry@ergosiege.fr>", b["chaise"], "RE: chaise qui grince",
            "Tue, 09 Jun 2026 09:15:00 +0200", "<CAF8ch_ES21@mail.gmail.com>",
            headers=reply_headers("0102018f.chaise.q1"), text=t))


# --------------------------------------------------------------------------------------------
# Spanish
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = OID, BUYER

    q = """Hola, ¿tenéis algún descuento si compro otros dos pares para mis hijos?
¿Y las almohadillas se pueden cambiar? Gracias. Álvaro"""
    t = f"""Hola Álvaro:

Gracias por escribirnos.

Sobre el descuento: no ofrecemos descuentos por cantidad ni códigos, así que el precio de otros pares es el que aparece en la ficha de Amazon. Sentimos no poder ayudarle en eso.

Las almohadillas sí se pueden cambiar: en la caja van tres tamaños (S, M y L) y vienen montadas las M. Basta con tirar suavemente de la almohadilla y encajar la nueva girándola un poco.

¿Le quedan bien las M o prefiere que le enviemos un juego extra de tallas para el pedido {o['auriculares']}?

Un saludo,
Nerea
SportSound España

El sáb, 13 jun 2026 a las 19:05, {b['auriculares']} escribió:
{quote(q)}
"""
    case("auriculares-pregunta-descuento", "relay", [],
         ["type.marketing", "review.incentive", "content.email-address"],
         "Respuesta a la pregunta del comprador sobre un descuento: no lo hay; después, soporte del producto.",
         mk("SportSound España <ayuda@sportsound.es>", b["auriculares"], "Re: descuento y almohadillas",
            "Sun, 14 Jun 2026 10:20:00 +0200", "<CAE2as_SS41@mail.gmail.com>",
            headers=reply_headers("0102018f.auriculares.q1"), text=t))

    t = f"""Hola:

Su sofá cama (pedido {o['sofa']}) ya está en el almacén de la agencia de transporte en Madrid. Al ser un artículo voluminoso, la entrega se hace con cita previa y dos operarios lo suben hasta la vivienda.

¿Qué día le viene mejor: miércoles 17, jueves 18 o viernes 19 de junio, por la mañana o por la tarde? Si tiene cualquier duda sobre la cita, puede llamar directamente a la agencia de transporte TransVoluminosos al 912 345 678.

Saludos cordiales,
Descanso Hogar"""
    case("sofa-cita-entrega", "relay", [],
         ["content.phone-number", "type.order-confirmation", "order-problem.no-adjustment"],
         "Cita de entrega de un artículo voluminoso; el teléfono es el de la agencia de transporte, nombrada en la misma frase.",
         mk("Descanso Hogar <entregas@descansohogar.es>", b["sofa"], f"Cita para la entrega de su sofá - pedido {o['sofa']}",
            "Sun, 14 Jun 2026 09:00:00 +0200", "<dh-cita-9917346@descansohogar.es>", text=t + "\n"))

    h = f"""<p>Hola:</p>
<p>Esperamos que la mochila de senderismo (pedido {o['mochila']}) ya haya visto algo de monte.</p>
<p>Cuando tenga un momento, nos ayudaría mucho que contara su experiencia en una reseña en Amazon, sea buena o no tanto. Las opiniones sinceras son las que sirven a otros excursionistas.</p>
<p><a href="https://www.amazon.es/review/create-review?asin=B0CMOCH35L">Escribir una reseña de la mochila en Amazon</a></p>
<p>Un saludo,<br>Cumbre Outdoor</p>"""
    case("mochila-resena-neutra", "relay", [],
         ["review.incentive", "review.conditional", "link.external", "style.link-text"],
         "Una única solicitud de reseña neutra ('sea buena o no tanto') con enlace https a Amazon.",
         mk("Cumbre Outdoor <opiniones@cumbreoutdoor.es>", b["mochila"], f"¿Qué tal su mochila? Pedido {o['mochila']}",
            "Thu, 11 Jun 2026 12:00:00 +0200", f"<co.{o['mochila']}.resena@cumbreoutdoor.es>", html=tool(h, "es", "Reseña")))

    # -- violations
    t = f"""¡Hola!

Gracias por su compra de la tostadora (pedido {o['tostadora']}).

Tenemos un detalle para usted: a quien nos cuente su experiencia en Amazon le regalamos una funda antipolvo a juego. Solo tiene que respondernos con el nombre que aparece en su opinión y se la mandamos sin coste.

¡Que disfrute de sus tostadas!
Desayunos Lumbre"""
    case("tostadora-funda-regalo", "reject", ["review.incentive"], ["review.conditional"],
         "Regalo (funda antipolvo) a cambio de publicar una opinión.",
         mk("Desayunos Lumbre <hola@desayunoslumbre.es>", b["tostadora"], f"Un detalle para usted - pedido {o['tostadora']}",
            "Mon, 08 Jun 2026 11:00:00 +0200", "<dl-funda-1172098@desayunoslumbre.es>", text=t + "\n"),
         tolerated=["type.marketing"])

    t = f"""Estimado cliente:

Le escribimos en relación con su pedido {o['freidora']} (freidora de aire de 5,5 L). Nos consta que la pantalla táctil sustituta le llegó el pasado martes y que la freidora ya funciona con normalidad.

Dado que el problema quedó resuelto, le agradeceríamos mucho que la valoración de una estrella publicada antes del cambio fuera retirada o, al menos, actualizada.

Atentamente,
Departamento de Atención al Cliente
Cocina Aire Plus"""
    case("freidora-valoracion-retirada", "reject", ["review.removal-request"], ["review.conditional"],
         "Petición en pasiva de que la valoración de una estrella 'fuera retirada o actualizada'.",
         mk("Cocina Aire Plus <clientes@cocinaaireplus.es>", b["freidora"], f"Su pedido {o['freidora']}",
            "Fri, 12 Jun 2026 13:00:00 +0200", "<cap-val-5507742@cocinaaireplus.es>", text=t + "\n"),
         tolerated=["review.incentive"])

    t = f"""Hola:

Hemos visto que ha solicitado la devolución del patinete eléctrico (pedido {o['patinete']}).

Queremos recordarle que el patinete funciona perfectamente si se carga 8 horas antes del primer uso, tal y como indica el manual. La mayoría de las devoluciones que recibimos son de patinetes sin ningún defecto, y cada una supone un coste enorme para una tienda pequeña como la nuestra. Le pedimos que lo reconsidere antes de enviarlo.

Un saludo,
Movilidad Urbana Ruiz"""
    case("patinete-reconsidere", "quarantine", ["return.unnecessary"], ["review.incentive"],
         "Mensaje sobre una devolución que solo intenta disuadir al comprador; no pide datos ni ofrece reembolso parcial.",
         mk("Movilidad Urbana Ruiz <soporte@movilidadruiz.es>", b["patinete"], f"Su devolución - pedido {o['patinete']}",
            "Sat, 06 Jun 2026 10:00:00 +0200", "<mur-dev-8820416@movilidadruiz.es>", text=t + "\n"))

    t = f"""Hola,

para tramitar la garantía del colchón (pedido {o['colchon']}) necesitamos verificar su identidad. Por favor, envíenos una foto de su DNI por ambas caras y su número de teléfono móvil a garantias@suenoviscolab.es, indicando el número de pedido en el asunto.

Gracias,
Sueño Viscolab"""
    case("colchon-dni-correo", "reject", ["content.email-address"], ["content.phone-number", "link.external"],
         "Pide datos personales (DNI, móvil) y los desvía a una dirección de correo del vendedor fuera de Amazon.",
         mk("Sueño Viscolab <garantias@suenoviscolab.es>", b["colchon"], f"Garantía de su colchón - pedido {o['colchon']}",
            "Sun, 14 Jun 2026 08:00:00 +0200", "<sv-gar-2239817@suenoviscolab.es>", text=t + "\n"))

    h = f"""<center>
<p>¡Hola! &#x1F44B;</p>
<p>Para sincronizar su reloj inteligente (pedido {o['reloj']}) con el celular, active el Bluetooth, abra la app de salud y mantenga presionado el botón lateral 5 segundos hasta que vibre.</p>
<p>¿Pudo vincularlo sin problemas?</p>
<p>Equipo Pulso MX</p>
</center>"""
    case("reloj-centrado-emoji", "reject", ["style.alignment", "style.emoji"], ["type.thank-you-only"],
         "Cuerpo HTML dentro de <center> y un emoji (mano saludando).",
         mk("Pulso MX <soporte@pulsomx.com.mx>", b["reloj"], f"Cómo vincular su reloj - pedido {o['reloj']}",
            "Tue, 09 Jun 2026 10:00:00 -0600", "<pmx-sync-6643910@pulsomx.com.mx>", html=page(h, "es")))


# --------------------------------------------------------------------------------------------
# Italian
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = OID, BUYER

    pdf = make_pdf("Fattura 2026-0612", [
        "Fattura n. 2026-0612 del 12/06/2026",
        f"Ordine Amazon {o['lampada']}",
        "Lampada da terra ad arco, nero opaco - 1 pz",
        "Imponibile EUR 114,75  IVA 22% EUR 25,25  Totale EUR 140,00",
        "Luce Forma S.r.l. - P.IVA IT01234567890",
    ])
    t = f"""Gentile cliente,

in allegato trova la fattura n. 2026-0612 relativa al Suo ordine {o['lampada']} (Lampada da terra ad arco).

La fattura è intestata come indicato nei dati di fatturazione di Amazon. Se ha bisogno che venga intestata a una società, ci comunichi ragione sociale e partita IVA e la riemetteremo.

Cordiali saluti
Luce Forma S.r.l.
P.IVA IT01234567890"""
    case("lampada-fattura-allegata", "relay", [],
         ["attachment.not-allowed", "type.order-confirmation", "content.phone-number", "type.thank-you-only"],
         "Invio della fattura in PDF, un messaggio proattivo consentito; la partita IVA non è un numero di telefono.",
         mk("Luce Forma <amministrazione@luceforma.it>", b["lampada"], f"Fattura per l'ordine {o['lampada']}",
            "Fri, 12 Jun 2026 09:00:00 +0200", "<lf-fatt-9913307@luceforma.it>", text=t + "\n",
            attach=[(pdf, "application", "pdf", "fattura-2026-0612.pdf")]))

    q = """Buongiorno, le scarpe mi stanno strette, la 43 è piccola. Posso ancora
restituirle? Come devo fare? Grazie, Luca"""
    h = f"""<p>Buongiorno Luca,</p>
<p>certo, può ancora restituirle: il reso è gratuito entro 30 giorni dalla consegna.</p>
<p>Lo apra dal <a href="https://www.amazon.it/gp/css/order-history">Suo elenco ordini su Amazon</a>, scegliendo il motivo &laquo;taglia troppo piccola&raquo; per l'ordine {o['scarpe']}. Riceverà subito l'etichetta di reso.</p>
<p>Le consigliamo la 44: questo modello veste circa mezza taglia più piccolo.</p>
<p>Cordiali saluti,<br>Giulia<br>Passo Veloce</p>"""
    case("scarpe-reso-risposta", "relay", [],
         ["return.unnecessary", "link.external", "style.link-text", "type.marketing", "content.email-address"],
         "Risposta alla domanda del cliente sul reso, con un link https ad Amazon e testo descrittivo; il consiglio sulla taglia non è marketing.",
         mk("Passo Veloce <assistenza@passoveloce.it>", b["scarpe"], f"Re: Reso scarpe - ordine {o['scarpe']}",
            "Wed, 10 Jun 2026 11:00:00 +0200", "<hd-3310.risposta@passoveloce.it>",
            headers=reply_headers("0102018f.scarpe.q1"),
            html=desk(h, "it", q, f"Il giorno 9 giu 2026, alle ore 22:03, {b['scarpe']} ha scritto:")))

    t = f"""Buongiorno,

stiamo per preparare il Suo bracciale in argento (ordine {o['bracciale']}), ma nel campo della personalizzazione è arrivato solo il testo «Per sempre» senza la data che aveva indicato nella nota.

Ci conferma se desidera incidere anche la data, e in quale formato (per esempio 20.06.2026 oppure 20 giugno 2026)? Senza la Sua conferma non possiamo procedere con l'incisione.

Grazie e buona giornata,
Argenteria Bellini"""
    case("bracciale-conferma-incisione", "relay", [],
         ["type.order-confirmation", "content.phone-number", "order-problem.no-adjustment"],
         "Richiesta di informazioni necessarie per completare un ordine personalizzato; le date non sono telefoni.",
         mk("Argenteria Bellini <laboratorio@argenteriabellini.it>", b["bracciale"], f"Incisione del bracciale - ordine {o['bracciale']}",
            "Sun, 14 Jun 2026 09:30:00 +0200", "<ab-inc-1190378@argenteriabellini.it>", text=t + "\n"))

    # -- violations
    t = f"""Ciao!

Grazie per aver scelto il nostro tostapane retrò (ordine {o['tostapane']}).

Abbiamo pensato a un piccolo regalo: a chi ci lascia una recensione su Amazon riserviamo uno sconto del 15% sul prossimo acquisto. Basta rispondere a questa mail con uno screenshot della recensione pubblicata e Le invieremo il codice.

A presto,
Colazione Italiana"""
    case("tostapane-sconto-recensione", "reject", ["review.incentive"], ["review.conditional"],
         "Sconto del 15% sul prossimo acquisto in cambio di una recensione (screenshot come prova).",
         mk("Colazione Italiana <ciao@colazioneitaliana.it>", b["tostapane"], f"Un regalo per Lei - ordine {o['tostapane']}",
            "Mon, 08 Jun 2026 10:00:00 +0200", "<ci-sconto-6654021@colazioneitaliana.it>", text=t + "\n"),
         tolerated=["type.marketing"])

    h = f"""<p>Buongiorno!</p>
<p>Come va con la Sua moka (ordine {o['moka']})?</p>
<p><b>Tutto perfetto?</b> Allora ci regali 5 stelle su Amazon, per noi valgono oro!</p>
<p><b>Qualcosa non va?</b> Ci scriva prima di recensire: rispondiamo entro un giorno.</p>
<p>Un caro saluto,<br>Caffè di Casa</p>"""
    case("moka-cinque-stelle-filtro", "reject", ["review.conditional", "review.incentive"], ["link.external"],
         "Filtro sulle recensioni in forma di domanda e invito esplicito alle '5 stelle'.",
         mk("Caffè di Casa <info@caffedicasa.it>", b["moka"], f"Come va la moka? Ordine {o['moka']}",
            "Tue, 09 Jun 2026 08:00:00 +0200", "<cdc-moka-2201936@caffedicasa.it>", html=tool(h, "it", "Come va?")))

    t = f"""Gentile cliente,

La informiamo che il Suo ordine {o['piumino']} (Piumino matrimoniale 4 stagioni) è stato preso in carico dal nostro magazzino, imballato e affidato al corriere BRT.

Numero di spedizione: 0614 2026 88310 57
Consegna prevista: martedì 16 giugno

Cordiali saluti
Tessiture Valsesia"""
    case("piumino-preso-in-carico", "quarantine", ["type.order-confirmation"], ["content.phone-number", "order-problem.no-adjustment"],
         "Conferma di spedizione proattiva con numero di spedizione, che Amazon invia già; il numero non è un telefono.",
         mk("Tessiture Valsesia <spedizioni@tessiturevalsesia.it>", b["piumino"], f"Ordine {o['piumino']} spedito",
            "Sat, 13 Jun 2026 16:00:00 +0200", "<tv-sped-8836015@tessiturevalsesia.it>", text=t + "\n"),
         tolerated=["type.thank-you-only"])

    t = f"""Buongiorno,

il Suo vaso in ceramica (ordine {o['vaso']}) è smaltato a mano: per pulirlo basta un panno umido, senza detergenti abrasivi. Se lo usa per fiori freschi, cambi l'acqua ogni due giorni.

Ogni settimana pubblichiamo idee di composizione floreale e le nuove collezioni in anteprima: ci segua su Instagram come @ceramiche.aurora e non perda le novità!

Un saluto,
Ceramiche Aurora"""
    case("vaso-seguici-instagram", "quarantine", ["type.marketing"], ["content.email-address", "link.external"],
         "Consigli di cura seguiti da un invito a seguire il profilo Instagram per novità e collezioni.",
         mk("Ceramiche Aurora <bottega@ceramicheaurora.it>", b["vaso"], f"Cura del Suo vaso - ordine {o['vaso']}",
            "Thu, 11 Jun 2026 12:00:00 +0200", "<ca-cura-4470129@ceramicheaurora.it>", text=t + "\n"))

    t = f"""Salve,

per la friggitrice ad aria (ordine {o['friggitrice']}) il cestello di ricambio che ci ha chiesto è disponibile gratuitamente. Lo può vedere qui su Amazon prima di confermare il modello: http://www.amazon.it/dp/B0CFRG4LXB

È questo il cestello giusto (4 litri, con finestra)?

Saluti,
Cucina Smart"""
    case("friggitrice-link-http-amazon", "reject", ["link.insecure"], ["link.external", "type.marketing"],
         "Un link ad Amazon, ma in http:// invece di https.",
         mk("Cucina Smart <ricambi@cucinasmart.it>", b["friggitrice"], f"Cestello di ricambio - ordine {o['friggitrice']}",
            "Wed, 10 Jun 2026 15:00:00 +0200", "<cs-cest-3397460@cucinasmart.it>", text=t + "\n"))


# --------------------------------------------------------------------------------------------
# Japanese
# --------------------------------------------------------------------------------------------

JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
B64 = {"cte": "base64"}


def cases_ja() -> None:
    o, b = OID, BUYER

    t = f"""お客様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
先日は真空断熱タンブラー（ご注文番号 {o['tumbler']}）をお買い求めいただき、誠にありがとうございました。

お手元に届いてから一週間ほど経ちましたので、ご使用のご感想をAmazonの商品レビューにお寄せいただけましたら幸いに存じます。良い点もご不満な点も、率直なご意見が今後ご購入を検討される皆様の参考になります。

レビューの投稿は、Amazonの注文履歴から行っていただけます。
https://www.amazon.co.jp/gp/css/order-history

今後とも何卒よろしくお願い申し上げます。

株式会社サーモライフ
カスタマーサポート"""
    case("tumbler-review-keigo-jis", "relay", [],
         ["review.incentive", "review.conditional", "review.repeat", "link.external", "type.thank-you-only"],
         "最敬語での中立的なレビュー依頼（良い点も不満な点も）一回のみ、ISO-2022-JP、Amazonのhttpsリンク。",
         mk("サーモライフ <support@thermolife.co.jp>", b["tumbler"], f"タンブラーのご感想のお願い（ご注文番号 {o['tumbler']}）",
            "Fri, 12 Jun 2026 10:00:00 +0900", "<tl-review-3381046@thermolife.co.jp>", text=t + "\n", **JIS))

    q = """お米おいしかったです。次は10kgで買いたいのですが、まとめ買いの割引とかありますか？
あと保存方法も教えてください。"""
    t = f"""お問い合わせありがとうございます。新潟米の田村農園です。

お米を気に入っていただけて、とてもうれしいです。

まとめ買いの割引ですが、申し訳ありません、現在は行っておりません。10kgの場合も、Amazonの商品ページに表示されている価格でのご提供となります。

保存方法は、密閉できる容器に移して、冷蔵庫の野菜室で保存していただくのがおすすめです。常温の場合は、直射日光の当たらない涼しい場所で、1か月程度で食べきっていただくとおいしくお召し上がりいただけます。

ご注文番号 {o['kome']} のお米は、まだ袋のままでしょうか？

田村農園

2026年6月13日(土) 20:31 {b['kome']}:
{quote(q)}
"""
    case("kome-matomegai-shitsumon", "relay", [],
         ["type.marketing", "review.incentive", "content.email-address"],
         "まとめ買い割引についての購入者の質問への返信。割引はないと答えているだけで販促ではない。",
         mk("田村農園 <info@tamura-nouen.jp>", b["kome"], "Re: まとめ買いについて",
            "Sun, 14 Jun 2026 08:00:00 +0900", "<tn-re-6610294@tamura-nouen.jp>",
            headers=reply_headers("0106019d.kome.q1"), text=t, **B64))

    t = f"""お客様

このたびは伊賀焼 土鍋 8号（ご注文番号 {o['donabe']}）をご注文いただき、ありがとうございます。

大変申し訳ございませんが、窯元での焼成不良により在庫品に割れが見つかり、商品をお届けすることができなくなりました。
ご注文金額の全額を、在庫切れを理由としてAmazonを通じて本日返金いたしました。お客様のお手続きは必要ございません。

ご迷惑をおかけしましたことを、心よりお詫び申し上げます。

陶器のやまと屋"""
    case("donabe-zaiko-gire-henkin", "relay", [],
         ["order-problem.cancellation-request", "order-problem.no-adjustment", "type.order-confirmation"],
         "出荷不能の連絡で、全額返金済みと理由（在庫切れ）を明記している。",
         mk("陶器のやまと屋 <shop@yamatoya-touki.jp>", b["donabe"], f"ご注文の商品について（ご注文番号 {o['donabe']}）",
            "Sat, 13 Jun 2026 15:00:00 +0900", "<yt-oos-2278104@yamatoya-touki.jp>", text=t + "\n", **JIS))

    t = f"""お客様

ヘアドライヤー（ご注文番号 {o['dryer']}）の返品リクエストを承りました。

返品の手続きを進めるにあたり、一点確認させてください。
本体と一緒に付属のセットノズルとディフューザーもご返送いただけますでしょうか。付属品が揃っていない場合、メーカーへの返送ができないため、念のため確認しております。

お手数ですが、ご返信をお願いいたします。

ビューティーツールズ 返品係"""
    case("dryer-henpin-kakunin", "relay", [],
         ["return.unnecessary", "type.thank-you-only"],
         "返品の完了に必要な情報（付属品の有無）を尋ねる返品関連メッセージ。",
         mk("ビューティーツールズ <henpin@beautytools.jp>", b["dryer"], f"返品について確認のお願い（{o['dryer']}）",
            "Wed, 10 Jun 2026 11:00:00 +0900", "<bt-ret-9902731@beautytools.jp>", text=t + "\n", **B64))

    t = f"""お客様

マッサージチェア（ご注文番号 {o['massage']}）の保証についてご案内いたします。

本製品のメーカー保証（1年間）を受けるには、お届けから30日以内に製造番号の登録が必要です。製造番号は座面の裏側のシールに「MC-」から始まる番号で記載されています。

製造番号をこのメッセージにご返信いただければ、当店で登録を代行いたします。
ご自身で登録される場合は、メーカー保証受付窓口（0120-555-248、平日9時から17時）までお電話ください。

リラクゼーション館"""
    case("massage-hosho-toroku", "relay", [],
         ["content.phone-number", "type.marketing", "type.thank-you-only"],
         "保証登録に必要な製造番号を尋ねる連絡。電話番号はメーカー保証窓口のもので、同じ行に「保証」とある。",
         mk("リラクゼーション館 <care@relaxkan.jp>", b["massage"], f"メーカー保証のご登録について（{o['massage']}）",
            "Tue, 09 Jun 2026 14:00:00 +0900", "<rk-warr-1147608@relaxkan.jp>", text=t + "\n", **B64))

    # -- violations
    t = f"""こんにちは！SoundBloomです。

イヤホン（注文番号 {o['earbuds']}）、使い心地はいかがですか？

ただいまキャンペーン中で、Amazonにレビューを書いてくださった方全員に、次回使える500円分のAmazonギフトカードをプレゼントしています。
レビュー投稿後、このメッセージにレビューのスクリーンショットを送ってくださいね。

SoundBloom サポートチーム"""
    case("earbuds-gift-card-review", "reject", ["review.incentive"], ["review.conditional"],
         "レビュー投稿の見返りに500円分のギフトカード。",
         mk("SoundBloom <hello@soundbloom.jp>", b["earbuds"], f"レビューキャンペーンのお知らせ（{o['earbuds']}）",
            "Mon, 08 Jun 2026 18:00:00 +0900", "<sb-camp-8805237@soundbloom.jp>", text=t + "\n", **B64),
         tolerated=["type.marketing"])

    t = f"""お客様

いつもご利用いただき、誠にありがとうございます。
先日は軽量リュック（ご注文番号 {o['randoseru']}）のファスナー不良により、ご不便をおかけいたしました。交換品は6月10日にお届け済みとなっております。

大変恐縮ではございますが、交換前にご投稿いただいた星1つのご評価につきまして、現在の状況を踏まえて改めてご検討いただけますと幸いでございます。

何卒よろしくお願い申し上げます。

バッグ工房ナカムラ"""
    case("randoseru-hyouka-saikentou", "reject", ["review.removal-request"], ["review.conditional"],
         "既存の星1つの評価を「改めてご検討いただけますと」という婉曲な表現で見直すよう依頼。",
         mk("バッグ工房ナカムラ <info@bag-nakamura.jp>", b["randoseru"], f"交換品について（ご注文番号 {o['randoseru']}）",
            "Fri, 12 Jun 2026 16:00:00 +0900", "<bn-rev-4416093@bag-nakamura.jp>", text=t + "\n", **JIS),
         tolerated=["review.incentive"])

    t = f"""お客様

常滑焼の急須（ご注文番号 {o['kyusu']}）はお使いいただけておりますでしょうか。

お気に召していただけましたら、ぜひAmazonでレビューをお寄せください。
もしご期待に沿えない点がございましたら、レビューをお書きになる前に、まずは当店までご一報いただけますと幸いです。

常滑 陶房まるや"""
    case("kyusu-manzoku-nara-review", "reject", ["review.conditional"], ["review.removal-request"],
         "満足ならレビュー、不満ならレビューの前にまず連絡という典型的なレビュー選別（ISO-2022-JP）。",
         mk("陶房まるや <maruya@tokoname-maruya.jp>", b["kyusu"], f"急須のご感想（ご注文番号 {o['kyusu']}）",
            "Sat, 13 Jun 2026 09:00:00 +0900", "<mr-kyusu-7729310@tokoname-maruya.jp>", text=t + "\n", **JIS),
         tolerated=["review.incentive"])

    t = f"""お客様

この度は数ある店舗の中から当店をお選びいただき、誠にありがとうございました。
ご注文番号 {o['taoru']} の商品が無事お手元に届きましたこと、スタッフ一同大変嬉しく存じます。

今後とも、何かお困りのことがございましたら、どうぞお気軽にお申し付けくださいませ。

泉州タオル本舗"""
    case("taoru-orei-nomi", "quarantine", ["type.thank-you-only"], ["type.marketing"],
         "お礼とお困りの際はご連絡をという内容だけの、非常に丁寧な文面（ISO-2022-JP）。",
         mk("泉州タオル本舗 <shop@senshu-towel.jp>", b["taoru"], f"お礼（ご注文番号 {o['taoru']}）",
            "Fri, 12 Jun 2026 10:00:00 +0900", "<st-orei-3318720@senshu-towel.jp>", text=t + "\n", **JIS),
         tolerated=["type.order-confirmation"])

    t = f"""お客様

スチールラック 5段（ご注文番号 {o['tana']}）をご注文いただきありがとうございます。

誠に申し訳ございませんが、メーカー欠品のため商品をご用意することができなくなりました。
つきましては、お手数ですがAmazonの注文履歴から「商品をキャンセル」を選び、お客様ご自身でキャンセル手続きをしていただけますようお願いいたします。

ご迷惑をおかけし申し訳ございません。

収納家具のスマイル"""
    case("tana-kyanseru-onegai", "reject", ["order-problem.cancellation-request", "order-problem.no-adjustment"], ["type.marketing"],
         "欠品で購入者にキャンセル手続きを依頼し、返金の確認もない。",
         mk("収納家具のスマイル <order@shuno-smile.jp>", b["tana"], f"ご注文について（ご注文番号 {o['tana']}）",
            "Sun, 14 Jun 2026 10:00:00 +0900", "<ss-cxl-5561028@shuno-smile.jp>", text=t + "\n", **B64))

    t = f"""お客様

美容液（ご注文番号 {o['keshou']}）は、朝晩2回、洗顔後に2から3滴を手のひらで温めてからお使いください。開封後は冷暗所で保管し、3か月以内に使い切るのがおすすめです。

さらに、LINE公式アカウント（@hadalab）を友だち追加していただくと、新商品の先行案内と次回使える10%OFFクーポンをお届けします。

ハダラボ化粧品"""
    case("keshou-line-coupon", "quarantine", ["type.marketing"], ["content.email-address", "review.incentive"],
         "使い方の案内に続いて、LINE友だち追加と10%OFFクーポンの案内。",
         mk("ハダラボ化粧品 <support@hadalab-cosme.jp>", b["keshou"], f"美容液のご使用方法（{o['keshou']}）",
            "Wed, 10 Jun 2026 12:00:00 +0900", "<hl-line-2230974@hadalab-cosme.jp>", text=t + "\n", **B64))

    t = f"""こんにちは、カサノワです(^^)

折りたたみ傘（注文番号 {o['kasa']}）、もう使ってみましたか？
自動開閉ボタンは、最初の数回ちょっと固めなので、しっかり奥まで押してみてください！
閉じるときは、ボタンを押したあとに中棒を押し込めばOKです。

うまく開閉できなかったら、このメッセージに返信してくださいね m(_ _)m

カサノワ"""
    case("kasa-kaomoji", "reject", ["style.emoji"], ["type.thank-you-only"],
         "くだけた文体の使い方案内に顔文字「(^^)」「m(_ _)m」が入っている（顔文字もエモティコン）。",
         mk("カサノワ <hello@kasanowa.jp>", b["kasa"], f"傘の使い方（注文番号 {o['kasa']}）",
            "Thu, 11 Jun 2026 19:00:00 +0900", "<kn-howto-9947215@kasanowa.jp>", text=t + "\n", **B64))


# --------------------------------------------------------------------------------------------
# Write and verify
# --------------------------------------------------------------------------------------------

_set_boundaries = partial(set_boundaries, prefix="seventh")


def main() -> None:
    write_orders(ROOT, ORDERS)
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja))
    labels = write_cases(ROOT, CASE_LIST, _set_boundaries, verify)
    kinds = {"relay": sum(1 for c in CASE_LIST if not c["rules"]), "violation": sum(1 for c in CASE_LIST if c["rules"])}
    print(f"{len(labels)} cases, {len(ORDERS)} orders written to {ROOT}; by language {lang_counts(CASE_LIST)}; {kinds}")


if __name__ == "__main__":
    main()
