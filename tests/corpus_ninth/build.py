#!/usr/bin/env python3
"""Build the ninth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_ninth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written from the
guidelines, not from the rule data: new wordings and registers (formal, casual, helpdesk macros, shop
platform templates, HTML and plain text) in six languages; compliant near-misses that a naive filter
would block, and violations phrased in unusual ways. One focused violation per case.
"""

from __future__ import annotations

import random
import sys
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))
from corpus_build import (  # noqa: E402
    add_case,
    buyer,
    collect_by_language,
    lang_counts,
    mk,
    page,
    quote,
    reply_headers,
    set_boundaries,
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(9_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "de": "30", "fr": "40", "es": "40", "it": "40", "co.jp": "25"}
_TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp"}
CASE_LIST: list[dict] = []
ORDERS: dict[str, dict] = {}
B64 = {"cte": "base64"}
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}


def _oid(tld: str) -> str:
    p = _PREFIX[tld] + str(_rnd.randint(1, 6))
    return f"{p}-{_rnd.randint(1000000, 9999999)}-{_rnd.randint(1000000, 9999999)}"


def order(key: str, lang: str, title: str, *, tld: str = "", purchased: str = "2026-06-02T10:00:00Z",
          shipped: str = "2026-06-03T08:00:00Z", delivered: str = "2026-06-06T12:00:00Z") -> tuple[str, str]:
    """One order row per case: (order ID, buyer address)."""
    tld = tld or _TLD[lang]
    addr = buyer(_rnd, tld)
    oid = _oid(tld)
    ORDERS[key] = {"order_id": oid, "buyer_email": addr, "marketplace": "amazon." + tld, "buyer_language": lang,
                   "purchased_at": purchased, "shipped_at": shipped, "delivered_at": delivered,
                   "product_title": title}
    return oid, addr


def _d(day: int, hm: str = "10:00:00", tz: str = "+0000") -> str:
    import datetime as _dt
    wd = _dt.date(2026, 6, day).strftime("%a")
    return f"{wd}, {day:02d} Jun 2026 {hm} {tz}"


def case(slug: str, verdict: str, rules: list[str], absent: list[str], note: str, *, to: str, frm: str,
         subject: str, text: str | None = None, html: str | None = None, lang: str = "en", day: int = 12,
         reply: bool = False, tolerated: tuple[str, ...] = (), enc: dict | None = None) -> None:
    headers = reply_headers(f"0100018f.ninth.{slug}") if reply else []
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    msg = mk(frm, to, subject, _d(day), f"<n9.{slug}@{dom}>", headers=headers,
             text=None if text is None else text.strip("\n") + "\n",
             html=None if html is None else page(html, lang), **(enc or {}))
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tolerated)


REVIEW = ["review.incentive", "review.conditional", "review.removal-request"]


# --------------------------------------------------------------------------------------------
# English
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    o, b = order("mixer", "en", "Stand Mixer 5.5 qt, Tilt-Head, Sage")
    h = f"""<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td>
<p>Hi there,</p>
<p>Thanks again for your order <strong>#{o}</strong> with Larder &amp; Loaf.</p>
<p>We read every review, the glowing ones and the grumpy ones alike. If you have a minute, tell other bakers what you made of the stand mixer on Amazon.</p>
<p><a href="https://www.amazon.com/review/review-your-purchases/?asin=B0D9MIX550">Review the stand mixer on Amazon</a></p>
<p>Larder &amp; Loaf</p>
</td></tr></table>"""
    case("mixer-shopify-review", "relay", [], [*REVIEW, "link.external", "style.link-text", "type.thank-you-only"],
         "Shop-platform HTML template: one neutral review request, glowing or grumpy alike, descriptive Amazon link.",
         to=b, frm="Larder & Loaf <hello@larderandloaf.com>", subject="How are the bakes going?", html=h)

    o, b = order("dryer", "en", "Heat Pump Tumble Dryer 8 kg", tld="co.uk")
    t = f"""Hello,

Regarding order {o}: the installer reported that your dryer stopped mid-cycle
during the test run. Please press and hold Start for three seconds to stop
the cycle, then reply with the error code shown on the display (for example
E21 or F05) so we can send the right part before the engineer visits.

Regards,
Northfield Appliances service desk"""
    case("dryer-error-code-reply-stop", "relay", [], ["link.opt-out", "type.marketing", "order-problem.no-adjustment"],
         "Information needed to complete a repair: 'stop the cycle, then reply with the error code' is neither an opt-out nor a discount code.",
         to=b, frm="Northfield Appliances <service@northfield-appliances.co.uk>", subject=f"Error code for order {o}", text=t)

    o, b = order("wire", "en", "Automatic Wire Stripper and Crimping Tool")
    t = f"""Hello,

A quick tip for your wire stripper (order {o}): the kill switch on the bench
supply should be off before you strip live-looking cable, and the nut on the
side sets the gauge. Screw it in until the jaws just bite the insulation;
if the blade does not bite cleanly, turn the adjustment screw a quarter turn.

Cheers,
Voltline Tools"""
    case("wire-stripper-homographs", "relay", [], ["content.sensitive", "type.thank-you-only"],
         "Technical vocabulary only: stripper, kill switch, nut, screw, bite are tool words, not adult or violent language.",
         to=b, frm="Voltline Tools <support@voltlinetools.com>", subject=f"Setting the gauge, order {o}", text=t)

    o, b = order("kettle", "en", "Gooseneck Electric Kettle 0.9 L, Matte Black")
    t = f"""Hi Dana,

Your replacement kettle for order {o} was delivered on Saturday, so the
leaking base should be behind you now.

If anything else comes up, just reply to this message.

Separately, once you have used it for a while, a product review on Amazon
helps other buyers decide, whatever you end up thinking of it.

Best,
Kai at Pourover Supply"""
    case("kettle-help-then-review", "relay", [], [*REVIEW, "type.thank-you-only"],
         "An offer of help and a neutral review request side by side: nothing makes the review depend on satisfaction.",
         to=b, frm="Pourover Supply <kai@poursupply.com>", subject=f"Your replacement kettle ({o})", text=t)

    o, b = order("lid", "en", "Cast Iron Dutch Oven 5.5 qt, Cherry")
    q = """Love the pot! Do you also sell a glass lid that fits it? I'd like to watch the stew."""
    t = f"""Hi,

Yes: the tempered glass lid that fits the 5.5 qt pot is listed in our Amazon
storefront as "Tempered Glass Lid 26 cm". The cast iron lid that came with
your pot is the one to use in the oven; the glass lid is for the hob only.

Best regards,
Ember Ironworks

{quote(q)}"""
    case("dutch-oven-lid-question", "relay", [], ["type.marketing", "link.external"],
         "Answering a buyer's own question about a matching product is customer service, not marketing.",
         to=b, frm="Ember Ironworks <care@emberironworks.com>", subject="Re: glass lid?", text=t, reply=True)

    o, b = order("rug", "en", "Washable Area Rug 5x7, Ivory")
    t = f"""Hello,

We received the return request for your rug (order {o}). To complete it we
need one thing: a photo of the care label on the back, so our warehouse can
match it to the right batch. Once the rug is back with us we refund the full
order amount through Amazon.

Thank you,
Loom & Lane returns team"""
    case("rug-return-info", "relay", [], ["return.unnecessary", "review.incentive", "type.thank-you-only"],
         "A return-related message asking for information needed to complete the return (refund mentioned, no review).",
         to=b, frm="Loom & Lane <returns@loomandlane.com>", subject=f"Your return for order {o}", text=t)

    # -- violations --------------------------------------------------------------------------
    o, b = order("bulbs", "en", "Smart LED Bulbs E26, 4 Pack")
    t = f"""Hi,

Your smart bulbs (order {o}) pair fastest when the router is within 10 m:
switch them on and off three times and they blink to show pairing mode.

Thanks,
Glowhaus

reply stop to opt out of tips from us"""
    case("bulbs-reply-stop-lowercase", "reject", ["link.opt-out"], ["type.marketing"],
         "A lower-case 'reply stop to opt out' line is opt-out text.",
         to=b, frm="Glowhaus <tips@glowhaus.com>", subject=f"Pairing tip for order {o}", text=t)

    o, b = order("socks", "en", "Merino Hiking Socks, 3 Pairs, L", tld="co.uk")
    h = f"""<p>Hello,</p>
<p>Your merino socks (order {o}) are best washed inside out at 30 degrees and dried flat.</p>
<p>Trail Thread Co.</p>
<p><small>Not keen on hearing from us? Just reply with the word UNSUBSCRIBE and we'll leave you be.</small></p>"""
    case("socks-reply-unsubscribe", "reject", ["link.opt-out"], ["type.marketing"],
         "Opt-out text in a footer, reply-with-a-word style, without the usual 'opt out' wording.",
         to=b, frm="Trail Thread Co. <hello@trailthread.co.uk>", subject=f"Caring for your socks ({o})", html=h)

    o, b = order("mug", "en", "Insulated Travel Mug 16 oz, Slate")
    t = f"""Hello,

Your travel mug (order {o}) keeps drinks hot for about six hours with the
lid fully closed; the slider should click twice.

As a thank-you, use code SAVE10 on your next order with us.

Best,
Commuter Goods"""
    case("mug-code-save10", "quarantine", ["type.marketing"], ["review.incentive"],
         "A discount code for a next order without any % sign is a voucher.",
         to=b, frm="Commuter Goods <orders@commutergoods.com>", subject=f"Getting the most from your mug ({o})", text=t)

    o, b = order("tent", "en", "2-Person Backpacking Tent, 3-Season")
    t = f"""Hi,

We hope your first night in the tent (order {o}) was a dry one.

Any questions about pitching it? Then just reply here and we'll help.
Otherwise, please leave a review on Amazon.

Summit Gear"""
    case("tent-questions-otherwise-review", "reject", ["review.conditional"], ["review.incentive"],
         "'Any questions? Then reply. Otherwise, please leave a review': only buyers without problems are sent to review.",
         to=b, frm="Summit Gear <crew@summitgear.com>", subject=f"Your tent, order {o}", text=t)

    o, b = order("pillow", "en", "Memory Foam Pillow, Contour, Queen")
    h = f"""<p>Dear customer,</p>
<p>Your contour pillow from order {o} should have fully expanded by now.</p>
<p>If everything is perfect, we'd be grateful for a review on Amazon. If something isn't right, please write to us first so we can put it right.</p>
<p>Restwell Sleep</p>"""
    case("pillow-if-perfect-review", "reject", ["review.conditional"], ["review.incentive"],
         "'If everything is perfect' a review, otherwise contact the seller first: review gating.",
         to=b, frm="Restwell Sleep <care@restwellsleep.com>", subject=f"How are you sleeping? ({o})", html=h)

    o, b = order("hose", "en", "Expandable Garden Hose 50 ft with Nozzle")
    t = f"""Hello,

About your garden hose (order {o}): the brass fitting screws on clockwise;
the washer inside the female connector must sit flat or it will drip.

And frankly, the courier who threw your parcel over the fence is a useless
bastard; we have complained to the depot.

Regards,
Greenreach Garden"""
    case("hose-homograph-and-insult", "quarantine", ["content.sensitive"], ["content.phone-number"],
         "First paragraph has innocent homographs (screws, female connector); the second insults the courier.",
         to=b, frm="Greenreach Garden <help@greenreachgarden.com>", subject=f"Fitting the hose ({o})", text=t)

    o, b = order("blender", "en", "Personal Blender with 2 Travel Cups")
    t = f"""Hi!

Enjoying the blender from order {o}? Post your honest review on Amazon,
then send us a screenshot and we will refund the shipping cost.

Cheers,
Blendr"""
    case("blender-screenshot-refund", "reject", ["review.incentive"], ["review.conditional"],
         "A refund of the shipping cost after a review screenshot is compensation for a review.",
         to=b, frm="Blendr <team@blendr-shop.com>", subject=f"A small thank-you for order {o}", text=t,
         tolerated=("type.marketing",))

    o, b = order("lamp", "en", "LED Desk Lamp with Wireless Charger")
    t = f"""Hello,

Thank you for choosing our desk lamp (order {o}).

Customers who share their thoughts in a review on Amazon find something
special tucked into their next parcel from us.

Warm regards,
Brightdesk"""
    case("lamp-something-special", "reject", ["review.incentive"], ["review.conditional"],
         "'Something special' in the next parcel for reviewers is a future benefit for a review.",
         to=b, frm="Brightdesk <hello@brightdesk.com>", subject=f"Your desk lamp, order {o}", text=t,
         tolerated=("type.marketing",))

    o, b = order("chair", "en", "Gaming Chair with Footrest, Black/Red")
    t = f"""Hi Marcus,

Now that the replacement gas lift for your chair (order {o}) has arrived
and the wobble is fixed, would you consider revisiting the 2-star rating
you left last week so it reflects how things turned out?

Thanks,
Apex Seating support"""
    case("chair-revisit-rating", "reject", ["review.removal-request"], ["review.conditional"],
         "Asking the buyer to 'revisit' an existing rating is asking for an update of a review.",
         to=b, frm="Apex Seating <support@apexseating.com>", subject=f"Your chair, order {o}", text=t)

    o, b = order("frame", "en", "Photo Frame Set, 7 Pieces, Walnut")
    h = f"""<p>Hi,</p>
<p>Sorry again about the cracked glass in order {o}; the replacement frame ships today.</p>
<p>Could you take down the one-star comment you posted? We'd really appreciate it.</p>
<p>Framewell</p>"""
    case("frame-take-down-comment", "reject", ["review.removal-request"], ["review.incentive"],
         "'Take down the one-star comment' asks for removal of a review in other words.",
         to=b, frm="Framewell <orders@framewell.com>", subject=f"Replacement for order {o}", html=h)

    o, b = order("coasters", "en", "Oak Coffee Table, Round 80 cm")
    t = f"""Hello,

Your oak table (order {o}) has a hard-wax oil finish: wipe spills with a damp
cloth and re-oil once a year.

You might also like our matching oak coasters, which many of our customers
pair with this table.

Kind regards,
Grain & Grove"""
    case("table-might-also-like", "quarantine", ["type.marketing"], ["review.incentive"],
         "A soft cross-sell ('you might also like our matching coasters') in a care message.",
         to=b, frm="Grain & Grove <hello@grainandgrove.com>", subject=f"Caring for your table ({o})", text=t)

    o, b = order("speaker", "en", "Bookshelf Speakers, Pair, Walnut")
    t = f"""Hello,

If the left speaker of order {o} hums, swap the cables to see whether the
hum follows the cable. Tell us what you find and we'll sort it.

You can also reach our tech team directly: support [at] hifihaus [dot] com

HiFi Haus"""
    case("speaker-obfuscated-email", "reject", ["content.email-address"], ["link.external"],
         "An email address written 'support [at] hifihaus [dot] com' is still an email address.",
         to=b, frm="HiFi Haus <orders@hifihaus.com>", subject=f"Hum in the left speaker ({o})", text=t)

    o, b = order("scale", "en", "Digital Kitchen Scale, 5 kg")
    t = f"""Hello,

To recalibrate your kitchen scale (order {o}), hold the unit button for five
seconds until CAL appears, then place a 1 kg weight on it.

A video of the steps is at www.scalesmith.com/calibrate

Regards,
Scalesmith"""
    case("scale-bare-www-link", "reject", ["link.external"], ["link.insecure", "style.link-text"],
         "A bare www.<host> URL written in text (no scheme) is an external link.",
         to=b, frm="Scalesmith <help@scalesmith.com>", subject=f"Recalibrating your scale ({o})", text=t)

    o, b = order("wardrobe", "en", "Sliding Door Wardrobe 180 cm, White", tld="co.uk", delivered="", shipped="2026-06-12T08:00:00Z")
    t = f"""ORDER NOTIFICATION - ACTION NEEDED
--------------------------------------------------
Order number : {o}
Item         : Sliding Door Wardrobe 180 cm, White
Carrier      : two-person furniture delivery
--------------------------------------------------

Hello,

Your wardrobe travels as a two-person delivery and the carrier needs to book
a day with you. Please reply with two weekdays that suit you between 17 and
26 June. If you prefer to book by phone, the carrier's booking line is
0330 808 5456 (Mon-Sat 8:00-18:00).

Regards,
Dispatch team, Oakhaven Furniture"""
    case("wardrobe-template-bulky-booking", "relay", [], ["content.phone-number", "type.order-confirmation", "style.line-breaks"],
         "Listing-tool template scheduling a bulky two-person delivery; the phone number is the carrier's booking line.",
         to=b, frm="Oakhaven Furniture <dispatch@oakhaven-furniture.co.uk>", subject=f"Delivery booking for order {o}", text=t)

    o, b = order("heater", "en", "Oil-Filled Radiator 2000 W")
    q = """Please STOP sending me emails. Also I want to cancel, the heater is too big for the room."""
    h = f"""<p>Hi Jordan,</p>
<p>Thanks for letting us know. As the heater has been delivered, the quickest way is a return: in Your Orders choose "Return or replace items" and Amazon will give you a prepaid label. We won't contact you again unless you write to us.</p>
<p>Kind regards,<br>Ella, Warmhaus customer care</p>
<hr>
<p><small>Ticket #40317 &middot; Reply above this line</small></p>
<p>On Sat, 13 Jun 2026, Jordan wrote:</p>
<blockquote type="cite">{q}</blockquote>"""
    case("heater-helpdesk-quoted-stop", "relay", [], ["link.opt-out", "order-problem.cancellation-request", "return.unnecessary"],
         "Helpdesk macro reply: the buyer's quoted 'STOP sending me emails' is not the seller's opt-out, and a delivered item is returned through Amazon.",
         to=b, frm="Warmhaus <care@warmhaus.com>", subject="Re: [#40317] cancel", html=h, reply=True)

    o, b = order("floorlamp", "en", "Tripod Floor Lamp, Linen Shade")
    t = f"""Hello,

Your tripod floor lamp (order {o}) was delivered on Saturday. If anything is
wrong with it, reply to this message and we will send a replacement part or
refund you, whichever you prefer.

The shade clips onto the harp: press until both tabs click.

Best wishes,
Lumo Living"""
    case("floorlamp-refund-offer-no-review", "relay", [], [*REVIEW, "type.thank-you-only", "type.marketing"],
         "A refund offered for a fault, with no review request: neither an incentive nor gating.",
         to=b, frm="Lumo Living <hello@lumoliving.com>", subject=f"Fitting the shade, order {o}", text=t)

    o, b = order("mesh", "en", "Mesh Wi-Fi Extender AX3000")
    t = f"""Hello,

About your Wi-Fi extender (order {o}): the drop-outs are fixed by firmware
2.4.1. Update it from the app (Settings > System > Update); the file it
downloads is named mesh_fw_2.4.1.img. If you would rather return it, you
can start a return at amazon.com/returns.

Regards,
Netlink Support"""
    case("mesh-firmware-filename-amazon-returns", "relay", [], ["link.external", "link.insecure", "type.marketing"],
         "A firmware file name and a bare amazon.com/returns address: no external link.",
         to=b, frm="Netlink Support <support@netlink-store.com>", subject=f"Firmware fix for order {o}", text=t)

    o, b = order("vacuum", "en", "Cordless Stick Vacuum 25 kPa")
    t = f"""Hi,

For your stick vacuum (order {o}): clean the filter every two weeks under
running water and let it dry for 24 hours.

Step-by-step videos are on our site: cleanquip[.]com/videos

Cleanquip"""
    case("vacuum-obfuscated-link", "reject", ["link.external"], ["link.insecure", "content.email-address"],
         "A link to the seller's site written with [.] so it is not clickable is still an external link.",
         to=b, frm="Cleanquip <care@cleanquip.com>", subject=f"Filter care for order {o}", text=t)

    o, b = order("boots", "en", "Rain Boots, Women's 8, Navy")
    t = f"""Good news!

Your rain boots (order {o}) are on their way and should be with you by
Thursday. Your parcel has been handed to the courier with tracking number
1Z999AA10123456784.

Puddle & Co."""
    case("boots-on-their-way", "quarantine", ["type.order-confirmation"], ["content.phone-number"],
         "'On their way' with a tracking number: a dispatch confirmation Amazon already sends.",
         to=b, frm="Puddle & Co. <orders@puddleandco.com>", subject=f"Good news about order {o}", text=t)

    o, b = order("towel", "en", "Turkish Cotton Bath Towels, Set of 4")
    t = f"""Hi there,

Just a quick note to say how grateful we are that you picked us for order
{o}. We're always around if you ever need a hand with anything.

Warmly,
The Cotton Loft team"""
    case("towels-grateful-only", "quarantine", ["type.thank-you-only"], ["type.marketing"],
         "Only gratitude and an offer of help, in different words from 'thank you'.",
         to=b, frm="The Cotton Loft <hello@cottonloft.com>", subject=f"A note about order {o}", text=t)

    o, b = order("stroller", "en", "Lightweight Travel Stroller, Grey", shipped="", delivered="",
                 purchased="2026-06-11T10:00:00Z")
    t = f"""Hello,

We're sorry, but the travel stroller in order {o} has sold out and we can't
ship it. The quickest way to get your money back is to go to Your Orders and
choose "Cancel items" yourself.

Apologies,
Little Wheels"""
    case("stroller-cancel-items-yourself", "reject", ["order-problem.cancellation-request"], ["type.marketing"],
         "Out of stock; the buyer is sent to 'Cancel items' themselves, and no adjustment is confirmed.",
         to=b, frm="Little Wheels <orders@littlewheels.com>", subject=f"About order {o}", text=t,
         tolerated=("order-problem.no-adjustment",))

    o, b = order("jacket", "en", "Packable Down Jacket, Men's M, Olive")
    t = f"""Hello,

We see you have started a return for the down jacket from order {o}.

Before you send it back, please give it another try: down jackets often
feel snug for the first few days. We really think you'll love it.

Best,
Featherline Outdoor"""
    case("jacket-return-reconsider", "quarantine", ["return.unnecessary"], ["review.incentive"],
         "A return-related message that neither asks for needed information nor offers a partial refund.",
         to=b, frm="Featherline Outdoor <care@featherline.com>", subject=f"Your return, order {o}", text=t)

    o, b = order("puzzle", "en", "1000 Piece Jigsaw Puzzle, Alpine Lake")
    t = f"""Hi,

Thanks for your order {o}! A tip from our puzzlers: sort the edge pieces
first and keep the sky for last ^_^

Happy puzzling,
Piece by Piece"""
    case("puzzle-kaomoji", "reject", ["style.emoji"], ["type.thank-you-only"],
         "An ASCII kaomoji ^_^ is an emoticon.",
         to=b, frm="Piece by Piece <hello@piecebypiece.com>", subject=f"Puzzle tip for order {o}", text=t)


# --------------------------------------------------------------------------------------------
# German
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = order("drachen", "de", "Lenkdrachen für Kinder, 120 cm")
    t = f"""Hallo,

zu Ihrer Bestellung {o}: Der Schwanz des Drachens wird mit dem kleinen
Karabiner am unteren Ende befestigt. Bei starkem Wind kürzen Sie ihn um zwei
Segmente, dann steigt der Drachen ruhiger.

Viele Grüße
Windspiel Versand"""
    case("drachen-schwanz", "relay", [], ["content.sensitive", "type.thank-you-only"],
         "'Schwanz' ist hier der Drachenschwanz: ein harmloses Wort.",
         to=b, frm="Windspiel Versand <info@windspiel-versand.de>", subject=f"Tipp zu Ihrem Drachen ({o})", text=t,
         lang="de")

    o, b = order("spuele", "de", "Geschirrspüler 60 cm, vollintegriert")
    t = f"""Guten Tag,

zu Ihrer Bestellung {o}: Unser Techniker hat gemeldet, dass der Geschirrspüler
beim Probelauf stoppt. Bitte nennen Sie uns per Antwort den Fehlercode, der im
Display erscheint (z. B. E24), damit wir das passende Ersatzteil mitbringen.

Mit freundlichen Grüßen
Küchenwelt Kundendienst"""
    case("spuele-fehlercode", "relay", [], ["type.marketing", "link.opt-out", "order-problem.no-adjustment"],
         "Fehlercode und 'stoppt' sind kein Rabattcode und keine Abmeldung.",
         to=b, frm="Küchenwelt Kundendienst <service@kuechenwelt.de>", subject=f"Fehlercode zu Bestellung {o}", text=t,
         lang="de")

    o, b = order("becher", "de", "Thermobecher 450 ml, Edelstahl")
    h = f"""<p>Hallo,</p>
<p>Ihr Thermobecher aus Bestellung {o} ist jetzt ein paar Tage bei Ihnen. Haben Sie Fragen zur Reinigung? Dann antworten Sie einfach auf diese Nachricht.</p>
<p>Unabhängig davon freuen wir uns über Ihre ehrliche Bewertung auf Amazon, ob gut oder kritisch.</p>
<p>Ihr Team von Heißkalt</p>"""
    case("becher-fragen-und-bewertung", "relay", [], [*REVIEW],
         "Hilfsangebot und neutrale Bewertungsbitte nebeneinander, ohne 'sonst' oder Bedingung.",
         to=b, frm="Heißkalt <kontakt@heisskalt.de>", subject=f"Ihr Thermobecher ({o})", html=h, lang="de")

    o, b = order("hocker", "de", "Tritthocker Bambus, 2 Stufen")
    t = f"""Hallo,

zu Ihrer Bestellung {o}: Die Aufbauanleitung als Video finden Sie unter
holzwerk-moebel.de/anleitung/tritthocker

Viele Grüße
Holzwerk Möbel"""
    case("hocker-domain-mit-pfad", "reject", ["link.external"], ["link.insecure", "content.email-address"],
         "Eine Adresse ohne www und ohne https, aber mit Pfad, ist ein externer Link.",
         to=b, frm="Holzwerk Möbel <service@holzwerk-moebel.de>", subject=f"Aufbau Ihres Tritthockers ({o})", text=t, lang="de")

    o, b = order("saege", "de", "Akku-Stichsäge 18 V mit 5 Sägeblättern")
    t = f"""Hallo,

zu Ihrer Bestellung {o}: Setzen Sie das Sägeblatt mit den Zähnen nach vorn
ein, bis es hörbar einrastet.

Ihr Werkzeughof

Keine Tipps mehr gewünscht? Antworten Sie einfach mit stopp."""
    case("saege-antworten-stopp", "reject", ["link.opt-out"], ["type.marketing"],
         "Abmeldetext 'Antworten Sie einfach mit stopp' ohne Link.",
         to=b, frm="Werkzeughof <tipps@werkzeughof.de>", subject=f"Sägeblatt einsetzen ({o})", text=t, lang="de")

    o, b = order("kissen", "de", "Nackenkissen aus Memory-Schaum")
    t = f"""Guten Tag,

Ihr Nackenkissen (Bestellung {o}) entfaltet seine Form nach etwa 24 Stunden.

Mit dem Code DANKE5 sparen Sie bei Ihrem nächsten Einkauf in unserem Shop.

Herzliche Grüße
Schlafgut"""
    case("kissen-code-danke5", "quarantine", ["type.marketing"], ["review.incentive"],
         "Ein Einkaufscode für den nächsten Einkauf ohne Prozentangabe ist ein Gutschein.",
         to=b, frm="Schlafgut <service@schlafgut-shop.de>", subject=f"Ihr Nackenkissen ({o})", text=t, lang="de")

    o, b = order("waage", "de", "Personenwaage digital, Glas")
    t = f"""Hallo,

Ihre Personenwaage aus Bestellung {o} ist nun seit einigen Tagen bei Ihnen.

Wenn alles perfekt ist, freuen wir uns sehr über eine Bewertung bei Amazon.
Falls nicht, melden Sie sich bitte zuerst bei uns.

Viele Grüße
Waagenwerk"""
    case("waage-wenn-alles-perfekt", "reject", ["review.conditional"], ["review.incentive"],
         "'Wenn alles perfekt ist' eine Bewertung, sonst zuerst melden: Bewertungssteuerung.",
         to=b, frm="Waagenwerk <info@waagenwerk.de>", subject=f"Ihre Waage ({o})", text=t, lang="de")

    o, b = order("topf", "de", "Schnellkochtopf 6 L, Edelstahl")
    t = f"""Hallo,

vielen Dank für Ihre Bestellung {o}.

Wer uns eine Rezension auf Amazon schreibt, bekommt von uns die Versandkosten
erstattet. Schicken Sie uns einfach den Link zu Ihrer Rezension.

Ihr Kochprofi-Team"""
    case("topf-rezension-erstattung", "reject", ["review.incentive"], ["review.conditional"],
         "Erstattung der Versandkosten für eine Rezension.",
         to=b, frm="Kochprofi <team@kochprofi-shop.de>", subject=f"Ihr Schnellkochtopf ({o})", text=t, lang="de",
         tolerated=("type.marketing",))

    o, b = order("lampe", "de", "Stehlampe Bogen, Messing")
    h = f"""<p>Guten Tag,</p>
<p>die fehlende Schraube für Ihre Stehlampe (Bestellung {o}) ist gestern an Sie rausgegangen.</p>
<p>Wären Sie so freundlich, Ihre Bewertung von zwei Sternen noch einmal anzupassen, jetzt wo alles geklärt ist?</p>
<p>Mit freundlichen Grüßen<br>Lichtecke</p>"""
    case("lampe-bewertung-anpassen", "reject", ["review.removal-request"], ["review.conditional"],
         "Bitte, eine bestehende Bewertung anzupassen.",
         to=b, frm="Lichtecke <service@lichtecke.de>", subject=f"Ihre Stehlampe ({o})", html=h, lang="de")

    o, b = order("regal", "de", "Wandregal Eiche, 3 Böden")
    t = f"""Hallo,

zu Ihrer Bestellung {o}: Die Dübel im Beutel sind für Beton. Für Gipskarton
verwenden Sie bitte Hohlraumdübel.

Bei Fragen schreiben Sie an service(at)holzwerk-regale(punkt)de.

Ihr Holzwerk"""
    case("regal-email-at-punkt", "reject", ["content.email-address"], ["link.external"],
         "Eine E-Mail-Adresse in der Schreibweise (at)/(punkt).",
         to=b, frm="Holzwerk <versand@holzwerk-regale.de>", subject=f"Montage Ihres Regals ({o})", text=t, lang="de")

    o, b = order("grill", "de", "Holzkohlegrill Kugel 57 cm")
    t = f"""Hallo,

zu Ihrer Bestellung {o}: Der Deckel hat eine Schraube am Griff, die Sie nach
dem ersten Grillen einmal nachziehen sollten.

Und ehrlich gesagt: Der Fahrer, der Ihr Paket in die Hecke geworfen hat, ist
ein Vollidiot. Wir haben uns beim Depot beschwert.

Grillhaus Süd"""
    case("grill-vollidiot", "quarantine", ["content.sensitive"], ["content.phone-number"],
         "Beleidigung ('Vollidiot') im zweiten Absatz, technischer Text im ersten.",
         to=b, frm="Grillhaus Süd <info@grillhaus-sued.de>", subject=f"Ihr Grill ({o})", text=t, lang="de")


# --------------------------------------------------------------------------------------------
# French
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("cadenas", "fr", "Cadenas à code 4 chiffres, laiton")
    t = f"""Bonjour,

Concernant votre commande {o} : le code par défaut de votre cadenas est
0-0-0-0. Pour choisir votre propre code, tournez la molette arrière d'un
demi-tour, saisissez les quatre chiffres, puis remettez la molette en place.

Cordialement,
Serrures Martin"""
    case("cadenas-code-defaut", "relay", [], ["type.marketing", "content.phone-number"],
         "Le code du cadenas n'est pas un code promo.",
         to=b, frm="Serrures Martin <contact@serrures-martin.fr>", subject=f"Le code de votre cadenas ({o})", text=t,
         lang="fr")

    o, b = order("theiere", "fr", "Théière en fonte 1 L, noire")
    h = f"""<p>Bonjour,</p>
<p>Votre théière (commande {o}) est chez vous depuis quelques jours. Une question sur l'entretien de la fonte ? Répondez simplement à ce message.</p>
<p>Par ailleurs, votre avis sur Amazon, quel qu'il soit, aide beaucoup les autres amateurs de thé.</p>
<p>L'équipe Thé &amp; Fonte</p>"""
    case("theiere-question-et-avis", "relay", [], [*REVIEW],
         "Offre d'aide et demande d'avis neutre, sans condition.",
         to=b, frm="Thé & Fonte <bonjour@theetfonte.fr>", subject=f"Votre théière ({o})", html=h, lang="fr")

    o, b = order("etagere", "fr", "Étagère murale en chêne, 3 niveaux")
    t = f"""Bonjour,

Pour votre commande {o} : les vis à tête fraisée vont dans les trous du haut,
la mèche de 6 mm est fournie.

Et franchement, ce transporteur de merde a encore cabossé le carton ; nous
avons porté réclamation.

Bois & Mur"""
    case("etagere-transporteur-insulte", "quarantine", ["content.sensitive"], ["content.phone-number"],
         "Vocabulaire technique au premier paragraphe, grossièreté au second.",
         to=b, frm="Bois & Mur <contact@boisetmur.fr>", subject=f"Montage de votre étagère ({o})", text=t, lang="fr")

    o, b = order("aspirobot", "fr", "Aspirateur robot avec station de vidage")
    t = f"""Bonjour,

Concernant votre commande {o} : le tutoriel vidéo pour vider la station est
sur robovac-france.fr/tuto-station

L'équipe Robovac"""
    case("aspirobot-domaine-chemin", "reject", ["link.external"], ["link.insecure", "content.email-address"],
         "Une adresse de site sans www ni https, avec un chemin : lien externe.",
         to=b, frm="Robovac <commandes@robovac-france.fr>", subject=f"Votre robot ({o})", text=t, lang="fr")

    o, b = order("perceuse", "fr", "Perceuse visseuse sans fil 18 V")
    t = f"""Bonjour,

Pour votre commande {o} : le mandrin se serre à la main, dans le sens des
aiguilles d'une montre, jusqu'au clic.

L'équipe Bricomax

Pour ne plus recevoir nos conseils, répondez stop."""
    case("perceuse-repondez-stop", "reject", ["link.opt-out"], ["type.marketing"],
         "Texte de désinscription « répondez stop » en minuscules.",
         to=b, frm="Bricomax <conseils@bricomax.fr>", subject=f"Votre perceuse ({o})", text=t, lang="fr")

    o, b = order("plaid", "fr", "Plaid en laine mérinos, gris perle")
    t = f"""Bonjour,

Votre plaid (commande {o}) se lave à 30 degrés en programme laine.

Profitez du code MERCI15 sur votre prochaine commande dans notre boutique.

Bien à vous,
Laine & Lin"""
    case("plaid-code-merci15", "quarantine", ["type.marketing"], ["review.incentive"],
         "Un code pour la prochaine commande, sans signe %.",
         to=b, frm="Laine & Lin <service@laineetlin.fr>", subject=f"Entretien de votre plaid ({o})", text=t, lang="fr")

    o, b = order("matelas", "fr", "Matelas mousse 140 x 190 cm")
    t = f"""Bonjour,

Votre matelas (commande {o}) a bien repris sa forme, nous l'espérons.

Si tout est parfait, laissez-nous un avis sur Amazon. Sinon, contactez-nous
d'abord et nous trouverons une solution.

L'équipe Dodo Confort"""
    case("matelas-si-tout-est-parfait", "reject", ["review.conditional"], ["review.incentive"],
         "« Si tout est parfait » un avis, sinon nous contacter d'abord.",
         to=b, frm="Dodo Confort <contact@dodoconfort.fr>", subject=f"Votre matelas ({o})", text=t, lang="fr")

    o, b = order("bougie", "fr", "Bougie parfumée figue, 300 g")
    h = f"""<p>Bonjour,</p>
<p>Merci pour votre commande {o}.</p>
<p>Une petite surprise vous attend dans votre prochain colis dès que votre avis est publié sur Amazon.</p>
<p>Atelier Cire</p>"""
    case("bougie-surprise-apres-avis", "reject", ["review.incentive"], ["review.conditional"],
         "Une surprise dans le prochain colis après la publication d'un avis.",
         to=b, frm="Atelier Cire <bonjour@ateliercire.fr>", subject=f"Votre bougie ({o})", html=h, lang="fr",
         tolerated=("type.marketing",))

    o, b = order("casque", "fr", "Casque audio sans fil, réduction de bruit")
    t = f"""Bonjour,

Le casque de remplacement pour votre commande {o} est arrivé hier.

Maintenant que le problème est réglé, pourriez-vous supprimer le commentaire
négatif que vous avez laissé ?

Merci d'avance,
SonPlus"""
    case("casque-supprimer-commentaire", "reject", ["review.removal-request"], ["review.conditional"],
         "Demande de supprimer un commentaire existant.",
         to=b, frm="SonPlus <sav@sonplus.fr>", subject=f"Votre casque ({o})", text=t, lang="fr")

    o, b = order("vase", "fr", "Vase en grès, 30 cm, sable")
    t = f"""Bonjour,

Votre vase (commande {o}) est émaillé à l'intérieur : il est donc étanche.

Découvrez aussi notre nouvelle collection de photophores assortis, disponible
dès maintenant.

Céramiques du Sud"""
    case("vase-decouvrez-collection", "quarantine", ["type.marketing"], ["review.incentive"],
         "Promotion douce d'autres produits (« découvrez aussi notre nouvelle collection »).",
         to=b, frm="Céramiques du Sud <contact@ceramiques-sud.fr>", subject=f"Votre vase ({o})", text=t, lang="fr")

    o, b = order("robot", "fr", "Robot aspirateur laveur")
    t = f"""Bonjour,

Pour votre commande {o} : si le robot ne trouve pas sa base, essuyez les
capteurs sous l'appareil avec un chiffon sec.

Pour toute question, écrivez à assistance (arobase) robonet (point) fr.

Robonet"""
    case("robot-arobase-point", "reject", ["content.email-address"], ["link.external"],
         "Adresse e-mail écrite avec (arobase) et (point).",
         to=b, frm="Robonet <commandes@robonet.fr>", subject=f"Votre robot aspirateur ({o})", text=t, lang="fr")


# --------------------------------------------------------------------------------------------
# Spanish
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("lavadora", "es", "Lavadora 8 kg, 1400 rpm")
    t = f"""Hola:

Sobre tu pedido {o}: el técnico nos indica que la lavadora se para a mitad
del programa. Responde a este mensaje con el código de error que aparece en la
pantalla (por ejemplo, E3) para que llevemos la pieza correcta.

Un saludo,
Servicio técnico Hogarplus"""
    case("lavadora-codigo-error", "relay", [], ["type.marketing", "link.opt-out", "order-problem.no-adjustment"],
         "Un código de error no es un código de descuento.",
         to=b, frm="Hogarplus <sat@hogarplus.es>", subject=f"Código de error, pedido {o}", text=t, lang="es")

    o, b = order("cable", "es", "Cable alargador 5 m con 3 enchufes")
    t = f"""Hola:

Para tu pedido {o}: puedes coger el cable por la parte de goma para
desenchufarlo; nunca tires del propio cable.

Saludos,
Electrocasa"""
    case("cable-coger", "relay", [], ["content.sensitive", "type.thank-you-only"],
         "«Coger» en el sentido de tomar, habitual en España.",
         to=b, frm="Electrocasa <info@electrocasa.es>", subject=f"Tu alargador ({o})", text=t, lang="es")

    o, b = order("mochila", "es", "Mochila de senderismo 30 L")
    h = f"""<p>Hola:</p>
<p>Tu mochila (pedido {o}) ya lleva unos días contigo. Si quieres, cuéntanos tu experiencia en una reseña en Amazon, sea buena o mala.</p>
<p><a href="https://www.amazon.es/review/create-review?asin=B0DMOCH30L">Escribir una reseña de la mochila en Amazon</a></p>
<p>Montaña Viva</p>"""
    case("mochila-resena-neutral", "relay", [], [*REVIEW, "link.external", "style.link-text"],
         "Una solicitud de reseña neutral con enlace descriptivo a Amazon.",
         to=b, frm="Montaña Viva <hola@montanaviva.es>", subject=f"¿Qué tal tu mochila? ({o})", html=h, lang="es")

    o, b = order("auriculares", "es", "Auriculares inalámbricos deportivos")
    t = f"""Hola:

Tus auriculares (pedido {o}) se emparejan manteniendo pulsado el botón
durante cinco segundos.

Equipo Sonido Sur

Si no quieres recibir más mensajes, responde baja."""
    case("auriculares-responde-baja", "reject", ["link.opt-out"], ["type.marketing"],
         "Texto de baja «responde baja» sin enlace.",
         to=b, frm="Sonido Sur <consejos@sonidosur.es>", subject=f"Tus auriculares ({o})", text=t, lang="es")

    o, b = order("sarten", "es", "Sartén de hierro 28 cm")
    t = f"""Hola:

Tu sartén (pedido {o}) necesita curarse antes del primer uso: una capa fina de
aceite y 30 minutos en el horno a 200 grados.

Usa el código VERANO10 en tu próximo pedido en nuestra tienda.

Cocina Forja"""
    case("sarten-codigo-verano10", "quarantine", ["type.marketing"], ["review.incentive"],
         "Un código para el próximo pedido, sin signo %.",
         to=b, frm="Cocina Forja <pedidos@cocinaforja.es>", subject=f"Curar tu sartén ({o})", text=t, lang="es")

    o, b = order("silla", "es", "Silla de oficina ergonómica")
    t = f"""Hola:

Tu silla (pedido {o}) ya debería estar montada.

¿Alguna duda con el montaje? Escríbenos. Si no, déjanos una reseña en Amazon.

Equipo Sentado"""
    case("silla-duda-si-no-resena", "reject", ["review.conditional"], ["review.incentive"],
         "«¿Alguna duda? Escríbenos. Si no, déjanos una reseña»: solo quien no tiene problemas reseña.",
         to=b, frm="Sentado <hola@sentado.es>", subject=f"Tu silla ({o})", text=t, lang="es")

    o, b = order("cepillo", "es", "Cepillo de dientes eléctrico sónico")
    t = f"""Hola:

Gracias por tu pedido {o}.

Cuando publiques tu opinión en Amazon, mándanos una captura y te devolvemos el
20 % del precio.

Sonrisa Shop"""
    case("cepillo-opinion-devolvemos", "reject", ["review.incentive"], ["review.conditional"],
         "Reembolso parcial a cambio de una opinión publicada.",
         to=b, frm="Sonrisa Shop <hola@sonrisashop.es>", subject=f"Tu cepillo ({o})", text=t, lang="es",
         tolerated=("type.marketing",))

    o, b = order("termo", "es", "Termo de acero 1 L")
    t = f"""Hola:

El termo de repuesto de tu pedido {o} llegó ayer.

Ahora que está todo solucionado, ¿podrías cambiar tu valoración de una
estrella?

Gracias,
Termos Ibéricos"""
    case("termo-cambiar-valoracion", "reject", ["review.removal-request"], ["review.conditional"],
         "Pedir cambiar una valoración existente.",
         to=b, frm="Termos Ibéricos <info@termosibericos.es>", subject=f"Tu termo ({o})", text=t, lang="es")

    o, b = order("estanteria", "es", "Estantería metálica 5 baldas")
    t = f"""Hola:

Sobre tu pedido {o}: los tornillos largos van en las esquinas y los cortos en
el centro de cada balda.

El repartidor que dejó tu paquete bajo la lluvia es un gilipollas; ya lo hemos
denunciado a la agencia.

Almacén Norte"""
    case("estanteria-insulto", "quarantine", ["content.sensitive"], ["content.phone-number"],
         "Un insulto («gilipollas») en el segundo párrafo.",
         to=b, frm="Almacén Norte <info@almacennorte.es>", subject=f"Montaje de tu estantería ({o})", text=t, lang="es")

    o, b = order("lampara", "es", "Lámpara de pie LED regulable")
    t = f"""Hola:

Para tu pedido {o}: la lámpara se regula manteniendo pulsado el interruptor.

Si tienes cualquier problema, escribe a ayuda arroba lucesol punto es.

Luces Sol"""
    case("lampara-arroba-punto", "reject", ["content.email-address"], ["link.external"],
         "Dirección de correo escrita con «arroba» y «punto».",
         to=b, frm="Luces Sol <pedidos@lucesol.es>", subject=f"Tu lámpara ({o})", text=t, lang="es")


# --------------------------------------------------------------------------------------------
# Italian
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("mandolina", "it", "Mandolina affettaverdure con 5 lame")
    t = f"""Buongiorno,

per il suo ordine {o}: per affettare il finocchio usi la lama da 3 mm e la
protezione per le dita; il finocchio va tagliato a metà prima.

Cordiali saluti,
Cucina Facile"""
    case("mandolina-finocchio", "relay", [], ["content.sensitive", "type.thank-you-only"],
         "«Finocchio» è qui l'ortaggio.",
         to=b, frm="Cucina Facile <info@cucinafacile.it>", subject=f"La sua mandolina ({o})", text=t, lang="it")

    o, b = order("caffettiera", "it", "Caffettiera moka 6 tazze")
    h = f"""<p>Buongiorno,</p>
<p>la sua moka (ordine {o}) è arrivata da qualche giorno. Per domande sulla guarnizione basta rispondere a questo messaggio.</p>
<p>Inoltre, se le va, una recensione su Amazon, qualunque sia la sua opinione, aiuta altri clienti.</p>
<p>Caffè &amp; Co.</p>"""
    case("caffettiera-domande-e-recensione", "relay", [], [*REVIEW],
         "Offerta di aiuto e richiesta di recensione neutrale, senza condizione.",
         to=b, frm="Caffè & Co. <ciao@caffeeco.it>", subject=f"La sua moka ({o})", html=h, lang="it")

    o, b = order("sedia", "it", "Sedia da scrivania ergonomica")
    t = f"""Buongiorno,

per il suo ordine {o}: le viti lunghe vanno nel sedile, quelle corte nei
braccioli.

Il corriere che ha lasciato il pacco sotto la pioggia è uno stronzo; abbiamo
già fatto reclamo.

Sedute Milano"""
    case("sedia-insulto", "quarantine", ["content.sensitive"], ["content.phone-number"],
         "Un insulto («stronzo») nel secondo paragrafo.",
         to=b, frm="Sedute Milano <info@sedutemilano.it>", subject=f"Montaggio della sedia ({o})", text=t, lang="it")

    o, b = order("trapano", "it", "Trapano avvitatore 18 V")
    t = f"""Ciao,

per il tuo ordine {o}: la frizione si regola con la ghiera numerata; per il
legno morbido usa la posizione 5.

Utensili Rossi

Per non ricevere più consigli, rispondi stop."""
    case("trapano-rispondi-stop", "reject", ["link.opt-out"], ["type.marketing"],
         "Testo di disiscrizione «rispondi stop» in minuscolo.",
         to=b, frm="Utensili Rossi <consigli@utensilirossi.it>", subject=f"Il tuo trapano ({o})", text=t, lang="it")

    o, b = order("tovaglia", "it", "Tovaglia in lino 160 x 220 cm")
    t = f"""Buongiorno,

la sua tovaglia (ordine {o}) si lava a 40 gradi e si stira ancora umida.

Con il codice GRAZIE10 risparmia sul suo prossimo ordine nel nostro negozio.

Lino Toscano"""
    case("tovaglia-codice-grazie10", "quarantine", ["type.marketing"], ["review.incentive"],
         "Codice per il prossimo ordine, senza simbolo %.",
         to=b, frm="Lino Toscano <info@linotoscano.it>", subject=f"La sua tovaglia ({o})", text=t, lang="it")

    o, b = order("materasso", "it", "Materasso memory 160 x 190 cm")
    t = f"""Buongiorno,

il suo materasso (ordine {o}) dovrebbe ormai aver ripreso la sua forma.

Se è tutto perfetto, ci lasci una recensione su Amazon; in caso contrario ci
scriva prima, così risolviamo.

Dormibene"""
    case("materasso-se-tutto-perfetto", "reject", ["review.conditional"], ["review.incentive"],
         "«Se è tutto perfetto» una recensione, altrimenti scrivere prima.",
         to=b, frm="Dormibene <servizio@dormibene.it>", subject=f"Il suo materasso ({o})", text=t, lang="it")

    o, b = order("zaino", "it", "Zaino porta PC 15,6 pollici")
    h = f"""<p>Ciao,</p>
<p>grazie per il tuo ordine {o}.</p>
<p>A chi lascia una recensione su Amazon regaliamo un portachiavi in pelle con la prossima spedizione.</p>
<p>Pelletteria Blu</p>"""
    case("zaino-regalo-recensione", "reject", ["review.incentive"], ["review.conditional"],
         "Un regalo con la prossima spedizione per chi lascia una recensione.",
         to=b, frm="Pelletteria Blu <ciao@pelletteriablu.it>", subject=f"Il tuo zaino ({o})", html=h, lang="it",
         tolerated=("type.marketing",))

    o, b = order("ventilatore", "it", "Ventilatore a colonna silenzioso")
    t = f"""Buongiorno,

il ventilatore sostitutivo del suo ordine {o} è stato consegnato ieri.

Ora che il problema è risolto, potrebbe modificare la recensione che ha
lasciato?

Grazie,
AriaFresca"""
    case("ventilatore-modificare-recensione", "reject", ["review.removal-request"], ["review.conditional"],
         "Richiesta di modificare una recensione esistente.",
         to=b, frm="AriaFresca <assistenza@ariafresca.it>", subject=f"Il suo ventilatore ({o})", text=t, lang="it")

    o, b = order("pentola", "it", "Pentola antiaderente 24 cm")
    t = f"""Buongiorno,

la sua pentola (ordine {o}) va lavata a mano per conservare il rivestimento.

Forse le interessa anche la nostra nuova linea di coperchi in vetro, pensata
proprio per questa pentola.

Casa Cucina"""
    case("pentola-forse-le-interessa", "quarantine", ["type.marketing"], ["review.incentive"],
         "Promozione morbida di altri prodotti («forse le interessa anche»).",
         to=b, frm="Casa Cucina <info@casacucina.it>", subject=f"La sua pentola ({o})", text=t, lang="it")

    o, b = order("lampadina", "it", "Lampadine LED E27, confezione da 6")
    t = f"""Buongiorno,

per il suo ordine {o}: le lampadine non sono dimmerabili; con un variatore
possono sfarfallare.

Per qualsiasi domanda scriva a assistenza[at]lucecasa[dot]it.

LuceCasa"""
    case("lampadina-email-at-dot", "reject", ["content.email-address"], ["link.external"],
         "Indirizzo e-mail scritto con [at] e [dot].",
         to=b, frm="LuceCasa <ordini@lucecasa.it>", subject=f"Le sue lampadine ({o})", text=t, lang="it")


# --------------------------------------------------------------------------------------------
# Japanese
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("suihanki", "ja", "IH炊飯器 5.5合")
    t = f"""お客様

ご注文番号 {o} の炊飯器について、表示部にエラーコード（例：H02）が出た場合は、
電源プラグを抜いて10分ほどお待ちください。改善しない場合は、表示されたコードを
このメッセージにご返信ください。交換部品を手配いたします。

家電のまるや"""
    case("suihanki-error-code", "relay", [], ["type.marketing", "link.opt-out", "type.thank-you-only"],
         "エラーコードは割引コードではない。",
         to=b, frm="家電のまるや <info@maruya-kaden.jp>", subject=f"エラー表示について（{o}）", text=t, lang="ja", enc=B64)

    o, b = order("kyusu", "ja", "急須 常滑焼 350ml")
    h = f"""<p>お客様</p>
<p>ご注文番号 {o} の急須がお手元に届いて数日が経ちました。お手入れについてご不明な点があれば、このメッセージにご返信ください。</p>
<p>また、よろしければAmazonでレビューをお寄せください。良い点も気になった点も、他のお客様の参考になります。</p>
<p>常滑窯元 ささき</p>"""
    case("kyusu-review-neutral", "relay", [], [*REVIEW],
         "サポートの案内と中立的なレビュー依頼が並んでいるだけで、条件はない。",
         to=b, frm="常滑窯元 ささき <info@tokoname-sasaki.jp>", subject=f"急須のお手入れ（{o}）", html=h, lang="ja", enc=B64)

    o, b = order("shelf", "ja", "スチールラック 5段 幅90cm")
    t = f"""お客様

ご注文番号 {o} のスチールラックの組み立て動画は、kurashi-rack.jp/movie/5dan
でご覧いただけます。

暮らしラック"""
    case("rack-domain-path", "reject", ["link.external"], ["link.insecure", "content.email-address"],
         "https も www もないが、パス付きのサイトアドレスは外部リンク。",
         to=b, frm="暮らしラック <info@kurashi-rack.jp>", subject=f"組み立て動画のご案内（{o}）", text=t, lang="ja", enc=B64)

    o, b = order("taoru", "ja", "今治タオル フェイスタオル 5枚")
    t = f"""お客様

ご注文番号 {o} のタオルは、最初の数回は柔軟剤を使わずに洗うと吸水性が
よくなります。

今治タオル工房

今後のご案内が不要な場合は「停止」とご返信ください。"""
    case("taoru-teishi-henshin", "reject", ["link.opt-out"], ["type.marketing"],
         "「停止」と返信すると配信を止める旨の文言（オプトアウト）。",
         to=b, frm="今治タオル工房 <info@imabari-koubou.jp>", subject=f"タオルのお手入れ（{o}）", text=t, lang="ja", enc=JIS)

    o, b = order("bento", "ja", "曲げわっぱ 弁当箱 一段")
    t = f"""お客様

ご注文番号 {o} の弁当箱は、使用後すぐにぬるま湯で洗い、よく乾かしてください。

次回のお買い物では、クーポンコード THANKS500 をご利用いただけます。

木工房 やまびこ"""
    case("bento-coupon-code", "quarantine", ["type.marketing"], ["review.incentive"],
         "次回の買い物で使えるクーポンコード。",
         to=b, frm="木工房 やまびこ <shop@yamabiko-mokko.jp>", subject=f"弁当箱のお手入れ（{o}）", text=t, lang="ja", enc=B64)

    o, b = order("futon", "ja", "敷布団 シングル 日本製")
    t = f"""お客様

ご注文番号 {o} の敷布団はいかがでしょうか。

すべてにご満足いただけた場合は、ぜひAmazonでレビューをお願いいたします。
ご不満な点がある場合は、まず当店にご連絡ください。

ねむりや"""
    case("futon-manzoku-nara-review", "reject", ["review.conditional"], ["review.incentive"],
         "満足した場合だけレビューを依頼し、不満な場合は先に連絡させる。",
         to=b, frm="ねむりや <info@nemuriya.jp>", subject=f"敷布団について（{o}）", text=t, lang="ja", enc=JIS)

    o, b = order("kasa", "ja", "折りたたみ傘 自動開閉")
    h = f"""<p>お客様</p>
<p>ご注文番号 {o} の折りたたみ傘をお買い上げいただきありがとうございます。</p>
<p>Amazonにレビューをご投稿くださった方には、ささやかなプレゼントをお送りしております。</p>
<p>雨具のあめや</p>"""
    case("kasa-review-present", "reject", ["review.incentive"], ["review.conditional"],
         "レビュー投稿者へのプレゼント（将来の利益）。",
         to=b, frm="雨具のあめや <info@amegu-ameya.jp>", subject=f"折りたたみ傘（{o}）", html=h, lang="ja", enc=B64,
         tolerated=("type.marketing",))

    o, b = order("nabe", "ja", "土鍋 9号 4〜5人用")
    t = f"""お客様

ご注文番号 {o} の土鍋の交換品は昨日お届けいたしました。

問題が解決いたしましたので、先日ご投稿いただいたレビューの修正をご検討いただけ
ないでしょうか。

土鍋の伊賀屋"""
    case("nabe-review-shusei", "reject", ["review.removal-request"], ["review.conditional"],
         "既存のレビューの修正を依頼している。",
         to=b, frm="土鍋の伊賀屋 <info@iga-donabe.jp>", subject=f"交換品について（{o}）", text=t, lang="ja", enc=JIS)

    o, b = order("mizutou", "ja", "ステンレス 水筒 500ml")
    t = f"""お客様

ご注文番号 {o} の水筒は、パッキンを外して洗ってください。

ご不明な点は support＠mizutou-ya.jp までメールでお問い合わせください。

水筒屋"""
    case("mizutou-zenkaku-at", "reject", ["content.email-address"], ["link.external"],
         "全角の＠で書かれたメールアドレス。",
         to=b, frm="水筒屋 <order@mizutou-ya.jp>", subject=f"水筒のお手入れ（{o}）", text=t, lang="ja", enc=B64)

    o, b = order("pazuru", "ja", "ジグソーパズル 1000ピース 富士山")
    t = f"""お客様

ご注文番号 {o} のパズルは、まず端のピースから組むと早く完成します(^_^)

パズル工房"""
    case("pazuru-kaomoji", "reject", ["style.emoji"], ["type.thank-you-only"],
         "顔文字 (^_^) は絵文字・顔文字にあたる。",
         to=b, frm="パズル工房 <info@puzzle-koubou.jp>", subject=f"パズルのコツ（{o}）", text=t, lang="ja", enc=B64)


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="ninth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
