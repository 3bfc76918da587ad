#!/usr/bin/env python3
"""Build the seventieth labelled corpus: orders.csv, cases/*.eml and labels.json.

    .venv/bin/python tests/corpus_seventieth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. Angle: problems with an order and returns, third round
(order-problem.cancellation-request, order-problem.no-adjustment, return.unnecessary and their boundaries).
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
    collect_by_language,
    lang_counts,
    set_boundaries,
    shaped_case,
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(70_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "ca": "70", "com.au": "25", "in": "40", "de": "30", "fr": "40",
           "es": "40", "it": "40", "co.jp": "25", "nl": "40", "pl": "40", "se": "40", "com.br": "70"}
_TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp", "nl": "nl", "pl": "pl",
        "sv": "se", "pt": "com.br"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-05-29T09:00:00Z", shipped="2026-05-30T15:00:00Z",
                 delivered="2026-06-02T11:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-12T07:45:00Z"}
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
SJIS = {"charset": "shift_jis", "cte": "base64"}
B64 = {"cte": "base64"}
L1 = {"charset": "windows-1252", "cte": "quoted-printable"}
L9 = {"charset": "iso-8859-1", "cte": "quoted-printable"}
L2 = {"charset": "iso-8859-2", "cte": "quoted-printable"}

TARGET = ["language.mismatch", "type.order-confirmation", "type.thank-you-only", "type.marketing",
          "review.incentive", "review.removal-request", "review.conditional", "review.repeat",
          "order-problem.cancellation-request", "order-problem.no-adjustment", "return.unnecessary",
          "content.sensitive", "content.phone-number", "content.email-address", "link.opt-out", "link.external"]
OTHER = ["order-id.missing", "order-id.unknown", "window.expired", "style.emoji", "style.line-breaks",
         "link.insecure"]

case = partial(shaped_case, CASE_LIST, TARGET, OTHER, thread="0100019c.f70", tag="t70", time="10:17:42")

CANCEL = ["order-problem.cancellation-request", "order-problem.no-adjustment"]
NOADJ = ["order-problem.no-adjustment"]
RET = ["return.unnecessary"]


# --------------------------------------------------------------------------------------------
# English (amazon.com, .co.uk, .ca, .com.au, .in)
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    # ---- stock-out: buyer asked to cancel -------------------------------------------------
    o, b = order("en-cancel-account", "en", "Cast iron skillet 12 inch, pre-seasoned", tld="com", **OOS)
    case("en-oos-request-cancellation-account", "reject", CANCEL,
         "Out of stock, and the buyer is asked to 'request the cancellation from your account'; no adjustment "
         "is confirmed.",
         to=b, frm="Ironside Cookware <care@ironsidecookware.com>", day=13,
         subject=f"About your skillet order {o}", text=f"""Hi there,

Thanks for ordering the 12 inch skillet (order {o}). Unfortunately the
last batch failed our seasoning check and we have no stock left to send you.

Could you please request the cancellation from your account? As soon as it
comes through on our side, the order will be closed and you won't be charged
for anything.

Sorry for the trouble,
Dana
Ironside Cookware""")

    o, b = order("en-cancel-hit", "en", "Bamboo bath mat, 50 x 80 cm", tld="co.uk", **OOS)
    case("en-oos-hit-cancel-your-orders", "reject", CANCEL,
         "Sold out, 'the quickest fix is to hit cancel in Your Orders': the seller asks the buyer to cancel.",
         to=b, frm="Greenleaf Home <orders@greenleafhome.co.uk>", day=13, fmt="alt", enc=B64,
         subject=f"Your bath mat - order {o}", text=f"""Hello,

I'm afraid the bamboo bath mat from your order {o} sold out at our
warehouse before we could pack it, and our supplier has no more this season.

The quickest fix is for you to hit cancel on it in Your Orders; that way
nothing will be taken from your card.

Apologies again,
Priya at Greenleaf Home""")

    o, b = order("en-cancel-letknow", "en", "Insulated lunch bag, navy", tld="ca", **OOS)
    case("en-oos-let-amazon-know", "reject", CANCEL,
         "Cannot be supplied; the buyer is told to 'let Amazon know you no longer want it' so the order closes.",
         to=b, frm="Northern Pack Co. <help@northernpack.ca>", day=14, crlf=True,
         subject=f"Order {o} - lunch bag unavailable", text=f"""Hi,

We're writing about your order {o} for the navy lunch bag. Our last
units were damaged by a leak in the stockroom, so we have none left to ship.

If you could let Amazon know you no longer want it, the order will be closed
out on both ends. We'd really appreciate it.

Kind regards,
Northern Pack Co.""")

    o, b = order("en-cancel-submit", "en", "Ceramic plant pot set of 3, terracotta", tld="com.au", **OOS)
    case("en-oos-submit-cancellation", "reject", CANCEL,
         "Out of stock and 'we'd be grateful if you could submit a cancellation request': a cancellation request "
         "put on the buyer.",
         to=b, frm="Potting Shed AU <shop@pottingshed.com.au>", day=13, fmt="html",
         subject=f"Terracotta pots - order {o}", text=f"""G'day,

Bad news on your order {o}, sorry: the terracotta pot set is out of stock
and the next shipment from the kiln is months away.

We'd be grateful if you could submit a cancellation request for the order
through Amazon so it can be closed off.

Cheers,
Mel
Potting Shed""")

    o, b = order("en-cancel-india", "en", "Stainless steel pressure cooker 5 L", tld="in", **OOS)
    case("en-oos-raise-cancellation-your-end", "reject", CANCEL,
         "Indian English 'kindly raise the cancellation from your end' after a stock-out notice.",
         to=b, frm="Sharma Kitchenware <support@sharmakitchenware.in>", day=13,
         subject=f"Regarding your order {o}", text=f"""Dear Customer,

Greetings from Sharma Kitchenware. We regret to inform that the 5 litre
pressure cooker in your order {o} is currently not available in our
inventory.

Kindly raise the cancellation from your end so that the order can be closed
at the earliest.

Thanks and regards,
Sharma Kitchenware""")

    o, b = order("en-cancel-side", "en", "Wireless doorbell kit, white", tld="com", **OOS)
    case("en-cannot-ship-cancel-on-your-side", "reject", CANCEL,
         "Cannot ship ('our stock count was wrong') and asks 'please cancel the order on your side'.",
         to=b, frm="Brightbell <orders@brightbell-store.com>", day=14, enc=L1,
         subject=f"Problem with order {o}", text=f"""Hello,

We're unable to ship the wireless doorbell kit you ordered ({o}). Our
stock count was wrong and the shelf turned out to be empty.

Please cancel the order on your side. It saves a step for both of us and it
keeps your purchase history tidy.

Thank you for understanding,
Brightbell""")

    # ---- stock-out / cannot ship without a confirmed adjustment -------------------------------
    o, b = order("en-noadj-sorry", "en", "Linen tea towels, set of 4", tld="co.uk", **OOS)
    case("en-oos-apology-only", "quarantine", NOADJ,
         "Out of stock notice that only apologises; nothing says the amount was adjusted or refunded.",
         to=b, frm="The Linen Loft <hello@thelinenloft.co.uk>", day=13, enc=L1,
         subject=f"Your tea towels (order {o})", text=f"""Dear customer,

We're very sorry, but the linen tea towels in your order {o} have sold
out and we won't be getting any more this year.

We know this is disappointing and we apologise for the inconvenience.

Warm wishes,
The Linen Loft""")

    o, b = order("en-noadj-sortout", "en", "Leather watch strap 20 mm, tan", tld="com", **OOS)
    case("en-cannot-ship-sort-it-out", "quarantine", NOADJ,
         "'We can't send this one out... we'll sort it out for you': a cannot-ship notice with only a promise.",
         to=b, frm="Strapworks <team@strapworks.com>", day=14, fmt="alt",
         subject=f"Update on order {o}", text=f"""Hi,

A quick update on your order {o}: the tan 20 mm strap didn't pass our
quality check, and we can't send this one out to you.

Don't worry, we'll sort it out for you as quickly as we can.

Best,
Jordan
Strapworks""")

    o, b = order("en-noadj-alt", "en", "Electric kettle 1.7 L, brushed steel", tld="ca", **OOS)
    case("en-oos-offers-alternative", "quarantine", NOADJ,
         "No longer in stock and offers another colour instead; nothing about an adjustment or refund.",
         to=b, frm="Maple Appliance <service@mapleappliance.ca>", day=13, fmt="html", enc=B64,
         subject=f"Your kettle order {o}", text=f"""Hello,

The brushed steel kettle from order {o} is no longer in stock, I'm sorry
to say. The manufacturer has stopped making that finish.

We do have the very same kettle in matte black. If that would suit you, just
reply to this message and we will send it out instead.

Regards,
Maple Appliance""")

    o, b = order("en-noadj-damaged", "en", "Glass storage jars, set of 6", tld="com.au", **OOS)
    case("en-cannot-dispatch-will-be-in-touch", "quarantine", NOADJ,
         "Items broken in the warehouse, 'we won't be able to dispatch your order... we'll be in touch': no "
         "adjustment confirmed.",
         to=b, frm="Jar & Co <hello@jarandco.com.au>", day=14, crlf=True,
         subject=f"Order {o} - unable to dispatch", text=f"""Hi,

Unfortunately the glass jars for your order {o} were broken when a
shelf collapsed in our warehouse, so we won't be able to dispatch your
order.

Sincere apologies. We'll be in touch.

Jar & Co""")

    # ---- returns without a permitted purpose ---------------------------------------------------
    o, b = order("en-ret-received", "en", "Noise cancelling headphones, black", tld="com")
    case("en-return-received-only", "quarantine", RET,
         "Proactive note that the return reached the warehouse; it asks nothing and offers no partial refund.",
         to=b, frm="SoundHaus <support@soundhaus-audio.com>", day=12,
         tolerated=("type.order-confirmation",),
         subject=f"Your return for order {o}", text=f"""Hello,

Just letting you know that the headphones you sent back from order {o}
arrived at our returns centre this morning.

Best regards,
SoundHaus Support""")

    o, b = order("en-ret-processed", "en", "Hand blender 800 W with whisk", tld="co.uk")
    case("en-return-refund-will-be-processed", "quarantine", RET,
         "'Your return has been logged and your refund will be processed within five working days': an "
         "announcement, no question, no partial refund.",
         to=b, frm="Kitchen Corner <returns@kitchencorner.co.uk>", day=11, fmt="alt", enc=L1,
         tolerated=("type.order-confirmation",),
         subject=f"Return logged - order {o}", text=f"""Dear customer,

Your return of the hand blender (order {o}) has been logged on our
system. Your refund will be processed within five working days.

Kind regards,
Returns team, Kitchen Corner""")

    o, b = order("en-ret-thanks", "en", "Yoga mat 6 mm, sage green", tld="ca")
    case("en-return-thanks-for-sending-back", "quarantine", RET,
         "Thanks the buyer for sending the mat back and hopes to see them again: return contact without a purpose.",
         to=b, frm="Lotus Flow <care@lotusflow.ca>", day=12, fmt="html",
         tolerated=("type.thank-you-only",),
         subject=f"Thanks for your return (order {o})", text=f"""Hi,

Thank you for sending back the yoga mat from order {o}. We really
appreciate you taking the time to package it up so carefully.

All the best,
Lotus Flow""")

    o, b = order("en-ret-deadline", "en", "Hiking boots, women's size 7", tld="com.au")
    case("en-return-deadline-reminder", "quarantine", RET,
         "Reminder that the return window closes on 30 June: the seller needs nothing and offers no partial refund.",
         to=b, frm="Trailhead Outfitters <service@trailheadoutfitters.com.au>", day=13,
         subject=f"Return window reminder - order {o}", text=f"""Hi,

You opened a return for the hiking boots from order {o} last week.
A quick reminder that the return window closes on 30 June, so please make
sure the parcel is dropped off before then.

Thanks,
Trailhead Outfitters""")

    o, b = order("en-ret-inspect", "en", "Smart watch fitness band, graphite", tld="in")
    case("en-return-under-inspection", "quarantine", RET,
         "'The returned item is under inspection; you will hear from Amazon once the refund is issued': status "
         "only.",
         to=b, frm="GadgetKart <care@gadgetkart.in>", day=12, enc=B64,
         tolerated=("type.order-confirmation",),
         subject=f"Return status for order {o}", text=f"""Dear Customer,

We have received the returned fitness band against order {o} and
it is presently under inspection at our facility.

You will hear from Amazon once the refund is issued.

Regards,
GadgetKart Customer Care""")

    o, b = order("en-ret-anyq", "en", "Memory foam pillow, king size", tld="com")
    case("en-return-here-if-questions", "quarantine", RET,
         "Return approved, 'if you have any questions, we're here': an offer of help, not a request for needed "
         "information.",
         to=b, frm="Cloudrest Sleep <hello@cloudrestsleep.com>", day=11, fmt="alt",
         tolerated=("type.thank-you-only",),
         subject=f"Your pillow return - order {o}", text=f"""Hi,

We've approved the return for the memory foam pillow on order {o}.
If you have any questions along the way, we're here to help.

Sleep well,
Cloudrest Sleep""")

    # ---- compliant near-misses -----------------------------------------------------------------
    o, b = order("en-ok-refunded", "en", "Wool throw blanket, charcoal", tld="com", **OOS)
    case("en-oos-cancelled-refunded", "relay", [],
         "Out of stock; 'we have cancelled it and refunded the full amount' with the reason: the required "
         "problem-with-order message.",
         to=b, frm="Hearthside Textiles <orders@hearthsidetextiles.com>", day=13,
         subject=f"Order {o} cancelled - item out of stock", text=f"""Hello,

We're sorry to tell you that the charcoal wool throw from order {o}
is out of stock and we cannot restock it.

We have cancelled the order and refunded the full amount of $64.00 to your
original payment method, with "no inventory" as the reason. You don't need to
do anything; the refund usually shows within 3-5 business days.

Our apologies,
Hearthside Textiles""")

    o, b = order("en-ok-partial", "en", "Cushion covers 45 cm, set of 2 + 1 throw", tld="co.uk", **OOS)
    case("en-partial-oos-refunded-amount", "relay", [],
         "Partial stock-out: 'we have refunded £12.99 for the cushion covers, which are out of stock'; the rest "
         "of the order is unaffected.",
         to=b, frm="Cosy Corner Interiors <orders@cosycorner.co.uk>", day=13, enc=L1,
         subject=f"Part of your order {o} is unavailable", text=f"""Dear customer,

One part of your order {o} is no longer available: the set of two
cushion covers sold out before we could pack it.

We have refunded £12.99 for the cushion covers, with out of stock as the
reason for the adjustment. The rest of your order is not affected.

Sorry for any disappointment,
Cosy Corner Interiors""")

    o, b = order("en-ok-couldnotship", "en", "Spare e-bike battery 36 V", tld="com.au", **OOS)
    case("en-could-not-ship-refunded-reason", "relay", [],
         "Cannot ship a lithium battery to the buyer's region; full amount refunded with the reason 'could not "
         "ship'.",
         to=b, frm="VoltRide Parts <parts@voltride.com.au>", day=14, fmt="html",
         subject=f"Order {o} - we could not ship your battery", text=f"""Hello,

Our courier is not allowed to carry lithium batteries of this size to your
area, so we could not ship the 36 V battery from order {o}.

The full order amount has been refunded to you, and the reason recorded for
the refund is "could not ship". Apologies that we couldn't get it to you.

VoltRide Parts""")

    o, b = order("en-ok-nocancel", "en", "Desk organiser, walnut", tld="ca", **OOS)
    case("en-oos-refunded-no-need-to-cancel", "relay", [],
         "Stock-out refunded in full; 'there is no need to cancel anything on your end': the cancel vocabulary "
         "tells the buyer NOT to.",
         to=b, frm="Grain & Grove <shop@grainandgrove.ca>", day=13, crlf=True,
         subject=f"Your desk organiser - order {o}", text=f"""Hi,

Our walnut desk organiser from order {o} has sold out and the workshop
can't make another in time.

We've already refunded the whole order (C$48.50) as an out-of-stock
adjustment. There is no need to cancel anything on your end.

Sorry about this,
Grain & Grove""")

    o, b = order("en-ok-delay", "en", "Standing desk frame, dual motor", tld="com", shipped="", delivered="",
                 purchased="2026-06-10T12:00:00Z")
    case("en-dispatch-delay-new-date", "relay", [],
         "A delay beyond the advertised availability with a new dispatch date: must be notified, it is not a "
         "cannot-ship notice and asks for no cancellation.",
         to=b, frm="LiftWork Desks <support@liftworkdesks.com>", day=12,
         subject=f"Dispatch delay for order {o}", text=f"""Hello,

Your standing desk frame (order {o}) will leave our warehouse later
than advertised: the motors are held at customs, and we now expect to
dispatch it on 22 June.

We're sorry for the wait and will keep you posted.

LiftWork Desks""")

    o, b = order("en-ok-photos", "en", "Ceramic dinner plates, set of 6", tld="com")
    case("en-return-asks-photos", "relay", [],
         "Return follow-up asking for photos of the damage, needed to complete the return with the carrier.",
         to=b, frm="Stoneware Studio <returns@stonewarestudio.com>", day=11, fmt="alt",
         subject=f"Your return request for order {o}", text=f"""Hello,

We're sorry two of the plates from order {o} arrived broken. To
complete the return and file the claim with the carrier, could you send us
a couple of photos of the broken plates and the outer box? Replying to this
message with the pictures attached is enough.

Thank you,
Stoneware Studio""")

    o, b = order("en-ok-serial", "en", "Robot vacuum cleaner R7", tld="co.uk")
    case("en-return-asks-serial", "relay", [],
         "Return follow-up asking for the serial number on the underside, needed to process the return.",
         to=b, frm="Tidybot UK <returns@tidybot.co.uk>", day=12, enc=L9,
         subject=f"Return of your robot vacuum - order {o}", text=f"""Dear customer,

Thank you for opening a return for the robot vacuum from order {o}.
Before we can process it we need the serial number printed on the sticker
under the dust bin (it starts with R7-). Could you reply with it?

Kind regards,
Tidybot UK""")

    o, b = order("en-ok-which", "en", "Running shoes, sizes 9 / 9.5 / 10", tld="ca")
    case("en-return-which-pair", "relay", [],
         "Three sizes ordered, return opened for 'one pair': asks which pair is coming back.",
         to=b, frm="Stride Lab <returns@stridelab.ca>", day=12, fmt="html",
         subject=f"Which pair are you returning? Order {o}", text=f"""Hi,

Your order {o} contained the running shoes in sizes 9, 9.5 and 10, and
the return you opened says "one pair". Which size are you sending back? We
need to know so the return can be matched when it arrives.

Thanks,
Stride Lab""")

    o, b = order("en-ok-partial-keep", "en", "Table lamp with linen shade", tld="com")
    case("en-return-partial-refund-keep", "relay", [],
         "Return of a lamp with a dented shade: offers a partial refund of $15 if the buyer keeps it instead.",
         to=b, frm="Lumen Lane <care@lumenlane.com>", day=12, enc=B64,
         subject=f"Your lamp return - order {o}", text=f"""Hello,

We saw your return request for the table lamp in order {o}, which
arrived with a dented shade. If you'd rather keep the lamp, we can offer a
partial refund of $15 instead of the return. Just reply "keep" and we'll
issue it; otherwise the return goes ahead as normal.

Best,
Lumen Lane""")

    o, b = order("en-ok-reason", "en", "Bluetooth speaker, waterproof", tld="com.au")
    case("en-return-asks-fault-details", "relay", [],
         "Return follow-up asking what exactly is wrong (no sound or no charging), needed to route the return.",
         to=b, frm="Reef Audio <returns@reefaudio.com.au>", day=11,
         subject=f"Quick question about your return - order {o}", text=f"""Hi,

You've started a return for the speaker from order {o}, marked as
faulty. Could you tell us what happens: does it not switch on, not charge,
or not pair? Faulty units go back to the manufacturer and we have to say
which fault it is.

Thanks,
Reef Audio""")

    o, b = order("en-ok-reply-received", "en", "Air fryer 5.5 L, digital", tld="co.uk")
    case("en-reply-return-arrived", "relay", [],
         "A reply to the buyer's 'has my return arrived?': confirming receipt and the refund is permitted in "
         "an answer.",
         to=b, frm="Crisp Kitchen <support@crispkitchen.co.uk>", day=13,
         reply="Hi, I sent the air fryer back last Monday. Has it arrived yet?",
         subject=f"Re: Return of air fryer - order {o}", text=f"""Hello,

Yes, it arrived yesterday and everything was in order. Your refund will be
processed within the next two working days (order {o}).

Kind regards,
Crisp Kitchen""")

    o, b = order("en-ok-reply-deadline", "en", "Winter parka, size M", tld="in")
    case("en-reply-return-deadline", "relay", [],
         "A reply to the buyer's question about how long they have to return: the deadline in an answer is "
         "permitted.",
         to=b, frm="Himalaya Wear <care@himalayawear.in>", day=12, crlf=True,
         reply="Hello, how many days do I have to return the parka? I am travelling this week.",
         subject=f"Re: Return period for order {o}", text=f"""Dear Customer,

You can return the parka from order {o} until 2 July, so there is
enough time after your trip.

Regards,
Himalaya Wear""")

    o, b = order("en-ok-reply-oos", "en", "Acrylic paint set, 24 colours", tld="com", **OOS)
    case("en-reply-oos-refunded", "relay", [],
         "A reply to 'when will my paints ship?': out of stock, cancelled and refunded in full.",
         to=b, frm="Palette House <hello@palettehouse.com>", day=14,
         reply="Hi, my paint set still hasn't shipped. Any news?",
         subject=f"Re: Order {o} not shipped yet", text=f"""Hi,

Sorry for the silence. The 24-colour set turned out to be out of stock, so
we have cancelled order {o} and refunded the full $29.99 to you.

Palette House""")


# --------------------------------------------------------------------------------------------
# German (amazon.de)
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = order("de-cancel", "de", "Edelstahl-Thermobecher 450 ml", **OOS)
    case("de-ausverkauft-amazon-mitteilen", "reject", CANCEL,
         "Ausverkauft und 'teilen Sie Amazon bitte mit, dass Sie den Artikel nicht mehr benötigen': Käufer soll "
         "die Stornierung anstoßen.",
         to=b, frm="Bechermacher <service@bechermacher.de>", day=13, enc=L1,
         subject=f"Ihre Bestellung {o}", text=f"""Guten Tag,

leider ist der Thermobecher aus Ihrer Bestellung {o} restlos
ausverkauft, und der Hersteller liefert dieses Modell nicht mehr.

Teilen Sie Amazon bitte mit, dass Sie den Artikel nicht mehr benötigen, dann
wird der Vorgang geschlossen.

Mit freundlichen Grüßen
Bechermacher""")

    o, b = order("de-noadj", "de", "Kissenbezug Samt 40x40, petrol", **OOS)
    case("de-nicht-lieferbar-alternative", "quarantine", NOADJ,
         "Nicht lieferbar, stattdessen wird eine andere Farbe angeboten; keine Bestätigung einer Erstattung.",
         to=b, frm="Samtweich Textil <hallo@samtweich-textil.de>", day=13, fmt="alt", enc=B64,
         subject=f"Kissenbezug petrol – Bestellung {o}", text=f"""Hallo,

den Kissenbezug in Petrol aus Ihrer Bestellung {o} können wir leider
nicht liefern, die Farbe ist beim Hersteller ausgelaufen.

Gern schicken wir Ihnen denselben Bezug in Tannengrün. Antworten Sie einfach
auf diese Nachricht, wenn Ihnen das recht ist.

Viele Grüße
Samtweich Textil""")

    o, b = order("de-ret", "de", "Akku-Bohrschrauber 18 V, 2 Akkus")
    case("de-ruecksendung-eingegangen", "quarantine", RET,
         "'Ihre Rücksendung ist heute bei uns eingegangen, die Erstattung wird veranlasst': nur Statusmeldung.",
         to=b, frm="Werkzeug Hoffmann <retoure@werkzeug-hoffmann.de>", day=12, enc=L1,
         tolerated=("type.order-confirmation",),
         subject=f"Rücksendung zu Bestellung {o}", text=f"""Sehr geehrte Kundin, sehr geehrter Kunde,

Ihre Rücksendung des Bohrschraubers (Bestellung {o}) ist heute bei
uns eingegangen. Die Erstattung wird in den nächsten Tagen veranlasst.

Mit freundlichen Grüßen
Werkzeug Hoffmann""")

    o, b = order("de-ok-photos", "de", "Glas-Karaffe 1,5 l mit Deckel")
    case("de-ruecksendung-fotos", "relay", [],
         "Rückfrage zur Rücksendung: Fotos des Sprungs und der Verpackung, nötig für die Reklamation beim "
         "Versanddienst.",
         to=b, frm="Klarglas Manufaktur <retoure@klarglas-manufaktur.de>", day=11, fmt="html",
         subject=f"Ihre Rücksendung – Bestellung {o}", text=f"""Guten Tag,

es tut uns leid, dass die Karaffe aus Ihrer Bestellung {o} mit einem
Sprung angekommen ist. Damit wir die Rücksendung abschließen und den Schaden
beim Versanddienst melden können, schicken Sie uns bitte zwei, drei Fotos
vom Sprung und vom Karton.

Vielen Dank
Klarglas Manufaktur""")

    o, b = order("de-ok-oos", "de", "Gartenschlauch 25 m mit Brause", **OOS)
    case("de-storniert-erstattet", "relay", [],
         "Nicht auf Lager; 'wir haben die Bestellung storniert und den vollen Betrag erstattet' mit Grund.",
         to=b, frm="Gartenglück <bestellung@gartenglueck.de>", day=13, crlf=True, enc=L9,
         subject=f"Bestellung {o} storniert", text=f"""Hallo,

der Gartenschlauch aus Ihrer Bestellung {o} ist leider nicht mehr auf
Lager.

Wir haben die Bestellung deshalb storniert und Ihnen den vollen Betrag von
34,90 EUR erstattet (Grund: kein Lagerbestand). Sie müssen nichts weiter tun.

Freundliche Grüße
Gartenglück""")


# --------------------------------------------------------------------------------------------
# French (amazon.fr)
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("fr-cancel", "fr", "Théière en fonte 1,2 L, noire", **OOS)
    case("fr-rupture-demander-annulation", "reject", CANCEL,
         "Rupture de stock et 'merci de demander l'annulation depuis votre compte Amazon'.",
         to=b, frm="Maison du Thé Vert <boutique@maisonduthevert.fr>", day=13, enc=L1,
         subject=f"Votre commande {o}", text=f"""Bonjour,

Nous sommes désolés : la théière en fonte de votre commande {o} est en
rupture de stock et notre fournisseur ne peut pas nous réapprovisionner.

Merci de bien vouloir demander l'annulation depuis votre compte Amazon, afin
que la commande soit clôturée.

Bien cordialement,
Maison du Thé Vert""")

    o, b = order("fr-noadj", "fr", "Lampe de bureau articulée, laiton", **OOS)
    case("fr-expedition-impossible-on-s-en-occupe", "quarantine", NOADJ,
         "'Nous ne pourrons pas expédier votre lampe... nous faisons le nécessaire': aucun remboursement confirmé.",
         to=b, frm="Atelier Lumière <contact@atelier-lumiere.fr>", day=14, fmt="alt",
         subject=f"Commande {o} : expédition impossible", text=f"""Bonjour,

Nous ne pourrons malheureusement pas expédier la lampe de bureau de votre
commande {o} : le dernier exemplaire a été abîmé lors de l'emballage.

Toutes nos excuses. Nous faisons le nécessaire pour régler la situation au
plus vite.

L'équipe Atelier Lumière""")

    o, b = order("fr-ret", "fr", "Robot pâtissier 1000 W")
    case("fr-retour-rappel-delai", "quarantine", RET,
         "Rappel que le délai de retour expire le 30 juin: ni question ni remboursement partiel.",
         to=b, frm="Cuisine & Co <retours@cuisineetco.fr>", day=13, enc=B64,
         subject=f"Votre retour – commande {o}", text=f"""Bonjour,

Vous avez ouvert un retour pour le robot pâtissier de la commande {o}.
Nous vous rappelons que le délai de retour expire le 30 juin : pensez à
déposer votre colis avant cette date.

Cordialement,
Cuisine & Co""")

    o, b = order("fr-ok-partial", "fr", "Tabouret de bar en chêne")
    case("fr-retour-remboursement-partiel", "relay", [],
         "Retour d'un tabouret rayé: propose un remboursement partiel de 20 € pour le garder.",
         to=b, frm="Bois Massif Déco <sav@boismassif-deco.fr>", day=12, fmt="html",
         subject=f"Votre demande de retour – commande {o}", text=f"""Bonjour,

Nous avons bien vu votre demande de retour pour le tabouret de la commande
{o}, arrivé avec une rayure sur l'assise. Si vous préférez le garder,
nous pouvons vous proposer un remboursement partiel de 20 € à la place du
retour. Dites-nous simplement ce que vous choisissez.

Bien à vous,
Bois Massif Déco""")


# --------------------------------------------------------------------------------------------
# Spanish (amazon.es)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("es-cancel", "es", "Sartén antiadherente 28 cm", **OOS)
    case("es-agotado-solicite-cancelacion", "reject", CANCEL,
         "Agotado y 'le rogamos que solicite la cancelación desde Mis pedidos'.",
         to=b, frm="Cocina Plus <pedidos@cocinaplus.es>", day=13, enc=L1,
         subject=f"Su pedido {o}", text=f"""Hola:

Lamentamos informarle de que la sartén de su pedido {o} está agotada y
no volveremos a recibirla.

Le rogamos que solicite la cancelación desde Mis pedidos en Amazon para que
podamos cerrar el pedido.

Un saludo,
Cocina Plus""")

    o, b = order("es-ret", "es", "Mochila de senderismo 30 L")
    case("es-devolucion-gracias", "quarantine", RET,
         "Solo agradece la devolución y dice que se ha recibido: sin pregunta ni reembolso parcial.",
         to=b, frm="Monte Alto Outdoor <atencion@montealto.es>", day=12, fmt="alt",
         tolerated=("type.thank-you-only", "type.order-confirmation"),
         subject=f"Gracias por su devolución – pedido {o}", text=f"""Hola:

Muchas gracias por devolvernos la mochila del pedido {o}. Ya la hemos
recibido en nuestro almacén.

Atentamente,
Monte Alto Outdoor""")

    o, b = order("es-ok-partial", "es", "Juego de toallas (3) + albornoz", **OOS)
    case("es-agotado-parcial-reembolsado", "relay", [],
         "Agotado parcial: 'le hemos reembolsado 14,90 € por el albornoz, que está agotado'.",
         to=b, frm="Textil Mediterráneo <pedidos@textilmediterraneo.es>", day=13, enc=B64,
         subject=f"Parte de su pedido {o} no está disponible", text=f"""Hola:

El albornoz de su pedido {o} se ha agotado y no podemos enviarlo.

Le hemos reembolsado 14,90 € por el albornoz, con el motivo "sin existencias".
El resto del pedido no se ve afectado.

Disculpe las molestias.
Textil Mediterráneo""")

    o, b = order("es-ok-serial", "es", "Cafetera superautomática CX-500")
    case("es-devolucion-numero-serie", "relay", [],
         "Devolución: pide el número de serie de la placa trasera, necesario para tramitarla.",
         to=b, frm="Café en Casa <devoluciones@cafeencasa.es>", day=11, crlf=True,
         subject=f"Su devolución – pedido {o}", text=f"""Hola:

Para tramitar la devolución de la cafetera del pedido {o} necesitamos
el número de serie que aparece en la placa trasera. ¿Podría indicárnoslo
respondiendo a este mensaje?

Gracias,
Café en Casa""")


# --------------------------------------------------------------------------------------------
# Italian (amazon.it)
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("it-cancel", "it", "Moka in acciaio 6 tazze", **OOS)
    case("it-esaurito-annulli-lei", "reject", CANCEL,
         "Esaurito e 'La preghiamo di annullare l'ordine dalla sezione I miei ordini'.",
         to=b, frm="Caffè Bottega <ordini@caffebottega.it>", day=13, enc=L1,
         subject=f"Il Suo ordine {o}", text=f"""Gentile cliente,

purtroppo la moka da 6 tazze del Suo ordine {o} è esaurita e non
sarà più disponibile.

La preghiamo di annullare l'ordine dalla sezione I miei ordini di Amazon.

Cordiali saluti,
Caffè Bottega""")

    o, b = order("it-noadj", "it", "Set coltelli da cucina 5 pezzi", **OOS)
    case("it-impossibile-spedire-scuse", "quarantine", NOADJ,
         "'Non riusciamo a spedire il Suo ordine, ci scusiamo': nessuna conferma di rimborso o rettifica.",
         to=b, frm="Lame d'Autore <servizio@lamedautore.it>", day=14, fmt="html",
         subject=f"Ordine {o}", text=f"""Gentile cliente,

ci dispiace, ma non riusciamo a spedire il set di coltelli del Suo ordine
{o}: il lotto è stato bloccato al controllo qualità.

Ci scusiamo sinceramente per il disagio.

Lame d'Autore""")

    o, b = order("it-ret", "it", "Aspirapolvere senza filo 25 V")
    case("it-reso-ricevuto-rimborso", "quarantine", RET,
         "'Abbiamo ricevuto il reso, il rimborso verrà elaborato a breve': solo stato del reso.",
         to=b, frm="CasaPulita <resi@casapulita.it>", day=12, enc=B64,
         tolerated=("type.order-confirmation",),
         subject=f"Reso ordine {o}", text=f"""Gentile cliente,

abbiamo ricevuto il reso dell'aspirapolvere relativo all'ordine {o}.
Il rimborso verrà elaborato a breve.

Cordiali saluti,
CasaPulita""")

    o, b = order("it-ok-reply", "it", "Zaino porta PC 15 pollici")
    case("it-risposta-reso", "relay", [],
         "Risposta alla domanda del cliente sul reso ('l'avete ricevuto?'): confermare la ricezione in una "
         "risposta è permesso.",
         to=b, frm="Borse Milano <assistenza@borsemilano.it>", day=13,
         reply="Buongiorno, avete ricevuto lo zaino che ho rispedito?",
         subject=f"R: Reso zaino – ordine {o}", text=f"""Buongiorno,

sì, lo zaino dell'ordine {o} ci è arrivato ieri ed è tutto in ordine.
Il rimborso partirà entro due giorni lavorativi.

Cordiali saluti,
Borse Milano""")


# --------------------------------------------------------------------------------------------
# Japanese (amazon.co.jp)
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("ja-cancel", "ja", "南部鉄器 急須 0.6L", **OOS)
    case("ja-zaiko-gire-jibun-de-cancel", "reject", CANCEL,
         "在庫切れで「お客様ご自身でキャンセル手続きをお願いいたします」：購入者にキャンセルを依頼。",
         to=b, frm="鉄器工房 もりおか <shop@tekki-morioka.jp>", day=13, enc=JIS,
         subject=f"ご注文 {o} について", text=f"""お客様

ご注文番号 {o} の急須につきまして、誠に申し訳ございませんが
在庫切れとなり、発送できなくなりました。

お手数ですが、アカウントの注文履歴からお客様ご自身でキャンセル手続きを
お願いいたします。

鉄器工房 もりおか""")

    o, b = order("ja-noadj", "ja", "土鍋 8号 黒", **OOS)
    case("ja-ketsuhin-owabi-daitai", "quarantine", NOADJ,
         "欠品のお詫びと代替品のご提案のみで、返金・注文金額の調整の確認がない。",
         to=b, frm="うつわ屋 花 <info@utsuwaya-hana.jp>", day=13, enc=SJIS,
         subject=f"ご注文商品の欠品について（{o}）", text=f"""お客様

ご注文番号 {o} の土鍋（黒）が欠品となり、ご用意できなくなりました。
大変申し訳ございません。

同じ土鍋の白でしたらすぐに発送できますので、よろしければご返信ください。

うつわ屋 花""")

    o, b = order("ja-ret", "ja", "電動歯ブラシ ホワイト")
    case("ja-henpin-touchaku", "quarantine", RET,
         "返品商品の到着のお知らせのみで、確認事項も一部返金の提案もない。",
         to=b, frm="デンタルショップ ミント <support@dental-mint.jp>", day=12, fmt="alt",
         tolerated=("type.order-confirmation",),
         subject=f"返品商品到着のお知らせ（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の電動歯ブラシの返品商品が、本日当店に到着いたしました。
ご返送いただきありがとうございました。

デンタルショップ ミント""")

    o, b = order("ja-ok-photos", "ja", "ガラス花瓶 30cm")
    case("ja-henpin-shashin", "relay", [],
         "返品手続きのため、破損箇所と外箱の写真を依頼：返品に必要な情報の確認。",
         to=b, frm="ガラス工房 しずく <info@glass-shizuku.jp>", day=11, enc=JIS,
         subject=f"返品について（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の花瓶が破損して届いたとのこと、大変申し訳ございません。
返品のお手続きと配送業者への申請のため、破損箇所と外箱の写真を
このメッセージへのご返信でお送りいただけますでしょうか。

ガラス工房 しずく""")


# --------------------------------------------------------------------------------------------
# Dutch, Polish, Portuguese, Swedish
# --------------------------------------------------------------------------------------------

def cases_nl() -> None:
    o, b = order("nl-cancel", "nl", "Fietstas dubbel, 30 liter", **OOS)
    case("nl-uitverkocht-zelf-annuleren", "reject", CANCEL,
         "Uitverkocht en 'wilt u de bestelling zelf annuleren via Mijn bestellingen?'.",
         to=b, frm="Fietsmaat <service@fietsmaat.nl>", day=13, enc=L1,
         subject=f"Uw bestelling {o}", text=f"""Beste klant,

Helaas is de dubbele fietstas uit uw bestelling {o} uitverkocht en
krijgen wij deze niet meer binnen.

Wilt u de bestelling zelf annuleren via Mijn bestellingen? Dan wordt alles
netjes afgesloten.

Met vriendelijke groet,
Fietsmaat""")


def cases_pl() -> None:
    o, b = order("pl-ret", "pl", "Czajnik elektryczny 1,7 l")
    case("pl-zwrot-otrzymany", "quarantine", RET,
         "'Otrzymaliśmy Pana/Pani zwrot, zwrot pieniędzy zostanie przetworzony': tylko status zwrotu.",
         to=b, frm="AGD Dom <zwroty@agddom.pl>", day=12, enc=L2,
         tolerated=("type.order-confirmation",),
         subject=f"Zwrot zamówienia {o}", text=f"""Dzień dobry,

otrzymaliśmy zwrot czajnika z zamówienia {o}. Zwrot pieniędzy
zostanie przetworzony w ciągu kilku dni roboczych.

Pozdrawiamy serdecznie,
AGD Dom""")


def cases_pt() -> None:
    o, b = order("pt-ok-which", "pt", "Kit de panelas inox, 5 peças")
    case("pt-devolucao-qual-peca", "relay", [],
         "Devolução: pergunta qual das panelas veio amassada, informação necessária para concluir a devolução.",
         to=b, frm="Casa Inox <atendimento@casainox.com.br>", day=11, enc=B64,
         subject=f"Sua devolução – pedido {o}", text=f"""Olá,

Recebemos sua solicitação de devolução do kit de panelas do pedido {o}.
Para concluir a devolução, poderia nos dizer qual das cinco peças chegou
amassada? Assim separamos a peça certa.

Atenciosamente,
Casa Inox""")


def cases_sv() -> None:
    o, b = order("sv-noadj", "sv", "Ullfilt 130x170, grå", **OOS)
    case("sv-slut-i-lager-ursakt", "quarantine", NOADJ,
         "Slut i lager och bara en ursäkt: ingen bekräftelse på att beloppet har justerats eller återbetalats.",
         to=b, frm="Nordisk Ull <kundtjanst@nordiskull.se>", day=13, enc=L9,
         subject=f"Din beställning {o}", text=f"""Hej,

Tyvärr är den grå ullfilten i din beställning {o} slut i lager, och vi
kan inte skicka den till dig.

Vi ber om ursäkt för besväret.

Vänliga hälsningar,
Nordisk Ull""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja, cases_nl,
                                    cases_pl, cases_pt, cases_sv))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="seventieth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
