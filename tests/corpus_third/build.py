#!/usr/bin/env python3
"""Build the third labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_third/build.py

Deterministic: buyer addresses come from a seeded generator, MIME boundaries are derived from the case
slug, and every image, PDF and office file is drawn here (Pillow / by hand). Each message is read back
after writing (see verify()). The helper approach follows tests/corpus_extra/build.py; the messages,
sellers, products and orders are new.
"""

from __future__ import annotations

import hashlib
import random
import sys
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent
CASES = ROOT / "cases"

sys.path.insert(0, str(ROOT.parent))  # tests/: the shared helpers live in tests/corpus_build.py
import corpus_build as cb  # noqa: E402
from corpus_build import (  # noqa: E402
    add_case,
    animated_gif,
    buyer,
    collect_by_language,
    diagram_png,
    lang_counts,
    logo_jpeg,
    logo_png,
    make_docx,
    mk,
    page,
    quote,
    reply_headers,
    serum_jpeg,
    set_boundaries,
    verify,
    write_cases,
    write_orders,
)

# --------------------------------------------------------------------------------------------
# Orders
# --------------------------------------------------------------------------------------------

_rnd = random.Random(3_2026_0615)
_buyer = partial(buyer, _rnd)


# key, order_id, marketplace tld, language, purchased, shipped, delivered, title, buyer address known
_ORDER_ROWS = [
    # English marketplaces
    ("brake", "112-3390417-6652018", "com", "en", "2026-06-10T14:02:00Z", "", "", "Ceramic Front Brake Pads Set, fits Honda Civic 2016-2021", True),
    ("board", "202-5561093-2847716", "co.uk", "en", "2026-05-28T19:30:00Z", "2026-05-29T11:00:00Z", "2026-06-02T13:40:00Z", "Wooden Montessori Activity Board for Toddlers", True),
    ("headph", "114-7720185-3349062", "com", "en", "2026-04-19T10:15:00Z", "2026-04-20T16:00:00Z", "2026-04-25T18:20:00Z", "Over-Ear Noise Cancelling Headphones, Midnight Blue", True),
    ("desk", "206-1184420-5593817", "co.uk", "en", "2026-06-08T08:45:00Z", "2026-06-09T10:30:00Z", "2026-06-12T15:10:00Z", "Electric Standing Desk Frame, Dual Motor, Black", True),
    ("dock", "702-4418830-2261954", "ca", "en", "2026-05-26T21:05:00Z", "2026-05-27T14:00:00Z", "2026-06-01T17:35:00Z", "USB-C Docking Station 12-in-1, Dual HDMI", False),
    ("jacket", "171-9937402-5518260", "com.au", "en", "2026-05-20T02:10:00Z", "2026-05-21T05:00:00Z", "2026-05-26T03:45:00Z", "Women's Packable Rain Jacket, Olive, Size M", True),
    ("robot", "113-5508721-9043362", "com", "en", "2026-05-30T16:20:00Z", "2026-06-01T12:00:00Z", "2026-06-04T19:05:00Z", "STEM Robot Building Kit, 12-in-1 Solar", True),
    ("serum", "204-6629014-7718530", "co.uk", "en", "2026-05-31T09:00:00Z", "2026-06-01T08:30:00Z", "2026-06-03T12:15:00Z", "Hyaluronic Acid Serum 30 ml, Fragrance-Free", True),
    ("necklace", "203-8817250-4460391", "co.uk", "en", "2026-06-12T20:40:00Z", "", "", "Personalised Sterling Silver Name Necklace", True),
    ("chair", "111-2297036-8815420", "com", "en", "2026-06-06T13:10:00Z", "", "", "Ergonomic Gaming Chair with Footrest, Grey", True),
    ("shortbread", "205-4470318-9926605", "co.uk", "en", "2026-06-05T10:00:00Z", "2026-06-06T09:00:00Z", "2026-06-09T11:30:00Z", "Handmade Butter Shortbread Gift Tin, 500 g", True),
    # German marketplaces
    ("sideboard", "302-4417726-9081135", "de", "de", "2026-05-24T17:30:00Z", "2026-05-26T07:00:00Z", "2026-05-29T10:20:00Z", "Sideboard Eiche massiv 160 cm, 4 Türen", True),
    ("espresso", "304-6625190-3378442", "de", "de", "2026-06-09T06:50:00Z", "", "", "Siebträger-Espressomaschine mit Mahlwerk, Edelstahl", True),
    ("regal", "305-1183746-6604217", "at", "de", "2026-06-11T15:25:00Z", "", "", "Maßregal Kiefer nach Wunsch, bis 200 cm Höhe", True),
    ("bremse", "306-7719024-5530862", "de", "de", "2026-06-13T18:00:00Z", "", "", "Bremsscheiben + Beläge Vorderachse, Satz", True),
    ("jeans", "303-2256617-4419803", "de", "de", "2026-06-02T12:10:00Z", "2026-06-03T09:40:00Z", "2026-06-06T14:00:00Z", "Herren Jeans Slim Fit, W32/L34, dunkelblau", True),
    ("schlauch", "302-9930471-2215768", "de", "de", "2026-04-20T08:00:00Z", "2026-04-22T10:00:00Z", "2026-05-08T16:30:00Z", "Gartenschlauch-Set 30 m mit Brause", True),
    ("zelt", "304-1190385-7762310", "de", "", "2026-06-12T19:45:00Z", "", "", "Familienzelt 6 Personen, wasserdicht", True),
    # French marketplaces
    ("livres", "171-3308814-6627590", "fr", "fr", "2026-05-30T08:30:00Z", "2026-06-01T10:00:00Z", "2026-06-04T12:30:00Z", "Coffret 3 romans policiers, édition poche", True),
    ("verres", "402-5573018-2249916", "fr", "fr", "2026-06-11T11:15:00Z", "", "", "Lot de 6 verres à vin en cristal", True),
    ("aspi", "403-1148826-0073512", "fr", "fr", "2026-06-01T17:00:00Z", "2026-06-02T09:30:00Z", "2026-06-05T15:45:00Z", "Aspirateur balai sans fil 25,2 V", True),
    ("armoire", "405-8826401-3397125", "fr", "fr", "2026-06-08T14:20:00Z", "2026-06-13T07:00:00Z", "", "Armoire 2 portes en chêne, 180 cm", True),
    ("sechoir", "406-2274410-8851936", "com.be", "fr", "2026-05-27T18:40:00Z", "2026-05-28T08:00:00Z", "2026-06-01T11:10:00Z", "Sèche-cheveux ionique 2200 W", True),
    ("serumfr", "402-7730019-4418263", "fr", "fr", "2026-06-13T21:05:00Z", "", "", "Sérum vitamine C 30 ml", True),
    # Spanish marketplaces
    ("zapas", "403-6618290-5547013", "es", "es", "2026-05-27T16:00:00Z", "2026-05-29T08:00:00Z", "2026-06-02T12:00:00Z", "Zapatillas de running hombre, talla 43", True),
    ("licuadora", "170-8841162-3390547", "com.mx", "es", "2026-06-10T01:30:00Z", "", "", "Licuadora de alto rendimiento 1500 W", True),
    ("jamon", "404-2219937-6681045", "es", "es", "2026-06-03T09:20:00Z", "2026-06-04T07:30:00Z", "2026-06-06T10:45:00Z", "Jamón ibérico de cebo loncheado, 10 sobres de 100 g", True),
    ("puzle", "407-3368015-2294718", "es", "es", "2026-05-29T20:10:00Z", "2026-05-31T09:00:00Z", "2026-06-03T13:20:00Z", "Puzle de madera 1000 piezas, mapa antiguo", True),
    ("patinete", "408-5501273-6628409", "es", "es", "2026-06-12T10:55:00Z", "", "", "Patinete eléctrico 350 W, autonomía 30 km", True),
    # Italian
    ("pista", "404-8813306-2279514", "it", "it", "2026-06-12T07:40:00Z", "", "", "Pista per biglie in legno 120 pezzi", True),
    ("pennelli", "405-3321788-9902416", "it", "it", "2026-05-12T09:00:00Z", "2026-05-13T10:00:00Z", "2026-05-16T12:00:00Z", "Set pennelli trucco 12 pezzi con astuccio", True),
    ("friggitrice", "406-9928301-1174652", "it", "it", "2026-05-25T11:30:00Z", "2026-05-26T09:00:00Z", "2026-05-29T16:40:00Z", "Friggitrice ad aria 5,5 L digitale", True),
    ("cucina", "407-1177420-3385096", "it", "it", "2026-06-09T18:00:00Z", "2026-06-12T08:00:00Z", "", "Cucina a gas freestanding 60 cm, 4 fuochi", True),
    ("olio", "171-4420937-7715803", "it", "it", "2026-06-02T14:30:00Z", "2026-06-03T08:00:00Z", "2026-06-05T11:50:00Z", "Olio motore 5W-30 sintetico, 5 L", True),
    ("cuffie", "402-6613829-0047731", "it", "it", "2026-06-13T16:15:00Z", "", "", "Cuffie gaming con microfono, USB", True),
    # Japanese
    ("kashitsu", "249-7720183-5516409", "co.jp", "ja", "2026-06-12T03:30:00Z", "", "", "加湿器 超音波式 4L アロマ対応", True),
    ("bunko", "250-1187724-3398016", "co.jp", "ja", "2026-05-28T11:00:00Z", "2026-05-30T02:00:00Z", "2026-06-02T08:10:00Z", "文庫本 ミステリー 5冊セット", True),
    ("cardigan", "503-2208817-7764120", "co.jp", "ja", "2026-05-31T12:20:00Z", "2026-06-01T03:00:00Z", "2026-06-04T09:30:00Z", "レディース カーディガン Mサイズ ネイビー", True),
    ("hondana", "249-5561092-8830147", "co.jp", "ja", "2026-06-10T06:00:00Z", "2026-06-13T01:00:00Z", "", "組立式 本棚 幅90cm ウォールナット", True),
    ("camera", "250-9904417-2261835", "co.jp", "ja", "2026-06-03T13:40:00Z", "2026-06-04T02:30:00Z", "2026-06-07T07:00:00Z", "カーナビ用 バックカメラ 防水 広角", True),
    ("matcha", "503-6627710-4419082", "co.jp", "ja", "2026-06-14T04:10:00Z", "2026-06-15T01:00:00Z", "", "有機 宇治抹茶 100g 缶入り", True),
    ("haburashi", "249-3309918-7726541", "co.jp", "ja", "2026-06-11T09:50:00Z", "", "", "電動歯ブラシ 替えブラシ4本付き", True),
]

ORDERS: dict[str, dict] = {}
BUYER: dict[str, str] = {}
for key, oid, tld, lang, pur, shp, dlv, title, known in _ORDER_ROWS:
    addr = _buyer(tld)
    BUYER[key] = addr
    ORDERS[key] = {
        "order_id": oid, "buyer_email": addr if known else "", "marketplace": "amazon." + tld,
        "buyer_language": lang, "purchased_at": pur, "shipped_at": shp, "delivered_at": dlv,
        "product_title": title,
    }
OID = {k: v["order_id"] for k, v in ORDERS.items()}
assert len(set(OID.values())) == len(OID)


# --------------------------------------------------------------------------------------------
# Binary assets (real files)
# --------------------------------------------------------------------------------------------

make_pdf = partial(cb.make_pdf, producer="corpus_third build.py")


# --------------------------------------------------------------------------------------------
# Message helpers
# --------------------------------------------------------------------------------------------

CASE_LIST: list[dict] = []
case = partial(add_case, CASE_LIST)


# --------------------------------------------------------------------------------------------
# Compliant cases (verdict relay, rules [])
# --------------------------------------------------------------------------------------------

def compliant_en() -> None:
    o, b = OID, BUYER

    case("brake-pads-recall-refunded", "relay", [],
         ["order-problem.no-adjustment", "order-problem.cancellation-request", "type.order-confirmation",
          "content.phone-number"],
         "Cannot-ship notice that confirms the full refund with the no-inventory reason and tells the buyer there is nothing to cancel.",
         mk("Redline Auto Parts <orders@redline-autoparts.com>", b["brake"],
            f"Order {o['brake']}: we can't ship your brake pads", "Sat, 13 Jun 2026 09:14:00 -0400",
            "<rl.oos.3390417.20260613@redline-autoparts.com>", charset="us-ascii", cte="7bit",
            headers=[("X-Mailer", "ShipStation Messaging")], text=f"""\
Hello,

This is about your order {o['brake']} for the Ceramic Front Brake Pads
Set (part no. RL-CP-1428, fits Honda Civic 2016-2021).

While packing it we found that the whole batch on our shelf came from a
lot the supplier has withdrawn (lot 2604-B), and no replacement stock
will arrive in time. We cannot ship the order.

We have already adjusted the full order amount of $64.90 through
Amazon, with the reason "No inventory". The refund goes back to your
original payment method; banks usually show it within 3-5 business
days. You do not need to cancel anything or contact us for it.

We're sorry for the inconvenience.

Redline Auto Parts - Order Desk
"""))

    case("activity-board-review-no-perks", "relay", [],
         ["review.incentive", "review.conditional", "type.marketing", "type.thank-you-only", "style.emoji"],
         "Chatty review request that explicitly rules out discounts or gifts for reviews and asks whatever the experience: a negated incentive.",
         mk("Little Oak Workshop <hello@littleoakworkshop.co.uk>", b["board"],
            f"How is the activity board getting on? (order {o['board']})", "Sun, 14 Jun 2026 18:22:00 +0100",
            "<CAJ8x1_q0Lw7ZtT+littleoak.20260614172200@mail.gmail.com>",
            headers=[("User-Agent", "Gmail")], text=f"""\
Hi,

It's Tom from the Little Oak Workshop in Shropshire. Your wooden activity board (order {o['board']}) arrived a couple of weeks ago, so hopefully the latches and the spinning gears have had a proper test by now.

If you have a spare minute, would you write a short review of the board on Amazon? Whatever your experience has been, good, bad or somewhere in between, an honest account helps other parents choose, and it tells me what to change at the bench.

Just so it's clear: we don't give discounts, free gifts or refunds for reviews, and this is the only time we'll ask.

You can find it under Your Orders on Amazon, next to "Write a product review".

Cheers,
Tom Ellery
Little Oak Workshop
"""))

    q = quote("""\
These are shit. The left cup cuts out every 5 minutes and I'm done with it.
Cancel this crap and refund me or I'm leaving 1 star and telling everyone.""")
    case("reply-headphones-buyer-swears", "relay", [],
         ["content.sensitive", "review.removal-request", "review.incentive", "order-problem.cancellation-request",
          "window.expired", "content.email-address", "return.unnecessary"],
         "Reply to an angry buyer about an order delivered 51 days ago: the profanity, 'cancel', 'refund' and '1 star' are the buyer's quoted words, and the seller only offers a fix and a warranty replacement.",
         mk("Quietwave Audio Support <support@quietwave-audio.com>", b["headph"],
            "Re: Left ear cup cutting out", "Sun, 14 Jun 2026 10:05:00 -0700",
            "<qw.hd.7720185.r2@quietwave-audio.com>", headers=reply_headers("0100019a2c7fe4d1-55c2.buyer-us"),
            text=f"""\
Hi,

Thanks for writing, and I'm sorry the left cup keeps dropping out. That's not how they should behave.

Two things fix this in most cases:
1. Reset the headphones: hold the power and ANC buttons together for 8 seconds until the light flashes purple.
2. Remove "Quietwave QW-700" from your phone's Bluetooth list and pair it again.

If it still cuts out after that, they are covered by our 2-year warranty. Reply here with roughly when it happens (calls, music, or both) and we'll send a replacement pair with a prepaid return label for the faulty one.

Best regards,
Dana
Quietwave Audio Support

On Sat, 13 Jun 2026 at 21:14, {b['headph']} wrote:
{q}
"""))

    inv_html = page(f"""<h2>Invoice UPS-INV-2026-0418</h2>
<p>Hello,</p>
<p>Please find below and attached the VAT invoice for your order {o['desk']}.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Item</th><th>SKU</th><th>Qty</th><th>Price</th></tr>
<tr><td>Electric Standing Desk Frame, Dual Motor, Black</td><td>FR-DM-140B</td><td>1</td><td>£329.99</td></tr>
<tr><td colspan="3">of which VAT (20%)</td><td>£55.00</td></tr>
<tr><td colspan="3"><b>Total paid</b></td><td><b>£329.99</b></td></tr>
</table>
<p>Invoice date: 12/06/2026. Payment received via Amazon.</p>
<p>Kind regards,<br>
Accounts team, Upstand Ltd</p>
<p>FlexiRise™ is a registered trade mark of Upstand Ltd. © 2026 Upstand Ltd, Unit 4, Tame Valley Business Park, Tamworth B77 5BY. Registered in England and Wales, company no. 09417226. VAT reg. no. GB 284 7731 06.</p>""")
    inv_text = f"""\
Invoice UPS-INV-2026-0418

Hello,

Please find below and attached the VAT invoice for your order {o['desk']}.

Electric Standing Desk Frame, Dual Motor, Black  (SKU FR-DM-140B)  1 x £329.99
of which VAT (20%): £55.00
Total paid: £329.99

Invoice date: 12/06/2026. Payment received via Amazon.

Kind regards,
Accounts team, Upstand Ltd

FlexiRise™ is a registered trade mark of Upstand Ltd. © 2026 Upstand Ltd, Unit 4, Tame Valley Business Park, Tamworth B77 5BY. Registered in England and Wales, company no. 09417226. VAT reg. no. GB 284 7731 06.
"""
    pdf = make_pdf("Invoice UPS-INV-2026-0418", [
        "Upstand Ltd - VAT invoice UPS-INV-2026-0418", f"Amazon order {o['desk']}", "Date: 12/06/2026",
        "Electric Standing Desk Frame, Dual Motor, Black   SKU FR-DM-140B   1 x GBP 329.99",
        "VAT 20%: GBP 55.00        Total: GBP 329.99", "Company no. 09417226 - VAT reg. no. GB 284 7731 06"])
    case("invoice-desk-frame-table", "relay", [],
         ["attachment.not-allowed", "content.phone-number", "style.font-sizes", "type.order-confirmation",
          "style.emoji", "style.font-override", "style.alignment"],
         "UK VAT invoice with one <h2>, a bordered table, a real PDF, ™ and © signs, a company number and a VAT number: none of them is a phone number or emoji.",
         mk("Upstand Ltd <accounts@upstand.co.uk>", b["desk"], f"VAT invoice for Amazon order {o['desk']}",
            "Fri, 12 Jun 2026 16:40:00 +0100", "<inv.0418.1184420@upstand.co.uk>", text=inv_text, html=inv_html,
            attach=[(pdf, "application", "pdf", "Invoice-UPS-INV-2026-0418.pdf")]), crlf=True)

    case("dock-firmware-manufacturer-line", "relay", [],
         ["content.phone-number", "style.emoji", "order-id.buyer-mismatch", "type.thank-you-only",
          "style.line-breaks"],
         "Fix for a known display flicker with numbered steps, version numbers and the manufacturer's warranty line (allowed); the order has no stored buyer address, so no mismatch.",
         mk("Northgate Computer Supply <care@northgatesupply.ca>", b["dock"],
            f"Order {o['dock']}: firmware fix for screen flicker", "Thu, 11 Jun 2026 11:30:00 -0400",
            "<ngs-fw-4418830@northgatesupply.ca>", charset="us-ascii", cte="7bit", text=f"""\
Hello,

You bought the USB-C Docking Station 12-in-1 (order {o['dock']})
from us. The manufacturer has told us that units with firmware v2.4.1
can make a second monitor flicker at 60 Hz. Firmware v2.4.3 fixes it.

To check and update:
1. Connect the dock to your laptop and open the "PW Dock Utility".
2. Look under About: if it shows 2.4.1, choose Update (takes 4-5 min).
3. Unplug the dock for 10 seconds and plug it back in.

Please don't unplug it during step 2. A 16:9 monitor at 2560x1440 should
then run steadily at 60 Hz; at a 21:9 ratio use 50 Hz.

If the flicker remains, the dock is covered by the manufacturer's
warranty. Portwell Electronics' warranty line is 1-888-555-0142
(Mon-Fri 9:00-17:00 ET).

Regards,
Northgate Computer Supply
"""))

    label = make_pdf("Return label", [
        "RETURN LABEL - PARCEL POST", "From: Amazon customer (see order)",
        "To: Driftwood Outdoor Co., Returns, 18 Quarry Rd, Geelong VIC 3220", f"Ref: {o['jacket']}",
        "Article no. 33XKP0019473001"])
    q = quote("""\
Hi, the jacket is lovely but way too small across the shoulders.
Could you send me a return label please? I'd rather not cancel, just return it.""")
    case("reply-rain-jacket-return-label", "relay", [],
         ["return.unnecessary", "attachment.not-allowed", "type.order-confirmation",
          "order-problem.cancellation-request", "content.email-address"],
         "Reply sending the return label the buyer asked for as a real PDF; a requested label is an attachment needed to resolve the buyer's issue.",
         mk("Driftwood Outdoor Co. <help@driftwoodoutdoor.com.au>", b["jacket"], "Re: Return label for rain jacket",
            "Mon, 15 Jun 2026 09:10:00 +1000", "<dw.ret.9937402@driftwoodoutdoor.com.au>",
            headers=reply_headers("0100019a33d0b7f2-91aa.buyer-au"), text=f"""\
Hi there,

No problem at all. The prepaid return label for order {o['jacket']} is attached as a PDF. Print it, stick it on any satchel and drop it at a post office.

As soon as the jacket is back with us we'll refund it through Amazon.

Cheers,
Mel
Driftwood Outdoor Co.

On Sun, 14 Jun 2026, {b['jacket']} wrote:
{q}
""", attach=[(label, "application", "pdf", "return-label-9937402.pdf")]))


def compliant_de() -> None:
    o, b = OID, BUYER

    case("sideboard-teilerstattung-kratzer", "relay", [],
         ["return.unnecessary", "review.incentive", "type.marketing", "language.mismatch"],
         "Proactive return follow-up offering a partial refund for a scratched sideboard instead of the freight return; the return stays open.",
         mk("Holzmanufaktur Brandt <service@holzmanufaktur-brandt.de>", b["sideboard"],
            f"Ihre Rücksendung zur Bestellung {o['sideboard']} – Angebot einer Teilerstattung",
            "Fri, 12 Jun 2026 14:05:00 +0200", "<hb-ret-4417726-01@holzmanufaktur-brandt.de>",
            charset="iso-8859-15", text=f"""\
Guten Tag,

Sie haben für Ihr Sideboard Eiche massiv 160 cm (Bestellung {o['sideboard']}) eine Rücksendung angemeldet, weil die linke Tür einen Kratzer von etwa 6 cm hat.

Die Rücksendung eines Möbels dieser Größe bedeutet für Sie Abbau und eine Abholung durch die Spedition. Wir möchten Ihnen deshalb eine Alternative anbieten: Wenn Sie das Sideboard behalten, erstatten wir Ihnen 80,00 € des Kaufpreises (649,00 €) als Teilerstattung über Amazon.

Möchten Sie lieber zurücksenden, ist das selbstverständlich weiterhin möglich; dann läuft die Rücksendung wie angemeldet weiter.

Freundliche Grüße
Jana Brandt
Holzmanufaktur Brandt
"""))

    case("siebtraeger-lieferverzug-storno-option", "relay", [],
         ["type.order-confirmation", "order-problem.cancellation-request", "order-problem.no-adjustment",
          "content.phone-number"],
         "Delay notice for an item the seller can still fulfil: the planned ship date is not a dispatch confirmation, and mentioning that the buyer may cancel if they prefer is not the out-of-stock cancellation request.",
         mk("Caffè Kontor Hamburg <kundenservice@caffekontor.de>", b["espresso"],
            f"Lieferverzögerung Ihrer Bestellung {o['espresso']}", "Sat, 13 Jun 2026 10:45:00 +0200",
            "<ckh.delay.6625190@caffekontor.de>", text=f"""\
Guten Tag,

leider verzögert sich Ihre Bestellung {o['espresso']} (Siebträger-Espressomaschine mit Mahlwerk, Edelstahl). Unser Lieferant hat die Maschinen der aktuellen Charge erst heute geliefert, statt wie angekündigt am 10. Juni.

Wir prüfen jede Maschine vor dem Versand (Brühdruck 9 bar, Dampflanze, Mahlgrad 1–30). Ihre Maschine wird voraussichtlich am 17.06.2026 versendet; die Zustellung erfolgt dann in 1–2 Werktagen. Die Sendungsverfolgung erhalten Sie wie gewohnt von Amazon.

Wenn Sie nicht so lange warten möchten, können Sie die Bestellung selbstverständlich über Ihr Amazon-Konto stornieren; die Erstattung veranlassen wir dann sofort. Wir würden uns aber freuen, wenn Sie die zwei Tage abwarten.

Viele Grüße
Ihr Team vom Caffè Kontor Hamburg
"""))

    rech = make_pdf("Rechnung RE-2026-11873", [
        "Denim Werkstatt Kiel GmbH - Rechnung RE-2026-11873", f"Amazon-Bestellung {o['jeans']}",
        "Rechnungsdatum: 14.06.2026   Leistungsdatum: 03.06.2026",
        "1 x Herren Jeans Slim Fit, W32/L34, dunkelblau   Art.-Nr. DWK-SF-3234",
        "Nettobetrag 67,14 EUR   USt. 19 % 12,76 EUR   Gesamt 79,90 EUR",
        "USt-IdNr. DE318447201 - Amtsgericht Kiel HRB 22817 KI"])
    q = quote("""\
Hallo, ich brauche für die Jeans eine richtige Rechnung mit ausgewiesener MwSt.,
sonst muss ich die Bestellung leider zurückgeben bzw. stornieren lassen.""")
    case("antwort-jeans-rechnung-impressum", "relay", [],
         ["content.phone-number", "attachment.not-allowed", "return.unnecessary",
          "order-problem.cancellation-request", "content.email-address", "type.order-confirmation"],
         "Reply attaching the requested invoice PDF, with a legal signature footer (register court, HRB and VAT ID but no phone number); 'zurückgeben' and 'stornieren' are the buyer's quoted words.",
         mk("Denim Werkstatt Kiel <service@denimwerkstatt-kiel.de>", b["jeans"], "AW: Rechnung mit MwSt.",
            "Sun, 14 Jun 2026 09:20:00 +0200", "<dwk.aw.2256617.0614@denimwerkstatt-kiel.de>",
            headers=reply_headers("0102019a3fb2c1e0-3c4d.buyer-de"), text=f"""\
Guten Tag,

vielen Dank für Ihre Nachricht. Anbei finden Sie die Rechnung RE-2026-11873 zu Ihrer Bestellung {o['jeans']} als PDF, mit ausgewiesener Umsatzsteuer (19 %: 12,76 €).

Mit freundlichen Grüßen
Maren Lorenz

--
Denim Werkstatt Kiel GmbH
Holstenstraße 12, 24103 Kiel
Geschäftsführerin: Maren Lorenz
Amtsgericht Kiel, HRB 22817 KI
USt-IdNr.: DE318447201

Am 13.06.2026 um 19:02 schrieb {b['jeans']}:
{q}
""", attach=[(rech, "application", "pdf", "RE-2026-11873.pdf")]), crlf=True)

    regal_html = page(f"""<p>Grüß Gott,</p>
<p>vielen Dank für Ihre Bestellung {o['regal']}. Bevor wir Ihr Maßregal aus Kiefer zuschneiden, bitten wir Sie, die Maße aus Ihrer Bestellnotiz zu bestätigen:</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><th>Maß</th><th>Ihr Wunsch</th></tr>
<tr><td>Höhe</td><td>196 cm</td></tr>
<tr><td>Breite</td><td>80 cm</td></tr>
<tr><td>Tiefe</td><td>32 cm</td></tr>
<tr><td>Fächer</td><td>5, Fachhöhen unten zu oben im Verhältnis 1:2 (unten 24 cm, oben 48 cm)?</td></tr>
<tr><td>Oberfläche</td><td>geölt, farblos</td></tr>
</table>
<p>Beim Verhältnis 1:2 sind wir nicht sicher, ob die Fachhöhen so gemeint sind. Bitte antworten Sie kurz mit „passt“ oder mit den korrigierten Werten, am besten bis 17.06. um 12:00 Uhr; dann kann das Regal am 19.06. in die Werkstatt.</p>
<p>Schöne Grüße aus dem Mühlviertel<br>
Florian Haider<br>
Tischlerei Haider</p>""", "de")
    case("massregal-masse-bestaetigen-at", "relay", [],
         ["style.emoji", "content.phone-number", "type.order-confirmation", "language.mismatch", "style.font-sizes"],
         "Austrian custom-design verification with a table of measurements, a 1:2 ratio and times that are neither emoticons nor phone numbers.",
         mk("Tischlerei Haider <werkstatt@tischlerei-haider.at>", b["regal"],
            f"Bestellung {o['regal']}: Bitte Maße Ihres Regals bestätigen", "Fri, 12 Jun 2026 08:30:00 +0200",
            "<th-mass-1183746@tischlerei-haider.at>", html=regal_html))

    case("bremsen-hsn-tsn-anfrage", "relay", [],
         ["content.phone-number", "type.thank-you-only", "content.spelling", "style.emoji"],
         "Request for the vehicle key numbers needed to ship the right brake discs; HSN/TSN, the VIN length and field numbers are not phone numbers.",
         mk("Teilefix Autoteile <bestellung@teilefix-autoteile.de>", b["bremse"],
            f"Rückfrage zu Ihrer Bestellung {o['bremse']}: Fahrzeugdaten", "Sun, 14 Jun 2026 08:05:00 +0200",
            "<tfx-2026061408050-7719024@teilefix-autoteile.de>", text=f"""\
Guten Tag,

Sie haben bei uns einen Satz Bremsscheiben + Beläge für die Vorderachse bestellt (Bestellung {o['bremse']}). Für Ihr Modell gibt es zwei Ausführungen: 280 mm und 300 mm Scheibendurchmesser, je nach Motorisierung.

Damit wir die richtige Ausführung verschicken, benötigen wir die Schlüsselnummern aus Ihrer Zulassungsbescheinigung Teil I:
- Feld 2.1 (HSN), z. B. 0603
- Feld 2.2 (TSN), die ersten drei Stellen, z. B. BCX

Alternativ genügt die Fahrzeug-Identifizierungsnummer (Feld E, 17 Zeichen). Sobald wir die Angaben haben, geht das Paket am selben Tag raus.

Mit freundlichen Grüßen
Teilefix Autoteile – Bestellannahme
"""))


def compliant_fr() -> None:
    o, b = OID, BUYER

    case("verres-rupture-rembourses", "relay", [],
         ["order-problem.no-adjustment", "order-problem.cancellation-request", "type.order-confirmation"],
         "French out-of-stock notice confirming the full refund with the stock-out reason; 'inutile d'annuler' is the opposite of a cancellation request.",
         mk("Maison Verrier <contact@maisonverrier.fr>", b["verres"],
            f"Commande {o['verres']} : article indisponible, remboursement effectué",
            "Sat, 13 Jun 2026 15:00:00 +0200", "<mv-indispo-5573018@maisonverrier.fr>", charset="iso-8859-15",
            text=f"""\
Bonjour,

Nous sommes au regret de vous informer que le lot de 6 verres à vin en cristal de votre commande {o['verres']} ne pourra pas être expédié : notre cristallerie partenaire est en rupture et ne peut pas nous livrer avant l'automne.

Nous avons donc remboursé l'intégralité de votre commande, soit 42,90 €, via Amazon, avec le motif « rupture de stock ». Le remboursement apparaîtra sur votre moyen de paiement sous quelques jours.

Vous n'avez aucune démarche à faire : inutile d'annuler la commande ou de nous répondre.

Toutes nos excuses pour ce contretemps.

Claire Dumas
Maison Verrier
"""))

    fr_html = page(f"""<h2>Votre avis sur le coffret de romans policiers</h2>
<p>Bonjour,</p>
<p>Vous avez reçu le 4 juin le coffret de 3 romans policiers en édition poche (commande {o['livres']}). Peut-être avez-vous déjà refermé le premier tome.</p>
<p>Nous serions heureux que vous partagiez votre avis sur Amazon, quelle que soit votre expérience de lecture. Nous n'offrons aucune contrepartie pour un commentaire : seul compte votre avis sincère, qui aide les autres lecteurs.</p>
<p><a href="https://www.amazon.fr/review/create-review?asin=2253187410">Donner votre avis sur le coffret sur Amazon.fr</a></p>
<p>Bonne lecture,<br>
Antoine Mercier<br>
Librairie Les Trois Quais</p>""", "fr")
    case("avis-coffret-romans-h2", "relay", [],
         ["review.incentive", "review.conditional", "style.font-sizes", "style.link-text", "link.external",
          "type.marketing"],
         "French review request in HTML with a single <h2>, default styling and a descriptive amazon.fr link, stating that no reward is given.",
         mk("Librairie Les Trois Quais <librairie@troisquais.fr>", b["livres"],
            f"Commande {o['livres']} : que pensez-vous de vos romans ?", "Sun, 14 Jun 2026 11:00:00 +0200",
            "<tq-avis-3308814@troisquais.fr>", html=fr_html, headers=[("X-Mailer", "PrestaShop Mailer")]))

    q = quote("""\
Votre aspirateur s'arrête au bout de 2 minutes. C'est de la merde.
Je veux être remboursé, sinon je mets 1 étoile et j'annule tout.""")
    case("reponse-aspirateur-client-furieux", "relay", [],
         ["content.sensitive", "review.removal-request", "review.incentive", "order-problem.cancellation-request",
          "return.unnecessary", "content.email-address"],
         "Reply whose quoted buyer text contains 'merde', a refund demand and '1 étoile'; the seller's own part only gives a fix and offers a replacement battery.",
         mk("Clean'Up Electroménager <sav@cleanup-electro.fr>", b["aspi"], "RE: Aspirateur qui s'arrête",
            "Sat, 13 Jun 2026 17:30:00 +0200", "<cu-sav-1148826-2@cleanup-electro.fr>",
            headers=reply_headers("0102019a41e9d0a3-7e20.buyer-fr"), text=f"""\
Bonjour,

Nous comprenons votre agacement et vous remercions de nous avoir écrit.

Un arrêt au bout de deux minutes vient presque toujours du filtre : quand il est saturé, le moteur se coupe pour se protéger.
1. Retirez le bac (bouton rouge) et sortez le filtre HEPA.
2. Tapotez-le et rincez-le à l'eau claire, puis laissez-le sécher 24 h.
3. Remettez-le en place et rechargez la batterie complètement (voyant fixe).

Si l'appareil s'arrête encore, répondez-nous simplement : nous vous enverrons une batterie de remplacement sous garantie, sans frais.

Cordialement,
Sophie, service après-vente Clean'Up

Le sam. 13 juin 2026 à 08:47, {b['aspi']} a écrit :
{q}
"""))

    arm_html = page(f"""<p>Bonjour,</p>
<p>Votre armoire 2 portes en chêne (commande {o['armoire']}, 2 colis, 94 kg au total) a quitté notre atelier. Comme il s'agit d'un meuble volumineux, la livraison se fait sur rendez-vous, au pied de l'immeuble ou dans la pièce de votre choix.</p>
<p>Merci de nous indiquer le créneau qui vous convient :</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><th>Jour</th><th>Créneau</th></tr>
<tr><td>mardi 16 juin</td><td>8:00–12:00</td></tr>
<tr><td>mercredi 17 juin</td><td>13:00–17:00</td></tr>
<tr><td>vendredi 19 juin</td><td>8:00–12:00</td></tr>
</table>
<p>Le transporteur, TransAlpes Livraison, vous appellera la veille pour confirmer l'heure. En cas d'empêchement le jour même, le numéro du transporteur est le 04 72 55 18 90.</p>
<p>Bien cordialement,<br>
Atelier Chêne &amp; Fil</p>""", "fr")
    case("armoire-rendez-vous-transporteur", "relay", [],
         ["content.phone-number", "type.order-confirmation", "style.emoji", "style.font-sizes"],
         "Scheduling the delivery of a bulky wardrobe with a table of time slots; the phone number belongs to the carrier and sits in the carrier's sentence.",
         mk("Atelier Chêne & Fil <livraison@chene-et-fil.fr>", b["armoire"],
            f"Commande {o['armoire']} : choisissez votre créneau de livraison", "Sat, 13 Jun 2026 09:00:00 +0200",
            "<cf-rdv-8826401@chene-et-fil.fr>", html=arm_html), crlf=True)

    case("retour-seche-cheveux-numero-serie-be", "relay", [],
         ["return.unnecessary", "language.mismatch", "content.phone-number", "type.thank-you-only"],
         "Belgian return follow-up asking for the serial number and usage details needed to process the warranty return; the serial is not a phone number.",
         mk("Ionis Beauty Tools <service@ionis-beauty.be>", b["sechoir"],
            f"Votre retour – commande {o['sechoir']} : deux informations nécessaires",
            "Thu, 11 Jun 2026 13:10:00 +0200", "<ionis.ret.2274410@ionis-beauty.be>", text=f"""\
Bonjour,

Nous avons bien reçu votre demande de retour pour le sèche-cheveux ionique 2200 W (commande {o['sechoir']}), motif « l'appareil chauffe puis s'éteint ».

Pour traiter ce retour au titre de la garantie, il nous manque deux informations :
1. le numéro de série, imprimé sous la poignée (format SN : HD-2200-0000-X) ;
2. l'appareil a-t-il été branché sur un adaptateur de voyage ou une prise 110 V ?

Dès réception de votre réponse via la messagerie Amazon, nous finalisons le retour.

Cordialement,
Lucie Van den Berghe
Ionis Beauty Tools
"""))

    sec_html = page(f"""<div style="padding: 12px; border: 1px solid #d8d8d8">
<p><img src="cid:logo-cleanup@cleanup-electro.fr" alt="Clean'Up Électroménager" width="150" height="44"></p>
<h2>Information importante concernant votre chargeur</h2>
<p>Bonjour,</p>
<p>Vous avez reçu le 5 juin l'aspirateur balai sans fil 25,2 V de votre commande {o['aspi']}. Le fabricant du chargeur nous a signalé qu'une petite partie des chargeurs du lot 2605 peut chauffer anormalement pendant la charge. Par précaution, nous remplaçons gratuitement tous les chargeurs de ce lot.</p>
<p>Pour savoir si le vôtre est concerné :</p>
<ol>
<li>Retournez le chargeur et lisez la référence sur l'étiquette blanche.</li>
<li>Si la référence est CH-25-2605, débranchez-le et n'utilisez plus ce chargeur.</li>
<li>Répondez à ce message avec la référence lue : nous vous enverrons un chargeur neuf sous 48 h.</li>
</ol>
<table border="1" cellpadding="5" cellspacing="0">
<tr><th>Référence</th><th>Concerné</th><th>Que faire</th></tr>
<tr><td>CH-25-2605</td><td>oui</td><td>ne plus utiliser, nous répondre</td></tr>
<tr><td>CH-25-2604 ou CH-25-2606</td><td>non</td><td>rien</td></tr>
</table>
<p>Le mode d'emploi de l'aspirateur reste disponible sur <a href="https://www.amazon.fr/dp/B0CK7TQ2WX">la page du produit sur Amazon.fr</a>.</p>
<p>Nous vous prions de nous excuser pour ce désagrément.</p>
<p>Le service après-vente Clean'Up</p>
<p>Ce message de service vous est envoyé parce que vous avez commandé ce produit ; ce n'est pas une lettre d'information. © 2026 Clean'Up Électroménager SAS – 14 rue des Tanneurs, 69007 Lyon – RCS Lyon 842 117 903 – TVA FR 61 842117903. Clean'Up® est une marque déposée.</p>
</div>""", "fr")
    case("avis-securite-chargeur-gabarit-html", "relay", [],
         ["type.marketing", "link.opt-out", "style.font-sizes", "style.image-alt", "image.logo-link", "image.not-brand",
          "image.product-photo", "style.margin", "link.external", "style.link-text", "content.phone-number",
          "style.emoji", "style.font-override"],
         "Long shop-template HTML safety notice (logo with alt, one <h2>, ordered list, table, descriptive amazon.fr link, ©/® legal footer saying it is not a newsletter) that asks for the information needed to replace a charger.",
         mk("Clean'Up Electroménager <sav@cleanup-electro.fr>", b["aspi"],
            f"Commande {o['aspi']} : vérification de votre chargeur", "Thu, 11 Jun 2026 10:00:00 +0200",
            "<cu-securite-1148826@cleanup-electro.fr>", html=sec_html, headers=[("X-Mailer", "Sendcloud Notify")],
            related=[(logo_png("CLEAN'UP", bg=(0, 92, 120)), "image", "png", "<logo-cleanup@cleanup-electro.fr>",
                      "logo-cleanup.png")]), crlf=True)


def compliant_es() -> None:
    o, b = OID, BUYER

    case("licuadora-retraso-sera-enviada-mx", "relay", [],
         ["type.order-confirmation", "order-problem.no-adjustment", "order-problem.cancellation-request",
          "language.mismatch"],
         "Mexican delay notice giving the new planned ship date; 'será enviada' is a plan, not a dispatch confirmation, and no adjustment is due for a delay.",
         mk("Cocina Brava MX <atencion@cocinabrava.mx>", b["licuadora"],
            f"Su pedido {o['licuadora']} se retrasa unos días", "Sat, 13 Jun 2026 12:00:00 -0600",
            "<cb-retraso-8841162@cocinabrava.mx>", text=f"""\
Hola:

Le escribimos sobre su pedido {o['licuadora']}, la licuadora de alto rendimiento de 1500 W.

El contenedor con el nuevo lote llegó al almacén de Guadalajara con tres días de retraso por la revisión aduanal. Su licuadora será enviada el viernes 19 de junio y la fecha estimada de entrega queda entre el 23 y el 25 de junio.

No tiene que hacer nada; el número de guía le llegará por Amazon cuando salga el paquete.

Disculpe la espera.

Atentamente,
Equipo Cocina Brava
"""))

    case("zapatillas-reembolso-parcial", "relay", [],
         ["return.unnecessary", "review.incentive", "type.marketing"],
         "Spanish return follow-up offering a 25 EUR partial refund if the buyer keeps slightly tight shoes; the full return stays available.",
         mk("Zancada Running <clientes@zancadarunning.es>", b["zapas"],
            f"Pedido {o['zapas']}: una alternativa a la devolución", "Fri, 12 Jun 2026 10:30:00 +0200",
            "<zr-dev-6618290@zancadarunning.es>", charset="iso-8859-15", text=f"""\
Hola:

Hemos visto que ha solicitado la devolución de las zapatillas de running, talla 43 (pedido {o['zapas']}), porque le quedan algo justas.

Este modelo suele ceder medio número tras los primeros 30-40 km. Si prefiere quedárselas, le ofrecemos un reembolso parcial de 25,00 € (el 30 % de 83,90 €), que tramitaríamos a través de Amazon en cuanto nos lo confirme.

Si prefiere devolverlas, no tiene que hacer nada más: la devolución sigue su curso habitual.

Un saludo,
Marta Gil
Zancada Running
"""))

    case("puzle-opinion-y-valoracion", "relay", [],
         ["review.conditional", "review.incentive", "review.repeat", "type.thank-you-only"],
         "One message asking for both a product review and seller feedback 'sea cual sea su experiencia': one neutral request, the first for this order.",
         mk("Rompecabezas del Sur <hola@rompecabezasdelsur.es>", b["puzle"],
            f"¿Ya ha terminado el mapa? Pedido {o['puzle']}", "Sat, 13 Jun 2026 19:00:00 +0200",
            "<rds-op-3368015-1@rompecabezasdelsur.es>", text=f"""\
Hola:

Hace unos diez días recibió el puzle de madera de 1000 piezas con el mapa antiguo (pedido {o['puzle']}).

Cuando lo haya montado, nos ayudaría mucho que dejara una opinión sobre el puzle en Amazon y, si quiere, también una valoración de nosotros como vendedor. Sea cual sea su experiencia, buena o mala, su comentario sincero orienta a otros aficionados y nos dice qué mejorar en el corte de las piezas.

Encontrará ambas opciones en «Mis pedidos» de Amazon.

Gracias por su tiempo,
Rocío y Manuel
Rompecabezas del Sur
"""))

    factura = make_pdf("Factura F-2026-00931", [
        "Dehesa Iberica Montanera S.L. - Factura F-2026-00931", f"Pedido Amazon {o['jamon']}",
        "Fecha: 07/06/2026", "10 x Jamon iberico de cebo loncheado 100 g     6,49 EUR    64,90 EUR",
        "Base imponible 59,00 EUR   IVA 10 % 5,90 EUR   Total 64,90 EUR",
        "NIF B41822903 - RGSEAA 10.021456/SE"])
    case("factura-jamon-registro-sanitario", "relay", [],
         ["content.phone-number", "attachment.not-allowed", "type.order-confirmation", "content.spelling"],
         "Spanish invoice with a real PDF; the NIF, the health register number and the prices are not phone numbers.",
         mk("Dehesa Ibérica Montanera <facturacion@dehesamontanera.es>", b["jamon"],
            f"Factura de su pedido {o['jamon']}", "Sun, 07 Jun 2026 09:00:00 +0200",
            "<dim-fac-00931@dehesamontanera.es>", text=f"""\
Estimado cliente:

Le adjuntamos en PDF la factura F-2026-00931 correspondiente a su pedido {o['jamon']} (10 sobres de jamón ibérico de cebo loncheado de 100 g).

Importe: 64,90 € (IVA del 10 % incluido: 5,90 €).

Un cordial saludo,
Administración
Dehesa Ibérica Montanera S.L. · NIF B41822903
Registro Sanitario RGSEAA 10.021456/SE · Guijuelo (Salamanca)
""", attach=[(factura, "application", "pdf", "Factura-F-2026-00931.pdf")]), crlf=True)

    q = quote("""\
El vaso gotea por abajo desde el segundo día. Si no me dan solución pido la
devolución y les pongo una estrella, ya estoy harto.""")
    case("respuesta-licuadora-fabricante-tel", "relay", [],
         ["content.phone-number", "review.removal-request", "review.incentive", "return.unnecessary",
          "content.sensitive", "content.email-address"],
         "Reply whose only phone number is the manufacturer's technical service, introduced as such; 'devolución' and 'una estrella' are the buyer's quoted words.",
         mk("Cocina Brava MX <atencion@cocinabrava.mx>", b["licuadora"], "RE: El vaso gotea",
            "Sun, 14 Jun 2026 11:40:00 -0600", "<cb-re-8841162-2@cocinabrava.mx>",
            headers=reply_headers("0100019a4412aa7c-0b91.buyer-mx"), text=f"""\
Hola:

Lamentamos mucho lo del vaso. La fuga por la base casi siempre se debe al empaque de las cuchillas, que a veces queda mal asentado.

Pruebe así: desenrosque la base, retire el empaque de goma, colóquelo de nuevo con la cara lisa hacia arriba y apriete la base hasta el tope. Si sigue goteando, el vaso tiene garantía de un año directamente con el fabricante: el servicio técnico del fabricante, Mezclatec, atiende en el 800 555 0134 de lunes a viernes, de 9:00 a 18:00, y le envía un vaso nuevo sin costo.

Saludos cordiales,
Daniela
Cocina Brava MX

El sáb, 13 jun 2026 a las 22:05, {b['licuadora']} escribió:
{q}
"""))


def compliant_it() -> None:
    o, b = OID, BUYER

    case("pista-biglie-impossibile-spedire", "relay", [],
         ["order-problem.no-adjustment", "order-problem.cancellation-request", "type.order-confirmation"],
         "Italian cannot-ship notice (last unit damaged in the warehouse) confirming the full refund with the could-not-ship reason; nothing to cancel.",
         mk("Giocolegno <ordini@giocolegno.it>", b["pista"],
            f"Ordine {o['pista']}: non possiamo spedire la pista per biglie", "Sat, 13 Jun 2026 16:20:00 +0200",
            "<gl-ns-8813306@giocolegno.it>", text=f"""\
Gentile cliente,

purtroppo non possiamo spedire la pista per biglie in legno da 120 pezzi del suo ordine {o['pista']}: durante il controllo abbiamo trovato rotto l'ultimo esemplare in magazzino e il prossimo arrivo è previsto solo a settembre.

Abbiamo già rimborsato l'intero importo dell'ordine, 34,90 €, tramite Amazon con la motivazione «impossibile spedire». Non deve annullare nulla né fare altre richieste: il rimborso comparirà sul suo metodo di pagamento nei prossimi giorni.

Ci scusiamo per il disagio.

Cordiali saluti,
Paolo Benedetti
Giocolegno
"""))

    case("recensione-pennelli-trenta-giorni", "relay", [],
         ["window.expired", "review.incentive", "review.conditional", "type.marketing"],
         "Italian neutral review request exactly 30 days after delivery (2026-05-16T12:00Z), which still passes; the 'no discounts or gifts for reviews' sentence is a negated incentive.",
         mk("Bellavista Cosmetici <assistenza@bellavistacosmetici.it>", b["pennelli"],
            f"Ordine {o['pennelli']}: come si trova con i pennelli?", "Mon, 15 Jun 2026 14:00:00 +0200",
            "<bvc-rec-3321788@bellavistacosmetici.it>", text=f"""\
Buongiorno,

è passato un mese da quando ha ricevuto il set di 12 pennelli trucco con astuccio (ordine {o['pennelli']}).

Se le va, ci farebbe piacere leggere la sua recensione del set su Amazon: com'è la morbidezza delle setole, come tengono dopo i lavaggi, cosa migliorerebbe. Qualunque sia la sua esperienza, un'opinione sincera è utile a chi deve scegliere. Non offriamo sconti, omaggi o rimborsi in cambio di recensioni.

Può scriverla da «I miei ordini» su Amazon.

Un cordiale saluto,
Chiara Galli
Bellavista Cosmetici
"""))

    q = quote("""\
Buongiorno, la friggitrice ha smesso di scaldare. È ancora in garanzia?
Chi devo contattare?""")
    case("inoltro-garanzia-friggitrice", "relay", [],
         ["content.phone-number", "content.email-address", "type.thank-you-only", "return.unnecessary"],
         "Reply forwarding the manufacturer's warranty answer (header with names only) including the manufacturer's toll-free number, which is allowed.",
         mk("Casa Smart Italia <assistenza@casasmart-italia.it>", b["friggitrice"], "R: Garanzia friggitrice",
            "Sat, 13 Jun 2026 11:15:00 +0200", "<csi-r-9928301-1@casasmart-italia.it>",
            headers=reply_headers("0102019a3c0e8b44-a1d9.buyer-it"), text=f"""\
Buongiorno,

sì, la friggitrice (ordine {o['friggitrice']}) è coperta dalla garanzia del produttore per 24 mesi. Le inoltriamo qui sotto la risposta che ci ha dato il produttore stamattina, con le istruzioni.

Cordiali saluti,
Elena Marchetti
Casa Smart Italia

---------- Messaggio inoltrato ----------
Da: Assistenza Tecnica Ventaria
Data: ven 12 giu 2026 alle ore 17:42
Oggetto: Richiesta garanzia modello VF-55D
A: Casa Smart Italia

Buonasera,
per il modello VF-55D il cliente può aprire la pratica di garanzia chiamando il numero verde dell'assistenza Ventaria 800 912 334 (lun-ven 9:00-18:00), tenendo a portata di mano il numero di serie riportato sotto la base. Ritiriamo noi l'apparecchio a domicilio.
Saluti,
Assistenza Tecnica Ventaria

Il giorno sab 13 giu 2026 alle ore 09:02 {b['friggitrice']} ha scritto:
{q}
"""))

    cuc_text = f"""\
Gentile cliente, / Dear customer,

la sua cucina a gas freestanding da 60 cm (ordine {o['cucina']}) è partita dal nostro magazzino di Bergamo e viaggia su pallet. Trattandosi di un articolo pesante (48 kg), il corriere deve concordare con lei il giorno di consegna. Ci indica, rispondendo a questo messaggio, quale giorno preferisce tra martedì 16, mercoledì 17 e giovedì 18 giugno, e a che piano va consegnata?
Il corriere, Pallex Nord, la chiamerà il giorno prima; per spostare l'appuntamento può contattare il corriere al numero 02 8475 1190.

Your freestanding gas cooker (order {o['cucina']}) has left our warehouse on a pallet. As it is a heavy item, the carrier needs to agree the delivery day with you: please reply with Tuesday 16, Wednesday 17 or Thursday 18 June and the floor it goes to.
The carrier, Pallex Nord, will call you the day before; to move the appointment, call the carrier on 02 8475 1190.

Cordiali saluti / Kind regards,
Fornelli Orobici
"""
    case("consegna-cucina-bilingue-corriere", "relay", [],
         ["language.mismatch", "content.phone-number", "type.order-confirmation"],
         "Bilingual Italian/English delivery scheduling for a heavy cooker to an Italian buyer; it includes the buyer's language and the number is the carrier's.",
         mk("Fornelli Orobici <consegne@fornelliorobici.it>", b["cucina"],
            f"Ordine {o['cucina']}: giorno di consegna / delivery day", "Sat, 13 Jun 2026 08:40:00 +0200",
            "<fo-cons-1177420@fornelliorobici.it>", text=cuc_text))

    fatt = make_pdf("Fattura 2026/0712", [
        "Ricambi Motore Valseriana S.r.l. - Fattura 2026/0712", f"Ordine Amazon {o['olio']}",
        "Data: 05/06/2026", "1 x Olio motore 5W-30 sintetico, 5 L   cod. RMV-5W30-5   39,90 EUR",
        "Imponibile 32,70 EUR   IVA 22% 7,20 EUR   Totale 39,90 EUR",
        "P.IVA 03318850167 - REA BG-372190"])
    fat_html = page(f"""<p>Gentile cliente,</p>
<p>in allegato trova la fattura n. 2026/0712 relativa al suo ordine {o['olio']} (olio motore 5W-30 sintetico, 5 L, cod. RMV-5W30-5).</p>
<p>Totale: 39,90 € (imponibile 32,70 €, IVA 22% 7,20 €).</p>
<p>Cordiali saluti,<br>
Ufficio amministrazione<br>
Ricambi Motore Valseriana S.r.l.</p>
<p>Via Provinciale 41, 24021 Albino (BG) · P.IVA 03318850167 · REA BG-372190 · Capitale sociale 50.000,00 € i.v.</p>""", "it")
    case("fattura-olio-motore-piva", "relay", [],
         ["content.phone-number", "attachment.not-allowed", "type.order-confirmation", "style.font-sizes"],
         "Italian invoice, HTML only, with a real PDF; P.IVA, REA and share capital are not phone numbers.",
         mk("Ricambi Motore Valseriana <amministrazione@ricambivalseriana.it>", b["olio"],
            f"Fattura ordine {o['olio']}", "Sun, 07 Jun 2026 10:10:00 +0200", "<rmv-fatt-0712@ricambivalseriana.it>",
            html=fat_html, attach=[(fatt, "application", "pdf", "fattura-2026-0712.pdf")]))


def compliant_ja() -> None:
    o, b = OID, BUYER

    case("kashitsuki-zaiko-gire-zengaku-henkin", "relay", [],
         ["order-problem.no-adjustment", "order-problem.cancellation-request", "type.order-confirmation"],
         "Japanese out-of-stock notice confirming the full refund with the reason; it says explicitly that the buyer need not cancel.",
         mk("うるおい家電ショップ <shop@uruoi-kaden.jp>", b["kashitsu"],
            f"【ご注文番号 {o['kashitsu']}】在庫切れによる返金のお知らせ", "Sat, 13 Jun 2026 14:00:00 +0900",
            "<uruoi.20260613140000.5516409@uruoi-kaden.jp>", charset="iso-2022-jp", cte="7bit", text=f"""\
お客様

うるおい家電ショップでございます。
ご注文番号 {o['kashitsu']}「加湿器 超音波式 4L アロマ対応」につきまして、
誠に申し訳ございませんが、メーカー欠品により在庫切れとなり、発送することができなくなりました。

ご注文金額 5,980円 は全額、Amazonを通じて返金の手続きを完了いたしました（理由：在庫切れ）。
お客様によるキャンセルのお手続きは不要です。
返金の反映までは、お支払い方法により数日かかる場合がございます。

ご迷惑をおかけし、心よりお詫び申し上げます。

うるおい家電ショップ
"""))

    case("bunko-review-zenkaku-suji", "relay", [],
         ["style.emoji", "review.incentive", "review.conditional", "content.phone-number", "language.mismatch"],
         "Japanese neutral review request full of full-width digits and punctuation (５冊, １０：００, ２：１) that are neither emoji nor phone numbers.",
         mk("古書みどり堂 <info@midorido-books.jp>", b["bunko"],
            f"ご注文番号 {o['bunko']}　レビューのお願い", "Sun, 14 Jun 2026 10:00:00 +0900",
            "<midorido.rv.3398016@midorido-books.jp>", charset="utf-8", cte="base64", text=f"""\
お客様

古書みどり堂でございます。
６月２日にお届けした「文庫本 ミステリー ５冊セット」（ご注文番号：{o['bunko']}）は、もうお読みいただけましたでしょうか。

もしよろしければ、Amazonの商品レビューにご感想をお寄せください。
面白かった点も、物足りなかった点も、どのようなご感想でも構いません。
本の状態（帯の有無、ヤケ具合など）についてのご意見も、次の仕入れの参考にさせていただきます。

※当店の営業時間は平日１０：００〜１７：００です。
※セット内の長編と短編の割合はおよそ２：１です。

古書みどり堂
"""))

    case("cardigan-ichibu-henkin-teian", "relay", [],
         ["return.unnecessary", "review.incentive", "type.marketing"],
         "Japanese return follow-up offering a partial refund (1,200 yen) for a cardigan with a pulled thread instead of the return.",
         mk("ニットアトリエ 糸音 <support@itone-knit.jp>", b["cardigan"],
            f"ご注文番号 {o['cardigan']} 返品リクエストについてのご提案", "Fri, 12 Jun 2026 15:30:00 +0900",
            "<itone.ret.2208817@itone-knit.jp>", text=f"""\
お客様

ニットアトリエ 糸音でございます。
ご注文番号 {o['cardigan']}「レディース カーディガン Mサイズ ネイビー」について、袖口の糸のほつれを理由に返品のリクエストをいただきました。ご不便をおかけし申し訳ございません。

ほつれは袖口の一か所とのことですので、もし商品をそのままお使いいただけるようでしたら、返品の代わりに一部返金として1,200円（商品代金4,980円のうち）をAmazonを通じてお返しいたします。

もちろん返品をご希望の場合は、そのまま返品のお手続きをお進めください。
ご希望をこのメッセージへのご返信でお知らせいただけますと幸いです。

ニットアトリエ 糸音
"""))

    case("hondana-haisou-nittei-gyousha", "relay", [],
         ["content.phone-number", "type.order-confirmation", "style.emoji"],
         "Japanese (ISO-2022-JP) scheduling of a bulky bookcase delivery; the number given is the carrier's, on the line after the carrier is named.",
         mk("家具のもりや <order@kagu-moriya.jp>", b["hondana"],
            f"ご注文番号 {o['hondana']} お届け日時のご相談", "Sat, 13 Jun 2026 11:00:00 +0900",
            "<moriya.hs.5561092@kagu-moriya.jp>", charset="iso-2022-jp", cte="7bit", text=f"""\
お客様

家具のもりやでございます。
ご注文番号 {o['hondana']}「組立式 本棚 幅90cm ウォールナット」は大型商品のため、
配送業者がお届け日時をお客様と調整のうえお届けいたします。

以下からご希望の日時をお選びいただき、このメッセージにご返信ください。
・6月17日（水）午前（9:00〜12:00）
・6月18日（木）午後（14:00〜18:00）
・6月20日（土）午前（9:00〜12:00）

配送業者：北関東家財便
配送業者の連絡先（日時変更の場合）：0120-48-7731

家具のもりや
"""))

    q = quote("""\
届いたバックカメラが映りません。もうキャンセルしたいです。
返金してくれないなら星1つのレビューを書きます。""")
    case("henshin-camera-kounyuusha-inyou", "relay", [],
         ["review.removal-request", "review.incentive", "order-problem.cancellation-request", "content.sensitive",
          "return.unnecessary", "content.email-address"],
         "Japanese reply whose quoted buyer text mentions cancelling, a refund and a one-star review; the seller only explains the wiring check.",
         mk("ドライブギア本舗 <support@drivegear-honpo.jp>", b["camera"], "Re: バックカメラが映らない",
            "Sun, 14 Jun 2026 13:20:00 +0900", "<dgh.re.9904417.2@drivegear-honpo.jp>",
            headers=reply_headers("0106019a47c2f1d8-6d02.buyer-jp"), text=f"""\
お客様

ドライブギア本舗でございます。ご不便をおかけし申し訳ございません。

映らない場合、多くはリバース信号線の接続が原因です。
1. 赤い細線（リバース信号線）がバックランプのプラス側につながっているか
2. カーナビの設定で「カメラ入力」が「RCA」になっているか
をご確認ください。

それでも映らない場合は、初期不良として交換品をお送りしますので、このメッセージにご返信ください。

ドライブギア本舗

2026年6月13日(土) 20:11 {b['camera']}:
{q}
"""))

    inv = make_pdf("Invoice 2026-0602-118", [
        "Midorido Books - Qualified invoice 2026-0602-118", f"Amazon order {o['bunko']}",
        "Date: 2026-06-02", "1 x Bunko mystery 5-volume set   2,750 JPY (tax 10%: 250 JPY)",
        "Registration no. T4010001123456"])
    case("tekikaku-seikyusho-pdf", "relay", [],
         ["attachment.not-allowed", "content.phone-number", "type.order-confirmation"],
         "Japanese qualified invoice (適格請求書) sent as a real PDF; the T-registration number and yen amounts are not phone numbers.",
         mk("古書みどり堂 <info@midorido-books.jp>", b["bunko"],
            f"適格請求書の送付（ご注文番号 {o['bunko']}）", "Wed, 03 Jun 2026 09:30:00 +0900",
            "<midorido.inv.3398016@midorido-books.jp>", charset="shift_jis", cte="base64", text=f"""\
お客様

古書みどり堂でございます。
ご注文番号 {o['bunko']} の適格請求書をPDFにて添付いたします。

ご請求金額：2,750円（うち消費税10%：250円）
登録番号：T4010001123456

古書みどり堂
""", attach=[(inv, "application", "pdf", "invoice-2026-0602-118.pdf")]))


# --------------------------------------------------------------------------------------------
# Violations: one focused rule each (a few rules come in pairs by nature)
# --------------------------------------------------------------------------------------------

def violations_en() -> None:
    o, b = OID, BUYER

    case("board-missing-peg-wrong-buyer", "reject", ["order-id.buyer-mismatch"],
         ["order-id.unknown", "order-id.missing", "window.expired", "language.mismatch"],
         "Question about a missing peg for the activity-board order, sent to the buyer of a different order (the robot kit).",
         mk("Little Oak Workshop <hello@littleoakworkshop.co.uk>", b["robot"],
            f"Order {o['board']}: is the blue peg missing?", "Fri, 12 Jun 2026 12:00:00 +0100",
            "<CAJ8x1_q9Rr2Lm+littleoak.20260612110000@mail.gmail.com>", headers=[("User-Agent", "Gmail")], text=f"""\
Hi,

Tom from Little Oak Workshop again. While packing this week's boards I noticed that a few from the batch that included your order {o['board']} went out without the blue shape peg.

Could you check whether your board has all four pegs (red, yellow, green and blue)? If the blue one is missing, just reply here and I'll post one out to you.

Thanks,
Tom Ellery
Little Oak Workshop
"""))

    case("shortbread-just-saying-thanks", "quarantine", ["type.thank-you-only"],
         ["type.marketing", "review.incentive", "style.emoji"],
         "Warm note from a small bakery that only thanks the buyer, hopes they enjoy it and offers help: nothing else remains.",
         mk("Thistle Bakehouse <orders@thistlebakehouse.co.uk>", b["shortbread"],
            f"A wee thank you - order {o['shortbread']}", "Wed, 10 Jun 2026 16:00:00 +0100",
            "<tb-ty-4470318@thistlebakehouse.co.uk>", text=f"""\
Hello,

Just a wee note from all of us at Thistle Bakehouse to say a heartfelt thank you for your order {o['shortbread']}.

Every tin is baked, cut and packed by hand in our little kitchen in Crieff, and it means a great deal to us that you chose our shortbread. We hope it arrived in one piece and that you enjoy every last crumb.

If there is ever anything we can do for you, you know where to find us.

Warmest wishes,
Morag, Eilidh & the Thistle Bakehouse team
"""))

    case("robot-review-insider-early-access", "reject", ["review.incentive"],
         ["review.conditional", "review.repeat", "link.external"],
         "Review request that promises reviewers early access to future kits and an insider list: a future benefit for a review.",
         mk("BrightSpark Kits <team@brightsparkkits.com>", b["robot"],
            f"Join our Insider crew! Review order {o['robot']}", "Sun, 14 Jun 2026 09:00:00 -0500",
            "<bsk-rv-5508721@brightsparkkits.com>", headers=[("X-Mailer", "FeedbackWhiz")], text=f"""\
Hi there,

We hope you and your young engineer are having fun with the STEM Robot Building Kit (order {o['robot']}).

Here's something special: everyone who posts a review of the kit on Amazon this month joins our BrightSpark Insider crew. Insiders get our new kits up to two weeks before launch and first pick of the limited editions.

To join, write your review from Your Orders on Amazon, then reply to this message with your Amazon public name so we can add you.

Keep building,
The BrightSpark Kits team
"""), tolerated=["type.marketing"])

    case("serum-review-only-if-glowing", "reject", ["review.conditional"],
         ["review.incentive", "content.email-address"],
         "Skincare review request gated on a positive experience: review if your skin loves it, otherwise message the seller first instead.",
         mk("Dewdrop Skin Lab <care@dewdropskinlab.co.uk>", b["serum"],
            f"How's your skin feeling? Order {o['serum']}", "Sat, 13 Jun 2026 08:30:00 +0100",
            "<dsl-rv-6629014@dewdropskinlab.co.uk>", text=f"""\
Hi lovely,

It's been about ten days since your Hyaluronic Acid Serum arrived (order {o['serum']}), which is usually when skin starts to feel the difference.

If your skin is loving it, we'd be so grateful if you shared that in a review on Amazon. And if it isn't quite right for you, please hold off on reviewing and message us here first, so we can put it right before anything goes public.

With love,
Priya & the Dewdrop team
"""))

    case("rain-jacket-return-window-reminder", "quarantine", ["return.unnecessary"],
         ["attachment.not-allowed", "window.expired", "type.order-confirmation"],
         "Proactive return reminder that neither asks for information nor offers a partial refund; it only urges the buyer to post the item back.",
         mk("Driftwood Outdoor Co. <help@driftwoodoutdoor.com.au>", b["jacket"],
            f"Reminder: your return for order {o['jacket']}", "Mon, 15 Jun 2026 08:00:00 +1000",
            "<dw.remind.9937402@driftwoodoutdoor.com.au>", charset="us-ascii", cte="7bit", text=f"""\
Hello,

This is a friendly reminder about the return you opened for the
Women's Packable Rain Jacket (order {o['jacket']}).

We haven't received the parcel yet. Please post the jacket back
within the next 7 days using the label from your Amazon return, in its
original bag with the tags attached. Returns that arrive after that
may not be accepted.

Regards,
Driftwood Outdoor Co. - Returns
"""))

    neck_html = page(f"""<p>Hello,</p>
<p>Thank you for ordering the Personalised Sterling Silver Name Necklace (order {o['necklace']}). Before we cut your pendant we need three details: the name exactly as it should appear, the font (script or block) and the chain length (16 or 18 inches).</p>
<p>Please fill them in on our short <a href="https://forms.gle/Qm7vR2kLx9TtE4aZ8">personalisation form for your necklace</a> so nothing gets lost in translation.</p>
<p>Many thanks,<br>
Hattie<br>
Silver Sparrow Jewellery</p>""")
    case("necklace-personalisation-google-form", "reject", ["link.external"],
         ["style.link-text", "link.insecure", "content.email-address", "type.thank-you-only"],
         "Custom-design request that sends the buyer to a Google Forms page: an https link with good text, but not to Amazon and not allow-listed.",
         mk("Silver Sparrow Jewellery <studio@silversparrow.co.uk>", b["necklace"],
            f"Order {o['necklace']}: your personalisation details", "Sat, 13 Jun 2026 10:20:00 +0100",
            "<ssj-pers-8817250@silversparrow.co.uk>", html=neck_html))

    case("gaming-chair-delay-swearing", "quarantine", ["content.sensitive"],
         ["type.order-confirmation", "order-problem.no-adjustment", "style.emoji"],
         "Otherwise permitted delay notice in which the seller rants about the freight depot with offensive language.",
         mk("Apex Seating Co <support@apexseating.com>", b["chair"],
            f"Update on order {o['chair']} - delayed", "Fri, 12 Jun 2026 17:45:00 -0400",
            "<apx-delay-2297036@apexseating.com>", text=f"""\
Hey,

Quick update on your Ergonomic Gaming Chair (order {o['chair']}). It won't leave our warehouse until Wednesday 17 June.

The freight depot screwed up again: those clowns loaded the whole pallet onto the wrong truck and it spent three days going round Ohio. Honestly, it's been a total shitshow this week and we're pissed off about it.

The chair is back with us now and we'll get it out as soon as the truck slot opens.

Sorry about this,
Jake
Apex Seating Co
"""))

    robot_html = page(f"""<p>Hi there!</p>
<p>A few of our STEM Robot Building Kits (yours included, order {o['robot']}) left us with a solar panel whose wire can come loose. We've already posted a replacement panel to you, no need to send anything back :D</p>
<p>When it arrives, clip it onto the two pins marked + and - on the motor box. That's it!</p>
<p>We &lt;3 our little builders,<br>
The BrightSpark Kits team</p>""")
    case("robot-panel-replacement-heart", "reject", ["style.emoji"],
         ["type.order-confirmation", "type.thank-you-only"],
         "Permitted fix notice (replacement part) whose text carries the ASCII emoticons ':D' and '<3' (written as &lt;3 in the HTML source); '+ and -' are not emoticons.",
         mk("BrightSpark Kits <team@brightsparkkits.com>", b["robot"],
            f"Replacement solar panel for order {o['robot']}", "Thu, 11 Jun 2026 13:00:00 -0500",
            "<bsk-panel-5508721@brightsparkkits.com>", html=robot_html))

    outlook = page(f"""<div class="WordSection1">
<p class="MsoNormal">Good afternoon,</p>
<p class="MsoNormal">Our warehouse has flagged that the M6 screw bag (bag C) may be missing from some Standing Desk Frames packed on 9 June, including order {o['desk']}.</p>
<p class="MsoNormal">Could you check whether your box contains bag C with 8 x M6 screws? If not, reply to this message and we will post one first class the same day.</p>
<p class="MsoNormal">Kind regards,</p>
<p class="MsoNormal">Gareth Hughes<br>Customer Care, Upstand Ltd</p>
</div>""", head="""<style>
<!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	color:#1F3864;}
-->
</style>
""")
    case("desk-screws-outlook-calibri", "reject", ["style.font-override"],
         ["style.font-sizes", "style.margin", "style.alignment", "type.thank-you-only"],
         "Outlook-generated HTML whose MsoNormal style sets font-family Calibri and a navy text colour: font overrides.",
         mk("Upstand Ltd <care@upstand.co.uk>", b["desk"], f"Order {o['desk']} - screw bag C",
            "Fri, 12 Jun 2026 14:15:00 +0100", "<DB9PR04MB8410F2A7C1E3@DB9PR04MB8410.eurprd04.prod.outlook.com>",
            html=outlook, headers=[("X-Mailer", "Microsoft Outlook 16.0")]), crlf=True)

    case("english-delay-to-japanese-buyer", "quarantine", ["language.mismatch"],
         ["order-problem.no-adjustment", "type.order-confirmation", "content.spelling"],
         "Otherwise permitted delay notice written in English to an amazon.co.jp buyer whose language is Japanese.",
         mk("Sakura Dental Care <support@sakura-dentalcare.jp>", b["haburashi"],
            f"Order {o['haburashi']}: shipping delay", "Sat, 13 Jun 2026 18:00:00 +0900",
            "<sdc-delay-3309918@sakura-dentalcare.jp>", text=f"""\
Dear customer,

Thank you for your order {o['haburashi']} (electric toothbrush with four replacement heads).

The charging stands for this model arrived from the factory with a loose connector, so we are waiting for corrected stands before we can pack your order. We now expect to ship it on 18 June, with delivery one or two days later.

We apologise for the wait.

Sakura Dental Care
"""))


def violations_de() -> None:
    o, b = OID, BUYER

    case("schlauch-bewertung-38-tage", "reject", ["window.expired"],
         ["review.incentive", "review.conditional", "language.mismatch"],
         "Neutral seller-feedback request 38 days after delivery (2026-05-08): outside the 30-day window.",
         mk("Gartenglück Versand <service@gartenglueck-versand.de>", b["schlauch"],
            f"Ihre Meinung zu unserem Service – Bestellung {o['schlauch']}", "Mon, 15 Jun 2026 07:30:00 +0200",
            "<gg-fb-9930471@gartenglueck-versand.de>", text=f"""\
Guten Tag,

Sie haben im April bei uns das Gartenschlauch-Set 30 m mit Brause bestellt (Bestellung {o['schlauch']}).

Wir würden uns freuen, wenn Sie uns auf Amazon eine Verkäuferbewertung hinterlassen: Wie waren Verpackung, Lieferzeit und Kontakt mit uns? Jede ehrliche Rückmeldung hilft uns weiter.

Sie finden die Bewertung unter „Meine Bestellungen“ bei Amazon.

Freundliche Grüße
Gartenglück Versand
"""))

    case("deutsch-an-franzoesischen-kaeufer", "quarantine", ["language.mismatch"],
         ["review.incentive", "review.conditional", "content.spelling"],
         "Neutral German review request sent to an amazon.fr buyer whose language is French.",
         mk("Librairie Les Trois Quais <librairie@troisquais.fr>", b["livres"],
            f"Bestellung {o['livres']}: Wie gefallen Ihnen die Krimis?", "Sat, 13 Jun 2026 16:00:00 +0200",
            "<tq-de-3308814@troisquais.fr>", text=f"""\
Guten Tag,

vor gut einer Woche haben Sie die Box mit drei Kriminalromanen im Taschenbuchformat erhalten (Bestellung {o['livres']}).

Wenn Sie möchten, schreiben Sie doch eine Rezension auf Amazon. Ob Ihnen die Bücher gefallen haben oder nicht: Ihre ehrliche Meinung hilft anderen Leserinnen und Lesern bei der Auswahl.

Mit freundlichen Grüßen
Antoine Mercier
Librairie Les Trois Quais
"""))

    case("jeans-pflege-kundenclub-instagram", "quarantine", ["type.marketing"],
         ["content.email-address", "link.external", "review.incentive"],
         "Care tips for the jeans followed by a customer-club pitch, a new collection and a request to follow the shop on Instagram; the @handle is not an email address.",
         mk("Denim Werkstatt Kiel <service@denimwerkstatt-kiel.de>", b["jeans"],
            f"Pflegetipps zu Ihrer Jeans – Bestellung {o['jeans']}", "Tue, 09 Jun 2026 11:00:00 +0200",
            "<dwk-pflege-2256617@denimwerkstatt-kiel.de>", text=f"""\
Moin!

Ihre Slim-Fit-Jeans (Bestellung {o['jeans']}) ist aus unbehandeltem Selvedge-Denim. Damit sie lange hält: die ersten Wochen möglichst nicht waschen, danach auf links bei 30 °C ohne Weichspüler.

Übrigens: Ab sofort gibt es unseren Denim-Club. Mitglieder erfahren als Erste von neuen Schnitten, bekommen 15 % auf die Herbstkollektion und Einladungen zu unseren Werkstattverkäufen. Die neue Herbstkollektion mit Chinos und Jeanshemden ist ab 1. Juli in unserem Amazon-Shop.

Folgen Sie uns auch auf Instagram (@denimwerkstatt.kiel), dort zeigen wir jede Woche, wie unsere Jeans entstehen.

Beste Grüße aus Kiel
Maren & Team
"""))

    case("zelt-nicht-lieferbar-ohne-erstattung", "quarantine", ["order-problem.no-adjustment"],
         ["order-problem.cancellation-request", "language.mismatch", "type.order-confirmation"],
         "Cannot-ship notice for a tent (order with no stored language, amazon.de so German) that never confirms an adjustment or refund.",
         mk("Outdoorlager Süd <info@outdoorlager-sued.de>", b["zelt"],
            f"Ihre Bestellung {o['zelt']} – Familienzelt", "Sun, 14 Jun 2026 12:30:00 +0200",
            "<ols-nl-1190385@outdoorlager-sued.de>", text=f"""\
Hallo,

leider müssen wir Ihnen mitteilen, dass wir Ihr Familienzelt für 6 Personen (Bestellung {o['zelt']}) nicht liefern können. Beim Kommissionieren haben wir festgestellt, dass das letzte Zelt dieser Serie einen Riss im Innenzelt hat, und der Hersteller hat das Modell eingestellt.

Wir bedauern das sehr und bitten um Ihr Verständnis. Wir melden uns, sobald wir mehr wissen.

Viele Grüße
Ihr Outdoorlager Süd
"""))

    case("siebtraeger-statusmail-abmelden", "reject", ["link.opt-out"],
         ["link.external", "content.email-address", "type.order-confirmation"],
         "Status update on a delayed espresso machine whose footer tells the buyer to reply ABMELDEN to stop further messages: an opt-out.",
         mk("Caffè Kontor Hamburg <kundenservice@caffekontor.de>", b["espresso"],
            f"Update zu Ihrer Bestellung {o['espresso']}", "Mon, 15 Jun 2026 09:00:00 +0200",
            "<ckh.upd.6625190@caffekontor.de>", text=f"""\
Guten Tag,

kurzes Update zu Ihrer Bestellung {o['espresso']}: Ihre Maschine hat die Endkontrolle bestanden und wird wie angekündigt am 17.06.2026 versendet.

Viele Grüße
Ihr Team vom Caffè Kontor Hamburg

---
Sie möchten keine Status-Nachrichten mehr von uns erhalten? Antworten Sie einfach mit ABMELDEN, dann tragen wir Sie aus unserem Verteiler aus.
"""))

    px_html = page(f"""<p>Guten Tag,</p>
<p>zu Ihrer Jeans (Bestellung {o['jeans']}) fehlt in einigen Paketen der Ersatzknopf aus Messing. Ist er bei Ihnen im kleinen Stoffbeutel am Etikett? Falls nicht, antworten Sie kurz, dann schicken wir ihn per Brief.</p>
<p>Beste Grüße<br>
Denim Werkstatt Kiel</p>
<img src="https://t.mlsend-eu.net/o/8f31c2a9e0d4/{hashlib.sha1(b['jeans'].encode()).hexdigest()[:16]}.gif" alt="Denim Werkstatt Kiel" width="1" height="1" style="display:none">""", "de")
    case("jeans-knopf-versteckter-zaehlpixel", "reject", ["image.tracking-pixel"],
         ["style.image-alt", "image.insecure", "link.external", "image.logo-link"],
         "Question about a missing spare button that carries a hidden 1x1 remote image with a per-recipient token on a mail-tracking host (it has alt text).",
         mk("Denim Werkstatt Kiel <service@denimwerkstatt-kiel.de>", b["jeans"],
            f"Ersatzknopf zu Ihrer Bestellung {o['jeans']}", "Thu, 11 Jun 2026 10:00:00 +0200",
            "<dwk-knopf-2256617@denimwerkstatt-kiel.de>", html=px_html, headers=[("X-Mailer", "Mailjet")]))

    rg = make_pdf("Rechnung HB-2026-0588", [
        "Holzmanufaktur Brandt - Rechnung HB-2026-0588", f"Amazon-Bestellung {o['sideboard']}",
        "1 x Sideboard Eiche massiv 160 cm, 4 Tueren   649,00 EUR", "enthaltene USt. 19 %: 103,62 EUR"])
    case("sideboard-rechnung-impressum-telefon", "reject", ["content.phone-number"],
         ["attachment.not-allowed", "type.order-confirmation", "content.email-address"],
         "Invoice with a legal signature footer that lists the seller's own telephone and fax numbers, which are not warranty, carrier or manufacturer numbers.",
         mk("Holzmanufaktur Brandt <service@holzmanufaktur-brandt.de>", b["sideboard"],
            f"Rechnung zu Ihrer Bestellung {o['sideboard']}", "Sat, 30 May 2026 09:00:00 +0200",
            "<hb-rg-4417726@holzmanufaktur-brandt.de>", charset="iso-8859-15", text=f"""\
Guten Tag,

anbei erhalten Sie die Rechnung HB-2026-0588 zu Ihrer Bestellung {o['sideboard']} als PDF.

Freundliche Grüße
Jana Brandt

--
Holzmanufaktur Brandt e.K.
Inhaberin: Jana Brandt
Am Sägewerk 3, 34613 Schwalmstadt
Tel.: +49 6691 92 84 10
Fax: +49 6691 92 84 19
Amtsgericht Fritzlar HRA 1187 · USt-IdNr. DE301554982
""", attach=[(rg, "application", "pdf", "Rechnung-HB-2026-0588.pdf")]))

    ali_html = page(f"""<p style="text-align: right">Hamburg, 14.06.2026</p>
<p>Guten Tag,</p>
<p>zu Ihrer Siebträger-Espressomaschine (Bestellung {o['espresso']}) gehört ein Milchkännchen aus Edelstahl, das in der aktuellen Charge nicht im Karton liegt. Wir legen es Ihrem Paket separat bei; Sie müssen nichts weiter tun.</p>
<p>Bitte teilen Sie uns noch mit, ob Sie das Kännchen mit 350 ml oder mit 600 ml wünschen.</p>
<p>Viele Grüße<br>
Caffè Kontor Hamburg</p>""", "de")
    case("kaennchen-datum-rechtsbuendig", "reject", ["style.alignment"],
         ["style.font-override", "type.order-confirmation", "type.thank-you-only"],
         "Letter-style HTML whose date line is right-aligned with text-align: right, an override of the default alignment.",
         mk("Caffè Kontor Hamburg <kundenservice@caffekontor.de>", b["espresso"],
            f"Milchkännchen zu Ihrer Bestellung {o['espresso']}", "Sun, 14 Jun 2026 15:00:00 +0200",
            "<ckh.kaennchen.6625190@caffekontor.de>", html=ali_html))


def violations_fr() -> None:
    o, b = OID, BUYER

    conf_html = page(f"""<p>Bonjour,</p>
<p>Merci pour votre commande ! Nous vous confirmons qu'elle a bien été enregistrée.</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><th>Commande</th><td>{o['serumfr']}</td></tr>
<tr><th>Article</th><td>Sérum vitamine C 30 ml × 1</td></tr>
<tr><th>Montant</th><td>29,90 €</td></tr>
<tr><th>Expédition prévue</th><td>sous 24 h, Colissimo</td></tr>
</table>
<p>Vous recevrez le numéro de suivi dès l'expédition.</p>
<p>À très bientôt,<br>
Éclat Botanique</p>""", "fr")
    case("confirmation-commande-serum", "quarantine", ["type.order-confirmation"],
         ["type.thank-you-only", "type.marketing", "style.font-sizes"],
         "Order confirmation restating the item, amount and planned dispatch, which Amazon already sends.",
         mk("Éclat Botanique <bonjour@eclat-botanique.fr>", b["serumfr"],
            f"Confirmation de votre commande {o['serumfr']}", "Sun, 14 Jun 2026 08:00:00 +0200",
            "<eb-conf-7730019@eclat-botanique.fr>", html=conf_html, headers=[("X-Mailer", "Shopify Email Relay")]))

    case("armoire-montage-et-commode-assortie", "quarantine", ["type.marketing"],
         ["link.external", "style.link-text", "content.phone-number"],
         "Useful assembly advice for the wardrobe followed by a pitch for the matching chest of drawers and bedside tables with an Amazon store link.",
         mk("Atelier Chêne & Fil <livraison@chene-et-fil.fr>", b["armoire"],
            f"Commande {o['armoire']} : conseils de montage", "Sun, 14 Jun 2026 10:30:00 +0200",
            "<cf-montage-8826401@chene-et-fil.fr>", text=f"""\
Bonjour,

Votre armoire 2 portes en chêne (commande {o['armoire']}) arrive cette semaine. Pour le montage, prévoyez deux personnes et une visseuse : commencez par les côtés, puis le fond, et réglez les charnières seulement une fois l'armoire debout.

Pour compléter votre chambre, découvrez aussi la commode 5 tiroirs et les tables de chevet assorties, dans le même chêne huilé, sur notre boutique Amazon : https://www.amazon.fr/stores/ChenetFil/page/8C1F2A7E

Bien cordialement,
Atelier Chêne & Fil
"""))

    case("livres-modifier-commentaire-deux-etoiles", "reject", ["review.removal-request"],
         ["review.conditional", "review.repeat"],
         "Asks the buyer to update a two-star review now that a damaged volume was replaced; the replacement came first, so incentive is arguable.",
         mk("Librairie Les Trois Quais <librairie@troisquais.fr>", b["livres"],
            f"Commande {o['livres']} : votre commentaire", "Fri, 12 Jun 2026 18:00:00 +0200",
            "<tq-modif-3308814@troisquais.fr>", text=f"""\
Bonjour,

Nous avons vu votre commentaire de deux étoiles au sujet du coffret de romans policiers (commande {o['livres']}) : le deuxième tome était arrivé corné. Nous vous avons envoyé un exemplaire neuf mardi.

Maintenant que le problème est réglé, auriez-vous la gentillesse de modifier votre commentaire afin qu'il reflète la situation actuelle ? Cela compte beaucoup pour une petite librairie comme la nôtre.

Bien à vous,
Antoine Mercier
Librairie Les Trois Quais
"""), tolerated=["review.incentive"])

    case("retour-seche-cheveux-mode-emploi", "quarantine", ["return.unnecessary"],
         ["language.mismatch", "type.order-confirmation", "content.phone-number"],
         "Proactive return message that only explains how to pack and drop off the parcel; it asks for nothing and offers no partial refund.",
         mk("Ionis Beauty Tools <service@ionis-beauty.be>", b["sechoir"],
            f"Commande {o['sechoir']} : comment nous renvoyer votre sèche-cheveux", "Fri, 05 Jun 2026 10:00:00 +0200",
            "<ionis.ret-guide.2274410@ionis-beauty.be>", text=f"""\
Bonjour,

Votre demande de retour pour le sèche-cheveux ionique 2200 W (commande {o['sechoir']}) a été acceptée. Voici comment procéder :

1. Replacez l'appareil et ses deux embouts dans la boîte d'origine.
2. Collez l'étiquette de retour fournie par Amazon sur le carton, pas sur la boîte du produit.
3. Déposez le colis dans un point relais bpost sous 14 jours.

Le remboursement suivra à réception.

Cordialement,
Ionis Beauty Tools
"""))

    photo_html = page(f"""<p>Bonjour,</p>
<p>Votre sérum vitamine C (commande {o['serumfr']}) partira avec un jour de retard : le nouveau lot est en cours de contrôle qualité et sera conditionné lundi. Il sera expédié au plus tard le mardi 16 juin.</p>
<p><img src="cid:serum-vitc-30ml@eclat-botanique.fr" alt="Sérum vitamine C 30 ml" width="160" height="200"></p>
<p>Merci de votre patience,<br>
Éclat Botanique</p>""", "fr")
    case("retard-serum-photo-produit", "quarantine", ["image.product-photo"],
         ["style.image-alt", "style.image-width", "type.order-confirmation", "attachment.not-allowed"],
         "Delay notice showing an inline photo whose alt text is the ordered product's title; Amazon already shows product images.",
         mk("Éclat Botanique <bonjour@eclat-botanique.fr>", b["serumfr"],
            f"Commande {o['serumfr']} : léger retard d'expédition", "Sun, 14 Jun 2026 19:00:00 +0200",
            "<eb-retard-7730019@eclat-botanique.fr>", html=photo_html,
            related=[(serum_jpeg(), "image", "jpeg", "<serum-vitc-30ml@eclat-botanique.fr>", "serum-vitamine-c-30ml.jpg")]))

    mar_html = page(f"""<div style="padding-left: 10em; padding-right: 10em">
<p>Bonjour,</p>
<p>Pour préparer la livraison de votre armoire (commande {o['armoire']}), pourriez-vous nous dire si votre immeuble dispose d'un ascenseur, et à quel étage se trouve votre logement ? L'armoire est livrée en deux colis de 2,05 m.</p>
<p>Merci d'avance,<br>
Atelier Chêne &amp; Fil</p>
</div>""", "fr")
    case("armoire-question-ascenseur-marges", "reject", ["style.margin"],
         ["style.alignment", "style.image-width", "type.thank-you-only"],
         "Delivery question wrapped in 10em side padding (160 px, over the 120 px that is 20 % of the reference width).",
         mk("Atelier Chêne & Fil <livraison@chene-et-fil.fr>", b["armoire"],
            f"Commande {o['armoire']} : accès à votre logement", "Sat, 13 Jun 2026 14:00:00 +0200",
            "<cf-acces-8826401@chene-et-fil.fr>", html=mar_html))

    case("aspirateur-piece-fautes", "relay", ["content.spelling"], ["language.mismatch"],
         "Permitted notice about a missing accessory written with egregious spelling and grammar errors; the rule only warns, so it is relayed.",
         mk("Clean'Up Electroménager <sav@cleanup-electro.fr>", b["aspi"],
            f"Commande {o['aspi']} : accesoire manquand", "Tue, 09 Jun 2026 09:40:00 +0200",
            "<cu-acc-1148826@cleanup-electro.fr>", text=f"""\
Bonjours,

Nous vous écrivont au sujet de votre comande {o['aspi']}. Il s'avaire que le suceur pour les meubles a pas étais mis dans le carton par notre entrepos, on s'en excuse beaucoups.

On vous l'envoit séparemment cette semaine, vous devrez le recevoire d'içi vendredi. Vous avez rien a faire de vôtre coté.

Cordialemant,
Le service aprés vente Clean'Up
"""))


def violations_es() -> None:
    o, b = OID, BUYER

    case("puzle-recordatorio-valoracion", "reject", ["review.repeat"],
         ["review.incentive", "review.conditional"],
         "Reminder asking again for a review of the same order after the first request (puzle-opinion-y-valoracion) was relayed.",
         mk("Rompecabezas del Sur <hola@rompecabezasdelsur.es>", b["puzle"],
            f"Recordatorio: su opinión sobre el pedido {o['puzle']}", "Mon, 15 Jun 2026 09:00:00 +0200",
            "<rds-op-3368015-2@rompecabezasdelsur.es>", text=f"""\
Hola de nuevo:

Hace unos días le escribimos por su pedido {o['puzle']} (puzle de madera de 1000 piezas, mapa antiguo). Por si se le pasó el mensaje, le recordamos que puede dejar su opinión sobre el puzle en Amazon desde «Mis pedidos».

Cualquier comentario sincero nos ayuda.

Un saludo,
Rocío y Manuel
Rompecabezas del Sur
"""), after=["puzle-opinion-y-valoracion"])

    case("patinete-agotado-solicite-cancelacion", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         ["type.order-confirmation", "language.mismatch"],
         "Out-of-stock scooter: the seller asks the buyer to request the cancellation instead of adjusting the order, and never confirms a refund.",
         mk("Movilidad Urbana Levante <pedidos@movilidadlevante.es>", b["patinete"],
            f"Pedido {o['patinete']}: patinete agotado", "Sat, 13 Jun 2026 13:30:00 +0200",
            "<mul-agot-5501273@movilidadlevante.es>", text=f"""\
Hola:

Lamentamos comunicarle que el patinete eléctrico de 350 W de su pedido {o['patinete']} se ha agotado: la última unidad se vendió en nuestra tienda física antes de que se actualizara el stock en Amazon.

Para que no tenga que esperar, le rogamos que solicite usted la cancelación del pedido desde «Mis pedidos» en Amazon, opción «Cancelar productos». Así el sistema lo gestionará automáticamente.

Disculpe las molestias.

Movilidad Urbana Levante
"""))

    logo = logo_jpeg("DEHESA MONTANERA")
    ll_html = page(f"""<p><a href="https://www.dehesamontanera.es/"><img src="cid:logo-dim@dehesamontanera.es" alt="Dehesa Ibérica Montanera" width="180" height="50"></a></p>
<p>Hola:</p>
<p>Su pedido {o['jamon']} (jamón ibérico de cebo loncheado) viaja en caja refrigerada. ¿Habrá alguien en el domicilio el jueves 11 de junio entre las 9:00 y las 14:00 para recibirlo? Si no es así, indíquenos otro día y lo reprogramamos.</p>
<p>Un saludo,<br>
Dehesa Ibérica Montanera</p>""", "es")
    case("jamon-logo-enlazado-web", "reject", ["image.logo-link", "link.external"],
         ["style.image-alt", "style.link-text", "image.product-photo"],
         "Delivery question whose brand logo links to the seller's own website (necessarily also an external link); the image link's text is its alt.",
         mk("Dehesa Ibérica Montanera <pedidos@dehesamontanera.es>", b["jamon"],
            f"Entrega refrigerada de su pedido {o['jamon']}", "Mon, 08 Jun 2026 10:00:00 +0200",
            "<dim-entrega-2219937@dehesamontanera.es>", html=ll_html,
            related=[(logo, "image", "jpeg", "<logo-dim@dehesamontanera.es>", "logo-dehesa.jpg")]))

    q = quote("""\
Las zapatillas me quedan pequeñas, quiero cambiarlas por una 44.
Si es más fácil, escríbanme a lucia.ferrer82@gmail.com y lo hablamos.""")
    case("respuesta-cita-correo-personal", "reject", ["content.email-address"],
         ["return.unnecessary", "review.incentive", "content.phone-number"],
         "Reply that quotes the buyer's message containing her personal email address; any address in the body other than the recipient's own alias fires, quoted or not.",
         mk("Zancada Running <clientes@zancadarunning.es>", b["zapas"], "RE: Cambio de talla",
            "Sun, 07 Jun 2026 12:00:00 +0200", "<zr-re-6618290-1@zancadarunning.es>",
            headers=reply_headers("0102019a2210d4e5-4f7b.buyer-es"), text=f"""\
Hola, Lucía:

Preferimos seguir por aquí, por la mensajería de Amazon, para que todo quede registrado. Para el cambio a la talla 44, inicie la devolución desde «Mis pedidos» indicando «talla pequeña» y, en cuanto recibamos las zapatillas, le enviamos el par nuevo.

Un saludo,
Marta Gil
Zancada Running

El dom, 7 jun 2026 a las 9:12, {b['zapas']} escribió:
{q}
"""))

    case("licuadora-whatsapp-tienda", "reject", ["content.phone-number"],
         ["content.email-address", "link.external", "order-problem.no-adjustment"],
         "Delay notice inviting the buyer to message the shop's own WhatsApp number, which is neither warranty, carrier nor manufacturer.",
         mk("Cocina Brava MX <atencion@cocinabrava.mx>", b["licuadora"],
            f"Pedido {o['licuadora']}: nueva fecha de envío", "Mon, 15 Jun 2026 08:00:00 -0600",
            "<cb-wa-8841162@cocinabrava.mx>", text=f"""\
Hola:

Su licuadora (pedido {o['licuadora']}) ya está en nuestro almacén y saldrá el viernes 19 de junio, como le avisamos.

Si quiere que le confirmemos el día exacto de entrega, escríbanos por WhatsApp al +52 55 4120 8876 y le contestamos al momento.

Saludos,
Equipo Cocina Brava
"""))

    lt_html = page(f"""<p>Hola:</p>
<p>Para tramitar el cambio de las zapatillas de su pedido {o['zapas']} necesitamos saber qué talla quiere recibir. Este modelo talla algo pequeño; puede consultar la guía de tallas <a href="https://www.amazon.es/gp/help/customer/display.html?nodeId=GBGZTL7QVQ9B7K6D">aquí</a>.</p>
<p>¿Le enviamos la 43,5 o la 44?</p>
<p>Un saludo,<br>
Zancada Running</p>""", "es")
    case("zapatillas-guia-tallas-aqui", "reject", ["style.link-text"],
         ["link.external", "return.unnecessary", "link.insecure"],
         "Return follow-up asking for the exchange size (permitted) whose Amazon link's only text is the generic 'aquí'.",
         mk("Zancada Running <clientes@zancadarunning.es>", b["zapas"],
            f"Pedido {o['zapas']}: ¿qué talla necesita?", "Wed, 03 Jun 2026 17:00:00 +0200",
            "<zr-talla-6618290@zancadarunning.es>", html=lt_html))

    ag_html = page(f"""<p><img src="cid:banner-cb@cocinabrava.mx" alt="Cocina Brava" width="220" height="56"></p>
<p>Hola:</p>
<p>Le recordamos que su licuadora de alto rendimiento (pedido {o['licuadora']}) sale de nuestro almacén el viernes 19 de junio. Mientras tanto, no necesita hacer nada.</p>
<p>Saludos,<br>
Equipo Cocina Brava</p>""", "es")
    case("licuadora-banner-animado", "reject", ["style.animated-gif"],
         ["attachment.not-allowed", "style.image-alt", "style.image-width", "image.tracking-pixel"],
         "Delay reminder whose inline brand banner is a real two-frame animated GIF (cid image, so not an attachment).",
         mk("Cocina Brava MX <atencion@cocinabrava.mx>", b["licuadora"],
            f"Su pedido {o['licuadora']} sale el 19 de junio", "Sun, 14 Jun 2026 18:00:00 -0600",
            "<cb-banner-8841162@cocinabrava.mx>", html=ag_html,
            related=[(animated_gif(), "image", "gif", "<banner-cb@cocinabrava.mx>", "cocinabrava.gif")]))

    lb_html = page(f"""<div>Hola:</div>
<div><br></div>
<div>Al revisar los envíos de esta semana hemos visto que en algunas cajas faltaba el soporte jamonero de regalo que anunciábamos en la ficha. ¿Nos confirma si su pedido {o['jamon']} lo incluía?</div>
<div><br></div>
<div><br></div>
<div><br></div>
<div>Un saludo,</div>
<div>Dehesa Ibérica Montanera</div>""", "es")
    case("jamon-soporte-saltos-de-linea", "reject", ["style.line-breaks"],
         ["type.thank-you-only", "type.marketing"],
         "Question about a missing item whose HTML has three empty <div><br></div> blocks in a row before the sign-off.",
         mk("Dehesa Ibérica Montanera <pedidos@dehesamontanera.es>", b["jamon"],
            f"Pedido {o['jamon']}: ¿recibió el soporte?", "Wed, 10 Jun 2026 11:00:00 +0200",
            "<dim-soporte-2219937@dehesamontanera.es>", html=lb_html))


def violations_it() -> None:
    o, b = OID, BUYER

    case("pista-ritardo-senza-numero-ordine", "reject", ["order-id.missing"],
         ["order-id.unknown", "order-problem.no-adjustment", "type.order-confirmation"],
         "Proactive delay notice that names the product and order date but never the 17-digit order ID.",
         mk("Giocolegno <ordini@giocolegno.it>", b["pista"], "Il suo ordine del 12 giugno: piccolo ritardo",
            "Sat, 13 Jun 2026 09:00:00 +0200", "<gl-rit-20260613@giocolegno.it>", text="""\
Gentile cliente,

la pista per biglie in legno che ha ordinato da noi il 12 giugno partirà con due giorni di ritardo: stiamo aspettando le ultime curve dal nostro falegname.

La spediremo entro mercoledì 17 giugno.

Cordiali saluti,
Giocolegno
"""))

    case("pennelli-solo-grazie", "quarantine", ["type.thank-you-only"],
         ["type.marketing", "review.incentive"],
         "Italian note that only thanks the buyer for choosing the shop and says the team is available for any need.",
         mk("Bellavista Cosmetici <assistenza@bellavistacosmetici.it>", b["pennelli"],
            f"Grazie di cuore! Ordine {o['pennelli']}", "Tue, 19 May 2026 10:00:00 +0200",
            "<bvc-grazie-3321788@bellavistacosmetici.it>", text=f"""\
Gentile cliente,

tutto il team di Bellavista Cosmetici la ringrazia di cuore per aver scelto il nostro set di pennelli (ordine {o['pennelli']}).

Per noi ogni ordine è importante e speriamo che i pennelli le regalino tanti bei momenti davanti allo specchio.

Per qualsiasi necessità, siamo sempre a sua disposizione.

Un caro saluto,
Chiara e il team di Bellavista Cosmetici
"""))

    case("friggitrice-elimini-recensione", "reject", ["review.removal-request"],
         ["review.incentive", "review.conditional", "content.sensitive"],
         "Asks the buyer to delete a one-star review, arguing the fault came from misuse; no benefit is offered.",
         mk("Casa Smart Italia <assistenza@casasmart-italia.it>", b["friggitrice"],
            f"Ordine {o['friggitrice']}: la sua recensione", "Wed, 10 Jun 2026 15:00:00 +0200",
            "<csi-rec-9928301@casasmart-italia.it>", text=f"""\
Buongiorno,

abbiamo letto la recensione da 1 stella che ha lasciato per la friggitrice ad aria (ordine {o['friggitrice']}). Dalle foto si vede che il cestello è stato lavato in lavastoviglie con un detersivo aggressivo, cosa che il manuale sconsiglia: il rivestimento si è rovinato per questo, non per un difetto.

Le chiediamo quindi cortesemente di eliminare la recensione, che non rispecchia la qualità del prodotto.

Cordiali saluti,
Casa Smart Italia
"""))

    case("cuffie-esaurite-annulli-lei", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         ["type.order-confirmation", "language.mismatch"],
         "Out-of-stock headset: the seller asks the buyer to cancel the order from their account and never confirms an adjustment.",
         mk("TechPoint Gaming <ordini@techpointgaming.it>", b["cuffie"],
            f"Ordine {o['cuffie']}: prodotto esaurito", "Sun, 14 Jun 2026 10:00:00 +0200",
            "<tpg-esaur-6613829@techpointgaming.it>", text=f"""\
Ciao,

purtroppo le cuffie gaming con microfono USB del tuo ordine {o['cuffie']} sono andate esaurite e il fornitore non ha una data di riassortimento.

Ti chiediamo di annullare l'ordine dalla sezione «I miei ordini» di Amazon, così la pratica si chiude subito. Ci dispiace per l'inconveniente.

Lo staff di TechPoint Gaming
"""))

    modulo = make_docx([
        "Modulo consegna al piano - Fornelli Orobici",
        f"Ordine Amazon: {o['cucina']}",
        "Piano: ____   Ascensore (si/no): ____   Larghezza porta (cm): ____",
        "Giorno preferito: martedi 16 / mercoledi 17 / giovedi 18 giugno",
    ])
    case("cucina-modulo-consegna-docx", "reject", ["attachment.not-allowed"],
         ["content.phone-number", "type.order-confirmation", "language.mismatch"],
         "Delivery scheduling that attaches a Word (.docx) form for the buyer to fill in; office documents are outside the allowed attachment types.",
         mk("Fornelli Orobici <consegne@fornelliorobici.it>", b["cucina"],
            f"Ordine {o['cucina']}: modulo per la consegna al piano", "Fri, 12 Jun 2026 09:30:00 +0200",
            "<fo-modulo-1177420@fornelliorobici.it>", text=f"""\
Gentile cliente,

per organizzare la consegna al piano della sua cucina a gas (ordine {o['cucina']}) le chiediamo di compilare il modulo in allegato (piano, ascensore, larghezza della porta, giorno preferito) e di rispedircelo rispondendo a questo messaggio.

Grazie e cordiali saluti,
Fornelli Orobici
""", attach=[(modulo, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
              "modulo-consegna-1177420.docx")]))

    case("olio-ritardo-corriere-insulti", "quarantine", ["content.sensitive"],
         ["type.order-confirmation", "content.phone-number"],
         "Italian notice about a late delivery in which the seller insults the courier and threatens violence.",
         mk("Ricambi Motore Valseriana <amministrazione@ricambivalseriana.it>", b["olio"],
            f"Ordine {o['olio']}: consegna in ritardo", "Thu, 04 Jun 2026 18:30:00 +0200",
            "<rmv-ritardo-7715803@ricambivalseriana.it>", text=f"""\
Buonasera,

il suo olio motore (ordine {o['olio']}) doveva arrivare oggi, ma quel deficiente del corriere ha riportato il pacco in deposito senza nemmeno suonare. Sono dei cretini incompetenti; se lo becco, a quell'autista gli spacco la faccia.

Abbiamo già chiesto una nuova consegna per domani mattina.

Ci scusi,
Ricambi Motore Valseriana
"""))

    iw_html = page(f"""<p>Buongiorno,</p>
<p>ecco come smontare il cestello della friggitrice (ordine {o['friggitrice']}), passo per passo come nello schema:</p>
<p><img src="cid:schema-cestello@casasmart-italia.it" alt="Schema in tre passaggi: sgancio della griglia dal cestello" style="width: 95%"></p>
<p>1. premere la linguetta sotto il manico; 2. sollevare la griglia dal lato opposto; 3. lavarla a mano con acqua tiepida.</p>
<p>Cordiali saluti,<br>
Casa Smart Italia</p>
<p>Il giorno dom 7 giu 2026 alle ore 20:15 {b['friggitrice']} ha scritto:</p>
<blockquote><p>Come si smonta il cestello per pulirlo? Non riesco a togliere la griglia.</p></blockquote>""", "it")
    case("risposta-schema-cestello-troppo-largo", "reject", ["style.image-width"],
         ["image.product-photo", "style.image-alt", "style.margin"],
         "Reply with a cleaning diagram shown at 95 % width, above the 80 % maximum.",
         mk("Casa Smart Italia <assistenza@casasmart-italia.it>", b["friggitrice"], "R: Pulizia cestello",
            "Mon, 08 Jun 2026 12:00:00 +0200", "<csi-schema-9928301@casasmart-italia.it>", html=iw_html,
            headers=reply_headers("0102019a1d77c0b2-e5a8.buyer-it"),
            related=[(diagram_png(), "image", "png", "<schema-cestello@casasmart-italia.it>", "schema-cestello.png")]))

    ii_html = page(f"""<p>Buongiorno,</p>
<p>ci siamo accorti che nel suo set di pennelli (ordine {o['pennelli']}) potrebbe mancare il pennello a ventaglio n. 12. Può controllare se nell'astuccio ci sono tutti e dodici i pennelli? Se manca, glielo spediamo subito.</p>
<p>Un cordiale saluto,<br>
Chiara Galli</p>
<p><img src="http://www.bellavistacosmetici.it/img/firma-bellavista.png" alt="Bellavista Cosmetici" width="160" height="40"></p>""", "it")
    case("pennelli-firma-immagine-http", "reject", ["image.insecure"],
         ["link.insecure", "link.external", "style.image-alt", "image.tracking-pixel"],
         "Question about a possibly missing brush whose signature image is loaded over http; an img src is not a link.",
         mk("Bellavista Cosmetici <assistenza@bellavistacosmetici.it>", b["pennelli"],
            f"Ordine {o['pennelli']}: manca un pennello?", "Wed, 20 May 2026 11:00:00 +0200",
            "<bvc-manca-3321788@bellavistacosmetici.it>", html=ii_html))


def violations_ja() -> None:
    o, b = OID, BUYER

    wrong = "250-9904417-2261853"  # two digits of the camera order swapped: not in the store
    assert wrong not in OID.values()
    case("camera-chuumon-bangou-ayamari", "reject", ["order-id.unknown"],
         ["order-id.missing", "order-id.buyer-mismatch", "window.expired"],
         "Japanese installation question to the camera buyer, but the order number has two digits swapped and is not in the store.",
         mk("ドライブギア本舗 <support@drivegear-honpo.jp>", b["camera"],
            f"ご注文番号 {wrong} 取付についての確認", "Wed, 10 Jun 2026 10:00:00 +0900",
            "<dgh.kakunin.0610@drivegear-honpo.jp>", text=f"""\
お客様

ドライブギア本舗でございます。
ご注文番号 {wrong}「カーナビ用 バックカメラ 防水 広角」について、確認させてください。

お車のナンバープレート周りに取付ける際、付属のステーとナンバー灯共締め用の金具のどちらをお使いになりますか。
後者の場合、車種によって延長ケーブルが必要となりますので、車種名をお知らせいただけますと幸いです。

ドライブギア本舗
"""))

    case("matcha-hassou-kanryou", "quarantine", ["type.order-confirmation"],
         ["type.thank-you-only", "link.insecure", "type.marketing"],
         "Japanese dispatch confirmation with the carrier and tracking number, which Amazon already sends.",
         mk("茶寮 こもれび <shop@saryo-komorebi.jp>", b["matcha"],
            f"【発送完了】ご注文番号 {o['matcha']}", "Mon, 15 Jun 2026 10:30:00 +0900",
            "<komorebi.ship.6627710@saryo-komorebi.jp>", charset="iso-2022-jp", cte="7bit", text=f"""\
お客様

茶寮 こもれびでございます。
ご注文いただいた商品を本日発送いたしました。

ご注文番号：{o['matcha']}
商品名：有機 宇治抹茶 100g 缶入り
配送業者：ゆうパケット
追跡番号：4412 7730 0195

到着まで今しばらくお待ちくださいませ。

茶寮 こもれび
"""))

    case("bunko-review-souryou-muryou", "reject", ["review.incentive"],
         ["review.conditional", "review.repeat"],
         "Japanese review request that promises a free-shipping coupon on the next order to buyers who post a review.",
         mk("古書みどり堂 <info@midorido-books.jp>", b["bunko"],
            f"ご注文番号 {o['bunko']}　レビュー投稿で次回送料無料", "Sat, 13 Jun 2026 10:00:00 +0900",
            "<midorido.rv2.3398016@midorido-books.jp>", text=f"""\
お客様

古書みどり堂でございます。
「文庫本 ミステリー ５冊セット」（ご注文番号：{o['bunko']}）はお楽しみいただけましたでしょうか。

Amazonに商品レビューをご投稿いただいたお客様には、次回ご注文時に使える送料無料クーポンをお送りしております。
ご投稿後、このメッセージにレビューのお名前をご返信ください。

古書みどり堂
"""), tolerated=["type.marketing"])

    case("cardigan-manzoku-nara-review", "reject", ["review.conditional"],
         ["review.incentive", "return.unnecessary"],
         "Japanese review gating: review if satisfied, otherwise contact the shop before writing one.",
         mk("ニットアトリエ 糸音 <support@itone-knit.jp>", b["cardigan"],
            f"ご注文番号 {o['cardigan']} カーディガンの着心地はいかがですか", "Sun, 14 Jun 2026 09:00:00 +0900",
            "<itone.rv.2208817@itone-knit.jp>", text=f"""\
お客様

ニットアトリエ 糸音でございます。
ご注文番号 {o['cardigan']}「レディース カーディガン Mサイズ ネイビー」の着心地はいかがでしょうか。

ご満足いただけましたら、ぜひAmazonにレビューをお寄せください。
もしご不満な点がございましたら、レビューを書かれる前に、まずは当店までご連絡ください。誠意をもって対応いたします。

ニットアトリエ 糸音
"""))

    case("haburashi-hassou-fuka-henkin-nashi", "quarantine", ["order-problem.no-adjustment"],
         ["order-problem.cancellation-request", "language.mismatch", "type.order-confirmation"],
         "Japanese cannot-ship notice (model discontinued) that apologises but never confirms an adjustment or refund.",
         mk("さくらデンタルケア <support@sakura-dentalcare.jp>", b["haburashi"],
            f"ご注文番号 {o['haburashi']} 商品発送についてのお詫び", "Mon, 15 Jun 2026 09:00:00 +0900",
            "<sdc-fuka-3309918@sakura-dentalcare.jp>", charset="shift_jis", cte="base64", text=f"""\
お客様

さくらデンタルケアでございます。
ご注文番号 {o['haburashi']}「電動歯ブラシ 替えブラシ4本付き」につきまして、
メーカーが本製品の生産を終了したため、商品をお届けすることができなくなりました。

ご期待に沿えず、誠に申し訳ございません。
今後の対応につきましては、改めてご連絡いたします。

さくらデンタルケア
"""))

    case("matcha-chuumon-rireki-http", "reject", ["link.insecure"],
         ["link.external", "style.link-text", "type.order-confirmation"],
         "Japanese plain-text delay notice pointing to the Amazon order history with an http (not https) URL.",
         mk("茶寮 こもれび <shop@saryo-komorebi.jp>", b["matcha"],
            f"ご注文番号 {o['matcha']} お届け予定日の変更", "Mon, 15 Jun 2026 08:00:00 +0900",
            "<komorebi.delay.6627710@saryo-komorebi.jp>", text=f"""\
お客様

茶寮 こもれびでございます。
ご注文番号 {o['matcha']}「有機 宇治抹茶 100g 缶入り」は、茶葉の石臼挽きに時間を要しており、
お届け予定日が6月18日（木）に変更となりました。お待たせして申し訳ございません。

最新のお届け予定は、Amazonの注文履歴からもご確認いただけます。
http://www.amazon.co.jp/gp/css/order-history

茶寮 こもれび
"""))

    alt_html = page(f"""<p><img src="cid:moriya-logo@kagu-moriya.jp" alt="" width="150" height="44"></p>
<p>お客様</p>
<p>家具のもりやでございます。ご注文番号 {o['hondana']}「組立式 本棚 幅90cm ウォールナット」について、ご確認のお願いです。</p>
<p>一部の商品で、棚板を固定するダボ（木製ピン）が1袋不足している可能性がございます。お手数ですが、部品袋Bに16本入っているかご確認いただけますでしょうか。不足している場合はすぐにお送りいたします。</p>
<p>家具のもりや</p>""", "ja")
    case("hondana-logo-alt-kara", "reject", ["style.image-alt"],
         ["image.logo-link", "image.tracking-pixel", "style.image-width"],
         "Japanese parts check whose inline shop logo has an empty alt attribute.",
         mk("家具のもりや <order@kagu-moriya.jp>", b["hondana"],
            f"ご注文番号 {o['hondana']} 部品のご確認", "Sun, 14 Jun 2026 16:00:00 +0900",
            "<moriya.buhin.5561092@kagu-moriya.jp>", html=alt_html,
            related=[(logo_png("KAGU MORIYA"), "image", "png", "<moriya-logo@kagu-moriya.jp>", "moriya-logo.png")]))

    fs_html = page(f"""<h1>取付に関するご確認</h1>
<p>お客様</p>
<p>ドライブギア本舗でございます。ご注文番号 {o['camera']}「カーナビ用 バックカメラ 防水 広角」の取付について、一点ご確認をお願いいたします。</p>
<h3>ご確認いただきたいこと</h3>
<p>お使いのカーナビの映像入力端子は、RCA（黄色）と専用端子のどちらでしょうか。専用端子の場合は変換ケーブルを無償でお送りします。</p>
<p style="font-size: 11px">※変換ケーブルは本商品の付属品として同梱を予定していたものです。</p>
<p>ドライブギア本舗</p>""", "ja")
    case("camera-mojisaizu-yon-shurui", "reject", ["style.font-sizes"],
         ["style.font-override", "type.marketing", "style.alignment"],
         "Japanese installation question shown in four sizes (h1, h3, default body and 11 px), more than three.",
         mk("ドライブギア本舗 <support@drivegear-honpo.jp>", b["camera"],
            f"ご注文番号 {o['camera']} 映像入力端子のご確認", "Tue, 09 Jun 2026 11:00:00 +0900",
            "<dgh.fs.9904417@drivegear-honpo.jp>", html=fs_html))


# --------------------------------------------------------------------------------------------
# Write and verify
# --------------------------------------------------------------------------------------------

_set_boundaries = partial(set_boundaries, prefix="third")


def main() -> None:
    write_orders(ROOT, ORDERS)
    collect_by_language(CASE_LIST, (compliant_en, compliant_de, compliant_fr, compliant_es, compliant_it, compliant_ja,
                               violations_en, violations_de, violations_fr, violations_es, violations_it,
                               violations_ja))
    labels = write_cases(ROOT, CASE_LIST, _set_boundaries, verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders written to {ROOT}; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
