#!/usr/bin/env python3
"""Build the twenty-second labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_twentysecond/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. About 45 % English, the rest German, French, Spanish, Italian
and Japanese. Angle: messages that break SEVERAL rules of different sections at once, labelled with the exact
set of findings (every broken rule must fire, every other rule must stay silent), and near-compliant messages
that break exactly ONE rule while carrying the vocabulary of others.
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
    collect_by_language,
    img_bytes,
    lang_counts,
    logo_png,
    mail_date,
    make_docx,
    make_pdf,
    mk,
    quote,
    reply_headers,
    set_boundaries,
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(22_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "ca": "70", "de": "30", "fr": "40", "es": "40", "it": "40", "co.jp": "25"}
_TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T11:00:00Z", shipped="2026-06-02T09:00:00Z",
                 delivered="2026-06-05T14:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
PENDING = {"shipped": "", "delivered": ""}
PRODUCER = "corpus_twentysecond invoice tool 1.0"

STYLE = ["style.link-text", "style.image-alt", "style.emoji", "style.animated-gif", "style.margin",
         "style.image-width", "style.font-override", "style.font-sizes", "style.alignment", "style.line-breaks"]
IMAGE = ["image.insecure", "image.logo-link", "image.tracking-pixel", "image.product-photo", "image.not-brand"]
OTHER = ["attachment.not-allowed", "message.malformed", "link.insecure", "link.external", "link.opt-out",
         "content.email-address", "content.phone-number", "content.sensitive", "order-id.missing",
         "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "language.mismatch", "review.repeat"]
HEURISTIC = ["type.order-confirmation", "type.thank-you-only", "type.marketing", "review.incentive",
             "review.removal-request", "review.conditional", "order-problem.cancellation-request",
             "order-problem.no-adjustment", "return.unnecessary"]
EVERY = STYLE + IMAGE + OTHER + HEURISTIC
OOS = ["order-problem.cancellation-request", "order-problem.no-adjustment"]


def _d(day: int) -> str:
    return mail_date(day, "08:25:00", "+0000")


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str,
         html: str | None = None, text: str | None = None, day: int = 12, reply: str = "",
         tolerated: tuple[str, ...] = (), charset: str = "utf-8", cte: str = "quoted-printable",
         related=(), attach=(), headers=(), after=(), crlf: bool = False, lang: str = "") -> None:
    """One case. Every rule of EVERY not named in `rules` (or tolerated) must stay silent. `reply` is the
    buyer's question: the message then answers a buyer (In-Reply-To) and quotes it in the text part."""
    hdrs = list(headers) + (reply_headers(f"0100019c.e22.{slug[:24]}") if reply else [])
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    if reply and text is not None:
        text = text.rstrip("\n") + "\n\n" + quote(reply) + "\n"
    tol = (*tolerated, "content.spelling")
    absent = [r for r in EVERY if r not in rules and r not in tol]
    msg = mk(frm, to, subject, _d(day), f"<c22.{slug}@{dom}>", headers=hdrs, text=text, html=html,
             charset=charset, cte=cte, related=related, attach=attach)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, after=after, tolerated=tol, crlf=crlf, lang=lang)


def simple(body: str, lang: str, head: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" '
            f'content="text/html; charset=utf-8">\n{head}</head>\n<body>\n{body}\n</body>\n</html>\n')


def photo_png(width: int, height: int, label: str, bg=(238, 236, 230)) -> bytes:
    img = Image.new("RGB", (width, height), bg)
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([width // 4, 30, 3 * width // 4, height - 30], radius=16, fill=(70, 70, 76))
    d.ellipse([width // 2 - 40, 50, width // 2 + 40, 130], fill=(160, 120, 80))
    d.text((20, height - 20), label, fill=(20, 20, 20))
    return img_bytes(img, "PNG", optimize=True)


def pixel(url: str) -> str:
    return f'<img src="{url}" width="1" height="1" alt="" style="display:block;border:0">'


# --------------------------------------------------------------------------------------------
# English
# --------------------------------------------------------------------------------------------

def cases_en() -> None:  # noqa: PLR0915
    # ---------------- multi-rule ----------------
    o, b = order("giftcard", "en", "Bamboo Bath Mat, Non-Slip, 50 x 80 cm")
    case("review-giftcard-http-emoji-phone", "reject",
         ["review.incentive", "link.insecure", "style.emoji", "content.phone-number"],
         "A review request paid with a $10 gift card, an http:// review link, an emoji and the seller's own "
         "phone line: four rules of three sections, all must be named.",
         to=b, frm="Calm Home Goods <hello@calmhomegoods.com>", tolerated=("type.marketing",),
         subject=f"How is your bath mat? (order {o})", text=f"""Hi there,

We hope the bamboo bath mat from order {o} is settling in nicely. A quick tip:
let it dry flat between uses for the first week so the slats stay straight.

Would you do us a favour? Leave a 5-star review of the mat and we'll email you a
$10 Amazon gift card as a thank-you 🎁

Here's the review page:
http://www.amazon.com/review/create-review?asin=B0D4KX72QM

Any trouble with the link? Call Jenny on (512) 555-0187 and she'll walk you
through it.

Cheers,
Jenny & the Calm Home team
""")

    o, b = order("fr-dispatch", "fr", "Théière en fonte 1,2 L, noire")
    body = f"""<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td>
<p>Hello,</p>
<p>Good news: your order <b>{o}</b> has shipped today!</p>
<p>Carrier: Colissimo<br>Tracking number: 6A23419876543<br>Estimated delivery: 17-18 June</p>
<p>Thank you for shopping with Kyusu House.</p>
<p>Kyusu House</p>
</td></tr></table>
{pixel("https://t.sendloop-mail.com/o/5c0e9a71d2/" + o + "/open.gif")}"""
    case("dispatch-english-to-fr-buyer-pixel", "reject",
         ["type.order-confirmation", "language.mismatch", "image.tracking-pixel", "style.image-alt"],
         "An English dispatch confirmation to an amazon.fr buyer (language fr) with a 1x1 open-tracking pixel "
         "without alt text: a confirmation Amazon already sends, the wrong language, a tracker, a missing alt.",
         to=b, frm="Kyusu House <orders@kyusuhouse.com>",
         subject=f"Your order {o} is on its way", html=simple(body, "en"))

    o, b = order("oos-cancel", "en", "Ceramic Pour-Over Coffee Dripper, White", **PENDING)
    case("oos-cancel-coupon-reply-stop", "reject",
         [*OOS, "type.marketing", "link.opt-out"],
         "Out of stock: asks the buyer to cancel, confirms no adjustment, adds a coupon for next time and a "
         "'Reply STOP' opt-out line.",
         to=b, frm="Drip Theory <shop@driptheory.com>",
         subject=f"About your order {o}", text=f"""Hello,

I'm sorry to tell you that the white ceramic dripper you ordered ({o}) is
out of stock. Our supplier's next batch won't reach us before August.

Could you please cancel the order from Your Orders on Amazon? Choose "Request
cancellation" and pick any reason.

For the inconvenience, here's 15% off your next order in our store: use the
code DRIP15 at checkout.

Reply STOP to stop receiving messages from Drip Theory.

Best,
Noah
""")

    o, b = order("thanks-gif", "en", "Linen Napkins, Set of 6, Sage")
    body = f"""<div style="text-align:center;font-family:'Dancing Script',cursive">
<p>Dear customer,</p>
<p>Thank you so much for your order {o}!</p>
<p>Every order means the world to our little studio.<br>
If you ever need anything, we're always here to help.</p>
<p><img src="cid:thanks-anim" width="220" height="56" alt="Thank you from Maple Linen Studio"></p>
<p>With love,<br>Maple Linen Studio</p>
</div>"""
    case("thank-you-centered-font-animated-gif", "reject",
         ["type.thank-you-only", "style.alignment", "style.font-override", "style.animated-gif"],
         "Says only thank you and 'here to help', in a centered body with a custom script font and an animated "
         "GIF: one purpose rule and three styling rules.",
         to=b, frm="Maple Linen Studio <studio@maplelinen.co>",
         subject=f"Thank you! Order {o}", html=simple(body, "en"),
         related=[(animated_gif(("THANK YOU", "Maple Linen")), "image", "gif", "thanks-anim", "thanks.gif")])

    o, b = order("removal-wa", "en", "Insulated Lunch Box with Leakproof Lid", tld="co.uk")
    case("review-removal-email-whatsapp", "reject",
         ["review.removal-request", "content.email-address", "content.phone-number"],
         "Asks to remove the 2-star review once a replacement lid arrives, and gives a private email address "
         "and a WhatsApp number.",
         to=b, frm="Sam at Boxbright <sam@boxbright.co.uk>",
         subject=f"Your lunch box - order {o}", text=f"""Hi,

I'm Sam, the owner of Boxbright. I read your review of the lunch box from
order {o} and I'm really sorry the lid leaked.

A new lid with the updated silicone seal went out to you yesterday by Royal
Mail, no need to send the old one back.

Once you've tried the new lid, would you be kind enough to take down the
2-star review? It hurts a small shop like ours a lot.

If the new lid gives you any trouble, email me directly at
sam.whitfield.boxbright@gmail.com or send me a WhatsApp on +44 7700 900461.

Thanks,
Sam
""")

    b = "q7m2k9x4v1p8t3w@marketplace.amazon.com"
    body = """<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td>
<h1>Summer Garden Days are here</h1>
<p>Hi gardener,</p>
<p>For one week only, everything in our planter range is 25% off, including the new self-watering
troughs and the cedar raised beds.</p>
<p><a href="https://www.fernandstone.com/sale">Shop the Summer Garden sale</a></p>
<p>Share your garden with us and get inspired by other customers:</p>
<p><a href="https://www.instagram.com/fernandstone">Follow Fern &amp; Stone on Instagram</a> |
<a href="https://www.facebook.com/fernandstonegarden">Like us on Facebook</a></p>
<hr>
<p>You are receiving this email because you bought from Fern &amp; Stone on Amazon.
<a href="https://www.fernandstone.com/newsletter/unsubscribe?u=88c1f0">Unsubscribe from these emails</a></p>
</td></tr></table>"""
    case("newsletter-list-unsubscribe-social", "reject",
         ["type.marketing", "link.opt-out", "link.external", "order-id.missing"],
         "A sale newsletter with social links, an unsubscribe link and a List-Unsubscribe header, without any "
         "order ID: marketing, opt-out, external links and a missing order ID.",
         to=b, frm="Fern & Stone <news@fernandstone.com>",
         headers=[("List-Unsubscribe", "<https://www.fernandstone.com/newsletter/unsubscribe?u=88c1f0>"),
                  ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
         subject="25% off planters - Summer Garden Days", html=simple(body, "en"))

    o, b = order("photo-noid", "en", "Burr Espresso Grinder, 40 Settings")
    body = """<p>Hello,</p>
<p>Thank you for your recent purchase. A few customers have found the bean hopper tricky to seat, so here is
how the grinder should look once it is put together. The hopper clicks into place when the arrow on its rim
lines up with the dot on the body.</p>
<p><img src="cid:grinder-photo" alt="Burr Espresso Grinder, assembled with the hopper locked"></p>
<p>Start on setting 18 for espresso and go finer one step at a time.</p>
<p>Best regards,<br>Crema Tools</p>"""
    case("no-order-id-product-photo-wide", "reject", ["order-id.missing", "style.image-width"],
         "A proactive set-up tip with no order ID and a 560 px photo of the purchased grinder (wider than "
         "80 %). The proxy cannot know the ordered product without an order ID, so image.product-photo is "
         "tolerated.",
         to=b, frm="Crema Tools <care@crematools.com>", tolerated=("image.product-photo",),
         subject="Setting up your espresso grinder", html=simple(body, "en"),
         related=[(photo_png(560, 320, "grinder"), "image", "png", "grinder-photo", "grinder-assembled.png")])

    o, b = order("old-kettle", "en", "Gooseneck Electric Kettle 0.9 L", purchased="2026-05-01T10:00:00Z",
                 shipped="2026-05-02T08:00:00Z", delivered="2026-05-06T12:00:00Z")
    case("reply-with-review-request-first", "relay", [],
         "Answers the buyer's descaling question and adds a neutral review request: a reply, so the 40-day-old "
         "order is no window issue; relayed, it is recorded as this order's review request.",
         to=b, frm="Pourfect <help@pourfect-kettles.com>", day=10,
         reply="How do I descale the kettle? There are white flakes inside.",
         subject=f"Re: Descaling - order {o}", text=f"""Hello,

The white flakes are limescale; they are harmless but worth removing. Fill the
kettle (order {o}) halfway with equal parts water and white vinegar, bring
it to the boil, leave it for an hour, then rinse it three times with fresh
water. In a hard-water area, repeat this once a month.

If you have a moment, we would appreciate a review of the kettle on Amazon.

Kind regards,
Pourfect
""")
    case("second-review-request-40-days", "reject", ["window.expired", "review.repeat"],
         "A proactive reminder to review the kettle 40 days after delivery, after a first request that was "
         "relayed: too late, and a repeat request.",
         to=b, frm="Pourfect <help@pourfect-kettles.com>", after=("reply-with-review-request-first",),
         subject=f"A quick reminder about your kettle - order {o}", text=f"""Hello,

A few days ago we asked whether you could share a review of the gooseneck
kettle from order {o}. In case our message got lost, here is a reminder:
your review helps other coffee lovers choose the right kettle.

You can write it from Your Orders on Amazon.

Kind regards,
Pourfect
""")

    o, b = order("gating-margin", "en", "Memory Foam Travel Pillow, Grey")
    url = f"https://www.amazon.com/review/create-review?asin=B0BZ7H4R2K&amp;orderId={o}"
    body = f"""<div style="margin:0 25%">
<p>Hi,</p>
<p>Your travel pillow from order {o} arrived a few days ago. We hope it has already made a trip or two more
comfortable.</p>
<p>Loved it? Then please leave us 5 stars! <a href="{url}">Click here</a></p>
<p>Not happy with it? Please don't leave a review yet; just reply to this email and we will make it right.</p>
<p>Best wishes,<br>Drift Travel Co.</p>
</div>"""
    case("gating-five-stars-margin-click-here", "reject",
         ["review.conditional", "review.incentive", "style.margin", "style.link-text"],
         "Review gating ('Loved it? leave 5 stars; not happy? reply instead') that also pushes for 5 stars, in a "
         "body with 25 % side margins and a 'Click here' link.",
         to=b, frm="Drift Travel Co. <team@drifttravel.co>",
         subject=f"How was your first trip with the pillow? Order {o}", html=simple(body, "en"))

    o, b = order("return-http", "en", "Arc Floor Lamp, Brushed Brass")
    body = f"""<p><img src="http://cdn.lumenhaus.com/mail/lumenhaus-logo.png" width="140" height="40"
alt="Lumenhaus"></p>
<p>Hello,</p>
<p>We saw that you have started a return for the arc floor lamp from order {o}. We're sorry it wasn't the
right fit for your room :(</p>
<p>Once the lamp reaches our warehouse we will check it, and the refund goes through Amazon within two working
days of arrival.</p>
<p>Best regards,<br>Lumenhaus</p>"""
    case("return-notice-emoticon-http-logo", "reject",
         ["return.unnecessary", "style.emoji", "image.insecure"],
         "A return message that neither asks for information nor offers a partial refund, with a sad-face "
         "emoticon and a logo loaded over http.",
         to=b, frm="Lumenhaus <service@lumenhaus.com>",
         subject=f"Your return - order {o}", html=simple(body, "en"))

    o, b = order("invoice-docx", "en", "Standing Desk Frame, Dual Motor", tld="co.uk")
    inv = make_docx(["INVOICE INV-2026-1187", f"Amazon order {o}", "Standing Desk Frame, Dual Motor",
                     "Net GBP 274.99  VAT 20% GBP 55.00  Total GBP 329.99"])
    case("invoice-docx-phone-email", "reject",
         ["attachment.not-allowed", "content.phone-number", "content.email-address"],
         "Sending an invoice is permitted, but as a Word file (not on the allow-list), with the accounts "
         "team's phone number and email address.",
         to=b, frm="Ergolift UK <accounts@ergolift.co.uk>",
         attach=[(inv, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
                  "Invoice-INV-2026-1187.docx")],
         subject=f"VAT invoice for order {o}", text=f"""Dear customer,

Please find attached the VAT invoice for your standing desk frame, order
{o}.

If anything on the invoice needs changing (for example a company name or VAT
number), call our accounts team on 0161 496 0732 or write to
invoices@ergolift.co.uk and we will issue a corrected copy.

Kind regards,
Ergolift UK Accounts
""")

    o, b = order("crosssell", "en", "Natural Rubber Yoga Mat 4 mm, Olive")
    case("cross-sell-external-link-emoji", "reject", ["type.marketing", "link.external", "style.emoji"],
         "A care tip followed by a cross-sell with a discount and a link to the seller's shop, closed with an "
         "emoji.",
         to=b, frm="Zen Stretch <namaste@zenstretch.com>",
         subject=f"Caring for your yoga mat - order {o}", text=f"""Hi,

Natural rubber needs a little care: wipe the mat from order {o} with a damp
cloth after practice and keep it out of direct sunlight, which makes rubber
brittle.

Since you chose our mat, you might love our cork yoga blocks too. This week
they're 20% off in our online shop:
https://www.zenstretch.com/collections/cork-blocks

Namaste 🧘
Zen Stretch
""")

    o, b = order("conf-logo", "en", "Walnut Serving Board, Large")
    body = f"""<p><a href="https://www.oakandpine.com"><img src="cid:oplogo" width="150" height="44"
alt="Oak &amp; Pine Home"></a></p>
<h2>We've received your order!</h2>
<p>Hi,</p>
<p>Thanks for ordering from Oak &amp; Pine. Your order {o} is confirmed and will be packed and shipped
within one working day.</p>
<p>Walnut Serving Board, Large &times; 1</p>
<p>Oak &amp; Pine Home</p>"""
    case("order-received-logo-linked-to-shop", "reject",
         ["type.order-confirmation", "image.logo-link", "link.external"],
         "An order confirmation whose logo is wrapped in a link to the seller's website: a confirmation, a "
         "logo linking to the site, and an external link.",
         to=b, frm="Oak & Pine Home <orders@oakandpine.com>",
         subject=f"Order {o} confirmed", html=simple(body, "en"),
         related=[(logo_png("Oak & Pine"), "image", "png", "oplogo", "logo.png")])

    o, b = order("sensitive", "en", "Home Brewing Starter Kit, 5 L")
    case("reply-swearing-email-line-breaks", "reject",
         ["content.sensitive", "content.email-address", "style.line-breaks"],
         "A reply to a damaged-parcel complaint that swears about the courier, asks for photos at a private "
         "address and leaves four blank lines in a row.",
         to=b, frm="Brewcraft Supply <support@brewcraftsupply.com>",
         reply="The box was soaked and the fermenter lid is cracked. What now?",
         subject=f"Re: Damaged brewing kit - order {o}", text=f"""Hi,

I'm so sorry. Honestly, the courier who left your kit out in the rain is a
complete idiot, and that depot has been a shitshow all month.




Please send a photo of the cracked lid to claims.brewcraft@outlook.com and I
will send a new lid for order {o} the same day.

Cheers,
Rob
""")

    o, b = order("de-bulky", "de", "Kleiderschrank Eiche, 3-türig", **PENDING)
    case("english-to-de-buyer-own-phone", "reject", ["language.mismatch", "content.phone-number"],
         "Scheduling a bulky delivery is permitted, but the message is in English to a German-speaking buyer on "
         "amazon.de and gives the seller's own office number.",
         to=b, frm="Moebelwerk Berlin <service@moebelwerk-berlin.de>",
         subject=f"Delivery appointment for your wardrobe - order {o}", text=f"""Hello,

Your oak wardrobe from order {o} is ready. Because of its weight it travels on
a two-person freight service, which brings it to the room of your choice.

Please tell us two weekdays in the next two weeks that suit you, and whether
the address has a lift.

Our office is open Monday to Friday and reachable on +49 30 9018 2044.

Kind regards,
Moebelwerk Berlin
""")

    o, b = order("expired-invoice", "en", "Raised Garden Bed Kit, Galvanised", tld="co.uk",
                 purchased="2026-04-24T10:00:00Z", shipped="2026-04-25T09:00:00Z",
                 delivered="2026-04-28T15:00:00Z")
    case("invoice-http-link-after-window", "reject", ["window.expired", "link.insecure"],
         "An invoice sent proactively 48 days after delivery, as an http:// download link: too late and "
         "insecure (link.external tolerated: the check names https links).",
         to=b, frm="Greenleaf Garden <orders@greenleafgarden.co.uk>", tolerated=("link.external",),
         subject=f"Invoice for order {o}", text=f"""Dear customer,

The invoice for your raised garden bed kit, order {o}, can be downloaded
here:

http://invoices.greenleafgarden.co.uk/download/GL-55120.pdf

Kind regards,
Greenleaf Garden
""")

    o, _ = order("mismatch", "en", "Personalised Leather Dog Collar, M")
    other = "h2c8w5n0r6y3j1k@marketplace.amazon.com"
    body = f"""<p>Hello,</p>
<p>Thank you for ordering the personalised leather collar (order {o}). The engraving field of the order came
through empty.</p>
<p>Please reply with the name or short text you would like on the brass plate (up to 12 characters).
We will start the engraving as soon as we hear from you.</p>
<p>Kind regards,<br>Barkley Leather</p>
{pixel("https://mailtrack.barkley-crm.com/open?rid=0f92ab77c1&mid=22-0612")}"""
    case("engraving-question-wrong-buyer-pixel", "reject",
         ["order-id.buyer-mismatch", "image.tracking-pixel", "style.image-alt"],
         "An engraving question (permitted) sent to a buyer who is not the order's buyer, with a tracking "
         "pixel without alt text.",
         to=other, frm="Barkley Leather <orders@barkleyleather.com>",
         subject=f"Engraving text for order {o}", html=simple(body, "en"))

    o, b = order("styles", "en", "Cast Iron Dutch Oven 5.5 qt, Enamelled")
    body = f"""<h1>Your Dutch oven: the first cook</h1>
<p>Hello,</p>
<p style="text-align:justify">The enamel of the Dutch oven from order {o} needs no seasoning. Wash it once in
warm soapy water, dry it, and it is ready. Heat it gently: medium heat is enough for almost every recipe,
because cast iron holds heat very well.</p>
<h2>Three things to avoid</h2>
<p style="font-size:18px">No metal utensils, no thermal shock, no dishwasher.</p>
<br><br><br>
<p style="font-size:12px">Small chips on the rim are cosmetic and do not affect cooking.</p>
<p>Kind regards,<br>Hearth &amp; Iron</p>"""
    case("care-guide-sizes-justify-breaks", "reject",
         ["style.font-sizes", "style.alignment", "style.line-breaks"],
         "A useful care guide with five text sizes (h1, h2, 18px, 12px, default), a justified paragraph and "
         "three <br> in a row: three styling rules.",
         to=b, frm="Hearth & Iron <care@hearthandiron.com>",
         subject=f"First cook with your Dutch oven - order {o}", html=simple(body, "en"))

    o, b = order("proof", "en", "Custom Engraved Cutting Board, Maple", **PENDING)
    proof = make_pdf("Proof v2", ["Design proof v2", f"Order {o}", "Text: The Rivera Kitchen - est. 2019",
                                  "Font: Garamond, centred"], producer=PRODUCER)
    body = f"""<p>Hello,</p>
<p>Here is the second proof of the engraving for your cutting board, order {o}, with the corrected spelling
of the family name.</p>
<p><img src="cid:proof-v2"></p>
<p>Please reply "approved" or tell us what to change. The PDF attached is the same proof at full
resolution.</p>
<p>Kind regards,<br>Grain &amp; Grove</p>"""
    case("design-proof-wide-image-no-alt", "reject", ["style.image-width", "style.image-alt"],
         "Verifying a custom design is permitted and the PDF proof is allowed, but the inline proof image is "
         "700 px wide and has no alt text.",
         to=b, frm="Grain & Grove <studio@grainandgrove.com>",
         subject=f"Engraving proof v2 - order {o}", html=simple(body, "en"),
         related=[(photo_png(700, 300, "proof v2", bg=(250, 246, 236)), "image", "png", "proof-v2",
                   "proof-v2.png")],
         attach=[(proof, "application", "pdf", "proof-v2.pdf")])

    o, b = order("reply-track", "en", "Bluetooth Shower Speaker, Waterproof")
    case("reply-tracking-shop-phone-emoticon", "reject", ["content.phone-number", "style.emoji"],
         "Answering 'where is my parcel?' with the tracking number is permitted, but the shop's own phone "
         "line and a ':-)' are not.",
         to=b, frm="Splash Audio <help@splashaudio.co.uk>",
         reply="My speaker still hasn't arrived, where is it?",
         subject=f"Re: Where is my speaker? Order {o}", text=f"""Hi,

Your speaker (order {o}) is with UPS, tracking number 1Z999AA10123456784.
It was held at the depot for a day because of a wrong house number on the
label, and it is out for delivery today.

Anything else we can do, just give the shop a ring on 020 7946 0321 :-)

Best,
Splash Audio
""")

    # ---------------- exactly one rule ----------------
    o, b = order("nc-warranty", "en", "Espresso Machine 15 bar, Stainless", tld="co.uk")
    case("nc-warranty-line-gift-review-emoji", "reject", ["style.emoji"],
         "A manufacturer warranty line (allowed), 'gift' as the occasion and a neutral review request; only the "
         "emoji breaks a rule.",
         to=b, frm="Bellacrema <service@bellacrema-shop.com>",
         subject=f"Your espresso machine - order {o}", text=f"""Hello,

We hope the espresso machine from order {o} made a lovely gift.

The machine has a two-year manufacturer warranty. For warranty repairs, the
manufacturer's service centre is on 0800 048 1290 (free from UK landlines).

Descale it every two months with citric acid; the manual explains the steps.

If you have a moment, we would appreciate a review of the machine on Amazon.
Enjoy your coffee 🙂

Bellacrema
""")

    o, b = order("nc-oos", "en", "Hand-Thrown Stoneware Vase, Blue", **PENDING)
    case("nc-oos-refunded-apology-code", "quarantine", ["type.marketing"],
         "The out-of-stock notice confirms the full refund with the reason (no cancellation request, no "
         "missing adjustment); only the apology discount code is promotional.",
         to=b, frm="Kiln & Co <studio@kilnandco.com>",
         subject=f"Your vase - order {o}", text=f"""Hello,

While packing your order {o} we found that the last blue stoneware vase had a
hairline crack from the kiln, and we have no other vase of that glaze.

We have therefore refunded the full order amount through Amazon with the
reason "out of stock"; you will see it on your statement within a few days.
There is nothing you need to do.

As an apology, here is 15% off your next order in our Amazon store with the
code SORRYVASE15.

Kind regards,
Kiln & Co
""")

    o, b = order("nc-optout", "en", "Smartwatch Strap, Silicone, 22 mm")
    case("nc-free-replacement-review-unsubscribe", "reject", ["link.opt-out"],
         "The free replacement was for a faulty buckle and the review request is neutral; only the "
         "'reply UNSUBSCRIBE' line breaks a rule.",
         to=b, frm="StrapHub <care@straphub.com>",
         subject=f"Your replacement strap - order {o}", text=f"""Hello,

The replacement strap for order {o}, which we sent free of charge because of
the faulty buckle, was delivered on Tuesday. The new buckle has a steel pin
instead of the plastic one, so it should not bend again.

If you would like to share your experience with the strap, you can leave a
review on Amazon.

To stop receiving these emails, reply UNSUBSCRIBE.

StrapHub customer care
""")

    o, b = order("nc-partial", "en", "High-Speed Blender 1.8 L")
    case("nc-partial-refund-http-amazon-link", "reject", ["link.insecure"],
         "A return-related partial refund offer (permitted); only the http:// link to Amazon breaks a rule.",
         to=b, frm="Vortex Kitchen <returns@vortexkitchen.com>",
         subject=f"Your return request - order {o}", text=f"""Hello,

You asked to return the blender from order {o} because the lid has a crack.
The jug and motor are fine, so instead of a full return we can offer you a
partial refund of $25 and send a new lid free of charge. You would keep the
blender.

If you prefer the full return, that is of course fine too; the return label
is in your order:
http://www.amazon.com/gp/your-account/order-history

Please let us know which you prefer.

Vortex Kitchen
""")

    o, b = order("nc-gating", "en", "Canvas Weekender Bag, Tan")
    case("nc-removed-batch-gating-only", "reject", ["review.conditional"],
         "'We removed the batch' and 'updated the listing' are not review-removal requests and no benefit is "
         "offered; only the gating sentence breaks a rule.",
         to=b, frm="Carryall Supply <hello@carryallsupply.com>",
         subject=f"Your weekender bag - order {o}", text=f"""Hi,

Thank you for your order {o}. After a few customers reported stiff zips, we
removed the whole batch from our stock last month and updated the listing
photos; your bag comes from the new batch with the YKK zips.

Wax the zip once a season with a candle stub to keep it running smoothly.

If you're happy with the bag, we'd love a review. If anything isn't right,
please contact us first so we can sort it out.

Carryall Supply
""")

    o, b = order("nc-freight", "en", "Three-Seater Sofa, Velvet Green", tld="co.uk", **PENDING)
    case("nc-freight-carrier-phone-email", "reject", ["content.email-address"],
         "Scheduling a bulky delivery with the freight carrier's phone number (allowed) is permitted; only the "
         "seller's email address breaks a rule.",
         to=b, frm="Loungeworks <deliveries@loungeworks.co.uk>",
         subject=f"Booking the delivery of your sofa - order {o}", text=f"""Hello,

Your velvet sofa from order {o} is delivered by our two-person freight
carrier, Nordline Logistics, who will call you to agree a delivery slot. You
can also reach the Nordline booking desk directly on 0161 496 0800.

Please check that the sofa (92 cm deep) fits through your front door and
stairwell. If you would rather give us your preferred dates, write to
bookings@loungeworks.co.uk and we will pass them on.

Kind regards,
Loungeworks
""")

    o, b = order("nc-lang", "es", "Personalised Baby Blanket, Knitted", tld="com", **PENDING)
    case("nc-english-to-spanish-preference", "quarantine", ["language.mismatch"],
         "A question needed to complete a personalised order, in English, to an amazon.com buyer whose language "
         "of preference is Spanish.",
         to=b, frm="Little Loom <hello@littleloom.com>",
         subject=f"Name for your baby blanket - order {o}", text=f"""Hello,

Thank you for your order {o}. The personalisation field came through empty:
which name should we knit into the baby blanket (up to 10 letters)?

We will start knitting as soon as we hear from you.

Little Loom
""")


# --------------------------------------------------------------------------------------------
# German
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = order("de-gutschein", "de", "Edelstahl-Thermoskanne 1 L")
    case("bewertung-gutschein-http-emoji", "reject", ["review.incentive", "link.insecure", "style.emoji"],
         "Ein Gutschein für eine 5-Sterne-Bewertung, ein http-Link und ein Emoji.",
         to=b, frm="Kannenwerk <service@kannenwerk.de>", tolerated=("type.marketing",),
         subject=f"Ihre Thermoskanne - Bestellung {o}", text=f"""Guten Tag,

wir hoffen, die Thermoskanne aus Ihrer Bestellung {o} hält Ihren Kaffee
schön warm. Spülen Sie sie vor dem ersten Gebrauch einmal heiß aus.

Wenn Sie uns eine 5-Sterne-Bewertung schreiben, schicken wir Ihnen einen
Gutschein über 5 Euro für Ihren nächsten Einkauf 😊

Zur Bewertung geht es hier:
http://www.amazon.de/review/create-review?asin=B0C9T4KQ1L

Viele Grüße
Ihr Kannenwerk-Team
""")

    o, b = order("de-versand", "de", "Espressobohnen Hausmischung 1 kg")
    body = f"""<p><a href="https://www.roesterei-adler.de"><img src="cid:adlerlogo" width="150" height="44"
alt="Kaffeerösterei Adler"></a></p>
<p>Hallo,</p>
<p>Ihre Bestellung {o} ist unterwegs! Wir haben das Paket heute an DHL übergeben.</p>
<p>Sendungsnummer: 00340434161094042557<br>Voraussichtliche Zustellung: Mittwoch</p>
<p>Vielen Dank für Ihren Einkauf!<br>Kaffeerösterei Adler</p>
<img src="https://open.mailpilot-pro.de/p/a81c3e/{o}.gif" width="1" height="1">"""
    case("versandbestaetigung-pixel-logo-link", "reject",
         ["type.order-confirmation", "image.tracking-pixel", "style.image-alt", "image.logo-link",
          "link.external"],
         "Eine Versandbestätigung mit Zählpixel (ohne alt) und einem Logo, das auf die Website des Händlers "
         "verlinkt.",
         to=b, frm="Kaffeerösterei Adler <versand@roesterei-adler.de>",
         subject=f"Ihre Bestellung {o} wurde versandt", html=simple(body, "de"),
         related=[(logo_png("ADLER"), "image", "png", "adlerlogo", "adler.png")])

    o, b = order("de-storno", "de", "Gusseisen-Grillpfanne 28 cm", **PENDING)
    case("ausverkauft-stornieren-telefon", "reject", [*OOS, "content.phone-number"],
         "Ausverkauft: bittet den Käufer zu stornieren, bestätigt keine Erstattung und nennt die eigene "
         "Telefonnummer.",
         to=b, frm="Grillprofi Schmidt <shop@grillprofi-schmidt.de>",
         subject=f"Ihre Bestellung {o}", text=f"""Sehr geehrte Kundin, sehr geehrter Kunde,

leider ist die Grillpfanne aus Ihrer Bestellung {o} ausverkauft, und der
Hersteller kann erst im Herbst nachliefern.

Bitte stornieren Sie die Bestellung selbst in Ihrem Amazon-Konto unter
"Meine Bestellungen".

Bei Fragen erreichen Sie uns telefonisch unter 030 2847 5519.

Mit freundlichen Grüßen
Grillprofi Schmidt
""")

    o, b = order("de-loeschen", "de", "LED-Schreibtischlampe, dimmbar")
    case("bewertung-aendern-email", "reject", ["review.removal-request", "content.email-address"],
         "Bittet nach dem Ersatz, die 1-Sterne-Bewertung zu ändern oder zu löschen, und nennt eine "
         "E-Mail-Adresse.",
         to=b, frm="Lichtblick Leuchten <info@lichtblick-leuchten.de>",
         subject=f"Ihre Schreibtischlampe - Bestellung {o}", text=f"""Guten Tag,

wir haben Ihre Bewertung zur Schreibtischlampe aus Bestellung {o} gelesen.
Das Flackern lag an einem fehlerhaften Netzteil; ein neues ist gestern an Sie
rausgegangen.

Wären Sie so freundlich, Ihre 1-Sterne-Bewertung danach zu ändern oder zu
löschen? Das würde uns als kleinem Betrieb sehr helfen.

Falls das neue Netzteil nicht passt, schreiben Sie mir direkt an
j.hoffmann@lichtblick-leuchten.de.

Freundliche Grüße
Julia Hoffmann
""")

    o, b = order("de-outlook", "de", "Akku-Bohrschrauber 18 V, 2 Akkus")
    body = f"""<p class="MsoNormal"><span style="font-family:Calibri,sans-serif">Guten Tag,</span></p>
<p class="MsoNormal"><span style="font-family:Calibri,sans-serif">zu Ihrem Bohrschrauber aus Bestellung {o}:
Laden Sie beide Akkus vor dem ersten Einsatz vollständig. Die Garantie des Herstellers beträgt drei Jahre;
für Garantiefälle erreichen Sie den Hersteller-Service unter 0800 330 4477.</span></p>
<p class="MsoNormal"><span style="font-family:Calibri,sans-serif">Über eine Bewertung des Geräts auf Amazon
würden wir uns freuen.</span></p>
<p class="MsoNormal"><span style="font-family:Calibri,sans-serif">Mit freundlichen Grüßen<br>Werkzeug
Krämer</span></p>"""
    case("nc-outlook-schriftart-garantie-hotline", "reject", ["style.font-override"],
         "Hersteller-Garantienummer (erlaubt) und eine neutrale Bewertungsbitte; nur die Schriftart "
         "(Calibri) aus Outlook verstößt.",
         to=b, frm="Werkzeug Krämer <service@werkzeug-kraemer.de>",
         subject=f"Ihr Bohrschrauber - Bestellung {o}", html=simple(body, "de"))

    o, b = order("de-danke", "de", "Bio-Bettwäsche Satin 155x220")
    body = f"""<div align="center">
<p>Liebe Kundin, lieber Kunde,</p>
<p>vielen herzlichen Dank für Ihre Bestellung {o}! 💛</p>
<p>Bei Fragen sind wir jederzeit gerne für Sie da.</p>
<p>Ihr Team von Traumstoff</p>
</div>"""
    case("nur-danke-zentriert-emoji", "reject", ["type.thank-you-only", "style.alignment", "style.emoji"],
         "Nur ein Dankeschön mit 'gerne für Sie da', zentriert und mit Emoji.",
         to=b, frm="Traumstoff <hallo@traumstoff.de>",
         subject=f"Danke für Ihre Bestellung {o}", html=simple(body, "de"))


# --------------------------------------------------------------------------------------------
# French
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("fr-whatsapp", "fr", "Coussin de méditation en sarrasin")
    case("avis-cinq-etoiles-rembourse-whatsapp", "reject", ["review.incentive", "content.phone-number"],
         "Un remboursement de 10 € contre un avis 5 étoiles, capture d'écran à envoyer sur WhatsApp.",
         to=b, frm="Atelier Zafu <contact@atelier-zafu.fr>",
         subject=f"Votre coussin de méditation - commande {o}", text=f"""Bonjour,

Nous espérons que le coussin de votre commande {o} vous plaît. Secouez-le
de temps en temps pour répartir les balles de sarrasin.

Laissez-nous un avis 5 étoiles sur Amazon et nous vous rembourserons 10 € sur
votre commande ! Il suffit de nous envoyer une capture d'écran de l'avis sur
WhatsApp au 06 12 34 56 78.

Belle journée,
L'Atelier Zafu
""")

    o, b = order("fr-expedie", "fr", "Plaid en laine mérinos, gris perle")
    body = f"""<p><img src="cid:camion" width="220" height="56" alt="Camion de livraison Laine &amp; Lin"></p>
<p>Bonjour,</p>
<p>Bonne nouvelle : votre commande {o} a été expédiée ce matin !</p>
<p><a href="http://www.laposte.fr/outils/suivre-vos-envois?code=6A23400998811">Suivre mon colis
Colissimo</a></p>
<p>Merci pour votre confiance,<br>Laine &amp; Lin</p>"""
    case("confirmation-expedition-gif-lien-http", "reject",
         ["type.order-confirmation", "style.animated-gif", "link.insecure"],
         "Une confirmation d'expédition avec un GIF animé et un lien de suivi en http (link.external toléré : "
         "la règle vise les liens https).",
         to=b, frm="Laine & Lin <commandes@laine-et-lin.fr>", tolerated=("link.external",),
         subject=f"Votre commande {o} est en route", html=simple(body, "fr"),
         related=[(animated_gif(("EN ROUTE", "Laine & Lin")), "image", "gif", "camion", "camion.gif")])

    o, b = order("fr-rupture", "fr", "Moulin à poivre électrique, inox", **PENDING)
    case("rupture-annuler-repondez-stop", "reject", [*OOS, "link.opt-out"],
         "Rupture de stock : demande au client d'annuler, aucun remboursement confirmé, et « Répondez STOP ».",
         to=b, frm="Épices & Moulins <boutique@epices-moulins.fr>",
         subject=f"Votre commande {o}", text=f"""Bonjour,

Le moulin à poivre de votre commande {o} est malheureusement en rupture de
stock chez notre fournisseur.

Merci d'annuler la commande depuis votre compte Amazon, rubrique « Vos
commandes ».

Répondez STOP pour ne plus recevoir nos messages.

Cordialement,
Épices & Moulins
""")

    o, b = order("fr-retour", "fr", "Lampe de chevet en céramique")
    case("retour-sans-objet-email-sauts", "reject",
         ["return.unnecessary", "content.email-address", "style.line-breaks"],
         "Un message sur un retour qui ne demande rien et n'offre pas de remboursement partiel, avec une "
         "adresse e-mail et quatre sauts de ligne.",
         to=b, frm="Céramique du Sud <contact@ceramique-du-sud.fr>",
         subject=f"Votre retour - commande {o}", text=f"""Bonjour,

Nous avons bien noté votre demande de retour pour la lampe de chevet de la
commande {o}. Nous sommes désolés qu'elle ne vous convienne pas.




Dès réception du colis, le remboursement sera effectué via Amazon. Pour toute
question : retours.ceramiquedusud@orange.fr

Cordialement,
Céramique du Sud
""")

    o, b = order("fr-partiel", "fr", "Table basse en chêne massif")
    case("nc-remboursement-partiel-lien-externe", "reject", ["link.external"],
         "Une offre de remboursement partiel liée au retour (permise) ; seul le lien https vers le site du "
         "vendeur enfreint une règle.",
         to=b, frm="Meubles Durand <sav@meubles-durand.fr>",
         subject=f"Votre demande de retour - commande {o}", text=f"""Bonjour,

Suite à votre demande de retour pour la rayure sur le plateau de la table
basse (commande {o}), nous vous proposons un remboursement partiel de 40 € si
vous gardez la table. À notre avis, la rayure disparaît presque entièrement
avec le kit de retouche fourni.

La notice du kit de retouche est ici :
https://www.meubles-durand.fr/notices/kit-retouche-chene

Dites-nous si vous acceptez le remboursement partiel ou si vous préférez le
retour complet.

Cordialement,
Meubles Durand
""")

    o, b = order("fr-emoticone", "fr", "Coffret de thés bio, 12 variétés")
    case("nc-avis-neutre-cadeau-emoticone", "reject", ["style.emoji"],
         "Une demande d'avis neutre et le mot « cadeau » pour l'occasion ; seul l'émoticône « ;-) » enfreint "
         "une règle.",
         to=b, frm="Maison des Thés <bonjour@maison-des-thes.fr>",
         subject=f"Votre coffret de thés - commande {o}", text=f"""Bonjour,

Nous espérons que le coffret de la commande {o} a fait un beau cadeau.
Les thés verts s'infusent à 75 °C pendant deux minutes, les thés noirs à
95 °C pendant quatre minutes.

Si vous avez un moment, votre avis sur le coffret nous intéresse : vous
pouvez le laisser sur Amazon. Et pas plus de trois minutes pour le rooibos ;-)

Maison des Thés
""")


# --------------------------------------------------------------------------------------------
# Spanish
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("es-cupon", "es", "Sartén antiadherente 28 cm")
    case("resena-cupon-email-emoji", "reject", ["review.incentive", "content.email-address", "style.emoji"],
         "Un cupón del 20 % a cambio de una reseña de 5 estrellas, un correo para enviar la captura y un emoji.",
         to=b, frm="Cocina Viva <tienda@cocinaviva.es>", tolerated=("type.marketing",),
         subject=f"Su sartén - pedido {o}", text=f"""Hola:

Esperamos que la sartén del pedido {o} le esté dando buenos resultados. Para
que el antiadherente dure, use utensilios de madera o silicona.

Si nos deja una reseña de 5 estrellas en Amazon, le enviamos un cupón del 20 %
para su próxima compra 👍 Mándenos la captura a resenas.cocinaviva@gmail.com.

Un saludo,
Cocina Viva
""")

    o, b = order("es-thanks", "es", "Funda nórdica de lino, 150 cm")
    case("solo-gracias-en-ingles", "quarantine", ["type.thank-you-only", "language.mismatch"],
         "Only thanks and 'here to help', in English to an amazon.es buyer whose language is Spanish.",
         to=b, frm="Lino Natural <hola@linonatural.es>",
         subject=f"Thank you for your order {o}", text=f"""Dear customer,

Thank you very much for choosing Lino Natural for your order {o}. We truly
appreciate your trust in our small family business.

If you have any questions at all, we are always here to help.

Warm regards,
The Lino Natural team
""")

    b = "v5t8n2q6x0m4k7r@marketplace.amazon.es"
    body = """<h2>Novedades de verano en Huerto Urbano</h2>
<p>Hola:</p>
<p>Ya han llegado las nuevas mesas de cultivo y los kits de riego por goteo. Solo esta semana, un 20 % de
descuento en toda la colección.</p>
<p><a href="https://www.huertourbano.es/novedades">Ver las novedades de la tienda</a></p>
<p><a href="https://www.instagram.com/huertourbano.es">Síguenos en Instagram</a></p>
<p style="font-size:12px">Recibes este boletín porque compraste en Huerto Urbano.
<a href="https://www.huertourbano.es/boletin/baja?id=51d0">Darse de baja del boletín</a></p>"""
    case("boletin-redes-darse-de-baja", "reject",
         ["type.marketing", "link.opt-out", "link.external", "order-id.missing"],
         "Un boletín promocional con enlace a Instagram y a darse de baja, sin número de pedido.",
         to=b, frm="Huerto Urbano <boletin@huertourbano.es>",
         subject="Novedades de verano: 20 % en mesas de cultivo", html=simple(body, "es"))

    o, b = order("es-eliminar", "es", "Cafetera italiana de acero, 6 tazas")
    case("eliminar-resena-telefono", "reject", ["review.removal-request", "content.phone-number"],
         "Pide eliminar la reseña negativa y da el móvil del vendedor.",
         to=b, frm="Moka Express Shop <atencion@mokashop.es>",
         subject=f"Su cafetera - pedido {o}", text=f"""Hola:

Hemos visto su reseña sobre la cafetera del pedido {o}. La junta que goteaba
era de un lote defectuoso y ya le hemos enviado una nueva.

¿Podría eliminar la reseña cuando la haya probado? Para cualquier cosa,
llámeme al 612 345 678.

Gracias,
Lucía
""")

    o, b = order("es-ventana", "es", "Sofá cama de tres plazas, gris", purchased="2026-05-02T10:00:00Z",
                 shipped="", delivered="")
    case("nc-transportista-telefono-fuera-de-plazo", "reject", ["window.expired"],
         "Programar la entrega de un artículo voluminoso con el teléfono de la agencia de transporte está "
         "permitido; pero el pedido, sin envío, se compró hace 44 días.",
         to=b, frm="Descanso Hogar <pedidos@descansohogar.es>",
         subject=f"Entrega de su sofá cama - pedido {o}", text=f"""Hola:

Su sofá cama del pedido {o} por fin está listo. Lo entrega una agencia de
transporte con dos operarios, que le llamará para acordar el día.

Teléfono de la agencia de transporte Trans Levante: 963 555 120.

Por favor, indíquenos si el edificio tiene ascensor.

Un saludo,
Descanso Hogar
""")

    o, b = order("es-sinstock", "es", "Auriculares inalámbricos, estuche de carga", **PENDING)
    case("nc-sin-stock-reembolso-enlace-http", "reject", ["link.insecure"],
         "Aviso de falta de stock que confirma el reembolso con el motivo; solo el enlace http a Amazon "
         "incumple.",
         to=b, frm="Sonido Claro <pedidos@sonidoclaro.es>",
         subject=f"Su pedido {o}", text=f"""Hola:

Lamentamos informarle de que los auriculares del pedido {o} se han agotado
y no podremos enviarlos.

Hemos reembolsado el importe completo del pedido a través de Amazon con el
motivo "sin existencias". Puede verlo en sus pedidos:
http://www.amazon.es/gp/your-account/order-history

Disculpe las molestias.

Sonido Claro
""")


# --------------------------------------------------------------------------------------------
# Italian
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("it-buono", "it", "Set di coltelli da cucina, 5 pezzi")
    url = "https://www.amazon.it/review/create-review?asin=B0B6QW2LXP"
    body = f"""<p>Buongiorno,</p>
<p>speriamo che i coltelli dell'ordine {o} taglino come il primo giorno. Lavateli a mano e asciugateli
subito.</p>
<p>Lasci una recensione a 5 stelle e riceverà un buono regalo Amazon da 10 €: la può scrivere
<a href="{url}">qui</a>.</p>
<p>Cordiali saluti,<br>Lame d'Autore</p>"""
    case("recensione-buono-regalo-link-qui", "reject", ["review.incentive", "style.link-text"],
         "Un buono regalo per una recensione a 5 stelle, con un link dal testo 'qui'.",
         to=b, frm="Lame d'Autore <info@lamedautore.it>", tolerated=("type.marketing",),
         subject=f"I suoi coltelli - ordine {o}", html=simple(body, "it"))

    o, b = order("it-conferma", "it", "Macchina per pasta manuale")
    body = f"""<div style="font-family:Georgia,serif">
<p>Gentile cliente,</p>
<p>grazie per il suo acquisto! Confermiamo di aver ricevuto l'ordine {o}: verrà spedito entro 24 ore.</p>
<p>Macchina per pasta manuale &times; 1</p>
<p>Pasta Fresca Shop</p>
</div>
{pixel("https://trk.mailerboost.it/o.gif?u=7fa02c91&c=conf")}"""
    case("conferma-ordine-pixel-font", "reject",
         ["type.order-confirmation", "image.tracking-pixel", "style.image-alt", "style.font-override"],
         "Una conferma d'ordine con pixel di tracciamento senza alt e un carattere Georgia imposto.",
         to=b, frm="Pasta Fresca Shop <ordini@pastafrescashop.it>",
         subject=f"Conferma ordine {o}", html=simple(body, "it"))

    o, b = order("it-annulla", "it", "Moka elettrica 3 tazze", **PENDING)
    case("esaurito-annulli-ordine-coupon", "reject", [*OOS, "type.marketing"],
         "Prodotto esaurito: chiede al cliente di annullare, nessun rimborso confermato, e un coupon per il "
         "prossimo acquisto.",
         to=b, frm="Caffè & Co <negozio@caffeeco.it>",
         subject=f"Il suo ordine {o}", text=f"""Buongiorno,

purtroppo la moka elettrica dell'ordine {o} è esaurita e il fornitore non
ha date di consegna.

Le chiediamo gentilmente di annullare l'ordine dal suo account Amazon.

Per scusarci, ecco un coupon del 10 % sul prossimo acquisto nel nostro
negozio: CAFFE10.

Cordiali saluti,
Caffè & Co
""")

    o, b = order("it-rimuovere", "it", "Borraccia termica 500 ml")
    case("rimuovere-recensione-emoji-email", "reject",
         ["review.removal-request", "content.email-address", "style.emoji"],
         "Chiede di rimuovere la recensione, con un indirizzo email e un emoji.",
         to=b, frm="Borracce Verdi <info@borracceverdi.it>",
         subject=f"La sua borraccia - ordine {o}", text=f"""Buongiorno,

abbiamo letto la sua recensione sulla borraccia dell'ordine {o}. Il tappo
difettoso è stato sostituito: il nuovo è partito ieri.

Potrebbe rimuovere la recensione negativa? Ci farebbe un grande favore 🙏
Per qualsiasi problema scriva a marco.borracceverdi@libero.it.

Marco
""")

    o, b = order("it-parziale", "it", "Zaino da trekking 40 L")
    case("nc-reso-rimborso-parziale-telefono", "reject", ["content.phone-number"],
         "Un'offerta di rimborso parziale sul reso (permessa); solo il numero di telefono del negozio viola una "
         "regola.",
         to=b, frm="Vette Outdoor <assistenza@vetteoutdoor.it>",
         subject=f"La sua richiesta di reso - ordine {o}", text=f"""Buongiorno,

ha chiesto il reso dello zaino dell'ordine {o} per una cucitura allentata
sullo spallaccio. In alternativa al reso completo, possiamo offrirle un
rimborso parziale di 15 € se tiene lo zaino.

Ci faccia sapere cosa preferisce. Se vuole parlarne a voce, il nostro negozio
risponde allo 02 8734 5512.

Cordiali saluti,
Vette Outdoor
""")

    o, b = order("it-margine", "it", "Set di tazze in gres, 4 pezzi")
    body = f"""<div style="padding-left:30%">
<p>Buongiorno,</p>
<p>speriamo che le tazze dell'ordine {o} siano arrivate integre. Il gres va in lavastoviglie ma non nel
microonde.</p>
<p>Se ha un momento, ci farebbe piacere una sua recensione delle tazze su Amazon.</p>
<p>Cordiali saluti,<br>Terre Cotte</p>
</div>"""
    case("nc-recensione-neutra-margine", "reject", ["style.margin"],
         "Una richiesta di recensione neutra; solo il margine sinistro del 30 % viola una regola.",
         to=b, frm="Terre Cotte <info@terrecotte.it>",
         subject=f"Le sue tazze - ordine {o}", html=simple(body, "it"))


# --------------------------------------------------------------------------------------------
# Japanese
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("ja-gift", "ja", "ステンレス タンブラー 600ml")
    case("review-giftcard-emoji-denwa", "reject", ["review.incentive", "style.emoji", "content.phone-number"],
         "★5レビューでAmazonギフト券、絵文字、店舗の電話番号。",
         to=b, frm="タンブラー工房 <info@tumbler-koubou.jp>", tolerated=("type.marketing",),
         subject=f"タンブラーのご使用について（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のタンブラーはご愛用いただいておりますでしょうか。
パッキンは取り外して洗えます。

★5のレビューを投稿していただいた方に、Amazonギフト券300円分をプレゼント中です😊
ご不明な点はお電話で 03-5555-0123 までどうぞ。

タンブラー工房
""")

    o, b = order("ja-hassou", "ja", "今治タオル バスタオル 2枚セット")
    body = f"""<p>お客様</p>
<p>ご注文番号 {o} の商品を本日発送いたしました。</p>
<p>配送業者：ヤマト運輸<br>お問い合わせ伝票番号：4567-8901-2345</p>
<p>商品の到着まで今しばらくお待ちください。</p>
<p>今治タオル専門店</p>
{pixel("https://px.mailtrack-jp.com/open/9b1e44c0/" + o + ".gif")}"""
    case("hassou-kanryou-pixel", "reject", ["type.order-confirmation", "image.tracking-pixel", "style.image-alt"],
         "発送完了の通知（Amazonが送る内容）に、alt のない開封トラッキング用ピクセル。",
         to=b, frm="今治タオル専門店 <shop@imabari-towel-senmon.jp>",
         subject=f"発送完了のお知らせ（注文番号 {o}）", html=simple(body, "ja"))

    o, b = order("ja-zaiko", "ja", "南部鉄器 急須 0.6L", **PENDING)
    case("zaiko-gire-cancel-haishin-teishi", "reject", [*OOS, "link.opt-out"],
         "在庫切れでキャンセル手続きを依頼し、返金の確認がなく、配信停止の案内がある。",
         to=b, frm="鉄器の店 <info@tekki-no-mise.jp>", **JIS,
         subject=f"ご注文について（注文番号 {o}）", text=f"""お客様

誠に申し訳ございませんが、ご注文番号 {o} の急須は
在庫切れとなり、入荷の見込みが立っておりません。

お手数ですが、Amazonの注文履歴からキャンセルのお手続きをお願いいたします。

今後このようなメールの配信を希望されない場合は、「配信停止」とご返信ください。

鉄器の店
""")

    o, b = order("ja-sakujo", "ja", "電気ケトル 1.0L ホワイト")
    case("review-sakujo-mail", "reject", ["review.removal-request", "content.email-address"],
         "低評価レビューの削除を依頼し、個人のメールアドレスを記載。",
         to=b, frm="キッチン雑貨 ひなた <support@hinata-zakka.jp>", **JIS,
         subject=f"電気ケトルについて（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の電気ケトルについて、レビューを拝見いたしました。
交換品を本日お送りいたしました。

交換品をご確認いただけましたら、レビューを削除していただけますと幸いです。
ご連絡は hinata.tanaka@yahoo.co.jp までお願いいたします。

キッチン雑貨 ひなた
""")

    o, b = order("ja-http", "ja", "竹製 まな板 大")
    case("nc-review-neutral-http-link", "reject", ["link.insecure"],
         "中立的なレビュー依頼とお手入れ方法。http のAmazonリンクのみが違反。",
         to=b, frm="竹工房 <info@take-koubou.jp>", **JIS,
         subject=f"まな板のお手入れ（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のまな板は、使用後に水洗いし、立てて乾かしてください。
食器洗い機はご使用になれません。

よろしければ、商品のレビューをお願いいたします。
http://www.amazon.co.jp/review/create-review?asin=B0CQ2N8Z5T

竹工房
""")

    o, b = order("ja-orei", "ja", "手ぬぐい 5枚セット")
    body = f"""<p>お客様</p>
<p>このたびはご注文番号 {o} にてお買い上げいただき、誠にありがとうございました。</p>
<p><img src="cid:arigatou" width="220" height="56" alt="ありがとうございます"></p>
<p>何かございましたら、いつでもお気軽にお問い合わせください。</p>
<p>手ぬぐい屋 そめや</p>"""
    case("orei-nomi-animated-gif", "reject", ["type.thank-you-only", "style.animated-gif"],
         "お礼とお問い合わせの案内だけのメッセージに、アニメーションGIF。",
         to=b, frm="手ぬぐい屋 そめや <info@someya-tenugui.jp>",
         subject=f"お買い上げありがとうございます（注文番号 {o}）", html=simple(body, "ja"),
         related=[(animated_gif(("ARIGATOU", "SOMEYA")), "image", "gif", "arigatou", "arigatou.gif")])


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="twentysecond"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
