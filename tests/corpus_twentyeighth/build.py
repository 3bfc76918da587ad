#!/usr/bin/env python3
"""Build the twenty-eighth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_twentyeighth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. All English (amazon.com and amazon.co.uk, plus a few buyers on
amazon.de / amazon.fr for language.mismatch). Angle: the heuristic rules of RULES.md section C, content.sensitive
and language.mismatch in mail written by AUTOMATION TOOLS (review-request apps, feedback tools, repricer and
shipping-label tools, Shopify / BigCommerce / WooCommerce notifications re-used for Amazon, polished AI prose),
by NON-NATIVE sellers (Chinese, Indian, Turkish, German sellers: 'Dear friend', 'Kindly be informed', 'If any
problem please contact us first we will solve for you') and with template variables left unfilled.
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

_rnd = random.Random(28_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "de": "30", "fr": "40"}
_TLD = {"en": "com", "de": "de", "fr": "fr"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T10:00:00Z", shipped="2026-06-02T08:00:00Z",
                 delivered="2026-06-05T12:00:00Z")
ORDERS = BOOK.rows
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-12T09:00:00Z"}
RECENT = {"purchased": "2026-06-10T09:00:00Z", "shipped": "2026-06-11T08:00:00Z", "delivered": "2026-06-13T12:00:00Z"}


def order(key: str, title: str, *, tld: str = "com", lang: str = "en", **dates) -> tuple[str, str]:
    return BOOK.add(key, lang, title, tld=tld, **dates)


HEURISTIC = ["type.order-confirmation", "type.thank-you-only", "type.marketing", "review.incentive",
             "review.removal-request", "review.conditional", "order-problem.cancellation-request",
             "order-problem.no-adjustment", "return.unnecessary", "content.sensitive", "link.opt-out"]
OTHER = ["review.repeat", "order-id.missing", "order-id.unknown", "window.expired", "language.mismatch",
         "content.email-address", "content.phone-number", "link.external", "style.emoji", "style.line-breaks",
         "style.font-override", "style.alignment"]


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str, text: str,
         day: int = 12, reply: str = "", tolerated: tuple[str, ...] = (), fmt: str = "plain",
         enc: dict | None = None, after: tuple[str, ...] = (), crlf: bool = False, attach=()) -> None:
    """One case. fmt: plain | alt (text + html alternative) | html (html only). Every heuristic rule not
    named in `rules` (or tolerated) must stay silent. `reply` quotes a buyer message and sets In-Reply-To."""
    hdrs = reply_headers(f"0100019b.t28.{slug[:24]}") if reply else []
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = text.strip("\n") + "\n"
    if reply:
        body += "\nOn 11 Jun 2026, Amazon buyer wrote:\n" + quote(reply) + "\n"
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*HEURISTIC, *OTHER) if r not in rules and r not in tol]
    kw = dict(enc or {})
    mid = f"<t28.{slug}@{dom}>"
    if fmt == "plain":
        msg = mk(frm, to, subject, mail_date(day, "09:41:00"), mid, headers=hdrs, text=body, attach=attach, **kw)
    elif fmt == "alt":
        msg = mk(frm, to, subject, mail_date(day, "09:41:00"), mid, headers=hdrs, text=body,
                 html=page(text2html(body)), attach=attach, **kw)
    else:
        msg = mk(frm, to, subject, mail_date(day, "09:41:00"), mid, headers=hdrs, html=page(text2html(body)),
                 attach=attach, **kw)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, after=after, crlf=crlf)


B64 = {"cte": "base64"}
LATIN1 = {"charset": "iso-8859-1", "cte": "quoted-printable"}


# --------------------------------------------------------------------------------------------
# Compliant near-misses
# --------------------------------------------------------------------------------------------

def compliant_en() -> None:
    o, b = order("glue", "Epoxy Resin Kit 1000 ml Crystal Clear")
    case("dear-friend-cure-time-contact-first", "relay", [],
         "Non-native usage note: 'If any problem please contact us first we will solve for you' is an offer of "
         "help next to real curing instructions, with no review in sight: no gating, not thank-you-only.",
         to=b, frm="HUAXIN Resin Store <service@huaxin-resin.com>", subject=f"Important using tips for your order {o}",
         text=f"""Dear friend,

Kindly be informed that your epoxy resin kit (order {o}) is arrived. Before use it, please read below tips, it is very important for good result:

1. Mix part A and part B in ratio 1:1 by volume, not by weight.
2. Stir slowly for 3 minutes, scrape the side of the cup, otherwise the resin will stay sticky.
3. The room temperature must be above 22 degree. If too cold, put the bottles in warm water 10 minutes before mix.
4. Full cure need 24-48 hours. Don't demould earlier.

If any problem please contact us first we will solve for you.

Best regards
Lily
HUAXIN Resin Store""")

    o, b = order("oos-refunded", "Ceramic Pour Over Coffee Dripper, Sage Green", **OOS)
    case("oos-we-have-refunded-full-amount", "relay", [],
         "Out of stock, and the message confirms the full amount was already refunded with the reason (no "
         "inventory): the permitted problem-with-order message, non-native phrasing.",
         to=b, frm="Kaffa Homeware <orders@kaffa-homeware.com>", subject=f"Problem with your order {o}",
         text=f"""Dear customer,

We are very sorry for the inconvenience caused to you. Your order {o} for the Ceramic Pour Over Coffee Dripper (Sage Green) can not be shipped because the item is out of stock in our warehouse, the last piece was damaged during quality check.

We have already refunded the full order amount of $24.99 to your original payment method, with the reason "No inventory". You will see it in your account in 3-5 business days depending on your bank.

Again we apologize for this.

Kaffa Homeware Team""", fmt="alt")

    o, b = order("return-info", "Bluetooth Shower Speaker IPX7", tld="co.uk")
    case("return-requested-kindly-send-photo", "relay", [],
         "A proactive follow-up on a return request that asks for the information needed to complete it "
         "(reason, a photo of the fault, whether the charging cable is included).",
         to=b, frm="SoundPebble UK <returns@soundpebble.co.uk>", subject=f"Your return request - order {o}",
         text=f"""Hello,

We noticed you requested a return for the shower speaker from order {o}.

To complete the return we kindly need some information from you:
- Which problem do you have (no sound, no charging, no Bluetooth pairing)?
- Could you attach a photo of the speaker showing the serial sticker on the back?
- Is the USB charging cable still with you? It must be in the parcel.

As soon as we have these details we will approve the return in Seller Central.

Many thanks,
Deepak
SoundPebble UK""")

    o, b = order("partial-refund", "Memory Foam Pillow, Contour, Queen", tld="com")
    case("return-partial-refund-keep-it", "relay", [],
         "Indian-English return follow-up offering a partial refund so the buyer can keep the pillow: one of "
         "the two permitted return contacts.",
         to=b, frm="SleepWell India Exports <care@sleepwell-exports.in>", subject=f"Regarding return of order {o}",
         text=f"""Dear Sir/Madam,

Greetings from SleepWell.

We have received your return request for the contour pillow of order {o}, stating that the pillow is too firm.

Kindly note that memory foam becomes softer after 3-4 nights of use at room temperature. If you wish, instead of the return we can offer you a partial refund of 35% ($13.30) and you may keep the pillow. Please let us know by replying to this message whether you accept this offer or want to go ahead with the return.

Thanks & Regards,
Customer Care Team
SleepWell India Exports""")

    o, b = order("reply-thanks", "Digital Meat Thermometer, Instant Read")
    case("reply-thanks-happy-to-help", "relay", [],
         "A reply to a buyer who thanked the seller: 'thank you, we're always here to help' is only thanks, but "
         "type.thank-you-only applies to proactive messages only.",
         to=b, frm="GrillPro Support <support@grillpro-tools.com>", subject=f"Re: Order {o} - solved",
         reply="Thanks, the recalibration worked. The thermometer reads 100 C in boiling water now.",
         text="""Hi there,

That's great news, thank you for letting us know! We're always here to help if you need anything else.

Best,
Jordan
GrillPro Support""")

    o, b = order("reply-tracking", "Kids Balance Bike 12 inch, Red", tld="co.uk")
    case("reply-where-is-my-parcel-tracking", "relay", [],
         "A Shopify-style shipping notification re-used as the ANSWER to a buyer who asked where the bike is: "
         "tracking information on request is permitted.",
         to=b, frm="Little Wheels <hello@littlewheels.co.uk>", subject=f"Re: Where is my order {o}?",
         reply="Hi, my son's birthday is on Saturday, where is the bike? It says dispatched but nothing yet.",
         text=f"""Hi,

Your order {o} is on its way!

Carrier: Evri
Tracking number: H01HYA0012345678
Current status: At local depot, out for delivery tomorrow (Saturday) before 6pm.

So it should be there in time for the birthday. If the driver misses you, Evri leaves a card and tries again the next day.

Little Wheels""", fmt="alt")

    o, b = order("tmpl-var", "Reusable Silicone Food Storage Bags, 8 Pack")
    case("unfilled-template-vars-care-info", "relay", [],
         "A review-app template sent with '{first_name}' and '[Product Name]' left unfilled, but the content is "
         "care instructions: untidy, not a prohibited type; spelling may warn.",
         to=b, frm="GreenKeep <team@greenkeep-home.com>", subject=f"How to care for your [Product Name] - order {o}",
         text=f"""Hi {{first_name}},

Your [Product Name] from order {o} should arrive clean, but we recommend one wash before first use.

- Dishwasher: top rack only, open, upside down over the tines.
- By hand: warm soapy water, then dry them open on a bottle or a wooden spoon.
- Smells (onion, garlic): soak in water with a spoon of baking soda overnight.
- Never use them in the oven or on a hob; the microwave is fine with the zip open.

The GreenKeep team""", fmt="alt")

    o, b = order("lifetime-warranty", "Hiking Backpack 40L with Rain Cover")
    case("lifetime-warranty-zip-repair-no-review", "relay", [],
         "'Lifetime warranty' in a message that only explains how to claim it for a broken zip (answer to the "
         "buyer): a warranty fact, no review request, no incentive.",
         to=b, frm="Ridgeline Packs <support@ridgeline-packs.com>", subject=f"Re: Broken zip - order {o}",
         reply="The main zip came off on the second day of my trip.",
         text=f"""Hello,

Sorry to hear about the zip. Every Ridgeline pack has a lifetime warranty on zips and seams, so this is fully covered for order {o}.

We will send you a new zip slider with a small pair of pliers free of charge. The slider clips onto the existing tape; the instructions with pictures are in the envelope. If the tape itself is torn, tell us and we will replace the whole pack instead.

Ridgeline Packs Customer Care""")

    o, b = order("review-honest", "Stainless Steel Garlic Press")
    case("review-app-honest-positive-or-negative", "relay", [],
         "A feedback-tool review request asking for an honest opinion 'good or bad', no benefit, no steering to "
         "stars, first request for the order.",
         to=b, frm="Pressmaster Kitchen <noreply@pressmaster-kitchen.com>", day=13,
         subject=f"How is your garlic press? (order {o})",
         text=f"""Hello,

Your Stainless Steel Garlic Press from order {o} was delivered a few days ago. We hope it is working well in your kitchen.

Would you take a minute to share your experience on Amazon? Whether it is good or bad, honest reviews help other shoppers decide and help us improve our products.

You can write it from Your Orders on Amazon.

Thank you for your time,
Pressmaster Kitchen""", fmt="alt")

    o, b = order("warranty-then-review", "Electric Kettle 1.7L, Glass, Blue LED", tld="co.uk")
    case("warranty-registration-separate-review-request", "relay", [],
         "The 2-year warranty is explained in its own paragraph as a fact of the purchase; the review request at "
         "the end is neutral and not tied to it.",
         to=b, frm="Brewhaus UK <care@brewhaus.co.uk>", subject=f"Your kettle: descaling and warranty (order {o})",
         text=f"""Dear customer,

A few tips for the glass kettle from order {o}:

Descale it once a month in hard-water areas: half fill it with water and a tablespoon of citric acid, boil, leave for 20 minutes, rinse twice.

Your kettle is covered by a 2-year warranty from the date of delivery. Keep the Amazon invoice; it is your proof of purchase.

When you have used it for a while, we would appreciate your honest review on Amazon.

Kind regards,
Brewhaus UK""", enc=LATIN1)

    o, b = order("delay", "Solar Garden Lights, 12 Pack, Warm White", shipped="2026-06-12T08:00:00Z",
                 delivered="", purchased="2026-06-11T10:00:00Z")
    case("customs-delay-we-can-cancel-for-you", "relay", [],
         "Chinese seller's delay notice: the parcel is held at customs, new date given; if the buyer does not want "
         "to wait, the seller will cancel and refund for them (no request to the buyer to cancel).",
         to=b, frm="Sunbeam Lighting Store <service@sunbeam-light.cn>", subject=f"Delivery delay notice for order {o}",
         text=f"""Dear friend,

Kindly be informed that your parcel of order {o} is held at customs inspection in Los Angeles, so the delivery will be delay about 5 days. New estimated delivery is June 22.

We are very sorry for the inconvenience caused to you. If you don't want to wait, just reply to us and we will cancel the order and refund the full amount for you immediately, you don't need to do anything.

Best wishes,
Sunbeam Lighting Store""")

    o, b = order("bilingual-de", "Laptop Stand Aluminium, Adjustable", tld="de", lang="de")
    case("german-seller-bilingual-de-en", "relay", [],
         "A German seller writes to an amazon.de buyer in German with an English copy below: the buyer's language "
         "is included, so no mismatch.",
         to=b, frm="Ergowerk GmbH <service@ergowerk.de>", subject=f"Montagehinweis / assembly note - Bestellung {o}",
         text=f"""Guten Tag,

zu Ihrer Bestellung {o}: Bitte ziehen Sie die beiden Innensechskantschrauben am Gelenk nach etwa einer Woche Nutzung noch einmal nach. Der passende Schlüssel liegt im Karton unter der Schaumstoffeinlage.

Mit freundlichen Grüßen
Ihr Ergowerk-Team

---

Hello,

regarding your order {o}: please tighten the two hex screws at the hinge again after about one week of use. The matching key is in the box under the foam insert.

Kind regards
Your Ergowerk team""", enc={"charset": "utf-8", "cte": "quoted-printable"})

    o, b = order("de-en-buyer", "Mechanical Keyboard, UK Layout, Brown Switches", tld="de", lang="en")
    case("english-to-amazon-de-buyer-prefers-en", "relay", [],
         "An English message to an amazon.de buyer whose stored language of preference is English: language matches.",
         to=b, frm="Tastenwerk <support@tastenwerk.de>", subject=f"Keycap puller for your order {o}",
         text=f"""Hello,

the keycap puller for your keyboard from order {o} was missing from some boxes of this batch. We have sent it to you today as a separate letter; it should arrive in 2-3 days.

Until then, please do not lever the keycaps off with a screwdriver; the switch stems break easily.

Kind regards,
Tastenwerk Support""")

    o, b = order("stopcock", "Thermostatic Radiator Valve Set, 15mm", tld="co.uk")
    case("stopcock-bleed-drain-plumbing", "relay", [],
         "British plumbing vocabulary ('stopcock', 'bleed', 'drain down', 'nuts', 'tails') in an installation "
         "note: no offensive language.",
         to=b, frm="ValveDirect UK <help@valvedirect.co.uk>", subject=f"Fitting your TRVs - order {o}",
         text=f"""Hi,

Before you fit the valves from order {o}, a few things our customers often ask:

- You do not have to drain down the whole system if you only swap the valve heads. For the bodies you do.
- Turn off the boiler and close the stopcock on the cold feed before you undo the nuts on the tails.
- Have a towel and a bowl ready; there is always a cupful of dirty water in the radiator.
- After refilling, bleed each radiator from the top floor down until water, not air, comes out of the bleed screw.

Cheers,
Gareth
ValveDirect UK""", enc=LATIN1)

    o, b = order("killswitch", "Portable Generator 2200W Inverter")
    case("kill-switch-dead-battery-shoot", "relay", [],
         "'Kill switch', 'dead battery', 'choke', 'shoot us a message' in a generator troubleshooting answer: "
         "technical words, not violence.",
         to=b, frm="VoltEdge Power <support@voltedge-power.com>", subject=f"Re: Generator won't start (order {o})",
         reply="The generator won't start. I pulled the cord twenty times.",
         text=f"""Hey,

Sorry for the trouble with the generator from order {o}. Nine times out of ten it's one of these:

1. The engine kill switch on the front panel is still on OFF. It has to be on RUN, not just the fuel valve.
2. The choke must be fully closed for a cold start, then opened halfway after it fires.
3. Low oil: the sensor blocks the ignition until the oil reaches the lower edge of the filler neck.

If you use the electric start and nothing clicks, the starter battery is dead from storage; charge it with the DC cable overnight.

Shoot us a message if it still won't fire and we'll set up a warranty repair.

VoltEdge Power Support""")

    o, b = order("ai-grinder", "Conical Burr Coffee Grinder, 40 Settings")
    case("ai-polished-gratitude-with-dial-in-guide", "relay", [],
         "Polished AI-style prose that opens and closes with gratitude but carries a real dial-in guide in between: "
         "more than thanks.",
         to=b, frm="Aurelio Coffee Tools <hello@aurelio-coffee.com>", subject=f"Getting the best from your grinder - order {o}",
         text=f"""Dear Valued Customer,

Thank you for choosing Aurelio for your coffee journey. We are truly grateful that you have placed your trust in us with order {o}.

To help you unlock the full potential of your new conical burr grinder, here is a quick dial-in guide:

- Espresso: start at setting 8 and adjust by one step until a double shot runs in 25 to 30 seconds.
- Pour over: setting 24 is a balanced starting point for a medium roast.
- French press: setting 36 or coarser, to keep the sediment low.

Please brush the burrs every two weeks with the included brush; never wash them with water.

With heartfelt appreciation,
The Aurelio Team""", fmt="alt")

    o, b = order("save-email", "Smart Thermostat, Wi-Fi, Gen 3", tld="co.uk")
    case("save-this-email-warranty-reference", "relay", [],
         "'Please save this email' because it holds the warranty reference needed for a claim: no voucher, no "
         "promotion.",
         to=b, frm="ThermaHome UK <warranty@thermahome.co.uk>", subject=f"Your warranty reference for order {o}",
         text=f"""Hello,

Your smart thermostat from order {o} is registered for the 3-year manufacturer warranty.

Warranty reference: TH-UK-2026-448172

Please save this email; you will need the reference and your Amazon order number if you ever make a claim. The warranty covers the thermostat and the wall plate, not the batteries.

Kind regards,
ThermaHome Warranty Team""")

    o, b = order("engrave", "Personalised Wooden Chopping Board, Engraved", **{"shipped": "", "delivered": "",
                 "purchased": "2026-06-13T09:00:00Z"})
    case("order-received-confirm-engraving-text", "relay", [],
         "Starts like a WooCommerce 'order received and being processed' notice, but its purpose is verifying the "
         "custom engraving text before production: a permitted proactive message.",
         to=b, frm="Oak & Ember Gifts <studio@oakandember.co.uk>", subject=f"Please confirm your engraving - order {o}",
         text=f"""Hi,

Your order {o} has been received and is being processed. Before we engrave the board we need you to check the text, as we cannot change it afterwards:

Line 1: THE MILLERS
Line 2: Est. 2019

Font: Serif Classic, centred on the lower third of the board.

Please reply "OK" if this is correct, or send us the corrected text. We start production once we hear from you.

Oak & Ember Gifts""", fmt="alt")

    o, b = order("bulky", "Folding Treadmill 2.5HP with Incline", tld="co.uk")
    case("bulky-delivery-slot-two-person", "relay", [],
         "Scheduling a two-person delivery of a heavy item (a permitted reason), written by a shipping-label tool "
         "template; not a dispatch confirmation.",
         to=b, frm="FitStride UK <deliveries@fitstride.co.uk>", subject=f"Delivery booking for your treadmill - order {o}",
         text=f"""Dear customer,

Your treadmill (order {o}) weighs 78 kg and is delivered by a two-person crew to the room of your choice.

To book the slot we need from you:
1. Your preferred day next week (Monday to Saturday)
2. Morning (8-12) or afternoon (12-6)
3. Any stairs or a lift at the address?

Please reply to this message with these three answers and we will confirm the slot within one working day.

FitStride UK Deliveries""")

    o, b = order("modify-listing", "Women's Running Shoes, Size Guide Wide Fit", tld="com")
    case("we-updated-size-chart-after-your-feedback", "relay", [],
         "'We have modified the size chart' and 'thanks for your feedback' in an answer to the buyer: the seller "
         "changed its own listing; nothing asks to change a review.",
         to=b, frm="Stridewell <support@stridewell-shoes.com>", subject=f"Re: Shoes too small - order {o}",
         reply="The size 8 is more like a 7. Your size chart is wrong.",
         text=f"""Hi,

You are right, and thank you for the feedback. The wide-fit model runs half a size small; we have modified the size chart on the listing today so other customers see it.

For your order {o} we will send a size 8.5 free of charge. Please keep the 8s until the new pair arrives, then send them back with the prepaid label that will be in the new box.

Stridewell Support""")

    o, b = order("how-edit", "Cast Iron Dutch Oven 5.5 Qt, Enamelled")
    case("buyer-asked-how-to-edit-review", "relay", [],
         "The buyer asked how to add a photo to the review they wrote; the seller explains where the edit button "
         "is. Answering the buyer's own question is not the seller asking for a change.",
         to=b, frm="Hearthstone Cookware <care@hearthstone-cookware.com>", subject=f"Re: Adding a photo - order {o}",
         reply="I wrote a review of the dutch oven but I'd like to add a photo of my bread. How do I do that?",
         text=f"""Hi,

Good question! On Amazon, go to Your Account, then Your Reviews (under Your Profile). Next to the review of the dutch oven (order {o}) there is an Edit button; from there you can add photos or video.

Happy baking,
Hearthstone Cookware""")

    o, b = order("not-satisfied-contact", "Cordless Hair Clipper, 3 Guards", tld="co.uk")
    case("not-satisfied-contact-us-oil-blades", "relay", [],
         "'If you are not satisfied with the cut, please contact us' after oiling instructions, with no review "
         "request anywhere: an offer of help, not gating.",
         to=b, frm="TrimLine UK <care@trimline.co.uk>", subject=f"Oil the blades before first use - order {o}",
         text=f"""Hello,

The blades of the clipper from order {o} are shipped dry. Before first use, put three drops of the enclosed oil across the teeth and run the clipper for ten seconds; wipe off the excess.

Repeat this every three haircuts. Dry blades pull hair and get hot.

If you are not satisfied with the cut after oiling, please contact us and we will send a new blade set.

TrimLine UK""")

    o, b = order("invoice", "Office Chair, Ergonomic Mesh, Lumbar Support", tld="co.uk")
    case("bigcommerce-vat-invoice-pdf", "relay", [],
         "A BigCommerce-style invoice notification with the VAT invoice as a PDF: sending an invoice is permitted.",
         to=b, frm="SitRight Ltd <accounts@sitright.co.uk>", subject=f"VAT invoice for your order {o}",
         text=f"""Dear customer,

Please find attached the VAT invoice for your order {o}, as requested for your business records.

Invoice number: SR-2026-06117
VAT registration: GB 298 4417 62

Kind regards,
Accounts, SitRight Ltd""", attach=[(make_pdf("VAT invoice SR-2026-06117", [
            "SitRight Ltd - VAT invoice SR-2026-06117", f"Amazon order {o}", "Office Chair, Ergonomic Mesh x1",
            "Net 124.99 GBP  VAT 25.00 GBP  Total 149.99 GBP"], producer="BigCommerce Invoice PDF 3.1"),
            "application", "pdf", "SR-2026-06117.pdf")])

    o, b = order("ebook-manual", "Air Fryer 5.5L, Digital, 8 Presets")
    case("recipe-ebook-attached-as-promised", "relay", [],
         "The 'free e-book' promised on the listing is attached as a PDF for the product; no review is mentioned, "
         "so nothing is offered in exchange.",
         to=b, frm="Crispio Appliances <help@crispio-home.com>", subject=f"Your air fryer recipe book - order {o}",
         text=f"""Hello,

As mentioned on the product page, every Crispio air fryer comes with our free recipe e-book. The printed card in the box had a wrong page count, so we attach the PDF for your order {o} here.

Start with the chips on page 4: 200 degrees, 18 minutes, shake the basket twice.

Crispio Appliances""", attach=[(make_pdf("Crispio recipe book", ["Crispio Air Fryer Recipes",
            "Chips: 200 C, 18 min, shake twice", "Chicken wings: 190 C, 24 min"], producer="Crispio DTP 1.0"),
            "application", "pdf", "crispio-recipes.pdf")])

    o, b = order("reply-dont-return", "LED Desk Lamp with Wireless Charger", tld="com")
    case("reply-no-need-to-return-new-one", "relay", [],
         "The buyer reported a broken lamp; the seller answers 'please do not return it, we will send a new one'. "
         "As a reply this is customer service, and return.unnecessary applies to proactive messages only.",
         to=b, frm="Lumina Desk <support@lumina-desk.com>", subject=f"Re: Lamp arrived broken - order {o}",
         reply="The lamp arm is snapped. Should I return it?",
         text=f"""Dear customer,

We are so sorry the lamp from order {o} arrived broken. Please do not return it, we will send a new one today at no cost; you will get the tracking number from Amazon when it ships.

You can dispose of the broken lamp with electronic waste.

Lumina Desk Support""")

    o, b = order("partial-no-return", "Wool Throw Blanket 130x170, Grey", tld="co.uk")
    case("proactive-no-return-partial-refund", "relay", [],
         "Proactive follow-up on a return request: 'no need to return it' together with an offer of a 25% partial "
         "refund to keep the throw: a permitted return contact.",
         to=b, frm="Highland Weave <care@highlandweave.co.uk>", subject=f"About your return request - order {o}",
         text=f"""Dear customer,

We saw your return request for the wool throw from order {o} because of the pulled thread.

A pulled thread can be eased back with a blunt needle from the back side. If you would rather keep the throw, we can offer a partial refund of 25% (£11.25) and you do not need to send it back. Just reply "yes" and we will issue it the same day.

Highland Weave""", enc=LATIN1)

    # ---- review.repeat sequences: compliant second messages ----
    o1, b1 = order("seq-two-orders-a", "Yoga Block Set, Cork, 2 Pieces")
    o2 = BOOK.order_id("com")
    BOOK.rows["seq-two-orders-b"] = dict(BOOK.rows["seq-two-orders-a"], order_id=o2,
                                         product_title="Yoga Strap 2.5 m, Cotton")
    case("seq-first-review-request-order-a", "relay", [],
         "First (and only) review request for the cork blocks, sent by a review-request app.",
         to=b1, frm="Corkflow Yoga <reviews@corkflow-yoga.com>", day=11,
         subject=f"Quick favour? Your yoga blocks (order {o1})",
         text=f"""Hi,

It's been a week since your cork yoga blocks (order {o1}) arrived. If you have a minute, we'd love to hear what you think in a review on Amazon. Every honest opinion counts.

Namaste,
Corkflow Yoga""")
    case("seq-review-request-other-order-same-buyer", "relay", [],
         "Same buyer, but this review request is for a DIFFERENT order (the strap): the per-order repeat rule does "
         "not apply.",
         to=b1, frm="Corkflow Yoga <reviews@corkflow-yoga.com>", day=14,
         subject=f"Your yoga strap (order {o2})",
         text=f"""Hi,

Your cotton yoga strap from order {o2} arrived a few days ago. If you have a minute, could you tell other yogis how you like it in a review on Amazon?

Namaste,
Corkflow Yoga""", after=("seq-first-review-request-order-a",))

    o, b = order("seq-question-then-review", "Robot Vacuum Cleaner, 2700Pa")
    case("seq-setup-question-first", "relay", [],
         "Proactive setup note with no review request (the first message of a sequence).",
         to=b, frm="Sweepo Robotics <care@sweepo-robotics.com>", day=8,
         subject=f"Setting up your robot vacuum (order {o})",
         text=f"""Hello,

Before the first run of the robot from order {o}: remove the two foam blocks under the bumper and charge it on the dock for 6 hours. The first map takes two full runs.

Sweepo Robotics""")
    case("seq-review-request-after-setup-note", "relay", [],
         "The earlier message for this order was a setup note, not a review request: this is the FIRST request.",
         to=b, frm="Sweepo Robotics <care@sweepo-robotics.com>", day=14,
         subject=f"How is your robot vacuum doing? (order {o})",
         text=f"""Hello,

Now that the robot from order {o} has mapped your home, we would be grateful if you could share your experience in a product review on Amazon.

Sweepo Robotics""", after=("seq-setup-question-first",))

    o, b = order("seq-blocked-then-clean", "Bamboo Bath Mat, Non-Slip")
    case("seq-blocked-giftcard-request", "reject", ["review.incentive"],
         "A review request with a $10 gift card for a 5-star review (refused, so never relayed; first of a "
         "sequence).", to=b, frm="Bambuu Home <hello@bambuu-home.com>", day=9,
         subject=f"Claim your $10 gift card - order {o}",
         text=f"""Hello,

Enjoying your bamboo bath mat from order {o}? Leave us a 5-star review on Amazon and we'll email you a $10 Amazon gift card as a thank-you.

Bambuu Home""", tolerated=("type.marketing",))
    case("seq-clean-request-after-blocked-one", "relay", [],
         "The earlier request for this order offered a gift card and was refused, so it was never relayed; this "
         "clean request is the first one relayed for the order.",
         to=b, frm="Bambuu Home <hello@bambuu-home.com>", day=14,
         subject=f"Your bamboo bath mat (order {o})",
         text=f"""Hello,

We hope the bamboo bath mat from order {o} is keeping your floor dry. If you have a moment, please share your honest opinion in a review on Amazon.

Kind regards,
Bambuu Home""", after=("seq-blocked-giftcard-request",))


# --------------------------------------------------------------------------------------------
# Violations
# --------------------------------------------------------------------------------------------

def violations_en() -> None:
    # ---- review.incentive ----
    o, b = order("lifetime-ext", "Insulated Water Bottle 1L, Stainless")
    case("lifetime-warranty-extension-for-reviewers", "reject", ["review.incentive"],
         "A 'lifetime warranty extension' offered to customers who leave a review: a future benefit for a review.",
         to=b, frm="HydraPeak <care@hydrapeak.com>", subject=f"Unlock your lifetime warranty - order {o}",
         text=f"""Hi there,

Thanks for picking HydraPeak! Your bottle from order {o} comes with a standard 1-year warranty.

Good news: as a thank-you to our reviewers, we upgrade the warranty to a LIFETIME warranty extension for everyone who writes a review of the bottle on Amazon. Just reply with your review name once it is live.

Stay hydrated,
HydraPeak""", fmt="alt", tolerated=("type.marketing",))

    o, b = order("extended-share", "Wireless Earbuds, ANC, 30h Battery", tld="co.uk")
    case("extended-warranty-if-you-share-experience", "reject", ["review.incentive"],
         "'Extended warranty if you share your experience on Amazon': a benefit tied to the review, said softly.",
         to=b, frm="Auralis Audio <support@auralis-audio.co.uk>", subject=f"Your earbuds - order {o}",
         text=f"""Dear customer,

We hope you are enjoying the earbuds from order {o}. To pair them with a second phone, hold both touch panels for 5 seconds until the LED flashes white.

We would love you to share your experience on Amazon, and to say thank you we will extend your warranty from 12 to 24 months once your review is up.

Best regards,
Auralis Audio""")

    o, b = order("ebook-review", "Sourdough Starter Kit with Banneton")
    case("free-ebook-after-review", "reject", ["review.incentive"],
         "A free e-book sent 'as soon as your review is posted': a free product for a review.",
         to=b, frm="Crumb & Co <bake@crumbandco.com>", subject=f"Your sourdough kit - order {o}",
         text=f"""Hey baker,

Your sourdough kit from order {o} has landed! Feed the starter daily at the same time for the first week.

Leave a review of the kit on Amazon and we'll send you our free e-book "50 Sourdough Bakes" as soon as your review is posted.

Happy baking!
Crumb & Co""", fmt="html")

    o, b = order("charity", "Organic Cotton Baby Blanket")
    case("donate-one-dollar-per-review", "reject", ["review.incentive"],
         "'For each review we receive we donate $1 to charity': the review is persuaded with a benefit, even if "
         "it goes to a third party.",
         to=b, frm="Little Sprout Organics <hello@littlesprout.com>", subject=f"A small favour that helps others - order {o}",
         text=f"""Dear parent,

Thank you for wrapping your little one in our organic cotton blanket (order {o}).

For each review we receive on Amazon this month, we will donate $1 to a children's hospital charity. Your words could help a family twice: once by guiding their choice, and once through the donation.

With love,
Little Sprout Organics""", fmt="alt")

    o, b = order("vip", "Silk Pillowcase 22 Momme, Champagne", tld="co.uk")
    case("exclusive-vip-treatment-for-reviewers", "reject", ["review.incentive"],
         "'Customers who leave a review join our VIP list with exclusive treatment and early access': future "
         "benefits for a review.",
         to=b, frm="Soie Luxe <concierge@soieluxe.co.uk>", subject=f"An invitation for you - order {o}",
         text=f"""Dear customer,

Your silk pillowcase from order {o} is best washed cold on a delicate cycle, inside a mesh bag, and dried flat.

Customers who leave a review on Amazon are welcomed into our Silk Circle and receive exclusive VIP treatment: priority support and early access to new colours.

Warm regards,
Soie Luxe Concierge""", tolerated=("type.marketing",))

    o, b = order("good-review-cn", "Car Phone Holder, Magnetic, Dashboard")
    case("hope-you-give-good-review-very-important", "reject", ["review.incentive"],
         "Chinese seller: 'Hope you can give us a good review, it is very important for us' steers the buyer to a "
         "positive review.",
         to=b, frm="YOUKE Auto Accessories <service@youke-auto.com>", subject=f"About your order {o}",
         text=f"""Dear friend,

Thank you for your support! Your car phone holder (order {o}) is delivered. Please clean the dashboard with the alcohol pad before stick the base, and wait 24 hours before put the phone on.

Hope you can give us a good review, it is very important for us, small seller. If any problem please contact us first we will solve for you.

Best wishes
YOUKE""", tolerated=("review.conditional",))

    o, b = order("five-star-app", "Resistance Bands Set, 5 Levels", tld="com")
    case("review-app-five-star-rating-widget", "reject", ["review.incentive"],
         "A review-app HTML template with a 'Rate us 5 stars' headline: persuading towards a positive rating.",
         to=b, frm="FlexForce Fitness <reviews@flexforce-fit.com>", subject=f"Loving your bands? - order {o}",
         text=f"""Hi {{first_name}},

How are the resistance bands from order {o} working out for you?

If they're helping you reach your goals, rate us 5 stars on Amazon! It takes less than a minute and helps a small family business grow.

Keep moving,
The FlexForce Team""", fmt="html")

    o, b = order("coupon-review", "Baby Food Maker, Steamer and Blender")
    case("review-then-coupon-next-order", "reject", ["review.incentive"],
         "'Send us a screenshot of your review and receive a 20% coupon for your next order': discount for a review "
         "(the coupon is also promotion).",
         to=b, frm="Nuri Baby <care@nuribaby.com>", subject=f"Your baby food maker - order {o}",
         text=f"""Hello,

Your baby food maker from order {o} should be descaled every 2 weeks with white vinegar.

Send us a screenshot of your review and receive a 20% coupon for your next order with us!

Nuri Baby""", tolerated=("type.marketing",))

    o, b = order("refund-shipping", "Pet Hair Remover Roller", tld="co.uk")
    case("shipping-refunded-after-feedback-turkish", "reject", ["review.incentive"],
         "Turkish seller: 'after you leave feedback we will refund your shipping cost': a refund for a review.",
         to=b, frm="Anatolia Pet Supplies <info@anatoliapet.com.tr>", subject=f"Your order {o} information",
         text=f"""Dear Valued Customer,

We are happy to inform you that your order {o} is delivered. Please empty the roller's chamber after each use by pressing the button on top.

Please write your feedback for us, after you leave feedback we will refund your shipping cost 3.99 GBP as our thanks.

Best Regards,
Anatolia Pet Supplies""")

    # ---- review.conditional ----
    o, b = order("gating-100", "Standing Desk Converter, 32 inch")
    case("not-100-satisfied-contact-before-feedback", "reject", ["review.conditional"],
         "'If you are not 100% satisfied, please contact us before leaving feedback': review gating.",
         to=b, frm="LiftDesk Co <support@liftdesk.co>", subject=f"Your desk converter - order {o}",
         text=f"""Hello,

We hope the desk converter from order {o} has made your workday a bit better. Remember to lock the lever before you put your monitor on.

We'd appreciate it if you could leave seller feedback on Amazon. If you are not 100% satisfied, please contact us before leaving feedback so we can make it right.

LiftDesk Co""", fmt="alt")

    o, b = order("gating-cn", "USB C Hub 7 in 1, 4K HDMI", tld="co.uk")
    case("if-satisfied-positive-if-problem-contact-first", "reject", ["review.conditional"],
         "Non-native gating: 'If you satisfied please leave positive feedback, if any problem please contact us "
         "first': review only after a positive experience (the 'positive' steering may also fire).",
         to=b, frm="Tonglink Digital <service@tonglink-digital.com>", subject=f"Dear friend, about order {o}",
         text=f"""Dear friend,

Your USB C hub of order {o} is arrived. For 4K 60Hz please use the HDMI port together with the original USB C cable of your laptop.

If you satisfied with our product, please leave us positive feedback. If any problem, please contact us first, we will solve for you, do not leave negative feedback.

Best regards
Tonglink Digital""", tolerated=("review.incentive",))

    o, b = order("gating-ai", "Linen Duvet Cover Set, King, Sand")
    case("ai-prose-delighted-share-otherwise-reach-out", "reject", ["review.conditional"],
         "AI-polished gating: 'if you are delighted, we'd be honoured if you shared a review; if anything falls "
         "short, please reach out to us first'.",
         to=b, frm="Maison Lin <care@maisonlin.com>", subject=f"Your linen, and a small request (order {o})",
         text=f"""Dear Valued Customer,

We hope your new linen duvet set (order {o}) is bringing you restful nights. Linen softens with every wash; tumble dry on low and remove it while slightly damp.

If you are delighted with your purchase, we would be truly honoured if you shared your experience in a review on Amazon. Should anything fall short of your expectations, please reach out to us first so we can make it right.

Warmest regards,
Maison Lin""", fmt="alt")

    # ---- review.removal-request ----
    o, b = order("modify-1star", "Phone Case for iPhone 15, Clear")
    case("kindly-modify-the-1-star", "reject", ["review.removal-request"],
         "Chinese seller after a refund: 'we hope you can kindly modify the 1 star': asks to change an existing "
         "review.", to=b, frm="Qingfeng Case Store <service@qingfeng-case.com>",
         subject=f"Re: Case yellowed - order {o}",
         reply="The clear case turned yellow in two weeks. I gave it 1 star.",
         text=f"""Dear friend,

We are very sorry for the inconvenience caused to you. We have refunded the full amount of order {o} to you, no need to return.

The problem was from one batch of material, now already changed. We hope you can kindly modify the 1 star, it is very important for our small shop.

Thank you very much!
Qingfeng Case Store""")

    o, b = order("update-feedback-in", "Stainless Steel Lunch Box, 3 Tier", tld="co.uk")
    case("replacement-sent-kindly-update-feedback", "reject", ["review.removal-request"],
         "Indian-English: 'Kindly be informed we have sent a replacement, request you to kindly update your "
         "feedback': asks to update existing feedback.",
         to=b, frm="Tiffinwala Exports <care@tiffinwala.in>", subject=f"Replacement dispatched - order {o}",
         text=f"""Dear Sir/Madam,

Kindly be informed that we have sent a replacement lunch box for order {o} as the lid was dented.

As the issue is now resolved, we request you to kindly update the feedback given by you for our store.

Thanks & Regards,
Tiffinwala Exports""")

    o, b = order("revisit", "Smart Plug 4 Pack, Energy Monitoring")
    case("ai-prose-revisit-your-review", "reject", ["review.removal-request"],
         "Polished prose: 'would you consider revisiting your review to reflect the resolution?': update of an "
         "existing review.", to=b, frm="Plugwise Home <support@plugwise-home.com>",
         subject=f"Re: Plugs disconnecting - order {o}",
         reply="The plugs keep dropping off my Wi-Fi. Left a review about it.",
         text=f"""Dear Valued Customer,

Thank you for your patience while we investigated the disconnections affecting order {o}. The firmware update released today (version 2.4.1) resolves the 2.4 GHz roaming issue; the plugs will install it automatically overnight.

Now that the issue has been resolved, would you consider revisiting your review so it reflects your current experience? It would mean a great deal to our team.

Kind regards,
Plugwise Home Support""", fmt="alt")

    o, b = order("remove-tr", "Turkish Tea Glasses Set of 6 with Saucers", tld="co.uk")
    case("please-remove-negative-comment-turkish", "reject", ["review.removal-request"],
         "Turkish seller: 'Please remove your negative comment, we sent the broken glass again': removal of a "
         "review.", to=b, frm="Istanbul Bazaar Home <info@istanbulbazaar-home.com>",
         subject=f"About your comment - order {o}",
         text=f"""Dear Customer,

We are very sorry that one glass of your order {o} was broken in cargo. We sent the new glass with Royal Mail today.

Please can you remove your negative comment about our shop? We are small family company and this comment affects us very much.

Respectfully,
Istanbul Bazaar Home""")

    # ---- type.marketing ----
    o, b = order("save15", "Scented Soy Candle, Fig and Cedar", tld="co.uk")
    case("save-this-email-for-15-off", "quarantine", ["type.marketing"],
         "A care note that ends 'Save this email for 15% off your next order': a voucher.",
         to=b, frm="Wick & Wild <hello@wickandwild.co.uk>", subject=f"Burning tips for your candle - order {o}",
         text=f"""Hello,

The first burn of the candle from order {o} should last at least two hours, until the whole surface is melted. Trim the wick to 5 mm before each burn.

Save this email for 15% off your next order - just quote WILD15 when you message us.

Wick & Wild""", enc=LATIN1)

    o, b = order("favourite", "Acrylic Paint Set 24 Colours, 75ml")
    case("add-to-favourite-sellers-bookmark-storefront", "quarantine", ["type.marketing"],
         "'Add us to your favourite sellers and bookmark our storefront for new arrivals every Friday': promotion of "
         "the shop.", to=b, frm="Colourfield Art Supply <studio@colourfield-art.com>",
         subject=f"Your acrylic paints - order {o}",
         text=f"""Dear artist,

The paints from order {o} can be thinned with water up to 30% for glazing; more than that and they lose adhesion.

Add us to your favourite sellers and bookmark our Amazon storefront: new colour sets arrive every Friday!

Colourfield Art Supply""", fmt="alt")

    o, b = order("ymal", "Bamboo Cutting Board Set, 3 Pieces")
    case("shopify-you-may-also-like-block", "quarantine", ["type.marketing"],
         "A Shopify order-notification template re-used for Amazon with its 'You may also like' product block: "
         "other products.", to=b, frm="Grove Kitchenware <orders@grove-kitchen.com>",
         subject=f"Caring for your cutting boards - order {o}",
         text=f"""Hi,

Oil the bamboo boards from order {o} once a month with food-grade mineral oil. Never put them in the dishwasher.

YOU MAY ALSO LIKE
- Bamboo Utensil Set, 6 Pieces - $18.99
- Board Oil and Wax Duo - $12.99
- Magnetic Knife Strip 40 cm - $24.99

Grove Kitchenware""", fmt="html")

    o, b = order("insta", "Macrame Plant Hanger, Set of 3", tld="co.uk")
    case("follow-us-instagram-tag-us", "quarantine", ["type.marketing"],
         "'Follow us on Instagram @knotandroot and tag us for a chance to be featured': social-media follow request.",
         to=b, frm="Knot & Root <hello@knotandroot.co.uk>", subject=f"Hanging your macrame - order {o}",
         text=f"""Hi lovely,

The hangers from order {o} hold pots up to 5 kg. Use a ceiling hook screwed into a joist, not into plasterboard alone.

Follow us on Instagram @knotandroot and tag us in your plant corner for a chance to be featured!

Knot & Root""")

    o, b = order("vipclub", "Beard Grooming Kit, Oil, Balm and Comb")
    case("join-vip-club-early-access-new-arrivals", "quarantine", ["type.marketing"],
         "'Join our VIP club for early access to new arrivals and members-only deals': newsletter / promotion.",
         to=b, frm="Timber Beard Co <crew@timberbeard.com>", subject=f"Your grooming kit - order {o}",
         text=f"""Hey,

Apply three drops of the oil from order {o} to a damp beard after the shower, then the balm to shape it.

Join our VIP club for early access to new arrivals and members-only deals. Reply JOIN to this message.

Timber Beard Co""", fmt="alt")

    # ---- type.order-confirmation ----
    o, b = order("notif", "Wall Clock 30cm, Silent, Black", **RECENT)
    case("notification-order-received-being-processed", "quarantine", ["type.order-confirmation"],
         "'This is a notification that your order has been received and is being processed': an order "
         "confirmation (WooCommerce default text).", to=b, frm="Tempo Decor <noreply@tempodecor.com>",
         subject=f"Order {o} received",
         text=f"""Hello,

This is a notification that your order {o} has been received and is being processed. You will receive another email when your order has shipped.

Order summary:
1 x Wall Clock 30cm, Silent, Black - $21.99

Thank you for shopping with us.
Tempo Decor""", fmt="alt")

    o, b = order("label-tool", "Garden Hose 30m, Expandable", **RECENT)
    case("shipping-label-tool-on-its-way", "quarantine", ["type.order-confirmation"],
         "A shipping-label tool's proactive 'Your package is on its way' with carrier and tracking: a dispatch "
         "confirmation Amazon already sends.", to=b, frm="HoseHero <ship@hosehero.com>",
         subject=f"Your package is on its way! Order {o}",
         text=f"""Good news!

Your package for order {o} is on its way.

Carrier: UPS Ground
Tracking number: 1Z999AA10123456784
Estimated delivery: Friday, June 13

HoseHero Shipping""", fmt="html")

    o, b = order("complete", "Aroma Diffuser 500ml, Wood Grain", tld="co.uk", **RECENT)
    case("woocommerce-order-complete", "quarantine", ["type.order-confirmation"],
         "'Your order is now complete. We have finished processing your order': a completed-order notification.",
         to=b, frm="Serenity Scents <shop@serenityscents.co.uk>", subject=f"Your Serenity Scents order {o} is now complete",
         text=f"""Hi there,

We have finished processing your order {o}.

Product: Aroma Diffuser 500ml, Wood Grain
Quantity: 1
Total: £27.99

Thanks for shopping with us!
Serenity Scents""", enc=LATIN1)

    o, b = order("kindly-dispatched", "Brass Door Handles, Pair", tld="co.uk", **RECENT)
    case("kindly-be-informed-dispatched-awb", "quarantine", ["type.order-confirmation"],
         "Indian-English dispatch note: 'Kindly be informed that your order has been dispatched via DHL, AWB no.': "
         "a dispatch confirmation.", to=b, frm="Heritage Brassware <dispatch@heritagebrass.in>",
         subject=f"Dispatch intimation - order {o}",
         text=f"""Dear Sir/Madam,

Kindly be informed that your order {o} has been dispatched today via DHL Express.

AWB No.: 4471920385

Thanks & Regards,
Dispatch Team
Heritage Brassware""")

    # ---- type.thank-you-only ----
    o, b = order("ai-thanks", "Weighted Blanket 7kg, 150x200")
    case("ai-long-polished-gratitude-only", "quarantine", ["type.thank-you-only"],
         "Three paragraphs of AI-polished gratitude and 'we are here for you': nothing remains once thanks and "
         "offers of help are set aside.", to=b, frm="Calmnest <care@calmnest.com>",
         subject=f"A heartfelt thank you - order {o}",
         text=f"""Dear Valued Customer,

We wanted to take a moment to extend our heartfelt gratitude for your recent purchase (order {o}). Your trust in Calmnest means more to us than words can express, and we are truly honoured to be a small part of your journey towards more restful nights.

At Calmnest, every customer is at the heart of everything we do. We are deeply grateful for the opportunity to serve you, and we sincerely appreciate your support of our small, passionate team.

Should you ever have any questions or need any assistance whatsoever, please know that we are always here for you. It would be our absolute pleasure to help.

With warmest appreciation and gratitude,
The Calmnest Family""", fmt="alt")

    o, b = order("cn-thanks", "Wireless Mouse, Silent Click, 2.4G", tld="co.uk")
    case("dear-friend-thanks-if-any-problem", "quarantine", ["type.thank-you-only"],
         "Chinese seller: 'Thank you for your purchase. If any problem please contact us first we will solve for "
         "you. Have a nice day!': only thanks and an offer of help; 'contact us first' without a review is no "
         "gating.", to=b, frm="Yuxin Digital <service@yuxin-digital.com>", subject=f"Thank you for order {o}",
         text=f"""Dear friend,

Thank you very much for your purchase, order {o}.

If any problem please contact us first we will solve for you in 24 hours.

Have a nice day!
Yuxin Digital""")

    o, b = order("tmpl-thanks", "Travel Adapter Universal, 4 USB")
    case("template-vars-thank-you-for-purchasing", "quarantine", ["type.thank-you-only"],
         "Unfilled variables 'Hi {first_name}, thank you for purchasing [Product Name]...' and nothing else but "
         "thanks and 'we're here to help'.", to=b, frm="Voyago Gear <hello@voyago-gear.com>",
         subject=f"Thank you for your order {o}",
         text=f"""Hi {{first_name}},

Thank you for purchasing [Product Name] from {{store_name}}! We truly appreciate your business (order {o}).

If you have any questions, we're here to help.

Cheers,
{{sender_name}}""", fmt="html")

    # ---- order-problem ----
    o, b = order("oos-cancel-cn", "Kids Smart Watch, GPS, Pink", **OOS)
    case("oos-kindly-cancel-from-your-side", "reject", ["order-problem.cancellation-request",
                                                       "order-problem.no-adjustment"],
         "Out of stock and 'kindly request the cancellation from your side'; no refund confirmed either.",
         to=b, frm="Xiaoke Kids Tech <service@xiaoke-kids.com>", subject=f"Important: your order {o}",
         text=f"""Dear friend,

We are very sorry for the inconvenience caused to you. The kids smart watch in pink of your order {o} is out of stock now, the factory can not produce more this month.

Kindly request the cancellation from your side in Your Orders, choose reason "other".

Sorry again!
Xiaoke Kids Tech""")

    o, b = order("oos-will-refund", "Hand Blender 1000W, 5 Attachments", tld="co.uk", **OOS)
    case("oos-we-will-process-the-refund", "quarantine", ["order-problem.no-adjustment"],
         "Out of stock; 'we will process the refund within 2 working days' only promises it: no confirmation the "
         "amount was adjusted.", to=b, frm="Mixwell UK <orders@mixwell.co.uk>",
         subject=f"Problem with your order {o}",
         text=f"""Dear customer,

Unfortunately the hand blender in your order {o} is currently out of stock and we cannot fulfil your order.

We will process the refund within 2 working days.

Apologies for any inconvenience,
Mixwell UK""")

    o, b = order("oos-nothing", "Velvet Cushion Covers 45x45, Set of 4, Emerald", **OOS)
    case("oos-ai-apology-no-refund-word", "quarantine", ["order-problem.no-adjustment"],
         "A long polished apology that the item 'is no longer available to ship', without a word about a refund "
         "or adjustment.", to=b, frm="Velour Living <care@velourliving.com>",
         subject=f"An update regarding your order {o}",
         text=f"""Dear Valued Customer,

We sincerely regret to inform you that the Velvet Cushion Covers (Emerald) in your order {o} are no longer available to ship. Despite our best efforts, our supplier was unable to deliver the fabric batch in time.

We deeply apologise for any disappointment this may cause, and we truly appreciate your understanding.

With sincere regards,
Velour Living""", fmt="alt")

    o, b = order("oos-cancel-so", "Cordless Drill 18V with 2 Batteries", **OOS)
    case("oos-please-cancel-so-not-charged", "reject", ["order-problem.cancellation-request",
                                                       "order-problem.no-adjustment"],
         "A repricer/inventory-tool 'stock sync error' notice asking the buyer to cancel so they are not charged.",
         to=b, frm="ToolDepot Direct <alerts@tooldepot-direct.com>", subject=f"Stock sync error - order {o}",
         text=f"""Hello,

Due to an inventory sync error, the Cordless Drill 18V in your order {o} was listed while we had zero units in stock.

Please cancel the order on Amazon so that you are not charged.

ToolDepot Direct""")

    # ---- return.unnecessary ----
    o, b = order("return-alone", "Electric Toothbrush, Sonic, 2 Heads")
    case("noticed-return-will-refund-once-received", "quarantine", ["return.unnecessary"],
         "'We noticed you requested a return. We will refund once the item is received': no information asked, "
         "no partial refund offered.", to=b, frm="Brightsmile Oral Care <care@brightsmile-oral.com>",
         subject=f"Your return request - order {o}",
         text=f"""Hello,

We noticed you requested a return for the electric toothbrush from order {o}.

We will refund you once the item is received at our warehouse. Please pack it in the original box.

Brightsmile Oral Care""")

    o, b = order("dont-return-proactive", "Bathroom Scale, Digital, Body Fat", tld="co.uk")
    case("proactive-please-do-not-return-new-one", "quarantine", ["return.unnecessary"],
         "Proactive message about the buyer's return request: 'please do not return, we will send a new one'. It "
         "is about the return but neither asks for information nor offers a partial refund.",
         to=b, frm="Balanza UK <support@balanza.co.uk>", subject=f"Regarding your return - order {o}",
         text=f"""Dear friend,

We see you opened a return for the bathroom scale of order {o}. Please do not return, we will send a new one to you free, it is cheaper for us than the return shipping.

Kind regards
Balanza UK""")

    o, b = order("return-sure", "Posture Corrector, Adjustable")
    case("return-are-you-sure-most-customers", "quarantine", ["return.unnecessary"],
         "Feedback-tool 'return saver' template: 'Before you send it back, are you sure? Most customers see results "
         "after 2 weeks': discourages the return, asks nothing, offers no partial refund.",
         to=b, frm="AlignUp <care@alignup.com>", subject=f"Before you send it back - order {o}",
         text=f"""Hi,

We noticed a return request for your posture corrector (order {o}).

Before you send it back, are you sure? Most customers see results after 2 weeks of daily wear, 20 minutes a day to start.

AlignUp""")

    # ---- content.sensitive ----
    o, b = order("sens-courier", "Glass Food Containers, 10 Pack", tld="co.uk")
    case("damn-courier-crap-service", "quarantine", ["content.sensitive"],
         "An answer that calls the courier's work 'crap' and the company 'bloody useless': offensive language.",
         to=b, frm="Pantry Pro <help@pantrypro.co.uk>", subject=f"Re: Containers smashed - order {o}",
         reply="Half the containers arrived smashed.",
         text=f"""Hi,

Honestly, this courier is bloody useless, their handling is total crap and we are sick of it. We will send you 10 new containers for order {o} today with another carrier.

Pantry Pro""")

    o, b = order("sens-buyer", "Gaming Headset, 7.1 Surround")
    case("your-claim-is-bullshit", "quarantine", ["content.sensitive"],
         "A seller answering a complaint with 'your claim is bullshit': offensive language towards the buyer.",
         to=b, frm="Sonix Gaming <support@sonix-gaming.com>", subject=f"Re: Headset broken - order {o}",
         reply="The headband snapped after one day. This is a cheap product.",
         text=f"""Listen,

Your claim is bullshit. The headband on order {o} does not snap by itself; it was clearly bent backwards. We do not cover damage by misuse.

Sonix Gaming""")

    # ---- language.mismatch ----
    o, b = order("lang-de", "Electric Heated Throw Blanket, 160x130", tld="de", lang="de")
    case("chinese-seller-english-to-german-buyer", "quarantine", ["language.mismatch"],
         "A Chinese seller's English usage note to an amazon.de buyer (language German): not the buyer's language.",
         to=b, frm="Warmly Home Store <service@warmly-home.com>", subject=f"Using tips for order {o}",
         text=f"""Dear friend,

Kindly be informed that the heated blanket of order {o} has 6 heat levels. For first use please choose level 3, and the blanket will turn off automatically after 8 hours for safety.

Please do not fold the blanket when it is heating.

Best regards
Warmly Home Store""")

    o, b = order("lang-fr", "Bike Lights Set, USB Rechargeable", tld="fr", lang="fr")
    case("english-template-to-french-buyer", "quarantine", ["language.mismatch"],
         "An English app template sent unchanged to an amazon.fr buyer whose language is French.",
         to=b, frm="Cyclolux <support@cyclolux.eu>", subject=f"Charging your bike lights - order {o}",
         text=f"""Hello,

Before the first ride, charge the lights from order {o} fully: the LED turns from red to green after about 3 hours. The rear light has a flash mode; press twice quickly.

Cyclolux Support""", fmt="alt")

    # ---- link.opt-out from a review app ----
    o, b = order("optout", "Ceramic Plant Pots, Set of 3, White", tld="co.uk")
    case("review-app-reply-stop-to-opt-out", "reject", ["link.opt-out"],
         "A review-app request whose footer says 'To opt out of future emails, reply STOP': opt-out text.",
         to=b, frm="Potter & Leaf <reviews@potterleaf.co.uk>", subject=f"How are your plant pots? (order {o})",
         text=f"""Hi,

We hope your plants are settling into their new pots from order {o}. If you have a moment, we'd value your honest review on Amazon.

Potter & Leaf

To opt out of future emails from us, reply STOP.""")

    # ---- review.repeat sequences ----
    o, b = order("seq-repeat", "Cast Iron Skillet 30cm, Pre-seasoned")
    case("seq-first-request-skillet", "relay", [],
         "First review request for the skillet (feedback tool, day 9).",
         to=b, frm="Forge & Flame <reviews@forgeflame.com>", day=9,
         subject=f"How's your skillet? (order {o})",
         text=f"""Hi,

Your cast iron skillet from order {o} has been with you for a few days now. Would you share your experience in a product review on Amazon? Your honest opinion helps other cooks.

Forge & Flame""")
    case("seq-friendly-reminder-same-order", "reject", ["review.repeat"],
         "The review-app's automatic 'friendly reminder' for the same order after the first request was relayed.",
         to=b, frm="Forge & Flame <reviews@forgeflame.com>", day=14,
         subject=f"Friendly reminder: your skillet review (order {o})",
         text=f"""Hi,

Just a friendly reminder in case our last message got buried: if you have a minute, we'd love to read your review of the skillet from order {o} on Amazon.

Forge & Flame""", after=("seq-first-request-skillet",))

    o, b = order("seq-feedback", "Ceramic Knife Set, 4 Pieces", tld="co.uk")
    case("seq-first-product-review-request", "relay", [],
         "First request (product review) for the knife set.",
         to=b, frm="Kirei Blades UK <hello@kireiblades.co.uk>", day=8,
         subject=f"Your ceramic knives (order {o})",
         text=f"""Hello,

We hope the ceramic knives from order {o} are making light work of your vegetables. When you have a moment, a product review on Amazon would help us a lot.

Kirei Blades UK""")
    case("seq-then-seller-feedback-request", "reject", ["review.repeat"],
         "After a relayed product-review request, a second message asking for SELLER FEEDBACK on the same order: "
         "both count as review requests (Clarifications).",
         to=b, frm="Kirei Blades UK <hello@kireiblades.co.uk>", day=13,
         subject=f"One more thing about order {o}",
         text=f"""Hello,

Kindly be informed that you can also rate us as a seller. We would be grateful if you could leave seller feedback for order {o} on Amazon.

Kirei Blades UK""", after=("seq-first-product-review-request",))

    o, b = order("seq-three", "Dog Harness No Pull, Medium")
    case("seq-harness-request-one", "relay", [],
         "First review request (Chinese seller).",
         to=b, frm="Pawlux Pet <service@pawlux-pet.com>", day=6,
         subject=f"Dear friend, your harness order {o}",
         text=f"""Dear friend,

Your dog harness of order {o} is arrived. Could you please write a review for the harness on Amazon when you are free? Thank you!

Pawlux Pet""")
    case("seq-harness-usage-note", "relay", [],
         "A usage note between the two requests: no review request.",
         to=b, frm="Pawlux Pet <service@pawlux-pet.com>", day=9,
         subject=f"Size adjust tips, order {o}",
         text=f"""Dear friend,

For the harness of order {o}: you should fit two fingers between the strap and your dog's chest. Adjust the side buckles, not the neck strap.

Pawlux Pet""", after=("seq-harness-request-one",))
    case("seq-harness-request-again", "reject", ["review.repeat"],
         "A third message that asks again for a review of the same order, after a relayed request and a usage note.",
         to=b, frm="Pawlux Pet <service@pawlux-pet.com>", day=14,
         subject=f"Dear friend, order {o}",
         text=f"""Dear friend,

Sorry to disturb you again. Could you please spend one minute to write review for the dog harness of order {o}? It is very helpful for other dog owners.

Pawlux Pet""", after=("seq-harness-request-one", "seq-harness-usage-note"))



def main() -> None:
    collect_by_language(CASE_LIST, (compliant_en, violations_en))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="twentyeighth"), verify,
                         after_must_precede=False)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
