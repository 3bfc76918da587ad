#!/usr/bin/env python3
"""Build the sixteenth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_sixteenth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. Its angle: the order-context rules (order ID, buyer, window,
language) and review.repeat sequences in realistic, tricky shapes, and MIME as real senders encode it
(ISO-2022-JP, Shift_JIS, ISO-8859-1, windows-1252, base64, quoted-printable, RFC 2047 subjects, alternative
parts that differ, related parts with cid: images, attachments, a forwarded message, srcset and CSS
background images).
"""

from __future__ import annotations

import random
import sys
from email.header import Header
from email.message import EmailMessage
from functools import partial
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))
from corpus_build import (  # noqa: E402
    OrderBook,
    add_case,
    buyer,
    collect_by_language,
    img_bytes,
    lang_counts,
    logo_png,
    mail_date,
    make_docx,
    make_pdf,
    mk,
    page,
    quote,
    reply_headers,
    set_boundaries,
    verify,
    write_cases,
    write_orders,
    zip_bytes,
)

_rnd = random.Random(16_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "ca": "70", "de": "30", "at": "30", "fr": "40", "com.be": "40", "es": "40",
           "com.mx": "70", "it": "40", "co.jp": "25"}
_TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD)
ORDERS = BOOK.rows
_d = partial(mail_date, hm="10:00:00", tz="+0200")
B64 = {"cte": "base64"}
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
SJIS = {"charset": "shift_jis", "cte": "base64"}
LATIN1 = {"charset": "iso-8859-1"}
CP1252 = {"charset": "windows-1252"}
PRODUCER = "sixteenth-corpus 1.0"
NOT_SHIPPED = {"shipped": "", "delivered": ""}

ALL = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "language.mismatch",
       "type.order-confirmation", "type.thank-you-only", "type.marketing", "review.incentive",
       "review.removal-request", "review.conditional", "review.repeat", "order-problem.cancellation-request",
       "order-problem.no-adjustment", "return.unnecessary", "link.insecure", "link.external", "link.opt-out",
       "attachment.not-allowed", "image.logo-link", "image.tracking-pixel", "image.product-photo",
       "image.insecure", "content.email-address", "content.phone-number", "content.sensitive", "style.link-text",
       "style.image-alt", "style.emoji", "style.animated-gif", "style.font-override", "style.alignment",
       "style.line-breaks", "style.margin", "style.image-width"]


def order(key: str, lang: str, title: str, *, tld: str = "", purchased: str = "2026-06-02T10:00:00Z",
          shipped: str = "2026-06-03T08:00:00Z", delivered: str = "2026-06-06T12:00:00Z",
          addr: str | None = None, buyer_language: str | None = None) -> tuple[str, str]:
    """One order row: (order ID, buyer address). addr="" stores no buyer address; buyer_language="" none."""
    tld = tld or _TLD[lang]
    b = buyer(_rnd, tld) if addr is None else addr
    oid = BOOK.order_id(tld)
    ORDERS[key] = {"order_id": oid, "buyer_email": b, "marketplace": "amazon." + tld,
                   "buyer_language": lang if buyer_language is None else buyer_language,
                   "purchased_at": purchased, "shipped_at": shipped, "delivered_at": delivered,
                   "product_title": title}
    return oid, b


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str,
         text: str | None = None, html: str | None = None, lang: str = "", day: int = 12, reply: bool = False,
         tolerated: tuple[str, ...] = (), enc: dict | None = None, attach=(), related=(),
         after: tuple[str, ...] = (), subject_charset: str = "", post=None, crlf: bool = False) -> None:
    """Every rule of ALL not named in `rules` (or tolerated) must stay silent; content.spelling is tolerated."""
    hdrs = reply_headers(f"0100018f.e16.{slug[:24]}") if reply else []
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    hl = lang or "en"
    if html is not None and not html.lstrip().lower().startswith(("<!doctype", "<html")):
        html = page(html, hl)
    tol = (*tolerated, "content.spelling")
    absent = [r for r in ALL if r not in rules and r not in tol]
    msg = mk(frm, to, subject, _d(day), f"<n16.{slug}@{dom}>", headers=hdrs,
             text=None if text is None else text.strip("\n") + "\n", html=html, attach=attach, related=related,
             **(enc or {}))
    if subject_charset:
        # a Japanese mailer's RFC 2047 subject in the legacy charset, folded as the mailer folds it
        enc_subj = Header(subject, subject_charset, header_name="Subject").encode(maxlinelen=70)
        msg._headers = [(k, enc_subj if k == "Subject" else v) for k, v in msg._headers]
    if post is not None:
        post(msg)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, after=after, crlf=crlf, lang=lang)


def pdf(title: str, lines: list[str]) -> bytes:
    return make_pdf(title, lines, producer=PRODUCER)


def damage_jpeg() -> bytes:
    """A phone snapshot of a dented carton corner (what a warehouse sends as inspection evidence)."""
    img = Image.new("RGB", (640, 480), (188, 160, 120))
    d = ImageDraw.Draw(img)
    d.polygon([(0, 0), (260, 0), (190, 140), (0, 210)], fill=(150, 120, 86))
    d.line([(260, 0), (190, 140), (0, 210)], fill=(90, 70, 50), width=5)
    d.text((420, 440), "RMA 7731", fill=(30, 30, 30))
    return img_bytes(img, "JPEG", quality=80)


def exe_bytes() -> bytes:
    """The head of a PE executable (MZ header, DOS stub, PE signature) padded to 1 KB."""
    head = bytearray(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00")
    head += b"\xb8" + b"\x00" * 7 + b"\x40" + b"\x00" * 35 + b"\x80\x00\x00\x00"
    head += b"\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21"
    head += b"This program cannot be run in DOS mode.\r\r\n$" + b"\x00" * 7
    head += b"\x00" * (0x80 - len(head)) + b"PE\x00\x00\x4c\x01\x03\x00"
    return bytes(head + b"\x00" * (1024 - len(head)))


def wrote(addr: str, text: str, when: str = "Thu, 11 Jun 2026 at 18:40") -> str:
    return f"On {when}, {addr} wrote:\n{quote(text)}"


# --------------------------------------------------------------------------------------------
# English
# --------------------------------------------------------------------------------------------

def cases_en() -> None:  # noqa: PLR0915
    # -- compliant near-misses ------------------------------------------------------------
    o, b = order("subject-only", "en", "Cast Iron Dutch Oven 5.5 qt, Enamelled")
    case("oid-in-subject-only", "relay", [],
         "The order ID stands only in the subject; RULES: subject or body; the question is needed for delivery.",
         to=b, frm="Hearth & Anvil <support@hearthandanvil.com>",
         subject=f"Delivery question for order {o}", text="""Hi there,

The Dutch oven you ordered weighs just under 15 lb packed, and the carrier needs
a signature on delivery. The address on the order is an apartment building:
is there a concierge or a neighbour who can sign for it, or would you prefer we
hold it for pickup at the carrier's depot on Main Street?

Just reply to this message with your choice.

Thanks,
Marta
Hearth & Anvil""")

    o, b = order("order-hash", "en", "Personalised Oak Chopping Board, Engraved")
    case("order-hash-engraving-proof", "relay", [],
         "'Order #' before the dashed ID is still the ID; verifying a custom design is a permitted reason.",
         to=b, frm="Grain & Co Workshop <orders@grainandco.com>",
         subject=f"Engraving check - Order #{o}", text=f"""Hello,

Before we engrave your chopping board (Order #{o}) we want to make
sure the text is exactly right. You entered:

    "The Hendersons - Est. 2019"

Should the hyphen be a long dash, and is "Est." with a full stop correct? Once
you confirm, the board goes to the laser the same day.

Kind regards,
Priya at Grain & Co""")

    b2 = buyer(_rnd, "com")
    o1, _ = order("two-old", "en", "Arc Floor Lamp, Brushed Brass", addr=b2, purchased="2026-04-02T10:00:00Z",
                  shipped="2026-04-03T10:00:00Z", delivered="2026-04-07T15:00:00Z")
    o2, _ = order("two-new", "en", "Linen Drum Shade 18 in, Natural", addr=b2, purchased="2026-06-05T10:00:00Z",
                  shipped="2026-06-06T10:00:00Z", delivered="2026-06-09T15:00:00Z")
    case("two-orders-same-buyer", "relay", [],
         "Two order IDs of the same buyer: the lamp (delivered 69 days ago) and the shade (6 days ago); the window "
         "runs from the latest completion, so it is open.",
         to=b2, frm="Lumen Lane <help@lumenlane.com>",
         subject=f"Shade fitting for order {o2}", text=f"""Hi,

Thanks for ordering the linen drum shade (order {o2}). We noticed you bought
the arc floor lamp from us in April as well (order {o1}).

Lamps from that batch use a UNO fitter rather than the usual harp, so the shade
will need the small adapter ring. We can put one in the post today at no cost;
please just confirm the lamp's model number printed under the base (it starts
with AFL-) so we send the right size.

Best wishes,
Dominic
Lumen Lane""")

    o, b = order("exact30", "en", "Bamboo Bath Mat, Non-Slip", purchased="2026-05-10T09:00:00Z",
                 shipped="2026-05-12T09:00:00Z", delivered="2026-05-16T12:00:00Z")
    case("window-exactly-30-days", "relay", [],
         "Delivered exactly 30 x 24 h before now: RULES says exactly 30 days passes. A neutral review request.",
         to=b, frm="Tidewater Home <care@tidewaterhome.com>",
         subject=f"How is your bath mat? (order {o})", text=f"""Hello,

Your bamboo bath mat from order {o} arrived a month ago. If you have a
moment, we would appreciate an honest review on Amazon - whatever your
experience, it helps other shoppers decide.

Thank you,
Tidewater Home""")

    o, b = order("late-delivery", "en", "Rattan Garden Chair, Grey", purchased="2026-04-20T09:00:00Z",
                 shipped="2026-04-24T09:00:00Z", delivered="2026-05-25T14:00:00Z")
    case("window-from-delivery-not-purchase", "relay", [],
         "Bought 56 days ago, shipped 52 days ago by freight, delivered 21 days ago: completion is the delivery.",
         to=b, frm="Patio Roots <service@patioroots.com>",
         subject=f"Your rattan chair - order {o}", text=f"""Hi,

Your rattan garden chair (order {o}) finally reached you on 25 May after
the long freight leg - thank you for your patience with that.

The cushion cover is removable and can go in the washing machine at 30 degrees;
please leave the foam insert out of the dryer. If the chair is still doing well
in a few weeks, we'd welcome a review on Amazon, good or bad.

Best regards,
Patio Roots""")

    o, b = order("de-english", "en", "USB-C Docking Station 11-in-1", tld="de", buyer_language="en")
    case("english-to-amazon-de-buyer-en", "relay", [],
         "An English message on amazon.de to a buyer whose language of preference is English: allowed.",
         to=b, frm="Portwerk GmbH <service@portwerk.de>",
         subject=f"Firmware note for order {o}", text=f"""Hello,

Thank you for your order {o}. Before you connect the docking station to
a MacBook with an M1 chip, please make sure macOS is updated to 14.4 or later;
older versions only drive one external monitor through the dock.

The dock itself needs no driver. If a second screen stays dark after the
update, reply to this message and we will help you check the cable.

Kind regards,
Portwerk customer service""")

    o, b = order("ca-default", "en", "Insulated Winter Boots, Men's 10", tld="ca", buyer_language="")
    case("amazon-ca-default-english", "relay", [],
         "amazon.ca, no buyer language stored: the default is English and the message is English.",
         to=b, frm="North Trail Outfitters <help@northtrail.ca>",
         subject=f"Size exchange for order {o}", text=f"""Hello,

We received your exchange request for the winter boots in order {o}.
Could you let us know whether you would like a size 10.5 or 11? The 11 runs a
little wide, so if you are between sizes the 10.5 is usually the better fit.

Once we know, the new pair ships the same day.

Regards,
North Trail Outfitters""")

    o, b = order("old-reply", "en", "Espresso Grinder, Conical Burr", purchased="2026-03-30T09:00:00Z",
                 shipped="2026-03-31T09:00:00Z", delivered="2026-04-03T14:00:00Z")
    case("reply-old-order-no-id", "relay", [],
         "A reply (In-Reply-To) to the buyer's own question, 73 days after delivery, without the order ID: the "
         "order-context rules apply to proactive messages only.",
         to=b, frm="Crema Works <support@cremaworks.com>", reply=True,
         subject="Re: grinder making a squeaking noise", text=f"""Hi Sam,

That squeak is almost always the lower burr carrier drying out. Unplug the
grinder, remove the hopper and the upper burr (turn anticlockwise past the
coarsest setting), and put one drop of food-safe mineral oil on the spindle.
Run it empty for ten seconds and the noise should stop.

If it doesn't, send us a short video and we'll look at a replacement under the
two-year warranty.

Cheers,
Leo

{wrote(b, "Hi, my grinder started squeaking loudly when grinding. Is it broken?")}""")

    b3 = buyer(_rnd, "com")
    o, _ = order("rv-first", "en", "Stainless Steel Electric Kettle 1.7L", addr=b3)
    case("review-request-first", "relay", [],
         "A first, neutral product review request: allowed.",
         to=b3, frm="Kettle & Co <hello@kettleandco.com>",
         subject=f"Your kettle - order {o}", text=f"""Hello,

We hope your new kettle from order {o} is making your mornings a little
easier. When you have a moment, would you share your honest opinion in a
product review on Amazon? Every review helps other customers choose.

Many thanks,
Kettle & Co""")

    o_other, _ = order("rv-other", "en", "Glass Teapot with Infuser 1L", addr=b3, purchased="2026-06-03T10:00:00Z",
                       shipped="2026-06-04T08:00:00Z", delivered="2026-06-08T12:00:00Z")
    case("review-request-other-order-same-buyer", "relay", [],
         "After a review request for the kettle order, a first review request for the same buyer's teapot "
         "order: repeat is counted per order, so allowed.",
         to=b3, frm="Kettle & Co <hello@kettleandco.com>", after=("review-request-first",), day=13,
         subject=f"Your glass teapot - order {o_other}", text=f"""Hello,

Your glass teapot from order {o_other} was delivered a week ago. If you have a
minute, we would be grateful for an honest product review on Amazon.

Best wishes,
Kettle & Co""")

    case("care-followup-after-review-request", "relay", [],
         "A follow-up about the same order after its review request, but no review request in it: descaling "
         "advice the buyer needs (the kettle's warranty depends on it).",
         to=b3, frm="Kettle & Co <hello@kettleandco.com>", after=("review-request-first",), day=14,
         subject=f"Descaling your kettle - order {o}", text=f"""Hello,

A quick but important note about the kettle from order {o}: in hard-water
areas, please descale it every four weeks with citric acid, not vinegar.
Vinegar attacks the seal around the heating plate, and damage from it is
not covered by the warranty.

Dissolve two tablespoons of citric acid in 1 litre of water, bring it to the
boil, leave it for 20 minutes and rinse twice.

Kettle & Co""")

    b4 = buyer(_rnd, "com")
    o4, _ = order("resend", "en", "Yoga Mat 6mm, Cork", addr=b4)
    case("review-request-emoji-subject", "reject", ["style.emoji"],
         "A review request whose RFC 2047 encoded subject carries an emoji: refused, so it is not recorded.",
         to=b4, frm="Cork & Flow <team@corkandflow.com>", day=10,
         subject=f"How's your cork mat? \U0001f9d8 (order {o4})", text=f"""Hi,

Your cork yoga mat from order {o4} should have had a few sessions by now.
We would love to hear your honest opinion in a review on Amazon.

Namaste,
Cork & Flow""")

    case("review-request-resent-after-refusal", "relay", [],
         "The same review request sent again without the emoji: the first was refused, never relayed, so the "
         "ledger holds no request for the order and this one is the first.",
         to=b4, frm="Cork & Flow <team@corkandflow.com>", after=("review-request-emoji-subject",), day=10,
         subject=f"How's your cork mat? (order {o4})", text=f"""Hi,

Your cork yoga mat from order {o4} should have had a few sessions by now.
We would love to hear your honest opinion in a review on Amazon.

Namaste,
Cork & Flow""")

    o, b = order("photo", "en", "Ceramic Table Lamp, Sage Green")
    case("reply-photo-of-returned-item", "relay", [],
         "Reply to a buyer who asked why the refund was partial: the warehouse photo of the returned lamp's "
         "crushed carton is needed to resolve the buyer's question.",
         to=b, frm="Sage & Stone Lighting <returns@sageandstone.com>", reply=True,
         subject=f"Re: partial refund for order {o}?", text=f"""Hello,

As requested, attached is the photo our returns team took when your parcel
arrived: the carton was crushed at one corner and the lamp base inside was
chipped, which is why 20% was deducted from the refund for order {o}.

If the damage happened in transit, you can still file a claim with the carrier
you used for the return; the photo may help you with that.

Regards,
Sage & Stone Returns

{wrote(b, "Why did I only get 80% back? I packed it well.")}""",
         attach=[(damage_jpeg(), "image", "jpeg", "IMG_20260611_154210.jpg")])

    o, b = order("no-buyer", "en", "Folding Step Stool, 2 Steps", addr="")
    case("order-without-stored-buyer", "relay", [],
         "The store has no buyer address for the order: no buyer-mismatch (RULES Clarifications).",
         to=buyer(_rnd, "com"), frm="Step Right Home <service@steprighthome.com>",
         subject=f"Missing rubber feet - order {o}", text=f"""Hello,

Our warehouse found a bag of four rubber feet left on the packing table after
your step stool (order {o}) was boxed. We have posted them to you
separately by first-class mail; they should arrive within three days.

Push them into the holes under each leg until they click.

Apologies for the trouble,
Step Right Home""")

    # -- violations ------------------------------------------------------------------------
    o, b = order("spaces", "en", "Wireless Doorbell Kit, 2 Receivers")
    spaced = o.replace("-", " ")
    case("order-id-with-spaces", "reject", ["order-id.missing"],
         "The order ID is written with spaces instead of dashes; only the dashed 3-7-7 form counts.",
         to=b, frm="Chime House <support@chimehouse.com>",
         subject="About your doorbell order", text=f"""Hello,

Regarding your order {spaced}: the second receiver in the kit is a UK plug
model by mistake. We have sent the US version today; please keep the other
one, no need to return it.

Regards,
Chime House""")

    b5 = buyer(_rnd, "com")
    o, _ = order("mismatch", "en", "Silk Pillowcase, Queen, Champagne", addr=b5)
    other_buyer = buyer(_rnd, "com")
    case("order-of-another-buyer", "reject", ["order-id.buyer-mismatch"],
         "The order belongs to another buyer than the recipient (a mail-merge mix-up).",
         to=other_buyer, frm="Lune Silk <care@lunesilk.com>",
         subject=f"Washing your silk pillowcase - order {o}", text=f"""Hello,

Thank you for order {o}. To keep the silk pillowcase smooth, wash it
inside out on a cold delicate cycle in the mesh bag we included, and let it
dry flat away from direct sun. Please avoid fabric softener.

Lune Silk""")

    o, b = order("plus1h", "en", "Cotton Waffle Bathrobe, L", purchased="2026-05-10T09:00:00Z",
                 shipped="2026-05-12T09:00:00Z", delivered="2026-05-16T11:00:00Z")
    case("window-30-days-plus-one-hour", "reject", ["window.expired"],
         "Delivered 30 days and 1 hour before now: more than 30 x 24 h, the window has closed.",
         to=b, frm="Tidewater Home <care@tidewaterhome.com>",
         subject=f"How is your bathrobe? (order {o})", text=f"""Hello,

Your waffle bathrobe from order {o} arrived a month ago. If you have a
moment, we would appreciate an honest review on Amazon - whatever your
experience, it helps other shoppers decide.

Thank you,
Tidewater Home""")

    o, b = order("purchased-only", "en", "Solid Walnut Desk 140 cm", purchased="2026-05-11T09:00:00Z", **NOT_SHIPPED)
    case("window-purchased-only-backorder", "reject", ["window.expired"],
         "Never shipped; completion falls back to the purchase 35 days ago (RULES: delivered, else shipped, else "
         "purchased), so a proactive message is past the window.",
         to=b, frm="Walnut & Beam <orders@walnutandbeam.com>",
         subject=f"Update on your desk - order {o}", text=f"""Hello,

Your walnut desk (order {o}) is still in the finishing shop: the oil
finish needs three more days to cure before we can wrap it. We now expect to
hand it to the freight company on 22 June.

We are sorry for the wait.
Walnut & Beam""")

    case("review-reminder-same-order", "reject", ["review.repeat"],
         "A second review request for the kettle order after the first one was relayed.",
         to=b3, frm="Kettle & Co <hello@kettleandco.com>", after=("review-request-first",), day=15,
         subject=f"A quick reminder - order {ORDERS['rv-first']['order_id']}", text=f"""Hello,

Just a gentle reminder: if you have a minute, we would love to read your
honest product review of the kettle from order {ORDERS['rv-first']['order_id']} on Amazon.

Many thanks,
Kettle & Co""")

    case("seller-feedback-after-product-review", "reject", ["review.repeat"],
         "After a product review request for the order, a seller feedback request for the same order: both are "
         "review requests (RULES Clarifications), so this is a repeat.",
         to=b3, frm="Kettle & Co <hello@kettleandco.com>", after=("review-request-first",), day=15,
         subject=f"How did we do? Order {ORDERS['rv-first']['order_id']}", text=f"""Hello,

We are a small team and your opinion of our service matters to us. Would you
take a moment to leave seller feedback for order {ORDERS['rv-first']['order_id']}
on Amazon? Just go to Your Orders and choose "Leave seller feedback".

Thank you,
Kettle & Co""")

    o, b = order("html-only", "en", "Gooseneck Pour-Over Kettle 1L", tld="co.uk")
    txt = f"""Hello,

Thank you for your order {o}. Before first use, boil the kettle twice
with fresh water and pour it away; this removes the protective oil from the
spout.

You can find the full care guide in the Amazon help pages.

Best regards,
Pourfect UK"""
    html = f"""<p>Hello,</p>
<p>Thank you for your order {o}. Before first use, boil the kettle twice
with fresh water and pour it away; this removes the protective oil from the spout.</p>
<p>You can find the full care guide in the
<a href="http://www.amazon.co.uk/gp/help/customer/display.html?nodeId=201909000">Amazon help page on appliance care</a>.</p>
<p>Best regards,<br>Pourfect UK</p>"""
    case("alternative-http-link-only-in-html", "reject", ["link.insecure"],
         "multipart/alternative: the text part is clean, the HTML part links over http:// (to Amazon). The buyer "
         "may see either part, so the HTML part's violation counts.",
         to=b, frm="Pourfect UK <hello@pourfect.co.uk>", subject=f"Before first use - order {o}",
         text=txt, html=html)

    o, b = order("gb-de-buyer", "de", "Wasserkocher Glas 1,7 l", tld="co.uk")
    case("german-buyer-on-co-uk-gets-english", "quarantine", ["language.mismatch"],
         "A German-speaking buyer on amazon.co.uk (buyer_language de) gets an English-only message.",
         to=b, frm="Brewline UK <care@brewline.co.uk>", lang="en",
         subject=f"Your glass kettle - order {o}", text=f"""Hello,

Thank you for your order {o}. The glass kettle comes with a UK plug.
If you plan to use it in Germany or Austria, please use a proper travel
adapter rated for at least 13 A; cheap adapters can overheat at 3 kW.

The limescale filter in the spout can be removed for cleaning: pull it
straight up.

Kind regards,
Brewline UK""")

    o, b = order("be-english", "fr", "Machine à gaufres, 4 gaufres", tld="com.be", buyer_language="")
    case("amazon-com-be-default-french-gets-english", "quarantine", ["language.mismatch"],
         "amazon.com.be, no buyer language stored: the default is French; the message is English only.",
         to=b, frm="Waffle Craft <service@wafflecraft.eu>", lang="en",
         subject=f"Your waffle maker - order {o}", text=f"""Hello,

Thank you for order {o}. Before the first waffles, brush the plates
with a little oil and heat the machine empty for five minutes; a bit of smoke
the first time is normal.

Bake each batch for about four minutes, until the green light comes on.

Kind regards,
Waffle Craft""")

    o, b = order("catalogue", "en", "Hand-thrown Stoneware Mug, Speckled")
    case("pdf-catalogue-attached", "quarantine", ["type.marketing"],
         "The attachment is a real PDF (an allowed type), but it is the seller's catalogue with a discount code: "
         "marketing, not needed to resolve any issue.",
         to=b, frm="Kiln Street Pottery <studio@kilnstreet.com>",
         subject=f"Your mug and our new collection - order {o}", text=f"""Hello,

Thank you for order {o}! Your speckled mug is one of our favourites.

We've attached our new summer catalogue with all 40 glazes. As a returning
customer you get 15% off your next order with the code KILN15.

Warmly,
Kiln Street Pottery""",
         attach=[(pdf("Kiln Street Summer Catalogue", ["Kiln Street Pottery - Summer 2026",
                                                      "Mugs, bowls, planters in 40 glazes",
                                                      "15% off with code KILN15"]),
                  "application", "pdf", "KilnStreet-Catalogue-Summer2026.pdf")])

    o, b = order("exe", "en", "Thermal Label Printer 4x6")
    case("exe-disguised-as-pdf-driver", "reject", ["attachment.not-allowed"],
         "A 'driver' named setup-guide.pdf whose bytes are a Windows executable: the sniffed type decides.",
         to=b, frm="LabelJet Direct <support@labeljetdirect.com>",
         subject=f"Printer setup - order {o}", text=f"""Hello,

For your label printer (order {o}) please install the attached setup
guide before connecting the USB cable, otherwise Windows picks a generic
driver and the labels print too small.

Regards,
LabelJet Direct""",
         attach=[(exe_bytes(), "application", "octet-stream", "setup-guide.pdf")])

    o, b = order("fwd", "en", "Rolling Suitcase 28in, Hard Shell")
    carrier = EmailMessage()
    carrier["From"] = "Claims Desk <claims@parcelhub-logistics.com>"
    carrier["To"] = "returns@roamcase.com"
    carrier["Subject"] = "Claim CL-20931 accepted"
    carrier["Date"] = "Wed, 10 Jun 2026 16:02:00 +0000"
    carrier["Message-ID"] = "<cl-20931@parcelhub-logistics.com>"
    carrier.set_content("Your damage claim CL-20931 for shipment PH5528193 has been accepted.\n"
                        "Compensation will be paid to the shipper within 14 days.\n", cte="7bit")

    def add_fwd(m: EmailMessage) -> None:
        m.add_attachment(carrier, filename="Claim CL-20931 accepted.eml")

    case("forwarded-carrier-email-attached", "reject", ["attachment.not-allowed"],
         "A forwarded .eml (message/rfc822) from the carrier: not an allowed attachment type, and it carries "
         "third-party headers; the buyer needs none of it to get a replacement.",
         to=b, frm="Roamcase <returns@roamcase.com>", tolerated=("content.email-address",),
         subject=f"Your damaged suitcase - order {o}", text=f"""Hello,

Good news about the damaged suitcase from order {o}: the carrier has
accepted our claim (their confirmation is attached), and your replacement
ships tomorrow. You do not need to send the damaged one back.

Regards,
Roamcase""", post=add_fwd)


# --------------------------------------------------------------------------------------------
# Deutsch
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = order("endash", "de", "Wandregal Eiche massiv 80 cm")
    dashed = o.replace("-", "\u2013")
    case("bestellnummer-mit-halbgeviertstrich", "relay", [],
         "Die Bestellnummer mit Halbgeviertstrichen (Textverarbeitung-Autokorrektur) ist dieselbe gestrichelte "
         "3-7-7-Nummer; eine nötige Rückfrage zur Montage.",
         to=b, frm="Eichenwerk <service@eichenwerk.de>",
         subject=f"Rückfrage zu Bestellnr. {dashed}", text=f"""Guten Tag,

zu Ihrer Bestellnr. {dashed}: Das Wandregal wird mit Dübeln für
Beton und Vollziegel geliefert. Falls Ihre Wand eine Gipskartonwand ist,
benötigen Sie andere Dübel. Teilen Sie uns bitte kurz mit, um welche Wand es
sich handelt; passende Hohlraumdübel legen wir dann kostenlos bei.

Mit freundlichen Grüßen
Eichenwerk""")

    o, b = order("kurz", "de", "Schlüsselanhänger Leder mit Gravur")
    case("kurze-rueckfrage-gravur", "relay", [],
         "Sehr kurze deutsche Rückfrage zur Gravur (wenig Text für die Spracherkennung, Namen und Nummer "
         "überwiegen): Deutsch an einen deutschen Käufer.",
         to=b, frm="Lederliebe <hallo@lederliebe.de>",
         subject=f"Gravur {o}", text=f"""Hallo,

kurze Frage zu {o}: Gravur „Jonas & Mia 06/2026“ – so korrekt?
Dann geht's morgen raus.

Danke!
Lederliebe""")

    o, b = order("at-default", "de", "Kaffeemühle Handkurbel Edelstahl", tld="at", buyer_language="")
    case("amazon-at-ohne-sprache-deutsch", "relay", [],
         "amazon.at ohne gespeicherte Käufersprache: Standard Deutsch, die Nachricht ist deutsch.",
         to=b, frm="Mahlwerk Wien <office@mahlwerk.at>",
         subject=f"Ihre Kaffeemühle – Bestellung {o}", text=f"""Grüß Gott,

zu Ihrer Bestellung {o}: Die Kaffeemühle ist ab Werk auf einen groben
Mahlgrad für French Press eingestellt. Für Espresso drehen Sie die
Stellschraube unter der Kurbel im Uhrzeigersinn, bis sie leicht anliegt, und
dann zwei Rasten zurück.

Freundliche Grüße aus Wien
Mahlwerk""")

    o, b = order("cp1252", "de", "Bettwäsche Satin 155x220, Anthrazit")
    case("windows-1252-quoted-printable", "relay", [],
         "windows-1252 mit quoted-printable (Euro-Zeichen, „deutsche“ Anführungszeichen, Umlaute): Auskunft "
         "zur Rücksendung mit Rückfrage.",
         to=b, frm="Schlafgut Textil <service@schlafgut-textil.de>", enc={**CP1252, "cte": "quoted-printable"},
         subject=f"Ihre Rücksendung – Bestellung {o}", text=f"""Sehr geehrte Kundin, sehr geehrter Kunde,

Sie möchten die Bettwäsche aus Ihrer Bestellung {o} zurückgeben.
Damit wir die Rücksendung richtig zuordnen: Ist die Packung noch
originalverschlossen, oder wurde die Wäsche bereits gewaschen?

Bei „originalverschlossen“ erstatten wir die vollen 59,90 €; andernfalls
melden wir uns mit einem Vorschlag.

Mit freundlichen Grüßen
Schlafgut Textil""")

    o, b = order("bilingual", "de", "Fahrradanhänger für Kinder, 2-Sitzer")
    case("zweisprachig-deutsch-dann-englisch", "relay", [],
         "Zweisprachig: zuerst Deutsch (Sprache des Käufers), dann Englisch; RULES: enthält sie die Sprache, "
         "passt es.",
         to=b, frm="Kidtrail Europe <service@kidtrail.eu>",
         subject=f"Lieferung Ihres Fahrradanhängers / Delivery of your bike trailer – {o}", text=f"""Guten Tag,

Ihr Fahrradanhänger (Bestellung {o}) wird als Sperrgut von einer
Spedition geliefert. Die Spedition ruft Sie nicht an; bitte nennen Sie uns
einen Wunschtermin zwischen dem 17. und 24. Juni.

---

Hello,

Your bike trailer (order {o}) is delivered by a freight company as a
bulky item. Please tell us a preferred delivery date between 17 and 24 June.

Mit freundlichen Grüßen / Kind regards
Kidtrail Europe""")

    o, b = order("gb-de", "de", "Wasserfilter-Kartuschen 6er-Pack", tld="co.uk")
    case("deutscher-kaeufer-auf-co-uk-deutsch", "relay", [],
         "Käufer auf amazon.co.uk mit buyer_language de: die Nachricht auf Deutsch ist richtig, obwohl der "
         "Marktplatz Englisch vorgibt.",
         to=b, frm="AquaPure UK <service@aquapure.co.uk>",
         subject=f"Ihre Filterkartuschen – Bestellung {o}", text=f"""Guten Tag,

vielen Dank für Ihre Bestellung {o}. Ein wichtiger Hinweis: Bitte
wässern Sie jede neue Kartusche vor dem Einsetzen 15 Minuten lang in kaltem
Wasser. Sonst können in den ersten Litern schwarze Kohlepartikel im Wasser
schwimmen; sie sind harmlos, aber unschön.

Freundliche Grüße
AquaPure UK""")

    b6 = buyer(_rnd, "de")
    o, _ = order("de-rv", "de", "Gusseisen-Bräter oval 6 l", addr=b6)
    case("bewertungsbitte-erste", "relay", [],
         "Erste, neutrale Bewertungsbitte zur Bestellung: erlaubt.",
         to=b6, frm="Eisenguss Kramer <service@eisenguss-kramer.de>",
         subject=f"Ihre Meinung zum Bräter – Bestellung {o}", text=f"""Guten Tag,

Ihr Gusseisen-Bräter aus der Bestellung {o} ist seit ein paar Tagen bei
Ihnen. Wenn Sie Zeit haben, freuen wir uns über Ihre ehrliche Bewertung auf
Amazon – ganz gleich, wie sie ausfällt.

Mit freundlichen Grüßen
Eisenguss Kramer""")

    # -- violations --
    case("bewertungsbitte-erinnerung", "reject", ["review.repeat"],
         "Erinnerung an die Bewertung derselben Bestellung, nachdem die erste Bitte verschickt wurde.",
         to=b6, frm="Eisenguss Kramer <service@eisenguss-kramer.de>", after=("bewertungsbitte-erste",), day=14,
         subject=f"Kleine Erinnerung – Bestellung {o}", text=f"""Guten Tag,

wir möchten Sie noch einmal freundlich daran erinnern: Über eine kurze
Bewertung Ihres Bräters (Bestellung {o}) auf Amazon würden wir uns
sehr freuen.

Mit freundlichen Grüßen
Eisenguss Kramer""")

    o, b = order("zip", "de", "Gartenhaus Holz 3x3 m, Bausatz")
    case("aufbauanleitung-als-zip", "reject", ["attachment.not-allowed"],
         "Aufbauanleitung als ZIP-Archiv: Archive sind immer unzulässig, auch wenn der Inhalt nützlich wäre.",
         to=b, frm="Holzhaus Direkt <service@holzhaus-direkt.de>",
         subject=f"Aufbauanleitung – Bestellung {o}", text=f"""Guten Tag,

anbei erhalten Sie die Aufbauanleitung für Ihr Gartenhaus (Bestellung
{o}) als ZIP-Datei mit allen Plänen. Bitte lesen Sie vor dem Aufbau
besonders Schritt 4 (Fundament).

Mit freundlichen Grüßen
Holzhaus Direkt""",
         attach=[(zip_bytes({"Aufbauanleitung/Schritt-1-4.txt": b"Fundament: 9 Punktfundamente ...\n",
                             "Aufbauanleitung/Schritt-5-9.txt": b"Waende: Bohlen mit Nut nach oben ...\n"},
                            date_time=(2026, 6, 10, 9, 0, 0)),
                  "application", "zip", "Aufbauanleitung-Gartenhaus.zip")])

    o, b = order("ohne-striche", "de", "Akku-Rasenmäher 36 V, 40 cm")
    case("bestellnummer-ohne-bindestriche", "reject", ["order-id.missing"],
         "Die Bestellnummer steht nur als 17 Ziffern am Stück (aus einer Tabelle kopiert): nur die gestrichelte "
         "3-7-7-Form zählt.",
         to=b, frm="Gartentechnik Rupp <service@gartentechnik-rupp.de>",
         subject="Ersatzmesser für Ihren Rasenmäher", text=f"""Guten Tag,

zu Ihrer Bestellung {o.replace("-", "")}: Dem Rasenmäher lag versehentlich das
Messer für das 32-cm-Modell bei. Das richtige 40-cm-Messer haben wir heute an
Sie verschickt; das falsche dürfen Sie behalten.

Mit freundlichen Grüßen
Gartentechnik Rupp""")

    o, b = order("kurz-en", "de", "Schlüsselanhänger Holz mit Gravur")
    case("kurze-englische-rueckfrage-an-deutschen-kaeufer", "quarantine", ["language.mismatch"],
         "Sehr kurze englische Rückfrage an einen deutschen Käufer auf amazon.de: falsche Sprache.",
         to=b, frm="Woodtag Studio <hi@woodtag.de>", lang="en",
         subject=f"Engraving {o}", text=f"""Hi,

quick question on {o}: engraving "Lena & Tom 2026" - correct as written?
Then it ships tomorrow.

Thanks!
Woodtag Studio""")


# --------------------------------------------------------------------------------------------
# Français
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("be-fr", "fr", "Moule à gaufres de Liège, fonte", tld="com.be", buyer_language="")
    case("amazon-com-be-sans-langue-francais", "relay", [],
         "amazon.com.be sans langue d'acheteur enregistrée : la langue par défaut est le français, le message est "
         "en français.",
         to=b, frm="Gaufres & Cie <service@gaufres-cie.be>",
         subject=f"Votre moule à gaufres – commande {o}", text=f"""Bonjour,

Merci pour votre commande {o}. Avant la première utilisation, huilez
légèrement les plaques en fonte et chauffez le moule vide pendant dix minutes
sur feu moyen : c'est ce qui empêche la pâte d'attacher.

Ne le passez jamais au lave-vaisselle.

Bien cordialement,
Gaufres & Cie""")

    o, b = order("latin1", "fr", "Robe en lin, taille 38, écru")
    case("iso-8859-1-retour-question", "relay", [],
         "Corps en ISO-8859-1 (quoted-printable) : question sur un retour, nécessaire pour le traiter.",
         to=b, frm="Atelier Lin d'Été <sav@atelier-lin-ete.fr>", enc={**LATIN1, "cte": "quoted-printable"},
         subject=f"Votre retour – commande {o}", text=f"""Bonjour Madame,

Nous avons bien reçu votre demande de retour pour la robe en lin de la
commande {o}. Souhaitez-vous un échange contre la taille 40, ou
préférez-vous un remboursement ? Dans le premier cas, nous expédions la
nouvelle robe dès réception de la vôtre.

Très cordialement,
L'équipe de l'Atelier Lin d'Été""")

    o, b = order("cid-alt", "fr", "Théière en fonte japonaise 0,8 L")
    logo = logo_png("THE & FONTE")
    html = f"""<p><img src="cid:tf-logo" alt="Thé &amp; Fonte" width="150" height="44"></p>
<p>Bonjour,</p>
<p>Votre théière en fonte (commande {o}) est émaillée à l'intérieur : ne la
chauffez jamais à vide sur le feu, et séchez-la après chaque usage pour éviter la rouille
sur le bord extérieur.</p>
<p>Bien cordialement,<br>Thé &amp; Fonte</p>"""
    case("related-cid-logo-avec-alt", "relay", [],
         "multipart/related : logo en cid: avec texte alternatif, sans lien vers un site ; conseil d'usage.",
         to=b, frm="Thé & Fonte <contact@the-et-fonte.fr>", lang="fr",
         subject=f"Entretien de votre théière – commande {o}", html=html,
         related=[(logo, "image", "png", "<tf-logo>", "the-et-fonte-logo.png")])

    # -- violations --
    o, b = order("ca-fr", "fr", "Bottes d'hiver doublées, pointure 8", tld="ca", buyer_language="")
    case("amazon-ca-sans-langue-message-francais", "quarantine", ["language.mismatch"],
         "amazon.ca sans langue d'acheteur : la langue par défaut est l'anglais (RULES) ; un message uniquement "
         "en français n'est pas dans cette langue.",
         to=b, frm="Bottes Boréales <service@bottesboreales.ca>",
         subject=f"Votre échange de bottes – commande {o}", text=f"""Bonjour,

Nous avons bien reçu votre demande d'échange pour les bottes de la commande
{o}. Voulez-vous la pointure 8,5 ou 9 ? La 9 chausse un peu large.
Dès votre réponse, la nouvelle paire part le jour même.

Cordialement,
Bottes Boréales""")

    o, b = order("html-mail", "fr", "Lampe de chevet en céramique, bleu")
    txt = f"""Bonjour,

Votre lampe de chevet (commande {o}) utilise une ampoule E14 de
40 W maximum. Une ampoule plus puissante risque d'abîmer l'abat-jour.

Pour toute question, répondez simplement à ce message.

Cordialement,
Céramiques Lunel"""
    html = f"""<p>Bonjour,</p>
<p>Votre lampe de chevet (commande {o}) utilise une ampoule E14 de 40 W maximum.
Une ampoule plus puissante risque d'abîmer l'abat-jour.</p>
<p>Pour toute question, écrivez-nous à
<a href="mailto:atelier@ceramiques-lunel.fr">atelier@ceramiques-lunel.fr</a>.</p>
<p>Cordialement,<br>Céramiques Lunel</p>"""
    case("adresse-email-seulement-en-html", "reject", ["content.email-address"],
         "multipart/alternative : la partie texte renvoie à la messagerie Amazon, la partie HTML donne une "
         "adresse e-mail (mailto:) ; la partie HTML compte aussi.",
         to=b, frm="Céramiques Lunel <contact@ceramiques-lunel.fr>", lang="fr",
         subject=f"Votre lampe de chevet – commande {o}", text=txt, html=html)

    o, b = order("fr-old", "fr", "Coussin de sol en lin, terracotta", purchased="2026-04-25T09:00:00Z",
                 shipped="2026-04-27T09:00:00Z", delivered="2026-05-04T15:00:00Z")
    case("demande-avis-apres-42-jours", "reject", ["window.expired"],
         "Demande d'avis neutre, mais la livraison date de 42 jours : hors de la fenêtre de 30 jours.",
         to=b, frm="Maison Terracotta <bonjour@maison-terracotta.fr>",
         subject=f"Votre avis sur le coussin – commande {o}", text=f"""Bonjour,

Votre coussin de sol (commande {o}) est chez vous depuis quelques
semaines. Si vous avez un instant, votre avis sincère sur Amazon aiderait
d'autres clients à choisir.

Bien cordialement,
Maison Terracotta""")

    o, b = order("docx", "fr", "Étagère murale en métal noir")
    case("notice-en-docx", "reject", ["attachment.not-allowed"],
         "Notice de montage envoyée en .docx : un document Office n'est pas dans la liste des types permis (PDF, "
         "JPEG, PNG, texte).",
         to=b, frm="Métal & Forme <sav@metal-forme.fr>",
         subject=f"Notice de montage – commande {o}", text=f"""Bonjour,

Vous trouverez ci-joint la notice de montage de l'étagère de la commande
{o}. Merci de bien serrer les vis de l'étape 3 avant d'y poser des
livres.

Cordialement,
Métal & Forme""",
         attach=[(make_docx(["Notice de montage - Étagère murale", "Étape 1 : ...", "Étape 3 : serrer les vis"]),
                  "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
                  "Notice-etagere.docx")])

    o, b = order("cid-noalt", "fr", "Plaid en laine mérinos, gris")
    logo = logo_png("LAINAGES MARTIN")
    html = f"""<p><img src="cid:lm-logo" width="150" height="44"></p>
<p>Bonjour,</p>
<p>Votre plaid en mérinos (commande {o}) se lave à la main, à l'eau froide,
avec un peu de shampoing doux. Séchez-le à plat, jamais sur un radiateur.</p>
<p>Bien à vous,<br>Lainages Martin</p>"""
    case("related-cid-logo-sans-alt", "reject", ["style.image-alt"],
         "multipart/related : image cid: sans attribut alt.",
         to=b, frm="Lainages Martin <contact@lainages-martin.fr>", lang="fr",
         subject=f"Entretien de votre plaid – commande {o}", html=html,
         related=[(logo, "image", "png", "<lm-logo>", "logo.png")])


# --------------------------------------------------------------------------------------------
# Español
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("mx", "es", "Licuadora de alta potencia 1.5 L", tld="com.mx", buyer_language="")
    case("amazon-com-mx-sin-idioma-espanol", "relay", [],
         "amazon.com.mx sin idioma guardado: el idioma por defecto es el español y el mensaje está en español.",
         to=b, frm="Cocina Fuerte MX <atencion@cocinafuerte.mx>",
         subject=f"Su licuadora – pedido {o}", text=f"""Hola, buen día:

Sobre su pedido {o}: la licuadora trae dos juegos de cuchillas. El
juego plano es para triturar hielo; el de cuatro puntas, para licuados y
salsas. Si nota olor a quemado la primera vez, es normal: es el barniz del
motor y desaparece a los pocos usos.

Saludos cordiales,
Cocina Fuerte""")

    o, b = order("latin1-es", "es", "Sofá cama 3 plazas, tela gris")
    case("iso-8859-1-cita-entrega-voluminoso", "relay", [],
         "Cuerpo ISO-8859-1 (quoted-printable): programar la entrega de un artículo voluminoso.",
         to=b, frm="Muebles Ribera <pedidos@mueblesribera.es>", enc={**LATIN1, "cte": "quoted-printable"},
         subject=f"Cita de entrega – pedido {o}", text=f"""Estimado cliente:

Su sofá cama (pedido {o}) se entrega con dos operarios de la agencia
de transporte. Para concertar la cita, ¿nos indica qué mañana le viene
mejor entre el martes 16 y el viernes 19 de junio? ¿Hay ascensor en el
edificio?

Un saludo,
Muebles Ribera""")

    o, b = order("es-bi", "es", "Cafetera italiana 6 tazas, inducción")
    case("bilingue-espanol-ingles", "relay", [],
         "Bilingüe: primero español (idioma del comprador), luego inglés: pasa.",
         to=b, frm="Moka Sur <hola@mokasur.es>",
         subject=f"Su cafetera / Your moka pot – pedido {o}", text=f"""Hola:

Gracias por su pedido {o}. Antes del primer café, prepare dos
cafeteras y tírelas: así se elimina el sabor metálico del aluminio.

Hello,

Thank you for order {o}. Before your first coffee, brew two pots and
pour them away; this removes the metallic taste.

Un saludo / Best regards,
Moka Sur""")

    # -- violations --
    o, b = order("es-shipped", "es", "Bicicleta estática plegable", purchased="2026-05-06T09:00:00Z",
                 shipped="2026-05-08T09:00:00Z", delivered="")
    case("ventana-solo-enviado", "reject", ["window.expired"],
         "Sin fecha de entrega: la finalización es el envío, hace 38 días; un mensaje proactivo llega tarde.",
         to=b, frm="Deporte Hogar <clientes@deportehogar.es>",
         subject=f"¿Ha recibido su bicicleta? Pedido {o}", text=f"""Estimado cliente:

Le escribimos por su pedido {o}: ¿ha podido montar la bicicleta
estática? El tornillo del sillín se aprieta con la llave allen de 6 mm que
va en la bolsa pequeña.

Un saludo,
Deporte Hogar""")

    o, b = order("typo", "es", "Ventilador de techo 132 cm con luz")
    wrong = o[:-1] + str((int(o[-1]) + 3) % 10)
    case("numero-de-pedido-con-errata", "reject", ["order-id.unknown"],
         "El número de pedido tiene una errata en la última cifra: el pedido citado no existe para este vendedor.",
         to=b, frm="Aire Hogar <pedidos@airehogar.es>",
         subject=f"Montaje de su ventilador – pedido {wrong}", text=f"""Estimado cliente:

Sobre su pedido {wrong}: antes de montar el ventilador, compruebe
que el techo aguanta 15 kg; el soporte incluido es para techos de hormigón.
Si su techo es de pladur, díganos y le enviamos el anclaje adecuado.

Un saludo,
Aire Hogar""")

    o, b = order("wa", "es", "Olla a presión 6 L, acero inoxidable")
    txt = f"""Hola:

Sobre su pedido {o}: la válvula de la olla viene desmontada para el
transporte. Colóquela girándola hasta oír un clic antes del primer uso.

Si tiene dudas, escríbanos por WhatsApp al 612 48 93 07.

Un saludo,
Menaje Levante"""
    html = f"""<p>Hola:</p>
<p>Sobre su pedido {o}: la válvula de la olla viene desmontada para el
transporte. Colóquela girándola hasta oír un clic antes del primer uso.</p>
<p>Si tiene dudas, responda a este mensaje.</p>
<p>Un saludo,<br>Menaje Levante</p>"""
    case("telefono-solo-en-texto", "reject", ["content.phone-number"],
         "multipart/alternative: la parte HTML remite a la mensajería, la de texto da el WhatsApp del vendedor; "
         "la parte de texto cuenta igual.",
         to=b, frm="Menaje Levante <info@menajelevante.es>", lang="es",
         subject=f"Válvula de su olla – pedido {o}", text=txt, html=html)

    o, b = order("bg-http", "es", "Juego de sábanas percal 150 cm")
    html = f"""<div style="background-image:url('http://static.textilalba.es/mail/fondo-lino.jpg'); padding:16px">
<p>Hola:</p>
<p>Sobre su pedido {o}: lave las sábanas de percal antes del primer uso, a 40 grados
y del revés. Así el tejido se suaviza y no encoge más adelante.</p>
<p>Un saludo,<br>Textil Alba</p>
</div>"""
    case("imagen-de-fondo-css-http", "reject", ["image.insecure"],
         "Una imagen de fondo CSS (background-image) cargada por http://: es una imagen insegura igual que un "
         "<img src> por http.",
         to=b, frm="Textil Alba <clientes@textilalba.es>", lang="es",
         subject=f"Cuidado de sus sábanas – pedido {o}", html=html)

    o, b = order("es-en", "es", "Plancha de vapor 2600 W")
    case("ingles-a-comprador-espanol", "quarantine", ["language.mismatch"],
         "Mensaje solo en inglés a un comprador de amazon.es con idioma español.",
         to=b, frm="SteamPro Europe <support@steampro.eu>", lang="en",
         subject=f"Your steam iron - order {o}", text=f"""Hello,

Thank you for order {o}. Please use tap water mixed half and half
with distilled water in the steam iron; pure distilled water makes it spit.
Empty the tank after each use.

Best regards,
SteamPro Europe""")


# --------------------------------------------------------------------------------------------
# Italiano
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("fattura", "it", "Macchina per pasta manuale, acciaio")
    case("fattura-pdf-richiesta", "relay", [],
         "Invio della fattura richiesta dal cliente, in PDF: allegato necessario.",
         to=b, frm="Pasta Viva <ordini@pastaviva.it>", reply=True,
         subject=f"Re: fattura per l'ordine {o}", text=f"""Gentile cliente,

come richiesto, in allegato trova la fattura dell'ordine {o}
intestata alla Sua azienda, con partita IVA.

Cordiali saluti,
Pasta Viva""",
         attach=[(pdf("Fattura 2026/0612", ["Pasta Viva S.r.l. - Fattura n. 2026/0612",
                                           f"Ordine Amazon {o}", "Macchina per pasta manuale - EUR 49,90"]),
                  "application", "pdf", "Fattura-2026-0612.pdf")])

    o, b = order("it-bi", "it", "Lampada da scrivania LED, nera")
    case("bilingue-inglese-poi-italiano", "relay", [],
         "Bilingue con l'inglese prima e l'italiano dopo: contiene la lingua dell'acquirente, quindi passa.",
         to=b, frm="Brightdesk EU <support@brightdesk.eu>",
         subject=f"Your desk lamp / La Sua lampada – {o}", text=f"""Hello,

Thank you for order {o}. To switch colour temperature, hold the
touch button for two seconds.

Gentile cliente,

grazie per l'ordine {o}. Per cambiare la temperatura di colore
tenga premuto il tasto touch per due secondi.

Best regards / Cordiali saluti
Brightdesk EU""")

    # -- violations --
    o, b = order("srcset", "it", "Set di coltelli da cucina, 5 pezzi")
    html = f"""<p><img src="https://img.coltelleriafalco.it/mail/logo.png"
 srcset="https://img.coltelleriafalco.it/mail/logo.png 1x, http://img.coltelleriafalco.it/mail/logo@2x.png 2x"
 alt="Coltelleria Falco" width="160" height="48"></p>
<p>Gentile cliente,</p>
<p>i coltelli del Suo ordine {o} vanno lavati a mano e asciugati subito: la
lavastoviglie rovina il filo della lama.</p>
<p>Cordiali saluti,<br>Coltelleria Falco</p>"""
    case("srcset-con-immagine-http", "reject", ["image.insecure"],
         "L'immagine ha src https ma srcset con una variante 2x in http://: su uno schermo ad alta densità il "
         "client carica l'immagine non sicura.",
         to=b, frm="Coltelleria Falco <info@coltelleriafalco.it>", lang="it",
         subject=f"Cura dei Suoi coltelli – ordine {o}", html=html)

    o, b = order("unknown", "it", "Moka elettrica 3 tazze")
    foreign = "408-" + str(_rnd.randint(1000000, 9999999)) + "-" + str(_rnd.randint(1000000, 9999999))
    case("ordine-di-altro-venditore", "reject", ["order-id.unknown"],
         "Il messaggio cita, oltre all'ordine giusto, un secondo ordine che non è di questo venditore: ogni "
         "ordine citato deve essere noto.",
         to=b, frm="Caffè Elettrico <assistenza@caffeelettrico.it>",
         subject=f"La Sua moka elettrica – ordine {o}", text=f"""Gentile cliente,

grazie per l'ordine {o}. Abbiamo visto che con l'ordine {foreign}
ha acquistato anche delle cialde di un altro marchio: non sono compatibili con
la nostra moka, che funziona solo con caffè macinato.

Cordiali saluti,
Caffè Elettrico""")

    o, b = order("it-b64", "it", "Teglia in pietra per pizza 38 cm")
    case("base64-codice-sconto", "quarantine", ["type.marketing"],
         "Corpo in base64: istruzioni d'uso seguite da un codice sconto per il prossimo acquisto (promozione).",
         to=b, frm="Forno di Casa <info@fornodicasa.it>", enc=B64,
         subject=f"La Sua pietra per pizza – ordine {o}", text=f"""Gentile cliente,

prima del primo uso della pietra dell'ordine {o}, la scaldi nel forno
freddo fino a 250 gradi: gli sbalzi di temperatura la possono incrinare.

Per il Suo prossimo acquisto nel nostro negozio usi il codice FORNO10:
10% di sconto su tutte le pale e i ricettari.

Cordiali saluti,
Forno di Casa""")


# --------------------------------------------------------------------------------------------
# 日本語
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("romaji", "ja", "Anker PowerCore 10000 Portable Charger")
    case("iso-2022-jp-romaji-subject-only-id", "relay", [],
         "ISO-2022-JP の本文と件名（RFC 2047、注文番号が二つのエンコード語にまたがる）。ローマ字の氏名と英語の商品名が多いが日本語の"
         "メッセージ。注文番号は件名だけ。",
         to=b, frm="Yamamoto Trading <support@yamamoto-trading.jp>", enc=JIS, subject_charset="iso-2022-jp",
         subject=f"【ご確認】注文番号 {o} について", text="""Tanaka Hiroshi 様

この度は「Anker PowerCore 10000 Portable Charger」をご注文いただき、
誠にありがとうございます。

ご注文の商品は、PSE マーク付きの国内正規品です。初めてお使いになる前に、
付属の USB-C ケーブルで満充電（約 4 時間）してください。
充電中にランプが赤く点滅する場合は、ケーブルを差し直してください。

Yamamoto Trading
担当：Suzuki""")

    o, b = order("sjis", "ja", "組立式 木製ベッドフレーム シングル")
    case("shift-jis-base64-haisou-nittei", "relay", [],
         "Shift_JIS・base64 の本文：大型商品の配達日時の調整（許可される理由）。",
         to=b, frm="家具のまるやま <info@kagu-maruyama.jp>", enc=SJIS,
         subject=f"配達日時のご相談（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のベッドフレームは大型商品のため、
提携の配送業者が二名でお届けいたします。

6月18日から21日までの間で、ご都合のよい日と時間帯
（午前・午後・夕方）をこのメッセージへのご返信でお知らせください。

家具のまるやま""")

    b7 = buyer(_rnd, "co.jp")
    o, _ = order("ja-rv", "ja", "南部鉄器 急須 0.6L", addr=b7)
    case("review-irai-hajime", "relay", [],
         "最初の中立的なレビュー依頼：許可。",
         to=b7, frm="鉄器工房 いわて <shop@tekki-iwate.jp>", enc=JIS,
         subject=f"急須のご感想をお聞かせください（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の南部鉄器の急須はお手元に届きましたでしょうか。
お時間のあるときに、Amazon で率直な商品レビューをお寄せいただけましたら
幸いです。他のお客様の参考になります。

鉄器工房 いわて""")

    # -- violations --
    case("hyouka-irai-review-no-ato", "reject", ["review.repeat"],
         "同じ注文について商品レビュー依頼の後に出品者評価を依頼：どちらもレビュー依頼なので二度目。",
         to=b7, frm="鉄器工房 いわて <shop@tekki-iwate.jp>", enc=JIS, after=("review-irai-hajime",), day=14,
         subject=f"出品者評価のお願い（注文番号 {o}）", text=f"""お客様

先日はご注文番号 {o} をご利用いただき、ありがとうございました。
当店の対応について、Amazon の「出品者を評価する」から
評価をお寄せいただけますと励みになります。

鉄器工房 いわて""")

    o, b = order("jis-coupon", "ja", "信楽焼 マグカップ ペア")
    case("iso-2022-jp-kupon", "quarantine", ["type.marketing"],
         "ISO-2022-JP：お手入れの案内の後に、次回使えるクーポンと新作の宣伝。",
         to=b, frm="信楽 陶の市 <info@shigaraki-touichi.jp>", enc=JIS,
         subject=f"マグカップのお手入れ（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のマグカップは、電子レンジはご使用いただけますが、
食器洗い乾燥機のご使用はお控えください。

また、夏の新作「信楽焼 冷茶グラス」を発売いたしました。
次回のお買い物で使える 15% OFF クーポン【TOUICHI15】をぜひご利用ください。

信楽 陶の市""")

    o, b = order("ja-en", "ja", "Bamboo Cutting Board Set of 3", buyer_language="")
    case("english-to-co-jp-default", "quarantine", ["language.mismatch"],
         "amazon.co.jp、購入者の言語は未登録（既定は日本語）。英語の商品名なのにメッセージも英語のみ。",
         to=b, frm="EcoBoard Co. <support@ecoboard.example.jp>", lang="en",
         subject=f"Your cutting boards - order {o}", text=f"""Hello,

Thank you for order {o}. Before first use, rub the bamboo boards with
a little food-grade mineral oil and let them dry overnight. Never leave them
soaking in water.

Best regards,
EcoBoard Co.""")

    o, _ = order("ja-mm", "ja", "ステンレス 水筒 500ml")
    case("betsu-no-kounyuusha", "reject", ["order-id.buyer-mismatch"],
         "注文の購入者とは別の購入者のアドレスに送られたメッセージ（宛先の取り違え）。",
         to=buyer(_rnd, "co.jp"), frm="ボトル工房 <info@bottle-koubou.jp>", enc=JIS,
         subject=f"水筒のパッキンについて（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の水筒につきまして、フタのパッキンが
正しく装着されていない商品が一部ございました。
ご使用前に、パッキンが溝に沿って奥まで入っているかご確認ください。

ボトル工房""")

    o, b = order("sjis-tel", "ja", "電動歯ブラシ 替えブラシ 8本")
    case("shift-jis-sapoto-denwa", "reject", ["content.phone-number"],
         "Shift_JIS・base64：出品者自身のサポート電話番号（保証・配送業者・メーカーの番号ではない）。",
         to=b, frm="デンタルショップ みがく <info@dental-migaku.jp>", enc=SJIS,
         subject=f"替えブラシの取り付け方（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の替えブラシは、本体の金属軸に「カチッ」と
音がするまで真っすぐ差し込んでください。

ご不明な点は、当店サポートダイヤル 03-5784-2291（平日10時〜17時）まで
お電話ください。

デンタルショップ みがく""")


def _boundaries(m: EmailMessage, slug: str) -> None:
    """The shared boundaries, minus the boundary parameter the helper gives a message/rfc822 part."""
    set_boundaries(m, slug, prefix="sixteenth")
    for part in m.walk():
        if part.get_content_type() == "message/rfc822":
            part.replace_header("Content-Type", "message/rfc822")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, _boundaries, verify,
                         after_must_precede=False)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
