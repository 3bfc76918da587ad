#!/usr/bin/env python3
"""Build the sixtieth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_sixtieth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. PRECISION: every message is compliant (verdict relay, no rule
fires; content.spelling tolerated) and serves one permitted purpose, but carries the vocabulary a naive filter
flags: coupons and discounts in the buyer's own price question, "review" meaning the seller checking photos,
"5 Star" in product and business names, a free replacement for a defect, carrier / manufacturer / warranty
phone numbers, https links to Amazon, "you don't need to cancel anything", thanks followed by a real question,
times and ratios, "click" in instructions, "unsubscribe" in a product's own app, quoted product names, plain
HTML (bold, lists, a table) and PDF attachments.
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

_rnd = random.Random(60_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "ca": "70", "com.au": "25", "in": "40", "de": "30", "fr": "40",
           "es": "40", "it": "40", "co.jp": "50"}
_TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T14:00:00Z", shipped="2026-06-02T09:00:00Z",
                 delivered="2026-06-05T16:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-12T18:20:00Z"}
WAITING = {"shipped": "", "delivered": "", "purchased": "2026-06-09T07:45:00Z"}
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
SJIS = {"charset": "shift_jis", "cte": "base64"}
B64 = {"cte": "base64"}
W1252 = {"charset": "windows-1252", "cte": "quoted-printable"}
L1 = {"charset": "iso-8859-1", "cte": "quoted-printable"}

# Every heuristic rule of B-D and the syntactic rules whose vocabulary these messages carry: none may fire.
ABSENT = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired",
          "language.mismatch", "type.order-confirmation", "type.thank-you-only", "type.marketing",
          "review.incentive", "review.removal-request", "review.conditional", "review.repeat",
          "order-problem.cancellation-request", "order-problem.no-adjustment", "return.unnecessary",
          "content.sensitive", "content.phone-number", "content.email-address", "link.opt-out",
          "link.external", "link.insecure", "attachment.not-allowed", "style.link-text", "style.image-alt",
          "style.emoji", "style.line-breaks", "style.font-override", "style.font-sizes", "style.alignment",
          "style.margin", "image.tracking-pixel", "image.logo-link", "image.product-photo", "image.insecure"]


def case(slug: str, note: str, *, to: str, frm: str, subject: str, text: str | None = None,
         html: str | None = None, day: int = 13, time: str = "10:12:40", tz: str = "+0000", reply: str = "",
         attach: tuple = (), enc: dict | None = None, fmt: str = "text", lang: str = "en",
         crlf: bool = False) -> None:
    """One compliant case. fmt: text, html (from text, or the given html body) or alt (text + html).
    `reply` quotes the buyer, and the message answers them (In-Reply-To/References)."""
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    hdrs = reply_headers(f"0100019c.s60.{slug[:24]}") if reply else []
    kw = dict(enc or {})
    body = None
    if text is not None:
        body = text.strip("\n") + "\n"
        if reply:
            body += "\n" + quote(reply) + "\n"
    if fmt in ("html", "alt"):
        kw["html"] = page(html if html is not None else text2html(body), lang)
    if fmt in ("text", "alt"):
        kw["text"] = body
    msg = mk(frm, to, subject, mail_date(day, time, tz), f"<s60.{slug}.{day}@{dom}>", headers=hdrs,
             attach=attach, **kw)
    add_case(CASE_LIST, slug, "relay", [], ABSENT, note, msg, tolerated=("content.spelling",), crlf=crlf,
             lang=lang)


def pdf(title: str, lines: list[str]) -> tuple:
    return (make_pdf(title, lines, producer="Sixtieth Invoice Writer 2.1"), "application", "pdf",
            title.lower().replace(" ", "-") + ".pdf")


# --------------------------------------------------------------------------------------------
# English: amazon.com, .co.uk, .ca, .com.au, .in
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    # 1. price question: the buyer's coupon and discount, with the invoice
    o, b = order("com-coupon", "en", "Cordless Stick Vacuum 25kPa with LED Display", tld="com")
    case("com-coupon-price-question-invoice",
         "Answers the buyer's question about the price they paid: 'coupon' and 'discount' describe the buyer's "
         "own checkout, not an offer; the attached PDF is the invoice they asked for.",
         to=b, frm="Brightfield Home Support <support@brightfieldhome.com>", day=10, tz="-0400",
         reply="Hi, my card was charged $118.99 but the page said $139.99. Which one is right? "
               "I need an invoice for my office too.",
         attach=(pdf("Invoice BFH-20931", ["Invoice BFH-20931", f"Order {o}",
                                           "Cordless Stick Vacuum 25kPa  1 x 139.99",
                                           "Coupon applied at checkout  -21.00",
                                           "Total paid  118.99 USD"]),),
         subject=f"RE: Price on order {o}", text=f"""Hi there,

Both numbers are right. $139.99 is the list price; on the day you ordered,
the product page had a $21.00 coupon that you ticked before checkout, so the
discount came off at payment and you were charged $118.99.

I've attached the invoice for order {o}. It shows the list price, the
coupon line and the total, so it should work for your office.

Best,
Dana
Brightfield Home Support""")

    # 2. custom design proof, PDF, reply by 10:30
    o, b = order("com-proof", "en", "Personalized Walnut Cutting Board, Laser Engraved, 16 x 11 in", tld="com")
    case("com-engraving-proof-pdf",
         "Verifies a custom design: the proof is attached as a PDF and the buyer is asked to confirm the "
         "spelling; 'review the proof' and a deadline of 10:30 are workflow words.",
         to=b, frm="Oak & Ember Engraving <orders@oakandember.com>", day=12, tz="-0500",
         attach=(pdf("Proof OE-5512", ["Design proof OE-5512", f"Order {o}",
                                       "Line 1: The Whitakers", "Line 2: Est. 2011 - Asheville, NC",
                                       "Font: Garamond, 0.6 in caps"]),),
         subject=f"Please check your engraving proof - order {o}", text=f"""Hello,

Your cutting board from order {o} is ready to engrave. Before we
burn anything into the wood, please review the attached proof and check:

1. The spelling of "The Whitakers"
2. The second line "Est. 2011 - Asheville, NC"
3. The placement in the lower right corner

If everything looks good, just reply "approved". If we have your answer by
10:30 am Central on Monday, the board goes out the same day. If you want a
change, tell us what to change and we'll send a new proof.

Thanks,
Marcus
Oak & Ember Engraving""")

    # 3. heavy item: freight carrier phone
    o, b = order("com-treadmill", "en", "Folding Treadmill 3.0 HP with Incline, 300 lb Capacity", tld="com",
                 shipped="", delivered="", purchased="2026-06-10T15:00:00Z")
    case("com-treadmill-freight-appointment",
         "Schedules the delivery of a heavy item: the carrier's phone number is on the carrier's line; the "
         "buyer picks a time window.",
         to=b, frm="Stridewell Fitness <care@stridewell.com>", day=13, tz="-0400",
         subject=f"Delivery appointment for your treadmill (order {o})", text=f"""Hi,

Your treadmill from order {o} weighs 212 lb in the box, so it travels
by freight truck rather than parcel service, and someone needs to be home to
receive it.

Which of these windows suits you next week?

- Tuesday, 8:00 to 12:00
- Wednesday, 12:00 to 4:00 pm
- Friday, 10:30 to 2:30 pm

Reply with your choice and whether the driver needs to know about stairs or
a gate code. The freight carrier, Pilot Freight Services, can also be reached
directly at 1-800-325-7260 once the appointment is booked.

Regards,
Jenna Ruiz
Stridewell Fitness""")

    # 4. defect: photos reviewed, new replacement free of charge (reply)
    o, b = order("com-mug", "en", "Double Wall Glass Coffee Mugs 12 oz, Set of 4", tld="com")
    case("com-photos-reviewed-free-replacement",
         "Resolves a defect: 'we reviewed your photos' is the seller checking evidence, and a free new "
         "replacement is the remedy, not an incentive.",
         to=b, frm="Clearbrew Glassware <help@clearbrewglass.com>", day=11, tz="-0700", fmt="alt",
         reply="Two of the four mugs arrived cracked along the bottom. Photos attached.",
         subject=f"Re: Cracked mugs - order {o}", text="""Hello,

Thank you for the photos. We reviewed them with our warehouse team and the
cracks are clearly from transit, so you won't have to send anything back.

We are shipping a new set of two mugs free of charge later today, packed in
the double-walled box we now use. They should arrive in 3 to 5 business days.
Please recycle the cracked ones carefully.

Sorry again,
Priya
Clearbrew Glassware""")

    # 5. product name containing "5 Star"
    o, b = order("com-pillow", "en", "Hotel Collection 5 Star Bed Pillows, Queen, Set of 2", tld="com")
    case("com-5-star-pillow-washing-question",
         "Answers a product question; '5 Star' is part of the product name, not a rating request.",
         to=b, frm="Sleepharbor <service@sleepharbor.com>", day=9, tz="-0500",
         reply="Can I put the 5 Star pillows in the washing machine or only dry clean?",
         subject=f"Re: Washing the pillows (order {o})", text="""Hi,

Yes, the "Hotel Collection 5 Star" pillows are machine washable. Wash them on
a gentle cycle in cold or lukewarm water, one pillow per side of the drum so
the machine stays balanced, and use a little mild detergent.

Dry on low heat with two dryer balls and take them out every 20 minutes to
fluff them. They are fully dry when the centre no longer feels cool.

All the best,
Tom
Sleepharbor Customer Care""")

    # 6. neutral review request, HTML, bold and Amazon link
    o, b = order("com-review", "en", "Cast Iron Skillet 12 Inch, Pre-Seasoned", tld="com")
    case("com-neutral-review-html-amazon-link",
         "A single neutral review request with care tips in plain HTML (bold, a list) and an https Amazon "
         "link whose text says where it goes.",
         to=b, frm="Hearthline Cookware <hello@hearthlinecookware.com>", day=12, tz="-0400", fmt="html",
         subject=f"Your skillet from order {o}", html=f"""<p>Hello,</p>
<p>Your 12 inch skillet (order {o}) arrived last week. A few tips for the first weeks:</p>
<ul>
<li><b>Dry it right away</b> on a warm burner after washing.</li>
<li>Rub in a <b>thin</b> layer of oil while it is still warm.</li>
<li>Avoid long soaks and the dishwasher.</li>
</ul>
<p>When you have cooked with it a few times, we would appreciate an honest review of the skillet.
You can <a href="https://www.amazon.com/review/create-review?asin=B0D7K4M2QX">write your review on Amazon</a>.</p>
<p>Thanks,<br>
Lena<br>
Hearthline Cookware</p>""")

    # 7. Home Services appointment
    o, b = order("com-tvmount", "en", "TV Wall Mounting Service, up to 65 inch", tld="com",
                 shipped="", delivered="", purchased="2026-06-11T20:00:00Z")
    case("com-home-services-tv-mount-slots",
         "Schedules a Home Services appointment: times like 10:30 and a question about the wall type.",
         to=b, frm="Northgate Installers <jobs@northgateinstallers.com>", day=12, tz="-0500",
         subject=f"Scheduling your TV mounting appointment - order {o}", text=f"""Hello,

We received your Home Services booking for TV wall mounting (order {o}).
Our technician, Luis, has these openings:

  Thursday 10:30 - 12:30
  Saturday 9:00 - 11:00

Please reply with the slot that works. It also helps to know what the wall is
made of (drywall on wood studs, brick or concrete) so Luis brings the right
anchors. If the TV will go above a fireplace, let us know as well.

Thank you,
Northgate Installers""")

    # 8. "unsubscribe" in the product's own app
    o, b = order("com-thermostat", "en", "Smart Wi-Fi Thermostat with Energy Reports", tld="com")
    case("com-thermostat-app-report-emails",
         "Answers how to stop the thermostat app's own weekly report emails; 'Unsubscribe' is a menu item of "
         "the product's app, not an opt-out from the seller's messages, and there is no link.",
         to=b, frm="Veltro Smart Home <support@veltrosmarthome.com>", day=10, tz="-0400",
         reply="The thermostat app emails me an energy report every Monday. How do I turn that off?",
         subject=f"Re: Energy report emails - order {o}", text="""Hi,

Those reports come from the thermostat's app account, not from us. To turn
them off, follow the steps below in the app:

1. Open the Veltro app and tap the gear icon.
2. Go to Notifications > Email.
3. Switch off "Weekly Energy Report" (older app versions call the switch
   "Unsubscribe from reports").

The thermostat keeps the history, so you can still look at the charts in the
app whenever you want.

Kind regards,
Sam
Veltro Smart Home""")

    # 9. co.uk delay notice, "you don't need to cancel anything"
    o, b = order("uk-bench", "en", "Acacia Wood Garden Bench, 3 Seater", tld="co.uk", **WAITING)
    case("uk-bench-delay-no-need-to-cancel",
         "Notifies a delay beyond the advertised dispatch date; 'you don't need to cancel or re-order "
         "anything' is reassurance, not a cancellation request.",
         to=b, frm="Greenhaven Outdoor <orders@greenhavenoutdoor.co.uk>", day=12, tz="+0100",
         subject=f"Delay on your garden bench - order {o}", text=f"""Dear customer,

I'm writing about your garden bench, order {o}. The container with
our next batch of acacia benches was held at Felixstowe for an extra customs
inspection, so we can't dispatch on the date shown when you ordered.

The container is now due at our warehouse on 22 June and your bench will go
out within two working days of that. You don't need to cancel or re-order
anything; the order stays as it is and we'll keep your bench aside.

Apologies for the wait.

Kind regards,
Rachel Moss
Greenhaven Outdoor""")

    # 10. co.uk stock-out with adjustment, HTML table
    o, b = order("uk-kettle", "en", "Stovetop Whistling Kettle 2.5 L, Sage Green", tld="co.uk", **OOS)
    case("uk-kettle-stockout-refund-table",
         "Stock-out notice confirming the full adjustment with the 'no inventory' reason, a simple HTML table "
         "of the refund, and 'you don't need to cancel anything'.",
         to=b, frm="Copperleaf Kitchen <shop@copperleafkitchen.co.uk>", day=13, tz="+0100", fmt="alt",
         subject=f"Order {o}: kettle unavailable, refunded in full",
         text=f"""Hello,

I'm sorry, but we cannot send the sage green kettle from order {o}.
Our stock count was wrong and the last one had a dented lid.

We have refunded the full order amount through Amazon with the reason "No
inventory":

  Kettle, sage green     GBP 34.99
  Delivery               GBP 0.00
  Total refunded         GBP 34.99

You don't need to cancel anything. The refund usually shows on your card
within 3 to 5 working days.

Kind regards,
Owen
Copperleaf Kitchen""",
         html=f"""<p>Hello,</p>
<p>I'm sorry, but we cannot send the sage green kettle from order {o}.
Our stock count was wrong and the last one had a dented lid.</p>
<p>We have refunded the <b>full order amount</b> through Amazon with the reason "No inventory":</p>
<table border="1" cellpadding="4">
<tr><th>Item</th><th>Refunded</th></tr>
<tr><td>Kettle, sage green</td><td>GBP 34.99</td></tr>
<tr><td>Delivery</td><td>GBP 0.00</td></tr>
<tr><td><b>Total</b></td><td><b>GBP 34.99</b></td></tr>
</table>
<p>You don't need to cancel anything. The refund usually shows on your card within 3 to 5 working days.</p>
<p>Kind regards,<br>Owen<br>Copperleaf Kitchen</p>""")

    # 11. co.uk VAT invoice, PDF
    o, b = order("uk-invoice", "en", "Ergonomic Mesh Office Chair with Lumbar Support", tld="co.uk")
    case("uk-vat-invoice-pdf",
         "Sends a VAT invoice as a PDF attachment; 'thank you for your order' opens a message with a real "
         "purpose.",
         to=b, frm="Deskwise UK <accounts@deskwise.co.uk>", day=8, tz="+0100",
         attach=(pdf("VAT Invoice DW-44817", ["VAT Invoice DW-44817", f"Order {o}",
                                             "Ergonomic Mesh Office Chair  1 x 149.00 GBP",
                                             "VAT 20% included  24.83 GBP",
                                             "VAT reg. GB 318 4471 92"]),),
         subject=f"VAT invoice for order {o}", text=f"""Hello,

Thank you for your order. As it was placed with a business address, please
find attached the VAT invoice for order {o} (invoice DW-44817),
showing the 20% VAT included in the price.

If the company name or address on the invoice needs to be different, reply
with the correct details and we will issue a corrected copy.

Regards,
Accounts team
Deskwise UK""")

    # 12. co.uk return: thanks plus a real question
    o, b = order("uk-earbuds", "en", "Wireless Earbuds with Charging Case, Noise Cancelling", tld="co.uk")
    case("uk-earbuds-return-which-side",
         "Return-related question that asks for information needed to process the return; opens with thanks "
         "but asks a real question.",
         to=b, frm="Auralite Audio <returns@auralite-audio.co.uk>", day=12, tz="+0100",
         subject=f"Your return request - order {o}", text=f"""Hello,

Thank you for opening a return for the earbuds from order {o}.
To get it processed quickly, could you tell us two things?

- Is the problem with the left earbud, the right one, or the charging case?
- Does the faulty earbud still light up when you put it in the case?

If it's only the case, we can send the return straight to our repair
partner instead of the general returns desk, which is about a week faster.

Many thanks,
Imogen
Auralite Audio""")

    # 13. co.uk reply: where is my parcel, carrier phone and tracking
    o, b = order("uk-parcel", "en", "Linen Duvet Cover Set, King, Oatmeal", tld="co.uk",
                 delivered="")
    case("uk-where-is-parcel-carrier-phone",
         "Answers 'where is my parcel?' with the tracking number and the carrier's phone line; a reply, so a "
         "tracking number is permitted.",
         to=b, frm="Loomhouse Linen <care@loomhouselinen.co.uk>", day=9, tz="+0100",
         reply="Hello, my duvet cover still hasn't arrived. Do you know where it is?",
         subject=f"Re: Where is my order {o}?", text="""Hi,

I've checked with the courier. Your parcel is with Evri under tracking number
H01VXA0083429817 and it was held at the local depot because of a sorting
delay; it's back on the van for delivery tomorrow.

If it doesn't arrive by Friday, you can call Evri customer services on
0330 808 5456, or let me know and I'll raise a claim with them for you.

Best wishes,
Hannah
Loomhouse Linen""")

    # 14. co.uk partial refund offer on a return
    o, b = order("uk-rug", "en", "Hand-Tufted Wool Rug 160 x 230 cm, Ochre", tld="co.uk")
    case("uk-rug-partial-refund-offer",
         "Return-related message offering a partial refund as an alternative to sending a heavy rug back; "
         "'discount' is absent, the buyer can still return in full.",
         to=b, frm="Fernmoor Rugs <support@fernmoorrugs.co.uk>", day=11, tz="+0100",
         subject=f"About your rug return - order {o}", text=f"""Dear customer,

We saw your return request for the wool rug from order {o} and the
note about a pulled tuft near one corner. Sorry about that.

As the rug is 14 kg and awkward to post back, we can offer you a partial
refund of GBP 45.00 if you would prefer to keep it; a pulled tuft can be
trimmed level with scissors and won't spread. If you'd rather return it,
that's absolutely fine and the return goes ahead as normal.

Just reply with "keep" or "return".

Kind regards,
Fernmoor Rugs""")

    # 15. ca custom photo canvas: reviewed the upload, 1:1 crop
    o, b = order("ca-canvas", "en", "Custom Photo Canvas Print 24 x 24 in, Gallery Wrapped", tld="ca",
                 shipped="", delivered="")
    case("ca-canvas-upload-reviewed-1-1-crop",
         "Verifies a custom design: the seller reviewed the upload, proposes a 1:1 crop and asks for a larger "
         "file or approval.",
         to=b, frm="Maplewood Print Studio <studio@maplewoodprint.ca>", day=12, tz="-0400",
         subject=f"Your canvas photo - quick check (order {o})", text=f"""Hi,

We've reviewed the photo you uploaded for your 24 x 24 canvas (order
{o}). Two things before we print:

1. The canvas is square, so the photo needs a 1:1 crop. We'd cut about
   10 cm from each side, which keeps both people but loses the lamp post on
   the left.
2. At 1200 x 1200 pixels, the file is on the small side for 24 inches and
   may look soft up close.

If you have the original from your phone (usually 3000 pixels or more),
please reply with it. Otherwise just reply "print as is" and we'll go
ahead with the crop described above.

Thanks,
Émilie
Maplewood Print Studio""")

    # 16. ca reply: epoxy ratio 1:1
    o, b = order("ca-epoxy", "en", "Clear Epoxy Resin Kit 1 Gallon, Crystal Clear Coating", tld="ca")
    case("ca-epoxy-ratio-answer",
         "Answers a usage question: '1:1' is a mixing ratio and 10:30 a time, not emoticons; 'follow the "
         "steps' refers to the label.",
         to=b, frm="Northern Pour Supply <help@northernpour.ca>", day=10, tz="-0600",
         reply="Is it 1:1 by weight or by volume? And how long before I can put things on the table?",
         subject=f"Re: Mixing question - order {o}", text="""Hello,

Good question: it's 1:1 by volume, not by weight (the hardener is a little
lighter). Measure in the graduated cups and stir for a full 3 minutes,
scraping the sides.

At around 22 C you have about 40 minutes of working time. If you pour at
10:30 in the morning, it's dust-free by evening, safe for light objects
after 24 hours and fully cured after 72. Please follow the steps on the
label for the seal coat first; it stops bubbles coming up from the wood.

Cheers,
Graham
Northern Pour Supply""")

    # 17. ca bulky sofa delivery
    o, b = order("ca-sofa", "en", "3-Seat Sofa, Performance Fabric, Charcoal", tld="ca",
                 shipped="", delivered="", purchased="2026-06-08T12:00:00Z")
    case("ca-sofa-white-glove-date",
         "Schedules a bulky delivery and asks about access; the carrier's number is on the carrier's line.",
         to=b, frm="Lakeshore Living <orders@lakeshoreliving.ca>", day=13, tz="-0400",
         subject=f"Booking the delivery of your sofa - order {o}", text=f"""Hello,

Your sofa (order {o}) is ready and will come with our two-person
delivery partner, Loomis Home Delivery, which brings it into the room of
your choice.

Could you reply with:
- two or three days next week that work for you (deliveries run 8:00 to
  18:00 and you'll get a 3-hour window the evening before);
- the floor and whether there is an elevator;
- the narrowest doorway width on the way in.

After booking, Loomis Home Delivery's dispatch desk is at 1-855-225-3117
if you need to move the appointment.

Regards,
Lakeshore Living""")

    # 18. com.au warranty line for a manufacturer
    o, b = order("au-espresso", "en", "Dual Boiler Espresso Machine, Brushed Stainless", tld="com.au")
    case("au-espresso-manufacturer-warranty-line",
         "Answers a fault report by pointing to the manufacturer's warranty line (number next to "
         "'manufacturer' and 'warranty') and asks for the serial number.",
         to=b, frm="Crema Direct <service@cremadirect.com.au>", day=11, tz="+1000",
         reply="Water is pooling under the machine after each shot. What should I do?",
         subject=f"Re: Leak under the espresso machine (order {o})", text="""G'day,

Sorry to hear that. A leak under the drip tray on this model is usually the
group head seal, which is covered by the manufacturer's 2-year warranty and
replaced on site.

The manufacturer's warranty line is 1300 736 208 (Mon to Fri, 8:30 to 5:00
AEST). They'll ask for the serial number on the sticker under the water
tank, so have that handy. Could you also send us the serial number? We'll
note it on your order in case you need a replacement unit from us instead.

Cheers,
Kieran
Crema Direct""")

    # 19. com.au delay
    o, b = order("au-bike", "en", "Kids Balance Bike 12 Inch, Lightweight, Mint", tld="com.au", **WAITING)
    case("au-balance-bike-delay-flood",
         "Delay notice with a new dispatch date and a time of day; nothing to do for the buyer.",
         to=b, frm="Little Riders AU <team@littleriders.com.au>", day=12, tz="+1000",
         subject=f"Your balance bike is running late - order {o}", text=f"""Hi there,

Flooding closed the highway between our warehouse and Brisbane this week,
so your balance bike (order {o}) won't leave us on the date we
promised.

The road reopens on Monday and our pick-up is booked for 10:30 that
morning, so it should reach you by Thursday. Your order stays active and
you don't need to do anything.

Sorry for the delay,
Bec
Little Riders AU""")

    # 20. com.au missing unit number
    o, b = order("au-address", "en", "Cordless Drill Driver Kit 18V with 2 Batteries", tld="com.au",
                 delivered="")
    case("au-address-unit-number-needed",
         "Asks for information required to complete delivery (the unit number); the courier's name appears "
         "without a number.",
         to=b, frm="Toolbox Direct <orders@toolboxdirect.com.au>", day=13, tz="+1000",
         subject=f"Unit number needed for order {o}", text=f"""Hello,

StarTrack tried to deliver your drill kit (order {o}) this morning,
but the address has no unit number and the building has 40 units, so the
driver brought it back to the depot.

Could you reply with your unit number (and the building entry code, if
there is one)? We'll update the consignment straight away and it'll go out
again on the next run.

Thanks,
Mia
Toolbox Direct""")

    # 21. in: GST invoice PDF
    o, b = order("in-invoice", "en", "Mixer Grinder 750W with 3 Jars", tld="in")
    case("in-gst-tax-invoice-pdf",
         "Sends the GST tax invoice as a PDF attachment; the GSTIN is a register number, not a phone number.",
         to=b, frm="Shreeji Appliances <care@shreejiappliances.in>", day=9, tz="+0530",
         attach=(pdf("Tax Invoice SA-2026-1187", ["Tax Invoice SA-2026-1187", f"Order {o}",
                                                 "Mixer Grinder 750W  1 x Rs. 3,299.00",
                                                 "CGST 9% Rs. 251.62  SGST 9% Rs. 251.62",
                                                 "GSTIN 27AAFCS4471K1Z8"]),),
         subject=f"GST invoice for your order {o}", text=f"""Dear Customer,

Please find attached the GST tax invoice for your order {o}
(Mixer Grinder 750W). Our GSTIN 27AAFCS4471K1Z8 is printed on it, so you
can claim input tax credit if the purchase is for your business.

Kindly check that the billing name is correct. If you need the invoice in
your company's name, please reply with the company name and GSTIN.

Regards,
Accounts Team
Shreeji Appliances""")

    # 22. in: AC installation, manufacturer helpline
    o, b = order("in-ac", "en", "1.5 Ton 5 Star Inverter Split AC with Installation", tld="in")
    case("in-ac-installation-5-star-inverter",
         "Schedules an installation appointment; '5 Star' is the energy rating in the product name and the "
         "helpline belongs to the manufacturer.",
         to=b, frm="CoolBreeze Electronics <service@coolbreezeelectronics.in>", day=8, tz="+0530",
         subject=f"Installation of your split AC - order {o}", text=f"""Dear Customer,

Your 1.5 Ton 5 Star Inverter Split AC (order {o}) has been delivered.
Installation is included, and our technician can visit on Saturday between
10:30 AM and 1:30 PM.

Please reply to confirm the slot, or suggest another day. Also let us know
if the outdoor unit will go on a balcony or needs a wall bracket, because the
bracket is fitted on the same visit.

For questions about the unit's warranty registration, the manufacturer's
helpline is 1800 266 4477.

Regards,
CoolBreeze Electronics""")

    # 23. in: stock-out with adjustment, you need not cancel
    o, b = order("in-kurta", "en", "Cotton Kurta Set for Women, Indigo Block Print, Size M", tld="in", **OOS)
    case("in-kurta-stockout-refund-initiated",
         "Stock-out notice with the full refund and the 'No inventory' reason confirmed; 'you need not "
         "cancel' is reassurance.",
         to=b, frm="Neelkamal Handlooms <orders@neelkamalhandlooms.in>", day=13, tz="+0530",
         subject=f"Your order {o} could not be fulfilled", text=f"""Dear Customer,

We are sorry to inform you that the indigo kurta set in size M from order
{o} is out of stock. The last piece failed our quality check because
of a printing defect.

We have refunded the full amount of Rs. 1,499 through Amazon with the reason
"No inventory". You need not cancel the order or contact Amazon; the refund
will reach your original payment method in 3 to 5 working days.

With apologies,
Neelkamal Handlooms""")

    # 24. com: new vs refurbished, manufacturer phone
    o, b = order("com-router", "en", "Wi-Fi 6 Mesh Router System, 3-Pack", tld="com")
    case("com-router-new-not-refurbished",
         "Answers whether the item is new: 'new', 'sealed' and a manufacturer support number on the "
         "manufacturer's line; 'click' is an instruction in the app, with no link.",
         to=b, frm="Signalpath Networks <support@signalpathnetworks.com>", day=9, tz="-0500",
         reply="The box had a sticker on it. Is this a new unit or refurbished? Also it won't pair.",
         subject=f"Re: Is my router new? (order {o})", text="""Hello,

It's a brand new unit. The sticker is the importer's label with the FCC
ID; refurbished units carry a green "Renewed" seal instead.

For pairing: in the app, click "Add satellite", then hold the button on the
back of the satellite for 5 seconds until the ring blinks white. Keep it
within 10 feet of the main router for the first pairing.

If it still won't pair, the manufacturer's technical support line is
1-877-312-6604 and they can check the firmware with you.

Best regards,
Andre
Signalpath Networks""")

    # 25. co.uk: custom sign for a business called 5 Star ...
    o, b = order("uk-sign", "en", "Custom Acrylic Shop Sign 60 x 20 cm", tld="co.uk", shipped="", delivered="")
    case("uk-5-star-grooming-sign-proof",
         "Verifies a custom design whose text is the buyer's business name '5 Star Pet Grooming'; the proof "
         "is attached as a PDF.",
         to=b, frm="Signcraft Studio <design@signcraftstudio.co.uk>", day=12, tz="+0100",
         attach=(pdf("Proof SC-3390", ["Sign proof SC-3390", f"Order {o}", "Text: 5 STAR PET GROOMING",
                                       "Line 2: Walk-ins welcome - Open Mon-Sat",
                                       "Colours: navy on frosted acrylic"]),),
         subject=f"Proof for your shop sign - order {o}", text=f"""Hello,

Attached is the proof for your acrylic sign (order {o}). We have
set the name as "5 STAR PET GROOMING" in capitals with the five small stars
you drew above the text, and "Walk-ins welcome - Open Mon-Sat" underneath.

Could you check:
- whether you want the stars filled or outlined;
- that "Mon-Sat" is right (your sketch also mentioned Sunday mornings).

Reply with any changes or "approved" and we'll cut it the next working day.

Thanks,
Tariq
Signcraft Studio""")

    # 26. com: return question with Amazon returns link in plain text
    o, b = order("com-blender", "en", "High-Speed Blender 64 oz, 1400W", tld="com")
    case("com-blender-return-missing-lid-question",
         "Return-related question asking whether the lid is included; the plain-text https link goes to "
         "Amazon's own returns page.",
         to=b, frm="Vortex Kitchenworks <returns@vortexkitchenworks.com>", day=12, tz="-0500",
         subject=f"Question about your blender return - order {o}", text=f"""Hi,

We got your return request for the blender from order {o}. The
return note mentions "parts missing" - could you tell us which part? The
jar, lid and tamper ship in the same box, and the tamper is often tucked
under the cardboard insert.

If a part really is missing, we'll send it straight away instead, if you
would like to keep the blender. The return request stays open either way,
and you can see its status at https://www.amazon.com/gp/css/returns/homepage.html

Thanks,
Jorge
Vortex Kitchenworks""")


# --------------------------------------------------------------------------------------------
# German (amazon.de)
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = order("de-gutschein", "de", "Akku-Rasenmäher 40 V, Schnittbreite 37 cm")
    case("de-gutschein-rechnung-korrigiert",
         "Antwort auf die Frage des Käufers, warum sein Gutschein-Rabatt nicht auf der Rechnung steht; die "
         "korrigierte Rechnung liegt als PDF bei.",
         to=b, frm="Gartenwerk Schulte <service@gartenwerk-schulte.de>", day=10, tz="+0200", enc=W1252,
         lang="de", reply="Auf der Rechnung steht 329 Euro, ich habe aber mit dem Gutschein nur 299 bezahlt.",
         attach=(pdf("Rechnung GS-2026-0614", ["Rechnung GS-2026-0614 (korrigiert)", f"Bestellung {o}",
                                               "Akku-Rasenmaeher 40 V  1 x 329,00 EUR",
                                               "Gutschein-Rabatt  -30,00 EUR",
                                               "Gesamtbetrag  299,00 EUR inkl. 19% MwSt."]),),
         subject=f"AW: Rechnung zu Bestellung {o}", text=f"""Guten Tag,

Sie haben völlig recht: Der Rabatt aus Ihrem Gutschein über 30 Euro wurde
bei der Zahlung abgezogen, fehlte aber auf der Rechnung, weil unser System
die Gutscheinzeile nicht übernommen hat.

Im Anhang finden Sie die korrigierte Rechnung zur Bestellung {o}
mit dem Gesamtbetrag von 299,00 Euro. Die alte Rechnung ist damit
ungültig.

Freundliche Grüße
Jana Schulte
Gartenwerk Schulte""")

    o, b = order("de-spedition", "de", "Kleiderschrank 4-türig, Eiche Sonoma, 200 cm",
                 shipped="", delivered="", purchased="2026-06-09T11:00:00Z")
    case("de-kleiderschrank-speditionstermin",
         "Terminabsprache für eine Speditionslieferung; die Telefonnummer steht in der Zeile der Spedition.",
         to=b, frm="Möbelhaus Brenner Online <versand@moebel-brenner.de>", day=12, tz="+0200", lang="de",
         subject=f"Liefertermin für Ihren Kleiderschrank – Bestellung {o}", text=f"""Sehr geehrte Kundin, sehr geehrter Kunde,

Ihr Kleiderschrank aus der Bestellung {o} besteht aus drei Paketen
mit zusammen 118 kg und wird deshalb per Spedition bis in die Wohnung
geliefert.

Bitte teilen Sie uns mit, welcher Tag in der kommenden Woche passt
(Lieferung zwischen 7:00 und 17:00 Uhr) und in welchem Stockwerk Sie wohnen.
Ob es einen Aufzug gibt, ist für die Planung ebenfalls wichtig.

Die Spedition Hellmann erreichen Sie nach der Terminvergabe unter
0541 605-0, falls Sie den Termin verschieben müssen.

Mit freundlichen Grüßen
Ihr Versandteam von Möbelhaus Brenner""")

    o, b = order("de-ersatz", "de", "Glas-Teekanne 1,5 l mit Edelstahl-Sieb")
    case("de-fotos-geprueft-kostenloser-ersatz",
         "Antwort auf eine Reklamation: Fotos geprüft, kostenloser neuer Ersatz; 'Bewertung' kommt nicht "
         "vor, 'kostenlos' ist Abhilfe, keine Werbung.",
         to=b, frm="Teehaus Lindner <kontakt@teehaus-lindner.de>", day=11, tz="+0200", enc=L1, lang="de",
         reply="Der Deckel der Kanne hat einen Sprung, Fotos habe ich angehängt.",
         subject=f"AW: Sprung im Deckel – Bestellung {o}", text="""Hallo,

danke für die Fotos. Wir haben sie uns angesehen: Der Sprung geht durch
den Glasrand des Deckels, das ist ein Materialfehler.

Wir schicken Ihnen heute kostenlos einen neuen Deckel; die Kanne selbst
können Sie behalten und den alten Deckel entsorgen. Eine Rücksendung ist
nicht nötig.

Viele Grüße
Tobias Lindner
Teehaus Lindner""")

    o, b = order("de-verzoegerung", "de", "Fahrradanhänger für 2 Kinder, faltbar", **WAITING)
    case("de-anhaenger-verzoegerung-nichts-stornieren",
         "Lieferverzögerung mit neuem Termin; 'Sie müssen nichts stornieren' beruhigt und fordert zu keiner "
         "Stornierung auf.",
         to=b, frm="Radsport Vogel <shop@radsport-vogel.de>", day=12, tz="+0200", fmt="alt", lang="de",
         subject=f"Ihre Bestellung {o}: Versand verzögert sich", text=f"""Guten Tag,

leider verzögert sich der Versand Ihres Fahrradanhängers aus der
Bestellung {o}. Der Hersteller hat uns die Lieferung für diese
Woche um acht Tage verschoben, weil ein Bauteil der Kupplung nachgerüstet
wird.

Wir rechnen jetzt mit dem Versand am 24. Juni. Sie müssen nichts
stornieren oder neu bestellen, Ihre Bestellung bleibt bestehen.

Entschuldigen Sie bitte die Verzögerung.

Mit freundlichen Grüßen
Radsport Vogel""")

    o, b = order("de-retoure", "de", "Espressomühle mit Kegelmahlwerk, 40 Stufen")
    case("de-retoure-danke-und-frage",
         "Rückfrage zu einer Rücksendung: 'Vielen Dank' und eine echte Frage nach dem Fehlerbild, die zur "
         "Bearbeitung nötig ist.",
         to=b, frm="Kaffeekontor Meier <retouren@kaffeekontor-meier.de>", day=12, tz="+0200", enc=W1252,
         lang="de",
         subject=f"Ihre Rücksendung – Bestellung {o}", text=f"""Guten Tag,

vielen Dank für Ihre Rücksendeanfrage zur Espressomühle aus der
Bestellung {o}. Damit wir sie richtig zuordnen können: Mahlt die
Mühle gar nicht mehr, oder ist das Mahlgut ungleichmäßig?

Falls sie ungleichmäßig mahlt, sagen Sie uns bitte noch, welche Stufe Sie
eingestellt hatten. Dann prüft unsere Werkstatt gezielt das Mahlwerk.

Freundliche Grüße
Kaffeekontor Meier""")


# --------------------------------------------------------------------------------------------
# French (amazon.fr)
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("fr-facture", "fr", "Robot pâtissier 1200 W, bol inox 5 L")
    case("fr-facture-code-promo-client",
         "Répond à la question de l'acheteur sur la remise de son code promo et joint la facture en PDF.",
         to=b, frm="Cuisine & Co Boutique <contact@cuisineetco-boutique.fr>", day=10, tz="+0200", lang="fr",
         reply="Bonjour, pourriez-vous m'envoyer la facture ? Je voudrais voir si la remise du code promo "
               "est bien prise en compte.",
         attach=(pdf("Facture CC-88214", ["Facture CC-88214", f"Commande {o}",
                                          "Robot patissier 1200 W  1 x 249,00 EUR",
                                          "Remise code promo  -25,00 EUR",
                                          "Total TTC  224,00 EUR"]),),
         subject=f"RE: Facture commande {o}", text=f"""Bonjour,

Vous trouverez ci-joint la facture de la commande {o}. La remise
de 25 EUR liée au code promo que vous aviez saisi lors de votre achat y
figure bien, sur une ligne séparée, et le total TTC est de 224,00 EUR.

Bien cordialement,
Claire
Cuisine & Co Boutique""")

    o, b = order("fr-rupture", "fr", "Lampe de chevet en laiton, abat-jour lin", **OOS)
    case("fr-lampe-rupture-rien-a-annuler",
         "Rupture de stock : le remboursement intégral et le motif sont confirmés ; « vous n'avez rien à "
         "annuler » rassure l'acheteur.",
         to=b, frm="Atelier Lumière <boutique@atelier-lumiere.fr>", day=13, tz="+0200", enc=L1, lang="fr",
         subject=f"Votre commande {o} : article indisponible", text=f"""Bonjour,

Nous sommes désolés : la lampe de chevet en laiton de votre commande
{o} n'est plus disponible. La dernière pièce en stock est arrivée
rayée de chez notre fournisseur.

Nous avons remboursé l'intégralité du montant de la commande via Amazon,
avec le motif « rupture de stock ». Vous n'avez rien à annuler ; le
remboursement apparaîtra sous 3 à 5 jours ouvrés selon votre banque.

Avec nos excuses,
Atelier Lumière""")

    o, b = order("fr-bat", "fr", "Plan de table personnalisé, impression sur plexiglas A2",
                 shipped="", delivered="")
    case("fr-plan-de-table-bat-cinq-etoiles",
         "Vérification d'une création personnalisée (BAT en PDF) ; « Cinq Étoiles » est le nom du lieu de "
         "réception.",
         to=b, frm="Papeterie Margaux <atelier@papeterie-margaux.fr>", day=12, tz="+0200", lang="fr",
         attach=(pdf("BAT PM-2207", ["BAT PM-2207", f"Commande {o}", "Domaine des Cinq Etoiles",
                                     "Mariage de Lea & Hugo - 27 juin 2026", "12 tables, 96 invites"]),),
         subject=f"Votre BAT à valider – commande {o}", text=f"""Bonjour,

Voici le bon à tirer de votre plan de table (commande {o}), en pièce
jointe. Nous avons repris le titre « Domaine des Cinq Étoiles – Mariage de
Léa & Hugo » et les 12 tables dans l'ordre de votre fichier.

Pourriez-vous vérifier l'orthographe des noms, en particulier à la table 7,
où deux invités portent le même prénom ? Une simple réponse « BAT validé »
suffit, ou indiquez-nous les corrections.

Belle journée,
Margaux
Papeterie Margaux""")

    o, b = order("fr-echange", "fr", "Aspirateur robot avec station de vidage")
    case("fr-photos-examinees-appareil-neuf-gratuit",
         "Réponse à une réclamation : les photos ont été examinées, un appareil neuf est envoyé gratuitement ; "
         "le numéro est celui du transporteur.",
         to=b, frm="Maison Connectée <sav@maison-connectee.fr>", day=11, tz="+0200", fmt="alt", lang="fr",
         reply="La brosse latérale ne tourne plus depuis le premier jour, je vous ai envoyé des photos.",
         subject=f"RE: Brosse latérale – commande {o}", text="""Bonjour,

Merci pour vos photos, nous les avons examinées avec notre technicien : le
moteur de la brosse latérale est défectueux et ne se répare pas sur place.

Nous vous envoyons donc gratuitement un aspirateur neuf. Le transporteur
Chronopost viendra reprendre l'ancien au moment de la livraison ; pour
modifier le créneau, Chronopost est joignable au 09 69 39 13 91.

Cordialement,
Nathalie
Service après-vente Maison Connectée""")

    o, b = order("fr-livraison", "fr", "Canapé d'angle convertible, tissu gris chiné",
                 shipped="", delivered="", purchased="2026-06-08T09:00:00Z")
    case("fr-canape-rendez-vous-livraison",
         "Prise de rendez-vous pour la livraison d'un article volumineux, en HTML simple avec une liste.",
         to=b, frm="Salon & Maison <livraison@salon-et-maison.fr>", day=13, tz="+0200", fmt="html", lang="fr",
         subject=f"Rendez-vous de livraison – commande {o}", html=f"""<p>Bonjour,</p>
<p>Votre canapé d'angle (commande {o}) pèse <b>96 kg</b> et sera livré par deux livreurs,
sur rendez-vous. Merci de nous indiquer par retour :</p>
<ul>
<li>deux ou trois jours qui vous conviennent la semaine prochaine (livraisons de 8 h à 18 h) ;</li>
<li>l'étage et la présence d'un ascenseur ;</li>
<li>la largeur de la porte d'entrée.</li>
</ul>
<p>Vous n'avez rien à annuler ni à modifier sur Amazon : nous fixons le rendez-vous avec vous directement.</p>
<p>Cordialement,<br>L'équipe livraison<br>Salon &amp; Maison</p>""")


# --------------------------------------------------------------------------------------------
# Italian (amazon.it)
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("it-insegna", "it", "Insegna luminosa LED personalizzata 80 x 30 cm", shipped="",
                 delivered="")
    case("it-insegna-b-and-b-cinque-stelle",
         "Verifica di un design personalizzato: 'Le Cinque Stelle' è il nome del B&B del cliente.",
         to=b, frm="LuceArte Insegne <ordini@lucearte-insegne.it>", day=12, tz="+0200", lang="it",
         attach=(pdf("Bozza LA-1043", ["Bozza LA-1043", f"Ordine {o}", "B&B LE CINQUE STELLE",
                                       "Colore: bianco caldo 3000K", "Dimensioni: 80 x 30 cm"]),),
         subject=f"Bozza della sua insegna – ordine {o}", text=f"""Gentile cliente,

in allegato trova la bozza dell'insegna per l'ordine {o}, con la
scritta "B&B LE CINQUE STELLE" in bianco caldo, come indicato nella sua
richiesta.

Ci conferma che la "&" va lasciata così, oppure preferisce la scritta
"B and B"? Appena riceviamo la sua approvazione, l'insegna entra in
produzione (circa 5 giorni lavorativi).

Cordiali saluti,
Federica
LuceArte Insegne""")

    o, b = order("it-montaggio", "it", "Montaggio lavastoviglie da incasso, servizio a domicilio",
                 shipped="", delivered="", purchased="2026-06-11T08:00:00Z")
    case("it-montaggio-lavastoviglie-appuntamento",
         "Fissa un appuntamento per un servizio a domicilio; orari come 10:30 e una domanda sull'attacco "
         "dell'acqua.",
         to=b, frm="Idrotecnica Ferri <servizi@idrotecnica-ferri.it>", day=12, tz="+0200", lang="it",
         subject=f"Appuntamento per il montaggio – ordine {o}", text=f"""Buongiorno,

abbiamo ricevuto la sua prenotazione per il montaggio della lavastoviglie
(ordine {o}). Il nostro tecnico è disponibile:

- giovedì dalle 10:30 alle 12:30
- venerdì dalle 15:00 alle 17:00

Ci indica quale fascia preferisce? Ci serve anche sapere se sotto il
lavello c'è già un rubinetto libero per l'acqua, così il tecnico porta il
raccordo giusto.

Grazie e buona giornata,
Idrotecnica Ferri""")

    o, b = order("it-tinta", "it", "Kit colorazione capelli professionale, castano naturale 5.0")
    case("it-tinta-rapporto-1-1-risposta",
         "Risposta a una domanda d'uso: '1:1' è il rapporto di miscelazione, non un'emoticon; 'segua i "
         "passaggi' si riferisce alle istruzioni.",
         to=b, frm="Capelli & Colore <assistenza@capelliecolore.it>", day=10, tz="+0200", enc=L1, lang="it",
         reply="Quanto ossidante devo usare con il tubo da 60 ml?",
         subject=f"R: Dosi della tinta – ordine {o}", text="""Buongiorno,

la miscela va fatta in rapporto 1:1, quindi con il tubo da 60 ml servono
60 ml di ossidante a 20 volumi. Segua i passaggi del foglio di istruzioni:
prova di tolleranza 48 ore prima, applicazione sui capelli asciutti e posa
di 30 minuti.

Se i capelli superano le spalle, le consigliamo due confezioni, sempre in
rapporto 1:1.

Cordiali saluti,
Giulia
Capelli & Colore""")

    o, b = order("it-ritardo", "it", "Scaffale in metallo 5 ripiani, 180 x 90 cm", **WAITING)
    case("it-scaffale-ritardo-nessuna-annullamento",
         "Avviso di ritardo con la nuova data; 'non deve annullare nulla' è una rassicurazione.",
         to=b, frm="Magazzino Rossetti <vendite@magazzinorossetti.it>", day=12, tz="+0200", lang="it",
         subject=f"Ritardo nella spedizione – ordine {o}", text=f"""Gentile cliente,

la spedizione dello scaffale del suo ordine {o} subirà un ritardo:
il fornitore ci consegnerà i montanti con una settimana di ritardo
rispetto al previsto.

Prevediamo di spedire il 23 giugno. Non deve annullare nulla: l'ordine
resta valido e lo spediremo appena arriva la merce.

Ci scusiamo per l'attesa.
Magazzino Rossetti""")

    o, b = order("it-reso", "it", "Zaino da trekking 45 litri, impermeabile")
    case("it-zaino-reso-rimborso-parziale",
         "Messaggio relativo a un reso che offre un rimborso parziale in alternativa alla restituzione.",
         to=b, frm="Montagna Viva Shop <resi@montagnaviva.it>", day=11, tz="+0200", fmt="alt", lang="it",
         subject=f"La sua richiesta di reso – ordine {o}", text=f"""Buongiorno,

abbiamo visto la sua richiesta di reso per lo zaino dell'ordine {o}
e la segnalazione della cucitura scucita su una spallina.

Se preferisce tenere lo zaino, possiamo offrirle un rimborso parziale di
20 euro: la cucitura si ripara facilmente in qualsiasi calzoleria. Se invece
preferisce restituirlo, il reso procede normalmente. Ci faccia sapere
quale soluzione preferisce.

Cordiali saluti,
Montagna Viva Shop""")


# --------------------------------------------------------------------------------------------
# Spanish (amazon.es)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("es-cupon", "es", "Freidora de aire 5,5 L con ventana")
    case("es-cupon-precio-explicacion",
         "Responde a la pregunta del comprador sobre el precio: el cupón y el descuento son los de su propia "
         "compra, no una oferta.",
         to=b, frm="Hogar Práctico <atencion@hogarpractico.es>", day=10, tz="+0200", lang="es",
         reply="He visto que ahora la freidora cuesta menos que cuando la compré. ¿Por qué?",
         subject=f"RE: Precio de la freidora – pedido {o}", text=f"""Hola,

Gracias por escribirnos. El precio que ve ahora incluye un cupón del 10 %
que Amazon muestra en la página del producto esta semana. Cuando usted
compró (pedido {o}), ese cupón no estaba activo, por eso pagó el
precio completo.

Nosotros no podemos aplicar el descuento a un pedido ya realizado, pero si
la freidora le da cualquier problema, estamos aquí para resolverlo.

Un saludo,
Lucía
Hogar Práctico""")

    o, b = order("es-cortina", "es", "Cortina a medida, lino natural, confección con trabillas",
                 shipped="", delivered="")
    case("es-cortina-medidas-necesarias",
         "Pide la información necesaria para completar el pedido (medidas exactas); 'gracias' va seguido de "
         "preguntas reales.",
         to=b, frm="Telas Albero <pedidos@telasalbero.es>", day=12, tz="+0200", enc=L1, lang="es",
         subject=f"Medidas para su cortina – pedido {o}", text=f"""Hola,

Gracias por su pedido {o}. Para confeccionar la cortina a medida
necesitamos confirmar dos datos:

1. El ancho exacto de la barra, de extremo a extremo, en centímetros.
2. La altura desde la barra hasta el suelo, y si quiere que la cortina
   roce el suelo o quede a 1 cm.

En cuanto tengamos las medidas, la cortina estará lista en 6 días
laborables.

Saludos cordiales,
Telas Albero""")

    o, b = order("es-nevera", "es", "Frigorífico combi No Frost 201 cm, inox",
                 shipped="", delivered="", purchased="2026-06-09T10:00:00Z")
    case("es-frigorifico-cita-transportista",
         "Concierta la entrega de un artículo voluminoso; el teléfono es el del transportista, en la misma "
         "línea.",
         to=b, frm="Electro Sierra <envios@electrosierra.es>", day=13, tz="+0200", lang="es",
         subject=f"Cita de entrega de su frigorífico – pedido {o}", text=f"""Hola,

Su frigorífico (pedido {o}) mide más de dos metros y pesa 78 kg, así
que lo entrega una agencia de transporte con dos operarios.

¿Nos indica qué días le vienen bien la semana que viene, y si prefiere
mañana (9:00 a 14:00) o tarde (16:00 a 20:00)? Díganos también si hay
ascensor.

Una vez fijada la cita, puede contactar con el transportista TDN en el
902 10 20 94 si necesita cambiarla.

Un saludo,
Electro Sierra""")

    o, b = order("es-resena", "es", "Juego de sartenes antiadherentes 20/24/28 cm")
    case("es-resena-neutral-html",
         "Una única petición de reseña neutral en HTML sencillo (negrita), con enlace https a Amazon y texto "
         "explicativo.",
         to=b, frm="Cocina Brava <hola@cocinabrava.es>", day=12, tz="+0200", fmt="html", lang="es",
         subject=f"Sus sartenes – pedido {o}", html=f"""<p>Hola,</p>
<p>Esperamos que las sartenes de su pedido {o} estén funcionando bien. Un consejo:
<b>no las caliente vacías a fuego máximo</b>, así el antiadherente dura mucho más.</p>
<p>Si tiene un momento, nos ayudaría su opinión sincera sobre el producto:
<a href="https://www.amazon.es/review/create-review?asin=B0CZ9T3LQW">escribir una reseña en Amazon</a>.</p>
<p>Un saludo,<br>Cocina Brava</p>""")

    o, b = order("es-reembolso", "es", "Silla de oficina ergonómica con reposacabezas")
    case("es-silla-devolucion-reembolso-parcial",
         "Mensaje sobre una devolución que ofrece un reembolso parcial como alternativa; 'no tiene que "
         "cancelar nada' tranquiliza.",
         to=b, frm="Oficina Confort <devoluciones@oficinaconfort.es>", day=11, tz="+0200", lang="es",
         subject=f"Su solicitud de devolución – pedido {o}", text=f"""Hola,

Hemos recibido su solicitud de devolución de la silla del pedido
{o}, por el arañazo en la base.

Si prefiere quedarse con la silla, le ofrecemos un reembolso parcial del
25 % (37,50 EUR) a través de Amazon. Si prefiere devolverla, no tiene que
cancelar nada: la devolución sigue su curso normal. Responda simplemente
"me la quedo" o "la devuelvo".

Un saludo,
Oficina Confort""")


# --------------------------------------------------------------------------------------------
# Japanese (amazon.co.jp)
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("ja-ryoshusho", "ja", "電気ケトル 1.0L 温度調節機能付き")
    case("ja-ryoshusho-coupon-pdf",
         "購入者の質問への回答：クーポン割引は購入者自身の支払いの説明で、領収書はPDFで添付。",
         to=b, frm="キッチン雑貨 ひなた <info@hinata-kitchen.jp>", day=10, tz="+0900", enc=JIS, lang="ja",
         reply="領収書の金額がクーポン割引前の金額になっています。修正できますか？",
         attach=(pdf("Ryoshusho HK-7731", ["Receipt HK-7731", f"Order {o}",
                                           "Electric kettle 1.0L  1 x 4,980 JPY",
                                           "Coupon discount  -500 JPY", "Total  4,480 JPY"]),),
         subject=f"Re: 領収書について（注文番号 {o}）", text=f"""お客様

お問い合わせありがとうございます。
ご注文番号 {o} の領収書につきまして、ご指摘のとおり
クーポン割引（500円）が反映されておりませんでした。

割引後の金額 4,480円 で作成し直した領収書を添付いたしましたので、
ご確認をお願いいたします。

キッチン雑貨 ひなた""")

    o, b = order("ja-haisou", "ja", "ドラム式洗濯乾燥機 11kg", shipped="", delivered="",
                 purchased="2026-06-10T03:00:00Z")
    case("ja-sentakuki-haisou-nichiji",
         "大型商品の配送日時の調整：電話番号は配送業者の行にある。",
         to=b, frm="家電のミヤモト <shop@kaden-miyamoto.jp>", day=12, tz="+0900", enc=SJIS, lang="ja",
         subject=f"配送日時のご相談（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のドラム式洗濯乾燥機は大型商品のため、
配送業者が設置場所までお届けいたします。

つきましては、ご希望の配送日と時間帯（午前 9:00〜12:00／午後 14:00〜18:00）を
ご返信ください。また、防水パンの内寸（奥行き）もあわせてお知らせいただけますと
搬入の可否を事前に確認できます。

日程確定後の変更は、配送業者（佐川急便）0120-18-9595 までご連絡ください。

家電のミヤモト""")

    o, b = order("ja-naire", "ja", "名入れ 木製ペン 桐箱入り", shipped="", delivered="")
    case("ja-naire-design-kakunin",
         "名入れデザインの確認：校正PDFを添付し、書体と綴りの確認を依頼。",
         to=b, frm="刻印工房 木守 <order@kimori-kobo.jp>", day=12, tz="+0900", lang="ja",
         attach=(pdf("Kousei KM-0412", ["Proof KM-0412", f"Order {o}", "Text: K. Tanaka 2026.06",
                                        "Font: Mincho / engraved on cap"]),),
         subject=f"名入れデザインのご確認（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の名入れペンにつきまして、
刻印デザインの校正データを添付いたしました。

・刻印文字「K. Tanaka 2026.06」
・書体：明朝体
・位置：キャップ部分

文字の綴りと書体にお間違いがないかご確認のうえ、
「このまま進めてください」または修正内容をご返信ください。

刻印工房 木守""")

    o, b = order("ja-keppin", "ja", "北欧風 ダイニングチェア 2脚セット ナチュラル", **OOS)
    case("ja-keppin-henkin-cancel-fuyou",
         "欠品のお知らせ：全額返金と理由（在庫切れ）を明記し、「キャンセル手続きは不要」と伝える。",
         to=b, frm="インテリア モリノ <support@interior-morino.jp>", day=13, tz="+0900", enc=JIS, lang="ja",
         subject=f"商品の欠品について（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のダイニングチェアにつきまして、
在庫管理の誤りにより在庫がなく、お届けすることができなくなりました。
誠に申し訳ございません。

ご注文金額は、理由「在庫切れ」として Amazon を通じて全額返金いたしました。
お客様によるキャンセル手続きは不要です。返金の反映までは数日かかる場合がございます。

インテリア モリノ""")

    o, b = order("ja-koukan", "ja", "ワイヤレス充電スタンド 15W")
    case("ja-shashin-kakunin-shinpin-koukan",
         "不良品への対応：写真を確認し、新品を無料で交換；メーカー保証窓口の番号は保証の行にある。",
         to=b, frm="モバイルアクセサリー ソラ <help@sora-mobile.jp>", day=11, tz="+0900", lang="ja",
         reply="充電スタンドのランプが点滅したままで充電されません。写真を送ります。",
         subject=f"Re: 充電できない件（注文番号 {o}）", text="""お客様

写真をお送りいただきありがとうございます。拝見したところ、
ランプの点滅は内部回路の不良を示しております。

本日、新品の充電スタンドを無料で発送いたします。
不良品はご返送いただかなくて結構です。

なお、交換品もメーカー保証（1年間）の対象です。
メーカー保証窓口：0120-956-180（平日 10:30〜17:00）

モバイルアクセサリー ソラ""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_it, cases_es, cases_ja))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="sixtieth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
