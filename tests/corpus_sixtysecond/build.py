#!/usr/bin/env python3
"""Build the sixty-second labelled corpus: orders.csv, cases/*.eml and labels.json.

    .venv/bin/python tests/corpus_sixtysecond/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. Angle: `type.order-confirmation` (order, dispatch, shipment,
out-for-delivery, delivered and tracking-number notices) and its boundary: delivery follow-ups with a real purpose
(delay, missing part, customs fee, bulky-item appointment, address to confirm, parcel held at a pick-up point),
neutral review requests that start from the delivery, replies to "where is my parcel?", invoices, and returns.
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
    set_boundaries,
    shaped_case,
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(62_2026_0615)
_PREFIX = {"co.uk": "20", "com": "11", "ca": "70", "com.au": "25", "de": "30", "fr": "40", "es": "40", "it": "40",
           "co.jp": "50", "nl": "40", "pl": "40", "se": "40", "com.br": "70"}
_TLD = {"en": "co.uk", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp", "nl": "nl", "pl": "pl",
        "sv": "se", "pt": "com.br"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-05T09:00:00Z", shipped="2026-06-06T15:00:00Z",
                 delivered="2026-06-09T11:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
# just dispatched, not delivered yet
SHIP = {"purchased": "2026-06-12T18:20:00Z", "shipped": "2026-06-14T14:00:00Z", "delivered": ""}
# delivered this morning
TODAY = {"purchased": "2026-06-10T07:45:00Z", "shipped": "2026-06-11T16:00:00Z", "delivered": "2026-06-15T08:10:00Z"}
# just bought, not dispatched
NEW = {"purchased": "2026-06-14T20:05:00Z", "shipped": "", "delivered": ""}
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
SJIS = {"charset": "shift_jis", "cte": "base64"}
B64 = {"cte": "base64"}
L1 = {"charset": "windows-1252", "cte": "quoted-printable"}
L15 = {"charset": "iso-8859-15", "cte": "quoted-printable"}
LAT1 = {"charset": "iso-8859-1", "cte": "quoted-printable"}
L2 = {"charset": "iso-8859-2", "cte": "quoted-printable"}

OC = "type.order-confirmation"
TY = "type.thank-you-only"
TARGET = ["language.mismatch", OC, TY, "type.marketing", "review.incentive", "review.removal-request",
          "review.conditional", "review.repeat", "order-problem.cancellation-request", "order-problem.no-adjustment",
          "return.unnecessary", "content.sensitive", "content.phone-number", "content.email-address", "link.opt-out",
          "link.external"]
OTHER = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "style.emoji",
         "style.line-breaks", "link.insecure", "style.link-text", "style.font-override", "style.alignment",
         "style.font-sizes", "style.image-alt", "image.tracking-pixel", "image.logo-link", "attachment.not-allowed"]

case = partial(shaped_case, CASE_LIST, TARGET, OTHER, thread="0100019c.a62", tag="t62", time="09:12:40")


def case_html(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str,
              html: str, text: str | None = None, day: int = 14, enc: dict | None = None,
              tolerated: tuple[str, ...] = (), crlf: bool = False, lang: str = "", time: str = "16:03:11") -> None:
    """A shop-system message with hand-written HTML (optionally with a plain-text alternative)."""
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*TARGET, *OTHER) if r not in rules and r not in tol]
    kw = dict(enc or {})
    msg = mk(frm, to, subject, mail_date(day, time, "+0200"), f"<shop.{slug}@{dom}>", text=text, html=html, **kw)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, crlf=crlf, lang=lang)


def pdf(title: str, lines: list[str]) -> tuple:
    return (make_pdf(title, lines, producer="sixtysecond-build"), "application", "pdf")


def table(rows: list[tuple[str, ...]], head: tuple[str, ...]) -> str:
    th = "".join(f"<th>{h}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table border="1" cellpadding="6" cellspacing="0">\n<tr>{th}</tr>\n{body}\n</table>'


# --------------------------------------------------------------------------------------------
# English (amazon.co.uk, .com, .ca, .com.au)
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    o, b = order("en-ofd", "en", "Cast iron griddle pan 28 cm", **SHIP)
    case("en-out-for-delivery-royal-mail", "quarantine", [OC],
         "'Your parcel is out for delivery today' with the Royal Mail tracking number and nothing else to do: a "
         "delivery status notice Amazon already sends.",
         to=b, frm="Hearth & Iron <orders@hearthandiron.co.uk>", day=15, time="07:31:02",
         subject=f"On its way to you today - order {o}", text=f"""Hi there,

Your griddle pan (order {o}) is out for delivery with Royal Mail
today and should reach you before 6pm.

Tracking number: QF284756193GB

Kind regards,
The Hearth & Iron team""")

    o, b = order("en-deliv", "en", "Bamboo bath mat, 50 x 80 cm", tld="com", **TODAY)
    case("en-delivered-this-morning", "quarantine", [OC],
         "'Our carrier confirms your order was delivered this morning and left at the front door': a delivery "
         "confirmation with no other purpose.",
         to=b, frm="Greenstep Home <care@greenstephome.com>", day=15, tolerated=(TY,), enc=B64,
         subject=f"Delivered: your order {o}", text=f"""Hello,

Just a quick note to let you know that our carrier has confirmed delivery of
your bamboo bath mat (order {o}) this morning at 10:08. The driver
left the package at your front door.

We hope it looks great in your bathroom.

Best,
Greenstep Home""")

    o, b = order("en-shopify", "en", "Linen apron, sage green", tld="com", **SHIP)
    html = page(f"""<p>Hi,</p>
<p>Good news: your order is on the way. Order {o} was handed to Amazon Shipping
yesterday afternoon.</p>
{table([("Linen apron, sage green", "1", "$34.00"), ("Shipping", "", "$0.00"), ("Total", "", "$34.00")],
       ("Item", "Qty", "Price"))}
<p>Tracking number: TBA318807254000<br>
<a href="https://www.amazon.com/progress-tracker/package/?orderId={o}">Track your package on Amazon</a></p>
<p>Linen &amp; Thread</p>""")
    case_html("en-shopify-shipped-table", "quarantine", [OC],
              "Shop-system 'your order is on the way' mail with an order table, tracking number and a tracking "
              "link to Amazon: a shipping confirmation.",
              to=b, frm="Linen & Thread <store@linenandthread.com>", day=14, lang="en",
              subject=f"A shipment from order {o} is on the way", html=html, crlf=True)

    o, b = order("en-prep", "en", "Hardwood chopping board, walnut", tld="ca", **NEW)
    case("en-received-preparing", "quarantine", [OC],
         "'We have received your order and our workshop is preparing it; you'll hear from us again once it ships': an "
         "order confirmation.",
         to=b, frm="Maple Grain Co. <hello@maplegrain.ca>", day=15, time="08:02:55", tolerated=(TY,),
         subject=f"We've got your order {o}", text=f"""Hi,

Thanks for shopping with Maple Grain Co. We have received your order
{o} and our workshop team is already preparing your walnut chopping
board. You'll get another message from us as soon as it ships.

Cheers,
Maple Grain Co.""")

    o, b = order("en-ocpdf", "en", "Wool throw blanket, charcoal", **NEW)
    case("en-order-confirmation-pdf", "quarantine", [OC],
         "'Please find attached your order confirmation; your items will be dispatched within two working days': "
         "an order confirmation sent as a PDF, not an invoice.",
         to=b, frm="Fell & Fleece <sales@fellandfleece.co.uk>", day=15, time="06:45:10",
         enc={"attach": [(*pdf("Order confirmation", ["Order confirmation", f"Order {o}",
                                                       "1 x Wool throw blanket, charcoal   GBP 59.00",
                                                       "Estimated dispatch: 16-17 June 2026"]),
                          "order-confirmation.pdf")]},
         subject=f"Order confirmation {o}", text=f"""Dear customer,

Please find attached your order confirmation for Amazon order
{o}. Your items will be dispatched within two working days.

Regards,
Fell & Fleece""")

    o, b = order("en-shipstation", "en", "Ceramic pour-over coffee set", tld="com.au", **SHIP)
    html = page(f"""<p>G'day,</p>
<p>Your order {o} has shipped.</p>
{table([("Ceramic pour-over coffee set", "1"), ("Paper filters (100)", "1")], ("Product", "Quantity"))}
<p>Carrier: Australia Post<br>Tracking: 33XYZ5551020931<br>Shipped: 14 June 2026</p>
<p>Brew Theory</p>""")
    case_html("en-shipstation-shipped", "quarantine", [OC],
              "ShipStation-style 'your order has shipped' HTML with carrier, tracking number and item list: a "
              "shipping confirmation.",
              to=b, frm="Brew Theory <dispatch@brewtheory.com.au>", day=14, lang="en", enc=B64,
              subject=f"Your Brew Theory order {o} has shipped", html=html,
              text=f"G'day,\n\nYour order {o} has shipped.\n\nCeramic pour-over coffee set x1\n"
                   "Paper filters (100) x1\n\nCarrier: Australia Post\nTracking: 33XYZ5551020931\n"
                   "Shipped: 14 June 2026\n\nBrew Theory\n")

    # -- near-misses
    o, b = order("en-delay", "en", "Garden bench, acacia, 120 cm", **SHIP)
    case("en-hub-delay", "relay", [],
         "The parcel is delayed three days at the carrier's hub: a fulfilment problem the buyer needs to know, "
         "even though it names the tracking number.",
         to=b, frm="Outdoor Oak Ltd <support@outdooroak.co.uk>", day=15,
         subject=f"Delay with your garden bench - order {o}", text=f"""Hello,

I'm sorry to say that your garden bench (order {o}) is stuck at
the carrier's Warrington hub after a vehicle breakdown. They now expect to
deliver it on Thursday 18 June instead of today.

Nothing is needed from you; the tracking number stays the same
(DX 7730 1184 52). If Thursday is impossible for you, just reply and we
will ask the carrier to hold it at the depot.

Apologies for the wait,
Daniel, Outdoor Oak""")

    o, b = order("en-part", "en", "Floating wall shelf set of 3, white")
    case("en-missing-brackets", "relay", [],
         "'Your order was delivered on Tuesday, but the brackets were left out; we are sending them separately': "
         "resolving a missing part, the delivery is only context.",
         to=b, frm="Shelfcraft <team@shelfcraft.co.uk>", enc=L1,
         subject=f"Missing brackets for your shelves - order {o}", text=f"""Hello,

Your shelves from order {o} were delivered on Tuesday, but while
checking our packing records we found that the metal wall brackets were not
put into the box. Without them the shelves can't be mounted.

We are sending the brackets in a small separate envelope today; they should
arrive within two working days. There is no need to return anything.

Sorry about that,
Priya at Shelfcraft""")

    o, b = order("en-customs", "en", "Handmade leather satchel, tan", **SHIP)
    case("en-customs-fee-due", "relay", [],
         "The parcel is held by UK customs and the buyer must pay an import charge to the carrier before it is "
         "delivered: required for the buyer to receive the purchase.",
         to=b, frm="Cuoio Bottega <ordini@cuoiobottega.it>", day=15,
         subject=f"Import charge for your satchel - order {o}", text=f"""Dear customer,

Your satchel (order {o}) has arrived in the UK, but it is being
held by customs until the import VAT of GBP 23.80 is paid. Parcelforce will
send you a card or text with a payment reference; once it is paid, they
will deliver the next working day.

We are sorry this charge was not shown clearly on the listing. Please keep
the receipt and send us a copy: we will refund the amount to you.

Best regards,
Cuoio Bottega""")

    o, b = order("en-where", "en", "Kids' waterproof rain jacket, size 7-8", **SHIP)
    case("en-reply-where-is-parcel", "relay", [],
         "Reply to the buyer's 'where is my parcel?' with the tracking number: order-confirmation applies to "
         "proactive messages only.",
         to=b, frm="Puddle Kids <help@puddlekids.co.uk>", day=15, reply="""Hi, I ordered the rain jacket last week
and haven't had anything yet. Has it been sent? We go on holiday Friday.""",
         subject=f"Re: Where is my order {o}?", text="""Hi,

Yes, it has been sent: your jacket left us yesterday with Evri and is due
tomorrow, well before Friday. The tracking number is H01HYA0012345678 and
you can follow it in Your Orders on Amazon.

Have a lovely holiday,
Jess, Puddle Kids""")

    o, b = order("en-review", "en", "Stainless steel lunch box, 3 compartments", tld="com")
    case("en-review-after-delivery", "relay", [],
         "'Your order was delivered a few days ago' opening a neutral, unconditional review request: permitted.",
         to=b, frm="Tiffin Works <notes@tiffinworks.com>", enc=B64,
         subject=f"How is your lunch box? (order {o})", text=f"""Hello,

Your lunch box from order {o} was delivered a few days ago, so
you have probably packed a meal or two in it by now. A small tip: the
silicone seal comes out for washing, which keeps it fresh.

If you have a minute, we would appreciate an honest review of the product
on Amazon. Every opinion helps other shoppers decide.

Thank you,
Tiffin Works""")

    o, b = order("en-invreq", "en", "Ergonomic office chair, mesh back")
    case("en-invoice-on-request", "relay", [],
         "Reply to a business buyer's request for a VAT invoice, with the invoice attached: sending an invoice is "
         "permitted.",
         to=b, frm="SitWell Office <accounts@sitwelloffice.co.uk>", reply="Could you send a VAT invoice please? "
         "Our company name is Harbour Design Ltd.",
         enc={"attach": [(*pdf("VAT invoice", ["VAT invoice INV-2026-4471", "Harbour Design Ltd",
                                                f"Amazon order {o}", "1 x Ergonomic office chair  GBP 189.00",
                                                "VAT 20%: GBP 31.50"]), "INV-2026-4471.pdf")]},
         subject=f"Re: VAT invoice for order {o}", text=f"""Hello,

Please find attached VAT invoice INV-2026-4471 for order {o},
made out to Harbour Design Ltd as requested.

Kind regards,
Accounts, SitWell Office""")

    o, b = order("en-addr", "en", "Solid oak bedside table", tld="com", **NEW)
    case("en-address-to-confirm", "relay", [],
         "Before dispatch, the carrier rejects the address as missing an apartment number and the seller asks the "
         "buyer to confirm it: information required to complete the order.",
         to=b, frm="Oakline Furniture <orders@oaklinefurniture.com>", day=15,
         subject=f"Please confirm your delivery address - order {o}", text=f"""Hello,

We are getting your bedside table (order {o}) ready, but the
carrier's system has flagged the delivery address as incomplete: the
building has several apartments and no unit number is given.

Could you reply with your apartment or unit number? We will hold the
shipment until we hear from you, so it doesn't come back to us.

Thanks,
Oakline Furniture""")

    o, b = order("en-retpart", "en", "Noise-cancelling headphones, black")
    case("en-return-partial-refund", "relay", [],
         "The returned headphones arrived with a cracked headband; the seller offers a partial refund: a permitted "
         "return message.",
         to=b, frm="Audio Attic <returns@audioattic.co.uk>", day=14,
         subject=f"Your returned headphones - order {o}", text=f"""Hello,

The headphones you sent back from order {o} reached us
yesterday. Unfortunately the left side of the headband is cracked, which
was not mentioned in the return reason and means we can't resell them.

We can offer a partial refund of GBP 92.00 of the GBP 129.00 paid. If you
think the crack happened in transit, please reply with a photo of the outer
box and we will claim from the carrier and refund you in full.

Regards,
Audio Attic""")


# --------------------------------------------------------------------------------------------
# German (amazon.de)
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = order("de-zugestellt", "de", "Kaffeemühle elektrisch, Kegelmahlwerk", **TODAY)
    case("de-heute-zugestellt", "quarantine", [OC],
         "'Laut Hermes wurde Ihre Sendung heute zugestellt': eine Zustellbestätigung ohne weiteren Zweck.",
         to=b, frm="Bohnenglück <service@bohnenglueck.de>", day=15, enc=L15, tolerated=(TY,),
         subject=f"Ihre Sendung wurde zugestellt (Bestellung {o})", text=f"""Guten Tag,

laut Hermes wurde Ihre Sendung mit der Kaffeemühle (Bestellung {o})
heute um 10:14 Uhr zugestellt und an Ihren Nachbarn übergeben.

Viel Freude mit Ihrer neuen Mühle!

Ihr Bohnenglück-Team""")

    o, b = order("de-jtl", "de", "Edelstahl-Topfset 5-teilig, induktionsgeeignet", **SHIP)
    html = page(f"""<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p>
<p>Ihre Bestellung {o} wurde heute vollständig versandt.</p>
{table([("TS-500", "Edelstahl-Topfset 5-teilig", "1", "129,90 EUR"), ("", "Versand", "", "0,00 EUR")],
       ("Art.-Nr.", "Artikel", "Menge", "Preis"))}
<p>Versanddienstleister: Amazon Shipping<br>Sendungsnummer: DE4478213960<br>
<a href="https://track.amazon.de/tracking/DE4478213960">Sendung bei Amazon verfolgen</a></p>
<p>Mit freundlichen Grüßen<br>Ihr Kochhaus Weber</p>""", "de")
    case_html("de-jtl-versandbestaetigung", "quarantine", [OC],
              "JTL-Wawi-Versandmail 'Ihre Bestellung wurde versandt' mit Artikeltabelle, Sendungsnummer und "
              "Verfolgungslink zu Amazon: eine Versandbestätigung.",
              to=b, frm="Kochhaus Weber <versand@kochhaus-weber.de>", lang="de", enc=L1,
              subject=f"Versandbestätigung zu Ihrer Bestellung {o}", html=html)

    o, b = order("de-eingang", "de", "Yogamatte 6 mm, naturkautschuk", **NEW)
    case("de-bestellung-eingegangen", "quarantine", [OC],
         "'Ihre Bestellung ist bei uns eingegangen und wird gerade für den Versand vorbereitet': eine "
         "Bestellbestätigung.",
         to=b, frm="Asana Natur <info@asana-natur.de>", day=15, fmt="alt", lang="de", tolerated=(TY,),
         subject=f"Bestellung {o} eingegangen", text=f"""Hallo,

vielen Dank für Ihren Einkauf! Ihre Bestellung {o} ist bei uns
eingegangen und wird gerade für den Versand vorbereitet. Sobald das Paket
unser Lager verlässt, hören Sie wieder von uns.

Namasté
Ihr Team von Asana Natur""")

    o, b = order("de-zustellung", "de", "Bluetooth-Lautsprecher outdoor, wasserdicht", **SHIP)
    case("de-in-zustellung", "quarantine", [OC],
         "'Ihr Paket ist heute in der Zustellung' mit DPD-Paketnummer und Zeitfenster: eine Statusmeldung, die "
         "Amazon selbst verschickt.",
         to=b, frm="Klangwerk Audio <shop@klangwerk-audio.de>", day=15, time="07:02:19", crlf=True,
         subject=f"Heute bei Ihnen: Bestellung {o}", text=f"""Hallo,

Ihr Paket mit dem Outdoor-Lautsprecher (Bestellung {o}) befindet
sich heute in der Zustellung. DPD kündigt ein Zeitfenster von 11:30 bis
12:30 Uhr an.

Paketnummer: 0150 6638 2241 07

Beste Grüße
Klangwerk Audio""")

    # -- near-misses
    o, b = order("de-spedition", "de", "Ecksofa Leder, cognac, 280 x 200 cm", **NEW)
    case("de-speditionstermin-sofa", "relay", [],
         "Sperrige Ware: die Spedition braucht einen Liefertermin, der Käufer soll einen Wunschtag nennen: erlaubt "
         "(Terminvereinbarung für schwere Artikel).",
         to=b, frm="Wohnwelt Krüger <auftrag@wohnwelt-krueger.de>", enc=L1, day=15,
         subject=f"Liefertermin für Ihr Ecksofa (Bestellung {o})", text=f"""Guten Tag,

Ihr Ecksofa aus der Bestellung {o} wird wegen Größe und Gewicht
(rund 140 kg) von einer Spedition bis in die Wohnung geliefert. Die
Spedition fährt Ihre Region dienstags und freitags an.

Bitte teilen Sie uns mit, welcher der folgenden Tage Ihnen passt:
Dienstag, 23. Juni, oder Freitag, 26. Juni. Geben Sie bitte auch an, in
welchem Stockwerk Sie wohnen und ob es einen Aufzug gibt.

Freundliche Grüße
Wohnwelt Krüger""")

    o, b = order("de-rechnung", "de", "Akkuschrauber 18 V mit 2 Akkus")
    case("de-rechnung-anbei", "relay", [],
         "Proaktiv versandte Rechnung als PDF zur Bestellung: eine Rechnung zu senden ist erlaubt.",
         to=b, frm="Werkzeug Huber <buchhaltung@werkzeug-huber.de>",
         enc={"cte": "base64", "attach": [(*pdf("Rechnung", ["Rechnung RE-260611-093", f"Amazon-Bestellung {o}",
                                                              "1 x Akkuschrauber 18 V   99,00 EUR",
                                                              "enthaltene MwSt. 19%: 15,81 EUR"]),
                                           "Rechnung_RE-260611-093.pdf")]},
         subject=f"Rechnung zu Ihrer Bestellung {o}", text=f"""Guten Tag,

anbei erhalten Sie die Rechnung RE-260611-093 zu Ihrer Bestellung
{o} als PDF.

Mit freundlichen Grüßen
Buchhaltung, Werkzeug Huber""")

    o, b = order("de-wo", "de", "Kinderfahrradhelm, Größe S", **SHIP)
    case("de-antwort-wo-ist-paket", "relay", [],
         "Antwort auf 'Wo bleibt mein Paket?' mit Sendungsnummer: als Antwort erlaubt.",
         to=b, frm="Radlkids <kontakt@radlkids.de>", enc=L15, day=15,
         reply="Hallo, ist der Helm schon verschickt? Meine Tochter hat am Samstag Geburtstag.",
         subject=f"AW: Bestellung {o} - schon verschickt?", text="""Hallo,

ja, der Helm ist gestern Nachmittag mit GLS rausgegangen und sollte
morgen bei Ihnen sein, also rechtzeitig vor Samstag. Die Paketnummer
lautet 6840 1923 5571.

Alles Gute an Ihre Tochter!
Radlkids""")

    o, b = order("de-retoure", "de", "Wanderschuhe Damen, Gr. 39")
    case("de-retoure-eingegangen-erstattet", "quarantine", ["return.unnecessary"],
         "Proaktiv 'Ihre Rücksendung ist eingegangen, wir haben den vollen Betrag erstattet': fragt nichts und bietet "
         "keine Teilerstattung an (die Erstattungsmitteilung schickt Amazon).",
         to=b, frm="Bergpfad Outdoor <retouren@bergpfad-outdoor.de>", enc=L1, day=14, tolerated=(OC,),
         subject=f"Ihre Rücksendung zu Bestellung {o}", text=f"""Guten Tag,

Ihre Rücksendung der Wanderschuhe (Bestellung {o}) ist heute bei
uns eingegangen. Wir haben Ihnen den vollen Kaufpreis von 119,95 EUR
erstattet; die Gutschrift erscheint in den nächsten Tagen auf Ihrem Konto.

Freundliche Grüße
Bergpfad Outdoor""")

    o, b = order("de-retreply", "de", "Daunenjacke Herren, Gr. L")
    case("de-antwort-retoure-erstattet", "relay", [],
         "Antwort auf 'Ist meine Rücksendung angekommen?': eingegangen und erstattet; als Antwort auf den Käufer "
         "erlaubt.",
         to=b, frm="Nordwind Mode <service@nordwind-mode.de>", enc=L15, day=13,
         reply="Guten Tag, ich habe die Jacke vor einer Woche zurückgeschickt. Ist sie angekommen?",
         subject=f"AW: Rücksendung Bestellung {o}", text="""Guten Tag,

ja, die Jacke ist am Donnerstag bei uns angekommen. Wir haben die
Erstattung über 149,00 EUR gestern veranlasst; je nach Bank dauert die
Gutschrift drei bis fünf Werktage.

Viele Grüße
Nordwind Mode""")


# --------------------------------------------------------------------------------------------
# French (amazon.fr)
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("fr-expedie", "fr", "Théière en fonte 1,2 L, noire", **SHIP)
    case("fr-colis-en-route-colissimo", "quarantine", [OC],
         "« Votre colis est en route » avec le numéro de suivi Colissimo, sans autre objet : une confirmation "
         "d'expédition.",
         to=b, frm="Maison du Thé Roux <commandes@maisontheroux.fr>", enc=L15,
         subject=f"Votre commande {o} est en route", text=f"""Bonjour,

Bonne nouvelle : votre théière en fonte (commande {o}) a quitté
notre entrepôt ce matin et est en route vers chez vous.

Numéro de suivi Colissimo : 6A21478830145
Livraison estimée : mardi 16 ou mercredi 17 juin

Belle journée,
La Maison du Thé Roux""")

    o, b = order("fr-livre", "fr", "Lampe de chevet en laiton", **TODAY)
    case("fr-livree-ce-jour", "quarantine", [OC],
         "« Nous vous confirmons que votre commande a été livrée ce jour » : un avis de livraison.",
         to=b, frm="Atelier Lumière <contact@atelier-lumiere.fr>", day=15, fmt="html", lang="fr", enc=B64,
         tolerated=(TY,),
         subject=f"Commande {o} livrée", text=f"""Bonjour,

Nous vous confirmons que votre commande {o} a été livrée ce jour
en point relais Mondial Relay.

Merci pour votre confiance et à bientôt,
Atelier Lumière""")

    o, b = order("fr-confirm", "fr", "Coffret couteaux de cuisine, 6 pièces", **NEW)
    html = page(f"""<p>Bonjour,</p>
<p>Nous avons bien reçu votre commande {o} et nous vous en remercions.</p>
{table([("Coffret couteaux de cuisine, 6 pièces", "1", "79,00 €"), ("Livraison", "", "offerte")],
       ("Article", "Qté", "Montant"))}
<p>Délai de préparation : 24 à 48 heures. Vous serez prévenu dès l'expédition.</p>
<p>Coutellerie Thiers Bastide</p>""", "fr")
    case_html("fr-confirmation-commande-tableau", "quarantine", [OC],
              "Mail de boutique « Nous avons bien reçu votre commande » avec tableau des articles et délai de "
              "préparation : une confirmation de commande.",
              to=b, frm="Coutellerie Bastide <boutique@coutellerie-bastide.fr>", day=15, lang="fr", enc=L15,
              tolerated=(TY,), subject=f"Confirmation de votre commande {o}", html=html,
              text=f"Bonjour,\n\nNous avons bien reçu votre commande {o} et nous vous en remercions.\n\n"
                   "- Coffret couteaux de cuisine, 6 pièces x1 : 79,00 €\n- Livraison : offerte\n\n"
                   "Délai de préparation : 24 à 48 heures. Vous serez prévenu dès l'expédition.\n\n"
                   "Coutellerie Thiers Bastide\n")

    o, b = order("fr-encours", "fr", "Tapis de course pliable", **SHIP)
    case("fr-en-cours-de-livraison", "quarantine", [OC],
         "« Votre colis est en cours de livraison aujourd'hui » avec numéro de suivi : un suivi que Amazon envoie "
         "déjà.",
         to=b, frm="FitMaison <service@fitmaison.fr>", day=15, time="07:48:30", crlf=True,
         subject=f"Livraison aujourd'hui - commande {o}", text=f"""Bonjour,

Votre tapis de course (commande {o}) est en cours de livraison
aujourd'hui avec DPD Predict, entre 9h15 et 10h15.

Numéro de colis : 15503319920468

Sportivement,
L'équipe FitMaison""")

    # -- near-misses
    o, b = order("fr-retard", "fr", "Machine à pâtes manuelle, inox", **SHIP)
    case("fr-retard-greve", "relay", [],
         "Le colis est bloqué au centre de tri à cause d'une grève, livraison repoussée : un problème "
         "d'exécution de la commande.",
         to=b, frm="Pasta Casa <sav@pastacasa.fr>", enc=L15, day=15,
         subject=f"Retard de livraison - commande {o}", text=f"""Bonjour,

Nous tenons à vous prévenir que votre machine à pâtes (commande
{o}) est bloquée au centre de tri de Lyon en raison d'un
mouvement de grève. Le transporteur annonce un retard d'environ quatre
jours ouvrés.

Si ce délai ne vous convient pas, répondez-nous simplement : nous
pourrons annuler l'envoi et vous rembourser intégralement.

Toutes nos excuses,
Pasta Casa""")

    o, b = order("fr-ou", "fr", "Sac à dos en toile cirée", **SHIP)
    case("fr-reponse-ou-est-mon-colis", "relay", [],
         "Réponse à « où en est mon colis ? » avec le numéro de suivi : permis en réponse.",
         to=b, frm="Toile & Cuir <bonjour@toile-et-cuir.fr>", day=15, fmt="alt", lang="fr",
         reply="Bonjour, ma commande a-t-elle été expédiée ? Je n'ai reçu aucun numéro de suivi.",
         subject=f"RE: Suivi commande {o}", text="""Bonjour,

Oui, votre sac est parti hier avec La Poste. Voici le numéro de suivi :
8R02154678942. Il devrait arriver demain ou après-demain.

Bonne journée,
Camille, Toile & Cuir""")

    o, b = order("fr-avis", "fr", "Plaid en laine mérinos, gris perle")
    case("fr-avis-apres-livraison", "relay", [],
         "« Votre commande vous a été livrée il y a quelques jours » puis une demande d'avis honnête, sans "
         "condition : permis.",
         to=b, frm="Laines de Provence <contact@laines-provence.fr>", enc=LAT1,
         subject=f"Votre plaid (commande {o})", text=f"""Bonjour,

Votre plaid en mérinos (commande {o}) vous a été livré il y a
quelques jours. Pour le garder doux, lavez-le à froid, à la main, et
séchez-le à plat.

Si vous avez un moment, votre avis sur le produit, quel qu'il soit,
aidera d'autres clients à choisir.

Bien cordialement,
Laines de Provence""")

    o, b = order("fr-piece", "fr", "Table de jardin extensible, aluminium")
    case("fr-vis-manquantes", "relay", [],
         "Livrée mais il manque le sachet de visserie, renvoyé séparément : règlement d'un problème de commande.",
         to=b, frm="Jardin Solaire <sav@jardin-solaire.fr>", enc=L15, day=13,
         subject=f"Visserie manquante - commande {o}", text=f"""Bonjour,

Votre table de jardin (commande {o}) vous a bien été livrée,
mais notre entrepôt nous signale que le sachet de visserie n'a pas été
glissé dans le carton de ce lot.

Nous vous l'envoyons aujourd'hui par lettre suivie, vous le recevrez d'ici
deux jours. Vous n'avez rien à nous renvoyer.

Avec nos excuses,
Jardin Solaire""")


# --------------------------------------------------------------------------------------------
# Spanish (amazon.es)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("es-enviado", "es", "Sartén antiadherente 28 cm", **SHIP)
    case("es-pedido-en-camino-seur", "quarantine", [OC],
         "'Tu pedido ya está en camino' con el número de seguimiento de SEUR y nada más: una confirmación de envío.",
         to=b, frm="Cocina Viva <pedidos@cocinaviva.es>", enc=L15,
         subject=f"Tu pedido {o} ya está en camino", text=f"""¡Hola!

Tu pedido {o} ya está en camino. Lo hemos entregado hoy a SEUR
y llegará en 24-48 horas.

Número de seguimiento: 2910358744021

Un saludo,
Cocina Viva""")

    o, b = order("es-entregado", "es", "Cafetera italiana 6 tazas", **TODAY)
    case("es-pedido-entregado", "quarantine", [OC],
         "'Le confirmamos que su pedido ha sido entregado hoy': una confirmación de entrega.",
         to=b, frm="Café del Puerto <tienda@cafedelpuerto.es>", day=15, enc=B64, fmt="alt", lang="es",
         tolerated=(TY,),
         subject=f"Pedido {o} entregado", text=f"""Estimado cliente:

Le confirmamos que su pedido {o} ha sido entregado hoy a las
9:52 en la dirección indicada.

Gracias por confiar en nosotros.

Café del Puerto""")

    o, b = order("es-prep", "es", "Juego de sábanas de algodón 150", **NEW)
    case("es-recibido-preparando", "quarantine", [OC],
         "'Hemos recibido tu pedido y ya lo estamos preparando': una confirmación de pedido.",
         to=b, frm="Textil Mediterráneo <hola@textilmediterraneo.es>", day=15, enc=L1, tolerated=(TY,),
         subject=f"Hemos recibido tu pedido {o}", text=f"""Hola:

¡Gracias por tu compra! Hemos recibido tu pedido {o} y nuestro
equipo ya lo está preparando con mucho cariño. Te avisaremos en cuanto
salga de nuestro almacén.

Textil Mediterráneo""")

    o, b = order("es-reparto", "es", "Aspiradora sin cable 25,2 V", **SHIP)
    html = page(f"""<p>Hola,</p>
<p>Tu paquete está hoy en reparto. El pedido {o} llegará a lo largo del día con Amazon Logistics.</p>
<p>Número de seguimiento: ES1183470925<br>
<a href="https://www.amazon.es/gp/your-account/order-details?orderID={o}">Ver el estado del pedido en Amazon</a></p>
<p>Limpio Hogar</p>""", "es")
    case_html("es-en-reparto-hoy", "quarantine", [OC],
              "'Tu paquete está hoy en reparto' con número de seguimiento y enlace al pedido en Amazon: un aviso de "
              "estado de envío.",
              to=b, frm="Limpio Hogar <envios@limpiohogar.es>", day=15, lang="es", time="07:20:00",
              subject=f"Tu pedido {o} llega hoy", html=html)

    # -- near-misses
    o, b = order("es-dir", "es", "Estantería metálica 5 baldas", **SHIP)
    case("es-direccion-incompleta", "relay", [],
         "La agencia no encuentra el número del portal y el vendedor pide confirmar la dirección: información "
         "necesaria para completar el pedido.",
         to=b, frm="Almacenaje Pro <atencion@almacenajepro.es>", enc=L15, day=15,
         subject=f"Dirección de entrega - pedido {o}", text=f"""Hola:

La agencia de transporte nos comunica que no ha podido entregar la
estantería del pedido {o}: en la dirección falta el número del
portal y el repartidor no ha encontrado el edificio.

¿Podría responder a este mensaje con la dirección completa (calle, número,
piso y puerta)? En cuanto la tengamos, la agencia hará un segundo intento.

Atentamente,
Almacenaje Pro""")

    o, b = order("es-cita", "es", "Armario ropero 3 puertas, roble", **NEW)
    case("es-cita-entrega-voluminoso", "relay", [],
         "Armario de 90 kg: la agencia necesita concertar día y franja de entrega con el comprador: programar la "
         "entrega de un artículo voluminoso es un motivo permitido.",
         to=b, frm="Muebles Sierra <pedidos@mueblessierra.es>", day=15, fmt="alt", lang="es",
         subject=f"Concertar la entrega de su armario - pedido {o}", text=f"""Buenos días:

Su armario (pedido {o}) viaja en tres bultos con un peso total de
unos 90 kg, por lo que la agencia de transporte necesita concertar la
entrega con usted.

Por favor, indíquenos qué día de la semana del 22 de junio le viene mejor
y si prefiere mañana o tarde. Si vive en un piso sin ascensor, díganos la
planta para que envíen a dos repartidores.

Un saludo,
Muebles Sierra""")

    o, b = order("es-fact", "es", "Monitor 27 pulgadas QHD")
    case("es-factura-solicitada", "relay", [],
         "Respuesta a la petición de factura, con la factura en PDF: enviar una factura está permitido.",
         to=b, frm="Pantallas Norte <facturacion@pantallasnorte.es>", enc={"cte": "base64", "attach": [
             (*pdf("Factura", ["Factura F-2026-1184", f"Pedido Amazon {o}", "1 x Monitor 27 pulgadas  239,00 EUR",
                               "IVA 21%: 41,48 EUR"]), "factura-F-2026-1184.pdf")]},
         reply="Buenas, necesito la factura con mi NIF para la empresa.",
         subject=f"RE: Factura pedido {o}", text=f"""Buenas tardes:

Le adjuntamos la factura F-2026-1184 del pedido {o} con los datos
fiscales que nos indicó.

Un saludo,
Facturación, Pantallas Norte""")


# --------------------------------------------------------------------------------------------
# Italian (amazon.it)
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("it-spedito", "it", "Moka elettrica 3 tazze", **SHIP)
    case("it-ordine-spedito-brt", "quarantine", [OC],
         "'Il tuo ordine è stato spedito' con il codice di tracciamento BRT: una conferma di spedizione.",
         to=b, frm="Caffè & Co. <ordini@caffeeco.it>", enc=L15,
         subject=f"Ordine {o} spedito", text=f"""Ciao,

il tuo ordine {o} è stato spedito oggi con corriere BRT.

Codice di tracciamento: 084512379602
Consegna prevista: 16 giugno

A presto,
Caffè & Co.""")

    o, b = order("it-consegnato", "it", "Set di asciugamani in lino, 4 pezzi", **TODAY)
    case("it-pacco-consegnato", "quarantine", [OC],
         "'Il pacco risulta consegnato questa mattina': un avviso di consegna senza altro scopo.",
         to=b, frm="Lino Toscano <servizio@linotoscano.it>", day=15, enc=B64, fmt="html", lang="it", tolerated=(TY,),
         subject=f"Consegna effettuata - ordine {o}", text=f"""Gentile cliente,

il pacco con il suo ordine {o} risulta consegnato questa mattina
alle 9:40, firmato dal portiere.

Grazie per aver scelto Lino Toscano.""")

    o, b = order("it-ricevuto", "it", "Zaino da trekking 40 litri", **NEW)
    case("it-ordine-ricevuto-lavorazione", "quarantine", [OC],
         "'Abbiamo ricevuto il suo ordine, che è ora in lavorazione': una conferma d'ordine.",
         to=b, frm="Vetta Sport <negozio@vettasport.it>", day=15, enc=L1, tolerated=(TY,),
         subject=f"Conferma ordine {o}", text=f"""Gentile cliente,

la ringraziamo per l'acquisto. Abbiamo ricevuto il suo ordine
{o}, che è ora in lavorazione nel nostro magazzino. Riceverà
un'altra comunicazione al momento della spedizione.

Cordiali saluti,
Vetta Sport""")

    o, b = order("it-confpdf", "it", "Poltrona relax in velluto, verde", **NEW)
    case("it-conferma-ordine-allegata", "quarantine", [OC],
         "'In allegato la conferma d'ordine' (non una fattura), con i tempi di spedizione: una conferma d'ordine.",
         to=b, frm="Salotti Brianza <ordini@salottibrianza.it>", day=15,
         enc={"charset": "iso-8859-15", "cte": "quoted-printable", "attach": [
             (*pdf("Conferma d'ordine", ["Conferma d'ordine", f"Ordine Amazon {o}",
                                         "1 x Poltrona relax in velluto verde   349,00 EUR",
                                         "Spedizione prevista: entro 10 giorni lavorativi"]),
              "conferma-ordine.pdf")]},
         subject=f"Conferma d'ordine {o}", text=f"""Gentile cliente,

in allegato trova la conferma d'ordine relativa all'ordine
{o}. La poltrona sarà spedita entro dieci giorni lavorativi.

Cordiali saluti,
Salotti Brianza""")

    # -- near-misses
    o, b = order("it-viti", "it", "Libreria a scala in bambù")
    case("it-viti-mancanti", "relay", [],
         "Consegnata ma senza il sacchetto delle viti, spedito a parte oggi: risolve un problema dell'ordine.",
         to=b, frm="Bambù Casa <assistenza@bambucasa.it>", enc=L15, day=13,
         subject=f"Viti mancanti - ordine {o}", text=f"""Buongiorno,

la libreria dell'ordine {o} le è stata consegnata martedì, ma
controllando il magazzino ci siamo accorti che il sacchetto con le viti di
montaggio non era nella scatola.

Glielo spediamo oggi stesso in una busta a parte: arriverà entro due
giorni lavorativi. Non deve restituire nulla.

Ci scusi per il disagio,
Bambù Casa""")

    o, b = order("it-giacenza", "it", "Robot da cucina multifunzione", **SHIP)
    case("it-pacco-in-giacenza", "relay", [],
         "Il corriere non ha trovato nessuno e il pacco è in giacenza: va ritirato entro cinque giorni, altrimenti "
         "torna al mittente; il contatto serve perché il cliente riceva l'acquisto.",
         to=b, frm="Cucina Smart <supporto@cucinasmart.it>", day=15, fmt="alt", lang="it",
         subject=f"Pacco in giacenza - ordine {o}", text=f"""Buongiorno,

il corriere ha tentato ieri la consegna del suo robot da cucina (ordine
{o}) ma non ha trovato nessuno. Il pacco è ora in giacenza presso
il punto di ritiro BRT di via Novara 12 e va ritirato entro cinque giorni,
altrimenti tornerà a noi.

Se preferisce una nuova consegna a domicilio, ci risponda indicando un
giorno in cui è presente e lo organizzeremo noi.

Cordiali saluti,
Cucina Smart""")

    o, b = order("it-rimb", "it", "Scarpe da running uomo, 43")
    case("it-risposta-reso-rimborsato", "relay", [],
         "Risposta a 'avete ricevuto il mio reso?': sì, rimborso emesso; come risposta è permesso.",
         to=b, frm="Passo Veloce <resi@passoveloce.it>", day=14, enc=L1,
         reply="Buongiorno, ho rispedito le scarpe la settimana scorsa, le avete ricevute?",
         subject=f"R: Reso ordine {o}", text="""Buongiorno,

sì, le scarpe sono arrivate ieri in magazzino e abbiamo già emesso il
rimborso di 89,90 EUR sul metodo di pagamento originale.

Cordiali saluti,
Passo Veloce""")


# --------------------------------------------------------------------------------------------
# Japanese (amazon.co.jp)
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("ja-hassou", "ja", "南部鉄器 急須 0.6L", **SHIP)
    case("ja-hassou-shirase", "quarantine", [OC],
         "「ご注文の商品を本日発送いたしました」とヤマト運輸の伝票番号のみ：発送のお知らせ。",
         to=b, frm="鉄器の店 みちのく <info@michinoku-tekki.jp>", enc=JIS,
         subject=f"商品発送のお知らせ（注文番号 {o}）", text=f"""お客様

このたびはご注文いただき、誠にありがとうございます。
ご注文番号 {o} の商品を、本日ヤマト運輸にて発送いたしました。

お問い合わせ伝票番号：4829-1736-5501
お届け予定日：6月16日（火）

商品の到着まで今しばらくお待ちくださいませ。

鉄器の店 みちのく""")

    o, b = order("ja-kanryo", "ja", "ワイヤレスイヤホン ノイズキャンセリング", **TODAY)
    case("ja-haitatsu-kanryo", "quarantine", [OC],
         "「お荷物の配達が完了しました」という配達完了のお知らせ：Amazonが送る通知と同じ。",
         to=b, frm="オトノハ <support@otonoha-audio.jp>", day=15, enc=SJIS, tolerated=(TY,),
         subject=f"配達完了のお知らせ（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のお荷物は、本日午前10時05分に
配達が完了いたしました（宅配ボックスへのお届け）。

今後ともオトノハをよろしくお願いいたします。

オトノハ""")

    o, b = order("ja-uketsuke", "ja", "有田焼 マグカップ ペアセット", **NEW)
    html = page(f"""<p>お客様</p>
<p>この度はご注文いただきありがとうございます。以下の内容でご注文を承りました。</p>
{table([("有田焼 マグカップ ペアセット", "1", "4,800円"), ("送料", "", "0円")], ("商品名", "数量", "金額"))}
<p>ご注文番号：{o}<br>発送予定：2〜3営業日以内</p>
<p>器のお店 ありたや</p>""", "ja")
    case_html("ja-chuumon-uketsuke", "quarantine", [OC],
              "「以下の内容でご注文を承りました」と明細表、発送予定：注文確認メール。",
              to=b, frm="器のお店 ありたや <shop@aritaya-utsuwa.jp>", day=15, lang="ja", tolerated=(TY,),
              subject=f"ご注文確認（注文番号 {o}）", html=html, enc=B64)

    o, b = order("ja-yotei", "ja", "電気ケトル 1.0L ステンレス", **SHIP)
    case("ja-honjitsu-otodoke", "quarantine", [OC],
         "「本日お届け予定です」と佐川急便の問い合わせ番号：配送状況のお知らせ。",
         to=b, frm="キッチン雑貨 ことり <order@kotori-kitchen.jp>", day=15, enc=JIS, time="07:15:44",
         subject=f"本日お届け予定のお知らせ（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の商品は、本日中にお届け予定です。
配送業者：佐川急便
お問い合わせ番号：3601-8875-2214

キッチン雑貨 ことり""")

    # -- near-misses
    o, b = order("ja-reply", "ja", "子供用 折りたたみ傘", **SHIP)
    case("ja-reply-haisou-joukyou", "relay", [],
         "「まだ届かないのですが」への返信で伝票番号を案内：購入者への返信なので許可。",
         to=b, frm="あめふり雑貨店 <info@amefuri-zakka.jp>", day=15, enc=JIS,
         reply="注文した傘がまだ届きません。発送されていますか？",
         subject=f"Re: 商品の配送状況について（注文番号 {o}）", text=f"""お客様

お問い合わせありがとうございます。ご注文番号 {o} の
商品は昨日日本郵便にて発送しております。追跡番号は 1122-3344-5560 で、
明日のお届け予定です。

あめふり雑貨店""")

    o, b = order("ja-oogata", "ja", "組立式 ワードローブ 幅120cm", **NEW)
    case("ja-oogata-haitatsu-bichi", "relay", [],
         "大型家具のため配送業者が配達日時の調整を必要とし、購入者に希望日時を尋ねる：重量物の配達日程の調整。",
         to=b, frm="家具のひろば <order@kagu-hiroba.jp>", day=15, enc=SJIS,
         subject=f"配達日時のご相談（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のワードローブは、梱包サイズが大きく重量も
約60kgあるため、家財便での配送となります。家財便ではお届けの前に
配達日時を決めていただく必要がございます。

6月20日以降でご都合のよい日と、午前・午後のご希望を本メッセージへの
ご返信でお知らせください。エレベーターの有無もあわせてお知らせ
いただけますと助かります。

家具のひろば""")

    o, b = order("ja-review", "ja", "ひのき まな板 大")
    case("ja-review-otodoke-go", "relay", [],
         "「先日お届けしたまな板」の手入れ方法と、条件のない率直なレビューのお願い：許可されたメッセージ。",
         to=b, frm="木工房 まるた <mail@maruta-mokkou.jp>", enc=JIS,
         subject=f"まな板のお手入れについて（注文番号 {o}）", text=f"""お客様

先日お届けしたご注文番号 {o} のひのきのまな板は、
お使いになる前に一度水で濡らしていただくと、においや色が移りにくく
なります。使用後はよく乾かしてください。

お使いになってのご感想を、Amazonの商品レビューにお寄せいただけますと
幸いです。率直なご意見をお待ちしております。

木工房 まるた""")

    o, b = order("ja-chien", "ja", "電動自転車用 チャイルドシート", **SHIP)
    case("ja-haisou-chien", "relay", [],
         "大雨による配送の遅れのお知らせ：注文の履行上の問題なので許可。",
         to=b, frm="サイクルパーツ はやて <support@hayate-cycle.jp>", day=15, enc=B64,
         subject=f"配送遅延のお詫び（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の商品につきまして、九州地方の大雨の影響で
配送業者の集荷が止まっており、お届けが2〜3日遅れる見込みです。

ご予定に間に合わない場合は、このメッセージにご返信ください。ご注文の
取り消しと全額返金の手続きをいたします。

サイクルパーツ はやて""")


# --------------------------------------------------------------------------------------------
# Dutch, Polish, Swedish, Portuguese (amazon.nl, .pl, .se, .com.br)
# --------------------------------------------------------------------------------------------

def cases_xx() -> None:
    o, b = order("nl-verzonden", "nl", "Houten speelgoedkeuken", **SHIP)
    case("nl-bestelling-verzonden-postnl", "quarantine", [OC],
         "'Je bestelling is verzonden' met de PostNL track & trace-code: een verzendbevestiging.",
         to=b, frm="Speelhout <winkel@speelhout.nl>", enc=L15, lang="nl",
         subject=f"Je bestelling {o} is verzonden", text=f"""Hoi,

Goed nieuws: je bestelling {o} is vandaag verzonden met PostNL.
Je track & trace-code is 3SPLHT4418270. Naar verwachting wordt het pakket
morgen bezorgd.

Groetjes,
Speelhout""")

    o, b = order("nl-vertraging", "nl", "Elektrische fietspomp", **SHIP)
    case("nl-vertraging-depot", "relay", [],
         "Het pakket ligt door een storing twee dagen langer in het depot: een leveringsprobleem, geen "
         "verzendbevestiging.",
         to=b, frm="Fietsfix <service@fietsfix.nl>", day=15, lang="nl", enc=B64,
         subject=f"Vertraging bij je bestelling {o}", text=f"""Hallo,

Helaas is er vertraging bij je bestelling {o}: door een storing
in het sorteercentrum van de vervoerder ligt je pakket nog in het depot.
De bezorging schuift daardoor ongeveer twee dagen op.

Wil je liever niet wachten? Laat het ons weten, dan annuleren we de
zending en betalen we het volledige bedrag terug.

Met vriendelijke groet,
Fietsfix""")

    o, b = order("pl-wyslane", "pl", "Czajnik elektryczny szklany 1,7 l", **SHIP)
    case("pl-zamowienie-wyslane-inpost", "quarantine", [OC],
         "'Twoje zamówienie zostało wysłane' z numerem przesyłki InPost: potwierdzenie wysyłki.",
         to=b, frm="DomAGD <sklep@domagd.pl>", enc=L2, lang="pl",
         subject=f"Zamówienie {o} zostało wysłane", text=f"""Dzień dobry,

Twoje zamówienie {o} zostało dziś wysłane kurierem InPost.
Numer przesyłki: 620118834770291746522813

Pozdrawiamy,
DomAGD""")

    o, b = order("pl-gdzie", "pl", "Plecak szkolny, granatowy", **SHIP)
    case("pl-odpowiedz-gdzie-paczka", "relay", [],
         "Odpowiedź na pytanie kupującego 'gdzie jest moja paczka?' z numerem przesyłki: dozwolona jako odpowiedź.",
         to=b, frm="Szkolniak <kontakt@szkolniak.pl>", day=15, enc=L2, lang="pl",
         reply="Dzień dobry, czy plecak został już wysłany? Nie dostałam żadnej informacji.",
         subject=f"Re: Zamówienie {o}", text="""Dzień dobry,

tak, plecak wysłaliśmy wczoraj kurierem DPD. Numer przesyłki to
13250066109774, paczka powinna dotrzeć jutro.

Pozdrawiamy,
Szkolniak""")

    o, b = order("sv-levererad", "sv", "Ullfilt, 130 x 170 cm", **TODAY)
    case("sv-bestallning-levererad", "quarantine", [OC],
         "'Din beställning har levererats till ditt utlämningsställe' utan annat ärende: ett leveransbesked.",
         to=b, frm="Nordisk Ull <kundtjanst@nordiskull.se>", day=15, enc=LAT1, lang="sv", tolerated=(TY,),
         subject=f"Din beställning {o} har levererats", text=f"""Hej!

Din beställning {o} har i dag levererats till ditt
utlämningsställe hos PostNord och kan hämtas från klockan 12.

Tack för att du handlar hos oss!
Nordisk Ull""")

    o, b = order("pt-enviado", "pt", "Panela de pressão 6 litros", **SHIP)
    case("pt-pedido-enviado-correios", "quarantine", [OC],
         "'Seu pedido foi enviado' com o código de rastreio dos Correios: uma confirmação de envio.",
         to=b, frm="Cozinha Brasil <pedidos@cozinhabrasil.com.br>", enc=B64, lang="pt",
         subject=f"Seu pedido {o} foi enviado", text=f"""Olá,

Seu pedido {o} foi enviado hoje pelos Correios.
Código de rastreio: QB718204553BR
Prazo estimado de entrega: 3 a 5 dias úteis.

Abraços,
Cozinha Brasil""")

    o, b = order("pt-alfandega", "pt", "Fone de ouvido sem fio", **SHIP)
    case("pt-taxa-importacao", "relay", [],
         "A encomenda está retida na fiscalização aduaneira e o comprador precisa pagar o imposto de importação "
         "para recebê-la: contato necessário para receber a compra.",
         to=b, frm="SomMax Importados <atendimento@sommax.com.br>", day=15, enc=L15, lang="pt",
         subject=f"Imposto de importação - pedido {o}", text=f"""Olá,

Sua encomenda do pedido {o} chegou ao Brasil, mas ficou retida
na fiscalização aduaneira até o pagamento do imposto de importação de
R$ 38,40.

O pagamento é feito no portal Minhas Importações dos Correios, com o
código da encomenda. Depois de pago, a entrega segue em até cinco dias
úteis. Se o valor não foi informado no anúncio, guarde o comprovante:
faremos o reembolso.

Atenciosamente,
SomMax Importados""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja, cases_xx))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="sixtysecond"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
