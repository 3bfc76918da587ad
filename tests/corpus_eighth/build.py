#!/usr/bin/env python3
"""Build the eighth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_eighth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Shape of the
shared corpus: compliant near-misses first, then one focused violation per rule of RULES.md B-E, then a
few messages that break several rules. Wordings, sellers, products and layouts are new.
"""

from __future__ import annotations

import random
import sys
from functools import partial
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))
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

_rnd = random.Random(8_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "de": "30", "fr": "40", "es": "40", "it": "40", "co.jp": "25"}


def _oid(tld: str) -> str:
    p = _PREFIX[tld] + str(_rnd.randint(1, 6))
    return f"{p}-{_rnd.randint(1000000, 9999999)}-{_rnd.randint(1000000, 9999999)}"


# key, tld, language, purchased, shipped, delivered, title
_ROWS = [
    # English
    ("grinder", "com", "en", "2026-06-01T14:00:00Z", "2026-06-02T10:00:00Z", "2026-06-05T18:00:00Z", "Hand Coffee Grinder, Ceramic Burr, Walnut"),
    ("kettle", "co.uk", "en", "2026-06-04T09:00:00Z", "2026-06-05T08:00:00Z", "2026-06-08T12:00:00Z", "Stovetop Whistling Kettle 2.5 L, Matte Cream"),
    ("lamp", "com", "en", "2026-06-10T20:00:00Z", "", "", "Mid-Century Arc Floor Lamp, Brushed Brass"),
    ("router", "com", "en", "2026-05-29T16:00:00Z", "2026-05-30T09:00:00Z", "2026-06-02T15:00:00Z", "Mesh Wi-Fi 6 Router System, 3 Pack"),
    ("shelf", "co.uk", "en", "2026-06-06T10:00:00Z", "2026-06-07T08:00:00Z", "2026-06-10T13:00:00Z", "Oak Floating Shelves, Set of 2, 80 cm"),
    ("boots", "com", "en", "2026-05-10T12:00:00Z", "2026-05-12T09:00:00Z", "2026-05-16T12:00:00Z", "Waterproof Hiking Boots, Men's 10.5"),
    ("sofa", "com", "en", "2026-05-01T18:00:00Z", "2026-06-05T09:00:00Z", "2026-06-09T16:00:00Z", "Modular Sofa Corner Unit, Olive Velvet"),
    ("notebook", "co.uk", "en", "2026-06-02T11:00:00Z", "2026-06-03T08:00:00Z", "2026-06-05T12:00:00Z", "A5 Dot Grid Notebook, 3 Pack, Lay-Flat"),
    ("bike", "com", "en", "2026-06-03T15:00:00Z", "2026-06-04T10:00:00Z", "2026-06-08T17:00:00Z", "Kids Balance Bike 12 inch, Mint"),
    ("nomail", "com", "en", "2026-06-05T13:00:00Z", "2026-06-06T09:00:00Z", "2026-06-09T14:00:00Z", "Silicone Baking Mats, Set of 3"),
    ("mismatch", "com", "en", "2026-06-04T17:00:00Z", "2026-06-05T10:00:00Z", "2026-06-08T19:00:00Z", "Cordless Hair Clipper Kit, 20 Guards"),
    ("oldbag", "com", "en", "2026-05-02T10:00:00Z", "2026-05-04T09:00:00Z", "2026-05-08T16:00:00Z", "Leather Weekender Bag, Cognac"),
    ("oldrug", "co.uk", "en", "2026-05-07T10:00:00Z", "2026-05-10T08:00:00Z", "", "Washable Runner Rug 70 x 240 cm, Sage"),
    ("blinds", "com", "en", "2026-06-02T12:00:00Z", "2026-06-03T09:00:00Z", "2026-06-06T15:00:00Z", "Blackout Roller Blind 90 x 180 cm, Grey"),
    ("scale", "com", "en", "2026-06-03T09:00:00Z", "2026-06-04T09:00:00Z", "2026-06-07T14:00:00Z", "Smart Body Scale with App, Glass"),
    ("headlamp", "com", "en", "2026-06-07T08:00:00Z", "2026-06-08T09:00:00Z", "", "Rechargeable Headlamp 1200 lm"),
    ("speaker", "com", "en", "2026-06-01T19:00:00Z", "2026-06-02T09:00:00Z", "2026-06-05T13:00:00Z", "Portable Bluetooth Speaker, Waterproof, Teal"),
    ("planter", "co.uk", "en", "2026-06-05T12:00:00Z", "2026-06-06T08:00:00Z", "2026-06-09T11:00:00Z", "Self-Watering Planter 30 cm, Terracotta"),
    ("chair", "com", "en", "2026-06-02T17:00:00Z", "2026-06-03T09:00:00Z", "2026-06-06T12:00:00Z", "Ergonomic Office Chair, Mesh Back"),
    ("dripper", "co.uk", "en", "2026-06-03T08:00:00Z", "2026-06-04T08:00:00Z", "2026-06-06T12:00:00Z", "Ceramic Pour-Over Coffee Dripper, Speckled White"),
    ("bedding", "co.uk", "en", "2026-06-06T09:00:00Z", "2026-06-07T08:00:00Z", "2026-06-09T12:00:00Z", "Linen Duvet Cover Set, King, Clay"),
    ("rack", "com", "en", "2026-06-04T11:00:00Z", "2026-06-05T09:00:00Z", "2026-06-08T15:00:00Z", "Bamboo Shoe Rack, 4 Tier"),
    ("thermos", "com", "en", "2026-06-01T10:00:00Z", "2026-06-02T10:00:00Z", "2026-06-04T16:00:00Z", "Vacuum Food Jar 500 ml, Navy"),
    ("tent", "co.uk", "en", "2026-06-02T09:00:00Z", "2026-06-03T08:00:00Z", "2026-06-05T13:00:00Z", "Pop-Up Beach Tent, UPF 50, 3 Person"),
    ("apron", "com", "en", "2026-06-06T14:00:00Z", "2026-06-07T09:00:00Z", "2026-06-10T12:00:00Z", "Canvas Work Apron with Leather Straps"),
    # German
    ("kabel", "de", "de", "2026-06-01T09:00:00Z", "2026-06-02T08:00:00Z", "2026-06-04T12:00:00Z", "USB-C Ladekabel 2 m, geflochten, 3er-Pack"),
    ("schrank", "de", "de", "2026-06-08T10:00:00Z", "2026-06-10T08:00:00Z", "", "Kleiderschrank Eiche 3-türig, 150 cm"),
    ("englisch", "de", "en", "2026-06-03T09:00:00Z", "2026-06-04T08:00:00Z", "2026-06-06T12:00:00Z", "Espressotassen Set, 6 Stück, Porzellan"),
    ("haube", "de", "de", "2026-06-02T10:00:00Z", "2026-06-03T08:00:00Z", "2026-06-05T12:00:00Z", "Dunstabzugshaube 60 cm, Edelstahl"),
    ("luefter", "de", "de", "2026-06-04T10:00:00Z", "2026-06-05T08:00:00Z", "2026-06-08T12:00:00Z", "Standventilator leise, 40 cm, Fernbedienung"),
    ("rechnung", "de", "de", "2026-06-01T10:00:00Z", "2026-06-02T08:00:00Z", "2026-06-04T12:00:00Z", "Bürostuhl ergonomisch, Netzrücken, Schwarz"),
    ("handtuch", "de", "de", "2026-06-05T10:00:00Z", "2026-06-06T08:00:00Z", "2026-06-09T12:00:00Z", "Frottee-Handtücher 6er-Set, Anthrazit"),
    ("sommer", "de", "de", "2026-06-02T10:00:00Z", "2026-06-03T08:00:00Z", "2026-06-05T12:00:00Z", "Leinen-Sommerkleid, Gr. 38, Rosé"),
    ("grill", "de", "de", "2026-06-03T10:00:00Z", "2026-06-04T08:00:00Z", "2026-06-07T12:00:00Z", "Gasgrill 3 Brenner mit Seitenkocher"),
    ("whatsapp", "de", "de", "2026-06-04T10:00:00Z", "2026-06-05T08:00:00Z", "2026-06-08T12:00:00Z", "Akku-Rasenmäher 36 V, 38 cm"),
    ("uk-de", "co.uk", "", "2026-06-05T10:00:00Z", "2026-06-06T08:00:00Z", "2026-06-09T12:00:00Z", "Garden Hose Reel with 30 m Hose"),
    ("sterne", "de", "de", "2026-06-01T10:00:00Z", "2026-06-02T08:00:00Z", "2026-06-05T12:00:00Z", "Wasserfilter-Kanne 2,4 L mit 3 Kartuschen"),
    ("bruch", "de", "de", "2026-06-06T10:00:00Z", "2026-06-07T08:00:00Z", "2026-06-09T12:00:00Z", "Weinglas-Set 4-teilig, mundgeblasen"),
    # French
    ("gravure", "fr", "fr", "2026-06-12T10:00:00Z", "", "", "Planche à découper en noyer gravée personnalisée"),
    ("coussin", "fr", "fr", "2026-06-02T10:00:00Z", "2026-06-03T08:00:00Z", "2026-06-05T12:00:00Z", "Housse de coussin en lin lavé 45 x 45 cm, lot de 2"),
    ("avis", "fr", "fr", "2026-05-26T10:00:00Z", "2026-05-27T08:00:00Z", "2026-05-29T12:00:00Z", "Aspirateur balai sans fil 25 kV"),
    ("sav", "fr", "fr", "2026-06-03T10:00:00Z", "2026-06-04T08:00:00Z", "2026-06-06T12:00:00Z", "Robot pâtissier 1000 W, bol 5 L"),
    ("tailles", "fr", "fr", "2026-06-04T10:00:00Z", "2026-06-05T08:00:00Z", "2026-06-08T12:00:00Z", "Lampe de chevet tactile, verre fumé"),
    ("sourire", "fr", "fr", "2026-06-05T10:00:00Z", "2026-06-06T08:00:00Z", "2026-06-09T12:00:00Z", "Gourde isotherme 1 L, bleu nuit"),
    ("anglais", "fr", "fr", "2026-06-03T10:00:00Z", "2026-06-04T08:00:00Z", "2026-06-07T12:00:00Z", "Cocotte en fonte émaillée 24 cm, rouge"),
    ("multi-fr", "fr", "fr", "2026-06-02T10:00:00Z", "2026-06-03T08:00:00Z", "2026-06-06T12:00:00Z", "Set de pinceaux aquarelle, 12 pièces"),
    ("confirm-fr", "fr", "fr", "2026-06-13T10:00:00Z", "", "", "Tablier de cuisine en lin, moutarde"),
    # Spanish
    ("agotado", "es", "es", "2026-06-11T10:00:00Z", "", "", "Cafetera italiana de inducción, 9 tazas"),
    ("latino", "com", "es", "2026-06-02T10:00:00Z", "2026-06-03T08:00:00Z", "2026-06-06T12:00:00Z", "Air Fryer 6 Qt with Viewing Window"),
    ("seguimiento", "es", "es", "2026-06-08T10:00:00Z", "2026-06-09T08:00:00Z", "", "Mochila escolar ergonómica, azul"),
    ("cancele", "es", "es", "2026-06-12T10:00:00Z", "", "", "Silla de paseo ligera, plegado compacto"),
    ("gracias", "es", "es", "2026-06-04T10:00:00Z", "2026-06-05T08:00:00Z", "2026-06-08T12:00:00Z", "Juego de sartenes antiadherentes, 3 piezas"),
    ("margen", "es", "es", "2026-06-03T10:00:00Z", "2026-06-04T08:00:00Z", "2026-06-06T12:00:00Z", "Lámpara de escritorio LED con cargador inalámbrico"),
    ("imagen", "es", "es", "2026-06-05T10:00:00Z", "2026-06-06T08:00:00Z", "2026-06-09T12:00:00Z", "Set de tuppers de vidrio, 10 piezas"),
    ("insulto", "es", "es", "2026-06-01T10:00:00Z", "2026-06-02T08:00:00Z", "2026-06-04T12:00:00Z", "Zapatillas de running mujer, talla 39"),
    ("correo", "es", "es", "2026-06-06T10:00:00Z", "2026-06-07T08:00:00Z", "2026-06-10T12:00:00Z", "Funda nórdica de algodón, 150 cm"),
    # Italian
    ("ricarica", "it", "it", "2026-06-03T10:00:00Z", "2026-06-04T08:00:00Z", "2026-06-06T12:00:00Z", "Caraffa filtrante 2,5 L con filtro"),
    ("reso", "it", "it", "2026-05-30T10:00:00Z", "2026-05-31T08:00:00Z", "2026-06-02T12:00:00Z", "Zaino da trekking 40 L, verde"),
    ("contento", "it", "it", "2026-06-02T10:00:00Z", "2026-06-03T08:00:00Z", "2026-06-05T12:00:00Z", "Macchina per pasta manuale, acciaio"),
    ("resoinutile", "it", "it", "2026-06-01T10:00:00Z", "2026-06-02T08:00:00Z", "2026-06-04T12:00:00Z", "Set coltelli da cucina con ceppo, 6 pezzi"),
    ("gif", "it", "it", "2026-06-05T10:00:00Z", "2026-06-06T08:00:00Z", "2026-06-09T12:00:00Z", "Ombrellone da giardino 3 m, ecru"),
    ("giustificato", "it", "it", "2026-06-04T10:00:00Z", "2026-06-05T08:00:00Z", "2026-06-07T12:00:00Z", "Tappetino da yoga in sughero"),
    ("disiscrizione", "it", "it", "2026-06-03T10:00:00Z", "2026-06-04T08:00:00Z", "2026-06-06T12:00:00Z", "Bollitore elettrico 1,7 L, crema"),
    ("esaurito", "it", "it", "2026-06-12T10:00:00Z", "", "", "Lampadario a sospensione in rattan"),
    ("vecchio", "it", "it", "2026-05-03T10:00:00Z", "2026-05-04T08:00:00Z", "2026-05-06T12:00:00Z", "Pentola a pressione 6 L, acciaio inox"),
    # Japanese
    ("okure", "co.jp", "ja", "2026-06-09T03:00:00Z", "", "", "手織り い草ラグ 176 x 176 cm"),
    ("toiawase", "co.jp", "ja", "2026-06-04T03:00:00Z", "2026-06-05T02:00:00Z", "2026-06-07T05:00:00Z", "電動歯ブラシ 替えブラシ4本付き"),
    ("hosho", "co.jp", "ja", "2026-06-02T03:00:00Z", "2026-06-03T02:00:00Z", "2026-06-05T05:00:00Z", "全自動コーヒーメーカー ミル付き"),
    ("alt", "co.jp", "ja", "2026-06-05T03:00:00Z", "2026-06-06T02:00:00Z", "2026-06-08T05:00:00Z", "ステンレス 水切りラック 2段"),
    ("kaigyo", "co.jp", "ja", "2026-06-06T03:00:00Z", "2026-06-07T02:00:00Z", "2026-06-09T05:00:00Z", "ヨガウェア 上下セット Mサイズ"),
    ("waribiki", "co.jp", "ja", "2026-06-01T03:00:00Z", "2026-06-02T02:00:00Z", "2026-06-04T05:00:00Z", "加湿器 超音波式 4L アロマ対応"),
    ("hassou", "co.jp", "ja", "2026-06-12T03:00:00Z", "2026-06-13T02:00:00Z", "", "ガラス製 保存容器 5点セット"),
    ("shashin", "co.jp", "ja", "2026-06-03T03:00:00Z", "2026-06-04T02:00:00Z", "2026-06-06T05:00:00Z", "南部鉄器 急須 0.65L"),
    ("denwa", "co.jp", "ja", "2026-06-04T03:00:00Z", "2026-06-05T02:00:00Z", "2026-06-08T05:00:00Z", "羽毛布団 シングル ダウン90%"),
    ("eigo", "co.jp", "ja", "2026-06-12T03:00:00Z", "", "", "木製 デスクオーガナイザー"),
    ("chuuou", "co.jp", "ja", "2026-06-05T03:00:00Z", "2026-06-06T02:00:00Z", "2026-06-09T05:00:00Z", "ワイヤレス充電器 3in1 折りたたみ"),
]

ORDERS: dict[str, dict] = {}
BUYER: dict[str, str] = {}
for key, tld, lang, pur, shp, dlv, title in _ROWS:
    addr = buyer(_rnd, tld)
    BUYER[key] = addr
    ORDERS[key] = {"order_id": _oid(tld), "buyer_email": addr, "marketplace": "amazon." + tld,
                   "buyer_language": lang, "purchased_at": pur, "shipped_at": shp, "delivered_at": dlv,
                   "product_title": title}
OID = {k: v["order_id"] for k, v in ORDERS.items()}
assert len(set(OID.values())) == len(OID)
# Order IDs that are deliberately NOT in orders.csv, and addresses that bought nothing from the store.
UNKNOWN_1 = "206-4471932-8830516"
UNKNOWN_2 = "113-5528074-6612093"
STRANGER_COM = buyer(_rnd, "com")
STRANGER_UK = buyer(_rnd, "co.uk")
assert UNKNOWN_1 not in OID.values() and UNKNOWN_2 not in OID.values()

make_pdf = partial(cb.make_pdf, producer="corpus_eighth build.py")
CASE_LIST: list[dict] = []


def case(*a, multi: bool = False, **kw) -> None:
    add_case(CASE_LIST, *a, **kw)
    CASE_LIST[-1]["multi"] = multi


JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
B64 = {"cte": "base64"}


# --------------------------------------------------------------------------------------------
# Assets and templates
# --------------------------------------------------------------------------------------------

def photo_jpeg(w=320, h=240, fg=(230, 230, 225), bg=(70, 60, 50)) -> bytes:
    img = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(img)
    d.ellipse([w // 4, h // 5, 3 * w // 4, 4 * h // 5], fill=fg)
    d.rectangle([w // 2 - 8, h // 5 - 30, w // 2 + 8, h // 5], fill=fg)
    return cb.img_bytes(img, "JPEG", quality=85)


def proof_png() -> bytes:
    img = Image.new("RGB", (420, 220), (214, 180, 140))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([10, 10, 410, 210], radius=24, outline=(90, 60, 30), width=3)
    d.text((120, 95), "Famille Rousseau - 2026", fill=(70, 40, 20))
    return cb.img_bytes(img, "PNG", optimize=True)


def helpdesk(body: str, lang: str, quoted: str = "", attribution: str = "", ticket: str = "") -> str:
    q = ""
    if quoted:
        q = f'\n<p>{attribution}</p>\n<blockquote type="cite">\n{text2html(quoted)}\n</blockquote>'
    foot = f'\n<hr>\n<p><small>Ticket {ticket}</small></p>' if ticket else ""
    return page(f"{body}{q}{foot}", lang=lang)


def apple(body: str, lang: str = "en") -> str:
    return (f'<html lang="{lang}"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            f'<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            f"{body}</body></html>\n")


def _d(day: int, hm: str = "10:00:00", tz: str = "+0000") -> str:
    import datetime as _dt
    wd = _dt.date(2026, 6, day).strftime("%a")
    return f"{wd}, {day:02d} Jun 2026 {hm} {tz}"



# --------------------------------------------------------------------------------------------
# English
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    o, b = OID, BUYER

    # -- compliant ---------------------------------------------------------------------------
    h = f"""<p>Hello,</p>
<p>Your hand coffee grinder (order {o['grinder']}) arrived about ten days ago, so by now you have probably dialled in a grind or two.</p>
<p>If you have a moment, we would appreciate a review on Amazon. Whether it has become part of your morning or not quite suited you, other coffee drinkers benefit from an honest account.</p>
<p><a href="https://www.amazon.com/review/create-review?asin=B0CGRND417">Write a review of the grinder on Amazon.com</a></p>
<p>Best,<br>Ridgeline Coffee Tools</p>"""
    case("grinder-review-once", "relay", [],
         ["review.incentive", "review.conditional", "review.repeat", "link.external", "style.link-text", "type.thank-you-only"],
         "A single neutral review request with a descriptive https Amazon link.",
         mk("Ridgeline Coffee Tools <orders@ridgelinecoffee.com>", b["grinder"], f"A quick favour about order {o['grinder']}",
            _d(13, "15:20:00", "-0500"), f"<rl.{o['grinder']}.r1@ridgelinecoffee.com>", html=page(h)))

    q = """Hi, the kettle is lovely but it's GBP 10 cheaper at another shop.
Could you do me a discount code for the matching milk pan? If you sort me
out I'll bump my review up to 5 stars. Also, does the whistle come off for
cleaning? Otherwise I might just cancel and send it back."""
    t = f"""Hi Priya,

Thanks for your message and for the kind words about the kettle.

We don't issue discount codes, I'm afraid, and there is nothing we can offer
in exchange for a review; please rate it however you see fit.

The whistle cap lifts straight off: grip it by the black tab and pull
upwards. Rinse it under the tap and let it dry before you put it back.

All the best,
Owen
Hearth & Hob

On 13 Jun 2026, at 20:14, {b['kettle']} wrote:

{quote(q)}
"""
    case("kettle-reply-discount-quoted", "relay", [],
         ["type.marketing", "review.incentive", "review.removal-request", "order-problem.cancellation-request",
          "order-id.missing", "content.email-address"],
         "A reply declining a discount code; the buyer's quoted text offers to raise a review and mentions cancelling, but the seller asks for nothing.",
         mk("Hearth & Hob <owen@hearthandhob.co.uk>", b["kettle"], "Re: whistle + milk pan?", _d(14, "09:02:00", "+0100"),
            "<8E1F2C3A-71D4-4B0E-9C55-2A1F0E6B77D1@hearthandhob.co.uk>",
            headers=[*reply_headers("0102018f.kettle.q"), ("X-Mailer", "Apple Mail (2.3774.600.62)")], text=t))

    t = f"""Hello,

This is about your Mid-Century Arc Floor Lamp, order {o['lamp']}.

The lamp is in stock, but the carrier that handles our long parcels has
paused collections until Thursday 18 June. Your lamp will therefore leave
us on the 18th, 2 to 3 days later than the delivery estimate shown on
Amazon. Collection is booked for 10:30, and the shade and base travel
in one box (ratio of shade to base weight about 1:3).

If you would rather not wait, just reply and we will cancel the order
and refund it ourselves; you do not need to do anything else.

Sorry for the wait,
Martina Cole
Lumen & Arc Ltd.
--
Lumen & Arc(R) - Mon-Fri 9:00-17:00 ET
"""
    case("lamp-delay-notice", "relay", [],
         ["order-problem.no-adjustment", "order-problem.cancellation-request", "type.order-confirmation", "style.emoji",
          "content.phone-number"],
         "Delivery-delay notice; the seller offers to cancel itself (the buyer is not asked to file a cancellation); times and a 1:3 ratio are no emoticons.",
         mk("Lumen & Arc <orders@lumenandarc.com>", b["lamp"], f"Your lamp (order {o['lamp']}) ships on 18 June",
            _d(14, "11:40:00", "-0400"), "<4f1a9c2e.7b3d@lumenandarc.com>",
            headers=[("User-Agent", "Mozilla Thunderbird 128.11.0")], text=t, cte="7bit"))

    logo = cb.logo_png("MeshPoint", size=(140, 40))
    q = """My router keeps dropping every evening. Is there a warranty, and who do I
call if your chat is closed?"""
    h = """<p>Hi Sam,</p>
<p>Sorry to hear the mesh system keeps dropping in the evening. Two things usually fix it: update the firmware in the app (Settings &gt; System &gt; Update) and move the satellite unit away from the microwave.</p>
<p>If it still drops after that, the system is covered by the manufacturer's two-year warranty. The manufacturer's warranty support line is 1-888-555-0193, open every day 8 am to 10 pm ET; have the serial number from the base of the main unit ready.</p>
<p>Kind regards,<br>Aaron, MeshPoint Support<br>
<img src="cid:mp-logo" alt="MeshPoint" width="140" height="40"></p>"""
    case("router-helpdesk-warranty-logo", "relay", [],
         ["content.phone-number", "style.image-alt", "image.logo-link", "content.email-address", "style.image-width"],
         "Helpdesk reply with ticket footer and a small signature logo with alt; the phone number is the manufacturer's warranty line.",
         mk("MeshPoint Support <support@meshpoint-store.com>", b["router"], "Re: [#58213] Router drops in the evening",
            _d(12, "16:05:00", "-0400"), "<ticket-58213-3@helpdesk.meshpoint-store.com>",
            headers=reply_headers("0100018f.router.q"),
            html=helpdesk(h, "en", q, f"On Thu, 11 Jun 2026, {b['router']} wrote:", "#58213 - Status: pending"),
            related=[(logo, "image", "png", "<mp-logo>", "meshpoint-logo.png")]))

    q = "Before I drill: what are the exact bracket positions and the max load per shelf?"
    h = f"""<div style="font-size:16px">
<h3>Oak Floating Shelves - dimensions</h3>
<p>Hello, thanks for checking before you drill. Here are the figures for order {o['shelf']}:</p>
<table style="border-collapse:collapse; background-color:#f6f3ee" cellpadding="6">
<tr><th style="border:1px solid #c9c2b8; text-align:left">Measure</th><th style="border:1px solid #c9c2b8; text-align:left">Value</th></tr>
<tr><td style="border:1px solid #c9c2b8">Length</td><td style="border:1px solid #c9c2b8">80 cm</td></tr>
<tr><td style="border:1px solid #c9c2b8">Bracket positions</td><td style="border:1px solid #c9c2b8">12 cm from each end</td></tr>
<tr><td style="border:1px solid #c9c2b8">Max load</td><td style="border:1px solid #c9c2b8">15 kg per shelf</td></tr>
</table>
<p style="font-size:12pt">Please use the wall plugs that suit your wall; the ones in the box are for solid brick.</p>
<p style="font-size:13px; border-top:1px solid #dddddd">Timber &amp; Co. - handmade in Yorkshire</p>
</div>"""
    case("shelf-specs-table-reply", "relay", [],
         ["style.font-override", "style.font-sizes", "style.alignment", "type.marketing", "style.margin"],
         "Shop-platform reply with a spec table: border and background colours, text-align:left, and three sizes (16px = 12pt, h3, 13px).",
         mk("Timber & Co. <hello@timberandco.co.uk>", b["shelf"], "Re: bracket positions", _d(12, "13:00:00", "+0100"),
            "<shopmail.5521.reply@timberandco.co.uk>", headers=reply_headers("0102018f.shelf.q"),
            html=page(h + f"\n<blockquote>{q}</blockquote>")))

    t = f"""Hello,

Your hiking boots from order {o['boots']} have now been on the trail for a
few weeks. If you have a minute, could you leave us seller feedback on
Amazon? It tells us how the ordering and delivery went.

Thank you,
Summit Supply Co."""
    case("boots-feedback-day-30", "relay", [],
         ["window.expired", "review.incentive", "type.thank-you-only"],
         "Feedback request sent exactly 30 days (30 x 24 h) after delivery: still inside the window.",
         mk("Summit Supply Co. <orders@summitsupply.com>", b["boots"], f"Seller feedback for order {o['boots']}",
            _d(15, "11:00:00", "+0000"), "<ss.fb.boots@summitsupply.com>", text=t + "\n"))

    h = f"""<div>Hi there,</div><div><br></div>
<div>Your corner unit (order {o['sofa']}) took a while to reach you since it was made to order in May; we hope it was worth the wait.</div><div><br></div>
<div>Once it has been in your living room for a few days, we would welcome a product review on Amazon, whatever you think of it.</div><div><br></div>
<div>Warmly,</div><div>Jess at Fern &amp; Field Furniture</div>"""
    t = f"""Hi there,

Your corner unit (order {o['sofa']}) took a while to reach you since it was made to order in May; we hope it was worth the wait.

Once it has been in your living room for a few days, we would welcome a product review on Amazon, whatever you think of it.

Warmly,
Jess at Fern & Field Furniture"""
    case("sofa-apple-mail-late-purchase", "relay", [],
         ["window.expired", "style.font-override", "style.line-breaks", "review.conditional"],
         "Apple Mail HTML (body style with line-break, not line-height); purchased 45 days ago but delivered 6 days ago.",
         mk("Jess Moreno <jess@fernandfield.com>", b["sofa"], "How's the new sofa?", _d(15, "08:15:00", "-0700"),
            "<B7A1D2E4-5C6F-4A8B-9D0E-1F2A3B4C5D6E@fernandfield.com>",
            headers=[("X-Mailer", "Apple Mail (2.3774.600.62)")], text=t + "\n", html=apple(h)))

    pdf = make_pdf("Invoice INV-2026-0611", ["Invoice INV-2026-0611", f"Order {o['notebook']}",
                   "A5 Dot Grid Notebook, 3 Pack  GBP 18.99", "VAT GBP 3.17 included",
                   "Inkwell Paper Ltd, Company No. 09876543, VAT GB 123 4567 89"])
    t = f"""Dear customer,

Please find attached the VAT invoice for your order {o['notebook']}, as requested at checkout.

Invoice number: INV-2026-0611
Amount: GBP 18.99 (incl. VAT GBP 3.17)

Kind regards,
Accounts team
Inkwell Paper Ltd, Company No. 09876543, VAT Reg. GB 123 4567 89"""
    case("notebook-invoice-pdf", "relay", [],
         ["attachment.not-allowed", "content.phone-number", "type.order-confirmation", "type.thank-you-only"],
         "VAT invoice as a real PDF; company and VAT numbers are no phone numbers.",
         mk("Inkwell Paper <accounts@inkwellpaper.co.uk>", b["notebook"], f"Invoice for order {o['notebook']}",
            _d(9, "10:00:00", "+0100"), "<inv-0611@inkwellpaper.co.uk>", text=t + "\n",
            attach=[(pdf, "application", "pdf", "INV-2026-0611.pdf")]))

    # -- violations --------------------------------------------------------------------------
    t = """Hi,

Thanks for choosing our baking mats. Before we pack them: would you like the
set in the gift box or in plain recycled card? Please let us know by reply
today and we will send them out tomorrow.

Best regards,
Crumb & Co. Bakeware"""
    case("bakemats-no-order-id", "reject", ["order-id.missing"], ["type.thank-you-only", "type.marketing"],
         "A proactive packaging question with no order ID anywhere.",
         mk("Crumb & Co. <orders@crumbandco.com>", b["nomail"], "Packaging choice for your baking mats",
            _d(5, "17:00:00", "-0400"), "<cc-pack-1@crumbandco.com>", text=t + "\n"))

    t = f"""Hello,

Regarding order {UNKNOWN_1}: the delivery address you entered has no house
number. Could you reply with the full address so the courier can deliver?

Many thanks,
Brightwell Home"""
    case("unknown-order-address", "reject", ["order-id.unknown"], ["order-id.missing", "order-id.buyer-mismatch"],
         "Proactive message naming an order ID the store does not have.",
         mk("Brightwell Home <orders@brightwellhome.co.uk>", STRANGER_UK, f"Address needed for order {UNKNOWN_1}",
            _d(12), "<bw-addr-1@brightwellhome.co.uk>", text=t + "\n"))

    t = f"""Hello,

Your clipper kit from order {o['mismatch']} includes a spare blade. To
activate the extended blade guarantee, please reply with the date you first
used the clipper.

Regards,
Sharpline Grooming"""
    case("clipper-wrong-buyer", "reject", ["order-id.buyer-mismatch"], ["order-id.unknown", "order-id.missing"],
         "The order is known, but its buyer is another address than the recipient.",
         mk("Sharpline Grooming <care@sharpline.com>", STRANGER_COM, f"Blade guarantee for order {o['mismatch']}",
            _d(11), "<sl-g-1@sharpline.com>", text=t + "\n"))

    t = f"""Hello,

We hope the Leather Weekender Bag from order {o['oldbag']} has been on a few
trips by now. Would you share your experience in a product review on Amazon?

Kind regards,
Saddle Row Leather"""
    case("weekender-review-38-days", "reject", ["window.expired"], ["review.incentive"],
         "Review request 38 days after delivery.",
         mk("Saddle Row Leather <hello@saddlerow.com>", b["oldbag"], f"Your weekender bag, order {o['oldbag']}",
            _d(15, "09:00:00", "-0400"), "<sr-rev-1@saddlerow.com>", text=t + "\n"))

    t = f"""Hello,

Our records show your runner rug (order {o['oldrug']}) left our warehouse
some time ago. Could you confirm whether it reached you in good condition?

Regards,
Loom House UK"""
    case("rug-shipped-never-delivered-36-days", "reject", ["window.expired"], ["type.order-confirmation"],
         "Never marked delivered; shipped 36 days ago, so the window runs from shipping and has expired.",
         mk("Loom House <orders@loomhouse.co.uk>", b["oldrug"], f"Did your rug arrive? Order {o['oldrug']}",
            _d(15, "08:00:00", "+0100"), "<lh-chk-1@loomhouse.co.uk>", text=t + "\n"))

    h = f"""<p>Hello again,</p>
<p>Just a gentle nudge about your coffee grinder, order {o['grinder']}. If you haven't had a chance yet, a short review on Amazon would mean a lot to our small team.</p>
<p><a href="https://www.amazon.com/review/create-review?asin=B0CGRND417">Review the grinder on Amazon.com</a></p>
<p>Best,<br>Ridgeline Coffee Tools</p>"""
    case("grinder-review-reminder", "reject", ["review.repeat"], ["review.incentive", "review.conditional"],
         "A second review request for the same order after the first was relayed.",
         mk("Ridgeline Coffee Tools <orders@ridgelinecoffee.com>", b["grinder"], f"Reminder: your review for order {o['grinder']}",
            _d(15, "10:00:00", "-0500"), f"<rl.{o['grinder']}.r2@ridgelinecoffee.com>", html=page(h)),
         after=["grinder-review-once"])

    t = f"""Hi,

Hope the blackout blind (order {o['blinds']}) is giving you some proper lie-ins!

This month everyone who posts a review of the blind on Amazon goes into our
prize draw for one of five USD 100 Amazon gift cards. Once your review is
up, reply with your Amazon public name and you're in.

Sleep well,
Duskline Blinds"""
    case("blinds-prize-draw-review", "reject", ["review.incentive"], ["review.conditional"],
         "A review request tied to a prize-draw entry for gift cards.",
         mk("Duskline Blinds <team@duskline.com>", b["blinds"], f"Win a USD 100 gift card (order {o['blinds']})",
            _d(11, "12:00:00", "-0400"), "<dl-draw-1@duskline.com>", text=t + "\n"),
         tolerated=["type.marketing"])

    h = f"""<p>Hi,</p>
<p>Your smart scale (order {o['scale']}) has been with you for a week now.</p>
<p>Has it made weigh-ins a little easier? Then we'd be thrilled to see your thoughts on Amazon. Is something not working the way you hoped? Please just hit reply instead and let us put it right before anything goes public.</p>
<p><a href="https://www.amazon.com/review/create-review?asin=B0SCALE991">Review the scale on Amazon.com</a></p>
<p>Cheers,<br>Balance Labs</p>"""
    case("scale-reply-before-public", "reject", ["review.conditional"], ["review.removal-request", "link.external"],
         "Review gating by question form: review if it helped, otherwise reply 'before anything goes public'.",
         mk("Balance Labs <support@balancelabs.io>", b["scale"], f"Your scale, order {o['scale']}", _d(14, "09:00:00", "-0400"),
            "<bl-scale-1@balancelabs.io>", html=page(h)), tolerated=["review.incentive"])

    t = f"""Hello!

Good news: your Rechargeable Headlamp (order {o['headlamp']}) has shipped.

Carrier: UPS
Tracking number: 1Z 9X4 F52 03 1187 6621
Estimated delivery: 17 June

Thank you for shopping with us.
Trailglow Outfitters"""
    case("headlamp-shipped-tracking", "quarantine", ["type.order-confirmation"], ["type.thank-you-only", "content.phone-number"],
         "Shipping confirmation with tracking number, which Amazon already sends.",
         mk("Trailglow Outfitters <noreply@trailglow.com>", b["headlamp"], f"Your order {o['headlamp']} is on its way",
            _d(8, "18:00:00", "-0400"), "<tg-ship-1@trailglow.com>", text=t + "\n"))

    t = f"""Hi,

Thanks for picking up our speaker (order {o['speaker']}). Pairing two
speakers for stereo takes a couple of button presses, and we filmed a
40-second video that shows it:

https://youtu.be/q8ZfT2sPair

Enjoy the music,
Tidewave Audio"""
    case("speaker-youtube-link", "reject", ["link.external"], ["link.insecure", "style.link-text"],
         "A plain-text https link to YouTube: external, not Amazon, not needed for the order.",
         mk("Tidewave Audio <hello@tidewave.audio>", b["speaker"], f"Stereo pairing tip for order {o['speaker']}",
            _d(9, "14:00:00", "-0400"), "<tw-pair-1@tidewave.audio>", text=t + "\n"))

    h = f"""<p>Hello,</p>
<p>The self-watering planter from order {o['planter']} needs its wick soaked before the first fill; otherwise the soil stays dry for the first week.</p>
<p>The care sheet for the planter is on its Amazon page: <a href="https://www.amazon.co.uk/dp/B0PLANT330">click here</a>.</p>
<p>Happy growing,<br>Potting Shed Co.</p>"""
    case("planter-click-here", "reject", ["style.link-text"], ["link.external", "link.insecure"],
         "An Amazon link whose text is only 'click here'.",
         mk("Potting Shed Co. <grow@pottingshed.co.uk>", b["planter"], f"Before the first watering (order {o['planter']})",
            _d(10, "09:30:00", "+0100"), "<ps-wick-1@pottingshed.co.uk>", html=page(h)))

    h = f"""<div class="WordSection1">
<p class="MsoNormal"><span style="font-family:&quot;Calibri&quot;,sans-serif">Hello,<o:p></o:p></span></p>
<p class="MsoNormal"><span style="font-family:&quot;Calibri&quot;,sans-serif">The gas lift on your office chair (order {o['chair']}) is shipped with a transport lock. Please pull the red clip under the seat before you sit down, otherwise the chair will not go up or down.<o:p></o:p></span></p>
<p class="MsoNormal"><span style="font-family:&quot;Calibri&quot;,sans-serif">Kind regards,<br>Daniel Reyes<br>Postura Seating<o:p></o:p></span></p>
</div>"""
    case("chair-outlook-calibri", "reject", ["style.font-override"], ["style.line-breaks", "style.font-sizes"],
         "Outlook HTML that sets font-family Calibri on every paragraph.",
         mk("Daniel Reyes <daniel@posturaseating.com>", b["chair"], f"Transport lock on your chair - order {o['chair']}",
            _d(8, "09:10:00", "-0500"), "<DM6PR11MB4107C1@namprd11.prod.outlook.com>",
            headers=[("X-Mailer", "Microsoft Outlook 16.0")], text=None,
            html=page(h, head='<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n')))

    t = f"""Hi,

Your shoe rack from order {o['rack']} is here 🎉 One tip before assembly: the
tiers with the pre-drilled holes face up, the plain ones face down 👍

Reply to this message if any screw is missing.

The Bamboo Nest team"""
    case("rack-unicode-emoji", "reject", ["style.emoji"], ["type.thank-you-only"],
         "Unicode emoji in subject and body of an assembly tip.",
         mk("Bamboo Nest <orders@bamboonest.com>", b["rack"], f"Assembly tip ✨ order {o['rack']}",
            _d(10, "12:00:00", "-0400"), "<bn-tip-1@bamboonest.com>", text=t + "\n"))

    t = f"""Hello,

Thank you for you're order {o['thermos']}. We wanted to let you no that the
food jar lid has an silicon ring wich must be sit in it's groove befor use,
otherwise the jar will leek. Pleese check the ring is sitted all the way
arround befor you fill it with hot soop.

Kind regard,
Warmbox"""
    case("thermos-egregious-spelling", "relay", ["content.spelling"], ["type.thank-you-only"],
         "Egregious spelling and grammar errors throughout; content.spelling only warns, so the verdict is relay.",
         mk("Warmbox <help@warmbox.shop>", b["thermos"], f"Importent: lid ring for order {o['thermos']}",
            _d(7, "10:00:00", "-0400"), "<wb-ring-1@warmbox.shop>", text=t + "\n"))

    q = """This is the third time I'm asking. The tent poles snapped on day one. Sort it out."""
    t = f"""Look, we've read your messages. The poles don't just snap unless some idiot
forces them. Stop whining and read the bloody instructions next time; we
are not sending you anything for free.

Coastline Camping

On Sat, 13 Jun 2026 at 18:02, {b['tent']} wrote:
{quote(q)}
"""
    case("tent-offensive-reply", "quarantine", ["content.sensitive"], ["content.email-address", "order-id.missing"],
         "A reply that insults the buyer ('some idiot', 'stop whining', 'bloody').",
         mk("Coastline Camping <support@coastlinecamping.co.uk>", b["tent"], "Re: snapped poles", _d(14, "08:00:00", "+0100"),
            "<cc-re-9@coastlinecamping.co.uk>", headers=reply_headers("0102018f.tent.q3"), text=t))

    h = f"""<p>Hi,</p>
<p>Thanks for your order {o['apron']}. The leather straps soften with wear; a little leather balm after the first wash keeps them supple. Could you tell us whether you need the longer neck strap (we have a spare one free of charge)?</p>
<p>Best,<br>Workbench Goods</p>
<img src="https://t.opnmail-track.net/o/7f3c9a21e4/{b['apron'].split('@')[0]}.gif" width="1" height="1" alt="" style="display:block;border:0">"""
    case("apron-remote-pixel", "reject", ["image.tracking-pixel", "style.image-alt"], ["image.insecure", "link.external"],
         "A 1x1 remote image with the recipient in its path; its alt is empty, so style.image-alt fires too.",
         mk("Workbench Goods <hello@workbenchgoods.com>", b["apron"], f"Your apron straps - order {o['apron']}",
            _d(11, "15:00:00", "-0400"), "<wg-strap-1@workbenchgoods.com>", html=page(h)))

    t = f"""Hello,

The linen duvet cover set (order {o['bedding']}) softens with every wash;
wash it at 40 degrees, no fabric softener, and tumble dry on low.

If you'd like to talk it through, our customer care team is on 0161 496 0732
every weekday from 9 until 5.

Kind regards,
Flaxhouse Linen"""
    case("bedding-support-phone", "reject", ["content.phone-number"], ["type.marketing"],
         "The seller's own customer-care number, with no warranty, carrier or manufacturer context.",
         mk("Flaxhouse Linen <care@flaxhouse.co.uk>", b["bedding"], f"Caring for your linen, order {o['bedding']}",
            _d(12, "10:00:00", "+0100"), "<fh-care-1@flaxhouse.co.uk>", text=t + "\n"))

    # -- multi ----------------------------------------------------------------------------------
    banner = cb.banner_png("SUMMER AT PEAK & PINE", 600, 120)
    h = f"""<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="font-family:Georgia,serif">
<img src="cid:banner" alt="Summer at Peak and Pine" width="600" height="120">
<p>Hi there, thanks again for order {o['bike']}!</p>
<p>Our summer range just landed: helmets, bells and stabilisers for every little rider. Use code SUMMER20 for 20% off your next order.</p>
<p><a href="https://www.peakandpine-kids.com/summer">Shop the summer range</a></p>
<p><a href="https://www.peakandpine-kids.com/unsubscribe?u=8841">Unsubscribe from these emails</a></p>
</td></tr></table>"""
    case("bike-newsletter", "reject",
         ["type.marketing", "link.external", "link.opt-out", "style.alignment", "style.font-override", "style.image-width"],
         ["image.insecure", "style.image-alt"],
         "A newsletter: discount code for other products, external shop link, unsubscribe link, centred Georgia text, 600 px banner.",
         mk("Peak & Pine Kids <news@peakandpine-kids.com>", b["bike"], f"Summer is here - 20% off (order {o['bike']})",
            _d(12, "07:00:00", "-0400"), "<pp-news-0612@peakandpine-kids.com>", html=page(h),
            related=[(banner, "image", "png", "<banner>", "summer-banner.png")]),
         multi=True, tolerated=["style.link-text"])

    t = f"""Hello,

About your orders {UNKNOWN_2} and {o['mismatch']}: both parcels were returned
to us by the courier as undeliverable. Please confirm your address by reply.

Regards,
Sharpline Grooming"""
    case("two-orders-unknown-and-foreign", "reject", ["order-id.unknown", "order-id.buyer-mismatch"], ["order-id.missing"],
         "One named order is unknown, the other belongs to a different buyer.",
         mk("Sharpline Grooming <care@sharpline.com>", b["blinds"], f"Orders {UNKNOWN_2} / {o['mismatch']}",
            _d(13), "<sl-two-1@sharpline.com>", text=t + "\n"), multi=True)


# --------------------------------------------------------------------------------------------
# German
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = OID, BUYER

    t = f"""Guten Tag,

zu Ihrer Bestellung {o['kabel']}: In der Lieferadresse fehlt die Hausnummer. Bitte teilen Sie uns diese kurz per Antwort mit, damit der Paketdienst zustellen kann.

Hello, regarding your order {o['kabel']}: the delivery address is missing the house number. Please reply with it so the courier can deliver.

Mit freundlichen Grüßen / Kind regards
Kabelwerk Direkt"""
    case("kabel-zweisprachig-hausnummer", "relay", [], ["language.mismatch", "type.order-confirmation"],
         "Zweisprachig Deutsch/Englisch an eine deutschsprachige Käuferin: die Käufersprache ist enthalten.",
         mk("Kabelwerk Direkt <service@kabelwerk-direkt.de>", b["kabel"], f"Hausnummer fehlt / house number missing ({o['kabel']})",
            _d(3, "10:00:00", "+0200"), "<kw-adr-1@kabelwerk-direkt.de>", text=t + "\n"))

    t = f"""Guten Tag,

Ihr Kleiderschrank aus der Bestellung {o['schrank']} wird per Spedition geliefert, da er über 90 kg wiegt.

Die Spedition Nordfracht ruft Sie einen Tag vor der Zustellung an. Für Terminwünsche erreichen Sie die Spedition direkt unter 040 7654 3210 (Mo-Fr 8-18 Uhr).

Bitte nennen Sie uns kurz per Antwort, ob es im Haus einen Aufzug gibt und in welchem Stockwerk Sie wohnen.

Freundliche Grüße
Möbelhaus Lindner"""
    case("schrank-spedition-termin", "relay", [], ["content.phone-number", "type.order-confirmation"],
         "Sperrgut-Terminabsprache: die Telefonnummer gehört der Spedition (Versanddienstleister) und steht im selben Satz.",
         mk("Möbelhaus Lindner <versand@moebel-lindner.de>", b["schrank"], f"Liefertermin für Bestellung {o['schrank']}",
            _d(11, "09:00:00", "+0200"), "<ml-spd-1@moebel-lindner.de>", text=t + "\n"))

    t = f"""Hello,

Thank you for letting us know through Amazon that one of the espresso cups from order {o['englisch']} arrived chipped and that you want to return the set.

Could you send us a photo of the chipped cup and of the outer box? We need it for our claim with the carrier; after that we will send you a replacement cup or a refund, whichever you prefer.

Best regards,
Porzellanmanufaktur Weiden"""
    case("englisch-kaeuferin-auf-amazon-de", "relay", [], ["language.mismatch", "return.unnecessary"],
         "English message on amazon.de to a buyer whose stored language is English; the return contact asks for needed photos.",
         mk("Porzellanmanufaktur Weiden <service@porzellan-weiden.de>", b["englisch"], f"Your return request, order {o['englisch']}",
            _d(10, "11:00:00", "+0200"), "<pw-ret-1@porzellan-weiden.de>", text=t + "\n"))

    t = f"""Guten Tag,

vielen Dank für Ihre Bestellung {o['haube']}. Die Montageanleitung für Ihre Dunstabzugshaube finden Sie auf der Produktseite:
http://www.amazon.de/dp/B0HAUBE600

Bitte montieren Sie die Haube mindestens 65 cm über dem Kochfeld.

Mit freundlichen Grüßen
Küchentechnik Sauer"""
    case("haube-http-amazon", "reject", ["link.insecure"], ["link.external"],
         "Ein http-Link, wenn auch zu Amazon, im reinen Text.",
         mk("Küchentechnik Sauer <info@kuechentechnik-sauer.de>", b["haube"], f"Montage Ihrer Dunstabzugshaube ({o['haube']})",
            _d(6, "10:00:00", "+0200"), "<ks-mont-1@kuechentechnik-sauer.de>", text=t + "\n"))

    doc = cb.make_docx(["Bedienungsanleitung Standventilator", "1. Standfuß montieren", "2. Fernbedienung koppeln"])
    t = f"""Guten Tag,

anbei erhalten Sie die ausführliche Bedienungsanleitung zu Ihrem Standventilator (Bestellung {o['luefter']}) als Word-Dokument.

Freundliche Grüße
Windstill GmbH"""
    case("luefter-anleitung-docx", "reject", ["attachment.not-allowed"], ["type.order-confirmation"],
         "Word-Dokument (Office-Container) als Anhang, nicht zur Lösung eines Käuferproblems nötig und außerhalb der Erlaubnisliste.",
         mk("Windstill GmbH <service@windstill.de>", b["luefter"], f"Bedienungsanleitung zu Bestellung {o['luefter']}",
            _d(9, "14:00:00", "+0200"), "<ws-anl-1@windstill.de>", text=t + "\n",
            attach=[(doc, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", "Anleitung_Ventilator.docx")]))

    zipped = cb.zip_bytes({"Rechnung_3304.pdf": make_pdf("Rechnung 3304", ["Rechnung 3304", f"Bestellung {o['rechnung']}"]),
                           "AGB.txt": b"Allgemeine Geschaeftsbedingungen"}, date_time=(2026, 6, 5, 9, 0, 0))
    t = f"""Sehr geehrte Kundin, sehr geehrter Kunde,

anbei Ihre Rechnung zur Bestellung {o['rechnung']}.

Mit freundlichen Grüßen
Buchhaltung Sitzwerk"""
    case("rechnung-zip-als-pdf", "reject", ["attachment.not-allowed"], ["type.order-confirmation"],
         "Der Anhang heißt Rechnung_3304.pdf, ist aber ein ZIP-Archiv (am Inhalt erkennbar).",
         mk("Sitzwerk <buchhaltung@sitzwerk.de>", b["rechnung"], f"Rechnung zu Ihrer Bestellung {o['rechnung']}",
            _d(5, "09:00:00", "+0200"), "<sw-rg-3304@sitzwerk.de>", text=t + "\n",
            attach=[(zipped, "application", "octet-stream", "Rechnung_3304.pdf")]))

    logo = cb.logo_jpeg("Frottee Manufaktur")
    h = f"""<p>Guten Tag,</p>
<p>Ihre Handtücher aus der Bestellung {o['handtuch']} bitte vor dem ersten Gebrauch einmal bei 60 Grad ohne Weichspüler waschen; so werden sie saugfähiger.</p>
<p>Freundliche Grüße<br>Ihre Frottee Manufaktur</p>
<p><a href="https://www.frottee-manufaktur.de"><img src="cid:fm-logo" alt="Frottee Manufaktur" width="180" height="50"></a></p>"""
    case("handtuch-logo-verlinkt", "reject", ["image.logo-link", "link.external"], ["style.image-alt", "style.link-text"],
         "Das Logo in der Signatur verlinkt auf die eigene Website (dadurch zugleich ein externer Link).",
         mk("Frottee Manufaktur <service@frottee-manufaktur.de>", b["handtuch"], f"Pflegehinweis zu Bestellung {o['handtuch']}",
            _d(10, "10:00:00", "+0200"), "<fm-pfl-1@frottee-manufaktur.de>", html=page(h, "de"),
            related=[(logo, "image", "jpeg", "<fm-logo>", "logo.jpg")]))

    t = f"""Hallo,

schön, dass Ihnen das Leinenkleid aus Bestellung {o['sommer']} gefällt!

Passend dazu ist gerade unsere neue Sommerkollektion eingetroffen: Leinenhosen, Blusen und Strandtaschen. Mit dem Code SOMMER15 sparen Sie bis Ende Juni 15 % auf alles.

Sonnige Grüße
Atelier Lina"""
    case("sommer-kollektion-code", "quarantine", ["type.marketing"], ["review.incentive"],
         "Werbung für andere Produkte mit Rabattcode.",
         mk("Atelier Lina <hallo@atelier-lina.de>", b["sommer"], f"Neu: unsere Sommerkollektion ({o['sommer']})",
            _d(8, "08:00:00", "+0200"), "<al-kol-1@atelier-lina.de>", text=t + "\n"))

    banner = cb.banner_png("Grill-Saison: Pflegetipps", 560, 100)
    h = f"""<p>Guten Tag,</p>
<p>damit Ihr Gasgrill (Bestellung {o['grill']}) lange hält, reinigen Sie die Roste nach jedem Grillen, solange sie noch warm sind.</p>
<p><img src="cid:grill-banner" alt="Pflegetipps für Ihren Gasgrill"></p>
<p>Beste Grüße<br>Glutwerk</p>"""
    case("grill-banner-560px", "reject", ["style.image-width"], ["style.image-alt", "image.insecure"],
         "Inline-Grafik ohne Breitenangabe, 560 px breit: mehr als 80 % von 600 px.",
         mk("Glutwerk <info@glutwerk.de>", b["grill"], f"Pflegetipps für Ihren Grill ({o['grill']})",
            _d(10, "09:00:00", "+0200"), "<gw-tip-1@glutwerk.de>", html=page(h, "de"),
            related=[(banner, "image", "png", "<grill-banner>", "pflegetipps.png")]))

    t = f"""Guten Tag,

bei Ihrem Akku-Rasenmäher (Bestellung {o['whatsapp']}) muss der Sicherheitsschlüssel ganz eingesteckt sein, sonst startet der Motor nicht.

Bei Fragen schreiben Sie uns am schnellsten per WhatsApp: +49 151 2345 6789.

Viele Grüße
Gartenprofi Baum"""
    case("rasenmaeher-whatsapp", "reject", ["content.phone-number"], ["type.marketing"],
         "Eigene WhatsApp-Nummer des Verkäufers, ohne Garantie-, Versand- oder Herstellerbezug.",
         mk("Gartenprofi Baum <info@gartenprofi-baum.de>", b["whatsapp"], f"Startproblem? Bestellung {o['whatsapp']}",
            _d(11, "10:00:00", "+0200"), "<gb-wa-1@gartenprofi-baum.de>", text=t + "\n"))

    t = f"""Guten Tag,

vielen Dank für Ihre Bestellung {o['uk-de']}. Bitte lassen Sie den Schlauch vor dem ersten Aufrollen einmal vollständig abrollen und durchspülen, damit sich keine Knicke bilden.

Mit freundlichen Grüßen
Gartenwelt Berger"""
    case("uk-kunde-deutsch", "quarantine", ["language.mismatch"], ["order-id.unknown"],
         "Deutscher Text an einen Käufer auf amazon.co.uk ohne gespeicherte Sprache: Standard ist Englisch.",
         mk("Gartenwelt Berger <service@gartenwelt-berger.de>", b["uk-de"], f"Ihr Schlauchwagen ({o['uk-de']})",
            _d(11, "10:00:00", "+0200"), "<gb-uk-1@gartenwelt-berger.de>", text=t + "\n"))

    h = f"""<p>Guten Tag,</p>
<p>die Ersatzkartuschen für Ihre Wasserfilter-Kanne (Bestellung {o['bruch']}) wechseln Sie bitte alle vier Wochen.</p>
<br>
<br>
<br>
<p>Mit freundlichen Grüßen<br>Klarwasser Shop</p>"""
    case("kanne-br-br-br", "reject", ["style.line-breaks"], ["style.font-sizes"],
         "Drei <br> in Folge vor der Grußformel.",
         mk("Klarwasser Shop <service@klarwasser-shop.de>", b["bruch"], f"Kartuschenwechsel ({o['bruch']})",
            _d(12, "10:00:00", "+0200"), "<kw-kart-1@klarwasser-shop.de>", html=page(h, "de")))

    t = f"""Hallo,

wir hoffen, die Wasserfilter-Kanne aus Bestellung {o['sterne']} schmeckt Ihnen!

Wenn Sie rundum zufrieden sind, freuen wir uns riesig über eine 5-Sterne-Bewertung auf Amazon; als kleines Dankeschön schicken wir Ihnen danach gern eine Ersatzkartusche gratis. Falls etwas nicht passt, melden Sie sich bitte zuerst bei uns, bevor Sie bewerten.

Herzliche Grüße
Aquaklar"""
    case("kanne-zufrieden-fuenf-sterne-kartusche", "reject", ["review.conditional", "review.incentive"], ["review.removal-request"],
         "Bewertung nur bei Zufriedenheit, 5 Sterne erbeten, Gratis-Kartusche als Dank.",
         mk("Aquaklar <hallo@aquaklar.de>", b["sterne"], f"Ihre Meinung zu Bestellung {o['sterne']}",
            _d(9, "10:00:00", "+0200"), "<ak-rev-1@aquaklar.de>", text=t + "\n"),
         multi=True, tolerated=["type.marketing"])


# --------------------------------------------------------------------------------------------
# French
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = OID, BUYER

    h = f"""<p>Bonjour,</p>
<p>Voici l'épreuve de gravure pour votre commande {o['gravure']}. Merci de vérifier l'orthographe du nom et la date avant que nous lancions la gravure :</p>
<p><img src="cid:epreuve" alt="Épreuve de gravure : Famille Rousseau - 2026, police script" width="420" height="220"></p>
<p>Répondez simplement « OK » si tout est correct, ou indiquez-nous la correction.</p>
<p>Bien cordialement,<br>L'Atelier du Noyer</p>"""
    case("gravure-epreuve-png", "relay", [], ["image.product-photo", "attachment.not-allowed", "style.image-width", "style.image-alt"],
         "Vérification d'un design personnalisé avec une épreuve PNG inline (420 px, alt descriptif).",
         mk("L'Atelier du Noyer <atelier@atelier-du-noyer.fr>", b["gravure"], f"Épreuve de gravure - commande {o['gravure']}",
            _d(13, "10:00:00", "+0200"), "<an-prf-1@atelier-du-noyer.fr>", html=page(h, "fr"),
            related=[(proof_png(), "image", "png", "<epreuve>", "epreuve-gravure.png")]))

    q = "Une des deux housses a un accroc près de la fermeture. Que proposez-vous ?"
    t = f"""Bonjour Mme Laurent,

Nous sommes désolés pour l'accroc. Comme convenu, nous avons effectué un remboursement partiel de 9,50 EUR sur votre commande via Amazon aujourd'hui ; il apparaîtra sur votre moyen de paiement sous 3 à 5 jours ouvrés. Vous pouvez garder la housse.

Bien à vous,
Camille
Lin & Maison

Le 12 juin 2026 à 18:40, {b['coussin']} a écrit :
{quote(q)}
"""
    case("coussin-remboursement-partiel-reponse", "relay", [], ["type.order-confirmation", "return.unnecessary", "review.incentive"],
         "Réponse confirmant un remboursement partiel déjà effectué, à la demande de l'acheteuse.",
         mk("Lin & Maison <contact@lin-et-maison.fr>", b["coussin"], "Re: accroc sur une housse", _d(13, "09:00:00", "+0200"),
            "<lm-re-77@lin-et-maison.fr>", headers=reply_headers("0102018f.coussin.q"), text=t))

    t = f"""Bonjour,

Suite à votre commande {o['avis']}, nous avons remplacé la batterie de votre aspirateur balai la semaine dernière.

Maintenant que le problème est réglé, pourriez-vous supprimer le commentaire négatif que vous avez publié sur Amazon, ou au moins le modifier pour qu'il corresponde à la situation actuelle ?

Cordialement,
Service client Ménagerio"""
    case("aspirateur-supprimer-commentaire", "reject", ["review.removal-request"], ["review.conditional"],
         "Demande de supprimer ou modifier un avis existant.",
         mk("Ménagerio <sav@menagerio.fr>", b["avis"], f"Votre aspirateur - commande {o['avis']}", _d(11, "10:00:00", "+0200"),
            "<mg-avis-1@menagerio.fr>", text=t + "\n"), tolerated=["review.incentive"])

    t = f"""Bonjour,

Pour que nous puissions traiter la garantie de votre robot pâtissier (commande {o['sav']}), envoyez-nous une photo de la plaque signalétique à l'adresse sav.patissier@cuisinexpert.fr en indiquant votre numéro de commande.

Cordialement,
CuisineXpert"""
    case("robot-adresse-email", "reject", ["content.email-address"], ["link.external", "content.phone-number"],
         "Une adresse e-mail du vendeur dans le corps du message.",
         mk("CuisineXpert <service@cuisinexpert.fr>", b["sav"], f"Garantie - commande {o['sav']}", _d(12, "10:00:00", "+0200"),
            "<cx-gar-1@cuisinexpert.fr>", text=t + "\n"))

    h = f"""<h1>Votre lampe de chevet</h1>
<h2>Commande {o['tailles']}</h2>
<p style="font-size:18px">Trois niveaux d'intensité : touchez le pied une, deux ou trois fois.</p>
<p style="font-size:14px">Pour l'éteindre, maintenez le doigt sur le pied pendant deux secondes.</p>
<p style="font-size:11px">Lumière &amp; Verre - Lyon</p>"""
    case("lampe-cinq-tailles", "reject", ["style.font-sizes"], ["style.font-override", "style.alignment"],
         "Cinq tailles de police (h1, h2, 18px, 14px, 11px).",
         mk("Lumière & Verre <contact@lumiere-verre.fr>", b["tailles"], f"Utilisation de votre lampe ({o['tailles']})",
            _d(10, "10:00:00", "+0200"), "<lv-lamp-1@lumiere-verre.fr>", html=page(h, "fr")))

    t = f"""Bonjour,

Votre gourde (commande {o['sourire']}) garde le chaud 12 h et le froid 24 h. Pensez à la préchauffer avec un peu d'eau chaude avant d'y verser votre thé :-)

Le bouchon passe au lave-vaisselle, la gourde non ;-)

À bientôt,
Gourdes Azur"""
    case("gourde-emoticones-ascii", "reject", ["style.emoji"], ["type.thank-you-only"],
         "Émoticônes ASCII « :-) » et « ;-) ».",
         mk("Gourdes Azur <bonjour@gourdes-azur.fr>", b["sourire"], f"Astuces pour votre gourde ({o['sourire']})",
            _d(11, "10:00:00", "+0200"), "<ga-tip-1@gourdes-azur.fr>", text=t + "\n"))

    t = f"""Hello,

Thank you for your order {o['anglais']}. Before the first use, please season the enamelled cast iron casserole lightly with oil and heat it slowly; never heat it empty on full power.

Best regards,
Fonte & Feu"""
    case("cocotte-anglais-acheteur-fr", "quarantine", ["language.mismatch"], ["order-id.missing"],
         "Message en anglais à un acheteur amazon.fr dont la langue enregistrée est le français.",
         mk("Fonte & Feu <contact@fonte-et-feu.fr>", b["anglais"], f"Your casserole - order {o['anglais']}",
            _d(10, "10:00:00", "+0200"), "<ff-en-1@fonte-et-feu.fr>", text=t + "\n"))

    t = f"""Bonjour,

Merci pour votre commande {o['confirm-fr']} ! Nous vous confirmons qu'elle a bien été enregistrée et qu'elle sera préparée sous 48 heures. Vous recevrez un e-mail dès son expédition.

À très vite,
Maison Moutarde"""
    case("tablier-confirmation-commande", "quarantine", ["type.order-confirmation"], ["content.email-address"],
         "Simple confirmation de commande, déjà envoyée par Amazon.",
         mk("Maison Moutarde <commandes@maison-moutarde.fr>", b["confirm-fr"], f"Confirmation de votre commande {o['confirm-fr']}",
            _d(13, "12:00:00", "+0200"), "<mm-conf-1@maison-moutarde.fr>", text=t + "\n"), tolerated=["type.thank-you-only"])

    t = f"""Bonjour,

Merci pour votre commande {o['multi-fr']} :)

Nos tutoriels d'aquarelle pour débutants sont ici : http://www.aquarelle-facile.fr/tutos



Pour toute question, écrivez à atelier@aquarelle-facile.fr.

Amicalement,
Aquarelle Facile"""
    case("pinceaux-http-mail-sauts-emoticone", "reject",
         ["link.insecure", "content.email-address", "style.line-breaks", "style.emoji"], ["link.opt-out"],
         "Texte brut : lien http, adresse e-mail, quatre sauts de ligne consécutifs et une émoticône « :) ».",
         mk("Aquarelle Facile <atelier@aquarelle-facile.fr>", b["multi-fr"], f"Vos pinceaux ({o['multi-fr']})",
            _d(9, "10:00:00", "+0200"), "<af-tuto-1@aquarelle-facile.fr>", text=t + "\n"),
         multi=True, tolerated=["link.external", "type.marketing"])


# --------------------------------------------------------------------------------------------
# Spanish
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = OID, BUYER

    t = f"""Hola:

Lamentamos comunicarle que no podemos enviar su cafetera italiana (pedido {o['agotado']}): el proveedor nos ha confirmado que el modelo de 9 tazas está agotado hasta septiembre.

Ya hemos reembolsado el importe total del pedido, 34,90 EUR, a través de Amazon con el motivo «sin existencias» (NoInventory). Lo verá en su cuenta en un plazo de 3 a 5 días hábiles. No tiene que hacer nada más.

Disculpe las molestias.
Cafés del Sur"""
    case("cafetera-agotada-reembolsada", "relay", [],
         ["order-problem.cancellation-request", "order-problem.no-adjustment", "type.order-confirmation"],
         "Aviso de falta de existencias que confirma el reembolso total y el motivo.",
         mk("Cafés del Sur <pedidos@cafesdelsur.es>", b["agotado"], f"Problema con su pedido {o['agotado']}",
            _d(12, "10:00:00", "+0200"), "<cs-oos-1@cafesdelsur.es>", text=t + "\n"))

    t = f"""Hola:

Recibimos su solicitud de devolución de la freidora de aire (pedido {o['latino']}). Para poder procesarla, ¿nos puede indicar si la cesta antiadherente presenta rayones o si el problema es el panel táctil? Con esa información le diremos si necesita enviar el aparato completo.

Saludos cordiales,
CocinaFácil USA"""
    case("freidora-comprador-es-en-com", "relay", [], ["language.mismatch", "return.unnecessary"],
         "Mensaje en español en amazon.com a un comprador cuyo idioma guardado es el español; pide información necesaria para la devolución.",
         mk("CocinaFácil USA <soporte@cocinafacil-usa.com>", b["latino"], f"Su devolución - pedido {o['latino']}",
            _d(10, "10:00:00", "-0500"), "<cf-dev-1@cocinafacil-usa.com>", text=t + "\n"))

    q = "Hola, ¿dónde está mi mochila? En Amazon sigue sin moverse."
    t = f"""Hola Lucía:

Su mochila salió el 9 de junio con Correos Express. El número de seguimiento es 4470 2291 0038 5521 y, según el transportista, la entrega está prevista para el martes 16 de junio. Si el martes no ha llegado, escríbanos y abrimos una incidencia con Correos Express.

Un saludo,
Mochilas Norte

El 14 jun 2026, a las 19:20, {b['seguimiento']} escribió:
{quote(q)}
"""
    case("mochila-respuesta-seguimiento", "relay", [], ["type.order-confirmation", "content.phone-number", "order-id.missing"],
         "Respuesta a la pregunta de la compradora con el número de seguimiento: permitido en una respuesta.",
         mk("Mochilas Norte <ayuda@mochilasnorte.es>", b["seguimiento"], "Re: ¿Dónde está mi pedido?", _d(15, "09:00:00", "+0200"),
            "<mn-re-5@mochilasnorte.es>", headers=reply_headers("0102018f.mochila.q"), text=t))

    t = f"""Hola:

Le escribimos por su pedido {o['cancele']}. Por desgracia nos hemos quedado sin existencias de la silla de paseo y no sabemos cuándo volverá a entrar.

Le rogamos que solicite usted la cancelación del pedido desde «Mis pedidos» en Amazon; en cuanto lo haga, recibirá el reembolso.

Gracias por su comprensión,
BebéRuta"""
    case("silla-pida-cancelacion", "reject", ["order-problem.cancellation-request", "order-problem.no-adjustment"], ["type.marketing"],
         "Sin existencias: pide a la compradora que solicite la cancelación y no confirma ningún reembolso.",
         mk("BebéRuta <pedidos@beberuta.es>", b["cancele"], f"Su pedido {o['cancele']}", _d(13, "10:00:00", "+0200"),
            "<br-cxl-1@beberuta.es>", text=t + "\n"))

    t = f"""Estimado cliente:

Solo queríamos darle las gracias de todo corazón por confiar en nosotros con su pedido {o['gracias']}. Para nosotros es un orgullo contar con clientes como usted.

Quedamos a su entera disposición para lo que necesite.

Un cordial saludo,
Sartenes Lucena"""
    case("sartenes-solo-gracias", "quarantine", ["type.thank-you-only"], ["type.marketing", "review.incentive"],
         "Solo agradecimiento y ofrecimiento de ayuda.",
         mk("Sartenes Lucena <info@sarteneslucena.es>", b["gracias"], f"Gracias por su pedido {o['gracias']}",
            _d(10, "10:00:00", "+0200"), "<sl-gr-1@sarteneslucena.es>", text=t + "\n"))

    h = f"""<div style="padding:20px 25%">
<p>Hola:</p>
<p>Su lámpara de escritorio (pedido {o['margen']}) carga el móvil solo si la base queda en horizontal; coloque el teléfono centrado sobre el círculo gris.</p>
<p>Saludos,<br>Luz y Mesa</p>
</div>"""
    case("lampara-margen-25", "reject", ["style.margin"], ["style.alignment", "style.image-width"],
         "Relleno lateral del 25 % (por lado), más del 20 % permitido.",
         mk("Luz y Mesa <hola@luzymesa.es>", b["margen"], f"Carga inalámbrica - pedido {o['margen']}", _d(9, "10:00:00", "+0200"),
            "<lm-mar-1@luzymesa.es>", html=page(h, "es")))

    h = f"""<p>Hola:</p>
<p>Los tuppers de vidrio de su pedido {o['imagen']} van al horno sin la tapa; la tapa solo al lavavajillas. En la imagen ve qué pieza es cuál:</p>
<p><img src="http://img.vidriocasa.es/guia/tapas-y-bases.png" alt="Guía: bases de vidrio y tapas" width="300"></p>
<p>Saludos,<br>VidrioCasa</p>"""
    case("tuppers-imagen-http", "reject", ["image.insecure"], ["link.insecure", "link.external", "style.image-alt"],
         "Imagen remota servida por http.",
         mk("VidrioCasa <hola@vidriocasa.es>", b["imagen"], f"Uso en el horno - pedido {o['imagen']}", _d(11, "10:00:00", "+0200"),
            "<vc-img-1@vidriocasa.es>", html=page(h, "es")))

    q = "Las zapatillas me hacen daño en el talón, quiero devolverlas."
    t = f"""Mire, las zapatillas están perfectas. Si le hacen daño será porque tiene unos pies de mierda o no sabe atarse los cordones. No nos haga perder el tiempo, joder.

Runners Pro

El 13 jun 2026, a las 21:05, {b['insulto']} escribió:
{quote(q)}
"""
    case("zapatillas-respuesta-ofensiva", "quarantine", ["content.sensitive"], ["content.email-address"],
         "Respuesta con lenguaje ofensivo y grosero («de mierda», «joder»).",
         mk("Runners Pro <soporte@runnerspro.es>", b["insulto"], "Re: devolución zapatillas", _d(14, "10:00:00", "+0200"),
            "<rp-re-2@runnerspro.es>", headers=reply_headers("0102018f.zapas.q"), text=t),
         tolerated=["return.unnecessary"])

    h = f"""<p>Hola:</p>
<p>Para su funda nórdica (pedido {o['correo']}) le recomendamos lavarla del revés a 30 grados. Tiene la guía de tallas en la página del producto:
<a href="https://www.amazon.es/dp/B0FUNDA150">https://www.amazon.es/dp/B0FUNDA150</a></p>
<p>Un saludo,<br>Algodón Claro</p>"""
    case("funda-url-como-texto", "reject", ["style.link-text"], ["link.external", "link.insecure"],
         "Enlace HTML cuyo texto es la propia URL.",
         mk("Algodón Claro <hola@algodonclaro.es>", b["correo"], f"Lavado de su funda ({o['correo']})", _d(12, "10:00:00", "+0200"),
            "<ac-lav-1@algodonclaro.es>", html=page(h, "es")))


# --------------------------------------------------------------------------------------------
# Italian
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = OID, BUYER

    q = "Buongiorno, quale filtro di ricambio devo comprare per la caraffa?"
    h = f"""<p>Buongiorno,</p>
<p>per la sua caraffa servono i filtri da 2,5 L con attacco a baionetta. Li trova qui su Amazon: <a href="https://www.amazon.it/dp/B0FILTRO25">Filtri di ricambio per caraffa 2,5 L su Amazon.it</a>.</p>
<p>Cordiali saluti,<br>AcquaPura Italia</p>
<blockquote>{q}</blockquote>"""
    case("caraffa-link-amazon-su-richiesta", "relay", [], ["link.external", "style.link-text", "type.marketing"],
         "Risposta a una domanda sul ricambio, con link https ad Amazon e testo descrittivo.",
         mk("AcquaPura Italia <assistenza@acquapura.it>", b["ricarica"], "Re: filtro di ricambio", _d(10, "10:00:00", "+0200"),
            "<ap-re-1@acquapura.it>", headers=reply_headers("0102018f.caraffa.q"), html=page(h, "it")))

    t = f"""Buongiorno,

abbiamo ricevuto lo zaino che ci ha restituito (ordine {o['reso']}). Purtroppo una delle cinghie è stata tagliata, quindi non possiamo rivenderlo come nuovo.

Le proponiamo un rimborso parziale di 45,00 EUR sui 69,00 EUR pagati. Ci fa sapere se è d'accordo?

Cordiali saluti,
Montagna Viva"""
    case("zaino-reso-rimborso-parziale", "relay", [], ["return.unnecessary", "review.incentive"],
         "Messaggio sul reso che offre un rimborso parziale e chiede conferma.",
         mk("Montagna Viva <resi@montagnaviva.it>", b["reso"], f"Il suo reso - ordine {o['reso']}", _d(11, "10:00:00", "+0200"),
            "<mv-reso-1@montagnaviva.it>", text=t + "\n"))

    t = f"""Gentile cliente,

speriamo che la macchina per la pasta (ordine {o['contento']}) le stia dando soddisfazione.

Se è contento del prodotto, una recensione su Amazon ci aiuterebbe molto. Se invece qualcosa non la convince, le chiediamo di scriverci prima di lasciare una recensione: troveremo insieme una soluzione.

Un caro saluto,
Pasta Fresca Casa"""
    case("pasta-se-contento-recensione", "reject", ["review.conditional"], ["review.removal-request"],
         "Recensione solo se contento; altrimenti scriverci prima.",
         mk("Pasta Fresca Casa <info@pastafrescacasa.it>", b["contento"], f"La sua macchina per la pasta ({o['contento']})",
            _d(10, "10:00:00", "+0200"), "<pf-rec-1@pastafrescacasa.it>", text=t + "\n"), tolerated=["review.incentive"])

    t = f"""Gentile cliente,

abbiamo visto che ha richiesto il reso del set di coltelli (ordine {o['resoinutile']}). Ci dispiace molto che non l'abbia convinta: i nostri coltelli sono forgiati a mano e sono apprezzati da moltissimi cuochi.

Speriamo di rivederla presto tra i nostri clienti.

Cordiali saluti,
Coltelleria Ferri"""
    case("coltelli-reso-senza-motivo", "quarantine", ["return.unnecessary"], ["review.incentive", "type.thank-you-only"],
         "Messaggio sul reso che non chiede informazioni né offre un rimborso parziale.",
         mk("Coltelleria Ferri <info@coltelleriaferri.it>", b["resoinutile"], f"Il suo reso - ordine {o['resoinutile']}",
            _d(9, "10:00:00", "+0200"), "<cf-reso-1@coltelleriaferri.it>", text=t + "\n"),
         tolerated=["type.marketing"])

    gif = cb.animated_gif(("OMBRA", "chiusura"))
    h = f"""<p>Buongiorno,</p>
<p>per chiudere l'ombrellone (ordine {o['gif']}) tiri la manovella verso di sé prima di girarla, come mostra l'animazione:</p>
<p><img src="cid:chiusura" alt="Come chiudere l'ombrellone"></p>
<p>Saluti,<br>Giardino Sereno</p>"""
    case("ombrellone-gif-animata", "reject", ["style.animated-gif"], ["style.image-alt", "style.image-width"],
         "GIF animata a due fotogrammi inline.",
         mk("Giardino Sereno <info@giardinosereno.it>", b["gif"], f"Chiusura dell'ombrellone ({o['gif']})", _d(11, "10:00:00", "+0200"),
            "<gs-gif-1@giardinosereno.it>", html=page(h, "it"),
            related=[(gif, "image", "gif", "<chiusura>", "chiusura.gif")]))

    h = f"""<div style="text-align:justify">
<p>Buongiorno,</p>
<p>il suo tappetino in sughero (ordine {o['giustificato']}) non va lavato in lavatrice: basta un panno umido con poche gocce di sapone neutro, poi lo lasci asciugare all'aria lontano dal sole.</p>
<p>Cordiali saluti,<br>Sughero Zen</p>
</div>"""
    case("tappetino-testo-giustificato", "reject", ["style.alignment"], ["style.margin", "style.font-override"],
         "Corpo del messaggio con text-align: justify.",
         mk("Sughero Zen <ciao@sugherozen.it>", b["giustificato"], f"Pulizia del tappetino ({o['giustificato']})",
            _d(9, "10:00:00", "+0200"), "<sz-pul-1@sugherozen.it>", html=page(h, "it")))

    t = f"""Buongiorno,

il suo bollitore (ordine {o['disiscrizione']}) va decalcificato una volta al mese con acqua e aceto in parti uguali.

Se preferisce non ricevere più messaggi da parte nostra, risponda a questa e-mail scrivendo CANCELLAMI e la toglieremo dall'elenco.

Cordiali saluti,
Casa Crema"""
    case("bollitore-testo-disiscrizione", "reject", ["link.opt-out"], ["content.email-address"],
         "Testo di opt-out (rispondere CANCELLAMI per non ricevere più messaggi), senza link.",
         mk("Casa Crema <info@casacrema.it>", b["disiscrizione"], f"Manutenzione del bollitore ({o['disiscrizione']})",
            _d(10, "10:00:00", "+0200"), "<cc-bol-1@casacrema.it>", text=t + "\n"))

    t = f"""Buongiorno,

siamo spiacenti di informarla che il lampadario in rattan del suo ordine {o['esaurito']} non è più disponibile e non potremo spedirlo.

Ci scusiamo per l'inconveniente.

Cordiali saluti,
Rattan & Luce"""
    case("lampadario-esaurito-senza-rimborso", "quarantine", ["order-problem.no-adjustment"],
         ["order-problem.cancellation-request", "type.thank-you-only"],
         "Prodotto non disponibile senza conferma del rimborso né del motivo.",
         mk("Rattan & Luce <ordini@rattanluce.it>", b["esaurito"], f"Problema con l'ordine {o['esaurito']}",
            _d(13, "10:00:00", "+0200"), "<rl-oos-1@rattanluce.it>", text=t + "\n"))

    t = f"""Buongiorno,

la sua pentola a pressione (ordine {o['vecchio']}) ormai la accompagna da più di un mese! Se ci lascia una recensione su Amazon, le regaliamo la guarnizione di ricambio.

Cordiali saluti,
Cucina Sicura"""
    case("pentola-scaduta-guarnizione-in-regalo", "reject", ["window.expired", "review.incentive"], ["review.conditional"],
         "Richiesta di recensione 40 giorni dopo la consegna, con un ricambio in regalo come incentivo.",
         mk("Cucina Sicura <info@cucinasicura.it>", b["vecchio"], f"Un regalo per lei - ordine {o['vecchio']}",
            _d(15, "10:00:00", "+0200"), "<cs-reg-1@cucinasicura.it>", text=t + "\n"),
         multi=True, tolerated=["type.marketing"])


# --------------------------------------------------------------------------------------------
# Japanese
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = OID, BUYER

    t = f"""お客様

い草ラグ（ご注文番号 {o['okure']}）につきまして、ご連絡いたします。

織元での仕上げ工程が天候の影響で遅れており、発送が当初のお届け予定より3日ほど遅れる見込みです。6月17日に発送し、6月19日頃のお届けとなる予定です。

お待たせして申し訳ございません。お待ちいただくのが難しい場合は、このメッセージにご返信ください。当店でキャンセルと全額返金の手続きをいたします。

畳とラグの藤井"""
    case("igusa-hassou-okure", "relay", [],
         ["order-problem.no-adjustment", "order-problem.cancellation-request", "type.order-confirmation"],
         "発送遅延のお知らせ。キャンセルは店側で行うと申し出ており、購入者にキャンセル申請を求めていない（ISO-2022-JP）。",
         mk("畳とラグの藤井 <info@fujii-rug.jp>", b["okure"], f"発送遅延のお知らせ（ご注文番号 {o['okure']}）",
            _d(14, "10:00:00", "+0900"), "<fr-delay-1@fujii-rug.jp>", text=t + "\n", **JIS))

    q = """替えブラシはどれを買えばいいですか？
すぐ教えてもらえないならキャンセルして、星5つのレビューも書き直します。"""
    t = f"""お客様

お問い合わせありがとうございます。
お使いの電動歯ブラシには、型番 TB-20 の替えブラシが対応しております。TB-10 は取り付けられませんのでご注意ください。

ハミガキ工房 サポート担当

6月13日 21:10 {b['toiawase']}:
{quote(q)}
"""
    case("haburashi-toiawase-henshin", "relay", [],
         ["review.removal-request", "review.incentive", "order-problem.cancellation-request", "order-id.missing", "content.email-address"],
         "購入者の質問への返信。引用部分の「キャンセル」「星5つ」「書き直します」は購入者の言葉で、出品者は何も求めていない。",
         mk("ハミガキ工房 <support@hamigaki-kobo.jp>", b["toiawase"], "Re: 替えブラシについて", _d(14, "09:00:00", "+0900"),
            "<hk-re-3@hamigaki-kobo.jp>", headers=reply_headers("0103018f.haburashi.q"), text=t, **JIS))

    t = f"""お客様

全自動コーヒーメーカー（ご注文番号 {o['hosho']}）には、メーカー保証が1年間付いております。
保証をご利用の際は、メーカーの保証窓口 0120-555-310（平日9時から17時）へお問い合わせください。

珈琲道具のまめや"""
    case("coffee-maker-hosho", "relay", [], ["content.phone-number", "type.thank-you-only", "type.marketing"],
         "メーカー保証窓口の電話番号のみを案内する保証の連絡（base64 UTF-8）。",
         mk("珈琲道具のまめや <info@mameya-dougu.jp>", b["hosho"], f"メーカー保証のご案内（{o['hosho']}）",
            _d(9, "10:00:00", "+0900"), "<my-hosho-1@mameya-dougu.jp>", text=t + "\n", **B64))

    logo = cb.logo_png("SUIKIRI", size=(130, 40))
    h = f"""<p>お客様</p>
<p>水切りラック（ご注文番号 {o['alt']}）の組み立てでは、トレーの傾斜が外側に向くように置いてください。</p>
<p>ステンレス工房 匠<br><img src="cid:takumi-logo" width="130" height="40"></p>"""
    case("mizukiri-logo-alt-nashi", "reject", ["style.image-alt"], ["image.logo-link", "style.image-width"],
         "署名のロゴ画像に alt がない。",
         mk("ステンレス工房 匠 <info@sus-takumi.jp>", b["alt"], f"組み立てのご案内（{o['alt']}）", _d(10, "10:00:00", "+0900"),
            "<st-alt-1@sus-takumi.jp>", html=page(h, "ja"),
            related=[(logo, "image", "png", "<takumi-logo>", "logo.png")], **B64))

    t = f"""お客様

ヨガウェア（ご注文番号 {o['kaigyo']}）は、裏返しにして30度以下のぬるま湯で手洗いしてください。



乾燥機のご使用はお控えください。

ヨガスタジオ ルナ"""
    case("yogawear-kaigyo-mittsu", "reject", ["style.line-breaks"], ["type.thank-you-only"],
         "プレーンテキストで改行が4つ連続している（ISO-2022-JP）。",
         mk("ヨガスタジオ ルナ <shop@yoga-luna.jp>", b["kaigyo"], f"お手入れ方法（{o['kaigyo']}）", _d(11, "10:00:00", "+0900"),
            "<yl-care-1@yoga-luna.jp>", text=t + "\n", **JIS))

    t = f"""お客様

加湿器（ご注文番号 {o['waribiki']}）をご愛用いただきありがとうございます。

Amazonで星5つのレビューをご投稿いただいたお客様には、次回のお買い物で使える15%割引コードをお送りしております。ご投稿後、このメッセージにご返信ください。

うるおい家電"""
    case("kashitsuki-review-waribiki", "reject", ["review.incentive"], ["review.conditional"],
         "星5つのレビューと引き換えに次回15%割引コード（ISO-2022-JP）。",
         mk("うるおい家電 <info@uruoi-kaden.jp>", b["waribiki"], f"レビューのお願い（{o['waribiki']}）",
            _d(8, "10:00:00", "+0900"), "<uk-rev-1@uruoi-kaden.jp>", text=t + "\n", **JIS), tolerated=["type.marketing"])

    t = f"""お客様

ご注文いただいたガラス製保存容器（ご注文番号 {o['hassou']}）を本日発送いたしました。

配送業者：ヤマト運輸
お問い合わせ伝票番号：4821-5530-9927

到着まで今しばらくお待ちください。

キッチン雑貨 ガラス屋"""
    case("hozon-yoki-hassou-kanryo", "quarantine", ["type.order-confirmation"], ["content.phone-number", "type.thank-you-only"],
         "発送完了と伝票番号の通知（Amazonが既に送る内容）、base64 UTF-8。",
         mk("キッチン雑貨 ガラス屋 <order@glass-ya.jp>", b["hassou"], f"発送完了のお知らせ（{o['hassou']}）",
            _d(13, "15:00:00", "+0900"), "<gy-ship-1@glass-ya.jp>", text=t + "\n", **B64))

    h = f"""<p>お客様</p>
<p>ご注文番号 {o['shashin']} の急須は、ご使用前にお湯を入れて5分ほど置き、湯を捨てる「湯通し」を2回行ってください。</p>
<p><img src="cid:kyusu" alt="南部鉄器 急須 0.65L" width="320" height="240"></p>
<p>鉄器の岩手屋</p>"""
    case("kyusu-shohin-shashin", "quarantine", ["image.product-photo"], ["style.image-alt", "style.image-width"],
         "購入商品の写真。alt に商品名「南部鉄器 急須 0.65L」が入っている。",
         mk("鉄器の岩手屋 <info@iwateya-tekki.jp>", b["shashin"], f"ご使用前のお手入れ（{o['shashin']}）",
            _d(9, "10:00:00", "+0900"), "<iw-img-1@iwateya-tekki.jp>", html=page(h, "ja"),
            related=[(photo_jpeg(), "image", "jpeg", "<kyusu>", "nanbu-kyusu.jpg")], **B64))

    t = f"""お客様

羽毛布団（ご注文番号 {o['denwa']}）は、届いてから半日ほど広げておくとふっくらします。

ご不明な点は、当店お客様窓口 03-5555-0182 までお電話ください。

寝具のふわり"""
    case("futon-tenpo-denwa", "reject", ["content.phone-number"], ["type.marketing"],
         "出品者自身の問い合わせ電話番号（保証・配送・メーカーと無関係）、ISO-2022-JP。",
         mk("寝具のふわり <info@fuwari-shingu.jp>", b["denwa"], f"羽毛布団のお取り扱い（{o['denwa']}）",
            _d(11, "10:00:00", "+0900"), "<fw-tel-1@fuwari-shingu.jp>", text=t + "\n", **JIS))

    t = f"""Dear customer,

Regarding your order {o['eigo']}: unfortunately the wooden desk organiser is out of stock and we are unable to ship it.

If you have any questions, please call our Tokyo office on +81 3-5555-0147.

Best regards,
Woodline Japan"""
    case("organiser-english-oos-phone", "reject",
         ["language.mismatch", "order-problem.no-adjustment", "content.phone-number"], ["order-problem.cancellation-request"],
         "日本語の購入者に英語で欠品連絡。返金確認がなく、店舗の電話番号入り。",
         mk("Woodline Japan <orders@woodline.jp>", b["eigo"], f"Order {o['eigo']} - out of stock", _d(13, "10:00:00", "+0900"),
            "<wl-oos-1@woodline.jp>", text=t + "\n"), multi=True)

    icon = cb.logo_png("QI", size=(60, 60))
    h = f"""<div style="text-align:center">
<p>お客様 ✨</p>
<p>ワイヤレス充電器（ご注文番号 {o['chuuou']}）は、スマートフォンのケースを外すと充電が安定します 📱</p>
<p><img src="http://cdn.juden-lab.jp/img/howto-3in1.png" alt="充電位置の図" width="300"></p>
<p><img src="cid:qi-icon" width="60" height="60"></p>
<p>充電ラボ</p>
</div>"""
    case("juuden-center-emoji-http-noalt", "reject",
         ["style.alignment", "style.emoji", "image.insecure", "style.image-alt"], ["link.insecure", "style.image-width"],
         "中央揃え、絵文字、http の画像、alt のない画像。",
         mk("充電ラボ <info@juden-lab.jp>", b["chuuou"], f"充電のコツ（{o['chuuou']}）", _d(10, "10:00:00", "+0900"),
            "<jl-tip-1@juden-lab.jp>", html=page(h, "ja"),
            related=[(icon, "image", "png", "<qi-icon>", "qi.png")], **B64), multi=True)


def main() -> None:
    write_orders(ROOT, ORDERS)
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja))
    CASE_LIST.sort(key=lambda c: 0 if not c["rules"] else (2 if c["multi"] else 1))
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="eighth"), verify)
    kinds = {"relay": sum(1 for c in CASE_LIST if not c["rules"]),
             "single": sum(1 for c in CASE_LIST if c["rules"] and not c["multi"]),
             "multi": sum(1 for c in CASE_LIST if c["multi"])}
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}; {kinds}")


if __name__ == "__main__":
    main()
