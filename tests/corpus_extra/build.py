#!/usr/bin/env python3
"""Build the second labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_extra/build.py

Deterministic: the buyer addresses come from a seeded generator, MIME boundaries are derived from
the case slug, and the images, PDFs and the zip are drawn here with Pillow / written by hand.
Every message is read back after writing (see verify()).
"""

from __future__ import annotations

import hashlib
import html as htmlmod
import io
import random
import sys
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from functools import partial
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent
CASES = ROOT / "cases"

sys.path.insert(0, str(ROOT.parent))  # tests/: the shared helpers live in tests/corpus_build.py
from corpus_build import (  # noqa: E402
    add_case,
    buyer,
    img_bytes,
    mk,
    page,
    pdf_document,
    text2html,
    write_cases,
    write_orders,
    zip_bytes,
)

# --------------------------------------------------------------------------------------------
# Orders
# --------------------------------------------------------------------------------------------

_rnd = random.Random(20260615)
_buyer = partial(buyer, _rnd)


# key: (order_id, marketplace tld, language, purchased, shipped, delivered, title, has_buyer_email)
_ORDER_ROWS = [
    ("pizza", "112-4061938-2275016", "com", "en", "2026-05-30T14:12:00Z", "2026-06-01T16:40:00Z", "2026-06-06T18:05:00Z", "Cast Aluminum Pizza Steel 16 x 14 in", True),
    ("scale", "113-7725104-6398821", "com", "en", "2026-05-27T09:30:00Z", "2026-05-28T15:00:00Z", "2026-06-02T17:45:00Z", "Bluetooth Kitchen Scale with App, 5 kg", True),
    ("throw", "204-1836572-4409917", "co.uk", "en", "2026-06-03T20:15:00Z", "2026-06-05T10:00:00Z", "2026-06-08T13:20:00Z", "Merino Wool Throw Blanket, Heather Grey", True),
    ("shelf", "203-5590281-7163348", "co.uk", "en", "2026-05-26T11:02:00Z", "2026-05-27T09:30:00Z", "2026-05-31T12:10:00Z", "Oak Wall Shelf 80 cm with Brackets", True),
    ("sofa", "203-4471906-2285310", "co.uk", "en", "2026-06-09T19:40:00Z", "2026-06-12T08:00:00Z", "", "Three-Seater Fabric Sofa, Slate Blue", True),
    ("kettle", "206-9904127-3358801", "co.uk", "en", "2026-05-28T08:25:00Z", "2026-05-29T14:00:00Z", "2026-06-01T10:40:00Z", "Electric Kettle 1.7 L, Brushed Steel", True),
    ("braeter", "302-8841206-3375190", "de", "de", "2026-05-30T17:48:00Z", "2026-06-01T09:15:00Z", "2026-06-05T13:30:00Z", "Gusseisen-Bräter oval 6,2 L, schwarz", True),
    ("stuhl", "305-6617340-9928473", "de", "de", "2026-06-11T07:20:00Z", "", "", "Ergonomischer Bürostuhl mit Lordosenstütze, Netzrücken", True),
    ("helm", "306-2290517-4416682", "de", "de", "2026-05-29T18:05:00Z", "2026-05-31T10:20:00Z", "2026-06-03T15:45:00Z", "Fahrradhelm Urban mit LED-Rücklicht, Gr. M", True),
    ("kanne", "303-6640195-2218837", "de", "", "2026-06-10T16:05:00Z", "", "", "Kupfer-Gießkanne 1,5 L", True),
    ("flasche", "302-7716023-5584190", "de", "en", "2026-06-11T12:00:00Z", "", "", "Stainless Steel Water Bottle 1 L, Matte Black", True),
    ("robot", "171-4403926-5510837", "fr", "fr", "2026-06-02T10:30:00Z", "2026-06-03T08:45:00Z", "2026-06-07T11:50:00Z", "Robot pâtissier 1000 W, bol inox 5 L", True),
    ("plaid", "402-9917734-2268451", "fr", "fr", "2026-05-28T21:10:00Z", "2026-05-29T13:00:00Z", "2026-06-01T16:25:00Z", "Plaid en laine mérinos, gris perle", True),
    ("bougie", "405-3328170-6641295", "fr", "fr", "2026-06-12T09:10:00Z", "", "", "Bougie parfumée figue et bois de cèdre, 220 g", True),
    ("cafetiere", "171-6627013-4458890", "fr", "fr", "2026-05-12T08:00:00Z", "2026-05-14T10:30:00Z", "2026-05-18T15:00:00Z", "Cafetière à piston en verre 1 L", True),
    ("yoga", "402-1187304-6695528", "fr", "fr", "2026-04-25T19:00:00Z", "2026-04-27T09:00:00Z", "2026-05-02T11:20:00Z", "Tapis de yoga en liège 4 mm", True),
    ("coltelli", "403-5527719-8804136", "it", "it", "2026-05-30T12:40:00Z", "2026-06-01T15:10:00Z", "2026-06-04T10:05:00Z", "Set di coltelli da cucina 6 pezzi con ceppo", True),
    ("lampada", "404-2219863-7750214", "it", "it", "2026-06-04T20:15:00Z", "2026-06-05T11:30:00Z", "2026-06-09T14:50:00Z", "Lampada da terra in ottone, stile industriale", True),
    ("borraccia", "171-8830264-1197402", "it", "it", "2026-06-10T18:30:00Z", "", "", "Borraccia termica in acciaio 750 ml", True),
    ("olio", "405-8812036-4470295", "it", "it", "2026-03-20T09:00:00Z", "2026-03-23T08:30:00Z", "2026-03-28T12:00:00Z", "Olio extravergine di oliva taggiasca 3 L, lattina", True),
    ("cafetera", "406-7745128-3302961", "es", "es", "2026-05-29T10:20:00Z", "2026-05-30T12:00:00Z", "2026-06-03T17:35:00Z", "Cafetera italiana de acero inoxidable, 6 tazas", True),
    ("mochila", "408-1168320-5529704", "es", "es", "2026-06-06T16:00:00Z", "2026-06-08T09:00:00Z", "2026-06-11T13:15:00Z", "Mochila de senderismo 30 L impermeable", True),
    ("lampara", "407-9953016-4481275", "es", "es", "2026-06-12T10:45:00Z", "", "", "Lámpara de escritorio LED regulable", True),
    ("colchon", "406-3359821-7714026", "es", "es", "2026-06-08T22:10:00Z", "2026-06-12T07:40:00Z", "", "Colchón viscoelástico 150x190 cm", True),
    ("sabanas", "403-2204571-9938162", "es", "es", "2026-05-10T18:00:00Z", "2026-05-12T09:00:00Z", "2026-05-16T10:30:00Z", "Sábanas de lino lavado, cama 150 cm", True),
    ("kyusu", "249-3306712-8857140", "co.jp", "ja", "2026-06-02T03:10:00Z", "2026-06-03T06:00:00Z", "2026-06-08T09:30:00Z", "南部鉄器 急須 0.65L 黒", True),
    ("pen", "250-6618830-2204597", "co.jp", "ja", "2026-06-12T05:20:00Z", "", "", "名入れ 木製 ボールペン 桐箱入り", True),
    ("makura", "503-7729104-6630218", "co.jp", "ja", "2026-05-31T11:00:00Z", "2026-06-01T02:30:00Z", "2026-06-05T08:15:00Z", "低反発 枕 カバー付き", True),
    ("kasa", "249-1150478-9932016", "co.jp", "ja", "2026-06-05T13:45:00Z", "2026-06-07T01:20:00Z", "2026-06-10T07:05:00Z", "折りたたみ傘 自動開閉", True),
    ("mill", "250-3317724-9904185", "co.jp", "ja", "2026-06-01T12:30:00Z", "2026-06-03T04:00:00Z", "2026-06-06T06:40:00Z", "電動 コーヒーミル 臼式", True),
    ("gloves", "701-2284590-1163378", "ca", "en", "2026-05-29T22:15:00Z", "2026-05-31T14:00:00Z", "2026-06-04T18:30:00Z", "Insulated Winter Gloves, Touchscreen, Size L", True),
    ("drill", "114-3398217-0054126", "com", "en", "2026-04-15T13:00:00Z", "2026-04-17T10:00:00Z", "2026-04-22T16:40:00Z", "Cordless Drill Driver 20V with 2 Batteries", True),
    ("mugs", "111-8823406-3317952", "com", "en", "2026-06-12T15:25:00Z", "", "", "Hand-Thrown Stoneware Mug Set of 4", False),
    ("collar", "112-5509174-8826430", "com", "en", "2026-06-11T09:50:00Z", "", "", "Custom Engraved Leather Dog Collar, Medium", True),
    ("plugs", "113-6609245-7781093", "com", "en", "2026-06-04T07:35:00Z", "2026-06-05T12:00:00Z", "2026-06-09T19:20:00Z", "Smart Plug Mini, 4-Pack", True),
    ("apron", "114-6620873-3159024", "com", "en", "2026-06-13T15:00:00Z", "", "", "Linen Apron with Pockets, Rust", True),
    ("bathmat", "113-2250947-6681309", "com", "en", "2026-06-14T20:30:00Z", "", "", "Bamboo Bath Mat, Non-Slip", True),
]

ORDERS: dict[str, dict] = {}
BUYER: dict[str, str] = {}  # key -> the address the cases write to
for key, oid, tld, lang, pur, shp, dlv, title, known in _ORDER_ROWS:
    addr = _buyer(tld)
    BUYER[key] = addr
    ORDERS[key] = {
        "order_id": oid, "buyer_email": addr if known else "", "marketplace": "amazon." + tld,
        "buyer_language": lang, "purchased_at": pur, "shipped_at": shp, "delivered_at": dlv,
        "product_title": title,
    }
OID = {k: v["order_id"] for k, v in ORDERS.items()}


# --------------------------------------------------------------------------------------------
# Binary assets (real files)
# --------------------------------------------------------------------------------------------

def logo_png(text: str, size=(160, 40), bg=(38, 70, 83), fg=(244, 240, 230)) -> bytes:
    img = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(img)
    d.rectangle([3, 3, size[0] - 4, size[1] - 4], outline=fg)
    d.text((10, size[1] // 2 - 6), text, fill=fg)
    return img_bytes(img, "PNG", optimize=True)


def proof_png() -> bytes:
    img = Image.new("RGB", (480, 160), (120, 72, 40))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([10, 40, 470, 120], radius=20, fill=(150, 95, 55), outline=(90, 50, 25), width=3)
    d.rectangle([20, 62, 60, 98], outline=(210, 180, 90), width=4)  # buckle
    d.text((200, 72), "B I S C U I T", fill=(222, 190, 100))
    d.text((12, 140), "Proof v2 - brass fill - Clarendon", fill=(245, 235, 220))
    return img_bytes(img, "PNG", optimize=True)


def proof_jpeg() -> bytes:
    img = Image.new("RGB", (400, 200), (236, 222, 196))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([20, 80, 380, 120], radius=18, fill=(176, 128, 80), outline=(110, 70, 40), width=2)
    d.text((140, 94), "Haruka Mori 2026.06", fill=(40, 25, 10))
    d.text((20, 170), "Design proof 01 / script", fill=(80, 60, 40))
    return img_bytes(img, "JPEG", quality=85)


def product_jpeg() -> bytes:
    img = Image.new("RGB", (300, 225), (245, 245, 242))
    d = ImageDraw.Draw(img)
    d.polygon([(110, 200), (190, 200), (175, 120), (125, 120)], fill=(170, 172, 176))  # base
    d.polygon([(125, 120), (175, 120), (185, 50), (115, 50)], fill=(190, 192, 196))  # top
    d.polygon([(150, 35), (185, 50), (115, 50)], fill=(140, 142, 146))  # lid
    d.rectangle([185, 70, 215, 80], fill=(30, 30, 30))  # handle
    return img_bytes(img, "JPEG", quality=88)


def banner_jpeg(width=560, height=110) -> bytes:
    img = Image.new("RGB", (width, height), (28, 28, 30))
    d = ImageDraw.Draw(img)
    for x in range(0, width, 28):
        d.line([(x, 0), (x + 60, height)], fill=(60, 60, 64), width=6)
    d.text((24, height // 2 - 6), "EISENHERZ KOCHGESCHIRR  -  seit 1987", fill=(230, 120, 40))
    return img_bytes(img, "JPEG", quality=85)


def animated_gif() -> bytes:
    frames = []
    for i, (bg, fg) in enumerate([((250, 246, 238), (120, 60, 30)), ((120, 60, 30), (250, 246, 238))]):
        f = Image.new("RGB", (240, 60), bg)
        d = ImageDraw.Draw(f)
        d.text((20, 24), "HANAKI CHOKOKU KOBO" if i == 0 else "since 1962", fill=fg)
        frames.append(f.convert("P", palette=Image.ADAPTIVE, colors=16))
    buf = io.BytesIO()
    frames[0].save(buf, "GIF", save_all=True, append_images=frames[1:], duration=900, loop=0)
    return buf.getvalue()


def pixel_gif() -> bytes:
    img = Image.new("P", (1, 1), 0)
    img.putpalette([255, 255, 255] + [0, 0, 0] * 255)
    return img_bytes(img, "GIF", transparency=0)


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A tiny valid single-page PDF (Helvetica, WinAnsi text) with a correct xref table."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = [f"BT /F1 16 Tf 56 780 Td ({esc(lines[0])}) Tj ET"]
    y = 750
    for ln in lines[1:]:
        ops.append(f"BT /F1 10 Tf 56 {y} Td ({esc(ln)}) Tj ET")
        y -= 16
    ops.append("0.5 w 56 770 m 539 770 l S")
    return pdf_document(title, ops, producer="corpus_extra build.py")


make_zip = partial(zip_bytes, date_time=(2026, 6, 10, 9, 0, 0))


# --------------------------------------------------------------------------------------------
# Message helpers
# --------------------------------------------------------------------------------------------

CASE_LIST: list[dict] = []
case = partial(add_case, CASE_LIST)


# --------------------------------------------------------------------------------------------
# Compliant cases (verdict relay, rules [])
# --------------------------------------------------------------------------------------------

def compliant() -> None:
    o, b = OID, BUYER

    case("review-pizza-steel-plain", "relay", [],
         ["review.incentive", "review.conditional", "type.thank-you-only", "review.repeat"],
         "A single neutral product-review request in plain US-ASCII text, pointing to Your Orders without a link.",
         mk("Emberforge Outdoor Cooking <service@emberforge-cooking.com>", b["pizza"],
            f"Your pizza steel - order {o['pizza']}", "Sat, 13 Jun 2026 08:05:12 -0500",
            "<ef.rq.20260613130512.4471@emberforge-cooking.com>", charset="us-ascii", cte="7bit",
            headers=[("X-Mailer", "Emberforge Shop Notifier 1.8")], text=f"""\
Hi there,

Your Cast Aluminum Pizza Steel (order {o['pizza']}) should have
been with you for about a week now, long enough for a few bakes.

We'd like to ask for a product review on Amazon. Good or bad, a short
note about how the steel performs in your oven helps other cooks decide
whether it suits them, and it tells us what to improve.

To write one, open Your Orders on Amazon, find the pizza steel and
choose "Write a product review".

Thanks for your time,
Jonah Whitaker
Emberforge Outdoor Cooking
"""))

    html = page(f"""<p>Guten Tag,</p>
<p>vor einigen Tagen haben Sie bei uns den Gusseisen-Bräter oval 6,2 L bestellt (Bestellnummer {o['braeter']}). Wir hoffen, das erste Schmorgericht ist gelungen.</p>
<p>Wenn Sie möchten, schreiben Sie eine Rezension auf Amazon. Ihre ehrliche Einschätzung, ob begeistert oder kritisch, hilft anderen Kundinnen und Kunden bei der Auswahl.</p>
<p><a href="https://www.amazon.de/review/create-review?asin=B0DK4R7QXM">Rezension zum Gusseisen-Bräter auf Amazon schreiben</a></p>
<p>Freundliche Grüße<br>
Katrin Vogel<br>
Eisenherz Kochgeschirr</p>""", "de")
    case("bewertung-braeter-html", "relay", [],
         ["review.incentive", "review.conditional", "link.external", "style.link-text", "language.mismatch"],
         "German neutral review request, HTML only, with a descriptive https link to amazon.de.",
         mk("Eisenherz Kochgeschirr <service@eisenherz-kochgeschirr.de>", b["braeter"],
            f"Bestellung {o['braeter']}: Wie gefällt Ihnen Ihr Bräter?", "Thu, 11 Jun 2026 09:30:00 +0200",
            "<20260611073000.rv2291@eisenherz-kochgeschirr.de>", html=html,
            headers=[("X-Mailer", "Shopware Mailer 6.5")]), crlf=True)

    case("avis-plaid-latin1", "relay", [],
         ["review.incentive", "review.conditional", "language.mismatch", "content.spelling"],
         "French neutral review request in ISO-8859-1 quoted-printable, to an amazon.fr buyer.",
         mk("Atelier Laine & Lin <contact@atelier-laine-lin.fr>", b["plaid"],
            f"Votre avis sur le plaid en laine mérinos (commande {o['plaid']})", "Sun, 14 Jun 2026 10:12:44 +0200",
            "<3f9a1c20.5b7e.4d1a@atelier-laine-lin.fr>", charset="iso-8859-1",
            headers=[("User-Agent", "Mozilla Thunderbird 128.10.1")], text=f"""\
Bonjour,

Votre plaid en laine mérinos gris perle (commande {o['plaid']}) vous a été livré il y a deux semaines.

Auriez-vous quelques minutes pour partager votre avis sur Amazon ? Que votre expérience soit bonne ou moins bonne, un commentaire sincère aide les autres clients à choisir, et nous aide à améliorer nos tissages.

Il suffit de vous rendre dans « Vos commandes » sur Amazon et de choisir « Écrire un commentaire sur le produit ».

Avec nos remerciements,
Hélène Garnier
Atelier Laine & Lin
"""))

    es_text = f"""\
Hola:

Le escribimos por su pedido {o['mochila']} (mochila de senderismo 30 L impermeable), que recibió el pasado 11 de junio.

Cuando la haya probado en alguna salida, nos gustaría que compartiera su opinión en Amazon. Cualquier valoración sincera, sea cual sea su experiencia, ayuda a otros excursionistas a elegir.

Puede escribirla desde este enlace de Amazon:
https://www.amazon.es/review/create-review?asin=B0C7TQ2M5H

Un saludo,
Íñigo Larrea
Cumbre Equipamiento
"""
    es_html = page(f"""<p>Hola:</p>
<p>Le escribimos por su pedido {o['mochila']} (mochila de senderismo 30 L impermeable), que recibió el pasado 11 de junio.</p>
<p>Cuando la haya probado en alguna salida, nos gustaría que compartiera su opinión en Amazon. Cualquier valoración sincera, sea cual sea su experiencia, ayuda a otros excursionistas a elegir.</p>
<p><a href="https://www.amazon.es/review/create-review?asin=B0C7TQ2M5H">Escribir una opinión sobre la mochila en Amazon</a></p>
<p>Un saludo,<br>
Íñigo Larrea<br>
Cumbre Equipamiento</p>""", "es")
    case("opinion-mochila-alternative", "relay", [],
         ["review.incentive", "review.conditional", "link.external", "style.link-text", "review.repeat"],
         "Spanish neutral review request, multipart/alternative; the first request for this order.",
         mk("Cumbre Equipamiento <atencion@cumbre-equipamiento.es>", b["mochila"],
            f"¿Qué tal su mochila? Pedido {o['mochila']}", "Sat, 13 Jun 2026 11:00:00 +0200",
            "<rq-408-1168320-5529704-1@cumbre-equipamiento.es>", text=es_text, html=es_html,
            headers=[("X-Mailer", "Opinara Review Tool 3.1")]), crlf=True)

    case("feedback-venditore-lampada", "relay", [],
         ["review.incentive", "review.conditional", "language.mismatch", "type.thank-you-only"],
         "Italian neutral seller-feedback request listing what the buyer could assess.",
         mk("Ottone & Luce <assistenza@ottoneluce.it>", b["lampada"],
            f"Ordine {o['lampada']} - un suo feedback sul venditore", "Sun, 14 Jun 2026 17:40:00 +0200",
            "<ol-fb-20260614-8812@ottoneluce.it>", text=f"""\
Gentile cliente,

la lampada da terra in ottone del suo ordine {o['lampada']} le è stata consegnata il 9 giugno.

Le chiediamo, se lo desidera, di lasciare un feedback sulla nostra attività di venditore su Amazon: imballaggio, tempi di spedizione, comunicazione. Ogni valutazione, positiva o negativa, ci aiuta a capire dove migliorare.

Può farlo da "I miei ordini" su Amazon, selezionando "Lascia un feedback sul venditore".

Cordiali saluti,
Giulia Ferraro
Ottone & Luce
"""))

    case("review-kasa-shiftjis", "relay", [],
         ["review.incentive", "review.conditional", "language.mismatch", "style.emoji"],
         "Japanese neutral review request in Shift_JIS (base64) to an amazon.co.jp buyer.",
         mk("雨音ストア <support@amaoto-store.jp>", b["kasa"],
            f"【ご注文番号 {o['kasa']}】商品レビューのお願い", "Sat, 13 Jun 2026 10:00:00 +0900",
            "<20260613100000.amaoto.7731@amaoto-store.jp>", charset="shift_jis", cte="base64", text=f"""\
お客様

この度は雨音ストアにて「折りたたみ傘 自動開閉」をお買い上げいただき、誠にありがとうございます。
ご注文番号：{o['kasa']}

商品はお手元に届きましたでしょうか。
もしよろしければ、実際にお使いになったご感想をAmazonの商品レビューにお寄せください。
良かった点も、気になった点も、率直なご意見がほかのお客様の参考になり、
私どもの今後の商品づくりにも役立ちます。

レビューは、Amazonの「注文履歴」から本商品を選び、
「商品レビューを書く」よりご投稿いただけます。

今後とも雨音ストアをよろしくお願い申し上げます。

雨音ストア
カスタマーサポート　高橋
"""))

    case("esaurito-rimborsato", "relay", [],
         ["order-problem.no-adjustment", "order-problem.cancellation-request", "type.order-confirmation"],
         "Italian out-of-stock notice that confirms the full amount was adjusted with the NoInventory reason.",
         mk("Vetta Outdoor <ordini@vettaoutdoor.it>", b["borraccia"],
            f"Ordine {o['borraccia']}: articolo non disponibile, importo rimborsato",
            "Fri, 12 Jun 2026 15:22:10 +0200", "<vo-20260612132210-44@vettaoutdoor.it>", text=f"""\
Buongiorno,

purtroppo la borraccia termica in acciaio 750 ml del suo ordine {o['borraccia']} risulta esaurita: durante il controllo di magazzino abbiamo trovato un lotto con il tappo difettoso e lo abbiamo scartato, e il fornitore non ha una data certa per il riassortimento.

Per questo abbiamo annullato l'ordine e rettificato l'intero importo di 24,90 EUR tramite Amazon, con la motivazione "articolo non disponibile" (NoInventory). Il rimborso comparirà sul suo metodo di pagamento entro pochi giorni lavorativi; non deve fare nulla.

Ci scusiamo per l'inconveniente.

Cordiali saluti,
Marco Bellini
Vetta Outdoor
"""), crlf=True)

    en_text = f"""\
Hello,

We're sorry: we are unable to ship the Linen Apron with Pockets (Rust) from your order {o['apron']}. The rust linen we use for this apron failed our colour-fastness test, and we won't send out an apron that bleeds in the wash.

We have issued a full refund of $38.50 through Amazon for the whole order, using the reason "Could not ship". You'll see it on your original payment method within a few business days, and there's nothing you need to do.

Our apologies for the disappointment.

Best,
Rosa Lindqvist
Thimble & Thread
"""
    case("apron-could-not-ship-refunded", "relay", [],
         ["order-problem.no-adjustment", "order-problem.cancellation-request", "type.marketing", "type.order-confirmation"],
         "Cannot-ship notice (multipart/alternative) that confirms the full refund with the CouldNotShip reason.",
         mk('"Thimble & Thread" <shop@thimbleandthread.com>', b["apron"],
            f"Order {o['apron']} could not be shipped - full refund issued", "Mon, 15 Jun 2026 06:48:00 -0400",
            "<tt-oos-114-6620873@thimbleandthread.com>", text=en_text, html=page(text2html(en_text))))

    case("retour-robot-infos", "relay", [],
         ["return.unnecessary", "content.phone-number", "language.mismatch", "style.emoji"],
         "French return follow-up asking for the serial number and details needed to complete the return.",
         mk("Maison Fouet <sav@maisonfouet.fr>", b["robot"],
            f"Retour de votre robot pâtissier - commande {o['robot']}", "Fri, 12 Jun 2026 14:05:00 +0200",
            "<sav.20260612.1205.robot@maisonfouet.fr>", text=f"""\
Bonjour,

Nous avons bien reçu votre demande de retour pour le robot pâtissier 1000 W (commande {o['robot']}), au motif que le bol se bloque pendant le pétrissage.

Pour finaliser le retour et savoir s'il s'agit d'un défaut de fabrication, pourriez-vous nous indiquer :
1. le numéro de série inscrit sous l'appareil (il commence par RP-) ;
2. la vitesse utilisée lorsque le bol se bloque ;
3. si possible, une photo du dessous du bol.

Vous pouvez simplement répondre à ce message avec ces informations.

Cordialement,
Julien Marchand
Service après-vente Maison Fouet
"""))

    de_text = f"""\
Hallo,

Sie haben für den Fahrradhelm Urban mit LED-Rücklicht (Bestellung {o['helm']}) eine Rücksendung angemeldet, weil das Rücklicht nur im Dauerlicht-Modus funktioniert.

Bevor Sie den Helm zurückschicken: Wir können Ihnen stattdessen eine Teilerstattung von 15,00 € anbieten, und Sie behalten den Helm. Der Helm selbst ist vom Defekt nicht betroffen und bleibt nach EN 1078 geprüft.

Wenn Ihnen das recht ist, antworten Sie bitte kurz mit "Teilerstattung". Möchten Sie den Helm lieber zurückgeben, ist das selbstverständlich ebenfalls möglich; dann läuft die Rücksendung wie gewohnt über Amazon und Sie erhalten den vollen Kaufpreis zurück.

Viele Grüße
Tobias Krämer
Radwerk Berlin
"""
    case("teilerstattung-helm", "relay", [],
         ["return.unnecessary", "review.incentive", "type.marketing"],
         "German return follow-up offering a partial refund instead of the return; the refund is not tied to any review.",
         mk("Radwerk Berlin <service@radwerk-berlin.de>", b["helm"],
            f"Ihre Rücksendung zur Bestellung {o['helm']}", "Wed, 10 Jun 2026 16:31:00 +0200",
            "<rw-ret-8f21c0@radwerk-berlin.de>", text=de_text, html=page(text2html(de_text), "de")), crlf=True)

    case("sofa-delivery-slot-courier-phone", "relay", [],
         ["content.phone-number", "type.order-confirmation", "style.emoji"],
         "Scheduling a two-person delivery of a bulky item; the courier's number is an allowed shipping-provider number and 08:00-12:00 are times.",
         mk("Harrow & Finch Furniture <deliveries@harrowfinch.co.uk>", b["sofa"],
            f"Order {o['sofa']}: booking a delivery slot for your sofa", "Sat, 13 Jun 2026 09:14:00 +0100",
            "<hf.del.20260613.0914.5310@harrowfinch.co.uk>", text=f"""\
Hello,

Your Three-Seater Fabric Sofa in Slate Blue (order {o['sofa']}) is a two-person delivery, so our courier, Northway Freight, needs to book a slot with you before it leaves their depot in Warrington.

Please choose one of these slots by replying to this message:
- Wednesday 17 June, 08:00-12:00
- Thursday 18 June, 12:00-16:00
- Saturday 20 June, 09:00-13:00

If none of these suit you, please call the courier, Northway Freight, on 0161 496 0734 (Mon-Fri, 8:00 to 17:30) and quote your order number.

Kind regards,
Owen Pritchard
Harrow & Finch Furniture
"""))

    case("colchon-cita-transportista", "relay", [],
         ["content.phone-number", "type.order-confirmation", "style.emoji"],
         "Spanish delivery scheduling for a mattress; the phone number belongs to the carrier (transportista), which is allowed.",
         mk("Descanso Natural <pedidos@descansonatural.es>", b["colchon"],
            f"Pedido {o['colchon']}: cita para la entrega de su colchón", "Sat, 13 Jun 2026 12:30:00 +0200",
            "<dn-entrega-7714026@descansonatural.es>", cte="base64", text=f"""\
Hola, buenos días:

Su colchón viscoelástico 150x190 cm (pedido {o['colchon']}) ya está en el almacén de la agencia de transporte en Getafe. Como se entrega en mano y con retirada del embalaje, necesitamos acordar con usted el día de entrega.

¿Le vendría bien alguna de estas franjas?
- Martes 16 de junio, de 9:00 a 14:00
- Miércoles 17 de junio, de 15:00 a 20:00

Basta con que responda a este mensaje indicando la franja. Si prefiere hablar directamente con el transportista, Logística Meseta, su teléfono de reparto es el 912 345 678.

Un saludo,
Elena Castaño
Descanso Natural
"""), crlf=True)

    case("garanzia-coltello-risposta", "relay", [],
         ["content.phone-number", "content.email-address", "style.emoji", "order-id.missing"],
         "Italian reply with the manufacturer's warranty hotline (allowed) and the buyer's own alias in the quoted attribution (ignored).",
         mk("Coltelleria Ardesia <assistenza@coltelleriaardesia.it>", b["coltelli"],
            f"Re: Lama scheggiata - ordine {o['coltelli']}", "Fri, 12 Jun 2026 09:02:00 +0200",
            "<ca-re-20260612-0702@coltelleriaardesia.it>",
            headers=[("In-Reply-To", "<0102019a5c3e1f7b-8d2e.it-buyer@amazonses.com>"),
                     ("References", "<0102019a5c3e1f7b-8d2e.it-buyer@amazonses.com>")], text=f"""\
Buongiorno,

grazie per averci scritto. Ci dispiace che il coltello da pane del set sia arrivato con una piccola scheggiatura sul filo.

Il set è coperto dalla garanzia di 5 anni del produttore, Ardesia Lame S.r.l., che sostituisce il singolo coltello senza dover restituire l'intero set. Il servizio clienti garanzia del produttore risponde al numero 02 8736 4410, dal lunedì al venerdì dalle 9:00 alle 13:00 e dalle 14:30 alle 18:00.

In alternativa, ci invii una foto della lama rispondendo a questo messaggio e apriamo noi la pratica di garanzia per lei.

Cordiali saluti,
Sara Conti
Coltelleria Ardesia

Il giorno gio 11 giu 2026 alle ore 18:42 <{b['coltelli']}> ha scritto:
> Buonasera, il coltello da pane è arrivato con la lama scheggiata.
> Come posso fare?
"""))

    case("scale-pairing-steps-reply", "relay", [],
         ["content.phone-number", "style.emoji", "window.expired", "type.thank-you-only"],
         "Reply with pairing steps (Step 1:, Step 2:), times like 14:30 and the manufacturer's support line, which is allowed.",
         mk("Brightside Kitchen <help@brightsidekitchen.com>", b["scale"],
            "Re: Scale won't pair with the app", "Mon, 15 Jun 2026 07:55:00 -0400",
            "<bk.re.4f1e2d9c@brightsidekitchen.com>",
            headers=[("In-Reply-To", "<01000197e2b4c5d6-1a2b.buyer@amazonses.com>"),
                     ("References", "<01000197e2b4c5d6-1a2b.buyer@amazonses.com>")], text=f"""\
Hi,

Thanks for the details. The Bluetooth Kitchen Scale (order {o['scale']}) only pairs from inside the app, not from your phone's Bluetooth settings. Please try this:

Step 1: Remove "BKS-5" from your phone's Bluetooth device list if it appears there.
Step 2: Open the app, tap Devices, then Add scale, and hold the UNIT button on the scale for 3 seconds.
Step 3: Wait until the display shows "PAIR" and confirm on your phone.

If it still won't pair, the scale's manufacturer, Tarelab, runs a support line for the app and firmware: 1-800-555-0143, weekdays 9:00 to 17:00 ET. Their latest firmware update went out yesterday at 14:30, so it's worth installing it first.

Best regards,
Nadia Osei
Brightside Kitchen
"""), crlf=True)

    pdf = make_pdf("Invoice BF-26-01184", [
        "Bramble & Fleece Ltd - VAT INVOICE", "Invoice no.: BF-26-01184   Date: 08/06/2026",
        f"Amazon order: {o['throw']}", "Merino Wool Throw Blanket, Heather Grey   1 x GBP 79.00",
        "Net GBP 65.83   VAT 20% GBP 13.17   Total GBP 79.00", "Paid via Amazon",
        "VAT reg. no. GB 318 4472 96 - Company no. 11846203"])
    case("vat-invoice-pdf", "relay", [],
         ["attachment.not-allowed", "content.phone-number", "type.order-confirmation", "type.thank-you-only"],
         "UK VAT invoice with a real PDF attachment; the VAT and company numbers and prices are not phone numbers.",
         mk("Bramble & Fleece <accounts@brambleandfleece.co.uk>", b["throw"],
            f"VAT invoice for order {o['throw']}", "Mon, 08 Jun 2026 16:20:00 +0100",
            "<inv.BF-26-01184@brambleandfleece.co.uk>", text=f"""\
Dear customer,

Please find attached the VAT invoice for your order {o['throw']} (Merino Wool Throw Blanket, Heather Grey), invoice number BF-26-01184.

Item price: £79.00, of which VAT at 20%: £13.17.

Kind regards,
Accounts team
Bramble & Fleece

Bramble & Fleece Ltd, 14 Mill Lane, Hebden Bridge HX7 8AD
Registered in England and Wales no. 11846203 - VAT reg. no. GB 318 4472 96
""", attach=[(pdf, "application", "pdf", "Invoice_BF-26-01184.pdf")]), crlf=True)

    pdf = make_pdf("Ryoshusho 250-3317724-9904185", [
        "Mamefuku Coffee Tools - Receipt (Ryoshusho)", "Issued: 2026-06-12",
        f"Amazon order: {o['mill']}", "Electric burr coffee mill   1 x JPY 12,800 (tax incl.)",
        "Consumption tax 10%: JPY 1,163", "Registration no.: T7010401098765"])
    case("ryoshusho-pdf-iso2022jp", "relay", [],
         ["attachment.not-allowed", "content.phone-number", "language.mismatch", "type.order-confirmation"],
         "Japanese receipt (ISO-2022-JP text) with a PDF attached; the invoice registration number and postal code are not phone numbers.",
         mk("珈琲道具 まめ福 <shop@mamefuku-coffee.jp>", b["mill"],
            f"【ご注文番号 {o['mill']}】領収書送付のご案内", "Fri, 12 Jun 2026 11:20:00 +0900",
            "<20260612112000.mamefuku.0415@mamefuku-coffee.jp>", charset="iso-2022-jp", cte="7bit",
            headers=[("X-Mailer", "Becky! ver. 2.82.01")], text=f"""\
お客様

このたびは珈琲道具まめ福をご利用いただき、誠にありがとうございます。
ご注文番号 {o['mill']}「電動 コーヒーミル 臼式」の領収書（適格請求書）を
PDFファイルにて添付いたしましたので、ご確認ください。

発行日：2026年6月12日
金額：12,800円（税込、うち消費税 1,163円）
登録番号：T7010401098765

宛名の変更など修正が必要な場合は、このメッセージにご返信ください。
修正した領収書をお送りいたします。

珈琲道具 まめ福
〒600-8001 京都府京都市下京区四条通 1-2-3
""", attach=[(pdf, "application", "pdf", "ryoshusho_250-3317724-9904185.pdf")]))

    case("engraving-proof-png", "relay", [],
         ["attachment.not-allowed", "image.product-photo", "style.alignment", "style.image-width"],
         "Custom-design verification with the engraving proof attached as a real PNG; 'centred' in the text is not an alignment override.",
         mk("Tanner's Mark Leatherworks <studio@tannersmark.com>", b["collar"],
            f"Order {o['collar']} - please check your engraving proof", "Fri, 12 Jun 2026 13:10:00 -0600",
            "<tm-proof-2-8826430@tannersmark.com>", text=f"""\
Hi,

We've laid out the engraving for your Custom Engraved Leather Dog Collar (order {o['collar']}) and attached the proof as a PNG.

Please check:
- Name: BISCUIT
- Font: Clarendon, brass-filled
- Position: centred on the outer side, 2.5 cm from the buckle

Reply "approved" and we'll engrave it the same day, or tell us what to change. We won't start until we hear from you.

Thanks,
Maya Sorensen
Tanner's Mark Leatherworks
""", attach=[(proof_png(), "image", "png", "engraving-proof-v2.png")]))

    case("nameire-proof-jpeg", "relay", [],
         ["attachment.not-allowed", "image.product-photo", "language.mismatch", "style.emoji"],
         "Japanese custom-design verification (UTF-8 base64) with the engraving proof as a JPEG attachment.",
         mk("花木彫刻工房 <order@hanaki-chokoku.jp>", b["pen"],
            f"【ご注文番号 {o['pen']}】名入れデザインのご確認", "Sat, 13 Jun 2026 15:40:00 +0900",
            "<hanaki.20260613154000.2204597@hanaki-chokoku.jp>", cte="base64", text=f"""\
お客様

このたびは「名入れ 木製 ボールペン 桐箱入り」をご注文いただき、ありがとうございます。
ご注文番号：{o['pen']}

ご指定いただいた内容で名入れのデザインを作成いたしました。
添付の画像で、文字の綴り・書体・配置をご確認ください。

・名入れ文字：Haruka Mori 2026.06
・書体：筆記体（スクリプト）
・位置：クリップの反対側、軸の中央

このままでよろしければ、このメッセージに「OK」とご返信ください。
修正がある場合は、修正内容をお知らせください。
ご確認をいただいてから彫刻を始めますので、ご返信をお待ちしております。

花木彫刻工房
担当：森田
""", attach=[(proof_jpeg(), "image", "jpeg", "design-proof-01.jpg")]), crlf=True)

    case("risposta-ordine-vecchio-olio", "relay", [],
         ["window.expired", "content.email-address", "type.thank-you-only"],
         "Italian reply (In-Reply-To) about an order delivered 79 days ago; the window applies to proactive messages only.",
         mk("Profumi di Liguria <servizioclienti@profumidiliguria.it>", b["olio"],
            f"Re: Ordine {o['olio']} - conservazione dell'olio", "Sun, 14 Jun 2026 10:25:00 +0200",
            "<pdl-re-20260614-0825@profumidiliguria.it>",
            headers=[("In-Reply-To", "<0102019b7d44e2a1-c3f0.it-buyer@amazonses.com>"),
                     ("References", "<0102019b7d44e2a1-c3f0.it-buyer@amazonses.com>")], text=f"""\
Buongiorno,

grazie per la domanda. L'olio taggiasca del suo ordine {o['olio']} proviene dalla raccolta di novembre 2025: il termine minimo di conservazione, stampato sul fondo della lattina, è marzo 2027.

Una volta aperta la lattina, le consigliamo di travasare l'olio in una bottiglia di vetro scuro e di consumarlo entro tre mesi, lontano da fonti di calore.

Un cordiale saluto,
Chiara Olivieri
Profumi di Liguria

Il giorno sab 13 giu 2026 alle ore 21:07 {b['olio']} ha scritto:
> Buonasera, ho comprato la lattina a marzo e non l'ho ancora aperta.
> Fino a quando si conserva?
"""))

    bi_text = f"""\
Bonjour,

Un lot de cafetières à piston en verre 1 L expédié en mai pourrait avoir un joint de filtre mal ajusté. Pour savoir si votre cafetière (commande {o['cafetiere']}) est concernée, pourriez-vous nous indiquer le numéro de lot gravé sous la base en verre (format L-26xx) ? Si c'est le cas, nous vous enverrons un nouveau joint sans frais.

--- English version ---

Hello,

One batch of the 1 L glass French presses shipped in May may have a badly fitted filter seal. To check whether your press (order {o['cafetiere']}) is affected, could you tell us the batch number engraved under the glass base (format L-26xx)? If it is, we will send you a new seal at no cost.

Merci / Thank you,
Léa Fontaine
Verre & Vapeur
"""
    case("bilingue-fr-en-joint", "relay", [],
         ["language.mismatch", "window.expired", "review.incentive", "type.marketing"],
         "Bilingual French/English message to a French buyer 27 days 21 hours after delivery: it includes the buyer's language and is inside the window.",
         mk("Verre & Vapeur <service@verre-vapeur.fr>", b["cafetiere"],
            f"Commande {o['cafetiere']} : vérification du joint / seal check", "Mon, 15 Jun 2026 09:00:00 +0200",
            "<vv-20260615-0700-joint@verre-vapeur.fr>", text=bi_text, html=page(text2html(bi_text), "fr")),
         crlf=True)

    de_text = f"""\
Guten Tag,

Ihre Kupfer-Gießkanne 1,5 L (Bestellung {o['kanne']}) wird bei uns von Hand nachpoliert, und in dieser Woche ist unsere Poliermaschine ausgefallen. Wir rechnen damit, die Kanne bis Freitag, 19. Juni, zu versenden.

Falls Ihnen das zu spät ist, antworten Sie bitte auf diese Nachricht; wir stornieren die Bestellung dann und erstatten Ihnen den vollen Betrag.

Mit freundlichen Grüßen
Henrike Hansen
Gartenkontor Hansen
"""
    paras = de_text.strip().split("\n\n")
    de_html = page("\n<div><br></div>\n".join(
        "<div>" + "<br>\n".join(htmlmod.escape(x) for x in p.split("\n")) + "</div>" for p in paras), "de")
    case("versandverzoegerung-ohne-sprache", "relay", [],
         ["language.mismatch", "style.line-breaks", "order-problem.cancellation-request", "order-problem.no-adjustment"],
         "German delay notice to an amazon.de order with no recorded language (default de); one <div><br></div> between paragraphs is a single empty block.",
         mk("Gartenkontor Hansen <hilfe@gartenkontor-hansen.de>", b["kanne"],
            f"Bestellung {o['kanne']}: Versand verzögert sich bis 19. Juni", "Sun, 14 Jun 2026 18:02:00 +0200",
            "<gh.helpdesk.33f8e1a0@gartenkontor-hansen.de>", text=de_text, html=de_html,
            headers=[("X-Mailer", "Zammad Mailer")]), crlf=True)

    case("mugs-apartment-number", "relay", [],
         ["order-id.buyer-mismatch", "type.order-confirmation", "type.thank-you-only"],
         "Request for the apartment number needed to complete delivery, for an order whose buyer address the store does not know.",
         mk("Kilnworth Pottery <orders@kilnworthpottery.com>", b["mugs"],
            f"Order {o['mugs']} - apartment number needed for delivery", "Sat, 13 Jun 2026 10:40:00 -0400",
            "<kw-20260613-addr-3317952@kilnworthpottery.com>", charset="us-ascii", cte="7bit", text=f"""\
Hello,

We're about to ship your Hand-Thrown Stoneware Mug Set of 4 (order
{o['mugs']}, $64.00), but the shipping address on the order has a
building name and no apartment or unit number. Parcels to this building
have come back to us before for exactly that reason.

Could you reply with your apartment or unit number? We print the label
from the order, so a reply here is all we need.

Thank you,
Ben Adeyemi
Kilnworth Pottery
"""))

    ca_text = f"""\
Hello,

We received your return request for the Insulated Winter Gloves, Touchscreen, Size L (order {o['gloves']}). You mentioned the fingers are too short.

To complete the return, could you tell us whether you would like size XL instead, or simply a refund? If you choose the exchange, we'll ship the XL pair as soon as the carrier scans your return parcel.

Regards,
Émilie Tremblay
Northbound Outfitters
"""
    ca_html = page(f"""<div style="margin: 0 0 16px 0;"><img src="cid:nb-logo@northboundoutfitters.ca" alt="Northbound Outfitters" width="140" height="35"></div>
{text2html(ca_text)}
<p style="padding-top: 8px; border-top: 1px solid #dddddd;">&copy; 2026 Northbound Outfitters Inc. &middot; GST/HST No. 784512963 RT0001</p>""")
    ca_text += "\n© 2026 Northbound Outfitters Inc. - GST/HST No. 784512963 RT0001\n"
    case("return-exchange-question-helpdesk", "relay", [],
         ["return.unnecessary", "content.phone-number", "style.emoji", "image.not-brand", "style.image-alt",
          "image.logo-link", "image.product-photo", "style.margin", "style.font-override"],
         "Canadian helpdesk HTML return follow-up asking for needed information, with an unlinked brand logo, a border colour, a © sign and a GST number.",
         mk("Northbound Outfitters <support@northboundoutfitters.ca>", b["gloves"],
            f"Your return request for order {o['gloves']}", "Thu, 11 Jun 2026 14:12:00 -0400",
            "<nb.hd.20260611181200.0091@northboundoutfitters.ca>", text=ca_text, html=ca_html,
            related=[(logo_png("NORTHBOUND", (140, 35)), "image", "png", "<nb-logo@northboundoutfitters.ca>",
                      "northbound-logo.png")],
            headers=[("X-Mailer", "Gorgias Helpdesk")]))

    case("makura-ichibu-henkin", "relay", [],
         ["return.unnecessary", "style.emoji", "review.incentive"],
         "Japanese return follow-up offering a partial refund instead of the return, with a 14:30 deadline.",
         mk("眠りの森 寝具店 <care@nemurinomori.jp>", b["makura"],
            f"【ご注文番号 {o['makura']}】返品のご依頼について", "Thu, 11 Jun 2026 13:00:00 +0900",
            "<nm-20260611130000-6630218@nemurinomori.jp>", cte="base64", text=f"""\
お客様

ご注文番号：{o['makura']}（低反発 枕 カバー付き）

枕カバーのファスナーが閉まりにくいとのことで、返品のご依頼をいただきました。
ご不便をおかけし、申し訳ございません。

返品のかわりに、商品代金 4,980円のうち 1,500円を一部返金させていただくこともできます。
この場合、商品はそのままお使いいただけ、返送の必要はございません。

一部返金をご希望の場合は、6月18日 14:30までに、このメッセージへ「一部返金希望」とご返信ください。
ご返信がない場合は、通常どおり返品の手続きを進めさせていただきます。

眠りの森 寝具店
担当：小林
"""))

    case("mochila-funda-seguimiento", "relay", [],
         ["review.repeat", "review.incentive", "type.thank-you-only"],
         "Second message for the same order after a relayed review request, but it asks about a missing rain cover, not for a review.",
         mk("Cumbre Equipamiento <atencion@cumbre-equipamiento.es>", b["mochila"],
            f"Pedido {o['mochila']}: funda impermeable de su mochila", "Mon, 15 Jun 2026 10:15:00 +0200",
            "<cumbre-funda-5529704@cumbre-equipamiento.es>", text=f"""\
Hola:

Hemos detectado que en algunas mochilas de senderismo 30 L enviadas la semana pasada falta la funda impermeable, que va en el bolsillo inferior con cremallera. Su pedido {o['mochila']} es de esa partida.

¿Podría comprobar si su mochila la incluye? Si falta, responda a este mensaje y le enviaremos una sin coste y sin que tenga que devolver nada.

Un saludo,
Íñigo Larrea
Cumbre Equipamiento
"""), after=["opinion-mochila-alternative"])


# --------------------------------------------------------------------------------------------
# Violations, one focused rule each (some rules come in pairs by nature)
# --------------------------------------------------------------------------------------------

def violations_b_c() -> None:
    o, b = OID, BUYER

    # ---- B. order context
    case("crochet-manquant-sans-commande", "reject", ["order-id.missing"], ["order-id.unknown", "language.mismatch"],
         "Proactive French notice about a missing accessory that never gives the 17-digit order ID.",
         mk("Maison Fouet <sav@maisonfouet.fr>", b["robot"], "Votre robot pâtissier : crochet pétrisseur manquant",
            "Tue, 09 Jun 2026 11:00:00 +0200", "<sav.20260609.0900.crochet@maisonfouet.fr>", text="""\
Bonjour,

En préparant les colis de la semaine dernière, nous nous sommes aperçus que certains robots pâtissiers 1000 W sont partis sans le crochet pétrisseur. Le vôtre en fait peut-être partie.

Pouvez-vous vérifier la présence du crochet dans le carton ? S'il manque, répondez simplement à ce message et nous vous l'envoyons dans la journée.

Cordialement,
Julien Marchand
Maison Fouet
"""), crlf=True)

    case("deckelknauf-unbekannte-bestellung", "reject", ["order-id.unknown"], ["order-id.missing", "order-id.buyer-mismatch"],
         "Well-formed order ID that is not in the order store, sent to a known buyer of a different order.",
         mk("Eisenherz Kochgeschirr <service@eisenherz-kochgeschirr.de>", b["braeter"],
            "Bestellung 306-4471920-8835106 – Ersatz-Deckelknauf", "Fri, 12 Jun 2026 10:10:00 +0200",
            "<20260612081000.kn7781@eisenherz-kochgeschirr.de>", text="""\
Guten Tag,

zu Ihrer Bestellung 306-4471920-8835106: Der Edelstahl-Deckelknauf, den Sie als Ersatzteil bestellt haben, wird in einer etwas anderen Form geliefert als abgebildet. Maße und Gewinde (M6) sind identisch, er passt also auf alle unsere Bräter.

Möchten Sie den Knauf trotzdem erhalten? Bitte antworten Sie kurz mit Ja oder Nein, damit wir die Bestellung abschließen können.

Freundliche Grüße
Katrin Vogel
Eisenherz Kochgeschirr
"""))

    case("junta-pedido-de-otro-comprador", "reject", ["order-id.buyer-mismatch"], ["order-id.unknown", "language.mismatch"],
         "The order exists but belongs to another buyer address than the recipient.",
         mk("Cafés del Puerto <clientes@cafesdelpuerto.es>", b["mochila"],
            f"Pedido {o['cafetera']}: junta de repuesto para su cafetera", "Thu, 11 Jun 2026 17:45:00 +0200",
            "<cdp-junta-3302961@cafesdelpuerto.es>", text=f"""\
Hola:

Algunas cafeteras italianas de 6 tazas del pedido {o['cafetera']} salieron con una junta de silicona algo más fina de lo habitual, que puede dejar escapar vapor por la rosca.

Le enviaremos una junta de repuesto por correo postal. ¿Nos confirma que la dirección de entrega del pedido sigue siendo válida?

Un saludo,
Pablo Méndez
Cafés del Puerto
"""), crlf=True)

    case("drill-review-54-days", "reject", ["window.expired"], ["review.incentive", "review.repeat"],
         "Proactive review request 53 days after delivery (2026-04-22), beyond the 30-day window.",
         mk("Torque Tools Direct <care@torquetoolsdirect.com>", b["drill"],
            f"How's the drill holding up? Order {o['drill']}", "Mon, 15 Jun 2026 08:00:00 -0500",
            "<ttd.rv.114-3398217-0054126@torquetoolsdirect.com>", charset="us-ascii", cte="7bit", text=f"""\
Hello,

It's been a while since your Cordless Drill Driver 20V with 2 Batteries
(order {o['drill']}) arrived, so you've probably put it through a
few projects by now.

If you have a minute, we'd appreciate an honest product review on
Amazon. You can write one from Your Orders.

Regards,
Torque Tools Direct
"""))

    case("valoracion-30-dias-y-hora", "reject", ["window.expired"], ["review.incentive", "review.conditional"],
         "Spanish seller-feedback request 30 days and 1.5 hours after delivery (2026-05-16T10:30Z): just outside the window.",
         mk("Lino del Sur <hola@linodelsur.es>", b["sabanas"],
            f"Pedido {o['sabanas']}: su valoración como vendedor", "Mon, 15 Jun 2026 13:55:00 +0200",
            "<lds-fb-9938162@linodelsur.es>", text=f"""\
Hola:

Hace un mes recibió sus sábanas de lino lavado (pedido {o['sabanas']}). Si tiene un momento, le agradeceríamos que valorara nuestro servicio como vendedor en Amazon, desde "Mis pedidos". Nos sirve cualquier opinión, buena o mala.

Gracias y un saludo,
Lino del Sur
"""))

    case("english-to-spanish-buyer", "quarantine", ["language.mismatch"], ["review.incentive", "review.conditional"],
         "Neutral review request written in English to an amazon.es buyer whose language is es.",
         mk("Cafés del Puerto <clientes@cafesdelpuerto.es>", b["cafetera"],
            f"Order {o['cafetera']}: how is your moka pot?", "Fri, 12 Jun 2026 18:00:00 +0200",
            "<cdp-rv-en-3302961@cafesdelpuerto.es>", text=f"""\
Hello,

Your stainless steel moka pot (order {o['cafetera']}) was delivered on 3 June. We hope the first cups were good ones.

If you have a moment, we would appreciate a review on Amazon, whatever your experience has been. You can write it from Your Orders.

Kind regards,
Pablo Méndez
Cafés del Puerto
"""))

    case("deutsch-an-englischsprachigen-kaeufer", "quarantine", ["language.mismatch"], ["order-problem.no-adjustment", "order-problem.cancellation-request"],
         "German delay notice to an amazon.de buyer whose recorded language is en: the store's language wins over the marketplace default.",
         mk("Quellwerk Trinkflaschen <service@quellwerk.de>", b["flasche"],
            f"Bestellung {o['flasche']}: Versand ab 17. Juni", "Fri, 12 Jun 2026 09:20:00 +0200",
            "<qw-20260612-0720-84190@quellwerk.de>", text=f"""\
Guten Tag,

die Edelstahl-Trinkflasche 1 L in Mattschwarz aus Ihrer Bestellung {o['flasche']} wird neu pulverbeschichtet geliefert und trifft erst am Dienstag bei uns ein. Wir versenden sie am Mittwoch, 17. Juni.

Falls Sie nicht so lange warten möchten, antworten Sie bitte auf diese Nachricht; wir stornieren dann und erstatten den vollen Betrag.

Viele Grüße
Jan Petersen
Quellwerk Trinkflaschen
"""), crlf=True)

    # ---- C. message types
    case("spedizione-confermata-brt", "quarantine", ["type.order-confirmation"], ["content.phone-number"],
         "Italian dispatch confirmation with carrier and tracking number, which Amazon already sends.",
         mk("Coltelleria Ardesia <assistenza@coltelleriaardesia.it>", b["coltelli"],
            f"Il suo ordine {o['coltelli']} è stato spedito", "Mon, 01 Jun 2026 17:30:00 +0200",
            "<ca-ship-20260601-1530@coltelleriaardesia.it>", charset="iso-8859-1", text=f"""\
Gentile cliente,

le confermiamo che il suo ordine {o['coltelli']} (Set di coltelli da cucina 6 pezzi con ceppo) è stato affidato oggi al corriere BRT.

Numero di spedizione BRT: 084512603371942
Consegna prevista: giovedì 4 giugno

Può seguire la spedizione dalla sezione "I miei ordini" di Amazon.

Cordiali saluti,
Coltelleria Ardesia
"""))

    case("order-received-summary", "quarantine", ["type.order-confirmation"], ["type.marketing", "type.thank-you-only"],
         "English order confirmation restating the items and total for an order that has not shipped yet.",
         mk("Hollis Home <orders@hollishome.com>", b["bathmat"], f"We've got your order {o['bathmat']}!",
            "Sun, 14 Jun 2026 16:45:00 -0400", "<hh.conf.113-2250947-6681309@hollishome.com>",
            charset="us-ascii", cte="7bit", text=f"""\
Hello,

This is to confirm that we have received your order {o['bathmat']}:

  1 x Bamboo Bath Mat, Non-Slip ........ $27.99
  Shipping ............................. $0.00
  Order total .......................... $27.99

Your order is now being prepared in our Ohio warehouse and will ship
within 1-2 business days. Amazon will send you the tracking number as
soon as it leaves us.

Regards,
Hollis Home
"""))

    de_text = f"""\
Hallo,

herzlichen Dank, dass Sie sich für einen Helm von Radwerk Berlin entschieden haben (Bestellung {o['helm']}). Wir wünschen Ihnen allzeit gute und sichere Fahrt!

Wenn Sie Fragen haben oder wir Ihnen irgendwie helfen können, sind wir jederzeit für Sie da. Schreiben Sie uns einfach.

Viele Grüße
Ihr Team von Radwerk Berlin
"""
    case("nur-dankeschoen", "quarantine", ["type.thank-you-only"], ["review.incentive", "type.marketing"],
         "German message that only thanks the buyer and offers help.",
         mk("Radwerk Berlin <service@radwerk-berlin.de>", b["helm"], f"Danke für Ihre Bestellung {o['helm']}",
            "Thu, 04 Jun 2026 10:00:00 +0200", "<rw-thx-4416682@radwerk-berlin.de>", text=de_text,
            html=page(text2html(de_text), "de")), tolerated=["type.order-confirmation"])

    case("solo-gracias", "quarantine", ["type.thank-you-only"], ["type.marketing"],
         "Spanish thank-you note with an offer of help and nothing else.",
         mk("Cafés del Puerto <clientes@cafesdelpuerto.es>", b["cafetera"],
            f"¡Gracias por su compra! Pedido {o['cafetera']}", "Thu, 04 Jun 2026 09:30:00 +0200",
            "<cdp-gracias-3302961@cafesdelpuerto.es>", charset="iso-8859-1", text=f"""\
Estimado cliente:

Desde Cafés del Puerto queremos darle las gracias por confiar en nosotros para su pedido {o['cafetera']}. Esperamos que disfrute de muchos cafés con su nueva cafetera.

Si tiene cualquier duda o necesita ayuda, estamos a su entera disposición.

Un afectuoso saludo,
El equipo de Cafés del Puerto
"""), tolerated=["type.order-confirmation"], crlf=True)

    it_html = page(f"""<p>Gentile cliente,</p>
<p>grazie ancora per aver scelto la lampada da terra in ottone (ordine {o['lampada']}).</p>
<p>È appena arrivata la nostra nuova collezione di applique e lampade da tavolo in ottone spazzolato, pensate per abbinarsi alla sua lampada. Per lei abbiamo riservato un codice sconto del 15% valido fino al 31 luglio: <strong>LUCE15</strong>.</p>
<p><a href="https://www.amazon.it/stores/OttoneLuce/page/4C7E2A91-0B3D-4F55-9A1E-62D0F3B8C714">La vetrina di Ottone &amp; Luce su Amazon</a></p>
<p>Cordiali saluti,<br>
Giulia Ferraro<br>
Ottone &amp; Luce</p>""", "it")
    case("codice-sconto-collezione", "quarantine", ["type.marketing"], ["link.external", "style.link-text", "review.incentive"],
         "Italian promotion: a new collection, a discount code and a link to the Amazon storefront (an Amazon link, so not external).",
         mk("Ottone & Luce <assistenza@ottoneluce.it>", b["lampada"],
            f"Ordine {o['lampada']}: uno sconto per lei sulla nuova collezione", "Sat, 13 Jun 2026 10:30:00 +0200",
            "<ol-promo-20260613@ottoneluce.it>", html=it_html, cte="base64"))

    case("shinsaku-coupon-instagram", "quarantine", ["type.marketing"], ["content.email-address", "review.incentive", "language.mismatch"],
         "Japanese new-product announcement with a coupon code and an Instagram follow request; the @handle is not an email address.",
         mk("釜戸鉄器 <info@kamado-tekki.jp>", b["kyusu"],
            f"【ご注文番号 {o['kyusu']}】夏の新作のご案内", "Fri, 12 Jun 2026 12:00:00 +0900",
            "<kamado.20260612120000.news@kamado-tekki.jp>", cte="base64", text=f"""\
お客様

先日は「南部鉄器 急須 0.65L 黒」をお買い上げいただき、ありがとうございました。
ご注文番号：{o['kyusu']}

この夏、鉄瓶と急須の新シリーズ「藍」を発売いたしました。深い藍色の釉薬を施した限定200点です。
お買い上げいただいたお客様への感謝を込めて、次回のご注文で使える10%割引クーポンをご用意しました。

クーポンコード：AI2026（7月31日まで有効）

最新情報はInstagram（@kamado_tekki）でも発信しております。ぜひフォローしてください。

釜戸鉄器
"""), crlf=True)

    case("rezension-gegen-erstattung", "reject", ["review.incentive"], ["review.conditional"],
         "German review request that refunds 5 EUR of the price once the review is online.",
         mk("Eisenherz Kochgeschirr <service@eisenherz-kochgeschirr.de>", b["braeter"],
            f"Bestellung {o['braeter']} – 5 € zurück für Ihre Rezension", "Wed, 10 Jun 2026 08:45:00 +0200",
            "<20260610064500.rv9912@eisenherz-kochgeschirr.de>", text=f"""\
Guten Tag,

wir hoffen, Sie sind mit Ihrem Gusseisen-Bräter oval 6,2 L (Bestellung {o['braeter']}) zufrieden.

Wir würden uns sehr über eine Rezension auf Amazon freuen. Als kleines Dankeschön erstatten wir Ihnen 5,00 € des Kaufpreises, sobald Ihre Rezension online ist. Schicken Sie uns dazu einfach einen Screenshot als Antwort auf diese Nachricht.

Freundliche Grüße
Katrin Vogel
Eisenherz Kochgeschirr
"""))

    case("hoshi-itsutsu-onegai", "reject", ["review.incentive"], ["review.conditional", "style.emoji"],
         "Japanese request that persuades the buyer towards a five-star review, with no benefit offered.",
         mk("眠りの森 寝具店 <care@nemurinomori.jp>", b["makura"],
            f"【ご注文番号 {o['makura']}】レビューのお願い", "Sat, 13 Jun 2026 19:00:00 +0900",
            "<nm-20260613190000-rv@nemurinomori.jp>", cte="base64", text=f"""\
お客様

ご注文番号：{o['makura']}
「低反発 枕 カバー付き」をお使いいただき、ありがとうございます。

当店は家族4人で営んでいる小さな寝具店です。
Amazonでは星5つの評価が一つ増えるだけで、当店の商品がより多くのお客様の目に留まるようになります。

お手数ですが、Amazonの商品レビューで星5つの評価をいただけますよう、お願い申し上げます。
一言のコメントだけでも大変励みになります。

眠りの森 寝具店
担当：小林
"""))

    case("sorteo-tarjeta-regalo", "reject", ["review.incentive"], ["review.conditional"],
         "Spanish review request that enters reviewers into a gift-card prize draw.",
         mk("Cafés del Puerto <clientes@cafesdelpuerto.es>", b["cafetera"],
            f"Pedido {o['cafetera']}: opine y participe en nuestro sorteo", "Tue, 09 Jun 2026 11:30:00 +0200",
            "<cdp-sorteo-3302961@cafesdelpuerto.es>", cte="base64", text=f"""\
Hola:

Gracias por comprar su cafetera italiana de 6 tazas (pedido {o['cafetera']}).

Este mes, todos los clientes que publiquen una opinión sobre su cafetera en Amazon antes del 30 de junio entrarán en el sorteo de una tarjeta regalo de Amazon de 50 €. Para participar, responda a este mensaje con el nombre con el que publicó la opinión.

¡Mucha suerte!
Pablo Méndez
Cafés del Puerto
"""), tolerated=["type.marketing"])

    case("modificar-opinion-dos-estrellas", "reject", ["review.removal-request"], ["review.incentive", "review.conditional"],
         "Spanish request to modify or delete an existing two-star review, with no benefit offered.",
         mk("Cumbre Equipamiento <atencion@cumbre-equipamiento.es>", b["mochila"],
            f"Su opinión sobre la mochila (pedido {o['mochila']})", "Sun, 14 Jun 2026 20:10:00 +0200",
            "<cumbre-opinion-upd-5529704@cumbre-equipamiento.es>", text=f"""\
Hola:

Hemos leído la opinión de dos estrellas que publicó sobre la mochila de senderismo 30 L (pedido {o['mochila']}), en la que comenta que la cremallera lateral se atasca.

Tenía razón: un lote salió con cremalleras defectuosas y ya hemos cambiado de proveedor. Como el problema está resuelto, le agradeceríamos mucho que modificara su opinión o, si lo prefiere, que la eliminara.

Un saludo,
Íñigo Larrea
Cumbre Equipamiento
"""))

    fr_text = f"""\
Bonjour,

Vous avez reçu votre plaid en laine mérinos (commande {o['plaid']}) il y a quelques jours.

Vous en êtes satisfait(e) ? Alors nous serions ravis que vous laissiez un commentaire sur Amazon.

Quelque chose ne vous convient pas ? Dans ce cas, merci de ne pas publier d'avis tout de suite : écrivez-nous d'abord en répondant à ce message, et nous trouverons une solution ensemble.

Bien à vous,
Hélène Garnier
Atelier Laine & Lin
"""
    case("avis-si-satisfait", "reject", ["review.conditional"], ["review.incentive"],
         "French review gating: review if satisfied, otherwise write to the seller first instead of posting.",
         mk("Atelier Laine & Lin <contact@atelier-laine-lin.fr>", b["plaid"],
            f"Votre plaid vous plaît ? Commande {o['plaid']}", "Fri, 05 Jun 2026 10:00:00 +0200",
            "<al-avis-2268451@atelier-laine-lin.fr>", text=fr_text, html=page(text2html(fr_text), "fr")), crlf=True)

    case("recensione-solo-se-soddisfatto", "reject", ["review.conditional"], ["review.incentive"],
         "Italian review gating in ISO-8859-1: review if satisfied, otherwise write to the seller before reviewing.",
         mk("Coltelleria Ardesia <assistenza@coltelleriaardesia.it>", b["coltelli"],
            f"Come si trova con i coltelli? Ordine {o['coltelli']}", "Thu, 11 Jun 2026 16:00:00 +0200",
            "<ca-rv-20260611-1400@coltelleriaardesia.it>", charset="iso-8859-1", text=f"""\
Buongiorno,

speriamo che il set di coltelli (ordine {o['coltelli']}) la stia accompagnando bene in cucina.

Se è soddisfatto dell'acquisto, le saremmo grati se lasciasse una recensione su Amazon. Se invece qualcosa non l'ha convinta, prima di recensire ci scriva: risolveremo il problema insieme.

Cordiali saluti,
Sara Conti
Coltelleria Ardesia
"""))

    case("recordatorio-opinion-repetida", "reject", ["review.repeat"], ["review.incentive", "review.conditional", "link.external"],
         "Second review request for the same order after the first one (case opinion-mochila-alternative) was relayed.",
         mk("Cumbre Equipamiento <atencion@cumbre-equipamiento.es>", b["mochila"],
            f"Recordatorio: su opinión sobre la mochila (pedido {o['mochila']})", "Mon, 15 Jun 2026 11:00:00 +0200",
            "<rq-408-1168320-5529704-2@cumbre-equipamiento.es>", text=f"""\
Hola:

Hace unos días le escribimos para pedirle su opinión sobre la mochila de senderismo 30 L de su pedido {o['mochila']}. Por si se le pasó el mensaje, se lo recordamos: si tiene un momento, nos ayudaría mucho que escribiera una opinión en Amazon, sea cual sea su experiencia.

https://www.amazon.es/review/create-review?asin=B0C7TQ2M5H

Un saludo,
Íñigo Larrea
Cumbre Equipamiento
"""), after=["opinion-mochila-alternative"])

    case("nicht-lieferbar-bitte-stornieren", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"], ["content.phone-number"],
         "German out-of-stock notice that asks the buyer to cancel the order themselves and so never confirms an adjustment.",
         mk("Sitzwerk Büromöbel <service@sitzwerk-bueromoebel.de>", b["stuhl"],
            f"Bestellung {o['stuhl']}: Bürostuhl derzeit nicht lieferbar", "Sat, 13 Jun 2026 08:30:00 +0200",
            "<sw-20260613-0630-28473@sitzwerk-bueromoebel.de>", text=f"""\
Guten Tag,

leider ist der Ergonomische Bürostuhl mit Lordosenstütze aus Ihrer Bestellung {o['stuhl']} derzeit nicht auf Lager. Unser Hersteller hat die nächste Lieferung erst für Ende August angekündigt.

Wir bitten Sie daher, die Bestellung selbst über „Meine Bestellungen“ auf Amazon zu stornieren (Grund: „Lieferzeit zu lang“). Sobald die Stornierung bei uns eingegangen ist, wird Ihnen der Betrag automatisch erstattet.

Vielen Dank für Ihr Verständnis
Sitzwerk Büromöbel
"""), crlf=True)

    case("agotado-sin-reembolso", "quarantine", ["order-problem.no-adjustment"], ["order-problem.cancellation-request"],
         "Spanish cannot-ship notice that never confirms the order amount was adjusted or refunded.",
         mk("Luz y Diseño <tienda@luzydiseno.es>", b["lampara"],
            f"Pedido {o['lampara']}: incidencia con su lámpara", "Sat, 13 Jun 2026 13:20:00 +0200",
            "<lyd-20260613-4481275@luzydiseno.es>", text=f"""\
Hola:

Lamentamos comunicarle que no podremos enviar la lámpara de escritorio LED regulable de su pedido {o['lampara']}. Se nos ha agotado el modelo y el fabricante no nos confirma cuándo volverá a tenerlo.

Sentimos mucho las molestias. Le mantendremos informado en cuanto tengamos novedades.

Un saludo,
Luz y Diseño
"""))

    case("retour-seconde-chance", "quarantine", ["return.unnecessary"], ["review.incentive"],
         "French return-related message that asks for nothing and offers no partial refund; it tries to talk the buyer out of the return.",
         mk("Maison Fouet <sav@maisonfouet.fr>", b["robot"],
            f"Votre demande de retour - commande {o['robot']}", "Thu, 11 Jun 2026 09:40:00 +0200",
            "<sav.20260611.0740.retour@maisonfouet.fr>", charset="iso-8859-1", text=f"""\
Bonjour,

Nous avons vu que vous souhaitiez retourner votre robot pâtissier 1000 W (commande {o['robot']}). C'est bien dommage !

Saviez-vous que la plupart des blocages de bol viennent d'un bol mal verrouillé ? Beaucoup de nos clients qui pensaient renvoyer leur robot l'utilisent aujourd'hui tous les jours. Nous sommes certains qu'il vous donnera satisfaction, à vous aussi, si vous lui laissez une seconde chance.

Bien sûr, vous restez libre de le renvoyer.

Cordialement,
Julien Marchand
Maison Fouet
"""))

    case("return-received-refund-notice", "quarantine", ["return.unnecessary"], ["review.incentive"],
         "Return-related notice that only reports the refund (which Amazon already confirms); it neither asks for information nor offers a partial refund.",
         mk("Copperleaf Appliances <returns@copperleafappliances.co.uk>", b["kettle"],
            f"Return received - order {o['kettle']}", "Fri, 12 Jun 2026 15:05:00 +0100",
            "<cla.ret.3358801.20260612@copperleafappliances.co.uk>", text=f"""\
Hello,

Just to let you know that your returned Electric Kettle 1.7 L arrived at our warehouse today and passed inspection. We have refunded £34.99 for order {o['kettle']}; Amazon will confirm the refund to you by email.

Best regards,
Copperleaf Appliances
"""), tolerated=["type.order-confirmation"], crlf=True)


def violations_d() -> None:
    o, b = OID, BUYER

    case("anleitung-http-link", "reject", ["link.insecure"], ["link.external", "style.link-text"],
         "German plain-text notice whose Amazon product-page link uses http instead of https.",
         mk("Radwerk Berlin <service@radwerk-berlin.de>", b["helm"],
            f"Bestellung {o['helm']}: Korrektur zur Bedienungsanleitung", "Sun, 07 Jun 2026 11:15:00 +0200",
            "<rw-doc-4416682@radwerk-berlin.de>", text=f"""\
Hallo,

in der gedruckten Anleitung zu Ihrem Fahrradhelm Urban (Bestellung {o['helm']}) steht, das Rücklicht werde mit einer CR2032-Knopfzelle betrieben. Das ist falsch: Es hat einen fest eingebauten Akku und wird per USB-C geladen. Bitte versuchen Sie nicht, das Gehäuse zu öffnen.

Die korrigierte Anleitung finden Sie auf der Produktseite:
http://www.amazon.de/dp/B0D3KX81LM

Viele Grüße
Tobias Krämer
Radwerk Berlin
"""))

    ja_text = f"""\
お客様

ご注文番号：{o['kyusu']}「南部鉄器 急須 0.65L 黒」

鉄器の急須は、はじめてお使いになる前に「湯通し」が必要です。
湯通しをせずにお茶を淹れると、鉄の味が強く出ることがあります。

湯通しの手順を動画にまとめましたので、ご使用前にご覧ください。
https://www.youtube.com/watch?v=Qm7tK2pXw9E

釜戸鉄器
"""
    ja_html = page(f"""<p>お客様</p>
<p>ご注文番号：{o['kyusu']}「南部鉄器 急須 0.65L 黒」</p>
<p>鉄器の急須は、はじめてお使いになる前に「湯通し」が必要です。<br>
湯通しをせずにお茶を淹れると、鉄の味が強く出ることがあります。</p>
<p>湯通しの手順を動画にまとめましたので、ご使用前にご覧ください。<br>
<a href="https://www.youtube.com/watch?v=Qm7tK2pXw9E">急須の湯通しの手順（動画）</a></p>
<p>釜戸鉄器</p>""", "ja")
    case("yudooshi-douga-link", "reject", ["link.external"], ["link.insecure", "style.link-text", "language.mismatch"],
         "Japanese care notice with a descriptive https link to a video site that is neither Amazon nor allow-listed.",
         mk("釜戸鉄器 <info@kamado-tekki.jp>", b["kyusu"], f"【ご注文番号 {o['kyusu']}】ご使用前のお願い",
            "Mon, 08 Jun 2026 18:00:00 +0900", "<kamado.20260608180000.care@kamado-tekki.jp>",
            text=ja_text, html=ja_html, cte="base64"))

    case("recensione-cancellami", "reject", ["link.opt-out"], ["content.email-address", "review.conditional", "review.incentive"],
         "Italian neutral review request with an opt-out instruction in the footer (reply CANCELLAMI); no header, no email address.",
         mk("Ottone & Luce <assistenza@ottoneluce.it>", b["lampada"],
            f"Ordine {o['lampada']}: la sua recensione", "Fri, 12 Jun 2026 19:00:00 +0200",
            "<ol-rv-20260612-1700@ottoneluce.it>", text=f"""\
Gentile cliente,

speriamo che la lampada da terra in ottone (ordine {o['lampada']}) illumini bene il suo soggiorno.

Se ha un momento, ci farebbe piacere leggere la sua recensione del prodotto su Amazon, qualunque sia la sua esperienza. Può scriverla da "I miei ordini".

Cordiali saluti,
Ottone & Luce

--
Non desidera ricevere altri messaggi da Ottone & Luce? Risponda a questo messaggio scrivendo CANCELLAMI e la toglieremo dalla nostra lista di invio.
"""), crlf=True)

    zipped = make_zip({
        "manual_cafetera_6_tazas.pdf": make_pdf("Manual cafetera 6 tazas", [
            "Cafes del Puerto - Manual de uso", "1. Llene el deposito hasta la valvula.",
            "2. Ponga el cafe molido en el embudo sin presionar.", "3. Cierre bien y caliente a fuego medio."]),
        "guia_molienda.txt": b"Molienda media-fina, como sal de mesa.\nNo prense el cafe en el embudo.\n",
    })
    case("manual-en-zip", "reject", ["attachment.not-allowed"], ["order-id.missing", "type.thank-you-only"],
         "Spanish message attaching the manual and a grind guide as a .zip archive; archives are always refused.",
         mk("Cafés del Puerto <clientes@cafesdelpuerto.es>", b["cafetera"],
            f"Pedido {o['cafetera']}: manual de su cafetera", "Fri, 05 Jun 2026 10:05:00 +0200",
            "<cdp-manual-3302961@cafesdelpuerto.es>", text=f"""\
Hola:

Hemos visto que en algunas cajas de la cafetera italiana de 6 tazas (pedido {o['cafetera']}) el manual impreso se ha mojado durante el transporte. Le adjuntamos en un archivo ZIP el manual completo y una guía de molienda para que los tenga a mano.

Un saludo,
Pablo Méndez
Cafés del Puerto
""", attach=[(zipped, "application", "zip", "manual_cafetera.zip")]), crlf=True)

    disguised = make_zip({"Rechnung_RE-26-3190.pdf": make_pdf("Rechnung RE-26-3190", [
        "Eisenherz Kochgeschirr - Rechnung", f"Bestellung {o['braeter']}", "Gesamt 89,90 EUR"])})
    case("rechnung-pdf-ist-zip", "reject", ["attachment.not-allowed"], ["type.order-confirmation", "content.phone-number"],
         "German invoice whose attachment is declared application/pdf and named .pdf but is really a zip archive (sniffed from the bytes).",
         mk("Eisenherz Kochgeschirr <buchhaltung@eisenherz-kochgeschirr.de>", b["braeter"],
            f"Ihre Rechnung zur Bestellung {o['braeter']}", "Fri, 05 Jun 2026 14:30:00 +0200",
            "<20260605123000.inv3190@eisenherz-kochgeschirr.de>", text=f"""\
Guten Tag,

anbei erhalten Sie die Rechnung RE-26-3190 zu Ihrer Bestellung {o['braeter']} (Gusseisen-Bräter oval 6,2 L).

Freundliche Grüße
Buchhaltung Eisenherz Kochgeschirr
Eisenherz Kochgeschirr GmbH · Amtsgericht Solingen HRB 31877 · USt-IdNr. DE294417386
""", attach=[(disguised, "application", "pdf", "Rechnung_RE-26-3190.pdf")]))

    fr_html = page(f"""<p><a href="https://www.atelier-laine-lin.fr/"><img src="cid:all-logo@atelier-laine-lin.fr" alt="Atelier Laine &amp; Lin" width="150" height="50"></a></p>
<p>Bonjour,</p>
<p>L'étiquette de lavage de certains plaids en laine mérinos indique par erreur un lavage à 40 °C. Votre plaid (commande {o['plaid']}) fait partie de cette série : lavez-le à 30 °C maximum, en programme laine, pour éviter qu'il ne feutre.</p>
<p>Si votre plaid a déjà été lavé à 40 °C et a rétréci, répondez à ce message et nous le remplacerons.</p>
<p>Bien à vous,<br>
Hélène Garnier<br>
Atelier Laine &amp; Lin</p>""", "fr")
    case("logo-lien-site", "reject", ["image.logo-link", "link.external"], ["style.image-alt", "style.link-text", "image.tracking-pixel"],
         "French care notice whose brand logo links to the seller's website (necessarily an external link too); the image link's text is the logo's descriptive alt.",
         mk("Atelier Laine & Lin <contact@atelier-laine-lin.fr>", b["plaid"],
            f"Commande {o['plaid']} : lavage de votre plaid", "Tue, 09 Jun 2026 15:00:00 +0200",
            "<al-lavage-2268451@atelier-laine-lin.fr>", html=fr_html,
            related=[(logo_png("ATELIER LAINE & LIN", (150, 50), (90, 90, 80)), "image", "png",
                      "<all-logo@atelier-laine-lin.fr>", "atelier-laine-lin.png")]))

    en_html = page(f"""<p>Hi there,</p>
<p>Your Cast Aluminum Pizza Steel (order {o['pizza']}) arrived a week ago. If you've had the chance to bake on it, we'd be grateful for an honest review on Amazon.</p>
<p><a href="https://www.amazon.com/review/create-review?asin=B0CPZ7STL3">Review the pizza steel on Amazon</a></p>
<p>Thanks,<br>
Jonah Whitaker<br>
Emberforge Outdoor Cooking</p>
<img src="https://open.mailpulse-trk.com/o/7f3e91c2a8/{b['pizza'].split('@')[0]}.gif" width="1" height="1" alt="" style="display:none">""")
    case("review-remote-open-pixel", "reject", ["image.tracking-pixel", "style.image-alt"],
         ["link.external", "image.insecure", "style.link-text", "image.logo-link"],
         "Neutral review request carrying a hidden 1x1 remote open-tracking image with a per-recipient token and an empty alt.",
         mk("Emberforge Outdoor Cooking <service@emberforge-cooking.com>", b["pizza"],
            f"Order {o['pizza']}: a quick review?", "Sat, 13 Jun 2026 09:00:00 -0500",
            "<ef.rq.mp.20260613140000@emberforge-cooking.com>", html=en_html,
            headers=[("X-Mailer", "MailPulse Campaigns")]))

    it_html = page(f"""<p>Buongiorno,</p>
<p>la informiamo che il ceppo in legno del set di coltelli (ordine {o['coltelli']}) va pulito solo con un panno asciutto: l'acqua può deformare le fessure.</p>
<p>Se il ceppo le è arrivato già deformato, ci risponda con una foto e lo sostituiremo.</p>
<p>Cordiali saluti,<br>
Coltelleria Ardesia</p>
<img src="cid:px-5527719@coltelleriaardesia.it" alt="">""", "it")
    case("pixel-inline-1x1", "reject", ["image.tracking-pixel", "style.image-alt"], ["attachment.not-allowed", "style.image-width"],
         "Italian care notice with an inline 1x1 GIF (real bytes, no size attributes) and an empty alt; as a cid image it is not an attachment.",
         mk("Coltelleria Ardesia <assistenza@coltelleriaardesia.it>", b["coltelli"],
            f"Ordine {o['coltelli']}: cura del ceppo", "Sun, 07 Jun 2026 12:00:00 +0200",
            "<ca-cura-20260607-1000@coltelleriaardesia.it>", html=it_html,
            related=[(pixel_gif(), "image", "gif", "<px-5527719@coltelleriaardesia.it>", "s.gif")]), crlf=True)

    es_html = page(f"""<p>Hola:</p>
<p>Su cafetera del pedido {o['cafetera']} lleva ya casi dos semanas con usted.</p>
<p><img src="cid:prod-3302961@cafesdelpuerto.es" alt="Cafetera italiana de acero inoxidable, 6 tazas" width="300" height="225"></p>
<p>Si le apetece, cuéntenos qué le parece en una opinión en Amazon, sea buena o mala. Puede escribirla desde "Mis pedidos".</p>
<p>Un saludo,<br>
Cafés del Puerto</p>""", "es")
    case("foto-producto-cafetera", "quarantine", ["image.product-photo"],
         ["style.image-alt", "style.image-width", "attachment.not-allowed", "review.incentive"],
         "Spanish review request showing an inline photo whose alt text and file name name the ordered product.",
         mk("Cafés del Puerto <clientes@cafesdelpuerto.es>", b["cafetera"],
            f"¿Qué le parece su cafetera? Pedido {o['cafetera']}", "Mon, 15 Jun 2026 09:30:00 +0200",
            "<cdp-rv-foto-3302961@cafesdelpuerto.es>", html=es_html,
            related=[(product_jpeg(), "image", "jpeg", "<prod-3302961@cafesdelpuerto.es>",
                      "cafetera-italiana-acero-inoxidable-6-tazas.jpg")]))

    case("nameire-mail-address", "reject", ["content.email-address"], ["content.phone-number", "language.mismatch"],
         "Japanese request for the engraving text that asks the buyer to email the seller's own address.",
         mk("花木彫刻工房 <order@hanaki-chokoku.jp>", b["pen"], f"【ご注文番号 {o['pen']}】名入れ文字のご連絡のお願い",
            "Fri, 12 Jun 2026 17:30:00 +0900", "<hanaki.20260612173000.mail@hanaki-chokoku.jp>", cte="base64", text=f"""\
お客様

このたびは「名入れ 木製 ボールペン 桐箱入り」をご注文いただき、ありがとうございます。
ご注文番号：{o['pen']}

名入れの文字がご注文時に入力されていなかったため、まだ彫刻を始められておりません。
お手数ですが、ご希望の文字（20文字以内）を design@hanaki-chokoku.jp までメールでお送りください。

花木彫刻工房
担当：森田
"""))

    case("bougie-retard-service-client-tel", "reject", ["content.phone-number"],
         ["content.email-address", "order-problem.no-adjustment", "order-problem.cancellation-request"],
         "French delay notice that gives the seller's own customer-service phone number (not warranty, carrier or manufacturer).",
         mk("Cire & Mèche <bonjour@cire-et-meche.fr>", b["bougie"],
            f"Commande {o['bougie']} : expédition le 22 juin", "Sat, 13 Jun 2026 11:45:00 +0200",
            "<cm-20260613-0945-41295@cire-et-meche.fr>", text=f"""\
Bonjour,

Votre bougie parfumée figue et bois de cèdre (commande {o['bougie']}) est coulée à la main et doit reposer dix jours avant d'être emballée. Elle sera expédiée le lundi 22 juin.

Si ce délai ne vous convient pas, répondez à ce message : nous annulerons la commande et vous rembourserons intégralement.

Pour toute question, notre service client est joignable au 01 84 88 32 17, du mardi au samedi.

Belle journée,
Camille Roux
Cire & Mèche
"""), crlf=True)

    case("shelf-plasterboard-support-line", "reject", ["content.phone-number"], ["content.email-address"],
         "English fitting advice that invites the buyer to ring the seller's own customer care line.",
         mk("Greywood Interiors <help@greywoodinteriors.co.uk>", b["shelf"],
            f"Order {o['shelf']}: fixing your shelf to plasterboard", "Tue, 02 Jun 2026 10:30:00 +0100",
            "<gw-fit-7163348@greywoodinteriors.co.uk>", text=f"""\
Hello,

A quick note about your Oak Wall Shelf 80 cm (order {o['shelf']}): the wall plugs in the box are for solid brick or block walls. If you are fixing it to plasterboard, please use the four metal cavity anchors in the small bag instead, otherwise the shelf may pull away under load.

If you're unsure which wall you have, ring our customer care team on 020 7946 0381 and we'll talk you through it.

Best wishes,
Greywood Interiors
"""))

    case("respuesta-insultos-transporte", "quarantine", ["content.sensitive"], ["window.expired", "type.order-confirmation", "order-id.missing"],
         "Spanish reply that insults the carrier with offensive words.",
         mk("Cumbre Equipamiento <atencion@cumbre-equipamiento.es>", b["mochila"],
            "Re: ¿Dónde está mi mochila?", "Wed, 10 Jun 2026 19:20:00 +0200",
            "<cumbre-re-donde-5529704@cumbre-equipamiento.es>",
            headers=[("In-Reply-To", "<0102019c11a0b3e4-77f1.es-buyer@amazonses.com>"),
                     ("References", "<0102019c11a0b3e4-77f1.es-buyer@amazonses.com>")], text=f"""\
Hola:

Lo sentimos muchísimo. Hemos llamado a la agencia y, como siempre, los muy gilipollas no saben dónde está el paquete de su pedido {o['mochila']}. Es una puta vergüenza cómo trabajan.

Hemos abierto una reclamación y le diremos algo mañana como muy tarde.

Un saludo,
Íñigo Larrea
Cumbre Equipamiento
"""))

    case("spedition-beschimpfung", "quarantine", ["content.sensitive"],
         ["order-problem.no-adjustment", "order-problem.cancellation-request", "language.mismatch"],
         "German delay notice that calls the freight company offensive names.",
         mk("Gartenkontor Hansen <hilfe@gartenkontor-hansen.de>", b["kanne"],
            f"Bestellung {o['kanne']}: Verzögerung", "Mon, 15 Jun 2026 08:15:00 +0200",
            "<gh.helpdesk.9a01c7e3@gartenkontor-hansen.de>", text=f"""\
Guten Tag,

Ihre Kupfer-Gießkanne (Bestellung {o['kanne']}) ist fertig poliert, aber die Spedition hat mal wieder Scheiße gebaut: Diese Vollidioten haben unsere Abholung schlicht vergessen. Die Kanne geht jetzt am Mittwoch raus.

Entschuldigen Sie die Verzögerung.

Mit freundlichen Grüßen
Henrike Hansen
Gartenkontor Hansen
"""), crlf=True)


def violations_e() -> None:
    o, b = OID, BUYER

    uk_html = page(f"""<p>Hello,</p>
<p>Your Merino Wool Throw Blanket in Heather Grey (order {o['throw']}) was delivered last week.</p>
<p>We would be glad of an honest product review on Amazon once you have used it for a while. You can find the throw on your orders page:</p>
<p><a href="https://www.amazon.co.uk/gp/css/order-history">https://www.amazon.co.uk/gp/css/order-history</a></p>
<p>Kind regards,<br>
Bramble &amp; Fleece</p>""")
    case("bare-url-link-text", "reject", ["style.link-text"], ["link.external", "link.insecure", "review.incentive"],
         "UK review request whose Amazon link's text is the bare URL instead of an explanation.",
         mk("Bramble & Fleece <hello@brambleandfleece.co.uk>", b["throw"],
            f"Order {o['throw']} - how is your throw?", "Mon, 15 Jun 2026 10:00:00 +0100",
            "<bf.rv.4409917.20260615@brambleandfleece.co.uk>", html=uk_html))

    ja_html = page(f"""<p>お客様</p>
<p>ご注文番号 {o['kasa']}「折りたたみ傘 自動開閉」をお買い上げいただき、ありがとうございます。</p>
<p>よろしければ、使い心地をAmazonのレビューでお聞かせください。良い点も改善点も、今後の参考にさせていただきます。</p>
<p>レビューの投稿は<a href="https://www.amazon.co.jp/review/create-review?asin=B0CZ8RMN4T">こちら</a>から。</p>
<p>雨音ストア</p>""", "ja")
    case("kochira-link", "reject", ["style.link-text"], ["link.external", "review.incentive", "language.mismatch"],
         "Japanese review request whose Amazon link's only text is the generic こちら ('here').",
         mk("雨音ストア <support@amaoto-store.jp>", b["kasa"], f"【ご注文番号 {o['kasa']}】レビューのお願い",
            "Sun, 14 Jun 2026 10:00:00 +0900", "<20260614100000.amaoto.8812@amaoto-store.jp>", html=ja_html))

    fr_html = page(f"""<p><img src="cid:vv-logo@verre-vapeur.fr" width="150" height="40"></p>
<p>Bonjour,</p>
<p>Pour votre cafetière à piston (commande {o['cafetiere']}), un joint de filtre de remplacement est disponible gratuitement si le vôtre laisse passer du marc. Répondez simplement à ce message avec le numéro de lot gravé sous la base.</p>
<p>Cordialement,<br>
Verre &amp; Vapeur</p>""", "fr")
    case("logo-sans-alt", "reject", ["style.image-alt"], ["image.logo-link", "image.tracking-pixel", "style.image-width"],
         "French notice whose inline brand logo has no alt attribute at all.",
         mk("Verre & Vapeur <service@verre-vapeur.fr>", b["cafetiere"],
            f"Commande {o['cafetiere']} : joint de filtre", "Tue, 02 Jun 2026 10:00:00 +0200",
            "<vv-20260602-joint@verre-vapeur.fr>", html=fr_html,
            related=[(logo_png("VERRE & VAPEUR", (150, 40), (20, 60, 90)), "image", "png",
                      "<vv-logo@verre-vapeur.fr>", "logo.png")]), crlf=True)

    case("liefertermin-emoji", "reject", ["style.emoji"], ["content.phone-number", "language.mismatch"],
         "German delivery scheduling for a bulky chair with Unicode emoji in the subject and body.",
         mk("Sitzwerk Büromöbel <service@sitzwerk-bueromoebel.de>", b["stuhl"],
            f"Bestellung {o['stuhl']}: Ihr Liefertermin 🚚", "Fri, 12 Jun 2026 12:00:00 +0200",
            "<sw-20260612-1000-termin@sitzwerk-bueromoebel.de>", text=f"""\
Hallo,

gute Nachrichten 🎉 Ihr Ergonomischer Bürostuhl (Bestellung {o['stuhl']}) wird per Spedition geliefert, und wir brauchen dafür einen Termin.

Passt Ihnen Donnerstag, 18. Juni, zwischen 8 und 12 Uhr? Antworten Sie einfach mit Ja oder schlagen Sie einen anderen Tag vor 😊

Viele Grüße
Sitzwerk Büromöbel
"""))

    case("emoticones-bougie", "reject", ["style.emoji"], ["order-problem.no-adjustment", "content.phone-number"],
         "French delay notice with ASCII emoticons ':-)' and ';)'; the times 14:30 and 9:00 are not emoticons.",
         mk("Cire & Mèche <bonjour@cire-et-meche.fr>", b["bougie"],
            f"Commande {o['bougie']} : petit délai", "Sun, 14 Jun 2026 09:10:00 +0200",
            "<cm-20260614-0710-41295@cire-et-meche.fr>", charset="iso-8859-1", text=f"""\
Bonjour,

Petite nouvelle concernant votre bougie figue et bois de cèdre (commande {o['bougie']}) :-)

La cire doit encore reposer quelques jours. Nous la déposerons à La Poste vendredi avant 14:30, le dépôt ouvrant à 9:00. Merci de votre patience ;)

Si vous préférez annuler, répondez à ce message et nous vous rembourserons intégralement.

Camille
Cire & Mèche
"""))

    ja_text = f"""\
お客様

ご注文番号：{o['pen']}「名入れ 木製 ボールペン 桐箱入り」

ただいま名入れのご注文が大変混み合っており、発送予定日が6月16日から6月19日に変更となりました。
お待たせしてしまい、誠に申し訳ございません。

新しい発送日でご都合が悪い場合は、このメッセージにご返信ください。ご注文を取り消し、全額を返金いたします。

花木彫刻工房
"""
    ja_html = page('<p><img src="cid:hanaki-banner@hanaki-chokoku.jp" alt="花木彫刻工房" width="240" height="60"></p>\n'
                   + text2html(ja_text), "ja")
    case("animated-gif-banner-ja", "reject", ["style.animated-gif"],
         ["attachment.not-allowed", "style.image-alt", "style.image-width", "image.product-photo"],
         "Japanese delay notice with an inline two-frame animated GIF banner (cid image, so not an attachment).",
         mk("花木彫刻工房 <order@hanaki-chokoku.jp>", b["pen"], f"【ご注文番号 {o['pen']}】発送日変更のお知らせ",
            "Sun, 14 Jun 2026 11:00:00 +0900", "<hanaki.20260614110000.delay@hanaki-chokoku.jp>",
            text=ja_text, html=ja_html, cte="base64",
            related=[(animated_gif(), "image", "gif", "<hanaki-banner@hanaki-chokoku.jp>", "hanaki-banner.gif")]))

    en_text = f"""\
Hello,

The Smart Plug Mini 4-Pack from your order {o['plugs']} ships with firmware 1.2, which cannot join 5 GHz-only Wi-Fi networks.

Before pairing, please open the app, go to Settings > Device updates and install version 1.4. It takes about two minutes per plug.

Regards,
Voltaic Home Support
"""
    en_html = page(f'<div style="padding: 0 150px;">\n{text2html(en_text)}\n</div>')
    case("wide-padding-150px", "reject", ["style.margin"], ["style.image-width", "style.font-override", "style.alignment"],
         "English firmware notice whose body is wrapped in 150 px side padding (25 % of the 600 px reference, over 20 %).",
         mk("Voltaic Home <support@voltaichome.com>", b["plugs"], f"Order {o['plugs']}: update before pairing",
            "Wed, 10 Jun 2026 09:00:00 -0700", "<vh.fw14.7781093@voltaichome.com>", text=en_text, html=en_html), crlf=True)

    de_text = f"""\
Guten Tag,

einige Gusseisen-Bräter aus Ihrer Lieferwoche wurden mit einem Deckel aus einer fehlerhaften Charge verschickt, bei dem die Emaille am Rand abplatzen kann. Bitte sehen Sie nach, ob am Deckelrand Ihres Bräters (Bestellung {o['braeter']}) die Prägung C-2605 steht.

Wenn ja, antworten Sie bitte auf diese Nachricht; wir schicken Ihnen sofort einen neuen Deckel.

Freundliche Grüße
Eisenherz Kochgeschirr
"""
    de_html = page('<p><img src="cid:eh-banner@eisenherz-kochgeschirr.de" alt="Eisenherz Kochgeschirr" width="560" height="110"></p>\n'
                   + text2html(de_text), "de")
    case("banner-560px", "reject", ["style.image-width"], ["style.image-alt", "image.product-photo", "image.logo-link"],
         "German recall-style check whose brand banner is 560 px wide (93 % of the reference width, over 80 %).",
         mk("Eisenherz Kochgeschirr <service@eisenherz-kochgeschirr.de>", b["braeter"],
            f"Bestellung {o['braeter']}: Bitte Deckel prüfen", "Mon, 08 Jun 2026 09:00:00 +0200",
            "<20260608070000.lid2605@eisenherz-kochgeschirr.de>", text=de_text, html=de_html,
            related=[(banner_jpeg(), "image", "jpeg", "<eh-banner@eisenherz-kochgeschirr.de>", "eisenherz-banner.jpg")]))

    es_html = page(f"""<p>Hola:</p>
<p>Su colchón viscoelástico (pedido {o['colchon']}) ya está en nuestro almacén de Getafe y necesitamos acordar el día de entrega, porque se entrega en mano.</p>
<p>¿Le viene bien el martes 16 de junio por la mañana o el miércoles 17 por la tarde? Responda a este mensaje con la opción que prefiera.</p>
<p>Un saludo,<br>
Elena Castaño<br>
Descanso Natural</p>""", "es").replace("<body>", '<body style="font-family: \'Trebuchet MS\', Arial, sans-serif; color: #2b2b2b; line-height: 1.7;">')
    case("fuente-y-color-propios", "reject", ["style.font-override"], ["content.phone-number", "style.font-sizes", "style.alignment"],
         "Spanish delivery scheduling whose body style overrides font family, text colour and line height.",
         mk("Descanso Natural <pedidos@descansonatural.es>", b["colchon"],
            f"Pedido {o['colchon']}: día de entrega", "Sat, 13 Jun 2026 10:00:00 +0200",
            "<dn-entrega-html-7714026@descansonatural.es>", html=es_html))

    it_html = page(f"""<h1>Ottone &amp; Luce</h1>
<h3>Montaggio del paralume</h3>
<p style="font-size: 15px;">Gentile cliente, alcune lampade da terra in ottone (ordine {o['lampada']}) sono partite con il paralume smontato. Per montarlo, sviti l'anello sotto il portalampada, appoggi il paralume e riavviti l'anello a mano, senza attrezzi.</p>
<p style="font-size: 15px;">Se l'anello manca, ci risponda e glielo spediremo subito.</p>
<p style="font-size: 11px;">Ottone &amp; Luce di Ferraro Giulia - P.IVA 03817250164</p>""", "it")
    case("quattro-dimensioni-carattere", "reject", ["style.font-sizes"], ["style.font-override", "style.alignment", "content.phone-number"],
         "Italian assembly notice shown in four sizes (h1, h3, 15 px, 11 px), more than three; the P.IVA is not a phone number.",
         mk("Ottone & Luce <assistenza@ottoneluce.it>", b["lampada"],
            f"Ordine {o['lampada']}: come montare il paralume", "Wed, 10 Jun 2026 11:00:00 +0200",
            "<ol-montaggio-20260610@ottoneluce.it>", html=it_html), crlf=True)

    fr_html = page(f"""<p style="text-align: justify;">Bonjour,</p>
<p style="text-align: justify;">Votre plaid en laine mérinos (commande {o['plaid']}) a été tissé dans un lot dont la lisière peut se découdre sur quelques centimètres. Pourriez-vous vérifier les deux bords courts du plaid et nous dire, en répondant à ce message, si la couture est intacte ?</p>
<p style="text-align: justify;">En cas de défaut, nous vous enverrons un plaid neuf.</p>
<p style="text-align: justify;">Hélène Garnier<br>
Atelier Laine &amp; Lin</p>""", "fr")
    case("texte-justifie", "reject", ["style.alignment"], ["style.font-override", "style.margin"],
         "French quality check whose paragraphs override the default alignment with text-align: justify.",
         mk("Atelier Laine & Lin <contact@atelier-laine-lin.fr>", b["plaid"],
            f"Commande {o['plaid']} : vérification de la lisière", "Wed, 03 Jun 2026 10:20:00 +0200",
            "<al-lisiere-2268451@atelier-laine-lin.fr>", html=fr_html, cte="base64"))

    ca_html = page(f"""<p>Hello,</p>
<p>Thanks for sending back the gloves from order {o['gloves']}. To finish the exchange, could you confirm which colour you would like the XL pair in: black or charcoal?</p>
<br><br><br>
<p>Regards,<br>
Northbound Outfitters</p>""")
    case("triple-br-gap", "reject", ["style.line-breaks"], ["return.unnecessary", "style.emoji"],
         "Canadian return follow-up (asks for needed information) with three <br> in a row between paragraphs.",
         mk("Northbound Outfitters <support@northboundoutfitters.ca>", b["gloves"],
            f"Exchange for order {o['gloves']}: colour?", "Sat, 13 Jun 2026 13:00:00 -0400",
            "<nb.hd.20260613170000.0147@northboundoutfitters.ca>", html=ca_html,
            headers=[("X-Mailer", "Gorgias Helpdesk")]))

    it_html = page(f"""<p>Buongiorno,</p>
<p>il coltello da pane del suo set (ordine {o['coltelli']}) appartiene a un lotto con il filo non rifinito. Ci può dire se la lama presenta piccole sbavature vicino al manico? In quel caso le spediremo un coltello sostitutivo.</p>
<p>Cordiali saluti,<br>
Sara Conti</p>
<p><img src="http://static.coltelleriaardesia.it/firma/ardesia-firma.png" alt="Coltelleria Ardesia" width="180" height="45"></p>""", "it")
    case("immagine-firma-http", "reject", ["image.insecure"], ["link.insecure", "link.external", "style.image-alt"],
         "Italian quality check whose signature image loads over http; an img src is not a link.",
         mk("Coltelleria Ardesia <assistenza@coltelleriaardesia.it>", b["coltelli"],
            f"Ordine {o['coltelli']}: verifica del coltello da pane", "Sat, 06 Jun 2026 10:00:00 +0200",
            "<ca-verifica-20260606@coltelleriaardesia.it>", html=it_html))

    case("firmware-spelling", "relay", ["content.spelling"], [],
         "Permitted firmware notice riddled with egregious misspellings; the rule only warns, so it is relayed.",
         mk("Voltaic Home <support@voltaichome.com>", b["plugs"], f"Order {o['plugs']}: importent update",
            "Thu, 11 Jun 2026 09:00:00 -0700", "<vh.fw.sp.7781093@voltaichome.com>", charset="us-ascii", cte="7bit", text=f"""\
Helo,

We are writting to you abuot your order {o['plugs']} for the Smart
Plug Mini 4-Pack. Unfortunatly the plugs was shiped with an old firmwear
that dont conect to 5 GHz wifi netwroks.

Pleese open the app and go too Setings, than Updats, befor you pair
them. Sory for the inconvienence.

Best regads,
Voltaic Home
"""))


def multi() -> None:
    o, b = OID, BUYER

    text = """\
SUMMER SALE IS ON! 🎉

Hi friend,

Thanks for being a Voltaic Home customer! For one week only, take 25% off every smart plug, bulb and sensor in our shop with code SUMMER25.

Shop the sale: https://www.voltaichome.com/summer-sale

You're receiving this because you bought from Voltaic Home. Unsubscribe: https://www.voltaichome.com/unsubscribe?u=8831f0
"""
    html = page("""<p>SUMMER SALE IS ON! 🎉</p>
<p>Hi friend,</p>
<p>Thanks for being a Voltaic Home customer! For one week only, take 25% off every smart plug, bulb and sensor in our shop with code <b>SUMMER25</b>.</p>
<p><a href="https://www.voltaichome.com/summer-sale">Shop the Voltaic Home summer sale</a></p>
<p>You're receiving this because you bought from Voltaic Home. <a href="https://www.voltaichome.com/unsubscribe?u=8831f0">Unsubscribe from Voltaic Home emails</a></p>""",
                head='<style type="text/css">body { font-family: Helvetica, Arial, sans-serif; }</style>\n')
    case("multi-summer-sale", "reject",
         ["order-id.missing", "type.marketing", "link.external", "link.opt-out", "style.emoji", "style.font-override"],
         ["style.link-text", "link.insecure", "image.tracking-pixel"],
         "Promotional newsletter: no order ID, discount code, external shop and unsubscribe links plus List-Unsubscribe header, emoji and a font-family in <style>.",
         mk("Voltaic Home <news@voltaichome.com>", b["plugs"], "☀️ 25% off everything this week",
            "Mon, 15 Jun 2026 07:00:00 -0700", "<vh.news.summer26.8831f0@voltaichome.com>", text=text, html=html,
            headers=[("List-Unsubscribe", "<https://www.voltaichome.com/unsubscribe?u=8831f0>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]))

    case("multi-gutschein-wenn-zufrieden-email", "reject",
         ["review.incentive", "review.conditional", "content.email-address"], [],
         "German five-star request rewarded with a 10 EUR voucher, gated on satisfaction, with the seller's email address for complaints.",
         mk("Radwerk Berlin <service@radwerk-berlin.de>", b["helm"], f"Ihre Meinung zählt – Bestellung {o['helm']}",
            "Sat, 13 Jun 2026 10:00:00 +0200", "<rw-rv-gs-4416682@radwerk-berlin.de>", text=f"""\
Hallo,

sind Sie mit Ihrem Fahrradhelm Urban (Bestellung {o['helm']}) zufrieden? Dann bewerten Sie ihn bitte mit 5 Sternen auf Amazon. Als Dankeschön schicken wir Ihnen nach Ihrer Bewertung einen Amazon-Gutschein über 10 €.

Falls Sie nicht zufrieden sind, schreiben Sie uns bitte zuerst an reklamation@radwerk-berlin.de, bevor Sie eine Bewertung abgeben.

Viele Grüße
Radwerk Berlin
"""), tolerated=["type.marketing"], crlf=True)

    case("multi-avis-tardif-remise-smiley", "reject",
         ["window.expired", "review.incentive", "style.emoji"], ["review.conditional"],
         "French five-star request 44 days after delivery that offers 10 % off the next order and ends with a ':)'.",
         mk("Liège & Souffle <contact@liege-souffle.fr>", b["yoga"], f"Votre avis sur le tapis de yoga (commande {o['yoga']})",
            "Mon, 15 Jun 2026 08:00:00 +0200", "<ls-avis-6695528@liege-souffle.fr>", text=f"""\
Bonjour,

Vous avez reçu votre tapis de yoga en liège 4 mm (commande {o['yoga']}) début mai.

Laissez-nous un avis 5 étoiles sur Amazon et recevez 10 % de remise sur votre prochaine commande : il suffit de répondre à ce message avec une capture d'écran de votre avis :)

Namasté,
L'équipe Liège & Souffle
"""), tolerated=["type.marketing"])


# --------------------------------------------------------------------------------------------
# Write and verify
# --------------------------------------------------------------------------------------------

def _set_boundaries(m: EmailMessage, slug: str) -> None:
    n = 0
    for part in m.walk():
        if part is not m and "MIME-Version" in part:
            del part["MIME-Version"]  # EmailMessage adds it to sub-parts; real clients do not
        if part.is_multipart():
            h = hashlib.sha1(f"{slug}:{n}".encode()).hexdigest()
            part.set_boundary(f"=_{h[:12]}_{h[12:24]}")
            n += 1


def verify(path: Path, entry: dict) -> None:
    raw = path.read_bytes()
    crlf = b"\r\n" in raw
    assert crlf == entry["crlf"], path
    if crlf:
        assert raw.count(b"\n") == raw.count(b"\r\n"), f"{path}: mixed line endings"
    for ln in raw.splitlines():
        assert len(ln) <= 998, f"{path}: line too long"
        ln.decode("ascii")  # all 7-bit on the wire
    m = BytesParser(policy=policy.default).parsebytes(raw)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        assert m[h], f"{path}: missing {h}"
    assert len(m.get_all("To")) == 1 and "@marketplace.amazon." in str(m["To"]), path
    for h in ("In-Reply-To", "References"):
        if m[h] is not None:
            assert str(m[h]).startswith("<") and "=?" not in raw.decode("ascii").split(h + ":", 1)[1].split("\n", 1)[0], \
                f"{path}: {h} mangled"
    texts = []
    for part in m.walk():
        if part.is_multipart():
            continue
        if part.get_content_maintype() == "text" and part.get_content_disposition() != "attachment":
            t = part.get_content()
            assert "\ufffd" not in t, f"{path}: undecodable text"
            texts.append(t)
        else:
            data = part.get_content()
            assert isinstance(data, bytes) and data, path
            if part.get_content_subtype() in ("png", "jpeg", "gif"):
                Image.open(io.BytesIO(data)).verify()
    assert texts, path


def main() -> None:
    write_orders(ROOT, ORDERS)
    compliant()
    violations_b_c()
    violations_d()
    violations_e()
    multi()
    labels = write_cases(ROOT, CASE_LIST, _set_boundaries, verify, after_must_precede=False)
    print(f"{len(labels)} cases, {len(ORDERS)} orders written to {ROOT}")


if __name__ == "__main__":
    main()
