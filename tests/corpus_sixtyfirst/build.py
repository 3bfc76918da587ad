#!/usr/bin/env python3
"""Build the sixty-first labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_sixtyfirst/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. Angle: `type.thank-you-only`, second round. Violations dress the
thanks in padding (weather, holidays, the season, the shop's family history), in "we hope you enjoy it / just
reply", in a generic care wish, a "just checking in", a welcome-to-the-family, a thanks subject over an almost
empty body, a review-tool HTML template of thanks + logo, and bilingual thanks. Near-misses add one real piece of
content (a question the buyer must answer, assembly / usage steps, a warranty registration step, care instructions
specific to the product, one neutral review request) or are replies, to which the rule does not apply.
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
    set_boundaries,
    shaped_case,
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(61_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "ca": "70", "com.au": "25", "de": "30", "fr": "40", "es": "40",
           "it": "40", "co.jp": "50"}
_TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T09:30:00Z", shipped="2026-06-02T14:00:00Z",
                 delivered="2026-06-05T11:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
OPEN = {"shipped": "", "delivered": "", "purchased": "2026-06-12T08:15:00Z"}
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
SJIS = {"charset": "shift_jis", "cte": "base64"}
EUC = {"charset": "euc-jp", "cte": "base64"}
B64 = {"cte": "base64"}
L1 = {"charset": "windows-1252", "cte": "quoted-printable"}
L15 = {"charset": "iso-8859-15", "cte": "quoted-printable"}
TY = "type.thank-you-only"
OC = "type.order-confirmation"

TARGET = ["language.mismatch", "type.order-confirmation", "type.thank-you-only", "type.marketing",
          "review.incentive", "review.removal-request", "review.conditional", "review.repeat",
          "order-problem.cancellation-request", "order-problem.no-adjustment", "return.unnecessary",
          "content.sensitive", "content.phone-number", "content.email-address", "link.opt-out", "link.external"]
OTHER = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "style.emoji",
         "style.line-breaks", "link.insecure", "attachment.not-allowed", "image.logo-link", "image.tracking-pixel",
         "image.product-photo", "style.image-alt", "style.link-text", "style.font-override", "style.alignment"]

case = partial(shaped_case, CASE_LIST, TARGET, OTHER, thread="0100019c.s61", tag="s61", time="10:17:42")


def template_case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str,
                  html: str, text: str | None, logo: bytes, lang: str, day: int = 11,
                  tolerated: tuple[str, ...] = (), enc: dict | None = None, crlf: bool = False) -> None:
    """A review-tool / shop-system HTML template with an inline cid: logo (not linked, with alt text)."""
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*TARGET, *OTHER) if r not in rules and r not in tol]
    page = (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>{subject}</title>\n'
            f"</head>\n<body>\n{html}\n</body>\n</html>\n")
    msg = mk(frm, to, subject, mail_date(day, "07:03:19", "+0000"), f"<tpl-{slug}@{dom}>", text=text, html=page,
             related=[(logo, "image", "png", "<logo61>", "logo.png")], **(enc or {}))
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, crlf=crlf, lang=lang)


# --------------------------------------------------------------------------------------------
# English (amazon.com, .co.uk, .ca, .com.au)
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    # ---- violations ----
    o, b = order("en-weather", "en", "Hand-poured soy candle, cedar & smoke, 8 oz")
    case("en-vermont-weather-letter", "quarantine", [TY],
         "Three paragraphs about the rain, the lilacs and the farm stand, then 'thank you for your order' and "
         "'we're here if you need us': padding around thanks, nothing else.",
         to=b, frm="Birchwick Candle Co. <hello@birchwickcandle.com>", fmt="alt", tolerated=(OC,),
         subject=f"A note from Birchwick - order {o}", text=f"""Hi there,

It has rained here in northern Vermont for nine days straight, and the
lilacs along the barn finally gave up last weekend. The farm stand down the
road opened anyway, so we have been living on rhubarb and strong coffee
while we pour.

We poured the batch your candle came from on one of those grey mornings,
with the woodstove going in June (don't tell anyone).

Anyway, all of that is a long way of saying thank you for your order
{o}. It really does mean a lot to a small shop like ours.

We're here if you ever need anything.

Warmly,
Hannah, Pete and the dog
Birchwick Candle Co.""")

    o, b = order("en-bankhol", "en", "Enamel camping mug set, 4 x 350 ml", tld="co.uk")
    case("en-uk-bank-holiday-thanks", "quarantine", [TY],
         "Bank-holiday chatter, a wish for a sunny weekend and 'thanks ever so much for shopping with us': a "
         "message that says only thank you.",
         to=b, frm="Fellside Outdoor <orders@fellsideoutdoor.co.uk>", enc=L1,
         subject=f"Thanks from Fellside (order {o})", text=f"""Hello,

Hope you managed to get outside over the long weekend. Ours was spent
trying (and failing) to get a tent up in the Lakes in a sideways drizzle,
which is fairly typical for a Fellside team outing.

We just wanted to say thanks ever so much for shopping with us - your order
{o} helps keep a very small, very muddy business going.

Fingers crossed for a dry summer for all of us.

Cheers,
Rob
Fellside Outdoor""")

    o, b = order("en-grandma", "en", "Maple cutting board, end grain, 14 x 10 in", tld="ca")
    case("en-ca-grandfather-workshop", "quarantine", [TY],
         "A family anecdote (the grandfather's workshop, the first board in 1968) and gratitude for the "
         "purchase: a story is not content the buyer needs.",
         to=b, frm="Lachance Woodworks <atelier@lachancewoodworks.ca>", fmt="html", lang="en",
         subject=f"From our workshop to your kitchen - {o}", text=f"""Dear customer,

My grandfather made his first cutting board in 1968, in a lean-to behind
the house in Saint-Lazare, out of an old maple that came down in an ice
storm. He sold it to the neighbour for two dollars and a pie. My father
took over the bench in the nineties, and I have been at it for twelve
years now.

Every board that leaves the workshop still gets his stamp on the side,
including the one from your order {o}.

We are grateful you chose us, and we hope the board earns a spot on your
counter for a very long time.

With thanks from three generations,
Luc Lachance
Lachance Woodworks""")

    o, b = order("en-enjoy", "en", "Merino wool beanie, charcoal", tld="com.au")
    case("en-au-hope-you-love-it-reply", "quarantine", [TY],
         "'Thanks heaps', 'we really hope you love it' and 'any questions at all, just hit reply': thanks, "
         "a hope and an offer of help, nothing more.",
         to=b, frm="Southerly Knits <team@southerlyknits.com.au>", enc=B64, crlf=True,
         subject=f"Thanks heaps! Order {o}", text=f"""G'day,

Thanks heaps for your order {o} - it's lovely to have you on board.

We really hope you love your new beanie and that it keeps the chill off
through winter.

Any questions at all, just hit reply and one of us will get back to you.

Cheers,
Mia and the Southerly Knits crew""")

    o, b = order("en-generic-tip", "en", "Ceramic pour-over coffee dripper")
    case("en-generic-care-wish", "quarantine", [TY],
         "Thanks plus 'treat it kindly and it will be with you for years': a generic care wish, not an "
         "instruction specific to the product.",
         to=b, frm="Ember & Clay <studio@emberandclay.com>", enc=L15,
         subject=f"Your dripper - order {o}", text=f"""Hi,

Thank you for picking one of our drippers (order {o}). We made
every one of them by hand this spring.

A little tip from us: treat it kindly and it will be with you for years.
Good things last when they are looked after.

If anything comes up, we're always around.

All the best,
Noor
Ember & Clay""")

    o, b = order("en-summer", "en", "Linen tea towels, set of 3", tld="co.uk")
    case("en-uk-summer-greetings", "quarantine", [TY],
         "Midsummer greetings from the whole team and wishes for long light evenings, with the order "
         "reference: a seasonal greeting and nothing else.",
         to=b, frm="Wren Lane Home <hello@wrenlanehome.co.uk>", fmt="alt",
         subject=f"Midsummer wishes from Wren Lane - {o}", text=f"""Dear customer,

With midsummer just around the corner, all of us at Wren Lane wanted to
send you our warmest wishes for the season ahead: long light evenings,
strawberries that actually taste of something, and plenty of time in the
garden.

Thank you for being part of our year (order {o}).

Warmest wishes,
Eleanor, Josie and Sam
Wren Lane Home""")

    o, b = order("en-checkin", "en", "Cast aluminium garden tap, 3/4 in", tld="ca")
    case("en-ca-just-checking-in", "quarantine", [TY],
         "'Just checking in to make sure everything is good with order ...; if not, let us know': a check-in "
         "that asks for nothing and offers help.",
         to=b, frm="Prairie Hardware Supply <service@prairiehardware.ca>",
         subject=f"Checking in on order {o}", text=f"""Hi,

Just checking in to make sure everything is good with your order
{o}. If anything isn't quite right, let us know and we'll
sort it out.

Thanks again for shopping with Prairie Hardware Supply.

Kind regards,
Dana Friesen
Customer Care""")

    o, b = order("en-family", "en", "Eucalyptus wool dryer balls, 6 pack", tld="com.au")
    case("en-au-welcome-to-the-family", "quarantine", [TY],
         "'Welcome to the Gumleaf family!', what the team stands for and thanks: a welcome note without any "
         "content for the order.",
         to=b, frm="Gumleaf Living <care@gumleafliving.com.au>", fmt="html", lang="en",
         subject=f"Welcome to the Gumleaf family (order {o})", text=f"""Hi there,

Welcome to the Gumleaf family!

We started Gumleaf around a kitchen table in Ballarat with one simple idea:
everyday things can be kind to the planet and still work brilliantly. Every
order, including yours ({o}), tells us we're onto something.

Thank you for trusting us. We're so glad you're here, and our little team
is only ever a message away.

Love,
Tessa and the Gumleaf team""")

    o, b = order("en-subject", "en", "Stainless steel lunch box, 3 compartments")
    case("en-thanks-subject-bare-body", "quarantine", [TY],
         "The thanks is in the subject line; the body is a greeting, one line of good wishes and a signature.",
         to=b, frm="Tiffin Trail <orders@tiffintrail.com>", fmt="html", lang="en", tolerated=(OC,),
         subject=f"Thank you for your order {o}!", text="""Hi Jordan,

Have a wonderful week!

Priya
Tiffin Trail""")

    o, b = order("en-template", "en", "Bamboo toothbrushes, family pack of 8", tld="co.uk")
    template_case(
        "en-uk-review-tool-logo-thanks", "quarantine", [TY],
        "A review tool's HTML template: logo (with alt, not linked), 'Thank you for choosing us', order number "
        "and footer. No review request and no other content survives.",
        to=b, frm="Brush & Bloom via FeedbackFlow <noreply@feedbackflow-mail.co.uk>", lang="en",
        subject=f"Thank you from Brush & Bloom - order {o}",
        logo=logo_png("Brush & Bloom"), text=f"""Thank you for choosing Brush & Bloom!

Order number: {o}

Every purchase helps us plant a little greener. We appreciate you.

The Brush & Bloom team
""", html=f"""<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr><td><img src="cid:logo61" alt="Brush &amp; Bloom" width="150" height="44"></td></tr>
<tr><td>
<h2>Thank you for choosing Brush &amp; Bloom!</h2>
<p>Order number: <strong>{o}</strong></p>
<p>Every purchase helps us plant a little greener. We appreciate you.</p>
<p>The Brush &amp; Bloom team</p>
</td></tr>
</table>""")

    o, b = order("en-bilingual", "en", "Heated seat cushion, 12 V", tld="ca")
    case("en-ca-bilingual-thanks", "quarantine", [TY],
         "English and French versions of the same 'thank you for your purchase, we remain available': "
         "bilingual, includes the buyer's language, still only thanks.",
         to=b, frm="Boréal Auto <service@borealauto.ca>", enc=B64, tolerated=(OC,),
         subject=f"Thank you / Merci - order {o}", text=f"""Hello,

Thank you for your purchase (order {o}). We truly appreciate
your business and remain available should you need us.

Bonjour,

Merci pour votre achat (commande {o}). Nous vous en
sommes très reconnaissants et restons à votre disposition au besoin.

Boréal Auto""")

    o, b = order("en-fathers", "en", "Leather key fob, personalised initials")
    case("en-fathers-day-wishes", "quarantine", [TY],
         "Father's Day weekend wishes and 'thanks for letting us be part of it': a holiday greeting around "
         "thanks. (The initials were already stamped and shipped; nothing is asked.)",
         to=b, frm="Saddle Row Goods <hello@saddlerowgoods.com>", enc=L1,
         subject=f"Happy Father's Day from Saddle Row (order {o})", text=f"""Hi,

With Father's Day coming up on Sunday, we wanted to send a quick note to
everyone who ordered from us this month, including you (order
{o}).

However you spend the day - barbecue, fishing, or a quiet nap on the sofa -
we hope it's a good one. Thanks for letting us be a small part of it.

Best,
Carlos and the Saddle Row workshop""")

    o, b = order("en-helpdesk", "en", "Insulated water bottle, 1 L, forest green", tld="ca")
    case("en-ca-helpdesk-macro-signature", "quarantine", [TY],
         "A helpdesk macro: thanks, 'we hope you enjoy your new bottle', 'if you have any questions, simply "
         "reply', then a long signature block with address and opening hours. Set those aside and nothing "
         "remains.",
         to=b, frm="Trailhead Supply Co. <support@trailheadsupply.ca>", crlf=True, enc=B64,
         subject=f"[Ticket #48213] Your order {o}", text=f"""Hello,

Thank you for your recent purchase with Trailhead Supply Co. (order
{o}). We hope you enjoy your new bottle on many adventures.

If you have any questions, simply reply to this email and our team will be
glad to assist.

Kind regards,

Amélie R.
Customer Experience Team
Trailhead Supply Co.
1180 Rue Notre-Dame Ouest, Montréal QC
Support hours: Monday to Friday, 9 am to 5 pm ET""")

    # ---- near-misses (relay) ----
    o, b = order("en-engrave", "en", "Walnut watch box, engraved lid", **OPEN)
    case("en-engraving-text-question", "relay", [],
         "Thanks, then the engraving text field arrived empty: the seller asks what to engrave before the lid "
         "can be made. Information needed to complete the order.",
         to=b, frm="Oak & Hollow <workshop@oakandhollow.com>", fmt="alt",
         subject=f"Engraving text needed for order {o}", text=f"""Hi,

Thank you for your order {o}.

The engraving field on the order came through blank, so we don't yet know
what you would like on the lid. Could you reply with the text (up to 24
characters, including spaces) and whether you prefer the script or the
block font? We will engrave and ship within two working days of hearing
from you.

Many thanks,
Will Harper
Oak & Hollow""")

    o, b = order("en-address", "en", "Outdoor bench, acacia, 120 cm", tld="co.uk", **OPEN)
    case("en-uk-address-flat-number", "relay", [],
         "Thanks, then the courier needs the flat number (the address lists only the building): a question "
         "that needs the buyer's answer before delivery.",
         to=b, frm="Greenacre Garden Furniture <dispatch@greenacregf.co.uk>", enc=L1,
         subject=f"Your bench - delivery address check ({o})", text=f"""Hello,

Thank you for ordering the acacia bench (order {o}).

Before we book the two-person delivery, could you confirm the flat number?
The address on the order shows only "Marlowe Court, 14 Station Road", and
the courier will not leave a 22 kg parcel in a communal hallway.

Best regards,
Fiona
Greenacre Garden Furniture""")

    o, b = order("en-assembly", "en", "Kids' wooden loft bed frame", tld="com.au")
    case("en-au-assembly-bolt-order", "relay", [],
         "Thanks, then assembly steps the buyer needs (which bolts go where, when to tighten): usage "
         "information, not filler.",
         to=b, frm="Little Wattle Furniture <help@littlewattle.com.au>", fmt="alt", crlf=True,
         subject=f"Assembling your loft bed - order {o}", text=f"""Hi,

Thanks for choosing our loft bed (order {o}). The printed sheet
in the box skips one detail, so here it is:

1. Fit the ladder to the end frame with the four 60 mm bolts (bag C), not
   the 45 mm ones - the short bolts are for the guard rail.
2. Leave every bolt finger-tight until the slats are in, then tighten them
   in a cross pattern.
3. Re-check the bolts after the first two weeks; timber settles.

Kind regards,
Ben
Little Wattle Furniture""")

    o, b = order("en-warranty", "en", "Cordless stick vacuum, 25.2 V", tld="ca")
    case("en-ca-warranty-registration", "relay", [],
         "Thanks, then the warranty registration step: the serial number on the card must be registered with "
         "the manufacturer within 30 days for the 2-year cover. The buyer needs to act on it.",
         to=b, frm="Maple Appliance Direct <care@mapleappliance.ca>",
         subject=f"Warranty registration for your vacuum - order {o}", text=f"""Hello,

Thank you for your order {o}.

One step is needed to activate the full 2-year manufacturer's warranty on
your vacuum: within 30 days of delivery, register the serial number printed
on the white card under the dust bin (it starts with SV-25) with the
manufacturer, using the registration card in the box. Without it, the
warranty covers 6 months only.

Regards,
Maple Appliance Direct""")

    o, b = order("en-care", "en", "Carbon steel wok, 14 in, unseasoned")
    case("en-carbon-steel-seasoning", "relay", [],
         "Thanks, then how to remove the factory wax and season this unseasoned wok before first use: "
         "care instructions specific to the product.",
         to=b, frm="Red Lantern Cookware <kitchen@redlanterncookware.com>", enc=B64,
         subject=f"Before you first use your wok (order {o})", text=f"""Hi,

Thanks for your order {o}.

Your wok ships unseasoned and coated in a food-safe wax against rust, so
please don't cook in it straight away:

- Scrub the wax off with hot water and dish soap, then dry it on the burner.
- Wipe a thin film of high-smoke-point oil inside and heat until it smokes;
  repeat three times.
- From then on, no soap and no dishwasher: rinse, dry over heat, oil lightly.

Cheers,
Ming
Red Lantern Cookware""")

    o, b = order("en-review", "en", "Waxed canvas tote bag", tld="co.uk")
    case("en-uk-thanks-neutral-review", "relay", [],
         "Thanks and one neutral review request ('whatever your experience'), first for this order: a permitted "
         "purpose, not only thanks.",
         to=b, frm="Tollgate Canvas <shop@tollgatecanvas.co.uk>", fmt="alt",
         subject=f"How is your tote bag? Order {o}", text=f"""Hello,

Thank you for buying one of our waxed canvas totes (order {o}).

When you have had a few weeks with it, would you consider leaving a review
on Amazon? Whatever your experience has been, an honest review helps other
shoppers decide.

Best wishes,
Alice
Tollgate Canvas""")

    o, b = order("en-battery", "en", "Electric pepper grinder, rechargeable", tld="com.au")
    case("en-au-first-charge-before-use", "relay", [],
         "Thanks, then usage information the buyer needs: the grinder ships with the battery in storage mode "
         "and must be charged fully with the cable in the lid before it will switch on.",
         to=b, frm="Saltbush Kitchen <help@saltbushkitchen.com.au>", fmt="html", lang="en",
         subject=f"Before you first use your grinder - order {o}", text=f"""Hi,

Thanks for your order {o}.

Heads-up before first use: the grinder leaves our warehouse with its battery
in storage mode, so it won't switch on out of the box. Plug in the USB-C
cable tucked inside the lid and charge it for about 3 hours, until the ring
light turns solid white. After that a full charge lasts roughly 200 grinds.

Cheers,
Hamish
Saltbush Kitchen""")

    o, b = order("en-reply1", "en", "Silk pillowcase, queen, champagne")
    case("en-reply-thanks-for-letting-us-know", "relay", [],
         "A reply to the buyer's 'it arrived and it's lovely': thanks only, but the rule applies to proactive "
         "messages only.",
         to=b, frm="Lune Silk <care@lunesilk.com>",
         reply="Just wanted to say the pillowcase arrived today and it's lovely. Thanks!",
         subject="Re: Pillowcase", text="""Hi,

That's so kind of you to write - thank you! We're thrilled it arrived safely
and that you like it. Sleep well!

Best,
Isla at Lune Silk""")

    o, b = order("en-reply2", "en", "Cast iron door stop, hedgehog", tld="com.au")
    case("en-au-reply-thanks-for-feedback", "relay", [],
         "Reply to a buyer's thank-you message: thanks and 'here if you need anything' are fine in an answer.",
         to=b, frm="Bramble & Co <hello@brambleandco.com.au>", enc=L15, crlf=True,
         reply=f"Hi, the hedgehog doorstop (order {o}) arrived, my kids adore it. Cheers, Kath",
         subject=f"Re: Order {o}", text="""Hi Kath,

Thank you for taking the time to write, that made our day. Give the kids
our best - and if the hedgehog ever needs anything, we're here.

Cheers,
Jess""")


# --------------------------------------------------------------------------------------------
# German (amazon.de)
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = order("de-wetter", "de", "Gießkanne Zink 5 l, feuerverzinkt")
    case("de-sommerwetter-dank", "quarantine", [TY],
         "Ein Absatz über das Gewitter und die Tomaten im Hof, dann 'herzlichen Dank für Ihren Einkauf' und "
         "'bei Fragen sind wir da': Dank in Plauderei verpackt.",
         to=b, frm="Gartenhof Reimers <post@gartenhof-reimers.de>", enc=L1,
         subject=f"Grüße aus dem Gartenhof – Bestellung {o}", text=f"""Guten Tag,

bei uns in der Wesermarsch hat es gestern Abend endlich ordentlich
gewittert, und die Tomaten im Hof haben sich sichtlich gefreut. Der Sommer
kann also kommen.

Bei der Gelegenheit möchten wir uns ganz herzlich für Ihren Einkauf bei uns
bedanken (Bestellung {o}).

Wenn irgendetwas sein sollte, sind wir gern für Sie da.

Sonnige Grüße aus dem Norden
Familie Reimers""")

    o, b = order("de-familie", "de", "Kinder-Regenjacke, Gr. 116, gelb")
    case("de-willkommen-familie", "quarantine", [TY],
         "'Willkommen in der Pfützenpiraten-Familie!' mit der Gründungsgeschichte und Dank: eine "
         "Willkommensnachricht ohne Inhalt.",
         to=b, frm="Pfützenpiraten <hallo@pfuetzenpiraten.de>", fmt="html", lang="de", enc=B64,
         subject=f"Willkommen an Bord! (Bestellung {o})", text=f"""Hallo und herzlich willkommen in der Pfützenpiraten-Familie!

Angefangen hat alles mit unserer Tochter, die keine Regenjacke behalten
wollte, die nicht gelb war. Heute nähen wir zu dritt in Lüneburg, und über
jede Bestellung wie Ihre ({o}) freuen wir uns immer noch wie am
ersten Tag.

Danke, dass Sie dabei sind!

Ihre Pfützenpiraten
Lena, Jan und Ole""")

    o, b = order("de-nachfrage", "de", "Dachbox 420 l, schwarz matt")
    case("de-nur-mal-nachfragen", "quarantine", [TY],
         "'Wir wollten nur mal nachhören, ob alles passt' und 'melden Sie sich gern': eine Nachfrage, die nichts "
         "Bestimmtes wissen will.",
         to=b, frm="Autoteile Hessler <service@autoteile-hessler.de>", crlf=True,
         subject=f"Alles in Ordnung mit Ihrer Dachbox? ({o})", text=f"""Sehr geehrte Kundin, sehr geehrter Kunde,

wir wollten nur mal kurz nachhören, ob mit Ihrer Bestellung {o}
alles passt. Sollte etwas nicht stimmen, melden Sie sich gern jederzeit bei
uns.

Vielen Dank noch einmal für Ihr Vertrauen.

Mit freundlichen Grüßen
Ihr Team von Autoteile Hessler""")

    o, b = order("de-bilingual", "de", "Espressotassen Porzellan, 6er Set")
    case("de-zweisprachig-danke", "quarantine", [TY],
         "Deutscher und englischer Dank im selben Text ('Vielen Dank ... / Thank you ...'): zweisprachig mit der "
         "Käufersprache, inhaltlich nur Dank.",
         to=b, frm="Tazzina Porzellan <shop@tazzina-porzellan.de>", enc=L15, tolerated=(OC,),
         subject=f"Danke! / Thank you! – Bestellung {o}", text=f"""Liebe Kundin, lieber Kunde,

vielen Dank für Ihre Bestellung {o}. Wir wünschen Ihnen viele
schöne Kaffeemomente mit Ihren neuen Tassen!

Dear customer,

thank you very much for your order {o}. We wish you many
lovely coffee moments with your new cups!

Tazzina Porzellan""")

    o, b = order("de-gravur", "de", "Schneidebrett Nussbaum mit Gravur", **OPEN)
    case("de-gravurtext-rueckfrage", "relay", [],
         "Dank, dann die Frage nach dem Gravurtext in zwei Schreibweisen: eine Information, die für die "
         "Ausführung der Bestellung fehlt.",
         to=b, frm="Holzwerk Aumann <werkstatt@holzwerk-aumann.de>", enc=L1,
         subject=f"Rückfrage zur Gravur – Bestellung {o}", text=f"""Guten Tag,

vielen Dank für Ihre Bestellung {o}.

Im Gravurfeld steht "Familie Schröder Seit 2011". Sollen wir das so in
einer Zeile gravieren, oder lieber zweizeilig ("Familie Schröder" / "seit
2011")? Bitte geben Sie uns kurz Bescheid, dann geht das Brett in die
Werkstatt.

Herzliche Grüße
Thomas Aumann""")

    o, b = order("de-garantie", "de", "Akku-Bohrschrauber 18 V, 2 Akkus")
    case("de-garantie-registrierung", "relay", [],
         "Dank, dann der Hinweis, dass die 3-Jahres-Herstellergarantie nur nach Registrierung der "
         "Seriennummer binnen 4 Wochen gilt: ein Schritt, den der Käufer tun muss.",
         to=b, frm="Werkzeug Kraemer <service@werkzeug-kraemer.de>", fmt="alt", lang="de",
         subject=f"Garantie für Ihren Bohrschrauber (Bestellung {o})", text=f"""Guten Tag,

danke für Ihre Bestellung {o}.

Wichtig für die Garantie: Der Hersteller verlängert die Garantie nur dann
von 2 auf 3 Jahre, wenn die Seriennummer (Aufkleber unter dem Akkuschacht)
innerhalb von 4 Wochen nach Kauf mit der beiliegenden Garantiekarte
registriert wird. Bewahren Sie bitte auch die Rechnung auf.

Mit freundlichen Grüßen
Werkzeug Kraemer""")

    o, b = order("de-reply", "de", "Brotkasten Emaille, creme")
    case("de-antwort-nur-dank", "relay", [],
         "Antwort auf die Nachricht der Käuferin, der Brotkasten sei gut angekommen: nur Dank, aber eine "
         "Antwort, keine proaktive Nachricht.",
         to=b, frm="Küchenliebe Sommer <kontakt@kuechenliebe-sommer.de>", enc=L1,
         reply="Hallo, der Brotkasten ist heute angekommen und sieht toll aus. Danke!",
         subject="AW: Brotkasten", text="""Hallo,

wie schön, vielen Dank für Ihre nette Rückmeldung! Das freut uns sehr.
Genießen Sie Ihr Brot.

Herzliche Grüße
Miriam Sommer""")


# --------------------------------------------------------------------------------------------
# French (amazon.fr)
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("fr-atelier", "fr", "Tablier en lin lavé, bleu ardoise")
    case("fr-histoire-atelier", "quarantine", [TY],
         "L'histoire de l'atelier (la grand-mère couturière, la machine Singer) puis 'merci du fond du cœur' et "
         "'à votre écoute': rien d'autre que des remerciements.",
         to=b, frm="Atelier Mirabelle <bonjour@atelier-mirabelle.fr>", fmt="alt", lang="fr",
         subject=f"Un petit mot de l'atelier – commande {o}", text=f"""Bonjour,

Notre atelier est né dans la cuisine de ma grand-mère, couturière à Nancy,
qui cousait encore sur sa vieille Singer à quatre-vingt-deux ans. C'est sur
cette même machine que nous avons cousu nos premiers tabliers.

Votre commande {o} fait partie de cette histoire, et nous vous
en remercions du fond du cœur.

Nous restons à votre écoute pour quoi que ce soit.

Bien chaleureusement,
Camille, de l'Atelier Mirabelle""")

    o, b = order("fr-plaira", "fr", "Théière en fonte 0,8 l, vert jade")
    case("fr-esperons-plaira-repondez", "quarantine", [TY],
         "'Merci pour votre confiance', 'nous espérons qu'elle vous plaira' et 'il suffit de répondre à ce "
         "message': remerciement, souhait et offre d'aide.",
         to=b, frm="Maison du Thé Garance <contact@maisongarance.fr>", enc=L15, tolerated=(OC,),
         subject=f"Merci pour votre commande {o}", text=f"""Bonjour,

Merci pour votre confiance et pour votre commande {o}.

Nous espérons sincèrement que votre nouvelle théière vous plaira et vous
accompagnera de nombreuses années.

Une question ? Il vous suffit de répondre à ce message.

Belle journée,
L'équipe Garance""")

    o, b = order("fr-template", "fr", "Bougie parfumée figue noire, 200 g")
    template_case(
        "fr-modele-logo-merci", "quarantine", [TY],
        "Modèle HTML d'un outil d'avis: logo (alt, sans lien), 'Merci d'avoir choisi ...', numéro de commande; "
        "pas de demande d'avis, rien d'autre.",
        to=b, frm="Lueur de Provence <ne-pas-repondre@avis-lueurdeprovence.fr>", lang="fr",
        subject=f"Merci de la part de Lueur de Provence – {o}", enc=B64, crlf=True,
        logo=logo_png("Lueur de Provence"), text=None, html=f"""<div>
<p><img src="cid:logo61" alt="Lueur de Provence" width="150" height="44"></p>
<h1>Merci d'avoir choisi Lueur de Provence</h1>
<p>Commande n° {o}</p>
<p>Toute notre équipe vous souhaite de doux moments à la lueur de votre bougie.</p>
<p>À très bientôt,<br>Lueur de Provence</p>
</div>""")

    o, b = order("fr-adresse", "fr", "Armoire en pin massif, 2 portes", **OPEN)
    case("fr-code-porte-livraison", "relay", [],
         "Remerciement, puis le transporteur a besoin du digicode et de l'étage pour livrer le meuble: une "
         "information à fournir par l'acheteur.",
         to=b, frm="Meubles Vasseur <livraison@meubles-vasseur.fr>", enc=L1,
         subject=f"Livraison de votre armoire – commande {o}", text=f"""Bonjour,

Merci pour votre commande {o}.

Pour organiser la livraison de l'armoire (68 kg, livrée par deux
personnes), pourriez-vous nous indiquer le code d'accès de l'immeuble et
l'étage ? Ces informations ne figurent pas dans l'adresse de livraison.

Cordialement,
Hélène Vasseur""")

    o, b = order("fr-entretien", "fr", "Planche à découper en olivier, 40 cm")
    case("fr-entretien-olivier", "relay", [],
         "Remerciement, puis l'entretien propre au bois d'olivier (huiler à réception, jamais au lave-vaisselle, "
         "sécher debout): une consigne spécifique au produit.",
         to=b, frm="Olivades Provence <contact@olivades-provence.fr>", fmt="html", lang="fr",
         subject=f"Votre planche en olivier – commande {o}", text=f"""Bonjour,

Merci pour votre commande {o}.

Le bois d'olivier de votre planche est livré brut. Avant la première
utilisation, passez une fine couche d'huile alimentaire (lin ou olive) et
laissez sécher une nuit. Ensuite, lavez-la à la main, jamais au
lave-vaisselle, et faites-la sécher debout pour éviter qu'elle ne se
voile. Un huilage par mois suffit.

Bien à vous,
Olivades Provence""")

    o, b = order("fr-reponse", "fr", "Coussin de sol en lin, 60 x 60 cm")
    case("fr-reponse-merci", "relay", [],
         "Réponse au message de l'acheteuse qui remercie: merci et 'à votre disposition', mais en réponse, donc "
         "hors du champ de la règle.",
         to=b, frm="Atelier Sauge <bonjour@ateliersauge.fr>", enc=L1,
         reply="Bonjour, le coussin est arrivé, il est encore plus beau qu'en photo. Merci !",
         subject="RE: Coussin", text="""Bonjour,

Merci infiniment pour ce gentil message, il nous fait très plaisir !
Nous restons à votre disposition si besoin.

Belle soirée,
Sophie""")


# --------------------------------------------------------------------------------------------
# Spanish (amazon.es)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("es-todo-bien", "es", "Olla a presión 6 l, acero inoxidable")
    case("es-solo-saber-todo-bien", "quarantine", [TY],
         "'Solo queríamos saber que todo ha ido bien' y 'cualquier cosa, aquí estamos': un seguimiento sin nada "
         "que preguntar ni informar.",
         to=b, frm="Menaje Ortega <atencion@menajeortega.es>", enc=L1,
         subject=f"¿Todo bien con su pedido {o}?", text=f"""Hola,

Solo queríamos saber que todo ha ido bien con su pedido {o}.
Para cualquier cosa que necesite, aquí estamos.

Muchas gracias por confiar en nosotros.

Un saludo cordial,
Equipo de Menaje Ortega""")

    o, b = order("es-verano", "es", "Toalla de playa de algodón, rayas")
    case("es-feliz-verano", "quarantine", [TY],
         "Felicitación de verano ('que disfrute de la playa, de las noches largas') y agradecimiento: solo "
         "saludos de temporada.",
         to=b, frm="Costa Brava Textil <hola@costabravatextil.es>", fmt="alt", lang="es",
         subject=f"¡Feliz verano! Pedido {o}", text=f"""Hola:

Ya huele a verano en Palafrugell y no queríamos dejar pasar la ocasión de
desearle un verano estupendo: días de playa, noches largas y mucha
tranquilidad.

Gracias de corazón por su compra (pedido {o}).

Un abrazo,
Núria y Pau
Costa Brava Textil""")

    o, b = order("es-asunto", "es", "Funda nórdica de percal, 150 cm")
    case("es-gracias-asunto-cuerpo-vacio", "quarantine", [TY],
         "El 'gracias' está en el asunto; el cuerpo solo dice 'un saludo' con la firma.",
         to=b, frm="Percal & Co <pedidos@percalco.es>", enc=B64, tolerated=(OC,),
         subject=f"¡Gracias por su pedido {o}!", text="""Buenos días:

Reciba un cordial saludo.

Marta Gil
Percal & Co""")

    o, b = order("es-montaje", "es", "Estantería metálica 5 baldas, 180 cm")
    case("es-montaje-anclaje", "relay", [],
         "Agradecimiento, luego el orden de montaje y la advertencia de anclar la estantería a la pared: "
         "instrucciones de uso necesarias.",
         to=b, frm="Almacenaje Ruiz <clientes@almacenajeruiz.es>", crlf=True,
         subject=f"Montaje de su estantería – pedido {o}", text=f"""Hola:

Gracias por su pedido {o}.

Un apunte para el montaje que no aparece claro en el folleto: coloque las
baldas con las pestañas hacia abajo y monte primero la balda inferior y la
superior, después las intermedias. Una vez montada, fije la estantería a la
pared con la escuadra incluida; sin anclaje puede volcar al cargarla.

Saludos,
Javier Ruiz""")

    o, b = order("es-resena", "es", "Cafetera italiana de inducción, 6 tazas")
    case("es-gracias-resena-neutral", "relay", [],
         "Agradecimiento y una única petición de reseña neutral ('sea cual sea su opinión'): finalidad permitida.",
         to=b, frm="Café Moreno <tienda@cafemoreno.es>", enc=L1,
         subject=f"Su cafetera – pedido {o}", text=f"""Hola:

Gracias por comprar nuestra cafetera (pedido {o}).

Cuando la haya usado unos días, ¿le importaría dejar una reseña en Amazon?
Sea cual sea su opinión, nos ayuda a nosotros y a otros compradores.

Un saludo,
Lucía Moreno""")

    o, b = order("es-respuesta", "es", "Manta de lana merino, gris perla")
    case("es-respuesta-gracias", "relay", [],
         "Respuesta al comprador que da las gracias: solo agradecimiento, pero es una respuesta.",
         to=b, frm="Lanas del Norte <hola@lanasdelnorte.es>", enc=L15,
         reply="Ha llegado la manta, es preciosa. ¡Gracias!",
         subject="Re: Manta", text="""Hola:

¡Muchísimas gracias por escribirnos! Nos alegra mucho que le guste.
Quedamos a su disposición.

Un saludo,
Inés""")


# --------------------------------------------------------------------------------------------
# Italian (amazon.it)
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("it-famiglia", "it", "Moka in alluminio, 3 tazze, rossa")
    case("it-benvenuto-famiglia", "quarantine", [TY],
         "'Benvenuto nella famiglia Caffè Rosso!', la storia della torrefazione e un grazie: un messaggio di "
         "benvenuto senza contenuto.",
         to=b, frm="Caffè Rosso Bottega <ciao@cafferossobottega.it>", fmt="html", lang="it",
         subject=f"Benvenuto nella famiglia! Ordine {o}", text=f"""Ciao,

benvenuto nella famiglia Caffè Rosso!

Siamo una piccola bottega di Trieste, la stessa dal 1974: il nonno
tostava il caffè nel retro, oggi noi nipoti prepariamo gli ordini come il
tuo ({o}) nello stesso locale.

Grazie di cuore per averci scelto. Per qualsiasi cosa, noi ci siamo.

Un abbraccio,
Giulia e Marco""")

    o, b = order("it-consiglio", "it", "Borsa in pelle a tracolla, cuoio")
    case("it-consiglio-generico", "quarantine", [TY],
         "Ringraziamento e 'trattala con cura e ti accompagnerà a lungo': un augurio generico, non "
         "un'istruzione di manutenzione.",
         to=b, frm="Pelletteria Bianchi <info@pelletteriabianchi.it>", enc=L1,
         subject=f"Grazie! Ordine {o}", text=f"""Gentile cliente,

grazie per aver acquistato la nostra borsa (ordine {o}).

Un piccolo consiglio: trattala con cura e ti accompagnerà per tanti anni.
Le cose belle durano, se si ha un po' di attenzione.

Restiamo a disposizione per qualsiasi necessità.

Cordiali saluti,
Pelletteria Bianchi""")

    o, b = order("it-estate", "it", "Ventilatore da tavolo 30 cm, silenzioso")
    case("it-caldo-e-grazie", "quarantine", [TY],
         "Chiacchiere sul caldo di giugno e sulle vacanze, 'grazie per l'acquisto' e 'buona estate': solo "
         "saluti e ringraziamenti.",
         to=b, frm="Casa Fresca <servizioclienti@casafresca.it>", fmt="alt", lang="it", enc=B64,
         subject=f"Buona estate da Casa Fresca – ordine {o}", text=f"""Buongiorno,

qui a Bologna il caldo è arrivato in anticipo e in ufficio contiamo già i
giorni che mancano alle ferie d'agosto.

Volevamo solo ringraziarla per l'acquisto (ordine {o}) e
augurarle un'estate serena e un po' più fresca.

Cordiali saluti,
Lo staff di Casa Fresca""")

    o, b = order("it-incisione", "it", "Fede portachiavi in argento con incisione", **OPEN)
    case("it-incisione-data", "relay", [],
         "Ringraziamento, poi la domanda sulla data da incidere (formato e lato): un'informazione necessaria per "
         "completare l'ordine.",
         to=b, frm="Argenteria Conti <laboratorio@argenteriaconti.it>", enc=L1,
         subject=f"Incisione del portachiavi – ordine {o}", text=f"""Buongiorno,

grazie per il suo ordine {o}.

Nelle note ha indicato la data "12 settembre", ma non l'anno né il lato.
Preferisce "12.09.2026" o "12 settembre 2026", e va incisa sul fronte o sul
retro? Ci basta una sua risposta per procedere con l'incisione.

Cordiali saluti,
Francesca Conti""")

    o, b = order("it-moka", "it", "Padella in ferro 28 cm, non trattata")
    case("it-padella-ferro-prima-uso", "relay", [],
         "Ringraziamento, poi come preparare la padella in ferro non trattata al primo uso e come conservarla: "
         "istruzioni specifiche del prodotto.",
         to=b, frm="Ferro & Fuoco <bottega@ferroefuoco.it>", fmt="alt", lang="it",
         subject=f"Prima di usare la padella – ordine {o}", text=f"""Buongiorno,

grazie per il suo ordine {o}.

La padella arriva con una pellicola protettiva: prima dell'uso va lavata
con acqua molto calda, asciugata sul fuoco e poi "avvinata" con un velo di
olio di semi scaldato per dieci minuti. Dopo ogni uso niente detersivo né
lavastoviglie: acqua calda, asciugatura sul fuoco e un velo d'olio.

Buon lavoro in cucina,
Ferro & Fuoco""")

    o, b = order("it-risposta", "it", "Lampada da comodino in vetro soffiato")
    case("it-risposta-grazie", "relay", [],
         "Risposta al cliente che ringrazia: solo un grazie, ma in risposta.",
         to=b, frm="Vetri di Murano Zanetti <info@vetrizanetti.it>",
         reply="Buongiorno, la lampada è arrivata integra ed è bellissima. Grazie mille.",
         subject="R: Lampada", text="""Buongiorno,

grazie a lei per il bel messaggio! Siamo felici che la lampada le piaccia.
Restiamo a disposizione.

Cordiali saluti,
Paolo Zanetti""")


# --------------------------------------------------------------------------------------------
# Japanese (amazon.co.jp)
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("ja-tsuyu", "ja", "有田焼 マグカップ 藍 ペア")
    case("ja-tsuyu-aisatsu", "quarantine", [TY],
         "梅雨の時候の挨拶、お礼、「今後ともよろしく」と「お気軽にご連絡ください」のみ：用件がない。",
         to=b, frm="有田焼 窯元 青山 <shop@aoyama-arita.jp>", enc=JIS,
         subject=f"梅雨の候 ご購入のお礼（注文番号 {o}）", text=f"""お客様

拝啓　梅雨の候、いかがお過ごしでしょうか。
紫陽花が色づき、窯元の周りもしっとりとした季節となりました。

このたびはご注文番号 {o} にてお買い上げいただき、
誠にありがとうございました。

今後とも変わらぬお引き立てのほど、よろしくお願い申し上げます。
ご不明な点がございましたら、お気軽にご連絡くださいませ。

敬具
有田焼 窯元 青山""")

    o, b = order("ja-template", "ja", "ハンドクリーム 柚子 50g 3本セット")
    template_case(
        "ja-template-logo-orei", "quarantine", [TY],
        "レビューツールのHTMLテンプレート：ロゴ（alt付き、リンクなし）、「ご購入ありがとうございました」と注文番号のみ。",
        to=b, frm="ゆずの香 本舗 <noreply@yuzunoka-honpo.jp>", lang="ja",
        subject=f"ご購入ありがとうございました（{o}）", enc={"charset": "utf-8", "cte": "base64"},
        logo=logo_png("YUZUNOKA"), text=f"""ゆずの香 本舗をご利用いただき、ありがとうございました。

ご注文番号：{o}

スタッフ一同、心より感謝申し上げます。
""", html=f"""<div>
<p><img src="cid:logo61" alt="ゆずの香 本舗" width="150" height="44"></p>
<h2>ご購入ありがとうございました</h2>
<p>ご注文番号：{o}</p>
<p>スタッフ一同、心より感謝申し上げます。</p>
</div>""")

    o, b = order("ja-sonogo", "ja", "電気ケトル 0.8L ステンレス")
    case("ja-sonogo-ikaga", "quarantine", [TY],
         "「その後、商品の調子はいかがでしょうか」と「何かあればご連絡ください」のみ：何も尋ねる必要のない様子伺い。",
         to=b, frm="家電のミナト <support@kaden-minato.jp>", enc=SJIS,
         subject=f"その後いかがでしょうか（注文番号 {o}）", text=f"""お客様

いつもお世話になっております。家電のミナトでございます。

ご注文番号 {o} の電気ケトル、その後調子はいかがでしょうか。
何かございましたら、いつでもご連絡ください。

今後ともよろしくお願いいたします。

家電のミナト""")

    o, b = order("ja-jusho", "ja", "無垢材 ダイニングテーブル 150cm", **OPEN)
    case("ja-jusho-kakunin", "relay", [],
         "お礼の後、配送先の部屋番号が未記入のため確認をお願い：お届けに必要な情報の問い合わせ。",
         to=b, frm="家具工房 木楽 <order@kiraku-kagu.jp>", enc=EUC,
         subject=f"お届け先ご住所の確認のお願い（注文番号 {o}）", text=f"""お客様

このたびはご注文番号 {o} にてご注文いただき、
ありがとうございます。

ご登録のお届け先に部屋番号の記載がございませんでした。
大型家具のため、配送業者が部屋番号を確認できないとお届けができません。
お手数ですが、本メッセージへのご返信にて部屋番号をお知らせください。

家具工房 木楽""")

    o, b = order("ja-teire", "ja", "南部鉄器 鉄瓶 1.2L")
    case("ja-tetsubin-teire", "relay", [],
         "お礼の後、鉄瓶の使い始めと手入れの方法（湯通し、内側を触らない、使用後は空焚きで乾燥）：製品固有の注意事項。",
         to=b, frm="南部鉄器 工房ひらい <kobo@hirai-nanbu.jp>", fmt="alt", lang="ja",
         subject=f"鉄瓶の使い始めについて（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の鉄瓶をお買い上げいただき、ありがとうございます。

ご使用前に、以下をお守りください。
・最初の数回は八分目まで水を入れて沸かし、お湯は捨ててください。
・内側は洗剤やたわしでこすらないでください（錆止めの膜がはがれます）。
・使用後はお湯を残さず、余熱で内側を乾かしてください。

工房ひらい""")

    o, b = order("ja-review", "ja", "竹製 せいろ 2段 21cm")
    case("ja-orei-review-irai", "relay", [],
         "お礼と一度だけの中立的なレビュー依頼（「率直なご感想を」）：許可された目的。",
         to=b, frm="竹細工 すずき <info@takezaiku-suzuki.jp>", enc=JIS,
         subject=f"せいろのご感想をお聞かせください（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のせいろをお買い上げいただき、ありがとうございます。

お使いいただいた後で結構ですので、Amazonのレビューに率直なご感想を
お寄せいただけましたら、今後の参考にさせていただきます。

竹細工 すずき""")

    o, b = order("ja-henshin", "ja", "ガラス 風鈴 江戸切子")
    case("ja-henshin-orei", "relay", [],
         "「無事届きました、ありがとう」への返信：お礼のみだが返信なので対象外。",
         to=b, frm="風鈴屋 しらべ <info@fuurinya-shirabe.jp>", enc=SJIS,
         reply="風鈴が無事に届きました。とてもきれいな音です。ありがとうございました。",
         subject="Re: 風鈴について", text="""お客様

ご丁寧にご連絡いただき、ありがとうございます。
気に入っていただけて、スタッフ一同大変うれしく思っております。
またお気軽にお声がけください。

風鈴屋 しらべ""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="sixtyfirst"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
