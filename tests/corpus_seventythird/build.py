#!/usr/bin/env python3
"""Build the seventy-third labelled corpus: orders.csv, cases/*.eml and labels.json.

    .venv/bin/python tests/corpus_seventythird/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md. English sellers in the shape of the shared corpus: compliant near-misses first, then one
focused violation per case over RULES.md sections B-E, then a few cases that break several rules at once.
Marketplaces: amazon.com and amazon.co.uk mostly, a few amazon.ca, amazon.com.au and amazon.in.
"""

from __future__ import annotations

import random
import sys
from functools import partial
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))
from corpus_build import (  # noqa: E402
    OrderBook,
    add_case,
    animated_gif,
    banner_png,
    img_bytes,
    logo_jpeg,
    logo_png,
    mail_date,
    make_docx,
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

_rnd = random.Random(73_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "ca": "70", "com.au": "25", "in": "40"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, {"en": "com"}, purchased="2026-06-01T14:20:00Z", shipped="2026-06-02T09:10:00Z",
                 delivered="2026-06-05T16:45:00Z")
ORDERS = BOOK.rows
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-12T19:05:00Z"}

ALL_RULES = [
    "order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "language.mismatch",
    "type.order-confirmation", "type.thank-you-only", "type.marketing", "review.incentive", "review.removal-request",
    "review.conditional", "review.repeat", "order-problem.cancellation-request", "order-problem.no-adjustment",
    "return.unnecessary", "link.insecure", "link.external", "link.opt-out", "attachment.not-allowed",
    "image.logo-link", "image.tracking-pixel", "image.product-photo", "image.not-brand", "content.email-address",
    "content.phone-number", "content.sensitive", "style.link-text", "style.image-alt", "style.emoji",
    "style.animated-gif", "style.margin", "style.image-width", "style.font-override", "style.font-sizes",
    "style.alignment", "style.line-breaks", "image.insecure", "content.spelling",
]

B64 = {"cte": "base64"}
W1252 = {"charset": "windows-1252", "cte": "quoted-printable"}
L1 = {"charset": "iso-8859-1", "cte": "quoted-printable"}
ASCII = {"charset": "us-ascii", "cte": "7bit"}


def order(key: str, title: str, tld: str = "com", **dates: str) -> tuple[str, str]:
    return BOOK.add(key, "en", title, tld=tld, **dates)


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str,
         text: str | None = None, html: str | None = None, fmt: str = "text", day: int = 12,
         time: str = "10:14:00", tz: str = "+0100", reply: str = "", headers: tuple = (), enc: dict | None = None,
         related: tuple = (), attach: tuple = (), after: tuple[str, ...] = (), tolerated: tuple[str, ...] = (),
         crlf: bool = False, mid_dom: str = "") -> None:
    """One case. fmt: text, html or alt (generated from `text`), unless `html` is given as a full page."""
    hdrs = list(headers)
    if reply:
        hdrs += reply_headers(f"0100019c.s73.{slug[:20]}")
    dom = mid_dom or frm.rsplit("@", 1)[1].rstrip(">")
    kw = dict(enc or {})
    body = None
    if text is not None:
        body = text.strip("\n") + "\n"
        if reply:
            body += "\n" + quote(reply) + "\n"
    if html is not None:
        kw["html"] = html
        if fmt == "alt":
            kw["text"] = body
    elif fmt == "text":
        kw["text"] = body
    else:
        kw["html"] = page(text2html(body))
        if fmt == "alt":
            kw["text"] = body
    tol = tuple(tolerated) + (() if "content.spelling" in rules else ("content.spelling",))
    absent = [r for r in ALL_RULES if r not in rules and r not in tol]
    msg = mk(frm, to, subject, mail_date(day, time, tz), f"<{slug}.{day:02d}{time.replace(':', '')}@{dom}>",
             headers=hdrs, related=related, attach=attach, **kw)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, after=after, crlf=crlf, lang="en")


# --------------------------------------------------------------------------------------------
# Real files
# --------------------------------------------------------------------------------------------

def proof_png(text: str) -> bytes:
    img = Image.new("RGB", (420, 260), (244, 236, 222))
    d = ImageDraw.Draw(img)
    d.ellipse([60, 30, 360, 230], outline=(90, 60, 30), width=4)
    d.text((150, 120), text, fill=(60, 40, 20))
    return img_bytes(img, "PNG", optimize=True)


def photo_jpeg(color: tuple[int, int, int], label: str, size=(320, 240)) -> bytes:
    img = Image.new("RGB", size, (236, 236, 230))
    d = ImageDraw.Draw(img)
    d.rectangle([40, 60, size[0] - 40, size[1] - 30], fill=color)
    d.text((54, 30), label, fill=(30, 30, 30))
    return img_bytes(img, "JPEG", quality=84)


def static_gif(text: str) -> bytes:
    img = Image.new("RGB", (200, 50), (30, 70, 50))
    ImageDraw.Draw(img).text((14, 18), text, fill=(240, 240, 220))
    return img_bytes(img.convert("P", palette=Image.ADAPTIVE, colors=8), "GIF")


HELPDESK = ("X-Mailer", "Deskwise Helpdesk 7.2")
REVIEWTOOL = ("X-Mailer", "FeedbackFlow Sender 3.8")
SHOPSYS = ("X-Mailer", "Cartwheel Commerce Notifications/2.4")
OUTLOOK = ("X-Mailer", "Microsoft Outlook 16.0")
APPLE = ("X-Mailer", "Apple Mail (2.3774.500.171)")
THUNDER = ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.11.0")

# Sellers
WREN = "Wren & Thistle Woodcraft <hello@wrenandthistle.co.uk>"          # one-person craft shop (UK)
KOVO = "KOVOLUX Official Store <service@kovolux-tech.com>"              # Chinese electronics brand
HALDEN = "Halden Home Furniture <customercare@haldenhome.co.uk>"        # UK furniture retailer
VERDA = "Verdalife Nutrition <support@verdalifenutrition.com>"          # supplement brand (US)
FOLIO = "Foxglove & Folio Books <books@foxglovefolio.co.uk>"             # second-hand bookseller (UK)
PRAIRIE = "Prairie Loom Textiles <orders@prairieloom.ca>"               # Canadian textiles
GUMTREE = "Gumleaf Outdoor Co. <team@gumleafoutdoor.com.au>"            # Australian outdoor gear
SAFFRON = "Saffron Kitchenware <care@saffronkitchenware.in>"            # Indian kitchenware


def html_page(inner: str, style: str = "") -> str:
    head = f"<style type=\"text/css\">\n{style}\n</style>\n" if style else ""
    return page(inner, "en", head)


# ============================================================================================
# Compliant near-misses
# ============================================================================================

def compliant() -> None:
    o, b = order("wren-engrave", "Personalised Oak Chopping Board, Engraved, Large", "co.uk",
                 shipped="", delivered="")
    case("craft-engraving-proof-png", "relay", [],
         "Custom-design verification with the engraving proof attached as a real PNG; 'free of charge' is about "
         "a correction, not a promotion.",
         to=b, frm=WREN, subject=f"Your engraving proof - order {o}", day=3, headers=(APPLE,),
         attach=((proof_png("The Hendersons - est. 2019"), "image", "png", "engraving-proof.png"),),
         text=f"""Hi there,

Thank you for the personalisation details on order {o}. Before I put the
board under the laser I'd like you to check the layout, which is attached
as a PNG.

The text reads "The Hendersons - est. 2019", centred in an oval. Could you
reply with "approved" or tell me what to change? Changes at this stage are
free of charge; once it's engraved I can't alter the wood.

Best wishes,
Megan
Wren & Thistle Woodcraft""")

    o, b = order("kovo-review", "KOVOLUX 65W GaN USB-C Charger, 3-Port Fast Charging Block")
    case("electronics-review-honest-esl", "relay", [],
         "One neutral review request in second-language English: 'good or not good, all opinion is welcome' "
         "is not gating, no benefit offered.",
         to=b, frm=KOVO, subject=f"About your KOVOLUX charger, order {o}", day=10, tz="+0800",
         headers=(REVIEWTOOL,), fmt="alt", enc=B64,
         text=f"""Dear Customer,

Thanks for choose KOVOLUX. Your 65W charger of order {o} was delivered
some days ago.

One small tip: when you charge laptop and phone together, please use the
top USB-C port for laptop, it gives the full 65W.

If you have time, we are happy to read your review on Amazon. Good or not
good, all opinion is welcome and help other buyers to choose.

KOVOLUX Customer Service Team""")

    o, b = order("halden-wardrobe", "Halden Bergen 3-Door Wardrobe with Mirror, White Oak Effect", "co.uk",
                 shipped="", delivered="", purchased="2026-06-10T11:00:00Z")
    case("furniture-two-man-delivery-slot", "relay", [],
         "Scheduling the delivery of a bulky wardrobe; the phone number belongs to the two-man delivery carrier, "
         "on the carrier's line.",
         to=b, frm=HALDEN, subject=f"Arranging delivery of your wardrobe (order {o})", day=13,
         headers=(HELPDESK,), fmt="alt", enc=W1252,
         text=f"""Dear customer,

Your Bergen wardrobe (order {o}) is packed in three boxes weighing
about 95 kg in total, so it travels with our two-person delivery partner,
Northway Freight, who bring it to the room of your choice.

Northway have offered Thursday 18 June or Saturday 20 June, 8am to 1pm.
Please reply with the day that suits you and tell us about any narrow
stairs or a lift, so they send the right vehicle.

If you would rather speak to the driver's depot directly, Northway
Freight's delivery desk is on 0330 024 7716.

Kind regards,
Owen Pritchard
Halden Home Furniture - Customer Care""")

    o, b = order("verda-prepurchase", "Verdalife Magnesium Glycinate 400mg, 120 Capsules")
    case("supplement-reply-dosage-amazon-link", "relay", [],
         "Reply to a buyer question with an https Amazon link whose text explains it; the mention of 'our "
         "other products' points to the label, not a promotion.",
         to=b, frm=VERDA, subject=f"Re: Can I split the dose? (order {o})", day=11, tz="-0400",
         reply="Hi, can I take two capsules in the morning and two at night instead of four at once?",
         headers=(HELPDESK,), fmt="html",
         text="""Hi,

Yes, splitting the daily amount into two servings of two capsules is fine
and many customers find it easier on the stomach. Take them with food and
a full glass of water.

The full label, including the supplement facts panel, is on the product
page: https://www.amazon.com/dp/B0D7MGLY40

As with any supplement, please check with your doctor if you take
prescription medicines.

Best,
Rachel at Verdalife""")

    o, b = order("folio-oos", "The Country Diaries of a Wiltshire Vicar, 1923 First Edition, Hardback", "co.uk",
                 **OOS)
    case("books-oos-refunded-no-cancel", "relay", [],
         "Unavailable book: the full amount was refunded with the no-inventory reason and the buyer is told they "
         "need not cancel anything (cancellation vocabulary, but no request).",
         to=b, frm=FOLIO, subject=f"Order {o}: we're sorry, this copy is no longer available", day=13,
         headers=(THUNDER,), enc=L1, text=f"""Dear reader,

I'm very sorry: the first edition of "The Country Diaries of a Wiltshire
Vicar" on order {o} was sold in our shop on the same morning,
before our listing updated.

I have refunded the full order amount of =A342.00 through Amazon, marked as
"no inventory". You don't need to cancel the order or do anything else;
the refund should show on your statement within a few working days.

With apologies,
Gwen Aldous
Foxglove & Folio Books""".replace("=A3", "\u00a3"))

    o, b = order("folio-invoice", "Collected Poems of Edward Thomas, Faber 1949, Cloth", "co.uk")
    case("books-vat-invoice-pdf", "relay", [],
         "Invoice sent as a real PDF attachment; the VAT registration and company numbers are not phone numbers.",
         to=b, frm=FOLIO, subject=f"VAT invoice for order {o}", day=8, headers=(THUNDER,),
         attach=((make_pdf("Invoice FF-2026-0611", [
             "Foxglove & Folio Books - Invoice FF-2026-0611",
             f"Amazon order {o}", "Collected Poems of Edward Thomas, Faber 1949   GBP 28.50",
             "VAT: books are zero-rated", "VAT reg. GB 318 4427 09   Company no. 11820465"],
             producer="Folio Ledger 1.3"), "application", "pdf", "invoice-FF-2026-0611.pdf"),),
         text=f"""Dear customer,

As requested, the invoice for order {o} is attached as a PDF.

Printed books are zero-rated, so the VAT line shows 0.00. Our VAT
registration is GB 318 4427 09 and our company number is 11820465, in
case your accounts department needs them.

Kind regards,
Gwen Aldous
Foxglove & Folio Books""")

    o, b = order("verda-return", "Verdalife Plant Protein Powder, Chocolate, 2 lb Tub")
    case("supplement-return-lot-number", "relay", [],
         "Return-related message that asks for the lot number needed to process the return of a possibly "
         "faulty tub: permitted information request.",
         to=b, frm=VERDA, subject=f"Your return request for order {o}", day=12, tz="-0400",
         headers=(HELPDESK,), fmt="alt",
         text=f"""Hello,

We've received your return request for the chocolate protein powder on
order {o}, where you mentioned the powder had clumped.

To complete the return we need the lot number printed on the bottom of the
tub (it starts with VL and is followed by six digits). Could you reply with
it? We use it to check the batch with our quality team before the refund
goes through.

Thank you,
Marcus
Verdalife Nutrition""")

    o, b = order("kovo-warranty", "KOVOLUX Noise Cancelling Headphones H7, Bluetooth 5.3, Black")
    case("electronics-reply-warranty-line", "relay", [],
         "Reply to a fault report with the manufacturer's warranty service number, allowed because the "
         "warranty word stands on the line before.",
         to=b, frm=KOVO, subject=f"Re: Left ear no sound - order {o}", day=13, tz="+0800",
         reply="The left side stopped working after 5 days. What can I do?", headers=(HELPDESK,),
         text=f"""Dear Customer,

Very sorry for the left earcup problem on your H7 headphones (order
{o}). Please first try reset: hold power and ANC button together
for 10 seconds until the light flash red and blue.

If still no sound, the headphones have 18 months manufacturer warranty.
Our warranty service center in US can be reached on +1 888 406 2219,
Monday to Friday 9:00-17:00 EST, they will arrange a replacement.

Best regards,
Lily Zhang
KOVOLUX After-sales""")

    o, b = order("halden-partial", "Halden Ashby Round Dining Table, Solid Oak, 120cm", "co.uk")
    case("furniture-partial-refund-scratch", "relay", [],
         "Return follow-up offering a partial refund for a scratched table top as an alternative to a full "
         "return; 'bare wood' is furniture vocabulary, not sensitive content.",
         to=b, frm=HALDEN, subject=f"Your Ashby table - order {o}", day=11, headers=(HELPDESK,), fmt="html",
         enc=W1252, text=f"""Dear customer,

Thank you for the photos of the scratch on the top of your Ashby table
(order {o}). It has gone through the lacquer but not into the bare
wood, so it can be repaired at home.

Rather than collecting a 40 kg table, we can offer a partial refund of
\u00a375.00 and send you a free colour-matched touch-up kit. If you'd still
prefer a full return, that's absolutely fine too - just let us know which
you would like.

Kind regards,
Priya Nair
Halden Home Furniture""")

    o, b = order("wren-delay", "Hand-Dyed Merino Sock Yarn, 100g Skein, Moorland Heather", "co.uk",
                 shipped="", delivered="", purchased="2026-06-08T09:00:00Z")
    case("craft-delay-colon-near-misses", "relay", [],
         "Dispatch delay notice full of colon near-misses (9:30, 1:2, Step 2:, Skein 3:) that are not emoticons.",
         to=b, frm=WREN, subject=f"A short delay on your yarn (order {o})", day=12, headers=(APPLE,),
         text=f"""Hello,

I'm writing about order {o}, your skein of Moorland Heather. The
first dye bath came out too pale, so I am re-dyeing it and it will
leave here on Wednesday rather than Monday, two days later than the
listing says.

For the curious, here is what happened:
Step 1: the wool soaks overnight.
Step 2: the dye goes in at a 1:2 ratio of heather to indigo.
Skein 3: this is yours, and it will be rinsed by 9:30 on Tuesday.

If you would prefer not to wait, let me know and I'll sort it out.

Megan
Wren & Thistle Woodcraft""")

    o, b = order("gum-where", "Gumleaf Ultralight 2-Person Hiking Tent, 1.6kg", "com.au")
    case("au-reply-where-is-parcel-tracking", "relay", [],
         "Reply to 'where is my parcel?' with the tracking number and carrier: a reply, so the dispatch "
         "confirmation rule does not apply.",
         to=b, frm=GUMTREE, subject=f"Re: Where is my tent? Order {o}", day=4, tz="+1000",
         reply="Hi, my order says shipped but I can't see any tracking. Has it been sent?", headers=(THUNDER,),
         text="""G'day,

Yes, it went out on 2 June with Australia Post. The tracking number is
33TGM501827904 and the parcel is showing at the Sydney sorting facility
this morning, so it should be with you in two to three business days.

Cheers,
Tom
Gumleaf Outdoor Co.""")

    o, b = order("kovo-first-review", "KOVOLUX Smart Plug Mini 4-Pack, Works with Alexa")
    case("electronics-review-tool-first-request", "relay", [],
         "First and only review request for this order from a review tool, with a descriptive https Amazon link.",
         to=b, frm=KOVO, subject=f"How are the smart plugs working? Order {o}", day=9, tz="+0800",
         headers=(REVIEWTOOL,), mid_dom="mail.feedbackflow.io", enc=B64,
         html=html_page(f"""<p>Hello,</p>
<p>Your KOVOLUX Smart Plug Mini 4-Pack from order {o} arrived a few days ago. If the plugs do not
appear in the Alexa app, hold the button for 6 seconds until the light blinks fast and search again.</p>
<p>When you have used them for a while, would you share a review on Amazon? It takes a minute and
helps other shoppers.</p>
<p><a href="https://www.amazon.com/review/review-your-purchases/?asin=B0CQ7PLUG4">Review the smart plugs on Amazon</a></p>
<p>KOVOLUX Team</p>"""))

    o, b = order("verda-nothing", "Verdalife Vitamin D3 + K2 Drops, 30ml")
    case("supplement-feedback-no-incentive", "relay", [],
         "Seller feedback request that says nothing is offered in return and that any rating is welcome: "
         "incentive and gating vocabulary without either.",
         to=b, frm=VERDA, subject=f"A quick question about order {o}", day=14, tz="-0400",
         headers=(REVIEWTOOL,), mid_dom="mail.feedbackflow.io", fmt="alt", text=f"""Hi,

Your Vitamin D3 + K2 drops (order {o}) arrived last week. Shake the
bottle before each use; the K2 settles at the bottom.

If you have a minute, we'd appreciate seller feedback on how we handled
your order. We don't offer discounts, gifts or refunds for feedback, and a
low rating is just as useful to us as a high one.

Thanks,
Verdalife Nutrition""")

    o, b = order("halden-revreply", "Halden Oslo Bedside Table with 2 Drawers, Grey", "co.uk")
    case("furniture-reply-to-review-mention", "relay", [],
         "Reply to a buyer who mentions their review: the seller fixes the problem and explicitly leaves the "
         "review alone, so no removal or update request.",
         to=b, frm=HALDEN, subject=f"Re: Drawer runner broken - order {o}", day=12, headers=(HELPDESK,),
         reply="The bottom drawer runner snapped on day one. I've put this in my review too.",
         text=f"""Dear customer,

I'm sorry the bottom drawer runner on your Oslo bedside table (order
{o}) failed so quickly. A replacement pair of runners and the
screws are going out to you today by Royal Mail Tracked 48, no need to
return anything.

Your review is yours to write as you see fit; we've passed the details
to our supplier so the batch can be checked.

Kind regards,
Owen Pritchard
Halden Home Furniture""")

    o, b = order("halden-damage", "Halden Hove Velvet Armchair, Emerald", "co.uk")
    case("furniture-helpdesk-logo-photo-request", "relay", [],
         "Helpdesk HTML with an unlinked inline brand logo that has alt text and a small width, default styling, "
         "asking for a photo of transit damage.",
         to=b, frm=HALDEN, subject=f"Order {o} - was the armchair damaged?", day=9,
         headers=(HELPDESK,), mid_dom="mail.deskwise.io", fmt="alt",
         related=((logo_png("HALDEN HOME"), "image", "png", "<halden-logo@deskwise.io>", "halden-logo.png"),),
         text=f"""Dear customer,

The carrier has told us the box for your Hove armchair (order {o})
was dropped at the depot. Could you check the legs and the back frame, and
if anything is cracked or loose reply with a photo? We'll then send
replacement parts or a new chair, whichever you prefer.

Kind regards,
Priya Nair
Halden Home Furniture""",
         html=html_page(f"""<p><img src="cid:halden-logo@deskwise.io" alt="Halden Home Furniture" width="150" height="44"></p>
<p>Dear customer,</p>
<p>The carrier has told us the box for your Hove armchair (order {o}) was dropped at the depot.
Could you check the legs and the back frame, and if anything is cracked or loose reply with a photo?
We'll then send replacement parts or a new chair, whichever you prefer.</p>
<p>Kind regards,<br>Priya Nair<br>Halden Home Furniture</p>""", "p { margin: 0 0 12px 0; }"))

    o, b = order("prairie-bilingual", "Prairie Loom Wool Throw Blanket, 130x180cm, Oatmeal", "ca")
    ORDERS["prairie-bilingual"]["buyer_language"] = "fr"
    case("ca-bilingual-en-fr-backorder", "relay", [],
         "Bilingual English/French delay notice to a French-speaking amazon.ca buyer: it includes the buyer's "
         "language.",
         to=b, frm=PRAIRIE, subject=f"Order/Commande {o}: short delay / court retard", day=11, tz="-0500",
         headers=(OUTLOOK,), enc=W1252, text=f"""Hello,

Your wool throw (order {o}) needs two more days on the loom; it will
ship on Wednesday 17 June instead of Monday. If you'd rather not wait, just
reply and we'll take care of it.

Bonjour,

Votre jet\u00e9 en laine (commande {o}) a besoin de deux jours de plus
sur le m\u00e9tier \u00e0 tisser ; il sera exp\u00e9di\u00e9 le mercredi 17 juin au lieu de lundi.
Si vous pr\u00e9f\u00e9rez ne pas attendre, r\u00e9pondez-nous simplement et nous nous en
occuperons.

Prairie Loom Textiles""")

    o, b = order("saffron-mattress", "Saffron Cast Iron Tawa and Kadai Combo, 12 inch, 9 kg", "in",
                 shipped="", delivered="", purchased="2026-06-11T06:30:00Z")
    case("in-courier-number-heavy", "relay", [],
         "Scheduling delivery of a heavy parcel on amazon.in; the Indian phone number is the courier partner's, "
         "in the same sentence as 'courier'.",
         to=b, frm=SAFFRON, subject=f"Delivery slot for your order {o}", day=13, tz="+0530",
         headers=(OUTLOOK,), text=f"""Dear Customer,

Your cast iron combo for order {o} weighs about 9 kg, so our courier
partner BlueLine Surface Express will call before delivery. Please reply
with a convenient day this week and the nearest landmark to your address.

If you miss their call, the BlueLine courier helpline is +91 80 4718 2260.

Regards,
Anjali Menon
Saffron Kitchenware""")

    o, b = order("gum-unit", "Gumleaf Insulated Camp Mug Set, 4 x 350ml", "com.au",
                 shipped="", delivered="", purchased="2026-06-13T02:00:00Z")
    case("au-address-unit-number", "relay", [],
         "Requesting information needed to complete the order (the unit number); 'packed and ready' describes "
         "the hold-up, it is not a dispatch confirmation.",
         to=b, frm=GUMTREE, subject=f"Unit number needed for order {o}", day=14, tz="+1000", headers=(THUNDER,),
         text=f"""Hi,

Your mug set (order {o}) is packed and ready, but the delivery
address has a street number and no unit or apartment number, and the
courier tells us the building has 40 units.

Could you reply with the unit number? As soon as we have it the parcel can
go out.

Thanks,
Tom
Gumleaf Outdoor Co.""")

    o, b = order("folio-day29", "A Field Guide to British Moths, 2nd Edition, Paperback", "co.uk",
                 purchased="2026-05-11T10:00:00Z", shipped="2026-05-12T10:00:00Z",
                 delivered="2026-05-16T18:00:00Z")
    case("books-feedback-day-29", "relay", [],
         "Seller feedback request 29 days 18 hours after delivery, still inside the 30-day window.",
         to=b, frm=FOLIO, subject=f"Order {o} - your moth guide", day=15, time="12:00:00", tz="+0000",
         headers=(THUNDER,), text=f"""Dear customer,

I hope the moth guide from order {o} arrived in the condition
described. Second-hand paperbacks travel less gracefully than new ones.

If you have a moment, feedback on the seller side of things - packing,
description, speed - helps a small shop like ours a great deal.

Kind regards,
Gwen Aldous
Foxglove & Folio Books""")

    o, b = order("kovo-shipped-only", "KOVOLUX 20000mAh Power Bank, PD 22.5W", delivered="",
                 shipped="2026-05-22T03:00:00Z", purchased="2026-05-21T03:00:00Z")
    case("electronics-lost-parcel-shipped-24-days", "relay", [],
         "No delivery date: completion falls back to the shipping date (24 days ago), inside the window; a "
         "lost-parcel investigation is a fulfilment issue.",
         to=b, frm=KOVO, subject=f"Your power bank order {o} - carrier investigation", day=15, time="08:30:00",
         tz="+0800", headers=(HELPDESK,), text=f"""Dear Customer,

We noticed the tracking for your power bank (order {o}) has not
moved since 26 May. We have opened an investigation with the carrier.

Could you tell us if any card or note was left at your door? If the
carrier confirm the parcel is lost, we will send a new one without any
cost to you.

Best regards,
KOVOLUX After-sales""")

    o, b = order("wren-unknown", "Walnut Ring Dish, Hand-Turned, Small", "co.uk")
    ORDERS["wren-unknown"]["buyer_email"] = ""
    ORDERS["wren-unknown"]["buyer_language"] = ""
    case("craft-unknown-buyer-care-tips", "relay", [],
         "Order whose buyer address the store does not know (no mismatch); care instructions with an offer of "
         "help are more than thanks, and the product-care advice is not marketing.",
         to=b, frm=WREN, subject=f"Looking after your ring dish (order {o})", day=10, headers=(APPLE,),
         enc=ASCII, text=f"""Hello,

Your walnut ring dish (order {o}) is finished with food-safe oil
only, no varnish, so please keep it away from perfume and nail polish
remover, which will mark the surface.

Once every few months, rub in a drop of olive or walnut oil with a soft
cloth and wipe off the excess after ten minutes.

If the dish ever develops a crack, tell me and I'll make it right.

Megan
Wren & Thistle Woodcraft""")

    o, b = order("wren-optout", "Engraved Beech Keepsake Box, 20cm", "co.uk",
                 shipped="", delivered="", purchased="2026-06-12T08:00:00Z")
    case("craft-opt-out-of-lid-lettering", "relay", [],
         "Custom-design question where the buyer may 'opt out' of the lid lettering: opt-out vocabulary with no "
         "messaging opt-out.",
         to=b, frm=WREN, subject=f"Question about your keepsake box lettering - order {o}", day=13,
         headers=(APPLE,), fmt="alt", text=f"""Hello,

Thank you for ordering the keepsake box (order {o}). The name you
gave, "Alexandria Montgomery-Whitfield", is longer than the lid allows
at the standard letter height.

I can either engrave it over two lines, or use initials on the lid and
the full name inside. You can also opt out of lid lettering entirely and
keep only the inside engraving. Which would you like?

Megan
Wren & Thistle Woodcraft""")

    o, b = order("folio-condition", "Mrs Beeton's Book of Household Management, 1907 Reprint", "co.uk")
    case("books-reply-condition-txt", "relay", [],
         "Reply with a plain-text condition report attached (an allowed type) and advice not to send personal "
         "contact details: email and phone vocabulary without either.",
         to=b, frm=FOLIO, subject=f"Re: Condition of the Mrs Beeton - order {o}", day=7, headers=(THUNDER,),
         reply="Could you tell me more about the foxing on the pages? I want to rebind it.",
         attach=((("Condition report - Mrs Beeton 1907 reprint\n"
                   "Binding: original cloth, spine faded, hinges sound\n"
                   "Foxing: light, pages 1-40 and 610-end\n"
                   "Plates: all 32 present\n").encode("ascii"), "text", "plain", "condition-report.txt"),),
         text=f"""Dear customer,

The full condition notes for the book on order {o} are attached as
a short text file. In short, the foxing is light and limited to the first
and last few signatures, so it should rebind well.

There is no need to share your email address or phone number with us;
reply here through Amazon and I'll see it.

Kind regards,
Gwen Aldous""")

    o, b = order("verda-reship", "Verdalife Omega-3 Fish Oil 1200mg, 180 Softgels")
    case("supplement-heat-damage-replacement", "relay", [],
         "Fulfilment issue (softgels melted in a heatwave): a replacement with an https link to Amazon's order "
         "page with explanatory text; 'free' replacement is not an incentive.",
         to=b, frm=VERDA, subject=f"Heat warning for order {o}", day=12, tz="-0400", headers=(HELPDESK,),
         mid_dom="mail.deskwise.io", enc=B64,
         html=html_page(f"""<p>Hi,</p>
<p>Your Omega-3 softgels (order {o}) travelled through the Phoenix hub during last week's
heatwave. If the softgels are stuck together or smell fishy, please don't take them: reply with a
photo and we will send a free replacement straight away.</p>
<p>You can check the delivery status any time on
<a href="https://www.amazon.com/gp/your-account/order-history">your Amazon order history page</a>.</p>
<p>Best,<br>Rachel<br>Verdalife Nutrition</p>"""))


    case("kitchen-reply-prepurchase-bundle", "relay", [],
         "Reply to a shopper's pre-purchase question about a bigger set (no order yet): naming another listing "
         "in answer to the question is customer service, not marketing; no order ID is needed in a reply.",
         to="q7v2k9x4m1c8r5t@marketplace.amazon.in", frm=SAFFRON, subject="Re: Is there a 3-piece version?",
         day=10, tz="+0530", reply="Do you sell this tawa together with the kadai and a lid as a set?",
         headers=(OUTLOOK,), text="""Dear Customer,

Yes, the same tawa and kadai are also listed as a three-piece set with a
glass lid. You can see that listing here:
https://www.amazon.in/dp/B0CSAFF3PC

The lid fits the 12 inch kadai only, not the tawa.

Regards,
Anjali Menon
Saffron Kitchenware""")

    o, b = order("gum-thx-reply", "Gumleaf Camp Chair, Lightweight, 1.1kg", "com.au")
    case("au-reply-to-buyer-thanks", "relay", [],
         "Reply to a buyer's own thank-you note: a short thank-you is fine in a reply, the purpose rules apply "
         "to proactive messages only.",
         to=b, frm=GUMTREE, subject=f"Re: Chair arrived - order {o}", day=9, tz="+1000",
         reply="Just wanted to say the chair arrived and it's perfect. Thanks!", headers=(APPLE,),
         text="""Hi,

Thanks heaps for letting us know, that's great to hear. Enjoy the
campfires!

Tom
Gumleaf Outdoor Co.""")

    o, b = order("folio-fb-ignore", "Akenfield, Ronald Blythe, 1969 First Edition", "co.uk")
    case("books-feedback-if-already-ignore", "relay", [],
         "First feedback request for this order with 'if you have already left feedback, please ignore this': "
         "neither a repeat nor a request to change existing feedback.",
         to=b, frm=FOLIO, subject=f"Akenfield - order {o}", day=12, headers=(REVIEWTOOL,),
         mid_dom="mail.feedbackflow.io", fmt="alt", enc=L1, text=f"""Dear customer,

I hope Akenfield (order {o}) arrived safely and as described.

We'd be grateful for your seller feedback on Amazon, whatever you thought
of the packing and the description. If you have already left feedback,
please ignore this note - and thank you.

Gwen Aldous
Foxglove & Folio Books""")

    o, b = order("folio-lady", "Lady Chatterley's Lover, D.H. Lawrence, Penguin 1961 Second Edition", "co.uk",
                 shipped="", delivered="", purchased="2026-06-13T10:00:00Z")
    case("books-chatterley-torn-jacket-choice", "relay", [],
         "Fulfilment question about an undisclosed flaw, offering a partial refund or a full refund; the title and "
         "the 'obscenity trial' are bibliographic facts, not sensitive content.",
         to=b, frm=FOLIO, subject=f"A flaw in your copy - order {o}", day=14, headers=(THUNDER,), text=f"""Dear customer,

While packing order {o}, the Penguin "Lady Chatterley's Lover" of
1961 (the second edition, with the dedication to the jurors of the
obscenity trial), I found a 2 cm tear on the back cover that our listing
doesn't mention.

Would you like me to send it anyway with a partial refund of £3.00, or
would you rather I refund the order in full? Either is fine with me.

Kind regards,
Gwen Aldous""")

    o, b = order("gum-gif-static", "Gumleaf Quick-Dry Trek Towel, Large", "com.au")
    case("au-static-gif-logo", "relay", [],
         "Shop-system HTML with an inline single-frame GIF logo that has alt text and a modest width: not "
         "animated, not too wide.",
         to=b, frm=GUMTREE, subject=f"Wrong colour sent? Order {o}", day=8, tz="+1000", headers=(SHOPSYS,),
         related=((static_gif("GUMLEAF OUTDOOR"), "image", "gif", "<gl-logo@gumleafoutdoor.com.au>",
                   "gumleaf-logo.gif"),),
         html=html_page(f"""<p><img src="cid:gl-logo@gumleafoutdoor.com.au" alt="Gumleaf Outdoor Co." width="200" height="50"></p>
<p>Hi,</p>
<p>Our packing check suggests the trek towel in order {o} may have gone out in olive instead of the
slate you ordered. Could you reply with the colour you received? If it's olive, we'll send slate and you
can keep the other one.</p>
<p>Tom, Gumleaf Outdoor Co.</p>"""))

    o, b = order("verda-three", "Verdalife Creatine Monohydrate, Unflavoured, 500g")
    case("supplement-three-sizes-left-aligned", "relay", [],
         "Helpdesk HTML with exactly three text sizes (a heading, default text, 12px small print) and an "
         "explicit text-align:left: inside every styling limit.",
         to=b, frm=VERDA, subject=f"Scoop missing from order {o}?", day=9, tz="-0400", headers=(HELPDESK,),
         mid_dom="mail.deskwise.io",
         html=html_page(f"""<div style="text-align:left; padding:0 24px">
<h3>About the scoop</h3>
<p>Hi, a few tubs from the batch shipped with order {o} were packed without the 5g scoop. Is yours
missing one? Reply with yes or no and we'll post a scoop if needed.</p>
<p style="font-size:12px">Verdalife Nutrition, 410 Cedar Ave, Boise, ID 83702, USA</p>
</div>"""))


# ============================================================================================
# One focused violation each
# ============================================================================================

def focused() -> None:
    # ---- B. order context
    o, b = order("halden-noid", "Halden Compton 2-Seater Sofa Bed, Charcoal", "co.uk",
                 shipped="", delivered="", purchased="2026-06-11T15:00:00Z")
    case("furniture-order-id-no-dashes", "reject", ["order-id.missing"],
         "Delivery-slot request whose order number is written without its dashes, so there is no 3-7-7 order ID.",
         to=b, frm=HALDEN, subject="Booking your sofa bed delivery", day=13, headers=(HELPDESK,),
         text=f"""Dear customer,

Your Compton sofa bed (order no. {o.replace('-', '')}) is ready to go out
with our two-person team. It is a 68 kg delivery, so we need to book a day
with you: Tuesday 16 or Friday 19 June, both 7am to 12pm.

Please reply with the day that suits you best.

Kind regards,
Owen Pritchard
Halden Home Furniture""")

    o, b = order("kovo-typo", "KOVOLUX 4K Webcam with Privacy Cover")
    bad = o[:-1] + str((int(o[-1]) + 3) % 10)
    case("electronics-order-id-typo", "reject", ["order-id.unknown"],
         "A well-formed order ID with a mistyped last digit: not an order of this seller.",
         to=b, frm=KOVO, subject=f"Driver for webcam, order {bad}", day=11, tz="+0800", headers=(HELPDESK,),
         text=f"""Dear Customer,

For your webcam of order {bad}: if Windows show the camera only in
1080p, please install the free KOVOLUX Camera driver from Microsoft Store
(search "KOVOLUX Camera"), then 4K option will appear in Settings.

Best regards,
KOVOLUX Support""")

    o, b = order("verda-mismatch-a", "Verdalife Ashwagandha KSM-66, 90 Capsules")
    o2, b2 = order("verda-mismatch-b", "Verdalife Elderberry Gummies, 60 Count")
    case("supplement-wrong-buyer-thread", "reject", ["order-id.buyer-mismatch"],
         "Message about one buyer's order sent to a different buyer's relay address (helpdesk picked the wrong "
         "thread).",
         to=b2, frm=VERDA, subject=f"Checking the seal on order {o}", day=10, tz="-0400", headers=(HELPDESK,),
         text=f"""Hi,

One of the ashwagandha bottles packed on the same day as your order
{o} was found with a loose inner seal. Could you check that the foil
under your cap is intact and reply to let us know? If it isn't, we'll send
a replacement bottle.

Thanks,
Marcus
Verdalife Nutrition""")

    o, b = order("folio-old", "Wainwright's Pictorial Guide to the Lakeland Fells, Book 4", "co.uk",
                 purchased="2026-05-04T10:00:00Z", shipped="2026-05-05T10:00:00Z",
                 delivered="2026-05-09T13:00:00Z")
    case("books-review-37-days", "reject", ["window.expired"],
         "Proactive review request 37 days after delivery, outside the 30-day window.",
         to=b, frm=FOLIO, subject=f"Your Wainwright guide (order {o})", day=15, tz="+0100", headers=(THUNDER,),
         text=f"""Dear customer,

It has been a little while since the Wainwright guide from order
{o} reached you, and I hope it has seen some fell walking.

If you have a moment, an honest review on Amazon would be much
appreciated.

Kind regards,
Gwen Aldous
Foxglove & Folio Books""")

    o, b = order("prairie-fr", "Prairie Loom Linen Tea Towels, Set of 4", "ca")
    ORDERS["prairie-fr"]["buyer_language"] = "fr"
    case("ca-english-to-french-buyer", "quarantine", ["language.mismatch"],
         "English-only message to an amazon.ca buyer whose language of preference is French.",
         to=b, frm=PRAIRIE, subject=f"Colour question for order {o}", day=13, tz="-0500", headers=(OUTLOOK,),
         text=f"""Hello,

We've just run out of the sage stripe for one of the four tea towels in
order {o}. Would a towel in the plain sage linen be acceptable, or
would you prefer us to wait one week for the next weaving?

Thank you,
Prairie Loom Textiles""")

    o, b = order("kovo-es", "KOVOLUX Robot Vacuum R3, 2700Pa Suction")
    ORDERS["kovo-es"]["buyer_language"] = "es"
    case("electronics-english-to-spanish-buyer", "quarantine", ["language.mismatch"],
         "English message to an amazon.com buyer whose recorded language is Spanish.",
         to=b, frm=KOVO, subject=f"Firmware update for robot vacuum, order {o}", day=12, tz="+0800",
         headers=(HELPDESK,), text=f"""Dear Customer,

For your robot vacuum R3 (order {o}), a firmware update fixes the
problem where the robot cannot find the dock. In the KOVOLUX Home app,
open Settings, then Firmware, and press Update. It takes about 8 minutes.

Please keep the robot on the dock during update.

KOVOLUX Support""")

    # ---- C. message types
    o, b = order("saffron-dispatch", "Saffron Stainless Steel Pressure Cooker, 5 Litre", "in",
                 delivered="", shipped="2026-06-14T05:00:00Z", purchased="2026-06-13T05:00:00Z")
    case("in-shop-system-dispatched", "quarantine", ["type.order-confirmation"],
         "Shop-system dispatch notice with courier and AWB number and nothing else: a dispatch confirmation.",
         to=b, frm=SAFFRON, subject=f"Your order {o} has been dispatched", day=14, tz="+0530",
         headers=(SHOPSYS,), fmt="alt", text=f"""Dear Customer,

Good news! Your order {o} (Saffron Stainless Steel Pressure Cooker,
5 Litre) was handed over to our courier today.

Courier: BlueLine Surface Express
AWB number: 7720 4418 9051

Expected delivery: 17-18 June.

Saffron Kitchenware""")

    o, b = order("wren-received", "Set of 4 Olive Wood Coasters, Engraved Initials", "co.uk",
                 shipped="", delivered="", purchased="2026-06-14T20:00:00Z")
    case("craft-order-received-note", "quarantine", ["type.order-confirmation"],
         "Warm note that only confirms the order was received and is in the making queue: an order confirmation.",
         to=b, frm=WREN, subject=f"Your coasters are in the queue - order {o}", day=15, time="07:40:00",
         headers=(APPLE,), text=f"""Hello,

Just to let you know your order {o} for the olive wood coasters
has come through safely and is now in my making queue. The initials you
entered, "R & J", will be engraved exactly as written.

Megan
Wren & Thistle Woodcraft""")

    o, b = order("verda-thanks", "Verdalife Collagen Peptides, Unflavoured, 454g")
    case("supplement-thanks-here-to-help", "quarantine", ["type.thank-you-only"],
         "Thanks for the purchase and an offer of help, with nothing else to say.",
         to=b, frm=VERDA, subject=f"Thank you for order {o}", day=9, tz="-0400", headers=(SHOPSYS,),
         fmt="html", text=f"""Hi there,

Thank you for choosing Verdalife for order {o}. We're a small team
and every order genuinely means a lot to us.

If you have any questions at all about your collagen, we're only a
message away.

Warmly,
The Verdalife Team""")

    o, b = order("gum-thanks", "Gumleaf Merino Hiking Socks, 3 Pairs, Size M", "com.au")
    case("au-thanks-for-supporting", "quarantine", ["type.thank-you-only"],
         "A thank-you note hoping the socks fit well and inviting questions: nothing that needs saying remains.",
         to=b, frm=GUMTREE, subject=f"Cheers for your order {o}", day=8, tz="+1000", headers=(THUNDER,),
         text=f"""Hi,

Cheers for picking Gumleaf for your merino socks (order {o}).
We hope they keep your feet warm and blister-free on the trail.

Any questions, just hit reply.

Tom and the Gumleaf crew""")

    o, b = order("folio-sale", "Old Herbaceous by Reginald Arkell, 1950 Hardback", "co.uk")
    case("books-invoice-ps-sale", "quarantine", ["type.marketing"],
         "Invoice message with a postscript announcing a summer sale on the rest of the stock.",
         to=b, frm=FOLIO, subject=f"Invoice for order {o}", day=9, headers=(THUNDER,),
         attach=((make_pdf("Invoice FF-2026-0588", [
             "Foxglove & Folio Books - Invoice FF-2026-0588", f"Amazon order {o}",
             "Old Herbaceous, Reginald Arkell, 1950   GBP 14.00"], producer="Folio Ledger 1.3"),
             "application", "pdf", "invoice-FF-2026-0588.pdf"),),
         text=f"""Dear customer,

Your invoice for order {o} is attached, as you asked.

P.S. Our summer sale starts on Friday: 20% off every gardening title in
our Amazon storefront for one week only.

Kind regards,
Gwen Aldous
Foxglove & Folio Books""")

    o, b = order("wren-insta", "Cherry Wood Serving Paddle, Personalised", "co.uk")
    case("craft-care-tips-follow-instagram", "quarantine", ["type.marketing"],
         "Useful care tips, then an invitation to follow the shop on Instagram for new designs: a social-media "
         "follow request.",
         to=b, frm=WREN, subject=f"Caring for your serving paddle (order {o})", day=10, headers=(APPLE,),
         fmt="alt", text=f"""Hello,

A quick note on your cherry paddle from order {o}: hand wash only,
dry it standing up, and oil it once a month for the first year.

I post new designs most weeks - follow @wrenandthistle on Instagram to see
the autumn range before it reaches the shop.

Megan""")

    o, b = order("kovo-warranty-inc", "KOVOLUX Wireless Earbuds E5, ANC, 40h Battery")
    case("electronics-warranty-extension-for-review", "reject", ["review.incentive"],
         "Offers to extend the warranty from 12 to 24 months once the buyer has reviewed: a future benefit for "
         "a review.",
         to=b, frm=KOVO, subject=f"Register your earbuds warranty - order {o}", day=10, tz="+0800",
         headers=(REVIEWTOOL,), mid_dom="mail.feedbackflow.io", text=f"""Dear Customer,

Your E5 earbuds of order {o} come with 12 months warranty. To
register, just reply with the serial number inside the charging case lid.

Also, after you post your review on Amazon, send us the review screenshot
and we upgrade your warranty to 24 months.

KOVOLUX Team""")

    o, b = order("halden-stars", "Halden Sefton Oak Bookcase, 5 Shelves", "co.uk")
    case("furniture-five-star-steer", "reject", ["review.incentive"],
         "Assembly follow-up that asks for a review and steers to the top rating ('five stars would make our "
         "month').",
         to=b, frm=HALDEN, subject=f"Your Sefton bookcase - order {o}", day=11, headers=(HELPDESK,),
         fmt="alt", enc=W1252, text=f"""Dear customer,

We hope the Sefton bookcase from order {o} went together smoothly.
Remember to fix it to the wall with the anti-tip strap in the fittings
bag; it matters with a full load of books.

When you have a moment, we'd love a review on Amazon - five stars from a
happy customer would honestly make our month.

Kind regards,
Priya Nair
Halden Home Furniture""")

    o, b = order("gum-revise", "Gumleaf Self-Inflating Sleeping Mat, 5cm", "com.au")
    case("au-reply-revise-review-after-fix", "reject", ["review.removal-request"],
         "Reply after a replacement valve was sent, asking the buyer to revise their existing review.",
         to=b, frm=GUMTREE, subject=f"Re: Mat keeps deflating - order {o}", day=13, tz="+1000",
         reply="The new valve works, thanks. Mat holds air all night now.", headers=(THUNDER,),
         text=f"""Hi,

Great to hear the replacement valve fixed the mat on order {o}.
The first batch of valves had a thin seal and we've changed supplier.

Since it's all sorted now, would you mind revisiting the 2-star review you
posted last week so it reflects how things turned out?

Cheers,
Tom""")

    o, b = order("folio-fbremove", "The Observer's Book of Birds, 1952, Dust Jacket", "co.uk")
    case("books-feedback-take-down-courier", "reject", ["review.removal-request"],
         "Asks the buyer to take down negative seller feedback because the delay was the courier's fault.",
         to=b, frm=FOLIO, subject=f"Your feedback on order {o}", day=12, headers=(THUNDER,),
         text=f"""Dear customer,

I saw your feedback about the late arrival of order {o}, and I
understand the frustration. Our records show the book was posted the day
you ordered it; the courier held it at their depot for six days.

As the delay wasn't down to us, would you be willing to take the
feedback down? It weighs heavily on a small shop's rating.

Kind regards,
Gwen Aldous""")

    o, b = order("halden-gate", "Halden Rye Storage Bench with Cushion, Natural", "co.uk")
    case("furniture-review-if-happy-else-us", "reject", ["review.conditional"],
         "Review gating: review the bench if it met expectations, otherwise contact the seller first.",
         to=b, frm=HALDEN, subject=f"How is your storage bench? (order {o})", day=12, headers=(REVIEWTOOL,),
         mid_dom="mail.feedbackflow.io", fmt="html", text=f"""Dear customer,

Your Rye storage bench from order {o} should have settled in by
now. If the cushion has flattened, a day in the sun plumps it back up.

If the bench has lived up to your expectations, we'd be grateful for a
review on Amazon. And if it hasn't, please talk to us first so we can put
it right before anything goes online.

Kind regards,
Halden Home Furniture""")

    o, b = order("verda-gate", "Verdalife Probiotic 50 Billion CFU, 60 Capsules")
    case("supplement-loving-it-review", "reject", ["review.conditional"],
         "A review requested only from buyers who are 'loving' the product; the others are sent to support.",
         to=b, frm=VERDA, subject=f"Two weeks in with your probiotic - order {o}", day=14, tz="-0400",
         headers=(REVIEWTOOL,), mid_dom="mail.feedbackflow.io", text=f"""Hi,

You've been taking the probiotic from order {o} for about two weeks,
which is when most people notice a difference. Keep the bottle in the
fridge after opening.

Loving it? Then a quick review on Amazon would help us a lot. Not quite
there yet? Reply to this message instead and our nutrition team will help.

Verdalife Nutrition""")

    o = ORDERS["kovo-first-review"]["order_id"]
    b = ORDERS["kovo-first-review"]["buyer_email"]
    case("electronics-review-reminder", "reject", ["review.repeat"],
         "A second review request for the same order after the first request (an earlier case) was relayed.",
         to=b, frm=KOVO, subject=f"Reminder: your opinion on the smart plugs, order {o}", day=14, tz="+0800",
         headers=(REVIEWTOOL,), mid_dom="mail.feedbackflow.io", after=("electronics-review-tool-first-request",),
         text=f"""Hello,

Some days ago we asked about your KOVOLUX smart plugs (order {o}).
In case the message was missed: your review on Amazon still would help
us very much, it takes only one minute.

KOVOLUX Team""")

    o, b = order("prairie-cancel", "Prairie Loom Cotton Quilt, Queen, Indigo Star", "ca", **OOS)
    case("ca-oos-please-cancel-from-account", "reject", ["order-problem.cancellation-request"],
         "Out of stock, already refunded, but the buyer is still asked to submit a cancellation request from "
         "their account.",
         to=b, frm=PRAIRIE, subject=f"About your quilt order {o}", day=13, tz="-0500", headers=(OUTLOOK,),
         text=f"""Hello,

We're sorry: the last Indigo Star quilt was damaged in our workshop, and
we can't make another before autumn. We have refunded the full amount of
order {o} as out of stock.

To close things off on Amazon's side, could you please also request a
cancellation from Your Orders?

Our apologies,
Prairie Loom Textiles""")

    o, b = order("kovo-noadj", "KOVOLUX Mechanical Keyboard K87, Brown Switch, UK Layout", "co.uk", **OOS)
    # relabelled after the blind score (was quarantine, order-problem.no-adjustment): the stock arrives in about
    # three weeks, so this is a delay beyond the advertised availability, which the guidelines ask sellers to notify
    case("electronics-layout-restock-delay", "relay", [],
         "Wrong layout in the warehouse and new stock in about three weeks: a delay notice (the seller can still "
         "fulfil the order), so no adjustment is due yet.",
         to=b, frm=KOVO, subject=f"Problem with your keyboard order {o}", day=13, tz="+0800",
         headers=(HELPDESK,), text=f"""Dear Customer,

Sorry, we have problem with your order {o}. The K87 keyboards in our
UK warehouse are all US layout by mistake, so we cannot send the UK layout
you ordered now.

New UK layout stock arrive in about 3 weeks. We are very sorry for this.

KOVOLUX Support""")

    o, b = order("saffron-return", "Saffron Non-Stick Appam Pan with Lid, 12 Cavity", "in")
    case("in-return-talk-you-out", "quarantine", ["return.unnecessary"],
         "Return follow-up that tries to talk the buyer out of returning; it asks for nothing needed and offers "
         "no partial refund.",
         to=b, frm=SAFFRON, subject=f"Regarding your return request for order {o}", day=11, tz="+0530",
         headers=(HELPDESK,), text=f"""Dear Customer,

We have seen your return request for the appam pan on order {o}.

Most customers who find the batter sticking only need to season the pan
once: heat it, wipe a few drops of oil into each cavity and let it cool.
After that it releases easily. We really think you will be happy with it
if you give it one more try before sending it back.

Regards,
Saffron Kitchenware""")

    o, b = order("halden-retrecv", "Halden Lyra Floor Lamp, Brass", "co.uk")
    case("furniture-return-arrived-notice", "quarantine", ["return.unnecessary"],
         "Notice that the returned lamp has arrived and the refund will follow: return-related, no question and "
         "no partial refund.",
         to=b, frm=HALDEN, subject=f"Your returned floor lamp - order {o}", day=13, headers=(SHOPSYS,),
         tolerated=("type.order-confirmation",), text=f"""Dear customer,

The Lyra floor lamp you sent back from order {o} arrived at our
warehouse in Leicester this morning and has been checked in.

Kind regards,
Halden Home Furniture Returns""")

    # ---- D. content
    o, b = order("folio-http", "Cold Comfort Farm, Stella Gibbons, Penguin 1938", "co.uk")
    case("books-review-link-http", "reject", ["link.insecure"],
         "Neutral review request whose Amazon link is written with http:// in the plain text.",
         to=b, frm=FOLIO, subject=f"Cold Comfort Farm - order {o}", day=10, headers=(THUNDER,),
         text=f"""Dear customer,

I hope the Penguin from order {o} arrived safely; the 1938 spines are
fragile, so I double-wrapped it.

If you would like to leave a review, the product page is here:
http://www.amazon.co.uk/dp/B0C3COLDFM

Kind regards,
Gwen Aldous""")

    o, b = order("halden-video", "Halden Bergen Chest of 5 Drawers, White Oak Effect", "co.uk")
    case("furniture-assembly-video-own-site", "reject", ["link.external"],
         "Assembly help with a descriptive https link to the retailer's own website, not Amazon.",
         to=b, frm=HALDEN, subject=f"Assembly help for order {o}", day=8, headers=(HELPDESK,),
         mid_dom="mail.deskwise.io", fmt="alt",
         text=f"""Dear customer,

You asked about step 14 of the Bergen chest instructions (order {o}).
The runners go with the long flange at the bottom; most people fit them
upside down the first time.

Our assembly video for the Bergen chest shows it at 6 minutes in:
https://www.haldenhome.co.uk/help/assembly/bergen-chest-5

Kind regards,
Owen Pritchard""",
         html=html_page(f"""<p>Dear customer,</p>
<p>You asked about step 14 of the Bergen chest instructions (order {o}). The runners go with
the long flange at the bottom; most people fit them upside down the first time.</p>
<p>Our <a href="https://www.haldenhome.co.uk/help/assembly/bergen-chest-5">assembly video for the Bergen chest</a>
shows it at 6 minutes in.</p>
<p>Kind regards,<br>Owen Pritchard</p>"""))

    o, b = order("verda-stop", "Verdalife Electrolyte Powder, Lemon, 30 Sticks")
    case("supplement-reply-stop-footer", "reject", ["link.opt-out"],
         "Otherwise fine usage tip with a footer telling the buyer to reply STOP to receive no more messages.",
         to=b, frm=VERDA, subject=f"Mixing your electrolyte sticks - order {o}", day=10, tz="-0400",
         headers=(REVIEWTOOL,), mid_dom="mail.feedbackflow.io", text=f"""Hi,

A quick tip for the electrolyte sticks in order {o}: mix one stick in
500ml of cold water, not less, or the lemon gets very sharp.

Verdalife Nutrition

--
Don't want emails like this? Reply STOP and we won't send you any more.""")

    o, b = order("halden-docx", "Halden Ashby Extending Dining Table, Oak", "co.uk")
    case("furniture-care-guide-docx", "reject", ["attachment.not-allowed"],
         "Care guide attached as a Word document (.docx), an office file outside the allowed attachment types.",
         to=b, frm=HALDEN, subject=f"Care guide for your dining table - order {o}", day=9, headers=(OUTLOOK,),
         attach=((make_docx(["Ashby extending table - care guide", "Wipe with a damp cloth only.",
                             "Re-oil the top twice a year."]), "application",
                  "vnd.openxmlformats-officedocument.wordprocessingml.document", "Ashby-care-guide.docx"),),
         enc=W1252, text=f"""Dear customer,

As promised on the phone with your neighbour's delivery, the care guide for
the Ashby extending table (order {o}) is attached. The leaf mechanism
needs a little furniture wax on the runners every few months.

Kind regards,
Priya Nair
Halden Home Furniture""")

    o, b = order("folio-logo", "Lark Rise to Candleford, Flora Thompson, OUP 1945", "co.uk")
    logo = logo_jpeg("FOXGLOVE & FOLIO")
    case("books-invoice-linked-logo", "reject", ["image.logo-link", "link.external"],
         "Invoice email whose alt-texted brand logo is wrapped in a link to the shop's website (necessarily an "
         "external link too).",
         to=b, frm=FOLIO, subject=f"Your invoice - order {o}", day=8, headers=(SHOPSYS,),
         related=((logo, "image", "jpeg", "<ff-logo@foxglovefolio.co.uk>", "ff-logo.jpg"),),
         attach=((make_pdf("Invoice FF-2026-0575", ["Foxglove & Folio Books - Invoice FF-2026-0575",
                                                   f"Amazon order {o}", "Lark Rise to Candleford   GBP 22.00"],
                           producer="Folio Ledger 1.3"), "application", "pdf", "invoice-FF-2026-0575.pdf"),),
         html=html_page(f"""<p><a href="https://www.foxglovefolio.co.uk/"><img src="cid:ff-logo@foxglovefolio.co.uk" alt="Foxglove &amp; Folio Books" width="180" height="50"></a></p>
<p>Dear customer,</p>
<p>Please find attached the invoice for order {o}, Lark Rise to Candleford (OUP, 1945).</p>
<p>Kind regards,<br>Gwen Aldous</p>"""))

    o, b = order("gum-pixel", "Gumleaf Trekking Poles, Carbon, Pair", "com.au")
    case("au-helpdesk-open-pixel", "reject", ["image.tracking-pixel", "style.image-alt"],
         "Helpdesk reply with an invisible 1x1 remote open-tracking image carrying a per-recipient token (and no "
         "alt text).",
         to=b, frm=GUMTREE, subject=f"Re: Pole locking clip - order {o}", day=12, tz="+1000",
         reply="One of the flick-locks won't tighten.", headers=(HELPDESK,), mid_dom="mail.deskwise.io",
         fmt="alt", text=f"""Hi,

Turn the small screw on the side of the flick-lock a quarter turn clockwise
with a coin; that tightens the clamp. If it still slips, we'll post a new
lock for order {o}.

Cheers,
Tom""",
         html=html_page(f"""<p>Hi,</p>
<p>Turn the small screw on the side of the flick-lock a quarter turn clockwise with a coin; that
tightens the clamp. If it still slips, we'll post a new lock for order {o}.</p>
<p>Cheers,<br>Tom</p>
<blockquote>One of the flick-locks won't tighten.</blockquote>
<img src="https://t.deskwise.io/open/7f3a9c21e4b0d5a6.gif?rcpt={b.split('@')[0]}" width="1" height="1" alt="">"""))

    o, b = order("wren-photo", "Personalised Oak Chopping Board, Engraved, Large", "co.uk")
    case("craft-review-with-board-photo", "quarantine", ["image.product-photo"],
         "Neutral review request showing an inline photo whose alt text and file name name the ordered chopping "
         "board.",
         to=b, frm=WREN, subject=f"How is your board? (order {o})", day=11, headers=(APPLE,),
         related=((photo_jpeg((160, 110, 60), "oak board"), "image", "jpeg", "<board@wrenandthistle.co.uk>",
                   "personalised-oak-chopping-board.jpg"),),
         html=html_page(f"""<p>Hello,</p>
<p>I hope the board from order {o} is earning its keep in the kitchen.</p>
<p><img src="cid:board@wrenandthistle.co.uk" alt="Personalised Oak Chopping Board" width="320" height="240"></p>
<p>If you have a moment, an honest review on Amazon helps a one-woman workshop more than you might think.</p>
<p>Megan<br>Wren &amp; Thistle Woodcraft</p>"""))

    o, b = order("kovo-mail", "KOVOLUX Dash Cam D2, 2K Front and Rear")
    case("electronics-send-video-to-mailbox", "reject", ["content.email-address"],
         "Asks the buyer to send the faulty dash cam recording to the brand's own mailbox.",
         to=b, frm=KOVO, subject=f"Dash cam recording problem, order {o}", day=12, tz="+0800",
         headers=(HELPDESK,), text=f"""Dear Customer,

Thank you for report the rear camera flicker on your D2 (order {o}).
To check it, our engineer need one short video file from the SD card.

Because the file is too big for Amazon message, please upload it by
sending to video.check@kovolux-tech.com with your order number in subject.

Best regards,
KOVOLUX Support""")

    o, b = order("halden-phone", "Halden Marlow Corner Sofa, Left Hand, Slate", "co.uk",
                 shipped="", delivered="", purchased="2026-06-12T09:00:00Z")
    case("furniture-call-our-team", "reject", ["content.phone-number"],
         "Delivery booking that ends with the retailer's own customer care number, not a carrier, warranty or "
         "manufacturer line.",
         to=b, frm=HALDEN, subject=f"Your corner sofa delivery - order {o}", day=13, headers=(HELPDESK,),
         text=f"""Dear customer,

Your Marlow corner sofa (order {o}) comes in two pieces of about
60 kg each. Could you reply with the width of your narrowest doorway, so we
can confirm it fits before we book the delivery?

Prefer to talk it through? Our customer care team is on 01162 498 530,
Monday to Saturday.

Kind regards,
Owen Pritchard""")

    o, b = order("kovo-wechat", "KOVOLUX Portable Projector P1, 1080P")
    case("electronics-whatsapp-number", "reject", ["content.phone-number"],
         "Setup help that invites the buyer to message the seller on WhatsApp at a personal mobile number.",
         to=b, frm=KOVO, subject=f"Projector setup, order {o}", day=9, tz="+0800", headers=(HELPDESK,),
         fmt="alt", enc=B64, text=f"""Dear Customer,

For the projector in order {o}, if the picture is blurry on the
edges, please use the keystone setting (Menu > Display > Keystone) and set
4-point correction.

For faster help you can also WhatsApp our engineer Kevin: +86 138 2741 5096.

KOVOLUX Support""")

    o, b = order("gum-swear", "Gumleaf Waterproof Hiking Boots, Men's 10", "com.au")
    case("au-reply-swearing-at-courier", "quarantine", ["content.sensitive"],
         "Reply that explains a re-delivery but swears about the courier.",
         to=b, frm=GUMTREE, subject=f"Re: Boots came back to sender? Order {o}", day=10, tz="+1000",
         reply="Tracking says my boots were returned to sender. I was home all day!", headers=(THUNDER,),
         text=f"""Hi,

Really sorry about this. The courier marked order {o} as "no one
home" without even knocking, which is complete bullshit, and sent it back.

I've re-sent the boots this morning by express at our cost and put a note
on the parcel to knock loudly.

Tom""")

    # ---- E. styling
    o, b = order("verda-clickhere", "Verdalife Turmeric Curcumin with Black Pepper, 120 Capsules")
    case("supplement-review-link-here", "reject", ["style.link-text"],
         "Neutral review request whose Amazon link text is only the word 'here'.",
         to=b, frm=VERDA, subject=f"Your turmeric capsules - order {o}", day=10, tz="-0400",
         headers=(REVIEWTOOL,), mid_dom="mail.feedbackflow.io",
         html=html_page(f"""<p>Hi,</p>
<p>Your turmeric capsules from order {o} should be about a third used by now. Take them with a
meal that contains some fat; curcumin absorbs far better that way.</p>
<p>We'd appreciate your honest review, which you can write
<a href="https://www.amazon.com/review/review-your-purchases/?asin=B0D2TURMR8">here</a>.</p>
<p>Verdalife Nutrition</p>"""))

    o, b = order("prairie-noalt", "Prairie Loom Merino Scarf, Heather Grey", "ca")
    case("ca-signature-logo-no-alt", "reject", ["style.image-alt"],
         "Mail-client message with an unlinked inline signature logo that has no alt attribute.",
         to=b, frm=PRAIRIE, subject=f"Washing your merino scarf - order {o}", day=11, tz="-0500",
         headers=(OUTLOOK,),
         related=((logo_png("PRAIRIE LOOM", bg=(90, 70, 50)), "image", "png", "<sig01@prairieloom.ca>",
                   "image001.png"),),
         html=html_page(f"""<p>Hello,</p>
<p>You asked how to wash the merino scarf from order {o}: hand wash in cool water with a wool
detergent, press the water out in a towel and dry it flat.</p>
<p>Prairie Loom Textiles<br><img src="cid:sig01@prairieloom.ca" width="150" height="44"></p>"""))

    o, b = order("wren-smiley", "Hand-Turned Ash Wood Bowl, 25cm", "co.uk")
    case("craft-ascii-smiley", "reject", ["style.emoji"],
         "Question about a crack in a handmade bowl with one ASCII emoticon ':-)' in the middle.",
         to=b, frm=WREN, subject=f"Your ash bowl - order {o}", day=9, headers=(APPLE,), enc=ASCII,
         text=f"""Hello,

You mentioned a hairline line near the rim of the ash bowl from order
{o}. Is it a crack you can feel with a fingernail, or only a dark
line in the grain? Ash has lots of those, they're part of its charm :-)

A photo would help me tell you whether it needs replacing.

Megan""")

    o, b = order("kovo-emoji", "KOVOLUX Smart LED Strip 10m, RGBIC")
    case("electronics-emoji-subject", "reject", ["style.emoji"],
         "Installation tip whose subject line carries a lightbulb emoji.",
         to=b, frm=KOVO, subject=f"\U0001f4a1 Tip for your LED strip, order {o}", day=10, tz="+0800",
         headers=(HELPDESK,), text=f"""Dear Customer,

For LED strip of order {o}: before sticking the strip, clean the
surface with alcohol wipe (included in box) and press every 10cm firmly for
30 seconds. On painted wall, please use the extra clips.

KOVOLUX Support""")

    o, b = order("gum-gif", "Gumleaf Collapsible Water Bottle, 1L", "com.au",
                 shipped="", delivered="", purchased="2026-06-11T01:00:00Z")
    case("au-delay-animated-banner", "reject", ["style.animated-gif"],
         "Delay notice whose inline brand banner is a real two-frame animated GIF with alt text.",
         to=b, frm=GUMTREE, subject=f"Small delay on order {o}", day=12, tz="+1000", headers=(SHOPSYS,),
         related=((animated_gif(("GUMLEAF", "OUTDOOR CO.")), "image", "gif", "<gl-banner@gumleafoutdoor.com.au>",
                   "gumleaf-banner.gif"),),
         html=html_page(f"""<p><img src="cid:gl-banner@gumleafoutdoor.com.au" alt="Gumleaf Outdoor Co." width="220" height="56"></p>
<p>Hi,</p>
<p>Your collapsible bottle (order {o}) is waiting on a restock that lands on Wednesday, so it will
go out two days later than the listing promised. If you would rather not wait, reply and we will sort it
out.</p>
<p>Tom, Gumleaf Outdoor Co.</p>"""))

    o, b = order("halden-margin", "Halden Harlow Console Table, Walnut Veneer", "co.uk")
    case("furniture-template-wide-padding", "reject", ["style.margin"],
         "Helpdesk template that pads the message column by 140 px on each side (above 120 px at 600 px).",
         to=b, frm=HALDEN, subject=f"Question about your console table - order {o}", day=10,
         headers=(HELPDESK,), mid_dom="mail.deskwise.io",
         html=html_page(f"""<div style="padding: 0 140px;">
<p>Dear customer,</p>
<p>Your Harlow console table (order {o}) was fitted with the wrong leg bolts at our warehouse.
Could you tell us whether the legs feel loose? If so, we'll send the correct M8 bolts at once.</p>
<p>Kind regards,<br>Owen Pritchard</p>
</div>"""))

    o, b = order("saffron-wide", "Saffron Brass Diya Set of 6, Handcrafted", "in")
    case("in-banner-560px", "reject", ["style.image-width"],
         "Festival-season message with an inline brand banner 560 px wide (over 80% of 600 px).",
         to=b, frm=SAFFRON, subject=f"Care for your brass diyas, order {o}", day=9, tz="+0530",
         headers=(SHOPSYS,),
         related=((banner_png("SAFFRON KITCHENWARE", 560), "image", "png", "<sf-banner@saffronkitchenware.in>",
                   "saffron-banner.png"),),
         html=html_page(f"""<p><img src="cid:sf-banner@saffronkitchenware.in" alt="Saffron Kitchenware"></p>
<p>Dear Customer,</p>
<p>To keep the brass diyas from order {o} bright, clean them with a paste of lemon juice and salt,
rinse and dry at once. Avoid steel wool, which scratches the surface.</p>
<p>Regards,<br>Saffron Kitchenware</p>"""))

    o, b = order("folio-font", "Three Men in a Boat, Jerome K. Jerome, 1900 Illustrated", "co.uk")
    case("books-outlook-calibri", "reject", ["style.font-override"],
         "Mail-client HTML that sets the Calibri font family (and a text colour) on the body, otherwise a fine "
         "reply.",
         to=b, frm=FOLIO, subject=f"Re: Illustrations in order {o}", day=8, headers=(OUTLOOK,),
         reply="Does this copy have all the Frederick Holmes plates?",
         fmt="alt", text=f"""Dear customer,

Yes, the copy on order {o} has all the plates; I counted them again
this morning before packing.

Kind regards,
Gwen Aldous""",
         html=page(f"""<div class="WordSection1">
<p class="MsoNormal" style="font-family:Calibri,sans-serif;color:#1F3864">Dear customer,</p>
<p class="MsoNormal" style="font-family:Calibri,sans-serif;color:#1F3864">Yes, the copy on order {o} has all the plates; I counted them again this morning before packing.</p>
<p class="MsoNormal" style="font-family:Calibri,sans-serif;color:#1F3864">Kind regards,<br>Gwen Aldous</p>
</div>""", "en"))

    o, b = order("verda-sizes", "Verdalife Greens Superfood Powder, 30 Servings")
    case("supplement-four-font-sizes", "reject", ["style.font-sizes"],
         "Shop-system usage guide with a heading, a sub-heading, body text and small print: four sizes.",
         to=b, frm=VERDA, subject=f"Getting started with your greens - order {o}", day=8, tz="-0400",
         headers=(SHOPSYS,),
         html=html_page(f"""<h2>Getting started</h2>
<p>Hi, here are a few tips for the greens powder from order {o}.</p>
<h3>How to mix</h3>
<p>Shake one scoop into 250ml of cold water or juice. It blends better in a shaker than with a spoon.</p>
<p style="font-size:11px">These statements have not been evaluated by the Food and Drug Administration.</p>"""))

    o, b = order("wren-center", "Engraved Maple Cheese Board with Knife Set", "co.uk",
                 shipped="", delivered="", purchased="2026-06-12T16:00:00Z")
    case("craft-centred-signature", "reject", ["style.alignment"],
         "Question about a custom design in which only the signature block is centred.",
         to=b, frm=WREN, subject=f"Font choice for your cheese board - order {o}", day=13, headers=(APPLE,),
         html=html_page(f"""<p>Hello,</p>
<p>For the cheese board on order {o}, would you like the name in the script lettering shown in the
listing, or in plain capitals? Script suits short names best.</p>
<p style="text-align:center">Megan<br>Wren &amp; Thistle Woodcraft</p>"""))

    o, b = order("gum-breaks", "Gumleaf Headlamp 400 Lumen, Rechargeable", "com.au")
    case("au-html-three-breaks", "reject", ["style.line-breaks"],
         "HTML reply with three <br> in a row before the sign-off.",
         to=b, frm=GUMTREE, subject=f"Re: Headlamp won't charge - order {o}", day=11, tz="+1000",
         reply="The red light blinks but the headlamp never charges.", headers=(THUNDER,),
         html=html_page(f"""<p>Hi,</p>
<p>A blinking red light on the headlamp from order {o} means the cable isn't seated. Push the USB-C
plug in until it clicks; the port has a rubber flap that sometimes gets in the way.<br><br><br>
Cheers,<br>Tom</p>"""))

    o, b = order("prairie-http-img", "Prairie Loom Baby Blanket, Organic Cotton, Mint", "ca",
                 shipped="", delivered="", purchased="2026-06-13T16:00:00Z")
    case("ca-signature-image-http", "reject", ["image.insecure"],
         "Signature banner loaded from an http:// address (alt text present, not linked).",
         to=b, frm=PRAIRIE, subject=f"Embroidery initials for order {o}", day=14, tz="-0500", headers=(OUTLOOK,),
         html=html_page(f"""<p>Hello,</p>
<p>Which initials would you like embroidered on the baby blanket from order {o}? Up to three
letters fit in the corner.</p>
<p>Prairie Loom Textiles<br><img src="http://cdn.prairieloom.ca/mail/sig-banner.png" alt="Prairie Loom Textiles" width="160" height="40"></p>"""))

    o, b = order("kovo-spell", "KOVOLUX Bluetooth Speaker S2, Waterproof IPX7",
                 shipped="", delivered="", purchased="2026-06-10T16:00:00Z")
    case("electronics-broken-english-delay", "relay", ["content.spelling"],
         "Permitted delay notice with many egregious misspellings; the spelling rule only warns.",
         to=b, frm=KOVO, subject=f"Delivry delai of order {o}", day=13, tz="+0800", headers=(HELPDESK,),
         text=f"""Deer Custumer,

We are verry sory, your speeker of order {o} is delaied becuase the
shiping compnay have problm in the custum clerance. It wil arive in 3-4 bussines
days more then the orignal date.

Thnak you for you pateince and understnading.

KOVOLUX Custumer Servise""")


# ============================================================================================
# Several rules at once
# ============================================================================================

def multi() -> None:
    o, b = order("m-dispatch", "Halden Windsor Dining Chairs, Set of 2, Black", "co.uk",
                 delivered="", shipped="2026-06-14T07:00:00Z", purchased="2026-06-13T07:00:00Z")
    case("multi-dispatch-http-tracking-link", "reject", ["type.order-confirmation", "link.insecure", "style.link-text"],
         "Shop-system dispatch notice with tracking number and an http carrier tracking link whose text is the "
         "bare word 'link'.",
         to=b, frm=HALDEN, subject=f"Your chairs are on their way - order {o}", day=14, headers=(SHOPSYS,),
         html=html_page(f"""<p>Dear customer,</p>
<p>Your Windsor dining chairs (order {o}) left our warehouse today with Northway Freight.</p>
<p>Tracking number: NWF-88213047<br>Follow your delivery with this
<a href="http://track.northwayfreight.co.uk/NWF-88213047">link</a>.</p>
<p>Halden Home Furniture</p>"""))

    o, b = order("m-gate", "KOVOLUX Air Purifier A3, HEPA H13")
    case("multi-gate-free-filter-emoji", "reject", ["review.conditional", "review.incentive", "style.emoji"],
         "Review gated on satisfaction, paid with a free replacement filter, with a thumbs-up emoji.",
         to=b, frm=KOVO, subject=f"Your air purifier, order {o}", day=11, tz="+0800", headers=(REVIEWTOOL,),
         mid_dom="mail.feedbackflow.io", fmt="alt", enc=B64, text=f"""Dear Customer,

Hope the A3 purifier of order {o} make your air fresh.

If you satisfy with it, please leave us a review on Amazon and we send you
one free H13 filter (value $29) \U0001f44d If something is wrong, contact us
first, we fix it.

KOVOLUX Team""")

    o, b = order("m-oos", "Verdalife Beetroot Nitric Oxide Powder, 300g", **OOS)
    case("multi-oos-cancel-write-to-us", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment", "content.email-address"],
         "Out of stock: asks the buyer to cancel, never confirms an adjustment, and gives a mailbox to write to.",
         to=b, frm=VERDA, subject=f"Order {o} - out of stock", day=13, tz="-0400", headers=(HELPDESK,),
         text=f"""Hi,

Unfortunately the beetroot powder on order {o} has sold out faster
than we expected and the next batch won't be bottled until July.

Please go ahead and cancel the order from your Amazon account. If you have
any questions, write to orders@verdalifenutrition.com.

Sorry for the trouble,
Verdalife Nutrition""")

    o, b = order("m-news", "Wren & Thistle Beeswax Wood Balm, 100ml", "co.uk")
    case("multi-newsletter-coupon-unsubscribe", "reject",
         ["order-id.missing", "type.marketing", "link.external", "link.opt-out"],
         "Newsletter-style mail without an order ID: a discount code, a link to the seller's own shop and an "
         "unsubscribe link.",
         to=b, frm=WREN, subject="New summer boards are in the workshop!", day=12, headers=(SHOPSYS,),
         html=html_page("""<p>Hello,</p>
<p>The summer collection of serving boards is finished, and as a past customer you get first pick: use
code WREN15 for 15% off your next order.</p>
<p><a href="https://www.wrenandthistle.co.uk/summer">See the summer collection</a></p>
<p>Megan</p>
<p><a href="https://www.wrenandthistle.co.uk/unsubscribe?u=8812">Unsubscribe from these updates</a></p>"""))

    o, b = order("m-return", "Halden Kew Rattan Laundry Basket with Lid", "co.uk")
    case("multi-return-own-line-breaks", "reject", ["return.unnecessary", "content.phone-number", "style.line-breaks"],
         "Return message that only comments on the return, gives the seller's own phone line and has three "
         "empty lines in a row.",
         to=b, frm=HALDEN, subject=f"Your return - order {o}", day=12, headers=(HELPDESK,), crlf=True,
         text=f"""Dear customer,

We're sorry to see the Kew laundry basket from order {o} coming
back to us. It's one of our best-loved pieces and we're sure it would have
grown on you.



If you ever want to chat, ring us on 0116 496 0731.

Halden Home Furniture""")


def main() -> None:
    compliant()
    focused()
    multi()
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="seventythird"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders")


if __name__ == "__main__":
    main()
