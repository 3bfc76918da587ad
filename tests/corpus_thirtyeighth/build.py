#!/usr/bin/env python3
"""Build the thirty-eighth labelled corpus: orders.csv, cases/*.eml and labels.json.

    .venv/bin/python tests/corpus_thirtyeighth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. Theme: PRECISION. 45 compliant messages that a keyword filter
would wrongly block (quoted buyer text with a review, a coupon code or a carrier number; product and shop names
with Gift, Bonus, Free, Star, Promo, cadeau, regalo, ギフト; part numbers, NIP/CNPJ and register numbers that look
like phone numbers; words that look rude in another language; invoices, returns, refunds, replacements,
recalls, customs) and 15 subtle violations that use the same vocabulary as a compliant twin.
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
    banner_png,
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

_rnd = random.Random(38_2026_1127)
_PREFIX = {"com": "11", "co.uk": "20", "ca": "70", "com.au": "24", "de": "30", "fr": "40", "es": "40",
           "it": "40", "co.jp": "25", "nl": "40", "se": "40", "pl": "40", "com.br": "70"}
_TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp", "nl": "nl", "sv": "se",
        "pl": "pl", "pt": "com.br"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T08:15:00Z", shipped="2026-06-02T14:00:00Z",
                 delivered="2026-06-05T11:30:00Z")
ORDERS = BOOK.rows
order = BOOK.add
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-12T07:45:00Z"}
PENDING = {"shipped": "", "delivered": ""}
ASCII = {"charset": "us-ascii", "cte": "7bit"}
B64 = {"cte": "base64"}
L1 = {"charset": "iso-8859-1", "cte": "quoted-printable"}
W1252 = {"charset": "windows-1252", "cte": "quoted-printable"}
L15 = {"charset": "iso-8859-15", "cte": "quoted-printable"}
L2 = {"charset": "iso-8859-2", "cte": "quoted-printable"}
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
SJIS = {"charset": "shift_jis", "cte": "base64"}
EUC = {"charset": "euc-jp", "cte": "base64"}

# Every rule of RULES.md sections B-E: a rule not in a case's `rules` (or tolerated) must stay silent.
ALL_RULES = [
    "order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "language.mismatch",
    "type.order-confirmation", "type.thank-you-only", "type.marketing", "review.incentive",
    "review.removal-request", "review.conditional", "review.repeat", "order-problem.cancellation-request",
    "order-problem.no-adjustment", "return.unnecessary",
    "link.insecure", "link.external", "link.opt-out", "attachment.not-allowed", "image.logo-link",
    "image.tracking-pixel", "image.product-photo", "image.not-brand", "content.email-address",
    "content.phone-number", "content.sensitive",
    "style.link-text", "style.image-alt", "style.emoji", "style.animated-gif", "style.margin",
    "style.image-width", "style.font-override", "style.font-sizes", "style.alignment", "style.line-breaks",
    "image.insecure",
]

ATTRIBUTION = {
    "en": "On {d} Jun 2026, at 18:04, Amazon customer wrote:",
    "de": "Am {d:02d}.06.2026 um 18:04 schrieb Amazon-Kunde:",
    "fr": "Le {d:02d}/06/2026 à 18:04, client Amazon a écrit :",
    "es": "El {d:02d}/06/2026 a las 18:04, Cliente de Amazon escribió:",
    "it": "Il giorno {d:02d}/06/2026 alle 18:04 Cliente Amazon ha scritto:",
    "ja": "2026年6月{d}日 18:04 Amazonのお客様 のメッセージ:",
    "nl": "Op {d:02d}-06-2026 om 18:04 schreef Amazon-klant:",
    "sv": "Den {d} juni 2026 18:04 skrev Amazon-kund:",
    "pl": "W dniu {d:02d}.06.2026 o 18:04 Klient Amazon pisze:",
    "pt": "Em {d:02d}/06/2026 18:04, Cliente Amazon escreveu:",
}
BUYER_NAME = {"en": "Amazon customer", "de": "Amazon-Kunde", "fr": "client Amazon", "es": "Cliente de Amazon",
              "it": "Cliente Amazon", "ja": "Amazonのお客様", "nl": "Amazon-klant", "sv": "Amazon-kund",
              "pl": "Klient Amazon", "pt": "Cliente Amazon"}


def pdf(title: str, lines: list[str]) -> bytes:
    return make_pdf(title, lines, producer="thirtyeighth-invoice 1.0")


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str, text: str,
         lang: str, day: int = 11, reply: str = "", alias: bool = False, tolerated: tuple[str, ...] = (),
         enc: dict | None = None, fmt: str = "text", after: tuple[str, ...] = (), crlf: bool = False,
         attach: tuple = (), html_body: str = "", mailer: str = "") -> None:
    """One case. fmt: text (plain), html (HTML only) or alt (text + HTML alternative). `reply` is the buyer's
    message, quoted under an attribution line (with the buyer's own marketplace alias when `alias`); the
    message then answers a buyer (In-Reply-To/References). `html_body` replaces the generated HTML body."""
    hdrs = reply_headers(f"0100019c.t38.{slug[:24]}") if reply else []
    if mailer:
        hdrs.append(("X-Mailer", mailer))
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    own = text.strip("\n") + "\n"
    attr = ATTRIBUTION[lang].format(d=day - 1)
    if alias:  # the buyer's own relay address after the name, as mail clients write it
        name = BUYER_NAME[lang]
        attr = attr.replace(name, f"{name} <{to}>", 1)
    body = own + (f"\n{attr}\n{quote(reply)}\n" if reply else "")
    tol = (*tolerated, "content.spelling")
    absent = [r for r in ALL_RULES if r not in rules and r not in tol]
    kw = dict(enc or {})
    if fmt == "text":
        kw["text"] = body
    else:
        inner = html_body or text2html(own)
        if reply and not html_body:
            inner += (f'\n<div class="quote-attribution">{text2html(attr)}</div>\n'
                      f'<blockquote type="cite">\n{text2html(reply)}\n</blockquote>')
        kw["html"] = page(inner, lang)
        if fmt == "alt":
            kw["text"] = body
    msg = mk(frm, to, subject, mail_date(day, "10:17:42", "+0200"), f"<t38.{slug}@{dom}>", headers=hdrs,
             attach=attach, **kw)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, after=after, crlf=crlf,
             lang=lang)


# --------------------------------------------------------------------------------------------
# English (amazon.com, .co.uk, .ca, .com.au)
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    frm = "Larder & Lid <care@larderandlid.co.uk>"
    o, b = order("en-lid", "en", "Glass Storage Jars with Bamboo Lids, Set of 6", tld="co.uk")
    case("en-reply-quoted-two-star-review", "relay", [],
         "Reply to a buyer whose own message says she left a 2-star review over a cracked lid: the seller sends "
         "a replacement lid and never mentions the review; the review words are the buyer's, quoted.",
         to=b, frm=frm, lang="en", day=10, enc=ASCII, alias=True,
         reply=f"Hello, one of the bamboo lids from order {o} arrived cracked right\nacross. "
               "I've left a 2-star review for now because of it. Can you send\na new lid?",
         subject=f"Re: Cracked lid - order {o}", text="""Hello,

I'm sorry the lid arrived cracked; the bamboo can split if the parcel is
dropped on its edge. We've sent a replacement lid today by Royal Mail
Tracked 48, tracking number WX 4417 2093 8GB, so it should be with you on
Friday or Saturday.

You don't need to send the cracked lid back, please just recycle it with
your garden waste.

Kind regards,
Hannah Pryce
Larder & Lid""")

    o2, b2 = order("en-lid-2", "en", "Glass Storage Jars with Bamboo Lids, Set of 6", tld="co.uk")
    case("en-reply-replacement-revisit-review", "reject", ["review.removal-request"],
         "Same replacement-lid reply, but it asks the buyer to revisit the 2-star review once the new lid "
         "arrives: a request to update an existing review.",
         to=b2, frm=frm, lang="en", day=11, enc=ASCII, tolerated=("review.incentive",),
         reply=f"Hi, a lid from order {o2} is cracked. I gave 2 stars for now.\nPlease send a new one.",
         subject=f"Re: Lid cracked - order {o2}", text="""Hello,

Sorry about the cracked lid. A replacement went out today by Royal Mail
Tracked 48, tracking number WX 4417 2188 3GB.

Once it has arrived and everything is as it should be, would you mind
revisiting your review? A fresh rating that reflects how we sorted it out
would mean a lot to a small shop like ours.

Kind regards,
Hannah Pryce
Larder & Lid""")

    frm = "Pocketfold Goods <orders@pocketfold.com>"
    o, b = order("en-wallet", "en", "Slim Gift Card Holder Wallet, 24 Slots, Sage", **PENDING)
    case("en-gift-card-wallet-delay", "relay", [],
         "Proactive delay notice for a product named 'Gift Card Holder Wallet', with an express upgrade 'at no "
         "extra cost' and a question about the date it is needed as a gift: no incentive, no marketing.",
         to=b, frm=frm, lang="en", day=9, fmt="alt",
         subject=f"Your Gift Card Holder Wallet - short delay (order {o})", text=f"""Hello,

Your Slim Gift Card Holder Wallet in Sage (order {o}) is delayed by about
four days: the stitching on the gift card slots of this batch did not pass
our check, and the corrected wallets reach us on Tuesday. The new dispatch
date is 16 June.

We'll send it by express delivery at no extra cost to you. If the wallet is
meant as a gift for a particular day, reply with the date and we'll tell you
honestly whether it will make it.

Sorry for the wait,
Dana Whitfield
Pocketfold Goods""")

    o, b = order("en-wallet-2", "en", "Slim Gift Card Holder Wallet, 24 Slots, Tan")
    case("en-review-for-gift-card", "reject", ["review.incentive"],
         "Same shop and product: asks for an 'honest review' and pays every reviewer a $10 gift card: "
         "compensation for a review.",
         to=b, frm=frm, lang="en", day=12, fmt="alt",
         subject=f"How is your Gift Card Holder Wallet? (order {o})", text=f"""Hello,

Your Slim Gift Card Holder Wallet (order {o}) arrived a week ago, and we'd
love to hear what you think in an honest review on Amazon.

As a small thank-you, everyone who posts a review gets a $10 gift card from
us. Just reply to this message once your review is live.

Best wishes,
Dana Whitfield
Pocketfold Goods""")

    o, b = order("en-coupon", "en", "Silicone Baking Mats, Set of 3", tld="co.uk")
    case("en-reply-coupon-question", "relay", [],
         "Reply to a buyer whose question quotes a promo code that did not apply: the seller refunds the "
         "difference through Amazon; coupon words in a customer-service answer are not marketing.",
         to=b, frm="Bakewell Home <help@bakewellhome.co.uk>", lang="en", day=12, enc=B64,
         reply="Hi, the product page showed 'Save 15% with promo code BAKE15' but I don't\n"
               f"think it came off my order {o}. Could you check?",
         subject=f"Re: Promo code not applied ({o})", text="""Hello,

You're right, and thank you for pointing it out. The 15% promotion was
shown on our listing when you ordered, but a setting on our side stopped it
from applying to your order. We have refunded the difference of GBP 3.30
through Amazon today; it usually appears on your card within 3 to 5 working
days.

Sorry for the hassle.

Best regards,
Owen Marsh
Bakewell Home""")

    frm = "Nestle Mama Care <support@nestlemamacare.com>"
    o, b = order("en-pump", "en", "Wearable Hands-Free Breast Pump, Double, 24 mm Flanges")
    case("en-reply-manual-on-amazon", "relay", [],
         "Reply about flange sizing for a breast pump ('nipple diameter', 'breast') with a described https link "
         "to the manual on the amazon.com product page: medical vocabulary is not adult content.",
         to=b, frm=frm, lang="en", day=11, fmt="alt", enc=B64,
         reply=f"Hello, the pump from order {o} is uncomfortable and I'm not sure the\n"
               "flanges are the right size. Is there a size guide?",
         subject=f"Re: Flange size question ({o})", text="""Hello,

Comfort almost always comes down to the flange size. Measure the diameter of
your nipple (not the areola) in millimetres after pumping, then add 2 to 3
mm: at 19 mm, for example, the 21 mm inserts fit best. The pump ships with
24 mm flanges and 17, 19 and 21 mm inserts in the small box.

If the breast tissue is drawn far into the tunnel or it feels sore, choose
the next smaller insert. The sizing chart is on page 6 of the user manual,
which you can open from the product page (User manual for the Nestle Mama
Care double pump, on Amazon):
https://www.amazon.com/dp/B0CX7QPM2L#productDocuments

Best wishes,
Priya Nandakumar
Nestle Mama Care""",
         html_body="""<p>Hello,</p>
<p>Comfort almost always comes down to the flange size. Measure the diameter of your nipple (not the
areola) in millimetres after pumping, then add 2 to 3 mm: at 19 mm, for example, the 21 mm inserts fit
best. The pump ships with 24 mm flanges and 17, 19 and 21 mm inserts in the small box.</p>
<p>If the breast tissue is drawn far into the tunnel or it feels sore, choose the next smaller insert. The
sizing chart is on page 6 of the
<a href="https://www.amazon.com/dp/B0CX7QPM2L#productDocuments">user manual for the Nestle Mama Care
double pump on Amazon</a>.</p>
<p>Best wishes,<br>
Priya Nandakumar<br>
Nestle Mama Care</p>
<blockquote type="cite">
<p>Hello, the pump from order {o} is uncomfortable and I'm not sure the flanges are the right size. Is
there a size guide?</p>
</blockquote>""".replace("{o}", o))

    o2, b2 = order("en-pump-2", "en", "Wearable Hands-Free Breast Pump, Single, 21 mm Flanges")
    case("en-reply-manual-lookalike-host", "reject", ["link.external"],
         "Same shop and question, but the manual link's host is amazon.manualsdepot.com, a third-party domain "
         "whose subdomain only reads 'amazon'.",
         to=b2, frm=frm, lang="en", day=12, fmt="alt", enc=B64,
         reply=f"Hi, where can I find the manual for the pump from order {o2}?",
         subject=f"Re: Manual for the pump ({o2})", text="""Hello,

The sizing chart and the cleaning steps are in the user manual, which you
can download as a PDF (User manual for the Nestle Mama Care single pump):
https://amazon.manualsdepot.com/nestle-mama-care/single-pump-manual.pdf

Best wishes,
Priya Nandakumar
Nestle Mama Care""",
         html_body="""<p>Hello,</p>
<p>The sizing chart and the cleaning steps are in the user manual, which you can download as a PDF:
<a href="https://amazon.manualsdepot.com/nestle-mama-care/single-pump-manual.pdf">user manual for the
Nestle Mama Care single pump (PDF)</a>.</p>
<p>Best wishes,<br>
Priya Nandakumar<br>
Nestle Mama Care</p>""")

    o, b = order("en-ups", "en", "Cedar Raised Garden Bed 4 x 8 ft")
    case("en-reply-ups-phone", "relay", [],
         "Reply to 'the UPS driver left a note': UPS tracking number and the carrier's own phone number on the "
         "same line as 'UPS', which the guidelines allow.",
         to=b, frm="Timberline Yard <help@timberlineyard.com>", lang="en", day=8, crlf=True, alias=True,
         reply=f"The UPS driver left a note saying they'd try again, but I'm home all day.\nOrder {o}.",
         subject=f"Re: Delivery attempt for order {o}", text="""Hi,

The box is 68 lb, so UPS needs a signature and the driver could not find
anyone at the door. The tracking number is 1Z 8W4 71V 03 6634 2915; the
second attempt is scheduled for tomorrow between 9:00 and 13:00.

If that window doesn't suit you, UPS can also hold it at the UPS Customer
Center: call UPS on 1-800-742-5877 and give them the tracking number.

Thanks,
Caleb Ortiz
Timberline Yard""")

    o, b = order("en-proj", "en", "StarLite Galaxy Projector SL-300 with Bluetooth Speaker", tld="ca")
    case("en-reply-model-numbers", "relay", [],
         "Reply with technical instructions full of numbers that look like phone numbers but are a model, a "
         "firmware version, a part number and times (8:30, 16:9): no phone number, no emoticon.",
         to=b, frm="Lumen North <support@lumennorth.ca>", lang="en", day=13, enc=ASCII,
         reply=f"My star projector (order {o}) turns itself off after a while. How\ndo I stop it?",
         subject=f"Re: Projector switches off ({o})", text="""Hello,

The SL-300 has a sleep timer that is set to 2 h at the factory. To change it:

1. Hold the TIMER button for 3 seconds until the ring flashes.
2. Press it once for 4 h, twice for 8 h, or three times for continuous.
3. Wait 5 seconds; the ring stops flashing and the setting is saved.

If the ring doesn't flash, the firmware is older than 2.4.10. The model
number on the label should read SL-300-2410; units labelled SL-300-2309 need
the replacement remote, part no. 555-0142-88, which we'll send you if you
tell us which label you have. The auto-off at 8:30 in the morning is the
same timer, counted from when you switched it on the night before. The
16:9 image mode doesn't affect it.

Regards,
Marie-Eve Gagnon
Lumen North""")

    o, b = order("en-batt", "en", "AA Alkaline Batteries, Bonus Pack 24 + 8 Free", **OOS)
    case("en-oos-bonus-pack-adjusted", "relay", [],
         "Out-of-stock notice for a product called 'Bonus Pack 24 + 8 Free' that confirms the full order amount "
         "was adjusted with the no-inventory reason; 'free' and 'bonus' are the product's name.",
         to=b, frm="VoltCell Supply <orders@voltcellsupply.com>", lang="en", day=13, enc=ASCII,
         subject=f"Order {o}: Bonus Pack out of stock, full amount refunded", text=f"""Hello,

We're sorry: we can't ship the AA Alkaline Batteries Bonus Pack 24 + 8 Free
from your order {o}. The last cartons failed our date-code check, and
the next delivery from the manufacturer is not due before July.

We have adjusted the full order amount of $17.99 in Seller Central with the
reason "No inventory", so you don't need to do anything. The refund goes
back to your original payment method within 3 to 5 business days.

Apologies for the inconvenience,
VoltCell Supply""")

    frm = "Ribbon & Reel <hello@ribbonandreel.com.au>"
    o, b = order("en-wrap", "en", "Gift Wrap Kit with Personalised Tags, Kraft", tld="com.au", **PENDING)
    case("en-thank-you-plus-tag-text", "relay", [],
         "Opens with thanks for the Gift Wrap Kit order but asks for the name to print on the personalised "
         "tag, which the seller needs to complete the order (verifying a custom design).",
         to=b, frm=frm, lang="en", day=3, fmt="html", enc=B64,
         subject=f"Your Gift Wrap Kit: the name for your tags (order {o})", text=f"""Hello,

Thank you for ordering the Gift Wrap Kit with Personalised Tags (order {o}).
Before we print the tags, we need the name you'd like on them: up to 12
characters, capitals or lower case as you prefer.

Please reply with the name; we print the same day and dispatch the next
morning.

Warm wishes,
Sophie Tran
Ribbon & Reel""")

    o2, b2 = order("en-wrap-2", "en", "Gift Wrap Kit, 6 Rolls, Kraft and Gold", tld="com.au")
    case("en-thank-you-only-gift-wrap", "quarantine", ["type.thank-you-only"],
         "Same shop: thanks for the Gift Wrap Kit, hopes the presents look lovely and offers help: nothing "
         "remains once the courtesies are set aside.",
         to=b2, frm=frm, lang="en", day=9, fmt="html", enc=B64,
         subject=f"Thank you from Ribbon & Reel (order {o2})", text=f"""Hello,

Thank you so much for choosing our Gift Wrap Kit (order {o2}). We hope
it makes every present you wrap this year look wonderful.

If you ever need anything at all, we're only a message away.

Warm wishes,
Sophie Tran
Ribbon & Reel""")

    o, b = order("en-recall", "en", "PowerBank PB-10 10000 mAh USB-C, Graphite")
    case("en-safety-notice-batch", "relay", [],
         "Proactive safety notice: a power bank batch may overheat; stop using it, check the batch code, reply "
         "with it for a replacement; the manufacturer's recall line stands next to 'manufacturer'.",
         to=b, frm="Kestrel Electronics <safety@kestrel-electronics.com>", lang="en", day=12, fmt="alt",
         subject=f"Safety notice for your PowerBank PB-10 (order {o})", text=f"""Hello,

This is a safety notice about the PowerBank PB-10 from your order {o}.
The manufacturer has found that units from batch 2604B can overheat while
charging. Please stop charging the power bank until you have checked the
batch code, which is printed under the USB-C port.

If it reads 2604B, please reply with a photo of the code and we'll send a
replacement from a safe batch; you can keep the old unit until then and
take it to a battery recycling point afterwards. Other batch codes are not
affected.

The manufacturer's recall line also answers questions: 1-888-410-2276
(Monday to Friday, 9:00 to 17:00 ET).

Kestrel Electronics""")

    o, b = order("en-nest", "en", "Cedar Bird Nest Box, 28 mm Entrance Hole", tld="co.uk")
    case("en-reply-great-tits-nest-box", "relay", [],
         "Reply about which birds use a nest box: blue tits, great tits and coal tits are birds; the bird names "
         "are not offensive language.",
         to=b, frm="Hedgerow Wild <shop@hedgerowwild.co.uk>", lang="en", day=10, enc=L1,
         reply=f"Hi, which birds will use the box from order {o}? We mostly see\nsparrows.",
         subject=f"Re: Nest box question ({o})", text="""Hello,

The 28 mm hole is the classic size for blue tits, coal tits and great tits;
house sparrows need 32 mm, so they'll only use it if you widen the hole
with a rasp. Hang it 2 to 4 metres up, facing between north and east, out
of the afternoon sun.

Great tits usually start nesting in late March, so for this year it may
stay empty, but it makes a good winter roost.

All the best,
Tom Ashworth
Hedgerow Wild""")

    o, b = order("en-inv", "en", "PromoFlex Roll-up Banner Stand 85 x 200 cm with Carry Bag", tld="co.uk")
    case("en-invoice-promoflex", "relay", [],
         "Invoice for a product named 'PromoFlex' (a trade-show banner stand), with a PDF invoice, a company "
         "number and a VAT number: sending an invoice is a permitted reason, 'Promo' is the product's name.",
         to=b, frm="Displayworks UK <accounts@displayworks.co.uk>", lang="en", day=8, crlf=True,
         attach=((pdf("Invoice DW-26-05518", ["Displayworks UK Ltd - VAT invoice DW-26-05518",
                                              f"Amazon order {o}",
                                              "1 x PromoFlex Roll-up Banner Stand 85 x 200 cm   GBP 74.99",
                                              "VAT 20%: GBP 12.50 (included)",
                                              "Company No. 09417328  VAT GB 284 7710 36"]),
                  "application", "pdf", "Invoice_DW-26-05518.pdf"),),
         subject=f"VAT invoice for order {o}", text=f"""Hello,

Please find attached the VAT invoice DW-26-05518 for your order {o}
(1 x PromoFlex Roll-up Banner Stand 85 x 200 cm). It shows the VAT
separately, so you can use it for your company's accounts.

Kind regards,
Accounts team
Displayworks UK Ltd, Company No. 09417328, VAT GB 284 7710 36""")


# --------------------------------------------------------------------------------------------
# German (amazon.de)
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = order("de-inv", "de", "Holzeisenbahn Starter-Set 42 Teile, giftfrei lackiert")
    case("de-rechnung-giftfrei", "relay", [],
         "Rechnung als PDF für eine 'giftfrei lackierte' Holzeisenbahn (Gift = Gift im deutschen Sinn), mit "
         "Rechnungsnummer, HRB und USt-IdNr.: Zusendung einer Rechnung ist erlaubt.",
         to=b, frm="Spielholz Werkstatt <rechnung@spielholz-werkstatt.de>", lang="de", day=7, enc=W1252,
         mailer="Shopware 6.5 Mailer",
         attach=((pdf("Rechnung RE-26-3381", ["Spielholz Werkstatt GmbH - Rechnung RE-26-3381",
                                              f"Amazon-Bestellung {o}",
                                              "1 x Holzeisenbahn Starter-Set 42 Teile   49,90 EUR",
                                              "enthaltene USt. 19 %: 7,97 EUR",
                                              "Amtsgericht Freiburg HRB 718204  USt-IdNr. DE327114905"]),
                  "application", "pdf", "Rechnung_RE-26-3381.pdf"),),
         subject=f"Ihre Rechnung RE-26-3381 zur Bestellung {o}", text=f"""Guten Tag,

anbei erhalten Sie die Rechnung RE-26-3381 zu Ihrer Bestellung {o}
(Holzeisenbahn Starter-Set, 42 Teile).

Noch ein Hinweis, weil wir oft danach gefragt werden: Alle Teile sind mit
giftfreien Wasserlacken nach EN 71-3 lackiert und für Kinder ab 18 Monaten
geeignet. Die Lok bitte nur feucht abwischen, nicht in Wasser legen.

Mit freundlichen Grüßen
Ihre Spielholz Werkstatt

Spielholz Werkstatt GmbH – Amtsgericht Freiburg HRB 718204 – USt-IdNr. DE327114905""")

    frm = "Sternwerk Leuchten <service@sternwerk-leuchten.de>"
    o, b = order("de-review", "de", "Sternenhimmel-Projektor LED mit Fernbedienung")
    case("de-bewertung-neutral-sternwerk", "relay", [],
         "Neutrale Bitte um eine ehrliche Bewertung ('ob gut oder kritisch') mit der Signatur der Firma "
         "'Sternwerk'; die Sterne sind Firmen- und Produktname, keine Bitte um Sterne.",
         to=b, frm=frm, lang="de", day=12, enc=L1, fmt="alt",
         subject=f"Ihr Sternenhimmel-Projektor (Bestellung {o})", text=f"""Guten Tag,

Ihr Sternenhimmel-Projektor aus der Bestellung {o} ist seit ein
paar Tagen bei Ihnen. Ein Tipp: Mit der Taste "Nebel" auf der Fernbedienung
lässt sich der blaue Nebel getrennt von den Sternen dimmen.

Wenn Sie mögen, schreiben Sie eine Bewertung auf Amazon. Ob sie gut oder
kritisch ausfällt: Ihre ehrliche Meinung hilft anderen Käufern.

Viele Grüße aus Jena
Lea Hoffmann
Sternwerk Leuchten""")

    o2, b2 = order("de-review-2", "de", "Sternenhimmel-Projektor LED mit Fernbedienung")
    case("de-bewertung-nur-wenn-gefaellt", "reject", ["review.conditional"],
         "Gleiche Firma, gleiches Produkt: Bewertung nur 'wenn Ihnen der Sternenhimmel gefällt', sonst 'bitte "
         "zuerst bei uns melden, bevor Sie bewerten': Bewertung nur bei positiver Erfahrung.",
         to=b2, frm=frm, lang="de", day=12, enc=L1, fmt="alt",
         subject=f"Ihr Sternenhimmel-Projektor (Bestellung {o2})", text=f"""Guten Tag,

Ihr Sternenhimmel-Projektor aus der Bestellung {o2} ist seit ein
paar Tagen bei Ihnen. Ein Tipp: Mit der Taste "Nebel" auf der Fernbedienung
lässt sich der blaue Nebel getrennt von den Sternen dimmen.

Wenn Ihnen der Sternenhimmel gefällt, freuen wir uns über eine Bewertung
auf Amazon. Sollte etwas nicht passen, melden Sie sich bitte zuerst bei
uns, bevor Sie bewerten; wir finden bestimmt eine Lösung.

Viele Grüße aus Jena
Lea Hoffmann
Sternwerk Leuchten""")

    o, b = order("de-warranty", "de", "Akku-Bohrschrauber 18 V BS 18-2 mit 2 Akkus")
    case("de-reply-hersteller-garantie", "relay", [],
         "Antwort zu einem defekten Akku: Garantie über den Hersteller, dessen Service-Nummer in derselben "
         "Zeile wie 'Hersteller' steht; Typ- und Ersatzteilnummern sind keine Telefonnummern.",
         to=b, frm="Werkzeug Kramer <service@werkzeug-kramer.de>", lang="de", day=10, enc=L15, alias=True,
         reply=f"Hallo, einer der beiden Akkus aus Bestellung {o} lädt nicht mehr,\n"
               "die LED blinkt rot. Was kann ich tun?",
         subject=f"AW: Akku lädt nicht – Bestellung {o}", text="""Hallo,

rotes Blinken bedeutet, dass der Akku tiefentladen ist. Das ist ein
Garantiefall, der Akku wird kostenlos getauscht.

Am schnellsten geht es direkt über den Hersteller: Service-Hotline des
Herstellers 0800 589 6611 (Mo. bis Fr. 7:30 bis 17:00 Uhr). Nennen Sie dort
die Typnummer BS 18-2 und die Akku-Sachnummer 2 607 336 914 vom Etikett.
Der andere Akku und das Gerät sind nicht betroffen.

Freundliche Grüße
Jens Kramer
Werkzeug Kramer""")

    frm = "Glashütte Lindner <shop@glashuette-lindner.de>"
    o, b = order("de-replace", "de", "Karaffe mundgeblasen 1,2 l mit Glasstopfen")
    case("de-reply-ersatz-dhl-ein-stern", "relay", [],
         "Antwort auf eine Käuferin, die mit '1 Stern' droht: Ersatz ist mit DHL unterwegs, Sendungsnummer, "
         "keine Rücksendung nötig; die Bewertung wird mit keinem Wort erwähnt.",
         to=b, frm=frm, lang="de", day=9, enc=W1252, fmt="alt",
         reply=f"Die Karaffe aus Bestellung {o} kam zerbrochen an. Wenn das nicht\n"
               "schnell geklärt wird, gibt es von mir 1 Stern.",
         subject=f"AW: Karaffe zerbrochen (Bestellung {o})", text="""Guten Tag,

das tut uns leid. Wir haben Ihnen heute eine neue Karaffe geschickt, diesmal
doppelt gepolstert. Sie ist mit DHL unterwegs, Sendungsnummer
00340434291877630215, und kommt voraussichtlich am Freitag an.

Die zerbrochene Karaffe müssen Sie nicht zurückschicken; bitte entsorgen Sie
die Scherben vorsichtig im Altglas.

Mit freundlichen Grüßen
Karin Lindner
Glashütte Lindner""")

    o2, b2 = order("de-replace-2", "de", "Karaffe mundgeblasen 1,2 l mit Glasstopfen")
    case("de-reply-spedition-mist-gebaut", "quarantine", ["content.sensitive"],
         "Gleiche Antwort mit Ersatz per DHL, aber 'die Spedition hat echt Scheiße gebaut': vulgäre Sprache "
         "gegenüber der Käuferin.",
         to=b2, frm=frm, lang="de", day=10, enc=W1252, fmt="alt",
         reply=f"Die Karaffe aus Bestellung {o2} kam in Scherben an.",
         subject=f"AW: Karaffe in Scherben (Bestellung {o2})", text="""Guten Tag,

ganz ehrlich: Da hat die Spedition echt Scheiße gebaut, der Karton war
eindeutig gestaucht. Wir haben Ihnen heute eine neue Karaffe geschickt, mit
DHL, Sendungsnummer 00340434291877631847.

Die kaputte Karaffe müssen Sie nicht zurückschicken.

Mit freundlichen Grüßen
Karin Lindner
Glashütte Lindner""")

    o, b = order("de-return", "de", "Schallzahnbürste SZ 500, Bonus-Pack mit 8 Aufsteckbürsten")
    case("de-reply-ruecksendung-bonus-pack", "relay", [],
         "Antwort auf den Rückgabewunsch des Käufers für ein 'Bonus-Pack': Rücksendeweg über Amazon, Erstattung "
         "nach Eingang, 'kostenlos'; der Käufer hat gefragt, also keine unnötige Rücksendenachricht.",
         to=b, frm="Dentalis Direkt <kundenservice@dentalis-direkt.de>", lang="de", day=11, enc=B64,
         reply=f"Guten Tag, ich möchte die Zahnbürste aus Bestellung {o} zurückgeben,\n"
               "sie ist mir zu stark. Wie geht das?",
         subject=f"AW: Rückgabe Bestellung {o}", text="""Guten Tag,

natürlich, das geht ganz einfach: Starten Sie die Rücksendung unter "Meine
Bestellungen" bei Amazon, dort erhalten Sie das Rücksendeetikett. Die
Rücksendung ist für Sie kostenlos. Bitte legen Sie das Bonus-Pack mit den
Aufsteckbürsten bei, auch wenn Sie es geöffnet haben.

Sobald das Paket bei uns ist, erstatten wir den Kaufpreis über Amazon.

Freundliche Grüße
Dentalis Direkt""")

    o, b = order("de-freight", "de", "Kleiderschrank Eiche 200 cm, 3-türig (2 Pakete, 118 kg)", **PENDING)
    case("de-speditionstermin", "relay", [],
         "Terminabsprache für einen 118-kg-Schrank: die Spedition mit Telefonnummer in derselben Zeile "
         "(Versanddienstleister erlaubt), Lieferfenster '8–12 Uhr', Bitte um Terminwahl.",
         to=b, frm="Möbelhaus Brenner <versand@moebel-brenner.de>", lang="de", day=12, enc=L1, crlf=True,
         subject=f"Liefertermin für Ihren Kleiderschrank (Bestellung {o})", text=f"""Guten Tag,

Ihr Kleiderschrank aus der Bestellung {o} wird wegen des Gewichts
(2 Pakete, zusammen 118 kg) von einer Spedition bis in die Wohnung geliefert.
Bitte teilen Sie uns mit, welcher Termin Ihnen passt:

- Mittwoch, 17.06., 8-12 Uhr
- Donnerstag, 18.06., 12-16 Uhr
- Freitag, 19.06., 8-12 Uhr

Die Spedition Kühne Möbellogistik ruft Sie am Vortag an; erreichen können
Sie die Spedition unter 0621 4380 2270.

Mit freundlichen Grüßen
Möbelhaus Brenner""")

    o, b = order("de-handsfree", "de", "Freisprecheinrichtung FreeTalk BT-5 fürs Auto")
    case("de-reply-freetalk-anleitung", "relay", [],
         "Antwort mit Kopplungsanleitung für die 'FreeTalk'-Freisprecheinrichtung, PIN 0000 und beschriftetem "
         "https-Link auf die amazon.de-Produktseite mit der Bedienungsanleitung.",
         to=b, frm="Autoklang <hilfe@autoklang.de>", lang="de", day=13, fmt="html", enc=B64,
         reply=f"Mein Handy findet die FreeTalk aus Bestellung {o} nicht.",
         subject=f"AW: FreeTalk BT-5 koppeln ({o})", text="", html_body="""<p>Hallo,</p>
<p>die FreeTalk BT-5 ist nur in den ersten 3 Minuten nach dem Einschalten sichtbar. So koppeln Sie sie:</p>
<ol>
<li>Gerät ausschalten, dann die Taste mit dem Hörer 6 Sekunden halten, bis die LED blau und rot blinkt.</li>
<li>Am Handy Bluetooth öffnen und „FreeTalk BT-5“ wählen.</li>
<li>Falls eine PIN verlangt wird: 0000.</li>
</ol>
<p>Die <a href="https://www.amazon.de/dp/B0D4KQ7TZP#productDocuments">Bedienungsanleitung der FreeTalk BT-5
auf der Amazon-Produktseite</a> zeigt die Schritte mit Bildern (Seite 4).</p>
<p>Viele Grüße<br>
Ihr Autoklang-Team</p>
<blockquote type="cite">
<p>Mein Handy findet die FreeTalk aus Bestellung {o} nicht.</p>
</blockquote>""".replace("{o}", o))


# --------------------------------------------------------------------------------------------
# French (amazon.fr)
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    frm = "Maison Théière <boutique@maison-theiere.fr>"
    o, b = order("fr-inv", "fr", "Coffret Cadeau Thés du Monde, 12 boîtes")
    case("fr-facture-coffret-cadeau", "relay", [],
         "Facture PDF pour un « Coffret Cadeau », avec SIRET et TVA intracommunautaire : l'envoi d'une facture "
         "est permis, « cadeau » est le nom du produit.",
         to=b, frm=frm, lang="fr", day=8, enc=L15,
         attach=((pdf("Facture FA-2026-0917", ["Maison Theiere SAS - Facture FA-2026-0917",
                                               f"Commande Amazon {o}",
                                               "1 x Coffret Cadeau Thes du Monde, 12 boites   39,00 EUR",
                                               "dont TVA 5,5 % : 2,03 EUR",
                                               "SIRET 852 417 903 00021  TVA FR61852417903"]),
                  "application", "pdf", "Facture_FA-2026-0917.pdf"),),
         subject=f"Votre facture FA-2026-0917 - commande {o}", text=f"""Bonjour,

Vous trouverez ci-joint la facture FA-2026-0917 de votre commande {o}
(Coffret Cadeau Thés du Monde, 12 boîtes), comme demandé lors de la
commande pour votre comité d'entreprise.

Bien cordialement,
Élise Marchand
Maison Théière - SIRET 852 417 903 00021 - TVA FR61852417903""")

    o2, b2 = order("fr-inv-2", "fr", "Coffret Cadeau Thés du Monde, 12 boîtes")
    case("fr-avis-sachet-en-cadeau", "reject", ["review.incentive"],
         "Même boutique, même coffret : « pour vous remercier de votre avis, nous vous offrons en cadeau un "
         "sachet de Sencha » : un produit gratuit contre un avis.",
         to=b2, frm=frm, lang="fr", day=12, enc=L15, tolerated=("type.marketing",),
         subject=f"Votre Coffret Cadeau - commande {o2}", text=f"""Bonjour,

Votre Coffret Cadeau Thés du Monde (commande {o2}) est arrivé il y a
une semaine. Petit conseil : les thés verts s'infusent à 75 °C, pas plus,
sinon ils deviennent amers.

Si vous prenez le temps de laisser un avis sur Amazon, nous vous offrirons
en cadeau un sachet de 100 g de notre Sencha pour vous remercier. Il suffit
de nous répondre une fois l'avis publié.

Bien cordialement,
Élise Marchand
Maison Théière""")

    o, b = order("fr-seal", "fr", "Peluche phoque géante 60 cm, blanc")
    case("fr-reply-retour-peluche-phoque", "relay", [],
         "Réponse à un acheteur qui demande comment retourner une « peluche phoque » : le mot ressemble à un "
         "juron anglais mais désigne l'animal ; c'est l'acheteur qui a demandé le retour.",
         to=b, frm="Doudou & Cie <service@doudou-et-cie.fr>", lang="fr", day=10, enc=B64, fmt="alt",
         reply=f"Bonjour, le phoque de la commande {o} est beaucoup plus grand que\n"
               "prévu pour la chambre de ma fille. Puis-je le retourner ?",
         subject=f"RE: Retour du phoque - commande {o}", text="""Bonjour,

Bien sûr. Lancez le retour depuis « Vos commandes » sur Amazon, motif
« trop grand » ; vous recevrez l'étiquette de retour. Le phoque peut être
plié dans un grand sac, il n'a pas besoin de sa boîte d'origine.

Dès sa réception, le remboursement est effectué via Amazon.

Bonne journée,
Camille Roux
Doudou & Cie""")

    o, b = order("fr-partial", "fr", "Canapé d'angle convertible avec housse amovible, gris")
    case("fr-remboursement-partiel-housse", "relay", [],
         "Suivi de retour : plutôt que de retourner un canapé pour une housse tachée, le vendeur propose un "
         "remboursement partiel de 60 € ; offrir un remboursement partiel est permis.",
         to=b, frm="Salon Léon <sav@salon-leon.fr>", lang="fr", day=11, enc=W1252,
         subject=f"Votre demande de retour - commande {o}", text=f"""Bonjour,

Vous avez demandé le retour de votre canapé (commande {o}) à cause
d'une tache sur la housse d'assise.

Un retour de canapé est long pour vous. Si vous le souhaitez, nous vous
proposons plutôt un remboursement partiel de 60 € et l'envoi d'une housse
neuve. Si vous préférez le retour complet, il reste bien sûr possible :
dites-nous simplement ce que vous choisissez.

Cordialement,
Service après-vente Salon Léon""")

    frm = "Atelier Vapeur <contact@atelier-vapeur.fr>"
    o, b = order("fr-track", "fr", "Centrale vapeur 2 600 W, 7 bar")
    case("fr-reply-suivi-colissimo-3631", "relay", [],
         "Réponse à « où est mon colis ? » : numéro de suivi Colissimo et le 3631 de Colissimo, numéro du "
         "transporteur ; la question vient de l'acheteur.",
         to=b, frm=frm, lang="fr", day=9, enc=L15, alias=True,
         reply=f"Bonjour, je n'ai pas reçu la centrale vapeur de la commande {o}.",
         subject=f"RE: Colis non reçu - commande {o}", text="""Bonjour,

Votre colis a été remis à Colissimo le 2 juin. Le numéro de suivi est
8R00429571834 ; il est indiqué « en attente de retrait » au bureau de poste
de votre quartier depuis samedi, car personne n'était présent.

Vous pouvez le retirer avec une pièce d'identité jusqu'au 20 juin, ou
demander une nouvelle livraison au service client Colissimo, au 3631.

Cordialement,
Nicolas Fabre
Atelier Vapeur""")

    o2, b2 = order("fr-track-2", "fr", "Centrale vapeur 2 600 W, 7 bar", delivered="")
    case("fr-colis-remis-colissimo", "quarantine", ["type.order-confirmation"],
         "Même boutique, message proactif : « votre colis a été remis à Colissimo », numéro de suivi et date "
         "de livraison, rien d'autre : une confirmation d'expédition.",
         to=b2, frm=frm, lang="fr", day=3, enc=L15,
         subject=f"Votre commande {o2} est en route", text=f"""Bonjour,

Bonne nouvelle : votre centrale vapeur (commande {o2}) a été remise
à Colissimo ce matin. Le numéro de suivi est 8R00429571902, et la
livraison est prévue jeudi.

Cordialement,
Nicolas Fabre
Atelier Vapeur""")

    o, b = order("fr-dehum", "fr", "Déshumidificateur 20 L/jour DH-20")
    case("fr-reply-reference-filtre", "relay", [],
         "Réponse technique : hygrométrie 55 %, 2 semaines, 1,5 L ; la référence de filtre « réf. 0 412 778 90 » "
         "ressemble à un numéro de téléphone mais est une référence de pièce.",
         to=b, frm="Air Sec Habitat <aide@airsec-habitat.fr>", lang="fr", day=12, enc=B64,
         reply=f"Bonjour, le déshumidificateur (commande {o}) fait beaucoup de bruit\n"
               "et le bac se remplit moins vite. Que faire ?",
         subject=f"RE: Bruit du DH-20 - commande {o}", text="""Bonjour,

Ces deux signes viennent presque toujours d'un filtre encrassé : l'air passe
mal, le ventilateur force et l'appareil condense moins.

1. Débranchez l'appareil et retirez la grille arrière.
2. Lavez le filtre à l'eau tiède, sans savon, et laissez-le sécher 2 heures.
3. Réglez ensuite l'hygrométrie sur 55 % : en dessous, l'appareil tourne
   sans arrêt.

Le filtre est à nettoyer toutes les 2 semaines. S'il est déchiré, le filtre
de rechange porte la réf. 0 412 778 90 ; nous pouvons vous l'envoyer.

Cordialement,
Hugo Lemaire
Air Sec Habitat""")

    o, b = order("fr-recall", "fr", "Chargeur USB-C 65 W GaN, 3 ports")
    case("fr-rappel-securite-chargeur", "relay", [],
         "Avis de sécurité proactif : un lot de chargeurs peut chauffer ; le vendeur demande le numéro de lot "
         "et propose un remplacement ; « brûlure » et « danger » décrivent le risque, pas de la violence.",
         to=b, frm="Volta Maison <securite@volta-maison.fr>", lang="fr", day=13, fmt="alt", enc=B64,
         subject=f"Avis de sécurité : votre chargeur 65 W (commande {o})", text=f"""Bonjour,

Nous vous contactons au sujet du chargeur USB-C 65 W de votre commande
{o}. Le fabricant a constaté que certains chargeurs du lot L2605 peuvent
chauffer anormalement, avec un risque de brûlure au contact.

Merci de ne plus l'utiliser avant d'avoir vérifié le numéro de lot, imprimé
sous les broches. S'il s'agit du lot L2605, répondez-nous avec une photo du
numéro : nous vous enverrons un chargeur de remplacement d'un autre lot.
Les autres lots ne présentent aucun danger.

Cordialement,
Service sécurité Volta Maison""")


# --------------------------------------------------------------------------------------------
# Spanish (amazon.es)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("es-pickup", "es", "Batidora de vaso 1 200 W, jarra de vidrio 1,75 l")
    case("es-reply-coger-paquete-correos", "relay", [],
         "Respuesta a '¿dónde está mi paquete?': 'puede coger el paquete en la oficina de Correos' (coger es "
         "recoger en España), número de seguimiento de Correos; la pregunta es del comprador.",
         to=b, frm="Cocina Ágil <atencion@cocina-agil.es>", lang="es", day=10, enc=L1,
         reply=f"Hola, el seguimiento del pedido {o} dice 'en oficina' pero no he\nrecibido ningún aviso.",
         subject=f"RE: Pedido {o} en oficina", text="""Hola:

Correos intentó la entrega el martes y, al no haber nadie, dejó el paquete
en su oficina de la calle Alcalá. Puede cogerlo con su DNI y el número de
seguimiento PQ4BV70412883410128010A hasta el 22 de junio.

Si prefiere que se lo vuelvan a llevar a casa, puede pedirlo en la web de
Correos con ese mismo número.

Un saludo,
Marta Iglesias
Cocina Ágil""")

    frm = "Olivar de Jaén <pedidos@olivardejaen.es>"
    o, b = order("es-oos", "es", "Set Regalo Aceite de Oliva Virgen Extra, 3 x 250 ml", **OOS)
    case("es-sin-stock-reembolsado-set-regalo", "relay", [],
         "Sin stock del 'Set Regalo': el vendedor confirma que ha reembolsado el importe total por falta de "
         "existencias y que el comprador no tiene que cancelar nada.",
         to=b, frm=frm, lang="es", day=13, enc=W1252,
         subject=f"Su pedido {o}: Set Regalo agotado, importe reembolsado", text=f"""Hola:

Lamentamos comunicarle que no podemos enviar el Set Regalo de Aceite de
Oliva de su pedido {o}: la última partida no superó nuestro control
de calidad y la nueva cosecha no se embotella hasta octubre.

Hemos reembolsado el importe total de 34,90 € a través de Amazon, con el
motivo "sin existencias". No tiene que cancelar ni devolver nada; el
reembolso aparecerá en su medio de pago en 3 a 5 días hábiles.

Disculpe las molestias.
Olivar de Jaén""")

    o2, b2 = order("es-oos-2", "es", "Set Regalo Aceite de Oliva Virgen Extra, 3 x 250 ml", **OOS)
    case("es-sin-stock-cancele-usted", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Mismo vendedor y producto agotado, pero pide al comprador que cancele el pedido desde 'Mis pedidos' "
         "'para que el reembolso le llegue antes', sin confirmar ningún ajuste.",
         to=b2, frm=frm, lang="es", day=13, enc=W1252,
         subject=f"Su pedido {o2}: Set Regalo agotado", text=f"""Hola:

Lamentamos comunicarle que no podemos enviar el Set Regalo de Aceite de
Oliva de su pedido {o2}: la última partida no superó nuestro control
de calidad y la nueva cosecha no se embotella hasta octubre.

Le agradeceríamos que cancelara usted el pedido desde "Mis pedidos" en
Amazon; así el reembolso le llegará antes.

Disculpe las molestias.
Olivar de Jaén""")

    o, b = order("es-proof", "es", "Bolígrafos promocionales personalizados con logo, 100 unidades", **PENDING)
    case("es-boligrafos-promocionales-prueba", "relay", [],
         "Verificación de un diseño personalizado de 'bolígrafos promocionales' con la prueba adjunta en PNG: "
         "'promocional' es el producto, no publicidad del vendedor.",
         to=b, frm="Grabados Levante <disenos@grabadoslevante.es>", lang="es", day=4, enc=B64, fmt="alt",
         attach=((banner_png("PRUEBA - LOGO CLIENTE - 100 uds", 420, 120), "image", "png",
                  "prueba_grabado_boligrafo.png"),),
         subject=f"Prueba de grabado de sus bolígrafos (pedido {o})", text=f"""Hola:

Adjuntamos la prueba del grabado para sus 100 bolígrafos promocionales
personalizados (pedido {o}). El logotipo se graba en una línea, a
35 mm de ancho, en el clip de cada bolígrafo.

Por favor, revise la prueba y confírmenos en su respuesta que el texto y la
posición son correctos; empezaremos a grabar en cuanto nos dé el visto bueno.

Un saludo,
Pablo Segura
Grabados Levante""")

    o, b = order("es-canarias", "es", "Robot aspirador con estación de vaciado RA-90", **PENDING)
    case("es-canarias-dua-nif", "relay", [],
         "Envío a Canarias: el vendedor pide el NIF que exige la declaración de aduana (DUA) para completar el "
         "envío; datos aduaneros necesarios, no un número de teléfono.",
         to=b, frm="Hogar Robótico <envios@hogarrobotico.es>", lang="es", day=3, enc=L15,
         subject=f"Envío a Canarias: necesitamos su NIF (pedido {o})", text=f"""Hola:

Su robot aspirador (pedido {o}) va a Santa Cruz de Tenerife. Para los
envíos a Canarias, la agencia de aduanas tiene que presentar una
declaración (DUA de importación) a nombre del destinatario, y para ello
necesita su NIF o NIE.

¿Podría indicárnoslo respondiendo a este mensaje? En cuanto lo tengamos,
el envío sale el mismo día. El IGIC de importación ya está incluido en el
precio, no tendrá que pagar nada al recibirlo.

Un saludo,
Departamento de envíos
Hogar Robótico""")

    frm = "Estrella Cocina <hola@estrellacocina.es>"
    o, b = order("es-review", "es", "Sartén de hierro forjado 28 cm")
    case("es-resena-neutral-estrella-cocina", "relay", [],
         "Una sola petición neutral de reseña ('tanto si es buena como si no'), firmada por 'Estrella Cocina': "
         "la estrella es el nombre de la tienda.",
         to=b, frm=frm, lang="es", day=9, enc=L1,
         subject=f"Su sartén de hierro (pedido {o})", text=f"""Hola:

Su sartén de hierro del pedido {o} lleva ya unos días en su cocina.
Un consejo: después de lavarla, séquela al fuego y úntela con unas gotas
de aceite; así no se oxida.

Si le apetece, puede dejar una reseña en Amazon. Tanto si es buena como si
no, su opinión sincera ayuda a otros compradores.

Un saludo,
Lucía Navarro
Estrella Cocina""")

    case("es-resena-recordatorio", "reject", ["review.repeat"],
         "Segunda petición de reseña para el mismo pedido, después de la primera, que se envió: "
         "'¿ha tenido ocasión de escribir su reseña?'.",
         to=b, frm=frm, lang="es", day=14, enc=L1, after=("es-resena-neutral-estrella-cocina",),
         subject=f"Su sartén de hierro (pedido {o})", text=f"""Hola:

Hace unos días le escribimos sobre su sartén de hierro (pedido {o}).
¿Ha tenido ocasión de escribir su reseña en Amazon? Solo lleva un minuto y
nos ayuda mucho.

Un saludo,
Lucía Navarro
Estrella Cocina""")

    o, b = order("es-return", "es", "Zapatillas de trail Free Run, talla 42")
    case("es-reply-devolucion-gratis", "relay", [],
         "Respuesta a la pregunta del comprador '¿la devolución es gratis?' sobre unas zapatillas 'Free Run': "
         "la devolución la pidió él; 'gratis' y 'Free' no son promoción.",
         to=b, frm="Sendero Sport <clientes@senderosport.es>", lang="es", day=12, enc=B64, fmt="alt",
         reply=f"Hola, las Free Run del pedido {o} me quedan pequeñas. ¿Puedo\n"
               "devolverlas? ¿La devolución es gratis?",
         subject=f"RE: Devolución pedido {o}", text="""Hola:

Sí, puede devolverlas y la devolución es gratuita. Solicítela en "Mis
pedidos" de Amazon con el motivo "talla pequeña" y recibirá la etiqueta.
Las Free Run tallan medio número pequeño, así que si quiere pedir otra
talla, le recomendamos la 42,5 o la 43.

Cuando recibamos las zapatillas, le reembolsaremos el importe a través de
Amazon.

Un saludo,
Sendero Sport""")


# --------------------------------------------------------------------------------------------
# Italian (amazon.it)
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("it-mandoline", "it", "Mandolina affettaverdure in acciaio con paramano")
    case("it-reply-mandolina-finocchi", "relay", [],
         "Risposta d'uso per una mandolina: 'finocchi', 'lama', 'tagliare' e 'dita' sono cucina e sicurezza, "
         "non linguaggio offensivo o violento.",
         to=b, frm="Cucina Viva <assistenza@cucinaviva.it>", lang="it", day=9, enc=W1252,
         reply=f"Buongiorno, con la mandolina dell'ordine {o} le fette di finocchio\n"
               "vengono spesse e irregolari. Sbaglio qualcosa?",
         subject=f"R: Mandolina - ordine {o}", text="""Buongiorno,

per i finocchi conviene tagliarli a metà e appoggiarli sul lato piatto;
impostate la lama sul segno 2 mm e scorrete con un movimento unico, senza
premere. Se le fette restano irregolari, la lama va girata: svitate le due
viti laterali e montatela dall'altro lato.

Usate sempre il paramano, anche per gli ultimi centimetri: la lama è molto
affilata e tiene lontane le dita.

Cordiali saluti,
Giulia Ferrante
Cucina Viva""")

    frm = "Dolce Forno Bianchi <ordini@dolcefornobianchi.it>"
    o, b = order("it-inv", "it", "Confezione Regalo Panettone artigianale 1 kg")
    case("it-fattura-confezione-regalo", "relay", [],
         "Fattura PDF per una 'Confezione Regalo', con partita IVA e numero REA: invio di fattura permesso; "
         "'regalo' è il nome del prodotto.",
         to=b, frm=frm, lang="it", day=8, enc=L15, crlf=True,
         attach=((pdf("Fattura 2026-0731", ["Dolce Forno Bianchi srl - Fattura n. 2026-0731",
                                            f"Ordine Amazon {o}",
                                            "1 x Confezione Regalo Panettone artigianale 1 kg   29,50 EUR",
                                            "IVA 10%: 2,68 EUR (inclusa)",
                                            "P.IVA IT 04187250165  REA BG-441908"]),
                  "application", "pdf", "Fattura_2026-0731.pdf"),),
         subject=f"Fattura dell'ordine {o}", text=f"""Buongiorno,

in allegato trova la fattura n. 2026-0731 per l'ordine {o}
(Confezione Regalo Panettone artigianale 1 kg), intestata all'azienda
come da Sua richiesta.

Cordiali saluti,
Amministrazione Dolce Forno Bianchi
P.IVA IT 04187250165 - REA BG-441908""")

    o2, b2 = order("it-inv-2", "it", "Confezione Regalo Panettone artigianale 1 kg")
    case("it-recensione-buono-regalo", "reject", ["review.incentive"],
         "Stesso negozio e prodotto: 'se lascia una recensione, Le regaliamo un buono sconto del 10%': un "
         "vantaggio futuro in cambio di una recensione.",
         to=b2, frm=frm, lang="it", day=12, enc=L15, tolerated=("type.marketing",),
         subject=f"Il Suo panettone (ordine {o2})", text=f"""Buongiorno,

speriamo che il panettone dell'ordine {o2} sia piaciuto. Un consiglio:
tenuto dieci minuti vicino a una fonte di calore, sprigiona tutto il
profumo del burro.

Se lascia una recensione su Amazon, Le regaliamo un buono sconto del 10% da
usare sul prossimo ordine: basta rispondere a questo messaggio.

Cordiali saluti,
Dolce Forno Bianchi""")

    frm = "Spremi & Co. <resi@spremi-co.it>"
    o, b = order("it-return", "it", "Spremiagrumi elettrico 160 W, acciaio")
    case("it-reso-chiede-foto-lotto", "relay", [],
         "Messaggio sul reso che chiede le informazioni necessarie per completarlo (foto del difetto e numero "
         "di lotto): motivo permesso per un contatto sul reso.",
         to=b, frm=frm, lang="it", day=11, enc=B64, fmt="alt",
         subject=f"La Sua richiesta di reso - ordine {o}", text=f"""Buongiorno,

abbiamo ricevuto la Sua richiesta di reso per lo spremiagrumi dell'ordine
{o}, con il motivo "il cono non gira".

Per capire se si tratta di un difetto del lotto, potrebbe inviarci una foto
della base e il numero di lotto stampato sotto (inizia con SP-)? Ci basta
una risposta a questo messaggio.

Cordiali saluti,
Spremi & Co.""")

    o2, b2 = order("it-return-2", "it", "Spremiagrumi elettrico 160 W, acciaio")
    case("it-reso-provi-ancora", "quarantine", ["return.unnecessary"],
         "Stesso negozio: sulla richiesta di reso suggerisce di 'provarlo ancora qualche giorno' e che 'la "
         "maggior parte dei clienti ne è entusiasta', senza chiedere informazioni né offrire un rimborso "
         "parziale.",
         to=b2, frm=frm, lang="it", day=11, enc=B64, fmt="alt",
         subject=f"La Sua richiesta di reso - ordine {o2}", text=f"""Buongiorno,

abbiamo ricevuto la Sua richiesta di reso per lo spremiagrumi dell'ordine
{o2}.

Prima di spedirlo, Le consigliamo di provarlo ancora qualche giorno: il
cono si ammorbidisce con l'uso e la maggior parte dei nostri clienti, dopo
una settimana, ne è entusiasta. Siamo sicuri che cambierà idea.

Cordiali saluti,
Spremi & Co.""")

    o, b = order("it-brt", "it", "Lavatrice slim 7 kg classe A", **PENDING)
    case("it-brt-numero-civico", "relay", [],
         "Problema di consegna: il corriere BRT segnala l'indirizzo incompleto; il venditore chiede il numero "
         "civico e dà il numero del corriere nella stessa riga: numero di un corriere, consentito.",
         to=b, frm="Elettro Sud <spedizioni@elettrosud.it>", lang="it", day=13, enc=W1252,
         subject=f"Consegna della lavatrice: manca il numero civico (ordine {o})", text=f"""Buongiorno,

il corriere BRT ci segnala che nell'indirizzo dell'ordine {o} manca
il numero civico, e senza di esso non può programmare la consegna al piano
della lavatrice.

Potrebbe indicarci il numero civico e, se c'è, la scala o l'interno? Se
preferisce accordarsi direttamente, il servizio clienti del corriere BRT
risponde allo 011 397 3200, citando il numero di spedizione 0617 2245 8810.

Cordiali saluti,
Ufficio spedizioni Elettro Sud""")

    o, b = order("it-replace", "it", "Lampada da tavolo in vetro di Murano, ambra")
    case("it-reply-sostituzione-recensione-negativa", "relay", [],
         "Risposta a un cliente che cita la propria 'recensione negativa': il venditore spedisce una lampada "
         "sostitutiva con tracking GLS e non nomina la recensione.",
         to=b, frm="Luci di Laguna <servizio@lucidilaguna.it>", lang="it", day=10, enc=L1, alias=True,
         reply=f"La lampada dell'ordine {o} ha il paralume scheggiato. Ho già\n"
               "scritto una recensione negativa, mi aspettavo di più.",
         subject=f"R: Paralume scheggiato - ordine {o}", text="""Buongiorno,

ci dispiace molto per il paralume scheggiato. Le abbiamo spedito oggi una
lampada nuova, imballata in doppia scatola, con GLS: numero di spedizione
ML 4418 2279 03. La consegna è prevista per venerdì.

La lampada scheggiata può tenerla o smaltirla, non serve rispedirla.

Cordiali saluti,
Federica Zanon
Luci di Laguna""")


# --------------------------------------------------------------------------------------------
# Japanese (amazon.co.jp)
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("ja-steril", "ja", "哺乳瓶 スチーム除菌器 乾燥機能付き BS-20")
    case("ja-reply-sakkin-mode", "relay", [],
         "哺乳びん除菌器の使い方の返信：「殺菌」「除菌」「約8分」「型番 BS-20」は家電の用語で、暴力的な表現でも電話番号でもない。",
         to=b, frm="ベビーケア工房 <support@babycare-koubou.jp>", lang="ja", day=10, enc=EUC,
         reply=f"注文番号 {o} の除菌器ですが、殺菌と乾燥のどちらを\n先に使えばよいですか。",
         subject=f"Re: 除菌器の使い方（注文番号 {o}）", text="""お客様

お問い合わせありがとうございます。BS-20は「殺菌」ボタン一つで、
スチーム殺菌（約8分）のあとに乾燥（約40分）まで自動で行います。
乾燥だけをしたい場合は「乾燥」ボタンを3秒長押ししてください。

水タンクには毎回150mlの精製水または水道水を入れ、使用後は
本体が冷めてから水を捨ててください。

ベビーケア工房""")

    frm = "タオル工房 白雲 <info@towel-hakuun.jp>"
    o, b = order("ja-giftbox", "ja", "今治タオル ギフトボックス入り バスタオル2枚セット", **PENDING)
    case("ja-gift-box-hassou-okure", "relay", [],
         "「ギフトボックス」入りタオルの発送遅延のお知らせ：新しい発送日とのし紙の要否の確認。「ギフト」は商品名で、特典ではない。",
         to=b, frm=frm, lang="ja", day=5, enc=JIS,
         subject=f"発送遅延のお知らせ（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の今治タオル ギフトボックス入りにつきまして、
ギフトボックスの入荷が遅れており、発送が6月9日から6月12日に
変更となります。ご迷惑をおかけし、誠に申し訳ございません。

なお、ご注文時にのし紙のご指定がございませんでした。贈答用の
のし紙が必要な場合は、表書きを本メッセージへの返信でお知らせください。

タオル工房 白雲""")

    o2, b2 = order("ja-giftbox-2", "ja", "今治タオル ギフトボックス入り フェイスタオル5枚セット")
    case("ja-review-ribbon-muryou", "reject", ["review.incentive"],
         "同じ店舗：「レビューをご投稿いただいたお客様には、ギフト用リボンを無料でお送りします」：レビューへの見返りとしての無料の品。",
         to=b2, frm=frm, lang="ja", day=12, enc=JIS, tolerated=("type.marketing",),
         subject=f"今治タオルのお手入れ（注文番号 {o2}）", text=f"""お客様

ご注文番号 {o2} の今治タオルは、最初に一度水通しをしていただくと
吸水性がよくなります。柔軟剤は使わないでください。

レビューをご投稿いただいたお客様には、ギフト用のリボンを無料で
お送りしております。投稿後に本メッセージへご返信ください。

タオル工房 白雲""")

    o, b = order("ja-receipt", "ja", "電気ケトル 0.8L 温度調節機能付き")
    case("ja-ryoushuusho-pdf", "relay", [],
         "領収書のPDF送付：適格請求書の登録番号（T＋13桁）や郵便番号は電話番号ではなく、請求書の送付は許可された目的。",
         to=b, frm="キッチン雑貨 ことり <shop@kitchen-kotori.jp>", lang="ja", day=8, enc=SJIS,
         attach=((pdf("Ryoshusho R-26-1184", ["Kitchen Zakka Kotori - Ryoshusho (Receipt) R-26-1184",
                                              f"Amazon order {o}",
                                              "1 x Denki kettle 0.8L   JPY 5,980 (tax incl.)",
                                              "Tekikaku seikyusho toroku bango: T4011801029384"]),
                  "application", "pdf", "ryoushuusho_R-26-1184.pdf"),),
         subject=f"領収書の送付（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の電気ケトルにつきまして、ご依頼いただいた
領収書（宛名：株式会社みなと設計）をPDFで添付いたしました。

適格請求書発行事業者の登録番号は T4011801029384 です。
ご不明な点がございましたら、本メッセージにご返信ください。

キッチン雑貨 ことり
〒150-0012 東京都渋谷区広尾2-14-6""")

    o, b = order("ja-warranty", "ja", "ドラム式洗濯乾燥機用 給水ホース 1.5m", tld="co.jp")
    case("ja-reply-maker-support", "relay", [],
         "保証についての返信：メーカー保証の対象で、メーカーのサポートセンターの番号が同じ行にある。メーカーの電話番号は許可されている。",
         to=b, frm="住設パーツ館 <support@jyusetsu-parts.jp>", lang="ja", day=11, enc=JIS, crlf=True,
         reply=f"注文番号 {o} のホースの継ぎ目から水がにじみます。\n交換できますか。",
         subject=f"Re: 給水ホースの水漏れ（注文番号 {o}）", text="""お客様

ご不便をおかけし申し訳ございません。本ホースはメーカー保証（1年）の
対象ですので、メーカーから新品と無償交換となります。

メーカーのサポートセンター 0120-394-772（受付 9時から18時）へ、
品番 WH-150J と購入日をお伝えください。

住設パーツ館""")

    o, b = order("ja-size", "ja", "ランニングシューズ メンズ 26.5cm ネイビー")
    case("ja-reply-tenpo-denwa", "reject", ["content.phone-number"],
         "サイズ交換の返信で、当店のお問い合わせ窓口の電話番号を案内：保証・配送業者・メーカーの番号ではない販売者自身の番号。",
         to=b, frm="駆けるシューズ <shop@kakeru-shoes.jp>", lang="ja", day=11, enc=JIS,
         reply=f"注文番号 {o} の靴が小さいので、27cmに交換できますか。",
         subject=f"Re: サイズ交換（注文番号 {o}）", text="""お客様

サイズ交換は承れます。27cmの在庫もございます。

お手続きの方法は、当店のお問い合わせ窓口 03-5789-2240
（平日10時から17時）にお電話いただければご案内いたします。

駆けるシューズ""")

    o, b = order("ja-return", "ja", "無線LANルーター Wi-Fi 6 AX3000")
    case("ja-reply-henpin-uketsuke", "relay", [],
         "お客様からの返品希望への返信：返品の手順と返金の時期を案内。お客様が返品を申し出たので問題のない返品連絡。",
         to=b, frm="ネット機器のはやぶさ <help@hayabusa-net.jp>", lang="ja", day=12, fmt="alt",
         reply=f"注文番号 {o} のルーターですが、マンションの回線に対応して\nいなかったので返品したいです。",
         subject=f"Re: 返品のご希望（注文番号 {o}）", text="""お客様

ご連絡ありがとうございます。返品を承ります。

Amazonの「注文履歴」から返品をお申し込みいただくと、返送用の
ラベルが表示されます。ACアダプターとLANケーブルも同梱のうえ
ご返送ください。商品の到着を確認後、Amazonを通じて返金いたします。

ネット機器のはやぶさ""")


# --------------------------------------------------------------------------------------------
# Dutch (amazon.nl), Swedish (amazon.se), Polish (amazon.pl), Portuguese (amazon.com.br)
# --------------------------------------------------------------------------------------------

def cases_nl() -> None:
    frm = "Tuinhuis Verbeek <bezorging@tuinhuis-verbeek.nl>"
    o, b = order("nl-freight", "nl", "Loungeset Teak 4-delig met kussens (3 colli, 96 kg)", **PENDING)
    case("nl-bezorgafspraak-kunt-u", "relay", [],
         "Afspraak voor de bezorging van een zware loungeset: 'Kunt u ...', 'U kunt ...' (kunt lijkt op een "
         "Engels scheldwoord) en het nummer van de vervoerder naast 'vervoerder'.",
         to=b, frm=frm, lang="nl", day=12, enc=B64,
         subject=f"Bezorgafspraak voor uw loungeset (bestelling {o})", text=f"""Beste klant,

Uw loungeset uit bestelling {o} bestaat uit 3 colli van samen 96 kg
en wordt daarom door een vervoerder met twee man bezorgd. Kunt u ons laten
weten welke dag u thuis bent?

- dinsdag 16 juni, 8.00-12.00 uur
- woensdag 17 juni, 12.00-17.00 uur

U kunt ook direct een andere dag afspreken met vervoerder Van Dijk
Transport via 0251 264 880.

Met vriendelijke groet,
Tuinhuis Verbeek""")

    o2, b2 = order("nl-freight-2", "nl", "Loungeset Teak 4-delig met kussens (3 colli, 96 kg)", **PENDING)
    case("nl-bezorgafspraak-kortingscode", "quarantine", ["type.marketing"],
         "Dezelfde bezorgafspraak, met een PS 'met code TUIN10 krijgt u 10% korting op uw volgende bestelling "
         "in onze winkel': een kortingscode, dus reclame.",
         to=b2, frm=frm, lang="nl", day=12, enc=B64,
         subject=f"Bezorgafspraak voor uw loungeset (bestelling {o2})", text=f"""Beste klant,

Uw loungeset uit bestelling {o2} bestaat uit 3 colli van samen 96 kg
en wordt daarom door een vervoerder met twee man bezorgd. Kunt u ons laten
weten welke dag u thuis bent?

- dinsdag 16 juni, 8.00-12.00 uur
- woensdag 17 juni, 12.00-17.00 uur

PS: Met de code TUIN10 krijgt u 10% korting op uw volgende bestelling in
onze winkel, bijvoorbeeld op bijpassende hoezen.

Met vriendelijke groet,
Tuinhuis Verbeek""")


def cases_sv() -> None:
    o, b = order("sv-oos", "sv", "Gjutjärnspanna 26 cm, förkryddad", **OOS)
    case("sv-slutsald-aterbetald", "relay", [],
         "Slutsåld: säljaren bekräftar att hela beloppet återbetalats på grund av slut i lager och att köparen "
         "inte behöver avbryta något; 'slut' och 'fick' är vanliga svenska ord.",
         to=b, frm="Järn & Glöd <order@jarnochglod.se>", lang="sv", day=13, enc=L1,
         subject=f"Din beställning {o}: pannan är slutsåld", text=f"""Hej,

Tyvärr är gjutjärnspannan i din beställning {o} slutsåld. Vi fick
besked i går från vår leverantör att nästa leverans kommer först i
september.

Vi har därför återbetalat hela beloppet, 449 kr, via Amazon med orsaken
"slut i lager". Du behöver inte avbryta beställningen eller göra något
annat; pengarna syns på ditt konto inom 3 till 5 bankdagar.

Vi ber om ursäkt för besväret.

Med vänliga hälsningar
Järn & Glöd""")

    o, b = order("sv-color", "sv", "Ullpläd 130 x 170 cm, skogsgrön")
    case("sv-reply-fick-fel-farg", "relay", [],
         "Svar till en köpare som 'fick fel färg': en ny pläd skickas med PostNord och kollinummer, den gamla "
         "behöver inte skickas tillbaka.",
         to=b, frm="Ullboden <kundtjanst@ullboden.se>", lang="sv", day=10, enc=B64, fmt="alt",
         reply=f"Hej! Jag beställde skogsgrön men fick en grå pläd (order {o}).",
         subject=f"Sv: Fel färg på pläden ({o})", text="""Hej,

Förlåt, där blev det fel i vårt lager. Vi har skickat en skogsgrön pläd
i dag med PostNord, kollinummer 00373500491234778421, och den bör vara
framme på torsdag.

Den grå pläden behöver du inte skicka tillbaka; behåll den gärna eller
lämna den till en second hand-butik.

Vänliga hälsningar
Ullboden""")


def cases_pl() -> None:
    o, b = order("pl-inv", "pl", "Ekspres przelewowy do kawy 1,25 l z dzbankiem termicznym")
    case("pl-faktura-nip", "relay", [],
         "Faktura VAT w PDF; NIP '526-104-08-28' i REGON wyglądają jak numer telefonu, ale są numerami "
         "firmy, a wysłanie faktury jest dozwolone.",
         to=b, frm="Kawiarka Sklep <faktury@kawiarka-sklep.pl>", lang="pl", day=9, enc=L2,
         attach=((pdf("Faktura FV 2026/06/412", ["Kawiarka Sklep sp. z o.o. - Faktura VAT FV 2026/06/412",
                                                 f"Zamowienie Amazon {o}",
                                                 "1 x Ekspres przelewowy 1,25 l   289,00 PLN brutto",
                                                 "NIP 526-104-08-28  REGON 146512087"]),
                  "application", "pdf", "FV_2026_06_412.pdf"),),
         subject=f"Faktura VAT do zamówienia {o}", text=f"""Dzień dobry,

w załączniku przesyłamy fakturę VAT FV 2026/06/412 do zamówienia
{o} (ekspres przelewowy 1,25 l), wystawioną na firmę zgodnie z
danymi podanymi przy zamówieniu.

Z poważaniem
Dział księgowości
Kawiarka Sklep sp. z o.o., NIP 526-104-08-28, REGON 146512087""")


def cases_pt() -> None:
    o, b = order("pt-nf", "pt", "Cafeteira italiana 6 xícaras, alumínio")
    case("pt-nota-fiscal-cnpj", "relay", [],
         "Resposta ao comprador que pediu a nota fiscal: PDF anexado, CNPJ e número da NF-e não são "
         "telefones, e enviar a nota fiscal é permitido.",
         to=b, frm="Casa do Café Minas <atendimento@casadocafeminas.com.br>", lang="pt", day=9, enc=B64,
         reply=f"Olá, preciso da nota fiscal do pedido {o} para reembolso da empresa.",
         attach=((pdf("NF-e 000.418.227", ["Casa do Cafe Minas Ltda - NF-e 000.418.227",
                                           f"Pedido Amazon {o}",
                                           "1 x Cafeteira italiana 6 xicaras   R$ 119,90",
                                           "CNPJ 27.418.603/0001-55"]),
                  "application", "pdf", "NFe_000418227.pdf"),),
         subject=f"Re: Nota fiscal do pedido {o}", text="""Olá,

Segue em anexo a nota fiscal eletrônica nº 000.418.227 do seu pedido, em
nome da empresa informada. A chave de acesso está no canto superior
direito do documento.

Atenciosamente,
Casa do Café Minas - CNPJ 27.418.603/0001-55""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja, cases_nl,
                                    cases_sv, cases_pl, cases_pt))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="thirtyeighth"), verify)
    n_ok = sum(1 for c in CASE_LIST if c["verdict"] == "relay" and not c["rules"])
    print(f"{len(labels)} cases ({n_ok} compliant), {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
