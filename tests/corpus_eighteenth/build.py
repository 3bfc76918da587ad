#!/usr/bin/env python3
"""Build the eighteenth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_eighteenth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. About 40 % English, the rest German, French, Spanish, Italian
and Japanese. Angle: PRECISION. Two thirds are compliant messages a naive filter would block (numbers that look
like phone numbers: customs codes, VAT / company / tax IDs, IBANs, serials, tracking numbers; carrier and
manufacturer hotlines; times, ratios and list markers; product words such as Gift, Star, Free, Sale, Click,
Kill switch, Bath bomb, Essex, great tits; out-of-stock refunds and return messages in unusual wording; Amazon
links with tracking parameters; mixed-language messages; quoted buyer text). One third are subtle violations
built from the same vocabulary.
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
    collect_by_language,
    diagram_png,
    lang_counts,
    logo_png,
    mail_date,
    make_pdf,
    mk,
    page,
    quote,
    reply_headers,
    set_boundaries,
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(18_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "ca": "70", "de": "30", "fr": "40", "es": "40", "it": "40", "co.jp": "25"}
_TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-02T10:00:00Z", shipped="2026-06-03T08:00:00Z",
                 delivered="2026-06-06T12:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
B64 = {"cte": "base64"}
LATIN9 = {"charset": "iso-8859-15"}
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-11T09:00:00Z"}
PENDING = {"shipped": "", "delivered": ""}
PRODUCER = "eighteenth-corpus 1.0"

ALL = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "language.mismatch",
       "type.order-confirmation", "type.thank-you-only", "type.marketing", "review.incentive",
       "review.removal-request", "review.conditional", "review.repeat", "order-problem.cancellation-request",
       "order-problem.no-adjustment", "return.unnecessary", "link.insecure", "link.external", "link.opt-out",
       "attachment.not-allowed", "image.logo-link", "image.tracking-pixel", "image.product-photo",
       "image.insecure", "image.not-brand", "content.email-address", "content.phone-number", "content.sensitive",
       "style.link-text", "style.image-alt", "style.emoji", "style.animated-gif", "style.font-override",
       "style.font-sizes", "style.alignment", "style.line-breaks", "style.margin", "style.image-width"]


def _d(day: int) -> str:
    return mail_date(day, "09:40:00", "+0100")


def pdf(title: str, lines: list[str]) -> bytes:
    return make_pdf(title, lines, producer=PRODUCER)


def quoted(attribution: str, text: str) -> str:
    """A buyer's quoted message with its attribution line, as mail clients and helpdesks write it."""
    return attribution + "\n" + quote(text)


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str,
         text: str | None = None, html: str | None = None, lang: str = "", day: int = 13, reply: str = "",
         tolerated: tuple[str, ...] = (), enc: dict | None = None, attach=(), related=(),
         after: tuple[str, ...] = (), crlf: bool = False) -> None:
    """Every rule of ALL not named in `rules` (or tolerated) must stay silent; content.spelling is tolerated.
    `reply` (the buyer's quoted message, with its attribution) makes the message an answer (In-Reply-To)."""
    hdrs = reply_headers(f"0100019b.e18.{slug[:24]}") if reply else []
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    if html is not None and not html.lstrip().lower().startswith(("<!doctype", "<html")):
        html = page(html, lang or "en")
    body = None
    if text is not None:
        body = text.strip("\n") + "\n"
        if reply:
            body += "\n" + reply.strip("\n") + "\n"
    tol = (*tolerated, "content.spelling")
    absent = [r for r in ALL if r not in rules and r not in tol]
    msg = mk(frm, to, subject, _d(day), f"<e18.{slug}@{dom}>", headers=hdrs, text=body, html=html,
             attach=attach, related=related, **(enc or {}))
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, after=after, crlf=crlf, lang=lang)


# --------------------------------------------------------------------------------------------
# English
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    # ---------------- compliant near-misses ----------------
    o, b = order("customs", "en", "Merino Wool Base Layer, Men's L", tld="co.uk")
    case("customs-hold-eori-commodity-code-dhl", "relay", [],
         "A parcel held at UK customs: the EORI number, customs entry, commodity code and waybill are not phone "
         "numbers, and the DHL Express customer-services number stands in a carrier sentence; resolving an issue "
         "so the buyer receives the purchase, not a dispatch confirmation.",
         to=b, frm="Alpenfaser GmbH <service@alpenfaser.de>", lang="en", crlf=True,
         subject=f"Customs charge on your parcel - order {o}", text=f"""Hello,

Your base layer from order {o} left our warehouse in Leipzig on 4 June and is
now held by UK customs at East Midlands Airport. Parcels from the EU can be
charged import VAT on arrival, and our listing promises that we pay these
charges for you.

DHL Express may send you a text asking for GBP 6.14 (import VAT GBP 5.80 plus
a clearance fee of GBP 0.34). Please do not pay it: we have already settled it
under our EORI number GB 205 8874 1230 00 and customs entry 26GB7X4K2M9P1Q8R3.
If the text reaches you anyway, or the parcel is still held after Wednesday
17 June, call DHL Express customer services on 0344 248 0844 and quote
waybill 48 2917 3305.

For your records, the goods were declared under commodity code 6109 90 20 00
(knitted singlets, wool), country of origin Portugal, value GBP 42.50.

Best regards,
Jonas Keller
Alpenfaser GmbH""")

    o, b = order("warranty-reg", "en", "Kestrel KX-900 Espresso Machine, Brushed Steel")
    case("warranty-registration-manufacturer-line", "relay", [],
         "The manufacturer's warranty registration line is a phone number the guidelines allow; the serial number "
         "pattern and the purchase date are not phone numbers.",
         to=b, frm="Coastline Kitchen Supply <help@coastlinekitchen.com>", lang="en",
         reply=quoted(f"On Fri, Jun 12, 2026 at 8:14 PM {b} wrote:",
                      "Where do I register the warranty? The card in the box is only in Italian."),
         subject=f"Re: Warranty registration - order {o}", text=f"""Hi Sam,

Good question - the card is the same in every language, only the printing
differs.

The 3-year warranty of your KX-900 is given by the manufacturer, Kestrel
Appliances, so it is registered directly with them. The manufacturer's
registration line is 1-888-555-0143 (Mon-Fri, 8:00 am - 6:00 pm ET); they will
ask for the serial number and the purchase date.

The serial number is on the silver label under the drip tray: it starts with
KX9 and has 12 characters, for example KX9-2604-1187. Your purchase date for
order {o} is 2 June 2026.

Keep the Amazon invoice with the card; Kestrel accepts it as proof of purchase.

Cheers,
Priya
Coastline Kitchen Supply""")

    o, b = order("royalmail", "en", "Cast Iron Casserole Dish 28 cm, Graphite", tld="co.uk")
    case("royal-mail-missed-card-rebook", "relay", [],
         "Royal Mail's customer-service number with the carrier named on the same line; the card reference and "
         "the 18-day hold are not phone numbers; an answer to the buyer.",
         to=b, frm="Hearth & Iron <orders@hearthandiron.co.uk>", lang="en",
         reply=quoted("On 13 Jun 2026, at 09:02, Amazon buyer wrote:",
                      "Royal Mail left a card but I was out at work. What do I do now?"),
         subject=f"Re: Missed delivery - {o}", text=f"""Hello Mrs Patel,

The 'Sorry we missed you' card means your casserole (order {o}) is at your
local delivery office, where it is kept for 18 days.

You can pick it up with the card and photo ID, or rebook delivery for a day
that suits you. Royal Mail's customer service line, 03457 740 740, can rebook
it if the reference on the card (16 digits under the barcode) does not work.

The dish weighs 5.8 kg, so if you collect it in person, a sturdy bag with a
flat bottom is a good idea.

Kind regards,
Tom
Hearth & Iron""")

    o, b = order("bathbomb", "en", "Personalised Bath Bomb Gift Box, 6 pcs", tld="co.uk", **PENDING)
    case("bath-bomb-gift-box-name-missing-essex", "relay", [],
         "Requesting the name needed to complete a personalised order: 'bath bomb', 'Essex', 'gift', "
         "'palm-oil free' and 'opt out of the printed name' are product words, not sensitive, marketing or "
         "opt-out content.",
         to=b, frm="Fizz & Fern <studio@fizzandfern.co.uk>", lang="en",
         subject=f"Name for your personalised gift box - order {o}", text=f"""Hello,

Thank you for ordering the personalised bath bomb gift box. Before our
workshop in Colchester, Essex, can print the lid, we need one detail from
you: the name field of order {o} arrived empty.

Please reply with the name (up to 14 letters) you would like on the lid. If
you would rather opt out of the printed name and have a plain lid, just say
so and we will send it plain.

All six bath bombs are palm-oil free and vegan; the shea butter one is the
mildest if the gift is for a child.

We will hold the box until we hear from you, and it goes out the day after
your reply.

Best wishes,
Ellie
Fizz & Fern""")

    o, b = order("killswitch", "en", "Universal Motorcycle Kill Switch, 22 mm Handlebar")
    case("kill-switch-wiring-stripper", "relay", [],
         "Wiring help for a motorcycle kill switch: 'kill', 'fires up', 'dies', 'wire stripper', 'knife' and the "
         "1) 2) list markers are technical words, not violence, adult language or emoticons.",
         to=b, frm="MotoParts Direct <support@motoparts-direct.com>", lang="en",
         reply=quoted(f"On Sat, Jun 13, 2026 at 6:40 PM {b} wrote:",
                      "Installed the switch, now the bike won't start at all. Which wire goes where?"),
         subject=f"Re: Kill switch wiring (order {o})", text=f"""Hi,

Sorry the install is giving you trouble. The switch from order {o} works by
grounding the ignition signal, so the bike only fires up when the rocker is
in the RUN position and stays dead in the STOP position.

1) Black wire: to a bare metal point on the frame (ground).
2) Red/white wire: to the ignition kill lead of your CDI box, usually the
black/white wire on Japanese bikes.

If the engine cranks but dies at once, the rocker is most likely reading the
wrong way round. Flip it to the other side and try again before you change
any wiring.

Strip no more than 5 mm of insulation and use the crimp connectors from the
bag; a wire stripper makes this much easier than a knife.

Best regards,
Kai, MotoParts Direct""")

    o, b = order("birdfeeder", "en", "Squirrel-Proof Bird Feeder with Cage, 38 cm", tld="co.uk")
    case("bird-feeder-great-tits-sussex", "relay", [],
         "'Great tits', 'blue tits', 'cock pheasant' and 'East Sussex' are birds and places: content.sensitive "
         "must not fire; '4 x 4 cm' and '1.5 to 2 m' are sizes.",
         to=b, frm="Downland Bird Supplies <hello@downlandbirds.co.uk>", lang="en",
         reply=quoted("-----Original Message-----\nFrom: Amazon Marketplace buyer\nSent: 12 June 2026 21:17",
                      "No birds have come to the feeder in a week. Is something wrong with it?"),
         subject=f"Re: No birds at the feeder - order {o}", text=f"""Hello,

Nothing is wrong with your feeder from order {o}: birds often take one to
three weeks to trust a new feeder, especially in June when there is plenty
of natural food.

A few things that help:
- Hang it 1.5 to 2 m high, within about 2 m of a hedge, so the birds have
cover to dart back to.
- Fill it with sunflower hearts; blue tits, great tits and goldfinches go
for them first.
- Leave the cage on. It keeps out pigeons and grey squirrels, while small
birds pass through the 4 x 4 cm mesh easily.

Seed dropped underneath will also bring ground feeders such as dunnocks and
the odd cock pheasant. We make the feeders near Lewes, East Sussex, and in
our own garden the first great tit turned up on day nine.

Kind regards,
Gareth
Downland Bird Supplies""")

    o, b = order("usbc-return", "en", "USB-C Charging Cable 2 m, Pack of 2", tld="co.uk")
    txt = f"""Hello,

We've seen your return request for order {o} (USB-C charging cable, pack of
2). To send the right replacement, we need to know one thing: is it the cable
with the grey band or the one with the blue band that stopped charging? The
two come from different production batches.

Please reply with the colour of the band and, if you can, which device it
stopped charging. Keep both cables until we reply; if you would rather return
them anyway, the return label is in Your Orders on Amazon
(https://www.amazon.co.uk/gp/css/order-history?ref_=nav_orders_first), and
Amazon explains the steps on its returns help page
(https://www.amazon.co.uk/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7).

Thanks,
Leo
Volt Supply UK"""
    html = f"""<p>Hello,</p>
<p>We've seen your return request for order {o} (USB-C charging cable, pack of 2). To send the right
replacement, we need to know one thing: is it the cable with the <b>grey band</b> or the one with the
<b>blue band</b> that stopped charging? The two come from different production batches.</p>
<p>Please reply with the colour of the band and, if you can, which device it stopped charging. Keep both
cables until we reply; if you would rather return them anyway, the return label is in
<a href="https://www.amazon.co.uk/gp/css/order-history?ref_=nav_orders_first">Your Orders on Amazon</a>,
and Amazon explains the steps on its
<a href="https://www.amazon.co.uk/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7">returns help
page</a>.</p>
<p>Thanks,<br>Leo<br>Volt Supply UK</p>"""
    case("return-which-cable-amazon-help-links", "relay", [],
         "A return-related question that asks for the information needed (which cable failed); both links go to "
         "amazon.co.uk with query strings and have explanatory text.",
         to=b, frm="Volt Supply UK <returns@voltsupply.co.uk>", lang="en", text=txt, html=html,
         subject=f"Your return request for order {o}: one question")

    o, b = order("duvet-en-de", "en", "Linen Duvet Cover 200 x 220 cm, Sage", tld="de")
    case("amazon-de-english-buyer-short-link", "relay", [],
         "An amazon.de order whose buyer chose English: the English answer is in the buyer's language; a.co is "
         "Amazon's own share-link domain and the amazon.de link carries only tracking parameters.",
         to=b, frm="Leinenhaus Berlin <kundenservice@leinenhaus-berlin.de>", lang="en",
         reply=quoted(f"Am 12.06.2026 um 22:31 schrieb {b}:",
                      "Hi, where can I find the washing instructions and the exact size chart?"),
         subject=f"Re: Washing instructions - order {o}", text=f"""Hello,

Thank you for your message about the duvet cover from order {o}.

The washing instructions and the size chart are on the product page on
Amazon, under "Product information":
https://www.amazon.de/dp/B0CX7LN2Q4?ref_=ppx_hzod_title_dt_b_fed_asin_title_0_0&th=1&psc=1
In the Amazon app the same page opens from this short link:
https://a.co/d/7QpRx2L

In short: wash at 40 degrees with a mild detergent, no softener, and take
the cover out while it is still slightly damp. Linen shrinks by up to 3 % in
the first wash, which the 200 x 220 cm size already allows for.

Best regards,
Mara
Leinenhaus Berlin""")

    o1, b = order("invoice-two-1", "en", "Bamboo Desk Organiser, 5 Compartments", tld="co.uk")
    o2, _ = order("invoice-two-2", "en", "Bamboo Monitor Riser 60 cm", tld="co.uk",
                  purchased="2026-06-04T10:00:00Z", shipped="2026-06-05T08:00:00Z",
                  delivered="2026-06-08T12:00:00Z")
    ORDERS["invoice-two-2"]["buyer_email"] = b
    inv = [pdf("Invoice INV-26-04417", ["Oakline Office Ltd - VAT invoice INV-26-04417",
                                         f"Order {o1}, 03/06/2026", "Bamboo desk organiser  GBP 38.40",
                                         "incl. VAT 20% GBP 6.40", "VAT reg. no. GB 318 4471 26"]),
           pdf("Invoice INV-26-04452", ["Oakline Office Ltd - VAT invoice INV-26-04452",
                                         f"Order {o2}, 05/06/2026", "Bamboo monitor riser  GBP 24.00",
                                         "incl. VAT 20% GBP 4.00", "VAT reg. no. GB 318 4471 26"])]
    case("two-vat-invoices-iban-company-number", "relay", [],
         "Sending the buyer's two VAT invoices (both orders belong to the recipient): the VAT registration number, "
         "company number, invoice numbers, dates and the IBAN of the invoice footer are not phone numbers.",
         to=b, frm="Oakline Office Accounts <accounts@oakline-office.co.uk>", lang="en",
         attach=[(inv[0], "application", "pdf", "INV-26-04417.pdf"),
                 (inv[1], "application", "pdf", "INV-26-04452.pdf")],
         subject=f"VAT invoices for orders {o1} and {o2}", text=f"""Dear Mr Hughes,

Please find attached the VAT invoices for your two orders, {o1}
(desk organiser) and {o2} (monitor riser). Our invoices were not
shown in your Amazon account this time because of an upload error on our
side, which is why we send them by message.

Invoice INV-26-04417, 03/06/2026, GBP 38.40 incl. VAT GBP 6.40
Invoice INV-26-04452, 05/06/2026, GBP 24.00 incl. VAT GBP 4.00
Seller VAT reg. no. GB 318 4471 26, company no. 11843207 (England and Wales)

Both orders were paid in full through Amazon; the bank details at the bottom
of the invoices (IBAN GB71 BARC 2003 1758 2293 44) are only our standard
footer, and no payment is due.

Regards,
Accounts team
Oakline Office Ltd, 14 Crouch Street, Colchester CO3 3ES""")

    o, b = order("starprojector", "en", "Star Projector Night Light with Remote")
    case("thanks-plus-pull-tab-order-id-in-subject", "relay", [],
         "Opens and closes with thanks but carries a real instruction (the remote's battery pull-tab, the "
         "auto-off timer); the order ID stands in the subject only, which counts.",
         to=b, frm="Lumina Kids <care@luminakids.com>", lang="en",
         subject=f"Order {o}: the remote's battery pull-tab", text="""Hi,

Thanks for your order, and enjoy the starry ceiling!

One thing trips up many buyers: the remote's CR2025 battery has a clear
plastic pull-tab, and the remote does nothing until it is pulled out. The tab
sits on the back of the remote, under the STAR button.

The projector also switches itself off after 60 minutes by default; hold the
timer button for 3 seconds to change it to 2 h or to keep it on all night.

Thanks again,
Nadia
Lumina Kids""")

    o, b = order("chessboard", "en", "Handmade Walnut Chess Board 45 cm", **OOS)
    case("out-of-stock-charge-reversed-no-need-to-cancel", "relay", [],
         "Out of stock, and the message confirms the adjustment in unusual wording ('reversed the whole charge', "
         "reason no inventory); 'you don't need to cancel anything' is not a cancellation request.",
         to=b, frm="Dahl Woodcraft <henrik@dahlwoodcraft.com>", lang="en",
         subject=f"Your chess board, order {o}: we cannot send it", text=f"""Dear Chris,

I'm very sorry: the walnut chess board you ordered cannot be sent. The last
board in stock cracked along a glue line during final sanding on Friday, and
the next batch of walnut needs ten weeks of drying before we can cut it.

I have therefore reversed the whole charge for order {o} through
Amazon, giving "no inventory" as the reason, so the $189.00 is on its way
back to the card you paid with. Banks usually show it within 3 to 5 business
days. You don't need to cancel anything or contact Amazon.

With apologies,
Henrik Dahl
Dahl Woodcraft""")

    o, b = order("mixer-partial", "en", "Stand Mixer 5.5 L, Cream")
    case("return-offer-partial-refund-splash-guard", "relay", [],
         "A return-related message that offers a partial refund (the one reason besides needed information "
         "the guidelines allow); the new part 'at no cost' remedies the fault, it is no promotion.",
         to=b, frm="Cremona Home <support@cremonahome.com>", lang="en",
         subject=f"Your return request for order {o} - a suggestion", text=f"""Hello,

We've received your return request for the stand mixer from order {o},
with the reason "part missing: splash guard".

Instead of sending the whole 9 kg mixer back, would a partial refund suit
you? We can refund $25.00 of the $249.00 today, and a new splash guard
leaves our warehouse at no cost to you. You keep the mixer and can use it
in the meantime; the guard is only needed at the two highest speeds.

If you prefer the full return, that is completely fine: tell us and we will
approve it, and the refund follows once the mixer is back with us.

Best regards,
Ana
Cremona Home""")

    o, b = order("epoxy", "en", "Deep Pour Epoxy Resin Kit 2:1, 3 L")
    case("epoxy-ratios-times-less-than-3-cm", "relay", [],
         "Ratios (2:1, 3:1, 1:1), a time (10:30), list markers a) b) and '<3 cm' are not emoticons; '30 x 40 cm' "
         "is a size.",
         to=b, frm="Resin Works <support@resinworks.com>", lang="en",
         reply=quoted(f"On Sun, Jun 14, 2026 at 11:05 AM {b} wrote:",
                      "How much hardener do I need for a 30 x 40 cm tray, 1 cm deep? Can I make it cure faster?"),
         subject=f"Re: Mixing amounts for order {o}", text=f"""Hello,

For a 30 x 40 cm tray poured 1 cm deep you need 1.2 litres of mixed resin:
800 ml of resin (A) and 400 ml of hardener (B), so 2:1 by volume. Measure by
volume, not by weight, because the two parts have different densities.

Two points for a clear cast:
a) Mix slowly for 3 minutes, scraping the sides, then pour into a second cup
and mix 1 more minute.
b) Work at 20-24 degrees C. At 10:30 in the morning in a cool garage the resin
is too thick; warm the bottles in a water bath for 10 minutes first.

Please don't speed it up with extra hardener: a 3:1 or 1:1 mix never cures
fully and stays tacky. It is dry to the touch after 24 h and ready to demould
after 72 h. Layers must stay <3 cm each, so your 1 cm tray is fine.

Kind regards,
Resin Works support (order {o})""")

    o, b = order("headphones", "en", "Bluetooth Headphones ANC, Midnight Blue")
    case("quoted-buyer-refund-review-unsubscribe", "relay", [],
         "The buyer's quoted threat of a refund and a 1-star review and 'unsubscribe me' are the buyer's words; "
         "the seller asks for no review, offers no opt-out link and no promotion; the attribution names the "
         "buyer's marketplace alias, which content.email-address ignores.",
         to=b, frm="SonicNest Support <support@sonicnest.com>", lang="en",
         reply=quoted(f"On Sat, 13 Jun 2026 at 19:02, {b} wrote:",
                      "The left ear cup crackles. If this isn't sorted I'll ask for a refund and leave a 1-star\n"
                      "review. Also unsubscribe me from your newsletter, I don't want any marketing!!"),
         subject=f"Re: Crackling left ear cup - order {o}", text=f"""Hello,

I'm sorry about the crackling in the left ear cup. It is a known fault of a
small batch, and a firmware reset does not fix it, so we are sending you a
new pair straight away (order {o}). It should arrive by Thursday; please
send the faulty pair back in the same box with the prepaid label inside.

About the newsletter: we don't have one, and your address is on no list of
ours. We only write to you through Amazon, and only about this order.

Regards,
Jamie
SonicNest""")

    o, b = order("sofa", "en", "3-Seater Velvet Sofa, Bottle Green", **PENDING)
    html = f"""<div style="padding:16px 20%;background-color:#f4f1ea;border:1px solid #ddd6c8">
<p><img src="cid:velluto-logo" alt="Velluto Living" width="150" height="44"></p>
<h2>Booking the delivery of your sofa</h2>
<p style="text-align:left">Your sofa from order {o} is ready to leave our warehouse. Because it weighs
61 kg, a two-person team from our carrier, Panther Logistics, delivers it to the room of your choice.</p>
<p>Panther Logistics will call you within two working days to agree a slot. If you miss the call, you can
book directly with the carrier: Panther Logistics bookings 0330 088 5164 (Mon-Sat, 8:00-18:00).</p>
<table style="border-collapse:collapse;border-color:#bbb" cellpadding="6">
<tr><td valign="top"><b>Size</b></td><td>214 x 92 x 85 cm</td></tr>
<tr><td valign="top"><b>Needs</b></td><td>a door at least 80 cm wide</td></tr>
</table>
<p><img src="cid:door-diagram" alt="Diagram: a doorway needs at least 80 cm of clear width" width="480"
height="166"></p>
<p>Please tell us if there are stairs without a lift; we will deal with the carrier so the team brings the
right equipment. Your delivery details are also shown in
<a href="https://www.amazon.com/gp/your-account/order-details?orderID={o}">the order details on Amazon</a>.</p>
<br><br>
<p style="font-size:13px">Velluto Living - Unit 4, Riverside Park</p>
</div>"""
    case("html-bulky-delivery-styling-near-misses", "relay", [],
         "Scheduling a heavy delivery with the carrier's booking line; background and border colours, padding of "
         "exactly 20 %, an image exactly 480 px wide with alt text, left alignment, valign, two <br>, three font "
         "sizes (h2, default, 13px) and a descriptive Amazon link all stay within the styling rules.",
         to=b, frm="Velluto Living <deliveries@velluto-living.com>", lang="en", html=html,
         related=[(logo_png("Velluto Living"), "image", "png", "velluto-logo", "velluto-logo.png"),
                  (diagram_png(), "image", "png", "door-diagram", "door-clearance.png")],
         subject=f"Booking the delivery of your sofa - order {o}")

    o, b = order("containers", "en", "Click-Seal Food Storage Containers, Set of 10")
    case("first-review-request-click-free-good-or-bad", "relay", [],
         "A first, neutral review request ('whatever your experience has been') with a care tip; 'Click-Seal', "
         "'BPA-free' and 'snap down' are product words, no incentive, no gating.",
         to=b, frm="Tidy Larder <hello@tidylarder.com>", lang="en",
         subject=f"How are your Click-Seal containers working out? (order {o})", text=f"""Hi,

Your set of ten Click-Seal containers (order {o}) arrived last week, so here
is the one tip we wish every buyer knew: the lids seal only when all four
clips snap down, and the silicone ring must sit flat in its groove after
washing. If a lid feels loose, press the ring back in with a spoon handle.
All ten are BPA-free and freezer-safe down to -20 degrees C.

If you have a minute, we'd be grateful for a review on Amazon, whatever your
experience has been. We read each one, and they decide what we change in the
next production run.

Thanks,
Tidy Larder""")

    # ---------------- subtle violations ----------------
    o, b = order("pan-ups", "en", "Ceramic Non-Stick Frying Pan 28 cm")
    case("signature-direct-line-after-ups-paragraph", "reject", ["content.phone-number"],
         "UPS is named paragraphs above, but the number is the seller's own direct line in the signature: no "
         "carrier, warranty or manufacturer word on its line or the line before.",
         to=b, frm="Pantry & Co. <care@pantryandco.com>", lang="en",
         reply=quoted(f"On Sat, Jun 13, 2026 at 4:20 PM {b} wrote:",
                      "The box was crushed and the pan has a dent in the rim."),
         subject=f"Re: Dented pan - order {o}", text=f"""Hello Mr Ortiz,

Thanks for the photos. The dent is from transit: the UPS parcel was clearly
dropped on a corner. We have reported it to UPS, and a replacement pan for
order {o} goes out tomorrow.

No need to send the dented pan back. If it still sits flat on the hob you
can keep using it; if it wobbles, please recycle it with your metal waste.

Best regards,
Laura Brenner
Customer Care, Pantry & Co.
Direct line: +1 (512) 555-0178, Mon-Fri 9 am - 5 pm CT""")

    o, b = order("thermostat", "en", "Smart Thermostat T6 Wireless, White", tld="co.uk")
    case("manufacturer-manual-https-link", "reject", ["link.external"],
         "The manufacturer's installation guide is https and useful, but its host is neither Amazon nor on the "
         "account's allow-list (Amazon only in this corpus); link.external is an allow-list check.",
         to=b, frm="Warmhaus Controls <support@warmhaus.co.uk>", lang="en",
         reply=quoted(f"On 13 Jun 2026, at 17:45, {b} wrote:",
                      "Is there a wiring diagram for the T6? My boiler has 4 terminals."),
         subject=f"Re: T6 wiring diagram - order {o}", text=f"""Hello,

Yes: the wiring diagram for a four-terminal boiler is on page 14 of the
manufacturer's installation guide, which you can download here:
https://www.heatlink-controls.com/support/manuals/T6-installation-guide.pdf

Connect L and N to the mains terminals of the receiver, and COM and NO to
the boiler's switched live. If your boiler has a 24 V terminal block instead,
use the volt-free contacts and leave L and N of the receiver on the fused
spur. The T6 from order {o} works with both.

Kind regards,
Warmhaus Controls""")

    o, b = order("candle", "en", "Hand-Poured Soy Candle, Fig & Cedar")
    case("thanks-small-studio-here-if-needed", "quarantine", ["type.thank-you-only"],
         "A proactive note that only thanks the buyer, describes the studio and offers help: nothing a buyer "
         "needs for the order remains.",
         to=b, frm="Wick & Wander <studio@wickandwander.com>", lang="en",
         subject=f"A little note about your order {o}", text=f"""Hi there,

Thank you so much for choosing Wick & Wander for your fig and cedar candle
(order {o}). Every candle is poured by hand in our small studio, and we are
so glad this one is going to you.

If anything at all is not quite right, simply reply to this message and we
will gladly help.

Wishing you a cosy evening,
Rosie and the Wick & Wander team""")

    o, b = order("hosereel", "en", "Garden Hose Reel 30 m with Wall Bracket", tld="co.uk",
                 shipped="2026-06-13T07:00:00Z", delivered="")
    case("dispatch-notice-with-royal-mail-line", "quarantine", ["type.order-confirmation"],
         "A dispatch confirmation with tracking number duplicates Amazon's own notice; the Royal Mail number is "
         "allowed (carrier on the same line), and West Sussex is a county.",
         to=b, frm="Greenfold Garden <orders@greenfold.co.uk>", lang="en", day=13,
         subject=f"Order {o} is on its way", text="""Hello,

Good news: your hose reel left our warehouse in Crawley, West Sussex, this
morning with Royal Mail Tracked 48. The tracking number is RD417209358GB, and
it should reach you on Tuesday.

If Royal Mail cannot deliver it, their customer service team on 03457 740 740
can rebook it for you.

Kind regards,
Greenfold Garden""")

    o, b = order("drill", "en", "Cordless Drill 20V with 2 Batteries")
    case("review-for-warranty-extension-click-tip", "reject", ["review.incentive"],
         "A real tip ('second click'), then a review request tied to a future benefit: one more year of "
         "warranty for buyers who post a review.",
         to=b, frm="Forge Tools <service@forgetools.com>", lang="en",
         subject=f"Your drill from order {o}: one tip", text=f"""Hello,

We hope the drill from order {o} is treating you well. A quick tip: the
chuck locks fully only after the second click; if bits slip, keep turning
until you hear both clicks.

We'd love to hear how you are getting on with it. Customers who share their
experience in a review on Amazon get their warranty extended from 2 to 3
years: just reply with the date of your review.

Thanks,
Forge Tools""")

    o, b = order("casserole-lid", "en", "Enamelled Dutch Oven 24 cm with Glass Lid")
    case("quoted-buyer-thumbs-up-emoji", "reject", ["style.emoji"],
         "The seller's own text is clean, but the quoted buyer message keeps a thumbs-up emoji in the body; "
         "RULES.md judges emoji in subject or body, quoted or not.",
         to=b, frm="Cookware Corner <help@cookwarecorner.com>", lang="en",
         reply=quoted(f"On Sun, Jun 14, 2026 at 9:12 AM {b} wrote:",
                      "Arrived today, thanks!! \U0001F44D Is the glass lid oven-safe?"),
         subject=f"Re: Oven-safe lid? (order {o})", text=f"""Hello,

Yes, the glass lid of your Dutch oven (order {o}) is oven-safe up to 220
degrees C, and the stainless knob up to 250 degrees C. Avoid putting the hot
lid on a cold or wet surface, because a sudden change of temperature can
crack tempered glass.

Best regards,
Cookware Corner""")

    o, b = order("chair-invoice", "en", "Ergonomic Office Chair, Mesh Back")
    html = f"""<p>Hello,</p>
<p>As requested through Amazon, here is the invoice for order {o}.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><th align="left">Item</th><th align="right">Amount</th></tr>
<tr><td>Ergonomic office chair, mesh back</td><td align="right">$229.00</td></tr>
<tr><td>Sales tax 8.25%</td><td align="right">$18.89</td></tr>
<tr><td><b>Total paid</b></td><td align="right"><b>$247.89</b></td></tr>
</table>
<p>Invoice no. 2026-1184, issued 06/09/2026. Seller: Summit Seating LLC, EIN 84-2219376, Austin, TX.</p>
<p>Kind regards,<br>Summit Seating</p>"""
    case("invoice-table-amounts-right-aligned", "reject", ["style.alignment"],
         "Sending an invoice is permitted and the EIN is not a phone number, but the amount column uses "
         "align=\"right\", which overrides the default text alignment.",
         to=b, frm="Summit Seating <billing@summitseating.com>", lang="en", html=html,
         subject=f"Invoice for order {o}")

    o, b = order("telescope", "en", "Vintage Brass Telescope 80 mm with Tripod", **OOS)
    case("out-of-stock-cancel-yourself-for-money-back", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Out of stock, and instead of adjusting the order the seller tells the buyer to cancel it; no "
         "confirmation that the amount was adjusted.",
         to=b, frm="Starfield Optics <orders@starfield-optics.com>", lang="en",
         subject=f"Order {o} - stock problem", text=f"""Hello,

I'm afraid the brass telescope from order {o} is no longer available: our
supplier has stopped making it, and our last unit was damaged in the
warehouse.

The quickest way to get your money back is to cancel the order yourself
under Your Orders > Cancel items; Amazon then releases the payment
automatically.

Sorry for the trouble,
Starfield Optics""")


# --------------------------------------------------------------------------------------------
# German
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = order("rasenmaeher", "de", "Akku-Rasenmäher 36 V, 40 cm Schnittbreite", purchased="2026-05-12T10:00:00Z",
                 shipped="2026-05-14T08:00:00Z", delivered="2026-05-16T12:00:00Z")
    inv = pdf("Rechnung RE-2026-11873", ["Gartenwelt Sommer GmbH - Rechnung RE-2026-11873",
                                         f"Bestellung {o}, 12.05.2026", "Akku-Rasenmaeher 36 V  349,00 EUR",
                                         "enthaltene MwSt. 19 %  55,72 EUR", "USt-IdNr. DE 301 559 872"])
    case("rechnung-ustid-steuernummer-genau-30-tage", "relay", [],
         "Eine Rechnung zu senden ist erlaubt, genau 30 Tage nach der Zustellung (RULES.md: genau 30 Tage sind "
         "noch im Fenster); USt-IdNr., Steuernummer, HRB und IBAN sind keine Telefonnummern.",
         to=b, frm="Gartenwelt Sommer Buchhaltung <buchhaltung@gartenwelt-sommer.de>", lang="de", day=15,
         attach=[(inv, "application", "pdf", "Rechnung_RE-2026-11873.pdf")], enc=LATIN9,
         subject=f"Rechnung zu Ihrer Bestellung {o}", text=f"""Sehr geehrte Frau Lindner,

anbei erhalten Sie die Rechnung RE-2026-11873 vom 12.05.2026 zu Ihrer
Bestellung {o} (Akku-Rasenmäher 36 V) mit ausgewiesener Mehrwertsteuer.

Rechnungsbetrag: 349,00 € brutto, darin 19 % MwSt. (55,72 €).

Unsere Angaben für Ihre Buchhaltung: Gartenwelt Sommer GmbH, Amtsgericht
Leipzig HRB 34521, USt-IdNr. DE 301 559 872, Steuernummer 232/118/04567.
Die Bankverbindung im Rechnungsfuß (IBAN DE44 8605 5592 1090 2233 45) gehört
nur zu unserer Vorlage: Die Bestellung ist über Amazon vollständig bezahlt.

Mit freundlichen Grüßen
Buchhaltung Gartenwelt Sommer""")

    o, b = order("soundbar", "de", "SoundStage Free 2.1 Soundbar mit Wireless Subwoofer, Dolby Atmos",
                 purchased="2026-04-20T10:00:00Z", shipped="2026-06-05T08:00:00Z", delivered="2026-06-08T12:00:00Z")
    case("englische-modellnamen-vorbestellung", "relay", [],
         "Deutscher Text voller englischer Produkt- und Menünamen ('SoundStage Free', 'Settings > System', 'Night "
         "Mode'); vor acht Wochen vorbestellt, aber erst vor einer Woche zugestellt: das Fenster läuft ab der "
         "Zustellung.",
         to=b, frm="Klangwerk Audio <service@klangwerk-audio.de>", lang="de",
         subject=f"Ihre SoundStage Free 2.1: Update für den Subwoofer (Bestellung {o})", text=f"""Hallo Herr Yilmaz,

zu Ihrer Bestellung {o} (SoundStage Free 2.1): Bei Geräten aus der
ersten Lieferung koppelt sich der Wireless Subwoofer erst nach dem
Firmware-Update 1.4.2 automatisch mit der Soundbar.

So geht es:
1. Die Soundbar per HDMI eARC mit dem Fernseher verbinden und einschalten.
2. In der App „SoundStage Connect" auf Settings > System > Firmware Update tippen.
3. Nach dem Neustart (etwa 4 Minuten) die Taste „Pair" am Subwoofer 5 Sekunden
gedrückt halten, bis die LED dauerhaft weiß leuchtet.

„Night Mode" und „Clear Voice" funktionieren schon vor dem Update.

Viele Grüße
Ihr Team von Klangwerk Audio""")

    o, b = order("ausbeinmesser", "de", "Ausbeinmesser 15 cm, flexible Klinge")
    case("ausbeinmesser-rehwild-zerlegen", "relay", [],
         "Fachsprache der Jagd und Küche ('Zerlegen', 'Aufbrechen', 'Abhäuten', 'Schlachten', "
         "'rasiermesserscharf') ist keine Gewaltdarstellung; Antwort auf die Frage des Käufers.",
         to=b, frm="Jagdbedarf Hubertus <service@jagdbedarf-hubertus.de>", lang="de",
         reply=quoted(f"Am 12.06.2026 um 19:48 schrieb {b}:",
                      "Kann ich mit dem Messer auch ein Reh zerlegen? Die Klinge wirkt sehr scharf."),
         subject=f"AW: Frage zum Ausbeinmesser (Bestellung {o})", text=f"""Guten Tag,

ja, das Ausbeinmesser aus Ihrer Bestellung {o} eignet sich gut zum
Zerlegen von Rehwild. Die flexible Klinge folgt den Knochen, sodass Sie
Keule und Rücken sauber auslösen können.

Die Klinge ist tatsächlich rasiermesserscharf. Schneiden Sie immer vom
Körper weg und tragen Sie beim Aufbrechen und Abhäuten am besten einen
Schnittschutzhandschuh der Stufe 5. Nach dem Schlachten oder Zerwirken
spülen Sie das Messer bitte nur von Hand, nicht in der Spülmaschine.

Zum Nachschärfen genügt ein Wetzstahl; einen Schleifstein brauchen Sie
erst nach einigen Monaten.

Waidmannsheil und viele Grüße
Jagdbedarf Hubertus""")

    o, b = order("espressotassen", "de", "Espressotassen „Milano“, 6er-Set", **OOS)
    case("nicht-lieferbar-betrag-zurueckgebucht", "relay", [],
         "Nicht lieferbar, und die Nachricht bestätigt die Anpassung in ungewohnter Wortwahl ('vollen Kaufbetrag "
         "zurückgebucht', Grund: kein Lagerbestand); 'nichts stornieren' ist keine Stornierungsbitte.",
         to=b, frm="Porzellanhaus Weber <shop@porzellanhaus-weber.de>", lang="de",
         subject=f"Bestellung {o}: Artikel leider nicht lieferbar", text="""Sehr geehrter Herr Becker,

leider können wir Ihnen die Espressotassen „Milano“ (6er-Set) nicht liefern.
Beim Wareneingang am Freitag waren alle Sets der letzten Lieferung
beschädigt, und der Hersteller produziert das Dekor nicht mehr.

Den vollen Kaufbetrag von 39,90 € haben wir deshalb über Amazon an Sie
zurückgebucht (Grund: kein Lagerbestand). Je nach Bank sehen Sie die
Gutschrift in 3 bis 5 Werktagen. Sie müssen nichts weiter tun und auch
nichts stornieren.

Wir bitten vielmals um Entschuldigung.
Porzellanhaus Weber""")

    o, b = order("barista", "de", "Kaffeevollautomat Barista One, Edelstahl")
    case("zweisprachig-ruecksendung-seriennummer", "relay", [],
         "Zweisprachig (Deutsch, dann Englisch) an einen deutschsprachigen Käufer: die Sprache des Käufers ist "
         "enthalten. Die Rücksendung braucht Angaben (Seriennummer, Zubehör); 'rating plate' ist ein Typenschild.",
         to=b, frm="Kaffeewerk Service <service@kaffeewerk.de>", lang="de", enc=B64,
         subject=f"Ihre Rücksendung / your return – Bestellung {o}", text=f"""Guten Tag,

wir haben Ihre Rücksendeanfrage zur Bestellung {o} (Barista One)
erhalten. Damit wir die Rücksendung abschließen können, brauchen wir noch
zwei Angaben:
1. die Seriennummer vom Typenschild unter der Abtropfschale (Format BO-XXXX-XXXXXX),
2. ob der Wassertank und der Milchschlauch mit zurückkommen.

Hello, in case English is easier for you: to complete your return for order
{o} we need the serial number from the rating plate under the drip
tray (format BO-XXXX-XXXXXX), and to know whether the water tank and the milk
hose are coming back too.

Vielen Dank / many thanks
Kaffeewerk Service""")

    o, b = order("sternenhimmel", "de", "Sternenhimmel-Projektor Galaxy mit Fernbedienung")
    case("erste-bewertungsbitte-sternenhimmel", "relay", [],
         "Eine erste, neutrale Bitte um eine ehrliche Bewertung ('ob sie gut ausfällt oder kritisch'); 'Sternen' "
         "gehört zum Produktnamen und ist keine Sternebewertung.",
         to=b, frm="Lichtzauber <kontakt@lichtzauber-shop.de>", lang="de",
         subject=f"Wie gefällt Ihnen Ihr Sternenhimmel-Projektor? (Bestellung {o})", text=f"""Hallo,

Ihr Sternenhimmel-Projektor aus der Bestellung {o} ist seit ein paar
Tagen bei Ihnen. Ein Hinweis vorab: Den Nebel-Effekt dimmen Sie mit der
Taste „N“ auf der Fernbedienung in drei Stufen.

Wenn Sie einen Moment Zeit haben, würden wir uns über Ihre ehrliche
Bewertung auf Amazon freuen, ob sie gut ausfällt oder kritisch. Sie hilft
anderen Kundinnen und Kunden bei der Entscheidung.

Viele Grüße
Ihr Team von Lichtzauber""")

    # ---------------- subtle violations ----------------
    case("erinnerung-bewertung-zweite-bitte", "reject", ["review.repeat"],
         "Eine freundliche 'Erinnerung' an die schon weitergeleitete Bewertungsbitte derselben Bestellung ist die "
         "zweite Bitte: review.repeat.",
         to=b, frm="Lichtzauber <kontakt@lichtzauber-shop.de>", lang="de", day=14,
         after=("erste-bewertungsbitte-sternenhimmel",),
         subject=f"Kurze Erinnerung zu Bestellung {o}", text="""Hallo,

vor ein paar Tagen hatten wir Sie gefragt, ob Sie Ihren
Sternenhimmel-Projektor auf Amazon bewerten möchten. Falls Sie noch nicht
dazu gekommen sind: Über Ihre Meinung freuen wir uns nach wie vor sehr.

Viele Grüße
Ihr Team von Lichtzauber""")

    o, b = order("wanderschuhe", "de", "Wanderschuhe Gore-Tex, Herren, Gr. 43")
    txt = f"""Guten Tag,

Sie möchten die Wanderschuhe aus der Bestellung {o} gegen eine andere
Größe tauschen. Welche Größe dürfen wir Ihnen schicken, 43,5 oder 44?

Den Retourenschein für die Schuhe in Größe 43 können Sie hier herunterladen:
https://amazon.de-retourenschein.com/label?bestellung={o}

Freundliche Grüße
Bergwelt Outdoor"""
    html = f"""<p>Guten Tag,</p>
<p>Sie möchten die Wanderschuhe aus der Bestellung {o} gegen eine andere Größe tauschen.
Welche Größe dürfen wir Ihnen schicken, 43,5 oder 44?</p>
<p><a href="https://amazon.de-retourenschein.com/label?bestellung={o}">Retourenschein für die
Schuhe in Größe 43 herunterladen</a></p>
<p>Freundliche Grüße<br>Bergwelt Outdoor</p>"""
    case("retourenschein-auf-amazon-aehnlicher-domain", "reject", ["link.external"],
         "Der Host 'amazon.de-retourenschein.com' beginnt mit 'amazon.de', gehört aber zur Domain "
         "de-retourenschein.com: kein Amazon-Link. Die Rückfrage zur Größe selbst ist erlaubt.",
         to=b, frm="Bergwelt Outdoor <service@bergwelt-outdoor.de>", lang="de", text=txt, html=html,
         subject=f"Umtausch Ihrer Wanderschuhe – Bestellung {o}")

    o, b = order("regendusche", "de", "Regendusche Duschkopf 30 x 30 cm, Edelstahl")
    html = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" lang="de">
<head><meta charset="utf-8"><style>p.MsoNormal {{margin:0cm;}}</style></head>
<body lang="DE" link="#0563C1">
<div class="WordSection1">
<p class="MsoNormal"><span style='font-family:"Calibri",sans-serif'>Guten Tag,<o:p></o:p></span></p>
<p class="MsoNormal"><span style='font-family:"Calibri",sans-serif'><o:p>&nbsp;</o:p></span></p>
<p class="MsoNormal"><span style='font-family:"Calibri",sans-serif'>der Duschkopf aus Ihrer Bestellung {o}
hat ein 1/2-Zoll-Innengewinde und passt auf jeden Duscharm nach DIN EN 1112. Drehen Sie ihn bitte nur von
Hand fest und wickeln Sie zwei Lagen Teflonband um das Gewinde, eine Zange beschädigt die Oberfläche.<o:p></o:p></span></p>
<p class="MsoNormal"><span style='font-family:"Calibri",sans-serif'><o:p>&nbsp;</o:p></span></p>
<p class="MsoNormal"><span style='font-family:"Calibri",sans-serif'>Mit freundlichen Grüßen<br>
Bad &amp; Design Müller<o:p></o:p></span></p>
</div></body></html>"""
    case("outlook-calibri-schriftart", "reject", ["style.font-override"],
         "Inhaltlich eine erlaubte Antwort, aber Outlooks HTML setzt font-family Calibri auf jeden Absatz: "
         "RULES.md zählt das als Überschreiben der Standardschrift.",
         to=b, frm="Bad & Design Müller <info@bad-design-mueller.de>", lang="de", html=html,
         reply=quoted(f"Am 13.06.2026 um 08:12 schrieb {b}:", "Passt der Duschkopf auf meinen Duscharm?"),
         subject=f"AW: Passt der Duschkopf? Bestellung {o}")


# --------------------------------------------------------------------------------------------
# French
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("theiere", "fr", "Théière en fonte 1,2 L, noire")
    case("avis-de-passage-colissimo-36-31", "relay", [],
         "Un 'avis de passage' est l'avis du facteur, pas un avis client ; le numéro du service client Colissimo "
         "de La Poste est celui d'un transporteur, et le numéro de suivi n'est pas un téléphone.",
         to=b, frm="Maison Théa <contact@maison-thea.fr>", lang="fr",
         reply=quoted(f"Le sam. 13 juin 2026 à 10:21, {b} a écrit :",
                      "J'ai trouvé un avis de passage dans ma boîte aux lettres, que dois-je faire ?"),
         subject=f"RE: Avis de passage – commande {o}", text=f"""Bonjour Madame Garnier,

L'avis de passage trouvé dans votre boîte aux lettres signifie que le
facteur n'a pas pu vous remettre le colis de votre commande {o}.
Votre théière vous attend au bureau de poste indiqué sur l'avis, pendant
15 jours.

Pour la retirer, présentez l'avis et une pièce d'identité. Vous pouvez aussi
demander une nouvelle livraison au service client Colissimo de La Poste, au
36 31 (du lundi au vendredi de 8 h 30 à 18 h), avec le numéro de suivi
6A24180937114.

Bien cordialement,
Maison Théa""")

    o, b = order("panier-linge", "fr", "Panier à linge sale 3 compartiments, bambou")
    case("panier-linge-sale-vis-gratuite", "relay", [],
         "'Linge sale' (dirty laundry) n'est pas une promotion et la vis envoyée 'gratuitement' répare un oubli ; "
         "'M4 x 12 mm' et '35 x 40 cm' sont des dimensions.",
         to=b, frm="Bambou & Co <service@bambou-co.fr>", lang="fr",
         reply=quoted(f"Le 12/06/2026 à 18:03, {b} a écrit :", "Il manque une vis dans le sachet."),
         subject=f"RE: Vis manquante (commande {o})", text=f"""Bonjour,

Merci pour votre message et toutes nos excuses pour la vis manquante. Nous
vous envoyons aujourd'hui, gratuitement et par lettre suivie, un sachet de
4 vis M4 x 12 mm : vous aurez ainsi une vis de rechange.

En attendant, le panier à linge sale de votre commande {o} tient
debout avec trois vis si vous serrez bien celles du côté des sacs. Les
trois sacs en coton se lavent à 40 °C ; faites-les sécher à plat pour
qu'ils gardent leurs 35 x 40 cm.

Bonne journée,
Bambou & Co""")

    o, b = order("lampe-laiton", "fr", "Lampe de bureau articulée, laiton", **OOS)
    case("rupture-montant-ramene-a-zero", "relay", [],
         "Article indisponible, et le message confirme l'ajustement en termes inhabituels ('ramené le montant à "
         "zéro', 'intégralement restitués', motif stock épuisé) ; 'inutile d'annuler' ne demande pas d'annuler.",
         to=b, frm="Atelier Lumen <commandes@atelier-lumen.fr>", lang="fr",
         subject=f"Commande {o} – article indisponible", text=f"""Bonjour Monsieur Roux,

Nous sommes au regret de vous informer que la lampe de bureau en laiton
que vous avez commandée ne pourra pas être expédiée : le dernier exemplaire
en stock présentait un défaut de soudure au contrôle qualité, et le
fabricant ne la produit plus.

Nous avons donc ramené le montant de votre commande {o} à zéro
dans notre espace vendeur Amazon (motif : stock épuisé). Les 89,00 € vous
sont intégralement restitués sur votre moyen de paiement, sous 3 à 5 jours
ouvrés selon votre banque. Inutile d'annuler quoi que ce soit de votre côté.

Avec toutes nos excuses,
Atelier Lumen""")

    o, b = order("robot-r7", "fr", "Aspirateur robot R7 avec base de charge")
    case("retour-deux-questions-avant-etiquette", "relay", [],
         "Un message de retour qui demande les informations nécessaires (numéro de série, couleur du voyant) ; "
         "'R7-26' n'est pas un numéro de téléphone.",
         to=b, frm="Robotika SAV <sav@robotika.fr>", lang="fr",
         subject=f"Votre demande de retour – commande {o}", text=f"""Bonjour,

Nous avons bien reçu votre demande de retour pour l'aspirateur robot R7
(commande {o}), motif « ne se recharge pas ».

Avant de vous envoyer l'étiquette, pourriez-vous nous indiquer deux choses ?
- le numéro de série inscrit sous l'appareil (il commence par R7-26) ;
- la couleur du voyant de la base quand le robot est posé dessus : blanc
ou orange ?

Si le voyant est orange, c'est la base qui est en cause et nous vous en
envoyons une neuve : vous n'auriez alors rien à renvoyer.

Cordialement,
Service après-vente Robotika""")

    o, b = order("chaise-facture", "fr", "Chaise de bureau ergonomique, tissu gris")
    inv = pdf("Facture F-2026-06-0318", ["Ergosiege SAS - Facture F-2026-06-0318", f"Commande {o}, 09/06/2026",
                                         "Chaise de bureau ergonomique  229,00 EUR TTC", "dont TVA 20 %  38,17 EUR",
                                         "SIRET 812 345 678 00027 - TVA FR 42 812345678"])
    case("facture-siret-rcs-tva-rib", "relay", [],
         "Envoi d'une facture : SIRET, RCS, TVA intracommunautaire, code APE et IBAN du pied de page ne sont pas "
         "des numéros de téléphone.",
         to=b, frm="Ergosiège Comptabilité <compta@ergosiege.fr>", lang="fr",
         attach=[(inv, "application", "pdf", "Facture_F-2026-06-0318.pdf")],
         subject=f"Facture de votre commande {o}", text=f"""Bonjour,

Vous trouverez ci-joint la facture F-2026-06-0318 du 09/06/2026 de votre
commande {o}, d'un montant de 229,00 € TTC (dont TVA 20 % : 38,17 €).

Mentions légales reprises sur la facture : Ergosiège SAS, SIRET
812 345 678 00027, RCS Nantes 812 345 678, TVA intracommunautaire
FR 42 812345678, code APE 4665Z.

La commande a été réglée intégralement via Amazon ; aucun paiement n'est dû,
même si notre RIB figure en pied de page (IBAN FR76 3000 4015 9600 0101 0820 195).

Cordialement,
Service comptabilité, Ergosiège""")

    # ---------------- subtle violations ----------------
    o, b = order("couette", "fr", "Couette tempérée 220 x 240 cm")
    case("adresse-email-de-l-acheteur-citee", "reject", ["content.email-address"],
         "Le vendeur refuse à juste titre de sortir d'Amazon, mais il cite le message de l'acheteur qui contient "
         "son adresse personnelle : toute adresse dans le corps, citée ou non, est interdite.",
         to=b, frm="Douce Nuit <service@doucenuit.fr>", lang="fr",
         reply=quoted(f"Le dim. 14 juin 2026 à 09:40, {b} a écrit :",
                      "La housse a une couture défaite. Écrivez-moi plutôt directement à\n"
                      "claire.dubois83@orange.fr, c'est plus simple pour moi."),
         subject=f"RE: Couture défaite – commande {o}", text=f"""Bonjour Madame Dubois,

Merci pour votre message. Pour votre sécurité, nous échangeons uniquement
par la messagerie Amazon, merci de votre compréhension.

Une couette neuve pour votre commande {o} part demain par Colissimo ;
gardez l'ancienne, notre transporteur ne la reprendra pas.

Bien cordialement,
Douce Nuit""")

    o, b = order("matelas", "fr", "Matelas à mémoire de forme 140 x 190 cm")
    case("quelques-lignes-si-tient-ses-promesses", "reject", ["review.conditional"],
         "Des 'lignes sur sa page Amazon' (un avis) seulement si le matelas tient ses promesses, et s'il déçoit, "
         "d'abord écrire au vendeur : filtrage des avis.",
         to=b, frm="Literie Morphée <bonjour@literie-morphee.fr>", lang="fr",
         subject=f"Vos premières nuits sur votre matelas (commande {o})", text=f"""Bonjour,

Votre matelas de la commande {o} a besoin de 72 heures pour reprendre
sa forme complète après le déballage, et d'environ trois semaines pour
que votre corps s'y habitue. Retournez-le tête-pieds une fois par mois.

Si votre matelas tient ses promesses, quelques lignes de votre part sur sa
page Amazon nous feraient très plaisir. S'il vous déçoit, écrivez-nous
d'abord : nous trouverons une solution ensemble.

Belles nuits,
Literie Morphée""")

    o, b = order("vase", "fr", "Vase en céramique émaillée 30 cm")
    case("transporteur-a-la-con", "quarantine", ["content.sensitive"],
         "La solution proposée est correcte, mais le vendeur traite le transporteur de 'transporteur à la con' : "
         "langage grossier envoyé à l'acheteur.",
         to=b, frm="Céramiques du Sud <atelier@ceramiques-du-sud.fr>", lang="fr",
         reply=quoted(f"Le 13/06/2026 à 14:55, {b} a écrit :", "Le vase est arrivé cassé en trois morceaux."),
         subject=f"RE: Vase cassé – commande {o}", text=f"""Bonjour,

Quel dommage, et toutes nos excuses. Encore un coup de ce transporteur à la
con qui balance les colis sans aucun soin.

Nous vous envoyons un nouveau vase pour la commande {o}, emballé
cette fois dans une double caisse. Vous n'avez rien à renvoyer ; les
morceaux peuvent aller au verre.

Bien à vous,
Céramiques du Sud""")


# --------------------------------------------------------------------------------------------
# Spanish
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("cafetera", "es", "Cafetera italiana de aluminio, 6 tazas")
    case("correos-disponible-en-oficina-sale", "relay", [],
         "El teléfono de atención al cliente de Correos es de un transportista; el código de envío no es un "
         "teléfono; 'el paquete sale de la oficina' no es una oferta.",
         to=b, frm="Cafés del Sur <pedidos@cafesdelsur.es>", lang="es",
         reply=quoted(f"El sáb, 13 jun 2026 a las 12:30, {b} escribió:",
                      "El seguimiento dice «Disponible en oficina» pero nadie ha pasado por casa."),
         subject=f"RE: Mi pedido {o}", text=f"""Hola, Lucía:

El estado «Disponible en oficina» significa que el cartero no pudo
entregarle el paquete de su pedido {o} y lo ha dejado en su oficina
de Correos. Si nadie lo recoge en 15 días naturales, el paquete sale de la
oficina y vuelve a nosotros, así que le recomiendo pasar esta semana.

Lleve su DNI y el código de envío PQ4B7C0712345670128001V. Si prefiere una
nueva entrega, el teléfono de atención al cliente de Correos es el
915 197 197 (de lunes a viernes, de 8:30 a 20:30).

Un saludo,
Cafés del Sur""")

    o, b = order("pistola-calor", "es", "Pistola de calor 2000 W con 4 boquillas")
    case("pistola-de-calor-disparo-estallar", "relay", [],
         "'Pistola', 'disparo de aire', 'estallar' y 'apunte' describen una herramienta de bricolaje, no "
         "violencia; '3-5 cm' y '550 °C' son medidas.",
         to=b, frm="Herramientas Baleares <soporte@herramientasbaleares.es>", lang="es",
         reply=quoted(f"El 12/6/2026 a las 20:14, {b} escribió:",
                      "¿Sirve para quitar la pintura vieja de una puerta de madera?"),
         subject=f"RE: Decapar una puerta (pedido {o})", text=f"""Hola:

Sí, la pistola de calor de su pedido {o} es perfecta para decapar
pintura. Use la boquilla plana, la más ancha, y trabaje en la posición II
(550 °C).

Mantenga la pistola a unos 3-5 cm de la superficie y, cuando la pintura
haga burbujas, rásquela con una espátula. No apunte nunca el disparo de
aire hacia las manos ni hacia un cristal: el vidrio puede estallar por el
cambio brusco de temperatura.

Si la puerta es antigua, la pintura puede contener plomo: trabaje al aire
libre y use una mascarilla FFP3.

Saludos,
Herramientas Baleares""")

    o, b = order("maleta", "es", "Maleta de cabina 55 x 40 x 20 cm, verde oliva")
    case("valoracion-del-dano-rueda-gratuita", "relay", [],
         "'Tras la valoración del daño' es una evaluación, no una reseña; la rueda de recambio gratuita repara un "
         "daño de transporte y no premia nada.",
         to=b, frm="Viajes Ligeros <atencion@viajesligeros.es>", lang="es",
         reply=quoted(f"El dom, 14 jun 2026 a las 10:02, {b} escribió:",
                      "Una de las ruedas llegó rota, les mando fotos."),
         subject=f"RE: Rueda rota – pedido {o}", text=f"""Hola, Javier:

Gracias por las fotos. Tras la valoración del daño está claro que la rueda
se rompió en el transporte: el soporte está partido por un golpe, no por
el uso.

Mañana le enviamos una rueda de recambio gratuita, con los tornillos y una
llave Allen de 3 mm; el cambio lleva unos 5 minutos. Si prefiere no hacerlo
usted, puede devolver la maleta del pedido {o} desde Mis pedidos en
Amazon y le mandamos una nueva.

Un saludo,
Viajes Ligeros""")

    o, b = order("thermochef", "es", "Robot de cocina ThermoChef X3 Pro")
    case("servicio-tecnico-del-fabricante-modelo-ingles", "relay", [],
         "El teléfono es el del servicio técnico oficial del fabricante (permitido); el nombre de modelo inglés "
         "('ThermoChef X3 Pro', 'Lock') no cambia el idioma del mensaje.",
         to=b, frm="Cocina Smart <soporte@cocinasmart.es>", lang="es",
         reply=quoted(f"El 13/6/2026 a las 9:47, {b} escribió:",
                      "El robot se para y sale el error E-04. ¿Lo cubre la garantía?"),
         subject=f"RE: Error E-04 (pedido {o})", text=f"""Hola:

La garantía de su ThermoChef X3 Pro (pedido {o}) es de 3 años y la
gestiona directamente el fabricante, que tiene servicio técnico propio en
España. El servicio técnico oficial del fabricante atiende en el
900 812 334, de lunes a viernes de 9:00 a 18:00; le pedirán el número de
serie (empieza por TCX3-) y la fecha de compra, el 2 de junio de 2026.

Antes de llamar, compruebe que la tapa encaja en la posición «Lock»: si no
encaja, el motor no arranca por seguridad, y el error E-04 indica
justamente eso.

Saludos cordiales,
Cocina Smart""")

    # ---------------- subtle violations ----------------
    o, b = order("cuchillos", "es", "Bloque de cuchillos de cocina, 7 piezas", **PENDING)
    case("retraso-en-ingles-con-hola", "quarantine", ["language.mismatch"],
         "Un aviso de retraso (motivo permitido) a un comprador de amazon.es con idioma español, escrito en "
         "inglés: el 'Hola' y el 'Gracias' no hacen bilingüe el mensaje.",
         to=b, frm="Cutlery Hub EU <orders@cutleryhub.eu>", lang="es",
         subject=f"Order {o}: shipping delay", text=f"""Hola Marta,

We are sorry to let you know that the knife block from order {o} will
ship two days later than shown on Amazon. The handles of this batch did not
pass our final check, and the replacement handles arrive on Tuesday.

We now expect to ship it on Wednesday 17 June, with delivery two working
days later. Nothing changes in your order or its price.

Gracias,
Cutlery Hub EU""")

    o, b = order("freidora", "es", "Freidora de aire 5,5 L", **OOS)
    case("agotado-estudiaremos-un-reembolso", "quarantine", ["order-problem.no-adjustment"],
         "Agotado, pero el mensaje no confirma que el importe se haya ajustado: solo ofrece 'estudiar' un "
         "reembolso si el comprador escribe.",
         to=b, frm="Hogar Eléctrico <ventas@hogarelectrico.es>", lang="es", tolerated=("type.marketing",),
         subject=f"Su pedido {o}", text=f"""Hola:

Lamentablemente, la freidora de aire de su pedido {o} está agotada y
no podremos enviarla: el proveedor nos ha comunicado que no recibirá más
unidades hasta septiembre.

Si lo desea, escríbanos y estudiaremos un reembolso o un modelo similar.

Disculpe las molestias,
Hogar Eléctrico""")

    o, b = order("ventilador", "es", "Ventilador de techo con luz LED, 132 cm")
    case("reflejarlo-en-su-opinion", "reject", ["review.removal-request"],
         "Tras resolver la avería, el vendedor pide al comprador que 'lo refleje en su opinión de Amazon', es "
         "decir, que actualice la reseña existente.",
         to=b, frm="Climatiza Casa <soporte@climatizacasa.es>", lang="es",
         reply=quoted(f"El 12/6/2026 a las 22:10, {b} escribió:",
                      "El ventilador hace ruido. Ya lo he puesto en mi opinión en Amazon."),
         subject=f"RE: Ruido del ventilador – pedido {o}", text=f"""Hola:

El ruido que describe viene casi siempre de los tornillos de las aspas.
Apriete los tres tornillos de cada aspa y compruebe que la cubierta del
motor no roza con el soporte. Con eso, el ventilador del pedido {o}
debería girar en silencio.

Ahora que ya está resuelto, ¿le importaría reflejarlo en su opinión de
Amazon? Nos ayudaría mucho.

Saludos,
Climatiza Casa""")


# --------------------------------------------------------------------------------------------
# Italian
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("sale-marino", "it", "Sale marino integrale di Trapani, 1 kg")
    case("sale-marino-integrale-salamoia", "relay", [],
         "'Sale' è il sale da cucina, non una svendita; '10%' è la concentrazione della salamoia e il lotto "
         "con scadenza non è un numero di telefono.",
         to=b, frm="Saline Garibaldi <info@salinegaribaldi.it>", lang="it",
         reply=quoted(f"Il giorno sab 13 giu 2026 alle ore 11:20 {b} ha scritto:",
                      "Il sale è iodato? Posso usarlo per conservare le olive?"),
         subject=f"R: Domanda sul sale (ordine {o})", text=f"""Buongiorno,

il sale marino integrale del suo ordine {o} non è iodato: è sale
grezzo delle saline di Trapani, essiccato al sole e non raffinato, quindi
contiene naturalmente magnesio e potassio.

Per la conservazione va benissimo: per la salamoia delle olive usi circa
100 g di sale per 1 litro d'acqua, cioè una soluzione al 10%. Lotto e
scadenza sono stampati sul fondo del sacchetto (per esempio L2405 - 05/2029).

Cordiali saluti,
Saline Garibaldi""")

    o, b = order("bici", "it", "Bicicletta per bambini 16 pollici, rossa")
    case("brt-giacenza-numero-spedizione", "relay", [],
         "Il numero del servizio clienti BRT è di un corriere (nella stessa frase); il numero di spedizione e "
         "l'orario 11:40 non sono telefoni.",
         to=b, frm="Bimbi in Sella <ordini@bimbiinsella.it>", lang="it",
         reply=quoted(f"Il 13/06/2026 09:15, {b} ha scritto:",
                      "BRT dice consegna non riuscita, ma io ero a casa!"),
         subject=f"R: Consegna non riuscita – ordine {o}", text=f"""Buongiorno signor Conti,

il corriere BRT ha provato a consegnare la bicicletta del suo ordine
{o} ieri alle 11:40, ma al citofono non ha risposto nessuno. Il
pacco resta in giacenza presso la filiale BRT di Bologna per 8 giorni
lavorativi.

Per concordare una nuova consegna può chiamare il servizio clienti BRT al
numero 011 397 0000, indicando il numero di spedizione 0631 2245 8810.
Il pacco pesa 9 kg ed è alto 80 cm: se preferisce ritirarlo, serve un'auto
con i sedili abbassati.

Cordiali saluti,
Bimbi in Sella""")

    o, b = order("antizanzare", "it", "Lampada antizanzare Mosquito Killer UV 20 W")
    case("mosquito-killer-uccide-zanzare", "relay", [],
         "'Killer', 'uccide' e 'stermina gli insetti' descrivono una lampada antizanzare, non violenza.",
         to=b, frm="Casa Serena <assistenza@casaserena.it>", lang="it",
         reply=quoted(f"Il giorno ven 12 giu 2026 alle ore 21:33 {b} ha scritto:",
                      "Si può tenere in camera da letto? Fa rumore?"),
         subject=f"R: Lampada in camera (ordine {o})", text=f"""Buongiorno,

sì, la lampada Mosquito Killer del suo ordine {o} si può usare in
camera da letto: la ventola è silenziosa (28 dB) e la luce UV è debole. La
accenda però un'ora prima di dormire, con la finestra chiusa, così attira e
uccide le zanzare prima che lei vada a letto.

Non tocchi mai la griglia interna quando è accesa: la scarica che stermina
gli insetti non è pericolosa per le persone, ma punge. Per pulirla, la
spenga, stacchi la spina e usi lo spazzolino incluso.

Cordiali saluti,
Casa Serena""")

    o, b = order("pentole", "it", "Set di pentole antiaderenti, 10 pezzi")
    case("reso-usato-rimborso-parziale", "relay", [],
         "Il reso è tornato con segni d'uso e il venditore propone un rimborso parziale, chiedendo se il cliente "
         "è d'accordo: un messaggio di reso permesso.",
         to=b, frm="Cucina Viva <resi@cucinaviva.it>", lang="it",
         subject=f"Il suo reso – ordine {o}", text=f"""Buongiorno,

abbiamo ricevuto il set di pentole che ci ha restituito (ordine {o}).
Purtroppo due padelle presentano graffi da utilizzo sul fondo, quindi non
possiamo rivenderle come nuove.

Per questo le proponiamo un rimborso parziale di 95,20 € sul prezzo di
119,00 €. Se non è d'accordo, ci risponda entro 7 giorni con le sue
osservazioni: esamineremo di nuovo il caso prima di procedere.

Cordiali saluti,
Cucina Viva""")

    o, b = order("fattura-it", "it", "Trapano avvitatore 18 V con due batterie")
    inv = pdf("Fattura 2026/0418", ["Ferramenta Lombarda S.r.l. - Fattura 2026/0418", f"Ordine {o}, 08/06/2026",
                                    "Trapano avvitatore 18 V  64,90 EUR IVA inclusa", "IVA 22%  11,70 EUR",
                                    "P.IVA IT 03845210964"])
    case("fattura-partita-iva-rea-sdi", "relay", [],
         "Invio della fattura: partita IVA, codice fiscale, REA e codice destinatario SDI non sono numeri di "
         "telefono.",
         to=b, frm="Ferramenta Lombarda <amministrazione@ferramentalombarda.it>", lang="it",
         attach=[(inv, "application", "pdf", "Fattura_2026-0418.pdf")],
         subject=f"Fattura ordine {o}", text=f"""Buongiorno,

in allegato trova la fattura n. 2026/0418 del 08/06/2026 relativa al suo
ordine {o}, per un importo di 64,90 € IVA inclusa (IVA 22%: 11,70 €).

Dati del venditore: Ferramenta Lombarda S.r.l., P.IVA IT 03845210964,
C.F. 03845210964, REA MI-2751184, capitale sociale 10.000 € i.v., codice
destinatario SDI M5UXCR1.

L'ordine risulta interamente pagato tramite Amazon.

Cordiali saluti,
Amministrazione Ferramenta Lombarda""")

    # ---------------- subtle violations ----------------
    o, b = order("zaino", "it", "Zaino da trekking 40 L con coprizaino", purchased="2026-05-08T10:00:00Z",
                 shipped="2026-05-12T08:00:00Z", delivered="2026-05-15T09:30:00Z")
    case("reso-coprizaino-oltre-30-giorni", "reject", ["window.expired"],
         "Una domanda sul reso (motivo permesso), ma l'ordine è stato consegnato il 15 maggio alle 9:30: più di "
         "30 giorni (30 x 24 h) prima di adesso.",
         to=b, frm="Vette Alte <resi@vettealte.it>", lang="it",
         subject=f"Il suo reso – ordine {o}", text=f"""Buongiorno,

abbiamo ricevuto lo zaino da trekking che ci ha restituito (ordine
{o}), ma nel pacco manca il coprizaino antipioggia arancione.

Ce lo può spedire a parte, oppure preferisce che lo deduciamo dal rimborso?
Ci basta una sua risposta a questo messaggio.

Cordiali saluti,
Vette Alte""")

    o, b = order("macchina-pasta", "it", "Macchina per pasta manuale, 9 spessori")
    case("ps-seguici-su-instagram", "quarantine", ["type.marketing"],
         "Un consiglio d'uso utile, poi un P.S. che invita a seguire il profilo Instagram del negozio: "
         "richiesta di seguire sui social.",
         to=b, frm="Pasta Fresca Lab <ciao@pastafrescalab.it>", lang="it",
         subject=f"La sua macchina per pasta (ordine {o})", text=f"""Buongiorno,

prima di usare la macchina per pasta del suo ordine {o}, passi
nei rulli due o tre volte un pezzetto di impasto da buttare: elimina i
residui di olio di lavorazione. Non la lavi mai in acqua, basta un pennello
asciutto.

Cordiali saluti,
Pasta Fresca Lab

P.S. Ci trova anche su Instagram come @pastafresca.lab: ogni settimana una
nuova ricetta da provare!""")


# --------------------------------------------------------------------------------------------
# Japanese
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("mobile-battery", "ja", "Voltix PowerCore 20000 PD モバイルバッテリー")
    case("yamato-saihaitatsu-eigo-seihinmei", "relay", [],
         "英語の製品名（Voltix PowerCore 20000 PD、USB-C）を含む日本語の回答。ヤマト運輸の電話番号は配送業者のもの。"
         "■と※は記号で絵文字ではない。",
         to=b, frm="Voltixストア <support@voltix-store.jp>", lang="ja", enc=JIS,
         reply=quoted(f"2026年6月13日(土) 18:22 {b}:", "不在票が入っていました。再配達はどうすればいいですか。"),
         subject=f"Re: 再配達について（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の「Voltix PowerCore 20000 PD」は、
ヤマト運輸の宅急便でお届けしております。不在票に記載の伝票番号（12桁）で
再配達をご依頼いただけます。

■再配達のご依頼
ヤマト運輸 サービスセンター：0120-01-9625（8:00〜21:00）
※携帯電話からもご利用いただけます。

なお、本製品はUSB-C PD 20W入力に対応しております。
付属のUSB-Cケーブルで約6時間で満充電になります。

よろしくお願いいたします。
Voltixストア サポート担当""")

    o, b = order("bathbomb-ja", "ja", "バスボム ギフトセット 12個入り", **PENDING)
    case("hassou-chien-sale-gift-muryou", "relay", [],
         "発送遅延のお知らせ（必要な連絡）。「セール期間中のご注文集中」は遅延の理由、「ギフト」「無料ラッピング」は"
         "ご注文内容で、販促ではない。",
         to=b, frm="アロマ工房はなの <info@aroma-hanano.jp>", lang="ja",
         subject=f"発送遅延のお知らせ（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の「バスボム ギフトセット 12個入り」につきまして、
父の日セール期間中のご注文集中により、発送が当初のご案内より2日遅れ、
6月17日（水）の発送となる見込みです。

ご注文時にご指定いただいたギフト用の無料ラッピングとメッセージカードは、
ご指定どおりにお付けいたします。

お急ぎのところ大変申し訳ございません。
何卒よろしくお願い申し上げます。

アロマ工房はなの""")

    o, b = order("earphones", "ja", "ワイヤレスイヤホン Z5 ノイズキャンセリング")
    case("henpin-kawari-ichibu-henkin", "relay", [],
         "返品リクエストに対し、一部返金（1,500円）を提案し、どちらを希望するかを尋ねる：許可された返品関連の連絡。",
         to=b, frm="オーディオショップ ソラ <support@audio-sora.jp>", lang="ja", enc=JIS,
         subject=f"返品リクエストについてのご提案（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の「ワイヤレスイヤホン Z5」について、
返品リクエスト（理由：充電ケースの外装の傷）を承りました。

イヤホン本体と充電に問題がない場合、返品の代わりに
一部返金（1,500円）でのご対応も可能です。その場合、商品はそのまま
お使いいただけます。

一部返金と返品のどちらをご希望か、本メッセージへのご返信で
お知らせください。返品をご希望の場合も、もちろん承ります。

オーディオショップ ソラ""")

    o, b = order("kettle-ja", "ja", "電気ケトル 1.0L ステンレス")
    inv = pdf("Invoice INV-2606-0193", ["Kitchen Plus Co., Ltd. - Invoice INV-2606-0193",
                                        f"Order {o}, 2026-06-09", "Electric kettle 1.0L  JPY 4,980",
                                        "incl. consumption tax 10%  JPY 452", "Registration No. T4010001234567"])
    case("tekikaku-seikyusho-touroku-bangou-maker", "relay", [],
         "適格請求書の送付。登録番号（T＋13桁）、郵便番号、請求書番号は電話番号ではない。"
         "メーカー保証の問い合わせ先はメーカーの電話番号で許可される。",
         to=b, frm="キッチンプラス 経理 <keiri@kitchenplus.jp>", lang="ja",
         attach=[(inv, "application", "pdf", "INV-2606-0193.pdf")],
         subject=f"適格請求書送付のご案内（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o}（電気ケトル 1.0L）の適格請求書をPDFにてお送りいたします。

発行日：2026年6月9日
請求書番号：INV-2606-0193
合計：4,980円（うち消費税10%：452円）
登録番号：T4010001234567
株式会社キッチンプラス　〒150-0002 東京都渋谷区渋谷2-1-1

本商品のメーカー保証（1年）については、
メーカーお客様相談室 0570-064-211（平日10:00〜17:00）までお問い合わせください。

株式会社キッチンプラス 経理担当""")

    # ---------------- subtle violations ----------------
    o, b = order("kasa", "ja", "折りたたみ傘 晴雨兼用 ネイビー")
    case("kaomoji-saigo-no-gyou", "reject", ["style.emoji"],
         "丁寧な回答の最後の行に顔文字「(^^)」：顔文字は絵文字・エモーティコンとして禁止。",
         to=b, frm="雨晴堂 <info@useido.jp>", lang="ja", enc=JIS,
         reply=quoted(f"2026年6月12日(金) 20:05 {b}:", "届いた傘の色が写真より暗く見えます。不良品でしょうか。"),
         subject=f"Re: 傘の色について（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の折りたたみ傘は、紺色の生地に遮光コーティングを
施しているため、室内の照明の下では写真より暗く見えることがございます。
屋外の自然光の下では、商品ページの写真に近い色味になります。

不良品ではございませんので、どうぞ安心してお使いください(^^)

雨晴堂""")

    o, b = order("coffee-kettle", "ja", "ハンドドリップ コーヒーケトル 0.8L")
    case("line-tomodachi-tsuika", "quarantine", ["type.marketing"],
         "お手入れの案内は有用だが、LINE公式アカウントの友だち追加を促す一文はSNSのフォロー依頼（販促）。",
         to=b, frm="珈琲道具店 <info@coffee-dougu.jp>", lang="ja",
         subject=f"コーヒーケトルのお手入れ（ご注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のコーヒーケトルは、ご使用後に水気をよく拭き取り、
ふたを外して乾かしてください。注ぎ口の内側は付属のブラシでお手入れいただけます。

当店のLINE公式アカウントを友だち追加していただくと、
新商品やおいしい淹れ方の情報をいち早くお届けします。

珈琲道具店""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="eighteenth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
