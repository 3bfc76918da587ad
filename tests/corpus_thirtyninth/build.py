#!/usr/bin/env python3
"""Build the thirty-ninth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_thirtyninth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. The shape of the shared corpus in Dutch (amazon.nl,
amazon.com.be), Swedish (amazon.se), Polish (amazon.pl), Turkish (amazon.com.tr) and Arabic (amazon.ae,
amazon.sa, amazon.eg): per language 3 compliant near-misses and 7-8 focused violations, so that every heuristic
rule of RULES.md sections B-D (and review.repeat, link.insecure) is hit at least twice across the five
languages, each violation phrased the way a native seller writes it.
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
    quote,
    reply_headers,
    set_boundaries,
    text2html,
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(39_2026_0615)
_PREFIX = {"nl": "40", "com.be": "40", "se": "40", "pl": "40", "de": "30", "com.tr": "40", "ae": "40",
           "sa": "40", "eg": "40"}
_TLD = {"nl": "nl", "sv": "se", "pl": "pl", "tr": "com.tr", "ar": "ae"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T08:30:00Z", shipped="2026-06-02T14:00:00Z",
                 delivered="2026-06-05T11:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-11T07:45:00Z"}
PENDING = {"shipped": "", "delivered": "", "purchased": "2026-06-10T16:20:00Z"}

QP8 = {"charset": "utf-8", "cte": "quoted-printable"}
B64 = {"charset": "utf-8", "cte": "base64"}
CP1252 = {"charset": "windows-1252", "cte": "quoted-printable"}
L1 = {"charset": "iso-8859-1", "cte": "quoted-printable"}
CP1250 = {"charset": "windows-1250", "cte": "quoted-printable"}
CP1250B = {"charset": "windows-1250", "cte": "base64"}
L2 = {"charset": "iso-8859-2", "cte": "quoted-printable"}
L9 = {"charset": "iso-8859-9", "cte": "quoted-printable"}
L9B = {"charset": "iso-8859-9", "cte": "base64"}
CP1256 = {"charset": "windows-1256", "cte": "quoted-printable"}
CP1256B = {"charset": "windows-1256", "cte": "base64"}

TZ = {"nl": "+0200", "sv": "+0200", "pl": "+0200", "tr": "+0300", "ar": "+0400"}

TARGET = ["language.mismatch", "type.order-confirmation", "type.thank-you-only", "type.marketing",
          "review.incentive", "review.removal-request", "review.conditional", "review.repeat",
          "order-problem.cancellation-request", "order-problem.no-adjustment", "return.unnecessary",
          "content.sensitive", "content.phone-number", "content.email-address", "link.opt-out", "link.external",
          "link.insecure"]
OTHER = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "style.emoji",
         "style.line-breaks", "style.alignment", "style.link-text"]


def html_page(body: str, lang: str, charset: str, rtl: bool = False) -> str:
    """An HTML document whose <meta charset> agrees with the MIME charset; Arabic bodies carry dir="rtl"
    (the writing direction, not an alignment override), as Arabic mail clients write them."""
    d = ' dir="rtl"' if rtl else ""
    return (f'<!DOCTYPE html>\n<html lang="{lang}"{d}>\n<head>\n<meta charset="{charset}">\n</head>\n'
            f"<body{d}>\n{body}\n</body>\n</html>\n")


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str, text: str,
         lang: str, day: int = 12, hm: str = "10:14:09", reply: str = "", tolerated: tuple[str, ...] = (),
         enc: dict | None = None, fmt: str = "text", after: tuple[str, ...] = (), crlf: bool = False,
         html_body: str | None = None, attach: tuple = ()) -> None:
    """One case. fmt: text (plain), html (HTML only) or alt (text + HTML alternative). Every target rule
    not named in `rules` (or tolerated) must stay silent. `reply` quotes the buyer: the message answers
    a buyer (In-Reply-To/References). `html_body` replaces the paragraphs made from the text (for links)."""
    hdrs = reply_headers(f"0100019c.t39.{slug[:24]}") if reply else []
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = text.strip("\n") + "\n"
    if reply:
        body += "\n" + quote(reply) + "\n"
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*TARGET, *OTHER) if r not in rules and r not in tol]
    kw = dict(enc or QP8)
    if fmt == "text":
        kw["text"] = body
    else:
        inner = html_body if html_body is not None else text2html(body)
        kw["html"] = html_page(inner, lang, kw["charset"], rtl=lang == "ar")
        if fmt == "alt":
            kw["text"] = body
    msg = mk(frm, to, subject, mail_date(day, hm, TZ[lang]), f"<t39.{slug}.{day:02d}06@{dom}>", headers=hdrs,
             attach=attach, **kw)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, after=after, crlf=crlf, lang=lang)


# --------------------------------------------------------------------------------------------
# Dutch (amazon.nl, amazon.com.be)
# --------------------------------------------------------------------------------------------

def cases_nl() -> None:
    frm = "Gietwerk Gouda <service@gietwerkgouda.nl>"
    o, b = order("nl-review", "nl", "Gietijzeren grillpan 26 cm met houten handvat")
    case("nl-review-eerlijk", "relay", [],
         "Verzorgingstip en één neutrale vraag om een eerlijke beoordeling, 'positief of kritisch': geen "
         "voorwaarde, geen beloning; de eerste vraag voor deze bestelling.",
         to=b, frm=frm, lang="nl", day=8,
         subject=f"Je grillpan: twee tips (bestelling {o})", text=f"""Hallo,

Je gietijzeren grillpan uit bestelling {o} is inmiddels een paar dagen
bij je. Nog een tip voor de eerste keren: laat de pan op middelhoog vuur
rustig opwarmen en vet hem na het afwassen dun in met een beetje olie, dan
blijft de laag mooi zwart.

Als je de pan een paar keer hebt gebruikt, horen we graag hoe hij je bevalt.
Een eerlijke beoordeling op Amazon, positief of kritisch, helpt andere kopers
bij hun keuze.

Groeten,
Sanne de Bruijn
Gietwerk Gouda""")

    case("nl-review-nog-altijd", "reject", ["review.repeat"],
         "Tweede verzoek om een beoordeling voor dezelfde bestelling ('mocht het er nog niet van gekomen zijn') "
         "nadat het eerste verzoek is doorgestuurd.",
         to=b, frm=frm, lang="nl", day=14, after=("nl-review-eerlijk",),
         subject=f"Nog even over je grillpan (bestelling {o})", text=f"""Hallo,

Vorige week stuurden we je een berichtje over je grillpan (bestelling
{o}). Misschien is het er nog niet van gekomen, en dat snappen we
helemaal: heb je alsnog een paar minuutjes, dan stellen we een paar woorden
op Amazon nog altijd erg op prijs.

Groeten,
Sanne de Bruijn
Gietwerk Gouda""")

    o, b = order("nl-delay", "nl", "Vloerlamp rotan 150 cm", delivered="")
    case("nl-postnl-vertraging", "relay", [],
         "Vertraging bij PostNL gemeld, met het klantenservicenummer van PostNL op dezelfde regel als de "
         "vervoerder (toegestaan); geen verzendbevestiging maar een melding van vertraging.",
         to=b, frm="Rotan & Riet <klantenservice@rotanenriet.nl>", lang="nl", enc=CP1252, crlf=True,
         subject=f"Vertraging bezorging bestelling {o}", text=f"""Beste klant,

Je rotan vloerlamp (bestelling {o}) had gisteren bij je moeten zijn,
maar door een storing in het sorteercentrum van PostNL in Nieuwegein staat
het pakket daar nog. PostNL verwacht het uiterlijk donderdag 18 juni te
bezorgen.

Wil je zelf iets met de bezorging regelen, bijvoorbeeld afleveren bij de
buren? De klantenservice van PostNL is bereikbaar op 088 225 5651.

Sorry voor het wachten. Is het pakket donderdag nog niet bezorgd, laat het
ons dan weten, dan zoeken we het uit.

Met vriendelijke groet,
Ilse Verhoef
Rotan & Riet""")

    o, b = order("nl-partial", "nl", "Linnen tafelkleed 160 x 250 cm, zandkleur", tld="com.be")
    case("nl-be-gedeeltelijke-terugbetaling", "relay", [],
         "Vlaamse verkoper op amazon.com.be (taal nl) biedt bij een retouraanvraag een gedeeltelijke "
         "terugbetaling aan als alternatief: een toegestaan retourbericht.",
         to=b, frm="Huis Vandamme <info@huisvandamme.be>", lang="nl", enc=L1, fmt="alt",
         subject=f"Uw retouraanvraag - bestelling {o}", text=f"""Dag mevrouw,

Wij hebben uw retouraanvraag voor het linnen tafelkleed van bestelling
{o} goed ontvangen. U schrijft dat er aan één kant een draadje los zit.

Als u het tafelkleed toch wil houden, kunnen wij u een gedeeltelijke
terugbetaling van 15 euro aanbieden; een los draadje kan u met een naald
gewoon naar de achterkant trekken. Verkiest u de retour, dan is dat
uiteraard ook in orde. Laat u ons even weten wat u verkiest?

Met vriendelijke groeten,
Griet Vandamme
Huis Vandamme""")

    o, b = order("nl-mismatch", "fr", "Buffet en chêne massif 180 cm", tld="com.be")
    case("nl-aan-franstalige-klant", "quarantine", ["language.mismatch"],
         "Leveringsafspraak voor een zwaar meubel, maar in het Nederlands aan een koper op amazon.com.be met "
         "taal fr.",
         to=b, frm="Meubelmakerij Claes <planning@meubelmakerijclaes.be>", lang="nl", enc=L1,
         subject=f"Levering van uw dressoir (bestelling {o})", text=f"""Goeiedag,

Uw eiken dressoir (bestelling {o}) is klaar en wordt door onze eigen
chauffeurs geleverd, want het weegt ruim 90 kg. Wij rijden volgende week op
dinsdag en vrijdag in uw regio.

Welke dag past u het best, en is er een lift of moeten we de trap op? Dan
plannen wij de levering met twee man in.

Met vriendelijke groeten,
Jan Claes
Meubelmakerij Claes""")

    o, b = order("nl-shipconf", "nl", "Airfryer XL 5,5 liter, zwart")
    case("nl-pakket-de-deur-uit", "quarantine", ["type.order-confirmation"],
         "'Je bestelling is vandaag ingepakt en met PostNL de deur uit gegaan' met de track & trace-code, "
         "verder niets: een verzendbevestiging.",
         to=b, frm="Keukenhulp Direct <info@keukenhulpdirect.nl>", lang="nl", enc=B64, fmt="html",
         subject=f"Je airfryer komt eraan! (bestelling {o})", text=f"""Hoi!

Goed nieuws: je bestelling {o} is vandaag ingepakt en met PostNL
de deur uit gegaan. Waarschijnlijk ligt je airfryer morgen al op de mat.

Je track & trace-code: 3SKHD0194827365

Alvast veel kookplezier!
Team Keukenhulp Direct""")

    o, b = order("nl-gating", "nl", "Babyfoon met camera en nachtzicht")
    case("nl-tevreden-dan-review", "reject", ["review.conditional"],
         "'Ben je er tevreden over? Dan ... een review op Amazon. Valt er toch iets tegen, stuur ons dan eerst "
         "een berichtje voordat je een review schrijft': een review alleen bij een goede ervaring.",
         to=b, frm="Kleine Wolk <hallo@kleinewolk.nl>", lang="nl", enc=QP8,
         subject=f"Slapen jullie al wat beter? (bestelling {o})", text=f"""Hoi,

Hopelijk slapen jullie (en de kleine) wat rustiger sinds de babyfoon uit
bestelling {o} er is. Tip: zet de camera minstens een meter van het
bedje, dan is het nachtzicht het scherpst.

Ben je er tevreden over? Dan zouden we het ontzettend fijn vinden als je dat
met andere ouders deelt in een review op Amazon. Valt er toch iets tegen,
stuur ons dan eerst even een berichtje voordat je een review schrijft, dan
lossen we het samen op.

Liefs,
Team Kleine Wolk""")

    o, b = order("nl-cancel", "nl", "Regenjas heren, ademend, navy, maat XL", **OOS)
    case("nl-aan-jouw-kant-annuleren", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Uitverkocht, en 'zou je de bestelling aan jouw kant willen annuleren': de koper moet annuleren, en "
         "geen aanpassing van het bedrag bevestigd (het geld komt pas na de annulering).",
         to=b, frm="Buitenwerk Outdoor <webshop@buitenwerk-outdoor.nl>", lang="nl", enc=CP1252,
         subject=f"Bestelling {o}: regenjas navy XL", text=f"""Hallo,

Bij het inpakken van je bestelling {o} kwamen we erachter dat de
regenjas in navy maat XL niet meer op voorraad is; de laatste bleek een
beschadigde rits te hebben. De nieuwe levering verwachten we pas eind
augustus.

Zou je de bestelling aan jouw kant willen annuleren via Mijn bestellingen?
Dan staat het geld het snelst weer op je rekening.

Excuses voor het ongemak!
Buitenwerk Outdoor""")

    o, b = order("nl-phone", "nl", "Spiegelkast badkamer 80 cm met verlichting")
    case("nl-bel-ons-gerust", "reject", ["content.phone-number"],
         "Montagetips met 'Bel ons gerust op' en het eigen vaste nummer van de winkel: geen garantie-, "
         "vervoerders- of fabrikantennummer.",
         to=b, frm="Badkamerhuis Zeeland <service@badkamerhuiszeeland.nl>", lang="nl", enc=QP8, fmt="alt",
         subject=f"Ophangen van uw spiegelkast (bestelling {o})", text=f"""Goedemiddag,

Uw spiegelkast uit bestelling {o} wordt geleverd met een ophangrail
en pluggen voor steen. Hangt u hem aan een gipswand, gebruik dan
hollewandpluggen; de kast weegt met de spiegeldeuren ruim 20 kilo.

Komt u er met de aansluiting van de verlichting niet uit? Bel ons gerust op
0113 - 72 40 18, dan lopen we het stap voor stap met u door.

Met vriendelijke groet,
Badkamerhuis Zeeland""")

    o, b = order("nl-rude", "nl", "Dubbele fietstas waterdicht, 2 x 20 liter")
    case("nl-klootzakken-bij-het-depot", "quarantine", ["content.sensitive"],
         "Antwoord aan de koper waarin de verkoper de bezorgers 'klootzakken' noemt: grove taal.",
         to=b, frm="Fietsonderdelen Twente <service@fietsonderdelentwente.nl>", lang="nl", enc=QP8,
         reply="De fietstas kwam met een grote scheur aan, de doos was helemaal ingedeukt.",
         subject=f"RE: Fietstas kapot (bestelling {o})", text="""Hoi,

Wat balen, sorry! Aan de foto's te zien is die doos flink gevallen. Die
klootzakken bij het depot smijten echt met pakketten, we hebben er deze
maand al drie beschadigd terug gekregen.

We sturen je vandaag een nieuwe fietstas; de kapotte mag je houden of
weggooien.

Groet,
Ruben
Fietsonderdelen Twente""")

    o, b = order("nl-http", "nl", "Robotmaaier 600 m2 met app-bediening")
    case("nl-handleiding-http", "reject", ["link.insecure"],
         "Installatie-uitleg met een link naar de productpagina op Amazon, maar over http in plaats van https.",
         to=b, frm="Tuinrobot Shop <info@tuinrobotshop.nl>", lang="nl", enc=CP1252,
         subject=f"Installatie robotmaaier (bestelling {o})", text=f"""Hallo,

Voordat je de robotmaaier uit bestelling {o} voor het eerst laat
rijden, moet de begrenzingsdraad rondom het gazon liggen. De
installatiehandleiding met alle afstanden staat onder "Documenten" op de
productpagina op Amazon:
http://www.amazon.nl/dp/B0CRM600NL

Leg de draad minstens 30 cm van de rand van het terras, anders blijft de
maaier daar hangen.

Succes met de installatie,
Tuinrobot Shop""")


# --------------------------------------------------------------------------------------------
# Swedish (amazon.se)
# --------------------------------------------------------------------------------------------

def cases_sv() -> None:
    o, b = order("sv-invoice", "sv", "Slagborrmaskin 18 V med 2 batterier")
    pdf = make_pdf("Faktura 26-4418", [
        "Faktura 26-4418", f"Order {o}", "Slagborrmaskin 18 V med 2 batterier   1 st   1 496,00 kr",
        "Moms 25 %   374,00 kr", "Att betala   1 870,00 kr", "Skargardens Verktyg AB, Org.nr 559214-3087",
        "Momsreg.nr SE559214308701"], producer="Fakturamotorn 3.2")
    case("sv-faktura-bifogad", "relay", [],
         "Faktura som PDF-bilaga; organisationsnummer, momsregistreringsnummer och bankgironummer är inga "
         "telefonnummer.",
         to=b, frm="Skärgårdens Verktyg AB <faktura@skargardensverktyg.se>", lang="sv", enc=L1,
         attach=((pdf, "application", "pdf", "faktura-26-4418.pdf"),),
         subject=f"Faktura för beställning {o}", text=f"""Hej,

Här kommer fakturan för din beställning {o}. Den är bifogad som
PDF, med momsen (25 %) specificerad.

Skärgårdens Verktyg AB
Org.nr 559214-3087
Momsreg.nr SE559214308701
Bankgiro 5431-8872

Vänliga hälsningar
Karin Holm""")

    o, b = order("sv-track", "sv", "Vinglas i munblåst glas, 6-pack", delivered="")
    case("sv-svar-postnord-ombud", "relay", [],
         "Svar till köparen som frågat var paketet är: kollinummer och PostNord-ombud besvarar frågan (inte "
         "proaktivt, så ingen leveransbekräftelse).",
         to=b, frm="Fjällglas <order@fjallglas.se>", lang="sv", enc=B64,
         reply="Hej! Jag har fortfarande inte fått mina glas, vet ni var paketet är?",
         subject=f"SV: Beställning {o}", text=f"""Hej,

Paketet med dina vinglas (beställning {o}) lämnades till PostNord i
tisdags. Kollinumret är 00370733918274650192 och enligt PostNord finns
paketet att hämta hos ditt ombud, ICA Nära Solgläntan, från i morgon efter
klockan 12.

Du har också fått en avisering i PostNord-appen. Dyker paketet inte upp
inom en vecka startar vi en efterforskning.

Vänliga hälsningar
Elin
Fjällglas""")

    o, b = order("sv-retinfo", "sv", "Stavmixer 1000 W med tillbehör")
    case("sv-retur-behover-uppgifter", "relay", [],
         "Returärende där säljaren frågar efter felbeskrivning och en bild på typskylten för att kunna hantera "
         "returen: nödvändig information.",
         to=b, frm="Köksboden <retur@koksboden.se>", lang="sv", enc=QP8, crlf=True,
         subject=f"Din retur – beställning {o}", text=f"""Hej,

Vi har tagit emot din begäran om retur av stavmixern i beställning
{o}, med orsaken "slutade fungera".

För att vi ska kunna hantera returen rätt behöver vi två saker från dig:
startar motorn inte alls, eller stannar den under användning? Och kan du
skicka en bild på typskylten på handtaget (där serienumret står) som svar på
det här meddelandet?

Tack på förhand!
Amir
Köksboden""")

    o, b = order("sv-thanks", "sv", "Linneduk 150 x 250 cm, grå")
    case("sv-tusen-tack", "quarantine", ["type.thank-you-only"],
         "'Tusen tack för att du valde att handla hos oss', 'vi finns här för dig' och en sommarhälsning: inget "
         "ärende återstår.",
         to=b, frm="Linnestugan <hej@linnestugan.se>", lang="sv", enc=B64, fmt="html",
         subject=f"Tack från Linnestugan (beställning {o})", text=f"""Hej!

Tusen tack för att du valde att handla hos oss, det betyder jättemycket för
ett litet familjeföretag som vårt. Din beställning {o} ligger oss
varmt om hjärtat.

Undrar du över något är du alltid välkommen att höra av dig, vi finns här
för dig.

Ha en riktigt fin sommar!
Varma hälsningar
Maja och Olle på Linnestugan""")

    o, b = order("sv-incent", "sv", "Luftrenare med HEPA-filter, 40 kvm")
    case("sv-omdome-extra-filter", "reject", ["review.incentive"],
         "'Om du har tid att skriva ett omdöme på Amazon bjuder vi på ett extra HEPA-filter': en gratis produkt "
         "för en recension.",
         to=b, frm="Renluft Sverige <kundtjanst@renluft.se>", lang="sv", enc=L1, tolerated=("type.marketing",),
         subject=f"Kom igång med din luftrenare (beställning {o})", text=f"""Hej,

Hoppas luftrenaren från beställning {o} gör nytta! Kom ihåg att dra
av plastfilmen runt filtret innan första start, annars går den på halvfart.

Om du har tid att skriva ett omdöme på Amazon bjuder vi på ett extra
HEPA-filter (värde 299 kr). Svara bara på det här mejlet med en skärmdump
av ditt omdöme så skickar vi filtret direkt.

Vänliga hälsningar
Renluft Sverige""")

    o, b = order("sv-noadj", "sv", "Våningssäng i massiv furu, vit", **OOS)
    case("sv-slut-hos-leverantoren", "quarantine", ["order-problem.no-adjustment"],
         "Slutsåld och 'vi kommer inte att kunna skicka sängen', utan någon bekräftelse på återbetalning eller "
         "justerat belopp.",
         to=b, frm="Barnrummet <order@barnrummet.se>", lang="sv", enc=L1,
         subject=f"Angående din beställning {o}", text=f"""Hej,

Vi är ledsna att behöva meddela att våningssängen i din beställning
{o} tyvärr har tagit slut hos oss. Vår leverantör har inte kunnat
ge något besked om när nästa leverans kommer, så vi kommer inte att kunna
skicka sängen till dig.

Vi ber verkligen om ursäkt för besväret.

Vänliga hälsningar
Barnrummet""")

    o, b = order("sv-return", "sv", "Ergonomisk huvudkudde i memoryskum")
    case("sv-sov-pa-den-nagra-natter-till", "quarantine", ["return.unnecessary"],
         "Returanmälan: säljaren försöker få köparen att behålla kudden ('kanske värt att sova på den några "
         "nätter till?') utan att fråga efter uppgifter eller erbjuda delåterbetalning.",
         to=b, frm="Sovro <kund@sovro.se>", lang="sv", enc=QP8,
         subject=f"Din returanmälan (beställning {o})", text=f"""Hej,

Vi ser att du har anmält retur av huvudkudden i beställning {o}.

Innan du skickar tillbaka den vill vi bara nämna att de flesta behöver en
till två veckor för att vänja sig vid en kudde i memoryskum, eftersom nacken
ska hitta en ny position. Många av våra kunder som först tyckte att den var
för hård vill inte byta tillbaka efter ett par veckor. Kanske är det värt
att sova på den några nätter till?

Självklart bestämmer du. Returetiketten får du som vanligt av Amazon.

Vänliga hälsningar
Sovro""")

    o, b = order("sv-email", "sv", "Espressomaskin med ångrör, rostfri")
    case("sv-skicka-till-teknikern", "reject", ["content.email-address"],
         "Svar där köparen ombeds skicka bilder till teknikerns e-postadress utanför Amazon.",
         to=b, frm="Kaffebaren Verkstad <service@kaffebarenverkstad.se>", lang="sv", enc=QP8,
         reply="Hej, maskinen läcker vatten vid bryggruppen när jag gör espresso.",
         subject=f"SV: Läckage espressomaskin ({o})", text=f"""Hej,

Tråkigt att höra att espressomaskinen från beställning {o} läcker
vid bryggruppen. Oftast är det packningen som har hamnat snett under
transporten.

Skicka gärna ett par bilder och en kort film på läckaget direkt till vår
tekniker på tekniker.kaffebaren@outlook.com, så ser han vad som behövs och
skickar rätt reservdel.

Vänliga hälsningar
Kaffebaren Verkstad""")

    o, b = order("sv-optout", "sv", "Pallkrage i lärk, 4-pack")
    case("sv-svara-nej-tack", "reject", ["link.opt-out"],
         "Sidfot 'Vill du slippa fler meddelanden från oss? Svara NEJ TACK så tar vi bort dig från vårt "
         "utskick': avregistreringstext.",
         to=b, frm="Odlingsglädje <hej@odlingsgladje.se>", lang="sv", enc=QP8, fmt="alt",
         subject=f"Dina pallkragar (beställning {o})", text=f"""Hej,

Dina pallkragar från beställning {o} är gjorda av obehandlad lärk och
klarar sig utan olja i många år; virket grånar fint med tiden. Vill du
behålla den gula tonen kan du stryka på en pigmenterad trälasyr redan första
säsongen.

Trevlig odlingssäsong!
Odlingsglädje

--
Vill du slippa fler meddelanden från oss? Svara "NEJ TACK" så tar vi bort
dig från vårt utskick.""")

    o, b = order("sv-ext", "sv", "Trädgårdssoffa i teak, 3-sits")
    url = "https://www.tradgardssnickarna.se/montering/soffa-teak-3"
    text = f"""Hej,

Din trädgårdssoffa från beställning {o} levereras i två kartonger.
Det går lättast att montera den två personer: börja med ryggen och sidorna,
och dra inte åt skruvarna helt förrän sitsen ligger på plats.

Vi har spelat in en film som visar alla steg: {url}

Vänliga hälsningar
Trädgårdssnickarna"""
    hb = text2html(text.split("Vi har spelat")[0]) + (
        f'\n<p>Vi har spelat in en film som visar alla steg: <a href="{url}">monteringsvideon för soffan</a></p>\n'
        "<p>Vänliga hälsningar<br>\nTrädgårdssnickarna</p>")
    case("sv-monteringsvideo-pa-hemsidan", "reject", ["link.external"],
         "https-länk till säljarens egen webbplats för en monteringsvideo: en extern domän utanför Amazon.",
         to=b, frm="Trädgårdssnickarna <info@tradgardssnickarna.se>", lang="sv", enc=QP8, fmt="alt",
         html_body=hb, subject=f"Montering av din soffa (beställning {o})", text=text)


# --------------------------------------------------------------------------------------------
# Polish (amazon.pl)
# --------------------------------------------------------------------------------------------

def cases_pl() -> None:
    o, b = order("pl-delay", "pl", "Czajnik elektryczny szklany 1,7 l z podświetleniem", **PENDING)
    case("pl-opoznienie-paczkomat-inpost", "relay", [],
         "Zawiadomienie o opóźnieniu wysyłki; numer infolinii InPost w tym samym zdaniu co przewoźnik "
         "(dozwolony numer).",
         to=b, frm="Szklany Dom <sklep@szklanydom.pl>", lang="pl", enc=CP1250,
         subject=f"Opóźnienie wysyłki zamówienia {o}", text=f"""Dzień dobry,

uprzejmie informujemy, że wysyłka czajnika z zamówienia {o} opóźni
się o około trzy dni robocze: dostawa od producenta dotarła do nas
w uszkodzonych kartonach i musimy sprawdzić każdą sztukę.

Paczkę nadamy najpóźniej w środę 17 czerwca; powinna trafić do wybranego
Paczkomatu InPost do piątku. W sprawach samego doręczenia można
skontaktować się z infolinią InPost: 722 444 000.

Przepraszamy za zwłokę i dziękujemy za cierpliwość.

Pozdrawiamy serdecznie
Zespół Szklany Dom""")

    o, b = order("pl-invoice", "pl", "Niszczarka dokumentów P-4, kosz 20 l")
    pdf = make_pdf("Faktura VAT FV/2026/06/0418", [
        "Faktura VAT FV/2026/06/0418", f"Zamowienie Amazon {o}", "Niszczarka dokumentow P-4, 20 l   1 szt.",
        "Netto 398,37 zl   VAT 23% 91,63 zl   Brutto 490,00 zl", "Biuro-Mix Sp. z o.o., NIP 778-142-36-95"],
        producer="FakturaPro 7")
    case("pl-faktura-vat-w-zalaczeniu", "relay", [],
         "Faktura VAT w PDF; NIP, REGON, KRS i kod pocztowy nie są numerami telefonu.",
         to=b, frm="Biuro-Mix Sp. z o.o. <faktury@biuromix.pl>", lang="pl", enc=CP1250B,
         attach=((pdf, "application", "pdf", "FV-2026-06-0418.pdf"),),
         subject=f"Faktura VAT do zamówienia {o}", text=f"""Dzień dobry,

w załączeniu przesyłamy fakturę VAT nr FV/2026/06/0418 do zamówienia
{o}.

Dane sprzedawcy:
Biuro-Mix Sp. z o.o., ul. Składowa 12, 61-897 Poznań
NIP 778-142-36-95, REGON 301562874, KRS 0000418273

Z poważaniem
Dział księgowości Biuro-Mix""")

    o, b = order("pl-partial", "pl", "Lampa wisząca z kloszem z dymionego szkła")
    case("pl-zwrot-czesciowy-zamiast-odeslania", "relay", [],
         "Zgłoszenie zwrotu: sprzedawca proponuje częściowy zwrot pieniędzy, jeśli kupujący zatrzyma lampę, "
         "i zostawia wybór: dozwolona wiadomość o zwrocie.",
         to=b, frm="Lampy Lumen <kontakt@lampylumen.pl>", lang="pl", enc=B64, fmt="alt",
         subject=f"Zgłoszenie zwrotu – zamówienie {o}", text=f"""Dzień dobry,

otrzymaliśmy zgłoszenie zwrotu lampy z zamówienia {o}; jako powód
podano niewielką rysę na kloszu.

Jeśli zdecyduje się Pan zatrzymać lampę, możemy zaproponować częściowy
zwrot pieniędzy w wysokości 70 zł. Rysa znajduje się przy mocowaniu i po
zawieszeniu zwykle jej nie widać. Oczywiście zwrot całej lampy nadal jest
możliwy – prosimy tylko o informację, którą opcję Pan wybiera.

Z pozdrowieniami
Lampy Lumen""")

    o, b = order("pl-mismatch", "de", "Sitzbank aus Eiche mit Stauraum, 120 cm", tld="de")
    case("pl-po-polsku-do-niemiec", "quarantine", ["language.mismatch"],
         "Informacja o terminie wysyłki napisana po polsku do kupującego z amazon.de z językiem de.",
         to=b, frm="Meble Nowak <sklep@meblenowak.pl>", lang="pl", enc=L2,
         subject=f"Wysyłka ławki - zamówienie {o}", text=f"""Dzień dobry,

ławka z zamówienia {o} jest już gotowa, ale nasz przewoźnik
odbiera przesyłki gabarytowe z Poznania tylko we wtorki. Wysyłka nastąpi
więc we wtorek 16 czerwca, a dostawa do Niemiec trwa zwykle trzy do
czterech dni roboczych.

Przepraszamy za kilka dni opóźnienia.

Z pozdrowieniami
Meble Nowak""")

    o, b = order("pl-marketing", "pl", "Grill węglowy kociołek 57 cm")
    case("pl-kod-na-akcesoria", "quarantine", ["type.marketing"],
         "Wskazówka o wypaleniu grilla, a potem kod SEZON15 na 15% zniżki na akcesoria i zaproszenie na profil "
         "na Facebooku: promocja.",
         to=b, frm="Grillmania <sklep@grillmania.pl>", lang="pl", enc=QP8, fmt="alt",
         subject=f"Pierwsze grillowanie (zamówienie {o})", text=f"""Dzień dobry,

przed pierwszym grillowaniem na kociołku z zamówienia {o} warto go
raz wypalić: rozpalić pełny kosz węgla i zostawić z zamkniętą pokrywą na
około 30 minut.

A na rozpoczęcie sezonu mamy coś ekstra: z kodem SEZON15 dostanie Pan 15%
zniżki na wszystkie akcesoria w naszym sklepie – ruszty, szczypce, brykiet.
Kod jest ważny do końca czerwca. Zapraszamy też na nasz profil na
Facebooku, gdzie co tydzień wrzucamy nowe przepisy!

Smacznego!
Zespół Grillmania""")

    o, b = order("pl-removal", "pl", "Licznik rowerowy GPS z czujnikiem kadencji")
    case("pl-zmienic-wystawiona-ocene", "reject", ["review.removal-request"],
         "Po rozwiązaniu problemu: 'czy byłaby Pani skłonna zmienić wystawioną przez siebie ocenę?': prośba o "
         "zmianę istniejącej opinii.",
         to=b, frm="Rowerowy Zakątek <serwis@rowerowyzakatek.pl>", lang="pl", enc=CP1250,
         reply="Licznik nie łapie sygnału GPS, wystawiłam już negatywną opinię.",
         subject=f"Odp: Licznik GPS – zamówienie {o}", text="""Dzień dobry,

cieszymy się, że po aktualizacji oprogramowania licznik już poprawnie łapie
sygnał – dziękujemy za cierpliwość przy testowaniu.

Skoro problem udało się rozwiązać, czy byłaby Pani skłonna zmienić
wystawioną przez siebie ocenę? Dla małego sklepu to naprawdę dużo znaczy.

Pozdrawiamy
Rowerowy Zakątek""")

    o, b = order("pl-gating", "pl", "Zraszacz ogrodowy wahadłowy")
    case("pl-jezeli-wszystko-gra", "reject", ["review.conditional"],
         "'Jeżeli wszystko gra ... opinią na Amazonie. Gdyby jednak coś było nie tak, prosimy najpierw o "
         "wiadomość do nas, zanim wystawi Pan ocenę': opinia tylko przy dobrych wrażeniach.",
         to=b, frm="Ogrodowe Inspiracje <kontakt@ogrodoweinspiracje.pl>", lang="pl", enc=CP1250,
         subject=f"Jak sprawdza się zraszacz? (zamówienie {o})", text=f"""Dzień dobry,

mamy nadzieję, że zraszacz z zamówienia {o} dobrze się sprawdza.
Zasięg ustawia się dwoma suwakami po bokach – przy niskim ciśnieniu wody
warto je trochę zsunąć.

Jeżeli wszystko gra, będzie nam bardzo miło, jeśli podzieli się Pan swoją
opinią na Amazonie. Gdyby jednak coś było nie tak, prosimy najpierw o
wiadomość do nas, zanim wystawi Pan ocenę – na pewno znajdziemy
rozwiązanie.

Pozdrawiamy
Ogrodowe Inspiracje""")

    o, b = order("pl-cancel", "pl", "Hantle regulowane 2 x 24 kg", **OOS)
    case("pl-anulowanie-po-pana-stronie", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Brak towaru i 'uprzejmie prosimy o anulowanie zamówienia po Pana stronie', bez potwierdzenia zwrotu "
         "czy korekty kwoty.",
         to=b, frm="Sportownia <zamowienia@sportownia.pl>", lang="pl", enc=CP1250, crlf=True,
         subject=f"Zamówienie {o} – hantle", text=f"""Dzień dobry,

z przykrością informujemy, że hantli regulowanych z zamówienia
{o} niestety zabrakło w magazynie – ostatni komplet sprzedał się
w sklepie stacjonarnym, zanim system zdążył zaktualizować stan. Kolejna
dostawa będzie dopiero we wrześniu.

Uprzejmie prosimy o anulowanie zamówienia po Pana stronie (Twoje
zamówienia > Anuluj produkty). Bardzo przepraszamy za kłopot.

Pozdrawiamy
Sportownia""")

    o, b = order("pl-phone", "pl", "Panele winylowe SPC, dąb naturalny, paczka 2,2 m kw.")
    case("pl-smialo-prosimy-dzwonic", "reject", ["content.phone-number"],
         "Wskazówki montażowe i 'śmiało prosimy dzwonić' z własnym numerem komórkowym sklepu: nie numer "
         "gwarancyjny, przewoźnika ani producenta.",
         to=b, frm="Parkiet-Pol <biuro@parkietpol.pl>", lang="pl", enc=CP1250,
         subject=f"Montaż paneli – zamówienie {o}", text=f"""Dzień dobry,

przed montażem paneli z zamówienia {o} prosimy zostawić kartony na
48 godzin w pomieszczeniu, w którym będą układane – panele muszą się
zaaklimatyzować. Między panelami a ścianą trzeba zostawić szczelinę
dylatacyjną 8 mm.

Gdyby coś było niejasne, śmiało prosimy dzwonić: 604 318 227 (pon.–pt.
8–16). Chętnie doradzimy przez telefon.

Pozdrawiamy
Parkiet-Pol""")

    o, b = order("pl-rude", "pl", "Serwis obiadowy porcelanowy, 18 elementów")
    case("pl-pieprzony-kurier", "quarantine", ["content.sensitive"],
         "Odpowiedź, w której sprzedawca pisze o 'pieprzonym kurierze': wulgarny język.",
         to=b, frm="Sklep Porcelanka <sklep@porcelanka.pl>", lang="pl", enc=CP1250,
         reply="Dwa talerze przyszły stłuczone.",
         subject=f"Odp: Stłuczone talerze (zamówienie {o})", text="""Dzień dobry,

bardzo nam przykro. Pakujemy każdy talerz osobno w folię i karton, ale ten
pieprzony kurier znowu rzucał paczkami jak workami z ziemniakami. Mamy już
tego serdecznie dość.

Dwa nowe talerze wyślemy jutro rano, a stłuczonych nie trzeba odsyłać.

Pozdrawiamy
Sklep Porcelanka""")

    o, b = order("pl-http", "pl", "Zestaw herbat liściastych, 6 smaków")
    case("pl-opinia-link-http", "reject", ["link.insecure"],
         "Neutralna prośba o opinię, ale link do Amazonu przez http zamiast https.",
         to=b, frm="Herbaciarnia Czarka <sklep@czarka.pl>", lang="pl", enc=CP1250,
         subject=f"Jak parzyć herbaty z zamówienia {o}", text=f"""Dzień dobry,

herbaty z zamówienia {o} najlepiej parzyć w wodzie o temperaturze
80–90 stopni; zielone krócej, około dwóch minut.

Jeśli znajdzie Pan chwilę, będziemy wdzięczni za opinię o zestawie na
Amazonie, niezależnie od tego, jak wypadnie:
http://www.amazon.pl/review/create-review?asin=B0CZARKA06

Pozdrawiamy
Herbaciarnia Czarka""")


# --------------------------------------------------------------------------------------------
# Turkish (amazon.com.tr)
# --------------------------------------------------------------------------------------------

def cases_tr() -> None:
    frm = "Cezve Dünyası <destek@cezvedunyasi.com.tr>"
    o, b = order("tr-review", "tr", "Türk kahvesi makinesi, köpük sensörlü")
    case("tr-degerlendirme-olumlu-olumsuz", "relay", [],
         "Kullanım ipucu ve 'olumlu ya da olumsuz, her dürüst yorum' diyen tek, tarafsız değerlendirme isteği; "
         "bu sipariş için ilk istek.",
         to=b, frm=frm, lang="tr", enc=L9, day=8,
         subject=f"Kahve makineniz hakkında (sipariş {o})", text=f"""Merhaba,

{o} numaralı siparişinizdeki Türk kahvesi makinesini birkaç
gündür kullanıyorsunuzdur. Küçük bir ipucu: köpüğün daha yoğun olması için
suyu oda sıcaklığında koyun ve kahveyi karıştırmadan makineye yerleştirin.

Vakit bulursanız, ürünle ilgili deneyiminizi Amazon'da bir değerlendirmeyle
paylaşmanızdan memnuniyet duyarız. Olumlu ya da olumsuz, her dürüst yorum
diğer alıcıların doğru seçim yapmasına yardımcı oluyor.

Saygılarımızla,
Cezve Dünyası""")

    case("tr-henuz-firsat-bulamadiysaniz", "reject", ["review.repeat"],
         "Aynı sipariş için ikinci değerlendirme isteği ('henüz fırsat bulamadıysanız'), ilk istek iletildikten "
         "sonra.",
         to=b, frm=frm, lang="tr", enc=L9, day=14, after=("tr-degerlendirme-olumlu-olumsuz",),
         subject=f"Kısa bir hatırlatma (sipariş {o})", text=f"""Merhaba,

Geçen hafta {o} numaralı siparişinizle ilgili size yazmıştık.
Henüz fırsat bulamadıysanız hiç sorun değil; kahve makinesi hakkında birkaç
cümlelik bir değerlendirme bizim için hâlâ çok değerli olur.

Saygılarımızla,
Cezve Dünyası""")

    o, b = order("tr-address", "tr", "Pamuklu nevresim takımı, çift kişilik", **PENDING)
    case("tr-yurtici-bina-numarasi", "relay", [],
         "Siparişi tamamlamak için eksik bina ve daire numarası soruluyor; Yurtiçi Kargo çağrı merkezi numarası "
         "kargo firmasıyla aynı satırda (izinli).",
         to=b, frm="Pamukkale Ev Tekstili <siparis@pamukkaletekstil.com.tr>", lang="tr", enc=L9B,
         subject=f"Teslimat adresiniz (sipariş {o})", text=f"""Merhaba,

{o} numaralı siparişinizi yarın Yurtiçi Kargo ile göndermeyi
planlıyoruz, ancak teslimat adresinizde bina ve daire numarası görünmüyor.
Kargonun geri dönmemesi için bu bilgileri bu mesaja yanıt olarak iletebilir
misiniz?

Teslimat günü kuryeye ulaşamazsanız Yurtiçi Kargo çağrı merkezini 444 99 99
numarasından arayabilirsiniz.

İyi günler dileriz,
Pamukkale Ev Tekstili""")

    o, b = order("tr-oos-refunded", "tr", "Bebek arabası, travel sistem, antrasit", **OOS)
    case("tr-stokta-kalmadi-tutar-iade-edildi", "relay", [],
         "Stokta kalmayan ürün: tutarın tamamının 'stokta yok' gerekçesiyle iade edildiği bildiriliyor ve "
         "'siparişi iptal etmeniz gerekmiyor' deniyor: izinli.",
         to=b, frm="Minik Adımlar Bebe <destek@minikadimlar.com.tr>", lang="tr", enc=QP8, fmt="alt",
         subject=f"{o} numaralı siparişiniz hakkında", text=f"""Merhaba,

{o} numaralı siparişinizdeki bebek arabası, tedarikçimizin son
partiyi iptal etmesi nedeniyle stoklarımızda kalmamıştır; bu yüzden
siparişinizi gönderemiyoruz.

Sipariş tutarının tamamını (4.850,00 TL) "stokta yok" gerekçesiyle bugün
iade ettik. Sizin siparişi iptal etmeniz ya da başka bir işlem yapmanız
gerekmiyor; iade, ödeme yönteminize bağlı olarak birkaç iş günü içinde
hesabınıza yansıyacaktır.

Yaşattığımız aksaklık için özür dileriz.

Minik Adımlar Bebe""")

    o, b = order("tr-shipconf", "tr", "Çelik tencere seti, 7 parça")
    case("tr-kargoya-teslim-edildi", "quarantine", ["type.order-confirmation"],
         "'Siparişiniz bugün paketlenip Yurtiçi Kargo'ya teslim edildi' ve takip numarası, başka bir şey yok: "
         "gönderim onayı.",
         to=b, frm="Mutfak Pazarı <bilgi@mutfakpazari.com.tr>", lang="tr", enc=L9, fmt="alt",
         subject=f"Siparişiniz yola çıktı ({o})", text=f"""Merhaba,

Güzel haber! {o} numaralı siparişiniz bugün paketlenip Yurtiçi
Kargo'ya teslim edildi.

Kargo takip numaranız: 318462097531

Ürününüz 1-3 iş günü içinde adresinizde olacaktır. Şimdiden güzel günlerde
kullanın!

Mutfak Pazarı""")

    o, b = order("tr-thanks", "tr", "Yolluk halı 80 x 300 cm, bej")
    case("tr-bizi-tercih-ettiginiz-icin", "quarantine", ["type.thank-you-only"],
         "'Bizi tercih ettiğiniz için çok teşekkür ederiz', 'bize her zaman yazabilirsiniz' ve iyi dilekler: "
         "teşekkür ve yardım teklifinden başka bir şey yok.",
         to=b, frm="Halı Sarayı <info@halisarayi.com.tr>", lang="tr", enc=B64, fmt="html",
         subject=f"Teşekkürler! (sipariş {o})", text=f"""Merhaba,

{o} numaralı siparişinizde bizi tercih ettiğiniz için çok
teşekkür ederiz. Sizin gibi değerli müşterilerimiz sayesinde büyüyoruz.

Aklınıza takılan herhangi bir konu olursa bize her zaman yazabilirsiniz;
size yardımcı olmaktan mutluluk duyarız.

Güzel günlerde kullanmanız dileğiyle,
Halı Sarayı Ailesi""")

    o, b = order("tr-incent", "tr", "Argan yağlı saç bakım serumu, 100 ml")
    case("tr-yorum-hediye-ceki", "reject", ["review.incentive"],
         "'Yorumunuzu Amazon'da paylaşırsanız, teşekkür olarak ... 100 TL'lik hediye çeki gönderiyoruz': yorum "
         "karşılığında hediye çeki.",
         to=b, frm="Nane Kozmetik <destek@nanekozmetik.com.tr>", lang="tr", enc=L9, tolerated=("type.marketing",),
         subject=f"Serumunuzu nasıl kullanmalı? (sipariş {o})", text=f"""Merhaba,

{o} numaralı siparişinizdeki serumu nemli saçın uçlarına iki üç
damla sürerek kullanabilirsiniz; fazlası saçı ağırlaştırır.

Ürün hakkındaki yorumunuzu Amazon'da paylaşırsanız, teşekkür olarak bir
sonraki siparişinizde geçerli 100 TL'lik hediye çeki gönderiyoruz. Yorumu
yaptıktan sonra bu mesaja ekran görüntüsüyle yanıt vermeniz yeterli.

Sevgiyle,
Nane Kozmetik""")

    o, b = order("tr-noadj", "tr", "Şişme havuz 3 m, elektrikli pompalı", **OOS)
    case("tr-gondermemiz-mumkun-olmayacak", "quarantine", ["order-problem.no-adjustment"],
         "Ürün gelmediği için 'siparişinizi göndermemiz mümkün olmayacak', ama iade ya da tutar düzeltmesi hiç "
         "teyit edilmiyor.",
         to=b, frm="Bahçe Market <siparis@bahcemarket.com.tr>", lang="tr", enc=L9, crlf=True,
         subject=f"Siparişiniz hakkında bilgilendirme ({o})", text=f"""Merhaba,

{o} numaralı siparişinizdeki şişme havuz, tedarikçimizden
beklediğimiz sevkiyat gümrükte takıldığı için maalesef elimize ulaşmadı. Bu
nedenle siparişinizi göndermemiz mümkün olmayacak.

Yaşanan aksaklıktan dolayı özür diler, anlayışınız için teşekkür ederiz.

Bahçe Market""")

    o, b = order("tr-return", "tr", "Robot süpürge, lazer haritalamalı")
    case("tr-birkac-gun-daha-sans", "quarantine", ["return.unnecessary"],
         "İade talebine karşı 'birkaç gün daha şans vermeye ne dersiniz?': bilgi istemiyor, kısmi iade "
         "önermiyor, yalnızca iadeden vazgeçirmeye çalışıyor.",
         to=b, frm="Akıllı Ev Dünyası <destek@akillievdunyasi.com.tr>", lang="tr", enc=QP8,
         subject=f"İade talebiniz ({o})", text=f"""Merhaba,

{o} numaralı siparişinizdeki robot süpürge için iade talebi
oluşturduğunuzu gördük.

Ürünü geri göndermeden önce küçük bir hatırlatma yapmak isteriz: robot
süpürge evinizin haritasını ilk üç dört temizlikte tamamlıyor, bu süre
içinde bazı odaları atlaması normal. Müşterilerimizin çoğu ilk haftadan
sonra çok memnun kalıyor. Birkaç gün daha şans vermeye ne dersiniz?

Kararınız elbette sizin. İade etiketiniz her zamanki gibi Amazon tarafından
gönderilecektir.

Saygılarımızla,
Akıllı Ev Dünyası""")

    o, b = order("tr-optout", "tr", "Filtre kahve, Etiyopya Yirgacheffe, 250 g")
    case("tr-listemizden-cikaracagiz", "reject", ["link.opt-out"],
         "Alt bilgide 'Bizden e-posta almak istemiyorsanız ... İPTAL yazarak yanıtlamanız yeterli; sizi "
         "listemizden çıkaracağız': abonelikten çıkma metni.",
         to=b, frm="Kahve Dükkânı <merhaba@kahvedukkani.com.tr>", lang="tr", enc=L9,
         subject=f"Kahvenizi demlerken (sipariş {o})", text=f"""Merhaba,

{o} numaralı siparişinizdeki Etiyopya Yirgacheffe, çiçeksi ve
limonsu notaları olan açık kavrulmuş bir kahvedir. En iyi sonuç için 15 gram
kahveye 250 ml, 92-94 derece su kullanmanızı öneririz.

Afiyet olsun!
Kahve Dükkânı

--
Bizden e-posta almak istemiyorsanız bu mesajı "İPTAL" yazarak yanıtlamanız
yeterli; sizi listemizden hemen çıkaracağız.""")


# --------------------------------------------------------------------------------------------
# Arabic (amazon.ae, amazon.sa, amazon.eg)
# --------------------------------------------------------------------------------------------

AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def cases_ar() -> None:
    o, b = order("ar-aramex", "ar", "ثلاجة بابين 450 لتر، فضي", **PENDING)
    case("ar-aramex-mawid-tawsil", "relay", [],
         "تحديد موعد توصيل منتج كبير الحجم، مع رقم خدمة عملاء أرامكس في السطر نفسه الذي يذكر شركة الشحن "
         "(رقم مسموح).",
         to=b, frm="بيت الأجهزة <service@baitalajhiza.ae>", lang="ar", enc=CP1256,
         subject=f"موعد توصيل الثلاجة - الطلب رقم {o}", text=f"""مرحباً،

طلبك رقم {o} (ثلاجة بابين 450 لتر) جاهز للشحن، وبما أن وزنها
يتجاوز 80 كغ فسيتولى توصيلها فريق الشحنات الكبيرة في أرامكس مع التركيب
في المكان.

نرجو إبلاغنا باليوم والفترة المناسبة لك للتوصيل (صباحاً من 9 إلى 1 أو
مساءً من 4 إلى 9)، وهل يوجد مصعد في المبنى.

لأي استفسار عن الشحنة يوم التوصيل يمكنك الاتصال بخدمة عملاء أرامكس على الرقم 600544000.

مع التحية،
فريق بيت الأجهزة""")

    o, b = order("ar-invoice", "ar", "خلاط كهربائي 1200 واط", tld="sa")
    pdf = make_pdf("Tax Invoice INV-2026-3307", [
        "Tax Invoice INV-2026-3307", f"Amazon order {o}", "Blender 1200 W   1 pc   SAR 260.87",
        "VAT 15%   SAR 39.13", "Total   SAR 300.00", "VAT No. 310458219700003   CR 1010632587"],
        producer="Qoyod Invoicing")
    case("ar-fatura-daribiya", "relay", [],
         "فاتورة ضريبية مرفقة PDF؛ الرقم الضريبي والسجل التجاري ليسا رقمي هاتف.",
         to=b, frm="مؤسسة النخبة للأدوات المنزلية <invoices@alnukhba-home.sa>", lang="ar", enc=B64,
         attach=((pdf, "application", "pdf", "INV-2026-3307.pdf"),),
         subject=f"الفاتورة الضريبية لطلبكم رقم {o}", text=f"""السلام عليكم ورحمة الله،

مرفق لكم الفاتورة الضريبية الخاصة بطلبكم رقم {o}، وتتضمن ضريبة
القيمة المضافة بنسبة 15%.

بيانات المنشأة:
مؤسسة النخبة للأدوات المنزلية - الرياض
الرقم الضريبي: 310458219700003
السجل التجاري: 1010632587

وتفضلوا بقبول فائق الاحترام،
قسم المحاسبة""")

    o, b = order("ar-retinfo", "ar", "سماعة رأس لاسلكية بخاصية عزل الضوضاء", tld="eg")
    case("ar-irjaa-mahtagin-maloumatain", "relay", [],
         "طلب إرجاع: البائع يسأل باللهجة المصرية عن تفاصيل العطل وصورة الرقم التسلسلي لإكمال الإرجاع، أي "
         "معلومات لازمة.",
         to=b, frm="كايرو إلكترونيكس <support@cairoelectronics.com.eg>", lang="ar", enc=QP8, fmt="html",
         subject=f"طلب الإرجاع - الطلب رقم {o}", text=f"""أهلاً بحضرتك،

وصلنا طلب الإرجاع الخاص بالسماعة في الطلب رقم {o}، والسبب
المذكور "الصوت بيقطع".

علشان نقدر نكمل إجراءات الإرجاع صح، محتاجين من حضرتك معلومتين: هل الصوت
بيقطع مع كل الأجهزة ولا مع موبايل معين؟ وياريت تبعت لنا صورة للرقم
التسلسلي اللي موجود جوه الغطاء الشمال، كرد على الرسالة دي.

شكراً لتعاونك،
فريق كايرو إلكترونيكس""")

    o, b = order("ar-marketing", "ar", "دهن عود كمبودي 12 مل", tld="sa")
    case("ar-kod-khasm-snapchat", "quarantine", ["type.marketing"],
         "نصيحة استخدام ثم كود خصم على جميع العطور ودعوة لمتابعة المتجر على سناب شات وإنستغرام: تسويق.",
         to=b, frm="عطور الصفوة <care@alsafwa-perfumes.sa>", lang="ar", enc=CP1256B,
         subject=f"طريقة استخدام دهن العود - طلب رقم {o}", text=f"""السلام عليكم،

نتمنى أن يكون دهن العود من طلبكم رقم {o} قد نال إعجابكم. للحصول
على أفضل ثبات، ضعوا قطرة صغيرة على نقاط النبض بعد الاستحمام مباشرة.

وبمناسبة الإجازة الصيفية، يسعدنا أن نهديكم كود الخصم SAFWA20 للحصول على
خصم 20% على جميع عطورنا وبخورنا في متجرنا حتى نهاية الشهر. ولا تنسوا
متابعتنا على سناب شات وإنستغرام لتصلكم أحدث العروض أولاً بأول!

مع أطيب التحيات،
عطور الصفوة""")

    o, b = order("ar-removal", "ar", "ساعة ذكية رياضية مقاومة للماء")
    case("ar-iadat-alnazar-fi-altaqyim", "reject", ["review.removal-request"],
         "بعد حل المشكلة: 'هل يمكنك التكرم بإعادة النظر في التقييم الذي كتبته، أو حذفه إن أمكن؟': طلب تعديل "
         "تقييم موجود أو حذفه.",
         to=b, frm="عالم الساعات <info@watchworld.ae>", lang="ar", enc=CP1256,
         reply="الساعة لا تشحن، وكتبت تقييماً بنجمة واحدة.",
         subject=f"رد: الساعة لا تشحن - الطلب رقم {o}", text="""مرحباً،

يسعدنا أن الساعة البديلة وصلتك وتعمل بشكل ممتاز، ونعتذر مرة أخرى عن
الإزعاج الذي سببته الساعة الأولى.

بما أن المشكلة قد حُلّت، هل يمكنك التكرم بإعادة النظر في التقييم الذي
كتبته، أو حذفه إن أمكن؟ فهو لم يعد يعبّر عن تجربتك الحالية معنا.

مع خالص الشكر،
عالم الساعات""")

    o, b = order("ar-incent", "ar", "مفرش سرير قطن مصري، مقاس مزدوج", tld="eg")
    case("ar-taqyim-kis-makhada-hadiya", "reject", ["review.incentive"],
         "باللهجة المصرية: 'لو حضرتك كتبت تقييم للمنتج على أمازون، هنبعتلك كيس مخدة هدية': منتج مجاني مقابل "
         "التقييم.",
         to=b, frm="بيت القطن <hello@beitelkoton.com.eg>", lang="ar", enc=CP1256, tolerated=("type.marketing",),
         subject=f"مفرش حضرتك - الطلب رقم {o}", text=f"""أهلاً بحضرتك،

نتمنى إن المفرش من الطلب رقم {o} يكون عجب حضرتك. الغسلة الأولى
يفضل تكون على مياه باردة علشان الألوان تفضل ثابتة.

ولو حضرتك كتبت تقييم للمنتج على أمازون، هنبعتلك كيس مخدة هدية مجاناً مع
أول طلب جاي! بس ابعت لنا صورة التقييم هنا.

مع تحياتنا،
بيت القطن""")

    o, b = order("ar-email", "ar", "كرسي مكتب جلد طبيعي بمساند قابلة للتعديل")
    case("ar-barid-qism-alsiyana", "reject", ["content.email-address"],
         "رد يطلب إرسال الصور إلى بريد إلكتروني خارج أمازون.",
         to=b, frm="النخيل للأثاث <care@alnakheel-furniture.ae>", lang="ar", enc=QP8,
         reply="أحد مساند الكرسي مكسور.",
         subject=f"رد: مسند الكرسي - الطلب رقم {o}", text="""مرحباً،

نأسف جداً لما حدث مع الكرسي. حتى نتمكن من إرسال القطعة البديلة بسرعة،
نرجو إرسال صور واضحة للمسند المكسور وللملصق الموجود أسفل المقعد إلى بريد
قسم الصيانة: maintenance.alnakheel@gmail.com

سنرد عليك خلال 24 ساعة.

مع التحية،
النخيل للأثاث""")

    o, b = order("ar-ext", "ar", "خزانة ملابس بأربعة أبواب، خشب أبيض", tld="sa")
    url = "https://www.modernhome-furniture.sa/assembly/wardrobe-4d"
    text = f"""السلام عليكم،

تصل الخزانة من طلبكم رقم {o} في ثلاث كراتين مرقمة. ننصح بتركيبها
بشخصين، والبدء بالهيكل ثم الأبواب، وعدم شد المسامير بالكامل قبل تركيب
الظهر.

شاهدوا فيديو خطوات التركيب على موقعنا: {url}

مع التحية،
دار الأثاث الحديث"""
    hb = text2html(text.split("شاهدوا")[0]) + (
        f'\n<p>شاهدوا <a href="{url}">فيديو خطوات تركيب الخزانة</a> على موقعنا.</p>\n'
        "<p>مع التحية،<br>\nدار الأثاث الحديث</p>")
    case("ar-fidyu-altarkib-ala-mawqiina", "reject", ["link.external"],
         "رابط https إلى موقع البائع لمشاهدة فيديو التركيب: نطاق خارج أمازون.",
         to=b, frm="دار الأثاث الحديث <support@modernhome-furniture.sa>", lang="ar", enc=QP8, fmt="alt",
         html_body=hb, subject=f"تركيب الخزانة - طلب رقم {o}", text=text)

    o, b = order("ar-cancel", "ar", "جهاز مشي كهربائي قابل للطي", **OOS)
    case("ar-ilghaa-altalab-min-tarafak", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "المنتج نفد من المخزون: 'نرجو منك التكرم بإلغاء الطلب من طرفك'، دون تأكيد تعديل المبلغ أو رده.",
         to=b, frm="متجر الرياضة الذهبي <orders@goldsport.ae>", lang="ar", enc=CP1256, crlf=True,
         subject=f"بخصوص طلبك رقم {o}", text=f"""مرحباً،

نعتذر منك، جهاز المشي في طلبك رقم {o} نفد من مخزوننا بسبب خطأ في
تحديث الكميات، ولن تصلنا دفعة جديدة قبل شهر أغسطس.

لذلك نرجو منك التكرم بإلغاء الطلب من طرفك عبر صفحة "طلباتي" في أمازون،
وسيعود إليك المبلغ بعد الإلغاء.

نعتذر عن الإزعاج،
متجر الرياضة الذهبي""")

    o, b = order("ar-phone", "ar", "حلة ضغط ستانلس ستيل 7 لتر", tld="eg")
    wa = "01014738265".translate(AR_DIGITS)
    case("ar-kalimna-ala-alwhatsapp", "reject", ["content.phone-number"],
         "نصائح استخدام ثم 'كلمنا على الواتساب على رقم' بأرقام عربية هندية: رقم البائع نفسه، لا ضمان ولا شحن "
         "ولا مصنّع.",
         to=b, frm="ركن المطبخ <info@roknelmatbakh.com.eg>", lang="ar", enc=B64,
         subject=f"قبل أول استخدام - الطلب رقم {o}", text=f"""أهلاً بحضرتك،

قبل أول استخدام لحلة الضغط من الطلب رقم {o}، اتأكد إن جلدة
الغطاء في مكانها الصح، وما تملاش الحلة أكتر من التلتين.

لو عندك أي سؤال في الاستخدام، كلمنا على الواتساب على رقم {wa} وهنرد
عليك فوراً.

بالهنا والشفا،
ركن المطبخ""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_nl, cases_sv, cases_pl, cases_tr, cases_ar))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="thirtyninth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
