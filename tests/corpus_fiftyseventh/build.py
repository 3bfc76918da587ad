#!/usr/bin/env python3
"""Build the fifty-seventh labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_fiftyseventh/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. The seller's REPLIES to buyer messages, as mail clients and
helpdesks send them (In-Reply-To/References, "Re:" subjects, the buyer's message quoted below in the client's
own style: "> " lines under an attribution, Outlook's Original-Message / Von-Gesendet blocks, Gmail's
gmail_quote, Apple Mail's blockquote type=cite), in English (.com, .co.uk, .ca), German, French, Italian and
Spanish. The buyer's quoted words (review, coupon, cancel, swearing) are the buyer's; the seller's own text is
judged fully.
"""

from __future__ import annotations

import datetime as dt
import html as htmlmod
import random
import sys
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))
from corpus_build import (  # noqa: E402
    OrderBook,
    add_case,
    lang_counts,
    mail_date,
    mk,
    page,
    reply_headers,
    set_boundaries,
    text2html,
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(57_2026_1127)
_PREFIX = {"com": "11", "co.uk": "20", "ca": "70", "de": "30", "fr": "40", "it": "40", "es": "40"}
_TLD = {"en": "com", "de": "de", "fr": "fr", "it": "it", "es": "es"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-05-27T16:20:00Z", shipped="2026-05-28T11:00:00Z",
                 delivered="2026-06-01T14:30:00Z")
ORDERS = BOOK.rows
order = BOOK.add

L1 = {"charset": "windows-1252", "cte": "quoted-printable"}
B64 = {"cte": "base64"}

# Every rule a case does not name (in rules or tolerated) must stay silent.
CHECKED = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired",
           "language.mismatch", "type.order-confirmation", "type.thank-you-only", "type.marketing",
           "review.incentive", "review.removal-request", "review.conditional", "review.repeat",
           "order-problem.cancellation-request", "order-problem.no-adjustment", "return.unnecessary",
           "link.insecure", "link.external", "link.opt-out", "content.email-address", "content.phone-number",
           "content.sensitive", "style.emoji", "style.link-text", "style.line-breaks", "style.font-override",
           "style.alignment", "style.margin", "image.insecure", "attachment.not-allowed"]

_WD = {"en": "Mon Tue Wed Thu Fri Sat Sun", "de": "Mo. Di. Mi. Do. Fr. Sa. So.",
       "fr": "lun. mar. mer. jeu. ven. sam. dim.", "it": "lun mar mer gio ven sab dom",
       "es": "lun mar mié jue vie sáb dom"}
_MON = {"en": "Jun", "de": "Juni", "fr": "juin", "it": "giu", "es": "jun"}
_WD_LONG = {"en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
            "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
            "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
            "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
            "es": "lunes martes miércoles jueves viernes sábado domingo"}


def attribution(lang: str, day: int, hm: str, who: str, us: bool = False) -> str:
    """The one-line attribution a mail client writes above the quote (Gmail / Thunderbird wording)."""
    wd = _WD[lang].split()[dt.date(2026, 6, day).weekday()]
    m = _MON[lang]
    if lang == "en":
        if us:
            h, mi = (int(x) for x in hm.split(":"))
            ampm = f"{(h - 1) % 12 + 1}:{mi:02d} {'PM' if h >= 12 else 'AM'}"
            return f"On {wd}, {m} {day}, 2026 at {ampm} {who} wrote:"
        return f"On {wd}, {day} {m} 2026 at {hm}, {who} wrote:"
    if lang == "de":
        return f"Am {wd}, {day}. {m} 2026 um {hm} Uhr schrieb {who}:"
    if lang == "fr":
        return f"Le {wd} {day} {m} 2026 à {hm}, {who} a écrit :"
    if lang == "it":
        return f"Il giorno {wd} {day} {m} 2026 alle ore {hm} {who} ha scritto:"
    return f"El {wd}, {day} {m} 2026 a las {hm}, {who} escribió:"


def outlook_block(lang: str, day: int, hm: str, who: str, shop: str, subject: str) -> str:
    """Outlook's header block above the unprefixed quoted message (shop named without its address)."""
    wd = _WD_LONG[lang].split()[dt.date(2026, 6, day).weekday()]
    if lang == "en":
        h, mi = (int(x) for x in hm.split(":"))
        t = f"{(h - 1) % 12 + 1}:{mi:02d} {'PM' if h >= 12 else 'AM'}"
        return (f"-----Original Message-----\nFrom: {who}\nSent: {wd}, June {day}, 2026 {t}\nTo: {shop}\n"
                f"Subject: {subject}")
    if lang == "de":
        return (f"-----Ursprüngliche Nachricht-----\nVon: {who}\nGesendet: {wd}, {day}. Juni 2026 {hm}\n"
                f"An: {shop}\nBetreff: {subject}")
    if lang == "fr":
        return f"De : {who}\nEnvoyé : {wd} {day} juin 2026 {hm}\nÀ : {shop}\nObjet : {subject}"
    if lang == "it":
        return f"Da: {who}\nInviato: {wd} {day} giugno 2026 {hm}\nA: {shop}\nOggetto: {subject}"
    return f"De: {who}\nEnviado el: {wd}, {day} de junio de 2026 {hm}\nPara: {shop}\nAsunto: {subject}"


def esc(s: str) -> str:
    return htmlmod.escape(s, quote=False)


def reply_case(slug: str, verdict: str, rules: list[str], note: str, *, lang: str, to: str, frm: str, subject: str,
               text: str, buyer_text: str, buyer: str, style: str = "gt", day: int = 10, time: str = "10:05:00",
               qday: int = 0, qtime: str = "14:02", us: bool = False, tolerated: tuple[str, ...] = (),
               enc: dict | None = None, proactive: bool = False, crlf: bool = False, html_text: str = "",
               quote_subject: str = "") -> None:
    """A seller reply. style: gt (plain, attribution + '> ' lines), outlook (plain, header block),
    gmail (text + HTML with gmail_quote), apple (HTML only, blockquote type=cite).
    html_text overrides the seller's HTML paragraphs (for HTML-only content such as a link)."""
    qday = qday or day - 1
    who = f"{buyer} <{to}>"
    shop = frm.split(" <")[0]
    seller = text.strip("\n")
    btxt = buyer_text.strip("\n")
    kw = dict(enc or {})
    if style == "gt":
        kw["text"] = f"{seller}\n\n{attribution(lang, qday, qtime, who, us)}\n" + "\n".join(
            ("> " + ln) if ln else ">" for ln in btxt.split("\n")) + "\n"
    elif style == "outlook":
        qs = quote_subject or subject.removeprefix("Re: ").removeprefix("AW: ").removeprefix("RE: ").removeprefix("R: ")
        kw["text"] = f"{seller}\n\n{outlook_block(lang, qday, qtime, who, shop, qs)}\n\n{btxt}\n"
    elif style in ("gmail", "apple"):
        mine = html_text or text2html(seller)
        bq = "<br>\n".join(esc(ln) for ln in btxt.split("\n"))
        attr = esc(attribution(lang, qday, qtime, who, us))
        if style == "gmail":
            body = (f'<div dir="ltr">\n{mine}\n</div>\n<div class="gmail_quote">\n<div dir="ltr" class="gmail_attr">'
                    f'{attr}</div>\n<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px '
                    f'solid rgb(204,204,204);padding-left:1ex">\n<div dir="ltr">{bq}</div>\n</blockquote>\n</div>')
            kw["text"] = f"{seller}\n\n{attribution(lang, qday, qtime, who, us)}\n" + "\n".join(
                ("> " + ln) if ln else ">" for ln in btxt.split("\n")) + "\n"
        else:
            body = (f"{mine}\n<div><br></div>\n<blockquote type=\"cite\">\n<div>{attr}</div>\n<div><br></div>\n"
                    f"<div>{bq}</div>\n</blockquote>")
        kw["html"] = page(body, lang)
    else:
        raise ValueError(style)
    hdrs = [] if proactive else reply_headers(f"0102019c.{slug[:28]}")
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    msg = mk(frm, to, subject, mail_date(day, time, "+0000" if lang == "en" else "+0200"),
             f"<r57.{slug}@{dom}>", headers=hdrs, **kw)
    tol = (*tolerated, "content.spelling")
    absent = [r for r in CHECKED if r not in rules and r not in tol]
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, crlf=crlf, lang=lang)


# --------------------------------------------------------------------------------------------
# English: amazon.com, amazon.co.uk, amazon.ca
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    # ---- compliant -------------------------------------------------------------------------
    frm = "Kestrel Outdoor Support <support@kestreloutdoor.com>"
    o, b = order("en-tracking", "en", "Kestrel 2-Person Backpacking Tent, 3-Season", tld="com",
                 delivered="")
    reply_case("en-com-where-is-tent-ups", "relay", [],
               "Reply to 'where is my tent?' with the tracking number and UPS's phone line in the sentence naming "
               "UPS (a carrier): answering a buyer with tracking is no order confirmation.",
               lang="en", to=b, frm=frm, buyer="Dana", us=True, day=9,
               subject=f"Re: Where is my order? (Order: {o})",
               text="""Hi Dana,

Sorry for the wait. Your tent left our warehouse on May 28 with UPS, tracking
1Z 7W4 E29 03 8812 5530. The UPS scan shows it held at their Dayton facility
since Friday because of a damaged address label. UPS customer service at
1-800-742-5877 can release it if you give them the tracking number; we have
also opened a trace on our side.

Best,
Marcus
Kestrel Outdoor""", buyer_text=f"""Hi, I ordered the 2-person tent ({o}) almost two weeks ago and
tracking hasn't moved since last Friday. Where is it??
Dana""")

    o, b = order("en-thanks-uk", "en", "Beeswax Food Wraps, Set of 6, Mixed Sizes", tld="co.uk")
    reply_case("en-uk-welcome-glad-arrived", "relay", [],
               "A reply that only says 'you're welcome' to a buyer's thank-you: type.thank-you-only applies to "
               "proactive messages only.",
               lang="en", to=b, frm="Hive & Hearth <hello@hiveandhearth.co.uk>", buyer="Imogen", day=11,
               subject="Re: Wraps arrived", style="gt", enc=L1,
               text="""Hi Imogen,

You're very welcome, and thank you for letting us know they arrived safely.
Enjoy them!

Warm wishes,
Beth at Hive & Hearth""", buyer_text="""Just wanted to say thank you - the wraps arrived this morning and they're
lovely. Really nice packaging too.
Imogen""")

    o, b = order("en-coupon-ca", "en", "Cast Iron Skillet 12 inch, Pre-Seasoned", tld="ca")
    reply_case("en-ca-coupon-question-answered", "relay", [],
               "The buyer asks whether a coupon exists for a second skillet; the seller answers that it issues "
               "none by message and that the listed price applies: informational, no promotion.",
               lang="en", to=b, frm="Northforge Cookware <care@northforge.ca>", buyer="Luc", us=True, day=12,
               subject=f"Re: Question about order {o}", style="gmail",
               text="""Hi Luc,

Thanks for asking. We don't send coupon codes through Amazon messages, so the
price shown on the listing is the one that applies to a second skillet. If
Amazon runs a deal on it, it appears on the product page itself.

The first skillet can go straight on the stove; a thin coat of oil after each
wash keeps the seasoning in shape.

Regards,
Alain
Northforge Cookware""", buyer_text="""Love the skillet. Do you have a coupon code or discount if I buy a second one
for my daughter?""")

    o, b = order("en-review-q", "en", "Ceramic Pour-Over Coffee Dripper, Size 02", tld="com")
    reply_case("en-com-can-i-still-review", "relay", [],
               "The buyer asks whether they may still review after a return; the seller explains where reviews "
               "are written and that it cannot see or influence them: no review request, no incentive.",
               lang="en", to=b, frm="Sagebrush Coffee Co. <orders@sagebrushcoffee.com>", buyer="Priya", us=True,
               day=10, subject=f"Re: Review question - order {o}", style="gt",
               text="""Hi Priya,

Yes - returning an item doesn't stop you from writing about it. Reviews are
written from Your Orders on Amazon, and sellers can't see who wrote one or
change what it says, so whatever you decide is entirely up to you.

Your refund for the dripper was issued on June 8.

Thanks,
Omar""", buyer_text="""I sent the dripper back because it cracked. Am I still allowed to write a review
about it or does the return cancel that?""")

    o, b = order("en-rude-uk", "en", "Cordless Hedge Trimmer 20V, 50 cm Blade", tld="co.uk")
    reply_case("en-uk-outlook-quoted-swearing", "relay", [],
               "Outlook reply quoting a buyer who swears about the trimmer ('bloody', 'crap'); the seller's own "
               "text is polite and arranges a replacement blade: the swearing is the buyer's.",
               lang="en", to=b, frm="Greenacre Tools <service@greenacretools.co.uk>", buyer="Gareth Hughes",
               day=9, qtime="19:47", style="outlook", crlf=True,
               subject="RE: Trimmer blade", text=f"""Dear Gareth,

I'm sorry the blade jammed after the first use. That points to a bent guard
rather than anything you did. We have sent a replacement blade assembly today
under order {o}; it fits with the two hex screws already on the tool, and you
can keep the old one.

Kind regards,
Nadia Price
Greenacre Tools""", buyer_text="""This bloody trimmer jammed after ten minutes. Absolute crap. I want it
working this weekend.""")

    o, b = order("en-return-link", "en", "Insulated Water Bottle 32 oz, Matte Black", tld="com")
    reply_case("en-com-gmail-return-link", "relay", [],
               "Gmail reply to 'how do I return it?': an https amazon.com link whose text says what it opens.",
               lang="en", to=b, frm="Tallgrass Goods <help@tallgrassgoods.com>", buyer="Kevin", us=True, day=11,
               subject="Re: Return", style="gmail",
               text="""Hi Kevin,

No problem. The quickest way is Amazon's own returns page:
https://www.amazon.com/gp/css/returns/homepage.html
Choose the bottle, pick "Changed my mind" as the reason and Amazon will give
you the label.

Thanks,
Rosa""",
               html_text="""<p>Hi Kevin,</p>
<p>No problem. The quickest way is <a href="https://www.amazon.com/gp/css/returns/homepage.html">Amazon's returns
page for your orders</a>. Choose the bottle, pick "Changed my mind" as the reason and Amazon will give you the
label.</p>
<p>Thanks,<br>
Rosa</p>""", buyer_text=f"""Hello, the bottle is fine but I ordered the wrong colour. How do I send it back?
Order {o}""")

    o, b = order("en-partial-ca", "en", "Wool Area Rug 5x8 ft, Charcoal", tld="ca")
    reply_case("en-ca-apple-partial-refund", "relay", [],
               "Apple Mail reply (blockquote type=cite) offering a partial refund for a rug with a pulled thread, "
               "as the buyer asked.",
               lang="en", to=b, frm="Loomhouse Rugs <team@loomhouserugs.ca>", buyer="Hannah", us=True, day=12,
               style="apple", subject="Re: Pulled thread on rug",
               text=f"""Hi Hannah,

Thanks for the photo. If you'd rather keep the rug, we can refund CAD 45.00 of
the price for order {o} right away; the pulled loop can be trimmed flush
with scissors without unravelling. If you prefer a full return instead, just
say so and we'll set that up.

Kind regards,
Théo""", buyer_text="""There's a pulled thread along one edge. I don't really want to send a 5x8 rug
back. Is there anything you can do?""")

    o, b = order("en-unsub", "en", "Stainless Steel Pet Water Fountain 2L", tld="com")
    reply_case("en-com-quoted-unsubscribe", "relay", [],
               "The buyer writes 'unsubscribe me'; the seller answers the open question and says it will not "
               "write again unless needed: no opt-out link or text is offered by the seller.",
               lang="en", to=b, frm="Pawspring <care@pawspring.com>", buyer="Melissa", us=True, day=13,
               subject="Re: filter", style="gt",
               text="""Hi Melissa,

The replacement filter is the PF-2 cartridge; the one in the box lasts about
four weeks with one cat. We won't message you again about this order unless
something needs your answer.

Thanks,
Jordan""", buyer_text="""Which filter does this take? And please unsubscribe me from all your emails,
I get too many.""")

    o, b = order("en-return-arrived", "en", "Noise-Cancelling Headphones, Over-Ear, Silver", tld="com")
    reply_case("en-com-outlook-return-arrived", "relay", [],
               "Outlook reply to 'did my return arrive?': yes, and the refund was issued; restating a refund "
               "in answer to a buyer is permitted (order-confirmation is proactive only).",
               lang="en", to=b, frm="Arcline Audio <support@arclineaudio.com>", buyer="Samuel Ortiz", day=12,
               qtime="08:31", style="outlook", subject="RE: Return status",
               text=f"""Hi Samuel,

Yes, the headphones arrived at our returns centre on Wednesday and passed the
check. The full refund for order {o} was issued this morning; your bank
usually shows it within three to five business days.

Regards,
Ines
Arcline Audio""", buyer_text="""I shipped the headphones back last week. Did you get them? Haven't seen a
refund yet.""")

    # ---- violations ------------------------------------------------------------------------
    o, b = order("en-email", "en", "LED Desk Lamp with Wireless Charger", tld="com")
    reply_case("en-com-write-to-our-inbox", "reject", ["content.email-address"],
               "The seller's own text asks the buyer to send the photos to the shop's mailbox.",
               lang="en", to=b, frm="Brightwell Home <support@brightwellhome.com>", buyer="Angela", us=True, day=9,
               subject=f"Re: Lamp flickering ({o})", style="gt",
               text="""Hi Angela,

Sorry about the flicker. Could you film it for a few seconds and send the
video to warranty.desk@brightwellhome.com? Amazon messages cut off larger
files. Once we see it we'll ship a new lamp head.

Thanks,
Victor""", buyer_text="""The lamp flickers every few seconds when the phone is on the charging pad.""")

    o, b = order("en-phone-uk", "en", "Oak Bedside Table with Drawer", tld="co.uk")
    reply_case("en-uk-ring-our-office", "reject", ["content.phone-number"],
               "The seller gives its own office number ('ring our office'), not a warranty, carrier or "
               "manufacturer line.",
               lang="en", to=b, frm="Fernley Furniture <sales@fernleyfurniture.co.uk>", buyer="Chloe", day=10,
               subject="Re: Missing screws", style="gt", enc=L1,
               text=f"""Hello Chloe,

Apologies for the missing screw pack on order {o}. A new pack is in
today's post. If the drawer runners still don't line up, ring our office on
01632 960 418 and Ben will talk you through it.

Best regards,
Fernley Furniture""", buyer_text="""The bag of screws for the drawer runners wasn't in the box.""")

    o, b = order("en-emoji-ca", "en", "Kids' Insulated Snow Boots, Size 1", tld="ca")
    reply_case("en-ca-glad-emoji", "reject", ["style.emoji"],
               "A real answer about sizing that the seller closes with an emoji of its own.",
               lang="en", to=b, frm="Tundra Kids <help@tundrakids.ca>", buyer="Marie", us=True, day=11,
               subject="Re: Sizing", style="gmail", enc=B64,
               text="""Hi Marie,

Size 1 runs about half a size small because of the liner, so if your son is
between sizes the 2 is the safer pick. You can exchange through Your Orders
and the new pair ships the same day \U0001F60A

Tundra Kids""", buyer_text="""My son is between a 1 and a 2. Does this boot run big or small?""")

    o, b = order("en-promo", "en", "Bamboo Cutting Board Set, 3 Pieces", tld="com")
    reply_case("en-com-answer-then-code", "quarantine", ["type.marketing"],
               "Answers the care question, then uses the opening for a discount code on the next order in the "
               "seller's shop.",
               lang="en", to=b, frm="Grove & Grain <hello@groveandgrain.com>", buyer="Tom", us=True, day=9,
               subject="Re: Oiling the boards", style="gt",
               text="""Hi Tom,

Food-grade mineral oil once a month is all they need; let it soak overnight
and wipe off the rest. Avoid olive oil, it goes rancid.

Since you're here: take 15% off your next order with code GROVE15 - it works
on our new walnut serving trays too.

Cheers,
Grove & Grain""", buyer_text="""What oil should I use on the boards and how often?""")

    o, b = order("en-5star-uk", "en", "Electric Milk Frother, Handheld", tld="co.uk")
    reply_case("en-uk-sorted-five-stars", "reject", ["review.incentive"],
               "After sorting the buyer's problem the seller steers towards a five-star review.",
               lang="en", to=b, frm="Crema Corner <shop@cremacorner.co.uk>", buyer="Liam", day=12,
               subject="Re: Frother not spinning", style="outlook", qtime="21:10",
               text=f"""Hi Liam,

The frother needs two AA batteries pushed in with the flat end against the
spring; the diagram in the lid shows it the wrong way round, sorry about that.
A corrected leaflet is on its way for order {o}.

Now that it's spinning, a five-star review from you would really help a
small shop like ours.

Thanks again,
Crema Corner""", buyer_text="""It doesn't spin at all. New batteries in.""")

    o, b = order("en-refund-review", "en", "Memory Foam Travel Pillow", tld="com")
    reply_case("en-com-refund-after-review", "reject", ["review.incentive"],
               "The buyer asked for a refund; the seller ties the refund to a review being posted.",
               lang="en", to=b, frm="Drift Travel Gear <care@drifttravelgear.com>", buyer="Nicole", us=True,
               day=10, subject=f"Re: Refund request {o}", style="gt",
               text="""Hi Nicole,

We're sorry the pillow flattened so quickly. Post a review of it on Amazon,
reply with a screenshot, and we'll refund the full price - you can keep the
pillow.

Drift Travel Gear""", buyer_text="""The pillow went flat after two flights. Can I get a refund?""")

    o, b = order("en-update-ca", "en", "Heated Seat Cushion, 12V", tld="ca")
    reply_case("en-ca-replacement-then-update-review", "reject", ["review.removal-request"],
               "After sending a replacement the seller asks the buyer to revise the existing one-star review.",
               lang="en", to=b, frm="Warmway Auto <service@warmwayauto.ca>", buyer="Derek", us=True, day=11,
               subject="Re: Cushion stopped heating", style="gt",
               text=f"""Hi Derek,

A replacement cushion for order {o} shipped this morning by Canada
Post. Once it's working for you, would you mind going back to your review and
revising the one-star rating to reflect how we handled it?

Thanks,
Warmway Auto""", buyer_text="""Stopped heating after a week. I already gave it 1 star.""")

    o, b = order("en-gate-uk", "en", "Linen Duvet Cover, King, Sage", tld="co.uk")
    reply_case("en-uk-gated-feedback", "reject", ["review.conditional"],
               "Review gating inside a reply: feedback if happy with the exchange, otherwise come to the seller "
               "first.",
               lang="en", to=b, frm="Flaxmoor Linen <studio@flaxmoor.co.uk>", buyer="Sophie", day=12,
               subject="Re: Exchange for double", style="gmail",
               text=f"""Hi Sophie,

The double cover is on its way and the king one can go back with the prepaid
Amazon label for order {o}.

If you're happy with the exchange, we'd love some seller feedback. If
anything isn't right, please message us before leaving any rating so we can
put it right first.

Flaxmoor Linen""", buyer_text="""I ordered a king by mistake, we have a double. Can I swap it?""")

    o, b = order("en-quoted-mail", "en", "Hiking Poles, Carbon, Pair", tld="com")
    reply_case("en-com-quoted-private-address", "reject", ["content.email-address"],
               "The seller's text is clean, but the buyer's quoted message gives a private address; RULES.md: "
               "any address other than the recipient's alias in the body fires, quoted or not.",
               lang="en", to=b, frm="Ridgeline Trail Supply <support@ridgelinetrail.com>", buyer="Greg", us=True,
               day=10, subject="Re: Pole tip", style="gt",
               text=f"""Hi Greg,

A pair of replacement carbide tips for order {o} is in the mail. They
push on by hand; no glue is needed.

Regards,
Ridgeline Trail Supply""", buyer_text="""One of the tips came off on the first hike. If it's easier you can reach me
at greg.whitfield77@outlook.com too.""")

    o, b = order("en-quoted-emoji", "en", "Silk Pillowcase, Standard, Champagne", tld="co.uk")
    reply_case("en-uk-quoted-buyer-emoji", "reject", ["style.emoji"],
               "Seller's text plain, but the quoted buyer message ends with a heart emoji; style.emoji judges "
               "the whole body, quoted or not (as in the earlier corpora).",
               lang="en", to=b, frm="Lustre Sleep <hello@lustresleep.co.uk>", buyer="Aisha", day=11,
               subject="Re: Washing", style="gt", enc=B64,
               text="""Hi Aisha,

Cool hand wash or a delicate cycle at 30 degrees in a mesh bag, then dry flat
away from the radiator. No fabric softener.

Lustre Sleep""", buyer_text="""How should I wash it? It's gorgeous \u2764\ufe0f""")

    o, b = order("en-quoted-http", "en", "Bluetooth Meat Thermometer, 2 Probes", tld="ca")
    reply_case("en-ca-quoted-http-link", "reject", ["link.insecure"],
               "The buyer's quoted message pastes an http:// Amazon link; link.insecure judges any http link in "
               "the body, and the host is Amazon, so link.external stays quiet.",
               lang="en", to=b, frm="Smokehouse Gear <support@smokehousegear.ca>", buyer="Ryan", us=True, day=12,
               subject="Re: Extra probes", style="gt",
               text="""Hi Ryan,

Yes, that listing is the genuine spare probe and it pairs with your base
unit: plug it into the second socket and the app finds it within a minute.

Smokehouse Gear""", buyer_text="""Is this the right spare probe for mine?
http://www.amazon.ca/dp/B0C7TQ2M4K""")

    o, b = order("en-quoted-phone", "en", "Ergonomic Office Chair, Mesh Back", tld="com")
    reply_case("en-com-quoted-buyer-phone", "relay", [],
               "The seller's text is clean; the only phone number is the buyer's own mobile in the quoted message. "
               "The guideline keeps the seller's numbers out, and unlike content.email-address ('quoted or not') "
               "RULES.md gives the phone rule no quoted-text clause (relabelled after scoring, see README).",
               lang="en", to=b, frm="Posture Works <care@postureworks.com>", buyer="Alicia", us=True, day=11,
               subject="Re: Chair delivery", style="outlook", qtime="16:20",
               text=f"""Hi Alicia,

The chair for order {o} is booked with the courier for Thursday between
8 am and noon; it needs a signature, so someone should be home.

Regards,
Posture Works""", buyer_text="""When will the chair come? The driver can text me on 614-555-0187 when
he's close.""")

    o, b = order("en-link-ext", "en", "Sourdough Proofing Basket Kit, 9 inch", tld="com")
    reply_case("en-com-care-page-own-site", "reject", ["link.external"],
               "Gmail reply whose answer points to the seller's own https site (descriptive text, but not Amazon "
               "and not on the allow-list).",
               lang="en", to=b, frm="Crumb & Crust <bakers@crumbandcrust.com>", buyer="Hector", us=True, day=10,
               subject="Re: Mould in banneton?", style="gmail",
               text="""Hi Hector,

White spots after a few bakes are usually dried flour, not mould. Our
step-by-step cleaning guide is here:
https://www.crumbandcrust.com/pages/banneton-care

Crumb & Crust""",
               html_text="""<p>Hi Hector,</p>
<p>White spots after a few bakes are usually dried flour, not mould. Our
<a href="https://www.crumbandcrust.com/pages/banneton-care">step-by-step banneton cleaning guide</a> shows how to
brush and dry it.</p>
<p>Crumb &amp; Crust</p>""", buyer_text="""There are white spots in the basket after three bakes. Is that mould?""")

    o, b = order("en-re-thanks-proactive", "en", "Glass Meal Prep Containers, 10 Pack", tld="co.uk")
    reply_case("en-uk-re-subject-but-proactive-thanks", "quarantine", ["type.thank-you-only"],
               "'Re:' subject and a quote of the buyer's order note, but no In-Reply-To or References: RULES.md "
               "counts it as proactive, and it only thanks and offers help.",
               lang="en", to=b, frm="Prepware UK <orders@prepware.co.uk>", buyer="Amazon customer", day=8,
               subject=f"Re: Your order {o}", style="gt", proactive=True,
               text=f"""Hello,

Thank you so much for your order {o} - we really appreciate
you choosing Prepware. If you ever need anything at all, we're here to help.

Best wishes,
The Prepware team""", buyer_text="""Gift note: Happy birthday Mum""")


# --------------------------------------------------------------------------------------------
# German (amazon.de)
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = order("de-storno", "de", "Akku-Bohrschrauber 18 V mit 2 Akkus", purchased="2026-06-12T09:00:00Z",
                 shipped="", delivered="")
    reply_case("de-storniert-erstattet", "relay", [],
               "Outlook-Antwort (Von/Gesendet/An/Betreff) auf den Stornowunsch des Käufers: bestätigt Storno und "
               "volle Erstattung; 'stornieren' steht nur im Zitat des Käufers.",
               lang="de", to=b, frm="Werkbank24 <kundenservice@werkbank24.de>", buyer="Jürgen Wolff", day=12,
               qtime="07:58", style="outlook", enc=L1, crlf=True, subject="AW: Bestellung stornieren",
               text=f"""Guten Tag Herr Wolff,

wie gewünscht haben wir die Bestellung {o} storniert. Der volle
Betrag wird Ihnen über Amazon auf das ursprüngliche Zahlungsmittel erstattet,
Sie müssen nichts weiter tun.

Mit freundlichen Grüßen
Petra Sommer
Werkbank24""", buyer_text="""Hallo, ich möchte den Bohrschrauber stornieren, habe ihn doppelt bestellt.
Gruß J. Wolff""")

    o, b = order("de-bewertung-frage", "de", "Thermoskanne 1 l, Edelstahl")
    reply_case("de-frage-bewertung-aendern", "relay", [],
               "Die Käuferin fragt, ob sie ihre Bewertung nach der Lösung ändern kann; der Händler erklärt, wo "
               "das geht, und überlässt es ihr: keine Bitte um Änderung.",
               lang="de", to=b, frm="Kannenwerk <service@kannenwerk.de>", buyer="Sabine", day=11,
               subject="Re: Deckel undicht", style="gt", enc=L1,
               text="""Hallo Sabine,

das geht jederzeit: Unter „Meine Bestellungen" finden Sie bei der Kanne Ihre
Rezension und können sie dort bearbeiten. Ob Sie das tun, entscheiden allein
Sie, wir haben darauf keinen Einfluss.

Der neue Dichtring ist übrigens gestern an Sie rausgegangen.

Viele Grüße
Kannenwerk""", buyer_text="""Danke für den schnellen Ersatz! Kann ich meine Bewertung eigentlich noch
ändern? Ich hatte 2 Sterne gegeben, als der Deckel tropfte.""")

    o, b = order("de-danke", "de", "Leinen-Tischdecke 140 x 240 cm, Natur")
    reply_case("de-gern-geschehen", "relay", [],
               "Antwort, die nur auf den Dank der Käuferin eingeht: type.thank-you-only gilt nur proaktiv.",
               lang="de", to=b, frm="Leinenliebe <post@leinenliebe.de>", buyer="Frau Krause", day=12,
               subject="Re: Tischdecke", style="gmail",
               text="""Liebe Frau Krause,

herzlichen Dank für Ihre liebe Nachricht, das freut uns sehr! Viel Freude
mit der Tischdecke.

Herzliche Grüße
Leinenliebe""", buyer_text="""Die Tischdecke ist wunderschön und passt perfekt. Vielen Dank!""")

    o, b = order("de-herstellergarantie", "de", "Espressomaschine Siebträger, 15 bar")
    reply_case("de-fluchen-im-zitat-hersteller", "relay", [],
               "Der Käufer flucht im Zitat ('Scheißteil'); der Händler nennt die Service-Nummer des Herstellers "
               "in derselben Zeile wie 'Hersteller': erlaubt.",
               lang="de", to=b, frm="Caffè Kontor <hilfe@caffe-kontor.de>", buyer="Tobias", day=10,
               subject="Re: Maschine kaputt", style="gt", enc=L1,
               text=f"""Hallo Tobias,

das tut uns leid. Die Pumpe fällt unter die Herstellergarantie; am
schnellsten geht es direkt über den Hersteller-Kundendienst unter
0800 3344 120, dort wird die Abholung organisiert. Halten Sie bitte die
Bestellnummer {o} bereit.

Beste Grüße
Caffè Kontor""", buyer_text="""Das Scheißteil pumpt nach drei Wochen kein Wasser mehr. Was jetzt?""")

    o, b = order("de-email", "de", "Bettwäsche Satin 155 x 220 cm, Anthrazit")
    reply_case("de-schreiben-sie-an-postfach", "reject", ["content.email-address"],
               "Der Händler bittet, die Fotos an sein eigenes Postfach zu schicken.",
               lang="de", to=b, frm="Traumfein <info@traumfein.de>", buyer="Frau Yilmaz", day=9,
               subject="Re: Farbe anders", style="outlook", qtime="20:14", enc=L1,
               text="""Sehr geehrte Frau Yilmaz,

das klingt nach einem Fehler in der Färbung. Bitte schicken Sie uns zwei,
drei Fotos bei Tageslicht an reklamation@traumfein.de, dann veranlassen wir
den Umtausch.

Freundliche Grüße
Traumfein""", buyer_text="""Die Bettwäsche ist eher grau als anthrazit.""")

    o, b = order("de-gutschein", "de", "Kräutertopf-Set, 3 Keramiktöpfe")
    reply_case("de-antwort-mit-rabattcode", "quarantine", ["type.marketing"],
               "Beantwortet die Pflegefrage und hängt einen Rabattcode für den nächsten Einkauf im eigenen Shop "
               "an.",
               lang="de", to=b, frm="Grünwerk <team@gruenwerk-shop.de>", buyer="Martin", day=11,
               subject="Re: Abflussloch", style="gt",
               text="""Hallo Martin,

ja, alle drei Töpfe haben unten ein Abflussloch, der Untersetzer fängt das
Wasser auf.

Kleines Dankeschön für Ihre Frage: Mit dem Code KRAUT10 sparen Sie 10 % auf
Ihre nächste Bestellung, auch auf unsere neuen Balkonkästen.

Grüße aus dem Grünwerk""", buyer_text="""Haben die Töpfe ein Loch für das Wasser?""")

    o, b = order("de-telefon", "de", "Schreibtischstuhl ergonomisch, Netzrücken")
    reply_case("de-rufen-sie-uns-an", "reject", ["content.phone-number"],
               "Der Händler gibt seine eigene Büronummer für Rückfragen an (keine Garantie-, Versand- oder "
               "Herstellernummer).",
               lang="de", to=b, frm="Sitzkultur <service@sitzkultur.de>", buyer="Herr Brandl", day=10,
               subject="Re: Gasdruckfeder", style="gt", enc=L1,
               text="""Guten Tag Herr Brandl,

die Gasdruckfeder lässt sich mit einem kräftigen Ruck nach unten aus dem
Fußkreuz lösen. Wenn Sie dabei Hilfe brauchen, rufen Sie uns gern an:
089 4412 7730, Mo-Fr 9-17 Uhr.

Viele Grüße
Sitzkultur""", buyer_text="""Wie bekomme ich die alte Gasfeder aus dem Stuhl raus?""")

    o, b = order("de-bewertung-ueberdenken", "de", "Luftreiniger mit HEPA-Filter, 40 m²")
    reply_case("de-bewertung-ueberdenken", "reject", ["review.removal-request"],
               "Nach dem Filtertausch bittet der Händler, die 1-Sterne-Bewertung zu überdenken und anzupassen.",
               lang="de", to=b, frm="Klarluft <support@klarluft.de>", buyer="Dirk", day=12,
               subject="Re: Geräusch", style="gmail",
               text=f"""Hallo Dirk,

der Ersatzfilter für Bestellung {o} ist unterwegs; das Rasseln kam
vom verrutschten Filterrahmen.

Wir würden uns freuen, wenn Sie Ihre 1-Sterne-Bewertung danach noch einmal
überdenken und anpassen.

Viele Grüße
Klarluft""", buyer_text="""Das Gerät rasselt laut. Habe schon eine Bewertung geschrieben.""")

    o, b = order("de-gutschein-bewertung", "de", "Gartenschlauch 30 m, flexibel")
    reply_case("de-gutschein-fuer-fuenf-sterne", "reject", ["review.incentive"],
               "Auf die Frage des Käufers nach einem Gutschein für eine Bewertung bietet der Händler einen "
               "Gutschein für eine 5-Sterne-Bewertung an.",
               lang="de", to=b, frm="Gartenfreude <info@gartenfreude.de>", buyer="Uwe", day=11,
               subject="Re: Bewertung", style="gt", tolerated=("type.marketing",),
               text="""Hallo Uwe,

ja, das machen wir gern: Für eine 5-Sterne-Bewertung schicken wir Ihnen
einen Amazon-Gutschein über 10 Euro. Schreiben Sie uns einfach kurz, wenn sie
online ist.

Gruß
Gartenfreude""", buyer_text="""Gibt es eigentlich was, wenn ich eine Bewertung schreibe?""")


# --------------------------------------------------------------------------------------------
# French (amazon.fr)
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("fr-photo", "fr", "Valise cabine rigide 55 cm, Bleu nuit")
    reply_case("fr-retour-photo-demandee", "relay", [],
               "Réponse à une demande de retour : demande la photo nécessaire au traitement ; le juron "
               "('merde') est celui de l'acheteur, dans la citation.",
               lang="fr", to=b, frm="Bagagerie Meunier <contact@bagagerie-meunier.fr>", buyer="Client Amazon",
               day=9, qtime="18:12", subject="Re: Roulette cassée", style="gt", enc=L1,
               text=f"""Bonjour,

Nous sommes désolés pour la roulette. Pour ouvrir le retour de la commande
{o}, pourriez-vous nous envoyer ici une photo de la roulette et de
l'étiquette intérieure où figure le numéro de lot ?

Bien cordialement,
Bagagerie Meunier""", buyer_text="""Une roulette est cassée dès le premier voyage, c'est de la merde. Je veux
la retourner.""")

    o, b = order("fr-code-promo", "fr", "Théière en fonte 0,8 l, Noire")
    reply_case("fr-code-promo-refuse", "relay", [],
               "L'acheteur demande un code promo ; le vendeur répond qu'il n'en envoie pas par message : réponse "
               "informative, aucune promotion.",
               lang="fr", to=b, frm="Maison du Thé Lemaire <boutique@the-lemaire.fr>", buyer="Claire", day=11,
               subject="Re: Code promo ?", style="gmail",
               text="""Bonjour Claire,

Merci pour votre message. Nous ne transmettons pas de codes promo par la
messagerie Amazon ; le prix affiché sur la fiche est celui qui s'applique.

Pour la théière : rincez-la à l'eau chaude sans savon et séchez-la sur le feu
quelques secondes pour éviter la rouille.

Bien à vous,
Maison du Thé Lemaire""", buyer_text="""Bonjour, auriez-vous un code promo pour une deuxième théière ?""")

    o, b = order("fr-merci", "fr", "Plaid en laine mérinos 130 x 170 cm")
    reply_case("fr-merci-en-retour", "relay", [],
               "Réponse qui ne fait que remercier l'acheteuse de ses remerciements : thank-you-only ne vise que "
               "les messages proactifs.",
               lang="fr", to=b, frm="Laines d'Aubrac <bonjour@laines-aubrac.fr>", buyer="Hélène", day=12,
               subject="Re: Merci !", style="apple",
               text="""Bonjour Hélène,

Merci beaucoup pour votre gentil message, il fait plaisir à toute l'équipe.

Belle journée,
Laines d'Aubrac""", buyer_text="""Le plaid est arrivé, il est magnifique et très doux. Merci !""")

    o, b = order("fr-email", "fr", "Lampe de chevet en laiton")
    reply_case("fr-ecrivez-a-notre-adresse", "reject", ["content.email-address"],
               "Le vendeur demande d'écrire à son adresse e-mail directe.",
               lang="fr", to=b, frm="Atelier Lumen <atelier@lumen-deco.fr>", buyer="Marc", day=10,
               subject="Re: Ampoule", style="outlook", qtime="11:40", enc=L1,
               text="""Bonjour Marc,

La lampe prend une ampoule E14 de 25 W maximum. Pour un abat-jour d'une autre
couleur, écrivez directement à sav@lumen-deco.fr, nous vous enverrons les
teintes disponibles.

Cordialement,
Atelier Lumen""", buyer_text="""Quelle ampoule faut-il ?""")

    o, b = order("fr-smiley", "fr", "Moulin à poivre en bois d'olivier")
    reply_case("fr-emoticone-vendeur", "reject", ["style.emoji"],
               "Réponse utile qui se termine par une émoticône ASCII ':-)' écrite par le vendeur.",
               lang="fr", to=b, frm="Olivéa <service@olivea-provence.fr>", buyer="Nathalie", day=11,
               subject="Re: Réglage mouture", style="gt",
               text="""Bonjour Nathalie,

La molette sous le moulin règle la mouture : vers la droite pour plus fin,
vers la gauche pour plus gros. Bonne dégustation :-)

Olivéa""", buyer_text="""Comment régler la finesse ?""")

    o, b = order("fr-insta", "fr", "Bougie parfumée figue, 220 g")
    reply_case("fr-suivez-nous-instagram", "quarantine", ["type.marketing"],
               "Répond à la question puis invite à suivre la boutique sur Instagram et à découvrir la nouvelle "
               "collection.",
               lang="fr", to=b, frm="Cire & Sens <hello@cireetsens.fr>", buyer="Julie", day=12,
               subject="Re: Durée de combustion", style="gt",
               text="""Bonjour Julie,

Comptez environ 45 heures ; laissez-la brûler deux heures la première fois
pour que la cire fonde jusqu'au bord.

Suivez-nous sur Instagram @cireetsens pour découvrir en avant-première notre
nouvelle collection d'automne !

Cire & Sens""", buyer_text="""Combien de temps dure la bougie ?""")

    o, b = order("fr-gating", "fr", "Tapis de yoga en liège 4 mm")
    reply_case("fr-avis-si-satisfaite", "reject", ["review.conditional"],
               "Avis demandé seulement si l'acheteuse est satisfaite ; sinon, nous écrire avant de publier.",
               lang="fr", to=b, frm="Zen Liège <contact@zenliege.fr>", buyer="Camille", day=12,
               subject="Re: Odeur du tapis", style="gmail",
               text="""Bonjour Camille,

L'odeur du liège disparaît en deux ou trois jours à l'air libre, c'est
normal.

Si vous êtes satisfaite du tapis, un petit avis sur Amazon nous aiderait
beaucoup. Dans le cas contraire, écrivez-nous avant de publier quoi que ce
soit, nous trouverons une solution.

Zen Liège""", buyer_text="""Le tapis sent fort, est-ce normal ?""")

    o, b = order("fr-vulgaire", "fr", "Sèche-cheveux ionique 2200 W")
    reply_case("fr-transporteur-de-merde", "quarantine", ["content.sensitive"],
               "Le vendeur lui-même traite le transporteur de 'transporteur de merde' ; la citation de "
               "l'acheteuse est polie.",
               lang="fr", to=b, frm="Beauté Express <sav@beaute-express.fr>", buyer="Sandrine", day=10,
               subject="Re: Colis abîmé", style="gt",
               text=f"""Bonjour Sandrine,

Encore ce transporteur de merde qui jette les colis ! Nous vous renvoyons un
sèche-cheveux aujourd'hui pour la commande {o}, gardez l'autre pour
le retour.

Beauté Express""", buyer_text="""Bonjour, le carton est arrivé écrasé et le sèche-cheveux ne s'allume pas.""")


# --------------------------------------------------------------------------------------------
# Italian (amazon.it)
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("it-produttore", "it", "Frullatore a immersione 1000 W")
    reply_case("it-assistenza-produttore", "relay", [],
               "Risposta con il numero dell'assistenza del produttore nella stessa riga di 'produttore': "
               "permesso.",
               lang="it", to=b, frm="Casa Bellini <assistenza@casabellini.it>", buyer="Giorgio", day=10,
               subject="Re: Lama bloccata", style="gt", enc=L1,
               text=f"""Buongiorno Giorgio,

ci dispiace per l'inconveniente. Il frullatore dell'ordine {o} è
coperto dalla garanzia del produttore: il centro assistenza del produttore
risponde al numero 800 190 445 e organizza il ritiro.

Cordiali saluti,
Casa Bellini""", buyer_text="""La lama si è bloccata dopo una settimana.""")

    o, b = order("it-grazie", "it", "Set di tazzine da caffè in porcellana, 6 pezzi")
    reply_case("it-grazie-per-le-stelle", "relay", [],
               "La cliente scrive di aver lasciato 5 stelle; il venditore risponde solo ringraziando: parole di "
               "recensione nel solo testo citato, risposta di solo ringraziamento permessa.",
               lang="it", to=b, frm="Porcellane Ferri <negozio@porcellaneferri.it>", buyer="Francesca", day=12,
               subject="Re: Tazzine", style="gmail",
               text="""Gentile Francesca,

grazie di cuore per il suo messaggio, ci fa davvero piacere.

Un caro saluto,
Porcellane Ferri""", buyer_text="""Le tazzine sono bellissime, vi ho già lasciato una recensione a 5 stelle!""")

    o, b = order("it-annullato", "it", "Zaino da trekking 40 l", purchased="2026-06-13T08:00:00Z", shipped="",
                 delivered="")
    reply_case("it-annullato-rimborsato", "relay", [],
               "Risposta alla richiesta di annullamento della cliente: ordine annullato e rimborso completo; "
               "nessuna richiesta di annullare rivolta alla cliente.",
               lang="it", to=b, frm="Montagna Viva <ordini@montagnaviva.it>", buyer="Elena Russo", day=13,
               qtime="09:22", style="outlook", subject="R: Annullare ordine",
               text=f"""Gentile Elena,

nessun problema: abbiamo annullato l'ordine {o} e il rimborso
dell'intero importo è già stato avviato su Amazon.

Cordiali saluti,
Montagna Viva""", buyer_text="""Buongiorno, vorrei annullare l'ordine dello zaino, ho sbagliato colore.""")

    o, b = order("it-telefono", "it", "Macchina per la pasta manuale")
    reply_case("it-chiamateci-in-negozio", "reject", ["content.phone-number"],
               "Il venditore invita a chiamare il numero del proprio negozio.",
               lang="it", to=b, frm="Pasta & Co. <info@pastaeco.it>", buyer="Roberto", day=10,
               subject="Re: Manovella", style="gt", enc=L1,
               text="""Buongiorno Roberto,

la manovella si inserisce nel foro laterale e si blocca girandola di un
quarto. Se ha ancora dubbi ci chiami in negozio allo 051 648 2291.

Saluti,
Pasta & Co.""", buyer_text="""Non riesco a montare la manovella.""")

    o, b = order("it-sconto", "it", "Borraccia termica 750 ml")
    reply_case("it-codice-sconto-nuova-linea", "quarantine", ["type.marketing"],
               "Risponde alla domanda e approfitta per offrire uno sconto sulla nuova linea del negozio.",
               lang="it", to=b, frm="Acquaviva Shop <ciao@acquavivashop.it>", buyer="Luca", day=11,
               subject="Re: Lavastoviglie", style="gmail",
               text="""Ciao Luca,

meglio lavarla a mano: la lavastoviglie rovina la verniciatura esterna.

P.S. Solo per te il 20% di sconto sulla nuova linea di tazze termiche con il
codice ACQUA20!

Acquaviva Shop""", buyer_text="""Si può lavare in lavastoviglie?""")

    o, b = order("it-spedizione-rimborsata", "it", "Cuscino cervicale in memory foam")
    reply_case("it-spese-rimborsate-per-recensione", "reject", ["review.incentive"],
               "Alla domanda sul reso il venditore promette il rimborso della spedizione in cambio di una "
               "recensione.",
               lang="it", to=b, frm="Sogni d'Oro <servizio@sognidoro.it>", buyer="Marta", day=12,
               subject="Re: Cuscino troppo alto", style="gt",
               text="""Gentile Marta,

prima di rendere il cuscino provi a togliere l'inserto interno, così
l'altezza scende di 3 cm. Se ci lascia una recensione su Amazon, le
rimborsiamo le spese di spedizione dell'ordine.

Sogni d'Oro""", buyer_text="""Il cuscino è troppo alto per me, posso restituirlo?""")

    o, b = order("it-email-firma", "it", "Lampada da terra ad arco")
    reply_case("it-email-in-firma", "reject", ["content.email-address"],
               "Risposta corretta nel merito, ma la firma del venditore riporta un indirizzo e-mail.",
               lang="it", to=b, frm="Luce Nova <ordini@lucenova.it>", buyer="Paolo", day=11,
               subject="Re: Base della lampada", style="outlook", qtime="17:05",
               text=f"""Buongiorno Paolo,

la base in marmo viaggia in un collo separato per l'ordine {o} e
arriva domani con lo stesso corriere.

Cordiali saluti,
Giulia Conti
Luce Nova - ufficio clienti
clienti@lucenova.it""", buyer_text="""È arrivata la lampada ma manca la base.""")


# --------------------------------------------------------------------------------------------
# Spanish (amazon.es)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("es-cancelado", "es", "Robot aspirador con mopa", purchased="2026-06-13T19:00:00Z", shipped="",
                 delivered="")
    reply_case("es-pedido-cancelado", "relay", [],
               "Respuesta a la petición de cancelar del comprador: pedido cancelado y reembolso total; "
               "'cancelar' solo en la cita.",
               lang="es", to=b, frm="Hogar Listo <atencion@hogarlisto.es>", buyer="Javier", day=14,
               qtime="21:40", subject="Re: Cancelar pedido", style="gt", enc=L1,
               text=f"""Hola Javier,

Hecho: hemos cancelado el pedido {o} y Amazon le devolverá el
importe completo en la misma forma de pago.

Un saludo,
Hogar Listo""", buyer_text="""Hola, quiero cancelar el pedido, lo he encontrado en tienda.""")

    o, b = order("es-cupon", "es", "Freidora de aire 5,5 l")
    reply_case("es-cupon-explicado", "relay", [],
               "El comprador pregunta por qué no se le aplicó el cupón de la ficha; el vendedor explica cómo "
               "funciona y que no puede aplicarlo después: informativo, sin promoción.",
               lang="es", to=b, frm="Cocina Fácil <pedidos@cocinafacil.es>", buyer="Lucía", day=11,
               subject="Re: Cupón no aplicado", style="gmail",
               text="""Hola Lucía,

El cupón de la ficha lo gestiona Amazon y solo se descuenta si se marca la
casilla antes de pagar; una vez hecho el pedido no podemos aplicarlo
nosotros. Si quiere, Atención al Cliente de Amazon puede revisar su caso.

Un saludo,
Cocina Fácil""", buyer_text="""En la ficha salía un cupón de 10 euros y no me lo han descontado.""")

    o, b = order("es-email", "es", "Silla de oficina ergonómica")
    reply_case("es-escribanos-al-correo", "reject", ["content.email-address"],
               "El vendedor pide que le escriban a su correo propio.",
               lang="es", to=b, frm="Oficina Pro <ventas@oficinapro.es>", buyer="Andrés", day=10,
               subject="Re: Pieza rota", style="outlook", qtime="12:30",
               text="""Hola Andrés,

Para enviarle la pieza necesitamos una foto del reposabrazos roto. Mándela a
postventa@oficinapro.es y se la enviamos en 48 horas.

Saludos,
Oficina Pro""", buyer_text="""Llegó un reposabrazos roto.""")

    o, b = order("es-cancele", "es", "Bicicleta estática plegable", purchased="2026-06-12T10:00:00Z", shipped="",
                 delivered="")
    reply_case("es-sin-stock-cancele-usted", "reject", ["order-problem.cancellation-request"],
               "Al '¿cuándo llega?' el vendedor responde que no tiene stock y pide al comprador que cancele él "
               "mismo; no-adjustment solo aplica a mensajes proactivos.",
               lang="es", to=b, frm="Deporte Casa <tienda@deportecasa.es>", buyer="Raúl", day=14,
               subject="Re: ¿Cuándo llega?", style="gt", enc=L1,
               text="""Hola Raúl,

Lo sentimos, nos hemos quedado sin existencias de esta bicicleta y no
sabemos cuándo entrarán. Por favor, cancele usted el pedido desde Mis
pedidos en Amazon.

Deporte Casa""", buyer_text="""¿Cuándo me llega la bici? Ya han pasado dos días.""")

    o, b = order("es-quitar", "es", "Auriculares inalámbricos deportivos")
    reply_case("es-elimine-valoracion", "reject", ["review.removal-request"],
               "Tras mandar el recambio, el vendedor pide borrar la valoración negativa.",
               lang="es", to=b, frm="Sonido Vivo <soporte@sonidovivo.es>", buyer="Marta", day=12,
               subject="Re: Almohadillas", style="gmail",
               text=f"""Hola Marta,

Le hemos enviado almohadillas nuevas para el pedido {o}. Ya que
está solucionado, ¿podría eliminar la valoración negativa que dejó?

Gracias,
Sonido Vivo""", buyer_text="""Una almohadilla se despegó. Ya he puesto una opinión de 1 estrella.""")

    o, b = order("es-emoji", "es", "Juego de sartenes antiadherentes, 3 piezas")
    reply_case("es-gracias-emoji", "reject", ["style.emoji"],
               "Respuesta útil sobre inducción con un emoji de manos juntas del vendedor.",
               lang="es", to=b, frm="Sartenes del Sur <hola@sartenesdelsur.es>", buyer="Pilar", day=11,
               subject="Re: ¿Sirven para inducción?", style="gt", enc=B64,
               text="""Hola Pilar,

Sí, las tres sartenes llevan fondo ferromagnético y funcionan en inducción.
¡Gracias por confiar en nosotros! \U0001F64F

Sartenes del Sur""", buyer_text="""¿Sirven para placa de inducción?""")

    o, b = order("es-ofertas", "es", "Toallas de algodón egipcio, juego de 4")
    reply_case("es-outlook-ofertas-verano", "quarantine", ["type.marketing"],
               "Respuesta con bloque de Outlook: el comprador dice 'una mierda' en la cita (no es del "
               "vendedor), y el vendedor aprovecha para anunciar sus rebajas de verano.",
               lang="es", to=b, frm="Algodón Real <clientes@algodonreal.es>", buyer="Sergio", day=10,
               qtime="22:15", style="outlook", subject="RE: Toallas destiñen",
               text=f"""Hola Sergio,

Lamentamos lo del color. Lave las toallas del pedido {o} la primera
vez por separado con agua fría y un puñado de sal; así fijan el tinte.

Y no se pierda nuestras rebajas de verano: toda la ropa de cama con un 30 %
de descuento solo esta semana.

Algodón Real""", buyer_text="""Las toallas destiñen, una mierda. Han manchado toda la colada.""")


def main() -> None:
    for fn in (cases_en, cases_de, cases_fr, cases_it, cases_es):
        fn()
    CASE_LIST.sort(key=lambda c: c["verdict"] != "relay" or bool(c["rules"]))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="fiftyseventh"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
