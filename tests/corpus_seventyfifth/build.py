#!/usr/bin/env python3
"""Build the seventy-fifth labelled corpus: orders.csv, cases/*.eml and labels.json.

    .venv/bin/python tests/corpus_seventyfifth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md. Messages that break two to four rules at once, drawn from different sections of
RULES.md, each with neighbouring vocabulary that must stay quiet; plus compliant messages that carry the
vocabulary of three or more rules without breaking any. Half English, the rest de, fr, es, it, ja, nl.
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
    animated_gif,
    banner_png,
    collect_by_language,
    lang_counts,
    logo_png,
    mail_date,
    make_docx,
    make_pdf,
    mk,
    page,
    quote,
    reply_headers,
    serum_jpeg,
    set_boundaries,
    text2html,
    verify,
    write_cases,
    write_orders,
    zip_bytes,
)

_rnd = random.Random(75_2026_0615)
_PREFIX = {"co.uk": "20", "com": "11", "de": "30", "fr": "40", "es": "40", "it": "40", "co.jp": "25",
           "nl": "40"}
_TLD = {"en": "co.uk", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp", "nl": "nl"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-05-31T09:12:00Z", shipped="2026-06-01T14:40:00Z",
                 delivered="2026-06-04T10:05:00Z")
ORDERS = BOOK.rows
order = BOOK.add
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-12T18:20:00Z"}
OLD = {"purchased": "2026-04-22T08:00:00Z", "shipped": "2026-04-23T11:00:00Z", "delivered": "2026-04-27T15:30:00Z"}
FRESH = {"purchased": "2026-06-13T07:45:00Z", "shipped": "2026-06-14T16:10:00Z", "delivered": ""}

JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
SJIS = {"charset": "shift_jis", "cte": "base64"}
EUC = {"charset": "euc-jp", "cte": "base64"}
B64 = {"cte": "base64"}
W1252 = {"charset": "windows-1252", "cte": "quoted-printable"}
L1 = {"charset": "iso-8859-1", "cte": "quoted-printable"}

ALL = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "language.mismatch",
       "type.order-confirmation", "type.thank-you-only", "type.marketing", "review.incentive",
       "review.removal-request", "review.conditional", "review.repeat", "order-problem.cancellation-request",
       "order-problem.no-adjustment", "return.unnecessary", "link.insecure", "link.external", "link.opt-out",
       "attachment.not-allowed", "image.logo-link", "image.tracking-pixel", "image.product-photo",
       "image.not-brand", "content.email-address", "content.phone-number", "content.sensitive",
       "style.link-text", "style.image-alt", "style.emoji", "style.animated-gif", "style.margin",
       "style.image-width", "style.font-override", "style.font-sizes", "style.alignment", "style.line-breaks",
       "image.insecure"]

_N = [0]


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str,
         text: str | None = None, html: str | None = None, fmt: str = "text", lang: str = "en", day: int = 14,
         reply: str = "", tolerated: tuple[str, ...] = (), enc: dict | None = None, after: tuple[str, ...] = (),
         crlf: bool = False, related=(), attach=(), headers=()) -> None:
    """One case. text only -> plain; fmt="alt" -> text + generated HTML; fmt="html" -> generated HTML only;
    html= given -> that HTML (with text as the plain alternative when given). Every rule of ALL not named in
    rules or tolerated is listed as absent."""
    _N[0] += 1
    hdrs = list(headers)
    if reply:
        hdrs += reply_headers(f"0102019c.s75.{slug[:20]}")
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = None
    if text is not None:
        body = text.strip("\n") + "\n"
        if reply:
            body += "\n" + quote(reply) + "\n"
    kw = dict(enc or {})
    if html is None and fmt in ("html", "alt"):
        html = page(text2html(body or ""), lang)
        if fmt == "html":
            body = None
    msg = mk(frm, to, subject, mail_date(day, f"{8 + _N[0] % 9:02d}:{(_N[0] * 7) % 60:02d}:{(_N[0] * 13) % 60:02d}",
                                         "+0100" if lang == "en" else ("+0900" if lang == "ja" else "+0200")),
             f"<{_N[0]:03d}.s75.{slug}@{dom}>", text=body, html=html, related=related, attach=attach,
             headers=hdrs, **kw)
    tol = (*tolerated, "content.spelling")
    absent = [r for r in ALL if r not in rules and r not in tol]
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, after=after, crlf=crlf)


def pdf(title: str, lines: list[str]) -> bytes:
    return make_pdf(title, lines, producer="Seventyfifth PDF 1.0")


# ============================================================================================
# English (amazon.co.uk, amazon.com)
# ============================================================================================

def cases_en() -> None:
    # ---------------- compliant, many rules' vocabulary ----------------
    o, b = order("en-c-where", "en", "Cast iron griddle pan 27 cm")
    case("en-c-reply-tracking-dpd-line", "relay", [],
         "Reply to 'where is my parcel?': tracking number, the DPD phone line next to the carrier name and an "
         "https Amazon link with descriptive text; a reply may give tracking, the phone belongs to the carrier.",
         to=b, frm="Ironside Cookware <care@ironsidecookware.co.uk>",
         reply="Hi, my griddle pan still hasn't turned up, has it been sent?",
         subject=f"Re: Order {o} - not arrived", text=f"""Hi,

Sorry for the wait. Your griddle pan (order {o}) left us on 1 June with DPD;
the tracking number is 15503392716604. DPD's customer line is 0121 275 0500 if
the driver's card doesn't show a redelivery option.

You can also see the parcel's progress under Your Orders on Amazon:
https://www.amazon.co.uk/gp/css/order-history

Best wishes,
Tom at Ironside""")

    o, b = order("en-c-oos", "en", "Rattan laundry basket with lid, natural", **OOS)
    case("en-c-oos-refunded-no-cancel", "relay", [],
         "Out of stock, full amount refunded with the reason given, 'you don't need to cancel anything', and "
         "Amazon's own refund email mentioned: the adjustment is confirmed and no cancellation is requested.",
         to=b, frm="Willow & Reed <orders@willowandreed.co.uk>", enc=W1252,
         subject=f"Your order {o} - laundry basket unavailable", text=f"""Hello,

I'm sorry to tell you that the rattan laundry basket in order {o} is out of
stock: the last batch failed our quality check and the weaver cannot remake it
before August.

We have refunded the full order amount of £38.50 today (reason: no inventory).
You don't need to cancel anything or contact Amazon; they will email you a
confirmation of the refund, and it usually shows on your statement within 3-5
working days.

Apologies for the let-down.

Rosie
Willow & Reed""")

    o_rv, b_rv = order("en-c-review", "en", "Bamboo bath mat, 50 x 80 cm")
    case("en-c-neutral-review-no-perks", "relay", [],
         "First review request, neutral, saying that no discount, free item or refund is offered and that "
         "positive and negative reviews are equally welcome: incentive and gating vocabulary, neither breached.",
         to=b_rv, frm="Greenstep Home <hello@greenstephome.co.uk>", day=10,
         subject=f"How is your bath mat? (order {o_rv})", text=f"""Hi,

Your bamboo bath mat from order {o_rv} arrived last week. A small tip: let it
dry flat between uses and it will keep its shape for years.

If you have a minute, would you share your opinion in a review on Amazon?
Good or bad, every honest review helps other shoppers. We don't offer
discounts, free items or refunds in return for reviews - we just read all of
them.

Thanks,
Priya, Greenstep Home""")

    o, b = order("en-c-return", "en", "Linen duvet cover, king size, oatmeal")
    case("en-c-return-partial-refund-label", "relay", [],
         "Return follow-up offering a partial refund if the buyer keeps the cover, asking for a photo of the "
         "seam, with the prepaid return label as a PDF and an https Amazon returns link with descriptive text.",
         to=b, frm="Hearth Linen Co <returns@hearthlinen.co.uk>",
         subject=f"Your return request for order {o}",
         text=f"""Hello,

We received your return request for the linen duvet cover (order {o}).
Could you send us a photo of the loose seam through Amazon messages? That
helps us tell our workshop what went wrong.

If you would rather keep the cover, we can offer a partial refund of 30%
instead. If you prefer to return it, the prepaid return label is attached
as a PDF, and your return is also listed on Amazon's return centre:
https://www.amazon.co.uk/returns

Kind regards,
Hannah""",
         attach=[(pdf("Return label", ["Return label", f"Order {o}", "Hearth Linen Co, Unit 4, Leeds LS9"]),
                  "application", "pdf", "return-label.pdf")])

    o, b = order("en-c-bulky", "en", "Oak dining table, 180 cm, extendable", tld="com")
    logo = logo_png("OAKLINE")
    html = page(f"""<p><img src="cid:oakline-logo.75@oaklinefurniture.com" alt="Oakline Furniture" width="150" height="44"></p>
<h3>Delivery appointment for your dining table</h3>
<p>Hello,</p>
<p>Your oak dining table (order {o}) is ready to leave our warehouse. Because it
weighs 62 kg it travels with our two-person freight partner, Ryder Last Mile.</p>
<p>Could you tell us which of these days suits you: Tuesday 23 June or Thursday 25 June? Please also
let us know if there are stairs at the delivery address.</p>
<p>If you need to rearrange on the day, Ryder's delivery desk is on (888) 867-3012.</p>
<p>Thank you,<br>Dan, Oakline Furniture</p>""")
    case("en-c-bulky-delivery-logo-carrier", "relay", [],
         "Heavy-item delivery scheduling with an unlinked inline logo (alt text), one heading level and the "
         "carrier's phone line: logo, phone and styling vocabulary, none breached.",
         to=b, frm="Oakline Furniture <delivery@oaklinefurniture.com>", html=html, crlf=True,
         subject=f"Delivery appointment - order {o}",
         related=[(logo, "image", "png", "<oakline-logo.75@oaklinefurniture.com>", "oakline.png")])

    o_old, b_old = order("en-c-old-reply", "en", "Electric kettle 1.7 l, brushed steel", **OLD)
    case("en-c-old-order-reply-review", "relay", [],
         "A reply to the buyer's descaling question about an order delivered seven weeks ago, with a neutral "
         "review request at the end: window.expired judges proactive messages only.",
         to=b_old, frm="Brewhaus Kitchen <support@brewhauskitchen.co.uk>", day=9,
         reply="How often should I descale the kettle? We have quite hard water.",
         subject=f"Re: Descaling the kettle - order {o_old}", text="""Hi,

With hard water, once every four weeks is about right. Half fill the kettle
with equal parts water and white vinegar, boil, leave it for an hour, then
rinse and boil twice with fresh water.

If you have a moment, an honest review of the kettle on Amazon would help
other buyers.

All the best,
Kieran, Brewhaus Kitchen""")

    # ---------------- violations ----------------
    o, b = order("en-oos-contact", "en", "Ceramic planter set of 3, speckled white", **OOS)
    case("en-oos-refunded-own-email-and-phone", "reject", ["content.email-address", "content.phone-number"],
         "Stock-out correctly refunded and 'no need to cancel', but it invites the buyer to write to the "
         "shop's own mailbox and ring its office line.",
         to=b, frm="Potting Shed Studio <orders@pottingshedstudio.co.uk>", enc=W1252,
         subject=f"Order {o}: planters out of stock", text=f"""Hello,

Unfortunately the speckled planter set in order {o} is out of stock - a
kiln fault cracked the whole firing. We've refunded the full amount today
(reason: no inventory), so there's no need to cancel anything.

If you'd like to hear when the next firing is ready, drop us a line at
studio@pottingshedstudio.co.uk or ring the studio on 01392 448 127.

Sorry again,
Megan""")

    o, b = order("en-incent-mkt", "en", "Insulated lunch bag, navy")
    case("en-review-code-next-order-shop-link", "reject", ["review.incentive", "type.marketing", "link.external"],
         "Review request paid with 15% off the next order, redeemable in the seller's own web shop through an "
         "https link: incentive, promotion and an external link.",
         to=b, frm="Packwell <team@packwell.co.uk>", enc=B64,
         subject=f"A thank-you for your feedback (order {o})", text=f"""Hi there,

We hope the lunch bag from order {o} keeps everything cool.

Leave us a review on Amazon and reply with a screenshot: we'll send you a
code for 15% off your next order at https://www.packwell.co.uk/shop

Cheers,
The Packwell team""")

    o, b = order("en-gate-mail", "en", "Silk pillowcase, champagne, 50 x 75 cm")
    case("en-gated-review-write-to-mailbox", "reject", ["review.conditional", "content.email-address"],
         "'If you love it, leave a review; if anything is less than perfect, write to our mailbox before "
         "posting': review gating plus an email address.",
         to=b, frm="Lumen Silk <care@lumensilk.co.uk>",
         subject=f"Your silk pillowcase - order {o}", text=f"""Hello,

Your silk pillowcase (order {o}) should have arrived by now.

If you love it, we'd be grateful for a review on Amazon. If anything is less
than perfect, please write to us at care@lumensilk.co.uk before you post
anything, and we'll put it right.

Warmly,
Lumen Silk""")

    o, b = order("en-removal", "en", "Cordless handheld vacuum, 22.2 V")
    case("en-reply-revise-review-emoji", "reject", ["review.removal-request", "style.emoji"],
         "Reply to a complaint: a replacement has been sent, then 'could you revise your review' with a "
         "folded-hands emoji; no benefit is tied to the revision.",
         to=b, frm="Vortek UK <help@vortek-uk.co.uk>", fmt="alt",
         reply="The vacuum stopped charging after a week. I've left a 1-star review.",
         subject=f"Re: Vacuum not charging - {o}", text=f"""Hi,

Sorry about the charging fault. A new charging dock went out today by Royal
Mail Tracked 48 for order {o}, and you can keep the old one.

Once it's working again, could you revise your review so it reflects how the
problem was handled? 🙏

Best,
Ollie, Vortek UK""")

    o, b = order("en-dispatch-pixel", "en", "Wireless doorbell kit", **FRESH)
    html = page(f"""<p>Hi,</p>
<p>Good news: order {o} has been dispatched today with Evri.</p>
<p>Tracking number: H01HYA0045831276</p>
<p>Thanks for shopping with Chimeworks.</p>
<img src="https://open.shopnotify-mail.com/o/7c1f9a22e4b0/{o}.gif" width="1" height="1" border="0">""")
    case("en-shop-dispatch-notice-pixel", "reject",
         ["type.order-confirmation", "image.tracking-pixel", "style.image-alt"],
         "A shop system's dispatch notice with the tracking number and a 1x1 remote open-tracking image "
         "without alt text; the verdict is the strongest (reject) action.",
         to=b, frm="Chimeworks <noreply@chimeworks.co.uk>", html=html, enc=B64,
         subject=f"Your Chimeworks order {o} is on its way")

    o, b = order("en-thanks-emo", "en", "Yoga mat 6 mm, sage")
    case("en-thanks-only-smiley", "reject", ["type.thank-you-only", "style.emoji"],
         "Only thanks and 'we're here if you need anything', closed with an ASCII smiley.",
         to=b, frm="Flowform <hello@flowform.co.uk>",
         subject=f"Thank you! (order {o})", text=f"""Hi,

Thank you so much for choosing Flowform for your yoga mat (order {o}).
We're here if you need anything at all :)

Namaste,
Jess & the Flowform team""")

    o, b = order("en-to-de", "de", "Running belt with bottle holder", tld="de")
    case("en-english-to-german-buyer-gated-review", "reject", ["language.mismatch", "review.conditional"],
         "English message to an amazon.de buyer whose language is German, asking for a review only if they "
         "are satisfied and to contact the seller first otherwise.",
         to=b, frm="StrideGear <service@stridegear.eu>",
         subject=f"Your running belt - order {o}", text=f"""Hello,

Thanks for buying our running belt (order {o}). If you're satisfied with
it, please leave a review on Amazon. If not, please contact us first through
Amazon messages so we can sort it out before you review.

StrideGear""")

    o, b = order("en-zip-gif", "en", "Flat-pack bookcase, 5 shelves, walnut")
    html = page(f"""<p>Hello,</p>
<p>Some customers with order {o} told us that step 7 of the printed manual is hard to follow.
We've attached the full assembly guide and the hardware diagrams.</p>
<p><img src="cid:steps.75@shelfcraft.co.uk" alt="Animated assembly step 7" width="220" height="56"></p>
<p>Regards,<br>Shelfcraft</p>""")
    case("en-assembly-zip-and-animated-gif", "reject", ["attachment.not-allowed", "style.animated-gif"],
         "Assembly help with the files zipped (an archive is always refused) and an animated GIF inline.",
         to=b, frm="Shelfcraft <support@shelfcraft.co.uk>", html=html,
         subject=f"Assembly guide for your bookcase (order {o})",
         text=f"""Hello,

Some customers with order {o} told us that step 7 of the printed manual is
hard to follow. We've attached the full assembly guide and the hardware
diagrams.

Regards,
Shelfcraft""",
         related=[(animated_gif(("STEP 7", "turn 90")), "image", "gif", "<steps.75@shelfcraft.co.uk>", "step7.gif")],
         attach=[(zip_bytes({"assembly-guide.txt": b"Bookcase assembly guide\nStep 7: fit the back panel.\n",
                             "hardware.txt": b"A x12 cam locks\nB x12 dowels\n"}, date_time=(2026, 6, 10, 9, 0, 0)),
                  "application", "zip", "bookcase-assembly.zip")])

    o, b = order("en-docx-phone", "en", "Office chair, mesh back, grey", tld="com")
    case("en-invoice-docx-office-phone", "reject", ["attachment.not-allowed", "content.phone-number"],
         "Invoice sent as a Word document (outside the PDF/JPEG/PNG/text allow-list) and the shop's own "
         "accounts phone line for questions.",
         to=b, frm="Seatwise Supply <billing@seatwisesupply.com>", crlf=True,
         subject=f"Invoice for order {o}", text=f"""Hello,

As requested at checkout, the invoice for order {o} is attached.

Questions about the invoice? Our accounts team is on (512) 555-0148,
Monday to Friday.

Seatwise Supply""",
         attach=[(make_docx(["Seatwise Supply - Invoice", f"Order {o}", "Office chair, mesh back, grey",
                             "Total USD 189.00"]),
                  "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", "invoice.docx")])

    o, b = order("en-logo", "en", "Hand-poured soy candle, fig & cedar")
    html = page(f"""<p><a href="https://www.wickandwhistle.co.uk"><img src="http://www.wickandwhistle.co.uk/img/logo-mail.png" alt="Wick &amp; Whistle" width="160" height="48"></a></p>
<p>Hello,</p>
<p>Your candle from order {o} has a cotton wick. Trim it to 5 mm before each burn and let the
first burn reach the edges of the jar; that stops tunnelling.</p>
<p>Enjoy the scent,<br>Wick &amp; Whistle</p>""")
    case("en-care-tip-linked-http-logo", "reject", ["image.logo-link", "link.external", "image.insecure"],
         "Care tip whose logo is wrapped in a link to the seller's website and loaded over http: logo link, "
         "external link and insecure image (the link text is the logo's alt, so link-text is fine).",
         to=b, frm="Wick & Whistle <hello@wickandwhistle.co.uk>", html=html,
         subject=f"Getting the best from your candle - order {o}")

    o, b = order("en-style3", "en", "Garden storage box, 290 l")
    html = f"""<html><head><meta charset="utf-8"></head>
<body style="font-family: Georgia, serif; text-align: center">
<h1>Your storage box</h1>
<p style="font-size: 16px">Hello,</p>
<p style="font-size: 13px">The storage box in order {o} is a bulky item (290 litres). Our courier needs to
book a delivery slot with you: which day next week suits you best, Monday to Friday between 8am and 6pm?</p>
<p style="font-size: 11px">Just reply to this message with the day.</p>
<p style="font-size: 13px">Thank you,<br>Shedhaven</p>
</body></html>
"""
    case("en-bulky-slot-centered-georgia-four-sizes", "reject",
         ["style.font-override", "style.alignment", "style.font-sizes"],
         "Permitted delivery scheduling, but the body sets Georgia, is centred, and shows text in four sizes "
         "(h1 plus 16, 13 and 11 px).",
         to=b, frm="Shedhaven <deliveries@shedhaven.co.uk>", html=html, enc=B64,
         subject=f"Booking your delivery slot - order {o}")

    o, b = order("en-margin", "en", "Personalised wooden chopping board")
    banner = banner_png("BOARD PROOF", 560, 120)
    html = page(f"""<div style="margin: 0 25%;">
<p>Hello,</p>
<p>Here is the engraving proof for your chopping board (order {o}). Please check the spelling of the
names and the date, then reply "approved" or tell us what to change.</p>
<p><img src="cid:proof.75@grainandgift.co.uk" alt="Engraving proof: Sam &amp; Alex, 14.06.2026" width="560"></p>
<p>Thanks,<br>Grain &amp; Gift</p>
</div>""")
    case("en-design-proof-wide-margin-wide-image", "reject", ["style.margin", "style.image-width"],
         "Custom design verification (permitted), but a 25 % side margin and a 560 px proof image.",
         to=b, frm="Grain & Gift <studio@grainandgift.co.uk>", html=html,
         subject=f"Please approve your engraving - order {o}",
         related=[(banner, "image", "png", "<proof.75@grainandgift.co.uk>", "proof.png")])

    o, b = order("en-clickhere", "en", "Bike lock, D-lock 16 mm with cable")
    html = page(f"""<p>Hi,</p>
<p>The key code card for your D-lock (order {o}) was missing from some boxes. We need the serial number
stamped on the lock body to order a spare key for you; please reply with it.</p>
<p>To see how the lock is registered with the manufacturer, <a href="http://www.amazon.co.uk/gp/help/customer/display.html">click here</a>.</p>
<p>Thanks,<br>Lockright</p>""")
    case("en-serial-request-click-here-http", "reject", ["style.link-text", "link.insecure"],
         "A needed information request, but a 'click here' link over http (to Amazon, so not external).",
         to=b, frm="Lockright <support@lockright.co.uk>", html=html,
         subject=f"Spare key for your D-lock - order {o}")

    o, b = order("en-optout", "en", "Merino running socks, 3 pairs")
    case("en-new-range-reply-stop", "reject", ["type.marketing", "link.opt-out"],
         "Announces a new range with a launch discount and says 'reply STOP to opt out of these emails': "
         "marketing and opt-out text.",
         to=b, frm="Trailknit <news@trailknit.co.uk>", crlf=True,
         subject=f"New from Trailknit - order {o}", text=f"""Hi,

Since you bought our merino socks (order {o}), we thought you'd like to
know: our new trail gaiters are out, and this week they're 20% off with code
TRAIL20 on Amazon.

Reply STOP to opt out of these emails.

Trailknit""")

    o, b = order("en-ret-phone", "en", "Air fryer 5.5 l, digital")
    case("en-return-talk-out-of-it-phone", "reject", ["return.unnecessary", "content.phone-number"],
         "Proactive message about a return that neither needs information nor offers a partial refund (it "
         "tries to talk the buyer out of returning) and gives the seller's own helpline.",
         to=b, frm="Crispio <returns@crispio.co.uk>",
         subject=f"About your return - order {o}", text=f"""Hello,

We saw that you've opened a return for the air fryer in order {o}.
Before you send it back: most people who return it simply haven't run the
first 10-minute burn-in cycle. Give it another go!

If you still want to return it, call our helpline on 0330 088 4521 first.

Crispio""")

    o, b = order("en-ret-form", "en", "Leather ankle boots, tan, UK 6")
    html = page(f"""<p>Hello,</p>
<p>Thanks for letting us know the boots from order {o} rub at the heel. Rather than a full return, we can
offer a partial refund of £20 if you'd like to keep them.</p>
<p>Please tell us which option you prefer using our returns form <a href="https://returns.cobblerandkin.co.uk/form">here</a>.</p>
<p>Regards,<br>Cobbler &amp; Kin</p>""")
    case("en-partial-refund-offer-own-form-here", "reject", ["link.external", "style.link-text"],
         "A partial-refund offer on a return (permitted purpose), but answered through the seller's own "
         "https form behind the link text 'here'.",
         to=b, frm="Cobbler & Kin <returns@cobblerandkin.co.uk>", html=html, enc=B64,
         subject=f"Your boots - return or partial refund (order {o})")

    _, b = order("en-noid", "en", "Enamel camping mug set")
    case("en-no-order-id-new-arrivals", "reject", ["order-id.missing", "type.marketing"],
         "Proactive note with no order ID promoting new arrivals to a past buyer.",
         to=b, frm="Campfire Co <hello@campfireco.co.uk>",
         subject="New arrivals at Campfire Co", text="""Hi,

You picked up our enamel mugs a little while ago, so you might like our new
arrivals: a stacking pan set and a titanium spork, both in our Amazon
storefront now.

See you outdoors,
Campfire Co""")

    _, b = order("en-unknown", "en", "Stainless steel water bottle 750 ml")
    case("en-unknown-order-five-stars", "reject", ["order-id.unknown", "review.incentive"],
         "An order ID that is not in the store, and a request for a 5-star review.",
         to=b, frm="Aquaforge <team@aquaforge.co.uk>",
         subject="Your water bottle - order 202-8815530-4419027", text="""Hello,

Your bottle from order 202-8815530-4419027 should be with you now. If it
keeps your drinks cold all day, we'd love a 5-star review on Amazon!

Aquaforge""")

    o_other, _ = order("en-mismatch-owner", "en", "Blackout curtains, 2 panels, 168 x 229 cm")
    _, b_wrong = order("en-mismatch-rcpt", "en", "Curtain pole, 1.8 m, black")
    case("en-wrong-buyer-measurements-mailbox", "reject", ["order-id.buyer-mismatch", "content.email-address"],
         "The order ID belongs to another buyer, and the message asks for window measurements to be sent to "
         "the shop's own mailbox.",
         to=b_wrong, frm="Drapeworks <made-to-measure@drapeworks.co.uk>",
         subject=f"Measurements for order {o_other}", text=f"""Hello,

To finish the made-to-measure curtains in order {o_other} we still need
the exact width of your window recess. Please send the measurement to
measure@drapeworks.co.uk and we'll start sewing the same day.

Drapeworks""")

    o, b = order("en-sensitive", "en", "Memory foam pillow, standard")
    case("en-reply-angry-take-review-down", "reject", ["content.sensitive", "review.removal-request"],
         "Reply to a complaint that swears at the buyer and tells them to take their review down.",
         to=b, frm="Dreamloft <support@dreamloft.co.uk>",
         reply="The pillow smells of chemicals. I've said so in my review.",
         subject=f"Re: Pillow smell - {o}", text="""Hi,

The off-gassing smell is normal for memory foam and goes after 48 hours of
airing, which is written on the box. Calling our pillow toxic in a public
review is bullshit. Take that review down, please.

Dreamloft""")

    case("en-review-second-ask-prize-draw", "reject", ["review.repeat", "review.incentive"],
         "A second review request for the same order after the first was relayed, now with entry into a "
         "monthly prize draw for reviewers.",
         to=b_rv, frm="Greenstep Home <hello@greenstephome.co.uk>", day=14, after=("en-c-neutral-review-no-perks",),
         subject=f"Still time to review your bath mat (order {o_rv})", text=f"""Hi again,

Just a gentle reminder about your bamboo bath mat from order {o_rv}:
there's still time to leave a review on Amazon. Everyone who reviews this
month goes into our draw for a £50 Amazon gift card.

Thanks,
Priya, Greenstep Home""")

    o, b = order("en-oos-alt", "en", "Glass teapot with infuser, 1 l", **OOS)
    case("en-oos-no-refund-try-other-teapots", "quarantine", ["order-problem.no-adjustment", "type.marketing"],
         "Stock-out message that never confirms an adjustment or refund and instead promotes other teapots "
         "with a discount code.",
         to=b, frm="Leaf & Pour <shop@leafandpour.co.uk>", enc=W1252,
         subject=f"Order {o}: glass teapot", text=f"""Hello,

We're sorry - the glass teapot in order {o} has sold out faster than we
expected and we can't ship it.

Why not try one of our other teapots instead? Our cast iron and ceramic
models are in stock, and code BREW15 takes 15% off any of them in our
Amazon store.

Leaf & Pour""")

    o, b = order("en-delay", "en", "Children's bunk bed, pine")
    case("en-delay-notice-gaps-and-emoji", "reject", ["style.line-breaks", "style.emoji"],
         "A permitted delay notice in plain text with three empty lines in a row and a truck emoji.",
         to=b, frm="Little Pine Beds <orders@littlepinebeds.co.uk>", crlf=True,
         subject=f"Delivery update for order {o}", text=f"""Hello,

The bunk bed in order {o} will reach you about five days later than
the date shown on Amazon: the ladder parts are still at the finisher.
We'll book the new delivery with you as soon as they're back. \U0001f69a



Sorry for the wait,
Little Pine Beds""")

    o, b = order("en-to-ja", "ja", "Travel adapter, universal, 4 USB", tld="co.jp")
    case("en-english-thanks-only-to-japanese-buyer", "quarantine", ["language.mismatch", "type.thank-you-only"],
         "English 'thank you and we're here to help' note to a Japanese buyer on amazon.co.jp.",
         to=b, frm="Globeplug <cs@globeplug.com>",
         subject=f"Thank you for your order {o}", text=f"""Dear customer,

Thank you for purchasing our travel adapter (order {o}). We truly
appreciate your business. If you have any questions, we are always happy
to help.

Best regards,
Globeplug""")

    o, b = order("en-old-mkt", "en", "Cotton apron, terracotta", **OLD)
    case("en-old-order-summer-sale", "reject", ["window.expired", "type.marketing"],
         "Proactive message about an order delivered seven weeks ago, announcing a summer sale.",
         to=b, frm="Kiln & Cloth <hello@kilnandcloth.co.uk>",
         subject=f"Summer sale - order {o}", text=f"""Hello,

We hope your apron from order {o} is seeing plenty of use. Our summer
sale starts on Friday: 25% off tea towels, oven gloves and table linen in
our Amazon store for one week only.

Kiln & Cloth""")

    case("en-old-order-review-again", "reject", ["window.expired", "review.repeat"],
         "Proactive review reminder for the kettle delivered seven weeks ago, after the relayed reply that "
         "already asked for a review: too late and a repeat.",
         to=b_old, frm="Brewhaus Kitchen <support@brewhauskitchen.co.uk>", day=15, after=("en-c-old-order-reply-review",),
         subject=f"Your kettle - order {o_old}", text=f"""Hi,

We asked a little while ago, but in case it slipped your mind: a review of
your kettle (order {o_old}) on Amazon would mean a lot to our small team.

Kieran, Brewhaus Kitchen""")


# ============================================================================================
# German (amazon.de)
# ============================================================================================

def cases_de() -> None:
    o, b = order("de-c-warranty", "de", "Stabmixer 1000 W mit Zubehör")
    case("de-c-antwort-garantie-hotline", "relay", [],
         "Antwort auf eine Defektmeldung: Hersteller-Garantiehotline in derselben Zeile wie 'Hersteller', "
         "Erstattung nach Einsendung, und 'Ihre Bewertung müssen Sie deshalb nicht ändern' (keine Bitte).",
         to=b, frm="Mixwerk Handel <service@mixwerk-handel.de>", enc=L1,
         reply="Der Stabmixer geht nach zwei Minuten aus. Ich habe schon eine Bewertung geschrieben.",
         subject=f"AW: Stabmixer schaltet ab - Bestellung {o}", text="""Guten Tag,

das Abschalten deutet auf den Überhitzungsschutz hin. Das ist ein
Garantiefall: Die Garantie-Hotline des Herstellers erreichen Sie unter
0800 330 2219, dort wird die Abholung veranlasst.

Ihre Bewertung müssen Sie deshalb nicht ändern; sie ist Ihr gutes Recht.

Mit freundlichen Grüßen
Jana Roth, Mixwerk Handel""")

    o, b = order("de-c-oos", "de", "Gartenbank Akazie 120 cm", **OOS)
    case("de-c-ausverkauft-erstattet", "relay", [],
         "Nicht lieferbar, Gesamtbetrag mit Grund erstattet, 'Sie müssen nichts stornieren', Bestätigung kommt "
         "von Amazon: Anpassung bestätigt, keine Stornobitte, keine Werbung.",
         to=b, frm="Holzgarten Meyer <bestellung@holzgarten-meyer.de>", fmt="alt", enc=B64,
         subject=f"Bestellung {o}: Gartenbank nicht lieferbar", text=f"""Hallo,

leider ist die Gartenbank aus Akazie (Bestellung {o}) nicht mehr
lieferbar: Die letzte Lieferung ist beim Transport beschädigt worden.

Wir haben den vollen Betrag von 149,00 EUR heute erstattet (Grund: kein
Bestand). Sie müssen nichts stornieren; Amazon schickt Ihnen die Bestätigung
der Erstattung per E-Mail.

Es tut uns leid.
Holzgarten Meyer""")

    o, b = order("de-gate-phone", "de", "Bluetooth-Lautsprecher, wasserdicht")
    case("de-bewertung-nur-zufrieden-hotline", "reject", ["review.conditional", "content.phone-number"],
         "'Wenn Sie zufrieden sind, bewerten Sie uns; wenn nicht, rufen Sie uns vorher an' mit der eigenen "
         "Servicenummer: Bewertungs-Gating und eine nicht erlaubte Telefonnummer.",
         to=b, frm="Klangbox24 <service@klangbox24.de>", enc=W1252,
         subject=f"Ihr Lautsprecher (Bestellung {o})", text=f"""Hallo,

Ihr Lautsprecher aus Bestellung {o} ist seit ein paar Tagen bei Ihnen.
Wenn Sie zufrieden sind, freuen wir uns über eine Bewertung bei Amazon.
Falls nicht, rufen Sie uns bitte vorher an: 030 2291 7740.

Klangbox24""")

    o, b = order("de-font", "de", "Kleiderschrank 3-türig, weiß", tld="de")
    html = f"""<html><body>
<center><font face="Arial" size="2">Sehr geehrte Kundin, sehr geehrter Kunde,<br><br>
für die Lieferung Ihres Kleiderschranks (Bestellung {o}) benötigt unsere Spedition einen
Liefertermin. Bitte teilen Sie uns mit, an welchem Tag in der Woche ab dem 22. Juni Sie zu Hause sind.<br><br>
Mit freundlichen Grüßen<br>Möbelhaus Brenner</font></center>
</body></html>
"""
    case("de-liefertermin-center-font-face", "reject", ["style.alignment", "style.font-override"],
         "Termin für eine Sperrgutlieferung (erlaubt), aber in <center> und <font face> gesetzt.",
         to=b, frm="Möbelhaus Brenner <versand@moebelhaus-brenner.de>", html=html, enc=L1, lang="de",
         subject=f"Liefertermin für Ihren Kleiderschrank - Bestellung {o}")

    o, b = order("de-ship-code", "de", "Fahrradhelm, Größe M", **FRESH)
    case("de-versandmeldung-mit-rabattcode", "quarantine", ["type.order-confirmation", "type.marketing"],
         "'Ihr Paket ist unterwegs' mit Sendungsnummer und dazu ein Rabattcode für den nächsten Einkauf.",
         to=b, frm="Velohelm <versand@velohelm.de>", fmt="html", enc=W1252, lang="de",
         subject=f"Ihre Bestellung {o} ist unterwegs", text=f"""Hallo,

Ihr Fahrradhelm (Bestellung {o}) hat heute unser Lager verlassen.
Sendungsnummer bei Hermes: 1H2A345678901234

Übrigens: Mit dem Code SOMMER10 sparen Sie bei Ihrem nächsten Einkauf in
unserem Amazon-Shop 10 %.

Ihr Velohelm-Team""")

    o, b = order("de-removal-money", "de", "Wanduhr Holz, 40 cm")
    case("de-antwort-bewertung-aendern-10-euro", "reject", ["review.removal-request", "review.incentive"],
         "Antwort auf eine Reklamation: 10 Euro Erstattung, wenn der Käufer seine Bewertung ändert: "
         "Änderungsbitte und Gegenleistung.",
         to=b, frm="Zeitholz <kontakt@zeitholz.de>", enc=L1,
         reply="Die Uhr tickt sehr laut, das steht auch in meiner Bewertung.",
         subject=f"AW: Laute Uhr - Bestellung {o}", text="""Hallo,

das tut uns leid. Wir erstatten Ihnen gerne 10 Euro, wenn Sie Ihre
Bewertung anpassen und die Sterne nach oben korrigieren.

Viele Grüße
Zeitholz""")

    o, b = order("de-old-thanks", "de", "Espressotassen 6er Set", **OLD)
    case("de-alte-bestellung-nur-danke", "reject", ["window.expired", "type.thank-you-only"],
         "Nur ein Dankeschön zu einer Bestellung, die vor sieben Wochen zugestellt wurde.",
         to=b, frm="Caffè Lorenz <info@caffe-lorenz.de>", enc=L1,
         subject=f"Danke! (Bestellung {o})", text=f"""Liebe Kundin, lieber Kunde,

herzlichen Dank für Ihren Einkauf (Bestellung {o}). Wir hoffen, die
Tassen gefallen Ihnen. Bei Fragen sind wir jederzeit gerne für Sie da.

Ihr Team von Caffè Lorenz""")

    o, b = order("de-oos-mail", "de", "Kinderschreibtisch höhenverstellbar", **OOS)
    case("de-ausverkauft-stornieren-mailadresse", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment", "content.email-address"],
         "Nicht lieferbar, der Käufer soll die Bestellung selbst stornieren, keine Erstattung bestätigt, und "
         "für Rückfragen eine eigene E-Mail-Adresse.",
         to=b, frm="Lernmöbel Kraft <auftrag@lernmoebel-kraft.de>", enc=W1252, crlf=True,
         subject=f"Bestellung {o}", text=f"""Guten Tag,

der Kinderschreibtisch aus Ihrer Bestellung {o} ist leider vergriffen.
Bitte stornieren Sie die Bestellung in Ihrem Amazon-Konto.

Rückfragen gerne an auftrag@lernmoebel-kraft.de.

Lernmöbel Kraft""")


# ============================================================================================
# French (amazon.fr)
# ============================================================================================

def cases_fr() -> None:
    o, b = order("fr-c-avis", "fr", "Cafetière à piston 1 l, verre borosilicate")
    case("fr-c-avis-neutre-garantie-fabricant", "relay", [],
         "Demande d'avis neutre ('positif ou négatif'), sans réduction, avec le numéro du service garantie du "
         "fabricant : vocabulaire d'incitation, de conditionnement et de téléphone, rien d'interdit.",
         to=b, frm="Maison Arabica <contact@maison-arabica.fr>", enc=L1,
         subject=f"Votre cafetière (commande {o})", text=f"""Bonjour,

Votre cafetière à piston (commande {o}) est arrivée il y a quelques
jours. Si le filtre se desserre, le service garantie du fabricant répond au
01 84 88 32 10 du lundi au vendredi.

Quand vous l'aurez utilisée, un avis sur Amazon, qu'il soit positif ou
négatif, aiderait les autres clients. Nous ne proposons aucune réduction en
échange.

Bonne dégustation,
Maison Arabica""")

    o, b = order("fr-to-it", "it", "Borraccia termica 500 ml", tld="it")
    case("fr-francais-a-acheteur-italien-frais-rembourses", "reject", ["language.mismatch", "review.incentive"],
         "Message en français à un acheteur d'amazon.it (langue it) qui promet le remboursement des frais de "
         "port en échange d'un avis.",
         to=b, frm="Gourde & Co <service@gourde-co.fr>", enc=L1,
         subject=f"Votre gourde - commande {o}", text=f"""Bonjour,

Merci pour votre commande {o}. Laissez-nous un avis sur Amazon et nous
vous rembourserons les frais de port.

Gourde & Co""")

    o, b = order("fr-ship-emoji", "fr", "Lampe de chevet en lin", **FRESH)
    case("fr-colis-parti-emoji", "reject", ["type.order-confirmation", "style.emoji"],
         "Confirmation d'expédition avec numéro de suivi, et des emojis dans l'objet et le corps.",
         to=b, frm="Atelier Lueur <boutique@atelier-lueur.fr>", fmt="alt",
         subject=f"\U0001f4e6 Votre commande {o} est en route", text=f"""Bonjour,

Bonne nouvelle \U0001f389 Votre lampe de chevet (commande {o}) a été
expédiée aujourd'hui par Colissimo, numéro de suivi 6A21458793301.

Atelier Lueur""")

    o, b = order("fr-oos-cancel", "fr", "Service à thé en fonte, 6 pièces", **OOS)
    case("fr-rupture-annulez-sauts-de-ligne", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment", "style.line-breaks"],
         "Rupture de stock, 'merci d'annuler la commande de votre côté', aucun remboursement confirmé, et trois "
         "lignes vides d'affilée.",
         to=b, frm="Thé & Fonte <commandes@the-et-fonte.fr>", enc=W1252,
         subject=f"Commande {o} - rupture", text=f"""Bonjour,

Le service à thé en fonte de votre commande {o} est en rupture de stock
chez notre fournisseur.

Merci d'annuler la commande de votre côté depuis votre compte Amazon.



Cordialement,
Thé & Fonte""")

    o, b = order("fr-pixel-photo", "fr", "Sérum vitamine C 30 ml")
    html = page(f"""<p>Bonjour,</p>
<p>Vous avez reçu votre commande {o} il y a quelques jours. Pourriez-vous partager votre avis sur Amazon ?
Cela nous aide beaucoup.</p>
<p><img src="cid:serum.75@eclat-botanique.fr" alt="Sérum vitamine C 30 ml" width="240" height="300"></p>
<p>Belle journée,<br>Éclat Botanique</p>
<img src="https://trk.avis-relance.fr/px/a91be0/{o}" width="1" height="1" style="display:none">""", "fr")
    case("fr-demande-avis-photo-produit-pixel", "reject",
         ["image.product-photo", "image.tracking-pixel", "style.image-alt"],
         "Demande d'avis (neutre) d'un outil d'avis : photo du produit acheté (alt = titre), pixel caché sans "
         "alt.",
         to=b, frm="Éclat Botanique <avis@eclat-botanique.fr>", html=html, lang="fr",
         subject=f"Votre avis sur votre commande {o}",
         related=[(serum_jpeg(), "image", "jpeg", "<serum.75@eclat-botanique.fr>", "serum.jpg")])

    o, b = order("fr-docx-mail", "fr", "Tapis berbère 160 x 230 cm")
    case("fr-facture-word-adresse-mail", "reject", ["attachment.not-allowed", "content.email-address"],
         "Facture envoyée en .docx et adresse e-mail de la comptabilité dans le corps.",
         to=b, frm="Tapis du Souk <compta@tapisdusouk.fr>", enc=L1,
         subject=f"Facture commande {o}", text=f"""Bonjour,

Veuillez trouver ci-joint la facture de votre commande {o}.
Pour toute question, écrivez à facturation@tapisdusouk.fr.

Tapis du Souk""",
         attach=[(make_docx(["Tapis du Souk - Facture", f"Commande {o}", "Total 289,00 EUR TTC"]),
                  "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", "facture.docx")])


# ============================================================================================
# Spanish (amazon.es)
# ============================================================================================

def cases_es() -> None:
    o, b = order("es-c-return", "es", "Zapatillas de trail, talla 42")
    case("es-c-devolucion-reembolso-parcial", "relay", [],
         "Devolución: pide fotos de la suela y ofrece un reembolso parcial si se queda el producto, con el "
         "enlace https de devoluciones de Amazon y texto descriptivo.",
         to=b, frm="Sendero Sport <atencion@senderosport.es>", enc=B64,
         subject=f"Su devolución del pedido {o}", text=f"""Hola:

Hemos visto su solicitud de devolución de las zapatillas (pedido {o}).
¿Podría enviarnos por mensaje de Amazon dos fotos de la suela despegada?

Si prefiere quedárselas, le ofrecemos un reembolso parcial del 25 %. Si no,
puede seguir la devolución en el centro de devoluciones de Amazon:
https://www.amazon.es/returns

Un saludo,
Sendero Sport""")

    o, b = order("es-gate-5", "es", "Cepillo alisador de pelo iónico")
    case("es-si-esta-satisfecho-cinco-estrellas-regalo", "reject", ["review.conditional", "review.incentive"],
         "'Si está satisfecho, déjenos 5 estrellas y le regalamos un cepillo; si no, escríbanos antes': gating "
         "más incentivo.",
         to=b, frm="Lisa Pro <hola@lisapro.es>", enc=L1,
         subject=f"Su cepillo alisador (pedido {o})", text=f"""Hola:

Si está satisfecho con su cepillo (pedido {o}), déjenos una valoración
de 5 estrellas en Amazon y le regalamos un cepillo de viaje. Si algo no le
ha gustado, escríbanos antes por aquí.

Lisa Pro""")

    o, b = order("es-oos-phone", "es", "Mesa auxiliar de mármol", **OOS)
    case("es-sin-stock-llamenos", "reject", ["order-problem.no-adjustment", "content.phone-number"],
         "Sin stock y sin confirmar ningún reembolso ni ajuste; pide que llame a la tienda para decidir.",
         to=b, frm="Marmoleria Costa <pedidos@marmoleriacosta.es>", enc=W1252,
         subject=f"Pedido {o}", text=f"""Hola:

La mesa auxiliar de su pedido {o} está agotada y no podemos enviarla.
Llámenos al 912 448 731 y vemos juntos qué hacemos.

Marmolería Costa""")

    o, b = order("es-mkt-optout", "es", "Juego de sartenes antiadherentes, 3 piezas")
    html = page(f"""<p>Hola:</p>
<p>Gracias a clientes como usted (pedido {o}) lanzamos nuestra nueva colección de cacerolas, con un 20 %
de descuento esta semana en nuestra tienda de Amazon.</p>
<p>Si no desea recibir más correos, <a href="https://www.cocinaviva.es/baja?u={o}">darse de baja de los correos de Cocina Viva</a>.</p>
<p>Cocina Viva</p>""", "es")
    case("es-coleccion-nueva-darse-de-baja", "reject", ["type.marketing", "link.opt-out", "link.external"],
         "Promoción de una colección nueva con un enlace https para darse de baja en la web del vendedor.",
         to=b, frm="Cocina Viva <novedades@cocinaviva.es>", html=html, lang="es",
         subject=f"Novedades de Cocina Viva - pedido {o}",
         headers=[("List-Unsubscribe", "<https://www.cocinaviva.es/baja>")])

    o, b = order("es-sofa", "es", "Sofá cama 3 plazas, gris")
    html = page(f"""<div style="padding-left: 140px">
<p>Hola:</p>
<p>Para entregar su sofá cama (pedido {o}) la agencia necesita concertar una cita. ¿Qué día de la semana que
viene le viene mejor, por la mañana o por la tarde?</p>
<p><img src="http://www.sofasluna.es/img/firma.png" alt="Sofás Luna" width="140" height="40"></p>
</div>""", "es")
    case("es-cita-entrega-padding-imagen-http", "reject", ["style.margin", "image.insecure"],
         "Cita de entrega de un artículo voluminoso (permitida), con 140 px de margen izquierdo y la firma en "
         "imagen cargada por http.",
         to=b, frm="Sofás Luna <entregas@sofasluna.es>", html=html, lang="es",
         subject=f"Cita para la entrega de su sofá (pedido {o})")


# ============================================================================================
# Italian (amazon.it)
# ============================================================================================

def cases_it() -> None:
    o_rv, b_rv = order("it-c-review", "it", "Moka 6 tazze in acciaio")
    case("it-c-richiesta-recensione-neutra", "relay", [],
         "Prima richiesta di recensione, neutra ('sia positiva sia negativa'), senza sconti né condizioni.",
         to=b_rv, frm="Caffettiera Italia <servizio@caffettieraitalia.it>", day=9, enc=L1,
         subject=f"La sua moka (ordine {o_rv})", text=f"""Buongiorno,

la moka dell'ordine {o_rv} dovrebbe esserle arrivata. Un consiglio: la
prima caffettiera non la beva, serve solo a pulire il filtro e la
guarnizione nuova.

Se le va, lasci una recensione su Amazon, sia positiva sia negativa:
ogni parere onesto aiuta altri clienti.

Cordiali saluti,
Caffettiera Italia""")

    o, b = order("it-c-design", "it", "Tazza personalizzata con foto")
    logo = logo_png("FOTOTAZZA", size=(150, 44), bg=(20, 70, 110))
    proof = pdf("Bozza tazza", ["Bozza di stampa", f"Ordine {o}", "Testo: Buon compleanno Nonna Pina"])
    html = page(f"""<p><img src="cid:logo.75@fototazza.it" alt="FotoTazza" width="150" height="44"></p>
<p>Buongiorno,</p>
<p>in allegato trova la bozza di stampa della sua tazza personalizzata (ordine {o}). Per favore controlli
il testo "Buon compleanno Nonna Pina" e ci confermi se possiamo stampare.</p>
<p>Grazie e a presto,<br>FotoTazza</p>""", "it")
    case("it-c-bozza-design-allegato-logo", "relay", [],
         "Verifica di un design personalizzato con bozza PDF allegata e un logo inline non collegato con alt: "
         "allegato, logo e ringraziamento, tutto consentito.",
         to=b, frm="FotoTazza <bozze@fototazza.it>", html=html, lang="it",
         subject=f"Bozza della sua tazza - ordine {o}",
         related=[(logo, "image", "png", "<logo.75@fototazza.it>", "logo.png")],
         attach=[(proof, "application", "pdf", "bozza-tazza.pdf")])

    o, b = order("it-removal-phone", "it", "Ventilatore da tavolo silenzioso")
    case("it-rimuova-recensione-ci-chiami", "reject", ["review.removal-request", "content.phone-number"],
         "Messaggio proattivo: 'abbiamo visto la sua recensione negativa, la preghiamo di rimuoverla' e il "
         "numero del negozio.",
         to=b, frm="Brezza Casa <assistenza@brezzacasa.it>", enc=W1252,
         subject=f"La sua recensione - ordine {o}", text=f"""Gentile cliente,

abbiamo visto la sua recensione negativa sul ventilatore (ordine {o}).
La preghiamo di rimuoverla: ci chiami al 02 8736 4410 e risolviamo tutto.

Brezza Casa""")

    o, b = order("it-to-es", "es", "Set di pennelli da trucco, 12 pezzi", tld="es")
    case("it-italiano-a-cliente-spagnolo-emoji", "reject", ["language.mismatch", "style.emoji"],
         "Avviso di ritardo in italiano a un acquirente di amazon.es (lingua es), con un'emoji.",
         to=b, frm="Trucco Bello <ordini@truccobello.it>", fmt="alt",
         subject=f"Ritardo ordine {o}", text=f"""Buongiorno,

il suo set di pennelli (ordine {o}) partirà con tre giorni di ritardo
perché il corriere non ha ritirato venerdì. Ci scusiamo \U0001f614

Trucco Bello""")

    o, b = order("it-gif-wide", "it", "Poster personalizzato con mappa stellare")
    html = page(f"""<p>Buongiorno,</p>
<p>ecco l'anteprima del suo poster personalizzato (ordine {o}): la data e il luogo sono corretti?</p>
<p><img src="cid:anteprima.75@cielostellato.it" alt="Anteprima animata del poster" width="560" height="140"></p>
<p>Attendiamo la sua conferma per stampare.<br>Cielo Stellato</p>""", "it")
    case("it-anteprima-gif-animata-larga", "reject", ["style.animated-gif", "style.image-width"],
         "Verifica del design (consentita), ma l'anteprima è una GIF animata larga 560 px.",
         to=b, frm="Cielo Stellato <stampa@cielostellato.it>", html=html, lang="it",
         subject=f"Anteprima del suo poster (ordine {o})",
         related=[(animated_gif(("ANTEPRIMA", "14.06.2026")), "image", "gif", "<anteprima.75@cielostellato.it>",
                   "anteprima.gif")])

    case("it-seconda-richiesta-solo-se-soddisfatto", "reject", ["review.repeat", "review.conditional"],
         "Seconda richiesta di recensione per la stessa moka, stavolta solo 'se è rimasto soddisfatto', "
         "altrimenti di scrivere prima al venditore.",
         to=b_rv, frm="Caffettiera Italia <servizio@caffettieraitalia.it>", day=14, enc=L1,
         after=("it-c-richiesta-recensione-neutra",),
         subject=f"Ancora sulla sua moka (ordine {o_rv})", text=f"""Buongiorno,

le riscriviamo per la moka dell'ordine {o_rv}: se è rimasto soddisfatto,
ci lascerebbe una recensione? Se invece qualcosa non va, ci scriva prima
qui, così rimediamo.

Caffettiera Italia""")


# ============================================================================================
# Japanese (amazon.co.jp)
# ============================================================================================

def cases_ja() -> None:
    o, b = order("ja-c-bulky", "ja", "電動昇降デスク 140cm")
    case("ja-c-oogata-haisou-yamato", "relay", [],
         "大型商品の配送日時の確認（許可）。ご注文のお礼、ヤマト運輸の電話番号（配送業者）、発送予定を含むが違反なし。",
         to=b, frm="デスクワークス <support@deskworks.jp>", enc=JIS, lang="ja",
         subject=f"配送日時のご確認（注文番号 {o}）", text=f"""お客様

このたびはご注文ありがとうございます。
ご注文番号 {o} の電動昇降デスクは重量が35kgあるため、
ヤマト運輸の家財便でお届けします。

お届け希望日（6月20日以降）と時間帯をこのメッセージへの
ご返信でお知らせください。
当日の変更はヤマト運輸（0120-01-9625）へご連絡いただけます。

デスクワークス""")

    o, b = order("ja-gate-mail", "ja", "加湿器 超音波式 3L")
    case("ja-manzoku-nara-hoshi5-fuman-mail", "reject",
         ["review.conditional", "review.incentive", "content.email-address"],
         "「ご満足いただけましたら★5のレビューを、ご不満の場合は評価の前にメールで」：条件付き、★5の誘導、メールアドレス。",
         to=b, frm="うるおい家電 <info@uruoi-kaden.jp>", enc=SJIS, lang="ja",
         subject=f"加湿器のご使用感について（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の加湿器はお使いいただけていますでしょうか。

ご満足いただけましたら、ぜひ★5のレビューをお願いいたします。
ご不満な点がございましたら、評価の前に support@uruoi-kaden.jp まで
ご連絡ください。

うるおい家電""")

    o, b = order("ja-ship-emoji", "ja", "ワイヤレスイヤホン ノイズキャンセリング", **FRESH)
    case("ja-hassou-kanryou-emoji-kaigyou", "reject", ["type.order-confirmation", "style.emoji", "style.line-breaks"],
         "発送完了と追跡番号だけのお知らせに絵文字と三行以上の空行。",
         to=b, frm="サウンドラボ <shipping@soundlab.jp>", lang="ja",
         subject=f"発送完了のお知らせ（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の商品を本日発送いたしました✨
佐川急便 お問い合わせ番号：4012 5566 7781



サウンドラボ""")

    o, b = order("ja-return-phone", "ja", "炊飯器 5.5合 IH")
    case("ja-henpin-uketsuke-jisha-denwa", "reject", ["return.unnecessary", "content.phone-number"],
         "返品について、情報の依頼も一部返金の提案もなく「返品を承りました」と知らせるだけ、さらに自社の電話番号。",
         to=b, frm="ごはん家電 <henpin@gohan-kaden.jp>", enc=EUC, lang="ja",
         tolerated=("type.order-confirmation",),
         subject=f"返品について（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の炊飯器の返品を承りました。
商品到着後に返金手続きを行います。
ご不明な点は当店 03-5812-4470 までお電話ください。

ごはん家電""")


# ============================================================================================
# Dutch (amazon.nl)
# ============================================================================================

def cases_nl() -> None:
    o, b = order("nl-c-reply", "nl", "Fietstas dubbel, waterdicht")
    case("nl-c-antwoord-track-postnl-niet-annuleren", "relay", [],
         "Antwoord op 'waar blijft mijn pakket?': track-and-trace, het nummer van de PostNL-klantenservice en "
         "'u hoeft de bestelling niet te annuleren'.",
         to=b, frm="Trapvast <klantenservice@trapvast.nl>", enc=L1,
         reply="Mijn fietstas is nog niet binnen. Moet ik de bestelling annuleren?",
         subject=f"Re: Bestelling {o} niet ontvangen", text=f"""Hallo,

Uw fietstas (bestelling {o}) is op 1 juni verzonden met PostNL,
track-and-tracecode 3SPOST0187422. U hoeft de bestelling niet te annuleren.
De klantenservice van PostNL is bereikbaar op 088 868 6161 als het pakket
vandaag niet wordt bezorgd.

Met vriendelijke groet,
Trapvast""")

    o, b = order("nl-incent-mail", "nl", "Keukenweegschaal digitaal")
    case("nl-review-korting-mailadres", "reject", ["review.incentive", "type.marketing", "content.email-address"],
         "Korting op de volgende bestelling in ruil voor een review (ook een promotie), en een eigen mailadres "
         "om de screenshot naartoe te sturen.",
         to=b, frm="Weegwijs <info@weegwijs.nl>", fmt="alt",
         subject=f"Uw weegschaal (bestelling {o})", text=f"""Hallo,

Plaats een review van uw weegschaal (bestelling {o}) op Amazon en stuur
een screenshot naar review@weegwijs.nl: u krijgt dan 10% korting op uw
volgende bestelling.

Weegwijs""")

    o, b = order("nl-ship-link", "nl", "Plantenbak zink 60 cm", **FRESH)
    html = page(f"""<p>Beste klant,</p>
<p>Uw bestelling {o} is vandaag verzonden. U kunt het pakket volgen via
<a href="https://jouw.postnl.nl/track-and-trace/3SPOST9921845-NL-1234AB">de track-and-tracepagina van PostNL</a>.</p>
<p>Groet,<br>Groenbak</p>""", "nl")
    case("nl-verzendbevestiging-postnl-link", "reject", ["type.order-confirmation", "link.external"],
         "Verzendbevestiging met een https-link naar PostNL (geen Amazon-domein): bevestiging en externe link.",
         to=b, frm="Groenbak <verzending@groenbak.nl>", html=html, lang="nl", crlf=True,
         subject=f"Uw bestelling {o} is verzonden")

    _, b = order("nl-noid-thanks", "nl", "Theedoeken set van 4")
    case("nl-zonder-bestelnummer-alleen-bedankt", "reject", ["order-id.missing", "type.thank-you-only"],
         "Alleen een bedankje zonder bestelnummer.",
         to=b, frm="Huis & Linnen <hallo@huisenlinnen.nl>", enc=L1,
         subject="Bedankt voor uw bestelling", text="""Beste klant,

Hartelijk dank voor uw aankoop bij Huis & Linnen. Heeft u vragen, dan
helpen wij u graag.

Met vriendelijke groet,
Huis & Linnen""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja, cases_nl))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="seventyfifth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
