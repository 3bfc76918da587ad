#!/usr/bin/env python3
"""Build the nineteenth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_nineteenth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. About 45 % English, the rest German, French, Spanish, Italian
and Japanese. Angle: EVASION of the mechanical content rules (obfuscated e-mail addresses, phone numbers in
unusual formats or spelled out, bare / shortened / look-alike / punycode domains, opt-out wording, emoji with
selectors, skin tones, ZWJ sequences, keycaps, ASCII emoticons and kaomoji, disguised profanity) and their
near-misses (times, ratios, list markers, legitimate carrier / manufacturer / warranty numbers, register
numbers, Amazon links, place names and words that contain a swear word).
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
    logo_png,
    mail_date,
    mk,
    page,
    quote,
    reply_headers,
    set_boundaries,
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(19_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "ca": "70", "de": "30", "fr": "40", "es": "40", "it": "40", "co.jp": "25"}
_TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T10:00:00Z", shipped="2026-06-02T08:00:00Z",
                 delivered="2026-06-05T12:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
B64 = {"cte": "base64"}

# Rules a naive filter would wrongly fire on this corpus' near-misses; each case lists those it does not break.
WATCH = ["content.email-address", "content.phone-number", "link.external", "link.insecure", "link.opt-out",
         "style.emoji", "content.sensitive", "style.link-text", "type.marketing", "type.thank-you-only",
         "type.order-confirmation", "order-id.missing", "language.mismatch", "style.line-breaks",
         "image.logo-link", "review.incentive"]


def _d(day: int) -> str:
    return mail_date(day, "09:40:00", "+0000")


def _label(rules, tolerated):
    tol = (*tolerated, "content.spelling")
    absent = [r for r in WATCH if r not in rules and r not in tol]
    return absent, tol


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str, text: str,
         day: int = 12, reply: str = "", attribution: str = "", tolerated: tuple[str, ...] = (),
         enc: dict | None = None, headers: tuple = ()) -> None:
    """Plain-text case. `reply` is the buyer's quoted question (the message then answers a buyer)."""
    hdrs = list(headers) + (reply_headers(f"0100019b.n19.{slug[:24]}") if reply else [])
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = text.strip("\n") + "\n"
    if reply:
        body += "\n" + (attribution + "\n" if attribution else "") + quote(reply) + "\n"
    absent, tol = _label(rules, tolerated)
    msg = mk(frm, to, subject, _d(day), f"<n19.{slug}@{dom}>", headers=hdrs, text=body, **(enc or {}))
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol)


def hcase(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str, html: str,
          text: str | None = None, lang: str = "en", day: int = 12, reply: bool = False,
          tolerated: tuple[str, ...] = (), related=(), enc: dict | None = None, crlf: bool = False) -> None:
    """HTML case (multipart/alternative when `text` is given). `html` is the inner body markup."""
    hdrs = reply_headers(f"0100019b.n19.{slug[:24]}") if reply else []
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    absent, tol = _label(rules, tolerated)
    msg = mk(frm, to, subject, _d(day), f"<n19.{slug}@{dom}>", headers=hdrs, text=text,
             html=page(html, lang), related=related, **(enc or {}))
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, crlf=crlf)


# --------------------------------------------------------------------------------------------
# English
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    # ---- compliant near-misses ----
    o, b = order("ups", "en", "Standing Desk Frame, Dual Motor")
    case("ups-number-tracking-reference", "relay", [],
         "The UPS customer service number stands on the line naming UPS (a carrier number is allowed); the "
         "tracking number and order ID are not phone numbers.",
         to=b, frm="Liftwell Office <support@liftwell-office.com>",
         reply="The tracking page says 'exception' since Tuesday. What is going on with my desk?",
         subject=f"Re: Desk delivery exception - order {o}", text=f"""Hi,

Thanks for checking in about order {o}. The second box of your desk
frame (the one with the motor unit) is held at the UPS facility in
Columbus because the label was scuffed in transit.

We sent UPS a replacement label this morning. The tracking number stays
the same: 1Z4F8W610344712208.

If you would rather pick the box up yourself, UPS customer service can hold
it at an Access Point for you: 1-800-742-5877, quote the tracking number
above.

The first box (desktop and legs) was delivered on 5 June, so once the motor
unit arrives you can assemble everything in one go.

Best,
Ray, Liftwell Office""")

    o, b = order("fan", "en", "Tower Fan 42 inch with Remote", tld="co.uk")
    case("manufacturer-helpline-line-before", "relay", [],
         "The manufacturer's helpline number sits on the line right after 'Manufacturer's warranty "
         "helpline (Aerovent UK):': allowed; the seller's own line is not given.",
         to=b, frm="Cool Corner Ltd <care@coolcorner.co.uk>",
         reply="My fan has started rattling after two weeks. Can you replace it?",
         subject=f"Re: Rattling fan - order {o}", text=f"""Hello,

Sorry to hear your tower fan from order {o} has started rattling.

A rattle within the first weeks is usually the grille clip on the back
panel working loose. Switch the fan off at the plug, press the two tabs at
the bottom of the back grille and push it back until both tabs click.

If the noise comes back, the fan is covered by the manufacturer's
two-year warranty, and Aerovent handle the repair or swap directly:

Manufacturer's warranty helpline (Aerovent UK):
0330 088 4471 (Mon-Fri, 8:30-17:30)

Have the serial number from the sticker under the base ready (it starts
with AV42).

Kind regards,
Priya, Cool Corner""")

    o, b = order("amazonlinks", "en", "Action Camera 4K, Waterproof Case")
    hcase("amazon-links-file-names-versions", "relay", [],
          "Links go to amazon.com with descriptive text; 'IMG_2041.MOV', 'firmware v2.1.4', 'e.g.' and "
          "'Amazon.com' in text are no external links; the manual is an Amazon help page.",
          to=b, frm="Tidepool Cams <help@tidepoolcams.com>", reply=True,
          subject=f"Re: Video stutters at 4K - order {o}",
          html=f"""<p>Hi,</p>
<p>Thanks for sending the clip (IMG_2041.MOV) of your action camera, order {o}. The stutter
at 4K/60 comes from the memory card: the card in the video is a U1 card, e.g. the kind that
ships with phones, and 4K needs a U3 / V30 card.</p>
<p>The camera also needs firmware v2.1.4 or newer. You can check the version under
Settings &gt; About; the update steps are in the
<a href="https://www.amazon.com/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7">Amazon help page on
device updates</a>.</p>
<p>If the stutter stays with a U3 card, you can start a replacement from
<a href="https://www.amazon.com/gp/css/order-history">your orders on Amazon.com</a> and we will cover the
return.</p>
<p>Best regards,<br>Noah, Tidepool Cams</p>""")

    o, b = order("printer", "en", "Thermal Label Printer 4x6, USB")
    case("times-ratios-list-markers-path", "relay", [],
         "Times (10:30), a 1:1 replacement, a 16:9 screen ratio, list markers '1)'-'8)', '(a)', and a Windows path "
         "'C:\\Drivers' are not emoticons.",
         to=b, frm="Labelmate <service@labelmate.com>",
         reply="The printer prints blank labels and Windows says the driver is missing.",
         subject=f"Re: Blank labels - order {o}", text=f"""Hello,

Here are the steps for the label printer from order {o}. Please follow
them in order:

1) Unplug the printer.
2) Open the lid and check that the labels sit with the shiny side up.
3) Copy the driver folder from the USB stick to C:\\Drivers\\LM460.
4) Run setup.exe from that folder as administrator.
5) Choose (a) "4x6 label" or (b) "A6 label" as the paper size.
6) Plug the printer back in.
7) Hold the feed button for 3 seconds to calibrate.
8) Print a test page from the driver settings.

If the labels are still blank, we will send a 1:1 replacement. Our
warehouse ships orders placed before 10:30 on the same day. The driver
preview uses a 16:9 window on small screens, which is normal.

Regards,
Ana, Labelmate""")

    o, b = order("shaker", "en", "Cocktail Shaker Set, 10 pieces", tld="co.uk")
    case("scunthorpe-cocktail-shaker-assess", "relay", [],
         "Scunthorpe, cocktail shaker, assess, Dick's, Hancock and analysis contain a swear word only as letters "
         "inside ordinary words and names.",
         to=b, frm="Barkeep Supply <hello@barkeepsupply.co.uk>",
         reply="The shaker leaks at the cap. I ordered two sets, one for my brother in Scunthorpe.",
         subject=f"Re: Leaking shaker cap - order {o}", text=f"""Hi,

Sorry about the leaking cap on your cocktail shaker (order {o}).

We have asked our warehouse to assess the batch: their analysis so far
shows the silicone ring in the cap of some sets was fitted upside down. Pull
the ring out and refit it with the flat side facing the strainer.

The set for your brother in Scunthorpe comes from the same batch, so the
same fix applies. If the cap still leaks afterwards, we will send two new
caps at no cost.

The jigger and the Hancock-style muddler in the set are not affected; the
muddler is the same model that Dick's sells in the US.

Cheers,
Tom, Barkeep Supply""")

    o, b = order("alias", "en", "Bamboo Bath Mat, Non-slip")
    case("quoted-attribution-alias-price-at", "relay", [],
         "The buyer's marketplace alias stands in the quoted reply attribution (ignored by RULES.md) and "
         "'2 @ $6.50' is a price, not an address.",
         to=b, frm="Greenstep Home <team@greenstephome.com>",
         reply="Can I get two extra non-slip pads for the mat? Happy to pay.",
         attribution=f"On Thu, 11 Jun 2026 at 19:02, {b} wrote:",
         subject=f"Re: Extra non-slip pads - order {o}", text=f"""Hello,

Yes, the extra non-slip pads for your bath mat (order {o}) can be ordered
from our Amazon listing as the variant "Spare pads, pack of 2". If you want
two packs: 2 @ $6.50 = $13.00. Please order them through Amazon so the pads
are linked to your account.

Stick the pads on a dry mat and wait an hour before the first use.

Best wishes,
Greenstep Home""")

    o, b = order("notphone", "en", "Espresso Machine 15 bar, Stainless", tld="co.uk")
    case("register-vat-serial-not-phones", "relay", [],
         "Long digit groups that are not telephone numbers: VAT and company register numbers, a serial number, an "
         "EAN, a Royal Mail tracking number, dates and prices.",
         to=b, frm="Crema & Co <accounts@crema-co.co.uk>",
         reply="Could you send a VAT invoice for my espresso machine? My company needs it.",
         subject=f"Re: VAT invoice - order {o}", text=f"""Hello,

Your VAT invoice for order {o} is now available in your Amazon
account under Your Orders > Invoice. It shows:

Net price: GBP 374.99, VAT (20 %): GBP 75.00, total: GBP 449.99
Invoice date: 06/06/2026
Serial number of your machine: SN 2406 1355 2190
EAN: 5 060412 963218
Royal Mail tracking: JD014600006281234567

Supplier: Crema & Co Ltd, registered in England and Wales, company number
09876543, VAT registration number GB 312 4567 89.

Kind regards,
Accounts team, Crema & Co""")

    o, b = order("symbols", "en", "Water Filter Jug 2.4 L with 6 Cartridges")
    case("symbols-stop-subscribe-nearmiss", "relay", [],
         "Trademark signs, a plain check mark (U+2713), an arrow, '#2', '<3 mm' and 'xD' as a card type are no "
         "emoji; 'the dripping will stop' and cancelling a Subscribe & Save delivery in the Amazon account are no "
         "opt-out from messages.",
         to=b, frm="Purewell <help@purewell-water.com>",
         reply="The jug drips from the lid. Also, how do I cancel the cartridge subscription?",
         subject=f"Re: Dripping lid - order {o}", text=f"""Hi,

About your Purewell® AquaPour™ jug (order {o}):

\u2713 Push the cartridge down until it clicks; a gap of <3 mm at the rim
  is normal.
\u2713 Use filter #2 (the blue one) for hard water areas.
\u2713 Fill the top reservoir only → the dripping will stop once the seal
  sits flat.

The photo on the box shows the older lid (it was taken years ago with our
old xD card camera); yours is the 2026 model.

Your cartridge refills run through Amazon's Subscribe & Save. You can skip
or cancel the next delivery yourself under Your Account > Subscribe & Save
on Amazon.

© Purewell Ltd
Best regards, Purewell""")

    # ---- violations: e-mail addresses ----
    o, b = order("bracket", "en", "Linen Duvet Cover, King")
    case("email-bracket-at-dot", "reject", ["content.email-address"],
         "'jenny [at] northlightlinen [dot] com' is an e-mail address written to slip past a filter.",
         to=b, frm="Northlight Linen <orders@northlightlinen.com>",
         reply="The duvet cover I received is a queen, not a king.",
         subject=f"Re: Wrong size - order {o}", text=f"""Hi,

I'm so sorry the duvet cover from order {o} came in queen size.

A king cover is on its way to you today, and you can keep the queen one or
drop it at any UPS store with the return label from your Amazon account.

If anything else goes wrong, write to me directly at
jenny [at] northlightlinen [dot] com and I'll sort it out personally.

Jenny
Northlight Linen""")

    o, b = order("words", "en", "Cast Iron Dutch Oven 5.5 qt", tld="co.uk")
    case("email-spelled-at-dot", "reject", ["content.email-address"],
         "'orders at hearthandhome dot co dot uk' spells an e-mail address out in words.",
         to=b, frm="Hearth & Home <orders@hearthandhome.co.uk>",
         subject=f"Your Dutch oven - order {o}: missing lid knob", text=f"""Hello,

Our packing team noticed that the stainless lid knob for your Dutch oven
(order {o}) was left out of the box. We are posting it to you today
together with the screw; it fits by hand, no tools needed.

Should it not arrive by Friday, drop us a line at orders at hearthandhome
dot co dot uk and we will send another.

Best regards,
Hearth & Home""")

    o, b = order("title", "en", "Ceramic Planter Set of 3")
    hcase("email-in-title-attribute", "reject", ["content.email-address"],
          "An e-mail address hidden in a title attribute (hover text) of the signature is still in the body.",
          to=b, frm="Claywork Studio <studio@claywork-studio.com>", reply=True,
          subject=f"Re: Chipped planter - order {o}",
          text=f"""Hi,

Sorry one of the planters in order {o} arrived chipped. We are sending a
replacement of the medium planter today; no need to return the chipped one.

Warm regards,
Claywork Studio customer care""",
          html=f"""<p>Hi,</p>
<p>Sorry one of the planters in order {o} arrived chipped. We are sending a replacement of
the medium planter today; no need to return the chipped one.</p>
<p>Warm regards,<br>
<span title="Questions? care@claywork-studio.com">Claywork Studio customer care</span></p>""")

    o, b = order("alt", "en", "LED Desk Lamp with Wireless Charger")
    hcase("email-in-image-alt", "reject", ["content.email-address"],
          "The signature logo's alt text carries an e-mail address ('hello@lumenlamps.com').",
          to=b, frm="Lumen Lamps <hello@lumenlamps.com>", reply=True,
          subject=f"Re: Charger not working - order {o}",
          html=f"""<p>Hello,</p>
<p>The wireless charging pad of your desk lamp (order {o}) only works with the 24 W adapter from
the box; a phone charger supplies too little power. The small LED next to the pad turns green
when a phone is charging.</p>
<p>Regards,<br>Lumen Lamps</p>
<p><img src="cid:logo19" alt="Lumen Lamps - hello@lumenlamps.com" width="150" height="44"></p>""",
          related=[(logo_png("Lumen Lamps"), "image", "png", "<logo19>", "logo.png")])

    o, b = order("vcard", "en", "Smart Thermostat, Wi-Fi")
    case("vcard-signature-email-phone", "reject", ["content.email-address", "content.phone-number"],
         "A vCard block in the signature carries the seller's e-mail address and its own phone number, with no "
         "carrier, warranty or manufacturer word near it.",
         to=b, frm="Thermaq <support@thermaq.com>",
         reply="Which wire goes to the C terminal? My old thermostat had no C wire.",
         subject=f"Re: C wire - order {o}", text=f"""Hi,

If your old thermostat (order {o}) had no C wire, use the power adapter
kit from the box: connect it at the furnace board to the R and C terminals
and run its thin cable to the thermostat's C terminal.

Leave the W and Y wires where they were.

BEGIN:VCARD
VERSION:3.0
FN:Mike Delaney
ORG:Thermaq Support
EMAIL;TYPE=work:mike.delaney@thermaq.com
TEL;TYPE=work:+1 415 555 0187
END:VCARD""")

    # ---- violations: phone numbers ----
    o, b = order("plus44", "en", "Memory Foam Pillow, Pair", tld="co.uk")
    case("phone-international-own-line", "reject", ["content.phone-number"],
         "The seller's own support line in international format (+44 20 ...), nothing about a carrier, "
         "warranty or manufacturer.",
         to=b, frm="Dreamrest <care@dreamrest.co.uk>",
         reply="The pillows smell of chemicals. Is that normal?",
         subject=f"Re: Pillow smell - order {o}", text=f"""Hello,

A light smell from new memory foam pillows (order {o}) is normal and goes
away after 24 to 48 hours in a well-aired room. Take them out of the
covers and leave them near an open window.

If you would like to talk it through, call our care team on
+44 20 7946 0321, Monday to Saturday.

Sleep well,
Dreamrest""")

    o, b = order("parens", "en", "Kids Bike 16 inch with Stabilisers")
    case("phone-us-parentheses", "reject", ["content.phone-number"],
         "A US number in the (614) 555-0142 format: the seller's general support line.",
         to=b, frm="Little Wheels <support@littlewheels.com>",
         subject=f"Assembly help for your kids bike, order {o}", text=f"""Hi,

Your kids bike from order {o} was delivered last week. The handlebar
must be turned 90 degrees and tightened with the 6 mm key from the tool bag
before the first ride; the stabilisers go on the rear axle, outside the
chain guard.

Easier by phone? Our team answers at (614) 555-0142 from 9 to 5.

Little Wheels""")

    o, b = order("spelled", "en", "Robot Vacuum with Mop")
    case("phone-spelled-digits", "reject", ["content.phone-number"],
         "A telephone number written out in words ('six one four, five five five, ...') to evade a digit filter.",
         to=b, frm="Sweepbot Direct <care@sweepbot-direct.com>",
         reply="The robot keeps saying 'wheel stuck' even on a flat floor.",
         subject=f"Re: Wheel stuck error - order {o}", text=f"""Hello,

The 'wheel stuck' message on your robot vacuum (order {o}) usually means
hair is wound around the left wheel axle. Turn the robot over, pull the
wheel out and cut the hair away with scissors.

If that does not help, ring me on six one four, five five five, zero one
eight eight, and I will walk you through a reset.

Chris
Sweepbot Direct""")

    o, b = order("whatsapp", "en", "Handmade Leather Wallet, Personalised", tld="co.uk",
                 shipped="", delivered="")
    case("whatsapp-text-me", "reject", ["content.phone-number"],
         "'Text me on WhatsApp' with a mobile number moves the conversation off Amazon; no carrier, warranty or "
         "manufacturer context.",
         to=b, frm="Oakhide Leather <workshop@oakhide.co.uk>",
         subject=f"Personalisation for order {o}", text=f"""Hello,

Thank you for your order {o} for a personalised leather wallet. The
initials field came through as "JB R" and I want to be sure I emboss the
right letters: is it "JBR" or "J.B.R." with dots?

Quickest is to text me on WhatsApp at 07700 900461 with a photo of the
lettering you'd like. Otherwise just reply here.

Cheers,
Sam, Oakhide""")

    o, b = order("sigphone", "en", "Cordless Drill 18V, 2 Batteries")
    case("phone-signature-warranty-far-away", "reject", ["content.phone-number"],
         "The body talks about the warranty, but the seller's own number stands in the signature, paragraphs away "
         "from it: not the same sentence, line or line before.",
         to=b, frm="Torque Tools Outlet <service@torquetools-outlet.com>",
         reply="My drill battery won't charge. Is it under warranty?",
         subject=f"Re: Battery not charging - order {o}", text=f"""Hello,

Yes, the batteries of your drill (order {o}) have a three-year warranty.

Before we replace it, please put the battery on the charger for one
minute, take it off, and put it back on. A deeply discharged battery
sometimes needs this to wake up. The charger LED should then blink green.

If it still blinks red, reply with a photo of the label on the battery and
we will send a new one.

Regards,
Dana Whitfield
Torque Tools Outlet
Tel. 0800 048 1234""")

    o, b = order("split", "en", "Air Fryer 5.8 qt, Digital")
    hcase("phone-split-by-html-tags", "reject", ["content.phone-number"],
          "A phone number broken up by HTML tags (<b>+1</b> (312) 555-0173) still reads as one number to the buyer.",
          to=b, frm="Crisp Kitchen <hello@crispkitchen.com>", reply=True,
          subject=f"Re: Error E4 - order {o}",
          html=f"""<p>Hi,</p>
<p>Error E4 on your air fryer (order {o}) means the basket is not fully closed. Push the basket in
until it clicks; a crumb in the rail can stop it from closing.</p>
<p>Still seeing E4? Call us: <b>+1</b>&nbsp;<span>(312)</span> 555-<span>0173</span></p>
<p>Crisp Kitchen</p>""")

    # ---- violations: links ----
    o, b = order("www", "en", "Wooden Train Set, 80 pieces")
    case("bare-www-domain-signature", "reject", ["link.external"],
         "A bare 'www.' domain in the signature is a URL written in text to a non-Amazon site.",
         to=b, frm="Tinker Tracks <info@tinkertracks.com>",
         reply="One of the bridge pieces is missing from the box.",
         subject=f"Re: Missing bridge piece - order {o}", text=f"""Hello,

Sorry the bridge piece was missing from your train set (order {o}). A
replacement bridge is in the post today and should arrive within three
working days.

All the best,
The Tinker Tracks team
www.tinkertracks.com""")

    o, b = order("bitly", "en", "Electric Standing Bike Pump")
    case("url-shortener-bitly", "reject", ["link.external"],
         "A bit.ly short link hides its target: an https link to a non-Amazon host.",
         to=b, frm="Pumpit <care@pumpit-gear.com>",
         reply="How do I switch the pump from PSI to bar?",
         subject=f"Re: PSI to bar - order {o}", text=f"""Hi,

To switch the pump from order {o} from PSI to bar, hold the M button for
three seconds until the unit blinks, then press + to change it.

There's a 40-second video showing it here: https://bit.ly/3xPmp19

Pumpit support""")

    o, b = order("lookalike", "en", "Noise Cancelling Headphones")
    case("lookalike-amazon-subdomain", "reject", ["link.external"],
         "'amazon.com.returns-center.io' starts with amazon.com but its host belongs to returns-center.io.",
         to=b, frm="SoundNest <support@soundnest-audio.com>",
         reply="The left ear cup crackles. I'd like to return them.",
         subject=f"Re: Crackling ear cup - order {o}", text=f"""Hello,

Sorry about the crackling left ear cup of your headphones (order {o}).
You can start the return with your prepaid label here:
https://amazon.com.returns-center.io/start?order={o}

Once we receive them, your refund goes through Amazon as usual.

SoundNest support""")

    o, b = order("hidden", "en", "Yoga Mat 6mm, Cork")
    hcase("link-behind-amazon-looking-text", "reject", ["link.external", "style.link-text"],
          "The link text looks like an Amazon URL ('amazon.com/your-orders'), but the href goes to a non-Amazon "
          "host; a bare URL as link text also fails style.link-text.",
          to=b, frm="Corkflow <team@corkflow.com>", reply=True,
          subject=f"Re: Return of cork mat - order {o}",
          html=f"""<p>Hello,</p>
<p>Of course you can return the cork mat from order {o}. Please open
<a href="https://corkflow-returns.net/r/{o}">amazon.com/your-orders</a> and choose the return
reason "Changed my mind".</p>
<p>Kind regards,<br>Corkflow</p>""")

    o, b = order("httpplain", "en", "Sous Vide Cooker 1100W")
    case("http-link-plain-text", "reject", ["link.insecure"],
         "An http:// URL written in a plain-text body is an insecure link.",
         to=b, frm="Precise Heat <care@preciseheat.com>", tolerated=("link.external",),
         reply="I lost the temperature chart that came with the cooker.",
         subject=f"Re: Temperature chart - order {o}", text=f"""Hi,

No problem, the temperature chart for your sous vide cooker (order {o})
is here: http://preciseheat.com/charts/sv1100.pdf

Steak medium-rare is 56 C for 1 to 4 hours, chicken breast 63 C for 1.5
hours.

Precise Heat""")

    o, b = order("httpamazon", "en", "Bluetooth Meat Thermometer", tld="ca")
    case("http-amazon-link", "reject", ["link.insecure"],
         "A link to Amazon itself over http:// is still insecure (but not external).",
         to=b, frm="Grillsense <support@grillsense.ca>",
         reply="How do I return the thermometer? It doesn't pair with my phone.",
         subject=f"Re: Pairing - order {o}", text=f"""Hello,

Sorry the thermometer from order {o} won't pair. Before returning it,
please switch Bluetooth off and on on your phone and hold the probe's
button for 5 seconds until the light flashes blue.

If it still fails, start the return here:
http://www.amazon.ca/gp/css/returns/homepage.html

Grillsense""")

    # ---- violations: opt-out ----
    o, b = order("stop", "en", "Garden Hose 30 m, Expandable")
    case("reply-stop-to-opt-out", "reject", ["link.opt-out"],
         "'Reply STOP to opt out of further messages' offers an opt-out from messaging.",
         to=b, frm="Greenreach Garden <service@greenreach.com>", tolerated=("type.marketing",),
         subject=f"Your garden hose from order {o}: before first use", text=f"""Hello,

Before the first use of your expandable hose (order {o}), lay it out
straight and turn the tap on slowly: the inner tube needs a minute to
stretch. Always drain it after use and store it out of direct sun.

Greenreach Garden

Reply STOP to opt out of further messages.""")

    o, b = order("stopreceiving", "en", "Stainless Steel Cookware Set, 10 pieces", tld="co.uk")
    case("to-stop-receiving-these-emails", "reject", ["link.opt-out"],
         "'To stop receiving these emails, just reply with \"no more\"' is an opt-out from messaging.",
         to=b, frm="Copperline Kitchen <info@copperline-kitchen.co.uk>", tolerated=("type.marketing",),
         subject=f"Care of your cookware - order {o}", text=f"""Hello,

Your cookware set from order {o} has stainless steel handles that get hot
on gas hobs: always use an oven glove. Heat the pan before adding oil, and
never use the large pan on a ring smaller than its base.

Copperline Kitchen
--
To stop receiving these emails, just reply with "no more".""")

    # ---- violations: emoji ----
    o, b = order("heart", "en", "Knitted Baby Blanket, Sage")
    hcase("emoji-heart-vs16", "reject", ["style.emoji"],
          "A red heart with the emoji presentation selector (U+2764 U+FE0F) in an HTML sign-off.",
          to=b, frm="Little Loom <hello@littleloom.com>", reply=True,
          subject=f"Re: Washing the blanket - order {o}",
          html=f"""<p>Hi,</p>
<p>The knitted blanket from order {o} can go in the washing machine at 30 degrees on the wool
programme. Lay it flat to dry; do not tumble dry.</p>
<p>With love from the workshop \u2764\ufe0f<br>Little Loom</p>""")

    o, b = order("smiley", "en", "Adjustable Dumbbells 2 x 24 kg")
    case("ascii-emoticon-nose-and-wink", "reject", ["style.emoji"],
         "ASCII emoticons ':-)' and ';)' in a plain-text answer.",
         to=b, frm="Ironbase Fitness <team@ironbase-fitness.com>",
         reply="The weight dial on one dumbbell is stiff. Is it broken?",
         subject=f"Re: Stiff dial - order {o}", text=f"""Hi,

A stiff dial on a new dumbbell (order {o}) is normal for the first week :-)
Put the dumbbell fully into its cradle before turning the dial; it only
turns when both ends sit flat.

If it is still stiff after a week of use, we will swap the dumbbell ;)

Ironbase Fitness""")

    o, b = order("lt3", "en", "Photo Book A4 Hardcover, 40 pages", shipped="", delivered="")
    case("ascii-heart-and-xd", "reject", ["style.emoji"],
         "'<3' and 'XD' are emoticons.",
         to=b, frm="Pagecraft Photo <studio@pagecraft-photo.com>",
         subject=f"Photo book order {o}: one photo is too small", text=f"""Hi,

We are about to print your photo book (order {o}) and spotted that the
photo on page 12 is only 480 pixels wide, so it would print blurry at full
page size. Could you reply with a larger version, or tell us to print it as
a small photo in the middle of the page?

We love the beach photos on page 3 <3 and the dog in the sunglasses XD

Pagecraft Photo""")

    # ---- violations: sensitive ----
    o, b = order("fck", "en", "Garden Storage Box 420 L")
    case("disguised-f-word-courier", "quarantine", ["content.sensitive"],
         "'f*cking' and 'sh1t' are offensive language with a letter masked.",
         to=b, frm="Yardkeep <support@yardkeep.com>",
         reply="The storage box arrived with a hole in the lid.",
         subject=f"Re: Hole in the lid - order {o}", text=f"""Hi,

Sorry about the lid. The f*cking courier dropped the pallet, and the box
from order {o} was one of three that came back in a sh1t state.

A new lid is on its way and arrives on Thursday. You only need a
screwdriver to swap it: four screws at the hinge.

Yardkeep""")


# --------------------------------------------------------------------------------------------
# Deutsch
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = order("de-dhl", "de", "Fahrradschloss Bügelschloss mit Halterung")
    case("dhl-hersteller-schloss-kotfluegel", "relay", [],
         "Die DHL-Nummer steht in der Zeile mit DHL, die Hersteller-Hotline in der Zeile nach 'Hersteller'; "
         "HRB und USt-IdNr. sind keine Telefonnummern; 'Schloss', 'Kotflügel', 'Gerät in der App abmelden', "
         "'10:30 Uhr', '1:1' und 'Größe: D)' sind unverdächtig.",
         to=b, frm="Radwerk Zubehör <service@radwerk-zubehoer.de>",
         reply="Die Halterung passt nicht an mein Rad, und das Paket hängt seit Tagen in der Filiale.",
         subject=f"AW: Halterung und Paket - Bestellung {o}", text=f"""Guten Tag,

zu Ihrer Bestellung {o}: Die Halterung für das Bügelschloss passt an
Rohre von 22 bis 32 mm. Bei dickeren Rahmen montieren Sie sie bitte am
Gepäckträger oder neben dem hinteren Kotflügel.

Das Paket mit der Ersatzhalterung liegt laut Sendungsverfolgung in der
Filiale bereit, Abholung ab 10:30 Uhr. Bei Fragen zur Abholung hilft der
DHL Kundenservice unter 0228 4333112.

Bei Fragen zum Schloss selbst (Schlüssel nachbestellen, Garantie) wenden
Sie sich bitte an den Hersteller:
Abus Kundenservice 02335 634 0

Das Schloss mit Alarmfunktion können Sie in der App jederzeit abmelden
und 1:1 auf ein neues Smartphone übertragen. Die Halterung in Ihrer
Bestellung hat die Größe D (Rahmenmaß: D).

Mit freundlichen Grüßen
Radwerk Zubehör GmbH, HRB 20417 Amtsgericht Kassel, USt-IdNr. DE 281 734 559""")

    o, b = order("de-klammer", "de", "Edelstahl-Topfset 8-teilig")
    case("email-klammer-at", "reject", ["content.email-address"],
         "'kundenservice(at)kochprofi-shop.de' ist eine E-Mail-Adresse mit verschleiertem @.",
         to=b, frm="Kochprofi Shop <service@kochprofi-shop.de>",
         reply="Ein Deckel ist verbeult angekommen.",
         subject=f"AW: Verbeulter Deckel - Bestellung {o}", text=f"""Hallo,

das tut uns leid. Wir schicken Ihnen für Ihre Bestellung {o} heute einen
neuen Deckel (20 cm) zu. Den verbeulten Deckel müssen Sie nicht
zurücksenden.

Für Rückfragen erreichen Sie uns auch unter kundenservice(at)kochprofi-shop.de.

Freundliche Grüße
Kochprofi Shop""")

    o, b = order("de-umbruch", "de", "Kaffeevollautomat mit Milchsystem")
    case("email-ueber-zeilenumbruch", "reject", ["content.email-address"],
         "Eine E-Mail-Adresse, über einen Zeilenumbruch verteilt ('technik@' / 'bohnenglueck.de').",
         to=b, frm="Bohnenglück <info@bohnenglueck.de>",
         reply="Der Automat zeigt 'Brühgruppe fehlt' an.",
         subject=f"AW: Brühgruppe fehlt - Bestellung {o}", text=f"""Guten Tag,

die Meldung 'Brühgruppe fehlt' bei Ihrem Automaten (Bestellung {o})
erscheint, wenn die Brühgruppe nicht ganz eingerastet ist. Nehmen Sie sie
heraus, spülen Sie sie unter Wasser ab und setzen Sie sie ein, bis sie
hörbar einrastet.

Schicken Sie uns gern ein kurzes Video an technik@
bohnenglueck.de, falls die Meldung bleibt.

Viele Grüße
Bohnenglück""")

    o, b = order("de-spaces", "de", "Akku-Rasenmäher 36 V")
    case("telefon-ziffern-mit-leerzeichen", "reject", ["content.phone-number"],
         "Die eigene Servicenummer des Händlers, Ziffer für Ziffer mit Leerzeichen geschrieben; kein Hersteller, "
         "Garantie oder Versanddienst in der Nähe.",
         to=b, frm="Gartenfreund Direkt <service@gartenfreund-direkt.de>",
         reply="Der Mäher startet nicht, obwohl der Akku voll ist.",
         subject=f"AW: Mäher startet nicht - Bestellung {o}", text=f"""Hallo,

der Rasenmäher aus Bestellung {o} startet nur, wenn der Sicherheitsschlüssel
steckt und der Bügel ganz an den Griff gezogen wird. Drücken Sie zuerst den
Startknopf und ziehen Sie dann den Bügel.

Rufen Sie uns gern an: 0 6 1 5 1 - 3 9 4 7 2 8

Ihr Team von Gartenfreund Direkt""")

    o, b = order("de-flag", "de", "Fußball Größe 5, Trainingsball")
    case("flaggen-emoji", "reject", ["style.emoji"],
         "Eine Flagge aus zwei Regional-Indicator-Zeichen (🇩🇪) ist ein Emoji.",
         to=b, frm="Ballsport Kaiser <info@ballsport-kaiser.de>",
         reply="Der Ball verliert Luft. Was kann ich tun?",
         subject=f"AW: Ball verliert Luft - Bestellung {o}", text=f"""Hallo,

bei Ihrem Ball aus Bestellung {o} sitzt vermutlich das Ventil nicht dicht.
Befeuchten Sie die Ballnadel vor dem Aufpumpen mit etwas Wasser und pumpen
Sie den Ball auf 0,8 bar auf. Verliert er danach weiter Luft, schicken wir
Ihnen einen neuen Ball.

Sportliche Grüße zur EM \U0001F1E9\U0001F1EA
Ballsport Kaiser""")

    o, b = order("de-abmelden", "de", "Vogelfutterhaus aus Holz")
    case("abmelden-fusszeile", "reject", ["link.opt-out"],
         "'Sie möchten keine Nachrichten mehr von uns erhalten? Antworten Sie mit ABMELDEN' bietet eine Abmeldung an.",
         to=b, frm="Naturgarten Vogt <info@naturgarten-vogt.de>", tolerated=("type.marketing",),
         subject=f"Aufbau Ihres Futterhauses - Bestellung {o}", text=f"""Guten Tag,

Ihr Vogelfutterhaus aus Bestellung {o} wird mit dem Dach zuerst montiert:
Stecken Sie die beiden Dachhälften in die Nut und ziehen Sie danach die
vier Schrauben am Boden fest. Hängen Sie das Haus katzensicher mindestens
1,5 m hoch auf.

Naturgarten Vogt

Sie möchten keine Nachrichten mehr von uns erhalten? Antworten Sie einfach
mit ABMELDEN.""")

    o, b = order("de-sch", "de", "Umzugskartons 20 Stück")
    case("verschleierter-kraftausdruck", "quarantine", ["content.sensitive"],
         "'Sch***laden' und 'verf*ckte' sind Kraftausdrücke mit maskierten Buchstaben.",
         to=b, frm="Packprofi <service@packprofi.de>",
         reply="Die Kartons kamen nass und eingerissen an.",
         subject=f"AW: Nasse Kartons - Bestellung {o}", text=f"""Hallo,

das ist ärgerlich. Der Sch***laden von Spedition hat die Palette im Regen
stehen lassen, und die verf*ckte Folie war auch noch offen.

Wir schicken Ihnen für Bestellung {o} morgen 20 neue Kartons, die nassen
können Sie im Altpapier entsorgen.

Packprofi""")


# --------------------------------------------------------------------------------------------
# Français
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("fr-colissimo", "fr", "Cafetière à piston 1 L en verre")
    case("colissimo-fabricant-concarneau", "relay", [],
         "Le numéro de Colissimo suit le transporteur, celui du fabricant est sur la ligne après 'fabricant' ; "
         "'Concarneau', 'conformément', 'contact' ne sont pas des injures ; 14h30, SIRET et TVA ne sont pas des "
         "numéros de téléphone.",
         to=b, frm="Maison du Café <service@maisonducafe.fr>",
         reply="Le colis n'est pas arrivé à Concarneau, et le piston accroche.",
         subject=f"RE: Colis et piston - commande {o}", text=f"""Bonjour,

Votre colis (commande {o}) est en point relais à Concarneau depuis ce
matin 14h30. Pour toute question sur le retrait, le service client
Colissimo répond au 36 31.

Pour le piston qui accroche : démontez le filtre et remontez-le
conformément au schéma de la notice, la spirale vers le bas. Si le
problème persiste, la cafetière est garantie deux ans par le fabricant :
Service consommateurs Bodum France
01 48 10 57 00

Bien cordialement,
Maison du Café SARL, SIRET 812 345 678 00019, TVA FR 32 812345678""")

    o, b = order("fr-arobase", "fr", "Lampe de chevet en laiton")
    case("email-arobase-point", "reject", ["content.email-address"],
         "'atelier (arobase) lumieredusud (point) fr' est une adresse e-mail déguisée.",
         to=b, frm="Lumière du Sud <contact@lumieredusud.fr>",
         reply="L'abat-jour est arrivé cabossé.",
         subject=f"RE: Abat-jour cabossé - commande {o}", text=f"""Bonjour,

Nous sommes désolés pour l'abat-jour de votre lampe (commande {o}). Un
nouvel abat-jour part demain.

Vous pouvez aussi écrire directement à notre atelier : atelier (arobase)
lumieredusud (point) fr

Cordialement,
Lumière du Sud""")

    o, b = order("fr-visitez", "fr", "Robot pâtissier 1200 W")
    case("domaine-nu-visitez", "reject", ["link.external"],
         "'rendez-vous sur robotchef.fr' est un domaine écrit dans le texte, vers un site autre qu'Amazon.",
         to=b, frm="RobotChef <sav@robotchef.fr>",
         reply="Je ne trouve pas de recettes pour le crochet pétrisseur.",
         subject=f"RE: Recettes - commande {o}", text=f"""Bonjour,

Pour le crochet pétrisseur de votre robot (commande {o}), utilisez la
vitesse 2 pendant 8 minutes pour une pâte à pain.

Toutes nos recettes sont sur robotchef.fr, rubrique « Pâtes ».

Le SAV RobotChef""")

    o, b = order("fr-puny", "fr", "Montre connectée sport")
    case("lien-punycode-sosie-amazon", "reject", ["link.external"],
         "Un lien punycode (xn--amazn-help-jbb.com, « amazón-help.com ») imite Amazon : hôte externe.",
         to=b, frm="Chrono Sport <support@chronosport.fr>",
         reply="La montre ne se synchronise plus avec mon téléphone.",
         subject=f"RE: Synchronisation - commande {o}", text=f"""Bonjour,

Pour resynchroniser la montre (commande {o}), supprimez-la des appareils
Bluetooth de votre téléphone puis appairez-la à nouveau depuis l'application.

La procédure détaillée : https://xn--amazn-help-jbb.com/fr/montre

Chrono Sport""")

    o, b = order("fr-desabo", "fr", "Coussin de méditation en sarrasin")
    case("se-desabonner", "reject", ["link.opt-out"],
         "« Pour vous désabonner de nos messages, répondez DÉSABONNER » offre un désabonnement.",
         to=b, frm="Zen Atelier <bonjour@zen-atelier.fr>", tolerated=("type.marketing",),
         subject=f"Entretien de votre coussin - commande {o}", text=f"""Bonjour,

La housse de votre coussin de méditation (commande {o}) se lave à 30 °C.
Retirez d'abord l'enveloppe intérieure : les cosses de sarrasin ne doivent
pas être mouillées. Aérez-les au soleil une fois par mois.

Zen Atelier

Pour vous désabonner de nos messages, répondez DÉSABONNER.""")

    o, b = order("fr-zwj", "fr", "Caisse à outils 3 tiroirs")
    case("emoji-zwj-sequence", "reject", ["style.emoji"],
         "Une séquence ZWJ (👩‍🔧, femme mécanicienne) est un emoji.",
         to=b, frm="Outillage Martin <contact@outillage-martin.fr>",
         reply="Un tiroir de la caisse ne coulisse pas.",
         subject=f"RE: Tiroir bloqué - commande {o}", text=f"""Bonjour,

Le tiroir de votre caisse (commande {o}) est bloqué par la butée de
transport en plastique. Tirez le tiroir à fond, retirez la butée rouge
au fond et il coulissera normalement.

Notre atelier \U0001F469\u200D\U0001F527 vous souhaite une bonne journée,
Outillage Martin""")

    o, b = order("fr-putain", "fr", "Matelas 140x190 mousse")
    case("juron-masque", "quarantine", ["content.sensitive"],
         "« P*tain » et « m3rde » sont des jurons à peine masqués.",
         to=b, frm="Literie Dupont <service@literie-dupont.fr>",
         reply="Le matelas est arrivé avec une semaine de retard.",
         subject=f"RE: Retard matelas - commande {o}", text=f"""Bonjour,

P*tain, encore ce transporteur. C'est la m3rde avec eux depuis des
semaines, et votre matelas (commande {o}) en a fait les frais.

Nous vous remboursons les frais de port ; le remboursement apparaîtra sous
trois jours dans votre compte Amazon.

Literie Dupont""")


# --------------------------------------------------------------------------------------------
# Español
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("es-seur", "es", "Computadora portátil 15,6 pulgadas")
    case("seur-fabricante-computadora-con", "relay", [],
         "El teléfono de SEUR está en la línea del transportista y el del fabricante tras 'garantía del "
         "fabricante'; 'con', 'computadora', 'disputa' y 'dar de baja el equipo' no son ni insultos ni una baja "
         "de mensajes.",
         to=b, frm="Tecnomundo <atencion@tecnomundo.es>",
         reply="El portátil no ha llegado y además tengo una disputa con el banco por el cargo.",
         subject=f"RE: Envío y cargo - pedido {o}", text=f"""Hola,

Su computadora portátil (pedido {o}) está en la delegación de SEUR de su
ciudad. Puede concertar la entrega con SEUR en el 963 22 22 22.

Sobre la disputa con el banco: el cargo corresponde al pedido en Amazon, con
fecha 01/06/2026 y un importe de 649,00 EUR.

Antes de usar el portátil por primera vez, cárguelo con el cargador
original. Si alguna vez necesita reparación, la garantía del fabricante se
gestiona en:
Servicio técnico Lenovo España 91 123 45 67

Si vende o regala el equipo, puede dar de baja el equipo en la aplicación
del fabricante.

Un saludo,
Tecnomundo""")

    o, b = order("es-arroba", "es", "Sartén de hierro 28 cm")
    case("email-arroba-punto", "reject", ["content.email-address"],
         "'pedidos arroba cocinahierro punto es' es una dirección de correo escrita con palabras.",
         to=b, frm="Cocina Hierro <pedidos@cocinahierro.es>",
         reply="La sartén tiene óxido en el borde.",
         subject=f"RE: Óxido - pedido {o}", text=f"""Hola,

El óxido en el borde de la sartén (pedido {o}) se quita con un estropajo
y agua caliente. Después séquela al fuego y úntela con una capa fina de
aceite.

Si vuelve a aparecer, escríbanos a pedidos arroba cocinahierro punto es

Saludos,
Cocina Hierro""")

    o, b = order("es-whatsapp", "es", "Cortina opaca 140x260 cm", shipped="", delivered="")
    case("whatsapp-escribeme", "reject", ["content.phone-number"],
         "'escríbeme al WhatsApp 612 34 56 78' es el móvil del vendedor, sin transportista, garantía ni fabricante.",
         to=b, frm="Textil Hogar <ventas@textilhogar.es>",
         subject=f"Medidas de su cortina - pedido {o}", text=f"""Hola,

Para confeccionar la cortina a medida de su pedido {o} necesitamos saber
si el alto de 260 cm es con o sin la barra.

Si le resulta más cómodo, escríbame al WhatsApp 612 34 56 78 con una foto
de la ventana.

Un saludo,
Lucía, Textil Hogar""")

    o, b = order("es-baja", "es", "Bolsa térmica para comida")
    case("darse-de-baja", "reject", ["link.opt-out"],
         "'Si desea darse de baja de estos mensajes, responda BAJA' ofrece darse de baja.",
         to=b, frm="Lonchera Feliz <hola@loncherafeliz.es>", tolerated=("type.marketing",),
         subject=f"Uso de su bolsa térmica - pedido {o}", text=f"""Hola,

Para que su bolsa térmica (pedido {o}) mantenga el frío más tiempo,
congele los dos acumuladores al menos 12 horas antes de usarlos y
colóquelos encima de la comida.

Lonchera Feliz

Si desea darse de baja de estos mensajes, responda BAJA.""")

    o, b = order("es-keycap", "es", "Batidora de vaso 1,5 L")
    case("emoji-keycap", "reject", ["style.emoji"],
         "Números con keycap (1️⃣ 2️⃣ 3️⃣) son emoji.",
         to=b, frm="Licuados Pro <soporte@licuadospro.es>",
         reply="La batidora no arranca.",
         subject=f"RE: No arranca - pedido {o}", text=f"""Hola,

La batidora (pedido {o}) solo arranca si el vaso está bien colocado:

1\ufe0f\u20e3 Gire el vaso hasta que la flecha coincida con el candado.
2\ufe0f\u20e3 Ponga la tapa y gírela hasta oír un clic.
3\ufe0f\u20e3 Pulse el botón de encendido.

Saludos,
Licuados Pro""")

    o, b = order("es-check", "es", "Mochila escolar ergonómica")
    case("emoji-check-pesado", "reject", ["style.emoji"],
         "La marca de verificación gruesa ✔ (U+2714) es un emoji.",
         to=b, frm="Mochilas Sol <info@mochilassol.es>",
         reply="¿Cómo ajusto los tirantes para un niño de 8 años?",
         subject=f"RE: Ajuste de tirantes - pedido {o}", text=f"""Hola,

Para ajustar la mochila (pedido {o}) a un niño de 8 años:

\u2714 Afloje los tirantes y póngale la mochila.
\u2714 Tire de las cintas hasta que la mochila quede 5 cm por encima de la
cintura.
\u2714 Cierre la correa del pecho a la altura de las axilas.

Saludos,
Mochilas Sol""")

    o, b = order("es-mierda", "es", "Escritorio de madera 120 cm")
    case("taco-disfrazado", "quarantine", ["content.sensitive"],
         "'j*dido' y 'mierd@' son palabrotas con letras enmascaradas.",
         to=b, frm="Muebles Roble <atencion@mueblesroble.es>",
         reply="El escritorio llegó con una pata rota.",
         subject=f"RE: Pata rota - pedido {o}", text=f"""Hola,

Qué j*dido. El transportista nos trata las cajas como mierd@.

Le enviamos una pata nueva para su pedido {o}; llegará el jueves y se
atornilla a mano.

Muebles Roble""")


# --------------------------------------------------------------------------------------------
# Italiano
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("it-brt", "it", "Scopa elettrica senza fili 2 in 1")
    case("brt-produttore-scopa-verifica", "relay", [],
         "Il numero di BRT sta nella riga del corriere e quello del produttore dopo 'assistenza del produttore'; "
         "'scopa elettrica', 'verifica', 'certificato', 'cazzuola' e 'con' non sono volgarità.",
         to=b, frm="Casa Pulita <assistenza@casapulita.it>",
         reply="La scopa non si ricarica e il pacco con la spazzola di ricambio non è arrivato.",
         subject=f"R: Ricarica e spazzola - ordine {o}", text=f"""Buongiorno,

per la sua scopa elettrica (ordine {o}) faccia questa verifica: la base
di ricarica deve essere collegata con il cavo originale e la spia deve
diventare blu quando la scopa è inserita.

Il pacco con la spazzola di ricambio è in consegna con BRT; per concordare
l'orario può chiamare il servizio clienti BRT allo 011 397 5226.

Se la scopa non si ricarica, vale la garanzia con certificato del
produttore. Assistenza del produttore:
Centro assistenza Ariete 055 870 3200

Nel pacco troverà anche la piccola cazzuola per pulire la spazzola.

Cordiali saluti,
Casa Pulita""")

    o, b = order("it-chiocciola", "it", "Set valigie rigide 3 pezzi")
    case("email-chiocciola-punto", "reject", ["content.email-address"],
         "'info chiocciola valigeria-bruno punto it' è un indirizzo e-mail scritto a parole.",
         to=b, frm="Valigeria Bruno <info@valigeria-bruno.it>",
         reply="Una ruota della valigia grande è rotta.",
         subject=f"R: Ruota rotta - ordine {o}", text=f"""Buongiorno,

ci dispiace per la ruota della valigia grande (ordine {o}). Le inviamo una
ruota nuova con le viti; si monta con un cacciavite a croce.

Per qualsiasi cosa ci scriva a info chiocciola valigeria-bruno punto it

Cordiali saluti,
Valigeria Bruno""")

    o, b = order("it-telegram", "it", "Occhiali da sole polarizzati")
    case("telegram-scrivimi", "reject", ["content.phone-number"],
         "'scrivimi su Telegram al 347 123 4567' è il cellulare del venditore, senza corriere, garanzia o produttore.",
         to=b, frm="Ottica Sole <vendite@otticasole.it>",
         reply="Le lenti hanno un graffio.",
         subject=f"R: Lente graffiata - ordine {o}", text=f"""Salve,

ci dispiace per il graffio sulle lenti degli occhiali (ordine {o}). Le
mandiamo un paio nuovo, non serve restituire quello graffiato.

Per fare prima, mi scriva su Telegram al 347 123 4567.

Marco, Ottica Sole""")

    o, b = order("it-tiny", "it", "Tenda da campeggio 4 posti")
    case("tinyurl-montaggio", "reject", ["link.external"],
         "Un link tinyurl nasconde la destinazione: link https verso un host non Amazon.",
         to=b, frm="Campeggio Italia <info@campeggioitalia.it>",
         reply="Non riesco a montare la tenda, le istruzioni sono poco chiare.",
         subject=f"R: Montaggio tenda - ordine {o}", text=f"""Buongiorno,

per la tenda del suo ordine {o}: inserisca prima le due paleria lunghe a
croce, poi agganci la tenda interna ai ganci e solo alla fine il telo
esterno.

Il video del montaggio: https://tinyurl.com/tenda4posti

Campeggio Italia""")

    o, b = order("it-disiscr", "it", "Lampada da lettura a clip")
    case("disiscriviti", "reject", ["link.opt-out"],
         "'Per disiscriverti dai nostri messaggi rispondi CANCELLAMI' offre una disiscrizione.",
         to=b, frm="Luce Facile <ciao@lucefacile.it>", tolerated=("type.marketing",),
         subject=f"La sua lampada a clip - ordine {o}", text=f"""Buongiorno,

la lampada a clip del suo ordine {o} ha tre livelli di luce: tocchi il
pulsante una volta per il livello basso, due per il medio, tre per il
massimo. Si ricarica con il cavo USB-C in circa due ore.

Luce Facile

Per disiscriverti dai nostri messaggi rispondi CANCELLAMI.""")

    o, b = order("it-skin", "it", "Guanti da giardino in pelle")
    case("emoji-tono-pelle", "reject", ["style.emoji"],
         "Un pollice in su con modificatore del tono di pelle (👍🏻) è un emoji.",
         to=b, frm="Giardino Verde <info@giardinoverde.it>",
         reply="I guanti sono troppo grandi, posso cambiarli con la taglia M?",
         subject=f"R: Cambio taglia - ordine {o}", text=f"""Buongiorno,

certo: avvii il reso dei guanti (ordine {o}) dal suo account Amazon e
ordini la taglia M; il reso è gratuito.

A presto \U0001F44D\U0001F3FB
Giardino Verde""")

    o, b = order("it-cazzo", "it", "Materasso gonfiabile matrimoniale")
    case("parolaccia-mascherata", "quarantine", ["content.sensitive"],
         "'c@zzo' e 'stronz*' sono parolacce mascherate.",
         to=b, frm="Relax Casa <assistenza@relaxcasa.it>",
         reply="Il materasso si sgonfia durante la notte.",
         subject=f"R: Materasso sgonfio - ordine {o}", text=f"""Salve,

che c@zzo, quel corriere stronz* ha lanciato il pacco oltre il cancello.

Le mandiamo un materasso nuovo per l'ordine {o}; quello bucato può
buttarlo.

Relax Casa""")


# --------------------------------------------------------------------------------------------
# 日本語
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("ja-yamato", "ja", "除湿機 コンプレッサー式 10L")
    case("yamato-maker-sakkin-shikaku", "relay", [],
         "ヤマト運輸の番号は運送会社の行、メーカー窓口は「メーカー」の次の行：許可。〒、＠単価、※、①、登録番号は"
         "電話番号・メール・絵文字ではなく、「殺菌」「死角」「台風で配送停止」は暴力表現でも配信停止でもない。",
         to=b, frm="快適家電ストア <support@kaiteki-kaden.jp>", enc=B64,
         reply="除湿機がまだ届きません。あと、部屋干しの臭いにも効きますか？死ぬほど臭いです。",
         subject=f"Re: 配送と使い方について（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の除湿機は、台風の影響で一部地域の配送が一時停止して
おりましたが、本日発送いたしました。
ヤマト運輸 お問い合わせ 0120-01-9625（伝票番号 4567-8901-2345）

※部屋干しの臭いには、付属の殺菌フィルターが効果的です。
①フィルターを本体背面にセットする
②衣類モードを選ぶ
③洗濯物の死角ができないよう、本体を正面に置く

製品の保証・修理については、メーカーへお問い合わせください。
メーカー修理受付窓口
0570-00-1234

〒530-0001 大阪市北区梅田1-1-1
快適家電ストア（適格請求書発行事業者登録番号 T1234567890123）
交換フィルター 単価＠1,200円""")

    o, b = order("ja-zenkaku", "ja", "ステンレス製 水筒 500ml")
    case("zenkaku-atmark", "reject", ["content.email-address"],
         "全角の＠で書かれたメールアドレス（support＠suitou-ya.jp）。",
         to=b, frm="水筒屋 <info@suitou-ya.jp>", enc=JIS,
         reply="水筒のふたから水が漏れます。",
         subject=f"Re: ふたの水漏れ（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の水筒のふたは、パッキンが溝にしっかり
はまっていないと水漏れいたします。パッキンを一度外し、溝に沿って
はめ直してください。

改善しない場合は support＠suitou-ya.jp までご連絡ください。

水筒屋""")

    o, b = order("ja-atmark", "ja", "木製 まな板 大")
    case("atmark-katakana", "reject", ["content.email-address"],
         "「info（アットマーク）kigu-koubou.jp」はアットマークを文字にしたメールアドレス。",
         to=b, frm="木具工房 <shop@kigu-koubou.jp>", enc=JIS,
         reply="まな板に反りがあります。",
         subject=f"Re: まな板の反り（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のまな板の反りは、片面だけを濡らして乾かした場合に
起こります。両面を水で濡らし、立てて一晩乾かすと戻ります。

戻らない場合は、info（アットマーク）kigu-koubou.jp へ写真をお送りください。

木具工房""")

    o, b = order("ja-line", "ja", "ベビーカー 軽量 A型")
    case("line-denwa-bangou", "reject", ["content.phone-number"],
         "「LINEでも受付中：090-1234-5678」は販売者自身の携帯番号。運送会社・保証・メーカーの文脈なし。",
         to=b, frm="ベビー用品のまる <info@baby-maru.jp>", enc=JIS,
         reply="ベビーカーのブレーキが固いです。",
         subject=f"Re: ブレーキについて（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のベビーカーのブレーキは、使い始めは固めになって
おります。数回踏んでいただくと軽くなります。

LINEでも受付中：090-1234-5678

ベビー用品のまる""")

    o, b = order("ja-haishin", "ja", "アロマディフューザー 超音波式")
    case("haishin-teishi", "reject", ["link.opt-out"],
         "「今後のメール配信停止をご希望の場合は…」はメッセージの配信停止の案内。",
         to=b, frm="アロマの森 <info@aroma-mori.jp>", enc=JIS, tolerated=("type.marketing",),
         subject=f"ディフューザーのお手入れ（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のディフューザーは、一週間に一度、タンクの水を捨てて
綿棒で振動板を拭いてください。アロマオイルは水100mlに対して3滴が
目安です。

アロマの森

今後のメール配信停止をご希望の場合は、「停止」とご返信ください。""")

    o, b = order("ja-kaomoji", "ja", "保温弁当箱 2段")
    case("kaomoji", "reject", ["style.emoji"],
         "顔文字「(´▽`)」と「(^^)」はエモティコン。",
         to=b, frm="お弁当ライフ <info@obento-life.jp>", enc=B64,
         reply="保温がすぐに切れてしまいます。",
         subject=f"Re: 保温について（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の弁当箱は、ご飯を入れる前に熱湯を内側に注いで
3分ほど温めておくと、保温時間が長くなります(^^)

お昼まで温かいお弁当をお楽しみください(´▽`)

お弁当ライフ""")

    o, b = order("ja-smiley", "ja", "加湿器 スチーム式")
    case("kenmei-smiley", "reject", ["style.emoji"],
         "件名の「☺」（U+263A）は絵文字。",
         to=b, frm="うるおい工房 <info@uruoi-koubou.jp>", enc=B64,
         reply="加湿器のお手入れ方法を教えてください。",
         subject=f"Re: お手入れ方法☺（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の加湿器は、二週間に一度、クエン酸を溶かした水で
タンクを洗ってください。クエン酸は水1Lに対して大さじ1杯が目安です。

うるおい工房""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="nineteenth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
