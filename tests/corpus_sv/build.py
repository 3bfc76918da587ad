#!/usr/bin/env python3
"""Build the Swedish labelled corpus (amazon.se): orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_sv/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, before any Swedish phrase data existed. Nearly all cases are in Swedish, to buyers of
amazon.se (buyer_language "sv" on most orders, empty on a few so the marketplace default applies); a few are in
English to show language.mismatch both ways. Register varies: the usual Swedish "du", the old-fashioned polite
"Ni" (capitalised), and a chatty small-shop tone. Compliant near-misses use the same vocabulary as the
violations: "granska" (to review = inspect), "betyg" and "stjärna" in other senses, "slut i lager", "STOPP-knappen",
a company's organisationsnummer, momsregistreringsnummer and bankgiro, a manufacturer's warranty line.
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

_rnd = random.Random(46_2026_0615)
_PREFIX = {"se": "40", "com": "11", "de": "30"}
_TLD = {"sv": "se", "en": "se", "de": "de"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T10:00:00Z", shipped="2026-06-02T08:00:00Z",
                 delivered="2026-06-05T12:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-10T09:00:00Z"}
PENDING = {"shipped": "", "delivered": ""}


def _d(day: int) -> str:
    return mail_date(day, "09:40:00", "+0200")


HEURISTIC = ["type.order-confirmation", "type.thank-you-only", "type.marketing", "review.incentive",
             "review.removal-request", "review.conditional", "order-problem.cancellation-request",
             "order-problem.no-adjustment", "return.unnecessary", "content.sensitive", "link.opt-out"]
OTHER = ["order-id.missing", "order-id.unknown", "window.expired", "language.mismatch", "content.email-address",
         "content.phone-number", "link.external", "link.insecure", "style.emoji", "style.line-breaks",
         "style.link-text", "review.repeat"]


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str,
         text: str | None = None, html: str | None = None, day: int = 12, reply: str = "",
         tolerated: tuple[str, ...] = (), after: tuple[str, ...] = (), attach=(), lang: str = "") -> None:
    """One case. Every rule of HEURISTIC and OTHER not named in `rules` (or tolerated) must stay silent.
    `reply` is the buyer's quoted question: the message then answers a buyer (In-Reply-To)."""
    hdrs = reply_headers(f"0100019b.sv.{slug[:24]}") if reply else []
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = None
    if text is not None:
        body = text.strip("\n") + "\n"
        if reply:
            body += "\n" + quote(reply) + "\n"
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*HEURISTIC, *OTHER) if r not in rules and r not in tol]
    msg = mk(frm, to, subject, _d(day), f"<sv.{slug}@{dom}>", headers=hdrs, text=body, html=html, attach=attach)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, after=after, lang=lang)


# --------------------------------------------------------------------------------------------
# Compliant near-misses
# --------------------------------------------------------------------------------------------

def cases_sv() -> None:  # noqa: PLR0915 - one long list of cases
    o, b = order("neutral-du", "sv", "Gjutjärnsgryta 4 liter, svart emalj")
    case("skotselrad-neutral-recension", "relay", [],
         "Useful care advice, then a neutral review request ('oavsett om det är positivt eller negativt'): "
         "no benefit, no condition, no steering.",
         to=b, frm="Järnspisen AB <hej@jarnspisen.se>",
         subject=f"Några tips för din nya gryta – order {o}", text=f"""Hej!

Din gjutjärnsgryta från order {o} bör ha kommit fram nu, så här kommer några
råd för de första veckorna.

Diska grytan för hand med varmt vatten och en borste. Emaljen tål diskmedel,
men låt aldrig grytan stå i blöt över natten. Torka den ordentligt innan du
ställer undan den, särskilt kanten där emaljen slutar.

Värm upp grytan långsamt på medelvärme. Gjutjärn håller värmen länge, så du
behöver sällan högsta läget. Undvik att ställa en het gryta direkt i kallt vatten.

Om du har en stund över får du gärna lämna ett omdöme om grytan på Amazon,
oavsett om det är positivt eller negativt. Det hjälper andra som funderar på
att köpa den.

Trevlig matlagning!
Karin på Järnspisen""")

    o, b = order("neutral-ni", "sv", "Ullfilt till golvlampa, 3-pack")
    case("artig-ni-forfragan-betyg", "relay", [],
         "Old-fashioned polite 'Ni' register: a product note and a neutral request for a review and seller "
         "feedback, every opinion welcome.",
         to=b, frm="Hantverkshuset Dalarna <order@hantverkshuset-dalarna.se>",
         subject=f"Angående Er beställning {o}", text=f"""Bästa kund,

Vi vill meddela att ullfilten i Er beställning {o} är handtovad och därför kan
variera något i färg mellan de tre bitarna. Det är alltså inget fel på varan.

Filten kan vid behov borstas med en mjuk klädborste. Tvätta den inte i maskin,
då krymper ullen.

Vi skulle uppskatta om Ni ville berätta vad Ni tycker om filten i en recension
på Amazon, och om Ni vill får Ni också gärna lämna ett säljaromdöme. All
återkoppling, både beröm och kritik, hjälper oss att bli bättre.

Med vänliga hälsningar
Ingrid Persson
Hantverkshuset Dalarna""")

    o, b = order("rabatt-reply", "sv", "Termos 1 liter, rostfritt stål")
    case("rabatt-forklaring-aterbetald", "relay", [],
         "The buyer asked why a friend paid less; 'rabatten' explains a price that has ended and the difference "
         "is already refunded: no offer, no code.",
         to=b, frm="Fjällvind Outdoor <kundservice@fjallvind.se>",
         reply="Min kompis köpte samma termos förra veckan för 50 kr mindre. Varför fick jag betala mer?",
         subject=f"Sv: Fråga om priset – order {o}", text=f"""Hej,

Tack för din fråga om priset på termosen (order {o}).

Din kompis köpte troligen under vår lanseringsvecka, då termosen hade 20 %
rabatt. Rabatten gällde till och med den 31 maj och din beställning lades den
1 juni, till ordinarie pris.

Eftersom rabatten tog slut bara några timmar innan du handlade har vi återbetalat
mellanskillnaden på 50 kr via Amazon. Återbetalningen syns i din orderöversikt
och kan ta några bankdagar innan den dyker upp på kontot.

Du behöver inte göra något mer. Förlåt för förvirringen!

Vänliga hälsningar
Jonas, Fjällvind Outdoor""")

    o, b = order("delay", "sv", "Adventsstjärna i papper, vit, 60 cm", **PENDING)
    case("adventsstjarna-forsenad", "relay", [],
         "A delay notice the guidelines require; 'stjärna' is the product (an Advent star), not a rating.",
         to=b, frm="Pappersljus <butik@pappersljus.se>",
         subject=f"Din adventsstjärna är försenad – order {o}", text=f"""Hej,

Vi skriver angående din adventsstjärna, order {o}.

Stjärnan skulle ha skickats den 10 juni, men vid vår kvalitetskontroll upptäckte
vi att pappret i den senaste leveransen från tryckeriet var för tunt: flera
stjärnor sprack redan när vi vek dem. Vi skickade därför tillbaka hela partiet.

Nytt papper väntas den 18 juni och vi skickar din stjärna samma dag. Den bör
alltså vara hos dig omkring den 22 juni, ungefär en vecka senare än vad som
angavs när du beställde.

Passar inte det nya datumet kan du när som helst avbryta beställningen via ditt
Amazon-konto, utan kostnad.

Vi ber om ursäkt för väntetiden.
Hälsningar, Pappersljus""")

    o, b = order("oos-ok", "sv", "Keramikkruka handgjord, salviagrön, stor", **OOS)
    case("slut-i-lager-aterbetalt", "relay", [],
         "Out of stock ('slut i lager'): the message confirms the full refund with the reason (no inventory). "
         "'slut' is Swedish for 'finished', not an English insult.",
         to=b, frm="Lera & Löv <studio@leraochlov.se>",
         subject=f"Din beställning {o} – tyvärr slut i lager", text=f"""Hej,

Vi är verkligen ledsna, men den stora salviagröna krukan du beställde (order
{o}) är slut i lager och vi kan inte skicka den.

Varje kruka drejas och glaseras för hand i vår ateljé, och den senaste bränningen
av den gröna glasyren fick sprickor i hela omgången. Eftersom vi inte säljer
krukor med glasyrfel, och vår leverantör inte har råvaran just nu, kan vi inte
tillverka nya under de närmaste veckorna.

Vi har därför justerat ordern och återbetalat hela beloppet, 449 kr, via Amazon
med orsaken "slut i lager" (ingen tillgång). Du ser återbetalningen i din
orderöversikt; beroende på bank kan det ta upp till fem bankdagar.

Än en gång ber vi om ursäkt för besväret.
Hälsningar, Maja på Lera & Löv""")

    o, b = order("ret-info", "sv", "Bluetooth-hörlurar med brusreducering")
    case("retur-serienummer", "relay", [],
         "A return follow-up that asks for the serial number and a description of the fault, needed to "
         "complete the return.",
         to=b, frm="Ljudbolaget Norden <retur@ljudbolaget.se>",
         subject=f"Din returförfrågan för order {o}", text=f"""Hej,

Vi har tagit emot din returförfrågan för hörlurarna i order {o} med orsaken
"slutade fungera".

För att kunna slutföra returen behöver vi två uppgifter från dig:

1. Hörlurarnas serienummer. Det sitter på en vit etikett inne i vänster kåpa
när du försiktigt drar av öronkudden, och börjar med bokstäverna SN.
2. En kort beskrivning av felet: är det tyst i höger lur, fungerar inte
brusreduceringen, eller går hörlurarna inte att starta alls?

Med de uppgifterna kan vi avgöra om lurarna ska repareras hos tillverkaren eller
återbetalas direkt. Svara gärna på det här meddelandet; du behöver inte skicka
tillbaka något förrän vi har bekräftat.

Tack på förhand!
Returavdelningen, Ljudbolaget Norden""")

    o, b = order("ret-partial", "sv", "Påslakan i linne, 220x220, natur")
    case("retur-delaterbetalning", "relay", [],
         "A return-related message offering a partial refund as an alternative to the return: permitted.",
         to=b, frm="Linneboden <kund@linneboden.se>",
         subject=f"Angående din retur – order {o}", text=f"""Hej,

Tack för att du hörde av dig om den utdragna tråden i påslakanet från order
{o}. Vi är ledsna att det kom fram så.

Du har begärt att få returnera påslakanet, och det går förstås bra.
Returetiketten finns redan i ditt Amazon-konto.

Som ett alternativ kan vi erbjuda dig en delåterbetalning på 200 kr om du
behåller påslakanet. En utdragen tråd i linne går oftast att dra tillbaka: töj
tyget försiktigt på båda sidor om öglan och för sedan ned öglan på baksidan med
en trubbig nål. Efter en tvätt syns det inte.

Svara gärna och berätta vilket alternativ du föredrar. Väljer du
delåterbetalningen gör vi den via Amazon inom en arbetsdag.

Vänliga hälsningar
Sara, Linneboden""")

    o, b = order("engrave", "sv", "Skärbräda i ek med gravyr", **PENDING)
    case("gravyr-fraga-text", "relay", [],
         "Asks for the missing engraving text needed to complete a personalised order.",
         to=b, frm="Ekdalens Snickeri <order@ekdalens.se>",
         subject=f"Vilken text ska graveras? Order {o}", text=f"""Hej!

Tack för din beställning av skärbrädan med gravyr, order {o}.

Tyvärr kom fältet för gravyrtexten fram tomt till oss. Det händer ibland när
beställningen görs i mobilappen och texten innehåller å, ä eller ö.

Kan du svara med den text du vill ha graverad (högst 30 tecken) och om den ska
stå i nederkant eller i mitten av brädan? Hör vi inget före onsdag skickar vi
brädan utan gravyr, så att leveransen inte blir försenad, och återbetalar
gravyrtillägget.

Hälsningar
Anders, Ekdalens Snickeri""")

    o, b = order("warranty-phone", "sv", "Robotdammsugare X300")
    case("tillverkarens-garanti-telefon", "relay", [],
         "A phone number for the manufacturer's warranty service ('tillverkarens garantiservice'), in the same "
         "sentence: allowed.",
         to=b, frm="Städproffsen <support@stadproffsen.se>",
         reply="Min robotdammsugare stannar efter fem minuter. Vad gör jag?",
         subject=f"Sv: Robotdammsugaren stannar – order {o}", text=f"""Hej,

Tråkigt att höra att robotdammsugaren från order {o} stannar.

Det vanligaste felet är att borsten har trasslat in sig i hår. Vänd på roboten,
lossa borstens fästklämma och klipp bort håret med en sax. Rengör också
hjulen och laddkontakterna med en torr trasa.

Om roboten fortfarande stannar täcks felet av tvåårsgarantin. Tillverkarens
garantiservice nås på 08-123 45 67 vardagar 9–16; ha ordernumret redo när du
ringer.

Vänliga hälsningar
Städproffsen""")

    o, b = order("carrier-phone", "sv", "Soffa 3-sits, grå sammet")
    case("tung-leverans-transportor-telefon", "relay", [],
         "Scheduling the delivery of a bulky item; the carrier's ('transportören') phone number is allowed.",
         to=b, frm="Soffagrossisten <leverans@soffagrossisten.se>",
         subject=f"Boka leveranstid för din soffa – order {o}", text=f"""Hej,

Din soffa från order {o} är klar för leverans. Eftersom den levereras på pall
med två chaufförer behöver vi boka en tid med dig.

Svara gärna på det här meddelandet med två eller tre datum mellan 17 och 26
juni som passar dig, och om det finns hiss i huset.

Transportören, Bring, ringer dig dagen före leveransen. Vill du ändra tiden
därefter når du Brings kundtjänst för hemleveranser på 0771-720 00 00.

Hälsningar
Soffagrossisten""")

    o, b = order("invoice", "sv", "Kontorsstol ergonomisk, svart")
    case("faktura-orgnr-moms-bankgiro", "relay", [],
         "The buyer asked for an invoice; the PDF is attached and the signature carries the organisationsnummer, "
         "momsregistreringsnummer and bankgiro: none of them is a phone number.",
         to=b, frm="Kontorsvaruhuset i Norden AB <faktura@kontorsvaruhuset.se>",
         reply="Hej, kan jag få en faktura med moms för stolen? Jag köpte den till firman.",
         attach=[(make_pdf("Faktura 2026-1187", ["Faktura 2026-1187", "Kontorsstol ergonomisk, svart",
                                                 "Belopp: 2 495,00 SEK inkl. moms 499,00 SEK"],
                           producer="Fakturamodul 3.1"), "application", "pdf", "faktura-2026-1187.pdf")],
         subject=f"Sv: Faktura för order {o}", text=f"""Hej,

Självklart! Här kommer fakturan för kontorsstolen i order {o}, bifogad som PDF.
Momsen (25 %) är specificerad på fakturan.

Med vänlig hälsning
Lena Ek
Kontorsvaruhuset i Norden AB
Org.nr 556123-4567 · Momsreg.nr SE556123456701
Bankgiro 5123-4567 · Plusgiro 12 34 56-7""")

    o, b = order("stopp", "sv", "Mixer 1200 W, glaskanna")
    case("stopp-knappen-instruktion", "relay", [],
         "'STOPP' is a button on the blender in a repair instruction, not an opt-out keyword; 'fart' is "
         "Swedish for speed.",
         to=b, frm="Köksmaskiner.se <hjalp@koksmaskiner.se>",
         reply="Mixern blinkar rött och startar inte. Vad har hänt?",
         subject=f"Sv: Mixern blinkar rött – order {o}", text=f"""Hej,

Det röda blinkandet betyder att mixerns överhettningsskydd har löst ut. Det
händer om den har gått länge på hög fart med mycket is i kannan.

Gör så här:
1. Dra ur kontakten och låt mixern svalna i 30 minuter.
2. Sätt i kontakten igen och håll STOPP-knappen intryckt i fem sekunder tills
lampan slutar blinka.
3. Starta på låg fart och öka först när isen har börjat krossas.

Blinkar den fortfarande efter det byter vi ut motordelen inom garantin för
order {o}.

Hälsningar
Köksmaskiner.se""")

    o, b = order("granska", "sv", "Taklampa i mässing, 3 armar")
    case("granskat-bilderna-ersattning", "relay", [],
         "'Vi har granskat dina bilder' (reviewed = inspected); a free replacement of a defective part is a "
         "remedy, not a reward for a review.",
         to=b, frm="Ljusverkstan <service@ljusverkstan.se>",
         reply="En av lampans armar är böjd. Jag bifogar bilder.",
         subject=f"Sv: Böjd arm på taklampan – order {o}", text="""Hej,

Tack för bilderna. Vi har granskat dem och ser tydligt att den mellersta armen
har böjts under transporten.

Vi skickar en ny arm kostnadsfritt redan i dag, tillsammans med en ny
skruvsats. Du behöver inte skicka tillbaka den böjda armen.

Bytet tar bara några minuter: lossa de två insexskruvarna vid fästet, dra ut
armen och tryck in den nya tills det klickar. Kablarna är snabbkopplade.

Vår packning får underkänt betyg den här gången, och vi har redan pratat
med lagret om hur armarna ska skyddas i fortsättningen.

Vänliga hälsningar
Ljusverkstan""")

    o, b = order("thanks-info", "sv", "Laddare för elcykel 42V 2A")
    case("tack-plus-sakerhetsinfo", "relay", [],
         "Opens and closes with thanks but carries real safety information about the first charge: not a "
         "thank-you-only message.",
         to=b, frm="Elcykeldelar Sverige <info@elcykeldelar.se>",
         subject=f"Viktigt inför första laddningen – order {o}", text=f"""Hej och tack för din beställning {o}!

Innan du använder laddaren första gången vill vi påminna om en viktig sak:
laddaren är bara avsedd för 36 V-batterier (42 V laddspänning). Kontrollera
etiketten på ditt batteri. Står det 48 V eller 52 V ska du inte ansluta det.

Sätt först i laddaren i vägguttaget och därefter i batteriet. Lampan lyser
rött under laddningen och grönt när batteriet är fullt. Ladda inomhus, på ett
hårt underlag och på avstånd från brännbart material.

Tack igen och trevlig cykeltur!
Elcykeldelar Sverige""")

    o, b = order("default-lang", "", "Barnregnställ, stl 110, gul", tld="se")
    case("standardsprak-marknadsplats", "relay", [],
         "No buyer_language on the order: amazon.se's default (Swedish) applies and the message is in Swedish; "
         "'fack' (pocket) and 'kock' are ordinary Swedish words.",
         to=b, frm="Regnbågen Barnkläder <hej@regnbagenbarn.se>",
         subject=f"Storleksfråga om ditt regnställ – order {o}", text=f"""Hej!

Vi har sett att du har beställt regnstället i storlek 110 (order {o}), men
i kommentarsfältet skrev du att barnet är fyra år och 98 cm långt.

Våra regnställ är ganska rymliga, så vi undrar om du vill att vi byter till
storlek 100 innan vi skickar. Storlek 110 går förstås också bra om du vill ha
lite att växa i; byxorna har resår och byxbenen kan vikas upp.

Jackan har ett fack för namnlapp på insidan, och reflexerna sitter både fram
och bak. Svara bara med den storlek du vill ha, så ordnar vi resten.

Hälsningar
Regnbågen Barnkläder
(Ja, vår lagerchef är egentligen kock, men han är bäst på att vika regnställ!)""")

    o, b = order("en-buyer", "en", "Wool Blanket, Gotland Grey")
    case("english-buyer-on-amazon-se", "relay", [],
         "An amazon.se order whose buyer_language is English: an English delay notice is in the buyer's language.",
         to=b, frm="Gotlandsull <shop@gotlandsull.se>", lang="en",
         subject=f"Short delay on your wool blanket - order {o}", text=f"""Hello,

We are writing about your wool blanket, order {o}.

The weaving mill is a few days behind after a machine repair, so your blanket
will ship on 18 June instead of 15 June. We expect it to reach you around
21 June.

If the new date does not suit you, you can cancel the order in your Amazon
account at no cost.

Kind regards,
Gotlandsull""")

    o, b = order("reply-thanks", "sv", "Kaffekvarn manuell, keramisk kvarn")
    case("svar-tack-och-malningsgrad", "relay", [],
         "A reply to a buyer's question: thanks and useful settings; reply messages are not judged as "
         "thank-you-only.",
         to=b, frm="Bönan & Kvarnen <hej@bonanochkvarnen.se>",
         reply="Hur fint ska jag mala för bryggkaffe?",
         subject=f"Sv: Malningsgrad – order {o}", text=f"""Hej!

Tack för din fråga om kaffekvarnen i order {o}.

För bryggkaffe brukar 12 till 14 klick från det finaste läget fungera bra. Till
presskanna vrider du upp till 20 klick, och till espresso ner mot 4 till 6.

Lycka till och hör av dig om något är oklart!
Erik""")

    o, b = order("prenumeration", "sv", "Tidskriften Trädgårdsliv, helårsprenumeration (8 nummer)", **PENDING)
    case("prenumeration-ar-produkten", "relay", [],
         "The product is a magazine subscription: 'prenumerationen startar' is about the order, not an "
         "opt-out or newsletter.",
         to=b, frm="Trädgårdsliv Förlag <prenumeration@tradgardsliv.se>",
         subject=f"Din prenumeration startar med nummer 7 – order {o}", text=f"""Hej,

Tack för din beställning {o}. Nummer 6 av Trädgårdsliv gick i tryck innan
beställningen kom in, så din prenumeration startar med nummer 7, som
skickas den 3 juli.

Prenumerationen omfattar fortfarande åtta nummer och avslutas automatiskt efter
det sista; den förnyas inte av sig själv.

Saknar du nummer 6 kan vi skicka det separat för 79 kr. Svara i så fall
på det här meddelandet, annars behöver du inte göra något.

Hälsningar
Trädgårdsliv Förlag""")

    o, b = order("feedback-lock", "sv", "Matlåda i glas med bambulock, 3-pack")
    case("tack-for-aterkoppling-nytt-lock", "relay", [],
         "Thanks for the buyer's feedback (a complaint) and a free replacement lid: a remedy for a defect, "
         "not a reward for a review.",
         to=b, frm="Glas & Bambu <hej@glasochbambu.se>",
         reply="Ett av bambulocken har spruckit efter första diskningen.",
         subject=f"Sv: Sprucket lock – order {o}", text=f"""Hej,

Tack för din återkoppling, och förlåt att locket sprack. Bambulocken ska
diskas för hand; i diskmaskin torkar bambun ut och spricker.

Vi skickar ett nytt lock utan kostnad i dag. Du behöver inte skicka tillbaka
det gamla. Din synpunkt om att diskinstruktionen syns för dåligt har vi
skickat vidare till tillverkaren.

Hälsningar
Glas & Bambu, order {o}""")

    o, b = order("bilingual", "sv", "Vandringskängor dam, stl 39")
    case("tvasprakigt-svenska-engelska", "relay", [],
         "A bilingual message (Swedish first, then English) to a Swedish buyer: it includes the buyer's "
         "language.",
         to=b, frm="Alpine Trail Gear <orders@alpinetrailgear.com>", lang="sv",
         subject=f"Dina kängor / Your boots - order {o}", text=f"""Hej,

Kängorna från order {o} har ett vattentätt membran. Impregnera läderdelarna
innan du går ut första gången och låt dem torka över natten.

---

Hello,

The boots from order {o} have a waterproof membrane. Please waterproof the
leather parts before the first walk and let them dry overnight.

Alpine Trail Gear""")

    o, b = order("stjarnor-neutral", "sv", "Stekpanna kolstål 28 cm")
    case("du-valjer-sjalv-antal-stjarnor", "relay", [],
         "A neutral review request that mentions stars only to leave the choice to the buyer ('du väljer "
         "själv hur många stjärnor'): no steering.",
         to=b, frm="Smedjan Kök <hej@smedjankok.se>",
         subject=f"Inbränning av din stekpanna – order {o}", text=f"""Hej,

Innan du använder kolstålspannan från order {o} behöver den brännas in: tvätta
bort skyddsoljan, värm pannan tills den ändrar färg och gnid in ett tunt lager
rapsolja. Upprepa tre gånger.

Pannan blir mörkare för varje användning, och det är precis som det ska vara.

När du har använt pannan ett tag får du gärna lämna ett omdöme på Amazon. Du
väljer själv hur många stjärnor du ger; ärliga omdömen hjälper andra köpare mest.

Hälsningar
Smedjan Kök""")

    # ---- violations: review.* ----
    o, b = order("v-presentkort", "sv", "Trädgårdsslang 25 m med munstycke")
    case("presentkort-for-recension", "reject", ["review.incentive"],
         "A review request rewarded with a gift card ('presentkort på 100 kr när du har skrivit en recension').",
         to=b, frm="Gröna Fingrar <info@gronafingrar.se>", tolerated=("type.marketing",),
         subject=f"Din trädgårdsslang – order {o}", text=f"""Hej!

Hoppas att trädgårdsslangen från order {o} fungerar bra. Tänk på att tömma
slangen på vatten innan frosten kommer, annars kan munstycket spricka.

Skriv gärna en recension av slangen på Amazon! Som tack skickar vi ett
presentkort på 100 kr till alla som har skrivit en recension.

Hälsningar
Gröna Fingrar""")

    o, b = order("v-femstjarnor", "sv", "Yogamatta 6 mm, lila")
    case("fem-stjarnor-tack", "reject", ["review.incentive"],
         "Persuades towards a positive rating: 'Vi skulle bli jätteglada om du gav oss fem stjärnor'.",
         to=b, frm="Yogahörnan <hej@yogahornan.se>",
         subject=f"Tips för din yogamatta – order {o}", text=f"""Hej!

Torka av yogamattan med en fuktig trasa efter passet och låt den torka
utbrett, inte ihoprullad. Undvik direkt solljus, då bleknar färgen.

Vi är ett litet familjeföretag och varje omdöme betyder mycket för oss. Vi
skulle bli jätteglada om du gav oss fem stjärnor på Amazon!

Namaste,
Yogahörnan, order {o}""")

    o, b = order("v-aterbetalning", "sv", "Vattenfilterkanna 2,4 liter")
    case("ni-aterbetalning-efter-omdome", "reject", ["review.incentive"],
         "Polite 'Ni' register: part of the price refunded once the review is published.",
         to=b, frm="Klarvatten Sverige <kundservice@klarvatten.se>",
         subject=f"Er filterkanna – order {o}", text=f"""Bästa kund,

Tack för att Ni valde vår filterkanna (order {o}). Byt filterpatronen var
fjärde vecka för bästa smak.

Om Ni skriver ett omdöme om kannan på Amazon återbetalar vi 20 % av
köpesumman så snart omdömet är publicerat. Skicka bara en skärmbild av
omdömet som svar på detta meddelande.

Med vänlig hälsning
Klarvatten Sverige""")

    o, b = order("v-gratis", "sv", "Hundbädd ortopedisk, stl L")
    case("gratis-produkt-mot-recension", "reject", ["review.incentive"],
         "Chatty tone: a free product on the next order for anyone who leaves a review.",
         to=b, frm="Vovvens Värld <hej@vovvensvarld.se>", tolerated=("type.marketing",),
         subject=f"Hur trivs vovven? (order {o})", text=f"""Hejsan!

Nu har hundbädden från order {o} säkert fått sin första tupplur. Överdraget
kan tvättas i 40 grader, men skumkärnan ska bara vädras.

Lämnar du en recension på Amazon får du ett tuggben på köpet vid din nästa
beställning – helt gratis!

Kram från oss på Vovvens Värld""")

    o, b = order("v-villkor", "sv", "Espressokopp 4-pack, porslin")
    case("om-nojd-recension-annars-kontakta", "reject", ["review.conditional"],
         "Review gating: a review only if satisfied, otherwise contact the seller first.",
         to=b, frm="Kaffekoppen <order@kaffekoppen.se>", tolerated=("review.incentive",),
         subject=f"Dina espressokoppar – order {o}", text=f"""Hej,

Dina espressokoppar från order {o} tål både diskmaskin och mikrovågsugn.

Om du är nöjd med kopparna får du gärna lämna ett omdöme på Amazon. Om du
inte är nöjd ber vi dig att kontakta oss först, så löser vi det innan du
skriver något.

Vänliga hälsningar
Kaffekoppen""")

    o, b = order("v-villkor2", "sv", "Solcellslampa för trädgården, 4-pack")
    case("bara-om-helt-nojd", "reject", ["review.conditional"],
         "Conditional request phrased after the request: 'men bara om du är helt nöjd'.",
         to=b, frm="Trädgårdsljus Norr <kund@tradgardsljus.se>", tolerated=("review.incentive",),
         subject=f"Solcellslamporna – order {o}", text=f"""Hej!

Placera solcellslamporna där de får minst sex timmars sol om dagen. Första
gången behöver de ladda två soliga dagar innan de lyser hela kvällen.

Skriv gärna en recension om lamporna på Amazon – men bara om du är helt nöjd.
Är något fel, hör av dig direkt till oss i stället.

Hälsningar
Trädgårdsljus Norr, order {o}""")

    o, b = order("v-andra", "sv", "Vattenkokare 1,7 l, vit")
    case("andra-betyget-efter-losning", "reject", ["review.removal-request"],
         "After fixing the buyer's problem, asks to change the rating: 'skulle du kunna ändra ditt betyg'.",
         to=b, frm="Hemma El <service@hemmael.se>",
         reply="Vattenkokaren luktar plast. Jag har gett den en stjärna i recensionen.",
         subject=f"Sv: Plastlukt från vattenkokaren – order {o}", text=f"""Hej,

Lukten kommer från skyddsoljan på värmeelementet. Koka upp vatten tre gånger
och häll ut det, och torka av insidan med lite vinäger; därefter försvinner
lukten.

Nu när problemet är löst, skulle du kunna ändra ditt betyg på Amazon? Det
skulle betyda mycket för oss.

Hälsningar
Hemma El, order {o}""")

    o, b = order("v-tabort", "sv", "Gardinstång 120–210 cm, mattsvart")
    case("ta-bort-negativ-recension", "reject", ["review.removal-request"],
         "Polite register: asks the buyer to remove a negative review in exchange for a replacement.",
         to=b, frm="Fönster & Textil <kundtjanst@fonsterochtextil.se>", tolerated=("review.incentive",),
         subject=f"Angående Er recension – order {o}", text=f"""Bästa kund,

Vi har sett Er recension om gardinstången i order {o} och beklagar att
fästena var för korta för Er vägg.

Vi skickar gärna längre fästen. Vi vore mycket tacksamma om Ni i samband med
det kunde ta bort den negativa recensionen.

Med vänlig hälsning
Fönster & Textil""")

    o, b = order("v-repeat", "sv", "Elektrisk tandborste, 2 extra borsthuvuden")
    case("forsta-forfragan-tandborste", "relay", [],
         "The first, neutral review request for this order.",
         to=b, frm="Tandvården Hemma <hej@tandvardenhemma.se>",
         subject=f"Din tandborste – order {o}", text=f"""Hej,

Byt borsthuvud var tredje månad, eller tidigare om borsten har spretat.
Ladda tandborsten helt innan första användningen.

Om du vill får du gärna berätta vad du tycker om tandborsten i en recension
på Amazon. Tack!

Hälsningar
Tandvården Hemma, order {o}""")
    case("andra-forfragan-samma-order", "reject", ["review.repeat"],
         "A second review request for the same order, a week after the first was relayed.",
         to=b, frm="Tandvården Hemma <hej@tandvardenhemma.se>", day=14, after=("forsta-forfragan-tandborste",),
         subject=f"Påminnelse: ditt omdöme – order {o}", text=f"""Hej igen,

Vi vill bara påminna om att du kan lämna ett omdöme om din tandborste från
order {o} på Amazon. Vi läser alla omdömen.

Hälsningar
Tandvården Hemma""")

    # ---- violations: type.* ----
    o, b = order("v-rabattkod", "sv", "Doftljus i glas, vanilj")
    case("rabattkod-nasta-kop", "quarantine", ["type.marketing"],
         "A discount code for the next purchase: a promotion.",
         to=b, frm="Ljusfabriken <hej@ljusfabriken.se>",
         subject=f"Ditt doftljus – order {o}", text=f"""Hej!

Klipp veken till ungefär 5 mm innan du tänder doftljuset, så brinner det jämnt
och sotar inte. Låt det brinna minst två timmar första gången.

Använd rabattkoden SOMMAR15 vid ditt nästa köp så får du 15 % rabatt på hela
vårt sortiment.

Ha det mysigt!
Ljusfabriken, order {o}""")

    o, b = order("v-instagram", "sv", "Barnbok: Mulle och månen")
    case("folj-oss-instagram", "quarantine", ["type.marketing"],
         "A useful note, then a P.S. asking the buyer to follow the shop on Instagram and Facebook.",
         to=b, frm="Sagoförlaget <order@sagoforlaget.se>",
         subject=f"Om din bok – order {o}", text=f"""Hej,

Boken i din beställning {o} är ett signerat exemplar: författaren har skrivit
sin namnteckning på försättsbladet. Det är alltså inte en skada.

Hälsningar
Sagoförlaget

PS. Följ oss gärna på Instagram och Facebook för att få veta först när nästa
bok om Mulle kommer ut!""")

    o, b = order("v-nyhetsbrev", "sv", "Fröpåsar ekologiska, 10 sorter")
    case("nyhetsbrev-anmalan", "quarantine", ["type.marketing"],
         "Invites the buyer to subscribe to the newsletter for offers.",
         to=b, frm="Fröbutiken <hej@frobutiken.se>",
         subject=f"Dina fröer – order {o}", text=f"""Hej!

Förvara fröpåsarna svalt och torrt, så håller de sig i flera år. Tomat och
chili kan förodlas inomhus redan i mars.

Vill du ha odlingstips och våra bästa erbjudanden varje månad? Prenumerera
på vårt nyhetsbrev genom att svara JA på det här mejlet.

Hälsningar
Fröbutiken, order {o}""")

    o, b = order("v-korsforsaljning", "sv", "Örngott i satin, 2-pack, grå")
    case("matchande-paslakan-i-lager", "quarantine", ["type.marketing"],
         "Cross-selling: the matching duvet cover is back in stock and recommended.",
         to=b, frm="Sömnhuset <kund@somnhuset.se>",
         subject=f"Dina örngott – order {o}", text=f"""Hej,

Tvätta örngotten i 40 grader med ut och in och utan sköljmedel, så behåller
satinet sin lyster.

Visste du förresten att det matchande påslakanet i samma grå satin nu finns i
lager igen? Det passar perfekt till dina nya örngott, och du hittar det i vår
butik på Amazon.

Hälsningar
Sömnhuset, order {o}""")

    o, b = order("v-tackbara", "sv", "Kökshanddukar 4-pack, randiga")
    case("bara-tack-for-kopet", "quarantine", ["type.thank-you-only"],
         "Says only thank you and that the shop is here to help.",
         to=b, frm="Väveriet i Borås <hej@vaverietboras.se>",
         subject=f"Tack för din beställning {o}!", text="""Hej!

Stort tack för att du handlade hos oss! Vi är ett litet familjeföretag och
blir lika glada varje gång en beställning kommer in.

Hoppas att du blir nöjd med dina kökshanddukar. Om du har några frågor är
det bara att höra av dig, vi finns här för dig.

Varma hälsningar
Väveriet i Borås""")

    o, b = order("v-skickad", "sv", "Vinglas 4-pack, munblåst", delivered="")
    case("ordern-har-skickats-sparning", "quarantine", ["type.order-confirmation"],
         "A dispatch confirmation with the tracking number: Amazon already sends it.",
         to=b, frm="Glasriket Direkt <order@glasriketdirekt.se>",
         subject=f"Din order {o} har skickats", text=f"""Hej,

Din beställning {o} har nu packats och skickats med PostNord.

Kollinummer: 00370712345678901234
Beräknad leverans: 1–3 arbetsdagar.

Hälsningar
Glasriket Direkt""")

    # ---- violations: opt-out ----
    o, b = order("v-stopp", "sv", "Bokstöd i marmor, 2-pack")
    case("svara-stopp", "reject", ["link.opt-out"],
         "A useful note ending in an opt-out line: 'Svara STOPP om du inte vill ha fler meddelanden'.",
         to=b, frm="Stenhuggeriet <hej@stenhuggeriet.se>",
         subject=f"Om dina bokstöd – order {o}", text=f"""Hej,

Marmorn i dina bokstöd från order {o} är ett naturmaterial, så ådringen
skiljer sig mellan de två stöden. Torka av dem med en torr trasa; undvik sura
rengöringsmedel.

Hälsningar
Stenhuggeriet

Svara STOPP om du inte vill få fler meddelanden från oss.""")

    o, b = order("v-avreg", "sv", "Löparstrumpor 3-pack, stl 41–44")
    case("avregistrera-utskick", "reject", ["link.opt-out"],
         "Tells the buyer how to unsubscribe from the shop's messages ('avregistrera dig').",
         to=b, frm="Springbutiken <info@springbutiken.se>",
         subject=f"Skötselråd för dina strumpor – order {o}", text=f"""Hej!

Tvätta löparstrumporna i högst 40 grader och låt dem lufttorka, så behåller
de sin passform och sina förstärkningar i hälen.

Vill du inte längre få e-post från oss kan du avregistrera dig från våra
utskick när som helst.

Springbutiken, order {o}""")

    # ---- violations: phone / e-mail ----
    o, b = order("v-ring", "sv", "Blender för smoothies, 600 W")
    case("ring-oss-08-nummer", "reject", ["content.phone-number"],
         "The seller's own support line ('ring oss på 08-…'): not warranty, carrier or manufacturer.",
         to=b, frm="Smoothiekungen <kundservice@smoothiekungen.se>",
         subject=f"Kom igång med din blender – order {o}", text=f"""Hej!

Börja alltid med vätskan i botten av kannan och lägg frukten ovanpå, så går
blendern lättare och knivarna håller längre.

Har du frågor? Ring oss gärna på 08-123 45 67 så hjälper vi dig.

Hälsningar
Smoothiekungen, order {o}""")

    o, b = order("v-mobil", "sv", "Rullgardin mörkläggande, 100 cm")
    case("mobilnummer-internationellt", "reject", ["content.phone-number"],
         "A personal mobile number in international format ('+46 70 123 45 67').",
         to=b, frm="Gardinmakarna <hej@gardinmakarna.se>",
         subject=f"Montering av rullgardinen – order {o}", text=f"""Hej,

Fästena till rullgardinen från order {o} kan monteras både i taket och på
väggen. Skruvarna i påsen passar trä; till betong behöver du pluggar.

Om något krånglar når du mig direkt på +46 70 123 45 67, även på kvällar.

Hälsningar
Peter på Gardinmakarna""")

    o, b = order("v-020", "sv", "Skrivare trådlös, färg")
    case("kundtjanst-020-nummer", "reject", ["content.phone-number"],
         "The seller's customer service toll-free number ('kundtjänst … 020-…'): a support line, not a warranty, "
         "carrier or manufacturer.",
         to=b, frm="Kontorsteknik Norden <support@kontorsteknik.se>",
         subject=f"Installation av din skrivare – order {o}", text=f"""Hej,

Installera drivrutinen innan du ansluter skrivaren till wifi, annars hittar
datorn den inte. Bläckpatronerna i kartongen räcker till ungefär 200 sidor.

Vår kundtjänst svarar på frågor om installationen på 020-12 34 56.

Hälsningar
Kontorsteknik Norden, order {o}""")

    o, b = order("v-signatur-mobil", "sv", "Handväska i läder, konjak")
    case("signatur-mobilnummer", "reject", ["content.phone-number"],
         "A mobile number in the signature ('Mobil: 070-…'), nothing about a warranty or carrier.",
         to=b, frm="Läderateljén <hej@laderateljen.se>",
         subject=f"Vård av din handväska – order {o}", text=f"""Hej,

Läder mår bra av att smörjas med läderbalsam ett par gånger om året. Undvik
att väskan blir blöt; om det händer, låt den torka i rumstemperatur.

Vänliga hälsningar
Johanna Lind
Läderateljén
Mobil: 070-123 45 67
Order {o}""")

    o, b = order("v-snabela", "sv", "Pussel 1000 bitar, Stockholms skärgård")
    case("epost-snabel-a-punkt", "reject", ["content.email-address"],
         "An e-mail address spelt out with 'snabel-a' and 'punkt'.",
         to=b, frm="Pusselbutiken <order@pusselbutiken.se>",
         subject=f"Saknad pusselbit? – order {o}", text=f"""Hej,

Om det skulle saknas en bit i pusslet från order {o} skickar vi gärna en ny.
Skriv i så fall till info snabel-a pusselbutiken punkt se och berätta vilken
del av motivet biten kommer från.

Hälsningar
Pusselbutiken""")

    o, b = order("v-epost", "sv", "Cykelhjälm vuxen, matt svart")
    case("epostadress-i-texten", "reject", ["content.email-address"],
         "A plain e-mail address in the text for support questions.",
         to=b, frm="Cykelmagasinet <order@cykelmagasinet.se>",
         subject=f"Passform på din cykelhjälm – order {o}", text=f"""Hej,

Hjälmen från order {o} justeras med hjulet i nacken: vrid tills den sitter
stadigt utan att klämma. Hakremmen ska ha plats för ett finger.

Mejla gärna till kundservice@cykelmagasinet.se om du har fler frågor.

Hälsningar
Cykelmagasinet""")

    # ---- violations: links ----
    o, b = order("v-http", "sv", "Trädgårdsmöbel i teak, bord")
    case("osaker-lank-skotselrad", "reject", ["link.insecure"],
         "A link to the seller's care guide over plain http.",
         to=b, frm="Teakhuset <info@teakhuset.se>",
         subject=f"Skötsel av ditt teakbord – order {o}", text=f"""Hej,

Teak grånar naturligt utomhus. Vill du behålla den varma färgen, olja bordet
två gånger per säsong.

Hela vår skötselguide hittar du här: http://www.teakhuset.se/skotsel

Hälsningar
Teakhuset, order {o}""")

    o, b = order("v-https", "sv", "Akvarium 60 liter, komplett")
    case("extern-lank-blogg", "reject", ["link.external"],
         "An https link to the seller's own blog: external, not Amazon and not needed for the order.",
         to=b, frm="Akvariegrossen <hej@akvariegrossen.se>",
         subject=f"Starta ditt akvarium – order {o}", text=f"""Hej!

Låt akvariet från order {o} gå med filter och värme i minst två veckor innan
du sätter i fiskarna, så hinner bakterierna i filtret etablera sig.

Läs mer om inkörningen i vår blogg: https://www.akvariegrossen.se/blogg/inkorning

Hälsningar
Akvariegrossen""")

    # ---- violations: sensitive ----
    o, b = order("v-svordom", "sv", "Porslinsservis 18 delar")
    case("svordom-om-budfirman", "quarantine", ["content.sensitive"],
         "Swearing about the courier ('jävla', 'åt helvete').",
         to=b, frm="Porslinsboden <hej@porslinsboden.se>",
         reply="Två tallrikar var trasiga när paketet kom.",
         subject=f"Sv: Trasiga tallrikar – order {o}", text=f"""Hej,

Förlåt! Den jävla budfirman har slängt paket igen, det här går helt åt
helvete. Vi skickar två nya tallrikar redan i morgon, utan kostnad för dig.

Hälsningar
Porslinsboden, order {o}""")

    o, b = order("v-skit", "sv", "Powerbank 20 000 mAh")
    case("skit-och-idiot", "quarantine", ["content.sensitive"],
         "Offensive language about a competitor ('skitprodukter', 'idioter').",
         to=b, frm="Laddhuset <info@laddhuset.se>",
         reply="Min powerbank laddar långsamt. Den förra från en annan butik var snabbare.",
         subject=f"Sv: Långsam laddning – order {o}", text=f"""Hej,

Powerbanken från order {o} laddar snabbast med en USB-C-kabel och en laddare
på minst 18 W; med en vanlig USB-A-kabel tar det dubbelt så lång tid.

Den andra butiken säljer ärligt talat bara skit, och de som köper där är
idioter om du frågar mig.

Hälsningar
Laddhuset""")

    # ---- violations: order problems ----
    o, b = order("v-avbryt", "sv", "Kaffebryggare med termoskanna", **OOS)
    case("slut-be-kunden-avbryta", "reject", ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Out of stock and the buyer is asked to cancel the order themselves; no refund confirmed.",
         to=b, frm="Kaffehörnan <order@kaffehornan.se>",
         subject=f"Angående din beställning {o}", text=f"""Hej,

Tyvärr är kaffebryggaren du beställde (order {o}) slut i lager och vi vet inte
när vi får in nya.

Vi ber dig därför att avbryta beställningen via ditt Amazon-konto så snart som
möjligt.

Vi ber om ursäkt för besväret.
Kaffehörnan""")

    o, b = order("v-ingenjust", "sv", "Skrivbordslampa LED, vit", **OOS)
    case("kan-inte-leverera-ingen-aterbetalning", "quarantine", ["order-problem.no-adjustment"],
         "Cannot ship (out of stock), no confirmation that the order amount was adjusted or refunded.",
         to=b, frm="Lampkompaniet <hej@lampkompaniet.se>",
         subject=f"Din skrivbordslampa – order {o}", text=f"""Hej,

Vi måste tyvärr meddela att vi inte kan leverera skrivbordslampan i order
{o}. Vår leverantör har slutat tillverka modellen och vårt lager är tomt.

Vi beklagar verkligen detta.

Hälsningar
Lampkompaniet""")

    o, b = order("v-retur", "sv", "Jeans, stl 32/32, mörkblå")
    case("retur-mottagen-beklagar", "quarantine", ["return.unnecessary"],
         "A return-related message that neither asks for information nor offers a partial refund.",
         to=b, frm="Denimbutiken <retur@denimbutiken.se>",
         subject=f"Din retur – order {o}", text=f"""Hej,

Vi har sett att du har returnerat jeansen från order {o}. Vi beklagar att de
inte motsvarade dina förväntningar.

Vi hoppas att du hittar något annat du gillar.

Hälsningar
Denimbutiken""")

    # ---- violations: language ----
    o, b = order("v-eng-sv", "sv", "Cast Iron Frying Pan 28 cm")
    case("engelska-till-svensk-kopare", "quarantine", ["language.mismatch"],
         "An English message to a buyer whose language is Swedish.",
         to=b, frm="Nordic Iron <care@nordiciron.com>", lang="en",
         subject=f"Caring for your frying pan - order {o}", text=f"""Hello,

Your frying pan from order {o} comes pre-seasoned. Rinse it with hot water
before the first use, dry it on the stove and wipe a thin film of oil over
the inside.

Never put it in the dishwasher, and never leave it to soak.

Kind regards,
Nordic Iron""")

    o, b = order("v-eng-default", "", "Reflective Dog Leash 2 m", tld="se")
    case("engelska-standardsprak-se", "quarantine", ["language.mismatch"],
         "No buyer_language: amazon.se's default is Swedish, and the message is in English.",
         to=b, frm="Pawtrail <hello@pawtrail.com>", lang="en",
         subject=f"About your leash - order {o}", text=f"""Hi,

The reflective stitching on the leash from order {o} works best when it is
clean. Wash it by hand in lukewarm water and let it air dry.

The metal clip can be oiled with a drop of sewing machine oil once a year.

Best wishes,
Pawtrail""")

    o, b = order("v-sv-de", "de", "Wanderrucksack 30 Liter", tld="de")
    case("svenska-till-tysk-kopare", "quarantine", ["language.mismatch"],
         "A Swedish message to an amazon.de buyer whose language is German.",
         to=b, frm="Fjällvandraren <order@fjallvandraren.se>",
         subject=f"Din ryggsäck – order {o}", text=f"""Hej,

Ryggsäcken från order {o} har ett justerbart ryggsystem. Lossa kardborren
bakom ryggpanelen och flytta axelremmarna till den höjd som passar dig.

Regnskyddet ligger i fickan längst ner.

Hälsningar
Fjällvandraren""")

    # ---- HTML with a generic link text and an unsubscribe link ----
    o, b = order("v-html-avreg", "sv", "Tekanna i gjutjärn, 0,8 l")
    html = page(text2html(f"""Hej!

Skölj tekannan från order {o} med varmt vatten före första användningen och
torka den noga; gjutjärn ska aldrig stå blött.

Hälsningar
Tehuset""") + '\n<p>Vill du inte ha fler mejl från oss? <a href="https://www.tehuset.se/avregistrera">'
        "Klicka här</a>.</p>", lang="sv")
    case("html-avregistrera-klicka-har", "reject", ["link.opt-out", "link.external", "style.link-text"],
         "An HTML unsubscribe link to the seller's site with the generic link text 'Klicka här'.",
         to=b, frm="Tehuset <hej@tehuset.se>", html=html,
         subject=f"Din tekanna – order {o}")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_sv,))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="corpus_sv"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
