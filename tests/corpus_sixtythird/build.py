#!/usr/bin/env python3
"""Build the sixty-third labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_sixtythird/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md (with its Clarifications), not from the rule code or data. The angle: the order-context
rules of RULES.md section B (order-id.missing / unknown / buyer-mismatch, window.expired, language.mismatch) and
where an order ID sits in a message (subject only, an HTML table cell, split by a tag, after a label, inside a
quoted buyer message, next to near-ID numbers), in en, de, fr, es, it, ja, nl and pl.
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
    lang_counts,
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

_rnd = random.Random(63_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "de": "30", "fr": "40", "es": "40", "it": "40", "co.jp": "25",
           "nl": "40", "pl": "40", "com.be": "40", "com.mx": "70"}
_TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp", "nl": "nl", "pl": "pl"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T09:00:00Z", shipped="2026-06-02T14:00:00Z",
                 delivered="2026-06-05T11:00:00Z")
ORDERS = BOOK.rows
UNKNOWN: set[str] = set()

JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
SJIS = {"charset": "shift_jis", "cte": "base64"}
EUCJP = {"charset": "euc-jp", "cte": "base64"}
B64 = {"cte": "base64"}
W1252 = {"charset": "windows-1252", "cte": "quoted-printable"}
L1 = {"charset": "iso-8859-1", "cte": "quoted-printable"}
L2 = {"charset": "iso-8859-2", "cte": "quoted-printable"}
L15 = {"charset": "iso-8859-15", "cte": "quoted-printable"}

B_RULES = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired",
           "language.mismatch"]
NEIGHBOURS = ["type.order-confirmation", "type.thank-you-only", "type.marketing", "content.phone-number",
              "content.email-address", "link.external", "link.insecure", "style.emoji", "style.line-breaks",
              "review.incentive", "return.unnecessary"]


def order(key: str, lang: str, title: str, *, tld: str = "", buyer_language: str | None = None,
          buyer_email: str | None = None, **dates: str) -> tuple[str, str]:
    """One orders.csv row; buyer_language / buyer_email override the stored values ("" = unknown)."""
    oid, addr = BOOK.add(key, lang, title, tld=tld, **dates)
    if buyer_language is not None:
        ORDERS[key]["buyer_language"] = buyer_language
    if buyer_email is not None:
        ORDERS[key]["buyer_email"] = buyer_email
    return oid, addr


def unknown(oid: str) -> str:
    UNKNOWN.add(oid)
    return oid


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str,
         text: str | None = None, html: str | None = None, enc: dict | None = None, day: int = 12,
         time: str = "10:14:00", reply: str | None = None, refs_only: bool = False, attach=(),
         tolerated: tuple[str, ...] = (), crlf: bool = False, lang: str = "") -> None:
    """`reply`: the message answers a buyer (In-Reply-To + References, or References alone with refs_only)."""
    hdrs: list[tuple[str, str]] = []
    if reply is not None:
        hdrs = reply_headers(f"0100019c.s63.{slug[:20]}")
        if refs_only:
            hdrs = [h for h in hdrs if h[0] == "References"]
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*B_RULES, *NEIGHBOURS) if r not in rules and r not in tol]
    kw = dict(enc or {})
    if text is not None:
        kw["text"] = text.strip("\n") + "\n"
    if html is not None:
        kw["html"] = html
    msg = mk(frm, to, subject, mail_date(day, time, "+0200"), f"<s63.{slug}@{dom}>", headers=hdrs,
             attach=attach, **kw)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, crlf=crlf, lang=lang)


def invoice_pdf(oid: str, number: str, lines: list[str]) -> tuple[bytes, str, str, str]:
    data = make_pdf("Invoice " + number, [f"Invoice {number}", f"Order {oid}", *lines], producer="s63-invoicer")
    return (data, "application", "pdf", f"{number}.pdf")


# --------------------------------------------------------------------------------------------
# English (amazon.com, amazon.co.uk)
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    frm = "Harbor Leatherworks <orders@harborleatherworks.com>"

    o, b = order("en-subject", "en", "Personalised Leather Keyring, Dark Brown", purchased="2026-06-10T16:20:00Z",
                 shipped="", delivered="")
    case("en-id-in-subject-only", "relay", [],
         "Proactive engraving question: the order ID is only in the Subject, which RULES.md counts (subject or body).",
         to=b, frm=frm, day=11, lang="en",
         subject=f"Engraving text for order {o}", text="""Hi,

thanks for choosing the personalised keyring. The order form left the engraving
field empty, so before we cut the leather we need to know what you would like on
it: up to 12 characters, capitals or lower case.

If you would rather have it plain, just say so and we will send it without
engraving.

Best regards,
Tom at Harbor Leatherworks""")

    o1, b = order("en-two-old", "en", "Leather Watch Strap 20mm, Tan", purchased="2026-04-20T10:00:00Z",
                  shipped="2026-04-21T09:00:00Z", delivered="2026-04-24T15:00:00Z")
    o2, _ = order("en-two-new", "en", "Leather Watch Strap 22mm, Black")
    ORDERS["en-two-new"]["buyer_email"] = b
    case("en-two-orders-same-buyer", "relay", [],
         "Two order IDs of the same buyer, one delivered 52 days ago and one 10 days ago: the window runs from the "
         "latest completion, so it is open.",
         to=b, frm=frm, day=13, lang="en",
         subject=f"Invoices for your orders {o1} and {o2}", text=f"""Hello,

you asked at checkout for VAT invoices for both of your strap orders. They are
attached: one for order {o1} (the tan 20mm strap) and one for
order {o2} (the black 22mm strap).

The company name on both is the one you entered; if it needs correcting, reply
with the right name and we will reissue them.

Kind regards,
Harbor Leatherworks""",
         attach=(invoice_pdf(o1, "HL-2026-0412", ["Leather Watch Strap 20mm, Tan", "Total USD 34.00"]),
                 invoice_pdf(o2, "HL-2026-0588", ["Leather Watch Strap 22mm, Black", "Total USD 36.00"])))

    o1, b = order("en-both-old-a", "en", "Canvas Tote Bag, Natural", purchased="2026-04-02T10:00:00Z",
                  shipped="2026-04-03T10:00:00Z", delivered="2026-04-07T10:00:00Z")
    o2, _ = order("en-both-old-b", "en", "Canvas Tote Bag, Olive", purchased="2026-04-25T10:00:00Z",
                  shipped="2026-04-27T10:00:00Z", delivered="2026-05-01T10:00:00Z")
    ORDERS["en-both-old-b"]["buyer_email"] = b
    case("en-two-orders-both-old", "reject", ["window.expired"],
         "Two orders of the same buyer, the later one delivered 45 days ago: even the latest completion is past "
         "30 days.",
         to=b, frm=frm, day=14, lang="en",
         subject=f"Your tote bags (orders {o1} / {o2})", text=f"""Hello,

we are updating our records and noticed that the shoulder straps on the first
batch of totes were stitched with a thread that can fray. Your bags from orders
{o1} and {o2} may be affected.

Could you let us know whether the stitching at the top of the straps is still
intact? If it has started to come loose we will arrange a replacement strap.

Thank you,
Harbor Leatherworks""")

    o, b = order("en-30d", "en", "Stainless Steel French Press 1L", purchased="2026-05-10T08:00:00Z",
                 shipped="2026-05-11T08:00:00Z", delivered="2026-05-16T12:00:00Z")
    case("en-window-exactly-30-days", "relay", [],
         "Delivered 2026-05-16T12:00Z, exactly 30 x 24 h before now: 'exactly 30 days passes'.",
         to=b, frm="Kettle & Crema <care@kettleandcrema.com>", day=15, time="14:00:00", lang="en",
         subject=f"How is the French press working out? Order {o}", text=f"""Hello,

your French press from order {o} has been with you for a while now.
If you have a minute, we would appreciate an honest review on Amazon; it helps
other coffee drinkers choose the right size.

One tip while we are here: a coarse grind and four minutes of steeping keep the
mesh filter from clogging.

Kettle & Crema""")

    o, b = order("en-30d1h", "en", "Stainless Steel Milk Frothing Jug 600ml", purchased="2026-05-10T08:00:00Z",
                 shipped="2026-05-11T08:00:00Z", delivered="2026-05-16T11:00:00Z", tld="co.uk")
    case("en-window-30-days-plus-1h", "reject", ["window.expired"],
         "Delivered 2026-05-16T11:00Z: 30 days and one hour before now, so the window has closed.",
         to=b, frm="Kettle & Crema UK <care@kettleandcrema.co.uk>", day=15, time="14:00:00", lang="en",
         subject=f"Your milk jug - order {o}", text=f"""Hello,

we hope the frothing jug from order {o} is making good
flat whites. If you have a moment, a short honest review on Amazon would help
us a great deal.

Kettle & Crema""")

    o, b = order("en-shipped-old", "en", "Cast Iron Dutch Oven 5.5 Qt, Blue", purchased="2026-05-08T10:00:00Z",
                 shipped="2026-05-12T16:00:00Z", delivered="")
    case("en-shipped-never-delivered-old", "reject", ["window.expired"],
         "Shipped 2026-05-12 and never marked delivered: completion = shipped, 34 days ago.",
         to=b, frm="Ironside Cookware <help@ironsidecookware.com>", day=15, lang="en",
         subject=f"Did your Dutch oven arrive? (order {o})", text=f"""Hello,

the carrier never recorded a delivery for your Dutch oven, order {o}.
Could you tell us whether it reached you? If it did not, we will open an
investigation with the carrier and send a replacement.

Regards,
Ironside Cookware""")

    o, b = order("en-shipped-new", "en", "Cast Iron Skillet 12 inch", purchased="2026-05-18T10:00:00Z",
                 shipped="2026-05-20T16:00:00Z", delivered="")
    case("en-shipped-never-delivered-recent", "relay", [],
         "Shipped 26 days ago and never delivered: completion = shipped, inside the window.",
         to=b, frm="Ironside Cookware <help@ironsidecookware.com>", day=15, lang="en",
         subject=f"Your skillet, order {o}: address check", text=f"""Hello,

the carrier has been holding your skillet (order {o}) at its depot
because the delivery address has no apartment number. Could you reply with the
apartment or unit number so that they can complete the delivery?

Regards,
Ironside Cookware""")

    o, b = order("en-purchased-old", "en", "Custom Pet Portrait, Watercolour Print A4",
                 purchased="2026-05-11T09:00:00Z", shipped="", delivered="")
    case("en-purchased-only-old", "reject", ["window.expired"],
         "Purchased 2026-05-11, never shipped or delivered: completion = purchased, 35 days ago.",
         to=b, frm="Paper Paws Studio <studio@paperpaws.co>", day=15, lang="en",
         subject=f"Proof of your pet portrait - order {o}", text="""Hi,

the watercolour of your dog is finished. Before we print it, please check the
attached proof: is the spelling of the name "Biscuit" right, and do you want
the background in sage or in cream?

Paper Paws Studio""", attach=(invoice_pdf(o, "PROOF-117", ["Proof: Biscuit, sage background"]),))

    o, b = order("en-purchased-new", "en", "Custom Pet Portrait, Pencil Sketch A5",
                 purchased="2026-06-13T19:00:00Z", shipped="", delivered="")
    case("en-purchased-only-recent", "relay", [],
         "Purchased two days ago, nothing shipped: completion = purchased, inside the window; a custom design check.",
         to=b, frm="Paper Paws Studio <studio@paperpaws.co>", day=15, lang="en",
         subject=f"Your pencil sketch (order {o})", text="""Hi,

to start your sketch we need a photo of your cat. The order notes mention one,
but nothing came through. Could you send it as a reply to this message through
Amazon? A photo in daylight, taken at eye level, works best.

Paper Paws Studio""")

    o, b = order("en-reply-old", "en", "Bamboo Cutting Board Set of 3", purchased="2026-04-10T09:00:00Z",
                 shipped="2026-04-11T09:00:00Z", delivered="2026-04-20T09:00:00Z")
    case("en-reply-to-old-order", "relay", [],
         "A reply (In-Reply-To) to the buyer's question about an order delivered 56 days ago: the window and other "
         "order-context rules are for proactive messages only.",
         to=b, frm="Greenleaf Kitchen <service@greenleafkitchen.com>", day=14, lang="en",
         reply=f"Hi, the largest board from order {o} has started to split along one edge. "
                "I have been oiling it. Is this covered?",
         subject=f"Re: Question about order {o}", text=f"""Hello,

I am sorry to hear that. Bamboo boards can split if they are left wet or put in
the dishwasher, but a split along a glue line within the first year is a defect
and is covered. Could you send a photo of the edge? We will then send a new
large board.

Greenleaf Kitchen

{quote(f"Hi, the largest board from order {o} has started to split along one edge. I have been oiling it. Is this covered?")}""")

    uid = unknown("112-4081733-6650219")
    _, b = order("en-reply-unknown", "en", "Linen Napkins Set of 6, Oatmeal")
    case("en-reply-unknown-id-references-only", "relay", [],
         "An answer (References only) to a buyer who quoted a mistyped order number the store does not know: "
         "order-id.unknown is proactive-only.",
         to=b, frm="Greenleaf Kitchen <service@greenleafkitchen.com>", day=13, lang="en", reply="x", refs_only=True,
         subject="Re: napkins colour", text=f"""Hello,

the order number in your message ({uid}) does not match any of
our orders, so I looked you up by name instead: your napkins are the oatmeal
set, and that colour does fade slightly after the first few washes. If they look
blotchy rather than evenly lighter, please send a photo and we will replace
them.

Greenleaf Kitchen

> Hello, my napkins from order {uid} came out of the wash lighter
> than before. Is that normal?""")

    _, b = order("en-near-ids", "en", "Ergonomic Office Chair, Mesh Back, Grey", purchased="2026-06-03T10:00:00Z",
                 shipped="2026-06-04T10:00:00Z", delivered="")
    case("en-near-ids-no-order-id", "reject", ["order-id.missing"],
         "Proactive address query with a UPS tracking number, an ASIN and an invoice number, but no 3-7-7 order ID.",
         to=b, frm="Seatwell Direct <support@seatwelldirect.com>", day=12, lang="en",
         subject="Your office chair: delivery address needed", text="""Hello,

UPS could not deliver your office chair (ASIN B0CX7TQ2LM, invoice
SW-2026-004187) and has returned it to our warehouse. The tracking number
1Z8V46E30398712645 shows "address incomplete": the street number is missing.

Please reply with the full street address and we will send the chair out again
at no cost to you.

Seatwell Direct""")

    ox, _bx = order("en-other-buyer-x", "en", "Wool Throw Blanket, Charcoal")
    _, b = order("en-other-buyer-y", "en", "Wool Throw Blanket, Mustard")
    case("en-id-of-another-buyer", "reject", ["order-id.buyer-mismatch"],
         "The only order ID named belongs to another buyer in the store (a mail-merge mix-up).",
         to=b, frm="Highland Loom <hello@highlandloom.com>", day=12, lang="en",
         subject=f"Care instructions for your throw, order {ox}", text=f"""Hello,

a short note about your wool throw (order {ox}): the care label
was printed with the wrong temperature. Please wash it cold, on the wool
cycle, and dry it flat; 40 degrees will felt it.

Highland Loom""")

    uid = unknown("114-2290516-3017784")
    _, b = order("en-unknown", "en", "Wool Throw Blanket, Teal")
    case("en-unknown-order-id", "reject", ["order-id.unknown"],
         "Proactive message whose only order ID is not in the order store.",
         to=b, frm="Highland Loom <hello@highlandloom.com>", day=12, lang="en",
         subject=f"Order {uid}: colour check", text=f"""Hello,

before we ship order {uid}: the teal dye lot we have in stock
is a shade darker than the photo. Would you like us to send it anyway, or
wait about a week for the next lot?

Highland Loom""")

    o, b = order("en-de-buyer-uk", "de", "Stand Mixer 1200W, 5.5L Bowl, Silver", tld="co.uk")
    case("en-couk-german-buyer-german-text", "relay", [],
         "amazon.co.uk order whose stored buyer_language is de, written in German: the buyer's language wins over "
         "the marketplace default.",
         to=b, frm="Bakehouse Tools UK <service@bakehousetools.co.uk>", enc=L15, day=10, lang="de",
         subject=f"Ihre Küchenmaschine - Bestellung {o}", text=f"""Guten Tag,

zu Ihrer Küchenmaschine aus der Bestellung {o}: Im Karton fehlt
bei einigen Geräten der Spritzschutz. Können Sie kurz nachsehen, ob er bei
Ihnen dabei war? Falls nicht, schicken wir ihn sofort nach.

Mit freundlichen Grüßen
Bakehouse Tools""")

    o, b = order("en-de-buyer-uk-en", "de", "Stand Mixer 1200W, 5.5L Bowl, Red", tld="co.uk")
    case("en-couk-german-buyer-english-text", "quarantine", ["language.mismatch"],
         "amazon.co.uk order, stored buyer_language de, message in English only: not the buyer's language.",
         to=b, frm="Bakehouse Tools UK <service@bakehousetools.co.uk>", day=10, lang="en",
         subject=f"Your stand mixer - order {o}", text=f"""Hello,

about your stand mixer from order {o}: some boxes left our
warehouse without the splash guard. Could you check whether yours was in the
box? If not, we will send one straight away.

Kind regards,
Bakehouse Tools""")

    o, b = order("en-nolang-com", "en", "LED Desk Lamp with Wireless Charger", buyer_language="")
    case("en-com-no-language-english", "relay", [],
         "No buyer_language recorded on an amazon.com order: the default is English, and the message is English.",
         to=b, frm="Brightnook <care@brightnook.com>", day=11, lang="en", crlf=True,
         subject=f"Desk lamp order {o} - which plug?", text=f"""Hello,

your desk lamp (order {o}) is packed and ready, but the listing
offers two power adapters and none was selected. Do you need the US plug or the
UK plug? We will ship as soon as we hear from you.

Brightnook""")

    o, b = order("en-es-buyer-com", "es", "Cordless Stick Vacuum, 25kPa", tld="com")
    case("en-com-spanish-buyer-bilingual", "relay", [],
         "amazon.com order with buyer_language es: Spanish first, then the same text in English; a bilingual "
         "message that includes the buyer's language passes.",
         to=b, frm="Dustaway <soporte@dustaway.com>", enc=B64, day=9, lang="es",
         subject=f"Su aspiradora / Your vacuum - {o}", text=f"""Hola:

Sobre su pedido {o}: la batería de repuesto que pidió como
accesorio llega por separado, en un segundo paquete, dentro de tres días.
No tiene que hacer nada.

Saludos,
Dustaway

---

Hello,

About your order {o}: the spare battery you ordered as an
accessory ships separately, in a second parcel, within three days. There is
nothing you need to do.

Regards,
Dustaway""")

    o, b = order("en-no-email", "en", "Hardcover Notebook A5, Dotted, Forest Green", buyer_email="", tld="co.uk")
    case("en-order-without-buyer-address", "relay", [],
         "The store has no buyer address for the order (empty buyer_email): no buyer-mismatch can be judged.",
         to="q7h2m9x4c1v8n3z@marketplace.amazon.co.uk", frm="Quire & Co <hello@quireandco.co.uk>", day=12,
         lang="en", subject=f"Your notebook, order {o}", text=f"""Hello,

the notebook from your order {o} is ready to be embossed.
You asked for initials on the cover: should they be "J.M." with full stops, or
"JM" without? Gold or blind (no colour) embossing?

Quire & Co""")

    o, b = order("en-entity-hyphens", "en", "Ceramic Planter Set, 3 Sizes, Matte White")
    case("en-html-id-with-entity-hyphens", "relay", [],
         "HTML-only message writing the order ID with &#45; entities: the rendered text is an ordinary dashed ID.",
         to=b, frm="Clay & Root <shop@clayandroot.com>", day=9, lang="en",
         subject="A question about your planters",
         html=page("<p>Hello,</p>\n<p>one of the three planters in your order <b>"
                   + o.replace("-", "&#45;") + "</b> comes from a batch whose drainage hole was not drilled "
                   "through. Could you turn the smallest pot over and tell us whether you can see light through "
                   "the hole?</p>\n<p>If not, we will send a replacement pot.</p>\n<p>Clay &amp; Root</p>"))


# --------------------------------------------------------------------------------------------
# German (amazon.de)
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    frm = "Holzwerk Sauer <service@holzwerk-sauer.de>"

    o, b = order("de-label", "de", "Eichen-Schneidebrett mit Saftrille, 45 x 30 cm")
    case("de-bestellnr-label-rechnung", "relay", [],
         "Rechnung zur Bestellung, die ID steht nach 'Bestellnr.:'; die Rechnungsnummer ist keine Bestellnummer.",
         to=b, frm=frm, enc=W1252, day=8, lang="de",
         subject="Ihre Rechnung", text=f"""Guten Tag,

wie gewünscht erhalten Sie anbei die Rechnung mit ausgewiesener Mehrwertsteuer.

Bestellnr.: {o}
Rechnungsnr.: RE-2026-01873
Artikel: Eichen-Schneidebrett mit Saftrille, 45 x 30 cm

Viele Grüße
Jonas Sauer
Holzwerk Sauer""", attach=(invoice_pdf(o, "RE-2026-01873", ["Eichen-Schneidebrett", "Gesamt 59,00 EUR"]),))

    o, b = order("de-table", "de", "Gewürzregal Buche, 3 Etagen")
    case("de-id-in-html-table-cell", "relay", [],
         "HTML-only Montageanleitung-Nachfrage: die Bestellnummer steht nur in einer Tabellenzelle, nicht im Betreff.",
         to=b, frm=frm, enc=B64, day=9, lang="de",
         subject="Rückfrage zu Ihrem Gewürzregal",
         html=page("""<p>Guten Tag,</p>
<p>bei einigen Gewürzregalen fehlte im Beutel eine der vier Holzschrauben. Damit wir Ihnen gegebenenfalls
Ersatz schicken können, sagen Sie uns bitte kurz, ob bei Ihnen alle vier Schrauben dabei waren.</p>
<table>
<tr><td>Bestellnummer</td><td>""" + o + """</td></tr>
<tr><td>Artikel</td><td>Gewürzregal Buche, 3 Etagen</td></tr>
</table>
<p>Viele Grüße<br>
Holzwerk Sauer</p>""", "de"))

    o, b = order("de-split", "de", "Garderobenleiste Eiche mit 5 Haken")
    head, rest = o[:4], o[4:]
    case("de-id-split-by-bold-tag", "relay", [],
         "HTML-only: die Bestellnummer ist durch ein <b>-Tag geteilt (<b>3xx-</b>...); gelesen ergibt sie eine "
         "durchgehende ID.",
         to=b, frm=frm, day=9, lang="de",
         subject="Ihre Garderobenleiste: Wandbefestigung",
         html=page(f"""<p>Hallo,</p>
<p>zu Ihrer Bestellung <b>{head}</b>{rest}: Im Paket liegen Dübel für Beton und Mauerwerk. Falls Ihre Wand
aus Gipskarton ist, schreiben Sie uns bitte, dann legen wir passende Hohlraumdübel kostenlos nach.</p>
<p>Viele Grüße<br>
Holzwerk Sauer</p>""", "de"))

    o, b = order("de-long-title", "de", "Anker PowerCore 26800 Portable Charger, Ultra High Capacity Power Bank "
                 "with Dual Input Port and Double-Speed Recharging, 3 USB Ports for iPhone, Samsung Galaxy")
    title = ORDERS["de-long-title"]["product_title"]
    case("de-long-english-product-title", "relay", [],
         "Deutscher Text mit einem langen englischen Produkttitel: die Sprache der Nachricht ist Deutsch.",
         to=b, frm="Akkuhaus Weber <service@akkuhaus-weber.de>", day=10, lang="de",
         subject=f"Bestellung {o}: Ladekabel", text=f"""Guten Tag,

Sie haben bei uns den Artikel „{title}“ bestellt
(Bestellung {o}).

Bei dieser Lieferung lag versehentlich das kurze 30-cm-Kabel statt des
1-m-Kabels bei. Möchten Sie das längere Kabel nachgeschickt bekommen? Eine
kurze Antwort genügt.

Freundliche Grüße
Akkuhaus Weber""")

    o, b = order("de-short-en", "de", "Thermoskanne 1 l, Edelstahl, Anthrazit")
    case("de-short-english-to-german-buyer", "quarantine", ["language.mismatch"],
         "Kurze Nachricht nur auf Englisch an einen amazon.de-Käufer mit buyer_language de.",
         to=b, frm="Warmhalt GmbH <service@warmhalt.de>", day=11, lang="en",
         subject=f"Order {o}", text=f"""Hello, your invoice for order {o} is attached.
Best regards, Warmhalt GmbH""", attach=(invoice_pdf(o, "WH-88120", ["Thermoskanne 1 l", "Gesamt 24,90 EUR"]),))

    o, b = order("de-nolang-en", "de", "Akku-Bohrschrauber 18 V mit 2 Akkus", buyer_language="")
    case("de-no-language-english", "quarantine", ["language.mismatch"],
         "amazon.de-Bestellung ohne gespeicherte Sprache: Standard Deutsch, die Nachricht ist nur englisch.",
         to=b, frm="Werkzeugprofi Lenz <service@werkzeugprofi-lenz.de>", day=12, lang="en",
         subject=f"Your drill - order {o}", text=f"""Hello,

the charger included with your cordless drill (order {o}) has a
European plug. The listing said UK plug by mistake. If you need a UK adapter,
let us know and we will send one free of charge.

Regards,
Werkzeugprofi Lenz""")

    o, b = order("de-nolang-de", "de", "Akku-Schlagschrauber 18 V, Solo", buyer_language="")
    case("de-no-language-german", "relay", [],
         "amazon.de-Bestellung ohne gespeicherte Sprache, Nachricht auf Deutsch: passt zum Marktplatz-Standard.",
         to=b, frm="Werkzeugprofi Lenz <service@werkzeugprofi-lenz.de>", enc=L1, day=12, lang="de", crlf=True,
         subject=f"Ihr Schlagschrauber (Bestellung {o})", text=f"""Hallo,

Sie haben den Schlagschrauber als Solo-Gerät ohne Akku bestellt. Im
Bestellkommentar schreiben Sie aber, dass Sie noch kein 18-V-System besitzen.
Möchten Sie dennoch das Gerät ohne Akku, oder sollen wir die Bestellung
{o} offen lassen, bis Sie sich entschieden haben?

Viele Grüße
Werkzeugprofi Lenz""")

    o, b = order("de-fr-buyer", "de", "Espressokocher Aluminium, 6 Tassen", buyer_language="fr")
    case("de-french-buyer-german-text", "quarantine", ["language.mismatch"],
         "amazon.de-Bestellung mit buyer_language fr, Nachricht nur auf Deutsch: nicht die Sprache des Käufers.",
         to=b, frm="Caffè Nord <info@caffe-nord.de>", enc=L15, day=11, lang="de",
         subject=f"Ihr Espressokocher - Bestellung {o}", text=f"""Guten Tag,

zu Ihrer Bestellung {o}: Der Espressokocher wird mit einer
Ersatzdichtung geliefert, die unter dem Siebeinsatz liegt. Bitte werfen Sie sie
nicht mit der Verpackung weg.

Freundliche Grüße
Caffè Nord""")

    o, b = order("de-fr-bil", "de", "Milchaufschäumer elektrisch, 300 ml", buyer_language="fr")
    case("de-french-buyer-french-then-english", "relay", [],
         "amazon.de-Bestellung mit buyer_language fr: zuerst Französisch, dann Englisch; die Sprache des Käufers "
         "ist enthalten.",
         to=b, frm="Caffè Nord <info@caffe-nord.de>", enc=L15, day=11, lang="fr",
         subject=f"Votre mousseur à lait / Your milk frother - {o}", text=f"""Bonjour,

concernant votre commande {o} : le fouet de rechange se trouve
dans le couvercle. Merci de vérifier qu'il ne reste pas dans l'emballage.

Cordialement,
Caffè Nord

--

Hello,

regarding your order {o}: the spare whisk is stored inside the
lid. Please check that it does not stay in the packaging.

Kind regards,
Caffè Nord""")

    o, b = order("de-en-first", "de", "Milchaufschäumer elektrisch, 500 ml")
    case("de-english-first-then-german", "relay", [],
         "Zweisprachig, zuerst Englisch, dann Deutsch: die Sprache des Käufers ist enthalten, das genügt laut "
         "RULES.md.",
         to=b, frm="Caffè Nord <info@caffe-nord.de>", enc=L15, day=11, lang="de",
         subject=f"Your milk frother / Ihr Milchaufschäumer - {o}", text=f"""Hello,

regarding your order {o}: the spare whisk is stored inside the
lid. Please check that it does not stay in the packaging.

--

Guten Tag,

zu Ihrer Bestellung {o}: Der Ersatz-Quirl steckt im Deckel.
Bitte prüfen Sie, dass er nicht in der Verpackung zurückbleibt.

Caffè Nord""")

    _, b = order("de-near-ids", "de", "Hochbeet Lärche 120 x 60 cm", shipped="2026-06-10T09:00:00Z", delivered="")
    case("de-near-ids-no-order-id", "reject", ["order-id.missing"],
         "Adressrückfrage mit DHL-Sendungsnummer, DHL-Hotline (Zusteller-Kontext, erlaubt), Rechnungsnummer und "
         "ASIN, aber ohne Bestellnummer im Format 3-7-7.",
         to=b, frm="Gartenwerk Brandl <kontakt@gartenwerk-brandl.de>", enc=W1252, day=13, lang="de",
         subject="Ihr Hochbeet: Zustellung nicht möglich", text="""Guten Tag,

DHL konnte Ihr Hochbeet (ASIN B09TQ4ZK7R, Rechnung RG-2026-33071) nicht
zustellen: Laut Sendungsverfolgung fehlt am Briefkasten Ihr Name.
Sendungsnummer: 00340434161094027318

Die Sendung liegt sieben Tage in der Filiale. Den DHL-Kundenservice erreichen
Sie unter 0228 4333112, falls Sie eine neue Zustellung vereinbaren möchten.
Bitte teilen Sie uns außerdem mit, unter welchem Namen wir künftig liefern
sollen.

Viele Grüße
Gartenwerk Brandl""")

    o, b = order("de-nodash", "de", "Hängematte Baumwolle, natur")
    nodash = o.replace("-", "")
    case("de-id-without-dashes", "reject", ["order-id.missing"],
         "Die Bestellnummer steht nur als 17 Ziffern ohne Bindestriche; nur die Form 3-7-7 mit Bindestrichen zählt.",
         to=b, frm="Schaukelzeit <hallo@schaukelzeit.de>", day=12, lang="de",
         subject="Ihre Hängematte: Farbe des Aufhängeseils", text=f"""Hallo,

zu Ihrer Bestellung Nr. {nodash}: Das Aufhängeseil gibt es
in Natur und in Anthrazit. Welche Farbe hätten Sie gern? Wir versenden,
sobald wir Ihre Antwort haben.

Viele Grüße
Schaukelzeit""")

    o, b = order("de-reply-en", "de", "Luftentfeuchter 12 l/Tag")
    case("de-reply-in-english-to-german-buyer", "relay", [],
         "Antwort (In-Reply-To) auf Englisch an einen amazon.de-Käufer, der selbst auf Englisch gefragt hat: "
         "language.mismatch gilt nur für proaktive Nachrichten.",
         to=b, frm="Trockenluft Berger <service@trockenluft-berger.de>", day=13, lang="en", reply="x",
         subject=f"Re: Dehumidifier order {o}", text=f"""Hello,

yes, the dehumidifier can drain continuously: pull out the rubber plug at the
back and push a 10 mm hose onto the outlet. The tank then stays empty and the
unit does not switch off.

Regards,
Trockenluft Berger

> Hi, I don't speak German, sorry. Can the dehumidifier from order
> {o} run without emptying the tank every day?""")

    o, b = order("de-two-mismatch", "de", "Kaminholzkorb Filz, grau")
    ox, _ = order("de-two-mismatch-x", "de", "Kaminholzkorb Filz, braun")
    case("de-own-id-and-another-buyers-id", "reject", ["order-id.buyer-mismatch"],
         "Nennt die eigene Bestellung des Empfängers und eine zweite, die im Store einem anderen Käufer gehört.",
         to=b, frm="Filzwerk Ostsee <service@filzwerk-ostsee.de>", day=12, lang="de",
         subject=f"Ihr Holzkorb - Bestellung {o}", text=f"""Guten Tag,

Ihre Bestellung {o} und die Bestellung {ox} haben wir
versehentlich im selben Karton verpackt. Bitte prüfen Sie, ob bei Ihnen ein
grauer Korb angekommen ist, und teilen Sie uns mit, falls ein brauner dabei lag.

Viele Grüße
Filzwerk Ostsee""")


# --------------------------------------------------------------------------------------------
# French (amazon.fr, amazon.com.be)
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    frm = "Atelier Lunel <contact@atelier-lunel.fr>"

    o, b = order("fr-label", "fr", "Lampe de chevet en lin, abat-jour écru")
    case("fr-n-de-commande-label", "relay", [],
         "L'ID suit « N° de commande\u00a0: » avec une espace insécable avant les deux-points.",
         to=b, frm=frm, enc=L1, day=9, lang="fr",
         subject="Votre lampe de chevet : ampoule", text=f"""Bonjour,

N° de commande\u00a0: {o}

Votre lampe a été montée avec une douille E14. Si vous comptez utiliser une
ampoule E27 que vous avez déjà, dites-le-nous avant l'expédition : nous
pouvons encore changer la douille sans frais.

Bien cordialement,
Claire, Atelier Lunel""")

    o, b = order("fr-quoted", "fr", "Coussin brodé 40 x 40, prénom personnalisé",
                 purchased="2026-06-11T18:00:00Z", shipped="", delivered="")
    case("fr-id-only-in-quoted-buyer-text-proactive", "relay", [],
         "Message proactif (pas d'In-Reply-To ni de References) qui cite le message d'achat de l'acheteuse : l'ID "
         "n'apparaît que dans la citation, qui fait partie du corps.",
         to=b, frm=frm, enc=L1, day=12, lang="fr",
         subject="Votre coussin brodé : orthographe du prénom", text=f"""Bonjour,

avant de lancer la broderie, nous préférons vérifier le prénom indiqué dans
votre commande. Vous avez écrit :

{quote(f"Commande {o} - prénom à broder : Maëlle (avec tréma)")}

Faut-il bien un tréma sur le e, et le prénom doit-il être en lettres
attachées ou en capitales ?

Bien cordialement,
Atelier Lunel""")

    o, b = order("fr-spaces", "fr", "Nappe en lin lavé 160 x 250, terracotta")
    spaced = o.replace("-", " ")
    case("fr-id-with-spaces", "reject", ["order-id.missing"],
         "L'ID est écrit avec des espaces au lieu des tirets : seule la forme 3-7-7 avec tirets compte.",
         to=b, frm="Linge de Provence <bonjour@linge-provence.fr>", enc=L1, day=10, lang="fr",
         subject="Votre nappe en lin : dimensions", text=f"""Bonjour,

pour la commande {spaced}, nous avons vu dans votre
commentaire que votre table mesure 90 x 200 cm. La nappe de 160 x 250 cm
retombera de 35 cm de chaque côté ; souhaitez-vous la garder, ou préférez-vous
le format 150 x 220 cm ?

Cordialement,
Linge de Provence""")

    o, b = order("fr-be", "fr", "Théière en fonte 0,8 l, noire", tld="com.be", buyer_language="")
    case("fr-com-be-no-language-french", "relay", [],
         "Commande amazon.com.be sans langue enregistrée : la langue par défaut du marché est le français, le "
         "message est en français.",
         to=b, frm="Maison du Thé Liège <service@maisonduthe-liege.be>", enc=B64, day=11, lang="fr",
         subject=f"Votre théière - commande {o}", text=f"""Bonjour,

votre théière en fonte (commande {o}) est prête à partir. Le
filtre en inox est vendu avec deux tailles de maille ; lequel souhaitez-vous,
fin pour le thé vert ou standard pour le thé noir ?

Bien à vous,
Maison du Thé Liège""")

    o, b = order("fr-en", "fr", "Planche à découper en olivier 40 cm")
    case("fr-english-only-to-french-buyer", "quarantine", ["language.mismatch"],
         "Commande amazon.fr (buyer_language fr), message uniquement en anglais.",
         to=b, frm="Olivier & Fils <contact@olivier-et-fils.fr>", day=12, lang="en",
         subject=f"Your olive wood board - order {o}", text=f"""Hello,

your olive wood board from order {o} was finished with a food-safe
oil that needs one more coat after the first few uses. We would like to send
you a small bottle of that oil: can you confirm the delivery address is still
correct?

Olivier & Fils""")

    uid = unknown("403-7719204-5561082")
    o, b = order("fr-known-unknown", "fr", "Carafe en verre soufflé 1 l")
    case("fr-known-and-unknown-id", "reject", ["order-id.unknown"],
         "Nomme la commande de l'acheteur et une seconde commande inconnue du store : chaque ID nommé doit être "
         "connu.",
         to=b, frm="Verrerie Duval <contact@verrerie-duval.fr>", enc=L1, day=12, lang="fr",
         subject=f"Votre carafe - commande {o}", text=f"""Bonjour,

votre carafe (commande {o}) a été emballée avec la commande
{uid}, que vous aviez passée pour les verres assortis. Souhaitez-vous
recevoir les deux colis ensemble, ou la carafe dès maintenant ?

Cordialement,
Verrerie Duval""")


# --------------------------------------------------------------------------------------------
# Spanish (amazon.es, amazon.com.mx)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    frm = "Cerámica Albero <atencion@ceramica-albero.es>"

    o, b = order("es-label", "es", "Juego de 6 platos hondos de gres, azul")
    case("es-numero-de-pedido-label", "relay", [],
         "El ID sigue a «Nº de pedido:»; petición neutral de valoración.",
         to=b, frm=frm, enc=B64, day=10, lang="es",
         subject="Sus platos de gres", text=f"""Hola:

Nº de pedido: {o}

Esperamos que los platos hondos le hayan llegado en perfecto estado. Si tiene
un momento, nos ayudaría mucho una reseña sincera en Amazon, sea cual sea su
opinión.

Un saludo,
Cerámica Albero""")

    o, b = order("es-mx", "es", "Molcajete de piedra volcánica 20 cm", tld="com.mx", buyer_language="")
    case("es-com-mx-no-language-spanish", "relay", [],
         "Pedido de amazon.com.mx sin idioma registrado: por defecto español, y el mensaje está en español.",
         to=b, frm="Piedra y Maíz <ventas@piedraymaiz.mx>", enc=L1, day=11, lang="es",
         subject=f"Su molcajete, pedido {o}", text=f"""Hola:

antes de enviar su molcajete (pedido {o}) queremos confirmar un
dato: en la dirección falta el número interior. ¿Nos lo puede indicar para que
la paquetería no lo regrese?

Saludos cordiales,
Piedra y Maíz""")

    o, b = order("es-it-buyer", "es", "Cafetera italiana de inducción, 6 tazas", buyer_language="it")
    case("es-italian-buyer-spanish-text", "quarantine", ["language.mismatch"],
         "Pedido de amazon.es con buyer_language it, mensaje solo en español.",
         to=b, frm="Cafés Soler <tienda@cafes-soler.es>", enc=L1, day=11, lang="es",
         subject=f"Su cafetera - pedido {o}", text=f"""Hola:

sobre su pedido {o}: la junta de goma de repuesto va dentro del
depósito de agua. Por favor, no la tire con el embalaje; la necesitará en unos
meses.

Un saludo,
Cafés Soler""")

    o, b = order("es-bil", "es", "Tostadora de 2 ranuras, acero inoxidable")
    case("es-spanish-then-english", "relay", [],
         "Pedido de amazon.es (buyer_language es): primero en español, luego en inglés.",
         to=b, frm="Cafés Soler <tienda@cafes-soler.es>", enc=L1, day=11, lang="es",
         subject=f"Su tostadora / Your toaster - {o}", text=f"""Hola:

su tostadora del pedido {o} sale hoy de nuestro almacén de
Valencia con una bandeja para bollos que faltaba en el primer envío. No tiene
que devolver nada.

Un saludo,

Hello,

your toaster from order {o} leaves our Valencia warehouse today
with a bun-warming rack that was missing from the first parcel. You do not need
to return anything.

Regards,
Cafés Soler""", tolerated=("type.order-confirmation",))

    ox, _ = order("es-other-x", "es", "Alfombra de yute redonda 120 cm")
    _, b = order("es-other-y", "es", "Alfombra de yute redonda 160 cm")
    case("es-id-of-another-buyer", "reject", ["order-id.buyer-mismatch"],
         "El único ID nombrado pertenece, según el store, a otro comprador.",
         to=b, frm="Yute y Hogar <hola@yuteyhogar.es>", enc=B64, day=12, lang="es",
         subject=f"Pedido {ox}: su alfombra de yute", text=f"""Hola:

le escribimos por su pedido {ox}. Las alfombras de yute huelen
un poco a fibra natural los primeros días; es normal y desaparece al airearlas.
Si el olor sigue después de una semana, díganoslo y buscaremos una solución.

Un saludo,
Yute y Hogar""")


# --------------------------------------------------------------------------------------------
# Italian (amazon.it)
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    frm = "Bottega Ferri <assistenza@bottegaferri.it>"

    o, b = order("it-table", "it", "Moka in acciaio inox 3 tazze")
    case("it-numero-ordine-in-table", "relay", [],
         "Testo + HTML: nell'HTML il numero d'ordine sta in una cella di tabella dopo «Numero d'ordine».",
         to=b, frm=frm, enc=L15, day=10, lang="it",
         subject="La sua moka: guarnizione",
         text=f"""Buongiorno,

nella confezione della sua moka abbiamo dimenticato la guarnizione di ricambio.
Gliela spediamo in busta nei prossimi giorni, senza costi: le serve altro?

Numero d'ordine: {o}

Cordiali saluti,
Bottega Ferri""",
         html=page(f"""<p>Buongiorno,</p>
<p>nella confezione della sua moka abbiamo dimenticato la guarnizione di ricambio.
Gliela spediamo in busta nei prossimi giorni, senza costi: le serve altro?</p>
<table>
<tr><th>Numero d'ordine</th><td>{o}</td></tr>
<tr><th>Articolo</th><td>Moka in acciaio inox 3 tazze</td></tr>
</table>
<p>Cordiali saluti,<br>
Bottega Ferri</p>""", "it"))

    o, b = order("it-es-text", "it", "Set di coltelli da cucina 5 pezzi", buyer_language="")
    case("it-no-language-spanish-text", "quarantine", ["language.mismatch"],
         "Ordine amazon.it senza lingua registrata (predefinita: italiano), messaggio in spagnolo.",
         to=b, frm="Coltelleria Sardo <info@coltelleriasardo.it>", enc=L1, day=11, lang="es",
         subject=f"Sus cuchillos - pedido {o}", text=f"""Hola:

sobre su pedido {o}: el bloque de madera para los cuchillos se
envía aparte y llegará dos días después. No tiene que hacer nada.

Un saludo,
Coltelleria Sardo""")

    uid = unknown("405-3318820-9047163")
    _, b = order("it-unknown", "it", "Tagliere in noce 50 x 35 cm")
    case("it-unknown-order-id", "reject", ["order-id.unknown"],
         "Messaggio proattivo con un solo numero d'ordine, sconosciuto allo store.",
         to=b, frm=frm, enc=L15, day=12, lang="it",
         subject=f"Ordine n. {uid}", text=f"""Buongiorno,

per l'ordine n. {uid} ci serve sapere se preferisce il
tagliere con o senza scanalatura per i succhi. Spediamo appena ci risponde.

Cordiali saluti,
Bottega Ferri""")

    o, b = order("it-subject", "it", "Tovaglia in lino 140 x 180, salvia")
    case("it-id-only-in-subject", "relay", [],
         "L'ID è solo nell'oggetto; il corpo chiede una conferma d'indirizzo.",
         to=b, frm="Lino di Casa <servizio@linodicasa.it>", day=11, lang="it",
         subject=f"Ordine {o} - conferma dell'indirizzo", text="""Buongiorno,

il corriere ci segnala che al suo indirizzo manca il numero civico. Ce lo può
indicare rispondendo a questo messaggio? Così la tovaglia potrà partire già
domani.

Grazie e buona giornata,
Lino di Casa""")

    o, b = order("it-old-purchased", "it", "Quadro personalizzato su tela 40 x 60",
                 purchased="2026-05-14T10:00:00Z", shipped="", delivered="")
    case("it-purchased-only-32-days", "reject", ["window.expired"],
         "Acquistato il 2026-05-14, mai spedito: il completamento è l'acquisto, 32 giorni fa.",
         to=b, frm="Tele d'Autore <studio@teledautore.it>", day=15, lang="it",
         subject=f"Bozza del suo quadro - ordine {o}", text=f"""Buongiorno,

abbiamo preparato la bozza del quadro per l'ordine {o}. Ci
conferma la scritta «Casa Rinaldi, dal 1987» e il colore del fondo, blu notte?
Procediamo con la stampa appena riceviamo la sua risposta.

Cordiali saluti,
Tele d'Autore""")


# --------------------------------------------------------------------------------------------
# Japanese (amazon.co.jp)
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    frm = "木工房ひだまり <shop@hidamari-mokko.jp>"

    o, b = order("ja-label", "ja", "ひのき まな板 Lサイズ 42cm")
    case("ja-chumon-bangou-fullwidth-colon", "relay", [],
         "「注文番号：」（全角コロン）の直後に注文番号。名入れの確認。",
         to=b, frm=frm, enc=JIS, day=10, lang="ja",
         subject="まな板の名入れについて", text=f"""お客様

このたびはご注文いただきありがとうございます。
注文番号：{o}

名入れの文字が「山田」とございましたが、縦書きと横書きの
どちらをご希望でしょうか。ご返信をいただき次第、加工いたします。

木工房ひだまり""")

    o, b = order("ja-subject", "ja", "竹製 せいろ 2段 21cm")
    case("ja-id-only-in-encoded-subject", "relay", [],
         "注文番号は件名（RFC 2047 エンコード）にのみあり、本文にはない。",
         to=b, frm="竹細工 かぐや <info@take-kaguya.jp>", enc=SJIS, day=11, lang="ja",
         subject=f"せいろのお届け先について（注文番号 {o}）", text="""お客様

お届け先のご住所に部屋番号の記載がございませんでした。
配送業者より確認の依頼がありましたので、部屋番号をお知らせ
いただけますでしょうか。

竹細工 かぐや""")

    o, b = order("ja-nolang-en", "ja", "南部鉄器 急須 0.6L", buyer_language="")
    case("ja-no-language-english", "quarantine", ["language.mismatch"],
         "amazon.co.jp の注文で言語の登録なし（既定は日本語）、英語のみのメッセージ。",
         to=b, frm="Iwate Ironworks <care@iwate-ironworks.jp>", day=12, lang="en",
         subject=f"Your cast iron teapot - order {o}", text=f"""Hello,

thank you for your order {o}. The enamel inside the teapot
needs to be rinsed with hot water before first use; please do not use
detergent. Could you also confirm that the delivery address has a room number?

Iwate Ironworks""")

    o, b = order("ja-en-buyer", "ja", "南部鉄器 鉄瓶 1.2L", buyer_language="en")
    case("ja-english-buyer-on-co-jp", "relay", [],
         "amazon.co.jp order whose stored buyer_language is en: an English message is the buyer's language.",
         to=b, frm="Iwate Ironworks <care@iwate-ironworks.jp>", day=12, lang="en", crlf=True,
         subject=f"Your iron kettle (order {o})", text=f"""Hello,

your iron kettle (order {o}) comes without an enamel lining, so
it will show a little rust at first. Boil water in it three times and empty it
each time before you make tea. If any red rust remains, send us a photo.

Iwate Ironworks""")

    o, b = order("ja-bil", "ja", "有田焼 マグカップ ペア")
    case("ja-japanese-then-english", "relay", [],
         "日本語の後に英語の訳を付けたバイリンガルのメッセージ（購入者の言語を含む）。",
         to=b, frm="有田窯 さくら <info@arita-sakura.jp>", enc=EUCJP, day=11, lang="ja",
         subject=f"マグカップについて / About your mugs ({o})", text=f"""お客様

ご注文番号 {o} のマグカップですが、2客のうち1客の取っ手に
小さな欠けが見つかりましたので、良品と交換のうえ明日発送いたします。
ご了承くださいませ。

Hello,

regarding order {o}: one of the two mugs had a small chip on
the handle, so we replaced it with a perfect one; the parcel leaves tomorrow.

有田窯 さくら""", tolerated=("type.order-confirmation",))

    _, b = order("ja-near-ids", "ja", "桐のすのこ ベッド用 シングル", shipped="2026-06-10T09:00:00Z", delivered="")
    case("ja-near-ids-no-order-id", "reject", ["order-id.missing"],
         "ヤマト運輸の伝票番号・請求書番号・ASIN はあるが、3-7-7 形式の注文番号がない。",
         to=b, frm="桐工房 しずか <info@kiri-shizuka.jp>", enc=JIS, day=13, lang="ja",
         subject="すのこのお届けについて", text="""お客様

ヤマト運輸より、お届け先に表札がなく配達できなかったとの連絡がございました。
伝票番号：4629-5813-2207
請求書番号：INV-20260610-88
商品（ASIN B0D2KX8QWM）は営業所で保管されております。

正しいお名前またはお届け先をお知らせいただけますでしょうか。

桐工房 しずか""")


# --------------------------------------------------------------------------------------------
# Dutch (amazon.nl)
# --------------------------------------------------------------------------------------------

def cases_nl() -> None:
    frm = "Houtkamp Meubelwerk <klantenservice@houtkamp-meubel.nl>"

    o, b = order("nl-label", "nl", "Eikenhouten wandplank 80 cm, geolied")
    case("nl-bestelnummer-label", "relay", [],
         "ID na 'Bestelnummer:'; vraag naar de muur voor de juiste pluggen.",
         to=b, frm=frm, enc=L1, day=10, lang="nl",
         subject="Uw wandplank: bevestiging", text=f"""Goedemiddag,

Bestelnummer: {o}

Bij de wandplank horen pluggen voor steen en beton. Is uw muur van gipsplaat?
Laat het ons dan even weten, dan sturen wij kosteloos hollewandpluggen mee.

Met vriendelijke groet,
Houtkamp Meubelwerk""")

    o, b = order("nl-de-text", "nl", "Opbergmand zeegras, set van 3", buyer_language="")
    case("nl-no-language-german-text", "quarantine", ["language.mismatch"],
         "amazon.nl-bestelling zonder taal (standaard Nederlands), bericht alleen in het Duits.",
         to=b, frm="Korbmacherei Lind <service@korbmacherei-lind.de>", enc=L1, day=11, lang="de",
         subject=f"Ihre Körbe - Bestellung {o}", text=f"""Guten Tag,

zu Ihrer Bestellung {o}: Der kleinste Korb wird wegen eines
Webfehlers einzeln nachgeliefert, voraussichtlich in vier Tagen. Sie müssen
nichts weiter tun.

Freundliche Grüße
Korbmacherei Lind""")

    o, b = order("nl-shipped-30d", "nl", "Tuinbank teakhout 150 cm", purchased="2026-05-12T09:00:00Z",
                 shipped="2026-05-16T12:00:00Z", delivered="")
    case("nl-shipped-exactly-30-days", "relay", [],
         "Verzonden op 2026-05-16T12:00Z, nooit als bezorgd gemeld: voltooiing = verzending, precies 30 dagen, "
         "dus nog binnen het venster.",
         to=b, frm="Teak & Tuin <service@teakentuin.nl>", day=15, time="13:30:00", lang="nl",
         subject=f"Uw tuinbank, bestelling {o}", text=f"""Goedemiddag,

de vervoerder heeft voor uw tuinbank (bestelling {o}) geen
aflevering geregistreerd. Heeft u de bank ontvangen? Zo niet, dan starten we
een onderzoek en sturen we een nieuwe.

Met vriendelijke groet,
Teak & Tuin""")


# --------------------------------------------------------------------------------------------
# Polish (amazon.pl)
# --------------------------------------------------------------------------------------------

def cases_pl() -> None:
    frm = "Pracownia Wierzba <sklep@pracownia-wierzba.pl>"

    o, b = order("pl-label", "pl", "Kosz wiklinowy na pranie z pokrywą")
    case("pl-nr-zamowienia-label", "relay", [],
         "ID po etykiecie 'Nr zamówienia:'; pytanie o kolor wkładu.",
         to=b, frm=frm, enc=L2, day=10, lang="pl",
         subject="Kosz wiklinowy: kolor wkładu", text=f"""Dzień dobry,

Nr zamówienia: {o}

Wkład materiałowy do kosza mamy w kolorze lnianym i szarym. Który kolor
Pan/Pani wybiera? Wyślemy kosz zaraz po otrzymaniu odpowiedzi.

Pozdrawiamy serdecznie,
Pracownia Wierzba""")

    o1, b = order("pl-two-a", "pl", "Koszyk wiklinowy na owoce")
    o2, _ = order("pl-two-b", "pl", "Kosz wiklinowy na drewno")
    ORDERS["pl-two-b"]["buyer_email"] = b
    case("pl-two-orders-same-buyer", "relay", [],
         "Dwa zamówienia tego samego kupującego, oba znane i w oknie 30 dni.",
         to=b, frm=frm, enc=L2, day=11, lang="pl",
         subject=f"Zamówienia {o1} i {o2}", text=f"""Dzień dobry,

zamówienia {o1} i {o2} możemy
wysłać w jednej paczce. Czy Pan/Pani się zgadza? Jeśli wolą Państwo dwie
osobne przesyłki, prosimy o krótką informację.

Pozdrawiamy,
Pracownia Wierzba""")

    o, b = order("pl-en", "pl", "Kosz wiklinowy piknikowy dla 4 osób")
    case("pl-english-only-to-polish-buyer", "quarantine", ["language.mismatch"],
         "Zamówienie amazon.pl (buyer_language pl), wiadomość tylko po angielsku.",
         to=b, frm=frm, day=12, lang="en",
         subject=f"Your picnic basket - order {o}", text=f"""Hello,

the picnic basket from order {o} comes with four cotton napkins.
Would you like them in red check or blue check? We will ship as soon as you
let us know.

Pracownia Wierzba""")


def main() -> None:
    for fn in (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja, cases_nl, cases_pl):
        lang = fn.__name__.rsplit("_", 1)[1]
        start = len(CASE_LIST)
        fn()
        for c in CASE_LIST[start:]:
            c["lang"] = c["lang"] or lang
    CASE_LIST.sort(key=lambda c: c["verdict"] != "relay" or bool(c["rules"]))
    known = {r["order_id"] for r in ORDERS.values()}
    assert len(known) == len(ORDERS), "duplicate order ID"
    assert not UNKNOWN & known, "an 'unknown' ID is in the store"
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="sixtythird"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
