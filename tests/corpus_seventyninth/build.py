#!/usr/bin/env python3
"""Build the seventy-ninth labelled corpus (review rules, fifth round): orders.csv, cases/*.eml, labels.json.

    .venv/bin/python tests/corpus_seventyninth/build.py

Deterministic. Written blind from the guidelines and RULES.md. 50 cases: en 20 (.com, .co.uk, .ca), de 8,
fr 6, es 6, it 5, ja 5. Review gating through HTML buttons / two links / emoji choices, one-sentence gating,
removal or update requests phrased as hopes, incentives as exclusives / priority support / warranty /
upgrades / guides / draws, repeat requests in new wordings; compliant near-misses (about 40 %).
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
    mk,
    page,
    set_boundaries,
    shaped_case,
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(79_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "ca": "70", "de": "30", "fr": "40", "es": "40", "it": "40", "co.jp": "25"}
_TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-05-29T09:00:00Z", shipped="2026-05-30T13:00:00Z",
                 delivered="2026-06-02T16:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
SJIS = {"charset": "shift_jis", "cte": "base64"}
EUC = {"charset": "euc-jp", "cte": "base64"}
B64 = {"cte": "base64"}
L1 = {"charset": "windows-1252", "cte": "quoted-printable"}
L9 = {"charset": "iso-8859-15", "cte": "quoted-printable"}

TARGET = ["review.incentive", "review.removal-request", "review.conditional", "review.repeat",
          "type.marketing", "type.thank-you-only", "type.order-confirmation", "return.unnecessary",
          "language.mismatch", "content.email-address", "content.phone-number", "link.external", "link.opt-out"]
OTHER = ["order-id.missing", "order-id.unknown", "window.expired", "style.emoji", "style.line-breaks",
         "style.link-text", "link.insecure", "style.font-override", "style.alignment"]

case = partial(shaped_case, CASE_LIST, TARGET, OTHER, thread="0100019c.f79", tag="t79", time="08:52:31")


def hcase(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str, html: str,
          text: str | None = None, lang: str = "en", day: int = 12, enc: dict | None = None,
          tolerated: tuple[str, ...] = (), after: tuple[str, ...] = (), crlf: bool = False) -> None:
    """An HTML case with hand-written markup (buttons, two links); optional text alternative."""
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*TARGET, *OTHER) if r not in rules and r not in tol]
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    msg = mk(frm, to, subject, mail_date(day, "14:07:19", "+0100"), f"<h79.{slug}@{dom}>",
             html=page(html.strip("\n"), lang), text=text, **(enc or {}))
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, after=list(after), crlf=crlf)


BTN = 'style="background-color:#ffd814;padding:9px 16px;border-radius:6px;text-decoration:none"'
BTN2 = 'style="background-color:#e7e9ec;padding:9px 16px;border-radius:6px;text-decoration:none"'


# --------------------------------------------------------------------------------------------
# English (amazon.com, amazon.co.uk, amazon.ca)
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    frm = "Northwind Pantry <care@northwindpantry.com>"
    o1, b1 = order("en-neutral", "en", "Cast Iron Tortilla Press 8 inch", tld="com")
    case("en-neutral-either-way", "relay", [],
         "Neutral review request, explicitly 'whether positive or negative', no benefit and no condition; the "
         "first request for this order.",
         to=b1, frm=frm, day=8, subject=f"A quick note about your tortilla press (order {o1})", text=f"""Hi there,

Your cast iron tortilla press from order {o1} should have been with
you for a few days now. A tip if the first tortillas stick: a square of
parchment on each plate makes them release cleanly.

When you've had a chance to use it, we'd be grateful for a review on
Amazon, whether positive or negative. Honest reviews are what other cooks
rely on.

Thanks,
Dana Whitfield
Northwind Pantry""")

    case("en-repeat-circling-back", "reject", ["review.repeat"],
         "A second review request for the same order, after the first one was relayed ('circling back').",
         to=b1, frm=frm, day=14, after=("en-neutral-either-way",),
         subject=f"Circling back: your tortilla press (order {o1})", text=f"""Hi again,

Just circling back on order {o1}. If you've got two minutes this week,
a few words about the tortilla press on its Amazon page would mean a lot
to a small team like ours.

Cheers,
Dana
Northwind Pantry""")

    frm = "Harbour & Hive <orders@harbourhive.co.uk>"
    o2, b2 = order("en-edit-asked", "en", "Beeswax Food Wraps, set of 6", tld="co.uk")
    case("en-buyer-asked-how-to-edit", "relay", [],
         "The buyer asked how to change the review they already wrote; the seller explains the steps and asks "
         "for nothing: no removal or update request.",
         to=b2, frm=frm, reply="The replacement wraps are great. I left a grumpy review last week about the "
                               "first set - how do I change it?",
         subject=f"Re: Beeswax wraps (order {o2})", text=f"""Hello,

Glad the replacement set for order {o2} is working well.

Since you asked: on Amazon, go to Your Orders, open this order and choose
"Write a product review". Your existing review opens there and you can edit
or delete it. Whatever you decide is entirely up to you.

Kind regards,
Priya
Harbour & Hive""")

    o3, b3 = order("en-refund", "en", "Insulated Lunch Bag, navy", tld="ca")
    case("en-refund-not-about-review", "relay", [],
         "Refund after a complaint, with 'this has nothing to do with your review': explicitly not tied to any "
         "review, and no review request.",
         to=b3, frm="Maple Trail Goods <help@mapletrailgoods.ca>",
         reply="The zip broke on day two. I'm pretty disappointed and I said so in my review.",
         subject=f"Re: Broken zip on lunch bag (order {o3})", text=f"""Hi,

I'm sorry the zip gave out so quickly on the lunch bag from order {o3}.
We have refunded the full amount to your original payment method today; you
can keep or recycle the bag.

To be clear, this refund has nothing to do with your review. You are
entitled to it because the product failed, and your review is yours.

All the best,
Martin
Maple Trail Goods""")

    o4, b4 = order("en-warranty", "en", "Cordless Hand Vacuum HV-20", tld="com")
    case("en-warranty-and-review-untied", "relay", [],
         "Warranty registration instructions next to a neutral review request, with no tie between the two.",
         to=b4, frm="Breezeline Home <support@breezelinehome.com>", fmt="alt", enc=B64,
         subject=f"Your HV-20: warranty registration (order {o4})", text=f"""Hello,

Thank you for choosing the HV-20 (order {o4}). Two things worth knowing:

1. Your vacuum carries a two-year warranty. To register it, fill in the
   postcard in the box with the serial number printed under the dust bin.
2. Separately, if you would like to share your experience, you can review
   the HV-20 from Your Orders on Amazon. Every honest review helps.

Breezeline Home""")

    frm = "Greyfern Audio <team@greyfernaudio.co.uk>"
    o5, b5 = order("en-tellfirst", "en", "Bluetooth Turntable TT-3", tld="co.uk")
    case("en-tell-us-first-setup", "relay", [],
         "'Tell us first' refers to a setup problem (before buying a new stylus), not to the review; the review "
         "request itself is unconditional.",
         to=b5, frm=frm, fmt="alt",
         subject=f"Getting the best from your TT-3 (order {o5})", text=f"""Hello,

A couple of set-up notes for the TT-3 from order {o5}:

- Remove the small transport screw under the platter before first use.
- If the sound is thin or crackly, tell us first before buying a new
  stylus. Nine times out of ten the counterweight just needs adjusting,
  and we can walk you through it over Amazon messages.

Once you have played a few records, we'd welcome a review of the TT-3 on
Amazon, good or bad.

Best,
Ollie
Greyfern Audio""")

    o6, b6 = order("en-button", "en", "Bamboo Cutting Board, large", tld="com")
    hcase("en-single-button-neutral", "relay", [],
          "One button to Amazon's review page with 'good or bad, every review counts': neutral, no gating.",
          to=b6, frm="Oakhollow Kitchen <hello@oakhollowkitchen.com>", day=9,
          subject=f"How is your cutting board? (order {o6})", html=f"""
<p>Hi,</p>
<p>Your bamboo board from order {o6} arrived last week. Oil it once a month with food-safe mineral oil and it will stay smooth for years.</p>
<p>Would you tell other shoppers what you think? Good or bad, every review counts.</p>
<p><a href="https://www.amazon.com/review/create-review?asin=B0CH7K2M91" {BTN}>Write a review on Amazon</a></p>
<p>Thanks,<br>The Oakhollow Kitchen team</p>""")

    o7, b7 = order("en-stars", "en", "LED Desk Lamp with USB-C port", tld="ca")
    case("en-stars-scale-neutral", "relay", [],
         "Asks for a rating 'from one to five stars' with any score welcome: mentions stars without steering "
         "towards five.",
         to=b7, frm="Lumen North <service@lumennorth.ca>", enc=B64,
         subject=f"Your desk lamp, order {o7}", text=f"""Hello,

We hope the desk lamp from order {o7} is lighting up your workspace.
The touch strip has three brightness levels; hold it for two seconds to
switch the warm/cool tone.

If you have a moment, you can rate the lamp on Amazon anywhere from one to
five stars. Whatever score you give, it helps us see what to improve.

Lumen North""")

    # ---- violations
    o9, b9 = order("en-loveit", "en", "Silicone Baking Mat, 2-pack", tld="com")
    hcase("en-html-love-it-not-quite", "reject", ["review.conditional"],
          "Two buttons gate the review: 'Love it' goes to the Amazon review form, 'Not quite?' goes to the seller.",
          to=b9, frm="Crumb Street Bakeware <shop@crumbstreet.com>",
          subject=f"How are your baking mats? (order {o9})", html=f"""
<p>Hi baker,</p>
<p>It has been a week since your silicone baking mats (order {o9}) arrived. How are they working out?</p>
<p><a href="https://www.amazon.com/review/create-review?asin=B09XQ4T7LM" {BTN}>Love it &ndash; leave a review</a></p>
<p><a href="https://www.amazon.com/gp/message?orderID={o9}" {BTN2}>Not quite? Tell us what went wrong</a></p>
<p>Happy baking,<br>Crumb Street Bakeware</p>""",
          text=f"""Hi baker,

It has been a week since your silicone baking mats (order {o9}) arrived. How are they working out?

Love it - leave a review: https://www.amazon.com/review/create-review?asin=B09XQ4T7LM
Not quite? Tell us what went wrong: https://www.amazon.com/gp/message?orderID={o9}

Happy baking,
Crumb Street Bakeware
""")

    o10, b10 = order("en-happyunhappy", "en", "Merino Wool Hiking Socks, 3 pairs", tld="co.uk")
    case("en-happy-review-unhappy-reply", "reject", ["review.conditional"],
         "'Happy? Review on Amazon. Unhappy? Reply to us': positive buyers are sent to the review, others to "
         "the seller.",
         to=b10, frm="Fellside Outfitters <team@fellsideoutfitters.co.uk>", enc=L1,
         subject=f"Your merino socks (order {o10})", text=f"""Hello,

Your merino hiking socks from order {o10} should be broken in by now.

Happy with them? A quick review on Amazon helps other walkers find us.
Unhappy with anything? Just reply to this message and we'll put it right.

Cheers,
Fellside Outfitters""")

    o11, b11 = order("en-thrilled", "en", "Cast Aluminium Waffle Maker", tld="ca")
    case("en-only-if-thrilled", "reject", ["review.conditional"],
         "Gating in one sentence: a review is asked for only if the buyer is thrilled.",
         to=b11, frm="Sugarbush Kitchenware <care@sugarbushkitchen.ca>",
         subject=f"Waffle Wednesday? (order {o11})", text=f"""Hi,

How are the waffles coming out? For crisper edges on the waffle maker from
order {o11}, let it heat until the green light has been on for a full
minute.

We'd love a review on Amazon, but only if you're thrilled with it.

Sugarbush Kitchenware""")

    o12, b12 = order("en-faces", "en", "Ceramic Pour-Over Dripper", tld="com")
    hcase("en-emoji-faces-choice", "reject", ["review.conditional", "style.emoji"],
          "Two emoji choices: the smiling face leads to the Amazon review page, the frowning face to the seller "
          "(gating without the word 'first'), and the faces are emoji.",
          to=b12, frm="Slow Drip Coffee Co <hello@slowdripcoffee.com>",
          subject=f"Quick question about order {o12}", html=f"""
<p>Hello,</p>
<p>How do you feel about your ceramic dripper (order {o12})? Pick one:</p>
<p><a href="https://www.amazon.com/review/create-review?asin=B0BK3D8WQZ">&#128512; I'm enjoying it &ndash; write a review</a><br>
<a href="https://www.amazon.com/gp/message?orderID={o12}">&#128533; Something's off &ndash; message the seller</a></p>
<p>Slow Drip Coffee Co</p>""")

    o13, b13 = order("en-reflects", "en", "Electric Milk Frother", tld="co.uk")
    case("en-hope-rating-reflects", "reject", ["review.removal-request"],
         "After solving the problem, the seller hopes the buyer will feel the existing rating reflects the "
         "service: a request to update the review phrased as a hope.",
         to=b13, frm="Frothworks <support@frothworks.co.uk>",
         reply="Frother stopped spinning after a week. 1 star until someone sorts it.",
         subject=f"Re: Frother not spinning (order {o13})", text=f"""Hi,

Thanks for your patience. The replacement frother for order {o13} left
our warehouse this morning and should arrive tomorrow.

Now that this is sorted, we hope you'll feel your rating reflects the
service you received from us.

Best wishes,
Frothworks Customer Care""")

    o14, b14 = order("en-priority", "en", "Smart Plug 4-pack", tld="com")
    case("en-reviewers-priority-support", "reject", ["review.incentive"],
         "Buyers who leave a review get priority support: a future benefit tied to the review.",
         to=b14, frm="Brightnest Devices <help@brightnestdevices.com>", enc=B64,
         subject=f"Your smart plugs (order {o14})", text=f"""Hi,

Your smart plugs from order {o14} are ready to pair: hold the button
for five seconds until the light flashes blue.

Customers who post a review of the plugs on Amazon move to our priority
support queue, with answers within the hour for as long as they own them.

Brightnest Devices""")

    o15, b15 = order("en-warrantyplus", "en", "Ceramic Hair Straightener", tld="ca")
    case("en-review-extends-warranty", "reject", ["review.incentive"],
         "A review earns an extended warranty: compensation for the review.",
         to=b15, frm="Glossline Beauty <care@glosslinebeauty.ca>",
         subject=f"Register your straightener (order {o15})", text=f"""Hello,

Thank you for your order {o15}. Your straightener has a one-year
warranty as standard.

Share your thoughts in an Amazon review and we'll stretch that warranty to
three years, no paperwork needed.

Glossline Beauty""")

    o16, b16 = order("en-draw", "en", "Organic Loose Leaf Tea Sampler", tld="co.uk")
    case("en-monthly-draw-entry", "reject", ["review.incentive"],
         "Each review is an entry into the seller's monthly prize draw: a chance of a reward for reviewing.",
         to=b16, frm="Leafhaven Teas <hello@leafhaventeas.co.uk>", enc=L1, tolerated=("type.marketing",),
         subject=f"Your tea sampler, order {o16}", text=f"""Dear tea lover,

We hope the sampler from order {o16} has a new favourite in it.

Every review left on Amazon this month is entered into our monthly draw for
a year of tea. We pick the winner on the last Friday of the month.

Leafhaven Teas""")

    o17, b17 = order("en-bonusguide", "en", "Sourdough Starter Kit", tld="com")
    case("en-bonus-guide-for-review", "reject", ["review.incentive"],
         "A free bonus guide in exchange for a review: a gift tied to the review.",
         to=b17, frm="Rise & Crumb <bake@riseandcrumb.com>",
         subject=f"Your starter kit (order {o17})", text=f"""Hi,

Feed your starter from order {o17} twice a day for the first week; by
day five it should double within six hours.

Once your review of the kit is live on Amazon, reply to this message and
we'll send you our 40-page bonus guide to shaping and scoring loaves at
no charge.

Rise & Crumb""")

    o18, b18 = order("en-upgrade", "en", "Countertop Blender 900 W", tld="ca")
    case("en-free-upgrade-for-review", "reject", ["review.incentive"],
         "A free upgrade for a review (the buyer 'qualifies' by posting it): a free product tied to the review.",
         to=b18, frm="Whirlbay Appliances <support@whirlbay.ca>",
         subject=f"Your blender, order {o18}", text=f"""Hello,

Thanks again for order {o18}. Reviewers of the 900 W blender qualify
for a free upgrade to our stainless steel Pro blade assembly. Post your
review on Amazon and let us know, and we'll ship the blade out.

Whirlbay Appliances""")

    o19, b19 = order("en-fbk", "en", "Linen Tea Towels, set of 4", tld="co.uk")
    case("en-towels-first-request", "relay", [],
         "A first, neutral review request for this order.",
         to=b19, frm="Thistledown Linens <shop@thistledownlinens.co.uk>", day=7,
         subject=f"Your linen tea towels (order {o19})", text=f"""Hello,

Your linen tea towels from order {o19} get softer with every wash;
skip the fabric conditioner, it stops them absorbing.

If you'd like to, you can review them on Amazon from Your Orders. We read
every review, positive and negative.

Thistledown Linens""")

    case("en-repeat-seller-feedback", "reject", ["review.repeat"],
         "After a relayed product review request for this order, a seller-feedback request: a second review "
         "request for the same order.",
         to=b19, frm="Thistledown Linens <shop@thistledownlinens.co.uk>", day=13, after=("en-towels-first-request",),
         subject=f"One more thing about order {o19}", text=f"""Hello,

Would you spare a moment to rate us as a seller for order {o19}? You
can leave seller feedback under Your Orders on Amazon.

Thistledown Linens""")


# --------------------------------------------------------------------------------------------
# German (amazon.de)
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    frm = "Lindgrün Gartenbedarf <service@lindgruen-garten.de>"
    o1, b1 = order("de-neutral", "de", "Hochbeet aus Lärchenholz 120 x 60 cm")
    case("de-neutral-ob-positiv", "relay", [],
         "Neutrale Bitte um eine Bewertung, 'ob positiv oder negativ', ohne Gegenleistung: erlaubt und die erste "
         "Anfrage für diese Bestellung.",
         to=b1, frm=frm, enc=L1, day=8, lang="de",
         subject=f"Ihr Hochbeet – ein paar Tipps (Bestellung {o1})", text=f"""Guten Tag,

Ihr Hochbeet aus der Bestellung {o1} steht hoffentlich schon. Legen Sie
vor dem Befüllen das mitgelieferte Wühlmausgitter auf den Boden und die
Noppenfolie an die Innenwände.

Wenn Sie mögen, schreiben Sie uns eine Bewertung auf Amazon – ob positiv
oder negativ, jede ehrliche Meinung hilft anderen Gärtnern.

Mit grünen Grüßen
Ihr Team von Lindgrün Gartenbedarf""")

    case("de-repeat-nochmals", "reject", ["review.repeat"],
         "Zweite Bewertungsanfrage für dieselbe Bestellung ('wir möchten Sie nochmals bitten') nach der ersten.",
         to=b1, frm=frm, enc=L1, day=14, after=("de-neutral-ob-positiv",), lang="de",
         subject=f"Ihre Meinung zum Hochbeet (Bestellung {o1})", text=f"""Guten Tag,

wir möchten Sie nochmals bitten, Ihre Erfahrungen mit dem Hochbeet aus
Bestellung {o1} auf Amazon zu teilen. Ein paar Sätze genügen völlig.

Mit grünen Grüßen
Lindgrün Gartenbedarf""")

    o2, b2 = order("de-erstattung", "de", "Thermoskanne 1 l, Edelstahl")
    case("de-erstattung-unabhaengig", "relay", [],
         "Erstattung nach einer Reklamation mit dem Hinweis, dass sie mit der Bewertung nichts zu tun hat; keine "
         "Bitte, die Bewertung zu ändern.",
         to=b2, frm="Kannenwerk <kontakt@kannenwerk.de>", enc=L9, lang="de",
         reply="Die Kanne hält den Kaffee keine zwei Stunden warm. Das habe ich auch in meiner Rezension geschrieben.",
         subject=f"AW: Thermoskanne hält nicht warm (Bestellung {o2})", text=f"""Guten Tag,

das tut uns leid. Wir haben Ihnen den Kaufpreis für die Bestellung {o2}
heute vollständig erstattet; die Kanne müssen Sie nicht zurückschicken.

Die Erstattung hat nichts mit Ihrer Rezension zu tun – die bleibt
selbstverständlich Ihre Sache.

Freundliche Grüße
Kannenwerk""")

    o3, b3 = order("de-garantie", "de", "Akku-Rasentrimmer 18 V")
    case("de-garantie-und-bewertung", "relay", [],
         "Garantie-Registrierung und, davon getrennt, eine neutrale Bewertungsbitte: keine Verknüpfung.",
         to=b3, frm="Grasmeister <info@grasmeister.de>", fmt="alt", lang="de",
         subject=f"Ihr Rasentrimmer: Garantie verlängern (Bestellung {o3})", text=f"""Hallo,

zu Ihrem Rasentrimmer aus Bestellung {o3}: Der Hersteller gewährt
drei Jahre Garantie, wenn Sie das Gerät innerhalb von 30 Tagen mit der
beiliegenden Garantiekarte registrieren.

Unabhängig davon freuen wir uns, wenn Sie den Trimmer bei Amazon bewerten –
ganz gleich, wie Ihr Urteil ausfällt.

Viele Grüße
Grasmeister""")

    o4, b4 = order("de-buttons", "de", "Kaffeemühle mit Kegelmahlwerk")
    hcase("de-html-begeistert-oder-nicht", "reject", ["review.conditional"],
          "Zwei Schaltflächen: 'Begeistert?' führt zur Amazon-Bewertung, 'Nicht ganz zufrieden?' zum Verkäufer: "
          "Bewertungen nur bei positiver Erfahrung.",
          to=b4, frm="Mahlgut Manufaktur <post@mahlgut.de>", lang="de", enc=L1,
          subject=f"Wie mahlt Ihre neue Mühle? (Bestellung {o4})", html=f"""
<p>Guten Tag,</p>
<p>seit ein paar Tagen mahlt Ihre Kaffeemühle aus der Bestellung {o4}. Wie gefällt sie Ihnen?</p>
<p><a href="https://www.amazon.de/review/create-review?asin=B0C2M7RXQ4" {BTN}>Begeistert? Jetzt bewerten</a></p>
<p><a href="https://www.amazon.de/gp/message?orderID={o4}" {BTN2}>Nicht ganz zufrieden? Schreiben Sie uns</a></p>
<p>Herzliche Grüße<br>Mahlgut Manufaktur</p>""")

    o5, b5 = order("de-ueberdenken", "de", "Daunenkissen 80 x 80 cm")
    case("de-bewertung-ueberdenken", "reject", ["review.removal-request"],
         "Nach dem Ersatz: 'würden Sie Ihre Bewertung noch einmal überdenken' – Bitte um Änderung einer "
         "bestehenden Bewertung, höflich formuliert.",
         to=b5, frm="Federleicht Bettwaren <service@federleicht-bettwaren.de>", enc=L1, lang="de",
         reply="Das Kissen hat Federn verloren, deshalb nur 2 Sterne.",
         subject=f"AW: Kissen verliert Federn (Bestellung {o5})", text=f"""Guten Tag,

es tut uns leid, dass das Kissen aus Bestellung {o5} Federn verloren
hat. Ein neues Kissen mit doppelt vernähtem Inlett ist heute zu Ihnen
unterwegs.

Wenn das neue Kissen Sie überzeugt, würden Sie Ihre Bewertung dann noch
einmal überdenken? Das wäre sehr freundlich.

Ihr Federleicht-Team""")

    o6, b6 = order("de-exklusiv", "de", "Gewürzmühlen-Set, 4-teilig")
    case("de-exklusiver-zugang", "reject", ["review.incentive"],
         "Wer bewertet, erhält exklusiven Vorabzugang zu neuen Produkten: ein künftiger Vorteil für die "
         "Bewertung.",
         to=b6, frm="Pfefferkorn & Co <hallo@pfefferkorn-co.de>", enc=B64, lang="de", tolerated=("type.marketing",),
         subject=f"Ihr Gewürzmühlen-Set (Bestellung {o6})", text=f"""Hallo,

viel Freude mit dem Gewürzmühlen-Set aus Bestellung {o6}!

Als Dankeschön für Ihre Rezension auf Amazon nehmen wir Sie in unseren
exklusiven Testerkreis auf: Sie bekommen neue Mühlen vor allen anderen.

Pfefferkorn & Co""")

    o7, b7 = order("de-rundum", "de", "Wanderrucksack 30 l")
    case("de-nur-wenn-rundum-zufrieden", "reject", ["review.conditional"],
         "Bewertungsbitte nur bei voller Zufriedenheit, in einem Satz.",
         to=b7, frm="Gipfelglück Outdoor <team@gipfelglueck-outdoor.de>", enc=L9, lang="de",
         subject=f"Ihr neuer Rucksack (Bestellung {o7})", text=f"""Servus,

wir hoffen, Ihr Rucksack aus Bestellung {o7} war schon mit auf Tour.

Eine Bewertung auf Amazon freut uns – aber bitte nur, wenn Sie rundum
zufrieden sind.

Berg Heil
Gipfelglück Outdoor""")


# --------------------------------------------------------------------------------------------
# French (amazon.fr)
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    frm = "Atelier Cerisaie <contact@atelier-cerisaie.fr>"
    o1, b1 = order("fr-neutre", "fr", "Théière en fonte 0,8 l")
    case("fr-neutre-positif-ou-negatif", "relay", [],
         "Demande d'avis neutre, 'qu'il soit positif ou négatif', sans contrepartie : première demande pour cette "
         "commande.",
         to=b1, frm=frm, enc=L1, day=8, lang="fr",
         subject=f"Votre théière en fonte (commande {o1})", text=f"""Bonjour,

Votre théière de la commande {o1} est arrivée il y a quelques jours.
Pensez à la rincer à l'eau chaude sans savon et à bien la sécher pour
éviter la rouille.

Si vous le souhaitez, laissez un avis sur Amazon, qu'il soit positif ou
négatif : il aidera d'autres amateurs de thé.

Bien cordialement,
Atelier Cerisaie""")

    case("fr-relance-avis", "reject", ["review.repeat"],
         "Relance de la demande d'avis pour la même commande, après une première demande transmise.",
         to=b1, frm=frm, enc=L1, day=14, after=("fr-neutre-positif-ou-negatif",), lang="fr",
         subject=f"Petite relance – commande {o1}", text=f"""Bonjour,

Nous nous permettons de revenir vers vous : auriez-vous un instant pour
donner votre avis sur la théière de la commande {o1} sur Amazon ?

Merci d'avance,
Atelier Cerisaie""")

    o2, b2 = order("fr-modifier", "fr", "Lampe de chevet en rotin")
    case("fr-acheteur-demande-modifier", "relay", [],
         "L'acheteur demande comment modifier son évaluation ; le vendeur explique la marche à suivre sans rien "
         "demander.",
         to=b2, frm="Rotin & Lumière <bonjour@rotin-lumiere.fr>", lang="fr",
         reply="La nouvelle ampoule fonctionne, merci. Comment je peux modifier mon commentaire de la semaine dernière ?",
         subject=f"RE: Lampe de chevet (commande {o2})", text=f"""Bonjour,

Ravis que la lampe de la commande {o2} fonctionne maintenant.

Pour répondre à votre question : dans Vos commandes sur Amazon, ouvrez la
commande puis « Écrire un commentaire sur le produit » ; votre commentaire
existant s'affiche et vous pouvez le modifier ou le supprimer. C'est à vous
de voir.

Belle journée,
Rotin & Lumière""")

    o3, b3 = order("fr-satisfait", "fr", "Coussin de méditation en sarrasin")
    case("fr-satisfait-avis-sinon-repondez", "reject", ["review.conditional"],
         "'Satisfait ? un avis sur Amazon. Pas satisfait ? répondez-nous' : tri des acheteurs avant l'avis.",
         to=b3, frm="Zafu Paris <atelier@zafu-paris.fr>", enc=L9, lang="fr",
         subject=f"Votre coussin de méditation (commande {o3})", text=f"""Bonjour,

Votre coussin de la commande {o3} s'est-il bien fait à votre posture ?

Satisfait ? Un avis sur Amazon nous aide énormément.
Pas tout à fait satisfait ? Répondez simplement à ce message, nous
trouverons une solution.

Zafu Paris""")

    o4, b4 = order("fr-tirage", "fr", "Set de pinceaux aquarelle")
    case("fr-tirage-au-sort", "reject", ["review.incentive"],
         "Chaque avis donne une participation au tirage au sort mensuel : récompense liée à l'avis.",
         to=b4, frm="Papeterie Vermeil <boutique@papeterie-vermeil.fr>", enc=B64, lang="fr",
         tolerated=("type.marketing",),
         subject=f"Vos pinceaux aquarelle (commande {o4})", text=f"""Bonjour,

Merci pour votre commande {o4}.

Chaque avis publié sur Amazon vous donne une participation à notre tirage au
sort du mois, avec une boîte de 24 godets extra-fins à gagner.

Papeterie Vermeil""")

    o5, b5 = order("fr-maj", "fr", "Bouilloire électrique 1,7 l")
    case("fr-esperons-mettre-a-jour", "reject", ["review.removal-request"],
         "Après un échange : 'nous espérons que vous accepterez de mettre à jour votre évaluation' : demande de "
         "mise à jour d'une évaluation existante.",
         to=b5, frm="Maison Calorie <sav@maison-calorie.fr>", enc=L1, lang="fr",
         reply="La bouilloire fuit par le bas. J'ai mis une étoile.",
         subject=f"RE: Bouilloire qui fuit (commande {o5})", text=f"""Bonjour,

Nous sommes désolés pour cette fuite. Une bouilloire neuve pour la commande
{o5} vous a été expédiée ce matin.

Une fois la nouvelle installée, nous espérons que vous accepterez de mettre
à jour votre évaluation.

Le service client Maison Calorie""")


# --------------------------------------------------------------------------------------------
# Spanish (amazon.es)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    frm = "Olivar del Sur <tienda@olivardelsur.es>"
    o1, b1 = order("es-neutral", "es", "Aceitera de cristal 500 ml")
    case("es-neutral-positiva-o-negativa", "relay", [],
         "Petición de opinión neutral, 'sea positiva o negativa', sin contrapartida: primera petición del pedido.",
         to=b1, frm=frm, enc=L1, day=8, lang="es",
         subject=f"Su aceitera de cristal (pedido {o1})", text=f"""Hola:

Esperamos que la aceitera del pedido {o1} le esté siendo útil. El
tapón antigoteo se desmonta para lavarlo a mano.

Si le apetece, puede dejar su opinión en Amazon, sea positiva o negativa;
ayuda a otros compradores a decidir.

Un saludo,
Olivar del Sur""")

    case("es-recordatorio-opinion", "reject", ["review.repeat"],
         "Recordatorio de la petición de opinión para el mismo pedido tras una primera petición enviada.",
         to=b1, frm=frm, enc=L1, day=14, after=("es-neutral-positiva-o-negativa",), lang="es",
         subject=f"Recordatorio amable – pedido {o1}", text=f"""Hola:

Le escribimos de nuevo por si no vio nuestro mensaje anterior: nos
encantaría conocer su opinión sobre la aceitera del pedido {o1} en
Amazon.

Gracias,
Olivar del Sur""")

    o2, b2 = order("es-reembolso", "es", "Mochila escolar ergonómica")
    case("es-reembolso-sin-relacion", "relay", [],
         "Reembolso tras una queja, aclarando que no tiene nada que ver con su opinión; no se pide cambiarla.",
         to=b2, frm="Cole y Más <ayuda@coleymas.es>", lang="es",
         reply="La costura del asa se ha abierto. Ya lo he contado en mi reseña.",
         subject=f"RE: Costura de la mochila (pedido {o2})", text=f"""Hola:

Sentimos mucho lo de la costura. Hemos reembolsado hoy el importe completo
del pedido {o2}; no hace falta que devuelva la mochila.

Este reembolso no tiene nada que ver con su reseña, que es totalmente suya.

Un saludo,
Cole y Más""")

    o3, b3 = order("es-botones", "es", "Sartén antiadherente 28 cm")
    hcase("es-html-le-encanta-no-del-todo", "reject", ["review.conditional"],
          "Dos botones: '¿Le encanta?' lleva a la reseña de Amazon, '¿No del todo?' al vendedor: filtro de "
          "reseñas.",
          to=b3, frm="Fogón Vivo <clientes@fogonvivo.es>", lang="es",
          subject=f"¿Qué tal su sartén? (pedido {o3})", html=f"""
<p>Hola:</p>
<p>Ya lleva unos días cocinando con la sartén del pedido {o3}. ¿Qué le parece?</p>
<p><a href="https://www.amazon.es/review/create-review?asin=B0B8R5NW2K" {BTN}>¿Le encanta? Escriba una reseña</a></p>
<p><a href="https://www.amazon.es/gp/message?orderID={o3}" {BTN2}>¿No del todo? Cuéntenos qué ha pasado</a></p>
<p>Un saludo,<br>Fogón Vivo</p>""")

    o4, b4 = order("es-garantia", "es", "Robot aspirador R5")
    case("es-garantia-ampliada-por-resena", "reject", ["review.incentive"],
         "Una reseña da derecho a una garantía ampliada: beneficio a cambio de la reseña.",
         to=b4, frm="Limpiahogar <soporte@limpiahogar.es>", enc=B64, lang="es",
         subject=f"Su robot aspirador (pedido {o4})", text=f"""Hola:

Gracias por su pedido {o4}. Si publica una reseña del robot en
Amazon, le ampliamos la garantía de dos a cuatro años sin coste.

Un saludo,
Limpiahogar""")

    o5, b5 = order("es-reconsiderar", "es", "Auriculares inalámbricos deportivos")
    case("es-reconsiderar-valoracion", "reject", ["review.removal-request"],
         "Tras enviar un repuesto: 'le agradeceríamos que reconsiderara su valoración': petición de actualizar una "
         "valoración existente.",
         to=b5, frm="Sonora Sport <postventa@sonorasport.es>", enc=L9, lang="es",
         reply="El auricular izquierdo no carga. Les he puesto una estrella.",
         subject=f"RE: Auricular izquierdo (pedido {o5})", text=f"""Hola:

Lamentamos el problema. Hoy le hemos enviado un estuche de carga nuevo
para el pedido {o5}.

Si todo funciona bien, le agradeceríamos que reconsiderara su valoración.

Saludos,
Sonora Sport""")


# --------------------------------------------------------------------------------------------
# Italian (amazon.it)
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o1, b1 = order("it-neutro", "it", "Moka in acciaio 6 tazze")
    case("it-neutro-positiva-o-negativa", "relay", [],
         "Richiesta di recensione neutrale, 'positiva o negativa che sia', senza vantaggi né condizioni.",
         to=b1, frm="Caffè Ramino <negozio@caffe-ramino.it>", enc=L1, lang="it",
         subject=f"La sua moka (ordine {o1})", text=f"""Buongiorno,

per le prime tre preparazioni con la moka dell'ordine {o1} le
consigliamo di buttare il caffè: serve a togliere il sapore di metallo.

Se lo desidera, ci lasci una recensione su Amazon, positiva o negativa che
sia: ci aiuta a migliorare.

Cordiali saluti,
Caffè Ramino""")

    o2, b2 = order("it-prima", "it", "Stampante per etichette Bluetooth")
    case("it-prima-assistenza-non-legata", "relay", [],
         "'Ci scriva prima' riguarda un problema di installazione, non la recensione; la richiesta di recensione "
         "è incondizionata.",
         to=b2, frm="Etichettiamo <assistenza@etichettiamo.it>", fmt="alt", lang="it",
         subject=f"Configurare la stampante (ordine {o2})", text=f"""Buongiorno,

qualche indicazione per la stampante dell'ordine {o2}:

- installi l'app dal manuale e attivi il Bluetooth prima di accenderla;
- se la stampa esce sbiadita, ci scriva prima di cambiare rotolo: di
  solito basta regolare la densità.

Quando l'avrà usata per un po', una recensione su Amazon sarà benvenuta,
qualunque sia il suo giudizio.

Etichettiamo""")

    o3, b3 = order("it-rivedere", "it", "Piumino d'oca matrimoniale")
    case("it-rivedere-valutazione", "reject", ["review.removal-request"],
         "Dopo la sostituzione: 'potrebbe rivedere la sua valutazione': richiesta di modificare una valutazione "
         "esistente.",
         to=b3, frm="Nuvola Tessile <clienti@nuvolatessile.it>", enc=L1, lang="it",
         reply="Il piumino puzza ancora dopo una settimana all'aria. Ho lasciato due stelle.",
         subject=f"R: Odore del piumino (ordine {o3})", text=f"""Gentile cliente,

ci scusi per il disagio. Le abbiamo spedito oggi un piumino nuovo per
l'ordine {o3}, lavato e arieggiato in laboratorio.

Quando lo avrà ricevuto, potrebbe gentilmente rivedere la sua valutazione?

Nuvola Tessile""")

    o4, b4 = order("it-entusiasta", "it", "Set coltelli da cucina 5 pezzi")
    case("it-solo-se-entusiasta", "reject", ["review.conditional"],
         "Recensione chiesta solo a chi è entusiasta, in una frase.",
         to=b4, frm="Lama Antica <info@lama-antica.it>", enc=L9, lang="it",
         subject=f"I suoi coltelli (ordine {o4})", text=f"""Buongiorno,

affili i coltelli dell'ordine {o4} con la pietra a grana 1000 ogni
due mesi e dureranno una vita.

Se ne è entusiasta, e solo in quel caso, ci lasci una recensione su Amazon.

Lama Antica""")

    o5, b5 = order("it-guida", "it", "Kit per la pasta fresca")
    case("it-guida-bonus-per-recensione", "reject", ["review.incentive"],
         "Una guida bonus gratuita in cambio della recensione: omaggio legato alla recensione.",
         to=b5, frm="Sfoglia d'Oro <ciao@sfogliadoro.it>", enc=B64, lang="it",
         subject=f"Il suo kit per la pasta (ordine {o5})", text=f"""Ciao,

grazie per l'ordine {o5}!

Appena la sua recensione del kit sarà pubblicata su Amazon, ci risponda e
le invieremo in omaggio la nostra guida bonus con 30 formati di pasta.

Sfoglia d'Oro""")


# --------------------------------------------------------------------------------------------
# Japanese (amazon.co.jp)
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o1, b1 = order("ja-neutral", "ja", "南部鉄器 急須 0.5L")
    case("ja-neutral-yoi-warui", "relay", [],
         "良い点も改善点も歓迎する中立的なレビュー依頼：特典も条件もない。",
         to=b1, frm="鉄器工房 ほくと <shop@hokuto-tekki.jp>", enc=JIS, lang="ja",
         subject=f"急須のお手入れについて（注文番号 {o1}）", text=f"""お客様

ご注文番号 {o1} の急須はお役に立っておりますでしょうか。
ご使用後はお湯を捨て、ふたを外して余熱で乾かしていただくと錆びにくくなります。

よろしければ、Amazonにてレビューをお寄せください。良い点も改善点も、
どちらも今後の参考にさせていただきます。

鉄器工房 ほくと""")

    o2, b2 = order("ja-henshu", "ja", "木製まな板 ヒノキ 大")
    case("ja-kounyuusha-henshu-houhou", "relay", [],
         "購入者からレビューの編集方法を尋ねられ、手順だけを説明している：変更の依頼ではない。",
         to=b2, frm="木工房 こもれび <info@komorebi-mokko.jp>", enc=SJIS, lang="ja",
         reply="交換品は問題ありません。前に書いたレビューを直したいのですが、どうすればいいですか。",
         subject=f"Re: まな板の反りについて（注文番号 {o2}）", text=f"""お客様

交換品に問題がないとのこと、安心いたしました（注文番号 {o2}）。

ご質問の件ですが、Amazonの「注文履歴」から該当の注文を開き、
「商品レビューを書く」を選ぶと、投稿済みのレビューを編集または削除できます。
どうされるかはお客様のご判断にお任せいたします。

木工房 こもれび""")

    o3, b3 = order("ja-manzoku", "ja", "電動歯ブラシ 替えブラシ付き")
    case("ja-manzoku-nara-review-fuman-nara-renraku", "reject", ["review.conditional"],
         "「ご満足いただけた方はレビューを、ご不満の方はまずご連絡を」：満足した購入者だけにレビューを求める。",
         to=b3, frm="デンタルプラス <support@dentalplus.jp>", enc=EUC, lang="ja",
         subject=f"電動歯ブラシのご使用感について（注文番号 {o3}）", text=f"""お客様

ご注文番号 {o3} の電動歯ブラシはいかがでしょうか。

ご満足いただけましたら、Amazonでのレビュー投稿をお願いいたします。
ご不満な点がございましたら、レビューの前にこのメッセージへご返信ください。

デンタルプラス""")

    o4, b4 = order("ja-hosho", "ja", "ワイヤレスイヤホン WX-7")
    case("ja-review-de-hosho-encho", "reject", ["review.incentive"],
         "レビュー投稿で保証期間を延長：レビューと引き換えの特典。",
         to=b4, frm="サウンドミナト <info@sound-minato.jp>", enc=JIS, lang="ja",
         subject=f"WX-7の保証について（注文番号 {o4}）", text=f"""お客様

ご注文番号 {o4} のWX-7をお買い上げいただきありがとうございます。

Amazonに商品レビューをご投稿いただいたお客様は、メーカー保証を1年から
2年に延長いたします。

サウンドミナト""")

    o5, b5 = order("ja-minaoshi", "ja", "加湿器 超音波式 3L")
    case("ja-hyouka-minaoshi", "reject", ["review.removal-request"],
         "交換品発送後に「評価を見直していただけないでしょうか」：既存の評価の変更依頼。",
         to=b5, frm="うるおい家電 <cs@uruoi-kaden.jp>", enc=SJIS, lang="ja",
         reply="水漏れするので星1にしました。",
         subject=f"Re: 加湿器の水漏れ（注文番号 {o5}）", text=f"""お客様

ご迷惑をおかけし申し訳ございません。ご注文番号 {o5} の加湿器の
交換品を本日発送いたしました。

お手数ですが、交換品をお試しいただいたうえで、評価を見直していただけない
でしょうか。

うるおい家電""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="seventyninth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
