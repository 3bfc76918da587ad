#!/usr/bin/env python3
"""Build the sixty-sixth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_sixtysixth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. Precision, second round: 50 COMPLIANT messages (verdict relay,
rules []), each with a permitted purpose, written the way sellers write them and full of the vocabulary that
neighbouring rules react to (free, gift, card, code, discount, review, update, cancel, refund, return label,
newsletter, website, numbers next to "5", VAT and register numbers, carrier and manufacturer phone lines).
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
    logo_jpeg,
    logo_png,
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

_rnd = random.Random(66_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "ca": "70", "com.au": "25", "in": "40", "ie": "20", "sg": "50",
           "de": "30", "fr": "40", "es": "40", "it": "40", "co.jp": "25", "com.br": "70", "nl": "40",
           "com.mx": "70", "at": "30", "com.be": "40"}
_TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp", "pt": "com.br", "nl": "nl"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-02T10:00:00Z", shipped="2026-06-03T08:00:00Z",
                 delivered="2026-06-06T12:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-12T08:30:00Z"}
BULKY = {"purchased": "2026-06-10T19:20:00Z", "shipped": "", "delivered": ""}
CUSTOM = {"purchased": "2026-06-11T14:05:00Z", "shipped": "", "delivered": ""}
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
SJIS = {"charset": "shift_jis", "cte": "base64"}
EUCJP = {"charset": "euc-jp", "cte": "base64"}
B64 = {"cte": "base64"}
L1 = {"charset": "windows-1252", "cte": "quoted-printable"}
L15 = {"charset": "iso-8859-15", "cte": "quoted-printable"}
LAT1 = {"charset": "iso-8859-1", "cte": "quoted-printable"}

ALL_RULES = [
    "order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "language.mismatch",
    "type.order-confirmation", "type.thank-you-only", "type.marketing", "review.incentive",
    "review.removal-request", "review.conditional", "review.repeat", "order-problem.cancellation-request",
    "order-problem.no-adjustment", "return.unnecessary", "link.insecure", "link.external", "link.opt-out",
    "attachment.not-allowed", "image.logo-link", "image.tracking-pixel", "image.product-photo", "image.insecure",
    "content.email-address", "content.phone-number", "content.sensitive", "style.link-text", "style.image-alt",
    "style.emoji", "style.animated-gif", "style.margin", "style.image-width", "style.font-override",
    "style.font-sizes", "style.alignment", "style.line-breaks",
]
TOLERATED = ("content.spelling",)


def case(slug: str, note: str, *, to: str, frm: str, subject: str, text: str, day: int = 15,
         reply: str = "", attribution: str = "", enc: dict | None = None, fmt: str = "text", lang: str = "",
         crlf: bool = False, html: str = "", logo: tuple[bytes, str, str, str] | None = None,
         attach: tuple = (), time: str = "10:12:40", tz: str = "+0200", xmailer: str = "") -> None:
    """One compliant case: verdict relay, rules []. fmt: text, html (HTML only) or alt (text + HTML).
    `html` replaces the generated HTML paragraphs (for links); `logo` = (bytes, subtype, cid, alt) adds an
    unlinked inline logo at the top of the HTML leg; `reply` quotes the buyer under `attribution`."""
    hdrs = reply_headers(f"0100019d.s66.{slug[:24]}") if reply else []
    if xmailer:
        hdrs = [*hdrs, ("X-Mailer", xmailer)]
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = text.strip("\n") + "\n"
    quoted = ""
    if reply:
        quoted = (attribution + "\n" if attribution else "") + quote(reply) + "\n"
        body += "\n" + quoted
    kw = dict(enc or {})
    if fmt != "text":
        inner = html.strip("\n") if html else text2html(text)
        if reply:
            qhtml = "<br>\n".join(ln.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                                  for ln in reply.strip("\n").split("\n"))
            att = (f"<p>{attribution.replace('<', '&lt;').replace('>', '&gt;')}</p>\n" if attribution else "")
            inner += f"\n{att}<blockquote type=\"cite\">\n<p>{qhtml}</p>\n</blockquote>"
        related = ()
        if logo:
            data, sub, cid, alt = logo
            inner = f'<p><img src="cid:{cid}" alt="{alt}" width="150" height="44"></p>\n' + inner
            related = ((data, "image", sub, f"<{cid}>", f"logo.{'png' if sub == 'png' else 'jpg'}"),)
        kw["html"] = page(inner, lang or "en")
        if fmt == "alt":
            kw["text"] = body
        kw["related"] = related
    else:
        kw["text"] = body
    if attach:
        kw["attach"] = attach
    msg = mk(frm, to, subject, mail_date(day, time, tz), f"<s66.{slug}@{dom}>", headers=hdrs, **kw)
    absent = [r for r in ALL_RULES if r not in TOLERATED]
    add_case(CASE_LIST, slug, "relay", [], absent, note, msg, tolerated=TOLERATED, crlf=crlf, lang=lang)


def pdf(title: str, lines: list[str]) -> tuple[bytes, str, str, str]:
    return (make_pdf(title, lines, producer="s66 invoicing"), "application", "pdf",
            title.lower().replace(" ", "-") + ".pdf")


# --------------------------------------------------------------------------------------------
# English (amazon.com, .co.uk, .ca, .com.au, .in, .ie, .sg)
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    o, b = order("en-engrave", "en", "Personalised Oak Chopping Board, Engraved, 40 x 25 cm", tld="co.uk", **CUSTOM)
    case("en-engraving-text-check",
         "Verifying a custom design: the seller repeats the engraving text and asks the buyer to confirm it; "
         "'free of charge' is about fixing a typo, not a promotion.",
         to=b, frm="Grain & Gather <orders@grainandgather.co.uk>", enc=LAT1, day=12,
         subject=f"Engraving text for order {o} - please check before we cut",
         text=f"""Hi there,

Thanks for the personalisation details on order {o}. Before the
board goes on the laser, could you check the text exactly as we have it?

  Line 1: The Hendersons
  Line 2: Est. 05.06.2016

The font is the one you picked (Script No. 5). Engraving can't be undone,
so if anything is off (spelling, the date, capital letters) just reply with
the corrected lines and we'll change it free of charge before cutting.

If it's all correct, a quick "yes, go ahead" is enough.

Best wishes,
Rhiannon
Grain & Gather""")

    o, b = order("en-monogram", "en", "Monogrammed Cotton Bath Towel Set, 5 Pieces, Navy", tld="com", **CUSTOM)
    case("en-monogram-initials-helpdesk",
         "Helpdesk HTML with an unlinked inline logo (alt text): the seller needs the monogram initials and "
         "thread colour to make the order; '5 pieces', 'style 3' and a 3-letter limit are no phone numbers.",
         to=b, frm="Loomhouse Linens <help@loomhouselinens.com>", fmt="alt", day=12, time="15:40:02",
         tz="-0400", xmailer="Gorgias",
         logo=(logo_png("LOOMHOUSE"), "png", "lh-logo-77@loomhouselinens.com", "Loomhouse Linens"),
         subject=f"Your monogram details are missing - order {o}",
         text=f"""Hello,

Your towel set (5 pieces) from order {o} is a made-to-order item,
but the personalisation box on the order came through empty, so we can't
start stitching yet.

Could you reply with:
- the initials, up to 3 letters, in the order you want them (for example
  first - LAST - middle, as on a classic monogram)
- the thread colour: white, silver or gold

As soon as we have these we'll stitch the set; it takes 2-3 working days
before it leaves our workshop.

Warm regards,
Dana
Loomhouse Linens Customer Care""")

    o, b = order("en-photo", "en", "Custom Pet Portrait on Canvas, 30 x 40 cm", tld="com", **CUSTOM)
    case("en-photo-upload-via-messages",
         "Asks for the photo needed to paint a custom portrait and explains how to attach it in Buyer-Seller "
         "Messages; 'please don't send it by email or WhatsApp' names channels without offering any.",
         to=b, frm="Brushwork Pet Portraits <studio@brushworkpets.com>", day=12, tz="-0500",
         subject=f"Order {o}: we need the photo of your pet",
         text=f"""Hi,

Thank you for ordering a custom portrait (order {o}). To start
painting we need the photo you'd like us to work from.

The easiest way is to reply to this message and add the picture with the
paperclip icon at the bottom of the Amazon message window. JPG or PNG
both work; please send the original file rather than a screenshot, so the
details of the fur and eyes stay sharp. Please don't send it by email or
WhatsApp, we can only take it through Amazon's messaging.

If you'd like the background changed (plain colour instead of the garden,
say), add a line about it in the same reply.

Kind regards,
Marta
Brushwork Pet Portraits""")

    o, b = order("en-vat", "en", "Ergonomic Office Chair, Mesh Back, Black", tld="co.uk")
    case("en-vat-invoice-reply",
         "Reply to a business buyer asking for a VAT invoice with the company name, PDF attached; the VAT "
         "registration and company numbers are not phone numbers.",
         to=b, frm="Sitwell Office Supplies <accounts@sitwell-office.co.uk>", day=11, time="09:05:51", tz="+0100",
         reply="Hello, could you send a VAT invoice for this? It needs our company name, Fenwick Architects\n"
               "Ltd, and our VAT number GB 318 4402 71. Thanks, Priya",
         attribution="On 10 Jun 2026, at 17:22, Priya wrote:",
         attach=(pdf("VAT invoice SW-2026-0611", ["VAT INVOICE SW-2026-0611", f"Order {o}",
                                                 "Customer: Fenwick Architects Ltd, VAT GB 318 4402 71",
                                                 "Ergonomic Office Chair x1  GBP 179.00 (VAT 20% incl.)",
                                                 "Sitwell Office Supplies Ltd, VAT GB 276 5519 04"]),),
         subject=f"Re: VAT invoice for order {o}",
         text=f"""Hello Priya,

Of course. The VAT invoice for order {o} is attached as a PDF,
made out to Fenwick Architects Ltd with your VAT number GB 318 4402 71.

Our details are on it as well: Sitwell Office Supplies Ltd, VAT
registration GB 276 5519 04, registered in England, company number
08817342.

Kind regards,
Tom Whitfield
Accounts, Sitwell Office Supplies""")

    o, b = order("en-gst", "en", "Commercial Paper Shredder, Cross-Cut, 30 L", tld="ca")
    case("en-ca-purchase-order-invoice",
         "Reply to a buyer who needs the PO number and GST/HST on the invoice: corrected PDF attached; "
         "GST number, PO number and amounts are not phone numbers.",
         to=b, frm="Northline Office Depot <billing@northlineoffice.ca>", enc=B64, day=10, time="13:44:09",
         tz="-0400",
         reply="Our accounts team needs the invoice to show PO 4471-0932 and your GST number. Can you redo it?",
         attach=(pdf("Invoice NL-88231 rev1", ["INVOICE NL-88231 (revised)", f"Order {o}", "PO 4471-0932",
                                              "Paper Shredder 30 L  CAD 249.99  GST/HST 13% CAD 32.50",
                                              "GST/HST No. 81932 4471 RT0001"]),),
         subject=f"Re: Invoice for order {o} with PO number",
         text=f"""Hi,

No problem. I've reissued the invoice for order {o} with your
purchase order number PO 4471-0932 in the header; it's attached.

Our GST/HST registration number, 81932 4471 RT0001, is printed under the
totals (CAD 249.99 plus 13% HST, CAD 32.50). If your accounts team also
needs a ship-to address different from the bill-to address, reply with it
and I'll add it.

Regards,
Kevin Lam
Northline Office Depot - Billing""")

    o, b = order("en-customs", "en", "Merino Wool Throw Blanket, 130 x 180 cm, Heather Grey", tld="ie")
    case("en-ie-customs-reply",
         "Reply to an Irish buyer worried about import charges on a parcel sent from the UK, with the "
         "carrier's customs line next to the carrier's name: answering a question, allowed phone number.",
         to=b, frm="Highland Weavers <shop@highlandweavers.co.uk>", day=9, time="11:31:00", tz="+0100",
         reply="Will I have to pay customs or VAT when this arrives? It's coming from Scotland, right?",
         subject=f"Re: Customs charges on order {o}",
         text=f"""Hello,

Good question. Your blanket from order {o} is sent from our
mill in Scotland, but Amazon collected the Irish VAT and any import duty
at checkout (you'll see it as "Import Fees Deposit" in the order
summary), so there is nothing extra to pay on the doorstep.

If the courier ever asks you for a payment on this parcel, please don't
pay it; reply here instead and we'll sort it out with them.

An Post (the courier in Ireland), customs queries: 01 705 7600

Kind regards,
Fiona MacLeod
Highland Weavers""")

    o, b = order("en-recall", "en", "USB-C Fast Charger 65W, 2-Port, White", tld="com")
    case("en-safety-recall-notice",
         "Product safety recall of the charger bought: stop using it, how to get the free replacement from the "
         "manufacturer, the manufacturer's recall line on the same line as 'manufacturer'.",
         to=b, frm="VoltEdge Accessories <support@voltedge-accessories.com>", fmt="alt", day=13, tz="-0700",
         time="08:02:17",
         subject=f"Important safety notice about your charger (order {o})",
         text=f"""Hello,

We're contacting you about the 65W USB-C charger you bought with order
{o}. The manufacturer has announced a voluntary safety recall of
units with serial numbers starting VE65-24, because the casing can
overheat when two laptops charge at the same time.

Please check the serial number printed next to the prongs. If it starts
with VE65-24, stop using the charger and unplug it.

The manufacturer replaces affected units free of charge and pays the
postage for the old one. Manufacturer recall hotline: 1-844-865-3321
(Mon-Fri, 8am-6pm Pacific). Have your order number ready.

If your serial number starts with anything else, your charger is not
affected and you don't need to do anything.

VoltEdge Accessories""",
         html=f"""<p>Hello,</p>
<p>We're contacting you about the 65W USB-C charger you bought with order {o}. The manufacturer has
announced a voluntary safety recall of units with serial numbers starting <strong>VE65-24</strong>, because
the casing can overheat when two laptops charge at the same time.</p>
<p>Please check the serial number printed next to the prongs. If it starts with VE65-24, stop using the
charger and unplug it.</p>
<p>The manufacturer replaces affected units free of charge and pays the postage for the old one.
Manufacturer recall hotline: 1-844-865-3321 (Mon-Fri, 8am-6pm Pacific). Have your order number ready.</p>
<p>If your serial number starts with anything else, your charger is not affected and you don't need to do
anything.</p>
<p>VoltEdge Accessories</p>""")

    o, b = order("en-firmware", "en", "Wireless Earbuds ANC, Charging Case, Black", tld="co.uk")
    case("en-firmware-update-reply",
         "Reply to a buyer whose earbuds drop the connection: how to install the firmware update in the app; "
         "'update' and 'latest version' are not a review-update request nor a promotion.",
         to=b, frm="Sonance Audio <care@sonance-audio.co.uk>", day=10, time="16:18:33", tz="+0100", crlf=True,
         reply="The left earbud keeps disconnecting from my phone every few minutes. Is it faulty?",
         subject=f"Re: Left earbud disconnecting - order {o}",
         text=f"""Hi,

Sorry about the dropouts. This is fixed by firmware 2.1.5, released last
week, so before we swap anything please try the update:

1. Put both earbuds in the case and keep the lid open.
2. In the Sonance app, go to Settings > Device > Firmware and tap
   "Check for update".
3. Keep the phone next to the case until it says 2.1.5 (about 5 minutes).

If the left earbud still disconnects on the latest version, reply here
and we'll send a replacement under the warranty for order {o}.

Best,
Owen
Sonance Audio Support""")

    o, b = order("en-missing", "en", "Solid Wood Bunk Bed with Storage Drawers, White", tld="com")
    case("en-missing-part-which-bag",
         "Missing-part follow-up asking which fittings bag is missing so the right one can be sent: "
         "information needed to resolve a fulfilment issue; 'M6 x 50' and part numbers are no phone numbers.",
         to=b, frm="Cosy Nest Furniture <service@cosynestfurniture.com>", day=11, tz="-0500", enc=L1,
         subject=f"Missing fittings for your bunk bed - order {o}",
         text=f"""Hello,

Our warehouse team noticed that one of the fittings bags for the bunk
bed in order {o} may not have been packed, so we'd like to
get the right part to you before you start the assembly.

Could you check the bags in the box and tell us which letters you have?
They are labelled A to E. Bag C holds the 8 long bolts (M6 x 50) and
the 5 barrel nuts; if that one is missing, just reply "C".

We'll send the missing bag by tracked post as soon as we hear from you;
you don't need to return anything.

Thank you,
Cosy Nest Furniture""")

    o, b = order("en-missing2", "en", "Garden Storage Bench 2-Seater, Acacia Wood", tld="com.au")
    case("en-au-missing-part-reply-tracking",
         "Reply to 'the armrest screws were missing': the seller says the spare pack was posted and gives the "
         "tracking number and the carrier's line; a tracking number in a reply is not an order confirmation.",
         to=b, frm="Backyard Haven <hello@backyardhaven.com.au>", day=12, time="10:47:12", tz="+1000",
         reply="The screws for the armrests weren't in the box. Can you send them?",
         subject=f"Re: Screws missing - order {o}",
         text=f"""Hi Jess,

Sorry about that. We posted the armrest screw pack (4 x M8 bolts and
washers) this morning as a small parcel, separate from your order
{o}.

Australia Post tracking: 33XTR5019476
Australia Post customer contact centre: 13 76 78

It should arrive in 2-4 business days. You can assemble the rest of the
bench in the meantime; the armrests go on last.

Cheers,
Liam
Backyard Haven""")

    o, b = order("en-sofa", "en", "3-Seater Corner Sofa, Left Hand, Charcoal Fabric", tld="co.uk", **BULKY)
    case("en-uk-sofa-delivery-slot",
         "Scheduling the delivery of a bulky item: two-person crew, three slots to choose from, the carrier's "
         "own booking line on the line after the carrier's name.",
         to=b, frm="Hollins & Day Furniture <deliveries@hollinsandday.co.uk>", fmt="alt", day=13, time="14:20:00",
         tz="+0100", xmailer="Zendesk",
         logo=(logo_jpeg("HOLLINS & DAY"), "jpeg", "hd-logo@hollinsandday.co.uk", "Hollins & Day Furniture"),
         subject=f"Let's book the delivery of your sofa - order {o}",
         text=f"""Dear customer,

Your corner sofa from order {o} is ready to leave our warehouse.
Because it's a two-person delivery (the crew carries it to the room of
your choice), we need to agree a day with you first.

Which of these suits you?
- Wednesday 17 June, 8am-12pm
- Thursday 18 June, 12pm-5pm
- Saturday 20 June, 8am-1pm

Just reply with the slot. Please also let us know if there are narrow
stairs or a tight turn, as the longest section is 210 cm.

The crew is from Pallet Express; on the day they'll phone 30 minutes
before arrival. Pallet Express delivery desk:
0330 088 4512

Kind regards,
Deliveries team
Hollins & Day Furniture""")

    o, b = order("en-wardrobe", "en", "Double Wardrobe with Mirror, 2 Doors, Oak Effect", tld="ca", **BULKY)
    case("en-ca-wardrobe-delivery-window",
         "Heavy-item delivery scheduling on amazon.ca: asks for a delivery window and access details; the "
         "freight carrier's number sits with the carrier's name.",
         to=b, frm="Maple Home Furnishings <orders@maplehome.ca>", day=12, tz="-0400", enc=B64,
         subject=f"Delivery appointment for your wardrobe - order {o}",
         text=f"""Hello,

We're arranging freight delivery for the wardrobe in order {o}
(2 boxes, 68 kg in total). The freight carrier only delivers by
appointment, so could you reply with:

1. a weekday that works for you next week (Monday to Friday);
2. morning (8-12) or afternoon (12-5);
3. whether there's an elevator or stairs, and which floor.

We'll pass this on to Day & Ross, who will confirm the exact window the
evening before. Day & Ross freight customer service: 1-866-329-7677.

Thanks,
Chantal
Maple Home Furnishings""")

    o, b = order("en-warranty", "en", "Stand Mixer 5.5 Qt, Tilt-Head, Stainless Steel", tld="com")
    case("en-warranty-registration-reply",
         "Reply to 'how do I register the 5-year warranty?': steps on the warranty card and the manufacturer's "
         "warranty line; '5-year', '5.5 Qt' and the serial number are not marketing nor phone numbers.",
         to=b, frm="Kitchen Corner Supply <support@kitchencornersupply.com>", fmt="html", day=9, tz="-0500",
         reply="Do I need to register the 5-year warranty somewhere? I threw away the box already.",
         attribution="On Tue, Jun 9, 2026 at 8:14 AM <" + b + "> wrote:",
         subject=f"Re: Warranty registration for order {o}",
         text="",
         html=f"""<p>Hi Sam,</p>
<p>No need to keep the box. The 5-year warranty on your stand mixer (order {o}) runs from the
delivery date on your Amazon order, so registering is optional, but it does make a claim quicker.</p>
<p>To register:</p>
<ol>
<li>Find the serial number on the silver plate under the base (it starts with SM55-).</li>
<li>Fill in the warranty card from the manual with that number and the delivery date.</li>
<li>Post the card to the manufacturer, or register by phone on the manufacturer's warranty line:
1-800-541-6390.</li>
</ol>
<p>Keep your Amazon order page as proof of purchase: <a href="https://www.amazon.com/gp/css/order-history">Your
Orders on Amazon</a>.</p>
<p>Best regards,<br>
Nina<br>
Kitchen Corner Supply</p>""")

    o, b = order("en-oos", "en", "Linen Tablecloth 150 x 250 cm, Sage", tld="com", **OOS)
    case("en-sold-out-refunded-nothing-to-do",
         "Sold out: the full amount was refunded with the no-inventory reason, and the buyer has nothing to do "
         "(no request to cancel); 'refund', 'cancel' and 'sorry' together, still permitted.",
         to=b, frm="Table & Thread <orders@tableandthread.com>", day=13, tz="-0400",
         subject=f"Your order {o} - item sold out, full refund issued",
         text=f"""Hello,

We're sorry: the sage linen tablecloth in your order {o} sold
out before we could dispatch it. The last piece in stock failed our
quality check (a flaw in the weave), and the next batch is months away.

We have refunded the full order amount, USD 54.00, in Seller Central
with the reason "no inventory". There's nothing to do on your side: you
don't need to cancel anything, and the refund will show on your payment
method within 3-5 business days.

Again, our apologies for the disappointment.

Table & Thread""")

    o, b = order("en-oos2", "en", "Bamboo Bath Mat, Non-Slip, Natural", tld="com.au", **OOS)
    case("en-au-could-not-ship-refunded-html",
         "HTML stock-out notice on amazon.com.au: could not ship, order amount adjusted in full with the "
         "reason, the Amazon order page linked with descriptive text.",
         to=b, frm="Pure Bath Co <care@purebathco.com.au>", fmt="html", day=13, tz="+1000", enc=B64,
         subject=f"We couldn't ship order {o} - refunded in full",
         text="",
         html=f"""<p>Hi,</p>
<p>Unfortunately we can't ship the bamboo bath mat from your order {o}: our supplier's last
delivery was damaged by water in transit, and we have no other stock.</p>
<p>We've adjusted the full order amount (AUD 39.95) with the reason "could not ship", so the refund is
already on its way to you. You don't have to do anything else; Amazon will show the refund on the order.</p>
<p>You can check the refund here: <a href="https://www.amazon.com.au/gp/css/order-history">your order
history on Amazon</a>.</p>
<p>Sorry for the inconvenience,<br>
Pure Bath Co</p>""")

    o, b = order("en-retlabel", "en", "Air Fryer 5.5 L, Digital, Black", tld="co.uk")
    case("en-return-label-reply",
         "Reply to a buyer asking how to send back a faulty air fryer: the prepaid label is attached and the "
         "steps explained; a reply, so return.unnecessary does not apply, and the label is a needed attachment.",
         to=b, frm="Crispwell Appliances <returns@crispwell.co.uk>", day=10, tz="+0100", time="12:03:45",
         reply="The fan makes a grinding noise after 5 minutes. How do I send it back?",
         attach=(pdf("Return label RL-55120", ["PREPAID RETURN LABEL", "Royal Mail Tracked 48",
                                              "To: Crispwell Returns, Unit 5, Kingsway Park, Derby DE1 3QH",
                                              f"Ref: {o}"]),),
         subject=f"Re: Returning my air fryer - order {o}",
         text=f"""Hello,

Sorry to hear about the noise. We've created a prepaid Royal Mail
return label for order {o}; it's attached as a PDF, and the
same label is also in your Amazon account under Your Orders > Return or
replace items.

1. Pack the air fryer with the basket and the power lead.
2. Print the label and tape it over any old labels on the box.
3. Drop it at any Post Office or Royal Mail parcel locker.

As soon as it's back with us, the refund goes through Amazon.

Kind regards,
Crispwell Returns Team""")

    o, b = order("en-gift", "en", "Silver Locket Necklace, Engravable, 45 cm Chain", tld="com", **CUSTOM)
    case("en-gift-message-confirmation-reply",
         "Reply confirming the buyer's gift message and that no prices will be in the parcel; 'gift', 'card', "
         "'happy birthday' and a free gift box are not a gift-card incentive or a promotion.",
         to=b, frm="Silverleaf Jewellery <studio@silverleafjewellery.com>", day=12, tz="-0400", enc=L1,
         reply="It's a present for my grandmother. Can you include a card saying \"Happy 80th birthday Nana, "
               "love from Ella\" and leave out the receipt?",
         subject=f"Re: Gift message for order {o}",
         text=f"""Hi Ella,

Yes, we can. For order {o} we'll handwrite this on a plain
cream card and put it on top of the box:

  "Happy 80th birthday Nana, love from Ella"

There will be no receipt or price in the parcel; the packing slip only
lists the item. The locket already comes in our standard gift box at no
extra cost, so you don't need to add anything.

If you'd like the wording changed, reply before Monday noon, when the
order is packed.

Best wishes,
Grace
Silverleaf Jewellery""")

    o, b = order("en-discount", "en", "Cast Iron Skillet 12 Inch, Pre-Seasoned", tld="com")
    case("en-reply-discount-code-declined",
         "Reply to a buyer asking for a discount code on a second skillet: the seller says it offers no codes "
         "or discounts by message and answers the actual care question; no promotion is made.",
         to=b, frm="Forge & Flame Cookware <help@forgeandflame.com>", day=11, tz="-0500", time="17:09:26",
         reply="Love it so far. Do you have a discount code if I buy a second one for my son? Also, is it ok to "
               "use soap on it?",
         subject=f"Re: Question about my skillet (order {o})",
         text=f"""Hi Rob,

Glad the skillet from order {o} is working out. We're not able
to offer discount codes or special prices through Amazon messages, so
the price shown on Amazon is the one that applies.

On the soap: yes, a little mild dish soap is fine on a seasoned pan.
Just avoid soaking it, dry it straight away on the hob, and wipe a thin
film of oil over the inside while it's still warm.

All the best,
Forge & Flame Cookware""")

    o, b = order("en-reviewq", "en", "Kids' Waterproof Rain Boots, Size 5, Yellow", tld="co.uk")
    case("en-reply-review-question",
         "Reply to 'will I get anything for a review / can I add photos?': the seller says reviews are up to "
         "the buyer, nothing is offered, and explains where reviews are written; no request, no incentive.",
         to=b, frm="Puddle Jumpers UK <shop@puddlejumpers.co.uk>", day=12, tz="+0100", enc=B64,
         reply="My daughter loves them! Some sellers give a voucher for a review, do you? And can I add photos "
               "to a review?",
         subject=f"Re: Rain boots size 5 - order {o}",
         text=f"""Hello,

That's lovely to hear, thank you. We don't give vouchers or anything
else for reviews; Amazon doesn't allow it, and whether you write one is
entirely up to you.

If you do decide to, you can add photos: open Your Orders, find order
{o}, choose "Write a product review" and use the camera icon.

On sizing, for when she grows: our size 5 fits feet up to 14 cm, and a
size 6 goes up to 14.8 cm.

Kind regards,
Puddle Jumpers UK""")

    o, b = order("en-newsletter", "en", "Stoneware Mug Set of 4, Speckled Blue", tld="ca")
    case("en-reply-newsletter-restock",
         "Reply to a buyer asking for a newsletter about a restock of the colour they wanted: the seller says "
         "it has none and points to the Amazon product page (https, descriptive link text).",
         to=b, frm="Clay & Kiln Studio <hello@clayandkiln.ca>", fmt="alt", day=12, tz="-0400",
         reply="Are you going to make these in green again? Do you have a newsletter or mailing list I can join "
               "so I hear about it?",
         subject=f"Re: Green mugs? (order {o})",
         text=f"""Hi Anne,

We don't run a newsletter or mailing list, so there's nothing to sign up
for. The green glaze is planned again for the autumn firing; when it's
back it will be on the same Amazon listing as your blue set from order
{o}, as a colour option:

Mug Set of 4 on Amazon: https://www.amazon.ca/dp/B0C7KQ2M4R

Best,
Hana
Clay & Kiln Studio""",
         html=f"""<p>Hi Anne,</p>
<p>We don't run a newsletter or mailing list, so there's nothing to sign up for. The green glaze is planned
again for the autumn firing; when it's back it will be on the same Amazon listing as your blue set from order
{o}, as a colour option: <a href="https://www.amazon.ca/dp/B0C7KQ2M4R">the Mug Set of 4 page on
Amazon</a>.</p>
<p>Best,<br>
Hana<br>
Clay &amp; Kiln Studio</p>""")

    o, b = order("en-website", "en", "Beard Trimmer Pro, Cordless, 5 Guide Combs", tld="in")
    case("en-in-reply-website-question",
         "Reply on amazon.in to 'do you have a website where I can buy spare blades?': the seller says it sells "
         "only on Amazon and gives the spare part's ASIN; answering the question, no promotion, no link.",
         to=b, frm="Groomline India <care@groomline.in>", day=10, tz="+0530", time="19:22:10",
         reply="Do you have your own website? I want to buy a spare blade for this trimmer.",
         subject=f"Re: Spare blade for trimmer (order {o})",
         text=f"""Hello,

We only sell on Amazon, so there's no separate website to order from.
The replacement blade that fits your trimmer from order {o} is
the "Groomline Pro replacement blade", ASIN B0D2XWQ95T; searching that
code on Amazon brings it up.

The 5 guide combs that came with the trimmer fit the new blade as well.
To change it, push the old blade up with your thumb until it clicks off.

Regards,
Groomline India""")

    o, b = order("en-review5", "en", "Ceramic Kitchen Knife Set, 5 Pieces, with Block", tld="com")
    case("en-review-request-fives",
         "A single neutral review request with '5 pieces', 'No. 5' and a '5-year warranty' around it; no "
         "stars, no condition, no benefit; https Amazon link with descriptive text.",
         to=b, frm="Keenblade Kitchen <team@keenbladekitchen.com>", fmt="html", day=13, tz="-0400", enc=B64,
         subject=f"How are the knives working out? (order {o})",
         text="",
         html=f"""<p>Hello,</p>
<p>Your 5-piece ceramic knife set (order {o}) arrived last week. Two tips for a long life: use the
No. 5 bread knife with a gentle sawing motion rather than pressing down, and keep the blades off
frozen food and bones. Ceramic is hard but brittle.</p>
<p>Chips from normal use are covered by the 5-year warranty; just reply here if that ever happens.</p>
<p>When you've had a chance to use them, we'd appreciate an honest review of the set on Amazon. Good or bad,
it helps other cooks decide: <a href="https://www.amazon.com/review/create-review?asin=B0BX7LMK2S">write a
review of the knife set</a>.</p>
<p>Thanks,<br>
Keenblade Kitchen</p>""")

    o, b = order("en-delay", "en", "Handmade Rattan Pendant Lamp, 45 cm", tld="ie", **CUSTOM)
    case("en-ie-dispatch-delay",
         "Delay beyond the advertised handling time, with the new date; no request to cancel, no confirmation "
         "of dispatch; 'update' and 'free' are used in passing.",
         to=b, frm="Wicker Light Co <orders@wickerlight.ie>", day=13, tz="+0100",
         subject=f"Update on your pendant lamp - order {o}",
         text=f"""Hello,

A quick update on order {o}: your rattan pendant lamp is woven
by hand, and our weaver has been off sick this week, so it will be
dispatched on 24 June instead of 17 June.

The lamp is otherwise ready; only the final shade is missing. We'll send
it by tracked courier, free as before, and Amazon will let you know once
it is on its way.

Apologies for the wait,
Aoife
Wicker Light Co""")

    o, b = order("en-proof", "en", "Custom Wedding Sign, Acrylic, 60 x 40 cm", tld="com", **CUSTOM)
    case("en-custom-sign-proof-png",
         "Verifying a custom design: the proof is attached as a PNG (a permitted attachment) and the buyer is "
         "asked to approve or correct it; the proof is a design, not a photo of a delivered product.",
         to=b, frm="Etchwell Signs <design@etchwellsigns.com>", day=12, tz="-0600", time="11:55:00",
         attach=((banner_png("Welcome to the wedding of Amy & Jordan - 20.06.2026", 460, 300), "image", "png",
                  "design-proof-v1.png"),),
         subject=f"Design proof for your wedding sign - order {o}",
         text=f"""Hi Amy,

Your design proof for order {o} is attached (design-proof-v1.png).

Please check the names, the date (20.06.2026) and the spelling of
"Welcome". Reply "approved" and we'll cut the acrylic tomorrow, or tell us
what to change and we'll send a second proof. We can't start production
until we have your approval.

Best,
Jordan
Etchwell Signs - design team""")

    o, b = order("en-address", "en", "Electric Standing Desk Frame, Dual Motor", tld="sg", **OOS)
    case("en-sg-address-unit-number",
         "Requesting information needed to deliver: the unit number is missing from the address; the courier's "
         "hotline stands next to the courier's name; postal code and block number are no phone numbers.",
         to=b, frm="Deskcraft SG <service@deskcraft.sg>", day=14, tz="+0800", enc=B64,
         subject=f"Unit number needed for delivery of order {o}",
         text=f"""Hello,

We're about to hand your desk frame from order {o} to the
courier, but the delivery address has no unit number (Blk 512, Bukit
Batok Street 52, Singapore 650512).

Could you reply with the unit number, for example #08-214? The parcel is
32 kg, so the courier needs it to bring it to your door rather than
leave it at the void deck.

Our courier is Ninja Van. Ninja Van customer service: 6602 8271 (if you'd
rather give them the unit number directly).

Thank you,
Deskcraft SG""")


# --------------------------------------------------------------------------------------------
# German (amazon.de, .at)
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = order("de-gravur", "de", "Taschenmesser mit Gravur, Olivenholz, 9 Funktionen", **CUSTOM)
    case("de-gravur-freigabe-helpdesk",
         "Helpdesk-HTML mit nicht verlinktem Logo: Freigabe eines personalisierten Auftrags (Gravurtext prüfen); "
         "'kostenlos' betrifft die Korrektur, keine Werbung.",
         to=b, frm="Klingenwerk Solingen <service@klingenwerk-solingen.de>", fmt="alt", lang="de", enc=L1,
         day=12, time="08:47:19", xmailer="Freshdesk",
         logo=(logo_png("KLINGENWERK"), "png", "kw-logo@klingenwerk-solingen.de", "Klingenwerk Solingen"),
         subject=f"Bitte Gravurtext prüfen – Bestellung {o}",
         text=f"""Guten Tag,

bevor wir Ihr Taschenmesser aus der Bestellung {o} gravieren,
möchten wir den Text noch einmal mit Ihnen abgleichen. So haben wir ihn
aus Ihrer Bestellung übernommen:

  Für Papa – 65 Jahre – 14.06.2026

Die Gravur kommt auf die Klingenseite, in Großbuchstaben ist leider
nicht möglich (zu wenig Platz). Wenn etwas nicht stimmt, antworten Sie
bitte einfach mit dem korrigierten Text; die Änderung ist natürlich
kostenlos. Wenn alles passt, genügt ein kurzes „Ja, passt“.

Danach geht das Messer innerhalb von zwei Werktagen in den Versand.

Freundliche Grüße
Jonas Wirth
Klingenwerk Solingen""")

    o, b = order("de-rechnung", "de", "Laserdrucker S/W, Duplex, WLAN")
    case("de-firmenrechnung-ustid-antwort",
         "Antwort auf die Bitte um eine Rechnung mit Firmenanschrift und USt-IdNr., PDF im Anhang; USt-IdNr., "
         "HRB und Steuernummer sind keine Telefonnummern.",
         to=b, frm="Bürotechnik Hansen GmbH <rechnung@buerotechnik-hansen.de>", enc=B64, day=8, time="10:31:40",
         reply="Guten Tag, bitte stellen Sie die Rechnung auf Schreinerei Albrecht GmbH, Lindenweg 4, 79312 "
               "Emmendingen aus, USt-IdNr. DE 287 441 906. Danke!",
         attribution="Am 07.06.2026 um 18:02 schrieb Käufer:",
         attach=(pdf("Rechnung RE-2026-04418", ["RECHNUNG RE-2026-04418", f"Bestellung {o}",
                                               "Schreinerei Albrecht GmbH, Lindenweg 4, 79312 Emmendingen",
                                               "USt-IdNr. Kunde: DE287441906",
                                               "Laserdrucker S/W  EUR 189,00 inkl. 19 % USt"]),),
         subject=f"AW: Rechnung für Bestellung {o}",
         text=f"""Guten Tag Herr Albrecht,

anbei die Rechnung RE-2026-04418 zu Ihrer Bestellung {o},
ausgestellt auf die Schreinerei Albrecht GmbH mit Ihrer USt-IdNr.
DE 287 441 906.

Unsere Angaben stehen in der Fußzeile der Rechnung: Bürotechnik Hansen
GmbH, Amtsgericht Kiel HRB 21877, USt-IdNr. DE 312 905 447.

Mit freundlichen Grüßen
Petra Hansen
Buchhaltung""")

    o, b = order("de-spedition", "de", "Boxspringbett 180x200 cm, anthrazit", **BULKY)
    case("de-speditionstermin-boxspringbett",
         "Terminabsprache für die Lieferung eines sperrigen Artikels; die Nummer der Spedition steht in derselben "
         "Zeile wie 'Spedition'; Maße und Gewicht sind keine Telefonnummern.",
         to=b, frm="Schlafgut Möbel <lieferung@schlafgut-moebel.de>", enc=L15, day=12, time="13:05:00", crlf=True,
         subject=f"Liefertermin für Ihr Boxspringbett – Bestellung {o}",
         text=f"""Hallo,

Ihr Boxspringbett aus der Bestellung {o} wird per Spedition
geliefert (3 Pakete, zusammen 118 kg, Lieferung bis in die Wohnung).
Dafür brauchen wir einen Termin mit Ihnen.

Bitte antworten Sie uns mit zwei Wunschtagen in der Woche vom 22. Juni
und sagen Sie uns, ob es einen Aufzug gibt und in welchem Stock Sie
wohnen.

Die Spedition Rhenus Home Delivery ruft Sie am Vortag an und nennt ein
Zeitfenster von zwei Stunden. Dispo der Spedition: 0203 3969 4410

Viele Grüße
Ihr Team von Schlafgut Möbel""")

    o, b = order("de-bewertung", "de", "Edelstahl-Topfset 5-teilig, induktionsgeeignet")
    case("de-bewertung-fuenfteilig",
         "Einzige, neutrale Bitte um eine Bewertung, umgeben von 'fünfteilig', '5 Jahre Garantie' und "
         "'Stufe 5': keine Sterne, keine Bedingung, keine Gegenleistung.",
         to=b, frm="Kochhaus Weber <info@kochhaus-weber.de>", fmt="html", lang="de", enc=B64, day=13,
         subject=f"Ihr Topfset – zwei Tipps (Bestellung {o})",
         text="",
         html=f"""<p>Guten Tag,</p>
<p>Ihr 5-teiliges Topfset aus der Bestellung {o} ist seit einigen Tagen bei Ihnen. Zwei Hinweise aus
unserer Erfahrung:</p>
<ul>
<li>Auf dem Induktionsfeld reicht meist Stufe 5 von 9 zum Anbraten; höhere Stufen lassen Öl schnell
verbrennen.</li>
<li>Weiße Kalkflecken am Boden lösen sich mit etwas Essigwasser.</li>
</ul>
<p>Auf die Töpfe gibt es 5 Jahre Garantie; falls etwas ist, antworten Sie einfach auf diese Nachricht.</p>
<p>Wenn Sie das Set eine Weile benutzt haben, würden wir uns über eine ehrliche Bewertung auf Amazon freuen
– sie hilft anderen Kundinnen und Kunden bei der Auswahl:
<a href="https://www.amazon.de/review/create-review?asin=B0CKP41ZQ8">Topfset auf Amazon bewerten</a>.</p>
<p>Viele Grüße<br>
Kochhaus Weber</p>""")

    o, b = order("de-retoure", "de", "Trinkgläser-Set, 6 Stück, mundgeblasen", tld="at")
    case("de-at-retoure-welche-teile",
         "Rücksendung: der Verkäufer fragt, welche Gläser beschädigt sind, um das passende Rücksendeetikett "
         "über Amazon bereitzustellen; eine nötige Information, also erlaubt.",
         to=b, frm="Glasmanufaktur Berger <kundendienst@glas-berger.at>", enc=L1, day=11, lang="de",
         subject=f"Ihre Rücksendung zu Bestellung {o} – eine kurze Frage",
         text=f"""Grüß Gott,

Sie haben für die Gläser aus Ihrer Bestellung {o} eine
Rücksendung angemeldet, Grund „beschädigt angekommen“.

Damit wir das richtige Rücksendeetikett über Amazon erstellen können: Sind
alle 6 Gläser beschädigt oder nur einzelne? Wenn nur einzelne, schreiben Sie
uns bitte, wie viele. Die heilen Gläser können Sie dann behalten, und wir
schicken Ihnen passenden Ersatz.

Danke und freundliche Grüße
Martina Berger
Glasmanufaktur Berger""")


# --------------------------------------------------------------------------------------------
# French (amazon.fr, .com.be)
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("fr-photo", "fr", "Coussin personnalisé avec photo, 40 x 40 cm", **CUSTOM)
    case("fr-photo-coussin-messagerie",
         "Commande personnalisée : le vendeur a besoin de la photo à imprimer et explique comment la joindre via "
         "la messagerie Amazon ; « gratuit » concerne un recadrage, pas une promotion.",
         to=b, frm="Atelier Doudou Déco <contact@doudoudeco.fr>", enc=L15, day=12, time="09:58:30",
         subject=f"Commande {o} : photo à nous envoyer pour votre coussin",
         text=f"""Bonjour,

Merci pour votre commande {o}. Pour imprimer votre coussin, il
nous manque encore la photo.

Vous pouvez simplement répondre à ce message et joindre l'image avec le
trombone, en bas de la fenêtre de la messagerie Amazon. Un fichier JPG
d'au moins 1 Mo donne le meilleur résultat ; évitez les captures d'écran.

Si la photo doit être recadrée (par exemple pour centrer un visage),
dites-le-nous dans la même réponse : c'est gratuit et nous vous
renverrons un aperçu avant l'impression.

Bien cordialement,
Claire, Atelier Doudou Déco""")

    o, b = order("fr-rappel", "fr", "Bouilloire électrique 1,7 L, inox brossé")
    case("fr-rappel-securite-fabricant",
         "Rappel de sécurité du produit acheté : cesser de l'utiliser, remplacement gratuit par le fabricant, "
         "numéro du service rappel du fabricant sur la même ligne que « fabricant ».",
         to=b, frm="Maison Calorie <service@maison-calorie.fr>", fmt="alt", lang="fr", enc=B64, day=13,
         subject=f"Important : rappel de sécurité de votre bouilloire (commande {o})",
         text=f"""Bonjour,

Nous vous écrivons au sujet de la bouilloire achetée avec la commande
{o}. Le fabricant procède à un rappel de sécurité des bouilloires
dont le numéro de lot commence par 24B : la poignée peut se desserrer
avec le temps.

Vérifiez le numéro de lot sous le socle. S'il commence par 24B, cessez
d'utiliser la bouilloire. Le fabricant la remplace gratuitement, frais de
port compris.

Service rappel du fabricant : 09 70 82 41 63 (du lundi au vendredi,
9 h – 18 h), en indiquant le numéro de lot.

Si votre numéro de lot commence par autre chose, votre bouilloire n'est
pas concernée et vous n'avez rien à faire.

Maison Calorie""")

    o, b = order("fr-facture", "fr", "Fauteuil de bureau ergonomique, dossier filet", tld="com.be")
    case("fr-be-facture-tva-reponse",
         "Réponse à une demande de facture avec TVA pour une société belge, PDF joint ; numéros de TVA et "
         "d'entreprise ne sont pas des numéros de téléphone.",
         to=b, frm="Bureau Confort <facturation@bureauconfort.be>", enc=L1, day=9, time="15:12:03",
         reply="Bonjour, pouvez-vous m'envoyer une facture au nom de Lemaire & Fils SPRL, TVA BE 0456.789.123 ?",
         attach=(pdf("Facture F-2026-1187", ["FACTURE F-2026-1187", f"Commande {o}",
                                            "Client : Lemaire & Fils SPRL, TVA BE0456789123",
                                            "Fauteuil de bureau  EUR 219,00 TVAC (21 %)"]),),
         subject=f"RE: Facture pour la commande {o}",
         text=f"""Bonjour Monsieur Lemaire,

Vous trouverez en pièce jointe la facture F-2026-1187 pour la commande
{o}, établie au nom de Lemaire & Fils SPRL avec votre numéro de
TVA BE 0456.789.123.

Nos coordonnées figurent en bas de la facture : Bureau Confort SRL,
numéro d'entreprise 0712.345.806.

Cordialement,
Sophie Delvaux
Service facturation""")

    o, b = order("fr-piece", "fr", "Table basse relevable, chêne clair et noir")
    case("fr-piece-manquante-reponse-question",
         "Réponse à « il manque un pied » : le vendeur envoie la pièce et demande la finition pour envoyer la "
         "bonne ; référence de pièce et dimensions ne sont pas des numéros de téléphone.",
         to=b, frm="Meubles Lucie <sav@meubles-lucie.fr>", day=11, time="17:40:12",
         reply="Bonjour, il manque un des quatre pieds dans le carton. Comment faire ?",
         subject=f"RE: Pied manquant – commande {o}",
         text=f"""Bonjour,

Toutes nos excuses pour ce pied manquant sur la commande {o}.
Nous vous l'envoyons sans frais, inutile de nous retourner quoi que ce
soit.

Pour être sûrs d'envoyer la bonne pièce, pouvez-vous nous confirmer la
finition des autres pieds : noir mat ou chêne clair ? La référence est
gravée sous le pied (PT-45 ou PT-45N).

Dès votre réponse, la pièce part en Colissimo.

Bien à vous,
Lucie – Meubles Lucie""")


# --------------------------------------------------------------------------------------------
# Spanish (amazon.es, .com.mx)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("es-aduana", "es", "Cafetera espresso manual de palanca, acero", tld="com.mx")
    case("es-mx-aduana-respuesta",
         "Respuesta a un comprador mexicano sobre impuestos de importación de un envío desde EE. UU.; el "
         "teléfono es el de la paquetería, en la misma línea que su nombre.",
         to=b, frm="Barista Tools Co <soporte@baristatools.com>", enc=B64, day=9, tz="-0600", time="12:12:12",
         reply="Hola, ¿voy a tener que pagar impuestos de importación cuando llegue la cafetera?",
         subject=f"RE: Impuestos de importación – pedido {o}",
         text=f"""Hola, Andrés:

No tendrá que pagar nada al recibirla. Su cafetera del pedido
{o} se envía desde nuestro almacén en Texas, pero Amazon ya cobró
los impuestos y derechos de importación al hacer el pedido (aparecen como
"Depósito de impuestos de importación" en el resumen).

Si el repartidor le pidiera algún pago, no lo haga y escríbanos por aquí.
Atención a clientes de DHL Express (paquetería): 55 5345 7000.

Saludos cordiales,
Laura
Barista Tools Co""")

    o, b = order("es-agotado", "es", "Juego de sábanas de lino 150, color arena", **OOS)
    case("es-agotado-reembolso-completo",
         "Agotado: reembolso completo del pedido con el motivo «sin existencias», y el comprador no tiene que "
         "hacer nada ni cancelar el pedido.",
         to=b, frm="Lino y Algodón <pedidos@linoyalgodon.es>", enc=L1, day=13, time="09:20:44",
         subject=f"Pedido {o}: artículo agotado, le hemos devuelto el importe",
         text=f"""Hola:

Sentimos comunicarle que el juego de sábanas de lino color arena de su
pedido {o} se ha agotado: la última unidad tenía una mancha de
tinte y no podemos enviarla.

Hemos reembolsado el importe completo del pedido (79,90 €) con el motivo
«sin existencias». No tiene que hacer nada: no hace falta que cancele el
pedido ni que nos escriba. El reembolso aparecerá en su método de pago en
3 a 5 días hábiles.

Disculpe las molestias.

Un saludo,
Lino y Algodón""")

    o, b = order("es-sofa", "es", "Sofá cama 3 plazas, tela gris perla", **BULKY)
    case("es-cita-entrega-sofa-cama",
         "Cita para la entrega de un artículo voluminoso: el vendedor propone franjas horarias; el teléfono es "
         "el de la agencia de transporte, en la misma línea.",
         to=b, frm="Muebles Solana <entregas@mueblessolana.es>", fmt="alt", lang="es", enc=LAT1, day=12,
         logo=(logo_jpeg("MUEBLES SOLANA"), "jpeg", "ms-logo@mueblessolana.es", "Muebles Solana"),
         subject=f"Entrega de su sofá cama – pedido {o}",
         text=f"""Hola:

Su sofá cama del pedido {o} ya está listo. Como pesa 74 kg, lo
entrega una agencia de transporte con dos operarios y necesitamos
acordar una cita.

¿Cuál de estas franjas le viene mejor?
- martes 16 de junio, de 9:00 a 14:00
- jueves 18 de junio, de 15:00 a 20:00

Respóndanos con la franja elegida y, si es posible, el piso y si hay
ascensor. Agencia de transporte (Tipsa): 902 10 10 47

Un saludo,
Muebles Solana""")

    o, b = order("es-descuento", "es", "Mochila de senderismo 30 L, impermeable")
    case("es-respuesta-descuento-por-opinion",
         "Respuesta a un comprador que pide un descuento a cambio de una opinión: el vendedor lo rechaza y dice "
         "que la opinión es libre; no pide ninguna opinión ni ofrece nada.",
         to=b, frm="Ruta Norte Outdoor <hola@rutanorte.es>", day=11, time="18:02:30", crlf=True,
         reply="Si os dejo una opinión de 5 estrellas, ¿me hacéis un descuento en la próxima compra?",
         attribution="El 10 jun 2026, a las 21:14, Comprador escribió:",
         subject=f"RE: Pregunta sobre el pedido {o}",
         text=f"""Hola, Marta:

Gracias por escribirnos. No podemos ofrecer descuentos ni ninguna otra
cosa a cambio de una opinión; Amazon no lo permite y, además, queremos
que cada opinión sea libre. Escribirla o no es decisión suya.

Si tiene cualquier duda con la mochila del pedido {o} (el
ajuste de las correas, la funda de lluvia), estaremos encantados de
ayudarla.

Un saludo,
Ruta Norte Outdoor""")


# --------------------------------------------------------------------------------------------
# Italian (amazon.it)
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("it-garanzia", "it", "Robot aspirapolvere con mappatura laser")
    case("it-registrazione-garanzia-risposta",
         "Risposta su come registrare la garanzia di 5 anni, con il numero dell'assistenza del produttore sulla "
         "stessa riga di 'produttore'.",
         to=b, frm="Casa Smart Italia <assistenza@casasmartitalia.it>", enc=L15, day=10, time="11:11:11",
         reply="Buongiorno, come registro la garanzia di 5 anni? Nella scatola c'è solo un foglietto.",
         subject=f"R: Registrazione garanzia – ordine {o}",
         text=f"""Buongiorno,

la garanzia di 5 anni del robot (ordine {o}) si attiva
registrando il prodotto nell'app del produttore: Profilo > I miei
dispositivi > Registra garanzia, inserendo il numero di serie che trova
sotto il contenitore della polvere (inizia con RV5-).

Se preferisce farlo per telefono, assistenza del produttore: 02 8734 1190
(lun-ven, 9-18).

Conservi la pagina dell'ordine su Amazon come prova d'acquisto.

Cordiali saluti,
Giulia Ferri
Casa Smart Italia""")

    o, b = order("it-regalo", "it", "Orologio da polso in legno di noce, cinturino in pelle", **CUSTOM)
    case("it-biglietto-regalo-risposta",
         "Risposta che conferma il biglietto d'auguri chiesto dall'acquirente e l'assenza di prezzi nel pacco; "
         "'regalo', 'biglietto', 'gratuita' non sono né buono regalo né promozione.",
         to=b, frm="Legnoso Orologi <ordini@legnoso.it>", enc=B64, day=12, fmt="alt", lang="it",
         reply="È un regalo per mio marito, potete aggiungere un biglietto con scritto \"Buon anniversario, "
               "10 anni insieme\"?",
         subject=f"R: Biglietto per l'ordine {o}",
         text=f"""Gentile cliente,

certo: per l'ordine {o} inseriremo un biglietto scritto a mano
con il testo

  «Buon anniversario, 10 anni insieme»

Nel pacco non ci saranno prezzi né scontrino, e l'orologio viaggia nella
sua scatola di legno, inclusa nel prezzo. Se desidera cambiare il testo,
ci risponda entro domani alle 12, quando prepariamo la spedizione.

Un cordiale saluto,
Legnoso Orologi""")

    o, b = order("it-incisione", "it", "Portachiavi in acciaio inciso, cuore", **CUSTOM)
    case("it-incisione-conferma-testo",
         "Verifica di un design personalizzato: il testo dell'incisione supera i caratteri disponibili e il "
         "venditore chiede come accorciarlo.",
         to=b, frm="Incisioni Bellini <laboratorio@incisionibellini.it>", day=12, time="16:30:00",
         subject=f"Ordine {o}: testo dell'incisione troppo lungo",
         text=f"""Buongiorno,

abbiamo ricevuto il testo per il portachiavi dell'ordine {o}:

  «A Luca, per sempre il mio primo pensiero del mattino»

Purtroppo sul cuore ci stanno al massimo 25 caratteri per riga, su due
righe. Ci può indicare come preferisce accorciarlo? Per esempio:

  «A Luca, per sempre»
  «il mio primo pensiero»

Appena riceviamo la sua risposta procediamo con l'incisione.

Grazie,
Incisioni Bellini""")


# --------------------------------------------------------------------------------------------
# Japanese (amazon.co.jp)
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("ja-nairei", "ja", "名入れ 木製ボールペン 桜材", **CUSTOM)
    case("ja-nairei-kakunin",
         "名入れ商品の彫刻内容の確認（カスタムデザインの確認）：修正は無料と書かれているが販促ではない。",
         to=b, frm="木工房ひなた <shop@kobo-hinata.jp>", enc=JIS, day=12, time="10:05:00", tz="+0900",
         subject=f"名入れ内容のご確認（注文番号 {o}）",
         text=f"""お客様

このたびはご注文いただきありがとうございます。
ご注文番号 {o} の名入れボールペンについて、彫刻前に
内容を確認させてください。

  彫刻内容：Takumi Sato 2026.6

書体はご指定の「筆記体」で、軸の中央に入れます。
彫刻後の変更はできませんので、誤りがあればこのメッセージに
ご返信ください。修正は無料です。問題なければ「このままで」と
ご返信いただければ、2営業日以内に発送いたします。

木工房ひなた""")

    o, b = order("ja-kagu", "ja", "2人掛けソファ ファブリック グレー", **BULKY)
    case("ja-kagu-haisou-nichiji",
         "大型家具の配送日時の調整：候補日を挙げて返信を依頼。電話番号は配送業者（ヤマト家財便）の窓口で、"
         "同じ行に配送業者名がある。",
         to=b, frm="家具のくらしや <info@kurashiya-kagu.jp>", enc=SJIS, day=12, time="14:30:00", tz="+0900",
         subject=f"ソファの配送日時のご相談（注文番号 {o}）",
         text=f"""お客様

ご注文番号 {o} のソファは、ヤマトホームコンビニエンスの
家財便（2名でお部屋まで搬入）でお届けします。事前に日時の
お打ち合わせが必要なため、ご都合をお知らせください。

  候補1：6月18日（木）午前
  候補2：6月20日（土）午後
  候補3：6月21日（日）午前

あわせて、エレベーターの有無と階数もお知らせいただけますと
助かります。

配送業者（ヤマト家財便）お問い合わせ窓口：0120-008-008

家具のくらしや""")

    o, b = order("ja-review", "ja", "ステンレス保存容器 5個セット 蓋付き")
    case("ja-review-5ko-5nen",
         "「5個セット」「5年保証」に囲まれた一度きりの中立的なレビュー依頼：星の数も条件も見返りもない。",
         to=b, frm="キッチン道具 まる <support@kitchen-maru.jp>", enc=EUCJP, day=13, time="09:40:00", tz="+0900",
         subject=f"保存容器のお手入れについて（注文番号 {o}）",
         text=f"""お客様

ご注文番号 {o} の保存容器5個セットをお使いいただき、
ありがとうございます。お手入れのポイントを2つご案内します。

・蓋のパッキンは取り外して洗い、よく乾かしてから戻してください。
・容器本体は食洗機に対応していますが、蓋は手洗いをおすすめします。

本体には5年保証が付いています。変形などがあれば、このメッセージに
ご返信ください。

しばらくお使いいただいた後、Amazonで率直なレビューをお寄せ
いただけると、ほかのお客様の参考になります。

キッチン道具 まる""")

    o, b = order("ja-invoice", "ja", "業務用 電動シュレッダー A4 クロスカット")
    case("ja-tekikaku-seikyusho-henshin",
         "適格請求書の発行依頼への返信（PDF添付）：登録番号（T＋13桁）は電話番号ではない。",
         to=b, frm="オフィス機器のミナト <keiri@minato-office.jp>", enc=JIS, day=9, time="11:20:00", tz="+0900",
         reply="宛名を「株式会社青葉設計」として、適格請求書を発行していただけますか。",
         attach=(pdf("Invoice MN-2026-0609", ["INVOICE MN-2026-0609", f"Order {o}",
                                             "Registration No. T4010001187352",
                                             "Shredder A4 cross-cut  JPY 32,780 (tax incl.)"]),),
         subject=f"Re: 請求書の発行について（注文番号 {o}）",
         text=f"""株式会社青葉設計 ご担当者様

お問い合わせありがとうございます。
ご注文番号 {o} の適格請求書を、ご指定の宛名で作成し
PDFにて添付いたしました。

当社の登録番号は T4010001187352 です（請求書の右上にも
記載しております）。宛名や但し書きの変更が必要でしたら、
このメッセージにご返信ください。

オフィス機器のミナト 経理担当 湊""")


# --------------------------------------------------------------------------------------------
# Portuguese (amazon.com.br)
# --------------------------------------------------------------------------------------------

def cases_pt() -> None:
    o, b = order("pt-cpf", "pt", "Moedor de café elétrico, lâminas de aço", **OOS)
    case("pt-cpf-para-importacao",
         "Pedido de informação necessária para concluir o pedido: o CPF para a declaração de importação; "
         "'imposto' e 'taxa' não são promoção, e os números citados não são telefone.",
         to=b, frm="Café Mundi Importados <atendimento@cafemundi.com.br>", enc=L1, day=14, tz="-0300",
         subject=f"Pedido {o}: precisamos do seu CPF para a importação",
         text=f"""Olá,

Seu moedor de café do pedido {o} é enviado do nosso centro de
distribuição nos Estados Unidos. Para a declaração de importação, a
transportadora exige o CPF do destinatário, e ele não veio nos dados do
pedido.

Poderia responder a esta mensagem com o seu CPF (11 dígitos)? Usaremos
o número apenas na declaração alfandegária deste envio.

O imposto de importação já foi cobrado pela Amazon na finalização da
compra, então não haverá nenhuma taxa extra na entrega.

Atenciosamente,
Café Mundi Importados""")

    o, b = order("pt-esgotado", "pt", "Jogo de panelas de cerâmica 5 peças, verde oliva", **OOS)
    case("pt-esgotado-reembolso-total",
         "Esgotado: o valor total foi reembolsado com o motivo 'sem estoque' e o comprador não precisa fazer "
         "nada nem cancelar; '5 peças' não é telefone.",
         to=b, frm="Casa Terracota <pedidos@casaterracota.com.br>", fmt="alt", lang="pt", enc=B64, day=13,
         tz="-0300",
         subject=f"Pedido {o}: produto esgotado e reembolso integral",
         text=f"""Olá,

Infelizmente o jogo de panelas de 5 peças verde oliva do seu pedido
{o} esgotou antes do envio: o último lote veio com o esmalte
rachado e foi recusado pelo nosso controle de qualidade.

Já reembolsamos o valor total do pedido (R$ 459,90), com o motivo "sem
estoque". Você não precisa fazer nada nem cancelar o pedido; o estorno
aparece na forma de pagamento em até 5 dias úteis.

Pedimos desculpas pelo transtorno.

Casa Terracota""")

    o, b = order("pt-site", "pt", "Luminária de mesa articulada, latão escovado")
    case("pt-resposta-site-instagram",
         "Resposta a quem pergunta pelo site e pelo Instagram da loja: o vendedor diz que atende só pela Amazon "
         "e responde à dúvida técnica; não divulga site nem redes sociais.",
         to=b, frm="Ateliê Latão <contato@atelielatao.com.br>", day=10, tz="-0300", time="20:15:00",
         reply="Vocês têm site ou Instagram? Queria ver outras cores. E qual lâmpada posso usar nela?",
         subject=f"Re: Dúvida sobre a luminária (pedido {o})",
         text=f"""Olá, Beatriz,

Nós atendemos apenas pela Amazon, então não podemos passar endereço de
site nem de redes sociais por aqui. As cores disponíveis aparecem como
opções na própria página da luminária na Amazon.

Sobre a lâmpada da luminária do pedido {o}: use uma lâmpada LED
com base E27 de até 9 W (equivalente a 60 W). Lâmpadas incandescentes
esquentam demais o latão.

Um abraço,
Ateliê Latão""")


# --------------------------------------------------------------------------------------------
# Dutch (amazon.nl)
# --------------------------------------------------------------------------------------------

def cases_nl() -> None:
    o, b = order("nl-kast", "nl", "Kledingkast 3 deuren, eiken look, 150 cm", **BULKY)
    case("nl-bezorgafspraak-kledingkast",
         "Bezorgafspraak voor een zwaar artikel; het nummer is dat van de vervoerder, op dezelfde regel als "
         "'vervoerder'; maten en gewicht zijn geen telefoonnummers.",
         to=b, frm="Woonhuys Meubelen <bezorging@woonhuys.nl>", fmt="alt", lang="nl", day=12, time="10:45:00",
         logo=(logo_png("WOONHUYS", bg=(30, 70, 60)), "png", "wh-logo@woonhuys.nl", "Woonhuys Meubelen"),
         subject=f"Bezorgafspraak voor uw kledingkast – bestelling {o}",
         text=f"""Beste klant,

Uw kledingkast uit bestelling {o} wordt met twee man bezorgd
(4 pakketten, samen 96 kg). Daarvoor plannen we graag een afspraak met u.

Welke dag past u het best?
- dinsdag 16 juni, tussen 8.00 en 13.00 uur
- vrijdag 19 juni, tussen 12.00 en 17.00 uur

Laat u ons ook weten op welke verdieping u woont en of er een lift is?
Vervoerder (Rhenus Home Delivery), klantenservice: 088 0060 200

Met vriendelijke groet,
Woonhuys Meubelen""")

    o, b = order("nl-factuur", "nl", "Bureaustoel ergonomisch, zwart")
    case("nl-btw-factuur-antwoord",
         "Antwoord op een verzoek om een factuur met btw op bedrijfsnaam, pdf bijgevoegd; btw-nummer en "
         "KvK-nummer zijn geen telefoonnummers.",
         to=b, frm="Zitgoed Kantoor <facturen@zitgoed.nl>", enc=LAT1, day=9, time="13:30:00",
         reply="Kunt u de factuur op naam van Bakker Installatietechniek B.V. zetten, btw NL812345678B01?",
         attach=(pdf("Factuur ZG-2026-3321", ["FACTUUR ZG-2026-3321", f"Bestelling {o}",
                                             "Bakker Installatietechniek B.V., btw NL812345678B01",
                                             "Bureaustoel ergonomisch  EUR 249,00 incl. 21% btw"]),),
         subject=f"RE: Factuur bestelling {o}",
         text=f"""Goedemiddag,

In de bijlage vindt u factuur ZG-2026-3321 voor bestelling
{o}, op naam van Bakker Installatietechniek B.V. met uw
btw-nummer NL812345678B01.

Onze gegevens staan onderaan de factuur: Zitgoed Kantoor B.V.,
KvK 71234509, btw-nummer NL859041276B01.

Met vriendelijke groet,
Sanne de Vries
Administratie Zitgoed""")

    o, b = order("nl-cadeau", "nl", "Zilveren armband met naamplaatje", **CUSTOM)
    case("nl-cadeaukaartje-bevestiging-antwoord",
         "Antwoord dat het gevraagde kaartje met tekst wordt meegestuurd zonder prijzen; 'cadeau', 'kaartje' en "
         "'gratis' zijn geen cadeaubon of aanbieding.",
         to=b, frm="Zilverzin Sieraden <atelier@zilverzin.nl>", enc=B64, day=12, time="15:55:00",
         reply="Het is een cadeau voor mijn zus. Kunnen jullie een kaartje meesturen met \"Gefeliciteerd met je "
               "diploma, Noor!\" en geen bon in het pakje doen?",
         subject=f"RE: Kaartje bij bestelling {o}",
         text=f"""Hoi,

Dat doen we graag. Bij bestelling {o} stoppen we een
handgeschreven kaartje met de tekst:

  "Gefeliciteerd met je diploma, Noor!"

Er gaat geen bon en geen prijs mee in het pakje. De armband zit in een
katoenen zakje in een doosje; dat zit er standaard gratis bij.

Wil je de tekst nog aanpassen, laat het ons dan vóór donderdag 12.00 uur
weten; dan gaat het pakje op de post.

Groetjes,
Eva – Zilverzin Sieraden""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja, cases_pt,
                                    cases_nl))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="sixtysixth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
