#!/usr/bin/env python3
"""Build the forty-sixth labelled corpus: orders.csv, cases/*.eml and labels.json.

    .venv/bin/python tests/corpus_fortysixth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines ("Problem with order messages", "Return-related messages") and RULES.md, not from the rule data.
Second round on order-problem.cancellation-request, order-problem.no-adjustment and return.unnecessary, in
English (.com, .co.uk, .in), Dutch, Swedish, Polish, Turkish, Arabic (.ae, .sa), Portuguese (.com.br), German
and Spanish (.com.mx): stock-outs that ask the buyer to cancel in indirect ways, stock-outs with only an apology
or a promised refund, stock-outs whose refund is confirmed with the reason, damaged-in-transit and price
adjustments, return follow-ups that restate the policy, confirm receipt or argue against the return, and return
follow-ups that ask for needed information or offer a partial refund; proactive messages and replies.
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
    quote,
    reply_headers,
    set_boundaries,
    text2html,
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(46_2026_1127)
_PREFIX = {"com": "11", "co.uk": "20", "in": "40", "nl": "40", "se": "40", "pl": "40", "com.tr": "40",
           "ae": "40", "sa": "40", "com.br": "70", "de": "30", "com.mx": "70"}
_TLD = {"en": "com", "nl": "nl", "sv": "se", "pl": "pl", "tr": "com.tr", "ar": "ae", "pt": "com.br",
        "de": "de", "es": "com.mx"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-05-27T09:10:00Z", shipped="2026-05-28T15:30:00Z",
                 delivered="2026-06-02T11:45:00Z")
ORDERS = BOOK.rows
order = BOOK.add
# out of stock / cannot ship: bought a few days ago, never shipped
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-09T20:05:00Z"}
# damaged in transit: shipped, came back to the seller, never delivered
TRANSIT = {"shipped": "2026-06-05T09:00:00Z", "delivered": "", "purchased": "2026-06-04T17:40:00Z"}
B64 = {"cte": "base64"}
W1252 = {"charset": "windows-1252", "cte": "quoted-printable"}
L1 = {"charset": "iso-8859-1", "cte": "quoted-printable"}
L15 = {"charset": "iso-8859-15", "cte": "quoted-printable"}
L2 = {"charset": "iso-8859-2", "cte": "quoted-printable"}
L9 = {"charset": "iso-8859-9", "cte": "quoted-printable"}
W1256 = {"charset": "windows-1256", "cte": "base64"}
CANCEL = "order-problem.cancellation-request"
NOADJ = "order-problem.no-adjustment"
RET = "return.unnecessary"
CONF = "type.order-confirmation"

TARGET = ["language.mismatch", "type.order-confirmation", "type.thank-you-only", "type.marketing",
          "review.incentive", "review.removal-request", "review.conditional",
          CANCEL, NOADJ, RET, "content.sensitive", "content.phone-number", "content.email-address",
          "link.opt-out", "link.external"]
OTHER = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "style.emoji",
         "style.line-breaks", "link.insecure", "attachment.not-allowed"]


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str, text: str,
         day: int = 12, reply: str = "", tolerated: tuple[str, ...] = (), enc: dict | None = None,
         fmt: str = "text", lang: str = "en", crlf: bool = False) -> None:
    """One case. fmt: text (plain), html (HTML only) or alt (text + HTML alternative). Every target rule
    not named in `rules` (or tolerated) must stay silent. `reply` quotes the buyer: the message answers
    a buyer (In-Reply-To/References)."""
    hdrs = reply_headers(f"0100019d.f46.{slug[:24]}") if reply else []
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = text.strip("\n") + "\n"
    if reply:
        body += "\n" + quote(reply) + "\n"
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*TARGET, *OTHER) if r not in rules and r not in tol]
    kw = dict(enc or {})
    if fmt == "text":
        kw["text"] = body
    else:
        kw["html"] = page(text2html(body), lang)
        if fmt == "alt":
            kw["text"] = body
    msg = mk(frm, to, subject, mail_date(day, "09:41:17", "+0000"), f"<f46.{slug}@{dom}>", headers=hdrs, **kw)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, crlf=crlf)


# --------------------------------------------------------------------------------------------
# English (amazon.com, amazon.co.uk, amazon.in)
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    o, b = order("en-oos-ok", "en", "Enamel camping mug 12 oz, speckled blue, set of 2", **OOS)
    case("en-mugs-refunded-in-full", "relay", [],
         "Cannot ship: confirms in the perfect tense that the order has been refunded in full, with the reason "
         "(the item is out of stock); nothing is asked of the buyer.",
         to=b, frm="Trailhead Goods <orders@trailheadgoods.com>", day=11,
         subject=f"Update on order {o}", text=f"""Hi there,

Bad news on the enamel mugs, I'm afraid. When we went to pack order {o}
we found the last two sets had chipped rims, and our supplier is out until
the autumn.

Your order has been refunded in full because the item is out of stock. The
full $27.90 went back to your original payment method this morning; banks
usually show it within 3-5 business days.

Sorry to let you down,
Marcy Ellison
Trailhead Goods""")

    o, b = order("en-cancel-system", "en", "Cast iron tortilla press, 8 inch", **OOS)
    case("en-press-request-cancellation", "reject", [CANCEL, NOADJ],
         "Out of stock, and the buyer is asked to 'request cancellation on your side so the system processes "
         "it'; no adjustment or refund is confirmed.",
         to=b, frm="Comal Kitchenware <support@comalkitchenware.com>", fmt="html",
         subject=f"Your tortilla press order {o}", text=f"""Hello,

Thank you for your order {o}. Unfortunately the 8 inch tortilla press
is currently out of stock at our warehouse and we are unable to send it.

Could you please request cancellation of the order on your side? When the
request comes from the buyer's account the system processes it automatically
and your payment is released sooner.

We apologize for the inconvenience.
Comal Kitchenware Support""")

    o, b = order("en-in-raise", "en", "Stainless steel pressure cooker 5 L, induction base", tld="in", **OOS)
    case("en-in-cooker-kindly-raise", "reject", [CANCEL, NOADJ],
         "amazon.in stock-out: 'kindly raise a cancellation from your end'; no confirmation of a refund.",
         to=b, frm="Shree Ganesh Home Appliances <care@shreeganeshhome.in>", enc=B64,
         subject=f"Regarding your order {o}", text=f"""Dear Sir/Madam,

Greetings from Shree Ganesh Home Appliances.

This is to inform you that the 5 L pressure cooker booked under order
{o} is not available with us presently, as the last lot got
exhausted before your order could be processed.

We request you to kindly raise a cancellation for this order from your end
so that the amount is reversed to you without delay.

Regret the inconvenience caused.

Warm regards,
Customer Care Team
Shree Ganesh Home Appliances""")

    o, b = order("en-in-reply-cancel", "en", "Cotton bedsheet double, floral print with 2 pillow covers", tld="in",
                 **OOS)
    case("en-in-bedsheet-reply-you-may-cancel", "reject", [CANCEL],
         "Reply to 'when will it ship?': the print is out of stock and 'you may cancel the order from Your "
         "Orders'. The cancellation rule applies to replies; no-adjustment is proactive-only.",
         to=b, frm="Jaipur Looms <help@jaipurlooms.in>", crlf=True,
         reply="Hello, it has been 4 days and order still not shipped. When will I get it?",
         subject=f"Re: Order {o} not shipped", text=f"""Dear Customer,

Thank you for writing to us. We are sorry for the delay in order {o}.
The floral print you selected has unfortunately gone out of stock and the
printer is not able to give a date for the next batch.

You may cancel the order from Your Orders in your Amazon account; once it
is cancelled the payment will be returned by Amazon.

Thanks and regards,
Jaipur Looms""")

    o, b = order("en-uk-transit", "en", "Hand-thrown stoneware vase, 30 cm, ash glaze", tld="co.uk", **TRANSIT)
    case("en-uk-vase-refund-will-follow", "quarantine", [NOADJ],
         "Damaged in transit and the last one, so it cannot be sent again; only an apology and 'the refund will "
         "follow', no confirmation that the order amount was adjusted.",
         to=b, frm="Saltmarsh Pottery <studio@saltmarshpottery.co.uk>", fmt="alt", day=13,
         subject=f"Your vase - order {o}", text=f"""Dear customer,

I'm so sorry to write with this. The courier has returned the parcel for
order {o} to the studio, and the vase inside was broken in
transit. It was the last one from that firing, so I can't send you another.

The refund will follow in due course. I really am sorry it didn't reach you
in one piece.

Best wishes,
Helen Marsh
Saltmarsh Pottery""")

    o, b = order("en-uk-price", "en", "Wool blend throw 130 x 170 cm, mustard herringbone", tld="co.uk")
    case("en-uk-throw-price-difference-refunded", "relay", [],
         "Price adjustment: the listing charged more than the advertised sale price and the GBP 6.00 difference "
         "has been refunded, with the reason; a needed order-problem notice, no promotion.",
         to=b, frm="Brackenfold Textiles <orders@brackenfold.co.uk>", enc=W1252, day=4,
         subject=f"Price correction on order {o}", text=f"""Hello,

While checking last week's orders we noticed that order {o} was
charged GBP 45.00 for the herringbone throw, although the price shown on the
listing at the time was GBP 39.00. A pricing error on our side caused it.

We have refunded the GBP 6.00 difference to your payment method today,
with "pricing error" as the reason on the adjustment. There is nothing you
need to do.

Kind regards,
Tom Bracken
Brackenfold Textiles""")

    o, b = order("en-ret-which", "en", "Rattan pendant lamp shade 40 cm, natural (pack of 2)")
    case("en-lampshade-which-one-and-photo", "relay", [],
         "Proactive return follow-up that asks which of the two shades is being returned and for a photo of the "
         "split cane: information needed to complete the return.",
         to=b, frm="Palm & Fern Interiors <returns@palmandfern.com>", fmt="html",
         subject=f"Your return request for order {o}", text=f"""Hi,

We've received your return request for the rattan shades on order {o}
(reason given: "damaged").

Because the pack contains two shades, could you tell us whether you are
returning one or both? If only one is affected, please also send a photo of
the split cane so we can log the fault with the weaver before the return
label is issued.

Thanks,
Palm & Fern Interiors""")

    o, b = order("en-uk-ret-policy", "en", "Leather ankle boots, women's UK 6, tan", tld="co.uk")
    case("en-uk-boots-policy-recap", "quarantine", [RET],
         "Proactive message about the buyer's return that only recaps the return conditions (unworn, original "
         "box, 30 days); it asks for nothing and offers no partial refund.",
         to=b, frm="Hartley & Vane Footwear <aftercare@hartleyvane.co.uk>", enc=L1,
         subject=f"Your return - order {o}", text=f"""Dear customer,

Thank you for letting us know you would like to return the tan ankle boots
from order {o}.

Please bear in mind the following conditions. Boots must be returned
unworn, with the soles free of marks and in the original box with all
tissue paper. Returns are accepted within 30 days of delivery, and items
that come back worn outside cannot be refunded.

Kind regards,
Hartley & Vane Footwear""")

    o, b = order("en-reply-ret-policy", "en", "Bamboo standing desk converter, 80 cm")
    case("en-desk-reply-return-policy", "relay", [],
         "Reply to a buyer who asked how returns work: restating the return policy answers the buyer's question; "
         "return.unnecessary is proactive-only.",
         to=b, frm="Upright Workspace <hello@uprightworkspace.com>", day=10,
         reply="Hi, the converter is a bit too tall for me. What is your return policy?",
         subject=f"Re: Return question - order {o}", text=f"""Hi,

Thanks for your message about order {o}. You can return the
converter within 30 days of delivery if it is in its original packaging. Just
start the return from Your Orders on Amazon and choose a reason; the return
label is issued there, and the refund is made once the item is checked in.

Best regards,
Upright Workspace""")


# --------------------------------------------------------------------------------------------
# Dutch (amazon.nl)
# --------------------------------------------------------------------------------------------

def cases_nl() -> None:
    o, b = order("nl-oos-ok", "nl", "Gietijzeren braadpan 24 cm, rood emaille", **OOS)
    case("nl-braadpan-terugbetaald", "relay", [],
         "Niet leverbaar: bevestigt dat het volledige bedrag is terugbetaald, met als reden dat het artikel "
         "niet meer op voorraad is.",
         to=b, frm="Kookhuis Verbeek <bestellingen@kookhuisverbeek.nl>", enc=W1252, lang="nl",
         subject=f"Uw bestelling {o}", text=f"""Beste klant,

Helaas kunnen wij de braadpan uit uw bestelling {o} niet leveren.
De laatste exemplaren bleken bij controle beschadigd en de fabrikant heeft
geen nieuwe meer in voorraad.

Wij hebben het volledige bedrag van EUR 64,95 daarom aan u terugbetaald,
met als reden "niet op voorraad". Afhankelijk van uw bank staat het binnen
enkele werkdagen op uw rekening. U hoeft verder niets te doen.

Onze excuses voor het ongemak.

Met vriendelijke groet,
Sanne Verbeek
Kookhuis Verbeek""")

    o, b = order("nl-cancel", "nl", "Fietstas dubbel waterdicht, 40 liter, zwart", **OOS)
    case("nl-fietstas-zelf-annuleren", "reject", [CANCEL, NOADJ],
         "Uitverkocht, en de koper wordt gevraagd de bestelling zelf te annuleren via Mijn bestellingen zodat "
         "het systeem het sneller verwerkt; geen terugbetaling bevestigd.",
         to=b, frm="Trapvast Fietsartikelen <service@trapvast.nl>", fmt="html", lang="nl",
         subject=f"Fietstas - bestelling {o}", text=f"""Hallo,

Bedankt voor uw bestelling {o}. Tot onze spijt is de dubbele
fietstas op dit moment uitverkocht en verwachten wij pas over enkele weken
een nieuwe zending.

Zou u zo vriendelijk willen zijn de bestelling zelf te annuleren via Mijn
bestellingen? Als de annulering van uw kant komt, verwerkt het systeem die
een stuk sneller dan wanneer wij dat handmatig doen.

Alvast bedankt voor uw begrip.
Team Trapvast""")

    o, b = order("nl-ret-talk", "nl", "Elektrische melkopschuimer met inductie, zilver")
    case("nl-melkopschuimer-toch-houden", "quarantine", [RET],
         "Proactief bericht over een aangemelde retour dat de koper alleen probeert over te halen het product "
         "te houden; vraagt niets en biedt geen gedeeltelijke terugbetaling.",
         to=b, frm="Baristahoek <klantenservice@baristahoek.nl>", fmt="alt", lang="nl",
         subject=f"Uw retourmelding voor bestelling {o}", text=f"""Beste klant,

We zagen dat u de melkopschuimer uit bestelling {o} wilt
terugsturen.

Jammer! Veel klanten vinden het schuim de eerste keren wat aan de dunne
kant, maar met volle, goed gekoelde melk gaat het al snel een stuk beter.
Misschien is het de moeite waard om hem nog een paar dagen een kans te
geven voordat u hem inpakt.

Met vriendelijke groet,
Baristahoek""")

    o, b = order("nl-ret-partial", "nl", "Teakhouten tuinbank 150 cm, geolied")
    case("nl-tuinbank-deel-terug", "relay", [],
         "Bij een retourmelding (kras op de rugleuning) biedt de verkoper een gedeeltelijke terugbetaling van "
         "EUR 35 aan als de koper de bank houdt: toegestaan.",
         to=b, frm="Houtwerk Noord <retour@houtwerknoord.nl>", enc=W1252, lang="nl", crlf=True,
         subject=f"Retour tuinbank, bestelling {o}", text=f"""Goedendag,

U heeft voor bestelling {o} een retour aangemeld omdat er een
kras op de rugleuning van de tuinbank zit. Vervelend, excuses daarvoor.

Een bank van 150 cm terugsturen is een flinke klus. Als u hem wilt
houden, betalen wij u EUR 35,00 terug als tegemoetkoming voor de kras. Laat
u even weten of u daarmee akkoord gaat? Wilt u toch liever retourneren, dan
loopt de retour gewoon door zoals aangevraagd.

Met vriendelijke groet,
Bram Hoekstra
Houtwerk Noord""")

    o, b = order("nl-oos-soon", "nl", "Lamsvacht kinderwagen inlegger, crème", **OOS)
    case("nl-lamsvacht-zo-spoedig-mogelijk", "quarantine", [NOADJ],
         "Niet leverbaar, alleen excuses en 'wij storten uw geld zo spoedig mogelijk terug': geen bevestiging "
         "dat het bedrag is aangepast.",
         to=b, frm="Wolletje Baby <info@wolletjebaby.nl>", lang="nl",
         subject=f"Bestelling {o}", text=f"""Beste klant,

Het spijt ons enorm, maar de lamsvacht inlegger uit uw bestelling
{o} is niet meer leverbaar. Onze leverancier is onverwacht met
deze maat gestopt.

Wij zullen het bedrag zo spoedig mogelijk aan u terugstorten.

Nogmaals onze excuses,
Wolletje Baby""")


# --------------------------------------------------------------------------------------------
# Swedish (amazon.se)
# --------------------------------------------------------------------------------------------

def cases_sv() -> None:
    o, b = order("sv-oos-ok", "sv", "Linneförkläde med läderremmar, grafitgrå", **OOS)
    case("sv-forklade-aterbetalt", "relay", [],
         "Kan inte skickas: bekräftar att hela beloppet har återbetalats, med skälet att varan är slut i lager.",
         to=b, frm="Ask & Lin Hemtextil <order@askochlin.se>", enc=L1, lang="sv",
         subject=f"Din beställning {o}", text=f"""Hej,

Tyvärr kan vi inte skicka förklädet i din beställning {o}. Vid
packningen upptäckte vi att vår sista förpackning hade fått fuktskador,
och väveriet har inga fler just nu.

Vi har därför återbetalat hela beloppet, 389 kr, eftersom varan är slut i
lager. Pengarna syns på ditt konto inom några bankdagar, och du behöver inte
göra något mer.

Vi ber om ursäkt för besväret.

Vänliga hälsningar
Elin Ask
Ask & Lin Hemtextil""")

    o, b = order("sv-cancel", "sv", "Pannlampa 600 lumen, uppladdningsbar", **OOS)
    case("sv-pannlampa-avbryt-sjalv", "reject", [CANCEL, NOADJ],
         "Slut i lager, och köparen uppmanas att själv avbryta beställningen under Dina beställningar; ingen "
         "återbetalning bekräftas.",
         to=b, frm="Fjällkraft Utrustning <kundtjanst@fjallkraftutrustning.se>", fmt="html", lang="sv",
         subject=f"Angående beställning {o}", text=f"""Hej!

Tack för din beställning {o}. Tyvärr har pannlampan tagit slut i
vårt lager och vi vet inte när nästa leverans kommer.

Du kan enkelt avbryta beställningen själv under Dina beställningar på
Amazon, så går det snabbast.

Ha en fin dag!
Fjällkraft Utrustning""")

    o, b = order("sv-ret-got", "sv", "Vägghylla i ek, 80 cm, med dolda beslag")
    case("sv-hylla-retur-mottagen", "quarantine", [RET],
         "Meddelar bara att returen har kommit fram och kontrolleras; frågar inget och erbjuder ingen "
         "delåterbetalning.",
         to=b, frm="Snickeriet Eklund <retur@snickerieteklund.se>", enc=L1, lang="sv", tolerated=(CONF,),
         subject=f"Din retur, beställning {o}", text=f"""Hej,

Vi vill bara meddela att vi har tagit emot din retur av vägghyllan från
beställning {o}. Den ligger nu för kontroll hos vårt lager, och
när kontrollen är klar hanteras returen enligt våra villkor.

Med vänliga hälsningar
Snickeriet Eklund""")

    o, b = order("sv-ret-serial", "sv", "Robotdammsugare R7 med moppfunktion")
    case("sv-dammsugare-serienummer", "relay", [],
         "Returärende där säljaren ber om serienumret och felkoden som visas, för att kunna slutföra returen: "
         "nödvändig information.",
         to=b, frm="Städproffsen Nordic <service@stadproffsen.se>", fmt="alt", lang="sv", crlf=True,
         subject=f"Din retur av robotdammsugaren ({o})", text=f"""Hej,

Du har anmält en retur av robotdammsugaren från beställning {o}
med orsaken att den inte laddar.

För att vi ska kunna slutföra returen behöver vi två uppgifter från dig:
serienumret (det står på etiketten under dammbehållaren och börjar med R7-)
och den felkod som blinkar i displayen när roboten står i laddstationen.

Svara gärna på det här meddelandet med uppgifterna.

Vänliga hälsningar
Städproffsen Nordic""")

    o, b = order("sv-transit", "sv", "Glaskaraff med propp, 1 liter, munblåst", **TRANSIT)
    case("sv-karaff-transportskada-inom-kort", "quarantine", [NOADJ],
         "Krossad under transporten och ingen ersättare i lager; bara en ursäkt och 'återbetalningen kommer "
         "inom kort', ingen bekräftelse på att beloppet har justerats.",
         to=b, frm="Glasbruket Vide <info@glasbruketvide.se>", lang="sv", day=13,
         subject=f"Beställning {o} - glaskaraffen", text=f"""Hej,

Vi är ledsna att behöva berätta att paketet med din glaskaraff
(beställning {o}) har kommit tillbaka till oss från
fraktbolaget. Karaffen gick sönder under transporten, och eftersom den var
den sista i den här serien kan vi inte skicka en ny.

Återbetalningen kommer inom kort.

Varma hälsningar
Glasbruket Vide""")


# --------------------------------------------------------------------------------------------
# Polish (amazon.pl)
# --------------------------------------------------------------------------------------------

def cases_pl() -> None:
    o, b = order("pl-reply-cancel", "pl", "Czajnik elektryczny szklany 1,7 l z podświetleniem", **OOS)
    case("pl-czajnik-odpowiedz-wniosek", "reject", [CANCEL],
         "Odpowiedź na pytanie o wysyłkę: towar się wyprzedał, a kupujący ma 'złożyć wniosek o anulowanie' w "
         "zakładce Twoje zamówienia; zasada anulowania dotyczy też odpowiedzi.",
         to=b, frm="Sklep AGD Wiśniewski <obsluga@agd-wisniewski.pl>", enc=L2, lang="pl",
         reply="Dzień dobry, kiedy wyślecie czajnik? Zamówienie nadal nie jest nadane.",
         subject=f"Re: Zamówienie {o}", text=f"""Dzień dobry,

dziękujemy za wiadomość. Niestety czajnik z zamówienia {o}
wyprzedał się, zanim zdążyliśmy go spakować, a kolejna dostawa nie jest
jeszcze potwierdzona.

Uprzejmie prosimy o złożenie wniosku o anulowanie zamówienia w zakładce
Twoje zamówienia na Amazon.

Z poważaniem
Sklep AGD Wiśniewski""")

    o, b = order("pl-oos-ok", "pl", "Pościel z kory bawełnianej 160x200, szałwiowa", **OOS)
    case("pl-posciel-platnosc-oddana", "relay", [],
         "Nie można wysłać: potwierdza, że całą kwotę zamówienia już zwrócono, podając powód (produkt "
         "niedostępny w magazynie).",
         to=b, frm="Lniany Dom <zamowienia@lnianydom.pl>", fmt="alt", lang="pl",
         subject=f"Zamówienie {o} - zwrot środków", text=f"""Dzień dobry,

z przykrością informujemy, że nie możemy zrealizować zamówienia {o}.
Komplet pościeli w kolorze szałwiowym okazał się niedostępny w magazynie,
a szwalnia nie uszyje nowych przed wrześniem.

Całość płatności, 219,00 zł, została już oddana na Państwa konto; korektę
zaksięgowaliśmy z powodu niedostępności produktu. Nie trzeba nic więcej robić.

Przepraszamy za kłopot.
Lniany Dom""")

    o, b = order("pl-ret-policy", "pl", "Plecak miejski 25 l, wodoodporny, grafitowy")
    case("pl-plecak-zasady-zwrotu", "quarantine", [RET],
         "Proaktywna wiadomość w sprawie zwrotu, która tylko powtarza regulamin zwrotów; o nic nie prosi i nie "
         "proponuje częściowego zwrotu pieniędzy.",
         to=b, frm="Miejski Szlak <kontakt@miejskiszlak.pl>", enc=L2, lang="pl", crlf=True,
         subject=f"Zwrot plecaka - zamówienie {o}", text=f"""Dzień dobry,

otrzymaliśmy informację o chęci zwrotu plecaka z zamówienia {o}.

Przypominamy, że zgodnie z naszym regulaminem towar można odesłać w ciągu
30 dni od doręczenia, w stanie nienaruszonym, z metkami i w oryginalnym
opakowaniu. Produkty noszące ślady użytkowania nie podlegają zwrotowi.

Pozdrawiamy
Zespół Miejski Szlak""")

    o, b = order("pl-ret-photo", "pl", "Zestaw noży kuchennych 5 szt. w bloku bukowym")
    case("pl-noze-zdjecie-uszkodzenia", "relay", [],
         "Zgłoszony zwrot (wyszczerbione ostrze): sprzedawca prosi o zdjęcie uszkodzenia i o to, którego noża "
         "dotyczy, by dokończyć zwrot; to potrzebne informacje.",
         to=b, frm="Ostrze i Drewno <zwroty@ostrzeidrewno.pl>", fmt="html", lang="pl",
         subject=f"Zamówienie {o} - zgłoszenie zwrotu", text=f"""Dzień dobry,

dziękujemy za zgłoszenie zwrotu do zamówienia {o}, w którym
wskazano wyszczerbione ostrze.

Aby dokończyć zwrot, prosimy o przesłanie zdjęcia uszkodzenia oraz
informacji, którego z pięciu noży ono dotyczy. Te dane przekazujemy
producentowi, a po ich otrzymaniu od razu wyślemy etykietę zwrotną.

Z pozdrowieniami
Ostrze i Drewno""")

    o, b = order("pl-oos-soon", "pl", "Lampa biurkowa LED z ładowarką indukcyjną", **OOS)
    case("pl-lampa-zwrot-wkrotce", "quarantine", [NOADJ],
         "Brak towaru, tylko przeprosiny i 'zwrot pieniędzy nastąpi wkrótce': brak potwierdzenia korekty kwoty.",
         to=b, frm="Jasny Punkt <sklep@jasnypunkt.pl>", enc=B64, lang="pl",
         subject=f"Zamówienie {o}", text=f"""Szanowni Państwo,

bardzo przepraszamy, ale lampa biurkowa z zamówienia {o}
nie jest już dostępna u naszego dostawcy i nie możemy jej wysłać.

Zwrot pieniędzy nastąpi wkrótce.

Raz jeszcze przepraszamy za zaistniałą sytuację.
Jasny Punkt""")


# --------------------------------------------------------------------------------------------
# Turkish (amazon.com.tr)
# --------------------------------------------------------------------------------------------

def cases_tr() -> None:
    o, b = order("tr-oos-ok", "tr", "Bakır cezve 3 kişilik, el dövmesi", **OOS)
    case("tr-cezve-iade-edilmistir", "relay", [],
         "Gönderilemiyor: ürün stokta kalmadığı için tutarın tamamının iade edildiğini, sebebiyle birlikte "
         "onaylıyor.",
         to=b, frm="Kazancı Bakır <siparis@kazancibakir.com.tr>", enc=L9, lang="tr",
         subject=f"{o} numaralı siparişiniz hakkında", text=f"""Merhaba,

{o} numaralı siparişinizdeki bakır cezveyi maalesef
gönderemiyoruz. Son partideki ürünlerde kalay kaplama hatası çıktı ve
ustamız yenisini ancak birkaç hafta sonra hazırlayabilecek.

Ürün stokta kalmadığı için ödediğiniz 749,00 TL'nin tamamı iade
edilmiştir. Tutar, bankanıza bağlı olarak birkaç iş günü içinde hesabınıza
yansır; sizin bir şey yapmanıza gerek yok.

Yaşattığımız aksaklık için özür dileriz.
Kazancı Bakır""")

    o, b = order("tr-cancel", "tr", "Çelik termos 750 ml, mat siyah", **OOS)
    case("tr-termos-iptal-rica", "reject", [CANCEL, NOADJ],
         "Stokta yok, alıcıdan siparişi Siparişlerim sayfasından kendisinin iptal etmesi rica ediliyor; iade "
         "onayı yok.",
         to=b, frm="Kamp Dünyası <destek@kampdunyasi.com.tr>", fmt="html", lang="tr",
         subject=f"Sipariş {o}", text=f"""Sayın müşterimiz,

{o} numaralı siparişinizdeki çelik termos depomuzda tükenmiş
durumda, yeni stok tarihi de henüz belli değil.

Siparişinizi Siparişlerim sayfasından iptal etmenizi rica ederiz; iptal
talebi sizden geldiğinde sistem işlemi çok daha hızlı tamamlıyor.

Anlayışınız için teşekkür ederiz.
Kamp Dünyası Müşteri Hizmetleri""")

    o, b = order("tr-transit", "tr", "Porselen çay takımı 6 kişilik, lale desenli", **TRANSIT)
    case("tr-cay-takimi-kargo-hasar-iade-ettik", "relay", [],
         "Kargoda kırılan ve yeniden gönderilemeyen ürün: tutarın tamamı iade edildi, sebebi (kargoda hasar, "
         "stokta başka yok) belirtilmiş.",
         to=b, frm="Lale Porselen <info@laleporselen.com.tr>", enc=L9, lang="tr", day=13, crlf=True,
         subject=f"{o} numaralı sipariş - kargo hasarı", text=f"""Merhaba,

{o} numaralı siparişinizin kolisi kargo firması tarafından
hasarlı olarak bize geri gönderildi; fincanların bir kısmı yolda kırılmış.
Elimizde bu desenden başka takım kalmadığı için yeniden gönderim yapamıyoruz.

Bu nedenle sipariş tutarının tamamını (1.280,00 TL) bugün iade ettik.
İade, ürünün kargoda hasar görmesi ve stokta yenisinin bulunmaması
gerekçesiyle yapıldı.

Özür dileriz,
Lale Porselen""")

    o, b = order("tr-ret-partial", "tr", "Yün kilim 120x180 cm, el dokuma")
    case("tr-kilim-kismi-iade-teklifi", "relay", [],
         "İade talebine (renk farkı) karşılık ürünü saklaması halinde 300 TL kısmi iade teklifi: izin verilen "
         "konu.",
         to=b, frm="Anadolu Dokuma <iade@anadoludokuma.com.tr>", fmt="alt", lang="tr",
         subject=f"İade talebiniz - {o}", text=f"""Merhaba,

{o} numaralı siparişteki kilim için renk farkı nedeniyle iade
talebi oluşturduğunuzu gördük.

Kilimi iade etmek yerine kullanmaya devam etmek isterseniz size 300,00 TL
kısmi iade yapabiliriz. Bu teklifi kabul ederseniz bu mesajı yanıtlamanız
yeterli; kabul etmezseniz iade talebiniz olduğu gibi devam eder.

Saygılarımızla,
Anadolu Dokuma""")

    o, b = order("tr-ret-talk", "tr", "Akıllı bileklik, nabız ve uyku takibi")
    case("tr-bileklik-vazgecin", "quarantine", [RET],
         "İade talebi üzerine gönderilen, yalnızca ürünü elde tutması için ikna etmeye çalışan mesaj; bilgi "
         "istemiyor, kısmi iade önermiyor.",
         to=b, frm="TeknoNabız <destek@teknonabiz.com.tr>", lang="tr",
         subject=f"{o} - iade talebiniz", text=f"""Merhaba,

{o} numaralı siparişinizdeki akıllı bileklik için iade talebi
oluşturduğunuzu gördük.

Bilekliğin uyku verileri ilk birkaç gece tam oturmayabiliyor; cihaz sizi
tanıdıkça ölçümler çok daha tutarlı hale geliyor. İade etmeden önce bir hafta
daha denemenizi gönülden tavsiye ederiz, pişman olmayacaksınız.

Sevgiler,
TeknoNabız""")


# --------------------------------------------------------------------------------------------
# Arabic (amazon.ae, amazon.sa)
# --------------------------------------------------------------------------------------------

def cases_ar() -> None:
    o, b = order("ar-oos-ok", "ar", "مبخرة نحاسية كهربائية مع شاحن", **OOS)
    case("ar-mabkhara-tam-alistirdad", "relay", [],
         "Cannot ship (.ae): confirms the full amount was refunded because the product is out of stock.",
         to=b, frm="Oud Al Bait <orders@oudalbait.ae>", enc=B64, lang="ar",
         subject=f"بخصوص طلبكم رقم {o}", text=f"""عزيزي العميل،

نأسف لإبلاغكم بأننا لا نستطيع شحن المبخرة الكهربائية في طلبكم رقم
{o}، إذ تبين عند التغليف أن آخر قطعة لدينا معيبة، ولا يتوفر
لدى المورد بديل حالياً.

وقد تم استرداد كامل مبلغ الطلب (189 درهماً) إلى وسيلة الدفع الخاصة بكم،
وذلك بسبب نفاد المنتج من المخزون. لا يلزمكم القيام بأي إجراء.

مع خالص الاعتذار،
فريق عود البيت""")

    o, b = order("ar-cancel", "ar", "ماكينة قهوة عربية 1.2 لتر", tld="sa", **OOS)
    case("ar-sa-qahwa-talab-ilgha", "reject", [CANCEL, NOADJ],
         "Out of stock (.sa), and the buyer is asked to submit a cancellation request from Your Orders so it is "
         "processed faster; no refund confirmed.",
         to=b, frm="Dallah Store <care@dallahstore.sa>", fmt="html", lang="ar",
         subject=f"طلبكم {o}", text=f"""مرحباً،

شكراً لطلبكم رقم {o}. للأسف نفدت كمية ماكينة القهوة العربية
من مستودعنا، ولا يوجد موعد محدد لوصول دفعة جديدة.

نرجو منكم التكرم بتقديم طلب إلغاء من صفحة "طلباتك" في حسابكم على أمازون،
حيث تتم معالجة الإلغاء بشكل أسرع عندما يصدر منكم.

مع الشكر،
متجر دلة""")

    o, b = order("ar-oos-soon", "ar", "سجادة صلاة مبطنة، لون زيتي", **OOS)
    case("ar-sajjada-sanastarid-qariban", "quarantine", [NOADJ],
         "Out of stock (.ae) with an apology and 'we will refund the amount soon': no confirmation of the "
         "adjustment.",
         to=b, frm="Bait Al Sajjad <info@baitalsajjad.ae>", enc=W1256, lang="ar",
         subject=f"طلب رقم {o}", text=f"""عزيزنا العميل،

نعتذر منكم، فسجادة الصلاة المبطنة باللون الزيتي في طلبكم رقم
{o} غير متوفرة حالياً ولن نتمكن من شحنها.

سنقوم باسترداد المبلغ لكم قريباً إن شاء الله.

مع التحية،
بيت السجاد""")

    o, b = order("ar-ret-info", "ar", "طقم أكواب زجاجية 6 قطع مع حامل", tld="sa")
    case("ar-sa-akwab-sura-wa-ayy-qita", "relay", [],
         "Return follow-up (.sa) asking for a photo of the crack and which of the six glasses it is, needed to "
         "complete the return.",
         to=b, frm="Zujaj Home <returns@zujajhome.sa>", fmt="alt", lang="ar", crlf=True,
         subject=f"طلب الإرجاع للطلب {o}", text=f"""مرحباً،

وصلنا طلب الإرجاع الخاص بطقم الأكواب في الطلب رقم {o} بسبب
وجود شرخ.

لإتمام الإرجاع نحتاج منكم إلى صورة واضحة للشرخ، مع تحديد عدد الأكواب
المتضررة من أصل ستة، حتى نرسل لكم ملصق الإرجاع المناسب.

شكراً لتعاونكم،
زجاج هوم""")

    o, b = order("ar-ret-got", "ar", "خلاط يدوي 800 واط مع ملحقات")
    case("ar-khallat-istalamna-almurtaja", "quarantine", [RET],
         "Proactive message (.ae) that only says the returned blender has been received and will be processed "
         "per policy; it asks nothing and offers no partial refund.",
         to=b, frm="Matbakhi Store <support@matbakhistore.ae>", enc=B64, lang="ar", tolerated=(CONF,),
         subject=f"إرجاع الطلب {o}", text=f"""عزيزي العميل،

نود إعلامكم بأننا استلمنا المرتجع الخاص بالخلاط اليدوي من الطلب رقم
{o}، وسيتم فحصه ومعالجته وفقاً لسياسة الإرجاع المعتمدة لدينا.

مع أطيب التحيات،
متجر مطبخي""")


# --------------------------------------------------------------------------------------------
# Portuguese (amazon.com.br)
# --------------------------------------------------------------------------------------------

def cases_pt() -> None:
    o, b = order("pt-oos-ok", "pt", "Rede de descanso algodão cru, casal", **OOS)
    case("pt-rede-valor-estornado", "relay", [],
         "Não pode ser enviado: confirma que o valor total foi estornado porque o produto está fora de estoque.",
         to=b, frm="Redes do Sertão <pedidos@redesdosertao.com.br>", enc=L1, lang="pt",
         subject=f"Seu pedido {o}", text=f"""Olá,

Infelizmente não vamos conseguir enviar a rede de descanso do pedido
{o}. A última peça que tínhamos apresentou um defeito na
costura durante a conferência, e a tecelagem só volta a produzir em agosto.

O valor total de R$ 189,90 foi estornado porque o produto está fora de
estoque. O prazo para aparecer na fatura depende do seu banco; você não
precisa fazer mais nada.

Pedimos desculpas pelo transtorno.
Redes do Sertão""")

    o, b = order("pt-cancel", "pt", "Panela de pressão elétrica 6 L, inox", **OOS)
    case("pt-panela-solicite-cancelamento", "reject", [CANCEL, NOADJ],
         "Sem estoque, e o comprador é orientado a solicitar o cancelamento em Seus pedidos para o sistema "
         "processar mais rápido; nenhum estorno confirmado.",
         to=b, frm="Casa Prática Utilidades <atendimento@casapratica.com.br>", fmt="html", lang="pt",
         subject=f"Pedido {o}", text=f"""Olá, tudo bem?

Agradecemos pela compra do pedido {o}. Infelizmente a panela de
pressão elétrica esgotou no nosso estoque e não temos previsão de reposição.

Pedimos a gentileza de solicitar o cancelamento pela página Seus pedidos da
Amazon. Quando o pedido parte de você, o sistema processa tudo
automaticamente e o valor volta mais rápido.

Atenciosamente,
Casa Prática Utilidades""")

    o, b = order("pt-reply-soon", "pt", "Luminária de mesa articulada, verde musgo", **OOS)
    case("pt-luminaria-resposta-reembolso-em-breve", "relay", [],
         "Resposta ao comprador que perguntou pelo envio: sem estoque e 'o reembolso será feito em breve'. A regra "
         "de confirmação do ajuste só vale para mensagens proativas, e nada se pede ao comprador.",
         to=b, frm="Ateliê Luz & Forma <contato@luzeforma.com.br>", lang="pt",
         reply="Boa tarde, meu pedido ainda aparece como não enviado. Tem previsão?",
         subject=f"Re: Pedido {o} ainda não enviado", text=f"""Boa tarde,

Obrigado pela mensagem. Infelizmente a luminária verde musgo do pedido
{o} ficou sem estoque antes de ser despachada, e o fornecedor
não tem data para repor.

Vamos cancelar o pedido do nosso lado e o reembolso será feito em breve.
Desculpe pelo transtorno.

Abraços,
Ateliê Luz & Forma""")

    o, b = order("pt-ret-serial", "pt", "Fone de ouvido Bluetooth com cancelamento de ruído")
    case("pt-fone-numero-de-serie", "relay", [],
         "Devolução aberta (um lado sem som): o vendedor pede o número de série e um vídeo curto do defeito, "
         "informações necessárias para concluir a devolução.",
         to=b, frm="SomMax Eletrônicos <sac@sommax.com.br>", fmt="alt", lang="pt", crlf=True,
         subject=f"Sua devolução - pedido {o}", text=f"""Olá,

Recebemos sua solicitação de devolução do fone de ouvido do pedido
{o}, com o motivo "lado esquerdo sem som".

Para concluir a devolução, precisamos de duas informações: o número de
série (fica na etiqueta dentro do estojo de carregamento) e, se possível,
um vídeo curto mostrando o defeito. Pode responder esta mensagem com os
dois.

Atenciosamente,
SomMax Eletrônicos""")

    o, b = order("pt-ret-policy", "pt", "Tênis de corrida masculino 42, azul marinho")
    case("pt-tenis-politica-de-troca", "quarantine", [RET],
         "Mensagem proativa sobre a devolução que só repete a política de trocas e devoluções; não pede nada "
         "e não oferece reembolso parcial.",
         to=b, frm="Passada Certa Esportes <trocas@passadacerta.com.br>", enc=L1, lang="pt",
         subject=f"Devolução do pedido {o}", text=f"""Olá,

Vimos que você abriu uma devolução para o tênis do pedido {o}.

Lembramos que, conforme nossa política de trocas e devoluções, o produto
deve voltar sem sinais de uso, com etiquetas e na caixa original, em até 30
dias após o recebimento. Produtos usados em corrida não são aceitos.

Equipe Passada Certa""")


# --------------------------------------------------------------------------------------------
# German (amazon.de)
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = order("de-oos-ok", "de", "Emaille-Milchtopf 1,5 l, cremeweiß", **OOS)
    case("de-milchtopf-betrag-erstattet", "relay", [],
         "Nicht lieferbar: bestätigt, dass der volle Betrag erstattet wurde, weil der Artikel nicht mehr "
         "lieferbar ist.",
         to=b, frm="Emaillewerk Brandt <versand@emaillewerk-brandt.de>", enc=L15, lang="de",
         subject=f"Bestellung {o}: Milchtopf", text=f"""Guten Tag,

leider können wir den Milchtopf aus Ihrer Bestellung {o} nicht
versenden. Bei der Endkontrolle zeigten die letzten Stücke Abplatzungen an
der Emaille, und aus der Manufaktur kommt vor Herbst nichts nach.

Den vollen Betrag von 34,90 EUR haben wir Ihnen heute erstattet, da der
Artikel nicht mehr lieferbar ist. Sie müssen nichts weiter tun.

Wir bitten um Entschuldigung.
Emaillewerk Brandt""")

    o, b = order("de-cancel", "de", "Kinder-Laufrad Holz, 12 Zoll", **OOS)
    case("de-laufrad-stornierung-beantragen", "reject", [CANCEL, NOADJ],
         "Ausverkauft, und der Käufer soll 'die Stornierung über Meine Bestellungen beantragen'; keine "
         "Erstattung bestätigt.",
         to=b, frm="Holzwurm Spielwaren <kontakt@holzwurm-spielwaren.de>", fmt="html", lang="de",
         subject=f"Ihre Bestellung {o}", text=f"""Hallo,

vielen Dank für Ihre Bestellung {o}. Das Holzlaufrad ist leider
ausverkauft, und unser Tischler kann erst in einigen Wochen neue bauen.

Bitte beantragen Sie die Stornierung über "Meine Bestellungen" in Ihrem
Amazon-Konto, damit der Vorgang im System sauber abgeschlossen wird.

Herzliche Grüße
Holzwurm Spielwaren""")

    o, b = order("de-price", "de", "Leinen-Tischdecke 140 x 240 cm, salbeigrün")
    case("de-tischdecke-preisdifferenz", "relay", [],
         "Preiskorrektur: zu viel berechnet, die Differenz von 8 EUR wurde erstattet, mit Grund; ein "
         "notwendiger Hinweis zur Bestellung, keine Werbung.",
         to=b, frm="Leinenstube Harms <bestellung@leinenstube-harms.de>", enc=W1252, lang="de", day=5,
         subject=f"Preiskorrektur zu Bestellung {o}", text=f"""Guten Tag,

bei der Durchsicht unserer Bestellungen ist uns aufgefallen, dass Ihnen für
die Tischdecke aus Bestellung {o} 59,00 EUR berechnet wurden,
obwohl im Angebot 51,00 EUR ausgewiesen waren.

Die Differenz von 8,00 EUR haben wir Ihnen heute erstattet, Grund:
Preisfehler in unserem Angebot. Sie müssen dafür nichts tun.

Freundliche Grüße
Leinenstube Harms""")

    o, b = order("de-ret-talk", "de", "Kabellose Gartenschere mit Akku, 25 mm Schnitt")
    case("de-gartenschere-behalten-ueberreden", "quarantine", [RET],
         "Proaktive Nachricht zur beantragten Rücksendung, die nur zum Behalten überreden will; fragt nichts, "
         "bietet keine Teilerstattung.",
         to=b, frm="Grünschnitt Profi <service@gruenschnitt-profi.de>", fmt="alt", lang="de",
         subject=f"Ihre Rücksendung - Bestellung {o}", text=f"""Hallo,

wir haben gesehen, dass Sie die Akku-Gartenschere aus Bestellung
{o} zurückschicken möchten.

Ganz ehrlich: Die meisten Kunden, die anfangs zweifeln, sind nach ein paar
Tagen begeistert, sobald sie den Dreh mit der Sicherung raus haben. Wäre es
nicht schade, sie jetzt wieder einzupacken? Geben Sie ihr doch noch eine
Chance.

Beste Grüße
Grünschnitt Profi""")

    o, b = order("de-transit", "de", "Mundgeblasene Glaslaterne, rauchgrau", **TRANSIT)
    case("de-laterne-transportschaden-erstattung-folgt", "quarantine", [NOADJ],
         "Transportschaden, kein Ersatz am Lager; nur 'Die Erstattung folgt in Kürze': keine Bestätigung der "
         "Anpassung.",
         to=b, frm="Glashütte Lindenau <shop@glashuette-lindenau.de>", enc=L15, lang="de", day=13, crlf=True,
         subject=f"Ihre Glaslaterne - Bestellung {o}", text=f"""Guten Tag,

leider ist das Paket mit Ihrer Glaslaterne (Bestellung {o})
beschädigt zu uns zurückgekommen; die Laterne ist auf dem Transportweg
zerbrochen. Da es das letzte Stück in Rauchgrau war, können wir keinen
Ersatz schicken.

Die Erstattung folgt in Kürze. Es tut uns sehr leid.

Mit freundlichen Grüßen
Glashütte Lindenau""")


# --------------------------------------------------------------------------------------------
# Spanish (amazon.com.mx)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("es-oos-ok", "es", "Molcajete de piedra volcánica 20 cm", **OOS)
    case("es-molcajete-ya-reembolsamos", "relay", [],
         "No se puede enviar: confirma que ya se reembolsó el importe total porque el producto se agotó.",
         to=b, frm="Barro y Piedra <pedidos@barroypiedra.com.mx>", lang="es",
         subject=f"Tu pedido {o}", text=f"""Hola,

Lamentamos avisarte que no podremos enviar el molcajete de tu pedido
{o}: las últimas piezas salieron con fisuras al curarlas y el
artesano no tendrá nuevas hasta dentro de un mes.

Ya te reembolsamos el importe total de $689.00 MXN porque el producto se
agotó. Según tu banco, el reembolso se verá reflejado en unos días; no
necesitas hacer nada más.

Una disculpa por el inconveniente.
Barro y Piedra""")

    o, b = order("es-reply-cancel", "es", "Licuadora de 10 velocidades, vaso de vidrio 1.5 L", **OOS)
    case("es-licuadora-respuesta-cancelarlo-usted", "reject", [CANCEL],
         "Respuesta a '¿cuándo llega?': sin existencias, y se pide al comprador que cancele "
         "él mismo en Mis pedidos; la regla de cancelación aplica también a respuestas.",
         to=b, frm="Hogar Eléctrico MX <atencion@hogarelectricomx.com.mx>", fmt="html", lang="es",
         reply="Hola, compré la licuadora hace una semana y no se ha enviado. ¿Cuándo llega?",
         subject=f"Re: Pedido {o}", text=f"""Hola, buen día.

Gracias por escribirnos. Le informamos que la licuadora de su pedido
{o} se quedó sin existencias en nuestro almacén.

¿Nos haría el favor de cancelarlo usted mismo en la sección Mis pedidos
de Amazon? Así el sistema le regresa su dinero de inmediato.

Saludos cordiales,
Hogar Eléctrico MX""")

    o, b = order("es-oos-sorry", "es", "Jarra de talavera poblana 1 L", **OOS)
    case("es-jarra-procesaremos-reembolso", "quarantine", [NOADJ],
         "Sin existencias, sólo disculpas y 'en los próximos días procesaremos su reembolso': no confirma el "
         "ajuste del importe.",
         to=b, frm="Talavera Los Ángeles <ventas@talaveralosangeles.com.mx>", enc=B64, lang="es",
         subject=f"Pedido {o}", text=f"""Estimado cliente:

Le ofrecemos una sincera disculpa: la jarra de talavera de su pedido
{o} ya no está disponible, pues la última pieza se dañó en el
taller antes del envío.

En los próximos días procesaremos su reembolso.

Atentamente,
Talavera Los Ángeles""")

    o, b = order("es-ret-partial", "es", "Silla de montar para niño, piel natural")
    case("es-silla-reembolso-parcial", "relay", [],
         "Ante la devolución solicitada (costura floja), el vendedor ofrece un reembolso parcial de $400 MXN si "
         "el comprador se queda el producto: permitido.",
         to=b, frm="Talabartería El Potrero <devoluciones@elpotrero.com.mx>", fmt="alt", lang="es", crlf=True,
         subject=f"Devolución de su pedido {o}", text=f"""Hola,

Vimos que solicitó la devolución de la silla de montar del pedido
{o} porque una costura del faldón viene floja.

Si prefiere quedarse con la silla, le podemos hacer un reembolso parcial de
$400.00 MXN para que la costura se la refuercen en cualquier talabartería.
Sólo responda a este mensaje si le parece bien; si no, la devolución sigue
su curso normal.

Saludos,
Talabartería El Potrero""")

    o, b = order("es-ret-got", "es", "Cafetera de goteo programable 12 tazas")
    case("es-cafetera-devolucion-recibida", "quarantine", [RET],
         "Sólo informa que la devolución ya llegó a la bodega y se revisará; no pide nada ni ofrece reembolso "
         "parcial.",
         to=b, frm="Café en Casa MX <soporte@cafeencasamx.com.mx>", lang="es", tolerated=(CONF,),
         subject=f"Su devolución del pedido {o}", text=f"""Hola,

Le confirmamos que la cafetera de su pedido {o} ya llegó a
nuestra bodega. El equipo de calidad la revisará en los próximos días
conforme a nuestra política de devoluciones.

Saludos cordiales,
Café en Casa MX""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_nl, cases_sv, cases_pl, cases_tr, cases_ar, cases_pt,
                                    cases_de, cases_es))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="fortysixth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
